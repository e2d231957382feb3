"""Probe of the twenty-third pass's five classes with invented people of our own (probe pass 24, issue 10,
BENCHMARKS.md): a religious or pilgrimage title before a name; Russian дж / й and the Turkmen -ow / -ew, ç, ş;
a Basque surname in its Castilian spelling; a given name in another language's form; 2nd / 3rd / 4th as II / III
/ IV. For each class: true cards in wordings its tests did not use (other spellings of a title, a woman's title
and form, other transliterations) and the strangers it could wrongly submit (a title that is the family name, a
Cypriot Hadji- surname, a Jordi who is a Catalan's namesake, a Sal who is Salim, "2nd" in a street, an English
-ew surname). Each card carries the label a careful human would give it and a one-line why. Prints each card's
reading and marks "!!" the ones against the label. Run: PYTHONPATH=. .venv/bin/python scripts/probe_matching24.py

Labels (scripts/_probe.py, Tally): "match" must be submitted; "notmatch" must not be submitted (asking is fine);
"nomatch" must be dropped; "ask" must be asked (a careful human could not tell). Invented people; no value of a
real person."""
import datetime as dt
import sys

from _probe import Tally, address as A, card, profile as P  # scripts/, this file's directory: sys.path[0]

run = Tally(dt.date(2026, 12, 2))
check, head = run.check, run.head


HOME = [A("Dayton", "OH", "45406")]
HP, HC = "(937) 555-0140", "937-555-0140"


def me(first, last, year=1978, **more):
    return P(first, last, year, HP, HOME, **more)


head("1. religious and pilgrimage titles")
TITLED = [("Musa", "Kamara", "Alhajji Musa Kamara"), ("Musa", "Kamara", "Hadji Musa Kamara"),
          ("Fatoumata", "Sesay", "Alhaja Fatoumata Sesay"), ("Fatoumata", "Sesay", "Hajia Fatoumata Sesay"),
          ("Yahya", "Abdikadir", "Shaykh Yahya Abdikadir"), ("Yahya", "Abdikadir", "Sheik Yahya Abdikadir"),
          ("Grace", "Adebayo", "Pastor Grace Adebayo"), ("Winston", "Mbeki", "Reverend Winston Mbeki"),
          ("Winston", "Mbeki", "Revd Winston Mbeki"), ("Tomasz", "Zielinski", "Deacon Tomasz Zielinski"),
          ("Abebe", "Tesfaye", "Bishop Abebe Tesfaye"), ("Chaim", "Feldberg", "Rabbi Chaim Feldberg"),
          ("Hamid", "Nuristani", "Imam Hamid Nuristani"), ("Musa", "Kamara", "Alhaji Musa Ibrahim Kamara")]
for g, s, shown in TITLED:
    check(f"{g} {s}: {shown}, phone", "the person under a title, on their phone", me(g, s),
          card(shown, "Age 48", ["Dayton, OH"], phones=[HC]), "match")
# a title after a comma form and after the name are rarer: the family-first card
check("Musa Kamara: KAMARA, Alhaji Musa", "surname first with the title", me("Musa", "Kamara"),
      card("Kamara, Alhaji Musa", "Age 48", ["Dayton, OH"], phones=[HC]), "match")
# strangers: the title word is a family name or a given name
check("Ahmed Imam: Ahmed Imam, phone", "Imam is his surname: his own card", me("Ahmed", "Imam"),
      card("Ahmed Imam", "Age 48", ["Dayton, OH"], phones=[HC]), "match")
check("Ahmed Imam: Yusuf Imam, no phone", "his brother Yusuf Imam", me("Ahmed", "Imam"),
      card("Yusuf Imam", "Age 45", ["Dayton, OH"]), "notmatch")
check("Ahmed Imam: Imam Ahmed Hassan", "an imam called Ahmed Hassan, not Ahmed Imam", me("Ahmed", "Imam"),
      card("Imam Ahmed Hassan", "Age 48", ["Dayton, OH"]), "nomatch")
check("Sara Imam: Imam Sara Khan", "an imam's card is not Sara Imam's", me("Sara", "Imam"),
      card("Imam Sara Khan", "Age 48", ["Columbus, OH"]), "nomatch")
check("Andreas Hadjipetrou: Hadji Andreas Petrou", "Cypriot Hadjipetrou is not a Hadji Petrou", me("Andreas", "Hadjipetrou"),
      card("Hadji Andreas Petrou", "Age 48", ["Dayton, OH"]), "notmatch")
check("Andreas Petrou: Andreas Hadjipetrou", "a Cypriot family name is no title", me("Andreas", "Petrou"),
      card("Andreas Hadjipetrou", "Age 48", ["Dayton, OH"]), "notmatch")
check("Andreas Petrou: Hadji Andreas Petrou, Dayton, no phone", "a pilgrim's title, his name, town and age",
      me("Andreas", "Petrou"), card("Hadji Andreas Petrou", "Age 48", ["Dayton, OH"]), "match")
check("Haji Rahman (given Haji): Sheikh Rahman", "Haji is his given name; another given name", me("Haji", "Rahman"),
      card("Sheikh Abdul Rahman", "Age 48", ["Dayton, OH"]), "notmatch")
check("Haji Rahman: Haji Rahman on his phone", "himself", me("Haji", "Rahman"),
      card("Haji Rahman", "Age 48", ["Dayton, OH"], phones=[HC]), "match")
check("Nadia Sheikh: Sheikh Nadia Hussain", "Sheikh is her surname; Hussain another's", me("Nadia", "Sheikh"),
      card("Sheikh Nadia Hussain", "Age 48", ["Dayton, OH"]), "notmatch")
check("Nadia Sheikh: Nadia Sheikh elsewhere, age+25", "namesake", me("Nadia", "Sheikh"),
      card("Nadia Sheikh", "Age 73", ["Tucson, AZ"], phones=["520-555-0177"]), "nomatch")
check("Daniel Bishop: Bishop Daniel Moore", "Bishop is his surname; the bishop is Daniel Moore", me("Daniel", "Bishop"),
      card("Bishop Daniel Moore", "Age 48", ["Dayton, OH"]), "nomatch")
check("Daniel Bishop: Daniel Bishop, phone", "himself", me("Daniel", "Bishop"),
      card("Daniel Bishop", "Age 48", ["Dayton, OH"], phones=[HC]), "match")
check("Daniel Moore: Bishop Daniel Moore, phone", "a bishop's own card on his phone", me("Daniel", "Moore"),
      card("Bishop Daniel Moore", "Age 48", ["Dayton, OH"], phones=[HC]), "match")
check("Grace Deacon: Deacon Grace Miller", "Deacon is her surname; another's card", me("Grace", "Deacon"),
      card("Deacon Grace Miller", "Age 48", ["Dayton, OH"]), "nomatch")
check("Musa Kamara: Alhaji Moses Kamara elsewhere", "another given name, a namesake elsewhere", me("Musa", "Kamara"),
      card("Alhaji Moses Kamara", "Age 60", ["Newark, NJ"], phones=["973-555-0150"]), "notmatch")
check("Musa Kamara: Alhaji Musa Kamara, Bronx, other phone, age 70", "a titled namesake elsewhere, older", me("Musa", "Kamara"),
      card("Alhaji Musa Kamara", "Age 70", ["Bronx, NY"], phones=["718-555-0151"]), "nomatch")
check("Grace Adebayo (f): Pastor Adebayo", "a two-word card: Pastor is no given name",
      me("Grace", "Adebayo"), card("Pastor Adebayo", "Age 48", ["Dayton, OH"]), "notmatch")
check("Winston Mbeki: Rev Winston Mbeki Sr age 75", "his father, the reverend", me("Winston", "Mbeki"),
      card("Rev Winston Mbeki Sr", "Age 75", ["Dayton, OH"], phones=[HC]), "notmatch")

head("2. Russian dzh / y and Turkmen -ow")
RU = [("Dzhamila", "Yusupova", "Djamila Iusupova"), ("Dzhamila", "Yusupova", "Jamila Yusupova"),
      ("Dzhavid", "Gadzhiev", "Javid Gadjiev"), ("Dzhavid", "Gadzhiev", "Dzhavid Hajiyev"),
      ("Aleksey", "Kuznetsov", "Aleksei Kuznetsov"), ("Sergey", "Bayramov", "Sergei Bairamov"),
      ("Nikolay", "Zaytsev", "Nikolai Zaitsev"), ("Annageldi", "Orazow", "Annageldi Orazov"),
      ("Merdan", "Berdiyew", "Merdan Berdiyev"), ("Jeren", "Geldiyewa", "Jeren Geldiyeva"),
      ("Şirin", "Atayewa", "Shirin Atayeva"), ("Çynar", "Hudaýberdiýewa", "Chynar Khudayberdiyeva"),
      ("Dzhambul", "Tokayev", "Djambul Tokaev")]
for g, s, shown in RU:
    check(f"{g} {s}: {shown}, phone", "another transliteration on their phone", me(g, s),
          card(shown, "Age 48", ["Dayton, OH"], phones=[HC]), "match")
check("Merdan Berdiyew: Merdan Berdiyewa", "his sister's form", me("Merdan", "Berdiyew"),
      card("Merdan Berdiyeva", "Age 48", ["Dayton, OH"]), "notmatch")
check("Annageldi Orazow: Annageldi Orazov elsewhere, age 70", "a namesake", me("Annageldi", "Orazow"),
      card("Annageldi Orazov", "Age 70", ["Brooklyn, NY"], phones=["718-555-0160"]), "nomatch")
# English -ew surnames and given names: never read as -ev
check("Thomas Matthew: Thomas Matthev", "Matthew is English, no Turkmen -ow", me("Thomas", "Matthew"),
      card("Thomas Matthev", "Age 48", ["Dayton, OH"]), "notmatch")
check("Liam Andrew: Liam Andreev", "an Irish Andrew is no Andreev", me("Liam", "Andrew"),
      card("Liam Andreev", "Age 48", ["Dayton, OH"]), "notmatch")
check("Andrew Bellow: Andrew Bellov", "English -ow surname", me("Andrew", "Bellow"),
      card("Andrew Bellov", "Age 48", ["Dayton, OH"]), "notmatch")
check("Mary Barlow: Mary Barlov", "English -ow surname", me("Mary", "Barlow"),
      card("Mary Barlov", "Age 48", ["Dayton, OH"]), "notmatch")
check("Matthew Jones: Matthev Jones", "English given name", me("Matthew", "Jones"),
      card("Matthev Jones", "Age 48", ["Dayton, OH"]), "notmatch")
check("Jamal Jones: Dzhamal Jones", "an American Jamal: fine on his phone", me("Jamal", "Jones"),
      card("Dzhamal Jones", "Age 48", ["Dayton, OH"], phones=[HC]), "match")
check("Jamil Dzhumaev: Jamal Djumaev", "Jamil is not Jamal", me("Jamil", "Dzhumaev"),
      card("Jamal Djumaev", "Age 48", ["Dayton, OH"]), "nomatch")
check("Raya Ivanova: Maya Ivanova", "another given name", me("Raya", "Ivanova"),
      card("Maya Ivanova", "Age 48", ["Dayton, OH"]), "nomatch")
check("Jon Jones: Dzhon Jones elsewhere", "a namesake elsewhere", me("Jon", "Jones"),
      card("Dzhon Jones", "Age 48", ["Fresno, CA"], phones=["559-555-0170"]), "nomatch")
check("Jack Bowen: Jack Boven", "Welsh -wen is no Turkmen w", me("Jack", "Bowen"),
      card("Jack Boven", "Age 48", ["Dayton, OH"]), "notmatch")
check("Ruslan Gadzhiev: Ruslan Gadzhieva", "a man's given name, the surname's ending a record got wrong: his",
      me("Ruslan", "Gadzhiev"), card("Ruslan Gadzhieva", "Age 48", ["Dayton, OH"]), "match")

head("3. Basque surnames, Castilian spelling")
EU = [("Nerea", "Etxeberria", "Nerea Echeberria"), ("Nerea", "Etxeberria", "Nerea Echevarria"),
      ("Unai", "Arrizabalaga", "Unai Arrizabalaga"), ("Mikel", "Goikoetxea", "Miguel Goicoechea"),
      ("Ainhoa", "Txapartegi", "Ainhoa Chapartegui"), ("Gorka", "Elizondo", "Gorka Elizondo"),
      ("Maite", "Zubizarreta", "Maite Subizarreta"), ("Jon", "Agirre", "Jon Aguirre"),
      ("Leire", "Urkijo", "Leire Urquijo"), ("Iker", "Iturbe Etxaniz", "Iker Iturbe Echaniz"),
      ("Itziar", "Etxenike", "Itziar Echenique")]
for g, s, shown in EU:
    check(f"{g} {s}: {shown}, phone", "the Castilian spelling on their phone", me(g, s),
          card(shown, "Age 48", ["Dayton, OH"], phones=[HC]), "match")
check("Nerea Etxeberria: Nerea Echeverri (Colombian)", "another surname", me("Nerea", "Etxeberria"),
      card("Nerea Echeverri", "Age 48", ["Dayton, OH"]), "notmatch")
check("Jon Agirre: Jon Aguero", "another surname", me("Jon", "Agirre"),
      card("Jon Aguero", "Age 48", ["Dayton, OH"]), "nomatch")
check("Leire Urkijo: Leire Urquiza", "another Basque surname", me("Leire", "Urkijo"),
      card("Leire Urquiza", "Age 48", ["Dayton, OH"]), "notmatch")
check("Jon Agirre: Jon Aguirre elsewhere, age 70", "a common Spanish surname, namesake", me("Jon", "Agirre"),
      card("Jon Aguirre", "Age 70", ["El Paso, TX"], phones=["915-555-0180"]), "nomatch")
check("Ane Txapartegi: Ana Chapartegui", "Ane is Ana's Basque form, on her phone", me("Ane", "Txapartegi"),
      card("Ana Chapartegui", "Age 48", ["Dayton, OH"], phones=[HC]), "match")
check("Iker Etxaniz: Iker Echaniz age 76", "father", me("Iker", "Etxaniz"),
      card("Iker Echaniz", "Age 76", ["Dayton, OH"]), "notmatch")

head("4. given names in another language's form")
FORMS = [("Jordi", "Puig", "George Puig"), ("Josep", "Soler", "Joseph Soler"), ("Pere", "Roca", "Pedro Roca"),
         ("Miquel", "Serra", "Michael Serra"), ("Xurxo", "Otero", "Jorge Otero"), ("Mikel", "Zabala", "Miguel Zabala"),
         ("Xabier", "Ugarte", "Javier Ugarte"), ("Hemi", "Walker", "James Walker"), ("Mere", "Tawhiri", "Mary Tawhiri"),
         ("Wiremu", "Tane", "Bill Tane"), ("Yankev", "Rosenblum", "Jacob Rosenblum"), ("Moishe", "Katz", "Moses Katz"),
         ("Dovid", "Halpern", "David Halpern"), ("Salvatore", "Lombardo", "Sal Lombardo"),
         ("Vincenzo", "Russo", "Enzo Russo"), ("Giuseppe", "Greco", "Joe Greco"),
         ("Patimat", "Gasanova", "Fatimat Gasanova"), ("Magomed", "Khalilov", "Muhammad Khalilov"),
         ("Mahamat", "Abakar", "Mohammed Abakar"), ("Mahamadou", "Traore", "Mohamed Traore")]
for g, s, shown in FORMS:
    check(f"{g} {s}: {shown}, phone", "the other form on their phone", me(g, s),
          card(shown, "Age 48", ["Dayton, OH"], phones=[HC]), "match")
# strangers of the same forms
check("Jordi Puig: Jorge Puig, Miami, other phone", "a Castilian namesake elsewhere", me("Jordi", "Puig"),
      card("Jorge Puig", "Age 48", ["Miami, FL"], phones=["305-555-0190"]), "nomatch")
check("Jorge Puig: Jordi Puig, Dayton, no phone, age 75", "his Catalan uncle, older", me("Jorge", "Puig"),
      card("Jordi Puig", "Age 75", ["Dayton, OH"]), "notmatch")
check("Salim Haddad: Sal Haddad, Dayton, no phone", "Sal is Salvatore's, not Salim's", me("Salim", "Haddad"),
      card("Sal Haddad", "Age 48", ["Dayton, OH"]), "notmatch")
check("Salvatore Russo: Sal Russo, Dayton, no phone, age 22", "his grandson Sal", me("Salvatore", "Russo"),
      card("Sal Russo", "Age 22", ["Dayton, OH"]), "notmatch")
check("Salvatore Russo: Sally Russo", "a woman", me("Salvatore", "Russo"),
      card("Sally Russo", "Age 48", ["Dayton, OH"]), "notmatch")
check("Salvador Ruiz: Sal Ruiz, other state", "a Sal elsewhere", me("Salvador", "Ruiz"),
      card("Sal Ruiz", "Age 48", ["Reno, NV"], phones=["775-555-0191"]), "nomatch")
check("Hone Walker: John Walker, Dayton, no phone", "a very common English name in her town: not enough", me("Hone", "Walker"),
      card("John Walker", "Age 48", ["Dayton, OH"]), "notmatch")
check("Mere Tawhiri (f): Merle Tawhiri", "Merle is another name", me("Mere", "Tawhiri"),
      card("Merle Tawhiri", "Age 48", ["Dayton, OH"]), "notmatch")
check("Patimat Gasanova: Fatima Gasanov", "her given name's Arabic form, the -a a US record dropped: hers",
      me("Patimat", "Gasanova"), card("Fatima Gasanov", "Age 48", ["Dayton, OH"]), "match")
check("Magomed Khalilov: Mohammed Khalilov, Chicago, age 30", "a common name, namesake", me("Magomed", "Khalilov"),
      card("Mohammed Khalilov", "Age 30", ["Chicago, IL"], phones=["312-555-0192"]), "nomatch")
check("Mahamat Abakar: Ahmat Abakar", "another Chadian name", me("Mahamat", "Abakar"),
      card("Ahmat Abakar", "Age 48", ["Dayton, OH"]), "notmatch")
check("Pita Faleolo: Peter Faleolo elsewhere", "Pita is Peter, but elsewhere", me("Pita", "Faleolo"),
      card("Peter Faleolo", "Age 48", ["Honolulu, HI"], phones=["808-555-0193"]), "nomatch")
check("Pita Faleolo: Rita Faleolo", "a woman", me("Pita", "Faleolo"),
      card("Rita Faleolo", "Age 48", ["Dayton, OH"]), "notmatch")
check("Mere Tawhiri: Mary Tawhiri age 80", "her grandmother", me("Mere", "Tawhiri"),
      card("Mary Tawhiri", "Age 80", ["Dayton, OH"]), "notmatch")
check("Joan Ferrer (f, English): John Ferrer", "Joan is a woman here", me("Joan", "Ferrer"),
      card("John Ferrer", "Age 48", ["Dayton, OH"]), "notmatch")
check("Pere Roca: Peter Roca elsewhere", "namesake", me("Pere", "Roca"),
      card("Peter Roca", "Age 48", ["Portland, OR"], phones=["503-555-0194"]), "nomatch")
check("Itzhak Stern: Isaac Stern, Dayton, no phone, age 80", "another generation", me("Itzhak", "Stern"),
      card("Isaac Stern", "Age 80", ["Dayton, OH"]), "notmatch")
check("Mikel Zabala: Michelle Zabala", "a woman", me("Mikel", "Zabala"),
      card("Michelle Zabala", "Age 48", ["Dayton, OH"]), "notmatch")
check("Luigi Greco: Louis Greco, phone", "the English form on his phone", me("Luigi", "Greco"),
      card("Louis Greco", "Age 48", ["Dayton, OH"], phones=[HC]), "match")
check("Luigi Greco: Louise Greco", "a woman", me("Luigi", "Greco"),
      card("Louise Greco", "Age 48", ["Dayton, OH"]), "notmatch")
check("Antoni Mas: Antonia Mas", "a woman", me("Antoni", "Mas"),
      card("Antonia Mas", "Age 48", ["Dayton, OH"]), "notmatch")

head("5. 2nd / 3rd / 4th")
jr = P("Marcus", "Whitlock", 1990, "(937) 555-0141", HOME, suffix="III", relatives=["Marcus Whitlock"])
check("Marcus Whitlock III: Marcus Whitlock 3rd", "himself", jr,
      card("Marcus Whitlock 3rd", "Age 36", ["Dayton, OH 45406"]), "match")
check("Marcus Whitlock III: Marcus Whitlock III", "himself", jr,
      card("Marcus Whitlock III", "Age 36", ["Dayton, OH 45406"]), "match")
check("Marcus Whitlock III: Marcus Whitlock 2nd age 60", "his father", jr,
      card("Marcus Whitlock 2nd", "Age 60", ["Dayton, OH 45406"]), "notmatch")
check("Marcus Whitlock III: Marcus Whitlock 4th age 10", "his son", jr,
      card("Marcus Whitlock 4th", "Age 10", ["Dayton, OH 45406"]), "notmatch")
check("Marcus Whitlock III: Marcus 3rd Whitlock", "ordinal mid-name", jr,
      card("Marcus 3rd Whitlock", "Age 36", ["Dayton, OH 45406"], phones=["937-555-0141"]), "match")
check("Marcus Whitlock III: Whitlock, Marcus 3rd", "surname first", jr,
      card("Whitlock, Marcus 3rd", "Age 36", ["Dayton, OH 45406"], phones=["937-555-0141"]), "match")
p = P("Keith", "Dunmore", 1980, "(937) 555-0142", [A("Dayton", "OH", "45406", street="212 2nd St")])
check("Keith Dunmore (no suffix): Keith Dunmore, 212 2nd St", "a street 2nd is no suffix", p,
      card("Keith Dunmore", "Age 46", ["212 2nd St, Dayton, OH 45406"]), "match")
check("Keith Dunmore: Keith Dunmore 2nd, age 20", "his son, the second", p,
      card("Keith Dunmore 2nd", "Age 20", ["Dayton, OH"]), "notmatch")
check("Keith Dunmore: Keith Dunmore 2nd, age 46, phone", "himself: a card that says II, on his own phone",
      p, card("Keith Dunmore 2nd", "Age 46", ["Dayton, OH"], phones=["937-555-0142"]), "match")
check("Keith Dunmore II: Keith Dunmore 4th", "another generation", P("Keith", "Dunmore", 1980, "(937) 555-0142", HOME, suffix="II"),
      card("Keith Dunmore 4th", "Age 46", ["Dayton, OH"]), "nomatch")

sys.exit(run.summary())
