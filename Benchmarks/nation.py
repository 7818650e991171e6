#!/usr/bin/env python3
"""Times TrustNet on a nation: 500,000 people, 5,000,000 ties, 5,000 schools (issue 17).

    python3 Benchmarks/nation.py TRUSTNET [--graphs DIR] [--keep]

TRUSTNET is a release build of the `trustnet` executable. The graph is generated with the
recipe of generate_graphs.py (degree-corrected block model, seed 20240304) into DIR (default:
a folder of its own under the system's temporary folder, never the repository: 155 MB of CSV)
unless DIR already holds it; `--keep` keeps the workspace and the report there too.

Each step is a whole process started from this script, run once (each takes seconds to
minutes), its stdout and stderr sent to files (so no progress is drawn). Measured: the wall
clock from start to exit, the CPU time (user + system) and the peak resident set, both from
`wait4`'s rusage:

| step | command |
|---|---|
| import | `trustnet import roster.csv nation.csv --term bench --relation advice` into a fresh workspace (roster `id,name,school`) |
| pagerank | `trustnet metrics --measures pagerank --format csv` |
| harmonic (256 sampled) | `trustnet metrics --measures harmonic --sample 256 --format csv` |
| betweenness (256 sampled) | `trustnet metrics --measures betweenness --sample 256 --format csv` |
| leiden | `trustnet structure --section communities --format csv` (Leiden and the rest of `structure`: see below) |
| report | `trustnet report -o report.html` (above 400 people: units first, each on demand) |

Target: every process under 4 GB peak on a 2-core, 24 GB machine. Prints one line per step and
appends JSON lines to Output/bench/nation.jsonl; Benchmarks/README.md keeps the table.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LIMIT_MB = 4096


def run_once(command, log):
    """Runs `command` to its end; returns (seconds, peak resident MB, CPU seconds, exit code)."""
    with open(log + ".out", "wb") as out, open(log + ".err", "wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def ensure_graph(folder):
    """Generates the nation graph into `folder` unless it is there; returns the seconds spent
    (0 when it was there)."""
    if os.path.exists(os.path.join(folder, "nation.blocks.csv")):
        return 0.0
    start = time.perf_counter()
    subprocess.run([sys.executable, os.path.join(HERE, "generate_graphs.py"), folder, "nation"], check=True)
    return time.perf_counter() - start


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        raise SystemExit(__doc__)
    trustnet = os.path.abspath(args[0])
    folder = None
    if "--graphs" in args:
        folder = os.path.abspath(args[args.index("--graphs") + 1])
    keep = "--keep" in args
    folder = folder or os.path.join(tempfile.gettempdir(), "trustnet-nation")
    os.makedirs(folder, exist_ok=True)
    generated = ensure_graph(folder)
    if generated:
        print(f"generated the nation graph into {folder} in {generated:.0f} s", file=sys.stderr)

    ties = os.path.join(folder, "nation.csv")
    roster = os.path.join(folder, "nation.roster.csv")
    if not os.path.exists(roster):
        with open(os.path.join(folder, "nation.blocks.csv")) as f, open(roster, "w") as out:
            next(f)
            out.write("id,name,school\n")
            for line in f:
                node, block = line.strip().split(",")
                out.write(f"{node},Person {node},School {block}\n")

    scratch = tempfile.mkdtemp(prefix="trustnet-nation-", dir=folder if keep else None)
    workspace = os.path.join(scratch, "trustnet.sqlite")
    report = os.path.join(scratch, "report.html")
    ws = ["--workspace", workspace]
    steps = [
        ("import", [trustnet, "import", roster, ties, "--term", "bench", "--relation", "advice", *ws]),
        ("pagerank", [trustnet, "metrics", "--measures", "pagerank", "--format", "csv", *ws]),
        ("harmonic (256 sampled)", [trustnet, "metrics", "--measures", "harmonic", "--sample", "256", "--format", "csv", *ws]),
        ("betweenness (256 sampled)", [trustnet, "metrics", "--measures", "betweenness", "--sample", "256", "--format", "csv", *ws]),
        ("leiden (structure)", [trustnet, "structure", "--section", "communities", "--format", "csv", *ws]),
        ("report", [trustnet, "report", "-o", report, *ws]),
    ]
    only = [a.split("=", 1)[1] for a in args if a.startswith("--only=")]
    measured = {}
    print(f"nation: 500,000 people, 5,000,000 ties, 5,000 schools; whole processes, one run each:")
    for name, command in steps:
        if only and name.split(" ")[0] not in only[0].split(",") and name != "import":
            continue
        log = os.path.join(scratch, name.split(" ")[0])
        seconds, memory, cpu, code = run_once(command, log)
        measured[name] = (seconds, memory, cpu, code)
        verdict = "ok" if code == 0 and memory < LIMIT_MB else ("FAILED" if code else "over 4 GB")
        print(f"  {name:<26} {seconds:8.1f} s wall {cpu:8.1f} s CPU {memory:7.0f} MB peak  {verdict}", flush=True)
        if code != 0:
            with open(log + ".err") as f:
                print("    " + f.read()[-2000:].replace("\n", "\n    "), file=sys.stderr)
    sizes = {"workspace": os.path.getsize(workspace)}
    if os.path.exists(report):
        sizes["report"] = os.path.getsize(report)
    for key, size in sizes.items():
        print(f"  {key} file: {size / 1e6:.1f} MB")

    os.makedirs("Output/bench", exist_ok=True)
    with open("Output/bench/nation.jsonl", "a") as log:
        for key, (seconds, memory, cpu, code) in measured.items():
            log.write(json.dumps({"graph": "nation", "process": key, "seconds": seconds, "cpu_seconds": cpu, "peak_mb": memory, "exit": code}) + "\n")
        log.write(json.dumps({"graph": "nation", "sizes_bytes": sizes}) + "\n")
    if not keep:
        for entry in os.listdir(scratch):
            os.remove(os.path.join(scratch, entry))
        os.rmdir(scratch)
    failed = [k for k, v in measured.items() if v[3] != 0 or v[1] >= LIMIT_MB]
    if failed:
        raise SystemExit(f"missed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
