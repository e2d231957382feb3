"""What a broker's reply says, by rules a person can read: each result names the rule that fired,
with a confidence, and anything the rules cannot settle is ``unsure`` (a person reads it).

The reply is read as a person would: the quoted letter below it is cut off (``>`` lines and the
"On … wrote:" / "El … escribió:" / "Le … a écrit :" lines of seven languages), accents folded, case
ignored. Then, in this order, the first family that speaks wins:

1. **bounce**: a delivery report (RFC 3464) with a failed recipient, or a mailer-daemon's notice;
2. **auto_reply**: an out-of-office (a person away, not an answer);
3. **refused**: not a resident; publicly available; exempt; processed as do-not-sell only / the
   profile stays visible; identity not verified / request closed (also an e-mail address a portal
   saw go unverified); a service provider or processor sending the person back to the business;
   not a data broker; no record; "manifestly unfounded or excessive" (GDPR Art. 12(5), branch r30); declined.
   A refusal beats everything below it, a success phrase above all: "your request has
   been processed as a do-not-sell request only; your profile remains visible" is a refusal. A
   "no record" that asks for more to find it ("could you send us the listing's URL?") is needs_info, and one
   found only for the e-mail address we wrote from is unsure (a listing is found by name and address; branch r37);
   a sale opt-out whose only word on deletion is "this request does not delete information", and a part removed,
   hidden or corrected with the rest said to stay up, are unsure, not a do-not-sell refusal (branch r39);
4. **needs_id**: a copy of an identity document, part of an SSN, a sworn or notarised statement; or
   an ask to prove one's identity (a portal, identity questions), unless it is only what the broker
   may or will do ("we will verify your identity and respond within 45 days" is a receipt);
5. **extended**: more time (45 days under the US laws, two months under GDPR Art. 12(3));
6. **verify_link**: asks the person to confirm or verify *and* holds a link whose words or lead
   say so (``choose_link`` then picks the one to open, by intent); a yes / not-me pair of links under "did you make
   this request?" is one, whatever its ``Auto-Submitted`` header says (branch r39); an ask to confirm a subscription
   and nothing else (a newsletter, digest, bulletin, alerts or mailing list; a "Confirm subscription" button on a news
   host) is ``other`` and no link of it is chosen (branch r43);
7. **needs_info**: asks for more information, unless only in a condition ("we will contact you if
   we need further information"); also, read last (branch r27), "we take no deletion request by
   e-mail: use our online form" (or portal, or DROP): the request is not answered on its merits and
   the next step is a person's, to send it there. It is **refused** only when the broker also
   declines on the merits (that reason is read first) or names no route where it will act ("log in
   and delete it yourself": self-service only). An account closed, a newsletter left or a sale
   opt-out done beside the listing's separate request and where to make it is needs_info too;
8. **confirmed**: says, in the past tense and without a negation in the same sentence, that the
   data was deleted or the request completed. A success sentence next to a negated one ("your
   opt-out was processed; your listing has not been removed"), or next to a part the broker cannot
   remove or that will go on being shown ("we are not able to remove it", "seguirá apareciendo"),
   is ``unsure``; one under a condition
   or in the future ("we will notify you when it has been completed") is a promise and counts for
   neither. Nothing removed, something not done and the request closed is a refusal. A deletion of
   something else (an account beside listings "handled separately", a marketing list, a suppression
   file, one listing, address, site or field of several, the rest kept "except what we must retain") is
   ``unsure``; a subject that says it was done above a body still reviewing is read by its body; "this is
   to confirm that …" states, never asks (probe pass 25); a record deleted from a mailing file or the data sent
   in a form, the listing not named, is ``unsure``, and the listing said to stop showing only after the next
   update is ``acknowledged`` (branch r37); someone else's listing removed (a namesake's, a former
   resident's, a neighbour's, "not your client"), a removal undone ("since restored"), "applies only to this
   site", the others untouched and the public directory said not the broker's are ``unsure``, and the listing
   to stop showing at a later time that is no date ("in two weeks", "la semana próxima") is ``acknowledged``
   (branch r38; a search engine's or cache's copy that lags leaves a removal done); a relative named in everyday
   words ("la mamá de su clienta") and someone else's listing named in the sentence before the removal that points
   back to it ("… una persona con el mismo nombre. Ese perfil ya fue eliminado.") are ``unsure`` (branch r39); a
   removal the broker only believes or hedges ("we believe it was already removed", "creemos que ya fue eliminado", "it
   should be gone by now") or says it cannot confirm or guarantee is ``unsure`` (branch r43); a deletion beside a part
   kept ("but we keep your name and address", or kept "for legal reasons", "under tax law") is ``unsure``, and one
   followed by "no longer in our database, nor our partners'" is a confirmation (reply pass 55);
9. **unsure** for a ticket marked solved, or a request closed without a word of what was done (also a
   status line "changed to Resolved" and a bare "we took care of it", branch r32); a closure "without
   action" is a refusal; and (reply pass 56, read only where nothing above was) the families that say something
   other than the deletion asked: "no longer in our database" with no deletion said; data blocked, suspended,
   pseudonymised, hidden or archived and kept (blocked while the request is reviewed: ``acknowledged``); a
   do-not-contact, marketing or suppression list; a sale opt-out; the wrong department; no account for the e-mail
   address; an access request answered. An agent refused for want of proof with the request filed or closed is
   ``refused``, as is one refused outright in a language read in part; a request said incomplete is ``needs_info``, a
   death certificate asked ``needs_id``;
10. **acknowledged**: a ticket system's "we received your request / will respond within"
   (Zendesk, Freshdesk, OneTrust, TrustArc, Salesforce style), or a person's "I've forwarded your
   message to our privacy team"; a removal put on a schedule, or a phone's bare "will do" (branch r37);
   a request passed on to another team, a removal queue behind (branch r38);
11. **auto_reply** by headers only (``Auto-Submitted``, ``X-Autoreply``, ``Precedence``);
12. **other**.

Every family has English, Spanish, French, German, Portuguese, Italian and Dutch phrasings (the
GDPR brokers' languages and our users'). No message can stall them: the rules read a bounded mail (``_bounded``:
at most ``READ_LIMIT`` characters of the body, words and runs of white space cut short, sentences in pieces of at
most ``SENTENCE_READ_LIMIT``; reply pass 54), so each rule's cost is linear in at most that. The figures on the invented corpus (tests/replies), on the sets written
before these rules were read (tests/replies/blind, setn, seth) and on the held-out ones are in
BENCHMARKS.md. The communities' languages have rules for the states a reply really takes
(Arabic, Haitian Creole, Somali, Tagalog: confirmed, refused / no record, needs_id, needs_info,
verify_link, acknowledged, extended; Chinese, Korean, Russian, Ukrainian, Vietnamese: the same, fewer
wordings; Polish, Romanian and Swedish, the GDPR brokers' languages beside the seven, and Danish, Czech,
Hungarian and Finnish since reply pass 53, Norwegian (Bokmål) since pass 54; Amharic, Hindi and Turkish, the same states; Hmong, Pashto, Burmese,
Khmer and Tigrinya a receipt and a request for ID only, the rest a person's), a success only
in a completed form, each negation, question, future and condition tested; language detection never
decides a class. A confirmation read only by the rules of a language read in part carries a lower
confidence (0.85, so a person reads it, named by language for translation; calibrated on the
labelled sets' first reads, see ``_confidence_of``); an ask to confirm read only by those rules carries
0.9 only on an exact "confirm your request" (``_verify_confidence``), and a link chosen only by such
words is opened only then and only on the broker's own host (``LinkChoice.confidence``). A reply no rule reads (Czech, Bengali…, or
an unread wording of those) reads ``other``: a person reads it, told which language it is
(optout.mail._language) so it can be translated.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import urlsplit

from optout.channels.base import host_allowed
from optout.mail import _lazyre as re  # rules compiled on first use: most are extended before any is used
from optout.mail._parse import _EMAIL, Anchor, Incoming

Kind = Literal[
    "verify_link", "confirmed", "needs_info", "needs_id", "refused", "extended", "acknowledged", "auto_reply",
    "bounce", "unsure", "other",
]
KINDS: tuple[str, ...] = (
    "verify_link", "confirmed", "needs_info", "needs_id", "refused", "extended", "acknowledged", "auto_reply",
    "bounce", "unsure", "other",
)
#: Below this a ``confirmed`` or ``verify_link`` reading is not acted on: a person reads the mail.
ACT_CONFIDENCE = 0.9


@dataclass(frozen=True)
class Classification:
    kind: Kind
    rule: str  # which rule fired, e.g. "refused: not a resident" or "bounce: delivery report"
    reason: str | None = None  # refused: "not a resident", "publicly available", "no record", "exempt", ...
    days: int | None = None  # extended: the extra days the broker takes
    failed_recipients: tuple[str, ...] = ()  # bounce: lower-cased addresses
    #: bounce: True when the failure is permanent and about the address (an enhanced status 5.x.x, an
    #: SMTP 55x, "no such user"), False when it is transient (4.x.x only), None when the report says
    #: neither (``bounce_permanent``)
    permanent: bool | None = None
    links: tuple[str, ...] = ()  # verify_link: links that ask to confirm, best first (any host: see choose_link)
    confidence: float = 1.0  # 0..1: how sure the deciding rule is (ACT_CONFIDENCE and above are acted on)
    evidence: str = ""  # the words that decided, folded (for a person and the event log)
    language: str | None = None  # other, or a success too thin to act on: the reply's language (ISO 639-1), to be translated


def _ko(pattern: str) -> str:
    """A pattern holding Hangul as ``\\uXXXX`` escapes, as ``fold`` leaves Hangul: NFKD splits each
    syllable into its jamo, so the pattern's syllables are split the same way."""
    return unicodedata.normalize("NFKD", re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), pattern))


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


#: Words whose accent is all that tells them from a word the rules read as "if" or "will" ("si",
#: "se", ``_IF_SI_SE``): Spanish and Italian "sí"/"sì" (yes), Spanish "sé" (I know; be), Vietnamese
#: "sĩ", "sỉ", "sị", "sí", "sì" and "sẻ", "sẹ", "sé", "sè" ("chia sẻ", share: only "sẽ" is "will"),
#: Romanian "și" (and, with a comma or, as older keyboards write it, a cedilla). Folded, "Sí, hemos
#: eliminado sus datos" was "si, hemos eliminado …", a condition (branch r23). They keep their
#: accent, so no rule reads them as "if"; a rule that means one of them writes it accented.
#: Other accent pairs (é/e in Portuguese and è/e in Italian, más/mas, él/el, là/la, où/ou) fold
#: together on purpose: the rules write "é" as "e" ("não e necessário") and "más" as "mas", and no
#: rule reads their folded form as a condition, negation or future (tests/test_replies_r23.py).
_ACCENT_KEPT = re.compile(r"(?<!\w)(?:s[\u00ed\u00ec\u0129\u1ec9\u1ecb\u00e9\u00e8\u1ebb\u1eb9]|[\u0219\u015f]i)(?!\w)")


#: Capital letters that are an abbreviation, not a word (reply pass 53): folded, "MA" (Massachusetts, a Master of Arts)
#: was the Somali negation "ma", "PA" the Haitian "pa", "NU" the Romanian "nu", "NE" the Czech "ne", "OK" a yes, and a
#: confirmation beside them read as negated. Read on the text before it is lower-cased, and only where the capitals can
#: be nothing but an abbreviation: dotted initials ("M.A.", "J. D."); a US state's or Canada's province's code after a
#: place and a comma ("Boston, MA"), before a postcode ("MA 02110", "ON K1A 0B1") or before a noun an abbreviation
#: qualifies ("our MA office", "a PA resident"); capitals after a name and a comma that end the line or stand before a
#: comma or a bracket (a signature's degrees: "Jane Roe, MA, LMHC"); capitals alone in brackets ("(MA)"). A line written
#: all in capitals is left as it is (its "NOT" is a word), and so is a capital word inside a sentence ("we have NOT
#: deleted", "nou PA efase", "xogtaada MA tirtirin": an emphasis, still a negation).
#: The short words some rule reads as a negation, a yes or a condition, in any language (so "ma", ht "pa", ro "nu",
#: fr and cs "ne", es "no", pl "nie", sv "ej", fi "ei", hu "nem" and "ha", pt "nao", "ok", "si", "ja", "da", tl "oo"):
#: only these are unmade, so a state's code that names a place ("Sacramento, CA" against the request's state) stays read.
_POLAR_WORDS = frozenset("ma pa nu ne no ni nie ej ei nem non nao not mai si ja da oo ok haa ano igen ha ko la".split())
_ABBR_STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
                "PA PR RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS NT NU ON PE QC SK YT").split()
_ABBR_STATE = "(?:" + "|".join(_ABBR_STATES) + ")"
_ABBR_NOUN = (r"(?:office|offices|database|databases|resident|residents|law|laws|address|location|branch|team|records?|state|attorney|"
              r"department|court|courts|area|license|licence|number|client|clients|consumer|consumers|statute|registry|location)")
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?P<a1>(?:[A-Z]\. ?){1,3}[A-Z]\.)(?!\w)"  # dotted initials: M.A., J. D., U.S.A.
    rf"|(?P<p2>\b[A-Z][a-z][^\W\d_]*, )(?P<a2>{_ABBR_STATE})\b(?![a-z'])"  # Boston, MA
    rf"|\b(?P<a3>{_ABBR_STATE})(?=,? (?:\d{{5}}(?:-\d{{4}})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b)"  # MA 02110, ON K1A 0B1
    rf"|\b(?P<a4>{_ABBR_STATE})(?= {_ABBR_NOUN}\b)"  # our MA office
    r"|(?P<p5>\b[A-Z][a-z][^\W\d_]*, )(?P<a5>[A-Z]{2,4})\b(?=[ \t]*(?:$|[,)]))"  # Jane Roe, MA, LMHC
    r"|(?<=\()(?P<a6>[A-Z]{2,4})(?=\))"  # (MA)
    # reply pass 54: a code after a comma that ends the sentence ("we have deleted your data, MA."), and a state's code after
    # a place's name at the end of a line ("Privacy Office, Boston MA"): a signature's, no negation (a negation comes before
    # its verb: "xogtaada MA la tirtirin", "nou PA efase")
    r"|(?<=, )(?P<a7>[A-Z]{2,4})(?=[.!]?[ \t]*$|[.!][ \t])"
    rf"|(?P<p8>\b[A-Z][a-z][^\W\d_]* )(?P<a8>{_ABBR_STATE})(?=[.!]?[ \t]*$)", re.MULTILINE)


def _abbreviation(m: re.Match[str]) -> str:
    """The match with its abbreviation's letters joined by a modifier letter (ʼ, a letter to the rules' ``\\w``) when
    they spell one of ``_POLAR_WORDS``: no rule reads them as that word, and folding keeps them so."""
    abbr = next(g for g in (m.group(f"a{k}") for k in range(1, 9)) if g)
    letters = [c for c in abbr if c.isalpha()]
    if "".join(letters).lower() not in _POLAR_WORDS:
        return m.group(0)  # "Sacramento, CA" is read as the state it names (another state than the request's: set K)
    return (m.group("p2") or m.group("p5") or m.group("p8") or "") + "\u02bc".join(letters)


def _unabbreviated(text: str) -> str:
    """``text`` with each abbreviation ``_ABBREVIATION`` finds made unreadable as a word ("Boston, MA" → "Boston, MʼA"),
    except on a line written all in capitals; other text as it is."""
    if not re.search(r"[A-Z]{2}|[A-Z]\.", text):
        return text
    return "".join(line if not re.search(r"[a-z]", line) else _ABBREVIATION.sub(_abbreviation, line)
                   for line in text.splitlines(keepends=True))


def fold(text: str) -> str:
    """Lower case, accents off (NFKD: also harakat, hamza seats, Hangul into jamo), ß → ss, Arabic
    tatweel dropped, typographic quotes plain, whitespace kept; the few words ``_ACCENT_KEPT`` names
    keep their accent (NFC), so they stay apart from the word they would fold into; an abbreviation in capitals
    (``_ABBREVIATION``: "Boston, MA", "M.A.") has its letters joined by "ʼ", so no rule reads it as a word."""
    text = _unabbreviated(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("ß", "ss").replace("\u00a0", " ").replace("\u0640", "")
    text = unicodedata.normalize("NFC", text.lower())
    kept = _ACCENT_KEPT.findall(text)
    if kept:
        text = _ACCENT_KEPT.sub("\ue020", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    for word in kept:
        text = text.replace("\ue020", word, 1)
    return text


# ---- bounces ------------------------------------------------------------------------------------

_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailer|bounce[s]?|double-bounce)@")
# (read folded: lower case, accents off; English, then Spanish, French and German, f43: a plain-text
# bounce in Spanish was no bounce at all)
_BOUNCE_SUBJECT = _rx(
    r"undeliver(?:ed|able)", r"delivery (?:status notification \(failure\)|failure|has failed|failed)",
    r"mail delivery (?:failed|failure|system)", r"returned mail", r"failure notice",
    r"could not be delivered", r"non-?delivery",
    r"no (?:se )?(?:ha )?(?:podido|pudo) (?:ser )?entregar", r"(?:mensaje|correo) (?:no entregado|devuelto)",
    r"(?:error|fallo|falla) (?:en la |de |de la )?entrega", r"notificacion de estado de (?:la )?entrega",
    r"non (?:remis|distribue|delivre)", r"echec de (?:la )?(?:remise|livraison|distribution)",
    r"unzustellbar", r"nicht zugestellt", r"zustellung fehlgeschlagen",
)
_BOUNCE_TEXT = _rx(
    r"could not be delivered", r"following (?:address(?:es)?|recipients?)(?: \S+){0,3} failed",
    r"delivery to the following recipients? failed", r"user unknown", r"no such user",
    r"mailbox (?:unavailable|not found|does not exist|(?:is )?full)", r"recipient address rejected",
    r"address(?:es)? (?:failed|rejected)", r"550[ -]5\.\d\.\d", r"over quota", r"quota exceeded",
    r"no (?:se )?(?:ha )?(?:podido|pudo) (?:ser )?entregar", r"usuario desconocido", r"destinatario desconocido",
    r"buzon (?:de correo )?(?:lleno|no disponible|inexistente|no existe)",
    r"n'a pas pu etre (?:remis|distribue|livre)", r"utilisateur inconnu", r"destinataire inconnu",
    r"boite (?:aux lettres )?(?:pleine|introuvable|inexistante|indisponible)",
    r"konnte nicht zugestellt werden", r"(?:benutzer|empfanger) unbekannt", r"postfach (?:ist )?voll",
)
# Where a plain bounce starts quoting the returned message: addresses after this are ours, not failures.
_RETURNED = _rx(
    r"^-+ ?(?:original message|this is a copy|the original message|undelivered message)",
    r"^(?:original message follows|------ this is a copy)", r"^received: ", r"^return-path: ",
)

# ---- the reply itself, without the quoted letter -------------------------------------------------

_QUOTE_START = re.compile(
    r"^\s*(?:"
    r"on .{0,160}wrote:|-{2,} ?(?:original message|mensaje original|message d'origine|urspr[a-z]*ngliche nachricht"
    r"|mensagem original|messaggio originale|oorspronkelijk bericht) ?-{2,}|el .{0,160}escribio:"
    r"|le .{0,160}a ecrit ?:|am .{0,160}schrieb .{0,120}:|il giorno .{0,160}ha scritto:|em .{0,160}escreveu:"
    r"|op .{0,160}(?:schreef|geschreven).{0,60}:|-{10,}|_{10,}|from: .{1,200}(?:\n.*){0,2}\n(?:sent|date|to): "
    r"|de ?: .{1,200}(?:\n.*){0,2}\n(?:enviado|envoye|date|fecha|para|a) ?: |von: .{1,200}\n(?:gesendet|datum|an): "
    # reply pass 53: Danish, Czech, Hungarian and Finnish mail programs' headers above the letter quoted (folded)
    r"|-{2,} ?(?:oprindelig meddelelse|videresendt meddelelse|puvodni zprava|preposlana zprava|eredeti uzenet|tovabbitott uzenet"
    r"|alkuperainen viesti|valitetty viesti) ?-{2,}|den .{0,160}skrev.{0,160}:|dne .{0,160}napsal.{0,160}:"
    r"|\d{4}\. .{0,160}(?:ezt )?irta:|.{0,200}\bkirjoitti:"
    r"|(?:fra|od|felado|lahettaja): .{1,200}(?:\n.*){0,2}\n(?:sendt|dato|til|odeslano|datum|komu|elkuldve|cimzett|lahetetty|paivamaara|vastaanottaja): "
    r")", re.MULTILINE)


#: A title's full stop before a name ("Mr. Rivera", "la Sra. Rivera", "o Sr. Rivera", "M. Rivera", "Dr.", "Lic."): it ends
#: no sentence, yet every rule that reads within one sentence (``[^.;!?]``) stopped at it, and the sentence split there,
#: so "after our next refresh, Mr. Rivera's profile will no longer appear" left "rivera's profile will no longer appear"
#: standing alone as a removal done. Folded text, so lower case; a letter must follow (not "art. 17 st. 3").
_TITLE_DOT = re.compile(r"(?<![\w.])(mr|mrs|ms|mx|messrs|dr|dra|drs|sr|sra|srta|sres|sras|srs|mme|mlle|mmes|m|jr|prof|profa|"
                        r"lic|licda|ing|arq|st|ave|av|blvd|rd|ln|ct|pl|hwy|pkwy)\.(?=[ \t]+[^\W\d_])"
                        # an address's unit before its number or letter ("44 Oak Ave. Apt. 3", "Ste. 200", "Bldg. B"; r40)
                        r"|(?<![\w.])(apt|apto|ste|bldg|dept|depto)\.(?=[ \t]*\w)")
#: An e-mail address's dots end no sentence either ("dimos de baja ana.ruiz@correo.example de la lista"): kept as a
#: one-dot leader, which no rule reads as a full stop.
_ADDRESS_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: … but "St." and "Dr." after a house number and a street's name are the street's suffix, and their full stop ends the
#: sentence when a sentence's first word follows ("we removed the listing at 88 Pine St. It has since been restored":
#: two sentences, each deciding; branch r38, review 38); "at 88 Pine St. was removed" stays one. "St. Paul" or "Dr.
#: Rivera" with no number before stay a title's. Folded text: the next word's capital is gone, so the first words are
#: listed (``_SENTENCE_START``).
#: The suffixes so read: "St.", "Dr." (r38) and "Ave.", "Blvd.", "Rd." and the like (r40: "the prior occupant of 44 Oak
#: Ave. It was not hers").
_STREET_SUFFIX = frozenset(("st", "dr", "ave", "av", "blvd", "rd", "ln", "ct", "pl", "hwy", "pkwy"))
_STREET_BEFORE = re.compile(r"\b\d+[a-z]?(?:-\d+)?(?: [\w'-]+){1,3} $")
_SENTENCE_START = re.compile(
    r"[ \t]+(?:we|it|the|her|his|she|he|they|this|that|these|those|your|our|a|an|if|please|thank|thanks|there|however|also|unfortunately|"
    r"nous|il|elle|ils|elles|la|le|les|cette|ce|on|je|vous|el|los|las|su|sus|ya|hemos|no|lamentamos|tambien|sin|o|os|as|ele|ela|eles|"
    r"nao|infelizmente|tambem|porem|sin embargo|cependant)\b")


#: … unless the words before it in its sentence open a condition ("if your client lived at 31 Birch St. her listing has
#: been removed" is one conditional sentence: split, its second half read as a removal done).
_IF_BEFORE = re.compile(r"\b(?:if|when|whenever|once|unless|should|provided|in case|si|cuando|caso|quando|quand|lorsque|pourvu)\b")


def _title_dot(m: re.Match[str]) -> str:
    if m.group(1) is None:  # an address's unit: its full stop never ends the sentence
        return m.group(2)
    if (m.group(1) in _STREET_SUFFIX and _SENTENCE_START.match(m.string, m.end())
            and _STREET_BEFORE.search(m.string, max(0, m.start() - 60), m.start())):
        start = max(m.string.rfind(c, 0, m.start()) for c in ".!?;\n") + 1
        if not _IF_BEFORE.search(m.string, start, m.start()):
            return m.group(0)
    return m.group(1)


def reply_text(msg: Incoming) -> str:
    """The subject and the broker's own words: folded, the quoted original and ``>`` lines cut, and the full stops that
    end no sentence (a title's, an e-mail address's) no longer read as one (``_TITLE_DOT``, ``_ADDRESS_IN_TEXT``)."""
    body = fold(msg.text)
    cut = _QUOTE_START.search(body)
    if cut and cut.start() > 0:
        body = body[:cut.start()]
    body = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith(">"))
    body = _ADDRESS_IN_TEXT.sub(lambda m: m.group(0).replace(".", "\u2024"), _TITLE_DOT.sub(_title_dot, body))
    return fold(msg.subject) + "\n" + body


# ---- what the rules read of a mail: bounded, so that no mail can stall the reader ---------------------------------

#: The characters of a body (and of an HTML alternative) the rules read: the broker's answer and the letter it quotes fit
#: five times over (the longest reply of every development set is under 2,000), while the rules' cost grows with the
#: text. A mail of 200,000 characters made every rule scan the whole (minutes a mail before pass 54).
READ_LIMIT = 10_000
#: The characters of a subject the rules read.
SUBJECT_READ_LIMIT = 500
#: A "word" (a run without white space) longer than this is cut to it: the patterns' ``\S+``/``\w+`` runs restart at
#: each of its characters, a cost that grows with the square of its length (100,000 letters "a": hours). Real words,
#: and the links brokers write out (the longest 196 characters in the development sets), are shorter; the links a
#: rule chooses among come from ``Incoming.links``, never from these words.
WORD_READ_LIMIT = 256
_OVERLONG_WORD = re.compile(r"\S{%d}\S+" % WORD_READ_LIMIT)
#: A run of white space longer than this is cut too: ``^\s*`` (``_QUOTE_START``) and ``[ \t]+`` (``_SENTENCE_START``)
#: restart at each line or space of it, the same square (4,000 blank lines: seconds a rule). Its line breaks are kept,
#: up to ``_NEWLINES_KEPT`` (a paragraph's break is two), so every split on lines and paragraphs reads as before.
WHITESPACE_READ_LIMIT = 40
_OVERLONG_SPACE = re.compile(r"\s{%d}\s+" % WHITESPACE_READ_LIMIT)
_NEWLINES_KEPT = 4


def _shorter_space(m: re.Match[str]) -> str:
    newlines = m.group(0).count("\n")
    return "\n" * min(newlines, _NEWLINES_KEPT) if newlines else m.group(0)[:WHITESPACE_READ_LIMIT]


def _bounded_text(text: str, limit: int) -> tuple[str, bool]:
    """``text`` as the rules read it: each word cut to ``WORD_READ_LIMIT`` characters and each run of white space to
    ``WHITESPACE_READ_LIMIT`` (its line breaks kept, up to ``_NEWLINES_KEPT``), then the first ``limit``
    characters, ended at the last line break (else the last white space) before the limit, so that no word or line is
    read half. Returns the text and whether anything past the limit was left unread."""
    text = _OVERLONG_SPACE.sub(_shorter_space, _OVERLONG_WORD.sub(lambda m: m.group(0)[:WORD_READ_LIMIT], text))
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    end = head.rfind("\n")
    if end < limit // 2:
        end = max(head.rfind(" "), head.rfind("\t"))
    return (head[:end] if end > 0 else head), True


def _bounded(msg: Incoming) -> tuple[Incoming, bool]:
    """``msg`` with the subject, body and HTML alternative the rules read bounded (``READ_LIMIT``, ``SUBJECT_READ_LIMIT``,
    ``WORD_READ_LIMIT``, ``WHITESPACE_READ_LIMIT``), and whether the body or the HTML alternative was longer than the reader reads. Every rule
    then runs in time linear in at most ``READ_LIMIT`` characters (reply pass 54: one hostile mail stalled every
    clinic's reply reading for minutes)."""
    text, cut = _bounded_text(msg.text, READ_LIMIT)
    html, html_cut = _bounded_text(msg.html_text, READ_LIMIT)
    subject, _ = _bounded_text(msg.subject, SUBJECT_READ_LIMIT)
    if (text, html, subject) == (msg.text, msg.html_text, msg.subject):
        return msg, False
    return replace(msg, subject=subject, text=text, html_text=html), cut or html_cut


def _parse_bounded(raw: bytes) -> Incoming:
    """A mail attached whole (a forward), parsed and bounded as ``classify`` bounds the mail itself (``_bounded``)."""
    from optout.mail._parse import parse

    return _bounded(parse(raw))[0]


#: Abbreviations whose full stop ends no sentence ("gemäß Art. 17 DSGVO gelöscht", "Abs. 3", "e.g.").
_ABBREV = re.compile(r"\b(art|arts|abs|nr|no|nos|num|par|sec|lit|cf|vgl|bzw|ggf|gem|inkl|ca|e\.g|i\.e|z\.b|u\.a|d\.h|p|pp|s|n|nº)\.(?=\s)")


#: A German or Dutch date's ordinal full stop ("Ihr Antrag vom 3. Mai") ends no sentence either.
_ORDINAL_DATE = re.compile(r"\b(\d{1,2})\.(?= (?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember"
                           r"|januari|februari|maart|mei|augustus)\b)")


#: A "sentence" longer than this (no real one is: a run of words with no full stop, a hostile mail's) is read in pieces of
#: at most this many characters, broken at a space: the rules that look around each match within its sentence
#: (``_hedged_removal``: each deletion's clause) then cost the sentence's length per match, a square on one
#: sentence of 20,000 characters (reply pass 54).
SENTENCE_READ_LIMIT = 1_000


def _pieces(sentence: str) -> list[str]:
    out = []
    while len(sentence) > SENTENCE_READ_LIMIT:
        cut = sentence.rfind(" ", SENTENCE_READ_LIMIT // 2, SENTENCE_READ_LIMIT)
        cut = cut if cut > 0 else SENTENCE_READ_LIMIT
        out.append(sentence[:cut])
        sentence = sentence[cut:].lstrip()
    return [*out, sentence] if sentence else out


def _sentences(text: str) -> list[str]:
    text = _ABBREV.sub(lambda m: m.group(1) + "\u2024", text)
    text = _ORDINAL_DATE.sub("\\1\u2024", text)  # a one-dot leader: no split, no word
    return [piece for x in re.split(r"\|[ \t]*\n|(?<=[.!?;\u061f\u061b])\s+|(?<=[\u1362\u1367])\s*|(?<=[\u3002\uff01\uff1f\uff1b])|(?<=[!?;])(?=[\u3400-\u9fff])|\n\s*\n|\n(?=[-*\u2022])", text)
            if x.strip() for piece in _pieces(" ".join(x.split()).replace("\u2024", "."))]


# ---- content families: (reason, pattern), all seven languages, on folded text -----------------------

_W = r"(?:\S+ ){0,4}"  # up to four words in between

_OOO = _rx(
    r"\bout of (?:the )?office\b", r"\bon (?:annual |parental |sick )?(?:vacation|leave|holiday)\b",
    r"\baway from (?:the office|my desk)\b", r"\blimited access to (?:my )?e-?mail\b",
    r"\bfuera de (?:la )?oficina\b", r"\bde vacaciones\b", r"\bausente\b",
    r"\babsente?s? (?:du bureau|jusqu)", r"\ben conges?\b", r"\babsence du bureau\b",
    r"\babwesend\b", r"\bnicht im (?:buro|buero)\b", r"\bim urlaub\b", r"\babwesenheitsnotiz\b",
    r"\bfora do escritorio\b", r"\bde ferias\b", r"\bfuori (?:sede|ufficio)\b", r"\bin ferie\b", r"\bassente\b",
    r"\bafwezig\b", r"\bbuiten kantoor\b", r"\bop vakantie\b",
)

_REFUSED: list[tuple[str, re.Pattern[str]]] = [
    ("processed as do-not-sell only", _rx(
        rf"\b(?:processed|treated|handled|honou?red) (?:it )?as (?:an? )?{_W}(?:do[- ]not[- ]sell|opt[- ]out of (?:the )?sale|opt[- ]out)(?: request)? only\b",
        r"\bonly (?:as )?an? (?:do[- ]not[- ]sell|opt[- ]out of sale)\b",
        r"\b(?:profile|listing|record|information|page|report)s? (?:will )?(?:remains?|stays?|continues? to be|will (?:still|continue to)) (?:be )?(?:publicly )?(?:visible|searchable|available|displayed|online|listed)",
        r"\b(?:solicitud|peticion) de no venta\b", r"\bsolo (?:como )?(?:una )?(?:solicitud de )?(?:exclusion|no venta)\b",
        r"\b(?:perfil|ficha|informacion|datos) (?:seguira|sigue|permanece|permanecera|continuara) (?:siendo )?(?:visible|publica|disponible)",
        r"\b(?:profil|fiche|donnees) (?:reste|restera|demeure|demeurera)(?:nt)? (?:visible|accessible|en ligne)",
        r"\bbleib(?:t|en) (?:weiterhin |jedoch )?(?:sichtbar|online|abrufbar)\b",
        r"\b(?:continua|continuara|permanece|permanecera) (?:visivel|publico|disponivel|online)\b",
        r"\b(?:rimane|rimarra|resta|restera) (?:visibile|pubblico|online|consultabile)\b",
        r"\bblijf(?:t|en) (?:zichtbaar|online|vindbaar)\b",
        # "only" a few words before a do-not-sell phrase, in seven languages
        r"\b(?:only|solely|unicamente|solamente|solo|uniquement|seulement|nur|ausschliesslich|apenas|somente|soltanto|unicamente|alleen|uitsluitend)\b"
        r" (?:\S+ ){0,5}(?:do[- ]not[- ]sell|opt(?:ed)?[- ]out of (?:the )?(?:sale|selling)|no vend|no venta|ne pas vendre|non-vente|nicht (?:zu )?verkauf|verkaufsverbot|nao vend|non vend|niet (?:te )?verkop)",
        # the profile stays: visible, online, or in the broker's database (subject a few words away)
        r"\b(?:profile|listing|record|information|data|page|report|which|it)s? (?:\S+ ){0,3}(?:will |shall )?(?:remains?|stays?|continues? to (?:be|appear)) (?:publicly )?(?:visible|searchable|available|displayed|online|listed|in our (?:database|records|systems?|files?|directory))",
        r"\b(?:seguira|sigue|permanece|permanecera|continuara|quedara) (?:siendo |estando )?(?:visible|publica|publico|disponible|en linea|en nuestra base)",
        r"\b(?:restera|reste|demeure|demeurera|resteront|restent) (?:\S+ )?(?:visibles?|accessibles?|en ligne|consultables?)\b",
        r"\b(?:bleibt|bleiben) (?:\S+ ){0,3}(?:sichtbar|online|abrufbar|auffindbar|gespeichert)\b",
        r"\b(?:continuara|continuarao|permanecera|permanecerao) (?:\S+ )?(?:visive(?:l|is)|publico|disponive(?:l|is)|online)\b",
        r"\b(?:rimarra|rimarranno|restera|resteranno) (?:\S+ )?(?:visibil[ei]|pubblic[oi]|online|consultabil[ei])\b",
        r"\b(?:blijft|blijven) (?:\S+ ){0,3}(?:zichtbaar|online|vindbaar|bewaard)\b",
    )),
    ("identity not verified", _rx(
        r"\b(?:unable|not able|could not|couldn't|cannot|can't|were not able|failed) to (?:verify|confirm|validate) (?:your|the requester'?s?) identity\b",
        r"\bidentity (?:could not|was not|cannot|has not been) (?:be )?(?:verified|confirmed)\b",
        # r32 (set S en-39): the request itself not authenticated ("we were unable to authenticate this request"; es, pt, fr)
        r"\b(?:unable|not able|could not|couldn't|were not able|failed) to authenticate (?:this|your|the) (?:request|consumer|requester)\b",
        r"\bno (?:hemos podido|pudimos|fue posible) (?:autenticar|verificar) (?:esta|su|la) solicitud\b",
        r"\bnao (?:conseguimos|foi possivel|pudemos) (?:autenticar|verificar) (?:esta|sua|a) solicitacao\b",
        r"\b(?:n'avons pas pu|n'avons pas ete en mesure d') ?(?:authentifier|verifier) (?:cette|votre) demande\b",
        # branch r21 (set M en-10): the identity of the agent's client, in the seven languages
        r"\b(?:unable|not able|could not|couldn't|cannot|can't|were not able|failed) to (?:verify|confirm|validate) the identity of (?:the|your) (?:consumer|client|person|individual|data subject|requester)\b",
        r"\bno (?:hemos podido|pudimos|fue posible|podemos) (?:verificar|confirmar|validar) la identidad de (?:la persona|su (?:cliente|representad[oa])|el titular|la titular|el interesado|la interesada)\b",
        r"\b(?:n'avons pas pu|ne pouvons pas|n'avons pas ete en mesure de) (?:verifier|confirmer|etablir) l'identite de (?:la personne|votre client|votre cliente|l'interesse)\b",
        r"\b(?:konnten|konnen) (?:die )?identitat (?:der betroffenen person|ihres mandanten|ihrer mandantin|der person) nicht (?:uberprufen|bestatigen|verifizieren)\b",
        r"\bnao (?:foi possivel|conseguimos|podemos) (?:verificar|confirmar|validar) a identidade d[oa] (?:titular|cliente|pessoa)\b",
        r"\bnon (?:siamo riusciti a|e stato possibile|possiamo) (?:verificare|confermare) l'identita (?:del|della|dell') ?(?:interessat[oa]|cliente|persona)\b",
        r"\b(?:konden|kunnen) de identiteit van (?:de betrokkene|uw client|de persoon) niet (?:verifieren|bevestigen|controleren)\b",
        r"\bno (?:hemos podido|pudimos|fue posible|ha sido posible|se pudo) (?:verificar|confirmar|validar) (?:su|tu) identidad\b",
        r"\bno (?:podemos|es posible|nos es posible|se puede) (?:verificar|confirmar|validar|acreditar) (?:su|tu) identidad\b",
        r"\b(?:ne pouvons|ne sommes pas en mesure de|n'avons pas pu|n'avons pas ete en mesure de) (?:pas )?(?:verifier|confirmer|etablir) votre identite\b",
        r"\bnao (?:podemos|e possivel|nos e possivel|nos foi possivel) (?:verificar|confirmar|validar) (?:a )?(?:sua )?identidade\b",
        r"\bnon (?:possiamo|e possibile|siamo in grado di) (?:verificare|confermare|accertare) la (?:sua|tua) identita\b",
        r"\bverify (?:your|the requester'?s?) identity\b.{0,120}\b(?:did not|didn't|never|have not|haven't|has not) (?:hear|heard|receive|received|get|got)\b",
        r"\b(?:verificar|confirmar|acreditar) (?:su|tu) identidad\b.{0,120}\bno (?:recibimos|hemos recibido|obtuvimos|tuvimos) (?:\S+ )?respuesta",
        r"\b(?:verifier|confirmer) votre identite\b.{0,120}\b(?:sans reponse|pas (?:recu|eu) de reponse)",
        r"\b(?:verificar|confirmar) (?:a )?(?:sua )?identidade\b.{0,120}\bnao (?:recebemos|obtivemos) (?:\S+ )?resposta",
        r"\b(?:verificare|confermare) la (?:sua|tua) identita\b.{0,120}\bnon (?:abbiamo ricevuto|e pervenuta) (?:\S+ )?risposta",
        r"\bidentitat\b.{0,120}\b(?:keine antwort|nicht geantwortet)", r"\bidentiteit\b.{0,120}\bgeen (?:reactie|antwoord)",
        r"\bpas (?:pu|ete en mesure de|reussi a) (?:verifier|confirmer) votre identite\b",
        r"\bidentitat (?:nicht|leider nicht) (?:bestatigen|verifizieren|uberprufen|feststellen)\b",
        r"\bnao (?:foi possivel|conseguimos|pudemos) (?:verificar|confirmar|validar) (?:a )?(?:sua )?identidade\b",
        r"\bnon (?:e stato possibile|siamo riusciti a|abbiamo potuto) (?:verificare|confermare) la (?:sua|tua) identita\b",
        r"\bidentiteit (?:niet|helaas niet) (?:kunnen )?(?:verifieren|vaststellen|bevestigen)\b",
        # an identity, e-mail address or request the person did not verify in time (a portal closes it)
        r"\b(?:e-?mail(?: address)?|identity|address|request) (?:was|were|has|had|could) not (?:been |be )?(?:verified|confirmed|validated)\b",
        r"\b(?:did not|didn't|failed to|never) (?:verify|confirm|validate) (?:your |the |their )?(?:e-?mail|identity|address|request)\b",
        r"\b(?:correo|direccion|identidad|solicitud) (?:\S+ )?no (?:fue|ha sido|se ha|se) (?:verificad|confirmad|validad)",
        r"\b(?:adresse|identite|demande) (?:\S+ ){0,2}n'a pas ete (?:verifiee?|confirmee?|validee?)\b",
        r"\b(?:adresse|identitat|anfrage) (?:\S+ ){0,3}nicht (?:rechtzeitig |fristgerecht )?(?:bestatigt|verifiziert)\b",
        r"\b(?:e-?mail|endereco|identidade|solicitacao|pedido) (?:\S+ )?nao (?:foi|ter sido) (?:verificad|confirmad|validad)",
        r"\b(?:indirizzo|identita|richiesta) (?:\S+ ){0,2}non (?:e stat[ao]|sia stat[ao]) (?:verificat|confermat|convalidat)",
        r"\b(?:e-?mailadres|adres|identiteit|verzoek) (?:\S+ ){0,2}(?:is|werd) niet (?:tijdig )?(?:geverifieerd|bevestigd)\b",
    )),
    ("not a resident", _rx(
        r"\bnot an? (?:\S+ ){0,2}residents?\b", r"\bonly (?:available|applies|apply|honou?r|process|accept)\S* (?:\S+ ){0,5}(?:from |to |for )?(?:\S+ ){0,2}residents\b",
        r"\bavailable only to (?:\S+ ){0,2}residents\b", r"\bdo(?:es)? not (?:appear to )?(?:reside|live) in\b",
        r"\bresidents of (?:states|[a-z ]{2,30}) (?:with|only)\b", r"\bresidents of [a-z][a-z ,]{1,80}? only\b",  # r30: a list of states
        r"\b(?:unable|not able|could not|couldn't|were unable|was unable) to (?:confirm|verify|establish) that (?:the |your |our )?(?:consumer|client|person|individual|requester|data subject|you) (?:lives?|resides?)\b", r"\b(?:law|laws|legislation) (?:of|in) your state (?:does not|doesn't|do not) (?:give|grant|provide)",
        r"\byour state(?:'s)? (?:privacy )?laws? (?:does not|doesn't|do not)\b", r"\b(?:ley|legislacion)(?: de privacidad)? de su estado no (?:le )?(?:otorga|concede|da|reconoce)\b", r"\bresidency requirement",
        r"\bno (?:es|eres|sea|seas) residente\b", r"\bno (?:pudimos|hemos podido|logramos) (?:confirmar|verificar|acreditar) que (?:\S+ ){1,3}(?:viva|resida|reside|vive)\b", r"\b(?:solo|unicamente|solamente) (?:\S+ ){0,4}residentes\b", r"\bno reside en\b",
        r"\b(?:pas|non) resident", r"\breserve(?:e|s)? aux residents\b", r"\bne residez pas\b",
        r"\bkeinen? (?:wohnsitz|einwohner)", r"\bnur (?:fur|an) (?:\S+ ){0,2}(?:einwohner|ansassige|personen mit wohnsitz)",
        r"\bnao (?:e|seja) residente\b", r"\b(?:apenas|somente) (?:\S+ ){0,4}residentes\b",
        r"\bnon (?:e|sia|risulta) residente\b", r"\bsolo (?:\S+ ){0,3}residenti\b",
        r"\bgeen inwoner\b", r"\bniet woonachtig\b", r"\balleen (?:\S+ ){0,3}inwoners\b",
    )),
    ("publicly available", _rx(
        r"\bpublicly (?:available|accessible)\b", r"\bpublic records? (?:are|is|which are) (?:exempt|not covered|not subject)",
        r"\b(?:derived|compiled|obtained) (?:\S+ ){0,3}public (?:records|sources)\b(?:.{0,80})\b(?:cannot|not|unable)",
        r"\b(?:informacion|datos) (?:de acceso )?public[oa]s?\b", r"\bregistros publicos\b", r"\bfuentes (?:de acceso )?publico",
        r"\b(?:accessibles?|disponibles?) (?:au|du) public\b", r"\bpubliquement (?:disponibles?|accessibles?)\b", r"\bsources publiques\b",
        r"\boffentlich (?:zuganglich|verfugbar|einsehbar)", r"\boffentlichen (?:quellen|registern?)\b",
        r"\bpublicamente (?:disponive|acessive)", r"\bregistros publicos\b", r"\bdominio publico\b",
        r"\bpubblicamente (?:disponibil|accessibil)", r"\b(?:registri|fonti) pubblic",
        r"\bopenbaar (?:beschikbaar|toegankelijk)", r"\bopenbare (?:bronnen|registers)\b",
        r"\bsources? publiques?\b", r"\bfuentes? (?:de acceso )?publicas?\b", r"\bfontes? publicas?\b", r"\bfont[ei] pubblic[ahe]\b",
        r"\bopenbare? bron(?:nen)?\b", r"\boffentliche(?:n)? (?:quelle|quellen|register)\b",
    )),
    ("exempt", _rx(
        r"\bexempt(?:ed|ion)? (?:from|under)\b", r"\b(?:permitted|required|entitled|obliged|obligated|allowed) to (?:retain|keep)\b",
        r"\bnot subject to (?:the )?(?:ccpa|cpra|gdpr|law|act|deletion|this)\b",
        r"\b(?:law|act|ccpa|gdpr|right) does not apply to (?:us|our|this|the information)\b",
        r"\barticle 17 ?\(3\)|\bart\. ?17 ?\(3\)|\bartikel 17 (?:abs\. ?|lid )?3\b|\bart(?:igo|icolo)? 17,? ?(?:n\. ?|apartado |paragrafo )?3\b",
        r"\bart(?:\.|icle|iculo|igo|icolo|ikel)? ?17 ?(?:\(3\)|\.3\b|,? ?(?:abs\.?|para(?:graph|grafo)?|apartado|alinea|lid|n\.|nº) ?3\b)",
        r"\bexent[oa]s?\b", r"\bno (?:estamos|esta|nos encontramos) (?:sujet|obligad)[oa]s?\b",
        r"\bexemptes?\b", r"\bne (?:sommes|sont|est) pas soumis", r"\bausgenommen\b", r"\bunterliegen (?:\S+ ){0,2}nicht\b",
        r"\bisent[oa]s?\b", r"\bnao (?:estamos|esta) (?:sujeit|obrigad)", r"\besent[ei]\b", r"\bnon (?:siamo|e) (?:soggett|tenut)",
        r"\buitgezonderd\b", r"\bvrijgesteld\b", r"\bniet van toepassing\b",
        r"\b(?:subject to|regulated (?:by|under)|governed by|covered by|falls under) (?:the )?(?:federal )?(?:gramm-leach-bliley|glba|fair credit reporting|fcra|hipaa|driver'?s privacy protection|dppa)\b",
        # r30 (set R): an exception to the right to delete named ("we must retain it for fraud prevention, an exception to
        # the right to delete"), and a report kept because a law demands it ("maintained as required by the FCRA")
        r"\b(?:an |one of the |the )?exceptions? to the (?:consumer'?s? )?right to (?:delete|deletion|erasure|be forgotten)\b",
        r"\bexcepcion(?:es)? al derecho de (?:supresion|eliminacion|borrado)\b", r"\bexce(?:c|p)?(?:ao|oes) ao direito de (?:eliminacao|exclusao|apagamento)\b",
        r"\b(?:maintained|kept|retained|held|preserved) as (?:required|mandated) by (?:the )?(?:fcra|glba|fair credit reporting act|federal|state) ?(?:law|act)?\b",
        r"\bse (?:conservan?|mantienen?|guardan?) (?:\S+ ){0,2}como (?:lo )?(?:exigen?|requieren?|establecen?|ordenan?) (?:la|el|las|los) (?:fcra|ley|leyes|normativa)\b",
        r"\bsao (?:mantid|conservad|guardad)[oa]s (?:\S+ ){0,2}(?:como|conforme) (?:exige|exigem|determina) (?:a|o) (?:fcra|lei)\b",
        # r32 (set S): the exemption said with words between ("subject to Title V of the Gramm-Leach-Bliley Act", "the
        # law you cited does not apply to us"), a report kept "for as long as the FCRA allows", a bureau "required to
        # report information that is accurate"
        r"\b(?:subject to|regulated (?:by|under)|governed by|covered by) (?:\S+ ){1,3}of (?:the )?(?:federal )?(?:gramm-leach-bliley|glba|fair credit reporting|fcra|hipaa|driver'?s privacy protection|dppa)\b",
        r"\b(?:law|act|statute|regulation) (?:\S+ ){1,5}?does not apply to (?:us|our|this|the information)\b",
        r"\b(?:ley|norma|legislacion) (?:\S+ ){1,5}?no (?:se )?(?:aplica|es aplicable) a (?:nosotros|nuestra|nuestro|esta|la informacion)\b",
        r"\blei (?:\S+ ){1,5}?nao (?:se )?(?:aplica|e aplicavel) a (?:nos|nossa|nosso|esta)\b", r"\bloi (?:\S+ ){1,5}?ne s'applique pas a (?:nous|notre|nos|cette)\b",
        r"\b(?:keep|retain|maintain|hold) (?:\S+ ){1,12}?for as long as (?:the )?(?:fcra|glba|law|federal law) (?:allows|permits|requires)\b",
        r"\b(?:conservaremos|mantendremos|guardaremos) (?:\S+ ){1,12}?(?:mientras|durante el tiempo que) (?:lo )?(?:permita|exija) (?:la )?(?:fcra|ley)\b",
        r"\b(?:required|obligated|obliged) to report (?:information|data|items?) that (?:is|are) accurate\b",
        r"\b(?:obligad[oa]s?|requerid[oa]s?) a (?:reportar|informar) (?:la )?informacion (?:que sea )?(?:exacta|correcta|precisa)\b",
    )),
    # CCPA §1798.140(ag) "service provider" / GDPR Art. 28 "processor": it holds the data for a
    # business and sends the person back to that business (the controller)
    ("service provider", _rx(
        r"\b(?:we are|we're|we act|acting|act|acts|operate|operating|is|as) (?:\S+ )?(?:as )?(?:an? |the )?(?:service provider|(?:data )?processor|contractor)s?\b"
        r"(?:.{0,120})\b(?:on behalf of|for our (?:clients|customers)|contact|direct|submit|address|send)\b",
        r"\b(?:service provider|(?:data )?processor)s? (?:on behalf of|for) (?:our |its |the )?(?:clients|customers|business|businesses|companies)\b",
        r"\b(?:actua|actuamos|actuar|somos|como|en calidad de|es) (?:\S+ )?(?:un |el )?(?:encargad[oa]s? del tratamiento|proveedor de servicios)\b",
        r"\b(?:en (?:tant|qualite) que|sommes|agissons comme|agit comme|est) (?:\S+ )?(?:un )?sous-traitant\b",
        r"\b(?:als|sind|ist) (?:\S+ )?auftragsverarbeiter\b", r"\bim auftrag (?:unserer|unseres|ihrer|des) (?:kunden|auftraggeber|verantwortlichen)\b",
        r"\b(?:atuamos|atua|somos|como|na qualidade de) (?:\S+ )?(?:um |o )?(?:operador(?:es)?|subcontratante|prestador de servicos)\b(?:.{0,120})\b(?:controlador|responsavel|cliente|empresa)",
        r"\b(?:agiamo|agisce|operiamo|siamo|in qualita di|quale) (?:\S+ )?(?:responsabile del trattamento|fornitore di servizi)\b(?:.{0,120})\b(?:titolare|per conto)",
        r"\b(?:treden op als|zijn|als) (?:\S+ )?(?:een )?verwerker\b",
        # r32 (set S): a feed that shows data it does not own (a jail's booking data, a court's record) and sends
        # the person to the agency that does: as a processor sends them to the business
        r"\bwe (?:do not|don't) own (?:this|the|that|these|those) (?:data|information|records?)\b",
        r"\bno somos (?:duen|propietari)[oa]s de (?:estos|los|esos|estas|las) (?:datos|registros|informacion)\b",
        r"\bnao somos (?:don|proprietari)[oa]s (?:destes|dos|desses) (?:dados|registros)\b",
        r"\bnous ne sommes pas (?:proprietaires?|detenteurs?) de (?:ces|les) (?:donnees|informations|dossiers)\b",
    )),
    ("not a data broker", _rx(
        r"\b(?:we are|is) not (?:a|an) (?:data broker|people[- ]search|consumer reporting)",
        r"\bnot (?:registered as )?a data broker\b", r"\bdo(?:es)? not (?:sell|collect|buy|trade) (?:any )?(?:personal|consumer)",
        r"\bno somos (?:un|una) (?:intermediari[oa]|corredor|empresa|broker)", r"\bno (?:vendemos|recopilamos)\b",
        r"\bne sommes pas (?:un|une) (?:courtier|broker|revendeur)", r"\bne (?:vendons|collectons) pas\b",
        r"\b(?:sind|ist) kein(?:e|en)? (?:datenhandler|datenbroker|adresshandler|datenhandel)", r"\b(?:verkaufen|sammeln) keine\b",
        r"\bnao somos (?:um|uma) (?:corretor|broker|intermediari)", r"\bnao (?:vendemos|coletamos)\b",
        r"\bnon siamo (?:un|una) (?:broker|intermediari)", r"\bnon (?:vendiamo|raccogliamo)\b",
        r"\bgeen (?:databroker|datahandelaar|gegevenshandelaar)\b", r"\b(?:verkopen|verzamelen) geen\b",
    )),
    ("no record", _rx(
        r"\b(?:could not|couldn't|could ?not|were unable to|was unable to|are unable to|unable to|cannot|can't|did not|didn't|failed to) (?:\S+ ){0,2}match (?:\S+ ){0,8}?(?:to|with|against) (?:any|anyone|anybody|a (?:single )?(?:record|profile|person|individual|consumer)|an? existing)\b",
        r"\b(?:does|do|did) not (?:seem to |appear to )?match (?:any|anyone|anybody)\b", r"\b(?:couldn't|could not|did not|didn't) find (?:a|any) match",
        r"\bno (?:one|person|individual|consumer|profile|record|listing|entry)s? (?:\S+ ){0,5}?match(?:es|ed)?\b",
        r"\bno (?:hemos podido|pudimos|se pudo|ha sido posible|fue posible|logramos) (?:\S+ )?(?:asociar|vincular|relacionar|cotejar|hacer coincidir|emparejar)",
        r"\bno coincide(?:n)? con (?:ningun|ninguna|nadie|nuestros registros)", r"\bninguna coincidencia\b", r"\bsin coincidencias\b",
        r"\bne correspond(?:ent)? a aucun", r"\baucune correspondance\b", r"\b(?:pas pu|pas ete en mesure d'?e?) (?:\S+ )?(?:rapprocher|associer|faire correspondre)",
        r"\bkeine (?:ubereinstimmung|ubereinstimmungen|treffer)\b", r"\b(?:konnten|konnen|kann|konnte) (?:\S+ ){0,8}nicht (?:\S+ ){0,3}(?:zuordnen|zugeordnet)", r"\bkeine[mnrs]? (?:\S+ ){0,2}(?:zuordnen|zugeordnet|zuzuordnen)\b",
        r"\bnenhuma correspondencia\b", r"\bnao corresponde(?:m)? a (?:nenhum|ninguem)", r"\bnao (?:conseguimos|foi possivel) (?:\S+ )?(?:associar|relacionar|corresponder)",
        r"\bnessuna corrispondenza\b", r"\bnon corrispond(?:e|ono) a (?:nessun|alcun)", r"\bnon (?:siamo riusciti a|e stato possibile) (?:\S+ )?(?:associare|abbinare|ricondurre)",
        r"\bgeen (?:overeenkomst|overeenkomende|match)\w*\b", r"\b(?:kunnen|konden|kon) (?:\S+ ){0,6}niet (?:\S+ ){0,4}(?:koppelen|matchen|herleiden)",
        r"\bno (?:matching )?records?\b", r"\b(?:could|were|was|are|have|did) (?:not|unable to) (?:find|locate|identify|found|located)\b",
        r"\bnao (?:foi possivel|conseguimos) (?:localizar|encontrar|identificar)\b", r"\bno (?:ha sido|fue) posible (?:localizar|encontrar|identificar)\b",
        r"\bpas (?:pu|ete en mesure de) (?:trouver|identifier|localiser)\b", r"\bnon (?:e stato possibile|siamo riusciti a) (?:trovare|individuare)\b",
        r"\bkonnten (?:\S+ ){0,3}nicht (?:finden|ermitteln|zuordnen)\b", r"\bniet (?:kunnen )?(?:vinden|terugvinden)\b",
        r"\bne (?:detenons|possedons|conservons) aucune\b",
        r"\bunable to (?:find|locate|identify) (?:any )?(?:records?|information|data|a profile|a match|you)",
        r"\bdo(?:es)? not (?:have|hold|maintain|store) any (?:personal )?(?:information|data|records?)\b",
        r"\b(?:do(?:es)? not|don't|doesn't|no longer|never) (?:have|hold|maintain|store|possess|retain|keep|process) any (?:\S+ ){0,2}(?:information|data|records?|profiles?|listings?)\b",
        r"\b(?:there is|there's|we have|we found) nothing (?:to (?:delete|remove|erase|suppress)|about you)\b",
        r"\bno (?:se )?(?:han |ha |hemos |pudimos |pudo )?(?:localiz|encontr|identific|ubic)\w* (?:\S+ ){0,3}(?:ningun|ninguna|datos|informacion|registros?|perfil)",
        r"\bno (?:personal )?(?:information|data|profile|listing) (?:about|on|for|associated|matching|related)",
        r"\bno (?:hemos encontrado|encontramos|se (?:han )?encontrad[oa]s?|tenemos|disponemos de|consta|constan) (?:\S+ ){0,2}(?:ningun|ninguna|datos|informacion|registros?|perfil)",
        r"\bningun (?:registro|dato|perfil|resultado)\b", r"\bno (?:figura|aparece|consta)n? (?:\S+ ){0,3}(?:base de datos|registros)",
        r"\baucun(?:e)? (?:donnee|information|enregistrement|profil|fiche|resultat)", r"\bn'avons (?:pas )?(?:trouve|identifie)\b",
        r"\bkeine (?:\S+ ){0,2}(?:daten|eintrage|informationen|datensatze|angaben) (?:zu|uber|von|gefunden|gespeichert|vorhanden)",
        r"\bnao (?:encontramos|foram encontrad|localizamos|temos|possuimos) (?:\S+ ){0,2}(?:nenhum|dados|registros?|informacoes)",
        r"\bnenhum (?:registro|dado|perfil|resultado)\b",
        r"\bnessun (?:dato|record|risultato|profilo)\b", r"\bnon (?:abbiamo trovato|risulta(?:no)?|trattiamo) (?:\S+ ){0,2}(?:dat|alcun|nessun|record|profil)",
        r"\bgeen (?:\S+ ){0,2}(?:\w*gegevens|informatie|records|profiel) (?:gevonden|over|van|aangetroffen|verwerkt)",
        r"\bgeen (?:\S+ ){0,8}?(?:gevonden|aangetroffen)\b",  # "geen persoonsgegevens over u in onze bestanden aangetroffen"
        r"\bno (?:results?|matches|match|hits) (?:for|found|matching|were found)\b", r"\bnothing (?:we can|we could|to) (?:delete|remove|suppress|erase|opt out)\b",
        r"\bno (?:hemos )?encontr\w* (?:\S+ ){0,4}(?:informacion|datos|registros?|perfil|nada)\b", r"\b(?:rien|aucune? (?:trace|entree)) (?:\S+ ){0,3}(?:trouve|identifie)",
        r"\bkeine[nmrs]? (?:\S+ ){0,2}(?:eintrag|eintrage|datensatz|datensatze|daten|treffer|informationen|angaben)\b.{0,40}\b(?:finden|gefunden|vorhanden|gespeichert|ermitteln|ermittelt)\b",
        r"\bnichts (?:\S+ ){0,3}(?:gefunden|finden|gespeichert)\b", r"\bnada (?:\S+ ){0,3}(?:encontrad|localizad)", r"\bnon (?:abbiamo trovato|risulta) (?:nulla|niente)\b",
        r"\bniets (?:\S+ ){0,4}(?:kunnen )?(?:vinden|gevonden|aantreffen|aangetroffen)\b",
        r"\bniet (?:gevonden|aangetroffen)\b",
    )),
    # GDPR Art. 12(5) (branch r30, set R): a request found "manifestly unfounded or excessive", most often for
    # being repeated, is refused on that ground (its complaint goes to the supervisory authority); said as
    # what the broker may do ("where requests are manifestly excessive we may refuse") it is none (``_refusal``)
    ("manifestly unfounded or excessive", _rx(
        r"\bmanifestly (?:unfounded|excessive|vexatious)\b", r"\bmanifiestamente (?:infundad|excesiv)[oa]s?\b",
        r"\bmanifestement (?:infondee?s?|excessi(?:f|fs|ve|ves))\b", r"\b(?:offenkundig|offensichtlich) (?:unbegrundet|exzessiv)\w*",
        r"\bmanifestamente (?:infundad|excessiv)[oa]s?\b", r"\bmanifestamente (?:infondat|eccessiv)[aoie]\b",
        r"\bkennelijk (?:ongegrond|buitensporig)\w*",
    )),
    ("declined", _rx(
        r"\b(?:deny|denied|decline|declined|reject|rejected|cannot honou?r|can ?not honou?r|unable to honou?r|cannot process|unable to process|unable to fulfill|cannot fulfill|not able to (?:honou?r|process|fulfill))"
        r" (?:your|this|the) (?:request|deletion|opt-?out|removal)(?! (?:without|until|unless|at this time without))",
        r"\b(?:unable|not able|cannot|can't|can not|will not|won't|are not able|must not) (?:to )?(?:delete|remove|erase) (?:your|this|the|any)\b",
        r"\b(?:will|shall|are|be) not (?:be )?(?:deleting|removing|erasing|honou?ring|processing|fulfilling) (?:your|the|this|any)\b",
        # the passive: "your request has been denied", "the request was rejected"
        r"\b(?:request|deletion|opt-?out|removal|application)s? (?:has been|have been|was|were|is|are) (?:hereby |therefore )?(?:denied|declined|rejected|refused)\b",
        # "we did not delete your profile", "we have not removed it"
        r"\b(?:we|i) (?:did|do|have|will|shall|would) not (?:\S+ )?(?:delete|deleted|remove|removed|erase|erased|suppress|suppressed)\b",
        r"\b(?:cannot|can't|can ?not|unable to|not able to|do not|don't) (?:process|accept|honou?r|fulfill|act on) (?:\S+ ){0,2}requests? (?:submitted |sent |made |received )?(?:by|via|through|over) e-?mail",
        r"\bno (?:podemos|es posible|nos es posible) (?:atender|dar curso a|tramitar|procesar|aceptar) (?:solicitudes|peticiones|sus|esta|esa|las)\b",
        r"\b(?:ha sido|han sido|fue|fueron|queda|resulto|es) (?:\S+ )?(?:rechazad|denegad|desestimad|improcedente)",
        r"\bne (?:pouvons|pourrons|pouvoir|pouvant) (?:pas )?(?:y )?(?:faire droit|donner (?:une )?suite|accueillir)",
        r"\bnon (?:puo|possono|potra|potranno) essere (?:accolt|evas|soddisfatt)",
        r"\bnao (?:pode|podem|podera) ser (?:atendid|aceite|deferid)",
        r"\bkann (?:\S+ ){0,3}nicht (?:entsprochen|nachgekommen|stattgegeben)",
        r"\b(?:request|deletion|removal)s? (?:\S+ ){0,4}(?:cannot|can not|can't|will not|won't) be (?:honou?red|processed|fulfilled|granted|completed|actioned)\b",
        r"\bnot (?:one |something )?(?:that )?(?:we are|we're) (?:\S+ )?(?:required|obligated|obliged|able) to (?:honou?r|fulfill|fulfil|process|delete|comply)",
        r"\b(?:will|shall) continue to (?:be )?(?:use|used|process|processed|sell|sold|display|displayed|retain|retained)\b",
        r"\bne (?:peut|pourra|saurait) (?:pas )?(?:aboutir|etre (?:satisfaite|acceptee|traitee|accueillie))",
        r"\bno (?:puede|podra) (?:prosperar|ser (?:atendida|tramitada|aceptada|procesada))",
        r"\bnon (?:puo|potra) (?:avere seguito|essere (?:accolta|soddisfatta|evasa))", r"\bkan (?:\S+ ){0,2}niet (?:worden )?(?:ingewilligd|gehonoreerd|uitgevoerd)",
        r"\bno (?:podemos|es posible|nos es posible) (?:eliminar|borrar|suprimir|retirar)\b", r"\bne (?:pouvons|pourrons) pas (?:supprimer|effacer|retirer)\b",
        r"\bkonnen (?:\S+ ){0,4}nicht (?:loschen|entfernen)\b", r"\bnao (?:podemos|e possivel) (?:excluir|eliminar|remover|apagar)\b",
        r"\bnon (?:possiamo|e possibile) (?:cancellare|eliminare|rimuovere)\b", r"\bkunnen (?:\S+ ){0,4}niet verwijderen\b",
        r"\b(?:rechazamos|denegamos|desestimamos)\b", r"\bno (?:podemos|es posible) (?:atender|dar curso a|tramitar|procesar) (?:su|tu|la)",
        r"\b(?:solicitud|peticion) (?:ha sido )?(?:rechazada|denegada|desestimada)\b",
        r"\b(?:refusons|rejetons)\b", r"\bne (?:pouvons|pourrons) pas (?:donner suite|traiter|accepter)",
        r"\bdemande (?:a ete|est) (?:rejetee|refusee)\b",
        r"\blehnen (?:\S+ ){0,4}ab\b", r"\babgelehnt\b", r"\bkonnen (?:\S+ ){0,4}nicht (?:nachkommen|entsprechen|bearbeiten)",
        r"\b(?:recusamos|indeferimos)\b", r"\b(?:indeferid|recusad|rejeitad)[oa]\b", r"\bnao (?:podemos|e possivel) (?:atender|processar|dar seguimento)",
        r"\b(?:rifiutiamo|respingiamo)\b", r"\b(?:respinta|rifiutata|rigettata)\b", r"\bnon (?:possiamo|e possibile) (?:dare seguito|accogliere|elaborare)",
        r"\bwijzen (?:\S+ ){0,4}af\b", r"\bafgewezen\b", r"\bkunnen (?:\S+ ){0,4}niet (?:in behandeling nemen|honoreren|uitvoeren)",
    )),
]

#: "Your request has been closed": a refusal when nothing says the work was done (a solved ticket
#: that is closed after a deletion is a confirmation).
_CLOSED = _rx(
    r"\b(?:request|ticket|case) (?:has been|was|is|is now|has now been) (?:closed|cancell?ed|withdrawn)\b", r"\b(?:closed|closing) (?:your|this) (?:request|ticket|case)\b",
    r"\b(?:solicitud|peticion|caso) (?:ha sido|fue|queda|se ha) (?:cerrad[oa]|cancelad[oa]|archivad[oa])\b",
    r"\b(?:solicitud|peticion|caso|ticket) (?:\S+ ){0,2}(?:se cerro|se ha cerrado|quedo cerrad[oa]|se archivo)\b",  # r32: "su caso se cerró"
    r"\b(?:запрос|заявка|обращение|запит|звернення) (?:\S+ )?(?:закрыт[ао]?|закрито|закрили)\b",  # r32 (set S uk-02)
    r"\b(?:(?:hemos|he) (?:cerrado|archivado)|cerramos|archivamos) (?:su|tu|la|esta) (?:solicitud|peticion|caso)\b", r"\b(?:avons|ai) (?:clos|cloture|ferme|classe) (?:votre|la|cette) demande\b",
    r"\brichiesta (?:\S+ ){0,2}(?:e stata|viene) (?:\S+ )?(?:chiusa|archiviata)\b",
    r"\bdemande (?:a ete|est) (?:close|cloturee|fermee|classee|annulee)\b",
    r"\b(?:anfrage|antrag|vorgang|ticket) (?:wurde|ist) (?:daher )?(?:geschlossen|eingestellt)\b",
    r"\b(?:wurde|ist) (?:ihre|ihr|die|der|das) (?:anfrage|antrag|vorgang|ticket) (?:\S+ ){0,3}(?:geschlossen|eingestellt)\b",  # r21: "wurde Ihre Anfrage … geschlossen"
    r"\b(?:solicitacao|pedido|chamado) (?:foi|esta) (?:encerrad[oa]|fechad[oa]|cancelad[oa])\b",
    r"\brichiesta (?:e stata|viene) (?:chiusa|archiviata|annullata)\b",
    r"\b(?:verzoek|aanvraag|ticket) (?:is|wordt) (?:daarom )?(?:gesloten|afgesloten)\b",
)
#: A ticket whose status says solved, which tells nothing of what was done.
_SOLVED = _rx(
    r"\b(?:request|ticket|case)s? (?:\S+ ){0,2}(?:has been|was|is|is now|has now been|marked as) (?:solved|resolved)\b",
    # Zendesk-style: the ticket's title quoted between the ticket and its status, or "Request #123: Solved"
    r"\b(?:request|ticket|case)s? (?:#?\w+ )?[\"\u201c\u201d][^\"\u201c\u201d\n]{1,160}[\"\u201c\u201d] (?:has been|was|is|is now|has now been|marked as) (?:solved|resolved)\b",
    r"\b(?:request|ticket|case) #?\d{2,} ?[:\-\u2013] ?(?:solved|resolved)\b",
    r"\b(?:solicitud|ticket|caso|peticion) (?:\S+ ){0,2}(?:ha sido|fue|esta|se ha) (?:resuelt|solucionad)[oa]\b",
    r"\b(?:demande|ticket) (?:\S+ ){0,2}(?:a ete|est) (?:resolue?|traitee? et fermee?)\b",
    r"\b(?:anfrage|ticket|vorgang) (?:\S+ ){0,2}(?:wurde|ist) (?:gelost|erledigt)\b",
    r"\b(?:solicitacao|pedido|chamado|ticket) (?:\S+ ){0,2}(?:foi|esta) (?:resolvid|solucionad)[oa]\b",
    r"\b(?:richiesta|ticket) (?:\S+ ){0,2}(?:e stata|e stato|risulta) (?:risolt|chius[oa] come risolt)[oa]?\b",
    r"\b(?:verzoek|ticket|aanvraag) (?:\S+ ){0,2}is (?:opgelost|afgehandeld als opgelost)\b",
    # branch r32 (set S): a help desk's status line ("Your request status changed to Resolved", Jira's
    # "Resolution: Done"), and a person's "we took care of it" / "ya nos encargamos" with nothing named:
    # something was handled, the mail does not say what (a deletion said beside them is read first); never in
    # a when-clause ("we'll email you when it's been handled" is a receipt)
    r"\b(?:request|ticket|case) status (?:changed|was changed|has changed|updated|was updated|set) to (?:solved|resolved|closed|done)\b",
    r"\bestado de (?:la |su )?(?:solicitud|ticket|caso) (?:cambio|se cambio|se actualizo) a (?:resuelt[oa]|cerrad[oa]|solucionad[oa])\b",
    r"\bresolu(?:tion|cion|cao|zione) ?: ?(?:done|fixed|handled|resolved|hecho|resuelto|feito|resolvido|fatto|risolto)\b",
    r"(?<!\bwhen )(?<!\bonce )(?<!\bafter )(?<!\bif )(?<!\buntil )(?<!\bsoon as )(?<!\bbefore )\b(?:we(?:'ve| have)? took|we(?:'ve| have) taken|we took|we have taken) care of (?:it|this|that|your request|the request)(?: for you)?(?=\s*(?:[.!]|$))",
    r"(?<!\bwhen )(?<!\bonce )(?<!\bafter )(?<!\bif )(?<!\buntil )(?<!\bsoon as )(?<!\bbefore )\b(?:it|this|that|your request)(?:'s| has| is) (?:been )?(?:taken care of|handled)(?: for you)?(?=\s*(?:[.!]|$))",
    r"\bya (?:nos encargamos|nos ocupamos|lo resolvimos|quedo resuelto|esta resuelto|lo atendimos)\b(?! de (?:su|la) solicitud)",
    r"\bnous (?:nous )?en sommes occupes\b", r"\bc'est (?:regle|fait)(?=\s*(?:[.!]|$))", r"\b(?:ja )?(?:cuidamos disso|resolvemos isso)\b",
)
#: With a closed request, words that say nothing was done: then the closure is a refusal.
_NOTHING_DONE = _rx(
    r"\bwithout (?:any )?(?:action|changes?|further action|being processed)\b", r"\bno (?:action|changes?) (?:was|were|has been|have been) (?:taken|made)\b",
    r"\bsin (?:realizar |efectuar |hacer |tomar )?(?:ningun |ninguna )?(?:cambios?|modificacion|accion|tramite)\b",
    r"\bsem (?:tomar|realizar) (?:nenhuma |qualquer )?(?:acao|medida)\b", r"\bsans (?:aucune|prendre aucune) (?:action|mesure)\b",  # r32
    r"\bбез (?:каких-либо |жодних |будь-яких |всяких )?(?:деиствии|д[иі]и|змін|изменении)\b",  # r32 (set S uk-02): "закрито без жодних дій"
    r"\bsans (?:suite|action|modification)\b", r"\bohne (?:weitere )?(?:bearbeitung|anderung|massnahme)",
    r"\bsem (?:qualquer )?(?:alteracao|alteracoes|acao)\b", r"\bsenza (?:alcuna )?(?:modifica|azione|seguito)\b",
    r"\bzonder (?:dat |verdere )?(?:actie|wijziging|gegevens)",
    # branch r21 (set M): "closed without taking action", "closed due to inactivity", "no se hizo ningún cambio"
    r"\bwithout (?:taking|having taken|making) (?:any )?(?:action|changes?)\b", r"\b(?:due to|for|because of) (?:\S+ )?(?:inactivity|no response|lack of (?:a )?response)\b",
    r"\bno (?:changes?|action) (?:to|on|in) (?:\S+ ){0,3}(?:was|were|has been|have been) (?:taken|made)\b",
    r"\b(?:por|debido a la) (?:inactividad|falta de respuesta)\b", r"\bno se (?:hizo|realizo|efectuo|ha hecho|han hecho|hicieron|realizaron) (?:ningun|ninguna|cambio|cambios|modificacion)",
    r"\b(?:pour|faute d'|en raison de l')(?:\s)?(?:inactivite|absence de reponse|reponse)\b", r"\baucune (?:modification|action|suite) n'a ete\b",
    r"\b(?:wegen|aufgrund) (?:von )?(?:inaktivitat|fehlender ruckmeldung)\b", r"\bkeine (?:anderungen|massnahmen) (?:\S+ ){0,3}(?:vorgenommen|ergriffen)\b",
    r"\bpor (?:inatividade|falta de resposta)\b", r"\bnenhuma (?:alteracao|acao|mudanca) (?:foi|\S+ foi) (?:feita|realizada|tomada)\b",
    r"\bper (?:inattivita|mancata risposta)\b", r"\bnessuna (?:modifica|azione) (?:e stata|\S+ e stata) (?:apportata|intrapresa|effettuata)\b",
    r"\bwegens (?:inactiviteit|geen reactie)\b", r"\bgeen (?:wijzigingen|actie) (?:\S+ ){0,3}(?:aangebracht|ondernomen)\b",
)
_NEEDS_ID = _rx(
    r"\bcopy of (?:\S+ ){0,3}?(?:id|identification|id card|identity card|identity document)\b",
    # an authorised agent's proof (CCPA regs. §7063): the consumer's signed permission, a power of attorney
    r"\b(?:signed|written) (?:\S+ ){0,2}(?:permission|authori[sz]ation|consent|mandate)\b", r"\bpower of attorney\b",
    r"\bproof (?:of|that) (?:\S+ ){0,3}(?:authori[sz]|permission|agent|mandate)",
    r"\b(?:poder notarial|carta poder|autorizacion (?:firmada|escrita|expresa))\b", r"\b(?:procuration|mandat (?:signe|ecrit)|autorisation (?:signee|ecrite))\b",
    r"\b(?:vollmacht|unterschriebene (?:einwilligung|erklarung|genehmigung))\b", r"\b(?:procuracao|autorizacao (?:assinada|escrita))\b",
    r"\b(?:delega (?:firmata|scritta)|procura (?:firmata|speciale|notarile)|autorizzazione (?:firmata|scritta))\b",
    r"\b(?:machtiging|volmacht|schriftelijke toestemming|ondertekende toestemming)\b",
    r"\bdocumento (?:\S+ )?(?:di|d') ?(?:riconoscimento|identita)\b", r"\bpatente di guida\b", r"\bcarta (?:di |d')identita\b",
    r"\b(?:(?<!\d )(?<!kilku )(?<!paru )dni(?! robocz)|cedula de identidad|carnet de identidad|documento de identificacion)\b", r"\bcarte (?:nationale )?d'identite\b", r"\bpasseport\b", r"\btitre de sejour\b",
    r"\b(?:lichtbildausweis|fuhrerschein|ausweiskopie)\b", r"\b(?:cartao de cidadao|carteira de identidade|bilhete de identidade|carteira de motorista)\b",
    r"\b(?:paspoort|rijbewijs|id-kaart|identiteitskaart)\b",
    r"\bgovernment[- ]issued\b", r"\bselfie\b", r"\bdocumento com foto\b", r"\bphoto id\b", r"\bdriver'?s?'? licen[cs]e\b",
    r"\bpasaporte\b", r"\bcredencial (?:para votar|de elector)\b", r"\bpassport\b", r"\bstate id\b",
    r"\bproof of (?:identity|residency|residence|address)\b", r"\bcopy of (?:your|an?) (?:id|identification)\b",
    r"\bidentity document\b", r"\b(?:upload|attach|send|provide) (?:us )?(?:a|your) (?:copy of (?:a|your) )?(?:id|identification)\b",
    r"\b(?:copia|foto|imagen|escaneo) (?:\S+ ){0,2}(?:documento|dni|pasaporte|identificacion|cedula|licencia|nie)\b",
    r"\bdocumento (?:oficial |nacional )?de identi(?:dad|ficacion)\b", r"\bidentificacion oficial\b", r"\bcomprobante de domicilio\b",
    r"\bpiece d'identite\b", r"\bcopie (?:\S+ ){0,2}(?:carte d'identite|passeport|titre de sejour)\b", r"\bjustificatif (?:d'identite|de domicile)\b",
    r"\b(?:personal)?ausweis(?:kopie|dokument|es)?\b", r"\breisepass\b", r"\bidentitatsnachweis\b",
    r"\bdocumento de identi(?:dade|ficacao)\b", r"\bcopia (?:\S+ ){0,2}(?:rg|cpf|passaporte|cartao de cidadao|carteira de identidade)\b", r"\bcomprovante de (?:identidade|residencia|endereco)\b",
    r"\bdocumento (?:d'|di )identita\b", r"\bcarta d'identita\b", r"\bpassaporto\b",
    r"\bidentiteitsbewijs\b", r"\bkopie (?:\S+ ){0,2}(?:paspoort|rijbewijs|id-kaart|identiteitskaart)\b", r"\blegitimatiebewijs\b",
    # the other proofs of identity US brokers ask for: part of an SSN, a sworn or notarised statement
    r"\b(?:last (?:four|4)|final (?:four|4)) (?:digits )?of (?:your |the consumer'?s? )?(?:social security|ssn)\b", r"\bunder penalty of perjury\b",
    r"\bnotari[sz]ed\b", r"\bsigned (?:and dated )?(?:declaration|affidavit|sworn statement)\b", r"\bsworn (?:statement|declaration)\b",
    r"\b(?:declaracion jurada|bajo protesta de decir verdad)\b", r"\bdeclaration sur l'honneur\b", r"\beidesstattliche versicherung\b",
    r"\bdeclaracao (?:juramentada|sob as penas da lei)\b", r"\bdichiarazione sostitutiva\b", r"\bbeedigde verklaring\b",
)
#: An ask to prove who the person is, by a portal, questions or a form rather than a document:
#: ``needs_id`` unless only in a condition or a statement of what the broker will do ("we will
#: verify your identity and respond within 45 days" is a receipt).
_ID_ASK = _rx(
    r"\b(?:need|needs|must|have to|has to|required|require|requires|ask you|asking you|request that you|please) (?:\S+ ){0,2}(?:to )?(?:verify|confirm|validate|authenticate|prove|establish) (?:your|the consumer'?s?|the requester'?s?|their) identity\b",
    r"\bidentity (?:verification|questions?|check) (?:is|are) (?:required|needed|necessary|mandatory)\b",
    r"\b(?:answer|complete) (?:\S+ ){0,3}(?:identity|knowledge-based|security|verification) (?:questions|quiz)\b",
    r"\b(?:verify|confirm|validate) (?:your )?identity (?:through|via|using|on|at|in) (?:our|the) (?:\S+ )?(?:portal|website|site|form|page|partner|service)\b",
    r"\b(?:necesitamos|debemos|requerimos|es necesario|es preciso|le pedimos|le solicitamos|debe|debera|tiene que) (?:\S+ ){0,2}(?:verificar|confirmar|acreditar|validar|comprobar) (?:su|tu) identidad\b",
    r"\b(?:devons|besoin de|merci de|veuillez|necessaire de|il faut) (?:\S+ ){0,2}(?:verifier|confirmer|justifier|prouver|valider) (?:de )?votre identite\b",
    r"\b(?:mussen|benotigen|bitten sie|muss) (?:\S+ ){0,4}identitat (?:\S+ ){0,2}(?:prufen|uberprufen|bestatigen|nachweisen|verifizieren)\b",
    r"\bum ihre identitat zu (?:prufen|uberprufen|bestatigen|verifizieren)\b",
    r"\b(?:precisamos|necessitamos|e necessario|devemos|pedimos que) (?:\S+ ){0,2}(?:confirmar|verificar|validar|comprovar) (?:a )?(?:sua )?identidade\b",
    r"\b(?:dobbiamo|e necessario|abbiamo bisogno di|occorre|la preghiamo di) (?:\S+ ){0,2}(?:verificare|confermare|accertare|comprovare) la (?:sua|tua) identita\b",
    r"\b(?:moeten|nodig om|vragen wij u|vragen u) (?:\S+ ){0,3}(?:uw|je) identiteit (?:te )?(?:verifieren|vaststellen|controleren|bevestigen|aantonen)\b",
)
_ID_ASK_NOT = _rx(r"\b(?:may|might|could|will|would|once|after|when|before we (?:respond|reply))\b", r"\b(?:podremos|podriamos|podria|pourrions|pourrons|konnten|poderemos|potremmo|kunnen we)\b")
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "dos": 2, "tres": 3, "deux": 2, "trois": 3, "zwei": 2, "drei": 3,
              "dois": 2, "duas": 2, "due": 2, "tre": 3, "twee": 2, "drie": 3, "un": 1, "una": 1, "um": 1, "uma": 1,
              "ein": 1, "einen": 1, "een": 1, "uno": 1}
_DAYS = r"(?:calendar |business |working )?(?:days|dias|jours|tage|tagen|giorni|dagen)"
_MONTHS = r"(?:months?|mes(?:es)?|mois|monate?n?|meses|mesi|mese|maanden|maand)"
_EXTENDED_AMOUNT = re.compile(
    rf"\b(?:additional|extra|further|another|more|adicionales|mas|supplementaires|weitere|zusatzliche|adicionais|ulteriori|aggiuntivi|extra)? ?(\d{{1,3}}|one|two|three|dos|tres|deux|trois|zwei|drei|dois|duas|due|tre|twee|drie) "
    rf"(?:(?:additional|extra|further|more|adicionales|mas|supplementaires|weitere|zusatzliche|adicionais|ulteriori|aggiuntivi) )?({_DAYS}|{_MONTHS})"
)
_N = r"(?:\d{1,3}|one|two|three|dos|tres|deux|trois|zwei|drei|dois|duas|due|tre|twee|drie)"
_EXTENDED = _rx(
    rf"\b{_N} (?:more|additional|extra|further) (?:calendar |business |working )?(?:days|months)\b",
    rf"\b(?:additional|further|another|extra) {_N} (?:calendar |business |working )?(?:days|months)\b",
    rf"\b(?:extend(?:ed|ing)?|prolong(?:ed|ing)?|lengthen(?:ed)?) (?:\S+ ){{0,6}}by (?:up to |a further |an additional |another )?{_N} (?:calendar |business |working )?(?:days|months)\b",
    r"\b(?:deadline|time limit|time to respond|response (?:time|period|deadline)|period) (?:\S+ ){0,3}(?:is|was|has been|will be) (?:\S+ )?(?:extended|prolonged)\b",
    r"\b(?:plazo|termino) (?:\S+ ){0,8}(?:ampliad|prorrogad|extendid)[oa]\b", rf"\b(?:ampliad|prorrogad|extendid|alargad)[oa]s? (?:en|por|hasta|otros|un plazo de) (?:\S+ )?{_N}\b", r"\b(?:ampliad|prorrogad|extendid)[oa] (?:\S+ ){0,3}(?:el )?plazo\b",
    r"\b(?:prolonge|prolongee|prolonges|prolongees|allonge|allongee)\b(?: (?:\S+ ){0,2}(?:de|d'un|jusqu))",
    # French "reporté de deux mois", never Spanish "reporte de crédito" (a report: set S's first read)
    r"\breportee?s? (?:\S+ ){0,2}(?:de (?:\S+ )?(?:\d|un|une|deux|trois|jours|mois|semaines)|d'un (?:mois|delai)|jusqu)",
    r"\b(?:verlangert|verlangern|verlangerung)\b",
    r"\b(?:prorrogad[oa]|prorrogamos|estendid[oa]|ampliad[oa]) (?:\S+ ){0,3}(?:por|em|mais|ate)\b",
    r"\b(?:prorogat[oa]|esteso|estesa|prorogheremo|prorogazione) (?:\S+ ){0,3}(?:di|fino|per|a)\b",
    r"\b(?:verlengd|verlengen|verlenging) (?:\S+ ){0,3}(?:met|tot)\b",
    r"\b\d{1,3} (?:additional|more|extra|further) (?:calendar |business )?(?:days|months)\b",
    r"\bextension\b", r"\bextend(?:ed|ing)? (?:the|our) (?:time|deadline|response|period)", r"\bextending (?:the|our|this)\b",
    r"\b(?:additional|further|another) (?:\d{1,3}|two|one) (?:calendar |business )?(?:days|months)\b",
    r"\bprorroga\b", r"\b(?:ampliar|prorrogar|ampliamos|prorrogamos) (?:el )?plazo\b", r"\bdias adicionales\b",
    r"\bprolong(?:er|eons|ation)\b", r"\bjours supplementaires\b", r"\bmois supplementaires\b",
    r"\bverlanger(?:n|ung)\b", r"\bfristverlangerung\b", r"\bweitere (?:\d{1,3}|zwei) (?:tage|monate)\b",
    r"\bprorroga(?:r|cao|mos)\b", r"\bdias adicionais\b", r"\bmeses adicionais\b",
    r"\bproroga(?:re|to)?\b", r"\bulteriori (?:\d{1,3}|due) (?:giorni|mesi)\b",
    r"\bverleng(?:en|ing|d)\b", r"\bextra (?:\d{1,3}|twee) (?:dagen|maanden)\b",
)
_VERIFY = _rx(
    r"\b(?:one (?:last|more|final) step|last step|final step)\b", r"\b(?:this|the) link (?:will )?expires?\b",
    r"\b(?:solo )?falta un paso\b", r"\bultimo paso\b", r"\b(?:el|este) enlace (?:caduca|expira|vence)\b", r"\bderniere etape\b", r"\bce lien expire\b",
    r"\bletzter schritt\b", r"\b(?:der )?link (?:ist|lauft) (?:\S+ ){0,3}(?:gultig|ab)\b", r"\bultimo passo\b", r"\bil link scade\b", r"\bultimo passo\b",
    r"\bo link expira\b", r"\blaatste stap\b", r"\bde link verloopt\b",
    r"\b(?:please |kindly )?(?:click|tap|press|follow|open|use|visit|select)(?: on)? (?:the |this |that )?(?:link|button|below|here|url)\b",
    r"\b(?:please |kindly |must |need to |to )(?:confirm|verify|validate|complete|activate|finali[sz]e|finish) (?:your|this|the|that|it|you|each)\b",
    r"\b(?:to )?(?:confirm|verify|validate|complete|finish|finali[sz]e) (?:your|this|the|each|that) (?:\S+ )?(?:request|opt-?out|removal|deletion|record|listing|profile)s?,? (?:go to|visit|open|click|follow)\b",
    r"\b(?:confirm|verify|validate) (?:the|each) (?:\S+ )?(?:request|removal|deletion|opt-?out|record|listing)s?\b",
    r"\b(?:confirm|verify|validate) (?:your|this) (?:request|e-?mail|address|opt-?out|removal|deletion|submission)\b",
    r"\b(?:verification|confirmation|activation) link\b", r"\blink (?:below|above) to (?:confirm|verify|complete)\b",
    r"\b(?:haz|haga|pulse|pulsa|presione|da) clic\b", r"\b(?:confirma|confirme|verifica|verifique|valida|valide) (?:tu|su|la|el) (?:solicitud|correo|direccion|e-?mail|peticion|baja)",
    r"\bpara (?:confirmar|verificar|validar|completar|finalizar) (?:tu|su|la|el)\b", r"\benlace de (?:confirmacion|verificacion|validacion)\b",
    r"\bcliquez (?:sur|ici)\b", r"\b(?:confirmez|validez|verifiez|confirmer|valider|verifier) (?:votre|la|cette)\b", r"\bpour (?:confirmer|valider|verifier|finaliser)\b", r"\blien de (?:confirmation|verification|validation)\b",
    r"\bklicken sie\b", r"\b(?:bestatigen|verifizieren) sie (?:ihre|ihren|die|den|diese)\b", r"\bzu bestatigen\b", r"\b(?:bestatigungs|verifizierungs)-?link\b",
    r"\bclique (?:no|aqui|abaixo|em|neste)\b", r"\b(?:confirme|verifique|valide) (?:a sua|sua|o seu|seu|o|a)\b", r"\bpara (?:confirmar|verificar|validar)\b", r"\blink de (?:confirmacao|verificacao|validacao)\b",
    r"\b(?:clicca|clicchi|fai clic|faccia clic)\b", r"\b(?:conferma|confermi|verifica|verifichi|convalida) (?:la tua|la sua|il tuo|il suo|la|il)\b", r"\bper (?:confermare|verificare|convalidare|completare)\b", r"\blink di (?:conferma|verifica)\b",
    r"\bklik op\b", r"\b(?:bevestig|verifieer) (?:je|uw|het|de)\b", r"\bte (?:bevestigen|verifieren)\b", r"\b(?:bevestigings|verificatie)link\b",
)
_NEEDS_INFO = _rx(
    r"\b(?:please|kindly|could you|can you|would you) (?:\S+ )?(?:send|provide|share|forward|give|tell|specify|clarify|reply with) (?:us |me )?(?:the|your|a|which|what|where)\b",
    r"\bwhich (?:profile|listing|record|person|page|entry|one|address)s? (?:did|do|would|should) you\b",
    r"\bnos (?:confirmas|confirma|indicas|indica|envias|envia|dices|dice|compartes|comparte)\b[^.?!]{0,100}\?",  # a question, not "que nos indica" r"\b(?:cual|que) (?:perfil|ficha|registro) (?:quieres|desea|deseas|quiere)\b",
    r"\b(?:need|require|requires|needs) (?:some |more |additional |further |the following )(?:information|details|info)\b",
    r"\b(?:please|kindly) (?:provide|send us|reply with|tell us|let us know|confirm (?:your|the) (?:full |current |mailing )?(?:name|address|phone|date))",
    r"\bcould you (?:please )?(?:provide|send|confirm|tell|let us know)\b", r"\bkunt u (?:ons )?(?:laten weten|doorgeven|bevestigen|aangeven)\b",
    r"\bkonnen sie uns (?:\S+ ){0,3}(?:mitteilen|nennen|bestatigen)\b", r"\bpourriez-vous (?:nous )?(?:indiquer|preciser|confirmer)\b", r"\breply (?:to this (?:e-?mail|message) )?with (?:your|the)\b",
    r"\bby replying\b", r"\breply(?:ing)? (?:yes|\"yes\")\b", r"\bso (?:that )?we can (?:locate|find|identify|match)\b",
    # branch r30 (set R en-40): an adtech firm that keys its data by device asks for the advertising ID
    r"\bsend us (?:the |your |their )?(?:\S+ )?(?:advertising|device|mobile ad(?:vertising)?|ad) (?:id|identifier)s?\b", r"\benvienos (?:el|su) identificador (?:de )?(?:publicidad|publicitario|del dispositivo)\b",
    r"\benvie-nos o identificador (?:de )?(?:publicidade|do dispositivo)\b", r"\benvoyez-nous (?:l'|votre )identifiant (?:publicitaire|de l'appareil)\b", r"\bsenden sie uns (?:die|ihre) werbe-?id\b",
    r"\bnos (?:podria|puede|podrias|puedes) (?:confirmar|indicar|enviar|facilitar|proporcionar)\b",
    # a polite ask with the pronoun joined to the verb ("¿Podría enviarnos el enlace…?", "poderia nos enviar")
    r"\b(?:podria|puede|podrias|puedes|podrian|pueden)(?: usted)? (?:enviarnos|indicarnos|facilitarnos|proporcionarnos|confirmarnos|decirnos|mandarnos|remitirnos|compartirnos|darnos)\b",
    r"\b(?:poderia|pode|poderiam|podem)(?: (?:o senhor|a senhora|voce))? (?:nos (?:enviar|informar|indicar|fornecer|confirmar|mandar)|(?:enviar|informar|indicar|fornecer|confirmar|mandar)-nos)\b",
    r"\bpourriez-vous (?:nous )?(?:envoyer|faire parvenir|transmettre|communiquer)\b", r"\bpotrebbe (?:inviarci|indicarci|fornirci|comunicarci|confermarci|mandarci)\b", r"\bunable to (?:process|locate) your request without\b",
    r"\b(?:necesitamos|requerimos) (?:\S+ ){0,2}(?:informacion|datos)\b", r"\b(?:por favor,? )?(?:proporcione|proporcionenos|envienos|indiquenos|facilitenos|indique|responda con)\b", r"\binformacion adicional\b",
    r"\b(?:merci de|veuillez|pourriez-vous) (?:nous )?(?:fournir|communiquer|preciser|indiquer|transmettre)", r"\binformations? (?:complementaires?|supplementaires?)\b",
    r"\bbitte (?:teilen|senden|nennen|ubermitteln|geben) sie\b", r"\b(?:weitere|zusatzliche) (?:informationen|angaben)\b",
    r"\b(?:por favor,? )?(?:forneca|envie-nos|informe|indique|nos envie)\b", r"\binformacoes adicionais\b", r"\bmais informacoes\b",
    r"\b(?:la preghiamo di|si prega di|ci (?:fornisca|indichi|invii|comunichi))\b", r"\b(?:ulteriori|maggiori) informazioni\b",
    r"\b(?:graag|gelieve|wilt u)\b(?:.{0,60})\b(?:toesturen|doorgeven|verstrekken|aanvullen|sturen)\b", r"\baanvullende (?:informatie|gegevens)\b",
)
#: German and Dutch put the participle at the end of the clause, as far from the auxiliary as the
#: clause is long ("wir haben Ihre Daten gemäß Art. 17 DSGVO gelöscht"): up to sixteen words, in one
#: sentence (``_confirmed`` reads sentence by sentence), for the verbs of deleting only. The words
#: between may not join another clause, nor be a future or modal verb ("wij hebben uw verzoek
#: ontvangen en zullen uw gegevens … verwijderd hebben" is a promise, not a deletion).
_VF = (r"(?:(?!(?:und|oder|aber|sondern|doch|dass|ob|wird|werden|sollen|soll|mussen|muss|konnen|kann|wenn|falls|sobald|nachdem"
       r"|en|of|maar|want|dat|zullen|zal|moeten|moet|kunnen|kan|zodra|indien|nadat)\b)\S+ ){0,16}?")
#: No word between a success phrase's parts may be a negation: "wir haben Ihre Daten nicht gelöscht",
#: "wij hebben uw gegevens niet verwijderd" and "we have not deleted" are no success (the gap would
#: otherwise swallow the "nicht" that the sentence's negation check looks for).
_NEG_WORD = r"(?:not|never|nicht|kein|keine|keinen|keiner|noch|niemals|niet|geen|nog|nooit|no|ni|nunca|jamas|jamais|pas|nao|non|nie)"  # Italian "mai" comes with "non"; alone it is May
_GAP = rf"(?:(?!{_NEG_WORD}\b)\S+ )"
#: Spanish and Portuguese "eliminamos", "borramos", "apagamos" are the present as well as the past:
#: no report after a word of habit ("normalmente eliminamos …") nor before a time limit ("apagamos os
#: dados em até 15 dias", "… en un plazo de 30 días"), as for "completamos la supresión" (branch r22).
_NOT_HABIT = "".join(rf"(?<!\b{w} )" for w in ("normalmente", "siempre", "habitualmente", "generalmente", "sempre", "geralmente", "usualmente", "solo", "so"))
_NOT_A_TERM = r"(?![^.;]{0,80}\b(?:plazo|prazo|dentro de|dias|habiles|uteis)\b)"
_CONFIRMED = _rx(*(_p.replace("(?:\\S+ )", _GAP) for _p in (
    rf"\b(?:haben|hat|habe|wurde|wurden|ist|sind) {_VF}(?:geloscht|entfernt|gesperrt|vernichtet|anonymisiert)(?: worden)?\b",
    rf"\b(?:hebben|heeft|heb|is|zijn|werd|werden) {_VF}(?:verwijderd|gewist|vernietigd|geanonimiseerd|offline (?:gehaald|gezet|genomen))(?: geworden)?\b",
    # taken offline, in every language: the listing itself is gone
    r"\b(?:taken|put|gone) offline\b", r"\boffline (?:gehaald|gezet|genomen)\b", r"\bmise? hors ligne\b",
    r"\b(?:retirad|quitad)[oa]s? de (?:internet|linea|la web)\b", r"\b(?:retirad|tirad|removid)[oa]s? do ar\b", r"\b(?:mess|tolt)[oaie] offline\b",
    r"\b(?:has|have) (?:now )?been (?:successfully |permanently )?(?:deleted|removed|erased|suppressed|opted out|processed|completed|honou?red|fulfilled|executed)\b",
    r"\b(?:we|i) (?:have |'ve |ve )?(?:now )?(?:successfully |permanently )?(?:deleted|removed|erased|suppressed|opted you out|processed your|completed your|fulfilled your|honou?red your)\b",
    r"\b(?:request|opt-?out|deletion|removal) (?:is|was) (?:now )?(?:complete|completed|confirmed|processed|successful|fulfilled)\b",
    r"\bsuccessfully (?:deleted|removed|opted out|processed)\b", r"\bwe've (?:\S+ )?(?:deleted|removed|erased|suppressed)\b",
    r"\b(?:hemos|avons|abbiamo|haben|hebben) (?:\S+ ){0,3}(?:procedido|procede|provveduto|vorgenommen|durchgefuhrt|uitgevoerd) ?(?:a|a la|alla|al|die|de)? ?(?:supresion|eliminacion|baja|borrado|suppression|effacement|cancellazione|rimozione|eliminazione|loschung|verwijdering)?",
    r"\bprocedemos (?:a|com) (?:\S+ )?(?:exclusao|eliminacao|remocao)\b", r"\bno longer (?:appear|be (?:shown|listed|sold|visible|displayed)|visible|listed)\b",
    r"\bwill not sell\b",
    r"\b(?:has|have|was|were) (?:now )?been (?:\S+ )?(?:taken down|purged|wiped|destroyed|unpublished|delisted|unlisted|deindexed|deactivated)\b",
    r"\bno longer (?:\S+ ){0,2}(?:appear|appears|visible|listed|searchable|shown|displayed|published)\b",
    r"\b(?:request|opt-?out) (?:to )?(?:remove|delete|erase|suppress|opt out)\b (?:\S+ ){0,6}(?:was|has been|is) (?:now )?(?:successful|successfully (?:completed|processed))\b",
    r"\b(?:opt-?out|deletion|removal|erasure) (?:request )?(?:was|has been|is) (?:now )?(?:successful|successfully (?:completed|processed))\b",
    r"\b(?:deletion|removal|erasure|suppression) (?:\S+ ){0,4}(?:has been|was) (?:carried out|performed|completed|executed|effected|made)\b",
    r"\bse (?:ha|han) procedido a (?:la )?(?:supresion|eliminacion|cancelacion|baja|borrado|suprimir|eliminar|cancelar|borrar)\b",
    r"\b(?:supresion|eliminacion|cancelacion|baja|borrado) (?:\S+ ){0,4}(?:se ha (?:realizado|hecho efectiv[oa]|completado)|ha sido (?:realizad|efectuad|completad)[oa]|fue (?:realizad|efectuad)[oa])",
    r"\b(?:suppression|effacement|retrait) (?:\S+ ){0,4}a ete (?:effectuee?|realisee?|faite?|prise? en compte)\b",
    r"\b(?:loschung|entfernung|sperrung) (?:\S+ ){0,4}(?:ist|wurde) (?:erfolgt|durchgefuhrt|vorgenommen|abgeschlossen)\b",
    r"\b(?:exclusao|eliminacao|remocao|apagamento) (?:\S+ ){0,4}foi (?:efetuad|realizad|concluid)[oa]\b",
    r"\b(?:cancellazione|rimozione|eliminazione) (?:\S+ ){0,4}e stata (?:effettuat|eseguit|completat)[ao]\b",
    r"\bverwijdering (?:\S+ ){0,4}is (?:uitgevoerd|voltooid|afgerond)\b",
    # the record named with an article as well as a possessive ("encontramos y borramos la ficha de
    # <name>", "dimos de baja el registro a nombre de …"; branch r22); the form is also the present,
    # so not a habit ("normalmente borramos …") nor before a time limit ("… en un plazo de 30 días")
    rf"{_NOT_HABIT}\b(?:borramos|suprimimos|eliminamos|retiramos|ocultamos|quitamos|dimos de baja) (?:tu|su|sus|tus|la|el|los|las) (?:ficha|perfil|datos|informacion|registro|expediente|anuncio)s?\b{_NOT_A_TERM}",
    # branch r30 (set R): the perfect of "retirar" / "quitar" / "ocultar" with the listing as its object ("hemos
    # retirado el listado de su clienta"; never "hemos retirado su solicitud"), and a person's own "ya la borré"
    # (folded "borre", so never after "que": "le pido que ya la borre" asks)
    r"\bhemos (?:\S+ )?(?:retirado|quitado|ocultado) (?:tu|su|sus|tus|la|el|los|las) (?:ficha|perfil|datos|informacion|registro|expediente|anuncio|listado|publicacion)s?\b",
    r"(?<!\bque )\bya (?:la|lo|los|las) (?:borre|elimine|quite|retire|suprimi|di de baja)\b",
    r"\b(?:we|i)(?:'ve| have)? (?:gone ahead and|went ahead and|already|now) (?:\S+ )?(?:deleted|removed|erased|suppressed|opted you out|unlisted)\b",
    r"\b(?:is|are) now (?:\S+ )?(?:suppressed|removed|deleted|opted out|unlisted|hidden)\b",
    # a third person's perfect ("Acme has deleted the information"; a negation in the sentence voids it)
    # — of the person's data, not of "the ability to opt out by e-mail"
    r"\b(?:has|have) (?:now )?(?:successfully |permanently |fully )?(?:deleted|removed|erased|purged|suppressed) (?:\S+ ){0,3}?"
    r"(?:information|data|records?|listings?|profiles?|details|entr(?:y|ies)|files?|pages?|reports?|you|her|him)\b",
    # the simple past passive, of the person's data named a few words before ("the records tied to
    # the details below were erased"; "your duplicate request was deleted" says nothing of the data)
    r"\b(?:information|data|records?|listings?|profiles?|details|entr(?:y|ies)|files?|pages?|reports?|you)\b (?:\S+ ){0,8}?"
    r"(?:was|were) (?:now |successfully |permanently |fully |all |both )?(?:deleted|removed|erased|purged|suppressed|taken down)\b",
    # the removal itself named as done ("we have completed the removal of the profile", "the deletion is complete")
    r"\b(?:completed|carried out|performed|executed|finished|finali[sz]ed|processed|effected) (?:the|your) (?:\S+ )?(?:removal|deletion|erasure|suppression|opt-?out)\b",
    r"\b(?:removal|deletion|erasure|suppression|opt-?out) (?:of (?:\S+ ){1,4})?(?:is|was|has been) (?:now )?(?:complete|completed|done|finished)\b",
    r"\b(?:ha|han) (?:\S+ )?(?:eliminado|borrado|suprimido|cancelado|retirado) (?:sus|tus|su|tu|los|la|el|toda|todos)\b",
    r"\ba (?:\S+ )?(?:supprime|efface|retire) (?:vos|votre|les|la|le|l'ensemble)\b",
    r"\bhat (?:\S+ ){0,4}(?:geloscht|entfernt|gesperrt)\b",
    r"\b(?:excluiu|removeu|eliminou|apagou) (?:os |as |o |a |seus |suas |todos )",
    r"\bha (?:\S+ )?(?:cancellato|eliminato|rimosso) (?:i |il |la |le |tutti )",
    r"\bheeft (?:\S+ ){0,4}(?:verwijderd|gewist)\b",
    r"\b(?:won't|will not|will no longer) be (?:shown|displayed|visible|listed|sold|shared|searchable|included)\b",
    # no longer shown, with the verbs joined ("ya no se tratan ni se muestran", "não aparece mais")
    r"\bya no (?:se (?:\w+ )?ni )?(?:se )?(?:muestra|muestran|publica|publican|aparece|aparecen|exhibe|exhiben)\b",
    r"\bnao (?:aparece|aparecem|e exibid[oa]|sao exibid[oa]s|consta|constam) mais\b", r"\bdeixou de (?:aparecer|ser exibid[oa])\b",
    # the removal named as completed by the broker ("concluímos a eliminação dos seus dados"); in
    # Spanish and Portuguese that form is also the present, so not before a time limit ("… en un plazo de 30 días")
    r"\b(?:completamos|concluimos|finalizamos|efectuamos|llevamos a cabo) (?:la|el) (?:supresion|eliminacion|cancelacion|borrado|baja)\b(?![^.;]{0,80}\b(?:plazo|dentro de|dias|habiles)\b)",
    r"\b(?:concluimos|finalizamos|efetuamos|completamos) a (?:eliminacao|exclusao|remocao|apagamento)\b(?![^.;]{0,80}\b(?:prazo|dentro de|dias|uteis)\b)",
    r"\bavons (?:finalise|termine|effectue|realise|procede a) (?:la|l') ?(?:suppression|effacement)\b",
    r"\babbiamo (?:completato|effettuato|eseguito|portato a termine) la (?:cancellazione|rimozione|eliminazione)\b",
    r"\b(?:datos|informacion|registros?|perfil)(?: personales)? (?:\S+ ){0,3}(?:fue|fueron|ha sido|han sido) cancelad[oa]s?\b",
    r"\b(?:geloscht|entfernt|gesperrt|vernichtet) (?:haben|hat|habe)\b",
    r"\bnicht mehr (?:\S+ ){0,4}(?:angezeigt|sichtbar|auffindbar|abrufbar|gelistet|gefunden)\b",
    r"\bya no (?:\S+ ){0,2}(?:aparecer|aparece|sera visible|es visible|se mostrara|se muestra|esta disponible|estara disponible)",
    r"\bne (?:sera|seront|sont|est) plus (?:\S+ )?(?:visibles?|consultables?|accessibles?|affichees?|publiees?)\b", r"\bn'est plus (?:\S+ )?(?:visible|consultable|accessible|affichee?|publiee?)\b",
    r"\bnao (?:sera|serao|esta|estao|e|sao) mais (?:\S+ )?(?:exibid|visive|mostrad|apresentad|disponive)",
    r"\bnon (?:e|sara|sono|saranno) piu (?:\S+ )?(?:visibil|consultabil|presente|present|reperibil|pubblicat)",
    r"\bniet (?:meer|langer) (?:\S+ ){0,3}(?:zichtbaar|vindbaar|getoond|te vinden)\b",
    r"\b(?:ha|han) sido (?:\S+ )?(?:eliminad|borrad|suprimid|dad[oa]s? de baja|procesad|completad|atendid|tramitad)",
    r"\bhemos (?:\S+ )?(?:eliminado|borrado|suprimido|procesado|completado|dado de baja|atendido|tramitado)\b", r"\bya no (?:aparecera|aparece|sera visible|se mostrara)", r"\bse (?:ha|han) (?:eliminado|borrado|suprimido)\b",
    r"\b(?:a|ont) (?:bien |deja |donc )?ete (?:\S+ )?(?:supprimee?s?|effacee?s?|traitee?s?|retiree?s?)\b", r"\bavons (?:\S+ )?(?:supprime|efface|traite|retire)\b", r"\bn'apparai(?:tra|ssent|tront|t) plus\b",
    r"\b(?:wurde|wurden|ist|sind) (?:\S+ ){0,3}(?:geloscht|entfernt|bearbeitet|gesperrt)\b", r"\b(?:geloscht|entfernt|gesperrt) (?:wurden|wurde|worden)\b",
    r"\b(?:fue|fueron) (?:\S+ )?(?:eliminad|borrad|suprimid|dad[oa]s? de baja|retirad)", r"\bhaben (?:\S+ ){0,4}(?:geloscht|entfernt|bearbeitet)\b", r"\bnicht mehr (?:angezeigt|sichtbar|auffindbar)\b",
    r"\b(?:foi|foram) (?:\S+ )?(?:excluid|eliminad|removid|apagad|processad|atendid)", rf"{_NOT_HABIT}\b(?:excluimos|eliminamos|removemos|apagamos|processamos)\b{_NOT_A_TERM}", r"\bnao (?:aparecera|aparecerao|sera mais exibid)",
    r"\b(?:e stat[oa]|sono stat[ie]) (?:\S+ )?(?:cancellat|eliminat|rimoss|elaborat|evas)", r"\babbiamo (?:\S+ )?(?:cancellato|eliminato|rimosso|elaborato|evaso)\b", r"\bnon (?:comparira|compariranno|sara piu visibile)",
    r"\b(?:is|zijn) (?:\S+ ){0,2}(?:verwijderd|gewist|verwerkt)\b", r"\bhebben (?:\S+ ){0,4}(?:verwijderd|gewist|verwerkt)\b", r"\bniet (?:meer|langer) (?:zichtbaar|vindbaar|getoond)\b",
)))
#: A reassurance, no negation of what was done ("ya le borramos el perfil, no se apure"; "don't worry"; probe pass 35).
_REASSURANCE = _rx(
    r"\bno (?:se|te) (?:preocupe|preocupes|apure|apures|inquiete|inquietes|moleste)\b", r"\bnao (?:se )?preocupe\b",
    r"\bne (?:vous|t') ?(?:en )?inquiet(?:ez|e) pas\b", r"\b(?:don't|do not) worry\b", r"\bno worries\b", r"\bpa (?:enkyete|okipe) ?(?:ou|tèt ou|tet ou)?\b",
)
#: A disclaimer about other companies' sites, no negation of what the broker did (reply pass 47, branch r47): "we can't
#: guarantee other sites won't list you, but we deleted your profile", "no podemos garantizar que otros sitios no lo
#: publiquen, pero …". Cut up to its clause's end before the sentence's negations are read; a negation elsewhere in it
#: still counts. Only other or third parties' sites: "we can't guarantee it won't reappear" is not cut.
_OTHERS_DISCLAIMER = _rx(
    r"\b(?:cannot|can't|can not|are unable to|are not able to|do not|don't) (?:guarantee|promise|ensure|control|be responsible for)(?: that)? "
    r"(?:other|third[- ]party|outside|external|unaffiliated) (?:\S+ ){0,2}?(?:sites?|websites?|companies|brokers|services|search engines|parties|providers|people-search sites)\b[^.;,:!?]*",
    r"\bno (?:podemos|puedo|es posible) (?:garantizar|asegurar|prometer|controlar)(?: que)? (?:otr[oa]s|(?:los |las )?sitios? (?:de terceros|ajenos|externos)|terceros)\b[^.;,:!?]*",
    r"\bnao (?:podemos|posso|e possivel) (?:garantir|assegurar|prometer|controlar)(?: que)? (?:outr[oa]s|(?:os )?sites? (?:de terceiros|externos)|terceiros)\b[^.;,:!?]*",
    r"\bne (?:pouvons|peux|pouvez) pas (?:garantir|assurer|promettre|controler)(?: que)? (?:d'autres|les autres|des tiers|les sites tiers)\b[^.;,:!?]*",
    r"\b(?:nou|mwen) pa (?:ka|kapab) (?:garanti|pwomet|kontwole)(?: ke| pou)? (?:lot|dot) (?:sit|konpayi|moun)\b[^.;,:!?]*",
)
#: In the same sentence as a success phrase, these make it no success: a negation, a future or a condition.
_NOT_DONE = _rx(
    r"\b(?:not|never|unable|cannot|can't|couldn't|won't|yet|pending)\b",
    r"\bno (?:ha|han|hemos|se|podemos|pudo|pudimos|pudieron|sera)\b", r"\b(?:aun|todavia|nunca|pendiente)\b",
    r"\b(?:pas|jamais)\b", r"\bn'(?:a|ont|avons)\b",
    r"\b(?:nicht|kein|keine|noch)\b",
    r"\b(?:nao|nunca|ainda)\b",
    r"\b(?:non|ancora)\b", r"(?<!\d\. )(?<!\d )(?<!1er )(?<!\ben )(?<!\bde )\bmai\b(?! \d{4})",  # not May: German "vom 3. Mai", French "le 14 mai 2026", "en mai" (branch r23)
    r"\b(?:niet|geen|nog)\b",
)
#: In the same sentence as a success phrase, these make it no removal of the data: off a list that
#: mails the person (newsletters, subscriptions), not out of the broker's data.
_LIST_ONLY = _rx(
    r"\b(?:newsletters?|(?:e-?mail|promotional|subscriber|distribution) (?:lists?|subscriptions?)|unsubscribed)\b",
    r"\b(?:boletin|boletines|lista de (?:correo|distribucion|envios)|liste de diffusion|verteiler|lista de e-?mails|lista di distribuzione|nieuwsbrief|mailinglijst)\b",
    # a list of offers or subscribers ("borramos a su clienta de la lista de ofertas"; probe pass 35)
    r"\b(?:promotions?|offers?|deals|subscribers?) lists?\b", r"\blistas? de (?:promociones|ofertas|publicidad|suscriptores|promocoes|assinantes)\b",
    r"\blistes? (?:de promotions|d'offres|des abonnes)\b",
    r"订阅|訂閱|邮件列表|郵件列表|\bрассылк\w*|\bban tin\b|\bnewsletter\b|\blis (?:nouvel|imel|difizyon)\b|\bwargeys\w*|\blistahan ng (?:email|mga email)\b",
    r"\u0627\u0644\u0646\u0634\u0631\u0629 \u0627\u0644\u0628\u0631\u064a\u062f\u064a\u0629|\u0627\u0644\u0642\u0627\u0626\u0645\u0629 \u0627\u0644\u0628\u0631\u064a\u062f\u064a\u0629",  # النشرة / القائمة البريدية
)
#: In the same sentence as a success phrase, these make it a promise, not a report: a condition or a future.
_CONDITION = _rx(
    r"\b(?:once|if|when|after|until|will be|would be|will have|as soon as)\b",
    r"\b(?:cuando|una vez|hasta que|en cuanto)\b", r"\bsera[n]? (?:eliminad|borrad|procesad)",
    r"\b(?:lorsque|quand|une fois|sera|seront|pourra|des que)\b",
    r"\b(?:sobald|wenn|falls|nachdem|wird|werden)\b",
    r"\b(?:quando|assim que|sera|serao)\b",
    r"\b(?:quando|una volta|sara|saranno|appena)\b",
    r"\b(?:zodra|wanneer|als|indien|wordt|zullen)\b",
)
#: "si" (es, fr, ht) and "se" (pt, it; Vietnamese "sẽ", will) as "if", apart: folded, Romanian "și" ("and") is "si" too, and
#: Romanian reflexive "se" and Swedish "se" ("see") are the same letters. They are a condition unless
#: the success phrase is a Romanian or Swedish one (``_RO_SV_DONE``), whose own conditions ("dacă",
#: "după ce", "om du", "när") stay in ``_CONDITION`` (branch r22).
_IF_SI_SE = re.compile(r"\b(?:si|se)\b")
#: Another person's record deleted ("borramos la ficha de otra persona con el mismo nombre", "we
#: deleted the profile of someone else with your name"): nothing said of the client's; a person reads
#: it (branch r22).
_OTHER_PERSON = _rx(
    r"\b(?:profiles?|records?|listings?|data|information|files?|entr(?:y|ies)|reports?|pages?) (?:of|for|belonging to) (?:another|a different) (?:person|individual|consumer|customer|user)\b",
    r"\b(?:another|a different) (?:person|individual|consumer|customer|user)'s\b", r"\bsomeone else'?s\b", r"\b(?:a|your) namesake\b",
    r"\b(?:de|a nombre de|pertenecientes? a) (?:otra persona|otro (?:titular|usuario|cliente|consumidor)|otra (?:usuaria|clienta|titular)|un homonimo|una homonima)\b",
    r"\b(?:de|em nome de|pertencentes? a) (?:outra pessoa|outro (?:titular|usuario|cliente)|um homonimo|uma homonima)\b",
    r"\b(?:d'|de |appartenant a )(?:une autre personne|un autre (?:titulaire|utilisateur|client)|un homonyme|une homonyme)\b",
    r"\b(?:di |appartenente a )(?:un'altra persona|un altro (?:titolare|utente|cliente)|un omonimo|un'omonima)\b",
    r"\b(?:einer anderen person|eines anderen (?:nutzers|kunden)|eines namensvetters)\b", r"\bvan (?:een andere persoon|iemand anders|een naamgeno\w*)\b",
)
#: A success phrase negated: "has not been removed", "could not be deleted", "no ha sido eliminado".
_NOT_YET = _rx(
    # verb-final German and Dutch, negated ("wir haben Ihre Daten nicht gelöscht", "niet verwijderd")
    r"\b(?:haben|hat|habe|wurde|wurden|ist|sind|konnten|konnen|kann) (?:\S+ ){0,12}?(?:nicht|keine?n?) (?:\S+ ){0,3}?(?:geloscht|entfernt|gesperrt|loschen|entfernen)\b",
    r"\b(?:hebben|heeft|heb|is|zijn|werd|werden|kunnen|kan|konden) (?:\S+ ){0,12}?(?:niet|geen) (?:\S+ ){0,3}?(?:verwijderd|gewist|verwijderen|wissen)\b",
    # a part still held ("uw adresgegevens staan nog in ons archief", "still stored in our systems")
    r"\bstill (?:\S+ ){0,2}(?:held|stored|kept|retained|on file|in our (?:archive|records|database|systems?|files))\b",
    r"\b(?:aun|todavia|sigue|siguen|seguimos) (?:\S+ ){0,3}(?:conservad|guardad|almacenad|en nuestr[oa]s? (?:archivo|sistema|base|registro))",
    r"\b(?:toujours|encore) (?:\S+ ){0,2}(?:conservee?s?|stockee?s?|dans nos (?:archives|fichiers|systemes|bases))",
    r"\b(?:noch|weiterhin) (?:\S+ ){0,3}(?:gespeichert|archiviert|in unserem (?:archiv|system|bestand)|in unseren (?:systemen|archiven|datenbanken))",
    r"\bainda (?:\S+ ){0,3}(?:armazenad|guardad|mantid|em nosso|no nosso|nos nossos)",
    r"\b(?:ancora|tuttora) (?:\S+ ){0,3}(?:conservat|archiviat|memorizzat|nel nostro|nei nostri)",
    r"\bnog (?:\S+ ){0,3}(?:bewaard|opgeslagen|in ons (?:archief|bestand|systeem)|in onze (?:systemen|database|archieven))",
    # something the request did not touch ("credit information ... was not affected by this request")
    r"\b(?:is|are|was|were|has been|have been|will be) not (?:\S+ )?(?:affected|covered|included)\b",
    r"\bno (?:se ve|se ven|fue|fueron|ha sido|han sido|queda|quedan|esta|estan) (?:\S+ )?(?:afectad|incluid|cubiert)",
    r"\bn'(?:est|sont|a|ont) pas (?:ete )?(?:concernee?s?|affectee?s?|incluse?s?)\b",
    r"\b(?:ist|sind|wurde|wurden|bleibt|bleiben) (?:\S+ ){0,2}nicht (?:betroffen|erfasst|umfasst)\b", r"\bdavon (?:\S+ )?unberuhrt\b",
    r"\bnao (?:foi|foram|e|sao|esta|estao) (?:\S+ )?(?:afetad|abrangid|incluid)",
    r"\bnon (?:e|sono|e stat[oa]|sono stat[ie]) (?:\S+ )?(?:interessat|coinvolt|inclus)",
    r"\b(?:is|zijn|wordt|worden) (?:\S+ ){0,2}niet (?:geraakt|beinvloed|inbegrepen)\b",
    r"\b(?:has|have|had) not (?:yet )?been (?:\S+ )?(?:deleted|removed|erased|suppressed|processed|completed)\b",
    # the negation in the subject's determiner: "No personal information was deleted", "None of your
    # records were removed", "Ningún dato fue eliminado", "Nessun dato è stato cancellato"
    r"\b(?:no|none of(?: the| your| its| their)?) (?:\S+ ){0,3}?(?:information|data|records?|details|listings?|profiles?|entr(?:y|ies)|files?|reports?)\b (?:\S+ ){0,3}?(?:was|were|has been|have been|had been|is|are) (?:\S+ )?(?:deleted|removed|erased|purged|suppressed|taken down|changed)\b",
    r"\b(?:nothing|none) (?:\S+ ){0,3}?(?:was|were|has been|have been|had been) (?:\S+ )?(?:deleted|removed|erased|purged|suppressed|taken down|changed)\b",
    # "nothing" as the object or a verb-final subject: "we deleted nothing", "er is daarom niets verwijderd",
    # "es wurde nichts gelöscht", "ingenting har raderats" (set L's first read, 2026-12-01: nl-01 was
    # read as a confirmation)
    r"\b(?:deleted|removed|erased|purged|suppressed|changed) nothing\b",
    r"\bniets (?:\S+ ){0,3}?(?:verwijderd|gewist|vernietigd|veranderd)\b",
    r"\bnichts (?:\S+ ){0,3}?(?:geloscht|entfernt|gesperrt|vernichtet|geandert)\b",
    r"\b(?:ingenting|inget|intet) (?:\S+ ){0,3}?(?:raderats?|raderade|tagits bort|tagit bort|slettet|fjernet)\b",
    r"\bhicbir (?:sey|veri|kayit|bilgi) (?:\S+ ){0,3}?silin\w*",
    r"\b(?:ningun|ninguna|ningunos|ningunas|nada)\b (?:\S+ ){0,4}?(?:fue|fueron|ha sido|han sido|se ha|se han|se) (?:\S+ )?(?:eliminad|borrad|suprimid|retirad|cancelad)",
    r"\b(?:nenhum|nenhuma|nada)\b (?:\S+ ){0,4}?(?:foi|foram|e|sao) (?:\S+ )?(?:excluid|eliminad|removid|apagad)",
    r"\b(?:nessun|nessuna|nessuno|niente|nulla)\b (?:\S+ ){0,4}?(?:e|sono|e stat[oa]|sono stat[ie]) (?:\S+ )?(?:cancellat|eliminat|rimoss)",
    r"\b(?:aucun|aucune|rien)\b (?:\S+ ){0,4}?n'(?:a|ont) (?:\S+ )?ete (?:\S+ )?(?:supprimee?s?|effacee?s?|retiree?s?)",
    r"\bkeine?[nrs]? (?:\S+ ){0,3}?(?:wurde|wurden|ist|sind) (?:\S+ )?(?:geloscht|entfernt|gesperrt)\b",
    r"\bgeen (?:\S+ ){0,3}?(?:is|zijn|werd|werden) (?:\S+ )?(?:verwijderd|gewist)\b",
    r"\b(?:could not|cannot|can't|couldn't|can not|will not|won't) (?:yet )?be (?:\S+ )?(?:deleted|removed|erased)\b",
    r"\bnot (?:yet )?(?:been )?(?:deleted|removed|erased)\b", r"\b(?:profile|listing|record|page|report)s? (?:is|are|will be|remains?) not (?:\S+ )?(?:affected|removed|deleted|changed)\b",
    r"\bmarketing (?:e-?mail |mailing )?(?:list|e-?mail|communication|message|newsletter)s?\b", r"\bmailing lists?\b",
    r"\b(?:lista|listas|comunicaciones) (?:de )?(?:marketing|publicidad|comerciales)\b", r"\bsome of (?:your|the) (?:records|data|information)\b", r"\bpartially\b",
    r"\bno (?:ha|han) sido (?:\S+ )?(?:eliminad|borrad|suprimid|retirad)", r"\b(?:todavia|aun) no\b",
    r"\bn'(?:a|ont) pas (?:encore )?ete (?:\S+ )?(?:supprimee?s?|effacee?s?|retiree?s?)",
    r"\b(?:wurde|wurden|ist|sind) (?:\S+ ){0,2}nicht (?:\S+ )?(?:geloscht|entfernt)",
    r"\bnao (?:foi|foram) (?:\S+ )?(?:excluid|eliminad|removid|apagad)", r"\bainda nao\b",
    r"\bnon (?:e|sono) stat[oaie] (?:\S+ )?(?:cancellat|eliminat|rimoss)",
    r"\b(?:is|zijn) (?:\S+ ){0,2}niet (?:\S+ )?(?:verwijderd|gewist)", r"\bnog niet\b",
    r"\bstill (?:\S+ )?(?:appears?|shows?|showing|visible|listed|searchable|online)\b", r"\b(?:todavia|aun) (?:aparece|se muestra|es visible|esta visible)\b", r"\bsigue (?:apareciendo|mostrandose|visible)\b",
    r"\b(?:apparai(?:t|ssent) toujours|toujours visibles?|encore visibles?)\b", r"\b(?:noch|weiterhin) (?:\S+ )?(?:sichtbar|angezeigt|abrufbar)\b",
    r"\bainda (?:aparece|visivel|esta visivel)\b", r"\bancora (?:visibil|present|online)", r"\bnog (?:steeds )?(?:zichtbaar|te zien|vindbaar)\b",
    r"\bnot yet\b", r"\bpas encore\b", r"\bnoch nicht\b", r"\bnon (?:\S+ ){0,2}ancora\b", r"\bancora non\b",
    # a part the broker cannot remove, whatever it is ("we are not able to remove it", "no podemos quitarlo")
    r"\b(?:not able|unable|not possible|impossible|no way) to (?:\S+ )?(?:delete|remove|erase|suppress|take down|hide)\b",
    r"\b(?:cannot|can't|can not|could not|couldn't|will not|won't|do not|don't|did not|didn't) (?:\S+ )?(?:delete|remove|erase|suppress|take down|hide|purge)\b",
    r"\bno (?:podemos|es posible|nos es posible|podremos|puede|podra) (?:\S+ )?(?:eliminar|borrar|suprimir|retirar|quitar|ocultar)\w*",
    r"\b(?:ne (?:pouvons|pourrons|peut|pourra) pas|impossible de|pas en mesure de) (?:\S+ )?(?:supprimer|effacer|retirer|masquer)\b",
    r"\b(?:konnen|kann|konnten) (?:\S+ ){0,4}nicht (?:\S+ )?(?:loschen|entfernen|sperren|ausblenden)\b",
    r"\bnao (?:podemos|e possivel|conseguimos|poderemos) (?:\S+ )?(?:excluir|eliminar|remover|apagar|ocultar)\w*",
    r"\bnon (?:possiamo|e possibile|potremo|siamo in grado di) (?:\S+ )?(?:cancellar|eliminar|rimuover|oscurar)\w*",
    r"\b(?:kunnen|kan) (?:\S+ ){0,4}niet (?:\S+ )?(?:verwijderen|wissen|afschermen)\b",
    # a part that will go on being shown ("your phone number will continue to appear", "seguirá apareciendo")
    r"\bwill (?:still|continue to|keep) (?:\S+ )?(?:appear|appearing|show|showing|be (?:shown|displayed|visible|listed|searchable|available))\b",
    r"\b(?:seguira|seguiran|continuara|continuaran) (?:\S+ )?(?:apareciendo|mostrandose|visible|publicad|figurando|a aparecer)",
    r"\b(?:continuera|continueront) (?:\S+ )?(?:d'|a )?(?:apparaitre|etre (?:visible|affiche|publie))",
    r"\b(?:wird|werden) (?:\S+ ){0,3}(?:weiterhin|auch kunftig|noch) (?:\S+ )?(?:angezeigt|erscheinen|sichtbar|abrufbar|gelistet)\b",
    r"\b(?:continuara|continuarao) (?:\S+ )?(?:a )?(?:aparecer|aparecendo|sendo exibid|visive)",
    r"\b(?:continuera|continueranno) (?:\S+ )?(?:ad? )?(?:comparire|apparire|essere (?:visibil|pubblicat))",
    r"\b(?:zal|zullen|blijft|blijven) (?:\S+ ){0,3}(?:zichtbaar|verschijnen|getoond worden|vermeld)\b",
    r"\b(?:could|can|will|would) not (?:\S+ ){0,2}(?:be )?(?:deleted|removed|erased|suppressed)\b",
    r"\b(?:left|remain|remains|remained|were|was) (?:unchanged|untouched|in place)\b", r"\bnot all (?:of )?(?:your |the )?(?:records|data|information|listings|profiles)\b",
    r"\bsome (?:of )?(?:your |the )?(?:records|data|information|listings|profiles)\b(?:.{0,80})\b(?:not|unchanged|other individuals|someone else)\b",
    r"\bno (?:se )?(?:pudo|pudieron|ha podido|han podido|hemos podido|pudimos|fue posible|es posible) (?:\S+ )?(?:eliminar|borrar|suprimir|retirar|quitar)",
    r"\bpas (?:pu|ete possible de|reussi a) (?:etre )?(?:\S+ )?(?:supprim|effac|retir)",
    r"\b(?:konnte|konnten|kann|konnen) (?:\S+ ){0,4}nicht (?:\S+ )?(?:geloscht|entfernt|gesperrt)",
    r"\bnao (?:foi possivel|conseguimos|pudemos|puderam|pode|podem) (?:ser )?(?:\S+ )?(?:excluir|eliminar|remover|apagar|excluid|eliminad|removid|apagad)",
    r"\bnon (?:e stato possibile|siamo riusciti a|hanno potuto|ha potuto|e possibile|possono|puo) (?:essere )?(?:\S+ )?(?:cancellar|eliminar|rimuover|cancellat|eliminat|rimoss)",
    r"\b(?:kon|konden|kunnen) (?:\S+ ){0,3}niet (?:worden )?(?:verwijderd|gewist)",
    # a part still published beside a part removed ("your name and phone remain published", "siguen
    # publicados", "restent publiés"): set J's first read (2026-11-30) showed one such reply confirmed
    r"\b(?:is|are|remains?|stays?) still (?:\S+ )?(?:published|public|publicly|available|displayed|shown|online|listed|visible|searchable)\b",
    r"\b(?:remains?|stays?) (?:\S+ )?(?:published|public|publicly (?:available|visible|listed|accessible)|online|listed|displayed)\b",
    r"\b(?:sigue|siguen|permanece|permanecen|continua|continuan|queda|quedan) (?:\S+ )?(?:publicad|visible|en linea|disponible|apareciendo|mostrandose|expuest)",
    # … or still in the directory ("su perfil sigue en el directorio", "continua no site"; probe pass 35)
    r"\b(?:sigue|siguen|permanece|permanecen|continua|continuan) en (?:el|la|nuestr[oa]) (?:directorio|sitio|buscador|pagina|web)\b",
    r"\b(?:continua|continuam|permanece|permanecem|segue|seguem) (?:no|na|em nosso|em nossa) (?:diretorio|site|busca|pagina)\b",
    r"\b(?:continua|continuam|permanece|permanecem|segue|seguem|fica|ficam) (?:\S+ )?(?:publicad|visive|disponive|online|exibid)",
    r"\b(?:reste|restent|demeure|demeurent) (?:\S+ )?(?:publiee?s?|visibles?|en ligne|accessibles?|affichee?s?)\b",
    r"\b(?:rimane|rimangono|resta|restano) (?:\S+ )?(?:pubblicat|visibil|online|consultabil)",
    r"\b(?:bleibt|bleiben) (?:\S+ ){0,2}(?:veroffentlicht|sichtbar|online|abrufbar|gelistet|offentlich)",
    r"\b(?:blijft|blijven) (?:\S+ ){0,2}(?:gepubliceerd|zichtbaar|online|vindbaar|openbaar)\b",
)
_ACK = _rx(
    r"\backnowledge (?:the )?receipt\b", r"\backnowledge that we (?:have )?received\b", r"\bconfirms? (?:that )?(?:\S+ )?(?:has|have) received your\b",
    r"\bacus(?:e|amos) (?:de )?recibo\b", r"\bconfirmamos (?:la )?recepcion\b", r"\baccus(?:ons|e) (?:bonne )?reception\b", r"\baccuse de reception\b",
    r"\b(?:bestatigen|bestatige) (?:\S+ ){0,2}(?:den )?eingang\b", r"\beingangsbestatigung\b",
    r"\b(?:confirmamos|acusamos) (?:a )?rece(?:c|p)?cao\b", r"\bno prazo (?:maximo )?de\b", r"\bsera (?:analisad|respondid|tratad)[oa]\b",
    r"\bconfermiamo (?:la )?ricezione\b", r"\bontvangstbevestiging\b", r"\bin goede orde ontvangen\b", r"\bbevestigen (?:de )?ontvangst\b",
    r"\b(?:we|i) (?:have )?(?:successfully )?received your (?:deletion |removal |privacy |opt-?out |erasure )?(?:request|message|e-?mail|inquiry|submission|letter)\b", r"\b(?:request|message|inquiry|submission) (?:has been|was) received\b",
    r"\bticket (?:#|number|no|id)\b", r"\b(?:case|request|reference|tracking) (?:#|number|no\.?|id)\b", r"\b(?:case|request) \S*\d{3,}",
    r"\bwill (?:respond|get back to you|reply|be in touch|review|process|contact you|follow up)\b", r"\b(?:will|'ll) (?:look into|look at|investigate|take a look)\b", r"\bwithin (?:\d{1,3}|forty-five|thirty) (?:calendar |business )?days\b",
    r"\bthank you for (?:contacting|reaching out|your (?:request|message|inquiry|submission))\b", r"\b(?:automated|automatic) (?:response|message|reply|confirmation)\b",
    r"\bdo not reply to this\b", r"\bwill be (?:processed|handled|answered|reviewed) within\b",
    r"\binnerhalb (?:der|von|eines|einem|einer) (?:\S+ ){0,3}(?:frist|monat|monats|tage|tagen|wochen)\b", r"\bvielen dank fur ihre (?:anfrage|nachricht)\b",
    r"\bpresa in carico\b", r"\bentro (?:\d{1,3}|un|uno) (?:giorni|mese)\b", r"\bprise en compte\b",
    r"\bbinnen (?:een|\d{1,3}) (?:maand|dagen|weken)\b", r"\bbedankt voor (?:uw|je) (?:verzoek|bericht)\b", r"\b(?:is|are) (?:now )?being (?:processed|reviewed|handled)\b", r"\bwe will (?:notify|let you know|inform you|update you)\b",
    # handed on to the team that answers ("I've forwarded your message to our privacy team"): not an answer yet
    r"\b(?:forwarded|passed|referred|escalated|transferred|routed|sent) (?:(?:on|along) )?(?:your |this )?(?:message|request|e-?mail|inquiry|enquiry|ticket|letter|case)?(?: (?:on|along))? ?to (?:our|the|a|its) (?:\S+ ){0,3}(?:team|department|officer|dpo|office|colleagues|unit)\b",
    r"\b(?:they|he|she|someone|a member of (?:the|our) team)(?:'ll| will) (?:be in touch|get back to you|respond|reply|contact you|follow up)\b",
    r"\b(?:hemos|he) (?:remitido|trasladado|reenviado|derivado|enviado) (?:su|tu) (?:solicitud|consulta|mensaje|peticion|correo)\b",
    r"\b(?:avons|ai) (?:transmis|transfere|fait suivre) (?:votre|ta) (?:demande|message|courriel|requete)\b",
    r"\b(?:an|zur bearbeitung an) (?:\S+ ){0,3}weitergeleitet\b",
    r"\b(?:encaminhamos|encaminhei|repassamos) (?:a sua|sua|o seu|seu) (?:solicitacao|pedido|mensagem|e-?mail)\b",
    r"\b(?:abbiamo|ho) (?:inoltrato|trasmesso|girato) (?:la sua|la tua|il suo|il tuo) (?:richiesta|messaggio|email)\b",
    r"\b(?:hebben|heb) (?:uw|je) (?:verzoek|bericht|e-mail|vraag) (?:\S+ ){0,4}doorgestuurd\b",
    # r30 (set R): a person passing it on ("se lo paso a nuestra encargada, ella le responde"), a processor that
    # will answer ("foi reencaminhado para o nosso subcontratante"), the consumer contacted directly (CCPA regs.
    # § 7063), work still going on ("still working on removing it; I'll confirm once it is done", "está en revisión")
    r"\bse (?:la|lo|los|las) (?:paso|pase|pasamos|remito|remitimos|reenvio|reenviamos|traslado|trasladamos|envio|enviamos) a (?:\S+ ){0,3}(?:encargad[oa]|responsable|companer[oa]|equipo|departamento|area|delegad[oa]|jef[ae]|colega)\b",
    r"\b(?:reencaminhad|encaminhad|transferid|remetid)[oa]s? (?:para|ao|a) (?:\S+ ){0,3}(?:subcontratante|fornecedor|parceiro|prestador|equipa|equipe|departamento|encarregad[oa]|responsavel)\b",
    r"\bvoltaremos a contact\w*", r"\b(?:will|'ll) (?:contact|reach out to|write to|e-?mail) the (?:consumer|data subject|individual|person|client) directly\b",
    r"\b(?:still|currently) working on (?:\S+ ){0,3}?(?:request|removing|deleting|removal|deletion|erasing|it|this)\b",
    r"\b(?:is|are) (?:now |currently |still )?reviewing (?:it|your request|the request|your deletion request)\b",
    r"\b(?:i|we)(?:'ll| will) (?:confirm|let you know|update you|write (?:again|back)) (?:once|when|as soon as)\b",
    r"\b(?:esta|se encuentra|sigue) en (?:revision|tramite|proceso|estudio|analisis)\b", r"\bplazo estimado\b",
    r"\ben cours d'(?:examen|analyse|instruction)\b", r"\bwird (?:derzeit |noch )?(?:gepruft|bearbeitet)\b", r"\bin fase di (?:verifica|valutazione|esame|lavorazione)\b",
    r"\bwordt (?:momenteel |nog )?(?:beoordeeld|bekeken|behandeld|onderzocht)\b",
    r"\bha sido recibid[oa]\b", r"\besta siendo (?:revisad|procesad|tramitad)[oa]\b", r"\ba ete (?:bien )?recue?\b", r"\ben cours de traitement\b",
    r"\bwird (?:derzeit )?bearbeitet\b", r"\bin bearbeitung\b", r"\bfoi recebid[oa]\b", r"\besta (?:sendo )?(?:analisad|processad)[oa]\b",
    r"\be stata ricevuta\b", r"\bin (?:lavorazione|corso di (?:elaborazione|verifica))\b", r"\bis ontvangen\b", r"\bin behandeling\b", r"\bstatus of your request\b", r"\brequest (?:is|has been) (?:being )?(?:logged|opened|created|submitted|in progress|under review)\b",
    r"\bhemos recibido (?:su|tu)\b", r"\b(?:numero|n\.?o) de (?:ticket|caso|solicitud|referencia|expediente)\b", r"\b(?:responderemos|le responderemos|nos pondremos en contacto|le contactaremos)\b", r"\bmensaje automatico\b", r"\ben un plazo (?:maximo )?de\b",
    r"\bavons bien recu\b", r"\bnumero de (?:ticket|dossier|demande|reference)\b", r"\b(?:nous reviendrons vers vous|vous repondrons|reponse automatique|message automatique)\b", r"\bdans (?:un delai|les) (?:\S+ ){0,3}(?:jours|mois)\b",
    r"\b(?:haben|wir haben) (?:ihre|ihren|deine|dein) (?:\S+ )?(?:anfrage|nachricht|antrag|e-mail) (?:\S+ )?erhalten\b", r"\b(?:ticket|vorgangs|fall|referenz|anfrage)nummer\b", r"\bwerden (?:uns )?(?:\S+ ){0,5}(?:melden|antworten|bearbeiten)\b", r"\bautomatische (?:antwort|nachricht|bestatigung)\b",
    r"\brecebemos (?:a sua|sua|o seu|seu)\b", r"\bnumero (?:do|de) (?:ticket|protocolo|caso|chamado|pedido)\b", r"\b(?:responderemos|entraremos em contato|retornaremos)\b", r"\bmensagem automatica\b", r"\bprotocolo\b",
    r"\babbiamo ricevuto (?:la sua|la tua|il suo|il tuo)\b", r"\bnumero (?:di )?(?:ticket|pratica|richiesta|riferimento)\b", r"\b(?:risponderemo|la ricontatteremo|ti ricontatteremo)\b", r"\bmessaggio automatico\b",
    r"\bhebben (?:uw|je) (?:\S+ )?(?:verzoek|bericht|aanvraag|e-mail) (?:\S+ )?ontvangen\b", r"\b(?:ticket|referentie|zaak|dossier)nummer\b", r"\bnemen (?:\S+ ){0,4}contact\b", r"\bautomatisch (?:bericht|antwoord)\b",
    # branch r32 (set S): the Romance languages' first-person future of a deletion in a plain sentence, no
    # condition before it in that sentence ("eliminaremos el perfil dentro de 10 días", "los borraremos en
    # nuestro próximo ciclo", "nous supprimerons la fiche sous 15 jours"): a promise, read only when no
    # answer, ask or refusal was ("no eliminaremos" is a refusal, read first)
    r"(?:^|[.!?:;\n] ?)(?:(?!\b(?:si|cuando|una vez|en cuanto|hasta que|apenas|se|quando|assim que|logo que|quand|lorsque|des que|une fois|no|nao|ne|pas)\b)[^.!?;\n])*"
    r"\b(?:eliminaremos|borraremos|suprimiremos|retiraremos|excluiremos|removeremos|apagaremos|supprimerons|effacerons|retirerons)\b",
    r"\btenemos su (?:solicitud|pedido|peticion)\b", r"\b(?:contactaremos|nos comunicaremos con) (?:directamente )?(?:a |con )?(?:su|la|el) (?:cliente|clienta|consumidor[a]?|titular)\b",
)

#: The seven languages' success phrases, before the languages read in part extend them: a confirmation
#: whose words only those extensions read carries a lower confidence (``_confidence_of``).
_CONFIRMED_CORE = _CONFIRMED
#: The seven languages' asks to confirm, likewise: a verification mail read only by the extensions
#: carries a lower confidence (``_verify_confidence``).
_VERIFY_CORE = _VERIFY

# ---- Chinese, Russian and Vietnamese: the commonest classes only ----------------------------------
# Replies in these languages are common among the people optout serves. Only the wordings whose
# meaning is plain are read (deleted / not found / an ID document / cannot delete / received / a link
# to confirm); everything else still goes to a person with its language named. Written on folded
# text: Russian й→и, ё→е; Vietnamese without tones (đ stays); Chinese simplified and traditional.
# Chinese has no spaces, so its patterns have no \b, and a Chinese sentence ends at 。！？；


def _with(pattern: re.Pattern[str], *more: str) -> re.Pattern[str]:
    return re.compile(pattern.pattern + "|" + "|".join(f"(?:{m})" for m in more))


_REFUSED = [(reason, _with(rx, *{
    "no record": (
        r"(?:未|没有|沒有|无法|無法|未能|没能|沒能)(?:能)?(?:找到|查到|检索到|檢索到|查询到|查詢到|匹配到)", r"查无|查無",
        r"(?:没有|沒有|并无|並無|不存在)(?:任何)?(?:与|與|关于|關於)?(?:您|你)?(?:的|相关的|相關的)?(?:个人)?(?:记录|記錄|信息|資訊|资料|資料|数据|數據)",
        r"\bне (?:удалось |смогли |можем )?(?:наити|обнаружить)\b", r"\b(?:не|ничего не) (?:наидено|обнаружено|наидены|обнаружены)\b",
        r"\bнет (?:никаких )?(?:ваших )?(?:данных|записеи|сведении|информации)\b",
        r"\bkhong (?:the )?tim thay\b", r"\bkhong co (?:bat ky |bat cu )?(?:du lieu|thong tin|ho so)\b",
    ),
    "declined": (
        r"(?:无法|無法|不能|不予|不会|不會)(?:为您|為您)?(?:删除|刪除|处理|處理|受理|满足|滿足)", r"拒绝|拒絕|驳回|駁回",
        r"\bне (?:можем|сможем|имеем возможности|вправе) (?:\S+ )?(?:удалить|выполнить|удовлетворить|исполнить)\b", r"\b(?:отклонен[ао]?|отклонили)\b",
        r"\bkhong the (?:xoa|xu ly|thuc hien|đap ung)\b", r"\btu choi\b",
        # r32 (set S ru-01): "these data are not subject to deletion" (ru, uk), "không thuộc diện được xóa" (vi)
        r"\bне подлеж\w* (?:удалению|исключению)\b", r"\bне підляга\w* (?:видаленню|вилученню)\b", r"\bkhong thuoc dien (?:đuoc )?xoa\b",
    ),
}.get(reason, ()))) if reason in ("no record", "declined") else (reason, rx) for reason, rx in _REFUSED]
_NEEDS_ID = _with(
    _NEEDS_ID, r"身份证|身份證|护照|護照|驾照|駕照|驾驶证|駕駛證|证件|證件",
    r"\bпаспорт\w*\b", r"\bудостоверени\w* личности\b", r"\bдокумент\w*,? удостоверяющ\w* личность\b",
    r"\b(?:can cuoc|cccd|cmnd|chung minh nhan dan|ho chieu|giay to tuy than|bang lai)\b",
)
_CONFIRMED = _with(
    _CONFIRMED, r"已(?:被|经|經)?(?:永久|全部|成功)?(?:删除|刪除|移除|清除|注销|註銷)", r"已(?:将|將|从|從|把)(?:(?!以便|以|待|后|後|转|轉|交)[^,。]){0,24}?(?:删除|刪除|移除|清除)",
    r"(?:删除|刪除|移除)(?:请求|請求|申请|申請)?已(?:经|經)?(?:完成|处理|處理)",
    r"\b(?:мы )?(?:удалили|удалил|удалила)\b", r"\b(?:были |был |была |было )?(?:удалены|удален|удалена|удалено)\b",
    r"\bđa (?:đuoc |bi )?(?:xoa|go bo|loai bo)\b",  # "đã (được / bị) xóa"; "sẽ bị xóa" is a future
)
_NOT_DONE = _with(_NOT_DONE, r"未|没有|沒有|无法|無法|不能|不会|不會|尚未|仍|还在|還在|不|没(?=删|刪|移)|沒(?=删|刪|移)", r"\b(?:не|нет|еще)\b", r"\b(?:khong|chua|van con)\b")
# r32 (set S zh-04): "完成後 … 將不再出現" (after completion it will no longer appear) is a promise
_CONDITION = _with(_CONDITION, r"如果|若您|一旦|将会|將會|将在|將在|会在|會在|届时|屆時|之后将|完成(?:后|後)|[将將](?=不再|不会|不會)", r"\b(?:если|когда|после того|как только|будут|будет)\b",
                   r"\b(?:neu|khi|sau khi)\b")  # Vietnamese "sẽ" (will), folded "se": in ``_IF_SI_SE``
_ACK = _with(
    _ACK, r"(?:已|已经|已經)?收到(?:了)?(?:您|你)的(?:请求|請求|申请|申請|邮件|郵件|来信|來信|消息)", r"\d{1,3}(?:个|個)?(?:工作)?(?:天|日)内|(?:天|日)內", r"转交|轉交|转发给|轉發給",
    r"\b(?:мы )?получили ваш(?:е|и)? (?:запрос|письмо|обращение|заявление)\b", r"\bваш(?:е)? (?:запрос|обращение|заявление) (?:был |было )?(?:получен|получено|принят|принято|зарегистрирован)",
    r"\bđa nhan đuoc (?:yeu cau|email|thu|tin nhan)\b", r"\btrong vong \d{1,3} ngay\b",
)
_VERIFY = _with(
    _VERIFY, r"(?:请|請)(?:点击|點擊|點選|点选)", r"(?:确认|確認|验证|驗證)(?:您的)?(?:请求|請求|申请|申請|邮箱|郵箱|电子邮件|電子郵件)",
    r"\b(?:переидите по ссылке|нажмите (?:на )?(?:ссылку|кнопку)|подтвердите (?:ваш|свои|свою|адрес|запрос))", r"\b(?:nhan|bam|nhap) vao (?:lien ket|đuong dan|nut)\b",
    r"\bxac nhan (?:yeu cau|email|đia chi)\b",
)


# ---- Arabic, Haitian Creole, Somali and Tagalog (and more of Chinese, Russian, Vietnamese) --------
# The languages of the communities optout serves, beside the GDPR brokers'. Conservative: a success
# only in a completed form ("قمنا بحذف" / "تم حذف", "nou efase" / "nou te efase", "waan tirtirnay" /
# "waa la tirtiray", "nabura na" / "tinanggal na"), never a future ("سيتم حذف", "nou pral efase" /
# "n ap efase", "waan tirtiri doonnaa", "buburahin"), a negation ("لم نحذف", "nou pa efase", "lama
# tirtirin", "hindi pa nabubura") or a condition ("إذا", "si", "haddii", "kung"), each tested. The
# words were checked against privacy notices and account-deletion pages written in these languages
# (their words for delete, personal data, request, identity document), not only translated.
# Arabic is read folded (harakat and hamza seats off: أ/إ → ا); a prefix (و "and", ب, ل) may be
# joined to a word, so Arabic patterns do not start with \b, and the future prefix س / سـيـ is
# excluded by a look-behind where a past form could hide in a future one ("سيتم حذف" ⊃ "تم حذف").
# Language detection never decides any of these.

_AR_NOT_REQUEST = r"(?! (?:\u0627\u0644)?\u0637\u0644\u0628)"  # not "… طلبك" (the request deleted, not the data)
_AR_PAST_DONE = r"(?<![\u0633\u064a\u062a])\u062a\u0645\u062a? (?:\u0628\u0646\u062c\u0627\u062d )?(?:\u062d\u0630\u0641|\u0627\u0632\u0627\u0644\u0629|\u0645\u0633\u062d)" + _AR_NOT_REQUEST  # تم / تمت (بنجاح) حذف/ازالة/مسح, not سيتم/ستتم/يتم (r32: the feminine تمت, set S ar-02)
_REFUSED = [(reason, _with(rx, *{
    "no record": (
        # لم نعثر / لم نجد … سجلات / بيانات / معلومات ; لا توجد لدينا … بيانات
        r"(?:\u0644\u0645 (?:\u0646\u0639\u062b\u0631|\u0646\u062c\u062f|\u0646\u062a\u0645\u0643\u0646 \u0645\u0646 \u0627\u0644\u0639\u062b\u0648\u0631)|\u0644\u0627 (?:\u062a\u0648\u062c\u062f|\u064a\u0648\u062c\u062f))(?: \S+){0,4}? (?:\u0627\u0644)?(?:\u0633\u062c\u0644|\u0633\u062c\u0644\u0627\u062a|\u0628\u064a\u0627\u0646\u0627\u062a|\u0645\u0639\u0644\u0648\u0645\u0627\u062a|\u0645\u0644\u0641)",
        r"\bpa (?:t |te )?jwenn (?:okenn|oken|anyen|pesonn|non|dosye)\b", r"\bpa gen (?:okenn |oken )?(?:dosye|enfomasyon|done|anyen) (?:\S+ ){0,3}(?:sou ou|pou nou efase|ki koresponn)",
        r"\bma (?:aanu |aanan |aan )?helin\b", r"\b(?:kuma|ma) (?:hayno|haysanno|jiro|jirto) (?:wax )?(?:xog|diiwaan|macluumaad)",
        r"\b(?:wala|walang|wala kaming) (?:\S+ ){0,3}(?:nahanap|natagpuan|tala|rekord|record|impormasyon|datos) (?:\S+ ){0,3}(?:tungkol sa iyo|sa iyo|na tumutugma)",
        r"\bhindi (?:namin )?(?:nahanap|natagpuan)\b",
        r"\bне (?:нашли|обнаружили|наидено|нашлось)\b", r"\bникаких (?:\S+ )?(?:записеи|данных|сведении)\b",
        r"\bchung toi (?:đa )?khong (?:tim|thay)\b",
    ),
    "declined": (
        r"\u0644\u0627 (?:\u064a\u0645\u0643\u0646\u0646\u0627|\u0646\u0633\u062a\u0637\u064a\u0639) (?:\S+ )?(?:\u062d\u0630\u0641|\u0627\u0632\u0627\u0644\u0629|\u062a\u0644\u0628\u064a\u0629|\u062a\u0646\u0641\u064a\u0630)",  # لا يمكننا / لا نستطيع حذف
        r"\u0631\u0641\u0636 (?:\u0637\u0644\u0628\u0643|\u0627\u0644\u0637\u0644\u0628)",  # رفض طلبك / الطلب
        r"\bnou pa (?:ka|kapab|kab) (?:efase|retire|siprime|aksepte|trete)\b", r"\b(?:nou )?refize (?:demann|efase)\b",
        r"\bma (?:awoodno|awoodi karno|tirtiri karno)\b", r"\b(?:waan )?diidnay\b",
        r"\bhindi (?:namin )?(?:maaaring|kayang|magagawang|pwedeng|puwedeng) (?:burahin|tanggalin|alisin)\b", r"\btinanggihan\b",
    ),
}.get(reason, ()))) if reason in ("no record", "declined") else (reason, rx) for reason, rx in _REFUSED]
_NEEDS_ID = _with(
    _NEEDS_ID,
    # جواز السفر، بطاقة الهوية، رخصة القيادة، اثبات الهوية، وثيقة هوية
    r"\u062c\u0648\u0627\u0632 (?:\u0627\u0644)?\u0633\u0641\u0631", r"\u0628\u0637\u0627\u0642\u0629 (?:\u0627\u0644)?\u0647\u0648\u064a\u0629", r"\u0631\u062e\u0635\u0629 (?:\u0627\u0644)?\u0642\u064a\u0627\u062f\u0629",
    r"\u0627\u062b\u0628\u0627\u062a (?:\u0627\u0644)?\u0647\u0648\u064a\u0629", r"\u0648\u062b\u064a\u0642\u0629 (?:\u0627\u0644)?\u0647\u0648\u064a\u0629",
    r"\b(?:pyes|kat) (?:d'?)?idantite\b", r"\bpaspo\b", r"\blisans (?:kondwi|chofe)\b",
    r"\bbaasaboor\w*", r"\bkaar(?:ka)? aqoonsi\w*", r"\b(?:liisan|sharci)(?:ka)? (?:darawalnimada|wadista)\b", r"\bnuqul (?:\S+ ){0,2}aqoonsi\w*",
    r"\bpasaporte\b", r"\bpatunay ng (?:iyong )?pagkakakilanlan\b", r"\bkopya ng (?:\S+ ){0,2}(?:id|pagkakakilanlan|lisensya)\b",
)
_CONFIRMED = _with(
    _CONFIRMED,
    r"\u0642\u0645\u0646\u0627 \u0628(?:\u062d\u0630\u0641|\u0627\u0632\u0627\u0644\u0629|\u0645\u0633\u062d)" + _AR_NOT_REQUEST,  # قمنا بحذف / بازالة / بمسح
    _AR_PAST_DONE, r"\b(?:\u0648)?(?:\u062d\u0630\u0641\u0646\u0627|\u0627\u0632\u0644\u0646\u0627|\u0645\u0633\u062d\u0646\u0627)\b",  # حذفنا / ازلنا / مسحنا
    r"\u0644\u0645 (?:\u064a\u0639\u062f|\u062a\u0639\u062f) (?:\S+ ){0,3}?(?:\u0638\u0627\u0647\u0631|\u064a\u0638\u0647\u0631|\u062a\u0638\u0647\u0631|\u0645\u062a\u0627\u062d|\u0645\u0631\u0626\u064a|\u0645\u0639\u0631\u0648\u0636)",  # لم يعد … ظاهرا / يظهر
    # ht: "nou (te) efase … pwofil / enfòmasyon / done ou", "done ou yo te efase"
    r"\b(?:nou|n|yo|li)(?: te| fin| deja| gentan)* (?:efase|retire|siprime|detwi) (?:\S+ ){0,3}?(?:pwofil|enfomasyon|done|dosye|fich|paj)\b",
    r"\b(?:pwofil|enfomasyon|done|dosye|fich)(?: (?!(?:pa|pap|poko|potko|janm|okenn)\b)\S+){0,3}? (?:te |fin )?(?:efase|retire|siprime|detwi)\b",
    r"\b(?:pa|pap) (?:paret|vizib|disponib|la)\b(?: \S+){0,6} anko\b",
    # so: "waan tirtirnay xogtaada", "xogtaada waa la tirtiray", "bogaaga waan ka saarnay"
    r"\b(?:tirtirnay|ka saarnay) (?:\S+ ){0,3}?(?:xog|macluumaad|bog|diiwaan|faahfaahin)\w*",
    r"\b(?:xog|macluumaad|bog|diiwaan|faahfaahin)\w* (?:(?!(?:ma|lama|maan|maanu|weli|aanan)\b)\S+ ){0,4}?(?:tirtirnay|ka saarnay|(?:waa |ayaa )?(?:la|laga) (?:tirtiray|saaray))\b",
    r"\b(?:hadda|mar dambe|mar danbe) (?:\S+ ){0,2}?(?:kama|lagama) muuqd(?:o|aan)\b",
    # tl: "nabura / tinanggal na namin ang (lahat ng) iyong … impormasyon / profile"
    r"\b(?:nabura|binura|natanggal|tinanggal|inalis|naalis)(?: na)?(?: namin)?(?: na)? (?:ang )?(?:lahat ng )?(?:iyong|inyong|mga) (?:\S+ ){0,3}?(?:impormasyon|profile|datos|data|record|tala|listing|detalye)\b",
    r"\b(?:impormasyon|profile|datos|tala|listing)(?: (?!(?:hindi|di|wala|walang)\b)\S+){0,3}? ay (?:(?!(?:hindi|di|wala)\b)\S+ )?(?:nabura|binura|natanggal|tinanggal|inalis|naalis)(?: na)?\b",
    r"\bhindi na (?:makikita|lalabas|lumalabas|nakikita|mahahanap|ipapakita)\b",
    r"(?:删除|刪除|移除|清除)了", r"(?:已)?不再(?:显示|顯示|出现|出現|公开|公開|展示)",
    r"\b(?:больше не) (?:\S+ )?(?:отображается|отображаются|показывается|доступн\w*)\b",
)
_NOT_DONE = _with(
    _NOT_DONE, r"(?:^|\s|\u0648|\u0641)(?:\u0644\u0645|\u0644\u0646|\u0644\u0627|\u0644\u064a\u0633|\u0644\u064a\u0633\u062a|\u0639\u062f\u0645)\s",  # لم لن لا ليس ليست عدم
    r"\bpa (?:t |te )?(?:efase|retire|siprime|jwenn|ka|kapab|fe|fin)\b", r"\b(?:poko|pa janm|potko)\b",
    r"\b(?:ma|lama|maan|maanu|aanan)(?: \S+)? (?:tirtirin|saarin|helin|qaban|sameyn)\b", r"\bweli\b",
    r"\bma\b",  # Somali negation and question particle ("ma hubno in aan tirtirnay…"); elsewhere a "but" or "my"
    r"\b(?:hindi|wala|walang)\b",
)
_CONDITION = _with(
    _CONDITION, r"(?:^|\s|\u0648)(?:\u0627\u0630\u0627|\u0644\u0648|\u0639\u0646\u062f\u0645\u0627|\u0628\u0645\u062c\u0631\u062f|\u062d\u0627\u0644\u0645\u0627|\u0633\u0648\u0641)\s",  # اذا لو عندما بمجرد حالما سوف
    r"(?:^|\s|\u0648)\u0633(?:\u064a|\u062a|\u0646)(?:\u062a\u0645|\u0642\u0648\u0645|\u062d\u0630\u0641|\u0632\u0627\u0644|\u0632\u064a\u0644|\u0645\u0633\u062d|\u0638\u0647\u0631)",  # سيتم ستتم سنقوم سيحذف …
    r"\b(?:nou|n|yo|li|m|mwen|ou|w) (?:pral|prale|ap|va|ava)\b",  # ht future/ongoing after its pronoun, not "Richmond, VA"
    r"\b(?:haddii|hadii|marka|kadib|doona\w*|doono)\b",
    r"\b(?:kung|kapag|pagkatapos|sa sandaling|buburahin|tatanggalin|aalisin|mabubura|matatanggal|maaalis)\b",
)
#: A success negated or not yet done, read as such (``unsure``) rather than as nothing at all.
_NOT_YET = _with(
    _NOT_YET, r"\u0644\u0645 (?:\u0646\u0642\u0645 \u0628|\u064a\u062a\u0645 |\u0646)(?:\u062d\u0630\u0641|\u0627\u0632\u0627\u0644\u0629|\u0645\u0633\u062d|\u0627\u0632\u0644)",  # لم نقم بحذف / لم يتم حذف / لم نحذف
    r"\b(?:nou|n|yo) (?:pa|poko|potko|pa janm) (?:te )?(?:efase|retire|siprime)\b",
    r"\b(?:ma|lama|maan|maanu)(?: \S+)? (?:tirtirin|saarin)\b",
    r"\b(?:hindi|di) (?:pa )?(?:namin |ko |nila )?(?:nabubura|nabura|natatanggal|natanggal|naaalis|inalis|binura|tinanggal)\b",
    r"\bне (?:были |был |была |было )?(?:удален|удалены|удалена|удалено|удалили)\b", r"(?:尚未|没有|沒有|未)(?:被)?(?:删除|刪除|移除)",
    r"\b(?:chua|khong) (?:đuoc |bi )?(?:xoa|go bo)\b",
    # a part that stays ("سيظل ظاهرًا", "ما زال", "toujou parèt", "makikita pa rin", "weli wuu muuqdaa")
    r"(?:^|\s|\u0648)(?:\u0633\u064a|\u0633\u062a|\u064a|\u062a)(?:\u0638\u0644|\u0628\u0642\u0649)\b", r"\u0645\u0627 (?:\u0632\u0627\u0644|\u0632\u0627\u0644\u062a|\u064a\u0632\u0627\u0644|\u062a\u0632\u0627\u0644)",
    r"\btoujou\b", r"\brete (?:vizib|sou sit|nan baz)\b", r"\bpa rin\b", r"\bnananatili\b",
    # only some of it ("بعض بياناتك", "kèk nan done ou yo", "qaar ka mid ah", "ilan sa iyong")
    r"(?:^|\s)\u0628\u0639\u0636\s", r"\bkek (?:nan |enfomasyon|done)", r"\bqaar (?:ka mid|ah|xog)", r"\bilan (?:sa|lamang)\b",
)
_ACK = _with(
    _ACK, r"(?:\u0627\u0633\u062a\u0644\u0645\u0646\u0627|\u062a\u0645 \u0627\u0633\u062a\u0644\u0627\u0645) (?:\S+ )?\u0637\u0644\u0628", r"\u0631\u0642\u0645 (?:\u0627\u0644)?\u062a\u0630\u0643\u0631\u0629",  # استلمنا طلبك / تم استلام طلبك / رقم التذكرة
    r"\u062e\u0644\u0627\u0644 \d{1,3} (?:\u064a\u0648\u0645|\u064a\u0648\u0645\u0627|\u0627\u064a\u0627\u0645)",  # خلال 45 يوما
    r"\bв течение \d{1,3} (?:рабочих |календарных )?дн",
    r"\bnou (?:te |byen )?resevwa (?:demann|imel|mesaj|let)\b", r"\bnimewo (?:tike|dosye|demann)\b", r"\bnan (?:\d{1,3}|karannsenk) jou\b",
    r"\b(?:helnay|la helay) (?:\S+ )?codsiga\w*", r"\bcodsigaaga (?:\S+ ){0,3}(?:waa la helay|helnay)\b", r"\btigidh\w*", r"\b\d{1,3} maalmood gudahood\b",
    r"\b(?:natanggap|nakuha) (?:na )?namin ang (?:iyong )?(?:kahilingan|mensahe|email|sulat)\b", r"\bsa loob ng \d{1,3} (?:na )?araw\b",
    # branch r30 (set R ar-02): "it will stop appearing (in search results) as of <date>": a removal promised, a receipt
    r"(?:\u0633\u064a\u062a\u0648\u0642\u0641|\u0633\u062a\u062a\u0648\u0642\u0641) (?:\S+ )?\u0638\u0647\u0648\u0631",  # سيتوقف / ستتوقف ظهور
    # branch r32 (set S): "we will contact your client directly" (سنتواصل / سنتصل مع / بـ …), as English's
    r"(?:\u0633\u0646\u062a\u0648\u0627\u0635\u0644|\u0633\u0646\u062a\u0635\u0644) (?:\u0645\u0639|\u0628)",
    r"\b(?:nou pral|n ap|nou va) kontakte (?:kliyan|moun)\b", r"\bmakikipag-ugnayan (?:kami )?(?:nang )?direkta\b",
)
_EXTENDED = _with(
    _EXTENDED, r"\u062a\u0645\u062f\u064a\u062f", r"\u0645\u0647\u0644\u0629 \u0627\u0636\u0627\u0641\u064a\u0629",  # تمديد، مهلة اضافية
    r"\b(?:pwolonje|pwolonjman|ekstansyon)\b", r"\b\d{1,3} jou (?:anplis|siplemante)\b",
    r"\b(?:muddo|wakhti|waqti) (?:dheeraad|kale oo)\b", r"\bkordhin\w*", r"\b\d{1,3} maalmood oo (?:dheeraad|kale)\b",
    r"\bkaragdagang \d{1,3} (?:na )?(?:araw|buwan)\b", r"\b(?:palawigin|pinalawig)\b",
    r"\bпродл(?:ен|ева|ит|и)\w*", r"\bgia han\b", r"延长|延長|延期",
)
_EXTRA_AMOUNT = re.compile(
    r"(\d{1,3}|два|две|три|laba|saddex|dalawang|tatlong|de|twa|两|二|三) ?(?:(?:more|additional|extra|дополнительн\w*|oo dheeraad ah|na) )?"
    r"(дн\w*|месяц\w*|ngay|thang|jou|mwa|maalmood|maalin|bilood|bil|araw|buwan|(?:个|個)?(?:工作)?(?:天|日|月)|\u064a\u0648\u0645\u0627|\u064a\u0648\u0645|\u0627\u064a\u0627\u0645"
    + _ko(r"|\uc77c|\uac1c\uc6d4)"))  # 일 (days), 개월 (months)
_EXTRA_NUMBERS = {"два": 2, "две": 2, "три": 3, "laba": 2, "saddex": 3, "dalawang": 2, "tatlong": 3, "de": 2, "twa": 3, "两": 2, "二": 2, "三": 3}
_VERIFY = _with(
    _VERIFY, r"(?:\u0627\u0646\u0642\u0631|\u0627\u0636\u063a\u0637) \u0639\u0644\u0649 (?:\u0627\u0644)?(?:\u0631\u0627\u0628\u0637|\u0632\u0631)", r"\u0644?\u062a\u0627\u0643\u064a\u062f (?:\u0637\u0644\u0628|\u0628\u0631\u064a\u062f)",  # انقر على الرابط، لتاكيد طلبك
    r"\bklike (?:sou )?(?:lyen|bouton|isit)\b", r"\bkonfime (?:demann|adres|imel)\b",
    r"\bguji (?:xiriirka|linkiga|badhanka|halkan)\b", r"\bxaqiiji codsiga\w*",
    r"\b(?:pakikumpirma|kumpirmahin|i-click ang (?:link|button))\b",
)
_NEEDS_INFO = _with(
    _NEEDS_INFO, r"\u064a\u0631\u062c\u0649 (?:\S+ )?(?:\u062a\u0632\u0648\u064a\u062f\u0646\u0627|\u0627\u0631\u0633\u0627\u0644|\u0627\u0644\u0627\u0641\u0627\u062f\u0629)",  # يرجى تزويدنا / ارسال
    r"\b(?:tanpri )?(?:voye|ban) nou (?:\S+ )?(?:adres|nimewo|lyen|non|dat)\b",
    r"\bfadlan noo (?:soo )?(?:dir|sheeg|gudbi)\b",
    r"\b(?:pakipadala|paki-send|pakisabi|mangyaring ipadala)\b",
    r"\bпожалуиста,? (?:сообщите|пришлите|укажите)\b", r"\bvui long (?:cho biet|gui|cung cap)\b", r"(?:请|請)(?:提供|告知|发送|發送)(?!.{0,12}(?:身份证|護照|护照))",
)


# ---- Korean: the commonest states only. A deletion only in a past form ("삭제했습니다",
# "삭제되었습니다", "삭제 처리가 완료되었습니다"), never the present a privacy notice states a policy
# in ("회원탈퇴 시 개인정보는 바로 삭제됩니다"), a future ("삭제할 예정", "삭제하겠습니다"), a
# condition ("삭제되면", "경우"), a negation ("삭제되지 않았습니다", "삭제할 수 없습니다") or a part kept
# ("일부 정보는 보존됩니다"). Checked against Korean account-deletion and privacy pages.
_KO_DEL = _ko(r"(?:\uc0ad\uc81c|\uc81c\uac70|\ud30c\uae30)")  # 삭제 제거 파기
_KO_PAST = _ko(r"(?:\ud588|\ud558\uc600|\ub418\uc5c8|\ub410|\ub428)")  # 했 하였 되었 됐 됨
_REFUSED = [(reason, _with(rx, *{
    "no record": (
        _ko(r"(?:\ucc3e\uc744 \uc218 \uc5c6|\ucc3e\uc9c0 \ubabb|\uc870\ud68c\ub418\uc9c0 \uc54a)"),  # 찾을 수 없 / 찾지 못 / 조회되지 않
        _ko(r"(?:\uae30\ub85d|\uc815\ubcf4|\ub370\uc774\ud130|\uac1c\uc778\uc815\ubcf4)(?:\uac00|\uc774|\ub294)? (?:\uc874\uc7ac\ud558\uc9c0 \uc54a|\uc5c6\uc2b5\ub2c8\ub2e4)"),  # 기록이 없습니다 / 정보가 존재하지 않
    ),
    "declined": (
        _KO_DEL + _ko(r"(?:\ud560|\ud574 \ub4dc\ub9b4) \uc218 \uc5c6"),  # 삭제할 수 없
        _ko(r"\uac70\ubd80(?:\ub418\uc5c8|\ud588|\ud569\ub2c8\ub2e4)"),  # 거부되었 / 거부했 / 거부합니다
    ),
}.get(reason, ()))) if reason in ("no record", "declined") else (reason, rx) for reason, rx in _REFUSED]
_NEEDS_ID = _with(_NEEDS_ID, _ko(r"\uc2e0\ubd84\uc99d"), _ko(r"\uc5ec\uad8c"), _ko(r"\uc6b4\uc804\uba74\ud5c8\uc99d"))  # 신분증 여권 운전면허증
_CONFIRMED = _with(
    _CONFIRMED,
    _KO_DEL + _ko(r"(?:\ub97c|\uac00|\uc744|\uc774)? ?(?:\ucc98\ub9ac|\uc644\ub8cc)?(?:\uac00|\ub97c)? ?") + _KO_PAST,  # 삭제(가) (처리가) 되었/했
    _KO_DEL + _ko(r"(?:\uac00|\uc774)? ?(?:\ucc98\ub9ac\uac00 )?\uc644\ub8cc(?:\ub418\uc5c8|\ub410|\ud588|\ud558\uc600)"),  # 삭제가 완료되었
    _ko(r"\ub354 \uc774\uc0c1 (?:\ud45c\uc2dc|\ub178\ucd9c|\uac80\uc0c9)\ub418\uc9c0 \uc54a"),  # 더 이상 표시/노출/검색되지 않
)
_NOT_DONE = _with(_NOT_DONE, _ko(r"\uc54a\uc558|\uc54a\uc2b5|\ubabb\ud588|\ubabb\ud569|\uc544\uc9c1|\uc5c6\uc2b5|(?:^|\s)(?:\uc548|\ubabb)(?=\s)"),  # 않았 않습 못했 못합 아직 없습; 안 / 못 before a verb
                  _ko(r"\uc77c\ubd80|\ubcf4\uc874|\ubcf4\uad00"))  # 일부 (some), 보존 / 보관 (kept)
_CONDITION = _with(_CONDITION, _ko(r"\uc608\uc815|\uaca0|\uacbd\uc6b0|\ub418\uba74|\ud558\uba74|\ud6c4\uc5d0|\uc2dc |\ub2e4\uba74|\ub294\uc9c0"))  # 예정 겠 경우 되면 하면 후에 시 다면 는지
_NOT_YET = _with(_NOT_YET, _KO_DEL + _ko(r"(?:\ub418\uc9c0|\ud558\uc9c0) (?:\uc54a|\ubabb)"))  # 삭제되지 않 / 삭제하지 못
_ACK = _with(_ACK, _ko(r"\uc811\uc218(?:\ub418\uc5c8|\ud588|\ub410|\ub428)"), _ko(r"\d{1,3}(?:\uc77c|\uc601\uc5c5\uc77c) \uc774\ub0b4"), _ko(r"\ud2f0\ucf13 \ubc88\ud638"))  # 접수되었 N일 이내 티켓 번호
_EXTENDED = _with(_EXTENDED, _ko(r"\uc5f0\uc7a5"))  # 연장
_VERIFY = _with(_VERIFY, r"(?:确认|確認)(?:您的|你的)?(?:删除|刪除)(?:请求|請求|申请|申請)", r"\bподтвердите удаление\b")  # r18: "确认您的删除请求", "подтвердите удаление"
_VERIFY = _with(_VERIFY, _ko(r"\ub9c1\ud06c\ub97c (?:\ud074\ub9ad|\ub20c\ub7ec)"), _ko(r"\uc694\uccad\uc744 \ud655\uc778(?:\ud558|\ud574)"))  # 링크를 클릭 / 요청을 확인하 / 확인해
_NEEDS_INFO = _with(_NEEDS_INFO, _ko(r"(?:\uc54c\ub824|\ubcf4\ub0b4|\uc81c\uacf5\ud574) ?\uc8fc\uc2dc\uae30 \ubc14\ub78d\ub2c8\ub2e4"), _ko(r"(?:\uc54c\ub824|\ubcf4\ub0b4) ?\uc8fc\uc138\uc694"))


# ---- Polish, Romanian and Swedish (branch r17): the states a reply really takes --------------------
# GDPR replies from brokers and their processors in the EU's languages beside the seven. Conservative,
# as for the communities' languages: a success only in a completed form (pl "zostały usunięte",
# "usunęliśmy"; ro "au fost șterse", "am șters"; sv "har raderats", "vi har raderat / tagit bort"),
# never the future ("zostaną usunięte", "usuniemy"; "vor fi șterse", "vom șterge"; "kommer att
# raderas"), Swedish's present passive a privacy notice states its policy in ("raderas"), a negation
# ("nie", "nu", "inte" / "ej"), a condition ("jeśli", "jeżeli", "gdy"; "dacă", "după ce"; "om du",
# "när", "så snart") or a question ("czy", "?"), each tested in tests/test_replies_r17.py. The words
# were checked against GDPR pages in these languages (the Polish, Romanian and Swedish Art. 12 / 17
# texts and guides: IMY's "avslå din begäran", "förlängas med ytterligare två månader"; "prelungită cu
# două luni", "act de identitate"; "przedłużenie terminu", "w ciągu miesiąca", "odmawia"), and account-
# deletion pages ("Dane zostaną usunięte w ciągu 14 dni" is a promise), not only translated. Read folded:
# ł stays ł, ż/ź → z, ș/ş → s, ț → t, ă/â → a, î → i, å/ä → a, ö → o.
_PL_DONE = r"(?:zosta[łl](?:y|a|o)?|zosta[łl]y juz|zosta[łl]o juz)"
_REFUSED = [(reason, _with(rx, *{
    "no record": (
        r"\bnie (?:znalezlismy|odnalezlismy|posiadamy|przetwarzamy)\b(?: \S+){0,4} (?:danych|informacji|rekordow|wpisow)\b", r"\bbrak (?:jakichkolwiek )?(?:danych|rekordow|wpisow)\b",
        r"\bnu (?:am (?:gasit|identificat|localizat)|detinem|prelucram)\b(?: \S+){0,3} (?:date|datele|inregistrar\w*|informati\w*)\b",
        r"\b(?:hittade|hittat|fann) (?:\S+ ){0,2}(?:inga|ingen|inget)\b", r"\bvi har (?:inga|ingen) (?:\S+ ){0,2}(?:uppgifter|personuppgifter|information|data)\b",
        r"\b(?:kunde|kan) (?:vi )?inte (?:hitta|finna)\b",
    ),
    "declined": (
        r"\bnie mozemy (?:\S+ )?(?:usunac|spe[łl]nic|zrealizowac|uwzglednic)\b", r"\bodmawiamy\b", r"\b(?:zadanie|wniosek) (?:\S+ ){0,2}zosta[łl]\w* odrzucon\w*",
        r"\bnu putem (?:\S+ )?(?:sterge|elimina|da curs|onora)\b", r"\b(?:respingem|refuzam)\b", r"\b(?:cererea|solicitarea) (?:\S+ ){0,2}(?:a fost )?respinsa\b",
        r"\b(?:kan|kommer) (?:vi )?inte (?:att )?(?:radera|ta bort|tillmotesga)\b", r"\bavsla(?:r|gits|git|s)\b",
    ),
    "exempt": (
        r"\bobowiazek (?:\S+ ){0,2}przechowywania\b", r"\bobligati\w* legal\w* (?:\S+ ){0,2}(?:de )?(?:pastrare|stocare)\b", r"\brattslig forpliktelse\b",
    ),
    # branch r30 (set R ro-01): identity not verified ("nu am putut verifica identitatea", "nie udało się
    # zweryfikować tożsamości", "vi kunde inte verifiera identiteten")
    "identity not verified": (
        r"\bnie (?:uda[łl]o (?:nam )?sie|mog[łl]ismy|by[łl]ismy w stanie) (?:\S+ )?(?:zweryfikowac|potwierdzic|ustalic) tozsamosci\b",
        r"\bnu (?:am putut|a fost posibil sa|putem) (?:\S+ )?(?:verifica|confirma|stabili) identitatea\b",
        r"\b(?:kunde|kan) (?:vi )?inte (?:\S+ )?(?:verifiera|bekrafta|styrka) (?:din |er |identiteten|identitet)",
    ),
}.get(reason, ()))) if reason in ("no record", "declined", "exempt", "identity not verified") else (reason, rx) for reason, rx in _REFUSED]
_NEEDS_ID = _with(
    _NEEDS_ID, r"\b(?:kopi\w*|skan\w*) (?:\S+ ){0,2}(?:dowodu osobistego|paszportu|dokumentu tozsamosci)\b", r"\bdokument\w* tozsamosci\b",
    r"\b(?:actul|actului|act) de identitate\b", r"\bcart(?:ea|ii)? de identitate\b", r"\bpasaport\w*\b",
    r"\bkopia (?:\S+ ){0,2}(?:legitimation|id-handling|pass|korkort)\b", r"\blegitimationshandling\w*\b", r"\bid-handling\w*\b",
)
_RO_SV_DONE_WORDS = (
    r"\b(?:au|a) fost (?:\S+ ){0,2}?(?:sterse|sters|stearsa|eliminate|eliminat|eliminata)\b", r"\bam (?:sters|eliminat) (?:\S+ ){0,3}?(?:date|datele|profilul|informatiile|inregistrar\w*)\b",
    r"\b(?:har|hade) (?:\S+ ){0,3}?(?:raderats|tagits bort|avlagsnats)\b", r"\bvi har (?:nu )?(?:raderat|tagit bort|avlagsnat) (?:\S+ ){0,3}?(?:uppgift|personuppgift|profil|data|information)\w*",
    r"\bnu mai (?:sunt|este) (?:\S+ )?(?:afisat|vizibil|disponibil|publicat)\w*", r"\b(?:visas|syns|publiceras) (?:\S+ )?inte (?:langre|langer)\b",
)
#: A Romanian or Swedish success: in its sentence "si" is "and" and "se" a pronoun or "see" (``_IF_SI_SE``).
_RO_SV_DONE = _rx(*_RO_SV_DONE_WORDS)
_CONFIRMED = _with(
    _CONFIRMED, rf"\b{_PL_DONE} (?:\S+ ){{0,2}}?(?:trwale |ca[łl]kowicie |skutecznie )?(?:usuniete|usuniety|usunieta|wykasowane|skasowane)\b",
    r"\busunel(?:ismy|am|em) (?:\S+ ){0,3}?(?:dane|profil|wpis|informacje|konto)\w*", *_RO_SV_DONE_WORDS[:4],
)
# branch r21 (set M pl-01): "no longer shown" beside a deletion is the success itself, not a negation:
# "nie są już wyświetlane", "nu mai sunt afișate", "visas inte längre"
_PL_RO_SV_NO_LONGER = (r"\bnie (?:sa|jest) juz (?:\S+ )?(?:wyswietlan|widoczn|dostepn|publikowan|prezentowan)\w*",
                       r"\bnu mai (?:sunt|este) (?:\S+ )?(?:afisat|vizibil|disponibil|publicat)\w*", r"\b(?:visas|syns|publiceras) (?:\S+ )?inte (?:langre|langer)\b")
_CONFIRMED = _with(_CONFIRMED, *_PL_RO_SV_NO_LONGER)
_NOT_DONE = _with(_NOT_DONE, r"\b(?:nie|jeszcze|nigdy)\b", r"\b(?:nu|inca|niciodata)\b", r"\b(?:inte|ej|aldrig|annu)\b")
_CONDITION = _with(
    _CONDITION, r"\b(?:jesli|jezeli|gdy|kiedy|zostana|zostanie|usuniemy|bedzie|beda|czy)\b", r"\bpo (?:weryfikacji|potwierdzeniu|otrzymaniu)\b",
    r"\b(?:daca|dupa ce|cand|odata ce|vor fi|va fi|vom)\b",
    r"\b(?:om (?:du|vi|ni|det|dina|din|uppgifterna)|nar|sa snart|efter att|kommer)\b",
)
_NOT_YET = _with(
    _NOT_YET, rf"\bnie (?:{_PL_DONE} (?:\S+ )?usuni\w*|usunel\w*)", r"\bnu (?:au fost|a fost|am) (?:\S+ )?(?:sterse|sters|stearsa|eliminat\w*)\b",
    r"\b(?:inte|ej) (?:\S+ )?(?:raderat|raderats|tagit bort|tagits bort)\b",
)
_ACK = _with(
    _ACK, r"\botrzymalismy (?:\S+ ){0,2}(?:wniosek|zg[łl]oszenie|zadanie|wiadomosc|prosbe)\b", r"\bw ciagu (?:\d{1,3} dni|miesiaca)\b", r"\bnumer (?:zg[łl]oszenia|sprawy|wniosku)\b",
    r"\bam primit (?:\S+ ){0,2}(?:solicitarea|cererea|mesajul|e-?mailul)\b", r"\bin termen de (?:\d{1,3} (?:de )?zile|o luna)\b", r"\bnumar(?:ul)? de (?:inregistrare|tichet|referinta)\b",
    r"\bvi har (?:\S+ )?(?:tagit emot|mottagit) (?:din|er) (?:begaran|forfragan|ansokan|e-post|meddelande)\b", r"\binom (?:\d{1,3} dagar|en manad)\b", r"\barendenummer\b",
)
_EXTENDED = _with(_EXTENDED, r"\bprzed[łl]uz\w*", r"\bprelung\w*", r"\bforlang\w*")
_EXTRA_AMOUNT = re.compile(_EXTRA_AMOUNT.pattern.replace("(\\d{1,3}|", "(\\d{1,3}|dwa|trzy|doua|trei|tva|tre|", 1).replace("(дн\\w*|", "(дн\\w*|dni|miesiace|zile|luni|dagar|manader|", 1))
_EXTRA_NUMBERS = {**_EXTRA_NUMBERS, "dwa": 2, "trzy": 3, "doua": 2, "trei": 3, "tva": 2, "tre": 3}
_VERIFY = _with(
    _VERIFY, r"\bklikn(?:ij|ac|iecie) (?:w |na )?(?:link|ponizszy link|przycisk)\b", r"\bpotwierdz (?:swoj|swoje|swoja|adres|wniosek|zadanie)\b",
    r"\b(?:faceti|apasati|dati) clic(?:k)? pe (?:link|linkul|butonul)\b", r"\bconfirmati (?:solicitarea|cererea|adresa)\b",
    r"\bklicka pa (?:lanken|knappen)\b", r"\bbekrafta (?:din|er) (?:begaran|e-postadress|adress)\b",
)
_NEEDS_INFO = _with(
    _NEEDS_INFO, r"\bprosimy o (?:podanie|przes[łl]anie|wskazanie|uzupe[łl]nienie)\b", r"\bva rugam sa ne (?:trimiteti|furnizati|comunicati|indicati|transmiteti)\b",
    r"\b(?:vanligen|var vanlig och) (?:skicka|ange|uppge|meddela)\b",
)

# ---- Danish, Czech, Hungarian and Finnish (reply pass 53): the states a reply really takes ----------------------
# GDPR erasure answers from brokers in these EU languages, as the Polish, Romanian and Swedish rules above read them:
# a success only in a completed form (da "vi har slettet", "er blevet slettet"; cs "byly … vymazány", "jsme
# smazali"; hu "töröltük", "törlésre került"; fi "on poistettu", "olemme poistaneet"), never the future or a
# promise (da "vil blive slettet", "sletter vi"; cs "budou vymazány", "vymažeme"; hu "törölni fogjuk"; fi Finnish's
# present "poistamme", "poistetaan", which is its future too), a negation (da "ikke", "endnu", "aldrig"; cs the
# prefix "ne-" of "nebyly", "nemůžeme", "nezpracováváme", and "ještě", "dosud"; hu "nem", "soha", "nincs"; fi
# "ei", "emme", "eivät", "vielä": Finnish "en" and Hungarian "még", which folds into the preverb "meg", are left
# out, as "en" is French and Spanish), a condition (da "hvis", "når", "så snart"; cs "pokud", "jakmile", "až" before
# a verb, as "az" is Hungarian's "the"; hu "amennyiben", "miután", and "ha" only before the verb of a condition, as
# the Vietnamese name "Hà" folds into it; fi "jos", "kun", "kunhan") or a question. Every confirmation these rules read
# is ``THIN_OTHER`` (0.85): a person reads it, named by language, until a set shows more. Legal references in each
# language's own form (da "artikel 17, stk. 3", cs "čl. 17 odst. 3 GDPR", hu "17. cikk (3) bekezdés", fi "17
# artiklan 3 kohta") are read as the words around them; a receipt's legal deadline ("inden for en måned", "do
# jednoho měsíce", "egy hónapon belül", "kuukauden kuluessa") is a receipt. Development replies: tests/replies/
# {da,cs,hu,fi}-*-f1.eml; cases in tests/test_replies_pass53.py. Read folded: æ and ø stay, å → a; č → c, ř → r,
# ů → u, ě → e; ő → o, ű → u; ä → a, ö → o.
_REFUSED = [(reason, _with(rx, *{
    "no record": (
        r"\b(?:vi har|der er|der findes) ingen (?:\S+ ){0,2}(?:oplysninger|personoplysninger|data|registreringer)\b",
        r"\b(?:har|kunne) (?:\S+ )?ikke (?:fundet|finde) (?:nogen |nogle )?(?:\S+ )?(?:oplysninger|personoplysninger|data)\b",
        r"\b(?:nenalezli|nenasli|neevidujeme|nezpracovavame|nemame)\b(?: \S+){0,5}? (?:udaje|udaju|zaznam\w*|informace)\b",
        r"\bnem (?:talaltunk|talalhato\w*|rendelkezunk|kezelunk)\b(?: \S+){0,5}? (?:adat\w*|informacio\w*|bejegyzes\w*|nyilvantartas\w*)",
        r"\bemme (?:loytaneet|loyda|kasittele|sailyta)\b(?: \S+){0,4}? (?:tiet\w*|henkilotiet\w*)", r"\bei (?:loytynyt|loydy) (?:\S+ ){0,3}tiet\w*",
    ),
    "declined": (
        r"\bkan (?:desværre )?ikke (?:imødekomme|efterkomme|gennemføre|slette)\b", r"\b(?:afviser|afslar)\b",
        r"\bnemuzeme (?:\S+ ){0,2}(?:vyhovet|vymazat|smazat|odstranit|vyridit)\b", r"\b(?:zamitame|odmitame)\b",
        r"\bnem all modunkban (?:\S+ )?(?:teljesiteni|torolni)\b", r"\bnem tudjuk (?:\S+ )?(?:teljesiteni|torolni)\b", r"\belutasit(?:juk|ottuk)\b",
        r"\bemme voi (?:\S+ )?(?:poistaa|toteuttaa|hyvaksya)\b", r"\b(?:hylkaamme|hylkasimme)\b",
    ),
    "exempt": (
        r"\bforpligte(?:t|de) til at (?:opbevare|gemme)\b", r"\bbogføringslov\w*",
        r"\bjsme povinni (?:\S+ ){0,3}(?:uchovavat|uchovat)\b", r"\bzakon\w* o ucetnictvi\b",
        r"\bmeg kell oriznunk\b", r"\bmegorzesi kotelezettseg\w*", r"\bszamviteli torveny\w*",
        r"\b(?:velvoittaa|velvollisuus) (?:\S+ ){0,3}(?:sailyttama\w*|sailyttaa)\b", r"\bkirjanpitolak\w*",
    ),
    "identity not verified": (
        r"\bkunne ikke (?:\S+ )?(?:bekræfte|verificere) (?:din )?identitet\b", r"\bnepodarilo se (?:\S+ )?overit (?:vasi )?totoznost\b",
        r"\bnem (?:sikerult|tudtuk) (?:\S+ )?(?:igazolni|ellenorizni) (?:\S+ )?szemelyazonossag\w*", r"\bemme (?:pystyneet|voineet) (?:\S+ )?(?:varmistamaan|todentamaan) henkilollisyyt\w*",
    ),
}.get(reason, ()))) if reason in ("no record", "declined", "exempt", "identity not verified") else (reason, rx) for reason, rx in _REFUSED]
_NEEDS_ID = _with(
    _NEEDS_ID, r"\bkopi af (?:dit |din |jeres )?(?:pas|kørekort|sundhedskort|sygesikringsbevis|id-kort|billedlegitimation|legitimation)\b",
    r"\b(?:obcansk\w* prukaz\w*|cestovni\w* pas\w*|ridicsk\w* prukaz\w*|doklad\w* totoznosti)\b",
    r"\b(?:szemelyi igazolvany\w*|utlevel\w*|jogositvany\w*|lakcimkartya\w*)\b",
    r"\b(?:passi|passin|passista|passikopio\w*|henkilokortti\w*|henkilokortin|henkilokortista|ajokortti\w*|ajokortin|ajokortista|henkilollisyystodistu\w*)\b",
)
_DA_CS_HU_FI_DONE = (
    r"\bvi har (?:nu |hermed |derfor |allerede )?(?:slettet|fjernet) (?:\S+ ){0,3}?(?:personoplysning|oplysning|data|profil)\w*",
    r"\b(?:personoplysning|oplysning|data|profil|brugerkonto|konto)\w* (?:\S+ ){0,3}?(?:er|blev) (?:nu )?(?:blevet )?(?:slettet|fjernet)\b",
    r"\b(?:byl[ayo]?) (?:\S+ ){0,4}?(?:vymazan[ayo]?|smazan[ayo]?|odstranen[ayo]?)\b", r"\bjsme (?:\S+ ){0,3}?(?:vymazali|smazali|odstranili)\b",
    r"\b(?:vymazali|smazali|odstranili) jsme\b",
    r"\b(?:toroltuk|eltavolitottuk|megsemmisitettuk)\b", r"\b(?:torlesre|eltavolitasra) kerult(?:ek)?\b",
    r"\b(?:on|ovat) (?:nyt |jo )?(?:\S+ ){0,2}?poistettu\b", r"\bolemme (?:nyt |jo )?(?:\S+ ){0,2}?poistaneet\b", r"\b(?:poistimme|poistettiin)\b",
)
#: "no longer shown" beside a deletion is the success itself, as in Polish, Romanian and Swedish (``_PL_RO_SV_NO_LONGER``)
_DA_CS_HU_FI_NO_LONGER = (
    r"\bikke længere (?:\S+ )?(?:synlig|fremsøg|vis|søgbar|tilgængelig|offentliggjort)\w*",
    r"\b(?:jiz|uz) (?:\S+ )?(?:nejsou|neni|nebudou) (?:\S+ )?(?:zobrazen|viditeln|dostupn|zverejnen)\w*",
    r"\bmar nem (?:\S+ )?(?:jelenik|jelennek|lathato|kereshet|erheto)\w*", r"\bei (?:enaa|enää) (?:\S+ )?(?:nay|nakyvissa|loydy|haettavissa)\w*",
)
_CONFIRMED = _with(_CONFIRMED, *_DA_CS_HU_FI_DONE, *_DA_CS_HU_FI_NO_LONGER)
_NOT_DONE = _with(
    _NOT_DONE, r"\b(?:ikke|endnu|aldrig)\b", r"\bne(?:byl|jsou|ni|bud|smaz|vymaz|odstran|muz|mohl|mame|lze|zpracov|nalez|nasl|evid)\w*",
    r"\b(?:jeste|dosud|zatim|nikdy)\b", r"\b(?:soha|nincs\w*)\b", r"\b(?:ei|eivat|emme|viela|koskaan)\b",
    # Hungarian "nem" before its verb ("nem töröltük", "nem tudjuk", "nem található", "nem lehet"), never bare: Portuguese "nem"
    # (nor, not even) after a deletion done ("excluímos seus dados, nem um registro foi mantido") is no deletion undone (pass 54)
    r"\bnem (?:\S+ )?\w*(?:tuk|juk|unk|tak|tek|ott|ett|hato|heto|lehet|kerult|all|volt|van|fog)\w*",
)
_CONDITION = _with(
    _CONDITION, r"\b(?:hvis|nar|sa snart|efter at|vil blive|bliver|sletter vi|vil vi)\b",
    r"\b(?:pokud|jestli|jakmile|kdyz|budou|bude|vymazeme|smazeme|odstranime)\b", r"\baz (?:bude|budou|obdrzime|overime|potvrdite)\b", r"\bpo (?:overeni|potvrzeni|obdrzeni)\b",
    r"\b(?:amennyiben|miutan|amint|fogjuk|fogja|fognak)\b", r"\bha (?:on |mar )?(?:igazol|megerosit|elkuld|megkuld|kuld|megad|beerkez|megkap|visszaigazol|jova)\w*",
    r"\b(?:jos|kun|kunhan|heti kun|poistamme|poistetaan|tullaan)\b",
)
_NOT_YET = _with(
    _NOT_YET, r"\bikke (?:\S+ )?(?:blevet )?(?:slettet|fjernet)\b", r"\bnebyl[ayo]? (?:\S+ ){0,3}?(?:vymazan|smazan|odstranen)\w*",
    r"\bnem (?:\S+ )?(?:toroltuk|torolt\w*|kerult torlesre)\b", r"\b(?:ei|eivat|emme) (?:ole )?(?:viela )?(?:poistettu|poistaneet)\b",
)
_ACK = _with(
    _ACK, r"\b(?:vi har modtaget|modtagelsen af) (?:\S+ ){0,2}(?:din|jeres|deres) (?:anmodning|henvendelse|forespørgsel|mail)\b",
    r"\binden for (?:en maned|\d{1,3} dage)\b", r"\bsagsnummer\b",
    r"\bpotvrzujeme (?:\S+ )?prijeti\b", r"\b(?:obdrzeli|prijali) jsme (?:\S+ ){0,2}(?:zadost|pozadavek|zpravu|e-?mail)\b",
    r"\bdo (?:jednoho mesice|\d{1,3} dnu|\d{1,3} dni)\b", r"\bcislo (?:vaseho |vasi )?(?:pozadavku|zadosti|tiketu)\b",
    r"\b(?:kerelmet|megkereset|megkereseset|levelet) (?:\S+ )?megkaptuk\b", r"\bmegkaptuk (?:\S+ ){0,2}(?:kerelm|megkereses|level)\w*",
    r"\b(?:egy honapon|\d{1,3} napon) belul\b", r"\bugyszam\b",
    r"\bolemme vastaanottaneet (?:\S+ ){0,2}(?:pyyntosi|pyynnon|pyyntonne|viestisi|viestin)\b", r"\b(?:kuukauden|\d{1,3} (?:paivan|vuorokauden)) kuluessa\b",
    r"\b(?:tiketti|tiket|viite|asia)numero\b",
)
_EXTENDED = _with(_EXTENDED, r"\bforlæng\w*", r"\bprodlouz\w*", r"\bmeghosszabb\w*", r"\bpidenn\w*")
_VERIFY = _with(
    _VERIFY, r"\bklik pa (?:linket|knappen)\b", r"\bbekræft (?:din|jeres) (?:anmodning|e-mailadresse)\b",
    r"\bkliknete na (?:odkaz|tlacitko)\b", r"\bpotvrdte (?:svou |vasi )?(?:zadost|e-?mailovou adresu)\b",
    r"\bkattintson (?:az alabbi |a )?(?:linkre|hivatkozasra|gombra)\b", r"\berositse meg (?:\S+ )?(?:kerelm|e-mail)\w*",
    r"\bnapsauta (?:alla olevaa )?(?:linkkia|painiketta)\b", r"\bvahvista (?:pyyntosi|sahkopostiosoitteesi)\b",
)
_NEEDS_INFO = _with(
    _NEEDS_INFO, r"\bbeder (?:vi )?dig (?:venligst )?(?:oplyse|sende|angive)\b", r"\b(?:venligst|vil du venligst) (?:oplys|send|angiv)\w*",
    r"\bprosime (?:vas )?o (?:zaslani|doplneni|sdeleni|upresneni|uvedeni)\b", r"\b(?:zaslete|sdelte|uvedte) nam prosim\b",
    r"\bkerjuk, (?:adja meg|kuldje meg|kuldje el|jelolje meg|pontositsa)\b",
    r"\bpyydamme (?:sinua |teita )?(?:toimittamaan|lahettamaan|kertomaan|ilmoittamaan)\b", r"\b(?:lahetathan|kerrothan|ilmoitathan)\b",
)

# ---- Norwegian (Bokmål), reply pass 54: the states Danish is read for ----------------------------------------------------
# Norwegian reads close to Danish, and brokers' GDPR answers come in it; Danish rules read some of it ("vi har slettet")
# and missed the rest ("personopplysninger", "ikke lenger", "vi har mottatt", "innen en måned", "saksnummer", "klikk på
# lenken", "legitimasjon"). Each state in Norwegian's own spelling (folded: "å" is "a", "ø" and "æ" stay); a deletion
# only in a completed form ("vi har slettet", "er blitt slettet", "ble slettet"), never its negation ("ikke", "aldri",
# "ennå"), future ("vil bli slettet", "sletter vi"), condition ("hvis", "dersom", "når") or question. Read in part: a
# confirmation is 0.85 (``PARTIAL_LANGUAGES`` has nb, nn and no), a person reads it.
_NB_DONE = (
    r"\bvi har (?:na |herved |derfor |allerede |na herved )?(?:slettet|fjernet) (?:\S+ ){0,3}?(?:personopplysning|opplysning|data|profil)\w*",
    r"\b(?:personopplysning|opplysning|data|profil)\w* (?:\S+ ){0,3}?(?:er|ble) (?:na )?(?:blitt )?(?:slettet|fjernet)\b",
)
_NB_NO_LONGER = (r"\bikke lenger (?:\S+ )?(?:synlig|søkbar|sokbar|tilgjengelig|vis|publisert)\w*",)
_CONFIRMED = _with(_CONFIRMED, *_NB_DONE, *_NB_NO_LONGER)
_NOT_DONE = _with(_NOT_DONE, r"\b(?:aldri|enna)\b")
_CONDITION = _with(_CONDITION, r"\b(?:dersom|etter at|vil bli|blir|vil vi)\b")
_NOT_YET = _with(_NOT_YET, r"\bikke (?:\S+ )?(?:blitt )?(?:slettet|fjernet)\b")
_ACK = _with(
    _ACK, r"\bvi har mottatt (?:\S+ ){0,2}(?:din|deres) (?:forespørsel|foresporsel|henvendelse|anmodning|begjæring|begjaering|e-post)\b",
    r"\binnen (?:en maned|\d{1,3} dager)\b", r"\bsaksnummer\b",
)
_EXTENDED = _with(_EXTENDED, r"\bforleng\w*")
_VERIFY = _with(_VERIFY, r"\bklikk pa (?:lenken|linken|knappen)\b", r"\bbekreft (?:din|deres) (?:forespørsel|foresporsel|anmodning|e-postadresse)\b")
_NEEDS_INFO = _with(_NEEDS_INFO, r"\bber (?:vi )?(?:deg|dere) (?:om a )?(?:oppgi|sende|opplyse)\b", r"\b(?:vennligst|vær vennlig a) (?:oppgi|send|opplys)\w*")
_NEEDS_ID = _with(_NEEDS_ID, r"\bkopi av (?:ditt |din |deres )?(?:pass|førerkort|forerkort|id-kort|bankkort|legitimasjon)\b", r"\bgyldig legitimasjon\b")
_REFUSED = [(reason, _with(rx, *{
    "no record": (r"\b(?:vi har|det finnes) ingen (?:\S+ ){0,2}(?:opplysninger|personopplysninger|data|registreringer)\b",
                  r"\b(?:har|kunne) (?:\S+ )?ikke (?:funnet|finne) (?:noen )?(?:\S+ )?(?:opplysninger|personopplysninger|data)\b"),
    "declined": (r"\bkan (?:dessverre )?ikke (?:imøtekomme|imotekomme|etterkomme|gjennomføre|gjennomfore|slette)\b", r"\b(?:avviser|avslar)\b"),
    "exempt": (r"\bforpliktet til a (?:oppbevare|lagre)\b", r"\bbokføringslov\w*", r"\bbokforingslov\w*"),
    "identity not verified": (r"\bkunne ikke (?:\S+ )?(?:bekrefte|verifisere) (?:din )?identitet\b",),
}.get(reason, ()))) if reason in ("no record", "declined", "exempt", "identity not verified") else (reason, rx) for reason, rx in _REFUSED]

# ---- What set I showed (branch r17), as classes in wordings of our own ------------------------------
# Set I (tests/replies/seti) was held out for three reads and then retired; its misses were read and
# each fixed as a class, with a development reply of its own (tests/replies/*-e*.eml) and cases in
# tests/test_replies_r17.py: a refusal's words in a pending condition ("will not be processed until
# it is confirmed", "we have not deleted anything yet") are no refusal; a refusal's words in a
# question are none either; "no other profile found" beside a deletion is no "no record"; and the
# wordings below that no rule read.
_REFUSED = [(reason, _with(rx, *{
    "identity not verified": (
        r"\b(?:unable to|not able to|could not|couldn't|were not able to|failed to) (?:verify|confirm|validate) (?:your |the |this )?(?:request|e-?mail address)\b",
    ),
    "not a resident": (
        r"\b(?:unable to|not able to|could not|couldn't|cannot|were not able to|failed to) (?:confirm|verify|establish) (?:\S+ ){0,3}residen(?:cy|ce)\b",
        r"\bif (?:\S+ ){0,10}(?:were|was) an? (?:\S+ ){0,2}residents?\b", r"\b(?:has|have) no (?:such|comparable|similar) (?:privacy )?law\b",
        r"\bsi (?:\S+ ){0,8}(?:fuera|fuese) residente\b",
    ),
    "exempt": (
        r"\b(?:collected|held|maintained|obtained) (?:\S+ ){0,2}under (?:the )?(?:federal )?(?:gramm-leach-bliley|glba|fair credit reporting|fcra|hipaa)\b",
        r"\b(?:must|are required to|have to) (?:retain|keep) (?:it|them|this|the|your|these)\b",
        r"\bconserv\w* (?:\S+ ){0,4}(?:obligations? legales?|obligations? comptables?)", r"\bobligations? legales? (?:\S+ ){0,2}(?:de )?conserv",
        r"\bобязаны (?:\S+ )?хранить\b", r"\bзобов'язан\w* (?:\S+ )?зберігати\b",
    ),
    "no record": (
        r"\b(?:wala|walang) (?:kaming |kami ng )?(?:nakitang|nahanap na|natagpuang) (?:\S+ ){0,2}(?:record|rekord|tala|impormasyon|datos)\b",
        r"\bне знаишли (?:жодних |ніяких )?(?:записів|даних|відомостеи)\b",
    ),
    "declined": (
        r"\b(?:unable|not able|cannot|can't|can not|will not|won't|are not able) (?:to )?(?:process|honou?r|fulfill) an? (?:deletion|removal|request)\b",
        r"\b(?:will not|won't|will never) (?:delete|remove|erase) (?:it|them)\b",
        r"\bne sommes pas en mesure de (?:donner suite|faire droit|traiter|supprimer|effacer)\b",
    ),
}.get(reason, ()))) if reason in ("identity not verified", "not a resident", "exempt", "no record", "declined") else (reason, rx)
    for reason, rx in _REFUSED]
_EN_ALREADY = (  # English: the seven languages' rules, so read with their confidence
    r"\b(?:(?:was|were|had been) already|(?:has|have|had) already been) (?:removed|deleted|suppressed|opted out|taken down)\b",
    r"\b(?:profile|listing|record|information|data)s? (?:\S+ ){0,2}(?:remains?|stays?) (?:permanently )?suppressed\b",
)
_CONFIRMED = _with(_CONFIRMED, *_EN_ALREADY, r"\b(?:видалено|видалили|були видалені|було видалено)\b")
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_EN_ALREADY)
_NOT_DONE = _with(_NOT_DONE, r"\b(?:ні|не|ще)\b")
_EXTENDED = _with(
    _EXTENDED, r"\b(?:plazo|termino) (?:\S+ ){0,10}se (?:amplia|ampliara|prorroga|prorrogara)\b", r"\bse (?:amplia|prorroga) (?:\S+ ){0,3}(?:plazo|periodo)\b",
    r"\bpor un periodo igual\b",
)
_NEEDS_INFO = _with(
    _NEEDS_INFO, r"\b(?:we )?need (?:\S+ ){0,2}(?:more|additional|further|other) (?:details|information|info)\b",
    r"\b(?:please|kindly) (?:reply|respond)(?: to this (?:e-?mail|message))? (?:and|with|to) (?:confirm|tell|let us know|give|send)\b",
    r"\bnecesitamos (?:\S+ ){0,3}(?:direccion|fecha|nombre|ciudad|url|enlace|telefono|correo)\b",
    r"\bnos (?:la|lo|las|los) (?:puede|podria|puedes|podrias) (?:enviar|mandar|indicar|facilitar)\b",
    r"\bresponda (?:a este correo )?(?:indicando|indicandolo|con)\b",
    r"\beske ou ka (?:voye|ban nou|di nou)\b",
)
_ACK = _with(
    _ACK, r"\bforwarding (?:the|this|your) (?:request|message|e-?mail|letter|inquiry)\b", r"\breached the right (?:people|team|person|department)\b",
)
_SOLVED = _with(_SOLVED, r"\bstatus ?: ?(?:solved|resolved)\b", r"\bestado ?: ?(?:resuelto|solucionado)\b")
#: A refusal's words in a condition that is still pending ("will not be processed until it is
#: confirmed", "we cannot process the request until both are received", "we have not deleted anything
#: yet"): what the broker waits for, not its answer; the families below (needs_id, verify_link,
#: needs_info) read the rest.
_PENDING = _rx(
    r"\b(?:until|unless|yet|before we (?:can|continue|proceed))\b", r"\b(?:hasta que|todavia|aun no|mientras no)\b", r"\b(?:tant que|pas encore|avant de)\b",
    r"\b(?:bis|solange|noch nicht)\b", r"\b(?:ate que|enquanto|ainda nao)\b", r"\b(?:finche|fino a quando|non ancora)\b", r"\b(?:totdat|zolang|nog niet)\b",
    r"\bpoko\b", r"\bn'(?:avons|a|ont|ai) (?:\S+ )?encore\b",  # r21: "nous n'avons encore supprimé aucune donnée"
)
#: "removed on October 3 after an earlier opt-out request": an "after" naming a past request dates
#: the removal; it is no condition (a promise still reads "will", which the condition check catches).
_PAST_AFTER = re.compile(r"\bafter (?:an?|the|your|our|their) (?:earlier|previous|prior|former|first) (?:\S+ ){0,2}?(?:request|opt-?out|removal|submission|letter)s?\b")
#: "We did not find any other profile": the broker looked for more, which is no "no record".
_OTHER_RECORD = _rx(r"^\s*(?:any |a |no )?(?:\S+ )?(?:other|further|additional|more|otr[oa]s?|autres?|anderen?|outr[oa]s?|altr[oi])\b")


# ---- What set J showed (branch r18), as classes in wordings of our own ------------------------------
# Set J (tests/replies/setj) was held out for its reads and then retired; its misses were read and each
# fixed as a class in the languages with rules, asserted in tests/test_replies_r18.py in wordings that
# are none of set J's, with the safety cases each fix may never turn into a confirmation.
_AGENT_PARTY = (r"(?:an? |other |any )?(?:(?:authori[sz]ed |third[- ]party )?agents?|third[- ]part(?:y|ies)|representatives?"
                r"|intermediar(?:y|ies)|someone other than)")
_REFUSED_R18: dict[str, tuple[str, ...]] = {
    # CCPA regs. §7063 let a business deny an agent's request; some refuse any agent
    "agent not authorised": (
        rf"\b(?:do not|don't|does not|doesn't|cannot|can't|can not|are unable to|unable to|will not|won't|are not able to|no longer) (?:accept|process|honou?r|act on|respond to|take) "
        rf"(?:\S+ ){{0,3}}requests? (?:\S+ ){{0,3}}?(?:from|by|submitted by|made by|sent by|filed by|on behalf of) {_AGENT_PARTY}\b",
        rf"\brequests? (?:submitted|made|sent|filed) (?:by|through|via) {_AGENT_PARTY}\b(?:.{{0,40}})\b(?:cannot|can not|can't|will not|won't|are not|is not)\b",
        rf"\b(?:do not|don't) (?:accept|allow|permit|work with) {_AGENT_PARTY}\b",
        r"\bno (?:aceptamos|atendemos|tramitamos|procesamos|admitimos|acepta|atiende|tramita|procesa|admite) (?:\S+ ){0,2}solicitudes (?:\S+ ){0,3}?(?:de|por|hechas por|presentadas por|enviadas por) (?:\S+ )?(?:terceros|agentes|representantes|intermediarios)\b",
        r"\bn'accept(?:ons|e) pas (?:\S+ ){0,2}demandes (?:\S+ ){0,3}?(?:de|par|emanant de|presentees par) (?:\S+ )?(?:tiers|mandataires|agents|intermediaires)\b",
        r"\b(?:anfragen|antrage) (?:von|durch) (?:\S+ )?(?:dritten|bevollmachtigten|vertretern)\b(?:.{0,60})\b(?:nicht|keine)\b",
        r"\bnao (?:aceitamos|atendemos|processamos|aceita|atende|processa) (?:\S+ ){0,2}(?:solicitacoes|pedidos) (?:\S+ ){0,3}?(?:de|por|feit[oa]s por) (?:\S+ )?(?:terceiros|agentes|representantes)\b",
        r"\bnon (?:accettiamo|gestiamo|evadiamo|accetta|gestisce) (?:\S+ ){0,2}richieste (?:\S+ ){0,3}?(?:da|di|presentate da) (?:\S+ )?(?:terzi|agenti|intermediari|delegati)\b",
        r"\b(?:verzoeken|aanvragen) (?:van|door) (?:\S+ )?(?:derden|gemachtigden|vertegenwoordigers)\b(?:.{0,60})\b(?:niet|geen)\b",
    ),
    "not a data broker": (
        r"\b(?:is|are|we're|as) an? (?:\S+ )?search engine\b", r"\bdo(?:es)? not (?:host|control|publish|own) (?:the |these |those |any )?(?:pages|sites|websites|content|results)\b",
        r"\b(?:somos|es) un (?:motor de busqueda|buscador)\b", r"\bno (?:alojamos|controlamos|publicamos) (?:las|los) (?:paginas|sitios|contenidos)\b",
        r"\b(?:sommes|est) un moteur de recherche\b", r"\bn'hebergeons pas\b",
        r"\b(?:sind|ist) eine suchmaschine\b", r"\bhosten (?:\S+ ){0,3}nicht\b",
        r"\b(?:somos|e) um (?:motor de busca|buscador|mecanismo de busca)\b", r"\bnao hospedamos\b",
        r"\b(?:siamo|e) un motore di ricerca\b", r"\bnon ospitiamo\b",
        r"\b(?:zijn|is) een zoekmachine\b", r"\bhosten (?:\S+ ){0,3}niet\b",
    ),
    "not a resident": (  # "only … residents" with a longer clause between, in every language with rules
        r"\b(?:solo|unicamente|solamente) (?:\S+ ){5,8}residentes\b", r"\b(?:uniquement|seulement) (?:\S+ ){0,8}residents\b",
        r"\bnur (?:\S+ ){0,8}(?:einwohner|ansassige|personen mit wohnsitz)", r"\b(?:apenas|somente) (?:\S+ ){5,8}residentes\b",
        r"\bsolo (?:\S+ ){4,8}residenti\b", r"\balleen (?:\S+ ){4,8}inwoners\b",
        r"\b(?:lamang|lang) (?:\S+ ){0,8}residente\b", r"\bselman (?:\S+ ){0,8}rezidan\b",
        r"\btylko (?:\S+ ){0,8}mieszkanc\w*", r"\bdoar (?:\S+ ){0,8}rezident\w*", r"\bendast (?:\S+ ){0,8}(?:bosatta|invanare)\b",
        r"\b(?:только|лише|тільки) (?:\S+ ){0,8}(?:жител|мешканц)\w*", r"\bchi (?:\S+ ){0,8}cu dan\b",
    ),
    "exempt": (  # a legal obligation to keep (GDPR Art. 17(3)(b)), and Art. 17(3) as Polish and Romanian cite it
        r"\bart(?:\.|ykul|icolul|ikel)? ?17 (?:ust\.|alin\.|stycket|st\.|pkt\.?) ?\(?3\)?",
        r"\b(?:comply|compliance) with (?:a|an|our|its) (?:\S+ )?legal obligations?\b", r"\blegal obligation to (?:retain|keep|store)\b",
        r"\bobligacion(?:es)? legal(?:es)?\b", r"\bobligations? legales?\b", r"\b(?:rechtlichen|gesetzlichen) (?:verpflichtung|aufbewahrungspflicht)\w*",
        r"\bobrigac(?:ao|oes) lega(?:l|is)\b", r"\bobblig(?:o|hi) (?:di legge|legal[ei])\b", r"\bwettelijke (?:verplichting|bewaarplicht|bewaartermijn)\b",
        r"\bobowiaz\w* prawn\w*", r"\bprawn\w* obowiaz\w*", r"\bobligati\w* legal\w*", r"\bgrundlagsskydd\w*",
    ),
    "publicly available": (
        r"\ballmanna handlingar\b", r"\butgivningsbevis\b", r"\boffentliga (?:uppgifter|kallor|register)\b",
        r"\bzrod\w* publiczn\w*", r"\bpublicznie dostepn\w*", r"\bjawn\w* rejestr\w*", r"\bsurse publice\b", r"\b(?:disponibile|accesibile) public\b",
    ),
    "declined": (
        r"\b(?:it|this|which) (?:has been|was|is) (?:therefore |hereby )?(?:denied|declined|rejected|refused)\b",
        r"\b(?:kommer|kan) (?:vi )?inte (?:att )?(?:tas bort|raderas|avlagsnas)\b",
    ),
}
_REFUSED = [(reason, _with(rx, *_REFUSED_R18[reason])) if reason in _REFUSED_R18 else (reason, rx) for reason, rx in _REFUSED]
_REFUSED.insert(next(i for i, (r, _) in enumerate(_REFUSED) if r == "declined"),
                ("agent not authorised", _rx(*_REFUSED_R18["agent not authorised"])))
#: An agent refused only until a proof comes ("without signed permission", "unless the consumer
#: confirms"): the demand for the proof (needs_id) is the answer, not a refusal.
_AGENT_PENDING = _rx(r"\b(?:without|unless|until|sin|salvo que|a menos que|sans|sauf si|ohne|sofern nicht|sem|a menos que|senza|a meno che|zonder|tenzij)\b")
#: A refusal's words under a negation ("we will not deny the request", "no rechazaremos"): no refusal.
_NEG_REFUSAL = re.compile(r"(?:^|\s)(?:not|never|won't|n't|no|ne|nicht|nao|non|niet|nie|nu|inte)(?:\s+\S+)?\s*$")
_BARE_REFUSAL = re.compile(r"^(?:deny|denied|decline|declined|reject|rejected|refuse|refused|rechaz|deneg|refus|rejet|ablehn|recus|indefer|rifiut|respin|afwijz)")
#: The earlier message told of ("Sorry for our earlier e-mail saying we could not find the listing: we
#: found it and removed it"): a "no record" inside it is no answer, and it is cut before a sentence's
#: negations are read.
_EARLIER_SAID = _rx(
    r"\b(?:earlier|previous|prior|last|first) (?:message|e-?mail|reply|response|answer|letter|note) (?:\S+ )?(?:saying|stating|that said|which said|in which we said|telling you)\b[^.:;!?]*",
    r"\b(?:mensaje|correo|respuesta) anterior (?:en (?:el|la) que |que )?(?:deciamos|dijimos|indicamos|indicabamos|decia|indicaba)\b[^.:;!?]*",
    r"\b(?:message|courriel) precedent (?:\S+ )?(?:indiquant|disant|ou nous indiquions)\b[^.:;!?]*",
)
#: "We did not find a sale … to stop": the broker looked for a sale of the data, which is no "no record".
_SALE_OBJECT = _rx(r"^\s*(?:a |any |the )?(?:\S+ )?(?:sale|sales|selling|sharing)\b", r"^\s*(?:ninguna |una )?(?:venta|cesion)\b")
_SALE_NOT_FOUND = _rx(r"\b(?:did not|didn't|could not|couldn't) find (?:a|any) (?:sale|sharing|selling)(?: or (?:sale|sharing|selling))?\b",
                      r"\bno (?:encontramos|hemos encontrado) (?:ninguna )?(?:venta|cesion)\b")

_NEEDS_ID = _with(  # an agent's proof in everyday words
    _NEEDS_ID, r"\bsigned by (?:her|him|them|the (?:consumer|client|person|individual|data subject)|your client)\b",
    r"\bfirmad[oa] por (?:ella|el|la persona|el titular|la titular|su cliente|su representad[oa]|el interesado|la interesada)\b",
    r"\bsignee? par (?:la personne|le client|la cliente|l'interesse|votre client)", r"\b(?:unterschrieben|unterzeichnet) von (?:der betroffenen|ihrem mandanten|ihrer mandantin|der person)",
    r"\bassinad[oa] pel[oa] (?:titular|pessoa|cliente)\b", r"\bfirmat[oa] dal(?:la)? (?:persona|interessat|cliente)", r"\bondertekend door (?:de betrokkene|uw client|de persoon)\b",
)
#: A proof already received and thanked for ("Thank you for the signed permission"): no ask, unless
#: something more is asked in the same sentence.
_PROOF_RECEIVED = _rx(
    r"\b(?:thank you for|thanks for|we (?:have )?received|we've received|received (?:the|your))\b", r"\bgracias por\b", r"\b(?:hemos recibido|recibimos)\b",
    r"\bmerci (?:pour|de nous avoir)\b", r"\bavons (?:bien )?recu\b", r"\bdank(?:e)? fur\b", r"\bhaben (?:\S+ )?erhalten\b",
    r"\bobrigad[oa] pel[oa]\b", r"\brecebemos\b", r"\bgrazie per\b", r"\babbiamo ricevuto\b", r"\bbedankt voor\b", r"\bhebben (?:\S+ )?ontvangen\b",
    # branch r21 (set M): a proof reviewed or acknowledged ("We reviewed the signed authorization you
    # provided", "nous accusons réception … du mandat signé"), in the seven languages
    r"\bwe (?:have |'ve )?(?:reviewed|checked|examined|verified|accepted|acknowledge receipt of)\b", r"\b(?:hemos (?:revisado|verificado|aceptado)|revisamos|verificamos|aceptamos)\b",
    r"\b(?:nous )?accusons (?:bonne )?reception\b", r"\bavons (?:bien )?(?:examine|verifie|accepte)\b", r"\bhaben (?:\S+ )?(?:gepruft|akzeptiert)\b",
    r"\b(?:analisamos|conferimos|aceitamos)\b", r"\babbiamo (?:esaminato|verificato|accettato)\b", r"\bhebben (?:\S+ )?(?:bekeken|gecontroleerd|geaccepteerd)\b",
)
_PROOF_MORE = _rx(r"\b(?:but|also|however|still|additional|another|pero|tambien|todavia|mais|aussi|encore|aber|auch|noch|mas|tambem|ainda|ma|anche|ancora|maar|ook|nog)\b")
#: German and Dutch put the participle last: "Wir haben die unterschriebene Vollmacht geprüft" (branch r21)
_PROOF_RECEIVED_LAST = _rx(r"\b(?:wir )?haben (?:\S+ ){1,8}(?:gepruft|erhalten|akzeptiert)\b", r"\bhebben (?:\S+ ){1,8}(?:ontvangen|bekeken|gecontroleerd|geaccepteerd)\b")
# branch r21: a proof reviewed that lacks something, or a proof asked in the same sentence, is still asked
# ("We reviewed your request and need the signed authorization"; "… the form you sent is not signed")
_PROOF_MORE = _with(_PROOF_MORE, r"\b(?:need|needs|require[sd]?|must|please|send|provide|not|unsigned|missing|lacks?)\b",
                    r"\b(?:necesit\w*|requier\w*|envie\w*|proporcione|falta|no|sin firmar)\b", r"\b(?:besoin|veuillez|envoyer|fournir|pas|manque)\b",
                    r"\b(?:benotig\w*|bitte|senden|nicht|fehlt)\b", r"\b(?:precisamos|envie|nao|falta)\b", r"\b(?:serve|servono|inviare|inviateci|non|manca)\b",
                    r"\b(?:nodig|stuur|stuurt|niet|ontbreekt)\b")

_NEEDS_INFO = _with(
    _NEEDS_INFO, r"\bpotreste (?:\S+ )?(?:indicarci|inviarci|fornirci|comunicarci|confermarci|mandarci|dirci)\b", r"\bci potreste (?:indicare|inviare|fornire|comunicare|confermare)\b",
    r"\bnos (?:pueden|podrian|podrias|podria|puede|puedes) (?:confirmar|indicar|enviar|facilitar|proporcionar|decir|mandar)\b",
    r"\bpouvez-vous (?:nous )?(?:indiquer|preciser|confirmer|envoyer|communiquer|transmettre)\b", r"\bkunnen jullie (?:ons )?(?:\S+ ){0,6}(?:sturen|laten weten|doorgeven|aangeven)\b",
    r"\b(?:надішліть|вкажіть|повідомте|уточніть)\b", r"\b(?:пришлите|укажите|сообщите|уточните)\b",
)
_EXTENDED = _with(
    _EXTENDED, r"\bdue date (?:\S+ ){0,4}(?:extended|is now|has been (?:moved|changed))\b", r"\bstatus ?: ?extended\b",
    # "we need more time", not under an "if" ("If we need more time, we will let you know" is a receipt)
    r"(?<!if )(?<!should )\bwe need (?:more|additional|further) time\b",
    r"(?<!si )\bnecesitamos (?:mas|un poco mas de) tiempo\b", r"(?<!si )\bnous avons besoin de plus de temps\b", r"\bwir (?:benotigen|brauchen) (?:\S+ )?mehr zeit\b",
    r"(?<!se )\bprecisamos de mais tempo\b", r"(?<!se )\babbiamo bisogno di (?:piu|maggior) tempo\b", r"(?<!als )(?<!indien )\b(?:wij|we) hebben meer tijd nodig\b",
    r"\b\d{1,3} (?:dias|meses) mas\b", r"\b\d{1,3} (?:jours|mois) de plus\b", r"\b\d{1,3} (?:dias|meses) a mais\b", r"\b\d{1,3} (?:giorni|mesi) in piu\b",
)
_OOO = _with(  # an office closed for a time ("Our office is closed until January 6"), not "the office is closed"
    _OOO, r"\b(?:office|offices|bureaux?|oficinas?|escritorio|ufficio|kantoor)\b (?:\S+ ){0,3}?(?:closed|cerrad[oa]s?|fermee?s?|fechad[oa]|chius[oa]|gesloten)\b"
    r"(?: \S+){0,4}? (?:until|till|through|over the|for the (?:holidays?|break)|hasta|jusqu|ate|fino|tot|por vacaciones|pendant|durante)\b",
    r"\b(?:buro|kantoor|office)\b (?:\S+ ){0,2}(?:bis|tot|until) (?:\S+ ){0,4}(?:geschlossen|gesloten|closed)\b",
)
_ACK = _with(
    _ACK, r"\bquedo radicad[oa]\b", r"\bradicado (?:con el )?(?:numero|n)\b", r"\bsera atendid[oa]\b", r"\bdentro de los (?:\S+ ){0,2}dias (?:habiles|calendario)\b",
    r"\brecibimos (?:su|tu)\b", r"\b(?:le|te) (?:avisaremos|informaremos|notificaremos|responderemos)\b",
    r"\b(?:in|into) (?:our|the) queue\b", r"\bwe(?:'ll| will) (?:e-?mail|write to|message) you\b", r"\b(?:esta|se encuentra) en (?:la )?cola\b",
    r"\bdans (?:la|notre) file d'attente\b", r"\bin der warteschlange\b", r"\bna fila\b", r"\bin coda\b", r"\bin de wachtrij\b",
    # a removal promised, not done: "your listing will be removed within 5 business days", "once it is
    # reviewed we will delete the profile"
    r"\b(?:once|when|after|as soon as) (?:\S+ ){1,6}(?:we|i)(?:'ll| will) (?:delete|remove|erase|suppress)\b",
    r"\b(?:una vez|cuando|en cuanto) (?:\S+ ){1,6}(?:eliminaremos|borraremos|suprimiremos)\b", r"\b(?:une fois|des que|lorsque) (?:\S+ ){1,6}nous (?:supprimerons|effacerons)\b",
    # a removal promised, not done: "your listing will be removed within 5 business days"
    r"\bwill be (?:removed|deleted|erased|suppressed|taken down) (?:\S+ ){0,4}?within\b",
    r"\bsera[n]? (?:eliminad|borrad|suprimid|retirad)[oa]s? (?:\S+ ){0,4}?(?:en un plazo|dentro de|en \d)",
    r"\bsera(?:nt)? (?:supprimee?s?|effacee?s?|retiree?s?) (?:\S+ ){0,4}?(?:sous|dans|d'ici)\b",
    r"\bwird (?:\S+ )?innerhalb (?:\S+ ){0,4}(?:geloscht|entfernt)\b", r"\bsera(?:o)? (?:excluid|removid|apagad)[oa]s? (?:\S+ ){0,4}?(?:em ate|dentro de|em \d)",
    r"\bsara(?:nno)? (?:cancellat|eliminat|rimoss)[oaie] (?:\S+ ){0,4}?entro\b", r"\bwordt (?:\S+ )?binnen (?:\S+ ){0,3}verwijderd\b",
)
_CLOSED_NUM = r"(?:#|n[.o\u00b0]{0,2} ?|nr\.? ?|no\.? ?|numero |number )?\(?[a-z]{0,4}-?\d[\w-]*\)?"
_CLOSED = _with(  # a ticket's number between the ticket and its status ("Uw ticket #3321 is gesloten")
    _CLOSED, rf"\b(?:request|ticket|case) {_CLOSED_NUM} (?:has been|was|is|is now|has now been) (?:closed|cancell?ed|withdrawn)\b",
    rf"\b(?:solicitud|ticket|caso|peticion) {_CLOSED_NUM} (?:ha sido|fue|queda|se ha) (?:cerrad|cancelad|archivad)[oa]\b",
    rf"\b(?:demande|ticket) {_CLOSED_NUM} (?:a ete|est) (?:clos|close|cloturee?|fermee?|classee?)\b",
    rf"\b(?:anfrage|antrag|vorgang|ticket) {_CLOSED_NUM} (?:wurde|ist) (?:geschlossen|eingestellt)\b",
    rf"\b(?:solicitacao|pedido|chamado|ticket) {_CLOSED_NUM} (?:foi|esta) (?:encerrad|fechad|cancelad)[oa]\b",
    rf"\b(?:richiesta|ticket) {_CLOSED_NUM} (?:e stata|e stato|viene) (?:chius|archiviat|annullat)[oa]\b",
    rf"\b(?:verzoek|aanvraag|ticket) {_CLOSED_NUM} (?:is|wordt) (?:gesloten|afgesloten)\b",
    rf"\bzgloszenie {_CLOSED_NUM} (?:zosta[łl]o|jest) zamkniete\b", rf"\b(?:tichetul|solicitarea) {_CLOSED_NUM} a fost (?:inchis|inchisa)\b",
    rf"\barende(?:t)? {_CLOSED_NUM} (?:har stangts|ar stangt)\b",
)
#: A promise that the removed listing will not come back ("flagged so that it is not republished",
#: "no volverá a publicarse", "不会再被发布"): part of the removal, not a negation of it. Cut from a
#: sentence before its negations are read (any other negation in it still counts).
_NOT_AGAIN = _rx(
    r"\b(?:not|never|won't) (?:be )?(?:\S+ )?(?:re-?publish\w*|re-?list\w*|re-?post\w*|re-?add\w*|re-?appear\w*|(?:published|listed|posted|added|shown|displayed|collected) again)\b",
    r"\bno (?:se )?(?:volvera|volveran|vuelva|vuelvan) a (?:publicar|aparecer|mostrar|incluir)\w*",
    r"\bne (?:sera|seront|soit|soient) (?:pas|plus jamais|jamais) (?:\S+ )?(?:republiee?s?|remise?s? en ligne)\b",
    r"\bnicht (?:erneut|wieder|nochmals) (?:\S+ )?(?:veroffentlicht|aufgenommen|angezeigt|gelistet)\b",
    r"\bnao (?:voltara|voltarao|volte|voltem) a (?:ser )?(?:publicad|exibid|listad)\w*", r"\bnao (?:sera|serao) republicad\w*",
    r"\bnon (?:verra|verranno|sara|saranno) (?:piu )?(?:ripubblicat|ri-pubblicat)\w*",
    r"\bniet (?:opnieuw|weer) (?:\S+ )?(?:gepubliceerd|opgenomen|getoond|vermeld)\b",
    r"(?:今后|以后|將來|将来)?(?:不会|不會)再?(?:被)?(?:发布|發布|公开|公開|显示|顯示|出现|出現|刊登)",
    r"\bне (?:будет|будут) (?:снова|повторно) (?:опубликован|размещен|показан)\w*",
    r"\bnie (?:zostan\w*|bedzie|beda) ponownie (?:opublikowan\w*)", r"\bnu (?:va|vor) (?:mai )?fi republicat\w*", r"\binte (?:att )?(?:publiceras|visas) (?:igen|pa nytt)\b",
    # branch r32 (set S es-14, r31's Portuguese): what was deleted "will not be shown or sold" from now on
    r"\b(?:will not|won't|shall not) be (?:shown|displayed|sold|shared) (?:again |anymore |any more )?(?:(?:or|nor) (?:shown|displayed|sold|shared))?",
    r"\bno (?:se )?(?:mostrar|vender|publicar|compartir)an?(?: (?:mas|ya))?(?: (?:ni|o) (?:se )?(?:mostrar|vender|publicar|compartir)an?)?",
    r"\bnao (?:serao|sera) (?:mais )?(?:exibid|vendid|mostrad|publicad|compartilhad)\w*(?: (?:nem|ou) (?:exibid|vendid|mostrad|publicad|compartilhad)\w*)?",
    r"\bne (?:seront|sera) (?:plus|pas) (?:affichee?s?|vendue?s?|partagee?s?)(?: (?:ni|ou) (?:affichee?s?|vendue?s?|partagee?s?))?",
)
#: A removal done and the site to follow ("has been suppressed and will be removed from our site
#: within 72 hours"): the clause that follows is no condition on what was done. Cut only after a
#: success that names the removal itself ("processed … and will be removed" stays a promise).
_THEN_SITE = _rx(
    r"\b(?:and|,) (?:it |they )?will (?:also )?be (?:fully |permanently |completely )?(?:removed|deleted|purged|erased|taken down|gone) from (?:our|the) (?:public )?(?:site|website|web site|pages|search results|servers|backups|systems|cache)\b[^.;]*",
    r"\by (?:\S+ )?(?:sera|seran) (?:\S+ )?(?:eliminad|retirad|borrad|suprimid)[oa]s? de (?:nuestro|nuestra|el|la) (?:sitio|web|pagina|buscador|servidores)\b[^.;]*",
    r"\bet (?:\S+ )?(?:sera|seront) (?:\S+ )?(?:retiree?s?|supprimee?s?) (?:de|du) (?:notre|le|la) (?:site|moteur|page)\b[^.;]*",
    r"\bund wird (?:\S+ ){0,6}(?:von|aus) unserer (?:website|webseite|seite) (?:\S+ )?(?:entfernt|geloscht)\b[^.;]*",
    r"\be (?:\S+ )?(?:sera|serao) (?:\S+ )?(?:removid|excluid)[oa]s? (?:do|de) (?:nosso )?(?:site|portal)\b[^.;]*",
    r"\be (?:\S+ )?(?:sara|saranno) (?:\S+ )?(?:rimoss|eliminat)[oaie] dal (?:nostro )?sito\b[^.;]*",
    r"\ben wordt (?:\S+ ){0,5}van onze (?:website|site) verwijderd\b[^.;]*",
)
#: A condition in that following clause ("… and will be removed from our site once you verify"): kept.
_THEN_IF = _rx(r"\b(?:once|if|when|after|until|unless|as soon as|provided)\b", r"\b(?:cuando|una vez|si|hasta que|en cuanto)\b",
               r"\b(?:lorsque|quand|si|une fois|des que)\b", r"\b(?:sobald|wenn|falls|nachdem)\b", r"\b(?:quando|assim que|se)\b",
               r"\b(?:quando|una volta|se|appena)\b", r"\b(?:zodra|wanneer|als|indien)\b")
#: A small broker's answer, a first-person past often without its pronoun ("took the page down this
#: morning and deleted her row", "ya borré la página"): the seven languages' rules, so read with their confidence.
_PLAIN_DONE = (
    r"\b(?:took|taken) (?:the |your |her |his |their |that )?(?:page|listing|profile|post|entry|record|site)s? (?:down|offline)\b"
    r"(?!(?: \S+){0,3} (?:for maintenance|temporarily|briefly|for now))",
    r"(?:\band |\b(?:i|we) (?:also |just |already )?)(?:deleted|removed|erased) (?:the|your|her|his|their) (?:row|entry|record|page|listing|profile)s?\b",
    r"\b(?:we|i) (?:\S+ ){1,3}and (?:have |'ve )?(?:now )?(?:deleted|removed|erased|suppressed|taken down) (?:it|them|the (?:profile|listing|record|page|entry))\b",
    r"\bno longer (?:\S+ ){0,2}shows?\b",
    r"\bya (?:le |lo |la |les )?(?:borre|elimine|quite|retire|baje|borramos|eliminamos|quitamos|retiramos|bajamos) (?:\S+ ){0,2}?(?:pagina|perfil|ficha|registro|publicacion|entrada|datos|informacion)\b",
    r"\bhe (?:borrado|eliminado|quitado|retirado) (?:la|el|su|tu|los|las|sus)\b", r"\bj'ai (?:supprime|efface|retire) (?:la|le|les|votre|vos|sa|son|ses)\b",
    r"\bja (?:apaguei|exclui|removi|retirei) (?:a|o|os|as|seu|sua|seus|suas)\b", r"\bho (?:cancellato|eliminato|rimosso) (?:la|il|i|le|lo|sua|suo)\b",
)
_CONFIRMED = _with(_CONFIRMED, *_PLAIN_DONE)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_PLAIN_DONE)


# ---- branch r19: what set K showed, once retired (2026-12-01) ----------------------------------------
#: A proof of who one is that is no identity document: a verification by an automated phone call with
#: a code (people-search sites' "we verify every request by phone"), or a utility bill / bank statement
#: as proof of address. Both wait for the person to prove who they are: ``needs_id``. Wording checked
#: against consumer-privacy pages in these languages (see BENCHMARKS.md, branch r19).
_NEEDS_ID = _with(
    _NEEDS_ID,
    r"\b(?:automated|automatic|verification|recorded) (?:phone |telephone )?call\b", r"\bverify (?:\S+ ){0,3}by (?:phone|telephone|a phone call)\b",
    r"\b(?:confirm|verify) (?:each|every|all|the|your) (?:\S+ )?(?:request|opt-?out|removal)s? by (?:phone|telephone)\b",
    r"\b(?:utility|electric(?:ity)?|gas|water|phone|cable) bill\b", r"\bbank statement\b",
    r"\bllamada (?:telefonica )?(?:automatica|automatizada|de verificacion)\b", r"\bverificamos (?:\S+ ){0,3}por telefono\b",
    r"\b(?:recibo|factura|boleta) de (?:luz|agua|gas|telefono|servicios?|la luz|electricidad)\b", r"\bestado de cuenta bancari[oa]\b",
    r"\bappel (?:telephonique )?(?:automatique|automatise|de verification)\b", r"\bverifions (?:\S+ ){0,3}par telephone\b",
    r"\bfacture (?:d'electricite|de gaz|d'eau|de telephone|d'energie|de services publics)\b", r"\breleve (?:de compte )?bancaire\b", r"\bquittance de loyer\b",
    r"\b(?:automatischen?|automatisierten?) (?:telefon)?anruf\b", r"\b(?:kontroll|verifizierungs|bestatigungs)anruf\b",
    r"\b(?:strom|gas|wasser|telefon|nebenkosten)(?:rechnung|abrechnung)\b", r"\badressnachweis\b", r"\bmeldebescheinigung\b", r"\bkontoauszug\b",
    r"\b(?:ligacao|chamada) (?:telefonica )?(?:automatica|de verificacao)\b", r"\bconta de (?:luz|agua|gas|telefone|energia)\b", r"\bextrato bancario\b",
    r"\b(?:chiamata|telefonata) (?:automatica|di verifica)\b", r"\bbollett[ae]\b", r"\b(?:prova|certificato) di residenza\b", r"\bestratto conto\b",
    r"\b(?:automatische|geautomatiseerde) (?:telefoon)?oproep\b", r"\b(?:energierekening|nutsrekening|telefoonrekening|bankafschrift)\b", r"\bbewijs van (?:adres|woonplaats|verblijf)\b",
)
#: An identity that was not proven (refused, reason ``identity not verified``): "we could not verify
#: your identity" without "to", and Mexico's LFPDPPP answer "se tuvo por no presentada" (art. 96 of its
#: regulation: a request whose identity was not proven "se tendrá por no presentada").
_ID_NOT_VERIFIED = (
    r"\b(?:could not|couldn't|cannot|can't|were unable to|was unable to|did not|didn't) (?:\S+ )?(?:verify|confirm|validate) (?:your|the requester'?s?|the consumer'?s?) identity\b",
    r"\bno (?:acredit[oa]|acreditaste|se acredito|ha acreditado|han acreditado) (?:su|tu) identidad\b", r"\bse tuvo por no presentad[oa]\b", r"\bse tendra por no presentad[oa]\b",
    r"\bn'avons pas (?:pu )?(?:verifie|confirme) votre identite\b", r"\bidentitat (?:\S+ ){0,3}nicht (?:\S+ )?(?:bestatigt|verifiziert|nachgewiesen)\b",
    r"\bnao (?:verificamos|confirmamos|comprovou) (?:a )?(?:sua )?identidade\b", r"\bnon (?:abbiamo (?:potuto )?verificato|ha comprovato) la (?:sua|tua) identita\b",
    r"\b(?:uw|je) identiteit (?:\S+ )?niet (?:kunnen )?(?:vaststellen|verifieren|bevestigen)\b",
)
_REFUSED = [(reason, _with(rx, *_ID_NOT_VERIFIED)) if reason == "identity not verified" else (reason, rx) for reason, rx in _REFUSED]
#: A mailbox nobody reads ("this mailbox is not monitored", a do-not-reply notice): an auto-reply,
#: unless the mail is a receipt of the request itself (its ticket, "we received your request").
_UNREAD_BOX = _rx(
    r"\b(?:mailbox|inbox|e-?mail address|address|account) (?:\S+ ){0,3}(?:is|are) (?:not|un)[- ]?(?:monitored|attended|read|checked)\b",
    r"\breplies (?:\S+ ){0,3}(?:are|will) not (?:be )?(?:read|monitored|answered)\b",
    r"\b(?:buzon|correo|direccion|cuenta) (?:\S+ ){0,3}no (?:es|esta|son|se) (?:\S+ )?(?:monitore|supervis|atend|atiend|revis|lee)\w*",  # r21: "no se revisa"
    r"\b(?:boite(?: aux lettres| mail| de reception)?|adresse) (?:\S+ ){0,3}n'est pas (?:surveillee|consultee|lue|relevee)\b",
    r"\b(?:postfach|adresse|mailbox) (?:\S+ ){0,3}(?:wird|ist) nicht (?:uberwacht|gelesen|betreut|besetzt)\b", r"\bantworten (?:\S+ ){0,3}werden nicht gelesen\b",
    r"\b(?:caixa(?: de correio| de entrada)?|endereco) (?:\S+ ){0,3}nao (?:e|esta) (?:monitorad|lid|verificad)[oa]\b",
    r"\b(?:casella(?: di posta)?|indirizzo) (?:\S+ ){0,3}non (?:e )?(?:monitorat|presidiat|controllat|lett)[oa]\b",
    r"\b(?:mailbox|postvak|e-?mailadres|adres) (?:\S+ ){0,3}wordt niet (?:gelezen|gecontroleerd|bewaakt|gemonitord)\b",
)
#: What makes such a mail a receipt all the same: a ticket or the request named as received.
_STRONG_ACK = _rx(
    r"\b(?:ticket|case|request|reference|folio|radicado|protocolo) (?:#|number|no\.?|n[.o\u00b0]{1,2}|id|numero)? ?\S*\d{3,}",
    r"\b(?:we|i) (?:have )?received your (?:request|message|e-?mail|submission|letter|opt-?out)\b",
)
#: A removal not done yet because it waits its turn ("not removed yet: opt-outs run in the order
#: received, and yours is scheduled for Friday's update"): a receipt, when nothing else says done.
_SCHEDULED = _rx(
    r"\bscheduled (?:for|to)\b", r"\bin the order (?:received|they (?:are|were) received|of receipt)\b", r"\bnext (?:\S+ )?(?:update|refresh|batch|cycle)\b",
    r"\b(?:programad|agendad)[oa] para\b", r"\ben (?:el )?orden de (?:llegada|recepcion)\b", r"\bproxima actualizacion\b",
    r"\b(?:prevue?|programmee?|planifiee?) pour\b", r"\bpar ordre d'arrivee\b", r"\bprochaine mise a jour\b",
    r"\b(?:geplant|vorgesehen) fur\b", r"\bin der reihenfolge (?:des|ihres) eingangs\b", r"\bnachste[nr]? aktualisierung\b", r"\bfur (?:\S+ ){0,3}aktualisierung (?:geplant|vorgesehen)\b",
    r"\bpor ordem de chegada\b", r"\bproxima atualizacao\b",
    r"\b(?:programmat|pianificat)[oa] per\b", r"\bin ordine di arrivo\b", r"\bprossimo aggiornamento\b",
    r"\bgepland (?:voor|op)\b", r"\bop volgorde van binnenkomst\b", r"\bvolgende (?:update|bijwerking)\b",
)
#: Asked to act again without a link: send the form again (a profile's address instead of a search
#: page's, an expired link), or say which of the listings found is to be removed.
_RESUBMIT = _rx(
    r"\b(?:submit|send|fill (?:out|in)) (?:\S+ ){0,3}(?:form|request) (?:again|once more|anew)\b", r"\bre-?submit (?:\S+ ){0,2}(?:form|request)\b",
    r"\b(?:vuelve|vuelva|volve|volver) a (?:enviar|llenar|completar|rellenar|presentar) (?:\S+ ){0,2}formulario\b", r"\b(?:envia|envie|enviar|llena|llene|completa|complete) (?:\S+ ){0,2}formulario (?:otra vez|de nuevo|nuevamente)\b",
    r"\b(?:soumettre|renvoyer|envoyer|remplir) (?:\S+ ){0,2}(?:a nouveau |de nouveau )?(?:le |votre )?formulaire (?:a nouveau|de nouveau)?", r"\bformulaire (?:a nouveau|de nouveau)\b",
    r"\bformular (?:\S+ ){0,3}(?:erneut|nochmals|noch einmal|neu) (?:\S+ )?(?:absenden|senden|ausfullen|einreichen|ab)\b", r"\b(?:senden|schicken|fullen) sie (?:\S+ ){0,2}formular (?:\S+ ){0,2}(?:erneut|nochmals|noch einmal)\b",
    r"\b(?:envie|enviar|reenvie|preencha) (?:\S+ ){0,2}formulario (?:novamente|de novo|outra vez)\b",
    r"\b(?:invii|inviare|inviate|compili|ripresenti) (?:di nuovo|nuovamente) (?:\S+ ){0,2}modulo\b", r"\bmodulo (?:di nuovo|nuovamente)\b",
    r"\bformulier (?:\S+ ){0,2}opnieuw (?:in|versturen|verzenden|invullen|indienen)\b", r"\b(?:dien|stuur|vul) (?:\S+ ){0,2}formulier opnieuw\b",
)
_NEEDS_INFO = _with(_NEEDS_INFO, _RESUBMIT.pattern)
# branch r21 (set M): "reply YES to confirm" (no link to open: a person answers), and "the consumer must
# confirm with us directly" (the CCPA lets a business ask it of an agent's client), in the seven languages
_NEEDS_INFO = _with(
    _NEEDS_INFO,
    r"\b(?:reply|respond|answer|write back) (?:\S+ ){0,5}?(?:with|saying|containing) (?:the word |just )?[\"'\u201c]?(?:yes|confirm|confirmed)\b",
    r"\b(?:responda|responde|conteste|contesta|respondanos) (?:\S+ ){0,5}?con (?:la palabra |un )?[\"'\u201c]?(?:si|s\u00ed|confirmo|acepto)\b",
    r"\b(?:repondez|repondre|repondez-nous) (?:\S+ ){0,5}?(?:par|avec) (?:le mot )?[\"'\u201c\u00ab]?\s?(?:oui|je confirme|confirme)\b",
    r"\b(?:antworten sie|antworte) (?:\S+ ){0,5}?mit (?:dem wort )?[\"'\u201e\u201c]?(?:ja|bestatigt|bestatige)\b",
    r"\b(?:responda|responde|respondam) (?:\S+ ){0,5}?com (?:a palavra |um )?[\"'\u201c]?(?:sim|confirmo)\b",
    r"\b(?:risponda|rispondi|rispondete) (?:\S+ ){0,5}?con (?:la parola |un )?[\"'\u201c]?(?:si|s\u00ec|s\u00ed|confermo)\b",
    r"\b(?:antwoord|beantwoord|reageer) (?:\S+ ){0,5}?met (?:het woord )?[\"'\u201c]?(?:ja|bevestig)\b",
    r"\b(?:until|unless) (?:the|your) (?:consumer|client|individual|person|data subject) (?:\S+ )?(?:confirms|verifies|replies|responds)\b",
    r"\bask (?:your|the) (?:client|consumer|customer) to (?:confirm|reply|respond|answer|look for|contact)\b",
    r"\bhasta que (?:el|la|su) (?:consumidor|consumidora|persona|titular|cliente|interesad[oa]) (?:\S+ )?(?:confirme|responda|verifique)\b",
    r"\bpida (?:a|al) (?:su )?(?:cliente|clienta|titular|consumidor|interesad[oa]) que (?:confirme|responda|conteste|busque)\b",
    r"\bdemandez a (?:votre|la) (?:client|cliente|personne) de (?:confirmer|repondre|nous contacter)\b",
    r"\bbitten sie (?:ihren|ihre|die) (?:mandanten|mandantin|betroffene|betroffenen|kunden|kundin) (?:\S+ ){0,3}(?:zu bestatigen|zu antworten|bestatigen|antworten)",
    r"\bpeca (?:a|ao|à) (?:seu |sua )?(?:cliente|titular) que (?:confirme|responda)\b", r"\bate que o titular (?:\S+ )?(?:confirme|responda)\b",
    r"\bchieda (?:al|alla) (?:suo |sua )?(?:cliente|interessat[oa]) di (?:confermare|rispondere)\b",
    r"\bvraag (?:uw|je|de) (?:client|klant|betrokkene) (?:om )?(?:\S+ ){0,3}(?:te bevestigen|te antwoorden)\b",
)
#: Which of the listings found is to be removed: a question (read after the success families, so that
#: "We removed your listing. Would you like us to remove any other?" stays the confirmation it is).
_WHICH = _rx(
    r"\b(?:do|would) you (?:want|like) us to (?:\S+ ){0,2}(?:remove|delete|suppress|opt out)\b[^.?!]{0,160}\?",
    r"\b(?:cual|cuales) (?:\S+ ){0,3}(?:quieres|quiere|queres|desea|deseas|quieren|desean) que (?:\S+ )?(?:eliminemos|borremos|quitemos|demos de baja|suprimamos)\b",
    r"\b(?:quieres|quiere|queres|desea|deseas) que (?:\S+ )?(?:eliminemos|borremos|quitemos|demos de baja|suprimamos)\b[^.?!]{0,160}\?",
    r"\b(?:laquelle|lesquelles|lequel|lesquels) (?:\S+ ){0,2}(?:souhaitez|voulez)-vous\b", r"\b(?:souhaitez|voulez)-vous que nous (?:supprimions|retirions|effacions)\b[^.?!]{0,160}\?",
    r"\b(?:welchen|welches|welche) (?:\S+ ){0,4}(?:sollen wir|mochten sie|wollen sie)\b[^.?!]{0,120}\?", r"\bsollen wir (?:\S+ ){0,6}(?:loschen|entfernen)\b[^.?!]{0,160}\?",
    r"\bqual (?:\S+ ){0,3}(?:deseja|quer|prefere) que (?:\S+ )?(?:excluamos|removamos|apaguemos|eliminemos)\b", r"\b(?:deseja|quer) que (?:\S+ )?(?:excluamos|removamos|apaguemos|eliminemos)\b[^.?!]{0,160}\?",
    r"\bquale (?:\S+ ){0,3}(?:desidera|vuole|vuoi|preferisce) che (?:\S+ )?(?:cancelliamo|eliminiamo|rimuoviamo)\b", r"\b(?:desidera|vuole|vuoi) che (?:\S+ )?(?:cancelliamo|eliminiamo|rimuoviamo)\b[^.?!]{0,160}\?",
    r"\bwelke (?:\S+ ){0,3}(?:wilt u|wil je) (?:dat (?:we|wij) )?(?:\S+ )?verwijder", r"\bwilt u dat (?:we|wij) (?:\S+ ){0,6}verwijderen\b[^.?!]{0,160}\?",
    # branch r21 (set M): "please tell us which one is your client's", in the seven languages
    r"\b(?:tell|let) us (?:know )?which (?:one|ones|record|records|profile|profiles|listing|listings|of (?:these|them|the))\b",
    r"\b(?:diganos|diganme|dinos|indiquenos|indiquenos|indique|indiquen|comuniquenos) (?:\S+ )?(?:cual|cuales)\b",
    r"\b(?:indiquez|dites|precisez)-(?:nous|moi) (?:\S+ )?(?:lequel|laquelle|lesquels|lesquelles)\b",
    r"\bteilen sie uns (?:\S+ )?mit,? (?:welche|welcher|welches|welchen)\b", r"\b(?:diga|informe|indique)-nos (?:\S+ )?qua(?:l|is)\b",
    r"\b(?:ci )?(?:indichi|dica|indicateci|diteci|comunichi)(?:ci)? (?:\S+ )?(?:quale|quali)\b", r"\blaat (?:ons )?(?:\S+ )?weten welke\b",
    # branch r32 (set S fr-03): "the listing only, or a full deletion?" asked ("souhaitez-vous seulement retirer la fiche,
    # ou aussi supprimer les données ?", es, pt)
    r"\b(?:souhaitez|voulez)-vous (?:seulement |uniquement )?(?:retirer|supprimer|effacer|masquer)\b[^.?!]{0,160}\bou\b[^.?!]{0,120}\?",
    r"\b(?:desea|quiere|prefiere) (?:solo |solamente |unicamente )?(?:retirar|eliminar|quitar|ocultar|borrar)\b[^.?!]{0,160}\bo\b[^.?!]{0,120}\?",
    r"\b(?:deseja|quer|prefere) (?:apenas |somente |so )?(?:remover|excluir|retirar|ocultar|apagar)\b[^.?!]{0,160}\bou\b[^.?!]{0,120}\?",
)
#: Public sources named only as where the data came from, how they are used, or why a profile may
#: appear again ("Nuestros datos provienen de fuentes públicas"; "cómo usamos las fuentes públicas"):
#: no refusal unless the same sentence keeps or refuses something (branch r21, set M)
_PUBLIC_SOURCE_TOLD = _rx(
    r"\b(?:comes?|came|derived|compiled|gathered|collected|obtained) (?:\S+ ){0,2}from\b", r"\bhow we (?:use|collect|gather)\b", r"\b(?:may|might|could) (?:\S+ )?(?:reappear|appear again|show up again)\b",
    r"\b(?:provienen|proceden|vienen|se obtienen|se recopilan) de\b", r"\b(?:como|cómo) (?:usamos|utilizamos|recopilamos|obtenemos)\b", r"\b(?:vuelva|vuelvan|volver) a aparecer\b", r"\breaparec\w*",
    r"\b(?:proviennent|viennent|sont issues?|sont collectees?) (?:de|des|du)\b", r"\bcomment nous (?:utilisons|collectons)\b", r"\breapparaitre\b|\bapparaitre (?:a nouveau|de nouveau)\b",
    r"\b(?:stammen|kommen) aus\b", r"\bwie wir (?:\S+ )?(?:nutzen|verwenden|erheben)\b", r"\bwieder (?:erscheinen|auftauchen)\b",
    r"\b(?:vem|vêm|provem|provêm|sao obtidos) de\b", r"\bcomo (?:usamos|utilizamos|coletamos)\b", r"\b(?:voltar|volte) a aparecer\b",
    r"\b(?:provengono|derivano) da\b", r"\bcome (?:usiamo|utilizziamo|raccogliamo)\b", r"\bricompari\w*",
    r"\b(?:komen|afkomstig) (?:uit|van)\b", r"\bhoe (?:we|wij) (?:\S+ )?(?:gebruiken|verzamelen)\b", r"\bopnieuw (?:verschijnen|opduiken)\b",
)
#: "publicly available / accessible" is the broker's claim, never mere provenance
_PUBLIC_CLAIM = re.compile(r"publicly|publiquement|offentlich (?:zuganglich|verfugbar|einsehbar)|publicamente|pubblicamente|openbaar (?:beschikbaar|toegankelijk)|accessib|disponib|zuganglich|verfugbar|de acceso publico|dominio publico")
#: A refusal's own "cannot" in a sentence that names public records (branch r32): then it stays a refusal.
_CANNOT = _rx(r"\b(?:cannot|can't|can not|not able|unable|will not|won't)\b", r"\bno (?:podemos|es posible|podremos)\b",
              r"\bnao (?:podemos|e possivel)\b", r"\bne (?:pouvons|pourrons) pas\b")
_PUBLIC_KEPT = _rx(r"\b(?:therefore|thus|hence|accordingly|por (?:lo )?tanto|por eso|por ello|donc|par consequent|daher|deshalb|somit|portanto|por isso|quindi|pertanto|percio|daarom|dus)\b",r"\b(?:not|cannot|can't|unable|keep|kept|retain|remain|remains|stays?|exempt)\b", r"\b(?:no|ni|seguir\w*|mantene\w*|conserv\w*|permanec\w*)\b",
                   r"\b(?:ne|pas|garder|gardons|restent|reste)\b", r"\b(?:nicht|kein\w*|behalten|bleib\w*)\b", r"\b(?:nao|manter\w*|permanec\w*)\b",
                   r"\b(?:non|conserv\w*|rimang\w*|restano)\b", r"\b(?:niet|geen|bewaren|blijv\w*)\b")
#: A request not yet confirmed that "will expire": a reminder to confirm it, no refusal (branch r21, set M)
_EXPIRES = _rx(r"\b(?:will|is about to|is going to|may) (?:\S+ )?expire\b", r"\bexpires? (?:today|tomorrow|in|on|soon|at)\b",
               r"\b(?:caducara|vencera|expirara|va a (?:caducar|vencer|expirar))\b", r"\b(?:expirera|va expirer|expire (?:aujourd'hui|demain|dans|le))\b",
               r"\b(?:lauft|verfallt) (?:\S+ ){0,3}ab\b|\bverfallt\b", r"\b(?:vai expirar|expirara|expira (?:hoje|amanha|em))\b",
               r"\b(?:scadra|scade (?:oggi|domani|tra|il))\b", r"\b(?:verloopt|zal verlopen|vervalt)\b")
#: A refusal's words in a purpose clause ("so that we do not delete someone else's data"): no refusal (branch r21)
_PURPOSE_BEFORE = _rx(r"\b(?:so that|so|in order that|to make sure|to ensure|lest)\W*$", r"\b(?:para que|para|a fin de que|de modo que)\W*$",
                      r"\b(?:afin que|afin de|pour|de sorte que)\W*$", r"\b(?:damit|um)\W*$", r"\b(?:para que|para|de modo que)\W*$",
                      r"\b(?:affinche|per|in modo da)\W*$", r"\b(?:zodat|om)\W*$")
#: "There is no need to submit the form again": no ask.
_NO_NEED = _rx(r"\b(?:no need|not need|don't need|not necessary|unnecessary|nothing (?:more|else) (?:you need|to do))\b", r"\bno (?:hace falta|es necesario|necesita|necesitas|tiene que|tienes que)\b",
               r"\b(?:pas besoin|inutile|n'avez pas a|n'est pas necessaire)\b", r"\b(?:nicht (?:notig|erforderlich|mehr)|brauchen (?:sie )?(?:\S+ )?nicht|mussen (?:sie )?(?:\S+ )?nicht)\b",
               r"\bnao (?:e necessario|precisa)\b", r"\bnon (?:e necessario|serve|occorre|deve)\b", r"\b(?:niet nodig|hoeft u niet|hoef je niet)\b")
#: A refusal's words in the person's words the broker reports ("your new message, in which you say
#: that the profile is still published"): no refusal.
_REPORTED = _rx(
    r"\byou (?:say|said|report|reported|mention|mentioned|told us|wrote|tell us) (?:that )?", r"\b(?:indica|indico|indicas|dice|dijo|dices|senala|menciona|informa|reporta) que\b",
    r"\bvous (?:indiquez|dites|signalez|nous informez) que\b", r"\b(?:sie|du) (?:schreiben|schreibst|geben an|teilen (?:uns )?mit),? dass\b",
    r"\b(?:voce|o senhor|a senhora) (?:informa|diz|relata|indica) que\b", r"\b(?:segnala|indica|dice|scrive) che\b", r"\b(?:u|je) (?:geeft aan|meldt|schrijft|zegt) dat\b",
)
#: A reminder to confirm ("you have not yet confirmed your request", "it stays online until you
#: confirm"): with a link, an ask to confirm, never a refusal or a doubt.
_R19_VERIFY = (
    r"\b(?:not|never) (?:yet )?confirmed (?:your|the|this) (?:\S+ )?(?:request|opt-?out|removal|deletion)\b", r"\buntil you (?:confirm|verify)\b",
    r"\bno (?:has|ha) confirmado (?:\S+ )?(?:solicitud|baja|exclusion|peticion)\b", r"\bhasta que (?:la |lo )?(?:confirmes|confirme)\b",
    r"\bpas (?:encore )?confirme (?:votre|la|cette) demande\b", r"\bjusqu'a ce que vous (?:la |le )?confirmiez\b",
    r"\b(?:anfrage|antrag|loschung) (?:\S+ ){0,2}noch nicht bestatigt\b", r"\bbis sie (?:ihn |sie |es )?bestatigen\b",
    r"\bainda nao confirmou (?:\S+ )?(?:pedido|solicitacao)\b", r"\bate que (?:voce )?(?:o |a )?confirme\b",
    r"\bnon (?:hai|ha) ancora confermato\b", r"\bfinche non (?:la |lo )?(?:confermi|conferma)\b",
    r"\bnog niet bevestigd\b", r"\btotdat u (?:het |dit )?bevestigt\b",
)
_VERIFY = _with(_VERIFY, *_R19_VERIFY)
_VERIFY_CORE = _with(_VERIFY_CORE, *_R19_VERIFY)  # the seven languages' words: acted on as theirs are
#: Successes the reader missed: Mexico's ARCO "fueron bloqueados y posteriormente suprimidos" (two
#: participles, the deletion after the blocking), Argentina's "dimos de baja tu ficha", "your listing
#: ... flagged so the same record does not come back" (no negation), a first-person "we removed".
_CONFIRMED = _with(
    _CONFIRMED, r"\b(?:fue|fueron) (?:\S+ )?bloquead[oa]s? (?:y )?(?:posteriormente |luego |despues )?(?:suprimid|eliminad|cancelad)[oa]s?\b",
    r"\b(?:dimos|damos) de baja (?:tu|su|la|el) (?:ficha|perfil|registro|publicacion)\b",
)
_CONFIRMED_CORE = _with(
    _CONFIRMED_CORE, r"\b(?:fue|fueron) (?:\S+ )?bloquead[oa]s? (?:y )?(?:posteriormente |luego |despues )?(?:suprimid|eliminad|cancelad)[oa]s?\b",
    r"\b(?:dimos|damos) de baja (?:tu|su|la|el) (?:ficha|perfil|registro|publicacion)\b",
)
_NOT_AGAIN = _with(
    _NOT_AGAIN, r"\bso (?:that )?(?:the same |this |that |your )?(?:record|listing|profile|information|data) (?:does|will) not (?:come back|return|reappear)\b",
    r"\bpara que (?:\S+ ){0,3}no (?:vuelva|vuelvan) a (?:aparecer|publicarse|mostrarse)\b",
    r"\bpour qu'(?:elle|il|elles|ils) ne (?:reapparaisse|revienne)\w* (?:pas|plus)\b",
    r"\bdamit (?:\S+ ){0,3}nicht (?:wieder|erneut) (?:erscheint|auftaucht)\b",
    r"\bpara que (?:\S+ ){0,3}nao (?:volte|voltem|reapareca|reaparecam)\b",
    r"\bperche non (?:ricompaia|riappaia|torni)\b", r"\bzodat (?:\S+ ){0,3}niet (?:terugkomt|opnieuw verschijnt)\b",
)
#: Haitian Creole "pa parèt ankò" (no longer appears) is the success itself, like "no longer shown".
_NOT_AGAIN = _with(_NOT_AGAIN, r"\bpa (?:parèt|paret|afiche|vizib) (?:anko|ankò)\b")
#: An identity named among the data that was removed ("tu nombre, tu DNI y tu domicilio ya no aparecen")
#: is no demand for it: a document word in a sentence that says data no longer appears is skipped.
_NO_LONGER_SHOWN = _rx(r"\bno (?:aparecen|aparece|se muestran?|figuran?) (?:mas|ya)\b", r"\bya no (?:aparecen|aparece|se muestran?|figuran?)\b",
                       r"\bno longer (?:appears?|shown|displayed|listed|visible)\b", r"\bn'apparai(?:t|ssent) plus\b", r"\bnao (?:aparece|aparecem) mais\b")
#: The answer put off past its first term, with its new term (Colombia's Ley 1581 art. 15: "the
#: reasons for the delay ... will be answered within the following eight (8) business days").
_EXTENDED = _with(
    _EXTENDED, r"\b(?:dentro del|en el) termino inicial\b", r"\b(?:siguientes|posteriores) al vencimiento del (?:primer )?termino\b",
    r"\bwithin (?:\S+ ){0,3}days after (?:it|the (?:first|initial) (?:period|term|deadline)) (?:ends|expires)\b", r"\bwithin the first period\b",
)
#: Receipts: a web form's request received ("we received the opt-out request you submitted"), the
#: Chinese "已收到 … 申请" (received ... request), and Spanish "recibimos la solicitud".
_ACK = _with(
    _ACK, r"\b(?:we|i) (?:have )?received the (?:\S+ ){0,2}(?:request|submission|message|form) (?:you|that you)\b",
    r"\b(?:recibimos|hemos recibido) (?:la|el) (?:\S+ ){0,2}(?:solicitud|pedido|formulario|mensaje)\b", r"\bnous avons (?:bien )?recu (?:la|le) (?:\S+ ){0,2}(?:demande|formulaire)\b",
    r"\bwir haben (?:\S+ ){0,2}(?:anfrage|antrag|formular) (?:\S+ ){0,3}erhalten\b", r"\brecebemos (?:o|a) (?:\S+ ){0,2}(?:pedido|solicitacao|formulario)\b",
    r"\babbiamo ricevuto (?:la|il) (?:\S+ ){0,2}(?:richiesta|modulo)\b", r"\b(?:wij|we) hebben (?:\S+ ){0,2}(?:verzoek|formulier) (?:\S+ ){0,2}ontvangen\b",
    r"已收到|已经收到|已經收到",
)

#: "jusqu'à ce que vous la confirmiez": a pending condition, like "until"
_PENDING = _with(_PENDING, r"\bjusqu'a ce que\b", r"\bbis sie\b", r"\bate que\b", r"\bfinche non\b", r"\btotdat\b")
#: Argentina's and Mexico's "no se muestran más", "no aparece más" (no longer shown): the success itself.
_NO_MORE = (r"\bno (?:se )?(?:muestra|muestran|aparece|aparecen|figura|figuran|ve|ven|publica|publican) mas\b",)
_CONFIRMED = _with(_CONFIRMED, *_NO_MORE)
#: … and its opposite in the plural, beside it: "tus datos todavía se muestran" (still shown) is a part left
_NOT_YET = _with(_NOT_YET, r"\b(?:todavia|aun) (?:aparecen|se muestran|se ven|son visibles|estan visibles|figuran|estan publicad)",
                 r"\b(?:siguen|continuan) (?:apareciendo|mostrandose|figurando)\b")
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_NO_MORE)
#: Haitian Creole "non ou" is "your name", no French or Italian "non": read as the noun it is.
_HT_NAME = re.compile(r"\bnon (?=(?:ou|li|yo|nou|fanmi|konplè|konple)\b)")
#: Off a mailing list only ("we took your e-mail off our promotional list", "te dimos de baja de la
#: lista de correos"): no removal of the listing; a person reads it (``unsure``).
_OFF_LIST = _rx(
    r"\b(?:removed|deleted|took|taken|unsubscribed|opted)\b[^.;!?]{0,80}\b(?:newsletters?|(?:e-?mail|promotional|marketing|mailing|subscriber|distribution) (?:lists?|subscriptions?))\b",
    r"\b(?:quitamos|eliminamos|borramos|dimos de baja|damos de baja|removimos|sacamos)\b[^.;!?]{0,80}\b(?:boletin|lista de (?:correos?|envios|distribucion|e-?mails?|promociones|ofertas|publicidad|mercadeo|marketing|suscriptores)|correos promocionales|envios promocionales)",
    r"\b(?:retire|supprime|desinscrit|desabonne)e?s?\b[^.;!?]{0,80}\b(?:liste de diffusion|newsletter|lettre d'information|liste (?:de )?(?:courriels|marketing))",
    r"\b(?:entfernt|geloscht|abgemeldet|ausgetragen)\b[^.;!?]{0,80}\b(?:newsletter|verteiler|mailingliste|e-?mail-?liste)|\b(?:newsletter|verteiler|mailingliste)\b[^.;!?]{0,80}\b(?:entfernt|geloscht|abgemeldet|ausgetragen)\b",
    r"\b(?:removemos|excluimos|descadastr\w*|retiramos)\b[^.;!?]{0,80}\b(?:lista de (?:e-?mails?|emails|marketing|distribuicao)|newsletter)",
    r"\b(?:rimoss[oa]|cancellat[oa]|disiscritt[oa]|eliminat[oa])\b[^.;!?]{0,80}\b(?:newsletter|lista (?:di distribuzione|e-?mail|marketing|promozional))",
    r"\b(?:verwijderd|uitgeschreven|afgemeld)\b[^.;!?]{0,80}\b(?:nieuwsbrief|mailinglijst|verzendlijst)|\b(?:nieuwsbrief|mailinglijst|verzendlijst)\b[^.;!?]{0,80}\b(?:verwijderd|uitgeschreven|afgemeld)\b",
)
#: A reopened ticket, to be answered: a receipt.
_ACK = _with(
    _ACK, r"\b(?:reopened|re-opened|reabiert[oa]|rouverte?|wieder ?(?:geoffnet|eroffnet)|reabert[oa]|riapert[oa]|heropend)\b",
    # a removal promised if a record is found ("if we find a record that matches, it will be removed")
    r"\bif we (?:find|locate|identify|match) (?:a |any )?(?:\S+ )?(?:record|match|listing|profile|information|data)s?\b.{0,120}\bwill be (?:removed|deleted|suppressed|erased)\b",
    r"\bsi (?:encontramos|localizamos|hallamos) (?:\S+ ){0,4}(?:registro|perfil|ficha|dato|coincidencia)s?\b.{0,120}\bsera[n]? (?:eliminad|borrad|suprimid|retirad)",
    r"\bsi nous (?:trouvons|identifions|retrouvons) (?:\S+ ){0,4}(?:fiche|donnee|profil|correspondance)s?\b.{0,120}\bsera(?:nt)? (?:supprimee?s?|effacee?s?|retiree?s?)",
    r"\b(?:falls|wenn) wir (?:\S+ ){0,6}(?:finden|ermitteln)\b.{0,120}\bwerden? (?:\S+ ){0,4}(?:geloscht|entfernt)\b",
    r"\bse (?:encontrarmos|localizarmos|identificarmos) (?:\S+ ){0,4}(?:registro|perfil|dado)s?\b.{0,120}\bsera(?:o)? (?:excluid|removid|apagad)",
    r"\bse (?:troviamo|individuiamo) (?:\S+ ){0,4}(?:dati|profilo|profili|scheda|schede|record)\b.{0,120}\bsara(?:nno)? (?:cancellat|eliminat|rimoss)",
    r"\b(?:als|indien) (?:we|wij) (?:\S+ ){0,6}(?:vinden|aantreffen)\b.{0,120}\b(?:wordt|worden) (?:\S+ ){0,3}verwijderd\b",
)

#: The same three classes in the languages read in part (zh, vi, ru, uk, ko, pl, ro, sv, tl, ar, ht, so):
#: a utility bill, bank statement or proof of address, or an automated verification call (needs_id); a
#: mailbox nobody reads (auto_reply, read last as above); "send the form again" (needs_info). None of
#: these is a success, so none is acted on: each sends the case to a person or leaves it waiting.
_NEEDS_ID = _with(
    _NEEDS_ID, r"水电费|水電費|公用事业账单|公用事業帳單|银行对账单|銀行對帳單|(?:地址|住址|居住)(?:证明|證明)|自动(?:语音)?电话|自動(?:語音)?電話",
    r"\bhoa [dđ]on (?:tien )?(?:[dđ]ien|nuoc|[dđ]ien nuoc|tien ich)\b", r"\bsao ke (?:tai khoan )?ngan hang\b", r"\b(?:giay to|bang chung) (?:xac nhan |chung minh )?[dđ]ia chi\b", r"\bcuoc goi tu dong\b",
    r"\bсчет\w* за (?:коммунальн|электричеств|газ|воду)", r"\bквитанци\w* (?:\S+ ){0,2}(?:коммунальн|жкх)", r"\bвыписк\w* (?:из )?банк", r"\bподтверждени\w* (?:адреса|места жительства)", r"\bавтоматическ\w* звон",
    r"\bрахун\w* за (?:комунальн|електроенерг|газ|воду)", r"\bпідтвердженн\w* (?:адреси|місця проживання)", r"\bавтоматичн\w* дзвін",
    _ko(r"\uacf5\uacfc\uae08"), _ko(r"\uc8fc\uc18c \uc99d\uba85|\uac70\uc8fc \uc99d\uba85"), _ko(r"\uc790\ub3d9 \uc804\ud654"), _ko(r"\uc740\ud589 \uac70\ub798 \ub0b4\uc5ed"),  # 공과금 주소 증명 거주 증명 자동 전화 은행 거래 내역
    r"\brachun\w* za (?:prad|gaz|wode|media|telefon)\b", r"\bwyciag\w* (?:z )?(?:konta|bank)", r"\bpotwierdzeni\w* adresu\b", r"\bautomatyczn\w* (?:po[łl]aczen|telefon)\w*",
    r"\bfactura de (?:utilitati|curent|gaz|apa|energie)\b", r"\bextras(?:ul)? de cont\b", r"\bdovada (?:adresei|domiciliului|de domiciliu)\b", r"\bapel automat\b",
    r"\b(?:el|gas|vatten|telefon)rakning\b", r"\bkontoutdrag\b", r"\badressbevis\b", r"\bautomatiskt samtal\b",
    r"\b(?:bill ng (?:kuryente|tubig)|(?:kuryente|tubig) bill)\b", r"\bpatunay ng (?:address|tirahan)\b",
    r"\u0641\u0627\u062a\u0648\u0631\u0629 (?:\u0627\u0644)?(?:\u0643\u0647\u0631\u0628\u0627\u0621|\u0645\u064a\u0627\u0647|\u0645\u0627\u0621|\u062e\u062f\u0645\u0627\u062a)",  # فاتورة (ال)كهرباء/مياه/ماء/خدمات
    r"\u0643\u0634\u0641 \u062d\u0633\u0627\u0628", r"\u0627\u062b\u0628\u0627\u062a (?:\u0627\u0644)?(?:\u0639\u0646\u0648\u0627\u0646|\u0633\u0643\u0646)",  # كشف حساب, اثبات (ال)عنوان/سكن
    r"\b(?:bodwo|fakti) (?:elektrisite|dlo|limye|kouran)\b", r"\bprev (?:adres|rezidans)\b",
    r"\bbiil(?:ka)? (?:korontada|biyaha|adeegyada)\b", r"\bcaddeyn(?:ta)? (?:ciwaanka|cinwaanka|deegaanka)\b",
)
_UNREAD_BOX = _with(
    _UNREAD_BOX, r"(?:不受监控|不受監控|无人(?:查看|监控|阅读)|無人(?:查看|監控|閱讀)|不会被(?:阅读|查看)|不會被(?:閱讀|查看))",
    r"\bhop thu (?:\S+ ){0,2}khong (?:[dđ]uoc )?(?:theo doi|kiem tra|giam sat)\b",  # fold keeps "đ"
    r"\b(?:ящик|адрес) (?:\S+ ){0,2}не (?:отслеживается|проверяется|просматривается)\b", r"\bответы (?:\S+ ){0,2}не (?:читаются|рассматриваются)\b",
    r"\b(?:скринька|адреса) (?:\S+ ){0,2}не (?:відстежується|перевіряється|переглядається)\b",
    _ko(r"\ubaa8\ub2c8\ud130\ub9c1\ub418\uc9c0 \uc54a"),  # 모니터링되지 않
    r"\bskrzynk\w* (?:\S+ ){0,2}nie (?:jest|sa) (?:monitorowan|sprawdzan)\w*", r"\bodpowiedzi (?:\S+ ){0,2}nie sa (?:czytane|odczytywane)\b",
    r"\b(?:casuta|adresa) (?:\S+ ){0,3}nu este (?:monitorizata|verificata|citita)\b",
    r"\b(?:brevlada|inkorg|adress)\w* (?:\S+ ){0,3}(?:overvakas|bevakas|lases) inte\b",
    r"\bhindi (?:sinusubaybayan|binabasa|binabantayan) ang (?:inbox|mailbox|email)",
    r"\u063a\u064a\u0631 \u0645\u0631\u0627\u0642\u0628|\u0644\u0627 \u062a\u062a\u0645 \u0645\u0631\u0627\u0642\u0628\u062a",  # غير مراقب, لا تتم مراقبت
    r"\bbwat (?:imel|let) (?:\S+ ){0,2}pa (?:kontwole|siveye|li)\b", r"\bsanduuq(?:an|a) (?:\S+ ){0,2}lama (?:la socdo|akhriyo)\b",
)
_RESUBMIT_THIN = (
    r"(?:重新|再次)(?:提交|填写|填寫|发送|發送)", r"\b(?:gui|dien|nop) lai (?:\S+ )?(?:bieu mau|mau don|don|yeu cau)\b",
    r"\b(?:отправьте|заполните|подайте) (?:\S+ )?(?:форму|заявку|запрос) (?:\S+ )?(?:повторно|еще раз|заново)\b", r"\bповторно (?:отправьте|заполните|подайте)\b",
    r"\b(?:надішліть|заповніть|подайте) (?:\S+ )?(?:форму|заявку|запит) (?:\S+ )?(?:повторно|ще раз|знову)\b", r"\bповторно (?:надішліть|заповніть|подайте)\b",
    _ko(r"\ub2e4\uc2dc \uc81c\ucd9c|\uc7ac\uc81c\ucd9c"),  # 다시 제출, 재제출
    r"\b(?:wyslij|wyslac|przeslij|przeslac|wype[łl]nij|wype[łl]nic|z[łl]oz|z[łl]ozyc) (?:\S+ )?(?:ponownie|jeszcze raz) (?:\S+ )?(?:formularz|wniosek)\b", r"\b(?:formularz|wniosek) (?:\S+ )?ponownie\b",
    r"\b(?:trimiteti|completati|depuneti|retrimiteti) (?:\S+ )?(?:din nou|inca o data) (?:\S+ )?(?:formularul|cererea)\b", r"\b(?:formularul|cererea) din nou\b",
    r"\b(?:skicka|fyll i) (?:in )?(?:formularet|begaran) (?:igen|pa nytt)\b",
    r"\b(?:isumite|ipadala|punan) (?:\S+ )?(?:muli|ulit) ang (?:form|kahilingan)\b",
    r"\u0627\u0639\u0627\u062f\u0629 (?:\u0627\u0631\u0633\u0627\u0644|\u062a\u0642\u062f\u064a\u0645) (?:\u0627\u0644\u0646\u0645\u0648\u0630\u062c|\u0627\u0644\u0637\u0644\u0628)",  # اعادة ارسال/تقديم النموذج/الطلب
    r"\b(?:voye|ranpli|soumet) fom (?:\S+ )?anko\b", r"\bfoomka (?:\S+ )?mar kale\b",
)
_RESUBMIT = _with(_RESUBMIT, *_RESUBMIT_THIN)
_NEEDS_INFO = _with(_NEEDS_INFO, *_RESUBMIT_THIN)


# ---- branch r20: what set L showed, once retired (2026-12-01), and the tasks beside it ---------------
#: A document ask under a negation ("you do not need to send a copy of your ID", "no es necesario
#: enviar identificación", "vous n'avez pas besoin de fournir une pièce d'identité", "Sie müssen keine
#: Ausweiskopie senden", and the anti-phishing "we will never ask for your passport by e-mail"): no
#: ask. Read in the clause that holds the document's words only, so "no need to send your passport,
#: but please send a copy of your driver's license" still asks for the licence.
_NO_DOC_BEFORE = _rx(
    r"\b(?:no need|(?:do|does|did|will|would) not need|(?:don't|doesn't|won't) need|not necessary|unnecessary|not required|no longer need"
    r"|(?:do|does|will) not (?:require|ask|request)|(?:don't|doesn't|won't) (?:require|ask|request)|(?:do|does) not have to|(?:don't|doesn't) have to"
    r"|never (?:ask|request|require)s?|not (?:ask|asking) (?:you )?for)\b",
    r"\bno (?:es|sera|seria) (?:necesari[oa]|precis[oa]|obligatori[oa])\b", r"\bno (?:hace|hara) falta\b", r"\bno (?:necesita|necesitas|necesitara|tiene que|tienes que|debe|debera|requerimos|requiere|solicitamos|pedimos|le pedimos|le pediremos|le solicitaremos)\b",
    r"\bnunca (?:le |te )?(?:pedimos|pediremos|solicitamos|solicitaremos)\b", r"\bno se (?:requiere|necesita|exige)\b",
    r"\b(?:pas besoin|inutile|n'avez pas a|n'etes pas tenue? de|n'est pas (?:necessaire|requis|exige|obligatoire))\b", r"\bne (?:vous )?(?:demandons|demanderons|exigeons) (?:pas|jamais)\b",
    r"\b(?:nicht (?:notig|nötig|erforderlich|notwendig|mehr notig))\b", r"\b(?:brauchen|mussen|benotigen|mochten|verlangen)(?: sie| wir)? (?:\S+ ){0,3}(?:keine[nmrs]?|nicht)\b", r"\b(?:fordern|verlangen) (?:wir )?(?:niemals|nie|keine[nmrs]?)\b",
    r"\bnao (?:e|sera) (?:necessari[oa]|precis[oa]|obrigatori[oa])\b", r"\bnao (?:precisa|precisara|exigimos|solicitamos|pedimos|pediremos)\b", r"\bnunca (?:pedimos|pediremos|solicitamos|solicitaremos)\b",
    r"\bnon (?:e|sara) (?:necessari[oa]|obbligatori[oa])\b", r"\bnon (?:serve|occorre|deve|dovra|chiediamo|chiederemo|richiediamo)\b", r"\bnon c'e bisogno\b", r"\bnon (?:le )?(?:chiederemo|chiediamo) mai\b",
    r"\b(?:niet nodig|niet vereist|niet verplicht)\b", r"\b(?:hoeft|hoeven|hoef)(?: u| je)? (?:\S+ ){0,3}(?:geen|niet)\b", r"\bvragen (?:we|wij) (?:nooit|niet|geen)\b",
    # the languages read in part: "no need" / "not needed" before the document
    r"\b(?:nie (?:trzeba|musi|musisz|jest (?:wymagan|potrzebn)\w*)|nu (?:este necesar|trebuie|este nevoie)|behover (?:\S+ )?inte|inte nodvandig\w*)\b",
    r"\b(?:hindi (?:na )?kailangan|pa bezwen|pa oblije|looma baahna|uma baahnid|khong can|khong bat buoc)\b",
    r"\b(?:не нужно|не надо|не требуется|не обязательно|не потрібно|не обов'язково)\b",
    r"\b(?:не (?:нужн\w*|нужен|требу\w*|просим|запрашиваем|потрібн\w*|треба|вимага\w*|просимо)|нет (?:необходимости|нужды)|немає (?:потреби|необхідності)|никогда не (?:просим|запрашиваем|попросим)|ніколи не (?:просимо|попросимо))\b", r"无需|無需|不需要|不必|毋须|毋須",
    r"(?:\u0644\u0627 (?:\u062f\u0627\u0639\u064a|\u062d\u0627\u062c\u0629|\u064a\u0644\u0632\u0645)|\u0644\u0633\u062a \u0628\u062d\u0627\u062c\u0629|\u063a\u064a\u0631 \u0645\u0637\u0644\u0648\u0628)",  # لا داعي / لا حاجة / لا يلزم, لست بحاجة, غير مطلوب
)
#: … or after it, in its clause: "a copy of your ID is not required", "no es necesaria".
_NO_DOC_AFTER = _rx(
    r"\b(?:is|are|was|will be) (?:not|no longer) (?:required|needed|necessary)\b", r"\b(?:isn't|aren't) (?:required|needed|necessary)\b",
    r"\bno (?:es|sera) (?:necesari[oa]|obligatori[oa])\b", r"\bno (?:hace|hara) falta\b", r"\bn'est pas (?:necessaire|requise?|exigee?|obligatoire)\b",
    r"\b(?:ist|sind|wird|werden) (?:\S+ )?nicht (?:notig|erforderlich|notwendig|benotigt)\b", r"\bnao (?:e|sera) (?:necessari[oa]|obrigatori[oa])\b",
    r"\bnon (?:e|sara) (?:necessari[oa]|richiest[oa]|obbligatori[oa])\b", r"\b(?:is|zijn|wordt) niet (?:nodig|vereist|verplicht)\b",
    r"\bnie (?:jest|sa) (?:wymagan|potrzebn)\w*", r"\bnu (?:este|sunt) (?:necesar|obligatori)\w*", r"\b(?:behovs|kravs) inte\b",
    r"\bне (?:нужн|нужен|требу|обязател|потрібн|обов'язков|надо\b|треба\b|вимага)\w*", r"\bнет (?:необходимости|нужды)\b", r"\bнемає (?:потреби|необхідності)\b", _ko(r"\ud544\uc694(?:\ub294|\uac00)? \uc5c6|\ud544\uc694\ud558\uc9c0 \uc54a"),  # 필요(는/가) 없, 필요하지 않
)
#: The comma that closes a participial or relative phrase the document's words hold ("документ,
#: удостоверяющий личность, не нужен", "документ, що посвідчує особу, не потрібен"; branch r22): the
#: negation after it is still in the document's clause.
_PHRASE_CLOSED = re.compile(r"\s*,")
#: Where a clause ends: a sentence mark, a comma, or "but" and its kin.
_CLAUSE_MARK = re.compile(r"[.!?;:,\u3002\uff0c\u060c]|\b(?:but|however|instead|pero|sino|sin embargo|mais|cependant|aber|sondern|jedoch|mas|porem|ma|pero|tuttavia|maar|echter|ale|dar|men)\b")


def _doc_not_asked(text: str, start: int, end: int) -> bool:
    """Whether the document's words at ``text[start:end]`` are under a negation of the ask in their
    own clause ("you do not need to send a copy of your ID"), before them or after."""
    before = text[max(0, start - 100):start]
    marks = list(_CLAUSE_MARK.finditer(before))
    clause_before = before[marks[-1].end():] if marks else before
    after = text[end:end + 80]
    if "," in text[start:end] and (closing := _PHRASE_CLOSED.match(after)):
        after = after[closing.end():]  # "документ, удостоверяющий личность, [не нужен]": the phrase's own closing comma ends no clause
    cut = _CLAUSE_MARK.search(after)
    clause_after = after[:cut.start()] if cut else after
    # the match itself may begin with the ask's verb: "you do not [need to verify your identity]"
    return bool(_NO_DOC_BEFORE.search(clause_before + text[start:end]) or _NO_DOC_AFTER.search(clause_after))


#: Refusals set L showed unread (branch r20): "we have declined to delete these records", "the
#: records ... will not be deleted", "we uphold our original decision" (an appeal upheld), "no los
#: eliminaremos", "hemos denegado la solicitud", in the seven languages; and a legal obligation to
#: keep (a legal hold, "we are not required to delete") as an exemption; and "not until we hear from you"
#: ("no eliminaremos nada hasta recibir tu respuesta") as the wait it is.
_REFUSED_R20: dict[str, tuple[str, ...]] = {
    "exempt": (
        r"\bnot (?:required|obligated|obliged) to (?:delete|remove|erase)\b", r"\b(?:legal|litigation) hold\b",
        r"\b(?:sujet|regulad|amparad|cubiert|soumis|sujeit|soggett|regolat|unterlieg|unterfall|vall)\w* (?:\S+ ){0,4}(?:gramm-leach-bliley|glba|fcra|fair credit reporting)\b",
        r"\bno (?:nos obliga|nos exige|estamos obligad[oa]s) a (?:eliminar|borrar|suprimir)\b", r"\b(?:retencion|bloqueo) (?:legal|judicial)\b",
        r"\bne sommes pas (?:tenus|obliges) de (?:supprimer|effacer)\b",
        r"\bnicht (?:verpflichtet|gezwungen),? (?:\S+ ){0,4}zu loschen\b",
        r"\bnao (?:somos|estamos) obrigad[oa]s a (?:excluir|eliminar|apagar)\b", r"\b(?:retencao|bloqueio) (?:legal|judicial)\b",
        r"\bnon (?:siamo|e) (?:tenut|obbligat)[oi] a (?:cancellare|eliminare)\b",
        r"\bniet verplicht (?:om )?(?:\S+ ){0,4}te verwijderen\b",
    ),
    "declined": (
        r"\b(?:declined|refused|decline|refuse|declining|refusing) to (?:delete|remove|erase|honou?r|process|act on|fulfil+)\b",
        r"\b(?:will not|won't|shall not|cannot|can't|can not) be (?:deleted|removed|erased)\b",
        r"\b(?:uph[eo]ld|affirm|maintain) (?:our|the|its|my) (?:original |earlier |initial |previous |prior )?(?:decision|denial|determination)\b",
        r"\b(?:decision|denial) (?:is|has been|was) (?:upheld|affirmed|maintained)\b",
        r"\bno (?:los |las |lo |la |le |sus datos )?(?:eliminaremos|borraremos|suprimiremos|retiraremos)\b", r"\bno (?:seran|sera) (?:eliminad|borrad|suprimid)[oa]s?\b",
        r"\b(?:hemos|ha|han) (?:denegado|rechazado|desestimado) (?:la|su|tu|esta|dicha)\b", r"\b(?:mantenemos|confirmamos|ratificamos) (?:nuestra|la) decision\b",
        r"\bne (?:les |la |le |vos donnees )?(?:supprimerons|effacerons) pas\b", r"\bne (?:seront|sera) pas (?:supprimee?s?|effacee?s?)\b",
        r"\b(?:avons|a) (?:rejete|refuse) (?:votre|la|cette) demande\b", r"\bmaintenons (?:notre|la) decision\b", r"\brefusons de (?:supprimer|effacer)\b",
        r"\b(?:werden|wird) (?:\S+ ){0,3}nicht geloscht\b", r"\bwerden (?:\S+ ){0,4}nicht loschen\b", r"\bhalten (?:\S+ ){0,2}an (?:unserer|der) entscheidung fest\b",
        r"\bnao (?:os |as |o |a )?(?:excluiremos|eliminaremos|apagaremos|removeremos)\b", r"\bnao (?:serao|sera) (?:excluid|eliminad|apagad|removid)[oa]s?\b",
        r"\bmantemos (?:a|nossa) decisao\b",
        r"\bnon (?:li |le |lo |la )?(?:cancelleremo|elimineremo|rimuoveremo)\b", r"\bnon (?:saranno|sara) (?:cancellat|eliminat|rimoss)[ioae]\b",
        r"\bconfermiamo (?:la nostra|la) decisione\b", r"\babbiamo (?:respinto|rifiutato|rigettato) (?:la|sua)\b",
        r"\b(?:zullen|worden|wordt) (?:\S+ ){0,3}niet (?:worden )?verwijderd\b", r"\bhandhaven (?:\S+ ){0,2}(?:ons|het) (?:besluit|oordeel)\b",
    ),
}
_PENDING = _with(_PENDING, r"\bhasta (?:recibir|tener|contar con|obtener)\b", r"\bjusqu'a (?:reception|recevoir|obtenir)\b",
                 r"\bate (?:recebermos|receber|obtermos)\b", r"\bfino (?:a|al) (?:ricevere|ricevimento)\b", r"\btot (?:ontvangst|we|wij)\b", r"\bbis zum eingang\b")
_REFUSED = [(reason, _with(rx, *_REFUSED_R20[reason])) if reason in _REFUSED_R20 else (reason, rx) for reason, rx in _REFUSED]
#: Under a condition a refusal's words are none: "if your data cannot be removed, we will tell you why".
#: (Only words that are "if" in their language alone: the Spanish "se" and "caso" are no condition.)
_DECLINED_IF = _rx(r"\b(?:if|should|in case|unless)\b", r"\b(?:si|en caso de que)\b", r"\b(?:s'il|au cas ou)\b", r"\b(?:falls|wenn|sofern)\b",
                   r"\b(?:qualora|nel caso)\b", r"\b(?:indien|mocht)\b")
_R20_DECLINED = re.compile("|".join(f"(?:{p})" for p in _REFUSED_R20["declined"]))
#: The identifying part of a listing (name, postal address, phone), named in what a law keeps: a
#: deletion of marketing data beside it leaves the person findable, so the exemption is the answer.
_IDENTIFYING = (
    re.compile(r"\b(?:name|names|nombre|nombres|nom|noms|namen|nome|nomi|naam|namen)\b"),
    re.compile(r"(?<!e-mail )(?<!email )(?<!mail )(?<!electronic )\b(?:(?:postal |mailing |home )?address(?:es)?|domicilios?|direccion(?:es)? postal(?:es)?|adresses? postales?|anschrift(?:en)?|enderecos?|indirizz[oi]|postadres|woonadres)\b"),
    re.compile(r"\b(?:(?:tele)?phone|telefonos?|telephones?|telefon(?:nummer[n]?)?|telefones?|telefon[oi]|telefoon(?:nummers?)?)\b"),
)


#: The sentence after an exemption that says what it covers ("This includes your name, …").
_COVERS = re.compile(r"^\W*(?:this|that|these|which|it|they|namely|including|esto|esta|estos|estas|eso|ello|cela|ceci|celles?|ceux|dies|das|diese|isso|isto|esses|questo|questi|cio|dit|dat|deze)\b")


def _kept_identifying(text: str, start: int, end: int) -> bool:
    """Whether the sentence of an exemption, or the next one when it says what the exemption covers
    ("This includes …"), names at least two of a person's name, postal address and phone as kept: a
    sentence that says them removed, without a negation, does not count."""
    sentence = _sentence_at(text, start, end)
    close = [i for i in (text.find(c, end) for c in ".!?;") if i >= 0]
    after = text[min(close) + 1:] if close else ""
    nxt = re.split(r"(?<=[.!?;])\s", after.strip(), maxsplit=1)[0] if after.strip() else ""
    said = [sentence] + ([nxt] if _COVERS.match(nxt) else [])
    said = [x for x in said if not (_DELETION_SAID.search(x) and not _NOT_DONE.search(x))]
    return sum(bool(rx.search(" ".join(said))) for rx in _IDENTIFYING) >= 2


#: How to appeal a refusal ("to appeal, reply to this e-mail with the word APPEAL"): the right the
#: law gives after a refusal, not an ask for what the broker needs to act.
_APPEAL_HOW = _rx(r"\b(?:to|may|can|right to|wish to|want to) appeal\b", r"\bappeal (?:this|the|our) (?:decision|denial|refusal)\b",
                  r"\b(?:para|puede|derecho a) (?:apelar|recurrir|presentar (?:una )?apelacion)\b", r"\bpalabra apelacion\b",
                  r"\b(?:pour|pouvez) (?:faire appel|contester|former un recours)\b", r"\b(?:widerspruch|beschwerde) (?:\S+ ){0,3}einlegen\b",
                  r"\b(?:para|pode) (?:recorrer|apelar|contestar)\b", r"\b(?:per|puo) (?:presentare )?(?:ricorso|opposizione|impugnare)\b",
                  r"\b(?:bezwaar|beroep) (?:\S+ ){0,2}(?:maken|aantekenen|instellen)\b")


#: An office closed between two dates ("Unser Büro ist vom 23.12. bis 06.01. geschlossen"): away.
_OOO = _with(
    _OOO, r"\b(?:buro|office|oficina|bureau|escritorio|ufficio|kantoor)s? (?:\S+ ){0,2}(?:vom|from|del|du|de|dal|van) (?:\S+ ){1,4}?(?:bis|to|until|through|al|au|a|ate|tot) (?:\S+ ){1,4}?(?:geschlossen|gesloten|closed|cerrad[oa]|fermee?|fechad[oa]|chius[oa])\b",
    r"\b(?:geschlossen|gesloten|closed|cerrad[oa]|fermee?|fechad[oa]|chius[oa]) (?:\S+ )?(?:vom|from|del|du|de|dal|van) (?:\S+ ){1,4}?(?:bis|to|until|through|al|au|a|ate|tot)\b",
)
#: "… deleted, and will no longer be shared with third parties": beside a deletion, the success itself, not
#: a negation (``_confirmed`` drops it only from a sentence that says the data was deleted; alone it is
#: an opt-out of the sale, ``_SALE_OPT_OUT``).
_NO_LONGER_SHARED = _rx(
    r"\b(?:will|shall) (?:no longer|not) be (?:\S+ )?(?:shared|disclosed|passed on|communicated|transferred|provided) (?:\S+ ){0,2}(?:with|to) (?:any )?third parties\b",
    r"\bno (?:seran|sera) (?:mas )?(?:comunicad|cedid|compartid|transferid)[oa]s? (?:\S+ )?(?:a|con) terceros\b",
    r"\bne (?:seront|sera) plus (?:communiquee?s?|transmise?s?|partagee?s?|cedee?s?) a des tiers\b",
    r"\bnicht mehr an dritte (?:weitergegeben|ubermittelt)\b",
    r"\bnao (?:serao|sera) mais (?:compartilhad|comunicad|cedid|transferid)[oa]s? (?:com|a) terceiros\b",
    r"\bnon (?:saranno|sara) piu (?:comunicat|cedut|condivis|trasmess)[ioae] a terzi\b",
    r"\bniet (?:meer|langer) (?:gedeeld|verstrekt|doorgegeven) (?:met|aan) derden\b",
)
#: A deletion promised within a term ("your data will be deleted within 30 days"): a receipt, even
#: beside "your profile may still be visible during this time".
_SCHEDULED = _with(
    _SCHEDULED, r"\bwill be (?:deleted|removed|erased|purged) (?:\S+ ){0,3}within (?:\S+ ){0,2}(?:days|business days|weeks)\b",
    r"\bsera[n]? (?:eliminad|borrad|suprimid|retirad)[oa]s? (?:\S+ ){0,2}(?:en|dentro de) (?:los |un plazo de )?(?:proximos )?\d{1,3} dias\b",
    r"\bseront? (?:supprimee?s?|effacee?s?|retiree?s?) (?:\S+ ){0,2}(?:sous|dans|d'ici) (?:un delai de )?\d{1,3} jours\b",
    r"\binnerhalb von \d{1,3} tagen (?:\S+ ){0,2}(?:geloscht|entfernt)\b",
    r"\b(?:serao|sera) (?:excluid|eliminad|removid|apagad)[oa]s? (?:\S+ ){0,2}(?:em|dentro de) (?:ate )?\d{1,3} dias\b",
    r"\b(?:saranno|sara) (?:cancellat|eliminat|rimoss)[ioae] (?:\S+ ){0,2}entro \d{1,3} giorni\b",
    r"\bbinnen \d{1,3} dagen (?:\S+ ){0,2}verwijderd\b",
)
#: A request fetched from a deletion platform (California's DROP, the Delete Request and Opt-out
#: Platform, live 2026-01-01): a receipt, its result to come on the platform.
_ACK = _with(
    _ACK, r"\b(?:retrieved|received|downloaded|obtained) (?:your|the) (?:\S+ ){0,3}requests? (?:from|through|via|on) (?:the )?(?:\S+ ){0,8}?(?:drop|platform|delete request and opt-out platform)\b",
    r"\b(?:recuperamos|obtuvimos|descargamos|recibimos) (?:su|tu|la) (?:\S+ ){0,3}solicitud (?:\S+ ){0,3}(?:de|desde|a traves de|en) (?:la )?(?:plataforma|drop)\b",
    r"\b(?:avons (?:recupere|recu|telecharge)) (?:votre|la) (?:\S+ ){0,3}demande (?:\S+ ){0,3}(?:de|depuis|via|sur) (?:la )?(?:plateforme|drop)\b",
)
#: The answer itself behind a log-in ("a response to your request is available: log in to the
#: privacy portal to read it"): what the broker answered is not in the mail, so a person looks.
_PORTAL_ANSWER = _rx(
    r"\b(?:a |our )?(?:response|reply|answer) (?:to your (?:\S+ ){0,2}request (?:\S+ )?)?(?:is (?:now )?(?:available|ready)|has been (?:posted|published|uploaded))\b",
    r"\blog ?in (?:\S+ ){0,8}to (?:read|view|see|access|download) (?:our|the) (?:response|reply|answer)\b",
    r"\bhay una respuesta (?:a|para) su (?:\S+ )?solicitud\b", r"\b(?:inicie|inicia) sesion (?:\S+ ){0,10}para (?:leer|ver|consultar|descargar) (?:la|nuestra) respuesta\b",
    r"\b(?:une )?reponse (?:a votre demande )?(?:est (?:disponible|en ligne)|a ete publiee)\b", r"\bconnectez-vous (?:\S+ ){0,8}pour (?:lire|consulter|voir) (?:la|notre) reponse\b",
    r"\b(?:eine )?antwort (?:auf ihre (?:\S+ )?anfrage )?(?:steht|ist) (?:\S+ ){0,3}(?:bereit|verfugbar|abrufbar)\b", r"\bmelden sie sich (?:\S+ ){0,8}an,? um (?:die|unsere) antwort\b",
    r"\b(?:uma )?resposta (?:ao seu (?:\S+ )?pedido )?(?:esta disponivel|foi publicada)\b", r"\b(?:faca|faça) login (?:\S+ ){0,8}para (?:ler|ver|consultar) (?:a|nossa) resposta\b",
    r"\b(?:una )?risposta (?:alla sua (?:\S+ )?richiesta )?(?:e disponibile|e stata pubblicata)\b", r"\bacceda (?:\S+ ){0,8}per (?:leggere|visualizzare|consultare) (?:la|nostra) risposta\b",
    r"\b(?:er staat een )?(?:antwoord|reactie) (?:op uw (?:\S+ )?verzoek )?(?:klaar|is beschikbaar)\b", r"\blog in (?:\S+ ){0,8}om (?:het|ons) (?:antwoord|reactie) te (?:lezen|bekijken)\b",
    # r30 (set R): "there is an update on your request; the details are only in our privacy center": something
    # changed, the mail does not say what (a completion or a denial alike)
    r"\bthere (?:is|has been) (?:a new |an )?update (?:on|to|about|regarding|for) your (?:\S+ ){0,2}request\b",
    r"\b(?:status of your (?:\S+ ){0,2}request|request(?:'s)? status) has (?:been )?(?:changed|updated)\b",
    r"\bhay (?:una )?(?:nueva )?actualizacion (?:en|de|sobre|para) su (?:\S+ )?solicitud\b", r"\b(?:el )?estado de su (?:\S+ ){0,2}solicitud ha cambiado\b",
    r"\b(?:ha|existe) uma (?:nova )?atualizacao (?:no|do|sobre o|para o) seu (?:\S+ )?pedido\b", r"\bo estado do seu (?:\S+ )?pedido (?:foi alterado|mudou)\b",
    r"\bil y a (?:une )?(?:nouvelle )?mise a jour (?:de|concernant|sur) votre demande\b", r"\ble statut de votre demande a (?:change|ete mis a jour)\b",
    r"\b(?:es gibt|liegt) (?:eine )?(?:neue )?aktualisierung (?:zu|fur) ihre[rn]? anfrage\b", r"\bder status ihrer anfrage hat sich geandert\b",
)
#: A report of what the broker holds (an access request's answer) instead of a deletion: neither a
#: removal nor a refusal; a person looks.
_ACCESS_REPORT = _rx(
    r"\b(?:the |your )?(?:access )?report (?:of|on|with|listing) (?:the )?(?:\S+ ){0,3}(?:personal )?(?:information|data)\b(?:.{0,80})\b(?:is|are) (?:now )?(?:ready|available)\b",
    r"\byour (?:access|data) (?:report|copy|export) is (?:now )?(?:ready|available)\b", r"\bdownload your (?:access |data )?(?:report|copy of your data|data export)\b",
    r"\b(?:el |su )?informe (?:de acceso|con (?:la|sus) (?:\S+ ){0,2}(?:informacion|datos))\b(?:.{0,80})\besta (?:list|disponible)", r"\bdescargar? su informe\b",
    r"\b(?:le |votre )?(?:rapport|copie de vos donnees)\b(?:.{0,80})\b(?:est (?:pret|prete|disponible))\b", r"\btelecharger votre (?:rapport|copie)\b",
    r"\b(?:ihre )?(?:datenauskunft|auskunft|kopie ihrer daten)\b(?:.{0,80})\b(?:steht|ist) (?:\S+ )?(?:bereit|verfugbar)\b",
    r"\b(?:o seu |seu )?relatorio (?:de acesso|com (?:os )?(?:seus )?dados)\b(?:.{0,80})\besta (?:pronto|disponivel)\b", r"\bbaixar (?:o )?(?:seu )?relatorio\b",
    r"\b(?:il suo )?(?:report|copia dei suoi dati)\b(?:.{0,80})\be (?:pronto|pronta|disponibile)\b", r"\bscaric(?:a|hi) (?:il )?(?:suo )?report\b",
    r"\b(?:uw )?(?:rapport|inzageverzoek|kopie van uw gegevens)\b(?:.{0,80})\bstaat (?:\S+ )?klaar\b", r"\bdownload uw (?:rapport|gegevens)\b",
)
#: "We do not sell personal information": no answer to a deletion (neither a removal nor a refusal)
#: unless the broker also says it is no data broker, which the refusal reads first.
_DOES_NOT_SELL = _rx(
    r"\b(?:do|does|have) not (?:sell|sold|collect|buy|trade)\b", r"\bno (?:vende|vendemos|ha vendido|hemos vendido|recopila|recopilamos)\b",
    r"\bne (?:vend|collect)\w* pas\b", r"\b(?:verkaufen|verkauft|sammeln|sammelt) (?:\S+ ){0,2}keine\b", r"\bnao (?:vende|vendemos|coleta|coletamos)\b",
    r"\bnon (?:vende|vendiamo|raccoglie|raccogliamo)\b", r"\b(?:verkopen|verkoopt|verzamelen|verzamelt) (?:\S+ ){0,2}geen\b",
)


# ---- Amharic, Hindi and Turkish (branch r20): the states a reply really takes ------------------------
# Set K's last three misses (am-01, hi-01, tr-01) and set L's Amharic reply were in languages with no
# rules. Calibrated as the other languages read in part: a success only in a completed past form
# (am "ተሰርዟል" / "ተወግዷል", "ሰርዘናል"; hi "हटा दिया गया है", "हटा दी गई है"; tr "silindi", "silinmiştir",
# "kaldırıldı"), never the future (am "ይሰረዛል", hi "हटा दी जाएगी", tr "silinecek"), a negation (am
# "አልተሰረዘም" and "ገና"; hi "नहीं", "अभी तक"; tr "silinmedi", "henüz", "değil"), a condition or a
# question (am "ከሆነ", "በኋላ", "፧"; hi "यदि", "अगर", "के बाद", "क्या"; tr "eğer", "… takdirde", "… sonra", "?"), each tested in
# tests/test_replies_r20.py; every such confirmation carries ``THIN_OTHER`` / ``THIN_EXACT`` (0.85), so a
# person reads it, and an ask to confirm is acted on only on an exact "confirm your request" (am
# "ጥያቄዎን ያረጋግጡ", hi "अनुरोध की पुष्टि करें", tr "talebinizi onaylayın"). Wording checked against pages
# found with the search tool (pages corpus): Turkish KVKK and account-deletion pages ("Talebiniz
# alındıktan ve kimlik doğrulaması tamamlandıktan sonra ... en geç 30 gün içerisinde tamamlanır",
# "Hesabınız ve verileriniz güvenli bir şekilde silinir", "kimlik doğrulama"); Hindi account-deletion
# guides ("अकाउंट डिलीट", "स्थायी रूप से हटाएं", "सत्यापन और पुष्टिकरण", "आधार कार्ड, ड्राइविंग लाइसेंस");
# Amharic privacy policies ("የግል መረጃ", "ኢሜይል አድራሻ", "እባክዎ", "አንሸጥም"); and set K's and L's
# retired replies in these languages for the receipt's form. Folded as all text is: Devanagari loses
# its virama and nukta (हटा stays, "ज़रूरत" → "जरूरत", "प्रोफाइल" → "परोफाइल"), Turkish ş/ğ/ç/ö/ü lose
# their marks and dotless ı stays ı; so each pattern is folded the same way (``_fo``). No ``\b`` around
# Devanagari or Ethiopic: a vowel sign is no word character.
def _fo(*patterns: str) -> tuple[str, ...]:
    """Patterns folded as the text is (their escapes are all lower case, which folding keeps)."""
    return tuple(fold(p) for p in patterns)


_AM_DEL_PAST = r"(?:ተሰርዟል|ተሰርዘዋል|ተወግዷል|ተወግደዋል|ተደምስሷል)"
_HI_DEL_PAST = r"(?:हटा|मिटा|डिलीट कर) (?:दिया|दी|दिए) (?:गया|गई|गए) (?:है|हैं)|(?:हटा|मिटा|डिलीट कर) (?:दिया|दी|दिए) (?:है|हैं)|हटाया जा चुका है|हटा दी जा चुकी है"
_TR_DEL_PAST = r"(?:silindi|silinmistir|silinmis(?:tir)?|kaldırıldı|kaldırılmıstır|imha edildi|imha edilmistir|anonim hale getirildi)"
_REFUSED = [(reason, _with(rx, *{
    "declined": _fo(
        r"ውድቅ (?:ተደርጓል|አድርገናል|ተደርጓ)", r"ጥያቄዎን (?:አልተቀበልነውም|መፈጸም አንችልም)", r"(?:መሰረዝ|ማስወገድ) አንችልም",
        r"अस्वीकार कर (?:दिया|दी)", r"अस्वीकृत कर (?:दिया|दी)", r"(?:हटा|मिटा) नहीं (?:सकते|सकेंगे)",
        r"\b(?:reddedildi|reddedilmistir|reddediyoruz|reddetmek zorundayız)\b", r"\b(?:talebinizi|basvurunuzu) (?:karsılayamıyoruz|yerine getiremiyoruz)\b", r"\bsilemiyoruz\b",
    ),
    "identity not verified": _fo(
        r"ማንነትዎን (?:ማረጋገጥ አልቻልንም|አላረጋገጥንም)", r"पहचान (?:सत्यापित|की पुष्टि) नहीं (?:कर|हो) (?:सके|सकी|पाए|पाई)",
        r"\bkimliginizi dogrulayamadık\b", r"\bkimliginiz dogrulanamadı\b",
    ),
    "no record": _fo(
        r"ምንም (?:መረጃ|መዝገብ|መገለጫ) (?:አላገኘንም|አልተገኘም)", r"कोई (?:रिकॉर्ड|रिकार्ड|जानकारी|डेटा|परोफाइल|प्रोफाइल) नहीं (?:मिला|मिली|है)",
        r"\b(?:hakkınızda|adınıza) (?:herhangi bir |hicbir )?(?:kayıt|veri|bilgi) (?:bulunamadı|bulunmamaktadır|yok)\b", r"\b(?:kayıt|veri|bilgi) bulamadık\b",
    ),
}.get(reason, ()))) if reason in ("declined", "identity not verified", "no record") else (reason, rx) for reason, rx in _REFUSED]
_NEEDS_ID = _with(
    _NEEDS_ID, *_fo(r"መታወቂያ", r"ፓስፖርት", r"የመንጃ ፈቃድ",
                    r"पहचान पत्र", r"आधार कार्ड", r"पासपोर्ट", r"ड्राइविंग लाइसेंस", r"पैन कार्ड", r"सरकारी (?:पहचान|आईडी)",
                    r"\bkimlik (?:kartı|belgesi|belgenizin|fotokopisi|kartınızın)\w*", r"\bnufus cuzdanı\w*", r"\bpasaport\w*", r"\b(?:ehliyet|surucu belgesi)\w*"),
)
_NO_DOC_AFTER = _with(_NO_DOC_AFTER, *_fo(r"አያስፈልግ", r"(?:आवश्यकता|जरूरत|जरुरत) नहीं", r"\b(?:gerek yok|gerekmez|gerekmemektedir|gerekli degil|zorunlu degil)\w*"))
_CONFIRMED = _with(
    _CONFIRMED, *_fo(
        rf"(?:መረጃዎ|መረጃዎን|መረጃዎችዎ|መገለጫዎ|ፕሮፋይልዎ|መዝገብዎ)(?: [^ ]+){{0,4}} {_AM_DEL_PAST}", r"(?:ሰርዘናል|አስወግደናል)",
        rf"(?:जानकारी|डेटा|परोफाइल|प्रोफाइल|रिकॉर्ड|विवरण)(?: [^ ]+){{0,4}} (?:{_HI_DEL_PAST})", r"हमने (?:[^ ]+ ){0,4}(?:हटा|मिटा) (?:दिया|दी|दिए) (?:है|हैं)",
        rf"\b(?:verileriniz|kisisel verileriniz|bilgileriniz|profiliniz|kaydınız|kayıtlarınız|ilanınız|hesabınız)(?: [^ ]+){{0,4}} {_TR_DEL_PAST}", r"\b(?:sildik|kaldırdık|imha ettik)\b",
    ),
)
_NOT_DONE = _with(_NOT_DONE, *_fo(r"ገና|አል[^ ]*ም(?= |$)", r"नहीं|अभी तक|अब तक", r"\b(?:henuz|degil|hicbir)\b"))
_CONDITION = _with(_CONDITION, *_fo(r"ከሆነ|በኋላ|ሲጠናቀቅ|ካረጋገጡ", r"यदि|अगर|जब |के बाद|होने पर|क्या ", r"\b(?:eger|takdirde|halinde|durumunda|sonra)\b"))  # tr: eğer, … takdirde / halinde / durumunda, … sonra
_NOT_YET = _with(_NOT_YET, *_fo(r"(?:አልተሰረዘም|አልተወገደም)", r"नहीं (?:हटा|हटाया|मिटा|हटाई)", r"\b(?:silinmedi|silinmemis\w*|kaldırılmadı|kaldırılmamıs\w*)\b"))
_ACK = _with(
    _ACK, *_fo(
        r"ጥያቄዎ(?:ን)? (?:ደርሶናል|ተቀብለናል)", r"ማንነትዎ ተረጋግጧል", r"\d{1,3} (?:የሥራ )?ቀናት ውስጥ",
        r"अनुरोध (?:मिल गया|मिला|प्राप्त हो गया|प्राप्त हुआ|प्राप्त कर लिया)", r"\d{1,3} (?:दिनों|घंटों|कार्य दिवसों) (?:के भीतर|में)", r"(?:अनुरोध|टिकट) संख्या",
        r"\b(?:talebinizi|basvurunuzu|mesajınızı) (?:aldık|teslim aldık)\b", r"\b(?:talebiniz|basvurunuz) (?:alınmıstır|alındı|bize ulastı)\b", r"\b\d{1,3} (?:is )?gun icinde\b", r"\b(?:talep|basvuru|referans) numarası\b",
    ),
)
_EXTENDED = _with(_EXTENDED, *_fo(r"ተጨማሪ \d{1,3} ቀናት", r"(?:ተራዝሟል|እናራዝማለን|ማራዘም)", r"अतिरिक्त \d{1,3} दिन", r"(?:समय|अवधि)(?: [^ ]+){0,2} बढा", r"\bek \d{1,3} gun\b", r"\bsure(?:si|yi)? (?:[^ ]+ ){0,4}uzatıl\w*", r"\b\d{1,3} gun (?:daha )?uzatıl\w*"))
_EXTRA_AMOUNT = re.compile(_EXTRA_AMOUNT.pattern.replace("(дн\\w*|", "(дн\\w*|ቀናት|दिन|gun|", 1))
_VERIFY = _with(
    _VERIFY, *_fo(
        r"ጥያቄዎን (?:ያረጋግጡ|ለማረጋገጥ)", r"(?:ሊንኩን|ከታች ያለውን ሊንክ|ሊንክ) (?:ይጫኑ|ጠቅ ያድርጉ)", r"የማረጋገጫ ሊንክ",
        r"अनुरोध की पुष्टि (?:करें|करने)", r"(?:लिंक|बटन) पर क्लिक करें", r"सत्यापन लिंक",
        r"\btalebinizi onayla\w*", r"\b(?:baglantıya|linke|butona) tıklay\w*", r"\b(?:dogrulama|onay) baglantısı\w*", r"\be-posta adresinizi dogrulay\w*",
    ),
)
_NEEDS_INFO = _with(
    _NEEDS_INFO, *_fo(
        r"እባክዎ(?: [^ ]+){0,6} (?:ይላኩልን|ይላኩ|ያሳውቁን|ይንገሩን)", r"ተጨማሪ መረጃ",
        r"कृपया(?: [^ ]+){0,8} (?:भेजें|बताएं|बताएँ|दें|प्रदान करें)", r"(?:अधिक|अतिरिक्त) जानकारी",
        r"\blutfen (?:[^ ]+ ){0,6}(?:gonderin|gonderiniz|belirtin|belirtiniz|iletin|iletiniz|bildirin|bildiriniz)\b", r"\b(?:ek|ilave|daha fazla) bilgi\b",
    ),
)
_OFF_LIST = _with(_OFF_LIST, *_fo(r"\b(?:pazarlama|e-posta|bulten|tanıtım|kampanya) (?:listemizden|listesinden|listelerimizden)(?: [^ ]+){0,3} (?:cıkarıldı|kaldırıldı|silindi)\b"))

# ---- Hmong, Pashto, Burmese, Khmer and Tigrinya (reply pass 53): a receipt and a request for ID only -------------------
# A clinic's clients forward such mail, and a broker's local agent may answer in them. Only the two states a person can
# act on without a translator are read: the request received ("peb tau txais koj daim ntawv thov"; "ستاسو غوښتنه مو
# ترلاسه کړه"; "တောင်းဆိုချက်ကို လက်ခံရရှိပါသည်"; "យើងបានទទួលសំណើ"; "ሕቶኹም ተቐቢልና") and an identity document asked
# (Hmong "daim npav ID", "daim ntawv hla tebchaws"; Pashto "تذکره", "پاسپورټ"; Burmese "မှတ်ပုံတင်" (the national
# registration card), "နိုင်ငံကူးလက်မှတ်" (passport); Khmer "អត្តសញ្ញាណប័ណ្ណ" (identity card), "លិខិតឆ្លងដែន"
# (passport); Tigrinya "መንነት ወረቐት" (identity card)). Nothing in them is read as a confirmation, a refusal or a
# link to open: the rest goes to a person, named by language (``optout.mail._language``). Burmese and Khmer are
# written folded (``_fo``), as ``fold`` drops their combining signs.
_ACK = _with(
    _ACK, r"\b(?:peb )?tau txais (?:koj|nej|neb) (?:daim ntawv thov|tsab ntawv|qhov kev thov|cov lus thov)\b",
    *_fo("(?:غوښتنه|غوښتنلیک)(?: [^ ]+){0,2} ترلاسه (?:کړه|کړی|شو)", "တောင်းဆိုချက်(?:ကို)? ?လက်ခံရရှိ", "បានទទួល(?:សំណើ|សំណូមពរ|ពាក្យស្នើសុំ)", "(?:ሕቶ|ጠለብ)[^ ]* ተቐቢልና"),
)
_NEEDS_ID = _with(
    _NEEDS_ID, r"\bdaim (?:npav|ntawv) (?:id|cim|pov thawj tus kheej|hla tebchaws|tsav tsheb)\b",
    *_fo("تذکر[هې]", "پاسپورټ", "မှတ်ပုံတင်", "နိုင်ငံကူးလက်မှတ်", "អត្តសញ្ញាណប័ណ្ណ", "លិខិតឆ្លងដែន", "መንነት ወረቐት"),
)


#: Somali: "we were unable to verify your identity" and "your request was not carried out" (set L so-02),
#: as the refusals they are.
_REFUSED = [(reason, _with(rx, *{
    "identity not verified": (r"\bma (?:aanan|aynaan|aannu|aanu) (?:awoodin|karin) (?:inaan|in aan|inaanu) xaqiijino aqoonsiga\w*", r"\baqoonsiga\w* lama xaqiijin\b"),
    "declined": (r"\bcodsiga\w* (?:\S+ )?lama fulin\b", r"\bcodsiga\w* (?:\S+ )?waa la diiday\b"),
}.get(reason, ()))) if reason in ("identity not verified", "declined") else (reason, rx) for reason, rx in _REFUSED]
#: "Send the request again from the consumer's own address" (set L es-14): an ask to act, in the
#: seven languages.
_OWN_ADDRESS = (
    r"\b(?:resend|re-send|send|submit|re-?submit) (?:\S+ ){0,3}(?:again |anew )?from (?:the consumer'?s?|your|their|his|her) own (?:e-?mail )?(?:address|account|inbox)\b",
    r"\b(?:vuelva|vuelvan|volver) a enviar (?:\S+ ){0,3}desde su (?:propio |propia )?(?:correo|direccion|cuenta)\b", r"\b(?:reenvie|reenviar|envie) (?:\S+ ){0,3}desde su (?:propio |propia )?(?:correo|direccion)\b",
    r"\b(?:renvoyer|renvoie|renvoyez|envoyer) (?:\S+ ){0,3}(?:depuis|a partir de) (?:sa|votre|leur) propre adresse\b",
    r"\bvon (?:ihrer|seiner|der) eigenen e-?mail-?adresse (?:\S+ ){0,3}(?:erneut|nochmals|neu) (?:senden|stellen|einreichen)\b",
    r"\b(?:reenviar|reenvie|enviar) (?:\S+ ){0,3}(?:a partir|desde) do (?:seu )?proprio (?:e-?mail|endereco)\b",
    r"\b(?:inviare|invii|reinviare) (?:\S+ ){0,3}(?:nuovamente |di nuovo )?dal (?:suo |proprio )?(?:proprio )?indirizzo\b",
    r"\bopnieuw (?:\S+ ){0,3}(?:vanaf|van(?:uit)?) (?:zijn|haar|uw|het) eigen e-?mailadres\b",
)
_NEEDS_INFO = _with(_NEEDS_INFO, *_OWN_ADDRESS)
#: The right to complain to the regulator, under a condition ("if you consider that your rights have
#: not been respected, you may lodge a complaint with the AEPD"): the law's boilerplate, no word of what
#: was done (set L es-27). ``_confirmed`` reads past such a sentence.
_COMPLAINT_RIGHT = _rx(
    r"\b(?:lodge|file|submit|make|bring) (?:a )?complaint (?:with|to) (?:the )?(?:\S+ ){0,6}(?:authority|commissioner|attorney general|regulator|ico|agency|board)\b", r"\bright to complain to\b",
    r"\b(?:presentar|interponer) (?:una )?reclamacion ante\b", r"\b(?:introduire|deposer|adresser) (?:une )?(?:reclamation|plainte) (?:aupres de|a) (?:la )?(?:cnil|autorite)\b",
    r"\bbeschwerde (?:bei|an) (?:der |die )?(?:\S+ )?(?:aufsichtsbehorde|datenschutzbehorde|landesbeauftragten|bfdi)\b",
    r"\b(?:apresentar|fazer) (?:uma )?reclamacao (?:junto (?:a|da|do)|a|na|perante) (?:\S+ ){0,3}(?:cnpd|anpd|autoridade)\b",
    r"\b(?:proporre|presentare) (?:un )?reclamo (?:al|presso il|all'autorita) (?:garante)?", r"\bklacht (?:\S+ ){0,3}(?:indienen )?bij de autoriteit persoonsgegevens\b",
)
#: A help desk's digest of several tickets ("#48213 Remove my information - Solved", "#48502 … - Open"):
#: several requests, perhaps of several people; a person looks (set L en-54).
_DIGEST_LINE = re.compile(
    r"^\s*[-*\u2022]?\s*(?:#|n[o\u00ba]\.? ?|ticket |request |caso |solicitud )?\d{3,}\b.{0,160}?[-:|\u2013(\[]\s*"
    r"(?:solved|resolved|open|pending|closed|on hold|in progress|resuelt[oa]|abiert[oa]|pendiente|cerrad[oa]|en curso|resolue?|ouvert|en attente|fermee?"
    r"|gelost|offen|geschlossen|resolvid[oa]|abert[oa]|pendente|fechad[oa]|risolt[oa]|apert[oa]|in attesa|chius[oa]|opgelost|gesloten)\W*$", re.MULTILINE)


#: A person forwarding what a broker sent them ("Fwd: Additional verification needed", a line of their
#: own above it): the broker's mail is the forwarded one (set L en-53). Only a forward (Fwd/Fw/RV/TR/WG/
#: Enc), a few lines of one's own, and a forwarded message that is no letter of ours (no OPT- token)
#: and comes from someone other than the one forwarding it (nor their organisation), read only when the
#: forwarder's own lines say nothing a rule reads.
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|rv|tr|wg|enc|i)\s*:", re.IGNORECASE)
_FORWARD_HEAD = re.compile(r"^\s*(?:-{5,} ?(?:forwarded message|mensaje reenviado|message transfere|weitergeleitete nachricht|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht) ?-{5,}|_{10,})\s*$"
                           r"(?:\n.*){0,2}?\n\s*(?:from|de|von|da|van) ?: ?(?P<sender>.+)$", re.MULTILINE | re.IGNORECASE)
_OUR_TOKEN = re.compile(r"\bopt-[0-9a-z]{6}\b", re.IGNORECASE)
_FORWARD_OWN_MAX = 400


def _forwarded(msg: Incoming) -> Incoming | None:
    """The broker's mail a person forwarded, as a message of its own (its subject and body), or None."""
    if not _FORWARD_SUBJECT.match(msg.subject):
        return None
    m = _FORWARD_HEAD.search(msg.text)
    if m is None or len(msg.text[:m.start()].strip()) > _FORWARD_OWN_MAX:
        return None
    inner = msg.text[m.start():]
    sender = fold(m.group("sender"))
    if _OUR_TOKEN.search(inner) or (msg.from_addr and msg.from_addr in sender) or (msg.from_domain and msg.from_domain in sender):
        return None  # our own letter, or a note of the forwarder's own organisation
    head, _, body = inner.partition("\n\n")
    subject = next((line.split(":", 1)[1].strip() for line in head.splitlines()
                    if re.match(r"\s*(?:subject|asunto|objet|betreff|assunto|oggetto|onderwerp) ?:", line, re.IGNORECASE)), "")
    return replace(msg, subject=subject, text=body, html_text="")


#: "Please see below." above the answer of the broker's own privacy or legal team, quoted ("On …, TraceLane
#: Privacy <privacy@tracelane.example> wrote: > …"): the quoted mail is the answer (set N2, branch r23). Read
#: only when the reply's own lines are a short pointer to it, the quoted mail is no letter of ours (no
#: OPT- token, its sender none of the reply's recipients nor of their domains) and comes from the broker
#: itself (its sender's domain named in the replying address's, as a help desk's "tracelane.freshdesk…").
_SEE_BELOW = _rx(
    r"\b(?:see|find|read) (?:\S+ ){0,5}?below\b",
    r"\b(?:answer|reply|response|decision) (?:is )?below\b",
    r"\b(?:vea|ver|mire|lea) (?:la respuesta |el mensaje |la decision )?(?:\S+ ){0,4}?(?:abajo|mas abajo|a continuacion)\b", r"\brespuesta (?:mas )?abajo\b",
    r"\b(?:veja|ver|leia) (?:a resposta |a mensagem )?(?:\S+ ){0,4}?(?:abaixo|a seguir)\b", r"\bsegue abaixo\b",
    r"\b(?:voir|voyez|veuillez trouver|lire) (?:la reponse |le message )?(?:\S+ ){0,4}?ci-dessous\b",
    r"\bsiehe (?:\S+ ){0,4}?unten\b", r"\b(?:vedi|vedere|veda|trova) (?:la risposta )?(?:\S+ ){0,4}?(?:sotto|di seguito|qui sotto)\b", r"\bzie (?:\S+ ){0,4}?hieronder\b",
)
_QUOTED_FROM = re.compile(r"^\s*(?:on|el|le|am|il giorno|em|op) .{0,160}?<?(?P<addr>[^\s<>@]+@(?P<domain>[^\s<>@]+?))>?,? ?"
                          r"(?:wrote|escribio|a ecrit|schrieb|ha scritto|escreveu|schreef)\b.{0,40}:\s*$", re.MULTILINE)
_SEE_BELOW_OWN_MAX = 300


def _quoted_answer(msg: Incoming) -> tuple[Incoming, Incoming] | None:
    """The reply's own lines and the broker's own quoted answer below them, when those lines only say
    "see below", each as a message of its own (no subject), or None."""
    folded = fold(msg.text).splitlines()
    head = next((i for i, line in enumerate(folded) if _QUOTED_FROM.match(line)), None)
    if head is None:
        return None
    own = " ".join(" ".join(folded[:head]).split())
    if len(own) > _SEE_BELOW_OWN_MAX or not _SEE_BELOW.search(own):
        return None
    m = _QUOTED_FROM.match(folded[head])
    addr, domain = m.group("addr"), m.group("domain")
    quoted = "\n".join(re.sub(r"^\s*> ?", "", line) for line in msg.text.splitlines()[head + 1:] if line.lstrip().startswith(">"))
    if not quoted.strip() or _OUR_TOKEN.search(quoted) or addr in msg.to or domain in {a.rpartition("@")[2] for a in msg.to}:
        return None  # our own letter quoted
    if not msg.from_domain or domain.split(".")[0] not in msg.from_domain.split("."):
        return None  # someone else's mail, not the broker's answer
    own_lines = "\n".join(msg.text.splitlines()[:head])
    return replace(msg, subject="", text=own_lines, html_text=""), replace(msg, subject="", text=quoted, html_text="")


#: "To continue, verify your identity: you will be asked a few questions" (a knowledge-based quiz behind
#: a link, set L en-11 and fr-01): the person must answer, so it is an ask to prove who they are, never a
#: link to open on their behalf (opening it would record a confirmation nobody gave).
_ID_ASK = _with(
    _ID_ASK,
    # a code sent by text message to the person's phone, to be typed on the broker's page: only the person has it
    # (set S's first read; a code written in the mail itself is a verification anyone with the mail can finish)
    r"\b(?:code|passcode|pin|one[- ]time password|otp)\b[^.;!?]{0,60}?\b(?:sent|texted|send)\b[^.;!?]{0,30}?\b(?:by (?:text|sms)|via (?:text|sms)|"
    r"(?:in )?(?:a )?text message|sms)\b",
    r"\b(?:code|passcode|pin|one[- ]time password|otp)\b[^.;!?]{0,60}?\b(?:sent|texted)\b[^.;!?]{0,40}?\bto (?:the|your|her|his|their|your client'?s?) "
    r"(?:\S+ ){0,2}?(?:phone|mobile|cell|number)\b",
    r"\b(?:texted|sent (?:by|via) (?:text|sms)|sms(?:-ed|ed)?) (?:a |an |the )?(?:\S+ ){0,2}?(?:code|passcode|pin)\b",
    r"\b(?:sent|send|texted|sms(?:-ed|ed)?) (?:you |her |him |them |your client |the consumer )?(?:a |an |the )?(?:\S+ ){0,2}?(?:code|passcode|pin)\b[^.;!?]{0,20}?"
    r"\b(?:by (?:text|sms)|via (?:text|sms)|(?:in )?(?:a )?text message|sms|to (?:the|your|her|his|their) (?:\S+ ){0,2}?(?:phone|mobile|cell|number))",
    r"\bcodigo\b[^.;!?]{0,60}?\b(?:enviamos|enviado|enviada|mandamos)\b[^.;!?]{0,40}?\b(?:por (?:mensaje de texto|sms|texto)|(?:al|a su) (?:telefono|celular|movil|numero))",
    r"\bcodigo\b[^.;!?]{0,60}?\b(?:enviado|enviamos|recebido)\b[^.;!?]{0,40}?\b(?:por sms|por mensagem|para o (?:celular|telefone|numero))",
    r"\bcode\b[^.;!?]{0,60}?\b(?:envoye|recu)\b[^.;!?]{0,40}?\b(?:par sms|par texto|au (?:telephone|portable|numero))",
    # (probe pass 31) the verb before the code ("le enviamos un código por mensaje de texto", "le abbiamo inviato un
    # codice via SMS", "nous vous avons envoyé un code par SMS"), Italian, and "check your phone: we sent you a code"
    r"\b(?:enviamos|enviado|mandamos|enviaremos)\b[^.;!?]{0,40}?\bcodigo\b[^.;!?]{0,40}?\b(?:por (?:mensaje de texto|mensagem|sms|texto)|por mensaje|"
    r"(?:al|a su|para o|para seu|ao) (?:telefono|celular|movil|numero|telefone))",
    r"\b(?:envoye|envoyons|enverrons)\b[^.;!?]{0,40}?\bcode\b[^.;!?]{0,40}?\b(?:par sms|par texto|au (?:telephone|portable|numero))",
    r"\bcodice\b[^.;!?]{0,60}?\b(?:via sms|per sms|tramite sms|con un sms|al (?:suo |tuo )?(?:cellulare|telefono|numero))",
    r"\b(?:inviato|inviata|mandato|invieremo)\b[^.;!?]{0,40}?\bcodice\b[^.;!?]{0,40}?\b(?:sms|messaggio|al (?:suo |tuo )?(?:cellulare|telefono|numero))",
    r"\bcheck (?:your|her|his|their) (?:phone|mobile|cell|text messages|texts)\b[^.;!?]{0,45}?\b(?:code|passcode|pin)\b",
    r"\bma (?:xac (?:minh|nhan)|otp)\b[^.;!?]{0,60}?\b(?:tin nhan|sms|dien thoai)\b",
    _ko(r"(?:\ubb38\uc790|SMS|sms)[^.;!?]{0,30}?(?:\uc778\uc99d ?\ubc88\ud638|\ucf54\ub4dc)"),  # 문자 … 인증번호/코드
    r"(?:短信|簡訊)[^。；;]{0,20}?(?:验证码|驗證碼)",
    r"\b(?:to continue|to proceed|next step|before we (?:can )?(?:continue|proceed))[,:]? (?:please )?(?:verify|confirm|validate) (?:your|the consumer'?s?) identity\b",
    r"\b(?:para continuar|antes de continuar)[,:]? (?:por favor,? )?(?:verifique|verifica|confirme|confirma|valide) (?:su|tu) identidad\b",
    r"\b(?:pour continuer|pour poursuivre)[,:]? (?:veuillez |merci de )?(?:verifier|confirmer|valider|verifiez|confirmez|validez) votre identite\b",
    r"\b(?:um fortzufahren|bevor wir fortfahren)[,:]? (?:bitte )?(?:bestatigen|verifizieren) sie ihre identitat\b",
    r"\b(?:para continuar|antes de continuar)[,:]? (?:por favor,? )?(?:verifique|confirme|valide) (?:a sua|sua) identidade\b",
    r"\b(?:per continuare|per procedere)[,:]? (?:la preghiamo di )?(?:verifichi|confermi|verificare|confermare) la (?:sua|tua) identita\b",
    r"\b(?:om verder te gaan|om door te gaan)[,:]? (?:verifieer|bevestig) (?:uw|je) identiteit\b",
)


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``."""
    a = max(text.rfind(c, 0, start) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?;\n") if i >= 0]
    return text[a:min(ends) + 1 if ends else len(text)].strip()


#: A deletion verb in the first person plural, for "not yet" beside "nenhum dado" (branch r21: "ainda não eliminamos
#: nenhum dado" is no "no record"); kept out of ``_DELETION_SAID``, whose "no eliminamos" would read as a deletion
_WE_DELETED = re.compile(r"\b(?:eliminamos|excluimos|apagamos|borramos|suprimimos)\b")


def _next_sentence(text: str, end: int) -> str:
    """The sentence after the one holding ``text[end]`` ("" at the end): "… from public registers. A
    deletion is therefore not possible." (branch r21)"""
    ends = [i for i in (text.find(c, end) for c in ".!?;\n") if i >= 0]
    if not ends or min(ends) + 2 >= len(text):
        return ""
    after = min(ends) + 2
    return _sentence_at(text, after, after)


def _refusal(reason: str, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a refusal family's ``pattern`` that is one: not in a question, and for a
    "declined" not under a pending condition, for a "no record" not about another record."""
    for m in pattern.finditer(text):
        sentence = _sentence_at(text, m.start(), m.end())
        if sentence.endswith("?") or "\u00bf" in sentence:
            continue
        if reason in ("declined", "processed as do-not-sell only") and _PENDING.search(sentence):
            continue  # "your profile stays visible until you confirm": what the broker waits for
        if (said := _REPORTED.search(sentence)) and sentence.find(m.group(0)) >= said.end():
            continue  # "your message, in which you say that the profile is still published"
        if reason == "no record" and _OTHER_RECORD.search(text[m.end():m.end() + 30]):
            continue
        # branch r18: what set J showed (see "What set J showed" above)
        if reason == "agent not authorised" and _AGENT_PENDING.search(sentence):
            continue  # refused only until a proof comes: the demand for it is the answer
        if reason == "no record" and m.group(0).startswith("nothing") and _DOES_NOT_SELL.search(text[max(0, m.start() - 200):m.start()]):
            continue  # "we do not sell personal information, so there is nothing to opt out of"
        if reason == "not a data broker" and _DOES_NOT_SELL.match(m.group(0)):
            continue  # "we do not sell personal information": no refusal of a deletion (branch r20)
        if reason == "declined" and _R20_DECLINED.fullmatch(m.group(0)) and _DECLINED_IF.search(sentence[:max(0, sentence.find(m.group(0)))]):
            continue  # "if your data cannot be removed, we will tell you why" (branch r20)
        if reason == "publicly available" and _PUBLIC_SOURCE_TOLD.search(sentence) and not _PUBLIC_CLAIM.search(m.group(0)) \
                and not _PUBLIC_KEPT.search(sentence + " " + _next_sentence(text, m.end())):
            continue  # "our data comes from public records; a profile may appear again": where it came from, no refusal (branch r21)
        if reason == "publicly available" and _STILL_IN_USE.search(sentence) and not _PUBLIC_CLAIM.search(m.group(0)) \
                and not _CANNOT.search(sentence):
            continue  # "our screening services siguen usando información de registros públicos": what else uses it (branch r32)
        if reason == "identity not verified" and _IF_CLAUSE.search(re.split(r"[,:]", sentence[:max(0, sentence.find(m.group(0)))])[-1]):
            continue  # "if we are unable to verify your identity, we will let you know": a condition (branch r21)
        if reason == "identity not verified" and _EXPIRES.search(sentence):
            continue  # "your request has not been confirmed and will expire today": a reminder to confirm (branch r21)
        if reason == "no record" and _no_other_record(sentence, m):
            continue  # "we removed the listing; we found no other records": about the rest, not a refusal (branch r24)
        if reason == "no record" and _no_record_left(text, sentence, m):
            continue  # "seus dados foram excluídos. Não há mais nenhum registro seu": the deletion's result (pass 54)
        if reason == "declined" and _KO_UNSUBSCRIBED.search(text[max(0, m.start() - 12):m.end()]):
            continue  # Korean "수신 거부되었습니다": receiving (marketing mail) refused, i.e. unsubscribed (branch r24)
        if reason in ("declined", "processed as do-not-sell only") and _your_step_if(sentence, m.group(0)):
            continue  # "if you do not confirm, we will not delete your data": what the person is to do (branch r24);
            # "si no lo hace, … el perfil seguirá público": what happens if the person does not confirm (branch r27)
        if reason == "manifestly unfounded or excessive" and _MAY_REFUSE.search(sentence[:max(0, sentence.find(m.group(0)))]):
            continue  # "where requests are manifestly excessive, we may refuse to act": the law told of (branch r30)
        if reason == "declined" and _PURPOSE_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "tell us which one, so that we do not delete someone else's data" (branch r21)
        if reason == "declined" and _BARE_REFUSAL.match(m.group(0)) and _NEG_REFUSAL.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "we will not deny the request"
        if reason == "no record" and (any(e.start() <= m.start() and m.end() <= e.end() for e in _EARLIER_SAID.finditer(text))
                                      or _SALE_OBJECT.search(text[m.end():m.end() + 30])
                                      or (_PENDING.search(sentence) and (_DELETION_SAID.search(sentence) or _WE_DELETED.search(sentence)))):
            continue  # an earlier message told of; a sale looked for; "we have not yet deleted any data"
        return m
    return None


#: Before "manifestly unfounded or excessive": the law told as a condition or a power, not this request's answer.
_MAY_REFUSE = _rx(r"\b(?:if|where|when|whenever|should|may|might|can|could|any)\b", r"\b(?:si|cuando|en caso|puede|podemos|podremos|podriamos|toda)\b",
                  r"\b(?:lorsque|quand|peut|pouvons|toute)\b", r"\b(?:wenn|falls|sofern|kann|konnen|bei)\b", r"\b(?:se|quando|caso|pode|podemos|qualora|possiamo|puo)\b",
                  r"\b(?:als|indien|wanneer|kan|kunnen)\b", r"\b(?:αν|εαν|οταν|μπορει|μπορουμε)\b", r"\b(?:jesli|jezeli|gdy|moze|daca|poate)\b")


# ---- How sure a confirmation is, by the rules that read it (branch r17) -----------------------------
#: Calibrated on every labelled set (tests/replies and its blind, holdout, N, H, H2 and I sets; 2026-11-30,
#: BENCHMARKS.md "Reading brokers' replies"): the seven languages' rules made 121 confirmations, all right
#: (de 9, en 48, es 28, fr 11, it 7, nl 8, pt 10): by the rule of three the false-confirmation rate is
#: under 3/121 = 2.5 % at 95 %, so 0.95 is a conservative figure. The languages read in part (ar, ht, so,
#: tl, ko, ru, uk, vi, zh, pl, ro, sv) made 26, all right, but at most three per language: the corpus
#: cannot bound one language's rate, and pooled the bound is 3/26 = 11.5 % (confidence 0.88), under
#: ``ACT_CONFIDENCE``. So such a confirmation is acted on only when its words are an exact completed
#: deletion (a deletion verb in a past or completed form, which each language's tests pin against its
#: negation, question, condition and future; every one of the 26 was such): ``THIN_EXACT`` = 0.9, the
#: lowest confidence that is acted on. Any other success wording these rules read ("no longer shown",
#: "the deletion request has been processed / completed") is ``THIN_OTHER`` = 0.85: a person reads it.
#:
#: Re-measured on first reads (lead, 2026-11-30): on the two sets written blind since (J and K), these
#: rules acted on 10 confirmations and 2 were not (set K: a Haitian request to click "to confirm you want
#: us to remove your file", a Vietnamese phone number removed while the name stays shown): 20 % on
#: unseen wording, against 0 of 14 for the seven languages' rules on the same sets. Both classes are fixed,
#: but a rule set that fails 1 in 5 first reads has not earned action: ``THIN_EXACT`` is 0.85 too, so
#: every confirmation read only by these rules goes to a person, named by language for translation,
#: until a fresh set shows otherwise.
CORE_CONFIDENCE = 0.95
THIN_EXACT = 0.85
THIN_OTHER = 0.85
#: An ask to confirm, and the link it names, read only by the rules of a language read in part (branch
#: r18): over every labelled set those rules read 13 verification mails (vi 2, tl 3, ar 2, ko 2, ht, so,
#: pl, ro, sv 1 each), all right, each with the right link, and every one said an exact "confirm your
#: request / the deletion"; set J's three (ko, ar, tl) were right on its first read too. Pooled, the rule
#: of three bounds their error under 3/13 = 23 %, so a bare "click the link" or "confirm" in these
#: languages is ``THIN_OTHER`` (a person decides). An exact "confirm your request" on the broker's own
#: host, no tracker, is ``THIN_VERIFY_EXACT`` = 0.9, the lowest confidence acted on: opening such a link
#: only confirms what was asked for (the removal is proven by a later search), where a false
#: confirmation would close the case. Set K was not consulted (held out); if its reads show such a link
#: wrong, set this to ``THIN_OTHER`` as was done for confirmations.
THIN_VERIFY_EXACT = 0.9
_THIN_DELETED = re.compile(
    r"删除|刪除|移除|清除|удал|видал|\bxoa\b|\bgo bo\b|\bloai bo\b|\u062d\u0630\u0641|\u0627\u0632\u0627\u0644|\u0627\u0632\u0644|\u0645\u0633\u062d"  # حذف ازال ازل مسح
    r"|\befase\b|\bretire\b|\bsiprime\b|\bdetwi\b|tirtir|\bka saar|\blaga saar|\bla saar|nabura|binura|natanggal|tinanggal|inalis|naalis"
    r"|\busun|wykasow|skasow|\bsters|\bstearsa|\belimin|\brader|\btag(?:its|it) bort|\bavlagsna" + _ko(r"|\uc0ad\uc81c|\uc81c\uac70|\ud30c\uae30"))  # 삭제 제거 파기
#: Words that make a success a status, not the deletion itself: a request "processed" or "completed".
_THIN_STATUS = re.compile(r"请求|請求|申请|申請|处理|處理|完成|\bобработ|\bвыполн|\bopracow|\bzrealizow|\bprocesat|\bbehandlat" + _ko(r"|\ucc98\ub9ac|\uc644\ub8cc"))  # 처리 완료


def _confidence_of(evidence: str) -> tuple[float, str]:
    """How sure a confirmation read from ``evidence`` (its deciding words, folded) is, and a note for
    its rule: the seven languages' rules 0.95; the rules of a language read in part 0.9 on an exact
    completed deletion, 0.85 (a person reads it) on any other success wording. Source: see above."""
    if _CONFIRMED_CORE.search(evidence):
        return CORE_CONFIDENCE, ""
    if _THIN_DELETED.search(evidence) and not _THIN_STATUS.search(evidence):
        return THIN_EXACT, " (a language read in part: an exact completed deletion)"
    return THIN_OTHER, " (a language read in part, in words that are no exact completed deletion: a person reads it)"


#: An exact "confirm your request" in a language read in part (the request itself named as what is
#: confirmed, not "click the link" or "confirm your e-mail address"): checked against account-deletion and
#: privacy-request pages in these languages found with the search tool (see BENCHMARKS.md, branch r18).
_THIN_CONFIRM_REQUEST = re.compile(
    r"(?:确认|確認)(?:您的|你的)?(?:删除|刪除)?(?:请求|請求|申请|申請)|(?:确认|確認)(?:删除|刪除)|\bподтвердите (?:ваш |свои |свою |ваше |свой )?(?:запрос|заявку|обращение|удаление)"
    r"|\bxac nhan yeu cau\b|\u062a\u0627\u0643\u064a\u062f (?:\u0627\u0644)?\u0637\u0644\u0628|\bkonfime demann\b|\bxaqiiji codsiga\w*"
    r"|\b(?:kumpirmahin|pakikumpirma) ang (?:iyong |inyong )?kahilingan\w*|\bpotwierdz (?:swoj[ea]? |swoja )?(?:wniosek|zadanie)\b"
    r"|\bconfirmati (?:solicitarea|cererea)\b|\bbekrafta (?:din|er) begaran\b"
    + _ko(r"|\uc694\uccad(?:\uc744)? ?\ud655\uc778(?:\ud558|\ud574|$|\s|:)"))  # 요청(을) 확인하 / 확인해 / "요청 확인" as a link's words


def _verify_confidence(text: str) -> float:
    """How sure an ask to confirm read from ``text`` is: ``CORE_CONFIDENCE`` when the seven languages'
    rules read it; for a language read in part, ``THIN_VERIFY_EXACT`` on an exact "confirm your request",
    ``THIN_OTHER`` otherwise ("click the link", "confirm your e-mail"): a person reads it. Source: the
    labelled sets (BENCHMARKS.md, branch r18)."""
    if _VERIFY_CORE.search(text):
        return CORE_CONFIDENCE
    return THIN_VERIFY_EXACT if _THIN_CONFIRM_REQUEST.search(text) else THIN_OTHER


# Amharic, Hindi and Turkish (branch r20, above): their exact "confirm your request" and completed deletion
_THIN_CONFIRM_REQUEST = re.compile(_THIN_CONFIRM_REQUEST.pattern + "|" + "|".join(_fo(r"ጥያቄዎን (?:ያረጋግጡ|ለማረጋገጥ)", r"अनुरोध की पुष्टि", r"\btalebinizi onayla\w*")))
_THIN_DELETED = re.compile(_THIN_DELETED.pattern + "|" + "|".join(_fo(_AM_DEL_PAST, r"ሰርዘናል|አስወግደናል", r"(?:हटा|मिटा) (?:दिया|दी|दिए)", r"\bsilin|\bkaldırıl|\bimha")))


def classify(msg: Incoming) -> Classification:
    """Which of ``KINDS`` ``msg`` is, the rule that said so and how sure it is. Never raises.

    A confirmation must hold for the whole mail: when the HTML alternative says something else
    (a stale plain part: "complete" in the text, "please confirm" or "in progress" in the HTML most
    mail programs show), the HTML's reading is the mail's, and never a confirmation; a completion
    naming another request number or another state than the thread's is ``unsure``, and one whose
    mail shows something else was done (an access answer, an unsubscribe: ``unsure``; the contact
    kept suppressed: ``refused``) is not a confirmation. A receipt in the plain part beside an HTML part that
    says it was done is ``unsure`` (the parts disagree), and a correction or an update of a detail read as a
    receipt or as nothing is ``unsure`` too (another request type answered; branch r30)."""
    verdict = _classify(msg)
    if verdict.kind == "acknowledged" and msg.html_text.strip() and (
            shown := _classify(replace(msg, text=msg.html_text, html_text=""))).kind == "confirmed":
        # the plain part "we are reviewing it", the HTML part most mail programs show "deleted": the parts disagree,
        # a person reads the mail (branch r30, set R); text a reader does not see is gone from ``html_text`` already
        return Classification("unsure", "unsure: the plain-text part is a receipt, the HTML part says it was done",
                              confidence=0.4, evidence=f"{verdict.evidence} / {shown.evidence}")
    if verdict.kind in ("acknowledged", "other") and (fixed := _corrected_only(msg)):
        # "we have updated the address on file; your profile now shows the new one"; "we ceased disseminating it and
        # de-indexed the link" (branch r30)
        return Classification("unsure", "unsure: a record corrected or updated, or another request type done, not a deletion", confidence=0.4,
                              evidence=fixed)
    if verdict.kind == "other" and (private := _MADE_PRIVATE.search(" ".join(reply_text(msg).partition("\n")[2].split()))):
        # "your listing was set to private and will not be shown": read as nothing else, it is still the answer: the
        # profile hidden and kept, not deleted (set T's first read, 2026-12-02)
        return Classification("unsure", "unsure: the profile was made private (hidden and kept), not deleted",
                              confidence=0.4, evidence=private.group(0))
    if verdict.kind == "other" and (instead := _not_what_was_asked(msg)) is not None and instead.kind == "unsure" \
            and _AS_ASKED.search(" ".join(reply_text(msg).split())):
        # nothing else read, and the mail tells of another data set handled as the person asked: a marketing
        # suppression list, an unsubscribe ("as you asked, we added her name to our marketing suppression list")
        # (branch r30); a newsletter that only mentions its own mailing list stays "other"
        return instead
    if verdict.kind == "other" or (verdict.kind == "refused" and verdict.reason == "no record"):
        if (instead := _unread_not_lasting(msg, verdict)) is not None:
            return instead
    if verdict.kind != "confirmed":
        return verdict
    if msg.html_text.strip():
        shown = _classify(replace(msg, text=msg.html_text, html_text=""))
        if shown.kind not in ("confirmed", "other"):  # "other": the HTML says nothing a rule reads
            note = " (read from the HTML part: the plain-text part says it was done)"
            if shown.kind == "unsure":
                return replace(shown, rule=shown.rule + note)
            return replace(shown, rule=shown.rule + note, confidence=min(shown.confidence, 0.9))
    if other := _another_request(msg):
        return Classification("unsure", "unsure: the completion names " + other, confidence=0.4,
                              evidence=f"{verdict.evidence} / {other}")
    if (instead := _not_what_was_asked(msg)) is not None:
        return replace(instead, evidence=f"{verdict.evidence} / {instead.evidence}")
    if (instead := _not_this_answer(msg, verdict)) is not None:
        return instead
    if (instead := _not_lasting(msg, verdict)) is not None:
        return instead
    return verdict


def _classify(msg: Incoming) -> Classification:
    verdict = _classify_own(msg)
    if verdict.kind in ("other", "acknowledged") and (found := _quoted_answer(msg)) is not None and (
            verdict.kind == "other" or _classify_own(found[0]).kind == "other"):  # a receipt only in the subject ("Ticket #…")
        inner = found[1]
        # "Please see below." above the broker's own team's answer: the answer is the quoted mail (branch r23);
        # read by a person before it is acted on, as a forward is
        c = _classify_own(inner)
        if c.kind != "other":
            sure = min(c.confidence, THIN_OTHER) if c.kind in ("confirmed", "verify_link") else c.confidence
            return replace(c, rule=c.rule + " (in the broker's own answer quoted below 'see below')", confidence=sure)
    if verdict.kind == "other" and (inner := _forwarded(msg)) is not None:
        # nothing read in the forwarder's own lines: what they forwarded is the broker's answer (branch r20)
        c = _classify_own(inner)
        # which broker and request it answers is the person's word, not the mail's: a person reads a
        # success or a link to open before anything is acted on
        sure = min(c.confidence, THIN_OTHER) if c.kind in ("confirmed", "verify_link") else c.confidence
        return replace(c, rule=c.rule + " (in the mail the person forwarded)", confidence=sure)
    return verdict


#: What an answer beside an office's closure says that the closure does not take back (r23's note:
#: "We have deleted the profile. Our offices are closed for the holiday next week." read auto_reply).
_ANSWERS = frozenset({"confirmed", "refused", "needs_id", "needs_info", "verify_link", "extended"})


def _classify_own(msg: Incoming, away_read: bool = False) -> Classification:
    full = " ".join(fold(f"{msg.subject}\n{msg.text}").split())
    bounce = _bounce(msg, full)
    if bounce:
        return bounce
    own = reply_text(msg)
    text = " ".join(own.split())
    if not away_read and (m := _OOO.search(text)):
        # an answer written beside a notice that the office is away or closed is the answer: the
        # notice's lines are set aside and the rest read; a true out-of-office says nothing more
        rest = "\n".join(line for line in re.split(r"(?<=[.!?])[ \t]+|\n", msg.text)
                         if not _OOO.search(" ".join(fold(line).split())))
        answer = _classify_own(replace(msg, subject="", text=rest, html_text=""), away_read=True) if rest.strip() else None
        if answer is not None and answer.kind in _ANSWERS:
            return replace(answer, rule=answer.rule + " (beside a notice that the office is away)")
        return Classification("auto_reply", "auto_reply: out of office", confidence=0.95, evidence=m.group(0))
    if m := _CHALLENGE.search(text):
        return Classification("auto_reply", "auto_reply: a challenge-response filter holds the letter until a person "
                              "releases it (its link is the filter's, never opened)", confidence=0.9, evidence=m.group(0))
    if len({m.group(0).strip() for m in _DIGEST_LINE.finditer(own)}) >= 2:
        return Classification("unsure", "unsure: a digest of several requests; a person reads which is this one",
                              confidence=0.4, evidence=" / ".join(m.group(0).strip() for m in list(_DIGEST_LINE.finditer(own))[:2]))
    refusable = _SUPPRESSION_KEPT.sub(" ", text)
    for reason, pattern in _REFUSED:
        if m := _refusal(reason, pattern, refusable):
            if reason == "no record" and (done := _already_removed(own)) is not None:
                # "already removed on 3 March after an earlier request; nothing about you remains": the
                # broker says the data is gone, and why nothing is found now (set N2, branch r23)
                return done
            if reason == "no record" and (ask := _asks_info(text)):
                # "we could not find the listing; could you send us its URL?": not an answer yet
                return Classification("needs_info", "needs_info: not found yet, asks for more to find it", confidence=0.9,
                                      evidence=f"{m.group(0)} / {ask}")
            rest = f"{refusable[:m.start()]} . {refusable[m.end():]}"  # an ask told of in the refusal itself is none
            if reason == "identity not verified" and (ask := _id_demand(rest) or _asks_id(rest)):
                # "we could not verify your identity; please send a copy of your ID": what goes on is the proof
                # (needs_id: a person sends what the law allows); without an ask it is a refusal, to complain of
                ask = ask if isinstance(ask, str) else ask.group(0)
                return Classification("needs_id", "needs_id: identity not verified, and proof asked for", confidence=0.9,
                                      evidence=f"{m.group(0)} / {ask}")
            if reason == "declined" and (again := _RESUBMIT.search(text)):
                # "we could not process it: the URL is a search page; submit the form again": act again
                return Classification("needs_info", "needs_info: not processed, asks to send the form again", confidence=0.9,
                                      evidence=f"{m.group(0)} / {again.group(0)}")
            if reason in ("exempt", "publicly available") and _kept_identifying(refusable, m.start(), m.end()):
                # "we deleted your marketing data; your name, addresses and phones are kept under the
                # GLBA": the person stays findable, the exemption is the answer (branch r20)
                return Classification("refused", f"refused: {reason}, the identifying data kept", reason=reason, confidence=0.95,
                                      evidence=m.group(0))
            if reason in ("exempt", "publicly available") and (part := _part_done(own)) and _only_marketing_done(text, part):
                # "the public-record listing stays; we removed your e-mail from our marketing lists": what was asked
                # is kept under the exemption, what was done is marketing mail only (branch r30, set R)
                return Classification("refused", f"refused: {reason}, only marketing contact data deleted", reason=reason,
                                      confidence=0.9, evidence=f"{m.group(0)} / {part}")
            if reason in ("exempt", "publicly available") and (part := _part_done(own)):
                if (rest := _done_despite(refusable, m)) is not None:
                    # "although public records are exempt, we removed your listing as a courtesy" (r34): the reply read
                    # again without the concession, whole, so an ID asked or an extension after it is what it is
                    again = _classify_own(replace(msg, subject="", text=rest, html_text=""), away_read=True)
                    if again.kind != "other":
                        return again
                # "we processed your opt-out; credit data is governed by the FCRA and was not affected":
                # one part done, another kept under a law; a person reads which is which
                return Classification("unsure", "unsure: something was done, and a part is exempt", confidence=0.4,
                                      evidence=f"{part} / {m.group(0)}")
            return Classification("refused", f"refused: {reason}", reason=reason, confidence=0.95, evidence=m.group(0))
    if m := _id_demand(text):
        return Classification("needs_id", "needs_id: asks for an identity document", confidence=0.95, evidence=m.group(0))
    if ask_id := _asks_id(text):
        return Classification("needs_id", "needs_id: asks the person to prove who they are", confidence=0.9, evidence=ask_id)
    ext = _extension(text)
    if ext is not None:
        days, ev = ext
        return Classification("extended", "extended: " + (f"{days} more days" if days else "an extension"), days=days,
                              confidence=0.95 if days else 0.8, evidence=ev)
    if m := _ACCESS_REPORT.search(text):
        # a report of the data held, not a deletion: nothing to click for the request (branch r20)
        return Classification("unsure", "unsure: a report of the data held, not a deletion", confidence=0.4, evidence=m.group(0))
    links = candidate_links(msg)
    if links and (m := _VERIFY.search(_CONFIRM_STATEMENT.sub(" ", text))):
        sure = _verify_confidence(text)
        return _named(msg, Classification(
            "verify_link", "verify_link: asks to confirm, with a link that says so" + ("" if sure == CORE_CONFIDENCE else (
                " (a language read in part: an exact 'confirm your request')" if sure >= ACT_CONFIDENCE else
                " (a language read in part, in words that are no exact 'confirm your request': a person reads it)")),
            links=tuple(links), confidence=sure, evidence=m.group(0)))
    if not links and (code := _code_or_attached_link(msg, text)) is not None:
        return _named(msg, code)  # a code to enter, or a link only in an attached page: a person's (branch r24)
    if ask := _asks_info(text):
        return Classification("needs_info", "needs_info: asks for more information", confidence=0.9, evidence=ask)
    done = _confirmed(own)
    if (done is None or done.kind != "confirmed") and (m := _PORTAL_ANSWER.search(text)):
        # the answer is behind a log-in: what was done is not in the mail (branch r20)
        return Classification("unsure", "unsure: the answer is in the broker's portal, not in the mail", confidence=0.4,
                              evidence=m.group(0))
    if done is not None and done.rule == _UNSURE_NOT_DONE and (turn := _SCHEDULED.search(text)):
        # "not removed yet: yours is scheduled for Friday's update": a receipt, nothing said done (branch r19)
        return Classification("acknowledged", "acknowledged: not done yet, scheduled", confidence=0.9,
                              evidence=f"{done.evidence} / {turn.group(0)}")
    if (done is None or done.kind != "confirmed") and (which := _WHICH.search(text)):
        # "we found two profiles: which one do you want us to remove?" (branch r19)
        return Classification("needs_info", "needs_info: asks which listing to remove", confidence=0.9, evidence=which.group(0))
    closed = _CLOSED.search(text)
    if done is not None and done.kind == "unsure" and closed and not _REMOVAL_SAID.search(done.evidence.split(" / ")[0]):
        # nothing says it was done, something says it was not, and the request is closed: a refusal
        return Classification("refused", "refused: not done and the request closed", reason="declined", confidence=0.9,
                              evidence=f"{done.evidence} / {closed.group(0)}")
    if done is None and (row := _TABLE_DONE_RX.search(text)):
        # "Request type | Deletion | Status | Completed": a help desk's status table (branch r23)
        done = Classification("confirmed", "confirmed: a status table says the deletion request is completed",
                              confidence=CORE_CONFIDENCE, evidence=row.group(0))
    if (sold := _sale_opt_out_not_deletion(own, text)) is not None:
        # "we opted you out of sale and sharing; this request does not delete the information we keep" (branch r23)
        return Classification("refused", "refused: processed as do-not-sell only (says the request deletes nothing)",
                              reason="processed as do-not-sell only", confidence=0.95, evidence=sold)
    body = " ".join(own.partition("\n")[2].split())  # the body: "Re:" is ours
    if done is not None and done.kind == "confirmed" and (not _DELETION_SAID.search(done.evidence) or _said_of_the_sale(body, done.evidence)) \
            and (sale := _sale_opt_out_only(body)):
        return Classification("unsure", "unsure: an opt-out of the sale or sharing of data was done; nothing says "
                              "the data or listing was deleted", confidence=0.4, evidence=f"{done.evidence} / {sale}")
    if done is not None:
        if done.kind == "confirmed" and done.confidence < ACT_CONFIDENCE:
            # a person reads it: name its language, so it is translated first (the language decides nothing)
            from optout.mail._language import detect

            found = detect(_own_words(msg))
            return replace(done, language=found[0]) if found else done
        return done
    if m := _DOES_NOT_SELL.search(text):
        return Classification("unsure", "unsure: says it does not sell personal information; nothing of a deletion",
                              confidence=0.4, evidence=m.group(0))
    if m := _OFF_LIST.search(text):
        return Classification("unsure", "unsure: taken off a mailing list, nothing says the listing was removed",
                              confidence=0.4, evidence=_span(m.group(0)))  # its gap may cross an address (r37)
    strong = [u for score, u in _ranked(msg) if score >= 2]
    if strong:
        # a link's own words in a language read in part: only an exact "confirm your request" is acted on
        sure = min(0.9, _link_confidence(msg, strong[0], on_broker=True))
        return _named(msg, Classification("verify_link", "verify_link: a link's own words ask to confirm the removal" + (
            "" if sure >= ACT_CONFIDENCE else " (a language read in part: a person reads it)"),
            links=tuple(candidate_links(msg)), confidence=sure, evidence=strong[0]))
    if m := _SOLVED.search(text):
        return Classification("unsure", "unsure: a ticket marked solved or closed, without saying what was done",
                              confidence=0.4, evidence=m.group(0))
    if closed:
        if m := _NOTHING_DONE.search(text):
            return Classification("refused", "refused: request closed without action", reason="request closed",
                                  confidence=0.9, evidence=f"{closed.group(0)} / {m.group(0)}")
        return Classification("unsure", "unsure: a ticket marked solved or closed, without saying what was done",
                              confidence=0.4, evidence=closed.group(0))
    if (m := _UNREAD_BOX.search(text)) and not _STRONG_ACK.search(text):
        # only once nothing else was read: "Your opt-out is complete. This mailbox is not monitored." is an answer
        return Classification("auto_reply", "auto_reply: a mailbox nobody reads", confidence=0.9, evidence=m.group(0))
    if m := _ACK.search(text):
        return Classification("acknowledged", "acknowledged: a ticket or receipt, no answer yet", confidence=0.9,
                              evidence=m.group(0))
    if _list_mail(msg):
        # a newsletter or an advertisement (RFC 2369 List-* headers, "Precedence: bulk") is sent to a
        # list, not in answer to the letter: no auto-reply to it; a person sees it like any mail unread
        return Classification("other", "other: a mailing-list or marketing mail, no answer to the request", confidence=0.6)
    if _automatic(msg):
        return Classification("auto_reply", "auto_reply: marked automatic in its headers", confidence=0.8)
    if _VERIFY.search(text) and msg.links:
        return Classification("unsure", "unsure: asks to click, but no link says what it does", confidence=0.5)
    return _unread(msg)


def _named(msg: Incoming, c: Classification) -> Classification:
    """``c``, with the reply's language named when it is too thin to act on (a person reads it, and
    knows to have it translated first; the language decides nothing)."""
    if c.confidence >= ACT_CONFIDENCE:
        return c
    from optout.mail._language import detect

    found = detect(_own_words(msg))
    return replace(c, language=found[0]) if found else c


def _unread(msg: Incoming) -> Classification:
    """``other``, naming the reply's language when it is one the rules are not written for, so the
    person who reads it knows to get it translated (the language never decides a class)."""
    from optout.mail._language import PARTIAL_LANGUAGES, RULE_LANGUAGES, detect

    found = detect(_own_words(msg))
    if found and found[0] not in RULE_LANGUAGES:
        code, name = found
        known = "reads only in part" if code in PARTIAL_LANGUAGES else "has no rules for"
        return Classification("other", f"other: written in {name} ({code}), which optout {known}; "
                              "have it translated", confidence=0.5, language=code)
    return Classification("other", "other: no rule matched", confidence=0.5)


def _own_words(msg: Incoming) -> str:
    """The reply's own lines, unfolded (accents kept for the language detector), without the quoted
    letter below them; the subject is left out, for it is often our own English one."""
    kept = []
    for line in msg.text.splitlines():
        if _QUOTE_START.match(fold(line)):
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return " ".join(" ".join(kept).split())


def _only_marketing_done(text: str, part: str) -> bool:
    """Whether every sentence holding the success words ``part`` tells of marketing mail or a marketing list only
    (``_MARKETING_ONLY``, ``_OFF_LIST``), the listing or report not named in it (branch r30)."""
    said = [s for s in _sentences(text) if part in s]
    # a sale opt-out counts as "marketing only" where the deletion itself is declined as an exception to the right to
    # delete; beside an affiliate's data "not affected" it stays a part done (tests/test_replies_classes.py)
    sale = _SALE_OPTED if _EXCEPTION_TO_DELETE.search(text) else None
    if not said:
        said = [s for s in _sentences(text) if _DELETED_WORD.search(s) or (sale and sale.search(s))]  # "completed" said above
    return bool(said) and all((_MARKETING_ONLY.search(s) or _OFF_LIST.search(s) or _MARKETING_BASE.search(s) or (sale and sale.search(s)))
                              and not _LISTED_THING.search(s) for s in said)


#: A deletion told in a completed form, in any of the seven languages (which data: the sentence says).
_DELETED_WORD = _rx(r"\b(?:deleted|removed|erased|eliminado|borrado|suprimido|eliminamos|borramos|suprimimos|supprimee?s?|effacee?s?|geloscht|entfernt"
                    r"|excluid[oa]s?|apagad[oa]s?|removid[oa]s?|cancellat[oa]|eliminat[oa]|verwijderd)\b")
#: The deletion declined as an exception to the right to delete (branch r30; read as "exempt" by the refusal rules).
_EXCEPTION_TO_DELETE = _rx(r"\bexceptions? to the (?:consumer'?s? )?right to (?:delete|deletion|erasure|be forgotten)\b",
                           r"\bexcepcion(?:es)? al derecho de (?:supresion|eliminacion|borrado)\b", r"\bexce(?:c|p)?(?:ao|oes) ao direito de (?:eliminacao|exclusao|apagamento)\b")
#: The sale or sharing opted out of, as what was done beside a deletion declined (branch r30).
_SALE_OPTED = _rx(r"\bopted (?:\S+ ){0,3}out of (?:the )?(?:sale|selling|sharing)\b", r"\b(?:excluido|excluimos) (?:\S+ ){0,3}de la venta\b",
                  r"\bdejaremos de vender\b", r"\b(?:ne (?:vendrons|partagerons) plus)\b")


#: A marketing database or file named as where the data was deleted from (branch r30).
_MARKETING_BASE = _rx(r"\bmarketing (?:database|data ?base|file|records)\b", r"\bbase (?:de datos )?de (?:marketing|mercadeo)\b",
                      r"\bbase de (?:dados de )?marketing\b", r"\bfichier (?:de )?(?:marketing|prospection)\b")


#: The thing a client asks removed, named beside marketing mail: then it is more than marketing (branch r30).
_LISTED_THING = _rx(r"\b(?:listings?|profiles?|reports?|records? (?:about|of|for)|search results?|website|site|public records?)\b",
                    r"\b(?:perfil|ficha|anuncio|informes?|reportes?|sitio|pagina|registros? publicos?)\b", r"\b(?:fiche|profil|rapport|site)\b",
                    r"\b(?:eintrag|profil|bericht|webseite)\b", r"\b(?:perfil|ficha|relatorio|site|pagina)\b")


def _part_done(own: str) -> str | None:
    """The success words of a reply that also names an exemption, when they say the data itself was
    removed or, next to a note that something "was not affected", that the request was processed."""
    done = _confirmed(own)
    if done is None or done.rule == _UNSURE_NOT_DONE:
        return None
    said = done.evidence.split(" / ")[0]
    if _REMOVAL_SAID.search(said) or done.kind == "unsure":
        return said
    return None


def _id_demand(text: str) -> re.Match[str] | None:
    """The first ask for an identity document or an agent's proof, unless the sentence thanks for one
    received and asks for nothing more ("Thank you for the signed permission; we will review it")."""
    for m in _NEEDS_ID.finditer(text):
        sentence = _sentence_at(text, m.start(), m.end())
        head = sentence[:max(0, sentence.find(m.group(0)))]
        if (_PROOF_RECEIVED.search(head) or _PROOF_RECEIVED_LAST.search(sentence)) and not _PROOF_MORE.search(sentence):
            continue
        if _NO_LONGER_SHOWN.search(sentence):
            continue  # "your name, your DNI and your address no longer appear": removed, not asked for
        if _doc_not_asked(text, m.start(), m.end()):
            continue  # "you do not need to send a copy of your ID" (branch r20)
        return m
    return None


def _asks_id(text: str) -> str | None:
    """The words asking the person to prove their identity, unless every such ask is a condition
    or what the broker will do itself ("we may need to verify your identity", "we will verify")."""
    for m in _ID_ASK.finditer(text):
        before = text[max(0, m.start() - 40):m.end()]
        clause = re.split(r"[.!?;]", before)[-1]
        if not (_IF_CLAUSE.search(clause) or _ID_ASK_NOT.search(clause) or _doc_not_asked(text, m.start(), m.end())):
            return m.group(0)
    return None


def _asks_info(text: str) -> str | None:
    """The words asking for more information, unless every ask is conditional ("we will contact you
    if we need further information", "if you still see your listing, reply with its URL")."""
    for m in _NEEDS_INFO.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        clause = re.split(r"[.!?;]", before)[-1]
        if not _IF_CLAUSE.search(clause) and not _BROKER_WILL.search(clause) and not _NO_NEED.search(clause) \
                and not _APPEAL_HOW.search(_sentence_at(text, m.start(), m.end())) \
                and not _ASK_UNANSWERED.search(clause):
            return m.group(0)
    return None


#: The broker saying what it will do next ("we will reply with the outcome", "our team will send
#: you the result"): the words after it are no ask of the person.
_BROKER_WILL = re.compile(r"\b(?:we|i|our (?:\S+ ){0,2}(?:team|department|office)|they|someone)(?: will| shall|'ll| would)(?: \S+)? $")


#: An ask told of as one made before and left unanswered ("as we did not receive the information we
#: asked for, the request is closed"): the closure is the answer, no ask stands (branch r21, set M)
_ASK_UNANSWERED = re.compile("(?:" + "|".join((
    r"\b(?:did not|didn't|have not|haven't|never) (?:receive|received|get|got)", r"\bno (?:recibimos|hemos recibido|obtuvimos)",
    r"\bn'(?:avons|ayant) (?:pas|jamais) (?:recu|obtenu)", r"\bnao (?:recebemos|obtivemos)", r"\bnon (?:abbiamo|avendo) ricevuto")) + r")"
    r" (?:[^\s,;:]+ ){0,3}$")  # the ask is the verb's object: "… did not receive the additional information"
_IF_CLAUSE = _rx(r"\b(?:if|should|in case|in the event|whenever|unless)\b", r"\b(?:si|en caso de que|cuando)\b", r"\b(?:si|s'il|au cas ou|lorsque)\b",
                 r"\b(?:falls|wenn|sofern|sollten)\b", r"\b(?:se|caso|quando)\b", r"\b(?:se|qualora|nel caso)\b", r"\b(?:als|indien|mocht|wanneer)\b")
_NUMBER_WORDS = {"thirty": 30, "forty-five": 45, "forty five": 45, "sixty": 60, "ninety": 90, "fifteen": 15, "cuarenta y cinco": 45,
                 "treinta": 30, "sesenta": 60, "noventa": 90, "quarante-cinq": 45, "trente": 30, "funfundvierzig": 45,
                 "quarenta e cinco": 45, "quarantacinque": 45, "vijfenveertig": 45}
_NUMBER_RX = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + r")(?: \(\d{1,3}\))?(?=\s)")


def _extension(text: str) -> tuple[int | None, str] | None:
    # "forty-five (45) days", "45 (forty-five) days" → "45 days"
    text = _NUMBER_RX.sub(lambda m: str(_NUMBER_WORDS[m.group(1)]), text)
    text = re.sub(r"\b(\d{1,3}) \([a-z -]+\)", r"\1", text)
    if not _EXTENDED.search(text):
        return None
    for m in _EXTENDED_AMOUNT.finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUM_WORDS.get(m.group(1), 0)
        if not n:
            continue
        unit = m.group(2)
        days = n * 30 if re.match(_MONTHS, unit) else n
        if 7 <= days <= 120:
            return days, m.group(0)
    for m in _EXTRA_AMOUNT.finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else _EXTRA_NUMBERS.get(m.group(1), 0)
        days = n * 30 if re.search(_ko(r"месяц|thang|mwa|bil|buwan|月|\uac1c\uc6d4|miesiac|luni|manad"), m.group(2)) else n
        if 7 <= days <= 120:
            return days, m.group(0)
    if "\u0634\u0647\u0631\u064a\u0646" in text:  # شهرين: two months
        return 60, "\u0634\u0647\u0631\u064a\u0646"
    return None, _EXTENDED.search(text).group(0)  # type: ignore[union-attr]


#: After an erasure, the record a broker keeps so as not to collect or list the person again (GDPR
#: Art. 17 with Art. 21(3); the CCPA's "suppression list"): "erased, save for a suppression record
#: that makes sure it is not collected again" is a full erasure, and the clause that keeps the
#: record, from its "save for" / "except" / "we keep" to the end of the sentence, says nothing
#: negated about the person's data. Only with a suppression, opt-out or blocking record or list named.
_SUPPRESSION_KEPT = _rx(
    r"\b(?:save for|except(?: for)?|apart from|aside from|other than|with the exception of|but we|however,? we|we (?:will |shall )?(?:retain|keep|maintain|hold)|retaining|keeping)\b"
    r"[^.;!?]{0,80}?\b(?:suppression|do[- ]not[- ](?:contact|mail|sell|list)|opt-?out|block(?:ing)?|exclusion)[- ](?:record|list|entry|flag|file|database|table)s?\b[^.;!?]*",
    r"\b(?:salvo|excepto|menos|a excepcion de|conservamos|mantenemos|mantendremos|conservaremos|guardamos)\b"
    r"[^.;!?]{0,80}?\b(?:lista|registro|fichero|ficha) (?:de )?(?:supresion|exclusion|bloqueo|robinson|oposicion)\b[^.;!?]*",
    r"\b(?:sauf|a l'exception d|hormis|excepte|nous conservons|nous conserverons|nous gardons)\b"
    r"[^.;!?]{0,80}?\b(?:liste|fichier|registre|mention) (?:d'|de |des )?(?:opposition|suppression|exclusion|blocage|repoussoir)s?\b[^.;!?]*",
    r"\b(?:ausser|mit ausnahme|bis auf|ausgenommen|lediglich|nur noch|wir (?:speichern|behalten|fuhren))\b[^.;!?]{0,80}?\b(?:sperrvermerk|sperrliste|sperrdatei|sperreintrag|sperrdatensatz|werbesperre|sperrkartei)\w*[^.;!?]*",
    r"\b(?:exceto|salvo|com excecao d|mantemos|manteremos|conservamos)\b[^.;!?]{0,80}?\b(?:lista|registro|registo) (?:de )?(?:supressao|exclusao|bloqueio|oposicao)\b[^.;!?]*",
    r"\b(?:salvo|eccetto|tranne|ad eccezione d|conserviamo|manterremo|manteniamo)\b[^.;!?]{0,80}?\b(?:lista|elenco|registro) (?:di |delle )?(?:soppressione|esclusione|blocco|opposizion[ei])\b[^.;!?]*",
    r"\b(?:behalve|met uitzondering van|uitgezonderd|wij bewaren|we bewaren|wij houden)\b[^.;!?]{0,80}?\b(?:blokkeerlijst|uitsluitingslijst|onderdrukkingslijst|blokkade|bel-me-niet)\w*[^.;!?]*",
)


_UNSURE_NOT_DONE = "unsure: says something was not done, or not yet"
#: A success phrase that names the removal itself, not only that the request was "processed".
_REMOVAL_SAID = re.compile(
    r"delet|remov|eras|suppress|opted|no longer|eliminad|borrad|suprimid|dad[oa]s? de baja|cancelad|ya no|supprim|effac|retir|n'appara"
    r"|gelosch|entfern|gesperrt|nicht mehr|excluid|excluimos|removemos|apagad|nao (?:aparec|ser)|cancellat|rimoss|eliminat|non (?:compar|sar|e piu)"
    r"|verwijderd|gewist|niet (?:meer|langer)")


#: An opt-out of the SALE or sharing of data (CCPA's "Do Not Sell or Share", targeted advertising),
#: not of the listing: people-search sites call a removal an "opt-out", so a bare "opt-out" is not this.
_SALE_OPT_OUT = _rx(
    # "your data will no longer be sold (or shared)": a sale opt-out, not a deletion (branch r20)
    r"\b(?:no longer|not) be (?:sold|shared)\b", r"\bno (?:seran|sera|se) (?:mas )?(?:vendid|compartid)", r"\bne (?:seront|sera) plus (?:vendue?s?|partagee?s?)\b",
    r"\bnicht mehr (?:\S+ ){0,3}(?:verkauft|weitergegeben)\b", r"\bnao (?:serao|sera) mais (?:vendid|compartilhad)", r"\bnon (?:saranno|sara) piu (?:vendut|condivis)",
    r"\bniet (?:meer|langer) (?:\S+ ){0,3}(?:verkocht|gedeeld)\b",
    r"\bdo[- ]not[- ](?:sell|share)\b", r"\bopt(?:ed|ing)?[- ]?out of (?:the )?(?:sale|sales|selling|sharing|share|targeted)",
    r"\bopt[- ]?out of (?:sale|sharing)\b", r"\b(?:sale|sharing)(?: and| or|/) ?(?:sale|sharing)\b", r"\btargeted advertising\b",
    r"\bno (?:vender|venta|compartir)\b", r"\bexclusion de (?:la )?venta\b", r"\bne pas (?:vendre|partager)\b",
    r"\bopposition a la (?:vente|cession)\b", r"\bnicht (?:zu )?(?:verkaufen|teilen|weitergeben)\b", r"\bverkaufsverbot\b",
    r"\bnao (?:vender|compartilhar)\b", r"\bnon (?:vendere|condividere)\b", r"\bniet (?:te )?(?:verkopen|delen)\b",
)
#: Words for deleting or removing the data or listing (any language), which a sale opt-out lacks.
_DELETION_SAID = re.compile(
    r"delet|remov|eras|eliminad|eliminar|borrad|borrar|suprimi|supresion|supprim|effac|losch|entfern|apag|exclu[ií]d|"
    r"cancellat|rimoss|eliminat|verwijder|gewist|no longer (?:appear|visible|listed|display)|ya no (?:aparec|se muestra)")


def _sale_opt_out_only(text: str) -> str | None:
    """The reply names an opt-out of the sale or sharing of data and never a deletion or removal:
    a "completed" that follows says the data is no longer sold, not that the listing is gone."""
    m = _SALE_OPT_OUT.search(text)
    # "excluida de la venta", "removed from the sale": the deletion word is the sale opt-out's own (set S)
    return m.group(0) if m and not _DELETION_SAID.search(_SALE_OPT_OUT.sub(" ", text)) else None


def _said_of_the_sale(text: str, evidence: str) -> bool:
    """Every place the completion's words ``evidence`` stand in ``text`` overlaps an opt-out of the sale
    ("su información fue eliminada de la venta", "você foi excluído da venda"): the deletion word's object is
    the sale, not the data (probe pass 31)."""
    spans = [m.span() for m in _SALE_OPT_OUT.finditer(text)]
    at = [m.start() for m in re.finditer(re.escape(evidence), text)]
    return bool(at and spans) and all(any(a < i + len(evidence) and i < b for a, b in spans) for i in at)


#: A negation standing just before a success phrase ("No borramos sus datos", "Nou pa efase…"):
#: the phrase itself holds no negation, and in Spanish a bare "no" is too common elsewhere ("ya no
#: aparece", "número") to stand in ``_NOT_DONE``.
_NEG_BEFORE = re.compile(r"(?:^|\s)(?:no|not|never|nunca|jamas|nao|non|nicht|niet|pas|hindi|lama|\u0644\u0645|\u0644\u0646|\u0644\u0627|\u0648\u0644\u0645|\u0648\u0644\u0627|pa|poko|khong|chua|\u043d\u0435|\u0645\u0627)[,]?$")  # … не, Arabic ما (+ a past verb: "not")


#: A question without its question mark, by its particle: Arabic هل, Haitian Creole èske, Tagalog
#: "ba", Russian "ли", Chinese 吗/嗎 at the end.
_QUESTION = re.compile(r"^(?:\u0647\u0644|\u0648\u0647\u0644|eske|est-ce que)\s|\s(?:na|pa|po) ba\s|\s\u043b\u0438\s|[\u5417\u55ce][\s\u3002.]*$"
                       + _ko(r"|(?:\uc2b5\ub2c8\uae4c|\ub098\uc694)[\s.]*$"))  # Korean 습니까 / 나요


#: The request the success phrase tells of, negated by its determiner ("no opt-out request has been completed",
#: "ninguna solicitud de baja de su clienta fue completada", "none of your requests has been fulfilled"): nothing done
#: (the lead's review of 2026-12-02; the determiner is before the subject, not among the two words before the verb).
_NO_REQUEST = _rx(
    r"\b(?:no|none of (?:the|your|our|her|his|their))\s+(?:\S+\s+)?(?:requests?|opt-?outs?|removals?|deletions?)\b(?:\s+\S+){0,6}\s*$",
    r"\b(?:ningun[oa]?|ninguna)\s+(?:de (?:sus|las|los|su|tus) )?(?:\S+\s+)?(?:solicitud(?:es)?|peticion(?:es)?|pedidos?)\b(?:\s+\S+){0,8}\s*$",
    r"\b(?:nenhum[a]?)\s+(?:\S+\s+)?(?:solicitac(?:ao|oes)|pedidos?)\b(?:\s+\S+){0,8}\s*$",
    r"\b(?:aucune?)\s+(?:\S+\s+)?(?:demandes?)\b(?:\s+\S+){0,8}\s*$",
    r"\b(?:ningun[oa]?|nenhum[a]?|aucune?)\s*$",  # the success phrase holds the request itself ("solicitud de baja … fue completada")
)
#: A completion "in part" only ("fue completada solo en parte", "was only partially completed" after the verb): a
#: part done, a person reads which.
_IN_PART = _rx(r"^\s*(?:\S+\s+)?(?:only )?(?:partially|in part|partly)\b", r"^\s*(?:\S+\s+)?(?:solo |solamente |unicamente )?(?:en parte|parcialmente)\b",
               r"^\s*(?:\S+\s+)?(?:apenas |so )?(?:em parte|parcialmente)\b", r"^\s*(?:\S+\s+)?(?:seulement )?(?:en partie|partiellement)\b")


def _negated_before(sentence: str) -> bool:
    """Any success phrase of ``sentence`` with a negation among the two words before it."""
    for m in _CONFIRMED.finditer(sentence):
        words = sentence[:m.start()].split()[-2:]
        if words and _NEG_BEFORE.search(" " + words[-1]) and not (words[-1] == "\u0645\u0627" and _FA_SUCCESS.search(m.group(0))):
            return True  # (Persian "ما", we/our, before a Persian success is no Arabic "not": branch r23)
        if sentence[:m.start()].endswith(("n'", "n\u2019")) or (words and words[-1] in ("ne", "n'")):
            return True  # French "nous n'avons rien supprimé": the negation elided onto the auxiliary (branch r21)
        # "No lo borramos", "não o excluímos": a clitic between; not "No obstante, hemos eliminado…"
        if len(words) == 2 and _NEG_BEFORE.search(" " + words[0]) and words[1] in _CLITICS:
            return True
    return False


#: An ask to write to the other company too: what is left is a person's to do
_SEND_THEM = _rx(r"\b(?:contact|send|submit|write|reach out|request)\b", r"\b(?:contacte|envie|presente|escriba|solicite)\w*", r"\b(?:contactez|adressez|envoyez|ecrivez)\b",
                 r"\b(?:kontaktieren|wenden sie sich|stellen sie)\b", r"\b(?:contate|entre em contato|envie)\b", r"\b(?:contatti|invii|scriva)\b", r"\b(?:neem contact|stuur|dien)\b")
_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les", "se", "nos", "me", "te", "o", "a", "os", "as", "lhe", "lhes", "les", "l'"})


def _confirmed(own: str) -> Classification | None:
    """A success sentence, unless a negation stands in it; a success and a negated one → unsure.

    A success phrase under a condition or in the future ("we will notify you when it has been
    completed", "once verified, your data will have been deleted") says nothing happened yet: it is
    neither a success nor a negation, and leaves the reply to the families after this one."""
    said, unsaid, said_in, in_subject = [], [], [], []
    subject, _, body = own.partition("\n")  # the subject is a sentence of its own, never the start of the first
    all_sentences = _sentences(subject) + _sentences(body)
    for i, sentence in enumerate(all_sentences):
        if sentence.rstrip(" )\"'").endswith(("?", "\uff1f", "\u061f", "\u1367")) or "\u00bf" in sentence or _QUESTION.search(sentence):
            continue  # a question ("Ist Ihr Profil bereits entfernt?") says nothing was done
        if _COMPLAINT_RIGHT.search(sentence) and _IF_CLAUSE.search(sentence) and not _DELETION_SAID.search(sentence):
            continue  # "if you consider your rights were not respected, you may complain to …" (branch r20)
        sentence = _HT_NAME.sub("nonm ", _SUPPRESSION_KEPT.sub(" ", _NOT_DATA_DELETED.sub(" ", sentence)))  # not "we deleted the duplicate request"
        if n := _OTHER_PART.search(sentence):
            unsaid.append(n.group(0))  # probe pass 25: before "you mentioned" is cut off
            continue
        if (told := _REPORTED.search(sentence)) and not _RELATIVE_REPORT.match(sentence[told.end():]):
            sentence = sentence[:told.start()]  # "… your message, in which you say that it is still published"
        if _DELETION_SAID.search(sentence):
            sentence = _NO_LONGER_SHARED.sub(" ", sentence)  # "deleted, and no longer shared with third parties" (branch r20)
        sentence = _EARLIER_SAID.sub(" ", _SALE_NOT_FOUND.sub(" ", _NOT_AGAIN.sub(" ", sentence)))  # "… so that it is not republished"
        sentence = _REASSURANCE.sub(" ", sentence)  # "…, no se preocupe": no part left undone
        sentence = _OTHERS_DISCLAIMER.sub(" ", sentence)  # "we can't guarantee other sites won't …, but we deleted" (r47)
        if (then := _THEN_SITE.search(sentence)) and (done := _CONFIRMED.search(sentence[:then.start()])) \
                and _REMOVAL_SAID.search(done.group(0)) and not _THEN_IF.search(then.group(0)):
            sentence = sentence[:then.start()]  # "has been suppressed and will be removed from our site within 72 hours"
        if _NOT_OURS.search(sentence) and not _DELETION_SAID.search(sentence) and not _CONFIRMED.search(sentence) \
                and not _SEND_THEM.search(" ".join(all_sentences[i:i + 2])):
            continue  # another company, none of the broker's: nothing of this request left undone (branch r21)
        if (f := _FIELD_ONLY.search(sentence)) and _CONFIRMED.search(sentence):
            said.append(f.group(0))  # one field done, the listing not (probe pass 25)
            said_in.append(sentence)
            in_subject.append(i < len(_sentences(subject)))
            unsaid.append(f.group(0))
        elif n := _NOT_YET.search(sentence):
            unsaid.append(n.group(0))
        elif m := _CONFIRMED.search(sentence):
            rest = _CONFIRMED.sub(" ", sentence)  # "no longer appear", "will not sell" are the success itself
            if _negated_before(sentence) or _NOT_DONE.search(rest) or _LIST_ONLY.search(sentence) or _OTHER_PERSON.search(sentence) \
                    or _NO_REQUEST.search(sentence[:m.start()]) or _IN_PART.match(sentence[m.end():]):
                unsaid.append(m.group(0))
            elif not _CONDITION.search(cond := _PAST_AFTER.sub(" ", _REAPPEAR_CAVEAT.sub(" ", rest))) and not _VERIFY.search(_CONFIRM_STATEMENT.sub(" ", rest)) \
                    and not (_IF_SI_SE.search(cond) and not _RO_SV_DONE.search(sentence)) \
                    and not _INTERIM.search(sentence):  # "… and will not sell it in the meantime": an interim measure (set P)
                # "click the link below to confirm you want us to remove your file": a request, no success
                said.append(m.group(0))
                said_in.append(sentence)
                in_subject.append(i < len(_sentences(subject)))
    if said and all(in_subject) and (_BODY_WAITS.search(body) or _FUTURE_DELETION.search(body)):
        # the subject says it was done, the body that the request is still being looked at: the body is
        # the answer (probe pass 25)
        said, said_in = [], []
        if not unsaid:
            return None
    if said and not unsaid and any(_FUTURE_DELETION.search(x) and not _BACKUPS.search(x) for x in all_sentences) and all(
            _GENERIC_DONE.search(x) and not _DELETION_SAID.search(_REQUEST_NOUN.sub(" ", s)) for x, s in zip(said, said_in)):
        return None  # "we have processed your request; your data will be deleted within 30 days": a promise
    if said and not unsaid:
        confidence, note = _confidence_of(said[0])
        return Classification("confirmed", "confirmed: says the data was deleted or the request completed" + note,
                              confidence=confidence, evidence=said[0])
    if said or unsaid:
        return Classification("unsure", _UNSURE_NOT_DONE if not said else
                              "unsure: says it was done, and in another sentence that something was not",
                              confidence=0.4, evidence=" / ".join(said[:1] + unsaid[:1]))
    return None


# ---- links, by intent ------------------------------------------------------------------------------

_GENERIC = _rx(r"^(?:(?:please|haz|haga|pulsa|pulse|click|clic|klik|clique|clicca|cliquez|tap|press|klicken sie|fai|faccia) )*(?:on |en |sur |auf |op |em |su )?(?:here|this link|the link|link|aqui|aca|ici|hier|qui|este enlace|enlace|lien|questo link|deze link|este link)\W*$")
_INTENT = _rx(
    r"\bconfirm", r"\bverif", r"\bvalidat", r"\bactivat", r"\bcomplete (?:your|my|the) (?:request|opt|removal|deletion)",
    r"\bfinali[sz]e", r"\bfinish (?:your|my|the|this) (?:request|opt|removal|deletion)", r"\byes,? (?:remove|delete|opt)", r"\b(?:remove|delete) my (?:information|info|data|listing|profile|record)",
    r"\b(?:(?:si|s\u00ed),? )?(?:eliminar|borrar|suprimir|quitar) mis? (?:perfil|ficha|informacion|datos|registro)", r"\bsupprimer (?:ma|mes) (?:fiche|donnees|profil)",
    r"\b(?:eintrag|daten|profil) (?:jetzt )?(?:loschen|entfernen)\b", r"\b(?:excluir|remover|apagar) (?:os )?(?:meus|minha|meu) (?:dados|perfil|registo|registro)",
    r"\b(?:rimuovi|elimina|cancella) (?:i miei|il mio) (?:dati|profilo)", r"\bverwijder (?:mijn|m'n) (?:gegevens|profiel|vermelding)",
    r"\bconfirmar", r"\bverificar", r"\bvalidar", r"\bvalida\b", r"\bconfirmer", r"\bverifier", r"\bvalider", r"\bbestatig", r"\bverifizier",
    r"\bconferm", r"\bverifica", r"\bconvalid", r"\bbevestig", r"\bverifieer", r"\bverifieren", r"\bconfirme", r"\bverifique", r"\bvalide",
)
#: The seven languages' link words (a link chosen by them carries ``CORE_CONFIDENCE``), before the
#: languages read in part extend them (``_link_confidence``).
_INTENT_CORE = _INTENT
_INTENT_THIN = (
    # vi, tl, ht, so, ru, zh, ar: confirm / verify
    r"\bxac (?:nhan|minh)\b", r"\bkumpirm", r"\bkonfime\b", r"\bxaqiiji", r"\bподтверд", r"确认|確認|验证|驗證",
    r"\u062a\u0627\u0643\u064a\u062f|\u062a\u062d\u0642\u0642", _ko(r"(?:\uc694\uccad|\uc0ad\uc81c|\uc774\uba54\uc77c) ?(?:\ud655\uc778|\uc778\uc99d)"),  # 요청 확인, 삭제 확인, 이메일 인증
)
_INTENT = _with(_INTENT, *_INTENT_THIN)
_BAD_WORDS = _rx(
    r"\bcancel(?:s|led|ling|ation)?\b", r"\bcancela\b", r"\b(?:keep|mantener|conservar|conserver|behalten|manter|mantenere|behouden) (?:my|mi|mis|ma|mon|mes|mein|meinen|meu|meus|il mio|i miei|mijn)\b", r"\b(?:stop|withdraw|undo|revoke|retract|reverse) (?:this|the|my|your)\b", r"\bunsubscri", r"\bopt out of (?:these |marketing |promotional )?e-?mails", r"\bnot you\b", r"\bwasn'?t you\b",
    r"\bdid(?:n'?t| not) (?:request|make|submit|ask)", r"\bpreferences?\b", r"\bmanage (?:your )?(?:e-?mail|subscription)",
    r"\bprivacy (?:policy|notice)\b", r"\bterms\b", r"\bhelp ?(?:center|centre)?\b", r"\bfaq\b", r"\bcontact us\b", r"\bsupport\b",
    r"\blogo\b", r"\bhome ?page\b", r"\bview (?:it |this )?(?:in|on) (?:your |a )?(?:browser|web)", r"\bview (?:the )?status\b", r"\bstatus\b",
    r"\breport (?:this|abuse|fraud|phishing)", r"\bdownload (?:the|our) app\b", r"\bfollow us\b", r"\bsign in\b", r"\blog ?in\b",
    r"\bif you (?:do not|don't) want\b", r"\bsi no (?:quieres|quiere|deseas|desea)\b", r"\bcancelar", r"\bbaja de (?:la lista|las comunicaciones|boletin)", r"\bdarse de baja\b", r"\bno fuiste tu\b", r"\bno has sido tu\b", r"\bno lo solicit",
    r"\bannuler", r"\bdesabonn", r"\bdesinscri", r"\bce n'est pas vous\b", r"\bpas a l'origine\b",
    r"\babbestell", r"\babmeld", r"\bstornier", r"\bwiderruf", r"\bnicht von ihnen\b", r"\bwaren sie das nicht\b",
    r"\bcancelar", r"\bdescadastr", r"\bnao foi voce\b", r"\bcancelar inscri",
    r"\bannull", r"\bdisiscriv", r"\bcancella(?:re|zione)? (?:la |l'|iscrizione)", r"\bnon sei stato tu\b", r"\bnon e stato lei\b",
    r"\bannuleer", r"\bafmeld", r"\buitschrijv", r"\bwas u dit niet\b", r"\bniet door u\b",
    r"\bvoir le statut\b", r"\bver (?:el )?estado\b", r"\bstatus (?:ansehen|bekijken)\b", r"\bverificar (?:el )?estado\b",
    # vi, tl, ht, so, ru, zh, ar: cancel, unsubscribe, "not you"
    r"\bhuy\b", r"\bkhong phai (?:la )?ban\b", r"\bkanselahin\b", r"\bhindi ikaw\b", r"\banile\b", r"\bdezabone", r"\bse pa ou\b",
    r"\bjoojin\w*", r"\bka bax\b", r"\bотмен", r"\bотпис", r"取消|退订|退訂", r"\u0627\u0644\u063a\u0627\u0621|\u0644\u0633\u062a \u0627\u0646\u062a",
    _ko(r"\ucde8\uc18c|\uc218\uc2e0 ?\uac70\ubd80|\uc0c1\ud0dc"),  # 취소 (cancel), 수신 거부 (unsubscribe), 상태 (status)
)
# Polish, Romanian and Swedish (branch r17): confirm / verify, and cancel / unsubscribe
_INTENT_THIN = (*_INTENT_THIN, r"\bpotwierdz", r"\bbekrafta")  # ro "confirmați" is read by the core's "confirm"
_INTENT = _with(_INTENT, r"\bpotwierdz", r"\bconfirma(?:ti)?\b", r"\bbekrafta")
_BAD_WORDS = _with(_BAD_WORDS, r"\banuluj", r"\bwypisz", r"\banul(?:a|eaza|are)\b", r"\bdezabona", r"\bavbryt", r"\bavregistrera", r"\bavsluta prenumeration")
# branch r18 (set J): a "No, keep it" / decline choice beside the confirm link, in the seven languages
_BAD_WORDS = _with(
    _BAD_WORDS, r"^\W*(?:no|non|nein|nao|nee)\s*[,\u2013-]", r"\bkeep (?:it|them|this|that|the (?:profile|listing|record|page))\b", r"\bdecline\b",
    r"\b(?:mantenerl[oa]|conservarl[oa]|la garder|le garder|les garder|behalten|manter|mantienil[oa]|conservarl[oa]|behouden|bewaren)\b",
)
_BAD_PATH = re.compile(
    r"unsubscri|cancel|/stop\b|withdraw|/undo\b|revoke|optout-?email|e-?mail-?pref|preferences|not-?me|notme|not-?you|report|abuse|privacy-?policy|/policy|/terms|/legal"
    r"|/help|/faq|/support|/contact|/login|/signin|/status|/logo|/app(?:/|$)|/download"
    r"|/decline|/reject|/keep\b|/deny\b", re.IGNORECASE)  # branch r18: a "No, keep it" link's address
_LINK_GOOD = re.compile(r"verif|confirm|token|valid|activat|remov|delet|unlist|suppress", re.IGNORECASE)
_SOCIAL = re.compile(r"(?:^|\.)(?:facebook|twitter|x|linkedin|instagram|youtube|tiktok|apple|google)\.com$", re.IGNORECASE)


_TRACKER_LABEL = re.compile(r"^(?:click|clicks|link|links|l|email|e|t|trk|track|tracking|url\d*|go|r|redirect|em|ablink|mandrillapp)$")
_TRACKER_DOMAIN = re.compile(
    r"(?:^|\.)(?:sendgrid\.net|list-manage\.com|mandrillapp\.com|mailgun\.org|sparkpostmail\.com|awstrack\.me"
    r"|hubspotlinks\.com|hs-sites\.com|exct\.net|rs6\.net|mcsv\.net|mailchi\.mp|createsend\d*\.com|klclick\d*\.com"
    r"|postmarkapp\.com|mjt\.lu|sendibt\d*\.com|brevo\.com|mailjet\.com|salesforce\.com|pardot\.com|eloqua\.com)$")


def looks_like_tracker(url: str) -> bool:
    """A click-tracking redirector by its host's look (``click.…``, ``links.…``, ``url1234.…``) or an
    e-mail service's tracking domain. Only such a link is requested to learn where it leads; any
    other foreign link is shown to a person without being requested."""
    host = (urlsplit(url).hostname or "").lower()
    return bool(_TRACKER_LABEL.match(host.split(".", 1)[0]) or _TRACKER_DOMAIN.search(host))


@dataclass(frozen=True)
class LinkChoice:
    """Which link of a verification mail to open, and why.

    ``status``: ``"open"`` (``url`` is on the broker's domains), ``"follow"`` (``url`` is a
    click-tracker, see :func:`looks_like_tracker`: open it only if its redirects end on the broker's
    domains), ``"foreign"`` (``url`` is on another host and is no tracker: never opened, a person
    sees it, for it may be phishing), ``"none"``
    (no link asks to confirm), ``"ambiguous"`` (several do: a person chooses)."""

    status: Literal["open", "follow", "foreign", "none", "ambiguous"]
    url: str | None
    reason: str
    candidates: tuple[str, ...] = ()
    #: how sure the words that chose ``url`` are (``_link_confidence``): below ``ACT_CONFIDENCE`` the
    #: link is not opened and a person decides (a link chosen only by the words of a language read in part)
    confidence: float = 0.95


#: A link's tail that goes on with what the link is for ("to confirm…", "para confirmar…").
_CONTINUES = re.compile(r"^\W{0,3}(?:to|in order to|and|para|a fin de|y|pour|afin de|et|um|zu|und|para|e|per|om|en)\b")


def _intent(a: Anchor) -> int:
    """2: the link's own words ask to confirm; 1: its lead does, or only its URL looks like it;
    0: nothing says; -1: a cancel, unsubscribe, "not you", home, logo, status, policy or social link."""
    return _intent_said(a)[0]


def _intent_said(a: Anchor) -> tuple[int, str]:
    """``_intent`` and the words it was read from (the link's own, or its lead and tail)."""
    words = fold(a.text)
    lead = fold(a.lead)
    try:
        parts = urlsplit(a.url)
        path = parts.path
        host = parts.hostname or ""
    except ValueError:
        return -1, ""
    specific = bool(words.strip()) and not _GENERIC.search(words.strip()) and not words.strip().startswith("http")
    said = words if specific else f"{lead} {words}"
    tail = re.split(r"[,;]| or | o | ou | oder | ou | oppure | of ", fold(a.tail), maxsplit=1)[0]
    if not specific and _BAD_WORDS.search(tail):  # "<a>Click here</a> if this was not you"
        return -1, said
    if not specific and _CONTINUES.match(tail):  # "<a>Click here</a> to confirm your request"
        said = f"{said} {tail}"
    if _BAD_WORDS.search(said) or _BAD_PATH.search(path + "?" + parts.query) or _SOCIAL.search(host):
        return -1, said
    if path in ("", "/") and not parts.query:
        return -1, said  # a home page (often behind the logo)
    if a.html and not words.strip():
        return -1, said  # an image-only or empty link: a logo or a banner
    if _INTENT.search(said):
        return (2 if specific else 1), said
    if _LINK_GOOD.search(path + "?" + parts.query) and not _BAD_WORDS.search(lead):
        return 1, said
    return 0, said


def _ranked(msg: Incoming) -> list[tuple[int, str]]:
    best: dict[str, int] = {}
    anchors = msg.anchors or [Anchor(u) for u in msg.links]
    for a in anchors:
        score = _intent(a)
        best[a.url] = min(best.get(a.url, score), score) if score < 0 or best.get(a.url, 0) < 0 else max(best.get(a.url, score), score)
    return sorted(((s, u) for u, s in best.items() if s > 0), key=lambda t: -t[0])


def candidate_links(msg: Incoming) -> list[str]:
    """Links whose words, lead or address ask to confirm or verify, best first; never a cancel,
    unsubscribe, "not you", status, home, logo, policy or social link."""
    return [u for _, u in _ranked(msg)]


def choose_link(msg: Incoming, domains: list[str]) -> LinkChoice:
    """The one link to open in a verification mail, by intent (see :class:`LinkChoice`).

    The strongest intent wins (the link's own words, then its lead or address); among equals a
    link on the broker's ``domains`` beats a tracker; two different links left → ``ambiguous``."""
    ranked = _ranked(msg)
    if not ranked:
        return LinkChoice("none", None, "no link asks to confirm the request")
    lines = [line for line in msg.text.splitlines() if "://" in line]
    fresh = [(s, u) for s, u in ranked if not (any(u in line for line in lines)
                                               and all(line.lstrip().startswith(">") for line in lines if u in line))]
    if fresh and len(fresh) < len(ranked):
        # a link only in the quoted history below the reply (an earlier, often expired one) is never chosen
        # over what the reply itself gives (branch r21, set M en-57)
        ranked = fresh
    # a direct link to the broker beats a click-tracker's copy of it, also a tracker on the broker's
    # own subdomain (``click.broker.example/ls/click?…``, the HTML part's copy of the plain part's link)
    mine = [(s, u) for s, u in ranked if host_allowed(u, domains) and not looks_like_tracker(u)]
    ranked = mine or ranked
    top = ranked[0][0]
    best = [u for s, u in ranked if s == top]
    ours = [u for u in best if host_allowed(u, domains)]
    pool = ours or best
    if len(pool) > 1:
        keyed = [u for u in pool if _LINK_GOOD.search(u.split("?", 1)[0] + "?" + (u.split("?", 1)[1] if "?" in u else ""))]
        if len(keyed) == 1:
            pool = keyed
    if len(pool) > 1:
        return LinkChoice("ambiguous", None, f"{len(pool)} links ask to confirm", tuple(pool))
    url = pool[0]
    if ours:
        sure = _link_confidence(msg, url, on_broker=True)
        return LinkChoice("open", url, "the link that asks to confirm, on the broker's domain" + (
            "" if sure >= ACT_CONFIDENCE else "; chosen only by words of a language optout reads in part: a person decides"),
            tuple(best), sure)
    sure = _link_confidence(msg, url, on_broker=False)
    if looks_like_tracker(url):
        return LinkChoice("follow", url, "the link that asks to confirm is behind a click-tracker" + (
            "" if sure >= ACT_CONFIDENCE else "; chosen only by words of a language optout reads in part: a person decides"),
            tuple(best), sure)
    return LinkChoice("foreign", url, "the link that asks to confirm is outside the broker's domains", tuple(best), sure)


def _link_confidence(msg: Incoming, url: str, *, on_broker: bool) -> float:
    """How sure the words that chose ``url`` are, calibrated as confirmations are (``_confidence_of``;
    figures in BENCHMARKS.md, branch r18): the seven languages' link words, or the address's own words
    ("/confirm", "/verify", a token), ``CORE_CONFIDENCE``; a link chosen only by the words of a language
    read in part, ``THIN_VERIFY_EXACT`` when they are an exact "confirm your request" and the link is on the
    broker's own host (no tracker), else ``THIN_OTHER``: a person decides."""
    saids = [said for a in (msg.anchors or [Anchor(u) for u in msg.links]) if a.url == url
             for score, said in [_intent_said(a)] if score > 0]
    if not saids or any(_INTENT_CORE.search(x) or not _INTENT.search(x) for x in saids):
        return CORE_CONFIDENCE
    exact = any(_THIN_CONFIRM_REQUEST.search(x) for x in saids) or _THIN_CONFIRM_REQUEST.search(reply_text(msg))
    return THIN_VERIFY_EXACT if exact and on_broker else THIN_OTHER


def _list_mail(msg: Incoming) -> bool:
    """Sent to a mailing list (RFC 2369 ``List-Unsubscribe`` / ``List-Id``) and not marked as an
    automatic answer (RFC 3834 ``Auto-Submitted``): a newsletter or an advertisement."""
    h = msg.headers
    return (("list-unsubscribe" in h or "list-id" in h)
            and h.get("auto-submitted", "no").strip().lower() in ("", "no") and "x-autoreply" not in h)


def _automatic(msg: Incoming) -> bool:
    h = msg.headers
    return (h.get("auto-submitted", "no").strip().lower() not in ("", "no")
            or "x-autoreply" in h or "x-autorespond" in h
            or h.get("precedence", "").strip().lower() in ("auto_reply", "bulk", "junk"))


def _bounce(msg: Incoming, text: str) -> Classification | None:
    # whether a bounce is about the address: one decision for a delivery report and a plain notice
    # alike, read in the notice's own words, never in the letter it returns (f44a)
    report = "report-type=delivery-status" in msg.headers.get("content-type", "").lower().replace('"', "")
    if msg.dsn_failed:
        return Classification("bounce", "bounce: delivery report", failed_recipients=tuple(msg.dsn_failed),
                              permanent=bounce_permanent(msg, _plain_notice(msg)))
    if report or msg.dsn_actions:
        if msg.dsn_actions and all(a in ("delayed", "delivered", "relayed", "expanded") for a in msg.dsn_actions):
            return Classification("auto_reply", "auto_reply: delivery report without a failure")
        return Classification("bounce", "bounce: delivery report without recipients",
                              permanent=bounce_permanent(msg, _plain_notice(msg)))
    from_daemon = bool(_DAEMON.match(msg.from_addr)) or msg.from_addr == ""
    subject = fold(msg.subject)
    if (from_daemon and (_BOUNCE_SUBJECT.search(subject) or _BOUNCE_TEXT.search(text))) or (
        _BOUNCE_SUBJECT.search(subject) and _BOUNCE_TEXT.search(text)
    ):
        return Classification("bounce", "bounce: failure notice", failed_recipients=tuple(_plain_failed(msg)),
                              permanent=bounce_permanent(msg, _plain_notice(msg)))
    return None


#: A permanent failure's code: an enhanced status code of class 5 (RFC 3463 §3.1) or an SMTP reply 550-554
#: (RFC 5321 §4.2.3).
_HARD_CODE = _rx(r"(?<![\d.])5\.\d{1,3}\.\d{1,3}(?![\d.])", r"(?<![\d.])55[0-4](?:[ -]|$)")
#: A transient failure's code: an enhanced status code of class 4 (RFC 3463 §3.1: "persistent transient
#: failure") or an SMTP reply 421 or 450-452 (RFC 5321 §4.2.3).
_SOFT_CODE = _rx(r"(?<![\d.])4\.\d{1,3}\.\d{1,3}(?![\d.])", r"(?<![\d.])(?:421|45[0-2])(?:[ -]|$)")
#: A transient failure in words, where a plain-text notice gives no code (f43): a full mailbox, a quota, "try
#: again later", a temporary failure; English, Spanish, French, German (folded). Read before the words of a
#: dead mailbox: "mailbox unavailable, try again later" is a mailbox that may come back.
_SOFT_WORDS = _rx(
    r"mailbox (?:is )?full", r"over (?:the )?quota", r"quota exceeded", r"insufficient (?:system )?storage",
    r"try (?:again )?later", r"temporar(?:y|ily)", r"will (?:keep trying|retry|try again)",
    r"buzon (?:de correo )?(?:esta )?lleno", r"cuota (?:excedida|superada)", r"espacio insuficiente",
    r"(?:intentelo|vuelva a intentarlo|reintentar|intente) (?:de nuevo |nuevamente )?mas tarde", r"temporal(?:mente)?\b",
    r"boite (?:aux lettres )?(?:est )?pleine", r"quota (?:depasse|atteint)", r"(?:reessayer|reessayez) plus tard",
    r"temporaire(?:ment)?\b",
    r"postfach (?:ist )?voll", r"speicherplatz", r"spater (?:erneut|noch einmal)", r"vorubergehend",
)
#: A mailbox that does not exist, in words (English, Spanish, French, German; folded).
_HARD_WORDS = _rx(
    r"user unknown", r"no such user", r"mailbox (?:not found|does not exist|unavailable)",
    r"recipient address rejected", r"address(?:es)? rejected", r"(?:account|address) (?:that you tried to reach )?does not exist",
    r"permanent (?:error|failure)",
    r"usuario (?:desconocido|inexistente|no existe)", r"destinatario desconocido",
    r"(?:buzon|cuenta|direccion)(?: de correo)?(?: electronico)? (?:no existe|inexistente|no disponible|desconocid[ao])",
    r"no existe (?:el|la|ese|esa) (?:usuario|buzon|cuenta|direccion)", r"error permanente",
    r"utilisateur inconnu", r"destinataire inconnu", r"(?:adresse|boite aux lettres) (?:introuvable|inexistante|indisponible|inconnue)",
    r"n'existe pas", r"erreur permanente",
    r"(?:benutzer|empfanger|adresse) (?:ist )?unbekannt", r"postfach (?:existiert nicht|nicht verfugbar|unbekannt)",
    r"existiert nicht", r"permanenter fehler",
)


def bounce_permanent(msg: Incoming, text: str) -> bool | None:
    """Whether a delivery report says the address itself is dead: True for a permanent failure (a
    report's ``Status: 5.x.x``, RFC 3464 §2.3.4 and RFC 3463; else a 5.x.x code or an SMTP 550-554 in
    its words), False for a transient one (only 4.x.x or 421/450-452), None when it says neither. A
    notice without any code (a plain-text one, f43) is read by its words: a full mailbox or "try
    again later" is transient (read first: "mailbox unavailable, try again later" may come back), a
    user or mailbox that does not exist is permanent, in English, Spanish, French or German.
    ``text``: the report's words as the classifier reads them (folded)."""
    if msg.dsn_status:
        return any(s.startswith("5.") for s in msg.dsn_status)
    if _HARD_CODE.search(text):
        return True
    if _SOFT_CODE.search(text):
        return False
    if _SOFT_WORDS.search(text):
        return False
    if _HARD_WORDS.search(text):
        return True
    return None


def _plain_notice(msg: Incoming) -> str:
    """A plain-text bounce's own words (subject and text), folded, up to where it quotes the returned
    message: our letter's words are no part of what the mail server said."""
    lines = []
    for line in msg.text.splitlines():
        if _RETURNED.search(line.strip().lower()):
            break
        lines.append(line)
    return " ".join(fold(msg.subject + "\n" + "\n".join(lines)).split())


def _plain_failed(msg: Incoming) -> list[str]:
    """Addresses a plain-text bounce names before it quotes the returned message."""
    ours = {msg.from_addr, *msg.to}
    found: list[str] = []
    for line in msg.text.splitlines():
        if _RETURNED.search(line.strip().lower()):
            break
        for addr in _EMAIL.findall(line):
            addr = addr.lower()
            if addr not in ours and not _DAEMON.match(addr) and addr not in found:
                found.append(addr)
    return found


# ---- set K's broken promises (lead, 2026-11-30) ----------------------------------------------------
# Set K (tests/replies/setk, held out) put eight non-confirmations under "confirmed" on its first
# read. The lead read those eight (never its other misses) and fixed their classes, each with
# wordings of its own in tests/test_replies_thread.py, none of them a set K sentence:
# a stale plain part (classify), a success word inside a request to click (_confirmed), a part
# removed from the listing while the rest stays, and a completion of another request (below).

#: A part removed from the listing ("we removed the phone numbers from your listing"), or the rest
#: left on the page ("your name and address remain on the page"): the listing itself stays.
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:removed|deleted|erased|hidden|hid|suppressed|redacted)\b(?: \S+){1,12}? from (?:your|the|this|that) (?:listing|profile|record|report)\b",
    r"\b(?:has|have|had) been (?:removed|deleted|erased|hidden|suppressed|redacted) from (?:your|the|this|that) (?:listing|profile|record|report)\b",
    r"\b(?:remains?|remained|stays?|stayed|will (?:remain|stay)) (?:\S+ ){0,2}?(?:on|in) (?:the|your|our|this|that) (?:page|site|website|listing|profile|record|search results|directory)\b",
    r"\b(?:eliminamos|borramos|suprimimos|retiramos|ocultamos|quitamos|(?:eliminad|borrad|suprimid|retirad|ocultad|quitad)[oa]s?)\b(?: \S+){1,12}? de (?:su|tu|la|el|sus) (?:perfil|ficha|anuncio|registro|listado)\b",
    r"\b(?:supprime|retire|efface|masque)e?s?\b(?: \S+){1,12}? de (?:votre|ta|la|sa|cette) (?:fiche|profil|annonce)\b",
    r"\b(?:removemos|excluimos|apagamos|ocultamos|(?:removid|excluid|apagad|ocultad)[oa]s?)\b(?: \S+){1,12}? do (?:seu|teu|o) (?:perfil|anuncio|registro|cadastro)\b",
    r"\b(?:xoa|go bo|an)\b(?: \S+){1,10}? khoi (?:ho so|trang ho so|trang ca nhan)\b",
    r"\bvan (?:đuoc |con )?(?:hien thi|xuat hien|cong khai|hien len)\b",
    r"仍(?:然)?(?:会|會)?(?:显示|顯示|公开|公開|保留|可见|可見|出现|出現)",
    r"\b(?:по-прежнему|все еще|до сих пор) (?:\S+ )?(?:отображ|доступн|виден|видн|опубликован)\w*",
)
#: A request to click and confirm is no success, whatever words for "remove" it holds; the
#: Haitian Creole "ou vle nou retire" (you want us to remove) is a wish, not a past.
_CONDITION = _with(_CONDITION, r"\b(?:ou|w) (?:ta )?vle (?:nou|n|yo)\b", r"\bpou (?:konfime|verifye|valide)\b")
#: "Yes, remove my file": a link's own words asking for the removal, in the rules' languages.
_INTENT = _with(
    _INTENT, r"\bwi,? (?:retire|efase|siprime)\b", r"\b(?:si|sí),? (?:eliminar|borrar|quitar|retirar|elimina|borra)\b",
    r"\boui,? (?:supprimer|retirer|effacer|supprimez)\b", r"\bsim,? (?:remover|excluir|apagar|remova|exclua)\b",
    r"\bja,? (?:loschen|entfernen|verwijder|verwijderen)\b", r"\bsi,? (?:rimuovi|elimina|cancella)\b",
    r"\bco,? (?:xoa|go bo)\b", r"\boo,? (?:burahin|alisin|tanggalin)\b",
)
#: Amharic, Hindi and Turkish (branch r20): a link's own words asking to confirm
_INTENT = _with(_INTENT, *_fo(r"ያረጋግጡ", r"पुष्टि करें", r"\bonayla\w*"))
_LINK_GOOD = re.compile(_LINK_GOOD.pattern + r"|konfime|xac-?nhan|potwierdz|bekrafta|bestatig|bevestig|kumpirm|xaqiiji", re.IGNORECASE)

# ---- set M's misses in the languages read in part (branch r21) --------------------------------------
# Each a completed form, an exact refusal or an ask; a confirmation these rules read stays at 0.85 (a
# person reads it, translated): Tagalog "inalis na namin ang profile" (the object without "inyong"),
# Turkish "veriler … silinmiştir" (the data without "your"), Chinese "reply 是 (YES) to confirm", Arabic
# "we do not accept requests from third parties", Somali "we did not find" (kuma aanaan helin).
_CONFIRMED = _with(
    _CONFIRMED, r"\b(?:nabura|binura|natanggal|tinanggal|inalis|naalis) na (?:namin|nila) ang (?:profile|impormasyon|datos|data|record|tala|listing|detalye)\b",
    rf"\b(?:kisisel )?(?:veriler|bilgiler|kayitlar)(?: [^ ]+){{0,3}} {_TR_DEL_PAST}",
)
_NEEDS_INFO = _with(_NEEDS_INFO, r"(?:回复|回覆)(?:本邮件|此邮件|本郵件|此郵件)?[\uff0c,]?\s?(?:并|並)?(?:写上|寫上|输入|輸入|注明|註明)?\s?[\"\u201c\u300c]?(?:是|yes)\b")
_REFUSED = [(reason, _with(rx, *{
    "agent not authorised": (r"\u0644\u0627 (?:\u062a\u0642\u0628\u0644|\u0646\u0642\u0628\u0644|\u064a\u0642\u0628\u0644) (?:\S+ ){0,4}\u0637\u0644\u0628\u0627\u062a (?:\S+ ){0,5}\u0627\u0637\u0631\u0627\u0641 \u062b\u0627\u0644\u062b\u0629",),  # لا تقبل … طلبات … اطراف ثالثة
    "no record": (r"\b(?:kuma|ma) (?:aanaan|aynaan|aanan|aanu) helin\b",),
}[reason])) if reason in ("agent not authorised", "no record") else (reason, rx) for reason, rx in _REFUSED]

# Ukrainian and Russian "a document proving identity" (set M uk-02: read as a plain ask for information)
_UK_RU_NOT_NEEDED = r"(?![^.!?]{0,80}\b(?:не|ни) (?:потрібно|потрібен|треба|нужно|нужен|надо|требуется|обов'язково|обязательно)\b)"  # "… не потрібно": no ask
_NEEDS_ID = _with(_NEEDS_ID, r"\bдокумент\w*,? (?:що|что) (?:посвідчу\w*|удостоверя\w*) (?:особу|личность)" + _UK_RU_NOT_NEEDED,
                  r"\bдокумент\w*,? удостоверяющ\w* личност\w*" + _UK_RU_NOT_NEEDED, r"\bпосвідченн\w* особи\b" + _UK_RU_NOT_NEEDED)

# ---- set M's broken promises (lead, 2026-12-01) ----------------------------------------------------
# Set M (tests/replies/setm, held out) put three non-confirmations under "confirmed" on its first
# read. The lead read those three (never its other misses) and fixed their two classes, each with
# wordings of its own in several languages in tests/test_replies_setm_promises.py, none a set M
# sentence: one brand removed while the broker sends the rest to an affiliate that "handles its own
# requests" (a part done: unsure, so a person reads it and files the other request), and a request
# "processed as an opt-out of sale" or a broker that "does not delete on request" (a refusal).

#: The rest of what was asked goes to another company: an affiliate or a separate entity that takes
#: its own requests, a separate request to be sent. Only "separate"/"independent" requests: "send a
#: new request if you find another listing" follows many real confirmations.
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:handles?|process(?:es)?|manages?|answers?|takes?|receives?) (?:its|their) own (?:\S+ )?(?:requests?|opt-?outs?|inquiries)\b",
    r"\b(?:send|submit|make|file|open|direct) (?:them |it |that company )?(?:a |an )?(?:separate|independent) (?:\S+ )?(?:request|opt-?out|form|ticket)\b",
    r"\b(?:is|are) (?:a |an )?(?:separate|different|independent|unaffiliated) (?:legal )?(?:company|companies|business|businesses|entity|entities|controller|organi[sz]ation)\b",
    r"\b(?:operated|run|owned|managed|controlled) by (?:our |an |a )?(?:affiliate|affiliated|sister|partner|separate|different|independent) (?:company|business|entity|firm|llc|corporation)?",
    r"\b(?:atiende|gestiona|tramita|procesa|responde)n? (?:a )?sus propias solicitudes\b",
    r"\b(?:solicitud|peticion) (?:aparte|separada|independiente)\b",
    r"\b(?:empresa|sociedad|entidad|compania) (?:afiliada|asociada|hermana|independiente|distinta|separada)\b",
    r"\b(?:traite|gere|recoit)(?:nt)? (?:ses|leurs) propres demandes\b", r"\bdemande (?:distincte|separee|independante|a part)\b",
    r"\bsociete (?:affiliee|soeur|distincte|independante)\b",
    r"\b(?:trata|atende|processa|gerencia|recebe)m? (?:as |os )?suas proprias (?:solicitacoes|pedidos|requisicoes)\b",
    r"\b(?:solicitacao|pedido|requisicao) (?:separad[ao]|independente|a parte)\b", r"\bempresa (?:afiliada|coligada|independente|distinta)\b",
    r"\b(?:gesonderten|separaten|getrennten|eigenen) antrag\b", r"\b(?:seine|ihre) eigenen anfragen\b",
    r"\brichiesta (?:separata|distinta|a parte)\b", r"\b(?:le sue|le loro) proprie richieste\b",
    r"\b(?:apart|afzonderlijk) verzoek\b", r"\b(?:haar|hun) eigen verzoeken\b",
    # a broker that does not delete at all: "Acme does not delete records on request"
    r"\b(?:does not|doesn't) (?:\S+ )?(?:delete|remove|erase|suppress|purge)\b",
)
# branch r21 (set M zh-03): the rest sent to an affiliate, in the languages read in part (a removal beside it
# is a part done: unsure): zh 关联公司 / 另外提交请求, vi công ty liên kết / yêu cầu riêng, ko 계열사 / 별도 요청,
# ru аффилированная компания / отдельный запрос, ar شركة تابعة / طلب منفصل
_NOT_YET = _with(
    _NOT_YET, r"关联公司|關聯公司|关系企业|關係企業|附属公司|附屬公司|另外提交|另行提交|单独(?:处理|提交)|單獨(?:處理|提交)",
    r"\bcong ty (?:lien ket|thanh vien|con)\b", r"\byeu cau rieng\b", _ko(r"\uacc4\uc5f4\uc0ac|\ubcc4\ub3c4(?:\ub85c|\uc758)? ?(?:\uc694\uccad|\uc2e0\uccad)"),  # 계열사, 별도(로/의) 요청/신청
    r"\bаффилированн\w*", r"\bотдельн\w* (?:запрос|заявк)\w*", r"\u0634\u0631\u0643\u0629 \u062a\u0627\u0628\u0639\u0629|\u0637\u0644\u0628 \u0645\u0646\u0641\u0635\u0644",  # شركة تابعة, طلب منفصل
)
#: Another company named only to say it is none of the broker's ("LifeLedger is a separate company, not
#: affiliated with us; we have no control over what it publishes"): all the broker holds is gone, so the
#: sentence says nothing undone (branch r21, set M en-03); an affiliate or a separate request still reads
#: as a part left (``_NOT_YET`` above)
_NOT_OURS = _rx(
    r"\b(?:not|in no way) (?:\S+ )?(?:affiliated|associated|connected|related) (?:with|to) (?:us|our|[a-z0-9]+)\b", r"\bunaffiliated\b",
    r"\b(?:have|has) no (?:control|say|influence) over\b", r"\bno (?:affiliation|relationship|connection) (?:with|to)\b",
    r"\bno (?:esta|estan|es|son) (?:afiliad|relacionad|vinculad)[oa]s? (?:con|a)\b", r"\b(?:sin|ninguna) (?:relacion|vinculacion)\b", r"\bno tenemos (?:ningun )?control\b",
    r"\bn'(?:est|sont) pas (?:affiliee?s?|liee?s?) a\b", r"\baucun (?:lien|controle)\b", r"\bn'avons aucun (?:lien|controle)\b",
    r"\bnicht (?:mit uns )?verbunden\b", r"\bkeine (?:verbindung|kontrolle)\b", r"\bkeinen einfluss\b",
    r"\bnao (?:e|sao) (?:afiliad|ligad|relacionad)[oa]s?\b", r"\b(?:sem|nenhuma) (?:relacao|ligacao)\b", r"\bnao temos (?:nenhum )?controle\b",
    r"\bnon (?:e|sono) (?:affiliat|collegat)[oaie]\b", r"\bnessun (?:legame|controllo)\b",
    r"\bniet (?:gelieerd|verbonden) (?:aan|met)\b", r"\bgeen (?:banden|controle|invloed)\b",
)

#: The request handled as an opt-out of sale, not as the deletion asked for; a broker that does not
#: delete on request.
_REFUSED_M = {
    "processed as do-not-sell only": (
        r"\b(?:processed|treated|handled|honou?red|actioned|fulfilled|recorded|logged) (?:\S+ ){0,4}?as (?:an? |one )?(?:request (?:to|for) )?(?:an? )?opt(?:ing)?[- ]?out (?:of|from) (?:the )?(?:sale|selling)\b",
        r"\b(?:procesamos|tramitamos|atendimos|gestionamos|registramos|(?:procesad|tramitad|atendid|gestionad|registrad)[oa]s?) (?:\S+ ){0,5}?como (?:una? )?(?:\S+ ){0,3}?(?:exclusion|oposicion|opt-?out|baja)(?: \S+){0,3}? venta\b",
        r"\b(?:traite|enregistre|pris en compte)e?s? (?:\S+ ){0,5}?comme (?:une? )?(?:\S+ ){0,3}?(?:opposition|opt-?out|refus)(?: \S+){0,3}? (?:vente|cession)\b",
        r"\b(?:processamos|tratamos|atendemos|registramos|(?:processad|tratad|atendid|registrad)[oa]s?) (?:\S+ ){0,5}?como (?:uma? )?(?:\S+ ){0,3}?(?:oposicao|exclusao|opt-?out)(?: \S+){0,3}? venda\b",
        r"\bals (?:\S+ ){0,2}widerspruch gegen (?:den |die )?(?:verkauf|weitergabe)\b",
    ),
    "declined": (
        r"\b(?:does not|doesn't|do not|don't) (?:\S+ )?(?:delete|remove|erase|purge) (?:\S+ ){0,4}?(?:on|upon|at) (?:the )?(?:\S+ )?(?:request|demand)\b",
        r"\bno (?:elimina|eliminamos|eliminan|borra|borramos|suprime|suprimimos) (?:\S+ ){0,5}?(?:a peticion|a solicitud|por solicitud|cuando se solicita|a pedido)\b",
        r"\bne (?:supprime|supprimons|efface|effacons) pas (?:\S+ ){0,5}?sur (?:simple )?demande\b",
        r"\bnao (?:exclui|excluimos|apaga|apagamos|elimina|eliminamos) (?:\S+ ){0,5}?(?:a pedido|mediante solicitacao|por solicitacao)\b",
    ),
}
_REFUSED = [(reason, _with(rx, *_REFUSED_M[reason])) if reason in _REFUSED_M else (reason, rx) for reason, rx in _REFUSED]

#: A request, ticket or folio number as brokers print them ("CPD-77120", "DMX-2026-1187"): letters,
#: then groups of digits. Our own reference (``OPT-7K2Q9X``) has letters in it and is not read here.
_REQUEST_NO = re.compile(r"\b([a-z]{2,8})-((?:\d{2,}-)*\d{3,})\b")
#: A US "City, ST" (the state's postal code), read only where a punctuation mark, a ZIP or the line's
#: end follows it, so "thanks, in the meantime" is no Indiana.
_CITY_STATE = re.compile(r"\b[a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,3}, ([a-z]{2})(?=\s*(?:[).,;:]|\d{5}\b|$))", re.MULTILINE)


def _thread_text(msg: Incoming) -> str:
    """The subject and the quoted thread below the broker's words (our letter, earlier mails), folded."""
    body = fold(msg.text)
    cut = _QUOTE_START.search(body)
    quoted = body[cut.start():] if cut and cut.start() > 0 else ""
    quoted += "\n" + "\n".join(line for line in body.splitlines() if line.lstrip().startswith(">"))
    return fold(msg.subject) + "\n" + quoted


# An age the broker gives the record it removed, in the reader languages' usual forms ("age 67", "aged 67",
# "67 years old", "de 71 años", "71 anos", "71 ans", "71 anni", "71 Jahre", "71 jaar", "71 tuổi", "71 an"),
# read on folded text (marks removed); and the year of birth our letter or the client's own request gives
# ("Year of birth: 1991", "born in 1991", "nací en 1991", "née en 1991", "nascida em 1991", "fèt an 1991",
# "geboren 1991", a date of birth ending in the year).
_AGE_SAID = re.compile(
    r"\b(?:age[ds]?|edad|idade|age de|agee? de|eta|alter|leeftijd|tuoi)\s*:?\s*(\d{2})\b"
    r"|\b(\d{2})[ -](?:years?[ -]old|yrs?\b|anos\b|años\b|anos de idade|ans\b|anni\b|jahre\b|jaar\b|tuoi\b|an\b)"
    r"|\bde (\d{2}) (?:anos|anos de edad)\b")
_BORN_SAID = re.compile(
    r"\b(?:year of birth|date of birth|dob|birth ?date|born(?: in| on)?|naci(?:do|da)?(?: el| en)?|fecha de nacimiento"
    r"|ano de nascimento|data de nascimento|nascid[oa](?: em)?|nee?(?: le| en)?|date de naissance|fet(?: an| nan)?"
    r"|geboren(?: am| in| op)?|geburtsdatum|geboortedatum|nato(?: il| nel)?|nata(?: il| nel)?|data di nascita)"
    r"\s*:?\s*(?:[\w./-]{0,12}?[ ./-])?((?:19|20)\d\d)\b")


def _age_contradicted(own: str, thread: str, on: dt.date) -> bool:
    """The completion gives the removed record an age, and the thread our request gives a year of birth
    or an age more than 3 years from it (brokers' ages run a year or two off; a namesake's is anything).
    Source: set N2's first read, two confirmations of a stranger's record removed (the lead); set T's
    first read (2026-12-02): the request's age written after the name ("López Ramírez, 34, of Columbus",
    "de 29 años, de Dayton") against the removed record's 58 and 61."""
    ages = {int(next(g for g in m.groups() if g)) for m in _AGE_SAID.finditer(own)}
    years = {int(y) for y in _BORN_SAID.findall(thread)}
    years |= {on.year - int(next(g for g in m.groups() if g)) for m in _AGE_SAID.finditer(thread)}
    years |= {on.year - int(a) for a in _AGE_AFTER_NAME.findall(thread)}
    ages = {a for a in ages if 18 <= a <= 110}
    years = {y for y in years if 1900 < y <= on.year - 18}
    if not ages or not years:
        return False
    return all(abs((on.year - y) - a) > 3 for a in ages for y in years)


#: An age written between commas after a name and before its place, as a request names a person ("María
#: López Ramírez, 34, of Columbus, Ohio"; "Ana Ruiz, 41, de Dayton"), in folded text.
_AGE_AFTER_NAME = re.compile(r"[a-z.'-], (\d{2}), (?:of|from|de|en|in|da|do|du)\b")
#: A US state written out after a town and a comma ("Columbus, Ohio"; "San Antonio, Texas"), in folded text.
_STATE_NAMES: dict[str, str] = {}
_GREETING_WORDS = frozenset({"hi", "hello", "dear", "hey", "hola", "estimado", "estimada", "querido", "querida", "bonjour",
                             "ola", "oi", "prezado", "prezada", "thanks", "regards", "saludos", "gracias"})


def _states_named(text: str) -> set[str]:
    """The two-letter codes of the US states ``text`` writes out after a town and a comma, lower case."""
    from optout.usstates import STATES, WRITTEN_AS

    if not _STATE_NAMES:
        _STATE_NAMES.update({fold(name): code.lower() for code, name in STATES.items()})
    found = set()
    # the state abbreviated with its dots as newspapers and letters write it ("Sacramento, Calif.", "Albany, N.Y.",
    # "Charleston, W. Va."): only written with a dot, so "Hola, la ficha" is no Louisiana (probe pass 33)
    for m in re.finditer(r"\b([a-z]+), ((?:[a-z]{1,5}\. ?){1,2})", text):
        if m.group(1) not in _GREETING_WORDS and (code := WRITTEN_AS.get(" ".join(m.group(2).replace(".", " ").split()))):
            found.add(code.lower())
    for m in re.finditer(r"\b([a-z]+), (?=([a-z]+(?: [a-z]+)?)\b)", text):  # the state's words looked ahead: "anos, de reno, nevada"
        if m.group(1) in _GREETING_WORDS:
            continue  # "Hello, Georgia": a name, not a state
        words = m.group(2)
        for name in (words, words.split(" ")[0]):
            if name in _STATE_NAMES:
                found.add(_STATE_NAMES[name])
                break
    return found


#: The broker's own place ("Our office is in Austin, Texas"; "con sede en Miami, FL"): a state it names is where
#: the broker is, not where the listing was (branch r34; probe pass 33's leftover).
_OWN_PLACE = _rx(
    r"\bour (?:main )?(?:office|offices|headquarters|head office|address|mailing address|company|business) (?:is|are)\b",
    r"\bwe are (?:located|based|headquartered|incorporated)\b", r"\b(?:located|based|headquartered|incorporated) (?:out of |in )",
    r"\bnuestras? (?:oficinas?|sede|domicilio) (?:esta|estan|queda|quedan|se encuentra)\b", r"\b(?:con sede|ubicad[oa]s?) en\b",
    r"\b(?:nos bureaux|notre siege) (?:sont|est|se trouvent?)\b", r"\b(?:nosso escritorio|nossa sede) (?:fica|esta)\b",
)


def _states_said(text: str) -> set[str]:
    """The US states ``text`` names after a town and a comma (codes, lower case), leaving out a sentence about the
    broker's own place (``_OWN_PLACE``) and a code after a greeting or thanks ("Thanks, Mo.": a name, not
    Missouri; branch r34)."""
    from optout.usstates import STATES

    codes = {c.lower() for c in STATES}
    # a sentence that tells of the removal keeps its places, the broker's own beside them (the lead's review: "we have
    # deleted the profile based in Yakima, WA"; "we are based in Austin, TX and have removed the listing in Yakima, WA")
    text = " ".join(s for s in _sentences(text) if not (_OWN_PLACE.search(s) and not _outcome_said(s)))
    said = {m.group(1) for m in _CITY_STATE.finditer(text)
            if m.group(1) in codes and m.group(0).partition(",")[0].split()[-1] not in _GREETING_WORDS}
    return said | _states_named(text)


def _another_request(msg: Incoming) -> str | None:
    """What a completion names that the thread does not: a request number of the thread's own series
    ("Request CPD-80411 is complete" in a thread about CPD-77120), or only US states the thread never
    names (a listing in Sacramento, CA removed, for a request about Brooklyn, NY). None when the
    thread says nothing to compare with. Source: set K's misses, classes read by the lead."""
    from optout.usstates import STATES

    own = reply_text(msg).partition("\n")[2]
    thread = _thread_text(msg)
    mine = set(_REQUEST_NO.findall(own))
    theirs = set(_REQUEST_NO.findall(thread))
    series = {prefix for prefix, _ in theirs}
    if mine and theirs and not (mine & theirs) and any(prefix in series for prefix, _ in mine):
        return "a request number that is not the one this thread is about"
    ours, quoted = set(_OUR_REFERENCE.findall(own)), set(_OUR_REFERENCE.findall(thread))
    if ours and quoted and not (ours & quoted):
        return "a reference of ours that is not the one this thread is about"
    if greeted := _greeted_other(msg, own, thread):
        return greeted
    if other := _another_listing(own, _listing_addresses(thread)):
        return other
    codes = {c.upper() for c in STATES}
    said = _states_said(own)
    asked = {s for s in _CITY_STATE.findall(thread) if s.upper() in codes} | _states_named(thread)
    if said and asked and said.isdisjoint(asked):
        return "a listing in another state than the one the request names"
    on = (msg.date.date() if msg.date else dt.date.today())
    if _age_contradicted(own, thread, on):
        return "a record whose age is not the one the request's age or year of birth gives (another person's?)"
    return None


#: A web address written in a reply, with or without its scheme ("https://www.broker.example/p/ana-ruiz/CA",
#: "broker.example/p/884512"): the host (no "www.") and the path, query kept, in folded text.
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(/[^\s<>\"'()\[\],]*[^\s<>\"'()\[\],.;:!?])")


#: A query's tracking fields, which name no listing ("?utm_source=optout", "&fbclid=…"): left out when two
#: addresses are compared (probe pass 31); any other field ("?id=2") tells one listing from another.
_TRACKING_FIELD = re.compile(r"^(?:utm_\w+|fbclid|gclid|msclkid|mc_[ce]id|ref|referrer|source|src|campaign|cmp|trk|_hs\w+)$")


def _listing_addresses(text: str) -> set[tuple[str, str]]:
    """Every web address with a path in ``text`` (folded), as (host, path without a closing slash,
    fragment or tracking fields of its query); "/" alone is no listing."""
    found = set()
    for host, path in _WEB_ADDRESS.findall(fold(text)):
        path, _, query = path.split("#")[0].partition("?")
        kept = sorted(f for f in query.split("&") if f and not _TRACKING_FIELD.match(f.partition("=")[0]))
        path = path.rstrip("/") + ("?" + "&".join(kept) if kept else "")
        if path:
            found.add((host, path))
    return found


def _page_kind(address: tuple[str, str]) -> tuple[str, str] | None:
    """(host, first folder) of a listing's address with two or more folders ("findfolk.example", "name" for
    /name/ana-ruiz/TX/77002): the broker's listing pages share it, its privacy page ("/privacy") does not."""
    host, path = address
    parts = path.split("?")[0].strip("/").split("/")
    return (host, parts[0]) if len(parts) >= 2 else None


def _another_listing(own: str, known: set[tuple[str, str]]) -> str | None:
    """A completion that names, in a sentence saying something was removed, only listing addresses on the
    hosts of ``known`` (the addresses the request sent) that are none of them: another listing was removed
    than the one asked for (set S's first read: "the profile at broker.example/name/maria-ortiz/TX/77302
    has been removed" for a request about …/maria-ortiz-zelaya/TX/77519). None when nothing compares."""
    hosts = {h for h, _ in known}
    said = set()
    for sentence in _sentences(own):
        if _CONFIRMED.search(fold(sentence)):
            said |= {a for a in _listing_addresses(sentence) if a[0] in hosts}
    # an address of the same kind of page as one sent, anywhere in the completion's own words ("Your opt-out is
    # complete. Removed: https://…"): a listing named as the one done (probe pass 31)
    kinds = {k for k in map(_page_kind, known) if k}
    said |= {a for a in _listing_addresses(own) if _page_kind(a) in kinds}
    if said and said.isdisjoint(known):
        return "another listing (its address) than the one the request sent"
    return None


def names_another_listing(msg: Incoming, listings: Iterable[str]) -> str | None:
    """The mail flow's check, knowing the case's listings (``listings``: their web addresses): a completion
    that names only other listings of the same broker than those is another listing's (``unsure``). None when
    the reply names none of the broker's listings, or the case has none to compare with."""
    known = set().union(*(_listing_addresses(u) for u in listings if u))
    return _another_listing(reply_text(msg).partition("\n")[2], known) if known else None


# ---- set O's broken promises (lead, 2026-12-01) ----------------------------------------------------
# Set O (tests/replies/seto, held out) put four non-confirmations under "confirmed" on its first read.
# The lead read those four (never its other misses): a request "completed" or "processed" whose mail
# shows that what was done is not the deletion asked for. Three classes, each fixed for the whole
# mail, in wordings of our own in tests/test_replies_seto_promises.py: an access request's answer
# (GDPR Art. 15, LGPD Art. 18 I-II, a CCPA "request to know": the data held, listed or attached),
# an unsubscribe from marketing mail or mailing lists, and a contact kept "in suppressed form" on a
# do-not-contact list instead of deleted.

#: The answer to an access request: what the broker holds, listed or attached, or the right of access
#: named. Folded text.
_ACCESS_ANSWER = _rx(
    r"\bart(?:icle|ikel|iculo|igo|icolo)?\.? ?15\b(?! ?(?:days|dias|jours|tage|giorni|dagen))", r"\bright (?:of|to) access\b",
    r"\b(?:access|subject access|data access) request\b", r"\brequest to know\b",
    r"\b(?:here (?:is|are)|below (?:is|are)|attached (?:is|are)|enclosed (?:is|are)|we (?:attach|enclose|list)|please find attached)\b"
    r"[^.;!?]{0,60}\b(?:data|information|details) (?:that )?(?:we|the company) (?:hold|have|process|collected|store|keep)",
    r"\bcopy of (?:the |your |all )?(?:personal )?(?:data|information) (?:that )?(?:we|the company) (?:hold|have|collected|process|store|keep)",
    r"\b(?:personal )?(?:data|information) (?:that )?we (?:hold|have collected|collected|process|store) (?:about|on|regarding) you\b"
    r"[^.;!?]{0,40}(?::|\b(?:is|are|include|includes|consists?)\b)",
    r"\bderecho de acceso\b", r"\bsolicitud de acceso\b", r"\bcopia de (?:sus|los|todos sus) datos\b",
    r"\b(?:le informamos|le comunicamos|le detallamos|detallamos|adjuntamos|le enviamos|le remitimos)\b[^.;!?]{0,60}\bdatos (?:personales )?"
    r"(?:que (?:tratamos|tenemos|conservamos|guardamos|constan)|de los que disponemos|sobre usted)",
    r"\bdireito de acesso\b", r"\bart(?:igo)?\.? ?18,? (?:inc(?:isos?)?\.? )?i(?:i)?\b", r"\bconfirmacao de existencia\b",
    r"\b(?:confirmamos que )?tratamos os seguintes dados\b", r"\bcopia (?:completa )?(?:dos|de seus|de todos os seus) dados\b",
    r"\bdiritto di accesso\b", r"\brichiesta di accesso\b", r"\bcomunichiamo i dati che (?:la|lo|ti) riguardano\b", r"\bcopia dei (?:suoi )?dati\b",
    r"\bdroit d'acces\b", r"\bdemande d'acces\b", r"\bvoici (?:les|vos) donnees\b", r"\bcopie (?:de vos|des) donnees\b",
    r"\bdonnees (?:vous concernant|que nous detenons)\b[^.;!?]{0,40}:",
    r"\bauskunft(?:sersuchen|santrag|srecht|sanfrage)?\b", r"\bkopie (?:der|ihrer) (?:uber sie )?(?:gespeicherten )?(?:personenbezogenen )?daten\b",
    r"\brecht op inzage\b", r"\binzageverzoek\b", r"\bkopie van (?:uw|de) (?:persoons)?gegevens\b",
)
#: What was done is marketing mail or a mailing list: the person unsubscribed, not the data deleted.
_MARKETING_ONLY = _rx(
    r"\b(?:marketing|promotional|advertising|sales) (?:e-?mails?|messages|communications|offers|mailings?|lists?|texts|sms|calls)\b",
    r"\b(?:mailing|e-?mail|distribution|subscriber) lists\b", r"\bunsubscribed\b", r"\bnewsletters?\b",
    r"\b(?:correos?|mensajes|comunicaciones|envios|llamadas)(?: electronicos)? (?:de )?(?:mercadeo|marketing|publicidad|publicitari[oa]s|promocional(?:es)?|comerciales)\b",
    r"\blistas? de (?:correos?|envios?|distribucion|mercadeo|marketing|e-?mails?)\b", r"\bboletin(?:es)?\b",
    r"\b(?:courriels?|e-?mails?|messages|communications|envois|sollicitations) (?:promotionnel(?:le)?s?|commerciaux|commerciales|marketing|publicitaires)\b",
    r"\blistes? (?:d'envoi|de diffusion|de (?:courriels|marketing|prospection))\b", r"\bdesinscrit\w*|\bdesabonne\w*",
    r"\b(?:e-?mails?|mensagens|comunicacoes|envios) (?:de )?(?:marketing|promocionais|publicitari[oa]s|comerciais)\b",
    r"\blistas? de (?:envio|e-?mails?|emails|distribuicao|marketing)\b", r"\bdescadastrad[oa]s?\b",
    r"\bcomunicazioni (?:commerciali|promozionali|di marketing|pubblicitarie)\b", r"\b(?:e-?mail|messaggi) (?:promozionali|commerciali|di marketing)\b",
    r"\bliste? di (?:invio|distribuzione|e-?mail)\b", r"\bdisiscritt[oa]\b",
    r"\bwerbe-? ?(?:e-?mails?|mails?|nachrichten|post|anrufe|sendungen)\b", r"\bmarketing-? ?(?:e-?mails?|mails?|nachrichten)\b",
    r"\bverteiler(?:liste)?n?\b", r"\bmailingliste\w*",
    r"\b(?:marketing|reclame|promotionele) ?(?:e-?mails?|berichten)\b", r"\bverzendlijst(?:en)?\b", r"\bmailinglijst(?:en)?\b", r"\bnieuwsbrie[fv]\w*",
    # a subscription ended (the lead's probes, 2026-12-01); not a "marketing database": a marketing data
    # broker's deletion from its "consumer marketing database" is the deletion asked for (sets L, M, N)
    r"\bsubscriptions?\b", r"\bsuscripci(?:on|ones)\b", r"\bassinatura\b", r"\babonnement\b",
    # calls and mail from the broker itself: a do-not-call or mailing suppression, not the listing
    r"\b(?:call|calling|telemarketing|do[- ]not[- ]call) lists?\b", r"\bno longer (?:\S+ )?receive (?:\S+ )?(?:calls|e-?mails|texts|messages|mail|offers|catalog(?:ue)?s?)\b",
    r"\blistas? de llamadas\b", r"\bya no (?:\S+ )?recibira (?:\S+ )?(?:llamadas|correos|mensajes|ofertas)\b", r"\bprospection commerciale\b",
)
#: The contact kept, suppressed, on a do-not-contact list: not deleted. A people-search site's "added
#: to our suppression list, so your listing no longer appears" says the removal too, and stays one.
_KEPT_SUPPRESSED = _rx(
    r"\b(?:retain|keep|hold|store|maintain)s? (?:it|them|your (?:\S+ ){0,2}?(?:data|information|details|record|contact)s?|the (?:\S+ ){0,2}?(?:data|record|contact)s?) "
    r"(?:\S+ ){0,2}?in (?:a )?suppressed (?:form|state|status)\b",
    r"\b(?:placed|put|added|entered|flagged) (?:\S+ ){0,2}?(?:on|to|in|into) (?:our|the|a) (?:\S+ ){0,2}?do[- ]not[- ](?:contact|call|mail|email|e-mail)\b",
    r"\b(?:conservamos|mantenemos|guardamos) (?:\S+ ){0,4}?(?:de forma|en forma|en estado) (?:suprimida|bloqueada)\b",
    r"\b(?:conservons|gardons) (?:\S+ ){0,4}?(?:sous (?:une )?forme|a l'etat) (?:supprimee|bloquee|neutralisee)\b",
    r"\b(?:mantemos|conservamos|guardamos) (?:\S+ ){0,4}?(?:de forma|em forma) (?:suprimida|bloqueada)\b",
    # a suppression or objection list, and the data kept on it "so it is not added again"
    r"\blista de (?:supresion|no contactar|exclusion)\b[^.;!?]{0,80}\b(?:los|las|lo|la) (?:conservamos|mantenemos|guardamos)\b",
    r"\bliste (?:d'opposition|de suppression|d'exclusion)\b[^.;!?]{0,80}\b(?:nous )?(?:les|la|le) (?:conservons|gardons)\b",
    r"\blista de (?:supressao|exclusao|oposicao)\b[^.;!?]{0,80}\b(?:os|as|o|a) (?:mantemos|conservamos|guardamos)\b",
)


def _not_what_was_asked(msg: Incoming) -> Classification | None:
    """A completion whose mail shows that what was done is not the deletion asked for
    (:data:`_NOT_ASKED`, in that order): the contact kept in suppressed form (a refusal: nothing
    deleted), an access request's answer, an unsubscribe from marketing mail or the broker's own
    calls, a record corrected or updated or another right than deletion honoured (``unsure``: a
    person reads it). None when a sentence of its own, outside those, says the data was deleted or
    removed (a deletion beside an unsubscribe is still one). Source: set O's first read, four such
    replies confirmed; the lead's probes after set P's."""
    subject, _, body = reply_text(msg).partition("\n")
    found: dict[str, str] = {}
    deleted = False
    for s in _sentences(subject) + _sentences(body):
        hits = [(kind, m.group(0)) for kind, rx, _why in _NOT_ASKED if (m := rx.search(s))]
        for kind, said in hits:
            found.setdefault(kind, said)
        # "votre demande a été traitée : votre fiche a été supprimée" beside a footer's "se désabonner"
        deleted = deleted or (not hits and bool(_CONFIRMED.search(s)) and bool(_DELETION_SAID.search(s) or _REMOVAL_SAID.search(s)))
        # "your record has been deleted, and we updated our suppression file so it is not added again": a
        # suppression file beside a deletion said in words is the deletion kept (probe pass 25)
        deleted = deleted or (bool(hits) and all(kind == "suppressed" for kind, _ in hits)
                              and bool(_CONFIRMED.search(s)) and bool(_DELETION_SAID.search(s)))
    if not found or deleted:
        return None
    kind, _rx, why = next(k for k in _NOT_ASKED if k[0] in found)
    if kind == "kept":
        return Classification("refused", why, reason="suppressed, not deleted", confidence=0.9, evidence=found[kind])
    return Classification("unsure", why, confidence=0.4, evidence=found[kind])


# ---- set N2's misses (branch r23) -----------------------------------------------------------------
# A completed deletion said impersonally, with no "we" and no "your": Spanish's reflexive past ("se
# eliminaron el perfil y los domicilios", "se borró la ficha") and the formal "se procedió a la
# eliminación", Italian "si è provveduto alla cancellazione", French "il a été procédé à la
# suppression", Portuguese "procedeu-se à exclusão", Dutch "er is overgegaan tot verwijdering". Past
# forms only: "se eliminarán", "procederemos a eliminar", "se procederá" are promises; a negation
# before ("no se eliminaron") or a condition in the sentence still voids it (tests/test_replies_r23.py).
_IMPERSONAL_DONE = (
    r"\bse (?:eliminaron|elimino|borraron|borro|suprimieron|suprimio|retiraron|retiro|quitaron|quito|dieron de baja|dio de baja"
    r"|anonimizaron|anonimizo|cancelaron|cancelo)\b",
    r"\bse procedio a (?:la )?(?:eliminacion|supresion|baja|cancelacion|borrado|eliminar|suprimir|borrar|dar de baja)\b",
    r"\bsi e provveduto (?:alla |a )(?:cancellazione|rimozione|eliminazione|cancellare|rimuovere|eliminare)\b",
    r"\bil a ete procede (?:a la |a l')(?:suppression|effacement|retrait)\b",
    r"\bprocedeu-se (?:a |ao )(?:exclusao|eliminacao|remocao|apagamento)\b", r"\bfoi procedid[oa] (?:a |ao )(?:exclusao|eliminacao|remocao|apagamento)\b",
    r"\ber is overgegaan tot (?:de )?(?:verwijdering|wissing)\b",
)
_CONFIRMED = _with(_CONFIRMED, *_IMPERSONAL_DONE)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_IMPERSONAL_DONE)
_REMOVAL_SAID = re.compile(_REMOVAL_SAID.pattern + r"|\bse (?:elimin|borr|suprim|retir|quit|dio de baja|dieron de baja|anonimiz)|procedi|provveduto|procede")
_DELETION_SAID = re.compile(_DELETION_SAID.pattern + r"|\bse (?:elimin|borr|suprim)|eliminacion|cancellazione|rimozione|exclusao|verwijdering")


#: "Already removed" in the seven languages: nothing is found now because an earlier request removed it.
_ALREADY = _rx(
    r"\b(?:already|previously|earlier|prior)\b", r"\b(?:ya|anteriormente|previamente|con anterioridad)\b", r"\b(?:deja|precedemment|auparavant)\b",
    r"\b(?:bereits|schon|zuvor|fruher)\b", r"\b(?:ja|anteriormente|previamente)\b", r"\b(?:gia|precedentemente|in precedenza)\b", r"\b(?:al|reeds|eerder|eerdere)\b",
)


def _already_removed(own: str) -> Classification | None:
    """A confirmation when the reply says the data was already removed (by an earlier request), which a
    "no record" beside it only explains; None otherwise (a condition, a negation, a promise: no success)."""
    done = _confirmed(own)
    if done is None or done.kind != "confirmed" or not _REMOVAL_SAID.search(done.evidence):
        return None
    sentence = next((x for x in _sentences(own) if done.evidence in x), "")
    return replace(done, rule=done.rule + " (already, so nothing is found now)") if _ALREADY.search(sentence) else None


# An opt-out of the sale and sharing of data, with the reply saying in words that the request deletes
# nothing ("This request does not delete the information we keep", "Esta solicitud no elimina …"): a
# refusal of the deletion, processed as do-not-sell only (set N2 en-16, es-13, pt-08, vi-04, ko-03; branch
# r23). Without such words a completed sale opt-out stays ``unsure`` (branch r20). Spanish "excluir de la
# venta", Portuguese "desativar a venda", French "désactiver la vente" and their kin are sale opt-outs too.
_SALE_OPT_OUT = _with(
    _SALE_OPT_OUT,
    r"\b(?:excluid[oa]s?|excluimos|retirad[oa]s?|retiramos|desactivamos|desactivad[oa]) (?:\S+ ){0,6}?(?:de|del) (?:la )?(?:venta|intercambio|comparticion)\b",
    # machine-translated and US Spanish (set S's first read): "ha sido optado fuera de la venta", "dada de baja de
    # la venta", "removed from the sale"
    r"\b(?:optad[oa]s?|opto|optaron|optamos) (?:\S+ ){0,2}?fuera de (?:la )?(?:venta|intercambio|comparticion)\b",
    r"\bfuera de la venta\b", r"\b(?:dad[oa]s? de baja|baja) (?:\S+ ){0,2}?de (?:la )?(?:venta|comparticion)\b",
    r"\b(?:removed|excluded|taken out) from (?:the )?(?:sale|selling|sharing)\b",
    # (probe pass 31) any deletion word whose object is the sale: "removed from data sharing and sale", "deleted
    # you from our list of consumers whose data may be sold", "eliminada de la venta", "excluído da venda"
    r"\b(?:removed|excluded|taken out|deleted|withdrawn|erased) (?:\S+ ){0,2}?from (?:the |our |any )?(?:data )?(?:sale|selling|sharing)\b",
    r"\b(?:removed|excluded|deleted|taken) (?:\S+ ){0,2}?(?:from|off) (?:our |the )?(?:list|pool|file|database) of (?:\S+ ){0,2}?whose (?:\S+ ){0,2}?"
    r"(?:may be|is|are|can be|will be|gets?) (?:sold|shared)\b",
    r"\b(?:eliminad|removid|borrad|sacad|quitad|suprimid)[oa]s? (?:\S+ ){0,6}?(?:de|del) (?:la )?(?:lista de )?(?:venta|intercambio|comparticion)\b",
    r"\b(?:excluid|removid|retirad|apagad|eliminad)[oa]s? (?:\S+ ){0,4}?(?:da|do) (?:lista de )?(?:venda|compartilhamento)\b",
    r"\b(?:ya )?no (?:venderemos|compartiremos|vendemos)\b",
    r"\b(?:desativamos|desativad[oa]|bloqueamos|excluimos) (?:\S+ ){0,3}?(?:a )?(?:venda|compartilhamento)\b", r"\bnao (?:venderemos|compartilharemos)\b",
    r"\b(?:desactive|desactivons|desactivee?) (?:\S+ ){0,3}?(?:la )?(?:vente|partage)\b", r"\bne (?:vendrons|partagerons) plus\b",
    r"\bngung ban(?: va chia se)?\b", r"\bkhong (?:con )?ban\b",
    _ko(r"\ud310\ub9e4 \ubc0f \uacf5\uc720 \uac70\ubd80"), _ko(r"\ud310\ub9e4 (?:\ubc0f \uacf5\uc720 )?(?:\uac70\ubd80|\uc911\ub2e8)"),  # 판매 및 공유 거부, 판매 중단
)
_DOES_NOT_DELETE = _rx(
    r"\b(?:this|the|your|that) (?:request|opt[- ]?out) (?:does not|doesn't|did not|didn't|will not|won't) (?:\S+ )?(?:delete|remove|erase)\b",
    r"\b(?:esta|la|su|dicha) solicitud no (?:elimina|borra|suprime|eliminara|borrara|supone la eliminacion|implica la eliminacion)\b",
    r"\b(?:este|o|seu|esse) pedido nao (?:exclui|apaga|elimina|remove|excluira|apagara)\b",
    r"\b(?:cette|la|votre) demande (?:ne (?:supprime|efface) (?:pas|aucune)|n'(?:entraine|implique) pas (?:la suppression|l'effacement))\b",
    r"\b(?:dieser|der|ihr) (?:antrag|widerspruch) (?:loscht|entfernt) (?:keine|nicht)\b", r"\b(?:questa|la sua) richiesta non (?:cancella|elimina|rimuove)\b",
    r"\b(?:dit|uw) verzoek (?:verwijdert|wist) (?:geen|niet)\b",
    r"\byeu cau nay khong (?:xoa|loai bo)\b",
    _ko(r"(?:\uc0ad\uc81c|\ud30c\uae30)(?:\ub418|\ud558)\uc9c0 (?:\uc54a|\ubabb)"),  # 삭제되지 않 / 삭제하지 않
)


def _sale_opt_out_not_deletion(own: str, text: str) -> str | None:
    """The words of a sale opt-out and of "this request deletes nothing", when no sentence outside a
    sale opt-out says something was deleted; None otherwise."""
    sale, nothing = _SALE_OPT_OUT.search(text), _DOES_NOT_DELETE.search(text)
    if sale is None or nothing is None:
        return None
    for sentence in _sentences(own):
        done = _CONFIRMED.search(sentence)
        if done and _DELETION_SAID.search(done.group(0)) and not _DOES_NOT_DELETE.search(sentence):
            return None  # "we deleted your profile, and opted you out of sale": a deletion
    return f"{sale.group(0)} / {nothing.group(0)}"

# A ticket "marked as solved" in the Romance languages' own words ("se ha marcado como resuelta", "a été
# marquée comme résolue", "foi marcada como resolvida", "è stata contrassegnata come risolta"), as English
# "marked as solved" already was: nothing said of what was done (set N2 es-02; branch r23).
_SOLVED = _with(
    _SOLVED, r"\b(?:solicitud|ticket|caso|peticion) (?:\S+ ){0,2}se (?:ha )?marcado como (?:resuelt|solucionad|cerrad)[oa]\b",
    r"\b(?:demande|ticket) (?:\S+ ){0,2}a ete marquee? comme (?:resolue?|fermee?)\b",
    r"\b(?:solicitacao|pedido|chamado|ticket) (?:\S+ ){0,2}foi marcad[oa] como (?:resolvid|solucionad|fechad)[oa]\b",
    r"\b(?:richiesta|ticket) (?:\S+ ){0,2}e stat[oa] (?:contrassegnat|segnat)[oa] come (?:risolt|chius)[oa]\b",
    r"\b(?:anfrage|ticket) (?:\S+ ){0,2}wurde als (?:gelost|erledigt) markiert\b", r"\b(?:verzoek|ticket) (?:\S+ ){0,2}is gemarkeerd als opgelost\b",
)
# An office closed for a holiday, with dates ("Our offices are closed for the Thanksgiving holiday from
# November 26 to 29"; "nuestras oficinas permanecen cerradas por …"): an auto-reply (set N2 en-46).
_OOO = _with(
    _OOO, r"\b(?:offices?|team|we) (?:are|is|will be) closed (?:for|over|during) (?:the )?(?:\S+ ){0,3}(?:holiday|holidays|break|vacation)\b[^.]{0,30}?\b(?:from|until|through|till|between)\b",
    r"\b(?:oficinas?|equipo) (?:estan?|permanecer[aá]n?|permanecen?) cerrad[oa]s? (?:por|durante) (?:el |las |los |la )?(?:\S+ ){0,3}(?:feriado|festivo|vacaciones|fiestas|puente)\b[^.]{0,30}?\b(?:del?|hasta)\b \d",
    r"\b(?:bureaux?|equipe) (?:sont|est|seront|sera) fermee?s? (?:pour|pendant) (?:les |la |le )?(?:\S+ ){0,3}(?:conges|vacances|fetes|jour ferie)\b[^.]{0,40}?(?:\bdu \d|\bjusqu'(?:au|a))",
    r"\b(?:escritorios?|equipe) (?:estao|esta|estara|estarao) fechad[oa]s? (?:para|durante|por) (?:o |os |as |a )?(?:\S+ ){0,3}(?:feriado|ferias|festas)\b[^.]{0,30}?\b(?:de \d|ate)\b",
)
# A status table ("Request type | Deletion | Status | Completed"; "Tipo | Eliminación de datos |
# Estado | Completada"), a help desk's usual update: a completed deletion (set N2 en-22, es-16). The
# type must be a deletion and the status a completion: an opt-out of sale, "Pending", "In progress",
# "Denied" are not; the rest of the reading (another request's number, a sale opt-out) still applies.
_TABLE_DONE = (
    r"\b(?:request )?type ?\| ?(?:deletion|delete|erasure|removal|right to delete)(?: request)? ?\|(?:[^|]{0,60}\|){0,6} ?status ?\| ?(?:completed?|done|fulfilled)\b",
    r"\btipo(?: de solicitud)? ?\| ?(?:eliminacion|supresion|borrado|baja)(?: de (?:datos|perfil|informacion))? ?\|(?:[^|]{0,60}\|){0,6} ?estado ?\| ?(?:completad[ao]|finalizad[ao]|realizad[ao])\b",
    r"\btype(?: de demande)? ?\| ?(?:suppression|effacement)(?: des donnees)? ?\|(?:[^|]{0,60}\|){0,6} ?statut ?\| ?(?:terminee?|traitee?|effectuee?)\b",
    r"\btipo(?: de (?:pedido|solicitacao))? ?\| ?(?:exclusao|eliminacao|remocao)(?: de dados)? ?\|(?:[^|]{0,60}\|){0,6} ?(?:status|estado) ?\| ?(?:concluid[oa]|finalizad[oa])\b",
)
_TABLE_DONE_RX = _rx(*_TABLE_DONE)  # read on the whole reply: each row is a sentence of its own
# "We will therefore not delete this record" / "Nous ne supprimerons donc pas cette fiche": a refusal in
# the negated future, as German "werden … nicht löschen" and Portuguese "não excluiremos" already were
# (set N2 fr-02, after "we only hold business contact data"). A condition before it still voids it
# (``_refusal``'s own check).
_WILL_NOT_DELETE = (
    r"\b(?:we|i) will (?:therefore |thus |hence |accordingly |consequently )?(?:not|never) (?:\S+ )?(?:delete|remove|erase) (?:this|the|that|these|your|her|his|their|any)\b",
    r"\b(?:we|i) won't (?:\S+ )?(?:delete|remove|erase) (?:this|the|that|these|your|her|his|their|any)\b",
    r"\bne (?:supprimerons|effacerons|retirerons|supprimerai) (?:donc |par consequent |ainsi )?(?:pas|jamais)\b",
    r"\bno (?:eliminaremos|borraremos|suprimiremos|retiraremos)\b", r"\bnon (?:cancelleremo|elimineremo|rimuoveremo)\b",
    r"\bzullen (?:\S+ ){0,4}(?:daarom |dus )?niet (?:verwijderen|wissen)\b",
)
_REFUSED = [(reason, _with(rx, *_WILL_NOT_DELETE)) if reason == "declined" else (reason, rx) for reason, rx in _REFUSED]
_R20_DECLINED = re.compile(_R20_DECLINED.pattern + "|" + "|".join(f"(?:{p})" for p in _WILL_NOT_DELETE))  # "if …, we will not delete": no refusal


# ---- Persian (Farsi and Dari) and Swahili: the states a reply really takes (branch r23) -------------
# Set N2 (fa, and Pashto mail Lingua names Persian) and set M (fa-01, fa-02) had replies in Persian, and
# set N2 in Swahili, which no rule read. As for Amharic, Hindi and Turkish (branch r20): a success only in
# a completed past form (fa "حذف شد", "حذف شده است", "حذف کردیم"; sw "tumefuta", "zimefutwa",
# "imeondolewa"), never a future (fa "حذف خواهد شد", sw "zitafutwa"), a negation (fa "حذف نشد", "هنوز";
# sw "hatujafuta", "bado"), a condition (fa "اگر", "در صورت", "پس از"; sw "ikiwa", "kama", "baada ya") or
# a question; every such confirmation carries ``THIN_OTHER`` (0.85): a person reads it, translated. The
# ID documents (fa "کارت ملی", "گذرنامه", "مدرک شناسایی", a notarised "سوگندنامه"; sw "kitambulisho",
# "pasipoti"), a receipt (fa "درخواست شما را دریافت کردیم", "ظرف ۳۰ روز"; sw "tumepokea ombi lako", "ndani
# ya siku 30"), "no record" (fa "هیچ اطلاعاتی … پیدا نکردیم", sw "hatukupata taarifa yoyote") and an
# ask to confirm (fa "درخواست خود را تأیید کنید", sw "thibitisha ombi lako"). Persian is written with
# Persian ی/ک or, on Arabic keyboards, Arabic ي/ك, and its words joined by a zero-width non-joiner or a
# space: each pattern accepts both (``_fa``). Wordings are ours, in tests/test_replies_r23.py.
def _fa(*patterns: str) -> tuple[str, ...]:
    """Persian patterns folded as the text is, accepting Arabic ي/ك for ی/ک and a space for ZWNJ."""
    return tuple(fold(p).replace("\u06cc", "[\u06cc\u064a]").replace("\u06a9", "[\u06a9\u0643]").replace("\u200c", "[\u200c ]?")
                 for p in patterns)


_FA_END = r"(?![\u0600-\u06ff])"
_FA_DEL_PAST = r"(?:حذف|پاک|محو) (?:شد|شده است|شده‌اند|شده اند|گردید|گردیده است|گردیده‌اند)" + _FA_END
_SW_DEL_PAST = r"\b(?:zimefutwa|umefutwa|imefutwa|yamefutwa|limefutwa|zimeondolewa|umeondolewa|imeondolewa|yameondolewa|limeondolewa)\b"
_CONFIRMED = _with(
    _CONFIRMED, *_fa(_FA_DEL_PAST, r"(?:حذف|پاک|محو) کرده‌ایم" + _FA_END, r"(?:حذف|پاک|محو) کردیم" + _FA_END),
    _SW_DEL_PAST, r"\b(?:tumefuta|tumeziondoa|tumeondoa|tumeifuta|tumezifuta|tumeufuta)\b",
)
_NOT_DONE = _with(_NOT_DONE, *_fa(r"(?:^|\s)(?:هنوز|نه)(?=\s|$)", r"(?:^|\s)ن(?:شد|کرد|کردیم|شده)" + _FA_END), r"\b(?:bado|hatuja\w*|haiku\w*|hazija\w*|haija\w*)\b")
_CONDITION = _with(_CONDITION, *_fa(r"(?:^|\s)(?:اگر|چنانچه|وقتی|هنگامی که|پس از|بعد از|خواهد|خواهیم|خواهند)(?=\s|$)", r"در صورت"),
                   r"\b(?:ikiwa|kama|endapo|baada ya|mara tu|pindi)\b", r"\b\w*(?:tafutwa|taondolewa)\b")
_NOT_YET = _with(_NOT_YET, *_fa(r"(?:حذف|پاک) (?:نشد|نشده است|نشده‌اند)" + _FA_END, r"(?:حذف|پاک) نکرده(?:ایم|‌ایم)?" + _FA_END),
                 r"\b(?:hazijafutwa|haijafutwa|hatujafuta|hatukufuta|hatukuzifuta)\b")
_NEEDS_ID = _with(_NEEDS_ID, *_fa(r"کارت ملی", r"گذرنامه", r"پاسپورت", r"گواهینامه(?: رانندگی)?", r"مدرک شناسایی", r"کارت شناسایی", r"سوگندنامه", r"استشهادنامه", r"تذکره"),
                  r"\bkitambulisho\w*", r"\bpasipoti\b", r"\bleseni ya udereva\b")
_NO_DOC_AFTER = _with(_NO_DOC_AFTER, *_fa(r"(?:لازم|ضروری) نیست", r"نیازی نیست", r"نیست" + _FA_END), r"\b(?:haihitajiki|hakuna haja)\b")
_ACK = _with(
    _ACK, *_fa(r"درخواست (?:شما|تان)(?: را)? دریافت (?:کردیم|شد|کرده‌ایم)", r"ظرف \d{1,3} روز", r"(?:شماره|کد) پیگیری"),
    r"\btumepokea ombi lako\b", r"\bombi lako (?:limepokelewa|limepokewa)\b", r"\bndani ya siku \d{1,3}\b", r"\bnamba ya (?:kumbukumbu|ombi|tiketi)\b",
)
_VERIFY = _with(_VERIFY, *_fa(r"درخواست (?:خود|تان) را تایید کنید", r"(?:روی )?(?:لینک|پیوند)(?: زیر)? (?:کلیک|ضربه) (?:کنید|بزنید)"),
                r"\bthibitisha ombi lako\b", r"\bbofya (?:kiungo|kitufe)\b")
_REFUSED = [(reason, _with(rx, *{
    "no record": _fa(r"(?:هیچ )?(?:اطلاعاتی|سابقه‌ای|رکوردی|پرونده‌ای)(?: [^ ]+){0,8} (?:پیدا نکردیم|نیافتیم|یافت نشد)") + (
        r"\bhatukupata (?:taarifa|rekodi|kumbukumbu) (?:yoyote|zozote)\b", r"\bhatuna (?:taarifa|rekodi|kumbukumbu) (?:yoyote|zozote)\b"),
    "declined": _fa(r"(?:نمی‌توانیم|نمی توانیم|نمیتوانیم) (?:[^ ]+ ){0,3}(?:حذف|پاک) کنیم", r"درخواست (?:[^ ]+ ){0,2}?(?:شما|تان) (?:را )?رد (?:کردیم|شد)") + (
        r"\b(?:hatuwezi|hatutaweza) kufuta\b", r"\bombi lako limekataliwa\b"),
}.get(reason, ()))) if reason in ("no record", "declined") else (reason, rx) for reason, rx in _REFUSED]
_SALE_OPT_OUT = _with(_SALE_OPT_OUT, r"\b(?:kusitisha |kuacha )?uuzaji\b", r"\bhatutauza\b", *_fa(r"فروش (?:و اشتراک‌گذاری )?(?:اطلاعات|داده)"))
_DOES_NOT_DELETE = _with(_DOES_NOT_DELETE, r"\b(?:hatukuzifuta|hatukuifuta|hatukufuta)\b", r"\bombi hili (?:halifuti|haliondoi)\b",
                         *_fa(r"این درخواست (?:[^ ]+ ){0,4}(?:حذف|پاک) نمی‌کند"))
# Persian "ما" is "we, our" ("از سامانه ما حذف شد": deleted from our system), Arabic "ما" is "not": before a
# Persian success phrase it negates nothing (Persian negates the verb itself: "حذف نشد").
_FA_SUCCESS = re.compile("|".join(_fa(_FA_DEL_PAST, r"(?:حذف|پاک|محو) کرده‌ایم" + _FA_END, r"(?:حذف|پاک|محو) کردیم" + _FA_END)))


# ---- set M's remaining misses in languages without rules (branch r23) -------------------------------
# Nepali (set M ne-01, ne-02; Lingua names it Hindi, written in Devanagari as Hindi is): a receipt
# ("हामीले अनुरोध प्राप्त गर्यौं", "४५ दिनभित्र"), a request closed without any change ("कुनै परिवर्तन नगरी …
# बन्द गरेका छौं"), a completed deletion ("मेटाइएको छ", "हटाइएको छ", "मेटायौं"; 0.85, a person reads it),
# never a future ("मेटाइनेछ", "गर्नेछौं"), negation ("छैन", "नगरी", "अझै") or condition ("यदि", "भने"); ID
# documents (नागरिकता, राहदानी, परिचयपत्र). Folded as Hindi is (``_fo``). Persian and Tagalog asks left
# unread by set M fa-02 ("لطفاً بگویید کدام …", which of the records) and tl-03 ("Ipadala ang kopyang
# may pirma": send the signed copy) are asks for information.
_NE_DEL_PAST = r"(?:मेटाइएको|हटाइएको|मेटिएको|हटिएको) छ|(?:मेटायौं|हटायौं|मेटाएका छौं|हटाएका छौं)"
_CONFIRMED = _with(_CONFIRMED, *_fo(_NE_DEL_PAST))
_NOT_DONE = _with(_NOT_DONE, *_fo(r"छैन|नगरी|अझै|सकेनौं"))
_CONDITION = _with(_CONDITION, *_fo(r"यदि|भने(?= |$)|पछि(?= |$)|नेछ|नेछौं"))
_NEEDS_ID = _with(_NEEDS_ID, *_fo(r"नागरिकता(?: को)? (?:प्रमाणपत्र|कार्ड)?", r"राहदानी", r"परिचयपत्र", r"सवारी चालक अनुमतिपत्र"))
_ACK = _with(_ACK, *_fo(r"अनुरोध (?:हामीले )?प्राप्त (?:गर्यौं|गरेका छौं|भयो|गरियो)", r"\d{1,3} (?:कार्य )?दिनभित्र"))
_CLOSED = _with(_CLOSED, *_fo(r"अनुरोध बन्द गरेका छौं", r"अनुरोध बन्द गरियो"))
_NOTHING_DONE = _with(_NOTHING_DONE, *_fo(r"(?:कुनै )?परिवर्तन नगरी", r"केही नगरी"))
_NEEDS_INFO = _with(
    _NEEDS_INFO, *_fa(r"لطفا(?: [^ ]+){0,6} (?:بفرستید|ارسال کنید|بگویید|اطلاع دهید|مشخص کنید)"),
    r"\bipadala (?:ninyo |mo |po )?(?:ang|sa amin)\b", r"\bpakipadala (?:ninyo |mo |po )?ang\b",
)
# Ukrainian "if" and the future ("Якщо ми знайдемо запис, його буде видалено протягом 30 днів": a promise,
# set N2 uk-02, read as a deletion at 0.85), as Russian's "если" and "будет" already were.
_CONDITION = _with(_CONDITION, r"\b(?:якщо|коли|після того|щойно|як тільки|буде|будуть|будемо)\b")
_ACK = _with(_ACK, r"\bми отримали ваш (?:запит|лист|звернення)\b", r"\bваш (?:запит|звернення) (?:отримано|зареєстровано)\b", r"\bпротягом \d{1,3} (?:днів|робочих днів)\b")


# ---- branch r24: set O retired; a refusal inside a condition about the person's own next step ------
# "If you do not confirm, we will not delete your data" read refused (the "will not delete" rule), where
# it is what the broker waits for: a request to confirm (the confirm rule reads it when it asks) or a
# person's to read, never a refusal. The class: a refusal whose own sentence holds, before or after it,
# a condition on the person's reply, confirmation, verification or document ("if you do not …", "unless
# you …", "without your confirmation", "si no confirma", "si vous ne …", "wenn Sie … nicht", "se não
# confirmar", "se non conferma", "als u … niet"), in the seven rule languages. A refusal with a
# condition on the broker's side ("if the law requires it, we will not delete …") stays a refusal;
# "unless/until" were already ``_PENDING``. Wordings are ours, in tests/test_replies_r24.py.
_YOUR_STEP_IF = _rx(
    r"\b(?:if|should|in case) you (?:\S+ ){0,2}?(?:do not|don't|did not|didn't|fail to|cannot|can't|choose not to|decide not to|never|no longer)\b",
    r"\bif (?:we|i) (?:do not|don't|did not|didn't) (?:\S+ ){0,2}?(?:receive|hear|get|obtain) (?:\S+ ){0,2}?(?:your|from you|a reply|a response|the confirmation|the verification|the document)",
    r"\bif (?:your|the|this) (?:request|e-?mail(?: address)?|identity|address|submission) (?:is|was|has) not (?:been )?(?:confirmed|verified|validated)\b",
    r"\bwithout (?:your|a|the|such|this) (?:\S+ )?(?:confirmation|verification|reply|response|consent|click|document|proof)\b",
    r"\bsi (?:usted |ud |tu )?no (?:nos )?(?:confirma|confirmas|confirmar|verifica|verificas|responde|respondes|contesta|contestas|envia|envias|recibimos|hace clic|haces clic|completa|completas)\w*",
    r"\bsin (?:su|tu|la|una) (?:\S+ )?(?:confirmacion|verificacion|respuesta|consentimiento|documentacion)\b",
    r"\bsi vous (?:ne|n')",
    r"\bsans (?:votre|ta|la|une) (?:\S+ )?(?:confirmation|verification|reponse|validation)\b",
    r"\b(?:wenn|falls|sofern) sie (?:\S+ ){0,5}?(?:nicht|keine|keinen)\b", r"\bohne (?:ihre|deine|eine) (?:\S+ )?(?:bestatigung|verifizierung|antwort|zustimmung)\b",
    r"\bse (?:voce |o senhor |a senhora |o sr\.? |a sra\.? )?nao (?:nos )?(?:confirmar|verificar|responder|enviar|clicar|validar)\b",
    r"\bsem (?:a sua|a tua|a|uma) (?:\S+ )?(?:confirmacao|verificacao|resposta|validacao)\b",
    r"\bse (?:lei |tu )?non (?:ci )?(?:conferma|confermi|verifica|verifichi|risponde|rispondi|invia|invii|clicca|clicchi)\b",
    r"\bsenza (?:la sua|la tua|una|la) (?:\S+ )?(?:conferma|verifica|risposta)\b",
    r"\b(?:als|indien|wanneer) (?:u|je|jij) (?:\S+ ){0,5}?(?:niet|geen)\b", r"\bzonder (?:uw|je|jouw|een|de) (?:\S+ )?(?:bevestiging|verificatie|reactie|antwoord)\b",
)

# A "no record" about OTHER records ("we removed the listing you named; we could not find any other /
# additional records", "no pudimos localizar ningún registro adicional", "non abbiamo trovato altri dati",
# "nie znaleźliśmy innych danych", "wala kaming nahanap na iba pang rekord") read refused over the removal
# it follows (set O en-23, es-09, it-02, pl-02, tl-02). It says nothing is left beyond what was removed: no
# refusal. The removal is then read by its own sentence, under every check a confirmation has; a "no other
# record" with no removal beside it confirms nothing (no success words) and a bare "no record" stays one.
_OTHER_QUAL = _rx(
    r"\b(?:other|additional|further|remaining|more)\b(?! than (?:this|that|the|your) (?:request|e-?mail|letter))",
    r"\b(?:otros?|otras?|adicional(?:es)?|restantes?|mas)\b", r"\b(?:autres?|supplementaires?|additionnel(?:le)?s?|restant(?:e)?s?)\b",
    r"\b(?:weitere[nmrs]?|andere[nmrs]?|zusatzliche[nmrs]?|sonstige[nmrs]?)\b", r"\b(?:outros?|outras?|adiciona(?:l|is)|restantes?)\b",
    r"\b(?:altri|altre|altro|altra|ulteriori|aggiuntiv[oiae])\b", r"\b(?:andere|verdere|aanvullende|overige|meer)\b",
    r"\b(?:innych|inne|innej|dodatkowych|dalszych)\b", r"\biba pang\b", r"\b(?:alte|alti|suplimentare)\b", r"\b(?:andra|ytterligare|ovriga)\b",
)


def _no_other_record(sentence: str, m: re.Match[str]) -> bool:
    """Whether the "no record" ``m`` is about other records than the one the reply removed: an "other",
    "additional" or "further" in its own words or in the two words after it, in its sentence."""
    at = sentence.find(m.group(0))
    after = sentence[at + len(m.group(0)):] if at >= 0 else ""
    return bool(_OTHER_QUAL.search(m.group(0)) or _OTHER_QUAL.search(" ".join(after.split()[:2])))


#: "No longer" in a "no record" sentence, folded, in the languages the reader knows: what is left after a deletion, not a
#: record never found ("não há mais nenhum registro seu", "ya no hay ningún registro suyo", "nous ne détenons plus aucune
#: donnée", "wir haben keine Daten mehr", "non conserviamo più", "niet meer", "ikke lenger", "ikke længere").
_NO_LONGER = _rx(r"\b(?:no longer|not any longer|any ?more|nothing (?:further|more) (?:remains|is held|is kept))\b",
                 r"\b(?:ya no|ja nao|ja no|nao (?:\S+ ){0,3}?mais|no (?:\S+ ){0,3}?mas)\b", r"\b(?:ne|n'|n) ?(?:\S+ ){0,3}?plus\b",
                 r"\bmehr\b", r"\bnon (?:\S+ ){0,3}?piu\b", r"\b(?:niet|geen (?:\S+ ){0,3}?) ?meer\b", r"\b(?:ikke|ingen) (?:\S+ ){0,4}?(?:lenger|længere|mere|mer)\b",
                 r"\b(?:inte|inga) (?:\S+ ){0,4}?(?:langre|mer)\b")


def _no_record_left(text: str, sentence: str, m: re.Match[str]) -> bool:
    """Whether the "no record" ``m`` says what is left after a deletion the reply tells before it: "no longer"
    (``_NO_LONGER``) in its sentence, and a deletion done (``_CONFIRMED``) earlier in ``text``. Then the reply is
    read as the rest of it says (a deletion, or at worst a person's to read), never as a refusal (reply pass 54)."""
    return bool(_NO_LONGER.search(sentence)) and bool(_CONFIRMED.search(text, 0, m.start()))


def _your_step_if(sentence: str, refusal: str) -> bool:
    """Whether ``sentence`` makes its refusal ``refusal`` hang on the person's own next step: a condition
    on their reply or confirmation before the refusal, or right after it."""
    at = sentence.find(refusal)
    if at < 0:
        return False
    return bool(_YOUR_STEP_IF.search(sentence[:at]) or _YOUR_STEP_IF.search(sentence[at + len(refusal):]))



# ---- Japanese, Urdu, Bengali and Punjabi: the states a reply really takes (branch r24) -------------
# Replies arrive in these four languages (earlier reads named them, unread); Lingua names each. Added as
# Persian and Swahili were (r23): a success only in a completed past form (ja "削除しました", "削除いたし
# ました", "削除されました", "削除させていただきました"; ur "حذف کر دیا گیا ہے", "ہٹا دیا ہے"; bn "মুছে ফেলা
# হয়েছে", "মুছে ফেলেছি"; pa "ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ"), never a future (ja "削除します", "削除いたします"; ur "حذف
# کر دیا جائے گا"; bn "মুছে ফেলা হবে"; pa "ਮਿਟਾ ਦਿੱਤਾ ਜਾਵੇਗਾ"), a negation (ja "削除されていません", "まだ";
# ur "نہیں", "ابھی تک"; bn "হয়নি", "এখনও"; pa "ਨਹੀਂ", "ਅਜੇ"), a condition (ja "場合は", "次第", "予定"; ur
# "اگر", "کے بعد"; bn "যদি", "পরে"; pa "ਜੇ", "ਜੇਕਰ", "ਬਾਅਦ") or a question (ja "…ましたか"); every such
# confirmation carries ``THIN_OTHER`` (0.85): a person reads it, translated. Also their ID documents, a
# receipt, "no record", a refusal, an ask to confirm, and a refusal that hangs on the person's own step
# ("ご確認いただけない場合、削除できません") as in the seven languages (``_YOUR_STEP_IF``). Japanese has no
# spaces (no \b) and folds its voiced kana to unvoiced (で → て): every pattern is folded as the text is
# (``_fo``). Urdu is written with Urdu ی/ک/ہ or, on Arabic keyboards, ي/ك/ه (``_ur``). Urdu's "۔" and the
# danda "।" (Bengali, Punjabi, Hindi, Nepali) end a sentence. Pashto (which Lingua names Persian or Urdu),
# Burmese, Khmer and Tigrinya have no rules: a person who reads them natively should write them; Burmese
# and Khmer are named by their script (``_language.detect``). Wordings are ours, in tests/test_replies_r24.py.
def _ur(*patterns: str) -> tuple[str, ...]:
    """Urdu patterns folded as the text is, accepting Arabic ي/ك/ه for ی/ک/ہ and a space for ZWNJ."""
    return tuple(p.replace("\u06c1", "[\u06c1\u0647]") for p in _fa(*patterns))


_JA_DEL = r"(?:削除|消去|抹消)"
_JA_DEL_PAST = _JA_DEL + r"(?:いたしました|しました|されました|させていただきました|させて頂きました|済み|済です|が完了(?:いた)?しました|を完了(?:いた)?しました)"
_UR_DEL_PAST = r"(?:حذف|ہٹا|مٹا|ڈیلیٹ)(?: کر)? (?:دیا|دی|دیے|دیئے)(?: گیا| گئی| گئے)? (?:ہے|ہیں)"
_BN_DEL_PAST = r"(?:মুছে|সরিয়ে) (?:ফেলা|দেওয়া) হয়েছে|(?:মুছে|সরিয়ে) (?:ফেলেছি|দিয়েছি|ফেলেছে|দিয়েছে)|(?:ডিলিট|অপসারণ) করা হয়েছে"
_PA_DEL_PAST = r"(?:ਮਿਟਾ|ਹਟਾ|ਡਿਲੀਟ ਕਰ) (?:ਦਿੱਤਾ|ਦਿੱਤੀ|ਦਿੱਤੇ) (?:ਗਿਆ|ਗਈ|ਗਏ) (?:ਹੈ|ਹਨ)|(?:ਮਿਟਾ|ਹਟਾ) (?:ਦਿੱਤਾ|ਦਿੱਤੀ|ਦਿੱਤੇ) (?:ਹੈ|ਹਨ)"


def _sentences(text: str) -> list[str]:  # noqa: F811 - the danda and Urdu's full stop end a sentence too (branch r24)
    text = _ABBREV.sub(lambda m: m.group(1) + "\u2024", text)
    text = _ORDINAL_DATE.sub("\\1\u2024", text)  # a one-dot leader: no split, no word
    return [piece for x in re.split(r"\|[ \t]*\n|(?<=[.!?;\u061f\u061b])\s+|(?<=[\u1362\u1367\u06d4\u0964])\s*|(?<=[\u3002\uff01\uff1f\uff1b])|(?<=[!?;])(?=[\u3400-\u9fff])|\n\s*\n|\n(?=[-*\u2022])", text)
            if x.strip() for piece in _pieces(" ".join(x.split()).replace("\u2024", "."))]  # pass 54: no piece past SENTENCE_READ_LIMIT


def _sentence_at(text: str, start: int, end: int) -> str:  # noqa: F811 - as above (branch r24)
    """The sentence of ``text`` holding ``text[start:end]``."""
    a = max(text.rfind(c, 0, start) for c in ".!?;\n\u06d4\u0964") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?;\n\u06d4\u0964") if i >= 0]
    return text[a:min(ends) + 1 if ends else len(text)].strip()


_CONFIRMED = _with(_CONFIRMED, *_fo(_JA_DEL_PAST, _BN_DEL_PAST, _PA_DEL_PAST), *_ur(_UR_DEL_PAST))
_NOT_DONE = _with(_NOT_DONE, *_fo(r"まだ|未だ", r"(?:^|\s)এখনও(?=\s|$)|(?:^|\s)এখনো(?=\s|$)", r"(?:^|\s)ਅਜੇ(?=\s|$)"), *_ur(r"(?:^|\s)(?:ابھی تک|ابھی|نہیں)(?=\s|$)"))
_NOT_YET = _with(
    _NOT_YET, *_fo(_JA_DEL + r"(?:され|し|いたし)?(?:ていません|ておりません|ませんでした|できません|できませんでした|されていません)",
                   r"(?:মুছে|সরিয়ে) (?:ফেলা|দেওয়া) হয়নি|(?:মুছে|সরিয়ে) (?:ফেলিনি|দিইনি)", r"ਨਹੀਂ (?:ਮਿਟਾਇਆ|ਹਟਾਇਆ|ਮਿਟਾਈ|ਹਟਾਈ) (?:ਗਿਆ|ਗਈ)"),
    *_ur(r"(?:حذف|ہٹا|مٹا|ڈیلیٹ) نہیں (?:کیا|کی|کیے|ہوا|ہوئی)"),
)
_CONDITION = _with(_CONDITION, *_fo(r"場合(?:は|には|、|,)|次第|予定|れば|たら(?:、|,)|後(?:に|で)(?!.*(?:しました|されました))"),
                   *_fo(r"(?:^|\s)(?:যদি|পরে|হবে)(?=\s|$)", r"(?:^|\s)(?:ਜੇ|ਜੇਕਰ|ਬਾਅਦ|ਜਾਵੇਗਾ|ਜਾਵੇਗੀ)(?=\s|$)"),
                   *_ur(r"(?:^|\s)(?:اگر|جب|بعد|گا|گی|گے)(?=\s|$)"))
_QUESTION = re.compile(_QUESTION.pattern + "|" + "|".join(_fo(r"(?:ます|ました|でしょう|です|ません)か[\s\u3002.]*$")))
_NEEDS_ID = _with(_NEEDS_ID, *_fo(r"本人確認書類", r"身分証明書", r"運転免許証", r"パスポート", r"旅券", r"マイナンバーカード", r"在留カード", r"住民票"),
                  *_ur(r"شناختی کارڈ", r"پاسپورٹ", r"ڈرائیونگ لائسنس", r"شناخت کا ثبوت", r"رہائش کا ثبوت"),
                  *_fo(r"জাতীয় পরিচয়পত্র", r"পরিচয়পত্র", r"পাসপোর্ট", r"ড্রাইভিং লাইসেন্স", r"ঠিকানার প্রমাণ"),
                  *_fo(r"ਪਛਾਣ ਪੱਤਰ", r"ਪਾਸਪੋਰਟ", r"ਡਰਾਈਵਿੰਗ ਲਾਇਸੈਂਸ", r"ਆਧਾਰ ਕਾਰਡ", r"ਪਤੇ ਦਾ ਸਬੂਤ"))
_NO_DOC_AFTER = _with(_NO_DOC_AFTER, *_fo(r"不要|必要(?:は)?ありません|必要はございません", r"প্রয়োজন নেই", r"ਲੋੜ ਨਹੀਂ"), *_ur(r"ضرورت نہیں"))
_ACK = _with(
    _ACK, *_fo(r"(?:リクエスト|申請|ご依頼|依頼|請求|お問い合わせ|ご連絡)を(?:受け付け|受付|受領|承り|拝受)(?:ました|いたしました)", r"\d{1,3}(?:時間|日|営業日)以内に", r"(?:受付|チケット|お問い合わせ)番号"),
    *_ur(r"(?:درخواست|ای میل) (?:ہمیں )?موصول ہو (?:گئی|گیا) ہے", r"درخواست موصول ہوئی", r"\d{1,3} (?:دن|دنوں) (?:کے اندر|میں)"),
    *_fo(r"অনুরোধ(?:টি)? (?:আমরা )?পেয়েছি", r"অনুরোধ(?:টি)? গ্রহণ করা হয়েছে", r"\d{1,3} (?:কার্য)?দিনের মধ্যে"),
    *_fo(r"ਬੇਨਤੀ (?:ਪ੍ਰਾਪਤ ਹੋ ਗਈ ਹੈ|ਮਿਲ ਗਈ ਹੈ|ਪ੍ਰਾਪਤ ਹੋਈ ਹੈ)", r"\d{1,3} ਦਿਨਾਂ ਦੇ ਅੰਦਰ"),
)
_EXTENDED = _with(_EXTENDED, *_ur(r"توسیع"), *_fo(r"সময় বাড়ানো", r"ਵਧਾ ਦਿੱਤਾ"))  # ja 延長 is the Chinese rule's
_JA_UR_BN_PA_CONFIRM = (
    *_fo(r"(?:削除)?(?:リクエスト|申請|依頼|ご依頼|請求)(?:を|の)(?:ご)?確認(?:して|を)?(?:ください|下さい|お願い)", r"リンクを(?:クリック|タップ)して(?:ください|下さい)?"),
    *_ur(r"(?:اپنی )?درخواست کی تصدیق (?:کریں|کیجیے|کیجئے)", r"لنک پر کلک (?:کریں|کیجیے|کیجئے)"),
    *_fo(r"অনুরোধ(?:টি)? নিশ্চিত করুন", r"লিঙ্কে ক্লিক করুন", r"ਬੇਨਤੀ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ", r"ਲਿੰਕ '?ਤੇ ਕਲਿੱਕ ਕਰੋ"),
)
_VERIFY = _with(_VERIFY, *_JA_UR_BN_PA_CONFIRM)
_THIN_CONFIRM_REQUEST = re.compile(_THIN_CONFIRM_REQUEST.pattern + "|" + "|".join(
    _fo(r"(?:削除)?(?:リクエスト|申請|依頼|ご依頼|請求)(?:を|の)(?:ご)?確認", r"অনুরোধ(?:টি)? নিশ্চিত করুন", r"ਬੇਨਤੀ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ") + _ur(r"درخواست کی تصدیق")))
_THIN_DELETED = re.compile(_THIN_DELETED.pattern + "|" + "|".join(_fo(_JA_DEL, r"মুছে|সরিয়ে", r"ਮਿਟਾ|ਹਟਾ") + _ur(r"ہٹا|مٹا|ڈیلیٹ")))
_REFUSED = [(reason, _with(rx, *{
    "no record": _fo(r"(?:情報|データ|記録|レコード|個人情報|登録)(?:は|が)?[^\u3002]{0,24}?(?:見つかりませんでした|見つかりません|見当たりませんでした|見当たりません|存在しませんでした|存在しません|保有しておりません|保有していません|ございませんでした)",
                     r"কোনো (?:তথ্য|রেকর্ড|ডেটা)(?: [^ ]+){0,3} (?:খুঁজে )?(?:পাইনি|পাওয়া যায়নি)", r"ਕੋਈ (?:ਰਿਕਾਰਡ|ਜਾਣਕਾਰੀ|ਡੇਟਾ)(?: [^ ]+){0,3} ਨਹੀਂ (?:ਮਿਲਿਆ|ਮਿਲੀ|ਲੱਭਿਆ)")
                 + _ur(r"(?:ریکارڈ|معلومات|ڈیٹا)(?: [^ ]+){0,3} نہیں (?:ملا|ملی|ملیں|مل سکا|مل سکی)"),
    "declined": _fo(_JA_DEL + r"(?:することは|は|いたしかねます|することができません)?(?:できません|いたしかねます)", r"(?:ご要望|ご請求|ご依頼|リクエスト)(?:には|に)(?:お応え|応じること)(?:は)?できません",
                    r"মুছে (?:ফেলতে|দিতে) পারব না|মুছতে পারছি না|অনুরোধ(?:টি)? প্রত্যাখ্যান করা হয়েছে", r"(?:ਮਿਟਾ|ਹਟਾ) ਨਹੀਂ ਸਕਦੇ|ਬੇਨਤੀ ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ")
                + _ur(r"(?:حذف|ڈیلیٹ) نہیں کر (?:سکتے|سکیں گے|سکتی)", r"درخواست مسترد کر دی گئی ہے"),
}.get(reason, ()))) if reason in ("no record", "declined") else (reason, rx) for reason, rx in _REFUSED]
_YOUR_STEP_IF = _with(_YOUR_STEP_IF, *_fo(r"(?:いただけ|され|し|でき|くれ)ない場合", r"যদি আপনি (?:[^ ]+ ){0,3}না", r"ਜੇ(?:ਕਰ)? ਤੁਸੀਂ (?:[^ ]+ ){0,3}ਨਹੀਂ"),
                      *_ur(r"اگر آپ (?:[^ ]+ ){0,3}نہیں"))


# ---- branch r24: near misses of a confirmation that read as one (found writing r24's tests) ----------
# Three wordings a confirmation's near-miss tests must hold read "confirmed" (0.95, acted on):
# - another person's record, said with the verb: "the profile we removed belongs to another person",
#   "pertenece a otra persona" (``_OTHER_PERSON`` had only "a profile of / belonging to another person");
# - one listing of two: "we removed one of the two listings you sent", "uno de los dos perfiles", "the
#   second listing remains" (a part removed, a part left: a person looks);
# - a sale opt-out with its object between: "we have opted you out of the sale of your data" (the sale
#   opt-out rule read only "opted out of the sale").
_OTHER_PERSON = _with(
    _OTHER_PERSON,
    r"\b(?:belongs?|belonged|belonging|pertains?|relates?|related) to (?:another|a different|someone else|other) ?(?:person|individual|consumer|customer|user|people)?\b",
    r"\bpertenec(?:e|en|ia|ian) a (?:otra persona|otro (?:titular|usuario|cliente)|otra (?:usuaria|clienta|titular)|un homonimo|una homonima)\b",
    r"\bpertenc(?:e|em|ia|iam) a (?:outra pessoa|outro (?:titular|usuario|cliente)|um homonimo|uma homonima)\b",
    r"\bappart(?:ient|iennent|enait|enaient) a (?:une autre personne|un autre (?:titulaire|utilisateur|client)|un homonyme|une homonyme)\b",
    r"\bappart(?:iene|engono|eneva|enevano) a (?:un'altra persona|un altro (?:titolare|utente|cliente)|un omonimo|un'omonima)\b",
    r"\bgehor(?:t|en|te|ten) (?:zu )?(?:einer anderen person|einem anderen (?:nutzer|kunden)|einem namensvetter)\b",
    r"\b(?:behoor|behoort|behoren|hoort|hoorde) (?:toe )?(?:aan|bij) (?:een andere persoon|iemand anders|een naamgeno\w*)\b",
    r"\b(?:aan|bij) (?:een andere persoon|iemand anders|een naamgeno\w*) (?:toe)?(?:behoort|behoren|hoort|hoorde)\b",  # Dutch verb last
)
_LIST_ONLY = _with(
    _LIST_ONLY,
    r"\bone (?:of|out of) (?:the |your |these |those )?(?:two|three|four|\d{1,2}|several|multiple|both) (?:\S+ )?(?:listings|profiles|records|entries|pages|results|reports)\b",
    r"\b(?:uno|una) de (?:los|las|sus) (?:dos|tres|\d{1,2}|varios|varias) (?:\S+ )?(?:perfiles|registros|anuncios|fichas|entradas|paginas|resultados)\b",
    r"\b(?:um|uma) d(?:os|as) (?:dois|duas|tres|\d{1,2}) (?:\S+ )?(?:perfis|registros|registos|anuncios|paginas|resultados)\b",
    r"\b(?:l')?(?:un|une) des (?:deux|trois|\d{1,2}) (?:\S+ )?(?:fiches|profils|annonces|pages|resultats|entrees)\b",
    r"\b(?:uno|una) dei (?:due|tre|\d{1,2}) (?:\S+ )?(?:profili|annunci|risultati)\b|\b(?:uno|una) delle (?:due|tre|\d{1,2}) (?:\S+ )?(?:schede|pagine|voci)\b",
    r"\b(?:eine[nsr]?|einen) (?:der|von) (?:beiden|zwei|drei|\d{1,2}) (?:\S+ )?(?:eintrage|eintragen|profile|profilen|seiten|ergebnisse|ergebnissen)\b",
    r"\been van de (?:twee|drie|\d{1,2}) (?:\S+ )?(?:vermeldingen|profielen|pagina's|resultaten)\b",
)
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:the )?(?:other|second|remaining|first) (?:listing|profile|record|entry|page|result)s? (?:\S+ ){0,2}?(?:remains?|stays?|is still (?:live|online|visible|published|up|listed|shown))\b(?! (?:deleted|removed|suppressed|hidden|off|gone|offline))",
    r"\b(?:el otro|la otra|el segundo|la segunda) (?:perfil|registro|anuncio|ficha|entrada) (?:\S+ ){0,2}?(?:sigue|permanece|continua)\b",
    r"\b(?:o outro|a outra|o segundo|a segunda) (?:perfil|registro|registo|anuncio) (?:\S+ ){0,2}?(?:continua|permanece)\b",
    r"\b(?:l'autre|la seconde|le second|la deuxieme|le deuxieme) (?:fiche|profil|annonce) (?:\S+ ){0,2}?(?:reste|demeure)\b",
    r"\b(?:l'altro|l'altra|il secondo|la seconda) (?:profilo|annuncio|scheda) (?:\S+ ){0,2}?(?:resta|rimane)\b",
    r"\b(?:der andere|das andere|der zweite|das zweite) (?:eintrag|profil) (?:\S+ ){0,2}?(?:bleibt|ist weiterhin)\b",
    r"\b(?:de andere|het andere|de tweede|het tweede) (?:vermelding|profiel) (?:\S+ ){0,2}?(?:blijft|staat nog)\b",
)
_SALE_OPT_OUT = _with(_SALE_OPT_OUT, r"\bopt(?:ed|ing)?[- ]?(?:you|them|her|him|your client|the consumer|this person|your (?:data|information)) out of (?:the )?(?:sale|sales|selling|sharing|share|targeted)")


# ---- branch r24: asks to confirm with no link to open in the mail ------------------------------------
# Set O: "Enter this code on the page where you started your request, or reply with the code" read
# needs_info or other (en-06, en-07, es-06, es-35, vi-03, uk-01), and "the confirmation link is in the
# attached file; open it in your browser" read other (en-18, es-17). Both ask to confirm the request, and
# neither gives optout a link to open: a one-time code is a person's to enter, and a link in an attached
# file is never optout's to open (``parse`` adds none). Read ``verify_link`` with no link, so the flow
# hands it to a person ("nothing was opened"); a code at ``THIN_OTHER`` (read and entered by a person), an
# attached link at 0.9 (the person is told to open the confirmation link themselves). The ask must name a
# code to enter, paste or send back, or a confirmation in an attached file; a reference or ticket number
# ("your reference code is …") is no such ask. In the seven languages, Vietnamese and Ukrainian/Russian.
_CODE_ASK = _rx(
    r"\b(?:enter|type|paste|input|copy|reply (?:to this (?:e-?mail|message) )?with|send us|submit) (?:\S+ ){0,3}?(?:code|pin|otp)\b",
    r"\b(?:verification|confirmation|one-time|security|validation) code\b.{0,120}\b(?:enter|type|paste|reply)\b",
    r"\b(?:escriba|introduzca|ingrese|introduce|ingresa|escribe|copie|copiar|pegue|pegar|responda|responder|envie|enviar) (?:\S+ ){0,6}?(?:codigo|pin)\b",
    r"\b(?:saisissez|entrez|copiez|collez|indiquez|renvoyez|repondez) (?:\S+ ){0,5}?code\b",
    r"\b(?:geben sie|tragen sie|kopieren sie|fugen sie) (?:\S+ ){0,5}?(?:code|pin)\b", r"\bcode (?:\S+ ){0,4}?(?:ein|eingeben|einfugen)\b",
    r"\b(?:insira|digite|introduza|copie|cole|responda) (?:\S+ ){0,5}?(?:codigo|pin)\b",
    r"\b(?:inserisca|inserire|digiti|copi|incolli|risponda) (?:\S+ ){0,5}?(?:codice|pin)\b",
    r"\b(?:voer|vul|kopieer|plak|beantwoord) (?:\S+ ){0,5}?(?:code|pincode)\b",
    r"\b(?:nhap|dan|tra loi) (?:\S+ ){0,5}?ma\b", r"\bma xac (?:minh|nhan)\b.{0,120}\bnhap\b",
    r"\b(?:введіть|введите|вкажіть|укажите|вставте|вставьте) (?:\S+ ){0,3}?код\w*",
)
_ATTACHED_CONFIRM = _rx(
    r"\b(?:confirm|confirmation|verify|verification)\w* (?:\S+ ){0,6}?(?:in|inside|within) the attach(?:ed|ment)\b",
    r"\battach(?:ed|ment) (?:\S+ ){0,4}?(?:to confirm|to verify|to complete (?:the|your) request)",
    r"\b(?:enlace|link|vinculo) de (?:confirmacion|verificacion) (?:\S+ ){0,3}?(?:en|dentro de)l? (?:\S+ )?(?:archivo|documento|fichero) adjunto\b",
    r"\blien de (?:confirmation|validation) (?:\S+ ){0,3}?(?:dans|en) (?:la |le )?(?:piece jointe|fichier joint)\b",
    r"\bbestatigungslink (?:\S+ ){0,4}?(?:im|in der) (?:angehangten|beigefugten) (?:datei|anhang)|\bbestatigungslink (?:\S+ ){0,3}?im anhang\b",
    r"\blink de confirmacao (?:\S+ ){0,3}?(?:no|em) (?:\S+ )?(?:arquivo|ficheiro|anexo)\b",
    r"\blink di conferma (?:\S+ ){0,3}?(?:nel|in) (?:\S+ )?(?:file|documento) allegato\b",
    r"\bbevestigingslink (?:\S+ ){0,3}?in (?:de |het )?(?:bijlage|bijgevoegde bestand)\b",
)


def _code_or_attached_link(msg: Incoming, text: str) -> Classification | None:
    """An ask to confirm the request that gives no link to open: a code to enter or send back, or a
    confirmation link only in an attached file (see above); None otherwise."""
    if m := _ATTACHED_CONFIRM.search(text):
        return Classification("verify_link", "verify_link: the confirmation link is only in an attached file, which "
                              "optout never opens: a person opens it", confidence=0.9, evidence=m.group(0))
    if (m := _CODE_ASK.search(text)) and not _ACK_NUMBER_ONLY.search(m.group(0)):
        return Classification("verify_link", "verify_link: asks for a one-time code to be entered or sent back: a person "
                              "does it", confidence=THIN_OTHER, evidence=m.group(0))
    return None


#: "Send us your reference code / ticket number": a number to quote, no code that confirms.
_ACK_NUMBER_ONLY = re.compile(r"\b(?:reference|ticket|case|tracking|referencia|ticket|dossier|aktenzeichen|referenza|referentie)\b")


# ---- branch r24: another data set deleted, in the languages read in part ----------------------------
# Set O vi-04 ("you were unsubscribed from all marketing e-mails and your address removed from the mailing
# list") and ko-03 ("the member account was closed and deleted; the public profile is not part of it") read
# as confirmations (0.85): what was deleted is not the listing asked about. The marketing list, the
# mailing list and the member account in Vietnamese, Korean and Chinese join ``_LIST_ONLY`` (a success
# beside them is no confirmation: a person looks), as the newsletter words of every language are; and
# Korean "수신 거부" (receiving refused: unsubscribed) is no refusal of the request.
_LIST_ONLY = _with(
    _LIST_ONLY, r"\bemail (?:tiep thi|quang cao)\b", r"\bdanh sach (?:gui thu|email|thu dien tu)\b", r"\btai khoan thanh vien\b",
    r"会员账户|会员帐户|會員帳戶|會員賬戶|营销邮件|營銷郵件|行销邮件|行銷郵件|邮件列表|郵件列表",
    _ko(r"\ud68c\uc6d0 ?\uacc4\uc815|\ub9c8\ucf00\ud305 ?(?:\uc774\uba54\uc77c|\uba54\uc77c)|\uba54\uc77c\ub9c1 ?(?:\ubaa9\ub85d|\ub9ac\uc2a4\ud2b8)"),  # 회원 계정 / 마케팅 이메일 / 메일링 목록
)
_KO_UNSUBSCRIBED = re.compile(_ko(r"\uc218\uc2e0(?:\uc774|\uc744)? ?\uac70\ubd80"))  # 수신(이/을) 거부



# ---- branch r24: completed deletions the rule languages said in ways no rule read -------------------
# Set O fr-03 ("nous … les avons effacées de nos fichiers de prospection et de notre annuaire") and de-04
# ("Ihre Daten wurden aus unseren Marketingdatenbanken und aus dem Firmenverzeichnis gelöscht") read other:
# French and Italian put the object pronoun before the auxiliary ("nous les avons supprimées", "nous l'avons
# effacé", "li abbiamo cancellati", "l'abbiamo eliminato"), and a German passive may hold a long place
# between "wurden" and "gelöscht". Read as completed deletions with every check a confirmation has (a
# negation, "ne … pas" / "non" before, a condition, another data set); the German gap holds no negation
# and is no future or modal ("gelöscht werden").
_PRONOUN_DONE = (
    r"\b(?:les|l') ?avons (?:bien |deja |definitivement |egalement )?(?:supprime|efface|retire|detruit)e?s?\b",
    r"\b(?:li|le|lo|l') ?abbiamo (?:gia |definitivamente |anche )?(?:cancellat|eliminat|rimoss|distrutt)[oiae]\b",
    r"\b(?:wurden|wurde) (?:(?!(?:nicht|kein\w*|noch|nie|erst|bald|demnachst)\b)\S+ ){5,12}?(?:geloscht|entfernt)\b(?! (?:werden|wird|worden sein|sein))",
)
_CONFIRMED = _with(_CONFIRMED, *_PRONOUN_DONE)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_PRONOUN_DONE)
# Haitian Creole "non li" (his name) is Italian "non li" (not … them) before an Italian verb: "Non li abbiamo
# cancellati" (we have not deleted them) read as a deletion once the pronoun form above was read.
_HT_NAME = re.compile(r"\bnon (?=(?:ou|li|yo|nou|fanmi|konplè|konple)\b(?! (?:abbiamo|avevamo|ha|hanno|sono|siamo|possiamo|potremo|potremmo|avremo|e stat|vengono|verranno|saranno)\b))")
# "… deleted and no longer passed on to clients" (set O de-04: "gelöscht und werden nicht mehr an Kunden
# weitergegeben"): as "to third parties" already was, the success's own tail, no part left undone.
_NO_LONGER_SHARED = _with(
    _NO_LONGER_SHARED,
    r"\b(?:will|shall) (?:no longer|not) be (?:\S+ )?(?:shared|disclosed|passed on|communicated|transferred|provided|sold) (?:\S+ ){0,2}(?:with|to) (?:any |our )?(?:clients|customers|partners)\b",
    r"\bno (?:seran|sera) (?:mas )?(?:comunicad|cedid|compartid|transferid)[oa]s? (?:\S+ )?(?:a|con) (?:nuestros )?(?:clientes|socios)\b",
    r"\bne (?:seront|sera) plus (?:communiquee?s?|transmise?s?|partagee?s?|cedee?s?) a (?:nos )?(?:clients|partenaires)\b",
    r"\b(?:und )?(?:werden|wird) (?:sie |diese |ihre daten )?nicht mehr an (?:unsere )?(?:kunden|partner|dritte) (?:weitergegeben|ubermittelt)\b",
)
# French "le profil indiqué" (the profile named) folded into Spanish and Portuguese "indique" (please
# state), an ask for information: "Nous avons supprimé le profil indiqué." read needs_info. The participle
# (French "indiqué(e)(s)", Spanish "indiqué", I stated) keeps its accent, as "sí" does; the imperative has none.
_ACCENT_KEPT = re.compile(_ACCENT_KEPT.pattern[:-len(r"(?!\w)")] .replace("(?:s[", "(?:indiqu\u00e9e?s?|s[", 1) + r"(?!\w)")


# ---- set P's broken promises (the lead, first read of set P) ------------------------------------------
# An interim measure while the request is handled is no outcome: "we will not sell or share your
# information in the meantime", "mientras tanto, no venderemos sus datos", "en attendant, vos données
# ne seront plus partagées". A success phrase in the same sentence as one of these words says what
# holds until the broker answers, not that the request was carried out. Dutch "intussen" and German
# "inzwischen" also mean "by now" ("uw gegevens zijn intussen verwijderd": a deletion) and are not here.
_INTERIM = _rx(
    r"\bin the meantime\b", r"\bmeanwhile\b", r"\bwhile (?:we|our team) (?:process|review|handle|complete|verify|look)",
    r"\bwhile (?:your|the|this) (?:request|deletion|opt-?out|removal|case|ticket) (?:is|remains) (?:being )?(?:processed|reviewed|pending|handled|open|under review)",
    r"\bpending (?:the |your |its )?(?:completion|processing|review|verification|outcome|resolution)\b",
    r"\bmientras tanto\b", r"\bentretanto\b", r"\ben tanto (?:se )?(?:procesa|tramita|resuelve|revisa)",
    r"\bmientras (?:se )?(?:procesa|tramita|resuelve|revisa|atiende)(?:mos)?\b", r"\bmientras (?:su|tu|la) (?:solicitud|peticion)\b",
    r"\benquanto isso\b", r"\bnes[st]e meio tempo\b", r"\benquanto (?:processamos|analisamos|tratamos)\b",
    r"\benquanto (?:o seu |seu |a sua |sua |o |a )(?:pedido|solicitacao|requerimento)\b",
    r"\ben attendant\b", r"\bentre-?temps\b", r"\bdans l'intervalle\b", r"\bpendant (?:le traitement|l'examen|que nous traitons)\b",
    r"\bin der zwischenzeit\b", r"\bzwischenzeitlich\b", r"\bbis zur (?:bearbeitung|erledigung|entscheidung)\b",
    r"\bwahrend (?:der bearbeitung|wir ihre? (?:anfrage|antrag|ersuchen))\b",
    r"\bnel frattempo\b", r"\bin attesa (?:del|della|dell')\b", r"\bdurante (?:l'elaborazione|la gestione|l'esame)\b",
    r"\bin de tussentijd\b", r"\bin afwachting van\b", r"\btijdens de (?:verwerking|behandeling)\b",
)
# A request said not to reach part of what was asked: "your request has not been applied to those
# sites", "su solicitud no se aplicó en esos sitios", "this opt-out does not extend to our affiliates".
# Beside a removal it leaves the reply unsure (``_confirmed``: a success and a negated one), as a
# confirmation for one listing of two does: a person reads which part was done.
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:request|opt-?out|removal|deletion|suppression)s? (?:\S+ ){0,3}(?:has not been|have not been|was not|were not|is not|are not|will not be|won't be|cannot be|can't be) (?:applied|extended|carried over|honou?red) (?:to|on|for|at|across)\b",
    r"\b(?:request|opt-?out|removal|deletion|this) (?:\S+ ){0,2}(?:does|do|will|did) not (?:apply|extend|carry over) to\b",
    r"\b(?:solicitud|peticion|baja|eliminacion|supresion)(?: \S+){0,3} no se (?:aplico|aplica|aplicara|extiende|extendio|ha aplicado) (?:a|en)\b",
    r"\b(?:pedido|solicitacao|exclusao|remocao)(?: \S+){0,3} nao (?:foi|sera) (?:aplicad|estendid)[oa] (?:a|aos|as|em|nos|nas)\b",
    r"\b(?:pedido|solicitacao|exclusao|remocao)(?: \S+){0,3} nao se (?:aplica|aplicou|estende) (?:a|aos|as|em|nos|nas)\b",
    r"\b(?:demande|suppression|opposition)(?: \S+){0,3} (?:ne s'(?:applique|appliquera) pas|n'a pas ete (?:appliquee?|etendue?)) (?:a|aux|sur)\b",
    r"\b(?:antrag|anfrage|loschung|ersuchen)(?: \S+){0,3} (?:gilt nicht fur|wurde nicht auf (?:\S+ ){0,3}(?:angewendet|ubertragen|erstreckt))",
    r"\b(?:richiesta|cancellazione)(?: \S+){0,3} non (?:e stata|sara|viene) (?:applicat|estes)[ao] (?:a|ai|alle|agli|su)\b",
    r"\b(?:verzoek|verwijdering)(?: \S+){0,3} (?:is niet toegepast op|geldt niet voor|wordt niet toegepast op)\b",
)


# ---- near misses of a confirmation found by the lead's own probes (2026-12-01) ------------------------
# 1. What was deleted is a message, not the person's data: "we deleted the duplicate request you sent",
#    "cerramos la solicitud duplicada". Taken out of the sentence before its success is looked for.
_NOT_DATA_DELETED = _rx(
    r"\b(?:deleted|removed|closed|merged|cancell?ed|discarded|withdrawn) (?:the|your|this|that|a|an|one|all) (?:of (?:the|your) )?"
    r"(?:duplicate|duplicated|second|earlier|previous|extra|older|repeated|additional)s? (?:\S+ )?(?:requests?|tickets?|messages?|e-?mails?|submissions?|cases?|forms?|inquir(?:y|ies)|enquir(?:y|ies)|threads?)\b",
    r"\b(?:duplicate|duplicated|second|earlier|previous|extra|older|repeated|additional) (?:requests?|tickets?|messages?|e-?mails?|submissions?|cases?|forms?|inquir(?:y|ies))"
    r" (?:\S+ ){0,4}(?:was|were|has been|have been|is|are) (?:now )?(?:deleted|removed|closed|merged|cancell?ed|discarded)\b",
    r"\b(?:eliminamos|borramos|cerramos|fusionamos|descartamos|anulamos|hemos (?:eliminado|borrado|cerrado|fusionado|descartado|anulado))"
    r" (?:la|el|su|sus|las|los|una|un) (?:solicitud|peticion|ticket|mensaje|correo|caso|formulario)(?:es|s)? (?:duplicad|repetid|anterior|adicional)\w*",
    r"\b(?:excluimos|removemos|apagamos|encerramos|descartamos|cancelamos) (?:o|a|seu|sua|os|as) (?:pedido|solicitacao|ticket|mensagem|e-?mail)s? (?:duplicad|repetid|anterior)\w*",
    r"\b(?:supprime|ferme|fusionne|annule)e?s? (?:la|le|votre|les|vos) (?:demande|ticket|message|courriel)s? (?:en double|doublons?|precedentes?|anterieures?)\b",
    r"\b(?:doppelte|doppelten|fruhere|fruheren|zweite|zweiten) (?:anfrage|antrag|nachricht|e-?mail|ticket)\w* (?:\S+ ){0,4}(?:geloscht|geschlossen|zusammengefuhrt|entfernt)\b",
    # a form filled in for the person is a step of the request, not its outcome ("hemos completado el formulario
    # en su nombre; ahora debe hacer clic en el enlace")
    r"\b(?:(?:we|i) (?:have |'ve )?)?(?:completed|filled (?:in|out)|submitted) (?:the|your|this|an?) (?:\S+ )?form\b",
    r"\b(?:hemos |ya )?(?:completado|completamos|llenado|llenamos|rellenado|rellenamos|enviado|enviamos) (?:el|su|un) formulario\b",
    r"\b(?:preenchemos|completamos|enviamos) (?:o|seu) formulario\b", r"\b(?:avons )?(?:rempli|complete|envoye) (?:le|votre) formulaire\b",
    r"(?:删除|刪除|关闭|關閉|合并|合併)(?:了)?(?:您的|你的)?(?:重复|重複)(?:的)?(?:请求|請求|申请|申請|工单|工單)",
)
# 2. A part left live: "other listings under your name remain active", "los demás registros siguen
#    publicados"; and an account deleted beside public listings "handled separately" / "that must be
#    removed through our opt-out page": the listing asked about is not what was deleted.
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:other|remaining|additional|further|older) (?:\S+ )?(?:listings?|profiles?|records?|entries|pages?|reports?) (?:\S+ ){0,4}?(?:remain|remains|are still|is still|stay|stays|will remain) (?:\S+ )?(?:active|live|online|published|visible|listed|up|available|searchable)\b",
    r"\b(?:public(?: record)? (?:listings?|profiles?|records?|pages?)|public records?) (?:\S+ ){0,3}(?:are|is) (?:separate|handled separately|managed separately|processed separately|not part of (?:your|the|an) account)\b",
    r"\b(?:listings?|profiles?|records?) (?:\S+ ){0,4}must be removed (?:separately|through|via|using|on) ",
    r"\b(?:los demas|las demas|otros|otras) (?:\S+ )?(?:registros|perfiles|fichas|anuncios|listados) (?:\S+ ){0,4}(?:siguen|permanecen|continuan|quedan) (?:\S+ )?(?:activ|publicad|visibles|en linea|disponibles)",
    r"\b(?:os demais|as demais|outros|outras) (?:\S+ )?(?:registros|perfis|fichas|anuncios) (?:\S+ ){0,4}(?:continuam|permanecem|seguem) (?:\S+ )?(?:ativ|publicad|visiveis|online|disponiveis)",
    r"\b(?:les autres|d'autres) (?:\S+ )?(?:fiches|profils|annonces|enregistrements) (?:\S+ ){0,4}(?:restent|demeurent) (?:\S+ )?(?:actives?|publiees?|visibles|en ligne)",
    # "… from PeopleDex, but not from our partner site", "se eliminó de X, pero no de nuestro sitio asociado"
    r"\bbut not (?:from|on|in|at) (?:our|the|its|their|your|any)\b", r"\bpero no (?:de|en|del|desde) (?:nuestro|nuestros|nuestra|nuestras|su|sus|los|las|el|la)\b",
    r"\bmas nao (?:de|do|da|dos|das|em|no|na|nos|nas) ", r"\bmais pas (?:de|du|des|sur) ", r"\baber nicht (?:von|aus|auf|bei) ", r"\bma non (?:da|dal|dalla|dai|su|sul) ",
    r"\bmen pa (?:sou|nan|de|lakay) ",  # Haitian Creole "men pa sou sit patnè nou an"
    # "your public profile is unchanged / unaffected"
    r"\b(?:public )?(?:profile|listing|record|page)s? (?:is|are|remains?|stays?) (?:\S+ )?(?:unchanged|unaffected|untouched|as (?:it|they) (?:was|were)|still (?:public|visible|live|online|listed|searchable))\b",
    # "deleted as requested, except for your name and phone, which we keep"
    r"\b(?:except|excepting|apart from|other than|save) (?:for )?(?:your |the )?(?:name|full name|address|addresses|phone|phones|phone numbers?|age|date of birth|e-?mail|relatives)\b",
    r"\b(?:excepto|salvo|menos|a excepcion de) (?:su |sus |el |la |los |las )?(?:nombre|direccion|direcciones|telefono|telefonos|edad|fecha de nacimiento|correo|familiares)\b",
    r"\b(?:exceto|salvo|com excecao de) (?:o seu |a sua |seu |sua |o |a )?(?:nome|endereco|telefone|idade|data de nascimento|e-?mail)\b",
    r"\b(?:sauf|a l'exception de|hormis) (?:votre |vos |le |la |les )?(?:nom|adresse|adresses|telephone|age|date de naissance|courriel)\b",
)
# 3. A completion said in general words ("we have processed your request") beside the deletion itself
#    promised for later ("your personal information will be deleted within 30 days"): the deletion is
#    not said done; the reply waits (``_confirmed`` leaves it to the families after it).
_GENERIC_DONE = _rx(
    r"\b(?:processed|completed|fulfilled|honou?red|executed|handled) (?:your|the|this) (?:\S+ )?(?:request|ticket|submission)\b",
    r"\b(?:processed|completed|fulfilled|honou?red|executed) (?:your|the|this)$",  # the success phrase's own end
    r"\b(?:request|ticket|submission) (?:is|was|has been) (?:now )?(?:successfully )?(?:complete|completed|processed|fulfilled|successful|honou?red|executed)\b",
    r"\b(?:has|have) (?:now )?been (?:successfully )?(?:processed|completed|honou?red|fulfilled|executed)\b",
    r"\b(?:hemos|ha sido|han sido|fue|fueron) (?:procesad|tramitad|completad|atendid)", r"\bprocesamos su solicitud\b",
    r"\b(?:foi|foram) (?:processad|concluid|atendid)", r"\ba ete (?:traitee?|effectuee?)\b", r"\bwurde (?:\S+ ){0,3}bearbeitet\b",
    r"\b(?:haben|hat|habe) (?:\S+ ){0,3}(?:bearbeitet|erledigt|abgeschlossen)\b", r"\bavons (?:bien )?(?:traite|donne suite)\b",
    r"\b(?:abbiamo (?:completato|evaso|gestito)|e stata (?:evasa|gestita|completata))\b",
    r"\b(?:concluimos|processamos|atendemos) (?:o seu |seu |a sua |sua )?(?:pedido|solicitacao)\b",
    r"^(?:concluimos|processamos|atendemos)$",  # the success phrase alone, as evidence (probe pass 33)
    r"\bhebben (?:\S+ ){0,3}(?:verwerkt|afgehandeld)\b",
)
#: What a broker says was done with the data or the listing, beyond the request being "processed" (``_confirmed``:
#: a generic completion with none of these in the broker's words is no confirmation). Read at call time, so the
#: later extensions of ``_REMOVAL_SAID`` count too.
_OUTCOME_WORDS = _rx(
    r"\bopt(?:ed)?[- ]?out\b", r"\bhidden\b", r"\bunlist", r"\b(?:took|taken) down\b", r"\bnot (?:be )?(?:shown|visible|displayed|listed|appear)",
    r"\b(?:dad[oa]s? de baja|de baja|ocult[oa]|no (?:aparec|se muestr))", r"\b(?:ocult|oculto|nao aparec)", r"\b(?:masque|n'apparai)",
)


def _outcome_said(text: str) -> bool:
    """Whether ``text`` names what was (or is to be) done: ``_REMOVAL_SAID``, ``_DELETION_SAID`` (as last extended)
    or ``_OUTCOME_WORDS``."""
    return bool(_REMOVAL_SAID.search(text) or _DELETION_SAID.search(text) or _OUTCOME_WORDS.search(text))
#: copies kept for a while after a deletion ("backups will be purged within 90 days"): no promise of it
_BACKUPS = _rx(r"\b(?:backups?|back-ups?|archives?|archived|residual|logs?|copias? de seguridad|respaldos?|sauvegardes?|sicherungs?kopien|backup-?systeme?n?)\b")
#: a request named by what it asks ("your deletion request"): no deletion said
_REQUEST_NOUN = _rx(r"\b(?:deletion|removal|erasure|opt-?out|suppression|delete|remove|data) (?:request|ticket|form)s?\b",
                    r"\bsolicitud(?:es)? de (?:eliminacion|supresion|baja|borrado|exclusion)\b",
                    r"\b(?:solicitac(?:ao|oes)|pedidos?|requisic(?:ao|oes)) de (?:exclusao|remocao|eliminacao|apagamento)\b",
                    r"\bdemandes? de (?:suppression|retrait|effacement|desinscription)\b")
#: a request said "processed" or "handled" (not completed nor fulfilled): it went through the broker's process, whose
#: outcome may be a refusal; naming the request by what it asks ("your deletion request") says no outcome (probe 33)
_PROCESSED_ONLY = _rx(r"\bprocess(?:ed|ing)\b", r"\bhandled\b", r"\b(?:procesad|procesamos\b|tramitad|processad|processamos\b)",
                      r"\btraitee?s?\b", r"\bbearbeitet\b", r"\bverwerkt\b")
_FUTURE_DELETION = _rx(
    r"\b(?:will|shall) (?:be|get) (?:\S+ )?(?:deleted|removed|erased|purged|suppressed|anonymi[sz]ed)\b",
    r"\b(?:is|are) (?:scheduled|due|set|queued) (?:to be |for )(?:\S+ )?(?:deleted|removed|erased|purged|deletion|removal|erasure)\b",
    r"\bwe will (?:\S+ )?(?:delete|remove|erase|purge)\b",
    r"\bser[a]n? (?:\S+ )?(?:eliminad|borrad|suprimid|retirad)[oa]s?\b", r"\b(?:eliminaremos|borraremos|suprimiremos|retiraremos)\b",
    r"\bser[a]o? (?:\S+ )?(?:excluid|removid|apagad|eliminad)[oa]s?\b", r"\b(?:excluiremos|removeremos|apagaremos)\b",
    r"\bseront? (?:\S+ )?(?:supprimee?s?|effacee?s?)\b", r"\b(?:supprimerons|effacerons)\b",
    r"\bwerden (?:\S+ ){0,6}(?:geloscht|entfernt)(?: werden)?\b",
    r"\bsarann?o? (?:\S+ )?(?:cancellat|eliminat|rimoss)[ioae]\b", r"\bverr(?:a|anno) (?:\S+ )?(?:cancellat|eliminat|rimoss)[ioae]\b",
    r"\bse (?:eliminara|eliminaran|borrara|borraran|suprimira|suprimiran|retirara|retiraran|daran de baja|dara de baja)\b",
    r"\b(?:vamos|iremos|vao|irao) (?:\S+ )?(?:excluir|remover|apagar|eliminar|borrar)\b", r"\bvont etre (?:supprimee?s?|effacee?s?)\b",
)
# a click asked in Spanish, Portuguese and French beside a success phrase: the request waits on it
_VERIFY = _with(_VERIFY, r"\b(?:haga|hacer|haz|pulse|pulsar|presione) (?:clic|click) (?:en )?(?:el |este |nuestro )?(?:enlace|boton|vinculo)",
                r"\b(?:clique|clicar|cliquer|cliquez) (?:no |em |sur )?(?:o |le |ce )?(?:link|lien|botao|bouton)")
# 4. A completion that is a correction or an update of the record ("your request has been completed: we
#    have updated your record to reflect your preferences", "the correction you asked for has been made"):
#    the record stays; a person reads it (``_not_what_was_asked``).
_UPDATED_ONLY = _rx(
    r"\b(?:updated|corrected|amended|rectified|edited) (?:your|the|this) (?:\S+ ){0,2}?(?:record|profile|listing|information|data|details|entry|preferences)\b",
    r"\bcorrections? (?:\S+ ){0,6}(?:has|have) been (?:made|applied|completed|entered)\b",
    r"\b(?:record|profile|listing|information|entry) (?:\S+ ){0,3}(?:has|have) been (?:updated|corrected|amended|rectified)\b",
    r"\b(?:actualizamos|corregimos|rectificamos|modificamos|hemos (?:actualizado|corregido|rectificado|modificado)) (?:su|sus|la|el|los|las) (?:\S+ ){0,2}?(?:registro|perfil|ficha|informacion|datos)\b",
    r"\b(?:atualizamos|corrigimos|retificamos) (?:o seu|a sua|seu|sua|os seus|o|a) (?:\S+ ){0,2}?(?:registro|perfil|ficha|informacoes|dados)\b",
    r"\b(?:mis a jour|corrige|rectifie)e?s? (?:votre|vos|la|le|les) (?:\S+ ){0,2}?(?:fiche|profil|donnees|informations)\b",
    r"\babbiamo (?:aggiornato|corretto|rettificato) (?:il suo |i suoi |la sua |le sue |il |la |i )?(?:\S+ ){0,2}?(?:profilo|dati|scheda|informazioni)\b",
    r"\b(?:haben|wurde|wurden|hat) (?:\S+ ){0,4}(?:aktualisiert|berichtigt|korrigiert)\b",
    r"\b(?:atualizamos|corrigimos) o seu cadastro\b", r"\batualizamos (?:o seu |seu )?cadastro\b",
    # r30 (set R): a detail corrected or changed (an address, a phone number), Quebec's Law 25 art. 28 rectification
    r"\b(?:updated|corrected|changed|amended|rectified|fixed) (?:the|your|their|his|her) (?:\S+ ){0,2}?(?:address|phone(?: number)?|number|name|e-?mail|date of birth|birth date|details)\b",
    r"\b(?:actualizado|corregido|rectificado|modificado|cambiado|actualizamos|corregimos|rectificamos|cambiamos|modificamos) (?:el|la|su|los|las|sus) (?:\S+ ){0,2}?(?:direccion|domicilio|telefono|nombre|correo|fecha de nacimiento)\b",
    r"\b(?:corrige|rectifie|mis a jour|modifie)e?s? (?:les|vos|votre|la|le|l'|son|sa|ses) ?(?:\S+ ){0,2}?(?:renseignements|coordonnees|adresse|numero|nom)\b",
    r"\b(?:a|ont) ete (?:mise?s? a jour|corrigee?s?|rectifiee?s?)\b", r"\bla rectification a ete\b",
    r"\b(?:atualizamos|corrigimos|retificamos|alteramos) (?:o|a|os|as|seu|sua) (?:\S+ ){0,2}?(?:endereco|morada|telefone|nome|e-?mail)\b",
    r"\babbiamo (?:aggiornato|corretto|rettificato|modificato) (?:l'|il |la |i |le |il suo |la sua )?(?:\S+ ){0,2}?(?:indirizzo|telefono|nome|recapit\w*)\b",
    r"\b(?:hebben|heb) (?:\S+ ){0,4}(?:bijgewerkt|gecorrigeerd|gerectificeerd)\b",
)


#: "As you asked": what follows answers the person's request (branch r30).
_AS_ASKED = _rx(r"\b(?:as (?:you )?(?:requested|asked|instructed)|per your (?:request|instructions)|at your request|following your request|in response to your request)\b",
                r"\b(?:como|segun|tal como) (?:nos |usted )?(?:lo )?(?:pidio|solicito|indico)\b", r"\b(?:a|por) (?:su )?(?:peticion|solicitud)\b",
                r"\b(?:conforme|como) (?:solicitado|pedido|nos pediu|solicitou)\b", r"\b(?:comme|suite a) (?:vous (?:l'avez|nous l'avez) )?(?:demande|votre demande)\b",
                r"\bwie (?:gewunscht|beantragt)\b", r"\bcome (?:richiesto|da lei richiesto)\b", r"\bzoals (?:gevraagd|verzocht)\b")


def _corrected_only(msg: Incoming) -> str | None:
    """The words of a correction or an update done (``_UPDATED_ONLY``) in a reply with no deletion in it: read as
    a receipt or as nothing, it is another request type answered; a person reads it (branch r30, set R)."""
    subject, _, body = reply_text(msg).partition("\n")
    for s in _sentences(subject) + _sentences(body):
        if m := _UPDATED_ONLY.search(s) or _OTHER_DONE.search(s):
            return m.group(0)
    return None


#: Another request type done, read as a receipt or as nothing (branch r30, set R en-76, en-39): dissemination
#: stopped or a link de-indexed (Quebec's Law 25 art. 28.1), an opt-out kept in a browser's cookie; the data's
#: deletion is not said, a person reads it.
_OTHER_DONE = _rx(
    r"\b(?:ceased|stopped) (?:disseminating|publishing|distributing)\b", r"\bde-?indexed (?:the |your |their )?(?:\S+ ){0,3}(?:link|hyperlink|profile|page|listing)\b",
    r"\b(?:opt-?out|preference) (?:is |was |has been )?(?:stored|saved|kept|set) (?:in|as|with) a (?:browser )?cookie\b", r"\bset an opt-?out (?:cookie )?for (?:the|this|your) browser\b",
    r"\b(?:cesse|arrete) de (?:diffuser|publier)\b", r"\bdesindex\w*",
    r"\b(?:dejado|dejamos) de (?:difundir|publicar)\b", r"\b(?:opt-?out|exclusion|preferencia) (?:\S+ ){0,2}(?:guardad|almacenad)[oa] en una cookie\b",
)
#: A request of another right than deletion, honoured: to limit the use of sensitive data (CCPA
#: §1798.121), to correct, to know or access, to restrict, to object to direct marketing.
_OTHER_RIGHT = _rx(
    r"\b(?:request|right) to (?:limit|correct|rectify|know|access|restrict|port|object)\b",
    r"\b(?:request|right) (?:for|of) (?:access|correction|rectification|restriction|portability|a copy)\b",
    r"\b(?:solicitud|derecho|peticion) de (?:acceso|rectificacion|limitacion|portabilidad|oposicion|correccion)\b",
    r"\b(?:demande|droit) d'(?:acces|opposition|rectification|limitation)\b", r"\b(?:demande|droit) de (?:rectification|limitation|portabilite)\b",
    r"\b(?:pedido|solicitacao|direito) de (?:acesso|correcao|retificacao|oposicao|portabilidade)\b",
)
# a part not found or kept: "we could not find the other listings you mentioned", "some information was
# retained as permitted by law"
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:could not|couldn't|cannot|can't|were unable to|was unable to|did not|didn't) (?:\S+ )?(?:find|locate|identify|match) the (?:other|remaining|additional|rest of the|second|further) (?:\S+ )?(?:listings?|profiles?|records?|pages?|entries|urls?)\b",  # not "any other": none left
    r"\bno (?:pudimos |logramos )?(?:encontrar|encontramos|localizar|localizamos|ubicar|ubicamos|identificar|identificamos) (?:los|las) (?:demas|otros|otras|restantes) (?:\S+ )?(?:registros|perfiles|fichas|anuncios|enlaces)\b",
    r"\b(?:some|certain|part of (?:your|the)|a part of (?:your|the)) (?:\S+ )?(?:information|data|records?|details|personal information) (?:\S+ ){0,2}?(?:was|were|has been|have been|is|are|will be) (?:\S+ )?(?:retained|kept|preserved|held|maintained)\b",
    r"\b(?:parte de (?:sus|los|la)|algunos|algunas|ciertos|ciertas) (?:\S+ )?(?:datos|informacion|registros) (?:\S+ ){0,2}?(?:se )?(?:conservan|conservaron|mantienen|mantuvieron|retienen|retuvieron|guardan|conservara|mantendra)\b",
)

# ---- a fresh tester's near misses (helper, 2026-12-01, replies the lead did not write) ---------------
# 1. what was deleted is a session's cookies, or the request or message itself ("your request has been
#    deleted from our queue because it was a duplicate", "your email has been deleted")
_NOT_DATA_DELETED = _with(
    _NOT_DATA_DELETED,
    r"\b(?:deleted|removed|cleared) (?:the |your )?(?:\S+ )?(?:cookies|session|browsing (?:data|history))\b",
    # the sentence's subject only, not "the records of the consumer named in the request have been removed"
    r"^[\W]*(?:your|the|this) (?:request|e-?mail|message|ticket|submission) (?:has been|was) (?:deleted|removed|discarded|closed)\b",
    r"\b(?:deleted|removed|merged) (?:the |a |one )?(?:duplicate|duplicated|extra|second) (?:copy|copies|record|records|profile|profiles|listing|listings)\b(?: of your (?:\S+ )?)?",
)
# 2. the rest still live, kept, or back: "the profile on our own site is still active", "your main profile
#    remains active", "it has reappeared from a new data source", "os demais dados permanecem",
#    "mantemos seu nome e CPF", "we have removed 1 of the 3 profiles", an account deleted beside
#    profiles "separate from accounts" / "independientes"
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:profile|listing|record|page)s? (?:\S+ ){0,5}(?:is|are) still (?:\S+ )?(?:active|live|online|visible|up|published|searchable)\b",
    r"\b(?:main|primary|original|own) (?:\S+ )?(?:profile|listing|record|page)s? (?:\S+ ){0,3}(?:remains?|stays?) (?:\S+ )?(?:active|live|online|visible|up|published)\b",
    r"\b(?:has|have) (?:since )?reappeared\b", r"\b(?:reaparecio|reaparecieron|ha vuelto a aparecer|reapareceu|est reapparue?)\b",
    r"\b\d+ (?:of|out of) (?:the )?\d+ (?:\S+ )?(?:profiles|listings|records|pages|entries)\b",
    r"\b(?:profiles?|listings?|records?) (?:\S+ ){0,4}(?:are|is) (?:separate|independent|distinct) (?:from|of)\b",
    r"\b(?:perfiles|registros|fichas|anuncios) (?:\S+ ){0,5}son (?:independientes|distintos|aparte)\b",
    r"\b(?:os demais|as demais|o resto dos?) (?:\S+ )?(?:dados|informacoes|registros) (?:\S+ )?(?:permanecem|continuam|seguem)\b",
    r"\b(?:mantemos|conservamos|guardamos) (?:o |a )?(?:seu|sua|seus|suas) (?:nome|cpf|endereco|telefone|dados)\b",
    r"\b(?:continuam|permanecem) armazenad[oa]s\b", r"\b(?:sont|restent) (?:conservees?|gardees?) dans notre (?:annuaire|site|base)\b",
)
# 3. a relative's record removed for them ("the listing for your spouse, as requested on their behalf")
_OTHER_PERSON = _with(
    _OTHER_PERSON,
    r"\b(?:listing|profile|record|data|information) (?:for|of) your (?:spouse|husband|wife|partner|son|daughter|mother|father|parent|child|brother|sister)\b",
    r"\bon (?:their|his|her) behalf\b",
)
# 4. a deletion under a condition after it ("deleted, provided that the information you gave matches")
_CONDITION = _with(_CONDITION, r"\b(?:provided that|as long as|on condition that|siempre que|siempre y cuando|desde que|a condition que|sofern|purche)\b")
# 5. removed from a sharing list or a prospecting file, not the listing
_MARKETING_ONLY = _with(_MARKETING_ONLY, r"\blista de compartilhamento\b", r"\bsharing with (?:our )?partners\b")

# ---- probe pass 25 (branch r25, 2026-12-01): near misses of a confirmation, replies of our own -------
# A probe of 152 replies of our own (scripts/probe_replies25.py), modelled on what brokers' privacy teams
# send (DROP's outcomes "record deleted / opted out of sale / exempt / not found", suppression files kept
# so a record is not re-added, free results removed while paid reports stay, processors sending the person
# to the business), read 35 non-confirmations as confirmed and missed 3 confirmations. Their classes, in
# every language with rules where the class applies; cases in tests/test_replies_probe25.py:
# 1. the rest kept by law, said without naming which data: "deleted, with the exception of the data we
#    must retain", "salvo los que la ley nos obliga a conservar", "mit Ausnahme der Daten, die …",
#    "certain records must be kept for seven years", "we retain … limited information as the law permits"
#    (not "we keep a record of your request": that is no data of the listing);
# 2. an account deleted beside listings "handled separately", "unrelated to your user account", in es, fr,
#    pt, nl and vi too (English "public records are separate" was read already);
# 3. one listing, address or site of several: "the second address … could not verify", "the Dallas profile
#    will need a separate request", "completed for the Spokane record only", "for our website only;
#    affiliated websites operate independently", "removed from our free site; paid reports are governed by
#    the FCRA", a single field deleted ("we deleted the photo"); another request done, the new one queued;
_NOT_YET = _with(
    _NOT_YET,
    # 1. the rest kept by law
    r"\b(?:with the exception of|except(?: for)?|other than|apart from|save for|excluding) (?:the |any |certain |some |such )?(?:\S+ )?(?:information|data|records?|details)(?: that| which)? (?:\S+ ){0,3}?(?:we|is|are|must|required|legally|by law)\b",
    r"\b(?:certain|some|limited|minimal|specific) (?:\S+ )?(?:records?|information|data|details) (?:\S+ ){0,2}?(?:must|need to|have to|has to|may|will|shall) (?:still )?be (?:\S+ )?(?:kept|retained|preserved|maintained|held|stored)\b",
    r"\bwe (?:retain|keep|hold|maintain|preserve)(?: only)? (?:\S+ ){0,6}?(?:limited|certain|some|minimal|other) (?:\S+ )?(?:information|data|details)\b",
    r"\b(?:salvo|excepto|menos|a excepcion de|con excepcion de) (?:los|las|aquellos|aquellas|aquello|lo)(?: datos| informacion)? que\b",
    r"\b(?:a l'exception|a l'exclusion|sauf|hormis) (?:de )?(?:celles|ceux|celle|celui|des donnees|des informations|les donnees|les informations) (?:que|qui|dont)\b",
    r"\bmit ausnahme (?:der|derjenigen|von|jener) (?:\S+ )?(?:daten|angaben|informationen)\b", r"\bausgenommen (?:sind )?(?:\S+ )?(?:daten|angaben)\b",
    r"\b(?:exceto|salvo|com excecao d[eoa]s?|a excecao d[eoa]s?) (?:os |as |aqueles|aquelas|aquilo)?(?: ?dados| ?informacoes)? ?que\b",
    r"\b(?:ad eccezione|eccetto|tranne|salvo|fatta eccezione per) (?:di |dei |delle )?(?:quelli|quelle|dati|informazioni) (?:che|i quali|le quali)\b",
    r"\bmet uitzondering van (?:de |die |het )?(?:\S+ )?(?:gegevens|informatie)\b", r"\bbehalve (?:de |die )?(?:gegevens|informatie) die\b",
    r"\bz wyjatkiem (?:danych|informacji|tych)\b",
    # 2. the listings handled apart from the account deleted
    r"\b(?:handled|managed|processed|treated|removed|compiled|maintained) separately\b",
    r"\b(?:reports?|listings?|profiles?|records?|search results?|results?) (?:\S+ ){0,5}(?:are|is) (?:unrelated to|not (?:linked|connected|related|tied) to|independent of|not affected by) (?:your|the|an?) (?:\S+ )?account\b",
    r"\b(?:listados|perfiles|registros|fichas|anuncios|resultados)(?: publicos)? (?:\S+ ){0,3}(?:se )?(?:gestionan|tratan|manejan|procesan|eliminan|administran|retiran) (?:por separado|aparte|de forma (?:independiente|separada))\b",
    r"\b(?:fiches|profils|annonces|donnees|resultats)(?: publi(?:ques|cs))? (?:\S+ ){0,3}sont (?:traitee?s|geree?s|supprimee?s|retiree?s) (?:separement|a part|independamment)\b",
    r"\b(?:perfis|registros|anuncios|fichas|resultados)(?: publicos)? (?:\S+ ){0,3}sao (?:tratad|gerid|processad|removid)[oa]s (?:separadamente|a parte|em separado)\b",
    r"\b(?:vermeldingen|profielen|gegevens|resultaten)(?: \S+){0,3} worden (?:apart|afzonderlijk|los) (?:behandeld|verwerkt|beheerd|verwijderd)\b",
    r"\b(?:getrennt|gesondert|separat) (?:\S+ )?(?:bearbeitet|behandelt|verwaltet|geloscht)\b",
    r"\bduoc xu ly rieng\b", r"\bxu ly rieng\b",
    # 3. one of several: the other address or listing, a separate request, one record or site only
    r"\b(?:will )?(?:need|needs|require|requires|requiring) (?:a |its own )?(?:separate|new|another|additional) (?:\S+ )?(?:request|submission|opt-?out|form)\b",
    r"\b(?:necesita|requiere|requeriran|necesitara|necesitaran) (?:una |otra )?(?:solicitud|peticion) (?:aparte|separada|nueva|propia)\b",
    r"\bfor (?:the |our |this )?(?:\S+ ){1,4}?(?:record|listing|profile|address|url|site|website|page|domain)s? only\b",
    r"\bonly (?:for|from|on) (?:the |our |this )?(?:\S+ ){0,3}?(?:record|listing|profile|address|site|website|domain)\b",
    r"\b(?:affiliated|partner|sister|other|related) (?:web)?sites? (?:\S+ ){0,3}(?:operate|are operated|are run|are managed|act) (?:independently|separately)\b",
    r"\b(?:from|on) (?:our |the )?free (?:people-?search |search )?(?:results|site|website|pages?|search|listings?)\b",
    r"\bpaid (?:\S+ )?(?:reports?|results?|searches|products?) (?:\S+ ){0,3}(?:is|are) (?:governed|subject|covered|regulated|not)\b",
    r"\b(?:informes?|reportes?) (?:de pago|pagados|premium) (?:\S+ ){0,3}(?:se rigen|estan sujetos|siguen|permanecen|no)\b",
    r"\b(?:sitio|resultados|busqueda|pagina)(?: web)? gratuit[oa]s?\b",
    r"\b(?:your |the )?(?:new|current|latest|second|recent|other|newer) (?:\S+ )?request (?:\S+ ){0,3}?(?:is|remains|has been placed|was placed|was added) (?:still )?(?:in (?:our|the) queue|pending|open|being processed|under review|in progress|queued)\b",
)
#: the other address or listing named, and not done: read on the whole sentence, before a "you mentioned"
#: (``_REPORTED``) cuts what the person said from it ("the second address you mentioned is linked to a
#: different record, which we could not verify as yours")
_OTHER_PART = _rx(
    r"\b(?:the )?(?:other|second|remaining|first|additional) (?:\S+ )?(?:address|listing|profile|record|url|link|entry|page)e?s? (?:\S+ ){0,6}?(?:could not|couldn't|cannot|can't|was not|were not|will need|needs|need|requires?|is linked to a different|belongs? to a different)\b",
    r"\b(?:la otra|el otro|la segunda|el segundo) (?:direccion|ficha|perfil|registro|enlace|url) (?:\S+ ){0,6}?(?:no pudimos|no se pudo|no es|necesita|requiere|pertenece a otr|corresponde a otr)",
)
#: a single field deleted ("we deleted the photo", "we removed your phone number"): something was done and
#: the rest of the listing was not; read as both, so the reply is ``unsure`` (not a receipt when the rest is
#: "scheduled", test_replies_r19)
_FIELD_ONLY = _rx(
    r"\b(?:deleted|removed|hidden|hid|took down|taken down) (?:the|your) (?:profile |listing )?(?:photo|photograph|picture|image|phone number|telephone number|e-?mail address|date of birth)s?\b(?!,| and\b| along\b| as well\b)",
)
# 4. what was done is marketing, a sale or sharing opt-out, or a suppression file, not the listing:
#    "removed from all of our marketing campaigns", "eliminada de nuestras campañas de publicidad",
#    "rimosso dalle nostre liste di marketing", "für Werbung gesperrt", "opted out of data sharing with our
#    marketing partners", "no longer available for sale"; "suppressed from our direct marketing products",
#    "added to our internal suppression file", "flagged as do-not-market", "your request has been
#    completed; we retained your name and address on a suppression list" (nothing said deleted)
_MARKETING_ONLY = _with(
    _MARKETING_ONLY,
    r"\b(?:marketing|advertising|promotional|e-?mail|ad) campaigns?\b", r"\bsharing with (?:our |its |their )?(?:\S+ )?partners\b",
    r"\bcampanas? (?:de )?(?:publicidad|publicitarias|marketing|mercadeo|mercadotecnia|promocionales|correo)\b", r"\blistas? de (?:mercadotecnia|publicidad|prospeccion)\b",
    r"\bcampagnes? (?:de )?(?:marketing|publicitaires?|promotionnelles?|prospection)\b", r"\blistes? (?:de )?marketing\b",
    r"\bwerbe(?:kampagnen|zwecke\w*|widerspruch|sperre|nutzung)\b", r"\bfur (?:werbung|werbezwecke|marketing(?:zwecke)?)\b", r"\bzu werbezwecken\b",
    r"\bcampanhas? (?:de )?(?:marketing|publicidade|publicitarias|promocionais)\b",
    r"\bcampagne (?:di )?(?:marketing|pubblicitarie|promozionali)\b", r"\bliste? (?:di )?marketing\b",
    r"\bmarketing ?campagnes?\b", r"\bmarketing ?lijst(?:en)?\b",
)
_SALE_OPT_OUT = _with(
    _SALE_OPT_OUT,
    r"\bopt(?:ed|ing)?[- ]?(?:you |them |him |her |your client |the consumer )?out of (?:the )?(?:data|information|personal data|personal information|your data|your information) (?:sale|sales|selling|sharing)\b",
    r"\bno longer (?:\S+ ){0,2}?available for (?:sale|purchase|licensing)\b", r"\bya no (?:\S+ ){0,2}?(?:esta|estara) disponible (?:para|a la) (?:venta|compra)\b",
)
#: A suppression file kept instead of a deletion (marketing brokers' habit): no deletion said beside it.
_SUPPRESSED_ONLY = _rx(
    r"\bsuppressed (?:from|in|within) (?:our |the |all )?(?:\S+ ){0,2}?(?:marketing|products?|files?|lists?|databases?|mailings?)\b",
    r"\b(?:internal |our )?suppression (?:file|list|database|registry)\b",
    r"\b(?:flagged|marked|coded|tagged) (?:\S+ ){0,4}?(?:as )?(?:do[- ]not[- ](?:market|mail|sell|contact|solicit)|suppressed)\b",
    r"\blista (?:interna )?de (?:supresion|exclusion publicitaria)\b", r"\bfichier (?:interne )?(?:d'opposition|de suppression)\b",
    r"\b(?:sperrliste|sperrdatei|werbesperrliste|robinsonliste)\b", r"\blista de (?:supressao|bloqueio)\b", r"\blista di (?:soppressione|esclusione)\b",
)
# the same sentence that names the suppression file names the removal ("added to our suppression list, and
# your listing has been removed"): ``_not_what_was_asked`` reads such a sentence's deletion as one
# 5. a Spanish, French, German, Portuguese and Italian session's cookies deleted (English was read already)
_NOT_DATA_DELETED = _with(
    _NOT_DATA_DELETED,
    r"\b(?:eliminado|eliminamos|borrado|borramos|suprimido|suprimimos|limpiado|limpiamos) (?:las |sus |todas las )?cookies\b",
    r"\b(?:supprime|efface)s? (?:les |vos )?(?:cookies|temoins)\b", r"\bcookies (?:\S+ ){0,3}(?:geloscht|entfernt)\b",
    r"\b(?:excluimos|apagamos|removemos|excluido|apagado|removido) (?:os |seus )?cookies\b", r"\b(?:cancellato|eliminato|rimosso) (?:i |tutti i )?cookie\b",
    r"\bcookies (?:\S+ ){0,3}(?:verwijderd|gewist)\b",
)
# 6. a confirmation said as a statement of what the mail is for: "This is to confirm that your personal
#    information has been deleted", "we write to confirm that …", "le escribimos para confirmarle que …":
#    no ask to confirm (``_VERIFY``'s "to confirm that"); taken out before the ask is looked for
_CONFIRM_STATEMENT = _rx(
    r"\b(?:this (?:e-?mail |letter |message |note |notice )?(?:is|serves) (?:sent |written )?(?:to|as) (?:a )?|(?:we|i)(?: are| am|'re|'m)? (?:writ(?:e|ing)|e-?mail(?:ing)?|contact(?:ing)?|reach(?:ing)? out)(?: to you)? to |"
    r"(?:we|i)(?: would|'d)? (?:like|wish|want) to |we are (?:pleased|happy|glad) to |(?:the )?purpose of this (?:\S+ )?is to )confirm(?:ation)? (?:\S+ )?(?:that|of)\b",
    r"\b(?:le |les )?(?:escribimos|escribo|contactamos|enviamos este (?:correo|mensaje)) para confirmar(?:le|les)? (?:que|la)\b",
    r"\b(?:nous vous ecrivons|je vous ecris|ce (?:courriel|message) (?:a pour objet|vise)) (?:pour|de|a) (?:vous )?confirmer que\b",
    r"\b(?:wir schreiben ihnen|hiermit (?:mochten|wollen) wir)(?:,)? (?:um )?(?:ihnen )?(?:zu )?bestatigen\b",
    r"\b(?:escrevemos|entramos em contato) para (?:lhe )?confirmar que\b", r"\b(?:le )?scriviamo per confermar(?:le|ti)? che\b",
)
# 7. an outcome given as a status line: "DROP request outcome: record deleted", "Status: profile removed"
_STATUS_DONE = (
    r"\b(?:outcome|status|result|resolution|action taken|disposition)\s?:\s?(?:the )?(?:record|profile|listing|data|information|personal information) (?:was |has been )?(?:deleted|removed|erased|purged)\b",
    r"\b(?:resultado|estado)\s?:\s?(?:registro|perfil|ficha|datos) (?:eliminad|borrad|suprimid)[oa]s?\b",
)
_CONFIRMED = _with(_CONFIRMED, *_STATUS_DONE)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_STATUS_DONE)
# 8. the subject says it was done, the body that the request is still being looked at ("Subject: Your
#    data has been deleted" / "We are reviewing your request and will respond within 45 days"): the body
#    is the broker's answer; a subject alone confirms only when the body says nothing of a wait
_BODY_WAITS = _rx(
    r"\b(?:are|is) (?:now |currently |still )?(?:reviewing|processing|looking into|investigating|being (?:reviewed|processed|handled|looked into))\b",
    r"\bwill (?:respond|reply|review|process|get back|be in touch|follow up|update you|notify you|let you know)\b", r"\bunder review\b", r"\bin progress\b",
    r"\b(?:estamos|la estamos|lo estamos) (?:revisando|procesando|tramitando|analizando|estudiando)\b", r"\b(?:le )?responderemos\b", r"\ben (?:proceso|tramite|revision)\b",
    r"\besta siendo (?:revisad|procesad|tramitad)[oa]\b",
    r"\b(?:nous examinons|nous traitons|en cours (?:de traitement|d'examen))\b", r"\bnous (?:vous )?repondrons\b",
    r"\b(?:in bearbeitung|wird (?:derzeit )?(?:bearbeitet|gepruft)|wir prufen)\b", r"\b(?:estamos (?:analisando|processando)|em andamento|em analise)\b",
    r"\b(?:stiamo (?:esaminando|elaborando|valutando)|in lavorazione)\b", r"\b(?:in behandeling|we bekijken|wordt (?:nog )?(?:bekeken|verwerkt))\b",
)

# ---- probe pass 25, round 2: 40 more replies written after round 1's fixes (7 false confirmations and 3
# missed left, of 12 and 4 on main): their classes
# 9. a deletion limited by a hedge or a part left to others: "deleted to the extent required by applicable
#    law", "soweit gesetzlich zulässig", "records on our licensing products are governed by separate terms",
#    "data held by our clients is their responsibility"
_NOT_YET = _with(
    _NOT_YET,
    r"\bto the extent (?:\S+ )?(?:required|permitted|allowed|mandated|possible|applicable|feasible)\b",
    r"\ben la medida (?:de lo posible|en que (?:\S+ ){0,3}(?:exij|permit|requier|oblig)\w*)", r"\bdans la mesure (?:du possible|ou (?:la loi|cela|c'est))\b",
    r"\bsoweit (?:\S+ )?(?:gesetzlich|rechtlich|moglich|zulassig|erforderlich)\b", r"\bna medida (?:do possivel|em que (?:a lei|for))\b",
    r"\bnella misura (?:del possibile|in cui (?:la legge|sia))\b", r"\bvoor zover (?:\S+ )?(?:wettelijk|mogelijk|toegestaan)\b",
    r"\b(?:governed|covered|handled|managed) by (?:separate|different|its own|their own|other) (?:\S+ )?(?:terms|policies|rules|processes|procedures|agreements)\b",
    r"\b(?:held|kept|stored|licensed|sold|shared|used) (?:by|to|with) (?:our )?(?:clients|customers|partners|licensees|third parties)(?: (?:is|are|remains?))? (?:their|its) (?:own )?responsibility\b",
    r"\b(?:is|are|remains?) (?:the )?(?:clients?|customers?|partners?|licensees?)'?s? (?:own )?responsibility\b",
)
# 10. marketing lists in German, Vietnamese, Chinese and Korean words ("Werbeverteiler", "danh sách tiếp
#     thị", "营销名单", "마케팅 수신")
_MARKETING_ONLY = _with(
    _MARKETING_ONLY, r"\bwerbe(?:verteiler|liste|mails?|e-mails?|post|sendungen)\w*",
    r"\bdanh sach (?:tiep thi|quang cao|gui thu|email)\b", r"\b(?:email|thu) (?:tiep thi|quang cao)\b",
    r"(?:营销|營銷|推广|推廣|广告|廣告|促销|促銷)(?:名单|名單|列表|邮件|郵件|短信|信息|訊息)", _ko(r"\ub9c8\ucf00\ud305 ?(?:\uc218\uc2e0|\uba54\uc77c|\ubb38\uc790|\ubaa9\ub85d)"),  # 마케팅 수신/메일/문자/목록
)
# 11. confirmations missed: a noun of deletion confirmed ("we confirm the erasure of your personal data",
#     "confirmamos la supresión de sus datos"), "wiped", "have been fully removed"
_NOUN_DONE = (
    r"\bwe (?:hereby |can )?confirm (?:the )?(?:complete |full |permanent )?(?:erasure|deletion|removal|purging) of (?:your|all|the)\b",
    r"\b(?:le |les )?confirmamos (?:la )?(?:completa |total |definitiva )?(?:eliminacion|supresion|baja|borrado) (?:de|del)\b",
    r"\bnous (?:vous )?confirmons (?:la |l')(?:suppression|effacement|retrait) (?:de|du|des)\b",
    r"\bwir bestatigen (?:ihnen )?(?:hiermit )?die (?:vollstandige |endgultige )?(?:loschung|entfernung) (?:ihrer|der|von)\b",
    r"\b(?:lhe )?confirmamos a (?:exclusao|eliminacao|remocao) (?:de|do|dos|das)\b", r"\b(?:le )?confermiamo (?:la |l')(?:cancellazione|eliminazione|rimozione) (?:dei|di|del|delle)\b",
    r"\bwij bevestigen (?:u )?(?:hierbij )?de (?:verwijdering|wissing) van\b",
    r"\b(?:we(?: have|'ve)?|(?:has|have) (?:now )?been|was|were) (?:now )?(?:permanently |completely |fully |securely )?wiped\b",
    r"\b(?:has|have) (?:now |already )?been (?:fully|completely|entirely|permanently|successfully|securely) (?:deleted|removed|erased|purged)\b",
)
_CONFIRMED = _with(_CONFIRMED, *_NOUN_DONE)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_NOUN_DONE)
_DELETION_SAID = re.compile(_DELETION_SAID.pattern + r"|wiped|purg")

# 12. a deletion said beside a caveat that the data may come back if received again ("eliminamos su
#     información, aunque podría volver a aparecer si la recibimos de terceros"): the caveat's "si" / "if" is
#     no condition of the deletion (a missed confirmation, round 1's only one)
_REAPPEAR_CAVEAT = _rx(
    r"\b(?:aunque|si bien|although|though|but|however|pero|mais|bien que|toutefois|aber|obwohl|jedoch|embora|porem|anche se|tuttavia|hoewel|maar)\b[^.;]*?"
    r"\b(?:volver a aparecer|vuelva a aparecer|reaparec\w*|reappear\w*|appear again|show up again|be re-?added|reapparai\w*|reapparaitre|wieder (?:erscheinen|auftauchen)|erneut (?:erscheinen|auftauchen)"
    r"|voltar a aparecer|volte a aparecer|riapparire|ricompar\w*|opnieuw (?:verschijnen|opduiken))\b[^.;]*",
)

# 13. "the profile you wrote to us about has been completely removed", "the listing you reported was
#     removed": the person's words as a relative clause before the main verb, not a report of what they said
#     (``_REPORTED`` cut the sentence there, and the success with it)
_RELATIVE_REPORT = re.compile(r"^(?:to us |us |to me )?(?:about |of |on )?(?:has|have|had|was|were)\b")

# ---- probe pass 25, round 3: 30 more replies written after round 2's fixes (6 false confirmations and 1
# missed): their classes
# 14. a removal from search engines only ("removed your listing from Google search"), a new listing
#     published since, a profile only deactivated ("it may be reactivated"), a subsidiary or affiliate that
#     processes data separately, a German profile that "bleibt bestehen"; solicitation lists (marketing)
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:removed|deleted|hidden|excluded|de-?indexed|de-?listed|taken) (?:\S+ ){0,4}from (?:google|bing|yahoo|duckduckgo|(?:external |third-party |other )?search engines?)(?: search| results)?"
    r"(?:(?:,| and| or) (?:other |all |the )?(?:google|bing|yahoo|duckduckgo|(?:\S+ )?search engines?)(?: search| results)?)*\s*(?:[.;]|$)",
    r"\bto (?:remove|delete) (?:it|them|your (?:\S+ )?(?:listing|profile|record|data|information)) from (?:our|the) (?:\S+ )?(?:site|website|directory|database)\b",
    r"\b(?:a |an? )?new (?:\S+ )?(?:listing|profile|record|page|entry)s? (?:\S+ ){0,5}(?:was|were|has|have)(?: since| now| already)? (?:been )?(?:published|posted|created|added|live|online|visible)\b",  # past: "if a new record is published" is none
    r"\b(?:un |una )?nuev[oa] (?:perfil|ficha|registro|anuncio) (?:\S+ ){0,5}(?:fue|ha sido|se ha|se) (?:publicad|cread|agregad|añadid)\w*",
    r"\b(?:may|can|could|will|might) be (?:re-?activated|restored|re-?enabled)\b",  # not a ticket "reopened" (set I) r"\b(?:podra|puede|podria) (?:ser )?reactiva\w*",
    r"\b(?:subsidiar(?:y|ies)|affiliates?|sister compan(?:y|ies)|parent company|partners?|entit(?:y|ies)) (?:\S+ ){0,3}(?:process|processes|handle|handles|manage|manages|hold|holds|maintain|maintains|operate|operates) (?:\S+ ){0,2}(?:separately|independently)\b",
    r"\b(?:profil|eintrag|datensatz|seite)\w* (?:\S+ ){0,3}bleib(?:t|en) (?:\S+ )?(?:bestehen|erhalten|sichtbar|online|abrufbar|veroffentlicht)\b",
)
_MARKETING_ONLY = _with(_MARKETING_ONLY, r"\bsolicitation lists?\b", r"\bdo[- ]not[- ]solicit\b", r"\blistas? de (?:solicitacion|publicidad postal|correo directo)\b")
# 15. an erasure said as anonymisation of all the data ("we have anonymised all personal data relating to
#     you"): GDPR's recital 26 takes anonymised data out of its scope; said of the person's data, it is the
#     erasure (an anonymisation "for analytics" beside a profile "not affected" stays unsure, by the rest)
_ANONYMISED = (
    r"\b(?:we(?: have|'ve)?|(?:has|have) been|was|were) (?:now )?(?:fully |irreversibly |permanently )?anonymi[sz]ed (?:all (?:of )?(?:your |the )?|your )(?:personal )?(?:data|information|records?)\b",
    r"\b(?:all )?(?:your )?(?:personal )?(?:data|information|records?) (?:\S+ ){0,3}(?:has|have) been (?:fully |irreversibly |permanently )?anonymi[sz]ed\b",
)
_CONFIRMED = _with(_CONFIRMED, *_ANONYMISED)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_ANONYMISED)

#: What ``_not_what_was_asked`` looks for, first found first said: (kind, pattern, the reading's rule).
#: A credit bureau's answer to a dispute under the FCRA (15 U.S.C. § 1681i: a reinvestigation, an account,
#: inquiry or collection deleted from a credit file): another request's outcome, never the deletion of a
#: listing or of the data a broker sells (set S's first read). Folded text.
_CREDIT_DISPUTE = _rx(
    r"\breinvestigat\w*", r"\b(?:your |the )?dispute (?:results?|resolution|outcome|decision)\b", r"\bresults? of (?:your |the )?dispute\b",
    r"\b(?:information|items?|accounts?) (?:that |which )?(?:you|your client|the consumer) disputed\b",
    r"\b(?:deleted|removed) from (?:\S+ ){0,2}?(?:credit (?:file|report|history|record)|consumer (?:file|report|disclosure))\b",
    r"\breinvestigacion\b", r"\bresultados? de (?:la |su )?disputa\b", r"\b(?:cuenta|consulta|partida)s? (?:que )?(?:usted |su cliente )?(?:disputo|impugno)\b",
    r"\b(?:eliminad|borrad|retirad|removid)[oa]s? (?:de|del) (?:\S+ ){0,2}?(?:reporte|informe|historial|expediente|archivo) (?:de )?credit(?:o|icio)\b",
    r"\b(?:excluid|removid)[oa]s? (?:do|de) (?:\S+ ){0,2}?(?:relatorio|historico|cadastro) de credito\b", r"\bcontestacao\b",
    r"\b(?:supprimee?s?|retiree?s?) (?:de|du) (?:\S+ ){0,2}?dossier de credit\b",
    # (probe pass 31) "the tradeline you disputed no longer appears on your consumer report", "su disputa", "cuenta de
    # cobranza", German "Kreditauskunft", Italian "centrale rischi" and "segnalazione contestata"
    r"\btradelines?\b", r"\b(?:inquir(?:y|ies)|collections?|debts?|entr(?:y|ies)|tradelines?) (?:that |which )?(?:you|your client|the consumer) (?:have |has |had )?disputed\b",
    r"\bno longer (?:appears?|shows?|is reported|reports?) (?:on|in) (?:your |the )?(?:\S+ )?(?:credit|consumer) (?:file|report|history|disclosure)\b",
    r"\b(?:investigacion|revision) de (?:su |la )?disputa\b", r"\bcuentas? de cobranza\b",
    r"\bya no aparece (?:en|de) (?:su |el )?(?:reporte|informe|historial|expediente) (?:de )?credit(?:o|icio)\b",
    r"\b(?:kreditauskunft|bonitatsauskunft|schufa-auskunft)\b", r"\bbestrittene[nr]? (?:eintrag|eintrage|forderung|konto)\b",
    r"\bcentrale (?:dei )?rischi\b", r"\b(?:segnalazione|posizione|voce) (?:\S+ ){0,2}?contestat[ao]\b",
)


_NOT_ASKED: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("kept", _KEPT_SUPPRESSED, "refused: kept in suppressed form, not deleted"),
    ("access", _ACCESS_ANSWER, "unsure: an access request's answer (the data held), not a deletion"),
    ("marketing", _MARKETING_ONLY, "unsure: unsubscribed from marketing mail, not a deletion"),
    ("suppressed", _SUPPRESSED_ONLY, "unsure: kept on a suppression file, no deletion said (probe pass 25)"),
    ("other", re.compile(_UPDATED_ONLY.pattern + "|" + _OTHER_RIGHT.pattern),
     "unsure: a record corrected or updated, or another right than deletion, not a deletion"),
    ("dispute", _CREDIT_DISPUTE, "unsure: a credit report dispute's result (an item of a credit file deleted), not the "
     "deletion asked for"),
)


# ---- set Q's broken promises (lead, 2026-12-01) ----------------------------------------------------
# Set Q (tests/replies/setq, held out) put five non-confirmations under "confirmed" on its first read.
# The lead read those five (never its other misses). Four classes, each in wordings of our own in
# tests/test_replies_setq_promises.py: a completion that names another of our references, or greets
# another person than the one the request names (the reply to someone else's request); a removal
# from partners' lists (a promotional mail's footer); one part removed and the rest "handled
# separately".

#: One of optout's reference tokens (``OPT-7K2Q9X``; the replies' own variants, "OPT-Q-7119"),
#: folded: at least one digit, so "opt-outs" is none.
_OUR_REFERENCE = re.compile(r"\bopt-(?=[a-z-]*\d)[a-z0-9]+(?:-[a-z0-9]+)*\b")
#: A greeting with a title and a name, first in the reply ("Dear Mr. Okonkwo-Baptiste,", "Estimado Sr.
#: Villalobos Ureña:"), folded: the name's words. A greeting with no title ("Dear Maria", "Dear
#: customer") names no one for certain and is not read.
_GREETING = re.compile(
    r"^\W*(?:dear|hello|hi|good (?:morning|afternoon|day)|estimad[oa]s?|apreciad[oa]|querid[oa]|hola|buen(?:os|as) (?:dias|tardes)"
    r"|bonjour|chere?|sehr geehrte[rs]?|hallo|guten tag|prezad[oa]|ola|caro|cara|gentile|egregi[oa]|geachte|beste)\s+"
    r"(?:mr|mrs|ms|miss|mx|dr|sr|sra|srta|don|dona|m|mme|mlle|herr|frau|sig(?:\.?ra)?|signor[ae]?|dhr|mevr)\.?\s+"
    r"([a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3})")
#: Where a request names its person: our letters' identifiers ("Full name: …"), an agent's "on behalf
#: of our client …", the signature, in the reader languages; folded text, the name's words after it.
_REQUEST_NAMES = re.compile(
    r"(?:\b(?:full name|name|nombre(?: completo)?|nom(?: complet)?|nome(?: completo)?|vollstandiger name)\s*:\s*"
    r"|\b(?:our client|nuestr[oa] client[ea]|notre client[e]?|nosso cliente|nossa cliente|on behalf of|in the name of"
    r"|en nombre de|a nombre de|au nom de|em nome de|im namen (?:von|unseres mandanten|unserer mandantin)|per conto di"
    r"|namens|authori[sz]ed agent (?:of|for)|agente autorizado de|representing),?\s+"
    r"|\b(?:sincerely|regards|atentamente|saludos|cordialement|mit freundlichen grussen|atenciosamente|cordiali saluti),?\s*(?:>\s*)*)"
    r"((?:[a-z][a-z'-]*)(?: [a-z][a-z'-]*){0,5})")
_NAME_PARTICLES = frozenset("de del la las los da das do dos di van von der den du le y e el al bin ben our client clienta cliente".split())


def _name_words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s'’.,-]+", text) if len(w) > 1 and w not in _NAME_PARTICLES}


def _greeted_other(msg: Incoming, own: str, thread: str, names: Iterable[str] = ()) -> str | None:
    """The reply greets, by title and name, someone whose name shares no word with any name the
    request gives (its identifiers, "on behalf of our client …", its signature), with ``names`` (the
    person's own and their agent's, when the caller knows them) nor with the addressees of the reply:
    a reply to another person's request. None when either side names no one. Folded text."""
    greeting = _GREETING.search(own.strip())
    if greeting is None:
        return None
    greeted = _name_words(greeting.group(1))
    named = set().union(*(_name_words(m.group(1)) for m in _REQUEST_NAMES.finditer(thread)),
                        *(_name_words(fold(n)) for n in names if n))
    if not greeted or not named:
        return None
    named |= _name_words(fold(f"{msg.headers.get('to', '')} {msg.headers.get('cc', '')}").replace("@", " ").replace(".", " "))
    return None if greeted & named else "a greeting to another person than the one the request names"


def greets_another(msg: Incoming, names: Iterable[str], addresses: Iterable[str] = ()) -> str | None:
    """What the mail flow asks of a reply read as a confirmation, knowing whose request it is: does
    it greet, by title and name ("Dear Mr. Okafor,"), someone who is neither the person (``names``:
    every form of their name) nor their agent nor an addressee of the reply, or name the record it
    removed as someone else's ("the listing for John M. Carter")? Then it answers another person's
    request, whatever it says (``classify`` alone sees only the mail, and catches the greeting only
    when the quoted request names the person). With ``addresses`` (the person's e-mail addresses and
    their agent's), a completion naming only e-mail addresses that are none of those, of the reply's
    addressees or of the broker's own domain ("we finished the erasure for the address …") is another
    person's too (branch r27's note). Returns the reason, or None."""
    names = list(names)
    if (other := _address_of_another(msg, addresses)) is not None:
        return other
    own = reply_text(msg).partition("\n")[2]
    if greeted := _greeted_other(msg, own, _thread_text(msg), names):
        return greeted
    mine = set().union(*(_name_words(fold(n)) for n in names if n))
    if not mine:
        return None
    words = _own_words(msg)
    for m in (*_RECORD_OF_NAME.finditer(words), *_NAME_QUOTED.finditer(words)):  # "the name 'X'": set R's class 5
        shown = _name_words(fold(m.group(1))) - _TITLE_WORDS
        if len(shown) >= 1 and not shown & mine:
            return "a record of another person than the one the request names"
    return None


#: A record named by a person's name in the broker's own words ("the listing for John M. Carter", "el
#: perfil de Ana Ruiz"), read on the unfolded text: two to four capitalised words, initials allowed.
_RECORD_OF_NAME = re.compile(
    r"\b(?:listing|profile|record|entry|report|page|ficha|perfil|registro|fiche|profil|registo|cadastro|Eintrag)s? "
    r"(?:for|of|about|belonging to|under(?: the name)?|de|para|a nombre de|au nom de|von|für|em nome de)\s+"
    r"((?:(?:Mr|Mrs|Ms|Dr|Sr|Sra)\.?\s+)?[A-ZÀ-Þ][\w'’-]*\.?(?:\s+[A-ZÀ-Þ][\w'’-]*\.?){1,3})")
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sr", "sra"})


# a removal from partners' lists: the partners' mailing lists, not the broker's listing
# a removal from a search engine's results for the site only ("removed from Google search results associated
# with our site"), beside probe pass 25's search-engine class, which ends at the engine's name
_NOT_YET = _with(_NOT_YET, r"\bfrom (?:google|bing|yahoo|duckduckgo|(?:the )?search engines?)(?:'s)?(?: search)? (?:results|index|listings) "
                 r"(?:associated with|linked to|for|pointing to|that (?:link|point) to) (?:our|this|the) (?:site|website|domain|pages?)\b")
_LIST_ONLY = _with(_LIST_ONLY, r"\b(?:our |its |their )?(?:marketing )?(?:partners?'?|affiliates?'?) (?:\S+ )?lists?\b",
                   r"\blistas? de (?:nuestros )?(?:socios|aliados)\b", r"\blistes? de (?:nos )?partenaires\b", r"\blistas? de (?:nossos )?parceiros\b")
# one part removed, the rest "handled separately" ("your phone number has been removed; the address
# and relatives shown in the profile come from public records and are handled separately")
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:are|is|will be|get|gets) (?:handled|processed|managed|dealt with|treated|reviewed|removed) (?:separately|independently|by a separate (?:team|process))\b",
    r"\b(?:through|via|with|using|in) a (?:separate|different) (?:process|request|form|procedure)\b",
    r"\bse (?:gestionan|gestiona|tramitan|tramita|procesan|procesa|manejan|maneja|tratan|trata) (?:por separado|aparte|de forma independiente)\b",
    r"\b(?:sao|e) (?:tratad|processad|gerid)[oa]s? (?:separadamente|a parte|em separado)\b",
    r"\b(?:sont|est) traite(?:e|es|s)? (?:separement|a part)\b", r"\b(?:werden|wird) (?:separat|gesondert|getrennt) (?:bearbeitet|behandelt)\b",
    r"\b(?:sono|e|vengono|viene) (?:gestit|trattat)[ieao] (?:separatamente|a parte)\b",
)



# ---- set P's misses (branch r26) ----------------------------------------------------------------------
# Set P (tests/replies/setp) was retired to development on 2026-12-01 and its misses read; each class is
# fixed here in the languages it applies to, with wordings of our own in tests/test_replies_r26.py (none a
# set P sentence). Only ``_with`` extensions of the families, read at call time by the functions above: no
# table built earlier (``_NOT_ASKED``, ``_REFUSED``) is rebuilt.

# 1. One site of a broker's family removed, the sister sites not ("they keep their own database; send a
#    request to each site"), in Haitian Creole and Tagalog (the seven languages already read it): a part
#    done (unsure), never the removal alone. Only the words that say the rest is left (their own database,
#    a separate request, "does not apply to them"), not "sister site" itself: "removed from all our sister
#    sites" is a whole removal.
_NOT_YET = _with(
    _NOT_YET,
    r"\bbaz done (?:pa yo|pa l|apa|separe)\b", r"\bdemann (?:apa|separe)\b", r"\bpa (?:aplike|konsene|konsènen?) (?:\S+ ){0,2}(?:sou|pou|ak) (?:yo|sit)\b",
    r"\bvoye (?:\S+ ){0,3}(?:sou|bay|pou) chak sit\b", r"\bsit (?:se|sè) (?:\S+ ){0,4}(?:pa konsene|gen pwop|gen pwòp)\b",
    r"\bsariling (?:database|datos|talaan|sistema)\b", r"\bhiwalay na (?:kahilingan|request|aplikasyon)\b",
    r"\bhindi (?:naipatupad|kasama|sakop|saklaw) (?:\S+ ){0,6}(?:site|website|kapatid)\b",
    r"\bco (?:co so du lieu|du lieu) rieng\b", r"各自的数据库|各自的資料庫|独立的数据库|獨立的資料庫",
)
# 2. A removal approved and set for a later date ("will be removed in our next monthly update, on 15 January;
#    until then the listing stays visible"): a receipt with a date (acknowledged). "Until then" / "hasta
#    entonces" / "até lá" / "d'ici là" is what the broker waits for, as "until" already was: the listing
#    staying visible in the meantime is no refusal.
_PENDING = _with(
    _PENDING, r"\bhasta (?:entonces|esa fecha|ese dia|ese momento|la fecha)\b", r"\bate (?:la|entao|essa data|esse dia|a data)\b",
    r"\bd'ici (?:la|cette date)\b|\bjusque-la\b|\bjusqu'a cette date\b", r"\bbis (?:dahin|zu diesem (?:datum|zeitpunkt|tag))\b",
    r"\bfino ad allora\b|\bfino a quella data\b", r"\btot (?:dan|die datum|die tijd)\b",
)
_SCHEDULED = _with(
    _SCHEDULED, r"\bnext (?:\S+ ){0,3}(?:update|refresh|batch|cycle|purge|run)\b",
    r"\b(?:se|sẽ) đuoc (?:xoa|go|go bo|loai bo) vao ngay\b", r"\blan cap nhat (?:\S+ ){0,3}tiep theo\b",
)
_MONTH_EN = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ACK = _with(
    _ACK,
    r"\b(?:request|opt-?out|removal|deletion)(?: request)? (?:has been|was|is) (?:approved|accepted)\b",
    rf"\bwill (?:\S+ ){{0,2}}(?:deleted|removed|erased|purged|taken down|run|take place|happen|occur) (?:\S+ ){{0,8}}?(?:next|upcoming|scheduled|planned|on {_MONTH_EN}|on \d)",
    r"\b(?:solicitud|peticion)(?: de \S+)? (?:ha sido|fue) (?:aprobada|aceptada)\b",
    r"\b(?:pedido|solicitacao)(?: de \S+)? (?:foi|esta) (?:aprovad|aceit)[oa]\b",
    r"\bdemande(?: de \S+)? a ete (?:acceptee|approuvee|validee)\b",
    r"\b(?:antrag|anfrage)(?: auf \S+)? wurde (?:genehmigt|angenommen|akzeptiert)\b",
    r"\brichiesta(?: di \S+)? (?:e stata) (?:approvata|accettata)\b", r"\bverzoek(?: tot \S+)? is (?:goedgekeurd|geaccepteerd|aanvaard)\b",
    r"\byeu cau (?:\S+ ){0,4}đa đuoc (?:chap thuan|chap nhan|phe duyet)\b",
)
# 3. (tried, not kept: "we do not take deletion requests by e-mail, use our web form or DROP" read as an ask,
#    needs_info, as set P labels it; the blind set (en-ref-08) and set N2 (en-15, es-12) label the same
#    answer refused, and both go to a person: left as it was, the labels to be reconciled by the lead.)
# 4. "No account under this address: which e-mail address did you sign up with?": not found yet, with an
#    ask to find it (needs_info: the "no record" read first asks ``_asks_info``).
_NEEDS_INFO = _with(
    _NEEDS_INFO,
    r"\b(?:which|what) (?:e-?mail(?: address)?|address|phone(?: number)?|username|user name|account) (?:did you|have you|you) (?:\S+ ){0,2}(?:use|used|register|registered|sign up|signed up|create|created)\b",
    r"\b(?:que|cual) (?:direccion de )?(?:correo(?: electronico)?|e-?mail|telefono|numero de telefono) (?:\S+ ){0,2}(?:uso|utilizo|registro|empleo|dio)\b",
    r"\bqual (?:(?:o )?endereco de )?(?:e-?mail|telefone|numero de telefone) (?:\S+ ){0,2}(?:usou|utilizou|cadastrou|registrou)\b",
    r"\bquelle adresse (?:e-?mail |electronique |courriel )?(?:avez-vous|vous avez) (?:utilisee?|employee?|donnee?)\b",
    r"\bwelche (?:e-?mail-?adresse|telefonnummer) haben sie (?:\S+ ){0,3}(?:verwendet|benutzt|angegeben)\b",
    r"\bquale (?:indirizzo (?:e-?mail|di posta(?: elettronica)?)|numero(?: di telefono)?) (?:ha|hai) (?:usato|utilizzato|indicato)\b",
    r"\bwelk (?:e-?mailadres|telefoonnummer) (?:heeft u|hebt u|heb je) (?:\S+ ){0,3}(?:gebruikt|opgegeven)\b",
    r"(?:哪个|哪個)(?:电子邮件|電子郵件|邮箱|郵箱|电话|電話)(?:地址|号码|號碼)?",
)
# 5. A refusal that hangs on a document not yet sent ("requests without a notarised ID will not be
#    processed"): the person's own next step, as "if you do not confirm, we will not delete" (branch r24),
#    so the ask for the document is the answer (needs_id). The broker's own grounds ("without a court
#    order") stay a refusal. Portuguese "documento oficial com foto" and "cópia autenticada (em cartório)",
#    and English "must include a copy of … ID", are asks for an identity document.
_YOUR_STEP_IF = _with(
    _YOUR_STEP_IF,
    r"\bwithout (?:\S+ ){0,2}(?:identification|id|photo id|identity documents?|id documents?|documents?|documentation|proof of (?:identity|residence|residency|address)|cop(?:y|ies))\b",
    r"\bsin (?:\S+ ){0,2}(?:identificacion|documentos?(?: de identidad)?|copia|prueba de (?:identidad|residencia)|comprobante)\b",
    r"\bsem (?:\S+ ){0,2}(?:identificacao|documentos?|copia|comprovante)\b",
    r"\bsans (?:\S+ ){0,2}(?:piece d'identite|pieces justificatives|justificatifs?|copie|documents?)\b",
    r"\bohne (?:\S+ ){0,2}(?:ausweis\w*|nachweis|identitatsnachweis|kopie|dokument\w*)\b",
    r"\bsenza (?:\S+ ){0,2}(?:documento|documenti|copia|identificazione|prova)\b",
    r"\bzonder (?:\S+ ){0,2}(?:identiteitsbewijs|legitimatie|bewijs|kopie|document(?:en)?)\b",
)
_NEEDS_ID = _with(
    _NEEDS_ID, r"\bdocumento (?:oficial |de identidade )?com foto\b", r"\bcopia autenticada\b", r"\bautenticad[ao] em cartorio\b",
    r"\bmust (?:include|be accompanied by|come with|contain) (?:\S+ ){0,3}(?:cop(?:y|ies) of (?:\S+ ){0,3}(?:id|identification|passport|license|licence)|notari[sz]ed|(?:government-issued )?photo id)\b",
)
# 6. A deletion "so that we do not collect it again" (a suppression's or a platform list's purpose): the
#    negation is the purpose of the deletion, not a part left undone, as "so that it is not republished"
#    already was (``_NOT_AGAIN``). A collection that goes on ("we will continue to collect it") is a part
#    left: not yet.
_NOT_AGAIN = _with(
    _NOT_AGAIN,
    r"\bso (?:that )?(?:we|it|they) (?:do|does|will|would) not (?:\S+ )?(?:collect|gather|add|acquire|obtain|ingest) (?:\S+ ){0,2}again\b",
    r"\b(?:so as|in order) not to (?:re-?)?(?:collect|gather|add|acquire|obtain)\w*(?: (?:\S+ ){0,2}again)?",
    r"\bpara (?:que )?no (?:volver|vuelva|vuelvan|volvamos) a (?:recopilar|recoger|recolectar|obtener|agregar|anadir|incluir)\w*",
    r"\bpara no (?:recopilar|recoger|recolectar|obtener|agregar|incluir)\w* (?:\S+ )?(?:de nuevo|nuevamente|otra vez)\b",
    r"\bpara (?:que )?nao (?:voltar|volte|voltem|voltarmos) a (?:colet|recolh|obt|adicion|inclu)\w*",
    r"\bpara nao (?:colet|recolh|adicion|inclu)\w* (?:\S+ )?(?:novamente|de novo)\b",
    r"\bpour ne (?:pas|plus) (?:les |la |le |l')?(?:collecter|recueillir|ajouter|obtenir|reintegrer)\w*(?: (?:a nouveau|de nouveau))?",
    r"\bum (?:sie |diese |ihre daten )?nicht (?:erneut|wieder) (?:zu )?(?:erheben|erfassen|sammeln|aufzunehmen)\b",
    r"\bdamit wir (?:sie |diese )?nicht (?:erneut|wieder) (?:erheben|erfassen|sammeln|aufnehmen)\b",
    r"\bper non (?:raccoglierl\w*|acquisirl\w*|aggiungerl\w*|reinserirl\w*)(?: (?:di nuovo|nuovamente))?",
    r"\bom (?:ze |deze |uw gegevens )?niet opnieuw te (?:verzamelen|verwerven|toevoegen|verkrijgen)\b",
    r"\b(?:upang|para) hindi na (?:muling )?(?:maidagdag|maisama|makolekta|mailathala)\b",
)
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:will|shall) (?:continue|keep) (?:to )?(?:collect|collecting|gather|gathering|publish|publishing|sell|selling)\b",
    r"\b(?:seguiremos|continuaremos) (?:recopilando|recogiendo|publicando|vendiendo)\b",
    r"\bcontinuaremos (?:a )?(?:coletar|coletando|publicar|publicando|vender|vendendo)\b",
    r"\bcontinuerons a (?:les |la |le )?(?:collecter|publier|vendre|recueillir)\b",
    r"\bweiterhin (?:\S+ ){0,3}(?:erheben|sammeln|veroffentlichen|verkaufen)\b",
    r"\bcontinueremo a (?:raccoglier|pubblicar|vender)\w*", r"\bblijven (?:\S+ ){0,3}(?:verzamelen|publiceren|verkopen)\b",
)
# 7. Dutch: a long place between the auxiliary and "verwijderd" ("zijn uit onze bestanden en uit onze
#    zoekresultaten verwijderd"), as the German "wurden … gelöscht" (branch r24); the gap holds no negation,
#    "nog" or future, and the participle is no future's or a subordinate clause's ("verwijderd worden/zijn").
_NL_LONG_DONE = (
    r"\b(?:zijn|werden|werd|is) (?:(?!(?:niet|geen|nog|nooit|pas|binnenkort|zullen|zal|worden|wordt|als|indien|wanneer)\b)\S+ ){4,12}?(?:verwijderd|gewist)\b(?! (?:worden|wordt|zijn|is|hebben|zal|zullen))",
)
_CONFIRMED = _with(_CONFIRMED, *_NL_LONG_DONE)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_NL_LONG_DONE)


def _your_step_if(sentence: str, refusal: str) -> bool:  # noqa: F811 - the refusal's own words too (branch r26)
    """Whether ``sentence`` makes its refusal ``refusal`` hang on the person's own next step: a condition
    on their reply, confirmation or document before the refusal, right after it, or inside its own words
    ("requests without a notarised ID will not be processed")."""
    at = sentence.find(refusal)
    if at < 0:
        return False
    return bool(_YOUR_STEP_IF.search(sentence[:at]) or _YOUR_STEP_IF.search(refusal)
                or _YOUR_STEP_IF.search(sentence[at + len(refusal):]))


# 8. Where the pages come from, said as how they are made ("nuestras páginas se elaboran con registros
#    públicos", "are built from public records"), beside a removal and "it may appear again": provenance, no
#    refusal, as "come from" / "provienen de" already were (``_PUBLIC_SOURCE_TOLD``, read at call time; a
#    "so we cannot remove it" after it still keeps the refusal, ``_PUBLIC_KEPT``).
_PUBLIC_SOURCE_TOLD = _with(
    _PUBLIC_SOURCE_TOLD,
    r"\b(?:built|created|generated|made|drawn|sourced|assembled) (?:\S+ ){0,2}from\b", r"\bbased on\b",
    r"\bse (?:elaboran|elabora|construyen|construye|generan|genera|crean|crea|basan|basa|nutren|nutre) (?:con|a partir de|en|de)\b",
    r"\b(?:elaborad|basad|construid|generad)[oa]s? (?:con|en|a partir de)\b",
    r"\b(?:sao|e) (?:elaborad|construid|gerad|baseada?|basead)[oa]?s? (?:com|em|a partir de)\b",
    r"\b(?:sont|est) (?:etablie?s?|construite?s?|basee?s?|elaboree?s?|generee?s?) (?:a partir de|sur)\b",
    r"\b(?:basieren|beruhen) auf\b|\bwerden aus (?:\S+ ){0,3}erstellt\b",
    r"\b(?:sono|e) (?:basat|costruit|elaborat|generat)[ieoa] (?:su|da|a partire da)\b",
    r"\b(?:zijn|is) gebaseerd op\b|\bworden (?:samengesteld|opgebouwd) uit\b",
)


# 9. A request closed because the identity could not be verified, in Vietnamese ("đã bị đóng vì chúng tôi
#    không thể xác minh danh tính của bạn"): the refusal "identity not verified" (its "send a new request if
#    you still wish" after it is no ask: the refusal is read first, as in the seven languages).
_REFUSED = [(reason, _with(rx, r"\bkhong (?:the |xac minh đuoc |xac minh duoc )?(?:xac minh|xac thuc) (?:đuoc |duoc )?danh tinh\b"))
            if reason == "identity not verified" else (reason, rx) for reason, rx in _REFUSED]
# 10. A receipt in the passive, in Haitian Creole and Tagalog ("demann ou an te resevwa pa ekip nou an, l ap
#    trete nan lòd li te rive"; "natanggap na ang iyong kahilingan"): acknowledged, as "nou resevwa demann
#    ou" and "natanggap namin" already were.
_ACK = _with(
    _ACK, r"\b(?:demann|imel|mesaj|let) (?:\S+ ){0,5}te (?:byen )?resevwa\b", r"\b(?:pral|ap|va) trete (?:\S+ ){0,3}nan lod\b",
    r"\bnan lod (?:li|yo|demann yo) te rive\b", r"\b(?:natanggap|nakuha) na (?:ang|namin ang) (?:iyong )?(?:kahilingan|mensahe|email)\b",
)


# 11. In the South Asian and Ethiopic languages read in part: "your state's law does not apply to us" (a
#    refusal, not a resident: pa "ਕਾਨੂੰਨ … ਲਾਗੂ ਨਹੀਂ", hi "कानून … लागू नहीं", ur "قانون … لاگو نہیں", bn "আইন … প্রযোজ্য
#    নয়"); Bengali "N more days" with its own digits (extended: "আরও ৪৫ দিন"); an Amharic deletion whose
#    subject is the name, address or phone and a long place before the verb ("ስምዎ፣ አድራሻዎ … ከመረጃ ቋታችን …
#    ተሰርዘዋል"), still only the completed past form, at 0.85 (a person reads it).
_REFUSED = [(reason, _with(rx, *_fo(r"ਕਾਨੂੰਨ (?:[^ ]+ ){0,4}ਲਾਗੂ ਨਹੀਂ", r"कानून (?:[^ ]+ ){0,4}लागू नहीं",
                                     # r30: "we accept requests only from residents of states whose law applies"; "does not live in such a state"
                                     r"केवल (?:[^ ]+ ){0,3}निवासियों", r"(?:ऐसे|उस|इस|उन|किसी) (?:[^ ]+ )?राज्य में नहीं (?:रहते|रहती|रहता)", r"আইন (?:[^ ]+ ){0,4}প্রযোজ্য নয়"),
                             *_ur(r"قانون (?:[^ ]+ ){0,4}لاگو نہیں")))
            if reason == "not a resident" else (reason, rx) for reason, rx in _REFUSED]
_EXTENDED = _with(_EXTENDED, *_fo(r"আরও [০-৯\d]{1,3} দিন"))
_CONFIRMED = _with(_CONFIRMED, *_fo(rf"(?:ስምዎ|አድራሻዎ|ስልክ ቁጥርዎ|መረጃዎ|መረጃዎን|መገለጫዎ)(?: [^ ]+){{0,9}} {_AM_DEL_PAST}"))


# ---- set R's broken promises (the lead, first read of set R, 2026-12-02) ---------------------------------
# Set R (tests/replies/setr) is held out; its first read showed nine non-confirmations read as confirmed and
# three links opened that should not be. Each class is fixed here in wordings of our own
# (tests/test_replies_setr_promises.py, none a set R sentence); its hidden HTML text is optout.mail._parse's
# (``_drop_hidden``). ``classify`` asks ``_not_this_answer`` of every confirmation, and ``_classify_own``
# reads ``_CHALLENGE`` before any link.

# 1. A removal that takes effect on a later date or at the next update ("it will stop showing in search
#    results starting January 4", "dejará de mostrarse a partir del 4 de enero", "ne sera plus visible à
#    compter du"): not done yet, a receipt with a date (acknowledged). Only a date or the next update, not a
#    delay ("please allow 48 hours", "within 72 hours"): a removal done whose effect takes hours to show is
#    the removal said done, as before.
_WHEN_LATER = (r"(?:(?:our|the|its) (?:next|following|upcoming|coming)|next|the \d|\d|" + _MONTH_EN
               + r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)")
_LATER_DATE = _rx(
    r"\bwill (?:\S+ ){0,2}?(?:no longer|stop|cease to|not) (?:\S+ ){0,2}?(?:appear|appearing|show|showing|be (?:visible|shown|displayed|"
    r"listed|searchable|available|published|accessible)|disappear)\b[^.;!?]{0,80}?\b(?:after|starting(?: on| from)?|beginning|from|as of|"
    rf"effective|on|following|once) {_WHEN_LATER}",
    rf"\bwill (?:\S+ ){{0,2}}?(?:disappear|drop off|come down|go offline|be (?:removed|hidden|taken down|unpublished|deleted|purged|suppressed))\b[^.;!?]{{0,80}}?\b(?:after|starting(?: on| from)?|beginning|as of|effective|on|following) {_WHEN_LATER}",
    r"\b(?:dejara|dejaran) de (?:aparecer|mostrarse|verse|ser visibles?|estar visibles?|publicarse|figurar)\b[^.;!?]{0,80}?\b(?:a partir del?|despues del?|desde el|el|con la proxima|en la proxima) (?:\d|proxim|siguiente)",
    r"\bya no (?:sera|seran|estara|estaran|aparecera|apareceran|se (?:vera|veran|mostrara|mostraran))\b[^.;!?]{0,80}?\b(?:a partir del?|despues del?|desde el|con la proxima|en la proxima) (?:\d|proxim|siguiente)",
    r"\b(?:sera|seran) (?:eliminad|retirad|ocultad|suprimid|borrad|despublicad)[oa]s?\b[^.;!?]{0,60}?\b(?:el|a partir del?|despues del?|con la proxima|en la proxima) (?:\d|proxim|siguiente)",
    r"\b(?:deixara|deixarao) de (?:aparecer|ser exibid[oa]s?|ser mostrad[oa]s?|estar visive(?:l|is))\b[^.;!?]{0,80}?\b(?:a partir de|apos|depois de|em|na proxima) (?:\d|proxim|seguinte)",
    r"\b(?:sera|serao) (?:removid|excluid|ocultad|apagad|despublicad)[oa]s?\b[^.;!?]{0,60}?\b(?:em|a partir de|apos|na proxima) (?:\d|proxim|seguinte)",
    r"\bne (?:sera|seront) plus (?:visibles?|affichee?s?|accessibles?|consultables?|publiee?s?)\b[^.;!?]{0,60}?\b(?:a compter du|a partir du|apres le|des le|le|lors de la prochaine) (?:\d|prochain)",
    r"\b(?:sera|seront) (?:supprimee?s?|retiree?s?|masquee?s?|effacee?s?|depubliee?s?)\b[^.;!?]{0,60}?\b(?:le|a compter du|a partir du|apres le|lors de la prochaine) (?:\d|prochain)",
    r"\b(?:ab|nach) dem (?:\d{1,2}\.? ?|nachsten)[^.;!?]{0,80}?\bnicht mehr\b", r"\bnicht mehr\b[^.;!?]{0,60}?\b(?:ab|nach) dem (?:\d|nachsten)",
    r"\bwird (?:\S+ ){0,4}?(?:am|ab dem|nach dem|mit der nachsten) (?:\d|aktualisierung)[^.;!?]{0,40}?(?:geloscht|entfernt|ausgeblendet|gesperrt)\b",
    r"\bnon (?:sara|saranno) piu (?:visibil|mostrat|pubblicat)\w*\b[^.;!?]{0,60}?\b(?:a partire dal|dopo il|dal|con il prossimo) (?:\d|prossim)",
    r"\b(?:niet meer|niet langer) (?:zichtbaar|getoond|vindbaar|te zien)\b[^.;!?]{0,60}?\b(?:vanaf|na|per) (?:\d|de volgende)",
    r"\b(?:vanaf|na|per) (?:\d|de volgende)[^.;!?]{0,60}?\bniet (?:meer|langer) (?:zichtbaar|getoond|vindbaar|te zien)\b",
)

# 2. The deletion said still in progress beside a completion of something else ("the confirmation we sent
#    was for your do-not-sell request; we are still working on the deletion"): a receipt (acknowledged).
_STILL_IN_PROGRESS_WORDS = (
    r"\b(?:still|currently) (?:working on|processing|reviewing|handling) (?:\S+ ){0,2}(?:deletion|removal|erasure|request)\b",
    r"\b(?:deletion|removal|erasure|request) (?:\S+ ){0,3}(?:is|remains) (?:still )?(?:in progress|being processed|pending|under review|open)\b",
    r"\b(?:eliminacion|supresion|baja|solicitud) (?:\S+ ){0,3}(?:sigue|continua|esta|permanece) (?:todavia |aun )?(?:en (?:curso|tramite|proceso|revision)|pendiente)\b",
    r"\b(?:seguimos|continuamos|estamos) (?:todavia |aun )?(?:trabajando en|procesando|tramitando) (?:\S+ ){0,2}(?:eliminacion|supresion|baja|solicitud)\b",
    r"\b(?:exclusao|remocao|solicitacao|pedido) (?:\S+ ){0,3}(?:ainda )?(?:esta|continua|segue) (?:ainda )?(?:em (?:andamento|curso|processamento|analise)|pendente)\b",
    r"\b(?:suppression|effacement|demande) (?:\S+ ){0,3}(?:est|reste) (?:toujours |encore )?(?:en cours|en attente)\b",
    r"\b(?:loschung|antrag|anfrage) (?:\S+ ){0,3}(?:ist|bleibt) (?:noch )?(?:in bearbeitung|offen|ausstehend)\b",
    r"\b(?:cancellazione|richiesta) (?:\S+ ){0,3}(?:e|resta) (?:ancora )?(?:in corso|in lavorazione|in sospeso)\b",
    r"\b(?:verwijdering|verzoek) (?:\S+ ){0,3}(?:is|blijft) (?:nog )?(?:in behandeling|in uitvoering|open)\b",
)
_STILL_IN_PROGRESS = _rx(*_STILL_IN_PROGRESS_WORDS)
_ACK = _with(_ACK, *_STILL_IN_PROGRESS_WORDS)  # and, alone, a receipt

# 3. A removal dated years before the mail ("your data was removed from our public directory in 2024", in a
#    promotional mail of 2026): an earlier request's, not this one's (unsure). A year before the mail's only
#    from April on: a letter of December may be answered in January.
_YEAR_SAID = re.compile(r"\b(?:in|en|em|on|el|le|am|il|op|since|desde|depuis|seit|dal|sinds|de|of)\b[^.;!?]{0,20}?\b(20\d\d)\b")

# 4. A promotional mail (two or more sales words: "40% off", "shop now", "Black Friday"), with no sign of
#    being a reply (no "Re:", no reference of ours): whatever its footer says was removed, it answers nothing.
_PROMO = _rx(
    r"\b\d{1,2} ?% (?:off|discount|de descuento|de desconto|de reduction|de remise|rabatt|sconto|korting)\b",
    r"\b(?:save|ahorra|ahorre|economize|economisez|spare|sparen sie|risparmia|bespaar) (?:up to |hasta |ate |jusqu'a |bis zu |fino al |tot )?\d{1,2} ?%",
    r"\b(?:shop|buy|order|upgrade) now\b", r"\b(?:compra|compre|comprar|aprovecha|aproveche) (?:ya|ahora|hoy)\b", r"\b(?:achetez|profitez)(?:-en)? maintenant\b",
    r"\b(?:black friday|cyber monday|buen fin|hot sale|limited[- ]time (?:offer|deal|sale)|this week only|today only|solo esta semana|solo hoy|"
    r"oferta por tiempo limitado|promo(?:tional)? code|coupon code|codigo (?:promocional|de descuento)|cupon de descuento)\b",
    r"\b(?:deals|ofertas|offres|angebote) (?:are here|of the (?:week|year)|de (?:la semana|fin de ano)|de la semaine)\b",
)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|vs|rv|res|r|antw|odp|ynt)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)

# 5. A completion that names, in quotes, the name its request was about ("this request concerned the name
#    'Gregory T. Pennington'", "correspondía al nombre «Ernesto Valladares»"), when the thread's own request
#    names someone else: another person's request (unsure). ``greets_another`` (the mail flow, which knows
#    the person) reads the same words against every form of the person's name.
_NAME_QUOTED = re.compile(
    r"\b(?:name|nombre|nom|nome|Namen|naam)\s*[:(]?\s*[\"“”«„'‘]\s*"
    r"((?:(?:Mr|Mrs|Ms|Dr|Sr|Sra)\.?\s+)?[A-ZÀ-Þ][\w'’-]*\.?(?:\s+[A-ZÀ-Þ][\w'’-]*\.?){1,4})\s*[\"“”»‟'’]")

# 6. A challenge-response spam filter holding our letter until someone proves to be a person ("your message
#    is being held until you confirm you are human"): no answer of the broker, and its link is the filter's,
#    never a verification of the request (auto_reply; the letter waits for a person to release it). Read by
#    what is held, the message: a broker's own "confirm you are not a robot" before it processes the request
#    (set O en-05) is its verification and stays one.
_CHALLENGE = _rx(
    r"\bchallenge[- ]response\b", r"\b(?:release|deliver) (?:your|the) (?:held )?(?:message|e-?mail)\b[^.;!?]{0,40}\b(?:confirm|click|verify)",
    r"\b(?:your )?(?:message|e-?mail) (?:is|has been|was) (?:being )?(?:held|quarantined|on hold)\b[^.;!?]{0,60}\buntil\b",
    r"\bmensaje (?:\S+ ){0,2}(?:retenido|en espera) hasta que\b", r"\b(?:liberar|entregar) (?:su|tu|el) mensaje\b",
    r"\bfiltro (?:de )?(?:desafio|verificacion|reto)\b", r"\bmessage (?:est )?(?:retenu|bloque) jusqu'a\b",
    r"\b(?:nachricht|e-?mail) (?:wird|wurde) (?:\S+ ){0,2}zuruckgehalten\b", r"\bmensagem (?:\S+ ){0,2}retida ate\b",
)

# 7. A request that needs the person's identity checked by signing in with an identity provider ("your request
#    requires identity verification; sign in with your government ID account"): the person's proof of who they
#    are (needs_id), its link the provider's, never the verification of the request.
_ID_ASK = _with(
    _ID_ASK,
    r"\b(?:request|deletion|opt-?out|removal)s? (?:\S+ ){0,2}(?:requires?|needs?|is subject to) (?:an? )?(?:identity|id) verification\b",
    r"\bsign in (?:\S+ ){0,3}with (?:\S+ ){0,3}(?:government(?:[- ]issued)? id|identity|id\.me|verified id)\b",
    r"\b(?:solicitud|peticion) (?:\S+ ){0,2}(?:requiere|necesita|exige) (?:una )?verificacion de (?:su )?identidad\b",
    r"\b(?:pedido|solicitacao) (?:\S+ ){0,2}(?:requer|exige|precisa de) (?:uma )?verificacao de identidade\b",
    r"\bdemande (?:\S+ ){0,2}(?:necessite|requiert|exige) une verification (?:de votre |d')identite\b",
    r"\b(?:antrag|anfrage) (?:\S+ ){0,2}erfordert eine identitatsprufung\b",
)


# 8. (set S's first read) A suppression from the public sites while the data stays in use: "our screening
#    services continue to use information from public records", "suppression only limits what is displayed on
#    our consumer sites", "seguimos utilizando la información": the deletion asked for is not done (unsure). Not
#    the suppression record kept to keep the listing down, nor security words ("we continue to use encryption").
_STILL_IN_USE = _rx(
    r"\b(?:continue|continues|continuing) to (?:use|sell|share|license|licence|provide|disclose|offer|process|make available|rely on|draw on) "
    r"(?:\S+ ){0,3}?(?:information|data|records?|it|them|details)\b",
    r"\b(?:information|data|records?)\b[^.;!?]{0,40}?\b(?:remains?|stays?|is still|are still|(?:will|may|can|could|might) (?:still|remain)) (?:be )?(?:made )?(?:available|accessible|used|sold|"
    r"licensed|provided) (?:to|by|for|in) (?:our |its )?(?:\S+ ){0,4}?(?:customers|clients|business(?:es)?|partners|services|products)\b",
    r"\b(?:seguimos|continuamos|seguiremos|continuaremos) (?:utilizando|usando|vendiendo|compartiendo|licenciando|proporcionando)\b",
    r"\b(?:siguen|sigue|seguiran|seguira|continuan|continua|continuaran|continuara) (?:siendo )?(?:utilizad|usad|vendid|compartid|disponibles? para)\w*",
    r"\b(?:siguen|sigue|seguiran|seguira|continuan|continua|continuaran|continuara) (?:utilizando|usando|vendiendo|compartiendo|licenciando)\b",
    r"\b(?:continuamos|continuaremos|seguimos|continuam|continua|continuarao) a (?:utilizar|usar|vender|compartilhar)\b", r"\b(?:continuam|continuarao) (?:a ser )?(?:utilizad|usad|vendid)\w*",
    r"\b(?:continuons|continuerons) (?:a|d') ?(?:utiliser|vendre|partager|exploiter)\b",
    # (probe pass 31) "les données restent utilisées par nos services", "continuano a essere utilizzati", "restano disponibili"
    r"\b(?:restent|reste|resteront|demeurent|continuent d'etre) (?:\S+ ){0,1}?(?:utilisee?s?|disponibles?|exploitee?s?|vendue?s?|accessibles?)\b",
    r"\b(?:continua|continuano|continuera|continueranno) ad? (?:essere )?(?:utilizzat|usat|vendut|condivis|disponibil)\w*",
    r"\b(?:resta|restano|resteranno|rimane|rimangono) (?:\S+ ){0,1}?(?:utilizzat|disponibil|accessibil)\w*",
    r"\bweiterhin\b[^.;!?]{0,50}?\b(?:genutzt|verwendet|verkauft|weitergegeben|verarbeitet|bereitgestellt|verfugbar|nutzen|verwenden)\b",
    r"\bvan (?:tiep tuc )?(?:su dung|ban|chia se|cung cap) (?:\S+ ){0,3}?(?:du lieu|thong tin)\b",
)
#: ... or says the suppression touches only what is shown ("a suppression only limits what is displayed on our
#: consumer sites", "la supresión solo afecta a lo que se muestra"): the data itself stays.
_DISPLAY_ONLY = _rx(
    r"\b(?:suppression|removal|opt-?out)s? (?:\S+ ){0,2}?(?:only )?(?:limits?|affects?|applies (?:only )?to|covers?) (?:only )?(?:the )?(?:display|what is (?:displayed|shown)|"
    r"(?:our )?(?:public|consumer)[- ](?:facing )?(?:sites?|websites?|search))",
    # (probe pass 31) "it only hides your profile on our public pages", "the underlying records are retained"
    r"\b(?:it|this|which|the (?:suppression|removal|opt-?out)) only (?:hides|masks|conceals|suppresses) (?:\S+ ){0,3}?(?:on|from|in) (?:our )?(?:\S+ )?(?:public|consumer|search)",
    r"\bunderlying (?:records?|data|information) (?:is|are|remains?|will be) (?:still )?(?:retained|kept|held|stored)\b",
    r"\b(?:supresion|exclusion|baja) (?:\S+ ){0,2}?(?:solo |solamente |unicamente )?(?:limita|afecta|se aplica|aplica) (?:solo |solamente |unicamente )?(?:a )?(?:la visualizacion|lo que se muestra|"
    r"(?:nuestros )?sitios? (?:publicos|de busqueda|para consumidores))",
    r"\b(?:supressao|exclusao) (?:\S+ ){0,2}?(?:so |somente |apenas )?(?:limita|afeta|se aplica) (?:so |somente |apenas )?(?:a )?(?:exibicao|o que e exibido)",
)
#: set T's first read (2026-12-02): a deletion by one company of a group, which names another, independent
#: controller that holds the person's data elsewhere (another country's database, a US affiliate) and tells the
#: person to write to it ("X USA, Inc. es un responsable independiente; para sus bases en Estados Unidos debe
#: dirigirse a …"): part of what was asked may be done, the rest is another request (``_not_this_answer``).
_OTHER_CONTROLLER = _rx(
    r"\b(?:independent|separate|distinct) (?:data )?(?:controller|business|legal entity|entity|company)\b",
    r"\b(?:responsable|controlador|encargado) (?:del tratamiento )?(?:independiente|distinto|separado)\b", r"\b(?:empresa|entidad|sociedad) (?:distinta|independiente|separada)\b",
    r"\b(?:controladora?|responsavel) (?:\S+ )?independente\b", r"\b(?:empresa|entidade) (?:distinta|independente|separada)\b",
    r"\bresponsable (?:de (?:traitement|ses propres traitements) )?(?:distinct|independant)\b", r"\b(?:societe|entite) (?:distincte|independante)\b",
)
_WRITE_TO_THEM = _rx(
    r"\b(?:must|should|need to|will need to|have to|please) (?:contact|write to|reach out to|send (?:\S+ ){0,3}to|submit (?:\S+ ){0,3}to)\b",
    r"\b(?:debe|debera|tendra que|tiene que|favor de|le pedimos) (?:dirigirse|escribir|contactar|enviar)\b", r"\bdirijase a\b",
    r"\b(?:deve|devera|tera de|precisa) (?:contatar|entrar em contato|escrever|enviar|dirigir-se)\b",
    r"\b(?:doit|devez|devrez|veuillez) (?:la |le |les |l')?(?:contacter|vous adresser|ecrire|adresser)\b",
    # probe pass 33: a pronoun before the verb ("debe escribirle", "vous devez la contacter"), the imperative
    # ("entre em contato diretamente com ela", "contactela directamente"), and "contact them directly"
    r"\b(?:debe|debera|tendra que|tiene que) (?:le |la |lo |les )?(?:dirigirse|escribir|contactar)\w*\b",
    r"\b(?:entre|entrar|entrem) em contato (?:\S+ )?(?:com|junto)\b", r"\bcontate-?(?:a|o|as|os)?\b",
    r"\b(?:contactela|contactelo|escribale|escribales|contactelos) (?:directamente|a)\b",
    r"\b(?:contact|write to|reach out to) (?:them|it|that company|\S+) directly\b",
)
#: set T's first read (2026-12-02): the profile "set to private", hidden from public search, kept: a setting of
#: who sees it, which the broker can turn back, not the deletion asked for (``_not_this_answer``: unsure)
_MADE_PRIVATE = _rx(
    r"\b(?:profile|listing|record|page|account)s? (?:has been |have been |was |were |is now |is )?(?:set|made|marked|changed|switched|turned) (?:to )?private\b",
    r"\b(?:perfil|ficha|registro|pagina)(?: \S+){0,3}? (?:ha sido |fue |esta |quedo |se ha )?(?:configurad[oa]|marcad[oa]|puest[oa]|cambiad[oa]|convertid[oa]|hech[oa]) (?:como |en |a )?privad[oa]\b",
    r"\b(?:perfil|registro|pagina)(?: \S+){0,3}? (?:foi |esta |ficou )?(?:definid[oa]|configurad[oa]|marcad[oa]|tornad[oa]) (?:como )?privad[oa]\b",
    r"\b(?:profil|fiche|page) (?:\S+ ){0,3}?(?:a ete |est )?(?:rendue?|passee?|mise?|configuree?) (?:en )?(?:mode )?priv",
)
#: ... what a suppression record is kept for, or what is no one's data: such a sentence is no use elsewhere.
_KEPT_TO_SUPPRESS = _rx(
    r"\b(?:suppression|opt-?out|do[- ]not[- ]sell) (?:list|file|record|database|registry)\b", r"\bonly (?:to|for) (?:make sure|ensure|keep|prevent|honou?r|maintain|comply)\b",
    r"\bnot (?:be )?(?:re-?)?(?:published|added|listed|displayed|collected)\b", r"\bagain\b",
    r"\b(?:security|secure|encrypt\w*|protect\w*|safeguard\w*)\b",
    r"\blista de (?:supresion|exclusion|no contactar)\b", r"\b(?:no vuelva|de nuevo|otra vez|seguridad|proteger|cifrad\w*)\b",
    r"\blista de (?:supressao|exclusao)\b", r"\b(?:novamente|seguranca|proteger)\b", r"\bliste (?:d'opposition|de suppression)\b", r"\b(?:a nouveau|securite|proteger)\b",
)
#: ... and the other products or customers the data stays in use for.
_OTHER_PRODUCTS = _rx(
    r"\b(?:services?|products?|customers?|clients?|business(?:es)?|partners?|employers?|landlords?|fcra|glba|screening|background|"
    r"identity|verification|fraud|risk|marketing|advertis\w*|law enforcement|government|agencies|records?|sources?)\b",
    r"\b(?:servicios?|productos?|clientes?|empresas?|socios|verificacion|fraude|registros?|fuentes|publicidad|mercadeo)\b",
    r"\b(?:servicos?|produtos?|empresas?|parceiros|verificacao|registros?|fontes)\b", r"\b(?:entreprises?|partenaires|verification)\b",
    r"\b(?:dich vu|doanh nghiep|doi tac|khach hang)\b",
    r"\b(?:servizi|prodotti|clienti|aziende|partner|verifica|antifrode)\b", r"\b(?:produkte\w*|dienste\w*|\w*kunden|unternehmen|partner\w*|prufung\w*)\b",
)

# 9. (set S's first read) Done, "to finalise it, sign in and confirm your details": not done until a person does;
#    its sign-in link is never opened (unsure). Not an unrelated sign-in ("to manage your newsletters, sign in").
_FINALISE = _rx(
    r"\bto (?:finali[sz]e|complete|finish|activate)(?: it| this| the (?:deletion|removal|request|process|opt-?out)| your (?:deletion|removal|request|opt-?out))?[,:]? "
    r"(?:\S+ ){0,2}?(?:please )?(?:sign in|log ?in|confirm your|verify your|create an account)\b",
    # (probe pass 31) "log in to your account to finalize the removal", "sign in within 7 days to confirm", "one last step: sign in"
    r"\b(?:sign|log) ?in\b[^.;!?]{0,40}?\bto (?:finali[sz]e|complete|finish|confirm|activate|validate) (?:it|this|the|your)\b",
    r"\b(?:sign|log) ?in\b[^.;!?]{0,40}?\bto (?:confirm|finali[sz]e)[,.;]? or (?:the|your) (?:request|deletion|removal|opt-?out)\b",
    r"\b(?:last|final|one more|remaining) step\b[^.;!?]{0,20}?\b(?:sign in|log ?in|confirm your|verify your)\b",
    r"\bpara que (?:quede|se complete|sea efectiva)\w*[,:]? (?:\S+ ){0,2}?(?:inicie sesion|ingrese|acceda|confirme sus)\b",
    r"\b(?:inicie|inicia) sesion\b[^.;!?]{0,30}?\bpara (?:confirmar|finalizar|completar|concluir) (?:la|su|el)\b",
    r"\bpara (?:finaliza|conclui|completa)-(?:la|lo)[,:]? (?:\S+ ){0,2}?(?:faca login|acesse|entre na|confirme seus)\b",
    r"\bpara (?:finalizar|completar|concluir|terminar)(?:la|lo)?(?: (?:la|su) (?:eliminacion|solicitud|baja))?[,:]? (?:por favor,? )?(?:\S+ ){0,2}?"
    r"(?:inicie sesion|inicia sesion|ingrese|ingresa|acceda|confirme sus|confirma tus|verifique su)\b",
    r"\bpara (?:finalizar|concluir|completar)(?: (?:a|o) (?:exclusao|pedido|solicitacao))?[,:]? (?:por favor,? )?(?:\S+ ){0,2}?"
    r"(?:faca login|faca o login|entre na|acesse|confirme seus|inicie sessao)\b",
    r"\bpour (?:finaliser|terminer|completer)(?: (?:la|votre) (?:suppression|demande))?[,:]? (?:\S+ ){0,2}?(?:connectez-vous|identifiez-vous|confirmez vos)\b",
    r"\bpour (?:la|le) (?:finaliser|terminer|completer)[,:]? (?:\S+ ){0,2}?(?:connectez-vous|identifiez-vous|confirmez vos)\b",
    r"\bum (?:sie|ihn|es|die (?:loschung|anfrage|loschanfrage)) (?:abzuschliessen|zu finalisieren|zu bestatigen)[,:]? (?:\S+ ){0,2}?(?:melden sie sich|loggen sie sich|bestatigen sie)\b",
    r"\bper (?:completar|finalizzar|concluder)(?:la|lo|e)[,:]? (?:\S+ ){0,2}?(?:acceda|accedi|effettui l'accesso|confermi|conferma i)\b",
)


def _record_named_other(msg: Incoming) -> str | None:
    """A completion naming in quotes a name none of whose words the thread's request names ("the name
    'Gregory T. Pennington'" in the answer to our client Rosa Quintanilla's letter), or None."""
    named = set().union(*(_name_words(m.group(1)) for m in _REQUEST_NAMES.finditer(_thread_text(msg))))
    if not named:
        return None
    for m in _NAME_QUOTED.finditer(_own_words(msg)):
        shown = _name_words(fold(m.group(1))) - _TITLE_WORDS
        if shown and not shown & named:
            return "a record of another person than the one the request names"
    return None


# ---- set U's first read (the lead, 2026-12-02): confirmations that do not last, or that are of another town -----------
# Set U (tests/replies/setu, held out) was read through its summary, then its seven false confirmations only; each
# class below is written in wordings of our own, in the languages that write it (tests/test_replies_setu_promises.py),
# beside near misses that keep their reading.

#: 1. The removal the broker told of was undone, or the record is back: "the removal was applied in error and has been
#:    reversed", "the listing is visible again", "a partner feed reloaded it: the record is back in our system". What
#:    it said before is no longer true, whatever the quoted earlier mail says.
_UNDONE = _rx(
    r"\b(?:removal|deletion|suppression|opt-?out|erasure)\b[^.;!?]{0,60}?\b(?:has been|was|were|have been) (?:since )?"
    r"(?:reversed|undone|rolled back|revoked|cancell?ed)\b",
    r"\b(?:applied|done|made|processed|removed|deleted) in error\b",
    r"\b(?:is|are|was|were) (?:now |currently )?(?:visible|live|public|published|showing|displayed|listed|searchable) again\b",
    r"\b(?:is|are) (?:now |currently )?back (?:in|on) (?:our|the) (?:system|site|website|database|records?|listings?|search)\b",
    r"\b(?:reloaded|re-?added|re-?imported|reinstated|restored|republished|re-?listed|re-?posted) (?:it|them|the (?:record|listing|profile|data))\b",
    r"\b(?:volvio|han vuelto|ha vuelto|vuelve) a (?:aparecer|estar visible|publicarse|mostrarse|estar en (?:linea|nuestro sistema))\b",
    r"\b(?:esta|estan) (?:de nuevo|nuevamente|otra vez) (?:visibles?|publicad[oa]s?|en linea|en nuestro sistema)\b",
    r"\bse (?:revirtio|anulo|deshizo|cancelo) (?:la |el )?(?:baja|eliminacion|supresion|borrado)\b",
    r"\b(?:voltou|voltaram) a (?:aparecer|ficar visive(?:l|is)|ser exibid[oa]s?)\b",
    r"\b(?:esta|estao) (?:novamente|de novo) (?:visive(?:l|is)|publicad[oa]s?|no (?:nosso )?sistema)\b",
    r"\b(?:est|sont) (?:de nouveau|a nouveau) (?:visibles?|en ligne|publiee?s?)\b",
    # Haitian Creole "li tounen parèt sou sit la" (it came back on the site; probe pass 35): "tounen" is "again" before
    # a verb of showing; "li pap parèt ankò" (it will not show again) is _NOT_AGAIN's, not this
    r"\b(?:tounen|retounen) (?:par[eè]t|afiche|vizib|sou (?:sit|sistem|sistèm))",
)

#: A condition before the words in their sentence ("if a public record … is published again, it may appear again"): a
#: warning of what may happen, not what did. Not "se" (Portuguese "if", but Spanish's reflexive: "la ficha se eliminó
#: por error y volvió a aparecer" is what happened), and not the future markers of ``_CONDITION``.
_CONDITION_BEFORE = re.compile(r"\b(?:if|when|whenever|should|unless|once|si|cuando|caso|quando|quand|lorsque|wenn|falls)\b")

#: A relisting told, then removed again after it ("The listing had reappeared; today we deleted it again", "la ficha
#: había vuelto a aparecer; hoy la borramos de nuevo", "nou efase l ankò"): the last thing done is the removal, so the
#: relisting before it undoes nothing (reply pass 47, branch r47). The removal is "again" in a done form, in a sentence
#: read as a confirmation (``_confirmed``: never negated, conditional or future).
_REMOVED_AGAIN = _rx(
    r"\b(?:removed|deleted|took down|taken down|erased|suppressed|purged|taken (?:it|them) (?:down|off))\b(?: \S+){0,4}? (?:again|once more|a second time|anew)\b",
    r"\b(?:removed|deleted|erased|suppressed) (?:it|them|the (?:listing|profile|record)) (?:again|once more|a second time)\b",
    r"\b(?:borramos|eliminamos|quitamos|retiramos|suprimimos|dimos de baja|hemos (?:borrado|eliminado|retirado|suprimido|quitado)|(?:se )?(?:borro|elimino|retiro|suprimio)|"
    r"(?:fue|ha sido) (?:borrad|eliminad|retirad|suprimid)[oa])\b(?: \S+){0,4}? (?:de nuevo|nuevamente|otra vez|por segunda vez)\b",
    r"\b(?:de nuevo|nuevamente|otra vez) (?:la |lo |las |los )?(?:borramos|eliminamos|quitamos|retiramos|suprimimos)\b",
    r"\b(?:excluimos|removemos|apagamos|eliminamos|retiramos|(?:o|a|os|as) (?:excluimos|removemos|apagamos|eliminamos|retiramos)|"
    r"(?:foi|foram) (?:excluid|removid|apagad|eliminad|retirad)[oa]s?)\b(?: \S+){0,4}? (?:de novo|novamente|outra vez|pela segunda vez)\b",
    r"\b(?:l'avons|les avons|avons|l'ont|a ete|ont ete) (?:\S+ )?(?:supprimee?s?|retiree?s?|effacee?s?)\b(?: \S+){0,3}? (?:de nouveau|a nouveau|une nouvelle fois|une deuxieme fois)\b",
    r"\b(?:l'avons|les avons|avons|a ete|ont ete) (?:de nouveau|a nouveau) (?:supprimee?s?|retiree?s?|effacee?s?)\b",
    r"\b(?:nou|yo) (?:te )?(?:efase|retire|retye|wete|siprime) (?:\S+ ){0,3}?anko\b",
)


#: a negation just before a relisting word (``_undone_standing``; reply pass 50, class 7)
_R50_NEGATED = re.compile(r"(?:\b(?:not|never|no|nao|pas|jamais|nunca)|n't)(?: [a-z']+)? $")


def _undone_standing(body: str) -> re.Match[str] | None:
    """The first words of ``_UNDONE`` in ``body`` (folded, one line) that still stand: not after a condition in their
    sentence ("if it is published again"), and not followed by a removal done again (``_REMOVED_AGAIN``, in a sentence
    ``_confirmed`` reads as a confirmation). None when none stands. A relisting word right after a negation, or one word
    after it, in its clause ("it has not reappeared since", "no ha vuelto a aparecer", "never came back") does not
    stand either (reply pass 50, class 7: ``_R50_NEGATED``)."""
    for m in _UNDONE.finditer(body):
        if _CONDITION_BEFORE.search(re.split(r"[.!?;]", body[:m.start()])[-1]):
            continue
        if _R50_NEGATED.search(body, max(0, m.start() - 40), m.start()):
            continue  # "it has not reappeared since", "no ha vuelto a aparecer" (reply pass 50, class 7)
        again = next((a for a in _REMOVED_AGAIN.finditer(body, m.end())), None)
        if again is not None:
            start = max(body.rfind(x, 0, again.start()) for x in ".!?;")
            stop = min([i for i in (body.find(x, again.end()) for x in ".!?;") if i >= 0] or [len(body)])
            done = _confirmed("\n" + body[start + 1:stop])
            if done is not None and done.kind == "confirmed":
                continue
        return m
    return None

#: 2. A listing hidden for a time only: "suppressed for a period of 3 years; after this period the suppression expires
#:    and the record may be displayed again unless you renew it". The broker keeps the listing and will show it again:
#:    not the deletion asked for; a person decides (and sets a reminder). A suppression *record* kept for years so the
#:    person is not added again ("we keep your request on file for 24 months") says no such thing and is not read here.
_FOR_A_TIME = _rx(
    r"\b(?:suppression|opt-?out|removal|block|hiding)\b(?:(?!\b(?:number|link|code|e-?mail|reference|ticket|token|id)\b)[^.;!?]){0,40}?"
    r"\b(?:expire[sd]?|lapse[sd]?|runs out|will end)\b",
    r"\b(?:may|will|could|might) (?:then )?(?:be )?(?:displayed|shown|listed|published|visible|reappear|appear) again\b[^.;!?]{0,40}?"
    r"\b(?:unless|after|once|when)\b[^.;!?]{0,40}?\b(?:renew|period|expire|ends?)\w*",
    r"\bunless you renew\b", r"\bmust be renewed (?:every|each|after)\b",
    r"\b(?:supresion|baja|exclusion|bloqueo|ocultacion)\b[^.;!?]{0,40}?\b(?:vence|caduca|expira)\b",
    r"\ba menos que (?:usted )?(?:la |lo )?renuev", r"\bdebe renovarse (?:cada|despues)\b",
    r"\b(?:supressao|exclusao|bloqueio|ocultacao)\b[^.;!?]{0,40}?\b(?:expira|vence|caduca)\b", r"\ba menos que (?:a |o )?renove\b",
    r"\b(?:suppression|opposition|masquage)\b[^.;!?]{0,40}?\bexpire\b", r"\bsauf si vous (?:la |le )?renouvel",
)

#: 3. A warning that a removed listing may come back ("a removed listing may reappear when we refresh our data") names
#:    no outcome of this request: beside a request "processed" and nothing else, it is no confirmation.
_RELIST_WARNING = _rx(
    r"\b(?:may|might|could|can) (?:\S+ ){0,2}(?:reappear|re-?appear|come back|return|be re-?added|be re-?listed|show up again|appear again)\b",
    r"\bpuede(?:n)? (?:volver a aparecer|reaparecer)\b", r"\bpode(?:m)? (?:voltar a aparecer|reaparecer)\b", r"\bpeu(?:ven)?t reapparaitre\b",
)

#:    And "your opt-out has been processed" names the request by what it asks, as "your opt-out request" does: the
#:    request went through, its outcome is not said (set T's class, as its first read had it).
_REQUEST_NOUN = _with(_REQUEST_NOUN, r"\b(?:your|the|this|su) opt-?out\b(?= (?:has|have|was|were|is|ha) (?:been |sido )?(?:processed|handled|received|procesad))",
                      # Portuguese and French (probe pass 35: "Seu opt-out foi processado" beside a relisting warning)
                      r"\b(?:seu|o|este|votre|l'|cet) ?opt-?out\b(?= (?:foi|foram|a ete|est) (?:processad|tratad|recebid|trait|recu))")

#: 4. The broker doubts it removed the right person, or says it found nothing where our request points: "if your
#:    client is another person, let us know"; "your letter names an address in Salinas; we found no listing at that
#:    address" (beside "we removed the listing … in Monterey").
_MAYBE_ANOTHER = _rx(
    r"\bif (?:your client|the (?:person|consumer|client)|this|that|it) (?:is|was) (?:a )?(?:different|another|someone else|not the (?:same|right|correct))\b",
    r"\bif (?:this|that|it|the (?:listing|record|profile) we removed) (?:is|was) not (?:the right|the correct|your client'?s?|the same|the one)\b",
    r"\b(?:found|find|located|see|have) no (?:listing|record|profile|data|entry)s? (?:\S+ ){0,2}(?:at|for|under|with|in) (?:that|the|this|your) (?:address|city|town|name|phone)\b"
    r"(?! (?:anymore|any more|any longer|now)\b)",
    r"\b(?:could|did) not (?:find|locate) (?:a |any )?(?:listing|record|profile|entry)s? (?:\S+ ){0,2}(?:at|for|under|with|in) (?:that|the|this) (?:address|city|town)\b",
    r"\bsi (?:su cliente|la persona|este perfil|ese perfil|este registro) (?:es|era|fuera) (?:otra persona|otr[oa]|distint[oa])\b",
    r"\bsi no (?:es|era|fuera) (?:la persona|el perfil|el registro) correct[oa]\b",
    r"\bno (?:encontramos|hallamos|localizamos) (?:ningun |un )?(?:perfil|registro|listado|anuncio)s? (?:\S+ ){0,2}(?:en|con|para) (?:esa|la|dicha|esta) (?:direccion|ciudad)\b",
    r"\bse (?:o seu cliente|a pessoa|este perfil) (?:e|for) (?:outra pessoa|outr[oa]|diferente)\b", r"\bse nao (?:e|for) a pessoa (?:certa|correta)\b",
    r"\bsi (?:votre client|la personne) est une autre personne\b", r"\bsi ce n'est pas la bonne personne\b",
    # probe pass 35: "if this isn't the person you meant", "in case the person we removed is someone else", "caso não
    # seja a pessoa certa", "si ce n'était pas la bonne personne", Haitian Creole "si se pa bon moun nan"
    r"\b(?:if|in case) (?:this|that|it|the (?:person|profile|listing|record|one)(?: (?:we|you) (?:removed|deleted|found|meant))?) "
    r"(?:is|was|isn't|wasn't|is not|was not) (?:the (?:wrong|right|correct|same)|the (?:person|one) you|your client|someone else|another|a different)\b",
    r"\b(?:se|caso) nao (?:e|seja|for|era|fosse) (?:a pessoa|o perfil|o registro) (?:cert|corret)[oa]\b",
    r"\bsi ce n'(?:est|etait) pas (?:la bonne personne|votre client)", r"\bsi (?:se|sa a|li) pa (?:bon moun nan|menm moun nan|kliyan ou)\b",
)

#: A US town and its state's postal code as a letter or a listing writes them ("Yakima, WA"; "de Laredo, TX"), the town
#: up to four words, in folded text.
_TOWN_STATE = re.compile(r"\b([a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,3}), ([a-z]{2})(?=\s*(?:[).,;:]|\d{5}\b|$)"
                         # or before the sentence's verb ("… of Rochester, MN has been deleted"; probe pass 35)
                         r"| (?:has|have|had|was|were|is|are|fue|fueron|ha|han|foi|foram|a|ont|te)\b)", re.MULTILINE)
_TOWN_WORDS = {"st": "saint", "st.": "saint", "ste": "sainte", "ft": "fort", "ft.": "fort", "mt": "mount", "mt.": "mount"}
#: One town's other names, as a listing or a Spanish letter writes them (probe pass 35: "NYC, NY", "New York City, NY"
#: and "Nueva York, NY" for a client of New York, NY). Only names of one town: "Union City" is not "Union".
#: Words before a town that are no part of it, in the languages a reply or our letter writes ("of", "de", "em").
_TOWN_BEFORE = frozenset({"of", "in", "at", "from", "for", "near", "de", "del", "en", "da", "do", "em", "na", "no", "a", "au", "pou", "nan"})
_TOWN_NAMES = {("nyc",): ("new", "york"), ("new", "york", "city"): ("new", "york"), ("nueva", "york"): ("new", "york"),
               ("nova", "york"): ("new", "york")}


def _towns(text: str) -> dict[str, list[tuple[str, ...]]]:
    """The towns ``text`` (folded) names with a state's postal code: {state: [town words]}."""
    from optout.usstates import STATES

    codes = {c.lower() for c in STATES}
    out: dict[str, list[tuple[str, ...]]] = {}
    for town, state in _TOWN_STATE.findall(text):
        if state in codes:
            words = tuple(_TOWN_WORDS.get(w, w.rstrip(".")) for w in town.split())
            # the town is what follows the last preposition ("… de saint paul" is the letter's "of saint paul")
            words = words[max((i + 1 for i, w in enumerate(words[:-1]) if w in _TOWN_BEFORE), default=0):]
            for n in (3, 2, 1):  # a name of the town's at the end of the words ("… for rosa quispe, nyc")
                if len(words) >= n and words[-n:] in _TOWN_NAMES:
                    words = words[:-n] + _TOWN_NAMES[words[-n:]]
                    break
            out.setdefault(state, []).append(words)
    return out


def _same_town(said: tuple[str, ...], asked: tuple[str, ...]) -> bool:
    """Whether two towns' words name one town: one ends with the other ("jose ramirez de laredo" holds no "el paso")."""
    n = min(len(said), len(asked))
    return n > 0 and said[-n:] == asked[-n:]


def _another_town(msg: Incoming, evidence: str = "") -> bool:
    """The sentence of the broker's that tells of the removal names a town, in a state the thread's request names,
    that is none of the towns the request names there ("we removed the listing at …, Yakima, WA" for a request about
    Kent, WA). A broker's own address, on a line of its own, is not that sentence. ``evidence`` is the words the
    confirmation was read from (folded): a sentence holding them tells of the removal in any language ("eliminamos la
    ficha de … de Bloomington, MN"; probe pass 35)."""
    own = reply_text(msg).partition("\n")[2]
    asked = _towns(_thread_text(msg))
    if not asked:
        return False
    for line in own.splitlines():
        for sentence in _sentences(line):
            if not (_REMOVAL_SAID.search(sentence) or _DELETION_SAID.search(sentence) or _OUTCOME_WORDS.search(sentence)
                    or (evidence and evidence in sentence)):
                continue
            for state, towns in _towns(sentence).items():
                if state in asked and not any(_same_town(t, a) for t in towns for a in asked[state]):
                    return True
    return False


def _unread_not_lasting(msg: Incoming, verdict: Classification) -> Classification | None:
    """Set U's classes where no confirmation was read: a mail that tells of a removal undone, or of a listing hidden for
    a time ("su ficha fue ocultada; la supresión vence a los 24 meses"), is unsure, not "other"; a "no record" beside a
    removal the broker doubts is the person's ("we removed the listing at …; we found no record at the address your
    letter gives") is unsure, not a refusal. None otherwise."""
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    if verdict.kind == "other":
        if _undone_standing(body) or _FOR_A_TIME.search(body):
            return _not_lasting(msg, Classification("confirmed", "", evidence=""))
        return None
    rest = " ".join(x for x in _sentences(body) if not _MAYBE_ANOTHER.search(x))
    if _MAYBE_ANOTHER.search(body) and (done := _confirmed(rest)) is not None and done.kind == "confirmed":
        return _not_lasting(msg, Classification("confirmed", "", evidence=verdict.evidence))
    return None


def _not_lasting(msg: Incoming, verdict: Classification) -> Classification | None:
    """What a mail read as a confirmation says that makes it none (set U's classes above): the removal undone or the
    record back, a listing hidden for a time only, a "processed" whose only outcome words are a warning that removed
    listings may come back, the broker's doubt that it removed the right person, a removal in another town of the
    request's state. None when nothing does."""
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    if m := _undone_standing(body):
        return Classification("unsure", "unsure: the removal it told of was undone, or the record is back", confidence=0.4,
                              evidence=f"{verdict.evidence} / {m.group(0)}")
    if m := _FOR_A_TIME.search(body):
        return Classification("unsure", "unsure: the listing is hidden for a time only and may be shown again", confidence=0.4,
                              evidence=f"{verdict.evidence} / {m.group(0)}")
    if verdict.evidence and _GENERIC_DONE.search(verdict.evidence) and _RELIST_WARNING.search(body):
        rest = " ".join(s for s in _sentences(body) if not _RELIST_WARNING.search(s))
        if not _outcome_said(_REQUEST_NOUN.sub(" ", rest) if _PROCESSED_ONLY.search(verdict.evidence) else rest):
            return Classification("unsure", "unsure: says the request was processed, not what was done (only that removed "
                                  "listings may come back)", confidence=0.4, evidence=verdict.evidence)
    if m := _MAYBE_ANOTHER.search(body):
        return Classification("unsure", "unsure: the broker is not sure it removed the right person, or found nothing where "
                              "the request points", confidence=0.4, evidence=f"{verdict.evidence} / {m.group(0)}")
    if _another_town(msg, verdict.evidence.partition(" / ")[0]):
        return Classification("unsure", "unsure: the completion names a listing in another town than the one the request "
                              "names", confidence=0.4, evidence=verdict.evidence)
    return _not_the_clients_listing(msg, verdict) or _not_done_by_its_own_fields(msg, verdict)  # set V's and W's classes (below)


def _not_this_answer(msg: Incoming, verdict: Classification) -> Classification | None:
    """What a mail read as a confirmation says that makes it none of this request's (set R's classes
    above): a removal dated later, the deletion still in progress, another person's name, a removal
    years old, a promotional mail. None when nothing does."""
    own = reply_text(msg)
    body = " ".join(own.partition("\n")[2].split())
    if m := _LATER_DATE.search(body):
        return Classification("acknowledged", "acknowledged: the removal takes effect at a later date", confidence=0.9,
                              evidence=f"{verdict.evidence} / {m.group(0)}")
    if m := _STILL_IN_PROGRESS.search(body):
        return Classification("acknowledged", "acknowledged: the deletion is still in progress; what was completed is "
                              "something else", confidence=0.9, evidence=f"{verdict.evidence} / {m.group(0)}")
    if other := _record_named_other(msg):
        return Classification("unsure", "unsure: the completion names " + other, confidence=0.4,
                              evidence=verdict.evidence)
    on = msg.date.date() if msg.date else dt.date.today()
    said = next((s for s in re.split(r"(?<=[.!?])\s+", body) if verdict.evidence and verdict.evidence in s), "")
    years = [int(y) for y in _YEAR_SAID.findall(said)]
    if years and all(y < on.year - 1 or (y == on.year - 1 and on.month >= 4) for y in years):
        return Classification("unsure", "unsure: the removal it tells of was done long before this request (an earlier "
                              "one?)", confidence=0.4, evidence=f"{verdict.evidence} / {years[0]}")
    promo = " ".join(fold(msg.subject or "").split()) + " / " + body  # the subject is the promotion's headline too
    if len({m.group(0) for m in _PROMO.finditer(promo)}) >= 2 and not _REPLY_SUBJECT.match(msg.subject or "") \
            and not _OUR_REFERENCE.search(fold(f"{msg.subject}\n{msg.text}")):
        return Classification("other", "other: a promotional mail; a removal it mentions answers no request of ours",
                              confidence=0.9, evidence=verdict.evidence)
    used = next((m for m in _STILL_IN_USE.finditer(body) if not _KEPT_TO_SUPPRESS.search(s := _sentence_at(body, m.start(), m.end()))
                 and _OTHER_PRODUCTS.search(s)), None)
    if m := used or _DISPLAY_ONLY.search(body):
        return Classification("unsure", "unsure: removed from the public sites, the data kept and still used or sold in "
                              "other products; the deletion asked for is not done", confidence=0.4,
                              evidence=f"{verdict.evidence} / {m.group(0)}")
    if (m := _OTHER_CONTROLLER.search(body)) and _WRITE_TO_THEM.search(body):
        return Classification("unsure", "unsure: a deletion by one company, which names another, independent one that holds "
                              "data of the person and must be written to", confidence=0.4,
                              evidence=f"{verdict.evidence} / {m.group(0)}")
    if m := _MADE_PRIVATE.search(body):
        return Classification("unsure", "unsure: the profile was made private (hidden and kept), not deleted", confidence=0.4,
                              evidence=f"{verdict.evidence} / {m.group(0)}")
    if m := _FINALISE.search(body):
        return Classification("unsure", "unsure: says it is done, but asks a person to sign in or confirm to finish it "
                              "(no link is opened)", confidence=0.4, evidence=f"{verdict.evidence} / {m.group(0)}")
    subject = re.sub(r"^\s*\[[^\]]{1,60}\]", "", fold(msg.subject or ""))
    # a colleague's forward: the broker's words are the forwarded answer's, not the colleague's note (branch r34)
    answer = body + (" " + " ".join(reply_text(fwd).partition("\n")[2].split()) if (fwd := _forwarded(msg)) else "")
    named = _REQUEST_NOUN.sub(" ", answer) if _PROCESSED_ONLY.search(verdict.evidence or "") else answer
    if verdict.evidence and _GENERIC_DONE.search(verdict.evidence) and not _outcome_said(named) \
            and not (_outcome_said(subject) and not _REPLY_SUBJECT.match(subject)):
        # "we have processed your request", "su solicitud ha sido procesada", a ticket "solved" with it, and nothing in
        # the broker's words (its body, or a subject of its own, not "Re:" ours) of what was done (deleted, removed,
        # suppressed, no longer shown; "your erasure request is complete" says it): the request was handled, its
        # outcome is not said (set T's first read, 2026-12-02: four such mails read as confirmations)
        return Classification("unsure", "unsure: says the request was processed or completed, not what was done",
                              confidence=0.4, evidence=verdict.evidence)
    return None
# ---- set Q's misses (branch r27) ----------------------------------------------------------------------
# Set Q (tests/replies/setq) was retired to development on 2026-12-02 and its misses read; each class is
# fixed here in the languages it applies to, with wordings of our own in tests/test_replies_r27.py (none a
# set Q sentence), beside the near misses each fix may never turn into a confirmation. As for set P: only
# ``_with`` extensions of the families, read at call time, and one last reading over ``classify``.

# 1. An objection to marketing, or a newsletter left, recorded, the data kept on an internal do-not-mail
#    list ("your objection to direct marketing has been recorded: you will no longer receive our offers"):
#    no deletion was asked or said, a person looks (unsure), as a mailing list left already was
#    (``_OFF_LIST``, read only when no success is).
_MARKETING_OBJECTION = (
    r"\b(?:objection|opposition|opt-?out) (?:to|from) (?:\S+ ){0,3}(?:direct )?(?:marketing|advertising|promotional \S+|mailings?)\b(?: \S+){0,5}? (?:has been|was|is) (?:now )?(?:recorded|registered|noted|processed|applied|logged)\b",
    r"\byou will no longer receive (?:\S+ ){0,2}(?:newsletters?|marketing|promotional|advertising|offers|mailings?)\b",
    r"\bya no (?:recibira|recibiras|va a recibir) (?:\S+ ){0,2}(?:boletin|boletines|newsletter|publicidad|ofertas|correos (?:de )?(?:publicidad|promocionales|marketing|mercadeo))",
    r"\b(?:oposicion|baja) (?:a|al|de) (?:la )?(?:publicidad|mercadeo|marketing|prospeccion|comunicaciones comerciales)\b(?: \S+){0,5}? (?:ha sido|fue|queda|se ha) (?:registrad|anotad|tramitad|aplicad)[oa]\b",
    r"\bopposition (?:a|au|aux) (?:la )?(?:prospection|demarchage|publicite|marketing|sollicitations?)\w*(?: \S+){0,4}? (?:a (?:bien )?ete|est) (?:bien )?(?:enregistree|prise en compte|notee)\b",
    r"\bvous ne recevrez plus (?:\S+ ){0,2}(?:offres|publicites|newsletters?|lettres d'information|sollicitations|courriers publicitaires)\b",
    r"\bwiderspruch gegen (?:\S+ ){0,6}(?:werbe\w*|werbung|marketing\w*)(?: \S+){0,3}? (?:wurde|ist) (?:\S+ )?(?:vermerkt|eingetragen|registriert|gespeichert|umgesetzt|erfasst)\b",
    r"\b(?:sie erhalten|erhalten sie) (?:\S+ )?keine (?:\S+ )?(?:werbung|newsletter|angebote|werbepost) mehr\b",
    r"\bnao (?:recebera|vai receber) mais (?:\S+ ){0,2}(?:newsletters?|ofertas|publicidade|comunicacoes (?:de marketing|promocionais))\b",
    r"\bopposizione al (?:trattamento (?:\S+ ){0,3})?(?:marketing|finalita (?:di )?marketing|pubblicita)\b",
    r"\bnon ricevera piu (?:\S+ ){0,2}(?:comunicazioni (?:promozionali|commerciali|pubblicitarie)|offerte|newsletter)\b",
    r"\b(?:afgemeld|uitgeschreven) voor (?:\S+ ){0,3}(?:reclame|nieuwsbrief|mailings?|aanbiedingen)\b",
    r"\bsprzeciw\w* wobec (?:\S+ ){0,4}(?:marketing\w*|reklam\w*)",
    r"\bnie (?:beda|bedzie) (?:\S+ ){0,2}otrzymywac (?:\S+ ){0,2}(?:ofert|reklam|newsletter)\w*",
)
_OFF_LIST = _with(_OFF_LIST, *_MARKETING_OBJECTION)

# 2. The deletion asked, said to be another request at another place ("want your public profile off our
#    site? that is a separate request: use our opt-out page"), after an account closed, a newsletter left or
#    a sale opt-out done: the next step is a person's, to send it there (needs_info, read last in
#    ``classify``). Only a route for the listing, the profile or the deletion itself: "to close your account
#    too, use the settings page" beside a removal says nothing of the listing.
_ROUTE_FOR_LISTING = _rx(
    # en: the listing or profile, and the page or form for it (the next sentence may name it: "… does not remove
    # public profiles. Those are handled through our opt-out page"); or "to request deletion, visit …". A place
    # has to be named: "the rest is handled through a separate process" (the lead's set Q class) stays a part
    # done, and a "separate request" for someone else's data names no listing (r25's probes).
    r"\b(?:listings?|profiles?|public records?|people-?search|search results)\b[^!?]{0,160}"
    r"\b(?:(?:opt-?out|removal|privacy request|deletion|request|suppression) (?:page|form|portal)|remove a listing)\b",
    r"\b(?:(?:opt-?out|removal|privacy request|deletion) (?:page|form|portal))\b[^.!?]{0,80}"
    r"\b(?:listings?|profiles?|public records?)\b",
    r"\bto (?:request|ask for) (?:\S+ ){0,4}(?:deletion|removal|erasure)\b[^.!?]{0,80}\b(?:visit|use|go to|submit)\b",
    r"\bseparate request\W{1,3}(?:remove|delete|opt out|suppress) (?:a |your |the |my )?(?:listing|profile|record)s?\b",  # its link's words
    # es, pt, fr, de, it, nl: the same
    r"\b(?:perfil(?:es)?|ficha|registros? publicos?)\b[^!?]{0,160}"
    r"\b(?:(?:pagina|formulario|portal) de (?:exclusion|solicitudes|eliminacion|baja|privacidad)|solicitud (?:aparte|separada|independiente))\b",
    r"\bpara (?:pedir|solicitar) (?:\S+ ){0,5}(?:eliminacion|supresion|borrado)\b[^.!?]{0,80}\b(?:visite|use|utilice|envie|complete)\b",
    r"\b(?:perfis|perfil|registros? publicos?)\b[^!?]{0,160}"
    r"\b(?:(?:pagina|formulario) de (?:exclusao|remocao|solicitacao|privacidade)|(?:pedido|solicitacao) (?:separad[oa]|a parte))\b",
    r"\bpara (?:pedir|solicitar) (?:\S+ ){0,5}(?:exclusao|eliminacao|remocao)\b[^.!?]{0,80}\b(?:visite|use|utilize|envie|preencha)\b",
    r"\b(?:fiches?|profils?)\b[^!?]{0,160}\b(?:(?:page|formulaire) de (?:suppression|desinscription|demande|retrait)|demande (?:distincte|separee|a part))\b",
    r"\bpour (?:demander|obtenir) (?:\S+ ){0,5}(?:suppression|effacement)\b[^.!?]{0,80}\b(?:rendez-vous|utilisez|consultez|remplissez)\b",
    r"\b(?:eintrag|eintrage|profil|profile)\b[^!?]{0,160}\b(?:(?:losch|opt-?out|widerspruchs|antrags)\w*(?:seite|formular)|(?:separaten?|gesonderten?|eigenen?) antrag)\b",
    r"\bprofil[oi]\b[^!?]{0,160}\b(?:(?:pagina|modulo) (?:di|per la) (?:cancellazione|rimozione|opt-?out|richiesta)|richiesta separata)\b",
    r"\b(?:profiel|profielen|vermelding)\b[^!?]{0,160}\b(?:(?:verwijder|opt-?out|aanvraag)\w*(?:pagina|formulier)|apart verzoek|afzonderlijk verzoek)\b",
    # tl: "hiwalay na request iyon sa aming opt-out page"; ko: "별도로 삭제를 요청하셔야" (a separate request to delete)
    r"\b(?:profile|listing|public record)\b[^!?]{0,160}\bhiwalay na (?:request|kahilingan)\b[^.!?]{0,40}\b(?:page|form|pahina|site)\b",
    _ko(r"\ubcc4\ub3c4(?:\ub85c|\uc758)? (?:\S+ ){0,2}(?:\uc0ad\uc81c|\uc694\uccad)"),
)
#: The readings a named route turns into an ask: nothing a person may act on as a success was read.
_ROUTE_READINGS = frozenset({"unsure", "other"})
_ROUTE_REFUSALS = frozenset({"publicly available", "processed as do-not-sell only"})

# 3. "We do not take deletion requests by e-mail: please use our online form (or DROP, or our portal)": the
#    request is not answered on its merits; the broker says how to ask, and the next step is a person's, to
#    send it there: needs_info (the CCPA's regulations let a business that will not treat a request sent
#    another way tell the consumer how to submit it instead). Refused only when the broker also declines
#    the deletion itself (exempt, not a resident, no record, not a data broker, identity not verified, kept
#    by law: that reason is read first), or names no route where it will act: "log in and delete it
#    yourself" (self-service only, set N2) stays a refusal, and "sign in to approve the request" is an ask
#    to confirm (verify_link, with no link to open: a log-in page is never opened for a person).
_NOT_BY_EMAIL = _rx(
    # r30: "we cannot process deletion requests sent to this address"; "requests sent to this mailbox will not be processed"
    r"\b(?:do not|don't|cannot|can't|are unable to|are not able to) (?:\S+ ){0,2}(?:accept|process|take|handle|action|honou?r)\b(?: \S+){0,4}? (?:sent|submitted|addressed|received) to this (?:e-?mail )?(?:address|mailbox|inbox)\b",
    r"\brequests? (?:sent|submitted|addressed) to this (?:e-?mail )?(?:address|mailbox|inbox) (?:will|can|cannot|can't|won't|are|is) (?:not )?(?:be )?(?:processed|answered|actioned|handled|read)\b",
    r"\bno (?:podemos )?(?:tramitar|procesar|atender|aceptar|tramitamos|procesamos|atendemos|aceptamos) (?:\S+ ){0,4}(?:enviad|remitid|dirigid)[oa]s a (?:esta|este) (?:direccion|correo|buzon|cuenta)\b",
    r"\bnao (?:podemos )?(?:processar|tratar|atender|aceitar|processamos|tratamos|atendemos|aceitamos) (?:\S+ ){0,4}enviad[oa]s para (?:este|esta) (?:endereco|e-?mail|caixa)\b",
    r"\bne (?:pouvons|traitons|acceptons) pas (?:\S+ ){0,4}(?:envoyee?s?|adressee?s?) a cette adresse\b",
    r"\b(?:do not|don't|cannot|can't|no longer|are unable to|are not able to) (?:\S+ ){0,2}(?:accept|process|take|handle|receive|action|honou?r)\b(?: \S+){0,6}? (?:by|via|over|through|sent by|submitted by|received by|sent via|submitted via|received via) e-?mail\b",
    r"\bno (?:aceptamos|tramitamos|procesamos|atendemos|recibimos|gestionamos|podemos (?:aceptar|tramitar|procesar|atender)) (?:\S+ ){0,5}por (?:correo(?: electronico)?|e-?mail)\b",
    r"\bnao (?:aceitamos|processamos|tratamos|atendemos|recebemos|podemos (?:aceitar|processar|atender)) (?:\S+ ){0,5}por e-?mail\b",
    r"\bne (?:traitons|acceptons|prenons|pouvons) pas (?:\S+ ){0,5}par (?:courriel|e-?mail|courrier electronique)\b",
    r"\b(?:bearbeiten|akzeptieren|nehmen) (?:\S+ ){0,4}(?:nicht|keine) (?:\S+ ){0,3}per e-?mail\b|\bper e-?mail (?:\S+ ){0,3}(?:nicht|keine) (?:\S+ ){0,2}(?:bearbeit|akzeptier|entgegen)\w*",
    r"\bnon (?:accettiamo|trattiamo|gestiamo|possiamo (?:accettare|gestire|trattare)) (?:\S+ ){0,5}(?:via|per|tramite) e-?mail\b",
    r"\b(?:nemen|behandelen|accepteren|verwerken) (?:\S+ ){0,4}niet (?:\S+ ){0,2}(?:per|via) e-?mail\b",
)
_OTHER_ROUTE = _rx(
    r"\b(?:use|submit|send|fill (?:in|out)|complete|make|file|go through) (?:\S+ ){0,6}(?:(?:web|online|request|privacy|opt-?out|removal|deletion) ?form|form at|our form|portal|drop)\b",
    r"\bthrough (?:\S+ ){0,3}(?:(?:web|online|request|privacy) ?form|portal|drop)\b",
    r"\b(?:envie|use|utilice|complete|llene|rellene|presente|haga) (?:\S+ ){0,6}(?:formulario|portal|drop)\b|\bmediante (?:\S+ ){0,2}(?:formulario|portal)\b",
    r"\bpuede (?:presentar|enviar|hacer) (?:\S+ ){0,4}(?:en|por|mediante|a traves de) (?:la plataforma )?drop\b",
    r"\b(?:envie|use|utilize|preencha|faca) (?:\S+ ){0,6}(?:formulario|portal)\b|\b(?:pelo|atraves do|por meio do) (?:\S+ ){0,2}(?:formulario|portal)\b",
    r"\b(?:utilisez|utiliser|remplissez|remplir|soumettez|soumettre|passez par) (?:\S+ ){0,5}(?:formulaire|portail)\b|\bvia (?:notre |le )?(?:formulaire|portail)\b",
    r"\b(?:nutzen|verwenden|benutzen|fullen) sie (?:\S+ ){0,5}(?:formular|portal)\w*|\buber (?:unser|das) (?:\S+ )?(?:formular|portal)\w*",
    r"\b(?:utilizzi|utilizzare|compili|compilare|invii|inviare|usi) (?:\S+ ){0,5}(?:modulo|portale)\b|\btramite (?:il )?(?:nostro )?(?:modulo|portale)\b",
    r"\b(?:gebruik|vul|dien) (?:\S+ ){0,5}(?:formulier|portaal)\b|\bvia (?:ons |het )?(?:\S+)?(?:formulier|portaal)\b",
)

# 4. An office closed for a holiday and reopening on a date ("our office is closed for the Thanksgiving
#    holiday and will reopen on Monday"; "estamos em recesso de fim de ano"; "办公室目前休假"): an
#    out-of-office, whatever it promises for the return, as "out of the office until" already was.
_OOO = _with(
    _OOO,
    r"\b(?:office|offices|team) (?:is|are) (?:\S+ )?closed for (?:the )?(?:\S+ ){0,2}?(?:holidays?|break|vacation|recess)\b",
    r"\b(?:will|shall) reopen (?:on|after|in)\b",
    r"\b(?:oficina|oficinas) (?:esta|estan|permanecera|permaneceran) (?:\S+ )?cerrad[oa]s? por (?:\S+ ){0,2}?(?:fiestas|festivo|feriado|vacaciones|receso)\b",
    r"\bestamos en (?:receso|periodo de vacaciones)\b", r"\bestamos em (?:recesso|ferias coletivas)\b", r"\bem recesso de fim de ano\b",
    r"\bfermee?s? pour (?:les )?(?:fetes|conges|vacances)\b", r"\bbetriebsferien\b", r"\bchius[oi] per (?:le )?(?:festivita|ferie|vacanze)\b",
    r"(?:办公室|辦公室)(?:目前|现在|現在)?(?:休假|放假)|(?:恢复|恢復)办公|(?:恢復)辦公",
)

# 5. A person's short receipt, passing the letter on to the team that acts ("Got it, thanks. Passing this to
#    the data team."; "Recibido, gracias. Lo pasamos al equipo de datos."): acknowledged, as "I've
#    forwarded your message to our privacy team" already was.
_ACK = _with(
    _ACK,
    r"\b(?:passing|passed|handing|handed|sending|sent|forwarding|routing|routed|escalating|escalated) (?:this|it|your (?:request|message|e-?mail|letter)) (?:on |over |along )?(?:to|with) (?:the|our) (?:\S+ ){0,2}(?:team|department|desk|office|colleagues)\b",
    r"\b(?:lo|la|se lo|se la) (?:pasamos|pase|paso|remitimos|reenviamos|derivamos|trasladamos|enviamos) (?:al|a nuestro|a nuestra|a la) (?:\S+ )?(?:equipo|departamento|area|oficina)\b",
    r"\b(?:nous )?(?:le |la |l')?(?:transmettons|transferons|faisons suivre) (?:\S+ )?(?:a|au|a l') ?(?:notre |l')?(?:equipe|service)\b",
    r"\b(?:leiten|geben) (?:\S+ ){0,3}an (?:unser|unsere|das|die) (?:\S+ )?(?:team|abteilung|kollegen) weiter\b",
    r"\b(?:encaminhamos|repassamos|passamos|enviamos) (?:\S+ )?(?:para|a|ao|a) (?:a |o |nossa |nosso )?(?:equipe|time|setor|departamento)\b",
    r"\b(?:inoltriamo|passiamo|trasmettiamo|giriamo) (?:\S+ ){0,2}(?:al|alla) (?:nostro |nostra )?(?:team|reparto|ufficio|squadra)\b",
    r"\b(?:sturen|geven|zetten) (?:het|dit|uw (?:verzoek|bericht)) door (?:aan|naar) (?:het|ons|onze) (?:\S+ )?(?:team|afdeling)\b",
)

# 6. A deletion said in forms no rule read: a quantifier between the auxiliary and "been" ("the two
#    profiles have each been deleted", "have both / all been removed"); Spanish's third-person preterite after
#    its subject ("el equipo de datos ya eliminó los registros", folded "elimino": after a team or office as
#    its subject no first-person present) and "fue removido"; Swedish's subordinate order ("att profilen
#    inte längre visas", beside r21's main-clause "visas inte längre"). A future, a negation, a condition
#    or a question in the sentence still voids each, as for every success.
_R27_DONE = (
    r"\b(?:has|have) (?:each|all|both|also|since) been (?:successfully |permanently |fully )?(?:deleted|removed|erased|purged|suppressed|taken down)\b",
    r"\b(?:equipo|departamento|area|oficina|personal|servicio)\b(?: (?!(?:no|nunca|jamas|si|cuando)\b)\S+){0,4}? (?:ya )?(?:elimino|borro|suprimio|retiro|quito|dio de baja) (?:los|las|el|la|sus|su|todos|todas|toda|todo|de)\b",
    r"\b(?:fue|fueron|ha sido|han sido) (?:\S+ )?(?:removid|quitad)[oa]s?\b",
    r"\binte (?:langre|langer) (?:\S+ )?(?:visas|syns|publiceras|ar synlig|ar sokbar)\b",
)
_CONFIRMED = _with(_CONFIRMED, *_R27_DONE)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_R27_DONE[:3])
#    A deletion "that will not come back in search" is the deletion's lasting, not a part left undone, as "so
#    that it is not republished" (``_NOT_AGAIN``).
_NOT_AGAIN = _with(
    _NOT_AGAIN,
    r"\b(?:will not|won't|shall not|should not|does not|doesn't) (?:\S+ )?(?:come back|return|reappear|resurface|show up again|be back)\b",
    r"\bno (?:volvera|volveran|vuelva|vuelvan) (?:\S+ )?(?:a salir|a estar)\b", r"\bne (?:reviendra|reviendront|reapparaitra|reapparaitront) pas\b",
    r"\b(?:kommt|kommen) (?:\S+ )?nicht (?:wieder|zuruck)\b",
)

# 7. A receipt told as a queue or a next update ("está en nuestra cola y normalmente se completa en 72 horas";
#    "se eliminará en nuestra próxima actualización"; Haitian Creole "nan pwochen mizajou done nou yo"):
#    acknowledged, as the English and r26's scheduled removals already were.
_ACK = _with(
    _ACK,
    r"\b(?:esta|se encuentra|quedo|queda) en (?:nuestra )?cola\b", r"\brecibira (?:un|otro) (?:segundo )?(?:correo|e-?mail|mensaje) cuando\b",
    r"\bse (?:eliminara|borrara|quitara|retirara|suprimira) (?:\S+ ){0,8}?(?:proxima|siguiente) (?:actualizacion|publicacion|carga|ciclo)\b",
    r"\best(?:a|a) na (?:nossa )?fila\b", r"\best dans (?:notre )?file d'attente\b", r"\bin (?:unserer )?warteschlange\b",
    r"\b(?:nan|nan) pwochen (?:mizajou|mizajou)\b", r"\bap (?:disparet|disparet|retire|efase) nan pwochen\b",
)
_SCHEDULED = _with(_SCHEDULED, r"\bpwochen mizajou\b")

# 8. A request closed "sin tomar ninguna medida" / "without taking any steps": closed without action (refused);
#    a GDPR extension said with the months before the term ("ampliamos en dos meses el plazo"); "we are not in a
#    position to erase" (declined: the retention law after it is the reason, read by a person).
_NOTHING_DONE = _with(
    _NOTHING_DONE,
    r"\bwithout taking (?:any )?(?:steps|measures)\b", r"\bsin (?:tomar|adoptar|aplicar) (?:ningun[oa]? )?(?:medidas?|accion(?:es)?)\b",
    r"\bsans (?:prendre|donner) (?:aucune )?(?:mesure|suite)\b", r"\bsem (?:tomar|adotar) (?:nenhuma )?(?:medida|providencia)\b",
    r"\bsenza (?:intraprendere|adottare) (?:alcuna )?(?:azione|misura)\b", r"\bohne (?:\S+ )?(?:massnahmen|schritte) zu (?:ergreifen|unternehmen)\b",
)
_EXTENDED = _with(
    _EXTENDED,
    r"\b(?:ampliamos|prorrogamos|extendemos) en (?:dos|tres|\d{1,2}) (?:meses|dias) el plazo\b",
    r"\b(?:prorrogamos|ampliamos|estendemos) (?:em|por) (?:dois|tres|\d{1,2}) (?:meses|dias) o prazo\b",
    r"\b(?:prolongeons|prorogeons) de (?:deux|trois|\d{1,2}) mois le delai\b",
)
_REFUSED = [(reason, _with(rx, r"\b(?:are|am) not in a position to (?:erase|delete|remove|comply with|action|grant)\b",
                           r"\bno estamos en (?:condiciones|disposicion) de (?:suprimir|eliminar|borrar|atender)\b",
                           r"\bne sommes pas en mesure d'(?:effacer|supprimer)\b", r"\bnicht in der lage,? (?:\S+ ){0,4}zu (?:loschen|entfernen)\b"))
            if reason == "declined" else (reason, rx) for reason, rx in _REFUSED]

# 9. A refusal's words under the person's own condition ("si no lo hace, la solicitud vencerá y el perfil
#    seguirá público"; "if you do not, … will remain public"): what the broker says happens if the person does
#    not confirm, not a decision. Spanish, Portuguese, French, German, Italian and Dutch forms of "if you do
#    not (do it)", as English "if you do not" already was.
_YOUR_STEP_IF = _with(
    _YOUR_STEP_IF,
    r"\bsi no lo (?:hace|haces|hacen|confirma|confirmas)\b", r"\bse (?:nao|voce nao) o (?:fizer|confirmar)\b", r"\bsi vous ne le faites pas\b",
    r"\bandernfalls\b|\bwenn sie (?:dies|das) nicht tun\b", r"\bse non lo fa\b|\baltrimenti\b", r"\bals u dat niet doet\b|\banders\b(?= (?:vervalt|wordt|blijft))",
)


def _route_elsewhere(text: str) -> str | None:
    """The words naming another route for the deletion: a sentence that says the broker takes none by e-mail
    beside a route it names (its form, portal or DROP), or one that names the listing's separate request or
    page. The route may be named before the sentence ("we take requests only through DROP … we cannot process
    requests sent to this address", branch r30) or after it."""
    for sentence in _sentences(text):
        at = text.find(sentence)
        if (no := _NOT_BY_EMAIL.search(sentence)) and (route := _OTHER_ROUTE.search(text[max(0, at - 600):at + 600])):
            return f"{no.group(0)} / {route.group(0)}"
    return None


_classify_r26 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then set Q's routes (branch r27)
    """As before (``_classify_r26``); then a reply that sends the deletion to another route (class 2 and 3
    above) is an ask (needs_info): a person sends it there."""
    verdict = _classify_r26(msg)
    if verdict.kind in ("confirmed", "verify_link") and verdict.confidence >= ACT_CONFIDENCE:
        return verdict
    if verdict.kind == "refused" and verdict.reason in ("exempt", "publicly available") and (
            kept := _DELETED_EXCEPT.search(" ".join(reply_text(msg).split()))):
        # "we deleted what we are not required to keep; some is kept under a legal basis": a part done, the rest
        # kept; a person reads which is which (class 14)
        return Classification("unsure", "unsure: deleted what it need not keep, the rest kept under an exemption",
                              confidence=0.4, evidence=f"{kept.group(0)} / {verdict.evidence}")
    if verdict.kind == "refused" and verdict.reason == "no record" and _second_one_not_found(msg, verdict.evidence) \
            and (part := _part_done(reply_text(msg))):
        # "we deleted the records of the first address; we found none for the second": one of two, a person
        # reads which (class 21), never a refusal of the whole
        return Classification("unsure", "unsure: one of the addresses or listings deleted, none found for the other",
                              confidence=0.4, evidence=f"{part} / {verdict.evidence}")
    if verdict.kind == "unsure" and _UNSUB_FOOTER.search(msg.text):
        # "… you will receive a second e-mail when it is done. To stop receiving marketing e-mails, unsubscribe
        # here": the footer leaves nothing of the request undone; only a receipt is taken from the rest
        again = _classify_r26(replace(msg, text=_UNSUB_FOOTER.sub(" ", msg.text), html_text=""))
        if again.kind == "acknowledged":
            return replace(again, rule=again.rule + " (beside an unsubscribe footer)")
    if verdict.kind in ("acknowledged", "other", "unsure") and (login := _LOGIN_TO_APPROVE.search(
            " ".join(reply_text(msg).split()))):
        return Classification("verify_link", "verify_link: asks to sign in and approve the request: a person does it, "
                              "no link is opened", confidence=THIN_OTHER, evidence=login.group(0))
    refusal = verdict.kind == "refused" and (verdict.reason in _ROUTE_REFUSALS or verdict.reason == "declined")
    if verdict.kind not in _ROUTE_READINGS and verdict.kind not in ("confirmed", "acknowledged") and not refusal:
        return verdict
    text = " ".join(reply_text(msg).partition("\n")[2].split())  # the body: the subject line is often ours
    if verdict.kind != "confirmed" and (elsewhere := _route_elsewhere(text)) and not _ROUTE_MERITS.search(text):
        return Classification("needs_info", "needs_info: takes no request by e-mail, and names the route that does",
                              confidence=0.9, evidence=elsewhere)
    if verdict.kind == "acknowledged" or (verdict.kind == "refused" and verdict.reason == "declined"):
        return verdict  # a receipt, or a refusal with no route: the separate request named is read only beside a part done
    if (m := _ROUTE_FOR_LISTING.search(text)) and not _LISTING_DONE.search(text):
        return Classification("needs_info", "needs_info: something else was done; the listing's deletion is a separate "
                              "request, and the reply names where", confidence=0.9, evidence=m.group(0))
    return verdict


#: A refusal on the merits beside "not by e-mail": the reason is the answer (read by the refusal rules first).
_ROUTE_MERITS = _rx(r"\b(?:exempt|fcra|glba|not a (?:california )?resident|not (?:a|an) data broker|in any case|regardless)\b",
                    r"\b(?:exent[oa]|no (?:es|somos) (?:un )?(?:corredor|intermediario) de datos|en cualquier caso)\b")
#: The listing or profile itself said removed (in a past form, negated or not): the route then named is for
#: something else, another site of a family (set M es-24) or another listing, and the part done stays unsure.
_LISTING_DONE = _rx(
    r"\b(?:deleted|removed|erased|suppressed|took down|taken down|unpublished)\b(?:[^.!?]|\.(?=\S)){0,120}\b(?:listings?|profiles?|records? (?:about|for|of)|reports?)\b",
    r"\b(?:listings?|profiles?)\b(?:[^.!?]|\.(?=\S)){0,120}\b(?:has|have|was|were) (?:\S+ )?(?:deleted|removed|erased|suppressed|taken down)\b",
    r"\b(?:eliminamos|borramos|removimos|quitamos|retiramos|suprimimos|excluimos|removemos|apagamos)\b(?:[^.!?]|\.(?=\S)){0,120}\b(?:perfil|perfiles|ficha|anuncio|registro)\b",
    r"\b(?:perfil|ficha|anuncio)\b(?:[^.!?]|\.(?=\S)){0,120}\b(?:fue|ha sido|foi) (?:\S+ )?(?:eliminad|borrad|removid|retirad|excluid)",
    r"\b(?:avons|a ete) (?:\S+ )?(?:supprime|retire|efface)e?\b(?:[^.!?]|\.(?=\S)){0,120}\b(?:fiche|profil)\b",
)

# 10. Swedish "om" after a noun is "about" ("personuppgifterna om din klient har raderats": the data about your
#     client), not "if" ("om din ansökan godkänns"): r17's condition read "om din" anywhere. A condition's "om"
#     opens its clause; after the data's, the request's or the person's noun it is the preposition. The pattern
#     is rebuilt in place, every other condition as it was.
_SV_ABOUT = r"(?<!\buppgifter )(?<!\buppgifterna )(?<!\bpersonuppgifter )(?<!\bpersonuppgifterna )(?<!\binformation )(?<!\binformationen )" \
            r"(?<!\bdata )(?<!\bbegaran )(?<!\bbegaran )(?<!\bansokan )(?<!\bprofilen )(?<!\bprofil )(?<!\bregistret )(?<!\bfragan )(?<!\barendet )"
_SV_IF = r"\b(?:om (?:du|vi|ni|det|dina|din|uppgifterna)|nar|sa snart|efter att|kommer)\b"
assert _SV_IF in _CONDITION.pattern
_CONDITION = re.compile(_CONDITION.pattern.replace(_SV_IF, r"\b(?:" + _SV_ABOUT + r"om (?:du|vi|ni|det|dina|din|uppgifterna)|nar|sa snart|efter att|kommer)\b"))

# 11. A processor or service provider named beside its clients as publishers, advertisers, websites or apps
#     ("acts as a processor for the publishers and advertisers who use our platform … contact the website"),
#     and in Chinese and Japanese ("我們僅為客戶處理資料的受託方 … 請向 … 經營者提出"; "当社は委託先として …
#     委託元の事業者様へ"): refused, the person sent back to the business, as in the seven languages.
_REFUSED = [(reason, _with(
    rx,
    r"\b(?:service provider|(?:data )?processor)s? (?:on behalf of|for) (?:our |its |the )?(?:publishers|advertisers|websites|apps|partners|controllers|brands|retailers)\b",
    r"(?:受託方|受托方|受託者|受托者)(?:.{0,40})(?:请向|請向|联系|聯繫|聯絡)",
    r"委託先として|委託元(?:の事業者)?(?:様)?(?:へ|に)",
)) if reason == "service provider" else (reason, rx) for reason, rx in _REFUSED]

# 12. A ticket closed with its title quoted between its number and its state ('your ticket #123 "Request to
#     delete personal information" has been closed'): closed, nothing said done (unsure), never a receipt.
_CLOSED = _with(
    _CLOSED,
    r"\b(?:ticket|request|case|solicitud|caso|demande|anfrage|pedido|richiesta|verzoek) (?:#?\S+ ){0,2}[\"\u201c\u00ab][^\"\u201d\u00bb]{1,100}[\"\u201d\u00bb] "
    r"(?:has been|was|is now|ha sido|fue|a ete|wurde|foi|e stato|e stata|is) (?:closed|cerrad[oa]|fermee?|geschlossen|encerrad[oa]|fechad[oa]|chius[oa]|gesloten)\b",
)

# 13. A receipt said in Spanish's passive with its number between ("su solicitud de privacidad GR-1234 fue
#     recibida y asignada"), and a status table's "in progress" row ("Estado | En proceso"): acknowledged.
_ACK = _with(
    _ACK,
    r"\b(?:solicitud|peticion)(?: \S+){0,4}? (?:fue|ha sido) (?:recibida|registrada|asignada)\b", r"\brespondemos (?:dentro de|en un plazo de|en) \d{1,3} dias\b",
    r"\b(?:status|state) ?[|:] ?(?:in progress|pending|received|open|under review|processing)\b",
    r"\bestado ?[|:] ?(?:en proceso|en tramite|pendiente|recibida|en revision|abierta)\b", r"\bstatus ?[|:] ?(?:em andamento|em analise|pendente|recebid[oa])\b",
    r"\bstatut ?[|:] ?(?:en cours|en attente|recue)\b", r"\bstatus ?[|:] ?(?:in bearbeitung|offen|eingegangen)\b",
    r"\bstato ?[|:] ?(?:in corso|in lavorazione|in attesa)\b", r"\bstatus ?[|:] ?(?:in behandeling|ontvangen)\b",
)

# 14. Spanish "we deleted what we are not required to keep; some is kept where there is a legal basis": the rest
#     kept (unsure), as the English "except what we must retain" (probe pass 25), never an exemption refused.
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:que|la que|lo que) no (?:estamos|esta|estemos) obligad[oa]s? a conservar\b", r"\bse conserva(?:n|ra|ran)? (?:cierta|algun[oa]s?|parte de la|determinad[oa]s?) (?:\S+ )?(?:informacion|datos)\b",
    r"\b(?:que|a que|o que) nao (?:somos|estamos) obrigad[oa]s? a (?:manter|conservar|reter)\b",
    r"\bque nous ne sommes pas tenus de conserver\b", r"\bdie wir nicht aufbewahren mussen\b",
)

# 15. Vietnamese "chúng tôi đã gỡ hồ sơ … và xóa bản ghi" and Tagalog "natanggal na ang listing": a deletion in a
#     completed form (0.85, a person reads it: these languages are read in part); "chưa gỡ", "sẽ gỡ", "hindi pa
#     natanggal", "matatanggal" are none.
_CONFIRMED = _with(
    _CONFIRMED,
    r"\bđa (?:go|go bo|loai bo|xoa bo) (?:\S+ ){0,3}(?:ho so|thong tin|du lieu|ban ghi|trang|danh sach)\b",
    r"\b(?:natanggal|naalis|inalis) na (?:ang|namin ang) (?:\S+ )?(?:listing|profile|impormasyon|datos|record)\b",
)

# 16. Chinese "您已成功退订我们的营销邮件": a mailing list left (unsure), as ``_OFF_LIST`` in the seven languages.
_OFF_LIST = _with(_OFF_LIST, r"(?:退订|退訂|取消订阅|取消訂閱)(?:了)?(?:我们的|我們的)?(?:营销|營銷|推广|推廣|促销|促銷)?(?:邮件|郵件|电子报|電子報)")

# 17. A log-in page to approve the request ("sign in to your account and approve it under Settings"; "inicie
#     sesión en su cuenta y apruébela"): an ask to confirm that only a person can do, verify_link with no link
#     (a log-in page is never opened for a person; read last in ``classify``).
_LOGIN_TO_APPROVE = _rx(
    r"\b(?:sign|log) ?(?:in|into|on)(?: to)? (?:\S+ ){0,4}(?:account|portal)\b[^.!?]{0,80}\b(?:approve|confirm|verify|finish|complete)\b",
    r"\bto (?:finish|complete|approve|confirm) (?:\S+ ){0,4}(?:request|removal|deletion|opt-?out)\b[^.!?]{0,40}\b(?:sign|log) ?(?:in|into|on)\b",
    r"\binici[ea] sesion (?:\S+ ){0,5}(?:cuenta|portal)\b[^.!?]{0,80}\b(?:apruebe|apruebela|confirme|confirmela|verifique|termine)\b",
    r"\bpara (?:terminar|completar|aprobar|confirmar) (?:\S+ ){0,5}(?:solicitud|baja|exclusion|eliminacion)\b[^.!?]{0,40}\binici[ea] sesion\b",
    r"\b(?:faca|fazer) (?:o )?login (?:\S+ ){0,5}(?:conta|portal)\b[^.!?]{0,80}\b(?:aprove|confirme|conclua)\b",
    r"\bconnectez-vous (?:\S+ ){0,5}(?:compte|portail)\b[^.!?]{0,80}\b(?:approuvez|confirmez|validez)\b",
)

#: A mailing footer's unsubscribe line ("To stop receiving marketing e-mails from us, unsubscribe here"), on
#: the unfolded text: one sentence or line.
_UNSUB_FOOTER = re.compile(  # a sentence's words bounded either side (pass 54: an unbounded start rescanned the line at each character)
    r"[^.!?\n]{0,400}\b(?:to stop receiving|if you (?:no longer|do not) wish to receive|to unsubscribe from|para dejar de recibir|si ya no desea recibir"
    r"|pour ne plus recevoir|para deixar de receber|per non ricevere pi[uù]|um keine [^.!?\n]{0,40}mehr zu erhalten|om geen [^.!?\n]{0,40}meer te ontvangen)"
    r"\b[^.!?\n]{0,400}[.!?]?", re.IGNORECASE)
#: A deletion of what the broker need not keep (class 14), in a completed form.
_DELETED_EXCEPT = _rx(
    r"\b(?:deleted|removed|erased) (?:\S+ ){0,5}(?:that )?(?:we are|we're) not (?:required|obliged|obligated) (?:by law )?to (?:retain|keep)\b",
    r"\b(?:eliminamos|borramos|suprimimos|hemos eliminado|hemos borrado|hemos suprimido) (?:\S+ ){0,5}que no (?:estamos|esta) obligad[oa]s? a conservar\b",
    r"\b(?:excluimos|eliminamos|apagamos) (?:\S+ ){0,5}que nao (?:somos|estamos) obrigad[oa]s? a (?:manter|conservar|reter)\b",
    r"\b(?:avons )?(?:supprime|efface) (?:\S+ ){0,5}que nous ne sommes pas tenus de conserver\b",
)


# 19. A broker's answer a person forwarded "as attachment" (message/rfc822 under "Fwd:", their own lines a short
#     note): read as the inline forward is (branch r20): by the forwarded mail, its success or link going to a
#     person (``_classify`` caps them below the confidence acted on). Not a letter of ours (an OPT- token), not a
#     mail of the forwarder's own organisation, not a bounce (read before any of this).
_forwarded_inline = _forwarded


def _forwarded(msg: Incoming) -> Incoming | None:  # noqa: F811 - the inline forward, then one attached (branch r27)
    inline = _forwarded_inline(msg)
    if inline is not None or not msg.attached_messages or not _FORWARD_SUBJECT.match(msg.subject):
        return inline
    if len(msg.text.strip()) > _FORWARD_OWN_MAX or _FORWARD_HEAD.search(msg.text):
        return None
    inner = _parse_bounded(msg.attached_messages[0])
    sender = fold(inner.from_addr)
    if _OUR_TOKEN.search(f"{inner.subject}\n{inner.text}") or not inner.from_addr \
            or (msg.from_domain and msg.from_domain in sender):
        return None  # our own letter, or a note of the forwarder's own organisation
    return replace(msg, subject=inner.subject, text=inner.text, html_text=inner.html_text, links=inner.links,
                   anchors=inner.anchors, attachments=inner.attachments)


# 20. Greek (GDPR replies from Greek and Cypriot brokers; set Q's el-01, el-02 read "other", no rules): the states
#     a reply really takes, conservative as the other languages read in part. A deletion only in a completed form
#     (the passive aorist "διαγράφηκαν" / "αφαιρέθηκε", the perfect "έχουν διαγραφεί", "διαγράψαμε"), at 0.85 (a
#     person reads it, named as Greek for translation); never the future ("θα διαγραφούν"), a negation ("δεν",
#     "ακόμη"), a condition ("αν", "εάν", "όταν", "μόλις", "αφού") or a mailing list ("διαγράφηκε από τη λίστα
#     των ενημερωτικών δελτίων": a newsletter left, unsure). Words checked against the Greek text of GDPR Art. 17
#     ("δικαίωμα διαγραφής", "διαγραφή δεδομένων προσωπικού χαρακτήρα") and Greek account-deletion pages; read
#     folded (accents off, final sigma kept).
_EL_DONE = (
    r"\b(?:διαγραφηκε|διαγραφηκαν|αφαιρεθηκε|αφαιρεθηκαν|εξαλειφθηκαν|(?:εχουν|εχει) (?:ηδη )?(?:διαγραφει|αφαιρεθει)"
    r"|διαγραψαμε|αφαιρεσαμε|εχουμε (?:ηδη )?(?:διαγραψει|αφαιρεσει))\b",
)
_CONFIRMED = _with(_CONFIRMED, *_EL_DONE)
_NOT_DONE = _with(_NOT_DONE, r"\b(?:δεν|ακομα|ακομη|ουτε|μην)\b")
_CONDITION = _with(_CONDITION, r"\b(?:θα|εαν|αν|οταν|μολις|αφου|εφοσον|σε περιπτωση)\b")
_NOT_YET = _with(_NOT_YET, r"\b(?:δεν|ακομα δεν|ακομη δεν) (?:εχουν |εχει )?(?:διαγραφ|αφαιρε)\w*")
_LIST_ONLY = _with(_LIST_ONLY, r"\b(?:λιστα|λιστες) (?:\S+ ){0,3}(?:ενημερωτικ\w*|αλληλογραφιας|διαφημισ\w*|προωθητικ\w*|newsletter)")
_OFF_LIST = _with(_OFF_LIST, r"\b(?:διαγραφηκε|διαγραφηκατε|αφαιρεθηκε) (?:\S+ ){0,3}απο (?:τη|την) λιστα\b")
#    The Greek question mark (U+037E) folds to ";": a Greek word ending its sentence with it asks ("Διαγράφηκαν
#    τα δεδομένα μου;"), as "?" does.
_QUESTION = re.compile(_QUESTION.pattern + r"|[\u0370-\u03ff][^\W\d_]*\s*;\s*$")
#    (branch r30) GDPR Art. 12(5)'s refusal in Greek, Polish and Romanian ("προδήλως αβάσιμο ή υπερβολικό",
#    "ewidentnie nieuzasadnione lub nadmierne", "vădit nefondate sau excesive"), as in the seven languages.
_REFUSED = [(reason, _with(rx, r"\bπροδηλως (?:αβασιμ|υπερβολικ)\w*", r"\bewidentnie (?:nieuzasadnion|nadmiern)\w*", r"\bvadit (?:nefondat|excesiv)\w*"))
            if reason == "manifestly unfounded or excessive" else (reason, rx) for reason, rx in _REFUSED]
#    (class 2) the listing said removed in Tagalog and Haitian Creole ("binura na namin ang iyong listing", "nou efase
#    fich ou a"): a route then named is for another site of a family (r26's class), the part done stays unsure.
_LISTING_DONE = _with(
    _LISTING_DONE,
    r"\b(?:binura|inalis|tinanggal|nabura|natanggal|naalis)(?: na)?(?: namin)?(?: ang)? (?:\S+ ){0,3}(?:listing|profile|impormasyon|record)\b",
    r"\b(?:efase|retire)\b (?:\S+ ){0,3}(?:fich|lis|pwofil|profil|enfòmasyon|enfomasyon)\b",
)

# 21. One address or listing of two deleted, none found for the other ("we deleted the records tied to the first
#     address; we found nothing linked to the second one"): the part done and the rest not found, unsure (read
#     last in ``classify``), as set Q labels one of two; never a refusal of the whole nor a confirmation.
_SECOND_ONE = _rx(
    r"\b(?:second|other|another|remaining|additional) (?:e-?mail )?(?:address|listing|profile|record|phone(?: number)?|name)\b".replace("\\b", r"\b"),
    r"\b(?:segund[oa]|otr[oa]) (?:direccion|correo|perfil|ficha|anuncio|telefono)\b", r"\b(?:segund[oa]|outr[oa]) (?:endereco|e-?mail|perfil|telefone)\b",
    r"\b(?:seconde?|autre) (?:adresse|fiche|profil)\b", r"\b(?:zweite[nrs]?|andere[nrs]?) (?:adresse|e-?mail-adresse|eintrag|profil)\b",
)


def _second_one_not_found(msg: Incoming, evidence: str) -> bool:
    """Whether the sentence that says nothing was found is about a second address or listing ("we found no
    record for the second address"), not "if you have another address, write again" in another sentence."""
    text = " ".join(reply_text(msg).split())
    at = text.find(evidence)
    return at >= 0 and bool(_SECOND_ONE.search(_sentence_at(text, at, at + len(evidence))))


#: An e-mail address named as whose data a reply speaks of ("for the address x@y", "associated with x@y",
#: "la dirección x@y", "E-Mail-Adresse x@y"), not a contact address given for questions.
_ADDRESS_NAMED = re.compile(
    r"(?i)(?:\b(?:address|e-?mail(?: address)?|account|correo(?: electr[oó]nico)?|direcci[oó]n(?: de correo)?|adresse(?: e-?mail)?"
    r"|e-?mail-?adresse|conta|endere[cç]o(?: de e-?mail)?|indirizzo(?: e-?mail)?|e-?mailadres)\s*(?:de\s+)?[:\"“«']?\s*"
    r"|\b(?:for|of|associated with|linked to|tied to|registered (?:to|under)|under|asociad[oa]s? (?:a|con)|vinculad[oa]s? (?:a|con)"
    r"|para|associ[ée]e?s? [àa]|li[ée]e?s? [àa]|verkn[üu]pft mit|zu)\s+)"
    r"([A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def _address_of_another(msg: Incoming, addresses: Iterable[str]) -> str | None:
    """The reply's own words name e-mail addresses, and none is one of ``addresses``, of the reply's
    addressees (To, Cc, Delivered-To) or on the sender's own domain: the completion is for another
    address's request. A plus-tag and letter case are no difference (``ana+p7@x`` is ``ana@x``).
    None when ``addresses`` is empty or the reply names no address."""
    def bare(a: str) -> str:
        local, _, domain = a.strip().strip("<>.,;").lower().partition("@")
        return f"{local.split('+', 1)[0]}@{domain}"

    known = {bare(a) for a in addresses if a and "@" in a}
    if not known:
        return None
    heads = " ".join(str(msg.headers.get(h, "")) for h in ("to", "cc", "delivered-to"))
    known |= {bare(a) for a in _EMAIL.findall(heads)}
    sender = (msg.from_domain or "").lower()
    named = {bare(m.group(1)) for m in _ADDRESS_NAMED.finditer(_own_words(msg))}
    named = {a for a in named if not (sender and (a.endswith("@" + sender) or a.endswith("." + sender)))}
    if named and not named & known:
        return "a record of another e-mail address than the person's"
    return None


# ---- probe pass 29 (branch r29) ----
# scripts/probe_replies29.py: 162 replies of our own (two rounds) against set R's seven classes, as a stranger to the
# lead's block above would write them (tests/test_replies_r29.py). Each table is extended where the lead's
# function reads it at call time (``_not_this_answer``, ``_classify_own``, ``_asks_id``): a name rebound
# here is the one read. Class 1 (hidden HTML) is optout.mail._parse's (``_HIDDEN_STYLE``, ``_hidden_selectors``).

# 2. A removal that takes effect later, said by the change's own verb ("the change will be reflected on the
#    site starting December 14", "takes effect on January 4", "entrará em vigor em 15 de dezembro", "wird mit
#    dem nächsten Update wirksam", "gaat in op 15 december", "将于12月15日起生效"): a receipt, as the lead's
#    "will stop showing" is. Still only a date or the next update: "within 48 hours", "effective immediately"
#    and a past "took effect on November 28" stay a removal done.
_NEXT_RUN = r"(?:update|refresh|release|rebuild|cycle|index(?:ing)?|build|publication|crawl|data (?:release|update|refresh))"
_LATER_DATE = _with(
    _LATER_DATE,
    rf"\b(?:will|shall) (?:\S+ ){{0,2}}?(?:be reflected|take effect|go into effect|come into effect|become effective|be effective|go live)"
    rf"\b[^.;!?]{{0,60}}?\b(?:on|starting(?: on| from)?|from|as of|after|beginning|with|at|effective|following|upon) {_WHEN_LATER}",
    rf"\b(?:will|shall) (?:\S+ ){{0,2}}?(?:be reflected|take effect|go into effect|come into effect|become effective|be effective|go live)"
    rf"\b[^.;!?]{{0,60}}?\b(?:in|during) (?:our|the|its) (?:next|following|upcoming|coming) (?:\S+ ){{0,2}}?{_NEXT_RUN}",
    rf"\b(?:takes effect|goes into effect|comes into effect|becomes effective|goes live)\b[^.;!?]{{0,40}}?\b(?:on|starting(?: on| from)?|from|as of|"
    rf"after|beginning|with|at|following|upon) {_WHEN_LATER}",
    rf"\bwill (?:\S+ ){{0,2}}?(?:disappear|drop off|go offline|be (?:removed|hidden|taken down|unpublished|deleted|purged|suppressed))\b"
    rf"[^.;!?]{{0,80}}?\b(?:with|at|during|in|upon) (?:our|the|its) (?:next|following|upcoming|coming) (?:\S+ ){{0,2}}?{_NEXT_RUN}",
    r"\b(?:sera|seran|entrara|entraran|surtira|surtiran|tendra|tendran|se hara|se haran|se vera|se veran|quedara|quedaran) (?:efectiv[oa]s?|en vigor|"
    r"efecto|reflejad[oa]s?|vigente)\b[^.;!?]{0,60}?\b(?:(?:a partir del?|desde el|el|del) \d|(?:en|con|tras|despues de) (?:la|el) (?:proxim|siguiente))",
    r"\b(?:sera|serao|entrara|entrarao|tera|terao) (?:\S+ )?(?:em vigor|efetiv[oa]s?|efeito|refletid[oa]s?)\b[^.;!?]{0,60}?"
    r"\b(?:(?:em|a partir de|apos|de) \d|(?:na|no|apos a|apos o|com a|com o) (?:proxim|seguinte))",
    r"\b(?:prendra|prendront|entrera|entreront|sera|seront) (?:effet|en vigueur|effecti(?:f|ve|fs|ves)|appliquee?s?|prise? en compte)\b[^.;!?]{0,60}?"
    r"\b(?:(?:le|a compter du|a partir du|des le|du) \d|lors de la prochaine|(?:a|avec) la prochaine|au prochain|avec le prochain)",
    r"\b(?:wird|werden|tritt|treten)\b[^.;!?]{0,80}?\b(?:am|ab dem|ab|zum|mit dem nachsten|mit der nachsten|nach dem nachsten|nach der nachsten) "
    r"(?:\d|update|aktualisierung)(?:[^.;!?]|(?<=\d)\.){0,40}?\b(?:wirksam|in kraft)\b",
    r"\b(?:sara|saranno|avra|avranno|entrera|entreranno) (?:effettiv[oaei]|effetto|in vigore)\b[^.;!?]{0,60}?\b(?:(?:dal|il|a partire dal|dopo il) \d|"
    r"(?:con|dopo) (?:il|la) prossim)",
    r"\b(?:gaat|gaan) (?:\S+ ){0,2}?in (?:op|per|vanaf) \d",
    r"\b(?:wordt|worden) (?:\S+ ){0,2}?(?:zichtbaar|van kracht|doorgevoerd|verwerkt) (?:\S+ ){0,3}?(?:op|per|vanaf|na|bij|met) (?:\d|de volgende)",
    r"\b(?:wejdzie|wejda) w zycie\b", r"\bbedzie (?:widoczn|obowiazywac|skuteczn)\S*[^.;!?]{0,40}?\b(?:od|po|z) (?:\d|nastepn|najblizsz)",
    r"\bse co hieu luc\b", r"\bse (?:duoc )?(?:ap dung|cap nhat)\b[^.;!?]{0,40}?\b(?:tu ngay|vao ngay|ke tu|trong lan cap nhat tiep theo)",
    r"(?:将|將)(?:于|於|在|从|從|自)?[^。；;]{0,20}?(?:起)?(?:生效|起效)", r"(?:下次|下一次)(?:更新|刷新)(?:后|後|时|時)",
    _ko(r"\d{1,2}\uc6d4 \d{1,2}\uc77c(?:\ubd80\ud130|\uc5d0) (?:\uc801\uc6a9|\ubc18\uc601|\uc2dc\ud589)"),  # N월 N일부터 적용/반영/시행
    _ko(r"\ub2e4\uc74c \uc5c5\ub370\uc774\ud2b8(?:\ubd80\ud130|\uc5d0|\uc2dc)"),  # 다음 업데이트부터
    r"(?:سيسري|سيصبح|سيدخل|ستدخل|سيتم تطبيق)[^.؛!؟]{0,60}?(?:اعتبارا من|ابتداء من|بدءا من|في التحديث القادم)",
    r"\b(?:ap|pral|va) (?:pran efe|aplike|vin an vig[eu]e?)\b[^.;!?]{0,40}?\b(?:apati|a pati|nan pwochen)",
    r"\bmagkakabisa\b[^.;!?]{0,40}?\b(?:sa|simula sa|mula sa|pagkatapos ng)\b",
)

# 3. The deletion still in progress, in the words the lead's list did not have: "removal of your public listing
#    is still pending", "le retrait de votre fiche est toujours en cours", "la rimozione del profilo è ancora in
#    corso", "usuwanie profilu jest nadal w toku", "việc xóa hồ sơ vẫn đang được xử lý", "删除…仍在处理中".
_R29_IN_PROGRESS = (
    r"\b(?:deletion|removal|erasure)(?: request)? of (?:\S+ ){1,4}?(?:is|remains) (?:still )?(?:pending|in progress|being processed|ongoing|under review|open)\b",
    r"\b(?:(?:deletion|removal) request|request for (?:deletion|removal)) (?:is|remains) (?:still )?ongoing\b",
    r"\b(?:eliminacion|supresion|baja|solicitud)\b[^.;!?]{0,60}?\b(?:todavia|aun|sigue) (?:esta |continua )?(?:en (?:curso|tramite|proceso|revision)|pendiente)\b",
    r"\bainda estamos (?:processando|analisando|trabalhando n[ao]) (?:\S+ ){0,2}(?:exclusao|remocao|solicitacao|pedido)\b",
    r"\b(?:retrait|radiation|suppression|effacement)\b[^.;!?]{0,50}?\b(?:est|reste) (?:toujours |encore )?en cours\b",
    r"\b(?:entfernung|loschung|sperrung)\b[^.;!?]{0,50}?\b(?:ist|bleibt) (?:noch )?(?:in bearbeitung|offen|ausstehend)\b",
    r"\b(?:rimozione|cancellazione|eliminazione)\b[^.;!?]{0,50}?\b(?:e|resta) (?:ancora )?(?:in corso|in lavorazione|in sospeso)\b",
    r"\b(?:verwijdering|verzoek)\b[^.;!?]{0,50}?\b(?:is|blijft) (?:nog )?(?:in behandeling|in uitvoering|open)\b",
    r"\b(?:usuwanie|usuniecie|wniosek|zgloszenie)\b[^.;!?]{0,50}?\b(?:jest|pozostaje) (?:nadal |wciaz |jeszcze )?(?:w toku|w trakcie|w realizacji|rozpatrywan\w*)\b",
    r"\bxoa\b[^.;!?]{0,50}?\bvan (?:[dđ]ang )?(?:[dđ]uoc )?(?:xu ly|xem xet|tien hanh)\b",
    r"(?:删除|刪除|移除)[^。；;]{0,20}?(?:仍在|仍然在|还在|還在|尚在)(?:处理|處理|进行|進行|审核|審核)",
)
_STILL_IN_PROGRESS = _with(_STILL_IN_PROGRESS, *_R29_IN_PROGRESS)
_ACK = _with(_ACK, *_R29_IN_PROGRESS)

# 4. A promotional mail in the languages the lead's list did not read ("Jetzt 30 % sparen", "Sconto del 30%:
#    acquista ora", "Rabat 30%! Kup teraz", "Bestel nu", "Compre agora", "Profitez-en dès maintenant"), and a year
#    said with the prepositions of those languages ("im Jahr 2023", "nel 2023", "w 2023 r.", "vào năm 2023").
_PROMO = _with(
    _PROMO,
    r"\b(?:jetzt|heute) (?:\d{1,2} ?% )?(?:sparen|bestellen|kaufen|zugreifen|sichern)\b", r"\bnur (?:diese woche|heute|fur kurze zeit)\b",
    r"\b(?:sconto|rabat|znizka|promocja|desconto|korting|remise|rabatt) (?:del |de |van |na |von )?\d{1,2} ?%", r"\b(?:acquista|compra|ordina) (?:ora|subito|oggi)\b",
    r"\bsolo (?:questa settimana|oggi|per oggi)\b", r"\bkup (?:teraz|dzis)\b", r"\btylko (?:w tym tygodniu|dzis|dzisiaj)\b", r"\b\d{1,2} ?% (?:taniej|rabatu|znizki)\b",
    r"\bbestel (?:nu|vandaag)\b", r"\balleen (?:deze week|vandaag)\b", r"\bcompre (?:agora|ja|hoje)\b", r"\bso (?:esta semana|hoje)\b",
    r"\b(?:commandez|achetez|profitez[- ]en) (?:des )?maintenant\b", r"\boffre limitee\b", r"\b(?:seulement|uniquement) cette semaine\b",
    # (probe pass 31) a price per month, "half price", "last chance", "-50 %", "special offer", "subscribe now" in the
    # seven languages: the headline (subject) and the body of a promotion
    r"[$€£] ?\d+(?:[.,]\d\d)? ?(?:/ ?|per |a |al |por |par |pro |al )(?:month|mo|mes|mois|monat|mese)\b", r"\b(?:only|solo|por solo|apenas|seulement|nur) [$€£] ?\d",
    r"\b(?:last chance|ultima oportunidad|ultima chance|derniere chance|letzte chance|ultima occasione)\b",
    r"\b(?:half price|half off|mitad de precio|metade do preco|moitie prix|halber preis|meta prezzo)\b", r"(?:^|\s)-\d{1,2} ?%",
    r"\b(?:special offer|exclusive offer|oferta especial|oferta exclusiva|offre (?:speciale|exclusive)|sonderangebot|exklusives angebot|offerta (?:speciale|esclusiva|limitata))\b",
    r"\b(?:subscribe|suscribete|suscribase|assine|abonnez-vous|abonnieren sie|abbonati|iscriviti) (?:now|today|ahora|hoy|agora|ja|maintenant|jetzt|ora|subito)\b",
    r"\b(?:unlimited (?:searches|reports)|busquedas ilimitadas|pesquisas ilimitadas|recherches illimitees|unbegrenzte suchen|ricerche illimitate)\b",
    r"\b(?:flash sale|venta flash|vente flash|blitzangebot|offerta lampo|ends (?:tonight|today|soon)|termina (?:hoy|hoje|oggi|esta noche)|"
    r"se termine ce soir|endet heute)\b", r"\bfor the price of (?:one|1)\b",
)
#    A year that dates something else than the removal ("your listing, first published in 2019, has been
#    deleted", "held since 2019") says nothing of when it was removed: not read.
_YEAR_OF_ELSE = "".join(f"(?<!{w} )" for w in (
    "published", "created", "added", "listed", "collected", "compiled", "founded", "held", "posted", "publicado", "creado",
    "publicada", "creada", "publie", "publiee", "cree", "veroffentlicht", "erstellt", "pubblicato", "creato", "gepubliceerd"))
_YEAR_SAID = re.compile(
    r"(?:" + _YEAR_OF_ELSE + r"\b(?:in|en|em|on|el|le|am|il|op|since|desde|depuis|seit|dal|sinds|de|of|im|im jahr|nel|w|nam|vao nam|anno|jahr|ano|year|del|"
    r"du|des|van|z|roku)\b[^.;!?]{0,20}?\b|(?=20\d\d\s*(?:年|\u1102\u1167\u11ab)))(20\d\d)(?:\b|(?=\s*(?:年|\u1102\u1167\u11ab)))")


# 5. Another person's name in quotes, also when it shares a word with the client's (a relative: "Marco
#    Quintanilla" in the answer to Rosa Elvira Quintanilla's letter; siblings share both surnames), when it holds
#    particles ("José de la Fuente", "Jan de Vries") or the field is capitalised ("Name: „Harald Weber“"): a name
#    whose every word (initials, titles and particles aside) is among the request's is the client's; any other
#    word makes it another person's, for a person to read.
_PARTICLE_RX = r"(?:de|del|la|las|los|da|das|do|dos|di|van|von|der|den|du|le|y|e|bin|ben|al|el|ter|zu)"
_NAME_QUOTED = re.compile(
    r"\b(?:[Nn]ame|[Nn]ombre|[Nn]om|[Nn]ome|[Nn]amen|[Nn]aam|[Nn]ominativo|[Tt]itular|[Nn]azwisko)(?:\s+(?:de|van|von|di|do|da))?(?:\s+(?:on|in|of|for)\s+(?:the|this|your)\s+(?:request|record|form|file|ticket))?\s*[:(]?\s*[\"“”«„'‘]\s*"
    r"((?:(?:Mr|Mrs|Ms|Dr|Sr|Sra)\.?\s+)?[A-ZÀ-Þ][\w'’-]*\.?(?:\s+(?:" + _PARTICLE_RX + r"\s+)*[A-ZÀ-Þ][\w'’-]*\.?){1,5})\s*[\"“”»‟'’]")


def _another_name(shown: set[str], known: set[str]) -> bool:
    """A quoted name with a word none of the known names has (``_name_words``: initials and particles
    already left out), or none at all in common."""
    shown = shown - _TITLE_WORDS
    return bool(shown) and (not shown & known or bool(shown - known))


def _record_named_other(msg: Incoming) -> str | None:  # rebinds the lead's: a shared surname is no longer enough
    named = set().union(*(_name_words(m.group(1)) for m in _REQUEST_NAMES.finditer(_thread_text(msg))))
    if not named:
        return None
    for m in _NAME_QUOTED.finditer(_own_words(msg)):
        if _another_name(_name_words(fold(m.group(1))), named):
            return "a record of another person than the one the request names"
    return None


_greets_another_r = greets_another


def greets_another(msg: Incoming, names: Iterable[str], addresses: Iterable[str] = ()) -> str | None:  # noqa: F811  (the flow's check, stricter on a quoted name)
    """The mail flow's check of whose request a confirmation answers (the first ``greets_another`` above:
    a greeting, a record named, an e-mail address of another person), and a name in quotes any word of
    which the person's names lack (probe pass 29). Returns the reason, or None."""
    names = list(names)
    if reason := _greets_another_r(msg, names, addresses):
        return reason
    mine = set().union(*(_name_words(fold(n)) for n in names if n))
    if mine and any(_another_name(_name_words(fold(m.group(1))), mine) for m in _NAME_QUOTED.finditer(_own_words(msg))):
        return "a record of another person than the one the request names"
    return None


# 6. Challenge-response filters in the words real ones use (BoxTrapper, Spam Arrest, Boxbe): the sender
#    asked to verify, or to reply, so that "your message will be delivered", "placed on a waiting list", "not
#    yet on my approved senders list", in each reader language. What is delivered is the message, beside an ask
#    to verify or reply, and the list is "my" list: a broker's own robot check speaks of the request ("before we
#    process your removal request"), and its "add us to your approved senders list" or "the e-mail will be
#    delivered shortly" is no filter.
_CHALLENGE = _with(
    _CHALLENGE,
    r"\b(?:verif\w*|confirm\w*|click\w*|reply|respond)\b[^.;!?]{0,80}?\b(?:your|the|my|this) (?:message|e-?mail)\b[^.;!?]{0,40}?"
    r"\bwill (?:then )?(?:be delivered|be released|reach (?:me|my inbox))\b",
    r"\b(?:your|the|my|this) (?:message|e-?mail)\b[^.;!?]{0,40}?\bwill (?:only )?(?:be delivered|be released|reach (?:me|my inbox))\b"
    r"[^.;!?]{0,60}?\b(?:once|after|when|if) you (?:verify|confirm|click|reply|respond)",
    r"\bto have (?:it|your (?:message|e-?mail)) delivered\b", r"\b(?:message|e-?mail) you sent requires (?:a )?verification\b",
    r"\b(?:message|e-?mail)\b[^.;!?]{0,40}?\b(?:placed|put|held|parked) (?:on|in) (?:a |the |my )?(?:waiting list|pending (?:folder|queue)|quarantine)\b",
    r"\b(?:not (?:yet )?on|added to) my (?:approved|allowed|accepted) senders? list\b", r"\bprotect(?:ing)? my (?:inbox|mailbox|e-?mail)\b",
    r"\bpara que su (?:mensaje|correo) (?:llegue|sea entregado)\b", r"\bsu mensaje (?:\S+ ){0,3}(?:sera entregado|llegara a mi)\b",
    r"\b(?:sistema|filtro) antispam\b[^.;!?]{0,80}?\b(?:verifi|confirm)",
    r"\bmensagem (?:\S+ ){0,2}(?:aguardando|aguarda|em espera de) (?:verificacao|confirmacao|aprovacao)\b", r"\bsua mensagem sera entregue\b",
    r"\bmessage (?:\S+ ){0,2}en attente de (?:validation|verification|confirmation)\b",
    r"\b(?:nachricht|e-?mail) (?:\S+ ){0,2}wartet auf (?:bestatigung|freigabe|verifizierung)\b",
    r"\bmessaggio (?:\S+ ){0,2}in attesa di (?:verifica|conferma|approvazione)\b",
    r"\bbericht (?:\S+ ){0,2}(?:wordt )?vastgehouden\b",
    r"\bwiadomosc (?:\S+ ){0,2}oczekuje na (?:weryfikacje|potwierdzenie|zatwierdzenie)\b",
)

# 7. A sign-in with an identity provider named by its name (ID.me, Login.gov, Persona, Yoti, Onfido, Jumio,
#    Socure, Veriff, IDnow, gov.br, FranceConnect, SPID/CIE, DigiD, itsme, Profil Zaufany, BankID, Video-Ident):
#    an imperative to sign in, complete or confirm, the provider, and the person's identity in one sentence.
_IDP = (r"(?:id\.me|login\.gov|with persona|persona (?:verification|inquiry)|yoti|onfido|jumio|socure|veriff|idnow|gov\.br|franceconnect|"
        r"spid|cie|digid|itsme|profil(?:u)? zaufan\w*|mobywatel|bankid|mitid|video-?ident|postident|clear secure)")
_IDW = (r"(?:identity|who you are|identidad|identidade|identite|identitat|identita|identiteit|tozsamosc|identifizieren sie sich|ausweis)")
_IDV = (r"(?:sign in|log ?in|create|complete|scan|verify|confirm|inicie sesion|ingrese|acceda|entre|entrando|confirme|verifique|connectez-vous|"
        r"identifizieren sie sich|melden sie sich|log in|bevestig|zaloguj|potwierdz|accedi|verifichi)")
_ID_ASK = _with(
    _ID_ASK,
    rf"\b{_IDV}\b[^.;!?]{{0,80}}?\b{_IDP}\b[^.;!?]{{0,80}}?\b{_IDW}",
    rf"\b{_IDV}\b[^.;!?]{{0,80}}?\b{_IDW}\b[^.;!?]{{0,80}}?\b{_IDP}\b",
    rf"\bidentifizieren sie sich (?:\S+ ){{0,3}}{_IDP}\b",
)

# ---- set T's misses (branch r34, 2026-12-02) -----------------------------------------------------------
# 1. Erasure told in the words privacy laws use, in the simple past: ARCO's and Colombia's "procedimos a la
#    supresión de …" (the perfect "hemos procedido a" was read), a cancellation that "se hizo efectiva" (the
#    perfect "se ha hecho efectiva" was read), a removal request "fue completada" / "ha sido completada" (as
#    English "your opt-out request has been completed"), and Quebec's "destruction" of personal information
#    (Law 25 and the Civil Code speak of destroying, not deleting: "ont été détruits", "nous avons détruit",
#    "nous confirmons la destruction"). A bare "su solicitud fue completada" / "procesada" names no removal
#    and stays unread, as r33's "processed" does; a term after the verb ("… en un plazo de 15 días") is a promise.
_R34_DONE = (
    rf"\bprocedimos a (?:la )?(?:supresion|eliminacion|cancelacion|baja|borrado)\b(?! (?:de|del) (?:la |su |sus |los |las |el |una |un )?(?:\S+ )?(?:solicitud|peticion|copia|documento|correo|mensaje|duplicad|archivo adjunto)){_NOT_A_TERM}",
    r"\b(?:supresion|eliminacion|cancelacion|baja|borrado) (?:\S+ ){0,6}se hizo efectiv[oa]\b",
    rf"\bsolicitud (?:\S+ )?de (?:baja|eliminacion|supresion|cancelacion|borrado|exclusion)\b (?:\S+ ){{0,3}}?"
    rf"(?:fue|ha sido) (?:completad|finalizad|realizad|efectuad|concluid)[oa]\b{_NOT_A_TERM}",
    r"\b(?:ont|a) ete (?:\S+ )?detruit(?:e|s|es)?\b", r"\bavons (?:\S+ )?detruit\b",
    r"\bconfirmons la destruction (?:de|des|du)\b",
)
# 1b. Spanish "borramos" and its kin (first person plural, past as well as present) with objects the r22 rule did
#    not name: "toda su información", "todos sus datos", "el listado", "la publicación", the person herself
#    ("a su clienta", "a su representado") and a pronoun ("ya lo borramos", "la borramos de nuestro directorio");
#    never after a word of habit nor before a term, as r22's; a negation or a condition voids it in ``_confirmed``.
_BORRAMOS = r"(?:borramos|suprimimos|eliminamos|retiramos|quitamos|dimos de baja)"
_R34_DONE += (
    rf"{_NOT_HABIT}\b{_BORRAMOS} (?:toda|todos|todas) (?:su|sus|la|los|las) (?:ficha|perfil|datos|informacion|registro|listado|publicacion)e?s?\b{_NOT_A_TERM}",
    rf"{_NOT_HABIT}\b{_BORRAMOS} (?:el|la|su) (?:listado|publicacion|pagina)\b{_NOT_A_TERM}",
    rf"{_NOT_HABIT}\b{_BORRAMOS} a (?:su|tu) (?:cliente|clienta|representad[oa]|defendid[oa]|hij[oa])\b{_NOT_A_TERM}",
    rf"\bya (?:lo|la|los|las) {_BORRAMOS}\b{_NOT_A_TERM}",
    rf"(?<!\bque )(?<!\bsi )\b(?:lo|la|los|las) {_BORRAMOS} (?:de|del) (?:nuestr[oa]s?|la|el|todos|todas)\b"
    rf"(?! (?:\S+ )?(?:base de (?:clientes|suscriptores|correos)|clientes|ofertas|promociones|boletin|suscriptores|correos|lista|cuentas?|usuarios)\b){_NOT_A_TERM}",
)
_R34_DONE = tuple(p.replace("(?:\\S+ )", _GAP) for p in _R34_DONE)  # no gap may swallow a "no" / "pas"
_CONFIRMED = _with(_CONFIRMED, *_R34_DONE)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_R34_DONE)
# 2. What was deleted will not be gathered again or shown from now on ("… and we will not collect it again
#    from our sources", "no será mostrado en resultados de búsqueda", "no volveremos a recopilarlos"): the
#    deletion's lasting, as "so that it is not republished" (``_NOT_AGAIN``), never a part left undone.
_NOT_AGAIN = _with(
    _NOT_AGAIN,
    r"\b(?:will not|won't|shall not|will never) (?:\S+ )?(?:collect|gather|add|acquire|obtain|ingest|re-?collect|re-?add)\w* (?:\S+ ){0,5}?(?:again|anew)\b",
    r"\bno (?:sera|seran) (?:mas |ya )?(?:mostrad|exhibid|publicad|vendid|compartid)[oa]s?\b",
    r"\bno (?:volveremos|volvera|volveran) a (?:recopilar|recoger|recolectar|obtener|agregar|anadir|incluir)\w*",
    r"\bne (?:les |la |le |l')?(?:recueillerons|collecterons|ajouterons|obtiendrons) (?:plus|pas a nouveau)\b",
    # other verbs of taking in or showing ("… and won't pull her details from our vendors again", "não vamos exibi-lo
    # novamente"; probe pass 35)
    r"\b(?:will not|won't|shall not|will never) (?:\S+ )?(?:pull|import|buy|purchase|source|publish|post|display|show|list)\w* (?:\S+ ){0,5}?(?:again|anew)\b",
    r"\bnao (?:vamos|iremos) (?:\S+ )?(?:exibi|mostra|publica|coleta|divulga)\w*(?:-(?:lo|la|los|las))? (?:novamente|de novo)\b",
)
# 3. An exemption conceded and the removal done anyway ("Although public records are exempt under state law,
#    we have removed your listing as a courtesy"; "Aunque la ley no nos obliga, eliminamos su ficha por
#    cortesía"): the exemption stands only in the concessive clause, and what follows the comma, read with the
#    rest of the reply, is a confirmation with no refusal left anywhere. The reverse ("although we removed your
#    listing, court records are exempt and stay") keeps its reading: the exemption is then the main clause.
_CONCEDING = _rx(r"\b(?:although|even though|though|while|despite the fact that|aunque|si bien|a pesar de que|bien que|quoique|"
                 r"meme si|embora|ainda que|mesmo que)\b[^,;.!?]*,")


def _done_despite(refusable: str, m: re.Match[str]) -> str | None:
    """The rest of a reply that concedes an exemption, when the rest reads as done, or None: ``m`` (the exemption's
    match in ``refusable``, folded text) lies inside a concessive clause (``_CONCEDING``, up to its comma), and the
    reply without that clause refuses nothing and reads as confirmed. The caller reads that rest whole again (an ID
    asked or an extension after it is what it is)."""
    for clause in _CONCEDING.finditer(refusable):
        if clause.start() <= m.start() and m.end() <= clause.end():
            rest = f"{refusable[:clause.start()]} {refusable[clause.end():]}"
            if any(_refusal(r, p, rest) for r, p in _REFUSED):
                return None
            done = _confirmed(rest)
            return rest if done is not None and done.kind == "confirmed" else None
    return None


# ---- set U's misses (branch r36, 2026-12-02) -----------------------------------------------------------
# Withdrawn by the lead after a fresh review (2026-12-02 15:15, review 37): r36's classes 1-3 and 5 ("procedimos a"
# and an infinitive; "fue / quedó efectiva"; "ya borramos toda tu info"; "we took down the profile", "we matched and
# deleted"; the Spanish first person plural as the removal said) each read replies that are no confirmation as
# confirmed, at 0.95 ("we took down the listing's phone number", "we took down the listing ID and will review it",
# "procedimos a cancelar el trámite porque faltaba la identificación", "la baja tampoco fue efectiva", "ya borramos
# toda tu info de marketing; el perfil público sigue", "aunque … exentos, eliminamos su solicitud"). The replies they
# were written for stay unread (a person reads them: a confirmation lost, never one given);
# tests/test_replies_pass36.py keeps them as known misses and the review's wordings as never-confirmed.
# 4. Ukrainian "no longer shown" beside a removal ("профіль більше не показується"), as Russian's "больше не
#    отображается" already was: the removal's lasting, never a part left undone (``_NOT_AGAIN``, cut before the
#    sentence's negations are read; any other negation in it still counts).
_NOT_AGAIN = _with(_NOT_AGAIN, r"\bбільше не (?:\S+ )?(?:показу\w+|відобража\w+|публіку\w+|з'являєт\w+|доступн\w*)")
_CONFIRMED = _with(_CONFIRMED, r"\bбільше не (?:\S+ )?(?:показу\w+|відобража\w+|публіку\w+|доступн\w*)")


# ---- set V's first read (tests/replies/setv, held out; the lead, 2026-12-02): its false confirmations as classes ----
# (tests/test_replies_setv_promises.py, wordings of our own). Read last, from ``_not_lasting``'s end, and through the
# names rebound below (read at call time).
#
# 1. An e-mail address or a link inside the sentence that tells of a mailing list left ("dimos de baja
#    ayuda@clinica.example.org de la lista de correos"): their dots end no sentence, so ``_OFF_LIST`` reads across them,
#    as ``_LISTING_DONE`` does.
_OFF_LIST = re.compile(_OFF_LIST.pattern.replace("[^.;!?]{0,80}", r"(?:[^.;!?]|\.(?=\S)){0,80}"), _OFF_LIST.flags)

#: 2. A user account deleted (the site account of whoever wrote, its saved searches, its payments): no listing.
_ACCOUNT_DONE = _rx(
    r"\b(?:deleted|removed|closed|erased|cancell?ed|deactivated)\b(?:[^.;!?]|\.(?=\S)){0,60}\baccount\b",
    r"\baccount\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:has been|have been|was|were|is|are) (?:\S+ )?(?:deleted|removed|closed|erased|cancell?ed|deactivated)\b",
    r"\b(?:eliminamos|borramos|cerramos|cancelamos|dimos de baja|desactivamos)\b(?:[^.;!?]|\.(?=\S)){0,60}\bcuenta\b",
    r"\bcuenta\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:fue|ha sido|quedo|esta) (?:\S+ )?(?:eliminad|borrad|cerrad|cancelad|desactivad)",
    r"\b(?:excluimos|removemos|apagamos|encerramos|cancelamos|desativamos)\b(?:[^.;!?]|\.(?=\S)){0,60}\bconta\b",
    r"\bconta\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:foi|esta) (?:\S+ )?(?:excluid|removid|apagad|encerrad|cancelad|desativad)",
    r"\b(?:supprime|ferme|cloture|desactive)e?\b(?:[^.;!?]|\.(?=\S)){0,60}\bcompte\b",
    r"\bcompte\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:a ete|est) (?:\S+ )?(?:supprime|ferme|cloture|desactive)",
    # review 37: a user profile and its login (the site account's own profile, not a people-search listing) deleted
    r"\b(?:deleted|removed|erased)\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:user profile|login credentials|password)\b",
    r"\b(?:eliminamos|borramos)\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:perfil de usuari[oa]|contrasena)\b",
    r"\b(?:excluimos|apagamos)\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:perfil de usuario|senha)\b",
    # set W's first read: the deletion said as a noun ("we have completed the deletion of the customer account registered
    # to …", "la eliminación de su cuenta de cliente", "a exclusão da sua conta", "la suppression de votre compte")
    r"\b(?:deletion|removal|closure|erasure|cancell?ation|deactivation) of (?:the |your |this |their |her |his )?(?:\S+ )?account\b",
    r"\b(?:eliminacion|cierre|cancelacion|borrado|desactivacion) de (?:la |su |tu )?cuenta\b",
    r"\b(?:exclusao|encerramento|cancelamento|remocao|desativacao) da (?:sua |tua )?conta\b",
    r"\b(?:suppression|fermeture|cloture|desactivation) (?:du|de votre|de ton|de son) compte\b",
)

#: … with what an account holds of its own ("its saved reports", "sus búsquedas guardadas"): no listing named by them.
_ACCOUNTS_OWN = _rx(r"\b(?:saved|purchased|bought|past|previous|ordered) (?:\S+ )?(?:reports?|searches|results|lists?)\b",
                    r"\b(?:informes|reportes|busquedas|resultados) (?:guardad|comprad|anterior)\w*", r"\b(?:relatorios|buscas|pesquisas) (?:salv|comprad)\w*",
                    r"\b(?:rapports|recherches) (?:enregistre|achete|sauvegarde)\w*",
                    # review 37: the site account's own user profile
                    r"\buser profiles?\b", r"\bperfil(?:es)? de usuari[oa]\b", r"\bperfis? de usuario\b",
                    r"\bprofils? (?:d')?utilisat(?:eur|rice)\b",
                    # set W: what the account held of its own purchases
                    r"\b(?:order|purchase|billing|payment) history\b", r"\bhistorial de (?:pedidos|compras|pagos)\b",
                    r"\bhistorico de (?:pedidos|compras|pagamentos)\b", r"\bhistorique (?:de commandes|d'achats|de paiements)\b")

#: 4. The profile removed is a relative's of the client ("… of Daniel Ortiz, listed as your client's son", "que
#:    figuraba como hermano de su clienta", "que aparece como mãe da sua cliente", "indiqué comme frère de votre
#:    cliente").
_KIN_EN = (r"(?:son|daughter|brother|sister|father|mother|husband|wife|spouse|partner|cousin|uncle|aunt|nephew|niece|"
           r"grand(?:son|daughter|father|mother)|relative|kinsman|kinswoman|in-law)")
_KIN_ES = r"(?:hij[oa]|herman[oa]|padre|madre|espos[oa]|marido|prim[oa]|ti[oa]|sobrin[oa]|niet[oa]|abuel[oa]|pariente|familiar|suegr[oa]|cunad[oa])"
_KIN_PT = r"(?:filh[oa]|irma|irmao|pai|mae|marido|espos[oa]|prim[oa]|ti[oa]|sobrinh[oa]|net[oa]|avo|avó|parente|familiar|sogr[oa]|cunhad[oa])"
_KIN_FR = r"(?:fils|fille|frere|soeur|pere|mere|mari|epouse|epoux|cousine?|oncle|tante|neveu|niece|petite?-(?:fils|fille)|parente?)"
_RELATIVE_OF_CLIENT = _rx(
    rf"\byour (?:client|clients|customer|principal)'?s? {_KIN_EN}\b", rf"\b{_KIN_EN} of your (?:client|customer|principal)\b",
    rf"\b(?:listed|shown|named|identified) as (?:a |an |the )?{_KIN_EN} of\b",
    # the kin word before "of the client" however the sentence puts it ("…, hijo de su clienta", "del esposo de su
    # clienta", "filho da sua cliente", "du mari de votre cliente"; review 37), not only after "como"
    rf"\b{_KIN_ES} de (?:su|tu|la|el) (?:client[ea]|representad[oa]|usuari[oa])\b",
    rf"\b{_KIN_PT} d[ao] (?:sua|seu|vossa) (?:cliente|representad[oa])\b",
    rf"\b{_KIN_FR} de (?:votre|ton|ta) client(?:e)?\b",
)
#: … unless the sentence names the client's own listing too ("your client's profile and the names of her son shown on it").
_CLIENTS_OWN = _rx(r"\byour (?:client|clients|customer|principal)'?s? (?:\S+ )?(?:listing|profile|record|report|page|data)\b",
                   r"\b(?:perfil|ficha|registro|datos|pagina) de (?:su|tu) (?:client[ea]|representad[oa])\b",
                   r"\b(?:perfil|registro|dados|cadastro) d[ao] (?:sua|seu) cliente\b", r"\bfiche de votre client(?:e)?\b")

#: 7. The listing removed at the brand that answers, the parent company's data said not reached ("this does not cover
#:    data our parent company keeps"; "esta baja no incluye los datos que conserva nuestra empresa matriz").
_PARENT_NOT_REACHED = _rx(
    r"\b(?:does not|doesn't|will not|won't|did not|cannot|can't) (?:affect|cover|include|extend to|apply to|reach)\b(?:[^.!?]|\.(?=\S)){0,100}\b"
    r"(?:parent|affiliate[sd]?|sister (?:compan|site|brand)|holding compan|other (?:brands|products|companies|businesses))",
    r"\bno (?:afecta|incluye|cubre|alcanza|abarca|se extiende a)\b(?:[^.!?]|\.(?=\S)){0,100}\b(?:empresa matriz|casa matriz|matriz|filiales?|afiliad[oa]s|empresas? (?:hermanas?|del grupo)|otras marcas)",
    r"\bnao (?:afeta|inclui|cobre|abrange|se estende)\b(?:[^.!?]|\.(?=\S)){0,100}\b(?:empresa (?:controladora|matriz|mae)|matriz|afiliad[oa]s|coligadas|outras marcas)",
    r"\bne (?:concerne|couvre|comprend|vise|s'applique) pas\b(?:[^.!?]|\.(?=\S)){0,100}\b(?:maison mere|societe mere|filiales?|affiliees?|autres marques)",
)


def _not_the_clients_listing(msg: Incoming, verdict: Classification) -> Classification | None:
    """What a mail read as a confirmation tells was removed that is not the client's listing (set V's classes above):
    only a mailing list or a user account (the sentences of the body that tell of a removal are all of one, and none
    names a listing), a relative's profile, a removal that says the parent company's data is not reached; and a
    removal whose own words (the confirmation's evidence) lie inside a promise for a later date
    (``_LATER_DATE_BEFORE``: "from the January 5 refresh on, her listing will no longer appear"), read as
    acknowledged. None when nothing does. The evidence added is the span matched, never the sentence around it."""
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    own = verdict.evidence.partition(" / ")[0]
    if own and (later := next((m for m in _LATER_DATE_BEFORE.finditer(body) if own in m.group(0)), None)):
        return Classification("acknowledged", "acknowledged: the removal takes effect at a later date", confidence=0.9,
                              evidence=f"{verdict.evidence} / {later.group(0)}")
    said = [s for s in _sentences(body) if _OFF_LIST.search(s) or _ACCOUNT_DONE.search(s) or _DELETED_WORD.search(s)
            or _CONFIRMED.search(s)]
    if said and all((_OFF_LIST.search(s) or _ACCOUNT_DONE.search(s)) and not _LISTED_THING.search(_ACCOUNTS_OWN.sub(" ", s))
                    for s in said):
        what = "a mailing list left" if all(_OFF_LIST.search(s) for s in said) else "a user account deleted"
        told = _OFF_LIST.search(said[0]) or _ACCOUNT_DONE.search(said[0])
        return Classification("unsure", f"unsure: {what}; nothing says the listing was removed", confidence=0.4,
                              evidence=f"{verdict.evidence} / {_span(told.group(0)) if told else ''}")
    for s in said:
        if (kin := _RELATIVE_OF_CLIENT.search(s)) and not _CLIENTS_OWN.search(s):
            return Classification("unsure", "unsure: the profile removed is a relative's of the client, not the client's",
                                  confidence=0.4, evidence=f"{verdict.evidence} / {kin.group(0)}")
    if ((said or own) and (parent := _PARENT_NOT_REACHED.search(body))  # own: the removal may be told in the subject only
            and not any(_ALL_PARTS_DONE.search(x) and not _BUT_ONE.search(x) for x in said)):  # "…; the removal was done on all three" (r38, below)
        return Classification("unsure", "unsure: removed at the site that answers; the parent company's or its other "
                              "products' data is said not reached", confidence=0.4, evidence=f"{verdict.evidence} / {parent.group(0)}")
    return None


#: 3. A removal in the future whose date or update comes before its promise ("from the January 5 refresh on, her listing
#:    will no longer appear"; "a partir de esa fecha su ficha ya no aparecerá"; "a partir da próxima atualização, o perfil
#:    não aparecerá mais"): a receipt with a date, as the promise before its date is (``_LATER_DATE``), when the promise
#:    is the confirmation's own words: a removal said done beside "after the next update it will no longer appear in
#:    Google's cache" stays a removal done (review 37). Not "from now on".
_FROM_LATER = (r"(?:the |our |that |this |its )?(?:next |following |upcoming |coming )?(?:\d|" + _MONTH_EN
               + r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|date\b|day\b|" + _NEXT_RUN + ")")
_LATER_DATE_BEFORE = _rx(
    rf"\b(?:from|after|starting(?: with| on| from)?|beginning(?: with| on)?|as of|with) {_FROM_LATER}[^.;!?]{{0,100}}?\bwill (?:\S+ ){{0,2}}?"
    r"(?:no longer|not|stop|cease to) (?:\S+ ){0,2}?(?:appear|show|be (?:visible|shown|displayed|listed|searchable|available))",
    r"\b(?:a partir de|desde|despues de|tras|con) (?:(?:esa|esta|dicha|la|el|ese|este|aquella) )?(?:fecha|dia|actualizacion|proxima|proximo|siguiente)\b"
    r"[^.;!?]{0,100}?\b(?:ya no|no) (?:sera|seran|estara|estaran|aparecera|apareceran|se (?:vera|veran|mostrara|mostraran))\b",
    r"\b(?:a partir d[ae]|desde|depois d[ae]|apos|com) (?:(?:essa|esta|dessa|desta|a|o) )?(?:data|dia|atualizacao|proxima|proximo|seguinte)\b"
    r"[^.;!?]{0,100}?\bnao (?:sera|serao|estara|estarao|aparecera|aparecerao)\b",
    r"\b(?:a compter d[eu]|a partir d[eu]|apres|des|lors d[eu]) (?:cette|la|le|l') ?(?:date|jour|mise a jour|prochaine?)\b"
    r"[^.;!?]{0,100}?\bne (?:sera|seront|figurera|figureront|apparaitra|apparaitront) plus\b",
)

#: 5. The broker's doubt in the words earlier classes lacked ("si no es la persona que ustedes buscan", "si no se trata de
#:    su clienta", "se não for a pessoa que vocês procuram", "si ce n'est pas la personne que vous cherchez"). 6. None
#:    found at the address the letter gives, in more words ("we were unable to locate a profile at the Stockton address
#:    in your letter"; "no pudimos encontrar ningún perfil en la dirección de Tucson que indica su carta").
_MAYBE_ANOTHER = _with(
    _MAYBE_ANOTHER,
    r"\bsi no (?:es|era|fuera|se trata de) (?:la persona|el perfil|la ficha|el registro|quien) (?:que )?(?:\S+ )?(?:buscan|buscaban|busca|buscaba|buscas|"
    r"quieren|querian|piden|pedian|indicaron|mencionaron|indica|menciona)\b",
    r"\bsi no (?:es|se trata de) (?:su|tu) (?:client[ea]|representad[oa])\b",
    r"\b(?:se|caso) nao (?:e|for|seja|fosse) (?:a pessoa|o perfil|o registro) que (?:\S+ )?(?:procuram|procurava[m]?|procura|buscam|querem|pediram)\b",
    r"\bsi ce n'(?:est|etait) pas (?:la personne|la fiche|le profil) que vous (?:cherchez|cherchiez|visez|demandez)\b",
    r"\bif (?:this|that|it) (?:is|was|isn't|wasn't|is not|was not) (?:not )?(?:the (?:person|one|profile|listing)) (?:you(?:'re| are)?|your client)\b",
    r"\b(?:were|was|are|am) (?:not able|unable) to (?:find|locate) (?:a |any )?(?:listing|record|profile|entry)s? (?:\S+ ){0,2}(?:at|for|under|with|in) "
    r"(?:that|the|this|your) (?:\S+ ){0,3}(?:address|city|town)\b",
    r"\b(?:could|did) not (?:find|locate) (?:a |any )?(?:listing|record|profile|entry)s? (?:\S+ ){0,2}(?:at|for|under|with|in) (?:that|the|this|your) "
    r"(?:\S+ ){1,3}(?:address|city|town)\b",
    r"\bno (?:pudimos|logramos|conseguimos) (?:encontrar|localizar|hallar) (?:ningun |un |el )?(?:perfil|registro|listado|ficha)s? (?:\S+ ){0,2}(?:en|con|para) "
    r"(?:esa|la|dicha|esta|su) (?:\S+ ){0,3}(?:direccion|ciudad)\b",
    r"\bnao (?:conseguimos|pudemos) (?:encontrar|localizar) (?:nenhum |um )?(?:perfil|registro|cadastro)s? (?:\S+ ){0,2}(?:n[oa]|com|para) (?:esse|essa|este|esta|o|a) "
    r"(?:\S+ ){0,3}(?:endereco|cidade)\b",
    # review 37: the doubt said outright ("we are not certain this is your client", "it may not be the person you
    # meant", "puede que no sea su clienta", "no estamos seguros de que sea la persona que buscan", "sans être sûrs
    # qu'il s'agisse de votre cliente"), and "found nothing at the … address you gave"
    r"\b(?:we are|we're|we were) not (?:certain|sure) (?:that )?(?:this|that|it|the (?:listing|profile|record|person)) (?:is|was|belongs to) "
    r"(?:your client|the (?:right|correct|same) person|the person you)",
    r"\b(?:it|this|that|the (?:listing|profile|record)) (?:may|might|could) not be (?:your client|the (?:right|correct|same) person|the person you|the one you)",
    r"\b(?:puede|podria) que no (?:sea|fuera) (?:su|tu) (?:client[ea]|representad[oa])\b", r"\b(?:puede|podria) que no (?:sea|fuera) la persona\b",
    r"\bno (?:estamos|estoy) segur[oa]s? de que (?:sea|se trate de|fuera) (?:su|tu|la) (?:client[ea]|persona)\b",
    r"\bnao (?:temos|tenho) certeza de que (?:seja|se trate d[ae]) (?:a sua|o seu|sua|seu|a) (?:cliente|pessoa)\b",
    r"\bsans (?:etre|en etre) (?:sur|surs|sure|sures|certain|certains)s? qu'il s'agi(?:sse|t) de votre client",
    r"\b(?:found|located) nothing (?:at|for|under) (?:that|the|this|your) (?:\S+ ){0,3}(?:address|city|town)\b",
    r"\bno (?:encontramos|hallamos|localizamos) nada (?:en|con|para) (?:esa|la|dicha|esta|su) (?:\S+ ){0,3}(?:direccion|ciudad)\b",
)

#: Review 37: the listing still shown elsewhere, in the Spanish, Portuguese and French forms with a pronoun or the
#: continuous ("los demás sitios del grupo siguen mostrándola", "os outros sites continuam exibindo o perfil", "nos
#: sites partenaires continuent de l'afficher"): a part left, as English "our partner sites still show it" was read.
_NOT_YET = _with(
    _NOT_YET,
    r"\b(?:sigue|siguen|continua|continuan) (?:mostrando|publicando|exhibiendo|listando|ensenando)(?:la|lo|las|los)?\b",
    r"\b(?:continua|continuam|segue|seguem) (?:exibindo|mostrando|publicando|listando)\b",
    r"\bcontinuent? (?:de |d')(?:l'|les |la |le )?(?:afficher|montrer|publier|diffuser|presenter)\b",
)


# ---- set W's first read (tests/replies/setw, held out; the lead, 2026-12-02): its false confirmations as classes ----
# (tests/test_replies_setw_promises.py, wordings of our own.)
#
# 1. A customer account's deletion said as a noun, with its order history: ``_ACCOUNT_DONE`` and ``_ACCOUNTS_OWN`` above.
# 2. The brand that answers keeps its records apart from the group's people-search sites, named by their names, not by
#    "parent" or "affiliate" ("This request does not cover PeopleScope; to remove a listing there, use its opt-out";
#    "each of our brands keeps its own records"; "nuestros sitios hermanos se operan por separado"): the request reached
#    one part of the business (set V's class 7, widened).
_PARENT_NOT_REACHED = _with(
    _PARENT_NOT_REACHED,
    r"\b(?:this|the|your|that) (?:\S+ )?(?:request|opt-?out|removal|deletion)\b[^.;!?]{0,30}\b(?:does not|doesn't|did not|will not|won't) "
    r"(?:cover|include|extend to|apply to|reach)\b(?:[^.!?]|\.(?=\S)){0,160}?(?:\bto (?:remove|delete|opt out|request)\b|\b(?:sites?|brands?|director(?:y|ies)|listings?|profiles?)\b)",
    r"\b(?:brands?|sites?|compan(?:y|ies)|businesses|subsidiar(?:y|ies)|properties)\b[^.;!?]{0,80}\b(?:keeps?|maintains?|holds?|has|have) (?:its|their) own (?:records|data|databases?|lists)\b",
    r"\b(?:are|is) (?:operated|run|managed|maintained) (?:separately|independently)\b",
    r"\b(?:esta|la|su|dicha) (?:\S+ )?(?:solicitud|baja|eliminacion|supresion|peticion)\b[^.;!?]{0,30}\bno (?:incluye|cubre|abarca|alcanza|se extiende a|aplica a)\b"
    r"(?:[^.!?]|\.(?=\S)){0,160}?(?:\bpara (?:retirar|eliminar|borrar|dar de baja|quitar)\b|\b(?:directorio|sitios?|marcas?|perfil(?:es)?|listados?|fichas?)\b)",
    r"\bcada (?:una de (?:las|nuestras) )?(?:marca|sitio|empresa|compania)s? (?:\S+ ){0,3}(?:lleva|mantiene|tiene|guarda|conserva|maneja) sus propios (?:registros|datos|archivos|listados)\b",
    r"\b(?:se )?(?:operan|administran|gestionan|manejan) (?:de forma |de manera |por )?(?:separad[oa]|independiente)",
    r"\b(?:esta|a|sua) (?:\S+ )?(?:solicitacao|exclusao|remocao|pedido)\b[^.;!?]{0,30}\bnao (?:inclui|cobre|abrange|se estende)\b"
    r"(?:[^.!?]|\.(?=\S)){0,160}?(?:\bpara (?:remover|excluir|retirar)\b|\b(?:sites?|marcas?|perfis?|perfil|diretorio)\b)",
    r"\bcada (?:marca|site|empresa) (?:\S+ ){0,3}(?:mantem|tem|guarda|conserva) (?:seus|os seus) proprios (?:registros|dados|cadastros)\b",
    r"\bcette (?:demande|suppression|desinscription)\b[^.;!?]{0,30}\bne (?:couvre|concerne|comprend|vise|s'applique) pas\b"
    r"(?:[^.!?]|\.(?=\S)){0,160}?(?:\bpour (?:supprimer|retirer)\b|\b(?:sites?|marques?|fiches?|profils?|annuaire)\b)",
    r"\bchaque (?:marque|site|societe) (?:\S+ ){0,3}(?:conserve|tient|garde|gere) (?:ses|son) propres? (?:registres|donnees|fichiers|fichier)\b",
    r"\b(?:sont|est) (?:exploite|gere|administre)e?s? (?:separement|independamment)\b",
)

#: 3. A ticket's status field that says the request is not done yet ("Status: Submitted", "Estado: Pendiente", "Status:
#:    em análise", "Statut : en cours"), beside a generic completion ("your request has been completed"): a receipt
#:    (acknowledged). A removal told in words stays a removal: a help desk's status field lags its agent's words (set V
#:    labels "The profile you reported has been removed" under "Status | Pending" confirmed, as a person would).
_STATUS_NOT_DONE = _rx(
    r"\b(?:request |ticket |case )?(?:status|state) ?[|:] ?(?:pending|in progress|submitted|received|open|new|under review|processing|queued|"
    r"awaiting \S+|not started|in review|on hold)\b",
    r"\b(?:estado|estatus)(?: de la solicitud| del caso| del ticket)? ?[|:] ?(?:pendiente|en proceso|en tramite|enviada|recibida|abierta|nueva|"
    r"en revision|en espera|sin iniciar)\b",
    r"\bstatus(?: do pedido| da solicitacao)? ?[|:] ?(?:pendente|em andamento|em analise|recebid[oa]|enviad[oa]|abert[oa]|nov[oa]|aguardando)\b",
    r"\bstatut(?: de la demande)? ?[|:] ?(?:en cours|en attente|recue|soumise|ouverte|nouvelle)\b",
)

#: 4. One of several listings removed, the others left up because the broker judged them other people's ("Eliminamos
#:    uno … los otros dos corresponden a otras personas, así que los dejamos publicados"; "we removed one; the other two
#:    stay up"): the client may be in those, a person looks.
_OTHERS_LEFT_UP = _rx(
    r"\b(?:we )?(?:left|kept|are leaving|will leave|keep) (?:them|those|both|the others?|the (?:other|remaining) (?:\S+ )?(?:profiles?|listings?|records?))"
    r" (?:up|published|online|listed|visible|active|in place|live)\b",
    r"\bthe (?:other|remaining) (?:\S+ ){0,2}(?:profiles?|listings?|records?|ones?)\b[^.;!?]{0,80}\b(?:remains?|stays?|are still|is still|will remain|will stay)"
    r" (?:up|published|online|listed|visible|active|live)\b",
    r"\b(?:los|las) (?:dejamos|mantenemos|mantuvimos|conservamos|dejaremos) (?:publicad|visibles?|en linea|activ|en el sitio)",
    r"\b(?:el|la|los|las) (?:otr[oa]s?|demas|restantes?) (?:\S+ ){0,2}(?:perfil(?:es)?|fichas?|registros?|listados?)?\b[^.;!?]{0,80}\b(?:sigue|siguen|queda|quedan|permanece|permanecen|seguira|seguiran)"
    r" (?:publicad|visibles?|en linea|activ)",
    r"\b(?:os|as) (?:mantivemos|deixamos|mantemos|manteremos) (?:publicad|visive|no ar|ativ)",
    r"\b(?:o|a|os|as) (?:outr[oa]s?|demais|restantes?) (?:\S+ ){0,2}(?:perfil|perfis|registros?|cadastros?)?\b[^.;!?]{0,80}\b(?:continua|continuam|permanece|permanecem|segue|seguem|fica|ficam)"
    r" (?:publicad|visive|no ar|ativ)",
    r"\b(?:nous )?les (?:avons )?(?:laisse|maintenu|conserve)e?s? (?:en ligne|publie|visibles?|actif)",
    r"\b(?:l'autre|les autres) (?:\S+ ){0,2}(?:fiches?|profils?)?\b[^.;!?]{0,80}\b(?:reste|restent|demeure|demeurent) (?:en ligne|publiee?s?|visibles?|actif)",
)


def _not_done_by_its_own_fields(msg: Incoming, verdict: Classification) -> Classification | None:
    """What a mail read as a confirmation shows that makes it none (set W's classes 3 and 4 above): its own status field
    says the request is not done while its completion is generic (``_GENERIC_DONE``): acknowledged; or one of several
    listings was removed and the others left up: unsure. None when neither."""
    if verdict.kind != "confirmed":
        return None
    body = " ".join(reply_text(msg).split())  # the subject too: a portal puts the ticket's state there
    if (status := _STATUS_NOT_DONE.search(body)) and _GENERIC_DONE.search(verdict.evidence):
        return Classification("acknowledged", "acknowledged: the ticket's own status says it is not done yet", confidence=0.9,
                              evidence=f"{verdict.evidence} / {status.group(0)}")
    # a suppression entry kept "to keep them in place" is the removal's lasting, not listings left up (r38, below); never
    # beside an exception or "other" ("… except on PeopleWise", "her other listings we kept them in place") (r40)
    if left := next((m for m in _OTHERS_LEFT_UP.finditer(body)
                     if not (_KEPT_IN_PLACE.fullmatch(m.group(0)) and _SUPPRESSION_LIST.search(kept := _sentence_at(body, m.start(), m.end()))
                             and not _BUT_ONE.search(kept))),
                    None):
        return Classification("unsure", "unsure: one of several listings removed; the others, judged someone else's, are left up",
                              confidence=0.4, evidence=f"{verdict.evidence} / {left.group(0)}")
    return None
#: Review 37: a user profile and its login (the site account's own profile, not a people-search listing) deleted.
_ACCOUNTS_OWN = _with(_ACCOUNTS_OWN, r"\buser profiles?\b", r"\bperfil(?:es)? de usuari[oa]\b", r"\bperfis? de usuario\b",
                      r"\bprofils? (?:d')?utilisat(?:eur|rice)\b")
_ACCOUNT_DONE = _with(_ACCOUNT_DONE, r"\b(?:deleted|removed|erased)\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:user profile|login credentials|password)\b",
                      r"\b(?:eliminamos|borramos)\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:perfil de usuari[oa]|contrasena)\b",
                      r"\b(?:excluimos|apagamos)\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:perfil de usuario|senha)\b")


# ---- set V retired (branch r37, 2026-12-02): the older false confirmations, each as a class ------------------------
# (tests/test_replies_pass37.py, wordings of our own in English, Spanish, Portuguese and French.)
#
# 1. A record deleted from a mailing system, a direct-mail or postal mailing file or a catalogue list ("your record is
#    gone from our mailing system", "eliminamos su registro de nuestro sistema de correo postal", "removemos o cadastro
#    da nossa mala direta", "supprimé sa fiche de notre fichier de publipostage"): a mailing list left, as ``_OFF_LIST``
#    read it for a newsletter; a people-search listing is not mailed.
_MAILING_PLACE = (r"(?:mailing (?:system|file|database|records?|program(?:me)?)|(?:direct|postal|physical|catalog(?:ue)?) ?mail(?:ing)? "
                  r"(?:system|list|file|database|program(?:me)?)s?|direct[- ]mail(?:ing)?|catalog(?:ue)? (?:mailing )?lists?)")
_MAILING_PLACE_ES = (r"(?:(?:sistema|lista|base(?: de datos)?|archivo|fichero|padron)s? de (?:envios? (?:postales|por correo|publicitarios)|correo (?:postal|directo)|"
                     r"correspondencia|catalogos|mailing|publicidad postal)|mailing)")
_MAILING_PLACE_PT = r"(?:(?:sistema|lista|base|cadastro|arquivo)s? de (?:mala direta|correspondencia|envios? postais|catalogos|mailing)|mala direta)"
_MAILING_PLACE_FR = (r"(?:(?:fichier|liste|base)s? (?:de |d')(?:publipostage|envois? postaux|courrier(?:s)? (?:postal|postaux|publicitaires?)|"
                     r"prospection postale|catalogues?|mailing)|publipostage)")
_OFF_LIST = _with(
    _OFF_LIST,
    rf"\b(?:removed|deleted|erased|purged|dropped|gone|taken off|taken out)\b(?:[^.;!?]|\.(?=\S)){{0,40}}?\b(?:from|off|out of) (?:our|the|all (?:of )?our|its) (?:\S+ ){{0,2}}?{_MAILING_PLACE}\b",
    rf"\b(?:eliminamos|borramos|quitamos|retiramos|sacamos|suprimimos|dimos de baja|eliminad[oa]|borrad[oa]|retirad[oa]|suprimid[oa])\b(?:[^.;!?]|\.(?=\S)){{0,60}}?"
    rf"\b(?:de|del) (?:nuestr[oa]s? |la |el |los |las )?{_MAILING_PLACE_ES}\b",
    rf"\b(?:ya no (?:esta|figura|aparece)) en (?:nuestr[oa] |la |el )?{_MAILING_PLACE_ES}\b",
    rf"\b(?:removemos|excluimos|retiramos|apagamos|eliminamos|descadastramos|removid[oa]|excluid[oa]|retirad[oa]|apagad[oa])\b(?:[^.;!?]|\.(?=\S)){{0,60}}?"
    rf"\bd[oa]s? (?:noss[oa]s? )?{_MAILING_PLACE_PT}\b",
    rf"\b(?:supprime|retire|efface|radie)e?s?\b(?:[^.;!?]|\.(?=\S)){{0,60}}?\b(?:de|du|des) (?:notre |nos |la |le |les )?{_MAILING_PLACE_FR}\b",
)
#: … where the thing removed is called a record, an entry or a "fiche" of that mailing file: the mailing file's own
#: entry, no listing ("sa fiche de notre fichier de publipostage"). Cut before ``_LISTED_THING`` is looked for.
_MAILING_ENTRY = _rx(
    rf"\b(?:record|entry|profile|details)\b(?=(?:(?! and | y | e | et | ou | o | or )[^.;!?]){{0,40}}?\b(?:from|off|out of|in) (?:our|the|its) (?:\S+ ){{0,2}}?{_MAILING_PLACE})",
    rf"\b(?:registro|ficha|perfil|datos)\b(?=(?:(?! and | y | e | et | ou | o | or )[^.;!?]){{0,40}}?\b(?:de|del|en) (?:nuestr[oa]s? |la |el )?{_MAILING_PLACE_ES})",
    rf"\b(?:registro|cadastro|ficha|perfil|dados)\b(?=(?:(?! and | y | e | et | ou | o | or )[^.;!?]){{0,40}}?\bd[oa]s? (?:noss[oa]s? )?{_MAILING_PLACE_PT})",
    rf"\b(?:fiche|profil|coordonnees)\b(?=(?:(?! and | y | e | et | ou | o | or )[^.;!?]){{0,40}}?\b(?:de|du|des) (?:notre |nos |la |le |les )?{_MAILING_PLACE_FR})",
)

# 3. A duplicate REQUEST deleted, in the languages r31's rule read too narrowly ("Excluímos a sua solicitação duplicada",
#    "eliminamos la solicitud repetida", "supprimé votre demande en double"): one or two determiners before the noun,
#    the plural, and the duplicate said before or after it. Taken out of the sentence before a success is looked for.
_DUP = r"(?:duplicad[oa]s?|repetid[oa]s?|em duplicidade|en double|dupliquee?s?|doublons?|anterior(?:es)?|precedentes?|adicional(?:es)?)"
_NOT_DATA_DELETED = _with(
    _NOT_DATA_DELETED,
    r"\b(?:eliminamos|borramos|cerramos|fusionamos|descartamos|anulamos|cancelamos|suprimimos|quitamos|hemos (?:eliminado|borrado|cerrado|fusionado|descartado|anulado|cancelado))"
    rf" (?:(?:la|el|su|sus|las|los|una|un|esta|esa|tu|tus|otra|segunda|nueva) ){{1,2}}(?:solicitud|peticion|ticket|mensaje|correo|caso|formulario|tramite|reclamo|pedido)(?:es|s)? {_DUP}",
    r"\b(?:excluimos|removemos|apagamos|encerramos|descartamos|cancelamos|eliminamos|mesclamos|unificamos)"
    rf" (?:(?:o|a|os|as|seu|sua|seus|suas|essa|esse|esta|este|uma|um) ){{1,2}}(?:pedido|pedidos|solicitacao|solicitacoes|requisicao|requisicoes|ticket|chamado|protocolo|mensage[mn]s?|e-?mails?) {_DUP}",
    rf"\b(?:supprime|ferme|fusionne|annule|cloture)e?s? (?:(?:la|le|votre|vos|les|cette|ce|une|un) ){{1,2}}(?:demande|requete|ticket|message|courriel)s? {_DUP}",
    rf"\b(?:solicitud|peticion|pedido|solicitacao|demande|requete)(?:es|s|oes)? {_DUP} (?:\S+ ){{0,3}}(?:fue|fueron|ha sido|foi|foram|a ete|ont ete) "
    r"(?:eliminad|borrad|cerrad|descartad|anulad|excluid|removid|apagad|encerrad|supprimee?|fermee?|annulee?)\w*",
)

# 4. The data the person gave in the form deleted ("eliminamos todos tus datos de contacto que nos diste en el formulario",
#    "we deleted the details you sent us through the contact form", "apagamos os dados que você nos enviou pelo
#    formulário"), often beside "the public listing is not ours": what the writer sent is gone, the listing is not said to
#    be. Read only when the rest of the reply, that removal taken out, tells of no removal.
_FORM_DATA_DELETED = _rx(
    r"\b(?:deleted|removed|erased|purged|wiped)\b(?:[^.;!?]){0,80}?\b(?:in|through|via|on|with) (?:the|our|your|this|that) (?:\S+ )?(?:web ?|online |contact |request |opt-?out )?form\b",
    r"\b(?:eliminamos|borramos|suprimimos|quitamos|hemos (?:eliminado|borrado|suprimido))\b(?:[^.;!?]){0,80}?\b(?:en|por|a traves de|mediante|con) (?:el|nuestro|su|tu|este|ese) (?:\S+ )?formulario\b",
    r"\b(?:excluimos|apagamos|removemos|eliminamos)\b(?:[^.;!?]){0,80}?\b(?:n[oa]|pelo|pela|atraves d[oa]|com o) (?:nosso |seu |este |esse )?formulario\b",
    r"\b(?:supprime|efface|retire)e?s?\b(?:[^.;!?]){0,80}?\b(?:dans|via|par|avec) (?:le|notre|votre|ce) formulaire\b",
)
#: … unless what was deleted is named a listing, was found by the form's details ("we removed all listings matching the
#: details you sent us in the form", "the personal information associated with the identifiers you provided"), or the
#: form is where the removal was asked ("as requested on our opt-out form").
_FORM_DATA_LISTING = _rx(r"\bmatch", r"\bcoincid", r"\bcorrespond", r"\bassocia", r"\basocia", r"\blinked\b", r"\bvinculad",
                         r"\b(?:as )?(?:requested|asked)\b", r"\b(?:como|segun) (?:lo )?(?:solicit|pidi|pedi)", r"\bconforme (?:solicitado|pedido)", r"\bcomme demande")

# 2. The listing still shown until a later update ("we have processed the deletion; after our next data update her
#    profile won't show"; "tras la próxima actualización su perfil ya no aparecerá"; "após a próxima atualização o perfil
#    não aparecerá mais"; "après notre prochaine mise à jour, son profil n'apparaîtra plus"): the listing itself is still
#    up today, a removal promised for the update (acknowledged, as ``_LATER_DATE_BEFORE``'s), when the sentence names the
#    listing itself, not a search engine or its cache (review 37: "after the next update it will no longer appear in
#    Google's cache" beside a removal done stays a removal done).
_LISTING_NOUN = r"(?:profiles?|listings?|records?|pages?|entr(?:y|ies)|reports?)"
_GONE_LATER_EN = r"(?:will|shall) (?:\S+ ){0,2}?(?:no longer|not|stop|cease to) (?:\S+ ){0,2}?(?:show|appear|be (?:visible|shown|displayed|listed|searchable|available|online|up))|won't (?:\S+ ){0,2}?(?:show|appear|be (?:visible|shown|displayed|listed|searchable|available|online|up))|will (?:\S+ )?(?:disappear|vanish|drop off|go offline)"
_UPDATE_ES = r"(?:la |nuestra |una )?(?:proxima|siguiente) (?:\S+ ){0,2}?(?:actualizacion|carga|publicacion|indexacion)"
_UPDATE_PT = r"(?:a |nossa )?(?:proxima|seguinte) (?:\S+ ){0,2}?(?:atualizacao|carga|publicacao|indexacao)"
_UPDATE_FR = r"(?:la |notre )?(?:prochaine?|suivante) (?:\S+ ){0,2}?(?:mise a jour|actualisation|publication|indexation)"
_LISTING_AFTER_UPDATE = _rx(
    rf"\b(?:after|once|following|with|from|upon|at|when) (?:the |our |its |this |that )?(?:next|following|upcoming|coming) (?:\S+ ){{0,2}}?{_NEXT_RUN}"
    rf"\b[^.;!?]{{0,40}}?\b{_LISTING_NOUN} (?:\S+ ){{0,2}}?(?:{_GONE_LATER_EN})",
    rf"\b{_LISTING_NOUN} (?:\S+ ){{0,2}}?(?:{_GONE_LATER_EN})\b[^.;!?]{{0,40}}?\b(?:after|once|following|with|from|upon|at|when|until) (?:the |our |its |this |that )?"
    rf"(?:next|following|upcoming|coming) (?:\S+ ){{0,2}}?{_NEXT_RUN}",
    rf"\b(?:tras|despues de|con|a partir de|luego de|en) {_UPDATE_ES}\b[^.;!?]{{0,60}}?\b(?:perfil|ficha|listado|registro|pagina|anuncio)\b[^.;!?]{{0,20}}?"
    r"\b(?:ya no (?:aparecera|se (?:vera|mostrara)|estara|sera visible)|dejara de (?:aparecer|mostrarse|verse|publicarse)|desaparecera)\b",
    rf"\b(?:apos|depois d[ae]|com|a partir d[ae]|na) {_UPDATE_PT}\b[^.;!?]{{0,60}}?\b(?:perfil|ficha|anuncio|registro|pagina|cadastro)\b[^.;!?]{{0,20}}?"
    r"\b(?:nao (?:aparecera|sera (?:exibid|mostrad|visivel))|deixara de (?:aparecer|ser exibid|ser mostrad)|desaparecera)",
    rf"\b(?:apres|des|lors de|avec|a partir de) {_UPDATE_FR}\b[^.;!?]{{0,60}}?\b(?:profil|fiche|annonce|page|inscription)\b[^.;!?]{{0,20}}?"
    r"\b(?:n'apparaitra plus|ne (?:sera|s'affichera) plus|disparaitra|cessera d'(?:apparaitre|etre))",
)
#: … not the listing's copy at a search engine, a cache or a partner's feed, which the broker does not run.
_THIRD_PARTY_COPY = _rx(r"\b(?:google|bing|yahoo|duckduckgo|search engines?|cache[ds]?|buscador(?:es)?|motor(?:es)? de busca|moteurs? de recherche|archive|"
                          r"partners?|partner (?:sites?|feeds?)|feeds?|affiliates?|socios|afiliados|parceiros|partenaires)\b")
#: … and only when the broker's own site is not named beside it (review 39, branch r40): "will no longer appear on our
#: site or on Google in about two weeks", "our cache will clear it", "dejará de aparecer en Google y en nuestro sitio"
#: say the broker's own copy still shows: a removal promised. ``_third_party_only`` reads both.
_OUR_OWN_PLACE = _rx(
    r"\b(?:our|this) (?:own )?(?:site|website|web site|pages?|search results|results|directory|platform|app|database|servers?|systems?|cache|index)\b",
    r"\b(?:nuestr[oa]s?|este|esta) (?:propi[oa] )?(?:sitio|sitio web|web|paginas?|resultados|directorio|plataforma|base de datos|servidor(?:es)?|sistemas?|cache|indice)\b",
    r"\b(?:noss[oa]s?|este|esta) (?:propri[oa] )?(?:site|pagina|paginas|resultados|diretorio|plataforma|base de dados|servidor(?:es)?|sistemas?|cache|indice)\b",
    r"\b(?:notre|nos|ce) (?:propre )?(?:site|pages?|resultats|annuaire|plateforme|base de donnees|serveurs?|systemes?|cache|index)\b",
)


def _third_party_only(sentence: str) -> bool:
    """Whether ``sentence`` (folded) names a search engine's, a cache's or a partner's copy (``_THIRD_PARTY_COPY``) and
    not the broker's own site or cache (``_OUR_OWN_PLACE``)."""
    return bool(_THIRD_PARTY_COPY.search(sentence)) and not _OUR_OWN_PLACE.search(sentence)

#: An e-mail address or a web address inside a matched span (a gap of a rule may hold one).
_ADDRESS_IN_SPAN = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+")


def _span(text: str) -> str:
    """A rule's matched span as evidence: no e-mail or web address, and when its gap made it long (more than six words)
    only its first two and last three words, so that a name the gap crossed is not kept (evidence is stored in event
    data)."""
    words = _ADDRESS_IN_SPAN.sub("…", text).split()
    return " ".join(words) if len(words) <= 6 else " ".join(words[:2] + ["…"] + words[-3:])


_not_the_clients_listing_r36 = _not_the_clients_listing


def _not_the_clients_listing(msg: Incoming, verdict: Classification) -> Classification | None:  # noqa: F811 - r36's, then r37's
    """As before (set V's first read); then (set V retired, branch r37) a removal from a mailing system or file only, the
    data the writer gave in a form deleted while the rest of the reply tells of no removal, and the listing said to stop
    showing only after a later update. The evidence is the matched span. None when nothing does."""
    if (before := _not_the_clients_listing_r36(msg, verdict)) is not None:
        return before
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    if later := next((m for m in _LISTING_AFTER_UPDATE.finditer(body)
                      if not _third_party_only(_sentence_at(body, m.start(), m.end()))), None):
        return Classification("acknowledged", "acknowledged: the listing stops showing only after a later update",
                              confidence=0.9, evidence=f"{verdict.evidence} / {_span(later.group(0))}")
    said = [s for s in _sentences(body) if _OFF_LIST.search(s) or _DELETED_WORD.search(s) or _CONFIRMED.search(s)]
    mailing = [m for s in said if (m := _OFF_LIST.search(s))]
    if said and len(mailing) == len(said) and not any(_LISTED_THING.search(_MAILING_ENTRY.sub(" ", s)) for s in said):
        return Classification("unsure", "unsure: a mailing list or mailing file left; nothing says the listing was removed",
                              confidence=0.4, evidence=f"{verdict.evidence} / {_span(mailing[0].group(0))}")
    for m in _FORM_DATA_DELETED.finditer(body):
        if _LISTED_THING.search(m.group(0)) or _FORM_DATA_LISTING.search(m.group(0)):
            continue
        rest = f"{body[:m.start()]} {body[m.end():]}"
        done = _confirmed("\n" + rest)
        if done is None or done.kind != "confirmed":
            return Classification("unsure", "unsure: the data the writer gave in a form deleted; nothing says the listing was",
                                  confidence=0.4, evidence=f"{verdict.evidence} / {_span(m.group(0))}")
    return None


# 5. (set V's misses) "No personal information linked to that e-mail address": a search by the e-mail address the
#    letter was sent from proves nothing about a people-search listing, which is found by name and
#    address and needs no e-mail (set V README, "searches that prove nothing"). A "no record" whose own sentence, or the
#    sentence before it ("We searched for the email address … and found nothing. There is no data to delete."), names
#    an e-mail address as what was searched is unsure: a person asks for a search by name and address.
#    Not when the reply says it searched by name too.
_BY_EMAIL_ONLY = _rx(
    r"\be-?mail address(?:es)?\b", r"\b(?:for|under|with|by|to|from|linked to|associated with|tied to) (?:the|that|this|your|their|her|his) (?:\S+ )?e-?mail\b",
    r"\b(?:correo electronico|direccion de correo|e-?mail)\b",
    r"\b(?:endereco de e-?mail|e-?mail)\b",
    r"\b(?:adresse (?:courriel|e-?mail|electronique)|courriel)\b",
    r"\b(?:adres imel|imel)\b",
    r"(?:đia chi email|\bemail\b)",
    r"(?:电子邮件|电子邮箱|邮箱|電子郵件|電子郵箱|郵箱)",
    r"(?:البريد الالكتروني|البريد الإلكتروني|الايميل|الإيميل)",
    r"\b(?:iimayl\w*|email\w*)\b",
    r"(?:электронн\w* почт\w*|\be-?mail\b|електронн\w* пошт\w*)",
)
#: … a search by name said in the reply: then it is a search that could find the listing; an account searched for
#: ("no account under your e-mail address"), which reads as it did (a refusal, no record: tests/test_replies_r26.py);
#: our own earlier mail named ("sorry for our earlier e-mail saying …": tests/test_replies_r18.py).
_BY_NAME_TOO = _rx(r"\b(?:names?|nombres?|nomes?|noms?|ten|magac\w*)\b", r"(?:\bимен\w*|\bимя\b|\bім'я\b|姓名|名字|الاسم|اسم)",
                   r"\b(?:accounts?|cuentas?|contas?|comptes?)\b",
                   r"\b(?:our|my|nuestro|mi|nosso|meu|notre|mon) (?:\S+ )?(?:e-?mail|correo|mensaje|mensagem|courriel|message)\b")


# 6. (set V's misses) A removal put on a schedule, read as nothing ("the listing is scheduled to be removed in our
#    December 15 data update"; "your request will be processed in our next retrieval"; "se procesará en la próxima
#    descarga"; "será processado no próximo ciclo"; "sera traitée lors de la prochaine mise à jour"): a receipt with a
#    promise, acknowledged, as a promise with a date already is (``_LATER_DATE``). Only when no rule read anything, and
#    never negated ("will not be processed").
_PUT_ON_SCHEDULE = _rx(
    r"\b(?:is|are|has been|have been) scheduled (?:to be (?:removed|deleted|suppressed|processed|taken down)|for (?:removal|deletion|processing))\b",
    r"(?<!\bnot )\bwill be (?:processed|removed|deleted|handled) (?:in|on|at|during|with|by) (?:our|the) (?:next|following|upcoming) (?:\S+ ){0,2}?"
    r"(?:retrieval|download|update|refresh|run|cycle|batch|release|pull)\b",
    r"(?<!\bno )\bse (?:procesara|eliminara|borrara|atendera)n? en (?:la|el) (?:proxim[oa]|siguiente) (?:\S+ )?(?:descarga|actualizacion|ciclo|lote|revision|carga)\b",
    r"(?<!\bno )\b(?:sera|seran) (?:procesad|eliminad|borrad)[oa]s? (?:en (?:la|el) (?:proxim[oa]|siguiente)|dentro de \d+ dias)",
    r"\besta(?:n)? programad[oa]s? para (?:ser )?(?:eliminad|borrad|procesad|excluid|removid|processad)",
    r"(?<!\bnao )\bsera(?:o)? (?:processad|excluid|removid)[oa]s? (?:n[oa] (?:proxim[oa]|seguinte)|dentro de \d+ dias)",
    r"(?<!\bne )\bsera(?:nt)? (?:traitee?s?|supprimee?s?) (?:lors de|a|dans) (?:la|le) (?:prochaine?|suivante?)\b",
)
#: 7. (set V's misses) A short reply from a phone that takes the case on and says nothing more ("will do", "ok, I'll look
#:    into it", "ok, lo reviso y le aviso", "ok, vou verificar"): a receipt, acknowledged, only as the whole body.
_ON_IT = _rx(
    r"^\W*(?:ok(?:ay)?[,.!]? )?(?:will do|on it|(?:i'll|i will|we'll|we will) (?:look into it|check(?: (?:it|on it|and get back to you))?|get back to you))\W*$",
    r"^\W*(?:ok(?:ay)?[,.!]? )?(?:lo|la) (?:reviso|veo|checo|miro) y (?:le|te|les) (?:aviso|escribo|digo|contesto)\W*$",
    r"^\W*(?:ok(?:ay)?[,.!]? )?(?:vou|vamos) (?:verificar|ver|olhar) e (?:te |lhe )?(?:aviso|retorno|falo)\W*$",
    r"^\W*(?:ok(?:ay)?[,.!]? )?(?:je|on) (?:regarde|verifie) et (?:je )?(?:vous|te) (?:tiens au courant|redis|reviens)\W*$",
)
#: … a phone's signature ("Sent from my iPhone", "Enviado desde mi iPhone"), cut before ``_ON_IT`` reads the body.
_PHONE_SIGNATURE = _rx(r"\b(?:sent from my|enviado desde mi|enviado do meu|envoye de mon|get outlook for)\b.*$")


_classify_r36 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then set V's misses (branch r37)
    """As before (``_classify_r36``); then a reply read as nothing that puts the removal on a schedule (class 6) or
    is a short "will do" from a phone (class 7) is ``acknowledged`` (0.9), and a "no record" found only by the e-mail
    address (class 5) is ``unsure`` (0.4), its evidence the refusal's span and the e-mail noun matched."""
    verdict = _classify_r36(msg)
    if verdict.kind == "other" and not verdict.language:
        body = " ".join(reply_text(msg).partition("\n")[2].split())
        if promise := _PUT_ON_SCHEDULE.search(body):
            return Classification("acknowledged", "acknowledged: the removal is put on a schedule (a promise)", confidence=0.9,
                                  evidence=_span(promise.group(0)))
        if short := _ON_IT.search(_PHONE_SIGNATURE.sub("", body).strip()):
            return Classification("acknowledged", "acknowledged: a short reply that takes the case on, nothing more",
                                  confidence=0.9, evidence=_span(short.group(0)))
    if verdict.kind != "refused" or verdict.reason != "no record" or not verdict.evidence:
        return verdict
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    said = verdict.evidence.partition(" / ")[0]
    where = body.find(said)
    if where < 0 or _BY_NAME_TOO.search(body):
        return verdict
    sentence = _sentence_at(body, where, where + len(said))
    before = _sentence_at(body, max(0, body.find(sentence) - 2), max(0, body.find(sentence) - 2)) if body.find(sentence) > 1 else ""
    if key := _BY_EMAIL_ONLY.search(sentence) or _BY_EMAIL_ONLY.search(before):
        return Classification("unsure", "unsure: no record found for an e-mail address, which says nothing of a listing "
                              "found by name and address", confidence=0.4, evidence=f"{_span(said)} / {key.group(0)}")
    return verdict


# 8. (set V's misses) A removal said with its lasting joined by "and": "the listing has been removed and will not appear
#    in our search results", "fue eliminado y no aparecerá en nuestras búsquedas", "foi removido e não aparecerá nos
#    resultados", "a été supprimée et n'apparaîtra pas dans nos résultats": the removal's effect, as "no longer
#    appears" already is, never a part left undone (``_NOT_AGAIN``, cut before the sentence's negations are read: a
#    negation elsewhere in it, "has not been removed and will not appear", still counts).
_NOT_AGAIN = _with(
    _NOT_AGAIN,
    r"\band (?:it |they )?(?:will not|won't) (?:\S+ )?(?:appear|show up|be (?:shown|displayed|visible|listed|searchable)) (?:in|on) (?:our|the|any of our) "
    r"(?:\S+ )?(?:search(?:es| results?)|results|site|website|directory|pages?)\b",
    r"\by no (?:aparecera|apareceran|se mostrara|se mostraran|sera visible) (?:en|dentro de) (?:nuestr[oa]s?|los|las|el|la) (?:\S+ )?(?:resultados|busquedas|sitio|pagina|directorio)\b",
    r"\be nao (?:aparecera|aparecerao|sera exibid[oa]|serao exibid[oa]s) (?:n[oa]s?|em) (?:noss[oa]s? )?(?:\S+ )?(?:resultados|buscas|pesquisas|site|pagina)\b",
    r"\bet n'(?:apparaitra|apparaitront|sera|seront) (?:pas|plus) (?:\S+ )?(?:dans|sur) (?:nos|les|notre|le) (?:\S+ )?(?:resultats|recherches|site|annuaire)\b",
)


# ---- set W retired (branch r38, 2026-12-02): review 38's false confirmations, each as a class ----------------------
# (tests/test_replies_pass38.py, wordings of our own in English, Spanish, Portuguese and French.) Read from
# ``_not_lasting``'s end through ``_not_the_clients_listing`` (rebound below, read at call time). The evidence is the
# matched span (``_span``).
#
# a. Someone else's listing removed, not only a relative's: "we removed a profile, but it was for a Maria Lopez in
#    Ohio, not your client"; a namesake's; a former resident's, a previous tenant's or a neighbour's at the address
#    ("eliminamos el perfil de un homónimo", "o perfil de um antigo morador", "la fiche d'une voisine"): unsure, when
#    the removal's own sentence says so and does not name the client's own listing too.
_ANOTHER_PERSON = _rx(
    r"\bnot (?:for |of |belonging to |about )?your (?:client|customer|principal)\b(?!'s)",
    r"\bnamesakes?\b", r"\b(?:former|previous|prior|past|old) (?:residents?|occupants?|tenants?|owners?|renters?)\b",
    r"\b(?:(?:of|for|belonging to) (?:a|an|the|her|his|their|your client's) (?:next-door )?neighbou?rs?\b|(?:a|the|her|his|their) (?:next-door )?neighbou?r's)", r"\b(?:someone|somebody) else's\b", r"\b(?:of|for|belongs? to|belonged to|belonging to) (?:someone|somebody) else\b",
    r"\b(?:of|for|belongs? to|belonged to|belonging to) (?:another|a different|an unrelated) (?:person|individual|consumer)\b",
    r"\bno (?:de|era de|es de|pertenec\w* a|correspond\w* a) (?:su|tu) (?:client[ea]|representad[oa])\b",
    r"\bhomonim[oa]s?\b", r"\b(?:antigu[oa]s?|anterior(?:es)?|ex) (?:residentes?|inquilin[oa]s?|ocupantes?|propietari[oa]s?|duen[oa]s?|habitantes?)\b",
    r"\b(?:de|a) (?:un|una|el|la|su|sus|otr[oa]) vecin[oa]s?\b", r"\bdel vecin[oa]\b", r"\b(?:de|pertenec\w* a|correspond\w* a) (?:otra persona|una persona (?:distinta|diferente))\b",
    r"\bnao (?:da|de|do|era d[ao]|e d[ao]|pertenc\w* (?:a|ao|a sua)) (?:sua |seu )?cliente\b",
    r"\b(?:antig[oa]s?|anterior(?:es)?|ex-?) ?(?:morador(?:es|a|as)?|residentes?|inquilin[oa]s?|ocupantes?|proprietari[oa]s?)\b",
    r"\bd(?:e )?(?:um|uma|o|a|seu|sua) vizinh[oa]s?\b", r"\b(?:de|pertenc\w* a) outra pessoa\b",
    r"\bpas (?:de |a |pour |celle de |celui de )?votre client(?:e)?\b", r"\bhomonymes?\b",
    r"\b(?:ancien(?:ne)?s?|precedent(?:e)?s?) (?:residents?|residente?s?|occupant(?:e)?s?|locataires?|proprietaires?|habitant(?:e)?s?)\b",
    r"\b(?:d'un|d'une|du|de la|de sa|de son|d'un autre) voisin(?:e)?s?\b", r"\bd'une autre personne\b", r"\b(?:appartient|appartenait|appartenant) a (?:quelqu'un d'autre|une autre personne)\b",
)
#: … the client's own listing named in that sentence, not negated ("we removed your client's profile and her
#: neighbour's"): the client's removal stands.
_CLIENTS_OWN_NOT_NEGATED = re.compile(r"(?<!\bnot )(?<!\bno )(?<!\bnao )(?<!\bpas )(?:" + _CLIENTS_OWN.pattern + ")")

# b. The listing said to stop showing only at a later time that is no date: "in two weeks her profile will no longer
#    appear", "beginning next week", "within 30 days", "dentro de dos semanas … ya no aparecerá", "na próxima semana …
#    não aparecerá mais", "à partir de la semaine prochaine, sa fiche n'apparaîtra plus"; and r37's "has been removed
#    and will not appear in our search results in about two weeks": the broker's own site still shows it until then, a
#    removal promised (acknowledged), as pass 37's "after our next update" is. A search engine's, a cache's or a
#    partner's copy that lags ("in two weeks it will also be gone from Google's cache") leaves a removal done, as the
#    sets label it (set W's caches: confirmed).
_LATER_TIME = _rx(
    r"\b(?:in|within|after) (?:about |around |approximately |roughly |up to |another |the next |a further )?(?:\d+|a|an|one|two|three|four|five|six|"
    r"seven|eight|ten|fourteen|thirty|a few|a couple of|several)(?:-\d+)? (?:more |further |business |working |calendar )?(?:days?|weeks?|months?|hours?)\b",
    r"\b(?:beginning|starting|from|as of|by|later|during|over) (?:the )?(?:next|coming|following|this coming) (?:week|month|weekend|business day|few days)\b",
    r"\bnext (?:week|month)\b",
    r"\b(?:dentro de|en|en unos|en unas|en un plazo de|a mas tardar en|despues de|tras) (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|treinta|"
    r"unos|unas|pocos|pocas|algunos|algunas)(?:-\d+)? (?:\S+ )?(?:dias|semanas|meses|horas)\b",
    r"\b(?:la |a partir de la |desde la |durante la )?(?:proxima|siguiente) semana\b", r"\b(?:el |a partir del |desde el )?(?:proximo|siguiente) mes\b",
    r"\b(?:dentro de|em|daqui a|apos|depois de|no prazo de) (?:\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|dez|quinze|trinta|alguns|algumas|poucos|poucas)"
    r"(?:-\d+)? (?:\S+ )?(?:dias|semanas|meses|horas)\b",
    r"\b(?:na |a partir da |durante a )?(?:proxima|seguinte) semana\b", r"\b(?:no |a partir do )?(?:proximo|seguinte) mes\b",
    r"\b(?:dans|sous|d'ici|apres) (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|trente|quelques)(?:-\d+)? (?:\S+ )?(?:jours|semaines|mois|heures)\b",
    r"\b(?:la |a partir de la |des la )?semaine (?:prochaine|suivante)\b", r"\b(?:le |a partir du |des le )?mois (?:prochain|suivant)\b",
)
_GONE_LATER = _rx(
    _GONE_LATER_EN,
    r"\b(?:ya no|no) (?:aparecera|apareceran|se (?:vera|veran|mostrara|mostraran)|sera visible|seran visibles|estara (?:visible|disponible|publicad[oa]|en linea))\b",
    r"\bdejara de (?:aparecer|mostrarse|verse|estar visible)\b",
    r"\bnao (?:aparecera|aparecerao|sera (?:exibid[oa]|visivel|mostrad[oa])|serao (?:exibid[oa]s|visiveis|mostrad[oa]s)|estara (?:visivel|disponivel|no ar))\b",
    r"\bdeixara de (?:aparecer|ser exibid[oa]|estar visivel)\b",
    r"\bn'(?:apparaitra|apparaitront|sera|seront|figurera|figureront) (?:plus|pas)\b", r"\bne (?:sera|seront|figurera|figureront) plus\b",
    r"\bcessera d'(?:apparaitre|etre visible)\b",
    # the broker's own cache or index still holding it (review 39, branch r40: "our cache will clear it in two weeks")
    r"\b(?:cache|index)\b[^.;!?]{0,20}\bwill (?:\S+ )?(?:clear|purge|flush|drop|refresh|update)\b",
    r"\b(?:cache|indice)\b[^.;!?]{0,20}\b(?:se )?(?:borrara|limpiara|vaciara|actualizara|apagara|atualizara|videra|effacera|mettra a jour)\b",
)

# d. Other wordings of set W's classes: the removal said to cover this site only ("the removal applies only to this
#    site", "la baja solo aplica a este sitio", "a remoção vale só para este site", "la suppression ne s'applique qu'à ce
#    site"): one site of a group, unsure; and the public directory said not the broker's ("el directorio público no
#    depende de nosotros", "we do not run the public directory", "o diretório público não é nosso", "l'annuaire public
#    ne dépend pas de nous"): what was deleted is the broker's own copy, the listing is not said gone (unsure).
_ONLY_THIS_SITE = _rx(
    r"\b(?:applies|apply|is limited|was limited|extends|is valid) only to (?:this|our|the present|one|that) (?:\S+ )?(?:site|website|brand|directory|domain|service|page|product)\b",
    r"\bonly (?:applies|covers|extends) (?:to )?(?:this|our|one|that) (?:\S+ )?(?:site|website|brand|directory|domain|service|product)\b",
    r"\b(?:aplica|se aplica|vale|es valida|se limita|tiene efecto) (?:solo|solamente|unicamente) (?:a|para|en|al) (?:este|esta|nuestro|nuestra|el|la) (?:\S+ )?"
    r"(?:sitio|portal|marca|directorio|pagina|servicio|web)\b",
    r"\b(?:solo|solamente|unicamente) (?:aplica|se aplica|vale|tiene efecto) (?:a|para|en|al) (?:este|esta|nuestro|nuestra|el|la) (?:\S+ )?(?:sitio|portal|marca|directorio|pagina|servicio|web)\b",
    r"\b(?:vale|se aplica|aplica-se|e valida|se limita|tem efeito) (?:so|somente|apenas|unicamente) (?:a|para|ao|a este|neste|nesta|n[oa]) (?:este |esta |nosso |nossa )?(?:\S+ )?"
    r"(?:site|portal|marca|diretorio|pagina|servico)\b",
    r"\b(?:so|somente|apenas|unicamente) (?:vale|se aplica|tem efeito) (?:para|a|ao|n[oa]|neste|nesta) (?:este |esta |nosso |nossa )?(?:\S+ )?(?:site|portal|marca|diretorio|pagina|servico)\b",
    r"\bne (?:s'applique|vaut|concerne|couvre|porte) (?:que )?(?:qu'|que )(?:a |au |sur |pour )?(?:ce|cette|notre) (?:\S+ )?(?:site|marque|annuaire|service|portail)\b",
)
_PUBLIC_NOT_OURS = _rx(
    r"\bthe public (?:\S+ )?(?:directory|listing|site|profile|website|page)s? (?:is|are) not (?:ours|run by us|operated by us|controlled by us|under our control|"
    r"managed by us|maintained by us|our responsibility)\b",
    r"\bwe (?:do not|don't) (?:control|run|operate|manage|own|maintain) the public (?:\S+ )?(?:directory|listing|site|profile|website|page)s?\b",
    r"\bthe public (?:\S+ )?(?:directory|listing|site|profile|website|page)s?\b[^.;!?]{0,30}\b(?:does not|doesn't|do not|don't) depend on us\b",
    r"\b(?:directorio|listado|sitio|perfil|pagina|ficha)s? public[oa]s? no (?:depende(?:n)? de nosotros|es nuestr[oa]|son nuestr[oa]s|esta(?:n)? a nuestro cargo|"
    r"esta(?:n)? bajo nuestro control|(?:lo|la|los|las) (?:controlamos|manejamos|administramos|gestionamos|operamos))\b",
    r"\bno (?:controlamos|manejamos|administramos|gestionamos|operamos) (?:el|la|los|las) (?:directorio|listado|sitio|perfil|pagina|ficha)s? public[oa]s?\b",
    r"\b(?:diretorio|perfil|site|pagina|cadastro|listagem)s? public[oa]s? nao (?:depende(?:m)? de nos|e noss[oa]|sao noss[oa]s|esta(?:o)? sob nosso controle|"
    r"(?:o |a )?(?:controlamos|administramos|gerenciamos|operamos))\b",
    r"\bnao (?:controlamos|administramos|gerenciamos|operamos) (?:o|a|os|as) (?:diretorio|perfil|site|pagina|listagem)s? public[oa]s?\b",
    r"\b(?:annuaire|profil|site|fiche|page)s? publi(?:c|que)s? ne (?:depend|dependent|releve|relevent) pas de nous\b",
    r"\bnous ne (?:controlons|gerons|exploitons|administrons) pas (?:l'annuaire|le site|la fiche|le profil|les fiches|la page) publi(?:c|que)s?\b",
)
#: … and the others said untouched ("the other two profiles have not been touched", "los demás quedan como están", "os
#: demais ficam como estão", "les autres restent tels quels") or the second still up ("o segundo continua no ar", "the
#: second one is still online", "el segundo sigue publicado", "le deuxième reste en ligne"): set W's class 4, widened.
_OTHERS_LEFT_UP = _with(
    _OTHERS_LEFT_UP,
    r"\bthe (?:other|remaining|rest)\b[^.;!?]{0,40}\b(?:have|has|were|was) not been (?:touched|changed|modified|affected|altered)\b",
    r"\bwe (?:did not|didn't|have not|haven't) (?:touched|changed|modified) (?:the )?(?:others?|rest|remaining|other \S+)\b",
    r"\bthe (?:other|remaining)\b[^.;!?]{0,40}\b(?:are|remain|stay) (?:unchanged|untouched|as (?:they are|they were|is))\b",
    r"\bthe (?:second|third|other) (?:one|profile|listing|record|page)? ?(?:is still|remains|stays|will stay|will remain) (?:up|online|live|published|visible|active|listed)\b",
    r"\b(?:los|las) (?:demas|otr[oa]s|restantes)\b[^.;!?]{0,40}\b(?:quedan|siguen|permanecen|se quedan|se mantienen) (?:como estan|como estaban|igual|iguales|sin cambios|intact[oa]s)\b",
    r"\bno (?:tocamos|modificamos|cambiamos) (?:los|las) (?:demas|otr[oa]s|restantes)\b",
    r"\b(?:el|la) (?:segund[oa]|tercer[oa]?|otr[oa]) (?:perfil |ficha |registro |listado )?(?:sigue|queda|permanece|continua) (?:publicad|en linea|activ|visible|arriba)",
    r"\b(?:os|as) (?:demais|outr[oa]s|restantes)\b[^.;!?]{0,40}\b(?:ficam|continuam|permanecem|seguem) (?:como estao|como estavam|iguais|sem alteracao|inalterad[oa]s|intact[oa]s)\b",
    r"\bnao (?:mexemos|alteramos|tocamos) n(?:os|as) (?:demais|outr[oa]s|restantes)\b",
    r"\b(?:o|a) (?:segund[oa]|terceir[oa]|outr[oa]) (?:perfil |registro |cadastro )?(?:continua|permanece|segue|fica) (?:no ar|publicad|online|ativ|visivel)",
    r"\bles autres\b[^.;!?]{0,40}\b(?:restent|demeurent) (?:tel(?:le)?s? quel(?:le)?s?|inchange(?:e)?s|intact(?:e)?s|en l'etat)\b",
    r"\bnous n'avons pas touche (?:aux|a l'autre|les) (?:autres?|restants?)\b",
    r"\b(?:le|la) (?:second(?:e)?|deuxieme|troisieme|autre) (?:profil |fiche )?(?:reste|demeure) (?:en ligne|publiee?|visible|active?)\b",
)

#: … and a brand named alone after "does not cover" ("This request does not cover PeopleScope. We removed her listing from
#: all of our other directories."; "esta solicitud no incluye BuscaYa."): set W's class 2 read up to a site noun, and a
#: name of one or two words ending the sentence is a brand too (probe r38). Toward a person only.
_PARENT_NOT_REACHED = _with(
    _PARENT_NOT_REACHED,
    r"\b(?:this|the|your|that) (?:\S+ )?(?:request|opt-?out|removal|deletion)\b[^.;!?]{0,30}\b(?:does not|doesn't|did not|will not|won't) "
    r"(?:cover|include|extend to|apply to|reach) [\w-]+(?: [\w-]+)?(?=[.;!]|$)",
    r"\b(?:esta|la|su|dicha) (?:\S+ )?(?:solicitud|baja|eliminacion|supresion|peticion)\b[^.;!?]{0,30}\bno (?:incluye|cubre|abarca|alcanza|aplica a) "
    r"[\w-]+(?: [\w-]+)?(?=[.;!]|$)",
    r"\b(?:esta|a|sua) (?:\S+ )?(?:solicitacao|exclusao|remocao|pedido)\b[^.;!?]{0,30}\bnao (?:inclui|cobre|abrange) [\w-]+(?: [\w-]+)?(?=[.;!]|$)",
    r"\bcette (?:demande|suppression|desinscription)\b[^.;!?]{0,30}\bne (?:couvre|concerne|comprend|vise) pas [\w-]+(?: [\w-]+)?(?=[.;!]|$)",
)

#: The real confirmations these classes must not lose: a suppression entry kept "to keep them in place" (the
#: removal's lasting), and every site of a group done ("each site is run independently; the removal was done on all
#: three", "cada una de nuestras marcas … en todas ya fue eliminado").
_SUPPRESSION_LIST = _rx(r"\bsuppression (?:list|file|record|entry|database)\b", r"\b(?:lista|registro|archivo) de (?:supresion|exclusion)\b",
                        r"\b(?:lista|registro|cadastro) de (?:supressao|exclusao|bloqueio)\b", r"\b(?:liste|fichier) (?:de suppression|d'opposition|d'exclusion)\b")
#: … only "keep/kept them in place" is read so: "we left the others up, and her name is on our suppression list" stays a
#: part left.
_KEPT_IN_PLACE = re.compile(r"(?:we )?(?:keep|kept) them in place")
#: … and never beside an exception or "other" ("on all of our sites except X", "from all of our other directories", "en
#: todas menos X"): a part left.
_BUT_ONE = _rx(r"\b(?:except|excepting|but not|other than|apart from|save for|besides|other|remaining|otr[oa]s|demas|outr[oa]s|demais|autres)\b", r"\b(?:excepto|menos|salvo|fuera de)\b",
               r"\b(?:exceto|menos|salvo|fora)\b", r"\b(?:sauf|hormis|excepte|a part)\b")
_ALL_PARTS_DONE = _rx(
    r"\b(?:on|from|across|at|in|for) (?:all|each|every one) (?:three|two|four|five|six|of (?:them|our (?:\S+ )?(?:sites|brands|websites|directories)))\b",
    r"\b(?:on|from|across) (?:all|every one of) (?:our|the) (?:\S+ )?(?:sites|brands|websites|directories|properties)\b",
    r"\b(?:en|de) (?:todas|todos)(?: (?:las|los|nuestras|nuestros) (?:\S+ )?(?:marcas|sitios|directorios|paginas))?\b(?! (?:los|las) (?:datos|casos))",
    r"\b(?:em|de) (?:todas|todos)(?: (?:as|os|nossas|nossos) (?:\S+ )?(?:marcas|sites|diretorios|paginas))?\b",
    r"\b(?:sur|de) (?:tous|toutes) (?:nos|les) (?:\S+ )?(?:sites|marques|annuaires)\b",
)

# c. A removal undone in other words ("removed in error and has since been restored", "it has been reinstated",
#    "se eliminó por error y ya fue restablecida", "foi removido, mas foi reativado", "a depuis été rétablie"): set U's
#    class 1 (``_UNDONE``), widened to the Spanish, Portuguese and French "by mistake" and the verbs of putting back.
_UNDONE = _with(
    _UNDONE,
    r"\b(?:has|have|had) (?:since |now |then |later |already )?been (?:reinstated|restored|reactivated|re-?enabled|republished|re-?listed|put back)\b",
    r"\b(?:was|were) (?:since |now |then |later |subsequently )?(?:reinstated|restored|reactivated|re-?enabled|republished|re-?listed|put back)\b",
    r"\b(?:eliminad[oa]s?|borrad[oa]s?|suprimid[oa]s?|dad[oa]s? de baja|se (?:elimino|borro|suprimio|retiro)) (?:\S+ )?por (?:error|equivocacion)\b",
    r"\b(?:fue|fueron|ha sido|han sido|esta|estan|quedo|quedaron) (?:ya |nuevamente )?(?:restablecid|reactivad|restaurad|republicad|reintegrad|repuest)[oa]s?\b",
    r"\b(?:ya )?(?:lo|la|los|las) (?:restablecimos|reactivamos|restauramos|republicamos|volvimos a publicar)\b",
    r"\b(?:removid[oa]s?|excluid[oa]s?|apagad[oa]s?|eliminad[oa]s?) (?:\S+ )?por (?:erro|engano)\b",
    r"\b(?:foi|foram|esta|estao|ja foi) (?:novamente )?(?:reativad|restaurad|restabelecid|republicad|reintegrad|reposto|reposta)[oa]?s?\b",
    r"\b(?:supprimee?s?|retiree?s?|effacee?s?) (?:\S+ )?par erreur\b",
    r"\b(?:a|ont|est|sont) (?:depuis |ensuite |de nouveau )?(?:ete )?(?:retablie?s?|reactivee?s?|restauree?s?|remise?s? en ligne|republiee?s?)\b",
)


_not_the_clients_listing_r37 = _not_the_clients_listing


def _not_the_clients_listing(msg: Incoming, verdict: Classification) -> Classification | None:  # noqa: F811 - r37's, then r38's
    """As before (r36's and r37's classes); then (set W retired, branch r38) a removal whose own sentence says the listing
    was someone else's (class a), the listing said to stop showing only at a later time that is no date (class b), the
    removal said to cover this site only, the public directory said not the broker's (class d): ``unsure`` (0.4), or
    ``acknowledged`` (0.9) for class b. The evidence is the confirmation's and the matched span. None when nothing does."""
    if (before := _not_the_clients_listing_r37(msg, verdict)) is not None:
        return before
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    said = [x for x in _sentences(body) if _OFF_LIST.search(x) or _ACCOUNT_DONE.search(x) or _DELETED_WORD.search(x)
            or _CONFIRMED.search(x)]
    for x in said:
        if (other := _ANOTHER_PERSON.search(x)) and not _CLIENTS_OWN_NOT_NEGATED.search(x):
            return Classification("unsure", "unsure: the listing removed is someone else's, not the client's", confidence=0.4,
                                  evidence=f"{verdict.evidence} / {_span(other.group(0))}")
    for x in _sentences(body):
        if ((when := _LATER_TIME.search(x)) and (gone := _GONE_LATER.search(x)) and not _third_party_only(x)
                and not _CONDITION_BEFORE.search(x[:min(when.start(), gone.start())])):
            return Classification("acknowledged", "acknowledged: the listing stops showing only at a later time", confidence=0.9,
                                  evidence=f"{verdict.evidence} / {_span(when.group(0))} {_span(gone.group(0))}")
    if part := _ONLY_THIS_SITE.search(body) or _PUBLIC_NOT_OURS.search(body):
        return Classification("unsure", "unsure: the removal covers the site that answers only, or the public directory is "
                              "said not to be the broker's", confidence=0.4, evidence=f"{verdict.evidence} / {_span(part.group(0))}")
    return None


# ---- set W's misses (branch r38): read as classes, toward a person, never toward a confirmation ---------------------
# e. A relative's listing removed and none found in the client's own name ("we found a listing for her mother at the
#    address in your letter and removed it; we found none in your client's own name"; "encontramos el perfil de su
#    padre … y lo retiramos. No hay ninguno a nombre de su clienta"): the "no record" is for the client's own name, a
#    listing of the household was removed; a person looks (unsure), as a relative's removal alone already is.
_REMOVED_IT = _rx(r"\b(?:removed|deleted|took down|taken down|erased|suppressed)\b",
                  r"\b(?:lo|la|los|las) (?:retiramos|eliminamos|borramos|quitamos|bajamos|suprimimos)\b",
                  r"\b(?:retiramos|eliminamos|borramos|quitamos|suprimimos)\b",
                  r"\b(?:o|a|os|as) (?:removemos|excluimos|apagamos|retiramos)\b|\b(?:removemos|excluimos|apagamos)\b",
                  r"\b(?:l'|les )?(?:avons|a ete|ont ete) (?:supprimee?s?|retiree?s?|effacee?s?)\b")
# f. The request passed on to another team and an answer promised ("ya trasladamos su solicitud al área de datos; en
#    cuanto nos confirmen le avisamos"; "we have forwarded your request to our data team and will let you know";
#    "encaminhamos sua solicitação à equipe responsável"; "nous avons transmis votre demande au service concerné"), or a
#    removal queue said to be behind: a receipt (acknowledged), only when nothing else was read, never negated.
_PASSED_ON = _rx(
    r"(?<!\bnot )\b(?:we have |we've |we )?(?:forwarded|passed|sent|escalated|transferred|handed) (?:your|the|this) (?:\S+ )?(?:request|case|ticket) (?:on )?to (?:our|the) "
    r"(?:\S+ ){0,2}(?:team|department|office|area|desk)\b",
    r"\b(?:removal|deletion|opt-?out) queue (?:is|runs|is running) (?:\S+ ){0,3}behind\b",
    r"\b(?:ya )?(?:trasladamos|pasamos|remitimos|turnamos|derivamos|reenviamos|canalizamos) (?:su|tu|la) (?:solicitud|peticion|caso|reclamo)\b",
    r"\b(?:ja )?(?:encaminhamos|repassamos|transferimos|enviamos) (?:a sua|sua|a) (?:solicitacao|pedido|requisicao)\b",
    r"\b(?:nous )?(?:avons )?(?:transmis|transfere|fait suivre) votre demande\b",
)

_classify_r37 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then set W's misses (branch r38)
    """As before (``_classify_r37``); then (set W's misses, branch r38) a reply read as "no record" or as nothing that
    tells of a relative's listing removed (class e) is ``unsure`` (0.4); a reply read as nothing that passes the request
    to another team or says the removal queue is behind (class f) is ``acknowledged`` (0.9). The evidence is the
    matched span."""
    verdict = _classify_r37(msg)
    unread = verdict.kind == "other" and not verdict.language
    if not (unread or (verdict.kind == "refused" and verdict.reason == "no record")):
        return verdict
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    for x in _sentences(body):
        if (kin := _RELATIVE_OF_CLIENT.search(x)) and _REMOVED_IT.search(x) and not _CLIENTS_OWN_NOT_NEGATED.search(x):
            return Classification("unsure", "unsure: the profile removed is a relative's of the client, not the client's",
                                  confidence=0.4, evidence=_span(kin.group(0)))
    if unread and (passed := _PASSED_ON.search(body)):
        return Classification("acknowledged", "acknowledged: the request is passed on to another team (a receipt)",
                              confidence=0.9, evidence=_span(passed.group(0)))
    return verdict


# ---- set X's first read (branch r39, 2026-12-03): its two false confirmations, each as a class -----------------------
# (tests/test_replies_pass39.py, wordings of our own.) Read from ``_not_the_clients_listing``'s end (rebound below,
# read at call time) and, for class A, wherever ``_RELATIVE_OF_CLIENT`` is read. The evidence is the matched span.
#
# A. A relative named in everyday words: "the profile of your client's mom", "el perfil de la mamá de su clienta", "o
#    perfil da mamãe da sua cliente", "la fiche de la maman de votre cliente"; the words of the family a letter's
#    client writes and a help desk answers in (mum, dad, grandma, abuelita, papi, vovó, mamie), step-, half- and
#    in-law relations ("stepfather", "madrastra", "padrasto", "belle-mère", "beau-père"), and grandparents in French
#    ("grand-mère", which ``_KIN_FR`` lacked): the profile removed is a relative's, r37's class 4, unsure.
_KIN_EN = _KIN_EN[:-1] + (r"|mom|mum|mommy|mummy|mama|dad|daddy|papa|grandma|grandpa|granny|grandad|granddad|nana|"
                          r"step-?(?:mother|father|son|daughter|brother|sister|mom|dad)|half-?(?:brother|sister)|"
                          r"ex-?(?:husband|wife|partner)|fiance|fiancee|boyfriend|girlfriend)")
_KIN_ES = _KIN_ES[:-1] + (r"|mama|mami|mamita|papa|papi|papito|abuelit[oa]|hijit[oa]|hermanit[oa]|madrastra|padrastro|"
                          r"hijastr[oa]|hermanastr[oa]|medio herman[oa]|yerno|nuera|bisabuel[oa]|novi[oa]|ex ?espos[oa]|ex ?marido)")
_KIN_PT = _KIN_PT[:-1] + (r"|mamae|mamai|mama|papai|papa|vovo|vovozinha|madrasta|padrasto|entead[oa]|meio-irma[o]?|genro|nora|"
                          r"bisavo|namorad[oa]|ex-?marido|ex-?espos[oa])")
_KIN_FR = _KIN_FR[:-1] + (r"|maman|papa|mamie|mamy|papi|papy|grand-mere|grand-pere|grands-parents|belle-mere|beau-pere|"
                          r"belle-fille|beau-fils|belle-soeur|beau-frere|demi-frere|demi-soeur|gendre|bru|conjointe?|compagne|"
                          r"compagnon|ex-mari|ex-epouse)")
_RELATIVE_OF_CLIENT = _rx(
    rf"\byour (?:client|clients|customer|principal)'?s? {_KIN_EN}\b", rf"\b{_KIN_EN} of your (?:client|customer|principal)\b",
    rf"\b(?:listed|shown|named|identified) as (?:a |an |the )?{_KIN_EN} of\b",
    rf"\b{_KIN_ES} de (?:su|tu|la|el|nuestr[oa]) (?:client[ea]|representad[oa]|usuari[oa])\b",
    rf"\b{_KIN_PT} d[ao] (?:sua|seu|vossa) (?:cliente|representad[oa])\b",
    rf"\b{_KIN_FR} de (?:votre|ton|ta) client(?:e)?\b",
    # the same construction in German, Italian and Dutch ("das Profil der Mutter Ihrer Mandantin", "della mamma della
    # sua cliente", "van de moeder van uw cliënte")
    r"\b(?:mutter|vater|mama|papa|sohn|tochter|bruder|schwester|ehemann|ehefrau|gross(?:mutter|vater)|oma|opa|stief(?:mutter|vater|sohn|tochter)|"
    r"schwieger(?:mutter|vater|sohn|tochter)|onkel|tante|cousine?|neffe|nichte|angehorige[nr]?|verwandte[nr]?) (?:ihrer|ihres|des|der) "
    r"(?:mandant(?:in)?|kund(?:e|in)|klient(?:in)?)\b",
    r"\b(?:madre|padre|mamma|papa|figli[oa]|fratello|sorella|marito|moglie|nonn[oa]|zi[oa]|cugin[oa]|nipote|suocer[oa]|patrign[oa]|matrigna|"
    r"parente|familiare) (?:della|del|di) (?:sua |vostra |nostra )?(?:cliente|assistit[oa]|mandante)\b",
    r"\b(?:moeder|vader|mama|papa|zoon|dochter|broer|zus|echtgeno(?:ot|te)|man|vrouw|opa|oma|grootmoeder|grootvader|oom|tante|neef|nicht|"
    r"schoon(?:moeder|vader|zoon|dochter)|stief(?:moeder|vader|zoon|dochter)|familielid) van (?:uw|je|de) (?:client|clientes?|klant)\b",
)

# B. Someone else's listing named in one sentence and its removal told in the next by a word that points back ("We
#    found one profile, for a man with the same name who lives in Denver. That profile has already been removed."; "…
#    de una persona con el mismo nombre … Ese perfil ya fue eliminado."; "… d'une personne portant le même nom. Cette
#    fiche a déjà été supprimée."; "… uma pessoa com o mesmo nome. Esse perfil já foi removido."): the removal is the
#    other person's, and its "already" says nothing of the client (unsure). r38's class a read the removal's own
#    sentence only, and a person "with the same name" was no namesake to it: both widened, in every language the
#    reader knows.
_ANOTHER_PERSON = _with(
    _ANOTHER_PERSON,
    r"\b(?:someone|somebody|a person|another person|an individual|a different person|a (?:man|woman|gentleman|lady)|another (?:man|woman|individual))"
    r"\b,? (?:\S+ ){0,4}?(?:with|who (?:has|had|shares|shared)|sharing|bearing|of) the same (?:full |first and last |first |last )?name\b",
    r"\b(?:una persona|otra persona|alguien|un senor|una senora|un hombre|una mujer|un muchacho|una muchacha|otr[oa] (?:senor|senora|hombre|mujer|persona))"
    r",? (?:\S+ ){0,4}?(?:con|del|de) (?:el )?mismo nombre\b",
    r"\b(?:una persona|otra persona|alguien|un senor|una senora|un hombre|una mujer) (?:\S+ ){0,3}?que (?:se llama igual|tiene el mismo nombre|lleva el mismo nombre)\b",
    r"\b(?:uma pessoa|outra pessoa|alguem|um senhor|uma senhora|um homem|uma mulher),? (?:\S+ ){0,4}?(?:com|do|de) (?:o )?mesmo nome\b",
    r"\b(?:uma pessoa|outra pessoa|alguem|um senhor|uma senhora|um homem|uma mulher) (?:\S+ ){0,3}?que (?:tem|possui) o mesmo nome\b",
    r"\b(?:une personne|une autre personne|quelqu'un|un homme|une femme|un monsieur|une dame),? (?:\S+ ){0,4}?"
    r"(?:du meme nom|(?:portant|ayant|avec|qui porte|qui a) le meme nom)\b",
    r"\bnamensvetter(?:in)?\b", r"\b(?:einer|eine|einem) (?:anderen |andere )?(?:person|frau|mann),? (?:\S+ ){0,4}?(?:mit dem gleichen|mit demselben|gleichen) namens?\b",
    r"\bomonim[oaie]\b", r"\b(?:una persona|un'altra persona|qualcuno|un uomo|una donna|un signore|una signora),? (?:\S+ ){0,4}?con lo stesso nome\b",
    r"\bnaamgeno(?:ot|te|ten)\b", r"\b(?:iemand|een (?:andere )?persoon|een man|een vrouw|een meneer|een mevrouw),? (?:\S+ ){0,4}?met dezelfde naam\b",
)
#: … the words that point back from the removal to the sentence before: "that / this / the same profile", "it has been",
#: "removed it"; "ese / dicho perfil", "esa ficha", "lo eliminamos", "ya fue eliminado" opening the sentence; "esse
#: perfil", "o removemos", "já foi removido"; "ce profil", "cette fiche", "l'avons supprimée", "elle a été supprimée";
#: "dieses Profil", "es wurde"; "quel profilo", "l'abbiamo rimosso"; "dat profiel", "het is verwijderd".
_POINTS_BACK = _rx(
    r"\b(?:that|this|the same|said|the|which) (?:one|profile|listing|record|page|entry|report|result)s?\b",
    r"^(?:it|they|this|that|which) (?:has|have|had|was|were|is|are)\b", r"\b(?:removed|deleted|erased|took down|suppressed) (?:it|them)\b",
    r"\b(?:ese|este|dicho|aquel|el mismo|el) (?:perfil|registro|listado|anuncio|resultado)\b", r"\b(?:esa|esta|dicha|aquella|la misma|la) (?:ficha|pagina|entrada|publicacion)\b",
    r"\b(?:lo|la|los|las) (?:eliminamos|borramos|retiramos|quitamos|suprimimos|dimos de baja|hemos (?:eliminado|borrado|retirado|quitado|dado de baja))\b",
    r"^(?:ya )?(?:fue|fueron|ha sido|han sido|quedo|quedaron|esta|estan) (?:\S+ )?(?:eliminad|borrad|retirad|suprimid|dad[oa]s? de baja)",
    r"\b(?:esse|este|dito|aquele|o mesmo|o) (?:perfil|registro|cadastro|anuncio|resultado)\b", r"\b(?:essa|esta|aquela|a mesma|a) (?:ficha|pagina|entrada|listagem)\b",
    r"\b(?:o|a|os|as) (?:removemos|excluimos|apagamos|retiramos)\b", r"\b(?:removemo|excluimo|apagamo|retiramo)-(?:lo|la|los|las)\b",
    r"^(?:ja )?(?:foi|foram|esta|estao) (?:\S+ )?(?:removid|excluid|apagad|retirad)",
    r"\b(?:ce|cet|cette|ledit|ladite|le meme|la meme|le|la) (?:profil|fiche|annonce|page|enregistrement|resultat)\b",
    r"\bl'(?:avons|ont|a) (?:deja )?(?:supprimee?|retiree?|effacee?)\b", r"^(?:elle|il) a (?:deja )?ete\b",
    r"\b(?:dieses|dieser|diese|das|der|die) (?:profil|eintrag|datensatz|inserat|ergebnis)\b", r"^(?:es|er|sie) (?:wurde|ist) (?:bereits )?\S*(?:geloscht|entfernt)",
    r"\b(?:quel|quello|quella|questo|questa|il|la) (?:profilo|scheda|annuncio|record|risultato)\b", r"\bl'(?:abbiamo|hanno) (?:gia )?(?:rimoss|cancellat|eliminat)",
    r"\b(?:dat|dit|het|die|deze) (?:profiel|vermelding|record|resultaat)\b", r"^(?:het|hij|zij|die) (?:is|werd) (?:al )?(?:verwijderd|gewist)\b",
)
#: … unless the removal's sentence names the client ("your client's profile", "el perfil de su clienta", "her listing,
#: the one you asked about"): then it says whose removal it is.
_NAMES_CLIENT = _rx(r"\b(?:your|the) (?:client|customer|principal|representative)\b", r"\b(?:su|tu|nuestra|nuestro|la|el) (?:client[ea]|representad[oa])\b",
                    r"\b(?:sua|seu|a|o) (?:cliente|representad[oa])\b", r"\b(?:votre|ton|ta) client(?:e)?\b", r"\bihre[rsnm]? (?:mandant|kund|klient)",
                    r"\b(?:sua|vostra) (?:cliente|assistit[oa])\b", r"\buw (?:client|clientes?|klant)\b")


_not_the_clients_listing_r38 = _not_the_clients_listing


def _not_the_clients_listing(msg: Incoming, verdict: Classification) -> Classification | None:  # noqa: F811 - r38's, then r39's
    """As before (r36's to r38's classes, with r39's wider kin words and namesakes); then (set X's first read, branch
    r39, class B) a removal told by a word pointing back ("that profile", "ese perfil", "lo eliminamos", "cette fiche")
    right after a sentence that names someone else's or a relative's listing, neither naming the client's own:
    ``unsure`` (0.4). The evidence is the confirmation's and the matched spans. None when nothing does."""
    if (before := _not_the_clients_listing_r38(msg, verdict)) is not None:
        return before
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    sentences = _sentences(body)
    for i in range(1, len(sentences)):
        x, prior = sentences[i], sentences[i - 1]
        if not (_OFF_LIST.search(x) or _ACCOUNT_DONE.search(x) or _DELETED_WORD.search(x) or _CONFIRMED.search(x)):
            continue
        other = _ANOTHER_PERSON.search(prior) or _RELATIVE_OF_CLIENT.search(prior)
        back = _POINTS_BACK.search(x)
        if other and back and not _NAMES_CLIENT.search(x) and not _CLIENTS_OWN_NOT_NEGATED.search(prior):
            return Classification("unsure", "unsure: the listing removed is someone else's, named in the sentence before",
                                  confidence=0.4, evidence=f"{verdict.evidence} / {_span(other.group(0))} / {_span(back.group(0))}")
    return None


# ---- review 39's false confirmations (branch r40): someone else's listing, as a class -------------------------------
# 2. Someone else's listing said in other words inside the removal's sentence: a relative named by "her / his"
#    ("we removed her mother's / son's / ex-husband's listing"), a landlord's, a roommate's, a former flatmate's
#    ("ancien colocataire", "compañero de piso"), "a different Maria Lopez, born 1961", "era de otra María López", "que
#    no es su clienta", the Creole neighbour ("pwofil vwazen li"); and said in the sentence AFTER the removal ("We
#    removed one profile. It belonged to someone else."; "…; not your client."; "Eliminamos un perfil. Era de un
#    homónimo."): r38 read the removal's own sentence, r39 the one before, none the one after. Unsure (a person looks).
_OTHER_HOUSEHOLD_EN = (r"(?:landlord|landlady|roommate|room-mate|housemate|flatmate|lodger|boarder|tenant|co-?worker|employer|"
                       r"ex-?(?:husband|wife|partner|spouse|boyfriend|girlfriend|roommate))")
_ANOTHER_PERSON = _with(
    _ANOTHER_PERSON,
    rf"\b(?:her|his|their) (?:{_KIN_EN[3:-1]}|{_OTHER_HOUSEHOLD_EN[3:-1]})(?:'s|s')",
    rf"\b(?:of|for|belonging to) (?:her|his|their|a|an|the) (?:former |previous |old )?{_OTHER_HOUSEHOLD_EN}s?\b",
    rf"\b(?:a|the|her|his) (?:former |previous |old )?{_OTHER_HOUSEHOLD_EN}'s\b",
    r"\b(?:for|of|belonging to|belonged to|belongs to) (?:a different|another) (?!address|listing|profile|record|site|page|state|city|"
    r"broker|search|request)\w+(?: \w+)?\b",
    r"\b(?:era|es|son|eran|pertenec\w*|correspond\w*) (?:de|a) otr[oa] (?!vez\b|manera|forma|parte|sitio|pagina)\w+",
    r"\bno (?:es|era|son|eran) (?:su|tu) (?:client[ea]|representad[oa])\b",
    r"\bcompaner[oa]s? de (?:piso|cuarto|casa|departamento)\b", r"\b(?:su|del) (?:casero|casera|arrendador[a]?)\b",
    r"\bcolega de (?:quarto|casa|apartamento)\b", r"\bd[oa] (?:senhorio|senhoria)\b", r"\bnao (?:e|era) (?:sua|seu) cliente\b",
    r"\b(?:ancien(?:ne)?s? |ex-?)?colocataires?\b", r"\b(?:son|sa) (?:proprietaire|bailleur|bailleresse)\b",
    r"\b(?:ce|c') n'(?:est|etait) pas (?:votre|ta|ton) client(?:e)?\b",
    r"\bvwazen\b", r"\bpa (?:kliyan|klyan) (?:ou|nou) an?\b", r"\blot moun\b",
)


_not_the_clients_listing_r39 = _not_the_clients_listing


def _not_the_clients_listing(msg: Incoming, verdict: Classification) -> Classification | None:  # noqa: F811 - r39's, then r40's
    """As before (r36's to r39's classes, with r40's wider ``_ANOTHER_PERSON``); then (review 39, branch r40, class 2) a
    removal followed by a sentence that says the listing was someone else's or a relative's ("It belonged to someone
    else.", "Era de un homónimo.", "Elle appartenait à un homonyme."), the removal not naming the client ("the profile
    of your client") and neither naming the client's own listing:
    ``unsure`` (0.4). The evidence is the confirmation's and the matched span. None when nothing does."""
    if (before := _not_the_clients_listing_r39(msg, verdict)) is not None:
        return before
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    sentences = _sentences(body)
    for i in range(len(sentences) - 1):
        x, after = sentences[i], sentences[i + 1]
        if not (_OFF_LIST.search(x) or _ACCOUNT_DONE.search(x) or _DELETED_WORD.search(x) or _CONFIRMED.search(x)):
            continue
        other = _ANOTHER_PERSON.search(after) or _RELATIVE_OF_CLIENT.search(after)
        if (other and not _NAMES_CLIENT.search(x) and not _CLIENTS_OWN_NOT_NEGATED.search(x)
                and not _CLIENTS_OWN_NOT_NEGATED.search(after)):
            return Classification("unsure", "unsure: the listing removed is someone else's, said in the sentence after",
                                  confidence=0.4, evidence=f"{verdict.evidence} / {_span(other.group(0))}")
    return None


# C. (r38's open question b; set W es-39, fr-08) A verification that asks only by a yes / not-me pair of links under
#    "did you make this request?" ("Sí, retiren el perfil" / "No fui yo"; "Oui, retirez la fiche" / "Ce n'était pas
#    moi"): the "yes" in the plural or polite imperative, or "yes, it was me", was no link word, nor the question a
#    request to confirm, so the mail was read by its ``Auto-Submitted: auto-generated`` header alone, as an
#    auto-reply, and the request it verifies was lost. A mail that asks to confirm is a verification whatever that
#    header says (RFC 3834 marks it automatic, which a broker's verification is); ``choose_link`` still opens only a
#    link on the broker's domains (or a tracker that lands there), anything else goes to a person. The "not me" link
#    is never a candidate: its words ("no fui yo", "ce n'était pas moi", "não fui eu") and its address ("/rechazar",
#    "/refuser", "/recusar") say so.
_YES_LINK = (
    r"\byes,? (?:please )?(?:remove|delete|erase|take (?:it |them |the \S+ )?down)\b", r"\byes,? (?:it was|that was|this was|it's|that's|it is) me\b",
    r"\byes,? (?:i|we) (?:made|sent|submitted|requested|asked for) (?:it|this|that|the request)\b", r"\byes,? (?:this|it) is (?:my|our) request\b",
    r"\b(?:si|s\u00ed),? (?:retiren|retirenlo|retirenla|eliminen|eliminenlo|eliminenla|borren|borrenlo|borrenla|quiten|quitenlo|supriman|den de baja|"
    r"retire|elimine|borre|quite|retira|dar de baja)\b",
    r"\b(?:si|s\u00ed),? (?:fui yo|yo (?:lo |la )?(?:pedi|solicite|envie)|es mi solicitud|la hice yo)\b",
    r"\boui,? (?:retirez|effacez|supprimez|retirer|effacer|supprimer)\b", r"\boui,? c'(?:est|etait) (?:bien )?(?:moi|ma demande)\b",
    r"\bsim,? (?:removam|excluam|apaguem|retirem|retire|remova|exclua|apague|remover|excluir|apagar)\b", r"\bsim,? (?:fui eu|(?:e|foi) (?:o )?meu pedido)\b",
    r"\bja,? (?:entfernen|loschen) sie\b", r"\bja,? (?:das war ich|ich war es|das ist meine anfrage)\b",
    r"\bs(?:i|\u00ec|\u00ed),? (?:rimuovete|eliminate|cancellate|rimuovere|eliminare|cancellare)\b", r"\bs(?:i|\u00ec|\u00ed),? sono stat[oa] io\b",
    r"\bja,? (?:verwijder|verwijderen|wis)\b", r"\bja,? (?:dat was ik|(?:dit|het) is mijn verzoek)\b",
)
_INTENT_CORE = _with(_INTENT_CORE, *_YES_LINK)
_INTENT = _with(_INTENT, *_YES_LINK)
_BAD_WORDS = _with(
    _BAD_WORDS, r"\bit (?:was|wasn'?t) not me\b", r"\bit wasn'?t me\b", r"\bthat wasn'?t me\b", r"\bno(?:,)? (?:fui|era|he sido) yo\b", r"\byo no (?:fui|lo pedi|lo solicite)\b",
    r"\bce n'(?:etait|est) pas moi\b", r"\bnao fui eu\b", r"\bnao (?:e|foi) (?:o )?meu pedido\b", r"\bdas war ich nicht\b", r"\bnon sono stat[oa] io\b",
    r"\bdat was ik niet\b", r"\bik was het niet\b",
)
_BAD_PATH = re.compile(_BAD_PATH.pattern + r"|rechaz|refuse|refus|recus|ablehn|rifiut|weiger|/no-?fui|/pas-?moi|/nao-?fui", re.IGNORECASE)
#: … and the question the pair answers, a request to confirm when a link asks it too (``_VERIFY`` is read only beside
#: a candidate link).
_WAS_IT_YOU = (
    r"\bdid you (?:make|submit|send|file|place|request) (?:this|the|a) (?:\S+ )?(?:request|removal|opt-?out)\b", r"\bwas (?:this|it) (?:really )?you\s*\?",
    r"\b(?:usted|tu) (?:hizo|hiciste|envio|enviaste|realizo|realizaste|solicito|solicitaste) (?:esta|la) (?:solicitud|peticion)\b", r"\bfue usted quien\b",
    r"\best-ce (?:bien )?(?:votre|ta) demande\b", r"\b(?:avez-vous|as-tu) (?:fait|envoye|soumis|demande) (?:cette|la) demande\b",
    r"\bfoi (?:voce|o senhor|a senhora) quem (?:fez|enviou|pediu)\b", r"\b(?:voce|o senhor|a senhora) (?:fez|enviou|solicitou) (?:este|esse|o) pedido\b",
    r"\bhaben sie diese (?:anfrage|loschanfrage|anforderung) (?:gestellt|gesendet|geschickt)\b",
    r"\bha (?:fatto|inviato) lei questa richiesta\b", r"\be stat[oa] lei a (?:fare|inviare) (?:questa|la) richiesta\b",
    r"\b(?:heeft|hebt) u dit verzoek (?:gedaan|ingediend|gestuurd)\b",
)
_VERIFY_CORE = _with(_VERIFY_CORE, *_WAS_IT_YOU)  # the seven languages' words: acted on as theirs are
_VERIFY = _with(_VERIFY, *_WAS_IT_YOU)


# D. (r38's open question a) A sale or sharing opt-out beside "this request does not delete information" ("we have
#    opted you out of the sale and sharing of your information. This request does not delete information we keep";
#    "esta solicitud no elimina la información que conservamos"; "este pedido não exclui…"; "yêu cầu này không xóa…"):
#    the sentence tells what the opt-out does, not that the broker refused the deletion, and ``refused`` would tell the
#    clinic "the broker refused the request" when it never said so. One rule for every set: a sale opt-out whose only
#    word on deletion is that scope is ``unsure`` (a person reads it and asks again for the deletion, as for "we do
#    not sell personal information", already unsure); it stays ``refused`` (processed as do-not-sell only) when the
#    broker declines the deletion ("we are not able to delete", "does not delete … on request") or says the data was
#    not deleted ("we did not delete it", "no fue eliminada", "삭제되지 않았습니다"), or the profile stays visible.
_OPT_OUT_SCOPE = _rx(
    r"\b(?:this|the|your|that) (?:request|opt[- ]?out) (?:does not|doesn't|will not|won't) (?:\S+ )?(?:delete|remove|erase)\b",
    r"\bsolicitud no (?:elimina|borra|suprime|eliminara|borrara|supone la eliminacion|implica la eliminacion)\b",
    r"\bpedido nao (?:exclui|apaga|elimina|remove|excluira|apagara)\b",
    r"\bdemande (?:ne (?:supprime|efface) (?:pas|aucune)|n'(?:entraine|implique) pas (?:la suppression|l'effacement))\b",
    r"\b(?:antrag|widerspruch) (?:loscht|entfernt) (?:keine|nicht)\b", r"\brichiesta non (?:cancella|elimina|rimuove)\b",
    r"\bverzoek (?:verwijdert|wist) (?:geen|niet)\b", r"\byeu cau nay khong (?:xoa|loai bo)\b",
)
_NOT_DELETED_SAID = _rx(
    r"\b(?:we|i) (?:did not|didn't|have not|haven't|will not|won't|cannot|can't|are not able to|are unable to|do not|don't) (?:\S+ )?(?:delete|remove|erase)\b",
    r"\b(?:was|were|has|have) not been (?:deleted|removed|erased)\b", r"\bno (?:la |lo |los |las )?(?:eliminamos|borramos|hemos eliminado|hemos borrado|podemos eliminar|eliminaremos)\b",
    r"\bno (?:fue|fueron|ha sido|han sido) (?:eliminad|borrad|suprimid)", r"\bnao (?:o |a |os |as )?(?:excluimos|apagamos|podemos excluir|excluiremos)\b",
    r"\bnao (?:foi|foram) (?:excluid|apagad|removid)", r"\bn'(?:avons|a|ont) pas (?:ete )?(?:supprime|efface)", r"\bne (?:supprimons|pouvons pas supprimer)\b",
    r"\bhatuku(?:zi|ya|i)?futa\b", _ko(r"(?:\uc0ad\uc81c|\ud30c\uae30)(?:\ub418|\ud558)\uc9c0 (?:\uc54a|\ubabb)"), r"削除(?:して|され)(?:おりません|いません|ていません)",
)
_SAYS_DELETES_NOTHING = "refused: processed as do-not-sell only (says the request deletes nothing)"

_classify_r38 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then r38's open question a (branch r39)
    """As before (``_classify_r38``); then (branch r39, class D) a sale opt-out read as refused only because the reply
    says what that opt-out does not delete ("this request does not delete information") is ``unsure`` (0.4), unless
    another sentence declines the deletion or says the data was not deleted. The evidence is the matched span."""
    verdict = _classify_r38(msg)
    if verdict.kind != "refused" or verdict.rule != _SAYS_DELETES_NOTHING:
        return verdict
    text = reply_text(msg)
    if (scope := _OPT_OUT_SCOPE.search(text)) and not _NOT_DELETED_SAID.search(text):
        return Classification("unsure", "unsure: an opt-out of the sale or sharing of data was done; it says what that "
                              "opt-out does not delete, not that the deletion was refused", confidence=0.4,
                              evidence=f"{verdict.evidence.partition(' / ')[0]} / {_span(scope.group(0))}")
    return verdict


# E. (sets T, U, V and W's misses) A part removed, hidden or corrected and the rest said to stay up ("we removed the
#    phone number from your client's profile … the rest of the profile stays available", "eliminamos 2 de los 3
#    perfiles … el tercero sigue publicado", "nous avons déréférencé l'URL … la page reste en ligne", "your client's
#    record has been flagged as suppressed … the record itself remains in our database", "atendimos su solicitud de
#    rectificación … el perfil sigue publicado"): the "stays visible" words made it a do-not-sell refusal, but the broker
#    did something and kept the rest, a partial answer a person reads (unsure), as the sets label it (the reader's own
#    rule for one listing, field or site of several). A reply that removed nothing and keeps the profile up stays
#    ``refused``; a sale opt-out beside it too.
_PART_DONE = _rx(
    r"\b(?:removed|deleted|erased|took down|suppressed|de-?indexed|de-?listed|corrected|updated)\b", r"\bflagged as (?:suppressed|hidden|removed)\b",
    r"\b(?:eliminamos|borramos|quitamos|retiramos|suprimimos|desindexamos|corregimos|actualizamos|atendimos su solicitud de rectificacion)\b",
    r"\bmarcamos (?:\S+ ){0,6}?como (?:suprimid|ocult|eliminad)", r"\b(?:removemos|excluimos|apagamos|retiramos|corrigimos|atualizamos|desindexamos)\b",
    r"\b(?:avons|a ete|ont ete) (?:\S+ )?(?:supprimee?s?|retiree?s?|effacee?s?|dereferencee?s?|corrigee?s?)\b", r"\bdereference\b",
)
_EXEMPT_SAID = _rx(r"\bexempt(?:ed|ion)?\b", r"\bexent[oa]s?\b", r"\bexencion\b", r"\bisent[oa]s?\b", r"\bisencao\b", r"\bexemptee?s?\b", r"\bausgenommen\b")
_NEGATED_PART = re.compile(r"\b(?:not|never|no|nao|pas|ne|nicht|niet|non)\b|n't\b")
_NOTHING = re.compile(r"\b(?:nothing|nada|rien|nichts|niets|nulla)\b")

_classify_r39d = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then sets T-W's partial answers (branch r39)
    """As before (``_classify_r39d``); then (branch r39, class E) a do-not-sell refusal read only from "the profile
    stays visible" words, in a reply one of whose other sentences tells of a part removed, hidden or corrected (no
    negation before it, no "nothing" in that sentence; no sale opt-out, exemption or account deleted in the reply), is
    ``unsure`` (0.4): a partial answer. The evidence is the matched spans."""
    verdict = _classify_r39d(msg)
    if verdict.kind != "refused" or verdict.rule != "refused: processed as do-not-sell only":
        return verdict
    text = reply_text(msg)
    if _SALE_OPT_OUT.search(text) or _SALE_OPTED.search(text) or _EXEMPT_SAID.search(text) or _ACCOUNT_DONE.search(text):
        return verdict  # a sale opt-out, an exemption on the merits, an account deleted beside it: the refusal stands
    body = " ".join(text.partition("\n")[2].split())
    for x in _sentences(body):
        if verdict.evidence in x:
            continue
        if (part := _PART_DONE.search(x)) and not _NEGATED_PART.search(x[:part.start()]) and not _NOTHING.search(x):
            return Classification("unsure", "unsure: a part was removed, hidden or corrected, and the rest is said to stay "
                                  "published", confidence=0.4, evidence=f"{_span(part.group(0))} / {verdict.evidence}")
    return verdict


# ---- set X retired (branch r41, 2026-12-03): set X's misses, each as a class, in every language that writes it -------
# Named tables of their own (``_R41_*``), each joined to the family it widens at the end of the module, read at call
# time as every family is; ``classify`` last, for class A only. Every wording below is ours, none a set X reply's.
#
# A. A removal done and, in another sentence, a copy the broker does not keep that may lag ("if the page still shows in
#    a search engine, that is an old copy that will go when the engine next visits our site", "Google may show the
#    cached page for a few days", "the content network may serve the old page for up to 72 hours", "谷歌可能几天内仍显示
#    旧页面的缓存") or a relisting warning under a condition ("if your client's data is still published by public sources
#    after that, a new listing could be created"; "si … siguen en fuentes públicas, podría crearse un perfil nuevo"):
#    the "still shows" / "still published" in that sentence made the removal unsure, and a volunteer would have sent the
#    letter again for nothing. Such a sentence is set aside and the reply read again (every other rule still reads it);
#    only a ``confirmed`` second reading is kept. Never when the sentence itself says a removal, or names the broker's
#    own site, page or profile as still showing it.
_R41_LAG_COPY = _rx(
    r"\b(?:google|bing|yahoo|duckduckgo|search engines?|(?:an? |the )?engine|cache[ds]?|content (?:delivery|distribution) network|cdn)\b",
    r"\b(?:buscador(?:es)?|motor(?:es)? de busqueda|google|cache|red de distribucion de contenidos?)\b",
    r"\b(?:motor(?:es)? de busca|buscador(?:es)?|cache|rede de distribuicao de conteudo)\b", r"\b(?:moteurs? de recherche|cache|reseau de diffusion de contenu)\b",
    r"搜索引擎|搜尋引擎|谷歌|缓存|快取|緩存|内容分发网络|內容傳遞網路|内容传递网络|內容分發網路|CDN|cdn",
    r"\b(?:cong cu tim kiem|bo nho đem)\b", r"\b(?:search engine|cache)\b", r"\b(?:поисков\w+|кэш\w*|кеш\w*)\b",
)
_R41_LAGS = _rx(
    r"\b(?:old|older|stale|cached|earlier) (?:copy|version|page|snapshot|result)\b", r"\bfor (?:up to |about |a few |several )?(?:\d+|a few|several|some) (?:hours|days)\b",
    r"\b(?:will|should) (?:disappear|go away|drop off|clear|update)\b", r"\bnext (?:visits?|crawls?|recrawls?|updates? (?:its|their))\b",
    r"\b(?:copia|version) (?:antigua|anterior|vieja|en cache|guardada)\b", r"\bdesaparecera\b", r"\bpor (?:unos|algunos|hasta) (?:\d+ )?(?:dias|horas)\b",
    r"\bcopia (?:antiga|anterior|em cache)\b", r"\bdesaparecera\b", r"\bcopie (?:ancienne|en cache)\b|\bdisparaitra\b",
    r"旧页面|舊頁面|旧网页|舊網頁|缓存|緩存|快取|几天|幾天|小时内|小時內|之后就会消失|之後就會消失|会消失|會消失",
    r"\bban (?:cu|luu tam)\b", r"\b(?:старая|старую) (?:копи\w*|верси\w*)\b",
)
_R41_RELIST_IF = _rx(
    r"^(?:\S+ ){0,3}?(?:if|should|in case)\b[^.;!?]*\b(?:a )?new (?:listing|profile|record|page)s? (?:could|may|might|can|would) (?:be )?(?:created|appear|added|published)",
    r"^(?:\S+ ){0,3}?(?:if|should|in case)\b[^.;!?]*\b(?:could|may|might|can) (?:appear|be (?:listed|published|added)) again\b",
    r"^(?:\S+ ){0,3}?(?:si|en caso de que)\b[^.;!?]*\b(?:podria|puede|podrian|pueden) (?:crearse|aparecer|volver a aparecer|publicarse) (?:\S+ )?(?:un |una )?(?:perfil|ficha|registro|pagina)s? (?:nuev[oa]s?)?",
    r"^(?:\S+ ){0,3}?se\b[^.;!?]*\b(?:podera|pode|poderao|podem) (?:ser criad|aparecer|voltar a aparecer)\w*",
    r"^(?:\S+ ){0,3}?si\b[^.;!?]*\b(?:pourrait|peut|pourraient) (?:etre cree|apparaitre|reapparaitre)\w*",
    r"^(?:\S+ ){0,3}?(?:如果|若|假如)[^。！？；]*(?:可能|可能会|可能會)(?:会|會)?(?:重新)?(?:出现|出現|建立|产生|產生)",
)
#: … a sentence that names the broker's own site, page or profile as still showing it keeps its "still".
_R41_OURS_STILL = _rx(
    r"\b(?:our|this) (?:own )?(?:site|website|pages?|directory|database|search results)\b[^.;!?]{0,30}\b(?:still|continues?)\b",
    r"\b(?:still|continues? to) (?:\S+ ){0,3}?(?:on|in) (?:our|this) (?:own )?(?:site|website|pages?|directory|database|search results)\b",
    r"\b(?:sigue|siguen|continua|todavia) (?:\S+ ){0,3}?en (?:nuestr[oa]s?|este|esta) (?:sitio|pagina|directorio|base)\b",
    r"\b(?:continua|continuam|ainda) (?:\S+ ){0,3}?(?:n[oa]s?|em) (?:noss[oa]s?) (?:site|pagina|diretorio|base)\b",
    r"\b(?:toujours|encore) (?:\S+ ){0,3}?(?:sur|dans) (?:notre|nos) (?:site|pages?|annuaire|base)\b",
    r"(?:我们|我們|本)(?:的)?(?:网站|網站|平台)(?:上)?(?:仍|还|還)",
)
#: … the sentences of the reply itself (raw, as sent) that the second reading sets aside.
_R41_RAW_SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f]+[.!?\u3002\uff01\uff1f]*")


def _r41_caveat(sentence: str) -> re.Match[str] | None:
    """The matched span that makes the folded ``sentence`` a caveat beside a removal done (class A): a third party's or a
    content network's copy that lags, or a relisting warning under a condition; None when the sentence itself says a
    removal, names the broker's own site as still showing the listing, or is neither."""
    if _CONFIRMED.search(sentence) or _R41_OURS_STILL.search(sentence):
        return None
    if (where := _R41_LAG_COPY.search(sentence)) and _R41_LAGS.search(sentence):
        return where
    return _R41_RELIST_IF.search(sentence.strip())


def _r41_without_caveats(msg: Incoming) -> tuple[Incoming, str] | None:
    """``msg`` with the caveat sentences of its own words (not the quoted letter) set aside, in its text and its HTML's
    text, and the first caveat's matched span; None when it has none."""
    spans: list[str] = []

    def cut(text: str) -> str:
        cut_at = _QUOTE_START.search(fold(text))
        head, tail = (text[:cut_at.start()], text[cut_at.start():]) if cut_at and cut_at.start() > 0 else (text, "")
        kept = []
        for m in _R41_RAW_SENTENCE.finditer(head):
            part = m.group(0)
            if (c := _r41_caveat(" ".join(fold(part).split()))) is not None:
                spans.append(c.group(0))
                kept.append("\n")
            else:
                kept.append(part)
        return "".join(kept) + tail

    trimmed = replace(msg, text=cut(msg.text), html_text=cut(msg.html_text) if msg.html_text else "")
    return (trimmed, spans[0]) if spans else None


#: The readings class A looks at again: a removal said beside a part said not done, or beside an exempt part.
_R41_UNSURE_RULES = frozenset((_UNSURE_NOT_DONE, "unsure: says it was done, and in another sentence that something was not",
                               "unsure: something was done, and a part is exempt"))

# B. The removal's outcome said with a negation that is the outcome itself ("the profile page now returns 'not found'",
#    "devuelve «página no encontrada»", "mostra 'página não encontrada'"; "erased from our marketing database and will not
#    be licensed again", "y no se volverá a vender", "e não será licenciado novamente"): cut before the sentence's
#    negations are read (``_NOT_AGAIN``), as "so that it is not republished" already is.
_R41_OUTCOME_NEGATED = (
    r"\b(?:returns?|shows?|gives?|displays?|now (?:returns?|shows?)) (?:a |an |the )?[\"'\u201c\u00ab]?(?:404|(?:page )?not found|error 404)[\"'\u201d\u00bb]?",
    r"\b(?:devuelve|muestra|da|arroja) (?:un |el |la )?[\"'\u201c\u00ab]?(?:error 404|404|pagina no encontrada|no encontrad[oa])[\"'\u201d\u00bb]?",
    r"\b(?:retorna|mostra|exibe|da) (?:um |o |a )?[\"'\u201c\u00ab]?(?:erro 404|404|pagina nao encontrada|nao encontrad[oa])[\"'\u201d\u00bb]?",
    r"\b(?:will not|won't|shall not) (?:be )?(?:\S+ )?(?:licensed|sold|shared|rented|disclosed|distributed) (?:again|anymore|any longer|in the future)\b",
    r"\bno (?:se )?(?:volvera|volveran) a (?:vender|licenciar|compartir|ceder)\w*", r"\bnao (?:sera|serao) (?:vendid|licenciad|compartilhad)\w* (?:novamente|de novo)\b",
    r"\bne (?:sera|seront) plus (?:vendue?s?|cedee?s?|partagee?s?)\b",
)
_NOT_AGAIN = _with(_NOT_AGAIN, *_R41_OUTCOME_NEGATED)

# C. Spanish "se" before a past verb ("esto ya se hizo el 2 de noviembre: sacamos el perfil …", "ya se eliminó", "se dio
#    de baja"): read as the Portuguese or Italian "se" (if), so a removal done was a condition and nothing was read. A
#    "se" followed by a Spanish preterite of doing or removing is no condition; "si" stays one, and "se" before any other
#    word too.
_R41_SE_DONE = (r"(?:hizo|elimino|borro|retiro|quito|suprimio|dio de baja|dieron de baja|realizo|completo|proceso|efectuo|"
                r"cumplio|atendio|eliminaron|borraron|retiraron|quitaron|procedio)")
_IF_SI_SE = re.compile(r"\bsi\b|\bse\b(?! " + _R41_SE_DONE + r"\b)")

# D. Chinese "已於 / 已于 <a date> 刪除" (deleted on that date): the date between 已 and the verb hid the completed form.
#    Never "将于 / 將於" (will, on that date).
_CONFIRMED = _with(_CONFIRMED, r"已(?:于|於)[^,，。；！？将將后後]{1,14}?(?:删除|刪除|移除|清除)")

# E. Someone else's listing, a relative's, or a removal put back, in the communities' languages (Vietnamese, Tagalog,
#    Arabic, Ukrainian and Russian, Polish, Haitian Creole, Chinese, Korean): r38-r40's classes knew seven languages, and
#    a namesake's profile removed ("hồ sơ của một người khác trùng tên", "ng ibang tao na kapareho ng pangalan", "людини з
#    таким самим ім'ям", "innej osoby o tym samym imieniu"), a sibling's ("em gái thân chủ", "شقيق موكلتكم"), one of
#    several profiles ("나머지 두 개는 … 다른 사람"), a sister site left ("계열 사이트 … 적용되지 않습니다") or a removal
#    undone ("nou remet pwofil la", "資料已經恢復") was read as the client's removal. Unsure (a person reads it), through
#    the families that already decide it (``_ANOTHER_PERSON``, ``_RELATIVE_OF_CLIENT``, ``_POINTS_BACK``, ``_UNDONE``,
#    ``_ONLY_THIS_SITE``).
_R41_ANOTHER_PERSON = (
    r"\bnguoi (?:khac )?(?:co )?(?:cung|trung) (?:ho )?ten\b", r"\b(?:mot )?nguoi khac\b",
    r"\bibang tao\b", r"\bkapareho ng pangalan\b", r"\bkapangalan\b",
    "\u0634\u062e\u0635 \u0627\u062e\u0631", "(?:\u0628\u0646\u0641\u0633|\u064a\u062d\u0645\u0644 \u0646\u0641\u0633) \u0627\u0644\u0627\u0633\u0645",  # شخص اخر; بنفس / يحمل نفس الاسم
    r"\bз таким (?:самим|же) (?:ім'ям|іменем)\b", r"\bс таким же именем\b", r"\bтезк\w*\b", r"\bоднофамил\w*\b", r"\b(?:іншої|другой|другого) (?:людини|особи|человека)\b",
    r"\binnej osoby\b", r"\bo tym samym imieniu\b", r"\bimiennik\w*\b",
    r"\bmenm non\b", r"\byon lot moun\b",
    r"同名|另一(?:个|個|位)人|其他人的",
    _ko(r"\ub3d9\uba85\uc774\uc778"), _ko(r"\uac19\uc740 \uc774\ub984"), _ko(r"\ub2e4\ub978 \uc0ac\ub78c"),  # 동명이인; 같은 이름; 다른 사람
)
_ANOTHER_PERSON = _with(_ANOTHER_PERSON, *_R41_ANOTHER_PERSON)
_R41_RELATIVE = (
    r"\b(?:me|cha|bo|anh|chi|em|con|vo|chong|ong|ba|co|chu|di|cau)(?: (?:gai|trai|ruot|ho))? (?:cua )?than chu\b",
    r"\b(?:kapatid|nanay|tatay|ina|ama|anak|asawa|lola|lolo|tita|tito|pinsan) (?:na babae |na lalaki )?ng (?:inyong |iyong |aming )?kliyente\b",
    "(?:\u0634\u0642\u064a\u0642|\u0634\u0642\u064a\u0642\u0629|\u0627\u062e\u062a|\u0627\u062e|\u0648\u0627\u0644\u062f|\u0648\u0627\u0644\u062f\u0629|\u0627\u0645|\u0627\u0628\u0646|\u0627\u0628\u0646\u0629|\u0632\u0648\u062c|\u0632\u0648\u062c\u0629) "
    "\u0645\u0648\u0643\u0644",  # شقيق / شقيقة / اخت / اخ / والد / والدة / ام / ابن / ابنة / زوج / زوجة موكل…
    r"\b(?:матер\w*|батьк\w*|отц\w*|брат\w*|сестр\w*|сина|сын\w*|доньк\w*|дочер\w*|дочк\w*|чоловік\w*|муж\w*|дружин\w*|жен\w*) (?:вашої|вашого|вашей|вашего) (?:клієнт\w*|клиент\w*)",
    r"\b(?:matki|ojca|brata|siostry|syna|corki|meza|zony|babci|dziadka) (?:pani |pana )?(?:klientki|klienta)\b",
    r"\b(?:manman|papa|fre|se|pitit|mari|madanm|grann|kouzen|kouzin) (?:\S+ )?kliyan\b",
    r"(?:客户|客戶|委托人|委託人|当事人|當事人)的(?:母亲|母親|父亲|父親|兄弟|姐妹|妹妹|姐姐|哥哥|弟弟|儿子|兒子|女儿|女兒|丈夫|妻子|亲属|親屬)",
    _ko(r"(?:\uc758\ub8b0\uc778|\uace0\uac1d)(?:\ub2d8)?\uc758 (?:\uc5b4\uba38\ub2c8|\uc544\ubc84\uc9c0|\ud615\uc81c|\uc790\ub9e4|\uc5ec\ub3d9\uc0dd|\ub0a8\ub3d9\uc0dd|\uc5b8\ub2c8|\uc624\ube60|\ub204\ub098|\ud615|\uc544\ub4e4|\ub538|\ub0a8\ud3b8|\uc544\ub0b4)"),
)
_RELATIVE_OF_CLIENT = _with(_RELATIVE_OF_CLIENT, *_R41_RELATIVE)
_R41_POINTS_BACK = (
    r"\bprofile na (?:iyon|ito|yon)\b", r"\b(?:цеи|цей|ця|це|этот|эта|это|тот|той) (?:профіль|профиль|запис|запись|сторінк\w*|страниц\w*)\b",
    r"\b(?:ten|tamten) (?:profil|wpis)\b", r"\bho so (?:đo|nay|ay)\b", r"\bpwofil sa a\b",
    "(?:\u0630\u0644\u0643|\u0647\u0630\u0627) \u0627\u0644\u0645\u0644\u0641", "\u0627\u0644\u0645\u0644\u0641 (?:\u0630\u0644\u0643|\u0647\u0630\u0627)",  # ذلك / هذا الملف
    r"(?:该|該|那个|那個|这个|這個)(?:资料|資料|页面|頁面|档案|檔案)",
)
_POINTS_BACK = _with(_POINTS_BACK, *_R41_POINTS_BACK)
_R41_UNDONE = (  # each in a done form: "không thể khôi phục", "복구할 수 없도록", "не может быть восстановлено" undo nothing
    r"\bnou (?:te )?remet(?:e)? (?:\S+ ){0,2}?(?:pwofil|fich|enfomasyon|done)\b", r"\b(?:pwofil|fich) la (?:tounen|retounen) (?:sou sit la|an liy)\b",
    r"(?:资料|資料|数据|數據|页面|頁面)(?:已经|已經|已)(?:恢复|恢復|重新上线|重新上線)",
    r"\b(?:đa|vua) (?:đuoc )?(?:khoi phuc|đang lai)\b", r"\b(?:ibinalik|naibalik) (?:namin )?(?:ang )?profile\b",
    r"\b(?:мы |ми )?(?:восстановили|відновили)\b", r"\b(?:было|были|был|была|було|були|був|була) (?:снова |знову |уже |вже )?(?:восстановлен\w*|відновлен\w*)",
    r"\bzosta[l\u0142]\w* (?:ponownie )?przywrocon\w*", r"\bprzywrocilismy\b",
    _ko(r"(?:\ubcf5\uad6c|\ubcf5\uc6d0|\ub2e4\uc2dc \uac8c\uc2dc)(?:\ub418\uc5c8|\ud588|\ud558\uc600|\ub410)"),  # 복구 / 복원 / 다시 게시 + 되었 / 했 / 하였 / 됐
)
_UNDONE = _with(_UNDONE, *_R41_UNDONE)
_R41_ONLY_THIS_SITE = (
    _ko(r"(?:\uacc4\uc5f4|\uc790\ub9e4|\uc81c\ud734) \uc0ac\uc774\ud2b8[^.]{0,120}?\uc801\uc6a9\ub418\uc9c0 \uc54a"),  # 계열 / 자매 / 제휴 사이트 … 적용되지 않
    r"(?:姊妹|姐妹|关联|關聯|关系|關係)(?:网站|網站)[^。]{0,60}?(?:不适用|不適用|不受影响|不受影響|另行|分别|分別)",
    r"\btrang (?:web )?(?:chi em|lien ket)\b[^.]{0,80}?\bkhong (?:ap dung|bi anh huong)\b",
    r"\b(?:sister|partner|affiliated) sites?\b[^.;!?]{0,80}?\b(?:(?:are|is) (?:each )?(?:run|operated|managed) (?:independently|separately)|not (?:covered|affected))\b",
    r"\b(?:sitios|paginas) (?:hermanos|asociados|afiliados)\b[^.;!?]{0,80}?\b(?:se (?:manejan|administran|operan) (?:por separado|de forma independiente)|no (?:se ven afectados|estan incluidos))\b",
)
_ONLY_THIS_SITE = _with(_ONLY_THIS_SITE, *_R41_ONLY_THIS_SITE)


# ---- review 39's leftovers (branch r42, 2026-12-03): removals under a condition, undone, all but one, promised in
# the future perfect, one field only; two real confirmations lost ----------------------------------------------------
# (tests/test_replies_pass42.py, wordings of our own in en, es, pt, fr, ht.) Each table below is read on folded text;
# the evidence of every rule is its matched span (``_span``).
#
# 1a. A removal told under a condition on whose record it is or on what the clinic says next: "Unless we hear otherwise
#     from you, her profile has been deleted", "Should the person be your client, …", "Provided / Assuming the record
#     is hers, …", "…, provided it was hers"; "en caso de que", "a menos que", "salvo que", "siempre que", "de ser su
#     clienta"; "caso seja", "a menos que", "desde que seja"; "au cas où", "sauf si", "à moins qu'", "pourvu qu'", "à
#     condition qu'", "dans le cas où"; Creole "sòf si", "amwens ke". ``_CONDITION`` is read on the sentence without its
#     success phrase and lacked these; a condition only on the listing coming back ("it will not return unless you ask
#     us again", "no volverá salvo que lo pida") is no condition on the removal (``_NO_RETURN`` before it).
_PROVISO = _rx(
    r"\bunless\b", r"\bprovided (?:that )?(?:she|he|they|it|this|that|the|your|her|his|their)\b", r"\bassuming (?:that )?\w+\b",
    r"(?:^|[,;:] )should (?:she|he|they|it|this|that|the|your|her|his|their)\b",
    r"(?:^|[,;:] )(?:otherwise|de lo contrario|en caso contrario|caso contrario|do contrario|sinon|sinon,|sof sa)\b", r"\bin (?:the )?case (?:that )?(?:she|he|they|it|this|that|the|your)\b",
    r"\b(?:as long as|on condition that|so long as)\b",
    r"\b(?:a menos que|salvo que|salvo si|excepto si|en (?:el )?caso de que|siempre (?:y cuando|que)|suponiendo que|con tal (?:de )?que)\b",
    r"(?:^|[,;:] )de ser (?:ella|el|usted|su|la|el|esta|este)\b",
    r"(?:^|[,;:] )caso (?:seja|sejam|se trate|ela|ele|a senhora|o senhor|voce)\b", r"\b(?:desde que (?:seja|sejam|se trate)|contanto que|salvo se|exceto se|supondo que|no caso de)\b",
    r"\b(?:au cas ou|sauf si|a moins qu|pourvu qu|a condition qu|dans le cas ou|en supposant qu)", r"\b(?:sof si|amwens (?:ke|si)|an ka)\b",
)
#: … not when the words before it in its sentence say the listing will not come back ("… and will not come back unless
#: new public records arrive", "elle ne reviendra pas, sauf si vous le demandez"): that condition is on a relisting.
_NO_RETURN = _rx(
    r"\b(?:not|never|n't) (?:\S+ ){0,3}?(?:return|come back|reappear|appear again|be re-?\w+|be (?:shown|published|listed|added|posted) again)\b",
    r"\bno (?:\S+ ){0,2}?(?:volver\w*|reaparec\w*|regresar\w*|se (?:mostrar|publicar)\w*)", r"\bnao (?:\S+ ){0,2}?(?:voltar\w*|reaparec\w*)",
    r"\bne (?:\S+ ){0,2}?(?:reviendr\w*|reapparaitr\w*|sera (?:pas|plus) (?:republiee?|remise?)\w*)", r"\bpa(?:p| ap| pral)? (?:\S+ ){0,2}?(?:tounen|reparet|paret)\b",
)

# 1c. "All but one" of the listings removed: "all of her listings have been deleted except one", "we deleted all but one
#     of her profiles", "todas menos una", "excepto la de Miami", "todas … menos uma", "com exceção de", "toutes sauf
#     une", "à l'exception d'une", Creole "tout … eksepte youn": one is left, a part (unsure). ``_IN_PART`` read only
#     "partially", and r38's every-site lift only its own sentence's "all sites".
_ALL_BUT = _rx(
    r"\b(?:all|every|each)\b(?: \S+){0,6}? (?:but|except|excepting|save|apart from|other than)\b(?! (?:that|we|it|they|the (?:request|data|law))\b)",
    r"\b(?:todas|todos)\b(?: \S+){0,6}? (?:menos|excepto|salvo|a excepcion de|con excepcion de|fuera de)\b",
    r"\b(?:todas|todos)\b(?: \S+){0,6}? (?:menos|exceto|salvo|com excecao d|a excecao d)\w*",
    r"\b(?:toutes|tous)\b(?: \S+){0,6}? (?:sauf|excepte|hormis|a l'exception d|a part)\w*", r"\btout\b(?: \S+){0,6}? (?:eksepte|sof)\b",
)

# 1d. The future perfect: "her profile will have been deleted by Friday", "su ficha habrá sido borrada para el viernes",
#     "teremos excluído", "sa fiche aura été retirée d'ici vendredi", Creole "ap gentan efase": a promise of a time to
#     come (acknowledged, as r38's later time), not a removal done. The success phrase swallowed "will have been", so
#     ``_CONDITION``'s "will have" was never read beside it.
_FUTURE_PERFECT = _rx(
    r"\b(?:will|shall|'ll) (?:\S+ )?have (?:\S+ )?(?:been )?\w+(?:ed|en|wn)\b",
    r"\bhabr(?:a|an|emos|e) (?:\S+ )?(?:sido |quedado )?\w+(?:ad|id)[oa]s?\b",
    r"\bter(?:a|ao|emos|ei) (?:\S+ )?(?:sido )?\w+(?:ad|id)[oa]s?\b",
    r"\baur(?:a|ont|ons|ai) (?:\S+ )?(?:ete )?\w+(?:ee?s?|ie?s?)\b", r"\b(?:ap|va|pral|pwal) gentan\b",
)
_R42_CONDITION = "unsure: the removal is told under a condition on whose record it is or on what the clinic says"
_R42_ALL_BUT = "unsure: all but one of the listings were removed (one is left)"
_R42_FUTURE_PERFECT = "acknowledged: the removal is promised by a later time (future perfect)"

# 1b. A removal undone in other words (set U's class 1, ``_UNDONE``, widened): "removed on Oct 3 but reappeared after our
#     monthly refresh", "it was re-added when a new data feed arrived", "it is back online after a database update",
#     "removed, then restored", "deleted on Monday and restored on Tuesday"; "se volvió a cargar", "fue publicada de
#     nuevo", "reapareció"; "reapareceu", "voltou a ser publicada"; "elle est revenue", "est réapparue", "a de nouveau été
#     publiée", "puis republiée". "Re-added by mistake … we have deleted it again" is not one (no feed or date after it).
_UNDONE = _with(
    _UNDONE,
    r"\b(?:reappeared|re-appeared|came back|has come back|have come back)\b", r"\b(?:is|are) back (?:online|up|live|on (?:our|the) (?:site|website))\b",
    r"(?<!\bnot )(?<!\bnever )(?<!\bbe )(?<!\bbeing )\bre-?(?:added|imported|loaded|supplied) (?:it |them )?(?:when|after|by|with|from|through) (?:a|an|our|the|its|their) "
    r"(?:new |later |next |automated |automatic |monthly |weekly |nightly |data )?(?:data|feed|import|update|refresh|source|vendor|supplier|partner|system|load)",
    r"\b(?:and|then|but|later|,) (?:it |they )?(?:was |were |has been |have been )?(?:restored|republished|re-?listed|reinstated|re-?added|put back)\b"
    r"(?! (?:by (?:mistake|error)|in error))",
    r"\b(?:reaparecio|reaparecieron)\b", r"\b(?:se |la |lo |las |los )?(?:volvio|volvieron) a (?:cargar|subir|publicar|aparecer|mostrar|incluir)\w*",
    r"\b(?:fue|fueron|ha sido|han sido) (?:publicad|cargad|subid|incluid|mostrad)[oa]s? (?:de nuevo|nuevamente|otra vez)\b",
    r"\b(?:reapareceu|reapareceram)\b", r"\b(?:voltou|voltaram) a (?:ser )?(?:publicad|exibid|listad|mostrad)\w*",
    r"\b(?:foi|foram) (?:publicad|republicad|exibid)[oa]s? (?:de novo|novamente|outra vez)\b",
    r"\b(?:est|sont) (?:reapparue?s?|revenue?s?)\b", r"\b(?:a|ont) (?:de nouveau|a nouveau) ete (?:publiee?s?|mise?s? en ligne|affichee?s?)\b",
    r"\bpuis (?:republiee?s?|remise?s? en ligne|retablie?s?|restauree?s?)\b",
)

# 1e. One field removed and the listing left up, in more words and languages: "we deleted the phone number from her
#     profile", "her street address has been taken off the listing", "we removed her age from the profile page";
#     "quitamos la dirección de su perfil", "se eliminó la edad que aparecía en su ficha"; "excluímos o telefone da
#     ficha dela"; "l'adresse a été supprimée de son profil": the probe pass 25 class (``_FIELD_ONLY``: done and not),
#     which read only "deleted the photo / your phone number".
_FIELD_WORD_EN = r"(?:phone(?: number)?|telephone(?: number)?|(?:street |home |mailing |old |current )?address|age|date of birth|birth ?date|photo|picture|e-?mail(?: address)?|relatives(?: section)?)"
_FIELD_WORD_ES = r"(?:numero de telefono|telefono|direccion|domicilio|edad|fecha de nacimiento|foto|correo(?: electronico)?)"
_FIELD_WORD_PT = r"(?:numero de telefone|telefone|endereco|idade|data de nascimento|foto|e-?mail)"
_FIELD_WORD_FR = r"(?:numero de telephone|telephone|adresse|age|date de naissance|photo)"
_LISTING_WORD = r"(?:profile|listing|record|page|report|entry|ficha|perfil|registro|pagina|anuncio|cadastro|fiche|profil|annonce)"
_FIELD_ONLY = _with(
    _FIELD_ONLY,
    rf"\b(?:deleted|removed|erased|hid|hidden|took|taken) (?:\S+ ){{0,2}}?{_FIELD_WORD_EN} (?:off|from) (?:\S+ ){{0,3}}?{_LISTING_WORD}\b",
    rf"\b{_FIELD_WORD_ES}\b(?: \S+){{0,5}}? (?:de|en|del) (?:su|la|el|sus|esta|este) {_LISTING_WORD}\b",
    rf"\b{_FIELD_WORD_PT}\b(?: \S+){{0,5}}? (?:d[ao]|n[ao]) (?:\S+ )?{_LISTING_WORD}\b",
    rf"\b{_FIELD_WORD_FR}\b(?: \S+){{0,5}}? (?:de|du) (?:la |le |sa |son |l')?{_LISTING_WORD}\b",
)


def _removal_caveat(text: str) -> Classification | None:
    """Review 39's leftovers 1a, 1c and 1d in ``text`` (a reply's folded words): the first sentence that tells a removal
    (``_CONFIRMED``) under a condition (``_PROVISO``, not after ``_NO_RETURN``) or of all but one listing (``_ALL_BUT``)
    is ``unsure`` (0.4); one told in the future perfect (``_FUTURE_PERFECT``) is ``acknowledged`` (0.9), a promise. The
    evidence is the success phrase and the matched span. None when no sentence does."""
    body = " ".join(text.partition("\n")[2].split())
    for x in _sentences(body):
        x = _REASSURANCE.sub(" ", x)
        if not (done := _CONFIRMED.search(x)):
            continue
        if (cond := _PROVISO.search(x)) and not _NO_RETURN.search(x[:cond.start()]):
            return Classification("unsure", _R42_CONDITION, confidence=0.4, evidence=f"{_span(done.group(0))} / {_span(cond.group(0))}")
        if but := _ALL_BUT.search(x):
            return Classification("unsure", _R42_ALL_BUT, confidence=0.4, evidence=f"{_span(done.group(0))} / {_span(but.group(0))}")
        if later := _FUTURE_PERFECT.search(x):
            return Classification("acknowledged", _R42_FUTURE_PERFECT, confidence=0.9, evidence=_span(later.group(0)))
    return None


_classify_r40 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then set X's class A (branch r41)
    """As before (``_classify_r40``); then (set X retired, branch r41, class A) a removal read ``unsure`` only because
    another sentence speaks of a copy the broker does not keep that may lag (a search engine's, a cache's, a content
    network's) or warns, under a condition, that a new listing could be made later, is read again without those
    sentences; a ``confirmed`` second reading is kept, its evidence the removal's span and the caveat's (matched spans,
    never a sentence), anything else leaves the first reading."""
    verdict = _classify_r40(msg)
    if verdict.kind != "unsure" or verdict.rule not in _R41_UNSURE_RULES:
        return verdict
    if (trimmed := _r41_without_caveats(msg)) is None:
        return verdict
    again = _classify_r40(trimmed[0])
    if again.kind != "confirmed":
        return verdict
    return replace(again, rule=again.rule + " (beside a third party's lagging copy or a conditional relisting warning)",
                   evidence=f"{again.evidence} / {_span(trimmed[1])}")

# F. Refusals on the merits in the words of the languages that wrote them, which read as nothing ("other") and left a
#    client's case waiting: a removal only for a fee ("costs $24.95 per listing; we will not process the request without
#    payment", "no tramitaremos la solicitud sin el pago", "hindi namin ito ipoproseso hangga't walang bayad": a new
#    reason, ``fee``); requests from third parties, agents included, not accepted ("no aceptamos solicitudes de terceros",
#    "제3자의 요청은 받지 않습니다", "nou pa aksepte demann ki soti nan lòt moun"); "we are not a data broker" in
#    Vietnamese and the other communities' languages; public records not deleted in Arabic, Chinese and Vietnamese.
#    ``_refusal``'s guards (a question, a pending condition, an agent's proof asked) still apply.
_R41_FEE = (
    r"\b(?:will not|won't|cannot|can't|do not|don't|shall not) (?:\S+ ){0,3}?(?:process|handle|complete|act on|carry out) (?:\S+ ){0,4}?"
    r"(?:without |until (?:we receive )?|before (?:we receive )?)(?:the |a |your )?(?:payment|fee|paying|it is paid)\b",
    r"\b(?:only|available) (?:\S+ ){0,3}?(?:for|with|after) (?:a|the) (?:\S+ )?(?:fee|payment|charge) of\b",
    r"\bno (?:tramitaremos|procesaremos|gestionaremos|atenderemos|realizaremos|haremos) (?:\S+ ){0,3}?sin (?:el |la |previo |su )?(?:pago|abono)\b",
    r"\bnao (?:processaremos|trataremos|atenderemos|faremos|realizaremos) (?:\S+ ){0,3}?sem (?:o |a )?(?:pagamento|taxa)\b",
    r"\bne (?:traiterons|donnerons suite a|traitera) (?:\S+ ){0,3}?(?:pas )?sans (?:le |un )?(?:paiement|reglement)\b",
    r"\bhindi (?:namin )?(?:\S+ )?(?:ipoproseso|poproseso|aasikasuhin) (?:\S+ ){0,3}?(?:hangga't|kung) (?:walang|hindi pa) (?:bayad|nababayaran)\b",
    r"\bnou p(?:a|ap| ap) (?:\S+ ){0,2}?(?:trete|fe) (?:\S+ ){0,3}?san (?:peman|lajan)\b",
    r"\bkhong (?:xu ly|thuc hien) (?:\S+ ){0,4}?(?:neu|khi) (?:chua|khong) (?:thanh toan|tra phi)\b",
)
_R41_AGENT_REFUSED = (
    r"\bno aceptamos (?:\S+ ){0,2}?(?:solicitudes|peticiones|pedidos) (?:\S+ ){0,2}?(?:de|por parte de|hechas por|enviadas por) (?:terceros|representantes|agentes|apoderados)\b",
    r"\b(?:solo|solamente|unicamente) acepta(?:mos)? (?:\S+ ){0,2}?solicitudes (?:\S+ ){0,4}?(?:enviadas|hechas|presentadas) por la (?:propia )?persona\b",
    r"\bwe (?:do not|don't|cannot|can't|will not|won't) accept (?:\S+ ){0,2}?requests (?:\S+ ){0,3}?(?:from|by|made by|submitted by|sent by) "
    r"(?:third parties|agents|authori[sz]ed agents|representatives|anyone other than)\b",
    r"\bnao aceitamos (?:\S+ ){0,2}?(?:pedidos|solicitacoes|requisicoes) (?:\S+ ){0,2}?(?:de|feitos por|enviados por) (?:terceiros|representantes|procuradores)\b",
    r"\bn'acceptons pas (?:les |de )?(?:demandes|requetes) (?:\S+ ){0,2}?(?:de|par des|emanant de) (?:tiers|mandataires|representants)\b",
    r"\bnou pa aksepte demann (?:\S+ ){0,3}?(?:lot moun|lot moun|ajan|reprezantan|twazyem)\b",
    _ko(r"\uc81c3\uc790(?:\uc758|\uac00)? (?:\S+ )?(?:\uc694\uccad|\uc2e0\uccad)(?:\uc740|\uc744|\ub294)? (?:\ubc1b\uc9c0|\ucc98\ub9ac\ud558\uc9c0) \uc54a"),  # 제3자의 요청은 받지 / 처리하지 않
    r"\bkhong (?:chap nhan|tiep nhan|xu ly) yeu cau (?:\S+ ){0,2}?(?:tu|cua) (?:ben thu ba|nguoi khac|đai dien)\b",
    r"\bhindi (?:namin )?tinatanggap (?:\S+ ){0,3}?(?:request|kahilingan) (?:\S+ ){0,2}?(?:mula sa|ng) (?:ibang tao|third party|ahente)\b",
    r"不(?:接受|受理)(?:第三方|他人|代理人|代理)", r"\bне принимаем (?:\S+ ){0,2}?(?:запросы|заявки|обращения) от третьих лиц\b",
    r"\bне приймаємо (?:\S+ ){0,2}?(?:запити|заяви|звернення) від третіх осіб\b", r"\bnie przyjmujemy (?:\S+ ){0,2}?(?:wnioskow|zgloszen|zadan) od (?:osob trzecich|pelnomocnikow)\b",
)
_R41_NOT_A_BROKER = (
    r"\bkhong phai la (?:mot )?(?:cong ty )?moi gioi du lieu\b", r"\bhindi (?:kami|po kami) (?:isang )?data broker\b",
    _ko(r"\ub370\uc774\ud130 \ube0c\ub85c\ucee4\uac00 \uc544\ub2d9\ub2c8\ub2e4"),  # 데이터 브로커가 아닙니다
    r"(?:不是|并非|並非|不属于|不屬於)(?:一家)?(?:数据|數據|資料)(?:经纪|經紀|中介)", "\u0644\u0633\u0646\u0627 (?:\u0634\u0631\u0643\u0629 )?\u0648\u0633\u064a\u0637 \u0628\u064a\u0627\u0646\u0627\u062a",  # لسنا (شركة) وسيط بيانات
    r"\bnou pa (?:yon )?(?:koutye|komèsan|komesan) done\b", r"\bне (?:являемся|является) брокером данных\b", r"\bне є брокером даних\b",
    r"\bnie jestesmy (?:\S+ )?brokerem danych\b",
    r"\bno (?:es|somos) (?:un |una )?(?:corredor|intermediario|broker|agente|comerciante) de datos\b",
    r"\bnao (?:e|somos) (?:um |uma )?(?:corretor|corretora|intermediario|broker) de dados\b", r"\bn'(?:est|sommes) pas (?:un )?courtier (?:en|de) donnees\b",
)
_R41_PUBLIC_RECORDS = (
    "\u0644\u0627 (?:\u0646\u062d\u0630\u0641|\u0646\u0632\u064a\u0644|\u064a\u0645\u0643\u0646\u0646\u0627 \u062d\u0630\u0641) (?:\\S+ ){0,3}?(?:\u0627\u0644)?\u0633\u062c\u0644\u0627\u062a (?:\u0627\u0644)?\u0639\u0627\u0645\u0629",  # لا نحذف … السجلات العامة
    r"(?:不|无法|無法|不会|不會)(?:删除|刪除)[^。]{0,8}?(?:公共|公開|公开)(?:记录|記錄|紀錄)",
    r"\bkhong (?:the )?xoa (?:\S+ ){0,4}?(?:ho so|thong tin|du lieu) (?:\S+ ){0,2}?cong khai\b",
)
_R41_REFUSED = {"agent not authorised": _R41_AGENT_REFUSED, "not a data broker": _R41_NOT_A_BROKER, "publicly available": _R41_PUBLIC_RECORDS}
_REFUSED = [(reason, _with(rx, *_R41_REFUSED[reason]) if reason in _R41_REFUSED else rx) for reason, rx in _REFUSED]
_REFUSED.insert(next(i for i, (reason, _) in enumerate(_REFUSED) if reason == "declined"), ("fee", _rx(*_R41_FEE)))

# G. "Which listing?" asked as a request for its address ("please send us the exact URL of that profile and we will take
#    care of it", "pásennos la URL y lo quitamos", "merci de nous envoyer l'adresse URL de la fiche", "envie-nos o link
#    do perfil"), after a profile said to be someone else's or several people of that name: the next step is the
#    clinic's, to send the listing's address (needs_info), as "which one do you want us to remove?" already is
#    (``_WHICH``, read only when nothing was confirmed). It was read as something not done (unsure), a receipt
#    ("… et nous la retirerons") or nothing.
_R41_URL_ASK = (
    r"\b(?:please )?(?:send|give|forward|share|reply with|provide) (?:us|me) (?:with )?(?:the |a |that |its )?(?:exact |full |direct |correct |specific )?"
    r"(?:url|link|web address)s?\b",
    r"\b(?:mandenos|mandennos|envienos|enviennos|pasenos|pasennos|compartanos|compartannos|indiquenos|proporcionenos|mandanos|pasanos|envianos|mandame|pasame|"
    r"enviame|nos (?:manden|envien|pasen|compartan|indiquen|mandan|pasan|envian)) (?:la |el )?(?:url|enlace|link|liga|direccion (?:web|url|de la pagina|del perfil))\b",
    r"\b(?:envie|enviem|mande|mandem|informe|informem|passe|passem)(?:-nos)? (?:a |o )?(?:url|link|endereco (?:da pagina|web|do perfil))\b",
    r"\bnos (?:envie|enviem|mande|mandem|passe|passem) (?:a |o )?(?:url|link)\b",
    r"\b(?:envoyer|envoyez|transmettre|transmettez|indiquer|indiquez|communiquer|communiquez)(?:-nous)? (?:l'adresse url|l'url|le lien|l'adresse (?:web|de la fiche|de la page|du profil))\b",
    r"\b(?:voye|ban) nou (?:lyen|adres (?:paj|pwofil)|url)\b", r"\b(?:gui|cung cap) (?:cho )?(?:chung toi )?(?:đuong dan|đuong link|link|url)\b",
    r"\b(?:ipadala|ibigay) (?:po )?(?:ninyo |mo )?(?:sa amin )?(?:ang )?(?:link|url)\b", r"(?:请|請)(?:提供|发送|發送|告知)[^。]{0,8}?(?:链接|連結|网址|網址|url)",
)
_WHICH = _with(_WHICH, *_R41_URL_ASK)

# H. A records team's answer forwarded whole by the broker's own privacy desk, the forwarder's note saying it is the
#    answer ("les reenvío abajo la respuesta de nuestro equipo de registros sobre su solicitud", "below is our records
#    team's reply to your request"): r27's attached-forward rule set aside every note of the forwarder's own
#    organisation, so the answer, a removal done, was read as nothing. Read it when the forwarder says so; a colleague's
#    note forwarded without those words stays set aside.
_R41_TEAMS_ANSWER = _rx(
    r"\b(?:below|attached|here) is (?:the |our )?(?:\S+ ){0,3}?(?:team|department|desk)'s (?:reply|answer|response|note)\b",
    r"\b(?:forwarding|forward) (?:you )?(?:below |here )?(?:the |our )?(?:\S+ ){0,3}?(?:team|department|desk)'s (?:reply|answer|response|note)\b",
    r"\b(?:the |our )?(?:reply|answer|response) (?:of|from) (?:our|the) (?:\S+ ){0,3}?(?:team|department|desk|area)\b",
    r"\b(?:la |el )?(?:respuesta|contestacion) (?:de|del) (?:nuestro|nuestra|el|la) (?:equipo|area|departamento|oficina)\b",
    r"\b(?:a )?resposta (?:da|do) (?:nossa|nosso|equipe|equipa|departamento|area)\b", r"\b(?:la )?reponse (?:de|du) (?:notre|l'equipe|service)\b",
)

_forwarded_r27 = _forwarded


def _forwarded(msg: Incoming) -> Incoming | None:  # noqa: F811 - r27's, then a records team's answer forwarded (branch r41)
    """As before (``_forwarded_r27``); then (branch r41, class H) the first message attached whole, sent from the
    forwarder's own domain, when the forwarder's short note says it is its team's answer (``_R41_TEAMS_ANSWER``) and the
    attached message is not our letter. None when there is no such forward."""
    if (before := _forwarded_r27(msg)) is not None or not msg.attached_messages or not _FORWARD_SUBJECT.match(msg.subject):
        return before
    own = fold(msg.text)
    if len(msg.text.strip()) > _FORWARD_OWN_MAX or not _R41_TEAMS_ANSWER.search(" ".join(own.split())):
        return None
    inner = _parse_bounded(msg.attached_messages[0])
    if not inner.from_addr or not msg.from_domain or fold(inner.from_addr).rpartition("@")[2] != msg.from_domain \
            or _OUR_TOKEN.search(f"{inner.subject}\n{inner.text}") or _QUOTE_START.match(fold(inner.text).lstrip()):
        return None
    return replace(msg, subject=inner.subject, text=inner.text, html_text=inner.html_text, links=inner.links,
                   anchors=inner.anchors, attachments=inner.attachments)

# I. A receipt under another name: a ticket marked "Solved" / "Resuelto" / "Résolu" whose text says the removal is in a
#    queue or passed to a data team with a time ("your opt-out is in our processing queue … marking this ticket as
#    solved for now", "nous avons transmis votre demande à notre équipe des données"); a removal said to come within a
#    time in the languages read in part or in Spanglish ("sẽ được xóa trong vòng 2 tuần", "aalisin ang profile sa loob
#    ng 72 oras", "el removal se va a completar dentro de 10 días"); a removal put on a date, in a mail whose headers
#    say it is automatic ("quedó programado para eliminarse en la fecha indicada", "заплановано до видалення"). Each
#    was read as a ticket solved with nothing said (unsure), as nothing (other) or as an auto-reply: acknowledged, a
#    removal promised, whose outcome a later search proves. Never when a condition stands before it in its sentence.
_R41_QUEUED = _rx(
    r"\b(?:is|are|was|has been) (?:now )?(?:in|added to|placed in) (?:our|the) (?:\S+ )?(?:processing|removal|deletion|opt-?out|suppression) queue\b",
    r"\b(?:esta|quedo|fue (?:agregada|puesta)|se encuentra) en (?:nuestra|la) cola de (?:bajas|eliminacion(?:es)?|procesamiento|supresion)\b",
    r"\b(?:esta|foi colocad[oa]) na (?:nossa )?fila de (?:exclusao|exclusoes|remocao|processamento)\b",
    r"\b(?:est|a ete placee?) dans (?:notre|la) file d'attente\b", r"\bnan liy pou ekip\b",
)
_R41_WILL_REMOVE = _rx(
    r"\bse (?:đuoc )?(?:xoa|go bo|loai bo)\b[^.]{0,40}?\btrong (?:vong )?\d+",
    r"\b(?:aalisin|buburahin|tatanggalin)\b[^.]{0,40}?\bsa loob ng\b",
    r"\b(?:el |la )?(?:removal|baja|eliminacion|borrado) se va a (?:completar|hacer|procesar|correr)\b",
    r"\bse (?:va|van) a (?:eliminar|borrar|quitar) (?:\S+ ){0,4}?(?:dentro de|en) (?:los proximos )?\d+",
)
_R41_SCHEDULED = _rx(
    r"\bprogramad[oa]s? para (?:eliminarse|borrarse|su eliminacion|ser eliminad[oa])\b", r"\bprogramad[oa]s? para (?:ser )?(?:excluid|removid)",
    r"\bprogrammee?s? pour (?:etre )?supprimee?s?\b", r"\bscheduled for (?:removal|deletion)\b",
    r"\bзаплановано (?:до|на) видалення\b", r"\bзапланирован\w* (?:к|на) удалени\w*",
)
_R41_SOLVED = "unsure: a ticket marked solved or closed, without saying what was done"


def _r41_receipt(msg: Incoming, verdict: Classification) -> Classification | None:
    """Class I: ``acknowledged`` (0.9) for a ticket marked solved over a queue or a hand-off, a removal promised within
    a time read as nothing, or a removal put on a date in an automatic mail; None otherwise. The evidence is the matched
    span."""
    if verdict.rule == _R41_SOLVED:
        tables: tuple[re.Pattern[str], ...] = (_R41_QUEUED, _PASSED_ON)
    elif verdict.kind == "other":
        tables = (_R41_QUEUED, _R41_WILL_REMOVE)
    elif verdict.kind == "auto_reply":
        tables = (_R41_SCHEDULED,)
    else:
        return None
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    for x in _sentences(body):
        for table in tables:
            if (m := table.search(x)) and not _CONDITION.search(x[:m.start()]) and not _IF_SI_SE.search(x[:m.start()]) \
                    and not _NEGATED_PART.search(x[:m.start()]):
                return Classification("acknowledged", "acknowledged: the removal is queued, passed on, promised within a time "
                                      "or put on a date (a receipt)", confidence=0.9, evidence=_span(m.group(0)))
    return None


_classify_r41a = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then set X's class I (branch r41)
    """As before (``_classify_r41a``); then (set X retired, branch r41, class I) a receipt under another name is
    ``acknowledged`` (see ``_r41_receipt``)."""
    verdict = _classify_r41a(msg)
    return _r41_receipt(msg, verdict) or verdict

# J. "No record" for the client beside someone else's listing removed: "we found one listing, for a person of the same
#    name aged 71 in Dayton. That listing has been removed. We found none matching the other details", "nous avons
#    supprimé la fiche de cet ancien occupant. Nous n'avons trouvé aucune fiche au nom de votre cliente", "esse perfil foi
#    removido. Não encontramos nenhum perfil com os outros dados": the "no record" is for the client, and a listing of
#    someone else was removed, which a person should look at (unsure), as r38's class e reads a relative's.
def _r41_other_removed(msg: Incoming, verdict: Classification) -> Classification | None:
    """Class J: ``unsure`` (0.4) for a "no record" refusal whose reply tells of someone else's listing removed, in the
    sentence that names that person or, by a word pointing back, in the next; None otherwise."""
    if verdict.kind != "refused" or verdict.reason != "no record":
        return None
    sentences = _sentences(" ".join(reply_text(msg).partition("\n")[2].split()))
    for i, x in enumerate(sentences):
        if not (other := _ANOTHER_PERSON.search(x)) or _CLIENTS_OWN_NOT_NEGATED.search(x):
            continue
        after = sentences[i + 1] if i + 1 < len(sentences) else ""
        told, removed = x, _REMOVED_IT.search(x) or _CONFIRMED.search(x)
        if removed is None and _POINTS_BACK.search(after) and not _NAMES_CLIENT.search(after):
            told, removed = after, _REMOVED_IT.search(after) or _CONFIRMED.search(after)
        if removed is not None and not _NEGATED_PART.search(told[:removed.start()]):
            return Classification("unsure", "unsure: someone else's listing was removed, and none was found in the client's "
                                  "name", confidence=0.4, evidence=f"{_span(other.group(0))} / {_span(removed.group(0))}")
    return None


_classify_r41i = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then set X's class J (branch r41)
    """As before (``_classify_r41i``); then (set X retired, branch r41, class J) a "no record" beside someone else's
    listing removed is ``unsure`` (see ``_r41_other_removed``)."""
    verdict = _classify_r41i(msg)
    return _r41_other_removed(msg, verdict) or verdict


_classify_r41 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then review 39's leftovers (branch r42)
    """As before (``_classify_r41``); then (review 39's leftovers, branch r42) a confirmation whose removal is told under
    a condition, of all but one listing, or in the future perfect is no confirmation (``_removal_caveat``). Never raises;
    the evidence is the matched span."""
    verdict = _classify_r41(msg)
    if verdict.kind != "confirmed":
        return verdict
    return _removal_caveat(reply_text(msg)) or verdict


# 2. A real confirmation lost: the client's listing removed AND, in a sentence of its own said to be in addition, a
#    neighbour's or a relative's ("Your client's listing has been removed. We removed her neighbour's listing too.";
#    "Borramos la ficha de su clienta. También borramos la de su vecina."; "… Nous avons aussi retiré celle de sa
#    voisine."): r38's class a (a removal sentence naming someone else) read the second removal alone and made the
#    reply unsure, so a volunteer wrote again for nothing. When another sentence tells the removal of the client's own
#    listing (``_NAMES_CLIENT`` or ``_CLIENTS_OWN_NOT_NEGATED``, no one else named in it) and each sentence naming
#    someone else says it is an addition (``_IN_ADDITION``), those sentences are set aside and the checks read the rest.
_IN_ADDITION = _rx(r"\b(?:too|as well|also|in addition|besides)\b", r"\b(?:tambien|ademas)\b", r"\b(?:tambem|alem disso)\b",
                   r"\b(?:aussi|egalement|de plus|en plus)\b", r"\b(?:tou|anplis|osi)\b")
_SOMEONE_ELSES = "unsure: the listing removed is someone else's, not the client's"

_not_the_clients_listing_r40 = _not_the_clients_listing


def _not_the_clients_listing(msg: Incoming, verdict: Classification) -> Classification | None:  # noqa: F811 - r40's, then r42's
    """As before (r36's to r40's classes); then (review 39's leftovers, branch r42, class 2) when r38's "someone else's
    listing" alone objects, another sentence tells the removal of the client's own listing and every sentence naming
    someone else's removal says it is an addition ("too", "también", "aussi"), the classes read the reply without those
    sentences. Returns what they say: a ``Classification``, or None when nothing objects."""
    before = _not_the_clients_listing_r40(msg, verdict)
    if before is None or before.rule != _SOMEONE_ELSES:
        return before
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    sentences = _sentences(body)
    others = [x for x in sentences if _ANOTHER_PERSON.search(x) or _RELATIVE_OF_CLIENT.search(x)]
    clients = [x for x in sentences if x not in others and _CONFIRMED.search(x) and not _negated_before(x)
               and (_NAMES_CLIENT.search(x) or _CLIENTS_OWN_NOT_NEGATED.search(x))]
    if not clients or not all(_IN_ADDITION.search(x) and not _NOT_DONE.search(_CONFIRMED.sub(" ", x)) for x in others):
        return before
    rest = " ".join(x for x in sentences if x not in others)
    return _not_the_clients_listing_r40(replace(msg, text=rest, html_text=""), verdict)
#: … and its kin in the removal's own sentence (r40's class 2 read "belonging to her landlord", not "belonged to her
#: ex-husband" nor "que pertenecía a su exmarido"): someone else's listing.
_ANOTHER_PERSON = _with(
    _ANOTHER_PERSON,
    rf"\b(?:belonged|belongs|belonging) to (?:her|his|their) (?:{_KIN_EN[3:-1]}|{_OTHER_HOUSEHOLD_EN[3:-1]})\b",
    rf"\b(?:pertenecia|pertenece|pertenecian|era|eran) (?:a|de) (?:su|sus) {_KIN_ES}\b", rf"\b(?:pertencia|pertence|era|eram) (?:a|ao|d[oa]) (?:sua |seu )?{_KIN_PT}\b",
    rf"\b(?:appartenait|appartient|etait) (?:a|de) (?:son|sa|ses) {_KIN_FR}\b",
    # the listing "of her son", "de su hija", "de sa mère", "da mãe dela", Creole "pwofil manman li" (a relative's, not hers)
    rf"\b(?:profile|listing|record|page|entry) (?:of|for) (?:her|his|their) {_KIN_EN}\b",
    rf"\b(?:ficha|perfil|registro|pagina|anuncio) de (?:su|sus) {_KIN_ES}\b(?! de (?:su|la) client)",
    rf"\b(?:ficha|perfil|registro|cadastro|pagina) d[ao] {_KIN_PT} dela\b", rf"\b(?:fiche|profil|page|annonce) de (?:son|sa|ses) {_KIN_FR}\b",
    r"\b(?:pwofil|fich|dosye|paj) (?:manman|papa|pitit|frè|fre|sè|se|mari|madanm|kouzen|kouzin|tonton|matant|granmoun|grann) (?:li|yo)\b",
)

# 2b. A removal from one site told in the passive, the rest said to stay up ("Fue eliminada de BuscaYa; sigue visible
#     en nuestros sitios asociados", "Foi removida do BuscaJá; continua visível nos sites parceiros", "Supprimée de
#     TrouveTout ; elle reste visible sur nos sites partenaires", "Her listing was taken off this site; it stays on our
#     partner sites"): r39's class E read only the active "eliminamos" / "removed", so the "stays visible" words made it
#     a do-not-sell refusal. It is a part done (unsure), as class E reads the active voice.
_PART_DONE = _with(
    _PART_DONE,
    r"\b(?:fue|fueron|ha sido|han sido|quedo|quedaron) (?:\S+ )?(?:eliminad|borrad|retirad|suprimid|quitad|dad)[oa]s?\b",
    r"(?:^|[,;:] )(?:eliminad|borrad|retirad|suprimid|quitad)[oa]s? (?:de|del)\b", r"\bse (?:elimino|borro|retiro|suprimio|quito)\b",
    r"\b(?:foi|foram) (?:\S+ )?(?:removid|excluid|apagad|retirad)[oa]s?\b", r"(?:^|[,;:] )(?:removid|excluid|apagad|retirad)[oa]s? d[oa]\b",
    r"(?:^|[,;:] )(?:supprimee?s?|retiree?s?|effacee?s?) (?:de|du|des)\b", r"\b(?:a|ont) ete (?:\S+ )?(?:supprimee?s?|retiree?s?|effacee?s?)\b",
)


# 3. The label rule for an agent's papers (review 39's leftover, r39's open question; tests/replies/README.md, "Label
#    rules"): a broker that asks the clinic, as the client's authorised agent, only for the client's signed permission
#    ("signed authorization letter", "power of attorney", "our agent form signed by the consumer", "carta poder",
#    "autorización firmada", "procuração assinada", "procuration signée", "pèmisyon siyen") asks for information, not
#    for proof of identity: ``needs_info``, whose advice is to answer the broker with what it asks (the clinic sends the
#    authorisation it holds or has the client sign one). ``needs_id`` is kept for a reply that asks for an identity
#    document, an ID number, an identity check or a notarised or sworn statement (``_ID_ASKED``), with the authorisation
#    or without: its advice (send only what the law allows, a redacted document) is the one a client needs then. The
#    reader read every agent's paper as ``needs_id``; sets L to W labelled it ``needs_info`` and set J ``needs_id``.
_AGENT_PAPER = _rx(
    r"\b(?:signed|written) (?:\S+ ){0,2}?(?:permission|authori[sz]ation|consent)\b", r"\b(?:permission|authori[sz]ation|consent)(?: letter| form)? signed by\b",
    r"\bpower of attorney\b", r"\bagent (?:designation |permission |authori[sz]ation )?form\b", r"\bsomething signed by\b",
    r"\bauthori[sz]ation letter\b", r"\b(?:a|the) (?:copy|letter) signed (?:and dated )?by\b",
    r"\bcarta poder\b", r"\bpoder (?:notarial|firmado)\b", r"\b(?:autorizacion|permiso|carta|documento|formulario)(?: \S+){0,4}? firmad[oa]\b",
    r"\bprocuracao\b", r"\b(?:autorizacao|permissao|documento|formulario)(?: \S+){0,3}? assinad[oa]\b",
    r"\bprocuration\b", r"\bmandat signe\b", r"\b(?:autorisation|document|formulaire|permission)(?: \S+){0,3}? signee?\b",
    r"\b(?:pemisyon|otorizasyon|fom) siyen\b", r"\bvollmacht\b", r"\bdelega (?:\S+ ){0,2}?firmata\b", r"\bmachtiging\b",
)
_ID_ASKED = _rx(
    r"\b(?:photo|government[- ]issued|state[- ]issued|valid|national|consumer'?s?|client'?s?|her|his|their) id\b", r"\bid (?:card|document)s?\b",
    r"\bcopy of (?:\S+ ){0,3}?id\b", r"\bidentity\b", r"\bidentification\b", r"\bpassport\b", r"\bdriver'?s? licen[cs]e\b", r"\bsocial security\b",
    r"\bssn\b", r"\bdate of birth\b", r"\butility bill\b", r"\bproof of address\b", r"\bselfie\b", r"\baffidavit\b", r"\bnotari\w+",
    r"\bunder penalty of perjury\b", r"\bsworn\b",
    r"\bidentidad\b", r"\bidentificacion\b", r"\bcedula\b", r"\bpasaporte\b", r"\bfecha de nacimiento\b", r"\bjurada\b", r"\bcomprobante de domicilio\b",
    r"\bidentidade\b", r"\bidentificacao\b", r"\b(?:rg|cnh|cpf)\b", r"\bpassaporte\b", r"\bcartorio\b",
    r"\bidentite\b", r"\bpasseport\b", r"\bnotaire\b", r"\bsous serment\b", r"\bidantite\b", r"\bpaspo\b",
    r"\bausweis\w*", r"\bidentitat\b", r"\bidentita\b", r"\bpaspoort\b", r"\bidentiteit\b",
)
_AGENT_PAPER_ONLY = "needs_info: asks for the client's signed authorisation of the clinic as agent (no identity document)"

_classify_r42a = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then the agent's papers (branch r42)
    """As before (``_classify_r42a``); then (branch r42, class 3) a ``needs_id`` reply whose only ask is the client's
    signed authorisation of the clinic as agent (``_AGENT_PAPER``, no ``_ID_ASKED`` in the reply) is ``needs_info``
    (0.9). Never raises; the evidence is the matched span."""
    verdict = _classify_r42a(msg)
    if verdict.kind != "needs_id":
        return verdict
    text = reply_text(msg)
    if (paper := _AGENT_PAPER.search(text)) and not _ID_ASKED.search(text):
        return Classification("needs_info", _AGENT_PAPER_ONLY, confidence=0.9, evidence=_span(paper.group(0)))
    return verdict


# 1a's near miss in the other languages: "Su ficha fue borrada. No volverá a publicarse salvo que usted lo pida." read
# unsure, its "salvo que" taken for a part kept ("salvo los datos que…", ``_NOT_YET``): the condition is on the listing
# coming back, as in "It will not return unless you ask us again". The whole not-again clause with its condition is cut
# before the sentence is read (``_NOT_AGAIN``), these alternatives first so that the shorter ones do not win.
_NOT_AGAIN = _rx(
    r"\b(?:will not|won't|will never|shall not) (?:\S+ )?(?:return|come back|reappear|be re-?\w+)\w*,? unless\b[^.;]*",
    r"\bno (?:se )?(?:volvera|volveran|vuelva|vuelvan) a (?:publicar|aparecer|mostrar|incluir)\w*,? (?:salvo|a menos|excepto) (?:que|si)\b[^.;]*",
    r"\bnao (?:voltara|voltarao|volte|voltem)(?: a (?:ser )?(?:publicad|exibid|listad|aparecer)\w*)?,? (?:salvo|a menos|exceto) (?:que|se)\b[^.;]*",
    r"\bne (?:reviendra|reviendront|reapparaitra|reapparaitront) (?:pas|plus|jamais),? (?:sauf si|a moins qu)[^.;]*",
    _NOT_AGAIN.pattern,
)


# ---- reply pass 43 (branch r43, 2026-12-03): set Y's broken promises, as classes ----------------------------------------
# Set Y (tests/replies/sety, held out, never opened here) showed two classes on the lead's first read; the wordings
# below are our own (tests/test_replies_pass43.py). Kept apart from r41's and r42's tables (conditions, future
# perfect, undone removals), so the branches merge as three separate blocks.
#
# 1. A double opt-in: "Please confirm your subscription to our weekly digest", "Confirme su suscripción al boletín",
#    a "Confirm subscription" button on a news host. Read ``verify_link``, its link would be opened: the person
#    subscribed to the broker's marketing, and a verification recorded that is none. An ask to confirm whose only
#    object is a subscription (newsletter, digest, bulletin, alerts, mailing list; "suscripción", "boletín",
#    "inscrição", "abonnement", "lettre d'information", "abònman", "bản tin", 订阅, 구독) is ``other``, as the sets
#    label marketing mail, and no link is chosen. An ask that also names a removal, a deletion, an opt-out or an
#    unsubscribe ("confirm your opt-out request", "confirme su solicitud de baja", "… you will also be unsubscribed
#    from our e-mails") stays a removal's verification.
_SUBSCRIBE_NOUN = _rx(
    r"\bsubscri(?:ption|be|bing|ber|bed)s?\b", r"\bsign(?:ing)?[- ]?up\b", r"\bnewsletters?\b", r"\b(?:weekly|monthly|daily) (?:digest|e-?mails?|news|update)s?\b",
    r"\bdigest\b", r"\bbulletins?\b", r"\bmailing lists?\b", r"\b(?:e-?mail|news|price|job|deal|listing|record) alerts?\b", r"\bour alerts?\b", r"\bopt[- ]?in\b",
    r"\b(?:suscripcion|suscribirse|suscribirte|suscribiste|suscrito|suscrita|boletin(?:es)?|alertas|lista de (?:correo|distribucion|envios))\b",
    r"\b(?:inscricao|inscrever|inscreveu|boletim|boletins|lista de (?:e-?mails|emails|distribuicao|correio)|assinatura (?:da|do|de) (?:newsletter|boletim|alertas))\b",
    r"\b(?:abonnement|abonner|abonnee?|lettres? d'information|infolettres?|liste de diffusion|alertes)\b",
    r"\b(?:abonman|bilten|nouvel)\b", r"\b(?:ban tin|đang ky nhan)\b", r"\bmag-?subscribe\b",
    r"订阅|訂閱|电子报|電子報|简报|簡報", _ko(r"\uad6c\ub3c5|\ub274\uc2a4\ub808\ud130"),  # 구독 뉴스레터
)
#: Words of a removal, deletion, opt-out or unsubscribe: beside them an ask to confirm is (or may be) the request's.
_REMOVAL_ASKED = _rx(
    r"\b(?:delet\w*|remov\w*|eras\w*|opt(?:ing)?[- ]?out\w*|suppress\w*|unlist\w*|do not sell|unsubscri\w*|privacy request|data request)\b",
    r"\b(?:elimin\w*|borr\w*|supres\w*|suprim\w*|baja|exclu(?!siv)\w*|cancel\w*|desuscri\w*|oposicion)\b",
    r"\b(?:remo(?:cao|ver|vid\w*)|apag\w*|descadastr\w*|desinscr\w*)\b",
    r"\b(?:supprim\w*|suppression|effac\w*|retrait|retir\w*|desinscri\w*|desabonn\w*|opposition|annul\w*)\b",
    r"\b(?:efase|retire|anile|dezabone)\b", r"\b(?:xoa|go bo|huy)\b", r"\b(?:burahin|alisin|tanggalin)\b",
    r"删除|刪除|移除|退订|退訂|取消", _ko(r"\uc0ad\uc81c|\uc81c\uac70|\ucde8\uc18c"),  # 삭제 제거 취소
)
_CONFIRM_ASKED = _rx(
    r"\b(?:confirm\w*|verif\w*|validat\w*|activat\w*|click (?:here|below|the (?:link|button)))\b",
    r"\b(?:confirme\w*|confirma\w*|verifique\w*|valide\w*|validar|activ[ae]\w*|ative\w*|konfime|xac nhan|kumpirm\w*|i-?confirm)\b",
    r"确认|確認", _ko(r"\ud655\uc778"),  # 확인
)
#: A link to a news or list host ("news.broker.example"), or to a newsletter's path ("/newsletter/confirm").
_SUBSCRIBE_LINK = re.compile(
    r"^https?://(?:[^/?#]*[.@])?(?:news|newsletters?|digest|bulletins?|boletin|alerts|lists)\.|"
    r"^https?://[^/?#]+/(?:[^?#]*/)?(?:newsletters?|subscri(?:be|ption)|digest|suscripcion|boletin|abonnement|inscricao|opt-?in|lettre)(?:[/?#._-]|$)",
    re.IGNORECASE)


# ``_subscription_ask(msg)``: the words of an ask to confirm a subscription and nothing else, or None. Written by r43,
# rewritten by reply pass 45 (its sentences kept apart, a removal spoken of): it lives in the "reply pass 45" block
# below and is looked up by name when r43's ``choose_link`` and ``classify`` are called.


_choose_link_r43 = choose_link


def choose_link(msg: Incoming, domains: list[str]) -> LinkChoice:  # noqa: F811 - none for a subscription's ask (branch r43)
    """As before (``_choose_link_r43``), except that a mail asking to confirm a subscription and nothing else
    (``_subscription_ask``) has no link to open: ``LinkChoice("none", …)``."""
    if (said := _subscription_ask(msg)) is not None:
        return LinkChoice("none", None, f"the mail asks to confirm a subscription, not the removal ({said})")
    return _choose_link_r43(msg, domains)


# 2. A removal the broker only believes happened: "we believe the profile was already removed in an earlier clean-up,
#    but we cannot be sure", "creemos que ya fue eliminado … pero no lo podemos asegurar", "acho que já foi removido",
#    "je pense que … mais nous ne pouvons pas le garantir", "it should be gone by now", "parece que ya no aparece". A
#    deletion governed by a belief or a hedge, or followed by the broker's word that it cannot confirm, assure or
#    guarantee it, is no confirmation: ``unsure``. A belief about something else stays out ("we believe in privacy;
#    your profile was deleted"; "we think you'll be glad to know it has been removed": the hedge governs the gladness),
#    and so does a guarantee about other sites or the future ("we can't guarantee other sites won't list you"). r42's
#    condition table could hold the hedge; it is kept here, named, so the branches merge apart.
_HEDGE_GOVERNS = _rx(  # a belief or a hedge, read before the deletion in its clause
    r"\b(?:we|i) (?:\S+ )?(?:believe|think|assume|suppose|suspect|presume|gather|expect)\b(?! in\b)",
    r"\b(?:it|this|that) (?:seems|appears|looks like)\b", r"\bas far as (?:we|i) (?:know|can tell|are aware)\b", r"\bto (?:the best of )?our knowledge\b",
    r"\b(?:creemos|pensamos|suponemos|asumimos|presumimos|intuimos|imaginamos|creo|pienso|supongo) que\b",
    r"\b(?:al parecer|parece que|parece ser que|por lo visto|segun parece|hasta (?:donde|lo que) sabemos)\b",
    r"\b(?:acho|achamos|acreditamos|creio|cremos|pensamos|supomos|imaginamos|presumimos) que\b", r"\b(?:ao que parece|pelo que sabemos)\b",
    r"\b(?:je|nous) (?:crois|croyons|pense|pensons|suppose|supposons|presume|presumons|estime|estimons) qu", r"\b(?:il semble(?:rait)?|semble-t-il|a notre connaissance)\b",
    r"\b(?:nou|mwen) (?:kwe|panse|sipoze)\b", r"\bsanble\b", r"\bchung toi (?:tin|nghi|cho) (?:rang|la)\b", r"\b(?:hinh nhu|co ve|co le)\b",
    r"\b(?:sa tingin (?:namin|ko)|naniniwala kami|mukhang|tila)\b", r"(?:我们|我們|我)(?:相信|认为|認為|估计|估計)|似乎|好像",
    # reply pass 46 (branch r46): hedges a reviewer found read as confirmations (our wordings in tests/test_replies_pass46.py)
    r"\b(?:supposedly|allegedly|in theory|theoretically|as far as (?:we|i) can see)\b",
    r"\b(?:a lo que parece|supuestamente|en teoria|teoricamente|entendemos que)\b",
    r"\b(?:ao que tudo indica|pelo visto|supostamente|em teoria|teoricamente)\b", r"\b(?:en theorie|theoriquement|soi-disant)\b",
)
#: A hedge said of the deletion itself, a few words before or after it ("was probably removed", "fue eliminado, al parecer").
_HEDGE_WORD = _rx(
    r"\b(?:probably|presumably|apparently|likely|possibly|perhaps|maybe)\b",
    r"\b(?:probablemente|aparentemente|posiblemente|seguramente|quizas?|tal vez|a lo mejor|en principio)\b", r"\b(?:deberia|debe|debio) (?:de )?(?:ya )?(?:estar|haber)\b",
    r"\b(?:provavelmente|possivelmente|talvez|deve(?:ria)? (?:ja )?(?:ter sido|estar))\b",
    r"\b(?:probablement|apparemment|sans doute|vraisemblablement|peut-etre|a priori|devrait (?:deja )?(?:etre|avoir ete))\b",
    r"\b(?:petet|pwobableman|aparamman)\b", r"\b(?:marahil|siguro|malamang)\b", r"可能|应该已经|應該已經|大概",
)
#: "It should be gone by now", "may have been removed": a removal only expected to have happened (not "it should be
#: removed within 48 hours", a promise).
_SHOULD_BE_GONE = _rx(
    r"\b(?:should|must|may|might) (?:already )?have been (?:gone|removed|deleted|erased|taken down)\b",
    r"\bshould (?:already |now )?be (?:gone|off)\b(?! (?:from|in|within|after|once|when|by (?:next|the end|tomorrow)|in \d))",
    r"\bshould (?:already )?be (?:gone|off|removed|deleted|erased)(?: \S+){0,3}? (?:by now|already)\b",
    r"\b(?:deberia|deberian|debe|deben) (?:de )?(?:estar|haber sido) (?:ya )?(?:eliminad|borrad|suprimid|quitad)\w*",
    r"\b(?:deve|devem|deveria|deveriam) (?:ja )?(?:ter sido|estar) (?:excluid|removid|apagad)\w*", r"\bdevrait (?:deja )?(?:etre|avoir ete) (?:supprime|efface|retire)\w*",
)
#: Between a belief and the deletion, words that make the belief about something else ("glad to know", "happy to say").
_HEDGE_ELSEWHERE = _rx(
    r"\b(?:glad|happy|pleased|delighted|know|let you know|inform|tell you|confirm|say)\b", r"\b(?:saber|informar\w*|comunicar\w*|confirmar\w*|content[oa]s?|feliz|felices|encantad[oa]s?|alegra)\b",
    r"\b(?:felizes|contentes|satisfeit[oa]s)\b", r"\b(?:savoir|heureu\w*|ravie?s?|content\w*|informer|confirmer)\b", r"\b(?:kontan|konnen)\b",
    r"\b(?:and|y|e|et|epi) (?:we|i|nosotros|nous|nou|hemos|eliminamos|borramos|excluimos|avons)\b",  # "we think X and we deleted it"
)
#: The broker's word that it cannot confirm, assure or guarantee it: said of the removal (nothing after it, "it", "since
#: …", "that it was …"), never of other sites, of someone else or of the future ("we cannot guarantee that other sites
#: won't list her", "no podemos garantizar que otros sitios …").
_OF_IT = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:it|this|so|since|because|as|given|lo|la|eso|esto|porque|pues|dado|isso|isto|pois|ja que|le|cela|ca|car"
          r"|puisque|sa|paske|(?:that|whether|if|que|si|se|ke) (?!(?:\S+ )?(?:other|others|third|external|search|google|bing|anyone|no one|nobody"
          r"|future|otros|otras|otro|terceros|outros|outras|terceiros|d'autres|autres|tiers|lot|lot yo)\b)(?:\S+ ){0,4}(?:was|were|has|have|is|are"
          r"|fue|fueron|ha|han|esta|foi|foram|esta|a|ont|est|te)\b))")
_NOT_SURE = _rx(
    r"\b(?:cannot|can't|can not|could not|couldn't|are unable to|are not able to|aren't able to)(?: fully| completely| entirely)? "
    r"(?:be (?:\S+ )?(?:sure|certain)|confirm|guarantee|verify|assure|promise|say for (?:sure|certain))\b" + _OF_IT,
    r"\b(?:we are|we're|i am|i'm) not (?:\S+ )?(?:sure|certain)\b" + _OF_IT, r"\bno way (?:to|of) (?:confirm|verify|know)\w*\b" + _OF_IT,
    r"\bno (?:lo |la |le )?(?:podemos|puedo|podriamos|pudimos) (?:asegurar|confirmar|garantizar|verificar|afirmar|comprobar|estar segur[oa]s?)(?:lo|la)?\b" + _OF_IT,
    r"\bno (?:estamos|estoy) (?:del todo |completamente |totalmente )?segur[oa]s?\b" + _OF_IT,
    r"\bno tenemos (?:la )?(?:certeza|seguridad|forma de (?:confirmar|verificar)(?:lo)?)\b" + _OF_IT, r"\bsin (?:poder )?(?:confirmar|garantizar|asegurar)lo\b",
    r"\bnao (?:o |a )?(?:podemos|posso|conseguimos|temos como) (?:garantir|confirmar|assegurar|afirmar|verificar|ter certeza)\b" + _OF_IT,
    r"\bnao (?:temos|tenho) (?:certeza|como (?:confirmar|garantir))\b" + _OF_IT,
    r"\b(?:ne|n') ?(?:le |l')?(?:pouvons|peux|pourrions) pas (?:le |l')?(?:garantir|confirmer|assurer|certifier|affirmer|verifier)\b" + _OF_IT,
    r"\bnous ne sommes pas (?:\S+ )?(?:surs|sures|certains|certaines)\b" + _OF_IT, r"\bsans (?:pouvoir )?(?:le |l')?(?:garantir|confirmer)\b" + _OF_IT,
    r"\bnou pa (?:ka|kapab|kab) (?:garanti|konfime|asire|verifye)\b" + _OF_IT, r"\bnou pa (?:fin )?seten\b" + _OF_IT,
    r"\bhindi (?:namin )?(?:matitiyak|masisiguro|makukumpirma|magagarantiya)\b", r"\bkhong the (?:xac nhan|đam bao|chac chan)\b", r"(?:无法|無法|不能)(?:确定|確定|保证|保證|确认|確認)",
)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|however|pero|sin embargo|mais|cependant|mas|porem|men)\b")


def _hedged_removal(own: str) -> str | None:
    """The words of a deletion the reply ``own`` (``reply_text``) only believes or hedges, or cannot confirm, or None.

    A deletion (``_CONFIRMED``, also once a hedging word inside it is set aside: "was probably removed") is hedged when
    a belief governs it in its clause (``_HEDGE_GOVERNS`` before it, no ``_HEDGE_ELSEWHERE`` between them, or an aside
    just after it: ", we believe,"), a hedging word stands in its words or next to them (``_HEDGE_WORD``), or the broker says after it, in its sentence or the next,
    that it cannot confirm or guarantee it (``_NOT_SURE``); "it should be gone by now" (``_SHOULD_BE_GONE``) is one
    anywhere. Source: set Y's first read (the lead, 2026-12-03); the wordings are ours."""
    _, _, body = own.partition("\n")
    sentences = _sentences(" ".join(body.split()))
    for i, sentence in enumerate(sentences):
        if m := _SHOULD_BE_GONE.search(sentence):
            return _span(m.group(0))
        for w in _HEDGE_WORD.finditer(sentence):  # "was probably removed": read again with the hedge set aside
            at = len(" ".join(sentence[:w.start()].split()))
            cut = " ".join(f"{sentence[:w.start()]} {sentence[w.end():]}".split())
            if any(done.start() - 25 <= at <= done.end() + 3 and not _CLAUSE_BREAK.search(cut, min(at, done.start()), max(at, done.end()))
                   for done in _CONFIRMED.finditer(cut)):  # in the deletion's own words, or next to them
                return _span(f"{w.group(0)} … {_CONFIRMED.search(cut).group(0)}")
        for done in _CONFIRMED.finditer(sentence):
            start = max((b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, done.start())), default=0)
            stop = min((b.start() for b in _CLAUSE_BREAK.finditer(sentence, done.end())), default=len(sentence))
            for h in _HEDGE_GOVERNS.finditer(sentence, start, stop):
                between = sentence[h.end():done.start() + 4] if h.end() <= done.start() else ""  # "… and we deleted"
                aside = h.start() >= done.end() and h.start() - done.end() <= 40 and sentence[:h.start()].endswith(", ")  # "…, we believe,"
                if (h.end() <= done.start() and not _HEDGE_ELSEWHERE.search(between)) or aside:
                    return _span(f"{h.group(0)} … {done.group(0)}")
            after = sentence[done.end():] + " " + (sentences[i + 1] if i + 1 < len(sentences) else "")
            if n := _NOT_SURE.search(after):
                return _span(f"{done.group(0)} … {n.group(0)}")
    return None


_classify_before_r43 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then set Y's two classes (branch r43)
    """As before (``_classify_before_r43``); then (branch r43) an ask to confirm a subscription and nothing else
    (``_subscription_ask``) is ``other`` (0.6) with no link, whatever else the rest of the mail says being read
    without it; and a confirmation, or a mail no rule read, whose deletion is only believed, hedged or said not to be
    sure (``_hedged_removal``) is ``unsure`` (0.4). The evidence is the matched span."""
    verdict = _classify_before_r43(msg)
    if verdict.kind == "verify_link" and (said := _subscription_ask(msg)) is not None:
        own = reply_text(msg)
        subject, _, body = own.partition("\n")
        rest = " ".join(s for s in _sentences(" ".join(body.split())) if not _CONFIRM_ASKED.search(s))
        again = _classify_before_r43(replace(msg, subject="", text=rest, html_text="", links=[], anchors=[])) if rest.strip() else None
        if again is not None and again.kind not in ("other", "verify_link", "auto_reply", "bounce"):
            return replace(again, rule=again.rule + " (beside an ask to confirm a subscription, whose link is not opened)")
        return Classification("other", "other: asks to confirm a subscription or to receive marketing (a newsletter, digest, alerts, offers, an "
                              "account), not the removal: no link is opened", confidence=0.6, evidence=said)
    if verdict.kind in ("confirmed", "other") and (hedge := _hedged_removal(reply_text(msg))) is not None:
        return Classification("unsure", "unsure: the removal is only believed or hedged, or the broker says it cannot "
                              "confirm it", confidence=0.4, evidence=hedge)
    return verdict


# ---- reply pass 44 (branch r44, 2026-12-03): false confirmations still left, each as a class ------------------------
# (tests/test_replies_pass44.py, wordings of our own in en, es, pt, fr, ht; BENCHMARKS.md, "Reading replies, pass 44".)
#
# 1. A removal told as a counterfactual (the conditional perfect or the past subjunctive): "her profile could have been
#    removed had she answered", "we would have deleted it if…", "habría sido eliminada si…", "lo hubiéramos borrado
#    si…", "teria sido removida", "sa fiche aurait été retirée si…", Creole "nou ta efase": the removal did NOT happen.
#    Only a removal verb counts ("we would have replied sooner" is no removal). The sentence is set aside and the rest
#    read again (with the clause after its "but", which may refuse): a confirmation there is kept, a refusal is a
#    refusal, anything else is ``unsure``.
_REMOVED_WORD = (r"(?:removed|deleted|erased|suppressed|delisted|taken (?:down|off)|opted out|eliminad[oa]s?|borrad[oa]s?|"
                 r"retirad[oa]s?|suprimid[oa]s?|quitad[oa]s?|dad[oa]s? de baja|removid[oa]s?|excluid[oa]s?|apagad[oa]s?|"
                 r"supprimee?s?|retiree?s?|effacee?s?|enlevee?s?|efase|retire|wete|siprime)")
_COUNTERFACTUAL = _rx(
    rf"\b(?:would|could|might|should)(?: not|n't)? (?:\S+ )?have (?:\S+ )?(?:been )?(?:\S+ )?{_REMOVED_WORD}\b",
    rf"\b(?:habria|habriamos|habrian|hubiera|hubieramos|hubieran|hubiese|hubiesemos|hubiesen) (?:\S+ )?(?:sido )?{_REMOVED_WORD}\b",
    rf"\b(?:teria|teriamos|teriam|tivesse|tivessemos|tivessem|haveria|haveriamos) (?:\S+ )?(?:sido )?{_REMOVED_WORD}\b",
    rf"\b(?:aurais|aurait|aurions|auraient|eussions|eut|eusse) (?:\S+ )?(?:ete )?{_REMOVED_WORD}\b",
    rf"\b(?:ta|t ap|ta gen tan) (?:\S+ )?{_REMOVED_WORD}\b",
)
_BUT = re.compile(r"\b(?:but|however|pero|sin embargo|mas|porem|mais|cependant|men)\b")
_R44_COUNTERFACTUAL = "unsure: the removal is told as what would have happened (a counterfactual), not as done"

# 2. The client's own listing said, in a sentence of its own, to be left or not found beside a removal of another's
#    (a titled name or an address: "The record for Dr. Lopez was removed. Her own record remains."; "We removed the
#    listing at 12 Oak Dr. Your client's listing could not be found."; "Eliminamos la ficha del Sr. López. La de su
#    clienta no pudo ser encontrada."): the removal is someone else's. ``_TITLE_DOT`` already keeps a title's full stop
#    from ending the sentence; what was missing is the sentence about the client's own listing. Only a sentence that
#    tells no removal itself counts ("your client's profile was removed and can not be found" is a confirmation), and
#    not under a condition ("If your client's data is still published by public sources after that, …": set X).
#    And the listing "of Mr. Lopez's neighbour", "for Dr. Ruiz's son": someone else's, told with a possessive.
_CLIENTS_LEFT = _rx(
    r"\b(?:your client'?s?|the client'?s?|her own|his own|their own)\b (?:\S+ ){0,3}?(?:remains?|stays?|is still (?:\S+ )?"
    r"(?:up|online|live|published|visible|listed|active)|(?:could|can|was|has) ?(?:not|n't) (?:be |been )?(?:found|located|removed)|is unchanged)\b",
    r"\b(?:de su client[ea]|suy[oa])\b (?:\S+ ){0,3}?(?:sigue|continua|permanece|queda) (?:\S+ )?(?:publicad|visible|en linea|activ)\w*",
    r"\b(?:de su client[ea]|suy[oa])\b (?:\S+ ){0,3}?no (?:pudo ser|fue|ha sido|se pudo|se ha podido) (?:encontrad|localizad|ubicad|hallad|encontrar|localizar)\w*",
    r"\bd[ao] sua client[ea]\b (?:\S+ ){0,3}?(?:continua|permanece|segue) (?:\S+ )?(?:publicad|visivel|no ar|ativ|online)\w*",
    r"\bd[ao] sua client[ea]\b (?:\S+ ){0,3}?nao (?:pode ser|foi|pude ser) (?:encontrad|localizad)\w*",
    r"\bde votre cliente?\b (?:\S+ ){0,3}?(?:reste|demeure|est toujours) (?:\S+ )?(?:en ligne|publiee?|visible|active?)\b",
    r"\bde votre cliente?\b (?:\S+ ){0,3}?n'a pas (?:pu )?ete (?:trouvee?|localisee?)\b",
    r"\b(?:kliyan (?:ou|w))\b (?:\S+ ){0,3}?(?:toujou|rete) (?:\S+ )?(?:sou|piblik|anliy)\b",
)
_TITLED_KIN = _rx(
    rf"\b(?:profile|listing|record|page|entry|report) (?:of|for) (?:the )?(?:\S+ ){{0,2}}?\w+'s? (?:{_KIN_EN[3:-1]}|{_OTHER_HOUSEHOLD_EN[3:-1]}|neighbou?r)\b",
)

# 3. Someone else's record in looser words, in the removal's own reply: "…, aunque no correspondía a la persona…",
#    "…era de otra persona con el mismo nombre", "…mas era de outra Maria Souza", "…elle concernait une autre Marie
#    Dupont", "…but it belonged to a different person", Creole "se te pou yon lòt moun".
_OTHER_LOOSE = _rx(
    r"\b(?:belonged|belongs|related|referred|pertained) to (?:a different|another|someone else|some other)\b",
    r"\b(?:was|is) (?:for |about |of )?(?:a different person|someone else|another person)\b",
    r"\bno (?:correspond\w*|pertenec\w*|era) (?:a|de) (?:la persona|su client\w*|ella|el)\b",
    r"\b(?:era|eran|pertenecia|pertenecian|correspondia|correspondian) (?:a|de) (?:otra|otro)\b",
    r"\bnao (?:correspond\w*|pertenc\w*|era) (?:a|de|d[ao]) (?:pessoa|sua cliente|ela|ele)\b",
    r"\b(?:era|eram|pertencia|pertenciam|correspondia) (?:a |de |d[ao] )?(?:outra|outro)\b",
    r"\b(?:concernait|concerne|appartenait|appartient|correspondait|etait celle d'|etait celui d') ?(?:a |de )?(?:une autre|un autre)\b",
    r"\bne (?:concernait|correspondait|appartenait) pas a (?:votre client|la personne)",
    r"\b(?:se te pou|te pou|se pou) yon lot moun\b",
)

# 4. One site of a group, the others said left as they were ("Se eliminó de BuscaGente. Los demás sitios del grupo no
#    se modificaron.", "The other sites in our group were not changed", "os demais sites do grupo não foram alterados",
#    "les autres sites du groupe n'ont pas été modifiés"): a part done, unsure, as r38's "applies only to this site"
#    (``_ONLY_THIS_SITE``) and r42's one-site passive (``_PART_DONE``) read it.
_OTHER_SITES_LEFT = _rx(
    r"\bother (?:sites|websites|brands|directories|domains)(?: (?:of|in) (?:the|our) (?:group|network|family))? (?:were|are|have) ?(?:not|n't) "
    r"(?:been )?(?:changed|modified|updated|touched|affected)\b",
    r"\b(?:demas|otros) (?:sitios|portales|directorios)(?: del grupo| de la red| de nuestro grupo)? no (?:se )?(?:modificaron|cambiaron|"
    r"han (?:sido )?modificad|fueron (?:modificad|cambiad|tocad)|se tocaron|tocamos)\w*",
    r"\b(?:demais|outros) (?:sites|portais)(?: do grupo| da rede)? nao (?:foram|sao|tiveram) (?:alterad|modificad|mudad)\w*",
    r"\bautres (?:sites|portails|annuaires)(?: du groupe| du reseau)? n'ont pas ete (?:modifies|touches|changes)\b",
    # reply pass 46 (branch r46): the same said as what still shows there ("our partner site … still lists it", "en los
    # otros sitios sigue igual", "nos outros sites do grupo ele continua igual", "sur nos autres sites, rien n'a change")
    r"\b(?:partner|sister|affiliated|affiliate|other) (?:site|sites|website|websites|brand|brands|directory|directories)\b(?: \S+){0,3}? "
    r"(?:still|continues? to) (?:lists?|shows?|displays?|publish\w*|carr\w*|has|have|hosts?)\b",
    r"\b(?:otros|demas) (?:sitios|portales|directorios)\b(?: \S+){0,3}? (?:sigue|siguen|continua|continuan|permanece|permanecen|queda|quedan) "
    r"(?:\S+ )?(?:igual|publicad\w*|activ\w*|visibles?|en linea)",
    r"\b(?:outros|demais) (?:sites|portais)\b(?: \S+){0,4}? (?:continua|continuam|segue|seguem|permanece|permanecem|fica|ficam) "
    r"(?:\S+ )?(?:igual|publicad\w*|ativ\w*|no ar|visive\w*|online)",
    r"\bautres (?:sites|portails|annuaires)\b(?: \S+){0,3}?,? (?:rien n'a change|rien ne change|(?:elle|il) (?:reste|est toujours)|sont inchanges)",
)
_R44_ONE_SITE = "unsure: removed from one site of a group; the others are said to be left as they were"
_R44_NOT_HERS = "unsure: the removal told is of someone else's listing; the client's own is left or not found"


def _r44_reading(msg: Incoming, verdict: Classification) -> Classification | None:
    """Reply pass 44's classes 1 to 3 on a ``confirmed`` ``verdict`` of ``msg``: a counterfactual removal
    (``_COUNTERFACTUAL``) with no other confirmation in the rest is ``unsure`` (0.4), or ``refused`` when the rest read
    again refuses; a reply saying the client's own listing is left or not found (``_CLIENTS_LEFT``, in a sentence that
    tells no removal, after no "if" / "si" / "when", ``_IF_BEFORE``) or that the removed listing was someone else's
    (``_TITLED_KIN``, ``_OTHER_LOOSE``) or that the other sites of its group were left as they were
    (``_OTHER_SITES_LEFT``) is ``unsure`` (0.4). The evidence is the matched span. None when no class applies."""
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    sentences = _sentences(body)
    for x in sentences:
        if (m := _CLIENTS_LEFT.search(x)) and not _CONFIRMED.search(x) and not _IF_BEFORE.search(x, 0, m.start()):
            return Classification("unsure", _R44_NOT_HERS, confidence=0.4, evidence=_span(m.group(0)))
        if (m := _OTHER_LOOSE.search(x) or _TITLED_KIN.search(x)) and _CONFIRMED.search(x):
            return Classification("unsure", _R44_NOT_HERS, confidence=0.4, evidence=_span(m.group(0)))
    if m := _OTHER_SITES_LEFT.search(body):
        return Classification("unsure", _R44_ONE_SITE, confidence=0.4, evidence=_span(m.group(0)))
    counter = [x for x in sentences if _COUNTERFACTUAL.search(x)]
    if not counter:
        return None
    rest = [x for x in sentences if x not in counter] + [x[b.end():] for x in counter if (b := _BUT.search(x, _COUNTERFACTUAL.search(x).end()))]
    again = _classify_before_r44(replace(msg, text=" ".join(rest), html_text="")) if rest else None
    if again is not None and again.kind in ("confirmed", "refused"):
        return None if again.kind == "confirmed" else again
    return Classification("unsure", _R44_COUNTERFACTUAL, confidence=0.4, evidence=_span(_COUNTERFACTUAL.search(counter[0]).group(0)))


_classify_before_r44 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then reply pass 44 (branch r44)
    """As before (``_classify_before_r44``); then (reply pass 44, branch r44) a confirmation told as a counterfactual, or of
    someone else's listing (the client's own left or not found, a titled name's kin, looser words) is no confirmation
    (``_r44_reading``). Never raises; the evidence is the matched span."""
    verdict = _classify_before_r44(msg)
    if verdict.kind != "confirmed":
        return verdict
    return _r44_reading(msg, verdict) or verdict


# ---- reply pass 45 (branch r45, 2026-12-03): wrong links and lost verifications review41 found ------------------------
# (tests/test_replies_pass45.py, wordings of our own in en, es, pt, fr, ht; BENCHMARKS.md, "Reading replies, pass 45".)
#
# 1. r43's subscription veto lost real verifications. (a) The body was joined into one line before it was cut into
#    sentences, so a link ending its line ran into the footer after it ("…your request: https://…/confirm?t=1 You can
#    also manage your newsletter subscription at …"), one "sentence" with an ask word and a subscription's noun. A
#    blank line and a link ending its line now end a sentence. (b) A tracked link on a news host ("news.", "boletin.")
#    in a real verification ("We received your request to delete your personal information. Please confirm your email
#    address: https://news.broker.example/ls/click?…"). The veto read from the link's host alone applies only when the
#    mail speaks of no removal request (``_REMOVAL_SPOKEN``); an ask whose own words name a subscription stays r43's.
# 2. An ask to confirm an e-mail address in order to RECEIVE something (alerts, offers, searches, an account: "Confirm
#    your email to start receiving people-search alerts", "Verify your email to unlock unlimited searches", "Confirme
#    seu e-mail para receber nossas ofertas", "… pour recevoir nos offres promotionnelles") was read ``verify_link``
#    and its link opened. With no removal request spoken of it is marketing: ``other``, no link (``_RECEIVE_ASK``).
_REMOVAL_SPOKEN = _rx(  # a removal request spoken of, or the request the clinic sent ("your request", "su solicitud")
    _REMOVAL_ASKED.pattern,
    r"\b(?:your|the|this) (?:\S+ )?request\b", r"\b(?:su|tu|la|esta) (?:\S+ )?(?:solicitud|peticion)\b",
    r"\b(?:seu|sua|o|a|este|esta) (?:\S+ )?(?:pedido|solicitacao|requisicao)\b", r"\b(?:votre|la|cette) (?:\S+ )?(?:demande|requete)\b",
    r"\bdemann (?:ou|w|la)\b",
)
_RECEIVE_OBJECT = (r"(?:\S+ ){0,4}?(?:alerts?|notifications?|offers?|deals?|promotions?|promos?|coupons?|discounts?|updates?|news|tips|"
                   r"searche?s?|(?:free |premium )?account|membership|features|"
                   r"alertas?|avisos?|notificacion\w*|ofertas?|promocion\w*|descuentos?|novedades|busquedas?|cuenta|"
                   r"notificac\w*|promoc\w*|descontos?|novidades|buscas?|pesquisas?|conta|"
                   r"alertes?|offres?|reductions?|nouveautes|recherches?|compte|"
                   r"ale?t|of|pwomosyon|rechech|kont)\b")
_RECEIVE_ASK = _rx(
    r"\bto (?:start |begin |keep )?(?:receiv\w*|get(?:ting)?|unlock\w*|access\w*|enjoy\w*|activate|open|use|run)\b " + _RECEIVE_OBJECT,
    r"\bpara (?:empezar a |comenzar a |seguir )?(?:recibir|obtener|desbloquear|acceder a|activar|disfrutar de|usar)\b " + _RECEIVE_OBJECT,
    r"\bpara (?:comecar a |continuar a )?(?:receber|obter|desbloquear|acessar|ativar|aproveitar|usar)\b " + _RECEIVE_OBJECT,
    r"\bpour (?:commencer a |continuer a )?(?:recevoir|obtenir|debloquer|acceder a|activer|profiter de|utiliser)\b " + _RECEIVE_OBJECT,
    r"\bpou (?:ou |w )?(?:kab |ka )?(?:resevwa|jwenn|debloke|aktive)\b " + _RECEIVE_OBJECT,
)
_LINK_ENDS_LINE = re.compile(r"(https?://\S+)[ \t]*\n")
_URL_ANY = re.compile(r"https?://\S+")


def _subscription_ask(msg: Incoming) -> str | None:  # r43's, rewritten: sentences kept apart; removal spoken of (r45)
    """The words of ``msg``'s ask to confirm when its object is a subscription, or a thing to receive, and nothing
    else, or None. Used by r43's ``classify`` and ``choose_link`` (looked up by name when called).

    Read are the reply's sentences (a blank line and a link that ends its line end one; the words inside a link
    are not read) that ask to confirm
    (``_CONFIRM_ASKED``) and its links' own words: None when an ask names a removal (``_REMOVAL_ASKED``); the ask's
    words when one names a subscription (``_SUBSCRIBE_NOUN``, r43) or, with no removal request spoken of anywhere in
    the body (``_REMOVAL_SPOKEN``), a thing to receive (``_RECEIVE_ASK``: alerts, offers, searches, an account); and,
    with no removal request spoken of either, a phrase when every link is on a news or list address
    (``_SUBSCRIBE_LINK``). Source: set Y's first read (r43) and review41's wordings (2026-12-03, r45)."""
    own = reply_text(msg)
    subject, _, body = own.partition("\n")
    body_sentences = [_URL_ANY.sub(" ", s) for s in _sentences(_LINK_ENDS_LINE.sub("\\1\n\n", body))]  # a link's words are no ask
    asks = [s for s in _sentences(subject) + body_sentences if _CONFIRM_ASKED.search(s)]
    asks += [w for a in msg.anchors for w in [fold(f"{a.text} {a.lead}")] if _CONFIRM_ASKED.search(w)]
    if any(_REMOVAL_ASKED.search(s) for s in asks):
        return None
    for s in asks:
        if m := _SUBSCRIBE_NOUN.search(s):
            ask = _CONFIRM_ASKED.search(s)
            return _span(s[ask.start():m.end()] if ask.start() < m.start() else s[m.start():ask.end()])
    if any(_REMOVAL_SPOKEN.search(s) for s in body_sentences):
        return None
    for s in asks:
        if m := _RECEIVE_ASK.search(s):
            return _span(m.group(0))
    urls = [a.url for a in msg.anchors] or list(msg.links)
    if asks and urls and all(_SUBSCRIBE_LINK.search(u) for u in urls if not _BAD_PATH.search(u)) \
            and any(not _BAD_PATH.search(u) for u in urls):
        return "a link to a news or mailing-list address"
    return None


# 3. "We have removed the profile. I think you will find that it no longer appears." read unsure: the belief governs
#    what the reader will find, a politeness, not the removal told in a sentence of its own. Such a sentence
#    (``_POLITE_FIND``) is set aside when the rest still tells a removal; the rest is then read for a hedge as before.
_POLITE_FIND = _rx(
    r"\b(?:i|we) (?:\S+ )?(?:think|believe|expect|trust|hope)\b,? (?:that )?you(?:'ll| will| should| can) (?:now )?(?:find|see|notice|confirm|check)\b",
    r"\b(?:creo|creemos|pienso|pensamos|confio|confiamos) (?:en )?que (?:usted |ud\.? )?(?:vera|comprobara|encontrara|notara|podra (?:ver|comprobar))\b",
    r"\b(?:acho|achamos|creio|acreditamos|pensamos) que (?:voce |o senhor |a senhora )?(?:vera|vai ver|vai perceber|percebera|constatara|podera (?:ver|constatar))\b",
    r"\b(?:je|nous) (?:pense|pensons|crois|croyons) que vous (?:verrez|constaterez|remarquerez|pourrez (?:voir|constater))\b",
    r"\b(?:mwen|nou) (?:panse|kwe) (?:ou|w) (?:ap|va|pral) (?:we|jwenn|remake)\b",
)
_hedged_removal_r43 = _hedged_removal


def _hedged_removal(own: str) -> str | None:  # noqa: F811 - "I think you will find that…" set aside (branch r45)
    """As before (``_hedged_removal_r43``), except that a sentence whose belief governs what the reader will find
    (``_POLITE_FIND``) is no hedge when the rest of ``own`` tells a removal (``_CONFIRMED``) with no hedge of its own.
    Returns the hedge's words, or None. Source: review41 (2026-12-03)."""
    said = _hedged_removal_r43(own)
    if said is None:
        return None
    subject, _, body = own.partition("\n")
    sentences = _sentences(" ".join(body.split()))
    rest = [s for s in sentences if not _POLITE_FIND.search(s)]
    if len(rest) < len(sentences) and any(_CONFIRMED.search(s) for s in rest) \
            and _hedged_removal_r43(subject + "\n" + " ".join(rest)) is None:
        return None
    return said

# ---- reply pass 46 (branch r46, 2026-12-03): false confirmations a reviewer still found (older rules, new wordings) --
# (tests/test_replies_pass46.py, wordings of our own in en, es, pt, fr, ht; BENCHMARKS.md, "Reading replies, pass 46".
# Classes 5 and 6 live where their rules already were: ``_HEDGE_GOVERNS`` (r43) and ``_OTHER_SITES_LEFT`` (r44).)
#
# 1. Someone else's record, told with a title and a place, and the person of the letter said absent in other words than
#    r44's ``_CLIENTS_LEFT``: "This is a different individual from your client", "not the person named in your letter",
#    "la persona de su carta no aparece", "a pessoa da sua carta não consta", "la personne de votre courrier n'apparaît
#    pas", Creole "pwofil yon lòt Jean Pierre" (a removal of "another <name>").
_R46_NOT_HERS = _rx(
    r"\b(?:is|was|are|were|(?:he|she|this|it|that|they)(?:'s| is| was| are))? ?not (?:the (?:person|individual|subject)|your client)\b",
    r"\ba different (?:individual|person) (?:from|than) your client\b", r"\bwhose (?:data|details|information|records?) we (?:do not|don't) (?:hold|have)\b",
    r"\bla persona (?:de su|del? |que usted|mencionada|indicada|nombrada|a la que)(?:\S+ ){0,4}?no (?:aparece|figura|consta|esta|existe|se encuentra)\b",
    r"\bno (?:es|era) (?:la persona|su client[ea]|su representad[oa])\b",
    r"\ba pessoa (?:da sua|de sua|do seu|que (?:o senhor|a senhora|voce)|mencionada|indicada)(?: \S+){0,4}? nao (?:aparece|consta|esta|existe|figura)\b",
    r"\bnao (?:e|era) (?:a pessoa|a sua cliente|sua cliente|o seu cliente)\b",
    r"\bla personne (?:de votre|que vous|mentionnee|nommee|designee|visee)(?: \S+){0,4}? n'(?:apparait|figure|existe|est) pas\b",
    r"\bn'(?:est|etait) pas (?:la personne|votre client)",
    r"\b(?:fich|pwofil|dosye|paj|enfomasyon) (?:\S+ )?yon lot (?!fwa\b)\w+",
)
# 2. A removal undone, in wordings set U's ``_UNDONE`` (its home, widened here as r41 and r42 did) did not read: "voltou
#    ao ar", "voltou a aparecer", "un proveedor la restauró / la restableció", "a vendor restored it the next day", "un
#    fournisseur l'a rétablie", Creole "li retounen sou sit la". Each is a done, active form; none after a negation.
_UNDONE = _with(
    _UNDONE,
    r"(?<!\bnot )(?<!\bnever )(?<!\bbe )\b(?:restored|reinstated|re-?published|re-?imported|re-?listed) (?:it|her|him|them|the (?:listing|profile|record))\b",
    r"(?<!\bno )\b(?:la|lo|las|los) (?:restauro|restablecio|reactivo|republico|repuso|restauraron|restablecieron|reactivaron|republicaron|repusieron)\b",
    r"(?<!\bnao )\b(?:voltou|voltaram) (?:ao ar|a aparecer|a ficar (?:no ar|online|visive\w*))",
    r"(?<!\bnao )\b(?:a |o |as |os )?(?:restaurou|restabeleceu|reativou|republicou|restauraram|restabeleceram|reativaram|republicaram)\b",
    r"\b(?:l'a|l'ont|les a|les ont) (?:\S+ )?(?:retablie?s?|restauree?s?|reactivee?s?|republiee?s?|remise?s? en ligne)\b",
    r"\b(?:li|yo|fich la|pwofil la) (?:te )?(?:tounen|retounen) (?:\S+ )?(?:pare|sou sit|anliy|sou entenet)",
)
# 3. Only part removed: "two of the three listings", "dos de las tres fichas", "the third … stays", "la tercera se
#    mantiene", "the address and phone remain visible", "el teléfono sigue visible", "except for her address".
_NUM = r"(?:\d+|one|two|three|four|five|six|uno|una|dos|tres|cuatro|cinco|seis|um|uma|dois|duas|quatro|une?|deux|trois|quatre|cinq|six)"
_R46_PART = _rx(
    rf"\b(?P<a>{_NUM}) (?:of|out of|de|d[oa]s|des|de l[oa]s) (?:the |its |her |his |their |l[oa]s |[oa]s |ses |sus |seus |suas )?(?P<b>{_NUM})\b",
    r"\bthe (?:second|third|fourth|fifth|other|last|remaining) (?:one|listing|record|profile|entry)\b(?: \S+){0,8}? "
    r"(?:stays|remains|is kept|will stay|is still (?:up|live|online|listed|visible))\b",
    r"\b(?:el|la) (?:segund|tercer|cuart|quint|restante)\w*\b(?: \S+){0,6}? (?:se mantiene|sigue|permanece|queda|continua)\b",
    r"\b[oa] (?:segund|terceir|quart|quint|restante)\w*\b(?: \S+){0,6}? (?:se mantem|continua|permanece|fica|segue)\b",
    r"\b(?:la|le) (?:deuxieme|troisieme|quatrieme|seconde?|derniere?)\b(?: \S+){0,6}? (?:reste|demeure|est maintenue?|est conservee?)\b",
    r"\b(?:address|phone|phone number|telephone|email|e-mail|name|age|relatives|photo|date of birth)\b(?: \S+){0,5}? "
    r"(?:remains?|stays?|is still|are still|continues? to be) (?:visible|published|online|listed|public|shown|up)\b",
    r"\b(?:direccion|telefono|correo|nombre|edad|familiares|foto)\b(?: \S+){0,5}? (?:sigue|siguen|continua|continuan|permanece|permanecen|queda|quedan) "
    r"(?:visibles?|publicad\w*|en linea|activ\w*)",
    r"\b(?:endereco|telefone|e-?mail|nome|idade|foto)\b(?: \S+){0,5}? (?:continua|continuam|permanece|permanecem|segue|seguem|fica|ficam) "
    r"(?:visive\w*|publicad\w*|no ar|online)",
    r"\b(?:adresse|telephone|courriel|nom|age|photo)\b(?: \S+){0,5}? (?:reste|restent|demeure|demeurent) (?:visibles?|en ligne|publiee?s?)",
    r"\bexcept (?:for )?(?:the |her |his |their )?(?:address|phone|email|e-mail|name|age|relatives|photo|one|listing|record)\w*",
    r"\b(?:salvo|excepto|menos|exceto|sauf) (?:por )?(?:la|el|su|sus|los|las|o|a|os|as|seu|sua|l'|le|les|son|sa|ses) ?"
    r"(?:de |d[oa] |direccion|telefono|correo|endereco|telefone|adresse|telephone|ficha|perfil|fiche|numero)",
)
_NUMBER = {"one": 1, "uno": 1, "una": 1, "um": 1, "uma": 1, "un": 1, "une": 1, "two": 2, "dos": 2, "dois": 2, "duas": 2, "deux": 2,
           "three": 3, "tres": 3, "trois": 3, "four": 4, "cuatro": 4, "quatro": 4, "quatre": 4, "five": 5, "cinco": 5, "cinq": 5,
           "six": 6, "seis": 6}
# 4. Removed from a search engine only, the broker's own page said left ("The page on our site is unaffected", "la
#    página en nuestro sitio no cambia"), or removed for a time ("suppressed for 60 days", "suprimida durante 90 días",
#    "removido por 90 dias", "retirée pour 90 jours").
_R46_ENGINE_ONLY = _rx(
    r"\b(?:on|in) our (?:own )?(?:site|website|pages?)\b(?: itself)? (?:is|remains|stays|was|has been) "
    r"(?:\S+ )?(?:unaffected|unchanged|untouched|up|live|online|visible)\b",
    r"\b(?:en|de) nuestr[oa] (?:sitio|pagina|web|portal)\b(?: \S+){0,2}? "
    r"(?:no cambia|no (?:se )?(?:ha )?(?:modific|cambi|toc)\w*|sigue (?:igual|publicad\w*|activ\w*|visible))",
    r"\b(?:no|do|em) nosso (?:site|portal)\b(?: \S+){0,2}? (?:nao muda|nao (?:foi|e) (?:alterad|modificad|afetad)\w*|continua|permanece)",
    r"\bsur notre (?:site|portail)\b(?: \S+){0,2}? (?:reste|ne change pas|n'est pas (?:modifiee?|touchee?|affectee?))",
)
#    The time is set U's ``_FOR_A_TIME`` (its home, widened here): a removal said to hold for a number of days or months.
_FOR_A_TIME = _with(
    _FOR_A_TIME,
    rf"{_REMOVED_WORD} (?:\S+ ){{0,3}}?(?:for|during|durante|por|pour|pendant) (?:a period of |un periodo de |un plazo de |um periodo de |une periode de )?"
    r"(?:\d+|thirty|sixty|ninety|treinta|sesenta|noventa|trinta|sessenta|noventa|trente|soixante|quatre-vingt-dix|one|a|un|una|um|uma|une) "
    r"(?:days?|weeks?|months?|years?|dias?|semanas?|meses|mes|anos?|jours?|semaines?|mois|ans?)\b",
)
_R46_SOMEONE_ELSE = "unsure: the removal told is of someone else's record; the person of the request is said not to be held"
_R46_PART_RULE = "unsure: only part of the listings or of the data was removed"
_R46_ENGINE_RULE = "unsure: removed from a search engine only; the broker's own page is said to be left"


def _r46_reading(msg: Incoming) -> Classification | None:
    """Reply pass 46's classes 1, 3 and 4 on a ``confirmed`` reading of ``msg`` (class 2 and the "for a time" of 4 are
    read by set U's ``_UNDONE`` and ``_FOR_A_TIME``, widened above): someone else's record with the person of the request
    said absent (``_R46_NOT_HERS``, not after an "if"), only part removed (``_R46_PART``: "two of the three", the rest
    said to stay, "except for"), removed from a search engine only (``_R46_ENGINE_ONLY``): each ``unsure`` (0.4), the
    evidence the matched span. None when no class applies. Source: review41's findings (2026-12-03); the wordings in the tests are ours."""
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    if _CONFIRMED.search(body) is None:
        return None
    for x in _sentences(body):
        if (m := _R46_NOT_HERS.search(x)) and not _IF_BEFORE.search(x, 0, m.start()):
            return Classification("unsure", _R46_SOMEONE_ELSE, confidence=0.4, evidence=_span(m.group(0)))
    for m in _R46_PART.finditer(body):
        if m.group("a") is not None and _NUMBER.get(m.group("a"), m.group("a")) == _NUMBER.get(m.group("b"), m.group("b")):
            continue  # "three of three": all of them
        return Classification("unsure", _R46_PART_RULE, confidence=0.4, evidence=_span(m.group(0)))
    if m := _R46_ENGINE_ONLY.search(body):
        return Classification("unsure", _R46_ENGINE_RULE, confidence=0.4, evidence=_span(m.group(0)))
    return None


_classify_before_r46 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then reply pass 46 (branch r46)
    """As before (``_classify_before_r46``); then (reply pass 46, branch r46) a confirmation of someone else's record,
    of a part only, or from a search engine only is ``unsure`` (``_r46_reading``).
    Never raises; the evidence is the matched span."""
    verdict = _classify_before_r46(msg)
    if verdict.kind != "confirmed":
        return verdict
    return _r46_reading(msg) or verdict

# ---- reply pass 47 (branch r47, 2026-12-03): lost confirmations and misreads left from set X and the reviewers --------
# (tests/test_replies_pass47.py, wordings of our own in en, es, pt, fr, ht; BENCHMARKS.md, "Reading replies, pass 47".
# Rules whose class has a home were fixed there: ``_OTHERS_DISCLAIMER`` beside ``_REASSURANCE`` (read in ``_confirmed``)
# and ``_REMOVED_AGAIN`` / ``_undone_standing`` beside set U's ``_UNDONE``.)
#
# 2a. The broker's active "took down / has taken down / taken … off our site", and Spanish "la borramos" (a clitic before
#     the verb) when a past time or "again" says it is done ("hoy la borramos de nuevo", "ayer la eliminamos"): read as a
#     removal as "was taken down" and "borramos la ficha" already were. Negated, conditional and future forms are left
#     to ``_confirmed``'s own checks ("we have not taken it down", "si nos lo pide, la borramos").
_R47_DONE = (  # English "took down" withdrawn again (lead, CI run s42c): pass 36 withdrew it on purpose ("We took
    # down the listing's phone number" = wrote down; "We took down the listing for an hour during maintenance"; "We have
    # not taken down the profile" read confirmed) and its guards in tests/test_replies_pass36.py failed on r47's rows
    rf"{_NOT_HABIT}\b(?:hoy|ayer|ya|esta manana|anoche) (?:la|lo|las|los) (?:borramos|eliminamos|quitamos|retiramos|suprimimos|dimos de baja)\b{_NOT_A_TERM}",
    rf"{_NOT_HABIT}\b(?:la|lo|las|los) (?:borramos|eliminamos|quitamos|retiramos|suprimimos|dimos de baja) (?:de nuevo|nuevamente|otra vez|hoy|ayer|esta manana)\b{_NOT_A_TERM}",
)
_CONFIRMED = _with(_CONFIRMED, *_R47_DONE)
_CONFIRMED_CORE = _with(_CONFIRMED_CORE, *_R47_DONE)  # English and Spanish: core languages' confidence
# 2b. "… was deleted and will not appear again", "não voltará a aparecer": the deletion's
#     lasting, as "will not be republished" (``_NOT_AGAIN``, cut before the sentence's negations are read).
_NOT_AGAIN = _with(
    _NOT_AGAIN,
    r"\b(?:will not|won't|will never|shall not) (?:\S+ )?(?:appear|show up|be (?:shown|visible|listed|displayed|published)) (?:again|anymore|any more)\b",
    r"\bnao (?:voltara|voltarao|volte|voltem) a (?:aparecer|ser (?:visto|vista|mostrad[oa]))\b",
    r"\b(?:li|yo) p(?:ap|a p|ap ka) (?:paret|afiche) anko\b",
)
# 2c. The client's listing removed and, "at your request", a relative's too, in one sentence ("We removed her profile
#     and, at your request, her husband's"): r42's ``_IN_ADDITION`` sets aside only a sentence of its own. The clause
#     that adds the other person at the requester's own request is cut and the reply read again; without "at your
#     request" ("We removed her husband's profile") it stays someone else's.
_AT_YOUR_REQUEST = _rx(
    r"\b(?:and|,)(?:, ?| )(?:also )?(?:at your (?:client's )?request|as (?:you|your client) (?:asked|requested))\b,? (?:also )?(?:her|his|their|the) [^.;]*",
    r"\b(?:y|,)(?:, ?| )(?:a (?:peticion|solicitud|pedido) (?:suya|de usted|de su client[ea])|como (?:usted|su client[ea]) (?:pidio|solicito))\b,? (?:tambien )?(?:el|la|los|las) [^.;]*",
    r"\b(?:e|,)(?:, ?| )(?:a (?:seu|pedido d[oa]) (?:pedido|cliente)?|conforme (?:solicitado|pedido))\b,? (?:tambem )?(?:o|a|os|as) [^.;]*",
    r"\b(?:et|,)(?:, ?| )(?:a votre demande|comme vous l'avez demande)\b,? (?:aussi )?(?:celui|celle|ceux|celles|le|la|les) [^.;]*",
    r"\b(?:epi|ak|,)(?:, ?| )(?:jan ou te mande a|selon demann ou)\b,? [^.;]*",
)
_not_the_clients_listing_r42 = _not_the_clients_listing


def _not_the_clients_listing(msg: Incoming, verdict: Classification) -> Classification | None:  # noqa: F811 - r42's, then r47's
    """As before (r36's to r42's classes); then (reply pass 47, class 2c) when r38's "someone else's listing" alone
    objects and the other person is added in a clause "at your request" ("and, at your request, her husband's"), the
    classes read the reply without that clause. Returns a ``Classification``, or None when nothing objects."""
    before = _not_the_clients_listing_r42(msg, verdict)
    if before is None or before.rule != _SOMEONE_ELSES:
        return before
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    if not _AT_YOUR_REQUEST.search(body):
        return before
    rest = _AT_YOUR_REQUEST.sub(" ", body)
    return _not_the_clients_listing_r42(replace(msg, text=rest, html_text=""), verdict)


# 3. "Please confirm your opt-out request: https://broker.example/email/unsubscribe-confirm?t=…" read unsure: the link's
#    address says "unsubscribe", and ``_BAD_PATH`` vetoes an unsubscribe path whatever the mail says. A broker's link to
#    confirm the opt-out is the verification whatever its path is named; a newsletter's unsubscribe is not (r43's and
#    r45's rules). Decided by the words: the link's own words or its lead ask to confirm a removal, opt-out or deletion
#    request (``_OPT_OUT_CONFIRM``), and name no subscription (``_SUBSCRIBE_NOUN``) and no other bad word; then the link
#    is read as if its path did not say "unsubscribe" (every other veto of its address still holds).
_OPT_OUT_CONFIRM = _rx(
    r"\b(?:confirm|verify|validate)\b (?:\S+ ){0,2}?(?:opt[- ]?out|removal|deletion|erasure|suppression|delete|remove)(?: request)?\b",
    r"\b(?:confirm|verify)\b (?:that )?you (?:want|wish|would like) (?:us )?to (?:opt[- ]?out|be removed|remove|delete)\b",
    r"\b(?:confirme|confirma|confirmar|verifique|verifica)\b (?:\S+ ){0,2}?(?:solicitud|peticion|pedido) de (?:baja|eliminacion|exclusion|supresion|borrado)\b",
    r"\b(?:confirme|confirma|confirmar)\b (?:\S+ ){0,2}?(?:baja|eliminacion|supresion)\b",
    r"\b(?:confirme|confirma|confirmar|verifique)\b (?:\S+ ){0,2}?(?:pedido|solicitacao|requisicao) de (?:exclusao|remocao|opt-?out|eliminacao)\b",
    r"\b(?:confirmez|confirmer|verifiez|valider|validez)\b (?:\S+ ){0,2}?demande (?:de |d')(?:suppression|retrait|opposition|effacement)\b",
    r"\bkonfime\b (?:\S+ ){0,2}?demann (?:\S+ ){0,2}?(?:retire|efase|retre)\b",
)
_UNSUBSCRIBE_PATH = re.compile(r"unsubscri\w*", re.IGNORECASE)
_intent_said_r46 = _intent_said


def _intent_said(a: Anchor) -> tuple[int, str]:  # noqa: F811 - an opt-out's confirm link on an "unsubscribe" path (r47)
    """As before (``_intent_said_r46``), except that a link vetoed only for an "unsubscribe" in its address is read
    again without it when its own words or its lead ask to confirm a removal or opt-out request (``_OPT_OUT_CONFIRM``)
    and name no subscription. Returns (intent -1..2, the words read). Source: review of r43 and r45 (branch r47)."""
    score, said = _intent_said_r46(a)
    if score >= 0 or not _UNSUBSCRIBE_PATH.search(a.url):
        return score, said
    tail = fold(a.tail)
    words = f"{fold(a.lead)} {fold(a.text)} {tail if _CONTINUES.match(tail) else ''}"
    if not _OPT_OUT_CONFIRM.search(words) or _SUBSCRIBE_NOUN.search(words) or _BAD_WORDS.search(words):
        return score, said
    return _intent_said_r46(replace(a, url=_UNSUBSCRIBE_PATH.sub("optout", a.url)))


# 5. A mail whose own words say the click removes nothing ("Get our weekly privacy tips: <link>. This will not remove or
#    delete anything.", "Esto no elimina ni borra nada", "Isso não remove nem exclui nada", "Cela ne supprime rien",
#    "Sa pa efase anyen") reads ``unsure`` (its negation), but ``choose_link`` alone still chose its link when the ask
#    named "remove" (r45's note). ``choose_link`` now agrees with the reading: no link to open.
_CLICK_REMOVES_NOTHING = _rx(
    r"\b(?:this|it|that|doing so|clicking|the link|this link) (?:will not|won't|does not|doesn't|do not) (?:\S+ )?(?:remove|delete|erase|opt you out|cancel|affect)\b"
    r"(?: or (?:\S+ )?\w+)? (?:anything|your (?:listing|profile|data|request|record))\b",
    r"\b(?:esto|eso|este enlace|este boton|hacer clic) no (?:elimina|borra|suprime|da de baja|afecta)\w*(?: (?:ni|o) \w+)? (?:nada|su (?:ficha|perfil|solicitud|registro))\b",
    r"\b(?:isso|isto|este link|este botao|clicar) nao (?:remove|exclui|apaga|elimina|afeta)\w*(?: (?:nem|ou) \w+)? (?:nada|o seu (?:perfil|cadastro|pedido))\b",
    r"\b(?:cela|ceci|ce lien|ce bouton|cliquer) ne (?:supprime|retire|efface|modifie|annule)\w* (?:rien|pas votre (?:fiche|profil|demande))\b",
    r"\b(?:sa|lyen sa a?) pa (?:efase|retire|siprime|chanje) (?:anyen|fich ou|pwofil ou)\b",
)
_choose_link_r45 = choose_link


def choose_link(msg: Incoming, domains: list[str]) -> LinkChoice:  # noqa: F811 - none when the mail says the click removes nothing (r47)
    """As before (``_choose_link_r45``), except that a mail whose own words say its click will remove or delete nothing
    (``_CLICK_REMOVES_NOTHING``) has no link to open: ``LinkChoice("none", …)``, as ``classify`` reads no verification."""
    if m := _CLICK_REMOVES_NOTHING.search(" ".join(fold(reply_text(msg)).split())):
        return LinkChoice("none", None, f"the mail says its link removes nothing ({_span(m.group(0))})")
    return _choose_link_r45(msg, domains)


# 4b. An agent's papers asked where no other reading was made (sets U en-71, V es-47, W es-12 and es-45, read ``other``
#     or "a ticket marked solved" before): "the consumer must sign our agent permission form and e-mail it to us",
#     "complete nuestro formulario de agente autorizado, firmado por su clienta", "necesitamos un documento de
#     representación … que firme su clienta", "la autorización … no está firmada: envíennos una copia firmada". The label
#     rule (tests/replies/README.md, "An agent's papers"): the client's signed permission only is ``needs_info``; with an
#     identity document or number asked (``_ID_ASKED``) it is ``needs_id``. Read only when the reply asks (``_AGENT_ASK``)
#     and tells no removal (``_CONFIRMED``).
_AGENT_PAPER = _with(
    _AGENT_PAPER,
    r"\b(?:documento|carta|escrito|poder) de representacion\b", r"\bacreditar (?:la|su) representacion\b",
    r"\bque (?:la |lo )?firme (?:su|el|la) (?:client[ea]|interesad[oa]|titular)\b",
    r"\b(?:documento|carta|instrumento) de representacao\b", r"\bque (?:a |o )?(?:sua |seu )?(?:cliente|titular) assine\b",
    r"\b(?:document|lettre|justificatif) de (?:representation|mandat)\b", r"\bsignee? par (?:votre|le|la) (?:client|cliente|titulaire|consommat\w+)\b",
    r"\b(?:dokiman|let) (?:ki )?(?:montre|pwouve) (?:ou gen dwa|otorizasyon)\b",
)
_AGENT_ASK = _rx(
    r"\b(?:must|need|needs|needed|please|required?|requires|have to|has to|should)\b(?: \S+){0,8}? (?:sign|send|submit|complete|provide|e-?mail|return|attach)\b",
    r"\b(?:complete|completen|envie|envien|enviennos|envienos|necesitamos|necesitaremos|debe|deben|exige|exigimos|firme|adjunte|remita|requerimos|requiere)\b",
    r"\b(?:envie|enviem|preencha|precisamos|deve|devem|exige|assine|anexe|encaminhe)\b",
    r"\b(?:envoyez|remplissez|devez|doit|il nous faut|signez|joignez|veuillez|exige)\b",
    r"\b(?:voye|ranpli|siyen|fok|bezwen|dwe)\b",
)
_AGENT_PAPER_ASKED = "needs_info: asks for the client's signed authorisation of the clinic as agent"
_AGENT_PAPER_AND_ID = "needs_id: asks for the client's signed authorisation of the clinic as agent and an identity document or check"
_TICKET_SOLVED_ONLY = "unsure: a ticket marked solved or closed, without saying what was done"


def _agent_paper_asked(msg: Incoming) -> Classification | None:
    """Reply pass 47, class 4b: a reply asking the clinic for the client's signed authorisation (``_AGENT_PAPER``,
    ``_AGENT_ASK``) and telling no removal is ``needs_info`` (0.8), ``needs_id`` when an identity document is also
    asked (``_ID_ASKED``). None otherwise. Source: tests/replies/README.md, "An agent's papers" (branch r42)."""
    text = " ".join(fold(reply_text(msg)).split())
    body = text.partition("\n")[2] or text
    if (paper := _AGENT_PAPER.search(body)) is None or _CONFIRMED.search(body) \
            or not _AGENT_ASK.search(_AGENT_PAPER.sub(" ", body)):  # the ask in other words than the paper's ("pèmisyon siyen")
        return None
    if _ID_ASKED.search(body):
        return Classification("needs_id", _AGENT_PAPER_AND_ID, confidence=0.8, evidence=_span(paper.group(0)))
    return Classification("needs_info", _AGENT_PAPER_ASKED, confidence=0.8, evidence=_span(paper.group(0)))


# 1a. Set X es-20 and pt-04 (its misses read on branch r41, left): a notice that a record matching a person removed "se
#     volvió a agregar" / "foi adicionado novamente" from public records published after the removal, with a new request
#     invited, read as a public-records refusal. The English ("has been added again") read unsure. It is a removal undone
#     (set U's ``_UNDONE``, widened here), not a refusal on the merits: ``unsure``, as the set labels it.
_UNDONE = _with(
    _UNDONE,
    r"(?<!\bnot )(?<!\bnever )\b(?:has|have|was|were) (?:been )?(?:added|put) (?:again|back)\b",
    r"(?<!\bno )\bse (?:volvio|volvieron) a (?:agregar|anadir|incorporar|incluir)\b", r"(?<!\bno )\b(?:fue|fueron|ha sido|han sido) (?:re)?(?:agregad|anadid|incorporad)[oa]s? (?:de nuevo|nuevamente|otra vez)\b",
    r"(?<!\bnao )\b(?:foi|foram) (?:adicionad|incluid|acrescentad)[oa]s? (?:novamente|de novo|outra vez)\b", r"(?<!\bnao )\b(?:foi|foram) readicionad[oa]s?\b",
    r"\b(?:a|ont) ete (?:ajoutee?s?|reintegree?s?|reinseree?s?) (?:de nouveau|a nouveau)\b", r"\b(?:a|ont) ete (?:rajoutee?s?|reajoutee?s?)\b",
)
# 1c. The same notices in Russian (set X ru-02, "запись … снова добавлена на сайт"), and marked automatic in their
#     headers (Auto-Submitted): set X en-21, es-21 ("your opt-out expires on …; after that date the listing may be shown
#     again unless renewed", "la baja … vence …; el perfil puede volver a mostrarse si no renuevan la baja") and ru-02
#     read ``auto_reply``, the header deciding before the words. A removal undone or hidden for a time only
#     (``_undone_standing``, ``_FOR_A_TIME``) is what such a notice says: ``unsure``, a person looks and renews.
_UNDONE = _with(_UNDONE, r"(?<!\bне )\b(?:снова|повторно|опять) (?:была |был |было |были )?(?:добавлен|опубликован|размещен)\w*")
_FOR_A_TIME = _with(
    _FOR_A_TIME,
    r"\b(?:puede|podra|podria) volver a (?:mostrarse|aparecer|publicarse)\b[^.;!?]{0,40}?\b(?:si no|salvo que|a menos que)\b[^.;!?]{0,40}?\brenuev\w*",
    r"\b(?:pode|podera) voltar a (?:ser )?(?:exibid|mostrad|publicad|aparecer)\w*[^.;!?]{0,40}?\b(?:se nao|a menos que|salvo se)\b[^.;!?]{0,40}?\brenov\w*",
    r"\b(?:pourra|peut) (?:de nouveau )?(?:reapparaitre|etre (?:de nouveau )?(?:affichee?|publiee?))[^.;!?]{0,40}?\b(?:sauf si|a moins que|si vous ne)\b[^.;!?]{0,40}?\brenouvel\w*",
)
_AUTOMATIC_ONLY = "auto_reply: marked automatic in its headers"
_REFUSED_ON_RECORDS = frozenset({"publicly available", "public records"})
# 1b. Set X en-44 (left by r41): "we've received the request and it's in line for review by our privacy team. We'll
#     reply to this thread once we have an update" read ``other``: the receipt table (``_ACK``, its home, widened here)
#     knew "we have received your request", "is in the queue for review" and "will reply", not the contractions, "the
#     request" nor "in line for review". Spanish, Portuguese, French and Creole wordings already read acknowledged.
_ACK = _with(
    _ACK,
    r"\b(?:we|i)(?:'ve| have)? (?:now |successfully )?received (?:the|your|this) (?:deletion |removal |privacy |opt-?out |erasure )?(?:request|message|e-?mail|inquiry|submission|letter)\b",
    r"\b(?:is|it's|are|they're) (?:now )?(?:in line|lined up|in (?:the|our) (?:review )?queue|queued) (?:for|to be) (?:review|processing|reviewed|processed)\b",
    r"\b(?:we|i)'ll (?:respond|get back to you|reply|be in touch|review|process|contact you|follow up)\b",
)


_classify_before_r47 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then reply pass 47 (branch r47)
    """As before (``_classify_before_r47``); then (reply pass 47, class 4b) an agent's papers asked where the reading was
    ``other`` or a bare "ticket solved" is ``needs_info`` or ``needs_id`` (``_agent_paper_asked``); (class 1a) a
    public-records refusal that tells a removed record added again, and a notice read automatic by its headers that
    tells a removal undone or expiring, are ``unsure``; (class 5) an ask to click whose mail says the click
    removes nothing (``_CLICK_REMOVES_NOTHING``) is no verification: ``unsure`` (0.4), as ``choose_link`` opens no link.
    Never raises; the evidence is the matched span."""
    verdict = _classify_before_r47(msg)
    if verdict.kind == "other" or verdict.rule == _TICKET_SOLVED_ONLY:
        return _agent_paper_asked(msg) or verdict
    if verdict.rule == _AUTOMATIC_ONLY:
        body = " ".join(reply_text(msg).partition("\n")[2].split())
        if m := (_undone_standing(body) or _FOR_A_TIME.search(body)):
            return Classification("unsure", "unsure: a notice that the removal was undone or lasts only for a time",
                                  confidence=0.4, evidence=_span(m.group(0)))
    if verdict.kind == "refused" and verdict.reason in _REFUSED_ON_RECORDS \
            and (m := _undone_standing(" ".join(reply_text(msg).partition("\n")[2].split()))):
        return Classification("unsure", "unsure: the removal it told of was undone, or the record is back", confidence=0.4,
                              evidence=_span(m.group(0)))
    if verdict.kind == "verify_link" and (m := _CLICK_REMOVES_NOTHING.search(" ".join(fold(reply_text(msg)).split()))):
        return Classification("unsure", "unsure: asks to click, and says the click removes nothing", confidence=0.4,
                              evidence=_span(m.group(0)))
    return verdict


# 4a. One site of a group, the others "operated separately" in the words set V's class 7 (``_PARENT_NOT_REACHED``, its
#     home, widened here) did not read: Spanish's singular "se administra por separado", Portuguese "é operado
#     separadamente", Haitian Creole "fonksyone apa", Korean "별도로 운영" / "독립적으로 운영" (operated separately,
#     independently) beside a removal: the request reached one part of the business (unsure), never a confirmation nor
#     an ask for information.
_PARENT_NOT_REACHED = _with(
    _PARENT_NOT_REACHED,
    r"\bse (?:opera|administra|gestiona|maneja) (?:de forma |de manera |por )?(?:separad[oa]|independiente|aparte)\b",
    r"\b(?:e|sao) (?:operad|administrad|gerid|mantid|gerenciad)[oa]s? (?:separadamente|independentemente|de forma (?:independente|separada)|a parte)\b",
    r"\b(?:fonksyone|opere|jere|mache) (?:apa|separeman|endepandan|poukont (?:li|yo))\b",
    _ko(r"(?:\ubcc4\ub3c4\ub85c|\ub3c5\ub9bd\uc801\uc73c\ub85c|\ub530\ub85c) \uc6b4\uc601"),  # 별도로 / 독립적으로 / 따로 운영
)
#     Every site of the group done stays a confirmation (``_ALL_PARTS_DONE``, widened to Creole "sou tout sit nou yo" and
#     Korean "모든 (계열) 사이트에서"): "Chak sit fonksyone apa, men nou efase pwofil li sou tout sit nou yo."
_ALL_PARTS_DONE = _with(
    _ALL_PARTS_DONE, r"\bsou tout (?:sit|paj|sitweb) (?:nou|gwoup la|yo)\b",
    _ko(r"\ubaa8\ub4e0 (?:\S+ )?\uc0ac\uc774\ud2b8"),  # 모든 (계열) 사이트
)


# ---- reply pass 48 (branch r48, 2026-12-03): set Y retired, its misses read as classes ------------------------------
# (tests/test_replies_pass48.py, wordings of our own; BENCHMARKS.md, "Reading replies, pass 48". No confirmation is
# added by this pass: every class below moves a reading away from ``confirmed`` or between the classes a person reads.)
#
# 1. Our own letter forwarded by a help desk to its privacy team ("Fwd: Request to delete … – please reply to the sender
#    once it is done", our letter attached whole) read ``confirmed`` (0.85) from our letter's own "confirm … that the
#    deletion has been completed": the forward rules knew our letter by its token only as ``OPT-`` and six characters.
#    A mail attached whole whose sender is one of the reply's own recipients (the clinic that wrote the letter) is ours,
#    never the broker's answer; the forwarder's note is the answer (a receipt: "forwarding this for handling"). The
#    token rule is left as it was: brokers' answers forwarded whole quote our reference in other forms.
_forwarded_r41 = _forwarded


def _forwarded(msg: Incoming) -> Incoming | None:  # noqa: F811 - r41's, then none when the attached mail is ours (r48)
    """As before (``_forwarded_r41``), except that a message attached whole and sent by one of the reply's recipients
    (our own letter, forwarded back to us) is no broker's answer: None."""
    found = _forwarded_r41(msg)
    if found is None or not msg.attached_messages:
        return found
    from optout.mail._parse import parse

    sender = parse(msg.attached_messages[0]).from_addr.lower()
    return None if sender and sender in {a.lower() for a in msg.to} else found


_ACK = _with(
    _ACK,
    r"\bforwarding (?:this|it|your (?:message|request|e-?mail|letter))\b(?: \S+){0,4}? (?:for (?:handling|processing|review)|to (?:our|the) (?:privacy|data|legal|records|compliance) team)\b",
    r"\breenviamos (?:su|este) (?:mensaje|correo|solicitud) (?:al|a nuestro) (?:equipo|area|departamento)\b",
    # 5. Spanish receipts set Y wrote that no rule read: a queue of removals, a review under way, a removal on a date
    r"\b(?:esta|quedo) en (?:la|nuestra) (?:fila|lista) de (?:bajas|eliminacion(?:es)?|espera)\b",
    r"\bestamos (?:revisando|analizando|procesando) (?:su|la) solicitud\b", r"\ble (?:estaremos|estare) (?:dando respuesta|respondiendo|contactando)\b",
    r"\b(?:eliminacion|baja|supresion|borrado) (?:esta|quedo|fue) programad[oa] para (?:el )?\d",
)
# 5b. "Estado: Resuelto" over "eliminaremos el perfil en los próximos 10 días hábiles": a removal promised within a
#     time (r41's class I, ``_R41_WILL_REMOVE``, widened to the future tense)
_R41_WILL_REMOVE = _with(
    _R41_WILL_REMOVE,
    r"\b(?:eliminaremos|borraremos|quitaremos|retiraremos|suprimiremos|daremos de baja)\b[^.]{0,40}?\b(?:en|dentro de) (?:los proximos |un plazo de )?\d+",
)

# 2. Mail that is not the broker's answer, whatever its words: a read receipt (RFC 8098), an SMTP TLS report (RFC 8460),
#    a DMARC aggregate report, a calendar invitation, our own mail system's quarantine digest (even of a broker's "your
#    profile has been deleted": that mail must be released and read itself), a mailing list's own unsubscribe notice
#    with its "subscribe again" link, marked automatic in its headers. They read ``auto_reply`` (their headers), a challenge-response filter, or
#    ``unsure`` (a list left); ``other`` is what they are: a person looks, nothing is concluded.
_REPORT_TYPES = re.compile(r"report-type=\"?(?:disposition-notification|tlsrpt)\b", re.IGNORECASE)
_NOT_AN_ANSWER = _rx(
    r"^(?:re: )?report domain: \S+ submitter: \S+ report-id:",  # DMARC (RFC 7489 § 7.2.1.1) and TLS reports' subject
    r"\baggregate dmarc report\b", r"\bsmtp tls report\b", r"^begin:vcalendar\b",
    r"\b(?:was|were|has been|have been) (?:held|placed|put) in quarantine\b", r"\bquarantine (?:summary|digest|report|notification)\b",
    r"\bse (?:retuvo|retuvieron|ha retenido|han retenido) en cuarentena\b", r"\b(?:resumen|aviso|informe) de cuarentena\b",
    r"\bmis en quarantaine\b", r"\bretid[oa]s? em quarentena\b",
)
_RESUBSCRIBE = _rx(
    r"\b(?:subscribe|sign up) again\b", r"\bresubscribe\b", r"\bunsubscribed by mistake\b",
    r"\b(?:suscribirse|suscribase|volver a suscribirse|darse de alta) (?:de nuevo|otra vez|nuevamente)\b", r"\binscreva-se novamente\b|\bassinar novamente\b",
    r"\bvous reabonner\b|\bvous reinscrire\b", r"\benskri ank?o\b", r"\bzapisz sie ponownie\b", _ko(r"\ub2e4\uc2dc \uad6c\ub3c5"),  # 다시 구독
)
_LIST_NOUN = _rx(
    r"\b(?:mailing|e-?mail|newsletter) list\b", r"\bnewsletter\b", r"\bboletin\b", r"\blista de (?:correo|correos|envio|suscriptores)\b",
    r"\blis imel\b", r"\bbilten\b", r"\blisty mailingowej\b", r"\bbiuletyn\w*", _ko(r"\ub274\uc2a4\ub808\ud130"),  # 뉴스레터
)
_LISTING_NOUN = _rx(r"\b(?:listing|profile|record|perfil|ficha|registro|pwofil|fich|profil|fiche)\b")


def _not_an_answer(msg: Incoming) -> str | None:
    """Class 2: the words or structure that show ``msg`` is mail about mail (a receipt of reading, a report, an
    invitation, a quarantine digest, a list's unsubscribe notice), or None."""
    if m := _REPORT_TYPES.search(msg.headers.get("content-type", "")):
        return m.group(0)
    own = fold(f"{msg.subject}\n{msg.text}")
    flat = " ".join(own.split())
    if m := _NOT_AN_ANSWER.search(flat) or re.search(r"(?m)^begin:vcalendar\b", own):
        return _span(m.group(0))
    if _automatic(msg) and (again := _RESUBSCRIBE.search(flat)) and _LIST_NOUN.search(flat) and not _LISTING_NOUN.search(flat):
        # the list's own notice, marked automatic in its headers; a reply that unsubscribed the person instead of
        # deleting ("we removed her address from our marketing list … changed your mind? resubscribe") stays unsure
        return _span(again.group(0))
    return None


# 3. Another channel or addressee named, in words no rule read (set Y's channels): removal requests taken by telephone
#    or by post only ("We process removal requests by telephone only", "Las bajas solo se hacen por teléfono", "par
#    courrier postal seulement", "Nou retire pwofil yo pa telefòn sèlman" — a habitual present the Creole rules read as a
#    removal done, 0.85 — "Chúng tôi chỉ nhận yêu cầu xóa qua điện thoại"); a host or a domain registrar that names
#    the site's owner or a relay to write to; a broker renamed that names its new address; "we take no request by
#    e-mail: use our form" in a mail marked automatic (read ``auto_reply`` before r27's route rule). ``needs_info``:
#    the next step is a person's, to ask where the broker says.
_ONE_CHANNEL = _rx(
    r"\b(?:by|over the|via) (?:tele)?phone only\b", r"\b(?:by|via) (?:post|mail|postal mail|regular mail|fax) only\b",
    r"\bonly (?:by|over the|via) (?:tele)?phone\b", r"\bonly (?:by|via|through the) (?:post|postal mail|regular mail|mail|fax)\b",
    r"\bsolo (?:\S+ ){0,5}?por (?:telefono|via telefonica|correo postal|correo ordinario|fax)\b",
    r"\bpor (?:telefono|correo postal|correo ordinario) (?:solamente|unicamente)\b", r"\bunicamente por (?:telefono|correo postal)\b",
    r"\b(?:apenas|somente|so) (?:\S+ ){0,4}?(?:por telefone|pelo correio|por correio postal|por carta)\b",
    r"\bpar (?:courrier(?: postal)?|telephone|la poste) (?:seulement|uniquement)\b", r"\b(?:uniquement|seulement) par (?:courrier|telephone|la poste)\b",
    r"\bpa (?:telefon|lapos|let) (?:selman|solman|selmam)\b",
    r"\bchi (?:nhan|tiep nhan|xu ly) (?:\S+ ){0,6}?qua (?:đien thoai|buu đien|thu buu chinh)\b",
    r"\bлише (?:поштою|телефоном)\b", r"\bтолько (?:по почте|почтой|по телефону)\b",
)
_ELSEWHERE = _rx(
    # a host or registrar, and the one to write to
    r"\bonly (?:hosts?|the (?:domain )?registrar of|the host of)\b(?: \S+){0,6}? (?:site|website|domain)\b[^|]{0,300}?\b(?:contact|reach|write to) (?:the )?(?:site's |website's )?(?:owner|registrant|operator)\b",
    r"\bsolo (?:aloja|alojamos|es el registrador de)\b(?: \S+){0,6}? (?:sitio|pagina|dominio)\b[^|]{0,300}?\b(?:comuniquense|contacte|escriba|escriban|dirijase) (?:\S+ ){0,2}(?:dueno|propietario|titular|responsable)\b",
    # a broker renamed or moved, and its new address
    r"\b(?:envie|envien|mande|manden) (?:su|la) solicitud (?:otra vez|de nuevo|nuevamente) a\b",
    r"\bplease (?:send|resend|re-?submit) (?:your|the) request (?:again )?to\b",
    r"\breach the registrant through\b",
)


def _channel_named(msg: Incoming, verdict: Classification) -> str | None:
    """Class 3: the words naming the one channel or addressee that takes the request, or None. A thin confirmation
    (below ``ACT_CONFIDENCE``) gives way only when its own sentence names the channel ("nou retire pwofil yo pa telefòn
    sèlman": we remove profiles by telephone only)."""
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    for sentence in _sentences(body):
        if m := _ONE_CHANNEL.search(sentence):
            if verdict.kind == "confirmed" and verdict.evidence and verdict.evidence not in sentence:
                continue
            return _span(m.group(0))
    if verdict.kind == "confirmed":
        return None
    if m := _ELSEWHERE.search(body):
        return _span(m.group(0))
    if verdict.kind in ("auto_reply", "acknowledged") and (route := _route_elsewhere(body)):
        return route
    return None


# 4. A removal promised under a condition nobody has checked yet, in words no rule read (set Y's conditions): Spanish
#    "se eliminará siempre y cuando …", Portuguese "vamos remover o perfil, desde que …", Russian "мы удалим профиль при
#    условии, что …", Korean "… 경우에 한하여 프로필을 삭제할 예정입니다", Haitian Creole "n ap retire pwofil la depi …"
#    (read ``unsure`` from its "toujou", still): a promise, ``acknowledged`` (0.9), as set X's conditions are.
_PROMISED = _rx(
    r"\b(?:se eliminara|se borrara|se dara de baja|eliminaremos|borraremos|daremos de baja)\b",
    r"\b(?:vamos (?:remover|excluir|apagar|retirar)|removeremos|excluiremos|apagaremos|sera (?:removid|excluid|apagad)[oa])\b",
    r"\b(?:nous supprimerons|sera supprimee?)\b", r"\bn ap (?:retire|efase)\b", r"\b(?:мы удалим|будет удал[её]н\w*)",
    _ko(r"\uc0ad\uc81c\ud560 \uc608\uc815"),  # 삭제할 예정 (will delete)
)
_PROMISE_IF = _rx(
    r"\bsiempre (?:y|que) (?:cuando )?\b", r"\bdesde que\b", r"\bcontanto que\b", r"\ba menos que\b", r"\ben caso de que\b",
    r"\bpourvu que\b", r"\bsauf si\b", r"\bdepi (?:moun|li|kliyan)\b", r"\bпри условии\b",
    _ko(r"\uacbd\uc6b0\uc5d0 \ud55c\ud558\uc5ec"),  # 경우에 한하여 (only if)
)

# 6. A removal only believed or expected, in words r43's hedges did not read because the deletion itself is in a form
#    ``_CONFIRMED`` does not hold (a subjunctive, "should have disappeared"): "ya debería haber desaparecido", "es
#    posible que el perfil ya se haya eliminado", "acreditamos que o perfil já tenha sido removido", "devrait normalement
#    avoir été supprimée", "powinien już zostać usunięty", "baka natanggal na po", Bengali "আমাদের মনে হয় … মুছে ফেলা
#    হয়েছে, তবে আমরা নিশ্চিত নই" (read ``confirmed`` 0.85): ``unsure``, as r43's are.
_R48_HEDGED = _rx(
    r"\b(?:deberia|deberian|debio|debe) (?:de )?(?:ya )?haber (?:desaparecido|sido (?:eliminad|borrad|quitad|suprimid)\w*)",
    r"\b(?:es posible|puede ser|es probable) que (?:\S+ ){0,4}?(?:se haya|haya sido) (?:eliminad|borrad|quitad|suprimid|dad)\w*",
    r"\b(?:acreditamos|achamos|cremos|creio|acho|pensamos) que (?:\S+ ){0,5}?(?:tenha|tenham) sido (?:removid|excluid|apagad|eliminad)\w*",
    r"\bdevrait (?:\S+ ){0,2}?(?:avoir ete|etre) (?:supprime|efface|retire)\w*",
    r"\bpowin(?:ien|na|no|ny|ni) (?:\S+ ){0,2}?(?:zostac|byc) usuni\w*",
    r"\bbaka (?:\S+ )?(?:natanggal|naalis|nabura|na-?delete)\b",
    r"\u0986\u09ae\u09be\u09a6\u09c7\u09b0 \u09ae\u09a8\u09c7 \u09b9", r"\u09a8\u09bf\u09b6\u09cd\u099a\u09bf\u09a4 \u09a8\u0987",  # আমাদের মনে হ(য়) / নিশ্চিত নই
)

# 7. One thing removed and the rest kept on the site, in Korean, Ukrainian, Russian and Vietnamese ("전화번호만
#    삭제했습니다 … 나머지 프로필은 그대로 게시됩니다"; "видалили всі профілі … крім одного … залишається на сайті"; "đã xóa
#    tất cả … trừ một hồ sơ … vẫn được giữ trên trang"), read ``confirmed`` (0.85) from the part done: ``unsure``.
_REST_KEPT = _rx(
    r"\b(?:крім|кроме) одного\b", r"\b(?:залишається|залишаються|оста[её]тся|остаются) на сайті\b|\b(?:оста[её]тся|остаются) на сайте\b",
    r"\btru (?:mot|hai) (?:ho so|trang)\b", r"\bvan (?:đuoc )?(?:giu|con|hien thi) (?:\S+ )?tren trang\b",
    _ko(r"\uadf8\ub300\ub85c \uac8c\uc2dc"), _ko(r"\ub9cc \uc0ad\uc81c"),  # 그대로 게시 (stays posted), …만 삭제 (only … deleted)
)
_R48_PROMISE = "acknowledged: a removal promised under a condition not yet checked"
# 8. A listing back on the site after an older confirmation (quoted below), passed to a data team: read as a receipt
#    (the hand-off), it is a removal undone (set U's ``_UNDONE``, widened here to "is back on", "was re-created"):
#    ``unsure``, a person looks, as the set labels relistings.
_UNDONE = _with(
    _UNDONE, r"(?<!\bnot )\b(?:profile|listing|record|page) is (?:now )?back (?:on|up)\b", r"(?<!\bnot )\bwas re-?created\b",
)
# 3b. "We take no request by e-mail: use our form" in Chinese and Tagalog (r27's class 3, its home ``_NOT_BY_EMAIL`` /
#     ``_OTHER_ROUTE``, widened here): "我们不接受通过电子邮件提出的请求 … 请使用我们的网上表格", "Hindi kami tumatanggap ng
#     request sa e-mail. Paki-fill out po ang form namin".
_NOT_BY_EMAIL = _with(_NOT_BY_EMAIL, r"(?:不接受|不受理|不处理|不處理)(?:通过|通過|经由|經由)?(?:电子邮件|電子郵件|邮件|郵件|email)",
                      r"\bhindi (?:kami|namin) (?:tumatanggap|tinatanggap|pinoproseso) (?:ng )?(?:\S+ ){0,2}(?:sa|sa pamamagitan ng|through|via) e-?mail\b")
_OTHER_ROUTE = _with(_OTHER_ROUTE, r"(?:请|請)(?:使用|通过|通過|填写|填寫)(?:我们的|我們的)?(?:网上|網上|在线|線上)?(?:表格|表单|表單|门户|門戶)",
                     r"\b(?:paki-?fill ?out|punan|gamitin|i-?submit)\b (?:\S+ ){0,4}(?:form|portal)\b")


_classify_before_r48 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then reply pass 48 (branch r48)
    """As before (``_classify_before_r48``); then (reply pass 48, set Y's misses) mail about mail is ``other`` (class 2);
    a hedged removal (class 6) or one thing removed and the rest kept (class 7) read as a thin confirmation or nothing is
    ``unsure``; another channel or addressee named is ``needs_info`` (class 3); a removal promised under a condition is
    ``acknowledged`` (class 4). A confirmation acted on (``ACT_CONFIDENCE`` and above) is never touched but by class 2.
    Never raises; the evidence is the matched span."""
    verdict = _classify_before_r48(msg)
    if verdict.kind in ("auto_reply", "other", "unsure", "acknowledged", "confirmed") and (said := _not_an_answer(msg)):
        return Classification("other", "other: mail about mail (a read receipt, a report, an invitation, a quarantine "
                              "digest, a list's unsubscribe notice), not the broker's answer", confidence=0.6, evidence=said)
    if verdict.kind in ("confirmed", "verify_link") and verdict.confidence >= ACT_CONFIDENCE:
        return verdict
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    if verdict.kind in ("confirmed", "other") and (m := _R48_HEDGED.search(body)):
        return Classification("unsure", "unsure: the removal is only believed or expected", confidence=0.4, evidence=_span(m.group(0)))
    if verdict.kind == "confirmed" and (m := _REST_KEPT.search(body)):
        return Classification("unsure", "unsure: one part removed, the rest kept on the site", confidence=0.4,
                              evidence=f"{verdict.evidence} / {_span(m.group(0))}")
    if verdict.kind in ("other", "auto_reply", "acknowledged", "unsure", "confirmed") and (where := _channel_named(msg, verdict)):
        return Classification("needs_info", "needs_info: names the one channel or addressee that takes the request",
                              confidence=0.9, evidence=where)
    if verdict.kind == "acknowledged" and (m := _undone_standing(body)):
        return Classification("unsure", "unsure: the listing is back after a removal; passed on, nothing done yet", confidence=0.4,
                              evidence=f"{_span(m.group(0))} / {verdict.evidence}")
    if verdict.kind in ("other", "unsure"):
        for sentence in _sentences(body):
            if (p := _PROMISED.search(sentence)) and (c := _PROMISE_IF.search(sentence)) \
                    and (verdict.kind == "other" or verdict.evidence in sentence):
                return Classification("acknowledged", _R48_PROMISE, confidence=0.9, evidence=f"{_span(p.group(0))} … {_span(c.group(0))}")
    return verdict


# ---- reply pass z49 (branch z49, 2026-12-03): set Z's broken promises, as classes ---------------------------------------
# (tests/test_replies_passz49.py, wordings of our own in en, es, pt, fr, ht; BENCHMARKS.md, "Reading replies, pass z49".)
# Set Z's held-out read had six replies that are no confirmation read ``confirmed``: four classes.
#
# 3. A past removal undone by a later publication ("was removed on D1 … published again / relisted on D2", "se publicó de
#    nuevo", "foi publicado novamente", "a été republié"): set U's ``_UNDONE`` (its home, widened here as r41, r42 and
#    r46 did). ``_undone_standing`` still lets a removal done again after it stand ("hoy la borramos de nuevo").
_UNDONE = _with(
    _UNDONE,
    r"\b(?:was|were|has been|have been|got) (?:(?!not\b|never\b)\S+ )?(?:published|posted|listed|put (?:up|back)|added) (?:again|anew|once more)\b",
    r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!\bbe )\b(?:reappeared|resurfaced|was relisted|were relisted|has been relisted|was republished|has been republished)\b",
    r"(?<!\bno )\bse (?:publico|publicaron|listo|agrego|anadio|mostro) (?:\S+ )?(?:de nuevo|nuevamente|otra vez)\b",
    r"(?<!\bno )\b(?:fue|fueron|ha sido|han sido) (?:publicad|agregad|anadid|incorporad)[oa]s? (?:\S+ )?(?:de nuevo|nuevamente|otra vez)\b",
    r"(?<!\bno )\b(?:volvio|volvieron) a (?:publicarse|listarse|agregarse|subirse)\b",
    r"(?<!\bnao )\b(?:foi|foram) (?:publicad|adicionad|incluid|listad)[oa]s? (?:\S+ )?(?:novamente|de novo|outra vez)\b",
    r"(?<!\bnao )\b(?:foi|foram) (?:republicad|relistad)[oa]s?\b",
    r"(?<!\bpas )\b(?:a ete|ont ete|est|sont) (?:de nouveau |a nouveau )?(?:republiee?s?|reapparue?s?|remise?s? en ligne)\b",
    r"\b(?:a ete|ont ete) (?:publiee?s?|ajoutee?s?) (?:de nouveau|a nouveau)\b",
    r"\b(?:li|yo|fich la|pwofil la) (?:te )?(?:pibliye|paret) (?:\S+ )?anko\b",  # "li pap parèt ankò" (will not) fails: no "pap"
)
# 1. Another person's record removed, the client's own listing said to be left ("The listing of your client … was not
#    part of the request and is still active", "el perfil de su clienta … no estaba en la solicitud y sigue activo"): a
#    sentence naming the client's (or "your") listing with it still active / listed, or not in the request, and no
#    removal told after it in that sentence ("Your client's listing, still active last week, has now been removed").
_Z49_CLIENT = (r"\b(?:your client|the client|your (?:own )?(?:listing|profile|record|page|entry)|su client[ea]|(?:sua|seu) client[ea]|"
               r"votre client[e]?|kliyan ou)")
_Z49_LEFT = _rx(
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?(?:(?:is|are|remains?|stays?) (?:still )?(?:active|live|online|listed|published|up)\b|\bstill (?:active|live|online|listed|published|up)\b)",
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?\b(?:was|were|is|are) not (?:part of|included in|covered by|in) (?:the|that|this|your) (?:request|submission|complaint)\b",
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?\b(?:sigue|siguen|continua|continuan|permanece|permanecen) (?:\S+ )?(?:activ|publicad|en linea|visible|vigente)",
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?\bno (?:estaba|estaban|formaba parte|formaban parte|se incluyo|se incluyeron|figuraba|venia) (?:en |de )?(?:la|su|esa|nuestra) (?:solicitud|peticion|pedido)\b",
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?\b(?:continua|continuam|permanece|permanecem|segue) (?:\S+ )?(?:ativ|publicad|no ar|online|visive)",
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?\bnao (?:fazia|faziam|estava|estavam) (?:parte )?(?:d?o|d?a|no|na) (?:pedido|solicitacao)\b",
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?\b(?:reste|restent|est toujours|sont toujours|demeure|demeurent) (?:\S+ )?(?:active?s?|en ligne|publiee?s?|visibles?)\b",
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?\bne (?:faisait|faisaient) pas partie de (?:la|votre|cette) demande\b",
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?\b(?:toujou|rete) (?:\S+ )?(?:aktif|anliy|sou sit|pibliye)",
    rf"{_Z49_CLIENT}\b[^.;!?]{{0,80}}?\bpa t (?:nan|fe pati) demann\b",
)
# 2. Removed from search results only, the profile kept, licensed or sold ("Her profile remains in the records we license
#    to business customers", "su perfil se mantiene en los datos que licenciamos"): the deletion asked was not done. A
#    removal from search results beside a deletion from the database, and a keeping negated ("we no longer sell it"),
#    stay confirmations.
_Z49_SEARCH_ONLY = _rx(
    r"\b(?:from|out of|in) (?:our |the |all )?(?:public )?(?:search results|search|people search|site search)\b",
    r"\bde (?:los|nuestros|sus) resultados de (?:la )?busqueda\b", r"\b(?:de|en) (?:la|nuestra) busqueda\b",
    r"\bd?os resultados de (?:busca|pesquisa)\b", r"\bdes resultats de recherche\b", r"\bnan rezilta (?:rechech|rechoch|rechèch)\b",
)
_Z49_KEPT = _rx(
    r"\b(?:profile|record|data|information|file|listing|details)s? (?:\S+ ){0,3}?(?:remains?|stays?|(?:is|are) (?:still )?(?:kept|retained|stored|held|licensed|sold))\b",
    r"\b(?:we )?(?:still |continue to |will continue to )?(?:license|licence|sell)s? (?:it|them|her|his|their|the)\b", r"\bwe (?:still )?(?:license|licence|sell)\b",
    r"\b(?:records|data) we (?:still )?(?:license|licence|sell)\b",
    r"\bse (?:mantiene|mantienen|conserva|conservan|guarda|guardan)\b", r"\b(?:seguimos|continuamos) (?:licenciando|vendiendo|conservando|guardando)\b",
    r"\b(?:licenciamos|vendemos)\b",
    r"\b(?:e|sao|continua|continuam|permanece|permanecem) (?:\S+ )?(?:mantid|conservad|guardad|armazenad)[oa]s?\b", r"\b(?:licenciamos|vendemos|continuamos a (?:licenciar|vender))\b",
    r"\b(?:reste|restent|demeure|est conservee?|sont conservee?s) (?:\S+ )?(?:dans|en)\b", r"\b(?:nous )?(?:continuons a )?(?:licencions|vendons|concedons sous licence)\b",
    r"\b(?:rete|toujou) nan (?:done|dosye|baz)\b", r"\bnou (?:toujou |kontinye )?(?:vann|bay lisans)\b",
)
_Z49_NEGATED = re.compile(r"\b(?:not|no|nothing|never|longer|n't|nada|ya no|nao|nenhum|ne|plus|rien|pa|pap)\b|n't\b")
# 4. Our own mail gateway's quarantine digest quoting a held message's subject ("Quarantine summary: 1 message held …
#    Subject: Your listing has been removed … Release | Block sender"): not the broker's words. ``other``: the broker's
#    mail must be released and read itself; never acted on, and ``choose_link`` opens none of its links.
_Z49_DIGEST = _rx(
    r"\bquarantine (?:summary|digest|report|notification|notice)\b", r"\b(?:messages?|e-?mails?) (?:was |were |has been |have been )?(?:held|quarantined) for (?:review|inspection)\b",
    r"\bresumen de (?:la )?cuarentena\b", r"\b(?:mensajes?|correos?) (?:fue |fueron )?retenidos? (?:para revision|en cuarentena)\b",
    r"\bresumo da quarentena\b", r"\bmensage(?:m|ns) (?:foi |foram )?retidas? (?:para revisao|em quarentena)\b",
    r"\bresume de (?:la )?quarantaine\b", r"\bmessages? (?:a ete |ont ete )?(?:retenus?|mis en quarantaine)\b", r"\brapo karantin\b",
)
_Z49_RELEASE = _rx(r"\b(?:release|liberar|liberer|libere|debloke|lage)\b")
_Z49_CLIENT_LEFT_RULE = "unsure: a removal told beside the client's own listing said to be left active or not in the request"
_Z49_SEARCH_RULE = "unsure: removed from search results only; the profile is said to be kept, licensed or sold"
_Z49_DIGEST_RULE = "other: our own mail gateway's quarantine digest; the held mail must be released and read itself"


def _z49_reading(msg: Incoming, verdict: Classification) -> Classification | None:
    """Pass z49's classes 1, 2 and 4 on ``verdict`` (class 3 is ``_UNDONE``'s, widened above): a quarantine digest of our
    own gateway is ``other`` whatever it quotes (0.6); on a ``confirmed`` reading, the client's listing said left
    (``_Z49_LEFT``) or a removal from search results beside the profile kept (``_Z49_SEARCH_ONLY`` + ``_Z49_KEPT``, not
    negated) is ``unsure`` (0.4). None when no class applies. Source: set Z's first read (2026-12-03); the test wordings are ours."""
    text = reply_text(msg)
    whole = " ".join(text.split())
    if (m := _Z49_DIGEST.search(whole)) and _Z49_RELEASE.search(whole) and verdict.kind != "bounce":
        return Classification("other", _Z49_DIGEST_RULE, confidence=0.6, evidence=_span(m.group(0)))
    if verdict.kind != "confirmed":
        return None
    body = " ".join(text.partition("\n")[2].split())
    for x in _sentences(body):
        if (m := _Z49_LEFT.search(x)) and not _IF_BEFORE.search(x, 0, m.start()) and not _CONFIRMED.search(x, m.end()):
            return Classification("unsure", _Z49_CLIENT_LEFT_RULE, confidence=0.4, evidence=_span(m.group(0)))
    if _Z49_SEARCH_ONLY.search(body):
        for x in _sentences(body):
            m = _Z49_KEPT.search(x)
            if m and not _Z49_NEGATED.search(x, 0, m.end()) and not _IF_BEFORE.search(x, 0, m.start()):
                return Classification("unsure", _Z49_SEARCH_RULE, confidence=0.4, evidence=_span(m.group(0)))
    return None


_classify_before_z49 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then set Z's broken promises (pass z49)
    """As before (``_classify_before_z49``); then (pass z49) our own gateway's quarantine digest is ``other``, and a
    confirmation beside the client's listing left active or a profile kept and licensed after a removal from search
    results is ``unsure`` (``_z49_reading``). Never raises; the evidence is the matched span."""
    verdict = _classify_before_z49(msg)
    return _z49_reading(msg, verdict) or verdict


# ---- reply pass 50 (branch r50, 2026-12-03): confirmations we failed to read, as classes ---------------------------------
# (tests/test_replies_pass50.py, wordings of our own; BENCHMARKS.md, "Reading replies, pass 50".) The development sets'
# lost confirmations (label confirmed, read unsure, acknowledged, other or "no record") were read one by one and grouped
# by construction. Each construction below is said again in the plain past form the reader already reads
# ("hemos eliminado", "excluímos", "we have deleted", "nabura na namin", "nou efase"), and the reply is read again, whole,
# by every rule before this pass: a future, a condition, a request for more, a part, another person, a sale or
# marketing opt-out, a hedge, a relisting and our quoted letter keep their reading, because those rules read the
# restated reply as they read any other. The restated reading is taken only when it is ``confirmed`` and the
# construction is in the broker's own words (``reply_text``: quoted letters cut), and the first reading was no refusal
# other than a "no record" that the double negation itself wrote.
#
# 1. Resultative, impersonal and periphrastic pasts (es "quedó eliminado", "se realizó la eliminación de", "procedimos a
#    suprimir" (withdrawn again: review 37 withdrew it, tests/test_replies_pass36.py); pt "ficou excluído", "confirmamos
#    que procedemos ao apagamento"). "Procedemos" alone is also a
#    Portuguese present ("procedemos ao apagamento quando …": a habit), so it counts only after "confirmamos que" or "já".
# 2. Nominalisations (not "efectiva" nor "procesada", review 37's; not of an account, a ticket, a request, a phone or an
#    e-mail, nor negated, nor "solo en parte"): "la eliminación (de …) fue completada / realizada", "la supresión quedó hecha", "a
#    exclusão foi concluída", "la suppression a été effectuée". Future and negated forms ("será completada", "no fue
#    completada") are not matched.
# 3. Tagalog's perfective aspect with the polite "po"/"ho" between its words and the English verb ("na-delete na po
#    namin"): "po" is dropped and "na-delete" said "nabura" (so "baka nabura", "hindi pa namin nabura" keep the hedge's
#    and the negation's readings).
# 4. Double negations that mean everything was deleted: "we did not fail to remove", "no record … remains that we have
#    not deleted", "no hay ningún registro … que no hayamos eliminado", "no es cierto que no hayamos borrado", "não
#    restou nenhum registro … que não tenha sido excluído", "pa gen okenn dosye … nou pa t efase".
# 5. Code-switching: "hicimos el delete de", "le dimos delete al", "fizemos o delete do" (and "profile", "info" after it).
# 6. A removal told, then its effect told with a negation ("trang không thể tìm thấy nữa", "网页已无法打开", "더 이상 검색
#    결과에 표시되지 않습니다", "ولن يظهر … بعد الآن", es "desde ese día ya no se puede consultar"): the effect is set aside, so the negation no longer reads as the removal
#    not done. A page "cannot be found" alone is still "no record".
# 7. ``_UNDONE`` read "it has not reappeared since" as a relisting: a relisting word with a negation just before it no
#    longer stands (``_undone_standing``).
def _r50_obj(de: str) -> str:
    """The object after a nominalisation's "de"/"do"/"of": "del perfil" → "el perfil", "de los datos" → "los datos"."""
    return re.sub(r"^(?:del|do)\b", "el", re.sub(r"^(?:de|da|das|dos|of)\s+", "", de.strip())).strip()


_R50_ES_NOUN = r"(?:eliminacion|supresion|baja|borrado|remocion|cancelacion)"
_R50_ES_DONE = r"(?:completada|completado|realizada|realizado|efectuada|efectuado|hecha|hecho|concluida|concluido|finalizada|finalizado|ejecutada|ejecutado)(?! solo| parcialmente| en parte)"
_R50_PT_NOUN = r"(?:exclusao|remocao|eliminacao|supressao|apagamento)"
_R50_PT_DONE = r"(?:concluida|concluido|realizada|realizado|efetuada|efetuado|feita|feito|finalizada|finalizado)(?! so| parcialmente| em parte)"
_R50_OBJ = r"(?:(?!\b(?:no|nao|ne|pas|not|cuenta|conta|compte|ticket|solicitud|pedido|suscripcion|newsletter|telefono|correo)\b)[^.;:!?]){0,80}?"
_R50_NOT = r"(?<!\bno )(?<!\bnao )(?<!\bpas )(?<!\bnot )"

#: (pattern, replacement) on folded text, in order; a replacement may be a function of the match.
_R50_RESTATE: list[tuple[re.Pattern[str], object]] = [
    # 4. double negations first (their "no record" must not survive the others)
    (re.compile(r"\bwe (?:did not|didn't|did never) fail to (remove|delete|erase)(?: any)?\b"), lambda m: f"we {m.group(1).rstrip('e')}ed all"),
    (re.compile(r"\bno (?:record|data|information|listing|profile|entry|trace)s?\b[^.;:!?]{0,60}? (?:remains?|is left|was left|exists?) that we (?:have|had) not "
                r"(?:\S+ )?(deleted|removed|erased)\b"), r"we have \1 every record"),
    (re.compile(r"\bthere is no (?:record|data|information|listing|profile)s?\b[^.;:!?]{0,60}? that we (?:have|had)(?: not|n't) (?:\S+ )?(deleted|removed|erased)\b"),
     r"we have \1 every record"),
    (re.compile(r"\bno (?:hay|queda|quedo|existe|ha quedado) ning[u]n[oa]? (?:registro|dato|perfil|ficha|informacion|rastro)s?\b[^.;:!?]{0,60}? que no "
                r"(?:hayamos|hubieramos|se haya|se hubiera) (eliminado|borrado|suprimido|quitado)\b"), r"hemos \1 todos los registros"),
    (re.compile(r"\bno es (?:cierto|verdad) que no (?:hayamos|se haya) (eliminado|borrado|suprimido|quitado)\b"), r"hemos \1"),
    (re.compile(r"\bnao (?:restou|ficou|ha|existe|resta|sobrou) nenhum[a]? (?:registro|dado|perfil|cadastro|informacao|rastro)s?\b[^.;:!?]{0,60}? que nao "
                r"(?:tenha sido|foi|tenhamos|tivesse sido) (?:excluid|apagad|removid|eliminad)[oa]s?\b"), "excluimos todos os registros"),
    (re.compile(r"\bpa gen (?:okenn|oken|pyes) (?:dosye|enfomasyon|done|fich|pwofil)\b[^.;:!?]{0,60}? (?:nou|yo) pa t (efase|retire|siprime)\b"),
     r"nou \1 tout dosye"),
    # 5. code-switching
    (re.compile(_R50_NOT + r"\b(?:ya )?(?:le )?(?:hicimos|dimos) (?:el |un )?delete (?:a |al |de |del |a la |de la )?"), "eliminamos el "),
    (re.compile(_R50_NOT + r"\b(?:ja )?(?:fizemos|demos) (?:o |um )?delete (?:de |do |da |no |na |ao |a )?"), "excluimos o "),
    # 1. resultative, impersonal and periphrastic pasts
    (re.compile(_R50_NOT + r"\b(quedo|quedaron) (eliminad|borrad|suprimid|removid|retirad)([oa]s?)\b"),
     lambda m: ("fue " if m.group(1) == "quedo" else "fueron ") + m.group(2) + m.group(3)),
    (re.compile(_R50_NOT + r"\bse (?:realizo|efectuo|completo|hizo|llevo a cabo|ejecuto) (?:la |el )?" + _R50_ES_NOUN + r"\b( (?:del?|de la|de los|de las) " + _R50_OBJ + r")?(?=\s*[.;:!?]|$| (?:el|hoy|ayer|con|en|de forma)\b)"),
     lambda m: "hemos eliminado " + _r50_obj(m.group(1) or "los datos")),
    (re.compile(r"\b(?:confirmamos que|ja) procedemos (?:ao|a) (?:apagamento|exclusao|eliminacao|remocao|supressao)\b( (?:de|do|da|dos|das) [^.;:!?]{0,80})?"),
     lambda m: "excluimos " + _r50_obj(m.group(1) or "os dados")),
    (re.compile(_R50_NOT + r"\b(ficou|ficaram) (excluid|apagad|removid|eliminad)([oa]s?)\b"),
     lambda m: ("foi " if m.group(1) == "ficou" else "foram ") + m.group(2) + m.group(3)),
    # 2. nominalisations
    (re.compile(r"(?<!solicitud de )(?<!pedido de )\b(?:la |su )?" + _R50_ES_NOUN + r"\b( (?:del?|de la|de los|de las) " + _R50_OBJ + r")? (?:fue|quedo|ha sido|resulto) " + _R50_ES_DONE + r"\b"),
     lambda m: "hemos eliminado " + _r50_obj(m.group(1) or "los datos")),
    (re.compile(r"(?<!pedido de )(?<!solicitacao de )\b(?:a )?" + _R50_PT_NOUN + r"\b( (?:de|do|da|dos|das) " + _R50_OBJ + r")? (?:foi|ficou) " + _R50_PT_DONE + r"\b"),
     lambda m: "excluimos " + _r50_obj(m.group(1) or "os dados")),
    (re.compile(r"(?<!demande de )\b(?:la )?suppression\b( (?:de|du|des|de la) " + _R50_OBJ + r")? a ete (?:effectuee|realisee|finalisee|menee a bien|completee)\b"),
     lambda m: "nous avons supprime " + re.sub(r"^(?:de la|de|du|des)\s+", lambda d: {"du ": "le ", "des ": "les "}.get(d.group(0), ""), (m.group(1) or " les donnees").strip())),
    # 3. Tagalog's polite particle and English verb
    (re.compile(r"\bna-?delete\b"), "nabura"),
    (re.compile(r"(?<!\bbaka )(?<!\bhindi )(?<!\bhindi pa )\b(nabura|binura|natanggal|tinanggal|naalis|inalis) na (?:(namin|nila) )?ang (?:lahat ng )?"
                r"(?=(?:personal na )?(?:impormasyon|profile|listing|record|datos|data|detalye|tala)\b)"),
     lambda m: f"{m.group(1)} na {m.group(2) or 'namin'} ang "),
    # 6. a removal's effect told with a negation
    (re.compile(r"\b(?:trang|ho so|thong tin)? ?khong (?:the|con) (?:tim thay|xuat hien|truy cap)(?: \S+){0,4}? nua\b"), ""),
    (re.compile(r"(?:网页|網頁|页面|頁面|网站|網站)(?:已经|已經|已)(?:无法|無法|不能)(?:打开|開啟|打開|访问|訪問|搜索|搜尋|查到)"), ""),
    (re.compile(_ko(r"\ub354 \uc774\uc0c1 (?:\S+ ){0,3}?(?:\ud45c\uc2dc|\ub178\ucd9c|\uac80\uc0c9)\S* \uc54a\S*")), ""),
    (re.compile(r"\bو?لن (?:يظهر|تظهر)(?: \S+){0,4}? بعد الان\b"), ""),
    (re.compile(r"\b(?:y )?(?:desde (?:ese|aquel|este) dia )?ya no se (?:puede|pueden) (?:consultar|ver|abrir|encontrar)\b"), ""),
]
# a line break may fall anywhere in a construction: its spaces match any run of white space
_R50_RESTATE = [(re.compile("".join(part if part.startswith("(?<") else part.replace(" ", r"\s+")
                                     for part in re.split(r"(\(\?<!?[^)]*\))", rx.pattern))), to) for rx, to in _R50_RESTATE]
_R50_DOUBLE_NEGATION = re.compile("|".join(rx.pattern for rx, _ in _R50_RESTATE[:7]))
_R50_TL = re.compile(r"\b(?:namin|ninyo|inyong|iyong|ang|ng|na|sa)\b")
_R50_PO = re.compile(r"\b(?:po|ho)\b ?")
_R50_EFFECT_ONLY = (len(_R50_RESTATE) - 5, len(_R50_RESTATE))  # class 6: only beside a removal told
_R50_RULE = "confirmed: says the data was deleted, in a construction read again in its plain past form"


def _r50_restate(text: str) -> tuple[str, str]:
    """``text`` (folded) with every construction of classes 1 to 6 said in its plain past form, and the folded words
    restated ("" when none was). Class 6's effects are set aside only where a class 1-5 construction or a plain removal
    already stands in the text."""
    said: list[str] = []
    out = text
    if _R50_TL.search(out) and _R50_PO.search(out) and re.search(r"\b(?:na|nabura|natanggal|naalis|na-?delete|tinanggal|binura|inalis)\b", out):
        out = _R50_PO.sub("", out)
        said.append("po")
    for i, (rx, to) in enumerate(_R50_RESTATE):
        if _R50_EFFECT_ONLY[0] <= i < _R50_EFFECT_ONLY[1]:
            continue
        new = rx.sub(to, out)  # type: ignore[arg-type]
        if new != out:
            said.extend(_span(m.group(0)) for m in rx.finditer(out))
            out = new
    return out, " / ".join(said)


def _r50_effects(text: str) -> tuple[str, str]:
    said: list[str] = []
    for rx, to in _R50_RESTATE[_R50_EFFECT_ONLY[0]:_R50_EFFECT_ONLY[1]]:
        new = rx.sub(to, text)  # type: ignore[arg-type]
        if new != text:
            said.extend(_span(m.group(0)) for m in rx.finditer(text))
            text = new
    return text, " / ".join(said)


def _r50_with_text(msg: Incoming, restate: Callable[[str], str]) -> Incoming:
    """``msg`` with its subject, plain and HTML text folded and restated by ``restate`` (the rules fold again: a no-op)."""
    return replace(msg, subject=restate(fold(msg.subject)), text=restate(fold(msg.text)),
                   html_text=restate(fold(msg.html_text)) if msg.html_text else "")


_R50_THIN = 0.85  # a double negation or an effect set aside: read, and a person reads it too (below ACT_CONFIDENCE)
_classify_before_r50 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then reply pass 50 (branch r50)
    """As before (``_classify_before_r50``); then (reply pass 50) a reply read unsure, acknowledged, other or "no record"
    whose own words (``reply_text``) hold a construction of classes 1 to 5 is read again, whole, by the rules before this
    pass with each said in its plain past form (``_r50_restate``); failing that, with class 6's effects set aside too.
    The new reading is taken only when it is ``confirmed``; a double negation's or an effect's at most 0.85, so a person
    reads it. Never raises; the evidence names the restated words, then the words that read as the removal."""
    verdict = _classify_before_r50(msg)
    if verdict.kind not in ("unsure", "acknowledged", "other") and not (verdict.kind == "refused" and verdict.reason == "no record"):
        return verdict
    own, said = _r50_restate(reply_text(msg))
    again = _classify_before_r50(_r50_with_text(msg, lambda t: _r50_restate(t)[0])) if said else None
    thin = bool(_R50_DOUBLE_NEGATION.search(reply_text(msg)))
    if again is None or again.kind != "confirmed":
        _, effect = _r50_effects(own)
        if not effect:
            return verdict
        again = _classify_before_r50(_r50_with_text(msg, lambda t: _r50_effects(_r50_restate(t)[0])[0]))
        said, thin = " / ".join(x for x in (said, effect) if x), True
        if again.kind != "confirmed":
            return verdict
    return replace(again, rule=_R50_RULE, confidence=min(again.confidence, _R50_THIN) if thin else again.confidence,
                   evidence=f"{said} / {again.evidence}")


# ---- reply pass 51 (branch r51, 2026-12-03): the confirmations pass 50 left, as classes --------------------------------
# (tests/test_replies_pass51.py, wordings of our own; BENCHMARKS.md, "Reading replies, pass 51".) The development sets'
# lost confirmations left after pass 50, grouped by construction; each home widened where one exists, the rest said
# again in the plain past form the reader already reads and read again whole by every rule before (pass 50's way), so a
# future, a condition, a request for more, a part, another person, a sale opt-out, a hedge and our quoted letter keep
# their readings.
#
# 1. A team's answer attached whole under the desk's note that points to it: r41's ``_R41_TEAMS_ANSWER`` (its home)
#    widened to "see our records team's answer below", "our records team answered below", "le reenvío la respuesta que
#    nos dio el área de registros", "les reenvío la respuesta del equipo de …", "men repons ekip … a", "narito po ang
#    sagot ng aming team". The attached mail is still read only from the forwarder's own domain and never when it is
#    our letter (``_forwarded``).
_R41_TEAMS_ANSWER = _with(
    _R41_TEAMS_ANSWER,
    r"\b(?:see|find|read) (?:below )?(?:the |our )?(?:\S+ ){0,3}?(?:team|department|desk)'s (?:reply|answer|response|note)(?: below)?\b",
    r"\b(?:our|the) (?:\S+ ){0,2}?(?:team|department|desk) (?:has )?(?:answered|replied|responded) (?:you )?below\b",
    r"\b(?:le|les|te) reenvio (?:abajo )?la respuesta (?:que (?:nos )?(?:dio|envio|mando|dieron) |del |de la )(?:el |la |nuestro |nuestra )?(?:area|equipo|departamento|oficina)\b",
    r"\bmen repons (?:ekip|biwo|depatman|sevis)\b",
    r"\b(?:narito|heto|ito) (?:po )?ang sagot ng (?:aming|ating) (?:\S+ )?(?:team|departamento)\b",
)
# 6. An account, a subscription or a newsletter closed is no deletion of the person's data (the label rule: what the
#    person must do next is still to have the listing removed): ``_ACCOUNT_DONE`` (set V's class 2, its home) widened to
#    the Spanish "baja de su cuenta fue realizada", "su cuenta fue dada de baja", the Portuguese "baixa da conta", the
#    French "résiliation de votre compte / abonnement", and an account in ht, tl, vi, ko, zh and ar.
_ACCOUNT_DONE = _with(
    _ACCOUNT_DONE,
    r"\b(?:baja|cierre|cancelacion) de (?:la |su |tu )?(?:cuenta|suscripcion|membresia)\b",
    r"\b(?:cuenta|suscripcion|membresia)\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:fue|ha sido|quedo) dad[ao] de baja\b",
    r"\bbaixa da (?:sua |tua )?(?:conta|assinatura)\b", r"\b(?:assinatura)\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:foi) (?:\S+ )?(?:cancelad|encerrad)",
    r"\b(?:resiliation|desinscription) (?:de votre|du|de ton|de son) (?:compte|abonnement)\b",
    r"\b(?:compte|abonnement)\b(?:[^.;!?]|\.(?=\S)){0,60}\b(?:a ete|est) (?:\S+ )?(?:resilie|annule)",
    r"\bkont (?:ou|li|kliyan ou) (?:a )?(?:te )?(?:efase|femen|siprime|anile)\b",
    r"\b(?:account|akawnt)(?: (?:ninyo|mo|niya|nila|ng inyong kliyente))?\b(?:[^.;!?]){0,40}\b(?:nabura|natanggal|na-?delete|isinara)\b",
    r"\b(?:nabura|natanggal|na-?delete|isinara|tinanggal)(?: na)?(?: po)?(?: namin)? (?:ang )?(?:account|akawnt)\b",
    r"\btai khoan\b", _ko("\uacc4\uc815"), r"(?:账户|帳戶|账号|帳號)", r"حساب",  # vi, ko 계정, zh, ar: an account
)
# Reply pass 53: an account deleted or closed in Danish ("brugerkonto … slettet"), Czech ("uživatelský účet byl
# smazán"), Hungarian ("felhasználói fiókját töröltük") and Finnish ("käyttäjätilisi on poistettu").
_ACCOUNT_DONE = _with(
    _ACCOUNT_DONE,
    r"\b(?:bruger)?konto\w*\b(?:[^.;!?]){0,60}\b(?:slettet|lukket|opsagt|deaktiveret|fjernet)\b",
    r"\b(?:slettet|lukket|opsagt|deaktiveret)\b(?:[^.;!?]){0,60}\b(?:bruger)?konto\w*",
    r"\b(?:ucet|uctu|ucty)\b(?:[^.;!?]){0,60}\b(?:zrusen|smazan|odstranen|deaktivovan|vymazan)\w*",
    r"\b(?:zrusili|smazali|odstranili|vymazali)\b(?:[^.;!?]){0,60}\b(?:ucet|uctu)\b",
    r"\bfiok\w*\b(?:[^.;!?]){0,60}\b(?:toroltuk|megszuntettuk|torolve|megszunt|torlesre kerult)\w*",
    r"\b(?:toroltuk|megszuntettuk)\b(?:[^.;!?]){0,60}\bfiok\w*",
    r"\b(?:kayttajatili|tili)\w*\b(?:[^.;!?]){0,60}\b(?:poistettu|suljettu|lakkautettu)\b", r"\b(?:poistimme|suljimme|lakkautimme)\b(?:[^.;!?]){0,60}\b(?:kayttajatili|tili)\w*",
)
_ACCOUNT_DONE = _with(  # reply pass 54: a user account deleted in Spanish and Portuguese ("hemos eliminado su cuenta de usuario",
    # "sua conta foi excluída"), never "tener en cuenta" / "levar em conta" (take into account)
    _ACCOUNT_DONE, r"\b(?:eliminad[oa]|eliminamos|borrad[oa]|borramos|suprimid[oa]|suprimimos|cerrad[oa]|cerramos) (?:\S+ ){0,2}?(?<!\ben )cuenta\b",
    r"(?<!\ben )\bcuenta (?:de usuario )?(?:\S+ ){0,3}?(?:fue|ha sido|esta) (?:eliminad|borrad|suprimid|cerrad)\w*",
    r"\b(?:excluid[oa]|excluimos|apagad[oa]|apagamos|encerrad[oa]|encerramos|eliminad[oa]|eliminamos) (?:\S+ ){0,2}?(?<!\bem )(?<!\bpor )conta\b",
    r"(?<!\bem )(?<!\bpor )\bconta (?:de usuario )?(?:\S+ ){0,3}?(?:foi|esta) (?:excluid|apagad|encerrad|eliminad)\w*",
)
_ACCOUNT_DONE = _with(  # reply pass 54: Norwegian ("brukerkontoen din er slettet", "vi har stengt kontoen")
    _ACCOUNT_DONE, r"\b(?:bruker)?konto\w*\b(?:[^.;!?]){0,60}\b(?:slettet|stengt|avsluttet|deaktivert|fjernet)\b",
    r"\b(?:slettet|stengt|avsluttet|deaktivert)\b(?:[^.;!?]){0,60}\b(?:bruker)?konto\w*",
)


_R51_NOT = _R50_NOT + r"(?<!\bnao )(?<!\bhindi )(?<!\bpa )"
#: (pattern, replacement) on folded text: classes 3 to 5 said in the plain past form.
_R51_RESTATE: list[tuple[re.Pattern[str], str]] = [
    # 3. broken English, machine translation: "is delete already finish", "have remove your informations", "already delete the"
    (re.compile(_R51_NOT + r"\b(?:is|are|was|were) (?:already )?(delete|remove|erase)d? (?:already(?: (?:finish(?:ed)?|done|complete))?|finish(?:ed)?|done|complete)\b"),
     r"has been \1d"),
    (re.compile(_R51_NOT + r"\b(we|i) (?:have |has )?(?:already )?(delete|remove|erase) (?=(?:the|your|her|his|their|this|all|all of)\b)"), r"\1 have \2d "),
    (re.compile(r"\binformations\b"), "information"),
    # the removal's effect and a courtesy told with a negation: "(the page) cannot search any more", "please not worry"
    (re.compile(r",?\s*(?:and )?(?:(?:the|this) (?:page|profile)(?: of this person)? |it )?(?:cannot|can not|can't) (?:be )?(?:search|find|found|see|seen|open)(?:ed)? any ?more\b"), ""),
    (re.compile(r",?\s*(?:please )?(?:do )?(?:not|don't|dont) (?:need to )?worry\b"), ""),
    # "your client's profile is gone", "profile's gone": a removal told as a state now
    (re.compile(_R51_NOT + r"\b(profile|listing|record|page|entry|data|information)(?:'s| is| are| has| have)(?: now| already| been){0,2} gone\b(?!\?)"),
     r"\1 has been removed"),
    # (not "we matched and deleted": review 37 withdrew it, tests/test_replies_pass36.py holds it lost, strict)
    # Spanish: "borramos hoy el perfil" (an adverb between), "y los borramos" (a clitic object), "el profile" (Spanglish)
    (re.compile(_R51_NOT + r"\b(borramos|eliminamos|suprimimos|quitamos) (?:hoy|ayer|ya|esta manana|esta tarde|anoche) (?=(?:el|la|los|las|su|sus|todo|toda|todos|todas)\b)"),
     r"\1 "),
    (re.compile(r"(?<!\bno )(?<!\bsi )(?<!\bcuando )\b(?:los|las) (borramos|eliminamos|suprimimos)\b"), r"\1 los registros"),
    (re.compile(r"\b(el|su) profile\b"), r"\1 perfil"),
    # the Spanish effect "ya no sale en el buscador" (it no longer shows in the search), as pass 50's "ya no se puede consultar"
    (re.compile(r"\b(?:y )?ya no (?:sale|aparece|se muestra|se ve) en (?:el|los|nuestro|nuestros|la|nuestra) (?:buscador|resultados|sitio|directorio|pagina|busqueda)\w*"), ""),
    # 4. Tagalog: "natanggal na (po) ang listing", "nabura na po namin ang lahat ng personal na impormasyon", "personal information"
    (re.compile(r"(?<!\bbaka )(?<!\bhindi )(?<!\bpa )(?<!\bkapag )(?<!\bkung )\b(nabura|binura|natanggal|tinanggal|inalis|naalis|na-?delete) na (?:rin )?(?:po )?(?:(namin|nila) )?ang (?:lahat ng )?"
                r"(?:personal na |personal )?(?:impormasyon|information|info)\b"), r"\1 na namin ang impormasyon"),
    (re.compile(r"(?<!\bbaka )(?<!\bhindi )(?<!\bpa )(?<!\bkapag )(?<!\bkung )\b(nabura|binura|natanggal|tinanggal|inalis|naalis|na-?delete) na (?:rin )?(?:po )?(?:(namin|nila) )?ang "
                r"(?:(?:kanyang|kaniyang|inyong|iyong) )?(profile|listing|record|datos|data|detalye|tala)\b"), r"\1 na namin ang \3"),
]
#: A removal's effect told with a negation, set aside once a removal is told: Tagalog "(at) hindi na ito lalabas (sa
#: search)" (it no longer appears), "hindi na ito makikita": a perfective removal before it makes it a fact, never a promise.
_R51_TL_EFFECT = re.compile(r"\b(?:at )?hindi na (?:ito|iyon|siya|sila|ito po) (?:lalabas|makikita|lilitaw|mahahanap)\b(?: sa (?:\S+ ){0,2}?\S+)?")
_R51_TL_DONE = re.compile(r"(?<!\bbaka )(?<!\bhindi )(?<!\bkapag )(?<!\bkung )\b(?:nabura|binura|natanggal|tinanggal|inalis|naalis|na-?delete) na\b")
_R51_RESTATE = [(re.compile("".join(part if part.startswith("(?<") else part.replace(" ", r"\s+")
                                     for part in re.split(r"(\(\?<!?[^)]*\))", rx.pattern))), to) for rx, to in _R51_RESTATE]
_R51_IN_FORWARD = " (in the mail the person forwarded)"
_R51_RULE = "confirmed: says the data was deleted, in a construction read again in its plain past form (pass 51)"


def _r51_restate(text: str) -> tuple[str, str]:
    """``text`` (folded) with classes 3 to 5 said in their plain past form, and the folded words restated ("" when none)."""
    said: list[str] = []
    for rx, to in _R51_RESTATE:
        new = rx.sub(to, text)
        if new != text:
            said.extend(_span(m.group(0)) for m in rx.finditer(text))
            text = new
    if _R51_TL_DONE.search(text) and (m := _R51_TL_EFFECT.search(text)):
        said.append(_span(m.group(0)))
        text = _R51_TL_EFFECT.sub("", text)
    return text, " / ".join(said)


# 2. A bare "Done." as the whole answer in the thread of our deletion request (a reply's subject, our letter quoted under
#    it asking for the deletion): the request done. Only the word alone (a phone's signature and a short name after it
#    allowed), never with a question mark, a negation or anything more; at 0.85, so a person reads it too.
_R51_BARE_DONE = re.compile(
    r"^(?:ok[,.]? )?(?:done|all done|it'?s done|hecho|listo|listo,? ya|ya esta|ya quedo|feito|pronto|ja foi feito|fait|c'est fait|fe li|fini|fet|"
    r"tapos na(?: po)?|done na(?: po)?|đa xong|da xong|완료(?:했습니다|되었습니다)?|처리 완료|已完成|已办理|تم|تم ذلك)[ .!]*$")
_R51_SIGNATURE = re.compile(r"^(?:sent from my|enviado desde mi|enviado do meu|envoye de mon|get outlook|obtener outlook|-+ ?\S*$|[a-z.]{1,20}$|\S+ (?:team|privacy|support)$)")
_R51_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|rv|sv|res|r|ref)\s*:", re.IGNORECASE)
_R51_OUR_ASK = re.compile(r"\b(?:delete|deletion|remove|removal|erase|opt-?out|eliminar|eliminacion|borrar|suprimir|supresion|baja|excluir|exclusao|apagar|"
                          r"supprimer|suppression|efase|retire|burahin|alisin|xoa|삭제|删除|刪除|حذف)\b")
_R51_BARE_RULE = "confirmed: a bare 'done' as the whole answer to our deletion request, in its thread"


def _r51_bare_done(msg: Incoming) -> Classification | None:
    body = reply_text(msg).partition("\n")[2]
    lines = [" ".join(x.split()) for x in body.splitlines() if x.strip()]
    if not lines or not _R51_BARE_DONE.match(lines[0]) or not all(_R51_SIGNATURE.match(x) for x in lines[1:3]) or len(lines) > 3:
        return None
    if not _R51_REPLY_SUBJECT.match(msg.subject) or not _R51_OUR_ASK.search(_thread_text(msg).partition("\n")[2]):
        return None
    return Classification("confirmed", _R51_BARE_RULE, confidence=_R50_THIN, evidence=_span(lines[0]))


# 7. A removal told beside a relisting warning ("we removed your listing; note that public records may create a new one
#    in future", "si en el futuro se publican nuevos registros públicos … podría crearse un perfil nuevo", "registros
#    podem reaparecer se surgirem novos registros públicos", "des registres publics pourraient en créer une nouvelle"):
#    the warning's "public records" read as a refusal ("publicly available") or an exempt part. The warning is a
#    possible future, with a modal verb ("may", "podría", "podem", "pourraient", "ka"), never a relisting done
#    (``_UNDONE``'s): its sentence (and a following "in that case, write to us again") is set aside, the reply read
#    again whole, and a removal then read is confirmed with the warning named in its rule and evidence, as a note.
_R51_RELIST_WARN = re.compile("|".join(x.replace(" ", r"\s+") for x in (
    r"\b(?:may|might|could|can) (?:\S+ ){0,3}?(?:reappear|appear again|be re-?(?:created|listed|added|published)|create (?:a )?new (?:one|listing|profile|record)|show up again)\b",
    r"\b(?:a )?new (?:listing|profile|record|page) (?:may|might|could|can) (?:be created|appear|be published)\b",
    r"\b(?:podria|podrian|pueden|puede) (?:\S+ ){0,3}?(?:volver a aparecer|reaparecer|crearse|crear uno nuevo|aparecer un (?:perfil )?nuevo|generarse)\b",
    r"\b(?:podem|pode|poderia|poderiam|poderao) (?:\S+ ){0,3}?(?:reaparecer|voltar a aparecer|criar um novo|ser criad[oa]s? (?:de novo|novamente)|surgir um novo)\b",
    r"\b(?:pourrai(?:en)?t|peu(?:ven)?t) (?:\S+ ){0,3}?(?:reapparaitre|en creer une nouvelle|creer une nouvelle|etre recreee?s?)\b",
    r"\bka (?:\S+ ){0,2}?(?:kreye yon lot|paret anko)\b",
)))
_R51_NOTE_BEFORE = re.compile(r"(?<=[.!?\n])\s*(?:please note|note that|tenga en cuenta que|observe que|note que|veuillez noter que|notez que)\b[^.!?]{0,120}?"
                              r"\b(?:public (?:records|sources)|fuentes publicas|registros publicos|fontes publicas|sources publiques|registres publics)\b[^.!?]*[.!?]\s*$")
_R51_THEN = re.compile(r"\A\s*(?:in that case|if so|if that happens|en ese caso|si eso ocurre|nesse caso|neste caso|dans ce cas|nan ka sa a)\b[^.!?]*[.!?]?")


def _r51_without_warning(text: str) -> tuple[str, str]:
    """``text`` (folded) with each relisting warning's sentence set aside (and a following "in that case …"), and the
    warnings' words ("" when none)."""
    said: list[str] = []
    while (m := _R51_RELIST_WARN.search(text)):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?;") + 1
        if "\n" in text[start:m.start()] and re.search(r"\n\s*\n", text[start:m.start()]):
            start = [x.end() for x in re.finditer(r"\n\s*\n", text[start:m.start()])][-1] + start
        end = len(text)
        for c in ".!?":
            i = text.find(c, m.end())
            if i != -1:
                end = min(end, i + 1)
        if (then := _R51_THEN.match(text, end)):
            end = then.end()
        if (before := _R51_NOTE_BEFORE.search(text, 0, start)) and not _R51_NOTE_BEFORE.search(text, before.end(), start):
            start = before.start()  # "Note that our site is compiled from public sources." just before it: the warning's
        said.append(_span(m.group(0)))
        text = text[:start] + " " + text[end:]
    return text, " / ".join(said)


# 1b. The team's answer below an "-----Original Message-----" header in the text (not attached, not ">"-quoted), under
#     the desk's note that points to it ("Please see our records team's answer below.", "Vea abajo la respuesta de
#     nuestro equipo"): read, as r23's "see below" reads an "On … wrote:" quote, only when the header's sender is of the
#     broker's own domain and none of the reply's recipients, and the text below holds no letter of ours (an OPT- token).
_R51_ORIGINAL = re.compile(r"^\s*-{2,} ?(?:original message|mensaje original|mensagem original|message d'origine|message original|mesaj orijinal) ?-{2,}\s*$")
_R51_HEADER = re.compile(r"^\s*(?:from|de|von|sent|enviado|envoye|to|para|a|cc|subject|asunto|assunto|objet|date|fecha|data)\s*:", re.IGNORECASE)
_R51_SENDER = re.compile(r"^\s*(?:from|de|von)\s*:.*?<?(?P<addr>[^\s<>@]+@(?P<domain>[^\s<>@]+?))>?\s*$", re.IGNORECASE)


def _r51_inline_answer(msg: Incoming) -> Incoming | None:
    lines = msg.text.splitlines()
    folded = fold(msg.text).splitlines()
    head = next((i for i, line in enumerate(folded) if _R51_ORIGINAL.match(line)), None)
    if head is None:
        return None
    own = " ".join(" ".join(folded[:head]).split())
    if len(own) > _SEE_BELOW_OWN_MAX or not (_SEE_BELOW.search(own) or _R41_TEAMS_ANSWER.search(own)):
        return None
    i, sender = head + 1, None
    while i < len(lines) and _R51_HEADER.match(lines[i]):
        sender = sender or _R51_SENDER.match(lines[i])
        i += 1
    if sender is None:
        return None
    addr, domain = sender.group("addr").lower(), sender.group("domain").lower()
    answer = "\n".join(re.sub(r"^\s*> ?", "", x) for x in lines[i:])
    if not answer.strip() or _OUR_TOKEN.search(answer) or _R51_ORIGINAL.search(fold(answer)) or addr in msg.to \
            or domain in {a.rpartition("@")[2] for a in msg.to}:
        return None  # our own letter quoted, or more history below it
    if not msg.from_domain or domain.split(".")[0] not in msg.from_domain.split("."):
        return None  # someone else's mail, not the broker's answer
    return replace(msg, subject="", text=answer, html_text="")


_R51_INLINE = " (in the broker's own answer below 'Original Message')"
_R51_WARN_RULE = "confirmed: says the data was deleted; a relisting warning (a possible new listing later) kept as a note"
_classify_before_r51 = classify


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, then reply pass 51 (branch r51)
    """As before (``_classify_before_r51``); then (reply pass 51) a bare "done" in the thread of our request is confirmed
    (0.85, class 2), and a reply read unsure, acknowledged or other whose own words hold a construction of classes 3 to 5
    is read again, whole, with each said in its plain past form (``_r51_restate``); the new reading is taken only when
    it is ``confirmed``. Never raises; the evidence names the restated words, then the words that read as the removal."""
    verdict = _classify_before_r51(msg)
    if verdict.kind == "other" and (bare := _r51_bare_done(msg)):
        return bare
    if verdict.kind == "other" and (inner := _r51_inline_answer(msg)) is not None:
        c = classify(inner)
        if c.kind not in ("other", "verify_link"):  # a link is opened only on the reader's own rules, never from history
            sure = min(c.confidence, THIN_OTHER) if c.kind in ("confirmed", "verify_link") else c.confidence
            return replace(c, rule=c.rule + _R51_INLINE, confidence=sure)
    if verdict.kind in ("unsure", "refused", "other") and _R51_RELIST_WARN.search(" ".join(reply_text(msg).split())):
        again = _classify_before_r51(_r50_with_text(msg, lambda t: _r51_restate(_r51_without_warning(t)[0])[0]))
        if again.kind == "confirmed":
            return replace(again, rule=_R51_WARN_RULE, evidence=f"{again.evidence} / note: {_r51_without_warning(reply_text(msg))[1]}")
    if verdict.kind not in ("unsure", "acknowledged", "other"):
        return verdict
    # an answer read in the mail forwarded whole (``_forwarded``) is restated there, pass 50's constructions with ours; a
    # person reads it (``THIN_OTHER``), as every forwarded reading
    target, where = msg, ""
    if verdict.rule.endswith(_R51_IN_FORWARD) and (inner := _forwarded(msg)) is not None:
        target, where = inner, _R51_IN_FORWARD

    def restate(t: str) -> str:
        return _r51_restate(_r50_restate(t)[0] if where else t)[0]

    _, said = _r51_restate(_r50_restate(reply_text(target))[0] if where else reply_text(target))
    if not said:
        return verdict
    again = _classify_before_r51(_r50_with_text(target, restate))
    if again.kind != "confirmed":
        return verdict
    return replace(again, rule=_R51_RULE + where, confidence=min(again.confidence, THIN_OTHER) if where else again.confidence,
                   evidence=f"{said} / {again.evidence}")


_classify_unbounded = classify
#: The note a reading carries when the mail's own words ran past ``READ_LIMIT`` (reply pass 54).
_LONG_NOTE = " (only the first part of a very long mail was read: a person reads the rest)"


def classify(msg: Incoming) -> Classification:  # noqa: F811 - the reading as before, of the mail bounded (reply pass 54)
    """As before (``_classify_unbounded``), of the mail as the rules read it (``_bounded``: at most ``READ_LIMIT``
    characters of the body and of the HTML alternative, each word at most ``WORD_READ_LIMIT``), so that a hostile or
    broken mail is read in about a second, not in minutes. When the body ran past the limit with no quoted letter
    begun in the part read, words past it went unread: a ``confirmed`` or ``verify_link`` reading then carries at most
    ``THIN_OTHER`` (a person reads the mail) and says so in its rule. Never raises."""
    bounded, cut = _bounded(msg)
    verdict = _classify_unbounded(bounded)
    if cut and verdict.kind in ("confirmed", "verify_link") and not _QUOTE_START.search(fold(bounded.text)):
        return replace(verdict, rule=verdict.rule + _LONG_NOTE, confidence=min(verdict.confidence, THIN_OTHER))
    return verdict


# ---- reply pass 55 (branch r55, 2026-12-04): pass 54's leftovers, as classes ----------------------------------------------
# 1. "… apagados e já não constam da nossa base, nem dos nossos parceiros": a deletion, then the data said no longer to be
#    in the broker's database, nor with its partners. The "já não" / "noch" / "niet meer" / "nem" of that tail read as a
#    negation of the deletion (``_NOT_DONE``), so the reply read unsure (pt, de, nl; es, fr, it and en read it already).
#    Beside a deletion said in its sentence (``_confirmed`` drops ``_NO_LONGER_SHARED`` only then) the tail is the success
#    itself, as "no longer shared with third parties" is; alone it stays what it was (other: a person reads it). Only
#    "no longer" shapes: "still in our partners' databases", "but not from our partners" are left as they are read.
_R55_HELD = r"(?:base|bases|banco|bancos|database|databases|databank\w*|datenbank\w*|sistem\w*|system\w*|registr\w*|regist[oe]s?|arquiv\w*|archiv\w*|fichier\w*|ficheir\w*|fichero\w*|files?|records|bestand\w*|kartei\w*|administratie|cadastro\w*|databas\w*)"
_R55_PARTNERS = r"(?:parceir\w*|terceir\w*|socios|terceros|partenaires|tiers|partner\w*|terzi|dritte\w*|derden|third parties|affiliat\w*|afiliad\w*|clientes|clients|kunden|klanten|fornecedores|proveedores|prestataires|fornitori|vendors|samarbeidspartner\w*|samarbejdspartner\w*)"
_R55_NOR = rf"(?:,? (?:nem|e nem|ni|y tampoco|ni en|et pas|ne|e nemmeno|neppure|noch|nor|or|and not|en ook niet|heller ikke|inte heller|eller) (?:\S+ ){{0,6}}?{_R55_PARTNERS}\b(?:'s?)?(?: (?:\S+ )?(?:bases?|databases?|sistemas?|systems?|datenbank\w*|de dados|de datos|de donnees))?)?"
_R55_NO_LONGER_HELD = (
    rf"\b(?:ja nao (?:constam|consta|estao|esta|figuram|figura|existem|existe|se encontram|se encontra)|nao (?:constam|consta|estao|esta|figuram|figura|existem|existe|se encontram|se encontra) mais) (?:\S+ ){{0,6}}?{_R55_HELD}\b(?: de dados)?{_R55_NOR}",
    rf"\b(?:ya no (?:constan|consta|figuran|figura|estan|esta|existen|existe|se encuentran|se encuentra)|no (?:constan|consta|figuran|figura|estan|esta) ya) (?:\S+ ){{0,6}}?{_R55_HELD}\b(?: de datos)?{_R55_NOR}",
    rf"\bn(?:e |')(?:figurent|figure|sont|est|apparaissent|apparait|existent|existe) plus (?:\S+ ){{0,6}}?{_R55_HELD}\b(?: de donnees)?{_R55_NOR}",
    rf"\bnon (?:sono|e|risultano|risulta|figurano|figura|compaiono|compare) piu (?:\S+ ){{0,6}}?{_R55_HELD}\b{_R55_NOR}",
    rf"\b(?:sind|ist|befinden sich|liegen) (?:sie |diese |die daten )?(?:weder|nicht mehr|auch nicht mehr) (?:\S+ ){{0,5}}?{_R55_HELD}\b{_R55_NOR}(?: mehr)?(?: (?:vorhanden|gespeichert|enthalten|verzeichnet|erfasst))?",
    rf"\b(?:is|are) no longer (?:\S+ ){{0,2}}?(?:in|on|within) (?:\S+ ){{0,4}}?{_R55_HELD}\b{_R55_NOR}",
    rf"\b(?:staan|staat|zijn|is|bevinden zich) (?:ze |deze )?niet (?:meer|langer) (?:\S+ ){{0,5}}?{_R55_HELD}\b{_R55_NOR}",
    rf"\b(?:finnes|fins|findes|finns|ligger) (?:ikke|inte) (?:lenger|længere|laengere|langre|langer) (?:\S+ ){{0,5}}?{_R55_HELD}\b{_R55_NOR}",
)
_NO_LONGER_SHARED = _with(_NO_LONGER_SHARED, *_R55_NO_LONGER_HELD)
#: Norwegian, Danish and Swedish deletion verbs: a sentence that says them says a deletion (``_NO_LONGER_SHARED`` above)
_DELETION_SAID = re.compile(_DELETION_SAID.pattern + r"|slettet|slettede|raderat|raderats|tagit bort|tagits bort|avlagsnat")

# 2. A Norwegian, Danish or Swedish closure on its own ("Saken er avsluttet", "Sagen er lukket", "Ärendet är avslutat"):
#    a request closed with no word of what was done reads unsure, as English "your request has been closed" does (it read
#    other); "… uten videre tiltak" / "uden yderligere handling" / "utan vidare åtgärd" is closed without action (refused,
#    ``_NOTHING_DONE``). And the person deleted from the broker's registers ("Vi har slettet deg fra våre registre", "Vi
#    har slettet dig fra vores register", "Vi har tagit bort dig ur vårt register"): a deletion done, read in part (0.85,
#    a person reads it); never from a mailing list (``_LIST_ONLY``), never negated, future or conditional (the rules
#    Danish, Norwegian and Swedish are read with).
_R55_NORDIC_CASE = (r"(?:saken|saka|henvendelsen|foresporselen|forespørselen|anmodningen|begjæringen|begjaeringen|sagen|forespørgslen|foresporgslen"
                    r"|arendet|begaran|din begaran|forfragan|klagen|klagomalet)")
_CLOSED = _with(
    _CLOSED,
    rf"\b{_R55_NORDIC_CASE}(?: (?:din|deres|dit|jeres|ditt|er))?(?: {_CLOSED_NUM}| \([^()]{{1,40}}\))? (?:er|ble|blev|har blitt|er blevet|ar|har) (?:na |nu |derfor |hermed )?(?:avsluttet|avslutta|lukket|afsluttet|avslutat|avslutats|stangt|stangts)\b",
    r"\bvi har (?:na |nu |derfor |hermed )?(?:avsluttet|lukket|afsluttet|avslutat|stangt) (?:\S+ )?(?:saken|sagen|arendet|henvendelsen|anmodningen|begaran|forespørselen|foresporselen)\b",
)
_NOTHING_DONE = _with(
    _NOTHING_DONE, r"\buten (?:videre |ytterligere )?(?:tiltak|handling|endringer|behandling)\b",
    r"\buden (?:yderligere |videre )?(?:handling|tiltag|ændringer|aendringer|behandling)\b", r"\butan (?:vidare |ytterligare )?(?:atgard|atgarder|andringar|handlaggning)\b",
)
_R55_NORDIC_YOU_DELETED = (
    r"\bvi har (?:na |nu |herved |hermed |derfor |allerede )?(?:slettet|fjernet) (?:deg|dig|dere|jer|henne|ham|klienten) (?:helt )?(?:fra|fra alle|fra samtlige) (?:\S+ ){0,2}?(?:registre|register|registeret|registrene|registrer|registret|database\w*|databaser|system\w*|kartotek\w*|kunderegister\w*|oversikt\w*)\b",
    r"\bvi har (?:nu )?(?:raderat|tagit bort|avlagsnat) (?:dig|er|henne|honom|klienten) (?:helt )?(?:ur|fran|fran alla) (?:\S+ ){0,2}?(?:register|registret|registren|databas\w*|system\w*|kundregist\w*)\b",
)
_CONFIRMED = _with(_CONFIRMED, *_R55_NORDIC_YOU_DELETED)

# 3. Refusals on the merits in the words of ARCO, habeas data and the GDPR ("su solicitud de cancelación resulta
#    improcedente, ya que los datos son necesarios para cumplir obligaciones legales", "la supresión solicitada no
#    procede", "we deny it, as the data remains necessary for our legitimate business purposes", "our editorial policy is
#    not to remove accurate news reports") read other: a refusal, with its reason when it names one (a duty to keep,
#    a legitimate purpose, journalism: ``exempt``), else ``declined``. And an agent refused in other words ("solo podemos
#    atender solicitudes hechas directamente por la persona titular", "no atendemos solicitudes remitidas por terceros",
#    "we do not accept requests from lawyers or clinics", "nou pa aksepte demann ki soti nan yon lòt moun"). Each through
#    ``_refusal``, so a question, a condition or a pending step is no refusal, and a part done beside an exemption is
#    unsure as before.
_R55_REFUSED: dict[str, tuple[str, ...]] = {
    "exempt": (
        r"\b(?:datos|informacion) (?:\S+ ){0,3}(?:son|resultan|siguen siendo) necesari[oa]s para (?:cumplir|atender) (?:\S+ ){0,3}obligaciones\b",
        r"\bdeber (?:legal|contractual)(?: y (?:legal|contractual))? de (?:permanecer|conservar|mantener)\b",
        r"\b(?:dados|informacoes) (?:\S+ ){0,3}(?:sao|permanecem|continuam) necessari[oa]s para (?:o )?cumprimento de (?:\S+ )?obrigac\w*",
        r"\bdever (?:legal|contratual) de (?:permanecer|conservar|manter)\b",
        r"\b(?:remains?|is|are|continues? to be) necessary for (?:our |its |their )?(?:legitimate|compelling|legal) (?:business )?(?:purposes|interests|obligations)\b",
        r"\b(?:editorial )?(?:policy|practice) is not to (?:remove|delete|unpublish|take down)(?: or (?:anonymi[sz]e|alter|edit))? (?:accurate|lawful|published|true) (?:\S+ )?(?:reports|articles|stories)\b",
        r"\b(?:restent|sont|demeurent) necessaires (?:au respect de|pour respecter|a l'execution de) (?:\S+ ){0,2}obligations?\b",
    ),
    "agent not authorised": (
        r"\bsolo (?:podemos atender|atendemos|aceptamos|tramitamos|procesamos) (?:las )?solicitudes (?:\S+ ){0,2}(?:hechas|presentadas|realizadas|enviadas|formuladas) directamente por (?:la persona |el |la )?(?:titular|interesad[oa]|consumidor)\b",
        r"\bno (?:aceptamos|atendemos|tramitamos|procesamos|admitimos) (?:\S+ ){0,2}solicitudes (?:\S+ ){0,3}?(?:de|por|hechas por|presentadas por|enviadas por|remitidas por|realizadas por|formuladas por) (?:\S+ )?(?:abogad\w*|clinicas?|gestor\w*|apoderad\w*|despachos?|terceros|representantes|agentes)\b",
        r"\bnao (?:aceitamos|atendemos|processamos) (?:\S+ ){0,2}(?:solicitacoes|pedidos) (?:\S+ ){0,3}?(?:de|por|feit[oa]s por|enviad[oa]s por|encaminhad[oa]s por) (?:\S+ )?(?:advogad\w*|clinicas?|procurador\w*|terceiros|representantes)\b",
        r"\bonly (?:accept|process|honou?r|act on) requests (?:\S+ ){0,2}(?:made|submitted|sent) (?:directly )?by the (?:consumer|data subject|person|individual)\b",
        r"\b(?:do not|don't|cannot|can't|will not|won't) (?:accept|process|take|honou?r) requests (?:\S+ ){0,2}from (?:\S+ )?(?:lawyers|attorneys|law firms|clinics|legal aid|representatives)\b",
        r"\bn'accept(?:ons|e) pas (?:\S+ ){0,2}demandes (?:\S+ ){0,3}?(?:d'|de |par )(?:\S+ )?(?:avocats?|cliniques?|tiers|mandataires|representants)\b",
        r"\bnou pa (?:aksepte|trete|pran) demann (?:ki )?(?:soti nan|fet pa|fe pa|voye pa) (?:yon )?(?:lot|lòt) moun\b",
    ),
    "declined": (
        r"\b(?:resulta|es|se considera|fue declarada|ha sido declarada) improcedente\b",
        r"\b(?:supresion|cancelacion|eliminacion|solicitud|oposicion)(?: solicitada)? no procede\b(?=\s*(?:[.,;:]|$|toda vez|ya que|porque|por cuanto|dado que|puesto que|pois|uma vez que|dado que|visto que|ja que))",
        r"\b(?:e|foi considerad[oa]|e considerad[oa]) improcedente\b", r"\b(?:exclusao|eliminacao|solicitacao|pedido)(?: solicitad[oa])? nao procede\b(?=\s*(?:[.,;:]|$|toda vez|ya que|porque|por cuanto|dado que|puesto que|pois|uma vez que|dado que|visto que|ja que))",
        r"\bwe (?:must |have to )?(?:deny|reject) (?:it|your request|the request|this request|your client's request)\b",
        r"\b(?:votre demande|la demande|cette demande) (?:est|a ete jugee|a ete declaree) (?:irrecevable|infondee|non fondee)\b",
    ),
}
# 7. A deletion beside data kept for a legal reason the reader did not know ("we have deleted your profile, but we keep
#    your name and address for legal reasons", "your contact details are retained for seven years under tax law", "Ihre
#    Anschrift bewahren wir aus steuerrechtlichen Gründen auf", "a exclusão não procede para os dados fiscais, que
#    mantemos") read confirmed at 0.95: a part kept is no full confirmation. Read as an exemption (``exempt``), the rules
#    above make it what it is: the identifying data kept (refused, ``_kept_identifying``) or a part done beside a part
#    exempt (unsure).
_R55_KEPT_FOR_LAW = (
    r"\b(?:keep|retain|hold|store|preserve)s? (?:\S+ ){0,6}?(?:for|due to|because of|under) (?:\S+ ){0,2}(?:legal|tax|accounting|regulatory|statutory|compliance) (?:reasons|purposes|obligations|requirements|law|laws)\b",
    r"\b(?:are|is|will be|remain|remains|must be) (?:retained|kept|stored|preserved) (?:\S+ ){0,6}?(?:under|for|due to|because of) (?:\S+ ){0,2}(?:tax|legal|accounting|regulatory|statutory) (?:law|laws|reasons|purposes|obligations|requirements)\b",
    r"\b(?:bewahren|speichern|behalten) (?:wir )?(?:\S+ ){0,8}?aus (?:\S+ )?(?:steuerrechtlichen|handelsrechtlichen|gesetzlichen|rechtlichen|buchhalterischen) grunden\b",
    r"\b(?:gesetzlichen|steuerrechtlichen|handelsrechtlichen) aufbewahrungs(?:pflicht|frist)\w*",
    r"\b(?:dados|informacoes) fiscais,? (?:\S+ ){0,3}(?:que )?(?:mantemos|conservamos|guardamos)\b",
    r"\b(?:mantemos|conservamos|guardamos) (?:\S+ ){0,6}?(?:por|para cumprir|em cumprimento de) (?:\S+ )?(?:obrigac\w* (?:legal|legais|fiscal|fiscais)|motivos (?:legais|fiscais))\b",
    r"\b(?:conservamos|mantenemos|guardamos) (?:\S+ ){0,6}?por (?:motivos|razones) (?:legales|fiscales|contables)\b",
    r"\b(?:conservons|gardons) (?:\S+ ){0,6}?pour des (?:raisons|motifs) (?:legales|fiscales|comptables|juridiques)\b",
    r"\b(?:conserviamo|manteniamo) (?:\S+ ){0,6}?per (?:motivi|ragioni) (?:legali|fiscali|contabili)\b",
    r"\b(?:bewaren|behouden) (?:we |wij )?(?:\S+ ){0,6}?(?:wettelijke|fiscale) (?:bewaarplicht|bewaartermijn|verplichting\w*|redenen)\b",
)
_R55_REFUSED["exempt"] = (*_R55_REFUSED["exempt"], *_R55_KEPT_FOR_LAW)
_REFUSED = [(reason, _with(rx, *_R55_REFUSED[reason])) if reason in _R55_REFUSED else (reason, rx) for reason, rx in _REFUSED]

# 4. "Which one?": several records match and the broker asks which is the client's ("which one? there's 2 with that
#    name", "¿cuál de ellos es el de su clienta?", "ki youn ki pou kliyan ou an?", "so we can identify the correct
#    record") read other: what the clinic must do next is tell them (needs_info, ``_WHICH``; read only when no
#    confirmation is).
_WHICH = _with(
    _WHICH, r"\bwhich (?:one|of (?:them|these|those|the two|the \w+ (?:profiles|records|listings|people)))\b[^.!?]{0,80}\?",
    r"\bso (?:that )?we can (?:identify|find|locate|tell) (?:which|the (?:correct|right)) (?:one|record|profile|listing|person)\b",
    r"\b(?:cual|cuales) de (?:ell[oa]s|est[oa]s|l[oa]s dos|l[oa]s \w+)\b[^.!?]{0,80}\?",
    r"\bqual (?:deles|delas|dos dois|das duas|destes|destas)\b[^.!?]{0,80}\?",
    r"\b(?:laquelle|lequel) (?:des deux|de ces fiches|de ces profils|d'entre elles|d'entre eux)\b[^.!?]{0,80}\?",
    r"\b(?:welcher|welche|welches) (?:der beiden|davon|dieser eintrage|dieser profile)\b[^.!?]{0,80}\?",
    r"\bki (?:youn|yonn) (?:\S+ ){0,5}?(?:kliyan|pa w|pa ou)\w*\b[^.!?]{0,40}\?",
    r"\b(?:saber|indicarnos|indique|indiquenos|confirmar|confirme|confirmenos) cual (?:de ell[oa]s |de est[oa]s )?es (?:el|la) de su (?:client[ea]|representad[oa])\b",
    r"\b(?:saber|informar|informe|confirmar|confirme) qual (?:deles |delas )?(?:e|é) (?:o|a) da sua (?:cliente|representad[oa])\b",
)

# 5. A removal put in a queue or promised within a term, with nothing said done ("your removal request has been queued;
#    it will take effect within 7 to 10 business days", "sus datos serán eliminados de nuestros sistemas y copias de
#    seguridad dentro de 90 días", "una vez que se eliminen los datos le enviaremos la confirmación") read other: a
#    receipt (acknowledged), never a confirmation. ``_ACK`` is read only once no confirmation was.
_ACK = _with(
    _ACK, r"\b(?:removal|deletion|opt-?out|privacy)? ?request (?:has been|was|is now|is) queued\b", r"\bwill take effect within \d{1,3} (?:to \d{1,3} )?(?:business |working )?days\b",
    r"\bsera[n]? (?:eliminad|borrad|suprimid|retirad)[oa]s? (?:\S+ ){0,8}?(?:dentro de|en un plazo de|en un maximo de) (?:los |un plazo de )?(?:proximos )?\d{1,3} dias\b",
    r"\buna vez que se (?:eliminen|borren|supriman|retiren) (?:\S+ ){0,6}?le (?:enviaremos|mandaremos|confirmaremos|avisaremos)\b",
    r"\bserao (?:excluid|eliminad|apagad|removid)[oa]s? (?:\S+ ){0,8}?(?:dentro de|em ate|no prazo de) \d{1,3} dias\b",
)

# 6. The answer only in an attachment the reader does not read (an image, a scan: "see attached", "le enviamos adjunta la
#    respuesta escaneada", "see the attached screenshot for the status of your request") read other or, from a ticket
#    number, acknowledged: what was decided is in the attachment, a person reads it (unsure). And a correction of an
#    earlier "done" ("our previous e-mail saying it was completed was sent in error", "rectificamos nuestro correo
#    anterior: la supresión no llegó a ejecutarse", "corrigindo a mensagem anterior") is unsure: the earlier answer is
#    taken back, a person reads what now holds. Both only where nothing else was read (``classify`` below).
_R55_ANSWER_ATTACHED = _rx(
    r"^(?:\S+ ){0,3}(?:please )?see (?:the )?attached(?: (?:letter|screenshot|image|document|file|pdf|response|reply|scan))?(?: for (?:the |our )?(?:status|response|answer|decision)(?: of (?:your|the) request)?)?\s*[.!]",
    r"\b(?:our|the) (?:response|reply|answer|decision) is (?:in the )?attached\b",
    r"\b(?:le |les )?(?:enviamos|adjuntamos|remitimos) (?:adjunta |adjunto |en el adjunto )?(?:la |nuestra )?respuesta\b",
    r"\bla respuesta (?:\S+ ){0,2}(?:adjunta|(?:esta )?en (?:el|la) (?:archivo|imagen|documento|carta) adjunt[oa])\b",
    r"\bver (?:el |la )?(?:archivo|documento|imagen|carta|captura) adjunt[oa]\b",
    r"\b(?:segue|seguem) (?:em )?anexo (?:a |nossa )?resposta\b", r"\bver (?:o |a )?(?:arquivo|documento|imagem|carta) (?:em )?anexo\b",
    r"\b(?:veuillez trouver|vous trouverez) (?:ci-joint|en piece jointe) (?:notre |la )?reponse\b", r"\bnotre reponse (?:figure )?en piece jointe\b",
    r"\b(?:unsere )?antwort (?:finden sie )?(?:im|in der) anhang\b",
)
_R55_CORRECTION = _rx(
    r"\b(?:our |the |that )(?:previous |earlier |last )?(?:message|e-?mail|letter|reply|notice)(?:,)? (?:\S+ ){0,10}?(?:was )?sent (?:in error|by mistake|by error)\b",
    r"\b(?:rectificamos|corregimos) (?:nuestro|el) (?:correo|mensaje|aviso) anterior\b",
    r"\b(?:nuestro|el) (?:correo|mensaje|aviso) anterior(?:,)? (?:\S+ ){0,10}?se envio por (?:error|equivocacion)\b", r"\bno llego a (?:ejecutarse|realizarse|completarse|aplicarse)\b",
    r"\bcorrigindo (?:a |nossa )?(?:mensagem|e-?mail|resposta) anterior\b", r"\b(?:mensagem|e-?mail|resposta) anterior(?:,)? (?:\S+ ){0,10}?(?:foi )?enviad[oa] por (?:engano|erro)\b",
    r"\bnotre (?:precedent (?:message|courriel)|(?:message|courriel) precedent)(?:,)? (?:\S+ ){0,10}?(?:a ete )?envoye par erreur\b",
    r"\b(?:unsere|die) (?:vorherige|letzte|fruhere) (?:nachricht|e-?mail)(?:,)? (?:\S+ ){0,10}?(?:irrtumlich|versehentlich|falschlicherweise)\b",
)
#: 8. "We have deleted your profile, but we keep your name and address" (no reason given): a part kept beside the
#:    deletion, no full confirmation (read confirmed at 0.95 before). A suppression entry (``_SUPPRESSION_KEPT``), the
#:    e-mail address kept, and a record of the request itself are no part of the listing kept.
_R55_BUT_KEPT = _rx(
    r"\b(?:but|however|although|though|while|yet),? (?:we )?(?:still |will |do |continue to )?(?:keep|retain|hold|store|preserve)s? (?:on file )?(?:\S+ ){0,3}?(?:name|names|address|addresses|phone|phones|records?|data|information|profile|details|file)\b",
    r"\b(?:pero|aunque|sin embargo|no obstante),? (?:\S+ )?(?:conservamos|mantenemos|guardamos|retenemos) (?:\S+ ){0,3}?(?:nombre|direccion|telefono|registros?|datos|informacion|perfil|expediente)\b",
    r"\b(?:mas|porem|contudo|no entanto),? (?:\S+ )?(?:mantemos|conservamos|guardamos|retemos) (?:\S+ ){0,3}?(?:nome|endereco|telefone|registros?|registos?|dados|informacoes|perfil)\b",
    r"\b(?:mais|cependant|toutefois),? (?:nous )?(?:conservons|gardons) (?:\S+ ){0,3}?(?:nom|adresse|telephone|dossier|donnees|informations|fiche|coordonnees)\b",
    r"\b(?:aber|jedoch|allerdings),? (?:\S+ ){0,2}?(?:bewahren|speichern|behalten) (?:wir )?(?:\S+ ){0,3}?(?:namen?|anschrift|adresse|telefonnummer|daten|datensatz|profil)\b",
    r"\b(?:ma|tuttavia|pero),? (?:\S+ )?(?:conserviamo|manteniamo) (?:\S+ ){0,3}?(?:nome|indirizzo|telefono|dati|profilo|scheda)\b",
    r"\b(?:maar|echter),? (?:we |wij )?(?:bewaren|behouden) (?:\S+ ){0,3}?(?:naam|adres|telefoonnummer|gegevens|profiel)\b",
)
_R55_KEPT_ASIDE = _rx(r"e-?mail|correo electronico|courriel|record of (?:your|this|the|our) (?:request|correspondence|letter|opt|deletion|removal)",
                      r"(?:registro|constancia) de (?:su|esta|la) solicitud", r"(?:registro|registo) (?:do|deste) pedido")
#: After a correction: the request still open and being worked on (a receipt, when nothing says the removal was not done)
_R55_STILL_OPEN = _rx(
    r"\b(?:request|ticket|case) is still (?:open|in progress|pending)\b", r"\bis (?:still )?being (?:processed|reviewed|handled)\b",
    r"\b(?:solicitud|peticion|caso) sigue (?:abiert[oa]|en (?:curso|tramite|proceso))\b", r"\b(?:la|lo) (?:esta|estamos) (?:procesando|tramitando|revisando)\b",
    r"\b(?:pedido|solicitacao|chamado) (?:continua|segue|permanece) (?:abert[oa]|em andamento|em analise)\b", r"\besta sendo (?:processad|analisad)[oa]\b",
    r"\b(?:demande|dossier) (?:reste ouverte?|est toujours en cours)\b", r"\b(?:anfrage|antrag|vorgang) (?:ist|bleibt) (?:noch |weiterhin )?(?:offen|in bearbeitung)\b",
)
#: After a correction: the removal said not done, or the data still held
_R55_NOT_CARRIED = _rx(
    r"\b(?:has|have|had) not been (?:carried out|completed|done|executed|processed|made)\b", r"\bis still (?:on|in) (?:the|our) (?:site|website|database|records|systems?)\b",
    r"\bno llego a (?:ejecutarse|realizarse|completarse|aplicarse)\b", r"\bno se (?:ha|habia) (?:completado|ejecutado|realizado)\b", r"\b(?:siguen|continuan) en nuestr[oa]s\b",
    r"\bnao foi (?:concluid|realizad|executad|efetuad)[oa]\b", r"\b(?:continuam|permanecem) (?:em|n)[oa]s? nossa\b",
    r"\bn'a pas ete (?:effectuee?|executee?|realisee?)\b", r"\bwurde nicht (?:durchgefuhrt|ausgefuhrt|abgeschlossen)\b",
)
_classify_before_r55 = _classify_unbounded


def _classify_r55(msg: Incoming) -> Classification:
    """As before (``_classify_before_r55``, pass 54's reading inside its bounds: ``classify`` gives this the mail as
    ``_bounded`` cut it, so no rule here reads more than ``READ_LIMIT``); then (reply pass 55) a confirmation whose own words keep a part ("but we
    keep your name and address", ``_R55_BUT_KEPT``) is ``unsure``; a reply read other, or acknowledged with no receipt in
    its body's own words, whose answer is only in an attachment the reader does not read is ``unsure``, and one that
    takes back an earlier answer ("our previous e-mail … was sent in error") is ``unsure`` (0.4 each: a person reads
    it), or ``acknowledged`` when it says the request is still open and nothing says the removal was not done. Never raises; a refusal or an ask is never changed here, nor anything made a confirmation."""
    verdict = _classify_before_r55(msg)
    if verdict.kind not in ("other", "acknowledged", "confirmed"):
        return verdict
    own = reply_text(msg)
    body = " ".join(own.partition("\n")[2].split())
    if verdict.kind == "confirmed":
        kept = next((m for m in _R55_BUT_KEPT.finditer(_SUPPRESSION_KEPT.sub(" ", body))
                     if not _R55_KEPT_ASIDE.search(body[m.start():m.end() + 40])), None)
        if kept is None:
            return verdict
        return Classification("unsure", "unsure: says it was done, and that a part is kept", confidence=0.4,
                              evidence=f"{verdict.evidence} / {kept.group(0)}")
    if m := _R55_CORRECTION.search(body):
        if (still := _R55_STILL_OPEN.search(body)) and not _R55_NOT_CARRIED.search(body):
            return Classification("acknowledged", "acknowledged: takes back an earlier answer (sent in error); the request is "
                                  "still open", confidence=0.9, evidence=f"{m.group(0)} / {still.group(0)}")
        return Classification("unsure", "unsure: takes back an earlier answer (sent in error); a person reads what now holds",
                              confidence=0.4, evidence=m.group(0))
    if (m := _R55_ANSWER_ATTACHED.search(body)) and (verdict.kind == "other" or all(
            m.start() <= a.start() and a.end() <= m.end() for a in _ACK.finditer(body))):  # no receipt but the attachment's
        return Classification("unsure", "unsure: the answer is in an attachment the reader does not read", confidence=0.4,
                              evidence=m.group(0))
    return verdict


_classify_unbounded = _classify_r55  # pass 54's ``classify`` reads the bounded mail with it


# 9. Speed (reply pass 55): measured on every development reply, the success rule ``_CONFIRMED`` took the largest share
#    of the rules' time (28 %), and 57 % of what it was asked it had been asked already in the same reading (a sentence
#    searched, then cleaned of it, then searched for a negation before it; ``_confirmed`` run again on a restated
#    reply); the abbreviation rule ``_ABBREVIATION`` was asked the same line again 92 % of the time. Each now remembers
#    its last answers (``_lazyre.memo``): the same answers, each computed once.
_CONFIRMED = re.memo(_CONFIRMED)
_ABBREVIATION = re.memo(_ABBREVIATION)


# ---- reply pass 56 (branch r56, 2026-12-04): families read by what they mean, not by one broker's wording ----------------
# Set Z (held out) read 151/201 where the development sets read 3,197/3,449: the rules knew the development wordings, not
# the families. Each family below is written in the languages the reader knows (English, Spanish, Portuguese, French,
# German, Italian, Dutch) in the words brokers' privacy teams, their ticketing auto-replies and their lawyers use, and is
# read only where nothing else was (``other``): none makes a reply a confirmation or opens a link.
#
# 1. An agent refused for want of proof, and the request filed or closed ("No atendemos solicitudes remitidas por terceros
#    sin acreditar la representación. Hemos archivado su escrito", "We do not process requests submitted by third parties
#    without proof of authorisation. We have closed your request"): the agent rule read "sin" / "without" as a paper still
#    to send (``_AGENT_PENDING``), so the reply read other, or asked for an ID or the authorisation. Closed, nothing is
#    pending: the broker refused the agent (``refused``, "agent not authorised"). A closure still to come ("requests
#    without these documents are closed after 30 days") is no closure, and the ask stays the answer.
_R56_THIRD = (r"(?:third[- ]part(?:y|ies)|(?:authori[sz]ed )?agents?|representatives?|lawyers?|attorneys?|law firms?|clinics?|"
              r"terceros|representantes|apoderad[oa]s|abogad[oa]s|gestor(?:es|ias)?|terceiros|procuradores|advogad[oa]s|"
              r"tiers|mandataires|avocats?|dritte[rn]?|bevollmachtigte[rn]?|vertreter[ns]?|anwalt|anwalte[n]?|terzi|delegati|"
              r"rappresentanti|avvocati|derden|gemachtigden|vertegenwoordigers|advocaten)")
_R56_AGENT_REFUSED = _rx(
    rf"\b(?:do not|don't|cannot|can't|will not|won't|are unable to|are not able to) (?:accept|process|act on|action|handle|honou?r|respond to) (?:\S+ ){{0,2}}requests? (?:\S+ ){{0,6}}?(?:from|by|submitted by|made by|sent by|filed by|on behalf of) (?:\S+ ){{0,2}}?{_R56_THIRD}\b",
    rf"\bno (?:atendemos|aceptamos|tramitamos|procesamos|admitimos|gestionamos|damos curso a|podemos atender|podemos tramitar) (?:\S+ ){{0,2}}(?:solicitudes|peticiones|escritos|reclamaciones) (?:\S+ ){{0,3}}?(?:de|por|remitid[oa]s por|presentad[oa]s por|enviad[oa]s por|formulad[oa]s por|hech[oa]s por) (?:\S+ ){{0,2}}?{_R56_THIRD}\b",
    rf"\bnao (?:atendemos|aceitamos|processamos|tramitamos|podemos atender|podemos processar) (?:\S+ ){{0,2}}(?:solicitacoes|pedidos|requerimentos) (?:\S+ ){{0,3}}?(?:de|por|feit[oa]s por|enviad[oa]s por|apresentad[oa]s por) (?:\S+ ){{0,2}}?{_R56_THIRD}\b",
    rf"\bne (?:traitons|acceptons|donnons suite a|pouvons traiter|pouvons donner suite a) (?:pas|aucune?) (?:\S+ ){{0,2}}(?:demandes?|requetes?) (?:\S+ ){{0,3}}?(?:de|d'|des|par|emanant de|emanant d'|formulees? par|presentees? par) ?(?:\S+ ){{0,2}}?{_R56_THIRD}\b",
    rf"\b(?:bearbeiten|akzeptieren|beantworten) (?:wir )?keine (?:\S+ ){{0,2}}(?:anfragen|antrage|ersuchen) (?:\S+ ){{0,2}}?{_R56_THIRD}\b",
    rf"\bnon (?:accettiamo|trattiamo|gestiamo|diamo seguito a|possiamo dare seguito a) (?:\S+ ){{0,2}}richieste (?:\S+ ){{0,3}}?(?:da|di|presentate da|inviate da) (?:\S+ ){{0,2}}?{_R56_THIRD}\b",
    rf"\b(?:(?:behandelen|accepteren|nemen) (?:we|wij)|(?:we|wij) (?:behandelen|accepteren|nemen)) geen (?:\S+ ){{0,2}}(?:verzoeken|aanvragen) (?:\S+ ){{0,3}}?(?:van|door|namens) (?:\S+ ){{0,2}}?{_R56_THIRD}\b",
)
#: The request filed or closed, said done (no "will be", no "after 30 days")
_R56_FILED = _rx(
    r"\b(?:we|i) (?:have |'ve )?(?:now )?(?:closed|filed|archived|withdrawn|cancell?ed) (?:your|this|the) (?:request|ticket|case|letter|correspondence|submission)\b",
    r"\b(?:your|this|the) (?:request|ticket|case|submission) (?:has been|was|is now|has now been|is) (?:therefore |now )?(?:closed|filed|archived|withdrawn|cancell?ed)\b(?! (?:after|if|unless|within|in \d))",
    r"\b(?:hemos|he) (?:procedido a )?(?:archivar|archivado|cerrado|cerrar|dado por (?:concluid|cerrad|finalizad)[oa]) (?:su|tu|la|el|esta|este) (?:solicitud|peticion|escrito|caso|expediente|reclamacion|tramite)\b",
    r"\b(?:archivamos|cerramos) (?:su|tu|la|el|esta|este) (?:solicitud|peticion|escrito|caso|expediente|reclamacion|tramite)\b",
    r"\b(?:solicitud|peticion|escrito|caso|expediente|reclamacion|tramite) (?:\S+ )?(?:ha sido|fue|queda|quedo|se ha) (?:archivad|cerrad)[oa]\b",
    r"\b(?:arquivamos|encerramos|fechamos) (?:o seu|o|a sua|a|este|esta) (?:pedido|solicitacao|requerimento|processo|chamado)\b",
    r"\b(?:pedido|solicitacao|requerimento|processo|chamado) (?:\S+ )?(?:foi|esta|fica) (?:arquivad|encerrad|fechad)[oa]\b",
    r"\b(?:avons|ai) (?:clos|cloture|ferme|classe|archive) (?:votre|la|cette) (?:demande|requete|dossier)\b", r"\b(?:demande|requete|dossier) (?:a ete|est) (?:close|cloturee?|fermee?|classee?|archivee?)\b",
    r"\b(?:haben|habe) (?:\S+ ){0,3}?(?:anfrage|antrag|vorgang|ticket|schreiben) (?:\S+ )?(?:geschlossen|abgeschlossen|archiviert|eingestellt|zu den akten gelegt)\b",
    r"\b(?:abbiamo|ho) (?:chiuso|archiviato) (?:la sua|la|questa) (?:richiesta|pratica|istanza)\b",
    r"\b(?:hebben|heb) (?:\S+ )?(?:verzoek|aanvraag|ticket|dossier) (?:\S+ )?(?:gesloten|afgesloten|gearchiveerd)\b",
)

# 2. "Your data is no longer in our database", with no deletion said (pass 55 read it beside a deletion as the success
#    itself; alone it read other). Alone it is decided unsure (a person reads it), not confirmed: it tells where the data
#    is not now, not that the broker removed it for this request, nor that its listings are gone (a record that expired,
#    one never held, one moved to another product all read the same), and "other" would lose a reply that answers.
_R56_NO_LONGER_HELD = _rx(
    *_R55_NO_LONGER_HELD,
    rf"\bno longer (?:appears?|exists?|is listed|are listed|is held|are held|is stored|are stored|present) (?:\S+ ){{0,2}}?(?:in|on|within) (?:\S+ ){{0,3}}?{_R55_HELD}\b",
    rf"\b(?:ya no|no) (?:aparece[n]?|figura[n]?|existe[n]?) (?:ya )?en (?:\S+ ){{0,3}}?{_R55_HELD}\b",
    rf"\b(?:nicht mehr|nicht langer) (?:in|im) (?:\S+ ){{0,3}}?{_R55_HELD}\b",
)
# 3. Something done short of deletion, the data kept: blocked, processing suspended or restricted, pseudonymised, hidden
#    or masked (for a time, or from one site while kept in other products), archived. Each reads unsure: the broker
#    did something, not the removal, and a person decides what to tell the client.
_R56_DATA = (r"(?:data|information|record|records|profile|profiles|listing|listings|details|file|entry|personal information|"
             r"datos|informacion|registro|registros|perfil|perfiles|ficha|expediente|dados|informacoes|registo|registos|"
             r"donnees|informations|fiche|profil|dossier|daten|datensatz|eintrag|profil|dati|informazioni|scheda|"
             r"gegevens|profiel|vermelding)")
_R56_SHORT = (r"(?:blocked|suspended|restricted|pseudonymi[sz]ed|hidden|masked|de-?indexed|made private|set to private|archived|"
              r"bloquead[oa]s?|seudonimizad[oa]s?|pseudonimizad[oa]s?|ocultad[oa]s?|ocult[oa]s?|suspendid[oa]s?|restringid[oa]s?|archivad[oa]s?|"
              r"suspens[oa]s?|arquivad[oa]s?|bloquee?s?|masquee?s?|pseudonymisee?s?|suspendue?s?|restreinte?s?|archivee?s?|"
              r"gesperrt|pseudonymisiert|ausgeblendet|verborgen|eingeschrankt|archiviert|bloccat[oaie]|pseudonimizzat[oaie]|"
              r"nascost[oaie]|sospes[oaie]|limitat[oaie]|archiviat[oaie]|geblokkeerd|gepseudonimiseerd|afgeschermd|opgeschort|beperkt|gearchiveerd)")
_R56_SHORT_OF_DELETION = _rx(
    rf"\b{_R56_DATA}\b(?: \S+){{0,8}}? (?:has been|have been|had been|was|were|is now|are now|is|are|remains?|ha sido|han sido|fue|fueron|queda|quedan|quedo|quedaron|"
    rf"se han|foi|foram|esta|estao|fica|ficam|ficou|ficaram|a ete|ont ete|est|sont|sera|seront|wurde|wurden|ist|sind|e stat[oa]|sono stat[ie]|"
    rf"is|zijn|werd|werden) (?:\S+ )?{_R56_SHORT}\b",
    rf"\b(?:we|i) (?:have |'ve )?(?:now )?(?:blocked|suspended|restricted|pseudonymi[sz]ed|hidden|masked|archived) (?:the |all )?(?:processing|use|{_R56_DATA})\b",
    r"\b(?:hemos|he) (?:bloqueado|ocultado|suspendido|restringido|seudonimizado|pseudonimizado|archivado) (?:el tratamiento|l[oa]s? |sus? )",
    r"\b(?:bloqueamos|ocultamos|suspendemos|pseudonimizamos|restringimos) (?:o tratamento|[oa]s? |seus? |suas? )",
    r"\bavons (?:bloque|masque|suspendu|limite|pseudonymise|archive) (?:le traitement|vos |les |la |le )",
    r"\b(?:haben|habe) (?:\S+ ){0,4}?(?:gesperrt|pseudonymisiert|ausgeblendet|eingeschrankt|archiviert)\b", r"\bverarbeitung (?:\S+ ){0,4}?eingeschrankt\b",
    r"\babbiamo (?:bloccato|nascosto|sospeso|limitato|pseudonimizzato|archiviato) (?:il trattamento|i |l[ae]? |la sua |i suoi )",
    r"\b(?:hebben|heb) (?:\S+ ){0,4}?(?:geblokkeerd|gepseudonimiseerd|afgeschermd|opgeschort|beperkt|gearchiveerd)\b",
)
# 4. A do-not-contact, do-not-mail, marketing or suppression list (the person added to it, or kept on it so that the
#    choice holds), a newsletter left: the broker's marketing stops; nothing is said of the data or the listings.
_R56_LIST = _rx(
    r"\b(?:do[- ]not[- ](?:contact|mail|call|e-?mail|market|solicit)|no[- ]contact|suppression|opt-?out|marketing (?:opt-?out|exclusion)|exclusion|robinson|preference) (?:list|file|register|registry)\b",
    r"\bunsubscribed (?:\S+ ){0,4}?from (?:all |our |the )?(?:\S+ )?(?:marketing|newsletters?|mailing|promotional|e-?mails?)\b",
    r"\b(?:lista|registro|fichero) (?:interna |interno )?(?:de )?(?:no contactar|no llamar|no enviar|exclusion|exclusiones|supresion|robinson|bajas publicitarias)\b",
    r"\b(?:cancelamos|hemos cancelado|dimos de baja) (?:su |la )?suscripcion\b",
    r"\blista (?:interna )?(?:de )?(?:nao contatar|nao contactar|exclusao|supressao|bloqueio|opt-?out)\b", r"\b(?:cancelamos|descadastramos) (?:a sua |sua )?(?:assinatura|inscricao)\b",
    r"\bliste (?:interne )?(?:d'opposition|de suppression|d'exclusion|robinson|bloctel|de non-sollicitation|repoussoir)\b", r"\bopposition (?:\S+ ){0,3}?(?:a des fins de )?prospection\b",
    r"\b(?:werbesperr\w*|sperrliste|robinsonliste|werbewiderspruch\w*|werbeverbot\w*)\b",
    r"\b(?:lista|registro) (?:interna |interno )?(?:di |dell')?(?:opposizione|esclusione|non contattare)\b",
    r"\b(?:bel-me-niet|niet[- ]bellen|uitsluitings|blokkade|blokkerings)(?:-?lijst|-?register)\b",
)
# 5. A sale or sharing opt-out done, the profile or data untouched ("dejaremos de vender …; su perfil sigue existiendo"):
#    what was asked was a deletion.
_R56_SALE_ONLY = _rx(
    r"\b(?:will )?(?:no longer|not|stop) (?:sell|selling|share|sharing) (?:or (?:share|sell) )?(?:your|her|his|their|your client's|the) (?:personal )?(?:information|data)\b",
    r"\b(?:opted (?:\S+ )?out|excluded) (?:\S+ ){0,2}of (?:the )?(?:sale|selling|sharing)\b",
    r"\b(?:dejaremos de|no volveremos a|ya no) (?:vender|compartir)\b", r"\bno venderemos\b", r"\bexclusion de la venta\b",
    r"\b(?:deixaremos de|nao vamos mais) (?:vender|compartilhar)\b", r"\bnao venderemos\b",
    r"\bne (?:vendrons|partagerons) plus\b", r"\bnicht mehr (?:verkaufen|weitergeben)\b", r"\bnon (?:venderemo|condivideremo) piu\b", r"\bniet (?:meer|langer) (?:verkopen|delen)\b",
)
# 6. The wrong department: a mailbox for another purpose (legal process, sales, billing) that did not pass the letter on.
_R56_WRONG_DESK = _rx(
    r"\bthis (?:mailbox|inbox|address|e-?mail address|department|team|desk) (?:is|handles) (?:\S+ ){0,8}?only\b",
    r"\b(?:we|i) (?:have|did) not (?:forwarded|passed on|sent on|shared) (?:your|this|the) (?:message|e-?mail|letter|request)\b",
    r"\b(?:privacy|data|deletion|consumer privacy) requests (?:are|must be) (?:handled|sent|directed|submitted) (?:by|to) (?:our|the) (?:\S+ )?(?:team|department|office)\b",
    r"\b(?:este|esta) es (?:el|la) (?:departamento|area|oficina|equipo) de (?:ventas|facturacion|cobranza|marketing|mercadeo|soporte|atencion al cliente|recursos humanos|legal)\b",
    r"\bno (?:manejamos|gestionamos|atendemos|tramitamos|recibimos) solicitudes de (?:privacidad|proteccion de datos|datos personales)\b", r"\bno (?:reenviamos|hemos reenviado|reenviaremos) su (?:mensaje|correo|solicitud)\b",
    r"\b(?:este|esta) e (?:o|a) (?:departamento|setor|area|equipe) de (?:vendas|cobranca|faturamento|marketing|suporte)\b", r"\bnao (?:encaminhamos|encaminharemos|reencaminhamos) (?:a sua |sua |o seu |seu )?(?:mensagem|e-?mail|pedido)\b",
    r"\bnous n'avons pas transmis (?:votre|ce) (?:message|courriel|demande)\b", r"\b(?:ce service|cette adresse) ne traite pas (?:les )?demandes\b",
    r"\b(?:wir haben|haben wir) ihre (?:nachricht|anfrage|e-?mail) nicht weitergeleitet\b", r"\b(?:diese|dieses) (?:abteilung|postfach|adresse) (?:ist|bearbeitet) (?:\S+ ){0,6}?(?:nur|ausschliesslich)\b",
    r"\bnon abbiamo inoltrato (?:il suo|la sua|questo) (?:messaggio|richiesta|e-?mail)\b", r"\bwe hebben uw (?:bericht|verzoek|e-?mail) niet doorgestuurd\b",
)
# 7. No account for the e-mail address written from: an account looked for, not the person's listings (a listing is found
#    by name and address), so no "no record" (unsure, as pass 37 read a record found only for the e-mail address).
_R56_NO_ACCOUNT = _rx(
    r"\bno account (?:\S+ ){0,2}?(?:exists|is registered|registered|associated|linked|found|on file|matches) (?:\S+ ){0,2}?(?:with|to|under|for) (?:that|this|the|your) (?:e-?mail|address)\b",
    r"\b(?:there is |have )?no account (?:data|information) to (?:remove|delete|erase)\b",
    r"\bno (?:existe|hay|encontramos|tenemos) (?:ninguna )?cuenta (?:registrada|asociada|vinculada)\b", r"\bno hay datos de (?:la )?cuenta\b",
    r"\bnao (?:existe|ha|encontramos|temos) (?:nenhuma )?conta (?:registrada|associada|vinculada|cadastrada)\b",
    r"\baucun compte (?:n'est |n'a ete )?(?:associe|lie|enregistre|trouve)\b", r"\bkein (?:kunden)?konto (?:\S+ ){0,3}?(?:mit|unter|zu) (?:dieser|der|ihrer) (?:e-?mail|adresse)\b",
    r"\bnessun account (?:\S+ )?(?:associato|registrato|collegato)\b", r"\bgeen account (?:\S+ )?(?:gevonden|geregistreerd|gekoppeld)\b",
)
# 8. Access answered for deletion: the report of what is held, the request handled as one to know.
_R56_ACCESS_INSTEAD = _rx(
    r"\b(?:handled|processed|treated|answered) as an? (?:request to know|access request|right of access request|(?:data )?subject access request|request for access)\b",
    r"\b(?:attached|enclosed) (?:is|are|please find|you will find) (?:the |a )?(?:report|copy|summary) of (?:the )?(?:personal )?(?:information|data)\b",
    r"\b(?:tramitad|tratad|atendid|procesad)[oa] como (?:una )?solicitud de (?:acceso|informacion|derecho a saber)\b",
    r"\b(?:tratad|processad|atendid)[oa] como (?:um )?pedido de acesso\b", r"\btraitee comme une demande d'acces\b",
    r"\banbei (?:erhalten|finden) sie (?:die )?auskunft\b", r"\bals auskunfts(?:ersuchen|antrag|anfrage) (?:bearbeitet|behandelt)\b",
    r"\btrattata come (?:una )?richiesta di accesso\b", r"\bbehandeld als (?:een )?inzageverzoek\b",
)
# 3b. The same, in the languages read in part (Russian, Ukrainian, Chinese, Japanese, Korean): blocked, suspended, hidden,
#     the data kept ("ваши персональные данные заблокированы", "профіль приховано на 3 роки", "该条信息已屏蔽", "提供を停止
#     いたしました", "처리를 정지하였습니다").
_R56_SHORT_OF_DELETION = _with(_R56_SHORT_OF_DELETION, *_fo(
    r"(?:заблокирован|заблоковано|заблоковані|приостановлен|призупинен|скрыт[аоы]?|скрыты|приховано|приховані|обезличен|знеособлен)\w*",
    r"(?:已|已经|已經)(?:被)?(?:屏蔽|隐藏|隱藏|冻结|凍結|停止处理|停止處理)", r"(?:暂停|暫停|停止)(?:处理|處理|使用)(?:了)?(?:您|你)?(?:的)?",
    r"(?:非表示|提供を停止|利用を停止|ブロック)(?:と)?(?:いたしました|しました|しております)",
), _ko(r"처리를 정지하였습니다|처리를 정지했습니다|처리정지|비공개 처리|차단되었습니다"))
# 3c. A block while the request is reviewed ("Sus datos fueron bloqueados … mientras se revisa su solicitud"): the request
#     is still open, a receipt (acknowledged), not an answer.
_R56_WHILE_REVIEWED = _rx(
    r"\b(?:while|until|pending) (?:\S+ ){0,3}?(?:review|reviewed|verified|verification|investigation|examined|decided)\b",
    r"\bmientras (?:\S+ ){0,3}?(?:revisa|revisamos|resuelve|resolvemos|verifica|verificamos|tramita|estudia|analiza)\w*",
    r"\benquanto (?:\S+ ){0,3}?(?:analisa|analisamos|revisa|revisamos|verifica|verificamos)\w*", r"\bpendant (?:\S+ ){0,2}?(?:l'examen|la verification|l'instruction|le traitement)\b",
    r"\b(?:wahrend|bis zur) (?:\S+ ){0,2}?(?:prufung|bearbeitung|klarung)\b", r"\bdurante (?:\S+ ){0,2}?(?:la verifica|l'esame|l'istruttoria|la revisione|a analise|a verificacao)\b",
    *_fo(r"на время (?:проверки|рассмотрения)", r"на час (?:перевірки|розгляду)"),
)
# 4b. An agent refused outright, in other languages ("мы не принимаем запросы от представителей", "대리인을 통한 요청은 받지
#     않습니다", "hindi po kami tumatanggap ng request mula sa abogado", "nou pa aksepte demann ki soti nan avoka"): refused.
_R56_AGENT_REFUSED = _with(
    _R56_AGENT_REFUSED,  # (written folded: lower case, no "й"; Hangul split as ``fold`` splits it, ``_ko``)
    r"\bне (?:принимаем|рассматриваем|обрабатываем|приимаємо|розглядаємо|обробляємо) (?:\S+ ){0,2}(?:запрос|запит|заявлени|звернен)\w* (?:от|через|від) (?:\S+ )?(?:представител|представник|третьих|третіх|агент|юрист|адвокат|доверенн)\w*",
    _ko(r"(?:대리인|법률 사무소)\S*(?: \S+){0,3} 통한 요청\S* (?:받지|처리하지|접수하지) 않"),
    r"\bhindi (?:po )?kami (?:tumatanggap|nagpoproseso|tumatanggap po) ng (?:request|kahilingan) (?:mula sa|galing sa|ng) (?:\S+ )?(?:abogado|klinika|ahente|ibang tao|kinatawan)\b",
    r"\bnou pa (?:aksepte|trete|pran) demann (?:ki )?(?:soti nan|fet pa|fe pa|voye pa) (?:yon |on )?(?:avoka|klinik|ajan|reprezantan|lot moun)\b",
)
# 9. A request said incomplete, the missing part named, to be completed within a term ("su reclamo está incompleto: falta
#    el poder especial … tienen cinco días hábiles para subsanarlo"): what the clinic must send (needs_info).
_R56_INCOMPLETE = _rx(
    r"\b(?:your |the |this )?(?:request|claim|complaint|submission|form) (?:is|was) incomplete\b", r"\bto (?:continue|proceed)(?:,)? we (?:need|require) (?:the )?\b",
    r"\b(?:solicitud|reclamo|reclamacion|peticion|escrito|formulario) (?:esta|se encuentra|resulta) incomplet[oa]\b", r"\b(?:le solicitamos|tiene[n]? \S+ (?:\(\d+\) )?dias (?:habiles )?para) subsanar\w*",
    r"\b(?:pedido|solicitacao|requerimento|reclamacao|formulario) (?:esta|encontra-se) incomplet[oa]\b",
    r"\b(?:demande|reclamation|requete|formulaire) (?:est|etait) incomplete?\b", r"\bpour (?:continuer|poursuivre)(?:,)? nous avons besoin d",
    r"\b(?:antrag|anfrage|ersuchen|formular) (?:ist|war) unvollstandig\b", r"\b(?:richiesta|istanza|reclamo|modulo) (?:e|risulta) incomplet[ao]\b",
    r"\b(?:verzoek|aanvraag|formulier) is (?:nog )?onvolledig\b",
)
# 10. A death certificate (or a proof that the client is the deceased's heir) asked: a document (needs_id).
_R56_DEATH_PROOF = _rx(
    r"\b(?:copy of (?:the )?|certified )?death certificate\b", r"\b(?:acta|partida|certificado) de defuncion\b", r"\bcertidao de obito\b",
    r"\bacte de deces\b", r"\bsterbeurkunde\b", r"\bcertificato di morte\b", r"\b(?:overlijdensakte|overlijdensverklaring)\b",
)
# 11. A receipt said in other words: the letter received and being worked on ("we confirm receipt of your letter; the team is
#     reviewing which of our sites hold the record", "hemos recibido el poder especial. su reclamo queda en trámite", "we
#     have submitted your request to our data team"): acknowledged (a removal promised or said done is read before).
_R56_RECEIPT = _rx(
    r"\bwe (?:hereby )?(?:confirm|acknowledge) (?:the )?receipt of (?:your|the) (?:letter|request|e-?mail|message|correspondence)\b",
    r"\bwe (?:have )?(?:submitted|passed|forwarded|sent|escalated) (?:your|the|this) request to (?:our|the) (?:\S+ )?(?:team|department|office)\b",
    r"\b(?:solicitud|reclamo|reclamacion|peticion|caso|expediente) (?:queda|esta|sigue|continua) en (?:tramite|curso|proceso|estudio)\b",
    r"\bconfirmamos (?:la )?recepcion de (?:su|la|el) (?:solicitud|carta|escrito|correo|reclamo)\b",
    r"\b(?:pedido|solicitacao|requerimento|reclamacao) (?:fica|esta|segue|continua) em (?:tramitacao|andamento|analise)\b", r"\bconfirmamos o recebimento d[ao] (?:sua |seu )?(?:pedido|solicitacao|carta|mensagem)\b",
    r"\b(?:accusons|confirmons) (?:bonne )?reception de votre (?:demande|courrier|courriel|lettre)\b", r"\b(?:demande|dossier) (?:est|reste) en cours (?:de traitement|d'instruction|d'examen)\b",
    r"\bbestatigen (?:wir )?(?:hiermit )?den eingang (?:ihres|ihrer) (?:schreibens|anfrage|antrags|nachricht)\b",
    r"\bconfermiamo (?:la )?ricezione della (?:sua|vostra) (?:richiesta|lettera|e-?mail)\b", r"\bbevestigen (?:wij |we )?(?:de )?ontvangst van uw (?:verzoek|brief|e-?mail)\b",
)
#: What each family reads as, in the order they are asked: (pattern, kind, rule, confidence)
_R56_FAMILIES = (
    (_R56_NO_LONGER_HELD, "unsure", "unsure: says the data is no longer held, not that it was deleted", 0.4),
    (_R56_SHORT_OF_DELETION, "unsure", "unsure: something done short of deletion (blocked, suspended, pseudonymised, hidden or "
                                       "archived); the data kept", 0.4),
    (_R56_LIST, "unsure", "unsure: a do-not-contact, marketing or suppression list, not the data or the listings", 0.4),
    (_R56_SALE_ONLY, "unsure", "unsure: a sale or sharing opt-out, not the deletion asked", 0.4),
    (_R56_WRONG_DESK, "unsure", "unsure: the wrong department, the letter not passed on", 0.4),
    (_R56_NO_ACCOUNT, "unsure", "unsure: no account for the e-mail address, not the person's listings", 0.4),
    (_R56_ACCESS_INSTEAD, "unsure", "unsure: answered as an access request, not the deletion asked", 0.4),
    (_R56_DEATH_PROOF, "needs_id", "needs_id: asks for a death certificate", 0.9),
    (_R56_INCOMPLETE, "needs_info", "needs_info: the request is incomplete; the missing part is asked", 0.9),
    (_R56_RECEIPT, "acknowledged", "acknowledged: the letter received and being worked on", 0.9),
)
_classify_before_r56 = _classify_unbounded


def _r56_said(pattern: re.Pattern[str], body: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``body`` that is said, not asked: outside a question."""
    for m in pattern.finditer(body):
        sentence = _sentence_at(body, m.start(), m.end())
        if not sentence.endswith("?") and "\u00bf" not in sentence:
            return m
    return None


def _classify_r56(msg: Incoming) -> Classification:
    """As before (``_classify_before_r56``, on the mail as ``_bounded`` cut it); then (reply pass 56) a reply read
    ``other``, ``needs_info`` or ``needs_id`` that refuses a third party's request for want of proof and says the request
    filed or closed is ``refused`` ("agent not authorised", 0.9); a reply read ``other`` that says one of the families
    of ``_R56_FAMILIES`` is ``unsure`` (0.4: a person reads it), its rule naming the family (a block while the request is
    reviewed is ``acknowledged``), an agent refused outright in a language read in part ``refused``, a death certificate
    asked ``needs_id``, a request said incomplete ``needs_info``, a receipt in other words ``acknowledged``; a "no record"
    whose words are that no account matches the e-mail address written from is ``unsure``. Never raises; nothing is
    made a confirmation or a verification here, and no other reading is changed."""
    verdict = _classify_before_r56(msg)
    if verdict.kind == "refused" and verdict.reason == "no record":
        body = " ".join(reply_text(msg).partition("\n")[2].split())
        if (m := _r56_said(_R56_NO_ACCOUNT, body)) and verdict.evidence and verdict.evidence in _sentence_at(body, m.start(), m.end()):
            _, kind, rule, sure = next(f for f in _R56_FAMILIES if f[0] is _R56_NO_ACCOUNT)
            return Classification(kind, rule, confidence=sure, evidence=m.group(0))
        return verdict
    if verdict.kind not in ("other", "needs_info", "needs_id"):
        return verdict
    body = " ".join(reply_text(msg).partition("\n")[2].split())
    if (agent := _r56_said(_R56_AGENT_REFUSED, body)) and (filed := _r56_said(_R56_FILED, body)):
        return Classification("refused", "refused: a third party's request, not taken without proof; the request filed",
                              reason="agent not authorised", confidence=0.9, evidence=f"{agent.group(0)} / {filed.group(0)}")
    if verdict.kind != "other":
        return verdict
    if agent and not _AGENT_PENDING.search(_sentence_at(body, agent.start(), agent.end())):
        return Classification("refused", "refused: a third party's request, not taken", reason="agent not authorised",
                              confidence=0.9, evidence=agent.group(0))
    for pattern, kind, rule, sure in _R56_FAMILIES:
        if m := _r56_said(pattern, body):
            if pattern is _R56_SHORT_OF_DELETION and (w := _R56_WHILE_REVIEWED.search(_sentence_at(body, m.start(), m.end()))):
                return Classification("acknowledged", "acknowledged: the data blocked while the request is reviewed", confidence=0.9,
                                      evidence=f"{m.group(0)} / {w.group(0)}")
            return Classification(kind, rule, confidence=sure, evidence=m.group(0))
    return verdict


_classify_unbounded = _classify_r56  # pass 54's ``classify`` reads the bounded mail with it
