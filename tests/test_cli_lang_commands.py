"""Every command a volunteer reads, under ``LANG=es``: no label, heading, prompt or next step left
in English (trial 23 found ``optout init``'s "Next: …", ``person list``'s headings, ``person
show``'s field names and ``staff add``'s password prompts in English in a Spanish session). Each
command runs as a volunteer runs it and its output is searched for the English labels it used to
print; the same commands under ``LANG=C`` keep them."""

from __future__ import annotations

import os
import pty
import re
import sys
import time

from .test_clinic import cli, env  # noqa: F401  (the fixture)
from .test_cli_lang import _env

PROFILE = """first_name = "Itzel"
last_name = "Chavajay Ixcoy"
birth_year = 1986
label = "K-7"
names = [{kind = "married", given = ["Itzel"], surnames = ["de", "Tum"]}]
addresses = [{city = "Oxnard", state = "CA", zip = "93030"}, {city = "Lompoc", state = "CA"}]
"""

#: The English labels the CLI printed around a volunteer's values before trial 23's fixes, as
#: whole words (a command name or flag such as ``optout person add`` is not a label).
ENGLISH = ["data directory ready", "Next:", "PROFILE", "label", "added", "person", "file", "first_name",
           "last_name", "birth_year", "past address", "address", "other name", "given", "surname(s)", "married",
           "nothing removed", "removed", "evidence file", "kind", "step", "sha256", "exported", "path",
           "status", "source", "letters", "day", "date", "case", "backup in", "Not in it", "rotation_pending"]


def english_in(text: str) -> list[str]:
    # command lines the text quotes (optout person add PERFIL.toml) are not labels
    text = re.sub(r"optout( [a-z-]+)+( [A-Z.]+)?", "", text)
    return [w for w in ENGLISH if re.search(rf"(?<![\w.-]){re.escape(w)}(?![\w-])", text)]


def test_init_and_person_commands_read_in_spanish(env, tmp_path):  # noqa: F811
    es = _env(env, LANG="es_MX.UTF-8")
    r = cli({**es, "OPTOUT_DATA_DIR": str(tmp_path / "fresh")}, "init")
    assert r.returncode == 0, r.stderr
    assert "lista" in r.stdout and "optout person add" in r.stdout and not english_in(r.stdout), r.stdout
    profile = tmp_path / "itzel.toml"
    profile.write_text(PROFILE, "utf-8")
    r = cli(es, "person", "add", str(profile))
    assert r.returncode == 0 and r.stdout.splitlines()[0].split() == ["archivo", "persona"], r.stdout
    r = cli(es, "person", "list")
    assert r.returncode == 0 and r.stdout.splitlines()[0].split() == ["persona", "etiqueta", "agregada"], r.stdout
    r = cli(es, "person", "show", "K-7")
    assert r.returncode == 0, r.stderr
    assert not english_in(r.stdout), (english_in(r.stdout), r.stdout)
    for said in ("nombre", "apellidos", "año de nacimiento", "dirección anterior", "otro nombre",
                 "nombre de casada o casado"):
        assert said in r.stdout, (said, r.stdout)
    r = cli(es, "drop", "show", "K-7")
    assert r.returncode == 0 and "no hay ninguna presentación de DROP" in r.stdout and not english_in(r.stdout)
    r = cli(es, "letters", "plan")
    assert r.returncode == 0 and not english_in(r.stdout), r.stdout
    r = cli(es, "backup", str(tmp_path / "copia"))
    assert r.returncode == 0 and r.stdout.startswith("copia de seguridad en "), r.stdout
    assert "backup in" not in r.stdout and "Not in it" not in r.stdout and "No contiene la clave maestra" in r.stdout
    r = cli(es, "key", "show")
    assert r.returncode == 0 and "cambio de clave pendiente" in r.stdout.splitlines()[0], r.stdout
    r = cli(es, "person", "remove", "K-7", "--yes")
    assert r.returncode == 0 and r.stdout.startswith("se eliminó a p_") and not english_in(r.stdout), r.stdout
    # an English terminal keeps the English words
    en = _env(env, LANG="C.UTF-8")
    assert "removed at their request" in cli(en, "person", "add", str(profile)).stderr  # removed above (trial50)
    assert cli(en, "person", "add", str(profile), "--allow-removed").stdout.split()[:2] == ["file", "person"]
    shown = cli(en, "person", "show", "K-7").stdout
    assert "past address" in shown and "birth_year" in shown, shown
    r = cli({**en, "OPTOUT_DATA_DIR": str(tmp_path / "fresh2")}, "init")
    assert "Next: optout person add PROFILE.toml" in r.stdout


def _on_a_terminal(env: dict[str, str], args: list[str], answers: list[str]) -> str:
    """Run optout with a terminal of its own (getpass reads /dev/tty), answer each prompt, return all it wrote."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: a session whose terminal is the pty
        os.execve(sys.executable, [sys.executable, "-m", "optout", *args], env)
    out, deadline = b"", time.monotonic() + 60
    try:
        for answer in answers:
            while b":" not in out.rsplit(b"\n", 1)[-1] and time.monotonic() < deadline:
                out += os.read(fd, 1024)
            os.write(fd, answer.encode() + b"\n")
            out += b"\n"
        while time.monotonic() < deadline:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child ended
                break
            if not chunk:
                break
            out += chunk
    finally:
        os.waitpid(pid, 0)
        os.close(fd)
    return out.decode("utf-8", "replace")


def test_staff_password_prompts_read_in_spanish(env):  # noqa: F811
    es = _env(env, LANG="es_MX.UTF-8")
    said = _on_a_terminal(es, ["staff", "add", "Ana Lucía"], ["clave-de-ana-2026", "clave-de-ana-2026"])
    assert "contraseña de ana.lucia:" in said and "repítala:" in said, said
    assert "password for" not in said and "again:" not in said, said
    assert "cuenta ana.lucia creada" in said, said
    said = _on_a_terminal(es, ["staff", "add", "beto"], ["clave-de-beto-1", "otra-clave-de-beto"])
    assert "las dos contraseñas no coinciden; no se cambió nada" in said and "solo en inglés" not in said, said
    said = _on_a_terminal(_env(env, LANG="C.UTF-8"), ["staff", "add", "carla"], ["clave-de-carla-1"] * 2)
    assert "password for carla:" in said and "again:" in said, said


def test_a_runs_mailbox_lines_and_a_fault_read_in_spanish(capsys, tmp_path):
    """What a run says of the mailbox ("mailbox: 1 confirmed, 1 refused") and of a fault of this
    machine ("stopped after …", "to recover: …") is said in the reader's language too; every kind
    of reply a mailbox read counts has its words."""
    from types import SimpleNamespace

    from optout.cli import MAIL_COUNTED, mail_report, stopped_by_fault
    from optout.mail._classify import KINDS
    from optout.reasons import text
    from optout.settings import Settings

    # a reply kind, errors, a broker's reply that waits for a person to say whose it is (trial42), and a
    # reply kept as a declined case's evidence (f44a)
    assert set(MAIL_COUNTED) == {*KINDS, "errors", "awaiting_match", "declined_evidence"}
    assert all(text(f"cli:mail.{k}", "es") for k in MAIL_COUNTED)
    es = mail_report(lang="es")
    es({"confirmed": 1, "refused": 2, "unmatched": 3}, None)
    es(None, "IMAP server imap.example.org:993 did not answer")
    assert es.line() == "buzón de correo: confirmadas: 1, rechazadas: 2"
    err = capsys.readouterr().err.splitlines()
    assert err == ["buzón de correo: confirmadas: 1, rechazadas: 2",
                   "esta vez no se pudo leer el buzón de correo: (solo en inglés) IMAP server imap.example.org:993 "
                   "did not answer"], err
    en = mail_report()
    en({"confirmed": 1, "refused": 2}, None)
    assert en.line() == "mailbox: 1 confirmed, 2 refused"
    assert capsys.readouterr().err.splitlines() == ["mailbox: 1 confirmed, 2 refused"]
    settings = Settings(data_dir=tmp_path)
    assert stopped_by_fault(settings, SimpleNamespace(processed=4, fault="the disk is full", fault_hint=None), "es") == 75
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "optout: se detuvo después de 4 casos: (solo en inglés) the disk is full", err
    assert err[1].startswith("optout: para seguir: "), err


def test_warnings_broken_recipes_key_rotation_and_the_worker_read_in_spanish(env, tmp_path):  # noqa: F811
    """What c24 found still English in a Spanish session: the warning on a misspelt setting, a bad
    setting, ``recipe list``'s broken recipes (and ``run``'s skipped ones), ``key rotate``'s lines,
    and ``optout worker``'s start, passes and stop; the same words stay in English under ``LANG=C``."""
    import json
    import signal
    import subprocess
    import sys as _sys
    from pathlib import Path

    from optout.lab import LabThread
    from optout.worker import RunSummary

    es = _env(env, LANG="es_MX.UTF-8")
    en = _env(env, LANG="C")
    bad = tmp_path / "recipes"
    bad.mkdir()
    (bad / "bad.yaml").write_text("id: bad\nname: [unclosed\n")
    dirs = json.dumps([str(Path(__file__).resolve().parents[1] / "brokers"), str(bad)])
    r = cli({**es, "OPTOUT_RECIPE_DIRS": dirs, "OPTOUT_WORKR__CONCURRENCY": "2"}, "recipe", "list")
    assert "optout: OPTOUT_WORKR__CONCURRENCY no es un ajuste de optout y no se tiene en cuenta (¿quiso decir " \
           "OPTOUT_WORKER__CONCURRENCY?)" in r.stderr, r.stderr
    # the loader's fault in Spanish from its reason code (t52), the YAML parser's own words marked English
    assert "receta con errores: " in r.stderr and "bad.yaml: no es YAML válido en la línea 2 o cerca de ella: " \
           in r.stderr and "(solo en inglés)" not in r.stderr and "broken:" not in r.stderr, r.stderr
    assert "is not a setting" not in r.stderr and "did you mean" not in r.stderr
    r = cli({**en, "OPTOUT_RECIPE_DIRS": dirs, "OPTOUT_WORKR__CONCURRENCY": "2"}, "recipe", "list")
    assert "broken: " in r.stderr and "is not a setting and is ignored (did you mean" in r.stderr, r.stderr
    r = cli({**es, "OPTOUT_WORKER__CONCURRENCY": "many"}, "status")
    # pydantic's kind in optout's Spanish, no longer its English labelled as such (f37)
    assert r.returncode == 78 and r.stderr.startswith("optout: ajuste incorrecto: worker.concurrency: "
                                                      "se esperaba un número entero"), r.stderr
    # key rotation: its progress and its last line
    r = cli(es, "key", "rotate", "--to", "keyfile")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "clave nueva (archivo de clave); 0 de 0 claves de persona protegidas con ella", r.stdout
    assert not english_in(r.stdout + r.stderr) and "re-wrapped" not in r.stdout + r.stderr
    # the worker: its first line, and its last when stopped
    profile = tmp_path / "one.csv"
    profile.write_text("label,first_name,last_name,birth_year,city,state\nM-1,Marisol,Quintero Vargas,1977,"
                       "Bakersfield,CA\n", encoding="utf-8")
    assert cli(es, "person", "import", str(profile)).returncode == 0
    with LabThread(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        w = subprocess.Popen([_sys.executable, "-m", "optout", "worker", "--poll", "0.2", "--grace", "0.5"],
                             env={**es, "OPTOUT_LAB_URL": lab.url}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
        said = [w.stderr.readline()]
        while not said[-1].startswith("optout worker") and said[-1]:
            said.append(w.stderr.readline())
        first = said[-1]
        w.send_signal(signal.SIGTERM)
        out, err = w.communicate(timeout=60)
    # what it leaves out (the e-mail brokers: no mail account) and its first line
    assert re.match(r"se dejan fuera \d+ corredores que reciben solicitudes por correo", said[0]), said  # the lab's e-mail brokers
    assert not any("left out" in x or "broker(s)" in x for x in said), said
    assert first.startswith("optout worker en marcha con el laboratorio de corredores, "), first
    assert "SIGTERM o Ctrl-C lo detiene" in first and "running" not in first
    assert out.startswith("optout worker se detuvo: casos procesados: "), out
    assert "stopped" not in out and "processed" not in out and "handed back" not in out, out
    # a pass's line, as the worker prints it after each pass, with what stopped it and what waits
    s = RunSummary(processed=3, deferred=1, handed_back=2, fault="disk full", setting="mail.smtp_security",
                   setting_held=4)
    s.by_state.update({"removed": 2, "missing data": 1})
    line = s.line("es")
    assert line == ("casos procesados: 3 (falta información: 1, eliminado: 2), 1 para más tarde (corredor en pausa), "
                    "2 devueltos sin tocar; se detuvo: (solo en inglés) disk full; 4 casos esperan a que se corrija "
                    "un ajuste: (solo en inglés) mail.smtp_security"), line
    # in English too the states in words, as a person reads them in cron mail (c25: not "needs_human 2")
    assert s.line() == ("3 cases processed (missing data: 1, removed: 2), 1 deferred (broker backing off), "
                        "2 handed back; stopped: disk full; 4 cases wait for a setting: mail.smtp_security")


def test_recipe_list_says_each_brokers_health_in_spanish(env):  # noqa: F811
    """Reading the new brokers in a Spanish session, ``recipe list`` headed its column "estado de la
    receta" and then wrote "unverified" under it; the dashboard already says "sin verificar"."""
    r = cli(_env(env, LANG="es_MX.UTF-8"), "recipe", "list")
    assert r.returncode == 0, r.stderr
    row = next(line for line in r.stdout.splitlines() if line.startswith("peekyou "))
    assert "sin verificar" in row and "unverified" not in row, row
    assert "laboratorio" in next(line for line in r.stdout.splitlines() if line.startswith("peoplefind ")), r.stdout
    r = cli(_env(env, LANG="es_MX.UTF-8"), "recipe", "list", "--json")
    assert {"id": "peekyou", "health": "unverified"}.items() <= next(
        x for x in __import__("json").loads(r.stdout) if x["id"] == "peekyou").items()


def test_the_clock_and_disk_hints_read_in_the_readers_language(tmp_path, capsys):
    """f36: how to recover from a drifted clock or a full disk was English only, labelled so in a
    Spanish session; it is the catalogue's now (``cli:hint.clock``, ``cli:hint.disk``)."""
    from types import SimpleNamespace

    from optout.cli import mail_fault_exit, stopped_by_fault
    from optout.clock import CLOCK_HINT
    from optout.diskspace import recovery_hint
    from optout.settings import Settings

    settings = Settings(data_dir=tmp_path)
    for hint, es_words, en_words in ((CLOCK_HINT, "ponga el reloj en hora (timedatectl set-ntp true)",
                                      "set the clock (timedatectl set-ntp true), then run again"),
                                     (None, f"libere espacio en el disco que contiene {tmp_path}",
                                      f"free space on the disk holding {tmp_path}")):
        run = SimpleNamespace(processed=2, fault="the fault's own words", fault_hint=hint)
        assert stopped_by_fault(settings, run, "es") == 75
        err = capsys.readouterr().err.splitlines()
        assert err[1].startswith("optout: para seguir: " + es_words), err
        assert "(solo en inglés)" in err[0] and "(solo en inglés)" not in err[1] and "run again" not in err[1]
        assert stopped_by_fault(settings, run, "en") == 75
        assert capsys.readouterr().err.splitlines()[1].startswith("optout: to recover: " + en_words)
    assert mail_fault_exit(settings, "es") == 75
    assert capsys.readouterr().err.strip() == "optout: para seguir: " + recovery_hint(tmp_path, "es")
    assert "vuelva a ejecutar" in recovery_hint(tmp_path, "es") and "run again" in recovery_hint(tmp_path)
    assert recovery_hint(tmp_path, "xx") == recovery_hint(tmp_path)  # a language without a catalogue: English


def test_a_letter_for_a_broker_without_post_and_the_agents_missing_settings_read_in_spanish(env, tmp_path):  # noqa: F811
    """trial50: `optout letter C5` for a broker that takes no postal letter, and `optout agent form`
    with no agent set, said "(solo en inglés) …" to a Spanish coordinator; a signed scan refused too."""
    import json

    es = _env(env, LANG="es_MX.UTF-8")
    profile = tmp_path / "itzel.toml"
    profile.write_text(PROFILE, "utf-8")
    assert cli(es, "person", "add", str(profile)).returncode == 0
    cases = json.loads(cli(env, "status", "--person", "K-7", "--all", "--json").stdout)
    from optout.legal.postal import is_postal
    from optout.recipe.loader import load_catalogue
    from optout.settings import PROJECT_BROKERS

    recipes = load_catalogue([PROJECT_BROKERS]).recipes
    case = next(c["case"] for c in cases if c["broker"] in recipes and not is_postal(recipes[c["broker"]]))
    r = cli(es, "letter", str(case), "--out", str(tmp_path / "carta.pdf"))
    assert r.returncode != 0 and "no acepta cartas por correo postal" in r.stderr, r.stderr
    assert "solo en inglés" not in r.stderr and "postal letter" not in r.stderr
    r = cli(es, "agent", "form", "K-7")
    assert r.returncode != 0 and "primero indique el nombre del agente autorizado" in r.stderr, r.stderr
    assert "solo en inglés" not in r.stderr
    scan = tmp_path / "firma.txt"
    scan.write_text("x", "utf-8")
    agent = {**es, "OPTOUT_AGENT__NAME": "Clínica Ejemplo"}
    r = cli(agent, "agent", "authorise", "K-7", str(scan), "--signed", "2020-01-01")
    assert r.returncode != 0 and "debe ser un PDF, PNG o JPEG" in r.stderr and "solo en inglés" not in r.stderr, r.stderr


def test_drops_refusals_read_in_spanish(env, tmp_path):  # noqa: F811
    """trial50's class: `optout drop record` / `status` refused in English only ("(solo en inglés)")."""
    es = _env(env, LANG="es_MX.UTF-8")
    profile = tmp_path / "itzel.toml"
    profile.write_text(PROFILE, "utf-8")
    assert cli(es, "person", "add", str(profile)).returncode == 0
    r = cli(es, "drop", "status", "K-7", "no-such-broker", "deleted")
    assert r.returncode != 0 and "ningún corredor tiene el id no-such-broker" in r.stderr, r.stderr
    r = cli(es, "drop", "status", "K-7", "acxiom", "deleted")
    assert r.returncode != 0 and "primero registre la presentación de DROP" in r.stderr, r.stderr
    r = cli(es, "drop", "record", "K-7", "--reference", " ", "--filed", "2020-01-01")
    assert r.returncode != 0 and "escriba la referencia que dio el estado" in r.stderr, r.stderr
    r = cli(es, "drop", "record", "K-7", "--reference", "D-1", "--filed", "2999-01-01")
    assert r.returncode != 0 and "una fecha en el futuro" in r.stderr, r.stderr
    for err in (r.stderr,):
        assert "solo en inglés" not in err
