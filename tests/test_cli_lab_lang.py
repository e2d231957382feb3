"""f44b: `optout lab --lang es` printed its banner in English: it is said in the reader's language."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


@pytest.mark.parametrize("lang,words", [("en", ["broker lab proxy:", "Ctrl-C to stop."]),
                                        ("es", ["proxy del laboratorio de corredores:", "Ctrl-C para detenerlo.",
                                                "personas: (ninguna"])])
def test_the_labs_banner_is_in_the_readers_language(monkeypatch, capsys, tmp_path, lang, words):
    import optout.lab
    from optout import cli

    async def serve(**kw):  # type: ignore[no-untyped-def]
        site = SimpleNamespace(host="peoplefinder.lab", name="People Finder (lab)")
        kw["ready"](SimpleNamespace(url="http://127.0.0.1:8700", smtp_port=2525, maildir=tmp_path / "Maildir",
                                    people=[], sites={"pf": site}))

    monkeypatch.setattr(optout.lab, "serve_forever", serve)
    monkeypatch.setenv("OPTOUT_DATA_DIR", str(tmp_path / "data"))
    assert cli.main(["--lang", lang, "lab", "--dir", str(tmp_path / "lab")]) == 0
    out = capsys.readouterr().out
    for w in words:
        assert w in out, out
    if lang == "es":
        assert "broker lab proxy" not in out and "to stop" not in out
