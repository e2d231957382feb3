"""trial49: what a fresh volunteer met on the dashboard's home page."""

from __future__ import annotations

from optout.intake import read_sheet

from .test_dashboard import dash  # noqa: F401  (the fixture)


async def test_the_sheet_hint_says_a_one_part_name_is_enough_and_it_is(dash, tmp_path):  # noqa: F811
    """The home page said "Solo los nombres y los apellidos son obligatorios" / "Only first names and
    surnames are required", though a one-part name (no surname) is a whole name, entered once in
    either column. The hint says so in both languages, and a sheet written that way is read."""
    await dash.login()
    for lang, says, wrong in (
            ("es", "un nombre de una sola parte (sin apellido) una vez, en cualquiera de las dos columnas",
             "Solo los nombres y los apellidos son obligatorios"),
            ("en", "a one-part name (no surname) once, in either column", "Only first names and surnames are required")):
        page = (await dash.get("/", headers={"accept-language": lang})).text
        assert says in page and wrong not in page, lang
    sheet = tmp_path / "uno.csv"
    sheet.write_text("first_name,last_name,city,state\nZarghuna,,Fremont,CA\n,Hser Paw,Omaha,NE\n", encoding="utf-8")
    read = read_sheet(sheet)
    assert not read.problems and [p.full_name for _, p in read.people] == ["Zarghuna", "Hser Paw"], read
