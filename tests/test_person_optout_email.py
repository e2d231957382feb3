"""A person changes the mailbox brokers write to (trial37: a nurse's new address in month four).
`person edit` could add an e-mail but never change ``optout_email``, the one brokers get; adding the
edited profile again was refused as a duplicate, and removing the person deletes their evidence.
Through the real CLI, as she types it."""

from __future__ import annotations

import json
import subprocess

from .test_clinic import cli, env, no_traceback  # noqa: F401  (the fixture)

PROFILE = """\
first_name = "Yuliana Andrea"
last_name = "Quiñónez Caicedo"
birth_year = 1986
emails = ["yuli.casa@example.org"]
optout_email = "yuli.bajas@example.org"

[[addresses]]
city = "Long Beach"
state = "CA"
"""


def show(env: dict[str, str]) -> dict:  # noqa: F811
    r = cli(env, "person", "show", "yo", "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_the_address_brokers_get_can_be_changed_and_the_old_one_is_kept(env, tmp_path):  # noqa: F811
    (tmp_path / "yo.toml").write_text(PROFILE, encoding="utf-8")
    assert cli(env, "person", "add", str(tmp_path / "yo.toml"), "--label", "yo").returncode == 0
    r: subprocess.CompletedProcess = cli(env, "person", "edit", "yo", "--optout-email", "yuli.nueva@example.org",
                                         "--lang", "es")
    no_traceback(r)
    assert r.returncode == 0, r.stderr
    assert "desde ahora los corredores reciben la nueva dirección de correo para las solicitudes de eliminación" in r.stdout
    assert "0 solicitudes ya enviadas" in r.stdout
    assert "yuli" not in r.stdout + r.stderr  # no value is echoed
    data = show(env)
    assert data["optout_email"] == "yuli.nueva@example.org"
    assert data["emails"] == ["yuli.casa@example.org", "yuli.bajas@example.org"]
    # the same address again changes nothing and says nothing of it
    r = cli(env, "person", "edit", "yo", "--optout-email", "yuli.nueva@example.org", "--lang", "en")
    assert r.returncode == 0 and "opt-out e-mail" not in r.stdout
    # a misspelt provider is refused in one line naming the field, nothing changed
    r = cli(env, "person", "edit", "yo", "--optout-email", "yuli@gmial.com")
    no_traceback(r)
    assert r.returncode == 65 and "optout_email" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert show(env)["optout_email"] == "yuli.nueva@example.org"


def test_a_first_opt_out_address_is_set_not_kept_and_letter_case_is_no_change(env, tmp_path):  # noqa: F811
    """f38: on a person WITHOUT an opt-out address the edit said "the old one is kept" and counted
    0; a change of letter case only counted as a change of mailbox and left both spellings among
    the person's e-mails (person.mailbox_key: RFC 5321 §2.4, one mailbox)."""
    (tmp_path / "yo.toml").write_text(PROFILE.replace('optout_email = "yuli.bajas@example.org"\n', ""),
                                      encoding="utf-8")
    assert cli(env, "person", "add", str(tmp_path / "yo.toml"), "--label", "yo").returncode == 0
    for lang, words in (("en", "the profile had none before"), ("es", "el perfil no tenía ninguna")):
        r = cli(env, "person", "edit", "yo", "--optout-email", f"Yuli.Bajas.{lang}@Example.org", "--lang", lang)
        no_traceback(r)
        assert r.returncode == 0 and words in r.stdout, (lang, r.stdout)
        assert "old one is kept" not in r.stdout and "anterior se guarda" not in r.stdout, r.stdout
        assert "request(s)" not in r.stdout and "solicitud(es)" not in r.stdout, r.stdout
        if lang == "en":  # the second "set" is a change: back to a person without one for Spanish
            data = show(env)
            assert data["emails"] == ["yuli.casa@example.org"], data  # nothing old was added
            r = cli(env, "person", "edit", "yo", "--optout-email", "yuli.bajas.en@example.org", "--lang", "en")
            assert r.returncode == 0 and "same mailbox" in r.stdout and "old one is kept" not in r.stdout, r.stdout
            data = show(env)
            assert data["optout_email"] == "yuli.bajas.en@example.org", data
            assert data["emails"] == ["yuli.casa@example.org"], data  # the old spelling is not a second address
            (tmp_path / "yo.toml").write_text(PROFILE.replace('optout_email = "yuli.bajas@example.org"\n', ""),
                                              encoding="utf-8")
            assert cli(env, "person", "remove", "yo", "--yes").returncode == 0
            # removed, then added again on purpose (trial50: refused without --allow-removed)
            assert cli(env, "person", "add", str(tmp_path / "yo.toml"), "--label", "yo",
                       "--allow-removed").returncode == 0
    # an address added in other letter case is the one the profile holds, not a second one
    r = cli(env, "person", "edit", "yo", "--add-email", "YULI.CASA@EXAMPLE.ORG")
    assert r.returncode == 0, r.stderr
    assert [e.casefold() for e in show(env)["emails"]].count("yuli.casa@example.org") == 1
