"""The matcher's tables kept built in the cache directory (issue 15, p15: optout/matching/_cache.py):
read back, each is the table built from its source, key by key; a kept file that is corrupt,
truncated, stale or of another version is never used but built again and written over."""

from __future__ import annotations

import functools

import pytest

from optout.matching import _cache, _names, _places, frequency

# name, builder, kind, source, module that builds it, library
TABLES = [
    ("surnames", functools.partial(frequency._read_table, "surnames"), tuple, "data/surnames.tsv.gz", frequency.__file__, None),
    ("given_names", functools.partial(frequency._read_table, "given_names"), tuple, "data/given_names.tsv.gz",
     frequency.__file__, None),
    ("given_names_by_sex", frequency._read_sexes, dict, "data/given_names_by_sex.tsv.gz", frequency.__file__, None),
    ("us_places", _places._read_populations, dict, "data/us_places.tsv.gz", _places.__file__, None),
    ("us_largest", _places._largest, dict, "data/us_places.tsv.gz", _places.__file__, None),
    ("world_cities", _places._read_world, dict, "data/world_cities.tsv.gz", _places.__file__, None),
    ("pinyin", _names._read_pinyin, frozenset, None, _names.__file__, "anyascii"),
]


@pytest.fixture
def cache_dir(tmp_path):
    _cache.use(tmp_path / "cache")
    yield tmp_path / "cache"
    _cache.use(None)


def _kept(name, build, kind, data, code, library):
    return _cache.table(name, build, kind=kind, data=data, code=code, library=library)


def _never():
    raise AssertionError("built again although a good file was kept")


def _same(kept, built):
    """Every key and value, one by one (and nothing more)."""
    if isinstance(built, tuple):  # the name shares: (rows, total, groups)
        assert len(kept) == len(built) and kept[1:] == built[1:]
        kept, built = kept[0], built[0]
    if isinstance(built, frozenset):
        assert kept == built and len(kept) > 300
        return
    assert len(kept) == len(built) > 1000
    for k, v in built.items():
        assert kept[k] == v, k
        assert type(kept[k]) is type(v)


@pytest.mark.parametrize("table", TABLES, ids=[t[0] for t in TABLES])
def test_a_kept_table_reads_back_as_the_one_built_from_its_source(cache_dir, table):
    name, build, kind, data, code, library = table
    built = build()
    first = _kept(name, build, kind, data, code, library)  # built and written
    assert (cache_dir / f"matching-{name}.marshal").is_file()
    again = _kept(name, _never, kind, data, code, library)  # read from the file, not built
    assert again is not first
    _same(first, built)
    _same(again, built)


def test_the_tables_a_run_reads_come_from_the_cache_and_score_the_same(tmp_path):
    """matching.preload(cache_dir), as the engine's tables' thread calls it: every table kept, and the
    functions the score reads give the same answers read back as built."""
    from optout import matching

    probes = [("garcia", "maria"), ("nguyen", "thi"), ("smith", "zarghuna"), ("abdirahim", "cabdiraxiim")]

    def answers():
        return ([(frequency.share("surnames", s), frequency.share("given_names", g),
                  frequency.share_within_group("surnames", s), frequency.clustered_name(g, s)) for s, g in probes], [frequency.sex_of(g) for _, g in probes],
                [_places.population(_places.parse_place(p)) for p in ("Springfield, IL", "Queens, NY", "Miami FL")],
                [_places.abroad(_places.parse_place(p)) for p in ("Caracas", "Lima", "Toledo", "Buenos Aires")],
                [_names.pinyin_syllables(w) for w in ("guoqiang", "maria", "xiaoming")])

    def clear():
        for f in (frequency._table, frequency._sexes, frequency._sex_names_sorted, _places._populations,
                  _places._us_largest, _places._world, _names._pinyin):
            f.cache_clear()

    clear()
    built = answers()
    try:
        clear()
        matching.preload(tmp_path / "c")
        assert sorted(p.name for p in (tmp_path / "c").iterdir()) == sorted(f"matching-{t[0]}.marshal" for t in TABLES)
        clear()
        matching.preload(tmp_path / "c")  # read back this time
        assert answers() == built
    finally:
        _cache.use(None)
        clear()


@pytest.mark.parametrize("damage", ["garbage", "flipped", "truncated", "empty", "stale", "other python"])
def test_a_broken_or_stale_file_is_built_again_and_written_over(cache_dir, damage, monkeypatch):
    name, build, kind, data, code, library = TABLES[3]  # the US places: tuples, floats, ints
    built = build()
    _kept(name, build, kind, data, code, library)
    path = cache_dir / f"matching-{name}.marshal"
    good = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00\xff" * 5000)
    elif damage == "flipped":  # one byte of a population changed: the checksum catches it
        blob = bytearray(good)
        blob[len(blob) // 2] ^= 0x01
        path.write_bytes(bytes(blob))
    elif damage == "truncated":
        path.write_bytes(good[: len(good) - 100])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "stale":  # the module that builds the table changed since
        monkeypatch.setattr(_cache, "key_of", lambda *a, **k: b"\x01" * 32)
    else:
        monkeypatch.setattr(_cache.sys, "version", "3.99.0 (another)")
    calls = []

    def counted():
        calls.append(1)
        return build()

    value = _kept(name, counted, kind, data, code, library)
    assert calls == [1]
    _same(value, built)
    again = _kept(name, _never, kind, data, code, library)  # written over: read back next time
    _same(again, built)


def test_a_file_of_another_kind_is_not_used(cache_dir):
    """A kept value read back as something else than the table's kind is built again."""
    name, build, kind, data, code, library = TABLES[5]
    _kept(name, lambda: {"x": (1, "y")}, kind, data, code, library)
    value = _kept(name, build, tuple, data, code, library)  # asked for as a tuple now: rebuilt
    assert value == build()


def test_a_cache_folder_that_cannot_be_written_still_gives_the_table(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    _cache.use(blocker / "cache")
    try:
        name, build, kind, data, code, library = TABLES[6]
        assert _kept(name, build, kind, data, code, library) == build()
    finally:
        _cache.use(None)


def test_without_a_cache_folder_nothing_is_written(tmp_path, monkeypatch):
    _cache.use(None)
    monkeypatch.chdir(tmp_path)
    name, build, kind, data, code, library = TABLES[6]
    assert _kept(name, build, kind, data, code, library) == build()
    assert not list(tmp_path.iterdir())
