"""The matching benchmark (run through ``scripts/bench matching``): the matcher on the repo's
labelled evaluation set (data/matching/: invented people and listings, each pair with its ground
truth, the kind of problem it tests and a one-line reason).

Printed: precision at the submit threshold (of the listings optout would request removal for, the
share that are the person), recall at submit for the listings that carry corroboration (an age, a
place or a phone), recall at ask (submitted or sent to a person, all positives), the share of all
pairs sent to a person, and a table by kind. Targets (issue 10): precision ≥ 0.98, recall ≥ 0.90,
≤ 10% to a person. Options:
``--set main|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|holdout16|holdout17|holdout18|holdout19|holdout20|holdout21|holdout22|holdout23|holdout24|holdout25``
(default main: data/matching/; holdout … holdout10: data/matching/holdout/ … holdout10/, held-out sets
written independently without reading the matcher, never to be tuned on while held out; holdout and
holdout2 have since been read by the matcher's authors, and holdout3's to holdout9's failures have
been worked on (holdout7 since the eleventh pass; holdout8, the South and the West, since the
thirteenth, which read all its failures; holdout9, small towns of the Midwest and the Plains, since
the fourteenth, which read all its failures), so those ten are development sets now and none is an
honest measure; holdout10, weighted to Filipino, Brazilian, Central and South American, West and East
African, Armenian, Slavic, Afghan, Arab and East Asian names and the households they live in, was
retired to a development set by the fifteenth pass, which read all its failures),
``--submit-at --ask-at`` (default: optout's settings), ``--json``, ``--errors`` (list the pairs
decided wrongly or sent to a person; the data are invented).

``--set holdout11`` (data/matching/holdout11/: weighted to Hmong, Burmese and Karen, Sikh, Somali,
Haitian, Cuban and Dominican, Maya, Iraqi and Yemeni, Cantonese, Korean, Tamil, Bangladeshi, Bhutanese,
Congolese, Ukrainian, Tongan and Samoan names, written without reading the matcher) was retired to a
development set by the sixteenth pass (branch m16, 2026-12-01), which read all its failures: it is no
honest measure any more.

A pair marked ``twin: true`` is one a careful human could not decide from the listing (a common name
with only an age and a place): it is left out of the headline figures and the table by kind, and its
decisions are reported on their own line (the right one is to ask a person). A pair on which the
matcher raises is counted as ``error`` (a missed positive / a rejected negative) and reported.

``--set holdout12`` (data/matching/holdout12/: weighted to Oaxacan, Puerto Rican, Colombian and
Venezuelan, Quechua and Aymara, Garifuna, Brazilian and Cape Verdean, Yoruba, Igbo and Ghanaian,
Ethiopian and Dinka, Egyptian and Syrian, Iranian, Pakistani, Gujarati and Malayali, Fujianese and
Taiwanese, Vietnamese, Khmer and Lao, Filipino, Armenian, Russian and Polish names, written without
reading the matcher) was retired to a development set by the nineteenth pass (branch m19, 2026-12-02),
which read all its failures: it is no honest measure any more.

``--set holdout13`` (data/matching/holdout13/: weighted to Mexican (Michoacán, Jalisco, Guerrero,
Zacatecas), Salvadoran and Guatemalan, Kichwa Ecuadorian, Dominican, Afghan, Rohingya, Eritrean,
Somali Bantu, Kurdish, Palestinian and Jordanian, Maghrebi, Senegalese, Guinean and Malian, Tibetan
and Sherpa, Mongolian, Uzbek and Tajik, Georgian, Bosnian and Albanian, Telugu, Tamil and Sri
Lankan, Japanese, Hakka and Teochew names, written without reading the matcher) was retired to a
development set by the eighteenth pass (branch m18, 2026-12-02), which read all its failures: it is
no honest measure any more.

``--set holdout14`` (data/matching/holdout14/: weighted to Venezuelan, Honduran and Nicaraguan,
Chilean and Argentine, Q'anjob'al and Mam, Yemeni, Burundian and Rwandan, Liberian and Sierra
Leonean, Cameroonian, Turkish, Romanian and Moldovan, Russian and Belarusian, Russian-Jewish and
Israeli, Greek, Hungarian, Indonesian, Thai, Chinese Malaysian and Singaporean, Hong Kong,
Marshallese and Chuukese, Samoan and Azorean names, written without reading the matcher) was retired
to a development set by the twentieth pass (branch m20, 2026-12-02), which read all its failures: it
is no honest measure any more.

``--set holdout15`` (data/matching/holdout15/: weighted to Quechua and Aymara, Paraguayan, Mexican
Mennonite, Japanese Brazilian and Peruvian, Arab and Chinese Latin American, Indo-Caribbean,
Jamaican, Chaldean and Assyrian, Jordanian, Maghrebi, Fulani, Togolese and Beninese, Dinka, Kenyan
and Ugandan, Zimbabwean, Karen and Chin, Lao, Uyghur, Kazakh and Kyrgyz, Koryo-saram, Azerbaijani,
Yazidi, Serbian and Croatian, Czech, Lithuanian, Goan and Malayali, Parsi and Indo-Fijian names,
written without reading the matcher) was retired to a development set by the twenty-second pass
(branch m22, 2026-12-02), which read all its failures: it is no honest measure any more.

``--set holdout16`` (data/matching/holdout16/: weighted to Lusophone African, Equatoguinean,
Malagasy, Mauritian and Comorian, Ivorian and Burkinabè, Swahili-coast, Oromo and Amhara, Somali
Bantu, Chadian, Sinhala, Kannada, Marathi and Odia, Sindhi, Baloch and Hazara, Chechen and Avar,
Tatar, Turkmen, Chamorro, Palauan and Pohnpeian, iTaukei, Māori, Diné, Native Hawaiian, Yup'ik,
Hasidic and Sephardic Jewish, Catalan, Basque, Galician, Italian, Maltese, Dutch, German, Icelandic,
Finnish and Romanichal names and an English-name control group, written without reading the
matcher) was retired to a development set by the twenty-third pass (branch m23, 2026-12-02), which read
all its failures: it is no honest measure any more.

``--set holdout17`` (data/matching/holdout17/: the clinics' most common clients, Mexican incl.
Indigenous, Central and South American, Caribbean, Brazilian, Haitian, Chinese, Korean, Vietnamese,
Filipino, South Asian, West and East African, Afghan, Arab, Ukrainian and Russian names and an
English-name control group, written without reading the matcher) was retired to a development set by the
twenty-fourth pass (branch m24, 2026-12-02), which read all its failures: it is no honest measure any more.

``--set holdout18`` (data/matching/holdout18/: refugee and newer communities in US-document situations,
Burmese, South Asian, Afghan, Hmong, Khmer and Lao, Arab, Somali and West and Central African, Latin
American, Haitian and Ukrainian names and an English-name control group, written without reading the
matcher) was held out until the twenty-fifth pass (branch m25, 2026-12-02), which read all its failures: it is a
development set now, no honest measure any more.

``--set holdout19`` (data/matching/holdout19/: Guatemalan and Mexican Indigenous, Caribbean and Central
American, Brazilian, Filipino, Ethiopian and Eritrean, Nigerian, Gujarati and Telugu, Fujianese and
Cantonese and Haitian names in the damage brokers' data entry does, and an English-name control group,
written without reading the matcher) was held out until the twenty-sixth pass (branch m26, 2026-12-02), which read
all its failures: it is a development set now, no honest measure any more.

``--set holdout20`` (data/matching/holdout20/: Hmong, Sikh, Bangladeshi and Pakistani, Arab and Coptic,
Ukrainian and Russian, Khmer, Nepali, Haitian, Tongan and Samoan, Cuban, Venezuelan, Garifuna and other
Latin American names in the damage brokers' data entry does, and an English-name control group, written
without reading the matcher) was held out until the thirtieth pass (branch m30, 2026-12-03), which read all its
failures: it is a development set now, no honest measure any more.

``--set holdout21`` (data/matching/holdout21/: Iranian, Turkish and Kurdish, Armenian, Rohingya and Karen,
Dinka and Nuer, West African, Ghanaian, Tibetan and Mongolian, Uzbek and Tajik, Chinese, Japanese and
Okinawan, Cape Verdean and Angolan, Dominican, Salvadoran, Puerto Rican and Mexican Indigenous names in
stale, moved and household cards, and an English-name control group, written without reading the
matcher) is held out until its README says otherwise: never tune on it.

``--set holdout22`` (data/matching/holdout22/: Bosnian and Croatian, Albanian, Romanian and Moldovan,
Greek, Chaldean and Assyrian, Yemeni, Syrian, Tamil, Malayali, Indo-Caribbean, Jamaican, Liberian and
Sierra Leonean, Cameroonian, Oromo, Marshallese and Chuukese, Lao, Thai, Indonesian, Venezuelan,
Colombian, Cuban, Nicaraguan, Kichwa, Peruvian and Garifuna names in stale, merged, moved and household
cards, and an English-name control group, written without reading the matcher) was held out until the
thirty-fourth pass (branch m34, 2026-12-03), which read all its failures: it is a development set now.

``--set holdout23`` (data/matching/holdout23/: Honduran and Salvadoran, Guatemalan Maya (K'iche', Mam,
Q'eqchi', Ixil, Chuj, Akateko), Mixtec, Zapotec, Triqui, Tzotzil and Purépecha, Brazilian and Portuguese,
Haitian, Congolese, Burmese, Nepali Bhutanese, Afghan, Sudanese, Eritrean and Ethiopian, Arab, Vietnamese,
Korean, Filipino and Ukrainian names in stale, moved, merged and household cards, and an English-name
control group, written without reading the matcher) was held out until matching passes 38 and 39
(2026-12-04), which measured their rule on it pair by pair: it is a development set now.

``--set holdout24`` (data/matching/holdout24/: Somali, Hmong, Karen and Rohingya, Khmer and Lao, Chinese
(Cantonese, Taiwanese Wade-Giles and pinyin), Punjabi Sikh, Telugu, Tamil and Gujarati, Pakistani, Iranian,
Armenian, Russian and Polish, Cuban, Dominican, Puerto Rican, Venezuelan and Colombian, Quechua and Aymara,
Cape Verdean and Angolan, Yoruba and Igbo, Ghanaian and Jamaican names in stale, moved, merged and household
cards, and an English-name control group, written without reading the matcher) is held out until its README
says otherwise: never tune on it.

``--set holdout25`` (data/matching/holdout25/: many people with few cards each, 111 people and 249 pairs;
Garifuna and Miskito, Q'eqchi' and Poqomchi', Otomí and Mazahua, Guerrero Nahua, Wayuu and Afro-Colombian,
Haitian (Florida and Massachusetts), Cape Verdean and Brazilian (New England), Banyamulenge, Burundian,
Eritrean, Nuba, Libyan, Mandaean, Afghan and Pakistani Pashtun, Sylheti, Madhesi, Kachin, Vietnamese
Amerasian, Hmong, Wenzhou Chinese, Korean adoptee, Filipino, Tongan, Ukrainian Roma, Molokan and Bosnian
names in what brokers' data entry does to them, and an English-name control group, written without reading
the matcher) is held out until its README says otherwise: never tune on it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from optout.matching import score  # noqa: E402
from optout.person import parse_person  # noqa: E402
from optout.settings import MatchSettings  # noqa: E402
from optout.steps.extract import Listing  # noqa: E402

DATA = ROOT / "data" / "matching"
SETS: dict[str, Path] = {"main": DATA, "holdout": DATA / "holdout", "holdout2": DATA / "holdout2",
                         "holdout3": DATA / "holdout3", "holdout4": DATA / "holdout4", "holdout5": DATA / "holdout5",
                         "holdout6": DATA / "holdout6", "holdout7": DATA / "holdout7",
                         "holdout8": DATA / "holdout8", "holdout9": DATA / "holdout9",
                         "holdout10": DATA / "holdout10", "holdout11": DATA / "holdout11",
                         "holdout12": DATA / "holdout12",
                         "holdout13": DATA / "holdout13",
                         "holdout14": DATA / "holdout14",
                         "holdout15": DATA / "holdout15",
                         "holdout16": DATA / "holdout16",
                         "holdout17": DATA / "holdout17",
                         "holdout18": DATA / "holdout18",
                         "holdout19": DATA / "holdout19",
                         "holdout20": DATA / "holdout20",
                         "holdout21": DATA / "holdout21",
                         "holdout22": DATA / "holdout22",
                         "holdout23": DATA / "holdout23",
                         "holdout24": DATA / "holdout24",
                         "holdout25": DATA / "holdout25"}
KINDS: dict[str, str] = {  # every pair's `kind`; the first ten follow issue 10's numbered faults
    "multiword": "several given names or surnames, particles, hyphens, a part of the name alone",
    "order": "family name first, or 'Last, First M'",
    "letters": "letters that do not decompose, apostrophes, non-Latin scripts",
    "variant": "spelling variants, nicknames, other names in use, names that only look alike",
    "suffix": "Jr/Sr/II/III and the father/son household",
    "age": "age text: exact, decade, birth year, birth month/year; a far age",
    "place": "place formats (St/Saint, Ft/Fort, ZIP or state alone, neighbourhoods); other states",
    "evidence": "phones, relatives and aliases that confirm or contradict; the person's relatives",
    "common": "common names that need more than a name, an age and a place",
    "robust": "text as scrapers leave it (entities, mojibake, invisible characters, emoji)",
    "plain": "nothing special: a name as entered, with corroboration",
    "history": "past cities: stale listings, moves, places the person never lived",
}


def load(data: Path = DATA) -> tuple[dt.date, list[dict]]:
    people = yaml.safe_load((data / "people.yaml").read_text(encoding="utf-8"))
    doc = yaml.safe_load((data / "pairs.yaml").read_text(encoding="utf-8"))
    persons = {k: parse_person(v, f"people.yaml:{k}") for k, v in people.items()}
    pairs = []
    for i, p in enumerate(doc["pairs"], start=1):
        listing = Listing(name=p["n"], age_text=p.get("a"), locations=p.get("l", []), past_locations=p.get("pl", []),
                          phones=p.get("ph", []), relatives=p.get("r", []), aliases=p.get("k", []))
        pairs.append({**p, "i": i, "person": persons[p["p"]], "listing": listing,
                      "corroborated": bool(p.get("a") or any(x.strip() for x in p.get("l", []) + p.get("pl", []))
                                           or p.get("ph"))})
    return doc["today"], pairs


def evaluate(submit_at: float, ask_at: float, data: Path = DATA) -> dict:
    today, pairs = load(data)
    rows = []
    for p in pairs:
        try:
            m = score(p["person"], p["listing"], submit_at=submit_at, ask_at=ask_at, today=today)
            decision, confidence, reasons = m.decision, m.confidence, m.reasons
        except Exception as exc:  # noqa: BLE001 - a crash is a result to count, not the end of the run
            decision, confidence, reasons = "error", 0.0, [f"raised {type(exc).__name__}"]
        rows.append({"i": p["i"], "kind": p["kind"], "truth": p["t"], "decision": decision,
                     "confidence": confidence, "corroborated": p["corroborated"], "why": p["why"],
                     "person": p["p"], "name": p["n"], "reasons": reasons, "twin": bool(p.get("twin"))})

    def metrics(rs: list[dict]) -> dict:
        sub = [r for r in rs if r["decision"] == "match"]
        # "error" (the matcher raised) counts as no_match below: never submitted, never asked
        pos = [r for r in rs if r["truth"] == 1]
        pos_c = [r for r in pos if r["corroborated"]]
        asked = [r for r in rs if r["decision"] == "uncertain"]
        return {
            "pairs": len(rs), "positives": len(pos), "negatives": len(rs) - len(pos),
            "submitted": len(sub), "false_submissions": sum(1 for r in sub if r["truth"] == 0),
            "precision_at_submit": round(sum(r["truth"] for r in sub) / len(sub), 3) if sub else None,
            "recall_at_submit_corroborated": round(sum(1 for r in pos_c if r["decision"] == "match") / len(pos_c), 3)
            if pos_c else None,
            "recall_at_submit": round(sum(1 for r in pos if r["decision"] == "match") / len(pos), 3) if pos else None,
            "precision_at_ask": round(sum(r["truth"] for r in rs if r["decision"] in ("match", "uncertain"))
                                      / max(1, sum(1 for r in rs if r["decision"] in ("match", "uncertain"))), 3),
            "recall_at_ask": round(sum(1 for r in pos if r["decision"] in ("match", "uncertain")) / len(pos), 3)
            if pos else None,
            "to_a_person": len(asked), "share_to_a_person": round(len(asked) / len(rs), 3) if rs else None,
            "missed": sum(1 for r in pos if r["decision"] in ("no_match", "error")),
            "negatives_asked": sum(1 for r in asked if r["truth"] == 0),
            "errors": sum(1 for r in rs if r["decision"] == "error"),
        }

    scored = [r for r in rows if not r["twin"]]
    twins = [r for r in rows if r["twin"]]
    by_kind = defaultdict(list)
    for r in scored:
        by_kind[r["kind"]].append(r)
    return {"today": str(today), "submit_at": submit_at, "ask_at": ask_at, "overall": metrics(scored),
            "by_kind": {k: metrics(v) for k, v in sorted(by_kind.items())},
            "twins": {"pairs": len(twins), "positives": sum(r["truth"] for r in twins),
                      **{d: sum(1 for r in twins if r["decision"] == d)
                         for d in ("match", "uncertain", "no_match", "error")},
                      "false_submissions": sum(1 for r in twins if r["decision"] == "match" and r["truth"] == 0)},
            "rows": rows}


def main(argv: list[str] | None = None) -> int:
    defaults = MatchSettings()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", dest="which", choices=sorted(SETS), default="main",
                    help="main: data/matching/ (default); holdout … holdout10: "
                         "data/matching/holdout/ … holdout10/ (all read: holdout9 since the fourteenth "
                         "pass, holdout10 since the fifteenth); holdout11: data/matching/holdout11/ (read since "
                         "the sixteenth pass); holdout12: data/matching/holdout12/ (read since the nineteenth pass); "
                         "holdout13: data/matching/holdout13/ (read since the eighteenth pass); "
                         "holdout14: data/matching/holdout14/ (read since the twentieth pass); "
                         "holdout15: data/matching/holdout15/ (read since the twenty-second pass); "
                         "holdout16: data/matching/holdout16/ (read since the twenty-third pass); "
                         "holdout17: data/matching/holdout17/ (read since the twenty-fourth pass); "
                         "holdout18: data/matching/holdout18/ (read since the twenty-fifth pass); "
                         "holdout19: data/matching/holdout19/ (read since the twenty-sixth pass); "
                         "holdout20: data/matching/holdout20/ (read since the thirtieth pass); "
                         "holdout21: data/matching/holdout21/, held out: never tune on it; "
                         "holdout22: data/matching/holdout22/ (read since the thirty-fourth pass); "
                         "holdout23: data/matching/holdout23/ (read since the thirty-eighth pass); "
                         "holdout24: data/matching/holdout24/, held out: never tune on it; "
                         "holdout25: data/matching/holdout25/, held out: never tune on it")
    ap.add_argument("--submit-at", type=float, default=defaults.submit_at)
    ap.add_argument("--ask-at", type=float, default=defaults.ask_at)
    ap.add_argument("--json", action="store_true", help="the results as JSON on stdout")
    ap.add_argument("--errors", action="store_true", help="list the pairs decided wrongly or sent to a person")
    args = ap.parse_args(argv)
    data = SETS[args.which]
    res = evaluate(args.submit_at, args.ask_at, data)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` is fine
    if args.json:
        print(json.dumps({k: v for k, v in res.items() if k != "rows"} | {"rows": [
            {k: r[k] for k in ("i", "kind", "truth", "decision", "confidence", "corroborated", "twin")}
            for r in res["rows"]]} | {"set": args.which},
            indent=2))
        return 0
    o = res["overall"]
    tw = res["twins"]
    print(f"matching on {data.relative_to(ROOT)} ({o['pairs']} pairs: {o['positives']} the person, "
          f"{o['negatives']} someone else) at submit_at={args.submit_at}, ask_at={args.ask_at}")
    print(f"  precision at submit         {o['precision_at_submit']}   (target >= 0.98; "
          f"{o['false_submissions']} of {o['submitted']} submissions wrong)")
    print(f"  recall at submit, corrob.   {o['recall_at_submit_corroborated']}   (target >= 0.90; all positives: "
          f"{o['recall_at_submit']})")
    print(f"  precision at ask            {o['precision_at_ask']}   (submitted or sent to a person)")
    print(f"  recall at ask               {o['recall_at_ask']}   (submitted or sent to a person)")
    print(f"  share sent to a person      {o['share_to_a_person']}   (target <= 0.10; {o['to_a_person']} pairs)")
    if o["errors"]:
        print(f"  matcher raised              {o['errors']} pairs (counted as no match)")
    if tw["pairs"]:
        print(f"  not decidable (twin: true)  {tw['pairs']} pairs apart ({tw['positives']} the person): "
              f"{tw['uncertain']} to a person, {tw['match']} submitted ({tw['false_submissions']} wrong), "
              f"{tw['no_match']} no match" + (f", {tw['error']} raised" if tw["error"] else ""))
    print()
    head = f"  {'kind':<10} {'pairs':>5} {'pos':>4} {'neg':>4} {'submit':>6} {'wrong':>5} {'asked':>5} " \
           f"{'missed':>6} {'prec':>5} {'rec@sub':>7} {'to person':>9}"
    print(head)
    for k, m in res["by_kind"].items():
        prec = "-" if m["precision_at_submit"] is None else f"{m['precision_at_submit']:.2f}"
        rec = "-" if m["recall_at_submit_corroborated"] is None else f"{m['recall_at_submit_corroborated']:.2f}"
        print(f"  {k:<10} {m['pairs']:>5} {m['positives']:>4} {m['negatives']:>4} {m['submitted']:>6} "
              f"{m['false_submissions']:>5} {m['to_a_person']:>5} {m['missed']:>6} {prec:>5} {rec:>7} "
              f"{m['share_to_a_person']:>9.2f}")
    if args.errors:
        print()
        for r in res["rows"]:
            wrong = ((r["truth"] == 0 and r["decision"] == "match")
                     or (r["truth"] == 1 and r["decision"] in ("no_match", "error")))
            if wrong or r["decision"] in ("uncertain", "error"):
                tag = ("TWIN " if r["twin"] else "") + ("WRONG" if wrong else "ASK  ")
                print(f"  {tag} #{r['i']:<3} {r['kind']:<9} t={r['truth']} {r['decision']:<9} {r['confidence']:.3f} "
                      f"{r['person']:<5} {r['name']!r}: {r['why']} | {'; '.join(r['reasons'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
