"""A form is sent as a browser sends it, whatever step set its fields (issue 12's open fault): a
list sends its option's value (or the option's text when it has no value attribute), a radio group
the chosen button's value, a tick box its own value; a recipe's value names a choice by its value
or its text; a value that names none is one line naming the step and the field, never the value."""

from __future__ import annotations

import pytest

from optout.errors import StepError
from optout.steps.fields import choose_option, option_value
from optout.steps.runner import Flow

from .conftest import requires_browser
from .test_markup import ANSWER, CHANNELS, FORM, SITE, posted, run

CHOICES = """<!doctype html><title>Request</title><main>
<form method="post" action="/privacy/request">
 <label for="st">State</label>
 <select id="st" name="state"><option value="">Choose</option><option value="IL">Illinois</option>
  <option value="OH">Ohio</option></select>
 <label for="co">Country</label>
 <select id="co" name="country"><option>  Mexico </option><option>United
   States</option></select>
 <label for="lang">Language</label>
 <select id="lang" name="lang"><option disabled>Pick one</option><option> English </option>
  <option>Español</option></select>
 <input type="radio" name="contact" value="email" id="c1" checked><label for="c1">By e-mail</label>
 <input type="radio" name="contact" value="phone" id="c2"><label for="c2">By phone</label>
 <label><input type="checkbox" name="agree" value="yes"> I agree to the terms</label>
 <button type="submit">Send</button>
</form></main>"""
PAGES = {FORM: CHOICES, f"POST {SITE}/privacy/request": ANSWER}
SEND = {"action": "click", "role": "button", "name": "Send"}


def steps(*middle: dict) -> list[dict]:
    return [{"action": "navigate", "url": FORM}, *middle, SEND]


@pytest.mark.parametrize("channel", CHANNELS)
async def test_fill_and_select_send_an_options_value_never_its_text(channel):
    flow, recorded = await run(channel, PAGES, steps(
        {"action": "fill", "label": "State", "value": "Illinois"},  # named by its text: IL is sent
        {"action": "fill", "label": "Country", "value": "united states"},  # no value attribute: the text
        {"action": "fill", "selector": "input[name=contact]", "value": "By phone"},  # a radio by its label
        {"action": "fill", "label": "I agree to the terms", "value": "yes"}))
    assert isinstance(flow, Flow), flow
    sent = posted(recorded)
    assert sent == {"state": "IL", "country": "United States", "lang": "English", "contact": "phone",
                    "agree": "yes"}, sent


@pytest.mark.parametrize("channel", CHANNELS)
async def test_select_takes_a_value_or_a_text(channel):
    flow, recorded = await run(channel, PAGES, steps(
        {"action": "select", "label": "State", "value": "OH"},
        {"action": "select", "label": "Language", "value": "español"},
        {"action": "select", "selector": "input[name=contact]", "value": "email"}))
    assert isinstance(flow, Flow), flow
    sent = posted(recorded)
    assert (sent["state"], sent["lang"], sent["contact"]) == ("OH", "Español", "email"), sent
    assert "agree" not in sent  # an unticked box sends nothing


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("step, field", [
    ({"action": "fill", "label": "State", "value": "Narnia-7"}, "State"),
    ({"action": "select", "label": "Country", "value": "Narnia-7"}, "Country"),
    ({"action": "fill", "selector": "input[name=contact]", "value": "Narnia-7"}, "input[name=contact]"),
    ({"action": "fill", "label": "I agree to the terms", "value": "Narnia-7"}, "I agree"),
])
async def test_a_value_that_names_no_choice_is_one_line_naming_step_and_field(channel, step, field):
    err, recorded = await run(channel, PAGES, steps(step))
    assert isinstance(err, StepError), err
    message = str(err)
    assert "optout.steps[1]" in message and field in message, message
    assert "Narnia" not in message and "\n" not in message, message
    assert not recorded.posted


def test_the_option_rule():
    options = [("", "Choose"), ("IL", "Illinois"), ("il-old", "IL (old)")]
    assert choose_option(options, "IL") == "IL"  # an exact value before a folded text
    assert choose_option(options, "illinois") == "IL"
    assert choose_option(options, "Texas") is None
    assert option_value(None, "  United\n  States ") == "United States"
    assert option_value("", "Choose") == ""



@requires_browser
async def test_a_choice_in_a_list_found_by_its_label_reads_no_options_of_its_own(monkeypatch):
    """The browser's field read that chooses a list by its label carries the list's options: the
    choice is made from them, with no read of its own (issue 15: one driver round trip per select
    step, Searchly's State); a list found by a selector, or a radio group, still reads its choices."""
    import optout.channels.browser as b

    counted = ("(e) => { window.__optoutChoices = (window.__optoutChoices || 0) + 1; "
               f"return ({b._CHOICES_JS.strip()})(e); }}")
    monkeypatch.setattr(b, "_CHOICES_JS", counted)
    seen: list[int] = []
    real = b.BrowserPage.click

    async def click(self, loc, **kw):  # type: ignore[no-untyped-def]
        seen.append(await self.p.evaluate("window.__optoutChoices || 0"))
        return await real(self, loc, **kw)

    monkeypatch.setattr(b.BrowserPage, "click", click)
    flow, recorded = await run("browser", PAGES, steps(
        {"action": "select", "label": "State", "value": "Ohio"},  # right after the look
        {"action": "fill", "label": "Country", "value": "united states"},  # a read of the page of its own
        {"action": "select", "label": "Language", "value": "español"}))
    assert isinstance(flow, Flow), flow
    assert seen == [0], seen
    sent = posted(recorded)
    assert (sent["state"], sent["country"], sent["lang"]) == ("OH", "United States", "Español"), sent
    seen.clear()
    flow, recorded = await run("browser", PAGES, steps(
        {"action": "select", "selector": "#st", "value": "IL"},
        {"action": "fill", "selector": "input[name=contact]", "value": "By phone"}))
    assert isinstance(flow, Flow), flow
    assert seen == [2], seen
    assert (posted(recorded)["state"], posted(recorded)["contact"]) == ("IL", "phone")
