#!/usr/bin/env python3
"""Times `trustnet serve`'s pages on the benchmark school (300 people) and district (5,000).

Run:  Benchmarks/serve-pages [school district]      (builds trustnet in release mode first)

For each graph it writes a roster (one unit per block: the school's departments, the district's
schools) and the ties as advice, imports them as two terms (the second with nine ties in ten, so the
stable layout and the term slider have two terms to lay out), starts `trustnet serve --port 0`
on loopback, and requests every page, its /api JSON and its diagram: the first request the
moment the address is printed (each on a fresh server, while its warm-up of the latest term is
still computing), the first request once the server says the latest term's answers are ready,
and the best of five more (answers kept while the workspace stays the same). Times are wall-clock on loopback, measured by the client: the server's time plus a
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


def serve(trustnet, folder):
    """Starts `trustnet serve --port 0` in `folder`: the process, its base address and token."""
    server = subprocess.Popen([trustnet, "serve", "--port", "0"], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline().strip()
    base, token = line.replace("TrustNet is running at ", "").split("/?token=")
    return server, base, token


def stop(server):
    server.terminate()
    server.wait(timeout=20)


def main():
    trustnet = os.path.abspath(sys.argv[1])
    graphs = sys.argv[2:] or ["school", "district"]
    print("| graph | page | first, at start (ms) | first, answers ready (ms) | again, best of 5 (ms) | status |")
    print("|---|---|---:|---:|---:|---|")
    for graph in graphs:
        with tempfile.TemporaryDirectory() as folder:
            roster, files = workspace(folder, graph)
            for term, ties in files:
                subprocess.run([trustnet, "import", roster, ties, "--term", term], cwd=folder, check=True, capture_output=True)
            pages = ["/", "/import", "/sarahs", "/coalition", "/premortem", "/onramps", "/spread", "/growth", "/network",
                     "/downloads", "/api/sarahs", "/api/premortem", "/api/coalition", "/api/growth"]
            if graph == "school":
                pages += ["/diagram/bench-2/all.svg", "/diagram/bench-2/advice.svg"]
            else:
                # The district's unit is its school: drawn schools first, a click drills into one.
                pages += ["/diagram/bench-2/all.svg?overview=1", "/diagram/bench-2/advice.svg?overview=1",
                          "/network?unit=School%203&overview=0", "/diagram/bench-2/advice.svg?unit=School%203"]
            # At start: each page asked the moment the address is printed, on a server of its own
            # (the warm-up is still computing: the page waits for its answer or computes it).
            at_start = {}
            for page in pages:
                server, base, token = serve(trustnet, folder)
                try:
                    at_start[page] = timed(base + page, token)[0]
                finally:
                    stop(server)
            # Answers ready: the server says when the latest term's answers are computed.
            server, base, token = serve(trustnet, folder)
            try:
                started = time.perf_counter()
                ready = server.stderr.readline().strip()
                print(f"<!-- {graph}: {ready} (seen after {(time.perf_counter() - started) * 1000:.0f} ms) -->", flush=True)
                for page in pages:
                    first, status = timed(base + page, token)
                    again = min(timed(base + page, token)[0] for _ in range(5))
                    print(f"| {graph} | `{page}` | {at_start[page] * 1000:.0f} | {first * 1000:.0f} | {again * 1000:.1f} | {status} |", flush=True)
            finally:
                stop(server)


if __name__ == "__main__":
    main()
