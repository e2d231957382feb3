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
    assert "0 solicitud(es) ya enviada(s)" in r.stdout
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
