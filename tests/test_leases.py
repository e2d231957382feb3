"""Lease owners (``optout.leases``): a run on this machine that is gone is known as gone (its
process no longer exists, or its id now belongs to a process started at another time); a live one,
another machine's, or an owner it cannot read never is."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from optout.leases import gone, parse, run_owner


def test_this_run_is_not_gone_and_its_owner_names_host_pid_and_start():
    owner = run_owner()
    o = parse(owner)
    assert o is not None and o.host == socket.gethostname() and o.pid == os.getpid()
    assert o.start not in (None, "0")  # Linux: /proc gives the start time
    assert not gone(owner)
    assert run_owner() != owner  # two runs in one process never share an owner


def test_a_killed_run_is_gone():
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    from optout import leases

    owner = f"{socket.gethostname()}:{p.pid}:{leases._start(p.pid)}:abcdef"
    assert not gone(owner)
    p.kill()
    p.wait()
    assert gone(owner)


def test_a_reused_pid_is_gone_and_other_hosts_are_never_judged():
    me = parse(run_owner())
    assert me is not None
    assert gone(f"{me.host}:{me.pid}:1:abcdef")  # this pid, but a process that started at another time
    assert not gone(f"other-{me.host}:99999999:1:abcdef")
    assert not gone(f"{me.host}:{me.pid}:abcdef")  # an owner from before start times: pid alive
    assert not gone("w1") and not gone("")
