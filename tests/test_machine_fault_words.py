"""A full disk or a data folder that cannot be written, met by any command (an import, an edit,
init), was said to a Spanish reader in English, labelled "(solo en inglés)", with the store's
path and SQLite's words (trial27: a clinic's small disk filled during `person import`). It is said
in the reader's language, with what to do; English keeps its message."""

from __future__ import annotations

import pytest

from optout import errors
from optout.cli import error_line


@pytest.mark.parametrize(("error", "es"), [
    (errors.DiskFull("store /srv/optout/optout.db: cannot add people: the disk is full"),
     "el disco de esta computadora está lleno y no se pudieron guardar los datos de optout: libere espacio"),
    (errors.StoreUnwritable("store /srv/optout/optout.db: cannot add people: the disk is read-only"),
     "no se puede escribir en la carpeta de datos de optout"),
])
def test_a_fault_of_this_machine_is_said_in_spanish_with_what_to_do(error, es):
    line = error_line(error, "es")
    assert line.startswith(es) and "solo en inglés" not in line and "disk" not in line, line
    assert error_line(error, "en") == str(error)
