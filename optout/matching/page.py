"""One search's listings read together: namesakes on the page.

:func:`optout.matching.score` reads each listing alone (the model's point 5(b): the posterior of a
pair does not depend on the other cards a search returns). One thing only the page shows is left to
a person here: **two or more listings the matcher would submit, at least one of them on thin
evidence** (the name, an age and places, with nothing :data:`~optout.matching.DECISIVE`: no phone,
street, ZIP, relative, date of birth, second city or other name of the person's). Such a card is
either a namesake (a same-named man or woman of the same age in the same city, which the evidence
cannot tell apart: the evaluation sets' "twins", of which the matcher submitted 47 strangers and 75
of the person on thirteen sets, 2026-12-01) or the broker's duplicate record of the person. In
Fellegi-Sunter terms it is a pair for clerical review: the thin cards go to a person, who sees them
side by side and says which are theirs (``optout resume CASE --match ID…`` takes several). A card
with decisive evidence of its own keeps its decision; a page with one submitted card is unchanged.

Nothing is re-weighted (the one-to-one assignment the model rejects is not done): the cards keep
their confidence below ``submit_at`` (the decision follows the confidence and the thresholds) and
gain the evidence kind ``namesakes on the page`` (reason text in the catalogue, both languages).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from optout.matching import DECISIVE, Match

if TYPE_CHECKING:
    from optout.steps.extract import Listing

#: the evidence kind added to a card this rule sends to a person
NAMESAKES = "namesakes on the page"
#: its reason, as :data:`optout.matching._REASONS` gives each kind's (the catalogue's ``evidence:`` key)
REASON = "another listing on the page could be the person too: a person tells which is theirs"


def thin(m: Match) -> bool:
    """A card submitted on the name, an age and places alone: no :data:`~optout.matching.DECISIVE` kind."""
    return not any(k in DECISIVE for k in m.evidence)


def _record(li: Listing) -> str:
    """What tells one record from another: its record id or address, else the whole card
    (``Listing.key``: two cards of one name and city that show different facts are two people)."""
    return li.key


def namesakes_on_page(scored: list[tuple[Listing, Match]], *, submit_at: float) -> list[tuple[Listing, Match]]:
    """``scored`` (one search's listings with their :class:`~optout.matching.Match`, in page order)
    with every thin submitted card turned into a question when two or more cards are submitted.
    Returns a new list of the same length and order; the matches it changes are copies whose
    ``confidence`` is below ``submit_at`` (by 0.01 at most) and whose reasons and evidence say why.
    A record shown twice (the same address or record id, or the same card word for word: a site
    that lists a record once for each way its search read the name, or the same record found by
    two searches for two forms of the name) is one listing, never two namesakes: only two or more
    different records submitted are asked about."""
    submitted = [m for _, m in scored if m.decision == "match"]
    if len({_record(li) for li, m in scored if m.decision == "match"}) < 2 or not any(thin(m) for m in submitted):
        return list(scored)
    out = []
    for li, m in scored:
        if m.decision == "match" and thin(m):
            m = dataclasses.replace(m, decision="uncertain", confidence=min(m.confidence, round(submit_at - 0.01, 3)),
                                    reasons=[*m.reasons, REASON], evidence=[*m.evidence, NAMESAKES])
        out.append((li, m))
    return out
