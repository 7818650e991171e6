#!/usr/bin/env python3
"""Times `trustnet serve`'s pages on the benchmark school (300 people) and district (5,000).

Run:  Benchmarks/serve-pages [school district]      (builds trustnet in release mode first)

For each graph it writes a roster (one unit per block: the school's departments, the district's
schools) and the ties as advice, imports them as two terms (the second with nine ties in ten, so the
stable layout and the term slider have two terms to lay out), starts `trustnet serve --port 0`
on loopback, and requests every page, its /api JSON and its diagram: the first request (cold:
nothing computed yet) and the best of five more (warm: answers kept while the workspace stays
the same). Times are wall-clock on loopback, measured by the client: the server's time plus a
loopback round trip (well under a millisecond). Standard library only.
"""
import csv
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

GRAPHS = os.environ.get("BENCH_GRAPHS", "Benchmarks/graphs")


def workspace(folder, graph):
    blocks = {}
    with open(os.path.join(GRAPHS, f"{graph}.blocks.csv")) as f:
        for row in csv.DictReader(f):
            blocks[row["node"]] = row["block"]
    column = "department" if graph == "school" else "school"
    roster = os.path.join(folder, "roster.csv")
    with open(roster, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", column, "title"])
        for node, block in sorted(blocks.items(), key=lambda kv: int(kv[0])):
            w.writerow([f"P{node}", f"Person {node}", f"{column.title()} {block}", "Principal" if int(node) % 97 == 0 else "Teacher"])
    # Two terms: every tie in the first, nine in ten of them in the second.
    files = []
    for term, keep in [("bench-1", 1), ("bench-2", 10)]:
        ties = os.path.join(folder, f"ties-{term}.csv")
        with open(os.path.join(GRAPHS, f"{graph}.csv")) as src, open(ties, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["source", "target", "relation", "weight"])
            for k, row in enumerate(csv.DictReader(src)):
                if keep == 1 or k % keep:
                    w.writerow([f"P{row['source']}", f"P{row['target']}", "advice", row["weight"]])
        files.append((term, ties))
    return roster, files


def timed(url, token):
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=600) as response:
        response.read()
        status = response.status
    return time.perf_counter() - started, status


def main():
    trustnet = os.path.abspath(sys.argv[1])
    graphs = sys.argv[2:] or ["school", "district"]
    print("| graph | page | first (ms) | again, best of 5 (ms) | status |")
    print("|---|---|---:|---:|---|")
    for graph in graphs:
        with tempfile.TemporaryDirectory() as folder:
            roster, files = workspace(folder, graph)
            for term, ties in files:
                subprocess.run([trustnet, "import", roster, ties, "--term", term], cwd=folder, check=True, capture_output=True)
            server = subprocess.Popen([trustnet, "serve", "--port", "0"], cwd=folder, stdout=subprocess.PIPE, text=True)
            try:
                line = server.stdout.readline().strip()
                address = line.replace("TrustNet is running at ", "")
                base, token = address.split("/?token=")
                pages = ["/", "/import", "/sarahs", "/coalition", "/premortem", "/onramps", "/spread", "/growth", "/network",
                         "/downloads", "/api/sarahs", "/api/premortem", "/api/coalition", "/api/growth"]
                if graph == "school":
                    pages.append("/diagram/bench-2/advice.svg")
                else:
                    # The district's unit is its school: drawn schools first, a click drills into one.
                    pages += ["/diagram/bench-2/advice.svg?overview=1", "/network?unit=School%203&overview=0",
                              "/diagram/bench-2/advice.svg?unit=School%203"]
                for page in pages:
                    first, status = timed(base + page, token)
                    again = min(timed(base + page, token)[0] for _ in range(5))
                    print(f"| {graph} | `{page}` | {first * 1000:.0f} | {again * 1000:.1f} | {status} |", flush=True)
            finally:
                server.terminate()
                server.wait(timeout=20)


if __name__ == "__main__":
    main()
