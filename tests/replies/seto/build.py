"""Assemble set O (tests/replies/seto): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/seto/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set O answers removal and deletion requests in the big brokers' own template habits: people-search
receipts ("will be processed within 72 hours"), "your listing has been suppressed", "records may
reappear", B2B vendors' do-not-contact lists, background-check firms' FCRA wording, GDPR Art. 12,
15, 17 and 21 answers (access instead of erasure, two more months, erasure refused under
Art. 17(3), an objection accepted), a CCPA "request to know" answered instead of a deletion,
deletions of another data set than the one asked (marketing e-mails, the account, not the public
profile), one of two listings removed, one-time codes to paste back, "confirm you are not a robot"
links, links only inside an attached .html file, decisions in a P.S. under a greeting, decisions
phrased in the negative, threads whose quoted mail confirmed while the new one reopens, very long
plain lines with quoted-printable soft breaks, legacy encodings (ISO-2022-JP, Shift_JIS, GB18030,
Big5, EUC-KR, windows-1251, KOI8-R, ...), and bounces (delivery reports with the letter attached)
and auto-replies in several languages. Every name, address, domain and number is invented; domains
end in ``.example``, addresses of machines are documentation addresses (RFC 5737).

A body is written once in a small markup (set N2's, whose build.py's first 120 lines were read):

- ``[text](url)``: a link (HTML: an anchor; plain: "text <url>");
- ``[text](href|shown)``: the HTML anchor goes to ``href`` while the plain part shows ``shown``;
  ``shown`` = ``-`` means the plain part shows the text only;
- blank lines separate paragraphs; ``quoted`` is the earlier mail, below the answer (``> `` lines).

``form`` says how the mail is built: ``plain``, ``html`` (HTML only), ``alt`` (plain + HTML),
``attach`` (a short plain part and an attached .html file holding the answer and its links),
``bounce`` (a mail server's delivery report with the letter attached, :func:`_bounce`). ``long``
joins each paragraph into one line (as some ticket systems send), sent quoted-printable so the
lines come with soft breaks.
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
START = datetime(2026, 11, 2, 8, 17, tzinfo=timezone.utc)
CLINIC = ("Clínica Legal Puentes", "bajas@puentes-legal.example")
CLINIC_EN = ("Riverside Immigrant Rights Clinic", "optout@riverside-irc.example")


# -- MIME ------------------------------------------------------------------------------------------


def _header(value: str, charset: str) -> str:
    """A header value, RFC 2047-encoded (in ``charset`` when it can spell it, else UTF-8) when not ASCII."""
    if value.isascii():
        return value
    cs = charset
    try:
        value.encode(cs)
    except (UnicodeEncodeError, LookupError):
        cs = "utf-8"
    if cs.lower() in ("iso-2022-jp", "koi8-r", "big5", "euc-kr", "gb18030", "shift_jis"):
        cs = cs if cs.lower() != "gb18030" else "utf-8"
    return Header(value, cs, maxlinelen=76).encode()


def _addr(name: str, address: str, charset: str) -> str:
    return formataddr((_header(name, charset), address)) if not name.isascii() else formataddr((name, address))


def _joined(text: str) -> str:
    """Each paragraph on one line (the very long lines some systems send)."""
    return "\n\n".join(" ".join(p.split("\n")) for p in text.strip().split("\n\n")) + "\n"


def R(name: str, lang: str, cls: str, broker: tuple[str, str, str], subject: str, body: str, *,
      reason: str = "", link: str = "", quoted: str = "", quoted_by: str = "", form: str = "plain",
      charset: str = "utf-8", cte: str = "", html: str = "", rtl: bool = False, to: tuple[str, str] = CLINIC,
      headers: tuple[tuple[str, str], ...] = (), attach: str = "", attach_name: str = "respuesta.html",
      long: bool = False, bounced: str = "", status: str = "5.1.1", diag: str = "") -> None:
    """One reply: its label and how its mail is built (see the module's doc)."""
    REPLIES.append(dict(name=name, lang=lang, cls=cls, broker=broker, subject=subject, body=body, reason=reason,
                        link=link, quoted=quoted, quoted_by=quoted_by, form=form, charset=charset, cte=cte,
                        html=html, rtl=rtl, to=to, headers=headers, attach=attach, attach_name=attach_name,
                        long=long, bounced=bounced, status=status, diag=diag))


def _plain_text(r: dict) -> str:
    text = plain_of(r["body"])
    if r["long"]:
        text = _joined(text)
    if r["quoted"]:
        text += "\n" + (r["quoted_by"] or "-----Original Message-----") + "\n" + _quote(r["quoted"])
    return text


def _default_cte(charset: str, text: str) -> str:
    if charset.lower() == "iso-2022-jp" or text.isascii():
        return "7bit"
    return "quoted-printable" if charset.lower() in ("utf-8", "iso-8859-1", "windows-1252") else "8bit"


def _bounce(r: dict, when: datetime) -> bytes:
    """A delivery report (RFC 3464): the server's words, the machine-readable status and the letter."""
    dname, daddr, _ = r["broker"]
    host = daddr.split("@")[1]
    human = _leaf("plain", plain_of(r["body"]), r["charset"], r["cte"] or _default_cte(r["charset"], r["body"]))
    status = (f"Reporting-MTA: dns; mx2.{CLINIC[1].split('@')[1]}\n"
              f"Arrival-Date: {format_datetime(when - timedelta(minutes=3))}\n\n"
              f"Final-Recipient: rfc822; {r['bounced']}\n"
              f"Action: failed\nStatus: {r['status']}\n"
              f"Remote-MTA: dns; {host}\n"
              f"Diagnostic-Code: smtp; {r['diag'] or '550 ' + r['status'] + ' mailbox unavailable'}\n"
              f"Last-Attempt-Date: {format_datetime(when)}\n")
    ds = b"Content-Type: message/delivery-status\n\n" + status.encode()
    letter = (f"From: {_addr(*r['to'], 'utf-8')}\nTo: {r['bounced']}\n"
              f"Subject: {_header(r['subject_letter'], 'utf-8')}\n"
              f"Date: {format_datetime(when - timedelta(minutes=4))}\n"
              f"Message-ID: <req-{r['name']}@{r['to'][1].split('@')[1]}>\nMIME-Version: 1.0\n")
    orig = letter.encode() + _leaf("plain", r["quoted"].strip() + "\n", "utf-8", "quoted-printable")
    rfc = b"Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + orig
    return _multi("report", [human, ds, rfc], f"=_dsn_{r['name']}", "; report-type=delivery-status")


def _body(r: dict, when: datetime) -> bytes:
    cs, form = r["charset"], r["form"]
    if form == "bounce":
        return _bounce(r, when)
    plain = _plain_text(r)
    cte = r["cte"] or _default_cte(cs, plain)
    if r["long"]:
        cte = "quoted-printable"
    html = r["html"] or html_of(r["body"], r["quoted"], cs, r["rtl"])
    if form == "plain":
        return _leaf("plain", plain, cs, cte)
    if form == "html":
        return _leaf("html", html, cs, r["cte"] or ("quoted-printable" if not html.isascii() or cs != "utf-8" else "7bit"))
    if form == "alt":
        return _multi("alternative", [_leaf("plain", plain, cs, cte),
                                      _leaf("html", html, cs, "base64" if cte == "base64" else "quoted-printable")],
                      f"=_alt_{r['name']}")
    if form == "attach":
        extra = f'Content-Disposition: attachment; filename="{r["attach_name"]}"\n'
        return _multi("mixed", [_leaf("plain", plain, cs, cte), _leaf("html", page(r["attach"], cs), cs, "base64", extra)],
                      f"=_mix_{r['name']}")
    raise ValueError(f"{r['name']}: unknown form {form}")


def build(r: dict, n: int) -> bytes:
    when = START + timedelta(hours=7 * n, minutes=13 * n % 60)
    dname, daddr, _ = r["broker"]
    host = daddr.split("@")[1]
    cs = r["charset"]
    if r["form"] == "bounce":
        r["subject_letter"] = r["subject"]
        subject = r["subject"]
    else:
        subject = r["subject"]
    lines = [
        f"Return-Path: <{daddr if r['form'] != 'bounce' else ''}>",
        f"Received: from {host} (mail.{host} [192.0.2.{10 + n % 200}]) by mx2.{r['to'][1].split('@')[1]}; "
        f"{format_datetime(when)}",
        f"From: {_addr(dname, daddr, cs)}",
        f"To: {_addr(*r['to'], cs)}",
        f"Subject: {_header(subject, cs)}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <seto-{n:03d}.{r['name']}@{host}>",
    ]
    if r["form"] != "bounce":
        lines.append(f"In-Reply-To: <req-{r['name']}@{r['to'][1].split('@')[1]}>")
    lines += [f"{k}: {v}" for k, v in r["headers"]]
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode() + _body(r, when)


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    names = [r["name"] for r in REPLIES]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit(f"build.py: reply names used twice: {sorted(dup)}")
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for n, r in enumerate(REPLIES, 1):
            try:
                mail = build(r, n)
            except UnicodeEncodeError as e:
                raise SystemExit(f"build.py: {r['name']}: {r['charset']} cannot spell {e.object[e.start]!r}") from None
            (out / f"{r['name']}.eml").write_bytes(mail)
            w.writerow([f"{r['name']}.eml", r["lang"], r["cls"], r["reason"], r["link"], r["broker"][2]])


# -- the replies --
# Brokers: (display name, address, declared domains).
FINDKIN = ("FindKinly Privacy", "privacy@findkinly.example", "findkinly.example")
WHOSNEAR = ("WhosNear Support", "noreply@whosnear.example", "whosnear.example")
CREST = ("PeopleCrest Suppression Center", "suppression@peoplecrest.example",
         "peoplecrest.example suppression.peoplecrest.example")
RADAR = ("RadarLine Customer Care", "care@radarline.example", "radarline.example")
FASTFOLK = ("FastFolk", "no-reply@fastfolk.example", "fastfolk.example")
NUVIC = ("NuVicinity Removal Team", "removal@nuvicinity.example", "nuvicinity.example")
LIFELINE = ("MyLifeLine Member Services", "privacy@mylifeline.example", "mylifeline.example")
TRUELIST = ("TrueNameList", "optout@truenamelist.example", "truenamelist.example")
LEADFORGE = ("LeadForge Data Compliance", "compliance@leadforge.example", "leadforge.example")
ZOOMC = ("ZoomContact Privacy Operations", "privacy@zoomcontact.example", "zoomcontact.example")
REACHIQ = ("ReachIQ Trust & Safety", "dpo@reachiq.example", "reachiq.example")
CHECKPATH = ("CheckPath Consumer Relations", "consumer@checkpath.example", "checkpath.example")
VERITY = ("VerityScreen Compliance", "fcra@verityscreen.example", "verityscreen.example")
AXION = ("Axion Data Consumer Care", "consumercare@axiondata.example", "axiondata.example")
EPSILIX = ("Epsilix Data Subject Requests", "dsr@epsilix.example", "epsilix.example privacy.epsilix.example")
CLEARPOINT = ("ClearPoint Records", "privacy@clearpointrecords.example", "clearpointrecords.example")
TENANTEYE = ("TenantEye Screening", "privacy@tenanteye.example", "tenanteye.example")
VECINDATA = ("VecinData Privacidad", "privacidad@vecindata.example", "vecindata.example")
BUSCAPER = ("BuscaPersona", "ayuda@buscapersona.example", "buscapersona.example")
DATENHAUS = ("Datenhaus GmbH Datenschutz", "datenschutz@datenhaus.example", "datenhaus.example")
MARKETEU = ("Marketlens Europe DPO", "dpo@marketlens-eu.example", "marketlens-eu.example")
REGISTRO = ("Registro Dati Italia", "privacy@registrodati.example", "registrodati.example")
BAZA = ("BazaOsob.pl", "rodo@bazaosob.example", "bazaosob.example")
VERITURK = ("VeriTürk Kişisel Veri", "kvkk@veriturk.example", "veriturk.example")
INFOCLIENT = ("InfoClient France", "dpo@infoclient-fr.example", "infoclient-fr.example")
CADASTRO = ("CadastroBR Privacidade", "privacidade@cadastrobr.example", "cadastrobr.example")

# The people the requests were for (invented): two surnames, particles, hyphens, apostrophes,
# family-name-first order.
Q_ANA = """Please delete all personal information you hold about our client Ana Lucía de la Cruz Villanueva
(born 1986, Santa Ana, CA) and remove any listing of her, under the CCPA (Cal. Civ. Code 1798.105).
Clínica Legal Puentes acts as her authorised agent; the signed authorisation is attached.
Reference OPT-7K2Q-41"""
Q_QUISPE = """Please delete all personal information about María José Quispe Mamani (also listed as
Maria Quispe), born 1979, Salinas, CA, and remove every listing of her. We act as her authorised agent.
Reference OPT-3M8D-77"""
Q_NGUYEN = """Please delete every record of Nguyễn Thị Hoa (also Hoa Nguyen, Hoa T. Nguyen), born 1968,
Garden Grove, CA, and remove her public profile. Reference OPT-9V1T-05"""
Q_STFLEUR = """Please remove and delete all information about Jean-Baptiste St. Fleur (also Jean Baptiste
Saint-Fleur), born 1990, Brockton, MA. Reference OPT-5H6C-22"""
Q_OCONNOR = """Please delete the personal data of Siobhán O'Connor-Méndez, born 1994, San José, CA, and
remove her listing at your site. Reference OPT-2P4W-63"""
Q_KIM = """Please delete all personal information about KIM Min-jun (Minjun Kim), born 1983, Fort Lee, NJ.
Reference OPT-8R3K-10"""
Q_GDPR = """Under Article 17 GDPR, please erase all personal data concerning Oksana Kovalenko-Marchuk,
born 12.03.1988, Leipzig, and confirm the erasure within one month (Art. 12(3)). Reference OPT-6G7E-31"""
Q_FARAH = """Please delete all information about Abdirahman Warsame Farah, born 1975, Minneapolis, MN,
and remove his listings. Reference OPT-4S9F-58"""

# -- English ---------------------------------------------------------------------------------------

R("en-01", "en", "acknowledged", WHOSNEAR, "Your opt-out request has been received",
  """Hello,

Your opt-out request has been received and will be processed within 72 hours.

Please note that it may take up to 7 days for the change to show on all of our partner sites.
You do not need to submit another request.

WhosNear Support Team
[Privacy Policy](https://www.whosnear.example/privacy) | [Unsubscribe](https://www.whosnear.example/u/8812)""",
  form="alt", quoted=Q_ANA)

R("en-02", "en", "confirmed", WHOSNEAR, "Your listing has been suppressed",
  """Hello,

Your listing has been suppressed. The record you selected (Ana L De La Cruz, Santa Ana CA, age 40)
no longer appears in WhosNear search results or on our people-search pages.

Records may reappear if new public records appear that do not match the suppressed listing. If
this happens, you may submit a new opt-out request at any time.

WhosNear Support Team""", form="alt", quoted=Q_ANA)

R("en-03", "en", "confirmed", FINDKIN, "Opt-out complete",
  """Hi,

We have processed your opt-out and removed the listing at
https://www.findkinly.example/Maria-Quispe/CA/Salinas/p-4417820 from our site.

Please allow 24 to 48 hours for search engines to refresh. Information may reappear on FindKinly if
new public records appear that are not linked to the removed profile; we cannot prevent the
creation of new profiles from new data.

FindKinly Privacy""", quoted=Q_QUISPE)

R("en-04", "en", "verify_link", FINDKIN, "Confirm your opt-out request",
  """Thank you for your request.

To complete your opt-out, please click the link below. This link will expire in 24 hours.

[Confirm my opt-out](https://www.findkinly.example/optout/confirm?t=Zr81Kq0Mx4)

If you did not make this request, you can ignore this e-mail.

[Privacy Policy](https://www.findkinly.example/privacy) · [Help Center](https://help.findkinly.example/)""",
  form="alt", link="https://www.findkinly.example/optout/confirm?t=Zr81Kq0Mx4", to=("Siobhán O'Connor-Méndez", "siobhan.oc@mailbox.example"))

R("en-05", "en", "verify_link", CREST, "One more step: confirm you are not a robot",
  """Hello,

We received a suppression request for one or more records. Before we can process it we need to make
sure a person sent it.

[Click here to confirm you are not a robot](https://suppression.peoplecrest.example/verify/human?r=PC-770213&k=b3f9)

The link opens a short check on our suppression center. Once it is done, your suppression request will
be queued for all PeopleCrest brands.

PeopleCrest Suppression Center""", form="alt", link="https://suppression.peoplecrest.example/verify/human?r=PC-770213&k=b3f9",
  quoted=Q_NGUYEN)

R("en-06", "en", "verify_link", CREST, "Your PeopleCrest verification code",
  """Your one-time verification code is:

    418 206

Enter this code on the suppression page where you started your request, or reply to this e-mail with
the code in the first line. The code is valid for 30 minutes. Do not share it with anyone.

PeopleCrest Suppression Center""", to=("Nguyen Hoa", "hoa.nguyen68@mailbox.example"))

R("en-07", "en", "verify_link", RADAR, "Action needed: paste this code to continue",
  """Hello,

To continue with your request to remove your information from RadarLine, copy the code below and
paste it into the "Verification code" box on radarline.example/control-privacy:

    RL-55K9-QT

We will not process the request until the code is entered. RadarLine will never ask for your
password.

RadarLine Customer Care""", to=("Jean-Baptiste St. Fleur", "jb.stfleur@mailbox.example"))

R("en-08", "en", "acknowledged", LEADFORGE, "Re: Deletion request",
  """Hello,

Thank you for contacting LeadForge. We have logged your request (ticket LF-20931) and our compliance
team will respond within 45 days as required by applicable law.

LeadForge Data Compliance""", quoted=Q_OCONNOR, quoted_by="On Mon, Nov 2, 2026, Clínica Legal Puentes wrote:")

R("en-09", "en", "refused", LEADFORGE, "Re: Deletion request [LF-20931]",
  """Hello,

We have added you to our do-not-contact list. Your e-mail address and phone number will be excluded
from all future LeadForge marketing campaigns and from lists we provide to our customers for
outreach.

To honour this request we retain the minimum information needed to keep you suppressed.

LeadForge Data Compliance""", reason="suppression instead of deletion", quoted=Q_OCONNOR,
  quoted_by="On Mon, Nov 2, 2026, Clínica Legal Puentes wrote:")

R("en-10", "en", "refused", ZOOMC, "Your privacy request",
  """Hi there,

Your request has been processed. The contact you submitted has been placed on our Do Not Contact
suppression list and will no longer be made available for sales prospecting.

ZoomContact processes business contact information (name, employer, title, work e-mail). Because
this information relates to you in your professional capacity, we retain it in suppressed form so
that it is not re-added from other sources.

ZoomContact Privacy Operations""", reason="suppression instead of deletion", form="alt", quoted=Q_KIM)

R("en-11", "en", "refused", CHECKPATH, "Your request regarding consumer file",
  """Dear Sir or Madam,

CheckPath is a consumer reporting agency regulated by the Fair Credit Reporting Act (FCRA).
Information we maintain for the purpose of furnishing consumer reports is exempt from deletion
requests under the California Consumer Privacy Act (Cal. Civ. Code 1798.145(d)).

We do not sell consumer reports for marketing purposes, and we furnish reports only to parties with
a permissible purpose under the FCRA. You have the right to request a free copy of your file and to
dispute information you believe is inaccurate.

CheckPath Consumer Relations""", reason="exempt (FCRA)", quoted=Q_FARAH)

R("en-12", "en", "refused", VERITY, "Re: CCPA Deletion Request - VS-44810",
  """Hello,

We have reviewed your request. VerityScreen does not sell consumer reports for tenant screening or
employment purposes without a permissible purpose, and we do not operate a public people-search
site. The records we hold are consumer report information covered by the Fair Credit Reporting Act
and are therefore not subject to deletion under the CCPA.

No information has been deleted. If you believe a report we furnished is inaccurate, you may file a
dispute at [our dispute center](https://www.verityscreen.example/disputes).

VerityScreen Compliance""", reason="exempt (FCRA)", form="alt", quoted=Q_STFLEUR)

R("en-13", "en", "unsure", TENANTEYE, "Your request to know - TenantEye",
  """Hello,

Thank you for your request. Attached to this message, and available at the secure link below, is a
copy of the personal information TenantEye has collected about you in the past 12 months, the
categories of sources, and the business purposes for which it was collected.

[Download your report](https://portal.tenanteye.example/rtk/download/TE-5530)
(available for 14 days)

This completes your request to know.

TenantEye Screening Privacy Office""", form="alt", quoted=Q_ANA)

R("en-14", "en", "unsure", AXION, "Your request is complete",
  """Hello,

Thank you for contacting Axion Data. Your request is complete: you have been unsubscribed from all
Axion Data marketing e-mails and your address has been removed from our e-mail marketing lists.
It may take up to 10 business days for all messages to stop.

Axion Data Consumer Care""", quoted=Q_QUISPE)

R("en-15", "en", "unsure", LIFELINE, "Account deleted",
  """Hello,

As requested, your MyLifeLine member account has been closed and deleted. You will no longer be able
to sign in, and your saved searches and payment details have been removed.

Public profiles on MyLifeLine are compiled from public records and are not part of your member
account. To request changes to a public profile, please visit mylifeline.example/privacyrequest.

MyLifeLine Member Services""", quoted=Q_STFLEUR)

R("en-16", "en", "unsure", NUVIC, "Removal completed for 1 of 2 listings",
  """Hello,

We reviewed the two listings in your request.

Listing 1 (https://www.nuvicinity.example/p/abdirahman-farah-minneapolis-7730) has been removed.

Listing 2 (https://www.nuvicinity.example/p/a-warsame-farah-st-paul-1192) could not be removed at
this time because the e-mail address on the request does not match our records for this listing.
Please submit a separate request for it.

NuVicinity Removal Team""", quoted=Q_FARAH)

R("en-17", "en", "unsure", FASTFOLK, "Removal status",
  """Your request has been processed.

Removed: Jean B St Fleur, 36, Brockton MA
Not removed: Jean Saint Fleur, 35, Randolph MA (listing not found in our current index)

FastFolk""", quoted=Q_STFLEUR)

R("en-18", "en", "verify_link", TRUELIST, "Please confirm your removal request",
  """Hello,

Thank you for your removal request. The confirmation link is in the attached file
(confirm-removal.html); open it in your web browser to complete the request.

TrueNameList""", form="attach", attach_name="confirm-removal.html",
  attach="""<h2>TrueNameList removal</h2>
<p>Click the button below to confirm that you want your record removed. The link expires in 24 hours.</p>
<p><a href="https://www.truenamelist.example/removal/confirm?id=TN-88127&amp;h=71c0">Confirm removal</a></p>
<p><a href="https://www.truenamelist.example/privacy">Privacy policy</a></p>""",
  to=("Siobhán O'Connor-Méndez", "siobhan.oc@mailbox.example"))

R("en-19", "en", "confirmed", RADAR, "Re: Removal request",
  """Dear Jean-Baptiste St. Fleur,

Thank you for writing to RadarLine. We appreciate your patience while our team reviewed your
request, and we apologise for the delay caused by the high number of requests this month.

Kind regards,
Dana Whitfield
RadarLine Customer Care

P.S. Your profile and the related address history have been deleted from radarline.example; a
search for your name no longer shows them.""", quoted=Q_STFLEUR)

R("en-20", "en", "needs_id", RADAR, "Re: Removal request",
  """Dear Maria Jose Quispe Mamani,

Thank you for reaching out to RadarLine, and thank you for your patience.

Best regards,
RadarLine Customer Care

P.S. Before we can remove the profile we need a copy of a government-issued photo ID and a proof of
residency (a utility bill or bank statement from the last 90 days) in the name on the listing.""",
  quoted=Q_QUISPE)

R("en-21", "en", "confirmed", NUVIC, "Your removal request",
  """Hello,

We have removed the listing you identified. We were unable to locate any additional records
associated with the name and address you provided. Nothing further is required from you.

NuVicinity Removal Team""", quoted=Q_OCONNOR)

R("en-22", "en", "refused", NUVIC, "Your removal request",
  """Hello,

We were unable to locate any records associated with the information you provided
(Ana Cruz, Santa Ana, CA). Nothing further is required from you.

NuVicinity Removal Team""", quoted=Q_ANA, reason="no record")

R("en-23", "en", "confirmed", AXION, "Deletion request - completed",
  """Hello,

We have completed your request. We have deleted the personal information associated with you from
our marketing database, and we will not sell or share it. We no longer hold any data on you other
than the record of this request. There is nothing further you need to do.

Axion Data Consumer Care""", form="alt", quoted=Q_KIM)

R("en-24", "en", "refused", CLEARPOINT, "No matching records",
  """Hello,

Thank you for your deletion request. After a search of our systems, we did not identify any personal
information about you. As a result, no further action was taken and none is required.

If you believe we hold your information under another name, please reply with the name and address
as they appear in our records.

ClearPoint Records Privacy""", quoted=Q_NGUYEN, reason="no record")

R("en-25", "en", "verify_link", CREST, "Re: Suppression confirmed",
  """Hello,

We are writing again about your suppression request. A record matching your information has
reappeared on one of our brands after a recent data update, and your earlier suppression did not
cover it.

To suppress the new record, please confirm the request:
[Suppress this record](https://suppression.peoplecrest.example/confirm?r=PC-771904&k=9ac2)

PeopleCrest Suppression Center""",
  link="https://suppression.peoplecrest.example/confirm?r=PC-771904&k=9ac2",
  quoted="""From: PeopleCrest Suppression Center
Subject: Suppression confirmed

Your suppression is complete. The selected record has been suppressed across all PeopleCrest brands.""",
  quoted_by="On Tue, Sep 8, 2026, PeopleCrest Suppression Center wrote:")

R("en-26", "en", "acknowledged", LIFELINE, "Correction: your privacy request",
  """Hello,

Our e-mail of October 29 saying that your request had been completed was sent in error. Your request
is still open and is being processed by our privacy team. We will write to you again once it has
been completed.

We apologise for the confusion.

MyLifeLine Member Services""",
  quoted="""Your privacy request has been completed. Your information has been removed from MyLifeLine.""",
  quoted_by="On Oct 29, 2026, at 10:12, MyLifeLine Member Services <privacy@mylifeline.example> wrote:")

R("en-27", "en", "needs_id", FINDKIN, "Re: Opt-out complete",
  """Hello,

Further to our message below: we have reopened your request. The listing we removed was not the one
in your request, and the listing at the address you gave is under a different e-mail. To remove it
we need you to verify your identity. Please reply with a copy of a government-issued ID showing your
name and current address.

FindKinly Privacy""",
  quoted="""We have processed your opt-out and removed the listing from our site.""",
  quoted_by="On Fri, Oct 30, 2026 at 4:55 PM FindKinly Privacy <privacy@findkinly.example> wrote:")

R("en-28", "en", "acknowledged", TRUELIST, "Your removal request has been received",
  """Thank you. Your removal request has been received and is in our queue. Most requests are completed within 72 hours, but it can take up to two weeks during busy periods. You will receive a confirmation e-mail when your listing has been removed. Please do not submit duplicate requests, because each new request restarts the queue and delays the removal of your information. Reference: TN-88127-RQ. This mailbox is not monitored for replies; for help, visit our help center at https://help.truenamelist.example/removal and choose "Removal questions".

TrueNameList""", long=True)

R("en-29", "en", "confirmed", EPSILIX, "Your data subject request DSR-2026-118204",
  """Dear Consumer,

We are writing to let you know that we have completed your request to delete your personal information in accordance with the California Consumer Privacy Act. The personal information associated with the details you provided has been deleted from the Epsilix marketing databases, and we have instructed our service providers to delete it as well. We retain a record of this request and the minimum information needed to demonstrate compliance, as permitted by law.

Request ID: DSR-2026-118204
Request type: Delete
Status: Closed - Completed

Epsilix Data Subject Requests""", long=True, form="alt")

R("en-30", "en", "needs_info", EPSILIX, "Your data subject request DSR-2026-118377",
  """Dear Consumer,

We received a request by e-mail. Epsilix accepts data subject requests only through our web form at https://privacy.epsilix.example/dsr, where you can select one request type per submission (Access, Delete, Opt-out of Sale/Sharing). We have not taken action on your e-mail. Please submit your request through the form so that we can verify it.

Epsilix Data Subject Requests""", long=True, quoted=Q_ANA)

R("en-31", "en", "extended", CLEARPOINT, "Your deletion request - extension",
  """Hello,

We are writing to let you know that we need additional time to respond to your request. As permitted
by the CCPA, we are extending the period to respond by an additional 45 days, because of the
number of data sources we must search. You will receive our answer no later than January 30, 2027.

ClearPoint Records Privacy""", quoted=Q_OCONNOR)

R("en-32", "en", "refused", TENANTEYE, "Re: Deletion request",
  """Hello,

We are unable to delete the eviction and court records in your file. These records are obtained
from publicly available government sources and are exempt from deletion. We have deleted nothing.

TenantEye Screening Privacy Office""", reason="public records", quoted=Q_FARAH)

R("en-33", "en", "refused", MARKETEU, "Your request under Article 17 GDPR",
  """Dear Ms Kovalenko-Marchuk,

We have carefully reviewed your request for erasure. We are unable to erase the data we hold about you,
because processing is necessary for compliance with a legal obligation to which we are subject
(Article 17(3)(b) GDPR): our invoices and the related customer data must be kept for ten years
under German commercial and tax law. The data is restricted and no longer used for any other
purpose.

You have the right to lodge a complaint with a supervisory authority.

Marketlens Europe, Data Protection Officer""", reason="legal obligation to retain", quoted=Q_GDPR, to=CLINIC_EN)

R("en-34", "en", "extended", MARKETEU, "Your request of 2 November 2026 (Article 12(3) GDPR)",
  """Dear Ms Kovalenko-Marchuk,

Taking into account the complexity and number of requests we have received, we are extending the
period to respond to your request by two further months, as Article 12(3) GDPR allows. We will
reply by 2 February 2027 at the latest.

Marketlens Europe, Data Protection Officer""", quoted=Q_GDPR, to=CLINIC_EN)

R("en-35", "en", "unsure", REACHIQ, "Subject access request - your data",
  """Dear Oksana Kovalenko-Marchuk,

Further to your request, please find below the personal data ReachIQ processes about you (Article 15
GDPR):

- Name: Oksana Kovalenko
- Business e-mail: o.kovalenko@firma-leipzig.example
- Job title: Procurement Manager
- Source: publicly available company website

The data is processed on the basis of our legitimate interests (Article 6(1)(f)). You may object to
this processing at any time.

ReachIQ Trust & Safety""", quoted=Q_GDPR, to=CLINIC_EN)

R("en-36", "en", "confirmed", REACHIQ, "Objection to processing - accepted",
  """Dear Oksana Kovalenko-Marchuk,

We have accepted your objection to processing under Article 21 GDPR. We have stopped processing your
personal data and have erased your profile from the ReachIQ platform and from our data sets; it will
no longer be shown to our customers.

ReachIQ Trust & Safety""", quoted=Q_GDPR, to=CLINIC_EN)

R("en-37", "en", "refused", REACHIQ, "Your objection - processed",
  """Dear Ms Kovalenko-Marchuk,

We have accepted your objection to processing for direct marketing (Article 21(2) GDPR). Your
profile is now marked "do not contact" and will not be shown to customers for marketing. To make
sure it is not added again from public sources, we keep your name and business e-mail on our
suppression list; your profile has therefore not been erased.

ReachIQ Trust & Safety""", reason="suppression instead of deletion", quoted=Q_GDPR, to=CLINIC_EN)

R("en-38", "en", "auto_reply", ZOOMC, "Automatic reply: Deletion request",
  """Thank you for your message. The privacy team is out of the office for the Thanksgiving holiday
until Monday, November 30. Your e-mail will be answered in the order it was received.

ZoomContact Privacy Operations""", headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")),
  quoted=Q_KIM)

R("en-39", "en", "auto_reply", CHECKPATH, "We got your e-mail",
  """This is an automated response to let you know we have received your e-mail. Please do not reply
to this message. Our hours are Monday through Friday, 8 AM to 5 PM Central Time.

For a copy of your consumer file, visit checkpath.example/myfile.""",
  headers=(("Auto-Submitted", "auto-replied"),))

R("en-40", "en", "bounce", ("Mail Delivery Subsystem", "mailer-daemon@mx2.puentes-legal.example", "whosnear.example"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.puentes-legal.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.
It's attached below.

<privacy@whosnear.example>: host mail.whosnear.example[192.0.2.44] said: 550 5.1.1 <privacy@whosnear.example>:
    Recipient address rejected: User unknown in virtual mailbox table""",
  form="bounce", bounced="privacy@whosnear.example", quoted=Q_ANA, status="5.1.1",
  diag="550 5.1.1 Recipient address rejected: User unknown")

R("en-41", "en", "bounce", ("Mail Delivery System", "MAILER-DAEMON@mx2.puentes-legal.example", "fastfolk.example"),
  "Delivery Status Notification (Failure)",
  """Delivery has failed to these recipients or groups:

optout@fastfolk.example
The recipient's mailbox is full and can't accept messages now. Please try resending this message
later, or contact the recipient directly.""",
  form="bounce", bounced="optout@fastfolk.example", quoted=Q_STFLEUR, status="5.2.2",
  diag="552 5.2.2 Mailbox full")

R("en-42", "en", "other", FINDKIN, "Black Friday: 60% off FindKinly Premium",
  """Looking for someone? For a limited time, get 60% off a FindKinly Premium membership and see
phone numbers, addresses and background details for anyone.

[Claim your discount](https://www.findkinly.example/premium?promo=BF60)

You are receiving this e-mail because you have an account with FindKinly.
[Unsubscribe](https://www.findkinly.example/unsubscribe?u=4410)""", form="alt",
  to=("Siobhán O'Connor-Méndez", "siobhan.oc@mailbox.example"))

R("en-43", "en", "needs_info", WHOSNEAR, "Re: opt-out request",
  """Hello,

We could not find the listing from the details in your e-mail. Our opt-out process requires the URL
of the listing you want removed and the phone number shown on it. Please search for the listing on
whosnear.example, copy its address from your browser, and reply with the URL and phone number.

WhosNear Support Team""", quoted=Q_OCONNOR)

R("en-44", "en", "verify_link", TRUELIST, "Complete your removal",
  """Please verify your e-mail address to complete your removal.

[Verify e-mail](https://links.mailrelay-tn.example/c/eJx1kM1u?u=https%3A%2F%2Fwww.truenamelist.example%2Fremoval%2Fverify%3Fid%3DTN-88190|-)

Your request cannot be processed until your e-mail address is verified.

TrueNameList""", form="html",
  link="https://links.mailrelay-tn.example/c/eJx1kM1u?u=https%3A%2F%2Fwww.truenamelist.example%2Fremoval%2Fverify%3Fid%3DTN-88190",
  to=("Nguyen Hoa", "hoa.nguyen68@mailbox.example"))

R("en-45", "en", "confirmed", FASTFOLK, "Re: Remove my record",
  """Done. The record for Siobhan O'Connor-Mendez, 32, San Jose CA has been removed from FastFolk and will
no longer show in search results. Please allow up to 48 hours for the change to appear everywhere.

FastFolk""", quoted=Q_OCONNOR)

R("en-46", "en", "needs_id", LIFELINE, "Your privacy request - identity verification",
  """Hello,

To process your request to delete, we need to verify your identity. Please create a MyLifeLine
account and upload a photo of your driver's license or state ID in the Privacy Center. Requests
without verification are closed after 30 days.

MyLifeLine Member Services""", form="alt", quoted=Q_FARAH)

R("en-47", "en", "acknowledged", AXION, "We received your request",
  """Hello,

We received your request to delete your information and have started working on it. Deletion
from our systems usually takes a few weeks. We will let you know when it is complete.

Axion Data Consumer Care""", quoted=Q_NGUYEN)

R("en-48", "en", "confirmed", TRUELIST, "Removal complete",
  "Your listing has been suppressed.",
  form="html", html=page("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#0b3d91;color:#fff;padding:12px"><b>TrueNameList</b></td></tr>
<tr><td style="padding:16px">
<p>Hello,</p>
<p><b>Your listing has been suppressed.</b> The record <i>Siobhan O Connor, San Jose, CA</i> will no longer appear in
TrueNameList search results.</p>
<p style="font-size:12px;color:#777">Records may reappear if new public records appear that are not linked to the
suppressed listing. <a href="https://www.truenamelist.example/faq#reappear">Learn more</a></p>
</td></tr>
<tr><td style="padding:8px;font-size:11px;color:#999"><a href="https://www.truenamelist.example/privacy">Privacy</a> |
<a href="https://www.truenamelist.example/unsubscribe?u=9931">Unsubscribe</a></td></tr>
</table>"""), to=("Siobhán O'Connor-Méndez", "siobhan.oc@mailbox.example"))

# -- Spanish ---------------------------------------------------------------------------------------

Q_ES = """Solicitamos la eliminación de todos los datos personales de nuestra clienta Rosa Elena Huamán
de los Santos (nacida en 1972, Pomona, CA) y de cualquier perfil suyo, conforme a la CCPA.
Clínica Legal Puentes actúa como su agente autorizado. Referencia OPT-1B5N-48"""
Q_ES2 = """Solicito la eliminación de mis datos personales y de mi perfil público: Juan Carlos Ibáñez
del Río, nacido en 1981, Oxnard, CA. Referencia OPT-7F2J-90"""

R("es-01", "es", "acknowledged", VECINDATA, "Hemos recibido su solicitud de exclusión",
  """Hola:

Hemos recibido su solicitud de exclusión voluntaria y será procesada dentro de las próximas 72 horas.

Puede tardar hasta 7 días en reflejarse en todos nuestros sitios asociados. No es necesario enviar
otra solicitud.

Equipo de Privacidad de VecinData""", form="alt", quoted=Q_ES, charset="windows-1252")

R("es-02", "es", "confirmed", VECINDATA, "Su perfil ha sido suprimido",
  """Hola:

Su perfil ha sido suprimido. El registro seleccionado (Rosa E Huaman, Pomona CA, 54 años) ya no
aparece en los resultados de búsqueda de VecinData.

Los registros pueden volver a aparecer si surgen nuevos registros públicos que no coincidan con el
perfil suprimido. En ese caso, puede enviar una nueva solicitud en cualquier momento.

Equipo de Privacidad de VecinData""", quoted=Q_ES, charset="iso-8859-1")

R("es-03", "es", "acknowledged", BUSCAPER, "Su solicitud de exclusión ha sido recibida",
  """Estimado usuario,

Su solicitud de opt-out ha sido recibida y será procesada en el plazo de 72 horas. Los registros pueden reaparecer si nuevos registros públicos aparecen. Gracias por usar BuscaPersona. Este correo es generado automáticamente, por favor no responda a este correo, porque no será leído por nuestro equipo.

BuscaPersona""", long=True, quoted=Q_ES2)

R("es-04", "es", "verify_link", BUSCAPER, "Confirme su solicitud de eliminación",
  """Hola:

Para completar la eliminación de su perfil, haga clic en el siguiente enlace. El enlace vence en 24
horas.

[Confirmar eliminación](https://www.buscapersona.example/eliminar/confirmar?t=Bp7731x)

Si usted no hizo esta solicitud, ignore este mensaje.

[Política de privacidad](https://www.buscapersona.example/privacidad) · [Darse de baja](https://www.buscapersona.example/baja?u=221)""",
  form="alt", link="https://www.buscapersona.example/eliminar/confirmar?t=Bp7731x",
  to=("Juan Carlos Ibáñez del Río", "jc.ibanez@correo.example"))

R("es-05", "es", "verify_link", CREST, "Confirme que no es un robot",
  """Hola:

Recibimos una solicitud de supresión. Antes de procesarla debemos comprobar que la envió una persona.

[Haga clic aquí para confirmar que no es un robot](https://suppression.peoplecrest.example/es/verificar/humano?r=PC-772551&k=e07d)

Después de la comprobación, su solicitud se aplicará a todas las marcas de PeopleCrest.

Centro de Supresión de PeopleCrest""", form="alt",
  link="https://suppression.peoplecrest.example/es/verificar/humano?r=PC-772551&k=e07d", quoted=Q_ES)

R("es-06", "es", "verify_link", CREST, "Su código de verificación",
  """Su código de verificación de un solo uso es:

    730 914

Escriba este código en la página de supresión donde inició su solicitud, o responda a este correo con
el código en la primera línea. El código es válido durante 30 minutos. No lo comparta con nadie.

Centro de Supresión de PeopleCrest""", to=("Juan Carlos Ibáñez del Río", "jc.ibanez@correo.example"))

R("es-07", "es", "confirmed", RADAR, "Re: Solicitud de eliminación",
  """Estimada Rosa Elena Huamán de los Santos:

Gracias por escribir a RadarLine. Agradecemos su paciencia mientras nuestro equipo revisaba su
solicitud.

Atentamente,
Atención al Cliente de RadarLine

P.D.: Su perfil y el historial de direcciones relacionado fueron eliminados de radarline.example; una
búsqueda de su nombre ya no los muestra.""", quoted=Q_ES)

R("es-08", "es", "needs_id", RADAR, "Re: Solicitud de eliminación",
  """Estimado Juan Carlos Ibáñez del Río:

Gracias por comunicarse con RadarLine.

Saludos cordiales,
Atención al Cliente de RadarLine

P.D.: Antes de eliminar el perfil necesitamos una copia de una identificación oficial con foto y un
comprobante de domicilio (recibo de luz o estado de cuenta de los últimos 90 días).""", quoted=Q_ES2)

R("es-09", "es", "confirmed", NUVIC, "Su solicitud de eliminación",
  """Hola:

Hemos eliminado el perfil que usted indicó. No pudimos localizar ningún registro adicional asociado
con el nombre y la dirección que proporcionó. No se requiere nada más de su parte.

Equipo de Eliminación de NuVicinity""", quoted=Q_ES2)

R("es-10", "es", "refused", NUVIC, "Su solicitud de eliminación",
  """Hola:

No pudimos localizar ningún registro asociado con la información proporcionada (Rosa Huaman, Pomona,
CA). No se requiere nada más de su parte.

Equipo de Eliminación de NuVicinity""", quoted=Q_ES, reason="no record")

R("es-11", "es", "refused", LEADFORGE, "Re: Solicitud de eliminación [LF-21077]",
  """Hola:

Lo hemos agregado a nuestra lista de "no contactar". Su correo electrónico y su teléfono quedarán
excluidos de todas las campañas de LeadForge y de las listas que entregamos a nuestros clientes.

Para cumplir con esta solicitud conservamos la información mínima necesaria para mantenerlo
excluido.

Cumplimiento de Datos de LeadForge""", reason="suppression instead of deletion", quoted=Q_ES2)

R("es-12", "es", "refused", CHECKPATH, "Su solicitud sobre su expediente",
  """Estimado(a) cliente:

CheckPath es una agencia de informes del consumidor regulada por la Ley de Informes de Crédito Justos
(FCRA). La información que mantenemos para emitir informes del consumidor está exenta de las
solicitudes de eliminación de la CCPA.

No vendemos informes del consumidor con fines de mercadeo. Usted tiene derecho a pedir una copia
gratuita de su expediente y a disputar la información que considere inexacta.

Relaciones con el Consumidor de CheckPath""", reason="exempt (FCRA)", quoted=Q_ES)

R("es-13", "es", "unsure", TENANTEYE, "Su solicitud de información - TenantEye",
  """Hola:

Gracias por su solicitud. En el enlace seguro de abajo encontrará una copia de la información
personal que TenantEye ha recopilado sobre usted en los últimos 12 meses, las categorías de fuentes
y los fines comerciales.

[Descargar su informe](https://portal.tenanteye.example/rtk/descargar/TE-5612)

Con esto se completa su solicitud de acceso a la información.

Oficina de Privacidad de TenantEye""", form="alt", quoted=Q_ES)

R("es-14", "es", "unsure", AXION, "Su solicitud está completa",
  """Hola:

Gracias por comunicarse con Axion Data. Su solicitud está completa: usted ha sido dado de baja de
todos los correos de mercadeo de Axion Data y su dirección fue eliminada de nuestras listas de envío.

Atención al Consumidor de Axion Data""", quoted=Q_ES)

R("es-15", "es", "unsure", LIFELINE, "Cuenta eliminada",
  """Hola:

Como lo solicitó, su cuenta de miembro de MyLifeLine fue cerrada y eliminada. Ya no podrá iniciar
sesión.

Los perfiles públicos de MyLifeLine se compilan a partir de registros públicos y no forman parte de
su cuenta. Para solicitar cambios en un perfil público, visite mylifeline.example/privacyrequest.

Servicios al Miembro de MyLifeLine""", quoted=Q_ES2)

R("es-16", "es", "unsure", FASTFOLK, "Estado de la eliminación",
  """Su solicitud fue procesada.

Eliminado: Juan C Ibanez, 45, Oxnard CA
No eliminado: Juan Carlos Del Rio, 44, Camarillo CA (no se encontró el perfil en nuestro índice)

FastFolk""", quoted=Q_ES2)

R("es-17", "es", "verify_link", TRUELIST, "Confirme su solicitud de eliminación",
  """Hola:

Gracias por su solicitud. El enlace de confirmación está en el archivo adjunto (confirmar.html);
ábralo en su navegador para completar la solicitud.

TrueNameList""", form="attach", attach_name="confirmar.html",
  attach="""<h2>Eliminación en TrueNameList</h2>
<p>Haga clic en el botón para confirmar que desea eliminar su registro. El enlace vence en 24 horas.</p>
<p><a href="https://www.truenamelist.example/removal/confirm?id=TN-88254&amp;h=0be4&amp;lang=es">Confirmar eliminación</a></p>""",
  to=("Juan Carlos Ibáñez del Río", "jc.ibanez@correo.example"))

R("es-18", "es", "needs_id", BUSCAPER, "Re: Su perfil fue eliminado",
  """Hola:

Reabrimos su solicitud. El perfil que eliminamos el 20 de octubre no era el de su solicitud; el perfil
de Juan Carlos Ibáñez del Río en Oxnard sigue publicado porque está asociado a otro correo. Para
eliminarlo necesitamos verificar su identidad: responda con una copia de una identificación oficial
con su nombre y domicilio actual.

BuscaPersona""",
  quoted="""Su perfil fue eliminado de BuscaPersona. No se requiere ninguna otra acción.""",
  quoted_by="El mar., 20 oct. 2026 a las 11:02, BuscaPersona (<ayuda@buscapersona.example>) escribió:")

R("es-19", "es", "acknowledged", VECINDATA, "Corrección: su solicitud de privacidad",
  """Hola:

Nuestro correo anterior, que indicaba que su solicitud estaba completada, se envió por error. Su
solicitud sigue abierta y nuestro equipo la está procesando. Le escribiremos de nuevo cuando se
complete.

Disculpe la confusión.

Equipo de Privacidad de VecinData""",
  quoted="""Su solicitud de privacidad se ha completado. Su información fue eliminada de VecinData.""",
  quoted_by="El 29/10/2026, VecinData Privacidad escribió:")

R("es-20", "es", "confirmed", EPSILIX, "Su solicitud de derechos DSR-2026-119031",
  """Estimado consumidor:

Le informamos que hemos completado su solicitud de eliminar su información personal de conformidad con la Ley de Privacidad del Consumidor de California. La información personal asociada con los datos que nos proporcionó fue eliminada de las bases de datos de mercadeo de Epsilix, y hemos indicado a nuestros proveedores de servicios que también la eliminen. Conservamos un registro de esta solicitud, según lo permite la ley.

Identificador de la solicitud: DSR-2026-119031
Tipo: Eliminar
Estado: Cerrada - Completada

Solicitudes de Derechos de Epsilix""", long=True, form="alt")

R("es-21", "es", "extended", CLEARPOINT, "Su solicitud de eliminación - prórroga",
  """Hola:

Le informamos que necesitamos más tiempo para responder a su solicitud. Conforme a la CCPA,
ampliamos el plazo de respuesta por 45 días adicionales debido al número de fuentes de datos que
debemos revisar. Recibirá nuestra respuesta a más tardar el 30 de enero de 2027.

Privacidad de ClearPoint Records""", quoted=Q_ES, charset="iso-8859-1")

R("es-22", "es", "refused", TENANTEYE, "Re: Solicitud de eliminación",
  """Hola:

No podemos eliminar los registros judiciales y de desalojo de su expediente. Esos registros provienen
de fuentes gubernamentales públicas y están exentos de eliminación. No hemos eliminado nada.

Oficina de Privacidad de TenantEye""", reason="public records", quoted=Q_ES)

R("es-23", "es", "auto_reply", VECINDATA, "Respuesta automática: Solicitud de eliminación",
  """Gracias por su mensaje. Nuestra oficina está cerrada por el Día de Acción de Gracias hasta el lunes
30 de noviembre. Responderemos su correo en el orden en que fue recibido.""",
  headers=(("Auto-Submitted", "auto-replied"),), quoted=Q_ES)

R("es-24", "es", "bounce", ("Sistema de entrega de correo", "mailer-daemon@mx2.puentes-legal.example", "buscapersona.example"),
  "Mensaje no entregado",
  """Este es el sistema de correo de mx2.puentes-legal.example.

Lamentamos informarle que su mensaje no pudo ser entregado a uno o más destinatarios. Se adjunta
a continuación.

<privacidad@buscapersona.example>: el servidor respondió: 550 5.1.1 usuario desconocido""",
  form="bounce", bounced="privacidad@buscapersona.example", quoted=Q_ES2, status="5.1.1",
  diag="550 5.1.1 usuario desconocido")

R("es-25", "es", "needs_info", BUSCAPER, "Re: solicitud de exclusión",
  """Hola:

No encontramos el perfil con los datos de su correo. Para procesar la exclusión necesitamos el
enlace (URL) del perfil que desea eliminar. Búsquelo en buscapersona.example, copie la dirección desde
su navegador y respóndanos con ella.

BuscaPersona""", quoted=Q_ES2)

R("es-26", "es", "confirmed", BUSCAPER, "Re: solicitud de exclusión",
  """Listo. El perfil de Juan Carlos Ibáñez del Río, 45 años, Oxnard CA, fue eliminado de BuscaPersona y
ya no aparecerá en los resultados. Los cambios pueden tardar hasta 48 horas en verse en todas partes.

BuscaPersona""", quoted=Q_ES2, charset="windows-1252")

R("es-27", "es", "acknowledged", ("Cadastro Latino", "privacidad@cadastrolatino.example", "cadastrolatino.example"),
  "Solicitud recibida",
  """Estimado usuario: Agradecemos su solicitud. Nosotros hemos recibido su petición de eliminar datos y
nosotros lo estaremos procesando en el término de 45 días, según lo que la ley aplicable. Usted no
necesita hacer otra acción en este momento, porque el equipo le contactará por correo electrónico
cuando la solicitud será completada.

Número de caso: CL-00418

Cordialmente, el Equipo""", quoted=Q_ES)

R("es-28", "es", "refused", ("Cadastro Latino", "privacidad@cadastrolatino.example", "cadastrolatino.example"),
  "Respuesta a su solicitud CL-00418",
  """Estimado usuario: Después de revisar, nosotros informamos que no es posible eliminar la información
porque la información es de registros públicos del gobierno y la ley de California no aplica a
información pública. Ninguna información fue eliminada. Usted puede apelar esta decisión respondiendo
este correo electrónico.

Cordialmente, el Equipo""", reason="public records", quoted=Q_ES)

R("es-29", "es", "confirmed", ZOOMC, "Your privacy request / Su solicitud de privacidad",
  """Hola Rosa Elena,

Le escribimos en inglés y español.

We have deleted your profile and contact details from the ZoomContact platform and from our data
sets. It will no longer be available to our customers.

Hemos eliminado su perfil y sus datos de contacto de la plataforma ZoomContact y de nuestros
conjuntos de datos. Ya no estará disponible para nuestros clientes.

ZoomContact Privacy Operations""", form="alt", quoted=Q_ES)

R("es-30", "es", "acknowledged", ("Marisol Ortiz Peña", "marisol.ortiz@puentes-legal.example", FINDKIN[2]),
  "Fw: Opt-out request received",
  """Hola, le reenvío la respuesta de FindKinly (en inglés). Dicen que recibieron la solicitud; todavía
no han eliminado nada.

Marisol (voluntaria)

---------- Forwarded message ---------
From: FindKinly Privacy <privacy@findkinly.example>
Subject: Opt-out request received

Your opt-out request has been received and will be processed within 72 hours. No further action is
needed at this time.""", to=CLINIC)

R("es-31", "es", "extended", DATENHAUS, "Su solicitud de supresión (art. 12.3 RGPD)",
  """Estimado señor Ibáñez del Río:

Dada la complejidad de su solicitud, prorrogamos el plazo de respuesta en dos meses adicionales,
conforme al artículo 12, apartado 3, del RGPD. Le responderemos a más tardar el 2 de febrero de 2027.

Protección de Datos, Datenhaus GmbH""", quoted=Q_ES2)

R("es-32", "es", "unsure", DATENHAUS, "Su solicitud de acceso (art. 15 RGPD)",
  """Estimado señor Ibáñez del Río:

En respuesta a su solicitud, le enviamos la información sobre los datos personales que tratamos
sobre usted (artículo 15 del RGPD): nombre, dirección postal en Oxnard y año de nacimiento, obtenidos
de un proveedor de direcciones. Los tratamos con base en nuestro interés legítimo (art. 6.1.f).
Puede oponerse a este tratamiento en cualquier momento.

Protección de Datos, Datenhaus GmbH""", quoted=Q_ES2)

R("es-33", "es", "needs_id", VECINDATA, "Acción requerida: verificación de identidad",
  """Hola:

Para procesar su solicitud de eliminación necesitamos verificar su identidad. Envíenos una foto de su
identificación oficial (licencia de conducir, matrícula consular o pasaporte) en la que se vea su
nombre. Las solicitudes sin verificar se cierran después de 30 días.

Equipo de Privacidad de VecinData""", quoted=Q_ES)

R("es-34", "es", "confirmed", ("Vecino Finder", "support@vecinofinder.example", "vecinofinder.example"),
  "Re: Request de eliminación",
  """Hola Juan Carlos,

Thanks for reaching out! Su request ha sido procesado y su perfil fue eliminado de Vecino Finder
(Juan C Ibanez, Oxnard CA). It will not show in search results anymore. Cualquier pregunta, just
reply to this e-mail.

Saludos,
Vecino Finder Support""", quoted=Q_ES2)

R("es-35", "es", "verify_link", ("Vecino Finder", "support@vecinofinder.example", "vecinofinder.example"),
  "Código para verificar su solicitud",
  """Estimado usuario,

Para verificar su solicitud de eliminar, por favor copiar el código siguiente y pegar en la página de solicitud, o responder este correo con el código. El código expira en 15 minutos. Si usted no solicitó esto, por favor ignorar este correo y su información no será cambiada.

Código: VF-3391-KQ

Equipo de Soporte""", long=True, to=("Juan Carlos Ibáñez del Río", "jc.ibanez@correo.example"))

# -- Portuguese ------------------------------------------------------------------------------------

Q_PT = """Solicitamos a exclusão de todos os dados pessoais de nossa cliente Luzia Aparecida dos Santos
Ferreira (nascida em 1977, Framingham, MA) e de qualquer perfil dela. Referência OPT-4C8L-12"""

R("pt-01", "pt", "acknowledged", WHOSNEAR, "Recebemos sua solicitação de exclusão",
  """Olá,

Sua solicitação de exclusão foi recebida e será processada em até 72 horas. Pode levar até 7 dias
para a alteração aparecer em todos os sites parceiros. Não é necessário enviar outra solicitação.

Equipe de Suporte WhosNear""", quoted=Q_PT, charset="iso-8859-1")

R("pt-02", "pt", "confirmed", WHOSNEAR, "Seu perfil foi suprimido",
  """Olá,

Seu perfil foi suprimido. O registro selecionado (Luzia A Ferreira, Framingham MA, 49 anos) não
aparece mais nos resultados de busca da WhosNear.

Registros podem reaparecer se surgirem novos registros públicos que não correspondam ao perfil
suprimido.

Equipe de Suporte WhosNear""", quoted=Q_PT, form="alt")

R("pt-03", "pt", "refused", CADASTRO, "Sua solicitação de eliminação (LGPD)",
  """Prezada Sra. Luzia Aparecida dos Santos Ferreira,

Analisamos sua solicitação de eliminação. Os dados cadastrais que mantemos são necessários para o
cumprimento de obrigação legal e para a proteção do crédito (art. 16, I, e art. 7º, X, da LGPD) e,
por isso, não podem ser eliminados. Nenhum dado foi excluído.

Encarregado de Dados, CadastroBR""", reason="legal obligation to retain", quoted=Q_PT)

R("pt-04", "pt", "unsure", CADASTRO, "Confirmação de existência e acesso aos dados",
  """Prezada Sra. Luzia Aparecida dos Santos Ferreira,

Em atendimento ao art. 18, I e II, da LGPD, confirmamos que tratamos os seguintes dados seus: nome,
CPF parcial e endereço em Governador Valadares (MG), obtidos de bureaus de crédito. Segue em anexo
a cópia completa. Sua solicitação foi atendida.

Encarregado de Dados, CadastroBR""", quoted=Q_PT)

R("pt-05", "pt", "verify_link", BUSCAPER, "Confirme sua solicitação",
  """Olá,

Para concluir a remoção do seu perfil, clique no link abaixo. O link expira em 24 horas.

[Confirmar remoção](https://www.buscapersona.example/pt/remover/confirmar?t=Pq90aa)

[Política de privacidade](https://www.buscapersona.example/pt/privacidade)""", form="alt",
  link="https://www.buscapersona.example/pt/remover/confirmar?t=Pq90aa",
  to=("Luzia Ferreira", "luzia.ferreira@correio.example"))

R("pt-06", "pt", "refused", NUVIC, "Sua solicitação de remoção",
  """Olá,

Não conseguimos localizar nenhum registro associado às informações fornecidas (Luzia Santos,
Framingham, MA). Nada mais é necessário da sua parte.

Equipe de Remoção NuVicinity""", quoted=Q_PT, reason="no record")

R("pt-07", "pt", "auto_reply", CADASTRO, "Resposta automática: férias coletivas",
  """Olá! Estamos em férias coletivas até 4 de janeiro. Sua mensagem será respondida assim que
retornarmos. Obrigado pela compreensão.""", headers=(("Auto-Submitted", "auto-replied"),), quoted=Q_PT)

R("pt-08", "pt", "confirmed", RADAR, "Re: Pedido de remoção",
  """Prezada Luzia Aparecida dos Santos Ferreira,

Obrigado por escrever para a RadarLine e pela sua paciência.

Atenciosamente,
Atendimento RadarLine

P.S.: Seu perfil e o histórico de endereços foram excluídos de radarline.example; uma busca pelo seu
nome não os mostra mais.""", quoted=Q_PT)

# -- Haitian Creole --------------------------------------------------------------------------------

Q_HT = """Tanpri efase tout enfòmasyon sou kliyan nou an, Marie-Claude Pierre-Louis (fèt an 1983, North
Miami, FL), epi retire pwofil li. Referans OPT-6T3P-84"""

R("ht-01", "ht", "acknowledged", WHOSNEAR, "Nou resevwa demann ou",
  """Bonjou,

Nou resevwa demann ou pou retire enfòmasyon ou, epi n ap trete l nan 72 èdtan. Li ka pran jiska 7 jou
pou chanjman an parèt sou tout sit patnè nou yo. Ou pa bezwen voye yon lòt demann.

Ekip Sipò WhosNear""", quoted=Q_HT)

R("ht-02", "ht", "confirmed", FASTFOLK, "Re: Retire dosye mwen",
  """Fini. Nou retire dosye Marie-Claude Pierre-Louis, 43 an, North Miami FL, sou FastFolk; li p ap
parèt nan rezilta rechèch yo ankò. Tanpri bay li jiska 48 èdtan.

FastFolk""", quoted=Q_HT)

R("ht-03", "ht", "unsure", NUVIC, "Demann ou pou retire enfòmasyon",
  """Bonjou,

Nou pa t kapab jwenn okenn dosye ki koresponn ak enfòmasyon ou ban nou (Marie Louis, North Miami,
FL). Ou pa bezwen fè anyen ankò.

Ekip NuVicinity""", quoted=Q_HT)

R("ht-04", "ht", "verify_link", CREST, "Konfime ke ou pa yon robo",
  """Bonjou,

Nou resevwa yon demann pou kache dosye. Anvan nou trete l, nou bezwen konnen se yon moun ki voye l.

[Klike la a pou konfime ou pa yon robo](https://suppression.peoplecrest.example/ht/verifye?r=PC-773088&k=51aa)

Sant Sipresyon PeopleCrest""", form="alt", link="https://suppression.peoplecrest.example/ht/verifye?r=PC-773088&k=51aa",
  quoted=Q_HT)

R("ht-05", "ht", "needs_id", LIFELINE, "Verifikasyon idantite",
  """Bonjou,

Pou nou ka efase enfòmasyon ou, nou bezwen verifye idantite ou. Tanpri voye nou yon kopi pyès
idantite ofisyèl ou (lisans oswa paspò) ak yon bòdwo kouran oswa dlo ki gen adrès ou.

Sèvis Manm MyLifeLine""", quoted=Q_HT)

# -- French ----------------------------------------------------------------------------------------

Q_FR = """Conformément à l'article 17 du RGPD, veuillez effacer toutes les données personnelles concernant
Aminata Diallo-Ndiaye, née le 04/07/1991 à Lyon, et supprimer sa fiche. Référence OPT-3X1M-27"""

R("fr-01", "fr", "extended", INFOCLIENT, "Votre demande d'effacement - prolongation du délai",
  """Madame,

Compte tenu de la complexité de votre demande et du nombre de demandes reçues, nous prolongeons le
délai de réponse de deux mois, comme le permet l'article 12, paragraphe 3, du RGPD. Nous vous
répondrons au plus tard le 2 février 2027.

Le Délégué à la protection des données, InfoClient France""", quoted=Q_FR, charset="windows-1252")

R("fr-02", "fr", "refused", INFOCLIENT, "Votre demande d'effacement",
  """Madame,

Nous ne pouvons pas donner suite à votre demande d'effacement : les données vous concernant sont
nécessaires au respect d'une obligation légale (article 17, paragraphe 3, point b, du RGPD), nos
factures devant être conservées dix ans. Ces données sont limitées et ne sont plus utilisées à
d'autres fins. Aucune donnée n'a été supprimée.

Vous pouvez introduire une réclamation auprès de la CNIL.

Le Délégué à la protection des données, InfoClient France""", reason="legal obligation to retain",
  quoted=Q_FR, charset="iso-8859-1")

R("fr-03", "fr", "confirmed", INFOCLIENT, "Votre opposition au traitement",
  """Madame,

Nous avons fait droit à votre opposition (article 21 du RGPD) : nous avons cessé tout traitement de
vos données et les avons effacées de nos fichiers de prospection et de notre annuaire. Elles ne
seront plus communiquées à nos clients.

Le Délégué à la protection des données, InfoClient France""", quoted=Q_FR)

R("fr-04", "fr", "unsure", INFOCLIENT, "Votre demande d'accès",
  """Madame,

Suite à votre demande, vous trouverez ci-dessous les données vous concernant que nous traitons
(article 15 du RGPD) : nom, adresse postale à Lyon, année de naissance. Source : annuaire public.
Base légale : intérêt légitime. Votre demande est ainsi traitée.

Le Délégué à la protection des données, InfoClient France""", quoted=Q_FR)

R("fr-05", "fr", "auto_reply", INFOCLIENT, "Réponse automatique : absence",
  """Bonjour,

Je suis absent du bureau jusqu'au 16 novembre inclus. Pour toute demande urgente concernant la
protection des données, écrivez à dpo@infoclient-fr.example.

Cordialement""", headers=(("Auto-Submitted", "auto-replied"),), quoted=Q_FR)

# -- Vietnamese ------------------------------------------------------------------------------------

R("vi-01", "vi", "acknowledged", WHOSNEAR, "Chúng tôi đã nhận được yêu cầu của quý vị",
  """Xin chào,

Yêu cầu xóa thông tin của quý vị đã được tiếp nhận và sẽ được xử lý trong vòng 72 giờ. Có thể mất
đến 7 ngày để thay đổi hiển thị trên tất cả các trang đối tác. Quý vị không cần gửi yêu cầu khác.

Nhóm Hỗ trợ WhosNear""", quoted=Q_NGUYEN)

R("vi-02", "vi", "confirmed", WHOSNEAR, "Hồ sơ của quý vị đã bị ẩn",
  """Xin chào,

Hồ sơ của quý vị đã được ẩn khỏi kết quả tìm kiếm. Hồ sơ đã chọn (Hoa T Nguyen, Garden Grove CA,
58 tuổi) không còn xuất hiện trên WhosNear.

Hồ sơ có thể xuất hiện lại nếu có hồ sơ công khai mới không khớp với hồ sơ đã ẩn.

Nhóm Hỗ trợ WhosNear""", quoted=Q_NGUYEN, form="alt")

R("vi-03", "vi", "verify_link", CREST, "Mã xác minh của quý vị",
  """Mã xác minh dùng một lần của quý vị là:

    506 117

Hãy nhập mã này vào trang yêu cầu ẩn hồ sơ, hoặc trả lời email này với mã ở dòng đầu tiên. Mã có
hiệu lực trong 30 phút.

Trung tâm Ẩn hồ sơ PeopleCrest""", to=("Nguyen Hoa", "hoa.nguyen68@mailbox.example"))

R("vi-04", "vi", "unsure", AXION, "Yêu cầu của quý vị đã hoàn tất",
  """Xin chào,

Yêu cầu của quý vị đã hoàn tất: quý vị đã được hủy đăng ký khỏi tất cả email tiếp thị của Axion
Data và địa chỉ email của quý vị đã được xóa khỏi danh sách gửi thư.

Chăm sóc Khách hàng Axion Data""", quoted=Q_NGUYEN)

R("vi-05", "vi", "confirmed", RADAR, "Re: Yêu cầu xóa thông tin",
  """Kính gửi bà Nguyễn Thị Hoa,

Cảm ơn bà đã liên hệ với RadarLine và đã kiên nhẫn chờ đợi.

Trân trọng,
RadarLine

T.B.: Hồ sơ của bà và lịch sử địa chỉ liên quan đã bị xóa khỏi radarline.example; tìm kiếm tên bà
sẽ không còn hiển thị chúng.""", quoted=Q_NGUYEN)

R("vi-06", "vi", "acknowledged", BUSCAPER, "Yêu cầu của bạn đã được nhận",
  """Kính gửi người dùng,

Yêu cầu của bạn để xóa dữ liệu đã được chúng tôi nhận được và sẽ được xử lý trong thời hạn của 45 ngày theo luật áp dụng. Bạn không cần làm hành động khác tại thời điểm này, bởi vì đội sẽ liên hệ với bạn bằng email khi yêu cầu sẽ được hoàn thành.

Số trường hợp: BP-00771

Trân trọng, Đội""", long=True, quoted=Q_NGUYEN)

# -- Chinese (simplified and traditional) ----------------------------------------------------------

Q_ZH = """请删除我们的客户王秀英（Wang Xiuying，1962年出生，加州蒙特利公园市）的全部个人信息，并删除她的公开资料。
参考编号 OPT-2W6Y-19"""
Q_ZHT = """請刪除我們的客戶陳美玲（Chen Mei-Ling，1970年出生，紐約法拉盛）的全部個人資料，並移除她的公開資料。
參考編號 OPT-8H4Q-36"""

R("zh-01", "zh", "acknowledged", WHOSNEAR, "我们已收到您的退出请求",
  """您好：

您的退出请求已收到，将在72小时内处理。所有合作网站更新可能需要最多7天。您无需再次提交请求。

WhosNear 支持团队""", quoted=Q_ZH, charset="gb18030", cte="base64")

R("zh-02", "zh", "refused", LEADFORGE, "回复：删除请求",
  """您好：

我们已将您加入“请勿联系”名单。您的电子邮件和电话号码将不再用于LeadForge的任何营销活动，也不会提供给我们的客户。
为执行此请求，我们会保留维持屏蔽所需的最少信息。

LeadForge 数据合规部""", reason="suppression instead of deletion", quoted=Q_ZH, charset="gb18030", cte="8bit")

R("zh-03", "zh", "refused", NUVIC, "您的删除请求",
  """您好：

我们未能找到与您提供的信息（Xiuying Wang，蒙特利公园市）相关的任何记录。您无需再做任何事。

NuVicinity 删除团队""", quoted=Q_ZH, reason="no record")

R("zh-04", "zh", "verify_link", FINDKIN, "请确认您的退出请求",
  """您好：

请点击下面的链接完成退出。链接24小时内有效。

[确认退出](https://www.findkinly.example/zh/optout/confirm?t=Wx51Pq)

[隐私政策](https://www.findkinly.example/zh/privacy)""", form="alt",
  link="https://www.findkinly.example/zh/optout/confirm?t=Wx51Pq", to=("王秀英", "xiuying.w@mailbox.example"),
  charset="gb18030", cte="base64")

R("zh-05", "zh", "confirmed", WHOSNEAR, "您的資料已被隱藏",
  """您好：

您的資料已被隱藏。所選記錄（Mei Ling Chen，紐約法拉盛，56歲）已不再出現在 WhosNear 的搜尋結果中。

如果出現與已隱藏資料不符的新公開記錄，資料可能會再次出現。

WhosNear 支援團隊""", quoted=Q_ZHT, charset="big5", cte="base64")

R("zh-06", "zh", "needs_id", RADAR, "回覆：刪除請求",
  """陳美玲 女士您好：

感謝您聯絡 RadarLine，也感謝您的耐心。

RadarLine 客戶服務

附註：在刪除資料之前，我們需要您提供一份附照片的政府身分證件影本，以及最近90天內的地址證明（例如水電費帳單）。""",
  quoted=Q_ZHT, charset="big5", cte="8bit")

# -- Korean ----------------------------------------------------------------------------------------

R("ko-01", "ko", "acknowledged", WHOSNEAR, "수신 거부 요청이 접수되었습니다",
  """안녕하세요.

고객님의 수신 거부 요청이 접수되었으며 72시간 이내에 처리될 예정입니다. 모든 제휴 사이트에 반영되기까지
최대 7일이 걸릴 수 있습니다. 다시 요청하실 필요는 없습니다.

WhosNear 지원팀""", quoted=Q_KIM, charset="euc-kr", cte="base64")

R("ko-02", "ko", "confirmed", FASTFOLK, "Re: 기록 삭제 요청",
  """완료되었습니다. Minjun Kim, 43세, Fort Lee NJ 기록이 FastFolk에서 삭제되었으며 더 이상 검색 결과에
표시되지 않습니다. 모든 곳에 반영되기까지 최대 48시간이 걸릴 수 있습니다.

FastFolk""", quoted=Q_KIM, charset="euc-kr", cte="8bit")

R("ko-03", "ko", "unsure", LIFELINE, "계정이 삭제되었습니다",
  """안녕하세요.

요청하신 대로 MyLifeLine 회원 계정이 해지 및 삭제되었습니다. 더 이상 로그인하실 수 없습니다.

MyLifeLine의 공개 프로필은 공공 기록으로 작성되며 회원 계정에 포함되지 않습니다. 공개 프로필 변경은
mylifeline.example/privacyrequest에서 요청하십시오.

MyLifeLine 회원 서비스""", quoted=Q_KIM)

R("ko-04", "ko", "verify_link", CREST, "로봇이 아님을 확인해 주세요",
  """안녕하세요.

기록 숨김 요청을 받았습니다. 처리하기 전에 사람이 보낸 요청인지 확인해야 합니다.

[로봇이 아님을 확인하려면 여기를 클릭하세요](https://suppression.peoplecrest.example/ko/verify/human?r=PC-774120&k=c81e)

PeopleCrest 숨김 센터""", form="alt", link="https://suppression.peoplecrest.example/ko/verify/human?r=PC-774120&k=c81e",
  quoted=Q_KIM)

# -- Tagalog ---------------------------------------------------------------------------------------

Q_TL = """Pakibura po ang lahat ng personal na impormasyon ni Maria Cristina dela Paz-Santos (ipinanganak
noong 1980, Daly City, CA) at alisin ang kanyang listing. Reference OPT-5D2R-70"""

R("tl-01", "tl", "acknowledged", WHOSNEAR, "Natanggap namin ang inyong kahilingan",
  """Magandang araw,

Natanggap na ang inyong kahilingan na mag-opt out at ipoproseso ito sa loob ng 72 oras. Maaaring
umabot ng 7 araw bago makita ang pagbabago sa lahat ng partner site. Hindi na kailangang magpadala
ng isa pang kahilingan.

WhosNear Support Team""", quoted=Q_TL)

R("tl-02", "tl", "confirmed", NUVIC, "Ang inyong kahilingan na mag-alis",
  """Magandang araw,

Inalis na namin ang listing na inyong tinukoy. Wala kaming nahanap na iba pang rekord na kaugnay ng
pangalan at address na inyong ibinigay. Wala na kayong kailangang gawin.

NuVicinity Removal Team""", quoted=Q_TL)

R("tl-03", "tl", "unsure", FASTFOLK, "Katayuan ng pag-aalis",
  """Naproseso na ang inyong kahilingan.

Inalis: Maria C Santos, 46, Daly City CA
Hindi inalis: Cristina Dela Paz, 45, South San Francisco CA (hindi nakita ang listing)

FastFolk""", quoted=Q_TL)

R("tl-04", "tl", "auto_reply", RADAR, "Awtomatikong sagot",
  """Salamat sa inyong mensahe. Sarado ang aming opisina hanggang Lunes dahil sa holiday. Sasagutin
namin ang inyong email ayon sa pagkakasunod-sunod ng pagdating nito.""",
  headers=(("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")), quoted=Q_TL)

# -- Arabic ----------------------------------------------------------------------------------------

Q_AR = """يرجى حذف جميع البيانات الشخصية لموكلنا يوسف عبد الرحمن الحسيني (مواليد 1985، ديربورن، ميشيغان)
وإزالة ملفه. المرجع OPT-7A9H-53"""

R("ar-01", "ar", "acknowledged", WHOSNEAR, "تم استلام طلب الإلغاء",
  """مرحباً،

تم استلام طلب إلغاء الاشتراك الخاص بك وستتم معالجته خلال 72 ساعة. قد يستغرق ظهور التغيير على جميع
المواقع الشريكة ما يصل إلى 7 أيام. لا حاجة لإرسال طلب آخر.

فريق دعم WhosNear""", quoted=Q_AR, charset="windows-1256", form="alt", rtl=True)

R("ar-02", "ar", "confirmed", FASTFOLK, "رد: حذف السجل",
  """تم. حذفنا سجل يوسف الحسيني، 41 عاماً، ديربورن ميشيغان، من FastFolk ولن يظهر في نتائج البحث بعد الآن.
قد يستغرق ذلك حتى 48 ساعة.

FastFolk""", quoted=Q_AR, charset="windows-1256", cte="8bit")

R("ar-03", "ar", "refused", NUVIC, "طلب الحذف الخاص بك",
  """مرحباً،

لم نتمكن من العثور على أي سجلات مرتبطة بالمعلومات التي قدمتها (Yousef Husseini، ديربورن). لا يلزم
أي إجراء آخر من جانبك.

فريق الحذف في NuVicinity""", quoted=Q_AR, reason="no record")

R("ar-04", "ar", "bounce", ("Mail Delivery System", "mailer-daemon@mx2.puentes-legal.example", "nuvicinity.example"),
  "فشل تسليم الرسالة",
  """تعذر تسليم رسالتك إلى المستلم التالي:

removal-ar@nuvicinity.example
السبب: صندوق البريد غير موجود.""", form="bounce", bounced="removal-ar@nuvicinity.example", quoted=Q_AR,
  status="5.1.1", diag="550 5.1.1 mailbox does not exist")

# -- Russian and Ukrainian -------------------------------------------------------------------------

Q_RU = """Просим удалить все персональные данные нашей клиентки Ольги Сергеевны Петровой-Ивановой
(1984 г. р., Сакраменто, Калифорния) и её профиль. Номер OPT-9K5R-41"""
Q_UK = """Просимо видалити всі персональні дані нашої клієнтки Оксани Коваленко-Марчук (1988 р. н.,
Сакраменто) та її профіль. Номер OPT-6G7E-32"""

R("ru-01", "ru", "acknowledged", WHOSNEAR, "Ваш запрос получен",
  """Здравствуйте!

Ваш запрос на удаление получен и будет обработан в течение 72 часов. Изменения могут появиться на
всех партнёрских сайтах в течение 7 дней. Повторно отправлять запрос не нужно.

Служба поддержки WhosNear""", quoted=Q_RU, charset="koi8-r", cte="8bit")

R("ru-02", "ru", "confirmed", RADAR, "Re: Запрос на удаление",
  """Уважаемая Ольга Сергеевна Петрова-Иванова!

Благодарим вас за обращение в RadarLine и за терпение.

С уважением,
RadarLine

P.S. Ваш профиль и связанная с ним история адресов удалены с radarline.example; поиск по вашему
имени их больше не показывает.""", quoted=Q_RU, charset="windows-1251", cte="quoted-printable")

R("ru-03", "ru", "refused", CHECKPATH, "Ваш запрос о потребительском досье",
  """Здравствуйте!

CheckPath - агентство потребительской отчётности, деятельность которого регулируется законом FCRA.
Сведения, которые мы храним для составления потребительских отчётов, не подлежат удалению по
запросам CCPA. Мы не продаём потребительские отчёты в маркетинговых целях. Ничего не удалено.

CheckPath""", reason="exempt (FCRA)", quoted=Q_RU, charset="koi8-r", cte="quoted-printable")

R("ru-04", "ru", "auto_reply", DATENHAUS, "Автоответ: отпуск",
  """Добрый день! Я в отпуске до 23 ноября и не читаю почту. По вопросам защиты данных пишите на
datenschutz@datenhaus.example.""", headers=(("Auto-Submitted", "auto-replied"),), quoted=Q_RU,
  charset="windows-1251", cte="8bit")

R("uk-01", "uk", "verify_link", CREST, "Ваш код підтвердження",
  """Ваш одноразовий код підтвердження:

    902 365

Введіть цей код на сторінці, де ви почали запит, або дайте відповідь на цей лист, указавши код у
першому рядку. Код дійсний 30 хвилин.

Центр приховування PeopleCrest""", to=("Оксана Коваленко-Марчук", "oksana.km@poshta.example"),
  charset="windows-1251", cte="8bit")

R("uk-02", "uk", "unsure", TENANTEYE, "Ваш запит на отримання інформації",
  """Вітаємо!

За посиланням нижче ви знайдете копію персональних даних, які TenantEye зібрала про вас за останні
12 місяців. Цим ваш запит на доступ до інформації виконано.

[Завантажити звіт](https://portal.tenanteye.example/rtk/download/TE-5788)

TenantEye""", form="alt", quoted=Q_UK)

R("uk-03", "uk", "confirmed", ZOOMC, "Ваш запит щодо конфіденційності",
  """Вітаємо!

Ми видалили ваш профіль і контактні дані з платформи ZoomContact та з наших наборів даних. Вони
більше не будуть доступні нашим клієнтам.

ZoomContact""", quoted=Q_UK, charset="windows-1251", cte="quoted-printable")

# -- Somali, Persian/Dari, Amharic, Hindi, Nepali, Hmong -------------------------------------------

R("so-01", "so", "acknowledged", WHOSNEAR, "Codsigaaga waa la helay",
  """Salaan,

Codsigaaga ka bixitaanka waa la helay waxaana la fulin doonaa 72 saacadood gudahood. Waxay qaadan
kartaa ilaa 7 maalmood in isbeddelku ka muuqdo dhammaan bogagga la shaqeeya. Uma baahnid inaad
soo dirto codsi kale.

Kooxda Taageerada WhosNear""", quoted=Q_FARAH)

R("so-02", "so", "confirmed", FASTFOLK, "Re: Tirtir diiwaankayga",
  """Waa la dhammeeyay. Diiwaanka Abdirahman W Farah, 51 jir, Minneapolis MN, waa laga saaray FastFolk
mana ka muuqan doono natiijooyinka raadinta. Fadlan sug ilaa 48 saacadood.

FastFolk""", quoted=Q_FARAH)

R("so-03", "so", "auto_reply", NUVIC, "Jawaab toos ah",
  """Mahadsanid fariintaada. Xafiiskeennu wuu xiran yahay ilaa Isniinta fasax dartiis. Waxaan kaaga
jawaabi doonnaa sida ugu dhakhsaha badan.""", headers=(("Auto-Submitted", "auto-replied"),), quoted=Q_FARAH)

Q_FA = """لطفاً تمام اطلاعات شخصی موکل ما، فاطمه رحیمی‌نسب (متولد ۱۳۶۸، سن‌دیگو، کالیفرنیا) را حذف
کنید و پروفایل او را بردارید. شماره مرجع OPT-1F3Z-66"""

R("fa-01", "fa", "acknowledged", WHOSNEAR, "درخواست شما دریافت شد",
  """سلام،

درخواست انصراف شما دریافت شد و ظرف ۷۲ ساعت رسیدگی خواهد شد. ممکن است تا ۷ روز طول بکشد تا تغییر
در همه سایت‌های همکار دیده شود. نیازی به ارسال درخواست دیگری نیست.

تیم پشتیبانی WhosNear""", quoted=Q_FA, form="alt", rtl=True)

R("fa-02", "fa", "refused", LEADFORGE, "پاسخ: درخواست حذف",
  """سلام،

نام شما را به فهرست «تماس نگیرید» اضافه کردیم. ایمیل و شماره تلفن شما دیگر در هیچ کارزار بازاریابی
LeadForge استفاده نمی‌شود. برای اجرای این درخواست، حداقل اطلاعات لازم برای حفظ این مسدودسازی نزد ما
می‌ماند.

بخش انطباق داده LeadForge""", reason="suppression instead of deletion", quoted=Q_FA)

R("fa-03", "fa", "needs_id", RADAR, "تأیید هویت (دری)",
  """سلام،

برای حذف معلومات شما، باید هویت تان را تأیید کنیم. لطفاً یک کاپی تذکره یا پاسپورت و یک بل برق یا آب
که آدرس شما در آن باشد، برای ما بفرستید.

خدمات مشتریان RadarLine""", quoted=Q_FA)

Q_AM = """እባክዎ የደንበኛችንን ፀጋዬ አለሙ ወልደማርያም (በ1979 የተወለደ፣ ሲልቨር ስፕሪንግ፣ ሜሪላንድ) የግል መረጃ በሙሉ ይሰርዙ።
ማጣቀሻ OPT-3E8A-05"""

R("am-01", "am", "acknowledged", WHOSNEAR, "ጥያቄዎ ደርሶናል",
  """ሰላም፣

የመውጣት ጥያቄዎ ደርሶናል፤ በ72 ሰዓታት ውስጥ ይስተናገዳል። ለውጡ በሁሉም አጋር ድረ-ገጾች ላይ እስኪታይ እስከ 7 ቀናት
ሊወስድ ይችላል። ሌላ ጥያቄ መላክ አያስፈልግዎትም።

የWhosNear ድጋፍ ቡድን""", quoted=Q_AM)

R("am-02", "am", "confirmed", FASTFOLK, "Re: መረጃዬን ሰርዙ",
  """ተጠናቋል። የፀጋዬ አለሙ (46 ዓመት፣ ሲልቨር ስፕሪንግ MD) መዝገብ ከFastFolk ተሰርዟል፤ ከእንግዲህ በፍለጋ ውጤቶች ውስጥ
አይታይም።

FastFolk""", quoted=Q_AM)

Q_HI = """कृपया हमारे मुवक्किल राजेश कुमार शर्मा (जन्म 1976, एडिसन, न्यू जर्सी) की सभी व्यक्तिगत जानकारी हटाएँ
और उनकी प्रोफ़ाइल हटा दें। संदर्भ OPT-4H1D-88"""

R("hi-01", "hi", "verify_link", FINDKIN, "अपने अनुरोध की पुष्टि करें",
  """नमस्ते,

ऑप्ट-आउट पूरा करने के लिए नीचे दिए गए लिंक पर क्लिक करें। यह लिंक 24 घंटे में समाप्त हो जाएगा।

[ऑप्ट-आउट की पुष्टि करें](https://www.findkinly.example/hi/optout/confirm?t=Hd22Lm)

[गोपनीयता नीति](https://www.findkinly.example/hi/privacy)""", form="alt",
  link="https://www.findkinly.example/hi/optout/confirm?t=Hd22Lm", to=("Rajesh K Sharma", "rajesh.ks@mailbox.example"))

R("hi-02", "hi", "unsure", AXION, "आपका अनुरोध पूरा हुआ",
  """नमस्ते,

आपका अनुरोध पूरा हो गया है: आपको Axion Data के सभी मार्केटिंग ईमेल से अनसब्सक्राइब कर दिया गया है और
आपका ईमेल पता हमारी मेलिंग सूचियों से हटा दिया गया है।

Axion Data उपभोक्ता सेवा""", quoted=Q_HI)

Q_NE = """कृपया हाम्रो ग्राहक सुनिता गुरुङ थापा (जन्म १९८७, अरोरा, कोलोराडो) को सबै व्यक्तिगत जानकारी मेटाउनुहोस्।
सन्दर्भ OPT-2N7G-14"""

R("ne-01", "ne", "acknowledged", WHOSNEAR, "तपाईंको अनुरोध प्राप्त भयो",
  """नमस्ते,

तपाईंको अप्ट-आउट अनुरोध प्राप्त भएको छ र ७२ घण्टाभित्र प्रक्रिया गरिनेछ। सबै साझेदार साइटहरूमा परिवर्तन
देखिन ७ दिनसम्म लाग्न सक्छ। अर्को अनुरोध पठाउनु पर्दैन।

WhosNear सहायता टोली""", quoted=Q_NE)

R("ne-02", "ne", "needs_id", LIFELINE, "पहिचान प्रमाणीकरण आवश्यक",
  """नमस्ते,

तपाईंको जानकारी मेटाउन हामीले तपाईंको पहिचान प्रमाणित गर्नुपर्छ। कृपया सरकारी फोटो परिचयपत्र (ड्राइभिङ
लाइसेन्स वा राहदानी) को प्रतिलिपि पठाउनुहोस्।

MyLifeLine सदस्य सेवा""", quoted=Q_NE)

Q_HMN = """Thov rho tag nrho cov ntaub ntawv ntawm peb tus neeg siv, Mai Nou Vang Xiong (yug xyoo 1992,
Fresno, CA), thiab rho nws daim ntawv tawm. OPT-5V3X-29"""

R("hmn-01", "hmn", "confirmed", FASTFOLK, "Re: Rho kuv cov ntaub ntawv",
  """Tiav lawm. Peb tau rho Mai Nou Xiong, 34, Fresno CA, daim ntawv tawm ntawm FastFolk lawm thiab nws
yuav tsis tshwm hauv kev tshawb nrhiav lawm. Thov tos txog 48 teev.

FastFolk""", quoted=Q_HMN)

R("hmn-02", "hmn", "unsure", NUVIC, "Koj daim ntawv thov rho tawm",
  """Nyob zoo,

Peb nrhiav tsis tau ib daim ntawv twg uas phim cov ntaub ntawv koj muab (Mai Vang, Fresno). Koj tsis
tas yuav ua dab tsi ntxiv lawm.

NuVicinity""", quoted=Q_HMN)

# -- EU brokers: German, Italian, Polish, Turkish --------------------------------------------------

R("de-01", "de", "extended", DATENHAUS, "Ihr Antrag auf Löschung (Art. 17 DSGVO) - Fristverlängerung",
  """Sehr geehrte Frau Kovalenko-Marchuk,

wegen der Komplexität und der Anzahl der Anträge verlängern wir die Frist zur Beantwortung Ihres
Antrags gemäß Art. 12 Abs. 3 DSGVO um weitere zwei Monate. Sie erhalten unsere Antwort spätestens am
2. Februar 2027.

Mit freundlichen Grüßen
Datenschutz, Datenhaus GmbH""", quoted=Q_GDPR, charset="iso-8859-1")

R("de-02", "de", "refused", DATENHAUS, "Ihr Antrag auf Löschung (Art. 17 DSGVO)",
  """Sehr geehrte Frau Kovalenko-Marchuk,

wir haben Ihren Antrag geprüft. Eine Löschung ist nicht möglich, da wir Ihre Daten zur Erfüllung
gesetzlicher Aufbewahrungspflichten (§ 147 AO, § 257 HGB) benötigen (Art. 17 Abs. 3 lit. b DSGVO).
Die Verarbeitung wurde eingeschränkt. Es wurden keine Daten gelöscht.

Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren.

Mit freundlichen Grüßen
Datenschutz, Datenhaus GmbH""", reason="legal obligation to retain", quoted=Q_GDPR, charset="iso-8859-1",
  cte="quoted-printable")

R("de-03", "de", "unsure", DATENHAUS, "Ihre Auskunft nach Art. 15 DSGVO",
  """Sehr geehrte Frau Kovalenko-Marchuk,

anbei erhalten Sie die Auskunft über die zu Ihrer Person gespeicherten Daten gemäß Art. 15 DSGVO:
Name, Anschrift in Leipzig, Geburtsjahr, Herkunft: Adressverlag. Rechtsgrundlage: Art. 6 Abs. 1
lit. f DSGVO. Damit ist Ihr Antrag erledigt.

Mit freundlichen Grüßen
Datenschutz, Datenhaus GmbH""", quoted=Q_GDPR, to=CLINIC_EN)

R("de-04", "de", "confirmed", MARKETEU, "Ihr Widerspruch gemäß Art. 21 DSGVO",
  """Sehr geehrte Frau Kovalenko-Marchuk,

wir haben Ihrem Widerspruch stattgegeben. Ihre personenbezogenen Daten wurden aus unseren
Marketingdatenbanken und aus dem Firmenverzeichnis gelöscht und werden nicht mehr an Kunden
weitergegeben. Eine Kopie dieses Schreibens bewahren wir als Nachweis auf.

Mit freundlichen Grüßen
Marketlens Europe, Datenschutzbeauftragter""", quoted=Q_GDPR, form="alt", to=CLINIC_EN)

R("de-05", "de", "bounce", ("Mail Delivery System", "MAILER-DAEMON@mx2.puentes-legal.example", "datenhaus.example"),
  "Unzustellbar: Ihr Antrag auf Löschung",
  """Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: loeschung@datenhaus.example
Grund: Das Postfach ist nicht vorhanden.""", form="bounce", bounced="loeschung@datenhaus.example",
  quoted=Q_GDPR, status="5.1.1", diag="550 5.1.1 Postfach nicht vorhanden", charset="iso-8859-1")

Q_IT = """Ai sensi dell'art. 17 GDPR chiediamo la cancellazione di tutti i dati personali di Giuseppina
D'Amico-Lo Russo, nata il 21/09/1969 a Palermo. Riferimento OPT-8I2T-45"""

R("it-01", "it", "extended", REGISTRO, "La sua richiesta di cancellazione - proroga",
  """Gentile Signora D'Amico-Lo Russo,

tenuto conto della complessità della richiesta, la informiamo che il termine per la risposta è
prorogato di due mesi, ai sensi dell'art. 12, paragrafo 3, del GDPR. Riceverà la nostra risposta
entro il 2 febbraio 2027.

Il Responsabile della protezione dei dati, Registro Dati Italia""", quoted=Q_IT, charset="iso-8859-1")

R("it-02", "it", "confirmed", REGISTRO, "Esito della sua richiesta di cancellazione",
  """Gentile Signora D'Amico-Lo Russo,

la informiamo che i suoi dati personali sono stati cancellati dai nostri archivi e dall'elenco
consultabile online. Non risultano altri dati a lei riferibili. Non è richiesta alcuna ulteriore
azione da parte sua.

Il Responsabile della protezione dei dati, Registro Dati Italia""", quoted=Q_IT)

R("it-03", "it", "unsure", REGISTRO, "Riscontro alla sua richiesta di accesso",
  """Gentile Signora D'Amico-Lo Russo,

in riscontro alla sua richiesta le comunichiamo i dati che la riguardano (art. 15 GDPR): nome,
indirizzo a Palermo, anno di nascita, fonte: elenchi pubblici. La richiesta è stata evasa.

Il Responsabile della protezione dei dati, Registro Dati Italia""", quoted=Q_IT)

Q_PL = """Na podstawie art. 17 RODO proszę o usunięcie wszystkich danych osobowych Małgorzaty
Wiśniewskiej-Kowalczyk, ur. 15.05.1982 w Poznaniu. Numer OPT-7P3L-02"""

R("pl-01", "pl", "refused", BAZA, "Odpowiedź na żądanie usunięcia danych",
  """Szanowna Pani,

informujemy, że nie możemy usunąć Pani danych, ponieważ ich przetwarzanie jest niezbędne do
wywiązania się z obowiązku prawnego (art. 17 ust. 3 lit. b RODO). Dane zostały ograniczone.
Żadne dane nie zostały usunięte.

Inspektor Ochrony Danych, BazaOsob.pl""", reason="legal obligation to retain", quoted=Q_PL, charset="iso-8859-2",
  cte="quoted-printable")

R("pl-02", "pl", "confirmed", BAZA, "Potwierdzenie usunięcia danych",
  """Szanowna Pani,

potwierdzamy, że Pani dane osobowe zostały usunięte z naszej bazy i z serwisu bazaosob.example.
Nie znaleźliśmy innych danych dotyczących Pani. Nie musi Pani podejmować żadnych dalszych działań.

Inspektor Ochrony Danych, BazaOsob.pl""", quoted=Q_PL, charset="iso-8859-2", cte="8bit")

R("pl-03", "pl", "auto_reply", BAZA, "Odpowiedź automatyczna",
  """Dziękujemy za wiadomość. Biuro jest nieczynne do 11 listopada (święto). Odpowiemy niezwłocznie
po powrocie.""", headers=(("Auto-Submitted", "auto-replied"),), quoted=Q_PL, charset="iso-8859-2")

Q_TR = """KVKK ve GDPR kapsamında Ayşe Gül Yılmaz-Öztürk'e (1990 doğumlu, İzmir) ait tüm kişisel verilerin
silinmesini talep ediyoruz. Referans OPT-4T6K-81"""

R("tr-01", "tr", "refused", VERITURK, "Silme talebiniz hakkında",
  """Sayın Ayşe Gül Yılmaz-Öztürk,

Talebiniz incelenmiştir. Verileriniz, kanuni saklama yükümlülüğümüz (Vergi Usul Kanunu) nedeniyle
silinememektedir. Verileriniz yalnızca bu amaçla saklanmaktadır. Hiçbir veri silinmemiştir.

VeriTürk Kişisel Verileri Koruma Birimi""", reason="legal obligation to retain", quoted=Q_TR,
  charset="iso-8859-9", cte="quoted-printable")

R("tr-02", "tr", "confirmed", VERITURK, "Talebiniz tamamlandı",
  """Sayın Ayşe Gül Yılmaz-Öztürk,

Kişisel verileriniz sistemlerimizden ve rehber hizmetimizden silinmiştir. Sizden başka bir işlem
yapmanız gerekmemektedir.

VeriTürk Kişisel Verileri Koruma Birimi""", quoted=Q_TR)

# -- Japanese (legacy encodings) -------------------------------------------------------------------

Q_JA = """顧客である佐藤 花子（Sato Hanako、1975年生まれ、カリフォルニア州トーランス）の個人情報をすべて削除し、
掲載情報を削除してください。参照番号 OPT-6J1S-37"""

R("ja-01", "ja", "acknowledged", WHOSNEAR, "オプトアウトのリクエストを受け付けました",
  """こんにちは。

オプトアウトのリクエストを受け付けました。72時間以内に処理いたします。すべての提携サイトに反映されるまで
最大7日かかる場合があります。再度リクエストを送信する必要はありません。

WhosNear サポートチーム""", quoted=Q_JA, charset="iso-2022-jp")

R("ja-02", "ja", "confirmed", FASTFOLK, "Re: 記録の削除",
  """完了しました。Hanako Sato（50歳、カリフォルニア州トーランス）の記録をFastFolkから削除しました。今後検索結果に
表示されることはありません。反映まで最大48時間かかる場合があります。

FastFolk""", quoted=Q_JA, charset="shift_jis", cte="8bit")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
