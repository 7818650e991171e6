#!/usr/bin/env python3
"""Generates TrustNet's sample district: two schools surveyed in three terms.

Synthetic people, not real ones. Deterministic: the same seed writes the same bytes.
Run:  python3 Datasets/sample-district/generate.py      (standard library only)
See README.md in this folder for the model.
"""
import os
import random

SEED = 20250901
HERE = os.path.dirname(os.path.abspath(__file__))
TERMS = [("2025-fall", "2025-09-01", "2026-01-31"), ("2026-spring", "2026-02-01", "2026-06-30"), ("2026-fall", "2026-09-01", "2027-01-31")]

FIRST = ["Aisha", "Ben", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Imani", "Jonas", "Keisha", "Liam",
         "Mei", "Nadia", "Omar", "Paula", "Quinn", "Rosa", "Samuel", "Tanya", "Umar", "Valeria", "Wen", "Xavier", "Yara",
         "Zoe", "Andrés", "Beatriz", "Chidi", "Daniela", "Emeka", "Fatima", "Gabriel", "Hannah", "Igor", "Julia", "Kofi",
         "Laila", "Marcus", "Noor", "Oscar", "Priyanka", "Rahul", "Sofia", "Tomás", "Ulla", "Vikram", "Wanjiru", "Yusuf",
         "Amara", "Bruno", "Clara", "David", "Esther", "Felix", "Greta", "Hassan", "Ines", "Jamal", "Kira", "Lucas", "Maya",
         "Nikolai", "Olivia", "Pedro", "Rania", "Stefan", "Thandiwe", "Uma", "Victor", "Willa", "Ximena", "Yosef", "Zainab"]
LAST = ["Adeyemi", "Bauer", "Castillo", "Dubois", "Eriksen", "Fernández", "Gupta", "Hansen", "Ibrahim", "Jensen", "Kowalski",
        "Lindqvist", "Martínez", "Nakamura", "Okoro", "Petrov", "Quispe", "Rossi", "Sánchez", "Tanaka", "Umarov", "Vargas",
        "Wójcik", "Xu", "Yamamoto", "Zhang", "Nuñez", "O'Brien", "Smith-Jones", "Ødegaard", "Lefèvre", "Mbeki", "Novak",
        "Park", "Reyes", "Schmidt", "Thompson", "Walker", "Kim", "Osei", "Haddad", "Costa", "Murphy", "Nguyen", "Ali",
        "Becker", "Chen", "Diallo", "Evans", "Friedman", "García", "Hughes", "Iyer", "Jovanović", "Khan", "Lopez", "Moreau"]

LINCOLN = ("Lincoln High School", [("Maths", 14), ("Science", 14), ("English", 13), ("Humanities", 12), ("Languages", 10),
                                   ("Arts", 8), ("Special Education", 8)])
MAPLE = ("Maple Elementary", [("Grade K", 6), ("Grade 1", 7), ("Grade 2", 7), ("Grade 3", 7), ("Grade 4", 6), ("Grade 5", 6)])


def ascii_email(first, last):
    table = str.maketrans({"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ø": "o", "Ø": "O", "ć": "c",
                           "è": "e", "ź": "z", "'": "", "-": "", " ": "", "Á": "A", "É": "E"})
    return f"{first.translate(table).lower()}.{last.translate(table).lower()}@district.example"


class District:
    def __init__(self, rng):
        self.rng = rng
        self.people = {}  # id -> dict
        self.next_id = 1
        self.used_names = set()

    def new_person(self, school, department, title="", years=None, name=None):
        pid = f"S{self.next_id:04d}"
        self.next_id += 1
        if name is None:
            while True:
                name = (self.rng.choice(FIRST), self.rng.choice(LAST))
                if name not in self.used_names:
                    break
        self.used_names.add(name)
        first, last = name
        self.people[pid] = {
            "id": pid, "first": first, "last": last, "name": f"{first} {last}", "email": ascii_email(first, last),
            "school": school, "department": department, "title": title,
            "years": years if years is not None else self.rng.randint(1, 25),
            "pull": 1.0, "newcomer_terms": 0, "active": True,
        }
        return pid


def build(rng):
    d = District(rng)
    roles = {}
    for school, departments in (LINCOLN, MAPLE):
        short = school.split()[0]
        lead_dept = f"Leadership ({short})"
        roles[(short, "principal")] = d.new_person(school, lead_dept, "Principal", rng.randint(4, 12))
        roles[(short, "ap")] = [d.new_person(school, lead_dept, "Assistant Principal", rng.randint(2, 9))
                                for _ in range(2 if short == "Lincoln" else 1)]
        roles[(short, "coach")] = d.new_person(school, lead_dept, "Instructional Coach", rng.randint(3, 10))
        for dept, size in departments:
            for k in range(size):
                title = ""
                if short == "Lincoln" and k == 0:
                    title = f"Head of {dept}"
                elif rng.random() < 0.25:
                    title = "Teacher"
                d.new_person(school, dept, title)
    # The Sarahs: informal leaders with no title, sought out across departments.
    sarahs = []
    for (dept, name) in [("Science", ("Sarah", "Okafor")), ("Maths", ("Miguel", "Torres")),
                         ("English", ("Yuki", "Hansen")), ("Grade 2", ("Priya", "Raman"))]:
        candidates = [p for p in d.people.values() if p["department"] == dept and p["title"] == ""]
        p = candidates[1]
        d.used_names.discard((p["first"], p["last"]))
        p["first"], p["last"] = name
        p["name"] = f"{name[0]} {name[1]}"
        p["email"] = ascii_email(*name)
        p["years"] = rng.randint(8, 20)
        p["pull"] = 7.0
        sarahs.append(p["id"])
    for pid in roles[("Lincoln", "ap")] + [roles[("Lincoln", "principal")], roles[("Maple", "principal")]]:
        d.people[pid]["pull"] = 1.5
    for (short, key) in [("Lincoln", "coach"), ("Maple", "coach")]:
        d.people[roles[(short, key)]]["pull"] = 2.5
    for p in d.people.values():
        if p["title"].startswith("Head of"):
            p["pull"] = 2.5
    weak_head = next(p["id"] for p in d.people.values() if p["title"] == "Head of Humanities")
    d.people[weak_head]["pull"] = 0.3
    return d, roles, sarahs, weak_head


def weight(rng, strong):
    return rng.choices([1, 2, 3, 4, 5], [1, 2, 3, 3, 2] if strong else [3, 3, 2, 1, 1])[0]


def term_ties(d, term_index, roles, coalition, rng):
    staff = [p for p in d.people.values() if p["active"]]
    ids = [p["id"] for p in staff]
    by_dept = {}
    for p in staff:
        by_dept.setdefault(p["department"], []).append(p["id"])
    ties = {}

    def add(s, t, rel, w):
        if s != t and (s, t, rel) not in ties:
            ties[(s, t, rel)] = w

    def pull(pid, cross=False):
        p = d.people[pid]
        base = p["pull"]
        if p["newcomer_terms"] == 1:
            base *= 0.15  # brand-new staff are hardly known yet
        if pid in coalition:
            base *= 1.3
        return base * (1.6 if cross and p["pull"] >= 7 else 1.0)

    def pick(candidates, k, cross=False):
        chosen = []
        pool = list(candidates)
        for _ in range(min(k, len(pool))):
            weights = [pull(c, cross) for c in pool]
            c = rng.choices(pool, weights)[0]
            chosen.append(c)
            pool.remove(c)
        return chosen

    respondents = [pid for pid in ids if rng.random() < (0.7 if d.people[pid]["newcomer_terms"] == 1 else 0.87)]
    cross_share = [0.22, 0.30, 0.38][term_index]
    for s in respondents:
        p = d.people[s]
        same = [x for x in by_dept[p["department"]] if x != s]
        school = [x for x in ids if d.people[x]["school"] == p["school"] and d.people[x]["department"] != p["department"]]
        newcomer = p["newcomer_terms"] == 1
        # Advice: mostly inside the department, Sarahs sought out across.
        k = rng.randint(1, 2) if newcomer else rng.randint(2, 5)
        for t in pick(same, max(1, k - 1)):
            add(s, t, "advice", weight(rng, True))
        if rng.random() < 0.6:
            for t in pick(school, 1 + (rng.random() < 0.3), cross=True):
                add(s, t, "advice", weight(rng, False))
        # Trust: fewer, often to people they already go to for advice, and to Sarahs.
        advised = [t for (a, t, r) in ties if a == s and r == "advice"]
        for t in advised:
            if rng.random() < 0.45:
                add(s, t, "trust", weight(rng, True))
        if rng.random() < 0.5:
            for t in pick(same, 1):
                add(s, t, "trust", weight(rng, True))
        # Sharing: the lateral relation, crossing departments more each term.
        for _ in range(rng.randint(1, 3)):
            if rng.random() < cross_share:
                t = pick(school, 1, cross=True)
            else:
                t = pick(same, 1)
            for x in t:
                add(s, x, "sharing", weight(rng, False))
        # Coalition members share across departments; newcomers get on-ramps to them.
        if s in coalition:
            for t in pick(school, rng.randint(3, 5), cross=True):
                add(s, t, "sharing", weight(rng, False))
        if coalition and newcomer:
            near = [c for c in coalition if d.people[c]["school"] == p["school"]]
            if near and rng.random() < 0.4 + 0.4 * term_index / 2:
                add(s, rng.choice(near), "advice", weight(rng, False))
    # Trust is reciprocated more often than advice.
    for (s, t, r) in list(ties):
        if r == "trust" and t in respondents and rng.random() < 0.5:
            add(t, s, "trust", weight(rng, True))
    # A handful of sharing ties between the schools, growing.
    lincoln = [x for x in ids if d.people[x]["school"].startswith("Lincoln")]
    maple = [x for x in ids if d.people[x]["school"].startswith("Maple")]
    for _ in range([2, 4, 8][term_index]):
        a, b = rng.choice(lincoln), rng.choice(maple)
        if rng.random() < 0.5:
            a, b = b, a
        if a in respondents:
            add(a, b, "sharing", weight(rng, False))
    # One-on-ones: principals and assistant principals, then coalition members with newcomers.
    for short in ("Lincoln", "Maple"):
        leaders = [roles[(short, "principal")]] + roles[(short, "ap")]
        school_staff = [x for x in ids if d.people[x]["school"].startswith(short)]
        for leader in leaders:
            for t in rng.sample(school_staff, min(len(school_staff), rng.randint(6, 12))):
                add(leader, t, "one-on-one", rng.randint(1, 3))
    for c in coalition:
        school = d.people[c]["school"]
        newcomers = [x for x in ids if d.people[x]["newcomer_terms"] in (1, 2) and d.people[x]["school"] == school]
        others = [x for x in ids if d.people[x]["school"] == school and d.people[x]["department"] != d.people[c]["department"]]
        for t in rng.sample(newcomers, min(len(newcomers), 2)) + rng.sample(others, min(len(others), 2)):
            add(c, t, "one-on-one", rng.randint(1, 2))
    return ties, respondents


def turnover(d, roles, sarahs, coalition, rng, count=8):
    protected = set(sarahs) | set(coalition) | {v for k, v in roles.items() if isinstance(v, str)}
    protected |= {x for v in roles.values() if isinstance(v, list) for x in v}
    leavers = rng.sample(sorted(p["id"] for p in d.people.values()
                                if p["active"] and p["id"] not in protected and not p["title"].startswith("Head")), count)
    for pid in leavers:
        d.people[pid]["active"] = False
    for p in d.people.values():
        if p["active"]:
            p["newcomer_terms"] = p["newcomer_terms"] + 1 if p["newcomer_terms"] else 0
            # Over time, more teachers become someone colleagues go to (ownership spreads),
            # and the few that everyone asked carry a little less of it.
            if p["pull"] == 1.0 and rng.random() < 0.25:
                p["pull"] = 2.0
            elif p["pull"] >= 5:
                p["pull"] *= 0.75
    for pid in leavers:
        old = d.people[pid]
        new = d.new_person(old["school"], old["department"], "", 0)
        d.people[new]["newcomer_terms"] = 1
    return leavers


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            cells = []
            for v in row:
                v = str(v)
                if any(c in v for c in ',"\n'):
                    v = '"' + v.replace('"', '""') + '"'
                cells.append(v)
            f.write(",".join(cells) + "\n")


def main():
    rng = random.Random(SEED)
    d, roles, sarahs, weak_head = build(rng)
    lincoln_coach, maple_coach = roles[("Lincoln", "coach")], roles[("Maple", "coach")]
    head_maths = next(p["id"] for p in d.people.values() if p["title"] == "Head of Maths")
    coalitions = {
        "2025-fall": [],
        "2026-spring": [sarahs[0], sarahs[1], lincoln_coach, head_maths],
    }
    write_csv("terms.csv", ["term", "starts", "ends"], TERMS)
    newcomers = {}
    for index, (term, _, _) in enumerate(TERMS):
        if index > 0:
            turnover(d, roles, sarahs, coalitions[TERMS[index - 1][0]], rng)
        if term == "2026-fall":
            humanities = next(p["id"] for p in d.people.values()
                              if p["active"] and p["department"] == "Humanities" and p["title"] == "" and p["newcomer_terms"] == 0)
            coalitions[term] = coalitions["2026-spring"] + [sarahs[3], maple_coach, humanities]
        coalition = coalitions[term]
        staff = sorted((p for p in d.people.values() if p["active"]), key=lambda p: p["id"])
        newcomers[term] = [p["id"] for p in staff if p["newcomer_terms"] == 1]
        write_csv(f"roster-{term}.csv", ["id", "name", "email", "school", "department", "title", "years"],
                  [[p["id"], p["name"], p["email"], p["school"], p["department"], p["title"], p["years"]] for p in staff])
        ties, respondents = term_ties(d, index, roles, coalition, rng)
        write_csv(f"ties-{term}.csv", ["source", "target", "relation", "weight"],
                  [[s, t, r, w] for (s, t, r), w in sorted(ties.items())])
    write_csv("coalition.csv", ["term", "id"], [[t, c] for t, _, _ in TERMS for c in coalitions[t]])
    print("sarahs:", sarahs, "weak head:", weak_head)
    print("coalitions:", coalitions)
    print("newcomers:", newcomers)


if __name__ == "__main__":
    main()
