"""The reply corpus (tests/replies): invented broker e-mails, labelled with what they say and which
link, if any, must be opened. The targets of issue 11 hold on it, and the faults the issue
reported are each a case here."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from optout.mail import choose_link, classify, parse
from optout.mail._corpus import score

CORPUS = Path(__file__).parent / "replies"


def labels() -> list[dict[str, str]]:
    with open(CORPUS / "labels.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_the_corpus_covers_every_kind_in_seven_languages():
    rows = labels()
    assert len(rows) >= 150
    assert all((CORPUS / r["file"]).exists() for r in rows)
    langs = Counter(r["lang"] for r in rows)
    assert set(langs) == {"en", "es", "fr", "de", "pt", "it", "nl"} and min(langs.values()) >= 10
    kinds = Counter(r["class"] for r in rows)
    for kind in ("confirmed", "verify_link", "refused", "needs_id", "needs_info", "acknowledged", "auto_reply",
                 "bounce", "extended", "unsure", "other"):
        assert kinds[kind] >= 1, kind
    reasons = {r["reason"] for r in rows if r["class"] == "refused"}
    assert {"not a resident", "publicly available", "exempt", "processed as do-not-sell only",
            "identity not verified", "not a data broker", "no record", "declined"} <= reasons
    for lang in langs:  # the kinds that change a case, in every language
        assert {"confirmed", "verify_link", "refused", "needs_id"} <= {r["class"] for r in rows if r["lang"] == lang}, lang


def test_targets_hold_on_the_corpus():
    rep = score(CORPUS)
    misses = [(r.file, r.label, r.got, r.rule) for r in rep.rows if not r.right]
    assert rep.false_confirmed == 0, misses
    assert rep.wrong_links == 0, [(r.file, r.link_opened) for r in rep.rows if r.wrong_link]
    for lang, (right, n) in rep.by("lang").items():
        assert right / n >= 0.97, (lang, misses)


def read(name: str):
    msg = parse((CORPUS / name).read_bytes())
    return msg, classify(msg)


def test_a_refusal_beats_has_been_processed():
    _, c = read("en-ref-01.eml")  # "processed as a do-not-sell request only ... remains visible"
    assert (c.kind, c.reason) == ("refused", "processed as do-not-sell only")
    assert c.evidence and c.confidence >= 0.9


def test_cancel_above_confirm_opens_confirm():
    msg, c = read("en-verify-03.eml")
    choice = choose_link(msg, ["datavista.example"])
    assert (c.kind, choice.status, choice.url) == ("verify_link", "open", "https://datavista.example/requests/88412/confirm?k=ZT9x")


def test_a_logo_link_first_is_never_the_one_opened():
    msg, _ = read("en-verify-02.eml")
    assert msg.links[0] == "https://peoplelens.example/"
    assert choose_link(msg, ["peoplelens.example"]).url == "https://peoplelens.example/removal/verify/5f2c19ab"


def test_a_ticket_acknowledgement_with_a_status_link_is_not_a_verification():
    _, c = read("en-ack-02.eml")
    assert c.kind == "acknowledged" and not c.links


def test_identity_not_verified_request_closed_is_a_refusal():
    assert read("en-ref-02.eml")[1].kind == "refused"


def test_spanish_replies_are_read():
    assert read("es-conf-01.eml")[1].kind == "confirmed"
    assert read("es-ref-02.eml")[1].kind == "refused"
    assert read("es-id-01.eml")[1].kind == "needs_id"


def test_two_links_that_ask_to_confirm_go_to_a_person():
    msg, c = read("en-verify-09.eml")
    choice = choose_link(msg, ["peoplewhiz.example"])
    assert c.kind == "verify_link" and choice.status == "ambiguous" and choice.url is None


def test_a_tracked_link_is_followed_not_opened_and_a_direct_copy_wins():
    msg, _ = read("en-verify-04.eml")
    assert choose_link(msg, ["peoplewhiz.example"]).status == "follow"
    msg, _ = read("en-verify-b3.eml")  # the plain part's direct link beats the HTML part's tracker
    assert choose_link(msg, ["truelookup.example"]).url == "https://truelookup.example/o/confirm/77ab"


def test_a_success_next_to_a_negation_is_unsure():
    for name in ("en-unsure-01.eml", "es-unsure-01.eml", "de-unsure-01.eml"):
        assert read(name)[1].kind == "unsure", name
