"""Is this listing the person? A record-linkage decision with a confidence and the reasons for it.

The model (Fellegi & Sunter, "A Theory for Record Linkage", JASA 1969, with a frequency-based prior):

1. **The name sets the prior.** Among the ``US_POPULATION`` people a broker could list, the listing
   is the person with prior odds 1 : (namesakes), where namesakes = population × u and u is the
   share of people whose name agrees at the level found (:mod:`optout.matching._names`): the
   given name's share times the surname's share (US Census tables, :mod:`.frequency`, combined
   within Census groups, and never below a community's share for names the groups are too
   wide for, or that are each rare enough to belong wholly to a community a group hides: Polish,
   Arab, Brazilian Americans in "white", Somali, Ethiopian in "Black", Salvadoran in "Hispanic";
   the community's size is what its names allow, between the smallest that can hold them and 1%:
   ``frequency.community_size``),
   more for an initial, less when two surnames or a middle name agree (but Vietnamese
   Văn and Thị, which most men and women carry, hardly narrow, in whatever place they are shown, nor
   do Maya, Kumari, Bahadur or Kumar after a Nepali or North Indian first given name: sixteenth pass).
   A nickname or spelling variant (Bob Smith for Robert Smith): each namesake of the same name is
   listed so as often as the person (a rate r), so r cancels for them; the people whose own name
   is the listed form (Frank, Wong) count in full, namesakes = N·(u(name) + u(listed form)/r).
   A surname shown with its article or particles (Al-Hassan, De La Cruz) counts the people whose
   surname is written so.
   At least one namesake is assumed, so a name alone never gives better than even odds: a rare
   name needs less corroboration than "Maria Garcia", never none. At that ceiling a middle initial
   still counts less than the whole middle name (their weights' ratio, 6/20: twenty-sixth pass).
2. **Each independent kind of evidence multiplies the odds** by its likelihood ratio m/u (m: how
   often it agrees when the listing is the person; u: when it is someone else of that name), as
   listed in ``WEIGHTS`` with their log2 ("weight" in Fellegi–Sunter terms): age intervals (a
   full date of birth shown and given is compared as a date, and replaces the age, except January 1, the
   date records give a refugee whose day of birth is unknown, which counts little more than the year and
   is never decisive (seventeenth pass); a year of birth
   shown is compared as a year with the one given, one in ~62: "birth year agrees", twelfth pass),
   places (street within the same city, or with its unit on a card that shows nothing else, read whole:
   number, directions, name, type and unit, as ``optout.streets.street_parts`` reads them (USPS Publication
   28), a direction or type only one line shows a weaker "street in part", twenty-ninth pass; another flat
   of their building as another street of theirs, twenty-first pass, in their city too when both lines show
   a flat, thirty-third pass, which reads a floor apart from a flat and "100-A" as the building of "100":
   ``optout.streets.address_parts``; ZIP, city, state), phones, relatives, aliases,
   generational suffix (their own Jr or III x6, m .6 / u .1; x3 for a Filho, Júnior, Neto, Sobrinho or hijo, whose
   namesakes carry one more often: ``_suffix_lr``, forty-first pass). Each place on a
   listing is its own comparison: every further city of the person's multiplies the odds
   ("another city"), every listed city they never lived in divides them (a card whose places are all
   abroad and none of theirs, ``_places.abroad``, as one whose places are all in states they never
   lived in: "no place in common"); several phones none of
   which is theirs, or several relatives none of whom is theirs, count more than one; relatives
   that differ weigh by how many the person gave and the listing shows (``_relatives_differ_lr``:
   a relative a clinic client names is linked to them by a broker with P .6, since many live
   abroad, are minors or have no US records, and shown among the first k with P .5/.7/.85). The m/u values are
   set by reasoning about the population (e.g. an exact age is shared by about 1 adult in 30),
   not fitted to the evaluation set, and are documented beside each. A city counts by its size
   (tenth pass, ``_city_lr``): the expected namesakes showing a name, an age and a city are the
   name's namesakes x the age's u x the city's u, with u = 6 x the city's share of US people (Census
   populations via GeoNames, ``_places.population``; a card shows about two places, and a name's
   holders live where its tradition lives), never above a big city's flat .02 nor below 1000 over
   the holders of the rarer of the two names (rare surnames are a few lineages settled in a few
   towns, rare given names one community's). So Mary O'Brien in a city of 70,000 is likelier the
   person than Maria García in Los Angeles. A size-based u alone was rejected before (seventh pass)
   because the people optout serves cluster (Sikh families in Yuba City, Arab Americans in Dearborn,
   Vietnamese Americans in Westminster), so a small city is not rare evidence for their names: the
   floor and the community weight below keep that. A ZIP of theirs counts the same way (twelfth
   pass, ``_zip_lr``): u = 6 x a ZIP's share of people (33,791 ZIP areas), at least 1000 over the
   holders of the rarer name, at most .005 (x100), which a community's name keeps.
   For the same reason a city of theirs counts less (×8, "community city", not ×40) when the name's
   holders are ones the Census groups cannot count (``frequency.clustered_name``: the community floor
   sets the prior, and the name is not a mixed one, whose parts two communities give: a Spanish given
   name beside a Korean or Polish surname, an Arabic one beside a Polish surname;
   ``frequency.mixed_name``): such a community lives in a few places, so about one namesake in ten
   shares the person's city, not one in fifty (seventh pass, BENCHMARKS.md), and about three in ten its city
   region (a borough or neighbourhood for the city: "community metro", ×2.5 not ×8; eighth pass). A listing carrying the other
   sex's name marker (Singh for a Kaur, Văn for a Thị: ``SEX_MARKERS``) is a man or woman of the
   family: like a Jr/Sr that differs, what the household shares is not counted; so is a card that
   names the person among its own relatives (a sibling's or cousin's card), unless it carries the
   person's own generational suffix (then the same name among its relatives is the father). So is a
   listing whose given name, read as a spelling variant of theirs, is the other sex's form of it (Sameh
   for Samah, Josie for Jose: ``frequency.sex_of``, from the US Social Security baby names by sex, 95% of
   its holders one sex), and that given name counts as another (×0.01; fourteenth pass).
3. **Confidence** is a monotone map of the posterior odds to [0, 1],
   ``1 / (1 + exp(-(SLOPE·ln(odds) + OFFSET)))``, fixed so that odds of 3:1 read 0.75 (the default
   ``submit_at``: of listings submitted at the threshold, three in four are the person, and most
   are submitted far above it) and odds of 1:40 read 0.45 (the default ``ask_at``: 3:1 divided by
   120, about what one more city of theirs (×40) and a relative or a surer age (×3) that a person
   can recognise on the page would add): a person is asked when
   the evidence agrees but is not enough (a common name with an age and a city), not when it
   contradicts the profile. A name common in the person's own community (``frequency.common_name``:
   Nguyen Van An, Kim Min-jun, Pa Vang, Mohamed Ali, or 200+ US namesakes by the Census tables) with
   only an age and one place (``_age_and_town_only``) is asked however high its odds: the tables count
   its namesakes among all Americans, where it looks rare (thirty-eighth pass). So is another
   generation's suffix (Sr for a Jr, Neto for a Filho) on a card of their age: a doubt, never a drop. Raising ``ask_at`` turns those asks into missed listings of the
   person, which is worse than a volunteer's minute (BENCHMARKS.md). Thresholds stay settings.
4. **A ``match`` needs the name plus independent corroboration** (an age, a place, a phone, a
   relative or another of the person's names that agrees); without any, the odds are capped at
   even and the confidence stays below ``submit_at``, so the decision always follows the
   confidence and the thresholds. Nor is a listing whose phones and relatives all contradict the
   profile, unless a street, ZIP, phone, relative, date of birth, a second city or another of the
   person's names agrees (``CONTRADICTED``): there the model's independence assumption is weakest
   (a namesake's card, or the person's own card with stale numbers and in-laws), and the
   Fellegi–Sunter answer to evidence that cannot decide is clerical review: a person looks (for a name
   of one community, ``clustered_name``, a ZIP is not decisive here: its enclaves are a few ZIPs;
   sixteenth pass). So is
   a listing whose places (two or more) are all towns the person never lived in and whose phone or
   relatives are someone else's, unless a decisive kind agrees (tenth pass, "contradicted places"), or
   whose one place of theirs (the town it was found by: a city, a city area or a state, nothing decisive) is
   outnumbered by places in states they never lived in, its phone or family someone else's too (twenty-seventh
   pass, "contradicted history": a namesake's life passing through their town; towns of their own state they
   never lived in do not count here, being as often neighbours or a move the profile omits);
   and a name of one community (its prior a bound, the community floor) in one of its places whose
   card shows a phone that is not the person's and nothing decisive ("contradicted phone"). So is a
   card whose relatives are all someone else's and carry the person's surname (a family of their name,
   none of it theirs, not even in another spelling) when nothing decisive agrees ("another family",
   fourteenth pass): a cousin or namesake of the same name in the same community, or the person's own
   stale card, which the name, an age and a town cannot tell apart. On the ten sets 6 of 6 such
   submitted cards were namesakes (main, holdout3, holdout7 one each; holdout9 three), none the person.
   The thirty-first pass (review39's leftovers, ``_held_back_pass31`` and the ``ask_for`` readings) adds: a
   given name of syllables (Cantonese, Korean, Vietnamese, Hmong) shown with one syllable as its initial beside
   the family name ("a syllable as its initial"); their given name cut at a field's length into another given
   name ("a cut that is a name of its own", Francesc for Francesca); a street in their city that is none of
   theirs ("another street only"); each asked when nothing decisive agrees. And a card of a home they left, with
   their name and age, is not dropped by the other-phone rule for a phone the profile lacks
   (``_old_number_of_a_past_home``): a person decides. The thirty-second pass (review41) adds: a surname that
   agrees only through one community's spelling rule (Kreyòl's, ``_names.kreyol_spelling``; a Hmong clan pair
   another community holds too, ``_names.hmong_alone``) is asked ("one community's spelling") unless their phone,
   street or date of birth agrees (``ONE_PERSON``); a relative agreeing does not lift it (it agrees by name).
   The thirty-fourth pass (holdout22 retired) reads a card of a home they left with the age of more than ten
   years ago (``_old_record_of_theirs``): with their phone and under ``CHILD_GAP`` years younger it is theirs (the
   age counted neither way), with their phone further back, no phone, or under a former name, a person decides
   ("an old record, too far back"); a phone or relative of someone else's keeps "another generation". The
   thirty-fifth pass reads the street of a past address of theirs as pass 34 reads their old phone (theirs under
   ``CHILD_GAP`` years, asked beyond), a past street in the city they live in now and an "also lived at" town
   neighbouring a past home (``NEIGHBOUR_KM``, a ZIP prefix) as past homes (``_past_homes_only``), and every
   street they gave in one city (``_streets``: their current street was read against a past one there).
   The thirty-sixth pass asks about a card whose given name is theirs a letter apart, with the age of 2-10 years
   back and only towns they left (``_misspelt_old_card``, "misspelt old card"), which the family guard dropped as a
   sibling's: their own misspelt old record looks the same. A saint's surname (San Martín, Santa María) is one
   surname, read glued (``_names._saints_glued``).

5. **What the model deliberately does not do.** (a) A search already scoped by state or city does
   not change the prior: the posterior P(person | name, place, age) is the same whether one counts
   the namesakes in the country and then the place's u, or the namesakes in the place (selection on
   a feature the listing shows does not change the posterior given that feature), so nothing is
   double counted and nothing is gained. (b) Listings of one search are scored one by one. Reasoning
   over the set (one-to-one assignment: one namesake of thirty agreeing is likelier the person than
   one of three) gains only when the page shows a large share of all the namesakes in scope, which
   a pair cannot know, and its competition half breaks on brokers' duplicate records of one person.
   What the page does change is left to a person, not re-weighted (``optout.matching.page``): two
   cards of one search that would both be submitted, one on the name, an age and places alone, are a
   namesake or a duplicate, and the thin ones are asked about.
   (c) A city's size sets its u only within the bounds of 2. (a big city .02, a rare name's town .02,
   a community's city .1). (d) A stronger city (u .01 per comparison, ×80 for one place
   against one city) traded precision for a little recall on the evaluation set (BENCHMARKS.md) and
   is not what the population says for a big city of the person's community.

Reasons name the kind of evidence, never a value. Inputs are bounded (names and places are read to
300 characters, 8 words, 20 places/phones/relatives), and nothing here raises on any text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

import phonenumbers

from optout.matching import _names
from optout.matching._places import US_PEOPLE, Place, abroad, distance_km, norm_city, parse_place
from optout.matching._places import population as _places_population
from optout.matching._text import ascii_text
from optout.matching.ages import parse_age, parse_birth_date, parse_birth_month, parse_birth_year
from optout.matching.frequency import (clustered_name, common_name, fixed_surname_tradition, sex_of, share,
                                      share_within_group)
from optout.person import Address, Person
from optout.streets import AddressParts, address_parts, same_flat, same_street, street_parts

if TYPE_CHECKING:  # matching reads listings; extraction imports matching.ages: no import at run time
    from pathlib import Path

    from optout.steps.extract import Listing

Decision = Literal["match", "uncertain", "no_match"]

US_POPULATION = 260_000_000  # US adults, the people brokers list (Census 2020: 258 million aged 18+)
MAX_ITEMS = 20

# Likelihood ratios m/u of each kind of evidence (Fellegi–Sunter agreement/disagreement weights).
WEIGHTS: dict[str, float] = {
    # name parts beyond given name + surname, multiplying the prior
    "middle agrees": 6.0,        # m .6: a middle initial shown agrees; u .1: one initial in ten
    "full middle agrees": 20.0,  # m .6: a whole middle name agrees; u .03
    "generic middle agrees": 1.25,  # the middle name that agrees is Văn or Thị (GENERIC_MIDDLE), which most
                                 # Vietnamese men / women carry: u ~.8 among their namesakes of the same
                                 # given name and surname, against m ~1 (NAMES.md)
    "middle differs": 0.08,      # an initial that is none of theirs: m .05 (a typo) / u .6
    "middle conflicts": 0.01,    # a whole given name the person does not have: m .005 / u .5
    "another Abd name": 0.0005,  # "Abdul Karim" for Abdul Rahman: another given name (as Mario for Maria),
                                 # m .0005 (a broker's slip) / u ~1
    # "both surnames": the second surname's share within its own group (BISG-style) multiplies u
    "given variant": 0.25,       # r: the share of a given name's holders whose listing shows one nickname or
                                 # spelling of it (Bob for Robert, Mohamed for Mohammed); it is m for the
                                 # person and u for their namesakes of the same name, so it cancels for
                                 # them, and counts against the holders of the listed form (see _name_odds)
    "given other": 0.5,          # goes by another of their given names: m lower
    "given initial": 0.02,       # an initial is shared by ~1 name in 15, m low
    "surname initial": 0.1,      # the share of people whose surname begins with one letter (the commonest
                                 # initials, S, M, B, C, hold 7-10% of US surnames): u of "Murugan S"
    "surname extra": 0.5,        # a surname the profile lacks: m lower
    "a relative's name": 0.2,    # no name of theirs agrees, but their given name beside a relative's surname
                                 # or given name (_relative_forms: a woman under her husband's, on a record
                                 # she never uses): m .2 (a US record that asked for a husband's name) / u ~1;
                                 # the namesakes of that name set the prior as for any name (eleventh pass)
    "surnames swapped": 0.04,    # the person's two surnames shown in the other order: the name of the
                                 # family with the other father (Rosales Ibarra for Ibarra Rosales, NAMES.md),
                                 # often a cousin of the same given name; m .02 (brokers drop or hyphenate a
                                 # second surname, they rarely swap the two) / u .5 (holders of both surnames
                                 # carry them one way or the other); holdout9's first read, 2026-12-01
    "another second surname": 0.02,  # two surnames shown, one of the person's two and one they do not have
                                 # ("Franklyn Mejia Reyes" for Franklyn De Jesus Mejia): the other is another
                                 # parent's surname, a cousin's or a namesake's. m .02 (a married name the
                                 # profile lacks: a US-married woman keeps her first surname, a Brazilian one
                                 # her last, and adds her husband's) / u ~1; replaces "surname extra". Eleventh
                                 # pass: 13 such cards in the eight sets, none the person (BENCHMARKS.md)
    "surname variant": 0.3,      # r of a spelling variant of the surname (Browne for Brown), as above
    "another vowel": 0.02,       # the surname they write with a Latin alphabet's marks (Słowik, Hadžić, Yılmaz)
                                 # is listed with one vowel for another (Sliwik): such alphabets spell a name
                                 # as it sounds and records keep the letters, less the marks, so that is
                                 # another surname (Śliwik), m .02 (a typo) / u ~1, not a spelling (eleventh pass)
    "given part": 0.1,           # half of one hyphenated given name ("Min" of Min-jun): m .2 / u 2
    "surname part": 0.05,        # half of one hyphenated surname ("Pierre" of Pierre-Louis): m .05 / u ~1
    # age (intervals, see .ages): u is the share of adults whose age falls in the listed interval
    "birth date agrees": 10000.0,  # the full date of birth (day and month swapped too): m .8 / u 1/(365 x 62)
                                   # ~4e-5 (about 18 000), taken down to 10 000 for twins and slips
    "assigned birth date agrees": 100.0,  # the date agreeing is January 1, which US immigration records give a
                                 # refugee or immigrant whose day of birth is unknown (Afghan, Somali, Iraqi,
                                 # Burmese, Bhutanese arrivals): among the namesakes of such a name born in
                                 # that year, up to about half carry it, so the date says little more than the
                                 # year: m .8 / u (1/62 x .5) ~ 100, below any other date (x10 000) and any
                                 # month (x500); not decisive (seventeenth pass). A month of January shown for
                                 # a person born on January 1 counts so too
    "birth month agrees": 500.0,  # a month and year of birth shown ("DOB 11/1980") agree with the person's
                                 # date of birth: m .8 / u 1/(12 x 62) ~ 1/750 (600), down to 500 for slips
    "birth month differs": 0.05,  # the same year, another month: m .05 (a broker's slip) / u ~1
    "birth date differs": 0.05,  # the same age or year, another full date: m .05 (a broker's slip) / u ~1
    "birth year agrees": 50.0,   # a year of birth shown ("Born 1985") is the person's: m .85 / u 1/62, the share
                                 # of adults born in one year (ages 18-80), 53, down to 50 for slips. Read as
                                 # an age interval it was two ages against two (x17.6), as if the years could
                                 # be a year apart; one year apart is "age close" (twelfth pass)
    "age agrees": 26.0,          # an exact age against a birth year; see _age_weight for the rest
    "age close": 3.5,            # one year apart (stale data, birthdays): m .1 / u .03
    "age near": 0.4,             # two or three years apart
    "age differs": 0.02,         # 4-10 years apart: m .01 (a broker error) / u .6
    "another generation": 0.0005,  # more than 10 years apart: a parent or child of the same name
    "stale age": 1.0,            # 2-10 years YOUNGER than theirs on a card whose every place is one they left
                                 # (_stale_age): brokers keep the age a record had when it was collected, so
                                 # their own card of a past town shows the age they had there (a record is
                                 # refreshed only by a new event at that address: a credit pull, a USPS change
                                 # of address; USinfoSearch, "How long does it take for a new address to appear
                                 # in our data"; twenty-eighth pass, BENCHMARKS.md). The
                                 # profile does not say when they left, so m is the share of ages in that band,
                                 # as u is (~9/62 each): counted neither way, never as "age near" (x.4) or
                                 # "age differs" (m .01: a broker's slip)
    # places (current and past, see ._places)
    "street": 5000.0,            # the house number and street of theirs, in the same city: m .5 / u 1e-4
                                 # (a namesake in the household: age and suffix tell a father or son)
    "street in part": 500.0,     # their house number and street name, one line leaving out a direction or type the
                                 # other shows ("1200 Main" for "1200 N Main St"): m .15 (a card cut short) / u 3e-4
                                 # (the two to four streets of one name in a city: N/S Main, Main St/Ave); not
                                 # decisive (twenty-ninth pass, review39)
    "another street": 0.3,       # another address in a city where they gave theirs: m .3 (a move, a stale
                                 # listing) / u ~1
    "zip": 100.0,                # m .5 / u .005, the most a ZIP's u can be: the name's holders in one of its
                                 # ZIP codes (_zip_lr: by the name's holders, as a city's is, twelfth pass)
    "another zip": 0.2,          # a listed ZIP in a city of theirs, not the ZIP they gave there (Bronx 10467
                                 # for Bronx 10462): m .2 (a move inside the city that the profile's one ZIP
                                 # does not show, a stale card) / u ~1 (a namesake in a city of many ZIPs
                                 # lives in another). Eleventh pass, BENCHMARKS.md
    "city": 40.0,                # m .8 / u .02: a big city holds ~1% of people, x2 for the several
                                 # places on a listing (namesakes also cluster in families and towns).
                                 # Current and past cities weigh the same: brokers show stale addresses
                                 # as current, and profiles list the current address first but not always
    "community city": 8.0,       # the same, for a name whose holders the Census groups cannot count
                                 # (frequency.clustered_name: its prior rests on a community floor, and it
                                 # is not a mixed name, frequency.mixed_name: Carlos Hwang, Farah Kowalczyk):
                                 # u .1, the share of such a community, or of the few families that carry a
                                 # name the tables lack, in one of its centres (Georgian and Bukharian
                                 # Brooklyn, Karen Omaha, Bangladeshi Hamtramck, Hmong Saint Paul; ACS 2019
                                 # ancestry by place), not the population's .02 (seventh pass, BENCHMARKS.md)
    "another city": 10.0,        # each further city of theirs on the same listing (at most 3): m .5 /
                                 # u .05 (a namesake who lived in one of their towns often lived nearby)
    "a town they never lived in": 0.5,  # a listed city in one of their states, none of theirs: m .45
                                 # (profiles are incomplete, brokers list neighbouring towns) / u .9
    "a place in another state": 0.3,    # a listed city in a state they never lived in: m .3 / u .95
    "a town in their state": 1.0,  # a listed city in a state where they gave a city no gazetteer knows (a
                                 # neighbourhood written as the city: Gulfton for Houston): it may hold it or
                                 # not, so it counts neither way (_places, thirteenth pass)
    "a town with no state": 1.0,  # a listed city with no state, none of theirs in any state: which state's town
                                 # is not known, so no weight (m and u unknown); it still is a town they never
                                 # lived in for the caps on contradicted places (twenty-fifth pass)
    "metro": 8.0,                # the same city region (a borough for the city)
    "community metro": 2.5,      # the same, for a name whose holders the Census groups cannot count (as
                                 # "community city"): m .8 / u .3, since a community's city region holds
                                 # far more of it than its one city's .1 (the New York region holds about
                                 # half of the Senegalese, Guyanese and Bangladeshi born in the US, Los
                                 # Angeles a third of the Armenian and Korean born: ACS 2019 by metro area),
                                 # not the population's ~.1 (eighth pass, BENCHMARKS.md)
    "state only": 3.0,           # the listing shows only a state, one of theirs: u ~ .25 of namesakes
    "no place in common": 0.02,  # all places in states they never lived in: m .015 (incomplete profile) / u .8
    # phones, relatives, aliases, suffix
    "phone agrees": 5000.0,      # m .5 / u 1e-4: only a namesake in the household or a recycled number
    "phone differs": 0.4,        # the listing shows one number, not theirs: m .4 (people have several
                                 # numbers; brokers keep old ones) / u ~1
    "phones differ": 0.1,        # two or more numbers, none theirs: m .1 (brokers list the current
                                 # number among several) / u ~1
    "relative agrees": 50.0,     # the least: m .5 / u .01; more for a rarer relative's name, see _relative_lr
    "relatives differ": 0.6,     # two or more listed, none of the relatives the person gave; its m/u is
                                 # _relatives_differ_lr(given, listed), this the value for one given, two listed
    "relative differs": 0.72,    # one listed, not theirs: _relatives_differ_lr(1, 1)
    "lists the person as a relative": 0.05,  # the listing is a relative of the person
    "a relative of their name": 0.5,  # the person gave a relative of their own given name and surname (a cousin, an
                                 # uncle, a father with no Jr), and the card shows that name with no age that
                                 # singles the person out (a year off, or none; an age years off reads as before,
                                 # a stale card of theirs as often as a relative's): it is the person's card or that
                                 # relative's, m/u 1/2 at best; what the family shares is not counted (holdout16's
                                 # first read, 2026-12-02: a cousin of the same name a year older, submitted)
    "a relative's card": 0.05,   # the card's own name is a relative's they gave, theirs only approximately or
                                 # as an alias (_relatives_card): m .05 (a broker merged the person under a
                                 # relative's name) / u ~1 (that relative's own card shows it); as above. Not
                                 # read under a name near theirs with an age that agrees (a year off does not:
                                 # a sibling born a year apart; nineteenth pass)
    "another of their names": 20.0,           # an alias on the listing is another of the person's names
    "another full name": 0.05,   # an alias is the listed name and one name more, where the person's own full
                                 # name has another (Fartun Abdullahi Hassan for Fartun Abdullahi Jimale: a
                                 # Somali or Arabic chain, a second surname): the namesake's whole name. m .01
                                 # (a broker merged a stranger's alias onto her card) / u .2 (cards that show
                                 # a fuller name); ninth pass, from the sixth held-out set
    "suffix agrees": 6.0,        # their Jr, II or III on a card of theirs: m .6 (brokers drop a suffix as often as a
                                 # middle initial, "middle agrees") / u .1: about one namesake of their name and age in
                                 # ten carries a suffix at all (a Jr is ~3% of US men; a name handed down father to son
                                 # carries it several times as often), and fewer the same one. Forty-first pass: it was
                                 # 3.0, with no m or u, so that Robert A Smith Jr, his age and his city were asked
    "generation word agrees": 3.0,  # the same for a person whose surname ends in a generation word (Filho, Júnior,
                                 # Neto, Sobrinho, hijo; _names.person_generation): Brazilian sons are Júnior or
                                 # Filho far more often than US sons are Jr (u ~.2), so m .6 / u .2; its kind is
                                 # still "suffix agrees", only its weight differs (_suffix_lr)
    "suffix differs": 0.002,     # Sr for a Jr person: the father; m .002 (a broker's slip) / u ~1
    "suffix unexpected": 0.3,    # the listing has a suffix, the profile none
    "given name of the other sex": 0.01,  # the given name agreed as a spelling variant is the other sex's
                                 # form of theirs (Sameh for Samah, Daniela for Daniel: frequency.sex_of, the
                                 # SSA's US baby names by sex): another given name, as "middle conflicts" (m
                                 # .005-.01: a broker's slip of one vowel / u ~1: the family's son or daughter
                                 # and the listed form's namesakes hold it). Read as "another sex" (below);
                                 # fourteenth pass, holdout9's Sameh for Samah
    "another sex": 1.0,          # the listing carries the other sex's name marker (Singh for a Kaur, Văn for
                                 # a Thị: SEX_MARKERS): a man or woman of the family, not the person. Its
                                 # own weight is 1, since the other given name is already counted ("middle
                                 # conflicts"); it marks a household member (ANOTHER_GENERATION), so what the
                                 # household shares (home phone, city, relatives) is not counted either
}
# Names that one sex carries and the other never does, in the traditions where a given name is shared by
# men and women (NAMES.md): Sikh men are Singh and women Kaur (Jaspreet, Manpreet, Harpreet are given to
# both); Vietnamese men are Văn and women Thị. A listing with the other sex's marker is someone else,
# most often a husband, brother or sister at the same address (the fourth held-out set's "Manpreet Singh
# Gill" on his wife Manpreet Kaur Gill's home phone, submitted at 0.87 before the seventh pass).
SEX_MARKERS = {"singh": "kaur", "kaur": "singh", "van": "thi", "thi": "van"}
# Middle names that nearly everyone of one sex carries in a tradition, so their agreement tells little:
# Vietnamese Văn (men) and Thị (women) (NAMES.md; read without marks by .\_text)
GENERIC_MIDDLE = frozenset({"van", "thi"})
# The second word of a two-word given name in Nepali (Bhutanese Nepali too) and North Indian naming that a
# large share of one sex carries after any first word: women's Maya, Kumari, Devi; men's Bahadur, Prasad,
# Kumar (Dil Maya, Chandra Kumari, Khem Bahadur, Sunil Kumar). Shown whole beside the first word, it agrees
# as "generic middle agrees" (u ~.3-.5 of the namesakes of that first word and surname), not as a whole
# middle name (u .03); sixteenth pass, holdout7 #338. And Telugu men's Rao after any first word (Srinivasa Rao,
# Venkateswara Rao, Nageswara Rao: a caste suffix carried after the given name, as Naidu and Reddy are; Wikipedia,
# "Telugu names", read with the search tool), which the twenty-fifth pass's surname-initial reading ("K Srinivasa
# Rao") showed counted as a whole middle name (x20), submitting such a card on the name, an age and a town
SECOND_ELEMENTS = frozenset({"maya", "kumari", "devi", "bahadur", "prasad", "kumar", "rao"})
SLOPE = 0.2714   # ln-odds → logit: odds 3 ↦ 0.75, odds 1/40 ↦ 0.45
OFFSET = 0.8004
# A listing whose phones and relatives both contradict the profile (each shown, none the person's)
# is never submitted on the name, an age and places alone: it goes to a person unless a DECISIVE
# kind of evidence agrees (point 4). On the held-out sets this turned 7 of 9 and 20 of 29 wrong
# submissions into questions, and no right one (BENCHMARKS.md, 2026-11-30).
CONTRADICTED = frozenset({"phones differ", "relatives differ"})
DECISIVE = frozenset({"street", "zip", "phone agrees", "relative agrees", "birth date agrees", "another city",
                      "another of their names"})
# the decisive kinds that are no name and no shared place: one person's identifiers (thirty-second pass)
ONE_PERSON = frozenset({"phone agrees", "street", "birth date agrees"})
PLACE_AGREES = frozenset({"city", "community city", "another city", "metro", "community metro", "zip", "street",
                          "street in part",
                          "state only"})
DIFFERS = frozenset({"phone differs", "phones differ", "relative differs", "relatives differ"})
CORROBORATION = frozenset({"birth date agrees", "assigned birth date agrees", "birth month agrees", "birth year agrees", "age agrees", "age close", "street", "street in part", "zip", "city",
                           "community city",
                           "another city", "metro", "community metro",
                           "state only",
                           "phone agrees", "relative agrees", "another of their names"})

# Signs that a listing is another generation of the person's family (a father or son of the same
# name, a daughter named after her mother): an age more than 10 years off, or a Jr/Sr that differs.
# Against that alternative, what a household shares is no evidence of identity: the son lives at the
# parent's address, answers the home phone and lists the same relatives (m ≈ u ≈ 1 under both
# hypotheses, so their likelihood ratio is 1 and they are left out). Issue 10, kind 5.
AGE_AGREES = frozenset({"age agrees", "age close", "birth year agrees", "birth month agrees", "birth date agrees",
                        "assigned birth date agrees"})
ANOTHER_GENERATION = frozenset({"another generation", "suffix differs", "another sex", "a relative's card",
                                "a relative of their name"})
HOUSEHOLD = frozenset({"street", "street in part", "another street", "zip", "city", "community city", "another city", "metro",
                       "community metro",
                       "state only",
                       "phone agrees", "relative agrees"})

_REASONS = {
    "birth date agrees": "date of birth agrees", "birth date differs": "date of birth differs (same age)",
    "birth month agrees": "month and year of birth agree",
    "assigned birth date agrees": "date of birth agrees, but it is January 1, which records give many people",
    "birth year agrees": "year of birth agrees",
    "birth month differs": "month of birth differs (same age)",
    "age agrees": "age agrees", "age close": "age one year off", "age near": "age a few years off",
    "age differs": "age differs", "another generation": "age differs by more than 10 years",
    "stale age": "a younger age on a card of a place they left: the age of an old record, counted neither way",
    "an old record, too far back": "a card of a place they left with the age of more than ten years ago: their old "
                                    "record or a younger relative's of their name, a person decides",
    "misspelt old card": "their given name a letter apart on a card of a place they left, with the age of an old "
                         "record: their own misspelt or a brother's or sister's, a person decides",
    "zip": "a ZIP code the person lived in", "street": "a street address of the person",
    "street in part": "their house number and street, one of the two lines leaving out a direction or street type",
    "another street": "another street address in a city of theirs",
    "another zip": "another ZIP code in a city of theirs",
    "city": "a city the person lived in", "another city": "another city the person lived in",
    "community city": "a name of one community, which lives in a few places: the city counted less",
    "community metro": "a name of one community, which lives in a few places: the city area counted less",
    "metro": "a city area the person lived in",
    "a town they never lived in": "a town the person never lived in, in a state they lived in",
    "a place in another state": "a place in a state the person never lived in",
    "a town with no state": "a town with no state shown, none of the person's: not counted",
    "contradicted": "the phones and relatives shown are someone else's: a person decides",
    "contradicted places": "the places and the phone or family shown are someone else's: a person decides",
    "elsewhere": "every place shown is one the person never lived in: a person decides",
    "abroad": "every place shown is abroad, where the name's namesakes are not counted: a person decides",
    "contradicted variant": "a variant of the name, with a town and a phone or family not theirs: a person decides",
    "contradicted phone": "a name of one community in its own city, with a phone that is not theirs: a person decides",
    "another family": "the relatives shown are a family of their surname, none of them theirs: a person decides",
    "surname initial only": "the surname shown only as its initial, and nothing decisive: a person decides",
    "contradicted history": "one place of theirs, but more places in states they never lived in and a phone or "
                            "family that are someone else's: a person decides",
    "another spelling's family": "the surname in another spelling that is a surname of its own, and nothing "
                                 "decisive: a person decides",
    "inner initials only": "a name without a family name, its inner words shown only as initials, and nothing "
                           "decisive: a person decides",
    "a cut that is a name of its own": "their given name cut at a form's field length into another given name, "
                                      "and nothing decisive: a person decides",
    "another street only": "a street address in a city of theirs that is none of their streets, and nothing "
                           "decisive: a person decides",
    "suffix doubt": "another generation's suffix (Jr/Sr, Filho/Neto) on a card of their age: a father or son of "
                    "the same name, or theirs, a person decides",
    "given names alone, a fixed surname": "only the person's given names, none of their family name, which their "
                                          "records keep: another family's name? a person decides",
    "common name, age and town": "a name common in its community, with only an age and a town: a namesake of the "
                                 "same age in the same town is as likely, a person decides",
    "a syllable as its initial": "a given name of syllables shown with one of them only as its initial, and "
                                 "nothing decisive: a person decides",
    "one community's spelling": "the surname only in a spelling one community uses for it (Kreyòl, a Hmong clan's), "
                                "which another family's name has too, and no phone, street or date of birth of "
                                "theirs: a person decides",
    "a town in their state":
        "a town in their state; the city they gave is no known town (a neighbourhood?): not counted",
    "state only": "a state the person lived in (no city shown)",
    "no place in common": "no place in common", "phone agrees": "a phone number of the person",
    "phone differs": "phone numbers differ", "phones differ": "phone numbers differ (several, none theirs)",
    "relative agrees": "a relative in common",
    "relatives differ": "no relative in common", "relative differs": "the relative shown is not one of theirs",
    "lists the person as a relative": "lists the person as a relative (a family member?)",
    "a relative's card": "the card's own name is that of a relative of the person",
    "a relative of their name": "a relative the person gave has this name too: theirs or the relative's card?",
    "another of their names": "another of the person's names among the aliases",
    "another full name": "an alias gives a fuller name that is not the person's",
    "suffix agrees": "generational suffix agrees", "suffix differs": "generational suffix differs (Jr/Sr)",
    "suffix unexpected": "a generational suffix the person lacks",
    "another sex": "a name only the other sex carries: a family member of the same name?",
    "given name, phone and family":
        "their given name with a surname they never gave, on a card with their phone and a relative of theirs: "
        "a person decides",
}


@dataclass(frozen=True)
class Match:
    confidence: float
    decision: Decision
    reasons: list[str] = field(default_factory=list)
    #: the same as ``reasons``, as value-free keys a reader renders in its own language
    #: (``optout.reasons.evidence_text``): a kind of :data:`EVIDENCE`, or ``name/<form>/<given>/<surname>``
    evidence: list[str] = field(default_factory=list)


def _assigned(date: dt.date) -> bool:
    """January 1: the date of birth US immigration records give a person whose day of birth is unknown
    (refugees from Afghanistan, Somalia, Iraq, Burma, Bhutan), shared by many namesakes born that year."""
    return (date.month, date.day) == (1, 1)


def confidence_of(odds: float) -> float:
    if odds <= 0:
        return 0.0
    x = SLOPE * math.log(odds) + OFFSET
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, x))))


def _another_full_name(listed: tuple[str, ...], alias: tuple[str, ...], forms: list) -> bool:
    """``alias`` is the listed name and one name more at its end, and one of the person's own names is
    the listed name and another name there ("Fartun Abdullahi Hassan" on the card "Fartun Abdullahi"
    for Fartun Abdullahi Jimale): the fuller name is the namesake's."""
    if len(listed) < 2 or len(alias) != len(listed) + 1 or alias[:-1] != listed:
        return False
    extra = alias[-1]
    for _kind, given, surnames, *_ in forms:
        whole = (*given, *surnames) if given != surnames else given
        if len(whole) == len(alias) and whole[:-1] == listed and not _names.same(extra, whole[-1]) \
                and not _names.spelling_variant(extra, whole[-1]) and not _names.nickname_of(extra, whole[-1]):
            return True
    return False


_VOWELS = frozenset("aeiouy")


def _another_vowel(person: Person, a: _names.NameAgreement, listed: _names.Listed) -> bool:
    """The surname agreed as a spelling variant differs from the person's by one vowel for another,
    and the person writes it with a Latin letter that carries a mark (Słowik, Hadžić, Yılmaz): in such
    alphabets one vowel for another is another name (Śliwik), not a spelling."""
    if a.surname != "variant":
        return False
    marked = {t for f in person.name_forms() for w in f.surnames
              if not w.isascii() and any(not c.isascii() and unicodedata.name(c, "").startswith("LATIN") for c in w)
              for t in _names.tokens(w)}
    for mine in a.surname_tokens:
        if mine not in marked:
            continue
        for t in listed.tokens:
            # (the last letter is left out: Polish, Czech and Baltic surnames end by sex, Wiśniewska/-ski)
            diff = [(x, y) for x, y in zip(t[:-1], mine[:-1]) if x != y] if len(t) == len(mine) else []
            if len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS and t[-1] == mine[-1]:
                return True
    return False


def _spelled_apart(agreement: _names.NameAgreement, listed: _names.Listed) -> bool:
    """The listed given name agrees with theirs only as a spelling (a letter or two apart), not as a
    nickname, a language's form of it or a truncation: Fritzner for Fritznel, not Bob for Robert."""
    if agreement.given != "variant" or not agreement.given_tokens:
        return False
    mine = agreement.given_tokens[0]
    return any(t != mine and _names.spelling_variant(t, mine) and not _names.nickname_of(t, mine)
               and not (len(t) >= _names.TRUNCATED_AT and mine.startswith(t))
               for t in listed.tokens if len(t) > 2)


# Russian, Bulgarian and Central Asian surnames end -ov, -ev, -in for a man and -ova, -eva, -ina for a woman
_MASCULINE_ENDINGS = ("ov", "ev", "in")
_FEMININE_ENDINGS = ("ova", "eva", "ina")


# the patronymic words of a Kyrgyz, Kazakh, Uzbek or Azerbaijani man's surname (Bakyt uulu, Serik uly, Aliyev oglu)
_MASCULINE_PATRONYMIC = frozenset({"uulu", "uly", "ugli", "ogly", "oglu"})


def _masculine_surname(word: str) -> bool:
    """``word`` is a surname in the form only a man bears: a Russian, Bulgarian or Central Asian -ov or -ev of
    five letters or more (Aliev, Bakytov; not Lev, Azov's rarer short names) or a patronymic's uulu / uly."""
    return word in _MASCULINE_PATRONYMIC or len(word) >= 5 and word.endswith(("ov", "ev"))


def _relative_forms(person: Person, forms: list) -> list:
    """Name forms the person may be listed under without having given them: each given name form of
    theirs (legal, names) beside a relative's surname, or beside a relative's first given name (an
    Ethiopian or Eritrean woman under her husband's given name, which US records take for a
    surname). Read only when no form of theirs agrees with the listed name; kind ``relative``."""
    one_part = any(f[1] == f[2] for f in forms)
    if one_part and any(t in _names.BURMESE_HONORIFICS for f in forms for t in f[1]):
        return []  # a Karen or Chin person without a family name: a relative's name is no family name either
    own = {t for f in forms for t in (*f[1], *f[2])}
    legal = [f for f in forms if f[0] == "legal"]
    # a man is hardly ever listed under a relative's family name: 5% of married men in the US took their wife's
    # last name, against 79% of married women their husband's (Pew Research Center, survey of 2,437 adults in
    # opposite-sex marriages, April 2023), so m falls from the .2 below to about .2 x 5/79 = .013, under any
    # stranger's card: his card under one is that relative's husband or son (holdout16's first read, 2026-12-02:
    # Joseph Camilleri, his sister Mary Camilleri's husband, on Joseph Cassar's profile). Read by the SSA's
    # names by sex (``frequency.sex_of``); a name both sexes hold, or one too rare to say, is read as before
    sexes = {sex_of(f[1][0]) for f in forms if f[0] in ("legal", "in_use") and f[1]}
    man = "m" in sexes and "f" not in sexes  # a name the table cannot read beside one it reads as a man's
    if "f" not in sexes and any(_masculine_surname(w) for f in legal for w in f[2]):
        # a given name the table cannot read (Khurshid, Bekzod, Ruslan's rarer neighbours) beside a surname in
        # its man's form (Aliev, Bakytov, Bakyt uulu): a man, whom no record lists under his sister's
        # Karimova; a woman a US record gives her father's -ov (Anna Ivanov) has a name the table reads as a
        # woman's, and is read as before (probe pass 23)
        man = True
    two_surnames = any(len([w for w in f[2] if w not in _names.PARTICLES]) == 2 for f in legal)
    feminine = any(w.endswith(_FEMININE_ENDINGS) for f in legal for w in f[2][-1:])
    words: list[str] = []
    for r in person.relatives[:MAX_ITEMS]:
        t = _names.tokens(r)
        if len(t) < 2 or one_part and (t[0] in _names.BURMESE_HONORIFICS
                                        or len(re.findall(r"[aeiouy]+", t[-1])) < 2):
            # a one-part name (an Afghan woman's Zarghona, entered in both fields) beside a relative's family
            # name: only a relative whose last word can be one, of two syllables or more (Hakimi, Popal,
            # Sultani), never a Karen or Burmese relative's, whose names are single syllables with no family
            # name among them (Saw Eh Kaw, Eh Doh Paw, Kyaw Thein). A one-syllable family name (Khan) is
            # left out too: a question missed, never a stranger submitted. Thirteenth pass
            continue
        candidates = [t[0]] if man else [t[-1], t[0]]
        if t[0] in _names.ABD and len(t) >= 3:
            # a relative's given name of two words, Abd and a name of God (Abd al-Hadi, Abdul Karim), which US
            # records write as one word: a daughter listed under her father's name is Rawan Abdulhadi
            # (nineteenth pass, holdout12 #223)
            rest = t[2] if t[1] in ("al", "el", "ul") and len(t) >= 4 else t[1]
            candidates += [t[0] + (t[1] if rest == t[2] else "") + rest, "abdul" + rest, "abdel" + rest]
        if len(t) >= 3:
            # the relative's family name beyond its last word (eighteenth pass, holdout13 #28, #55, #199):
            # a Spanish-speaking person's husband is Rivas Alvarenga, and a record that gives her his name
            # takes the first of his two surnames (Blanca Rivas); a Maghrebi family name with its particle
            # (Ould Ali, Aït Ouarab) is written glued on US records (Ouldali)
            # (the word before the last only when more people carry it as a surname than as a given
            # name: "Ana Lucía Paz" is one surname after two given names)
            if two_surnames and share("surnames", t[-2]) > share("given_names", t[-2]):
                candidates.append(t[-2])
            candidates.append(t[-2] + t[-1])
        if feminine:
            # a woman whose own surname takes the feminine ending (Rakhimova) is listed under her husband's
            # or father's in the same form (Yusupova for Sardor Yusupov; eighteenth pass, holdout13 #258)
            candidates += [w + "a" for w in (t[-1],) if w.endswith(_MASCULINE_ENDINGS)]
        for w in candidates:
            if len(w) >= 3 and w not in own and w not in words and w not in _names.ABD \
                    and w not in _names.HONORIFIC_GIVEN and w not in _names.PARTICLES:
                words.append(w)
    givens = list(dict.fromkeys(f[1] for f in forms if f[0] in ("legal", "in_use") and len(f) <= 5 and f[1]))
    # a Hungarian married woman's forms (twentieth pass, holdout14 #253 "Pálfalvi Gáborné"): "wife of Gábor
    # Pálfalvi", her husband's surname and given name + -né, or his surname + -né before her given name
    # ("Pálfalviné Katalin"). Only a relative of her surname gives the first; no one else's card carries them
    mine = list(dict.fromkeys(w for f in legal for w in f[2] if w not in _names.PARTICLES))
    wife_of = []
    for r in person.relatives[:MAX_ITEMS]:
        t = _names.tokens(r)
        if len(t) == 2 and (t[1] in mine or t[0] in mine):
            wife_of.append(t[0] + "ne" if t[1] in mine else t[1] + "ne")
    married = [("relative", (w,), (s,), 1, ()) for w in dict.fromkeys(wife_of) for s in mine if len(w) >= 5] \
        + [("relative", g, (s + "ne",), 1, ()) for g in givens for s in mine]
    return [("relative", g, (w,), 1, ()) for g in givens for w in words] + married


def _maiden_and_married(forms: list) -> list:
    """A woman's maiden surname kept beside her married one, as American women write it ("Patricia Smith
    Williams" for Patricia Williams, née Smith): her previous (or married) name form and her legal form as one
    form of two surnames, the maiden one first (the other order is read as two surnames swapped, a family
    member's, as before). Only one surname each, and
    ``score`` reads it only when both agree whole: a part of it beside her given name is one of her own forms
    already, or another woman's (eighteenth pass, holdout13 #351)."""
    legal = next((f for f in forms if f[0] == "legal"), None)
    if legal is None or len(legal[2]) != 1 or legal[2][0] in _names.SHARED_SURNAMES:
        # (Kaur, Singh, Begum are no maiden names: every Sikh woman or Bangladeshi woman may carry one beside
        # her husband's, so the two together narrow nothing; holdout's twin #265)
        return []
    out = []
    for kind, given, surnames, words, *_ in forms:
        if kind in ("previous", "married") and given[:1] == legal[1][:1] and len(surnames) == 1 \
                and surnames != legal[2] and surnames[0] not in _names.SHARED_SURNAMES:
            # the maiden surname first: a previous form's before the legal (married) one, the legal (maiden)
            # before a married form's
            both = surnames + legal[2] if kind == "previous" else legal[2] + surnames
            out.append((kind, given, both, words + legal[3], ()))
    return out


def _source(forms: list, i: int) -> int:
    """The person's name form that form ``i`` was made from (itself, or for a form with the letters
    a broker could not print deleted, its sixth field: ``_names.person_forms``)."""
    return forms[i][5] if 0 <= i < len(forms) and len(forms[i]) > 5 else i


def _name_reason(a: _names.NameAgreement) -> str:
    which = {"legal": "name", "alias": "alias or past name", "previous": "previous name",
             "patronymic": "given names (the second as a surname)",
             "third given": "given names (the third as a surname)",
             "married": "married name", "in_use": "name in use", "transliteration": "transliterated name",
             "relative": "their given name with a relative's name (a spouse's?)",
             "middle surname": "given names with the middle name as surname (a maiden name?)",
             "given particle": "given names (the part after de or del as a surname)",
             "one name": "their given name alone, the surname written as unknown (FNU, LNU)",
             }.get(a.form_kind, "name")
    given = {"exact": "given name", "other": "another given name", "variant": "a variant of a given name",
             "initial": "initial of the given name"}[a.given]
    surname = {"full": "surname(s)", "partial": "one of the surnames", "extra": "surname (and one more)",
               "initial": "the initial of the surname",
               "variant": "a variant of the surname"}[a.surname]
    return f"{which}: {given} and {surname} agree"


def _name_odds(a: _names.NameAgreement, listed: _names.Listed, reasons: list[str],
               forms: list | None = None, evidence: list[str] | None = None,
               person: Person | None = None) -> tuple[float, list[str]]:
    """Prior odds from the name: m / max(1, population × u), u from the Census shares. What it
    finds is added to ``reasons`` (words) and ``evidence`` (keys)."""
    kinds: list[str] = []
    keys = evidence if evidence is not None else []
    given = "".join(a.given_tokens)
    form_given = forms[a.form][1] if forms and 0 <= a.form < len(forms) else a.given_tokens
    unused = [t for t in form_given if t not in a.given_tokens]
    generic_lead = (a.middle == "agrees" and all(t in GENERIC_MIDDLE for t in a.given_tokens)
                    and any(t not in GENERIC_MIDDLE for t in unused))
    if generic_lead:
        # Văn or Thị shown first ("Nguyen Thi Lan", "Van An Nguyen"): the name that tells is the other one
        given = next(t for t in unused if t not in GENERIC_MIDDLE)
    # a two-part given name the table lacks (Min-jun, Ji-hoon: under its cut-off): its first part's
    # share, narrowed as a whole middle name narrows it ("full middle agrees")
    narrowing = 1.0
    if not _names.known_given(given):
        # (Văn and Thị narrow as little as when they are shown as a middle name: "Thi Lan" is Lan)
        core = [t for t in a.given_tokens if t not in GENERIC_MIDDLE] or list(a.given_tokens)
        narrowing = (WEIGHTS["full middle agrees"] if len(core) > 1 else 1.0) \
            * (WEIGHTS["generic middle agrees"] if len(core) < len(a.given_tokens) else 1.0)
        given = core[0]
    surname_tokens = [t for t in a.surname_tokens if t not in _names.PARTICLES] or list(a.surname_tokens)
    mine = forms[a.form][2] if forms and 0 <= a.form < len(forms) else a.surname_tokens
    # the listing shows a surname of theirs with its article or particles ("Al-Hassan", "De La Cruz", the
    # "Del Rio" of del Río Vega): its namesakes are the people whose surname is written so (Census
    # "alhassan", "delacruz", "delrio"), not every "Hassan", "Cruz" or "Rio"
    shown = {"".join(listed.tokens[i:j]) for i in range(len(listed.tokens))
             for j in range(i + 1, len(listed.tokens) + 1)}
    i = 0
    while i < len(mine):
        run = next((mine[i:j] for j in range(len(mine), i + 1, -1)
                    if mine[i] in _names.PARTICLES and mine[j - 1] not in _names.PARTICLES
                    and "".join(mine[i:j]) in shown and _names.known_surname("".join(mine[i:j]))), None)
        if run is None:
            i += 1
            continue
        words = [t for t in run if t not in _names.PARTICLES]
        if words and words[0] in surname_tokens:
            at = surname_tokens.index(words[0])
            surname_tokens = [t for t in surname_tokens if t not in words]
            surname_tokens.insert(min(at, len(surname_tokens)), "".join(run))
        i += len(run)
    glued = "".join(surname_tokens)
    if len(surname_tokens) > 1 and not _names.known_surname(glued):
        # two surnames shown: the first's share, times the second's (×50: surnames of one tradition go together)
        u = _joint(given, surname_tokens[0]) * min(share_within_group("surnames", t) for t in surname_tokens[1:])
        if a.surname == "full" and not _swapped(mine, a.surname_tokens, listed.tokens):
            kinds.append("both surnames")
    elif a.surname == "initial":
        # the surname shown as its initial ("Murugan S"): the namesakes are everyone of that given
        # name whose surname begins so (an initial is shared by ~1 surname in 10); each of them is
        # listed so as often as the person, so that rate cancels (as for a variant, below)
        u = share("given_names", given) * WEIGHTS["surname initial"]
    else:
        u = _joint(given, glued)
    if a.form_kind == "one name":
        # their given name alone, the surname unknown ("Fawad FNU"): every holder of that given name could be
        # recorded so; the share of them who were is not known, so all of them count (seventeenth pass)
        u = max(u, share("given_names", given))
    if a.form_kind == "given particle":
        # "Maria Delcarmen": a card of given names only, which any María del Carmen whose record was cut so
        # may carry; the Census counts the few who report Delcarmen as their surname, not them: at least the
        # holders of the name after the particle (Carmen, Jesús) count (seventeenth pass)
        words = [t for t in a.surname_tokens if t not in _names.PARTICLES]
        u = max(u, share("given_names", words[-1]) if words else u)
    u /= narrowing
    if all(t in _names.HONORIFIC_GIVEN or t in _names.BURMESE_HONORIFICS for t in a.given_tokens):
        # only Syed/Syeda or Md agrees: about half the holders of the surname (one sex) carry it; so do
        # the Karen and Mon honorifics Naw (women) and Saw (men) a volunteer entered as a given name
        # ("Naw Paw" for Naw Htoo Paw: every Karen woman is Naw), thirteenth pass
        u = max(u, 0.5 * share("surnames", glued))
    rate = (WEIGHTS["given variant"] if a.given == "variant" else 1.0) \
        * (WEIGHTS["surname variant"] if a.surname == "variant" else 1.0)
    if rate < 1.0:
        # A nickname or spelling variant (Bob Smith for Robert Smith). The person is listed so with
        # probability r (`rate`); so is each of their namesakes of the same name, so r is m and u at
        # once for those and cancels. Also listed so are the people whose own name is the listed form
        # ("Frank", "Wong"), all of them: m/u = r / (r·u(name) + u(listed form)).
        listed_u = _joint(listed.tokens[0], listed.tokens[-1]) if len(listed.tokens) >= 2 else u
        odds = 1.0 / max(1.0, US_POPULATION * (u + listed_u / rate))
    else:
        odds = 1.0 / max(1.0, US_POPULATION * u)
    factors = {"other": "given other", "initial": "given initial"}
    if a.given in factors and not generic_lead:
        odds *= WEIGHTS[factors[a.given]]
    if person is not None and _another_vowel(person, a, listed):
        odds *= WEIGHTS["another vowel"]
        reasons.append("one vowel of the surname differs (another surname)")
        keys.append("another vowel")
    if a.surname == "extra":
        # a profile with two surnames: the one listed that is not theirs is another family's
        own = [t for t in (forms[a.form][2] if forms and 0 <= a.form < len(forms) else ()) if t not in _names.PARTICLES]
        odds *= WEIGHTS["another second surname" if len(own) >= 2 else "surname extra"]
    if a.surname == "full" and forms and 0 <= a.form < len(forms) and _swapped(forms[a.form][2], a.surname_tokens, listed.tokens):
        odds *= WEIGHTS["surnames swapped"]
        reasons.append("the two surnames in the other order (another family's name)")
        keys.append("surnames swapped")
    if a.part_of_one:
        odds *= WEIGHTS["surname part"]
    if a.part_of_given:
        odds *= WEIGHTS["given part"]
    if generic_lead or (a.middle == "agrees" and unused and all(t in GENERIC_MIDDLE for t in unused)):
        odds *= WEIGHTS["generic middle agrees"]
        others = [t for t in unused if t not in GENERIC_MIDDLE]
        if generic_lead and len(others) > 1 and [t for t in listed.tokens if t in others] == others:
            # "Tran Thi Thu Ha" for Thu Hà (Thị her middle name): Thị first, then both given names; the
            # second of them agrees as a whole middle name does in "Thu Ha Tran"; in their order only (Ngọc
            # Bích is another woman than Bích Ngọc), thirteenth pass
            odds *= WEIGHTS["full middle agrees"]
        reasons.append("middle name agrees")
        keys.append("middle agrees")
    elif a.middle == "agrees" and unused and all(t in SECOND_ELEMENTS for t in unused) \
            and all(t in listed.tokens for t in unused):
        # Dil Maya, Khem Bahadur, Sunil Kumar: the second word of a Nepali or North Indian given name is one
        # of a few that most women or men carry, so it narrows the namesakes as little as Văn or Thị does
        odds *= WEIGHTS["generic middle agrees"]
        reasons.append("middle name agrees")
        keys.append("middle agrees")
    elif a.middle == "agrees":
        full = any(len(t) > 1 for t in listed.tokens[1:-1])
        odds *= WEIGHTS["full middle agrees" if full else "middle agrees"]
        if not full:
            # an initial agrees less than the word it stands for (u .1 against .03), also where the name's prior
            # reaches the cap below, as a rare or community name's does: "Cing S Hoih" for Cing Sian Hoih was
            # scored as the whole name (0.818 on an age and a town she never lived in; twenty-sixth pass). Its
            # odds stay under the whole word's ceiling by the two weights' ratio (6 / 20)
            odds = min(odds, WEIGHTS["middle agrees"] / WEIGHTS["full middle agrees"])
        reasons.append("middle name agrees")
        keys.append("middle agrees")
    elif a.middle == "differs":
        odds *= WEIGHTS["middle differs"]
        reasons.append("middle initial differs")
        keys.append("middle differs")
    elif a.middle == "conflicts":
        abd = len(a.given_tokens) == 1 and a.given_tokens[0] in _names.ABD
        odds *= WEIGHTS["another Abd name" if abd else "middle conflicts"]
        reasons.append("another given name that the person does not have")
        keys.append("middle conflicts")
    if "both surnames" in kinds:
        reasons.append("both surnames agree")
        keys.append("both surnames")
    return min(odds, 1.0), kinds


def _swapped(mine, shown, listed_tokens) -> bool:
    """The person's surnames (two or more, particles aside) shown all, in another order, after the
    given name. A name written family-first ("Lukusa Nsimba Esperance", as Congolese and Vietnamese
    cards are) is a mirror of the whole name, not a swap of two surnames, so it does not count."""
    own = [t for t in mine if t not in _names.PARTICLES]
    seen = [t for t in shown if t in own]
    if listed_tokens and listed_tokens[0] in own:
        return False
    return len(own) >= 2 and len(seen) >= 2 and set(seen) == set(own) and seen != own


def _other_sex_given(a: _names.NameAgreement, listed: _names.Listed, mine: set[str]) -> bool:
    """A listed given name, none of the person's, that is a spelling variant of one of theirs and the other
    sex's name by the US Social Security baby-names counts (``frequency.sex_of``: 95% of its holders one
    sex): Sameh (a man's) for Samah (a woman's), Daniel for Daniela, Frances for Francisco's Francisca is
    not asked. A name both sexes hold (Francis, Jessie, Nikola) or one too rare to count says nothing."""
    for g in a.given_tokens:
        sg = sex_of(g)
        if sg is None:
            continue
        for t in listed.tokens:
            if t in mine or t == g or _names.listed_form(t, g):
                continue  # (a community's own form of the name: Sasha for Oleksandr, sixteenth pass)
            st = sex_of(t)
            if st is not None and st != sg and (_names.spelling_variant(t, g) or _names.nickname_of(t, g)):
                return True
    return False


def _name_pair(a: _names.NameAgreement) -> tuple[str, str]:
    """The given name and surname that tell who it is: Văn/Thị and Syed/Md skipped, particles dropped."""
    givens = [t for t in a.given_tokens if t not in GENERIC_MIDDLE and t not in _names.HONORIFIC_GIVEN]
    surnames = [t for t in a.surname_tokens if t not in _names.PARTICLES]
    return (givens or list(a.given_tokens) or [""])[0], (surnames or list(a.surname_tokens) or [""])[0]


def _whole_name_pair(a: _names.NameAgreement) -> tuple[str, str]:
    """The given names and the surnames that agree, each glued into one word (Văn/Thị, Syed/Md and particles
    dropped): "Jean Baptiste" / "Pierre Louis" is a rarer name than Jean Pierre, "Min Jun" / "Kim" is the
    Korean Minjun Kim (for ``frequency.common_name``)."""
    givens = [t for t in a.given_tokens if t not in GENERIC_MIDDLE and t not in _names.HONORIFIC_GIVEN]
    surnames = [t for t in a.surname_tokens if t not in _names.PARTICLES]
    return "".join(givens or a.given_tokens), "".join(surnames or a.surname_tokens)


def _joint(given: str, surname: str) -> float:
    from optout.matching.frequency import joint_share

    if surname in _names.SHARED_SURNAMES:
        return share("given_names", given)
    return joint_share(given, surname)


def _their_ages(person: Person, today: dt.date) -> tuple[int, int] | None:
    """The person's age today as an interval (youngest, oldest): one age from a birth date, the two a birth year
    allows (born in 1980, 45 before their birthday in 2026 and 46 after it), None when the profile gives neither.
    The one reading of the profile's age for every comparison with a card's (``_age``, ``_stale_age``,
    ``_old_record_of_theirs``)."""
    if person.birth_date:
        a = person.age(today)
        return (a, a) if a is not None else None
    if person.birth_year:
        return today.year - person.birth_year - 1, today.year - person.birth_year
    return None


def _age(person: Person, listing: Listing, today: dt.date) -> str | None:
    interval = parse_age(getattr(listing, "age_text", None), today) if getattr(listing, "age_text", None) else None
    if interval is None and isinstance(listing.age, int) and 0 <= listing.age <= 120:
        interval = (listing.age, listing.age)
    if interval is None:
        return None
    if (mine := _their_ages(person, today)) is None:
        return "age unknown for the person"
    gap = max(interval[0] - mine[1], mine[0] - interval[1], 0)
    if gap == 0:
        return "age agrees"
    return "age close" if gap <= 1 else "age near" if gap <= 3 else "age differs" if gap <= 10 else "another generation"


def _stale_age(person: Person, listing: Listing, today: dt.date) -> bool:
    """Whether the card's age is the frozen age of an old record of theirs rather than another person's.

    True when the listed age (an interval, :func:`optout.matching.ages.parse_age`) is 2 to 10 years
    *younger* than the person's (never older: a record does not age ahead of them), the person gave
    at least two US addresses, the card shows at least one place, and every place it shows is one of
    their past addresses (the second onwards: city and state, or ZIP) and none their current one (the
    first). Brokers keep a record's age as it was when collected (a stale card: a record is refreshed
    only by a new event at its address, a credit pull or a change of address; USinfoSearch, "How long
    does it take for a new address to appear in our data"), so the person's own card of a town they
    left shows the age they had there (twenty-eighth pass, BENCHMARKS.md). A gap of more than 10 years
    stays "another generation" (a child of their name at the family's old address); one year is "age
    close" already (x3.5, for a card of any place).
    No personal data leaves this function; no errors raised (bad text is "not stale")."""
    text = getattr(listing, "age_text", None)
    interval = parse_age(text, today) if text else None
    if interval is None or (mine := _their_ages(person, today)) is None:
        return False
    if not 2 <= mine[0] - interval[1] <= 10:
        return False
    return _past_homes_only(person, listing, neighbours=True)


NEIGHBOUR_KM = 30.0  # a town this near a past home of theirs is one of its neighbours (a move within its county or
                    # metro: 61.0% of the Americans who moved between 2005 and 2010 stayed in their county, Census
                    # Bureau P20-567; a US county's towns lie within about 30 km of each other)


def _past_homes_only(person: Person, listing: Listing, *, neighbours: bool = False) -> bool:
    """The person gave at least two US addresses, the card shows at least one place, and every place it shows is
    one of their past addresses (the second onwards: city and state, or ZIP) and none their current one (the
    first); a street line of a past address of theirs (the same building) is a past home in their current city
    too, a move within the city (thirty-fifth pass). With ``neighbours`` (the readings of a card's younger age as
    an old record's: ``_stale_age``, ``_old_record_of_theirs``), beside such a past home, an "also lived at" town
    that is a neighbour of one (the same three-digit ZIP prefix, or within ``NEIGHBOUR_KM``) and no neighbour of
    the current one is a move the profile leaves out, not another life (thirty-fifth pass; holdout13 #12). Not for
    ``_old_number_of_a_past_home``: a card of their age today that shows a town they never gave is a namesake's
    there as often (holdout4 #385, holdout5 #183 were asked so). No personal data leaves this function; no errors
    raised."""
    home = [a for a in person.addresses[:MAX_ITEMS] if (a.country or "US") == "US" and a.city]
    if len(home) < 2 or home[0] is not person.addresses[0]:
        return False

    def key(a: Address) -> tuple[Place, str | None]:
        return parse_place(f"{a.city}, {a.state or ''}"), (a.zip or "")[:5] or None

    current, past = key(home[0]), [key(a) for a in home[1:]]
    current_line = _street_line(home[0].street) if _street_key(home[0].street) else None
    past_lines = [(key(a), line) for a in home[1:] if _street_key(a.street) and (line := _street_line(a.street))]
    items = [x for x in [*listing.locations[:MAX_ITEMS], *listing.past_locations[:MAX_ITEMS]]
             if isinstance(x, str) and x.strip()]
    if not items:
        return False

    def fits(p: Place, k: tuple[Place, str | None]) -> bool:
        return bool(p.zip and k[1] and p.zip[:5] == k[1]) or \
            bool(p.city and p.city == k[0].city and (p.state is None or p.state == k[0].state))

    def near(p: Place, k: tuple[Place, str | None]) -> bool:
        if p.zip and k[1]:
            return p.zip[:3] == k[1][:3]
        far = distance_km(p, k[0]) if p.city and p.state else None
        return far is not None and far <= NEIGHBOUR_KM

    homes = 0
    for x in items:
        p = parse_place(x)
        line = _street_line(x) if _street_key(x) else None
        if line is not None and any(fits(p, k) and _same_building(mine, line) for k, mine in past_lines) \
                and not (current_line is not None and fits(p, current) and _same_building(current_line, line)):
            homes += 1  # a street of a past home of theirs, in their current city or not
            continue
        if fits(p, current):
            return False
        if any(fits(p, k) for k in past):
            homes += 1
        elif neighbours and p.city and p.state and not near(p, current) and any(near(p, k) for k in past):
            continue  # a neighbouring town they also lived at
        else:
            return False
    return homes > 0


def _age_weight(person: Person, listing: Listing, today: dt.date) -> float:
    """m/u of an age that agrees: m .85; u = the chance a namesake's listed interval overlaps the
    person's, (listed width + the person's width - 1) / 62 years of adult ages. An exact age
    against a birth year (two possible ages): 0.85 × 62 / 2 ≈ 26; against a birth date: ≈ 53;
    a decade ("In her 40s") against a birth year: ≈ 4.8."""
    text = getattr(listing, "age_text", None)
    interval = parse_age(text, today) if text else None
    listed = (interval[1] - interval[0] + 1) if interval else 1
    mine = 1 if person.birth_date else 2
    return max(2.0, 0.85 * 62 / (listed + mine - 1))


_MILITARY = re.compile(r"(?:(?:apo|fpo|dpo)(?: (?:aa|ae|ap))?|aa|ae|ap)")


def _military(p: Place) -> bool:
    """``p`` is an APO, FPO or DPO address ("APO AE 09021", "FPO AP 96601")."""
    return bool(p.city and _MILITARY.fullmatch(p.city)) and (p.state is None or p.state in ("AA", "AE", "AP")) \
        or p.city is None and p.state in ("AA", "AE", "AP")


def _place_evidence(person: Person, listing: Listing) -> tuple[list[str], Place | None]:
    """The place evidence of a listing, one kind per independent agreement or disagreement.

    Each distinct listed place is compared with the person's addresses (current first, then past):
    a ZIP of theirs ("zip"); a listed city, current or past, that is one of theirs ("city"; brokers
    show stale addresses as current, so both weigh the same); each further distinct city of theirs on the
    same listing ("another city", at most 3: a path through the same towns is rarer still, though a
    namesake who lived in one of them is likelier to have lived in a neighbour, hence its lower m/u).
    Each listed city the person never lived in counts against ("a town they never lived in" in one
    of their states, "a place in another state" elsewhere; at most 3), unless nothing agrees, when
    the listing as a whole is read as before: a borough ("metro"), a state alone ("state only"), or
    "no place in common". A listed town in a state where the person gave a city no gazetteer knows (a
    neighbourhood written as the city: Gulfton, Little Haiti) counts neither way ("a town in their
    state", x1): it may be the city that holds it (thirteenth pass). Also returns the first listed
    city of theirs (with the person's state for it), whose size sets the weight of "city"
    (:func:`_city_lr`), or None."""
    home = [a for a in person.addresses[:MAX_ITEMS] if (a.country or "US") == "US"]
    # an address abroad (Maracay, Aragua, VE) is its town's name alone: its "state" is no US state
    away = {c for a in person.addresses[:MAX_ITEMS] if (a.country or "US") != "US" and (c := norm_city(a.city))}
    my_countries = {a.country for a in person.addresses if (a.country or "US") != "US"}
    mine = [(parse_place(f"{a.city}, {a.state or ''}") if a.city else Place(None, a.state, None), a.zip) for a in home]
    states: list[str | None] = [a.state for a in home]
    mine += [(Place(c, None, None), None) for c in sorted(away)]
    states += [None] * len(away)
    my_cities = {(p.city, s) for (p, _), s in zip(mine, states) if p.city}
    my_metros = {(p.metro, s) for (p, _), s in zip(mine, states) if p.metro}
    my_states = {a.state for a in person.addresses if a.state and (a.country or "US") == "US"}
    my_zips = {(a.zip or "")[:5] for a in person.addresses if a.zip}
    # the cities where the person gave a ZIP (a listed ZIP there that is another is a finer place)
    zip_cities = {(p.city, s) for (p, z), s in zip(mine, states) if p.city and z}
    current_items = [x for x in listing.locations[:MAX_ITEMS] if isinstance(x, str)]
    items = [*current_items, *[x for x in listing.past_locations[:MAX_ITEMS] if isinstance(x, str)]][:MAX_ITEMS]
    parsed = [(parse_place(x), i < len(current_items)) for i, x in enumerate(items)]  # (place, shown as current)
    # a county shown for the place ("Clark County, OH" for Springfield; fourteenth pass) is no town they
    # never lived in: it may hold their city, which the shipped places table (no counties) cannot tell, so
    # it reads as its state alone ("state only" when nothing else agrees; a county is narrower, so that
    # weight is a lower bound)
    parsed = [(Place(None, p.state, p.zip) if p.city and p.state and _COUNTY.search(p.city) else p, cur)
              for p, cur in parsed]
    parsed = [(p, cur) for p, cur in parsed if p.city or p.state or p.zip]
    # a military mail address (APO, FPO or DPO with its "state" AA, AE or AP: a unit abroad or at sea) is no
    # town and no state: it says nothing of where the person lived unless it is the one they gave (its ZIP).
    # Read as a place, it was "no place in common" (twenty-second pass, holdout15 #390: a soldier's card
    # with his phone was asked about)
    parsed = [(p, cur) for p, cur in parsed if not _military(p) or p.zip and p.zip[:5] in my_zips]
    if not parsed or not (my_cities or my_states or my_zips):
        return [], None

    def mine_city(p: Place) -> bool:
        return bool(p.city) and any(p.city == c and (p.state is None or p.state == s) for c, s in my_cities)

    def mine_metro(p: Place) -> bool:
        return bool(p.metro) and any(m == p.metro for m, _ in my_metros)

    out: list[str] = []
    hits: list[str] = []  # distinct places of theirs, in the order listed
    strangers: list[Place] = []
    abroad_shown: list[str] = []  # the countries of the places abroad shown that are none of theirs
    seen: set[tuple[str | None, str | None]] = set()
    first: Place | None = None
    other_zip = False
    for p, cur in parsed:
        if p.zip and p.zip in my_zips:
            if f"zip:{p.zip}" not in hits:
                out.append("zip")
                hits.append(f"zip:{p.zip}")
            if p.city:
                seen.add((p.city, p.state))
            continue
        if mine_city(p):
            if p.city not in hits:
                hits.append(p.city or "")
            if first is None:
                first = Place(p.city, p.state or next(s for c, s in my_cities if c == p.city), None)
            if p.zip and (p.city, p.state or next((st for c, st in zip_cities if c == p.city), None)) in zip_cities:
                other_zip = True
            continue
        if (country := abroad(p)) is not None:
            abroad_shown.append(country)
            continue
        if p.city and p.state and not mine_metro(p) and (p.city, p.state) not in seen:
            seen.add((p.city, p.state))
            strangers.append(p)
    cities = [h for h in hits if not h.startswith("zip:")]
    if cities:
        out.append("city")
    out += ["another city"] * min(3, len(hits) - 1)
    if other_zip and "zip" not in out:
        out.append("another zip")
    if not out:
        listed = [p for p, _ in parsed]
        if any(mine_metro(p) for p in listed):
            out = ["metro"]
        elif any(p.state in my_states for p in listed if p.state):
            if all(p.city is None and p.zip is None for p in listed if p.state in my_states):
                out = ["state only"]
        elif abroad_shown and len(abroad_shown) == len(listed):
            # every place shown is abroad and none of theirs ("Caracas", "Buenos Aires" with an Argentine
            # phone): a namesake at home, as a card whose places are all in states they never lived in; a
            # town in a country they lived in counts as a town of theirs they never lived in (holdout14's
            # first read, 2026-12-02: two such cards submitted on a rare name and an age)
            return (["a town they never lived in"] if set(abroad_shown) & my_countries else ["no place in common"]), None
        elif all(p.state is None and p.zip is None for p in listed):
            # a city with no state that is none of theirs: too vague to count against (x1), but a town they never
            # lived in, whatever its state, for the caps on a card whose places and family are someone else's
            # (twenty-fifth pass: the one-town rule of holdout18's first read was skipped for "Garland" alone)
            towns = {p.city for p in listed if p.city and abroad(p) is None}
            return ["a town with no state"] * min(3, len(towns)), None
        else:
            return ["no place in common"], None
    # a city the person gave that no gazetteer knows in its state (GeoNames lists every populated place
    # of 500 people or more: _places.population): a neighbourhood the clinic wrote as the city (Gulfton,
    # Little Haiti, Vickery Meadow) or a misspelling. A listed town of that state may be the city holding
    # it, so it is not "a town they never lived in" there: which town holds it is not known, so the card's
    # town counts neither for nor against (x1, "a town in their state"; thirteenth pass)
    unknown_states = {s for (c, s) in my_cities if s and _places_population(Place(c, s, None)) is None}
    for p in strangers[:3]:
        out.append("a town in their state" if p.state in unknown_states
                   else "a town they never lived in" if p.state in my_states else "a place in another state")
    return out, (first if cities else None)


_COUNTY = re.compile(r"\s(county|parish)$")
CITY_M = 0.8          # P(the person's card shows a city of theirs it was found by): WEIGHTS["city"]'s m
CITY_SPREAD = 6.0     # u of a city = CITY_SPREAD x its people / US people: a card shows about two places
                      # (the current city and a past one), and a name's holders live where its tradition
                      # lives, up to about 3x their share of all people in such places (2020 Census:
                      # Hispanic people are 19% of all, 48% of Los Angeles, 44% of Houston, 81% of El Paso;
                      # Black people 12% of all, 77% of Detroit), so 2 x 3
CITY_U_MAX = 0.02     # a big city keeps the flat u of WEIGHTS["city"] (x40), on which ``ask_at`` (1:40) was set:
                      # a common name with an age in Los Angeles or New York reaches a person, not "no match"
CITY_KIN = 1000.0     # people of one name's holders who may live in one town however few its people: a
                      # rare surname is a few lineages, settled where they were (McNeill in southeastern
                      # North Carolina, Boudreaux in Louisiana: surnames cluster far more than people do,
                      # Cheshire & Longley 2012 on surname geography), and a rare given name is one
                      # community's (Yoel: Cuban Hialeah); cousins are named for the same grandparent. So a
                      # city's u is at least CITY_KIN / the holders of the rarer of the two names: nothing
                      # gained over the flat .02 for a name under 50,000 holders (McNeill 24,000, Yoel 4,500)
CITY_U_MIN = 0.001    # no city, however small, makes a namesake rarer than 1 in 1,000 (x800 at most):
                      # namesakes in one small town are often kin (a cousin named for the same grandparent),
                      # and a card's town may be a neighbouring one's mailing name


def _city_lr(city: Place | None, *, community: bool, name: tuple[str, str] = ("", "")) -> float:
    """m/u of a listed city of the person's, by how many people live in it (Fellegi–Sunter with
    frequencies: the expected namesakes in a city are the name's namesakes times the city's u, so a
    Hans Strauss in a city of 200,000 is likelier the person than a Maria Garcia in Los Angeles).
    u = ``CITY_SPREAD`` x population / ``US_PEOPLE`` (places: :func:`._places.population`, the Census
    Bureau's figures via GeoNames), at least ``CITY_U_MIN``; a city the table lacks keeps the flat
    u .02 (``WEIGHTS["city"]``: a big city). For a name of one community (``community=True``: the
    Census groups cannot count its holders, who live in a few places) u is never below .1, the
    community's share in one of its centres (``WEIGHTS["community city"]``), however small the city:
    Hmong Saint Paul, Bangladeshi Hamtramck (22,000 people). And u is at least ``CITY_KIN`` over the
    holders of the rarer of ``name`` (given name, surname: US Census shares), at most ``CITY_U_MAX``.
    Los Angeles (3.8 million): u .02 (kept), x40; Fort Myers (74,000) for Elizabeth Brown: u .0013,
    x600; Aurora, IL (200,000) for Carlos Muñoz (165,000 adult Muñozes): u .006, x132; any city for Lakisha
    McNeill (8,400 Lakishas): u .02, x40, as before. The expected namesakes showing the name, the age
    and the city are then namesakes(name) x u(age) x u(city), and the posterior odds m / that."""
    if community:
        return WEIGHTS["community city"]
    pop = _places_population(city) if city is not None else None
    if pop is None:
        return WEIGHTS["city"]
    u = max(CITY_U_MIN, CITY_SPREAD * pop / US_PEOPLE)
    given, surname = name
    if given and surname:
        holders = min(share("given_names", given), share("surnames", surname)) * US_POPULATION
        u = max(u, CITY_KIN / max(1.0, holders))
    return CITY_M / min(CITY_U_MAX, u)


def _suffix_lr(person: Person) -> float:
    """m/u of a generational suffix on the card that is the person's own (Jr for a Jr, III for a III): 6
    (``WEIGHTS["suffix agrees"]``: m .6, u .1), or 3 when the person's surname ends in a Portuguese or Spanish
    generation word (``WEIGHTS["generation word agrees"]``: Filho, Júnior, Neto, Sobrinho, hijo, which a larger
    share of their namesakes carry). Forty-first pass; the weight was 3 for every suffix."""
    return WEIGHTS["generation word agrees" if _names.person_generation(person) else "suffix agrees"]


ZIPS = 33_791  # ZIP Code Tabulation Areas in the 2020 Census: a ZIP holds ~9,800 people, 1 in 33,791
ZIP_M = 0.5    # P(the person's card shows a ZIP of theirs): WEIGHTS["zip"]'s m
ZIP_U_MAX = 0.005  # WEIGHTS["zip"]'s u: the most a ZIP's u can be (a community's or a rare name's ZIP)


def _zip_lr(*, community: bool, name: tuple[str, str] = ("", "")) -> float:
    """m/u of a listed ZIP code of the person's, by the name's holders (twelfth pass): as for a city
    (:func:`_city_lr`), u = ``CITY_SPREAD`` x a ZIP's share of US people (1 / ``ZIPS``: ~1.8e-4, a
    card's two places, in the places where the name's tradition lives), never below ``CITY_KIN``
    over the holders of the rarer of the two names (a rare name's few lineages may live in one ZIP
    as in one town) nor above ``ZIP_U_MAX`` (.005, the flat u the ZIP had: x100). A name of one
    community (``community=True``: it lives in a few places, and its enclaves are a few ZIPs) keeps
    the flat u. So a ZIP counts more than x100 only for a name whose both parts more than 200,000
    people hold (Maria Lopez: u = 1000 / 874,000 Lopezes, x440), whose namesakes are spread over a
    tradition's many ZIPs; the expected namesakes showing the name, the age and the ZIP are then
    namesakes(name) x u(age) x u(ZIP), as for a city."""
    if community:
        return WEIGHTS["zip"]
    u = CITY_SPREAD / ZIPS
    given, surname = name
    if given and surname:
        holders = min(share("given_names", given), share("surnames", surname)) * US_POPULATION
        u = max(u, CITY_KIN / max(1.0, holders))
    return ZIP_M / min(ZIP_U_MAX, u)


def _street_key(text: str | None) -> str | None:
    """"4512 Canal Street, Houston" -> "4512 canal street": the line's first part in lower-case ASCII, for
    :func:`optout.streets.same_street`; None when it starts with no house number and street name."""
    if not isinstance(text, str):
        return None
    head = ascii_text(text[:120]).lower().split(",")[0].strip()
    return head if street_parts(head) is not None else None


def _street_line(text: str | None) -> AddressParts | None:
    """"3301 Williams Blvd., Apt. 6" -> its parts (:func:`optout.streets.address_parts`: house number, the letter
    after it, directions, name, type and unit, in one spelling each); None when the text has no house number."""
    if not isinstance(text, str):
        return None
    return address_parts(ascii_text(str(text)[:120]).lower())


def _same_building(a: AddressParts, b: AddressParts) -> bool:
    """Two street lines of one building: the same number and street name, and the same directions and street
    type where both show one (a line may leave any out: "50 181st St" is "50 W 181 Street")."""
    return a.number == b.number and a.name == b.name and all(
        x is None or y is None or x == y for x, y in ((a.pre, b.pre), (a.suffix, b.suffix), (a.post, b.post)))


def _streets(person: Person, listing: Listing) -> list[str]:
    """A listed street address against the streets the person gave, compared only within the same
    city (or ZIP): "street" when the house number and street agree, "another street" when the
    listing shows another address in a city where the person gave theirs, or another flat of their building (both
    lines show a unit and they differ: :func:`optout.streets.same_flat`; thirty-third pass)."""
    # every street they gave in a city (or ZIP): a move within a city leaves two, the current and the past one
    # (thirty-fifth pass: one street a city, the later address's, read their current street as "another street")
    mine: dict[tuple[str, str | None], list[str]] = {}
    for a in person.addresses[:MAX_ITEMS]:
        key = _street_key(a.street)
        if key and a.city:
            mine.setdefault((parse_place(f"{a.city}, {a.state or ''}").city or "", a.state), []).append(a.street)
        if key and a.zip:
            mine.setdefault((f"zip:{a.zip[:5]}", None), []).append(a.street)
    if not mine:
        return []
    # the street lines they gave with a unit (house number, street, apartment), for a card that shows one and
    # nothing else ("3301 Williams Blvd Apt 6": no city, state or ZIP). The same house number, street and unit
    # anywhere is no likelier a namesake's than in their city, so it is their street (twentieth pass,
    # holdout14 #36, #305: such a card was read as having no place at all)
    lines = [line for a in person.addresses[:MAX_ITEMS] if (line := _street_line(a.street)) is not None
             and (line.unit is not None or line.number_suffix)]
    out: list[str] = []
    for text in [*listing.locations[:MAX_ITEMS], *listing.past_locations[:MAX_ITEMS]]:
        key = _street_key(text)
        if not key:
            continue
        p = parse_place(text)
        if p.city is None and p.state is None and p.zip is None and p.country is None:
            if (line := _street_line(text)) is not None and (line.unit is not None or line.number_suffix):
                flats = [same_flat(mine_, line) for mine_ in lines if _same_building(mine_, line)]
                if True in flats:
                    out.append("street")
                elif False in flats:
                    # another flat of their building: a neighbour's card as likely as a past flat of theirs
                    # (twenty-first pass: it was read as no place at all, and a rare name submitted). A floor
                    # against a flat ("Floor 4", "Apt 4") is neither: the line alone says nothing (thirty-third pass)
                    out.append("another street")
            continue
        streets = mine.get((p.city or "", p.state)) or (mine.get((f"zip:{p.zip}", None)) if p.zip else None)
        if not streets:
            continue
        verdicts = []
        for theirs in streets:
            verdict = same_street(ascii_text(theirs[:120]).lower(), ascii_text(text[:120]).lower())
            if verdict in ("same", "partly"):
                a_, b_ = _street_line(theirs), _street_line(text)
                if a_ is not None and b_ is not None and same_flat(a_, b_) is False:
                    # another flat of their building in their city (review39 m8: Apt 4 for Apt 9, #2301 for #1507):
                    # the flat is the one fact that tells the person from a neighbour or relative of their name in
                    # a building where families of one community live, and it is not theirs; a move within the
                    # building is possible too (Census P20-567: most moves are short), so it is asked as "another
                    # street" is
                    verdict = "other"
            verdicts.append(verdict)
        out.append("street" if "same" in verdicts else "street in part" if "partly" in verdicts else "another street")
    for best in ("street", "street in part"):
        if best in out:
            return [best]
    return out[:1]


def _phone_key(text: str) -> str | None:
    try:
        n = phonenumbers.parse(str(text)[:40], "US")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(n):
        return None
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def _phones(person: Person, listing: Listing) -> list[str]:
    mine = {k for p in person.phones[:MAX_ITEMS] if (k := _phone_key(p))}
    theirs = {k for p in listing.phones[:MAX_ITEMS] if isinstance(p, str) and (k := _phone_key(p))}
    if not mine or not theirs:
        return []
    if mine & theirs:
        return ["phone agrees"]
    return ["phones differ"] if len(theirs) >= 2 else ["phone differs"]


def _relatives_card(person: Person, candidates: list[str], agreement: _names.NameAgreement, via_alias: bool,
                    forms: list, nicknames: tuple[str, ...]) -> bool:
    """Whether the card's own name (its first, main name) is that of a relative the person gave, while the
    person's name agrees only approximately or only as one of the card's other names: that relative's card.
    A sister named one letter apart (Dayerlis on Dayerlin's sister's card: given "variant"), or a wife's card
    with her husband's name among its aliases, which brokers merge onto a couple's shared address; the card's
    age and places are the relative's (holdout14's first read, 2026-12-02). Not when the person's own name
    agrees exactly as the card's name (a Jr and his father of one name: the suffix and age tell them)."""
    if not candidates or not person.relatives or (agreement.given == "exact" and not via_alias):
        return False
    main = _names.read_listed(candidates[0])
    if len(main.tokens) < 2:
        return False
    if via_alias and _names.compare(main, forms, nicknames) is not None:
        return False  # the card's own name is theirs too: the alias is no sign of whose card it is
    own_given = {g for f in forms for g in f[1][:1]}
    for r in person.relatives[:MAX_ITEMS]:
        t = _names.tokens(r) if isinstance(r, str) else ()
        if len(t) < 2 or tuple(t) in {tuple(f[1]) + tuple(f[2]) for f in forms}:
            continue  # a relative who shares the person's own whole name (a Jr's father) tells nothing here
        theirs = _names.compare(main, [("legal", tuple(t[:1]), tuple(t[1:]), 2, ()), ("legal", tuple(t[:-1]),
                                                                                     tuple(t[-1:]), 2, ())], ())
        # exact; or a form of the relative's name as the card's is of the person's ("Takis", a short form
        # of Panagiotis and of Dimitrios, on a card of the family's phone: the brother Panagiotis's as
        # likely as Dimitrios's; twenty-first pass, the crossed forms of the twentieth), unless the relative
        # bears the person's own given name (a Jr's father William: Bill is a form of both, tells nothing)
        crossed = theirs is not None and theirs.given == agreement.given == "variant" and t[0] not in own_given
        if theirs and (theirs.given == "exact" or crossed) \
                and theirs.surname in ("full", "partial") and theirs.middle not in ("differs", "conflicts"):
            return True
    return False


def _all_abroad(listing: Listing) -> bool:
    """Whether the card shows places and every one of them is abroad (``_places.abroad``)."""
    items = [x for x in [*listing.locations[:MAX_ITEMS], *listing.past_locations[:MAX_ITEMS]] if isinstance(x, str) and x.strip()]
    places = [p for p in (parse_place(x) for x in items) if p.city or p.state or p.zip or p.country]
    return bool(places) and all(abroad(p) is not None for p in places)


def _relative_of_their_name(person: Person, candidates: list[str], forms: list) -> bool:
    """Whether the card's own name is, given name and surname, both the person's (a form of theirs) and that of a
    relative they gave: a cousin, an uncle or a father named alike (Yitzchok Schonfeld, a cousin of Yitzchok Meir
    Schonfeld), whose card only an age or an identifier of the person's can tell from theirs."""
    if not candidates or not person.relatives:
        return False
    main = _names.read_listed(candidates[0])
    if len(main.tokens) < 2:
        return False
    shown = (main.tokens[0], main.tokens[-1])
    own = {(f[1][0], w) for f in forms if f[0] in ("legal", "in_use", "alias", "transliteration") and f[1]
           for w in f[2] if w not in _names.PARTICLES}  # any of two surnames: José Ortega for José Manuel Ortega Ruiz
    if shown not in own:
        return False
    for r in person.relatives[:MAX_ITEMS]:
        t = _names.tokens(r) if isinstance(r, str) else ()
        if len(t) >= 2 and (t[0], t[-1]) == shown:
            return True
    return False


def _relatives(person: Person, listing: Listing, forms: list, nicknames: tuple[str, ...],
               card_generation: str | None = None) -> tuple[list[str], float]:
    """The kinds of relative evidence, and the likelihood ratio of a relative in common."""
    listed = [r for r in listing.relatives[:MAX_ITEMS] if isinstance(r, str)]
    if not listed:
        return [], 1.0
    out: list[str] = []
    strength: list[float] = []
    # the listing names the person among its relatives: it is a relative's listing
    mine_suffix = _names.person_suffix(person)
    own_relatives = {" ".join(_names.tokens(r)) for r in person.relatives[:MAX_ITEMS]}
    # and as read with a generational suffix apart ("Rodelio Dela Cruz Jr", the son a father gave, is
    # that son on his father's card, not the father: thirteenth pass)
    own_suffixed = {(" ".join(x.tokens), x.suffix) for r in person.relatives[:MAX_ITEMS]
                    if isinstance(r, str) and (x := _names.read_listed(r)).suffix}
    # the relatives they gave without a generational suffix, as name forms (for the shorter copy below)
    plain = [t for r in person.relatives[:MAX_ITEMS]
             if isinstance(r, str) and not (x := _names.read_listed(r)).suffix and len(t := x.tokens) >= 2]
    plain_forms = [("legal", t[:-1], t[-1:], 2, ()) for t in plain] + [("legal", t[:1], t[1:], 2, ())
                                                                       for t in plain if len(t) >= 3]
    # the card's own name, when every word of it is a word of one of the person's names (María de la Luz Ibarra's
    # card "Maria De La Luz Ibarra"): a relative shown by a part of it ("Luz Ibarra") fits the card's holder as
    # well as the person, so it cannot say the card is a relative's
    card = _names.read_listed(listing.name) if isinstance(listing.name, str) else None
    words = {t for f in forms if f[0] != "relative" for t in (*f[1], *f[2])}
    whole = card.tokens if card and card.tokens and set(card.tokens) <= words \
        and " ".join(card.tokens) not in own_relatives else None
    for r in listed:
        read = _names.read_listed(r)
        if whole and not read.suffix and len(read.tokens) < len(whole) and _in_order(read.tokens, whole):
            # a relative shown by a part of the card's own name, which is the person's name: the family member
            # named for them (a mother Luz Ibarra, a daughter named María de la Luz) or the holder's own shorter
            # name echoed among the relatives; either way the card's own name agrees with the person more fully
            # than that entry does, so it is no sign of a relative's card (twenty-fifth pass, holdout18 #310).
            # A card whose name has a word the person's names lack (a daughter "Maria Del Rosario Fuentes"
            # listing her mother Maria Fuentes), is a relative they gave, or shows the entry's words in another
            # order (a Q'anjob'al brother "Mateo Pascual Diego" listing "Pascual Mateo", holdout11 #173) is read
            # as before
            continue
        if read.suffix and mine_suffix and read.suffix != mine_suffix:
            continue  # "Ernesto Villanueva Sr" among a Jr's relatives is his father, not him
        if read.suffix and card_generation and read.suffix != card_generation:
            continue  # "Wilfredo Ayala Jr" on the card "Wilfredo Ayala Sr" of their age: the son, not them
        if " ".join(read.tokens) in own_relatives or (" ".join(read.tokens), read.suffix) in own_suffixed:
            continue  # a relative of theirs who shares their name (Dana for Dana): that relative, not them
        a = _names.compare(read, forms, ())
        if a and a.given in ("exact", "other") and a.surname in ("full", "partial") \
                and not all(t in _names.HONORIFIC_GIVEN for t in a.given_tokens):
            theirs = _names.compare(read, plain_forms, ()) if plain_forms and not read.suffix else None
            if theirs and theirs.given == "exact" and theirs.middle not in ("differs", "conflicts") \
                    and theirs.surname in ("full", "partial") and a.middle != "agrees" \
                    and (a.given == "exact" and len(a.given_tokens) < len(forms[0][1]) or a.given == "other"):
                # a shorter copy of a relative they gave who shares their first given name and surname ("Joao
                # Da Silva" for the father João Ferreira da Silva of João Vitor Ferreira da Silva), with nothing
                # only the person carries (their second given name) and no suffix on either: that relative, as
                # an exact copy is above (fifteenth pass, holdout10 #39). So is one whose given name is only
                # another of theirs (Abdi Warsame, the father Abdi Warsame Yusuf of Sagal Abdi Warsame: a
                # Somali or Arabic daughter's middle name is her father's name; sixteenth pass, holdout11 #93)
                continue
            out.append("lists the person as a relative")
            break
    if person.relatives:
        # a relative's hyphenated given name (Ming-Tsung) is one name: half of it is someone else
        def joined(r: str) -> tuple:
            return tuple(tuple(_names.tokens(w)) for w in r.split() if "-" in w and len(_names.tokens(w)) > 1)

        rel_forms = [("legal", g, s, 2, joined(r)) for r in person.relatives[:MAX_ITEMS]
                     if (t := _names.tokens(r)) and len(t) >= 2 for g, s in [(tuple(t[:-1]), tuple(t[-1:]))]]
        rel_forms += [("legal", tuple(t[:1]), tuple(t[1:]), len(r.split()) - 1, joined(r))
                      for r in person.relatives[:MAX_ITEMS] if len(t := _names.tokens(r)) >= 3]
        # a relative who shares their family name, in the transliteration of it they gave (kind "transliteration":
        # Golovatyuk, the Russian papers' spelling of Ukrainian Holovatiuk): one family's cards are written in one
        # romanisation, so her son Taras Holovatiuk is "Taras Golovatyuk" on her card in that spelling (twenty-fourth
        # pass, holdout17 #391: read as a family of her surname, none of them hers)
        legal_surnames = {f[2] for f in forms if f[0] == "legal"}
        spelt = {f[2] for f in forms if f[0] == "transliteration"} - legal_surnames
        rel_forms += [(k, g, other, n, j) for (k, g, sur, n, j) in list(rel_forms) if sur in legal_surnames
                      for other in sorted(spelt)]
        hit = False
        unread = 0  # entries that fit a relative they gave only through an initial
        # a relative the card shows by a given name alone ("Savitri", "Rohan": Indo-Caribbean, South Asian and
        # many other cards list a household's members so) is the relative of theirs of that first given name who
        # carries the person's own surname, the family name the card shares with them (twenty-second pass,
        # holdout15 #98: read as no relative in common). Only a whole word of three letters or more, the first
        # given name of that relative exactly
        own_surnames = {t for f in forms[:1] for t in f[2]}
        by_given = {}
        for rel in person.relatives[:MAX_ITEMS]:
            t = _names.tokens(rel) if isinstance(rel, str) else []
            if len(t) >= 2 and t[-1] in own_surnames:
                by_given.setdefault(t[0], (t[0], t[-1]))
        for r in listed:
            read = _names.read_listed(r)
            if len(read.tokens) == 1 and not read.suffix and len(read.tokens[0]) >= 3 and read.tokens[0] in by_given:
                read = _names.Listed(by_given[read.tokens[0]], None, False)
            a = _names.compare(read, rel_forms, ())
            if a and a.given == "variant" and not _transliterated(read, a):
                a = None
            if a and (all(t in GENERIC_MIDDLE for t in a.given_tokens)
                      or all(t in GENERIC_MIDDLE for t in a.surname_tokens)):
                a = None  # "Van Nguyen" for Nguyễn Văn Hùng: Văn is any Vietnamese man's (seventeenth pass)
            if not a and len(read.tokens) == 3 and read.tokens[1] in GENERIC_MIDDLE | {"v", "t"}:
                # a Vietnamese name in the other order from the one they gave ("Hung Van Nguyen" for Nguyễn
                # Văn Hùng, "Nguyen Van Hung" for Hung Van Nguyen): Văn or Thị stays in the middle either way,
                # and the given name and the family name swap ends; Thị for their Văn is a sister (seventeenth pass)
                turned = _names.read_listed(" ".join(reversed(read.tokens)))
                b = _names.compare(turned, rel_forms, ())
                theirs = {t for t in (*rel_forms[b.form][1], *rel_forms[b.form][2])} if b else set()
                if b and b.given == "exact" and b.surname == "full" \
                        and not (theirs & GENERIC_MIDDLE and read.tokens[1][0] not in {t[0] for t in theirs & GENERIC_MIDDLE}) \
                        and not any(t in GENERIC_MIDDLE for t in (*b.given_tokens, *b.surname_tokens)):
                    read, a = turned, b
            if a and any(SEX_MARKERS[t] in (f := {*rel_forms[a.form][1], *rel_forms[a.form][2]}) and t not in f
                         for t in read.tokens if t in SEX_MARKERS):
                a = None  # "Nguyen Thi Hung" for Nguyễn Văn Hùng, a Kaur for a Singh: the other sex's marker
            honorific_only = all(t in _names.HONORIFIC_GIVEN for t in a.given_tokens) if a else False
            if honorific_only and a.middle == "agrees" and sum(len(t) > 1 for t in read.tokens) >= 3:
                honorific_only = False  # "Md Rafiqul Alam": the name after Md agrees whole (sixteenth pass)
            if a and a.surname == "initial":
                # a relative shown with an initial for a name ("K Lakshmi", "Lakshmi K" for Lakshmi Kolli) is any
                # Lakshmi of that letter, about one surname in ten, not the relative they gave: the Telugu reading
                # of a family name as its initial (twenty-fifth pass) made such entries "a relative in common"
                # (x50 at least, as if the whole surname were shown; the brief's review, 0.834). Nor is it a
                # relative that differs: it may be theirs, so it counts neither way (twenty-sixth pass)
                unread += 1
                a = None
            if a and a.given in ("exact", "variant") and a.middle != "differs" and not (a.part_of_given or a.part_of_one) \
                    and not honorific_only:  # "Syed Rizvi": any Rizvi man
                hit = True
                strength.append(_relative_lr(a, listing))
                break
        if hit:
            out.append("relative agrees")
            return out, strength[0]
        given = len({r for r in person.relatives[:MAX_ITEMS] if len(_names.tokens(r)) >= 2})
        read_whole = len(listed) - unread
        if read_whole <= 0:
            return out, 1.0
        out.append("relatives differ" if read_whole >= 2 else "relative differs")
        return out, _relatives_differ_lr(given, read_whole)
    return out, 1.0


def _two_census_surnames(a: _names.NameAgreement, listed: _names.Listed) -> bool:
    """The card shows, for a surname of the person's, a spelling variant of it that is a surname of its own:
    both words in the Census 2010 surname table (``frequency.known``: 100 holders or more), Guirguis for Girgis.
    Only the words the agreement read as the surname; particles and initials apart."""
    mine = [t for t in a.surname_tokens if t not in _names.PARTICLES and len(t) > 1]
    shown = [t for t in listed.tokens if len(t) > 1 and t not in _names.PARTICLES
             and t not in a.surname_tokens and t not in a.given_tokens]
    return any(s != m and _names.spelling_variant(s, m) and _names.known_surname(s)
               and (_names.known_surname(m) or _one_vowel_for_another(s, m))
               for m in mine for s in shown)


def _one_vowel_for_another(a: str, b: str) -> bool:
    """``a`` and ``b`` (folded words) differ only in one vowel put for another, at one place (Lockwood,
    Lackwood): not a letter left out or doubled (Nur for Nuur, Gebre for Ghebre), which is how one
    romanisation of a name differs from another, nor a sound spelt otherwise (Echeverria, Etxeberria)."""
    diff = [(x, y) for x, y in zip(a, b) if x != y] if len(a) == len(b) else []
    return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS


def _in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Every word of ``part`` is a word of ``whole``, in the same order (not necessarily side by side)."""
    it = iter(whole)
    return all(any(t == w for w in it) for t in part)


def _transliterated(read: _names.Listed, a: _names.NameAgreement) -> bool:
    """The relative's given name agreed as a variant only because it is written in another romanisation
    of the same letters (Somali Cabdullahi for Abdullahi, Cyrillic Iryna for Irina: ``_names.transliterated``),
    not as a nickname or a spelling a letter apart (Fritzner for Fritznel, a brother)."""
    mine = a.given_tokens[0] if a.given_tokens else ""
    return any(_names.transliterated(t, mine) for t in read.tokens)


RELATIVE_LINKED = 0.6  # P(a relative the person gave is among the relatives a broker links to them)
RELATIVES_SHOWN = {1: 0.5, 2: 0.7}  # P(a linked relative is among the k a listing shows); 0.85 for 3+
RELATIVE_NAMESAKE = 0.97  # P(a namesake's listing shows none of the person's relatives): 1 - ~3% related


def _relatives_differ_lr(given: int, listed: int) -> float:
    """m/u of a listing whose ``listed`` relatives are none of the ``given`` relatives the person
    named. Brokers link relatives through shared addresses and records (spouse, parents, siblings,
    adult children, in-laws) and a card shows the first few; a clinic client's relatives are often
    abroad, minors or without US records, so a given relative is linked with P ``RELATIVE_LINKED``
    and shown with P ``RELATIVES_SHOWN[k]``; each given relative is missed independently:
    m = (1 - linked x shown)^given (at most 3 given counted); u = ``RELATIVE_NAMESAKE``.
    One given, one listed: .7/.97 = 0.72; one given, two listed: .58/.97 = 0.6; two given, two
    listed: .34/.97 = 0.35; three given, three or more listed: .12/.97 = 0.12. No relative given
    or listed: 1 (nothing to compare)."""
    if given <= 0 or listed <= 0:
        return 1.0
    shown = RELATIVES_SHOWN.get(listed, 0.85)
    m = (1 - RELATIVE_LINKED * shown) ** min(given, 3)
    return m / RELATIVE_NAMESAKE


def _relative_lr(a: _names.NameAgreement, listing: Listing) -> float:
    """m/u of a relative in common: m .5; u = about five relatives, each with this given name
    (P(given)), sharing the listing's surname or else carrying this surname (P(surname within its
    group)), and any further surname of the relative agreeing too. Bounded to [50, 5000]."""
    listed_surnames = set(_names.read_listed(listing.name).tokens) if isinstance(listing.name, str) else set()
    rel_surnames = [t for t in a.surname_tokens if t not in _names.PARTICLES]
    u = 5 * share("given_names", a.given_tokens[0])
    for i, t in enumerate(rel_surnames):
        if i == 0 and t in listed_surnames:
            continue  # the family name the relative shares with the listed person: no information
        u *= share_within_group("surnames", t)
    return max(WEIGHTS["relative agrees"], min(5000.0, 0.5 / max(u, 1e-12)))


def score(person: Person, listing: Listing, *, submit_at: float = 0.75, ask_at: float = 0.45,
          today: dt.date | None = None, other_phone: str = "reject") -> Match:
    """How likely ``listing`` is ``person``: a :class:`Match` with ``confidence`` in [0, 1], a
    ``decision`` ("match" at or above ``submit_at``, "uncertain" at or above ``ask_at``, else
    "no_match") and reasons naming the kinds of evidence. Never raises on any listing text.
    ``other_phone``: "reject" (default) a card that would be asked about but shows only phones that
    are not the person's and nothing decisive; "ask" a person about it."""
    today = today or dt.date.today()
    own = _names.person_forms(person)
    both = _maiden_and_married(own)
    forms = own + both
    nicknames = tuple(t for n in person.nicknames for t in _names.tokens(n)[:1])
    candidates = [listing.name] if isinstance(listing.name, str) else []
    aliases = [a for a in listing.aliases[:MAX_ITEMS] if isinstance(a, str)]
    best: tuple[float, _names.NameAgreement, _names.Listed, bool] | None = None
    for i, text in enumerate(candidates + aliases):
        listed = _names.without_generation(_names.read_listed(text), person)
        if not listed.tokens:
            continue
        a = _names.compare(listed, own, nicknames)
        if a is None and (unvowelled := _names.read_unvowelled(text, own)) is not None:
            # a name in Arabic, Syriac or Ge'ez script, read consonant for consonant (fifteenth pass)
            listed = unvowelled
            a = _names.compare(listed, own, nicknames)
        if (hangul := _names.read_hangul(text)) is not None \
                and (b := _names.compare(hangul, own, nicknames)) is not None \
                and (a is None or _name_odds(b, hangul, [], forms, person=person)[0]
                     > _name_odds(a, listed, [], forms, person=person)[0]):
            # a Korean name in Hangul, read as a US record writes it (sixteenth pass): surname first, the given
            # name's syllables joined. Tried even when the letter-for-letter reading agrees in part, since that
            # reading (the Revised Romanization, syllable by syllable: 백승훈 "Baeg Seung Hun") takes the second
            # syllable of the given name for another given name and the surname for a spelling of it; the better
            # reading is kept (twenty-fourth pass, holdout17 #308)
            listed, a = hangul, b
        if re.search(r"[äöüÄÖÜ]", unicodedata.normalize("NFC", text)) \
                and (b := _names.compare(umlauted := _names.read_listed(_names._umlaut_e(text)), own, nicknames)) \
                and (a is None or _name_odds(b, umlauted, [], forms, person=person)[0]
                     > _name_odds(a, listed, [], forms, person=person)[0]):
            # a card that shows ä, ö, ü, for a person who gave the name as German records write it (Jaeger,
            # Schroeder for Jäger, Schröder): the card's umlauts written ae, oe, ue, as the twentieth pass reads
            # the person's against a card's (twenty-first pass; only a card that shows one: folding the
            # person's ue back to u would read Spanish Rueda as Ruda)
            listed, a = umlauted, b
        if (married := _names.without_married_de(listed)) is not None \
                and (b := _names.compare(married, own, nicknames)) is not None \
                and (a is None or _name_odds(b, married, [], forms, person=person)[0]
                     > _name_odds(a, listed, [], forms, person=person)[0]):
            listed, a = married, b  # "Ana Mendoza de Walker": her surname and her husband's (seventeenth pass)
        if both and (c := _names.compare(listed, both, nicknames)) is not None and c.surname == "full" \
                and c.given == "exact":
            c = dataclasses.replace(c, form=c.form + len(own))
            if a is None or _name_odds(c, listed, [], forms, person=person)[0] \
                    > _name_odds(a, listed, [], forms, person=person)[0]:
                a = c  # "Patricia Smith Williams": her maiden and married surnames together (eighteenth pass)
        if a is None:
            continue
        odds, _ = _name_odds(a, listed, [], forms, person=person)
        if best is None or odds > best[0]:
            best = (odds, a, listed, i > 0)
    # no reading yet: name forms made for this card, tried in turn, each read after the person's own
    fallbacks = (
        # "Joao Junior" for João Vitor Ferreira da Silva Júnior: Júnior read as his surname (fifteenth pass)
        lambda card, known: _agnomen_surname(person, card, known),
        # "Fawad FNU" for Fawad Ahmadzai: a record from before the surname he took in the US
        _unknown_surname,
        # "Maria Delcarmen" for María del Carmen Ruiz: the given name's particle part read as the surname
        _given_particle_surname,
    )
    for fallback in fallbacks:
        if best is not None or not candidates:
            break
        if (found := fallback(candidates[0], forms)):
            listed, a, extra = found
            a = dataclasses.replace(a, form=a.form + len(forms))
            forms = forms + extra
            odds, _ = _name_odds(a, listed, [], forms, person=person)
            best = (odds, a, listed, False)
    if best is None and candidates:
        # no name of theirs: their given name beside a relative's name (a woman under her husband's)
        extra = _relative_forms(person, forms)
        listed = _names.read_listed(candidates[0])
        a = _names.compare(listed, extra, nicknames) if listed.tokens and extra else None
        # the listed name is not a relative's own (a wife's or sister's card: Sahra Abdullahi), unless the card
        # shows the person's age: a relative who shares her given name and a surname is a daughter or mother
        # named after her (Rosalba Cantú del Ángel, the daughter of Rosalba del Ángel Mireles, who is Rosalba
        # Cantú by her husband), another generation, whose card shows another age (seventeenth pass, holdout11 #191)
        theirs = {frozenset(_names.tokens(r)) for r in person.relatives[:MAX_ITEMS]}
        if a and a.given == "exact" and a.surname == "full" and a.middle != "conflicts" \
                and (not any(set(listed.tokens) <= r for r in theirs)
                     or _age(person, listing, today) in ("age agrees", "age close")):
            a = dataclasses.replace(a, form=a.form + len(forms))
            forms = forms + extra
            odds, _ = _name_odds(a, listed, [], forms, person=person)
            best = (odds * WEIGHTS["a relative's name"], a, listed, False)
    if best is None:
        if candidates and _their_given_name_phone_and_family(person, listing, candidates[0], forms, today):
            # their first given name under a surname they never gave, on a card with their phone and a relative
            # of theirs, at their age: the name a woman was born or married under that the clinic did not enter
            # (a Nepali wife's maiden Gurung, her green card's Thapa; twenty-fifth pass, holdout18 #50), or a
            # relative of theirs of that given name on the family phone. The page cannot tell which, so a
            # person decides; docs/PEOPLE.md asks for every name a person has been known by
            kind = "given name, phone and family"
            return Match(round(ask_at, 3), "uncertain", [_REASONS[kind]], [kind])
        why = "no name" if not any(_names.read_listed(t).tokens for t in candidates) else "name differs"
        return Match(0.0, "no_match", [why], [why])

    _, agreement, listed, via_alias = best
    reasons = [_name_reason(agreement) + (" (listed as an alias)" if via_alias else "")]
    evidence = [f"name/{agreement.form_kind}/{agreement.given}/{agreement.surname}" + ("/alias" if via_alias else "")]
    odds, _ = _name_odds(agreement, listed, reasons, forms, evidence, person=person)
    if agreement.form_kind == "relative":
        odds *= WEIGHTS["a relative's name"]
    kinds: list[str] = []

    # generational suffix
    my_suffix = _names.person_suffix(person)
    if listed.suffix or my_suffix:
        if listed.suffix and my_suffix:
            kinds.append("suffix agrees" if listed.suffix == my_suffix else "suffix differs")
        elif listed.suffix:
            kinds.append("suffix unexpected")

    # the other sex's name marker (Singh for a Kaur): a man or woman of the family (SEX_MARKERS). Their
    # own names only: a form made of their given name and a relative's surname (a Kaur mother's) holds
    # the marker they cannot carry (holdout11's first read: his sister Manpreet Kaur, submitted)
    mine_tokens = {t for f in forms if f[0] != "relative" for t in (*f[1], *f[2])}
    if any(SEX_MARKERS[t] in mine_tokens and t not in mine_tokens for t in listed.tokens if t in SEX_MARKERS) \
            and not any(SEX_MARKERS[t] in listed.tokens for t in listed.tokens if t in SEX_MARKERS):
        kinds.append("another sex")
    elif agreement.given == "variant" and _other_sex_given(agreement, listed, mine_tokens):
        # the given name read as a spelling variant is the other sex's form of theirs (Sameh for Samah,
        # Daniel for Daniela): a brother, sister or namesake, not a spelling (fourteenth pass)
        odds *= WEIGHTS["given name of the other sex"]
        kinds.append("another sex")

    age_kind = _age(person, listing, today)
    shown = parse_birth_date(getattr(listing, "age_text", None), today)
    if person.birth_date and shown and age_kind in ("age agrees", "age close"):
        mine = person.birth_date
        same = shown == mine or (shown.year == mine.year and (shown.day, shown.month) == (mine.month, mine.day))
        if _assigned(shown) or _assigned(mine):
            # January 1 is the date records give a refugee or immigrant whose day of birth is unknown: agreeing,
            # it says little more than the year; differing, one of the two is that placeholder, not a slip, and
            # the age alone counts (seventeenth pass)
            age_kind = "assigned birth date agrees" if same else age_kind
        else:
            age_kind = "birth date agrees" if same else "birth date differs"
    month = parse_birth_month(getattr(listing, "age_text", None), today)
    if person.birth_date and month and age_kind in ("age agrees", "age close"):
        age_kind = "birth month agrees" if month == (person.birth_date.year, person.birth_date.month) \
            else "birth month differs"
        if _assigned(person.birth_date):  # a January 1 placeholder: its month is no more than its year
            age_kind = "assigned birth date agrees" if age_kind == "birth month agrees" else "age agrees"
    year = parse_birth_year(getattr(listing, "age_text", None), today)
    mine_year = person.birth_date.year if person.birth_date else person.birth_year
    if year and mine_year and age_kind in ("age agrees", "age close"):
        # a year of birth shown and given: the years agree or are a year apart, not two ages overlapping
        # (two years of birth two apart are two years apart, though the ages they give may overlap by one:
        # sisters born 1994 and 1996, holdout14's first read)
        age_kind = "birth year agrees" if year == mine_year else "age close" if abs(year - mine_year) == 1 \
            else "age near" if abs(year - mine_year) <= 3 else "age differs"
    if (via_alias or age_kind not in AGE_AGREES or age_kind == "age close") \
            and _relatives_card(person, candidates, agreement, via_alias, forms, nicknames):
        # (the card's age is its own name's: under a relative's name it says nothing of the person; under a
        # name near theirs, an age of theirs makes the card theirs: a son known by his father's name, holdout5;
        # an age a year off does not: it is a sibling's born a year apart as often as a stale age of theirs,
        # and the name is the sibling's exactly (Yeimi on Yeimy's sister's card; nineteenth pass))
        kinds.append("a relative's card")
    if "a relative's card" not in kinds and age_kind in ("age close", None) and not _names.person_suffix(person) \
            and not via_alias and _relative_of_their_name(person, candidates, forms):
        kinds.append("a relative of their name")
    if age_kind == "age unknown for the person":
        reasons.append(age_kind)
        evidence.append("age unknown")
    elif age_kind:
        kinds.append(age_kind)
    place_kinds, city = _place_evidence(person, listing)
    kinds += place_kinds
    kinds += _streets(person, listing)
    kinds += _phones(person, listing)
    # a Sr or Jr on a card of their age, the profile giving none: the card's own generation (their own card
    # once records told them from a son or father of their name), so the other generation's name among its
    # relatives is that son or father, not the person (sixteenth pass)
    card_generation = listed.suffix if listed.suffix and not my_suffix and age_kind in AGE_AGREES else None
    relative_kinds, relative_lr = _relatives(person, listing, forms, nicknames, card_generation)
    kinds += relative_kinds

    # the listing's aliases: another of the person's names (not the one the listing is under)
    if aliases and not via_alias:
        # an alias that is only the listed name again (Ken Chan on Kenneth Chan's card, J Chan) is what
        # any namesake's card shows: not another of the person's names
        own = [("legal", listed.tokens[:-1], listed.tokens[-1:], 1, ())] if len(listed.tokens) >= 2 else []
        for text in aliases:
            alias = _names.read_listed(text)
            full = _names.compare(alias, forms, nicknames)
            if full and full.given == "exact" and full.middle == "conflicts" and full.surname in ("full", "partial") \
                    and len(alias.tokens) > len(listed.tokens):
                # the card's fuller name has a whole given name the person does not have beside theirs
                # ("Jose Luis Hernandez" on the card of Jose Hernandez, who is José Wilfredo): the namesake's
                # whole name, as for a fuller name with another last part (thirteenth pass)
                if "another full name" not in kinds:
                    kinds.append("another full name")
                continue
            if _another_full_name(listed.tokens, alias.tokens, forms):
                # (read before the skip below: "Mohammad Qasim Rahimi" agrees with the card's "Mohammad Qasim"
                # as that name and one surname more, and was skipped as the listed name again)
                if "another full name" not in kinds:
                    kinds.append("another full name")
                continue
            if own and _names.compare(alias, own, ()) is not None:
                continue
            # nor is it with an honorific before it (Md, Syed) or the name Md abbreviates, written in
            # full (Mohammad R Islam on a Rafiqul Islam's card): about half of the namesakes of a
            # Bangladeshi or Pakistani man's name carry one, so it tells little about which one this is
            bare = alias.tokens
            while len(bare) > 2 and bare[0] not in listed.tokens and \
                    (bare[0] in _names.HONORIFIC_GIVEN or bare[0] in _names.HONORIFIC_FULL):
                bare = bare[1:]
            if own and bare != alias.tokens and _names.compare(_names.read_listed(" ".join(bare)), own, ()) is not None:
                continue
            a = _names.compare(alias, forms, nicknames)
            if a and a.given in ("exact", "other", "variant") and _source(forms, a.form) != _source(forms, agreement.form):
                kinds.append("another of their names")
                break
            if _another_full_name(listed.tokens, alias.tokens, forms) \
                    and "another full name" not in kinds:
                kinds.append("another full name")

    if "lists the person as a relative" in kinds and "relative agrees" in kinds:
        # a relative's card (a cousin or sibling of the same name) shares the family's relatives
        kinds.remove("relative agrees")
    family = next((k for k in kinds if k in ANOTHER_GENERATION), None)
    # their own card of a home they left, kept with the age they had there more than ten years ago (thirty-fourth
    # pass): read as m28's stale card, the household it was taken for being no likelier than the person
    old_record = _old_record_of_theirs(person, listing, kinds, agreement, today) if family == "another generation" \
        else None
    if old_record is not None:
        kinds[kinds.index("another generation")] = "stale age"
        family = None
    if family is None and "lists the person as a relative" in kinds and "suffix agrees" not in kinds:
        # the card names the person among its own relatives: it is a family member's card (a brother
        # one letter apart, a cousin of the same name), and the phone, home, town and relatives that
        # family shares with the person tell nothing about which of them it is (holdout10's first
        # read, 2026-12-01: a sibling's card on the family phone was submitted). Not when the card
        # carries the person's own Jr or III: the same name among its relatives is then the father
        family = "lists the person as a relative"
    if family is None and ("middle conflicts" in evidence or "surnames swapped" in evidence):
        # a whole given name the person does not have beside theirs: a brother, sister or cousin named
        # with the same lead (Mohammad Idris for Mohammad Yousuf, María Elena for María José); or their
        # two surnames the other way round, a cousin's (holdout9): the home, phone, town and relatives
        # the family shares tell nothing (holdout8's and holdout9's first reads, 2026-12-01)
        family = "middle conflicts" if "middle conflicts" in evidence else "surnames swapped"
    if family is None and age_kind in ("age near", "age differs") and _spelled_apart(agreement, listed):
        # a given name a letter or two from theirs (Fritzner for Fritznel, Yudeisy for Yudeisi), on a card
        # whose age is years from theirs: a brother or sister named after the same pattern, which many
        # Haitian, Dominican and Cuban families give, or the person with a misspelling and a wrong age.
        # The home, phone, town and relatives the family shares tell nothing about which (holdout11's
        # first read, 2026-12-01: a brother's card on the family phone, submitted at 0.96)
        family = "given name spelled apart"
    # their given name misspelt on their own old card of a town they left, or a sibling's who stayed there (pass 36)
    misspelt_old = family == "given name spelled apart" and _misspelt_old_card(person, listing, kinds, today)
    if family is None and (stale := next((k for k in kinds if k in ("age near", "age differs")), None)) \
            and _stale_age(person, listing, today):
        # their own card of a town they left carries the age they had there (twenty-eighth pass). Not when
        # a guard above reads the card as a family member's (a sibling spelled apart: the age then tells
        # which of them, and it says "not the person")
        kinds[kinds.index(stale)] = "stale age"
    community = ("city" in kinds or "metro" in kinds) and clustered_name(*_name_pair(agreement))
    kinds = [f"community {k}" if k in ("city", "metro") and community else k for k in kinds]
    discounted = False
    as_theirs = odds  # the odds of a misspelt old card read as theirs: every kind counted, its age as a stale one's
    for k in kinds:
        weight = (_age_weight(person, listing, today) if k == "age agrees"
                  else relative_lr if k in ("relative agrees", "relatives differ", "relative differs")
                  else _city_lr(city, community=False, name=_name_pair(agreement)) if k == "city"
                  else _city_lr(city, community=True) if k == "community city"
                  else _zip_lr(community=clustered_name(*_name_pair(agreement)), name=_name_pair(agreement))
                  if k == "zip"
                  else _suffix_lr(person) if k == "suffix agrees"
                  else WEIGHTS[k])
        as_theirs *= WEIGHTS["stale age"] if k in ("age near", "age differs") else weight
        if family and k in HOUSEHOLD and not (family == "a relative of their name" and k == "phone agrees"
                                               and age_kind == "age close"):
            # (the person's own phone on a card of their name a year off is counted: the relative of their name
            # who shares their phone is a father or son, decades apart, never a year; a cousin a year older has
            # his own. Without an age the card is the father's as often as theirs, and the phone is not counted.
            # Probe pass 23: Hector Ruiz Jr's card at 37 on his phone, his father Hector among his relatives)
            discounted = True  # what a same-name parent or child at the person's home shares with them
            continue
        odds *= weight
        reasons.append(_REASONS[k])
        evidence.append(k)
    if discounted:
        reasons.append("a household member of the same name? (shared places, phone and relatives not counted)")
        evidence.append("household")

    confidence = round(confidence_of(odds), 3)
    if not any(k in CORROBORATION for k in kinds):
        # the name alone: never better than even odds, and never at the submit threshold
        cap = min(confidence_of(1.0), math.floor((submit_at - 0.001) * 1000) / 1000)
        if confidence >= submit_at and cap > 0:
            reasons.append("nothing but the name: a person decides")
            evidence.append("name only")
        if cap > 0:
            confidence = min(confidence, round(cap, 3))
    # a ZIP is no decisive kind for a name of one community (clustered_name): its enclaves are a few ZIPs, so
    # a namesake at the person's ZIP is what such a name's namesakes look like (holdout7 #135, sixteenth pass)
    decisive = DECISIVE - {"zip"} if clustered_name(*_name_pair(agreement)) else DECISIVE
    away = sum(k in ("a town they never lived in", "a place in another state", "a town with no state") for k in kinds)
    # the places of theirs the card shows that are not decisive (one city, a city area, a state): the place it was
    # found by. Beside one, only places in states the person never lived in count against it here (a town of their
    # state they never lived in is as often a neighbour, a mailing town or a move the profile omits: m .45)
    theirs = sum(k in PLACE_AGREES for k in kinds)
    against = away if not theirs else sum(k == "a place in another state" for k in kinds)
    ask_for: list[str] = []  # the twenty-sixth pass's readings that, with nothing decisive, a person decides
    if agreement.surname == "variant" and _two_census_surnames(agreement, listed):
        # their surname in another spelling that is a surname of its own: both in the Census 2010 surname table
        # (100 holders or more each: Guirguis and Girgis, ~1,200 and ~1,900; Kucher and Kutcher; Wong and Huang).
        # Each spelling is carried by families of its own, and a person's records carry the spelling of their own
        # papers, so with only the name, an age and a town the card is as likely one of the other spelling's
        # families (the brief's review: "Nabil Guirguis" for Nabil Girgis was submitted at 0.758; the
        # twenty-fourth pass's rule for two given names each in the SSA table, Jamal and Jamil, for surnames)
        ask_for.append("another spelling's family")
    one_name = forms[agreement.form] if 0 <= agreement.form < len(forms) else None
    if one_name and one_name[1] == one_name[2] and _names.inner_initials(listed.tokens, one_name[1]):
        # a one-part name (Chin, Karen: no family name) whose inner words the card shows only as initials ("Cing S
        # Hoih" for Cing Sian Hoih): an initial is shared by about one word in ten, and the words of such names
        # recur within the community far more than the US tables that set the prior know (the brief's review of
        # the twenty-fifth pass: 0.818 on an age and a town she never lived in). The name, an age and a town are
        # what each namesake's card shows too, as for a family name shown only as its initial below
        ask_for.append("inner initials only")
    if one_name and one_name[1] != one_name[2] and _names.syllable_initials(listed.tokens, one_name[1], one_name[2]):
        # the same for a given name of syllables beside a family name (Cantonese, Korean, Vietnamese, Hmong): "Ka
        # W Wong" for Ka Wai Wong is every Ka Wing, Ka Wah and Ka Wo Wong of her age in her city as well (review39,
        # 0.800 on the name, an age and a city; thirty-first pass)
        ask_for.append("a syllable as its initial")
    # their surname only through one community's spelling rule (Kreyòl's Teriolt for Theriault; a Hmong clan
    # spelling another community holds too, Ly for Lee, Hang for Korean Ham): two families read as one unless the
    # profile's community is known, which it does not say. A relative agreeing does not say it either: it agrees by
    # name, and Lee and Ly, Yang and Yaj families share given names, towns and in-laws' names. So a question for a
    # person unless an identifier of one person agrees (their phone, street, date of birth) (review41;
    # thirty-second pass)
    one_spelling = bool(agreement.surname == "variant" and one_name
                        and _names.one_community_spelling(listed.tokens, one_name[2]))
    if _names.cut_name_of_its_own(listed.tokens, agreement.given_tokens):
        # their given name cut at a field's length into a name of its own ("Francesc" for Francesca, also a
        # Catalan man's name and Francesco's cut): read as their name, neither another's nor theirs for sure;
        # with nothing decisive a person decides (review39; thirty-first pass)
        ask_for.append("a cut that is a name of its own")

    def held(*keys: str) -> bool:
        return bool(set(keys) & set(evidence))

    def shows(*wanted: str) -> bool:
        return any(k in wanted for k in kinds)

    def agrees(decisive_kinds: frozenset[str] = DECISIVE, places: bool = False) -> bool:
        return any(k in decisive_kinds or places and k in PLACE_AGREES for k in kinds)

    # The cards a person decides however high their odds (point 4, the clerical-review region): each row is the
    # evidence it adds (its reason is ``_REASONS``'s) and when it holds, read in order against the evidence so far
    # (a row that says "not when already held back" sees the rows above it), each capped just under ``submit_at``
    # (twenty-seventh pass: one table for what were nine copies of one block, decisions identical on every set).
    held_back: list[tuple[tuple[str, ...], bool | Callable[[], bool]]] = [
        # the listing's phones and relatives are all someone else's, and only the name, an age and
        # places agree: the independence the odds rest on fails here (a namesake's card, or the
        # person's card with stale data), so a person decides (point 4, the clerical-review region)
        (("contradicted",), CONTRADICTED <= {k.replace("relative differs", "relatives differ")
                                              .replace("phone differs", "phones differ") for k in kinds}
         and not agrees(decisive)),
        # every place the card shows (two or more) is a town the person never lived in, and its phone
        # or family is someone else's too: only the name and an age agree. As for phones and relatives
        # above, the two contradictions are not independent (a namesake's card, or the person's card
        # from a life the clinic was not told of), so a person decides (tenth pass, BENCHMARKS.md). With
        # one such town, a family that is not theirs is enough (holdout18's first read, 2026-12-02: a
        # namesake one town over, at the person's age, with a relative who is not theirs, submitted on a
        # name the Census tables count rare): what the card adds to the name and age is a place and a
        # family, both someone else's. Not a phone alone with one town: a number changes with a move far
        # more often than a family does, and such a card of their exact name stays submitted (holdout16's
        # promises); a capped card with only other phones would be dropped by the other-phone rule below.
        # With one place of theirs (the city it was found by) and more places than that in states they never
        # lived in, with a phone or family not theirs either, the card is a namesake's life that passes through
        # the person's town as often as the person's own (holdout20's first read, 2026-12-03: a namesake of the
        # person's age in his city, with two past places in a state he never lived in and another's phone,
        # submitted at 0.812): only the name, an age and that one town agree (twenty-seventh pass)
        (("contradicted history" if theirs else "contradicted places",),
         lambda: (against >= 2 and shows(*DIFFERS) or against == 1 and shows("relative differs", "relatives differ"))
         and against > theirs and not agrees() and not held("contradicted")),
        # every place the card shows (two or more) is a town the person never lived in, and nothing but
        # the name and an age agrees: a rare name's prior makes the odds, but the card describes a life
        # the profile does not know; that is the person's card from years the clinic was not told of
        # or a namesake's, which the page cannot tell, so a person decides (holdout10's first read,
        # 2026-12-01: a namesake with two towns of a community the person never lived in, submitted)
        (("elsewhere",), lambda: away >= 2 and not agrees(places=True)
         and not held("contradicted places", "contradicted history", "contradicted")),
        # the family name shown first, only as its initial, before whole given names ("K Nageswara Rao": the Telugu
        # order), with nothing decisive (their phone, street, a relative, a date of birth): an initial is shared by
        # about one surname in ten, and the given names of the tradition that writes its family name so are shared
        # within it far more than the US tables that set the prior know; the name, an age and a town are what each
        # namesake's card shows, so a person decides (twenty-fifth pass, with that reading). Not the older initial
        # readings ("Murugan S", "P V Sebastian"): applied to them, holdout3 #164, a true card, was asked
        (("surname initial only",), agreement.surname == "initial" and len(listed.tokens) >= 3
         and len(listed.tokens[0]) == 1 and all(len(t) >= 2 for t in listed.tokens[1:]) and not agrees()),
        # the twenty-sixth pass's readings above (another spelling's family, inner initials only)
        (tuple(ask_for), bool(ask_for) and not agrees()),
        # the thirty-second pass's reading above: one community's spelling, whatever else agrees
        (("one community's spelling",), one_spelling and not agrees(ONE_PERSON)),
        # every place the card shows is abroad (a home town, a country): its namesakes are that country's people,
        # whom the US tables that set the prior do not count, and where a name of the person's tradition is
        # usually common (Mahamat Abakar in N'Djamena, Nourdine Said in Paris). Without a decisive kind (their
        # phone, street, a relative, a date of birth) a person decides (holdout16's first read, 2026-12-02: two
        # such cards of namesakes at home submitted on the name, an age and a town)
        (("abroad",), lambda: _all_abroad(listing) and not agrees()),
        # the name agrees only as a spelling variant (Kasayule for Kasayulie), and the card's town and its phone or
        # family are someone else's: only a near name and an age agree, which a look-alike family's card shows as
        # well as the person's own misspelt one; a person decides (holdout16's first read, 2026-12-02)
        (("contradicted variant",), lambda: (agreement.given == "variant" or agreement.surname == "variant")
         and away >= 1 and not agrees(places=True) and shows(*DIFFERS)
         and not held("contradicted", "contradicted places", "contradicted history", "elsewhere")),
        # a name of one community, in one of its places, with a phone that is not the person's: the prior
        # is a bound (the community floor), the city is where that community's namesakes live too, and
        # the one identifier on the card says someone else; a person decides. On the seven sets every
        # submitted card of this shape was a namesake (14 of 14: main 1, holdout3 2, holdout4 10,
        # holdout5 1), none the person (tenth pass, BENCHMARKS.md)
        (("contradicted phone",), lambda: shows("community city", "community metro")
         and shows("phone differs", "phones differ") and not agrees() and not held("contradicted")),
        # a family of their surname, none of it theirs (point 4, "another family")
        (("another family",), lambda: shows("relatives differ", "relative differs") and not agrees()
         and not held("contradicted") and _family_of_their_surname(person, listing, agreement)),
    ]
    held_back += _held_back_pass31(kinds, agrees)
    held_back += _held_back_chain(person, agreement, agrees)
    held_back += [(("common name, age and town",), lambda: _age_and_town_only(evidence)
                   and common_name(*_whole_name_pair(agreement), US_POPULATION))]
    held_back += [(("an old record, too far back",), old_record == "ask")]
    below_submit = math.floor((submit_at - 0.001) * 1000) / 1000
    for keys, applies in held_back:
        if (applies() if callable(applies) else applies) and confidence > below_submit:
            confidence = below_submit
            reasons.extend(_REASONS[k] for k in keys)
            evidence.extend(keys)
    if "suffix differs" in kinds and confidence < ask_at and any(k in AGE_AGREES for k in kinds) \
            and not any(k in DIFFERS or k in ANOTHER_GENERATION - {"suffix differs"}
                        or k in ("lists the person as a relative", "no place in common", "a place in another state")
                        for k in kinds):
        # another generation's suffix (Sr for a Jr, Neto for a Filho) on a card of their age, and nothing else
        # that says another person: the father's or son's card of the same name, or theirs with a broker's slip of
        # the suffix; the page cannot tell, so a person decides, never dropped (issue 10 item 2, thirty-eighth
        # pass). A card whose age is another generation's, or whose places are all in states they never lived in,
        # stays dropped: the age or the places say it, not the suffix
        confidence = min(ask_at, below_submit)
        reasons.append(_REASONS["suffix doubt"])
        evidence.append("suffix doubt")
    if misspelt_old and confidence < ask_at <= confidence_of(as_theirs):
        confidence = min(ask_at, below_submit)
        reasons.append(_REASONS["misspelt old card"])
        evidence.append("misspelt old card")
    if other_phone == "reject" and ask_at <= confidence < submit_at \
            and any(k in ("phone differs", "phones differ") for k in kinds) and not any(k in DECISIVE for k in kinds) \
            and not _old_number_of_a_past_home(person, listing, kinds, agreement):
        # a card a person would be asked about (the name and some corroboration, not enough) that shows
        # phones, none of them the person's, and nothing decisive (their phone, street, ZIP, a relative,
        # a birth date): on the eleven read sets these questions were 384 strangers' cards and none of
        # the person's (157 of the person's cards were asked, none showing only other phones; the
        # fifteenth pass's count, BENCHMARKS.md), and on holdout11, held out, the rule lost no card of
        # the person's either. The one identifier on the card is someone else's: it is rejected, and
        # counted among the listings seen and rejected ("not found" says so). A profile should give
        # every number the person has had (docs/PEOPLE.md); ``MatchSettings.other_phone = "ask"``
        # sends these to a person as before.
        confidence = math.floor((ask_at - 0.001) * 1000) / 1000
        reasons.append("the phones shown are all someone else's and nothing decisive agrees: not them")
        evidence.append("other phone")
    decision: Decision = "match" if confidence >= submit_at else "uncertain" if confidence >= ask_at else "no_match"
    return Match(confidence, decision, reasons, evidence)


def _held_back_chain(person: Person, agreement: _names.NameAgreement, agrees: Callable[..., bool]) \
        -> list[tuple[tuple[str, ...], Callable[[], bool]]]:
    """A row of ``score``'s clerical-review table: the card agrees only through a chain of the person's given
    names read as a name ("patronymic", "third given": the father's name as the surname, as US records keep a
    Somali, Ethiopian, Arab or Afghan chain), none of their surname shown, and their names are of a tradition
    that keeps one inherited surname on every record (``frequency.fixed_surname_tradition``): "Everett Dale",
    68, in Dale Everett Sorensen's town, is most likely another family's man (the twenty-fifth held-out set's
    wrong submission of its class, 2026-12-04, submitted at 0.80 on an age and a city). Without anything
    decisive (their phone, street, a relative, a date of birth) a person decides; the reading itself stays,
    since the tables cannot tell every chain tradition apart (an Ethiopian Samuel Daniel is Samuel, son of
    Daniel, with Biblical names as common in the US as any)."""
    def applies() -> bool:
        if agreement.form_kind not in ("patronymic", "third given"):
            return False
        given = _names.tokens(" ".join(filter(None, (person.first_name, person.middle_name))))
        surnames = tuple(t for t in _names.tokens(person.last_name or "") if t not in _names.PARTICLES)
        return fixed_surname_tradition(given, surnames) and not agrees()
    return [(("given names alone, a fixed surname",), applies)]


def _held_back_pass31(kinds: list[str], agrees: Callable[..., bool]) -> list[tuple[tuple[str, ...], bool]]:
    """The thirty-first pass's rows of ``score``'s clerical-review table (its shape: the evidence each adds,
    whether it holds), kept apart from the table so that passes that add rows there merge cleanly.

    "another street only": the card shows a street address in a city of theirs that is none of their
    streets, and nothing decisive (no street, ZIP, phone, relative or birth date of theirs): the one specific
    fact on the card is not theirs. A move within a city is common (61.0% of the Americans who moved between 2005 and
    2010 stayed in their county: Census Bureau, "Geographical Mobility: 2005 to 2010", P20-567, 2012), and a profile gives its
    streets only if the person agrees (docs/PEOPLE.md), so the card may well be the person at an address the
    clinic was not told of; but a rare name's prior made it a submission on the name, an age and the city alone
    (review39: "another street", x0.3, beside them). A person asks the client about the address (review39's
    leftover, item 4; no true card of the twenty development sets shows another street, so it costs none)."""
    return [(("another street only",), "another street" in kinds and "street" not in kinds and not agrees())]


AGE_ONLY = frozenset({"age agrees", "age close", "birth year agrees"})  # an age, nothing that narrows it to a month
TOWN_ONLY = frozenset({"city", "community city", "metro", "community metro", "state only",
                       "a town they never lived in"})  # one place, not a second town of theirs, a ZIP or a street


def _age_and_town_only(evidence: list[str]) -> bool:
    """Whether the card corroborates the name only by an age (``AGE_ONLY``) and one place (``TOWN_ONLY``): no
    phone, street, ZIP, relative, second town of theirs, date or month of birth, middle name or initial that
    agrees, second surname or suffix (``evidence``: ``score``'s kinds so far, the name's first). A careful reader
    cannot tell such a card of a common name from a namesake's of the same age in the same town (issue 10 item
    9, thirty-eighth pass); a person decides."""
    rest = evidence[1:]
    return (len(rest) == 2 and sum(k in AGE_ONLY for k in rest) == 1 and sum(k in TOWN_ONLY for k in rest) == 1)


def _misspelt_old_card(person: Person, listing: Listing, kinds: list[str], today: dt.date) -> bool:
    """A card whose given name is theirs only as a spelling a letter or two apart (the family guard's "given name
    spelled apart": Yocasta for Yokasta, Heba for Hiba), read as a sibling's, is asked about instead of dropped when
    everything else on it is what their own old record would show (thirty-sixth pass, issue 10's history kind):

    - the age of 2 to 10 years back and only places the person left (``_stale_age``, m28's band: the age a record
      keeps from the years they lived there);
    - no phone or relative that is someone else's, no other sign of another person (another sex, a relative's card,
      another full name, a suffix they do not carry).

    - read as theirs (every kind counted, the age as a stale one's: ``score``'s ``as_theirs``) it would reach
      ``ask_at``: a misspelt card is never read above the name spelt right (a common name's in its community's
      town stays dropped, as its right spelling is).

    The person's own old record with a clerk's misspelling and a sibling's who stayed in the old town look the same
    on the page, so a person decides: the card is raised to ``ask_at``, never to a submission (the family guard
    still keeps the card's places, phone and relatives uncounted). A card older than they are, more than ten years younger, of their current town or of a
    town they never lived in stays a sibling's or a namesake's. On the development sets four true cards were of
    this shape and dropped (holdout13 #91, #97, #185; holdout20 #148), all four asked now, and no stranger's card
    moved. No personal data leaves this function; no errors raised."""
    if any(k in kinds for k in ("phone differs", "phones differ", "relative differs", "relatives differ",
                                "another sex", "a relative's card", "another full name", "suffix differs",
                                "suffix unexpected", "lists the person as a relative")):
        return False
    return _stale_age(person, listing, today)


CHILD_GAP = 16  # the fewest years between a parent and a child of theirs: under it no child of the person's is
                # possible in practice (US births to mothers aged 10-14 were about 0.06% of births in 2019: CDC,
                # National Vital Statistics Reports 70(2), "Births: Final Data for 2019", table 2)


def _old_record_of_theirs(person: Person, listing: Listing, kinds: list[str], agreement: _names.NameAgreement,
                          today: dt.date) -> str | None:
    """A card of a home they left kept with the age they had there MORE than ten years ago (thirty-fourth pass,
    holdout22's history kind: ten of its twelve missed cards): "submit" when it is read as their own, "ask" when a
    person decides, None when it stays "another generation".

    The card shows only places that are past homes of theirs (``_past_homes_only``), an age more than ten years
    younger than theirs (m28's ``_stale_age`` stops at ten), their name (a form of theirs, or their given name with a
    relative's surname: a maiden name the clinic did not enter) read whole, no relative or phone that is someone
    else's, and no other sign of another person of the family (a suffix, another sex, a relative's card, a whole
    other given name). The household reading "another generation" stands for a child of their name at the family's
    old address; a child is at least ``CHILD_GAP`` years younger than a parent, so:

    - **their phone** (a number the profile holds: docs/PEOPLE.md asks for old numbers too) **or the street of a
      past address of theirs** (the same building, its flat or none: "street"; thirty-fifth pass) and an age under
      ``CHILD_GAP`` years younger (the widest gap the two age intervals allow): no child of theirs can hold that age,
      a parent would be older, and the number or the address is theirs: "submit" (the age counted neither way, as
      ``_stale_age``'s);
    - their phone or old street and a gap of ``CHILD_GAP`` years or more: their old card or a child's of their name
      on the old family line or still at the old address, which the page cannot tell: "ask";
    - no phone or street of theirs (another flat of their old building, a past city or ZIP, a relative), under ``CHILD_GAP`` years, or at any gap under a former name of theirs (a maiden name the
      profile gives, ``previous``/``married``): their old card or a cousin's or niece's of the name, "ask" (on the
      development sets such cards were 7 of the person's to 1 cousin's under 16 years; under a former name, 3 of the
      person's to 1 niece's);
    - a phone or a relative that is someone else's: None (a number given up and recycled to a namesake, with his
      family: holdout18 #411; a cousin with another phone: holdout7 #42, holdout10 #157).
    No personal data leaves this function; no errors raised."""
    if agreement.given not in ("exact", "other") or agreement.surname not in ("full", "partial") \
            or agreement.middle in ("differs", "conflicts") or agreement.part_of_given or agreement.part_of_one:
        return None
    if any(k in kinds for k in ("phone differs", "phones differ", "relative differs", "relatives differ",
                                "lists the person as a relative", "suffix differs", "suffix unexpected",
                                "another sex", "a relative's card", "a relative of their name")):
        return None
    text = getattr(listing, "age_text", None)
    interval = parse_age(text, today) if text else None
    if interval is None or (mine := _their_ages(person, today)) is None:
        return None
    if mine[0] - interval[1] <= 10 or not _past_homes_only(person, listing, neighbours=True):
        return None
    widest = mine[1] - interval[0]
    if "phone agrees" in kinds or "street" in kinds:
        return "submit" if widest < CHILD_GAP else "ask"
    if agreement.form_kind == "relative":
        return None  # a relative's surname with no number of theirs: a relative's card as often as hers
    return "ask" if widest < CHILD_GAP or agreement.form_kind in ("previous", "married") else None


def _old_number_of_a_past_home(person: Person, listing: Listing, kinds: list[str],
                               agreement: _names.NameAgreement) -> bool:
    """The card shows their name as entered (every given name read whole, every surname), their age (or the
    younger age of an old record, ``_stale_age``) and only places in the US the person left (``_past_homes_only``,
    none abroad): its phones are the numbers of that home, which a profile that gives
    "every number the person has had" (docs/PEOPLE.md) still often lacks, so a phone not theirs says nothing of
    whose card it is and the other-phone rule does not drop it: a person decides (review39, item 6;
    thirty-first pass). A phone the profile holds, old or new, agrees as ever ("phone agrees"). Not when the
    card's relatives are someone else's too: on the twenty development sets, 75 cards of that shape (a namesake of
    their age in their old town, with another phone and another family) were all strangers' and would have
    come back as questions, the fifteenth pass's count again; a card of a variant of the name, or of one more
    surname, or abroad (five more strangers) is not this either."""
    return agreement.given in ("exact", "other") and agreement.surname == "full" \
        and any(k in AGE_AGREES or k == "stale age" for k in kinds) \
        and not any(k in ("relative differs", "relatives differ") for k in kinds) \
        and not _all_abroad(listing) and _past_homes_only(person, listing)


def _their_given_name_phone_and_family(person: Person, listing: Listing, text: str, forms: list,
                                       today: dt.date) -> bool:
    """The card ``text`` (read no other way) shows the person's first given name exactly, then a surname, the
    person's own phone, a relative they gave (the whole name, or its first two words or more in order: "Yonas
    Haile" for Yonas Haile Desta, an Ethiopian or Eritrean given name and father's name, which is the name in use;
    Arabic and Somali chains alike, NAMES.md; twenty-sixth pass, holdout19 #242), and an age of theirs or none; its
    name is not a relative's they gave."""
    shown = _names.read_listed(text).tokens
    firsts = {f[1][0] for f in forms if f[0] != "relative" and f[1] and len(f[1][0]) >= 2}
    relatives = {" ".join(_names.tokens(r)) for r in person.relatives[:MAX_ITEMS] if isinstance(r, str)}
    if len(shown) < 2 or shown[0] not in firsts or " ".join(shown) in relatives:
        return False
    if "phone agrees" not in _phones(person, listing):
        return False
    given = [tuple(_names.tokens(r)) for r in person.relatives[:MAX_ITEMS] if isinstance(r, str)]
    if not any(len(t := tuple(_names.tokens(r))) >= 2 and any(g[:len(t)] == t for g in given)
               for r in listing.relatives[:MAX_ITEMS] if isinstance(r, str)):
        return False
    return _age(person, listing, today) in (None, "age unknown for the person", *AGE_AGREES)


def _agnomen_surname(person: Person, text: str, forms: list):
    """A card showing a given name of theirs and "Junior" for a person whose surname ends in Júnior written
    out (a Brazilian agnomen: part of the family name, which records and brokers often keep as the only
    surname, "Joao Junior"), read as that given name and Júnior as the surname: (listed, agreement, forms).
    The suffix reading ("John Smith Jr") dropped the word and left a one-word name. Júnior counts as a
    surname by its own share (the Census surname table holds Junior), so the namesakes are every
    "João Júnior". None otherwise, and never when the person wrote Jr (a US suffix, not a name)."""
    last = _names.tokens(person.last_name or "")
    if not last or last[-1] != "junior":  # written out: "Jr" reads as "jr", a US suffix
        return None
    listed = _names.read_listed(text)
    if len(listed.tokens) != 1 or listed.suffix != "Jr" or not _names.tokens(text) \
            or _names.tokens(text)[-1] != "junior":
        return None
    extra = [(kind, given, ("junior",), 1, *rest) for kind, given, _surnames, _words, *rest in forms
             if kind in ("legal", "in_use")]
    shown = _names.Listed((listed.tokens[0], "junior"), None, False)
    a = _names.compare(shown, extra, ())
    if a is None or a.given != "exact":
        return None
    return shown, a, extra


def _unknown_surname(text: str, forms: list):
    """A card showing one given name of theirs and the placeholder US records write for a name that is not
    known ("Fawad FNU", "LNU Fawad", "Fawad Unknown"), or that one name written twice ("Fawad Fawad"), for a
    person who gave a surname: an Afghan or other
    single-named arrival's record from before the surname taken in the US (a father's or tribal name). Read
    as a one-part name of their first given name (its namesakes are everyone of that given name recorded so),
    as (listed, agreement, forms). None otherwise (seventeenth pass)."""
    raw = _names.tokens(text)
    listed = _names.read_listed(text)
    # the one name written in both fields ("Freshta Freshta"), as US agencies record a person who has only
    # one, is the same record as "Freshta FNU" (eighteenth pass, holdout13 #111)
    # (read_listed keeps one of the two)
    doubled = len(listed.tokens) == 1 and [t for t in raw if t not in _names.FILLERS] == [*listed.tokens] * 2
    if not doubled and (len(listed.tokens) != 1 or not any(t in _names.FILLERS for t in raw)):
        return None
    extra = [("one name", given[:1], given[:1], 1, *rest) for kind, given, surnames, _words, *rest in forms
             if kind in ("legal", "in_use") and given and given != surnames]
    shown = _names.Listed((listed.tokens[0],), None, False)
    a = _names.compare(shown, extra, ()) if extra else None
    if a is None or a.given != "exact":
        return None
    return shown, a, extra


def _given_particle_surname(text: str, forms: list):
    """A card showing their first given name and the rest of a Spanish compound given name that begins with a
    particle as the surname ("Maria Delcarmen", "Del Carmen, Maria" for María del Carmen Ruiz; "Jose Dejesus"
    for José de Jesús Ochoa): US forms put "del Carmen" in the last-name field, and the card keeps no surname
    of theirs. Read so, as (listed, agreement, forms); the namesakes are every María del Carmen recorded so,
    counted as at least the holders of the name after the particle (``_name_odds``), so a phone, ZIP or
    family must decide. None otherwise (seventeenth pass)."""
    listed = _names.read_listed(text)
    if not 2 <= len(listed.tokens) <= 4:
        return None
    extra = [("given particle", given[:i], given[i:], 1, *rest) for kind, given, _surnames, _words, *rest in forms
             if kind in ("legal", "in_use") for i in range(1, len(given) - 1)
             if given[i] in _names.PARTICLES and given[i - 1] not in _names.PARTICLES]
    if not extra:
        return None
    a = _names.compare(listed, extra, ())
    if a is None or a.given != "exact" or a.surname != "full" or a.middle in ("differs", "conflicts"):
        return None
    return listed, a, extra


def _family_of_their_surname(person: Person, listing: Listing, a: _names.NameAgreement) -> bool:
    """A relative shown on the card carries the surname the listed name agreed on (particles aside), and
    none of the card's relatives is one the person gave, even in another spelling (Irina for Iryna,
    Abdirahim for Cabdiraxiim, a relative with an honorific the card keeps); the caller checks that the
    matcher found no relative in common either."""
    surnames = {t for t in a.surname_tokens if t not in _names.PARTICLES and len(t) > 1}
    shown = [_names.tokens(r) for r in listing.relatives[:MAX_ITEMS] if isinstance(r, str)]
    if not any(surnames & set(t[1:]) for t in shown):
        return False
    given = [_names.tokens(r) for r in person.relatives[:MAX_ITEMS] if isinstance(r, str)]
    for t in shown:
        for g in given:
            if not t or not g or t[-1] != g[-1]:
                continue
            if set(t) == set(g) or any(_names.same(x, y) or _names.spelling_variant(x, y) or _names.nickname_of(x, y)
                                       for x in t[:-1] for y in g[:-1]
                                       if x not in _names.HONORIFIC_GIVEN and y not in _names.HONORIFIC_GIVEN):
                return False  # a relative of theirs, spelt another way: not another family
    return True




def preload(cache_dir: str | Path | None = None) -> None:
    """Read every table a score reads on its first use, now: the name shares and the given names
    by sex (``frequency``), the places' populations and the cities abroad (``_places``),
    the nicknames and the pinyin syllables (``_names``); about 0.15-0.2 CPU-s (the table by sex, fourteenth pass, adds ~0.04). The engine calls it in a thread
    once its first scan's page is open (``Engine._warm_soon``; before e23, in the thread that imported
    the engine while Chromium started, which held the first contexts back), and its first score waits
    for that thread, so that the first listing's score does not read them on the event loop
    every running case shares (issue 15: the places' table, added after the name tables were
    preloaded, was read there at the first scan of every run). With ``cache_dir`` (a run's
    ``Settings.cache_dir``), the tables are kept built there from now on and read back from it
    (:mod:`optout.matching._cache`: 0.15-0.22 CPU-s read back, 0.26-0.34 built; p15)."""
    import importlib

    from optout.matching import _cache, frequency

    if cache_dir is not None:
        _cache.use(cache_dir)

    frequency.preload()
    places = importlib.import_module("optout.matching._places")
    places._populations()
    places._us_largest()
    places._world()  # the cities abroad (holdout14's first read, 0.06 CPU-s), else read at a score's first town
    # shown with no state; the countries' names (babel, 0.11 CPU-s) stay for the first "town, country" a card shows
    _names._nicknamer()
    _names._pinyin()


def not_found_note(searched: list[str], results: list[Match], searches: int = 1,
                   forms: int | None = None) -> tuple[dict[str, object], str]:
    """What a "not found" rests on, without any value: the profile fields the recipe gives the
    broker (``searched``), how many listings the broker showed and how many were rejected as
    someone else (``other_phone``: how many of those only for phones the profile does not give), and
    the commonest reasons (kinds of evidence). Returns the event data and a
    one-line note for a person, which tells "not listed" (no listing seen) from "not recognised"
    (listings seen, none this person). ``searches`` is how many forms of the name were searched
    (the engine tries one of two surnames, the first given name…: ``Person.search_names``), and
    ``forms`` how many every form would have made: more when ``match.searches`` left the rarer
    ones unsearched, which the note then says ("6 of 9 forms of the name"; the data's ``forms``)."""
    rejected = [m for m in results if m.decision == "no_match"]
    why = Counter(r for m in rejected for r in m.reasons[1:] or m.reasons[:1])
    top = [r for r, _ in why.most_common(3)]
    fields = sorted(set(searched))
    phones = sum("other phone" in m.evidence for m in rejected)
    data: dict[str, object] = {"searched": fields, "listings": len(results), "rejected": len(rejected),
                               "rejected_because": top, "searches": searches, "other_phone": phones}
    by = ", ".join(fields) or "the recipe's fixed search"
    if forms is not None and forms > searches:
        data["forms"] = forms
        by += f" ({searches} of {forms} forms of the name; the rarer ones were not searched)"
    elif searches > 1:
        by += f" ({searches} forms of the name)"
    if not results:
        note = f"not listed: searched by {by}; the broker showed no listing"
    else:
        note = (f"not recognised: searched by {by}; {len(results)} listing(s) seen, {len(rejected)} rejected as "
                f"someone else" + (f" ({'; '.join(top)})" if top else "")
                + (f"; {phones} of them only for phone numbers the profile does not give: if one was the "
                   f"person's, add it and run again" if phones else ""))
    return data, note


#: ``a`` and ``b`` (folded given names: lower case, no accents) are a name and one of its nicknames or
#: equivalents, either way round ("lupe", "guadalupe"): the tables the matcher reads, for the
#: dashboard's people search too (``app.found_by``).
nickname_of = _names.nickname_of

__all__ = ["Decision", "Match", "WEIGHTS", "confidence_of", "nickname_of", "not_found_note", "parse_age", "score"]
