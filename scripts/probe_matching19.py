"""Probe of the lead's three classes from holdout14's first read (years of birth two apart, a relative's card,
places abroad) with invented people of our own (nineteenth pass, BENCHMARKS.md): prints each card's reading
and marks "!!" the ones against what a careful reader expects. Run: .venv/bin/python scripts/probe_matching19.py

Invented people; no value of a real person. A thin card of the person's own (the name, an age and a city) is
expected neither way: the model's common-name reasoning decides it, not these classes."""
import datetime as dt
from optout.matching import score
from optout.matching._places import abroad, parse_place
from optout.person import parse_person
from _probe import card  # scripts/, this file's directory: sys.path[0]
T = dt.date(2026, 12, 2)
bad = 0
def check(label, person, c, ok):
    global bad
    m = score(person, c, today=T)
    good = ok(m)
    bad += not good
    print(f"{'  ' if good else '!!'} {label:58s} {m.decision:9s} {m.confidence:.3f} | {', '.join(m.evidence)}")
P = lambda **k: parse_person(k)
notmatch = lambda m: m.decision != "match"
match = lambda m: m.decision == "match"
print("== A. years of birth (11 people)")
people = [("Yunior", "Castellanos Díaz", 1991, "Hialeah", "FL", "33010"), ("Nadège", "Saint-Fleur", 1987, "Brockton", "MA", "02301"),
          ("Thi Hoa", "Nguyen", 1979, "Garden Grove", "CA", "92843"), ("Jesús Alberto", "Ramírez Soto", 1968, "Pasadena", "TX", "77506"),
          ("Fatima Zahra", "Benali", 1995, "Paterson", "NJ", "07501"), ("Gurpreet", "Kaur", 1983, "Yuba City", "CA", "95993"),
          ("Oksana", "Melnyk", 1976, "Parma", "OH", "44134"), ("Kofi", "Boateng", 1989, "Bronx", "NY", "10453"),
          ("María Elena", "Quispe Mamani", 1972, "Paterson", "NJ", "07501"), ("Dong-hyun", "Park", 1993, "Fort Lee", "NJ", "07024"),
          ("Mary", "O'Connell", 1958, "Quincy", "MA", "02169")]
for g, s, y, city, st, z in people:
    p = P(first_name=g, last_name=s, birth_year=y, addresses=[{"city": city, "state": st, "zip": z}])
    name = f"{g.split()[0]} {s.split()[0]}"
    for txt, ok in ((f"Born {y+2}", lambda m: "age near" in m.evidence), (f"Born {y-2}", lambda m: "age near" in m.evidence),
                    (f"Born {y+1}", lambda m: "age close" in m.evidence), (f"b. {y}", lambda m: "birth year agrees" in m.evidence),
                    (f"Born in {y+2}", lambda m: "age near" in m.evidence), (f"DOB {y+2}", lambda m: "age near" in m.evidence),
                    (f"Nacido en {y+2}", lambda m: "age near" in m.evidence)):
        check(f"{name} [{y}] {txt}", p, card(name, txt, [f"{city}, {st}"]), ok)
    pd = P(first_name=g, last_name=s, birth_date=f"{y}-06-15", addresses=[{"city": city, "state": st, "zip": z}])
    check(f"{name} [{y}-06-15] Born {y+2}", pd, card(name, f"Born {y+2}", [f"{city}, {st}"]), lambda m: "age near" in m.evidence or "age differs" in m.evidence)
    check(f"{name} [{y}-06-15] Born {y+1}", pd, card(name, f"Born {y+1}", [f"{city}, {st}"]), lambda m: "age close" in m.evidence)
print("== B. a relative's card (11 families)")
fams = [
    (dict(first_name="Wilnick", last_name="Jean-Baptiste", birth_year=1992, relatives=["Wilner Jean-Baptiste", "Wilmide Jean-Baptiste"]), "Mattapan, MA",
     [("Wilner Jean-Baptiste", "Age 33", (), notmatch), ("Wilnick Jean Baptiste", "Age 34", (), match), ("Wilnick Jean-Baptiste", "Age 34", ["Wilner Jean-Baptiste"], match),
      ("Wilner Jean-Baptiste", "Age 34", ["Wilnick Jean-Baptiste"], notmatch)]),
    (dict(first_name="Marie-Carmelle", last_name="Joseph", birth_year=1980, relatives=["Marie-Flore Joseph", "Marie-Yolène Joseph"]), "North Miami, FL",
     [("Marie Flore Joseph", "Age 45", (), notmatch), ("Marie-Yolene Joseph", "Born 1981", (), notmatch), ("Marie Carmelle Joseph", "Age 46", (), match)]),
    (dict(first_name="Yesenia", last_name="Orellana Cruz", birth_year=1990, relatives=["Yesica Orellana Cruz", "Santos Orellana"]), "Hempstead, NY",
     [("Yesica Orellana", "Born 1991", (), notmatch), ("Yessenia Orellana", "Born 1991", (), lambda m: True), ("Yesica Orellana", "Age 36", ["Yesenia Orellana"], notmatch)]),
    (dict(first_name="Van Hung", last_name="Nguyen", birth_year=1975, relatives=["Van Dung Nguyen", "Thi Mai Tran"]), "San Jose, CA",
     [("Dung Van Nguyen", "Age 50", (), notmatch), ("Hung Van Nguyen", "Age 51", (), lambda m: True), ("Hung V Nguyen", "Born 1976", (), lambda m: True)]),
    (dict(first_name="Luis Alberto", last_name="Mejía Paz", birth_year=1996, relatives=["Luis Alberto Mejía", "Sonia Paz"]), "Houston, TX",
     [("Luis Alberto Mejia", "Age 58", (), notmatch), ("Luis A Mejia", "Age 30", (), match), ("Luis A Mejia Sr", "Age 58", ["Luis A Mejia"], notmatch)]),
    (dict(first_name="Wilfredo", last_name="Reyes Cruz", birth_year=1984, relatives=["Wilber Reyes Cruz", "Ana Cruz"]), "Hyattsville, MD",
     [("Wilber Reyes", "Age 42", ["Wilfredo Reyes"], notmatch), ("Wilfredo Reyes", "Age 42", ["Wilber Reyes"], match), ("Wilver Reyes", "Age 40", (), notmatch)]),
    (dict(first_name="Mahmoud", last_name="Hamdan", birth_year=1970, relatives=["Mohammad Hamdan", "Rania Hamdan"]), "Dearborn, MI",
     [("Mohammad Hamdan", "Age 55", (), notmatch), ("Mahmoud Hamdan", "Age 56", ["Mohammad Hamdan"], match), ("Mahmud Hamdan", "Age 56", (), match)]),
    (dict(first_name="Ji-hoon", last_name="Lee", birth_year=1988, relatives=["Ji-hun Lee", "Young-sook Kim"]), "Fort Lee, NJ",
     [("Ji Hun Lee", "Born 1989", (), notmatch), ("Jihoon Lee", "Age 38", (), lambda m: True)]),
    (dict(first_name="Aleksandra", last_name="Kowalczyk", birth_year=1985, relatives=["Aleksander Kowalczyk", "Ewa Kowalczyk"]), "Niles, IL",
     [("Aleksander Kowalczyk", "Age 41", (), notmatch), ("Alexandra Kowalczyk", "Age 41", (), lambda m: True)]),
    (dict(first_name="Rosemène", last_name="Dorvil", birth_year=1966, relatives=["Roseline Dorvil", "Jacques Dorvil"]), "Spring Valley, NY",
     [("Roseline Dorvil", "Age 59", (), notmatch), ("Rose Dorvil", "Age 60", (), lambda m: True), ("Rosemene Dorvil", "Born 1967", (), match)]),
    (dict(first_name="Harpreet", last_name="Sandhu", birth_year=1979, relatives=["Harpreet Kaur Sandhu", "Gurdeep Singh Sandhu"]), "Fresno, CA",
     [("Harpreet Singh Sandhu", "Age 47", (), lambda m: True), ("Harpreet Kaur Sandhu", "Age 45", (), notmatch)]),
]
for spec, place, cards in fams:
    p = P(**spec, addresses=[{"city": place.split(",")[0], "state": place.split(", ")[1]}])
    for n, a, al, ok in cards:
        check(f"{spec['first_name']}: {n} {a} aka {list(al)}", p, card(n, a, [place], aliases=al), ok)
print("== C. places abroad (12 people)")
ab = [("Yoandy", "Rodríguez Peña", "Hialeah", "FL", ["La Habana"], ["La Habana, Cuba"], ["Havana"]),
      ("Guadalupe", "Hernández Ruiz", "Chicago", "IL", ["Ciudad de México"], ["CDMX"], ["Ciudad de México, CDMX"], ["Mexico City"], ["Guadalajara, Jalisco"], ["Puebla"], ["León, Guanajuato"]),
      ("Kenia", "Zelaya Bonilla", "Queens", "NY", ["Tegucigalpa, Honduras"], ["San Pedro Sula"], ["Tegucigalpa"]),
      ("Maricel", "Dela Cruz", "Daly City", "CA", ["Manila, Philippines"], ["Quezon City"], ["Cebu City, Cebu"], ["Manila"]),
      ("Ramón", "Peralta", "Lawrence", "MA", ["Santo Domingo"], ["Santiago, República Dominicana"], ["Santiago de los Caballeros"]),
      ("Jean-Claude", "Dorsainvil", "Miami", "FL", ["Port-au-Prince"], ["Port-au-Prince, Haiti"], ["Cap-Haïtien, Haïti"]),
      ("José Arnulfo", "Menjívar", "Silver Spring", "MD", ["San Salvador"], ["San Miguel, El Salvador"], ["Santa Ana, El Salvador"]),
      ("Yulimar", "Contreras Mora", "Doral", "FL", ["Maracaibo, Zulia"], ["Valencia, Carabobo"], ["Barquisimeto"]),
      ("Juan Camilo", "Restrepo", "Kendall", "FL", ["Medellín, Antioquia"], ["Bogotá, D.C."], ["Cali"]),
      ("Chinedu", "Okafor", "Houston", "TX", ["Lagos, Nigeria"], ["Lagos"], ["Enugu"]),
      ("Priya", "Raghunathan", "Edison", "NJ", ["Chennai, Tamil Nadu"], ["Mumbai"], ["Bangalore, India"]),
      ("Edwin", "Tzoc Pérez", "Providence", "RI", ["Quetzaltenango, Guatemala"], ["Ciudad de Guatemala"], ["Guatemala"])]
for g, s, city, st, *cards in ab:
    p = P(first_name=g, last_name=s, birth_year=1985, addresses=[{"city": city, "state": st}])
    name = f"{g.split()[0]} {s.split()[0]}"
    for pl in cards:
        check(f"{name}: {pl}", p, card(name, "Age 41", pl), lambda m: m.decision != "match" and ("no place in common" in m.evidence or "a town they never lived in" in m.evidence))
# home towns that share a name abroad must stay home
for g, s, city, st, pl in (("Dulce", "Ortega", "Santa Ana", "CA", "Santa Ana, CA"), ("Raúl", "Ibarra", "San Jose", "CA", "San Jose"), ("Ana", "Lima", "Lima", "OH", "Lima, OH"),
                           ("Leon", "Kowal", "Toledo", "OH", "Toledo"), ("Marisol", "Vega", "Valencia", "CA", "Valencia, CA")):
    p = P(first_name=g, last_name=s, birth_year=1985, addresses=[{"city": city, "state": st}])
    check(f"{g} {s} at home: {pl}", p, card(f"{g} {s}", "Age 41", [pl]), lambda m: "no place in common" not in m.evidence)
# a person who lived abroad
p = P(first_name="Yoandy", last_name="Rodríguez Peña", birth_year=1985, addresses=[{"city": "Hialeah", "state": "FL"}, {"city": "La Habana", "country": "CU"}])
for pl in (["La Habana"], ["Havana"], ["La Habana, Cuba"], ["Santiago de Cuba"]):
    check(f"Yoandy (lived in La Habana): {pl}", p, card("Yoandy Rodriguez", "Age 41", pl), lambda m: "no place in common" not in m.evidence)
print("misread:", bad, "(expected: 1, Valencia, Carabobo: BENCHMARKS.md, nineteenth pass)")
