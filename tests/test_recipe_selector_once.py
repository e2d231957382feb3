"""A selector is checked once per string, however many locators are made with it (issue 15, pass 28).

The engine makes a ``Locator`` at run time too: each field a label chose (``[data-optout-field="…"]``)
and a step's ``locator``. Each one translated its CSS again (cssselect, ~75 µs), several times a
flow, for strings it had already checked. A bad selector must still be refused every time, with the
same message, which names no part of the selector.
"""

from __future__ import annotations

import pytest
from parsel.csstranslator import HTMLTranslator
from pydantic import ValidationError


def test_the_same_selector_is_translated_once(monkeypatch):
    from optout.recipe.schema import Locator

    calls: list[str] = []
    real = HTMLTranslator.css_to_xpath

    def counted(self, css, *a, **k):  # type: ignore[no-untyped-def]
        calls.append(css)
        return real(self, css, *a, **k)

    monkeypatch.setattr(HTMLTranslator, "css_to_xpath", counted)
    sel = '[data-optout-field="pass28-once"]'
    made = [Locator(selector=sel) for _ in range(5)]
    assert all(m.selector == sel for m in made)
    assert calls.count(sel) == 1, calls


def test_a_bad_selector_is_refused_every_time_and_names_no_part_of_it():
    from optout.recipe.schema import Locator

    messages = []
    for _ in range(3):
        with pytest.raises(ValidationError) as e:
            Locator(selector="div[pass28-secret")
        messages.append(e.value.errors()[0]["msg"])
    assert len(set(messages)) == 1 and "not a valid CSS selector" in messages[0], messages
    assert "pass28-secret" not in messages[0]
    with pytest.raises(ValidationError, match="not a valid XPath expression"):
        Locator(selector="//div[")
    with pytest.raises(ValidationError, match="not a valid XPath expression"):
        Locator(selector="//div[")
    with pytest.raises(ValidationError, match="an empty selector"):
        Locator(selector="  ")
