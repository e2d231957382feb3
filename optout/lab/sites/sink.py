"""The sink: answers every host that is neither a known broker nor the lab's own address.

A hostile page that tries to send data elsewhere (``evil.lab.test``, ``attacker.example``) reaches
only this: it records each request (method, host, path, body size; never the body) for tests to
assert on, and answers 404. It keeps the last ``cap`` records.
"""

from __future__ import annotations

import datetime as dt
from collections import deque

from aiohttp import web


class Sink:
    def __init__(self, cap: int = 1000):
        self.records: deque[dict] = deque(maxlen=cap)

    def reset(self) -> None:
        self.records.clear()

    async def handle(self, request: web.Request) -> web.Response:
        size = 0
        async for chunk in request.content.iter_chunked(65536):
            size += len(chunk)
        self.records.append(
            {
                "time": dt.datetime.now(dt.UTC).isoformat(),
                "method": request.method,
                "host": request.host,
                "path": request.path,
                "body_size": size,
            }
        )
        return web.Response(status=404, text="Not found")
