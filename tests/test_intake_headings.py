"""A clinic's own spreadsheet, headed as clinics head them: punctuation in headings, the two
surnames in two columns, and columns of the clinic's own (notes, intake dates) beside the ones
optout keeps."""

from __future__ import annotations

import pytest

from optout.intake import FileRejected, column_letter, column_name, read_sheet

HEADER = "No. Expediente,Nombre(s),Apellido paterno,Apellido materno,Fecha de Nac.,Tel.,C.P.,Ciudad,Estado,Notas,Fecha de ingreso\r\n"


def _sheet(tmp_path, text: str, encoding: str = "cp1252"):
    f = tmp_path / "clientes.csv"
    f.write_bytes(text.encode(encoding))
    return read_sheet(f)


@pytest.mark.parametrize(("heading", "column"), [
    ("No. Expediente", "label"), ("Nombre(s)", "first_name"), ("Tel.", "phones"), ("C.P.", "zip"),
    ("Fecha de Nac.", "birth_date"), ("Primer apellido", "last_name"), ("E-mail", "emails"),
    ("Núm. expediente", "label"), ("Celular", "phones"),
])
def test_a_heading_with_punctuation_or_an_abbreviation_names_its_column(heading, column):
    assert column_name(heading) == column


def test_two_surname_columns_make_one_surname_and_the_clinics_own_columns_are_left_out_and_named(tmp_path):
    sheet = _sheet(tmp_path, HEADER + "2024-001,María José,Hernández,López,1985-03-04,(312) 555 0134,60608,"
                                      "Chicago,IL,vino con su hija,2024-01-15\r\n"
                                      "2024-002,Gulnara,Abdullaeva,,,,,Chicago,IL,,\r\n")
    assert sheet.problems == [] and sheet.left_out == (10, 11)
    (_, first), (_, second) = sheet.people
    assert (first.label, first.first_name, first.last_name, first.phones) == \
        ("2024-001", "María José", "Hernández López", ["(312) 555 0134"])
    assert first.addresses[0].zip == "60608"
    assert second.last_name == "Abdullaeva"


def test_a_misspelt_heading_or_a_sheet_without_its_header_row_is_still_refused(tmp_path):
    with pytest.raises(FileRejected) as e:  # a near miss of a column: its values must not be dropped
        _sheet(tmp_path, "Nombre,Apellidos,Telefno\r\nAna,Ruiz,312 555 0134\r\n")
    assert e.value.why.code == "import_unknown_column"
    with pytest.raises(FileRejected) as e:  # no header row: nothing is guessed, no name is echoed
        _sheet(tmp_path, "Ana,Ruiz,312 555 0134\r\n")
    assert e.value.why.code == "import_not_a_header" and "Ana" not in str(e.value)


def test_column_letters_are_the_spreadsheets():
    assert [column_letter(n) for n in (1, 12, 26, 27, 28)] == ["A", "L", "Z", "AA", "AB"]


def test_a_language_in_its_own_words_is_read_and_an_unknown_one_keeps_its_row(tmp_path):
    """Haitian clients write "Kreyòl", a Vietnamese one "Tiếng Việt" (UTF-8 sheet): the language
    is read; a name optout does not know no longer refuses the sheet (trial50): the row is kept
    without it (the clinic's language) and named, with the column, for the import to say."""
    sheet = _sheet(tmp_path, "nombres,apellidos,idioma\r\nJean-Baptiste,Pierre-Louis,Kreyòl\r\n"
                             "Thi Thu Trang,Nguyen,Tiếng Việt\r\nRosa,Quispe,Runasimi Qwertyano\r\n", "utf-8")
    assert [p.language for _, p in sheet.people] == ["ht", "vi", None]
    assert sheet.problems == [] and sheet.unknown_language == (4,) and sheet.language_column == 3


def test_a_country_by_its_name_is_read_and_an_unknown_one_is_said_plainly(tmp_path):
    """Clinics write the country out ("Estados Unidos", "USA", "EE. UU.", "México"): each is its code;
    one optout cannot read says what to write, not the pattern."""
    sheet = _sheet(tmp_path, "nombres,apellidos,ciudad,estado,país\r\nAna,Ruiz,Chicago,IL,Estados Unidos\r\n"
                             "Beto,Soto,Chicago,IL,EE. UU.\r\nCarla,Lee,Chicago,IL,USA\r\n"
                             "Dora,Paz,Oaxaca,,México\r\nEli,Gil,Chicago,IL,Gringolandia\r\n")
    assert [p.addresses[0].country for _, p in sheet.people] == ["US", "US", "US", "MX"]
    (problem,) = sheet.problems
    assert (problem.row, problem.column, problem.why.code) == (6, "country", "input_country")
    assert "pattern" not in problem.problem


def test_dates_with_slashes_are_read_the_way_the_sheet_itself_shows(tmp_path):
    """03/04/1985 alone is read two ways and is refused; in a sheet where 11/23/1979 shows that
    dates are month first (a US spreadsheet), it is March 4, 1985; where 23/11/1979
    shows day first, 3 April. A sheet that shows both orders is refused as before."""
    us = _sheet(tmp_path, "nombres,apellidos,fecha de nacimiento\r\nAna,Ruiz,03/04/1985\r\nBeto,Soto,11/23/1979\r\n")
    assert [str(p.birth_date) for _, p in us.people] == ["1985-03-04", "1979-11-23"] and us.problems == []
    es = _sheet(tmp_path, "nombres,apellidos,fecha de nacimiento\r\nAna,Ruiz,03/04/1985\r\nBeto,Soto,23/11/1979\r\n")
    assert [str(p.birth_date) for _, p in es.people] == ["1985-04-03", "1979-11-23"] and es.problems == []
    alone = _sheet(tmp_path, "nombres,apellidos,fecha de nacimiento\r\nAna,Ruiz,03/04/1985\r\n")
    assert [p.why.code for p in alone.problems] == ["input_date_slashes"]
    both = _sheet(tmp_path, "nombres,apellidos,fecha de nacimiento\r\nAna,Ruiz,11/23/1979\r\nBeto,Soto,23/11/1979\r\n")
    assert [(p.row, p.why.code, p.why.params) for p in both.problems] == [
        (2, "input_date_only_month_first", {"rows": "3"}), (3, "input_date_only_day_first", {"rows": "2"})]
    assert both.people == []


def test_a_sheet_whose_dates_show_both_orders_names_the_odd_date_not_every_row(tmp_path):
    """A clinic's sheet in US order (07/15/1990, 11/23/1979…) with one Brazilian client's date typed
    day first (22/06/1975): the one odd row is named, with rows that show the other order, so the
    volunteer corrects one cell instead of rewriting every date (before: every row with a slashed
    date was refused with the same "read two ways" message). Nothing is imported meanwhile."""
    rows = ["Ixmucané,Cumatz Ajpop,03/04/1985", "Fabián,Chilel Ixtamer,11/23/1979", "Dania,Zúniga,07/15/1990",
            "Raimundo Nonato,dos Santos Filho,22/06/1975", "Tsehay,Kebede,02/09/1993", "Osvaldo,Castellanos,08/17/1971",
            "Heriberto,Zamudio Leyva,06/25/1966"]
    sheet = _sheet(tmp_path, "nombres,apellidos,fecha de nacimiento\r\n" + "\r\n".join(rows) + "\r\n")
    assert [str(p.birth_date) for _, p in sheet.people][:1] == ["1985-03-04"]  # the rest in the sheet's order
    [odd] = sheet.problems
    assert (odd.row, odd.column, odd.why.code) == (5, "birth_date", "input_date_only_day_first")
    assert odd.why.params == {"rows": "3, 4, 7, …"} and "22/06" not in odd.problem
    from optout.reasons import render
    assert "fila(s) 3, 4, 7, …" in render(odd.why, "es")
    fixed = _sheet(tmp_path, "nombres,apellidos,fecha de nacimiento\r\n"
                   + "\r\n".join(rows).replace("22/06/1975", "06/22/1975") + "\r\n")
    assert fixed.problems == [] and [str(p.birth_date) for _, p in fixed.people][:1] == ["1985-03-04"]


def test_a_year_alone_in_the_date_column_is_the_birth_year(tmp_path):
    """Many clients know only the year they were born, and a clinic's sheet has one "Fecha de
    nacimiento" column: a four-digit year there is the birth year, not a refused import (trial24:
    one such row stopped a sheet of fifteen clients). A year that disagrees with a birth-year
    column, or anything else that is not a date, is still refused."""
    sheet = _sheet(tmp_path, "nombres,apellidos,fecha de nacimiento\r\nShahpari,,1988\r\nBeto,Soto,1979-11-23\r\n")
    assert sheet.problems == []
    assert [(p.birth_year, p.birth_date) for _, p in sheet.people] == [(1988, None), (1979, sheet.people[1][1].birth_date)]
    agree = _sheet(tmp_path, "nombres,apellidos,fecha de nacimiento,año de nacimiento\r\nAna,Ruiz,1985,1985\r\n")
    assert agree.problems == [] and agree.people[0][1].birth_year == 1985
    differ = _sheet(tmp_path, "nombres,apellidos,fecha de nacimiento,año de nacimiento\r\nAna,Ruiz,1985,1986\r\n")
    assert [p.column for p in differ.problems] == ["birth_date"] and differ.people == []
    for bad in ("85", "19855", "mayo 1985"):
        refused = _sheet(tmp_path, f"nombres,apellidos,fecha de nacimiento\r\nAna,Ruiz,{bad}\r\n")
        assert [p.column for p in refused.problems] == ["birth_date"], bad


@pytest.mark.parametrize(("heading", "cell", "order"), [
    ("name_order", "family_first", "family_first"), ("Orden del nombre", "Apellido primero", "family_first"),
    ("orden_del_nombre", "primero el nombre", "given_first"), ("Name order", "Given name first", "given_first"),
    ("Name order", "family-first", "family_first"), ("Orden del nombre", "", None),
])
def test_a_sheets_name_order_column_is_read_in_english_or_spanish(tmp_path, heading, cell, order):
    """t52: `person import` read no name_order (t50's Person.name_order): a Vietnamese client who
    reads English, a Chinese client who writes "Lily Wang", could be said only one by one."""
    sheet = _sheet(tmp_path, f"first_name,last_name,city,state,language,{heading}\r\n"
                             f"Lan,Nguyen,Houston,TX,en,{cell}\r\n", "utf-8")
    assert sheet.problems == [] and sheet.left_out == ()
    [(_, person)] = sheet.people
    assert person.name_order == order


def test_a_name_order_no_reader_can_tell_is_refused_by_row_and_column(tmp_path):
    from optout.reasons import render

    sheet = _sheet(tmp_path, "nombres,apellidos,ciudad,estado,orden_del_nombre\r\nAna,Ruiz,Austin,TX,al revés\r\n",
                   "utf-8")
    [p] = sheet.problems
    assert (p.row, p.column) == (2, "name_order") and p.why is not None
    assert render(p.why, "es").startswith("se esperaba family_first (el apellido primero")
