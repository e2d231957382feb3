"""Why PostgreSQL refused a connection: the SQLSTATE of a failed login, which psycopg does not give.

libpq keeps the server's error fields of a failed connection to itself (``e.sqlstate`` is None,
``PQgetResult`` returns nothing); it writes the SQLSTATE into the message only at the "verbose"
error verbosity (``FATAL:  28P01: password authentication failed…``, libpq's
``pqBuildErrorMessage3``). So, after a connection has failed, :func:`refused_login` connects once
more with that verbosity set (``PQsetErrorVerbosity`` through ctypes on the very libpq psycopg
uses) and reads the code from the place libpq puts it. No message words are compared: the server's
and libpq's words are translated, the code is not.

Which codes are a refused login (PostgreSQL's errcodes, Appendix A of its manual): 28P01
``invalid_password``, 28000 ``invalid_authorization_specification`` (an unknown role, a
``pg_hba.conf`` that rejects it), 3D000 ``invalid_catalog_name`` (no such database); and a
password the server asks for when the URL has none (libpq's ``PQconnectionNeedsPassword``). Any
other failure (no answer, 57P03 starting up, 53300 too many connections) is not one.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import glob
import os
import re
import select
import time
from typing import Any

from psycopg import pq

#: SQLSTATE → what the server refused, in words for the one-line error.
REFUSED = {
    "28P01": "the server refused the password",
    "28000": "the server refused the role (user name)",
    "3D000": "the database does not exist",
}
NO_PASSWORD = "the server asks for a password and the URL has none"

_VERBOSE = 2  # PQERRORS_VERBOSE in libpq-fe.h
#: libpq's verbose form, "…: SEVERITY:  SQLSTATE: message" (the severity word is translated; an
#: SQLSTATE is five digits or capitals, and those of PostgreSQL's own errors hold a digit)
_CODE = re.compile(rb":\s+\S+:\s+((?=[0-9A-Z]*[0-9])[0-9A-Z]{5}):\s")


@functools.cache
def _libpq() -> Any:
    """The libpq psycopg runs on, as a ctypes library; None when it cannot be found."""
    try:
        if pq.__impl__ == "python":
            from psycopg.pq import _pq_ctypes

            return _pq_ctypes.pq
        if pq.__impl__ == "binary":
            import psycopg_binary

            libs = os.path.join(os.path.dirname(os.path.dirname(psycopg_binary.__file__)), "psycopg_binary.libs")
            found = sorted(glob.glob(os.path.join(libs, "libpq*.so*")))
            return ctypes.CDLL(found[0]) if found else None
        name = ctypes.util.find_library("pq")  # the "c" implementation links the system's libpq
        return ctypes.CDLL(name) if name else None
    except (ImportError, OSError, AttributeError):
        return None


def refused_login(conninfo: str, timeout: float = 10.0) -> str | None:
    """Connect to ``conninfo`` once (blocking: call it in a thread) and say why the server refused
    the login, in words from :data:`REFUSED` (or :data:`NO_PASSWORD`); None when the connection
    succeeds now, or fails otherwise (no answer, busy, starting up: a later try may work), or its
    SQLSTATE cannot be read here."""
    lib = _libpq()
    if lib is None:
        return None
    conn = pq.PGconn.connect_start(conninfo.encode())
    try:
        lib.PQsetErrorVerbosity.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.PQsetErrorVerbosity(conn.pgconn_ptr, _VERBOSE)
        status, deadline = pq.PollingStatus.WRITING, time.monotonic() + timeout
        while status not in (pq.PollingStatus.OK, pq.PollingStatus.FAILED) and time.monotonic() < deadline:
            if conn.socket < 0:
                break
            if status == pq.PollingStatus.READING:
                select.select([conn.socket], [], [], 1.0)
            elif status == pq.PollingStatus.WRITING:
                select.select([], [conn.socket], [], 1.0)
            status = conn.connect_poll()
        if status != pq.PollingStatus.FAILED:
            return None
        if conn.needs_password:
            return NO_PASSWORD
        found = _CODE.search(conn.error_message or b"")
        return REFUSED.get(found.group(1).decode()) if found else None
    except (OSError, ValueError, AttributeError):
        return None
    finally:
        conn.finish()
