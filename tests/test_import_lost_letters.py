"""f41, import: a sheet saved as Excel's plain "CSV" (Windows-1252) has "?" where each letter that
code page lacks was (Vietnamese ư ơ ă đ): the row is refused in one line naming the file (by its
place), the row and the column, never the value, in English and Spanish, and nothing is imported;
the same sheet saved as "CSV UTF-8" imports. And a client entered twice is said to share what it
does share: a ZIP is not "the same address"."""

from __future__ import annotations

import pytest

from optout.app import open_app
from optout.person import parse_person
from optout.reasons import render
from optout.settings import Settings

from .harness import cli_env, run_optout

ROWS = ("first_name,last_name,birth_date,street,city,state,zip\n"
        "Ana,Lopez,1980-01-02,1 Main St,Houston,TX,77002\n"
        "Thị Đào,Nguyễn,1975-05-06,12 Lê Lợi St,Houston,TX,77036\n")


def test_a_windows_1252_sheet_that_lost_vietnamese_letters_is_refused_by_row(tmp_path):
    sheet = tmp_path / "clientes.csv"
    sheet.write_bytes(ROWS.encode("cp1252", errors="replace"))  # what Excel's plain "CSV" writes
    env = cli_env(tmp_path)
    assert run_optout(env, "init").returncode == 0
    for lang, words in (("en", 'has "?" where a letter was'), ("es", "tiene «?» donde había una letra")):
        r = run_optout(env, "person", "import", str(sheet), LANGUAGE=lang, LC_ALL="C.UTF-8")
        assert r.returncode == 65, (r.stdout, r.stderr)
        [line] = [x for x in (r.stdout + r.stderr).splitlines() if words in x]
        assert line.split()[0] == "3" and "CSV UTF-8" in line, line  # the row, and how to save it
        assert "argument 3" in r.stderr or "argumento 3" in r.stderr, r.stderr  # the file, by its place
        assert "Traceback" not in r.stderr and "Nguy" not in r.stdout + r.stderr, r.stderr
    assert "p_" not in run_optout(env, "status", "--json").stdout  # nothing was imported
    sheet.write_text(ROWS, encoding="utf-8")  # saved as "CSV UTF-8": both rows import
    r = run_optout(env, "person", "import", str(sheet))
    assert r.returncode == 0, (r.stdout, r.stderr)


@pytest.mark.parametrize("street, en, es", [
    (None, "(same birth, city and ZIP)", "(misma fecha o año de nacimiento, ciudad y código postal)"),
    ("41 Norfolk St", "(same birth, city and street)", "(misma fecha o año de nacimiento, ciudad y calle)"),
])
async def test_a_near_duplicate_says_what_matched(tmp_path, street, en, es):
    from optout.errors import OptoutError

    home = {"city": "Mattapan", "state": "MA", "zip": "02126"} | ({"street": street} if street else {})
    wilner = {"first_name": "Wilner", "last_name": "Desrosiers", "birth_date": "1979-03-14", "addresses": [home]}
    async with open_app(Settings(data_dir=tmp_path / "data"), create=True) as app:
        await app.add_people([("intake", parse_person(wilner | {"label": "L-1"}, "f"))])
        with pytest.raises(OptoutError) as e:
            await app.add_people([("row 2", parse_person(wilner | {"last_name": "Desrozier", "label": "L-2"}, "f"))])
    assert en in render(e.value.why, "en") and en in str(e.value), (render(e.value.why, "en"), str(e.value))
    assert es in render(e.value.why, "es") and "dirección" not in render(e.value.why, "es")


def test_every_column_a_persons_words_sit_in_is_checked_for_lost_letters():
    """f42: f41 read names and addresses only; a "?" for a lost letter in an e-mail, a phone's note,
    a relative, an alias, a city, a country, the label went in as the client's value. Every column
    is either read for it or named as a code, number or date column whose own check says what is
    wrong (a new column has to say which)."""
    from optout.intake import COLUMNS, LETTER_COLUMNS, NOT_WORDS

    assert set(LETTER_COLUMNS) | set(NOT_WORDS) == set(COLUMNS) and not set(LETTER_COLUMNS) & set(NOT_WORDS)
    assert {"emails", "phones", "relatives", "aliases", "city", "label", "country"} <= set(LETTER_COLUMNS)


@pytest.mark.parametrize(("column", "cell"), [
    ("emails", "nguy?n.dao@example.org"), ("phones", "617-555-0100 (c?a m?)"), ("relatives", "V? Th? Lan"),
    ("aliases", "??o Nguyen"), ("city", "H? Chi Minh"), ("country", "M?xico"), ("label", "Nguy?n-7"),
])
def test_a_lost_letter_in_any_column_of_a_persons_words_is_refused_naming_row_and_column(tmp_path, column, cell):
    import csv
    import io

    row = {"first_name": "Dao", "last_name": "Nguyen", "city": "Houston", "state": "TX", "zip": "77036"}
    row[column] = cell
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(row))
    w.writeheader()
    w.writerow(row)
    sheet = tmp_path / "clients.csv"
    sheet.write_text(buf.getvalue(), encoding="utf-8")
    env = cli_env(tmp_path)
    assert run_optout(env, "init").returncode == 0
    for lang, words in (("en", 'has "?" where a letter was'), ("es", "tiene «?» donde había una letra")):
        r = run_optout(env, "person", "import", str(sheet), LANGUAGE=lang, LC_ALL="C.UTF-8")
        assert r.returncode == 65, (column, r.stdout, r.stderr)
        [line] = [x for x in (r.stdout + r.stderr).splitlines() if words in x]
        assert line.split()[0] == "2", line  # the row
        assert lang != "en" or column in line.split(), line  # the column
        assert "argument 3" in r.stderr or "argumento 3" in r.stderr, r.stderr  # the file, by its place
        assert cell not in r.stdout + r.stderr and "Traceback" not in r.stderr, r.stderr
