"""A broker that lists a person again after a later search had proven the removal is not a first
request: the case's note says it was relisted for the whole round (request and confirmation), in
`status` (English), the dashboard and the client's report (Spanish too). Before, the round after a
relisting showed a plain "confirmed" with no note, and the person's "removed" count simply went
down by one: a volunteer could not tell a broker had put the client back (trial24)."""

from __future__ import annotations

from optout import reasons
from optout.lab.crowd import crowd
from optout.person import parse_person
from optout.store import CaseState as S

from .harness import Optout, lab_settings


async def test_a_relisted_case_says_so_until_its_removal_is_proven_again(lab, tmp_path):
    key, profile = crowd(1)[0]
    lab.seed_people([(key, parse_person(profile, key))])
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_one", parse_person(profile, key), ["peoplefind"])  # relists 42 days after a removal
        await o.run()
        lab.advance(days=4)
        await o.run()
        case = await o.case("p_one", "peoplefind")
        assert case.state == S.REMOVED, (case.state, case.last_error)
        removed_on = case.state_since.date().isoformat()

        lab.advance(days=60)  # relisted on day 42; the 30-day recheck is due
        await o.run()
        case = await o.case("p_one", "peoplefind")
        kinds = [e.kind for e in await o.store.events(case.id)]
        assert "relisted" in kinds, kinds
        assert case.state in (S.SUBMITTED, S.CONFIRMED), (case.state, kinds)
        # status's note (English) and the reason every reader renders in their language
        assert case.last_error == f"listed again: the removal proven on {removed_on} did not last; asked again"
        last = (await o.store.events(case.id))[-1]
        why = reasons.Reason.from_json(last.data["why"])
        assert why.code == "relisted"
        assert reasons.render(why, "es") == (f"publicada de nuevo: la eliminación comprobada el {removed_on} "
                                             "no duró; se pidió de nuevo")

        # the client's report: no "removal proven" beside a listing that came back, and the summary
        # row says it was relisted (the section below keeps the history: first removal, relisting)
        from optout.report import collect, render_person

        report = await collect(o.store, o.vault, o.catalogue, o.settings.data_dir / "evidence", "p_one", o.clock.now())
        (section,) = report.sections
        assert section.removed_at is None and section.relisted_at, (section.removed_at, section.relisted_at)
        summary = render_person(report, "es").split('class="summary-table"')[1].split("</table>")[0]
        assert "publicada de nuevo" in summary, summary

        lab.advance(days=4)  # the new request's confirmation scan proves it gone again: no note left
        await o.run()
        case = await o.case("p_one", "peoplefind")
        assert case.state == S.REMOVED and not case.last_error, (case.state, case.last_error)
