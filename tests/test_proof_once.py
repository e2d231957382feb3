"""A search's page kept as proof once (t52): trial50 saw one case's "after" page (the same evidence
SHA-256) twice after a run was killed between keeping the page and recording the search's outcome,
and resumed by another. The resumed search keeps no second copy of the same page; a later search
that recorded its outcome keeps its own."""

from __future__ import annotations

from optout.engine import SCAN_AFTER
from optout.person import load_person
from optout.store import CaseState

from .conftest import EXAMPLES
from .harness import Optout, lab_settings


class Killed(BaseException):
    """The process died: nothing after this point is written."""


async def test_a_search_killed_before_its_outcome_keeps_its_proof_once_when_resumed(lab, tmp_path):
    alex = load_person(EXAMPLES / "alex.toml")
    lab.seed_people([("alex", alex)])
    settings = lab_settings(tmp_path / "data", lab, worker={"concurrency": 1, "min_free_mb": 0})
    async with Optout(settings) as o:
        await o.add("p_alex", alex, ["peoplefind"])
        await o.run()
        assert await o.state("p_alex", "peoplefind") in ("submitted", "confirmed")
        case = await o.case("p_alex", "peoplefind")
        lab.advance(days=3.5)  # the confirmation scan is due: the listing is gone

        record, killed = o.store.record, []

        async def killed_as_the_removal_is_recorded(case_id, kind, state, *a, **kw):  # type: ignore[no-untyped-def]
            if state == CaseState.REMOVED and not killed:
                killed.append(kind)
                raise Killed  # the page is kept; its outcome never is
            return await record(case_id, kind, state, *a, **kw)

        o.store.record = killed_as_the_removal_is_recorded
        try:
            await o.run()
        except Killed:
            pass
        assert killed
        first = [(e.kind, e.sha256) for e in await o.store.evidence(case.id) if e.step == SCAN_AFTER]
        assert first  # the killed search's proof is on disk and indexed
        o.store.record = record
        lab.advance(hours=2)  # the killed run's lease runs out: another run takes the case up
        await o.run()
        assert await o.state("p_alex", "peoplefind") == "removed"
        after = [(e.kind, e.sha256) for e in await o.store.evidence(case.id) if e.step == SCAN_AFTER]
        assert sorted(after) == sorted(first), after  # one proof for the one search, not two
        assert len(set(after)) == len(after)
