"""The look after a click on a form's submit button reads what the browser refused (issue 15).

A click on a submit button that sends nothing to the broker but GETs (a search made by the page's
own script) was followed by two reads of the page: the button's form's refused fields, then the
look every click gets (bot wall, consent banner, the next step's fields). The click marks its
button, and the look reads the refused fields there: one call. A form the browser refuses to send
is still a failed step, never a submission (tests/test_markup.py has it through a whole flow)."""

from __future__ import annotations

import collections

from .conftest import driver_messages, local_browser, requires_browser

SEARCH = ('<!doctype html><title>Search</title><form id="f">'
          '<label for="q">Last name</label><input id="q" name="q"{required}>'
          '<button type="submit">Search</button></form><div id="out"></div>'
          '<script>document.getElementById("f").addEventListener("submit", e => {{ e.preventDefault();'
          ' document.getElementById("out").textContent = "searched"; }});</script>')


async def _click(html: str) -> tuple[collections.Counter[str], Exception | None]:
    from optout.recipe.schema import Locator

    channel = local_browser()
    error: Exception | None = None
    try:
        async with channel.page("local", ["127.0.0.1"]) as page:
            await page.p.set_content(html)
            with driver_messages() as sent:
                try:
                    await page.click(Locator(role="button", name="Search"))
                except Exception as e:  # noqa: BLE001 - the step's error is what is tested
                    error = e
            if error is None:
                assert await page.has_text("searched")
    finally:
        await channel.close()
    return sent, error


@requires_browser
async def test_a_submit_that_sends_nothing_but_gets_is_looked_at_once():
    sent, error = await _click(SEARCH.format(required=""))
    assert error is None, error
    # the click's target look before it, the look after it: no separate read of the button's form
    assert sent["evalOnSelectorAll"] == 1, sent
    assert sent["evaluateExpression"] == 1, sent


@requires_browser
async def test_a_form_the_browser_refuses_is_still_found_by_the_look():
    from optout.errors import StepError

    sent, error = await _click(SEARCH.format(required=" required"))
    assert isinstance(error, StepError) and "the browser did not send the form" in str(error), error
    assert "'Last name'" in str(error)
    assert sent["evalOnSelectorAll"] == 1, sent


@requires_browser
async def test_a_button_the_page_took_away_is_read_where_it_is():
    # the page's script takes the form away when it searches: the look finds no marked button, and
    # the button is read where the click found it, as before (gone: nothing refused)
    html = SEARCH.format(required="").replace(
        'document.getElementById("out").textContent = "searched";',
        'document.getElementById("out").textContent = "searched"; document.getElementById("f").remove();')
    sent, error = await _click(html)
    assert error is None, error
    assert sent["evalOnSelectorAll"] == 2, sent
