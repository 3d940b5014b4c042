#!/usr/bin/env bash
# Builds the libFuzzer target (library sources + FuzzEntry.swift, with AddressSanitizer) and runs it.
# Usage: Tests/Fuzz/run-fuzzer.sh [RUNS] [extra libFuzzer flags]
#   RUNS defaults to 10000000. The seed corpus is built from Corpora/ (one file per document).
#   The per-input timeout is 60 s: on a shared 2-core machine a worker can wait over 10 s for a CPU.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-10000000}"; shift || true
out=.build-fuzz
mkdir -p "$out/corpus"
swiftc -sanitize=fuzzer,address -wmo -parse-as-library -O -module-name Translint \
  $(find Sources/Translint -name '*.swift' | sort) Tests/Fuzz/FuzzEntry.swift -o "$out/translint-fuzzer"
if [ -z "$(ls -A "$out/corpus")" ]; then
  python3 - "$out/corpus" <<'PY'
import json, sys, pathlib, hashlib
out = pathlib.Path(sys.argv[1])
for f in sorted(pathlib.Path("Corpora").rglob("*.jsonl")):
    for i, line in enumerate(open(f, encoding="utf-8")):
        try:
            text = json.loads(line)["text"]
        except Exception:
            continue
        data = text.encode("utf-8")[:512]
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
PY
fi
export TRANSLINT_DATA="$PWD/Sources/Translint/Resources"
export LSAN_OPTIONS="suppressions=$PWD/Tests/Fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec "$out/translint-fuzzer" -runs="$runs" -max_len="${MAX_LEN:-512}" -timeout=60 -print_final_stats=1 "$@" "$out/corpus"
