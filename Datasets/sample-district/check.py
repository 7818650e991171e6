#!/usr/bin/env python3
"""Checks the sample district: counts per term and the story the generator intends.

Run:  python3 Datasets/sample-district/check.py     (needs networkx)
Prints the table pasted in README.md.
"""
import csv
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


terms = [r["term"] for r in rows("terms.csv")]
coalition = {}
for r in rows("coalition.csv"):
    coalition.setdefault(r["term"], []).append(r["id"])


def reach(people, ties, members):
    # Reach follows the direction of naming: v is within k steps when a chain of at most k
    # advice or sharing ties leads from v (who names) to a member (named), as in TrustNet's
    # CoalitionReach; hence distances from the members on the reversed graph.
    g = nx.DiGraph()
    g.add_nodes_from(people)
    g.add_edges_from((t["source"], t["target"]) for t in ties if t["relation"] in ("advice", "sharing"))
    members = [m for m in members if m in g]
    others = [p for p in people if p not in members]
    dist = nx.multi_source_dijkstra_path_length(g.reverse(copy=False), members) if members else {}
    r1 = sum(1 for p in others if dist.get(p, 99) <= 1) / len(others)
    r2 = sum(1 for p in others if dist.get(p, 99) <= 2) / len(others)
    return r1, r2


print("| term | people | respondents | advice | trust | sharing | one-on-one | cross-department share of sharing | the same within schools | advice in-degree centralization | coalition | reach 1 | reach 2 | reach 1 / 2 of the 2026-spring coalition |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
tops = {}
for term in terms:
    roster = {r["id"]: r for r in rows(f"roster-{term}.csv")}
    ties = rows(f"ties-{term}.csv")
    people = list(roster)
    n = len(people)
    respondents = len({t["source"] for t in ties if t["relation"] != "one-on-one"})
    count = {rel: sum(1 for t in ties if t["relation"] == rel) for rel in ("advice", "trust", "sharing", "one-on-one")}
    sharing = [t for t in ties if t["relation"] == "sharing"]
    cross = sum(1 for t in sharing if roster[t["source"]]["department"] != roster[t["target"]]["department"]) / len(sharing)
    # TrustNet's default for a district: departments compared within their own school, ties
    # between schools left out (--across counts every tie, as the column before).
    inside = [t for t in sharing if roster[t["source"]]["school"] == roster[t["target"]]["school"]]
    cross_within = sum(1 for t in inside if roster[t["source"]]["department"] != roster[t["target"]]["department"]) / len(inside)
    advice = nx.DiGraph()
    advice.add_nodes_from(people)
    advice.add_edges_from((t["source"], t["target"]) for t in ties if t["relation"] == "advice")
    indeg = dict(advice.in_degree())
    mx = max(indeg.values())
    centralization = sum(mx - v for v in indeg.values()) / ((n - 1) ** 2)
    members = coalition.get(term, [])
    r1, r2 = reach(people, ties, members) if members else (0, 0)
    s1, s2 = reach(people, ties, coalition["2026-spring"])
    print(f"| {term} | {n} | {respondents} | {count['advice']} | {count['trust']} | {count['sharing']} | {count['one-on-one']} | "
          f"{cross:.3f} | {cross_within:.3f} | {centralization:.3f} | {len(members)} | {r1:.3f} | {r2:.3f} | {s1:.3f} / {s2:.3f} |")
    trust_in = {p: 0 for p in people}
    for t in ties:
        if t["relation"] == "trust":
            trust_in[t["target"]] += 1
    tops[term] = [(p, indeg[p], trust_in[p], roster[p]["name"], roster[p]["title"] or "—") for p in sorted(people, key=lambda p: (-indeg[p], p))[:8]]

for term in terms:
    print(f"\nTop 8 by advice in-degree, {term} (id, advice in, trust in, name, title):")
    for p in tops[term]:
        print("  ", *p)
