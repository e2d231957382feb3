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
