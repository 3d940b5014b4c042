#!/usr/bin/env python3
"""Builds Corpora/news-garbled/<lang>-news-garbled.jsonl from Corpora/news-clean/.

Three clean articles per language are damaged by hand the way the seed article
(Corpora/in-the-wild) is damaged. Each edit below names a unique substring of the current text
(`old`), what replaces it (`new`), the damaged span inside `new` (a string, or (string, n) for its
n-th occurrence, 1-based), the fix that restores it, and the category. Offsets are computed here
with Python `str` indices (Unicode scalars), never by hand, and every label is checked: the span
is the damaged text, no two labels overlap, and applying every gold fix gives back the clean
article exactly (before merged-word fixes drop a swallowed comma, see below).

Usage (from the repository root): python3 Corpora/Scripts/build_news_garbled.py
"""
import json
import os

NB = "\u00a0"
CLEAN = "Corpora/news-clean"
OUT = "Corpora/news-garbled"


def repeated_caption(caption, leak=None):
    """The last line (a caption) printed twice, then optionally a lone "-" line and a leaked
    "NEXT …" teaser, as syndicated pages leave them."""
    edits = [("\n\n" + caption, "\n\n" + caption + "\n" + caption, ("\n" + caption, 2), "", "duplicate-line")]
    if leak:
        edits += leaked_tail(caption, leak)
    return edits


def leaked_tail(last, leak):
    """A lone "-" line and a "NEXT …" teaser after the last line `last` (labelled as the seed
    labels them: the dash line with its newline, the teaser with the newline before it)."""
    assert last  # documents the line the teaser follows; the edit appends at the end (old=None)
    return [(None, "\n\n-\n\n" + leak, "-\n", "", "leaked-boilerplate"),
            ("\n\n" + leak, "\n\n" + leak, "\n" + leak, "", "leaked-boilerplate")]


# (old, new, damaged, fix, type)
EDITS = {
    "fr-news-0003": [
        ("bouteilles Ondalys a présenté", "bouteilles Ondalysa présenté", "Ondalysa", "Ondalys a", "merged-word"),
        ("présenté mardi un plan", "présenté Mardi un plan", "Mardi", "mardi", "capitalization"),
        ("La direction invoque", "La direction Elle invoque", "Elle ", "", "redundant-pronoun"),
        ("a rappelé le directeur général", "a rappelé le Le directeur général", "le Le", "le", "doubled-article"),
        ("Hendrik Vanderstraeten, lors", "Hendrik Vanderstraetenlors", "Vanderstraetenlors", "Vanderstraeten, lors", "merged-word"),
        ("arrêté d’ici septembre.", "arrêté d’ici Septembre.", "Septembre", "septembre", "capitalization"),
        ("pas responsables »", "pas responsables “", "“", "»", "unbalanced-quotes"),
        ("\n\nLe président de la région", "\n\nIl Le président de la région", "Il ", "", "stray-article"),
        *repeated_caption("Le site de Châteaubernard emploie 560 salariés et une centaine d’intérimaires."),
    ],
    "fr-news-0007": [
        ("vigilance orange\n\nMétéo-France", "vigilance orange\n-\n\nMétéo-France", "-\n", "", "leaked-boilerplate"),
        ("début novembre", "début Novembre", "Novembre", "novembre", "capitalization"),
        ("«" + NB + "Il s’agit", "“Il s’agit", "“", "«" + NB, "unbalanced-quotes"),
        ("La SNCF a supprimé", "La SNCF Elle a supprimé", "Elle ", "", "redundant-pronoun"),
        ("en Bretagne et", "dans Bretagne et", "dans Bretagne", "en Bretagne", "missing-article"),
        ("entre Rennes et Brest", "entre Renneset Brest", "Renneset", "Rennes et", "merged-word"),
        ("Brittany Ferries a annulé", "Brittany Ferriesa annulé", "Ferriesa", "Ferries a", "merged-word"),
        ("côte sud de l’Angleterre", "côte sud de Angleterre", "de Angleterre", "de l’Angleterre", "missing-article"),
        ("«" + NB + "Stay away", "«Stay away", "«", "«" + NB, "spacing"),
        *repeated_caption("Des vagues frappent la digue du Conquet, mercredi après-midi."),
    ],
    "fr-news-0009": [
        ("achevé vendredi sur", "achevé Vendredi sur", "Vendredi", "vendredi", "capitalization"),
        ("à « réparer »", "à “réparer »", "“", "« ", "unbalanced-quotes"),
        ("entre l’Espagne et le Maroc", "entre Espagne et Maroc", "Espagne", "l’Espagne", "missing-article"),
        ("et Maroc.", "et Maroc.", "Maroc", "le Maroc", "missing-article"),
        ("Pieter van der Heijden, a annoncé", "Pieter van der Heijdena annoncé", "Heijdena", "Heijden, a", "merged-word"),
        ("en Israël et", "dans Israël et", "dans Israël", "en Israël", "missing-article"),
        ("Chypre et Malte ont", "Chypre et Malteont", "Malteont", "Malte ont", "merged-word"),
        ("l’absence du Royaume-Uni", "l’absence du Le Royaume-Uni", "du Le", "du", "doubled-article"),
        ("la place de la Turquie", "la place de Turquie", "de Turquie", "de la Turquie", "missing-article"),
        *repeated_caption("Les délégations posent devant l’Alcázar de Séville, vendredi.", leak="NEXT Ligue des champions : le PSG s’impose à Munich"),
    ],
    "es-news-0001": [
        ("será la candidata del PSOE", "será la La candidata del PSOE", "la La", "la", "doubled-article"),
        ("Covadonga Fernández-Llamedo, será", "Covadonga Fernández-Llamedoserá", "Fernández-Llamedoserá", "Fernández-Llamedo, será", "merged-word"),
        ("dijo Fernández-Llamedo ante", "dijo Fernández-Llamedoante", "Fernández-Llamedoante", "Fernández-Llamedo ante", "merged-word"),
        ("Valdés Quirós reconoció", "Valdés Quirós Él reconoció", "Él ", "", "redundant-pronoun"),
        ("«lealtad absoluta»", "«lealtad absoluta“", "“", "»", "unbalanced-quotes"),
        ("desde marzo de 2020", "desde Marzo de 2020", "Marzo", "marzo", "capitalization"),
        ("\n\nEl Partido Popular, que", "\n\nThe El Partido Popular, que", "The ", "", "stray-article"),
        ("el 24 de mayo", "el 24 de Mayo", "Mayo", "mayo", "capitalization"),
        *repeated_caption("Covadonga Fernández-Llamedo, tras conocer los resultados. (Foto: I. A.)"),
    ],
    "es-news-0003": [
        ("trabajadores\n\nLa empresa andaluza", "trabajadores\n\nLa aceitera Olivarum cerrará su planta de Écija y despedirá a 140 trabajadores\n\nLa empresa andaluza",
         ("La aceitera Olivarum cerrará su planta de Écija y despedirá a 140 trabajadores\n\n", 1), "", "duplicate-line"),
        ("Olivarum Alimentación anunció", "Olivarum Alimentaciónanunció", "Alimentaciónanunció", "Alimentación anunció", "merged-word"),
        ("Jorge Benjumea Halcón, aseguró", "Jorge Benjumea Halcónaseguró", "Halcónaseguró", "Halcón, aseguró", "merged-word"),
        ("«No es una decisión", "“No es una decisión", "“", "«", "unbalanced-quotes"),
        ("concentración el jueves", "concentración el Jueves", "Jueves", "jueves", "capitalization"),
        ("a la Junta de Andalucía", "a la La Junta de Andalucía", "la La", "la", "doubled-article"),
        ("\n\nOlivarum, controlada", "\n\nLe Olivarum, controlada", "Le ", "", "stray-article"),
        ("Estados Unidos, China y México.", "Estados Unidos, China y México.\n\n-", "\n-", "", "leaked-boilerplate"),
    ],
    "es-news-0009": [
        ("Hélène Le Bihan, eurodiputada", "Hélène Le Bihaneurodiputada", "Bihaneurodiputada", "Bihan, eurodiputada", "merged-word"),
        ("Zoltán Bárány-Kiss, vicepresidente", "Zoltán Bárány-Kissvicepresidente", "Bárány-Kissvicepresidente", "Bárány-Kiss, vicepresidente", "merged-word"),
        ("parte de la coalición", "parte of the coalition", "of the coalition", "de la coalición", "untranslated-fragment"),
        ("«No pasarán»", "«No pasarán”", "”", "»", "unbalanced-quotes"),
        (". La Delegación del Gobierno", ". La La Delegación del Gobierno", "La La", "La", "doubled-article"),
        ("Rui Tavares-Neto intervino", "Rui Tavares-Neto Él intervino", "Él ", "", "redundant-pronoun"),
        ("en octubre en Viena", "en Octubre en Viena", "Octubre", "octubre", "capitalization"),
        *repeated_caption("Asistentes al acto de Patriotas por Europa, el sábado en IFEMA.", leak="NEXT LaLiga: el Villarreal golea al Getafe en La Cerámica"),
    ],
    "it-news-0003": [
        ("stabilimento Stellantis di Melfi, in provincia", "stabilimento Stellantis di Melfiin provincia", "Melfiin", "Melfi, in", "merged-word"),
        ("fino al 31 maggio", "fino al 31 Maggio", "Maggio", "maggio", "capitalization"),
        ("L’azienda spiega", "L’azienda Lei spiega", "Lei ", "", "redundant-pronoun"),
        ("in Europa e con", "in Europa e con", "", "", None),
        ("ha detto Gianluca Pietrafesa, segretario", "ha detto Gianluca Pietrafesasegretario", "Pietrafesasegretario", "Pietrafesa, segretario", "merged-word"),
        ("100.000»", "100.000“", "“", "»", "unbalanced-quotes"),
        ("La Fim-Cisl e la Uilm", "La Fim-Cisl e la La Uilm", "la La", "la", "doubled-article"),
        ("\n\nL’assessore regionale", "\n\nIl L’assessore regionale", "Il ", "", "doubled-article"),
        *repeated_caption("L’ingresso dello stabilimento di San Nicola di Melfi."),
    ],
    "it-news-0006": [
        ("condannato giovedì a cinque", "condannato Giovedì a cinque", "Giovedì", "giovedì", "capitalization"),
        ("Chiara Benvenuti-Rota, tra il 2016", "Chiara Benvenuti-Rotatra il 2016", "Benvenuti-Rotatra", "Benvenuti-Rota, tra", "merged-word"),
        ("conti in Lussemburgo e a Malta", "conti in Lussemburgoe a Malta", "Lussemburgoe", "Lussemburgo e", "merged-word"),
        ("nel settembre 2019", "nel Settembre 2019", "Settembre", "settembre", "capitalization"),
        ("«Il mio assistito", "“Il mio assistito", "“", "«", "unbalanced-quotes"),
        ("dall’avvocato Enrico Zanardelli, ha annunciato", "dall’avvocato Enrico Zanardelli, Lui ha annunciato", "Lui ", "", "redundant-pronoun"),
        ("della curatela fallimentare", "della della curatela fallimentare", "della della", "della", "doubled-article"),
        ("entro novanta giorni.", "entro novanta giorni.\n\nPUBBLICITÀ", "\nPUBBLICITÀ", "", "leaked-boilerplate"),
    ],
    "it-news-0009": [
        ("hanno assistito 550 spettatori", "hanno assistito 550 spettatori", "", "", None),
        ("a Pescara, a Roma", "a Pescaraa Roma", "Pescaraa", "Pescara, a", "merged-word"),
        ("del 6 aprile 2009", "del 6 Aprile 2009", "Aprile", "aprile", "capitalization"),
        ("Pierluigi D’Ascenzo-Marini, prima", "Pierluigi D’Ascenzo-Mariniprima", "D’Ascenzo-Mariniprima", "D’Ascenzo-Marini, prima", "merged-word"),
        ("Il direttore, che ha", "Il direttore, Lui che ha", "Lui ", "", "redundant-pronoun"),
        ("la musique».", "la musique“.", "“", "»", "unbalanced-quotes"),
        ("mentre la Frankfurter", "mentre la La Frankfurter", "la La", "la", "doubled-article"),
        *repeated_caption("Il pubblico all’interno del Teatro comunale dell’Aquila, sabato sera.", leak="NEXT Serie A: l’Atalanta travolge il Lecce al Gewiss Stadium"),
    ],
    "pt-news-0001": [
        ("Graça Meireles-Tavares anunciou", "Graça Meireles-Tavaresanunciou", "Meireles-Tavaresanunciou", "Meireles-Tavares anunciou", "merged-word"),
        ("entre o PSD e o CDS-PP", "entre o O PSD e o CDS-PP", "o O", "o", "doubled-article"),
        ("Meireles-Tavares, de 49 anos, prometeu", "Meireles-Tavares, de 49 anos, Ela prometeu", "Ela ", "", "redundant-pronoun"),
        ("embora».", "embora“.", "“", "»", "unbalanced-quotes"),
        ("ligação ferroviária a Aveiro", "ligação ferroviária a Aveiro", "", "", None),
        ("\n\nO atual presidente", "\n\nEl O atual presidente", "El ", "", "stray-article"),
        ("João Azevedo Sampaio tem", "João Azevedo Sampaiotem", "Sampaiotem", "Sampaio tem", "merged-word"),
        ("12 de outubro", "12 de Outubro", "Outubro", "outubro", "capitalization"),
        *repeated_caption("Graça Meireles-Tavares durante a apresentação da candidatura. (Foto: R. B.)"),
    ],
    "pt-news-0003": [
        ("A Conserveira Atlântica, sediada", "A A Conserveira Atlântica, sediada", "A A", "A", "doubled-article"),
        ("em Peniche, que deverá", "em Penicheque deverá", "Penicheque", "Peniche, que", "merged-word"),
        ("na terça-feira pelo", "na terça-feira pelo", "", "", None),
        ("A fábrica, que ocupará", "A fábrica Ela, que ocupará", "Ela", "", None),
        ("«Sem a pesca", "“Sem a pesca", "“", "«", "unbalanced-quotes"),
        ("afirmou Salgueiro-Neves.", "afirmou Salgueiro-Neves.", "", "", None),
        ("entre Portugal e Espanha", "entre Portugal e Espanha", "", "", None),
        ("Henrique Bertino-Marques, classificou", "Henrique Bertino-Marquesclassificou", "Bertino-Marquesclassificou", "Bertino-Marques, classificou", "merged-word"),
        *leaked_tail("O presidente da Câmara de Peniche, Henrique Bertino-Marquesclassificou o investimento como «o maior das últimas três décadas no concelho».",
                     "NEXT Liga Portugal: Sporting vence em Arouca e isola-se na liderança"),
    ],
    "pt-news-0009": [
        ("na segunda-feira, em Bruxelas", "na Segunda-feira, em Bruxelas", "Segunda-feira", "segunda-feira", "capitalization"),
        ("acordo com a Guiné-Bissau", "acordo com Guiné-Bissau", "Guiné-Bissau", "a Guiné-Bissau", "missing-article"),
        ("Joseph Caruana-Galea, falou", "Joseph Caruana-Galeafalou", "Caruana-Galeafalou", "Caruana-Galea, falou", "merged-word"),
        ("«um acordo equilibrado»", "«um acordo equilibrado“", "“", "»", "unbalanced-quotes"),
        ("O deputado Manuel dos Santos Fortes, do PAICV, lembrou", "O deputado Manuel dos Santos Fortes, do PAICV, Ele lembrou", "Ele ", "", "redundant-pronoun"),
        ("a frota galega", "a A frota galega", "a A", "a", "doubled-article"),
        ("em junho.", "em Junho.", "Junho", "junho", "capitalization"),
        *repeated_caption("O porto da Praia, em Cabo Verde, com barcos de pesca artesanal."),
    ],
    "de-news-0003": [
        ("Der Autozulieferer Brennwald AG will", "Der Autozulieferer Brennwald AGwill", "AGwill", "AG will", "merged-word"),
        ("am Dienstag nach einer Sitzung", "am Dienstag nach einer Sitzung", "", "", None),
        ("Brennwald beschäftigt in Schweinfurt", "Brennwald Er beschäftigt in Schweinfurt", "Er ", "", "redundant-pronoun"),
        ("Millionenbeträge. Ein Weiter-so kann es nicht geben“", "Millionenbeträge. Ein Weiter-so kann es nicht geben»", "»", "“", "unbalanced-quotes"),
        ("Dr. Carsten Öhlschläger. Die Produktion", "Dr. Carsten Öhlschläger. Die Die Produktion", "Die Die", "Die", "doubled-article"),
        ("\n\nDie IG Metall", "\n\nThe Die IG Metall", "The ", "", "stray-article"),
        ("Sabine Grünewald-Kaya. Betriebsbedingte", "Sabine Grünewald-KayaBetriebsbedingte", "Grünewald-KayaBetriebsbedingte", "Grünewald-Kaya. Betriebsbedingte", "merged-word"),
        *repeated_caption("Das Brennwald-Werk an der Ernst-Sachs-Straße in Schweinfurt."),
    ],
    "de-news-0005": [
        ("in Jena hat ein", "in Jenahat ein", "Jenahat", "Jena hat", "merged-word"),
        ("„Nature Microbiology“", "“Nature Microbiology“", "“", "„", "unbalanced-quotes"),
        ("bei Gera isolierten", "bei Geraisolierten", "Geraisolierten", "Gera isolierten", "merged-word"),
        ("in den Niederlanden", "in Niederlanden", "in Niederlanden", "in den Niederlanden", "missing-article"),
        ("Die Deutsche Forschungsgemeinschaft", "Die Die Deutsche Forschungsgemeinschaft", "Die Die", "Die", "doubled-article"),
        ("Polyurethan steckt", "Polyurethan Es steckt", "Es ", "", "redundant-pronoun"),
        *repeated_caption("Bakterienkulturen in einem Labor des Jenaer Instituts.", leak="NEXT Bundesliga: Leverkusen siegt spät in Freiburg"),
    ],
    "de-news-0009": [
        ("Strafgerichtshof (IStGH) in Den Haag besucht", "Strafgerichtshof (IStGH) in Den Haagbesucht", "Haagbesucht", "Haag besucht", "merged-word"),
        ("sowie Richterinnen aus Peru und Südkorea", "sowie Richterinnen aus Peru und Süd Korea", "Süd Korea", "Südkorea", "other"),
        ("den Senegalesen Mamadou Diallo-Ndiaye, sowie", "den Senegalesen Mamadou Diallo-Ndiayesowie", "Diallo-Ndiayesowie", "Diallo-Ndiaye, sowie", "merged-word"),
        ("„Der Gerichtshof braucht mehr als warme Worte“", "„Der Gerichtshof braucht mehr als warme Worte”", "”", "“", "unbalanced-quotes"),
        ("Die Abgeordnete Clara de Vries-Hoffmann", "Die Abgeordnete Clara de Vries-Hoffmann", "", "", None),
        ("Die Reise war bereits im Februar", "Die Reise war bereits im Februar", "", "", None),
        ("der Internationale Gerichtshof der Vereinten Nationen", "der der Internationale Gerichtshof der Vereinten Nationen", "der der", "der", "doubled-article"),
        ("2024 zahlte der Bund", "2024 zahlte der Bund", "", "", None),
        *repeated_caption("Die Delegation vor dem Gebäude des IStGH in Den Haag."),
    ],
    "en-news-0003": [
        ("Northfield Steel will close", "Northfield Steelwill close", "Steelwill", "Steel will", "merged-word"),
        ("end of September, putting", "end of september, putting", "september", "September", "capitalization"),
        ("The Indian-owned business", "Le The Indian-owned business", "Le ", "", "stray-article"),
        ("Anand Venkataraman, said", "Anand Venkataramansaid", "Venkataramansaid", "Venkataraman, said", "merged-word"),
        ("\"secure the future of steelmaking on Teesside\"", "\"secure the future of steelmaking on Teesside»", "»", "\"", "unbalanced-quotes"),
        ("Alasdair McKechnie, national officer", "Alasdair McKechnie, national officer", "", "", None),
        ("The cuts would be", "The cuts They would be", "They ", "", "redundant-pronoun"),
        ("in the North East since", "in the the North East since", "the the", "the", "doubled-article"),
        *repeated_caption("The blast furnace at Redcar, which has operated since 1979."),
    ],
    "en-news-0007": [
        ("England\n\nThe Met Office", "England\n-\n\nThe Met Office", "-\n", "", "leaked-boilerplate"),
        ("Storm Fionnuala approaches", "Storm Fionnualaapproaches", "Fionnualaapproaches", "Fionnuala approaches", "merged-word"),
        ("on Sunday until 9am on Monday", "on sunday until 9am on Monday", "sunday", "Sunday", "capitalization"),
        ("Great Western Railway said", "Great Western Railway It said", "It ", "", "redundant-pronoun"),
        ("west of Exeter. The Severn", "west of Exeterthe Severn", "Exeterthe", "Exeter. The", "merged-word"),
        ("over the Brecon Beacons", "over the the Brecon Beacons", "the the", "the", "doubled-article"),
        ("\"This is a vigorous system", "“This is a vigorous system", "“", "\"", "unbalanced-quotes"),
        *repeated_caption("Waves crash over the harbour wall at Porthcawl on Saturday."),
    ],
    "en-news-0009": [
        ("around Paris on Monday", "around Paris on monday", "monday", "Monday", "capitalization"),
        ("from outside the EU.", "from outside EU.", "EU", "the EU", "missing-article"),
        ("Jean-Baptiste Le Gall-Moreau, told", "Jean-Baptiste Le Gall-Moreautold", "Gall-Moreautold", "Gall-Moreau, told", "merged-word"),
        ("The FNSEA, France's largest", "The FNSEA, France's largest", "", "", None),
        ("the centre of Zaragoza and Murcia", "the centre of Zaragozaand Murcia", "Zaragozaand", "Zaragoza and", "merged-word"),
        ("planned for Thursday", "planned for thursday", "thursday", "Thursday", "capitalization"),
        ("The European Commission's spokesman", "The The European Commission's spokesman", "The The", "The", "doubled-article"),
        ("was \"listening closely\"", "was \"listening closely»", "»", "\"", "unbalanced-quotes"),
        *repeated_caption("Tractors on the A6 motorway south of Paris on Monday morning.", leak="NEXT Premier League: Villa hold Chelsea at Stamford Bridge"),
    ],
}


def damage(clean, edits):
    text = clean
    labels = []  # [start, end, type, fix]
    for old, new, damaged, fix, kind in edits:
        if kind is None:
            continue
        if old is None:  # append at the end of the text
            old, p = "", len(text)
        else:
            assert text.count(old) == 1, (old, text.count(old))
            p = text.index(old)
        delta = len(new) - len(old)
        for lab in labels:
            if lab[0] >= p + len(old):
                lab[0] += delta
                lab[1] += delta
            elif lab[1] > p and old != new and old:
                raise AssertionError(f"edit {old!r} overlaps label {lab}")
        text = text[:p] + new + text[p + len(old):]
        target, nth = damaged if isinstance(damaged, tuple) else (damaged, 1)
        i = -1
        for _ in range(nth):
            i = new.index(target, i + 1)
        labels.append([p + i, p + i + len(target), kind, fix])
    return text, sorted(labels)


def check(clean, text, labels, doc_id):
    for a, b in zip(labels, labels[1:]):
        assert a[1] <= b[0], f"{doc_id}: overlapping labels {a} {b}"
    restored = text
    for start, end, _, fix in sorted(labels, reverse=True):
        restored = restored[:start] + fix + restored[end:]
    # Deleting a leaked last line leaves the newline before the deleted lines, as in the seed.
    assert restored == clean or (restored.rstrip("\n") == clean and not clean.endswith("\n")), \
        f"{doc_id}: gold fixes do not restore the clean text"


def main():
    os.makedirs(OUT, exist_ok=True)
    by_lang = {}
    for doc_id in EDITS:
        by_lang.setdefault(doc_id[:2], []).append(doc_id)
    total = 0
    for lang, ids in by_lang.items():
        clean_docs = {}
        with open(f"{CLEAN}/{lang}-news-clean.jsonl", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                clean_docs[d["id"]] = d
        with open(f"{OUT}/{lang}-news-garbled.jsonl", "w", encoding="utf-8") as out:
            for doc_id in ids:
                clean = clean_docs[doc_id]["text"]
                text, labels = damage(clean, EDITS[doc_id])
                check(clean, text, labels, doc_id)
                for start, end, kind, fix in labels:
                    # The damaged span, as written in the edit list, is what the label covers.
                    assert text[start:end], (doc_id, start, end)
                # A merge at a link boundary often swallows a comma too ("Vanderstraetenlors" for
                # "Vanderstraeten, lors"); like the seed's labels ("Poutinequi" → "Poutine qui"),
                # the merged-word fix is the missing space, and the lost comma is not labelled.
                artifacts = [{"start": s, "end": e, "type": k,
                              "fix": x.replace(", ", " ") if k == "merged-word" else x} for s, e, k, x in labels]
                d = {"id": doc_id.replace("-news-", "-news-garbled-"), "lang": lang, "garbled": True,
                     "source": f"Hand-damaged copy of {doc_id} (Corpora/news-clean), original news-style text written for Translint's tests",
                     "license": "CC0-1.0", "text": text, "artifacts": artifacts}
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
                total += len(artifacts)
    print(f"wrote {OUT}: {sum(len(v) for v in by_lang.values())} documents, {total} artifacts")


if __name__ == "__main__":
    main()
