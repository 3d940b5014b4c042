#!/usr/bin/env python3
"""Build Corpora/in-the-wild/seed-article-fr.jsonl from seed-article-fr.txt.

Every gold artifact is written as a LABELS entry:

    (search, occurrence, sub, type, fix, note)

`search` is a literal string located with str.find; `occurrence` is the 0-based
index of the occurrence of `search` to use; `sub` is the labeled span, located
as the first occurrence of `sub` inside that occurrence of `search` (None means
the whole `search` string). `fix` is the replacement for the span ("" deletes
it; None means "no single correct fix": the key is omitted). Offsets are Python
str indices (Unicode scalars), end-exclusive, as required by Corpora/README.md.

The script asserts that every span is found and has the expected text, that no
two labels of the same type share the exact same span, and that no two labels
overlap unless they are explicitly allowed to (the nested labels inside
duplicate lines). Re-running it rewrites the JSONL byte-for-byte identically.

Usage:  python3 Corpora/Scripts/label_seed.py [--check]
"""
import collections
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TXT = os.path.join(ROOT, "Corpora", "in-the-wild", "seed-article-fr.txt")
OUT = os.path.join(ROOT, "Corpora", "in-the-wild", "seed-article-fr.jsonl")

SOURCE = ("French machine translation (es->fr) of a Spanish-language news article "
          "dated 2024-06-18 about a state visit (Vladimir Putin's trip to North Korea); "
          "collected as a sample of syndicated MT copy. Entity names in the Spanish "
          "original were hyperlinks, so words got glued at link boundaries.")
LICENSE = ("Quoted for research/testing as a sample of defective machine-translated "
           "copy; see Corpora/README.md")

TITLE = ("En route vers sa visite au dictateur Kim Jong-un, Poutine a assuré qu’ils "
         "continueraient à « s’opposer aux ambitions occidentales »\n")
CAPTION_VOSTOCHNY = ("Le président russe Vladimir Poutine, à droite, et le dirigeant "
                     "nord-coréen Kim Jong Un se serrent la main lors de leur rencontre au "
                     "cosmodrome de Vostochny. (Vladimir Smirnov, Spoutnik, photo de la "
                     "piscine du Kremlin via AP, fichier)\n")
CAPTION_FLAGS = ("Les drapeaux de la Corée du Nord (à gauche) et de la Russie. "
                 "EFE/EPA/ARTEM GEODAKYAN/SPOUTNIK/KREMLIN / PISCINE CRÉDIT OBLIGATOIRE\n")
CAPTION_REUTERS = "Le président de la Russie, Vladimir Poutine. REUTERS/Maxim Schemetov\n"
NEXT_LINE = "\nNEXT Liga MX Femenil : Tuzas et Chivas ouvrent le tournoi avec des victoires"

MW, SA, DA = "merged-word", "stray-article", "doubled-article"
RP, WP, MA = "redundant-pronoun", "wrong-pronoun", "missing-article"
MH, CAP, LT = "missing-hyphen", "capitalization", "literal-translation"
DL, UQ, LB = "duplicate-line", "unbalanced-quotes", "leaked-boilerplate"
SP, OT = "spacing", "other"

SPLIT = "link-boundary merge (es hyperlink); insert a space"

LABELS = [
    # --- header: title repeated, lone dash -------------------------------------
    (TITLE, 1, None, DL, "", "title line repeated (2nd copy); delete"),
    (TITLE, 2, None, DL, "", "title line repeated (3rd copy); delete"),
    ("\n-\n", 0, "-\n", LB, "", "lone '-' separator line left over from the page layout"),

    # --- paragraph: "Il Le président ..." ------------------------------------------
    ("Il Le président", 0, "Il ", SA, "", "stray 'Il' before the sentence's real subject 'Le président'"),
    ("Poutine remercié Corée", 0, "remercié", OT, "a remercié", "missing auxiliary: 'Poutine a remercié'"),
    ("remercié Corée du Nord", 0, "Corée", MA, "la Corée", "country name needs its article: 'la Corée du Nord'"),
    ("soutenu leurs actions", 0, "leurs", OT, "ses",
     "wrong possessive (es 'sus' is ambiguous): Putin's actions -> 'ses actions'"),
    ("actions dans Ukraine", 0, "dans Ukraine", MA, "en Ukraine", "'dans Ukraine' -> 'en Ukraine'"),
    ("menées par États Unis en se", 0, "par", MA, "par les", "'par les États-Unis': article missing"),
    ("menées par États Unis en se", 0, "États Unis", MH, "États-Unis", "'États-Unis' is hyphenated"),
    ("avec le Le dirigeant", 0, "le Le", DA, "le", "article doubled at a link boundary"),

    ("Les commentaires de Poutine est apparu", 0, "est apparu", OT, "sont apparus",
     "subject-verb agreement: 'Les commentaires ... sont apparus'"),

    # --- Pyongyang paragraph --------------------------------------------------------
    ("Pyongyangla", 0, None, MW, "Pyongyang la", SPLIT + " (an apposition comma is also missing)"),
    ("disait : «Nous", 0, "«", SP, "« ",
     "French guillemets take a (non-breaking) space inside: '« Nous'"),
    ("Fédération de Russie».", 0, "»", SP, " »",
     "French guillemets take a (non-breaking) space inside: 'Russie »'"),

    # --- Vostochny caption (twice) --------------------------------------------------
    ("Vladimir Smirnov, Spoutnik", 0, "Spoutnik", LT, "Sputnik",
     "agency name in a photo credit translated; the agency is 'Sputnik' (as in the first caption)"),
    ("photo de la piscine du Kremlin", 0, "photo de la piscine", LT, "photo pool",
     "'pool photo' (es 'foto de pool') mistranslated as swimming pool"),
    ("via AP, fichier)", 0, "fichier", LT, "archives",
     "AP caption 'File' (file photo) translated as 'fichier'; French credits say 'archives'"),
    (CAPTION_VOSTOCHNY, 1, None, DL, "", "caption repeated; delete the second copy"),
    ("Vladimir Smirnov, Spoutnik", 1, "Spoutnik", LT, "Sputnik",
     "agency name in a photo credit translated (repeated caption)"),
    ("photo de la piscine du Kremlin", 1, "photo de la piscine", LT, "photo pool",
     "'pool photo' mistranslated as swimming pool (repeated caption)"),
    ("via AP, fichier)", 1, "fichier", LT, "archives",
     "'File' translated as 'fichier' (repeated caption)"),

    # --- "Poutinequi fera ..." ------------------------------------------------------
    ("Poutinequi", 0, None, MW, "Poutine qui", SPLIT + " (commas around the relative clause also missing)"),
    ("premier voyage à Corée du Nord", 0, "à Corée", MA, "en Corée",
     "'à Corée du Nord' -> 'en Corée du Nord' (feminine country takes 'en')"),
    ("« résolument à l’opposé des ambitions", 0, "résolument à l’opposé des", OT,
     "à s’opposer résolument aux",
     "mistranslated verb: 'continue to resolutely oppose' rendered as 'à l’opposé des' (the opposite of)"),
    ("dit que Russie et Corée du Nord développera", 0, "Russie", MA, "la Russie", "'la Russie': article missing"),
    ("dit que Russie et Corée du Nord développera", 0, "Corée", MA, "la Corée", "'la Corée du Nord': article missing"),
    ("dit que Russie et Corée du Nord développera", 0, "développera", OT, "développeraient",
     "agreement (two subjects -> plural) and sequence of tenses after 'a dit que'"),

    # --- sanctions paragraph --------------------------------------------------------
    ("\nCorée du Nord est soumis", 0, "Corée", MA, "La Corée", "sentence-initial country without article"),
    ("Corée du Nord est soumis à", 0, "soumis", OT, "soumise", "gender agreement with 'la Corée du Nord'"),
    ("sécurité du ONU pour ses programmes", 0, "du ONU", MA, "de l’ONU", "'du ONU' -> 'de l’ONU' (elided article)"),
    ("tandis que Russie", 0, "Russie", MA, "la Russie", "'la Russie': article missing"),
    ("sanctions de États Unis et ses", 0, "de", MA, "des", "'de États-Unis' -> 'des États-Unis'"),
    ("sanctions de États Unis et ses", 0, "États Unis", MH, "États-Unis", "'États-Unis' is hyphenated"),
    ("Unis et ses partenaires", 0, "et ses", OT, "et de leurs",
     "wrong possessive for the (plural) United States and missing 'de': 'et de leurs partenaires'"),
    ("pour leur agression en Ukraine", 0, "leur", OT, "son",
     "wrong possessive (es 'su'): Russia's aggression -> 'son agression'"),

    ("Poutine Il a déclaré", 0, "Il ", RP, "", "subject pronoun repeated after the subject 'Poutine'"),

    # --- Iakoutsk paragraph -----------------------------------------------------------
    ("partir vers Corée du Nord", 0, "Corée", MA, "la Corée", "'la Corée du Nord': article missing"),
    ("Poutine je voyage", 0, "je", WP, None,
     "first-person pronoun for a third-person subject; needs a verb change ('Poutine se rend' / 's’est rendu')"),
    ("Iakoutskune", 0, None, MW, "Iakoutsk une", SPLIT + " ('Iakoutsk' occurs unmerged elsewhere)"),
    ("l’est de Russieoù", 0, "de", MA, "de la", "'à l’est de la Russie': article missing"),
    ("Russieoù", 0, None, MW, "Russie où", SPLIT),
    ("recevez des informations", 0, "recevez", OT, "recevoir",
     "imperative instead of infinitive (parallel to 'de rencontrer')"),

    # --- arms deal paragraph ----------------------------------------------------------
    ("Poutine Cela survient", 0, "Cela ", RP, "", "redundant demonstrative pronoun after the subject"),
    ("fournit Moscou munitions", 0, "Moscou", OT, "à Moscou", "missing preposition: 'fournit à Moscou'"),
    ("fournit Moscou munitions", 0, "munitions", MA, "des munitions", "missing article: 'des munitions'"),
    ("la guerre Russie dans Ukraine", 0, "Russie", MA, "de la Russie", "missing 'de la': 'la guerre de la Russie'"),
    ("la guerre Russie dans Ukraine", 0, "dans Ukraine", MA, "en Ukraine", "'dans Ukraine' -> 'en Ukraine'"),

    # --- flags caption (twice) --------------------------------------------------------
    ("/SPOUTNIK/", 0, "SPOUTNIK", LT, "SPUTNIK", "agency slug translated in a credit line"),
    ("PISCINE CRÉDIT OBLIGATOIRE", 0, None, LT, "POOL MANDATORY CREDIT",
     "EPA credit slug 'POOL MANDATORY CREDIT' translated word for word (pool -> swimming pool); "
     "credit slugs are reproduced verbatim"),
    (CAPTION_FLAGS, 1, None, DL, "", "caption repeated; delete the second copy"),
    ("/SPOUTNIK/", 1, "SPOUTNIK", LT, "SPUTNIK", "agency slug translated (repeated caption)"),
    ("PISCINE CRÉDIT OBLIGATOIRE", 1, None, LT, "POOL MANDATORY CREDIT",
     "credit slug translated word for word (repeated caption)"),

    # --- "Responsables ... Ils disent" ------------------------------------------------
    ("Responsables américains et sud-coréens Ils disent", 0, "Responsables", MA, "Des responsables",
     "bare plural subject (es 'Funcionarios ...'): 'Des responsables'"),
    ("Responsables américains et sud-coréens Ils disent", 0, "Ils ", RP, "",
     "subject pronoun repeated after the subject"),
    ("entre Corée du Nord et Russie ont", 0, "Corée", MA, "la Corée", "'la Corée du Nord': article missing"),
    ("entre Corée du Nord et Russie ont", 0, "Russie", MA, "la Russie", "'la Russie': article missing"),
    ("depuis Kim il a rencontré", 0, "depuis", OT, "depuis que", "conjunction needed before a clause: 'depuis que'"),
    ("depuis Kim il a rencontré", 0, "il ", RP, "", "subject pronoun repeated after 'Kim'"),
    ("Poutine dans Septembre", 0, "dans", OT, "en", "wrong preposition with a month (es 'en'): 'en septembre'"),
    ("Poutine dans Septembre", 0, "Septembre", CAP, "septembre", "French month names are lowercase"),
    ("russe, la première depuis 2019", 0, "la première", OT, "leur première rencontre",
     "elliptical 'la première' has no noun to refer to: 'leur première rencontre'"),

    # --- "ils accusent ..." -------------------------------------------------------------
    ("Responsables américains et sud-coréens ils accusent", 0, "Responsables", MA, "Des responsables",
     "bare plural subject: 'Des responsables'"),
    ("Responsables américains et sud-coréens ils accusent", 0, "ils ", RP, "",
     "subject pronoun repeated after the subject"),
    ("accusent Corée du Nord fournir Russie artillerie", 0, "Corée", MA, "la Corée", "'la Corée du Nord': article missing"),
    ("accusent Corée du Nord fournir Russie artillerie", 0, "fournir", OT, "de fournir",
     "'accuser qqn de faire': preposition 'de' missing"),
    ("accusent Corée du Nord fournir Russie artillerie", 0, "Russie", MA, "à la Russie",
     "missing 'à la': 'fournir à la Russie'"),
    ("accusent Corée du Nord fournir Russie artillerie", 0, "artillerie", MA, "de l’artillerie",
     "missing partitive article: 'de l’artillerie'"),
    ("utilisés dans Ukraineéventuellement", 0, "dans", MA, "en",
     "'dans Ukraine' -> 'en Ukraine' (span is the preposition; the country is inside the merged token)"),
    ("Ukraineéventuellement", 0, None, MW, "Ukraine éventuellement", SPLIT + " (a comma is also missing)"),
    ("nord-coréensce", 0, None, MW, "nord-coréens ce", SPLIT + " (a comma is also missing)"),
    ("sécurité du ONU Quoi", 0, "du ONU", MA, "de l’ONU", "'du ONU' -> 'de l’ONU'"),
    ("ONU Quoi Russie", 0, "Quoi", LT, "que",
     "es relative 'que' rendered as interrogative 'Quoi'"),
    ("Quoi Russie préalablement", 0, "Russie", MA, "la Russie", "'la Russie': article missing"),
    ("Russie préalablement approuvé.", 0, "préalablement approuvé", OT, "avait préalablement approuvées",
     "auxiliary dropped (es 'había aprobado') and participle agreement with 'sanctions'"),

    # --- China paragraph --------------------------------------------------------------
    ("Avec Chine, Russie a fourni", 0, "Chine", MA, "la Chine", "'Avec la Chine': article missing"),
    ("Avec Chine, Russie a fourni", 0, "Russie", MA, "la Russie", "'la Russie': article missing"),
    ("menés par États Unis imposer", 0, "par", MA, "par les", "'par les États-Unis': article missing"),
    ("menés par États Unis imposer", 0, "États Unis", MH, "États-Unis", "'États-Unis' is hyphenated"),
    ("menés par États Unis imposer", 0, "imposer", OT, "pour imposer", "missing preposition before the infinitive"),
    ("sanctions ONU au Nord", 0, "ONU", MA, "de l’ONU", "'sanctions de l’ONU': 'de l’' missing"),

    # --- March veto paragraph -----------------------------------------------------------
    ("Dans Marsun veto", 0, "Dans", OT, "En", "wrong preposition with a month (es 'En marzo'): 'En mars'"),
    ("Marsun", 0, None, MW, "Mars un",
     SPLIT + " (the month should also be lowercase, 'mars'; not labeled separately to avoid overlapping fixes)"),
    ("au Les Nations", 0, "au Les", DA, "aux", "'au Les Nations' -> 'aux Nations'"),
    ("sanctions des ONU", 0, "des ONU", MA, "de l’ONU", "wrong article form: 'de l’ONU'"),
    ("contre Corée du Nord pour son", 0, "Corée", MA, "la Corée", "'la Corée du Nord': article missing"),
    ("lesquelles il Moscou", 0, "il ", RP, "", "stray subject pronoun before the subject 'Moscou'"),
    ("Pyongyang utiliser dans Ukraine", 0, "utiliser", OT, "pour les utiliser",
     "purpose infinitive without 'pour' and object pronoun: 'pour les utiliser'"),
    ("Pyongyang utiliser dans Ukraine", 0, "dans Ukraine", MA, "en Ukraine", "'dans Ukraine' -> 'en Ukraine'"),
    ("Responsables américains et sud-coréens Ils ont déclaré", 0, "Responsables", MA, "Des responsables",
     "bare plural subject: 'Des responsables'"),
    ("Responsables américains et sud-coréens Ils ont déclaré", 0, "Ils ", RP, "",
     "subject pronoun repeated after the subject"),

    # --- limousine paragraph ------------------------------------------------------------
    ("Poutine l’a envoyé à Kim", 0, "l’", RP, "",
     "redundant object clitic copied from es 'le envió' (indirect object doubling)"),
    ("limousine Sénat d’Aurus", 0, "Sénat d’Aurus", LT, None,
     "car model 'Aurus Senat' translated as 'Senate of Aurus' (should read 'Aurus Senat')"),
    ("qu’il avait montré au", 0, "montré", OT, "montrée",
     "past participle agrees with the preceding object 'qu’' (= la limousine)"),
    ("se sont rencontrés Septembre", 0, "rencontrés", OT, "rencontrés en",
     "preposition 'en' missing before the month"),
    ("se sont rencontrés Septembre", 0, "Septembre", CAP, "septembre", "French month names are lowercase"),
    ("résolution du ONU qui", 0, "du ONU", MA, "de l’ONU", "'du ONU' -> 'de l’ONU'"),
    ("de luxe à Corée du Nord", 0, "Corée", MA, "la Corée", "'à la Corée du Nord': article missing"),

    # --- Kirby paragraph ----------------------------------------------------------------
    ("sécurité de États Unisa", 0, "de", MA, "des", "'de États-Unis' -> 'des États-Unis'"),
    ("sécurité de États Unisa", 0, "États ", MH, "États-",
     "'États-Unis' is hyphenated (span stops before the merged token 'Unisa')"),
    ("États Unisa", 0, "Unisa", MW, "Unis a", SPLIT + " (a comma before 'a déclaré' is also missing)"),
    ("Pyongyang c’est préoccupant", 0, "c’", RP, "",
     "resumptive 'c’' after the subject 'les relations ...'"),
    ("Pyongyang c’est préoccupant", 0, "est préoccupant", OT, "sont préoccupantes",
     "agreement with the plural feminine subject 'les relations'"),

    (CAPTION_REUTERS, 1, None, DL, "", "caption repeated; delete the second copy"),

    # --- Kirby quote -----------------------------------------------------------------
    ("très près.“", 0, "“", UQ, "»", "quote opened with « but closed with an English opening mark “"),
    ("“, dit.", 0, "dit", OT, "a-t-il dit",
     "subject of the reporting verb dropped (es 'dijo'): 'a-t-il dit'"),

    # --- Lim Soosuk paragraph -----------------------------------------------------------
    ("Soosukporte-parole", 0, None, MW, "Soosuk porte-parole",
     SPLIT + " ('porte-parole' occurs unmerged elsewhere; a comma is also missing)"),
    ("Corée du sudil", 0, "sudil", MW, "sud il",
     SPLIT + ". The split leaves two more errors inside this token, not labeled separately to avoid "
     "overlapping fixes: 'Sud' needs a capital and 'il' is a redundant pronoun"),
    ("souligné Moscou que", 0, "Moscou", OT, "auprès de Moscou",
     "es 'subrayó a Moscú' calqued without a preposition: 'a souligné auprès de Moscou'"),
    ("entre Russie et Corée du Nord ne doit", 0, "Russie", MA, "la Russie", "'la Russie': article missing"),
    ("entre Russie et Corée du Nord ne doit", 0, "Corée", MA, "la Corée", "'la Corée du Nord': article missing"),
    ("ne doit pas « aller", 0, "«", UQ, None,
     "opening « never closed (a » belongs after 'région'); close or delete"),
    ("de la ONU", 0, None, MA, "de l’ONU", "'de la ONU' -> 'de l’ONU' (elision)"),

    # --- tensions paragraph --------------------------------------------------------------
    ("dans le péninsules coréennes", 0, "le péninsules coréennes", OT, "la péninsule coréenne",
     "gender/number: 'la péninsule coréenne'"),
    ("tests d’armes Kim", 0, "Kim", OT, "de Kim", "missing 'de' before the possessor: 'd’armes de Kim'"),
    ("impliquant Les États-Unis", 0, "Les", CAP, "les", "capitalised article mid-sentence"),
    ("Japon s’intensifient", 0, "s’intensifient", OT, None,
     "absolute construction calqued from es 'con el ritmo ... intensificándose'; needs restructuring "
     "(e.g. 'alors que le rythme ... s’intensifie')"),

    # --- Kremlin / Vietnam paragraph -------------------------------------------------
    ("Après que Corée", 0, "Après que", OT, "Après",
     "es 'Después de Corea del Norte' (a noun) rendered with a clause conjunction 'Après que'"),
    ("que Corée du Nordil", 0, "Corée", MA, "la Corée", "'la Corée du Nord': article missing"),
    ("Nordil", 0, None, MW, "Nord il",
     SPLIT + ". 'il' here is the es article 'el' (el Kremlin) mistranslated; the intended text is "
     "'Nord, le Kremlin' (not labeled separately to avoid overlapping fixes)"),
    ("Nordil kremlin", 0, "kremlin", CAP, "Kremlin", "proper noun 'Kremlin' is capitalised"),
    ("kremlin il a dit", 0, "il ", RP, "", "subject pronoun repeated after 'kremlin'"),
    ("Poutine je visiterai", 0, "je", WP, None,
     "first-person pronoun and verb for a third-person subject; needs 'Poutine visitera'"),
    ("également Viêt Nam Mercredi", 0, "Viêt Nam", MA, "le Viêt Nam", "'le Viêt Nam': article missing"),
    ("Viêt Nam Mercredi", 0, "Mercredi", CAP, "mercredi", "French weekday names are lowercase"),
    ("commerce. États Unis a critiqué", 0, "États", MA, "Les États",
     "sentence-initial 'États-Unis' needs its article 'Les'"),
    ("commerce. États Unis a critiqué", 0, " Unis", MH, "-Unis",
     "'États-Unis' is hyphenated (span avoids the article label on 'États')"),
    ("commerce. États Unis a critiqué", 0, "a critiqué", OT, "ont critiqué",
     "agreement with the plural 'Les États-Unis'"),

    # --- embassy quote ---------------------------------------------------------------
    ("“Alors que Russie", 0, "“", UQ, "«", "quote opened with English “ but closed with French »"),
    ("Alors que Russie continue", 0, "Russie", MA, "la Russie", "'la Russie': article missing"),
    ("brutale contre Ukrainenous", 0, "contre", MA, "contre l’",
     "'contre l’Ukraine': article missing (span is the preposition; the country is inside the merged token)"),
    ("Ukrainenous", 0, None, MW, "Ukraine nous", SPLIT + " (a comma is also missing)"),
    ("donner Poutine une", 0, "Poutine", OT, "à Poutine", "missing preposition: 'donner à Poutine'"),
    ("de États Unis dans Viêt", 0, "de", MA, "des", "'de États-Unis' -> 'des États-Unis'"),
    ("de États Unis dans Viêt", 0, "États Unis", MH, "États-Unis", "'États-Unis' is hyphenated"),
    ("Unis dans Viêt Nam c’est", 0, "dans Viêt Nam", MA, "au Viêt Nam", "'dans Viêt Nam' -> 'au Viêt Nam'"),
    ("Viêt Nam c’est une déclaration", 0, "c’est une déclaration", LT, "dans une déclaration",
     "es 'en un comunicado' mistranslated as 'c’est une' (a comma before it is also missing)"),

    # --- footer ----------------------------------------------------------------------
    ("(Avec les informations d’AP)", 0, "Avec les informations d’AP", LT, "Avec AP",
     "calque of es '(Con información de AP)'; French agency attribution is '(Avec AP)'"),
    ("\n-\n", 1, "-\n", LB, "", "lone '-' separator line left over from the page layout"),
    (NEXT_LINE, 0, None, LB, "", "'next article' teaser from the publishing site (last line, with its preceding newline)"),
]

# Labels that are allowed to overlap: anything nested inside a duplicate-line span
# (the repeated captions carry the same artifacts as the first copy).
NESTING_OK = {DL}


def locate(text, search, occurrence, sub):
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(search, pos + 1)
        assert pos >= 0, f"occurrence {occurrence} of {search!r} not found"
    if sub is None:
        return pos, pos + len(search)
    rel = search.find(sub)
    assert rel >= 0, f"{sub!r} not in {search!r}"
    return pos + rel, pos + rel + len(sub)


def build():
    with open(TXT, encoding="utf-8", newline="") as f:
        text = f.read()
    artifacts = []
    for search, occurrence, sub, kind, fix, note in LABELS:
        start, end = locate(text, search, occurrence, sub)
        expected = search if sub is None else sub
        assert text[start:end] == expected, (start, end, text[start:end], expected)
        art = {"start": start, "end": end, "type": kind}
        if fix is not None:
            art["fix"] = fix
        art["note"] = note
        artifacts.append(art)
    artifacts.sort(key=lambda a: (a["start"], a["end"], a["type"]))

    seen = set()
    for a in artifacts:
        key = (a["start"], a["end"], a["type"])
        assert key not in seen, f"duplicate label {key}"
        seen.add(key)
    for i, a in enumerate(artifacts):
        for b in artifacts[i + 1:]:
            if b["start"] >= a["end"]:
                break
            assert a["type"] in NESTING_OK or b["type"] in NESTING_OK, \
                f"overlap: {a} / {b}"
            outer, inner = (a, b) if a["end"] >= b["end"] else (b, a)
            assert outer["start"] <= inner["start"] and inner["end"] <= outer["end"], \
                f"partial overlap: {a} / {b}"

    doc = {
        "id": "fr-seed-0001",
        "lang": "fr",
        "garbled": True,
        "source": SOURCE,
        "license": LICENSE,
        "text": text,
        "artifacts": artifacts,
    }
    return json.dumps(doc, ensure_ascii=False) + "\n", artifacts, text


def main():
    line, artifacts, text = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8", newline="") as f:
            ok = f.read() == line
        print("up to date" if ok else "STALE")
        return 0 if ok else 1
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(line)
    counts = collections.Counter(a["type"] for a in artifacts)
    print(f"{len(artifacts)} artifacts written to {os.path.relpath(OUT, ROOT)}")
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:22} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
