"""t45: what trial45's Spanish-speaking volunteer met on the dashboard."""

from __future__ import annotations

import base64
import json

from optout.store import CaseState

from .test_dashboard import dash  # noqa: F401  (the fixture)

SUSPECT = "https://peoplefind-verify.example.net/claim?t=abc123"


async def test_a_suspicious_link_is_text_to_check_never_the_brokers_page(dash):  # noqa: F811
    """Trial45: the task «enlace sospechoso» said «No lo abra sin revisarlo» and its button «Abrir
    la página del corredor» linked straight to the suspected URL."""
    app = dash.app
    case = (await app.store.cases(person_id=dash.pid))[0]
    key, _ = await app.open_person(dash.pid)
    sealed = base64.b64encode(key.seal(json.dumps({"url": SUSPECT}).encode(), f"human:{case.id}")).decode()
    await app.store.record(case.id, "human_needed", CaseState.NEEDS_HUMAN, app.clock.now(), next_action_at=None,
                           data={"kind": "suspicious_link", "reason": "a link to another site", "sealed": sealed})
    await dash.login()
    for lang, says in (("es", "El enlace que optout considera sospechoso"), ("en", "The link optout suspects")):
        page = await dash.get("/human", headers={"accept-language": lang})
        assert page.status_code == 200
        assert says in page.text, page.text
        assert SUSPECT in page.text  # shown, to check
        assert f'href="{SUSPECT}"' not in page.text and "href=\"https://peoplefind-verify" not in page.text
        assert "Abrir la página del corredor" not in page.text and "Open the broker's page" not in page.text


async def test_clinic_settings_saved_in_another_tab_are_not_written_over(dash):  # noqa: F811
    """The clinic form rewrites the whole settings file: a form read before another tab's save is
    refused, as the person edit form is (t45)."""
    import re

    from optout import clinic

    await dash.login()
    pages = [(await dash.get("/clinic", headers={"accept-language": "es"})).text for _ in range(2)]
    tab1, tab2 = ({"csrf": re.search(r'name="csrf" value="([^"]+)"', p)[1],
                   "version": re.search(r'name="version" value="([^"]*)"', p)[1],
                   "contact_email": "", "postal_address": "", "language": ""} for p in pages)
    tab1["contact_email"] = "intake@clinic.example.org"
    assert (await dash.post("/clinic", data=tab1)).status_code == 200
    tab2["postal_address"] = "100 Main St, Springfield, IL 62701"
    r = await dash.post("/clinic", data=tab2, headers={"accept-language": "es"})
    assert r.status_code == 409, r.status_code
    assert "otra persona cambió la configuración de la clínica" in r.text
    saved = clinic.contact(dash.app.settings)
    assert saved.contact_email == "intake@clinic.example.org" and saved.postal_address is None
    assert (await dash.post("/clinic", data=tab2)).status_code == 409  # sent again as it is
