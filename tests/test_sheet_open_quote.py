"""A CSV cell whose opening quote is never closed is said as that, where it is (row, column), in one
line, in English and Spanish, with no value: not as "longer than 200 characters" (the reader had
swallowed the rest of the file into that cell). Every CSV optout reads: a clinic's sheet, a DROP
status export (f37)."""

from __future__ import annotations

from pathlib import Path

import pytest

from optout.errors import OptoutError
from optout.intake import open_quote, read_sheet

from .harness import cli_env, run_optout

SHEET = 'first_name,last_name,city\nMaria,"Garcia,Austin\nJose,Lopez,Dallas\n'


def test_open_quote_finds_the_cell_and_leaves_sound_quotes_alone():
    assert open_quote(SHEET) == (2, 2)
    assert open_quote('a,b\n"x\ny",z\nq,"w') == (3, 2)  # a quoted line break stays in its row
    assert open_quote('a;b\r\n1;"2\r\n', ";") == (2, 2)
    assert open_quote('a,b\nx"y,z\n') is None  # a quote inside a cell is literal (odd count, no open cell)
    assert open_quote('a,b\n"say ""hi""",z\n') is None
    assert open_quote('a,b\n"x"y,"z\n') == (2, 2)  # text after a closing quote joins the cell


def test_a_sheet_with_an_open_quote_is_refused_where_it_is(tmp_path: Path):
    path = tmp_path / "clients.csv"
    path.write_text(SHEET, encoding="utf-8")
    with pytest.raises(OptoutError) as e:
        read_sheet(path)
    msg = str(e.value)
    assert "row 2, column 2 (last_name): a quote" in msg and "not closed" in msg, msg
    assert "200" not in msg and "Garcia" not in msg and "Dallas" not in msg, msg
    assert e.value.why.code == "import_open_quote_in", e.value.why


@pytest.mark.parametrize("lang,words", [("en", "row 2, column 2 (last_name): a quote (\") is not closed"),
                                        ("es", "fila 2, columna 2 (apellidos): unas comillas (\") no se cierran")])
def test_person_import_says_it_in_one_line(tmp_path: Path, lang: str, words: str):
    path = tmp_path / "clients.csv"
    path.write_text(SHEET, encoding="utf-8")
    r = run_optout(cli_env(tmp_path), "person", "import", str(path), "--lang", lang)
    assert r.returncode == 65, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], r.stderr
    assert "Traceback" not in r.stderr and "Garcia" not in r.stderr and "200" not in r.stderr, r.stderr


def test_a_drop_export_with_an_open_quote_is_refused_where_it_is(tmp_path: Path):
    from optout.legal.drop import import_statuses

    path = tmp_path / "drop.csv"
    path.write_text('broker,status\nacme,deleted\n"Some Broker,pending\nother,deleted\n', encoding="utf-8")
    with pytest.raises(OptoutError) as e:
        import_statuses(path, {})
    assert "row 3, column 1: a quote" in str(e.value) and "Some Broker" not in str(e.value), str(e.value)
    path.write_text('broker,status\nacme,deleted\n', encoding="utf-8")
    assert import_statuses(path, {}) == {}
