"""Turn the raw bytes of one received e-mail into an ``Incoming``, whatever the bytes are.

Brokers' mail is written by ticket systems, marketing tools and mailer-daemons; some of it is
broken (no body, a MIME boundary that never closes, a charset nobody knows, HTML only, a huge
attachment). ``parse`` never raises: what it could not read is listed in ``problems`` (value-free
words, safe to log: never a header's value or a piece of the body) and the rest is still filled in.

Links are kept exactly as written (tracking wrappers included): deciding which link to open, and
whether its host is the broker's, is the caller's job (``classify`` and the runner).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

#: Bytes of a message that are parsed at most; the rest is kept in ``raw`` but not looked at.
PARSE_LIMIT = 16 * 1024 * 1024
#: Text kept per message after decoding (a letter, not a book).
TEXT_LIMIT = 200_000

_LINK = re.compile(r"https?://[^\s<>\"'`{}|\\^\[\]]+", re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]+>")
_EMAIL = re.compile(r"[A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


@dataclass(frozen=True)
class Attachment:
    """A non-text part, summarised: it is never decoded here."""

    filename: str | None
    content_type: str
    size: int  # decoded size, estimated from the encoded length


@dataclass(frozen=True)
class Anchor:
    """A link as a reader meets it: its ``text`` (an HTML anchor's words and image alt text; "" for a
    bare link in plain text) and its ``lead``, the clause just before it (what the mail says the
    link is for: "To confirm your request, click here:", "Not you? Cancel:"), and its ``tail``, the
    words after it up to the end of the clause ("<a>Click here</a> to confirm your request.")."""

    url: str
    text: str = ""
    lead: str = ""
    html: bool = False
    tail: str = ""


@dataclass
class Incoming:
    """One received e-mail, as far as it could be read."""

    raw: bytes
    message_id: str | None = None  # with angle brackets, as in the header: "<abc@host>"
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    from_addr: str = ""  # lower-cased addr-spec, "" when missing or unreadable
    from_domain: str = ""
    to: list[str] = field(default_factory=list)  # lower-cased addr-specs of To and Cc
    subject: str = ""
    date: dt.datetime | None = None
    text: str = ""  # the readable body: text/plain, or HTML turned into text
    #: The HTML alternative turned into text, when the mail has both a plain and an HTML part ("" otherwise):
    #: most mail programs show the HTML, and a stale plain part may say something else (``classify`` reads both).
    html_text: str = ""
    links: list[str] = field(default_factory=list)  # http(s) links from text and HTML hrefs, in order, once each
    anchors: list[Anchor] = field(default_factory=list)  # every link with its words and lead, in order
    attachments: list[Attachment] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased name -> first value, decoded
    #: From a delivery report (RFC 3464): recipients whose delivery failed, lower-cased.
    dsn_failed: list[str] = field(default_factory=list)
    dsn_actions: list[str] = field(default_factory=list)  # every Action: of the report ("failed", "delayed", ...)
    dsn_status: list[str] = field(default_factory=list)  # a failed recipient's Status: (RFC 3464 2.3.4), e.g. "5.1.1"
    #: The headers of the message a bounce returns (text/rfc822-headers or message/rfc822), as text.
    returned_headers: str = ""
    #: Each message attached whole (message/rfc822: a bounce's returned letter, or a mail a person forwarded
    #: "as attachment"), as its bytes; read only by the classifier's forward rule (``_classify._forwarded``).
    attached_messages: list[bytes] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    uid: int | None = None  # set by a mailbox reader (the IMAP UID); None when parsed on its own
    #: When the mailbox's server received it (IMAP INTERNALDATE), set by a mailbox reader; a
    #: broker's Date header may come from a wrong clock, this does not.
    received: dt.datetime | None = None

    def __repr__(self) -> str:  # never the content: a repr ends up in logs and tracebacks
        return (f"Incoming(uid={self.uid!r}, message_id={self.message_id!r}, from_domain={self.from_domain!r}, "
                f"size={len(self.raw)}, problems={self.problems!r})")

    @property
    def readable(self) -> bool:
        """False when there was nothing to read at all: no headers and no text."""
        return bool(self.headers or self.text.strip())


def mail_key(msg: Incoming) -> str:
    """A received message's identity, the same whichever mailbox (IMAP folder, Maildir) holds it:
    a digest of its Message-ID with its sender and date, or of its bytes when it has no Message-ID.
    What the store records taken messages under (``Store.claim_mail``); never personal data."""
    import hashlib

    if msg.message_id:
        basis = f"{msg.message_id}|{msg.from_addr}|{msg.headers.get('date', '')}".encode("utf-8", "replace")
    else:
        basis = msg.raw
    return hashlib.sha256(basis).hexdigest()[:40]


def parse(raw: bytes) -> Incoming:
    """Read ``raw`` (an RFC 5322 message). Never raises; see ``Incoming.problems``."""
    raw = bytes(raw) if not isinstance(raw, bytes) else raw
    msg = Incoming(raw=raw)
    try:
        _parse_into(msg, raw)
    except Exception as e:  # a bug in the email package or here must not stop a mailbox reader
        msg.problems.append(f"unreadable message ({type(e).__name__})")
    return msg


def _parse_into(out: Incoming, raw: bytes) -> None:
    if not raw.strip():
        out.problems.append("empty message")
        return
    if len(raw) > PARSE_LIMIT:
        out.problems.append(f"message larger than {PARSE_LIMIT} bytes: only the start was read")
        raw = raw[:PARSE_LIMIT]
    m = email.message_from_bytes(raw, policy=email.policy.compat32)
    _defects(m, out)
    out.headers = {}
    for name, value in m.items():
        out.headers.setdefault(name.lower(), _decode(value))
    if not out.headers:
        out.problems.append("no headers")
    out.message_id = _first_id(out.headers.get("message-id", ""))
    out.in_reply_to = _first_id(out.headers.get("in-reply-to", ""))
    out.references = _MSGID.findall(out.headers.get("references", ""))
    out.subject = " ".join(out.headers.get("subject", "").split())
    sender = _addresses(m.get_all("From") or [])
    if sender:
        out.from_addr = sender[0]
        out.from_domain = sender[0].rpartition("@")[2]
    elif "from" in out.headers:
        out.problems.append("unreadable From header")
    out.to = _addresses((m.get_all("To") or []) + (m.get_all("Cc") or []))
    if "date" in out.headers:
        try:
            out.date = parsedate_to_datetime(out.headers["date"])
        except (TypeError, ValueError, IndexError, OverflowError):
            out.problems.append("unreadable Date header")
    _body(m, out)


#: A plain part that only points to the HTML one, in the rules' languages: the HTML is the mail.
_HTML_ONLY_NOTE = re.compile(
    r"(?i)best viewed (?:in|with) (?:an? )?html|html[- ]capable|(?:does not|doesn't|cannot|can't) (?:display|support|show) html|view (?:this|it) (?:e-?mail |message )?in (?:a|your) (?:web )?browser"
    r"|se ve mejor en (?:un )?(?:cliente|programa|lector) (?:de correo )?(?:compatible con )?html|(?:no (?:admite|muestra|soporta)) html|ver (?:este|el) (?:mensaje|correo) en (?:su|el|un) navegador"
    r"|(?:s'affiche mieux|afficher ce message) (?:dans|en) (?:un )?(?:client|navigateur|html)|ne (?:prend|supporte) pas (?:en charge )?(?:le )?html"
    r"|(?:am besten|nur) (?:in|mit) (?:einem )?html|kein html (?:darstellen|anzeigen)|im browser (?:anzeigen|ansehen)"
    r"|melhor visualizad[ao] em (?:um )?(?:cliente|programa) (?:de e-?mail )?(?:compativel com |compatível com )?html|visualizzat[ao] (?:al )?meglio (?:in|con) (?:un )?(?:client )?html"
    r"|(?:het )?best (?:te )?bekijken (?:in|met) (?:een )?html"
    # branch r21 (set M): "best viewed in a browser that shows images", "Vea este mensaje en su navegador",
    # "Veja esta mensagem no navegador", "Visualizza questo messaggio nel browser", "Bekijk deze e-mail in je browser"
    r"|best viewed (?:in|with) (?:an? |your )?(?:web )?browser|(?:shows?|displays?|with) images (?:turned |switched )?on"
    r"|(?:ver|vea|vealo|mire) (?:este|el) (?:mensaje|correo|e-?mail) en (?:su|el|un|tu) navegador"
    r"|(?:veja|ver|visualize|abra) (?:esta|a|este|o) (?:mensagem|e-?mail) (?:no|em seu|num|em um) navegador"
    r"|visualizza (?:questo|il) (?:messaggio|e-?mail) nel (?:tuo )?browser|bekijk (?:deze|de) (?:e-?mail|mail|nieuwsbrief) in (?:je|uw) browser"
    r"|(?:voir|afficher|consulter) (?:ce|le) (?:message|courriel|e-?mail) dans (?:votre|le|un) navigateur"
    r"|(?:diese )?(?:e-?mail|nachricht) im (?:web)?browser (?:anzeigen|ansehen|offnen|öffnen)")
#: Beside the note, a plain part that only points to the HTML holds at most a name (no sentence).
HTML_NOTE_REST_MAX = 80


def _only_points_to_html(plain: str) -> bool:
    """Whether a plain part says nothing but "best viewed in HTML" (and a signature's name)."""
    text = " ".join(_LINK.sub(" ", plain).split())  # "View it in your browser: https://…": the address is no sentence
    note = _HTML_ONLY_NOTE.search(text)
    if note is None:
        return False
    start = max(text.rfind(c, 0, note.start()) for c in ".!?") + 1
    ends = [i for i in (text.find(c, note.end()) for c in ".!?") if i >= 0]
    rest = (text[:start] + " " + text[min(ends) + 1 if ends else len(text):]).strip()
    return len(rest) <= HTML_NOTE_REST_MAX and not re.search(r"[.!?;:]", rest)


def _body(m: Message, out: Incoming) -> None:
    plain: list[str] = []
    html: list[str] = []
    links: list[str] = []
    pdfs: list[Message] = []
    html_files: list[Message] = []
    for part in _walk(m, out):
        ctype = part.get_content_type()
        disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        filename = _filename(part)
        if ctype == "message/delivery-status":
            _delivery_status(part, out)
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            out.returned_headers += _text_of(part, out) + "\n"
        elif ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                out.returned_headers += "".join(f"{k}: {_decode(v)}\n" for k, v in inner[0].items())
                try:
                    out.attached_messages.append(inner[0].as_bytes())
                except Exception:  # noqa: BLE001 - a message the library cannot write back is left unread, never a crash
                    out.problems.append("an attached message could not be read")
        elif ctype.startswith("multipart/"):  # never split (no boundary): read what is there as text
            plain.append(_text_of(part, out))
        elif part.get_content_maintype() == "text" and disposition != "attachment" and not filename:
            (html if ctype == "text/html" else plain).append(_text_of(part, out))
        elif not part.is_multipart() and part.get_content_maintype() != "message":
            out.attachments.append(Attachment(filename, ctype, _size(part)))
            if ctype == "application/pdf" or (filename or "").lower().endswith(".pdf"):
                pdfs.append(part)
            elif ctype == "text/html" or (filename or "").lower().endswith((".htm", ".html")):
                # an attached HTML file ("the outcome is in the attached file"): read as a PDF letter is
                # read, only when the mail's own body says next to nothing (branch r21, set M)
                html_files.append(part)
    for h in html:
        links += _html_links(h, out)
        out.anchors += _html_anchors(h)
    for p in plain:
        out.anchors += _text_anchors(p)
    if plain and html and _only_points_to_html("\n".join(plain)):
        # a plain part that only says "best viewed in an HTML e-mail client": the mail is its HTML, as
        # every mail program shows it (set L en-70, branch r20)
        plain = []
    if plain:
        out.text = "\n".join(plain)
        if html:
            quoted = _plain_quoted_grams(out.text)
            out.html_text = "\n".join(_html_text(h, out, quoted) for h in html)[:TEXT_LIMIT]
    elif html:
        out.text = "\n".join(_html_text(h, out) for h in html)
    if pdfs and len(out.text.strip()) <= PDF_BODY_MAX:
        # "Please see the attached letter": the answer is the letter (a longer body is the answer itself,
        # and a PDF beside it may be a copy of our own letter, which is never read as the broker's words)
        letters = [t for t in (_pdf_text(p, out) for p in pdfs[:2]) if t]
        if letters:
            out.text = "\n\n".join([out.text.rstrip(), *letters])
    if html_files and len(out.text.strip()) <= PDF_BODY_MAX:
        # its words only: a link in an attached file is never one to open (none is added to ``links``)
        letters = [t for t in (_html_text(_text_of(p, out), out) for p in html_files[:2]) if t.strip()]
        if letters:
            out.text = "\n\n".join([out.text.rstrip(), *letters])
    if len(out.text) > TEXT_LIMIT:
        out.problems.append(f"text longer than {TEXT_LIMIT} characters: cut")
        out.text = out.text[:TEXT_LIMIT]
    if not out.text.strip() and "body" not in " ".join(out.problems):
        out.problems.append("no readable body")
    text_links = [_trim(x) for x in _LINK.findall("\n".join(plain) or out.text)]
    out.links = list(dict.fromkeys(x for x in text_links + links if x))


def _walk(m: Message, out: Incoming):
    """Every part, depth-first, not descending into returned messages (a bounce's copy of ours)."""
    stack = [m]
    seen = 0
    while stack:
        part = stack.pop(0)
        seen += 1
        if seen > 500:
            out.problems.append("more than 500 MIME parts: the rest was skipped")
            return
        payload = part.get_payload()
        if part.get_content_maintype() == "multipart" and isinstance(payload, list):
            stack[0:0] = [p for p in payload if isinstance(p, Message)]
            continue
        yield part


#: Charsets a mailer declares by default while writing UTF-8: non-ASCII bytes that decode as UTF-8 are
#: UTF-8 (text really in Latin-1 almost never does: "é" alone is no UTF-8 sequence), so "informaci��n"
#: and "eliminaciÃ³n" read as "información" (branch r32, set S es-24, es-33).
_UTF8_MISLABELLED = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "iso-8859-15", "windows-1252", "cp1252"})


def _text_of(part: Message, out: Incoming) -> str:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if data is None:
        payload = part.get_payload()
        data = payload.encode("utf-8", "replace") if isinstance(payload, str) else b""
    try:
        charset = part.get_content_charset() or "utf-8"
    except Exception:
        charset = "utf-8"
    if charset.replace("_", "-") in _UTF8_MISLABELLED and not data.isascii():
        try:  # declared ASCII or Latin-1, written in UTF-8 (as many mailers do): the bytes say which (branch r32)
            return data.decode("utf-8").replace("\r\n", "\n")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(charset, errors="replace")
    except LookupError:
        out.problems.append("unknown charset: read as UTF-8")
        text = data.decode("utf-8", errors="replace")
    return text.replace("\r\n", "\n")


def _size(part: Message) -> int:
    """Decoded size without decoding: base64 is 4 characters for 3 bytes."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return 0
    cte = (part.get("Content-Transfer-Encoding") or "").strip().lower()
    if cte == "base64":
        return (len(payload) - payload.count("\n") - payload.count("\r") - payload.count("=")) * 3 // 4
    return len(payload)


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return "(unreadable name)"
    return _decode(name) if name else None


def _delivery_status(part: Message, out: Incoming) -> None:
    """RFC 3464: per-recipient blocks with Final-Recipient/Original-Recipient and Action."""
    payload = part.get_payload()
    blocks = payload if isinstance(payload, list) else []
    if not blocks and isinstance(payload, str):  # some mailers send it as plain text
        blocks = [email.message_from_string(b) for b in re.split(r"\r?\n\r?\n", payload) if b.strip()]
    for block in blocks:
        if not isinstance(block, Message):
            continue
        action = (block.get("Action") or "").strip().lower()
        rcpt = block.get("Final-Recipient") or block.get("Original-Recipient")
        if action:
            out.dsn_actions.append(action)
        if rcpt and action == "failed":
            addr = _EMAIL.search(_decode(rcpt).rpartition(";")[2])
            if addr and addr[0].lower() not in out.dsn_failed:
                out.dsn_failed.append(addr[0].lower())
            status = re.match(r"\s*([245]\.\d{1,3}\.\d{1,3})\b", block.get("Status") or "")
            if status:
                out.dsn_status.append(status.group(1))


#: A body at most this long (characters) with a PDF attached is read with the PDF's text after it.
PDF_BODY_MAX = 300
PDF_PAGES_MAX = 5


def _pdf_text(part: Message, out: Incoming) -> str:
    """The text of a PDF letter (its first pages), one paragraph per page with its lines joined as
    the sentences they wrap; "" when it cannot be read (noted in ``problems``). Uses pypdf."""
    try:
        import io

        import pypdf

        data = part.get_payload(decode=True)
        reader = pypdf.PdfReader(io.BytesIO(data if isinstance(data, bytes) else b""))
        pages = [page.extract_text() or "" for page in reader.pages[:PDF_PAGES_MAX]]
    except Exception:  # a broken or encrypted PDF: a person opens it
        out.problems.append("an attached PDF could not be read")
        return ""
    return "\n\n".join(" ".join(p.split()) for p in pages if p.strip())[:TEXT_LIMIT]


#: Elements that end a line of text when HTML is read as text (HTML's block-level elements).
_BLOCKS = ("//br|//p|//div|//tr|//li|//h1|//h2|//h3|//h4|//h5|//h6|//table|//section|//article|//header|//footer"
           "|//blockquote|//pre|//dd|//dt|//ul|//ol|//hr|//caption|//address")


#: The quoted history of an HTML reply, as mail programs mark it: Apple Mail's and Thunderbird's
#: ``<blockquote type="cite">``, Gmail's ``gmail_quote``, Yahoo's ``yahoo_quoted``, Outlook's
#: ``divRplyFwdMsg`` header and what follows it. Its lines are read as a plain part's ``> `` lines are:
#: the letter we sent, never the broker's words (set N2: "whose signed permission is attached", unquoted
#: in the HTML alternative, read as an ID demand over a completed deletion; branch r23).
_HTML_QUOTE = ('//blockquote[@type="cite"]|//*[contains(concat(" ", normalize-space(@class), " "), " gmail_quote ")]'
               '|//*[contains(concat(" ", normalize-space(@class), " "), " yahoo_quoted ")]|//*[@id="divRplyFwdMsg"]')
_QUOTED_IN, _QUOTED_OUT = "\ue010", "\ue011"


def _quoted_lines(text: str) -> str:
    """``text`` with each line between the quote markers written as a ``> `` line, markers dropped."""
    depth, lines = 0, []
    for line in text.splitlines():
        quoted = depth > 0 or _QUOTED_IN in line
        depth += line.count(_QUOTED_IN) - line.count(_QUOTED_OUT)
        line = line.replace(_QUOTED_IN, "").replace(_QUOTED_OUT, "")
        lines.append("> " + line if quoted and line.strip() else line)
    return "\n".join(lines)


#: Inline CSS that hides what it styles from a reader: a preheader (``display:none; max-height:0``, the
#: summary line a mail client shows beside the subject), text in 0-size or transparent type, Outlook's
#: ``mso-hide:all``. Such text is not what the broker told the person ("Your request is complete" hidden
#: above a visible "in review": set R's first read, 2026-12-02), so it is not read.
#: Probe pass 29 (branch r29): also the other habits of preheaders and screen-reader-only text, which hide
#: without a zero: type in ``color: transparent`` or at most 1 px ("font-size:1px; color:#ffffff", white on the
#: white page), and ``clip: rect(0 0 0 0)``.
_HIDDEN_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|color\s*:\s*transparent"
    r"|clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)"
    r"|font-size\s*:\s*(?:0*\.\d+|0*1(?:\.0+)?)\s*(?:px|pt)\s*(?:!\s*important\s*)?(?:;|$)"
    r"|(?:font-size|opacity|max-height|height|width)\s*:\s*0*(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:!\s*important\s*)?(?:;|$))",
    re.IGNORECASE)


def _hidden_selectors(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """XPath tests for the classes and ids a document's own ``<style>`` rules hide (``.hide{display:none}``),
    outside ``@media`` blocks (those hide a part on some screens only, and show it on others)."""
    # a ``<style>`` whose rules sit inside an HTML comment (``<!-- .pre{display:none} -->``, old mail programs'
    # habit) hides as well (probe pass 29)
    css = " ".join(str(t) for t in doc.xpath("//style/text()")).replace("<!--", " ").replace("-->", " ")
    flat, depth, media = [], 0, 0
    for part in re.split(r"([{}])", re.sub(r"/\*.*?\*/", " ", css, flags=re.DOTALL)):
        if part == "{":
            depth += 1
            if flat and re.search(r"@media|@supports", flat[-1]) and not media:
                media = depth
        elif part == "}":
            depth -= 1
            if media and depth < media:
                media = 0
        elif not media:
            flat.append(part)
    tests: list[str] = []
    for selectors, body in zip(flat[::2], flat[1::2]):
        if not any(_HIDDEN_STYLE.search(d.strip() + ";") for d in body.split(";") if d.strip()):
            continue
        for sel in selectors.split(","):
            # a descendant selector ("body .preheader", "table.body .preview-text") hides what its last part
            # names: the ancestors it names hold the whole mail (probe pass 29)
            sel = re.split(r"\s*[\s>+~]\s*", sel.strip())[-1]
            if m := re.fullmatch(r"\s*[a-z0-9]*\.([\w-]+)\s*", sel, re.IGNORECASE):
                tests.append(f'contains(concat(" ", normalize-space(@class), " "), " {m.group(1)} ")')
            elif m := re.fullmatch(r"\s*[a-z0-9]*#([\w-]+)\s*", sel, re.IGNORECASE):
                tests.append(f'@id="{m.group(1)}"')
    return tests


def _drop_hidden(doc) -> None:  # type: ignore[no-untyped-def]
    """Remove what a reader of the rendered mail does not see (``_HIDDEN_STYLE``, the ``hidden``
    attribute, the document's own hiding rules); the text after each stays."""
    tests = ["@hidden", *_hidden_selectors(doc)]
    found = [e for e in doc.xpath("//*[@style]") if _HIDDEN_STYLE.search(str(e.get("style")))]
    found += doc.xpath("//*[" + " or ".join(tests) + "]")
    for e in found:
        if e.getparent() is not None and e.tag not in ("html", "body"):
            e.drop_tree()


#: Word n-grams compared between a plain part's ``>`` lines and an HTML ``<blockquote>`` (``_plain_quoted_grams``).
_QUOTE_GRAM = 4
#: The share of a ``<blockquote>``'s word n-grams the plain alternative quotes, at least, for it to be that quote.
_QUOTE_SHARE = 0.8


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _grams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + _QUOTE_GRAM]) for i in range(len(words) - _QUOTE_GRAM + 1)}


def _plain_quoted_grams(plain: str) -> set[tuple[str, ...]]:
    """The word n-grams of ``plain``'s quoted history: its ``>`` lines (empty set when it quotes nothing)."""
    lines = [line.lstrip().lstrip(">").strip() for line in plain.splitlines() if line.lstrip().startswith(">")]
    return _grams(_words(" ".join(lines)))


def _is_plain_quote(element, quoted: set[tuple[str, ...]]) -> bool:  # type: ignore[no-untyped-def]
    """Whether an unmarked ``<blockquote>`` holds what the plain alternative quotes with ``>`` lines.

    The parts of a multipart/alternative are one message in two forms (RFC 2046 §5.1.4), so a block the
    plain part marks as quoted history is quoted history in the HTML too, whether or not the mail program
    wrote ``type="cite"`` (trial42: a broker's "all personal information ... has been deleted" over our own
    letter in a bare ``<blockquote>``, whose "signed permission" was read as an ID demand). A bare
    ``<blockquote>`` the plain part does not quote stays the broker's own layout (tests/test_replies_r23.py).
    """
    grams = _grams(_words(element.text_content()))
    return bool(grams) and len(grams & quoted) >= _QUOTE_SHARE * len(grams)


def _html_text(html: str, out: Incoming, plain_quoted: set[tuple[str, ...]] | None = None) -> str:
    """The text a reader sees in ``html``, quoted history as ``> `` lines: the quotes mail programs mark
    (``_HTML_QUOTE``), and a bare ``<blockquote>`` holding what ``plain_quoted`` (the plain alternative's
    ``>`` lines, ``_plain_quoted_grams``) quotes."""
    try:
        import lxml.html

        doc = lxml.html.document_fromstring(html)
        _drop_hidden(doc)
        for bad in doc.xpath("//script|//style|//head"):
            bad.drop_tree()
        quotes = doc.xpath(_HTML_QUOTE)
        if plain_quoted:
            marked = set(quotes)
            quotes += [bq for bq in doc.xpath("//blockquote") if bq not in marked
                       and not any(a in marked for a in bq.iterancestors()) and _is_plain_quote(bq, plain_quoted)]
        for quote in quotes:
            if quote.get("id") == "divRplyFwdMsg":  # Outlook: the header block, then the quoted mail after it
                quote.text = _QUOTED_IN + (quote.text or "")
                parent = quote.getparent()
                if parent is not None:
                    parent[-1].tail = (parent[-1].tail or "") + _QUOTED_OUT
                continue
            quote.text = _QUOTED_IN + (quote.text or "")
            if len(quote):
                quote[-1].tail = (quote[-1].tail or "") + _QUOTED_OUT
            else:
                quote.text += _QUOTED_OUT
        for img in doc.xpath("//img[@alt]"):
            # a mail whose message is an image: its alt text is what a reader without images sees
            img.tail = " " + str(img.get("alt")) + " " + (img.tail or "")
        for block in doc.xpath(_BLOCKS + "|//a|//td|//th"):
            # a block ends a line; a table cell or a link ends a word ("88120 | Opt out of sale | Completed")
            block.tail = ("\n" if block.tag not in ("a", "td", "th") else " | " if block.tag != "a" else " ") \
                + (block.tail or "")
        text = _quoted_lines(doc.text_content())
    except Exception:
        out.problems.append("unreadable HTML: tags stripped roughly")
        text = re.sub(r"<[^>]*>", " ", html)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _html_links(html: str, out: Incoming) -> list[str]:
    try:
        import lxml.html

        doc = lxml.html.document_fromstring(html)
        hrefs = [str(h).strip() for h in doc.xpath("//a/@href|//area/@href")]
    except Exception:
        hrefs = re.findall(r"""href\s*=\s*["']?([^"'\s>]+)""", html, re.IGNORECASE)
    return [_trim(h) for h in hrefs if re.match(r"https?://", h, re.IGNORECASE)]


_MARK = re.compile("\ue000(\\d+)\ue001")


def _lead(before: str) -> str:
    """The clause just before a link: the last non-empty piece of ``before`` cut at . ! ? and line ends."""
    for piece in reversed(re.split(r"[.!?\n]+", before)):
        if piece.strip(" \t:-–—<>*•|()[]"):
            return " ".join(piece.split())[-200:]
    return ""


def _tail(after: str) -> str:
    """The words just after a link, up to the end of their clause (. ! ? or a line end)."""
    return " ".join(re.split(r"[.!?\n]", after, maxsplit=1)[0].split())[:200]


def _text_anchors(text: str) -> list[Anchor]:
    out: list[Anchor] = []
    start = 0
    found = list(_LINK.finditer(text))
    for i, m in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(text)
        out.append(Anchor(_trim(m.group(0)), "", _lead(text[start:m.start()]), tail=_tail(text[m.end():stop])))
        start = m.end()
    return out


def _html_anchors(html: str) -> list[Anchor]:
    """Each ``<a href>`` with its words (text and image alt) and the clause before it, from one
    rendering of the document with markers around the anchors. Never raises."""
    try:
        import lxml.html

        doc = lxml.html.document_fromstring(html)
        _drop_hidden(doc)
        for bad in doc.xpath("//script|//style|//head"):
            bad.drop_tree()
        for img in doc.xpath("//img[@alt]"):
            img.tail = " " + str(img.get("alt")) + " " + (img.tail or "")
        for block in doc.xpath(_BLOCKS + "|//td|//th"):
            block.tail = "\n" + (block.tail or "")
        hrefs: list[str] = []
        for a in doc.xpath("//a[@href]"):
            hrefs.append(str(a.get("href")).strip())
            a.text = f"\ue000{len(hrefs) - 1}\ue001" + (a.text or "")
            if len(a):
                a[-1].tail = (a[-1].tail or "") + "\ue002"
            else:
                a.text += "\ue002"
        text = doc.text_content()
    except Exception:
        return []
    out: list[Anchor] = []
    prev = 0
    for m in _MARK.finditer(text):
        end = text.find("\ue002", m.end())
        end = len(text) if end < 0 else end
        href = hrefs[int(m.group(1))]
        if re.match(r"https?://", href, re.IGNORECASE):
            words = " ".join(_MARK.sub("", text[m.end():end]).replace("\ue002", " ").split())
            before = _MARK.sub("", text[prev:m.start()]).replace("\ue002", " ")
            following = _MARK.search(text, end + 1)
            after = text[end + 1:following.start() if following else len(text)].replace("\ue002", " ")
            out.append(Anchor(_trim(href), words[:200], _lead(before), html=True, tail=_tail(after)))
        prev = end + 1
    return out


def _trim(link: str) -> str:
    """Drop what prose puts after a link: a full stop, a closing bracket with no opening one."""
    link = link.rstrip(".,;:!?'\"")
    while link.endswith(")") and link.count("(") < link.count(")"):
        link = link[:-1].rstrip(".,;:!?")
    return link.replace("&amp;", "&")


def _decode(value: object) -> str:
    """A header value as text: RFC 2047 words decoded, anything unreadable replaced."""
    if value is None:
        return ""
    if not isinstance(value, str):
        # email.header.Header: raw 8-bit bytes in the header (RFC 6532's UTF-8 headers, or a legacy
        # mailer's Latin-1), kept by the parser as "unknown-8bit": read as UTF-8, else as Windows-1252,
        # never as "\ufffd"s (branch r31's note: a promotion's subject read as "Promo\ufffd\ufffdo")
        try:
            value = "".join(_eight_bit(chunk) if isinstance(chunk, bytes) else chunk for chunk, _ in decode_header(value))
        except Exception:
            value = str(value)
    try:
        return str(make_header(decode_header(value)))
    except Exception:
        return value.encode("utf-8", "replace").decode("utf-8", "replace")


def _eight_bit(data: bytes) -> str:
    """Raw header bytes as text: UTF-8 when they are UTF-8, else Windows-1252 (a superset of Latin-1)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _first_id(value: str) -> str | None:
    ids = _MSGID.findall(value)
    if ids:
        return ids[0]
    return f"<{value.strip()}>" if value.strip() and " " not in value.strip() else None


def _addresses(values: list) -> list[str]:
    try:
        pairs = getaddresses([_decode(v) for v in values])
    except Exception:
        pairs = []
    addrs = [a.strip().lower() for _, a in pairs if "@" in a]
    return list(dict.fromkeys(addrs))


_DEFECTS = {
    "StartBoundaryNotFoundDefect": "broken MIME: start boundary not found",
    "CloseBoundaryNotFoundDefect": "broken MIME: close boundary not found",
    "MultipartInvariantViolationDefect": "broken MIME: multipart without parts",
    "NoBoundaryInMultipartDefect": "broken MIME: multipart without a boundary",
    "MissingHeaderBodySeparatorDefect": "no blank line between headers and body",
    "FirstHeaderLineIsContinuationDefect": "broken headers",
    "MisplacedEnvelopeHeaderDefect": "broken headers",
    "InvalidBase64PaddingDefect": "broken base64",
    "InvalidBase64CharactersDefect": "broken base64",
    "InvalidBase64LengthDefect": "broken base64",
}


def _defects(m: Message, out: Incoming) -> None:
    """The parser's complaints, by kind only (a defect's text may quote a header's value)."""
    for part in m.walk():
        for d in getattr(part, "defects", []):
            text = _DEFECTS.get(type(d).__name__, f"MIME defect ({type(d).__name__})")
            if text not in out.problems:
                out.problems.append(text)
