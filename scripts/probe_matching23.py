"""Probe of the twenty-second pass's eleven classes and the lead's four holdout16 promises with invented people
of our own (probe pass 23, issue 10, BENCHMARKS.md): for each class, the near misses it must not swallow (a card
abroad that is the person by their own phone or a US town; a Jr whose father has his name; a woman whose given
name the SSA table reads as a man's; a man whose name the table cannot read; a real Dj- name; D' before a vowel;
a Queens card for a person in Buffalo; an APO card that is the person's only place; a -kyzy woman whose Russian
record drops the patronymic; a variant spelling that is the person's own misspelt card in their own state with a
stale phone). Each card carries the label a careful human would give it and a one-line why. Prints each card's
reading and marks "!!" the ones against the label. Run: .venv/bin/python scripts/probe_matching23.py

Labels: "match" must be submitted; "notmatch" must not be submitted (asking is fine); "nomatch" must be dropped;
"ask" must be asked (a careful human could not tell). Invented people; no value of a real person."""
import datetime as dt
import sys

from optout.matching import score
from optout.person import parse_person
from _probe import card  # scripts/, this file's directory: sys.path[0]

T = dt.date(2026, 12, 2)
bad = 0
counts: dict[str, list[int]] = {}
section = ""
OK = {"match": lambda m: m.decision == "match", "notmatch": lambda m: m.decision != "match",
      "nomatch": lambda m: m.decision == "no_match", "ask": lambda m: m.decision == "review",
      # read as a spelling a letter or two from theirs, never folded to their name letter for letter
      "variant": lambda m: m.decision != "no_match" and "variant" in m.evidence[0]}


def P(first, last, year, phone, addrs, **more):
    return parse_person({"first_name": first, "last_name": last, "birth_year": year, "phones": [phone],
                         "addresses": addrs, **more})


def A(city, state, zip_code=None, **more):
    return {"city": city, "state": state, **({"zip": zip_code} if zip_code else {}), **more}


def check(label, why, person, c, want):
    global bad
    m = score(person, c, today=T)
    good = OK[want](m)
    bad += not good
    counts.setdefault(section, [0, 0])[0] += 1
    counts[section][1] += not good
    print(f"{'  ' if good else '!!'} {label:58s} want {want:8s} got {m.decision:9s} {m.confidence:.3f} | {why}"
          f" | {', '.join(m.evidence)}")


def head(name):
    global section
    section = name
    print("==", name)


head("1. given-name forms and short forms")
FORMS = [("Guillermo", "Zapata Rojas", "William", 1975), ("Jacobo", "Fehr", "Jacob", 1982), ("Margaretha", "Wiebe", "Greta", 1979),
         ("Yusuf", "Haddad", "Joseph", 1968), ("Mikhail", "Tsoy", "Misha", 1985), ("Tatiana", "Ogai", "Tanya", 1990),
         ("Ekaterina", "Shin", "Katya", 1987), ("Suresh", "Persaud", "Suresh", 1972), ("Tomas", "Dvorak", "Thomas", 1980)]
for g, s, shown, y in FORMS:
    p = P(g, s, y, "(316) 555-0201", [A("Wichita", "KS", "67211")])
    check(f"{g} {s}: {shown} {s}, own phone", "her/his name in the family's other form on their phone",
          p, card(f"{shown} {s}", f"Age {2026 - y}", ["Wichita, KS"], phones=["316-555-0201"]), "match")
    check(f"{g} {s}: {shown} {s} elsewhere, age+22", "a namesake of the other form, another state and age",
          p, card(f"{shown} {s}", f"Age {2026 - y + 22}", ["Boise, ID"], phones=["208-555-0290"]), "nomatch")
# a Jr whose father has his name, in the other form, at home on the home phone
p = P("Guillermo", "Zapata Rojas", 1990, "(316) 555-0202", [A("Wichita", "KS", "67211")], relatives=["Guillermo Zapata"])
check("Guillermo Jr: William Zapata age 62, home phone", "his father of the same name, thirty years older",
      p, card("William Zapata", "Age 62", ["Wichita, KS 67211"], phones=["316-555-0202"]), "notmatch")
check("Guillermo Jr: William Zapata Sr age 62", "Sr on the card: the father", p,
      card("William Zapata Sr", "Age 62", ["Wichita, KS 67211"], phones=["316-555-0202"]), "notmatch")
check("Guillermo Jr: Guillermo Zapata Jr age 36, home phone", "himself with his suffix", p,
      card("Guillermo Zapata Jr", "Age 36", ["Wichita, KS 67211"], phones=["316-555-0202"]), "match")
p = P("Mikhail", "Tsoy", 1985, "(316) 555-0203", [A("Wichita", "KS", "67211")], relatives=["Maksim Tsoy"])
check("Mikhail Tsoy: Maks Tsoy, home phone (brother)", "Maks is Maksim's short form, not Mikhail's", p,
      card("Maks Tsoy", "Age 38", ["Wichita, KS"], phones=["316-555-0203"]), "notmatch")
p = P("Jan", "Novak", 1980, "(316) 555-0204", [A("Wichita", "KS", "67211")])
check("Jan Novak: Jane Novak, same town, no phone", "Jan is a man's Czech name; Jane is another person", p,
      card("Jane Novak", "Age 46", ["Wichita, KS"]), "notmatch")

head("2. Dj and zh/sh/ch")
for g, s, shown in (("Đorđe", "Marković", "Djordje Markovic"), ("Đurđa", "Petrović", "Djurdja Petrovich"),
                    ("Nataša", "Đurić", "Natasha Djuric"), ("Dušan", "Živković", "Dushan Zhivkovic"),
                    ("Miloš", "Đokić", "Milosh Djokich"), ("Snežana", "Čolić", "Snezhana Cholic")):
    p = P(g, s, 1975, "(414) 555-0210", [A("Milwaukee", "WI", "53221")])
    check(f"{g} {s}: {shown}, phone", "the Dj / digraph spelling of her/his name on their phone", p,
          card(shown, "Age 51", ["Milwaukee, WI"], phones=["414-555-0210"]), "match")
    check(f"{g} {s}: {shown} age 25 elsewhere", "a namesake", p,
          card(shown, "Age 25", ["Tampa, FL"], phones=["813-555-0291"]), "nomatch")
# a real Dj- name (Djamila, Djibril: West African / Maghrebi, not a Đ) must not be read as D-
for g, s, shown in (("Djamila", "Benali", "Damila Benali"), ("Djibril", "Diallo", "Dibril Diallo"), ("Djenane", "Pierre", "Denane Pierre")):
    p = P(g, s, 1985, "(212) 555-0211", [A("New York", "NY", "10027")])
    check(f"{g} {s}: {shown}", "a Dj- name that is no Đ: the D- card is a spelling a letter off, not her/his name folded", p,
          card(shown, "Age 41", ["New York, NY"]), "variant")
    check(f"{g} {s}: itself", "her/his own name, own town", p, card(f"{g} {s}", "Age 41", ["New York, NY 10027"], phones=["212-555-0211"]), "match")
p = P("Dragan", "Kovač", 1970, "(414) 555-0212", [A("Milwaukee", "WI", "53221")])
check("Dragan Kovač: Dragan Kovach, phone", "č as ch", p, card("Dragan Kovach", "Age 56", ["Milwaukee, WI"], phones=["414-555-0212"]), "match")
check("Dragan Kovač: Dragan Kovacevic, same town", "another surname of the root", p,
      card("Dragan Kovacevic", "Age 56", ["Milwaukee, WI"]), "notmatch")
p = P("Sasha", "Shin", 1990, "(213) 555-0213", [A("Los Angeles", "CA", "90005")])
check("Sasha Shin: Sasa Sin", "English sh is not a š", p, card("Sasa Sin", "Age 36", ["Los Angeles, CA"]), "notmatch")
p = P("Zhanna", "Chen", 1990, "(213) 555-0214", [A("Los Angeles", "CA", "90005")])
check("Zhanna Chen: Zanna Cen", "a Chinese Chen is not a čen", p, card("Zanna Cen", "Age 36", ["Los Angeles, CA"]), "notmatch")

head("3. D' as de")
for g, s, shown in (("Savio", "D'Souza", "Savio De Souza"), ("Leena", "D'Mello", "Leena Mello"), ("Ryan", "D'Cruz", "Ryan Dcruz"),
                    ("Anita", "D'Silva", "Anita De Silva"), ("Neville", "D'Sa", "Neville De Sa")):
    p = P(g, s, 1980, "(630) 555-0220", [A("Naperville", "IL", "60563")])
    check(f"{g} {s}: {shown}, phone", "the particle written whole or dropped", p,
          card(shown, "Age 46", ["Naperville, IL"], phones=["630-555-0220"]), "match")
    check(f"{g} {s}: {shown} age 70 elsewhere", "a namesake", p,
          card(shown, "Age 70", ["Reno, NV"], phones=["775-555-0292"]), "nomatch")
for g, s, shown in (("Marco", "D'Amico", "Marco Amico"), ("Luca", "D'Orazio", "Luca Orazio"), ("Sophie", "D'Arcy", "Sophie Arcy"),
                    ("Nicole", "D'Onofrio", "Nicole Onofrio")):
    p = P(g, s, 1980, "(617) 555-0221", [A("Revere", "MA", "02151")])
    check(f"{g} {s}: {shown}, same town", "D' before a vowel is kept; the bare name is another family", p,
          card(shown, "Age 46", ["Revere, MA"]), "notmatch")
    joined = f"{shown.split()[0]} D{shown.split()[1].lower()}"
    check(f"{g} {s}: {joined}, phone", "the apostrophe dropped and the name joined, as US records write it", p,
          card(joined, "Age 46", ["Revere, MA"], phones=["617-555-0221"]), "match")
p = P("Savio", "D'Souza", 1980, "(630) 555-0222", [A("Naperville", "IL", "60563")])
check("Savio D'Souza: Savio Dsouza Souza?", "DSouza with no apostrophe", p, card("Savio DSouza", "Age 46", ["Naperville, IL"], phones=["630-555-0222"]), "match")
check("Savio D'Souza: Savio Da Souza, same town", "Da is another particle, a Portuguese name", p, card("Savio Da Costa", "Age 46", ["Naperville, IL"]), "nomatch")

head("4. Syriac script")
for g, s, shown in (("Ninos", "Khoshaba", "ܢܝܢܘܣ ܟܘܫܒܐ"), ("Shamiram", "Yonan", "ܫܡܝܪܡ ܝܘܢܢ")):
    p = P(g, s, 1970, "(209) 555-0230", [A("Turlock", "CA", "95380")])
    check(f"{g} {s}: Syriac, phone", "her/his name in Syriac script on their phone", p,
          card(shown, "Age 56", ["Turlock, CA"], phones=["209-555-0230"]), "match")
    check(f"{g} {s}: Syriac age 25 elsewhere", "a namesake", p, card(shown, "Age 25", ["Skokie, IL"], phones=["847-555-0293"]), "nomatch")
p = P("Ninos", "Khoshaba", 1970, "(209) 555-0231", [A("Turlock", "CA", "95380")])
check("Ninos Khoshaba: Syriac Nisan Khoshaba", "another given name of the same consonants' start", p,
      card("ܢܝܣܢ ܟܘܫܒܐ", "Age 56", ["Turlock, CA"]), "nomatch")

head("5. relatives by given name alone")
p = P("Priya", "Ramsaroop", 1985, "(718) 555-0240", [A("Queens", "NY", "11419")], relatives=["Anand Ramsaroop", "Kavita Ramsaroop"])
check("Priya Ramsaroop: card with Anand, Kavita", "her family by given names", p,
      card("Priya Ramsaroop", "Age 41", ["Queens, NY"], relatives=["Anand", "Kavita"]), "match")
check("Priya Ramsaroop: elsewhere with Anand", "a namesake in Texas; one given name proves little", p,
      card("Priya Ramsaroop", "Age 41", ["Houston, TX"], relatives=["Anand"]), "notmatch")
p = P("Juan", "Lopez", 1980, "(213) 555-0241", [A("Los Angeles", "CA", "90011")], relatives=["Maria Lopez", "Jose Lopez"])
check("Juan Lopez: another state with Maria, Jose", "the commonest given names: any Lopez family", p,
      card("Juan Lopez", "Age 46", ["Chicago, IL"], relatives=["Maria", "Jose"]), "notmatch")
check("Juan Lopez: wrong age, his town, Maria", "age 70 in his town: his father's card", p,
      card("Juan Lopez", "Age 70", ["Los Angeles, CA"], relatives=["Maria"]), "notmatch")
p = P("Olena", "Kravets", 1980, "(215) 555-0242", [A("Philadelphia", "PA", "19116")], relatives=["Andriy Kravets"])
check("Olena Kravets: relative 'Andrii'", "the transliteration of her husband's given name", p,
      card("Olena Kravets", "Age 46", ["Philadelphia, PA"], relatives=["Andrii"]), "match")

head("6. New York neighbourhoods")
p = P("Kamala", "Persaud", 1975, "(716) 555-0250", [A("Buffalo", "NY", "14214")])
for place in ("Ozone Park, NY", "Richmond Hill, NY", "Flatbush, NY", "Jamaica, NY"):
    check(f"Kamala (Buffalo): {place}", "a Queens/Brooklyn card for a person in Buffalo", p,
          card("Kamala Persaud", "Age 51", [place]), "notmatch")
check("Kamala (Buffalo): Buffalo with phone", "herself", p, card("Kamala Persaud", "Age 51", ["Buffalo, NY"], phones=["716-555-0250"]), "match")
p = P("Kamala", "Persaud", 1975, "(718) 555-0251", [A("Queens", "NY", "11420")])
for place in ("Ozone Park, NY", "Jamaica, NY", "Flushing, NY", "Astoria, NY", "Long Island City, NY"):
    check(f"Kamala (Queens): {place}, phone", "her borough's neighbourhood", p,
          card("Kamala Persaud", "Age 51", [place], phones=["718-555-0251"]), "match")
for place in ("Jamaica, VT", "Flushing, MI", "Astoria, OR", "Woodhaven, MI"):
    check(f"Kamala (Queens): {place}", "a town of that name elsewhere", p, card("Kamala Persaud", "Age 51", [place]), "notmatch")

head("7. APO / FPO")
p = parse_person({"first_name": "Tavita", "last_name": "Faleolo", "birth_year": 1996, "phones": ["808-555-0260"],
                  "addresses": [{"street": "Unit 2050 Box 14", "city": "APO", "state": "AP", "zip": "96338"}]})
check("Tavita (APO only): APO AP 96338", "the card's place is the one he gave", p, card("Tavita Faleolo", "Age 30", ["APO, AP 96338"]), "match")
check("Tavita (APO only): APO AE 09096, no phone", "another APO; a rare name but no decisive kind", p,
      card("Tavita Faleolo", "Age 30", ["APO, AE 09096"]), "notmatch")
check("Tavita (APO only): Honolulu, HI, phone", "his phone", p, card("Tavita Faleolo", "Age 30", ["Honolulu, HI"], phones=["808-555-0260"]), "match")
p = P("Jessica", "Ramirez", 1995, "(910) 555-0261", [A("Fayetteville", "NC", "28314")])
check("Jessica Ramirez: APO AE only, no phone", "a common name at an APO is anyone", p,
      card("Jessica Ramirez", "Age 31", ["APO AE 09096"]), "notmatch")
check("Jessica Ramirez: APO AE + Fayetteville", "her town beside it", p,
      card("Jessica Ramirez", "Age 31", ["APO AE 09096", "Fayetteville, NC"], phones=["910-555-0261"]), "match")
check("Jessica Ramirez: Apopka, FL", "Apopka is a town, not an APO", p, card("Jessica Ramirez", "Age 31", ["Apopka, FL"]), "nomatch")

head("8. -kyzy / -uly")
p = P("Aigerim", "Nurlan kyzy", 1994, "(267) 555-0270", [A("Philadelphia", "PA", "19116")])
check("Aigerim Nurlan kyzy: Aigerim Nurlanova, phone", "Russian form", p, card("Aigerim Nurlanova", "Age 32", ["Philadelphia, PA"], phones=["267-555-0270"]), "match")
check("Aigerim Nurlan kyzy: Aigerim Nurlan, phone", "record dropped the kyzy", p, card("Aigerim Nurlan", "Age 32", ["Philadelphia, PA"], phones=["267-555-0270"]), "match")
check("Aigerim Nurlan kyzy: Aigerim Kyzy, phone", "US record keeps kyzy as surname", p, card("Aigerim Kyzy", "Age 32", ["Philadelphia, PA"], phones=["267-555-0270"]), "match")
check("Aigerim Nurlan kyzy: Nurlan Aigerim kyzy? Nurlanov", "a man's form: her brother", p, card("Aibek Nurlanov", "Age 30", ["Philadelphia, PA"], phones=["267-555-0270"]), "nomatch")
check("Aigerim Nurlan kyzy: Aigerim Nurlanova age 55 elsewhere", "a namesake", p, card("Aigerim Nurlanova", "Age 55", ["Denver, CO"], phones=["303-555-0294"]), "nomatch")
p = P("Nurlan", "Bakyt uulu", 1990, "(267) 555-0271", [A("Philadelphia", "PA", "19116")])
check("Nurlan Bakyt uulu: Nurlan Bakytovich? Bakytov", "Russian form", p, card("Nurlan Bakytov", "Age 36", ["Philadelphia, PA"], phones=["267-555-0271"]), "match")
check("Nurlan Bakyt uulu: Nurlan Bakytova", "the feminine form: his sister's", p, card("Nurlan Bakytova", "Age 36", ["Philadelphia, PA"]), "notmatch")
check("Nurlan Bakyt uulu: Nurlan Uulu, phone", "US record keeps uulu as surname", p, card("Nurlan Uulu", "Age 36", ["Philadelphia, PA"], phones=["267-555-0271"]), "match")

head("9. Bulgarian Ц/Х")
for g, s, shown in (("Tsvetan", "Hristov", "Tzvetan Christov"), ("Hristina", "Tsoneva", "Christina Tzoneva"), ("Hristo", "Petkov", "Christo Petkov")):
    p = P(g, s, 1975, "(847) 555-0280", [A("Des Plaines", "IL", "60016")])
    check(f"{g} {s}: {shown}, phone", "tz / ch spelling", p, card(shown, "Age 51", ["Des Plaines, IL"], phones=["847-555-0280"]), "match")
p = P("Hristina", "Tsoneva", 1975, "(847) 555-0281", [A("Des Plaines", "IL", "60016")])
check("Hristina Tsoneva: Christina Tzoneva age 30 elsewhere", "a namesake", p, card("Christina Tzoneva", "Age 30", ["Austin, TX"], phones=["512-555-0295"]), "nomatch")
p = P("Christina", "Ross", 1975, "(847) 555-0282", [A("Des Plaines", "IL", "60016")])
check("Christina Ross: Hristina Ross, same town", "a letter off, her town and age: a spelling, not the Х fold", p,
      card("Hristina Ross", "Age 51", ["Des Plaines, IL"]), "variant")
p = P("Rosa", "Hernandez", 1975, "(847) 555-0283", [A("Des Plaines", "IL", "60016")])
check("Rosa Hernandez: Rosa Chernandez", "a Spanish H is no Х", p, card("Rosa Chernandez", "Age 51", ["Des Plaines, IL"]), "notmatch")

head("10. Arabic ee/i")
for g, shown in (("Samir", "Sameer"), ("Amira", "Ameera"), ("Nadia", "Nadeea"), ("Majid", "Majeed")):
    p = P(g, "Haddad", 1985, "(313) 555-0285", [A("Dearborn", "MI", "48126")])
    check(f"{g} Haddad: {shown} Haddad, phone", "ee for i", p, card(f"{shown} Haddad", "Age 41", ["Dearborn, MI"], phones=["313-555-0285"]), "match")
p = P("Mina", "Haddad", 1985, "(313) 555-0286", [A("Dearborn", "MI", "48126")])
check("Mina Haddad: Meena Haddad, same town no phone", "an Arabic Mina and a South Asian Meena: one family name, ask", p,
      card("Meena Haddad", "Age 41", ["Dearborn, MI"]), "notmatch")
p = P("Jim", "Saleh", 1985, "(313) 555-0287", [A("Dearborn", "MI", "48126")])
check("Jim Saleh: Jeem Saleh", "English Jim has no ee form: the table holds Arabic names only", p, card("Jeem Saleh", "Age 41", ["Dearborn, MI"], phones=["313-555-0287"]), "notmatch")
p = P("Rim", "Saleh", 1985, "(313) 555-0288", [A("Dearborn", "MI", "48126")])
check("Rim Saleh: Ream Saleh", "ea is no ee", p, card("Ream Saleh", "Age 41", ["Dearborn, MI"]), "notmatch")

head("11. Karen honorific")
p = parse_person({"first_name": "Naw Eh Paw", "last_name": "", "birth_year": 1990, "phones": ["616-555-0290"],
                  "addresses": [{"city": "Grand Rapids", "state": "MI", "zip": "49548"}], "relatives": ["Saw Kaw Htoo"]})
for shown in ("Eh Paw", "Fnu Eh Paw", "Naw Eh Paw", "Eh Paw Naw"):
    check(f"Naw Eh Paw: {shown}", "her name with or without the honorific", p, card(shown, "Age 36", ["Grand Rapids, MI"], phones=["616-555-0290"]), "match")
check("Naw Eh Paw: Saw Eh Paw", "Saw is a man's honorific: her brother", p, card("Saw Eh Paw", "Age 36", ["Grand Rapids, MI"]), "notmatch")
check("Naw Eh Paw: Eh Paw elsewhere, age 60", "a namesake", p, card("Eh Paw", "Age 60", ["Utica, NY"], phones=["315-555-0296"]), "nomatch")
p = parse_person({"first_name": "Saw", "last_name": "Htoo", "birth_year": 1990, "phones": ["616-555-0291"],
                  "addresses": [{"city": "Grand Rapids", "state": "MI", "zip": "49548"}]})
check("Saw Htoo (given 'Saw', surname Htoo): Htoo", "one word left: too little", p, card("Htoo", "Age 36", ["Grand Rapids, MI"]), "notmatch")

head("H1. every place abroad")
AMADOU = [A("Columbus", "OH", "43224"), {"city": "Dakar", "country": "SN"}]
p = P("Amadou", "Sow", 1980, "(614) 555-0300", AMADOU)
check("Amadou Sow: Dakar only, his US phone", "his own phone on a card abroad", p, card("Amadou Sow", "Age 46", ["Dakar, Senegal"], phones=["614-555-0300"]), "match")
check("Amadou Sow: Dakar + Columbus, OH", "a US town of his", p, card("Amadou Sow", "Age 46", ["Dakar, Senegal", "Columbus, OH 43224"], phones=["614-555-0300"]), "match")
check("Amadou Sow: Dakar only, name+age", "Senegal is full of Amadou Sows", p, card("Amadou Sow", "Age 46", ["Dakar, Senegal"]), "notmatch")
check("Amadou Sow: Thies, Senegal, name+age", "another town abroad", p, card("Amadou Sow", "Age 46", ["Thies, Senegal"]), "notmatch")
p = P("Amadou", "Sow", 1980, "(614) 555-0301", AMADOU, relatives=["Mariama Sow"])
check("Amadou Sow: Dakar, relative Mariama Sow", "a relative is decisive (the promise)", p,
      card("Amadou Sow", "Age 46", ["Dakar, Senegal"], relatives=["Mariama Sow"]), "match")
p = P("Lucía", "Mamani Condori", 1979, "(703) 555-0302", [A("Arlington", "VA", "22204")])
check("Lucia Mamani: El Alto, Bolivia, name+age", "abroad, not a place she gave", p, card("Lucia Mamani Condori", "Age 47", ["El Alto, Bolivia"]), "notmatch")
check("Lucia Mamani: Arlington, VA", "herself", p, card("Lucia Mamani Condori", "Age 47", ["Arlington, VA 22204"], phones=["703-555-0302"]), "match")

head("H2. a relative of their own name")
p = P("Hector", "Ruiz", 1990, "(956) 555-0310", [A("McAllen", "TX", "78501", street="12 Placeholder Ave")], relatives=["Hector Ruiz"])
check("Hector Ruiz Jr: Hector Ruiz age 61", "his father", p, card("Hector Ruiz", "Age 61", ["McAllen, TX"], relatives=["Hector Ruiz"]), "notmatch")
check("Hector Ruiz Jr: Hector Ruiz Jr age 36", "himself, suffix shown", p, card("Hector Ruiz Jr", "Age 36", ["McAllen, TX 78501"], phones=["956-555-0310"]), "match")
check("Hector Ruiz Jr: Hector Ruiz age 37, his phone", "a year off but his phone", p, card("Hector Ruiz", "Age 37", ["McAllen, TX 78501"], phones=["956-555-0310"]), "match")
check("Hector Ruiz Jr: Hector Ruiz no age, his town", "father or son: ask", p, card("Hector Ruiz", None, ["McAllen, TX"]), "notmatch")
check("Hector Ruiz Jr: Hector Ruiz no age, home phone", "father or son on the home phone: ask", p,
      card("Hector Ruiz", None, ["McAllen, TX 78501"], phones=["956-555-0310"]), "notmatch")
check("Hector Ruiz Jr: Hector Ruiz age 37, other phone", "a year off, no phone of his: the cousin of promise 2", p,
      card("Hector Ruiz", "Age 37", ["McAllen, TX 78501"], phones=["956-555-0399"]), "notmatch")
check("Hector Ruiz Jr: Hector Ruiz age 36, street", "his age and street", p,
      card("Hector Ruiz", "Age 36", ["12 Placeholder Ave, McAllen, TX 78501"]), "match")
p = P("Hector", "Ruiz", 1964, "(956) 555-0311", [A("McAllen", "TX", "78501")], relatives=["Hector Ruiz"])
check("Hector Ruiz Sr: Hector Ruiz Jr age 36", "his son", p, card("Hector Ruiz Jr", "Age 36", ["McAllen, TX"], phones=["956-555-0311"]), "notmatch")
check("Hector Ruiz Sr: Hector Ruiz age 62, phone", "himself", p, card("Hector Ruiz", "Age 62", ["McAllen, TX"], phones=["956-555-0311"]), "match")

head("H3. a man under a relative's family name / the SSA table")
# women whose given name the SSA table reads as a man's in the US sense
for g, s, rel, married in (("Andrea", "Rossi", "Paolo Bianchi", "Bianchi"), ("Simone", "Lefebvre", "Marc Dubois", "Dubois"),
                           ("Nikita", "Sharma", "Rohit Kapoor", "Kapoor"), ("Jean", "Martin", "Paul Girard", "Girard")):
    p = P(g, s, 1975, "(504) 555-0320", [A("Metairie", "LA", "70001")], relatives=[rel])
    check(f"{g} {s} (f): {g} {married}, phone", "a woman under her husband's name on her phone", p,
          card(f"{g} {married}", "Age 51", ["Metairie, LA"], phones=["504-555-0320"], relatives=[rel]), "match")
    check(f"{g} {s} (f): {g} {married}, no phone", "her husband as a relative, her town and age: hers", p,
          card(f"{g} {married}", "Age 51", ["Metairie, LA 70001"], relatives=[rel]), "match")
# men whose name the table cannot read
for g, s, rel, married in (("Oluwaseun", "Adeyemi", "Bola Okafor", "Okafor"), ("Tenzin", "Dorje", "Pema Lhamo", "Lhamo"),
                           ("Khurshid", "Aliev", "Dilnoza Karimova", "Karimova")):
    p = P(g, s, 1970, "(504) 555-0322", [A("Metairie", "LA", "70001")], relatives=[rel])
    check(f"{g} {s} (m): {g} {married}", "a man under his sister's married name", p,
          card(f"{g} {married}", "Age 56", ["Metairie, LA"], relatives=[rel]), "notmatch")

head("H4. a spelling variant, town and phone not theirs")
p = P("Wanjiru", "Kamau", 1980, "(612) 555-0330", [A("Minneapolis", "MN", "55404"), A("St Cloud", "MN", "56301")])
check("Wanjiru Kamau: Wanjiru Kamua, St Cloud, stale phone", "her own misspelt card in her own town", p,
      card("Wanjiru Kamua", "Age 46", ["St Cloud, MN"], phones=["320-555-0390"]), "match")
check("Wanjiru Kamau: Wanjiru Kamua, Duluth MN, other phone", "variant, her state, not her town: ask", p,
      card("Wanjiru Kamua", "Age 46", ["Duluth, MN"], phones=["218-555-0391"]), "notmatch")
check("Wanjiru Kamau: Wanjiru Kamau, Duluth MN, other phone", "exact rare name, her state", p,
      card("Wanjiru Kamau", "Age 46", ["Duluth, MN"], phones=["218-555-0391"]), "match")
check("Wanjiru Kamau: Wanjiru Kamua, Duluth, relative", "variant + a relative she gave", P("Wanjiru", "Kamau", 1980, "(612) 555-0331",
      [A("Minneapolis", "MN", "55404")], relatives=["Njeri Kamau"]), card("Wanjiru Kamua", "Age 46", ["Duluth, MN"], relatives=["Njeri Kamau"]), "match")
check("Wanjiru Kamau: Wanjiro Kamau, Phoenix AZ, other phone", "variant, another state", p,
      card("Wanjiro Kamau", "Age 46", ["Phoenix, AZ"], phones=["602-555-0392"]), "notmatch")

print()
for name, (n, wrong) in counts.items():
    print(f"{name:45s} {n:3d} cards {wrong:2d} against the label")
print(f"total {sum(n for n, _ in counts.values())} cards, {bad} against the label")
sys.exit(1 if bad else 0)
