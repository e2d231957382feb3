"""Form and CAPTCHA detection over real broker pages, checked against the captures' own index.

The captures (The Markup / CalMatters, Apache-2.0) and their index.json live in the shared data
folder; index.json counts <form> and <input> tags and the CAPTCHA names found by a plain text scan.
The detector must account for every one of those: forms and inputs it parses from the DOM (plus any
<input> text inside scripts, which the index's scan also counts), and every CAPTCHA name either as
a CAPTCHA the page uses or as a mention. Which pages *use* a CAPTCHA was checked by hand.
"""

import json
from pathlib import Path

import pytest
from parsel import Selector

from optout.recipe.detect import analyse

REAL = Path("/work/shared/data/real-pages")
FIXTURES = Path(__file__).resolve().parent.parent / "brokers" / "fixtures"

# Checked by hand in each page's source: what the page loads or renders, not what it names.
USED = {
    "brightcheck.com-20250214.html": [],  # only Elementor's stylesheet names recaptcha_v3
    "clientcommand.com-20250731.html": ["recaptcha-v3"],  # Gravity Forms' invisible v3 field
    "dealerx.com-20250731.html": ["recaptcha-v2"],  # a Gravity Forms reCAPTCHA field, api.js?render=explicit
    "digitalvikingmedia.com-20250731.html": [],  # Wix's feature list names "captcha"
    "fideo.ai_-20250731.html": ["recaptcha"],  # a site key in the app's config, version not said
    "fourthwall.tv-20250721.html": ["unknown"],  # Wix's own CAPTCHA block inside a form
    "helixcampaigns.com-20250731.html": ["recaptcha-enterprise"],  # an Enterprise site key in config
    "iqvia.com-20250731.html": ["recaptcha-v2"],  # api.js?render=explicit
    "liftbasedata.com-20250731.html": ["recaptcha-enterprise"],  # enterprise.js
    "lsmapps.com-20250731.html": [],  # Wix's feature list
    "sharethrough.com-20250731.html": [],  # a translated "Captcha" string
    "uspeoplesearch.com-20250731.html": ["hcaptcha"],  # hCaptcha site key in the app's config
}

INDEX = json.loads((REAL / "index.json").read_text()) if (REAL / "index.json").is_file() else []


@pytest.mark.skipif(not INDEX, reason=f"the real-page captures are not on this machine ({REAL})")
@pytest.mark.parametrize("entry", INDEX, ids=[e["file"] for e in INDEX])
def test_detection_matches_the_index(entry):
    html = (REAL / entry["file"]).read_text(encoding="utf-8", errors="replace")
    report = analyse(html, entry["url"])
    assert len(report.forms) == entry["forms"]
    in_scripts = sum(s.lower().count("<input") for s in Selector(text=html).xpath("//script/text()").getall())
    assert report.inputs + in_scripts == entry["inputs"]
    assert report.named == set(entry["captcha"])
    assert report.vendors == USED.get(entry["file"], [])


def test_the_recorded_uspeoplesearch_form():
    report = analyse((FIXTURES / "uspeoplesearch" / "purge-my-data.html").read_text(encoding="utf-8"))
    form = report.forms[0]
    assert [f.caption for f in form.visible_fields] == ["First Name", "Last Name", "City", "State"]
    assert [f.required for f in form.visible_fields] == [True, True, False, False]
    assert form.visible_fields[3].tag == "select" and form.visible_fields[3].options > 50
    assert form.submit == "Search" and form.submit_disabled
    assert report.vendors == ["hcaptcha"]
    assert "hcaptcha" in report.summary() and "a person must solve it" in report.summary()


@pytest.mark.parametrize("html, vendors", [
    ('<form><div class="h-captcha" data-sitekey="x"></div><button>Go</button></form>', ["hcaptcha"]),
    ('<script src="https://www.google.com/recaptcha/api.js" async></script><div class="g-recaptcha"></div>',
     ["recaptcha-v2"]),
    ('<script src="https://www.google.com/recaptcha/api.js?render=6LcAAAAA"></script>', ["recaptcha-v3"]),
    ('<script src="https://www.google.com/recaptcha/enterprise.js?render=6LcA"></script>', ["recaptcha-enterprise"]),
    ('<div class="cf-turnstile" data-sitekey="0x4AAA"></div>', ["turnstile"]),
    ('<script src="https://challenges.cloudflare.com/turnstile/v0/api.js"></script>', ["turnstile"]),
    ('<div class="frc-captcha" data-sitekey="F"></div>', ["friendlycaptcha"]),
    ('<form><input name="captcha_code"><img src="/captcha.png"></form>', ["unknown"]),
    ("<p>We use reCAPTCHA on some forms.</p><style>.h-captcha{}</style>", []),
])
def test_vendors(html, vendors):
    report = analyse(html)
    assert report.vendors == vendors


def test_labels_by_for_wrapping_and_aria():
    html = """<form method="post" action="/x">
      <label for="a">First name</label><input id="a" name="first">
      <label>Email <input type="email" name="e"></label>
      <input aria-label="Phone" type="tel" name="p"><input type="hidden" name="csrf" value="t">
      <input type="submit" value="Send request"></form>"""
    (form,) = analyse(html).forms
    assert [(f.caption, f.type) for f in form.visible_fields] == [("First name", "text"), ("Email", "email"),
                                                                   ("Phone", "tel")]
    assert form.method == "post" and form.action == "/x" and form.submit == "Send request"
    assert [f.name for f in form.fields if f.hidden] == ["csrf"]


# ---- real markup (issue 12): tests/pages/markup ---------------------------------------------------

MARKUP = Path(__file__).parent / "pages" / "markup"


def test_the_opt_out_form_is_not_the_header_search_and_honeypots_are_never_fields():
    from optout.recipe.detect import analyse
    from optout.recipe.kit import scaffold

    report = analyse((MARKUP / "fields.html").read_text())
    header, form = report.forms
    assert header.chrome and not form.chrome and report.opt_out_form is form
    assert [x.caption for x in form.fields if x.honeypot] == ["Email address (leave blank)"]
    assert "Email address (leave blank)" not in [x.caption for x in form.visible_fields]
    assert [x.caption for x in form.fields if x.required] == ["Email *"]
    assert "Full name" in [x.label for x in form.fields]  # <label for> naming the field's name
    text = scaffold("brokerx", "https://broker.example/privacy/opt-out", page="brokerx/p.html", report=report)
    assert "${street}" in text and "TODO: field 'IP Address *'" in text  # IP Address is not the street
    assert "#q" not in text and "#hp" not in text and "email_confirm" not in text


def test_aria_required_fields_outside_forms_and_forms_shown_by_script_are_reported():
    from optout.recipe.detect import analyse

    html = ('<main><form id="f" style="display:none"><label for="n">Name</label><input id="n" name="n" '
            'aria-required="true"><button>Send</button></form>'
            '<label for="z">Name</label><input id="z" name="z"></main>')
    report = analyse(html)
    (form,) = report.forms
    assert form.hidden_until_script and form.fields[0].required
    assert [x.name for x in report.outside] == ["z"]
    summary = report.summary()
    assert "hidden until the page's script shows it" in summary and "fields in no form: Name" in summary


def test_a_page_builders_honeypot_container_is_a_honeypot():
    from optout.recipe.detect import analyse

    html = ('<form id="gform_1"><div class="gfield"><label for="a">Email</label><input id="a" name="a"></div>'
            '<div class="gfield gform_validation_container"><label for="b">Email</label><input id="b" name="b"></div>'
            '<button>Send</button></form>')
    (form,) = analyse(html).forms
    assert [(x.name, x.honeypot) for x in form.fields] == [("a", False), ("b", True)]
