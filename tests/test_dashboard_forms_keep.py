"""Trial45: a form refused for one field lost what was typed in the others: the reply form with a
wrong day lost the note, the add form emptied the birth date (a date a browser without a date
picker sent, "31/02/1990", was put back in a date field, which a browser shows empty), the login
form the staff name. Every dashboard form that takes typed text is walked with one bad field: the
page that says what is wrong shows every other field as it was typed (a password never)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from optout.store import CaseState
from tests.test_dashboard import PASSWORD, dash  # noqa: F401  (the fixture)

ES = {"accept-language": "es"}


class _Fields(HTMLParser):
    """Each named field of the form posting to ``action``: name -> (tag, type, value or text, checked)."""

    def __init__(self, action: str) -> None:
        super().__init__()
        self.action, self.inside, self.fields, self._text, self._select = action, False, {}, None, None

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("action") == self.action
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("radio", "checkbox"):
                if "checked" in a:
                    self.fields[a["name"]] = (tag, kind, a.get("value"))
            else:
                self.fields[a["name"]] = (tag, kind, a.get("value") or "")
        elif tag == "textarea":
            self._text = a["name"]
            self.fields[a["name"]] = (tag, "textarea", "")
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = ("select", "select", a.get("value", ""))

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self.inside and self._text:
            self.fields[self._text] = ("textarea", "textarea", self.fields[self._text][2] + data)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._text = None
        elif tag == "select":
            self._select = None


def fields(page: str, action: str) -> dict[str, str]:
    p = _Fields(action)
    p.feed(page)
    return {k: html.unescape(v[2] or "") for k, v in p.fields.items()}


async def _walk(d, page_path: str, action: str, typed: dict[str, str], bad: dict[str, str], said: str) -> None:  # type: ignore[no-untyped-def]
    """Post ``typed`` with ``bad`` over it to ``action`` (read from ``page_path``): refused saying
    ``said``, and every field of ``typed`` not in ``bad`` comes back as typed."""
    token = re.search(r'name="csrf" value="([^"]+)"', (await d.get(page_path, headers=ES)).text).group(1)
    form = fields((await d.get(page_path, headers=ES)).text, action)
    r = await d.post(action, headers=ES, data={**form, **typed, **bad, "csrf": token})
    assert r.status_code in (400, 409), (action, r.status_code)
    assert said in html.unescape(r.text), (action, r.text[-2000:])
    back = fields(r.text, action)
    for name, value in {**typed, **bad}.items():
        assert back.get(name) == value, (action, name, back.get(name), value)
    # a date kept as typed is shown by a field a browser does not empty
    for name, value in bad.items():
        if re.fullmatch(r"\d+/\d+/\d+", value):
            assert re.search(rf'name="{name}" type="text"|type="text" name="{name}"', r.text), (action, name)


async def test_every_dashboard_form_keeps_what_was_typed_on_an_error(dash):  # noqa: F811
    await dash.login()
    person = {"label": "C-77", "first_name": "María José", "middle_name": "", "last_name": "García López",
              "aliases": "Majo García", "phone": "(617) 555-0142", "email": "majo@example.org", "street": "41 Norfolk St",
              "apartment": "Apt 2", "city": "Mattapan", "state": "MA", "zip": "02126", "language": "ht",
              "birth_date": "1979-03-14", "birth_year": ""}
    # the add form: a birth date no browser picker sent, and a state that is none
    await _walk(dash, "/people/new", "/people/new", person, {"birth_date": "31/02/1990"}, "no es una fecha real")
    await _walk(dash, "/people/new", "/people/new", person, {"state": "ZZ"}, "Estado")
    # the edit form: the same
    edit = f"/people/{dash.pid}/edit"
    current = fields((await dash.get(edit, headers=ES)).text, edit)
    kept = {k: v for k, v in current.items() if k not in ("csrf", "version") and v}
    await _walk(dash, edit, edit, kept | {"birth_year": ""}, {"birth_date": "31/02/1990"}, "no es una fecha real")
    # the reply form: a wrong day, the note and the rest kept, the form open on the client's page
    case = (await dash.app.store.cases(person_id=dash.pid))[0]
    await dash.app.store.record(case.id, "submitted", CaseState.SUBMITTED, dash.app.clock.now(), data={},
                                next_action_at=None)
    reply = {"channel": "phone", "kind": "extended", "days": "30", "note": "Pidieron 30 días más, ref 5521",
             "back": f"/people/{dash.pid}"}
    action = f"/cases/{case.id}/reply"
    await _walk(dash, f"/people/{dash.pid}", action, reply, {"on": "31/02/2025"}, "no es una fecha real")
    tomorrow = (dash.app.clock.now().date().replace(year=dash.app.clock.now().year + 1)).isoformat()
    await _walk(dash, f"/people/{dash.pid}", action, reply, {"on": tomorrow}, "una fecha ya pasada")
    # the clinic's settings: a bad e-mail, the address and language kept
    await _walk(dash, "/clinic", "/clinic", {"postal_address": "12 Main St, Boston MA 02108", "language": "es"},
                {"contact_email": "clinica@"}, "")
    # the login: a wrong password keeps the staff name, never the password
    await dash.client.post("/logout", data={"csrf": await dash.csrf("/")})
    page = await dash.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', page.text).group(1)
    r = await dash.post("/login", data={"account": "ana", "password": PASSWORD + "x", "login_token": token})
    assert r.status_code == 401 and fields(r.text, "/login").get("account") == "ana"
    assert PASSWORD not in r.text
