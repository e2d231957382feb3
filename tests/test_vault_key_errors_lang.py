"""Every way the vault's key file or credential can be wrong reads in the reader's language, naming
the file, never "(solo en inglés)" with the English words (trial36: a damaged vault.key, one made
readable by others, a missing one, and a passphrase vault made without a passphrase all
read in English on a Spanish terminal, while a wrong passphrase read in Spanish)."""

from __future__ import annotations

import os

import pytest

from optout.cli import error_line, say
from optout.errors import ConfigError, Exit
from optout.vault import KeySource, Vault


def _broken(tmp_path, how: str):
    data = tmp_path / "data"
    Vault.open(data, None, create=True)  # a key-file vault: vault.json and vault.key
    key = data / "vault.key"
    if how == "damaged":
        key.write_text("garbage")
    elif how == "open to others":
        os.chmod(key, 0o644)
    elif how == "missing":
        key.unlink()
    return data


@pytest.mark.parametrize("how, es", [
    ("damaged", "no es una clave de bóveda de optout"),
    ("open to others", "otras cuentas de esta máquina pueden leer"),
    ("missing", "no se puede leer el archivo de clave de la bóveda"),
])
def test_a_broken_key_file_is_said_in_spanish_naming_the_file(tmp_path, how, es):
    data = _broken(tmp_path, how)
    with pytest.raises(ConfigError) as e:
        Vault.open(data, None)
    assert e.value.exit_code == Exit.CONFIG
    english_only = say("error.english_only", "es", message="")
    line = error_line(e.value, "es")
    assert english_only.strip() not in line and es in line, line
    assert line.startswith(f"{data / 'vault.key'}: ") and "\n" not in line
    assert "vault.key" in error_line(e.value, "en")  # the English line as it was


def test_a_new_passphrase_vault_without_a_passphrase_is_said_in_spanish(tmp_path):
    with pytest.raises(ConfigError) as e:
        Vault.open(tmp_path / "data", None, create=True, source=KeySource(kind="passphrase"))
    line = error_line(e.value, "es")
    assert "hace falta una contraseña" in line and "OPTOUT_PASSPHRASE" in line, line


@pytest.mark.parametrize("new, es", [("short", "menos de 8 caracteres"), ("correct horse", "es la anterior")])
def test_a_refused_new_passphrase_is_said_in_spanish(tmp_path, monkeypatch, new, es):
    from optout.settings import Settings
    from optout.vault import new_source

    data = tmp_path / "data"
    Vault.open(data, "correct horse", create=True)
    monkeypatch.setenv("OPTOUT_NEW_PASSPHRASE", new)
    with pytest.raises(ConfigError) as e:
        new_source(Settings(data_dir=data, passphrase="correct horse"), None)
    line = error_line(e.value, "es")
    assert es in line and "solo en inglés" not in line, line


def test_a_persons_seal_from_another_vault_is_said_in_spanish(tmp_path):
    ours = Vault.open(tmp_path / "a", None, create=True)
    theirs = Vault.open(tmp_path / "b", None, create=True)
    blob, _ = theirs.seal_person("p_x7k2m9q4ab", b"{}")
    with pytest.raises(ConfigError) as e:
        ours.open_person("p_x7k2m9q4ab", blob)
    line = error_line(e.value, "es")
    assert "otra bóveda" in line and "solo en inglés" not in line, line
