"""Scoring the reply reader on a labelled corpus of broker e-mails (tests/replies: one ``.eml`` per
reply, ``labels.csv`` with its class, refusal reason, the link that must be opened and the broker's
domains). Used by ``scripts/bench replies`` and by the tests that hold the targets.

What is counted, per reply: the class read (``classify``) against the label; for verification
mail, the link ``choose_link`` would open against the labelled one (an empty label: none may be
opened); and the two faults that break optout's promise: a reply that is not a confirmation acted
on as ``confirmed``, and any link opened that is not the labelled one.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from optout.mail._classify import ACT_CONFIDENCE, choose_link, classify
from optout.mail._parse import parse


@dataclass
class Scored:
    file: str
    lang: str
    label: str
    got: str
    rule: str
    confidence: float
    link_label: str = ""
    link_opened: str | None = None  # what would be opened (or followed): None = nothing
    false_confirmed: bool = False
    wrong_link: bool = False

    @property
    def right(self) -> bool:
        return self.label == self.got


@dataclass
class Report:
    rows: list[Scored] = field(default_factory=list)

    def by(self, key: str) -> dict[str, tuple[int, int]]:
        out: dict[str, list[int]] = {}
        for r in self.rows:
            k = getattr(r, key)
            cell = out.setdefault(k, [0, 0])
            cell[0] += r.right
            cell[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    @property
    def false_confirmed(self) -> int:
        return sum(r.false_confirmed for r in self.rows)

    @property
    def wrong_links(self) -> int:
        return sum(r.wrong_link for r in self.rows)

    @property
    def links_right(self) -> tuple[int, int]:
        verify = [r for r in self.rows if r.label == "verify_link"]
        return sum(same_link(r.link_opened, r.link_label) for r in verify), len(verify)


#: The query parameters in which a link-protection wrapper carries the address it sends to (Microsoft's
#: Safe Links ``url=``, Proofpoint's and Mimecast's ``u=``/``url=``, Google's redirect ``q=``).
_WRAPPED = ("url", "u", "q", "target")


def same_link(opened: str | None, label: str) -> bool:
    """Whether the link opened is the labelled one: the same address, or the address a labelled
    link-protection wrapper carries whole in its query (a mail that gives both the broker's link and
    the wrapper's copy of it, the broker's is opened: ``choose_link`` prefers a direct link to the
    broker; the wrapper would only redirect there). ``None`` matches an empty label."""
    if opened is None or not label:
        return opened is None and not label
    if opened == label:
        return True
    try:
        query = parse_qs(urlsplit(label).query)
    except ValueError:
        return False
    return any(opened in query.get(k, ()) for k in _WRAPPED)


def score(corpus: Path) -> Report:
    """Read every labelled reply in ``corpus``. Raises FileNotFoundError without a labels.csv."""
    report = Report()
    with open(corpus / "labels.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            msg = parse((corpus / row["file"]).read_bytes())
            c = classify(msg)
            r = Scored(row["file"], row["lang"], row["class"], c.kind, c.rule, c.confidence, row["link"])
            if c.kind == "verify_link" and c.confidence >= ACT_CONFIDENCE:
                choice = choose_link(msg, row["domains"].split())
                r.link_opened = choice.url if choice.status in ("open", "follow") and choice.confidence >= ACT_CONFIDENCE else None
            r.false_confirmed = c.kind == "confirmed" and c.confidence >= ACT_CONFIDENCE and row["class"] != "confirmed"
            r.wrong_link = r.link_opened is not None and not same_link(r.link_opened, row["link"])
            report.rows.append(r)
    return report
