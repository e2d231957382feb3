"""``optout serve`` and ``optout staff``: the dashboard's two commands, wired into ``optout.cli``
the way ``recipe/kit_cli.py`` wires the recipe kit."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from optout.errors import UsageError
from optout.settings import Settings


def add_parsers(sub: Any) -> None:
    from optout.cli import wanting

    sv = sub.add_parser("serve", help="the dashboard for clinic staff, in a browser on this computer")
    sv.add_argument("--port", type=wanting(int, "port", 1, 65535), default=None, help="port (default 8765)")
    sv.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1: this computer only)")
    sv.add_argument("--allow-remote", action="store_true",
                    help="allow --host to be an address other computers can reach (put HTTPS in front)")
    sv.add_argument("--idle", type=wanting(float, "minutes", 0, 7 * 24 * 60), default=30.0,
                    help="minutes without a click before a session ends")

    st = sub.add_parser("staff", help="dashboard accounts: add, list, remove")
    ss = st.add_subparsers(dest="staff_cmd", required=True)
    sa = ss.add_parser("add", help="add an account (asks for its password)")
    sa.add_argument("name", help="the account's name, the one it signs in with")
    sa.add_argument("--reset", action="store_true", help="set a new password for an existing account")
    sa.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    ss.add_parser("list", help="every dashboard account")
    sr = ss.add_parser("remove", help="remove a dashboard account: it can no longer sign in")
    sr.add_argument("name", help="the account's name, the one it signs in with")


async def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from optout.cli import reader_language, say
    from optout.web import DEFAULT_PORT, loopback, serve

    if not loopback(args.host) and not args.allow_remote:
        raise UsageError(f"--host {args.host}: not this computer only; add --allow-remote if you mean it")
    lang = reader_language(args, settings)
    if not loopback(args.host):
        print(say("serve.remote", lang), file=sys.stderr)
    await serve(settings, host=args.host, port=args.port or DEFAULT_PORT, idle=args.idle * 60, lang=lang)
    return 0


async def cmd_staff(args: argparse.Namespace, settings: Settings) -> int:
    from optout.cli import reader_language, say
    from optout.reasons import Reason
    from optout.web._staff import StaffBook, StaffError, account_name

    settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    book = StaffBook(settings.data_dir)
    if args.staff_cmd == "list":
        for name in book.names():
            print(name)
        return 0
    lang = reader_language(args, settings)
    if args.staff_cmd == "remove":
        book.remove(args.name)
        print(say("staff.removed", lang, name=account_name(args.name)))
        return 0
    if args.password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        # the prompts in the reader's language, as what staff says after them
        password = getpass.getpass(say("staff.password", lang, name=account_name(args.name)) + " ")
        if getpass.getpass(say("staff.again", lang) + " ") != password:
            raise StaffError("the two passwords differ; nothing was changed", Reason("staff_passwords_differ"))
    book.add(args.name, password, replace=args.reset)
    print(say("staff.reset" if args.reset else "staff.added", lang, name=account_name(args.name)))
    return 0


COMMANDS = {"serve": cmd_serve, "staff": cmd_staff}
