#!/usr/bin/env python3
"""Validate the language data files in Sources/Translint/Resources/Languages.

Checks that every file parses (column counts, allowed classes and tags, allowed
gazetteer values), that there are no duplicate rows and no stray whitespace,
that every boilerplate pattern compiles (Python `re` as an approximation of
ICU / NSRegularExpression), matches its own positive examples and matches none
of a set of ordinary prose lines, and that no seed-article-only entity leaked
into the data. Prints row counts per file per language.

Usage: python3 Sources/Translint/Scripts/validate_language_data.py [LANGUAGES_DIR]
Exit status 1 when any error is found.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
DEFAULT_DIR = os.path.join(ROOT, 'Sources', 'Translint', 'Resources', 'Languages')
LANGS = ['fr', 'es', 'it', 'pt', 'de', 'en']
FILES = {
    'function-words.tsv': 3,
    'calendar.tsv': 3,
    'gazetteer.tsv': 7,
    'calques.tsv': 4,
    'boilerplate.tsv': 3,
    'profile.tsv': 2,
    'merged-words.tsv': 2,
}
MERGE_ROLES = {'core', 'clause-verb', 'strong-suffix', 'weak-suffix', 'clitic', 'final-vowel-pair'}
CLASSES = {'article', 'contraction', 'pronoun', 'preposition', 'conjunction',
           'determiner', 'adverb', 'auxiliary', 'other'}
TAGS = {
    'def', 'indef', 'partitive', 'm', 'f', 'n', 's', 'p', 'elided',
    'subject', 'object', 'reflexive', 'demonstrative', 'relative', 'possessive',
    'interrogative', 'indefinite', 'quantifier', 'tonic', 'polite', 'adverbial',
    'pronoun', 'negation', '1s', '2s', '3s', '1p', '2p', '3p',
    'nom', 'acc', 'dat', 'gen', 'be', 'have', 'do', 'modal', 'future', 'passive',
    'separable',
}
ROLE_TAGS = {'subject', 'object', 'reflexive', 'demonstrative', 'relative',
             'possessive', 'interrogative', 'indefinite', 'tonic'}
KINDS_GAZ = {'country', 'region', 'continent', 'city', 'institution', 'organization'}
KINDS_BP = {'navigation', 'advert', 'share', 'related', 'credit'}
SOURCE_LANGS = {'fr', 'es', 'it', 'pt', 'de', 'en'}
ARTICLES = {
    'fr': {'', 'le', 'la', "l'", 'les'},
    'es': {'', 'el', 'la', 'los', 'las'},
    'it': {'', 'il', 'lo', 'la', "l'", 'i', 'gli', 'le'},
    'pt': {'', 'o', 'a', 'os', 'as'},
    'de': {'', 'der', 'die', 'das'},
    'en': {'', 'the'},
}
LOCATIVES = {
    'fr': {'en', 'au', 'aux', 'à', 'à la', "à l'", 'dans le', 'dans la', "dans l'", 'dans les'},
    'es': {'en', 'en el', 'en la', 'en los', 'en las'},
    'it': {'in', 'a', 'ad', 'al', "all'", 'alle', 'nel', 'nello', "nell'", 'nella', 'nei', 'negli', 'nelle'},
    'pt': {'em', 'no', 'na', 'nos', 'nas'},
    'de': {'in', 'im', 'in der', 'in den', 'auf den', 'auf der', 'auf dem', 'am', 'beim', 'bei', 'bei der', 'bei den'},
    'en': {'in', 'in the'},
}
# The article a locative implies (fr), to cross-check the two columns.
FR_LOC_ARTICLE = {
    'au': {'le', ''}, 'aux': {'les'}, 'à la': {'la'}, "à l'": {"l'"},
    'dans le': {'le'}, 'dans la': {'la'}, "dans l'": {"l'"}, 'dans les': {'les'},
    'en': {'la', "l'", ''}, 'à': {''},
}
PROFILE_KEYS = {'name', 'quotes', 'months_capitalized', 'weekdays_capitalized',
                'nouns_capitalized', 'elisions', 'decimal_separator', 'nbsp_before'}
PROFILE_OPTIONAL = {'nbsp_after', 'subject_pronoun_optional'}
# Entities that occur only because of the seed article: they must not be data.
BANNED = ['pyongyang', 'kremlin', 'poutine', 'putin', 'vostochny', 'iakoutsk',
          'yakutsk', 'kim jong', 'kirby', 'soosuk', 'aurus', 'sakha']

# Lines of ordinary prose: no boilerplate pattern may match any of them.
PROSE = [
    "Le président russe a déclaré que les deux pays élargiraient leur coopération.",
    "Lire un livre par semaine est devenu son objectif.",
    "Suivant les recommandations de l'ONU, le pays a voté la résolution.",
    "Précédent historique : jamais un tel accord n'avait été signé.",
    "Partager le pouvoir n'a jamais été dans ses habitudes.",
    "Voir aussi loin demande de la patience.",
    "Publicité mensongère : l'entreprise a été condamnée à une amende.",
    "Anterior a la guerra, el país exportaba cereales.",
    "Siguiente paso: la votación en el Senado, prevista para el martes.",
    "Ver más allá de lo evidente es la tarea del periodista.",
    "Leer más libros es la recomendación de los expertos.",
    "Compartir el poder no es fácil para ningún gobierno.",
    "Precedente storico: mai un simile accordo era stato firmato.",
    "Leggi anche tu il rapporto prima di giudicare.",
    "Leia o relatório antes de tirar conclusões.",
    "Anterior à guerra, o país exportava cereais.",
    "Weiter sagte der Minister, die Lage sei ernst.",
    "Zurück in Berlin traf sie den Kanzler.",
    "Teilen Sie Ihre Meinung mit uns, sagte der Sprecher.",
    "Next week the council will vote on new sanctions.",
    "Previous attempts to reach a deal have failed.",
    "Share prices fell sharply on Monday.",
    "Read more carefully, the judge told the lawyers.",
    "Related issues will be discussed at the summit.",
    "Advertisement revenue fell by 12 percent last year.",
    "Subscribe to the idea that diplomacy works, he said.",
    "More on Monday, when the talks resume.",
    "Back then, nobody expected the war to last.",
    "Home prices rose again in March.",
    "Video footage showed the missiles being launched.",
    "Click the link in the email to confirm, police warned.",
    "Watch out for scams, the agency warned.",
    "Photo: the minister at the airport, on Tuesday.",
    "Sign up for the programme closed on Friday, officials said.",
]
# Lines that must be recognised as furniture by some pattern of the language (or common).
POSITIVE = {
    'common': ["NEXT Liga MX Femenil : Tuzas et Chivas ouvrent le tournoi avec des victoires",
               "-", "ADVERTISEMENT", "Share on Facebook", "Facebook | Twitter | Email",
               "PREVIOUS", "Click here to subscribe", "Follow us on Twitter"],
    'fr': ["À lire aussi : Le Conseil de sécurité se réunit", "PUBLICITÉ", "Partager",
           "Lire aussi : la guerre en Ukraine", "Sur le même sujet", "Article suivant : Les marchés reculent"],
    'es': ["SIGUIENTE Liga MX Femenil: Tuzas y Chivas abren el torneo", "Publicidad",
           "Leer más: La ONU condena el ataque", "Te puede interesar: El FMI recorta sus previsiones", "Compartir"],
    'it': ["Leggi anche: L'ONU condanna l'attacco", "Pubblicità", "Condividi", "Articoli correlati"],
    'pt': ["Leia também: ONU condena ataque", "Publicidade", "Compartilhar", "PRÓXIMO Liga MX Femenil: Tuzas e Chivas"],
    'de': ["Lesen Sie auch: UN verurteilen Angriff", "Anzeige", "Weiterlesen", "Teilen", "Mehr zum Thema"],
    'en': ["Related: UN condemns attack", "Read more: UN condemns attack", "Most read", "Continue reading"],
}

errors = []
warnings = []


def err(path, lineno, msg):
    errors.append(f"{path}:{lineno}: {msg}")


def read_rows(path, ncols):
    """Return [(lineno, fields)], checking comments, whitespace, columns and duplicates."""
    rows = []
    seen = {}
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if '\r' in text:
        err(path, 0, 'CR characters (use LF line endings)')
    if not text.endswith('\n'):
        err(path, 0, 'file does not end with a newline')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or not lines[0].startswith('#') or len(lines[0].strip()) < 20:
        err(path, 1, 'first line must be a comment saying where the contents come from')
    for i, line in enumerate(lines, 1):
        if line.startswith('#'):
            continue
        if line.strip() == '':
            err(path, i, 'empty line')
            continue
        if line != line.strip(' \u00a0\r') or line.startswith('\t'):
            err(path, i, 'leading or trailing whitespace')
        fields = line.split('\t')
        if len(fields) != ncols:
            err(path, i, f'{len(fields)} columns, expected {ncols}: {line!r}')
            continue
        for fld in fields:
            if fld != fld.strip() or '  ' in fld:
                err(path, i, f'field with stray spaces: {fld!r}')
        if line in seen:
            err(path, i, f'duplicate row (first at line {seen[line]})')
        seen[line] = i
        low = line.lower()
        for b in BANNED:
            if b in low:
                err(path, i, f'seed-only entity {b!r} must not be in the data')
        rows.append((i, fields))
    return rows


def check_function_words(path, lang):
    rows = read_rows(path, 3)
    classes = {}
    for i, (word, cls, feats) in rows:
        if word != word.lower():
            err(path, i, f'word must be lowercase: {word!r}')
        if '’' in word:
            err(path, i, 'use ASCII apostrophe')
        if cls not in CLASSES:
            err(path, i, f'unknown class {cls!r}')
        tags = feats.split(',') if feats else []
        for t in tags:
            if t.startswith('prep='):
                if cls != 'contraction' or len(t) <= 5:
                    err(path, i, f'bad tag {t!r}')
            elif t not in TAGS:
                err(path, i, f'unknown tag {t!r}')
        if len(tags) != len(set(tags)):
            err(path, i, 'repeated tag')
        if word.endswith("'") and 'elided' not in tags:
            err(path, i, 'elided form without the elided tag')
        if 'elided' in tags and not word.endswith("'"):
            err(path, i, 'elided tag on a word without apostrophe')
        if cls == 'article' and not ({'def', 'indef', 'partitive'} & set(tags)):
            err(path, i, 'article needs def, indef or partitive')
        if cls == 'contraction' and not any(t.startswith('prep=') for t in tags):
            err(path, i, 'contraction needs prep=X')
        if cls == 'pronoun' and not (ROLE_TAGS & set(tags)):
            err(path, i, 'pronoun needs a role tag (subject, object, ...)')
        classes.setdefault(cls, set()).add(word)
    for need in ('article', 'pronoun', 'preposition', 'conjunction', 'determiner'):
        if need not in classes:
            err(path, 0, f'no {need} entries')
    if lang != 'en' and 'contraction' not in classes:
        err(path, 0, 'no contraction entries')
    subj = [f for _, f in rows if f[1] == 'pronoun' and 'subject' in f[2].split(',')]
    persons = {t for f in subj for t in f[2].split(',') if re.fullmatch(r'[123][sp]', t)}
    if persons != {'1s', '2s', '3s', '1p', '2p', '3p'}:
        err(path, 0, f'subject pronouns do not cover all persons: {sorted(persons)}')
    return len(rows)


def check_calendar(path, lang, profile):
    rows = read_rows(path, 3)
    kinds = {'month': 0, 'weekday': 0}
    for i, (word, kind, canon) in rows:
        if kind not in kinds:
            err(path, i, f'unknown kind {kind!r}')
            continue
        kinds[kind] += 1
        if word != canon.lower():
            err(path, i, 'word must be the lowercase form of canonical')
        cap = profile.get(f'{kind}s_capitalized')
        if cap == 'true' and canon[:1] != canon[:1].upper():
            err(path, i, f'{kind} canonical should be capitalised per profile')
        if cap == 'false' and canon != canon.lower():
            err(path, i, f'{kind} canonical should be lowercase per profile')
    if kinds['month'] < 12 or kinds['weekday'] < 7:
        err(path, 0, f'incomplete calendar {kinds}')
    return len(rows)


def check_gazetteer(path, lang):
    rows = read_rows(path, 7)
    names = {}
    alias_owner = {}
    countries = 0
    for i, (name, kind, gender, number, article, loc, aliases) in rows:
        if kind not in KINDS_GAZ:
            err(path, i, f'unknown kind {kind!r}')
        if kind == 'country':
            countries += 1
        allowed_g = {'m', 'f', ''} | ({'n'} if lang == 'de' else set())
        if gender not in allowed_g:
            err(path, i, f'bad gender {gender!r}')
        if number not in ('s', 'p'):
            err(path, i, f'bad number {number!r}')
        if article not in ARTICLES[lang]:
            err(path, i, f'bad article {article!r}')
        if loc not in LOCATIVES[lang]:
            err(path, i, f'bad locative {loc!r}')
        if lang == 'fr' and loc in FR_LOC_ARTICLE and article not in FR_LOC_ARTICLE[loc]:
            err(path, i, f'locative {loc!r} does not agree with article {article!r}')
        if lang == 'fr' and article == "l'" and not re.match(r"[AEIOUYÉÈÊÂÎÔÛaeiouyéèêâîôûhH]", name):
            err(path, i, "l' before a consonant")
        if lang == 'fr' and article in ('le', 'la') and re.match(r"[AEIOUÉÈÊÂÎÔaeiouéèêâîô]", name):
            err(path, i, f"{article} before a vowel (should be l')")
        if lang == 'it' and article == "l'" and not re.match(r"[AEIOUaeiouHh]", name):
            err(path, i, "l' before a consonant")
        if name in names:
            err(path, i, f'duplicate name {name!r} (line {names[name]})')
        names[name] = i
        if aliases:
            parts = aliases.split('|')
            for a in parts:
                if a == '' or a != a.strip():
                    err(path, i, f'empty or padded alias in {aliases!r}')
                if a == name:
                    err(path, i, f'alias equals name {a!r}')
                if a in alias_owner and alias_owner[a] != name:
                    warnings.append(f'{path}:{i}: alias {a!r} also used by {alias_owner[a]!r}')
                alias_owner[a] = name
    for a, owner in alias_owner.items():
        if a in names and a != owner:
            warnings.append(f'{path}: alias {a!r} of {owner!r} is also a name')
    if countries < 193:
        err(path, 0, f'only {countries} countries (expected all 193 UN members + extras)')
    return len(rows)


def check_calques(path, lang):
    rows = read_rows(path, 4)
    phrases = set()
    for i, (phrase, repl, src, expl) in rows:
        if not phrase or not repl or not expl:
            err(path, i, 'empty phrase, replacement or explanation')
        if phrase.lower() == repl.lower():
            err(path, i, 'replacement equals phrase')
        if phrase.lower() in phrases:
            err(path, i, f'duplicate phrase {phrase!r}')
        phrases.add(phrase.lower())
        for s in src.split(','):
            if s not in SOURCE_LANGS or s == lang:
                err(path, i, f'bad source language {s!r}')
        if not expl.endswith('.'):
            err(path, i, 'explanation should be one sentence ending with a period')
    if not 10 <= len(rows) <= 40:
        warnings.append(f'{path}: {len(rows)} calques (aim for 10-40)')
    return len(rows)


def check_boilerplate(path, key):
    rows = read_rows(path, 3)
    compiled = []
    for i, (kind, pattern, expl) in rows:
        if kind not in KINDS_BP:
            err(path, i, f'unknown kind {kind!r}')
        if pattern.startswith('^') or pattern.endswith('$'):
            err(path, i, 'pattern is anchored implicitly; drop ^ and $')
        try:
            rx = re.compile(pattern)
        except re.error as e:
            err(path, i, f'regex does not compile: {e}')
            continue
        if rx.fullmatch(''):
            err(path, i, 'pattern matches the empty line')
        for line in PROSE:
            if rx.fullmatch(line):
                err(path, i, f'pattern matches prose: {line!r}')
        compiled.append(rx)
        if not expl:
            err(path, i, 'empty explanation')
    return len(rows), compiled


def check_merged_words(path, lang):
    rows = read_rows(path, 2)
    seen = {}
    for i, (form, roles) in rows:
        if form != form.lower() or not form:
            err(path, i, f'form {form!r} must be lowercase and non-empty')
        if form in seen:
            err(path, i, f'duplicate form {form!r} (line {seen[form]})')
        seen[form] = i
        parts = roles.split(',')
        for r in parts:
            if r not in MERGE_ROLES:
                err(path, i, f'unknown role {r!r}')
        if len(set(parts)) != len(parts):
            err(path, i, f'repeated role in {roles!r}')
        if 'clause-verb' in parts and 'core' not in parts:
            err(path, i, 'a clause-verb must also be core')
        if 'final-vowel-pair' in parts and len(form) != 2:
            err(path, i, 'a final vowel pair has two letters')
    return len(rows)


def check_profile(path, lang):
    rows = read_rows(path, 2)
    prof = {}
    for i, (k, v) in rows:
        if k not in PROFILE_KEYS | PROFILE_OPTIONAL:
            err(path, i, f'unknown key {k!r}')
        if k in prof:
            err(path, i, f'duplicate key {k!r}')
        prof[k] = v
        if k.endswith('_capitalized') and v not in ('true', 'false'):
            err(path, i, f'{k} must be true or false')
        if k == 'quotes' and len(v.split(' ')) % 2:
            err(path, i, 'quotes must be open/close pairs')
        if k == 'elisions' and v:
            for e in v.split(' '):
                if not e.endswith("'") or '’' in e:
                    err(path, i, f'bad elision {e!r}')
    for k in PROFILE_KEYS - prof.keys():
        err(path, 0, f'missing key {k!r}')
    return len(rows), prof


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIR
    base = os.path.normpath(base)
    counts = {}
    if not os.path.isfile(os.path.join(base, 'README.md')):
        err(base, 0, 'missing README.md')
    common_bp = os.path.join(base, 'common', 'boilerplate.tsv')
    common_rx = []
    if os.path.isfile(common_bp):
        n, common_rx = check_boilerplate(common_bp, 'common')
        counts['common'] = {'boilerplate.tsv': n}
    else:
        err(common_bp, 0, 'missing')
    for lang in LANGS:
        d = os.path.join(base, lang)
        counts[lang] = {}
        if os.path.exists(os.path.join(d, 'README.md')):
            err(d, 0, 'per-language README (one top README is enough)')
        missing = [f for f in FILES if not os.path.isfile(os.path.join(d, f))]
        for f in missing:
            err(os.path.join(d, f), 0, 'missing')
        if missing:
            continue
        n, prof = check_profile(os.path.join(d, 'profile.tsv'), lang)
        counts[lang]['profile.tsv'] = n
        counts[lang]['function-words.tsv'] = check_function_words(os.path.join(d, 'function-words.tsv'), lang)
        counts[lang]['calendar.tsv'] = check_calendar(os.path.join(d, 'calendar.tsv'), lang, prof)
        counts[lang]['gazetteer.tsv'] = check_gazetteer(os.path.join(d, 'gazetteer.tsv'), lang)
        counts[lang]['calques.tsv'] = check_calques(os.path.join(d, 'calques.tsv'), lang)
        counts[lang]['merged-words.tsv'] = check_merged_words(os.path.join(d, 'merged-words.tsv'), lang)
        n, rx = check_boilerplate(os.path.join(d, 'boilerplate.tsv'), lang)
        counts[lang]['boilerplate.tsv'] = n
        for line in POSITIVE.get(lang, []):
            if not any(r.fullmatch(line) for r in rx + common_rx):
                err(os.path.join(d, 'boilerplate.tsv'), 0, f'no pattern matches furniture line {line!r}')
    for line in POSITIVE['common']:
        if not any(r.fullmatch(line) for r in common_rx):
            err(common_bp, 0, f'no pattern matches furniture line {line!r}')

    files = list(FILES)
    print('rows per file'.ljust(22) + ''.join(l.rjust(8) for l in LANGS) + 'common'.rjust(8))
    for f in files:
        line = f.ljust(22) + ''.join(str(counts.get(l, {}).get(f, '-')).rjust(8) for l in LANGS)
        line += str(counts.get('common', {}).get(f, '-')).rjust(8)
        print(line)
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('error:', e)
    print(f'{len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
