"""``python -m optout.lab``: run the broker lab in the foreground until Ctrl-C."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from optout.errors import ProfileError
from optout.lab.server import serve_forever
from optout.person import load_person


def _latency(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    try:
        values = float(low), float(high or low)
    except ValueError:
        raise argparse.ArgumentTypeError("expected milliseconds as N or LOW-HIGH, e.g. 300-800") from None
    if not 0 <= values[0] <= values[1]:
        raise argparse.ArgumentTypeError("expected 0 <= LOW <= HIGH")
    return values


def _person(text: str) -> tuple[str, str]:
    key, sep, path = text.partition("=")
    if not sep or not key or not path:
        raise argparse.ArgumentTypeError("expected KEY=path/to/profile.toml")
    return key, path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m optout.lab", description="Run the fake broker lab.")
    p.add_argument("--port", type=int, default=8700, help="proxy/admin port on 127.0.0.1 (0: any free port)")
    p.add_argument("--smtp-port", type=int, default=0, help="SMTP port on 127.0.0.1 (default: any free port)")
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument("--seed-person", type=_person, action="append", default=[], metavar="KEY=PROFILE")
    p.add_argument("--latency", type=_latency, default=(0, 0), metavar="MS", help="per response, e.g. 300-800")
    p.add_argument("--failure-rate", type=float, default=None, help="flaky brokers' 5xx rate (0 disables)")
    p.add_argument("--data-dir", default=None, help="where the Maildir goes (default: a temporary directory)")
    p.add_argument("--resale", action="store_true",
                   help="the people-search brokers resell the same cards of each person (Lab(resale=True))")
    args = p.parse_args(argv)
    try:
        people = [(key, load_person(path)) for key, path in args.seed_person]
    except ProfileError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    # Ctrl-C (SIGINT) stops the lab however it was started: a script's background job (a
    # non-interactive shell starts those with SIGINT ignored, and Python then installs no
    # KeyboardInterrupt) or a parent that blocked it would otherwise leave a lab nobody can stop
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        asyncio.run(
            serve_forever(args.port, people, args.latency, args.data_dir, seed=args.seed,
                          failure_rate=args.failure_rate, smtp_port=args.smtp_port, resale=args.resale)
        )
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
