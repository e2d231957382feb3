"""f42: a list or a tick box whose change sends the form by itself (``onchange="this.form.submit()"``,
a ``fetch`` on change) was judged by its step's kind, which cannot reach the broker
(``REACHES_BROKER``): a run killed after it left the request row saying "nothing sent", and the
resumed run reported "not sent" and sent the request again. Now, in the browser, the row is marked
before each field step and marked "nothing sent" again only when the page made no navigation and
no request but a GET while it ran (``runner.FIELD_STEPS``): decided by what the page did.
Real Chromium on the lab's Hostile Broker (``/onchange``)."""

from __future__ import annotations

import pytest

from optout.person import load_person
from optout.settings import PROJECT_BROKERS
from optout.store import CaseState as S

from .conftest import EXAMPLES, ROOT, requires_browser
from .harness import Optout, lab_settings

HOSTILE_RECIPES = ROOT / "optout" / "lab" / "hostile"


class Killed(BaseException):
    """The process dying where it stands (SIGKILL): nothing after it runs, no handler sees it."""


@requires_browser
@pytest.mark.parametrize(("how", "sent"), [("submit", True), ("fetch", True), ("none", False)])
async def test_a_run_killed_after_a_field_that_sent_the_form_is_in_doubt(lab, tmp_path, how, sent):
    alex = load_person(EXAMPLES / "alex.toml")
    broker = f"hostile-onchange-{how}"
    hostile = lab.sites["hostile"]
    settings = lab_settings(tmp_path / "data", lab, recipe_dirs=[PROJECT_BROKERS / "lab", HOSTILE_RECIPES])
    async with Optout(settings) as o:
        await o.add("p_alex", alex, [broker])
        sink = o.engine._evidence_sink

        def dying_sink(case, key, request_id):  # type: ignore[no-untyped-def]
            keep = sink(case, key, request_id)

            async def write(kind, data, label):  # type: ignore[no-untyped-def]
                if "(screenshot)" in label:
                    raise Killed  # killed right after the field step, as the page is kept
                return await keep(kind, data, label)
            return write

        o.engine._evidence_sink = dying_sink  # type: ignore[method-assign]
        await o.run()
        case = await o.case("p_alex", broker)
        [req] = await o.store.requests(case.id)
        assert req.status == "started", req
        assert hostile.received_forms == (1 if sent else 0), hostile.received_forms
        # the row says what the page did: sent, so in doubt; or nothing, so not sent
        assert req.nothing_sent is (not sent), (how, req)
    lab.advance(days=1)  # the dead run's lease has run out
    async with Optout(settings) as o:
        await o.run()
        case = await o.case("p_alex", broker)
        events = await o.store.events(case.id)
        requests = await o.store.requests(case.id)
    kinds = [e.kind for e in events]
    if sent:  # never sent twice, never "not sent": in doubt until its confirmation scan or a person
        assert "in_doubt" in kinds and case.state == S.SUBMITTED, (kinds, case)
        assert hostile.received_forms == 1 and len(requests) == 1, (hostile.received_forms, requests)
    else:  # nothing had gone out: closed as not sent, and done once now
        assert "in_doubt" not in kinds, kinds
        assert [r.status for r in requests][0] == "failed" and hostile.received_forms == 1, requests
