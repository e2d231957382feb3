"""Reply pass 54 (branch r54, 2026-12-04), in wordings of our own (``optout/mail/_classify.py``, "reply pass 54"):

1. A hostile or broken mail must not stall the reader. On the base (main at 1b3e3514) the first message of
   tests/test_mailbox.py::test_a_large_pathological_message_is_read took more than 4.5 minutes in ``classify``: each
   rule scanned the whole 200,000 characters, patterns such as ``(?:\\S+ ){0,4}`` restarted at each letter of a
   100,000-letter "word" (a square), ``_UNSUB_FOOTER``'s leading ``[^.!?\\n]*`` rescanned each line at each
   character, ``^\\s*`` and ``[ \\t]+`` each run of white space, and ``_hedged_removal`` each sentence once per
   deletion in it. The reader now reads at most ``READ_LIMIT`` characters (the broker's answer and the letter it
   quotes fit many times over), words and white space cut short, sentences in pieces of at most
   ``SENTENCE_READ_LIMIT``. ``HOSTILE`` holds one text for each of those shapes: each read on the base in more than the
   guard below (from 30 seconds to hours on 2 cores), each now in a few seconds; the guard is generous, the point is
   that the reading ends. A long but honest reply is still read (``test_a_long_honest_reply_is_still_read``).
2. A deletion followed by "no longer any record of you" ("Seus dados foram excluídos … Não há mais nenhum registro
   seu") read as a refusal (no record, 0.95): the "no record" said with "no longer" after a deletion done is what is
   left, not a refusal (``_no_record_left``), in every language the reader knows; a real "no record" ("we could not
   find any record, so we cannot delete") stays a refusal. And pass 53's Hungarian "nem" read Portuguese "nem" (nor,
   not even) as a negation: "Excluímos seus dados, nem um único registro foi mantido" lost its confirmation (read
   confirmed before pass 53, checked on a git-archive copy of ea5ab84c^); "nem" is now Hungarian only before its verb.
   A Spanish or Portuguese user account deleted ("hemos eliminado su cuenta de usuario") is an account, not the listing.
3. Norwegian (Bokmål): each state Danish is read for, in Norwegian's spelling, read in part (a confirmation at 0.85);
   and a signature's state after a comma that ends the sentence ("we have deleted your data, MA.") or after a place at
   a line's end ("Boston MA") is no negation.

Every row of ``READ`` is read otherwise on the base (main at 1b3e3514, checked on a git-archive copy); ``NEAR_MISSES``
hold there and here.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import replace

import pytest

from optout.mail import ACT_CONFIDENCE, KINDS, classify, parse

from .reading import assert_read, mail, read




def _repeat(unit: str, n: int = 60_000) -> str:
    return (unit * (n // len(unit) + 1))[:n]


# name -> text; each a backtracking or rescanning shape the rules had (see the module's docstring)
HOSTILE = {
    "one long word": "a" * 100_000,
    "long words": _repeat("b" * 5000 + " "),
    "a link of parentheses": "http://" + "(" * 60_000,
    "deletions with no full stop": _repeat("we have deleted your data "),
    "conditions with no full stop": _repeat("if we deleted "),
    "hedges with no full stop": _repeat("we probably deleted "),
    "unsubscribe with no full stop": _repeat("to stop receiving "),
    "spaces": "x" + " " * 60_000 + "y",
    "blank lines": "x" + "\n" * 60_000 + "y",
    "Spanish deletions with no full stop": _repeat("hemos eliminado sus datos y ya no hay ningun registro suyo "),
    "quote headers": _repeat("> on monday wrote:\n"),
    "encoded words": _repeat(" =?utf-8?b?"),
}


def _classify_in(text: str, subject: str, out: multiprocessing.Queue) -> None:
    msg = parse(mail("hello", subject))
    c = classify(replace(msg, text=text, html_text=text[:30_000]))
    out.put((c.kind, c.confidence))


GUARD = 25.0  # seconds on a loaded 2-core machine; the base took 30 s to hours on each text


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_text_is_read_to_the_end(name):
    """Each shape ends within the guard, in a child process (so a stall on the base fails the row instead of hanging the
    run), and is never a confirmation to act on."""
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    p = ctx.Process(target=_classify_in, args=(HOSTILE[name], "Re: " + HOSTILE[name][:5000], out))
    p.start()
    p.join(GUARD)
    if p.is_alive():
        p.kill()
        p.join()
        pytest.fail(f"{name}: classify still running after {GUARD:.0f} s")
    kind, confidence = out.get(timeout=5)
    assert kind in KINDS
    assert not (kind in ("confirmed", "verify_link") and confidence >= ACT_CONFIDENCE), name


CONFIRMATION = "We have deleted all personal data we held about your client. Her listing has been removed from our site.\n\n"
BOILERPLATE = ("Under our privacy policy we describe the categories of sources we use, the purposes for which "
               "information is processed, and the rights consumers have under state and federal law. ")


def test_a_long_honest_reply_is_still_read():
    """A confirmation above several thousand characters of policy text, and above a long quoted letter, reads as before:
    confirmed, acted on."""
    c = read(CONFIRMATION + BOILERPLATE * 40)
    assert (c.kind, c.confidence >= ACT_CONFIDENCE) == ("confirmed", True), c
    quoted = "\n".join("> " + BOILERPLATE for _ in range(400))
    c = read(CONFIRMATION + "Kind regards,\nPrivacy team\n\nOn Mon, 1 Dec 2026, optout wrote:\n" + quoted)
    assert (c.kind, c.confidence >= ACT_CONFIDENCE) == ("confirmed", True), c


def test_words_past_what_is_read_send_a_confirmation_to_a_person():
    """A confirmation whose own words run past what the reader reads (no quoted letter begun) may be undone further
    down: read, but not acted on, and the rule says why."""
    c = read(CONFIRMATION + BOILERPLATE * 200 + "\nUpdate: the listing was restored after a new public record arrived.")
    assert c.kind == "confirmed" and c.confidence < ACT_CONFIDENCE, c
    assert "very long mail" in c.rule


# (body, kind, at least this confidence or None) -- each read otherwise on the base
READ = [
    # 2. a deletion, then "no longer any record": Portuguese (Brazil, Portugal), Spanish, French, German, English
    ("Olá. Seus dados foram excluídos da nossa base. Não há mais nenhum registro seu.", "confirmed", ACT_CONFIDENCE),
    ("Prezado(a),\n\nInformamos que seus dados pessoais foram excluídos de nossos sistemas, nos termos do art. 18 da LGPD. "
     "Não há mais nenhum registro seu em nossa base.\n\nAtenciosamente,\nEquipe de Privacidade", "confirmed", ACT_CONFIDENCE),
    ("Hemos eliminado sus datos personales. Ya no hay ningún registro suyo en nuestra base de datos.\n\nUn saludo", "confirmed", ACT_CONFIDENCE),
    ("Sus datos han sido suprimidos. Ya no existe ningún registro a su nombre.", "confirmed", ACT_CONFIDENCE),
    ("Nous avons supprimé vos données. Nous ne détenons plus aucune donnée vous concernant.\n\nCordialement", "confirmed", ACT_CONFIDENCE),
    ("We have deleted your data. We no longer hold any record of you.\n\nRegards,\nPrivacy team", "confirmed", ACT_CONFIDENCE),
    # 2. Portuguese "nem" after a deletion (lost since pass 53's Hungarian "nem")
    ("Excluímos seus dados, nem um único registro foi mantido.", "confirmed", ACT_CONFIDENCE),
    ("Todos os seus dados foram excluídos, inclusive nome, telefone e endereço, nem mesmo backups foram mantidos.\n\nAtenciosamente",
     "confirmed", ACT_CONFIDENCE),
    ("Seus dados foram excluídos, nem precisa enviar documentos.\n\nAtt,\nSuporte", "confirmed", ACT_CONFIDENCE),
    # 2. an account, not the listing
    ("Hemos eliminado su cuenta de usuario.", "unsure", None),
    ("Hemos eliminado su cuenta de usuario. Ya no hay ningún registro suyo.", "unsure", None),
    # 3. a signature's state
    ("We have deleted your data, MA.", "confirmed", ACT_CONFIDENCE),
    ("Os dados do seu cliente foram excluídos de nossa base, MA.", "confirmed", ACT_CONFIDENCE),
    # 3. Norwegian
    ("Hei,\n\nVi har nå slettet dine personopplysninger fra våre systemer i henhold til artikkel 17 i GDPR. Profilen din er "
     "ikke lenger søkbar på nettstedet vårt.\n\nMed vennlig hilsen\nKundeservice", "confirmed", 0.85),
    ("Personopplysningene dine er blitt slettet.\n\nMed vennlig hilsen", "confirmed", 0.85),
    ("Vi har slettet dine opplysninger, MA.", "confirmed", 0.85),
    ("Vi har slettet dine personopplysninger. Det finnes ingen opplysninger om deg lenger.", "confirmed", 0.85),
    ("Vi har mottatt din forespørsel om sletting. Vi svarer innen en måned. Saksnummer: 48213.", "acknowledged", None),
    ("Vi har ingen opplysninger om deg i våre systemer.", "refused", None),
    ("Vi kunne ikke finne noen opplysninger om deg.", "refused", None),
    ("Vi ber deg om å sende en kopi av ditt pass eller førerkort.", "needs_id", None),
    ("Vi ber deg oppgi adressen som står i profilen.", "needs_info", None),
    ("Vi kan dessverre ikke slette opplysningene, da vi er forpliktet til å oppbevare dem etter bokføringsloven.", "refused", None),
    ("Vi kunne ikke bekrefte din identitet, og forespørselen er derfor avsluttet.", "refused", None),
    ("Vi har behov for å forlenge fristen med to måneder.", "extended", None),
]


@pytest.mark.parametrize("body,kind,sure", READ)
def test_read(body, kind, sure):
    assert_read(body, kind, sure)


# never a confirmation to act on, here and on the base
NEAR_MISSES = [
    "We could not find any record of you, so we cannot delete anything.",
    "Não encontramos nenhum registro seu, portanto não há o que excluir.",
    "No encontramos ningún registro suyo, por lo que no podemos eliminar nada.",
    "Nous n'avons trouvé aucune donnée vous concernant.",
    "We have not deleted your data. We no longer hold any record of you.",
    "We will delete your data. After that we will no longer hold any record of you.",
    "Did we delete your data? We no longer hold any record of you.",
    "If your data was deleted, we no longer hold any record of you.",
    "Se seus dados foram excluídos, não há mais nenhum registro seu.",
    "Seus dados não foram excluídos. Não há mais nenhum registro seu.",
    "Nou PA efase done yo.",
    "Xogtaada MA la tirtirin.",
    "We have NOT deleted your data.",
    "Vi har ikke slettet dine personopplysninger ennå.",
    "Dine personopplysninger vil bli slettet innen 30 dager.",
    "Hvis vi kan bekrefte identiteten din, sletter vi opplysningene.",
    "Har dere slettet personopplysningene mine?",
    "Personopplysningene ble ikke slettet.",
    "Brukerkontoen din er slettet.",
    "Sua conta foi excluída.",
    "Nem töröltük az adatait.",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_never_a_confirmation(body):
    c = read(body)
    assert c.kind != "confirmed", (c.rule, c.evidence)
