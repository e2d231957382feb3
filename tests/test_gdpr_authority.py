"""Where a GDPR complaint goes: the supervisory authority of the person's own country when they
live in the EU, EEA or UK (GDPR Art. 77(1)), else the authority where the broker is established.

Most of optout's clients live in the US and write to European brokers: "the data protection
authority where I live" (the old words) names an office they do not have."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from optout.mail import choose_law
from optout.mail._letters import compose_follow_up
from optout.mail._letters import DATA_PROTECTION_AUTHORITIES, GDPR_COUNTRIES, law_by_id
from optout.person import Person
from optout.recipe.loader import load_catalogue

RECIPE = """\
id: eudemo
name: EU Demo (lab)
url: http://eudemo.lab.test/
domains: [eudemo.lab.test]
jurisdictions: {jurisdictions}
inputs: [full_name, email, city]
verified: {{status: lab, how: written for the GDPR tests}}
optout:
  channel: email
  email:
    to: privacy@eudemo.lab.test
    identifiers: [full_name, email, city]
"""
SENT = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)


def broker(tmp_path: Path, jurisdictions: str):  # type: ignore[no-untyped-def]
    folder = tmp_path / jurisdictions.strip("[]").replace(", ", "-")
    folder.mkdir()
    (folder / "eudemo.yaml").write_text(RECIPE.format(jurisdictions=jurisdictions))
    return load_catalogue([folder]).recipes["eudemo"]


def client(country: str, state: str | None = None) -> Person:
    addr = {"city": "Somewhere", "country": country} | ({"state": state} if state else {})
    return Person(first_name="Yesenia", last_name="Ordóñez Paz", emails=["y@example.org"], addresses=[addr])


@pytest.mark.parametrize(("state", "country", "jurisdictions", "key", "named"), [
    # a client in the US: the broker's country's authority, by name where the recipe gives one country
    ("CA", "US", "[FR]", "gdpr_office", "CNIL"),
    ("TX", "US", "[ES]", "gdpr_office", "AEPD"),
    ("NY", "US", "[IE]", "gdpr_office", "Data Protection Commission of Ireland"),
    ("IL", "US", "[UK]", "gdpr_uk", "Information Commissioner's Office"),
    ("IL", "US", "[DE]", "gdpr_de_broker", "where the broker is established"),
    ("FL", "US", "[EU]", "gdpr_broker", "where the broker is established"),
    ("FL", "US", "[US, EU]", "gdpr_broker", "where the broker is established"),
    ("FL", "US", "[FR, NL]", "gdpr_broker", "where the broker is established"),  # which one: its notice says
    # a client living in Europe: their own country's authority, whatever the broker's
    (None, "ES", "[US]", "gdpr_office", "AEPD"),
    (None, "ES", "[FR]", "gdpr_office", "AEPD"),
    (None, "PT", "[EU]", "gdpr_office", "Portuguese National Data Protection Commission"),
    (None, "GB", "[US]", "gdpr_uk", "Information Commissioner's Office"),
    (None, "DE", "[FR]", "gdpr_de_resident", "where you live"),
])
def test_the_complaint_names_the_authority_the_client_can_go_to(tmp_path, state, country, jurisdictions, key, named):
    law = choose_law(client(country, state), broker(tmp_path, jurisdictions), SENT.date())
    assert law.id == "gdpr" and law.complaint_key == key
    assert named in law.complaint
    if country == "US":
        assert "where you live" not in law.complaint and "where I live" not in law.regulator
    # the follow-up tells the broker to whom the client will complain, in the same terms
    (tmp_path / "again").mkdir()
    letter = compose_follow_up(broker(tmp_path / "again", jurisdictions), {"full_name": "Yesenia Ordóñez Paz"},
                               "OPT-ABCDEF", SENT, law, SENT + dt.timedelta(days=40))
    assert f"I will file a complaint with {law.regulator}." in letter.body
    assert named.split()[-1] in law.regulator or key in ("gdpr_broker", "gdpr_de_broker", "gdpr_de_resident")
    # Spanish: the sentence translated, the office's name as it is
    es = law.complaint_in("es")
    assert "reclamación" in es and "where" not in es
    if key == "gdpr_office":
        assert DATA_PROTECTION_AUTHORITIES[law.authority.partition(":")[2]] in es


def test_a_follow_up_names_the_same_authority_as_the_letter(tmp_path):
    """The authority is recorded with the letter (``law_authority``) and read back by the follow-ups
    and the report (``law_by_id``): a client who moves later keeps the letter's authority."""
    law = choose_law(client("US", "CA"), broker(tmp_path, "[IT]"), SENT.date())
    again = law_by_id(law.id, law.state, SENT.date(), law.authority)
    assert (again.complaint_key, again.complaint, again.regulator) == (law.complaint_key, law.complaint, law.regulator)
    assert "Garante" in again.complaint
    # a letter recorded before the authority was: words any reader can use, never "where you live"
    old = law_by_id("gdpr", None, SENT.date())
    assert old.complaint_key == "gdpr_broker" and "where you live" not in old.complaint


def test_every_gdpr_country_has_an_authority_or_a_rule():
    """Each country code optout reads as a GDPR one names an office, or is Germany (its states'
    authorities), the UK's alias, or the union itself."""
    missing = sorted(c for c in GDPR_COUNTRIES if c not in DATA_PROTECTION_AUTHORITIES and c not in ("DE", "UK", "EU", "EEA"))
    assert missing == []
