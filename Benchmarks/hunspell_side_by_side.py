#!/usr/bin/env python3
"""Hunspell and Translint side by side on the same French text.

Installs nothing. Prerequisites (Debian/Ubuntu):

    apt-get install -y hunspell hunspell-fr
    swift build -c release --product translint && swift build -c release --product translint-benchmarks

Usage (from the package root):

    python3 Benchmarks/hunspell_side_by_side.py [--size 10] [--runs 3] [--jobs 1]

What it does:
  1. asks the benchmark executable for the deterministic benchmark text
     (`translint-benchmarks --write-text`, the same text as `translint-benchmarks --size MB`)
     and for the same text cut into ~5 KB JSON-lines documents (`--write-jsonl`);
  2. times `hunspell -d fr_FR -l < text.txt` (lists misspelt words; one thread);
  3. times `translint check --lang fr --input jsonl --jobs N < text.jsonl` (N = 1 by default,
     so both tools use one core), output discarded;
  4. prints MB/s of each (MB = the UTF-8 size of the plain text, 10^6 bytes) and the ratio,
     median of --runs runs.

Hunspell only checks spelling word by word (a dictionary lookup plus affix stripping per
word); Translint tokenises, builds a document model and runs every rule. The comparison says
how far a full analysis is from "one dictionary lookup per word".
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, stdin_path, runs, stdout_path=os.devnull):
    """Median wall time and median CPU time (user + system of the child, from rusage) of
    `runs` runs. On a shared machine the CPU time is the steadier figure. The output of the
    last run is kept in `stdout_path`."""
    walls, cpus = [], []
    for _ in range(runs):
        with open(stdin_path, "rb") as f, open(stdout_path, "wb") as out:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            p = subprocess.run(cmd, stdin=f, stdout=out, stderr=subprocess.PIPE)
            walls.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
        if p.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.decode(errors='replace')[:500]}")
    return statistics.median(walls), walls, statistics.median(cpus), cpus


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=float, default=10, help="MB of French text (default 10)")
    ap.add_argument("--runs", type=int, default=3, help="runs per tool, median reported (default 3)")
    ap.add_argument("--jobs", type=int, default=1, help="translint --jobs (default 1: one core, like hunspell)")
    ap.add_argument("--build", default=os.path.join(ROOT, ".build", "release"), help="folder of the release binaries")
    ap.add_argument("--dictionary", default="fr_FR", help="hunspell dictionary (default fr_FR)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()

    if shutil.which("hunspell") is None:
        sys.exit("hunspell not found: apt-get install -y hunspell hunspell-fr")
    bench = os.path.join(args.build, "translint-benchmarks")
    cli = os.path.join(args.build, "translint")
    for exe in (bench, cli):
        if not os.access(exe, os.X_OK):
            sys.exit(f"{exe} missing: swift build -c release --product translint && swift build -c release --product translint-benchmarks")

    with tempfile.TemporaryDirectory(prefix="translint-hunspell-") as tmp:
        txt = os.path.join(tmp, "fr.txt")
        jsonl = os.path.join(tmp, "fr.jsonl")
        common = ["--lang", "fr", "--size", str(args.size)]
        subprocess.run([bench, *common, "--write-text", txt], check=True, cwd=ROOT)
        subprocess.run([bench, *common, "--write-jsonl", jsonl], check=True, cwd=ROOT)
        mb = os.path.getsize(txt) / 1e6

        # hunspell reads the locale's encoding; the fr_FR dictionary is UTF-8.
        env = dict(os.environ, LC_ALL="C.UTF-8")
        os.environ.update(env)
        listed = os.path.join(tmp, "hunspell.out")
        h, h_runs, hc, hc_runs = timed(["hunspell", "-d", args.dictionary, "-l"], txt, args.runs, listed)
        with open(listed, "rb") as f:
            misspelt = f.read().count(b"\n")
        t, t_runs, tc, tc_runs = timed([cli, "check", "--lang", "fr", "--input", "jsonl", "--jobs", str(args.jobs)],
                                       jsonl, args.runs)

    result = {
        "text_mb": mb,
        "runs": args.runs,
        "hunspell_wall_seconds": h, "hunspell_wall_runs": h_runs, "hunspell_mb_per_second_wall": mb / h,
        "hunspell_cpu_seconds": hc, "hunspell_cpu_runs": hc_runs, "hunspell_mb_per_cpu_second": mb / hc,
        "hunspell_misspelt_words": misspelt,
        "translint_wall_seconds": t, "translint_wall_runs": t_runs, "translint_mb_per_second_wall": mb / t,
        "translint_cpu_seconds": tc, "translint_cpu_runs": tc_runs, "translint_mb_per_cpu_second": mb / tc,
        "translint_jobs": args.jobs,
        "translint_over_hunspell_wall": t / h,
        "translint_over_hunspell_cpu": tc / hc,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"text: {mb:.2f} MB of French (same bytes for both tools), median of {args.runs} runs")
        print(f"{'':42} {'wall s':>8} {'MB/s':>8} {'cpu s':>8} {'MB/cpu-s':>9}")
        print(f"{'hunspell -d ' + args.dictionary + ' -l':42} {h:8.2f} {mb / h:8.2f} {hc:8.2f} {mb / hc:9.2f}"
              f"   ({misspelt} words listed)")
        print(f"{'translint check --input jsonl --jobs ' + str(args.jobs):42} {t:8.2f} {mb / t:8.2f} {tc:8.2f} {mb / tc:9.2f}")
        print(f"translint / hunspell: {t / h:.2f}x wall time, {tc / hc:.2f}x CPU time")


if __name__ == "__main__":
    main()
