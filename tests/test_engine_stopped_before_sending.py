"""A run stopped before any step that could reach the broker sent nothing (f41): killed at a
CAPTCHA, a person's step or a page load, its request is "not sent", never "in doubt", and the
resumed run does it once. Which step kinds could reach the broker is one table
(``optout.steps.runner.REACHES_BROKER``), held here to every kind the recipe format knows."""

from __future__ import annotations

import datetime as dt
import typing

from optout.person import load_person
from optout.recipe import schema as s
from optout.steps.runner import REACHES_BROKER, reaches_broker
from optout.store import CaseState as S

from .conftest import EXAMPLES, requires_browser
from .harness import Optout, lab_settings


def _kinds() -> set[str]:
    union = typing.get_args(s.Step)[0]
    return {typing.get_args(c.model_fields["action"].annotation)[0] for c in typing.get_args(union)}


def test_every_step_kind_says_whether_it_could_reach_the_broker():
    assert set(REACHES_BROKER) == _kinds()
    assert {k for k, v in REACHES_BROKER.items() if v} == {"click", "email_confirmation"}
    # a flow's steps held by choose/when count
    nested = s.When.model_validate({"action": "when", "checks": [{"action": "expect", "contains": "x"}],
                                    "steps": [{"action": "click", "selector": "button"}]})
    assert reaches_broker([nested]) and not reaches_broker([s.Captcha.model_validate({"action": "captcha"})])


class Killed(BaseException):
    """The process dying where it stands (SIGKILL): nothing after it runs, no handler sees it."""


@requires_browser
async def test_a_run_killed_at_the_captcha_is_not_in_doubt_and_resumes_once(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = lab_settings(tmp_path / "data", lab)
    async with Optout(settings) as o:
        await o.add("p_alex", alex, ["peoplecheck"])
        sink = o.engine._evidence_sink

        def dying_sink(case, key, request_id):  # type: ignore[no-untyped-def]
            keep = sink(case, key, request_id)

            async def write(kind, data, label):  # type: ignore[no-untyped-def]
                if "(captcha)" in label:
                    raise Killed  # killed while the CAPTCHA page is being kept for a person
                return await keep(kind, data, label)
            return write

        o.engine._evidence_sink = dying_sink  # type: ignore[method-assign]
        await o.run()  # the worker notes the case task's death; what the store holds is what a kill leaves
        case = await o.case("p_alex", "peoplecheck")
        [req] = [r for r in await o.store.requests(case.id)]
        assert req.status == "started" and req.nothing_sent and req.reference is None, req
    lab.advance(days=1)  # the dead run's lease has run out
    async with Optout(settings) as o:
        await o.run()
        case = await o.case("p_alex", "peoplecheck")
        events = await o.store.events(case.id)
        requests = await o.store.requests(case.id)
    assert not [e for e in events if e.kind == "in_doubt"], [e.kind for e in events]
    assert case.state == S.NEEDS_HUMAN, case
    assert [e.data.get("kind") for e in events if e.kind == "human_needed"] == ["captcha"]
    assert [r.status for r in requests] == ["failed", "needs_human"], requests  # not sent, then once
    assert lab.submissions()["peoplecheck"] == {}
