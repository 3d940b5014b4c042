#!/usr/bin/env bash
# Hostile sizes against the release binary: a 50 MB single-line file, a file of 1,000,000
# short lines, a 100,000-character word and a 200 MB text file. Each must be checked without
# a crash; the 200 MB file with a peak RSS under 1 GB. Files are generated, never committed.
# Usage: Benchmarks/large-inputs.sh [path/to/translint]   (default .build/release/translint)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-.build/release/translint}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'PY'
import sys, pathlib
d = pathlib.Path(sys.argv[1])
sentence = "Le président a rencontré le ministre à Genève pour parler du budget de l'année prochaine. "
(d / "oneline-50mb.txt").write_text(sentence * (50_000_000 // len(sentence.encode())), encoding="utf-8")
(d / "million-lines.txt").write_text("Oui.\n" * 1_000_000, encoding="utf-8")
(d / "long-word.txt").write_text("Un " + "a" * 100_000 + " mot.\n", encoding="utf-8")
para = open("Corpora/in-the-wild/seed-article-fr.txt", encoding="utf-8").read() + "\n\n"
with open(d / "big-200mb.txt", "w", encoding="utf-8") as f:
    n = 0
    while n < 200_000_000:
        f.write(para); n += len(para.encode())
PY
status=0
for f in oneline-50mb.txt million-lines.txt long-word.txt big-200mb.txt; do
  set +e
  /usr/bin/time -f "%M %e" -o "$dir/time" "$bin" check --lang fr "$dir/$f" >/dev/null 2>"$dir/err" < /dev/null
  rc=$?
  set -e
  read -r rss seconds < <(tail -n 1 "$dir/time") || true
  printf '%-20s exit %s  %6.1f s  peak RSS %5d MB\n' "$f" "$rc" "$seconds" "$((rss / 1024))"
  if [ "$rc" -gt 1 ]; then echo "  FAILED: $(tail -n 3 "$dir/err")"; status=1; fi
  if [ "$f" = big-200mb.txt ] && [ "$rss" -gt $((1024 * 1024)) ]; then echo "  FAILED: peak RSS over 1 GB"; status=1; fi
done
exit $status
