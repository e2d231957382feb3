"""The log's redaction values have a lifetime (c24): a person's values are held while a case or a
mailbox read has them open, and let go when it ends, so a long-running worker or dashboard does not
keep every client's name, phone and address for its life. While they are open, no line carries
them."""

import io

import pytest

from optout import log
from optout.person import parse_person

from .harness import Optout, lab_settings


def _line(out: io.StringIO, *args: str) -> str:
    out.seek(0)
    out.truncate(0)
    log.get_logger("t").warning("seen", what=" ".join(args))
    return out.getvalue()


def test_a_value_is_held_until_the_last_hold_on_it_is_released():
    out = io.StringIO()
    log.configure("info", "plain", out)
    ana = log.redact_values(["Anaximandra Voskuijlen", "Voskuijlen", "Quillayute"])
    tio = log.redact_values(["Bartholomeo Voskuijlen", "Voskuijlen", "Kettleworth"])  # her brother
    assert "Voskuijlen" in log.held_values() and "Quillayute" in log.held_values()
    line = _line(out, "Anaximandra Voskuijlen of Quillayute, Bartholomeo of Kettleworth")
    for v in ("anaximandra", "voskuijlen", "quillayute", "kettleworth"):
        assert v not in line.lower(), line
    ana.release()
    ana.release()  # twice: nothing more is let go
    held = log.held_values()
    assert "Quillayute" not in held and "Anaximandra Voskuijlen" not in held
    assert {"Voskuijlen", "Kettleworth", "Bartholomeo Voskuijlen"} <= held  # he is still open
    line = _line(out, "Voskuijlen of Kettleworth")
    assert "voskuijlen" not in line.lower() and "kettleworth" not in line.lower(), line
    tio.release()
    assert not {"Voskuijlen", "Kettleworth", "Bartholomeo Voskuijlen"} & log.held_values()
    assert "Kettleworth" in _line(out, "Kettleworth")  # let go: the pattern was compiled again


PROFILE = {"first_name": "Wenceslava", "last_name": "Oyelaran-Mbeki", "birth_year": 1971,
           "phones": ["+1 785 555 0199"],
           "addresses": [{"street": "14 Quenemo Rd", "city": "Quenemo", "state": "KS", "zip": "66528"}]}


@pytest.mark.slow
async def test_a_run_forgets_the_people_it_opened_and_redacts_them_while_open(lab, tmp_path):
    person = parse_person(PROFILE, "test")
    mine = set(person.sensitive_values())
    out = io.StringIO()
    log.configure("info", "plain", out)
    async with Optout(lab_settings(tmp_path / "data", lab)) as o:
        await o.add("p_00000000c2", person, ["peoplefind", "quicklook"])
        summary = await o.run()
        assert summary.processed == 2
        # the cases ran (each opened her) and ended: nothing of hers stays in the process
        assert not mine & log.held_values(), "a finished run still holds the person's values"
        assert not o.engine._people
        # while a case has her open, every line hides her values
        async with o.engine.opened("p_00000000c2"):
            await o.engine.person("p_00000000c2")
            assert mine <= log.held_values()
            line = _line(out, "Wenceslava Oyelaran-Mbeki, 14 Quenemo Rd, Quenemo 66528")
            for v in ("wenceslava", "oyelaran", "mbeki", "quenemo", "66528"):
                assert v not in line.lower(), line
        assert not mine & log.held_values()
        # a use that ends in an exception keeps her values until the pass has logged it
        with pytest.raises(RuntimeError):
            async with o.engine.opened("p_00000000c2"):
                await o.engine.person("p_00000000c2")
                raise RuntimeError("failed")
        assert mine <= log.held_values()
        assert "wenceslava" not in _line(out, "Wenceslava").lower()
        o.engine.forget_idle()
        assert not mine & log.held_values() and not o.engine._people
