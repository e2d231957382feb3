"""A letter's subject reaches the broker with every space of the person's name (trial42: Python 3.11's header
folder put the space between two encoded words outside them, and every reader dropped it: "NúñezPeña").
Read back by the stdlib's parser and by the compat32 decoder a broker's older software uses."""

from __future__ import annotations

import datetime as dt
import email.header
from email import message_from_bytes, policy

import pytest

from optout.mail._send import MailSender
from optout.settings import MailSettings

NOW = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize("subject", [
    "Authorised agent request for María José Núñez Peña: request to delete and to opt out of sale/sharing "
    "(CCPA) [OPT-DLCYTP]",
    "Solicitud de eliminación de datos personales de Guadalupe Hernández de la Cruz Sánchez (CCPA) [OPT-2]",
    "Request to delete: Nguyễn Thị Thu Hằng, Đặng Văn Lộc and Trần Quốc Bảo — California Consumer Privacy "
    "Act [OPT-3]",
    "Request to delete personal information of Jean-Baptiste Pierre-Louis, a plain ASCII subject long enough "
    "to fold [OPT-4]",
])
def test_a_long_subject_keeps_every_space_of_a_name(subject):
    sender = MailSender(MailSettings(smtp_host="127.0.0.1", from_address="clinic@example.org"))
    msg = sender.message(to="privacy@broker.example", subject=subject, body="x", sender_name=None, token="OPT-1",
                         now=NOW)
    raw = msg.as_bytes()
    assert msg["Subject"] == subject
    assert all(len(line) <= 78 for line in raw.split(b"\n\n", 1)[0].splitlines())  # RFC 5322 §2.1.1
    assert message_from_bytes(raw, policy=policy.default)["Subject"] == subject
    old = message_from_bytes(raw)["Subject"].replace("\r\n", "\n").replace("\n", "")  # unfolded, RFC 5322 §2.2.3
    assert str(email.header.make_header(email.header.decode_header(old))) == subject
