"""Stress-marked reading view of Ukrainian text (ukrainian-word-stress, dictionary mode).

The stress dictionary lists some forms with several stress positions that depend on grammar:
ру́ки (nominative plural) vs руки́ (genitive singular), доро́га (noun) vs дорога́ (adjective).
Its Stanza mode would resolve them with a 500 MB neural tagger; here our own pymorphy3 readings
are narrowed by local context and mapped to the ``upos``/``feats`` the dictionary is keyed by:

- a preposition before the word keeps only the cases it governs ("з руки́", "на ру́ки");
- a numeral 2-4 before it keeps the nominative plural ("дві ру́ки");
- an adjective or pronoun before it keeps readings that agree in number.

When the remaining readings still disagree on the stress (or the two words differ only in
meaning, за́мок/замо́к), the word is left unmarked rather than guessed.
"""

from __future__ import annotations

from functools import lru_cache

from . import nlp

STRESS_MARK = "\u0301"
VOWELS = frozenset("аеєиіїоуюяАЕЄИІЇОУЮЯ")

POS_TO_UPOS = {"NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB",
               "PRTF": "ADJ", "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON",
               "PRED": "ADV", "PREP": "ADP", "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ"}
CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc", "voct": "Voc"}
GENDERS = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}
NUMBERS = {"sing": "Sing", "plur": "Plur"}
#: Cases governed by common prepositions (pymorphy3 case names).
PREPOSITION_CASES = {
    "з": {"gent", "ablt"}, "із": {"gent", "ablt"}, "зі": {"gent", "ablt"},
    "до": {"gent"}, "від": {"gent"}, "для": {"gent"}, "без": {"gent"}, "біля": {"gent"}, "після": {"gent"},
    "серед": {"gent"}, "крім": {"gent"}, "замість": {"gent"}, "протягом": {"gent"}, "навколо": {"gent"},
    "у": {"loct", "accs", "gent"}, "в": {"loct", "accs", "gent"}, "на": {"loct", "accs"},
    "по": {"loct", "datv", "accs"}, "при": {"loct"}, "про": {"accs"}, "через": {"accs"}, "крізь": {"accs"},
    "над": {"ablt"}, "під": {"ablt", "accs"}, "перед": {"ablt"}, "за": {"ablt", "accs"}, "між": {"ablt"},
    "к": {"datv"}, "завдяки": {"datv"}, "всупереч": {"datv"},
}
PAUCAL_NUMERALS = frozenset({"два", "дві", "три", "чотири", "обидва", "обидві", "обоє"})


@lru_cache(maxsize=1)
def _trie():
    from ukrainian_word_stress.stressify_ import _load_dictionary

    return _load_dictionary()


def _readings(word: str) -> list[dict]:
    """pymorphy3 readings of ``word`` as the dictionary's parse dicts (upos + feats)."""
    out = []
    for parse in nlp.safe_parse(nlp.morph_analyzer("uk"), nlp.morph_form(word)):
        tag = parse.tag
        feats = []
        # the Ukrainian dictionary leaves singular unmarked and plural nouns without gender;
        # the stress dictionary's tags have both, so fill them in
        number = tag.number or ("sing" if tag.case else None)
        gender = tag.gender or (_lemma_gender(parse.normal_form) if tag.POS == "NOUN" else None)
        if number in NUMBERS:
            feats.append(f"Number={NUMBERS[number]}")
        if tag.case in CASES:
            feats.append(f"Case={CASES[tag.case]}")
        if gender in GENDERS:
            feats.append(f"Gender={GENDERS[gender]}")
        if tag.POS == "INFN" or "infn" in str(tag):
            feats.append("VerbForm=Inf")
        out.append({"text": word, "upos": POS_TO_UPOS.get(tag.POS or "", "X"), "feats": "|".join(feats),
                    "case": tag.case, "number": number})
    return out


@lru_cache(maxsize=50_000)
def _lemma_gender(lemma: str) -> str | None:
    for parse in nlp.safe_parse(nlp.morph_analyzer("uk"), lemma):
        if parse.tag.POS == "NOUN" and parse.tag.gender:
            return parse.tag.gender
    return None


def _context_filter(readings: list[dict], previous: str | None) -> list[dict]:
    if not previous:
        return readings
    prev = nlp.morph_form(previous)
    kept = readings
    if prev in PREPOSITION_CASES:
        kept = [r for r in readings if r["case"] in PREPOSITION_CASES[prev]]
    elif prev in PAUCAL_NUMERALS:
        kept = [r for r in readings if r["case"] in ("nomn", "accs") and r["number"] == "plur"]
    else:
        numbers = {r["number"] for r in _readings(previous) if r["upos"] in ("ADJ", "PRON", "DET")}
        if len(numbers) == 1:
            kept = [r for r in readings if r["number"] in numbers or r["number"] is None]
    return kept or readings


def stress_positions(word: str, previous: str | None = None) -> list[int]:
    """Character positions after which to place the stress mark in ``word`` ([] when unsure)."""
    from ukrainian_word_stress.stressify_ import OnAmbiguity, _accent_positions_from_values, _trie_value

    values = _trie_value(_trie(), word.replace(nlp.CANONICAL_APOSTROPHE, "'"))
    if values is None:
        return []
    readings = _context_filter(_readings(word), previous) or [{"text": word}]
    options = {tuple(_accent_positions_from_values(values, r, OnAmbiguity.Skip)) for r in readings}
    options.discard(())
    if len(options) != 1:
        return []
    return list(options.pop())


def accentuate(text: str) -> str:
    """``text`` with a combining acute accent after the stressed vowel of each word that has
    more than one vowel and a certain stress ("Війська відійшли" -> "Війська́ відійшли́")."""
    parts, cursor, previous = [], 0, None
    for token in nlp.iter_tokens(text):
        parts.append(text[cursor:token.start])
        word = token.text
        if sum(ch in VOWELS for ch in word) > 1 and nlp.CYRILLIC_WORD.search(word):
            positions = stress_positions(word, previous)
            for position in sorted(positions, reverse=True):
                if 0 < position <= len(word):
                    word = word[:position] + STRESS_MARK + word[position:]
        parts.append(word)
        cursor = token.end
        previous = token.text
    parts.append(text[cursor:])
    return "".join(parts)
