"""Time to build the log redactor's pattern for 32 open people (what a run holds at concurrency 8):
``optout.log._current`` after every person's values are held, five times with the ``re`` cache
emptied, the median printed. Run from a checkout: ``.venv/bin/python scripts/bench_redact.py``."""
import random, statistics, sys, time
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from optout.person import Person
from optout import log
rng = random.Random(7)
GIVEN = ["María José", "Ana", "Thi Thu Hang", "Wilner", "José Luis", "Nguyễn Văn", "Rosa Elena", "Jean-Baptiste", "Vu", "An"]
SUR = ["García López", "Nguyen", "Desrosiers", "De La Cruz", "Martínez", "Pham", "Hernández Ruiz", "O'Brien", "Le", "Ly"]
STREETS = ["88 Pine St Apt 4B", "100 N Main St", "2218 Story Rd", "41 Norfolk Street", "7th Ave 12", "12 Lê Lợi St"]
people = []
for i in range(32):
    people.append(Person.model_validate({
        "first_name": rng.choice(GIVEN), "last_name": rng.choice(SUR), "aliases": [f"{rng.choice(GIVEN)} {rng.choice(SUR)}"],
        "emails": [f"p{i}@example.org"], "phones": [f"+1 617 555 {1000+i:04d}"],
        "relatives": [f"{rng.choice(GIVEN)} {rng.choice(SUR)}", f"{rng.choice(GIVEN)} {rng.choice(SUR)}"],
        "addresses": [{"street": rng.choice(STREETS), "city": "Houston", "state": "TX", "zip": f"770{i:02d}"},
                      {"street": rng.choice(STREETS), "city": "Boston", "state": "MA", "zip": f"021{i:02d}"}],
        "birth_date": f"19{50+i}-0{1+i%9}-1{i%9}"}))
import re
log._ascii('x'); log._alternative('88 Pine St')  # imports (anyascii, streets) out of the timing
runs = []
for _ in range(5):
    holds = [log.redact_values(p.sensitive_values(), *([p.short_values()] if hasattr(p, "short_values") else [])) for p in people]
    re.purge(); t = time.perf_counter(); log._current(); runs.append(time.perf_counter() - t)
    for h in holds: h.release()
    log._current()
print(f"pattern build for 32 people: median {statistics.median(runs):.3f} s (runs {', '.join(f'{r:.3f}' for r in runs)})")
