"""A clinic's work without a browser: bulk intake (CSV), labels and lookup, duplicates, all-or-nothing
adds (killed between the writes), edit/remove, which brokers apply to whom, and every error a
volunteer meets with its exact one-line message and no traceback."""

from __future__ import annotations

import email.policy
import json
import mailbox
import os
import signal
import smtplib
import shutil
import socket
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from optout.errors import Exit
from optout.app import applies
from optout.mail import GDPR_COUNTRIES
from optout.intake import read_csv
from optout.lab import LabThread
from optout.person import parse_person
from optout.recipe.loader import load_catalogue
from optout.settings import PROJECT_BROKERS

CLINIC = Path(__file__).parent / "data" / "clinic-40.csv"
HEADER = "label,first_name,last_name,emails,phones,street,apartment,city,state,zip,past_addresses\r\n"


def cli(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "optout", *args], env=env, capture_output=True, text=True,
                          timeout=120, input=stdin)


@pytest.fixture
def env(tmp_path):
    e = {k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")}
    e.update(OPTOUT_DATA_DIR=str(tmp_path / "data"), OPTOUT_PASSPHRASE="correct horse",
             OPTOUT_CONFIG=str(tmp_path / "none.toml"))
    assert cli(e, "init").returncode == 0
    return e


def no_traceback(r: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout


def people(env: dict[str, str]) -> list[dict]:
    return json.loads(cli(env, "person", "list", "--json").stdout)


# ---- import -----------------------------------------------------------------------------------------


def test_the_clinic_file_is_read_whole():
    rows, problems = read_csv(CLINIC)
    assert problems == [] and len(rows) == 40
    by_label = {p.label: p for _, p in rows}
    jose = by_label["C-01"]
    assert (jose.first_name, jose.last_name) == ("José", "Ramírez García")
    assert jose.addresses[0].street == "2211 W Cermak Rd Apt 3B"  # apartment kept with the street
    assert [a.city for a in jose.addresses] == ["Chicago", "Chicago"]  # a past address
    assert by_label["C-11"].phones == ["(305) 555-0111", "(305) 555-0199"]  # two values in a cell
    assert [a.city for a in by_label["C-04"].addresses] == ["Brownsville", "Harlingen"]
    assert by_label["C-07"].phones == [] and by_label["C-07"].emails == []
    assert by_label["C-03"].first_name == "Nguyễn"


def test_a_sheets_past_addresses_abroad_are_read_with_their_country(tmp_path):
    """A client who lived in Germany, Belgium or Norway: the intake form writes the address as it is
    written there, the country in its own language or in English or Spanish. Each is kept with its
    country (which brokers and which law apply follow it); a state written out stays a US state
    ("Georgia" is not the country), and a past address that is neither shape is refused, naming
    the column and both shapes."""
    sheet = tmp_path / "clients.csv"
    sheet.write_text(
        "label,first_name,last_name,birth_year,city,state,past_addresses\n"
        'C-1,Zarghuna,Rahimi,1985,Falls Church,VA,"Kaiserstraße 12, 63065 Offenbach am Main, Deutschland"\n'
        'C-2,Jean-Pierre,Mukendi Kabasele,1972,Hyattsville,MD,"Rue de Brabant 120, 1030 Schaerbeek, Belgique | '
        'Atlanta, Georgia 30301"\n'
        'C-3,Ingrid,Haugen-Okafor,1994,New York,NY,"Oslo, Norway ; Ciudad de México, México"\n', encoding="utf-8")
    rows, problems = read_csv(sheet)
    assert problems == []
    past = {p.label: [(a.country, a.street, a.zip, a.city, a.state) for a in p.addresses[1:]] for _, p in rows}
    assert past == {"C-1": [("DE", "Kaiserstraße 12", "63065", "Offenbach am Main", None)],
                    "C-2": [("BE", "Rue de Brabant 120", "1030", "Schaerbeek", None), ("US", None, "30301", "Atlanta", "GA")],
                    "C-3": [("NO", None, None, "Oslo", None), ("MX", None, None, "Ciudad de México", None)]}
    sheet.write_text("label,first_name,last_name,birth_year,city,state,past_addresses\n"
                     'C-4,Rosa,Cárcamo,1966,Los Angeles,CA,"Somewhere, Atlantis"\n', encoding="utf-8")
    _, problems = read_csv(sheet)
    assert [(p.column, p.why.code if p.why else None) for p in problems] == [("past_addresses", "input_past_address")]
    assert "abroad" in problems[0].problem


def test_import_twice_adds_nobody_the_second_time(env):
    r = cli(env, "person", "import", str(CLINIC))
    assert r.returncode == 0 and r.stdout.startswith("40 people imported from ")
    r = cli(env, "person", "import", str(CLINIC), "--json")
    out = json.loads(r.stdout)
    assert out["imported"] == 0 and len(out["already_held"]) == 40
    assert len(people(env)) == 40
    # asked for, they are added again
    r = cli(env, "person", "import", str(CLINIC), "--allow-duplicates")
    assert r.returncode == Exit.DATAERR  # ...but their labels are taken: nothing added, every row named
    assert "row" in r.stderr and "already used by p_" in r.stderr
    assert len(people(env)) == 40


REMOVED_SHEET = ("label,first_name,last_name,birth_date,phones,emails,city,state,zip\r\n"
                 "R-1,Lucía,Ramírez Ochoa,1980-03-04,(213) 555-0101,,Los Angeles,CA,90022\r\n"
                 "R-2,Mei,Chen,1975-11-20,(213) 555-0102,,Los Angeles,CA,90012\r\n"
                 "R-3,Nadia,bin Saeed,1990-01-02,,nadia@example.org,Los Angeles,CA,90013\r\n")


def test_a_client_removed_at_their_request_is_not_brought_back_by_the_sheet(env, tmp_path):
    """trial50 (high): a client removed at her request came back with new cases when the clinic
    imported its sheet again, her row still in it, and the next run would have written in her name.
    The removal keeps a keyed digest of who she was (no value in clear) and the day: an import, or
    a `person add`, refuses her row naming the row, never the value, until --allow-removed; a row
    that meets her by name and phone alone (another label, another address) is refused too."""
    sheet = tmp_path / "clients.csv"
    sheet.write_text(REMOVED_SHEET, encoding="utf-8")
    assert cli(env, "person", "import", str(sheet)).returncode == 0
    r = cli(env, "person", "remove", "R-2", "--yes")
    assert r.returncode == 0 and "Delete their row from the clinic's sheet too" in r.stdout, r.stdout
    assert len(people(env)) == 2
    # the store holds no value of hers in clear
    raw = b"".join(f.read_bytes() for f in (tmp_path / "data").rglob("*") if f.is_file())
    assert b"Chen" not in raw and b"555-0102" not in raw and b"5550102" not in raw

    r = cli(env, "person", "import", str(sheet))
    assert r.returncode == Exit.DATAERR, r.stdout
    assert "a client removed at their request on " in r.stderr and "delete the row from the sheet" in r.stderr
    assert "--allow-removed" in r.stderr and "Chen" not in r.stderr and "Mei" not in r.stderr
    assert [line.split()[0] for line in r.stderr.splitlines() if "removed at their request" in line] == ["3"]
    assert len(people(env)) == 2
    r = cli({**env, "LANG": "es_MX.UTF-8"}, "person", "import", str(sheet))
    assert r.returncode == Exit.DATAERR and "eliminada a solicitud suya el " in r.stderr, r.stderr
    assert "elimine la fila de la hoja" in r.stderr

    # the same client under another label and another address: met by name with birth, and phone
    moved = tmp_path / "moved.csv"
    moved.write_text(REMOVED_SHEET.split("\r\n")[0] + "\r\nX-9,MEI,Chen,,213-555-0102,,San Diego,CA,92101\r\n",
                     encoding="utf-8")
    r = cli(env, "person", "import", str(moved))
    assert r.returncode == Exit.DATAERR and "removed at their request" in r.stderr, r.stderr
    # a profile file alike
    profile = tmp_path / "one.toml"
    profile.write_text('first_name = "Mei"\nlast_name = "Chen"\nbirth_date = "1975-11-20"\n', encoding="utf-8")
    r = cli(env, "person", "add", str(profile))
    assert r.returncode == Exit.DATAERR and "removed at their request" in r.stderr and "Chen" not in r.stderr

    # she asked to come back: added once, and the next import of the sheet adds nobody
    r = cli(env, "person", "import", str(sheet), "--allow-removed", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["imported"] == 1 and len(out["already_held"]) == 2
    r = cli(env, "person", "import", str(sheet), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["imported"] == 0
    assert len(people(env)) == 3


def test_a_language_with_its_variety_is_read_and_an_unknown_one_refuses_no_sheet(env, tmp_path):
    """trial50: a language cell "Chino mandarín" gave "no es un idioma que optout conozca" and nobody
    was imported ("Chino" worked). A language's name with a variety, a dialect or a country beside
    it is read as that language; a cell that still names none keeps its row, imported with the
    clinic's language, and the import names the row and the column, never the cell."""
    from optout.person import language_code

    assert [language_code(n) for n in ("Chino mandarín", "árabe egipcio", "Mandarin Chinese", "portugués de Brasil",
                                       "criollo haitiano", "Chinese (Mandarin)", "Spanish (Mexico)", "español latino")] \
        == ["zh", "ar", "zh", "pt_BR", "ht", "zh", "es", "es"]
    assert language_code("de") is None and language_code("Qwertyano") is None
    sheet = tmp_path / "idiomas.csv"
    sheet.write_text("label,first_name,last_name,birth_year,city,state,language\r\n"
                     "L-1,Wei,Zhang,1970,Fresno,CA,Chino mandarín\r\n"
                     "L-2,Amina,Haddad,1981,Fresno,CA,árabe egipcio\r\n"
                     "L-3,Li,Chen,1990,Fresno,CA,Mandarin Chinese\r\n"
                     "L-4,Rosa,Lima,1985,Fresno,CA,Qwertyano\r\n", encoding="utf-8")
    r = cli(env, "person", "import", str(sheet))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("4 people imported") and "row 5: the language (column G)" in r.stdout, r.stdout
    assert "Qwertyano" not in r.stdout + r.stderr
    shown = {p["label"]: json.loads(cli(env, "person", "show", p["label"], "--json").stdout).get("language")
             for p in people(env)}
    assert shown == {"L-1": "zh", "L-2": "ar", "L-3": "zh", "L-4": None}, shown
    more = tmp_path / "mas.csv"
    more.write_text("expediente,nombres,apellidos,año de nacimiento,ciudad,estado,idioma\r\n"
                    "L-5,Ana,Ruiz,1979,Fresno,CA,Qwertyano\r\n", encoding="utf-8")
    r = cli({**env, "LANG": "es_MX.UTF-8"}, "person", "import", str(more))
    assert r.returncode == 0 and "fila 2: el idioma (columna G) no es uno que optout conozca" in r.stdout, r.stdout
    r = cli(env, "person", "import", str(more), "--json")
    assert json.loads(r.stdout)["language_unknown"] == [], r.stdout  # held already: nothing imported, nothing said


def test_bom_crlf_and_semicolons_are_read(env, tmp_path):
    f = tmp_path / "es.csv"
    f.write_bytes(b"\xef\xbb\xbf" + "label;first_name;last_name;phones;city;state\r\n"
                  "R-1;Ximena;Villaseñor Ibáñez;(602) 555-0116|(602) 555-0117;Phoenix;AZ\r\n".encode())
    r = cli(env, "person", "import", str(f))
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli(env, "person", "show", "R-1", "--json").stdout)
    assert shown["last_name"] == "Villaseñor Ibáñez" and len(shown["phones"]) == 2


def test_excels_other_encodings_are_read_and_a_doubtful_one_is_refused(env, tmp_path):
    # Excel's plain "CSV" on a Windows set to Spanish: Windows-1252, semicolons, CRLF
    w1252 = tmp_path / "clientes.csv"
    w1252.write_bytes("label;first_name;last_name;city;state\r\n"
                      "W-1;José María;Muñoz Ibáñez;Los Angeles;CA\r\n".encode("cp1252"))
    r = cli(env, "person", "import", str(w1252))
    assert r.returncode == 0, r.stderr
    assert json.loads(cli(env, "person", "show", "W-1", "--json").stdout)["last_name"] == "Muñoz Ibáñez"
    # Excel's "Unicode text": UTF-16 with its byte-order mark, tabs
    utf16 = tmp_path / "u16.csv"
    utf16.write_bytes("label\tfirst_name\tlast_name\tcity\tstate\r\nU-1\tНаталья\tPérez\tAustin\tTX\r\n"
                      .encode("utf-16"))
    r = cli(env, "person", "import", str(utf16))
    assert r.returncode == 0, r.stderr
    assert json.loads(cli(env, "person", "show", "U-1", "--json").stdout)["first_name"] == "Наталья"
    # the same names from a Mac (Mac Roman): read as Windows-1252 they would be wrong, so refused
    mac = tmp_path / "mac.csv"
    mac.write_bytes((HEADER + "L-1,Martín,Pérez,,,,,Austin,TX,,\r\n").encode("mac_roman"))
    r = cli(env, "person", "import", str(mac))
    assert r.returncode == Exit.DATAERR and r.stdout == ""
    assert r.stderr == ("optout: argument 3: line 2 is neither UTF-8 nor Windows-1252 text (it may be Mac Roman); "
                        'save it as "CSV UTF-8" and import it again\n')
    assert [p["label"] for p in people(env)] == ["W-1", "U-1"]


def _refused_import(env: dict, f: Path) -> tuple[subprocess.CompletedProcess, list[str]]:
    """``optout person import f`` refused as bad input, without a traceback: the run and its
    stderr's lines (the problems' table under its header, then the one-line summary)."""
    r = cli(env, "person", "import", str(f))
    no_traceback(r)
    assert r.returncode == Exit.DATAERR
    lines = r.stderr.splitlines()
    assert lines[0].split() == ["row", "column", "problem"]
    return r, lines


def test_a_bad_row_imports_nothing_and_every_problem_is_listed(env, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text(HEADER
                 + "B-1,Ana,Pérez-Ortega,ana@example.org,,77 Calle Ocho,,Brownsville,TX,78520,\r\n"
                 + "B-2,Luis,,not-an-address,,,,Austin,TX,,\r\n"
                 + "B-3,Rosa,Quispe Mamani,,,,,Philadelphia,ZZ,,\r\n"
                 + "B-4,Tomás,Ñáñez,,,,,Albuquerque,NM,,Somewhere\r\n"
                 + "B-5,Ana,Pérez-Ortega,,,77 Calle Ocho,,Brownsville,TX,,\r\n", encoding="utf-8")
    r, lines = _refused_import(env, f)
    body = "\n".join(lines[2:-1])
    assert "last_name" not in body  # "Luis" alone is a one-part name (docs/PEOPLE.md): no problem of its own
    assert "3    emails          item 0 is not an e-mail address" in body
    assert "4    state           not a US state code (expected two letters such as IL)" in body
    assert '5    past_addresses  address 1: expected "street, city, ST ZIP" or "city, ST"' in body
    assert "6    (row)           the same person as row 2" in body
    assert lines[-1] == "optout: argument 3: 4 row(s) have problems; nothing was imported"
    assert "not-an-address" not in r.stderr and "Quispe" not in r.stderr  # no values echoed
    assert people(env) == []


def test_a_client_entered_twice_is_named_as_the_whole_row_in_spanish(env, tmp_path):
    """A volunteer reading Spanish saw "(row)" in the column of a duplicated client (trial27), where
    the dashboard says "(toda la fila)": the terminal's table names it in the reader's language too."""
    f = tmp_path / "dup.csv"
    f.write_text(HEADER + "B-1,Ana,Pérez-Ortega,,,,,Brownsville,TX,,\r\n"
                 + "B-2,Ana,Pérez-Ortega,,,,,Brownsville,TX,,\r\n", encoding="utf-8")
    r = cli({**env, "LANG": "es_MX.UTF-8"}, "person", "import", str(f))
    assert r.returncode == Exit.DATAERR
    assert "3     (toda la fila)  la misma persona que la fila 2" in r.stderr, r.stderr
    assert "(row)" not in r.stderr and "Pérez" not in r.stderr


def test_a_phone_without_its_area_code_is_refused_by_row_and_column(env, tmp_path):
    """A 7-digit number is possible only when dialled locally: brokers print the area code, so it
    could never match a listing. Said by row and column, how to write it, never the number."""
    f = tmp_path / "phones.csv"
    f.write_text(HEADER
                 + "P-1,Ana,Pérez-Ortega,,(956) 555-0142,,,Brownsville,TX,,\r\n"
                 + "P-2,Luis,Mora,,(956) 555-0143; 555-0144,,,Brownsville,TX,,\r\n"
                 + "P-3,Rosa,Quispe,,+52 55 5555 0145,,,Brownsville,TX,,\r\n", encoding="utf-8")
    r, lines = _refused_import(env, f)
    assert lines[2:-1] == ["3    phones  item 1 is not a whole phone number: write it with the area code, e.g. 713 555 0100, "
                    "or +52 ... for a number abroad"], r.stderr
    assert "0144" not in r.stderr and people(env) == []
    f.write_text(f.read_text(encoding="utf-8").replace("; 555-0144", "; (956) 555-0144"), encoding="utf-8")
    r = cli(env, "person", "import", str(f))
    assert r.returncode == 0, r.stderr  # the area code given, and a number abroad with its +52
    r = cli(env, "person", "edit", "P-1", "--add-phone", "555-0146")  # the same rule when editing
    assert r.returncode == Exit.DATAERR and "not a whole phone number" in r.stderr and "0146" not in r.stderr


def test_header_problems_name_the_column(env, tmp_path):
    f = tmp_path / "h.csv"
    f.write_text("first_name,lastname,birth_dat\nAna,Pérez,1980-01-02\n", encoding="utf-8")
    r = cli(env, "person", "import", str(f))
    assert r.stderr.startswith("optout: argument 3: row 1: column 'birth_dat' is not known (did you mean birth_date?); "
                               "known columns: label, first_name"), r.stderr
    # a file without its header row: the first client's name is not echoed as a "column"
    f.write_text("Rosa Elena,Quispe Mamani,1970-05-06\n", encoding="utf-8")
    r = cli(env, "person", "import", str(f))
    assert r.returncode == Exit.DATAERR and "Rosa" not in r.stderr and "Quispe" not in r.stderr
    assert r.stderr.startswith("optout: argument 3: row 1: column 1 is not a known column name (is the first row the "
                               "column names?)"), r.stderr
    f.write_text("first_name,last_name,phones,Teléfono\nAna,Pérez,,\n", encoding="utf-8")
    r = cli(env, "person", "import", str(f))
    assert r.stderr.startswith("optout: argument 3: row 1: columns 3 and 4 are both phones; keep one"), r.stderr
    assert people(env) == []


def test_a_sheet_with_spanish_or_everyday_column_names_is_read(env, tmp_path):
    f = tmp_path / "clientes.csv"
    f.write_text("Expediente;Nombre;Apellidos;Fecha de nacimiento;Teléfono;Dirección;Apto;Ciudad;Estado;"
                 "Código postal\r\nE-1;Rosa Elena;Quispe Mamani;1970-05-06;(213) 555-0177;200 N Main St;4B;"
                 "Los Angeles;CA;90012\r\n", encoding="utf-8")
    r = cli(env, "person", "import", str(f))
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli(env, "person", "show", "E-1", "--json").stdout)
    assert (shown["first_name"], shown["last_name"], shown["birth_date"], shown["phones"]) == \
        ("Rosa Elena", "Quispe Mamani", "1970-05-06", ["(213) 555-0177"])
    assert shown["addresses"][0] == {"country": "US", "street": "200 N Main St 4B", "city": "Los Angeles",
                                     "state": "CA", "zip": "90012"}
    g = tmp_path / "clients.csv"
    g.write_text("Given name,Surname,DOB,Phone,City,State,ZIP code\nTomás,Ñáñez,1981-2-3,505-555-0142,"
                 "Albuquerque,NM,87101\n", encoding="utf-8")
    r = cli(env, "person", "import", str(g))
    assert r.returncode == 0, r.stderr
    assert len(people(env)) == 2
    assert json.loads(cli(env, "person", "show", "tomas nanez", "--json").stdout)["birth_date"] == "1981-02-03"


def test_a_sheet_gives_each_client_a_language_and_a_suffix_even_one_written_into_the_surname(env, tmp_path):
    # a clinic's clients read Spanish: their reports follow the profile's language, which a sheet must
    # be able to give (as a code or by name); "Smith Jr" in the surname column is surname and suffix,
    # so brokers are searched for "Smith" and the suffix tells the son from his father
    f = tmp_path / "clientes.csv"
    f.write_text("label,first_name,last_name,Sufijo,Idioma\n"
                 "L-1,Rosa Elena,Quispe Mamani,,Español\n"
                 "L-2,Robert,Smith Jr,,es\n"
                 "L-3,Wilner,Saint-Fleur,,Haitian Creole\n"
                 "L-4,James,\"Brown, Jr.\",,\n"
                 "L-5,Henry,Ford,III,english\n"
                 "L-6,Ana,Nguyen V,,\n", encoding="utf-8")
    r = cli(env, "person", "import", str(f))
    assert r.returncode == 0, r.stderr
    shown = {p["label"]: json.loads(cli(env, "person", "show", p["label"], "--json").stdout) for p in people(env)}
    assert [(shown[k]["last_name"], shown[k].get("suffix"), shown[k].get("language")) for k in sorted(shown)] == [
        ("Quispe Mamani", None, "es"), ("Smith", "Jr", "es"), ("Saint-Fleur", None, "ht"), ("Brown", "Jr", None),
        ("Ford", "III", "en"), ("Nguyen V", None, None)]  # a lone V may be an initial: left alone
    # a language optout does not know keeps its row (trial50): the clinic's language, said by row and column
    f.write_text("label,first_name,last_name,language\nL-9,Ana,Pérez,Klingonish\n", encoding="utf-8")
    r = cli(env, "person", "import", str(f))
    assert r.returncode == 0 and "row 2: the language (column D)" in r.stdout and "Klingonish" not in r.stdout, r.stdout


def test_letters_that_go_out_with_no_mailbox_to_read_the_answers_are_warned_of(env, tmp_path):
    # the trial's clinic set up SMTP from the README and no IMAP: letters left, every answer (a
    # confirmation, a verification link, "send us your ID") waited unseen, and no run said so
    f = tmp_path / "c.csv"
    f.write_text("label,first_name,last_name,emails,city,state\nW-1,Ana,Pérez,ana@example.org,Fresno,CA\n",
                 encoding="utf-8")
    assert cli(env, "person", "import", str(f)).returncode == 0
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))  # bound, never listening: a letter cannot leave, the plan is what counts
    mail = dict(env, OPTOUT_MAIL__SMTP_HOST="127.0.0.1", OPTOUT_MAIL__SMTP_PORT=str(closed.getsockname()[1]),
                OPTOUT_MAIL__SMTP_SECURITY="none", OPTOUT_MAIL__FROM_ADDRESS="desk@clinic.example")
    try:
        r = cli(mail, "run", "--due", "--broker", "01advertising")
        no_traceback(r)
        assert ("optout: warning: letters go to 1 broker by e-mail but no mailbox is configured to read their "
                "answers: set mail.imap (or mail.maildir)") in r.stderr, r.stderr
        (tmp_path / "Maildir").mkdir()
        r = cli(dict(mail, OPTOUT_MAIL__MAILDIR=str(tmp_path / "Maildir")), "run", "--due", "--broker", "01advertising")
        assert "no mailbox" not in r.stderr, r.stderr
    finally:
        closed.close()


# ---- add: duplicates, atomicity ---------------------------------------------------------------------


def test_person_add_refuses_a_person_already_held_and_adds_all_or_none(env, tmp_path):
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text('first_name = "Zoë"\nlast_name = "O\'Connor-Núñez"\n[[addresses]]\ncity = "New York"\nstate = "NY"\n')
    b.write_text('first_name = "Wei"\nlast_name = "Zhang"\n[[addresses]]\ncity = "San Francisco"\nstate = "CA"\n')
    assert cli(env, "person", "add", str(a), "--label", "Z-1").returncode == 0
    [held] = people(env)
    r = cli(env, "person", "add", str(b), str(a))
    no_traceback(r)
    assert r.returncode == Exit.DATAERR
    assert r.stderr == (f"optout: argument 4: this person is already held as {held['person']}; nothing was added "
                        "(--allow-duplicates adds them again)\n")
    assert len(people(env)) == 1  # Wei was not added either: all or none


KILL_BETWEEN_WRITES = """
import asyncio, os, sys
from optout.app import open_app
from optout.person import load_person
from optout.settings import Settings

async def main():
    async with open_app(Settings()) as app:
        def trace(sql):
            if sql.lstrip().upper().startswith("INSERT INTO CASES"):
                os.kill(os.getpid(), 9)  # the person row is written, the cases not yet
        # the store's connection lives in its own thread: set the hook there
        await app.store._call("trace", lambda: app.store._db.set_trace_callback(trace))
        await app.add_people([(p, load_person(p)) for p in sys.argv[1:]])

asyncio.run(main())
"""


def test_a_kill_between_the_person_and_the_cases_leaves_nothing_half_done(env, tmp_path):
    a = tmp_path / "a.toml"
    a.write_text('first_name = "Amara"\nlast_name = "Okonkwo"\n[[addresses]]\ncity = "Chicago"\nstate = "IL"\n')
    r = subprocess.run([sys.executable, "-c", KILL_BETWEEN_WRITES, str(a)], env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == -signal.SIGKILL
    assert people(env) == []  # rolled back: no person without cases
    r = cli(env, "person", "add", str(a), "--json")  # and adding again is not a duplicate
    held = people(env)
    assert r.returncode == 0 and len(held) == 1
    rows = json.loads(cli(env, "status", "--all", "--json").stdout)
    # the one person asked for once (it was a `person list` process per case row: ~80 of them)
    assert rows and all(x["person"] == held[0]["person"] for x in rows)


# ---- lookup, show, edit, remove ---------------------------------------------------------------------


def test_lookup_by_id_label_or_name(env):
    assert cli(env, "person", "import", str(CLINIC)).returncode == 0
    ids = {p["label"]: p["person"] for p in people(env)}
    for query in ("C-01", "c-01", "José Ramírez", "jose ramirez garcia", ids["C-01"]):
        shown = json.loads(cli(env, "person", "show", query, "--json").stdout)
        assert shown["person"] == ids["C-01"], query
    r = cli(env, "status", "--person", "José Rivera")
    no_traceback(r)
    assert r.returncode == Exit.DATAERR
    # never said back: the query may be a client's name (trial49)
    assert r.stderr == "optout: no person with that id, label or name: see `optout person list`\n"
    es = cli(env, "status", "--person", "José Rivera", "--lang", "es")
    assert es.returncode == Exit.DATAERR and es.stderr == "optout: no existe esa persona\n", es.stderr
    r = cli(env, "human", "--person", "Gómez Restrepo")
    assert r.returncode == Exit.DATAERR
    assert r.stderr == (f"optout: 2 people answer to that name; use an id or a label: "
                        f"{ids['C-11']} (C-11), {ids['C-12']} (C-12)\n")


def test_names_with_apostrophes_are_found_and_held_once_however_the_apostrophe_is_typed(env, tmp_path):
    f = tmp_path / "a.csv"
    f.write_text(HEADER + "A-1,Ngozi,O'Connor-Adeyemi,,,88 Elm St,#4B,Pasadena,CA,91101,\r\n", encoding="utf-8")
    assert cli(env, "person", "import", str(f)).returncode == 0
    pid = people(env)[0]["person"]
    for query in ("oconnor adeyemi", "Ngozi O’Connor", "ngozi o'connor-adeyemi"):
        r = cli(env, "person", "show", query, "--json")
        assert r.returncode == 0 and json.loads(r.stdout)["person"] == pid, (query, r.stderr)
    # the same client again, from a sheet whose editor typed the typographic apostrophe
    g = tmp_path / "b.csv"
    g.write_text(HEADER + "A-2,Ngozi,O’Connor-Adeyemi,,,88 Elm St,#4B,Pasadena,CA,91101,\r\n", encoding="utf-8")
    r = cli(env, "person", "import", str(g))
    assert r.returncode == 0 and r.stdout.startswith("0 people imported"), r.stdout + r.stderr
    assert len(people(env)) == 1


def test_edit_keeps_cases_and_remove_asks(env):
    assert cli(env, "person", "import", str(CLINIC)).returncode == 0
    before = json.loads(cli(env, "status", "--person", "C-07", "--all", "--json").stdout)
    r = cli(env, "person", "edit", "C-07", "--add-phone", "(212) 555-0107", "--move", "5 Grand St, New York, NY 10013",
            "--add-name", "Zoe OConnor")
    assert r.returncode == 0, r.stderr
    shown = json.loads(cli(env, "person", "show", "C-07", "--json").stdout)
    assert shown["phones"] == ["(212) 555-0107"] and shown["aliases"] == ["Zoe OConnor"]
    assert [a["street"] for a in shown["addresses"]] == ["5 Grand St", "12 Orchard St Apt 2"]
    after = json.loads(cli(env, "status", "--person", "C-07", "--all", "--json").stdout)
    assert {c["case"] for c in before} <= {c["case"] for c in after}
    # a program reading one client's cases gets their label, as with everyone's (it was null)
    assert before and {c["label"] for c in before} == {"C-07"}

    r = cli(env, "person", "remove", "C-07")  # no terminal to ask on
    assert r.returncode == Exit.USAGE
    assert r.stderr == f"optout: person remove {shown['person']}: confirm with --yes (there is no terminal to ask on)\n"
    assert len(people(env)) == 40
    r = cli(env, "person", "remove", "C-07", "--yes")
    assert r.returncode == 0 and r.stdout.startswith(f"removed {shown['person']} and 0 evidence files")
    assert len(people(env)) == 39


def test_a_closed_pipe_is_not_a_traceback(env):
    assert cli(env, "person", "import", str(CLINIC)).returncode == 0
    for _ in range(3):  # more output than a pipe holds
        assert cli(env, "person", "import", str(CLINIC), "--allow-duplicates").returncode == Exit.DATAERR
    p = subprocess.Popen([sys.executable, "-m", "optout", "status", "--all"], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None
    p.stdout.readline()
    p.stdout.close()  # `| head -1`
    _, err = p.communicate(timeout=120)
    # the reader went away: nothing to report (not "a fault of this machine: Broken pipe")
    assert err == b"" and p.returncode == 141, err


def test_status_opens_with_one_row_per_person(env):
    assert cli(env, "person", "import", str(CLINIC)).returncode == 0
    rows = json.loads(cli(env, "status", "--json").stdout)
    assert len(rows) == 40 and [r["label"] for r in rows] == [f"C-{i:02d}" for i in range(1, 41)]
    assert set(rows[0]) >= {"person", "label", "found", "requested", "removed", "waiting", "needs_info", "failed",
                            "last_activity"}
    text = cli(env, "status").stdout
    assert text.splitlines()[0].split() == ["person", "label", "found", "not_found", "requested", "in_doubt", "held",
                                            "removed", "needs_a_person", "needs_info", "failed", "declined", "last_activity"]
    # nothing has run: a client's cases are there but none has activity
    r = cli(env, "status", "--person", "C-01")
    assert r.stdout.startswith("(nothing)") and "more cases not started yet (--all lists them)" in r.stdout


# ---- which brokers apply ----------------------------------------------------------------------------

CALIFORNIAN = {"first_name": "María", "last_name": "Hernández López",
               "addresses": [{"street": "418 E 5th St", "city": "Los Angeles", "state": "CA"}]}
TEXAN = {"first_name": "Juan", "last_name": "de la Cruz", "addresses": [{"city": "Brownsville", "state": "TX"}]}
GERMAN = {"first_name": "Ayşe", "last_name": "Yılmaz", "addresses": [{"city": "Berlin", "country": "DE"}]}
ILLINOISAN = {"first_name": "Amara", "last_name": "Okonkwo", "addresses": [{"city": "Chicago", "state": "IL"}]}


def test_cases_per_person_follow_their_jurisdiction():
    catalogue = load_catalogue([PROJECT_BROKERS])
    real = catalogue.select(lab=False)
    count = {name: len([r for r in real if applies(r, parse_person(p))])
             for name, p in (("CA", CALIFORNIAN), ("TX", TEXAN), ("DE", GERMAN), ("IL", ILLINOISAN))}
    # sites anyone listed may use (a search, a form), and brokers written to under a law
    searched = [r for r in real if r.scan is not None or r.optout.channel in ("parent", "browser", "http")]
    us_letters = [r for r in real if r not in searched and "US" in r.jurisdictions]
    eu = [r for r in real if any(j in ("EU", "DE") for j in r.jurisdictions)]
    # a Californian and a Texan can invoke a privacy law against every US broker (CCPA, TDPSA);
    # an Illinoisan has no such law: only the sites that list people; a German: the GDPR brokers
    us = [r for r in real if "US" in r.jurisdictions]
    californians_only = [r for r in us if r.legal.residents == ["CA"]]  # California's DROP
    assert [r.id for r in californians_only] == ["ca-drop"]
    assert count["CA"] == len(us) and count["TX"] == len(us) - 1
    assert count["IL"] == len([r for r in searched if "US" in r.jurisdictions])
    assert count["DE"] == len(eu)
    # 73 for Illinois since the real-page forms (IQVIA, DealerX, Client Command) joined the sites anyone may use;
    # 75 since AbsolutePeopleSearch and SearchBug (trial22), and one more US letter (Ancestry); 76 since
    # PeekYou's form (trial25; its other recipe, PeopleSearcher's letter, replaced the generated one); 78 since
    # Webtrack's form and Veromi's written request (trial35; its Tracers letter replaced Enformion's generated one)
    assert (count["CA"], count["TX"], count["IL"], count["DE"]) == (564, 563, 78, 430)
    assert 0 < count["IL"] < count["CA"] and us_letters


def test_a_us_resident_who_lived_in_europe_gets_the_gdpr_brokers_of_the_countries_she_lived_in():
    """The GDPR binds a broker established in the EU/EEA/UK whatever the person's residence (Art.
    3(1)), and the letter invokes it (``choose_law``): a New Yorker who lived six years in Germany
    may ask Germany's brokers (and the EU-wide ones) to delete; one who lived in Norway Norway's and the EU-wide
    ones (a recipe saying "EU" covers the EEA and the UK, as for a resident); one who never lived in Europe gets none of them, and none of another country's."""
    from optout.mail import choose_law

    catalogue = load_catalogue([PROJECT_BROKERS])
    real = catalogue.select(lab=False)
    new_yorker = {"first_name": "Zarghuna", "last_name": "Rahimi", "addresses": [{"city": "Queens", "state": "NY"}]}
    lived_de = new_yorker | {"addresses": [*new_yorker["addresses"], {"city": "Offenbach am Main", "country": "DE"}]}
    lived_no = new_yorker | {"addresses": [*new_yorker["addresses"], {"city": "Oslo", "country": "NO"}]}
    gdpr = [r for r in real if r.scan is None and r.optout.channel not in ("parent", "browser", "http")
            and any(j.upper() in GDPR_COUNTRIES for j in r.jurisdictions)]
    german = {r.id for r in gdpr if any(j.upper() in ("DE", "EU", "EEA") for j in r.jurisdictions)}
    assert german, "the catalogue holds German and EU-wide brokers written to under the GDPR"

    def letters(p):
        return {r.id for r in gdpr if applies(r, parse_person(p))}

    assert letters(new_yorker) == set()
    assert letters(lived_de) == german
    assert letters(lived_no) == {r.id for r in gdpr if any(j.upper() in ("NO", "EU", "EEA") for j in r.jurisdictions)}
    # and each such letter invokes the GDPR; she lives in the US, so the complaint goes to the
    # authority of the broker's country (Art. 77(1): no authority is "where she lives"), not Germany's
    for rid in sorted(german)[:20]:
        law = choose_law(parse_person(lived_de), catalogue.recipes[rid])
        assert law.id == "gdpr" and law.authority.startswith("broker"), rid


def test_against_the_lab_every_lab_recipe_applies(tmp_path, env):
    lab_dir = PROJECT_BROKERS / "lab"
    lab = load_catalogue([lab_dir]).select(lab=True)
    e = {**env, "OPTOUT_LAB_URL": "http://127.0.0.1:9", "OPTOUT_RECIPE_DIRS": json.dumps([str(PROJECT_BROKERS)]),
         "OPTOUT_MAIL__SMTP_HOST": "127.0.0.1", "OPTOUT_MAIL__FROM_ADDRESS": "clinic@example.org"}
    # (no lab is listening: only the clock is asked for, and that is not needed to add people)
    r = subprocess.run([sys.executable, "-c", ADD_AGAINST_LAB, str(CLINIC)], env=e, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    counts = json.loads(r.stdout)
    assert set(counts.values()) == {len(lab)} and len(counts) == 40


ADD_AGAINST_LAB = """
import asyncio, json, sys
from pathlib import Path
from optout.app import App
from optout.clock import Clock
from optout.recipe.loader import load_catalogue
from optout.settings import Settings
from optout.store import open_store
from optout.vault import Vault

async def main():
    s = Settings()
    store = await open_store(s.db_url)
    app = App(s, store, Vault.from_settings(s), load_catalogue(s.recipe_dirs), Clock())
    await app.import_csv(Path(sys.argv[1]))
    counts = {}
    for c in await store.cases():
        counts[c.person_id] = counts.get(c.person_id, 0) + 1
    print(json.dumps(counts))
    await store.close()

asyncio.run(main())
"""


# ---- the lab ----------------------------------------------------------------------------------------


def test_a_second_lab_on_a_taken_port_says_so(env):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = cli(env, "lab", "--port", str(port), "--dir", str(Path(env["OPTOUT_DATA_DIR"]).parent / "lab"))
    no_traceback(r)
    assert r.returncode == Exit.UNAVAILABLE
    assert r.stderr == (f"optout: lab: port {port} is already in use (another `optout lab`?); "
                        "stop it, or choose another with --port\n")


def test_an_export_into_a_folder_that_cannot_be_written(env, tmp_path):
    assert cli(env, "person", "import", str(CLINIC)).returncode == 0
    case = json.loads(cli(env, "status", "--all", "--json").stdout)[0]["case"]
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.access(locked, os.W_OK):
        pytest.skip("running as root: every folder is writable")
    r = cli(env, "evidence", str(case), "--export", str(locked / "out"))
    no_traceback(r)
    assert r.returncode == Exit.DATAERR
    assert r.stderr == "optout: argument 4: cannot write the evidence there (Permission denied)\n"


def test_an_export_onto_a_file_is_refused_in_one_line(env, tmp_path):
    assert cli(env, "person", "import", str(CLINIC)).returncode == 0
    case = json.loads(cli(env, "status", "--all", "--json").stdout)[0]["case"]
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    r = cli(env, "evidence", str(case), "--export", str(blocker))
    no_traceback(r)
    assert r.returncode == Exit.DATAERR
    assert r.stderr == "optout: --export argument 4: not a folder\n"  # by place (f37)
    # in the reader's language, not "(solo en inglés)" (trial50's class)
    r = cli({**env, "LANG": "es_MX.UTF-8"}, "evidence", str(case), "--export", str(blocker))
    assert r.returncode == Exit.DATAERR and r.stderr == "optout: --export argumento 4: no es una carpeta\n", r.stderr


def test_the_labs_mail_brokers_answer_accented_names(tmp_path):
    brokers = ["mailonly", "mailverify", "mailid", "mailrefuse", "mailpublic", "mailbounce", "mailextend",
               "mailphish"]
    with LabThread(seed=3, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        lab.seed_people([("jose", parse_person({"first_name": "José Luis", "last_name": "Ramírez García",
                                                 "optout_email": "jose.optout@example.org",
                                                 "addresses": [{"city": "Chicago", "state": "IL"}]}))])
        for b in brokers:
            msg = EmailMessage(policy=email.policy.default)
            msg["From"] = "José Luis Ramírez García <jose.optout@example.org>"
            msg["To"] = f"privacy@{b}.lab.test"
            msg["Subject"] = "Solicitud de borrado — José Luis Ramírez García"
            msg.set_content("Por favor borren los datos de José Luis Ramírez García, Chicago.\n")
            with smtplib.SMTP("127.0.0.1", lab.smtp_port, timeout=10) as smtp:
                smtp.send_message(msg)
        end = time.monotonic() + 30
        while time.monotonic() < end and len(mailbox.Maildir(lab.maildir)) < len(brokers):
            time.sleep(0.2)
        answers = list(mailbox.Maildir(lab.maildir))
        assert len(answers) == len(brokers)
        bounce = [m for m in answers if "Undelivered" in str(m["Subject"])]
        assert len(bounce) == 1


# ---- rechecks that run as written -------------------------------------------------------------------


def test_the_cron_line_runs_under_crons_empty_environment(env, tmp_path):
    r = cli(env, "install-service", "--systemd", str(tmp_path / "units"))
    assert r.returncode == 0, r.stderr
    line = next(x for x in r.stdout.splitlines() if x.startswith("17 * * * *"))
    command = line.removeprefix("17 * * * *").strip()
    env_file = Path(env["OPTOUT_DATA_DIR"]) / "optout.env"
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"
    # what cron gives a job: /bin/sh, PATH=/usr/bin:/bin, HOME, nothing else (no OPTOUT_*)
    ran = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", f"HOME={tmp_path}", "/bin/sh", "-c", command],
                         capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == "optout run --due: 0 cases processed\n"
    # what the units name exists: the env file, the data directory, the command
    units = sorted((tmp_path / "units").iterdir())
    assert [u.name for u in units] == ["optout-run.service", "optout-run.timer", "optout-worker.service"]
    for unit in units:
        text = unit.read_text()
        for key in ("EnvironmentFile=",):
            for value in [x.split("=", 1)[1] for x in text.splitlines() if x.startswith(key)]:
                assert Path(value).exists(), (unit.name, key)
        for value in [x.split("=", 1)[1] for x in text.splitlines() if x.startswith("ExecStart=")]:
            assert Path(value.split()[0]).is_file()
        assert "User=" not in text  # user units
    # system units: an account, and the sandbox leaves the data directory writable
    assert cli(env, "install-service", "--systemd", str(tmp_path / "system"), "--system", "--user", "optout"
               ).returncode == 0
    system = sorted((tmp_path / "system").iterdir())
    worker = (tmp_path / "system" / "optout-worker.service").read_text()
    assert "User=optout" in worker and f"ReadWritePaths={Path(env['OPTOUT_DATA_DIR']).resolve()}" in worker
    if shutil.which("systemd-analyze"):
        for batch in (units, system):
            v = subprocess.run(["systemd-analyze", "verify", *map(str, batch)], capture_output=True, text=True,
                               timeout=120)
            assert v.returncode == 0, v.stderr


def test_a_second_cron_start_while_a_pass_runs_says_so_and_does_nothing(env, tmp_path):
    """Two cron starts at once (an hourly pass still running, or two crontab lines): the second used
    to end with flock's bare exit 1 and no word, so cron mailed nothing and a timer showed a failure
    though nothing had failed. It says, in one line, that the running pass does the work, and exits 0."""
    r = cli(env, "install-service")
    assert r.returncode == 0, r.stderr
    data = Path(env["OPTOUT_DATA_DIR"])
    script = data / "optout-due"
    lock = data / "run.lock"
    # a pass that holds the lock, as a running `optout run --due` under the script does
    holder = subprocess.Popen(["/usr/bin/flock", str(lock), "sleep", "30"])
    try:
        for _ in range(100):
            probe = subprocess.run(["/usr/bin/flock", "-n", str(lock), "true"])
            if probe.returncode:
                break
            time.sleep(0.05)
        ran = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", f"HOME={tmp_path}", str(script)],
                             capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert ran.returncode == 0, (ran.returncode, ran.stderr)
    assert ran.stdout == ""
    (line,) = ran.stderr.splitlines()
    assert "another `optout run --due`" in line and str(lock) in line and "did nothing" in line


def test_install_service_needs_the_passphrase_to_give_it_to_cron(env):
    e = {k: v for k, v in env.items() if k != "OPTOUT_PASSPHRASE"}
    r = cli(e, "install-service")
    assert r.returncode == Exit.CONFIG
    assert r.stderr.startswith("optout: ")  # the vault does not open without it, and says so
    no_traceback(r)


CLAIM_AS_DEAD_RUN = """
import asyncio, datetime as dt, socket, subprocess, sys
from optout.settings import Settings
from optout.store import open_store

async def main():
    gone = subprocess.Popen([sys.executable, "-c", "pass"]); gone.wait()  # a pid no process has now
    store = await open_store(Settings().db_url)
    now = dt.datetime.now(dt.UTC)
    host = socket.gethostname() if sys.argv[2] == "here" else "another-machine"
    owner = f"{host}:{gone.pid}:12345:dead00"
    claimed = await store.claim_due(owner, now, int(sys.argv[3]), dt.timedelta(minutes=15), broker_ids=[sys.argv[1]])
    print(len(claimed))
    await store.close()

asyncio.run(main())
"""


def test_cases_held_by_a_killed_run_are_reported_and_only_another_machines_are_waited_for(env):
    """A run killed on this machine: status says its cases are still leased and that the next run
    takes them over; a run of another machine is waited for (its lease runs out by itself)."""
    assert cli(env, "person", "import", str(CLINIC)).returncode == 0
    broker = "spokeo-com"  # a people-search site: every client has a case there from the import

    def claim(where: str, limit: int) -> int:
        held = subprocess.run([sys.executable, "-c", CLAIM_AS_DEAD_RUN, broker, where, str(limit)], env=env,
                              capture_output=True, text=True, timeout=120)
        assert held.returncode == 0, held.stderr
        return int(held.stdout)

    n = claim("here", 3)
    assert n == 3
    status = cli(env, "status")
    no_traceback(status)
    assert (f"{n} cases are still leased by 1 run on this machine that was stopped or killed: "
            "the next `optout run` (or worker) takes them over at once") in status.stdout
    elsewhere = claim("elsewhere", 100)  # the rest, by another machine's run
    assert elsewhere >= 1
    # the taken-over cases go to the real broker's recipe: through a proxy that refuses every
    # connection (the discard port), so a machine with internet never sends a real broker these
    # invented clients; no retries of a page that cannot load (each case waited out four back-offs,
    # ~30 s); what is asserted is the leases
    r = cli({**env, "OPTOUT_NETWORK__RETRIES": "0", "OPTOUT_NETWORK__PROXY": "http://127.0.0.1:9"}, "run", "--broker", broker)
    no_traceback(r)
    took = next(x for x in r.stderr.splitlines() if "taken over now" in x)
    assert took.startswith(f"{n} cases still leased by 1 run on this machine that was stopped or killed")
    line = next(x for x in r.stderr.splitlines() if "held by another run" in x)
    assert line.startswith(f"{elsewhere} cases are held by another run until 20")
    assert line.endswith("UTC; they are left alone until then (the lease runs out by itself)")
    assert "stopped or killed" not in cli(env, "status").stdout
    # status says another machine's run holds them, not "next: now" (which a run does not take),
    # and lists them though they were never started
    rows = json.loads(cli(env, "status", "--broker", broker, "--json").stdout)
    held_rows = [x for x in rows if x["held_until_at"]]
    assert len(held_rows) == elsewhere and all(x["next"].startswith("held by a run, free in 1") for x in held_rows)
    assert "held by a run, free in 1" in cli(env, "status", "--broker", broker).stdout


def test_status_summary_counts_the_cases_another_machines_run_holds_and_until_when(env):
    """trial32: ``status``'s summary said nothing of cases another machine's run holds (only
    ``status --person`` did, per case): it says how many and until when, in English and Spanish."""
    assert cli(env, "person", "import", str(CLINIC)).returncode == 0
    held = subprocess.run([sys.executable, "-c", CLAIM_AS_DEAD_RUN, "spokeo-com", "elsewhere", "2"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert held.returncode == 0 and int(held.stdout) == 2, held.stderr
    status = cli(env, "status")
    no_traceback(status)
    [line] = [x for x in status.stdout.splitlines() if "held by a run now" in x]
    assert line.startswith("2 cases held by a run now") and "free in 1" in line, line
    es = cli(env, "status", "--lang", "es").stdout
    assert "2 casos en manos de una ejecución ahora" in es, es


def run_without_email(env: dict[str, str], tmp_path: Path) -> tuple[dict[str, str], subprocess.CompletedProcess]:
    """A client without an e-mail (label M-1) imported and ``optout run`` on three lab brokers
    (idvault, quicklook, peoplefind), some of whose forms need one: the environment the commands ran
    in (the lab's URL in it) and the run's result, once the lab has stopped (what is asked next
    reads the store only)."""
    profile = {"first_name": "Marisol", "last_name": "Quintero Vargas", "birth_year": 1977,
               "addresses": [{"city": "Bakersfield", "state": "CA"}]}
    with LabThread(seed=7, failure_rate=0.0, data_dir=tmp_path / "lab") as lab:
        lab.seed_people([("marisol", parse_person(profile))])
        e = {**env, "OPTOUT_LAB_URL": lab.url, "OPTOUT_WORKER__PER_BROKER_PER_MINUTE": "6000"}
        f = tmp_path / "one.csv"
        f.write_text("label,first_name,last_name,birth_year,city,state\nM-1,Marisol,Quintero Vargas,1977,"
                     "Bakersfield,CA\n", encoding="utf-8")
        assert cli(e, "person", "import", str(f)).returncode == 0
        r = cli(e, "run", "--broker", "idvault", "--broker", "quicklook", "--broker", "peoplefind")
        assert r.returncode == 0, r.stderr
        return e, r


def test_a_run_counts_cases_that_want_data_as_missing_data_not_failed(env, tmp_path):
    """A client without an e-mail: the brokers whose form needs one wait for a person (optout
    human, and status's 'waiting'), and the run's last line says so, not 'failed'."""
    e, r = run_without_email(env, tmp_path)
    tasks = json.loads(cli(e, "human", "--json").stdout)
    missing = [t for t in tasks if t["kind"] == "missing"]
    assert missing and all(t["missing"] == "email" for t in missing), tasks  # the matcher may ask about others
    line = r.stdout.splitlines()[0]
    assert line.startswith("3 cases processed (") and f"missing data: {len(missing)}" in line, line
    assert "failed" not in line, line
    status = json.loads(cli(e, "status", "--json").stdout)
    # missing data has its own count, apart from the other tasks and from failures
    # one question may stand for several brokers' cases showing the same record (remembered answers)
    asked = sum(len(t.get("cases") or [t["case"]]) for t in tasks if t["kind"] != "missing")
    assert (status[0]["needs_info"], status[0]["waiting"], status[0]["failed"]) == (len(missing), asked, 0)


def test_the_lab_keeps_the_smtp_port_it_is_given(env):
    """`optout lab --smtp-port N`: the mail settings written for the lab stay right across restarts
    (a free port each start made a volunteer edit them every time)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        smtp = s.getsockname()[1]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    p = subprocess.Popen([sys.executable, "-m", "optout", "lab", "--port", str(port), "--smtp-port", str(smtp),
                          "--no-resale", "--dir", str(Path(env["OPTOUT_DATA_DIR"]).parent / "lab")], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(300):
            with socket.socket() as c:
                if c.connect_ex(("127.0.0.1", smtp)) == 0:
                    assert c.recv(64).startswith(b"220")  # an SMTP greeting on the port asked for
                    break
            time.sleep(0.1)
        else:
            pytest.fail("the lab did not listen on the SMTP port it was given: " + p.stderr.read())
    finally:
        p.terminate()
        p.wait(timeout=30)


def test_the_lab_is_seeded_with_the_clinics_own_sheet(env, tmp_path):
    """Trial39: a clinic trying optout on its own clients against the lab could seed them only one
    profile file at a time (`--person KEY=PROFILE`); its Excel sheet was refused naming the file's
    path ("optout: /…/clientes.csv: a profile must be…"), in English. `--person KEY=FILE.csv` now
    seeds every row of the sheet as `person import` reads it (key KEY-<label>, else KEY-row<N>);
    a sheet with a bad row seeds nobody and shows its rows; the file is named by its place only."""
    sheet = tmp_path / "clientes_maria_garcia.csv"
    head = "No. Expediente;Apellidos;Nombre(s);Fecha de nacimiento;Ciudad;Estado;C.P.\r\n"
    rows = ("C-1;Hernández de la Rosa;María Guadalupe;1979-03-14;Los Angeles;California;90017\r\n"
            ";Désir;Marie-Claude;1983;North Miami;FL;33161\r\n")
    sheet.write_bytes(("\ufeff" + head + rows).encode("utf-8"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    lab_dir = str(tmp_path / "lab")
    p = subprocess.Popen([sys.executable, "-m", "optout", "lab", "--port", str(port), "--dir", lab_dir,
                          "--person", f"clinica={sheet}"], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    try:
        seeded = next((line for line in p.stdout if line.startswith("people:")), "")
    finally:
        p.terminate()
        p.wait(timeout=30)
    assert seeded.split(":", 1)[1].split() == ["clinica-C-1,", "clinica-row3"], seeded + p.stderr.read()
    es = {**env, "OPTOUT_LANG": "es", "LANG": "es_MX.UTF-8"}
    sheet.write_bytes((head + rows.replace(";FL;", ";Flroida;")).encode("cp1252"))
    r = cli(es, "lab", "--port", str(port), "--dir", lab_dir, "--person", f"clinica={sheet}")
    no_traceback(r)
    assert r.returncode == Exit.DATAERR, r.stderr
    assert "no se agregó a nadie al laboratorio: corrija las filas de arriba" in r.stderr, r.stderr  # above: trial50
    assert "argumento 7" in r.stderr and "3 " in r.stderr and "maria" not in r.stderr, r.stderr
    notes = tmp_path / "notas_maria_garcia.docx"
    notes.write_bytes(b"PK")
    r = cli(es, "lab", "--port", str(port), "--dir", lab_dir, "--person", f"m={notes}")
    assert r.returncode == Exit.DATAERR and "argumento 7: se esperaba un perfil" in r.stderr, r.stderr
    assert "maria" not in r.stderr, r.stderr


def test_the_lab_never_writes_into_optouts_data_directory(tmp_path):
    """`optout lab` without OPTOUT_DATA_DIR wrote its fake brokers' mail into
    ~/.local/share/optout/lab, beside (or creating) a real clinic's store. Its folder is its own
    now (~/.local/state/optout-lab, or --dir), and a --dir inside the data directory is refused
    in the reader's language."""
    home = tmp_path / "home"
    home.mkdir()
    e = {k: v for k, v in os.environ.items() if not k.startswith(("OPTOUT_", "XDG_"))}
    e.update(HOME=str(home), LANG="C.UTF-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    p = subprocess.Popen([sys.executable, "-m", "optout", "lab", "--port", str(port), "--no-resale"], env=e,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        maildir = None
        for line in p.stdout:  # the lab prints its Maildir once it is up
            if line.startswith("Maildir:"):
                maildir = Path(line.split(":", 1)[1].strip())
                break
        assert maildir == home / ".local" / "state" / "optout-lab" / "Maildir", maildir
    finally:
        p.terminate()
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:  # say what the lab was doing, not only that it hung
            p.kill()
            pytest.fail("the lab did not stop within 30 s of SIGTERM; its stderr: " + p.communicate()[1][-2000:])
    assert not (home / ".local" / "share" / "optout").exists()
    r = cli({**e, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_LANG": "es"},
            "lab", "--dir", str(tmp_path / "data" / "lab"))
    no_traceback(r)
    assert r.returncode == Exit.USAGE and "está dentro de la carpeta de datos de optout" in r.stderr, r.stderr
    assert not (tmp_path / "data").exists()


def test_the_labs_sheet_is_checked_as_the_import_checks_it(tmp_path, capsys):
    """trial50: `optout lab --person clinica=hoja.csv` seeded a sheet `person import` refuses: two
    rows sharing one case number, the second silently seeded over the first. The lab now applies the
    import's checks between rows (one label twice, one client twice), naming rows, never values."""
    from optout.cli import _lab_sheet
    from optout.intake import RowsRejected

    sheet = tmp_path / "hoja.csv"
    sheet.write_text("label,first_name,last_name,birth_year,city,state\r\n"
                     "C-1,Ana,Ruiz Soto,1970,Fresno,CA\r\n"
                     "C-1,Beatriz,Quispe,1981,Fresno,CA\r\n"
                     "C-3,Ana,Ruiz Soto,1970,Fresno,CA\r\n", encoding="utf-8")
    with pytest.raises(RowsRejected) as e:
        _lab_sheet("clinica", sheet, "en")
    assert sorted((p.row, p.why.code) for p in e.value.problems) == [(3, "input_label_twice_row"),
                                                                      (4, "input_same_row")]
    err = capsys.readouterr().err
    assert "also given to row 2" in err and "the same person as row 2" in err and "Beatriz" not in err
    sheet.write_text("label,first_name,last_name,birth_year,city,state\r\nC-1,Ana,Ruiz Soto,1970,Fresno,CA\r\n"
                     "C-2,Beatriz,Quispe,1981,Fresno,CA\r\n", encoding="utf-8")
    assert [k for k, _ in _lab_sheet("clinica", sheet, "en")] == ["clinica-C-1", "clinica-C-2"]
