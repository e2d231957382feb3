"""Assemble set N2 (tests/replies/setn2): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setn2/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set N2 answers deletion requests with what the earlier sets likely lack: help-desk ticket templates
(numbers, "Status: Pending", "has been solved", survey footers), conditional promises ("once you
verify, we will remove"), "no record matching your information" (nothing was removed), "already
removed on <date>", "we are not a data broker / not subject to the CCPA / business contact data
only", answers about another person than the one asked for, a notarised affidavit, a signed agent
form or a utility bill asked, "log in and delete it yourself", an opt-out of sale and sharing
instead of a deletion, "deleted in 90 days" and retention for legal obligations, subjects that say
the opposite of their bodies, HTML-only mails whose decision is a table's cell, decisions only in
the quoted mail below "see below", verification links behind click-trackers of the broker's own
domain or another's, links that expire, and bounces and auto-replies in several languages. Every
name, address, domain and number is invented; domains end in ``.example``, addresses of machines are
documentation addresses (RFC 5737).

A body is written once in a small markup (set M's, build.py's first 120 lines):

- ``[text](url)``: a link (HTML: an anchor; plain: "text <url>");
- ``[text](href|shown)``: the HTML anchor goes to ``href`` while the plain part shows ``shown``;
  ``shown`` = ``-`` means the plain part shows the text only;
- blank lines separate paragraphs; ``quoted`` is the earlier mail, below the answer (``> `` lines).

``form`` says how the mail is built: ``plain``, ``html`` (HTML only), ``alt`` (plain + HTML),
``bounce`` (a mail server's delivery report, :func:`_bounce`). ``html=`` gives a hand-written HTML part
(a table, a ticket template) used instead of the markup's.
"""

from __future__ import annotations

import csv
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/replies/: the sets' shared pieces
from _setbuild import (LINK, COLUMNS, plain_of, esc as _esc, html_of, page, quote as _quote, encode as _encode,
    leaf as _leaf, multi as _multi)  # noqa: E402

HERE = Path(__file__).resolve().parent
REPLIES: list[dict[str, object]] = []
START = datetime(2026, 10, 12, 9, 41, tzinfo=timezone.utc)
CLINIC = ("Clínica Comunitaria La Puerta", "bajas@lapuerta-legal.example")
CLINIC_EN = ("Eastside Immigrant Legal Services", "privacy@eastside-ils.example")


# -- MIME ------------------------------------------------------------------------------------------


def _header(value: str, charset: str) -> str:
    """A header value, RFC 2047-encoded (in ``charset`` when it can spell it, else UTF-8) when not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    return Header(value, charset).encode(maxlinelen=76)


def _address(who: tuple[str, str], charset: str) -> str:
    name, addr = who
    if name.isascii():
        return formataddr((name, addr))
    return f"{_header(name, charset)} <{addr}>"


# -- the requests these replies answer -------------------------------------------------------------

def letter(name: str, broker: str, *, agent: bool = False, ref: str = "") -> str:
    """The deletion request (in English, as the clinic sends it) that a reply quotes below."""
    who = (f"We are the authorized agent of {name}, whose signed permission is attached. On the client's "
           f"behalf we ask" if agent else f"I, {name}, ask")
    token = f"\nReference: {ref}" if ref else ""
    return (f"To the privacy team of {broker}:\n\n{who} that you delete all personal information you hold "
            f"about {'the client' if agent else 'me'}, under the California Consumer Privacy Act (Civ. Code "
            f"1798.105), and confirm in writing when it is done.{token}\n\nThank you.")


def carta(name: str, broker: str, ref: str = "") -> str:
    """The same request in Spanish, as a client writes it herself."""
    token = f"\nReferencia: {ref}" if ref else ""
    return (f"A la atención de {broker}:\n\nYo, {name}, les pido que borren toda la información personal que "
            f"tengan sobre mí, conforme a la Ley de Privacidad del Consumidor de California, y que me confirmen "
            f"por escrito cuando lo hayan hecho.{token}\n\nGracias.")


# -- the replies -----------------------------------------------------------------------------------

_COUNT: dict[str, int] = {}


def R(lang: str, cls: str, body: str, *, subject: str, frm: tuple[str, str], domains: str, reason: str = "",
      link: str = "", form: str = "plain", quoted: str = "", quoted_by: str = "", charset: str = "utf-8",
      cte: str = "", html: str = "", to: tuple[str, str] = CLINIC_EN, rtl: bool = False,
      headers: tuple[tuple[str, str], ...] = (), report: dict[str, str] | None = None) -> None:
    """One reply: its text, how its mail is built, and its label (``cls``, ``reason``, ``link``)."""
    _COUNT[lang] = _COUNT.get(lang, 0) + 1
    REPLIES.append(dict(file=f"{lang}-{_COUNT[lang]:02d}.eml", lang=lang, cls=cls, body=body, subject=subject,
                        frm=frm, domains=domains, reason=reason, link=link, form=form, quoted=quoted,
                        quoted_by=quoted_by, charset=charset, cte=cte, html=html, to=to, rtl=rtl,
                        headers=headers, report=report))


def _cte(text: str, charset: str, chosen: str) -> str:
    if chosen:
        return chosen
    return "7bit" if text.isascii() else ("8bit" if charset != "utf-8" else "quoted-printable")


def _bounce(r: dict[str, object], i: int, when: datetime) -> bytes:
    """A delivery report (RFC 3464): the server's words, the machine status, and the letter sent back
    whole (``report['returned'] == 'message'``) or only its headers."""
    rep = r["report"]
    assert isinstance(rep, dict)
    charset = str(r["charset"])
    human = _leaf("plain", plain_of(str(r["body"])), charset, _cte(str(r["body"]), charset, str(r["cte"])))
    status = (f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {rep['mta']}\n"
              f"Arrival-Date: {format_datetime(when - timedelta(minutes=3))}\n\n"
              f"Final-Recipient: rfc822; {rep['rcpt']}\nAction: failed\nStatus: {rep['status']}\n"
              f"Remote-MTA: dns; {rep['remote']}\nDiagnostic-Code: smtp; {rep['diag']}\n").encode()
    sent = (f"From: {formataddr(r['to'])}\nTo: {rep['rcpt']}\nSubject: Request to delete personal information\n"
            f"Date: {format_datetime(when - timedelta(minutes=4))}\nMessage-ID: <req-{i:03d}@{r['to'][1].split('@')[1]}>\n"
            f"MIME-Version: 1.0\n")
    if rep.get("returned") == "message":
        sent += 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n\n' + str(r["quoted"]) + "\n"
        back = b"Content-Type: message/rfc822\n\n" + sent.encode()
    else:
        back = b"Content-Type: text/rfc822-headers\n\n" + sent.encode()
    return _multi("report", [human, status, back], f"=_report_{i:03d}", "; report-type=delivery-status")


def message(r: dict[str, object], i: int) -> bytes:
    when = START + timedelta(hours=5 * i, minutes=(37 * i) % 60)
    charset = str(r["charset"])
    frm, to = r["frm"], r["to"]
    assert isinstance(frm, tuple) and isinstance(to, tuple)
    domain = frm[1].split("@")[1]
    head = (f"From: {_address(frm, charset)}\nTo: {_address(to, charset)}\n"
            f"Subject: {_header(str(r['subject']), charset)}\nDate: {format_datetime(when)}\n"
            f"Message-ID: <n2-{i:03d}.{when:%Y%m%d%H%M}@{domain}>\n")
    if r["quoted"] and r["form"] != "bounce":
        head += f"In-Reply-To: <req-{i:03d}@{to[1].split('@')[1]}>\n"
    for k, v in r["headers"]:  # type: ignore[misc]
        head += f"{k}: {v}\n"
    head += "MIME-Version: 1.0\n"
    body, quoted = str(r["body"]), str(r["quoted"])
    plain = plain_of(body)
    if quoted and r["form"] != "bounce":
        by = str(r["quoted_by"]) or f"{to[0]} <{to[1]}>"
        plain += f"\nOn {format_datetime(when - timedelta(days=9))}, {by} wrote:\n" + _quote(quoted)
    html = str(r["html"]) or html_of(body, quoted if r["form"] != "bounce" else "", charset, bool(r["rtl"]))
    form = r["form"]
    if form == "plain":
        tree = _leaf("plain", plain, charset, _cte(plain, charset, str(r["cte"])))
    elif form == "html":
        tree = _leaf("html", html, charset, _cte(html, charset, str(r["cte"])))
    elif form == "alt":
        tree = _multi("alternative", [_leaf("plain", plain, charset, _cte(plain, charset, str(r["cte"]))),
                                      _leaf("html", html, charset, _cte(html, charset, str(r["cte"])))],
                      f"=_alt_{i:03d}")
    elif form == "bounce":
        tree = _bounce(r, i, when)
    else:
        raise ValueError(f"reply {r['file']}: unknown form {form!r}")
    return head.encode() + tree


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for i, r in enumerate(REPLIES):
            (out / str(r["file"])).write_bytes(message(r, i))
            w.writerow([r["file"], r["lang"], r["cls"], r["reason"], r["link"], r["domains"]])


# == English ========================================================================================

# People the requests were for (invented): two surnames, particles, apostrophes, family name first.
P_ORTEGA = "María Guadalupe Ortega Ruvalcaba"
P_CRUZ = "José Luis de la Cruz Benítez"
P_OCONNOR = "Siobhan O'Connor-Reyes"
P_NGUYEN = "Nguyễn Thị Hồng Nhung"
P_WARSAME = "Hodan Abdi Warsame"
P_PIERRE = "Wislande Pierre-Louis"

KINSEEK = ("KinSeek Privacy", "privacy@support.kinseek.example")
KINSEEK_D = "kinseek.example support.kinseek.example"
TRACELANE = ("TraceLane Support", "support@tracelane.freshdesk.example")
TRACELANE_D = "tracelane.example tracelane.freshdesk.example"
LUMEN = ("LumenRoster", "no-reply@lumenroster.example")
LUMEN_D = "lumenroster.example"
TROVE = ("DataTrove Consumer Privacy", "privacy@datatrove.example")
TROVE_D = "datatrove.example"
QUILL = ("Quill Records Compliance", "compliance@quillrecords.example")
QUILL_D = "quillrecords.example"
LEDGER = ("BrightLedger Privacy Office", "privacyoffice@brightledger.example")
LEDGER_D = "brightledger.example"
CIVIC = ("CivicFile Help Center", "help@civicfile.example")
CIVIC_D = "civicfile.example"
QUARRY = ("PeopleQuarry", "optout@peoplequarry.example")
QUARRY_D = "peoplequarry.example"
HARBOR = ("HarborLookup Support", "support@harborlookup.example")
HARBOR_D = "harborlookup.example"
BIZ = ("BizContactly Data Governance", "dpo@bizcontactly.example")
BIZ_D = "bizcontactly.example"
HEARTH = ("OpenHearth Data", "requests@openhearthdata.example")
HEARTH_D = "openhearthdata.example"
SIGNAL = ("SignalRoster Privacy", "privacy@signalroster.example")
SIGNAL_D = "signalroster.example"
MERIDIAN = ("Meridian Lists", "hello@meridianlists.example")
MERIDIAN_D = "meridianlists.example"
NOMBRE = ("NombreBusca Privacidad", "privacidad@nombrebusca.example")
NOMBRE_D = "nombrebusca.example"
VECINO = ("VecinoInfo Soporte", "soporte@vecinoinfo.example")
VECINO_D = "vecinoinfo.example"

SURVEY = """How would you rate the support you received?

[Good, I'm satisfied]({base}/satisfaction/good?t={t}) [Bad, I'm unsatisfied]({base}/satisfaction/bad?t={t})"""

R("en", "confirmed", """##- Please type your reply above this line -##

Your request (#48213) has been solved. To reopen this request, reply to this email.

Dana R. (KinSeek Privacy)

Hello,

Thank you for your patience. We have deleted the profile and the two address records that matched the name and address in your request. They no longer appear in KinSeek search results, and we have removed them from our database.

Kind regards,
KinSeek Privacy Team

""" + SURVEY.format(base="https://support.kinseek.example/requests/48213", t="QmF9x2"),
  subject="[KinSeek] Re: Request to delete personal information (#48213)", frm=KINSEEK, domains=KINSEEK_D,
  form="alt", quoted=letter(P_ORTEGA, "KinSeek", agent=True))

R("en", "unsure", """##- Please type your reply above this line -##

Your request (#48377) has been solved. To reopen this request, reply to this email.

This ticket was set to Solved by our team.

""" + SURVEY.format(base="https://support.kinseek.example/requests/48377", t="Lp0aZ4") + """

This email is a service from KinSeek Support. Delivered by a help desk.""",
  subject="[KinSeek] Request #48377: Request to delete personal information - Solved", frm=KINSEEK,
  domains=KINSEEK_D, form="alt")

R("en", "acknowledged", """Dear customer,

Thank you for contacting TraceLane. Your ticket has been created.

Ticket ID: #20931
Subject: Request to delete personal information
Status: Pending
Priority: Medium
Group: Privacy Requests

Our privacy team reviews requests in the order they arrive and will get back to you within 5 business days. You can check the status of your ticket at any time: [View ticket](https://tracelane.freshdesk.example/support/tickets/20931)

Regards,
TraceLane Support""",
  subject="Ticket Received - Request to delete personal information [#20931]", frm=TRACELANE,
  domains=TRACELANE_D, form="alt")

R("en", "verify_link", """Hi,

We received a request to remove your information from LumenRoster. Once you verify your email address, we will remove the listings you selected within 72 hours.

[Verify my removal request](https://www.lumenroster.example/privacy/verify?req=7Q2-K81M&sig=e4b19c07)

This link is valid for 24 hours. If it expires, you will need to start a new request.

If you did not ask for this, you can ignore this email.

[Privacy policy](https://www.lumenroster.example/privacy) | [Unsubscribe](https://www.lumenroster.example/email/unsubscribe?u=55e1)""",
  subject="Verify your LumenRoster removal request", frm=LUMEN, domains=LUMEN_D,
  link="https://www.lumenroster.example/privacy/verify?req=7Q2-K81M&sig=e4b19c07", form="alt")

R("en", "needs_info", """Hello,

Thanks for reaching out. Once you verify that this request comes from the person named in it, we will remove the matching records.

To verify, please reply to this email from the address on the listing and include the full web address (URL) of the profile you want removed. We cannot search for you on your behalf.

DataTrove Consumer Privacy""",
  subject="RE: Request to delete personal information", frm=TROVE, domains=TROVE_D,
  quoted=letter(P_OCONNOR, "DataTrove"))

R("en", "acknowledged", """Dear Requester,

We have received your request to delete personal information. If we find a record matching the information you provided, it will be deleted within 30 days. Because of the volume of requests, you will not receive a separate notice when the search is complete.

Quill Records Compliance""",
  subject="Your privacy request", frm=QUILL, domains=QUILL_D, quoted=letter(P_CRUZ, "Quill Records"))

R("en", "refused", """Hello,

We searched our database for "Maria Ortega" in California and found no record matching your information. There is nothing to remove at this time.

If you believe a profile about you appears on our site, please send us its web address.

BrightLedger Privacy Office""",
  subject="Re: Request to delete personal information", frm=LEDGER, domains=LEDGER_D,
  quoted=letter(P_ORTEGA, "BrightLedger", agent=True), reason="no record")

R("en", "confirmed", """Hello,

Our records show that the profile matching your request was already removed on March 3, 2026, in response to an earlier request. No personal information about you remains in our people-search database, and the suppression put in place then still applies.

No further action is needed.

CivicFile Help Center""",
  subject="Re: Request to delete personal information", frm=CIVIC, domains=CIVIC_D,
  quoted=letter(P_PIERRE, "CivicFile", agent=True))

R("en", "refused", """To whom it may concern,

OpenHearth Data is not a data broker. We provide scheduling software to property managers and do not sell or license consumer information. We are not subject to the California Consumer Privacy Act for the data described in your letter, and we will take no further action on this request.

Legal Department
OpenHearth Data""",
  subject="Re: Request to delete personal information", frm=HEARTH, domains=HEARTH_D,
  reason="not subject to the law", quoted=letter(P_CRUZ, "OpenHearth Data", agent=True))

R("en", "refused", """Dear Sir or Madam,

BizContactly only holds business contact data: names, job titles and work email addresses of professionals, collected from company websites. This information is processed in a business-to-business context and falls outside the scope of your request. We therefore decline to delete the record.

If you would like your work email suppressed from our marketing, use the link below.

[Manage email preferences](https://www.bizcontactly.example/preferences)

Data Governance Team""",
  subject="Your request regarding BizContactly", frm=BIZ, domains=BIZ_D,
  reason="business contact data only", form="alt", quoted=letter(P_OCONNOR, "BizContactly"))

R("en", "unsure", """Hello,

We located and removed the profile of Maria G. Ortega, age 67, of Fresno, California, together with the phone number listed on it.

Thank you for contacting SignalRoster.

SignalRoster Privacy""",
  subject="Re: Request to delete personal information", frm=SIGNAL, domains=SIGNAL_D,
  quoted=letter(P_ORTEGA, "SignalRoster", agent=True) + "\nThe client was born in 1991 and lives in Santa Ana, California.")

R("en", "needs_id", """Dear Requester,

Before we can act on a deletion request made through an agent, we require a notarized affidavit of identity signed by the consumer, stating her full name, date of birth and current address. Please mail or email the notarized affidavit to this address. Requests without it are not processed.

Quill Records Compliance""",
  subject="Additional documentation required", frm=QUILL, domains=QUILL_D,
  quoted=letter(P_NGUYEN, "Quill Records", agent=True))

R("en", "needs_info", """Hello,

We received your request on behalf of a consumer. To process it, we need our Authorized Agent Designation form signed by the consumer. The permission letter you sent is not on our form and cannot be accepted.

[Download the Authorized Agent Designation form (PDF)](https://www.harborlookup.example/legal/authorized-agent-form.pdf)

Please return the completed and signed form by replying to this email.

HarborLookup Support""",
  subject="Re: Request to delete personal information", frm=HARBOR, domains=HARBOR_D, form="alt",
  quoted=letter(P_WARSAME, "HarborLookup", agent=True))

R("en", "needs_id", """Hello,

Thank you for your request. To confirm your residency we need a copy of a utility bill (gas, electric or water) dated within the last 60 days that shows your name and current address. You may black out account numbers and amounts.

Reply to this message with the document attached.

PeopleQuarry Opt-Out Team""",
  subject="Re: Request to delete personal information", frm=QUARRY, domains=QUARRY_D,
  quoted=letter(P_OCONNOR, "PeopleQuarry"))

R("en", "refused", """Hi there,

We do not process deletion requests sent by email. To remove your profile, log in to your account at [lumenroster.example/account](https://www.lumenroster.example/account), open Settings > Privacy and select "Delete my profile". The profile will be removed as soon as you confirm there.

LumenRoster Support""",
  subject="Re: Request to delete personal information", frm=("LumenRoster Support", "support@lumenroster.example"),
  domains=LUMEN_D, reason="self-service only", quoted=letter(P_CRUZ, "LumenRoster", agent=True))

# r39: the opt-out's scope ('this request does not delete …'), no refusal: unsure (README, "Labels revisited (r39)")
R("en", "unsure", """Dear Consumer,

Your privacy request is complete. We have opted you out of the sale and sharing of your personal information. We will no longer sell or share your information with third parties for cross-context behavioral advertising.

This request does not delete information we maintain for our services.

DataTrove Consumer Privacy""",
  subject="Your privacy request is complete", frm=TROVE, domains=TROVE_D,
  quoted=letter(P_PIERRE, "DataTrove", agent=True))

R("en", "acknowledged", """Hello,

We have approved your deletion request. Your data will be deleted from our production systems and backups within 90 days of this notice. We will not send another email when this is done.

BrightLedger Privacy Office""",
  subject="Deletion request approved", frm=LEDGER, domains=LEDGER_D, quoted=letter(P_NGUYEN, "BrightLedger", agent=True))

R("en", "refused", """Dear Requester,

We are unable to delete the records you identified. CivicFile is required to retain court and tenancy screening records for seven years to meet our legal obligations under state record-keeping laws. We have flagged your file as do-not-market.

CivicFile Help Center""",
  subject="Re: Request to delete personal information", frm=CIVIC, domains=CIVIC_D,
  reason="legal obligation to retain", quoted=letter(P_CRUZ, "CivicFile"))

R("en", "confirmed", """Hello,

We have completed your request. Your personal information has been deleted from our records, except for information we are required to keep by law, which is not shown on our website or shared with anyone.

HarborLookup Support""",
  subject="Your deletion request", frm=HARBOR, domains=HARBOR_D, quoted=letter(P_OCONNOR, "HarborLookup"))

R("en", "needs_id", """Hello,

We could not complete your request yet. We were unable to verify your identity from the information provided. Please reply with a copy of a government-issued photo ID (driver's license, state ID or passport) so that we can continue.

PeopleQuarry Opt-Out Team""",
  subject="Request completed", frm=QUARRY, domains=QUARRY_D, quoted=letter(P_NGUYEN, "PeopleQuarry", agent=True))

R("en", "confirmed", """Hello,

No action is needed from you. We have deleted the personal information we held about you, and the listing no longer appears on our site.

SignalRoster Privacy""",
  subject="Action required: your privacy request", frm=SIGNAL, domains=SIGNAL_D, quoted=letter(P_WARSAME, "SignalRoster", agent=True))

R("en", "confirmed", "", subject="Privacy request update (PR-88412)", frm=KINSEEK, domains=KINSEEK_D, form="html",
  html=page("""
<p>Hello,</p>
<p>Here is the current status of your privacy request.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Request ID</th><td>PR-88412</td></tr>
<tr><th align="left">Request type</th><td>Deletion</td></tr>
<tr><th align="left">Status</th><td>Completed</td></tr>
<tr><th align="left">Date completed</th><td>10/14/2026</td></tr>
<tr><th align="left">Records removed</th><td>3 listings (name, 2 addresses)</td></tr>
</table>
<p>KinSeek Privacy Team</p>"""))

R("en", "refused", "", subject="Privacy request update (PR-88519)", frm=KINSEEK, domains=KINSEEK_D, form="html",
  reason="public records", html=page("""
<p>Hello,</p>
<p>Your privacy request has been reviewed.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Request ID</th><td>PR-88519</td></tr>
<tr><th align="left">Request type</th><td>Deletion</td></tr>
<tr><th align="left">Status</th><td>Denied</td></tr>
<tr><th align="left">Reason</th><td>The information comes from publicly available government records and is not subject to deletion.</td></tr>
</table>
<p>KinSeek Privacy Team</p>"""))

R("en", "needs_id", "", subject="Privacy request update (PR-88603)", frm=KINSEEK, domains=KINSEEK_D, form="html",
  html=page("""
<p>Hello,</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Request ID</th><td>PR-88603</td></tr>
<tr><th align="left">Request type</th><td>Deletion</td></tr>
<tr><th align="left">Status</th><td>On hold: identity verification required</td></tr>
<tr><th align="left">Next step</th><td>Upload a photo of a government-issued ID at <a href="https://support.kinseek.example/verify-identity/PR-88603">our secure upload page</a>.</td></tr>
</table>
<p>Your request will stay on hold until we receive the document.</p>
<p>KinSeek Privacy Team</p>"""))

R("en", "confirmed", """Hi,

Please see below.

Thanks,
Marcus
TraceLane Support""",
  subject="Fwd: Ticket #21177 deletion", frm=TRACELANE, domains=TRACELANE_D,
  quoted_by="TraceLane Privacy Operations <privacy-ops@tracelane.example>",
  quoted="""Ticket 21177: deletion completed.

The profile and the two address records for the consumer named in the request have been removed from TraceLane and from our search index on 10/20/2026. Suppression added so the records are not re-imported.

Privacy Operations""")

R("en", "refused", """Hello,

Please see the answer below from our legal team.

Best,
HarborLookup Support""",
  subject="Re: Request to delete personal information", frm=HARBOR, domains=HARBOR_D,
  quoted_by="HarborLookup Legal <legal@harborlookup.example>",
  quoted="""We decline this request. The consumer named in it is not a California resident according to the address provided, and HarborLookup only honors deletion requests under the laws of the states where they apply.

HarborLookup Legal""", reason="not a resident")

R("en", "verify_link", """Hello,

Please confirm that you want TraceLane to delete your personal information. We will remove it after you confirm.

[Confirm my deletion request](https://links.tracelane.example/ls/click?upn=u001.Kf83jZq0dPZ2Lx-2Bt1Q9w)

If you did not make this request, no action is needed.

TraceLane Privacy""",
  subject="Please confirm your deletion request", frm=("TraceLane Privacy", "privacy@tracelane.example"), domains=TRACELANE_D,
  link="https://links.tracelane.example/ls/click?upn=u001.Kf83jZq0dPZ2Lx-2Bt1Q9w", form="alt")

R("en", "verify_link", """Hello,

To finish your opt-out from PeopleQuarry, confirm your request by clicking the button below.

[Confirm opt-out](https://clk.mailpulse-stats.example/c/eJxNj0sOgjAQhE_D7gw)

After you confirm, your listing will be removed within 7 days.

PeopleQuarry
[Unsubscribe](https://clk.mailpulse-stats.example/u/eJxNj0sOgjAQhE_D7gx)""",
  subject="Confirm your PeopleQuarry opt-out", frm=QUARRY, domains=QUARRY_D,
  link="https://clk.mailpulse-stats.example/c/eJxNj0sOgjAQhE_D7gw", form="alt")

R("en", "verify_link", """Hello,

We received your request to delete your data from BrightLedger. Please verify it here:

[Verify request](https://brightledger-requests.example/verify?id=7781-QX)

BrightLedger Privacy Office""",
  subject="Verify your privacy request", frm=LEDGER, domains=LEDGER_D, form="alt")

R("en", "needs_info", """Hello,

The verification link we sent you on October 2 has expired: links are valid for 24 hours only. Your removal request was not completed.

To remove your listing, please submit a new request at [our opt-out page](https://www.lumenroster.example/optout) and click the new link within 24 hours.

LumenRoster""",
  subject="Your verification link has expired", frm=LUMEN, domains=LUMEN_D, form="alt")

R("en", "verify_link", """##- Please type your reply above this line -##

Hello,

Your request #50388 is waiting for your confirmation. Click the link below to confirm that you want your data deleted. The link is valid for 24 hours.

[Confirm deletion](https://support.kinseek.example/privacy/confirm/50388?token=ZK7-19P)

Changed your mind? [Cancel this request](https://support.kinseek.example/privacy/cancel/50388?token=ZK7-19P)

""" + SURVEY.format(base="https://support.kinseek.example/requests/50388", t="Wq81"),
  subject="[KinSeek] Confirm your deletion request (#50388)", frm=KINSEEK, domains=KINSEEK_D,
  link="https://support.kinseek.example/privacy/confirm/50388?token=ZK7-19P", form="alt")

R("en", "bounce", """This is the mail system at host mx1.quillrecords.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<privacy@quillrecords.example>: host mx1.quillrecords.example[192.0.2.41] said: 552 5.2.2 Mailbox full: quota exceeded""",
  subject="Undelivered Mail Returned to Sender", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.quillrecords.example"),
  domains=QUILL_D, form="bounce", quoted=letter(P_CRUZ, "Quill Records", agent=True),
  report=dict(mta="mx1.quillrecords.example", rcpt="privacy@quillrecords.example", status="5.2.2",
              remote="mx1.quillrecords.example", diag="552 5.2.2 Mailbox full: quota exceeded", returned="message"))

R("en", "bounce", """Delivery has failed to these recipients or groups:

optout@signalroster.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'""",
  subject="Undeliverable: Request to delete personal information", frm=("Microsoft Outlook", "postmaster@eastside-ils.example"),
  domains=SIGNAL_D, form="bounce", quoted=letter(P_WARSAME, "SignalRoster", agent=True),
  report=dict(mta="mail.eastside-ils.example", rcpt="optout@signalroster.example", status="5.1.1",
              remote="mx.signalroster.example", diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", returned="headers"))

R("en", "auto_reply", """Thank you for your email. I am out of the office until Monday, October 27, with limited access to email. Privacy requests received during this time will be handled when I return.

For urgent matters, contact legal@datatrove.example.

Priya Raman
Privacy Counsel, DataTrove""",
  subject="Automatic reply: Request to delete personal information", frm=("Priya Raman", "praman@datatrove.example"),
  domains=TROVE_D, headers=(("Auto-Submitted", "auto-replied"),))

R("en", "auto_reply", """This mailbox is not monitored. Messages sent to this address are not read or answered.

To make a privacy request, use the form at [signalroster.example/privacy-request](https://www.signalroster.example/privacy-request).""",
  subject="Re: Request to delete personal information", frm=("SignalRoster", "noreply@signalroster.example"),
  domains=SIGNAL_D, headers=(("Auto-Submitted", "auto-replied"),))

R("en", "extended", """Dear Requester,

We are writing about the deletion request we received on September 29, 2026. Because of the number and complexity of requests, we need an additional 45 days to respond, as the California Consumer Privacy Act allows. You will receive our response no later than December 27, 2026.

BrightLedger Privacy Office""",
  subject="Update on your privacy request", frm=LEDGER, domains=LEDGER_D, quoted=letter(P_OCONNOR, "BrightLedger"))

R("en", "other", """Find anyone in seconds.

For a limited time, get 50% off a MeridianLists Pro search plan: unlimited people searches, phone lookups and address history reports.

[Claim my discount](https://www.meridianlists.example/promo/fall50)

You are receiving this email because you contacted MeridianLists. [Unsubscribe](https://www.meridianlists.example/unsubscribe?e=a81f)""",
  subject="50% off MeridianLists Pro - this week only", frm=MERIDIAN, domains=MERIDIAN_D, form="alt")

R("en", "acknowledged", """Hello,

We have received your request to delete personal information.

Reference number: PR-2026-118204
Date received: October 14, 2026

We will respond within 45 days of the date we received it. You do not need to do anything now.

OpenHearth Data Privacy Requests""",
  subject="We received your privacy request (PR-2026-118204)", frm=HEARTH, domains=HEARTH_D)

R("en", "refused", """Hello,

Because we did not receive the verification we asked for within 30 days, your request has been closed. No information was deleted.

If you still want your information removed, please submit a new request.

PeopleQuarry Opt-Out Team""",
  subject="Your request has been closed", frm=QUARRY, domains=QUARRY_D, reason="closed without action")

R("en", "confirmed", """Hello,

Your request is complete: we deleted your profile and the addresses and phone numbers linked to it.

Hola,

Su solicitud está completa: eliminamos su perfil y las direcciones y los números de teléfono vinculados a él.

CivicFile Help Center / Centro de Ayuda""",
  subject="Request complete / Solicitud completa", frm=CIVIC, domains=CIVIC_D, form="alt",
  quoted=letter(P_ORTEGA, "CivicFile", agent=True))

R("en", "needs_info", """Hello,

Thank you for your request. To process it, please send us the web address (URL) of the profile page you would like removed. We have many people with similar names and need the exact page.

HarborLookup Support""",
  subject="Re: Request to delete personal information", frm=HARBOR, domains=HARBOR_D, quoted=letter(P_CRUZ, "HarborLookup", agent=True))

R("en", "acknowledged", """Hello,

We received your deletion request through the California Delete Request and Opt-out Platform (DROP). It will be processed in our next DROP cycle, and we will keep processing your request every 45 days as the law requires.

DataTrove Consumer Privacy""",
  subject="Your DROP deletion request", frm=TROVE, domains=TROVE_D)

R("en", "refused", """Dear Consumer,

The information we maintain about you is collected and used under the Gramm-Leach-Bliley Act in connection with financial services. It is exempt from the California Consumer Privacy Act, so we are unable to delete it.

Quill Records Compliance""",
  subject="Re: Request to delete personal information", frm=QUILL, domains=QUILL_D,
  reason="exempt (GLBA)", quoted=letter(P_NGUYEN, "Quill Records", agent=True))

R("en", "verify_link", """Hello,

Before we can remove your data, we need you to confirm this request.

[Confirm and remove my data](https://www.signalroster.example/privacy/confirm?r=SR-4471&k=7d2e)

Your data will not be removed until you click the link above.

SignalRoster Privacy""",
  subject="Your data has been removed", frm=SIGNAL, domains=SIGNAL_D,
  link="https://www.signalroster.example/privacy/confirm?r=SR-4471&k=7d2e", form="alt")

R("en", "acknowledged", """Hello,

We confirm receipt of your deletion request. It will be processed within 45 days, and we will write to you when it is done.

OpenHearth Data""",
  subject="Deletion confirmed", frm=HEARTH, domains=HEARTH_D, quoted=letter(P_PIERRE, "OpenHearth Data", agent=True))

R("en", "auto_reply", """Thank you for your message. Our offices are closed for the Thanksgiving holiday from November 26 to November 29. We will reply to your message after we return.

CivicFile Help Center""",
  subject="Auto: Request to delete personal information", frm=CIVIC, domains=CIVIC_D,
  headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")))

R("en", "confirmed", """To view this message, open it in an HTML-capable email program.""",
  subject="Your LumenRoster privacy request", frm=LUMEN, domains=LUMEN_D, form="alt", html=page("""
<p>Hello,</p>
<p>Your privacy request has been processed.</p>
<table border="0" cellpadding="4">
<tr><td><b>Profile</b></td><td>Removed</td></tr>
<tr><td><b>Phone numbers</b></td><td>Removed</td></tr>
<tr><td><b>Addresses</b></td><td>Removed</td></tr>
</table>
<p>Your information has been deleted from LumenRoster.</p>
<p>LumenRoster Privacy</p>"""))

R("en", "unsure", """Hello,

We removed the listing at 418 Alder Court, Santa Ana. The other listing you asked about, at 77 Birch Lane, Fresno, belongs to a different person with the same name, so it remains on our site.

SignalRoster Privacy""",
  subject="Re: Request to delete personal information", frm=SIGNAL, domains=SIGNAL_D,
  quoted=letter(P_ORTEGA, "SignalRoster", agent=True))


# == Spanish ========================================================================================

ENCUESTA = """¿Cómo calificaría la atención que recibió?

[Buena, estoy satisfecho]({base}/satisfaction/good?t={t}) [Mala, no estoy satisfecho]({base}/satisfaction/bad?t={t})"""

R("es", "confirmed", """##- Escriba su respuesta encima de esta línea -##

Su solicitud (#51902) ha sido resuelta. Para volver a abrirla, responda a este correo.

Lucía M. (Privacidad de NombreBusca)

Hola:

Gracias por su paciencia. Hemos eliminado su perfil y los dos domicilios que coincidían con los datos de su solicitud. Ya no aparecen en las búsquedas de NombreBusca y se borraron de nuestra base de datos.

Atentamente,
Equipo de Privacidad

""" + ENCUESTA.format(base="https://ayuda.nombrebusca.example/requests/51902", t="Hq2"),
  subject="[NombreBusca] Re: Solicitud de eliminación de datos (#51902)", frm=NOMBRE,
  domains="nombrebusca.example ayuda.nombrebusca.example", form="alt", to=CLINIC,
  quoted=carta(P_CRUZ, "NombreBusca"))

R("es", "unsure", """##- Escriba su respuesta encima de esta línea -##

Su solicitud (#51944) se ha marcado como resuelta. Para volver a abrirla, responda a este correo.

""" + ENCUESTA.format(base="https://ayuda.nombrebusca.example/requests/51944", t="Pz7"),
  subject="[NombreBusca] Solicitud #51944 resuelta", frm=NOMBRE,
  domains="nombrebusca.example ayuda.nombrebusca.example", form="alt", to=CLINIC)

R("es", "acknowledged", """Estimado cliente:

Gracias por comunicarse con VecinoInfo. Se ha creado su ticket.

Número de ticket: #30418
Asunto: Solicitud de eliminación de datos
Estado: Pendiente
Prioridad: Media

Nuestro equipo de privacidad le responderá en un plazo de 5 días hábiles. Puede consultar el estado de su ticket aquí: [Ver ticket](https://soporte.vecinoinfo.example/tickets/30418)

Saludos,
Soporte de VecinoInfo""",
  subject="Ticket recibido: Solicitud de eliminación de datos [#30418]", frm=VECINO,
  domains="vecinoinfo.example soporte.vecinoinfo.example", form="alt", to=CLINIC, charset="iso-8859-1")

R("es", "verify_link", """Hola:

Recibimos una solicitud para eliminar sus datos de NombreBusca. Una vez que verifique su correo electrónico, eliminaremos los perfiles que seleccionó en un plazo de 72 horas.

[Verificar mi solicitud](https://www.nombrebusca.example/bajas/verificar?c=N8-22KD&f=91b0)

Este enlace vence en 24 horas. Si vence, tendrá que empezar una nueva solicitud.

[Aviso de privacidad](https://www.nombrebusca.example/privacidad) | [Darse de baja de los correos](https://www.nombrebusca.example/correo/baja?u=9c2)""",
  subject="Verifique su solicitud de eliminación", frm=("NombreBusca", "no-responder@nombrebusca.example"),
  domains=NOMBRE_D, link="https://www.nombrebusca.example/bajas/verificar?c=N8-22KD&f=91b0", form="alt", to=CLINIC)

R("es", "acknowledged", """Estimada solicitante:

Recibimos su solicitud de eliminación de datos personales. Si encontramos algún registro que coincida con la información que nos dio, será eliminado en un plazo de 30 días. No le enviaremos otro aviso cuando terminemos la búsqueda.

Cumplimiento, Quill Records""",
  subject="Su solicitud de privacidad", frm=QUILL, domains=QUILL_D, to=CLINIC, quoted=carta(P_ORTEGA, "Quill Records"))

R("es", "refused", """Hola:

Buscamos "Maria Ruvalcaba" en nuestra base de datos y no encontramos ningún registro que coincida con su información. Por ahora no hay nada que eliminar.

Si cree que hay un perfil suyo en nuestro sitio, envíenos su dirección web.

Oficina de Privacidad, BrightLedger""",
  subject="Re: Solicitud de eliminación de datos", frm=LEDGER, domains=LEDGER_D, to=CLINIC,
  quoted=carta(P_ORTEGA, "BrightLedger"), charset="windows-1252", reason="no record")

R("es", "confirmed", """Hola:

Según nuestros registros, sus datos ya fueron eliminados el 3 de marzo de 2026, a raíz de una solicitud anterior. No queda información personal suya en nuestro buscador de personas.

No necesita hacer nada más.

Centro de Ayuda de CivicFile""",
  subject="Re: Solicitud de eliminación de datos", frm=CIVIC, domains=CIVIC_D, to=CLINIC, quoted=carta(P_CRUZ, "CivicFile"))

R("es", "refused", """A quien corresponda:

OpenHearth Data no es un corredor de datos (data broker). Ofrecemos software de administración a propietarios de viviendas y no vendemos información de consumidores. No estamos sujetos a la Ley de Privacidad del Consumidor de California respecto de los datos que menciona, por lo que no tomaremos ninguna medida.

Departamento Legal""",
  subject="Re: Solicitud de eliminación de datos", frm=HEARTH, domains=HEARTH_D, to=CLINIC,
  reason="not subject to the law", quoted=carta(P_ORTEGA, "OpenHearth Data"))

R("es", "needs_id", """Estimada solicitante:

Para tramitar una solicitud de eliminación necesitamos una declaración jurada notariada, firmada por usted ante notario, con su nombre completo, fecha de nacimiento y domicilio actual. Envíela por correo postal o como archivo adjunto a este mensaje. Sin ella no podemos continuar.

Cumplimiento, Quill Records""",
  subject="Documentación adicional requerida", frm=QUILL, domains=QUILL_D, to=CLINIC, quoted=carta(P_CRUZ, "Quill Records"))

R("es", "needs_info", """Hola:

Recibimos su solicitud en nombre de una consumidora. Para tramitarla necesitamos nuestro formulario de designación de agente autorizado firmado por ella. La carta de autorización que enviaron no está en nuestro formulario y no podemos aceptarla.

[Descargar el formulario de agente autorizado (PDF)](https://www.harborlookup.example/legal/formulario-agente-autorizado.pdf)

Devuelva el formulario completo y firmado respondiendo a este correo.

Soporte de HarborLookup""",
  subject="Re: Solicitud de eliminación de datos", frm=HARBOR, domains=HARBOR_D, form="alt", to=CLINIC,
  quoted=letter(P_ORTEGA, "HarborLookup", agent=True))

R("es", "needs_id", """Hola:

Para confirmar su domicilio necesitamos una copia de un recibo de luz, agua o gas de los últimos 60 días a su nombre, con su dirección actual. Puede tachar el número de cuenta y los importes.

Responda a este mensaje con el documento adjunto.

Equipo de Bajas de PeopleQuarry""",
  subject="Re: Solicitud de eliminación de datos", frm=QUARRY, domains=QUARRY_D, to=CLINIC,
  quoted=carta(P_ORTEGA, "PeopleQuarry"), cte="base64")

R("es", "refused", """Hola:

No tramitamos solicitudes de eliminación por correo electrónico. Para eliminar su perfil, inicie sesión en su cuenta en [lumenroster.example/cuenta](https://www.lumenroster.example/cuenta), vaya a Configuración > Privacidad y elija "Eliminar mi perfil". Usted misma puede borrarlo desde ahí.

Soporte de LumenRoster""",
  subject="Re: Solicitud de eliminación de datos", frm=("LumenRoster Soporte", "soporte@lumenroster.example"),
  domains=LUMEN_D, reason="self-service only", to=CLINIC, quoted=carta(P_ORTEGA, "LumenRoster"))

# r39: the opt-out's scope ('this request does not delete …'), no refusal: unsure (README, "Labels revisited (r39)")
R("es", "unsure", """Estimado consumidor:

Su solicitud de privacidad está completa. Hemos excluido sus datos personales de la venta y del intercambio con terceros para publicidad. Ya no venderemos ni compartiremos su información.

Esta solicitud no elimina la información que conservamos para prestar nuestros servicios.

Privacidad del Consumidor, DataTrove""",
  subject="Su solicitud de privacidad está completa", frm=TROVE, domains=TROVE_D, to=CLINIC,
  quoted=carta(P_CRUZ, "DataTrove"))

R("es", "acknowledged", """Hola:

Aprobamos su solicitud de eliminación. Sus datos serán eliminados de nuestros sistemas y copias de seguridad dentro de 90 días a partir de este aviso. No le enviaremos otro correo cuando termine.

Oficina de Privacidad, BrightLedger""",
  subject="Solicitud de eliminación aprobada", frm=LEDGER, domains=LEDGER_D, to=CLINIC, quoted=carta(P_ORTEGA, "BrightLedger"))

R("es", "refused", """Estimada solicitante:

No podemos eliminar los registros que indicó. CivicFile debe conservar los registros judiciales y de evaluación de inquilinos durante siete años para cumplir con sus obligaciones legales. Marcamos su expediente para que no reciba publicidad.

Centro de Ayuda de CivicFile""",
  subject="Re: Solicitud de eliminación de datos", frm=CIVIC, domains=CIVIC_D, to=CLINIC,
  reason="legal obligation to retain", quoted=carta(P_CRUZ, "CivicFile"))

R("es", "confirmed", "", subject="Actualización de su solicitud de privacidad (PR-90215)", frm=NOMBRE, domains=NOMBRE_D,
  form="html", to=CLINIC, html=page("""
<p>Hola:</p>
<p>Este es el estado actual de su solicitud.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Número de solicitud</th><td>PR-90215</td></tr>
<tr><th align="left">Tipo</th><td>Eliminación de datos</td></tr>
<tr><th align="left">Estado</th><td>Completada</td></tr>
<tr><th align="left">Fecha</th><td>16/10/2026</td></tr>
<tr><th align="left">Resultado</th><td>Perfil y domicilios eliminados</td></tr>
</table>
<p>Equipo de Privacidad de NombreBusca</p>"""))

R("es", "refused", "", subject="Actualización de su solicitud de privacidad (PR-90377)", frm=NOMBRE, domains=NOMBRE_D,
  form="html", to=CLINIC, reason="public records", html=page("""
<p>Hola:</p>
<p>Revisamos su solicitud.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Número de solicitud</th><td>PR-90377</td></tr>
<tr><th align="left">Tipo</th><td>Eliminación de datos</td></tr>
<tr><th align="left">Estado</th><td>Rechazada</td></tr>
<tr><th align="left">Motivo</th><td>La información proviene de registros públicos del gobierno y no se elimina.</td></tr>
</table>
<p>Equipo de Privacidad de NombreBusca</p>""", charset="iso-8859-1"), charset="iso-8859-1")

R("es", "confirmed", """Hola:

Vea abajo.

Saludos,
Andrés
Soporte de VecinoInfo""",
  subject="RV: Ticket #30502 eliminación", frm=VECINO, domains="vecinoinfo.example soporte.vecinoinfo.example", to=CLINIC,
  quoted_by="Operaciones de Privacidad VecinoInfo <privacidad@vecinoinfo.example>",
  quoted="""Ticket 30502: eliminación completada.

Se eliminaron el perfil y los dos domicilios de la persona indicada en la solicitud, tanto del sitio como del índice de búsqueda, el 21/10/2026. Quedó registrada para que no se vuelvan a importar.

Operaciones de Privacidad""")

R("es", "verify_link", """Hola:

Confirme que desea que VecinoInfo elimine sus datos personales. Los eliminaremos después de que confirme.

[Confirmar mi solicitud de eliminación](https://enlaces.vecinoinfo.example/ls/click?upn=v002.Hh71pQ-2BxR8m)

Si usted no hizo esta solicitud, no tiene que hacer nada.

Privacidad de VecinoInfo""",
  subject="Confirme su solicitud de eliminación", frm=("Privacidad VecinoInfo", "privacidad@vecinoinfo.example"),
  domains=VECINO_D, link="https://enlaces.vecinoinfo.example/ls/click?upn=v002.Hh71pQ-2BxR8m", form="alt", to=CLINIC)

R("es", "verify_link", """Hola:

Para terminar su baja de PeopleQuarry, confirme su solicitud con el botón de abajo.

[Confirmar baja](https://clk.mailpulse-stats.example/c/eJyFkM1OwzAQhF_F9hRr)

Después de confirmar, su perfil se eliminará en un plazo de 7 días.

[Cancelar suscripción](https://clk.mailpulse-stats.example/u/eJyFkM1OwzAQhF_F9hRx)""",
  subject="Confirme su baja de PeopleQuarry", frm=QUARRY, domains=QUARRY_D, to=CLINIC,
  link="https://clk.mailpulse-stats.example/c/eJyFkM1OwzAQhF_F9hRr", form="alt")

R("es", "needs_info", """Hola:

El enlace de verificación que le enviamos el 2 de octubre caducó: los enlaces solo son válidos durante 24 horas. Su solicitud de baja no se completó.

Para eliminar su perfil, envíe una nueva solicitud en [nuestra página de bajas](https://www.nombrebusca.example/bajas) y haga clic en el nuevo enlace dentro de las 24 horas.

NombreBusca""",
  subject="Su enlace de verificación caducó", frm=("NombreBusca", "no-responder@nombrebusca.example"),
  domains=NOMBRE_D, form="alt", to=CLINIC)

R("es", "bounce", """Este es un mensaje automático del servidor de correo mx.vecinoinfo.example.

No se pudo entregar su mensaje a uno o más destinatarios:

<bajas@vecinoinfo.example>: el buzón del destinatario está lleno (552 5.2.2).""",
  subject="Mensaje no entregado: Solicitud de eliminación de datos",
  frm=("Sistema de entrega de correo", "MAILER-DAEMON@mx.vecinoinfo.example"), domains=VECINO_D, form="bounce",
  to=CLINIC, quoted=carta(P_ORTEGA, "VecinoInfo"), charset="iso-8859-1",
  report=dict(mta="mx.vecinoinfo.example", rcpt="bajas@vecinoinfo.example", status="5.2.2",
              remote="mx.vecinoinfo.example", diag="552 5.2.2 Mailbox full", returned="message"))

R("es", "auto_reply", """Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 3 de noviembre, sin acceso al correo. Las solicitudes de privacidad se atenderán a mi regreso.

Para asuntos urgentes, escriba a legal@datatrove.example.

Rocío Ibarra
Privacidad, DataTrove""",
  subject="Respuesta automática: Solicitud de eliminación de datos", frm=("Rocío Ibarra", "ribarra@datatrove.example"),
  domains=TROVE_D, to=CLINIC, headers=(("Auto-Submitted", "auto-replied"),))

R("es", "needs_id", """Hola:

Todavía no pudimos completar su solicitud. No logramos verificar su identidad con los datos que nos dio. Responda con una copia de una identificación oficial con fotografía (licencia de conducir, identificación estatal o pasaporte) para continuar.

Equipo de Bajas de PeopleQuarry""",
  subject="Solicitud completada", frm=QUARRY, domains=QUARRY_D, to=CLINIC, quoted=carta(P_CRUZ, "PeopleQuarry"))

R("es", "confirmed", """Hola:

No es necesario que haga nada. Ya eliminamos la información personal que teníamos sobre usted y su perfil ya no aparece en nuestro sitio.

Privacidad de SignalRoster""",
  subject="Acción requerida: su solicitud de privacidad", frm=SIGNAL, domains=SIGNAL_D, to=CLINIC,
  quoted=carta(P_ORTEGA, "SignalRoster"))

R("es", "unsure", """Hola:

Localizamos y eliminamos el registro de María Ortega, de 71 años, con domicilio en Fresno, California, junto con el teléfono que aparecía en él.

Gracias por comunicarse con SignalRoster.""",
  subject="Re: Solicitud de eliminación de datos", frm=SIGNAL, domains=SIGNAL_D, to=CLINIC,
  quoted=carta(P_ORTEGA, "SignalRoster") + "\nNací en 1991 y vivo en Santa Ana, California.")

R("es", "extended", """Estimada solicitante:

Le escribimos sobre la solicitud de eliminación que recibimos el 29 de septiembre de 2026. Por el número y la complejidad de las solicitudes, necesitamos 45 días adicionales para responder, como lo permite la ley de California. Recibirá nuestra respuesta a más tardar el 27 de diciembre de 2026.

Oficina de Privacidad, BrightLedger""",
  subject="Actualización de su solicitud de privacidad", frm=LEDGER, domains=LEDGER_D, to=CLINIC,
  quoted=carta(P_CRUZ, "BrightLedger"))

R("es", "other", """Encuentre a cualquier persona en segundos.

Por tiempo limitado, obtenga un 50 % de descuento en el plan Pro de NombreBusca: búsquedas ilimitadas de personas, teléfonos y domicilios.

[Quiero mi descuento](https://www.nombrebusca.example/promo/otono50)

Recibe este correo porque se comunicó con NombreBusca. [Darse de baja](https://www.nombrebusca.example/correo/baja?u=3f1)""",
  subject="50 % de descuento en NombreBusca Pro, solo esta semana", frm=("NombreBusca", "ofertas@nombrebusca.example"),
  domains=NOMBRE_D, form="alt", to=CLINIC)

R("es", "acknowledged", """Hola / Hello,

Recibimos su solicitud de eliminación de datos. Número de referencia: PR-2026-120877. Le responderemos dentro de 45 días.

We received your deletion request. Reference number: PR-2026-120877. We will respond within 45 days.

Solicitudes de Privacidad / Privacy Requests
OpenHearth Data""",
  subject="Recibimos su solicitud / We received your request (PR-2026-120877)", frm=HEARTH, domains=HEARTH_D, to=CLINIC)

R("es", "confirmed", """Hola, ya quedó. Le reenvío la confirmación del sistema, que está en inglés:

Your personal information has been deleted from HarborLookup. Your profile, addresses and phone numbers no longer appear on our site.

Cualquier duda, me escribe.

Gabriela
Soporte de HarborLookup""",
  subject="Re: Solicitud de eliminación de datos", frm=HARBOR, domains=HARBOR_D, to=CLINIC,
  quoted=carta(P_CRUZ, "HarborLookup"))

R("es", "refused", """Estimado señor:

BizContactly solo tiene datos de contacto comerciales: nombres, cargos y correos de trabajo de profesionales, tomados de sitios web de empresas. Esta información se trata en un contexto entre empresas y queda fuera del alcance de su solicitud, por lo que no la eliminaremos.

Gobernanza de Datos""",
  subject="Su solicitud sobre BizContactly", frm=BIZ, domains=BIZ_D, to=CLINIC,
  reason="business contact data only", quoted=carta(P_CRUZ, "BizContactly"))

R("es", "verify_link", """##- Escriba su respuesta encima de esta línea -##

Hola:

Su solicitud #52107 espera su confirmación. Haga clic en el enlace de abajo para confirmar que desea eliminar sus datos. El enlace es válido durante 24 horas.

[Confirmar la eliminación](https://ayuda.nombrebusca.example/privacidad/confirmar/52107?token=QX4-77B)

¿Cambió de opinión? [Cancelar esta solicitud](https://ayuda.nombrebusca.example/privacidad/cancelar/52107?token=QX4-77B)

""" + ENCUESTA.format(base="https://ayuda.nombrebusca.example/requests/52107", t="Ty5"),
  subject="[NombreBusca] Su solicitud fue procesada (#52107)", frm=NOMBRE,
  domains="nombrebusca.example ayuda.nombrebusca.example", to=CLINIC,
  link="https://ayuda.nombrebusca.example/privacidad/confirmar/52107?token=QX4-77B", form="alt")


# == Portuguese =====================================================================================

PESSOA = ("Privacidade PessoaFácil", "privacidade@pessoafacil.example")
PESSOA_D = "pessoafacil.example"
P_SOUZA = "Ana Paula Souza Magalhães"

R("pt", "confirmed", """##- Digite sua resposta acima desta linha -##

Sua solicitação (#61220) foi resolvida. Para reabri-la, responda a este e-mail.

Olá,

Excluímos o seu perfil e os endereços e telefones ligados a ele. Eles não aparecem mais nas buscas da PessoaFácil e foram apagados da nossa base de dados.

Atenciosamente,
Equipe de Privacidade

Como você avalia o atendimento que recebeu?
[Bom, estou satisfeito](https://ajuda.pessoafacil.example/requests/61220/satisfaction/good) [Ruim, não estou satisfeito](https://ajuda.pessoafacil.example/requests/61220/satisfaction/bad)""",
  subject="[PessoaFácil] Re: Pedido de exclusão de dados (#61220)", frm=PESSOA,
  domains="pessoafacil.example ajuda.pessoafacil.example", form="alt", quoted=letter(P_SOUZA, "PessoaFácil", agent=True))

R("pt", "acknowledged", """Prezada,

Recebemos o seu pedido de exclusão. Se encontrarmos algum registro que corresponda aos seus dados, ele será excluído em até 30 dias. Não enviaremos outro aviso ao final da busca.

Equipe de Privacidade PessoaFácil""",
  subject="Seu pedido de privacidade", frm=PESSOA, domains=PESSOA_D, charset="iso-8859-1",
  quoted=letter(P_SOUZA, "PessoaFácil", agent=True))

R("pt", "refused", """Olá,

Pesquisamos "Ana Souza" na nossa base e não encontramos nenhum registro que corresponda às suas informações. No momento não há nada a excluir.

Se houver um perfil seu no nosso site, envie-nos o endereço da página.

Equipe de Privacidade PessoaFácil""",
  subject="Re: Pedido de exclusão de dados", frm=PESSOA, domains=PESSOA_D,
  quoted=letter(P_SOUZA, "PessoaFácil", agent=True), reason="no record")

R("pt", "needs_id", """Olá,

Para confirmar o seu endereço, precisamos de uma cópia de um comprovante de residência (conta de luz, água ou gás) dos últimos 60 dias, em seu nome. Responda a este e-mail com o documento em anexo.

Equipe de Privacidade PessoaFácil""",
  subject="Documento necessário para o seu pedido", frm=PESSOA, domains=PESSOA_D, cte="base64",
  quoted=letter(P_SOUZA, "PessoaFácil", agent=True))

R("pt", "verify_link", """Olá,

Recebemos um pedido para excluir seus dados da PessoaFácil. Depois que você confirmar, removeremos o seu perfil.

[Confirmar exclusão](https://www.pessoafacil.example/privacidade/confirmar?p=PF-5519&h=2ac4)

Este link é válido por 24 horas.

[Política de privacidade](https://www.pessoafacil.example/privacidade)""",
  subject="Confirme o seu pedido de exclusão", frm=("PessoaFácil", "nao-responda@pessoafacil.example"), domains=PESSOA_D,
  link="https://www.pessoafacil.example/privacidade/confirmar?p=PF-5519&h=2ac4", form="alt")

R("pt", "refused", """Prezados,

A OpenHearth Data não é uma corretora de dados. Fornecemos software a administradores de imóveis e não vendemos informações de consumidores. Não estamos sujeitos à lei citada na sua carta e não tomaremos nenhuma providência.

Departamento Jurídico""",
  subject="Re: Pedido de exclusão de dados", frm=HEARTH, domains=HEARTH_D, reason="not subject to the law",
  quoted=letter(P_SOUZA, "OpenHearth Data", agent=True))

R("pt", "auto_reply", """Obrigado pela sua mensagem. Estou fora do escritório até 4 de novembro, sem acesso ao e-mail. Responderei quando voltar.

Marcos Teixeira
Privacidade, PessoaFácil""",
  subject="Resposta automática: Pedido de exclusão de dados", frm=("Marcos Teixeira", "mteixeira@pessoafacil.example"),
  domains=PESSOA_D, headers=(("Auto-Submitted", "auto-replied"),))

# r39: the opt-out's scope ('this request does not delete …'), no refusal: unsure (README, "Labels revisited (r39)")
R("pt", "unsure", """Prezada consumidora,

Seu pedido de privacidade foi concluído. Desativamos a venda e o compartilhamento dos seus dados pessoais com terceiros. Este pedido não exclui as informações que mantemos para prestar nossos serviços.

Privacidade do Consumidor, DataTrove""",
  subject="Seu pedido de privacidade foi concluído", frm=TROVE, domains=TROVE_D,
  quoted=letter(P_SOUZA, "DataTrove", agent=True))


# == Haitian Creole =================================================================================

R("ht", "confirmed", """Bonjou,

Nou efase tout enfòmasyon pèsonèl nou te genyen sou ou nan sistèm nou an. Pwofil ou a pa parèt sou sit nou an ankò.

Ekip Vi Prive CivicFile""",
  subject="Demann ou an fini", frm=CIVIC, domains=CIVIC_D, quoted=letter(P_PIERRE, "CivicFile", agent=True))

R("ht", "acknowledged", """Bonjou,

Nou resevwa demann ou an. Si nou jwenn yon dosye ki koresponn ak enfòmasyon ou yo, n ap efase l nan 30 jou. Nou p ap voye lòt mesaj lè rechèch la fini.

Quill Records""",
  subject="Demann vi prive ou an", frm=QUILL, domains=QUILL_D, quoted=letter(P_PIERRE, "Quill Records", agent=True))

R("ht", "refused", """Bonjou,

Nou chèche "Wislande Pierre" nan baz done nou an epi nou pa jwenn okenn dosye ki koresponn ak enfòmasyon ou yo. Pa gen anyen pou nou efase kounye a.

BrightLedger""",
  subject="Re: Demann pou efase enfòmasyon", frm=LEDGER, domains=LEDGER_D, quoted=letter(P_PIERRE, "BrightLedger", agent=True), reason="no record")

R("ht", "needs_id", """Bonjou,

Pou nou ka konfime adrès ou, voye yon kopi yon bòdwo kouran, dlo oswa gaz ki gen non ou ak adrès ou kounye a, ki pa gen plis pase 60 jou. Reponn imèl sa a ak dokiman an.

Ekip PeopleQuarry""",
  subject="Nou bezwen yon dokiman", frm=QUARRY, domains=QUARRY_D, quoted=letter(P_PIERRE, "PeopleQuarry", agent=True))

R("ht", "verify_link", """Bonjou,

Nou resevwa yon demann pou efase enfòmasyon ou nan LumenRoster. Klike sou lyen sa a pou konfime demann lan; apre sa n ap retire pwofil ou a.

[Konfime demann lan](https://www.lumenroster.example/privacy/verify?req=HT-3308&sig=77f0a1)

Lyen an valab pou 24 èdtan sèlman.""",
  subject="Konfime demann ou an", frm=LUMEN, domains=LUMEN_D,
  link="https://www.lumenroster.example/privacy/verify?req=HT-3308&sig=77f0a1", form="alt")


# == French =========================================================================================

R("fr", "confirmed", """Bonjour,

D'après nos dossiers, vos données ont déjà été supprimées le 3 mars 2026, à la suite d'une demande précédente. Nous ne conservons plus aucune information personnelle vous concernant.

Aucune autre démarche n'est nécessaire.

Service Confidentialité, CivicFile""",
  subject="Re: Demande de suppression de données", frm=CIVIC, domains=CIVIC_D, charset="iso-8859-1",
  quoted=letter(P_PIERRE, "CivicFile", agent=True))

R("fr", "refused", """Madame, Monsieur,

BizContactly ne détient que des données de contact professionnelles (nom, fonction, adresse électronique professionnelle) issues de sites d'entreprises. Ce traitement relève d'un contexte interentreprises et n'entre pas dans le champ de votre demande. Nous ne supprimerons donc pas cette fiche.

Gouvernance des données""",
  subject="Votre demande concernant BizContactly", frm=BIZ, domains=BIZ_D, reason="business contact data only",
  charset="windows-1252", quoted=letter(P_PIERRE, "BizContactly", agent=True))

R("fr", "needs_id", """Madame, Monsieur,

Avant de donner suite à une demande présentée par un mandataire, nous exigeons une déclaration sous serment certifiée par un notaire, signée par la personne concernée, indiquant son nom complet, sa date de naissance et son adresse actuelle.

Service Conformité, Quill Records""",
  subject="Pièce justificative requise", frm=QUILL, domains=QUILL_D, quoted=letter(P_PIERRE, "Quill Records", agent=True))

R("fr", "auto_reply", """Bonjour,

Je suis absente du bureau jusqu'au 2 novembre inclus et je n'aurai pas accès à ma messagerie. Votre message sera traité à mon retour.

Claire Dubois-Lefèvre
Déléguée à la protection des données""",
  subject="Réponse automatique : Demande de suppression de données", frm=("Claire Dubois-Lefèvre", "cdubois@brightledger.example"),
  domains=LEDGER_D, headers=(("Auto-Submitted", "auto-replied"),))

R("fr", "bounce", """Ceci est un message automatique du serveur mx.signalroster.example.

Votre message n'a pas pu être remis au destinataire suivant :

<confidentialite@signalroster.example> : adresse introuvable (550 5.1.1 utilisateur inconnu).""",
  subject="Non remis : Demande de suppression de données", frm=("Système de messagerie", "MAILER-DAEMON@mx.signalroster.example"),
  domains=SIGNAL_D, form="bounce", quoted=letter(P_PIERRE, "SignalRoster", agent=True), charset="iso-8859-1",
  report=dict(mta="mx.signalroster.example", rcpt="confidentialite@signalroster.example", status="5.1.1",
              remote="mx.signalroster.example", diag="550 5.1.1 User unknown", returned="headers"))


# == Vietnamese =====================================================================================

R("vi", "confirmed", """##- Vui lòng nhập câu trả lời phía trên dòng này -##

Yêu cầu (#48590) của quý vị đã được giải quyết.

Xin chào,

Chúng tôi đã xóa hồ sơ của quý vị cùng với địa chỉ và số điện thoại liên quan. Hồ sơ không còn xuất hiện trên KinSeek.

Nhóm Quyền riêng tư KinSeek

Quý vị đánh giá dịch vụ hỗ trợ như thế nào?
[Tốt](https://support.kinseek.example/requests/48590/satisfaction/good) [Không tốt](https://support.kinseek.example/requests/48590/satisfaction/bad)""",
  subject="[KinSeek] Yêu cầu #48590 đã được giải quyết", frm=KINSEEK, domains=KINSEEK_D, form="alt",
  quoted=letter(P_NGUYEN, "KinSeek", agent=True))

R("vi", "verify_link", """Xin chào,

Sau khi quý vị xác minh yêu cầu, chúng tôi sẽ xóa hồ sơ của quý vị khỏi TraceLane.

[Xác minh yêu cầu](https://links.tracelane.example/ls/click?upn=u001.Vn42xT-2BmQ9)

Liên kết có hiệu lực trong 24 giờ.""",
  subject="Vui lòng xác minh yêu cầu xóa dữ liệu", frm=("TraceLane Privacy", "privacy@tracelane.example"),
  domains=TRACELANE_D, link="https://links.tracelane.example/ls/click?upn=u001.Vn42xT-2BmQ9", form="alt")

R("vi", "refused", """Xin chào,

Chúng tôi đã tìm "Nhung Nguyen" trong cơ sở dữ liệu và không tìm thấy hồ sơ nào khớp với thông tin của quý vị. Hiện không có gì để xóa.

BrightLedger""",
  subject="Về yêu cầu xóa dữ liệu", frm=LEDGER, domains=LEDGER_D, cte="base64", quoted=letter(P_NGUYEN, "BrightLedger", agent=True), reason="no record")

# r39: the opt-out's scope ('this request does not delete …'), no refusal: unsure (README, "Labels revisited (r39)")
R("vi", "unsure", """Kính gửi quý vị,

Yêu cầu của quý vị đã hoàn tất: chúng tôi đã ngừng bán và chia sẻ thông tin cá nhân của quý vị. Yêu cầu này không xóa thông tin mà chúng tôi lưu giữ.

DataTrove""",
  subject="Yêu cầu của quý vị đã hoàn tất", frm=TROVE, domains=TROVE_D,
  quoted=letter(P_NGUYEN, "DataTrove", agent=True))

R("vi", "auto_reply", """Cảm ơn quý vị đã liên hệ. Tôi đang nghỉ phép đến ngày 5 tháng 11 và sẽ trả lời khi quay lại.

Trần Minh Khoa""",
  subject="Trả lời tự động: Yêu cầu xóa dữ liệu", frm=("Trần Minh Khoa", "tmkhoa@harborlookup.example"),
  domains=HARBOR_D, headers=(("Auto-Submitted", "auto-replied"),))


# == Chinese ========================================================================================

R("zh", "confirmed", """您好：

我们已删除您的全部个人信息，包括您的档案、地址和电话号码。您的资料已不再显示在我们的网站上。

KinSeek 隐私团队""",
  subject="您的删除请求已完成", frm=KINSEEK, domains=KINSEEK_D, charset="gb2312",
  quoted=letter("Chen Meiling (陈美玲)", "KinSeek", agent=True))

R("zh", "acknowledged", """您好：

我们已收到您的删除请求。如果我们找到与您信息相符的记录，将在30天内删除。搜索完成后我们不会另行通知。

Quill Records 合规部""",
  subject="关于您的隐私请求", frm=QUILL, domains=QUILL_D, charset="gbk",
  quoted=letter("Chen Meiling (陈美玲)", "Quill Records", agent=True))

R("zh", "refused", """您好：

我們在資料庫中搜尋了「Shufen Lin」，沒有找到與您資料相符的紀錄。目前沒有需要刪除的資料。

BrightLedger 隱私辦公室""",
  subject="回覆：刪除個人資料請求", frm=LEDGER, domains=LEDGER_D, charset="big5",
  quoted=letter("Lin Shu-fen (林淑芬)", "BrightLedger", agent=True), reason="no record")

R("zh", "needs_id", """您好：

在处理代理人提交的删除请求之前，我们需要由本人签署并经公证的身份声明书，写明全名、出生日期和现住址。收到后我们才会继续处理。

Quill Records 合规部""",
  subject="需要补充材料", frm=QUILL, domains=QUILL_D, quoted=letter("Chen Meiling (陈美玲)", "Quill Records", agent=True))

R("zh", "verify_link", """您好：

我们收到了从 LumenRoster 删除您信息的请求。请点击下面的链接确认，确认后我们将删除您的资料。

[确认删除请求](https://www.lumenroster.example/privacy/verify?req=ZH-6120&sig=3b8e55)

此链接24小时内有效。""",
  subject="请确认您的删除请求", frm=LUMEN, domains=LUMEN_D,
  link="https://www.lumenroster.example/privacy/verify?req=ZH-6120&sig=3b8e55", form="alt")


# == Korean =========================================================================================

R("ko", "confirmed", """안녕하세요.

요청하신 개인정보를 모두 삭제하였습니다. 고객님의 프로필과 주소, 전화번호는 더 이상 저희 사이트에 표시되지 않습니다.

SignalRoster 개인정보팀""",
  subject="개인정보 삭제 요청 처리 완료", frm=SIGNAL, domains=SIGNAL_D, charset="euc-kr",
  quoted=letter("Park Ji-yeon (박지연)", "SignalRoster", agent=True))

R("ko", "needs_info", """안녕하세요.

대리인을 통한 요청을 처리하려면 본인이 서명한 저희 대리인 위임 양식이 필요합니다. 보내주신 위임장은 저희 양식이 아니므로 받을 수 없습니다.

[대리인 위임 양식 내려받기](https://www.harborlookup.example/legal/authorized-agent-form-ko.pdf)

작성하고 서명한 양식을 이 메일에 회신으로 보내 주십시오.""",
  subject="추가 서류 요청", frm=HARBOR, domains=HARBOR_D, form="alt",
  quoted=letter("Park Ji-yeon (박지연)", "HarborLookup", agent=True))

R("ko", "refused", """안녕하세요.

고객님의 요청은 개인정보 판매 및 공유 거부로 처리되었습니다. 저희가 보유한 정보는 삭제되지 않았습니다.

DataTrove 개인정보팀""",
  subject="개인정보 요청 처리 완료", frm=TROVE, domains=TROVE_D, charset="euc-kr", reason="opted out of sale only",
  quoted=letter("Park Ji-yeon (박지연)", "DataTrove", agent=True))

R("ko", "auto_reply", """안녕하세요. 저는 11월 3일까지 부재중입니다. 복귀 후 답변드리겠습니다.

김민수""",
  subject="자동 응답: 개인정보 삭제 요청", frm=("김민수", "mskim@kinseek.example"), domains=KINSEEK_D,
  headers=(("Auto-Submitted", "auto-replied"),))


# == Tagalog ========================================================================================

P_SANTOS = "Maricel Dela Peña Santos"

R("tl", "confirmed", """Magandang araw,

Nabura na namin ang inyong profile pati ang inyong mga address at numero ng telepono. Hindi na ito makikita sa aming site.

CivicFile Help Center""",
  subject="Tapos na ang inyong kahilingan", frm=CIVIC, domains=CIVIC_D, quoted=letter(P_SANTOS, "CivicFile", agent=True))

R("tl", "acknowledged", """Magandang araw,

Natanggap namin ang inyong kahilingan. Kung may makita kaming rekord na tugma sa inyong impormasyon, buburahin namin ito sa loob ng 30 araw. Hindi na kami magpapadala ng isa pang abiso.

Quill Records""",
  subject="Ang inyong kahilingan sa privacy", frm=QUILL, domains=QUILL_D, quoted=letter(P_SANTOS, "Quill Records", agent=True))

R("tl", "needs_id", """Magandang araw,

Para makumpirma ang inyong address, kailangan namin ng kopya ng utility bill (kuryente, tubig o gas) sa inyong pangalan na hindi lalampas ng 60 araw. Sumagot sa email na ito at ilakip ang dokumento.

PeopleQuarry""",
  subject="Kailangan namin ng dokumento", frm=QUARRY, domains=QUARRY_D, quoted=letter(P_SANTOS, "PeopleQuarry", agent=True))

R("tl", "refused", """Magandang araw,

Hindi kami nagpoproseso ng kahilingan sa pagbura sa pamamagitan ng email. Mag-log in sa inyong account sa [lumenroster.example/account](https://www.lumenroster.example/account) at burahin ninyo mismo ang inyong profile sa Settings > Privacy.

LumenRoster Support""",
  subject="Re: Kahilingan sa pagbura ng impormasyon", frm=("LumenRoster Support", "support@lumenroster.example"),
  domains=LUMEN_D, reason="self-service only", quoted=letter(P_SANTOS, "LumenRoster", agent=True))


# == Arabic =========================================================================================

P_HADDAD = "Fatima Al-Haddad (فاطمة الحداد)"

R("ar", "confirmed", """مرحباً،

لقد حذفنا جميع بياناتك الشخصية من أنظمتنا، بما في ذلك ملفك الشخصي وعناوينك وأرقام هاتفك. لم تعد تظهر على موقعنا.

فريق الخصوصية في KinSeek""",
  subject="تم تنفيذ طلب الحذف", frm=KINSEEK, domains=KINSEEK_D, charset="windows-1256", form="alt", rtl=True,
  quoted=letter(P_HADDAD, "KinSeek", agent=True))

R("ar", "refused", """مرحباً،

بحثنا في قاعدة بياناتنا عن "Fatima Haddad" ولم نعثر على أي سجل يطابق معلوماتك. لا يوجد ما نحذفه في الوقت الحالي.

BrightLedger""",
  subject="بخصوص طلب حذف البيانات", frm=LEDGER, domains=LEDGER_D, form="html", rtl=True,
  quoted=letter(P_HADDAD, "BrightLedger", agent=True), reason="no record")

R("ar", "needs_id", """مرحباً،

قبل معالجة طلب مقدّم من وكيل، نطلب إقراراً مشفوعاً باليمين وموثقاً لدى كاتب العدل، موقّعاً من صاحبة البيانات، يتضمن اسمها الكامل وتاريخ ميلادها وعنوانها الحالي.

قسم الامتثال، Quill Records""",
  subject="مستندات إضافية مطلوبة", frm=QUILL, domains=QUILL_D, charset="iso-8859-6",
  quoted=letter(P_HADDAD, "Quill Records", agent=True))

R("ar", "bounce", """هذه رسالة آلية من خادم البريد mx.datatrove.example.

تعذر تسليم رسالتك إلى المستلم التالي:

<privacy-ar@datatrove.example>: صندوق البريد غير موجود (550 5.1.1).""",
  subject="تعذر التسليم: طلب حذف البيانات", frm=("نظام تسليم البريد", "MAILER-DAEMON@mx.datatrove.example"),
  domains=TROVE_D, form="bounce", quoted=letter(P_HADDAD, "DataTrove", agent=True),
  report=dict(mta="mx.datatrove.example", rcpt="privacy-ar@datatrove.example", status="5.1.1",
              remote="mx.datatrove.example", diag="550 5.1.1 No such user", returned="message"))


# == Russian ========================================================================================

R("ru", "refused", """Здравствуйте!

OpenHearth Data не является брокером данных. Мы предоставляем программное обеспечение управляющим компаниям и не продаём сведения о потребителях. Указанный в вашем письме закон на нас не распространяется, поэтому мы не будем выполнять этот запрос.

Юридический отдел""",
  subject="Ответ на запрос об удалении данных", frm=HEARTH, domains=HEARTH_D, charset="koi8-r",
  reason="not subject to the law", quoted=letter("Dmitri Sokolov", "OpenHearth Data", agent=True))

R("ru", "confirmed", """Здравствуйте!

По нашим данным, ваши сведения уже были удалены 3 марта 2026 года по предыдущему запросу. Никакой личной информации о вас у нас не осталось.

Служба поддержки CivicFile""",
  subject="Re: Запрос об удалении данных", frm=CIVIC, domains=CIVIC_D, charset="windows-1251",
  quoted=letter("Dmitri Sokolov", "CivicFile", agent=True))

R("ru", "bounce", """Это автоматическое сообщение почтового сервера mx.harborlookup.example.

Ваше сообщение не может быть доставлено получателю:

<support-ru@harborlookup.example>: почтовый ящик переполнен (552 5.2.2).""",
  subject="Сообщение не доставлено: запрос об удалении данных",
  frm=("Почтовая система", "MAILER-DAEMON@mx.harborlookup.example"), domains=HARBOR_D, form="bounce",
  quoted=letter("Dmitri Sokolov", "HarborLookup", agent=True), charset="koi8-r",
  report=dict(mta="mx.harborlookup.example", rcpt="support-ru@harborlookup.example", status="5.2.2",
              remote="mx.harborlookup.example", diag="552 5.2.2 Mailbox full", returned="headers"))


# == Ukrainian ======================================================================================

P_PETRENKO = "Oksana Petrenko (Оксана Петренко)"

R("uk", "verify_link", """Вітаємо!

Ми отримали запит на видалення ваших даних із PeopleQuarry. Після того як ви підтвердите запит, ми видалимо ваш профіль.

[Підтвердити запит](https://www.peoplequarry.example/optout/confirm?c=UA-2281&s=e90d)

Посилання дійсне протягом 24 годин.""",
  subject="Підтвердьте запит на видалення", frm=QUARRY, domains=QUARRY_D,
  link="https://www.peoplequarry.example/optout/confirm?c=UA-2281&s=e90d", form="alt")

R("uk", "acknowledged", """Вітаємо!

Ми отримали ваш запит. Якщо ми знайдемо запис, що відповідає вашим даним, його буде видалено протягом 30 днів. Окремого повідомлення ми не надсилатимемо.

Quill Records""",
  subject="Ваш запит щодо персональних даних", frm=QUILL, domains=QUILL_D, charset="windows-1251",
  quoted=letter(P_PETRENKO, "Quill Records", agent=True))

R("uk", "needs_id", """Вітаємо!

Щоб підтвердити вашу адресу, надішліть копію рахунку за комунальні послуги (електрика, вода або газ) на ваше ім'я за останні 60 днів. Дайте відповідь на цей лист і додайте документ.

PeopleQuarry""",
  subject="Потрібен документ", frm=QUARRY, domains=QUARRY_D, quoted=letter(P_PETRENKO, "PeopleQuarry", agent=True))


# == Somali =========================================================================================

R("so", "confirmed", """Salaan,

Waxaan tirtirnay dhammaan macluumaadkaaga shakhsiyeed ee aan haysanay, oo ay ku jiraan cinwaannadaada iyo lambarrada taleefankaaga. Kuma muuqdaan boggayaga mar dambe.

Kooxda Sirta ee SignalRoster""",
  subject="Codsigaaga waa la dhammaystiray", frm=SIGNAL, domains=SIGNAL_D, quoted=letter(P_WARSAME, "SignalRoster", agent=True))

R("so", "unsure", """Salaan,

Waxaan ka raadinnay "Hodan Warsame" keydkayaga mana helin wax diiwaan ah oo ku habboon macluumaadkaaga. Hadda wax la tirtiro ma jiraan.

BrightLedger""",
  subject="Ku saabsan codsiga tirtirka", frm=LEDGER, domains=LEDGER_D, quoted=letter(P_WARSAME, "BrightLedger", agent=True))

R("so", "auto_reply", """Mahadsanid fariintaada. Xafiiska kama joogo ilaa 6da Noofembar. Waan kuu jawaabi doonaa marka aan soo laabto.

Cabdi Nuur""",
  subject="Jawaab toos ah: Codsiga tirtirka", frm=("Cabdi Nuur", "cnuur@peoplequarry.example"), domains=QUARRY_D,
  headers=(("Auto-Submitted", "auto-replied"),))


# == Persian and Dari ===============================================================================

R("fa", "confirmed", """با سلام،

همه اطلاعات شخصی شما، از جمله نمایه، نشانی‌ها و شماره تلفن‌هایتان، را از سامانه‌های خود حذف کردیم. این اطلاعات دیگر در وب‌سایت ما نمایش داده نمی‌شود.

تیم حریم خصوصی KinSeek""",
  subject="درخواست حذف شما انجام شد", frm=KINSEEK, domains=KINSEEK_D, form="alt", rtl=True,
  quoted=letter("Zahra Hosseini (زهرا حسینی)", "KinSeek", agent=True))

R("fa", "needs_id", """با سلام،

پیش از رسیدگی به درخواستی که وکیل ارسال کرده است، به یک سوگندنامه محضری نیاز داریم که صاحب اطلاعات امضا کرده باشد و نام کامل، تاریخ تولد و نشانی فعلی او را داشته باشد.

بخش انطباق Quill Records""",
  subject="مدارک بیشتر لازم است", frm=QUILL, domains=QUILL_D, cte="base64",
  quoted=letter("Zahra Hosseini (زهرا حسینی)", "Quill Records", agent=True))

R("fa", "acknowledged", """سلام،

درخواست شما را دریافت کردیم. اگر ریکاردی مطابق معلومات شما پیدا کنیم، در ظرف ۳۰ روز حذف خواهد شد. بعد از ختم جستجو پیام دیگری نمی‌فرستیم.

Quill Records""",
  subject="درخواست حریم خصوصی شما", frm=QUILL, domains=QUILL_D,
  quoted=letter("Farid Ahmadi (فرید احمدی)", "Quill Records", agent=True))


# == Pashto =========================================================================================

R("ps", "confirmed", """سلام،

موږ ستاسو ټول شخصي معلومات، ستاسو پتې او د تلیفون شمېرې، له خپل سیسټم څخه پاک کړل. دا معلومات نور زموږ په وېبپاڼه کې نه ښکاري.

CivicFile""",
  subject="ستاسو غوښتنه بشپړه شوه", frm=CIVIC, domains=CIVIC_D,
  quoted=letter("Gul Ahmad Zadran (ګل احمد ځدراڼ)", "CivicFile", agent=True))

R("ps", "needs_id", """سلام،

ستاسو د غوښتنې د پرمخ وړلو لپاره، مهرباني وکړئ د خپل دولتي پېژندپاڼې (تذکرې یا پاسپورټ) یوه کاپي راولېږئ. تر هغه چې دا سند ترلاسه نه کړو، هېڅ معلومات نه پاکوو.

PeopleQuarry""",
  subject="سند ته اړتیا ده", frm=QUARRY, domains=QUARRY_D,
  quoted=letter("Gul Ahmad Zadran (ګل احمد ځدراڼ)", "PeopleQuarry", agent=True))


# == Urdu ===========================================================================================

R("ur", "refused", """السلام علیکم،

اوپن ہارتھ ڈیٹا کوئی ڈیٹا بروکر نہیں ہے۔ ہم صارفین کی معلومات فروخت نہیں کرتے، اور آپ کے خط میں بیان کردہ قانون ہم پر لاگو نہیں ہوتا۔ اس لیے ہم اس درخواست پر کوئی کارروائی نہیں کریں گے۔

قانونی شعبہ""",
  subject="ڈیٹا حذف کرنے کی درخواست کا جواب", frm=HEARTH, domains=HEARTH_D, reason="not subject to the law",
  quoted=letter("Ayesha Siddiqui (عائشہ صدیقی)", "OpenHearth Data", agent=True))

R("ur", "verify_link", """السلام علیکم،

ہمیں آپ کی معلومات حذف کرنے کی درخواست موصول ہوئی ہے۔ تصدیق کے بعد ہم آپ کا پروفائل ہٹا دیں گے۔

[درخواست کی تصدیق کریں](https://www.signalroster.example/privacy/confirm?r=SR-5902&k=41ac)

یہ لنک 24 گھنٹے کے لیے درست ہے۔""",
  subject="اپنی درخواست کی تصدیق کریں", frm=SIGNAL, domains=SIGNAL_D, form="alt", rtl=True,
  link="https://www.signalroster.example/privacy/confirm?r=SR-5902&k=41ac")


# == Bengali ========================================================================================

R("bn", "confirmed", """নমস্কার,

আমরা আপনার সমস্ত ব্যক্তিগত তথ্য, আপনার ঠিকানা ও ফোন নম্বরসহ, আমাদের সিস্টেম থেকে মুছে ফেলেছি। এগুলি আর আমাদের ওয়েবসাইটে দেখা যাবে না।

HarborLookup সাপোর্ট""",
  subject="আপনার অনুরোধ সম্পন্ন হয়েছে", frm=HARBOR, domains=HARBOR_D,
  quoted=letter("Rahim Uddin Chowdhury", "HarborLookup", agent=True))

R("bn", "refused", """নমস্কার,

আমরা আমাদের ডেটাবেসে "Rahim Chowdhury" খুঁজেছি এবং আপনার তথ্যের সাথে মেলে এমন কোনো রেকর্ড খুঁজে পাইনি। এই মুহূর্তে মুছে ফেলার মতো কিছু নেই।

BrightLedger""",
  subject="তথ্য মুছে ফেলার অনুরোধ সম্পর্কে", frm=LEDGER, domains=LEDGER_D, cte="base64",
  quoted=letter("Rahim Uddin Chowdhury", "BrightLedger", agent=True), reason="no record")


# == Punjabi ========================================================================================

R("pa", "needs_id", """ਸਤ ਸ੍ਰੀ ਅਕਾਲ,

ਤੁਹਾਡਾ ਪਤਾ ਪੱਕਾ ਕਰਨ ਲਈ ਸਾਨੂੰ ਤੁਹਾਡੇ ਨਾਮ 'ਤੇ ਪਿਛਲੇ 60 ਦਿਨਾਂ ਦੇ ਬਿਜਲੀ, ਪਾਣੀ ਜਾਂ ਗੈਸ ਦੇ ਬਿੱਲ ਦੀ ਕਾਪੀ ਚਾਹੀਦੀ ਹੈ। ਇਸ ਈਮੇਲ ਦਾ ਜਵਾਬ ਦਸਤਾਵੇਜ਼ ਨਾਲ ਭੇਜੋ।

PeopleQuarry""",
  subject="ਦਸਤਾਵੇਜ਼ ਦੀ ਲੋੜ ਹੈ", frm=QUARRY, domains=QUARRY_D,
  quoted=letter("Harpreet Kaur Sandhu", "PeopleQuarry", agent=True))

R("pa", "acknowledged", """ਸਤ ਸ੍ਰੀ ਅਕਾਲ,

ਅਸੀਂ ਤੁਹਾਡੀ ਡਾਟਾ ਮਿਟਾਉਣ ਦੀ ਬੇਨਤੀ ਪ੍ਰਾਪਤ ਕਰ ਲਈ ਹੈ। ਹਵਾਲਾ ਨੰਬਰ: PR-2026-121530। ਅਸੀਂ 45 ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਵਾਂਗੇ।

OpenHearth Data""",
  subject="ਤੁਹਾਡੀ ਬੇਨਤੀ ਪ੍ਰਾਪਤ ਹੋਈ (PR-2026-121530)", frm=HEARTH, domains=HEARTH_D)


# == Swahili ========================================================================================

R("sw", "confirmed", """Habari,

Tumefuta taarifa zako zote binafsi tulizokuwa nazo, pamoja na anwani zako na namba zako za simu. Hazionekani tena kwenye tovuti yetu.

Timu ya Faragha, CivicFile""",
  subject="Ombi lako limekamilika", frm=CIVIC, domains=CIVIC_D, quoted=letter("Amina Wanjiru Kamau", "CivicFile", agent=True))

R("sw", "refused", """Habari,

Ombi lako limeshughulikiwa kama ombi la kusitisha uuzaji na ushirikishaji wa taarifa zako. Hatutauza tena taarifa zako, lakini hatukuzifuta.

DataTrove""",
  subject="Ombi lako la faragha", frm=TROVE, domains=TROVE_D, reason="opted out of sale only",
  quoted=letter("Amina Wanjiru Kamau", "DataTrove", agent=True))


# == Tigrinya =======================================================================================

R("ti", "acknowledged", """ሰላም፣

ሕቶኹም ተቐቢልናዮ ኣለና። ቁጽሪ መወከሲ: PR-2026-121644። ኣብ ውሽጢ 45 መዓልቲ ክንምልሰልኩም ኢና።

OpenHearth Data""",
  subject="ሕቶኹም በጺሑና (PR-2026-121644)", frm=HEARTH, domains=HEARTH_D)

R("ti", "confirmed", """ሰላም፣

ኩሉ ውልቃዊ ሓበሬታኹም፣ ኣድራሻታትኩምን ቁጽሪ ተሌፎንኩምን ሓዊሱ፣ ካብ መዝገብና ደምሲስናዮ ኣለና። ኣብ መርበብና ድሕሪ ሕጂ ኣይርአን እዩ።

KinSeek""",
  subject="ሕቶኹም ተፈጺሙ", frm=KINSEEK, domains=KINSEEK_D,
  quoted=letter("Selam Tesfaye Gebremedhin", "KinSeek", agent=True))


# == Burmese ========================================================================================

R("my", "confirmed", """မင်္ဂလာပါ၊

သင့်လိပ်စာများနှင့် ဖုန်းနံပါတ်များ အပါအဝင် သင့်ကိုယ်ရေးအချက်အလက်အားလုံးကို ကျွန်ုပ်တို့စနစ်မှ ဖျက်ပြီးပါပြီ။ ကျွန်ုပ်တို့ဝက်ဘ်ဆိုက်တွင် မပေါ်တော့ပါ။

SignalRoster""",
  subject="သင့်တောင်းဆိုချက် ပြီးဆုံးပါပြီ", frm=SIGNAL, domains=SIGNAL_D,
  quoted=letter("Aung Ko Ko Myint", "SignalRoster", agent=True))

R("my", "needs_id", """မင်္ဂလာပါ၊

သင့်တောင်းဆိုချက်ကို ဆောင်ရွက်ရန် သင့်မှတ်ပုံတင် သို့မဟုတ် နိုင်ငံကူးလက်မှတ် မိတ္တူကို ဤအီးမေးလ်သို့ ပြန်ပို့ပေးပါ။ ထိုစာရွက်စာတမ်း မရမချင်း မည်သည့်အချက်အလက်ကိုမျှ မဖျက်ပါ။

PeopleQuarry""",
  subject="စာရွက်စာတမ်း လိုအပ်ပါသည်", frm=QUARRY, domains=QUARRY_D,
  quoted=letter("Aung Ko Ko Myint", "PeopleQuarry", agent=True))


# == Khmer ==========================================================================================

R("km", "unsure", """សួស្តី

យើងបានស្វែងរក "Sokha Chan" នៅក្នុងមូលដ្ឋានទិន្នន័យរបស់យើង ហើយមិនបានរកឃើញកំណត់ត្រាណាមួយដែលត្រូវនឹងព័ត៌មានរបស់អ្នកទេ។ បច្ចុប្បន្ននេះ គ្មានអ្វីត្រូវលុបទេ។

BrightLedger""",
  subject="អំពីសំណើលុបទិន្នន័យ", frm=LEDGER, domains=LEDGER_D, quoted=letter("Chan Sokha", "BrightLedger", agent=True))

R("km", "confirmed", """សួស្តី

យើងបានលុបព័ត៌មានផ្ទាល់ខ្លួនរបស់អ្នកទាំងអស់ រួមទាំងអាសយដ្ឋាន និងលេខទូរស័ព្ទរបស់អ្នក ចេញពីប្រព័ន្ធរបស់យើងហើយ។ វាលែងបង្ហាញនៅលើគេហទំព័ររបស់យើងទៀតហើយ។

HarborLookup""",
  subject="សំណើរបស់អ្នកត្រូវបានបញ្ចប់", frm=HARBOR, domains=HARBOR_D, quoted=letter("Chan Sokha", "HarborLookup", agent=True))


# == Japanese =======================================================================================

R("ja", "refused", """お問い合わせいただきありがとうございます。

お客様のご依頼は、個人情報の販売および共有の停止(オプトアウト)として処理しました。当社が保有する情報は削除しておりません。

DataTrove 個人情報窓口""",
  subject="個人情報に関するご依頼について", frm=TROVE, domains=TROVE_D, charset="iso-2022-jp", cte="7bit",
  reason="opted out of sale only", quoted=letter("Yamamoto Keiko (山本恵子)", "DataTrove", agent=True))

R("ja", "extended", """お問い合わせいただきありがとうございます。

ご依頼の件数が多いため、回答までさらに45日間いただきます。カリフォルニア州法で認められた延長です。2026年12月27日までにご回答いたします。

BrightLedger 個人情報保護室""",
  subject="ご依頼の処理期限延長のお知らせ", frm=LEDGER, domains=LEDGER_D, charset="shift_jis",
  quoted=letter("Yamamoto Keiko (山本恵子)", "BrightLedger", agent=True))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
