"""The benchmark's statistics (scripts/bench.py): how a point's pairs become a median, an interval
and a verdict on the target, which pairs are left out as disturbed, and the lab's latency drawn per
request so that the two sides of a pair wait the same. Statistics, not timings: every figure here is
made up or counted, none is measured, so the machine's load cannot move them."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import httpx
import pytest

from optout.lab import LabThread

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("bench_script_stats", ROOT / "scripts" / "bench.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bench = _bench()


def _run(wall: float, startup: float = 1.0, cpu: float = 10.0, foreign: float = 0.0, steal: float = 0.0) -> dict:
    return {"wall_s": wall, "startup_s": startup, "steady_s": wall - startup, "cpu_s": cpu,
            "foreign_cpus": foreign, "steal_cpus": steal, "machine_steal_s": steal * wall,
            "cpu_s_sampled": {"python": cpu / 10}, "peak_pss_mb": 500.0}


def _pair(bare_wall: float, optout_wall: float, **optout) -> dict:
    p = {"first": "bare", "attempt": 1, "bare": _run(bare_wall), "optout": _run(optout_wall, **optout)}
    p["disturbed"] = bench.disturbed(p["bare"]) + bench.disturbed(p["optout"])
    return p


# ---- the interval -----------------------------------------------------------------------------------


def test_six_pairs_are_the_fewest_that_decide_at_95_and_their_interval_is_their_range():
    xs = [0.97, 0.99, 0.96, 1.01, 0.98, 1.00]
    assert bench.median_interval(xs[:5]) is None  # 1 - 2/32 = 93.75 % < 95 %
    lo, hi, cover = bench.median_interval(xs)
    assert (lo, hi) == (0.96, 1.01)
    assert cover == pytest.approx(1 - 2 / 64)
    assert bench.pairs_needed() == 6


def test_with_more_pairs_the_interval_leaves_out_the_extremes_by_the_binomial():
    xs = [float(i) for i in range(1, 11)]  # 10 values: k = 2 keeps 1 - 2 * 11/1024 = 97.9 %, k = 3 only 89 %
    lo, hi, cover = bench.median_interval(xs)
    assert (lo, hi) == (2.0, 9.0)
    assert cover == pytest.approx(1 - 2 * (1 + 10) / 1024)
    # at 80 % the third from each end is enough
    assert bench.median_interval(xs, 0.80)[:2] == (3.0, 8.0)
    # the coverage is exact: the sign test's, sum of binomial terms
    n = 20
    lo, hi, cover = bench.median_interval(list(range(n)))
    k = lo + 1
    assert cover == pytest.approx(1 - 2 * sum(math.comb(n, i) for i in range(k)) / 2 ** n)
    assert cover >= 0.95 and 1 - 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n < 0.95


def test_the_verdict_is_met_missed_or_undecided_by_where_the_whole_interval_lies():
    v = bench.verdict
    assert v((0.96, 1.02, 0.97), 0.95, at_least=True) == "met"
    assert v((0.95, 1.02, 0.97), 0.95, at_least=True) == "met"  # at the bar is at least the bar
    assert v((0.88, 0.94, 0.97), 0.95, at_least=True) == "missed"
    assert v((0.93, 0.97, 0.97), 0.95, at_least=True) == "undecided"
    assert v(None, 0.95, at_least=True) == "undecided"
    # start-up: at most +0.3 s
    assert v((0.05, 0.25, 0.97), 0.3, at_least=False) == "met"
    assert v((0.35, 0.60, 0.97), 0.3, at_least=False) == "missed"
    assert v((0.10, 0.40, 0.97), 0.3, at_least=False) == "undecided"


# ---- a point's pairs --------------------------------------------------------------------------------


def test_a_pairs_ratio_is_optouts_flows_per_second_over_the_bare_scripts_in_that_pair():
    f = bench.pair_figures({"bare": _run(20.0, startup=1.0, cpu=8.0), "optout": _run(25.0, startup=1.2, cpu=10.0)})
    assert f["ratio"] == pytest.approx(20 / 25)  # same flows: flows/s ratio = bare wall / optout wall
    assert f["ratio_steady"] == pytest.approx(19 / 23.8)
    assert f["startup_diff_s"] == pytest.approx(0.2)
    assert f["cpu_ratio"] == pytest.approx(1.25)


def test_a_sides_cpu_per_flow_is_told_by_process_kind_each_the_median_of_its_runs():
    # pass 27: where optout's extra CPU goes (Chromium's GPU process for the evidence screenshots, its
    # renderers for the page reads) needs each kind per flow, not only the tree's sum and Python's
    def run(python: float, gpu: float) -> dict:
        return {**_run(20.0), "cpu_s_sampled": {"python": python, "playwright-driver": 2.0, "chromium": 10.0 + gpu,
                                                "sh": 0.5},
                "chromium_cpu_s_by_kind": {"browser": 4.0, "renderer": 5.0, "gpu-process": gpu, "utility": 0.6,
                                           "zygote": 0.2, "?": 0.2}}

    per = bench.summarise(10, [run(1.0, 2.0), run(3.0, 1.0), run(2.0, 4.0)])["cpu_s_per_flow_by_process"]
    assert set(per) == set(bench.PROCESS_KINDS)
    assert per["python"] == pytest.approx(0.2) and per["gpu"] == pytest.approx(0.2)  # medians, per flow
    assert per["driver"] == pytest.approx(0.2) and per["browser"] == pytest.approx(0.4)
    assert per["renderer"] == pytest.approx(0.5) and per["chromium other"] == pytest.approx(0.1)
    assert per["other"] == pytest.approx(0.05)  # a process of no known kind is counted, not lost


def test_a_point_whose_six_pairs_all_clear_the_bar_is_met_and_one_below_makes_it_undecided():
    met = [_pair(20.0, 20.0 / r) for r in (0.97, 0.99, 0.96, 1.01, 0.98, 1.00)]
    st = bench.judge(met)
    assert st["ratio_verdict"] == "met"
    assert st["ratio"]["median"] == pytest.approx(0.985)
    assert st["ratio"]["interval"][:2] == pytest.approx((0.96, 1.01))
    assert st["startup_verdict"] == "met"  # same start-up on both sides: +0.0 s
    one_low = met[:5] + [_pair(20.0, 20.0 / 0.90)]
    assert bench.judge(one_low)["ratio_verdict"] == "undecided"
    low = [_pair(20.0, 20.0 / r) for r in (0.90, 0.91, 0.93, 0.89, 0.92, 0.94)]
    assert bench.judge(low)["ratio_verdict"] == "missed"


def test_a_disturbed_pair_is_left_out_of_the_verdict_and_too_few_clean_ones_decide_nothing():
    clean = [_pair(20.0, 20.0 / r) for r in (0.97, 0.99, 0.96, 1.01, 0.98, 1.00)]
    stolen = _pair(20.0, 20.0 / 0.70, steal=bench.STEAL_MAX + 0.01)  # the hypervisor took CPU from optout's run
    busy = _pair(20.0, 20.0 / 0.80, foreign=bench.FOREIGN_MAX + 0.01)  # another workload ran beside it
    assert stolen["disturbed"] and busy["disturbed"]
    st = bench.judge(clean + [stolen, busy])
    assert (st["pairs"], st["clean_pairs"]) == (8, 6)
    assert st["ratio_verdict"] == "met"  # the outliers did not count
    assert min(st["ratio"]["values"]) == pytest.approx(0.96)
    st = bench.judge(clean[:4] + [stolen, busy])
    assert st["clean_pairs"] == 4 and st["ratio"]["interval"] is None and st["ratio_verdict"] == "undecided"
    # the point's ratio is the median of the clean pairs' (of all, when none is clean)
    point = bench.per_point(1, 4, clean + [stolen])
    assert point["ratio"] == pytest.approx(0.985)
    assert bench.per_point(1, 4, [stolen, busy])["ratio"] == pytest.approx(0.75)


def test_a_run_is_disturbed_by_steal_or_foreign_work_above_the_bounds_and_says_which():
    assert bench.disturbed(_run(20.0)) == []
    assert bench.disturbed(_run(20.0, steal=bench.STEAL_MAX)) == []
    why = bench.disturbed(_run(20.0, steal=0.3, foreign=0.5))
    assert len(why) == 2 and "stolen" in why[1] and "elsewhere" in why[0]


def test_a_disturbed_pair_is_measured_again_whole_in_the_same_order(monkeypatch):
    """attempt_pair runs both sides again when either run was disturbed, the same side first."""
    monkeypatch.setitem(bench.WAIT, "max_wait", 0.0)
    calls: list[str] = []
    steal = iter([0.3, 0.0, 0.0, 0.0])  # the first try's first run loses 0.3 CPUs to the hypervisor

    def side(name):
        def run():
            calls.append(name)
            return _run(20.0, steal=next(steal))
        return run

    pair = bench.attempt_pair(lambda *a: None, "optout", {"bare": side("bare"), "optout": side("optout")}, tries=3)
    assert calls == ["optout", "bare", "optout", "bare"]
    assert pair["attempt"] == 2 and pair["disturbed"] == [] and pair["first"] == "optout"


# ---- the lab's latency per request ------------------------------------------------------------------


def _delays(labt: LabThread, order: list[tuple[str, str, bytes | None]]) -> dict[tuple[str, str], float]:
    """Each request's added latency (seconds) as the lab drew it, sending them in `order`."""
    lab = labt.lab
    drawn: list[float] = []
    draw = type(lab)._latency.__get__(lab)

    async def recording(request):
        d = await draw(request)
        drawn.append(d)
        return d

    labt._call(lambda: setattr(lab, "_latency", recording))
    out = {}
    with httpx.Client(proxy=labt.url, timeout=10) as client:
        for method, url, body in order:
            client.request(method, url, content=body, headers={"content-type": "application/json"} if body else {})
            out[(method, url + (body or b"").decode())] = drawn[-1]
    return out


@pytest.mark.parametrize("by_request", [True, False])
def test_the_lab_draws_a_requests_latency_from_the_request_when_asked(by_request):
    with LabThread(seed=2026, latency_ms=(1, 30), failure_rate=0) as labt:
        host = labt.lab.site("searchly").host
        reqs = [("GET", f"http://{host}/", None),
                ("GET", f"http://{host}/api/search?first=Avery&last=Abernathy&state=IL", None),
                ("GET", f"http://{host}/api/search?first=Blake&last=Bellweather&state=OH", None),
                ("POST", f"http://{host}/api/remove", b'{"listing": "x1", "email": "a@example.org"}'),
                ("POST", f"http://{host}/api/remove", b'{"listing": "x2", "email": "b@example.org"}')]
        labt.lab.latency_by_request = by_request
        labt.reset()
        first = _delays(labt, reqs)
        labt.reset()
        second = _delays(labt, list(reversed(reqs)))
    assert all(0.001 <= d <= 0.030 for d in [*first.values(), *second.values()])
    if by_request:
        # the same request waits the same whatever came before it; different requests differ
        assert first == second
        assert len(set(first.values())) == len(reqs)
    else:
        # one stream dealt out in arrival order (as before): reversing the order moves the draws
        assert first != second
        assert sorted(first.values()) == sorted(second.values())
