"""Every file a person hands optout is read only up to what its door takes (``files.read_capped``):
a 50 MB sheet, a disk image named clients.csv, ``/dev/zero`` or a named pipe is refused in one line at
once, in English and Spanish, instead of being read whole for minutes (trial36: a 50 MB CSV ran ten
minutes at 1.6 GB before it was stopped; ``reply --note-file /dev/zero`` and ``drop import`` of
``/dev/zero`` never ended; ``drop import`` of a Windows-1252 file ended in a traceback)."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from optout.errors import OptoutError
from optout.files import TooLarge, read_capped
from optout.intake import MAX_SHEET_BYTES, MAX_SHEET_ROWS, FileRejected, read_sheet
from optout.legal import agent, drop
from optout.reasons import render

from tests.test_dashboard import dash  # noqa: F401  (the dashboard fixture)

HEADER = "first_name,last_name,birth_year,city,state\n"


def test_read_capped_stops_at_its_limit_and_refuses_what_is_not_a_regular_file(tmp_path):
    f = tmp_path / "a.bin"
    f.write_bytes(b"x" * 11)
    assert read_capped(f, 11) == b"x" * 11
    with pytest.raises(TooLarge) as e:
        read_capped(f, 10)
    assert e.value.limit == 10
    with pytest.raises(IsADirectoryError):
        read_capped(tmp_path, 10)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    t = time.monotonic()
    with pytest.raises(OSError, match="not a regular file"):
        read_capped(fifo, 10)  # no writer: a plain open would wait for ever
    with pytest.raises(OSError, match="not a regular file"):
        read_capped(Path("/dev/zero"), 10)  # endless: a plain read would fill the memory
    assert time.monotonic() - t < 5


def test_a_sheet_over_the_limit_is_refused_whole_in_both_languages(tmp_path):
    big = tmp_path / "clients.csv"
    row = "Rosa,Quintanilla,1981,Springfield,IL\n"
    big.write_text(HEADER + row * (MAX_SHEET_BYTES // len(row) + 1))
    with pytest.raises(FileRejected) as e:
        read_sheet(big)
    assert e.value.why.code == "import_too_large" and "larger than 5 MB" in str(e.value)
    assert "Quintanilla" not in str(e.value) and "\n" not in str(e.value)
    assert "más de 5 MB" in render(e.value.why, "es")
    with pytest.raises(FileRejected) as e:
        read_sheet(Path("/dev/zero"))
    assert e.value.why.code == "import_unreadable"


def test_a_sheet_of_more_rows_than_any_clinics_list_is_refused_before_they_are_checked(tmp_path):
    many = tmp_path / "clients.csv"
    many.write_text("first_name,last_name\n" + "a,b\n" * (MAX_SHEET_ROWS + 1))
    assert many.stat().st_size < MAX_SHEET_BYTES
    t = time.monotonic()
    with pytest.raises(FileRejected) as e:
        read_sheet(many)
    assert time.monotonic() - t < 10  # every row checked would take over a minute
    assert e.value.why.code == "import_too_many_rows" and f"more than {MAX_SHEET_ROWS} rows" in str(e.value)
    assert f"más de {MAX_SHEET_ROWS} filas" in render(e.value.why, "es")


def test_drop_and_agent_files_are_read_capped_and_a_wrong_encoding_is_one_line(tmp_path):
    latin = tmp_path / "drop.csv"
    latin.write_bytes("broker,status\nmailonly,pendiente é\n".encode("cp1252"))
    with pytest.raises(OptoutError, match=r"drop\.csv: not UTF-8 text"):
        drop.import_statuses(latin, {})
    with pytest.raises(OptoutError, match="cannot read"):
        drop.import_statuses(Path("/dev/zero"), {})
    fifo = tmp_path / "signed.pdf"
    os.mkfifo(fifo)
    today = dt.date(2026, 12, 1)
    with pytest.raises(OptoutError, match="cannot read the signed authorisation"):
        agent.read_signed(fifo, today, today)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF" + b"0" * agent.MAX_BYTES)
    with pytest.raises(OptoutError, match="larger than 10 MB"):
        agent.read_signed(big, today, today)


def test_reply_note_file_that_never_ends_is_refused_at_once(tmp_path):
    env = {**os.environ, "OPTOUT_DATA_DIR": str(tmp_path / "data"), "OPTOUT_LAB_URL": ""}
    cmd = [sys.executable, "-m", "optout", "reply", "1", "--by", "post", "--on", "2026-11-30",
           "--kind", "refused", "--note-file"]
    r = subprocess.run([*cmd, "/dev/zero"], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 65 and r.stderr.count("\n") == 1 and "--note-file argument 10" in r.stderr, r.stderr  # named by its place (log.name_files)
    long = tmp_path / "note.txt"
    long.write_text("the broker said no. " * 2000)
    r = subprocess.run([*cmd, str(long)], env={**env, "LANG": "es_ES.UTF-8"}, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 65 and "hasta 4000 caracteres" in r.stderr and "Traceback" not in r.stderr, r.stderr


async def test_the_dashboard_takes_no_more_of_an_upload_than_the_importer_reads(dash):  # noqa: F811
    await dash.login()
    token = await dash.csrf()
    body = (HEADER + "Rosa," + "Q" * (MAX_SHEET_BYTES + 10) + ",1981,Springfield,IL\n").encode()
    r = await dash.post("/people/import", data={"csrf": token}, headers={"accept-language": "es"},
                        files={"file": ("clientes.csv", body, "text/csv")})
    text = re.sub(r"<[^>]+>", " ", r.text)
    assert "más de 5 MB" in text, text[-2000:]
    assert "QQQQ" not in r.text
