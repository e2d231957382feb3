"""An address written on several lines keeps its lines apart in the authorisation form a client
signs (`optout agent form`) and in the clinic's settings (t52): a settings file's multi-line
address, or one pasted into the dashboard, ran "Suite 4" and "12 Main St" together."""

from __future__ import annotations

from optout import clinic
from optout.legal import agent
from optout.person import parse_person
from optout.settings import Settings

from .harness import cli_env, run_optout

LINES = "Centro Legal del Valle\nSuite 4\n  12 Main St\nFresno, CA 93721\n"
ONE = "Centro Legal del Valle, Suite 4, 12 Main St, Fresno, CA 93721"


def test_the_agent_form_gives_a_multi_line_address_with_its_lines_kept_apart(tmp_path):
    env = cli_env(tmp_path, OPTOUT_AGENT__NAME="Centro Legal", OPTOUT_AGENT__ADDRESS=LINES)
    assert run_optout(env, "init").returncode == 0
    profile = tmp_path / "p.toml"
    profile.write_text('first_name = "Rosa"\nlast_name = "Quispe"\nlabel = "C-1"\n'
                       '[[addresses]]\ncity = "Fresno"\nstate = "CA"\n', "utf-8")
    assert run_optout(env, "person", "add", str(profile)).returncode == 0
    r = run_optout(env, "agent", "form", "C-1")
    assert r.returncode == 0, r.stderr
    assert f"authorise Centro Legal, {ONE}, to act" in " ".join(r.stdout.split()), r.stdout
    assert "Suite 412" not in r.stdout


def test_the_clinic_settings_keep_an_addresss_lines_apart(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    settings.data_dir.mkdir(parents=True)
    clinic.save(settings, None, LINES, agent_values={"name": "Centro Legal", "address": LINES})
    assert clinic.contact(settings).postal_address == ONE
    assert clinic.agent(settings).address == ONE
    person = parse_person({"first_name": "Rosa", "last_name": "Quispe"}, "test")
    assert ONE in " ".join(agent.form(person.display_name, clinic.agent(settings), clinic.agent_postal_address(settings)).split())
