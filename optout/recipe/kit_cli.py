"""The ``optout recipe new | record | probe | schema | docs`` subcommands (their logic is in ``kit.py``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from optout.errors import OptoutError
from optout.settings import Settings

KIT_COMMANDS = ("new", "record", "schema", "docs", "probe")


def add_parsers(rsub: argparse._SubParsersAction) -> None:
    n = rsub.add_parser("new", help="write a recipe skeleton, with a test case, for a new broker")
    n.add_argument("id", help="the recipe id (lowercase; also its file name)")
    n.add_argument("--url", help="the broker's home or opt-out page (default https://www.ID.com/; "
                   "with --lab, http://ID.lab.test/)")
    n.add_argument("--page", metavar="FIXTURE", help="a recorded opt-out page under brokers/fixtures/ "
                   "(from `recipe record`): its form pre-fills the steps, and the test runs on it")
    # its own dest: the global --lab URL is "lab", and one namespace holds both
    n.add_argument("--lab", action="store_true", dest="lab_broker", help="a broker of optout's lab: status lab, a lab test")
    n.add_argument("--dir", type=Path, help="where to write it (default: the first recipe dir; brokers/lab with --lab)")

    r = rsub.add_parser("record", help="save a page (or, with --flow, a whole opt-out) as a fixture, "
                        "with personal data scrubbed")
    r.add_argument("url", nargs="?", help="the page to save (not with --flow)")
    r.add_argument("--flow", action="store_true", help="run the recipe's opt-out FOR REAL as --person and save "
                   "the whole exchange as a HAR (brokers/fixtures/ID/optout.har) for a test with har:")
    r.add_argument("--listing-url", help="with --flow: the listing to remove, for an opt-out that starts from it")
    r.add_argument("--as", dest="as_id", required=True, metavar="ID", help="the recipe it is for")
    r.add_argument("--name", help="file name under brokers/fixtures/ID/ (default page-N.html)")
    r.add_argument("--person", metavar="PROFILE", help="a profile whose values are replaced in the page")
    r.add_argument("--browser", action="store_true", help="save the page as Chromium renders it")
    r.add_argument("--fixtures", type=Path, help="the fixtures folder (default: brokers/fixtures)")
    r.add_argument("--json", action="store_true")

    p = rsub.add_parser("probe", help="check recipes against their live sites, submitting nothing; "
                        "the result goes into each recipe's verified.probed")
    p.add_argument("ids", nargs="*", metavar="ID", help="recipes to probe (default: every one)")
    p.add_argument("--no-write", action="store_true", help="print only; leave the recipe files alone")
    p.add_argument("--json", action="store_true")

    s = rsub.add_parser("schema", help="the JSON Schema of recipe files, for editors")
    s.add_argument("-o", "--output", type=Path, help="write it here (default: standard output)")

    d = rsub.add_parser("docs", help="write the list of supported brokers (docs/brokers.md)")
    d.add_argument("-o", "--output", type=Path, help="default: docs/brokers.md beside brokers/")


def _brokers_root(settings: Settings) -> Path:
    return Path(settings.recipe_dirs[0])


async def run(args: argparse.Namespace, settings: Settings) -> int:
    # imported here, not at the top: the parser is built by every optout command, and kit pulls in
    # parsel, httpx and the recipe schema (about 0.3 s), which only these subcommands need
    from optout.recipe.kit import (brokers_markdown, fetch, fixture_path, json_schema, recorded_from, save_fixture,
                                   scaffold)
    from optout.recipe.loader import load_catalogue

    root = _brokers_root(settings)
    if args.recipe_cmd == "new":
        # a lab broker lives at http://ID.lab.test/ (optout/lab/README.md), not on the web
        url = args.url or (f"http://{args.id}.lab.test/" if args.lab_broker else f"https://www.{args.id}.com/")
        folder = args.dir or (root / "lab" if args.lab_broker else root)
        target = folder / f"{args.id}.yaml"
        if target.exists():
            raise OptoutError(f"{target} already exists")
        report, page_url = None, None
        if args.page:
            from urllib.parse import urlsplit

            from optout.channels.base import host_allowed
            from optout.recipe.detect import analyse

            page_file = root / "fixtures" / args.page
            try:
                html = page_file.read_text(encoding="utf-8", errors="replace")
            except OSError as e:
                raise OptoutError(f"{page_file}: cannot read ({e.strerror})") from None
            # a page from `recipe record` says where it was recorded: the opt-out form's address
            # (its query left out: it may hold the test person's stand-ins, never to be sent)
            page_url = recorded_from(html)
            if page_url:
                parts = urlsplit(page_url)
                page_url = f"{parts.scheme}://{parts.netloc}{parts.path}"
                if not args.url:
                    url = f"{parts.scheme}://{parts.netloc}/"
                elif not host_allowed(page_url, [(urlsplit(url).hostname or "").removeprefix("www.")]):
                    raise OptoutError(f"{page_file}: recorded from {parts.netloc}, which is not on --url's domain "
                                      f"({urlsplit(url).hostname}): give the broker's own --url, or none")
            report = analyse(html, page_url or url)
        text = scaffold(args.id, url, page=args.page, report=report, lab=args.lab_broker, page_url=page_url)
        folder.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
        if report is not None:
            print(report.summary())
        print(f"next: edit the TODOs, then `optout recipe check {args.id}` (docs/RECIPES.md)")
        return 0

    if args.recipe_cmd == "record" and args.flow:
        from optout.person import load_person
        from optout.recipe.kit import record_flow

        if not args.person:
            raise OptoutError("record --flow needs --person: whose opt-out it sends (their values are scrubbed)")
        catalogue = load_catalogue(settings.recipe_dirs)
        if args.as_id not in catalogue.recipes:
            raise OptoutError(f"no recipe {args.as_id!r} in {', '.join(map(str, settings.recipe_dirs))}")
        path = (args.fixtures or root / "fixtures") / args.as_id / (args.name or "optout.har")
        ended, counts = await record_flow(catalogue.recipes[args.as_id], load_person(args.person), settings, path,
                                          listing_url=args.listing_url)
        if args.json:
            print(json.dumps({"fixture": str(path), "ended": ended, "replaced": counts}, indent=2))
        else:
            print(f"saved {path}: the opt-out ended {ended}; {counts['person']} personal value(s), "
                  f"{counts['email']} e-mail address(es), {counts['phone']} phone number(s) replaced")
            print(f"use it in a recipe's tests as  har: {path.relative_to(args.fixtures or root / 'fixtures')}")
        return 0

    if args.recipe_cmd == "record":
        from optout.person import load_person

        if not args.url:
            raise OptoutError("record needs the URL of the page to save (or --flow)")
        person = load_person(args.person) if args.person else None
        path = fixture_path(args.fixtures or root / "fixtures", args.as_id, args.name)
        html, final = await fetch(args.url, settings.effective_proxy, browser=args.browser, settings=settings)
        report, counts = save_fixture(html, final, path, person)
        if args.json:
            print(json.dumps({"fixture": str(path), "replaced": counts, "page": report.to_dict()}, indent=2))
        else:
            print(f"saved {path} ({counts['person']} personal value(s), {counts['email']} e-mail address(es), "
                  f"{counts['phone']} phone number(s) replaced)")
            print(report.summary())
            rel = path.relative_to(args.fixtures or root / "fixtures")
            print(f"use it in a recipe's tests as  page: {rel}")
        return 0

    if args.recipe_cmd == "probe":
        import datetime as dt

        from optout.cli import table
        from optout.recipe.probe import probe_recipe, write_probe

        catalogue = load_catalogue(settings.recipe_dirs)
        unknown = [i for i in args.ids if i not in catalogue.recipes]
        if unknown:
            raise OptoutError(f"no recipe {', '.join(map(repr, unknown))} in {', '.join(map(str, settings.recipe_dirs))}")
        rows = []
        recipes = catalogue.select(args.ids) if args.ids else catalogue.select()
        for n, recipe in enumerate(recipes, 1):
            print(f"[{n}/{len(recipes)}] {recipe.id}", file=sys.stderr)
            result = await probe_recipe(recipe, settings)
            if not args.no_write:
                write_probe(catalogue.paths[recipe.id], result, dt.date.today())
            rows.append(result.to_dict())
        if args.json:
            print(json.dumps(rows, indent=2))
        else:
            print(table(rows, ["recipe", "result", "detail"]))
        return 0 if all(r["result"] in ("ok", "skipped") for r in rows) else 1

    if args.recipe_cmd == "schema":
        text = json.dumps(json_schema(), indent=2) + "\n"
        if args.output:
            args.output.write_text(text, encoding="utf-8")
            print(f"wrote {args.output}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0

    if args.recipe_cmd == "docs":
        catalogue = load_catalogue(settings.recipe_dirs)
        out = args.output or root.parent / "docs" / "brokers.md"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(brokers_markdown(catalogue, root), encoding="utf-8")
        print(f"wrote {out} ({len(catalogue.recipes)} brokers)", file=sys.stderr)
        return 0
    raise AssertionError(args.recipe_cmd)
