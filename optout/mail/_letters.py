"""Legal deletion requests: which law a letter invokes, what it says, and when the answer is due.

A letter is chosen from the person's residence and the broker's jurisdiction
(:func:`choose_law`), carries only the identifiers the recipe names, and a reference token
(``OPT-7K2Q9X``) that replies quote. The texts are ours, plain and polite; they cite the law and
its clock so a broker's privacy desk can route them, and nothing else.

The law, in short (see ../shared/BROKERS.md and the statutes):

* **CCPA/CPRA** (California): delete, and stop selling or sharing; 45 calendar days to answer,
  once extendable by 45 with notice (Cal. Civ. Code §1798.130(a)(2)). Complaints: the California
  Privacy Protection Agency, or the Attorney General.
* **Other US state privacy laws**: one row each in :data:`STATE_LAWS` (name, date in force,
  response clock and extension, how far the right to delete reaches, what an authorised agent may
  ask, who takes complaints), each figure with its statute section. Most give 45 days plus 45; Iowa
  90 plus 45. Utah and Iowa let a consumer delete only the data they *provided*: the letter to a
  broker that bought the data says so and asks for the opt-out of sale the law does give. A letter
  dated before a state's law took effect is a courtesy request.
* **GDPR Art. 17** (erasure) with Art. 21 (objection) for an EU/EEA/UK broker or resident: one
  month, extendable by two more when the broker says why (Art. 12(3)). Complaints: the
  supervisory authority where the person lives (Art. 77).
* Anywhere else in the US there is no statute: the letter asks for deletion as a courtesy and
  optout follows up once after 45 days.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from optout.recipe.template import ONE_PART
from optout.usstates import STATES

if TYPE_CHECKING:  # annotations only: asking which law applies loads neither model
    from optout.person import Person
    from optout.recipe.schema import Recipe

LawId = Literal["ccpa", "us_state", "gdpr", "courtesy"]

DeletionScope = Literal["all", "provided"]
AgentScope = Literal["deletion", "opt_out", "opt_out_individual", "none"]
OptOut = Literal["sale", "targeted_advertising", "profiling"]


@dataclass(frozen=True)
class StateLaw:
    """One US state's consumer privacy law, as a letter needs it. Every figure is the statute's,
    cited in the field beside it; ``source`` is where it was checked (the statute's text or a
    reliable summary of it), so a reviewer can check it again.

    * ``in_force``: the day the law took effect; a letter dated before it is a courtesy request.
    * ``answer_days`` / ``extension_days``: the response clock (calendar days from receipt) and the
      one extension the controller may take when it tells the consumer why (``clock`` cites it).
    * ``deletion``: ``all`` when the right to delete reaches data "provided by or obtained about"
      the consumer (or "concerning"/"about" them); ``provided`` when it reaches only the data the
      consumer gave the controller (Utah, Iowa): a broker that bought the data owes no deletion
      under that law, so the letter says so and leans on the opt-out of sale, which it does owe.
    * ``agent``: what an authorised agent (a clinic) may ask in its own right: ``deletion`` (every
      right), ``opt_out`` (only opt-outs of sale/targeted advertising/profiling), ``opt_out_individual``
      (the same, but the agent must be an individual: Maryland's "designate an individual", Md. Code,
      Com. Law §14-4706(a)(1); a clinic, an organisation, is none, so its letter is the person's own,
      sent for them), ``none`` (the statute names no agent: only a child's parent or a guardian acts
      for another).
    * ``complaint_to``: who takes a consumer's complaint about the law.
    * ``opt_outs``: the opt-outs the law gives (``opt_out_cite``), each of ``sale``,
      ``targeted_advertising``, ``profiling``: most give all three; Utah only sale and targeted
      advertising (Utah Code §13-61-201(4)), Iowa only sale (Iowa Code §715D.3(1)(d)). A letter asks
      for these and claims no other.
    * ``agent_since``: the day the agent clause took effect, when the statute gives it a later date
      than the rest of the law (Texas: §541.055(e) from 2025-01-01, HB 4 (2023) §8); a letter dated
      before it is the consumer's own request, sent for them (:func:`us_state` with ``on``).
    * ``agent_verified``: False when the agent rule could not be checked against the statute's text
      or a reliable summary: ``agent`` is then ``none`` and a letter claims nothing about it either
      way (neither an agent's right nor that the law names no agent).
    * ``checked``: the day this row was last checked and which of its figures were checked against
      what (the statute's text, a state page, a reliable summary); figures it does not name were
      written from the trackers in ``source`` and not read in the statute's text.
    """

    state: str
    name: str  # the statute's short title
    cite: str  # where the Act sits in the state's code
    in_force: dt.date
    answer_days: int
    extension_days: int
    clock: str
    deletion: DeletionScope
    deletion_cite: str
    opt_out_cite: str
    agent: AgentScope
    agent_cite: str
    complaint_to: str
    source: str
    opt_outs: tuple[OptOut, ...] = ("sale", "targeted_advertising", "profiling")
    agent_since: dt.date | None = None
    agent_verified: bool = True
    checked: str = ""
    #: where the law gives the consumer an appeal to the controller against a refusal (the step a
    #: state's complaint office expects first), as read in the statute's text; "" where not read
    #: (the complaint then names the office alone) and for Utah, whose Act gives no appeal
    appeal_cite: str = ""


_SOURCES = "IAPP US State Privacy Legislation Tracker; Mayer Brown State Privacy Law Tracker (data subject rights)"

#: US states with a comprehensive consumer privacy law giving a right to delete, with the date each
#: took effect: every one in force by 2026-11-30 (checked against the trackers in ``_SOURCES``;
#: no other state's comprehensive law was in force by then). California is :func:`ccpa`. Florida's
#: Digital Bill of Rights (Fla. Stat. §501.701 et seq.) is left out on purpose: it binds only
#: controllers with over $1 billion in revenue that also run an app store, smart speaker or large
#: ad business (§501.702(9)), which no data broker on the registries is.
STATE_LAWS: dict[str, StateLaw] = {s.state: s for s in (
    StateLaw("CO", "Colorado Privacy Act", "C.R.S. §6-1-1301 et seq.", dt.date(2023, 7, 1), 45, 45,
             "C.R.S. §6-1-1306(2)", "all", "C.R.S. §6-1-1306(1)(d)", "C.R.S. §6-1-1306(1)(a)",
             "opt_out", "C.R.S. §6-1-1306(1)(a)(II)", "the Colorado Attorney General (Consumer Protection Section)",
             "C.R.S. §6-1-1306; " + _SOURCES,
             checked="2026-12-01: the agent only for opting out (§6-1-1306(1)(a)(II)) read in the statute's text (GDPR and "
                         "US States General Privacy Laws Deskbook); the clock and the deletion subsection not re-read"),
    StateLaw("CT", "Connecticut Data Privacy Act", "Conn. Gen. Stat. §42-515 et seq.", dt.date(2023, 7, 1), 45, 45,
             "Conn. Gen. Stat. §42-518", "all", "Conn. Gen. Stat. §42-518(a)(3)", "Conn. Gen. Stat. §42-518(a)(5)",
             "opt_out", "Conn. Gen. Stat. §§42-518(b), 42-519", "the Connecticut Attorney General (Privacy and Data Security Section)",
             "Conn. Gen. Stat. §§42-518, 42-519 (text); " + _SOURCES,
             checked="2026-12-01: the right to delete data 'provided by, or obtained about' the consumer (§42-518(a)(3)), "
                     "the opt-outs (§42-518(a)(5)) and the agent for opting out only (§42-518(b), §42-519, P.A. 22-15 §5) "
                     "read in the statute's text; in force 2023-07-01 (P.A. 22-15); the clock not re-read"),
    StateLaw("DE", "Delaware Personal Data Privacy Act", "6 Del. C. §12D-101 et seq.", dt.date(2025, 1, 1), 45, 45,
             "6 Del. C. §12D-104(c)(1)", "all", "6 Del. C. §12D-104(a)(3)", "6 Del. C. §12D-104(a)(5)",
             "opt_out", "6 Del. C. §§12D-104(b), 12D-105", "the Delaware Department of Justice (Consumer Protection Unit)",
             "6 Del. C. §12D-104 (text); " + _SOURCES,
             checked="2026-12-01: the clock, 45 days + 45 with notice of the reason (§12D-104(c)(1)), an agent only for the "
                         "opt-outs of (a)(5) (§12D-104(b), by §12D-105), a parent, guardian or conservator for others, "
                         "read in the statute's text (Deskbook); deletion of data 'provided by or obtained about' the "
                         "consumer (§12D-104(a)(3)) from a reliable summary (recordinglaw.com)"),
    StateLaw("IA", "Iowa Consumer Data Protection Act", "Iowa Code ch. 715D", dt.date(2025, 1, 1), 90, 45,
             "Iowa Code §715D.3(2)", "provided", "Iowa Code §715D.3(1)(b)", "Iowa Code §715D.3(1)(d)",
             "none", "Iowa Code §715D.3(1) (only a known child's parent or guardian)",
             "the Iowa Attorney General (Consumer Protection Division)",
             "Iowa Code §715D.3 (text); " + _SOURCES, opt_outs=("sale",)),
    StateLaw("IN", "Indiana Consumer Data Protection Act", "Ind. Code 24-15", dt.date(2026, 1, 1), 45, 45,
             "Ind. Code 24-15-3-1(c)(1)", "all", "Ind. Code 24-15-3-1(b)(3)", "Ind. Code 24-15-3-1(b)(5)",
             "none", "Ind. Code 24-15-3-1(a) (only a known child's parent or legal guardian)",
             "the Indiana Attorney General (Consumer Protection Division)",
             "Ind. Code 24-15-3-1 (text); " + _SOURCES,
             checked="2026-12-01: in force 2026-01-01, the clock, 45 days + 45 once ((c)(1)), deletion of data "
                     "'provided by or obtained about' the consumer ((b)(3)), the opt-outs ((b)(5)) and no agent (only "
                     "a known child's parent or legal guardian, (a)) read in the statute's text (lawserver.com, "
                     "counselstack, Deskbook)"),
    StateLaw("KY", "Kentucky Consumer Data Protection Act", "KRS 367.3611 et seq.", dt.date(2026, 1, 1), 45, 45,
             "KRS 367.3615(3)", "all", "KRS 367.3615(2)(c)", "KRS 367.3615(2)(e)",
             "none", "KRS 367.3615(1) (only a child's parent or legal guardian)",
             "the Kentucky Attorney General (Office of Consumer Protection)",
             "KRS 367.3615 (text); " + _SOURCES,
             checked="2026-12-01: deletion of data 'provided by or obtained about' the consumer ((2)(c)), the three "
                     "opt-outs ((2)(e)) and no agent (only a child's parent or legal guardian, (1)) read in the "
                     "statute's text (self-law.org); in force 2026-01-01 (Revision Legal); the clock's subsection "
                     "(3) from the Deskbook's cross-reference, its 45 + 45 days not re-read"),
    StateLaw("MD", "Maryland Online Data Privacy Act", "Md. Code, Com. Law §14-4701 et seq.", dt.date(2025, 10, 1), 45, 45,
             "Md. Code, Com. Law §14-4705", "all", "Md. Code, Com. Law §14-4705(b)", "Md. Code, Com. Law §14-4705(b)(7)",
             "opt_out_individual", "Md. Code, Com. Law §14-4706(a)(1)",
             "the Maryland Attorney General (Consumer Protection Division)",
             "Md. Code, Com. Law §14-4706 (text, mgaleg.maryland.gov); " + _SOURCES,
             checked="2026-12-02: the agent only an individual the consumer designates (§14-4706(a)(1): 'designate "
                     "an individual to serve as the consumer's authorized agent'), not an organisation, read in the "
                     "statute's text on the General Assembly's site (trial28); "
                     "2026-12-01: the agent only for the opt-outs of §14-4705(b)(7) (§14-4706) read in the "
                     "statute's text on the General Assembly's site: the Act sits in subtitle 47 (§14-4701 et seq.), "
                     "not subtitle 46 as written before (SB 541 (2024, ch. 455) enacted it as §14-4601 et seq.; we "
                     "read it as renumbered, not the renumbering itself); in force 2025-10-01 (Clifford Chance 2024-08-04, DataGuidance); the clock (45 + 45) "
                     "from a summary, its subsection not read"),
    # MN: the agent clause itself could not be read (t30): unverified, as RI, so the letter is the
    # person's own, sent for them, and claims nothing about what the Act allows an agent
    StateLaw("MN", "Minnesota Consumer Data Privacy Act", "Minn. Stat. §325M.10 et seq.", dt.date(2025, 7, 31), 45, 45,
             "Minn. Stat. §325M.14", "all", "Minn. Stat. §325M.14, subd. 1(d)", "Minn. Stat. §325M.14, subd. 1(f)",
             "none", "not verified", "the Minnesota Attorney General",
             "Minn. Stat. §325M.14 (text, revisor.mn.gov); the Act as enacted, Laws 2024 ch. 121 (HF 4757), "
             "§325O.02(c) (GDPR and US States General Privacy Laws Deskbook); ag.state.mn.us/Data-Privacy; " + _SOURCES,
             agent_verified=False,
             checked="2026-12-02 (t30): deletion of data 'concerning the consumer' (subd. 1(d)) and the three "
                     "opt-outs (subd. 1(f)) read again in the statute's text (revisor.mn.gov); the Act's definition "
                     "of 'authenticate' (enacted §325O.02(c), now §325M.11) reads a request 'made by or rightfully "
                     "on behalf of the consumer' for every right of subd. 1(b) to (h), and the Attorney General's "
                     "page names guardians, conservators and parents of a child under 13 as acting for a consumer; "
                     "the clause on designating an authorised agent (reported by the trackers as an opt-out agent, "
                     "§325M.14) was not found in any text we could read: unverified until a person reads "
                     "§325M.14 subd. 2 on revisor.mn.gov; 2026-12-01: the clock's subdivision from the trackers; "
                     "2026-12-02 (t32): searched again for the Act's text as enacted (Laws 2024 ch. 121, HF 4757, "
                     "§325O.05, now §325M.14): subd. 1 (the rights, paragraphs (a) to (h)), subd. 4 from paragraph "
                     "(h) and subd. 5 (appeals) were read in the GDPR and US States General Privacy Laws Deskbook's "
                     "copy of the enacted text and subd. 1 on revisor.mn.gov, but not subd. 2 (exercising the "
                     "rights, where the trackers place the agent clause) in any copy we could reach: the agent "
                     "rule stays unverified and a letter claims nothing about it"),
    StateLaw("MT", "Montana Consumer Data Privacy Act", "Mont. Code Ann. §30-14-2801 et seq.", dt.date(2024, 10, 1), 45, 45,
             "Mont. Code Ann. §30-14-2808(4)(a)", "all", "Mont. Code Ann. §30-14-2808", "Mont. Code Ann. §30-14-2808(1)(e)",
             "opt_out", "Mont. Code Ann. §§30-14-2808(3)(a), 30-14-2809", "the Montana Department of Justice (Office of Consumer Protection)",
             "Mont. Code Ann. §§30-14-2808, 30-14-2809 (text); " + _SOURCES,
             checked="2026-12-01: the agent only for the opt-outs of §30-14-2808(1)(e) (§30-14-2809, in force 2024-10-01; "
                         "§30-14-2808(3)(a)) and the clock, 45 days + 45 (§30-14-2808(4)(a)) read in the statute's "
                         "text (lawserver.com, Deskbook); the agent section was wrongly cited as §30-14-2808 alone; "
                         "the deletion subsection not re-read"),
    StateLaw("NE", "Nebraska Data Privacy Act", "Neb. Rev. Stat. §87-1101 et seq.", dt.date(2025, 1, 1), 45, 45,
             "Neb. Rev. Stat. §87-1108", "all", "Neb. Rev. Stat. §87-1107", "Neb. Rev. Stat. §87-1107",
             "opt_out", "Neb. Rev. Stat. §87-1111(5)", "the Nebraska Attorney General (Consumer Protection Division)",
             "Neb. Rev. Stat. §87-1111 (text); " + _SOURCES,
             checked="2026-12-01: the agent only to opt out of targeted advertising and sale (§87-1111(5), LB 1074 "
                     "§11(5)) read in the statute's text (lawserver.com, Deskbook); the sections' subjects (87-1107 "
                     "rights, 87-1108 the controller's compliance) from the code's table (cliclaw.com); in force "
                     "2025-01-01 (DataGuidance); the clock and deletion subsections not read"),
    StateLaw("NH", "New Hampshire Privacy Act", "RSA 507-H", dt.date(2025, 1, 1), 45, 45,
             "RSA 507-H", "all", "RSA 507-H", "RSA 507-H",
             "opt_out", "RSA 507-H:4, II; 507-H:5", "the New Hampshire Attorney General (Consumer Protection and Antitrust Bureau)",
             "RSA 507-H; " + _SOURCES,
             checked="2026-12-02: the agent only to opt out (RSA 507-H:4, II, 'designate an authorized agent in "
                     "accordance with RSA 507-H:5 ... to opt-out') read in the statute's text (Deskbook); the other "
                     "sections' figures not read (trial28)"),
    StateLaw("NJ", "New Jersey Data Privacy Act", "N.J.S.A. 56:8-166.4 et seq.", dt.date(2025, 1, 15), 45, 45,
             "N.J.S.A. 56:8-166.4 et seq.", "all", "N.J.S.A. 56:8-166.10(a)(3)", "N.J.S.A. 56:8-166.10(a)(5)",
             "opt_out", "N.J.S.A. 56:8-166.11(a)", "the New Jersey Division of Consumer Affairs (Office of the Attorney General)",
             "N.J.S.A. 56:8-166.10, 56:8-166.11 (text); " + _SOURCES,
             checked="2026-12-01: deletion of data 'concerning the consumer' (56:8-166.10(a)(3)), the three opt-outs "
                         "(56:8-166.10(a)(5)) and the agent only for opting out (56:8-166.11(a), in force 2025-01-15) "
                         "read in the statute's text (casetext, Deskbook); the clock's section not re-read"),
    StateLaw("OR", "Oregon Consumer Privacy Act", "ORS 646A.570 to 646A.589", dt.date(2024, 7, 1), 45, 45,
             "ORS 646A.576", "all", "ORS 646A.574", "ORS 646A.574",
             "opt_out", "ORS 646A.576(4)", "the Oregon Department of Justice (Consumer Protection)",
             "ORS 646A.574, 646A.576 (text: an agent only for opting out, 646A.576(4)); " + _SOURCES,
             checked="2026-12-01: the agent only for opting out (ORS 646A.576(4)) and a parent, guardian or "
                     "conservator for others (646A.576(3)) read in the statute's text; in force 2024-07-01 and the "
                     "sections' subjects (646A.574 rights, 646A.576 requests and agents) from a reliable summary; "
                     "the clock not re-read; the appeal (646A.576(6): decided within 45 days, in writing) read "
                     "in the statute's text (Deskbook) on 2026-12-01",
             appeal_cite="ORS 646A.576(6)"),
    # RI: whether an agent may act is not settled from the text we could read: unverified, so the
    # letter is the person's own, sent for them, and says nothing about what the law allows an agent
    StateLaw("RI", "Rhode Island Data Transparency and Privacy Protection Act", "R.I. Gen. Laws §6-48.1-1 et seq.",
             dt.date(2026, 1, 1), 45, 45, "R.I. Gen. Laws §6-48.1-6(b)(1)", "all", "R.I. Gen. Laws §6-48.1-5",
             "R.I. Gen. Laws §6-48.1-5", "none", "not verified",
             "the Rhode Island Attorney General (Consumer Protection Unit)",
             "R.I. Gen. Laws §6-48.1-6 (text, webserver.rilin.state.ri.us); " + _SOURCES, agent_verified=False,
             checked="2026-12-01: in force 2026-01-01 and the clock, 45 days + 45 with notice of the reason "
                     "(§6-48.1-6(b)(1)), read in the statute's text (webserver.rilin.state.ri.us); the agent rule "
                     "and §6-48.1-5's subsections not found in what we could read: unverified"),
    StateLaw("TN", "Tennessee Information Protection Act", "Tenn. Code Ann. §47-18-3301 et seq.", dt.date(2025, 7, 1),
             45, 45, "Tenn. Code Ann. §47-18-3304", "all", "Tenn. Code Ann. §47-18-3304(a)(2)(C)", "Tenn. Code Ann. §47-18-3304",
             "none", "Tenn. Code Ann. §47-18-3304(a)(1) (only a known child's parent or legal guardian)",
             "the Tennessee Attorney General (Division of Consumer Affairs)",
             "Tenn. Code Ann. §47-18-3304 (text); Tennessee AG's TIPA FAQ (2025); " + _SOURCES,
             checked="2026-12-01: in force 2025-07-01, deletion of data 'provided by or obtained about' the consumer "
                         "(§47-18-3304(a)(2)(C)) and no agent (only a known child's parent or legal guardian, "
                         "§47-18-3304(a)(1)) read in the statute's text (casetext, Deskbook); the clock not re-read"),
    StateLaw("TX", "Texas Data Privacy and Security Act", "Tex. Bus. & Com. Code ch. 541", dt.date(2024, 7, 1), 45, 45,
             "Tex. Bus. & Com. Code §541.052", "all", "Tex. Bus. & Com. Code §541.051(b)(3)",
             "Tex. Bus. & Com. Code §541.051(b)(5)", "opt_out", "Tex. Bus. & Com. Code §541.055(e)",
             "the Texas Attorney General (Consumer Protection Division)",
             "Tex. Bus. & Com. Code §§541.051-541.055; " + _SOURCES, agent_since=dt.date(2025, 1, 1),
             checked="2026-12-01: in force 2024-07-01, the agent clause (a consumer may designate an agent to opt "
                     "out) only from 2025-01-01 (HB 4 (2023); Akin Gump 2023-07-31, DataGuidance's Texas page, "
                     "consumerprivacyact.com); deletion of data 'provided by or obtained about' the consumer and the "
                     "three opt-outs from the same summaries; section numbers not re-read in the text; a refusal "
                     "must say how to appeal under §541.053 (§541.052(c), read in the text, FindLaw)",
             appeal_cite="Tex. Bus. & Com. Code §541.053"),
    StateLaw("UT", "Utah Consumer Privacy Act", "Utah Code §13-61-101 et seq.", dt.date(2023, 12, 31), 45, 45,
             "Utah Code §13-61-203(2)", "provided", "Utah Code §13-61-201(2)", "Utah Code §13-61-201",
             "none", "Utah Code §13-61-202 (only a child's parent or a guardian or conservator)",
             "the Utah Division of Consumer Protection (Utah Code §13-61-401), for the Utah Attorney General, who enforces the Act",
             "Utah Code §§13-61-201, -202, -203 (text); " + _SOURCES, opt_outs=("sale", "targeted_advertising")),
    StateLaw("VA", "Virginia Consumer Data Protection Act", "Va. Code §59.1-575 et seq.", dt.date(2023, 1, 1), 45, 45,
             "Va. Code §59.1-577(B)(1)", "all", "Va. Code §59.1-577(A)(3)", "Va. Code §59.1-577(A)(5)",
             "none", "Va. Code §59.1-577(A) (only a known child's parent or legal guardian)",
             "the Virginia Attorney General (Consumer Protection Section)",
             "Va. Code §59.1-577 (text); " + _SOURCES,
             checked="2026-12-01: the clock, 45 days + 45 once (§59.1-577(B)(1)), deletion of data 'provided by or obtained "
                         "about' the consumer (A)(3), the three opt-outs (A)(5), and no agent (only a known child's "
                         "parent or legal guardian, (A)) read in the statute's text (self-law.org, Deskbook); a refusal "
                         "must say how to appeal under subsection C ((B)(2), read in the text)",
             appeal_cite="Va. Code §59.1-577(C)"),
)}


#: Where GDPR applies: the EU, the EEA, and the UK (UK GDPR).
GDPR_COUNTRIES: frozenset[str] = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB UK EU EEA".split()
)

#: The supervisory authority that takes a GDPR complaint in each EU/EEA country and the UK, by its
#: English name (with its own name or initials where people know it by them), from the European
#: Data Protection Board's list of its members (edpb.europa.eu, "About EDPB" > "Members"; the UK's
#: from ico.org.uk), as known on 2026-12-01: not read live from here, so a clinic that files a
#: complaint checks the address there. Germany has none for the whole country: a company answers to
#: the authority of the state (Land) where it is established, a person may go to their own Land's
#: (GDPR Art. 77(1), BDSG §40), so a German complaint names the Land (``gdpr_de_*``), not an office.
DATA_PROTECTION_AUTHORITIES: dict[str, str] = {
    "AT": "Austrian Data Protection Authority (Datenschutzbehörde)",
    "BE": "Belgian Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit)",
    "BG": "Bulgarian Commission for Personal Data Protection",
    "HR": "Croatian Personal Data Protection Agency (AZOP)",
    "CY": "Commissioner for Personal Data Protection of Cyprus",
    "CZ": "Czech Office for Personal Data Protection (ÚOOÚ)",
    "DK": "Danish Data Protection Agency (Datatilsynet)",
    "EE": "Estonian Data Protection Inspectorate (Andmekaitse Inspektsioon)",
    "FI": "Office of the Data Protection Ombudsman of Finland",
    "FR": "Commission nationale de l'informatique et des libertés (CNIL)",
    "GR": "Hellenic Data Protection Authority",
    "HU": "Hungarian National Authority for Data Protection and Freedom of Information (NAIH)",
    "IE": "Data Protection Commission of Ireland",
    "IT": "Garante per la protezione dei dati personali",
    "LV": "Data State Inspectorate of Latvia",
    "LT": "State Data Protection Inspectorate of Lithuania",
    "LU": "National Commission for Data Protection of Luxembourg (CNPD)",
    "MT": "Information and Data Protection Commissioner of Malta",
    "NL": "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)",
    "PL": "Polish Personal Data Protection Office (UODO)",
    "PT": "Portuguese National Data Protection Commission (CNPD)",
    "RO": "Romanian National Supervisory Authority for Personal Data Processing (ANSPDCP)",
    "SK": "Office for Personal Data Protection of the Slovak Republic",
    "SI": "Information Commissioner of Slovenia (Informacijski pooblaščenec)",
    "ES": "Spanish Data Protection Agency (Agencia Española de Protección de Datos, AEPD)",
    "SE": "Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)",
    "IS": "Icelandic Data Protection Authority (Persónuvernd)",
    "LI": "Data Protection Authority of Liechtenstein (Datenschutzstelle)",
    "NO": "Norwegian Data Protection Authority (Datatilsynet)",
    "GB": "Information Commissioner's Office (ICO, ico.org.uk)",
}


def gdpr_authority(person_country: str | None, jurisdictions: Iterable[str] = ()) -> str:
    """Whose supervisory authority takes a complaint about a GDPR letter (``Law.authority``):
    ``resident:XX`` for a person living in EU/EEA/UK country XX (their own: Art. 77(1), "the Member
    State of his or her habitual residence"); else ``broker:XX`` when the broker's recipe names one
    such country (where it is established, the place of the alleged infringement); else ``broker``
    (a recipe that says only "EU": the country is the broker's, which its privacy notice names).
    Most of optout's clients live in the US, where no authority is "where they live"."""
    def one(code: str | None) -> str | None:
        code = (code or "").upper()
        code = "GB" if code == "UK" else code
        return code if code in GDPR_COUNTRIES and code not in ("EU", "EEA") else None

    home = one(person_country)
    if home:
        return f"resident:{home}"
    named = sorted({c for c in (one(j) for j in jurisdictions) if c})
    return f"broker:{named[0]}" if len(named) == 1 else "broker"


IDENTIFIER_LABELS: dict[str, str] = {
    "full_name": "Full name",
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "email": "E-mail address",
    "phone": "Phone number",
    "street": "Street address",
    "city": "City",
    "state": "State",
    "zip": "ZIP code",
    "birth_date": "Date of birth",
    "birth_year": "Year of birth",
    "age": "Age",
}


#: The complaint sentences (``complaint:<key>`` of the reasons catalogue, ``Law.complaint_key``),
#: and the overdue task's line after them; ``{office}`` is an office's name without its English "the".
COMPLAINTS = ("ccpa", "us_state", "us_state_appeal", "gdpr_office", "gdpr_uk", "gdpr_de_resident",
              "gdpr_de_broker", "gdpr_broker", "courtesy_before_law", "courtesy", "courtesy_no_state", "quote_reference")


def quote_reference(token: str, lang: str) -> str:
    """The overdue task's line after the complaint: quote the letter's reference (an ``OPT-…``
    token, no value of the person), in ``lang``."""
    from optout.reasons import text

    return (text("complaint:quote_reference", lang) or text("complaint:quote_reference", "en") or "").format(token=token)


@dataclass(frozen=True)
class Law:
    id: LawId
    name: str  # "the California Consumer Privacy Act (CCPA/CPRA)"
    answer_within: dt.timedelta
    extension: dt.timedelta  # how much longer the broker may take when it says so
    #: where to complain when the broker does not answer or refuses wrongly: ``complaint:<key>`` of
    #: the reasons catalogue, filled with ``complaint_with`` (offices' and laws' own names, no value
    #: of the person), read in a reader's language by :meth:`complaint_in`
    complaint_key: str
    #: the US state whose law this is (``us_state``; "CA" for ``ccpa``), else None
    state: str | None = None
    #: how far the right to delete reaches (:class:`StateLaw`); ``all`` for CCPA and GDPR
    deletion: DeletionScope = "all"
    #: what an authorised agent may ask in its own right (:class:`StateLaw`)
    agent: AgentScope = "deletion"
    #: the statute's sections for the clock, the deletion, the opt-out and the agent, where known
    clock_cite: str = ""
    deletion_cite: str = ""
    opt_out_cite: str = ""
    agent_cite: str = ""
    #: who takes a complaint under this law, as the follow-up names it ("" for a courtesy request)
    regulator: str = ""
    #: the opt-outs a state's law gives (:class:`StateLaw`); empty for CCPA, GDPR and a courtesy request
    opt_outs: tuple[OptOut, ...] = ()
    #: False when the state's agent rule is unverified (:class:`StateLaw`): a letter claims nothing about it
    agent_verified: bool = True
    #: the day the law's agent clause takes effect, set only when the letter is dated before it
    #: (``agent`` is then ``none``: the request is the consumer's own, sent for them)
    agent_from: dt.date | None = None
    #: the complaint sentence's names (``{office}``, ``{law}``, ``{state}``, ``{date}``), as they are
    complaint_with: tuple[tuple[str, str], ...] = ()
    #: GDPR only: whose supervisory authority takes a complaint (:func:`gdpr_authority`:
    #: ``resident:XX``, ``broker:XX`` or ``broker``); None for a letter sent before it was recorded
    authority: str | None = None
    #: the law's short name as the letter's subject cites it ("CCPA/CPRA", "Colorado Privacy Act",
    #: "GDPR"); "" for a courtesy request, which cites none (f44a: the subject said "state privacy
    #: law" where the body named the state's law)
    title: str = ""

    @property
    def complaint(self) -> str:
        """Where to complain, in English."""
        return self.complaint_in("en")

    def complaint_in(self, lang: str | None) -> str:
        """Where to complain, in ``lang`` (English when the catalogue has no text for it): the
        sentence around the offices translated, the offices' and laws' names as they are."""
        from optout.reasons import text

        words = text(f"complaint:{self.complaint_key}", lang or "en") or text(f"complaint:{self.complaint_key}", "en")
        return (words or self.complaint_key).format(**dict(self.complaint_with))

    def allowed_extension(self, asked: int) -> int:
        """The days a broker that asks for ``asked`` more days may take under this law: the law's
        one extension at most (CCPA and the state laws: their ``extension_days``; GDPR Art. 12(3):
        two months); a courtesy request has no statute, so the broker's word stands."""
        return asked if self.id == "courtesy" else min(asked, self.extension.days)

    def extended(self, due: dt.datetime, asked: int, told: dt.datetime) -> dt.datetime | None:
        """The answer's new due date when a broker whose answer is due by ``due`` says, on ``told``,
        that it needs ``asked`` more days: the law's one extension at most (``extension`` days; GDPR
        Art. 12(3): two further calendar months). None when it said so after ``due``: every law here
        lets a broker extend only by telling the person within the first period (Cal. Civ. Code
        §1798.130(a)(2)(A); e.g. Tex. Bus. & Com. Code §541.052(b), Va. Code §59.1-578(B); GDPR
        Art. 12(3)), so a late notice changes nothing and the first deadline has passed. A courtesy
        request has no statute: the broker's word stands, whenever it comes."""
        if self.id == "courtesy":
            return due + dt.timedelta(days=asked)
        if told > due:
            return None
        cap = add_month(add_month(due)) if self.id == "gdpr" else due + self.extension
        return min(due + dt.timedelta(days=asked), cap)

    def deadline(self, sent: dt.datetime) -> dt.datetime:
        if self.id == "gdpr":
            return add_month(sent)
        return sent + self.answer_within


def add_month(when: dt.datetime) -> dt.datetime:
    """One calendar month later (GDPR's "one month"): 31 January → 28/29 February."""
    year, month = (when.year + 1, 1) if when.month == 12 else (when.year, when.month + 1)
    for day in (when.day, 30, 29, 28):
        try:
            return when.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


#: The CCPA's right to delete took effect on 1 January 2020 (Cal. Civ. Code §1798.198(a)).
CCPA_IN_FORCE = dt.date(2020, 1, 1)


def choose_law(person: Person, recipe: Recipe, on: dt.date | None = None) -> Law:
    """The law a letter from ``person`` to ``recipe``'s broker, dated ``on`` (default: today, UTC),
    invokes.

    The law is the one the person has: an EU/EEA/UK broker, or a person living there, → GDPR; a
    Californian → CCPA; a resident of a state with its own privacy law in force on ``on`` → that
    law (:data:`STATE_LAWS`); anyone else, or before the state's law took effect → a courtesy
    request. The recipe's ``optout.email.letter`` never overrides that: a law named there that the
    person does not have (``ccpa`` for a New Yorker, or for a client who has moved from California;
    ``us_state`` for a Californian) would claim a right they lack or drop the one they have, so
    ``recipe check`` holds a named law to the brokers and residents it fits, and the letter is
    still chosen from the person's residence. A postal letter (no ``optout.email``,
    :mod:`optout.legal.postal`) chooses the same way.
    """
    if any(j.upper() in GDPR_COUNTRIES for j in recipe.jurisdictions):
        addr = person.current_address
        return gdpr(gdpr_authority(addr.country if addr else "US", recipe.jurisdictions))
    return residence_law(person, on)


def residence_law(person: Person, on: dt.date | None = None) -> Law:
    """The law the person's residence gives them on ``on`` (default: today, UTC), whoever the broker
    is: GDPR for an EU/EEA/UK resident, CCPA for a Californian, their state's own law
    (:data:`STATE_LAWS`) once in force, else a courtesy request. What the authorisation form a
    client signs cites (:func:`optout.legal.agent.form`), and :func:`choose_law` for a broker that is
    not European."""
    on = on or dt.datetime.now(dt.UTC).date()
    addr = person.current_address
    country = addr.country if addr else "US"
    state = addr.state if addr and country == "US" else None
    if country in GDPR_COUNTRIES:
        return gdpr(gdpr_authority(country))
    if state == "CA" and on >= CCPA_IN_FORCE:
        return ccpa()
    if state in STATE_LAWS and on >= STATE_LAWS[state].in_force:
        return us_state(state, on)
    return courtesy(state)


def ccpa() -> Law:
    return Law("ccpa", "the California Consumer Privacy Act, as amended by the CPRA (Cal. Civ. Code §1798.100 et seq.)",
               dt.timedelta(days=45), dt.timedelta(days=45), "ccpa",
               state="CA", deletion="all", agent="deletion", clock_cite="Cal. Civ. Code §1798.130(a)(2)(A)",
               deletion_cite="Cal. Civ. Code §1798.105", opt_out_cite="Cal. Civ. Code §1798.120",
               agent_cite="Cal. Civ. Code §1798.140(ak); Cal. Code Regs. tit. 11, §7063",
               regulator="the California Privacy Protection Agency or the California Attorney General",
               title="CCPA/CPRA")


def us_state(state: str, on: dt.date | None = None) -> Law:
    """The law of ``state`` (a key of :data:`STATE_LAWS`; KeyError otherwise) for a letter dated ``on``
    (None: as the law stands now). Before the day a statute's agent clause takes effect
    (``StateLaw.agent_since``) the law gives an agent nothing: ``agent`` is ``none`` and
    ``agent_from`` says when that changes."""
    s = STATE_LAWS[state]
    agent_rule: AgentScope = s.agent
    agent_from = None
    if s.agent_since is not None and on is not None and on < s.agent_since:
        agent_rule, agent_from = "none", s.agent_since
    # where the law gives an appeal against a refusal, the complaint office expects it first
    complaint_key, with_appeal = ("us_state_appeal", (("appeal", s.appeal_cite),)) if s.appeal_cite else ("us_state", ())
    return Law("us_state", f"the {s.name} ({s.cite})", dt.timedelta(days=s.answer_days),
               dt.timedelta(days=s.extension_days),
               complaint_key, complaint_with=(("office", s.complaint_to.removeprefix("the ")), ("law", s.name),
                                              *with_appeal),
               state=state, deletion=s.deletion, agent=agent_rule, clock_cite=s.clock, deletion_cite=s.deletion_cite,
               opt_out_cite=s.opt_out_cite, agent_cite=s.agent_cite, regulator=s.complaint_to, opt_outs=s.opt_outs,
               agent_verified=s.agent_verified, agent_from=agent_from, title=s.name)


def law_by_id(law_id: str, state: str | None, on: dt.date | None = None, authority: str | None = None) -> Law:
    """The law a sent letter invoked, from its id and state (its event's ``law``, ``law_state``
    and, for GDPR, ``law_authority``); ``on``: the letter's date, so a follow-up writes in the
    capacity the first letter had (a clause in force later does not apply)."""
    if law_id == "ccpa":
        return ccpa()
    if law_id == "gdpr":
        return gdpr(authority)
    if law_id == "us_state" and state in STATE_LAWS:
        return us_state(state, on)
    return courtesy(state)


def gdpr(authority: str | None = None) -> Law:
    """GDPR Art. 17, with the complaint office ``authority`` names (:func:`gdpr_authority`): the
    person's own country's authority, the broker's country's, or, when neither is known, the
    authority where the broker is established. None (a letter recorded before the authority was) is
    read as the last: "where I live" was the old letters' words, which no US resident can use."""
    where, _, code = (authority or "").partition(":")
    office = DATA_PROTECTION_AUTHORITIES.get(code, "")
    if code == "GB":
        key, regulator = "gdpr_uk", f"the {office}, under UK GDPR Art. 77"
    elif code == "DE":
        key = f"gdpr_de_{where}"
        regulator = ("the data protection authority of my German state (GDPR Art. 77)" if where == "resident" else
                     "the data protection authority of the German state where you are established (GDPR Art. 77)")
    elif office:
        key = "gdpr_office"
        regulator = f"the {office}, under GDPR Art. 77"
    else:  # the broker's country, unnamed; or a letter from before the authority was recorded, whose
        # reader may live anywhere: every data subject may complain where the infringement took place
        key, regulator = "gdpr_broker", "the data protection authority where you are established (GDPR Art. 77)"
    return Law("gdpr", "Article 17 of the General Data Protection Regulation (GDPR)", dt.timedelta(days=31),
               dt.timedelta(days=61), key, regulator=regulator, authority=authority,
               complaint_with=(("office", office),) if office else (), title="GDPR")


def courtesy(state: str | None) -> Law:
    """A request no statute backs: the person's state has no privacy law with a right to delete, or
    the letter was dated before that law took effect (then the complaint names the law, for a new
    request once it applies)."""
    if state in STATE_LAWS:
        s = STATE_LAWS[state]
        return Law("courtesy", "no privacy statute (a voluntary request)", dt.timedelta(days=45),
                   dt.timedelta(days=45), "courtesy_before_law", state=state,
                   complaint_with=(("law", s.name), ("date", s.in_force.isoformat()),
                                   ("office", s.complaint_to.removeprefix("the "))))
    if state in STATES:
        return Law("courtesy", "no privacy statute (a voluntary request)", dt.timedelta(days=45),
                   dt.timedelta(days=45), "courtesy", state=state, complaint_with=(("state", STATES[state]),))
    return Law("courtesy", "no privacy statute (a voluntary request)", dt.timedelta(days=45), dt.timedelta(days=45),
               "courtesy_no_state", state=state)


def letter_values(values: dict[str, str], person: Person) -> dict[str, str]:
    """The recipe's values as a letter names the person: ``full_name`` with the generational
    suffix the person uses ("José Luis Ramírez Jr"), in the identifiers, the signature and the
    sender's name. A broker that also holds the father (or son) must know which record the request
    is about; the suffix is part of the name the person gave, no further datum. The name is given
    first, as US brokers file names from US records ("Lan Thị Nguyễn"), even for a person whose own
    tradition writes the family name first (``Person.display_name`` is for what the person reads):
    the broker must find the record. ``values`` is not changed; without a suffix or a ``full_name``
    it is returned as it is."""
    if person.one_part_name:
        # one name only (docs/PEOPLE.md, "one-part names"): the letter names it once, as one name
        values = {**values, ONE_PART: "1"}
    if person.contact_care_of and not values.get("email"):
        # no e-mail of the client's own: the address of someone who receives mail for them, named as
        # that where the broker asks for an e-mail (:func:`_identifiers`), never as the client's
        values = {**values, CARE_OF: person.contact_care_of}
    name, suffix = values.get("full_name"), person.suffix
    if not (name and suffix) or name.split()[-1].rstrip(".").lower() == suffix.rstrip(".").lower():
        return values
    return {**values, "full_name": f"{name} {suffix}"}



def signed_name(values: dict[str, str]) -> str:
    """The name a letter is signed with: ``full_name``, else the first and last name; a one-part
    name (:func:`letter_values`) once, never "Zarghuna Zarghuna"."""
    if values.get("full_name"):
        return values["full_name"]
    parts = [v for k in ("first_name", "last_name") if (v := values.get(k))]
    return parts[0] if values.get(ONE_PART) and parts else " ".join(parts)


def _opt_out_clause(law: Law) -> str:
    """What a state law's letter opts out of, only as far as the law goes (``law.opt_outs``):
    "the sale of my personal data and of its processing for targeted advertising and profiling"."""
    uses = [{"targeted_advertising": "targeted advertising", "profiling": "profiling"}[o]
            for o in law.opt_outs if o != "sale"]
    clause = "the sale of my personal data"
    if uses:
        clause += " and of its processing for " + " and ".join(uses)
    return clause


def new_token() -> str:
    """A reference a reply can quote: ``OPT-`` and six characters no one confuses (no 0/O, 1/I)."""
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "OPT-" + "".join(secrets.choice(alphabet) for _ in range(6))


@dataclass(frozen=True)
class Letter:
    subject: str
    body: str
    law: Law
    #: the letter names the e-mail of someone who receives mail for the client (``CARE_OF_LABEL``):
    #: its event records it (``care_of``), and the client's report says so, never the address
    care_of: bool = False


def _identifiers(recipe: Recipe, values: dict[str, str]) -> list[tuple[str, str]]:
    """The details a letter gives: the e-mail opt-out's ``identifiers``, or for a postal letter the
    recipe's declared ``inputs`` (the values given are those fields only)."""
    fields = recipe.optout.email.identifiers if recipe.optout.email is not None else list(recipe.inputs)
    out = [(IDENTIFIER_LABELS.get(f, f), values[f]) for f in fields if values.get(f)]
    if "email" in fields and not values.get("email") and values.get(CARE_OF):
        out.insert(fields.index("email") if fields.index("email") <= len(out) else len(out),
                   (CARE_OF_LABEL, values[CARE_OF]))
    if values.get(ONE_PART):
        # a one-part name asked as a first and a last name: one line, saying it is the whole name
        named = [f for f in fields if f in ("first_name", "last_name") and values.get(f)]
        if named:
            labels = {IDENTIFIER_LABELS[f] for f in named}
            at = next(i for i, (label, _v) in enumerate(out) if label in labels)
            out = [x for x in out if x[0] not in labels]
            out.insert(at, (ONE_PART_LABEL, values[named[0]]))
    return out


#: The identifier line of a one-part name in a letter (brokers read English).
ONE_PART_LABEL = "Name (one name only; no surname)"
#: The value key (never a template field) and the identifier line of the address of someone who
#: receives mail for the client (``Person.care_of_email``): said to be someone else's, so a broker
#: never takes it for the client's own e-mail or identity.
CARE_OF = "_care_of_email"
CARE_OF_LABEL = "E-mail of someone who receives mail for me (not my own address)"


def _post_only(person: Person, by_post: bool) -> str:
    """For a client who asked to be contacted by post only (``Person.post_only``): the request's
    own sentence that the broker must not write to them by e-mail (brokers hold e-mail addresses
    of their own; the letter gives none of the client's), with the way to answer. Empty otherwise."""
    if not person.post_only:
        return ""
    how = ("Please answer by post, to the postal address this letter gives" if by_post else
           "Please answer only by replying to this message")
    return (f"{how}. I ask to be contacted by post only: do not write to me at any e-mail address you may hold "
            "for me.\n\n")


def compose(person: Person, recipe: Recipe, values: dict[str, str], token: str, sent: dt.datetime,
            law: Law | None = None, by_post: bool = False) -> Letter:
    """The first request. ``values`` are the person's fields the recipe declared (nothing else is
    available, so nothing else can leak into the letter). ``by_post``: a printed letter, posted some
    day after ``sent`` and received later still: every clock runs from receipt (e.g. Cal. Civ. Code
    §1798.130(a)(2)(A), GDPR Art. 12(3)), so it names no date, only the time from receipt (a date
    counted from the day it was printed would claim an answer due before the law says)."""
    law = law or choose_law(person, recipe)
    name = signed_name(values)
    named = _identifiers(recipe, values)
    ids = "\n".join(f"  {label}: {value}" for label, value in named)
    due = law.deadline(sent).date().isoformat()
    # "that is by 2027-01-15" for an e-mail (received the day it is sent); nothing for a letter by post
    by_due = "" if by_post else f", that is by {due}"
    if law.id == "gdpr":
        subject = f"Erasure request under GDPR Article 17 [{token}]"
        asks = (f"Under {law.name}, I ask you to erase all personal data you hold about me without undue delay, "
                "and, under Article 21, I object to any further processing of it for marketing, profiling or "
                "disclosure to others. Please also tell the recipients to whom you disclosed my data about this "
                "erasure (Article 19).")
        clock = (f"Article 12(3) requires an answer within one month of receipt{by_due}. "
                 "Please confirm in writing when my data has been erased.")
    elif law.id == "courtesy":
        subject = f"Request to delete my personal information [{token}]"
        asks = ("I ask you to delete all personal information you hold about me, to remove any listing or profile "
                "about me from your website and products, and to stop selling or sharing my information.")
        clock = ("I would be grateful for a confirmation within 45 days of receipt of this letter." if by_post
                 else f"I would be grateful for a confirmation by {due}.")
    elif law.deletion == "provided":
        # the law's right to delete reaches only what the consumer gave the broker: say so, ask for
        # that, use the opt-out of sale the law does give, and ask for the rest as a courtesy
        subject = f"Request to opt out of sale and to delete ({law.title}) [{token}]"
        asks = (f"Under {law.name}, I opt out of {_opt_out_clause(law)} ({law.opt_out_cite}), and I request "
                f"that you delete the personal data I provided to you ({law.deletion_cite}). That law's right to "
                "delete covers only data I provided to you; if you obtained information about me from others, I also "
                "ask you, as a courtesy, to delete it and to remove any listing or profile about me from your website and products.")
        clock = (f"The law requires a response within {law.answer_within.days} days of receipt ({law.clock_cite})"
                 f"{by_due}. If you need more time, please tell me why within that period, as the law "
                 "requires. Please confirm in writing what you have done.")
    else:
        subject = f"Request to delete and to opt out of sale/sharing ({law.title}) [{token}]"
        # CCPA's opt-out covers sale and "sharing" (§1798.120); the other states' cover sale, targeted
        # advertising and profiling, each in the section cited
        opt_out = ("I also opt out of the sale and sharing of my personal information." if law.id == "ccpa" else
                   f"I also opt out of {_opt_out_clause(law)} ({law.opt_out_cite}).")
        asks = (f"Under {law.name}, I request that you delete all personal information you have collected or hold "
                f"about me ({law.deletion_cite}), including any listing or profile about me, and direct your service "
                f"providers and contractors to do the same. {opt_out}")
        clock = (f"The law requires a response within {law.answer_within.days} days of receipt ({law.clock_cite})"
                 f"{by_due}. If you need more time, please tell me why within that period, as the law "
                 "requires. Please confirm in writing when the deletion is done.")
    body = (
        f"To the privacy team of {recipe.name},\n\n{asks}\n\n"
        f"To find my records, please use only these details:\n{ids}\n\n"
        "Please use them only to process this request. If you cannot find me with them, tell me what else you "
        "need and why; do not ask for more than is needed to match your records.\n\n"
        f"{clock}\n\n{_post_only(person, by_post)}Please keep the reference {token} in the subject of your reply.\n\n"
        f"Sincerely,\n{name}\n"
    )
    return Letter(subject, body, law, care_of=any(label == CARE_OF_LABEL for label, _ in named))


#: How the follow-up names a broker's answer that was not a final one, by the event that recorded it
#: (``optout.mail._flow``): an acknowledgement, a request for more time (in time or late), a
#: verification link that was opened. A follow-up must never tell a broker that answered that it did
#: not (trial37: "I have not received a reply" to a broker that had asked for 45 more days).
FOLLOW_UP_ANSWERS = {
    "reply_ack": "acknowledging it",
    "deadline_extended": "asking for more time",
    "deadline_extension_late": "asking for more time after your answer was due",
    "verified": "with a link to confirm it, which was opened",
}


def compose_follow_up(recipe: Recipe, values: dict[str, str], token: str, sent: dt.datetime, law: Law,
                      now: dt.datetime, answered: Sequence[tuple[str, dt.date]] = ()) -> Letter:
    """The one reminder sent when the deadline passes without a final answer.

    ``answered``: the broker's answers since the letter that were not a final one, each as the
    kind of event that recorded it (a key of :data:`FOLLOW_UP_ANSWERS`) and the day it came, oldest
    first; empty when none came. With answers the reminder says when the broker answered and how,
    and asks for the answer it still owes; without, that no reply came. Raises ``KeyError`` for a
    kind not in :data:`FOLLOW_UP_ANSWERS`."""
    name = signed_name(values)
    # a voluntary request has no legal time to answer: only the date it asked for has passed
    passed = ("the time to answer it has passed" if law.id != "courtesy" else
              f"the date I asked you to confirm it by ({(sent + law.answer_within).date().isoformat()}) has passed")
    said = "; ".join(f"on {day.isoformat()}, {FOLLOW_UP_ANSWERS[kind]}" for kind, day in answered)
    # what we know, never more: no final answer came; whether the broker did the work is its to say
    # (f44a: "not completed" went to a broker that removed the person when its link was opened)
    subject = (f"Follow-up: privacy request awaiting your final answer [{token}]" if answered else
               f"Follow-up: unanswered privacy request [{token}]")
    opened = any(kind == "verified" for kind, _day in answered)
    ask = ("If you completed it when the link was opened, please confirm it in writing, quoting the reference; if "
           "not, please complete it and confirm it in writing.\n\n" if opened else
           "Please complete the request and confirm it in writing. If you have already completed it, please send "
           "the confirmation to this address, quoting the reference.\n\n")
    body = (
        f"To the privacy team of {recipe.name},\n\n"
        f"On {sent.date().isoformat()} I sent you a request to delete my personal information (reference {token}), "
        + (f"under {law.name}. " if law.id != "courtesy" else "as a voluntary request. ")
        + (f"You answered it ({said}), but you have not told me that the request is complete, and {passed}.\n\n"
           + ask if answered else
           passed[0].upper() + passed[1:] + " and I have not received a reply.\n\n"
           "Please complete the request and confirm it in writing. If you already answered, please send the answer "
           "again to this address, quoting the reference.\n\n")
        + (f"If I receive no {'final ' if answered else ''}answer, I will file a complaint with {law.regulator}.\n\n"
           if law.regulator else
           f"If I receive no {'final ' if answered else ''}answer, I may raise the matter with my state's Attorney "
           "General or the Federal Trade Commission.\n\n")
        + f"Sincerely,\n{name}\n"
    )
    return Letter(subject, body, law)
