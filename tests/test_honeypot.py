"""One honeypot rule table (``optout.steps.honeypot``) for the form detector, the http channel and
the browser channel's in-page script: every channel says the same of each field below, traps and
real fields alike (issue 12's open fault: the rules lived in three places and disagreed)."""

from __future__ import annotations

import pytest
from parsel import Selector

from optout.recipe.detect import find_forms
from optout.recipe.schema import Locator
from optout.steps.fields import FieldInfo
from optout.steps.honeypot import RULES, SIGN_NAMES, trap

from .conftest import requires_browser

VISUALLY_HIDDEN = ("<style>.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;"
                   "padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;"
                   "white-space:nowrap!important;border:0!important}</style>")

#: (case, the form's inner HTML with the field under test as id="t", a trap?, usable by a person?)
CASES = [
    ("hidden by a CSS class", '<style>.fx-9{display:none}</style><label for="t">Company</label>'
     '<input id="t" name="company" class="fx-9">', True, False),
    ("off-screen", '<div style="position:absolute;left:-5000px"><label for="t">Website</label>'
     '<input id="t" name="website"></div>', True, False),
    ("off-screen by a page style", '<style>.pot{position:absolute;top:-900px;left:0}</style><div class="pot">'
     '<label for="t">Phone 2</label><input id="t" name="phone2"></div>', True, False),
    ("aria-hidden", '<div aria-hidden="true"><label for="t">Second name</label><input id="t" name="n2"></div>',
     True, False),
    ("tabindex=-1 without a label", '<input id="t" name="extra" tabindex="-1">', True, False),
    ("tabindex=-1 with a hiding class", '<label for="t">Middle Name</label>'
     '<input id="t" name="middle" class="form-control hidden" tabindex="-1">', True, False),
    ("autocomplete=off named like a trap (Mailchimp)",
     '<input id="t" type="text" name="b_0123456789abcdef01_a1b2c3d4e5" autocomplete="off" value="">', True, False),
    ("autocomplete=off named like a trap (plug-in)",
     '<input id="t" type="text" name="hp_website" autocomplete="off">', True, False),
    ("Akismet's field", '<p style="display: none !important;" class="akismet-fields-container" data-prefix="ak_">'
     '<label>&#916;<textarea id="t" name="ak_hp_textarea" cols="45" rows="8" maxlength="100"></textarea></label></p>',
     True, False),
    ("Gravity Forms' container", '<div class="gform_validation_container"><label for="t">Comments</label>'
     '<input id="t" name="input_99"></div>', True, False),
    ("told to leave it blank", '<label for="t">Leave this field blank</label><input id="t" name="confirm">', True, False),
    ("a display:none twin of a visible field", '<label for="e1">Email</label><input id="e1" name="email">'
     '<input id="t" name="email2" aria-label="Email" style="display:none">', True, False),
    ("a tick box visually hidden for accessibility, drawn by its label", VISUALLY_HIDDEN +
     '<input type="checkbox" id="t" name="agree" class="visually-hidden"><label for="t">I am the person named</label>',
     False, True),
    ("a field whose label is visually hidden", VISUALLY_HIDDEN +
     '<label for="t" class="visually-hidden">Email</label><input id="t" type="email" name="email" placeholder="Email">',
     False, True),
    ("a real field named url, with autocomplete=off", '<label for="t">Listing URL</label>'
     '<input id="t" name="url" autocomplete="off">', False, True),
    ("a plain field", '<label for="t">Full name</label><input id="t" name="full_name">', False, True),
    ("a form in a closed dialog (aria-hidden around the whole form)",
     '<!--page--><div role="dialog" aria-hidden="true"><form method="post" action="/x"><label for="t">Email</label>'
     '<input id="t" name="email"><button type="submit">Send</button></form></div>', False, True),
    ("a field in a form part hidden until a script shows it", '<div style="display:none"><label for="t">City</label>'
     '<input id="t" name="city"></div>', False, False),
]


def page(inner: str) -> str:
    """``inner`` inside a form, or (starting ``<!--page-->``) the page's whole body."""
    body = inner if inner.startswith("<!--page-->") else (
        f'<form method="post" action="/x">{inner}<button type="submit">Send</button></form>')
    return f'<!doctype html><html><head><title>f</title></head><body><main><h1>Opt out</h1>{body}</main></body></html>'



def detector(html: str) -> bool:
    (form,) = find_forms(Selector(text=html))
    return next(f for f in form.fields if f.id == "t").honeypot


def http(html: str) -> FieldInfo:
    from optout.channels.http import HttpPage

    p = HttpPage(None, "t", ["broker.example"])  # type: ignore[arg-type]  # no request is made
    p._doc = Selector(text=html)
    return next(info for info, el in p._fields(Locator.model_construct()) if el.attrib.get("id") == "t")


@pytest.mark.parametrize("case, inner, is_trap, usable", CASES, ids=[c[0] for c in CASES])
def test_the_detector_and_the_http_channel_agree(case, inner, is_trap, usable):
    html = page(inner)
    assert detector(html) is is_trap, case
    info = http(html)
    assert info.honeypot is is_trap, (case, trap(info))
    assert info.usable is usable, case


@requires_browser
async def test_the_browser_agrees_on_every_field():
    from playwright.async_api import async_playwright

    from optout.channels.browser import _FIELDS_JS, find_executable
    from optout.settings import Settings

    exe = find_executable(Settings().browser)
    seen = []
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=str(exe))
        try:
            p = await browser.new_page()
            for case, inner, is_trap, usable in CASES:
                await p.set_content(page(inner))
                raw = await p.evaluate(_FIELDS_JS, None)
                assert set(SIGN_NAMES) <= set(raw[0]), set(SIGN_NAMES) - set(raw[0])  # the script gathers every sign
                key = await p.get_attribute("#t", "data-optout-field")
                info = next(FieldInfo(**f) for f in raw if f["key"] == key)
                seen.append((case, info.honeypot, info.usable))
        finally:
            await browser.close()
    assert seen == [(c, t, u) for c, _, t, u in CASES]


def test_every_rule_says_what_and_where_it_comes_from():
    assert len({r.id for r in RULES}) == len(RULES)
    assert all(r.says and r.source for r in RULES)
