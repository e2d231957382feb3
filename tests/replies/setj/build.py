"""Assemble set J (tests/replies/setj): every reply's text and label lives here; this writes the
.eml files and labels.csv again. Run: python tests/replies/setj/build.py

Held out: nobody may tune on it (README.md). Edit a reply here, never an .eml by hand.

A body is written once: ``[text](url)`` is a link (HTML: an anchor; plain: "text: url");
``[text](tracked|direct)`` is a click-tracked button whose HTML anchor goes to ``tracked`` and whose
plain copy shows ``direct``. Blank lines separate paragraphs.
"""

from __future__ import annotations

import base64
import csv
import quopri
import zlib
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = {"dir": HERE}
CLINIC = "solicitudes@puente-legal.example"
LINK = re.compile(r"\[([^\]]+)\]\(([^)|]+)(?:\|([^)]+))?\)")
ROWS: list[dict[str, str]] = []
N = {"n": 0}


def _plain(body: str) -> str:
    return LINK.sub(lambda m: f"{m.group(1)}: {m.group(3) or m.group(2)}", body)


def _html(body: str, quoted: str = "", charset: str = "utf-8") -> str:
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    paras = []
    for p in body.strip().split("\n\n"):
        out, last = [], 0
        for m in LINK.finditer(p):
            out.append(esc(p[last:m.start()]))
            out.append(f'<a href="{esc(m.group(2))}" style="color:#1a5fb4">{esc(m.group(1))}</a>')
            last = m.end()
        out.append(esc(p[last:]))
        paras.append("<p>" + "".join(out).replace("\n", "<br>\n") + "</p>")
    q = f'\n<blockquote style="border-left:2px solid #ccc;padding-left:8px">{esc(quoted).replace(chr(10), "<br>" + chr(10))}</blockquote>' if quoted else ""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title></title></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(paras) + q + "\n</body></html>\n")


def _encode(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw  # 7bit (ASCII) or 8bit


def _leaf(subtype: str, text: str, charset: str, cte: str) -> bytes:
    return (f'Content-Type: text/{subtype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n').encode() + _encode(text, charset, cte)


def _hdr(value: str, charset: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return _words(value, charset)


def _fits(value: str, charset: str) -> str:
    """The body's charset for an RFC 2047 word when it can spell ``value`` (as mail clients do), else UTF-8."""
    try:
        value.encode(charset)
        return charset
    except UnicodeEncodeError:
        return "utf-8"


def _words(value: str, charset: str, fold: int = 12) -> str:
    """RFC 2047 B-encoded words under the charset's MIME name (the standard library's Header writes
    Python codec names such as ``eucgb2312_cn``), folded every ``fold`` characters (a display name is one
    word: parsers disagree on the space between a name's words)."""
    cs = _fits(value, charset)
    chunks = [value[i:i + fold] for i in range(0, len(value), fold)]
    return "\n ".join(f"=?{cs}?b?{base64.b64encode(c.encode(cs)).decode()}?=" for c in chunks)


def _addr(name: str, mail: str, charset: str = "utf-8") -> str:
    try:
        name.encode("ascii")
        return f'"{name}" <{mail}>' if name else mail
    except UnicodeEncodeError:
        return f"{_words(name, charset, fold=len(name))} <{mail}>"


def reply(lang: str, kind: str, domains: str, sender: tuple[str, str], subject: str, body: str, *,
          reason: str = "", link: str = "", layout: str = "plain", charset: str = "utf-8",
          cte: str = "quoted-printable", quoted: str = "", headers: str = "", html: str = "",
          date: str = "", to: str = CLINIC, raw_body: bytes = b"") -> None:
    """One reply. ``layout``: plain, html, alt (multipart/alternative), report (a DSN: ``raw_body``)."""
    N["n"] += 1
    if not date:  # spread over November 2026, in the senders' zones
        k = N["n"]
        day = 3 + (k * 7) % 27
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(day - 2) % 7]
        tz = ["-0800", "-0500", "-0600", "+0100", "-0700", "+0000"][k % 6]
        date = f"{wd}, {day} Nov 2026 {8 + k % 10:02d}:{(k * 13) % 60:02d}:{(k * 29) % 60:02d} {tz}"
    n = sum(1 for r in ROWS if r["lang"] == lang) + 1
    name = f"{lang}-{n:02d}.eml"
    host = sender[1].split("@")[1]
    head = (f"From: {_addr(*sender, charset)}\nTo: {to}\nSubject: {_hdr(subject, charset)}\nDate: {date}\n"
            f"Message-ID: <j{N['n']:04d}.{zlib.crc32(name.encode()):08x}@{host}>\nMIME-Version: 1.0\n" + headers)
    text = _plain(body).strip() + "\n" + (("\n" + quoted.strip() + "\n") if quoted else "")
    if layout == "plain":
        data = head.encode() + _leaf("plain", text, charset, cte)
    elif layout == "html":
        data = head.encode() + _leaf("html", html or _html(body, quoted, charset), charset, cte)
    elif layout == "alt":
        b = f"=_alt_{N['n']:04d}_j"
        data = (head + f'Content-Type: multipart/alternative; boundary="{b}"\n\nThis is a multi-part message in MIME format.\n\n--{b}\n').encode()
        data += _leaf("plain", text, charset, cte) + f"\n--{b}\n".encode()
        data += _leaf("html", html or _html(body, quoted, charset), charset, cte) + f"\n--{b}--\n".encode()
    elif layout == "report":
        data = head.encode() + raw_body
    else:
        raise ValueError(layout)
    (OUT["dir"] / name).write_bytes(data)
    ROWS.append({"file": name, "lang": lang, "class": kind, "reason": reason, "link": link, "domains": domains})


def ours_en(ref: str, who: str = "Client J-{ref}") -> str:
    """Our own authorised-agent letter, quoted Gmail-style below an answer."""
    return (f"On Mon, Nov 2, 2026 at 10:02 AM Puente Legal Aid <{CLINIC}> wrote:\n"
            f"> To the privacy team,\n>\n"
            f"> Puente Legal Aid writes as the authorised agent of {who.format(ref=ref)} (signed permission attached).\n"
            f"> Under Cal. Civ. Code 1798.105 and the laws of the consumer's state, we request that you delete\n"
            f"> all personal information you hold about the consumer, stop selling or sharing it, and confirm in\n"
            f"> writing once it has been deleted. Reference: {ref}.\n>\n> Puente Legal Aid, Consumer Privacy Desk")


def ours_es(ref: str) -> str:
    return (f"El lun, 2 nov 2026 a las 10:02, Clínica Puente <{CLINIC}> escribió:\n"
            f"> Estimado equipo de privacidad:\n>\n"
            f"> La Clínica Puente actúa como agente autorizado de la persona indicada (se adjunta la autorización firmada).\n"
            f"> Solicitamos que eliminen todos sus datos personales, que dejen de venderlos y que nos confirmen por\n"
            f"> escrito cuando hayan sido eliminados. Referencia: {ref}.\n>\n> Clínica Puente, Oficina de Privacidad")


def ours_outlook(ref: str) -> str:
    return ("________________________________\n"
            f"From: Puente Legal Aid <{CLINIC}>\nSent: Monday, November 2, 2026 10:02 AM\n"
            "To: Privacy <privacy@broker>\n"
            f"Subject: Authorised agent request to delete personal information [{ref}]\n\n"
            "We write as the authorised agent of the consumer named in the attached signed permission and ask\n"
            "that you delete their personal information and confirm to us when the deletion is complete.\n"
            "If you need anything further to act on this request, please reply to this address.")


AUTO = "Auto-Submitted: auto-replied\n"


def english() -> None:
    d = "truepeopledex.example"
    reply("en", "confirmed", d, ("TruePeopleDex Support", "support@truepeopledex.example"),
          "Re: Authorised agent request to delete personal information [PL-7Q2K]",
          "Hi,\n\nThanks for reaching out on your client\u2019s behalf. We\u2019ve located the profile you described and it has been "
          "suppressed from TruePeopleDex. Suppressed records are excluded from our search results and from future data refreshes, "
          "so it won\u2019t come back.\n\nIt may take a few days for Google and other search engines to drop cached copies.\n\n"
          "Best,\nMarisol \u2013 TruePeopleDex Support", charset="windows-1252", quoted=ours_en("PL-7Q2K"))
    reply("en", "confirmed", "kinfinder.example", ("KinFinder Privacy", "privacy@kinfinder.example"),
          "Your opt-out is complete",
          "Hello,\n\nYour opt-out request has been completed. The listing at the address you sent us has been removed from "
          "KinFinder and the record is now flagged so that it is not republished.\n\n"
          "Not happy with how we handled this? [Tell us here](https://kinfinder.example/feedback?t=88213)\n\n"
          "KinFinder | [Privacy policy](https://kinfinder.example/privacy) | [Unsubscribe from marketing](https://kinfinder.example/unsub?u=88213)",
          layout="alt")
    reply("en", "confirmed", "nexabase.example privacy.nexabase.example", ("NexaBase Privacy Center", "no-reply@privacy.nexabase.example"),
          "Your privacy request has been completed",
          "Your request is complete\n\nRequest ID: 2f9c-41aa-88e0\nRequest type: Erasure (Delete my data)\nStatus: Completed\n"
          "Submitted: November 2, 2026\nCompleted: November 27, 2026\n\nWe have deleted the personal data associated with this "
          "request from NexaBase systems and notified our service providers to do the same.\n\n"
          "[View request details](https://privacy.nexabase.example/requests/2f9c-41aa-88e0)\n\nPowered by Transcend",
          layout="html")
    reply("en", "confirmed", "oldtownrecords.example", ("Walt Kimura", "oldtownrecords.owner@gmail.com"),
          "Re: remove personal info",
          "hi - took the page down this morning, and deleted the row from my database too. sorry about that, the county "
          "feed puts everybody in. if she shows up again just email me\n\nWalt\nOld Town Records\n\nSent from my iPhone",
          cte="7bit", charset="us-ascii", quoted=ours_en("PL-3J9A", "Ms. R."))
    reply("en", "confirmed", "addressarc.example", ("AddressArc Consumer Care", "care@addressarc.example"),
          "RE: Authorised agent request to delete personal information [PL-5MR2]",
          "Dear Puente Legal Aid,\n\nWe have processed your Virginia Consumer Data Protection Act deletion request. The "
          "consumer's name, addresses and telephone numbers were deleted from our consumer marketing database on November 24, "
          "2026. We retain only the minimum information needed to keep the consumer on our suppression list, so the data is not "
          "re-acquired from our sources.\n\nIf you disagree with our decision you may appeal by replying with APPEAL in the subject line.\n\n"
          "Regards,\nAddressArc Consumer Care", layout="alt", quoted=ours_outlook("PL-5MR2"))
    reply("en", "confirmed", "pinpointpeople.example", ("PinPoint People", "optout@pinpointpeople.example"),
          "Opt-out processed - record suppressed",
          "Thank you. Your record has been suppressed and will be removed from our site within 72 hours as our pages refresh. "
          "No further action is needed on your part.\n\nPinPoint People Opt-Out Team", cte="7bit", charset="us-ascii")
    reply("en", "confirmed", "signalgraph.example", ("SignalGraph Privacy (via DataGrail)", "privacy@signalgraph.example"),
          "Deletion request completed - SignalGraph",
          "Hello,\n\nWe are writing to let you know that the deletion request submitted on behalf of your client has been fulfilled. "
          "We did not find a sale or sharing of the data to stop beyond what was deleted; all records matching the email address "
          "and postal address provided were erased on November 25, 2026.\n\nThank you,\nSignalGraph Privacy Team\n"
          "[SignalGraph](https://www.signalgraph.example) \u00b7 [Privacy Notice](https://www.signalgraph.example/privacy)",
          layout="alt", cte="base64")
    reply("en", "confirmed", "homeledger.example", ("HomeLedger Privacy", "privacy@homeledger.example"),
          "Re: [PL-8WW1] deletion request - Colorado",
          "Hi,\n\nFollowing up on the request you sent under the Colorado Privacy Act: there was no problem verifying the "
          "authorisation you attached, and we have now deleted the consumer's personal data. Nothing is pending on our side.\n\n"
          "HomeLedger Privacy Operations", quoted=ours_en("PL-8WW1"))
    # truth traps for "confirmed": a refusal of a different thing is quoted, the answer itself confirms
    reply("en", "confirmed", "courtlook.example", ("CourtLook Help", "help@courtlook.example"),
          "Re: Fwd: Ticket #48211 - remove listing",
          "Hello again,\n\nApologies for the earlier message saying we could not locate the profile - our team searched with the "
          "wrong middle name. We have now found it and removed it from CourtLook, and the court-index page no longer shows it.\n\n"
          "Best regards,\nAnika, CourtLook Help\n\n---------- Forwarded message ---------\nFrom: CourtLook Help <help@courtlook.example>\n"
          "Date: Tue, Nov 10, 2026\nSubject: Ticket #48211 - remove listing\n\nWe could not locate any records matching the "
          "details provided.", layout="alt")

    # refusals
    reply("en", "refused", "radarlo.example", ("Radarlo Privacy", "privacy@radarlo.example"),
          "Re: Authorised agent request to delete personal information [PL-2HX4]",
          "Hello,\n\nWe searched our systems using the information you provided and we could not locate any records associated "
          "with the consumer. As a result, there is no personal information for us to delete.\n\nIf you believe this is in error, "
          "please send the URL of the profile.\n\nRadarlo Privacy Office", quoted=ours_en("PL-2HX4"), reason="no record")
    reply("en", "refused", "dataverity.example privacyportal.onetrust.com", ("DataVerity Privacy", "noreply@privacyportal.onetrust.com"),
          "Update on your request 4471-22",
          "Request ID: 4471-22\nRequest type: Delete my personal information\nSubject type: Authorized agent\nStatus: Closed - No data found\n\n"
          "After a thorough search, DataVerity has no personal information on file for the individual identified in this request. "
          "This request is now closed.\n\n[View your request](https://privacyportal.onetrust.com/webform/ui/4471-22)",
          layout="html", reason="no record")
    reply("en", "refused", "lumenrecords.example", ("Lumen Records", "privacy@lumenrecords.example"),
          "Your California privacy request",
          "Dear Requester,\n\nWe have honored your request to opt out of the sale and sharing of personal information. Please note "
          "that because we are a people-search service that publishes public-record information, your request to delete does not "
          "apply to the profile, which remains available on our website.\n\nLumen Records Privacy Team", layout="alt",
          reason="processed as do-not-sell only")
    reply("en", "refused", "parcelpeople.example", ("ParcelPeople", "privacy@parcelpeople.example"),
          "Re: deletion request [PL-6TT0]",
          "Thank you for your message. Our records show the consumer resides in Georgia. The deletion rights you referenced are "
          "available only to residents of states with a comprehensive consumer privacy law, so we are unable to act on this request. "
          "We have not deleted any information.\n\nRegards,\nParcelPeople Compliance", reason="not a resident",
          quoted=ours_outlook("PL-6TT0"))
    reply("en", "refused", "courtlook.example", ("CourtLook Legal", "legal@courtlook.example"),
          "RE: request to delete",
          "Counsel,\n\nThe information displayed on CourtLook consists of court filings and property records lawfully made available "
          "by federal, state and local governments. Such publicly available information is not personal information under Cal. Civ. "
          "Code 1798.140(v)(2) and Tex. Bus. & Com. Code 541.001, and the listing will remain published.\n\nCourtLook Legal Department",
          layout="alt", reason="publicly available")
    reply("en", "refused", "backtrace-search.example", ("BackTrace Screening", "support@backtrace-search.example"),
          "[BackTrace] Ticket #77120: Re: request to delete personal information",
          "Hi,\n\nBackTrace Screening is a consumer reporting agency. The information we maintain is used for employment and tenant "
          "screening and is governed by the Fair Credit Reporting Act, which the CCPA and the Oregon Consumer Privacy Act exempt. "
          "We are therefore not able to delete this consumer's file. The consumer may request a copy of their report or dispute its "
          "accuracy at any time.\n\nKind regards,\nBackTrace Support\n\nTicket status: Closed", reason="exempt (FCRA)",
          headers="X-Freshdesk-Ticket: 77120\n")
    reply("en", "refused", "verdantdata.example", ("Verdant Data Privacy", "privacy@verdantdata.example"),
          "Case 00918273: Privacy Request [ ref:_00D5e0Bx9._5004X2Hk ]",
          "Dear Authorized Agent,\n\nThe personal information Verdant Data holds about this consumer was collected under, and is "
          "subject to, the Gramm-Leach-Bliley Act. Information subject to the GLBA is exempt from deletion under the CCPA and the "
          "Virginia and Colorado laws, so your request has been denied.\n\nSincerely,\nVerdant Data Privacy Office\n\nref:_00D5e0Bx9._5004X2Hk:ref",
          layout="alt", reason="exempt (GLBA)")
    reply("en", "refused", "quickcheckid.example", ("QuickCheckID Support", "support@quickcheckid.zendesk.example"),
          "[QuickCheckID] Re: Authorised agent deletion request",
          "##- Please type your reply above this line -##\n\nYour request (58832) has been updated.\n\nJordan (QuickCheckID)\n\n"
          "We are unable to process requests submitted by third parties. Our policy requires the consumer to submit the request "
          "personally from the email address on file. Because the request came from an agent, it has been declined and the ticket "
          "has been closed.\n\nThis email is a service from QuickCheckID.", reason="agent not authorised", layout="alt")
    reply("en", "refused", "homeledger.example", ("HomeLedger Privacy", "privacy@homeledger.example"),
          "Your request has been closed",
          "Hello,\n\nOn November 4 we asked for documents to verify the consumer's identity. As we did not receive them within the "
          "time allowed, we were unable to verify the request and it has been closed without action. You may submit a new "
          "request at any time.\n\nHomeLedger Privacy", reason="identity not verified")
    reply("en", "refused", "findwide.example", ("FindWide Search", "abuse@findwide.example"),
          "Re: remove personal information",
          "FindWide is a search engine. We do not host or control the pages that appear in our results, and we do not hold "
          "a profile about your client. To have the information removed, please contact the website where it is published; "
          "once the source removes it, our results will update.\n\nFindWide Trust & Safety", reason="not a data broker",
          layout="alt", cte="base64")
    reply("en", "refused", "radarlo.example", ("Radarlo Privacy", "privacy@radarlo.example"),
          "Re: Re: Authorised agent request [PL-4AB8]",
          "Hello,\n\nWe understand the consumer lives in Oregon. We have reviewed the request under the Oregon Consumer Privacy Act "
          "and are declining it: the data in question is retained to comply with a legal obligation (a litigation hold), which the "
          "Act permits. No records have been deleted.\n\nRadarlo Privacy Office", reason="legal obligation")
    reply("en", "refused", "nexabase.example privacy.nexabase.example", ("NexaBase Privacy Center", "no-reply@privacy.nexabase.example"),
          "Your privacy request could not be completed",
          "Request ID: 77ad-02b1\nRequest type: Erasure\nStatus: Denied\n\nReason: NexaBase processes this data only as a service "
          "provider on behalf of our business customers. Please direct your request to the business you have a relationship with.\n\n"
          "Powered by Transcend", layout="html", reason="service provider")
    reply("en", "refused", "pinpointpeople.example", ("PinPoint People", "optout@pinpointpeople.example"),
          "Re: opt-out",
          "Hi, we checked and there is no listing for that name and city on PinPoint People, so nothing was removed. "
          "If you have the profile link, send it and we'll look again.", cte="7bit", charset="us-ascii", reason="no record")

    # acknowledgements (nothing done yet)
    reply("en", "acknowledged", "dataverity.example privacyportal.onetrust.com", ("DataVerity Privacy", "noreply@privacyportal.onetrust.com"),
          "We have received your request",
          "Thank you for submitting your request.\n\nRequest ID: 4502-19\nRequest type: Delete my personal information\n\n"
          "We will verify the request and respond within 45 days, as required by the CCPA. Once your identity is verified, your "
          "data will be deleted and you will be notified.\n\n[Check the status of your request](https://privacyportal.onetrust.com/webform/ui/4502-19)\n\n"
          "If you did not make this request, [let us know](https://privacyportal.onetrust.com/webform/ui/4502-19/report)",
          layout="html", headers=AUTO)
    reply("en", "acknowledged", "quickcheckid.example", ("QuickCheckID Support", "support@quickcheckid.zendesk.example"),
          "[QuickCheckID] Request received: Authorised agent deletion request",
          "##- Please type your reply above this line -##\n\nYour request (58901) has been received and is being reviewed by our "
          "support staff.\n\nTo add additional comments, reply to this email.\n\nThis email is a service from QuickCheckID.",
          layout="alt", headers=AUTO)
    reply("en", "acknowledged", "lumenrecords.example submit-irm.trustarc.com", ("TrustArc Individual Rights", "irm-noreply@trustarc.example"),
          "Individual Rights Request Received - Lumen Records",
          "Dear Requester,\n\nThis email confirms that Lumen Records has received your Individual Rights Request "
          "(ID IRR-20261102-0193). Requests are usually processed within 10 business days; you will receive a further email "
          "when a decision has been made.\n\nThank you,\nLumen Records Privacy", headers=AUTO)
    reply("en", "acknowledged", "verdantdata.example", ("Verdant Data Privacy", "privacy@verdantdata.example"),
          "Case 00918402: Privacy Request [ ref:_00D5e0Bx9._5004X3Lm ]",
          "Thank you for contacting Verdant Data. A case (00918402) has been created for your request and assigned to our privacy "
          "team. If we locate records for this consumer, they will be deleted and we will confirm by email.\n\nref:_00D5e0Bx9._5004X3Lm:ref",
          headers=AUTO)
    reply("en", "acknowledged", "parcelpeople.example", ("ParcelPeople", "privacy@parcelpeople.example"),
          "Re: deletion request [PL-9KD3]",
          "Got it - your request is in our queue. Removals are worked in the order received and your record will be removed from "
          "our site within 72 hours of processing. We'll email you once it's done.\n\nParcelPeople", cte="7bit", charset="us-ascii",
          quoted=ours_en("PL-9KD3"))
    reply("en", "acknowledged", "courtlook.example", ("CourtLook", "help@courtlook.example"),
          "Ticket received: remove listing",
          "Hi there,\n\nThanks for contacting CourtLook! This is an automatic confirmation that we received your message. A member of "
          "our team will get back to you within 2 business days.\n\nTicket: #48933\n\nCourtLook Help \u00b7 Powered by HubSpot",
          layout="alt", headers=AUTO)

    # extensions
    reply("en", "extended", "signalgraph.example", ("SignalGraph Privacy", "privacy@signalgraph.example"),
          "Update on your deletion request",
          "Hello,\n\nDue to the high volume of requests we are receiving, we need additional time to complete your request. As "
          "permitted by the CCPA, we are extending our response period by 45 days. You can expect a response by February 1, 2027.\n\n"
          "SignalGraph Privacy Team", layout="alt")
    reply("en", "extended", "addressarc.example", ("AddressArc Consumer Care", "care@addressarc.example"),
          "RE: Authorised agent request [PL-1QP6] - extension",
          "Dear Puente Legal Aid,\n\nUnder the Texas Data Privacy and Security Act we may extend the response period once by an "
          "additional 45 days when reasonably necessary. Because this request covers several of our databases, we are taking "
          "that extension. We have not yet deleted any data and will write again by January 16, 2027.\n\nAddressArc Consumer Care",
          quoted=ours_outlook("PL-1QP6"))
    reply("en", "extended", "dataverity.example privacyportal.onetrust.com", ("DataVerity Privacy", "noreply@privacyportal.onetrust.com"),
          "Your request 4502-19 has been extended",
          "Request ID: 4502-19\nStatus: Extended\n\nWe need more time to complete your request. The due date has been extended to "
          "February 2, 2027. We will notify you when your request is complete.\n\n[View your request](https://privacyportal.onetrust.com/webform/ui/4502-19)",
          layout="html")

    # verification links
    reply("en", "verify_link", "truepeopledex.example", ("TruePeopleDex", "noreply@truepeopledex.example"),
          "Confirm your removal request",
          "One more step.\n\nPlease click the link below to confirm your removal request. The link expires in 24 hours.\n\n"
          "[Confirm removal](https://www.truepeopledex.example/removal/confirm?token=c7b1e2f94a)\n\n"
          "Didn't ask for this? [Cancel this request](https://www.truepeopledex.example/removal/cancel?token=c7b1e2f94a)\n\n"
          "[TruePeopleDex](https://www.truepeopledex.example/) | [Unsubscribe](https://www.truepeopledex.example/email/unsub?e=4f1)",
          layout="alt", link="https://www.truepeopledex.example/removal/confirm?token=c7b1e2f94a")
    reply("en", "verify_link", "kinfinder.example", ("KinFinder", "hello@kinfinder.example"),
          "Please verify your email to finish your opt-out",
          "Not you? [Cancel](https://kinfinder.example/optout/cancel/9a77d1)\n\nThanks for using KinFinder's opt-out. To finish, "
          "verify your email address:\n\n[Verify email](https://email.kinfinder.example/c/eJyNkM0KwjAQ|https://kinfinder.example/optout/verify/9a77d1)\n\n"
          "Once you verify, we will remove the listing within 72 hours.",
          layout="alt", link="https://kinfinder.example/optout/verify/9a77d1")
    reply("en", "verify_link", "dataverity.example privacyportal.onetrust.com", ("DataVerity Privacy", "noreply@privacyportal.onetrust.com"),
          "Verify your email address",
          "Please verify your email address to continue with your privacy request.\n\n"
          "[Verify Email](https://privacyportal.onetrust.com/webform/verify/5f0e91c2-7d1b)\n\n"
          "Your request will not be processed until your email is verified. This link expires in 7 days.",
          layout="html", link="https://privacyportal.onetrust.com/webform/verify/5f0e91c2-7d1b", headers=AUTO)
    reply("en", "verify_link", "signalgraph.example", ("SignalGraph Privacy", "privacy@signalgraph.datagrail.example"),
          "Action required: confirm your privacy request",
          "Hi,\n\nWe received a request to delete personal information on behalf of a consumer. Please confirm it by clicking "
          "[Confirm request](https://signalgraph.datagrail.example/confirm/7fa0c1).\n\nIf you did not submit this request, you can ignore this email.",
          layout="html", link="")  # a vendor host the broker does not declare: a person decides
    reply("en", "verify_link", "pinpointpeople.example", ("PinPoint People", "optout@pinpointpeople.example"),
          "Confirm opt-out",
          "[PinPoint People](https://pinpointpeople.example/)\n\nWe got a request to remove a record. "
          "[Confirm my opt-out](https://pinpointpeople.example/optout/confirm/3c9f0d) or "
          "[view the record](https://pinpointpeople.example/p/3c9f0d).\n\n[Manage email preferences](https://pinpointpeople.example/prefs)",
          layout="html", link="https://pinpointpeople.example/optout/confirm/3c9f0d")
    reply("en", "verify_link", "truepeopledex.example", ("TruePeopleDex", "noreply@truepeopledex-support.example"),
          "Confirm your removal request",
          "Click below to confirm your removal request:\n\n[Confirm removal](https://truepeopledex-support.example/removal/confirm?t=19ab)",
          layout="html", link="")  # a look-alike domain
    reply("en", "verify_link", "homeledger.example", ("HomeLedger", "privacy@homeledger.example"),
          "Two records found - confirm each removal",
          "We found two records that may belong to the consumer. Please confirm the removal of each one:\n\n"
          "[Confirm removal of record 1 (Fresno, CA)](https://homeledger.example/r/confirm/a1)\n"
          "[Confirm removal of record 2 (Visalia, CA)](https://homeledger.example/r/confirm/a2)",
          layout="alt", link="")  # two confirm links: a person decides
    reply("en", "verify_link", "parcelpeople.example", ("ParcelPeople", "noreply@parcelpeople.example"),
          "Action needed: verify your request",
          "Hello,\n\nWe need you to verify this request before we can delete anything. Open this link to verify:\n"
          "https://parcelpeople.example/verify?rid=66120&sig=9e0b\n\nIf you did not request this, reply NOT ME.\n\nParcelPeople",
          cte="7bit", charset="us-ascii", link="https://parcelpeople.example/verify?rid=66120&sig=9e0b")
    reply("en", "verify_link", "radarlo.example", ("Radarlo", "noreply@radarlo.example"),
          "Re: Authorised agent request [PL-2HX4] - please confirm",
          "Hi,\n\nThe profile is located. Please confirm you want it removed: "
          "[Yes, remove it](http://links.radarlo-mail.example/ls/click?upn=Zk91|https://radarlo.example/remove/confirm/55e1)\n\n"
          "[No, keep it](https://radarlo.example/remove/decline/55e1)",
          layout="alt", link="https://radarlo.example/remove/confirm/55e1", quoted=ours_en("PL-2HX4"))

    # identity and authorisation demands
    reply("en", "needs_id", "backtrace-search.example", ("BackTrace Screening", "support@backtrace-search.example"),
          "[BackTrace] Ticket #77233: Additional information required",
          "Hi,\n\nTo verify the consumer's identity we need a copy of a government-issued photo ID and a utility bill dated "
          "within the last 90 days. Please reply to this ticket with both attached. Until then we cannot proceed.\n\nBackTrace Support",
          headers="X-Freshdesk-Ticket: 77233\n", layout="alt")
    reply("en", "needs_id", "lumenrecords.example", ("Lumen Records", "privacy@lumenrecords.example"),
          "Authorized agent verification",
          "Dear Puente Legal Aid,\n\nTo act on a request from an authorized agent we require (1) a signed and notarized "
          "authorization from the consumer on our Authorized Agent Form, and (2) the consumer to verify their own identity directly "
          "with us. Please download the form here: [Authorized Agent Form](https://lumenrecords.example/forms/agent.pdf).\n\n"
          "Lumen Records Privacy", layout="alt")
    reply("en", "needs_id", "verdantdata.example", ("Verdant Data Privacy", "privacy@verdantdata.example"),
          "Case 00918402: identity verification [ ref:_00D5e0Bx9._5004X3Lm ]",
          "Please have the consumer complete identity verification with our partner. They will be asked to photograph their ID and "
          "take a selfie: [Start verification](https://verify.idcheckpartner.example/s/8823af)\n\nref:_00D5e0Bx9._5004X3Lm:ref",
          layout="alt")
    reply("en", "needs_id", "quickcheckid.example", ("QuickCheckID Support", "support@quickcheckid.zendesk.example"),
          "[QuickCheckID] Re: Authorised agent deletion request",
          "##- Please type your reply above this line -##\n\nJordan (QuickCheckID)\n\nTo process the request we need the last four "
          "digits of the consumer's Social Security number and a signed declaration, under penalty of perjury, that you are "
          "authorized to act for them.", layout="alt")
    # relabelled needs_info by r42 (was needs_id): only the client's signed authorisation is asked, no identity document
    # (tests/replies/README.md, "Label rules": the clinic answers with the authorisation, as sets L to W label it)
    reply("en", "needs_info", "oldtownrecords.example", ("Walt Kimura", "oldtownrecords.owner@gmail.com"),
          "Re: remove personal info",
          "hi, happy to help but i get a lot of these from companies i never heard of. can you send me something signed by her "
          "saying you can ask for her? a photo of it is fine.\n\nWalt", cte="7bit", charset="us-ascii", quoted=ours_en("PL-3K1B", "Mrs. T."))

    # more information
    reply("en", "needs_info", "kinfinder.example", ("KinFinder Privacy", "privacy@kinfinder.example"),
          "Re: deletion request",
          "Hello,\n\nWe found several people with that name in Houston. Could you send the URL of the profile, or the consumer's "
          "previous address, so we remove the right one?\n\nKinFinder Privacy", layout="alt")
    reply("en", "needs_info", "courtlook.example", ("CourtLook Help", "help@courtlook.example"),
          "Re: Ticket #48933 - remove listing",
          "Hi,\n\nDo you want us to delete the profile entirely, or only to stop selling the information? Please reply and let us "
          "know which request you are making.\n\nAnika\nCourtLook Help", layout="alt")
    reply("en", "needs_info", "addressarc.example", ("AddressArc Consumer Care", "care@addressarc.example"),
          "Request needs the consumer's state of residence",
          "Dear Puente Legal Aid,\n\nThe request does not say which state the consumer lives in. Please tell us the state of "
          "residence so we can apply the right law; we will not deny the request in the meantime.\n\nAddressArc Consumer Care")

    # unsure: closed tickets, surveys, partial removals, marketing unsubscribes
    reply("en", "unsure", "quickcheckid.example", ("QuickCheckID Support", "support@quickcheckid.zendesk.example"),
          "[QuickCheckID] Request #58901 has been solved - how did we do?",
          "##- Please type your reply above this line -##\n\nYour request #58901 \"Authorised agent deletion request\" has been "
          "solved. How would you rate the support you received?\n\n[Good, I'm satisfied](https://quickcheckid.zendesk.example/requests/58901/satisfaction/good?token=aa1)\n"
          "[Bad, I'm unsatisfied](https://quickcheckid.zendesk.example/requests/58901/satisfaction/bad?token=aa1)",
          layout="alt", headers=AUTO)
    reply("en", "unsure", "parcelpeople.example", ("ParcelPeople", "privacy@parcelpeople.example"),
          "Re: deletion request [PL-9KD3]",
          "Hi, we removed the listing from parcelpeople.example. The same record also appears on our partner sites, which run "
          "their own removal process, and the phone number is still held for fraud prevention.\n\nParcelPeople", cte="7bit",
          charset="us-ascii")
    reply("en", "unsure", "lumenrecords.example", ("Lumen Records News", "news@lumenrecords.example"),
          "You have been unsubscribed",
          "You have been unsubscribed from Lumen Records marketing emails. You will no longer receive newsletters or offers.\n\n"
          "[Resubscribe](https://lumenrecords.example/email/resubscribe?u=77a)", layout="html")
    reply("en", "unsure", "backtrace-search.example", ("BackTrace Screening", "support@backtrace-search.example"),
          "[BackTrace] Ticket #77120 closed",
          "Your ticket #77120 has been closed. If you need further help, reply to this email to reopen it.\n\n"
          "[Rate this ticket](https://backtrace-search.example/survey/77120)", headers=AUTO)

    # bounces and auto-replies
    reply("en", "bounce", "radarlo.example", ("Mail Delivery System", "MAILER-DAEMON@mx1.radarlo.example"),
          "Undelivered Mail Returned to Sender", "", layout="report", headers=AUTO,
          raw_body=_dsn("privacy@radarlo.example", "mx1.radarlo.example", "550 5.1.1 <privacy@radarlo.example>: Recipient address rejected: User unknown"))
    reply("en", "bounce", "homeledger.example", ("Microsoft Outlook", "postmaster@homeledger.example"),
          "Undeliverable: Authorised agent request to delete personal information [PL-8WW1]",
          "Delivery has failed to these recipients or groups:\n\noptout@homeledger.example\nThe email address you entered couldn't "
          "be found. Please check the recipient's email address and try to resend the message.\n\nDiagnostic information for "
          "administrators:\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
          layout="alt", headers=AUTO)
    reply("en", "auto_reply", "signalgraph.example", ("Dana Whitfield", "dwhitfield@signalgraph.example"),
          "Automatic reply: Authorised agent request to delete personal information",
          "Thank you for your email. I am out of the office until December 7 with limited access to email. For privacy requests "
          "please write to privacy@signalgraph.example.\n\nDana", headers=AUTO)
    reply("en", "auto_reply", "pinpointpeople.example", ("PinPoint People", "optout@pinpointpeople.example"),
          "Re: Authorised agent request to delete personal information",
          "Our office is closed for the Thanksgiving holiday and will reopen on Monday. Messages are answered in the order received.",
          cte="7bit", charset="us-ascii", headers="Auto-Submitted: auto-replied\nX-Autoreply: yes\n")


def _dsn(rcpt: str, mta: str, diag: str, lang_text: str = "", charset: str = "us-ascii") -> bytes:
    """A multipart/report (RFC 3464) bounce body."""
    b = "=_dsn_j_" + str(abs(len(rcpt) * 7919))
    text = lang_text or (f"This is the mail system at host {mta}.\n\nI'm sorry to have to inform you that your message could not\n"
                         "be delivered to one or more recipients.\n\n" f"<{rcpt}>: host {mta} said: {diag}\n")
    return (f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"\n\n--{b}\n'
            f'Content-Type: text/plain; charset="{charset}"\nContent-Transfer-Encoding: 8bit\n\n').encode() + text.encode(charset) + (
            f"\n--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {mta}\n\n"
            f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; {diag}\n\n"
            f"--{b}\nContent-Type: text/rfc822-headers\n\nFrom: {CLINIC}\nTo: {rcpt}\n"
            "Subject: Authorised agent request to delete personal information\n\n" f"--{b}--\n").encode()


def english_traps() -> None:
    """More English truth traps: a quoted confirmation for someone else, negations, questions."""
    # relabelled needs_info by r42 (was needs_id): a signed authorisation naming this broker, no identity document
    # (tests/replies/README.md, "Label rules")
    reply("en", "needs_info", "truepeopledex.example", ("TruePeopleDex Support", "support@truepeopledex.example"),
          "Re: Re: Authorised agent request to delete personal information [PL-7Q2K]",
          "Hi again,\n\nThis is about your second client (ref PL-7R5C). Before we act on that one we need a copy of the signed "
          "authorisation that names TruePeopleDex, since the one attached names a different company.\n\nMarisol\n\n"
          "On Tue, Nov 17, 2026, TruePeopleDex Support <support@truepeopledex.example> wrote:\n"
          "> We've located the profile you described (PL-7Q2K) and it has been suppressed from TruePeopleDex.\n"
          "> Suppressed records are excluded from our search results.", charset="windows-1252")
    reply("en", "refused", "kinfinder.example", ("KinFinder Privacy", "privacy@kinfinder.example"),
          "Re: deletion request",
          "Hello,\n\nTo be clear about where this stands: we have not deleted the profile and will not be deleting it. The consumer "
          "does not reside in a state whose law gives a right to deletion, and KinFinder only honours deletion requests from such "
          "residents.\n\nKinFinder Privacy", layout="alt", reason="not a resident")
    reply("en", "acknowledged", "radarlo.example", ("Radarlo Privacy", "privacy@radarlo.example"),
          "Re: Re: Authorised agent request [PL-4AB8]",
          "Hello,\n\nThank you for the signed permission. Our team will review it, and once the authorisation is verified we will "
          "delete the consumer's profile and let you know.\n\nRadarlo Privacy Office\n\n"
          "> On Nov 18, 2026, Puente Legal Aid wrote:\n> Has the profile been deleted yet? Please confirm.")
    reply("en", "unsure", "addressarc.example", ("AddressArc Consumer Care", "care@addressarc.example"),
          "RE: Authorised agent request [PL-1QP6] - completed",
          "Dear Puente Legal Aid,\n\nWe have completed the request. The consumer has been opted out of the sale and sharing of "
          "personal information, and we have deleted the consumer's email address from our marketing lists. The consumer's "
          "directory listing was reviewed separately.\n\nAddressArc Consumer Care", quoted=ours_outlook("PL-1QP6"))
    reply("en", "other", "nexabase.example privacy.nexabase.example", ("NexaBase", "updates@nexabase.example"),
          "We're updating our Privacy Notice",
          "We are updating the NexaBase Privacy Notice, effective January 1, 2027, to describe new rights under state privacy laws. "
          "You don't need to do anything.\n\n[Read the updated notice](https://nexabase.example/privacy-2027)\n\n"
          "[Unsubscribe](https://nexabase.example/unsubscribe?e=b71)", layout="html")


def spanish() -> None:
    reply("es", "confirmed", "buscagente.example", ("BuscaGente Privacidad", "privacidad@buscagente.example"),
          "RE: Solicitud de eliminación de datos personales [PL-0S1A]",
          "Estimados señores:\n\nLes informamos que hemos eliminado el perfil de su representada de BuscaGente. El registro "
          "quedó marcado para que no vuelva a publicarse cuando actualicemos nuestras fuentes.\n\nAtentamente,\n"
          "Equipo de Privacidad de BuscaGente", charset="windows-1252", quoted=ours_es("PL-0S1A"))
    reply("es", "confirmed", "directoriomx.example", ("Directorio MX - Datos Personales", "arco@directoriomx.example"),
          "Respuesta a su solicitud ARCO folio 2026-1184",
          "Estimado titular:\n\nEn atención a su solicitud de cancelación con folio 2026-1184, le comunicamos que procedió la "
          "cancelación: sus datos personales fueron suprimidos de nuestras bases de datos el 20 de noviembre de 2026, conforme "
          "a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares.\n\nDepartamento de Datos Personales",
          layout="alt", charset="iso-8859-1")
    reply("es", "confirmed", "truepeopledex.example", ("TruePeopleDex Soporte", "soporte@truepeopledex.example"),
          "Su solicitud de exclusión se completó",
          "Hola:\n\nSu solicitud se completó. Suprimimos el registro y ya no aparece en los resultados de TruePeopleDex. "
          "Los buscadores pueden tardar unos días en actualizar sus copias.\n\n"
          "[Califique nuestra atención](https://truepeopledex.example/encuesta?t=ee2)", layout="alt")
    reply("es", "confirmed", "datoscol.example", ("Datos Col", "habeasdata@datoscol.example"),
          "Re: Supresión de datos - agente autorizado",
          "Buenas tardes,\n\nconfirmamos que los datos de la titular fueron eliminados de nuestro directorio en línea y de la base "
          "comercial. No hubo ningún problema con la autorización enviada.\n\nCordialmente,\nÁrea de Habeas Data\nDatos Col S.A.S.",
          cte="base64")
    reply("es", "confirmed", "oldtownrecords.example", ("Walt Kimura", "oldtownrecords.owner@gmail.com"),
          "Re: eliminar información",
          "hola, ya borre la pagina de la señora. perdon, no hablo mucho español. listo.\n\nWalt", quoted=ours_es("PL-0S7K"))

    reply("es", "refused", "buscagente.example", ("BuscaGente Privacidad", "privacidad@buscagente.example"),
          "RE: Solicitud de eliminación de datos personales [PL-0S2B]",
          "Estimados señores:\n\nRealizamos una búsqueda con los datos proporcionados y no localizamos ningún registro a nombre "
          "de la persona indicada. Por lo tanto, no hay información que eliminar.\n\nAtentamente,\nEquipo de Privacidad",
          charset="windows-1252", reason="no record", quoted=ours_es("PL-0S2B"))
    reply("es", "refused", "lumenrecords.example", ("Lumen Records", "privacidad@lumenrecords.example"),
          "Su solicitud de privacidad de California",
          "Estimado solicitante:\n\nHemos atendido su solicitud de no vender ni compartir su información personal. Sin embargo, el "
          "perfil contiene información de registros públicos y seguirá visible en nuestro sitio web.\n\nEquipo de Privacidad de Lumen Records",
          layout="alt", reason="processed as do-not-sell only")
    reply("es", "refused", "kinfinder.example", ("KinFinder Privacidad", "privacy@kinfinder.example"),
          "Re: solicitud de eliminación",
          "Hola:\n\nNo hemos eliminado el perfil. Solo atendemos solicitudes de eliminación de residentes de estados con una ley "
          "integral de privacidad, y según los datos enviados la persona vive en Florida.\n\nKinFinder", reason="not a resident")
    reply("es", "refused", "courtlook.example", ("CourtLook Legal", "legal@courtlook.example"),
          "RE: solicitud de eliminación",
          "La información que muestra CourtLook proviene de expedientes judiciales y registros de propiedad publicados por el "
          "gobierno. Se trata de información disponible públicamente, que la ley de California excluye de la definición de "
          "información personal, por lo que el registro seguirá publicado.\n\nDepartamento Legal", reason="publicly available",
          layout="html")
    reply("es", "refused", "homeledger.example", ("HomeLedger Privacidad", "privacy@homeledger.example"),
          "Su solicitud ha sido cerrada",
          "Hola:\n\nNo recibimos los documentos para verificar la identidad de la persona dentro del plazo, por lo que no pudimos "
          "verificar la solicitud y la cerramos sin realizar ninguna acción.\n\nHomeLedger", reason="identity not verified", layout="alt")
    reply("es", "refused", "creditoveloz.example", ("Crédito Veloz", "privacidad@creditoveloz.example"),
          "Caso 00922110: Solicitud de privacidad [ ref:_00D8k1Zz2._5008Q1Wd ]",
          "Estimado agente autorizado:\n\nLa información que conservamos de esta persona está sujeta a la Ley Gramm-Leach-Bliley "
          "(GLBA), por lo que está exenta del derecho de eliminación. Su solicitud ha sido denegada.\n\nref:_00D8k1Zz2._5008Q1Wd:ref",
          reason="exempt (GLBA)", layout="alt", charset="iso-8859-1")
    reply("es", "refused", "quickcheckid.example", ("QuickCheckID Soporte", "support@quickcheckid.zendesk.example"),
          "[QuickCheckID] Re: Solicitud de eliminación por agente autorizado",
          "##- Escriba su respuesta por encima de esta línea -##\n\nNo procesamos solicitudes presentadas por terceros. La persona "
          "debe escribirnos directamente desde el correo registrado. Su solicitud fue rechazada y el ticket se cerró.",
          reason="agent not authorised", layout="alt")
    reply("es", "refused", "directoriomx.example", ("Directorio MX - Datos Personales", "arco@directoriomx.example"),
          "Respuesta a su solicitud ARCO folio 2026-1190",
          "Estimado titular:\n\nLe informamos que no se localizaron datos personales suyos en nuestras bases de datos, por lo que "
          "la solicitud de cancelación resulta improcedente.\n\nDepartamento de Datos Personales", reason="no record",
          layout="alt", charset="iso-8859-1")

    reply("es", "acknowledged", "buscagente.example", ("BuscaGente Privacidad", "no-reply@buscagente.example"),
          "Hemos recibido su solicitud",
          "Gracias. Recibimos su solicitud de eliminación (n.º 30877). Verificaremos su identidad y le responderemos en un plazo "
          "máximo de 45 días. Una vez verificada, sus datos serán eliminados.\n\n"
          "[Consultar el estado](https://buscagente.example/solicitudes/30877)", layout="html", headers=AUTO)
    reply("es", "acknowledged", "datoscol.example", ("Datos Col", "habeasdata@datoscol.example"),
          "Radicado 2026-HD-5521",
          "Buen día,\n\nSu reclamo quedó radicado con el número 2026-HD-5521. Conforme a la Ley 1581 de 2012 será atendido dentro "
          "de los quince (15) días hábiles siguientes.\n\nÁrea de Habeas Data", headers=AUTO, charset="windows-1252")
    reply("es", "acknowledged", "parcelpeople.example", ("ParcelPeople", "privacy@parcelpeople.example"),
          "Re: solicitud de eliminación [PL-0S9Q]",
          "Recibimos su solicitud. Si encontramos registros de la persona, serán eliminados y le avisaremos por correo.",
          cte="8bit")

    reply("es", "extended", "directoriomx.example", ("Directorio MX - Datos Personales", "arco@directoriomx.example"),
          "Ampliación de plazo - folio 2026-1201",
          "Estimado titular:\n\nLe informamos que el plazo para responder a su solicitud se amplía por un periodo igual de 20 días, "
          "conforme al artículo 32 de la LFPDPPP, debido a la complejidad de la búsqueda.\n\nDepartamento de Datos Personales",
          charset="iso-8859-1")
    reply("es", "extended", "signalgraph.example", ("SignalGraph Privacidad", "privacy@signalgraph.example"),
          "Actualización de su solicitud de eliminación",
          "Hola:\n\nDebido al alto volumen de solicitudes, necesitamos 45 días adicionales para completar la suya, como lo permite "
          "la CCPA. Aún no hemos eliminado ningún dato.\n\nEquipo de Privacidad", layout="alt", cte="base64")

    reply("es", "verify_link", "buscagente.example", ("BuscaGente", "no-reply@buscagente.example"),
          "Confirme su solicitud de eliminación",
          "Para continuar, confirme su solicitud haciendo clic en el siguiente enlace:\n\n"
          "[Confirmar solicitud](https://buscagente.example/eliminar/confirmar?c=4b21aa)\n\n"
          "¿No fue usted? [Cancelar la solicitud](https://buscagente.example/eliminar/cancelar?c=4b21aa)\n\n"
          "[Darse de baja de los boletines](https://buscagente.example/baja)",
          layout="alt", link="https://buscagente.example/eliminar/confirmar?c=4b21aa")
    reply("es", "verify_link", "kinfinder.example", ("KinFinder", "hello@kinfinder.example"),
          "Verifique su correo para terminar la exclusión",
          "¿No es usted? [Cancelar](https://kinfinder.example/optout/cancel/77c2f0)\n\nPara terminar, verifique su dirección de correo:\n\n"
          "[Verificar correo](https://email.kinfinder.example/c/eJxVj81uwjAQ|https://kinfinder.example/optout/verify/77c2f0)\n\n"
          "Una vez que verifique, eliminaremos el perfil en 72 horas.",
          layout="alt", link="https://kinfinder.example/optout/verify/77c2f0")
    reply("es", "verify_link", "dataverity.example privacyportal.onetrust.com", ("DataVerity Privacidad", "noreply@privacyportal.onetrust.com"),
          "Verifique su dirección de correo electrónico",
          "Verifique su dirección de correo electrónico para continuar con su solicitud de privacidad.\n\n"
          "[Verificar correo electrónico](https://privacyportal.onetrust.com/webform/verify/0ad3e5f1-22c9)\n\n"
          "Su solicitud no se procesará hasta que verifique su correo.",
          layout="html", link="https://privacyportal.onetrust.com/webform/verify/0ad3e5f1-22c9", headers=AUTO)

    reply("es", "needs_id", "datoscol.example", ("Datos Col", "habeasdata@datoscol.example"),
          "Re: Supresión de datos - agente autorizado",
          "Buenas tardes,\n\npara tramitar la solicitud necesitamos copia de la cédula de la titular y un poder firmado y "
          "autenticado ante notaría que lo faculte para actuar en su nombre.\n\nÁrea de Habeas Data", cte="base64")
    reply("es", "needs_id", "creditoveloz.example", ("Crédito Veloz", "privacidad@creditoveloz.example"),
          "Caso 00922188: verificación de identidad",
          "Para continuar, la persona debe verificar su identidad con nuestro proveedor: tomar una foto de su identificación "
          "oficial y una selfie. [Iniciar verificación](https://verify.idcheckpartner.example/s/es/a81c)", layout="html")
    reply("es", "needs_info", "kinfinder.example", ("KinFinder Privacidad", "privacy@kinfinder.example"),
          "Re: solicitud de eliminación",
          "Hola:\n\n¿Podría enviarnos el enlace del perfil? Hay varias personas con ese nombre en Los Ángeles y queremos "
          "eliminar el correcto.\n\nKinFinder")
    reply("es", "needs_info", "courtlook.example", ("CourtLook Ayuda", "help@courtlook.example"),
          "Re: Ticket #49012",
          "Hola:\n\n¿Desea que eliminemos el perfil por completo o solo que dejemos de vender la información? Indíquenos qué "
          "solicitud está presentando.\n\nCourtLook", layout="alt")
    reply("es", "unsure", "quickcheckid.example", ("QuickCheckID Soporte", "support@quickcheckid.zendesk.example"),
          "[QuickCheckID] La solicitud #59011 se ha resuelto",
          "##- Escriba su respuesta por encima de esta línea -##\n\nSu solicitud #59011 se ha resuelto. ¿Cómo calificaría la "
          "atención recibida?\n\n[Buena](https://quickcheckid.zendesk.example/requests/59011/satisfaction/good?t=3)\n"
          "[Mala](https://quickcheckid.zendesk.example/requests/59011/satisfaction/bad?t=3)", layout="alt", headers=AUTO)
    reply("es", "unsure", "parcelpeople.example", ("ParcelPeople", "privacy@parcelpeople.example"),
          "Re: solicitud de eliminación [PL-0S9Q]",
          "Eliminamos la dirección anterior del perfil, pero el nombre y el teléfono siguen publicados porque provienen de otra fuente.",
          charset="windows-1252")
    reply("es", "bounce", "buscagente.example", ("Mail Delivery Subsystem", "mailer-daemon@buscagente.example"),
          "No se ha podido entregar el mensaje", "", layout="report", headers=AUTO,
          raw_body=_dsn("privacidad@buscagente.example", "mx.buscagente.example", "550 5.1.1 usuario desconocido",
                        "No se ha podido entregar su mensaje a uno o más destinatarios.\n\n<privacidad@buscagente.example>: "
                        "el buzón no existe (550 5.1.1)\n", "iso-8859-1"))
    reply("es", "auto_reply", "directoriomx.example", ("Lic. Ana Ruiz", "aruiz@directoriomx.example"),
          "Respuesta automática: Solicitud de eliminación",
          "Gracias por su mensaje. Estaré fuera de la oficina hasta el 4 de diciembre. Para asuntos urgentes escriba a "
          "arco@directoriomx.example.", headers=AUTO, charset="iso-8859-1")


def gdpr_and_more() -> None:
    # Portuguese (Brazil, LGPD; Portugal, RGPD)
    reply("pt", "confirmed", "achepessoas.example", ("AchePessoas - Encarregado de Dados", "dpo@achepessoas.example"),
          "Re: Solicitação de eliminação de dados [PL-1P0T]",
          "Prezados,\n\nInformamos que os dados pessoais da titular foram eliminados da nossa base em 23/11/2026, nos termos do "
          "art. 18, VI, da LGPD. O cadastro não será reativado.\n\nAtenciosamente,\nEncarregado de Dados - AchePessoas",
          charset="iso-8859-1", layout="alt")
    reply("pt", "refused", "achepessoas.example", ("AchePessoas - Encarregado de Dados", "dpo@achepessoas.example"),
          "Re: Solicitação de eliminação de dados [PL-1P2V]",
          "Prezados,\n\nApós pesquisa em nossos sistemas, não localizamos nenhum registro vinculado aos dados informados. "
          "Portanto, não há dados a eliminar.\n\nEncarregado de Dados", reason="no record", charset="iso-8859-1")
    reply("pt", "needs_id", "listagem-pt.example", ("Listagem.pt Privacidade", "privacidade@listagem-pt.example"),
          "Pedido de apagamento de dados - documentos em falta",
          "Exmos. Senhores,\n\nPara darmos seguimento ao pedido, necessitamos de cópia do documento de identificação do titular "
          "e de uma procuração assinada que vos autorize a agir em seu nome.\n\nCom os melhores cumprimentos,\nEquipa de Privacidade",
          cte="base64")
    reply("pt", "verify_link", "achepessoas.example", ("AchePessoas", "naoresponda@achepessoas.example"),
          "Confirme sua solicitação de exclusão",
          "Olá,\n\nClique no botão abaixo para confirmar sua solicitação de exclusão:\n\n"
          "[Confirmar exclusão](https://achepessoas.example/exclusao/confirmar/91ce0b)\n\n"
          "Não foi você? [Cancelar solicitação](https://achepessoas.example/exclusao/cancelar/91ce0b)",
          layout="html", link="https://achepessoas.example/exclusao/confirmar/91ce0b")
    # French
    reply("fr", "confirmed", "annuaire-fr.example", ("Annuaire FR - DPO", "dpo@annuaire-fr.example"),
          "RE: Demande d'effacement de données personnelles [PL-2F1E]",
          "Madame, Monsieur,\n\nNous vous confirmons que les données personnelles de la personne concernée ont été effacées de "
          "l'annuaire et de nos bases, conformément à l'article 17 du RGPD.\n\nCordialement,\nLe Délégué à la protection des données",
          charset="iso-8859-1", quoted=ours_outlook("PL-2F1E"))
    reply("fr", "refused", "annuaire-fr.example", ("Annuaire FR - DPO", "dpo@annuaire-fr.example"),
          "RE: Demande d'effacement [PL-2F3G]",
          "Madame, Monsieur,\n\nNous ne pouvons pas donner suite à votre demande : ces données sont conservées pour respecter une "
          "obligation légale à laquelle nous sommes soumis (article 17, paragraphe 3, point b) du RGPD). Aucune donnée n'a été "
          "supprimée.\n\nLe Délégué à la protection des données", reason="legal obligation", layout="alt")
    reply("fr", "extended", "repertoire-qc.example", ("Répertoire QC - Protection des renseignements", "vieprivee@repertoire-qc.example"),
          "Prolongation du délai de traitement",
          "Bonjour,\n\nEn raison de la complexité de la demande, le délai de réponse est prolongé de deux mois, comme le permet "
          "l'article 12, paragraphe 3, du RGPD. Nous reviendrons vers vous au plus tard le 2 février 2027.\n\nService de la vie privée",
          layout="alt", cte="base64")
    reply("fr", "acknowledged", "annuaire-fr.example", ("Annuaire FR", "ne-pas-repondre@annuaire-fr.example"),
          "Accusé de réception de votre demande",
          "Bonjour,\n\nNous accusons réception de votre demande d'effacement (n° 8812). Elle sera traitée dans un délai d'un mois "
          "à compter de sa réception.\n\nL'équipe Annuaire FR", headers=AUTO, charset="iso-8859-1")
    # German
    reply("de", "confirmed", "personensuche-de.example", ("Personensuche Datenschutz", "datenschutz@personensuche-de.example"),
          "AW: Antrag auf Löschung personenbezogener Daten [PL-3D1A]",
          "Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir, dass wir die personenbezogenen Daten der betroffenen Person "
          "gemäß Art. 17 DSGVO vollständig gelöscht haben. Ein Sperrvermerk verhindert eine erneute Aufnahme.\n\n"
          "Mit freundlichen Grüßen\nIhr Datenschutzteam", charset="iso-8859-1", quoted=ours_outlook("PL-3D1A"))
    reply("de", "refused", "personensuche-de.example", ("Personensuche Datenschutz", "datenschutz@personensuche-de.example"),
          "AW: Antrag auf Löschung [PL-3D2B]",
          "Sehr geehrte Damen und Herren,\n\nzu der genannten Person sind bei uns keine Daten gespeichert. Eine Löschung ist daher "
          "nicht erforderlich.\n\nMit freundlichen Grüßen\nDatenschutzteam", reason="no record", layout="alt")
    reply("de", "needs_id", "adressdaten.example", ("Adressdaten GmbH", "datenschutz@adressdaten.example"),
          "Ihre Anfrage nach Art. 17 DSGVO",
          "Sehr geehrte Damen und Herren,\n\nda Sie als Vertreter handeln, benötigen wir eine von der betroffenen Person "
          "unterschriebene Vollmacht sowie eine Kopie ihres Ausweises (geschwärzt bis auf Name und Anschrift).\n\nDatenschutz",
          cte="base64")
    reply("de", "verify_link", "adressdaten.example", ("Adressdaten GmbH", "noreply@adressdaten.example"),
          "Bitte bestätigen Sie Ihre Löschanfrage",
          "Guten Tag,\n\nbitte bestätigen Sie Ihre Anfrage über den folgenden Link:\n\n"
          "[Anfrage bestätigen](https://www.adressdaten.example/loeschung/bestaetigen?id=5d0e77)\n\n"
          "[Newsletter abbestellen](https://www.adressdaten.example/newsletter/abmelden) | [Impressum](https://www.adressdaten.example/impressum)",
          layout="alt", link="https://www.adressdaten.example/loeschung/bestaetigen?id=5d0e77")
    # Italian
    reply("it", "confirmed", "elencopersone.example", ("ElencoPersone Privacy", "privacy@elencopersone.example"),
          "R: Richiesta di cancellazione dati [PL-4I1C]",
          "Gentili Signori,\n\nLe confermiamo che i dati personali dell'interessata sono stati cancellati ai sensi dell'art. 17 "
          "del GDPR.\n\nCordiali saluti,\nUfficio Privacy", charset="iso-8859-1")
    reply("it", "needs_info", "elencopersone.example", ("ElencoPersone Privacy", "privacy@elencopersone.example"),
          "R: Richiesta di cancellazione dati [PL-4I2D]",
          "Gentili Signori,\n\npotreste indicarci l'indirizzo o il numero di telefono che compare nella scheda? Con il solo nome "
          "non riusciamo a individuare la scheda corretta.\n\nUfficio Privacy", layout="alt")
    reply("it", "acknowledged", "elencopersone.example", ("ElencoPersone", "noreply@elencopersone.example"),
          "Abbiamo ricevuto la sua richiesta",
          "Gentile utente,\n\nabbiamo ricevuto la sua richiesta di cancellazione. Le risponderemo entro 30 giorni.\n\nElencoPersone",
          headers=AUTO)
    # Dutch
    reply("nl", "confirmed", "zoekpersoon.example", ("ZoekPersoon Privacy", "privacy@zoekpersoon.example"),
          "RE: Verzoek tot verwijdering [PL-5N1A]",
          "Geachte heer/mevrouw,\n\nWij bevestigen dat de persoonsgegevens van betrokkene zijn verwijderd uit onze database, "
          "conform artikel 17 AVG.\n\nMet vriendelijke groet,\nTeam Privacy", layout="alt")
    reply("nl", "refused", "zoekpersoon.example", ("ZoekPersoon Privacy", "privacy@zoekpersoon.example"),
          "RE: Verzoek tot verwijdering [PL-5N2B]",
          "Geachte heer/mevrouw,\n\nWij hebben in onze systemen geen gegevens over deze persoon gevonden. Er valt daarom niets te "
          "verwijderen.\n\nTeam Privacy", reason="no record")
    reply("nl", "unsure", "zoekpersoon.example", ("ZoekPersoon Klantenservice", "support@zoekpersoon.freshdesk.example"),
          "Ticket #3321 is gesloten",
          "Beste,\n\nUw ticket #3321 is gesloten. Hoe beoordeelt u onze service?\n\n"
          "[Beoordeel ons](https://zoekpersoon.freshdesk.example/survey/3321)", layout="alt", headers=AUTO)
    # Polish (iso-8859-2)
    reply("pl", "confirmed", "szukajosob.example", ("SzukajOsób - IOD", "iod@szukajosob.example"),
          "Odp: Żądanie usunięcia danych osobowych [PL-6P1A]",
          "Szanowni Państwo,\n\ninformujemy, że dane osobowe wskazanej osoby zostały usunięte z naszej bazy zgodnie z art. 17 RODO.\n\n"
          "Z poważaniem,\nInspektor Ochrony Danych", charset="iso-8859-2")
    reply("pl", "refused", "szukajosob.example", ("SzukajOsób - IOD", "iod@szukajosob.example"),
          "Odp: Żądanie usunięcia danych [PL-6P2B]",
          "Szanowni Państwo,\n\nnie usunęliśmy danych, ponieważ przetwarzamy je w celu wypełnienia obowiązku prawnego "
          "(art. 17 ust. 3 lit. b RODO).\n\nInspektor Ochrony Danych", charset="iso-8859-2", reason="legal obligation", layout="alt")
    reply("pl", "needs_id", "szukajosob.example", ("SzukajOsób - IOD", "iod@szukajosob.example"),
          "Odp: Żądanie usunięcia danych [PL-6P3C]",
          "Szanowni Państwo,\n\nprosimy o przesłanie pełnomocnictwa podpisanego przez osobę, której dane dotyczą, oraz kopii "
          "dokumentu tożsamości.\n\nInspektor Ochrony Danych", charset="iso-8859-2", cte="base64")
    # Romanian (iso-8859-2, cedilla letters)
    reply("ro", "confirmed", "cautapersoane.example", ("CautaPersoane - DPO", "dpo@cautapersoane.example"),
          "Re: Cerere de ştergere a datelor [PL-7R1A]",
          "Stimate domn/Stimată doamnă,\n\nVă confirmăm că datele cu caracter personal ale persoanei vizate au fost şterse din "
          "baza noastră de date, conform art. 17 din GDPR.\n\nCu stimă,\nResponsabilul cu protecţia datelor", charset="iso-8859-2")
    reply("ro", "refused", "cautapersoane.example", ("CautaPersoane - DPO", "dpo@cautapersoane.example"),
          "Re: Cerere de ştergere a datelor [PL-7R2B]",
          "Stimate domn/Stimată doamnă,\n\nNu am identificat date cu caracter personal privind persoana menţionată, prin urmare "
          "nu există date de şters.\n\nResponsabilul cu protecţia datelor", charset="iso-8859-2", reason="no record", layout="alt")
    # Swedish
    reply("sv", "confirmed", "hittapers.example", ("HittaPers Kundtjänst", "kundtjanst@hittapers.example"),
          "SV: Begäran om radering [PL-8S1A]",
          "Hej,\n\nVi bekräftar att personuppgifterna har raderats från vår databas enligt artikel 17 i GDPR.\n\n"
          "Med vänliga hälsningar\nHittaPers Kundtjänst", charset="iso-8859-1")
    reply("sv", "refused", "upplysningsbolaget.example", ("Upplysningsbolaget", "info@upplysningsbolaget.example"),
          "SV: Begäran om radering [PL-8S2B]",
          "Hej,\n\nUppgifterna på vår webbplats är offentliga uppgifter från Skatteverket och publiceras med stöd av utgivningsbevis "
          "enligt yttrandefrihetsgrundlagen. GDPR gäller därför inte för publiceringen och uppgifterna kommer inte att tas bort.\n\n"
          "Med vänliga hälsningar\nUpplysningsbolaget", reason="publicly available", layout="alt")
    reply("sv", "acknowledged", "hittapers.example", ("HittaPers", "noreply@hittapers.example"),
          "Vi har tagit emot din begäran",
          "Hej,\n\nVi har tagit emot din begäran om radering och återkommer inom en månad.\n\nHittaPers", headers=AUTO)
    # Vietnamese
    reply("vi", "confirmed", "timnguoi.example", ("TimNguoi Hỗ trợ", "hotro@timnguoi.example"),
          "Re: Yêu cầu xóa thông tin cá nhân [PL-9V1A]",
          "Kính gửi Quý vị,\n\nChúng tôi xác nhận rằng thông tin cá nhân của khách hàng đã được xóa khỏi trang web và cơ sở dữ "
          "liệu của chúng tôi.\n\nTrân trọng,\nBộ phận Hỗ trợ", cte="base64")
    reply("vi", "needs_id", "timnguoi.example", ("TimNguoi Hỗ trợ", "hotro@timnguoi.example"),
          "Re: Yêu cầu xóa thông tin cá nhân [PL-9V2B]",
          "Kính gửi Quý vị,\n\nVui lòng gửi bản sao giấy tờ tùy thân của khách hàng và giấy ủy quyền có chữ ký để chúng tôi xử lý "
          "yêu cầu.\n\nBộ phận Hỗ trợ", layout="alt")
    # Chinese (simplified gb2312, traditional big5)
    reply("zh", "confirmed", "zhaoren.example", ("找人网 客服", "kefu@zhaoren.example"),
          "回复：删除个人信息申请 [PL-0Z1A]",
          "您好：\n\n我们已删除该用户在本网站及数据库中的全部个人信息，该记录今后不会再被发布。\n\n找人网 客服部", charset="gb2312", cte="base64")
    reply("zh", "refused", "huaren-dir.example", ("華人名錄 隱私組", "privacy@huaren-dir.example"),
          "回覆：刪除個人資料申請 [PL-0Z2B]",
          "您好：\n\n我們查無此人的任何記錄，因此沒有可刪除的資料。\n\n華人名錄 隱私組", charset="big5", reason="no record", cte="base64")
    # Korean (euc-kr)
    reply("ko", "verify_link", "hanin-search.example", ("한인찾기", "noreply@hanin-search.example"),
          "삭제 요청을 확인해 주세요",
          "안녕하세요.\n\n아래 링크를 클릭하여 삭제 요청을 확인해 주세요.\n\n[요청 확인](https://hanin-search.example/optout/confirm?k=e41b)\n\n"
          "본인이 요청하지 않았다면 [요청 취소](https://hanin-search.example/optout/cancel?k=e41b)",
          charset="euc-kr", layout="alt", link="https://hanin-search.example/optout/confirm?k=e41b")
    reply("ko", "acknowledged", "hanin-search.example", ("한인찾기 고객센터", "help@hanin-search.example"),
          "요청이 접수되었습니다",
          "안녕하세요.\n\n삭제 요청이 접수되었습니다. 45일 이내에 처리 결과를 알려 드리겠습니다.\n\n한인찾기 고객센터",
          charset="euc-kr", headers=AUTO)
    # Russian (koi8-r)
    reply("ru", "refused", "poisklyudei.example", ("ПоискЛюдей Поддержка", "support@poisklyudei.example"),
          "Re: Запрос на удаление персональных данных [PL-1R1A]",
          "Здравствуйте!\n\nМы не нашли в нашей базе никаких записей об указанном человеке, поэтому удалять нечего.\n\n"
          "С уважением,\nСлужба поддержки", charset="koi8-r", reason="no record")
    reply("ru", "extended", "poisklyudei.example", ("ПоискЛюдей Поддержка", "support@poisklyudei.example"),
          "Re: Запрос на удаление персональных данных [PL-1R2B]",
          "Здравствуйте!\n\nИз-за большого количества обращений срок ответа на ваш запрос продлён на 45 дней. Данные пока не удалены.\n\n"
          "Служба поддержки", charset="koi8-r", layout="alt")
    # Ukrainian (koi8-u)
    reply("uk", "confirmed", "poisklyudei.example", ("ПоискЛюдей Підтримка", "support@poisklyudei.example"),
          "Re: Запит на видалення персональних даних [PL-2U1A]",
          "Доброго дня!\n\nПовідомляємо, що персональні дані вашої клієнтки видалено з нашого сайту та бази даних.\n\n"
          "З повагою,\nСлужба підтримки", charset="koi8-u")
    reply("uk", "needs_info", "poisklyudei.example", ("ПоискЛюдей Підтримка", "support@poisklyudei.example"),
          "Re: Запит на видалення персональних даних [PL-2U2B]",
          "Доброго дня!\n\nНадішліть, будь ласка, посилання на профіль: ми знайшли кількох людей з таким ім'ям.\n\n"
          "Служба підтримки", charset="koi8-u", cte="base64")
    # Arabic (windows-1256)
    reply("ar", "needs_id", "daleel-people.example", ("دليل الناس - الدعم", "support@daleel-people.example"),
          "رد: طلب حذف البيانات الشخصية [PL-3A1A]",
          "مرحباً،\n\nيرجى إرسال نسخة من بطاقة الهوية وتفويض موقّع من صاحب البيانات حتى نتمكن من معالجة الطلب.\n\nفريق الدعم",
          charset="windows-1256")
    reply("ar", "verify_link", "daleel-people.example", ("دليل الناس", "noreply@daleel-people.example"),
          "يرجى تأكيد طلب الحذف",
          "مرحباً،\n\nبمجرد تأكيد طلبك سنحذف البيانات. اضغط على الرابط لتأكيد الطلب:\n\n"
          "[تأكيد الطلب](https://daleel-people.example/remove/confirm/7d2e)\n\n[إلغاء الاشتراك](https://daleel-people.example/unsubscribe)",
          charset="utf-8", layout="html", link="https://daleel-people.example/remove/confirm/7d2e")
    # Haitian Creole
    reply("ht", "confirmed", "jwennmoun.example", ("JwennMoun Sipò", "sipo@jwennmoun.example"),
          "Re: Demann pou efase enfòmasyon pèsonèl [PL-4H1A]",
          "Bonjou,\n\nNou efase enfòmasyon pèsonèl kliyan w lan nan sit nou an ak nan baz done nou an. Li p ap parèt ankò.\n\n"
          "Mèsi,\nEkip Sipò JwennMoun", charset="utf-8", layout="alt")
    reply("ht", "refused", "jwennmoun.example", ("JwennMoun Sipò", "sipo@jwennmoun.example"),
          "Re: Demann pou efase enfòmasyon pèsonèl [PL-4H2B]",
          "Bonjou,\n\nNou pa jwenn okenn dosye sou moun sa a nan sistèm nou an, kidonk pa gen anyen pou nou efase.\n\nEkip Sipò",
          reason="no record")
    # Somali
    reply("so", "acknowledged", "helqof.example", ("HelQof Taageero", "taageero@helqof.example"),
          "Re: Codsi tirtirid xog shakhsi [PL-5S1A]",
          "Salaan,\n\nWaxaan helnay codsigaaga. Waxaan kaaga jawaabi doonaa 45 maalmood gudahood.\n\nKooxda Taageerada",
          headers=AUTO, cte="7bit", charset="us-ascii")
    # Tagalog
    reply("tl", "refused", "hanapkabayan.example", ("HanapKabayan Suporta", "suporta@hanapkabayan.example"),
          "Re: Kahilingang burahin ang personal na impormasyon [PL-6T1A]",
          "Magandang araw,\n\nHindi namin binura ang impormasyon. Tumatanggap lamang kami ng kahilingang magbura mula sa mga "
          "residente ng mga estadong may batas sa privacy, at ayon sa inyong sulat ay taga-Nevada ang kliyente.\n\nSuporta",
          reason="not a resident", cte="7bit", charset="us-ascii")
    reply("tl", "verify_link", "hanapkabayan.example", ("HanapKabayan", "noreply@hanapkabayan.example"),
          "Pakikumpirma ang inyong kahilingan",
          "Magandang araw,\n\nPakikumpirma ang inyong kahilingan sa pamamagitan ng link na ito:\n\n"
          "[Kumpirmahin](https://hanapkabayan.example/optout/kumpirma/2b8c)\n\nHindi kayo ito? [Kanselahin](https://hanapkabayan.example/optout/cancel/2b8c)",
          layout="alt", link="https://hanapkabayan.example/optout/kumpirma/2b8c")


def more_shapes() -> None:
    """Vendor shapes and traps added after the first commit (still written without the reader)."""
    reply("en", "unsure", "nexabase.example privacy.nexabase.example", ("NexaBase Privacy Center", "no-reply@privacy.nexabase.example"),
          "Your privacy request has been completed",
          "Your request is complete\n\nRequest ID: 9b13-77c0\nRequest type: Do Not Sell or Share My Personal Information\n"
          "Status: Completed\n\nThank you for your request.\n\n"
          "[View request details](https://privacy.nexabase.example/requests/9b13-77c0)\n\nPowered by Transcend", layout="html")
    reply("en", "verify_link", "pinpointpeople.example dsar.osano.example", ("PinPoint People Privacy", "no-reply@dsar.osano.example"),
          "Please verify your Data Subject Rights Request",
          "[PinPoint People](https://pinpointpeople.example/)\n\nA Data Subject Rights Request was submitted with this email address. "
          "To submit it, please verify your email address:\n\n[Verify email address](https://dsar.osano.example/verify/e2c4-19ff-0a7d)\n\n"
          "If you did not submit this request, no action is needed.\n\n[Privacy Policy](https://pinpointpeople.example/privacy)",
          layout="html", cte="base64", link="https://dsar.osano.example/verify/e2c4-19ff-0a7d")
    reply("en", "confirmed", "homeledger.example", ("HomeLedger", "privacy@homeledger.example"),
          "Your privacy request with HomeLedger is complete",
          "[View in browser](https://homeledger.example/mail/view/55c)\n\n[HomeLedger](https://homeledger.example/)\n\n"
          "Your request to delete personal data has been fulfilled. The data associated with the consumer has been deleted "
          "from HomeLedger's systems.\n\nRequest: Delete \u2014 Fulfilled\n\n[Manage your privacy choices](https://homeledger.example/privacy-choices)",
          layout="html", cte="base64")
    reply("en", "auto_reply", "verdantdata.example", ("Privacy Office", "privacy@verdantdata.example"),
          "Automatic reply: Authorised agent request to delete personal information [PL-2ZZ9]",
          "Thank you for your message. The Privacy Office is closed until January 4 for the holidays. Your message has not been "
          "forwarded; we will read it when we return.", headers="X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: privacy@verdantdata.example\n",
          layout="alt")
    reply("en", "bounce", "kinfinder.example", ("Mail Delivery System", "MAILER-DAEMON@mail.kinfinder.example"),
          "Undelivered Mail Returned to Sender", "", layout="report", headers=AUTO,
          raw_body=_dsn("optout@kinfinder.example", "mail.kinfinder.example", "552 5.2.2 <optout@kinfinder.example>: Mailbox full"))
    reply("es", "needs_info", "buscagente.example", ("BuscaGente Privacidad", "privacidad@buscagente.example"),
          "RE: RE: Solicitud de eliminación de datos personales [PL-0S1A]",
          "Estimados señores:\n\nSobre su segunda solicitud (PL-0S4D): ¿nos pueden indicar la ciudad y el año de nacimiento? "
          "Encontramos tres perfiles con ese nombre.\n\nEquipo de Privacidad\n\n"
          "-----Mensaje original-----\nDe: BuscaGente Privacidad\nEnviado el: martes, 17 de noviembre de 2026\n"
          "Asunto: RE: Solicitud de eliminación de datos personales [PL-0S1A]\n\n"
          "Les informamos que hemos eliminado el perfil de su representada (PL-0S1A) de BuscaGente.", charset="windows-1252")
    reply("es", "other", "directoriomx.example", ("Directorio MX", "boletin@directoriomx.example"),
          "Novedades de Directorio MX: nuevas funciones",
          "Conozca las nuevas funciones de Directorio MX: búsqueda por colonia y alertas por correo.\n\n"
          "[Ver novedades](https://directoriomx.example/novedades)\n\n[Cancelar suscripción](https://directoriomx.example/baja?e=19)",
          layout="html", charset="iso-8859-1")
    reply("de", "auto_reply", "adressdaten.example", ("Katrin Vogel", "k.vogel@adressdaten.example"),
          "Abwesenheitsnotiz: Antrag auf Löschung personenbezogener Daten",
          "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11. Dezember nicht im Büro. Ihre E-Mail wird nicht "
          "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an datenschutz@adressdaten.example.\n\nKatrin Vogel",
          charset="iso-8859-1")


def main(out: Path = HERE) -> None:
    """Write every reply and labels.csv into ``out`` (default: this folder), replacing its .eml files."""
    OUT["dir"] = out
    ROWS.clear()
    N["n"] = 0
    for old in out.glob("*.eml"):
        old.unlink()
    english()
    english_traps()
    spanish()
    gdpr_and_more()
    more_shapes()
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["file", "lang", "class", "reason", "link", "domains"], lineterminator="\n")
        w.writeheader()
        w.writerows(ROWS)
    print(f"{len(ROWS)} replies written to {out}")


if __name__ == "__main__":
    main()
