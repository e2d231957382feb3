"""A state written as an intake form writes it: in Spanish ("Nueva York", "Carolina del Norte"),
abbreviated ("Calif.", "Tex.", "N.Y."), or misspelt ("Califronia"). The first two were refused as
"not a US state code" and the volunteer had to know the code; a misspelling was refused without
saying which state was near (trial27). The first two are read; a misspelling is still refused,
naming the state it is near, for the volunteer to confirm: never taken on a guess."""

from __future__ import annotations

import pytest

from optout.intake import read_sheet
from optout.person import parse_person
from optout.reasons import render


@pytest.mark.parametrize(("written", "code"), [
    ("Nueva York", "NY"), ("Carolina del Norte", "NC"), ("Nuevo México", "NM"), ("Pensilvania", "PA"),
    ("Calif.", "CA"), ("Tex.", "TX"), ("N.Y.", "NY"), ("Fla", "FL"), ("california", "CA"), ("ca", "CA"),
])
def test_a_state_in_spanish_or_abbreviated_is_read(written, code):
    p = parse_person({"first_name": "Ana", "last_name": "Quispe", "addresses": [{"city": "X", "state": written}]})
    assert p.addresses[0].state == code


def test_a_misspelt_state_is_refused_naming_the_state_it_is_near_in_the_readers_language(tmp_path):
    f = tmp_path / "clientes.csv"
    f.write_text("Nombre,Apellidos,Ciudad,Estado\r\nAna,Quispe,Fresno,Califronia\r\nLuz,Mamani,Austin,ZZ\r\n"
                 "Rosa,Chambi,Queens,Nueva York\r\n", encoding="utf-8")
    sheet = read_sheet(f)
    near, far = sheet.problems
    assert (near.row, near.column, near.why.code, near.why.params) == (2, "state", "input_state_near", {"near": "CA"})
    assert render(near.why, "es").endswith("¿quiso decir CA?") and "Califronia" not in render(near.why, "es")
    assert (far.row, far.why.code) == (3, "input_state")
    assert [p.addresses[0].state for _, p in sheet.people] == ["NY"]
