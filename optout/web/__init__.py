"""``optout serve``: a local dashboard for clinic staff, over the same application layer as the CLI.

What a page shows comes from :class:`optout.app.App`; this package only draws it, checks who is
asking and writes the audit log. It never seals, decides or deletes anything itself.

Layout: ``_views`` (the routes), ``_security`` (sessions, CSRF, login throttling, headers),
``_staff`` (accounts), ``_audit`` (the audit log), ``_i18n`` (English and Spanish),
``templates/`` and ``static/``. Starlette (ASGI) and Jinja2 draw the pages; uvicorn serves them.
No JavaScript: plain forms, and a page that refreshes itself while a run goes on.

Threat model: SECURITY.md, "The dashboard".
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from optout.settings import Settings

DEFAULT_PORT = 8765


def loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or ``localhost`` (``optout.urls.is_loopback_host``)."""
    from optout.urls import is_loopback_host

    return is_loopback_host(host)


async def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                idle: float = 1800.0, ready: object = None, lang: str = "en") -> None:
    """Open the data directory (passphrase or key file, as the CLI) and serve the dashboard until
    SIGINT/SIGTERM. ``ready``, if given, is an ``asyncio.Event`` set once the port is bound. What it
    prints is in ``lang`` (the reader's: ``optout.cli.reader_language``)."""
    import uvicorn

    from optout.app import open_app
    from optout.cli import say
    from optout.web._staff import StaffBook
    from optout.web._views import build

    async with open_app(settings) as app:
        if not StaffBook(settings.data_dir).names():
            print(say("serve.no_staff", lang), file=sys.stderr)
        asgi = build(app, idle=idle)
        config = uvicorn.Config(asgi, host=host, port=port, log_level="warning", access_log=False,
                                server_header=False, lifespan="off")
        server = uvicorn.Server(config)
        shown = f"[{host}]" if ":" in host else host
        print(say("serve.url", lang, url=f"http://{shown}:{port}/"), flush=True)
        if ready is not None:
            async def _flag() -> None:
                import asyncio

                while not server.started:
                    await asyncio.sleep(0.05)
                ready.set()  # type: ignore[attr-defined]
            import asyncio

            asyncio.get_running_loop().create_task(_flag())
        try:
            await server.serve()
        finally:
            await asgi.dashboard.close()  # type: ignore[attr-defined]


__all__ = ["DEFAULT_PORT", "loopback", "serve"]
