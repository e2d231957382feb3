"""f42: the redactor held no word of fewer than 3 letters, so a Vietnamese or Chinese client's name,
mostly two- and three-letter words ("Vu Le", "Le Thi Hoa"), went into log lines word by word
("LE, VU", "last=le"). A held name's two-letter words are now hidden as whole words beside a held
value or another such word, or as a field's value on its own; "le" inside "levels" and an English
"Le" or "do" of a line that has nothing to do with the person stay (``log.redact_values``)."""

from __future__ import annotations

import pytest

from optout import log
from optout.person import parse_person


@pytest.fixture
def vu_le():
    p = parse_person({"first_name": "Vu", "last_name": "Lê", "relatives": ["Do Thi Lan", "María de la Cruz"],
                      "addresses": [{"city": "Houston", "state": "TX"}]}, "test")
    held = log.redact_values(p.sensitive_values(), p.short_values())
    yield p
    held.release()


@pytest.mark.parametrize(("line", "said"), [
    ("listing: LE, VU (age 40)", "listing: [redacted], [redacted] (age 40)"),
    ("searched Vu Le at peoplefind", "searched [redacted] at peoplefind"),
    ("https://x.test/s?first=vu&last=le&st=TX", "https://x.test/s?first=[redacted]&last=[redacted]&st=TX"),
    ('{"first": "Vu", "last": "Le"}', '{"first": "[redacted]", "last": "[redacted]"}'),
    ("name: Vu", "name: [redacted]"),
    ("le_vu", "[redacted]_[redacted]"),
    ("Le Thi Lan, Do Lan", "[redacted] [redacted] [redacted], [redacted] [redacted]"),
    ("LÊ Vu", "[redacted] [redacted]"),  # two of the name's words side by side, in any order and case
    ("last=le broker=peoplefind", "last=[redacted] broker=peoplefind"),
])
def test_two_letter_name_words_are_hidden_beside_the_name_or_as_a_value(vu_le, line, said):
    assert log.redact(line) == said, line


@pytest.mark.parametrize("line", [
    "levels of Le Monde", "An error: do not retry", "vulnerable le-vels", "la carta de la clínica",
    "Do you want to retry?", "Dear Vu,", "Lê Văn Tám",  # beside nothing held and no field's value: left (the rule's cost)
])
def test_the_same_words_elsewhere_stay(vu_le, line):
    assert log.redact(line) == line


def test_a_lowercase_particle_of_a_longer_name_is_no_word_held_alone(vu_le):
    assert set(vu_le.short_values()) == {"Vu", "Lê", "Do"}  # "de" and "la" of "María de la Cruz" are not
    assert log.redact("carta de [redacted]") == "carta de [redacted]"


def test_released_words_are_no_longer_hidden():
    p = parse_person({"first_name": "Vu", "last_name": "Le", "addresses": [{"city": "Houston", "state": "TX"}]}, "t")
    held = log.redact_values(p.sensitive_values(), p.short_values())
    assert log.redact("last=le") == "last=[redacted]"
    other = log.redact_values([], ["Le"])  # another open person shares the word: it stays hidden
    held.release()
    assert log.redact("last=le") == "last=[redacted]"
    other.release()
    assert log.redact("last=le") == "last=le"
