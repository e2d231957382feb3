"""Probe of the twentieth pass's nine reading classes with invented people of our own (twenty-first pass,
BENCHMARKS.md): for each class, ten or more people whose card must be read theirs, and the near misses beside
them that must stay unmatched (a sibling under the crossed form of another's name, a namesake elsewhere, an
open age that does not hold theirs, a cut name that is another surname's start, Chandler/Handler, Miller for
Müller, the wife of a man she did not name, another flat of the same building). Prints each card's reading and
marks "!!" the ones against the label. Run: .venv/bin/python scripts/probe_matching21.py

Invented people; no value of a real person."""
import datetime as dt
import sys
from optout.matching import score
from optout.person import parse_person
from _probe import card  # scripts/, this file's directory: sys.path[0]
T = dt.date(2026, 12, 2)
bad = 0
counts: dict[str, list[int]] = {}
section = ""
def P(first, last, year, phone, city, state, zip_code, street=None, **more):
    addr = {"city": city, "state": state, "zip": zip_code}
    if street:
        addr["street"] = street
    return parse_person({"first_name": first, "last_name": last, "birth_year": year, "phones": [phone], "addresses": [addr], **more})
match = lambda m: m.decision == "match"
notmatch = lambda m: m.decision != "match"
nomatch = lambda m: m.decision == "no_match"
def check(label, person, c, ok):
    global bad
    m = score(person, c, today=T)
    good = ok(m)
    bad += not good
    counts.setdefault(section, [0, 0])[0] += 1
    counts[section][1] += not good
    print(f"{'  ' if good else '!!'} {label:60s} {m.decision:9s} {m.confidence:.3f} | {', '.join(m.evidence)}")
def head(name):
    global section
    section = name
    print("==", name)

head("1. crossed given-name forms")
C1 = [("Fatmata", "Bangura", 1979, "(240) 555-0111", "Silver Spring", "MD", "20904", "Fatima"),
      ("Kadiatu", "Jalloh", 1985, "(614) 555-0112", "Columbus", "OH", "43229", "Khadija"),
      ("Mariatu", "Kamara", 1990, "(651) 555-0113", "St Paul", "MN", "55104", "Mariama"),
      ("Panagiotis", "Stefanidis", 1955, "(312) 555-0114", "Chicago", "IL", "60630", "Peter"),
      ("Panagiotis", "Georgakopoulos", 1962, "(718) 555-0115", "Astoria", "NY", "11105", "Takis"),
      ("Eleni", "Mavromatis", 1970, "(617) 555-0116", "Somerville", "MA", "02145", "Helen"),
      ("Dimitrios", "Kotsonis", 1968, "(216) 555-0117", "Lakewood", "OH", "44107", "Jimmy"),
      ("Konstantinos", "Pappas", 1950, "(801) 555-0118", "Salt Lake City", "UT", "84106", "Gus"),
      ("Katalin", "Horvath", 1966, "(440) 555-0119", "Parma", "OH", "44134", "Kati"),
      ("Istvan", "Kovacs", 1958, "(203) 555-0120", "Fairfield", "CT", "06824", "Steven"),
      ("Laszlo", "Nagy", 1961, "(330) 555-0121", "Akron", "OH", "44312", "Leslie"),
      ("Tzipora", "Mizrahi", 1984, "(310) 555-0122", "Los Angeles", "CA", "90035", "Tzipi"),
      ("Yosef", "Azoulay", 1977, "(954) 555-0123", "Hollywood", "FL", "33021", "Yossi"),
      ("Gheorghe", "Popescu", 1972, "(916) 555-0124", "Sacramento", "CA", "95815", "George"),
      ("Aliaksandra", "Tsikhanouskaya", 1989, "(773) 555-0125", "Chicago", "IL", "60641", "Aleksandra"),
      ("Aliaksandra", "Lukashevich", 1992, "(215) 555-0126", "Philadelphia", "PA", "19116", "Sasha"),
      ("Siarhei", "Kavaleu", 1980, "(718) 555-0127", "Brooklyn", "NY", "11229", "Sergei")]
for g, s, y, ph, city, st, z, form in C1:
    p = P(g, s, y, ph, city, st, z)
    check(f"{g} {s}: {form} {s}, phone+zip", p, card(f"{form} {s}", f"Age {2026 - y}", [f"{city}, {st} {z}"], phones=[ph]), match)
    check(f"{g} {s}: {form} {s} elsewhere, age+20", p, card(f"{form} {s}", f"Age {2026 - y + 20}", ["Reno, NV"], phones=["775-555-0190"]), nomatch)
# a sibling or parent under the crossed form of another's name, listed as their relative
fam = [(("Fatmata", "Sesay", 1984, "(612) 555-0131", "Brooklyn Park", "MN", "55443"), ["Fatima Sesay"], "Fatima Sesay", "Age 57"),
       (("Panagiotis", "Andreou", 1980, "(727) 555-0132", "Tarpon Springs", "FL", "34689"), ["Peter Andreou"], "Peter Andreou", "Age 71"),
       (("Eleni", "Christou", 1990, "(847) 555-0133", "Niles", "IL", "60714"), ["Helen Christou"], "Helen Christou", "Age 63"),
       (("Dimitrios", "Vlachos", 1975, "(508) 555-0134", "Lowell", "MA", "01852"), ["Panagiotis Vlachos"], "Takis Vlachos", "Age 48"),
       (("Katalin", "Farkas", 1970, "(973) 555-0135", "Passaic", "NJ", "07055"), ["Catherine Farkas"], "Catherine Farkas", "Age 30")]
for spec, rel, shown, age in fam:
    p = P(*spec, relatives=rel)
    check(f"{spec[0]}'s relative {shown} {age}, family phone", p, card(shown, age, [f"{spec[4]}, {spec[5]} {spec[6]}"], phones=[spec[3]]), notmatch)
# Peter who is not Panagiotis: another Peter of the family name in their city, another age and phone
p = P("Panagiotis", "Stefanidis", 1955, "(312) 555-0114", "Chicago", "IL", "60630")
check("Panagiotis Stefanidis: Peter Stefanidis age 34, other phone", p, card("Peter Stefanidis", "Age 34", ["Chicago, IL"], phones=["312-555-0199"]), notmatch)
p = P("Eleni", "Mavromatis", 1970, "(617) 555-0116", "Somerville", "MA", "02145")
check("Eleni Mavromatis: Elpida Mavromatis, same city", p, card("Elpida Mavromatis", "Age 56", ["Somerville, MA"]), notmatch)

head("2. -vich as -witz/-vitz/-wicz")
C2 = [("Yakov", "Rabinovich", 1961, "Rabinowitz"), ("Boris", "Abramovich", 1970, "Abramowitz"), ("Mikhail", "Gurvich", 1965, "Gurvitz"),
      ("Lev", "Leibovich", 1958, "Leibowitz"), ("Semyon", "Berkovich", 1949, "Berkowitz"), ("Ilya", "Moskovich", 1975, "Moskowitz"),
      ("Anna", "Markovich", 1982, "Markowitz"), ("Dmitri", "Lefkovich", 1968, "Lefkowitz"), ("Igor", "Yankovich", 1972, "Jankowicz"),
      ("Olga", "Petrovich", 1980, "Petrowicz"), ("Arkady", "Horovich", 1950, "Horowitz"), ("Vera", "Simonovich", 1963, "Simonovitz")]
for g, s, y, shown in C2:
    p = P(g, s, y, "(201) 555-0140", "Fair Lawn", "NJ", "07410")
    check(f"{g} {s}: {g} {shown}", p, card(f"{g} {shown}", f"Age {2026 - y}", ["Fair Lawn, NJ 07410"], phones=["201-555-0140"]), match)
    check(f"{g} {s}: {g} {shown} elsewhere, age+25", p, card(f"{g} {shown}", f"Age {2026 - y + 25}", ["Tucson, AZ"], phones=["520-555-0191"]), nomatch)
for g, s, shown in (("Mikhail", "Gurevich", "Gurvitz"), ("Lev", "Horowitz", "Gurvich"), ("Yakov", "Rabinovich", "Rubinowicz"),
                    ("Boris", "Abramovich", "Abramson"), ("Anna", "Markovich", "Marković Horvat"), ("Semyon", "Berkovich", "Perkowitz")):
    p = P(g, s, 1970, "(201) 555-0140", "Fair Lawn", "NJ", "07410")
    check(f"{g} {s}: {g} {shown}, same town, no phone", p, card(f"{g} {shown}", "Age 56", ["Fair Lawn, NJ"]), notmatch)

head("3. open ages")
C3 = [("Abena", "Mensah", 1979, "Age: 40+"), ("Rosa Elvira", "Cuxil Tum", 1970, "over 40"), ("Jean-Robert", "Pierre-Louis", 1960, "Over 65"),
      ("Nguyen Thi", "Lan", 1975, "50+"), ("Ahmed", "El-Masri", 1985, "40 or older"), ("Gurdeep", "Singh Gill", 1978, "más de 40"),
      ("Oksana", "Bondarenko", 1972, "Mayor de 50"), ("Marie-Ange", "Toussaint", 1981, "plus de 40 ans"), ("Ji-young", "Park", 1983, "30 and up"),
      ("Eleni", "Karras", 1966, "40 o más"), ("Kofi", "Asante", 1956, "Age 60+")]
for g, s, y, txt in C3:
    p = P(g, s, y, "(404) 555-0150", "Decatur", "GA", "30030")
    check(f"{g} {s} [{2026 - y}]: {txt}, phone", p, card(f"{g} {s}", txt, ["Decatur, GA 30030"], phones=["404-555-0150"]), lambda m: match(m) and not any("age differs" in r for r in m.reasons))
    young = P(g, s, 2001, "(404) 555-0150", "Decatur", "GA", "30030")
    check(f"{g} {s} [25]: {txt}, other phone", young, card(f"{g} {s}", txt, ["Decatur, GA"], phones=["404-555-0192"]), nomatch)

head("4. English name then home order")
C4 = [("Kelvin Wei Siang", "Ong", 1985, "Kelvin Ong Wei Siang"), ("Jasper Kok Leong", "Tan", 1983, "Jasper Tan Kok Leong"),
      ("Grace Min Ji", "Kim", 1991, "Grace Kim Min Ji"), ("Peter Van An", "Nguyen", 1975, "Peter Nguyen Van An"),
      ("Michelle Hui Min", "Lim", 1988, "Michelle Lim Hui Min"), ("Daniel Seung Woo", "Choi", 1979, "Daniel Choi Seung Woo"),
      ("Tony Minh Duc", "Tran", 1970, "Tony Tran Minh Duc"), ("Jenny Mei Ling", "Wong", 1982, "Jenny Wong Mei Ling"),
      ("David Jae Hyun", "Lee", 1990, "David Lee Jae Hyun"), ("Vivian Xiao Hong", "Chen", 1986, "Vivian Chen Xiao Hong"),
      ("Kevin Thanh Long", "Pham", 1992, "Kevin Pham Thanh Long")]
for g, s, y, shown in C4:
    p = P(g, s, y, "(408) 555-0160", "San Jose", "CA", "95122")
    check(f"{g} {s}: {shown}", p, card(shown, f"Age {2026 - y}", ["San Jose, CA 95122"]), match)
    other = shown.split()[0] + " " + s + " " + ("Bao Chau" if s in ("Nguyen", "Tran", "Pham") else "Soo Ah" if s in ("Kim", "Choi", "Lee") else "Jia Hui")
    check(f"{g} {s}: {other} (another's given name)", p, card(other, f"Age {2026 - y}", ["San Jose, CA"], phones=["408-555-0193"]), nomatch)
# an English name that is someone else's: the person has none
for g, s, shown in (("Wei Siang", "Ong", "Kelvin Ong Wei Siang"), ("Min Ji", "Kim", "Grace Kim Min Ji"), ("Van An", "Nguyen", "Peter Nguyen Van An")):
    p = P(g, s, 1985, "(408) 555-0160", "San Jose", "CA", "95122")
    check(f"{g} {s} (no English name): {shown}, other phone", p, card(shown, "Age 41", ["San Jose, CA"], phones=["408-555-0194"]), notmatch)
# Hispanic and Arabic names are not read in home order
for g, s, shown in (("Maria Lourdes", "Garcia", "Maria Garcia Lourdes"), ("Mohamed Ali", "Hassan", "Mohamed Hassan Ali"), ("Jean Claude", "Pierre", "Jean Pierre Claude")):
    p = P(g, s, 1980, "(305) 555-0161", "Miami", "FL", "33135")
    check(f"{g} {s}: {shown}", p, card(shown, "Age 46", ["Miami, FL 33135"]), notmatch)

head("5. a name cut at a field's length")
C5 = [("Marisela Alejandra", "Betancourt Paredes", "Marisela Alejandra Betan"), ("Yaneisy Carolina", "Echeverria Lugo", "Yaneisy Carolina Echeve"),
      ("Maria Fernanda", "Gutierrez Lopez", "Maria Fernanda Gutierr"), ("Jean-Baptiste Wilner", "Dorvilier", "Jean-Baptiste Wilner Dorv"),
      ("Christodoulos", "Papadopoulos", "Christodoulos Papadopoul"), ("Oluwaseun Adebayo", "Ogunleye", "Oluwaseun Adebayo Ogunl"),
      ("Aleksandr Vladimirovich", "Kuznetsov", "Aleksandr Vladimirovich K"), ("Mohammed Abdulrahman", "Al-Qahtani", "Mohammed Abdulrahman Al-Q"),
      ("Krisztina Erzsebet", "Szentmiklosi", "Krisztina Erzsebet Szentm"), ("Guadalupe Esperanza", "Hernandez Ruiz", "Guadalupe Esperanza Herna"),
      ("Venkata Subrahmanya", "Raghunathan", "Venkata Subrahmanya Ragh")]
for g, s, shown in C5:
    p = P(g, s, 1988, "(407) 555-0170", "Kissimmee", "FL", "34741")
    check(f"{g} {s}: {shown!r} ({len(shown)})", p, card(shown, "Age 38", ["Kissimmee, FL 34741"]), match)
for g, s, shown in (("Ana", "Gutierrez", "Ana Gutierr"), ("Guadalupe Esperanza", "Hernandez", "Guadalupe Esperanza Hern Ruiz"),
                    ("Rosa Guadalupe", "Santoscoy", "Rosa Guadalupe Santos"), ("Mariana Isabel", "Betancourt", "Mariana Isabel Beta Cruz"),
                    ("Christodoulos", "Papadakis", "Christodoulos Papadopoul"), ("Krisztina Erzsebet", "Szentmiklosi", "Krisztina Erzsebet Szentg")):
    p = P(g, s, 1988, "(407) 555-0170", "Kissimmee", "FL", "34741")
    check(f"{g} {s}: {shown!r} ({len(shown)})", p, card(shown, "Age 38", ["Kissimmee, FL 34741"]), notmatch)
# one surname given, the card's second cut: her name and one surname more, which the model reads as hers
for shown in ("Maria Fernanda Gutierrez-Lo", "Maria Fernanda Gutierres Lo"):
    p = P("Maria Fernanda", "Gutierrez", 1988, "(407) 555-0170", "Kissimmee", "FL", "34741")
    check(f"Maria Fernanda Gutierrez: {shown!r} ({len(shown)})", p, card(shown, "Age 38", ["Kissimmee, FL 34741"]), match)

head("6. Greek chi")
C6 = [("Stavroula", "Chatzidakis", "Hatzidakis"), ("Nikos", "Charalambous", "Haralambous"), ("Maria", "Christodoulou", "Hristodoulou"),
      ("Georgios", "Chronis", "Hronis"), ("Eleni", "Chalkias", "Halkias"), ("Anna", "Chrysanthou", "Hrysanthou"),
      ("Ioannis", "Chatzopoulos", "Xatzopoulos"), ("Dimitra", "Charitou", "Haritou"), ("Vasilis", "Chatzis", "Khatzis"),
      ("Christos", "Nikolaou", None), ("Kostas", "Chatziioannou", "Hatziioannou")]
for g, s, shown in C6:
    p = P(g, s, 1970, "(727) 555-0180", "Tarpon Springs", "FL", "34689")
    name = f"Hristos {s}" if shown is None else f"{g} {shown}"
    check(f"{g} {s}: {name}", p, card(name, "Age 56", ["Tarpon Springs, FL 34689"]), match)
    check(f"{g} {s}: {name} elsewhere age 30", p, card(name, "Age 30", ["Fargo, ND"], phones=["701-555-0195"]), nomatch)
for g, s, shown in (("Mark", "Chandler", "Mark Handler"), ("Mark", "Handler", "Mark Chandler"), ("Linda", "Chaney", "Linda Haney"),
                    ("Wei", "Chang", "Wei Hang"), ("Li", "Chan", "Li Han"), ("Min", "Chung", "Min Hung"), ("Haris", "Begovic", "Charis Begovic"),
                    ("Alma", "Halilovic", "Alma Chalilovic"), ("Luis", "Chavez", "Luis Havez"), ("Jorge", "Chirinos", "Jorge Hirinos"),
                    ("Ana", "Chalas", "Ana Halas"), ("María José", "Charris", "Maria Harris"), ("Yesid", "Charris", "Yesid Harris"),
                    ("Luz Dary", "Chollis", "Luz Hollis")):
    p = P(g.split()[0], s, 1970, "(727) 555-0180", "Tarpon Springs", "FL", "34689")
    check(f"{g} {s}: {shown}", p, card(shown, "Age 56", ["Tarpon Springs, FL 34689"]), notmatch)

head("7. umlauts as ae/oe/ue")
C7 = [("Jürgen", "Müller", "Juergen Mueller"), ("Gülay", "Öztürk", "Guelay Oeztuerk"), ("Björn", "Schäfer", "Bjoern Schaefer"),
      ("Käthe", "Möller", "Kaethe Moeller"), ("Mehmet", "Yılmaz Gündüz", "Mehmet Yilmaz Guenduez"), ("Ayşe", "Çelik Şahin", "Ayse Celik Sahin"),
      ("Jörg", "Schröder", "Joerg Schroeder"), ("Hanna", "Jäger", "Hanna Jaeger"), ("Ümit", "Kılıç", "Uemit Kilic"),
      ("Lukas", "Böhm", "Lukas Boehm"), ("Sören", "Krüger", "Soeren Krueger"), ("Rocío", "Argüello", "Rocio Arguello"),
      ("Jürgen", "Müller", "Jurgen Muller"), ("Martín", "Agüero Peña", "Martin Aguero Pena"), ("Jaeger", "Schroeder", "Jäger Schröder"),
      ("Joerg", "Boehm", "Jörg Böhm"), ("Guelay", "Oeztuerk", "Gülay Öztürk")]
for g, s, shown in C7:
    p = P(g, s, 1990, "(305) 555-0185", "Aventura", "FL", "33180")
    # a thin card (name, age, city): the name must read letter for letter; the decision is the common-name model's
    check(f"{g} {s}: {shown}", p, card(shown, "Age 36", ["Aventura, FL"]), lambda m: m.evidence[0].startswith("name/legal/exact/full") and m.decision != "no_match")
for g, s, shown in (("Jürgen", "Müller", "Jurgen Miller"), ("John", "Miller", "John Mueller"), ("Käthe", "Möller", "Kathe Mahler"),
                    ("Hanna", "Jäger", "Hanna Jagger"), ("Lukas", "Böhm", "Lukas Bahm"), ("Jürgen", "Müller", "Juergen Mueller Schmidt"),
                    ("Joerg", "Boehm", "Jörg Bähm"), ("Hanna", "Mueller", "Hanna Möller")):
    p = P(g, s, 1990, "(305) 555-0185", "Aventura", "FL", "33180")
    check(f"{g} {s}: {shown} (other phone)", p, card(shown, "Age 36", ["Aventura, FL"], phones=["305-555-0196"]), notmatch)
p = P("Jürgen", "Müller", 1990, "(305) 555-0185", "Aventura", "FL", "33180")
check("Jürgen Müller: Juergen Mueller elsewhere age 61", p, card("Juergen Mueller", "Age 61", ["Milwaukee, WI"], phones=["414-555-0197"]), nomatch)

head("8. Hungarian -né")
C8 = [("Erzsébet", "Szabó", ["László Szabó"], "Szabo Laszlone"), ("Erzsébet", "Szabó", ["László Szabó"], "Szabone Erzsebet"),
      ("Mária", "Kovács", ["Gábor Kovács"], "Kovacs Gaborne"), ("Mária", "Kovács", ["Gábor Kovács"], "Kovacsne Maria"),
      ("Ilona", "Tóth", ["Ferenc Tóth"], "Toth Ferencne"), ("Katalin", "Horváth", ["István Horváth"], "Horvath Istvanne"),
      ("Zsuzsanna", "Nagy", ["János Nagy"], "Nagy Janosne"), ("Éva", "Varga", ["Sándor Varga"], "Varga Sandorne"),
      ("Judit", "Molnár", ["József Molnár"], "Molnarne Judit"), ("Erika", "Kiss", ["Tamás Kiss"], "Kiss Tamasne"),
      ("Ágnes", "Szabó", ["Gábor Kovács"], "Kovacsne Szabo Agnes"), ("Anikó", "Balogh", ["Péter Balogh"], "Balogh Peterne")]
for g, s, rel, shown in C8:
    p = P(g, s, 1961, "(732) 555-0186", "New Brunswick", "NJ", "08901", relatives=rel)
    check(f"{g} {s} (m. {rel[0]}): {shown}", p, card(shown, "Age 65", ["New Brunswick, NJ 08901"], phones=["732-555-0186"]), match)
    check(f"{g} {s} (m. {rel[0]}): {shown} age 88 (mother-in-law)", p, card(shown, "Age 88", ["New Brunswick, NJ 08901"], phones=["732-555-0198"]), notmatch)
for g, s, rel, shown in (("Erzsébet", "Szabó", ["László Szabó"], "Szabo Istvanne"), ("Mária", "Kovács", [], "Kovacs Gaborne"),
                         ("Ilona", "Tóth", ["Ferenc Tóth"], "Toth Ferenc"), ("Ilona", "Tóth", ["Ferenc Tóth"], "Ferenc Toth"),
                         ("Irène", "Joseph", ["Eug Joseph"], "Eugene Joseph")):
    p = P(g, s, 1961, "(732) 555-0186", "New Brunswick", "NJ", "08901", relatives=rel)
    check(f"{g} {s} ({rel}): {shown}, other phone", p, card(shown, "Age 65", ["New Brunswick, NJ 08901"], phones=["732-555-0199"]), nomatch)
for g, s in (("Rosemène", "Dorvil"), ("Irène", "Joseph"), ("Eugene", "Horvath"), ("Marlene", "Szabo"), ("Wayne", "Kovacs")):
    p = P(g, s, 1961, "(732) 555-0186", "New Brunswick", "NJ", "08901")
    from optout.matching._text import ascii_text
    check(f"{g} {s}: itself", p, card(ascii_text(f"{g} {s}"), "Age 65", ["New Brunswick, NJ 08901"]), match)

head("9. a street address alone")
C9 = [("Dilcia", "Banegas Ordoñez", "2716 Veterans Blvd Apt 14", "2716 Veterans Boulevard, Apt. 14"),
      ("Yunior", "Castellanos", "1450 W 49th St Apt 203", "1450 West 49th Street #203"),
      ("Nadège", "Saint-Fleur", "88 Main St Unit 3", "88 Main Street Unit 3"),
      ("Oksana", "Melnyk", "6120 State Rd Apt 12B", "6120 State Road Apt 12B"),
      ("Kofi", "Boateng", "2250 Grand Concourse Apt 4C", "2250 Grand Concourse Apt 4-C"),
      ("Thi Hoa", "Nguyen", "9800 Bolsa Ave Apt 21", "9800 Bolsa Avenue Apto 21"),
      ("Guadalupe", "Hernández", "3301 Williams Blvd Apt 6", "3301 Williams Blvd Apartamento 6"),
      ("Ahmed", "Saleh", "14500 Michigan Ave Ste 5", "14500 Michigan Avenue Suite 5"),
      ("Gurpreet", "Kaur", "455 N Main St Apt 7", "455 North Main Street Apt 7"),
      ("Dong-hyun", "Park", "2000 Linwood Ave Apt 5F", "2000 Linwood Ave #5F"),
      ("Wilnick", "Jean-Baptiste", "50 W 181 St Apt 2", "50 West 181st Street Apt 2")]
for g, s, mine, shown in C9:
    p = parse_person({"first_name": g, "last_name": s, "birth_year": 1983, "phones": ["(504) 555-0187"],
                      "addresses": [{"street": mine, "city": "Kenner", "state": "LA", "zip": "70062"}]})
    nm = f"{g.split()[0]} {s.split()[0]}"
    check(f"{nm} ({mine}): {shown}", p, card(nm, "Age 43", [shown]), match)
    other = mine.rsplit(" ", 1)[0] + " 99"
    check(f"{nm} ({mine}): {other}", p, card(nm, "Age 43", [other]), notmatch)
for mine, shown in (("2716 Veterans Blvd Apt 14", "2716 Veterans Memorial Hwy Apt 14"), ("4500 Park Ave Apt 2", "4500 Park Blvd Apt 2"),
                    ("2716 Veterans Blvd Apt 14", "2716 Veterans Blvd Apt 14B"), ("1450 W 49th St Apt 203", "1450 E 49th St Apt 203"),
                    ("2716 Veterans Blvd Apt 14", "2716 Veterans Blvd Apt 1"), ("12 Oak St Apt 3", "12 Oak St Apt 3, Portland, OR")):
    p = parse_person({"first_name": "Dilcia", "last_name": "Banegas", "birth_year": 1983, "phones": ["(504) 555-0187"],
                      "addresses": [{"street": mine, "city": "Kenner", "state": "LA", "zip": "70062"}]})
    check(f"Dilcia ({mine}): {shown}", p, card("Dilcia Banegas", "Age 43", [shown]), notmatch)

print()
for k, (n, b) in counts.items():
    print(f"{k:40s} {n:3d} cards, {b:2d} misread")
print("misread:", bad, "of", sum(n for n, _ in counts.values()))
sys.exit(0)
