"""Set U (tests/replies/setu): held out for its reads, retired to development on 2026-12-02 (its
README.md, branch r36). These tests hold that it is whole, that it
holds what its README promises (a legal-aid clinic's letters as authorised agent: agent forms,
signed permission, "only the consumer"; the registered brokers of California (DROP and the Delete
Act), Texas, Oregon and Vermont; several records matching; some listings removed and not others;
suppressions for a term; relisting warnings; another person's or address's removal; our own letter
quoted; the wrong department; threads that confirm and then reverse; the Spanish, Portuguese and
Haitian Creole verbs of removal in done and not-done senses; short mobile replies; decisions only
in a PDF or an image; payment demands; expiring links, codes and look-alike hosts), with the mail
machinery around them, that everything in it is invented, that build.py writes exactly these
files, and that `scripts/bench replies` now lists its misses; they never assert how well the reader
does on it."""

from __future__ import annotations

from pathlib import Path

from .replies_sets import (
    check_built_by_build_py,
    check_invented,
    check_labelled,
    check_retired_in_the_bench,
    check_well_formed,
    holding,
    mail_machinery,
    messages,
    rows,
)

SET_U = Path(__file__).parent / "replies" / "setu"
LANGUAGES = {"en", "es", "pt", "ht", "fr", "vi", "zh", "ko", "ja", "tl", "ar", "ru", "uk"}


def test_set_u_loads_and_every_reply_is_labelled():
    check_labelled(SET_U, LANGUAGES, at_least=170, en=65, es=50)


def test_every_reply_of_set_u_is_well_formed_mime_with_a_readable_text():
    check_well_formed(SET_U)


def test_set_u_is_retired_and_its_misses_are_listed(capsys):
    check_retired_in_the_bench(SET_U, "set U", capsys)


def test_set_u_holds_the_mail_machinery_its_readme_promises():
    charsets, types, ctes, bounces_with_report = mail_machinery(SET_U)
    assert {"utf-8", "us-ascii", "iso-8859-1", "iso-8859-15", "windows-1251", "windows-1252", "windows-1256",
            "koi8-r", "koi8-u", "big5", "gb2312", "euc-kr", "shift_jis", "iso-2022-jp"} <= charsets
    assert {"multipart/alternative", "multipart/mixed", "multipart/report", "multipart/signed",
            "message/delivery-status", "message/rfc822", "text/rfc822-headers", "text/html", "text/plain",
            "application/pdf", "image/png", "application/pkcs7-signature"} <= types
    assert {"7bit", "8bit", "quoted-printable", "base64"} <= ctes
    assert bounces_with_report >= 4


AGENT = ("signed authorization letter", "Authorized Agent Form", "carta poder firmada", "poder especial",
         "procuração assinada", "pèmisyon siyen", "procuration signée", "تفويض موقّع", "document firmado")
CONSUMER_ONLY = ("only discuss or act on a record with the consumer directly",
                 "Solo podemos atender solicitudes hechas", "Nou sèlman travay dirèkteman", "僅受理當事人本人",
                 "ang may-ari lamang ng datos", "Мы не принимаем запросы от представителей",
                 "No atendemos solicitudes remitidas por terceros")
WHICH_RECORD = ("We found several records that could match", "Encontramos varios registros", "plizyè dosye",
                "nhiều hồ sơ trùng tên", "여러 건", "marami pong records", "We located multiple profiles")
PARTIAL = ("We removed 2 of the 3", "Eliminamos 2 de los 3", "Removemos 1 dos 2", "xóa 2 trong 3", "전화번호만 삭제",
           "Eliminamos el dato de teléfono", "hidden from our people-search site")
FOR_A_TERM = ("for a period of 3 years", "por un periodo de 3 años", "masquée pendant 3 ans", "隐藏三年",
              "приховано на 3 роки")
RELISTING = ("may reappear", "aparezca un perfil nuevo")
ANOTHER = ("Guadalupe Herrera, age 52, of Tucson, AZ", "77 Ocean View Rd, Monterey", "José Ramírez de Laredo",
           "otra persona con el mismo nombre", "Maria Santos sa Daly City", "فاطمة السيد في ديربورن", "1834 Alder St")
REVERSED = ("applied in error and has been reversed", "no llegó a ejecutarse", "a exclusão não foi concluída",
            "back in our system", "the listing was restored")
OUR_WORDS = ("as you confirmed by phone", "según nos confirmaron por teléfono", "> please delete every listing")
WRONG_DEPT = ("monitored by our legal department", "departamento de ventas")
STATES = ("Delete Request and Opt-out Platform", "Texas Data Privacy and Security Act", "Oregon Consumer Privacy Act",
          "Vermont Secretary of State", "through DROP")
FEE = ("$24.95", "$39 per record", "$49.99")
CODE = ("verification code is 482 917", "código de verificación es 730 118")
LOOKALIKE = ("bellhaven-verify.example", "hollow-oak-support.example", "buscagente-soporte.example")
# the verbs of removal, said of something done, and of something not (yet) done: future, conditional,
# subjunctive, negated, a newsletter's cancellation
DONE = ("han sido dados de baja", "hemos suprimido", "ya la borramos", "se eliminó el registro",
        "procedimos a suprimir", "lo dimos de baja", "foram excluídos de nossa base", "já excluí", "Nou efase tout")
NOT_DONE = ("serán dados de baja", "Daríamos de baja", "Para que podamos eliminar", "No hemos podido eliminar",
            "no procede la supresión", "Una vez que se eliminen", "los eliminaríamos", "no será cancelada",
            "Vamos a dar de baja", "Cancelamos su suscripción", "serão excluídos", "Excluiríamos", "Não excluiremos",
            "Para que possamos excluir", "N ap efase", "Nou pa t kapab efase")


def test_set_u_holds_the_answers_its_readme_promises():
    found = holding(SET_U, pdf=True, needles={
        "agent": AGENT, "consumer only": CONSUMER_ONLY, "which record": WHICH_RECORD, "partial": PARTIAL,
        "for a term": FOR_A_TERM, "relisting": RELISTING, "another": ANOTHER, "reversed": REVERSED,
        "our words": OUR_WORDS, "wrong department": WRONG_DEPT, "states": STATES, "fee": FEE, "code": CODE,
        "lookalike": LOOKALIKE, "done": DONE, "not done": NOT_DONE})
    assert all(found.values()), [k for k, v in found.items() if not v]
    # none of these answers confirms the deletion our letter asked for
    for key in ("agent", "consumer only", "which record", "partial", "for a term", "relisting", "another", "reversed",
                "our words", "wrong department", "fee", "code", "lookalike", "not done"):
        assert not [r["file"] for r in found[key] if r["class"] == "confirmed"], key
    assert {r["class"] for r in found["consumer only"]} == {"refused"}
    assert {r["class"] for r in found["which record"]} == {"needs_info"}
    for key in ("partial", "for a term", "another", "reversed", "wrong department"):
        assert {r["class"] for r in found[key]} == {"unsure"}, key
    # a done wording is a confirmation, unless only quoted from an earlier mail the reply reverses
    assert {r["class"] for r in found["done"] if r not in found["reversed"]} == {"confirmed"}
    assert len(found["done"]) >= 8 and len(found["not done"]) >= 14
    assert {r["lang"] for r in found["done"]} == {r["lang"] for r in found["not done"]} == {"es", "pt", "ht"}
    assert len({r["domains"] for r in found["states"]}) >= 4  # California, Texas, Oregon, Vermont
    # a fee's payment page, a code to type and a look-alike host are never a link to open
    assert {r["class"] for r in found["fee"]} == {"refused"} and not [r for r in found["fee"] if r["link"]]
    assert {r["class"] for r in found["code"]} == {"verify_link"} and not [r for r in found["code"] if r["link"]]
    assert not [r for r in found["lookalike"] if any(h in r["link"] for h in LOOKALIKE)]
    assert [r for r in found["lookalike"] if r["link"]]  # the broker's own link beside the look-alike one


def test_set_u_holds_short_replies_attachments_signatures_forwards_and_auto_replies():
    short, pdf, png, signed, forwards, auto = {}, [], [], [], [], []
    for r, msg in messages(SET_U):
        body = msg.get_body(("plain",))
        text = body.get_content() if body is not None else ""
        own = [x for x in text.strip().splitlines() if not x.startswith(">")]
        if own and len("\n".join(own).strip().encode()) <= 40:  # a few words from a phone, under our quoted letter
            short[own[0]] = r["class"]
        types = {p.get_content_type() for p in msg.walk()}
        if "application/pdf" in types:
            pdf.append(r["class"])
        if "image/png" in types:
            png.append(r["class"])
        if msg.get_content_type() == "multipart/signed":
            signed.append(r["class"])
        if "message/rfc822" in types and r["class"] != "bounce":
            forwards.append(r["class"])
        if msg["Auto-Submitted"]:
            auto.append(r["class"])
    # "Done." answering our letter says it was done; "ya" alone and "ok got it" do not
    assert short == {"Done.": "confirmed", "ya": "unsure", "ok got it": "acknowledged"}, short
    assert {"confirmed", "unsure"} <= set(pdf) and set(png) == {"unsure"}  # a scan nobody can read
    assert len(signed) >= 4 and {"confirmed", "acknowledged"} <= set(forwards)
    assert {"auto_reply", "acknowledged"} <= set(auto)


def test_set_u_holds_several_languages_per_answer():
    labels = rows(SET_U)
    assert len({r["lang"] for r in labels if r["class"] == "confirmed"}) >= 12
    assert len({r["lang"] for r in labels if r["class"] == "needs_info"}) >= 8
    assert len({r["lang"] for r in labels if r["class"] == "bounce"}) >= 3


def test_everything_in_set_u_is_invented():
    check_invented(SET_U, pdf=True)


def test_set_u_files_are_exactly_what_build_py_writes(tmp_path):
    check_built_by_build_py(SET_U, tmp_path)
