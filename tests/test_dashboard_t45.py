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
