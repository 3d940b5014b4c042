#!/usr/bin/env python3
"""Build Translint's clean (human-written) corpora from Debian 12 documentation packages.

Outputs (all relative to the repository root):
  Corpora/negative/<lang>-clean.jsonl       clean negatives (set A), one JSON document per line
  Corpora/sources/<lang>-garbler-input.txt  plain prose for the synthetic garbler (set B),
                                            one paragraph per line, paragraphs separated by a blank line
for lang in fr, es, it, pt, de, en.  Sets A and B are disjoint at paragraph level.

Sources (install them first, as root, on Debian 12 "bookworm"):

    apt-get update
    apt-get install -y installation-guide-amd64 debian-handbook debian-history \
        debian-reference-en debian-reference-fr debian-reference-es debian-reference-it \
        debian-reference-pt debian-reference-de
    pip install ftfy          # optional but recommended: encoding-damage screen

  installation-guide-amd64 20230508+deb12u1  /usr/share/doc/installation-guide-amd64/<lang>/*.html  GPL-2
  debian-handbook          11.20220922       /usr/share/doc/debian-handbook/html/<ll-CC>/*.html      GPL-2+ or CC-BY-SA-3.0
  debian-history           2.28              /usr/share/doc/debian-history/docs/*.<lang>.html        GPL-2+
  debian-reference-<lang>  2.100             /usr/share/debian-reference/*.<lang>.html (not index)   GPL-2+
                                             (paragraphs inside list items <li> are skipped)

Usage:  python3 Corpora/Scripts/build_clean_corpora.py [--root REPO] [--stats FILE.json]

The script is deterministic: files are read in sorted order, no randomness is used,
and the output depends only on the installed package contents (and the ftfy version
if ftfy is present).

Filters, in order, applied to every paragraph (<p> or DocBook/Publican <div class="para">):
  * structural: skip paragraphs inside <pre>, tables, navigation, TOCs, footnotes, title
    lines; drop a paragraph that contains a block element (<pre>, list, table, screen
    output) or whose inline code/filename/command/literal spans exceed 12 % of its text or
    are anything but single plain tokens (paths, options, command lines); footnote markers (<sup>) are removed;
  * whitespace inside a paragraph is collapsed to single ASCII spaces; NBSP (U+00A0) and
    narrow NBSP (U+202F) are kept as in the source;
  * shape: at least 12 words; no URL, e-mail address (also spelled out: "x at y dot org",
    "x chez y point fr"), file path, shell prompt, command
    option or markup-like characters; at most 3 % "non-word" characters;
  * quotation marks: typographic quotes must pair up in the paragraph (« », “ ”, „ “,
    ‹ ›, and German » «); the Spanish and English translations hold real slips such as
    «CÓDIGO FUENTE« and “stable“, which are defects, not clean text;
  * encoding: no U+FFFD, no C0/C1 control characters; if ftfy is importable, the paragraph
    must be unchanged by ftfy.fix_text (quote uncurling, width/ligature fixes and
    line-break fixes disabled; compared after NFC);
  * language: stopword lists for fr/es/it/pt/de/en; at least 12 % of the tokens must be
    stopwords of the target language, and counting only the stopwords that belong to a
    single list, the target needs >= 1 hit and >= 2x the hits of any other language;
  * exact duplicates (after whitespace normalisation) are dropped (first occurrence kept).

Documents (set A) are runs of consecutive kept paragraphs from one HTML page, joined with
"\\n\\n", 150-400 words (a single paragraph longer than 400 words forms its own document;
a short tail is merged into the previous document while it stays <= 450 words, else dropped
to the garbler pool).
Allocation: set B (garbler) gets all short tails, then is filled document by document from
the even-numbered debian-history documents, the debian-handbook pages (even index, then odd),
and the installation guide, then the Debian Reference, only as a last resort, until it holds
>= TARGET_B_SENTENCES sentences; everything else (including the odd-numbered debian-history
documents) goes to A.
"""

import argparse
import html
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

LANGS = ["fr", "es", "it", "pt", "de", "en"]

IG_DIR = "/usr/share/doc/installation-guide-amd64"
HB_DIR = "/usr/share/doc/debian-handbook/html"
HI_DIR = "/usr/share/doc/debian-history/docs"
RF_DIR = "/usr/share/debian-reference"

HB_LANG = {"fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "de": "de-DE", "en": "en-US"}

SOURCES = {
    "installation-guide-amd64": {"version": "20230508+deb12u1", "license": "GPL-2.0"},
    "debian-handbook": {"version": "11.20220922", "license": "GPL-2.0-or-later OR CC-BY-SA-3.0"},
    "debian-history": {"version": "2.28", "license": "GPL-2.0-or-later"},
    "debian-reference": {"version": "2.100", "license": "GPL-2.0-or-later"},
}

TARGET_B_SENTENCES = 2150
MIN_WORDS, MAX_WORDS = 150, 400

# --------------------------------------------------------------------------- HTML


BLOCK_IN_PARA = {"pre", "table", "ul", "ol", "dl", "blockquote", "img"}
SKIP_CONTAINERS_CLASSES = {
    "navheader", "navfooter", "toc", "footnotes", "footnote", "legalnotice", "docnav",
    "screen", "programlisting", "synopsis", "cmdsynopsis", "literallayout", "revhistory",
    "index", "titlepage", "authorgroup", "author", "othercredit", "editor", "keywords",
    "list-of-tables", "list-of-examples", "list-of-figures", "qandaset",
}
CODE_CLASSES = {
    "filename", "command", "literal", "userinput", "computeroutput", "replaceable",
    "option", "parameter", "varname", "function", "envar", "systemitem", "package",
    "uri", "email", "prompt", "code", "constant", "classname", "keycap",
    "guimenu", "guimenuitem", "guisubmenu", "guilabel", "guibutton", "keycombo", "menuchoice",
}
VOID = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr"}


class ParaExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []            # (tag, flags)
        self.paras = []
        self.cur = None            # dict while inside a paragraph
        self.skip_depth = 0        # >0 while inside skipped container
        self.li_depth = 0          # >0 while inside <li> (list items)

    def _classes(self, attrs):
        d = dict(attrs)
        return set((d.get("class") or "").split()), d

    def handle_starttag(self, tag, attrs):
        classes, d = self._classes(attrs)
        if tag in VOID:
            if self.cur is not None and tag == "img":
                self.cur["bad"] = True
            if self.cur is not None and tag == "br":
                self.cur["parts"].append(" ")
            return
        flags = set()
        if tag == "li":
            flags.add("li")
            self.li_depth += 1
        if tag in ("pre", "script", "style", "table", "sup", "head", "title") or classes & SKIP_CONTAINERS_CLASSES:
            flags.add("skip")
        is_para = (tag == "p" and not ({"title"} & classes) and d.get("id") != "title") or \
                  (tag == "div" and "para" in classes)
        if self.cur is not None:
            if tag in BLOCK_IN_PARA or (tag == "div" and classes & SKIP_CONTAINERS_CLASSES) or is_para:
                self.cur["bad"] = True
            if tag in ("code", "tt", "kbd", "samp", "var") or classes & CODE_CLASSES:
                flags.add("code")
            if tag == "sup":
                flags.add("skip")
        elif is_para and self.skip_depth == 0:
            self.cur = {"parts": [], "code": [], "bad": False, "code_depth": 0, "depth": len(self.stack),
                        "in_li": self.li_depth > 0}
            flags.add("para")
        if "skip" in flags:
            self.skip_depth += 1
        if "code" in flags and self.cur is not None:
            self.cur["code_depth"] += 1
            self.cur["code"].append("")
        self.stack.append((tag, flags))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        # pop to the matching tag (tolerate sloppy HTML)
        idx = None
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                idx = i
                break
        if idx is None:
            return
        while len(self.stack) > idx:
            t, flags = self.stack.pop()
            if "skip" in flags:
                self.skip_depth -= 1
            if "li" in flags:
                self.li_depth -= 1
            if "code" in flags and self.cur is not None:
                self.cur["code_depth"] -= 1
            if "para" in flags and self.cur is not None:
                self.paras.append(self.cur)
                self.cur = None

    def handle_data(self, data):
        if self.cur is None:
            return
        if self.skip_depth > 0:
            # inside a skipped element within the paragraph (e.g. <sup> footnote marker)
            return
        self.cur["parts"].append(data)
        if self.cur["code_depth"] > 0:
            self.cur["code"][-1] += data


WS_RE = re.compile(r"[ \t\n\r\f\v\u2028\u2029]+")  # NOT \u00a0 / \u202f


def norm_ws(s):
    return WS_RE.sub(" ", s).strip()


def extract_paragraphs(path, skip_list_items=False):
    """Paragraphs of one HTML page.  With skip_list_items, paragraphs inside <li> (list
    entries: mostly fragments and option descriptions, not running prose) are not returned."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    p = ParaExtractor()
    p.feed(src)
    p.close()
    out = []
    for para in p.paras:
        if skip_list_items and para["in_li"]:
            continue
        text = norm_ws("".join(para["parts"]))
        code = [norm_ws(c) for c in para["code"] if norm_ws(c)]
        out.append({"text": text, "bad": para["bad"], "code": code})
    return out


# --------------------------------------------------------------------------- filters

STOP = {
    "en": """the and of to is that it for with as are this be on by not or which can from you
        have its at has they their these when if there would should been into only your them
        than then other such more may must some any how what""".split(),
    "fr": """le la les de des du est et une un pour dans qui que pas sur sont avec par ce cette
        il elle ou au aux plus ne se peut être été leur ses son mais comme tout lors d l qu n s
        c à a en nous vous sa ces on aussi où très sans ainsi donc alors même peu fait était
        doit tous toutes autre autres chaque puis déjà selon""".split(),
    "es": """el la los las de del y que en es un una por para con se no su sus al lo como más
        pero este esta son ha puede también sin sobre cuando muy hay ser está a o usted ya si
        sólo solo otros otro tiene hasta desde entre pueden debe esto estos estas ese esa así
        donde cada mismo después según porque aunque tienen hace uno otra nuevo nueva le les""".split(),
    "it": """il lo la gli le di del della dei delle e è che un una per con non si sono nel nella
        al alla anche come più questo questa ma essere può ha da dal degli l in ad ed sul sulla
        molto quando quindi poi ogni tutti tutte stato ancora già solo dove cosa perché però
        dopo senza sia viene vengono deve hanno possono all nell dell""".split(),
    "pt": """o a os as de do da dos das e é que em um uma para com não se no na nos ao por mais
        como mas pode seu sua são também este esta isso ser está quando à às pelo pela ou você
        seus suas num numa onde até já só muito podem deve esse essa isto então sem sobre entre
        depois cada ainda assim porque outro outros novo nova foi tem têm""".split(),
    "de": """der die das und ist nicht ein eine zu den dem des mit sich auf für von im auch es
        wird werden sind kann oder wenn aber nur bei noch dass diese einen einer wie als aus in
        an was also so sie wir ihr nach über zum zur durch vom dieser dieses können müssen
        haben hat wurde sein man kein keine""".split(),
}
_owners = {}
for _l, _ws in STOP.items():
    for _w in set(_ws):
        _owners.setdefault(_w, set()).add(_l)
WEIGHT = {w: 1.0 / len(ls) for w, ls in _owners.items()}
TOKEN_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def lang_scores(text):
    """Per-language stopword hits: weighted (shared words split between their languages)."""
    toks = TOKEN_RE.findall(text.lower())
    sc = {l: 0.0 for l in LANGS}
    for t in toks:
        for l in _owners.get(t, ()):
            sc[l] += WEIGHT[t]
    return sc, max(len(toks), 1)


def exclusive_scores(text):
    """Hits of stopwords that belong to exactly one of the six lists."""
    toks = TOKEN_RE.findall(text.lower())
    sc = {l: 0 for l in LANGS}
    for t in toks:
        ls = _owners.get(t)
        if ls and len(ls) == 1:
            sc[next(iter(ls))] += 1
    return sc


def detect(text):
    sc, n = lang_scores(text)
    ex = exclusive_scores(text)
    return max(LANGS, key=lambda l: (ex[l], sc[l]))


def is_lang(text, lang):
    """The paragraph is clearly `lang`: enough stopwords overall, and on the words
    exclusive to one list the target has >= 1 hit and >= 2x any other language."""
    sc, n = lang_scores(text)
    ex = exclusive_scores(text)
    other = max(v for l, v in ex.items() if l != lang)
    full = sum(1 for t in TOKEN_RE.findall(text.lower()) if lang in _owners.get(t, ()))
    ok = full / n >= 0.12 and ex[lang] >= 1 and ex[lang] >= 2 * other
    return ok, detect(text)


BAD_SHAPE_RE = re.compile(
    r"(://|www\.|\S@\S+\.\w|(^|[\s(\"'«“])[~.]?/[A-Za-z0-9_.-]|\b[A-Za-z]:\\|"
    r"(^|\s)--?[a-z][a-z-]*\b(?=\s|$|[,.;)])|[{}<>\[\]|\\=_#$^*`]|(^|\s)#\s|\.\.\.\s*\]|"
    r"\b[a-z][\w-]*\.(conf|list|sh|py|pl|deb|iso|img|cfg|txt|html|org|com|net|gz|xz|d)\b)"
)
# spelled-out e-mail addresses in credits ("jean chez wanadoo.fr", "x at gmail dot com")
OBFUSCATED_EMAIL_RE = re.compile(
    r"\b[\w.-]+ (?:(?:at|presso|arroba) [A-Za-z][\w-]* (?:dot|punto|ponto) [A-Za-z]+|"
    r"chez [A-Za-z][\w-]*(?:\.| point )[A-Za-z]+)\b"
)
ALLOWED_PUNCT = set(".,;:!?'\"«»“”„‘’‚()-–—/…%&+\u00a0\u202f ")


def nonword_ratio(text):
    n = 0
    for ch in text:
        if ch.isalnum() or ch.isspace() or ch in ALLOWED_PUNCT:
            continue
        n += 1
    return n / max(len(text), 1)


C_CTRL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")

try:
    import ftfy  # type: ignore

    FTFY_CFG = ftfy.TextFixerConfig(
        uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
        fix_line_breaks=False, normalization="NFC", explain=False,
    )
    FTFY_VERSION = ftfy.__version__
except Exception:  # pragma: no cover
    ftfy = None
    FTFY_VERSION = None


def encoding_ok(text):
    if C_CTRL_RE.search(text):
        return False
    if ftfy is not None:
        a = unicodedata.normalize("NFC", text)
        b = ftfy.fix_text(a, config=FTFY_CFG)
        if norm_ws(b) != norm_ws(a):
            return False
    return True


def quotes_ok(text, lang):
    """True when the typographic quotation marks of the paragraph pair up."""
    pairs = {"«": "»", "“": "”", "„": "“", "‹": "›"}
    if lang == "de":
        pairs = {"„": "“", "»": "«", "‚": "‘", "“": "”"}
    closers = set(pairs.values())
    stack = []
    for ch in text:
        if stack and ch == pairs[stack[-1]]:
            stack.pop()
        elif ch in pairs:
            stack.append(ch)
        elif ch in closers or ch in "»”›":
            return False
    return not stack


def words(text):
    return text.split()


SENT_RE = re.compile(r"(?<=[.!?…])[\"»”’)]*\s+(?=[\"«“‘(¿¡]?[A-ZÀ-ÖØ-Þ0-9])")


def count_sentences(text):
    return len([s for s in SENT_RE.split(text) if s.strip()])


def check(par, lang, stats, key):
    """Return None if kept, else the reason it was dropped."""
    text = par["text"]
    if par["bad"]:
        return "structure"
    if len(words(text)) < MIN_PARA_WORDS:
        return "short"
    code = par["code"]
    codelen = sum(len(c) for c in code)
    if codelen > 0.12 * len(text) or any(CODE_BAD_RE.search(c) for c in code):
        return "code"
    if BAD_SHAPE_RE.search(text) or OBFUSCATED_EMAIL_RE.search(text):
        return "shape"
    if nonword_ratio(text) > 0.03:
        return "nonword"
    if not quotes_ok(text, lang):
        return "quotes"
    if not encoding_ok(text):
        return "encoding"
    ok, best = is_lang(text, lang)
    if not ok:
        stats.setdefault("lang_dropped_by_detected", {}).setdefault(key, {})
        d = stats["lang_dropped_by_detected"][key]
        d[best] = d.get(best, 0) + 1
        return "language"
    return None


MIN_PARA_WORDS = 12
# an inline code span is tolerated only if it is a single plain token (a command or
# package name such as "apt" or "dpkg"); paths, options, assignments and multi-word
# command lines make the paragraph "code".
CODE_BAD_RE = re.compile(r"[/=\\:;$<>|*{}\[\]]|\s|^-|^\.")

# --------------------------------------------------------------------------- sources


def page_list(lang):
    """Yield (source_name, page_id, path, category) in a fixed order."""
    pages = []
    # debian-history
    for name in ["intro", "leaders", "releases", "detailed", "manifesto"]:
        p = os.path.join(HI_DIR, f"{name}.{lang}.html")
        if os.path.exists(p):
            pages.append(("debian-history", name, p, "history"))
    # debian-handbook
    d = os.path.join(HB_DIR, HB_LANG[lang])
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".html") and fn not in ("index.html",):
            pages.append(("debian-handbook", fn, os.path.join(d, fn), "handbook"))
    # installation guide (apf = GNU GPL text, not prose of the guide)
    d = os.path.join(IG_DIR, lang)
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".html") and fn != "apf.html":
            pages.append(("installation-guide-amd64", fn, os.path.join(d, fn), "install"))
    # Debian Reference (index = table of contents); list items are skipped (see build_lang)
    suffix = f".{lang}.html"
    for fn in sorted(os.listdir(RF_DIR)):
        if fn.endswith(suffix) and not fn.startswith("index."):
            pages.append(("debian-reference", fn, os.path.join(RF_DIR, fn), "reference"))
    return pages


def source_label(src, lang):
    ll = {"debian-handbook": HB_LANG[lang]}.get(src, lang)
    return f"{src} {SOURCES[src]['version']} ({ll})"


def make_docs(paras):
    """Group consecutive kept paragraphs (list of (idx, text)) into 150-400 word documents.
    Paragraphs must be consecutive in the source page (no dropped paragraph in between is
    allowed? -- we allow gaps: a document is a run of kept paragraphs in page order).
    Returns (docs, leftovers) where docs is a list of lists of texts."""
    docs, cur, cur_w = [], [], 0
    leftovers = []
    for t in paras:
        w = len(words(t))
        if cur and cur_w + w > MAX_WORDS:
            if cur_w >= MIN_WORDS:
                docs.append(cur)
            else:
                leftovers.extend(cur)
            cur, cur_w = [], 0
        cur.append(t)
        cur_w += w
        if cur_w >= MIN_WORDS and cur_w >= 250:
            docs.append(cur)
            cur, cur_w = [], 0
    if cur:
        if cur_w >= MIN_WORDS:
            docs.append(cur)
        elif docs and sum(len(words(x)) for x in docs[-1]) + cur_w <= 450:
            docs[-1] = docs[-1] + cur
        else:
            leftovers.extend(cur)
    return docs, leftovers


def build_lang(lang, stats):
    seen = set()
    st = stats.setdefault(lang, {"dropped": {}, "kept_paragraphs": 0})
    pages = []
    for src, pid, path, cat in page_list(lang):
        kept = []
        for par in extract_paragraphs(path, skip_list_items=(cat == "reference")):
            if not par["text"]:
                continue
            if lang != "en" and len(words(par["text"])) >= MIN_PARA_WORDS:
                if is_lang(par["text"], "en")[0]:
                    k = f"english_paragraphs_before_other_filters:{src}"
                    st[k] = st.get(k, 0) + 1
            reason = check(par, lang, stats, f"{lang}/{src}")
            if reason is None:
                key = par["text"]
                if key in seen:
                    reason = "duplicate"
                else:
                    seen.add(key)
            if reason:
                k = f"{src}:{reason}"
                st["dropped"][k] = st["dropped"].get(k, 0) + 1
                continue
            kept.append(par["text"])
        st["kept_paragraphs"] += len(kept)
        if kept:
            docs, left = make_docs(kept)
            pages.append({"src": src, "page": pid, "cat": cat, "docs": docs, "left": left})
    return pages


def allocate(pages):
    """Fill set B (garbler) from history then handbook, interleaved; rest to A."""
    hist = [p for p in pages if p["cat"] == "history"]
    hb = [p for p in pages if p["cat"] == "handbook"]
    # leftovers (short tails) always go to B: they are not documents.
    B_pars = []
    for p in pages:
        B_pars.extend(p["left"])
    nsent = sum(count_sentences(t) for t in B_pars)
    A_docs = []   # (src, page, doc)
    # candidate order for B: even-numbered debian-history documents (odd ones are kept
    # for A, so A always mixes all three sources), handbook pages with even index, then
    # odd index, then the installation guide as a last resort.
    ig = [p for p in pages if p["cat"] == "install"]
    cand = []
    for p in hist:
        for i, d in enumerate(p["docs"]):
            if i % 2 == 0:
                cand.append((0, p, d))
    for j, p in enumerate(hb):
        for d in p["docs"]:
            cand.append((1 if j % 2 == 0 else 2, p, d))
    for p in ig:
        for d in p["docs"]:
            cand.append((3, p, d))
    for p in pages:
        if p["cat"] == "reference":
            for d in p["docs"]:
                cand.append((4, p, d))
    cand.sort(key=lambda x: x[0])  # stable
    in_B = set()
    for _, p, d in cand:
        if nsent >= TARGET_B_SENTENCES:
            break
        in_B.add(id(d))
        B_pars.extend(d)
        nsent += sum(count_sentences(t) for t in d)
    for p in pages:
        for d in p["docs"]:
            if id(d) not in in_B:
                A_docs.append((p["src"], p["page"], d))
    # restore source order of B paragraphs is not needed; keep deterministic order as built
    return A_docs, B_pars, nsent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    ap.add_argument("--stats", default=None)
    args = ap.parse_args()
    neg = os.path.join(args.root, "Corpora", "negative")
    srcd = os.path.join(args.root, "Corpora", "sources")
    os.makedirs(neg, exist_ok=True)
    os.makedirs(srcd, exist_ok=True)
    stats = {"ftfy": FTFY_VERSION}
    for lang in LANGS:
        pages = build_lang(lang, stats)
        A, B, nsent = allocate(pages)
        st = stats[lang]
        n = 0
        bysrc = {}
        with open(os.path.join(neg, f"{lang}-clean.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for src, page, d in A:
                n += 1
                text = "\n\n".join(d)
                rec = {
                    "id": f"{lang}-neg-{n:05d}",
                    "lang": lang,
                    "garbled": False,
                    "source": source_label(src, lang),
                    "license": SOURCES[src]["license"],
                    "text": text,
                    "artifacts": [],
                }
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                b = bysrc.setdefault(src, {"docs": 0, "words": 0, "paragraphs": 0, "sentences": 0})
                b["docs"] += 1
                b["words"] += len(words(text))
                b["paragraphs"] += len(d)
                b["sentences"] += sum(count_sentences(t) for t in d)
        st["A"] = {"docs": n, "words": sum(v["words"] for v in bysrc.values()),
                   "sentences": sum(v["sentences"] for v in bysrc.values()), "by_source": bysrc}
        with open(os.path.join(srcd, f"{lang}-garbler-input.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(B) + "\n")
        st["B"] = {"paragraphs": len(B), "sentences": nsent, "words": sum(len(words(t)) for t in B)}
        print(f"{lang}: A {n} docs {st['A']['words']} words | B {len(B)} paras {nsent} sentences "
              f"{st['B']['words']} words", file=sys.stderr)
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
