#!/usr/bin/env python3
"""Convert ftfy's test cases (Apache-2.0) into Translint corpus JSONL.

Usage: python3 Corpora/Scripts/convert_ftfy_cases.py [SRC_DIR] [OUT_DIR]
  SRC_DIR defaults to ../shared/external/ftfy-test-cases (relative to the repo root)
  OUT_DIR defaults to Corpora/mojibake

Each output line: {"id", "lang", "garbled", "source", "license", "text", "artifacts"}.
Artifacts are the minimal differing spans between `original` and the expected text
(`fixed-encoding` if present, else `fixed`), computed with difflib on code points
(= Unicode scalars, so offsets are Python str indices), merging spans whose gap is
at most 2 characters. Positive cases whose expected text equals the original are
skipped (they carry no artifact) and counted.
"""
import difflib
import json
import os
import sys

COMMIT = "74dd045"
FILES = [
    ("in-the-wild", "ftfy-in-the-wild.jsonl", "ftfy-wild"),
    ("synthetic", "ftfy-synthetic.jsonl", "ftfy-synth"),
    ("negative", "ftfy-negative.jsonl", "ftfy-neg"),
    ("known-failures", "ftfy-known-failures.jsonl", "ftfy-known"),
]
# Language named in the label, checked in order (first match wins).
LABEL_LANGS = [
    ("French", "fr"), ("Russian", "ru"), ("German", "de"), ("Spanish", "es"), ("Portuguese", "pt"),
    ("Turkish", "tr"), ("Malay", "ms"), ("Vietnamese", "vi"), ("Czech", "cs"), ("Slovak", "sk"),
    ("Romanian", "ro"), ("Latvian", "lv"), ("Lithuanian", "lt"), ("Hebrew", "he"), ("Arabic", "ar"),
    ("Italian", "it"), ("Gaelic", "gd"), ("Dutch", "nl"), ("Afrikaans", "af"), ("Croatian", "hr"),
    ("Greek", "el"), ("Finnish", "fi"), ("Norwegian", "no"), ("Swedish", "sv"), ("Ukrainian", "uk"),
    ("Serbian", "sr"), ("Indonesian", "id"), ("Rīga", "lv"), ("İstanbul", "tr"), ("Spanish", "es"),
]

# A few very frequent words per language, used only when the label names no language.
FUNCTION_WORDS = {
    "en": {"the", "and", "is", "of", "to", "in", "it", "with", "for", "on", "a"},
    "fr": {"le", "la", "les", "des", "et", "pour", "est", "une", "dans", "du", "à", "que", "nous", "vous"},
    "es": {"el", "los", "las", "del", "y", "en", "una", "por", "que", "está"},
    "pt": {"os", "com", "em", "não", "são", "uma", "nos", "ao", "às", "do", "da"},
    "it": {"il", "di", "che", "per", "non", "della", "al", "dal"},
    "id": {"yang", "yg", "dan", "di", "mau", "kamu", "deh"},
}


def guess_lang(label, text):
    for word, code in LABEL_LANGS:
        if word in label:
            return code
    if "Italicum" in text:
        return "it"
    scripts = {"cyrillic": 0, "hebrew": 0, "arabic": 0, "latin": 0}
    for ch in text:
        cp = ord(ch)
        if 0x400 <= cp <= 0x4FF:
            scripts["cyrillic"] += 1
        elif 0x590 <= cp <= 0x5FF:
            scripts["hebrew"] += 1
        elif 0x600 <= cp <= 0x6FF:
            scripts["arabic"] += 1
        elif ch.isalpha() and cp < 0x250:
            scripts["latin"] += 1
    if scripts["hebrew"] > 2:
        return "he"
    if scripts["arabic"] > 2 and scripts["arabic"] > scripts["latin"]:
        return "ar"
    if scripts["cyrillic"] > scripts["latin"]:
        return "ru"
    if "English" in label:
        return "en"
    words = [w.strip(".,!?:;()\"'«»“”’").lower() for w in text.split()]
    scores = {code: sum(w in vocab for w in words) for code, vocab in FUNCTION_WORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else "und"


def artifacts(original, expected, max_gap=2):
    spans = []
    matcher = difflib.SequenceMatcher(None, original, expected, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] <= max_gap:
            spans[-1][1] = i2
            spans[-1][3] = j2
        else:
            spans.append([i1, i2, j1, j2])
    return [{"start": i1, "end": i2, "type": "mojibake", "fix": expected[j1:j2]} for i1, i2, j1, j2 in spans]


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "external", "ftfy-test-cases")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "Corpora", "mojibake")
    os.makedirs(out, exist_ok=True)
    for name, outfile, prefix in FILES:
        with open(os.path.join(src, name + ".json"), encoding="utf-8") as f:
            cases = json.load(f)
        written = skipped = 0
        lines = []
        for case in cases:
            original = case["original"]
            expected = case.get("fixed-encoding", case["fixed"])
            garbled = expected != original
            if name != "negative" and name != "known-failures" and not garbled:
                skipped += 1
                continue
            written += 1
            record = {
                "id": f"{prefix}-{written:03d}",
                "lang": guess_lang(case["label"], expected),
                "garbled": garbled,
                "source": f"ftfy tests/test-cases/{name}.json (rspeer/python-ftfy, commit {COMMIT}): {case['label']}",
                "license": "Apache-2.0",
                "text": original,
                "artifacts": artifacts(original, expected) if garbled else [],
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        with open(os.path.join(out, outfile), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"{name}: {len(cases)} cases, {written} written, {skipped} skipped (expected == original)")


if __name__ == "__main__":
    main()
