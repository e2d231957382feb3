"""The bad-input corpus: profiles and recipes an unlucky user or an attacker could hand to optout.

Each case has its exact one-line error (after ``<file>: ``): it names the file, the field (and, for
recipes, the line) and what was expected; it never quotes a value or a line of the file. A
property test then throws generated profiles and recipes at the real commands: no traceback, no
value, ever.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from optout.errors import Exit, ProfileError, RecipeError
from optout.person import load_person
from optout.recipe.loader import load_recipe

# ---- profiles -------------------------------------------------------------------------------------

T = 'first_name = "Ana María"\nlast_name = "García López"\n'  # a valid TOML start
Y = "first_name: Ana María\nlast_name: García López\n"  # a valid YAML start
ADDR = '[[addresses]]\ncity = "Springfield"\nstate = "IL"\n'


def toml(extra: str = "", base: str = T) -> bytes:
    return (base + extra).encode()


def yaml_(extra: str = "", base: str = Y) -> bytes:
    return (base + extra).encode()


DEEP_BLOCK = "first_name: A\nlast_name: B\nx:\n" + "".join("  " * i + "- \n" for i in range(1, 150))
PROFILES: list[tuple[str, str, bytes | str, str]] = [
    # (case, file name, content | "link:TARGET", exact error after "<path>: ")
    ("invalid-utf8-yaml", "p.yaml", b"first_name: \xff\xfe\nlast_name: X\n", "not UTF-8 text (line 1); save it as UTF-8"),
    ("invalid-utf8-toml-line2", "p.toml", b'first_name = "A"\nlast_name = "\xc3("\n', "not UTF-8 text (line 2); save it as UTF-8"),
    ("latin1-file", "p.yaml", "first_name: José\nlast_name: Núñez\n".encode("latin-1"), "not UTF-8 text (line 1); save it as UTF-8"),
    ("deep-yaml-block", "p.yaml", DEEP_BLOCK.encode(), "nests deeper than 6 levels (line 9)"),
    ("deep-yaml-flow", "p.yaml", b"first_name: A\nlast_name: B\nx: " + b"[" * 5000 + b"]" * 5000 + b"\n",
     "not valid YAML at line 3"),
    ("deep-yaml-mapping", "p.yaml", ("first_name: A\nlast_name: B\n" + "".join("  " * i + f"k{i}:\n" for i in range(40))).encode(),
     "nests deeper than 6 levels (line 9)"),
    ("deep-toml-arrays", "p.toml", toml("x = " + "[" * 3000 + "]" * 3000 + "\n"), "not valid TOML: nested too deeply"),
    ("deep-toml-tables", "p.toml", toml("[a.b.c.d.e.f.g]\nx = 1\n"), "nests deeper than 6 levels"),
    ("five-megabyte-name", "p.toml", b'first_name = "' + b"A" * 5_000_000 + b'"\nlast_name = "B"\n',
     "larger than 64 kB; a profile is a page of text"),
    ("long-first-name", "p.toml", f'first_name = "{"A" * 201}"\nlast_name = "B"\n'.encode(), "first_name: longer than 200 characters"),
    ("long-last-name", "p.yaml", f"first_name: A\nlast_name: {'B' * 500}\n".encode(), "last_name: longer than 200 characters"),
    ("long-middle-name", "p.toml", toml(f'middle_name = "{"M" * 300}"\n'), "middle_name: longer than 200 characters"),
    ("long-alias", "p.toml", toml(f'aliases = ["{"x" * 250}"]\n'), "aliases: item 0 longer than 200 characters"),
    ("long-relative", "p.toml", toml(f'relatives = ["ok", "{"r" * 201}"]\n'), "relatives: item 1 longer than 200 characters"),
    ("long-street", "p.toml", toml(ADDR + f'street = "{"s" * 301}"\n'), "addresses.0.street: longer than 300 characters"),
    ("long-city", "p.toml", toml(f'[[addresses]]\ncity = "{"c" * 201}"\nstate = "IL"\n'), "addresses.0.city: longer than 200 characters"),
    ("long-email", "p.toml", toml(f'emails = ["{"e" * 250}@example.org"]\n'), "emails: item 0 longer than 254 characters"),
    ("two-hundred-thousand-phones", "p.toml", toml("phones = [" + ", ".join(['"+1 217 555 0134"'] * 200_000) + "]\n"),
     "larger than 64 kB; a profile is a page of text"),
    ("sixty-phones", "p.toml", toml("phones = [" + ", ".join(['"+1 217 555 0134"'] * 60) + "]\n"), "phones: more than 50 items"),
    ("sixty-aliases", "p.toml", toml("aliases = [" + ", ".join(['"Ana G"'] * 60) + "]\n"), "aliases: more than 50 items"),
    ("sixty-emails", "p.toml", toml("emails = [" + ", ".join(['"a@example.org"'] * 60) + "]\n"), "emails: more than 50 items"),
    ("sixty-addresses", "p.toml", toml(ADDR * 60), "addresses: more than 50 items"),
    ("ten-thousand-digit-zip", "p.toml", toml(ADDR + f'zip = "{"9" * 10_000}"\n'), "addresses.0.zip: longer than 16 characters"),
    ("short-zip", "p.toml", toml(ADDR + 'zip = "627"\n'),
     "addresses.0.zip: not a US ZIP code (expected 5 digits, or ZIP+4 such as 62701-1234)"),
    ("letters-zip", "p.toml", toml(ADDR + 'zip = "ABCDE"\n'),
     "addresses.0.zip: not a US ZIP code (expected 5 digits, or ZIP+4 such as 62701-1234)"),
    ("foreign-postcode-bad", "p.toml", toml('[[addresses]]\ncity = "Bogotá"\ncountry = "CO"\nzip = "11#001"\n'),
     "addresses.0.zip: not a postal code (letters, digits, spaces and hyphens, at most 12)"),
    ("nul-in-name", "p.toml", b'first_name = "A\\u0000B"\nlast_name = "C"\n',
     "first_name: holds a control character (a line break, tab, NUL or escape)"),
    ("ansi-escape-in-name", "p.toml", b'first_name = "\\u001b[31mRed"\nlast_name = "C"\n',
     "first_name: holds a control character (a line break, tab, NUL or escape)"),
    ("crlf-header-injection", "p.toml", b'first_name = "A"\nlast_name = "B\\r\\nBcc: victim@example.org"\n',
     "last_name: holds a control character (a line break, tab, NUL or escape)"),
    ("lf-in-yaml-name", "p.yaml", b'first_name: "A\\nBcc: x@example.org"\nlast_name: B\n',
     "first_name: holds a control character (a line break, tab, NUL or escape)"),
    ("tab-in-city", "p.toml", toml('[[addresses]]\ncity = "Spring\\tfield"\nstate = "IL"\n'),
     "addresses.0.city: holds a control character (a line break, tab, NUL or escape)"),
    ("c1-control-nel", "p.toml", b'first_name = "A"\nlast_name = "B\\u0085C"\n',
     "last_name: holds a control character (a line break, tab, NUL or escape)"),
    ("escape-in-middle-name", "p.toml", toml('middle_name = "\\u001b]0;title\\u0007"\n'),
     "middle_name: holds a control character (a line break, tab, NUL or escape)"),
    ("bidi-override-in-alias", "p.toml", toml('aliases = ["Ana \\u202eZEROG"]\n'),
     "aliases: item 0 holds a bidirectional-text control character"),
    ("bidi-isolate-in-relative", "p.toml", toml('relatives = ["\\u2066Luis\\u2069"]\n'),
     "relatives: item 0 holds a bidirectional-text control character"),
    ("rlm-in-name", "p.toml", b'first_name = "\\u200fAna"\nlast_name = "B"\n',
     "first_name: holds a bidirectional-text control character"),
    ("line-separator", "p.toml", b'first_name = "Ana\\u2028Bcc"\nlast_name = "B"\n', "first_name: holds a line or paragraph separator"),
    ("private-use-char", "p.toml", b'first_name = "Ana\\ue000"\nlast_name = "B"\n',
     "first_name: holds a character that is not text (surrogate, private-use or unassigned)"),
    ("duplicate-yaml-key", "p.yaml", yaml_("first_name: Bob\n"),
     "repeats the field first_name (the second would silently win) (line 3)"),
    ("duplicate-yaml-key-in-address", "p.yaml", yaml_("addresses:\n  - city: Austin\n    state: TX\n    city: Dallas\n"),
     "repeats the field city (the second would silently win) (line 6)"),
    ("duplicate-unknown-yaml-key", "p.yaml", yaml_("zz_private_note: a\nzz_private_note: b\n"),
     "repeats a key (the second would silently win) (line 4)"),
    ("duplicate-toml-key", "p.toml", toml('first_name = "Bob"\n'), "not valid TOML: Cannot overwrite a value (at line 3, column 19)"),
    ("template-as-name", "p.toml", b'first_name = "${phone}"\nlast_name = "B"\n',
     "first_name: looks like a template (${\u2026}); write the value itself"),
    ("template-in-street", "p.toml", toml(ADDR + 'street = "${email} St"\n'),
     "addresses.0.street: looks like a template (${\u2026}); write the value itself"),
    ("template-in-relative", "p.yaml", yaml_("relatives: ['${first_name}']\n"),
     "relatives: item 0 looks like a template (${\u2026}); write the value itself"),
    ("link-to-passwd", "p.yaml", "link:/etc/passwd", "is a symbolic link; give the profile file itself"),
    ("link-to-os-release", "p.toml", "link:/etc/os-release", "is a symbolic link; give the profile file itself"),
    ("link-to-dev-zero", "p.yaml", "link:/dev/zero", "is a symbolic link; give the profile file itself"),
    ("passwd-copied-as-yaml", "p.yaml", b"root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n",
     "a profile must be a table of fields (first_name, last_name, \u2026)"),
    ("config-file-keys", "p.yaml", b"first_name: A\nlast_name: B\nsecret_api_token: hunter2\n",
     "(a key): not a profile field (see examples/people/ for the fields)"),
    ("env-file-keys", "p.yaml", b"first_name: A\nlast_name: B\nAWS_SECRET_ACCESS_KEY: abc\n",
     "(a key): not a profile field (see examples/people/ for the fields)"),
    ("misspelt-field", "p.toml", b'firts_name = "A"\nlast_name = "B"\n',
     "firts_name: not a profile field (did you mean first_name?)"),  # last_name alone is a one-part name
    ("misspelt-address-field", "p.toml", toml('[[addresses]]\ncity = "X"\nstate = "IL"\nzipp = "62701"\n'),
     "addresses.0.zipp: not a profile field (did you mean zip?)"),
    ("address-field-beside-the-name", "p.yaml", b"first_name: A\nlast_name: B\nzip: '62701'\ncity: Springfield\n",
     "zip: a field of an address: give it inside addresses (addresses: [{city: \u2026, state: \u2026, zip: \u2026}]); "
     "city: a field of an address: give it inside addresses (addresses: [{city: \u2026, state: \u2026, zip: \u2026}])"),
    ("json-extension", "p.json", b'{"first_name": "A"}', "a profile must be a .toml, .yaml or .yml file"),
    ("missing-file", "missing.toml", "missing", "no such file; check the name and the folder"),
    ("directory", "dir.yaml", "dir", "a folder, not a profile file; give the file itself"),
    ("yaml-alias", "p.yaml", yaml_("aliases: &a [Ana G]\nrelatives: *a\n"), "uses a YAML alias (*name); write the value out (line 4)"),
    ("billion-laughs", "p.yaml", yaml_("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"),
     "uses a YAML alias (*name); write the value out (line 4)"),
    ("top-level-list", "p.yaml", b"- first_name: A\n", "a profile must be a table of fields (first_name, last_name, \u2026)"),
    ("top-level-scalar", "p.yaml", b"just a name\n", "a profile must be a table of fields (first_name, last_name, \u2026)"),
    ("empty-file", "p.yaml", b"", "a profile must be a table of fields (first_name, last_name, \u2026)"),
    # one name alone (first_name or last_name) is a one-part name, taken (tests/test_one_part_names.py);
    # no name at all is said once, with where a one-part name goes
    ("missing-both-names", "p.toml", b'birth_year = 1990\n',
     "first_name: required: the name, in first_name (a one-part name: in first_name or last_name, once)"),
    ("birth-date-with-slashes", "p.toml", toml('birth_date = "03/04/1981"\n'),
     "birth_date: expected a date as YYYY-MM-DD, such as 1984-03-02 (a date with slashes is read two ways: "
     "03/04/1985 is 3 April in Spanish, March 4 in US English)"),
    ("number-as-name", "p.yaml", b"first_name: 123\nlast_name: B\n", "first_name: expected text"),  # optout's words, not pydantic's (f37)
    ("number-as-one-name", "p.yaml", b"first_name: 123\n", "first_name: expected text"),
    ("birth-year-1800", "p.toml", toml("birth_year = 1800\n"), "birth_year: expected 1900 or more"),
    ("birth-year-text", "p.yaml", yaml_("birth_year: nineteen\n"),
     "birth_year: expected a whole number"),
    ("birth-date-invalid", "p.yaml", yaml_("birth_date: '2020-13-45'\n"),
     "birth_date: not a real date: no calendar has that day (check the day and the month)"),
    ("birth-date-format", "p.yaml", yaml_("birth_date: 'March 2nd 1984'\n"),
     "birth_date: expected a date as YYYY-MM-DD, such as 1984-03-02"),
    ("birth-disagree", "p.toml", toml("birth_year = 1980\nbirth_date = 1981-02-03\n"), "(top level): birth_year and birth_date disagree"),
    ("bad-email", "p.toml", toml('emails = ["not-an-address"]\n'), "emails: item 0 is not an e-mail address"),
    ("bad-optout-email", "p.toml", toml('optout_email = "nobody"\n'), "optout_email: not an e-mail address"),
    ("phone-words", "p.toml", toml('phones = ["call me maybe"]\n'),
     "phones: item 0 is not a phone number (7 to 15 digits, with + ( ) - . / spaces)"),
    ("phone-too-short", "p.toml", toml('phones = ["555"]\n'),
     "phones: item 0 is not a phone number (7 to 15 digits, with + ( ) - . / spaces)"),
    ("phone-too-long", "p.toml", toml('phones = ["1234567890123456789"]\n'),
     "phones: item 0 is not a phone number (7 to 15 digits, with + ( ) - . / spaces)"),
    # possible only when dialled locally: brokers print the area code, so it could never match
    ("phone-without-area-code", "p.toml", toml('phones = ["555 0100"]\n'),
     "phones: item 0 is not a whole phone number: write it with the area code, e.g. 713 555 0100, or +52 ... "
     "for a number abroad"),
    ("phone-abroad-too-short", "p.yaml", yaml_("phones: ['+1 217 555 0134', '+52 123 4567']\n"),
     "phones: item 1 is not a whole phone number: write it with the area code, e.g. 713 555 0100, or +52 ... "
     "for a number abroad"),
    ("bad-state", "p.toml", toml('[[addresses]]\ncity = "X"\nstate = "ZZ"\n'),
     "addresses.0.state: not a US state code (expected two letters such as IL)"),
    ("us-address-without-state", "p.toml", toml('[[addresses]]\ncity = "X"\n'),
     "addresses.0: state is required for a US address (two letters such as IL)"),
    ("country-unknown", "p.toml", toml('[[addresses]]\ncity = "X"\ncountry = "XYZ"\nstate = "IL"\n'),
     "addresses.0.country: not a country optout knows: write its two-letter code (US, MX) or its name "
     "(United States, México)"),
    ("aliases-not-a-list", "p.toml", toml('aliases = "Ana G"\n'), "aliases: expected a list of values"),
    ("addresses-a-string", "p.yaml", yaml_("addresses: 12 Elm St\n"), "addresses: expected a list of values"),
    ("toml-syntax", "p.toml", b'first_name = "A\nlast_name = "B"\n', "not valid TOML: Illegal character '\\n' (at line 1, column 16)"),
    ("yaml-syntax", "p.yaml", b'first_name: "A\nlast_name: B\n', "not valid YAML at line 1"),  # where the quote opens (f37)
    ("big-comment", "p.toml", toml("#" + "x" * 70_000 + "\n"), "larger than 64 kB; a profile is a page of text"),
]


def _make(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if content == "missing":
        return path
    if content == "dir":
        path.mkdir()
    elif isinstance(content, str) and content.startswith("link:"):
        path.symlink_to(content[5:])
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    return path


def test_the_profile_corpus_is_big_enough():
    assert len(PROFILES) >= 60 and len({c[0] for c in PROFILES}) == len(PROFILES)


@pytest.mark.parametrize("case, name, content, expected", PROFILES, ids=[c[0] for c in PROFILES])
def test_bad_profile_gets_its_one_line_error(tmp_path, case, name, content, expected):
    path = _make(tmp_path, name, content)
    with pytest.raises(ProfileError) as e:
        load_person(path)
    assert str(e.value) == f"{path}: {expected}"
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("text", [
    'first_name = "Ali\u200cReza"\nlast_name = "Tehrani"\n',  # ZWNJ: part of Persian spelling
    'first_name = "María José"\nlast_name = "de la Cruz-O\'Neil"\n',
    'first_name = "Nguyễn"\nlast_name = "Thị Minh"\n',
    'first_name = "No"\nlast_name = "Yes"\n',
    '\ufefffirst_name = "Ana"\nlast_name = "Bé"\n',  # a byte-order mark some editors write
    T + ADDR + 'zip = "62701-1234"\n',
    T + '[[addresses]]\ncity = "Los Angeles"\nstate = "California"\n',  # the state's name, as a sheet has it
    T + '[[addresses]]\ncity = "Santa Fe"\nstate = "new mexico"\n',
    T + '[[addresses]]\ncity = "London"\ncountry = "GB"\nzip = "SW1A 1AA"\n',
])
def test_real_names_and_addresses_are_accepted(tmp_path, text):
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    load_person(path)


def test_a_yaml_name_that_reads_as_a_boolean_stays_a_name(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("first_name: No\nlast_name: On\n")
    p = load_person(path)
    assert (p.first_name, p.last_name) == ("No", "On")


# ---- recipes --------------------------------------------------------------------------------------

GOOD = """\
id: demo
name: Demo
url: http://demo.lab.test/
domains: [demo.lab.test]
inputs: [first_name, last_name, email]
verified: {status: lab, how: the lab}
scan:
  channel: http
  steps:
    - action: navigate
      url: http://demo.lab.test/s?q=${first_name}+${last_name}
  extract:
    items: div.r
    no_results: p.none
    profile_id: /p/(\\d+)
    fields:
      name: {selector: h3}
      age: {selector: span.age, pattern: '(\\d+)'}
optout:
  channel: http
  steps:
    - action: navigate
      url: http://demo.lab.test/optout
    - action: fill
      label: Email
      value: ${email}
    - action: click
      role: button
      name: Send
    - action: extract_value
      selector: span.ref
      into: ref
      pattern: 'Ref (\\w+)'
"""


def R(old: str, new: str) -> str:
    assert old in GOOD, old
    return GOOD.replace(old, new, 1)


NAV = "      url: http://demo.lab.test/optout"
SCAN_NAV = "      url: http://demo.lab.test/s?q=${first_name}+${last_name}"
RECIPES: list[tuple[str, str, str]] = [
    # CSS selectors and XPath
    ("css-unclosed-bracket", R("items: div.r", "items: 'div[class=r'"), "scan.extract.items (line 13): not a valid CSS selector (SelectorSyntaxError)"),
    ("css-bad-pseudo", R("items: div.r", "items: 'div:nth-child(x)'"), "scan.extract.items (line 13): not a valid CSS selector (ExpressionError)"),
    ("css-unknown-pseudo", R("items: div.r", "items: 'div:frobnicate'"),
     "scan.extract.items (line 13): not a valid CSS selector (The pseudo-class :frobnicate is unknown)"),
    ("css-dangling-combinator", R("items: div.r", "items: 'div >'"), "scan.extract.items (line 13): not a valid CSS selector (SelectorSyntaxError)"),
    ("css-empty", R("items: div.r", "items: ' '"), "scan.extract.items (line 13): an empty selector"),
    ("css-bad-field-selector", R("name: {selector: h3}", "name: {selector: 'h3..x'}"),
     "scan.extract.fields.name.selector (line 17): not a valid CSS selector (SelectorSyntaxError)"),
    ("css-bad-no-results", R("no_results: p.none", "no_results: 'p[[none'"),
     "scan.extract.no_results (line 14): not a valid CSS selector (SelectorSyntaxError)"),
    ("css-bad-step-selector", R("    - action: click\n      role: button\n      name: Send", "    - action: click\n      selector: 'button:::'"),
     "optout.steps[2].selector (step 3, line 28): not a valid CSS selector (SelectorSyntaxError)"),
    ("css-bad-within", R("      label: Email", "      label: Email\n      within: 'form[['"),
     "optout.steps[1].within (step 2, line 26): not a valid CSS selector (SelectorSyntaxError)"),
    ("xpath-unclosed", R("items: div.r", "items: '//div[@class=\"r\"'"),
     "scan.extract.items (line 13): not a valid XPath expression (Invalid predicate)"),
    ("xpath-bad-function", R("items: div.r", "items: '//div[frob(]'"),
     "scan.extract.items (line 13): not a valid XPath expression (Invalid expression)"),
    ("xpath-bad-extract-selector", R("      selector: span.ref", "      selector: '(//span'"),
     "optout.steps[3].selector (step 4, line 31): not a valid XPath expression (Invalid expression)"),
    # regular expressions
    ("regex-unclosed-group", R("pattern: '(\\d+)'", "pattern: '(\\d+'"),
     "scan.extract.fields.age.pattern (line 18): not a valid regular expression (missing ), unterminated subpattern at position 0)"),
    ("regex-bad-class", R("pattern: '(\\d+)'", "pattern: '[a-'"),
     "scan.extract.fields.age.pattern (line 18): not a valid regular expression (unterminated character set at position 0)"),
    ("regex-nothing-to-repeat", R("pattern: '(\\d+)'", "pattern: '*x'"),
     "scan.extract.fields.age.pattern (line 18): not a valid regular expression (nothing to repeat at position 0)"),
    ("regex-bad-escape", R("pattern: 'Ref (\\w+)'", "pattern: '\\q'"),
     "optout.steps[3].pattern (step 4, line 33): not a valid regular expression (bad escape \\q at position 0)"),
    ("regex-bad-profile-id", R("profile_id: /p/(\\d+)", "profile_id: /p/(\\d+"),
     "scan.extract.profile_id (line 15): not a valid regular expression (missing ), unterminated subpattern at position 3)"),
    ("regex-bad-link-pattern", R("      name: Send", "      name: Send\n    - action: email_confirmation\n      link_pattern: 'x(?P<'"),
     "optout.steps[3].link_pattern (step 4, line 31): not a valid regular expression (missing group name at position 5)"),
    ("regex-bad-backref", R("pattern: '(\\d+)'", "pattern: '(\\d+)\\2'"),
     "scan.extract.fields.age.pattern (line 18): not a valid regular expression (invalid group reference 2 at position 6)"),
    # YAML shape
    ("deep-yaml", GOOD + "x:\n" + "".join("  " * i + "- \n" for i in range(1, 200)), "nests deeper than 24 levels (line 58)"),
    ("deep-flow-yaml", GOOD + "x: " + "[" * 3000 + "]" * 3000 + "\n",
     "not valid YAML at line 34, column 1003: exceeded maximum nesting depth"),
    ("billion-laughs", GOOD + "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
     "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n", "holds more than 50,000 YAML nodes (line 38)"),
    ("two-url-keys", R(NAV, NAV + "\n      url: http://evil.test/optout"),
     "line 24: url is given twice in one mapping (a reader sees the first, the second would win); keep one"),
    ("two-ids", R("name: Demo", "id: other\nname: Demo"),
     "line 2: id is given twice in one mapping (a reader sees the first, the second would win); keep one"),
    ("two-domains", R("inputs:", "domains: [evil.test]\ninputs:"),
     "line 5: domains is given twice in one mapping (a reader sees the first, the second would win); keep one"),
    ("two-values", R("      value: ${email}", "      value: ${email}\n      value: ${first_name}"),
     "line 27: value is given twice in one mapping (a reader sees the first, the second would win); keep one"),
    ("two-selectors-in-field", R("name: {selector: h3}", "name: {selector: h3, selector: h4}"),
     "line 17: selector is given twice in one mapping (a reader sees the first, the second would win); keep one"),
    ("too-big", GOOD + "#" + "x" * 1_000_001 + "\n", "larger than 1000 kB; a recipe is a page or two"),
    ("yaml-syntax", R("name: Demo", "name: 'Demo"), "not valid YAML at line 18, column 43: did not find expected key"),
    ("yaml-over-indented-key", R("  steps:", "   steps:"),
     "not valid YAML at line 9, column 9: mapping values are not allowed in this context (usually a key on lines "
     "7-9 indented more than the keys beside it, or a value with ': ' that needs quotes)"),
    ("yaml-tab-indent", R("  channel: http\n  steps:", "  channel: http\n\tsteps:"),
     "not valid YAML at line 9, column 1: found a tab character that violates indentation"),
    ("not-a-mapping", "- id: demo\n", "a recipe must be a mapping of fields (id, name, domains, \u2026)"),
    ("empty", "", "a recipe must be a mapping of fields (id, name, domains, \u2026)"),
    # navigation and URLs
    ("navigate-undeclared-host", R(NAV, "      url: http://evil.test/optout"),
     "optout.steps[0].url (step 1, line 23): goes to a host the recipe does not declare in domains"),
    ("navigate-lookalike-host", R(NAV, "      url: http://demo.lab.test.evil.test/optout"),
     "optout.steps[0].url (step 1, line 23): goes to a host the recipe does not declare in domains"),
    ("navigate-userinfo-trick", R(NAV, "      url: 'https://evil.test\\@demo.lab.test/'"),
     "optout.steps[0].url (step 1, line 23): goes to a host the recipe does not declare in domains"),
    ("navigate-userinfo", R(NAV, "      url: 'https://demo.lab.test@evil.test/'"),
     "optout.steps[0].url (step 1, line 23): goes to a host the recipe does not declare in domains"),
    ("navigate-file-url", R(NAV, "      url: file:///etc/passwd"),
     "optout.steps[0].url (step 1, line 23): a file: URL; only http and https pages can be opened"),
    ("navigate-javascript", R(NAV, "      url: 'javascript://demo.lab.test/%0aalert(1)'"),
     "optout.steps[0].url (step 1, line 23): a javascript: URL; only http and https pages can be opened"),
    ("navigate-data-url", R(NAV, "      url: 'data:text/html,<form>'"),
     "optout.steps[0].url (step 1, line 23): a data: URL; only http and https pages can be opened"),
    ("navigate-scheme-relative", R(NAV, "      url: //demo.lab.test/optout"),
     "optout.steps[0].url (step 1, line 23): not an absolute URL (write https://host/path)"),
    ("navigate-relative", R(NAV, "      url: /optout"), "optout.steps[0].url (step 1, line 23): not an absolute URL (write https://host/path)"),
    ("navigate-templated-host", R(NAV, "      url: http://${last_name}.demo.lab.test/optout"),
     "optout.steps[0].url (step 1, line 23): the host is a template; write the broker's host itself"),
    ("scan-navigate-undeclared", R(SCAN_NAV, "      url: http://people.evil.test/s?q=${first_name}"),
     "scan.steps[0].url (step 1, line 11): goes to a host the recipe does not declare in domains"),
    ("navigate-ftp", R(NAV, "      url: ftp://demo.lab.test/optout"),
     "optout.steps[0].url (step 1, line 23): a ftp: URL; only http and https pages can be opened"),
    # templates
    ("unterminated-template", R("      value: ${email}", "      value: ${email"),
     "optout.steps[1].value (step 2, line 26): a ${ is not closed with } (write ${first_name})"),
    ("unterminated-in-url", R(SCAN_NAV, "      url: http://demo.lab.test/s?q=${first_name+${last_name}"),
     "scan.steps[0].url (step 1, line 11): a ${ is not closed with } (write ${first_name})"),
    ("template-not-declared", R("      value: ${email}", "      value: ${phone}"),
     "optout.steps[1].value (step 2, line 26): names ${phone}, which is not in inputs (declare it in inputs if this broker may receive it)"),
    ("template-misspelt-field", R("      value: ${email}", "      value: ${emial}"),
     "optout.steps[1].value (step 2, line 26): names ${emial}, which is no person field (did you mean ${email}?); the fields: "
     "age, birth_date, birth_year, city, email, first_name, full_name, last_name, middle_name, phone, state, street, zip"),
    ("template-unknown-filter", R("      value: ${email}", "      value: ${email|shout}"),
     "optout.steps[1].value (step 2, line 26): ${email|shout}: unknown filter 'shout'; known: digits, phoneDigits, phoneNational, phoneE164, date, "
     "upcase, downcase, capitalize, hyphenated, snakecase, replaceWhitespace, stateFull, initial, defaultIfEmpty, ageRange"),
    ("template-bad-name", R("      value: ${email}", "      value: ${E-mail}"),
     "optout.steps[1].value (step 2, line 26): ${E-mail}: 'E-mail' is not a field name"),
    ("scan-uses-listing", R(SCAN_NAV, "      url: http://demo.lab.test/s?q=${listing.name}"),
     "scan.steps[0].url (step 1, line 11): a scan cannot use listing.name (no listing yet)"),
    ("unterminated-in-contains", R("      name: Send", "      name: Send\n    - action: expect\n      contains: 'Thanks ${first_name'"),
     "optout.steps[3].contains (step 4, line 31): a ${ is not closed with } (write ${first_name})"),
    # schema
    ("unknown-field", R("name: Demo", "name: Demo\ncolour: red"), "colour (line 3): unknown field (check the spelling; see docs/RECIPES.md)"),
    ("misspelt-step-field", R("      label: Email", "      lable: Email"),
     "optout.steps[1].lable (step 2, line 25): unknown field (check the spelling; see docs/RECIPES.md)"),
    ("unknown-action", R("    - action: fill", "    - action: type"),
     "optout.steps[1] (step 2, line 24): unknown action 'type'; the actions are: navigate, fill, select, check, click, "
     "expect, extract_value, captcha, human, email_confirmation, wait_for, screenshot, choose, when"),
    ("misspelt-action", R("    - action: fill", "    - action: fil"),
     "optout.steps[1] (step 2, line 24): unknown action 'fil' (did you mean fill?); the actions are: navigate, fill, select, "
     "check, click, expect, extract_value, captcha, human, email_confirmation, wait_for, screenshot, choose, when"),
    ("bad-id", R("id: demo", "id: Demo!"), "id (line 1): write it in lowercase letters, digits, - and _ (it is also the file's name)"),
    ("bad-domain", R("domains: [demo.lab.test]", "domains: ['https://demo.lab.test/']"),
     "domains (line 4): 'https://demo.lab.test/' is not a host name (write example.com, without scheme or path)"),
    ("unknown-input", R("inputs: [first_name, last_name, email]", "inputs: [first_name, last_name, email, ssn]"),
     "inputs (line 5): unknown person field(s) ssn; known: age, birth_date, birth_year, city, email, first_name, "
     "full_name, last_name, middle_name, phone, state, street, zip"),
    ("two-locators", R("      label: Email", "      label: Email\n      text: Email"),
     "optout.steps[1] (step 2, line 24): give at most one of selector, role, label, text or placeholder (got label, text)"),
    ("fill-without-value", R("      value: ${email}\n", ""), "optout.steps[1] (step 2, line 24): give value, generate, or both (a value, made up when it is missing)"),
    ("bad-duration", R("verified: {status: lab, how: the lab}", "verified: {status: lab, how: the lab}\ncadence: {confirm_after: soon}"),
     "cadence.confirm_after (line 7): expected a duration such as 90s, 30m, 48h, 3d or 2w"),
    ("no-name-field", R("      name: {selector: h3}\n", ""), "scan.extract (line 13): fields must include name (critical)"),
    ("missing-verified", R("verified: {status: lab, how: the lab}\n", ""), "verified (line 1): required"),  # the mapping that lacks it
    ("bad-health", R("status: lab", "status: great"), "verified.status (line 6): expected one of 'lab', 'working', 'unverified', 'broken'"),
]


def test_the_recipe_corpus_is_big_enough():
    assert len(RECIPES) >= 60 and len({c[0] for c in RECIPES}) == len(RECIPES)


def test_the_good_recipe_is_good(tmp_path):
    (tmp_path / "demo.yaml").write_text(GOOD)
    load_recipe(tmp_path / "demo.yaml")


@pytest.mark.parametrize("case, text, expected", RECIPES, ids=[c[0] for c in RECIPES])
def test_bad_recipe_gets_its_one_line_error(tmp_path, case, text, expected):
    path = tmp_path / "demo.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RecipeError) as e:
        load_recipe(path)
    assert str(e.value) == f"{path}: {expected}"
    assert "\n" not in str(e.value)


# ---- property: no generated profile or recipe makes a command print a traceback or a value ----------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

#: Every generated value starts with this: if it shows up in what a command prints, a value leaked.
MARK = "QzV"
FIELDS = ["first_name", "middle_name", "last_name", "aliases", "birth_year", "birth_date", "emails", "phones",
          "optout_email", "addresses", "relatives"]
ADDRESS_FIELDS = ["street", "city", "state", "zip", "country"]

values = st.builds(lambda s: MARK + s, st.text(max_size=40))
scalars = st.one_of(values, st.integers(-10**12, 10**12), st.booleans(), st.none(), st.floats(allow_nan=False))
addresses = st.dictionaries(st.one_of(st.sampled_from(ADDRESS_FIELDS), values), st.one_of(values, scalars), max_size=6)
field_values = st.one_of(scalars, st.lists(st.one_of(values, addresses), max_size=8), addresses,
                         st.recursive(values, lambda c: st.lists(c, max_size=3) | st.dictionaries(values, c, max_size=3),
                                      max_leaves=30))
profiles = st.dictionaries(st.one_of(st.sampled_from(FIELDS), values), field_values, max_size=12)


def _dump(data: dict, fmt: str) -> bytes:
    import tomllib  # noqa: F401  (the reader; the writer below is a plain one, good enough for text)

    import yaml

    if fmt == "yaml":
        return yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass")
    return yaml.safe_dump(data).encode()  # a .toml holding YAML: a TOML syntax error, also fine


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory):
    root = tmp_path_factory.mktemp("prop")
    (root / "recipes").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")}
    env.update(OPTOUT_CONFIG=str(root / "none.toml"), OPTOUT_DATA_DIR=str(root / "data"),
               OPTOUT_RECIPE_DIRS=f'["{root / "recipes"}"]')
    return root, env


def _run(env: dict, *args: str) -> tuple[int, str]:
    """``optout ARGS`` in this process (a subprocess per example would take minutes), with its
    environment, its output and its exit code."""
    import contextlib
    import io

    from optout import cli

    out, err = io.StringIO(), io.StringIO()
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as e:  # argparse
                code = e.code if isinstance(e.code, int) else 2
            except BaseException as e:  # noqa: BLE001 - an escaping exception is what is tested
                import traceback

                err.write("Traceback (most recent call last):\n" + "".join(traceback.format_exception(e)))
                code = 99
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return code, out.getvalue() + err.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=profiles, fmt=st.sampled_from(["yaml", "toml"]), raw=st.one_of(st.none(), st.binary(max_size=200)))
def test_no_generated_profile_prints_a_traceback_or_a_value(cli_env, data, fmt, raw):
    root, env = cli_env
    path = root / f"gen.{fmt}"
    path.write_bytes(MARK.encode() + raw if raw is not None else _dump(data, fmt))
    code, output = _run(env, "person", "add", str(path))
    assert code in (0, Exit.DATAERR), output
    assert "Traceback" not in output
    assert MARK not in output.replace(str(path), ""), output
    if code == Exit.DATAERR:
        assert len(output.strip().splitlines()) == 1, output


RECIPE_LEAVES = ["items: div.r", "no_results: p.none", "name: {selector: h3}", "label: Email", "name: Send",
                 "pattern: '(\\d+)'", "into: ref", "url: http://demo.lab.test/optout", "value: ${email}"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(st.sampled_from(RECIPE_LEAVES), st.text(max_size=30)), min_size=1, max_size=4),
       extra=st.one_of(st.none(), st.text(max_size=60)))
def test_no_generated_recipe_makes_recipe_check_print_a_traceback(cli_env, changes, extra):
    """Recipes are public text, not a person's data: their own syntax may be quoted back to the
    author (an unknown filter's name); what must never happen is a traceback or a many-line dump."""
    import json

    root, env = cli_env
    text = GOOD
    for leaf, new in changes:
        key = leaf.split(":")[0]
        text = text.replace(leaf, f"{key}: {json.dumps(new)}", 1)
    if extra is not None:
        text += extra
    (root / "recipes" / "demo.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        code, output = _run(env, "recipe", "check", "--json")
    finally:
        (root / "recipes" / "demo.yaml").unlink()
    assert code in (0, 1), output
    assert "Traceback" not in output
    rows = json.loads(output[: output.rindex("]") + 1])
    assert all("\n" not in r["detail"] for r in rows)


# ---- the host check reads URLs as a browser does ----------------------------------------------------


@pytest.mark.parametrize("url, allowed", [
    ("https://broker.com/x", True),
    ("https://www.broker.com/x", True),
    ("HTTPS://WWW.BROKER.COM./x", True),
    ("https:\\\\broker.com\\x", True),  # Chromium reads backslashes as slashes in http(s)
    ("wss://broker.com/socket", True),
    ("https://evil.test\\@broker.com/", False),  # urllib: broker.com; Chromium: evil.test
    ("https://evil.test\\\\@broker.com/", False),
    ("https://user@broker.com/", False),  # user information: a classic disguise
    ("https://broker.com:pw@evil.test/", False),
    ("https://broker.com@evil.test/", False),
    ("javascript://broker.com/%0aalert(1)", False),
    ("//broker.com/v", False),  # scheme-relative: no base, no host a browser would know
    ("/v", False),
    ("data:text/html,<a>", False),
    ("file:///etc/passwd", False),
    ("ftp://broker.com/x", False),
    ("https://broker.com.evil.test/", False),
    ("https://evilbroker.com/", False),
    ("https://broker.com%2eevil.test/", False),  # a browser decodes the host: broker.com.evil.test
    ("https://bro ker.com/", False),
    ("https://\tbroker.com/", True),  # a browser strips tabs and newlines anywhere
])
def test_host_allowed_reads_urls_as_a_browser(url, allowed):
    from optout.channels.base import host_allowed

    assert host_allowed(url, ["broker.com"]) is allowed


# ---- settings said plainly ---------------------------------------------------------------------------


def test_settings_problems_are_one_plain_line_each(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPTOUT_")}
    env["OPTOUT_CONFIG"] = str(tmp_path / "none.toml")
    data = tmp_path / "data"

    def optout(*args: str, **more: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "optout", *args], env={**env, **more}, capture_output=True,
                              text=True, timeout=300)

    assert optout("--data-dir", str(data), "init").returncode == 0
    afile = tmp_path / "afile"
    afile.write_text("x")
    r = optout("status", OPTOUT_DATA_DIR=str(afile))
    assert r.returncode == Exit.CONFIG and r.stderr == (f"optout: bad setting: data_dir: {afile} is a file, not a folder "
                                              "(OPTOUT_DATA_DIR or --data-dir names the folder that holds the "
                                              "store, the vault and the evidence)\n")
    r = optout("--data-dir", str(data), "status", OPTOUT_DATABASE_URL="sqlite:////nonexistent/dir/x.db")
    assert r.returncode == Exit.CONFIG and r.stderr == ("optout: database_url (OPTOUT_DATABASE_URL): the folder "
                                              "/nonexistent/dir does not exist; create it or correct the URL\n")
    assert not Path("/nonexistent").exists()
    r = optout("--data-dir", str(data), "status", OPTOUT_DATABASE_URL=f"sqlite:///{tmp_path / 'typo.db'}")
    assert r.returncode == Exit.CONFIG and "no store at" in r.stderr and not (tmp_path / "typo.db").exists()
    r = optout("--data-dir", str(data), "status", OPTOUT_LOG_LEVLE="debug", OPTOUT_DATABSE_URL="x")
    assert r.returncode == 0
    assert r.stderr.splitlines() == [
        "optout: OPTOUT_DATABSE_URL is not a setting and is ignored (did you mean OPTOUT_DATABASE_URL?)",
        "optout: OPTOUT_LOG_LEVLE is not a setting and is ignored (did you mean OPTOUT_LOG_LEVEL?)"]
