#!/usr/bin/env python3
"""Peer comparison: Hunspell as a merged-word detector, scored like `translint bench`.

Prerequisites (Debian/Ubuntu; the script installs nothing):

    apt-get install -y hunspell hunspell-fr hunspell-es hunspell-it hunspell-pt-pt \
        hunspell-de-de hunspell-en-us
    swift build -c release --product translint      # only if .build/release/translint is missing

Usage (from the package root):

    python3 Benchmarks/hunspell_peer.py [--langs fr,es,it,pt,de,en] [--no-seed]
                                        [--translint .build/release/translint] [--json OUT]
                                        [--markdown OUT]

What it does:
  1. For every language L, runs `hunspell -d DICT -a -i utf-8` (pipe mode) over
     `Corpora/synthetic/L-synthetic.jsonl`, and for French also over the seed article
     `Corpora/in-the-wild/seed-article-fr.jsonl` (the lines are split over --jobs hunspell
     processes: computing suggestions costs ~0.1 s per unknown word).
     Every document line is sent as one input line prefixed with `^` (so that no line is read
     as a pipe-mode command). Each `&` (unknown, with suggestions) and `#` (unknown, no
     suggestion) result becomes a `merged-word` finding whose range is the word's scalar range
     in the document and whose fix is the first suggestion (none for `#`). Hunspell's offset
     counts characters of the input line including the `^`, so the document offset is
     `line_start + offset - 1`; every mapped range is checked to slice exactly the reported
     word (a mismatch is re-located by searching the line and counted; the run prints the
     counts). On `Corpora/negative/L-clean.jsonl` only the number of unknown words matters, so
     it runs `hunspell -d DICT -l -i utf-8` instead (same check and tokenizer, no suggestions;
     on fr-clean both modes give the same 2,047 unknown words).
  2. Scores those findings with bench's rules (Benchmarks/README.md, "translint bench"): a finding matches
     a gold artifact of the same category whose range shares at least one scalar; one to one,
     greedy by overlap (largest first, ties to the artifact then the finding that starts
     first); precision = tp/predicted, recall = tp/gold, F1 = 2tp/(gold+predicted); fix
     accuracy = share of matched pairs with a gold fix where applying the finding's first fix
     alone gives the same text as applying the gold fix alone (no fix = wrong).
     Findings per 10,000 words on documents labeled clean use Translint's word count for the
     same corpus (`clean_words` in bench's JSON), so both tools share a denominator.
  3. Runs `translint bench <the same files> --format json` and prints, per language,
     Hunspell's merged-word row next to Translint's, plus the seed article, plus how many of
     the seed article's real rare names each tool flags (Translint's findings there come from
     `translint check --input jsonl --lang fr --no-config`, every category).

Dictionaries: fr_FR, es_ES, it_IT, pt_PT, de_DE, en_US (the document's `lang` picks it).
"""
import argparse
import concurrent.futures
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICTS = {"fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_PT", "de": "de_DE", "en": "en_US"}
SEED = "Corpora/in-the-wild/seed-article-fr.jsonl"
RARE_NAMES = ["Vostochny", "Karpukhin", "Schemetov", "Smirnov", "GEODAKYAN", "Nikolaïev", "Aisen",
              "Aurus", "Yakoutie", "Spoutnik", "Sputnik", "Kirby", "Iakoutsk"]
CATEGORY = "merged-word"
RESULT = re.compile(r"^([&?]) (\S+) (\d+) (\d+): (.*)$|^# (\S+) (\d+)$")


def load(path):
    docs = []
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                d = json.loads(line)
                d["_line"] = n
                docs.append(d)
    return docs


def hunspell_pipe(lang, lines):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    out = subprocess.run(["hunspell", "-d", DICTS[lang], "-a", "-i", "utf-8"],
                         input="\n".join(lines) + "\n", capture_output=True, text=True,
                         encoding="utf-8", env=env, check=True).stdout.split("\n")
    if not out or not out[0].startswith("@(#)"):
        sys.exit(f"unexpected hunspell banner: {out[:1]}")
    if out[-1] == "":
        out.pop()  # the split after the final newline
    blocks, block = [], []
    for r in out[1:]:
        if r == "":
            blocks.append(block)
            block = []
        else:
            block.append(r)
    if block or len(blocks) != len(lines):
        sys.exit(f"hunspell gave {len(blocks)} result blocks for {len(lines)} input lines")
    return blocks


def run_hunspell(docs, lang, stats, jobs):
    """Hunspell findings per document: lists of (start, end, word, fix-or-None)."""
    lines, where = [], []  # where[i] = (doc index, offset of the line in the document)
    for di, d in enumerate(docs):
        pos = 0
        for part in d["text"].split("\n"):
            lines.append("^" + part)
            where.append((di, pos))
            pos += len(part) + 1
    # Suggestions make pipe mode slow (~0.1 s per unknown word): split the lines over `jobs`
    # hunspell processes; each input line is checked independently, so the result is the same.
    n = max(1, min(jobs, len(lines)))
    chunks = [lines[k * len(lines) // n:(k + 1) * len(lines) // n] for k in range(n)]
    with concurrent.futures.ThreadPoolExecutor(n) as ex:
        blocks = [b for part in ex.map(lambda c: hunspell_pipe(lang, c), chunks) for b in part]
    findings = [[] for _ in docs]
    for li, block in enumerate(blocks):
        di, base = where[li]
        text, content = docs[di]["text"], lines[li][1:]
        for r in block:
            m = RESULT.match(r)
            if not m:
                continue  # '*', '+ ROOT', '-': correct words
            if m.group(1):
                word, off, fix = m.group(2), int(m.group(4)), m.group(5).split(", ")[0]
            else:
                word, off, fix = m.group(6), int(m.group(7)), None
            col = off - 1  # the offset counts the leading '^'
            if content[col:col + len(word)] != word:
                stats["remapped"] += 1
                cands = [k.start() for k in re.finditer(re.escape(word), content)]
                if not cands:
                    stats["unmapped"] += 1
                    continue
                col = min(cands, key=lambda k: abs(k - col))
            start = base + col
            assert text[start:start + len(word)] == word
            stats["mapped"] += 1
            findings[di].append((start, start + len(word), word, fix))
    return findings


def count_unknown(docs, lang):
    """Unknown-word occurrences per document with `hunspell -l` (the same check and tokenizer as
    pipe mode, without computing suggestions: the clean corpora only need counts)."""
    env = dict(os.environ, LC_ALL="C.UTF-8")
    # one process for all documents; a sentinel line between documents splits the output
    sentinel = "Qxqzzqxq"
    text = ("\n" + sentinel + "\n").join(d["text"] for d in docs) + "\n"
    out = subprocess.run(["hunspell", "-d", DICTS[lang], "-l", "-i", "utf-8"], input=text,
                         capture_output=True, text=True, encoding="utf-8", env=env, check=True).stdout
    per = [0]
    for w in out.split("\n"):
        if w == sentinel:
            per.append(0)
        elif w:
            per[-1] += 1
    if len(per) != len(docs):
        sys.exit("hunspell -l: sentinel mismatch")
    return per


def match(golds, finds):
    """bench's one-to-one greedy matching; golds/finds: lists of (start, end, ...)."""
    pairs = []
    for gi, g in enumerate(golds):
        for fi, f in enumerate(finds):
            ov = min(g[1], f[1]) - max(g[0], f[0])
            empty = g[0] == g[1] or f[0] == f[1]
            if ov > 0 or (empty and g[0] <= f[1] and f[0] <= g[1]):
                pairs.append((-max(ov, 0), g[0], gi, f[0], fi))
    pairs.sort()
    used_g, used_f, out = set(), set(), []
    for _, _, gi, _, fi in pairs:
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            out.append((gi, fi))
    return out


def ratio(a, b):
    return None if b == 0 else a / b


def score(docs, findings, clean_words):
    gold = pred = tp = fixable = correct = clean_found = 0
    for d, fs in zip(docs, findings):
        text = d["text"]
        golds = [(a["start"], a["end"], a) for a in d.get("artifacts", []) if a["type"] == CATEGORY]
        gold += len(golds)
        pred += len(fs)
        garbled = d.get("garbled", bool(d.get("artifacts")))
        if not garbled:
            clean_found += len(fs)
        for gi, fi in match(golds, fs):
            tp += 1
            a = golds[gi][2]
            if "fix" in a:
                fixable += 1
                f = fs[fi]
                if f[3] is not None and \
                        text[:f[0]] + f[3] + text[f[1]:] == text[:a["start"]] + a["fix"] + text[a["end"]:]:
                    correct += 1
    return {"gold": gold, "predicted": pred, "tp": tp, "precision": ratio(tp, pred),
            "recall": ratio(tp, gold), "f1": None if gold + pred == 0 else 2 * tp / (gold + pred),
            "fixable": fixable, "fixes_correct": correct, "fix_accuracy": ratio(correct, fixable),
            "clean_findings": clean_found, "clean_words": clean_words,
            "clean_per_10k": ratio(clean_found * 10000, clean_words)}


def fmt(x, pct=False):
    if x is None:
        return "—"
    if isinstance(x, float):
        return f"{x:.3f}" if not pct else f"{x:.2f}"
    return str(x)


def tl_row(block):
    mw = block["categories"].get(CATEGORY, {"gold": 0, "predicted": 0, "tp": 0, "precision": None,
                                            "recall": None, "f1": None, "fix_accuracy": None})
    return mw


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--langs", default="fr,es,it,pt,de,en")
    ap.add_argument("--no-seed", action="store_true")
    ap.add_argument("--translint", default=os.path.join(ROOT, ".build/release/translint"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="hunspell processes per corpus in pipe mode (default: all cores)")
    ap.add_argument("--json", help="write all numbers to this file")
    ap.add_argument("--markdown", help="write the tables (Markdown) to this file")
    args = ap.parse_args()
    os.chdir(ROOT)
    if not shutil.which("hunspell"):
        sys.exit("hunspell not found; see the docstring for the apt-get command")
    if not os.access(args.translint, os.X_OK):
        sys.exit(f"{args.translint} missing: swift build -c release --product translint")
    langs = [l for l in args.langs.split(",") if l]
    files = []
    for l in langs:
        files += [f"Corpora/synthetic/{l}-synthetic.jsonl", f"Corpora/negative/{l}-clean.jsonl"]
    if not args.no_seed:
        files.append(SEED)

    t0 = time.time()
    tb = subprocess.run([args.translint, "bench", *files, "--format", "json"],
                        capture_output=True, text=True)
    if tb.returncode not in (0, 1):
        sys.exit(f"translint bench failed ({tb.returncode}): {tb.stderr[:500]}")
    tl = {c["path"]: c for c in json.loads(tb.stdout)["corpora"]}
    tl_version = json.loads(tb.stdout).get("translint_version")
    hv = subprocess.run(["hunspell", "-v"], capture_output=True, text=True).stdout.split("\n")[0]

    results, stats = {}, {}
    for path in files:
        docs = load(path)
        lang = docs[0].get("lang", "fr")
        st = {"mapped": 0, "remapped": 0, "unmapped": 0}
        t = time.time()
        if path.startswith("Corpora/negative/"):
            st["mode"] = "-l"
            per = count_unknown(docs, lang)
            found = sum(c for d, c in zip(docs, per) if not d.get("garbled", bool(d.get("artifacts"))))
            words = tl[path]["clean_words"]
            h = {"clean_findings": found, "clean_words": words, "clean_per_10k": ratio(found * 10000, words)}
            finds = None
        else:
            st["mode"] = "-a"
            finds = run_hunspell(docs, lang, st, args.jobs)
            h = score(docs, finds, tl[path]["clean_words"])
        st["seconds"] = round(time.time() - t, 1)
        stats[path] = st
        results[path] = {"hunspell": h, "docs": docs, "finds": finds, "lang": lang}
        print(f"{path}: hunspell -d {DICTS[lang]}: {st}", file=sys.stderr)

    md = []
    md.append("| language | tool | gold | predicted | tp | precision | recall | F1 | fix accuracy "
              "| merged-word findings / 10k words (clean) | all findings / 10k words (clean) |")
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    out_json = {"date": datetime.date.today().isoformat(), "hunspell": hv,
                "translint_version": tl_version, "languages": {}, "mapping": stats}
    for l in langs:
        syn, neg = f"Corpora/synthetic/{l}-synthetic.jsonl", f"Corpora/negative/{l}-clean.jsonl"
        h, hn = results[syn]["hunspell"], results[neg]["hunspell"]
        t, tn = tl_row(tl[syn]), tl[neg]
        t_neg_mw = tl_row(tn)["predicted"]
        t_mw10k = ratio(t_neg_mw * 10000, tn["clean_words"])
        md.append(f"| {l} | Hunspell {DICTS[l]} | {h['gold']} | {h['predicted']} | {h['tp']} | "
                  f"{fmt(h['precision'])} | {fmt(h['recall'])} | {fmt(h['f1'])} | {fmt(h['fix_accuracy'])} | "
                  f"{fmt(hn['clean_per_10k'], True)} | {fmt(hn['clean_per_10k'], True)} |")
        md.append(f"| {l} | Translint | {t['gold']} | {t['predicted']} | {t['tp']} | "
                  f"{fmt(t['precision'])} | {fmt(t['recall'])} | {fmt(t['f1'])} | {fmt(t['fix_accuracy'])} | "
                  f"{fmt(t_mw10k, True)} | {fmt(tn['clean_findings_per_10k_words'], True)} |")
        out_json["languages"][l] = {
            "hunspell": {"synthetic": h, "negative": hn},
            "translint": {"synthetic": t, "negative": {"merged_word_findings": t_neg_mw,
                                                       "merged_word_per_10k": t_mw10k,
                                                       "clean_findings": tn["clean_findings"],
                                                       "clean_words": tn["clean_words"],
                                                       "all_per_10k": tn["clean_findings_per_10k_words"]}}}
    if not args.no_seed:
        h, t = results[SEED]["hunspell"], tl_row(tl[SEED])
        md.append(f"| seed article (fr) | Hunspell fr_FR | {h['gold']} | {h['predicted']} | {h['tp']} | "
                  f"{fmt(h['precision'])} | {fmt(h['recall'])} | {fmt(h['f1'])} | {fmt(h['fix_accuracy'])} | — | — |")
        md.append(f"| seed article (fr) | Translint | {t['gold']} | {t['predicted']} | {t['tp']} | "
                  f"{fmt(t['precision'])} | {fmt(t['recall'])} | {fmt(t['f1'])} | {fmt(t['fix_accuracy'])} | — | — |")
        out_json["seed"] = {"hunspell": h, "translint": t}

        # Rare names of the seed article: whole-word, case-sensitive occurrences.
        doc, hf = results[SEED]["docs"][0], results[SEED]["finds"][0]
        chk = subprocess.run([args.translint, "check", "--input", "jsonl", "--lang", "fr", "--no-config"],
                             input=json.dumps({"id": doc["id"], "text": doc["text"], "lang": "fr"}) + "\n",
                             capture_output=True, text=True)
        tf = json.loads(chk.stdout.strip().split("\n")[0])["findings"]
        text = doc["text"]
        for f in tf:
            assert text[f["start"]:f["end"]] == f["text"], f
        gold_spans = [(a["start"], a["end"], a["type"]) for a in doc.get("artifacts", [])]
        ov = lambda s, e, a, b: min(e, b) > max(s, a)
        md.append("")
        md.append("| rare name (seed) | occurrences | inside a gold artifact | flagged by Hunspell | "
                  "flagged by Translint (any category) | Translint rules there |")
        md.append("|---|---:|---:|---:|---:|---|")
        tot = [0, 0, 0, 0]
        names = {}
        for name in RARE_NAMES:
            occ = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
            ing = sum(any(ov(s, e, a, b) for a, b, _ in gold_spans) for s, e in occ)
            hflag = sum(any(ov(s, e, f[0], f[1]) for f in hf) for s, e in occ)
            tl_there = sorted({f["rule"] for s, e in occ for f in tf if ov(s, e, f["start"], f["end"])})
            tflag = sum(any(ov(s, e, f["start"], f["end"]) for f in tf) for s, e in occ)
            names[name] = {"occurrences": len(occ), "in_gold": ing, "hunspell": hflag, "translint": tflag}
            for k, v in enumerate((len(occ), ing, hflag, tflag)):
                tot[k] += v
            md.append(f"| {name} | {len(occ)} | {ing} | {hflag} | {tflag} | "
                      f"{', '.join(tl_there) or '—'} |")
        md.append(f"| **total** | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} | |")
        flagged_h = sum(1 for v in names.values() if v["hunspell"])
        flagged_t = sum(1 for v in names.values() if v["translint"])
        md.append("")
        md.append(f"Names flagged at least once: Hunspell {flagged_h} of {len(RARE_NAMES)}, "
                  f"Translint {flagged_t} of {len(RARE_NAMES)}.")
        out_json["seed_names"] = names
        hfix = [f"«{f[2]}» → {f[3]!r}" for f in hf]
        out_json["seed_hunspell_findings"] = hfix

    md.append("")
    md.append(f"Offset mapping: {sum(s['mapped'] for s in stats.values())} Hunspell results mapped, "
              f"{sum(s['remapped'] for s in stats.values())} needed re-locating, "
              f"{sum(s['unmapped'] for s in stats.values())} could not be placed. "
              f"{hv}; translint {tl_version}; {time.time() - t0:.0f} s.")
    text = "\n".join(md) + "\n"
    print(text)
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out_json, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
