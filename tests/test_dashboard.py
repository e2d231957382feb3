"""The dashboard's security and behaviour, in-process over ASGI (no browser): sessions, CSRF, headers,
no personal value in a URL or header, the audit log, login throttling, the two languages.

The end-to-end run in Chromium against the lab is tests/test_dashboard_e2e.py."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from starlette.routing import Mount, Route

from optout.errors import Exit
from optout.app import open_app
from optout.person import parse_person
from optout.settings import Settings
from optout.store import CaseState
from optout.web._i18n import HERE, translations
from optout.web._staff import StaffBook, StaffError
from optout.web._views import KINDS, build

PASSWORD = "a long enough password"
# a client with values that must never leave the page body
CLIENT = {"first_name": "Xiomara", "last_name": "Quintanilla-Ybarra", "label": "CASE-7731",
          "birth_year": 1979, "phones": ["+1 305 555 0188"], "emails": ["xq.client@example.org"],
          "addresses": [{"street": "4471 Calle Ocho", "city": "Miami", "state": "FL", "zip": "33135"}]}
VALUES = ["Xiomara", "Quintanilla", "CASE-7731", "555 0188", "5550188", "xq.client", "Calle Ocho", "33135"]


class Dash:
    """A logged-out browser on the dashboard: an httpx client over ASGI that keeps cookies."""

    def __init__(self, asgi, app):
        self.app = app
        self.asgi = asgi
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=asgi), base_url="http://127.0.0.1",
                                        follow_redirects=False)
        self.seen: list[httpx.Response] = []

    async def get(self, url: str, **kw) -> httpx.Response:
        r = await self.client.get(url, **kw)
        self.seen.append(r)
        return r

    async def post(self, url: str, **kw) -> httpx.Response:
        r = await self.client.post(url, **kw)
        self.seen.append(r)
        return r

    async def login(self, account: str = "ana", password: str = PASSWORD) -> httpx.Response:
        page = await self.get("/login")
        token = re.search(r'name="login_token" value="([^"]+)"', page.text).group(1)
        return await self.post("/login", data={"account": account, "password": password, "login_token": token})

    async def csrf(self, path: str = "/") -> str:
        page = await self.get(path)
        return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


@pytest.fixture
async def dash(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        StaffBook(settings.data_dir).add("ben", PASSWORD + "!")
        result = await app.add_people([("test", parse_person(CLIENT, "test"))])
        pid = result.added[0][1]
        asgi = build(app, idle=600)
        d = Dash(asgi, app)
        d.pid = pid
        yield d
        await d.client.aclose()


async def _park(app, pid: str, kind: str = "captcha") -> int:
    """Put one of ``pid``'s cases where the engine puts a CAPTCHA: needs_human."""
    case = (await app.store.cases(person_id=pid))[0]
    await app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, app.clock.now(),
                           data={"kind": kind, "reason": "the broker shows a CAPTCHA"}, next_action_at=None)
    return case.id


def _paths(asgi, pid: str, case: int) -> list[tuple[str, str]]:
    out = []
    for route in asgi.app.routes:
        if isinstance(route, Mount):
            continue
        assert isinstance(route, Route)
        path = (route.path.replace("{pid}", pid).replace("{case:int}", str(case)).replace("{eid:int}", "1").replace("{aid:int}", "1")
                .replace("{verb:str}", "done").replace("{fmt:str}", "html"))
        for method in sorted(route.methods - {"HEAD"}):
            out.append((method, path))
    return out


async def test_every_route_refuses_a_request_without_a_session(dash):
    case = await _park(dash.app, dash.pid)
    routes = _paths(dash.asgi, dash.pid, case)
    assert len(routes) >= 15
    public = {("GET", "/login"), ("POST", "/login"), ("POST", "/language")}
    for method, path in routes:
        if (method, path) in public:
            continue
        r = await dash.client.request(method, path, data={"csrf": "x"})
        if method == "GET":
            assert r.status_code == 303 and r.headers["location"] == "/login", (method, path, r.status_code)
        else:
            assert r.status_code == 403, (method, path, r.status_code)
    # and the case was not touched by any of those requests
    assert (await dash.app.get_case(case)).state == CaseState.NEEDS_HUMAN
    # a forged login (no token from our own form) is refused too
    r = await dash.client.post("/login", data={"account": "ana", "password": PASSWORD})
    assert r.status_code == 403 and "optout_session" not in r.headers.get("set-cookie", "")


async def test_a_post_without_its_csrf_token_is_refused(dash):
    case = await _park(dash.app, dash.pid)
    assert (await dash.login()).status_code == 303
    for data in ({}, {"csrf": "not-the-token"}):
        r = await dash.post(f"/cases/{case}/done", data=data)
        assert r.status_code == 403
    assert (await dash.app.get_case(case)).state == CaseState.NEEDS_HUMAN
    token = await dash.csrf()
    r = await dash.post(f"/cases/{case}/done", data={"csrf": token})
    assert r.status_code == 303
    assert (await dash.app.get_case(case)).state == CaseState.SUBMITTED
    # another account's token does not work either
    other = Dash(dash.asgi, dash.app)
    await other.login("ben", PASSWORD + "!")
    case2 = (await dash.app.store.cases(person_id=dash.pid))[1].id
    await dash.app.store.record(case2, "human_needed", CaseState.NEEDS_HUMAN, dash.app.clock.now(),
                                data={"kind": "captcha"}, next_action_at=None)
    r = await other.post(f"/cases/{case2}/retry", data={"csrf": token})
    assert r.status_code == 403
    await other.client.aclose()


async def test_pages_carry_no_personal_value_in_urls_titles_or_headers_and_are_no_store(dash):
    case = await _park(dash.app, dash.pid)
    await dash.login()
    token = await dash.csrf()
    await dash.post("/people/search", data={"csrf": token, "q": "Xiomara"})
    page = await dash.get(f"/people/{dash.pid}")
    assert "Quintanilla-Ybarra" in page.text  # the page body shows the person to staff...
    await dash.get("/human")
    await dash.get(f"/human?person={dash.pid}&kind=captcha")
    await dash.get("/runs")
    r = await dash.post("/people/new", data={"csrf": token, "first_name": "Yésica", "last_name": "Zamora Núñez",
                                             "city": "El Paso", "state": "TX", "birth_year": "1990"})
    assert r.status_code == 303 and r.headers["location"].startswith("/people/p_")
    await dash.get(r.headers["location"])
    await dash.post(f"/cases/{case}/retry", data={"csrf": token})
    values = [*VALUES, "Yésica", "Zamora", "El Paso"]
    assert len(dash.seen) >= 9
    for resp in dash.seen:
        assert resp.headers["cache-control"] == "no-store"
        assert "script-src" not in resp.headers["content-security-policy"]
        assert resp.headers["content-security-policy"].startswith("default-src 'none'")
        head = str(resp.request.url) + " " + " ".join(f"{k}: {v}" for k, v in resp.headers.items())
        title = re.search(r"<title>(.*?)</title>", resp.text or "", re.S)
        for v in values:  # ...but never a URL, a header or a title
            assert v not in head, (resp.request.url, v)
            assert not title or v not in title.group(1), (resp.request.url, v)


async def test_the_audit_log_names_the_account_for_every_view_and_action_and_holds_no_value(dash):
    case = await _park(dash.app, dash.pid)
    await dash.login()
    await dash.get(f"/people/{dash.pid}")
    token = await dash.csrf()
    await dash.post(f"/cases/{case}/done", data={"csrf": token})
    lines = (dash.app.settings.data_dir / "audit.log").read_text().splitlines()
    import json

    entries = [json.loads(x) for x in lines]
    actions = [(e["account"], e["action"]) for e in entries]
    assert ("ana", "login") in actions
    assert ("ana", "view_person") in actions and ("ana", "done") in actions
    done = next(e for e in entries if e["action"] == "done")
    assert done["person"] == dash.pid and done["case"] == case and done["outcome"] == "submitted"
    text = "\n".join(lines)
    for v in VALUES:
        assert v not in text
    assert oct((dash.app.settings.data_dir / "audit.log").stat().st_mode & 0o777) == "0o600"
    assert oct((dash.app.settings.data_dir / "staff.json").stat().st_mode & 0o777) == "0o600"


async def test_login_is_throttled_after_repeated_failures(dash):
    for _ in range(5):
        r = await dash.login(password="wrong password!")
        assert r.status_code == 401
    r = await dash.login()  # the right password, but locked now
    assert r.status_code == 429 and "optout_session" not in r.headers.get("set-cookie", "")
    assert "Too many tries" in r.text


async def test_a_session_ends_after_inactivity(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    async with open_app(settings, create=True) as app:
        StaffBook(settings.data_dir).add("ana", PASSWORD)
        d = Dash(build(app, idle=0.3), app)
        await d.login()
        assert (await d.get("/")).status_code == 200
        await asyncio.sleep(0.5)
        r = await d.get("/")
        assert r.status_code == 303 and r.headers["location"] == "/login"
        await d.client.aclose()


async def test_uncertain_listings_are_settled_per_listing(dash):
    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0]
    key, _ = await app.open_person(dash.pid)
    import json

    ids = []
    for n, listing in enumerate(({"name": "Xiomara Quintanilla", "age": 46, "locations": ["4471 Calle Ocho, Miami, FL 33135"]},
                                 {"name": "X Quintanilla", "age": 71, "locations": ["Tampa, FL"]})):
        sealed = key.seal(json.dumps({"listing": listing}).encode(), "listing")
        row = await app.store.upsert_listing(case.id, f"k{n}", sealed, 0.6, "uncertain", app.clock.now())
        ids.append(row.id)
    await app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, app.clock.now(), next_action_at=None,
                           data={"kind": "uncertain_match", "listings": [{"id": i, "confidence": 0.6,
                                                                    "reasons": ["name: variant", "age: agrees"]}
                                                                   for i in ids]})
    await dash.login()
    page = await dash.get("/human?kind=uncertain_match")
    assert "age 46" in page.text and "Miami, FL" in page.text and "name: variant" in page.text
    assert "Calle Ocho" not in page.text and "33135" not in page.text  # no street, no ZIP
    token = await dash.csrf("/human")
    r = await dash.post(f"/cases/{case.id}/verdict", data={"csrf": token, f"l{ids[0]}": "them"})
    assert r.status_code == 409  # every listing needs a verdict
    r = await dash.post(f"/cases/{case.id}/verdict", data={"csrf": token, f"l{ids[0]}": "them", f"l{ids[1]}": "not"})
    assert r.status_code == 303
    ev = [e for e in await app.store.events(case.id) if e.kind == "resumed"][-1]
    assert ev.data["match_keys"] == ["k0"]
    assert (await app.get_case(case.id)).state == CaseState.NEW


async def test_spanish_interface_and_every_template_string_translated():
    es = translations("es")
    ids = set()
    for t in (HERE / "templates").glob("*.html"):
        text = t.read_text("utf-8")
        ids |= {m[1] for m in re.findall(r"""_\((["'])(.+?)\1""", text)}
        ids |= {f"{p}{k}" for p in ("kind:", "howto:") for k in KINDS}
        ids |= {s.value for s in CaseState}
    missing = sorted(i for i in ids if i.endswith(":") is False and es.gettext(i) == i and i not in
                     ("Broker", "Brokers", "CAPTCHA", "kind:captcha", "kind:other"))
    assert not missing, missing


async def test_spanish_is_chosen_from_the_browser_or_the_switch(dash):
    r = await dash.get("/login", headers={"accept-language": "es-MX,es;q=0.9,en;q=0.5"})
    assert "Contraseña" in r.text and 'lang="es"' in r.text
    await dash.login()
    token = await dash.csrf()
    r = await dash.post("/language", data={"csrf": token, "lang": "es", "back": "/human"})
    assert r.status_code == 303 and r.headers["location"] == "/human"
    page = await dash.get("/human")
    assert "Necesita una persona" in page.text
    r = await dash.post("/language", data={"csrf": token, "lang": "es", "back": "//evil.example/"})
    assert r.headers["location"] == "/"


def test_staff_accounts_refuse_bad_names_and_short_passwords(tmp_path):
    book = StaffBook(tmp_path)
    with pytest.raises(StaffError, match="staff name"):
        book.add("Ana/María", PASSWORD)
    with pytest.raises(StaffError, match="at least 10"):
        book.add("ana", "short")
    book.add("ana", PASSWORD)
    with pytest.raises(StaffError, match="exists already"):
        book.add("ana", PASSWORD)
    assert book.verify("ana", PASSWORD) and not book.verify("ana", PASSWORD + "x") and not book.verify("zoe", PASSWORD)
    assert PASSWORD not in (tmp_path / "staff.json").read_text()


def test_a_volunteers_own_name_with_its_accent_and_capital_is_an_account(tmp_path):
    """"Lucía" is a name a volunteer types for herself: it adds the account ``lucia``, which she logs
    in to as "Lucía", "lucia" or "LUCIA"; a name with a space is the same with a dot ("Ana María" is
    ``ana.maria``), and logs in either way."""
    book = StaffBook(tmp_path)
    book.add("Lucía", PASSWORD)
    assert book.names() == ["lucia"]
    assert all(book.verify(n, PASSWORD) for n in ("Lucía", "lucia", "LUCIA", "lucía"))
    with pytest.raises(StaffError, match="exists already"):
        book.add("LUCIA", PASSWORD)
    book.add("Ana María", PASSWORD)
    assert book.names() == ["ana.maria", "lucia"] and book.verify("Ana  María ", PASSWORD)
    with pytest.raises(StaffError, match="exists already"):
        book.add("ana.maria", PASSWORD)
    book.remove("Lucía")
    book.remove("Ana María")
    assert book.names() == []


def test_serve_refuses_a_public_address_without_the_flag(tmp_path):
    env = {"OPTOUT_DATA_DIR": str(tmp_path / "d"), "PATH": "/usr/bin:/bin"}
    r = subprocess.run([sys.executable, "-m", "optout", "serve", "--host", "0.0.0.0"], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == Exit.USAGE
    assert r.stderr.strip() == "optout: --host 0.0.0.0: not this computer only; add --allow-remote if you mean it"
    assert "Traceback" not in r.stderr


def test_staff_add_from_standard_input(tmp_path):
    env = {"OPTOUT_DATA_DIR": str(tmp_path / "d"), "PATH": "/usr/bin:/bin"}
    r = subprocess.run([sys.executable, "-m", "optout", "staff", "add", "rosa"], env=env, input=PASSWORD + "\n",
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert StaffBook(Path(tmp_path / "d")).verify("rosa", PASSWORD)


async def test_a_refused_import_shows_each_problem_in_the_table(dash):
    """The import's problem table names row, column and what was expected (the CLI's table)."""
    await dash.login()
    token = await dash.csrf()
    # "Beto" alone is a one-part name (taken); the row with no name at all is the problem
    csv_text = ("first_name,last_name,birth_date,city,state\r\nAna,Ruiz,05/06/1985,Fresno,CA\r\nBeto,,1980-01-02,Fresno,CA\r\n"
                ",,1981-01-02,Fresno,CA\r\n")
    r = await dash.post("/people/import", data={"csrf": token},
                        files={"file": ("clientes.csv", csv_text.encode(), "text/csv")})
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r.text, re.S)]
    assert cells == ["2", "date of birth", "expected a date as YYYY-MM-DD, such as 1984-03-02 (a date with slashes "
                     "is read two ways: 03/04/1985 is 3 April in Spanish, March 4 in US English)",
                     "4", "given name", "required: the name, in first_name (a one-part name: in first_name or "
                     "last_name, once)"], cells
    assert "05/06/1985" not in r.text and "Beto" not in r.text  # the values themselves never come back


async def test_import_and_form_errors_read_in_spanish(dash):
    """A volunteer on the Spanish dashboard reads every problem of an import and of the add form in
    Spanish: the row table, a file refused whole, a field the form refuses."""
    await dash.login()
    es = {"accept-language": "es"}
    token = await dash.csrf()
    csv_text = ("first_name,last_name,birth_date,birth_year,city,state,phones\r\n"
                "Ana,Ruiz,05/06/1985,,Fresno,CA,\r\n,,1980-01-02,,Fresno,CA,\r\n"
                "Carla,Soto,,19x5,Fresno,ZZ,12\r\n")
    r = await dash.post("/people/import", data={"csrf": token}, headers=es,
                        files={"file": ("clientes.csv", csv_text.encode(), "text/csv")})
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r.text, re.S)]
    problems = cells[2::3]
    assert len(problems) >= 4, cells
    assert problems[0].startswith("se esperaba una fecha como AAAA-MM-DD") and "3 de abril" in problems[0]
    assert problems[1].startswith("obligatorio: el nombre (si tiene una sola parte, escríbala una sola vez")
    # the column as a volunteer calls it, not the importer's field code
    assert cells[0::3] == ["2", "3", "4", "4", "4"] and cells[1] == "fecha de nacimiento" and cells[4] == "nombre", cells
    assert "last_name" not in cells and "birth_date" not in cells
    assert any(p.startswith("se esperaban cuatro dígitos") for p in problems)
    assert any("código de estado" in p for p in problems) and any("el teléfono 1" in p for p in problems)
    assert "no se importó nada" in r.text
    english = ("expected", "required", "not a US", "nothing was imported", "is not a phone")
    assert not any(w in r.text for w in english), r.text
    r = await dash.post("/people/import", data={"csrf": token}, headers=es,
                        files={"file": ("clientes.csv", "nombre,apellidos,apellidos\r\nAna,Ruiz,Ruiz\r\n".encode(),
                                        "text/csv")})
    # the column as the Spanish empty sheet heads it, not the importer's code
    assert "las columnas 2 y 3 dicen las dos «apellidos»" in r.text and "are both" not in r.text
    assert "last_name" not in r.text
    r = await dash.post("/people/import", data={"csrf": token}, headers=es,
                        files={"file": ("clientes.csv", "nombres,apelidos\r\nAna,Ruiz\r\n".encode(), "text/csv")})
    assert "¿quiso decir «apellidos»?" in r.text and "last_name" not in r.text, r.text
    r = await dash.post("/people/import", data={"csrf": token}, headers=es)
    assert "primero elija un archivo CSV" in r.text
    token = await dash.csrf("/people/new")
    r = await dash.post("/people/new", headers=es, data={"csrf": token, "first_name": "Dolores", "last_name": "Del Río",
                                                         "phone": "12", "city": "Fresno", "state": "ZZ"})
    assert r.status_code == 400
    err = re.search(r'<p class="error" role="alert">(.*?)</p>', r.text, re.S).group(1)
    assert "teléfonos: el teléfono 1 no es un número de teléfono" in err, err
    assert "is not a" not in err and "phones" not in err


async def test_a_phone_without_its_area_code_is_refused_in_the_readers_language(dash):
    await dash.login()
    for lang, said in (("es", "el teléfono 1 no es un número completo: escríbalo con el código de área"),
                       ("en", "phone 1 is not a whole phone number: write it with the area code")):
        token = await dash.csrf("/people/new")
        r = await dash.post("/people/new", headers={"accept-language": lang},
                            data={"csrf": token, "first_name": "Dolores", "last_name": "Del Río", "phone": "555-0177",
                                  "city": "Fresno", "state": "CA"})
        assert r.status_code == 400
        err = re.search(r'<p class="error" role="alert">(.*?)</p>', r.text, re.S).group(1)
        assert said in err and "0177" not in err, err


async def test_a_case_that_wants_a_value_the_person_lacks_reads_missing_data_not_failed(dash):
    """The people table counts it as waiting for a person; the person's page says the same."""
    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0]
    await app.store.record(case.id, "failed", CaseState.FAILED, app.clock.now(), next_action_at=None,
                           data={"error": "optout.steps[2] (fill): the person has no email", "missing": "email"},
                           last_error="optout.steps[2] (fill): the person has no email")
    await dash.login()
    page = await dash.get(f"/people/{dash.pid}", headers={"accept-language": "es"})
    row = re.search(r'<tr class="state-missing">.*?</tr>', page.text, re.S)
    assert row and "faltan datos" in row.group(0) and "fallido" not in row.group(0), page.text
    assert f'href="/human?person={dash.pid}&amp;kind=missing"' in row.group(0)
    # which field, in Spanish (from the reason code, not the engine's English)
    assert "necesita información suya: correo electrónico" in row.group(0), row.group(0)
    assert "the person has no" not in page.text
    queue = await dash.get("/human", headers={"accept-language": "es"})
    assert "necesita información suya: correo electrónico" in queue.text and "the person has no" not in queue.text


async def test_the_human_queue_and_a_persons_page_give_the_engines_reasons_in_spanish(dash):
    """What the engine recorded (a CAPTCHA, a search that recognised nobody) reads in Spanish."""
    from optout.reasons import Reason

    app = dash.app
    cases = await app.store.cases(person_id=dash.pid)
    captcha, nobody = cases[0], cases[1]
    await app.store.record(captcha.id, "human_needed", CaseState.NEEDS_HUMAN, app.clock.now(), next_action_at=None,
                           data={"kind": "captcha", "reason": "the broker shows a CAPTCHA; a person must solve it "
                                 "on the page", "why": Reason("captcha").to_json()},
                           last_error="the broker shows a CAPTCHA; a person must solve it on the page")
    why = Reason("not_recognised", {"fields": ["first_name", "last_name", "city"], "listings": 3, "rejected": 3})
    await app.store.record(nobody.id, "scanned", CaseState.NOT_FOUND, app.clock.now(), next_action_at=None,
                           data={"why": why.to_json()}, last_error=why.english)
    await dash.login()
    queue = await dash.get("/human", headers={"accept-language": "es"})
    assert "el corredor muestra un CAPTCHA; una persona debe resolverlo en la página" in queue.text
    assert "the broker shows a CAPTCHA" not in queue.text
    page = await dash.get(f"/people/{dash.pid}", headers={"accept-language": "es"})
    assert ("no reconocida: se buscó por nombre, apellido, ciudad; se vieron 3 fichas, 3 descartadas"
            in page.text), page.text
    assert "not recognised" not in page.text and "the broker shows" not in page.text
    english = await dash.get(f"/people/{dash.pid}", headers={"accept-language": "en"})
    assert "not recognised: searched by given name, surname, city; 3 listings seen" in english.text
    # an uncertain listing: why optout is unsure, from the matcher's evidence keys
    doubt = cases[2]
    await app.store.record(doubt.id, "human_needed", CaseState.NEEDS_HUMAN, app.clock.now(), next_action_at=None,
                           data={"kind": "uncertain_match", "reason": "1 listing(s) may be this person",
                                 "why": Reason("uncertain_match", {"count": 1}).to_json(),
                                 "listings": [{"id": 1, "confidence": 0.7,
                                               "reasons": ["name: given name and one of the surnames agree",
                                                           "age agrees"],
                                               "evidence": ["name/legal/exact/partial", "age agrees"]}]})
    queue = await dash.get("/human?kind=uncertain_match", headers={"accept-language": "es"})
    assert "nombre: coinciden el nombre y uno de los apellidos; la edad coincide" in queue.text, queue.text
    assert "age agrees" not in queue.text and "may be this person" not in queue.text


async def test_the_add_form_takes_a_birth_date_and_an_apartment(dash):
    """As the CSV import does: a full birth date (the matcher's age check) and the apartment."""
    await dash.login()
    page = await dash.get("/people/new", headers={"accept-language": "es"})
    assert 'name="birth_date"' in page.text and "Fecha de nacimiento" in page.text and 'name="apartment"' in page.text
    token = await dash.csrf("/people/new")
    r = await dash.post("/people/new", data={"csrf": token, "first_name": "Dolores", "last_name": "Del Río Núñez",
                                             "birth_date": "1985-04-03", "street": "1400 W Sunset Blvd",
                                             "apartment": "Apt 12", "city": "Los Angeles", "state": "CA"})
    assert r.status_code == 303, r.text
    _, person = await dash.app.open_person(r.headers["location"].rsplit("/", 1)[1])
    assert (person.birth_date.isoformat(), person.birth_year) == ("1985-04-03", 1985)
    assert person.addresses[0].street == "1400 W Sunset Blvd Apt 12"


async def test_the_add_form_takes_the_language_the_client_reads_and_a_suffix(dash):
    """The trial's clinic could not make a client's report Spanish from the dashboard: the form had
    no language (the report follows the profile's), nor a suffix to tell a son from his father."""
    await dash.login()
    page = await dash.get("/people/new", headers={"accept-language": "es"})
    assert "Idioma que lee la persona" in page.text and 'name="suffix"' in page.text
    token = await dash.csrf("/people/new")
    r = await dash.post("/people/new", data={"csrf": token, "first_name": "Ramón", "last_name": "Ortiz", "suffix": "Jr",
                                             "language": "es", "city": "Fresno", "state": "CA"})
    assert r.status_code == 303, r.text
    _, person = await dash.app.open_person(r.headers["location"].rsplit("/", 1)[1])
    assert (person.language, person.suffix) == ("es", "Jr")


async def test_the_clinic_settings_page_saves_the_clinic_contact_in_spanish(dash):
    from optout import clinic

    await dash.login()
    es = {"accept-language": "es"}
    page = await dash.get("/clinic", headers=es)
    assert "Datos de la clínica" in page.text and "Correo de contacto de la clínica" in page.text
    token = await dash.csrf("/clinic")
    bad = await dash.post("/clinic", headers=es, data={"csrf": token, "contact_email": "no es correo",
                                                       "postal_address": ""})
    assert bad.status_code == 400 and "no es una dirección de correo válida" in bad.text
    assert clinic.contact(dash.app.settings).contact_email is None  # nothing saved
    ok = await dash.post("/clinic", headers=es, data={"csrf": token, "contact_email": "bajas@clinica.example",
                                                      "postal_address": "1200 Main St, Fresno, CA 93721"})
    assert ok.status_code == 200 and "Guardado." in ok.text
    saved = clinic.contact(dash.app.settings)
    assert (saved.contact_email, saved.postal_address) == ("bajas@clinica.example", "1200 Main St, Fresno, CA 93721")
    assert 'value="bajas@clinica.example"' in (await dash.get("/clinic")).text


async def test_the_add_form_takes_a_one_part_name_once_and_shows_it_once(dash):
    """A Karen or Burmese client with one name only, the surname left empty (trial 23): added with
    no error, shown once on the person's page, and edited once (the surname field stays empty)."""
    await dash.login()
    token = await dash.csrf("/people/new")
    r = await dash.post("/people/new", headers={"accept-language": "es"},
                        data={"csrf": token, "first_name": "Htoo", "birth_year": "1990",
                              "city": "Fort Wayne", "state": "IN"})
    assert r.status_code == 303, r.text
    pid = r.headers["location"].rsplit("/", 1)[-1]
    info = await dash.app.find(pid)
    assert (info.person.first_name, info.person.last_name, info.person.one_part_name) == ("Htoo", "Htoo", True)
    page = await dash.get(f"/people/{pid}")
    assert "Htoo" in page.text and "Htoo Htoo" not in page.text
    edit = await dash.get(f"/people/{pid}/edit")
    assert re.search(r'name="first_name"[^>]*value="Htoo"', edit.text)
    assert re.search(r'name="last_name"[^>]*value=""', edit.text)
    # saved as the form shows it: still one name, never turned into "Htoo Htoo" by an edit
    token = await dash.csrf(f"/people/{pid}/edit")
    saved = await dash.post(f"/people/{pid}/edit", data={"csrf": token, "first_name": "Htoo", "birth_year": "1990",
                                                        "addresses-0-city": "Fort Wayne", "addresses-0-state": "IN"})
    assert saved.status_code in (200, 303), saved.text
    assert (await dash.app.find(pid)).person.one_part_name
    # giving a surname later makes it a two-part name
    token = await dash.csrf(f"/people/{pid}/edit")
    await dash.post(f"/people/{pid}/edit", data={"csrf": token, "first_name": "Htoo", "last_name": "Paw",
                                                "birth_year": "1990", "addresses-0-city": "Fort Wayne",
                                                "addresses-0-state": "IN"})
    again = (await dash.app.find(pid)).person
    assert not again.one_part_name and again.full_name == "Htoo Paw"
    # no name at all: one "required", saying in the reader's language where a one-part name goes
    for lang, hint in (("es", "una sola vez, como nombre o como apellido"), ("en", "first_name or last_name, once")):
        token = await dash.csrf("/people/new")
        r = await dash.post("/people/new", headers={"accept-language": lang},
                            data={"csrf": token, "birth_year": "1990", "city": "Fort Wayne", "state": "IN"})
        assert r.status_code == 400
        err = re.search(r'<p class="error" role="alert">(.*?)</p>', r.text, re.S).group(1)
        assert hint in err, err


async def test_a_run_under_way_counts_a_case_wanting_client_data_apart_from_failures(dash):
    """Watching a run, a volunteer saw "failed 42" that became "needs information 63" only once the
    run ended: the runs page counts a case stopped for data the client did not give apart from
    failures while the run goes on, as the people table does."""
    import datetime as dt

    from optout.web._views import RunState

    app = dash.app
    wanting, broken = (await app.store.cases(person_id=dash.pid))[:2]
    await app.store.record(wanting.id, "failed", CaseState.FAILED, app.clock.now(), next_action_at=None,
                           data={"error": "needs information from you: e-mail address", "missing": "email"})
    await app.store.record(broken.id, "failed", CaseState.FAILED, app.clock.now(), next_action_at=None,
                           data={"error": "the broker's page did not load"}, last_error="page did not load")
    d = dash.asgi.dashboard
    d.run = RunState(1, "ana", None, dt.datetime.now(dt.UTC), total=5, done=2, running=1)  # not finished
    d.run.by_state.update({"failed": 2})
    d.run.failed |= {wanting.id, broken.id}
    await dash.login()
    page = await dash.get("/runs", headers={"accept-language": "es"})
    counts = re.search(r'<ul class="counts">(.*?)</ul>', page.text, re.S).group(1)
    items = {re.sub(r"<[^>]+>", "", li).strip() for li in re.findall(r"<li>(.*?)</li>", counts, re.S)}
    assert items == {"fallido 1", "necesita información 1"}, items
    d.run = None


async def test_a_form_waiting_for_an_email_points_the_volunteer_to_the_clinic_settings(dash):
    """Twelve clients without an e-mail make dozens of "missing data" tasks: the queue says the one
    step that settles them all (the clinic's contact e-mail, in Clinic settings), in Spanish."""
    from optout.reasons import Reason

    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0]
    await app.store.record(case.id, "failed", CaseState.FAILED, app.clock.now(), next_action_at=None,
                           data={"error": "needs information from you: e-mail address", "missing": "email",
                                 "why": Reason("missing_info", {"field": "email"}).to_json()})
    await dash.login()
    queue = await dash.get("/human", headers={"accept-language": "es"})
    task = re.search(rf'<article class="card task" id="case-{case.id}">.*?</article>', queue.text, re.S).group(0)
    assert "correo de contacto de la clínica" in task and 'href="/clinic"' in task, task
    assert "por ejemplo, un teléfono" not in task


async def test_the_empty_sheet_names_every_column_in_the_readers_language_and_imports_back(dash):
    """The import card offers an empty sheet (its words, not the README's English section name):
    every column once, in Spanish for a Spanish reader; filled in and saved, it imports."""
    from optout.intake import COLUMNS, column_name

    await dash.login()
    page = await dash.get("/", headers={"accept-language": "es"})
    assert "Many people at once" not in page.text and 'href="/people/import/example.csv"' in page.text
    sheets = {}
    for lang in ("es", "en"):
        r = await dash.get("/people/import/example.csv", headers={"accept-language": lang})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert r.content.startswith(b"\xef\xbb\xbf")  # Excel reads the accents right only with the BOM
        header = r.content.decode("utf-8-sig").strip().split(",")
        assert [column_name(h) for h in header] == list(COLUMNS), header
        sheets[lang] = r.content.decode("utf-8-sig")
    assert "apellidos" in sheets["es"] and "fecha_de_nacimiento" in sheets["es"] and "last_name" not in sheets["es"]
    header = sheets["es"].strip().split(",")
    row = {"nombres": "Dolores", "apellidos": "Del Río Peña", "ciudad": "Fresno", "estado": "CA",
           "teléfonos": "559-555-0142|559-555-0199"}
    filled = sheets["es"] + ",".join(row.get(h, "") for h in header) + "\r\n"
    token = await dash.csrf()
    r = await dash.post("/people/import", data={"csrf": token}, headers={"accept-language": "es"},
                        files={"file": ("hoja.csv", ("\ufeff" + filled).encode(), "text/csv")})
    assert r.status_code == 200 and "Dolores Del Río Peña" in r.text, r.text


async def test_a_duplicate_row_is_named_in_spanish(dash):
    """Two rows for one client on the Spanish dashboard: the table names the other row as "la fila
    2" and the column as the whole row, in Spanish; no "row" or "(row)" in English is left."""
    await dash.login()
    es = {"accept-language": "es"}
    token = await dash.csrf()
    csv_text = ("expediente,nombres,apellidos,ciudad,estado\r\n"
                "A-1,María José,Hernández López,Chicago,IL\r\nA-2,Ana,Ruiz,Chicago,IL\r\n"
                "A-3,María José,Hernández López,Chicago,IL\r\nA-2,Beto,Soto,Chicago,IL\r\n")
    r = await dash.post("/people/import", data={"csrf": token}, headers=es,
                        files={"file": ("clientes.csv", csv_text.encode(), "text/csv")})
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r.text, re.S)]
    assert cells == ["4", "(toda la fila)", "la misma persona que la fila 2",
                     "5", "etiqueta", "la etiqueta también se dio a la fila 3"], cells
    assert "row" not in " ".join(cells)


async def test_a_brokers_reply_asking_for_id_or_refusing_reads_in_spanish(dash):
    """The mail flow parks a case as ``needs_id``, ``needs_info`` or ``refused`` when a broker's
    reply asks for ID or more, or refuses: on the Spanish queue each has a Spanish name, in the card
    and in the kind filter, and says what to do (read the reply on the person's page), not the
    generic "do what the broker's page asks" of a kind the queue does not know."""
    cases = (await dash.app.store.cases(person_id=dash.pid))[:3]
    for case, kind in zip(cases, ("needs_id", "needs_info", "refused")):
        await dash.app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, dash.app.clock.now(),
                                    data={"kind": kind, "reason": "a reply"}, next_action_at=None)
    await dash.login()
    queue = await dash.get("/human", headers={"accept-language": "es"})
    for words in ("pide identificación", "pide más datos", "rechazada", "El corredor respondió pidiendo una prueba",
                  "El corredor rechazó la solicitud. Lea su respuesta"):
        assert words in queue.text, words
    for english in ("needs id", "needs info", ">refused<", "do what the broker", "haga lo que pide en la página"):
        assert english not in queue.text, english


async def test_an_import_names_the_columns_it_left_out_in_spanish(dash):
    """A clinic's sheet with a notes column imports its people and says, in Spanish, which column
    (its number and its spreadsheet letter) was not imported, never the column's values."""
    await dash.login()
    es = {"accept-language": "es"}
    token = await dash.csrf()
    csv_text = "Nombre(s),Primer apellido,Segundo apellido,Ciudad,Estado,Notas\r\nAna,Ruiz,Soto,Fresno,CA,vino sola\r\n"
    r = await dash.post("/people/import", data={"csrf": token}, headers=es,
                        files={"file": ("clientes.csv", csv_text.encode("cp1252"), "text/csv")})
    assert "Personas importadas: 1" in r.text, r.text
    assert "Columnas que no se importaron" in r.text and ": 6 (F)." in r.text
    assert "vino sola" not in r.text and "Ana Ruiz Soto" in r.text


async def test_the_people_list_is_in_the_clinics_file_order(dash):
    """A clinic finds a client by file number: the people page lists them by label, numbers by
    value (C-9 before C-10), then people without a label by name; not in the order of their ids."""
    labels = ["C-10", "C-9", "B-2", "C-1", "A-7", "C-100", "B-10", None, None]
    names = ["Ana Ruiz", "Beto Soto", "Carla Lee", "Dora Paz", "Eli Gil", "Fabi Cruz", "Gus Mora", "Zoe Alba", "Ines Vega"]
    people = []
    for label, name in zip(labels, names):
        first, last = name.split()
        data = {"first_name": first, "last_name": last, **({"label": label} if label else {})}
        people.append(("t", parse_person(data, "t")))
    await dash.app.add_people(people)
    await dash.login()
    page = await dash.get("/")
    shown = re.findall(r'<a href="/people/p_[0-9a-f]+">(.*?)</a>', page.text, re.S)
    shown = [re.sub(r"<[^>]+>|\s+", " ", s).strip() for s in shown]
    want = ["A-7", "B-2", "B-10", "C-1", "C-9", "C-10", "C-100", CLIENT["label"]]
    assert [s.split(" ")[0] for s in shown[:len(want)]] == want, shown
    assert shown[-2:] == ["Ines Vega", "Zoe Alba"], shown


async def test_the_people_list_counts_not_found_and_requests_in_doubt(dash):
    """Trial39: a client searched on every broker and recognised nowhere read as a row of zeros, and
    requests a stopped run may or may not have sent were nowhere on the people page. Its table
    counts both, as `optout status` does (one figure: App.people_summary), in English and Spanish;
    the requests in doubt link to their questions."""
    cases = await dash.app.store.cases(person_id=dash.pid)
    now = dash.app.clock.now()
    for case in cases[:2]:
        await dash.app.store.record(case.id, "scanned", CaseState.NOT_FOUND, now, next_action_at=None)
    await dash.app.store.record(cases[2].id, "in_doubt", CaseState.SUBMITTED, now, next_action_at=None)
    await dash.login()
    for lang, not_found, doubt in (("en", "Not found", "Requests in doubt"),
                                   ("es", "No encontrado", "Solicitudes en duda")):
        page = (await dash.get("/", headers={"accept-language": lang})).text
        assert f"<th>{not_found}</th>" in page and f"<th>{doubt}</th>" in page, lang
        assert re.search(r'class="not-found">2</td>', page), page
        assert f'href="/human?person={dash.pid}&amp;kind=in_doubt">1</a>' in page, page
    asked = await dash.get(f"/human?person={dash.pid}&kind=in_doubt")
    assert asked.status_code == 200 and f"{cases[2].id}" in asked.text


async def test_a_finished_run_says_the_letters_still_waiting_for_the_daily_limit(dash):
    """A run that sent 80 letters left 46 cases "new" with nothing said why: the finished run's card
    says how many letters wait for the mail account's daily limit and when the last leaves."""
    import datetime as dt

    from optout.web._views import RunState

    d = dash.asgi.dashboard
    now = dt.datetime.now(dt.UTC)
    d.run = RunState(1, "ana", None, now, total=126, done=126, finished_at=now,
                     letters_pending=46, letters_finish=dt.date(2026, 12, 2))
    d.run.by_state.update({"held": 46, "submitted": 80})  # counted as held (optout.worker.outcome), not "new"
    await dash.login()
    page = await dash.get("/runs", headers={"accept-language": "es"})
    assert ("46 cartas esperan el límite diario de la cuenta de correo; la última sale el 2026-12-02."
            in page.text), page.text
    assert "carta retenida para más tarde (límite de envío)</span> 46" in page.text, page.text
    page = await dash.get("/runs", headers={"accept-language": "en"})
    assert "letter held for later (sending limit)</span> 46" in page.text
    d.run.letters_pending = 0
    page = await dash.get("/runs", headers={"accept-language": "es"})
    assert "letters-pending" not in page.text
    d.run = None


async def test_a_running_runs_bar_is_not_full_while_cases_still_run(dash):
    """Trial 34: cases falling due during a run made the page say "40 / 40 casos · 3 en curso" with a full
    bar; while some run, the total counts them."""
    import datetime as dt

    from optout.web._views import RunState

    d = dash.asgi.dashboard
    d.run = RunState(1, "ana", None, dt.datetime.now(dt.UTC), total=40, done=40, running=3)
    await dash.login()
    page = (await dash.get("/runs", headers={"accept-language": "es"})).text
    assert '<progress max="43" value="40">' in page and '<span id="done">40</span> / 43' in page, page
    d.run = None


async def test_a_jr_is_shown_so_a_father_and_his_son_are_two_rows(dash):
    """A sheet's "Sánchez Jr." and "Sánchez" (father and son, one name) were both listed as
    "Roberto Sánchez": the people list shows the suffix."""
    people = [("t", parse_person({"first_name": "Roberto", "last_name": "Sánchez Jr.", "label": "R-2"}, "t")),
              ("t", parse_person({"first_name": "Roberto", "last_name": "Sánchez", "label": "R-1",
                                  "birth_year": 1950}, "t"))]
    await dash.app.add_people(people)
    await dash.login()
    page = await dash.get("/")
    assert "Roberto Sánchez Jr" in page.text and re.search(r"Roberto Sánchez\s*<", page.text), page.text


async def test_is_this_them_card_shows_the_listed_name_and_relatives_escaped_in_both_languages(dash):
    """A volunteer answers "is this them?" from the name as the broker listed it and the relatives'
    names (c24: the card showed only their count), in English and Spanish; the broker's text is
    escaped, and the phones are counted, not shown."""
    import json

    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0]
    key, _ = await app.open_person(dash.pid)
    relatives = ["Rosa Quintanilla Ybarra", "Héctor Ybarra", "<b>Ana</b> & Co"] + [f"Pariente Num{i}" for i in range(8)]
    listing = {"name": "Xiomara Q. Ybarra <script>alert(1)</script>", "age_text": "In her 40s",
               "aliases": ["Xiomara Quintanilla"], "locations": ["Miami, FL 33135"],
               "relatives": relatives, "phones": ["(305) 555-0188", "(305) 555-0199"]}
    sealed = key.seal(json.dumps({"listing": listing}).encode(), "listing")
    row = await app.store.upsert_listing(case.id, "k0", sealed, 0.6, "uncertain", app.clock.now())
    await app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, app.clock.now(), next_action_at=None,
                           data={"kind": "uncertain_match", "listings": [{"id": row.id, "confidence": 0.6}]})
    await dash.login()
    for lang, words in (("en", ("Listed as", "Also listed as", "Relatives listed", "2 phones", "(and 3 more)")),
                        ("es", ("Aparece como", "También aparece como", "Familiares que aparecen", "2 teléfonos",
                                "(y 3 más)"))):
        page = await dash.get("/human?kind=uncertain_match", headers={"accept-language": lang})
        text = page.text
        for w in words:
            assert w in text, (lang, w)
        assert "Xiomara Q. Ybarra &lt;script&gt;alert(1)&lt;/script&gt;" in text and "<script>alert" not in text
        assert "Rosa Quintanilla Ybarra; Héctor Ybarra; &lt;b&gt;Ana&lt;/b&gt; &amp; Co" in text
        assert "Pariente Num4" in text and "Pariente Num5" not in text  # eight names, then how many more
        assert "Xiomara Quintanilla" in text and "In her 40s" in text and "Miami, FL" in text
        assert "555-0188" not in text and "33135" not in text  # phones counted, no ZIP
    assert all("Ybarra" not in r.url.path and "Ybarra" not in str(r.url.query) for r in dash.seen)


async def test_a_client_removed_or_changed_by_another_process_is_so_on_the_running_dashboard(dash, tmp_path):
    """The CLI (or another worker on a shared database) removes a client while the dashboard runs:
    the dashboard no longer lists her, by name or label, and her page is a plain 404, not a
    traceback; a client another process adds or edits shows as the store has her (trial24)."""
    assert (await dash.login()).status_code == 303
    assert "Xiomara" in (await dash.get("/")).text  # the dashboard has opened and kept her profile
    async with open_app(dash.app.settings) as other:  # another process on the same data directory
        await other.remove_person(dash.pid)
        added = await other.add_people([("test", parse_person(
            {"first_name": "Wislande", "last_name": "Dorvilus", "label": "CL-88", "birth_year": 1990,
             "addresses": [{"city": "Brockton", "state": "MA"}]}, "test"))])
        new_pid = added.added[0][1]
        await other.edit_person(new_pid, label="CL-89")
    page = (await dash.get("/")).text
    assert "Xiomara" not in page and "CASE-7731" not in page
    assert "Wislande" in page and "CL-89" in page
    gone = await dash.get(f"/people/{dash.pid}")
    assert gone.status_code == 404 and "Traceback" not in gone.text
    assert (await dash.get(f"/people/{new_pid}")).status_code == 200
    async with open_app(dash.app.settings) as other:  # an edit of a profile the dashboard has opened
        await other.edit_person(new_pid, label="CL-90")
    page = (await dash.get("/")).text
    assert "CL-90" in page and "CL-89" not in page


async def test_an_import_refused_for_a_similar_client_lets_the_volunteer_say_per_row_they_are_two_people(dash):
    """Twins of one birth date and home, Marisol and Marisela Hernández López, are two clients the
    duplicate check reads as one entered twice. On the Spanish dashboard the refused rows are named
    with why (like a held client, like another row), each with its own "another person" tick; the
    file chosen again with the ticks imports them, and says which rows it added so; a tick names
    one pair, so a row like someone else is still refused; the audit log holds no name."""
    twin = {"first_name": "Marisol", "last_name": "Hernández López", "birth_date": "1990-05-04",
            "addresses": [{"street": "12 W Cermak Rd", "city": "Chicago", "state": "IL"}]}
    held = (await dash.app.add_people([("test", parse_person(twin, "test"))])).added[0][1]
    await dash.login()
    es = {"accept-language": "es"}
    head = "nombres,apellidos,fecha de nacimiento,calle,ciudad,estado\r\n"
    home = "1990-05-04,12 W Cermak Rd,Chicago,IL\r\n"
    sheet = (head + "Marisela,Hernández López," + home + "Ana,Ruiz Soto,,,Fresno,CA\r\n"
             + "Rosa María,Quispe Mamani,2001-02-03,8 Oak St,Tulsa,OK\r\n"
             + "Rosa Mariela,Quispe Mamani,2001-02-03,8 Oak St,Tulsa,OK\r\n").encode()

    async def send(ticks: list[str]) -> httpx.Response:
        return await dash.post("/people/import", headers=es, data={"csrf": await dash.csrf(), "two_people": ticks},
                               files={"file": ("clientes.csv", sheet, "text/csv")})

    r = await send([])
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r.text, re.S)]
    assert cells[0] == "2" and cells[2].startswith(f"parece ser {held} con el nombre escrito de otra forma"), cells
    assert cells[3] == "5" and cells[5].startswith("parece ser la fila 4 con el nombre escrito de otra forma"), cells
    assert f'value="2|{held}"' in r.text and 'value="5|row 4"' in r.text and "La fila 2 es otra persona" in r.text
    assert len(await dash.app.people()) == 2  # nothing imported
    # a tick for another pair lets nothing through
    r = await send([f"2|p_{'0' * 12}", "5|row 4"])
    assert len(await dash.app.people()) == 2 and f'value="2|{held}"' in r.text
    r = await send([f"2|{held}", "5|row 4"])
    assert "Personas importadas: 4" in r.text, r.text
    assert "Filas agregadas como personas distintas, como usted indicó, aunque se parecen a otra persona: 2, 5." in r.text
    # importing the same file again: every row already here, and said by row
    r = await send([])
    assert "Personas importadas: 0" in r.text and "ya está aquí: 2, 3, 4, 5." in r.text, r.text
    audit = (dash.app.settings.data_dir / "audit.log").read_text()
    assert "import_refused" in audit and "Marisela" not in audit and "Quispe" not in audit


async def test_a_brokers_answer_by_letter_or_telephone_is_recorded_as_evidence_and_never_as_removed(dash):
    """A broker that answered by post, then one by telephone: the volunteer records each on the
    Spanish person page (how, the day, what it answered from the reply classes, its words). "We
    deleted it" makes the case confirmed, due for the search that proves it, never removed; a refusal
    puts it before a person; the words are sealed with the evidence and printed in the client's
    Spanish report with the day it came; a day to come, an empty note or a case no request went out
    for is refused in Spanish naming the field; no word of the note reaches the audit log."""
    client = {"first_name": "Yolanda", "last_name": "Pérez Ortiz", "label": "CASE-9", "language": "es",
              "birth_year": 1971, "addresses": [{"city": "Houston", "state": "TX"}]}
    pid = (await dash.app.add_people([("test", parse_person(client, "test"))])).added[0][1]
    cases = await dash.app.store.cases(person_id=pid)
    now = dash.app.clock.now()
    for c in cases[:2]:
        await dash.app.store.record(c.id, "submitted", CaseState.SUBMITTED, now, data={}, next_action_at=None)
    posted, called, untouched = cases[0], cases[1], cases[2]
    await dash.login()
    es = {"accept-language": "es"}
    page = await dash.get(f"/people/{pid}", headers=es)
    assert f'action="/cases/{posted.id}/reply"' in page.text and f'action="/cases/{untouched.id}/reply"' not in page.text
    assert "El corredor respondió por carta o por teléfono" in page.text and "dice que borró los datos" in page.text
    words = "Hemos eliminado el perfil de Yolanda, ref 5521"
    today = now.date().isoformat()
    form = {"channel": "post", "on": today, "kind": "confirmed", "note": words, "back": f"/people/{pid}"}

    async def send(case: int, **changes: str) -> httpx.Response:
        return await dash.post(f"/cases/{case}/reply", headers=es,
                               data={"csrf": await dash.csrf(f"/people/{pid}"), **{**form, **changes}})

    tomorrow = (now + dt.timedelta(days=1)).date().isoformat()
    for changes, said in (({"on": tomorrow}, "una fecha ya pasada"), ({"note": "  "}, "escriba lo que dijo el corredor"),
                          ({"kind": "removed"}, "elija qué respondió el corredor")):
        r = await send(posted.id, **changes)
        assert r.status_code == 400 and said in r.text, (changes, r.text)
    r = await send(untouched.id)
    assert r.status_code == 400 and "ninguna solicitud suya espera respuesta" in r.text
    assert (await dash.app.get_case(posted.id)).state == CaseState.SUBMITTED

    r = await send(posted.id)
    assert r.status_code == 303 and r.headers["location"] == f"/people/{pid}?done=reply"
    # the page returned to says what was saved (trial 34: an answer saved showed nothing)
    assert "La respuesta del corredor quedó guardada" in (await dash.get(r.headers["location"], headers=es)).text
    case = await dash.app.get_case(posted.id)
    assert case.state == CaseState.CONFIRMED and case.next_action_at is not None  # the search decides
    r = await send(called.id, channel="phone", kind="refused", note="No borramos datos por teléfono")
    assert (await dash.app.get_case(called.id)).state == CaseState.NEEDS_HUMAN
    queue = await dash.get(f"/human?person={pid}", headers=es)
    assert "rechazó la solicitud por teléfono" in queue.text
    # sealed: the words are in no evidence file as written
    notes = [e for e in await dash.app.store.evidence(posted.id) if e.kind == "note"]
    assert len(notes) == 1 and words.encode() not in (dash.app.settings.evidence_dir / notes[0].path).read_bytes()
    report = (await dash.get(f"/people/{pid}/report.html", headers=es)).text
    assert "Respuestas por carta o por teléfono" in report and words in report
    assert f"el corredor escribió por carta el {today} que borró los datos" in report
    assert "No borramos datos por teléfono" in report
    assert "respuesta anotada (carta o teléfono)" in report and "reply_recorded" not in report
    audit = (dash.app.settings.data_dir / "audit.log").read_text()
    assert '"reply"' in audit and "Hemos eliminado" not in audit and "No borramos" not in audit


async def test_a_missing_page_or_evidence_file_is_said_in_the_readers_language(dash):
    """"not found" and "the evidence file is missing on this machine" were English literals of the
    views under a Spanish interface."""
    await dash.login()
    es = {"accept-language": "es"}
    r = await dash.get("/cases/999999/evidence/1", headers=es)
    assert r.status_code == 404 and r.text.startswith("No se encontró"), r.text
    case = (await dash.app.store.cases(person_id=dash.pid))[0]
    await dash.app.store.add_evidence_many(case.id, [("note", f"{case.id}/gone.txt.sealed", "0" * 64, "x")],
                                           dash.app.clock.now())
    eid = (await dash.app.store.evidence(case.id))[-1].id
    r = await dash.get(f"/cases/{case.id}/evidence/{eid}", headers=es)
    assert r.status_code == 404 and r.text.startswith("El archivo de esta prueba falta"), r.text
    r = await dash.post("/people/new", headers=es, data={"csrf": "wrong"})
    assert r.status_code in (400, 403) and "token" not in r.text
    # trial 41: an address no route serves (a URL shortened by hand to /people, a GET of a form's
    # target) answered Starlette's English "Not Found" / "Method Not Allowed"
    for path in ("/people", "/nowhere", "/logout"):
        r = await dash.get(path, headers=es)
        assert r.status_code in (404, 405) and r.text.startswith("No se encontró"), (path, r.text)
        r = await dash.get(path, headers={"accept-language": "en"})
        assert r.status_code in (404, 405) and r.text.startswith("Not found: this page"), (path, r.text)


async def test_a_brokers_mail_is_shown_decoded_as_a_person_reads_it(dash):
    """Trial 41: a volunteer told to "read the broker's answer" opened its «correo» and got the raw
    message: Return-Path, Message-ID, "Content-Transfer-Encoding: quoted-printable", "pa=" breaking a
    word, and every accent of a Spanish reply as "=C3=B3". Every e-mail kept as evidence (a broker's
    reply, our own letter) is shown decoded, as `optout evidence --export` writes its .txt: the
    headers that matter and the text body, still as plain text (never rendered in our origin)."""
    import email.policy
    from email.message import EmailMessage

    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "Oficina de Privacidad <privacidad@broker.example>"
    msg["To"] = "ayuda@clinica.example"
    msg["Subject"] = "Re: Solicitud de eliminación [OPT-7K2Q9X]"
    msg["Date"] = "Thu, 03 Dec 2026 07:17:03 +0000"
    words = ("Antes de actuar necesitamos verificar su identificación: responda con una copia de un "
             "documento oficial con fotografía, como su licencia de conducir o su pasaporte. " * 2).strip()
    msg.set_content(words, cte="quoted-printable")
    raw = msg.as_bytes()
    assert b"=C3=B3" in raw and b"=\r\n" in raw  # the message as stored: encoded, soft line breaks
    case = (await dash.app.store.cases(person_id=dash.pid))[0]
    key, _ = await dash.app.open_person(dash.pid)
    rel = f"{case.id}/reply-email.eml.sealed"
    path = dash.app.settings.evidence_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(key.seal(raw, f"evidence:{rel}"))
    await dash.app.store.add_evidence_many(case.id, [("email", rel, "0" * 64, "mail:reply")], dash.app.clock.now())
    eid = (await dash.app.store.evidence(case.id))[-1].id
    await dash.login()
    r = await dash.get(f"/cases/{case.id}/evidence/{eid}", headers={"accept-language": "es"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain"), r.headers
    text = r.text
    assert " ".join(words.split()) in " ".join(text.split()), text
    assert "Subject: Re: Solicitud de eliminación [OPT-7K2Q9X]" in text
    assert "From: Oficina de Privacidad <privacidad@broker.example>" in text
    for raw_only in ("=C3", "quoted-printable", "Content-Transfer-Encoding", "MIME-Version", "=?utf-8?"):
        assert raw_only not in text, raw_only


async def test_each_email_on_the_person_page_says_which_it_is_as_the_queue_names_it(dash):
    """Trial 41: the queue said "read its answer («correo» on the client's page)", and the broker's
    row showed two links both called «correo» (our letter and its reply), with no date: the
    volunteer could not tell which was the answer. Each e-mail is named by its place in the story,
    with its day, and the queue's help names the reply by that same label, in both languages."""
    import html

    case = (await dash.app.store.cases(person_id=dash.pid))[0]
    now = dash.app.clock.now()
    steps = ("letter", "reply", "follow-up", "optout.steps[5] (email_confirmation)")
    await dash.app.store.add_evidence_many(
        case.id, [("email", f"{case.id}/m{i}.eml.sealed", "0" * 64, step) for i, step in enumerate(steps)], now)
    await dash.app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, now,
                                data={"kind": "needs_id", "mail": "needs_id", "reason": "a reply"},
                                next_action_at=None)
    await dash.login()
    day = now.strftime("%m-%d")
    for lang, labels, where in (
            ("es", ("carta enviada", "respuesta del corredor", "recordatorio enviado",
                    "correo de confirmación del corredor"), "«respuesta del corredor» en la página de la persona"),
            ("en", ("letter sent", "broker's reply", "follow-up sent", "broker's confirmation e-mail"),
             "“broker's reply” on the client's page")):
        page = html.unescape((await dash.get(f"/people/{dash.pid}", headers={"accept-language": lang})).text)
        links = re.findall(rf'<a href="/cases/{case.id}/evidence/\d+">([^<]*)</a>', page)
        assert links == [f"{label} {day}" for label in labels], (lang, links)
        queue = html.unescape((await dash.get(f"/human?person={dash.pid}", headers={"accept-language": lang})).text)
        assert where in queue, (lang, queue)


async def test_the_queue_and_the_runs_page_name_each_person_not_only_by_label(dash):
    """Trial 41: the queue's cards and its "Person" filter, and the Runs page's "For", named each
    person by the clinic's label alone ("F41-1 · caso 3"): a volunteer with five relatives in the
    list had to go back to the people page to learn whose question it was. They name the person
    as the people page does, beside the label."""
    import html

    case = (await dash.app.store.cases(person_id=dash.pid))[0]
    await dash.app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, dash.app.clock.now(),
                                data={"kind": "captcha", "reason": "a captcha"}, next_action_at=None)
    await dash.login()
    who = "CASE-7731 · Xiomara Quintanilla-Ybarra"
    queue = html.unescape((await dash.get("/human", headers={"accept-language": "es"})).text)
    assert f">{who}</option>" in queue and f"{who} · caso C{case.id}" in queue, queue
    runs = html.unescape((await dash.get("/runs", headers={"accept-language": "es"})).text)
    assert f">{who}</option>" in runs, runs


async def test_the_clinic_page_never_says_its_address_makes_the_clinic_the_clients_agent(dash):
    """Trial 30: the clinic settings page said the clinic's contact address in a broker's form made
    it "the client's authorised agent", against docs/LEGAL.md (a form filled in by the clinic is the
    client's own request, not an agent's). Both languages now say what happens."""
    await dash.login()
    for lang, words, untrue in (("es", "no como su agente autorizado", "que actúa como agente autorizado"),
                                ("en", "not as their authorised agent", "acting as the client's authorised agent")):
        page = (await dash.get("/clinic", headers={"accept-language": lang})).text
        assert words in page and untrue not in page, lang


async def test_the_add_and_edit_forms_say_where_a_family_name_written_first_goes(dash):
    """Trial 30: a new volunteer entering "Zhang Xiaoming" as the client writes it put Zhang in
    the given names: the form said nothing of family-name-first order (docs/PEOPLE.md does). The
    surname's hint now says it, in both languages, on both forms."""
    await dash.login()
    for path in ("/people/new", f"/people/{dash.pid}/edit"):
        es = (await dash.get(path, headers={"accept-language": "es"})).text
        en = (await dash.get(path, headers={"accept-language": "en"})).text
        assert "el apellido de familia aunque la persona lo escriba primero (Zhang en «Zhang Wei»" in es, path
        assert "the family name even when the client writes it first (Zhang in “Zhang Wei”" in en, path


async def test_the_add_form_offers_the_languages_the_clinics_clients_read_and_keeps_one(dash):
    """Trial 30: a Haitian client could only be "Español", "English" or "not said" (then the clinic's
    Spanish): the form now offers the languages the clinics' clients read, each by its own name and
    the reader's; one optout does not write is kept, and her page says her report is in English."""
    await dash.login()
    es = {"accept-language": "es"}
    form = (await dash.get("/people/new", headers=es)).text
    for option in ('<option value="ht">Kreyòl Ayisyen (criollo haitiano)</option>',
                   '<option value="fa_AF">دری (darí)</option>', '<option value="vi">Tiếng Việt (vietnamita)</option>',
                   '<option value="es">Español</option>'):
        assert option in form, option
    token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    r = await dash.post("/people/new", headers=es, data={"csrf": token, "first_name": "Marie-Claude",
                                                         "last_name": "Jean-Baptiste", "city": "Miami", "state": "FL",
                                                         "language": "ht"})
    assert r.status_code == 303, r.text
    pid = r.headers["location"].rsplit("/", 1)[1]
    assert (await dash.app.find(pid)).person.language == "ht"
    page = (await dash.get(f"/people/{pid}", headers=es)).text
    assert "Kreyòl Ayisyen (criollo haitiano)" in page and 'id="untranslated"' in page
    edit = (await dash.get(f"/people/{pid}/edit", headers=es)).text
    assert '<option value="ht" selected>Kreyòl Ayisyen (criollo haitiano)</option>' in edit


async def test_a_verb_on_the_queue_brings_the_volunteer_back_to_the_list_as_she_filtered_it(dash):
    """Trial 30: on the queue filtered to one client, "I did it" came back to everyone's tasks; the
    filter (an opaque id and a kind's code, nothing else) is kept."""
    case = await _park(dash.app, dash.pid, "phone")
    await dash.login()
    page = await dash.get(f"/human?person={dash.pid}&kind=phone")
    assert f'name="back" value="/human?person={dash.pid}&amp;kind=phone"' in page.text
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = await dash.post(f"/cases/{case}/done", data={"csrf": token, "back": f"/human?person={dash.pid}&kind=phone"})
    assert r.status_code == 303 and r.headers["location"] == f"/human?person={dash.pid}&kind=phone&done=done"
    back = await dash.get(r.headers["location"])
    assert 'id="saved"' in back.text and "a later search checks that the listing is gone" in back.text
    assert 'id="saved"' not in (await dash.get("/human?done=anything")).text  # only a known verb is said
    assert 'name="back" value="/human"' in (await dash.get("/human")).text


async def test_a_dead_address_task_says_i_did_it_only_after_the_request_went_another_way(dash):
    """Trial 30: a bounced letter's task said both "find another way and press I did it" and "give
    the new address to whoever keeps the broker list": a volunteer who only passed the address on
    pressed "I did it", and the case read as requested though nothing reached the broker."""
    await _park(dash.app, dash.pid, "dead_address")
    await dash.login()
    es = (await dash.get("/human", headers={"accept-language": "es"})).text
    en = (await dash.get("/human", headers={"accept-language": "en"})).text
    assert "Pulse «Ya lo hice» solo después de enviar usted la solicitud por esa vía" in es
    assert "optout nunca cuenta una solicitud que nadie envió" in es
    assert "Press “I did it” only after you have sent the request that way yourself" in en


async def test_the_runs_page_names_the_brokers_not_recipes(dash):
    """Trial 30: a new volunteer read "Recetas" (recipes, a developer's word) over the count of
    brokers on the Runs page."""
    await dash.login()
    es = (await dash.get("/runs", headers={"accept-language": "es"})).text
    assert "Corredores con los que trabaja optout" in es and "Recetas" not in es


#: Return-to values a browser would follow off this site (f36): a backslash is a slash to a browser,
#: tabs and newlines are dropped, escapes may be decoded by a proxy; absolute URLs of every kind.
OFF_SITE = ["//evil.example/", "/\\evil.example", "\\\\evil.example", "/\\/evil.example", "%2F%2Fevil.example",
            "/%2F%2Fevil.example", "/%5Cevil.example", "/%5C%5Cevil.example", "/%252F%252Fevil.example",
            "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", " //evil.example", "http://evil.example/",
            "https:evil.example", "HTTPS://evil.example", "javascript:alert(1)", "evil.example",
            "/\x0b/evil.example", "/\u3000/evil.example"]


@pytest.mark.parametrize("back", OFF_SITE)
def test_a_return_to_off_this_site_is_never_followed(back):
    from optout.urls import same_site_path

    assert same_site_path(back) is None
    assert same_site_path("/human?person=p_1&kind=phone") == "/human?person=p_1&kind=phone"
    assert same_site_path("/people/p_1#answers") == "/people/p_1#answers"


async def test_no_dashboard_redirect_leaves_the_site_whatever_back_says(dash):
    case = await _park(dash.app, dash.pid, "phone")
    await dash.login()
    token = await dash.csrf()
    for back in OFF_SITE:
        r = await dash.post("/language", data={"csrf": token, "lang": "en", "back": back})
        assert r.status_code == 303 and r.headers["location"] == "/", (back, r.headers["location"])
    r = await dash.post(f"/cases/{case}/done", data={"csrf": token, "back": "/\\evil.example"})
    assert r.status_code == 303 and r.headers["location"] == "/human?done=done"


async def test_a_client_removed_at_their_request_is_refused_by_the_import_and_the_add_form(dash):
    """trial50 (high): "Eliminar a esta persona", then the clinic's sheet imported again with her
    row in it brought her back. The remove page says to delete the row and what is kept (no value
    in clear); the import refuses the row naming it and the day in the reader's words, with a tick
    for a client who asked to come back; the add form alike; the audit log holds no name."""
    await dash.login()
    es = {"accept-language": "es"}
    page = await dash.get(f"/people/{dash.pid}/remove", headers=es)
    assert "Elimine también su fila de la hoja de la clínica" in page.text and "huella cifrada" in page.text
    r = await dash.post(f"/people/{dash.pid}/remove", data={"csrf": await dash.csrf(), "confirm": "yes"})
    assert r.status_code == 303
    assert "Elimine también su fila" in (await dash.get("/?removed=1", headers=es)).text
    head = "expediente,nombres,apellidos,año de nacimiento,teléfonos,ciudad,estado\r\n"
    sheet = (head + "C-1,Rosa,Quispe Mamani,1980,,Tulsa,OK\r\n"
             + "CASE-7731,Xiomara,Quintanilla-Ybarra,1979,+1 305 555 0188,Miami,FL\r\n").encode()

    async def send(**ticks: list[str]) -> httpx.Response:
        return await dash.post("/people/import", headers=es, data={"csrf": await dash.csrf(), **ticks},
                               files={"file": ("clientes.csv", sheet, "text/csv")})

    r = await send()
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r.text, re.S)]
    assert cells[0] == "3" and cells[2].startswith("una persona eliminada a solicitud suya el "), cells
    assert "elimine la fila de la hoja" in cells[2] and "--allow-removed" not in r.text
    assert 'name="removed_back" value="3"' in r.text and "Xiomara" not in r.text
    assert await dash.app.people() == []
    r = await send(removed_back=["3"])
    assert "Personas importadas: 2" in r.text, r.text
    # removed once more, then typed into the add form
    pid = next(i.id for i in await dash.app.people() if i.label == "CASE-7731")
    await dash.app.remove_person(pid)
    form = {"csrf": await dash.csrf("/people/new"), "first_name": "Xiomara", "last_name": "Quintanilla-Ybarra",
            "birth_year": "1979", "city": "Miami", "state": "FL"}
    r = await dash.post("/people/new", headers=es, data=form)
    assert r.status_code == 400 and "una persona eliminada a solicitud suya el " in r.text
    assert 'name="removed_back" value="yes"' in r.text
    r = await dash.post("/people/new", headers=es, data={**form, "removed_back": "yes"})
    assert r.status_code == 303
    audit = (dash.app.settings.data_dir / "audit.log").read_text()
    assert "Xiomara" not in audit and "Quintanilla" not in audit


async def test_an_unknown_language_keeps_its_row_and_the_page_names_the_row_and_column(dash):
    """trial50: one language cell optout did not know ("Chino mandarín", before it was read) refused
    the whole sheet. Now the sheet is imported, "Chino mandarín" read as Chinese, and a cell naming
    no language keeps its row with the clinic's language, the page naming the row and column only."""
    await dash.login()
    sheet = ("nombres,apellidos,ciudad,estado,idioma\r\nWei,Zhang,Fresno,CA,Chino mandarín\r\n"
             "Rosa,Lima,Fresno,CA,Qwertyano\r\n").encode()
    r = await dash.post("/people/import", headers={"accept-language": "es"}, data={"csrf": await dash.csrf()},
                        files={"file": ("clientes.csv", sheet, "text/csv")})
    assert "Personas importadas: 2" in r.text, r.text
    hint = re.search(r'<p class="hint" role="status" id="language-unknown">(.*?)</p>', r.text, re.S).group(1)
    assert "columna E" in hint and ": 3." in hint and "Qwertyano" not in r.text, hint
    langs = sorted(str(i.person.language) for i in await dash.app.people() if i.person.first_name in ("Wei", "Rosa"))
    assert langs == ["None", "zh"]


async def test_the_clinic_settings_set_the_authorised_agent_that_letters_and_the_form_use(dash, monkeypatch, capsys):
    """trial50: `optout agent form` said "set agent.name … in the settings first" and the dashboard's
    Clinic settings had no field for it. They now have the agent's fields, checked as the settings
    are (one-line address, an e-mail), in force at once for the dashboard and for every command."""
    from optout import clinic
    from optout.cli import main

    await dash.login()
    es = {"accept-language": "es"}
    page = (await dash.get("/clinic", headers=es)).text
    assert 'name="agent_name"' in page and "agente autorizado" in page
    form = {"csrf": await dash.csrf("/clinic"), "version": clinic.version(dash.app.settings), "contact_email": "",
            "postal_address": "", "language": "es", "agent_name": "Centro Legal Ejemplo", "agent_signatory": "R. Díaz",
            "agent_address": "12 Main St, Fresno, CA 93721", "agent_email": "no es correo"}
    r = await dash.post("/clinic", headers=es, data=form)
    assert r.status_code == 400 and "el correo del agente autorizado no es una dirección de correo" in r.text
    assert clinic.agent(dash.app.settings).name is None
    r = await dash.post("/clinic", headers=es, data={**form, "agent_email": "ayuda@centro.example"})
    assert r.status_code == 200 and 'value="Centro Legal Ejemplo"' in r.text
    assert dash.app.settings.agent.name == "Centro Legal Ejemplo" and dash.app.settings.agent.email == "ayuda@centro.example"
    async with open_app(Settings(data_dir=dash.app.settings.data_dir)) as other:  # another process, as a run's
        assert other.settings.agent.signatory == "R. Díaz"
    monkeypatch.setenv("OPTOUT_DATA_DIR", str(dash.app.settings.data_dir))
    assert await asyncio.to_thread(main, ["agent", "form", "CASE-7731"]) == 0  # the command line, as run
    assert "Centro Legal Ejemplo" in capsys.readouterr().out
