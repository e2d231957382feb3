"""Classes of reply wording that set I (tests/replies/seti, retired to development on 2026-11-30)
showed were misread, each in wordings of its own (no sentence of set I), and the Polish, Romanian and
Swedish rules: every state a reply takes, and a negation, question, condition or future that never
confirms. The development replies for the same classes are tests/replies/*-e*.eml."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse


def mail(body: str, subject: str = "Re: Data deletion request") -> bytes:
    return (f"From: privacy@broker.example\nTo: ana@example.org\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def read(body: str):
    return classify(parse(mail(body)))


@pytest.mark.parametrize("body,kind", [
    # a refusal's words under a pending condition: what the broker waits for, not its answer
    ("Please confirm the request with the link below: https://www.broker.example/confirm/ab12\n"
     "Nothing will be processed until you confirm.", "verify_link"),
    ("We cannot process the request until you send a copy of your driver's license.", "needs_id"),
    ("We have not deleted anything yet. Could you send us the URL of the listing?", "needs_info"),
    ("No se eliminará nada hasta que nos confirme la ciudad. ¿Nos la puede enviar?", "needs_info"),
    # a refusal's words in a question
    ("¿Desea eliminar el perfil o solo que no vendamos sus datos? Responda con su preferencia.", "needs_info"),
    ("Do you want the listing deleted, or only processed as a do-not-sell request only? Please reply with your choice.", "needs_info"),
    # "no other record" beside a deletion
    ("We removed the profile you sent. We could not find any other record under that name.", "confirmed"),
    # refusals no rule read
    ("We were unable to verify the request, so it has been closed.", "refused"),
    ("We could not confirm Oregon residency for this person, so we cannot act on the request.", "refused"),
    ("If the person were a resident of a state with a deletion law, we would remove them.", "refused"),
    ("These records are held under the Gramm-Leach-Bliley Act and we must retain them.", "refused"),
    ("Nous ne sommes pas en mesure de donner suite à votre demande.", "refused"),
    ("Мы обязаны хранить эти данные по закону.", "refused"),
    ("Wala kaming nakitang record na tumutugma sa pangalan.", "refused"),
    ("Ми не знайшли жодних записів про вас.", "refused"),
    # other states
    ("Ваші дані видалено з нашого сайту.", "confirmed"),
    ("Your ticket #5512\nStatus: Solved", "unsure"),
    ("Forwarding this request to the privacy office; the sender is copied.", "acknowledged"),
    ("El plazo para contestar su solicitud se amplía por un periodo igual.", "extended"),
    ("Para localizar la ficha necesitamos la fecha de nacimiento de la persona.", "needs_info"),
    # table rows are sentences of their own ("se" in a row is no Portuguese "if")
    ("Su solicitud se completó\nTipo | Eliminación |\nEstado | Completada |\nSus datos fueron eliminados de nuestro sitio.", "confirmed"),
])
def test_what_set_i_showed_holds_in_other_wordings(body, kind):
    assert read(body).kind == kind


@pytest.mark.parametrize("body", [
    "We removed the listing. Its copies on our partner sites are run separately, and we cannot remove them.",
    "We will not delete it until the law allows, and your profile stays visible.",
    "Ваші дані не видалено.",
    "Ми видалимо ваші дані, якщо ви підтвердите запит.",
])
def test_what_set_i_showed_never_confirms_a_partial_negated_or_pending_removal(body):
    assert read(body).kind != "confirmed"


PL_RO_SV = [
    # pl
    ("Informujemy, że Pani dane osobowe zostały trwale usunięte z naszej bazy.", "confirmed"),
    ("Usunęliśmy Pana dane z naszego serwisu.", "confirmed"),
    ("Nie znaleźliśmy żadnych danych dotyczących Pani.", "refused"),
    ("Nie możemy zrealizować żądania, wniosek został odrzucony.", "refused"),
    ("Otrzymaliśmy Pani wniosek i odpowiemy w ciągu 30 dni.", "acknowledged"),
    ("Termin odpowiedzi został przedłużony o dwa miesiące.", "extended"),
    ("Prosimy o przesłanie kopii dowodu osobistego.", "needs_id"),
    ("Prosimy o podanie adresu zamieszkania.", "needs_info"),
    ("Kliknij w link poniżej, aby potwierdzić wniosek: https://www.broker.example/potwierdz/abc", "verify_link"),
    # ro
    ("Datele dumneavoastră au fost șterse din baza noastră de date.", "confirmed"),
    ("Am șters datele dumneavoastră personale.", "confirmed"),
    ("Nu am găsit nicio înregistrare despre dumneavoastră.", "refused"),
    ("Nu putem șterge datele, cererea a fost respinsă.", "refused"),
    ("Am primit solicitarea dumneavoastră și vă vom răspunde în termen de o lună.", "acknowledged"),
    ("Termenul de răspuns a fost prelungit cu două luni.", "extended"),
    ("Vă rugăm să ne trimiteți o copie a actului de identitate.", "needs_id"),
    ("Vă rugăm să ne comunicați adresa dumneavoastră.", "needs_info"),
    ("Faceți clic pe linkul de mai jos pentru a confirma solicitarea: https://www.broker.example/confirmare/abc", "verify_link"),
    # sv
    ("Dina personuppgifter har raderats ur våra system.", "confirmed"),
    ("Vi har nu tagit bort din profil och dina uppgifter.", "confirmed"),
    ("Vi hittade inga uppgifter om dig.", "refused"),
    ("Vi kan inte radera dina uppgifter och avslår din begäran.", "refused"),
    ("Vi har tagit emot din begäran och svarar inom en månad.", "acknowledged"),
    ("Svarstiden förlängs med ytterligare två månader.", "extended"),
    ("Vänligen skicka en kopia på din legitimation.", "needs_id"),
    ("Vänligen ange din adress.", "needs_info"),
    ("Klicka på länken nedan för att bekräfta din begäran: https://www.broker.example/bekrafta/abc", "verify_link"),
]


@pytest.mark.parametrize("body,kind", PL_RO_SV)
def test_polish_romanian_and_swedish_replies_are_read(body, kind):
    assert read(body).kind == kind


@pytest.mark.parametrize("body", [
    # pl: negation, question, condition, future (the last one from a real account-deletion page's wording)
    "Pani dane nie zostały usunięte.", "Nie usunęliśmy Pana danych.", "Czy Pani dane zostały już usunięte?",
    "Jeśli potwierdzi Pan tożsamość, dane zostały usunięte.", "Dane zostaną usunięte w ciągu 14 dni.", "Usuniemy Pana dane po weryfikacji.",
    # ro
    "Datele nu au fost șterse.", "Nu am șters datele dumneavoastră.", "Au fost șterse datele dumneavoastră?",
    "Dacă ne confirmați identitatea, datele au fost șterse.", "Datele vor fi șterse în termen de 30 de zile.", "Vom șterge datele după ce confirmați.",
    # sv: also the present passive a privacy notice states its policy in
    "Dina uppgifter har inte raderats.", "Vi har ännu inte tagit bort din profil.", "Har dina uppgifter raderats?",
    "Om du bekräftar din identitet har uppgifterna raderats.", "Dina uppgifter kommer att raderas inom 30 dagar.",
    "Vid avslutat medlemskap raderas dina uppgifter.",
])
def test_a_negation_question_condition_or_future_never_confirms_in_polish_romanian_or_swedish(body):
    assert read(body).kind != "confirmed"


def test_polish_days_are_no_spanish_identity_document():
    # "dni" is Spanish DNI (an identity card) and Polish "days"
    assert read("Odpowiemy w ciągu 14 dni.").kind != "needs_id"
    assert read("Envíenos una copia de su DNI.").kind == "needs_id"


@pytest.mark.parametrize("body,confidence", [
    ("Your personal data has been deleted from our systems.", 0.95),  # the seven languages' rules
    ("Ihre Daten wurden gelöscht.", 0.95),
    # a language read in part, an exact completed deletion: a person reads it too (set K's first read)
    ("您好，我们已将您的个人信息从系统中删除。", 0.85),
    ("Ваши данные удалены.", 0.85),
    ("Dina personuppgifter har raderats.", 0.85),
    ("Datele dumneavoastră au fost șterse.", 0.85),
    ("您的删除请求已完成。", 0.85),  # "your deletion request is completed": a status, not the deletion
    ("Ваш профиль больше не отображается на сайте.", 0.85),  # "no longer shown"
    ("Hindi na makikita ang iyong profile sa aming site.", 0.85),
])
def test_a_confirmation_read_by_a_thinner_rule_set_says_so_in_its_confidence(body, confidence):
    from optout.mail._classify import ACT_CONFIDENCE

    c = read(body)
    assert c.kind == "confirmed" and c.confidence == confidence
    # acted on (counted as the broker saying so) only at ACT_CONFIDENCE: the mail flow sends the rest to a person
    assert (c.confidence >= ACT_CONFIDENCE) == (confidence >= 0.9)
    assert ("read in part" in c.rule) == (confidence < 0.95)
    # a success too thin to act on names its language for the person who reads it; one acted on needs none
    assert c.language is None or confidence < 0.9  # (Lingua names it when a text is long enough to tell)


@pytest.mark.parametrize("body,kind", [
    ("Your listing was already removed in May after a previous opt-out request.", "confirmed"),
    ("The record has already been deleted, and it remains suppressed.", "confirmed"),
    ("Your listing will be removed after the earlier request is processed.", "other"),  # "will": a promise
    ("Your listing is removed after you confirm the request.", "other"),
])
def test_an_after_that_dates_a_past_removal_is_no_condition(body, kind):
    assert read(body).kind == kind


def test_every_labelled_confirmation_carries_its_rule_sets_confidence():
    """The calibration's own figures hold: on every labelled set, a confirmation in the seven languages
    is 0.95 (an English wording added later is no 'thinner' rule), one in a language read in part at
    most 0.9, and none is wrong."""
    import csv
    from pathlib import Path

    seven = {"en", "es", "fr", "de", "pt", "it", "nl"}
    base = Path(__file__).parent / "replies"
    seen = 0
    for folder in [base, *(base / d for d in ("blind", "holdout", "setn", "seth", "seth2", "seti"))]:
        with open(folder / "labels.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                c = classify(parse((folder / row["file"]).read_bytes()))
                if c.kind != "confirmed":
                    continue
                seen += 1
                assert row["class"] == "confirmed", row["file"]
                assert (c.confidence == 0.95) if row["lang"] in seven else (c.confidence <= 0.9), row["file"]
    assert seen >= 140
