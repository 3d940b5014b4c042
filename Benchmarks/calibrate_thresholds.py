#!/usr/bin/env python3
"""Writes Benchmarks/thresholds.json just below what `translint bench` measures now.

The accuracy gate must fail when a rule gets worse and pass on main. For every corpus file
and every category with enough support, the floors are the measured precision, recall and fix
accuracy minus a margin: one error more than now for small counts (so a single extra miss on
a 12-artifact category fails), and 2 points for large ones. Document accuracy, clean findings
per 10,000 words (a ceiling) and, for the labeled real article, the number of matched
artifacts are gated too. Known failures must not pass unexpectedly; no corpus line may be
malformed.

Usage (from the repository root, after `swift build -c release --product translint`):
    python3 Benchmarks/calibrate_thresholds.py [--check]
--check prints the thresholds that would be written and exits 1 if they differ from the file.
"""
import json
import math
import subprocess
import sys

BIN = ".build/release/translint"
CORPORA = ["Corpora/in-the-wild", "Corpora/synthetic", "Corpora/negative", "Corpora/known-failures",
           "Corpora/mojibake", "Corpora/news-clean", "Corpora/news-garbled"]
OUT = "Benchmarks/thresholds.json"
MIN_SUPPORT = 5      # a category needs this many gold (for recall) or predicted (for precision) items
LARGE = 100          # above this many items, the margin is 2 points instead of one item


def floor2(x):
    return math.floor(x * 100 + 1e-9) / 100


def floor_with_margin(hits, total):
    """The ratio hits/total lowered by one item (small totals) or 2 points (large ones)."""
    if total >= LARGE:
        return max(0.0, floor2(hits / total - 0.02))
    return max(0.0, floor2((hits - 1) / total))


def ceiling(x):
    return math.ceil((x + 0.2) * 10) / 10


def main():
    unknown = [a for a in sys.argv[1:] if a != "--check"]
    if unknown:
        sys.exit(__doc__ if unknown[0] in ("-h", "--help") else f"unknown argument {unknown[0]!r}\n{__doc__}")
    report = json.loads(subprocess.run([BIN, "bench", *CORPORA, "--format", "json"], check=True,
                                       capture_output=True, text=True).stdout)
    corpora = {}
    for c in report["corpora"]:
        path = c["path"]
        entry = {}
        categories = {}
        for name, m in sorted(c["categories"].items()):
            floors = {}
            if m["predicted"] >= MIN_SUPPORT:
                floors["min_precision"] = floor_with_margin(m["tp"], m["predicted"])
            if m["gold"] >= MIN_SUPPORT:
                floors["min_recall"] = floor_with_margin(m["tp"], m["gold"])
            if m.get("fixable", 0) >= MIN_SUPPORT:
                floors["min_fix_accuracy"] = floor_with_margin(m["fixes_correct"], m["fixable"])
            floors = {k: v for k, v in floors.items() if v > 0}
            if floors:
                categories[name] = floors
        if categories:
            entry["categories"] = categories
        micro = c["micro"]
        if micro["predicted"] >= MIN_SUPPORT and micro["gold"] >= MIN_SUPPORT:
            entry["micro"] = {"min_precision": floor_with_margin(micro["tp"], micro["predicted"]),
                              "min_recall": floor_with_margin(micro["tp"], micro["gold"])}
        doc = c["document"]
        if doc.get("accuracy") is not None and doc["garbled"] + doc["clean"] >= MIN_SUPPORT:
            entry["document"] = {"min_accuracy": floor_with_margin(
                round(doc["accuracy"] * (doc["garbled"] + doc["clean"])), doc["garbled"] + doc["clean"])}
        if c.get("clean_words", 0) >= 1000:
            entry["max_clean_findings_per_10k_words"] = ceiling(c["clean_findings_per_10k_words"])
        if "in-the-wild" in path:
            entry["min_matched"] = micro["tp"] - 2
        if "known-failures" in path:
            entry["max_unexpected_passes"] = 0
        entry["max_problems"] = 0
        corpora[path] = entry
    thresholds = {
        "version": 1,
        "comment": "Accuracy gate for `translint bench --thresholds Benchmarks/thresholds.json`, written by "
                   "Benchmarks/calibrate_thresholds.py just below the numbers measured when it was run; "
                   "format: Benchmarks/README.md. Regenerate only when a change makes a rule better.",
        "corpora": corpora,
    }
    text = json.dumps(thresholds, indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        current = open(OUT, encoding="utf-8").read()
        print(text)
        sys.exit(0 if current == text else 1)
    open(OUT, "w", encoding="utf-8").write(text)
    print(f"wrote {OUT}: {len(corpora)} corpora")


if __name__ == "__main__":
    main()
