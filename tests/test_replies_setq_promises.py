"""Set Q's first read (held out, 2026-12-01) put five non-confirmations under "confirmed". The lead
read only those five; they are four classes, fixed for the reader languages that write them. Every
case here is worded by us, with names and numbers of our own, none a set Q sentence, beside the near
misses that must stay confirmations.

1. A completion that names another of our references than the thread's (a reply to another request).
2. A reply that greets, by title and name, someone the request does not name (another person's).
3. A removal from partners' (mailing) lists: not the broker's listing.
4. One part removed and the rest "handled separately": partial."""

from __future__ import annotations

import pytest

from optout.mail import classify, parse

QUOTED = ("\n\n> Subject: Deletion request\n>\n> To the privacy team,\n>\n> On behalf of our client {client}, we ask you to delete "
          "all personal information you hold about them. Reference: {ref}\n>\n> Eastside Community Legal Aid\n")
OUR_LETTER = ("\n\nOn Mon, 2 Nov 2026, Mireya wrote:\n> To the privacy team of PeopleDex,\n> I request that you delete all personal "
              "information you hold about me.\n> To find my records, please use only these details:\n>   Full name: {client}\n>\n"
              "> Sincerely,\n> {client}\n")


def read(body: str, subject: str = "Re: your request", to: str = "Clinic <clinic@example.org>"):
    raw = (f"From: privacy@broker.example\nTo: {to}\nSubject: {subject}\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return classify(parse(raw))


# 1. another reference of ours
@pytest.mark.parametrize(("body", "subject"), [
    ("Hello,\n\nRequest OPT-8KM3TQ has been completed and the listing deleted.\n" + QUOTED.format(client="Ana Sofía Paredes", ref="OPT-4WX7RB"),
     "Re: Deletion request [OPT-4WX7RB]"),
    ("Hola:\n\nLos datos de la solicitud OPT-Z-5521 fueron eliminados.\n", "RE: Solicitud OPT-Z-5530"),
])
def test_a_completion_of_another_reference_is_unsure(body, subject):
    r = read(body, subject)
    assert r.kind == "unsure", r


# 2. a greeting to someone else
@pytest.mark.parametrize("body", [
    "Dear Ms. Abernathy-Lowe,\n\nYour records have been deleted from our directory.\n" + QUOTED.format(client="Ngozi Chukwuemeka", ref="OPT-7PQ2MK"),
    "Estimada Sra. Figueroa Lanz:\n\nHemos eliminado su ficha de nuestro sitio.\n" + QUOTED.format(client="Dilnoza Yusupova", ref="OPT-3HH8VD"),
    "Dear Mr. Pennington,\n\nWe have removed your profile.\n" + OUR_LETTER.format(client="Tenzin Dolkar"),
    "Cher M. Beaulieu,\n\nVos données ont été supprimées.\n" + QUOTED.format(client="Mamadou Diallo", ref="OPT-9RT4XW"),
])
def test_a_greeting_to_another_person_than_the_request_names_is_unsure(body):
    assert read(body).kind == "unsure"


# 3. partners' lists
@pytest.mark.parametrize("body", [
    "Big savings this week on background reports! You get this e-mail because you contacted us. Your details were removed from our partners' lists as you asked.",
    "Your information has been removed from our marketing partner lists.",
    "Sus datos fueron eliminados de las listas de nuestros socios.",
])
def test_a_removal_from_partners_lists_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


# 4. one part removed, the rest handled separately
@pytest.mark.parametrize("body", [
    "Your request has been processed. Your e-mail address has been removed from our reverse e-mail search. Addresses and household members shown in the profile come from property records and are handled separately.",
    "We deleted the phone number. Other details on the listing are handled through a separate process.",
    "Eliminamos su número de teléfono. Los demás datos del perfil se gestionan por separado.",
    "Nous avons supprimé votre numéro. Les autres informations sont traitées séparément.",
])
def test_one_part_removed_and_the_rest_handled_separately_is_unsure(body):
    assert read(body).kind == "unsure"


# the near misses: still confirmations
@pytest.mark.parametrize(("body", "subject", "to"), [
    # the greeting names the client (a surname of two, folded)
    ("Dear Ms. Paredes,\n\nYour records have been deleted from our directory.\n" + QUOTED.format(client="Ana Sofía Paredes", ref="OPT-4WX7RB"),
     "Re: Deletion request", "Clinic <clinic@example.org>"),
    ("Estimado Sr. Nguyen:\n\nHemos eliminado su ficha.\n" + OUR_LETTER.format(client="Nguyễn Văn Hùng"), "Re: su solicitud", "x <x@example.org>"),
    # the greeting names the clinic's volunteer the reply is addressed to
    ("Dear Ms. Okafor,\n\nThe listing for your client has been deleted.\n" + QUOTED.format(client="Lucía Benítez", ref="OPT-6YN2KF"),
     "Re: Deletion request", "Adaeze Okafor <aokafor@clinic.example.org>"),
    # no name in the request, or no title in the greeting: nothing to compare
    ("Dear Mr. Whitfield,\n\nYour listing has been deleted.", "Re: request", "x <x@example.org>"),
    ("Dear Customer,\n\nYour listing has been deleted.\n" + QUOTED.format(client="Lucía Benítez", ref="OPT-6YN2KF"), "Re: request", "x <x@example.org>"),
    # our own reference, quoted back
    ("Hello,\n\nRequest OPT-4WX7RB has been completed and the listing deleted.\n" + QUOTED.format(client="Ana Sofía Paredes", ref="OPT-4WX7RB"),
     "Re: Deletion request [OPT-4WX7RB]", "x <x@example.org>"),
    # partners told, the listing removed
    ("We have removed your listing from our site and asked our partners to do the same.", "Re: request", "x <x@example.org>"),
    ("Your profile has been deleted. Opt-outs are processed by each of our partner sites.", "Re: request", "x <x@example.org>"),
])
def test_near_misses_stay_confirmations(body, subject, to):
    r = read(body, subject, to)
    assert r.kind == "confirmed", r


# the lead's probe after set Q: a removal from a search engine's results for the site, not from the site
@pytest.mark.parametrize("body", [
    "Your record has been removed from Google search results associated with our site.",
    "We have removed the profile from Bing results linked to our website.",
])
def test_a_removal_from_search_results_for_the_site_is_no_confirmation(body):
    assert read(body).kind != "confirmed"


def test_a_removal_from_the_site_and_the_search_engines_stays_a_confirmation():
    assert read("We removed your listing from our site and asked Google to drop it from its search results.").kind == "confirmed"
