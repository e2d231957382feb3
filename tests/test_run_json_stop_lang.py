"""``optout run --json`` stopped by SIGTERM (t48): the JSON on stdout stays English, but the one
line on stderr is for the person who stopped it, in their language (it was English under
``--json``); and the Runs page keeps the run as stopped by a signal."""

from __future__ import annotations

import asyncio
import json
import sys

from optout.app import open_app
from optout.lab import LabThread
from optout.settings import Settings

from .conftest import requires_browser
from .harness import cli_env, run_optout
from .test_service_stop import CLINIC, _stop_mid_pass


@requires_browser
def test_a_json_run_stopped_by_sigterm_says_so_in_the_readers_language(tmp_path):
    with LabThread(seed=6, failure_rate=0.0, latency_ms=(1500, 1500), data_dir=tmp_path / "lab") as lab:
        env = cli_env(tmp_path, LANGUAGE="es", LC_ALL="C.UTF-8", LANG="C.UTF-8", OPTOUT_LAB_URL=lab.url,
                      OPTOUT_WORKER__PER_BROKER_PER_MINUTE="6000")
        assert run_optout(env, "init").returncode == 0
        assert run_optout(env, "person", "import", str(CLINIC)).returncode == 0
        rc, out, err = _stop_mid_pass([sys.executable, "-m", "optout", "run", "--json", "--broker", "peoplecheck",
                                       "--broker", "searchly", "--concurrency", "4", "--grace", "0"], env, lab)
    assert rc == 130, err[-2000:]
    doc = json.loads(out)
    assert doc["stopped"] == "SIGTERM"  # the document stays English
    assert "optout: detenida por SIGTERM antes de terminar; " in err, err[-2000:]
    assert "stopped by SIGTERM" not in err

    async def kept() -> list:
        async with open_app(Settings(data_dir=env["OPTOUT_DATA_DIR"])) as app:
            return await app.recent_runs(5)

    runs = asyncio.run(kept())
    assert runs[0].source == "run" and runs[0].summary["stopped"] is True and runs[0].finished_at is not None
