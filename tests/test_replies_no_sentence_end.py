"""Full stops that end no sentence, and what a reply's deciding words may carry into the case's events.

1. A title's full stop before a name ("Mr. Rivera", "la Sra. Rivera", "o Sr. Rivera", "Dr.") and the dots of an e-mail
   address inside a sentence ended neither the sentence nor the clause a rule reads (``optout.mail._classify.reply_text``:
   ``_TITLE_DOT``, ``_ADDRESS_IN_TEXT``). Before, the sentence was cut at "Mr.", so "after our next refresh, Mr.
   Rivera's profile will no longer appear" left "Rivera's profile will no longer appear" standing alone and read as a
   removal done, a future removal counted as confirmed; the same with a mailing list left for "la Sra. Rivera". Found
   by the lead on 2026-12-02 in wordings of its own, while mending item 2.
2. The deciding words (``Classification.evidence``) are written into the case's event data, which is not sealed: they
   are stored without the person's values, e-mail addresses or phones (``optout.log.redact``), through the real mail
   flow (optout/mail/_flow.py ``handle``).
"""

from __future__ import annotations

import json

import pytest

from optout.person import load_person

from .conftest import EXAMPLES
from .harness import Optout
from .leakscan import assert_no_leaks, scan_text
from .test_mail_confidence import put_quietmail_reply, settings, take_letter
from .test_replies_r32 import read


@pytest.mark.parametrize("body", [
    # a removal at a later date, a title inside its clause
    "Hello,\n\nAfter our next data refresh, Mr. Rivera's profile will no longer appear.\n",
    "Hello,\n\nStarting with the January 5 refresh, the listing of Mrs. Okafor will no longer appear.\n",
    "Hola:\n\nTras la próxima actualización, el perfil del Sr. Rivera ya no aparecerá.\n",
    "Hola:\n\nA partir de la próxima actualización, la ficha de la Sra. Hernández ya no aparecerá.\n",
    "Olá,\n\nApós a próxima atualização, o perfil do Sr. Rivera não aparecerá mais.\n",
    # … or an e-mail address inside it
    "Hello,\n\nStarting with the January 5 refresh, the listing tied to ana.ruiz@correo.example will no longer appear.\n",
    # a mailing list left, a title in the sentence
    "Hola:\n\nHemos eliminado el perfil de la Sra. Rivera de nuestra lista de correo; el listado público sigue.\n",
])
def test_a_title_or_an_address_inside_a_sentence_does_not_cut_it(body):
    got = read(body, "Re: solicitud")
    assert got.kind != "confirmed", got


@pytest.mark.parametrize("body", [
    "Hello,\n\nWe have removed the listing of Mr. Rivera from our website.\n",
    "Hola:\n\nHemos eliminado la ficha de la Sra. Rivera de nuestro sitio.\n",
    "Olá,\n\nExcluímos o perfil do Sr. Rivera do nosso site.\n",
    "Hello,\n\nWe removed the profile tied to ana.ruiz@correo.example from our site.\n",
])
def test_a_removal_done_with_a_title_or_an_address_in_it_stays_confirmed(body):
    assert read(body, "Re: request").kind == "confirmed"


@pytest.mark.parametrize("values", ["{name}", "{name}, phone {phone}", "{name}, {email}"])
async def test_the_deciding_words_are_stored_without_the_persons_values(tmp_path, lab, values):
    """An acknowledgement whose deciding clause names the person, her phone or her e-mail address: the event keeps the
    kind of words, not the values (before: "… the listing of alex rivera, phone +1 217 555 0134, will no longer
    appear" in the event's data)."""
    alex = load_person(EXAMPLES / "alex.toml")
    async with Optout(settings(tmp_path, lab)) as app:
        await app.add("p_k3v9q2m7xa", alex, ["quietmail"])
        await app.run()
        case = await app.case("p_k3v9q2m7xa", "quietmail")
        token = [e for e in await app.store.events(case.id) if e.kind == "letter_sent"][0].data["token"]
        await take_letter(lab, token)
        named = values.format(name="Alex Rivera", phone=alex.phones[0], email=alex.emails[0])
        put_quietmail_reply(lab, token, f"Hello,\n\nStarting with the January 5 refresh, the listing of {named} will "
                            "no longer appear.\n\nQuiet Mail", "later")
        await app.engine.read_mail()
        events = await app.store.events(case.id)
        read_as = [e for e in events if e.data.get("mail_key")]
        assert read_as and read_as[-1].data["mail"] == "acknowledged", [e.kind for e in events]
        assert "no longer appear" in read_as[-1].data["evidence"]  # the kind of words stays, for a person
        assert_no_leaks(scan_text(json.dumps([e.data for e in events], ensure_ascii=False), [alex], "event data"))
