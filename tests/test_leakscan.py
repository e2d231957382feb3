"""The leak scanner itself (tests/leakscan.py): a value in clear is found wherever it stands, and a
chance spelling inside sealed base64 text is not (CI of stop 37 failed on one)."""

from __future__ import annotations

import base64
import os

from optout.person import Person

from .leakscan import BASE64_RUN, scan_bytes, scan_text

MARIA = Person(first_name="Maria", last_name="Quispe")


def _sealed_with(word: bytes, at: int = 30) -> bytes:
    """Base64 text of random bytes with ``word`` spelled at ``at``, as ciphertext spells it by chance."""
    text = bytearray(base64.b64encode(os.urandom(120)))
    text[at:at + len(word)] = word
    return bytes(text)


def test_chance_spelling_inside_sealed_base64_is_not_a_leak():
    for word in (b"Maria", b"mArIa", b"Quispe"):
        blob = _sealed_with(word)
        assert word in blob
        row = b'\x00\x01{"kind":"letter","sealed":"' + blob + b'"}\x00'
        assert scan_bytes(row, [MARIA], "optout.db") == []


def test_value_in_clear_is_found_in_binary_and_text():
    for row in (b'\x00{"error":"no listing for Maria Quispe"}\x00',  # a sentence
                b'\x00\x02{"url":"https://broker.example/p/maria-quispe/1234"}',  # a URL slug
                b'\x00\x03' + b"A" * 50 + b' "Maria" ' + b"B" * 50,  # beside base64, but quoted
                b"\x00\x04MARIA\x00",  # a whole column
                b'\x00{"name":"MariaQuispe"}\x00'):  # glued, but not inside a long base64 run
        assert scan_bytes(row, [MARIA], "optout.db"), row
    assert scan_text("expediente de Maria", [MARIA])


def test_only_a_long_run_counts_as_base64():
    # a run shorter than BASE64_RUN around the name is an identifier or a slug, not ciphertext: found
    short = b"x" * ((BASE64_RUN - 5) // 2 - 1)
    assert scan_bytes(b"\x00" + short + b"Maria" + short + b"\x00", [MARIA], "optout.db")
    long = b"x" * BASE64_RUN
    assert not scan_bytes(b"\x00" + long + b"Maria" + long + b"\x00", [MARIA], "optout.db")
