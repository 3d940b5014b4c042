#!/usr/bin/env python3
"""Generate Translint's word-frequency lexicons from wordfreq's "large" lists.

Input: wordfreq 3.1.1 (`pip install wordfreq==3.1.1`; code Apache-2.0, data
CC BY-SA 4.0). Each `wordfreq/data/large_<lang>.msgpack.gz` is a gzipped
msgpack list: a header {"format": "cB", "version": 1}, then 800 bins. Bin k
(0-based, header excluded) holds the words whose frequency rounds to
10^(-k/100), i.e. Zipf = 9 - k/100 (the value `wordfreq.zipf_frequency`
returns). Words inside a bin are in wordfreq's own (alphabetical) order.
wordfreq tokens are casefolded, NFC, hyphenated words split, 1-2 letter
elisions split ("l'" -> "l"), German ß stored as "ss".

Output: Sources/Translint/Resources/Lexicons/<lang>.tsv, UTF-8, "\\n" line
ends, no header, one `word<TAB>zipf` line per word (zipf with 2 decimals),
highest Zipf first, ties in wordfreq's order. A token is kept when it is made
of letters (Unicode L*/M*, any script) with at most single internal
apostrophes, and has at least one Latin letter; the apostrophes U+2019 and
U+02BC are normalised to "'" (first occurrence wins), as LexiconKey does.
Cuts: de keeps every kept token with Zipf >= 1.50 (compounds: cut by
frequency, not rank); fr, es, en, it, pt keep the top 200,000 by rank.
Also writes manifest.json (counts, lowest Zipf, sha256, cut rule).

Usage:
    python3 Sources/Translint/Scripts/generate_lexicons.py            # write into the repo
    python3 Sources/Translint/Scripts/generate_lexicons.py --out DIR  # write elsewhere
    python3 Sources/Translint/Scripts/generate_lexicons.py --check    # verify against manifest
"""
import argparse
import hashlib
import json
import sys
import tempfile
import unicodedata
from importlib.metadata import version
from pathlib import Path

import wordfreq

WORDFREQ_VERSION = "3.1.1"
TOP_N = 200_000
CUTS = {  # lang -> (max tokens, min Zipf in centi-Zipf)
    "fr": (TOP_N, None), "es": (TOP_N, None), "en": (TOP_N, None),
    "it": (TOP_N, None), "pt": (TOP_N, None), "de": (None, 150),
}
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "Resources/Lexicons"


def is_word(token: str) -> bool:
    """Letters (any script, >= 1 Latin) with optional single internal apostrophes."""
    if not token or token[0] == "'" or token[-1] == "'" or "''" in token:
        return False
    latin = False
    for ch in token:
        if ch == "'":
            continue
        cat = unicodedata.category(ch)
        if cat[0] not in "LM":
            return False
        latin = latin or (cat[0] == "L" and unicodedata.name(ch, "").startswith("LATIN "))
    return latin


def lexicon(lang: str) -> tuple[list[str], str]:
    """Return (tsv lines, cut rule) for one language."""
    max_n, min_czipf = CUTS[lang]
    lines, seen = [], set()
    for k, bin_words in enumerate(wordfreq.get_frequency_list(lang, "large")):
        czipf = 900 - k  # Zipf * 100
        if min_czipf is not None and czipf < min_czipf:
            break
        for token in bin_words:
            token = token.replace("\u2019", "'").replace("\u02bc", "'")
            if token in seen or not is_word(token):
                continue
            seen.add(token)
            lines.append(f"{token}\t{czipf // 100}.{czipf % 100:02d}\n")
            if max_n is not None and len(lines) >= max_n:
                return lines, f"top {max_n} tokens by rank"
    return lines, f"all tokens with zipf >= {min_czipf / 100:.2f}" if min_czipf else "all tokens"


def generate(out: Path) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for lang in CUTS:
        lines, rule = lexicon(lang)
        data = "".join(lines).encode("utf-8")
        (out / f"{lang}.tsv").write_bytes(data)
        manifest[lang] = {
            "entries": len(lines),
            "lowest_zipf": float(lines[-1].rsplit("\t", 1)[1]),
            "sha256": hashlib.sha256(data).hexdigest(),
            "wordfreq_version": WORDFREQ_VERSION,
            "cut": rule,
        }
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument("--check", action="store_true",
                        help="regenerate into a temp dir; compare sha256 with the manifest and files")
    args = parser.parse_args()

    installed = version("wordfreq")
    if installed != WORDFREQ_VERSION:
        sys.exit(f"wordfreq {WORDFREQ_VERSION} required, found {installed}")

    if args.check:
        expected = json.loads((args.out / "manifest.json").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            actual = generate(Path(tmp))
        bad = []
        for lang in CUTS:
            tsv = args.out / f"{lang}.tsv"
            on_disk = hashlib.sha256(tsv.read_bytes()).hexdigest() if tsv.exists() else None
            want = expected.get(lang, {}).get("sha256")
            if not (want == actual[lang]["sha256"] == on_disk):
                bad.append(lang)
                print(f"MISMATCH {lang}.tsv", file=sys.stderr)
        print("lexicons: " + ("mismatch" if bad else "OK"))
        return 1 if bad else 0

    manifest = generate(args.out)
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for lang, info in manifest.items():
        print(f"{lang}: {info['entries']} entries, lowest zipf {info['lowest_zipf']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
