"""The reply corpus (tests/replies): invented broker e-mails, labelled with what they say and which
link, if any, must be opened. The targets of issue 11 hold on it, and the faults the issue
reported are each a case here."""

from __future__ import annotations

import csv
import importlib.util
import json
from collections import Counter
from pathlib import Path


from optout.mail import KINDS, choose_link, classify, parse
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
    seven = {"en", "es", "fr", "de", "pt", "it", "nl"}
    assert seven <= set(langs) and min(langs[lang] for lang in seven) >= 10
    # the communities' languages with rules of their own (branch r16), more of ru / vi / zh, uk (r17), pl / ro / sv (r17),
    # da / cs / hu / fi and a receipt and ID in hmn / ps / my / km / ti (reply pass 53)
    assert {"ar", "ht", "so", "tl"} <= set(langs) and set(langs) <= seven | {"ar", "ht", "so", "tl", "ru", "uk", "vi", "zh", "ko", "pl", "ro", "sv",
                                                                             "da", "cs", "hu", "fi", "hmn", "ps", "my", "km", "ti"}
    for lang in ("ar", "ht", "so", "tl"):
        assert {"confirmed", "unsure", "verify_link", "refused", "needs_id", "acknowledged", "extended", "needs_info"} <= {
            r["class"] for r in rows if r["lang"] == lang}, lang
    kinds = Counter(r["class"] for r in rows)
    for kind in ("confirmed", "verify_link", "refused", "needs_id", "needs_info", "acknowledged", "auto_reply",
                 "bounce", "extended", "unsure", "other"):
        assert kinds[kind] >= 1, kind
    reasons = {r["reason"] for r in rows if r["class"] == "refused"}
    assert {"not a resident", "publicly available", "exempt", "processed as do-not-sell only",
            "identity not verified", "not a data broker", "no record", "declined"} <= reasons
    for lang in seven | {"ar", "ht", "so", "tl"}:  # the kinds that change a case, in every language with rules
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


# ---- the blind set (tests/replies/blind): written before its author read the rules ----------------

BLIND = CORPUS / "blind"


def test_the_blind_set_never_confirms_wrongly_nor_opens_a_wrong_link():
    rep = score(BLIND)
    assert len(rep.rows) >= 80
    assert rep.false_confirmed == 0, [r.file for r in rep.rows if r.false_confirmed]
    assert rep.wrong_links == 0, [(r.file, r.link_opened) for r in rep.rows if r.wrong_link]
    right = sum(r.right for r in rep.rows)
    assert right / len(rep.rows) >= 0.9, [(r.file, r.label, r.got) for r in rep.rows if not r.right]


def mail(body: str, subject: str = "Re: Data deletion request", html: bool = False, frm: str = "privacy@broker.example") -> bytes:
    kind = "html" if html else "plain"
    return (f"From: {frm}\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/{kind}; charset=utf-8\n\n{body}\n").encode()


def kind_of(body: str, **kw: object) -> str:
    return classify(parse(mail(body, **kw))).kind  # type: ignore[arg-type]


def test_a_promise_is_not_a_confirmation_nor_a_negation():
    # a success phrase under "when"/"once"/"sobald" is what will happen: the receipt decides
    assert kind_of("We received your request. We will notify you when it has been completed.") == "acknowledged"
    assert kind_of("Hemos recibido su solicitud. Le avisaremos cuando sus datos hayan sido eliminados.") != "confirmed"


def test_a_passive_or_polite_refusal_is_a_refusal():
    assert kind_of("We regret to inform you that your request has been denied.") == "refused"
    assert kind_of("Your opt-out of sale is complete. We did not delete your profile, which remains in our database.") == "refused"
    assert kind_of("Lamentablemente no podemos procesar solicitudes enviadas por correo electrónico.") == "refused"
    assert kind_of("Nous regrettons de ne pouvoir y faire droit.") == "refused"
    assert kind_of("La richiesta di cancellazione non può essere accolta.") == "refused"


def test_a_partial_removal_in_any_language_is_unsure():
    assert kind_of("Eliminamos un perfil. El otro no pudo eliminarse porque está vinculado a otra cuenta.") == "unsure"
    assert kind_of("Votre fiche a été supprimée. Les copies n'ont pas pu être effacées.") == "unsure"
    assert kind_of("Ihr Eintrag wurde gesperrt. Die Löschung ist noch nicht erfolgt.") == "unsure"


def test_not_found_with_a_question_is_a_request_for_information():
    assert kind_of("We could not find the listing. Could you send us its URL?") == "needs_info"
    assert kind_of("We could not find any records matching your information.") == "refused"


def test_a_conditional_ask_is_no_ask():
    assert kind_of("This email confirms we have received your privacy request. "
                   "We will contact you if we need further information.") == "acknowledged"


def test_a_solved_ticket_or_a_bare_closure_is_unsure_and_a_closure_without_action_refused():
    assert kind_of("Your request (771204) has been solved. To reopen it, reply to this email.") == "unsure"
    assert kind_of("Su solicitud ha sido cerrada.") == "unsure"
    assert kind_of("Your request has been closed without action.") == "refused"


def test_an_extension_written_in_words():
    assert kind_of("We require up to an additional forty-five (45) days to respond to your request.") == "extended"


def test_generic_link_words_are_read_with_what_follows_them():
    msg = parse(mail("<p><a href='https://broker.example/dsr/c/9'>Click here</a> to confirm your request.</p>"
                     "<p><a href='https://broker.example/r/9'>Click here</a> if this was not you.</p>", html=True))
    assert classify(msg).kind == "verify_link"
    assert choose_link(msg, ["broker.example"]).url == "https://broker.example/dsr/c/9"


def test_a_stop_link_above_a_finish_link_opens_finish():
    msg = parse(mail("To stop this opt-out, go to https://broker.example/o/stop/6\n"
                     "To finish your opt-out, go to https://broker.example/o/finish/6\n"))
    assert choose_link(msg, ["broker.example"]).url == "https://broker.example/o/finish/6"


def test_a_confirm_link_off_the_brokers_domains_that_is_no_tracker_is_never_opened():
    from optout.errors import NeedsHuman
    from optout.mail._used import the_link

    msg = parse(mail("Please confirm your request: https://broker-verify.example.net/c?id=4\n"))
    choice = choose_link(msg, ["broker.example"])
    assert choice.status == "foreign" and choice.url == "https://broker-verify.example.net/c?id=4"
    try:
        the_link(msg, ["broker.example"], None)
    except NeedsHuman as e:
        assert e.kind == "suspicious_link"
    else:
        raise AssertionError("a foreign link was handed to the browser")


def test_what_the_held_out_set_taught_holds_beyond_its_files():
    # wording none of the three sets uses, for each class the held-out set found missing
    assert kind_of("All set: your record has been purged from our people search.") == "confirmed"
    assert kind_of("La baja de sus datos se ha hecho efectiva.") == "confirmed"
    assert kind_of("Die Entfernung Ihres Profils wurde durchgeführt.") == "confirmed"
    assert kind_of("There were no matches for the details you gave, so there is nothing to remove.") == "refused"
    assert kind_of("Leider haben wir keine Daten zu Ihrer Anfrage finden können.") == "refused"
    assert kind_of("Uw verzoek kan helaas niet worden ingewilligd.") == "refused"
    assert kind_of("We hid your address, but your phone number still appears on the site.") == "unsure"
    assert kind_of("Which listing do you want removed? Please send us the link.") == "needs_info"
    assert kind_of("This offer is no longer available. Shop now!") != "confirmed"


def test_a_link_whose_own_words_ask_for_the_removal_is_a_verification_mail():
    msg = parse(mail("<p>One last step.</p><p><a href='https://broker.example/'>Broker</a></p>"
                     "<p><a href='https://broker.example/x/ok/1'>Sí, eliminar mi perfil</a></p>"
                     "<p><a href='https://broker.example/x/no/1'>No, mantener mi perfil</a></p>", html=True))
    assert classify(msg).kind == "verify_link"
    assert choose_link(msg, ["broker.example"]).url == "https://broker.example/x/ok/1"


# ---- sets N and H (tests/replies/setn, tests/replies/seth): modelled on real brokers' answers -------

SET_N, SET_H = CORPUS / "setn", CORPUS / "seth"


def test_sets_modelled_on_real_brokers_never_confirm_wrongly_nor_open_a_wrong_link():
    for folder, least, floor in ((SET_N, 60, 0.9), (SET_H, 40, 0.7)):
        rep = score(folder)
        assert len(rep.rows) >= least, folder
        assert rep.false_confirmed == 0, [r.file for r in rep.rows if r.false_confirmed]
        assert rep.wrong_links == 0, [(r.file, r.link_opened) for r in rep.rows if r.wrong_link]
        right = sum(r.right for r in rep.rows)
        assert right / len(rep.rows) >= floor, [(r.file, r.label, r.got) for r in rep.rows if not r.right]


# ---- set H2 (tests/replies/seth2): held out for two reads, retired to development on 2026-11-30 ---------

SET_H2 = CORPUS / "seth2"


def test_set_h2_loads_and_every_reply_is_labelled():
    with open(SET_H2 / "labels.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    files = [r["file"] for r in rows]
    assert len(files) == len(set(files)) >= 70
    assert set(files) == {p.name for p in SET_H2.glob("*.eml")}  # no reply unlabelled, no label without its reply
    langs = Counter(r["lang"] for r in rows)
    assert {"en", "es", "pt", "fr", "ht", "vi", "zh", "ar", "so", "tl", "ru"} <= set(langs)
    assert langs["en"] >= 30 and langs["es"] >= 15
    for r in rows:
        assert r["class"] in KINDS, r["file"]  # the reader's own classes
        assert r["domains"].split(), r["file"]
        assert not r["link"] or r["class"] == "verify_link", r["file"]  # only a verification mail has a link to open
        assert bool(r["reason"]) == (r["class"] == "refused"), r["file"]
        msg = parse((SET_H2 / r["file"]).read_bytes())
        if r["link"]:
            assert r["link"] in msg.links or r["link"] in msg.text, r["file"]
    assert set(KINDS) <= {r["class"] for r in rows}
    assert len(score(SET_H2).rows) == len(rows)


def test_set_h2_never_confirms_wrongly_nor_opens_a_wrong_link():
    # first read (2026-11-30, held out): 1 false confirmation (a do-not-sell-only "completed" table),
    # fixed as a class; the core promise holds on it as on every set
    rep = score(SET_H2)
    assert rep.false_confirmed == 0, [r.file for r in rep.rows if r.false_confirmed]
    assert rep.wrong_links == 0, [(r.file, r.link_opened) for r in rep.rows if r.wrong_link]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_replies", CORPUS.parent.parent / "scripts" / "bench_replies.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_the_replies_benchmark_lists_set_h2s_misses_now_it_is_retired(capsys):
    bench = _bench()
    assert bench.SETS["set H2"].resolve() == SET_H2.resolve() and "set H2" not in bench.HELD_OUT
    bench.main(["--corpus", str(SET_H2), "--json", "--misses"])
    out = json.loads(capsys.readouterr().out)
    wrong = {r.file for r in score(SET_H2).rows if not r.right}
    assert out["misses_listed"] is True and {m["file"] for m in out["misses"]} == wrong


def test_the_replies_benchmark_never_lists_a_held_out_sets_wrong_readings(capsys, monkeypatch):
    # the mechanism stays for the next held-out set: only broken promises are named, by title or by path
    bench = _bench()
    monkeypatch.setattr(bench, "HELD_OUT", {"set H2"})
    for argv in (["--corpus", str(SET_H2), "--json", "--misses"], ["--corpus", str(SET_H2 / "."), "--json"]):
        bench.main(argv)
        out = json.loads(capsys.readouterr().out)
        assert out["replies"] == len(score(SET_H2).rows) and out["misses_listed"] is False
        faults = {r.file for r in score(SET_H2).rows if r.false_confirmed or r.wrong_link}
        assert {m["file"] for m in out["misses"]} == faults  # only broken promises are named
    bench.main(["--corpus", str(SET_H2), "--misses"])
    text = capsys.readouterr().out
    assert "## set H2: " in text and "held out: its wrong readings are not listed" in text


def test_a_part_left_in_place_makes_a_removal_unsure_in_every_language():
    # set N's two false confirmations: something removed, another part "not able to remove" / "seguirá apareciendo"
    assert kind_of("We deleted your profile. Your old address, which comes from a county feed, we cannot take down.") == "unsure"
    assert kind_of("We removed the listing. Your email address will still appear in our reverse lookup.") == "unsure"
    assert kind_of("Hemos borrado su perfil. Su dirección continuará apareciendo en el directorio.") == "unsure"
    assert kind_of("Nous avons supprimé votre fiche. Il nous est impossible de retirer votre numéro.") == "unsure"
    assert kind_of("Wir haben Ihr Profil gelöscht. Ihre Telefonnummer wird jedoch weiterhin angezeigt.") == "unsure"
    assert kind_of("Removemos o seu perfil. Não conseguimos remover o seu telefone.") == "unsure"
    assert kind_of("Abbiamo eliminato il profilo. Il numero continuerà a comparire nell'elenco.") == "unsure"
    assert kind_of("Wij hebben uw profiel verwijderd. Uw telefoonnummer zal nog steeds verschijnen.") == "unsure"


def test_an_ask_to_prove_identity_without_a_document_is_needs_id_and_its_link_is_never_opened():
    msg = parse(mail("To act on a deletion we must verify your identity on our website: "
                     "https://broker.example/id/verify?c=1 . Please answer the questions there."))
    c = classify(msg)
    assert c.kind == "needs_id" and not c.links
    assert kind_of("Please confirm your identity by giving us the last 4 digits of your SSN.") == "needs_id"
    assert kind_of("Debe acreditar su identidad antes de que tramitemos la supresión.") == "needs_id"
    assert kind_of("Um Ihre Identität zu überprüfen, senden Sie uns bitte eine eidesstattliche Versicherung.") == "needs_id"
    # what the broker will do itself, or may do, is no ask
    assert kind_of("Thank you for your request. We will verify your identity and respond within 45 days.") == "acknowledged"
    assert kind_of("We received your request. We may need to verify your identity before we respond.") == "acknowledged"


def test_a_service_provider_or_processor_that_sends_the_person_back_is_a_refusal():
    for body in ("As a service provider, Acme holds this data for its clients; please contact the company you dealt with.",
                 "Actuamos como encargado del tratamiento; diríjase al responsable.",
                 "Nous agissons en tant que sous-traitant pour nos clients.",
                 "Wir sind als Auftragsverarbeiter tätig und leiten Anfragen nicht weiter.",
                 "Wij treden op als verwerker voor onze klanten."):
        c = classify(parse(mail(body)))
        assert (c.kind, c.reason) == ("refused", "service provider"), body


def test_a_portal_closing_an_unverified_request_is_a_refusal():
    assert kind_of("Request DSR-1 was closed: the e-mail address was not verified in time.") == "refused"
    assert kind_of("Cerramos su solicitud porque su correo no fue verificado en 7 días.") == "refused"
    # a verification mail that warns what happens if nobody clicks stays a verification mail
    msg = parse(mail("Please verify your e-mail address: https://broker.example/v/1\n"
                     "If you do not verify it within 7 days, the request will be closed."))
    assert classify(msg).kind == "verify_link"


def test_other_ways_of_saying_it_is_done_or_passed_on():
    assert kind_of("Acme Data has removed your record from our people-search products.") == "confirmed"
    assert kind_of("All of your listings were purged yesterday.") == "confirmed"
    assert kind_of("We finished the deletion of your account and profile.") == "confirmed"
    assert kind_of("Your duplicate request was deleted; the first one is still open.") != "confirmed"
    assert kind_of("Acme has not deleted anything yet.") != "confirmed"
    assert kind_of("The option to opt out by e-mail was removed last year. Please use the web form.") != "confirmed"
    assert kind_of("Spokeo has removed the ability to opt out by email.") != "confirmed"
    # off a newsletter is not out of the data, in any language
    assert kind_of("Your information was removed from our newsletter list.") != "confirmed"
    assert kind_of("Hemos eliminado su correo de nuestro boletín.") != "confirmed"
    assert kind_of("I have passed your request on to our compliance team.") == "acknowledged"
    assert kind_of("Hemos remitido su solicitud al departamento de privacidad.") == "acknowledged"


def test_a_direct_link_beats_a_tracker_on_the_brokers_own_subdomain():
    # set H's wrong link: the HTML button went through click.<broker>, the plain part held the direct copy
    body = ("--b\nContent-Type: text/plain; charset=utf-8\n\nPlease confirm your request to remove your listing: "
            "https://www.broker.example/optout/confirm?r=5\n--b\nContent-Type: text/html; charset=utf-8\n\n"
            "<p><a href='https://links.broker.example/ls/click?upn=aa'>Confirm my removal</a></p>\n--b--\n")
    raw = ("From: no-reply@broker.example\nTo: ana@example.org\nSubject: Confirm your removal\nMIME-Version: 1.0\n"
           "Content-Type: multipart/alternative; boundary=b\n\n" + body).encode()
    msg = parse(raw)
    assert classify(msg).kind == "verify_link"
    choice = choose_link(msg, ["broker.example"])
    assert (choice.status, choice.url) == ("open", "https://www.broker.example/optout/confirm?r=5")
    # with no direct copy, the broker's own tracker is still the one to open
    msg = parse(mail("<p><a href='https://links.broker.example/ls/click?upn=aa'>Confirm my removal</a></p>", html=True))
    assert choose_link(msg, ["broker.example"]).url == "https://links.broker.example/ls/click?upn=aa"


def test_a_negative_subject_is_no_deletion_in_any_language():
    # "No personal information was deleted": the negation is the subject's determiner, not a "not"
    # beside the verb; a lone such sentence is no success, and beside a closed request a refusal
    for body in ("We were unable to complete your request and it has been closed. No personal information was deleted.",
                 "Your request was closed. Nothing was removed from our site.",
                 "The request has been closed. None of your records were deleted.",
                 "Su solicitud ha sido cerrada. Ningún dato personal fue eliminado.",
                 "Su solicitud ha sido cerrada. Ninguna información ha sido borrada.",
                 "Sua solicitação foi encerrada. Nenhum dado pessoal foi excluído.",
                 "La sua richiesta è stata chiusa. Nessun dato personale è stato cancellato.",
                 "Votre demande a été clôturée. Aucune donnée n'a été supprimée.",
                 "Ihre Anfrage wurde geschlossen. Keine Daten wurden gelöscht."):
        assert kind_of(body) != "confirmed", body
    # a success with a negative word elsewhere in the sentence stays a success
    assert kind_of("Your profile has been removed, and no further action is needed from you.") == "confirmed"
    assert kind_of("We have deleted your listing. No further action is required.") == "confirmed"


def test_a_recipes_link_pattern_opens_the_brokers_own_link_even_after_a_look_alike():
    """A recipe's link_pattern matches a look-alike host too ("…/optout/confirm" anywhere): the
    broker's own link is taken, whatever comes first in the mail; a mail whose only matching link is
    off the broker's domains is a person's to judge (trial25)."""
    import pytest

    from optout.errors import NeedsHuman
    from optout.mail._used import the_link

    both = parse(mail("Confirm here: https://broker-example.net/optout/confirm/91\n"
                      "or here: https://www.broker.example/optout/confirm/91\n"))
    assert the_link(both, ["broker.example"], r"/optout/confirm/\d+") == "https://www.broker.example/optout/confirm/91"
    only = parse(mail("Confirm here: https://broker-example.net/optout/confirm/91\n"))
    with pytest.raises(NeedsHuman) as caught:
        the_link(only, ["broker.example"], r"/optout/confirm/\d+")
    assert caught.value.kind == "suspicious_link"
    assert the_link(parse(mail("Thanks, nothing to click.\n")), ["broker.example"], r"/optout/confirm/\d+") is None
