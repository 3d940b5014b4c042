#!/usr/bin/env python3
"""Prints the "Accuracy now" tables of Benchmarks/README.md from `translint bench --format json`.

The tables in the README are this script's output for the corpora CI gates, so they can be
refreshed after a rule changes instead of being edited by hand.

Usage (from the repository root, after `swift build -c release --product translint`):
    python3 Benchmarks/accuracy_table.py            # runs bench on the gated corpora
    python3 Benchmarks/accuracy_table.py BENCH.json # formats a saved `bench --format json`
"""
import json
import subprocess
import sys

BIN = ".build/release/translint"
CORPORA = ["Corpora/in-the-wild", "Corpora/synthetic", "Corpora/negative", "Corpora/known-failures",
           "Corpora/mojibake", "Corpora/news-clean", "Corpora/news-garbled"]


def num(x, digits=3):
    return "—" if x is None else f"{x:.{digits}f}"


def corpus_row(name, c):
    micro, doc = c["micro"], c["document"]
    mw = c["categories"].get("merged-word")
    merged = "—" if not mw else " / ".join(num(mw.get(k)) for k in ("precision", "recall", "fix_accuracy"))
    clean = c.get("clean_findings_per_10k_words")
    return (f"| {name} | {c['documents']} | {num(micro.get('precision'))} | {num(micro.get('recall'))} | "
            f"{num(micro.get('f1'))} | {merged} | {num(doc.get('accuracy'))} | {num(doc.get('auc'))} | "
            f"{'—' if clean is None or not c.get('clean_words') else num(clean)} |")


def main():
    args = sys.argv[1:]
    if args and args[0] in ("-h", "--help"):
        sys.exit(__doc__)
    if args:
        bench = json.load(open(args[0], encoding="utf-8"))
    else:
        out = subprocess.run([BIN, "bench", *CORPORA, "--format", "json"], capture_output=True, text=True, check=True)
        bench = json.loads(out.stdout)
    print("| corpus | docs | micro P | micro R | micro F1 | merged-word P / R / fix | doc accuracy | AUC | clean findings /10k words |")
    print("|---|---:|---:|---:|---:|---|---:|---:|---:|")
    for c in bench["corpora"]:
        print(corpus_row(f"`{c['path']}`", c))
    print(corpus_row("`overall`", bench))
    print()
    print("| category (all corpora) | gold | predicted | tp | precision | recall | F1 | fix accuracy |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, k in bench["categories"].items():
        print(f"| {name} | {k['gold']} | {k['predicted']} | {k['tp']} | {num(k.get('precision'))} | "
              f"{num(k.get('recall'))} | {num(k.get('f1'))} | {num(k.get('fix_accuracy'))} |")
    ef = bench.get("expected_failures", {})
    print()
    passing = ef.get("unexpectedly_passing") or []
    print(f"Expected failures (`Corpora/known-failures/`): {ef.get('count', 0)}, "
          + ("none passing unexpectedly." if not passing else f"{len(passing)} passing unexpectedly: {', '.join(passing)}."))


if __name__ == "__main__":
    main()
