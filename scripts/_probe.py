"""What the probe scripts share. Of the reply reader's (scripts/probe_replies*.py): its classes under
one-letter names, and the run that reads each probe reply and prints the ones read wrongly on the line
that decides a case (confirmed or not, and a link opened or not). Of the matcher's
(scripts/probe_matching*.py): the listing card a probe scores.

A probe script runs as ``PYTHONPATH=. .venv/bin/python scripts/probe_NN.py [-v]``, so this module,
beside it in scripts/, is on ``sys.path``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

# the reply reader's classes (optout.mail.KINDS), as the probes' tables name them
C, U, R, A, NI, ID, V, E, O, AR = ("confirmed", "unsure", "refused", "acknowledged", "needs_info", "needs_id",
                                   "verify_link", "extended", "other", "auto_reply")


def run_replies(probes: Sequence[tuple[str, str, Any, Any]], raw: Callable[[str, Any, Any], bytes], *,
                verbose: bool, domain: Callable[[Any], str] = lambda d: d or "broker.example",
                text: Callable[[Any], str] = lambda body: body) -> int:
    """Read each probe ``(label, subject, body, extra)``, built into a mail by ``raw(subject, body,
    extra)``; print each one read wrongly on the deciding line (a false or missed confirmation, a link
    opened that should not be or not opened that should), with ``verbose`` every one, then the totals.
    ``domain(extra)`` is the broker's domain a link may be opened on; ``text(body)`` the body as printed.
    Returns 0 (the exit status: a probe reports, it does not fail)."""
    from optout.mail import classify, parse
    from optout.mail._classify import choose_link

    false_conf = missed = exact = wrong_links = 0
    for n, (label, subject, body, extra) in enumerate(probes, 1):
        msg = parse(raw(subject, body, extra))
        got = classify(msg)
        opened = got.kind == "verify_link" and choose_link(msg, [domain(extra)]).status == "open"
        wrong = (got.kind == "confirmed") != (label == C)
        bad_link = opened != (label == V)
        false_conf += got.kind == C and label != C
        missed += label == C and got.kind != C
        wrong_links += opened and label != V
        exact += got.kind == label
        if wrong or bad_link or verbose:
            mark = ("FALSE CONFIRMATION" if got.kind == C else "MISSED" if wrong else
                    "WRONG LINK" if opened else "LINK NOT OPENED" if bad_link else "")
            print(f"{n:3} {mark:18} want {label:12} got {got.kind:12} {got.rule[:60]} | {' '.join(text(body).split())[:100]}")
    print(f"{len(probes)} probes: {false_conf} false confirmations, {missed} confirmations missed, {wrong_links} wrong links "
          f"opened, {exact} read in the labelled class")
    return 0


def card(name: str, age: str | None = None, places: Sequence[str] = (), *, aliases: Sequence[str] = (),
         phones: Sequence[str] = (), relatives: Sequence[str] = ()) -> Any:
    """A broker's listing card as the matcher reads it (``optout.steps.extract.Listing``): the name shown,
    the age text (``"Age 43"``, ``"Born 1991"``), the places, aliases, phones and relatives."""
    from optout.steps.extract import Listing

    return Listing(name=name, age_text=age, locations=list(places), aliases=list(aliases), phones=list(phones),
                   relatives=list(relatives))


def profile(first: str, last: str, year: int, phone: str, addresses: Sequence[dict], **more: Any) -> Any:
    """The person a matcher probe scores cards for (``optout.person.parse_person``): given name, surname,
    birth year, one phone, the address dicts (``address()``) and any other profile field in ``more``."""
    from optout.person import parse_person

    return parse_person({"first_name": first, "last_name": last, "birth_year": year, "phones": [phone],
                         "addresses": list(addresses), **more})


def address(city: str, state: str, zip_code: str | None = None, **more: Any) -> dict:
    """One of a probe person's addresses: city, state, the ZIP if given, and any other address field."""
    return {"city": city, "state": state, **({"zip": zip_code} if zip_code else {}), **more}


class Tally:
    """A matcher probe's run: ``head(name)`` opens a section, ``check(label, why, person, card, want)`` scores
    one card on ``today`` and prints it ("!!" when against ``want``: "match" must be submitted, "notmatch" must
    not be, "nomatch" must be dropped, "ask" must be asked), ``summary()`` prints the counts by section and
    returns the exit status (1 when any card is against its label)."""

    OK: dict[str, Callable[[Any], bool]] = {
        "match": lambda m: m.decision == "match", "notmatch": lambda m: m.decision != "match",
        "nomatch": lambda m: m.decision == "no_match", "ask": lambda m: m.decision == "review"}

    def __init__(self, today: Any) -> None:
        self.today = today
        self.section = ""
        self.counts: dict[str, list[int]] = {}

    def head(self, name: str) -> None:
        self.section = name
        print("==", name)

    def check(self, label: str, why: str, person: Any, listing: Any, want: str) -> None:
        from optout.matching import score

        m = score(person, listing, today=self.today)
        good = self.OK[want](m)
        tally = self.counts.setdefault(self.section, [0, 0])
        tally[0] += 1
        tally[1] += not good
        print(f"{'  ' if good else '!!'} {label:58s} want {want:8s} got {m.decision:9s} {m.confidence:.3f} | {why}"
              f" | {', '.join(m.evidence)}")

    def summary(self) -> int:
        print()
        for name, (n, wrong) in self.counts.items():
            print(f"{name:45s} {n:3d} cards {wrong:2d} against the label")
        bad = sum(wrong for _, wrong in self.counts.values())
        print(f"total {sum(n for n, _ in self.counts.values())} cards, {bad} against the label")
        return 1 if bad else 0
