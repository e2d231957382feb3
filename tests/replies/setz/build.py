"""Assemble set Z (tests/replies/setz): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setz/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

Set Z is weighted to what real brokers answer and earlier sets had less of: confirmations not
worded "deleted" (suppressed, opted out, "will no longer appear", "processed" for a deletion against
"processed" for an access or sale request), removals of part (one listing of several, one site of a
group, the telephone but not the address), another person's record, relisting warnings and removals
that expire, promises under conditions and hedges, needs_id against needs_info (the label rules'
agent's papers), refusals with reasons (public records, not a data broker, a fee, an exemption),
extensions with day-first and month-first deadlines, verification links among look-alike and
tracking links, help desks whose status field disagrees with their text, and mailbox noise. Every
name, address, domain and number is invented; domains end in ``.example``, machines' addresses are
RFC 5737's, telephone numbers 555-01xx.

Body markup: tests/replies/_setbuild.py's (``[text](url)`` a link; ``[text](href|shown)`` an anchor
to ``href`` shown as ``shown`` in the plain part; blank lines separate paragraphs). ``form``:
``plain``; ``flowed`` (plain, RFC 3676); ``html`` (HTML only, ``html_body`` when hand-written);
``alt`` (plain + HTML; ``html_body`` a hand-written HTML part, which may say more or less than the
plain one); ``fwd`` (a note and an earlier mail attached as message/rfc822, ``inner`` its text);
``bounce`` (a delivery report with our letter, ``status`` its code); ``mdn`` (a read receipt, RFC 8098). ``charset`` is the declared
charset, ``cte`` the transfer encoding; ``quoted`` which of our letters (``en``, ``es``) is quoted
under the answer; ``why`` the label's reason, written to labels.csv's ``comment`` column.
"""

from __future__ import annotations

import hashlib
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
from _setbuild import flowed, header, html_of, leaf, multi, page, plain_of, quote, write_labels  # noqa: E402

START = datetime(2026, 11, 5, 7, 48, tzinfo=timezone.utc)
STEP = timedelta(hours=2, minutes=37)
CLINIC_EN = ("Lanternbridge Legal Aid", "requests@lanternbridge-legal.example")
CLINIC_ES = ("Clínica Legal Puente Norte", "bajas@puentenorte-legal.example")
REPLIES: list[dict] = []

# Our letters, as a reply quotes them: "delete", "remove", "confirm", "eliminar", "borrar",
# "confirmar" are ours, never the broker's.
LETTER_EN = """Subject: Deletion request under the CCPA - {token}

To the {broker} privacy office,

Lanternbridge Legal Aid writes as authorised agent for our client; her signed authorisation is
attached. Please delete all personal information you hold about her, remove each of her listings
from your websites, and confirm to us in writing once the deletion is complete. Please quote our
reference {token} in your answer."""

LETTER_ES = """Asunto: Solicitud de eliminación de datos personales - {token}

A la oficina de privacidad de {broker}:

La Clínica Legal Puente Norte escribe como representante autorizada de nuestra clienta; adjuntamos
su autorización firmada. Les pedimos borrar todos sus datos personales, eliminar cada uno de sus
perfiles publicados y confirmarnos por escrito cuando la eliminación esté completa. Por favor
citen nuestra referencia {token} en su respuesta."""


def token(n: int) -> str:
    """Reply ``n``'s invented request token, as our letter gives it (``OPT-Z-`` and five digits)."""
    return f"OPT-Z-{3100 + 37 * n:05d}"


def R(lang: str, cls: str, domain: str, subject: str, body: str, why: str, *, sender: str = "",
      name: str = "", reason: str = "", link: str = "", domains: str = "", form: str = "plain",
      charset: str = "utf-8", cte: str = "8bit", quoted: str = "", html_body: str = "", headers: str = "",
      inner: str = "", status: str = "5.1.1", rtl: bool = False, broker: str = "") -> None:
    """One reply: its label (class ``cls``, ``reason`` for a refusal, the ``link`` to open, ``why`` the
    careful reader's reason) and its mail. ``{token}`` in ``subject``, ``body``, ``html_body`` or
    ``inner`` is replaced by the reply's request token."""
    broker = broker or domain.split(".")[0].replace("-", " ").title()
    REPLIES.append(dict(lang=lang, cls=cls, domain=domain, sender=(name or f"{broker} Privacy",
                        sender or f"privacy@{domain}"), subject=subject, body=body, why=why,
                        reason=reason, link=link, domains=domains or domain, form=form, charset=charset,
                        cte=cte, quoted=quoted, html_body=html_body, headers=headers, inner=inner,
                        status=status, rtl=rtl, broker=broker))


def _letter(r: dict, n: int) -> tuple[str, str]:
    """Our letter ``r`` quotes (its attribution line and text), or two empty strings."""
    if not r["quoted"]:
        return "", ""
    sent = format_datetime(START + STEP * n - timedelta(days=9))
    clinic = CLINIC_ES if r["quoted"] == "es" else CLINIC_EN
    text = (LETTER_ES if r["quoted"] == "es" else LETTER_EN).format(token=token(n), broker=r["broker"])
    said = "escribió" if r["quoted"] == "es" else "wrote"
    return f"On {sent}, {clinic[0]} <{clinic[1]}> {said}:" if r["quoted"] == "en" else \
        f"El {sent}, {clinic[0]} <{clinic[1]}> {said}:", text


def _flowed_leaf(text: str, charset: str, cte: str) -> bytes:
    head = f'Content-Type: text/plain; charset="{charset}"; format=flowed\nContent-Transfer-Encoding: {cte}\n\n'
    raw = text.encode(charset)
    return head.encode() + (raw if raw.endswith(b"\n") else raw + b"\n")


def _dsn(r: dict, n: int, when: str, letter: str) -> bytes:
    """A delivery report (RFC 3464): a human part, the machine part and our letter."""
    human = leaf("plain", plain_of(r["body"].replace("{token}", token(n))), r["charset"], r["cte"])
    machine = (f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.{r['domain']}\n"
               f"Arrival-Date: {when}\n\nFinal-Recipient: rfc822; privacy@{r['domain']}\nAction: failed\n"
               f"Status: {r['status']}\nRemote-MTA: dns; mx.{r['domain']} [192.0.2.{30 + n % 200}]\n"
               f"Diagnostic-Code: smtp; {r['inner'] or '550 ' + r['status'] + ' user unknown'}\n").encode()
    clinic = CLINIC_ES if r["quoted"] == "es" else CLINIC_EN
    ours = (f"Content-Type: message/rfc822\n\nFrom: {header(clinic[0], 'utf-8')} <{clinic[1]}>\n"
            f"To: privacy@{r['domain']}\nSubject: {header(letter.splitlines()[0].split(': ', 1)[1], 'utf-8')}\n"
            f"Date: {when}\nMessage-ID: <ours-{token(n)}@{clinic[1].split('@')[1]}>\nMIME-Version: 1.0\n"
            f'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
            + "\n".join(letter.splitlines()[2:]) + "\n").encode()
    return multi("report", [human, machine, ours], f"=_dsn_z{n:03d}", "; report-type=delivery-status")


def build(n: int, r: dict) -> bytes:
    """Reply ``n`` as a whole mail (headers and body), ``\\n`` line ends."""
    when = format_datetime(START + STEP * n)
    body = r["body"].replace("{token}", token(n))
    attribution, letter = _letter(r, n)
    clinic = CLINIC_ES if r["quoted"] == "es" or r["lang"] == "es" else CLINIC_EN
    plain = plain_of(body)
    if letter and r["form"] != "bounce":
        plain += "\n" + attribution + "\n" + quote(letter)
    form, cs, cte = r["form"], r["charset"], r["cte"]
    quoted_html = (attribution + "\n" + letter) if letter else ""
    html = (page(r["html_body"].replace("{token}", token(n)), cs, r["rtl"]) if r["html_body"]
            else html_of(body, quoted_html, cs, r["rtl"]))
    if form == "plain":
        payload = leaf("plain", plain, cs, cte)
    elif form == "flowed":
        payload = _flowed_leaf(flowed(plain), cs, cte)
    elif form == "html":
        payload = leaf("html", html, cs, cte)
    elif form == "alt":
        payload = multi("alternative", [leaf("plain", plain, cs, cte), leaf("html", html, cs, cte)], f"=_alt_z{n:03d}")
    elif form == "fwd":
        inner = r["inner"].replace("{token}", token(n))
        attached = b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner.encode("utf-8")
        payload = multi("mixed", [leaf("plain", plain, cs, cte), attached], f"=_fwd_z{n:03d}")
    elif form == "bounce":
        payload = _dsn(r, n, when, letter or LETTER_EN.format(token=token(n), broker=r["broker"]))
    elif form == "mdn":  # a read receipt (RFC 8098) of our letter
        note = ("Content-Type: message/disposition-notification\n\n"
                f"Reporting-UA: mail.{r['domain']}; Webmail 5.1\nFinal-Recipient: rfc822; {r['sender'][1]}\n"
                f"Original-Message-ID: <ours-{token(n)}@{clinic[1].split('@')[1]}>\n"
                "Disposition: manual-action/MDN-sent-manually; displayed\n").encode()
        payload = multi("report", [leaf("plain", plain, cs, cte), note], f"=_mdn_z{n:03d}",
                        "; report-type=disposition-notification")
    else:
        raise ValueError(f"reply {n}: unknown form {form!r}")
    subject = r["subject"].replace("{token}", token(n))
    mid = hashlib.sha1(f"setz-{n}-{r['domain']}".encode()).hexdigest()[:20]
    head = (f"From: {header(r['sender'][0], cs)} <{r['sender'][1]}>\n"
            f"To: {header(clinic[0], cs)} <{clinic[1]}>\n"
            f"Subject: {header(subject, cs)}\nDate: {when}\nMessage-ID: <{mid}@{r['domain']}>\n"
            + (f"In-Reply-To: <ours-{token(n)}@{clinic[1].split('@')[1]}>\n" if letter and form != "bounce" else "")
            + r["headers"] + "MIME-Version: 1.0\n")
    return head.encode() + payload


def main(out: Path = HERE) -> None:
    """Write every reply as ``<lang>-<nn>.eml`` and labels.csv (with its ``comment`` column) into ``out``."""
    counts: dict[str, int] = {}
    labels = []
    for n, r in enumerate(REPLIES):
        counts[r["lang"]] = counts.get(r["lang"], 0) + 1
        name = f"{r['lang']}-{counts[r['lang']]:02d}.eml"
        (out / name).write_bytes(build(n, r))
        labels.append({"file": name, "lang": r["lang"], "class": r["cls"], "reason": r["reason"],
                       "link": r["link"], "domains": r["domains"], "comment": r["why"]})
    write_labels(out / "labels.csv", labels)


AUTO = "Auto-Submitted: auto-replied\n"
AUTO_GEN = "Auto-Submitted: auto-generated\n"
#: Two answers that are not removals and name nothing to do (README, "Labels"): a person looks.
PART = "unsure"  # one listing, one site, one field of several removed; the rest not
OTHERS = "unsure"  # another person's record removed, or a search that proves nothing of the listing asked about


def ticket(status: str, number: str, text: str, *, head: str = "Status", above: str = "") -> str:
    """A help desk's HTML ticket: a status field in a table, then the agent's text (paragraphs)."""
    paras = "".join(f"<p>{p.strip()}</p>\n" for p in text.strip().split("\n\n"))
    return (f"{above}<table style=\"border:1px solid #ccc\"><tr><td><b>Ticket</b></td><td>#{number}</td></tr>\n"
            f"<tr><td><b>{head}</b></td><td>{status}</td></tr></table>\n{paras}")


# == English ======================================================================================
# confirmations not worded "deleted"
R("en", "confirmed", "pinebrook-people.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

Your opt-out is complete. The listing you identified has been suppressed and will no longer appear
in Pinebrook People search results or on any profile page.

Pinebrook People Member Care""", "suppressed and no longer appearing, in a completed form: the listing asked about is off the site",
  quoted="en", charset="us-ascii", cte="7bit", broker="Pinebrook People")
R("en", "confirmed", "quarrytown-search.example", "Your privacy request {token}",
  """Hi there,

Your client's information will no longer appear on QuarryTown Search. We keep her name and the
removed address in a suppression file only, so that our next data load does not add them back.

Regards,
QuarryTown Search Privacy""", "'will no longer appear' said of a removal done; the suppression file only keeps it off (CCPA regs 7022)",
  charset="iso-8859-1", cte="quoted-printable")
R("en", "confirmed", "hollisford-data.example", "Request {token}: processed",
  """Dear Lanternbridge Legal Aid,

We've processed your request to delete personal information. All personal information associated
with your client has been removed from our systems and from the Hollisford people-search site.

Hollisford Data Compliance""", "'processed' for the deletion itself, and the data said removed", quoted="en")
R("en", "unsure", "brantwell-info.example", "We've processed your request {token}",
  """Hello,

We've processed your request. A copy of the personal information we hold about your client is
ready in our secure portal for 30 days: [Download your report](https://brantwell-info.example/portal/report)

This completes your Request to Know.

Brantwell Info Privacy""", "'processed' for an access report (request to know), not the deletion asked: nothing was removed",
  form="alt")
R("en", "unsure", "meadowgate-records.example", "Do Not Sell request {token} processed",
  """Hello,

We have processed your Do Not Sell or Share request. Meadowgate Records will no longer sell or
share your client's personal information with third parties.

Meadowgate Records""", "a sale and sharing opt-out done instead of the deletion asked; the profile is not said to be gone",
  charset="windows-1252", cte="quoted-printable")
R("en", "confirmed", "fernhill-data.example", "Opt-out complete \u2714",
  """Opt-out complete \u2714

Record ID FD-88217-K is now opted out of all Fernhill Data people-search products, and the
profile page returns "not found".

Fernhill Data""", "opted out of every people-search product and the page gone: a removal in other words",
  form="html", headers=AUTO_GEN)
R("en", "confirmed", "ridgeview-lookup.example", "Re: Deletion request under the CCPA - {token}",
  """Hi,

The profile at ridgeview-lookup.example/p/ortega-villalobos-e is now offline and the address
returns a "page not found". Nothing about your client shows in our search any more.

Ridgeview Lookup""", "offline, 'not found', nothing shows any more: the listing asked about is gone",
  quoted="en", form="flowed", cte="8bit")
R("en", "confirmed", "oxbow-directory.example", "Ticket #40877 updated",
  """Hello,

We have purged your client's listing and her two address records from the Oxbow directory. This
ticket will stay open for 7 days in case you have questions.

Oxbow Directory Support""", "the text says purged; the status field 'Pending' is the ticket's, not the removal's",
  form="html", html_body=ticket("Pending", "40877", """Hello,

We have purged your client's listing and her two address records from the Oxbow directory. This
ticket will stay open for 7 days in case you have questions.

Oxbow Directory Support"""))
R("en", "confirmed", "sable-creek.example", "Re: {token}",
  """All set - she's been scrubbed from our directory. Search her name and you'll get nothing.

Tom
Sable Creek People Search""", "'scrubbed', casual and complete", quoted="en", charset="us-ascii", cte="7bit",
  name="Tom at Sable Creek", sender="tom@sable-creek.example")
R("en", "confirmed", "larchmont-ps.example", "Your deletion request has been processed",
  """Request type: Deletion
Request status: Processed
Outcome: Personal information deleted

Your request has been processed. Larchmont keeps a record of this request for 24 months, as the
law requires.""", "a deletion processed with its outcome 'deleted'; the request record is kept as the law asks",
  headers=AUTO_GEN)
R("en", "confirmed", "wickham-people.example", "Your listing is no longer visible",
  """Hello,

Good news: your client's listing is no longer visible on Wickham People or on our partner site
WickhamSearch. Both pages were blocked from display this morning.

Wickham People Care""", "blocked from display on both of its sites, in the past: the listings are off",
  charset="iso-8859-15", cte="quoted-printable")
# removals of part
R("en", PART, "linden-trace.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

We removed the listing at 14 Linden Court. The two other listings you sent are built from county
property records and remain on the site.

Linden Trace Support""", "one listing of three removed, two remain", quoted="en")
R("en", PART, "peopleharbor.example", "Your removal from PeopleHarbor",
  """Hi,

Your client has been removed from PeopleHarbor. Please note that ClearTrace and HomeLookup are
separate sites run by our affiliate company and keep their own listings.

PeopleHarbor Privacy""", "one site of a group; the affiliate's two sites keep their listings",
  charset="us-ascii", cte="7bit")
R("en", PART, "kestrel-finder.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

We have removed the phone number 555-0143 from the listing. The address history comes from public
sources and stays on the profile.

Kestrel Finder""", "the telephone removed, the address history kept on the profile", quoted="en",
  charset="windows-1252", cte="8bit")
R("en", OTHERS, "granary-data.example", "Your request {token}",
  """Hello,

We deleted the e-mail address you gave us from our marketing database. We did not locate a people-
search profile under that e-mail address.

Granary Data""", "a marketing list entry deleted; nothing said of the listing asked about")
R("en", OTHERS, "bellwood-people.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

We removed the listing you sent. Please be aware that it belonged to a Daniel Ferro of Toledo, OH.
The listing of your client in Stockton, CA was not part of the request and is still active.

Bellwood People""", "another person's record removed; the client's own listing still active", quoted="en")
R("en", OTHERS, "tidewater-lookup.example", "Removal request {token}",
  """Good afternoon,

We removed the profile of your client's mother, which listed your client as a relative. We did not
find a profile of your client herself.

Tidewater Lookup""", "a relative's profile removed; the client's own not found: proves nothing of her listing")
R("en", "needs_info", "cinderpath.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

We found four people with the name on your request and cannot tell which one is your client, so we
removed none. Please reply with her city and approximate age and we will continue.

Cinderpath Support""", "several records match; a fact asked (city, age), nothing removed", quoted="en")
# relisting warnings and removals that expire
R("en", "confirmed", "millbrook-records.example", "Your opt-out has been completed",
  """Hello,

Your listing has been removed. Please note that our records are refreshed from public sources every
month and a new listing may appear if new information comes in; you may then need to opt out again.

Millbrook Records""", "removed now; the relisting warning is about the future", headers=AUTO_GEN,
  charset="us-ascii", cte="7bit")
R("en", "confirmed", "ashcombe-search.example", "Opt-out confirmed - {token}",
  """Opt-out confirmed.

We have taken your client's record out of Ashcombe Search. Opt-outs are honoured for three years,
after which the information may reappear from new sources.

Ashcombe Search""", "the record is out now; the opt-out's three-year term is a later recheck's",
  form="alt")
R("en", "unsure", "harrowgate-people.example", "Your listing has reappeared",
  """Hello,

Your client's listing was removed on 10/02/2026. On 11/03/2026 a new listing was added from a
public-records source we started using this autumn. Submit a new request if you want it removed.

Harrowgate People""", "the older removal undone: the listing is up again")
R("en", "acknowledged", "cobalt-people.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

Your client's listing will be suppressed within 72 hours. Suppression lasts 12 months and can be
renewed on request.

Cobalt People""", "a suppression still to come", quoted="en")
# conditions and hedges
R("en", "acknowledged", "grayling-info.example", "Your request {token}",
  """Hello,

We will remove the listing once we confirm that the person is not named in an active court record.
That check normally takes 5 to 10 business days.

Grayling Info""", "a removal promised under a condition not yet checked")
R("en", "unsure", "moorfield-search.example", "Re: Deletion request under the CCPA - {token}",
  """Hi,

It looks like the profile may already have been removed by an earlier request, but I can't confirm
that from here.

Moorfield Search Support""", "a hedge about the past: nothing said done", quoted="en")
R("en", "acknowledged", "copperleaf-data.example", "Your removal request",
  """Hello,

Removal should be complete within 48 hours, provided the details you sent match our records.

Copperleaf Data""", "future and conditional", charset="us-ascii", cte="7bit")
R("en", "unsure", "wrenhaven.example", "Re: {token}",
  """Hello,

We think the listing was probably removed in our September clean-up, but our logs from that month
are incomplete, so we cannot confirm it either way.

Wrenhaven""", "a hedge: 'probably removed', 'cannot confirm'", quoted="en")
# papers: an agent's permission (needs_info) against an identity document (needs_id)
R("en", "needs_info", "stonebridge-people.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

Before we act on a request made by an agent we need the consumer's signed permission. Please send
the signed authorization designating Lanternbridge Legal Aid as her agent, quoting {token}.

Stonebridge People Privacy""", "only the client's signed permission asked: the agent's papers", quoted="en")
R("en", "needs_id", "thornbury-records.example", "Additional information required - {token}",
  """Hello,

To process a deletion request we require a copy of the consumer's government-issued photo ID.
Please upload it at our secure page and quote {token}.

Thornbury Records""", "a photo ID asked")
R("en", "needs_id", "vantage-lookup.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

Thank you for the authorization. Your client must still verify her identity directly with us
through our partner IdentiCheck (a selfie and a photo of an ID), after which we will delete her data.

Vantage Lookup""", "the consumer's own identity check asked, beside the authorisation", quoted="en",
  charset="iso-8859-1", cte="quoted-printable")
R("en", "needs_id", "elmstead-data.example", "Your request {token}",
  """Hello,

For requests made by an authorized agent we require a notarized declaration signed by the consumer
confirming her identity.

Elmstead Data""", "a notarised declaration asked: an identity paper")
R("en", "needs_info", "foxglove-search.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

We could not find a record using the details in your letter. Please confirm the city and state
where your client lived in 2022 so we can look again.

Foxglove Search""", "a fact asked to find the record", quoted="en")
R("en", "needs_info", "northgate-pf.example", "Re: {token}",
  """Hello,

Please send us the URL of the profile you want removed. We do not need any identification for
this.

Northgate People Finder""", "the profile's address asked", quoted="en", charset="us-ascii", cte="7bit")
R("en", "needs_info", "halberd-data.example", "Your request {token}",
  """Hi,

We can act for an authorized agent once we have a power of attorney or a signed authorization from
the consumer. We do not need an ID or any other document.

Halberd Data""", "only the client's signed permission asked, no ID: the agent's papers")
R("en", "needs_id", "coldspring-info.example", "Verification needed {token}",
  """Hello,

To verify the request please reply with the last four digits of your client's Social Security
number and her date of birth.

Coldspring Info""", "SSN digits asked: an identity check")
# refusals with reasons
R("en", "refused", "ravensworth-records.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

The information on the listing comes from public records (county recorder and court indexes). Data
lawfully made available from government records is not personal information under the CCPA, so we
will not remove it.

Ravensworth Records""", "refused: public records", reason="public records", quoted="en")
R("en", "refused", "lindenmark-analytics.example", "Your request {token}",
  """Hello,

Lindenmark Analytics is not a data broker under California law and is not registered as one. We
decline the request.

Lindenmark Analytics Legal""", "refused: not a data broker", reason="not a data broker")
R("en", "refused", "clearmont-people.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

Free removal is not available for this listing. Expedited removal is offered for a one-time fee of
$19.95 at our privacy centre.

Clearmont People""", "refused unless paid: a fee", reason="fee", quoted="en")
R("en", "refused", "beacon-credit-data.example", "Your deletion request",
  """Hello,

The data we hold about your client is subject to the Gramm-Leach-Bliley Act and is exempt from the
deletion right of the CCPA. We therefore cannot delete it.

Beacon Credit Data""", "refused: a legal exemption (GLBA)", reason="exempt", charset="us-ascii", cte="7bit")
R("en", "refused", "sentry-screening.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

Sentry Screening is a consumer reporting agency. Reports we furnish are governed by the Fair Credit
Reporting Act, which the CCPA exempts, and we are not able to delete the file.

Sentry Screening Compliance""", "refused: an FCRA exemption", reason="exempt", quoted="en")
R("en", "refused", "orchard-lane-data.example", "Your request {token}",
  """Hello,

Our deletion process is available only to residents of California, Colorado and Virginia. The
address on your request is in Texas, so we cannot process it.

Orchard Lane Data""", "refused: not a resident", reason="not a resident")
R("en", "refused", "summit-records.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

We only accept requests made by the consumer directly. We do not process requests from third
parties, including attorneys or agents.

Summit Records""", "refused: the agent not accepted, no route for the agent", reason="agent not accepted", quoted="en")
# extensions
R("en", "extended", "hawksmoor-data.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

Because of the number of requests we have received, we need an additional 45 days to complete
yours. We will respond by 01/08/2027.

Hawksmoor Data Privacy""", "the CCPA's one extension, to a month-first date", quoted="en")
R("en", "extended", "carrick-data.example", "Your request {token} - extension",
  """Dear Sir or Madam,

Under Article 12(3) GDPR we are extending the period to answer your request by two months, until
31 January 2027, because of its complexity.

Carrick Data Ltd""", "GDPR's two further months (three from a letter of 31 October), to a date in words", charset="iso-8859-1", cte="7bit")
R("en", "extended", "marlowe-info.example", "Re: Deletion request under the CCPA - {token}",
  """Hi,

We need more time to locate every record. Our answer will reach you by 02/01/2027 at the latest.

Marlowe Info""", "more time asked, to an all-numeric date (2 January day-first, 1 February month-first: either way an extension)",
  quoted="en")
# verification links among look-alike and tracking links
R("en", "verify_link", "pinecrest-people.example", "Confirm your removal request",
  "", "the e-mail service's tracker wraps the broker's confirm link in an HTML-only mail",
  form="html", headers=AUTO_GEN,
  link="https://click.sendwave-mail.example/ls/click?upn=pc7Xq2-confirm-91KZ",
  domains="pinecrest-people.example click.sendwave-mail.example",
  html_body="""<p>Please confirm that you want your listing removed from Pinecrest People.</p>
<p><a href="https://click.sendwave-mail.example/ls/click?upn=pc7Xq2-confirm-91KZ">Confirm my removal</a></p>
<p>Not you? <a href="https://click.sendwave-mail.example/ls/click?upn=pc7Xq2-notme-44AB">Let us know</a>.
Need help? Visit <a href="https://pinecrest-people-support.example/help">our help centre</a>.</p>
<p><a href="https://click.sendwave-mail.example/ls/click?upn=pc7Xq2-unsub-07LL">Unsubscribe</a></p>""")
R("en", "verify_link", "dunmore-records.example", "Action required: verify your opt-out",
  """Hello,

To finish your opt-out, open this link within 24 hours:
https://www.dunmore-records.example/optout/verify?t=7c1e0aa9d2

If you did not ask for this, you can ignore this e-mail or report it at
https://dunmore-records.example.account-check.example/report

Dunmore Records""", "the broker's own verify link; the other host only looks like it",
  link="https://www.dunmore-records.example/optout/verify?t=7c1e0aa9d2", headers=AUTO_GEN,
  charset="us-ascii", cte="7bit")
R("en", "verify_link", "alder-people.example", "Please confirm your request {token}",
  """[View in browser](https://alder-people.example/mail/view/55812)

One more step: confirm that you asked us to remove your client's listing.

[Confirm removal](https://alder-people.example/optout/confirm/55812-b3)

[Cancel this request](https://alder-people.example/optout/cancel/55812-b3) - [Privacy policy](https://alder-people.example/privacy)""",
  "the confirm link among view, cancel and policy links", form="alt", headers=AUTO_GEN,
  link="https://alder-people.example/optout/confirm/55812-b3")
R("en", "other", "brightpath-people.example", "Verify your request now",
  """Dear customer,

We received a removal request for your account. Verify your request now or it will be cancelled:
https://brightpath-peoplesearch.example/secure/verify

BrightPath Security""", "not the broker's mail: a look-alike sender and host; nothing to open",
  sender="security@brightpath-peoplesearch.example", name="BrightPath People", charset="us-ascii", cte="7bit")
# help desks' status fields against their text
R("en", "needs_info", "quillmoor.example", "[Quillmoor Support] Ticket #77120 solved",
  """Hello,

To find the listing we need its URL. Please reply to this ticket with the link.

Quillmoor Support""", "'Solved' over a question: the URL asked", form="html",
  html_body=ticket("Solved", "77120", """Hello,

To find the listing we need its URL. Please reply to this ticket with the link.

Quillmoor Support""", above="<p style=\"color:#999\">##- Please type your reply above this line -##</p>\n"))
R("en", "acknowledged", "harlan-lookup.example", "Ticket #31904 closed",
  """Hello,

Your request has been passed to our data team. The listing will be removed within 10 business
days.

Harlan Lookup Help""", "'Closed' over a removal still to come", form="alt",
  html_body=ticket("Closed", "31904", """Hello,

Your request has been passed to our data team. The listing will be removed within 10 business
days.

Harlan Lookup Help"""))
R("en", OTHERS, "westerly-data.example", "Request {token}: Completed",
  """Request status: Completed

We were unable to locate any record matching the details provided. No further action will be
taken.

Westerly Data Privacy""", "'Completed' over 'no record found': proves nothing about the listing",
  headers=AUTO_GEN, charset="us-ascii", cte="7bit")
R("en", "confirmed", "fairmead-people.example", "Ticket #50213 - Open",
  """Hi,

Quick update: the listing was deleted today. I'll leave the ticket open until the search cache
clears tomorrow.

Fairmead People""", "the text says deleted; 'Open' is the ticket's own state", form="html",
  html_body=ticket("Open", "50213", """Hi,

Quick update: the listing was deleted today. I'll leave the ticket open until the search cache
clears tomorrow.

Fairmead People"""))
# mailbox noise
R("en", "auto_reply", "oakline-data.example", "Automatic reply: Deletion request under the CCPA - {token}",
  """I am out of the office until November 30 with limited access to e-mail. Removal requests received
during my absence will be processed when I return.

Kind regards,
Janet Whitcombe, Oakline Data""", "an out-of-office reply; its promise is nobody's decision",
  headers=AUTO, sender="jwhitcombe@oakline-data.example", name="Janet Whitcombe")
R("en", "bounce", "silverbirch-data.example", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.lanternbridge-legal.example.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients. The recipient's address does not exist.""", "a delivery report: our letter never arrived",
  form="bounce", sender="MAILER-DAEMON@mx1.lanternbridge-legal.example", name="Mail Delivery System",
  quoted="en", status="5.1.1", headers=AUTO_GEN)
R("en", "bounce", "greystone-ps.example", "Delivery Status Notification (Failure)",
  """Your message to privacy@greystone-ps.example could not be delivered: the recipient's mailbox is
full and is not accepting messages.""", "a mailbox full: our letter not delivered", form="bounce",
  sender="MAILER-DAEMON@mx1.lanternbridge-legal.example", name="Mail Delivery Subsystem", quoted="en",
  status="5.2.2", headers=AUTO_GEN)
R("en", "other", "pinebrook-people.example", "Welcome to the Pinebrook Weekly",
  """Thanks for subscribing! Each week we send tips on protecting your privacy online.

[Read this week's issue](https://pinebrook-people.example/news/issue-47)

[Unsubscribe](https://pinebrook-people.example/news/unsubscribe?u=8812)""",
  "a newsletter, not an answer to the letter", form="alt", headers=AUTO_GEN, sender="news@pinebrook-people.example",
  name="Pinebrook Weekly")
R("en", "acknowledged", "bramblewood.example", "We received your request [#BW-20931]",
  """Hello,

We have received your privacy request and assigned it number BW-20931. We will respond within 45
days of receipt as the CCPA requires.

Bramblewood Privacy""", "a receipt with the law's deadline", headers=AUTO_GEN, charset="us-ascii", cte="7bit")
R("en", "confirmed", "kingsley-ps.example", "Fw: Deletion request under the CCPA - {token}",
  """Hello,

Forwarding the note from our records team below: your client's listing is gone.

Kingsley People Search Support""", "a forward of the records team's own 'Listing removed' about this request",
  form="fwd", inner="""From: Records Team <records@kingsley-ps.example>
To: Support <support@kingsley-ps.example>
Subject: Re: {token}
Date: Tue, 10 Nov 2026 15:02:00 +0000
Message-ID: <rec-{token}@kingsley-ps.example>
Content-Type: text/plain; charset="utf-8"

Listing removed for {token}, profile page now 404.
""")
R("en", "other", "harlan-lookup.example", "How did we do? Ticket #31904",
  """Hi,

Your ticket #31904 was recently closed. How would you rate the support you received?

[Good](https://harlan-lookup.example/survey/31904?r=good) [Bad](https://harlan-lookup.example/survey/31904?r=bad)""",
  "a satisfaction survey; no answer in it", form="alt", headers=AUTO_GEN, sender="survey@harlan-lookup.example",
  name="Harlan Lookup")
R("en", "acknowledged", "mistral-data.example", "Fwd: Deletion request under the CCPA - {token}",
  """Hi Lanternbridge,

Your letter reached our sales inbox. I have forwarded it to our privacy team, who will answer you
directly.

Paul, Mistral Data""", "our letter passed on to the team that decides", form="fwd",
  inner="""From: Paul Ingram <paul@mistral-data.example>
To: Privacy <privacy@mistral-data.example>
Subject: Fwd: Deletion request under the CCPA - {token}
Date: Mon, 09 Nov 2026 10:11:00 +0000
Message-ID: <fw-{token}@mistral-data.example>
Content-Type: text/plain; charset="utf-8"

Please handle: a deletion request from Lanternbridge Legal Aid, ref {token}. They ask us to delete all
personal information and confirm when the deletion is complete.
""", sender="paul@mistral-data.example", name="Paul Ingram")
R("en", "confirmed", "upland-records.example", "RE: Deletion request under the CCPA - {token}",
  """Hello,

We can confirm that your client's information has been erased from Upland Records, including the
two archived listings you mentioned. Backups are overwritten within 35 days.

Upland Records""", "erased, the backups' own schedule does not change it", quoted="en", form="alt")
R("en", "unsure", "corbel-people.example", "Re: Deletion request under the CCPA - {token}",
  """Hello,

We removed your client from search results. Her profile remains in the records we license to
business customers for identity verification.

Corbel People""", "hidden from search, kept and licensed: the deletion asked was not done", quoted="en")


# == Spanish ======================================================================================
# confirmaciones sin la palabra "eliminado"
R("es", "confirmed", "buscapersonas-mx.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Buen día,

Le informamos que el perfil de su clienta quedó suprimido y ya no aparece en los resultados de
BuscaPersonas ni en ninguna de nuestras páginas.

Atentamente,
Equipo de Privacidad BuscaPersonas""", "suprimido y ya no aparece: la ficha pedida ya no está en el sitio",
  quoted="es", charset="iso-8859-1", cte="quoted-printable", broker="BuscaPersonas")
R("es", "confirmed", "directorio-quetzal.example", "Su solicitud {token}",
  """Estimados:

Su información ya no se mostrará en Directorio Quetzal. Guardamos solamente su nombre en una lista
de exclusión para que la próxima carga de datos no la vuelva a publicar.

Saludos cordiales,
Directorio Quetzal""", "ya no se mostrará, con la lista de exclusión que solo la mantiene fuera",
  charset="windows-1252", cte="8bit")
R("es", "confirmed", "guia-pampa.example", "Re: {token}",
  """Hola, ¿qué tal?

Ya dimos de baja tu ficha y la sacamos de la guía. Si la buscás ahora no te va a salir nada.

Saludos,
Guía Pampa""", "dado de baja y sacado de la guía, en voseo rioplatense", quoted="es", charset="iso-8859-15", cte="8bit")
R("es", "confirmed", "consulta-andina.example", "Solicitud procesada - {token}",
  """Estimada Clínica Legal Puente Norte:

Hemos procesado su solicitud de supresión. Toda la información personal de su representada ha sido
retirada de nuestras bases y del buscador público.

Consulta Andina - Protección de Datos""", "'procesado' de la supresión misma, y los datos retirados", quoted="es")
R("es", "unsure", "datos-caribe.example", "Hemos procesado su solicitud {token}",
  """Hola,

Hemos procesado su solicitud. Puede descargar una copia de los datos que tenemos de su cliente en
nuestro portal durante 30 días: [Descargar informe](https://datos-caribe.example/portal/informe)

Con esto damos por atendida su solicitud de acceso.

Datos Caribe""", "'procesado' de una solicitud de acceso, no de la eliminación pedida", form="alt")
R("es", "unsure", "registro-solana.example", "Solicitud de no venta procesada",
  """Estimado usuario:

Procesamos su solicitud de no vender ni compartir información personal. A partir de hoy no
venderemos los datos de su cliente a terceros.

Registro Solana""", "una baja de venta, no la eliminación pedida", headers=AUTO_GEN, charset="iso-8859-1",
  cte="quoted-printable")
R("es", "confirmed", "hallalo-ya.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Buenas tardes:

Le confirmamos la baja: el registro de su cliente fue bloqueado y ya no es visible en HállaloYa ni
en nuestro sitio hermano EncuéntraloYa.

Atte.
Servicio al Cliente HállaloYa""", "bloqueado y ya no visible en sus dos sitios: la baja hecha", quoted="es")
R("es", "confirmed", "buscador-boricua.example", "Re: {token}",
  """Saludos,

Ya le dimos de baja al perfil de su clienta, eso ya no sale en el buscador. Cualquier cosa nos deja
saber.

Buscador Boricua""", "'ya le dimos de baja', 'ya no sale': puertorriqueño, hecho", quoted="es")
R("es", "confirmed", "personas-chapinas.example", "Ticket #6120 - Pendiente",
  """Hola,

Su perfil fue dado de baja hoy por la mañana. Dejamos el ticket pendiente unos días por si tiene
alguna consulta.

Personas Chapinas""", "el texto dice dado de baja; 'Pendiente' es el estado del ticket", form="html",
  html_body=ticket("Pendiente", "6120", """Hola,

Su perfil fue dado de baja hoy por la mañana. Dejamos el ticket pendiente unos días por si tiene
alguna consulta.

Personas Chapinas""", head="Estado"))
R("es", "confirmed", "censo-libre.example", "Su solicitud de supresión ha sido atendida",
  """Tipo de solicitud: Supresión
Estado: Procesada
Resultado: Datos personales suprimidos

Conservamos un registro de la solicitud durante 24 meses, tal como lo exige la ley.""",
  "supresión procesada con su resultado: suprimidos", headers=AUTO_GEN, charset="iso-8859-1", cte="8bit")
R("es", "confirmed", "guia-cuscatleca.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Muy buenos días,

Por este medio le confirmamos que los datos de su representada fueron depurados de nuestra base y
su ficha ya no existe en Guía Cuscatleca.

Atentamente,
Departamento Legal""", "depurados y la ficha ya no existe: salvadoreño formal", quoted="es",
  charset="windows-1252", cte="quoted-printable")
# bajas de una parte
R("es", PART, "perfiles-norte.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Eliminamos uno de los tres perfiles que nos enviaron, el de Monterrey. Los otros dos vienen de
registros públicos de propiedad y siguen publicados.

Perfiles Norte""", "un perfil de tres; dos siguen publicados", quoted="es")
R("es", PART, "red-hallazgo.example", "Su baja de RedHallazgo",
  """Estimada clínica:

Su clienta fue retirada de RedHallazgo. Le recordamos que BuscaFácil y DatoCierto son sitios de
una empresa afiliada y tienen sus propios perfiles.

RedHallazgo""", "un sitio del grupo; los afiliados conservan los suyos", charset="iso-8859-1", cte="8bit")
R("es", PART, "agenda-llanera.example", "Re: {token}",
  """Buenas,

Quitamos el número de teléfono del perfil. La dirección sigue publicada porque proviene de fuentes
públicas.

Agenda Llanera""", "el teléfono quitado, la dirección sigue", quoted="es")
R("es", OTHERS, "fichas-peru.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Estimados:

Eliminamos el perfil que nos enviaron; corresponde a una señora Rosa Quintanilla de Arequipa, de 71
años. El perfil de su clienta en Lima no estaba en la solicitud y sigue activo.

Fichas Perú""", "se eliminó el registro de otra persona; el de la clienta sigue activo", quoted="es")
R("es", OTHERS, "quien-es-mx.example", "Su solicitud {token}",
  """Hola,

Borramos el perfil del hermano de su cliente, donde él aparecía como familiar. No encontramos un
perfil a nombre de su cliente.

QuiénEs""", "el perfil de un familiar borrado; el del cliente no hallado")
R("es", "needs_info", "localiza-cl.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Encontramos cinco personas con ese nombre y no sabemos cuál es su clienta, así que no eliminamos
ninguna. Por favor indíquenos la comuna donde vive y su edad aproximada.

Localiza""", "varios registros; se piden datos para saber cuál", quoted="es")
# reaparición y bajas que vencen
R("es", "confirmed", "datos-del-valle.example", "Su baja fue completada",
  """Hola,

El perfil fue eliminado. Tenga en cuenta que actualizamos nuestras fuentes públicas cada mes y
podría aparecer un perfil nuevo; en ese caso tendría que solicitar la baja otra vez.

Datos del Valle""", "eliminado ahora; el aviso habla del futuro", headers=AUTO_GEN)
R("es", "confirmed", "portal-gente.example", "Baja confirmada - {token}",
  """Baja confirmada.

Retiramos el registro de su clienta de PortalGente. La baja tiene una vigencia de 3 años; después
la información podría volver a publicarse si llega de nuevas fuentes.

PortalGente""", "retirado ahora; el plazo de 3 años lo mide una revisión futura", form="alt", charset="iso-8859-1",
  cte="quoted-printable")
R("es", "unsure", "busca-tico.example", "Su perfil volvió a aparecer",
  """Hola,

El perfil de su cliente fue eliminado el 02/10/2026. El 03/11/2026 se publicó de nuevo con datos
de un registro público nuevo. Si desea retirarlo, envíe una nueva solicitud.

BuscaTico""", "la baja anterior deshecha: el perfil está publicado otra vez")
R("es", "acknowledged", "directorio-azteca.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

El perfil de su clienta será ocultado en un plazo de 72 horas. El ocultamiento dura 12 meses y se
puede renovar.

Directorio Azteca""", "una supresión todavía por hacer", quoted="es")
# condiciones y matices
R("es", "acknowledged", "registros-sur.example", "Su solicitud {token}",
  """Estimados:

Eliminaremos el perfil siempre que confirmemos que la persona no figura en un expediente judicial
abierto. Esa verificación demora de 5 a 10 días hábiles.

Registros del Sur""", "promesa con condición sin verificar")
R("es", "unsure", "gente-ya.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Al parecer el perfil ya se habría eliminado con una solicitud anterior, pero no lo podemos
confirmar desde aquí.

GenteYa""", "un matiz sobre el pasado: 'al parecer', 'no lo podemos confirmar'", quoted="es")
R("es", "acknowledged", "fichero-nacional.example", "Su baja",
  """Hola,

La baja debería quedar lista en 48 horas, siempre que los datos que enviaron coincidan con nuestros
registros.

Fichero Nacional""", "futura y condicionada", charset="iso-8859-15", cte="8bit")
R("es", "unsure", "hallazgos-co.example", "Re: {token}",
  """Buenas tardes,

Suponemos que el perfil se eliminó en la depuración de septiembre, pero los registros de ese mes
están incompletos y no podemos asegurarlo.

Hallazgos""", "suponemos, no podemos asegurarlo", quoted="es")
# papeles: permiso firmado (needs_info) contra identificación (needs_id)
R("es", "needs_info", "ubica-gente.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Para atender solicitudes de un representante necesitamos la carta poder firmada por la titular de
los datos. Envíenosla respondiendo a este correo con la referencia {token}.

UbicaGente""", "solo la carta poder firmada: los papeles del representante", quoted="es")
R("es", "needs_id", "datos-fieles.example", "Información adicional requerida - {token}",
  """Estimados:

Para procesar la supresión necesitamos copia de una identificación oficial vigente con fotografía
del titular (INE, pasaporte o matrícula consular).

Datos Fieles""", "una identificación oficial con foto", charset="windows-1252", cte="quoted-printable")
R("es", "needs_id", "consulta-facil.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Gracias por la autorización. Aun así, su clienta debe verificar su identidad directamente con
nosotros mediante una selfie y la foto de un documento en nuestra app.

ConsultaFácil""", "la verificación de identidad de la propia clienta, además de la autorización", quoted="es")
R("es", "needs_id", "archivo-central.example", "Su solicitud {token}",
  """Estimados:

Para solicitudes por medio de representante pedimos una declaración jurada ante notario firmada por
el titular.

Archivo Central""", "una declaración ante notario: un papel de identidad")
R("es", "needs_info", "busqueda-total.example", "Re: {token}",
  """Hola,

No encontramos un registro con los datos de su carta. Indíquenos por favor la ciudad y el estado
donde vivía su clienta en 2022.

Búsqueda Total""", "un dato pedido para encontrar el registro", quoted="es")
R("es", "needs_info", "mira-quien.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Por favor envíenos el enlace (URL) del perfil que quieren borrar. No necesitamos ninguna
identificación.

MiraQuién""", "la dirección del perfil, sin identificación", quoted="es", charset="iso-8859-1", cte="8bit")
R("es", "needs_id", "cedula-data.example", "Verificación necesaria",
  """Hola,

Para verificar la solicitud, respóndanos con los últimos cuatro dígitos del número de Seguro
Social de su clienta y su fecha de nacimiento.

CédulaData""", "dígitos del Seguro Social pedidos: verificación de identidad")
# negativas con motivo
R("es", "refused", "registro-publico-mx.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Estimados:

La información del perfil proviene de registros públicos (catastro y boletines judiciales). Por ser
información de fuentes públicas, no procede su eliminación.

Registro Público MX""", "negada: registros públicos", reason="public records", quoted="es")
R("es", "refused", "analitica-quiroga.example", "Su solicitud {token}",
  """Estimados:

Analítica Quiroga no es un corredor de datos ni está registrada como tal. No daremos curso a la
solicitud.

Área Legal""", "negada: no es corredor de datos", reason="not a data broker", charset="windows-1252", cte="8bit")
R("es", "refused", "encuentra-hoy.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

La eliminación gratuita no está disponible para este perfil. Ofrecemos la baja inmediata por un
pago único de US$ 24.99 en nuestro centro de privacidad.

EncuentraHoy""", "solo pagando: una tarifa", reason="fee", quoted="es")
R("es", "refused", "credito-confiable.example", "Su solicitud de eliminación",
  """Estimado solicitante:

Los datos de su cliente están sujetos a la Ley Gramm-Leach-Bliley y quedan exentos del derecho de
eliminación de la CCPA. Por lo tanto no podemos eliminarlos.

Crédito Confiable""", "negada: una exención legal", reason="exempt", charset="iso-8859-1", cte="quoted-printable")
R("es", "refused", "datos-ibericos.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Estimados señores:

En virtud del artículo 17.3 del RGPD, no procede la supresión: los datos son necesarios para la
formulación, el ejercicio o la defensa de reclamaciones.

Datos Ibéricos, S.L.""", "negada: una excepción del RGPD", reason="exempt", quoted="es")
R("es", "refused", "solo-residentes.example", "Su solicitud {token}",
  """Hola,

Nuestro proceso de eliminación es solo para residentes de California, Colorado y Virginia. La
dirección de su solicitud está en Texas.

Solo Residentes Data""", "negada: no es residente", reason="not a resident")
R("es", "refused", "cumbre-datos.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Solo aceptamos solicitudes hechas directamente por el titular. No tramitamos solicitudes de
terceros, abogados ni representantes.

Cumbre Datos""", "negada: no acepta representante, y no ofrece vía para él", reason="agent not accepted", quoted="es")
# prórrogas
R("es", "extended", "datos-pacifico.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Por el volumen de solicitudes necesitamos 45 días adicionales. Le responderemos a más tardar el
08/01/2027.

Datos Pacífico""", "la prórroga de la CCPA, con fecha día primero (8 de enero)", quoted="es")
R("es", "extended", "proteccion-datos-es.example", "Ampliación del plazo - {token}",
  """Estimados señores:

De acuerdo con el artículo 12.3 del RGPD, ampliamos el plazo para responder a su solicitud en dos
meses, hasta el 5 de febrero de 2027, debido a su complejidad.

Delegado de Protección de Datos""", "los dos meses del RGPD, con fecha en letras", charset="iso-8859-15", cte="8bit")
R("es", "extended", "mercadatos.example", "Re: {token}",
  """Hola,

Necesitamos más tiempo para ubicar todos los registros. Le responderemos a más tardar el
02/01/2027.

MercaDatos""", "más tiempo, con fecha numérica (2 de enero día primero; 1 de febrero mes primero)", quoted="es")
# enlaces de verificación
R("es", "verify_link", "buscapersonas-mx.example", "Confirme su solicitud de baja",
  "", "el rastreador del servicio de correo envuelve el enlace de confirmación del corredor",
  form="html", headers=AUTO_GEN, broker="BuscaPersonas",
  link="https://trk.correomasivo.example/c/bp-77Q1-confirmar",
  domains="buscapersonas-mx.example trk.correomasivo.example",
  html_body="""<p>Confirme que desea retirar su perfil de BuscaPersonas.</p>
<p><a href="https://trk.correomasivo.example/c/bp-77Q1-confirmar">Confirmar la baja</a></p>
<p>¿No fue usted? <a href="https://trk.correomasivo.example/c/bp-77Q1-no-fui">Avísenos</a>.
¿Necesita ayuda? <a href="https://buscapersonas-ayuda.example/soporte">Centro de ayuda</a>.</p>
<p><a href="https://trk.correomasivo.example/c/bp-77Q1-baja-boletin">Darse de baja del boletín</a></p>""")
R("es", "verify_link", "directorio-quetzal.example", "Acción requerida: verifique su baja",
  """Hola,

Para terminar su baja abra este enlace en las próximas 24 horas:
https://www.directorio-quetzal.example/baja/verificar?t=5f2d91c0

Si usted no lo pidió, ignore este correo o repórtelo en
https://directorio-quetzal.example.cuenta-segura.example/reportar

Directorio Quetzal""", "el enlace propio del corredor; el otro host solo se le parece",
  link="https://www.directorio-quetzal.example/baja/verificar?t=5f2d91c0", headers=AUTO_GEN,
  charset="iso-8859-1", cte="quoted-printable")
R("es", "verify_link", "gente-ya.example", "Confirme su solicitud {token}",
  """[Ver en el navegador](https://gente-ya.example/correo/ver/88120)

Un paso más: confirme que pidió retirar el perfil de su clienta.

[Confirmar la baja](https://gente-ya.example/baja/confirmar/88120-x9)

[Cancelar la solicitud](https://gente-ya.example/baja/cancelar/88120-x9) - [Aviso de privacidad](https://gente-ya.example/privacidad)""",
  "el enlace de confirmar entre ver, cancelar y aviso", form="alt", headers=AUTO_GEN,
  link="https://gente-ya.example/baja/confirmar/88120-x9")
# estado del ticket contra el texto
R("es", "needs_info", "soporte-hallalo.example", "[Soporte] Ticket #55012 resuelto",
  """Hola,

Para encontrar el perfil necesitamos su enlace. Respóndanos a este ticket con la URL.

Soporte""", "'Resuelto' sobre una pregunta: se pide la URL", form="html",
  html_body=ticket("Resuelto", "55012", """Hola,

Para encontrar el perfil necesitamos su enlace. Respóndanos a este ticket con la URL.

Soporte""", head="Estado", above="<p style=\"color:#999\">##- Escriba su respuesta encima de esta línea -##</p>\n"))
R("es", "acknowledged", "quien-vive.example", "Ticket #90331 cerrado",
  """Hola,

Pasamos su solicitud al equipo de datos. El perfil será retirado en un plazo de 10 días hábiles.

Quién Vive Ayuda""", "'Cerrado' sobre una baja por venir", form="alt",
  html_body=ticket("Cerrado", "90331", """Hola,

Pasamos su solicitud al equipo de datos. El perfil será retirado en un plazo de 10 días hábiles.

Quién Vive Ayuda""", head="Estado"))
R("es", OTHERS, "datos-costa.example", "Solicitud {token}: Completada",
  """Estado de la solicitud: Completada

No encontramos ningún registro que coincida con los datos proporcionados. No se tomará ninguna otra
acción.

Datos Costa""", "'Completada' sobre 'ningún registro': no prueba nada del perfil", headers=AUTO_GEN)
# ruido del buzón
R("es", "auto_reply", "guia-pampa.example", "Respuesta automática: Solicitud de eliminación de datos personales - {token}",
  """Estoy fuera de la oficina hasta el 30 de noviembre. Las solicitudes de baja que lleguen en mi
ausencia se procesarán a mi regreso.

Saludos,
Marcela Ibarzábal""", "una respuesta de ausencia; lo que promete no es decisión de nadie",
  headers=AUTO, sender="mibarzabal@guia-pampa.example", name="Marcela Ibarzábal", charset="iso-8859-1", cte="8bit")
R("es", "bounce", "padron-digital.example", "Mensaje no entregado",
  """Este es el sistema de correo de mx1.puentenorte-legal.example.

No se pudo entregar su mensaje: la dirección del destinatario no existe.""", "un informe de entrega: la carta no llegó",
  form="bounce", sender="MAILER-DAEMON@mx1.puentenorte-legal.example", name="Sistema de correo",
  quoted="es", status="5.1.1", headers=AUTO_GEN)
R("es", "other", "directorio-azteca.example", "Bienvenido al boletín de Directorio Azteca",
  """¡Gracias por suscribirse! Cada semana le enviaremos consejos para proteger su privacidad.

[Leer el boletín](https://directorio-azteca.example/boletin/47)

[Darse de baja](https://directorio-azteca.example/boletin/baja?u=3310)""",
  "un boletín, no una respuesta a la carta", form="alt", headers=AUTO_GEN, sender="boletin@directorio-azteca.example",
  name="Directorio Azteca")
R("es", "acknowledged", "consulta-andina.example", "Recibimos su solicitud [#CA-4471]",
  """Estimados:

Recibimos su solicitud de privacidad y le asignamos el número CA-4471. Responderemos dentro de los
45 días siguientes a su recepción.

Consulta Andina""", "un acuse con el plazo de la ley", headers=AUTO_GEN)
R("es", "confirmed", "registro-mayor.example", "RV: Solicitud de eliminación de datos personales - {token}",
  """Buenas,

Le reenvío la nota de nuestro equipo de registros: el perfil de su clienta ya se eliminó.

Atención al Cliente, Registro Mayor""", "un reenvío de las palabras del equipo de registros sobre esta solicitud",
  form="fwd", inner="""From: Equipo de Registros <registros@registro-mayor.example>
To: Soporte <soporte@registro-mayor.example>
Subject: Re: {token}
Date: Tue, 10 Nov 2026 16:20:00 +0000
Message-ID: <reg-{token}@registro-mayor.example>
Content-Type: text/plain; charset="utf-8"

Perfil eliminado para {token}; la página ya da 404.
""", charset="windows-1252", cte="8bit")
R("es", "unsure", "enlace-datos.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Hola,

Retiramos a su clienta de los resultados de búsqueda. Su perfil se mantiene en los datos que
licenciamos a empresas para verificar identidades.

EnlaceDatos""", "oculto en la búsqueda, conservado y licenciado: no se hizo la eliminación", quoted="es")
R("es", "acknowledged", "ficha-latina.example", "Re: {token}",
  """Hi, gracias por escribir. Vamos a hacer el delete del profile la próxima semana, so no se preocupen.

FichaLatina""", "Spanglish: una baja prometida para la semana que viene", quoted="es")


# == Portuguese (Brazil, Portugal) =================================================================
R("pt", "confirmed", "achagente-br.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Olá,

O perfil da sua cliente foi suprimido e não aparece mais nas buscas do AchaGente nem em nenhuma
página do site.

Equipe de Privacidade AchaGente""", "suprimido e não aparece mais: a ficha saiu do site; resposta em português à nossa carta em espanhol",
  quoted="es", charset="iso-8859-1", cte="quoted-printable", broker="AchaGente")
R("pt", "unsure", "consulta-paulista.example", "Pedido de não venda processado",
  """Prezados,

Processamos o seu pedido de não venda e não compartilhamento. A partir de hoje não vendemos os
dados da sua cliente a terceiros.

Consulta Paulista""", "uma oposição à venda feita no lugar da eliminação", headers=AUTO_GEN, charset="windows-1252", cte="8bit")
R("pt", PART, "lista-lusa.example", "Re: {token}",
  """Bom dia,

Removemos um dos dois registos enviados, o de Setúbal. O outro provém de registos prediais públicos
e mantém-se publicado.

Lista Lusa""", "um registo de dois; o outro mantém-se", quoted="en")
R("pt", "needs_info", "busca-facil-br.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Olá,

Para atender pedidos feitos por representante precisamos da procuração assinada pela titular dos
dados. Responda a este e-mail com o documento, citando {token}.

BuscaFácil""", "só a procuração assinada: os papéis do representante", quoted="es")
R("pt", "needs_id", "dados-certos.example", "Informação adicional necessária",
  """Prezados,

Para processar a exclusão precisamos de uma cópia de um documento oficial com foto da titular (RG,
CNH ou passaporte).

Dados Certos""", "um documento com foto", charset="iso-8859-1", cte="8bit")
R("pt", "refused", "registro-aberto.example", "Re: {token}",
  """Prezados,

As informações do perfil vêm de registros públicos (cartórios e diários oficiais) e, por isso, não
serão excluídas.

Registro Aberto""", "negado: registros públicos", reason="public records", quoted="en")
R("pt", "extended", "protecao-dados-pt.example", "Prorrogação do prazo - {token}",
  """Exmos. Senhores,

Nos termos do artigo 12.º, n.º 3, do RGPD, prorrogamos por mais dois meses o prazo de resposta ao
seu pedido, até 05/02/2027, dada a sua complexidade.

Encarregado de Proteção de Dados""", "os dois meses do RGPD, data com o dia primeiro", charset="iso-8859-15", cte="quoted-printable")
R("pt", "acknowledged", "gente-online.example", "Sua solicitação {token}",
  """Olá,

Vamos excluir o perfil desde que os dados enviados confiram com os nossos registros. A verificação
leva até 5 dias úteis.

GenteOnline""", "uma promessa com condição ainda por verificar")
R("pt", "verify_link", "achagente-br.example", "Confirme seu pedido de remoção",
  """Olá,

Para concluir a remoção, abra este link em até 24 horas:
https://www.achagente-br.example/remocao/confirmar?t=a81c44

Não foi você? Denuncie em https://achagente-br.example.seguranca-conta.example/denunciar

AchaGente""", "o link do próprio corretor; o outro host só se parece com ele",
  link="https://www.achagente-br.example/remocao/confirmar?t=a81c44", headers=AUTO_GEN, broker="AchaGente")
R("pt", "auto_reply", "consulta-paulista.example", "Resposta automática: {token}",
  """Estou de férias até 30 de novembro. Pedidos de exclusão recebidos neste período serão
processados no meu retorno.

Fernanda Quaresma""", "uma resposta de férias", headers=AUTO, sender="fquaresma@consulta-paulista.example",
  name="Fernanda Quaresma")

# == Haitian Creole ===============================================================================
R("ht", "confirmed", "jwenn-moun.example", "Re: Deletion request under the CCPA - {token}",
  """Bonjou,

Nou retire pwofil kliyan ou a. Li pa parèt sou sit nou an ankò, ni nan rechèch yo.

Ekip Vi Prive JwennMoun""", "retire, li pa parèt ankò: fini; repons an kreyòl pou lèt nou an angle",
  quoted="en", broker="JwennMoun")
R("ht", "acknowledged", "anye-lakay.example", "Demann ou {token}",
  """Bonjou,

Nou resevwa demann ou an. N ap retire pwofil la nan 10 jou travay.

AnyeLakay""", "yon retrè ki poko fèt", charset="iso-8859-1", cte="8bit")
R("ht", "needs_info", "chache-moun.example", "Re: {token}",
  """Bonjou,

Tanpri voye lyen (URL) pwofil ou vle nou retire a. Nou pa bezwen okenn pyès idantite.

ChacheMoun""", "yo mande lyen pwofil la", quoted="en")
R("ht", "needs_id", "dosye-rapid.example", "Nou bezwen plis enfòmasyon",
  """Bonjou,

Pou nou trete demann efasman an, nou bezwen yon kopi pyès idantite ak foto kliyan an (paspò oswa
lisans).

DosyeRapid""", "yon pyès idantite ak foto", charset="iso-8859-1", cte="quoted-printable")
R("ht", "needs_info", "kominote-liv.example", "Re: Deletion request under the CCPA - {token}",
  """Bonjou,

Pou nou aksepte demann yon reprezantan, nou bezwen pèmisyon siyen kliyan an. Voye li ban nou ak
referans {token}.

KominoteLiv""", "sèlman pèmisyon siyen an: papye reprezantan an", quoted="en")
R("ht", PART, "repetwa-ayiti.example", "Demann efasman",
  """Bonjou,

Nou retire nimewo telefòn nan sèlman. Adrès la rete sou pwofil la paske li soti nan dosye piblik.

RepetwaAyiti""", "telefòn nan retire, adrès la rete")
R("ht", "unsure", "moun-lakay.example", "Re: {token}",
  """Bonjou,

Nou panse pwofil la te deja efase lè nou te netwaye baz done a an septanm, men nou pa ka konfime
sa.

MounLakay""", "yon dout sou sa ki te pase: 'nou panse', 'nou pa ka konfime'", quoted="en")
R("ht", "refused", "achiv-piblik.example", "Repons pou demann ou",
  """Bonjou,

Enfòmasyon sou pwofil la soti nan dosye piblik tribinal ak kadas. Nou p ap retire yo.

AchivPiblik""", "refize: dosye piblik", reason="public records", charset="iso-8859-1", cte="8bit")
R("ht", "confirmed", "jwenn-moun.example", "Demann {token} fini",
  """Bonjou,

Demann ou an fini: nou bloke pwofil kliyan ou a epi li pa vizib ankò sou okenn nan paj nou yo.

JwennMoun""", "bloke, pa vizib ankò, demann lan fini", broker="JwennMoun", headers=AUTO_GEN)

# == French (France, Québec, Sénégal) =============================================================
R("fr", "confirmed", "annuaire-boreal.example", "Re: Deletion request under the CCPA - {token}",
  """Bonjour,

La fiche de votre cliente a été retirée de notre annuaire et n'est plus consultable, ni en ligne ni
par notre service téléphonique.

Annuaire Boréal""", "retirée et plus consultable : fait", quoted="en", charset="iso-8859-15", cte="quoted-printable")
R("fr", "unsure", "prospect-hexagone.example", "Votre demande {token}",
  """Madame, Monsieur,

Nous avons traité votre demande d'opposition à la prospection commerciale. Votre cliente ne
recevra plus nos offres.

Prospect Hexagone""", "une opposition à la prospection, pas l'effacement demandé")
R("fr", "extended", "donnees-lumiere.example", "Prolongation du délai - {token}",
  """Madame, Monsieur,

Conformément à l'article 12, paragraphe 3, du RGPD, nous prolongeons de deux mois le délai de
réponse, jusqu'au 05/02/2027, en raison de la complexité de la demande.

DPO, Données Lumière""", "les deux mois du RGPD, date jour d'abord", charset="iso-8859-1", cte="8bit")
R("fr", "refused", "registre-atlantique.example", "Re: {token}",
  """Madame, Monsieur,

En application de l'article 17, paragraphe 3, du RGPD, nous ne pouvons pas effacer ces données :
nous sommes tenus de les conserver au titre d'une obligation légale.

Registre Atlantique""", "refusé : une exception légale", reason="exempt", quoted="en")
R("fr", "needs_id", "bottin-laurentides.example", "Votre demande de suppression",
  """Bonjour,

Pour traiter la demande, nous avons besoin d'une copie d'une pièce d'identité avec photo de votre
cliente.

Bottin Laurentides""", "une pièce d'identité avec photo", charset="utf-8", cte="quoted-printable")
R("fr", "acknowledged", "teranga-contacts.example", "Votre demande {token}",
  """Bonjour,

Nous avons bien reçu votre demande. La fiche sera supprimée sous réserve de vérification de
l'identité indiquée dans votre courrier, dans un délai de 15 jours ouvrés.

Teranga Contacts, Dakar""", "une suppression à venir, sous réserve d'une vérification")
R("fr", "verify_link", "bottin-laurentides.example", "Confirmez votre demande",
  """Bonjour,

Pour confirmer le retrait de votre fiche, cliquez ici :
https://bottin-laurentides.example/retrait/confirmer?jeton=c7e1f0

Ce n'était pas vous ? https://bottin-laurentides.example/retrait/pas-moi?jeton=c7e1f0
Préférences : https://bottin-laurentides.example/preferences

Bottin Laurentides""", "le lien de confirmation, pas « pas moi » ni les préférences",
  link="https://bottin-laurentides.example/retrait/confirmer?jeton=c7e1f0", headers=AUTO_GEN)
R("fr", OTHERS, "annuaire-boreal.example", "Re: {token}",
  """Bonjour,

Nous avons supprimé la fiche d'une personne du même nom, âgée de 72 ans, à Lyon. Nous n'avons
trouvé aucune autre fiche à ce nom.

Annuaire Boréal""", "la fiche d'un homonyme supprimée ; rien ne dit que c'était la cliente", quoted="en",
  charset="iso-8859-15", cte="8bit")

# == Vietnamese ===================================================================================
R("vi", "confirmed", "tim-nguoi-viet.example", "Re: Deletion request under the CCPA - {token}",
  """Kính gửi quý văn phòng,

Hồ sơ của thân chủ quý vị đã được gỡ khỏi trang web và sẽ không còn xuất hiện trong kết quả tìm
kiếm nữa.

Tìm Người Việt""", "đã được gỡ, không còn xuất hiện: đã xong", quoted="en", cte="quoted-printable")
R("vi", PART, "danh-ba-saigon.example", "Yêu cầu {token}",
  """Xin chào,

Chúng tôi đã xóa số điện thoại, nhưng địa chỉ vẫn được giữ lại trên hồ sơ vì lấy từ nguồn công
khai.

Danh Bạ Sài Gòn""", "chỉ xóa số điện thoại, địa chỉ vẫn còn")
R("vi", "needs_info", "tra-cuu-nguoi.example", "Re: {token}",
  """Xin chào,

Vui lòng gửi cho chúng tôi đường dẫn (URL) của hồ sơ cần gỡ.

Tra Cứu Người""", "hỏi đường dẫn của hồ sơ", quoted="en", form="flowed")
R("vi", "needs_id", "ho-so-nhanh.example", "Cần thêm thông tin",
  """Xin chào,

Để xử lý yêu cầu xóa, chúng tôi cần bản sao giấy tờ tùy thân có ảnh của thân chủ.

Hồ Sơ Nhanh""", "giấy tờ tùy thân có ảnh", cte="base64")
R("vi", "acknowledged", "tim-nguoi-viet.example", "Yêu cầu {token} đã được tiếp nhận",
  """Xin chào,

Chúng tôi đã nhận được yêu cầu. Hồ sơ sẽ được xóa trong vòng 10 ngày làm việc.

Tìm Người Việt""", "sẽ được xóa: chưa làm", headers=AUTO_GEN)
R("vi", "unsure", "nguoi-quen.example", "Re: {token}",
  """Xin chào,

Có lẽ hồ sơ đã bị xóa trong đợt dọn dẹp tháng chín, nhưng chúng tôi không thể xác nhận.

Người Quen""", "'có lẽ', 'không thể xác nhận'", quoted="en")
R("vi", "refused", "phan-tich-mekong.example", "Yêu cầu của quý vị",
  """Xin chào,

Phân Tích Mekong không phải là công ty môi giới dữ liệu và không đăng ký như vậy. Chúng tôi từ
chối yêu cầu này.

Phân Tích Mekong""", "từ chối: không phải công ty môi giới dữ liệu", reason="not a data broker")

# == Chinese (simplified, traditional) ============================================================
R("zh", "confirmed", "huaren-chaxun.example", "回复：Deletion request under the CCPA - {token}",
  """您好：

您客户的资料已从我们的网站上移除，今后不会再显示在搜索结果中。

华人查询网 隐私组""", "已移除、不会再显示：已完成", quoted="en", charset="gb2312", cte="base64")
R("zh", "unsure", "shuju-tong.example", "您的请求已处理",
  """您好：

我们已处理您的“不出售个人信息”请求，今后不会向第三方出售您客户的资料。

数据通""", "处理的是“不出售”请求，不是删除", charset="gbk", cte="8bit", headers=AUTO_GEN)
R("zh", PART, "haiwai-minglu.example", "回复：{token}",
  """您好：

我们已删除您发来的三条记录中的一条（洛杉矶地址）。其余两条来自公开的房产记录，将继续保留。

海外名录""", "三条中只删一条", quoted="en", charset="gb2312", cte="8bit")
R("zh", "needs_info", "huaren-chaxun.example", "关于您的请求 {token}",
  """您好：

代理人提出的请求，需要提供客户本人签署的授权书。请回复本邮件并附上授权书。

华人查询网""", "只要求客户签署的授权书：代理人的文件", charset="gbk", cte="base64")
R("zh", "needs_id", "zhaoren-wang.example", "需要补充资料",
  """您好：

为处理删除请求，请提供客户带照片的身份证件复印件（护照或驾照）。

找人网""", "要求带照片的身份证件", charset="utf-8", cte="base64")
R("zh", "extended", "shuju-tong.example", "回复：Deletion request under the CCPA - {token}",
  """您好：

由于请求数量较多，我们需要额外45天处理，将于2027年1月8日前答复。

数据通""", "依法延长45天", quoted="en", charset="gbk", cte="8bit")
R("zh", "confirmed", "taimei-minglu.example", "回覆：{token}",
  """您好：

您客戶的資料已移除並封鎖，不會再出現在本網站任何頁面。

臺美名冊""", "已移除並封鎖、不會再出現：已完成（繁體）", quoted="en", charset="big5", cte="base64")
R("zh", "refused", "gangao-chaxun.example", "關於您的刪除請求",
  """您好：

本網站不提供免費刪除。如需移除資料，需支付一次性費用 19.95 美元。

港澳查詢""", "拒絕：須付費", reason="fee", charset="big5", cte="8bit")

# == Korean =======================================================================================
R("ko", "confirmed", "hanin-juso.example", "Re: Deletion request under the CCPA - {token}",
  """안녕하세요,

고객님의 정보가 당사 사이트에 더 이상 표시되지 않도록 처리가 완료되었습니다.

한인 주소록 개인정보팀""", "더 이상 표시되지 않도록 처리 완료: 완료된 삭제", quoted="en", charset="euc-kr", cte="base64")
R("ko", "unsure", "kyopo-data.example", "수신 거부 처리 완료",
  """안녕하세요,

요청하신 마케팅 수신 거부 처리가 완료되었습니다. 앞으로 광고 메일을 보내지 않겠습니다.

교포데이터""", "마케팅 수신 거부일 뿐, 삭제가 아님", charset="euc-kr", cte="8bit", headers=AUTO_GEN)
R("ko", "needs_id", "hanin-juso.example", "추가 정보 요청 {token}",
  """안녕하세요,

삭제 요청을 처리하려면 고객님의 사진이 있는 신분증 사본이 필요합니다.

한인 주소록""", "신분증 사본 요청")
R("ko", "extended", "kyopo-data.example", "Re: {token}",
  """안녕하세요,

요청이 많아 처리 기간을 45일 연장합니다. 2027년 1월 8일까지 답변드리겠습니다.

교포데이터""", "45일 연장", quoted="en", charset="euc-kr", cte="base64")
R("ko", OTHERS, "dongpo-chatgi.example", "Re: Deletion request under the CCPA - {token}",
  """안녕하세요,

동명이인의 프로필을 삭제했습니다. 고객님 본인의 프로필은 찾지 못했습니다.

동포찾기""", "동명이인의 프로필 삭제: 고객의 것이 아님", quoted="en")

# == Tagalog ======================================================================================
R("tl", "confirmed", "pinoy-hanap.example", "Re: Deletion request under the CCPA - {token}",
  """Magandang araw po,

Natanggal na po ang profile ng inyong kliyente at hindi na ito lalabas sa aming site.

PinoyHanap Privacy""", "natanggal na, hindi na lalabas: tapos na", quoted="en", charset="us-ascii", cte="7bit")
R("tl", "acknowledged", "kababayan-finder.example", "Ang inyong request {token}",
  """Magandang araw,

Natanggap namin ang inyong request. Aalisin namin ang listing sa loob ng 7 araw.

Kababayan Finder""", "aalisin pa lang: hinaharap")
R("tl", "needs_info", "pinoy-hanap.example", "Re: {token}",
  """Hello po,

Pakipadala po ang link ng profile na gusto ninyong ipatanggal.

PinoyHanap""", "hinihingi ang link ng profile", quoted="en", charset="us-ascii", cte="7bit")
R("tl", PART, "barrio-lookup.example", "Re: Deletion request under the CCPA - {token}",
  """Hi po,

Na-remove na namin yung phone number, pero yung address ay nandiyan pa rin kasi galing sa public
record.

Barrio Lookup""", "Taglish: ang telepono lang ang tinanggal", quoted="en")
R("tl", "refused", "kapitbahay-data.example", "Ang inyong request",
  """Magandang araw,

Tumatanggap lang kami ng request mula mismo sa may-ari ng impormasyon. Hindi kami tumatanggap ng
request mula sa abogado o kinatawan.

Kapitbahay Data""", "tinanggihan: hindi tinatanggap ang kinatawan", reason="agent not accepted")

# == Arabic =======================================================================================
R("ar", "confirmed", "dalil-aljaliya.example", "Re: Deletion request under the CCPA - {token}",
  """تحية طيبة،

تمت إزالة ملف موكلتكم من موقعنا ولن يظهر بعد الآن في نتائج البحث.

فريق الخصوصية - دليل الجالية""", "تمت الإزالة ولن يظهر: منجز", quoted="en", charset="windows-1256", cte="quoted-printable",
  rtl=True, form="alt")
R("ar", "needs_id", "bahth-nas.example", "معلومات إضافية مطلوبة",
  """مرحباً،

لمعالجة طلب الحذف نحتاج إلى نسخة من بطاقة هوية تحمل صورة موكلكم.

بحث ناس""", "نسخة من بطاقة هوية", charset="iso-8859-6", cte="8bit")
R("ar", "acknowledged", "dalil-aljaliya.example", "طلبكم {token}",
  """مرحباً،

استلمنا طلبكم. سيتم حذف الملف خلال 10 أيام عمل.

دليل الجالية""", "سيتم الحذف: لم يتم بعد", charset="windows-1256", cte="8bit", headers=AUTO_GEN)
R("ar", PART, "arqam-alarab.example", "Re: {token}",
  """مرحباً،

حذفنا رقم الهاتف فقط، أما العنوان فيبقى لأنه من سجلات عامة.

أرقام العرب""", "الهاتف فقط، والعنوان باقٍ", quoted="en")
R("ar", "verify_link", "bahth-nas.example", "تأكيد طلب الحذف",
  "", "رابط التأكيد الخاص بالموقع، لا رابط الإبلاغ", form="html", rtl=True, headers=AUTO_GEN,
  link="https://bahth-nas.example/hadhf/taakid?t=91ab2",
  html_body="""<div dir="rtl"><p>لتأكيد طلب حذف الملف، اضغطوا على الرابط التالي:</p>
<p><a href="https://bahth-nas.example/hadhf/taakid?t=91ab2">تأكيد الحذف</a></p>
<p>لم تطلبوا ذلك؟ <a href="https://bahth-nas.example/hadhf/iblagh?t=91ab2">أبلغونا</a></p></div>""")
R("ar", "refused", "sijillat-amma.example", "ردّ على طلبكم",
  """مرحباً،

المعلومات الواردة في الملف مأخوذة من سجلات عامة حكومية، ولذلك لن نحذفها.

السجلات العامة""", "رفض: سجلات عامة", reason="public records", charset="windows-1256", cte="base64")

# == Russian ======================================================================================
R("ru", "confirmed", "russkiy-spravochnik.example", "Re: Deletion request under the CCPA - {token}",
  """Здравствуйте!

Профиль вашей клиентки снят с публикации и больше не отображается на сайте и в поиске.

Русский справочник""", "снят с публикации и больше не отображается: сделано", quoted="en", charset="koi8-r", cte="8bit")
R("ru", "unsure", "poisk-lyudey.example", "Ваш запрос {token}",
  """Здравствуйте!

Возможно, профиль уже был удалён ранее по другому запросу, но подтвердить это мы не можем.

Поиск людей""", "«возможно», «не можем подтвердить»", charset="windows-1251", cte="quoted-printable")
R("ru", "needs_info", "russkiy-spravochnik.example", "Re: {token}",
  """Здравствуйте!

Пришлите, пожалуйста, ссылку на профиль, который нужно удалить.

Русский справочник""", "просят ссылку на профиль", quoted="en", charset="koi8-r", cte="base64")
R("ru", "extended", "baza-sootechestvennikov.example", "Продление срока {token}",
  """Здравствуйте!

Из-за большого числа запросов мы продлеваем срок ответа на 45 дней, до 08.01.2027.

База соотечественников""", "продление на 45 дней, дата день-месяц", charset="utf-8", cte="8bit")

# == Ukrainian ====================================================================================
R("uk", "confirmed", "ukr-hromada.example", "Re: Deletion request under the CCPA - {token}",
  """Добрий день!

Дані вашої клієнтки вилучено з нашого довідника, і вони більше не показуються на сайті.

Українська громада""", "вилучено, більше не показуються: зроблено", quoted="en", charset="koi8-u", cte="8bit")
R("uk", "needs_info", "dovidnyk-diaspory.example", "Ваш запит {token}",
  """Добрий день!

Для запиту від представника потрібна підписана клієнткою довіреність. Надішліть її у відповідь на
цей лист.

Довідник діаспори""", "лише підписана довіреність: папери представника", charset="windows-1251", cte="8bit")
R("uk", OTHERS, "ukr-hromada.example", "Re: {token}",
  """Добрий день!

Ми видалили профіль іншої особи з таким самим ім'ям (Одеса, 68 років). Профілю вашої клієнтки не
знайдено.

Українська громада""", "видалено профіль іншої особи", quoted="en", charset="koi8-u", cte="quoted-printable")

# == Amharic ======================================================================================
R("am", "confirmed", "habesha-mafalegia.example", "Re: Deletion request under the CCPA - {token}",
  """ሰላም፣

የደንበኛዎ መረጃ ከድረ-ገጻችን ተሰርዟል፤ ከእንግዲህ በፍለጋ ውጤቶች ውስጥ አይታይም።

የሐበሻ ማፈላለጊያ""", "ተሰርዟል፣ ከእንግዲህ አይታይም: ተጠናቋል", quoted="en", cte="base64")
R("am", "needs_id", "ethio-directory.example", "ተጨማሪ መረጃ ያስፈልጋል",
  """ሰላም፣

የመሰረዝ ጥያቄውን ለማስተናገድ የደንበኛዎን ፎቶ ያለበት የመታወቂያ ካርድ ቅጂ ይላኩልን።

ኢትዮ ዳይሬክቶሪ""", "የመታወቂያ ካርድ ቅጂ")
R("am", "acknowledged", "habesha-mafalegia.example", "ጥያቄዎ {token}",
  """ሰላም፣

ጥያቄዎን ተቀብለናል። መረጃውን በ10 የሥራ ቀናት ውስጥ እናስወግዳለን።

የሐበሻ ማፈላለጊያ""", "ወደፊት ይወገዳል", headers=AUTO_GEN, cte="quoted-printable")

# == Somali =======================================================================================
R("so", "confirmed", "raadi-qof.example", "Re: Deletion request under the CCPA - {token}",
  """Salaan,

Xogta macmiilkaaga waa laga saaray boggayaga, mar dambena laguma arki doono raadinta.

Raadi Qof""", "waa laga saaray, lama arki doono: waa la dhammeeyay", quoted="en", charset="us-ascii", cte="7bit")
R("so", "needs_info", "hagaha-soomaali.example", "Codsigaaga {token}",
  """Salaan,

Fadlan noo soo dir link-ga bogga aad rabto in aan ka saarno.

Hagaha Soomaali""", "waxay weydiinayaan link-ga bogga", charset="iso-8859-1", cte="8bit")
R("so", "refused", "diiwaan-guud.example", "Jawaab codsigaaga",
  """Salaan,

Macluumaadkani wuxuu ka yimid diiwaannada dadweynaha ee maxkamadda, sidaas darteed lama tirtiri
karo.

Diiwaan Guud""", "diiday: diiwaannada dadweynaha", reason="public records", charset="us-ascii", cte="7bit")

# == Persian (Dari) ===============================================================================
R("fa", "confirmed", "rahnama-afghan.example", "Re: Deletion request under the CCPA - {token}",
  """سلام،

اطلاعات موکل شما از وب‌سایت ما حذف شد و دیگر در نتایج جستجو نمایش داده نمی‌شود.

رهنمای افغان""", "حذف شد و دیگر نمایش داده نمی‌شود: انجام شده", quoted="en", cte="quoted-printable", rtl=True,
  form="alt")
R("fa", "needs_id", "jostojoo-iran.example", "اطلاعات بیشتر لازم است",
  """سلام،

برای رسیدگی به درخواست حذف، لطفاً یک کپی از کارت شناسایی عکس‌دار موکل خود بفرستید.

جستجو""", "کارت شناسایی عکس‌دار")
R("fa", "extended", "rahnama-afghan.example", "تمدید مهلت {token}",
  """سلام،

به دلیل حجم زیاد درخواست‌ها، مهلت پاسخ را ۴۵ روز تمدید می‌کنیم، تا 08/01/2027.

رهنمای افغان""", "تمدید ۴۵ روزه", cte="base64")


# == More mailbox noise ============================================================================
R("en", "other", "wickham-people.example", "Read: Deletion request under the CCPA - {token}",
  """Your message

  To: privacy@wickham-people.example
  Subject: Deletion request under the CCPA - {token}

was read on Thursday, November 26, 2026.""", "a read receipt: our letter was opened, nothing decided",
  form="mdn", headers=AUTO_GEN, sender="privacy@wickham-people.example", name="Wickham People Privacy")
R("en", "other", "pinebrook-people.example", "Quarantine summary: 1 message held",
  """Lanternbridge mail gateway - quarantine summary

1 message was held for review in the last 24 hours:

From: privacy@pinebrook-people.example
Subject: Your listing has been removed
Reason: suspected bulk mail

[Release](https://quarantine.lanternbridge-legal.example/release?id=q-5531) [Block sender](https://quarantine.lanternbridge-legal.example/block?id=q-5531)""",
  "our own gateway's digest: the broker's mail must be released and read itself; labelled with its broker",
  sender="quarantine@lanternbridge-legal.example", name="Mail Gateway", headers=AUTO_GEN, form="alt")
R("es", "other", "encuentra-hoy.example", "¡Encuentra a cualquier persona con 50% de descuento!",
  """¡Solo esta semana! Informes completos de antecedentes con 50% de descuento.

[Ver ofertas](https://encuentra-hoy.example/ofertas?c=nov26)

[Darse de baja de las promociones](https://encuentra-hoy.example/promos/baja?u=7781)""",
  "publicidad del corredor, no una respuesta a la carta", form="html", headers=AUTO_GEN,
  sender="ofertas@encuentra-hoy.example", name="EncuentraHoy")
R("en", "auto_reply", "oxbow-directory.example", "Thank you for contacting Oxbow Directory",
  """Thank you for contacting Oxbow Directory. Our offices are closed November 26-27 for the
Thanksgiving holiday. Opt-out requests are completed in the order received once we return.""",
  "a holiday notice from a mailbox robot; it decides nothing about this request", headers=AUTO)
R("vi", "auto_reply", "danh-ba-saigon.example", "Trả lời tự động: {token}",
  """Tôi đang nghỉ phép đến ngày 30/11 và sẽ trả lời khi trở lại. Các yêu cầu xóa hồ sơ sẽ được xử
lý sau ngày đó.

Lê Thị Hạnh""", "thư trả lời tự động khi vắng mặt", headers=AUTO, sender="hanh@danh-ba-saigon.example",
  name="Lê Thị Hạnh")
R("en", "bounce", "thistle-records.example", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.lanternbridge-legal.example.

Your message could not be delivered for 5 days. It will not be retried any more.""",
  "delivery given up after five days: the letter never arrived", form="bounce",
  sender="MAILER-DAEMON@mx1.lanternbridge-legal.example", name="Mail Delivery System", quoted="en",
  status="4.4.7", inner="421 4.4.7 connection timed out", headers=AUTO_GEN)


# == Plain and HTML parts that disagree: a person reads the part a mail client shows, the HTML ======
R("en", "acknowledged", "gladstone-people.example", "Re: Deletion request under the CCPA - {token}",
  """Your listing has been removed.

Gladstone People""", "the HTML part, the one shown, says a removal scheduled; the plain part is a stale template's",
  form="alt", html_body="""<p>Hello,</p>
<p>We received your request. Your client's listing is scheduled to be removed on 12/04/2026.</p>
<p>Gladstone People</p>""")
R("en", "needs_info", "ironwood-lookup.example", "Your request {token}",
  """We could not find the listing from the details in your letter. Please send us its URL.

Ironwood Lookup""", "the preheader hidden in the HTML says deleted; the visible text, in both parts, asks the URL",
  form="alt", html_body="""<div style="display:none;max-height:0;overflow:hidden">Your data has been deleted.</div>
<p>We could not find the listing from the details in your letter. Please send us its URL.</p>
<p>Ironwood Lookup</p>""")
R("es", "confirmed", "gente-del-sur.example", "Re: Solicitud de eliminación de datos personales - {token}",
  """Este mensaje se ve mejor en HTML.""", "la parte de texto no dice nada; la HTML, la que se ve, dice eliminado",
  form="alt", charset="iso-8859-1", cte="quoted-printable", html_body="""<p>Hola,</p>
<p>El perfil de su clienta fue eliminado de nuestro sitio y ya no aparece en las búsquedas.</p>
<p>Gente del Sur</p>""")
R("es", "unsure", "ojo-datos.example", "Su solicitud {token} fue completada",
  """Su solicitud fue completada.

OjoDatos""", "la parte HTML dice qué se completó: la no venta, con el perfil publicado",
  form="alt", html_body="""<p>Hola,</p>
<p>Completamos su solicitud de no vender sus datos personales. Su perfil sigue publicado en
OjoDatos.</p>
<p>OjoDatos</p>""")


if __name__ == "__main__":
    main()
