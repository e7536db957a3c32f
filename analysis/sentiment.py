"""Sentiment of editorial voice and quoted speech: a lexicon scorer, a classifier, comparisons.

The lexicon scorer follows the design of VADER (Hutto & Gilbert, 2014): one small rule engine
over a hand-written valence lexicon on the -4..4 scale. Everything works on lemmas, so every
inflected form of a lexicon word counts.

Per sentence (a *unit*):

1. Each word token is looked up by its chosen lemma (:func:`analysis.nlp.lemma`). When that
   lemma is not in the lexicon, the other normal forms pymorphy3 offers are tried and the mean
   of their valences is used. The chosen lemma goes first because :mod:`analysis.nlp` picks it
   deliberately (function-word table, closed-class readings); the fallback buys recall where the
   chosen reading is not the evaluative one ("добре" the adverb -> "добрий"). It is fenced: a
   pinned function word never falls back ("зараз" is not "зараза"), and an adverb falls back
   only to an adjective ("рано" is not "рана"). Further fallbacks: comparatives and
   superlatives map to the positive degree ("найстрашніший" -> "страшний", with a boost),
   gerunds to their verb ("затоплюючи" -> "затоплювати"), hyphenated compounds to their most
   valenced part ("країна-агресор"). Function words (pronouns, prepositions, conjunctions,
   particles, numerals) and capitalised words inside a sentence (names, places: "із Сум" is
   the city, not "сум", sorrow) are never looked up. A Russian sentence quoted in a Ukrainian
   article is scored with the Russian lexicon (by its letters), and the reverse.
2. Modifiers come from ``lexicons/sentiment_modifiers.csv``: a negator flips and damps the
   valenced words among the next :data:`NEGATION_SCOPE` tokens (stopping at punctuation);
   negative concord ("ніхто не") counts once, "не ... без" cancels, and "немає" also negates
   what precedes it ("загиблих немає"); boosters and dampeners scale the next valenced word;
   after a contrast word (але, проте, однак) the clause weighs more and the clause before it less.
   A postposed negator after a genitive noun with no valence of its own reports a lack
   ("світла немає", :data:`LACK_VALENCE`); in "не X, а Y" the denied X is a foil and counts for
   nothing (:data:`CORRECTION_CONTRASTS`).
3. News-register rules: a remedy word (modifier kind "remedy": "ліквідувати", "відновлювати",
   "ремонт", "допомога", "евакуація") cancels the harm next to it ("ліквідували пожежу",
   "допомога постраждалим"; :data:`REMEDY_SCOPE`); a reduction word ("скоротити", "зменшитися")
   turns the harm next to it into good news and a good thing into bad news
   (:data:`REDUCTION_FACTOR`, :data:`REDUCED_GOOD_FACTOR`), and a cessation word ("припинити",
   "відкласти") cancels a harm and turns a good thing into bad news; an accountability word
   (modifier kind "accountability": "розслідування", "провадження", "відповідальність", "суд")
   makes the harm
   of its sentence the matter of a procedure, not an event (:data:`ACCOUNTABILITY_FACTOR`); a
   time anchor turns the event after it into a date ("з початку вторгнення",
   :data:`TIME_ANCHOR_LEMMAS`); a topic preposition ("про",
   "щодо") damps what follows (:data:`TOPIC_FACTOR`); positive words in a direct question assert
   nothing (:data:`QUESTION_POSITIVE_FACTOR`), nor do negative ones unless the question opens
   with a rhetorical marker ("чому", "хіба"; :data:`QUESTION_NEGATIVE_FACTOR`); positive words next to a word of need, plan or
   request ("потребують допомоги", "відбудову планують") name what is wanted, not what is
   (:data:`IRREALIS_LEMMAS`); a verb of public request or appeal ("просимо не заходити",
   "закликали економно споживати") makes its clause an instruction that reports no event
   (:data:`DIRECTIVE_LEMMAS`). Register words, the institutions, procedures and weapons that
   routine news names ("переговори", "безпека", "рятувальник", "ракета", "штраф"), carry a
   valence of 0.35 in the lexicons, below the neutral band on their own, so they only tip a
   sentence that has other evidence. Multi-word idioms are matched before modifiers
   (so "немає серед живих" is one expression, not a negator), on the first word's form or
   lemma; an idiom of score 0 is a neutral formula that silences its words ("порушення законів
   та звичаїв війни", the name of a criminal-code article). Event frames
   (``lexicons/sentiment_frames.csv``, :func:`load_frames`) read the polarity war news carries
   by the event, not by an evaluative word: a predicate lemma with an argument lemma in the same
   clause ("світло дали", "отримали хліб", "збили ракету", "знищили ворожу техніку" +; "сиділи
   в погребі", "залишилися без води", "втратили житло", "ціни ростуть" -) replaces the valences
   of its words with the frame's; a negator, a need/plan word or a topic preposition open at the
   predicate acts on the frame ("світла не дали" is a lack), and for destruction verbs only the object
   counts ("окупанти знищили школу" is no frame).
4. A repeated valenced lemma, or a reduplicated word ("дуже-дуже"), intensifies; exclamation
   marks add emphasis to the sentence sum (capped).
5. The sum ``x`` is squashed into (-1, 1) with ``x / sqrt(x*x + ALPHA)``.

A text's score is the mean of its sentence scores weighted by their absolute value, so a long
text of mildly negative sentences scores like one of them instead of saturating towards -1, and
neutral sentences neither dilute nor add. Positive words inside a scare quote within an
editorial sentence («визволителі», «мирні перемовини») are read as irony: their valence is
flipped and damped by :data:`SCARE_QUOTE_FACTOR`; negative words quoted at a distance count
for nothing (:data:`SCARE_QUOTE_NEGATIVE_FACTOR`).

The classifier (:func:`make_classifier`) is a TF-IDF + logistic regression pipeline over lemmas and character n-grams,
to be trained on annotated sentences; it is saved and loaded with skops, never with pickle.
"""

from __future__ import annotations

import csv
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

from . import nlp
from .config import LEXICON_DIR
from .quotes import MAX_NAME_IN_MARKS_WORDS, NAME_IN_MARKS

# ---------------------------------------------------------------------------------------------
# constants

#: Lexicon files per language (lemma, pos, score on -4..4, domain, note).
LEXICON_PATHS = {"uk": LEXICON_DIR / "sentiment_uk.csv", "ru": LEXICON_DIR / "sentiment_ru.csv"}
#: Negators, boosters, dampeners and contrast words of both languages.
MODIFIERS_PATH = LEXICON_DIR / "sentiment_modifiers.csv"

#: Normalisation constant of x / sqrt(x*x + ALPHA); VADER's value. A single word of valence 2
#: gives 0.46, two such words 0.72, so one sentence rarely reaches the ends of the scale.
ALPHA = 15.0
#: Multiplier of a negated valence: the sign flips and the strength shrinks ("не погано" is
#: milder than "добре"); VADER's value.
NEGATION_FACTOR = -0.74
#: Multiplier of a negated *negative* valence. Denied harm reads as relief, not as praise
#: ("ніхто не постраждав", "без втрат" are mostly reported facts), so it is damped harder.
NEGATED_NEGATIVE_FACTOR = -0.5
#: How many tokens after a negator it reaches; punctuation ends the scope earlier.
NEGATION_SCOPE = 3
#: How many tokens a booster or dampener may stand before the valenced word it scales.
MODIFIER_SCOPE = 3
#: Weight shift of a full contrast: after "але" a clause weighs 1 + 0.75 = 1.75, before it
#: 1 - 0.75 = 0.25 (VADER's "but" rule shifts 0.5; in news the clause after the contrast carries
#: the point). Weaker contrast words ("а", strength 0.4 in the modifier table) shift
#: proportionally less. Macro-F1 on held-out batches 1-12 / 13-23 / the demo gold at a shift of
#: 0.5: 0.5737 / 0.5715 / 0.665; 0.6: 0.5743 / 0.5714 / 0.667; 0.75: 0.5748 / 0.5720 / 0.673;
#: 0.9: 0.5757 / 0.5720 / 0.672. 0.75 was the best of the grid 0 / 0.25 / 0.5 / 0.75 set
#: beforehand for a search over every constant of the engine on batches 1-12 (no other constant
#: gained more than 0.001 there: they sit at a flat optimum); 0.9, tried afterwards, is no better
#: beyond a few sentences and leaves the first clause almost nothing.
CONTRAST_SHIFT = 0.75
#: Weight shift of a concession ("попри обстріли, школа працює", "незважаючи на втрати"): the
#: words of the conceded clause weigh 1 - shift and the rest of the sentence 1 + shift, as the
#: clauses before and after a full contrast do, for the same reason: what is conceded is the
#: background, what is asserted despite it is the point.
CONCESSION_SHIFT = CONTRAST_SHIFT
#: Multiplier of a negative word in the conceded clause: harm conceded is harm withstood, so
#: what is asserted despite it reads as endurance ("попри обстріли, школа працює"): the sign
#: flips, with little weight, as for denied harm (NEGATED_NEGATIVE_FACTOR).
CONCEDED_NEGATIVE_FACTOR = -0.25
#: Valence of the concession itself where what is asserted despite it is not bad news ("Попри це,
#: громада не розпалася", "попри спеку зібрали по 48 центнерів"): war news tells what goes on in
#: spite of a harm as endurance, even when the sentence has no evaluative word. Measured on
#: batches 1-165: of the 92 Ukrainian sentences with "попри"/"незважаючи на", 77 are labelled positive.
ENDURANCE_VALENCE = 1.0
#: Words after a concessive that stand for the conceded matter, which then follows in the next
#: clause ("попри те, що ...", "несмотря на то, что ...").
CONCESSION_PRONOUNS = frozenset({"те", "то"})
#: Event frames of a return home or from captivity (``lexicons/sentiment_frames.csv``) ...
RETURN_FRAMES = frozenset({"return_home", "return_captivity"})
#: ... which end what the person returned from: these words in the same clause count for nothing
#: ("повернувся додому після двох років у полоні", "вернулся из оккупированного Геническа").
RETURNED_FROM_LEMMAS = frozenset({"полон", "плен", "неволя", "окупація", "оккупация", "окупований",
                                  "оккупированный", "оккупировать", "окупувати", "депортація", "депортация"})
#: "Even" before a circumstance ("працює навіть під час відключень", "даже под обстрелами",
#: "навіть у розпал війни") concedes it as a concession word does: what holds despite it is the
#: point (see :func:`_concessive_even`).
EVEN_WORDS = frozenset({"навіть", "даже"})
#: Prepositions after "even" that open the conceded circumstance.
EVEN_CIRCUMSTANCE_PREPOSITIONS = frozenset({"під", "под", "попри", "незважаючи", "несмотря", "всупереч", "вопреки"})
#: Nouns after "в"/"у"/"во" that make "even in ..." a circumstance ("навіть у розпал", "даже во
#: время", "навіть в умовах").
EVEN_CIRCUMSTANCE_NOUNS = frozenset({"розпал", "умовах", "час", "время", "условиях", "разгар"})
#: Added to the absolute sentence sum per exclamation mark (VADER's value) ...
EXCLAMATION_BOOST = 0.292
#: ... for at most this many marks.
EXCLAMATION_CAP = 4
#: Extra intensity of each repetition of a valenced lemma in a sentence, and of each extra
#: copy in a reduplicated word ("дуже-дуже", "довго-довго").
REPETITION_BOOST = 0.3
#: Multiplier of a positive word's valence inside a scare quote within an editorial sentence:
#: irony flips the sign («визволителі», «мирні перемовини»); the damping reflects that the
#: reading is an inference, not a stated evaluation.
SCARE_QUOTE_FACTOR = -0.6
#: Multiplier of a *negative* word in a scare quote: quoting a negative label at a distance
#: («гуманітарна катастрофа», «агресор») disputes it but does not praise, so it counts for nothing.
SCARE_QUOTE_NEGATIVE_FACTOR = 0.0
#: Lowest total scaling boosters and dampeners may leave on a word (several dampeners never
#: erase or invert it).
MIN_MODIFIER_SCALE = 0.1
#: Scores with absolute value at most this are "neutral". Re-checked on tests/gold/sentiment.jsonl
#: (611 sentences, three classes; dev/test = alternate documents by sorted id) after the
#: need/plan rule and the register-word valences: dev/test macro-F1 0.659/0.579 at 0.05,
#: 0.661/0.594 at 0.1, 0.664/0.579 at 0.15, 0.658/0.581 at 0.2, 0.613/0.571 at 0.25 and
#: 0.591/0.560 at 0.35. A wider band loses more weakly polar sentences (one word of valence 1
#: scores 0.25) than it gains neutral ones; weak words are handled in the lexicon instead
#: (register words at 0.35, which normalises to 0.09, inside the band).
NEUTRAL_BAND = 0.1
#: Segments a voice needs in a group before compare_voices gives a bootstrap interval.
MIN_SEGMENTS = 5
#: POS tags of readings that are never looked up in the lexicon (function words).
FUNCTION_POS = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "NUMR"})
#: Words after which a negator is not a negation ("не лише X, а й Y" adds, it does not deny).
NOT_A_NEGATION_BEFORE = frozenset({"лише", "тільки", "лиш", "просто", "тільки-но", "лишень",
                                   "только", "лишь", "просто"})
#: Readings an adverb or predicative may fall back to when its own lemma is not in the lexicon.
ADVERB_FALLBACK_POS = frozenset({"ADJF", "ADJS", "COMP"})
#: Negators that also follow what they deny: "загиблих немає", "пострадавших нет", "радості
#: небагато". When nothing valenced follows them in the clause, they negate the valenced words
#: before them in the same clause.
POSTPOSED_NEGATORS = frozenset({"немає", "нема", "небагато", "обмаль", "нет"})
#: Negators that cancel a negation already open rather than join it: "не залишився без допомоги"
#: means he got help (n-words such as "ніхто не" agree instead: one negation).
CANCELLING_NEGATORS = frozenset({"без"})
#: Prefixes of synthetic superlatives ("найгірший", "щонайкращий", "якнайшвидше").
SUPERLATIVE_PREFIXES = ("щонай", "якнай", "най")
#: Comparative endings mapped back to the positive degree ("страшніший" -> "страшний").
COMPARATIVE_SUFFIXES = (("іший", "ий"), ("іше", "о"), ("жчий", "жкий"), ("жче", "жко"),
                        ("гший", "гкий"), ("гше", "гко"))
#: Readings a comparative or superlative may map back to (never a noun: "раніше" -> "рано" is
#: an adverb, not "рана", a wound).
DEGREE_POS = frozenset({"ADJF", "ADJS", "ADVB", "COMP", "PRED"})
#: A superlative formed with "най-" scales its word like a booster of this value.
SUPERLATIVE_BOOST = 0.3
#: Endings of Ukrainian passive participles and the infinitive endings of their verbs, for
#: participles pymorphy3 lists as lemmas of their own ("атакований" -> "атакувати",
#: "пограбований" -> "пограбувати", "підірваний" -> "підірвати", "вкрадений" -> "вкрасти" is
#: not derivable and simply stays unknown). See :func:`_participle_verb`.
PARTICIPLE_ENDINGS = (("ований", "увати"), ("йований", "ювати"), ("аний", "ати"), ("яний", "яти"),
                      ("ений", "ити"), ("єний", "їти"), ("тий", "ти"))
#: Consonant alternations undone when a participle in -ений is mapped to its verb in -ити
#: ("пошкоджений" -> "пошкодити", "захоплений" -> "захопити", "заморожений" -> "заморозити").
PARTICIPLE_ALTERNATIONS = (("дж", "д"), ("жд", "зд"), ("пл", "п"), ("бл", "б"), ("вл", "в"),
                           ("мл", "м"), ("фл", "ф"), ("ж", "з"), ("ж", "д"), ("ч", "т"),
                           ("щ", "ст"), ("ш", "с"))
#: Lemmas of the nouns that turn the event after them into a date: "з початку вторгнення",
#: "до річниці війни", "с начала войны" name a point in time, not a new evaluation. The valenced
#: words among the next :data:`TIME_ANCHOR_SCOPE` tokens (same clause) count for nothing.
TIME_ANCHOR_LEMMAS = frozenset({"початок", "річниця", "роковини", "начало", "годовщина"})
#: How many tokens after a time anchor its genitive phrase may span ("початку повномасштабного
#: російського вторгнення").
TIME_ANCHOR_SCOPE = 3
#: How many tokens on either side of a remedy word (``kind`` "remedy" in the modifier table:
#: "ліквідувати", "відновлювати", "ремонт", "допомога") its target may stand, within the clause.
#: The negative words it acts on name the harm being removed ("ліквідували пожежу", "ремонт
#: зруйнованих будинків", "допомога постраждалим"): they count for nothing, and the remedy word
#: keeps its own valence only if that is positive. A remedy word in an impersonal or passive
#: form ("скасовано", "ліквідовано", "зупинено", "ликвидирован") acts on its subject, which may
#: stand anywhere before it in the clause ("Аварійні відключення в Києві та області вже
#: скасовано"): its backward scope is the clause. A participle clause in commas next to the
#: remedy's clause describes the thing repaired, so its harm is reached too ("відремонтували дві
#: школи, пошкоджені обстрілами"; see :func:`_participle`).
REMEDY_SCOPE = 3
#: Multiplier of a negative word that a remedy word acts on (see :data:`REMEDY_SCOPE`).
REMEDY_FACTOR = 0.0
#: Multiplier of a negative word that a reduction word acts on (``kind`` "reduction" in the
#: modifier table: "скоротити", "зменшитися", "знизити", "сократить"), within
#: :data:`REMEDY_SCOPE`: less of a harm is good news ("скоротили відключення", "кількість
#: обстрілів зменшилася"), so the harm's sign turns, at half strength because the harm is still
#: there.
REDUCTION_FACTOR = -0.5
#: Multiplier of a positive word that a reduction or cessation word acts on (``kind``
#: "cessation": "припинити", "призупинити", "відкласти", "скасувати"): less of a good thing, or
#: its stop, is bad news ("скоротили допомогу", "обмін знову відклали", "приостановили
#: выплаты"). A cessation word acts on a harm like a remedy ("припинити обстріли"). In every
#: case the word's own valence is dropped when it has a target, and a negated reduction or
#: cessation ("не зменшується", "не припиняється") leaves its targets as they are.
REDUCED_GOOD_FACTOR = -0.5
#: Readings of the good things a reduction or cessation word acts on: the nouns and adjectives
#: of its object, after it ("призупинили виплати"), not a verb of success before it ("вдалося
#: зупинити") nor its subject ("захисники зупинили штурм").
GOOD_TARGET_POS = frozenset({"NOUN", "ADJF"})
#: What each kind of remedy word does to the (negative, positive) words it acts on; None leaves
#: them as they are ("відновили зруйнований міст": the remedy only removes the harm).
REMEDY_KINDS = {"remedy": (REMEDY_FACTOR, None), "reduction": (REDUCTION_FACTOR, REDUCED_GOOD_FACTOR),
                "cessation": (REMEDY_FACTOR, REDUCED_GOOD_FACTOR),
                "ending": (REDUCTION_FACTOR, REDUCED_GOOD_FACTOR)}
#: Readings of a word between a preposition and its noun ("від кожної сирени").
PHRASE_MODIFIER_POS = frozenset({"ADJF", "PRTF"})
#: Nouns that make a compound preposition with the preposition before them ("під час", "в ході").
PREPOSITION_NOUNS = frozenset({"час", "хід", "ход", "рахунок", "рамка"})
#: Kinds whose word is an intransitive verb of ending ("паніка минула", "зникли світло й вода",
#: "обстріли вщухли"): what ends is its subject, which stands before or after it, so a good
#: thing on either side is lost; a harm that ended is good news, at half strength like a
#: reduction. Only nouns and adjectives that may be nominative are its targets: "зник безвісти"
#: keeps its adverb, and "закінчилося розчаруванням", "минула під обстрілами" name how it ended
#: (:func:`_ending_subject`).
SUBJECT_ENDING_KINDS = frozenset({"ending"})
#: Multiplier of the negative nouns of a sentence that has an accountability word (``kind``
#: "accountability" in the modifier table: "розслідування", "провадження", "прокуратура",
#: "відповідальність", "суд", "трибунал", "расследование"). Harm named in a report of an
#: investigation, a prosecution or a liability ("за фактом обстрілу відкрито провадження",
#: "відповідальність за руйнування заперечує", "закон передбачає відповідальність, якщо ...
#: порушення") is the matter of the procedure, not a harm event the sentence reports: such
#: sentences are factual. Only negative nouns are damped, the names of the offence or harm
#: ("вбивство", "обстріл", "руйнування"); an evaluation of the procedure itself keeps its
#: valence ("суд визнав результати сфальсифікованими", "справедливого вироку не дочекалися").
#: The whole sentence is its scope, because the legal formula often puts the offence in a
#: clause of its own ("..., якщо порушення вчинене"). Measured on the demo gold split by
#: document: dev macro-F1 0.706 -> 0.712 with a clause scope of 4 tokens, 0.715 with the
#: sentence; test 0.591 -> 0.591 (0.598 when every negative word, not only nouns, was damped,
#: which also silenced a court's judgement).
ACCOUNTABILITY_FACTOR = 0.0
#: Multiplier of positive words in a direct question (a unit ending in "?"). A question asserts
#: no positive state, and in news the questions that contain praise words are mostly rhetorical
#: or sceptical ("І це називають допомогою?"); negative words in questions keep their valence.
QUESTION_POSITIVE_FACTOR = 0.0
#: Multiplier of *negative* words in a direct question that does not open with a rhetorical
#: marker (:data:`RHETORICAL_QUESTION_OPENERS`). An information-seeking question names its topic
#: and asserts no event ("Чи постраждали дані абонентів?", "Наскільки серйозною була атака?",
#: "Как отличить подделку?"): interviewers' questions in the gold are mostly neutral (dev: 7 of
#: the 9 questions the scorer called negative were labelled neutral). Measured: dev macro-F1 0.653 -> 0.658, test 0.582 ->
#: 0.589 (0.659/0.591 when every question was damped, which also silenced complaints such as
#: "Чому знову обстріл?").
QUESTION_NEGATIVE_FACTOR = 0.0
#: First words that make a question rhetorical: a complaint or accusation in the form of a
#: question ("Чому знову обстріл?", "Хіба це допомога?", "І це вони називають миром?", "Кто за
#: это ответит?"). Such questions keep their negative words.
RHETORICAL_QUESTION_OPENERS = frozenset({"хіба", "невже", "чому", "хто", "і", "й", "а", "ну",
                                         "разве", "неужели", "почему", "кто", "и"})
#: Prepositions that name the topic of what is said ("говорили про переговори", "закон щодо
#: безпеки", "думают о мире"): the valenced words of the phrase after them are what a text is
#: about, not an evaluation it makes, so they are damped by :data:`TOPIC_FACTOR` ...
TOPIC_PREPOSITIONS = frozenset({"про", "щодо", "стосовно", "о", "об", "относительно", "насчёт",
                                "насчет"})
#: ... over the next this many tokens of the clause ...
TOPIC_SCOPE = 3
#: ... by this multiplier: a strong word keeps a clear sign ("про загибель"), a weak one
#: ("про переговори") falls inside the neutral band.
TOPIC_FACTOR = 0.5
#: Lemmas of need, plan, request and expectation ("потребують допомоги", "планують відбудову",
#: "потрібна підтримка", "нуждаются в помощи", "ждут помощи", "з проханням доставити"): what
#: follows them is wanted or planned, not a state of affairs, so the *positive* words among the next
#: :data:`IRREALIS_SCOPE` tokens of the clause assert nothing (:data:`IRREALIS_FACTOR`); negative
#: words keep their valence ("потребує тривалого лікування"). Measured on the demo gold split by
#: document: dev macro-F1 0.631 -> 0.640, test 0.562 -> 0.573.
IRREALIS_LEMMAS = frozenset({
    "потребувати", "потреба", "потрібний", "потрібно", "необхідний", "необхідно", "треба",
    "планувати", "запланувати", "запланований", "обговорювати", "обговорити", "просити",
    "попросити", "прохання", "чекати", "очікувати", "сподіватися",
    "нуждаться", "нужда", "нужный", "нужно", "необходимый", "необходимо", "требоваться",
    "планировать", "запланировать", "обсуждать", "обсудить", "просить", "попросить", "просьба",
    "ждать", "ожидать", "надеяться"})
IRREALIS_SCOPE = 4
#: Conjunctions that join a further infinitive to the one a need/plan word governs ("планують
#: відремонтувати дах і відновити опалення"): the scope opens again at that infinitive.
IRREALIS_CONJUNCTIONS = frozenset({"і", "й", "та", "и", "а"})
IRREALIS_FACTOR = 0.0
#: ... and over the this many tokens before it in the clause ("форум з відбудови запланований",
#: "помощь планируют доставить"): dev 0.651 -> 0.661, test 0.591 -> 0.594.
IRREALIS_BACK_SCOPE = 3
#: Lemmas of the verbs of a public request or appeal ("просимо не заходити", "закликали економно
#: споживати", "рекомендують залишатися в укриттях", "просят не публиковать"): what they govern
#: is an instruction, not a reported event, so every valenced word of the directive's clause,
#: the addressee before it included ("рідних зниклих безвісти просять звертатися"), counts for
#: nothing (:data:`DIRECTIVE_FACTOR`). A negated harm word in a prohibition ("не торкатися
#: підозрілих предметів") denies nothing, so it must not read as relief either. The clause, not
#: the sentence, is the scope: a later clause may report the event behind the appeal ("...,
#: бо обстріли тривають"). Measured on the demo gold split by document: dev macro-F1 0.715 ->
#: 0.721 (0.724 with the rest of the sentence as scope).
DIRECTIVE_LEMMAS = frozenset({
    "просити", "попросити", "закликати", "рекомендувати", "порадити", "радити",
    "просить", "попросить", "призывать", "призвать", "рекомендовать", "посоветовать", "советовать"})
DIRECTIVE_FACTOR = 0.0
#: Quantifiers of all ("всі", "все", "кожен", "каждый") that make a negator before them a partial
#: negation: "не всі задоволені", "довольны остались не все", "не всі проблеми вдалося
#: розв'язати". Such a sentence reports dissent or something unfinished (in batches 1-121, 90 of
#: the 109 sentences with "не всі" / "не все" are labelled negative): the positive words of its
#: clause, before the negator or after it, hold for only some and turn (:data:`NEGATION_FACTOR`),
#: its negative nouns keep their sign (an unsolved problem is no relief) while a negative verb or
#: adjective turns as after any negator ("не всі скаржаться", :data:`NEGATED_STATE_POS`), and a
#: clause with no other valence gets :data:`PARTIAL_NEGATION_VALENCE` ("Виїжджати погоджуються
#: не всі"), in any case ("місць вистачає не всім", "влаштовує не всіх", "повезло не всем").
UNIVERSAL_QUANTIFIERS = frozenset({"всі", "усі", "все", "всё", "кожен", "кожна", "кожне", "кожний",
                                   "каждый", "каждая", "каждое",
                                   "всім", "усім", "всіх", "усіх", "всем", "всех", "кожному", "кожного",
                                   "кожній", "кожну", "каждому", "каждого", "каждой", "каждую"})
PARTIAL_NEGATION_FACTOR = NEGATION_FACTOR
PARTIAL_NEGATION_VALENCE = -1.0
#: Readings of the negative words that a partial negation turns (verbs and adjectives of a state).
NEGATED_STATE_POS = frozenset({"VERB", "INFN", "ADJF", "ADJS", "PRTF", "PRTS"})
#: "так і не" / "так и не" before a verb: an event that was awaited and never came ("комісія так і
#: не приїхала", "генератор так і не купили", "в Москві так і не пояснили"). In batches 1-121,
#: 83 of the 103 sentences with it are labelled negative, most with no evaluative word. The
#: negator acts as usual; a clause left with nothing valenced gets :data:`UNFULFILLED_VALENCE`.
UNFULFILLED_OPENERS = frozenset({"так"})
UNFULFILLED_JOINERS = frozenset({"і", "й", "и"})
UNFULFILLED_VALENCE = -1.0
#: Valence of a lack: a postposed negator after a genitive noun that has no valence of its own
#: ("світла немає", "ресурсів обмаль", "связи нет") reports that something needed is missing.
LACK_VALENCE = -1.0
#: Verbal negators that, when a verb follows them and closes the clause, also deny the positive
#: noun phrases before them in it: Ukrainian and Russian put a negated verb last with its object
#: (often in the genitive of negation) in front ("плану розмінування так і не представили",
#: "жодних заходів для захисту не вживали", "помощи так и не дождались"), so nothing valenced
#: follows the verb for the negator to reach. Only nouns and their adjectives are denied
#: (:data:`CLAUSE_FINAL_NEGATION_POS`), and only with no other verb between them and the negator:
#: a noun before another verb belongs to that predicate ("ворог обстрілює село і не
#: зупиняється"). A negative noun there keeps its valence: it is as often what is lacking or
#: kept ("снарядів не вистачить", "штрафів ніхто не скасовував") as what is denied. Measured on
#: the demo gold split by document: dev macro-F1 0.721 -> 0.728.
CLAUSE_FINAL_NEGATORS = frozenset({"не"})
#: Verbs of success ("вдатися", "удаться", "змогти", "смочь"): negated after an infinitive, they
#: report that its action failed ("Ногу врятувати не вдалося", "спасти не удалось"), so a positive
#: infinitive up to :data:`FAILED_ACTION_SCOPE` tokens before them turns as if negated itself,
#: and it removes no harm (the negated success verb is no harm for a remedy to cancel).
SUCCESS_VERB_LEMMAS = frozenset({"вдатися", "удатися", "змогти", "спромогтися", "зуміти", "встигнути",
                                 "удаться", "смочь", "суметь", "успеть"})
FAILED_ACTION_SCOPE = 3
#: Readings of the negated verb that closes the clause (and of the verbs that end the reach back) ...
CLAUSE_FINAL_VERB_POS = frozenset({"VERB", "INFN"})
#: ... and of the words before it that it denies.
CLAUSE_FINAL_NEGATION_POS = frozenset({"NOUN", "ADJF"})
#: Contrast words that introduce the correction in "не X, а Y" ("не війна, а операція", "не
#: воювати, а допомагати"): the denied X is a foil, not an evaluation, so the negated words
#: before the contrast count for nothing and only Y is scored.
CORRECTION_CONTRASTS = frozenset({"а"})
#: Event frames of war news (``lexicons/sentiment_frames.csv``): a predicate lemma and an
#: argument lemma in one clause carry a polarity that no evaluative word states ("світло дали",
#: "отримали хліб", "збили ракету", "сиділи в погребі", "залишилися без води"). See
#: :func:`load_frames` and :func:`_frame_contributions`.
FRAMES_PATH = LEXICON_DIR / "sentiment_frames.csv"
#: The frames, by the news they report; each ``frame`` row of the table names one. Good news:
#: services and places restored, aid received or sent to the army, money raised, people home or
#: out of captivity, air defence and strikes at the enemy. Bad news: sheltering, a service lacking
#: or cut off, homes lost or left, prices and bills going up.
FRAME_CLASSES = ("restoration_utility", "restoration_facility", "aid_receipt", "aid_front",
                 "return_home", "return_captivity", "air_defence", "own_forces", "enemy_losses",
                 "enemy_strike", "held_captive", "shelter", "lack", "outage", "displacement", "price_rise",
                 "justice", "law_enforcement", "fundraising", "earnings_growth", "earnings_fall",
                 "fundraiser_closed")
#: Case readings of a noun or adjective that can stand as the subject of a clause. For a frame
#: whose ``argument_case`` is "object" (the object decides its polarity: "знищили ворожу
#: техніку" is good news, "окупанти знищили школу" is not), an argument *before* an active verb
#: that may be nominative is read as the subject and does not complete the frame.
SUBJECT_CASES = frozenset({"nomn"})
#: Tags of the predicate forms whose grammatical subject is the object of the event (Ukrainian
#: impersonal "збито", "знищено"; Russian short passive participles "сбиты", "уничтожен"): with
#: them a nominative argument before the predicate still counts.
PASSIVE_TAGS = ("Impe", "pssv")
#: Letters that occur in only one of the two languages (to spot a Russian sentence quoted in a
#: Ukrainian article).
RUSSIAN_ONLY_LETTERS = frozenset("ыэъё")
UKRAINIAN_ONLY_LETTERS = frozenset("іїєґ")
#: Words of Russian (known to its dictionary only) that make a sentence with no telling letter
#: in a Ukrainian article Russian, when no word is known to the Ukrainian dictionary only. Most
#: Ukrainian sentences have an і, ї or є, so few need the check; most Russian sentences have no
#: ы, э, ъ or ё, and a Ukrainian one with none of і ї є ґ is rare, so Russian articles skip it.
MIN_OTHER_LANGUAGE_WORDS = 2
#: The letters of either kind, and a search for one of them in a text.
TELLING_LETTERS = RUSSIAN_ONLY_LETTERS | UKRAINIAN_ONLY_LETTERS
TELLING_LETTER = re.compile("[ыэъёіїєґ]", re.IGNORECASE)
#: Characters after which a capitalised word starts a sentence or quotation (not a proper noun).
OPENING_CHARS = frozenset("«„“\"'(–—-:…")
#: Segment kinds of the two voices that compare_voices compares.
VOICE_KINDS = ("editorial", "quote")
#: Segment kinds that read as editorial context around a scare quote.
EDITORIAL_KINDS = frozenset({"editorial", "scare_quote"})

LABELS = ("negative", "neutral", "positive")
#: Label names of the gold's polarity values.
SENTIMENT_NAMES = {-1: "negative", 0: "neutral", 1: "positive"}
SENTIMENT_COLUMNS = ["doc_id", "seg_id", "kind", "quote_id", "speaker", "score", "label", "method",
                     "n_words"]
EXPLAIN_COLUMNS = ["sentence", "start", "end", "token", "lemma", "valence", "rules", "triggers",
                   "contribution", "sentence_score"]

# Punctuation between two tokens that ends a negation or modifier scope. Quote marks do not:
# "не «визволителі»" is still negated.
SCOPE_BREAK = re.compile(r"[,.;:!?…()\[\]–—]|\s-\s")


# ---------------------------------------------------------------------------------------------
# lexicons


@lru_cache(maxsize=4)
def load_lexicon(lang: str = "uk", path: str | Path | None = None) -> dict[str, float]:
    """Valence of each lemma (lookup form: lower case, ASCII apostrophe) on the -4..4 scale."""
    lexicon: dict[str, float] = {}
    with open(path or LEXICON_PATHS[_lang(lang)], encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            lexicon[nlp.morph_form(row["lemma"])] = float(row["score"])
    return lexicon


@dataclass(frozen=True)
class Modifiers:
    """Modifier words of one language (lookup forms)."""

    negation: frozenset[str]
    #: booster (> 0) and dampener (< 0) values: the share by which the next valence grows/shrinks
    scale: dict[str, float] = field(default_factory=dict)
    #: contrast strength, 1 for a full "but"
    contrast: dict[str, float] = field(default_factory=dict)
    #: concessive words ("попри", "незважаючи"): their clause is conceded background, the rest
    #: of the sentence is the point (see CONCESSION_SHIFT); the value is the strength
    concession: dict[str, float] = field(default_factory=dict)
    #: remedy words (lemmas): they remove the harm named next to them (see REMEDY_SCOPE)
    remedy: frozenset[str] = frozenset()
    #: accountability words (lemmas): the harm in their sentence is what is investigated or
    #: prosecuted (see ACCOUNTABILITY_FACTOR)
    accountability: frozenset[str] = frozenset()
    #: reduction and cessation words (lemmas): less of, or a stop to, what is named next to
    #: them (see REDUCTION_FACTOR and REDUCED_GOOD_FACTOR)
    reduction: frozenset[str] = frozenset()
    cessation: frozenset[str] = frozenset()
    #: intransitive verbs of ending (lemmas): their subject ends (see SUBJECT_ENDING_KINDS)
    ending: frozenset[str] = frozenset()

    def remedy_kind(self, *lemmas: str) -> str:
        """The :data:`REMEDY_KINDS` key of the first of ``lemmas`` that is a remedy, reduction,
        cessation or ending word; "" if none is."""
        for kind, words in (("remedy", self.remedy), ("reduction", self.reduction),
                            ("cessation", self.cessation), ("ending", self.ending)):
            if any(lemma in words for lemma in lemmas):
                return kind
        return ""

    def kind(self, form: str, lemma: str) -> tuple[str, float, str] | None:
        """``(kind, value, word)`` when the token (form or lemma) is a modifier."""
        for word in (form, lemma):
            if word in self.negation:
                return "negation", 0.0, word
            if word in self.contrast:
                return "contrast", self.contrast[word], word
            if word in self.concession:
                return "concession", self.concession[word], word
            if word in self.scale:
                value = self.scale[word]
                return ("booster" if value > 0 else "dampener"), value, word
        return None


@lru_cache(maxsize=4)
def load_modifiers(lang: str = "uk", path: str | Path | None = None) -> Modifiers:
    """Negators, boosters/dampeners, contrast, concession, remedy, reduction, cessation, ending
    and accountability words of ``lang`` from the modifier table."""
    negation, scale, contrast, concession, remedy, accountability = set(), {}, {}, {}, set(), set()
    reduction, cessation, ending = set(), set(), set()
    with open(path or MODIFIERS_PATH, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["language"] != _lang(lang):
                continue
            word = nlp.morph_form(row["word"])
            if row["kind"] == "negation":
                negation.add(word)
            elif row["kind"] in ("booster", "dampener"):
                scale[word] = float(row["value"])
            elif row["kind"] == "contrast":
                contrast[word] = float(row["value"])
            elif row["kind"] == "concession":
                concession[word] = float(row["value"])
            elif row["kind"] == "remedy":
                remedy.add(word)
            elif row["kind"] == "accountability":
                accountability.add(word)
            elif row["kind"] == "reduction":
                reduction.add(word)
            elif row["kind"] == "cessation":
                cessation.add(word)
            elif row["kind"] == "ending":
                ending.add(word)
            else:
                raise ValueError(f"{path or MODIFIERS_PATH}: unknown modifier kind {row['kind']!r}")
    return Modifiers(frozenset(negation), scale, contrast, concession, frozenset(remedy),
                     frozenset(accountability), frozenset(reduction), frozenset(cessation),
                     frozenset(ending))


def _lang(lang: str) -> str:
    return lang if lang in ("uk", "ru") else "uk"


def _degree_bases(form: str) -> list[str]:
    """Positive-degree candidates of a comparative or superlative form (lower case).

    pymorphy3's Ukrainian dictionary lists "найстрашніший" and "страшніший" as lemmas of their
    own, so the lexicon entry "страшний" would never match: strip the superlative prefix, then map
    the comparative suffix back (-іший -> -ий, -іше -> -о).
    """
    stem = form
    for prefix in SUPERLATIVE_PREFIXES:
        if stem.startswith(prefix) and len(stem) > len(prefix) + 3:
            stem = stem[len(prefix):]
            break
    bases = [stem] if stem != form else []
    for suffix, replacement in COMPARATIVE_SUFFIXES:
        if stem.endswith(suffix):
            bases.append(stem[: -len(suffix)] + replacement)
    return bases


def _participle_verb(lemma: str, tag: str, lang: str) -> str:
    """The verb of a Ukrainian passive participle that pymorphy3 lists as a lemma of its own
    ("атакований" -> "атакувати", "пограбований" -> "пограбувати", "захоплений" -> "захопити").

    Only readings tagged ``pssv`` qualify, and not gradable ones (``compb``): a gradable
    participle has become an adjective with a meaning of its own ("захоплений" = delighted).
    """
    if lang != "uk" or "pssv" not in tag or "compb" in tag:
        return ""
    for ending, infinitive in PARTICIPLE_ENDINGS:
        if not lemma.endswith(ending) or len(lemma) <= len(ending) + 2:
            continue
        stem = lemma[: -len(ending)]
        stems = [stem]
        if infinitive == "ити":
            stems += [stem[: -len(a)] + b for a, b in PARTICIPLE_ALTERNATIONS if stem.endswith(a)]
        for candidate in stems:
            verb = candidate + infinitive
            if nlp.is_known(verb, lang) and any(r.pos == "VERB" and "infn" in r.tag and r.lemma == verb
                                                for r in nlp.parses(verb, lang)):
                return verb  # a dictionary word, not one of pymorphy3's guesses
    return ""


IDIOMS_PATH = LEXICON_DIR / "sentiment_idioms.csv"


@lru_cache(maxsize=2)
def load_idioms(lang: str = "uk") -> dict[str, list[tuple[tuple[str, ...], float]]]:
    """Fixed expressions whose sentiment is not the sum of their words ("дай Боже" +2, "на жаль"
    -1.5), from ``lexicons/sentiment_idioms.csv``, indexed by their first word."""
    index: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    with IDIOMS_PATH.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["language"] == lang:
                words = tuple(nlp.morph_form(w) for w in row["phrase"].split())
                index.setdefault(words[0], []).append((words, float(row["score"])))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest first
    return index


def _idiom_at(tokens: list, index: int, lang: str) -> tuple[int, float] | None:
    """``(length, score)`` of the idiom starting at ``tokens[index]``, matched on lower-cased
    forms or lemmas word by word ("зниклих безвісти" is "зниклий безвісти"); None if none
    starts there."""
    return _idiom_match([_word(t.text, lang) for t in tokens], index)


@lru_cache(maxsize=300_000)
def _idiom_candidates(first: str, lang: str) -> tuple[tuple[tuple[str, ...], float], ...]:
    """Idioms that may start with the lookup form ``first``: indexed by the form itself, else by
    any of its lemmas."""
    idioms = load_idioms(lang)
    candidates = idioms.get(first)
    if candidates is None:
        candidates = [entry for word in sorted(nlp.lemma_set(first, lang)) for entry in idioms.get(word, ())]
    return tuple(candidates)


def _idiom_match(words: list, index: int) -> tuple[int, float] | None:
    """:func:`_idiom_at` over the :class:`_Word` records of a unit's tokens."""
    for entry, score in words[index].idioms:
        if index + len(entry) <= len(words) and all(
                w == info.lower or w in info.lemmas
                for w, info in zip(entry[1:], words[index + 1:index + len(entry)])):
            return len(entry), score
    return None


class Frame(NamedTuple):
    """One event frame of ``lexicons/sentiment_frames.csv`` (see :func:`load_frames`)."""

    frame_id: str
    valence: float
    window: int  # most content words from predicate to argument (see _content_distance), same clause
    object_case: bool  # the argument must be the object (argument_case "object")
    subject_case: bool = False  # the argument must be the subject, before an active verb ("subject")


class FrameIndex(NamedTuple):
    """The frames of one language, indexed by the lemmas that play a role in them."""

    frames: tuple[Frame, ...]
    predicates: dict[str, tuple[int, ...]]  # lemma -> indices of the frames it is predicate of
    arguments: dict[str, tuple[int, ...]]  # lemma -> indices of the frames it is argument of


@lru_cache(maxsize=2)
def load_frames(lang: str = "uk") -> FrameIndex:
    """Event frames of ``lang``: polarity that war news carries by the event a predicate and its
    argument name, not by an evaluative word ("світло дали" +, "сиділи в погребі" -).

    ``lexicons/sentiment_frames.csv`` has two kinds of rows: ``set`` rows name a class of
    argument lemmas (``services``: світло, вода, газ, ...), ``frame`` rows give a frame's
    predicate lemmas, its arguments (lemmas, or ``@set`` for a class), ``window`` (tokens between
    the two), ``valence`` (-4..4) and ``argument_case`` ("object" when only the object of the
    predicate completes the frame). Indexed by lemma, so a sentence with no predicate lemma costs
    one attribute test per token.
    """
    sets: dict[str, set[str]] = {}
    frames: list[Frame] = []
    predicates: dict[str, list[int]] = {}
    arguments: dict[str, list[int]] = {}
    with FRAMES_PATH.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["language"] != _lang(lang):
                continue
            if row["kind"] == "set":
                sets[row["frame_id"]] = {nlp.morph_form(w) for w in row["arguments"].split()}
                continue
            if row["kind"] != "frame" or row["frame_id"] not in FRAME_CLASSES:
                raise ValueError(f"{FRAMES_PATH}: unknown row {row['kind']!r} {row['frame_id']!r}")
            number = len(frames)
            frames.append(Frame(row["frame_id"], float(row["valence"]), int(row["window"]),
                                row["argument_case"] == "object", row["argument_case"] == "subject"))
            for word in row["predicates"].split():
                predicates.setdefault(nlp.morph_form(word), []).append(number)
            for item in row["arguments"].split():
                words = sets[item[1:]] if item.startswith("@") else {nlp.morph_form(item)}
                for word in words:
                    if number not in arguments.setdefault(word, []):
                        arguments[word].append(number)
    return FrameIndex(tuple(frames), {k: tuple(v) for k, v in predicates.items()},
                      {k: tuple(v) for k, v in arguments.items()})


def _frame_roles(form: str, lemmas: frozenset, lang: str) -> tuple[tuple[int, str], ...]:
    """``(frame index, "p"|"a")`` for every frame the word (its form or any lemma) plays a role in."""
    index = load_frames(lang)
    roles: set[tuple[int, str]] = set()
    for word in (form, *lemmas):
        roles.update((number, "p") for number in index.predicates.get(word, ()))
        roles.update((number, "a") for number in index.arguments.get(word, ()))
    return tuple(sorted(roles))


class _Word(NamedTuple):
    """What the rule engine needs to know of one token text, computed once per (text, language)."""

    cyrillic: bool
    lower: str  # morph_form of the token text
    lemmas: frozenset  # nlp.lemma_set of the token text (idiom matching)
    form: str  # lower, with a reduplication collapsed ("дуже-дуже" -> "дуже")
    copies: int
    lemma_of_form: str
    proper: bool
    idioms: tuple  # candidate idioms starting with this word
    modifier: tuple | None
    valence: float
    lemma: str
    superlative: bool
    remedy: str  # a REMEDY_KINDS key for a remedy, reduction or cessation word, else ""
    accountability: bool  # an investigation, prosecution or liability word (ACCOUNTABILITY_FACTOR)
    anchor: bool
    topic: bool
    irrealis: bool
    directive: bool  # a verb of public request or appeal (DIRECTIVE_LEMMAS)
    frames: tuple  # (frame index, role) pairs of this word, role "p" (predicate) or "a" (argument)
    subject: bool  # may be a nominative (a subject), for frames whose argument must be the object
    passive: bool  # an impersonal or passive form ("збито", "сбиты"): its subject is the object
    function: bool  # a function word (FUNCTION_POS), not counted in a frame's window
    pos: str  # the part of speech of its best reading (nouns: ACCOUNTABILITY_FACTOR, CLAUSE_FINAL_NEGATORS)
    plain: bool  # plays no part in any rule (most words): only counts down the open scopes
    #: for an adjective that is also a noun of another lemma ("світла": світлий, світло), the
    #: noun's (valence, lemma), read where no noun or adjective after it agrees (see _noun_reading)
    noun: tuple | None = None
    #: the reverse: a word read first as an adjective whose valence came from a noun of another
    #: lemma ("другу": друг), with the adjective's (valence, lemma), read where the word after
    #: it agrees with the adjective ("другу добу": другий)
    adjective: tuple | None = None


@lru_cache(maxsize=300_000)
def _word(text: str, lang: str) -> _Word:
    """The cached per-word lookups of :func:`_score_unit` (``lang`` already resolved)."""
    lower = nlp.morph_form(text)
    if not nlp.CYRILLIC_WORD.search(text):
        return _Word(False, lower, nlp.lemma_set(text, lang), lower, 1, "", False, (), None, 0.0, "", False,
                     "", False, False, False, False, False, (), False, False, False, "", False)
    modifiers = load_modifiers(lang)
    form, copies = _reduplication(lower)
    lemma_of_form = nlp.lemma(form, lang)
    valence, lemma, superlative = lookup(form if copies > 1 else text, lang)
    lemmas = nlp.lemma_set(text, lang)
    frames = _frame_roles(lower, lemmas | {lemma_of_form}, lang)
    subject = passive = False
    remedy = modifiers.remedy_kind(lemma, lemma_of_form)
    if frames or remedy:  # only frame and remedy words need their case and voice
        readings = nlp.parses(lower, lang)
        subject = any(not r.tag or any(c in r.tag for c in SUBJECT_CASES) for r in readings)
        passive = any(any(t in r.tag for t in PASSIVE_TAGS) for r in readings)
    idioms = _idiom_candidates(lower, lang)
    modifier = modifiers.kind(form, lemma_of_form)
    accountability = lemma in modifiers.accountability or lemma_of_form in modifiers.accountability
    anchor = lemma_of_form in TIME_ANCHOR_LEMMAS
    topic = form in TOPIC_PREPOSITIONS
    irrealis = lemma_of_form in IRREALIS_LEMMAS
    directive = lemma_of_form in DIRECTIVE_LEMMAS
    best = nlp.best_parse(lower, lang)
    pos = best.pos
    plain = not (frames or idioms or modifier or valence or remedy or accountability or anchor
                 or topic or irrealis or directive)
    noun = adjective = None
    if pos == "ADJF" and valence:
        if lemma != best.lemma and any(r.pos == "NOUN" and r.lemma == lemma for r in nlp.parses(lower, lang)):
            adjective = (load_lexicon(lang).get(best.lemma, 0.0), best.lemma)
        # (not an adjective used as a noun, "похований", "мобілізований": it keeps the adjective's sense)
        nouns = [r.lemma for r in nlp.parses(lower, lang) if r.pos == "NOUN" and r.lemma != lemma
                 and not r.lemma.endswith(SUBSTANTIVE_ADJECTIVE_ENDINGS)]
        if nouns and adjective is None:
            noun = (load_lexicon(lang).get(nouns[0], 0.0), nouns[0])
    return _Word(True, lower, lemmas, form, copies, lemma_of_form, _proper_noun(text), idioms,
                 modifier, valence, lemma, superlative, remedy, accountability, anchor, topic,
                 irrealis, directive, frames, subject, passive, pos in FUNCTION_POS, pos, plain, noun,
                 adjective)


#: Lemma endings of adjectives used as nouns ("поранений", "мобилизованный", "учёная").
SUBSTANTIVE_ADJECTIVE_ENDINGS = ("ий", "ій", "ый", "ой", "ая", "яя", "ое", "ее")
#: Grammatical cases in pymorphy3 tags (for adjective-noun agreement).
CASE_TAGS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


def _grammar(tag: str) -> tuple[frozenset, bool]:
    """The cases of a reading and whether it is plural."""
    grammemes = frozenset(tag.replace(" ", ",").split(","))
    return grammemes & CASE_TAGS, "plur" in grammemes


@lru_cache(maxsize=100_000)
def _agrees(adjective: str, following: str, lang: str) -> bool:
    """Whether an adjective reading of ``adjective`` agrees in case and number with a noun or
    adjective reading of the word after it ("світлими стінами", "світлий час")."""
    left = [_grammar(r.tag) for r in nlp.parses(adjective, lang) if r.pos == "ADJF"]
    right = [_grammar(r.tag) for r in nlp.parses(following, lang) if r.pos in ("NOUN", "ADJF")]
    return any(cases & other_cases and plural == other_plural
               for cases, plural in left for other_cases, other_plural in right)


def _participle(word: str, lang: str) -> bool:
    """Whether ``word`` reads first as a participle ("пошкоджених", "поврежденных"): the clause it
    opens in commas describes the noun before it ("будинки, пошкоджені обстрілами, відновили")."""
    reading = nlp.best_parse(word, lang)
    return reading.pos == "PRTF" or reading.pos == "ADJF" and ("pssv" in reading.tag or "actv" in reading.tag)


def _concessive_even(words: list, index: int) -> bool:
    """Whether "навіть"/"даже" at ``index`` opens a conceded circumstance (see :data:`EVEN_WORDS`)."""
    after = [w.lower for w in words[index + 1:index + 3]]
    return bool(after) and (after[0] in EVEN_CIRCUMSTANCE_PREPOSITIONS or len(after) == 2
                            and after[0] in ("в", "у", "во") and after[1] in EVEN_CIRCUMSTANCE_NOUNS)


def _noun_reading(tokens: list, words: list, index: int, text: str, lang: str) -> bool:
    """Whether the adjective-or-noun at ``index`` reads as its noun: no word right after it, in
    the same phrase, agrees with it as an adjective ("відключення світла", "при світлі ліхтарика")."""
    if index + 1 >= len(tokens) or text[tokens[index].end:tokens[index + 1].start].strip():
        return True
    return not _agrees(words[index].lower, words[index + 1].lower, lang)


@lru_cache(maxsize=300_000)
def lookup(word: str, lang: str = "uk") -> tuple[float, str, bool]:
    """``(valence, lemma, superlative)`` of a word token; valence 0.0 for unknown and function words.

    Order: the chosen lemma; then the mean over the other normal forms that are in the lexicon
    (the readings behind :func:`analysis.nlp.lemma_set`, fenced: a form pinned in
    ``function_words.csv`` never falls back, "зараз" is never "зараза"; an adverb falls back
    only to its adjective, "добре" -> "добрий", never to a noun, "рано" is not "рана"); then,
    for comparatives and superlatives, the positive degree ("найстрашніший" -> "страшний";
    ``superlative`` is True when a "най-" prefix was stripped); then, for a Ukrainian gerund,
    its verb ("затоплюючи" -> "затоплювати"); then, for a hyphenated compound, its most
    strongly valenced part ("країна-агресор"). Words without Cyrillic letters score 0.
    """
    lang = _lang(lang)
    form = nlp.morph_form(word)
    if not nlp.CYRILLIC_WORD.search(form):
        return 0.0, form, False
    parse = nlp.best_parse(form, lang)
    if parse.pos in FUNCTION_POS:
        return 0.0, parse.lemma, False
    readings = nlp.parses(form, lang)
    if "impr" in parse.tag:
        # a past plural is far likelier in news than an imperative of the same spelling ("діти
        # спали": спати, not спалити)
        indicative = [r for r in readings if r.pos == "VERB" and "impr" not in r.tag]
        if indicative:
            parse, readings = indicative[0], indicative
    lexicon = load_lexicon(lang)
    if parse.lemma in lexicon:
        return lexicon[parse.lemma], parse.lemma, False
    if (lang, form) not in nlp.function_word_lemmas():
        allowed = ADVERB_FALLBACK_POS if parse.pos in ("ADVB", "PRED") else None
        others = sorted({reading.lemma for reading in readings
                         if reading.lemma in lexicon and reading.pos not in FUNCTION_POS
                         and (allowed is None or reading.pos in allowed)})
        if others:
            return sum(lexicon[lemma] for lemma in others) / len(others), others[0], False
    if parse.pos == "GRND":
        verb = nlp.gerund_verb(form, lang)
        if verb in lexicon:
            return lexicon[verb], verb, False
    if parse.pos == "ADJF":
        verb = _participle_verb(parse.lemma, parse.tag, lang)
        if verb in lexicon:
            return lexicon[verb], verb, False
    for base in _degree_bases(parse.lemma):
        readings = sorted({r.lemma for r in nlp.parses(base, lang) if r.pos in DEGREE_POS})
        for candidate in dict.fromkeys([base, *readings]):
            if candidate in lexicon:
                superlative = any(parse.lemma.startswith(p) for p in SUPERLATIVE_PREFIXES)
                return lexicon[candidate], candidate, superlative
    if "-" in form:
        parts = [lookup(part, lang) for part in form.split("-") if part]
        best = max(parts, key=lambda item: abs(item[0]), default=(0.0, parse.lemma, False))
        if best[0]:
            return best
    return 0.0, parse.lemma, False


def _failed_actions(contributions: list[_Contribution], clauses: list[int], positions: list[int],
                    words: list[_Word], remedies: list[tuple[int, int, str, str]], lang: str
                    ) -> list[tuple[int, int, str, str]]:
    """Apply :data:`SUCCESS_VERB_LEMMAS`: before a negated verb of success ("врятувати не
    вдалося") a positive infinitive turns as if negated; returns ``remedies`` without the remedy
    infinitives that failed ("Загасити пожежу не вдалося": the fire is still harm)."""
    for i, item in enumerate(contributions):
        if item.lemma not in SUCCESS_VERB_LEMMAS or "negation" not in item.rules:
            continue
        negator = item.triggers[0] if item.triggers else "не"

        def failed(position: int, clause: int) -> bool:
            return clause == clauses[i] and 0 < positions[i] - position <= FAILED_ACTION_SCOPE \
                and _infinitive(words[position].lower, lang)

        for j, before in enumerate(contributions):
            if failed(positions[j], clauses[j]) and before.value > 0 and "negation" not in before.rules:
                before.apply(NEGATION_FACTOR, "negation", negator)
        remedies = [r for r in remedies if not failed(r[0], r[1])]
    return remedies


def _ending_subject(words: list[_Word], position: int, lang: str) -> bool:
    """Whether the word at ``position`` may be what an ending verb ends (see
    :data:`SUBJECT_ENDING_KINDS`): a noun or adjective that may be nominative and stands in no
    prepositional phrase: no preposition just before it, nor before an adjective or the "час" of
    "під час" just before it ("від кожної сирени", "під час окупації")."""
    word = words[position]
    if word.pos not in GOOD_TARGET_POS or not _may_be_subject(word.lower, lang):
        return False
    before = words[position - 1] if position else None
    if before is None or before.pos == "PREP":
        return before is None
    return not (position > 1 and words[position - 2].pos == "PREP"
                and (before.pos in PHRASE_MODIFIER_POS or before.lemma_of_form in PREPOSITION_NOUNS))


@lru_cache(maxsize=300_000)
def _infinitive(lower: str, lang: str) -> bool:
    """Whether a word's best reading is an infinitive (Russian "INFN"; Ukrainian "VERB ... infn")."""
    parse = nlp.best_parse(lower, lang)
    return parse.pos == "INFN" or "infn" in parse.tag


@lru_cache(maxsize=300_000)
def _finite(lower: str, lang: str) -> bool:
    """Whether a word has a finite verb reading ("бояться" is also an infinitive variant)."""
    return any(r.pos == "VERB" and "infn" not in r.tag for r in nlp.parses(lower, lang))


def _finite_verb(word: "_Word", lang: str) -> bool:
    """Whether a word's best reading is a verb and it may be finite: a clause of its own."""
    return word.pos == "VERB" and _finite(word.lower, lang)


@lru_cache(maxsize=300_000)
def _may_be_subject(lower: str, lang: str) -> bool:
    """Whether a word (lookup form) has a reading in one of :data:`SUBJECT_CASES`."""
    return any(not r.tag or any(c in r.tag for c in SUBJECT_CASES) for r in nlp.parses(lower, lang))


def unit_language(text: str, lang: str) -> str:
    """The language of one sentence: a Russian sentence quoted in a Ukrainian article (letters
    ы э ъ ё and none of і ї є ґ) is scored with the Russian lexicon, and the reverse. A sentence
    with no telling letter in a Ukrainian article goes by its words: at least
    :data:`MIN_OTHER_LANGUAGE_WORDS` that only the Russian dictionary knows, and none that only
    the Ukrainian one knows."""
    letters = set(text.lower())
    if lang == "uk" and letters & RUSSIAN_ONLY_LETTERS and not letters & UKRAINIAN_ONLY_LETTERS:
        return "ru"
    if lang == "ru" and letters & UKRAINIAN_ONLY_LETTERS and not letters & RUSSIAN_ONLY_LETTERS:
        return "uk"
    if lang == "uk" and not letters & TELLING_LETTERS:
        return _language_by_words(text, lang)
    return lang


def _language_by_words(text: str, lang: str) -> str:
    """The language of a sentence with no telling letter ("Все дети вернулись к родителям" in a
    Ukrainian article): the other language when at least :data:`MIN_OTHER_LANGUAGE_WORDS` of its
    words are known to the other language's dictionary only and none to ``lang``'s only."""
    own_only = other_only = 0
    for token in nlp.iter_tokens(text):
        side = _dictionary_side(token.text, lang)
        own_only += side < 0
        other_only += side > 0
    return ("ru" if lang == "uk" else "uk") if other_only >= MIN_OTHER_LANGUAGE_WORDS and not own_only else lang


@lru_cache(maxsize=300_000)
def _dictionary_side(word: str, lang: str) -> int:
    """-1 if only ``lang``'s dictionary knows the Cyrillic ``word``, 1 if only the other
    language's does, else 0 (both, neither, or not a Cyrillic word)."""
    if not nlp.CYRILLIC_WORD.search(word):
        return 0
    in_own, in_other = nlp.is_known(word, lang), nlp.is_known(word, "ru" if lang == "uk" else "uk")
    return (in_other and not in_own) - (in_own and not in_other)


# ---------------------------------------------------------------------------------------------
# the rule engine


@dataclass
class _Contribution:
    start: int
    end: int
    token: str
    lemma: str
    valence: float
    value: float
    rules: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)

    def apply(self, factor: float, rule: str, trigger: str = "") -> None:
        self.value *= factor
        self.rules.append(rule)
        if trigger:
            self.triggers.append(trigger)


def normalise(total: float, alpha: float = ALPHA) -> float:
    """Squash a valence sum into (-1, 1): ``x / sqrt(x*x + alpha)``."""
    if total == 0:
        return 0.0
    return total / math.sqrt(total * total + alpha)


def _reduplication(form: str) -> tuple[str, int]:
    """``("дуже", 2)`` for "дуже-дуже": the repeated word and how many copies; else ``(form, 1)``."""
    parts = form.split("-")
    if len(parts) > 1 and all(part == parts[0] for part in parts):
        return parts[0], len(parts)
    return form, 1


#: A short capitalised phrase in quote marks (:data:`analysis.quotes.NAME_IN_MARKS`): the name of
#: an organisation, company, programme, ship or operation ("ГО «Чесне місто»", 'ТОВ
#: "Текстиль-Захист"'), when a word stands right before it in the same sentence (see
#: :func:`_quoted_names`).
QUOTED_NAME = re.compile(r"(?<=[\w)][ \t])" + NAME_IN_MARKS.pattern)


def _quoted_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the names in quote marks in ``text[start:end]`` (:data:`QUOTED_NAME`):
    their words name something and evaluate nothing ("Громадська організація «Чесне місто»")."""
    if not any(mark in text[start:end] for mark in "«„\""):
        return []
    return [(m.start("name"), m.end("name")) for m in QUOTED_NAME.finditer(text, start, end)
            if len(m.group("name").split()) <= MAX_NAME_IN_MARKS_WORDS]


def _unit_tokens(text: str, start: int, end: int) -> list[nlp.Token]:
    """The word tokens of ``text[start:end]`` with offsets in ``text`` (from the text's shared
    tokens when the unit's edges fall between tokens, as they do for sentences and segments)."""
    found = nlp.token_range(text, start, end)
    if found is None:
        return [nlp.Token(m.start(), m.end(), m.group()) for m in nlp.WORD_TOKEN.finditer(text, start, end)]
    i, j = found
    words, starts, ends = nlp.word_spans(text)
    return list(map(nlp.Token, starts[i:j], ends[i:j], words[i:j]))


def _score_unit(text: str, start: int, end: int, lang: str,
                irony: Sequence[tuple[int, int]] = (), known: tuple[list, list] | None = None
                ) -> list[_Contribution]:
    """Contributions of the valenced tokens of ``text[start:end]`` (one sentence or clause).

    ``irony`` lists character spans (scare quotes) whose words are read ironically when the unit
    also has words outside them. ``known``: the unit's tokens and their :class:`_Word` records
    when the caller has them (and has settled the unit's language).
    """
    if known is None:
        lang = unit_language(text[start:end], _lang(lang))
        tokens = _unit_tokens(text, start, end)
        words = [_word(t.text, lang) for t in tokens]
        if all(word.plain or not word.cyrillic for word in words):
            return []  # no word any rule looks at (a unit of names, numbers and plain words)
    else:
        tokens, words = known
    modifiers = load_modifiers(lang)
    if irony:
        in_irony = [any(a <= t.start < b for a, b in irony) for t in tokens]
        ironic = any(in_irony) and not all(in_irony)
    else:
        in_irony, ironic = [], False
    names = _quoted_names(text, start, end)
    if names:  # the words of a name in quote marks ("фонд «Крила надії»") evaluate nothing
        kept = [i for i, t in enumerate(tokens) if not any(a <= t.start < b for a, b in names)]
        tokens, words = [tokens[i] for i in kept], [words[i] for i in kept]
        in_irony = [in_irony[i] for i in kept] if in_irony else in_irony
    contributions: list[_Contribution] = []
    contrasts: list[tuple[int, float, str]] = []  # (token index, strength, word)
    concessions: list[tuple[int, int, float, str]] = []  # (token index, clause, strength, word)
    # frame words seen: (token index, clause, open negator, open need/plan word, open topic word)
    frame_marks: list[tuple[int, int, str, str, str]] = []
    negation_left, negator = 0, ""
    scale_left, scale, scalers = 0, 0.0, []
    anchor_left, anchor = 0, ""  # tokens a time anchor ("з початку ...") still reaches
    topic_left, topic = 0, ""  # tokens a topic preposition ("про", "щодо") still reaches
    irrealis_left, irrealis = 0, ""  # tokens a need/plan word ("потребують", "планують") reaches
    irrealis_in_clause = ""  # the need/plan word of the current clause, for the infinitives it governs
    irrealis_at: list[tuple[int, int, str]] = []  # (token index, clause, word) of need/plan words
    directives: list[tuple[int, str, int]] = []  # (clause, word, token index) of request and appeal verbs
    seen: Counter[str] = Counter()
    clause_start = 0  # index in contributions where the current clause starts
    clause = 0  # number of the current clause (scope breaks counted)
    clause_openers = [0]  # token index that opens each clause
    clauses: list[int] = []  # clause number of each contribution
    # postposed negators seen: (contributions before them, their clause start, word, token
    # index, clause)
    postposed: list[tuple[int, int, str, int, int]] = []
    # verbal negators before a verb, same layout (see CLAUSE_FINAL_NEGATORS)
    verbal: list[tuple[int, int, str, int, int]] = []
    partial: list[tuple[int, int, str]] = []  # (token index, clause, negator) of "не всі"
    unfulfilled: list[tuple[int, int, str]] = []  # (token index, clause, negator) of "так і не"
    appended = False  # whether "не всі" or "так і не" added a contribution of its own
    remedies: list[tuple[int, int, str, str]] = []  # (token index, clause, word, kind) of remedy words
    accountable = ""  # the first accountability word of the unit ("розслідування")
    positions: list[int] = []  # token index of each contribution
    previous_end = None
    idiom_left = 0  # words of an idiom still to skip (its first word carried its valence)
    search_break = SCOPE_BREAK.search
    for index, token in enumerate(tokens):
        if idiom_left:
            idiom_left -= 1
            previous_end = token.end
            continue
        # a gap of one space (most gaps) holds no scope break
        if previous_end is not None and token.start - previous_end > (text[previous_end] == " ") \
                and search_break(text, previous_end, token.start):
            negation_left, scale_left, scale, scalers, anchor_left, topic_left = 0, 0, 0.0, [], 0, 0
            irrealis_left, irrealis_in_clause = 0, ""
            clause_start = len(contributions)
            clause += 1
            clause_openers.append(index)
        info = words[index]
        if irrealis_in_clause and not irrealis_left and index and words[index - 1].lower in IRREALIS_CONJUNCTIONS \
                and _infinitive(token.text, lang):
            # "планують розгорнути пункт видачі допомоги та відновити звʼязок": each infinitive
            # joined to the plan is planned too
            irrealis_left, irrealis = IRREALIS_SCOPE, irrealis_in_clause
        previous_end_before = previous_end
        previous_end = token.end
        if info.lower in EVEN_WORDS and _concessive_even(words, index):
            concessions.append((index, clause, 1.0, token.text))  # "навіть під час відключень"
        if not info.plain:  # a plain word (most words) plays no part in any rule: it only counts down
            if not info.cyrillic:
                continue  # numbers and words in other scripts: nothing to look up, not even modifiers
            # only a capitalised word needs to know whether it opens a sentence or quotation
            open_word = not info.proper or previous_end_before is None or _opens(text, start, token.start)
            if info.frames:  # the scopes open at a frame word decide how its frame reads
                frame_marks.append((index, clause, negator if negation_left > 0 else "",
                                    irrealis if irrealis_left > 0 else "", topic if topic_left > 0 else ""))
            form, copies, lemma_of_form = info.form, info.copies, info.lemma_of_form
            idiom = _idiom_match(words, index) if info.idioms else None
            if idiom and not open_word and idiom[1]:
                idiom = None  # a capital inside a sentence opens only a name: a neutral formula
            modifier = None if idiom else info.modifier
            if modifier is not None:
                kind, value, word = modifier
                if kind == "negation":
                    following = words[index + 1].lower if index + 1 < len(tokens) else ""
                    if word in CANCELLING_NEGATORS and negation_left > 0:
                        negation_left = 0  # "не ... без": the two negations cancel
                    elif following in UNIVERSAL_QUANTIFIERS and word not in POSTPOSED_NEGATORS:
                        # "не всі задоволені", "довольны не все": a partial negation of the clause
                        partial.append((index, clause, token.text))
                    elif following not in NOT_A_NEGATION_BEFORE:
                        # negative concord ("ніхто не", "ніколи не"): one negation, scope renewed
                        negation_left, negator = NEGATION_SCOPE + 1, token.text
                        if index >= 2 and words[index - 2].lower in UNFULFILLED_OPENERS \
                                and words[index - 1].lower in UNFULFILLED_JOINERS \
                                and not text[tokens[index - 2].end:tokens[index - 1].start].strip():
                            unfulfilled.append((index, clause, token.text))  # "так і не приїхала"
                        if word in POSTPOSED_NEGATORS and index + 1 < len(tokens) \
                                and words[index + 1].pos == "PREP":
                            negation_left = 0  # "немає завдяки ...": what lacks stands before it
                        if word in POSTPOSED_NEGATORS:
                            postposed.append((len(contributions), clause_start, token.text, index, clause))
                        elif word in CLAUSE_FINAL_NEGATORS and index + 1 < len(tokens) \
                                and words[index + 1].pos in CLAUSE_FINAL_VERB_POS:
                            verbal.append((len(contributions), clause_start, token.text, index, clause))
                elif kind == "contrast":
                    contrasts.append((index, value, token.text))
                elif kind == "concession":
                    concessions.append((index, clause, value, token.text))
                else:
                    scale += value * (1 + REPETITION_BOOST * (copies - 1))
                    scalers.append(token.text)
                    scale_left = MODIFIER_SCOPE + 1
            elif open_word or idiom:
                if idiom:
                    length, score = idiom
                    valence, lemma, superlative = score, " ".join(t.text.lower() for t in tokens[index:index + length]), False
                    idiom_left = length - 1
                else:
                    valence, lemma, superlative = info.valence, info.lemma, info.superlative
                    if info.noun and _noun_reading(tokens, words, index, text, lang):
                        (valence, lemma), superlative = info.noun, False
                    elif info.adjective and not _noun_reading(tokens, words, index, text, lang):
                        (valence, lemma), superlative = info.adjective, False
                    # a remedy in scare quotes ("«евакуювали» колекцію") removes no harm
                    scare_quoted = ironic and in_irony[index]
                    if info.remedy == "cessation" and negation_left > 0 and not scare_quoted:
                        # a stop denied ("атака не зупинила роботу"): the harm did not win
                        remedies.append((index, clause, token.text, "remedy"))
                    elif (info.remedy == "remedy" or (info.remedy and negation_left <= 0)) and not scare_quoted:
                        # a negated reduction ("не зменшується") leaves its target as it is
                        remedies.append((index, clause, token.text, info.remedy))
                    if info.accountability and not accountable:
                        accountable = token.text
                if valence:
                    item = _Contribution(token.start, token.end, token.text, lemma, valence, valence)
                    repeats = (copies - 1) + seen[lemma]
                    seen[lemma] += 1
                    if repeats:
                        item.apply(1 + REPETITION_BOOST * repeats, "repetition")
                    if superlative:
                        item.apply(1 + SUPERLATIVE_BOOST, "booster", "най-")
                    if scale_left > 0 and scale:
                        item.apply(max(1 + scale, MIN_MODIFIER_SCALE),
                                   "booster" if scale > 0 else "dampener", " ".join(scalers))
                        scale_left, scale, scalers = 0, 0.0, []
                    if anchor_left > 0:
                        item.apply(0.0, "time_anchor", anchor)
                    if irrealis_left > 0 and item.value > 0:
                        item.apply(IRREALIS_FACTOR, "irrealis", irrealis)
                    if topic_left > 0:
                        item.apply(TOPIC_FACTOR, "topic", topic)
                    if negation_left > 0:
                        item.apply(NEGATION_FACTOR if item.value > 0 else NEGATED_NEGATIVE_FACTOR,
                                   "negation", negator)
                        if valence < 0 and index + 1 < len(tokens) and _finite_verb(info, lang) \
                                and _infinitive(words[index + 1].lower, lang):
                            # "не втомилися допомагати", "не бояться говорить правду": a negated
                            # finite verb of a harm takes the negation; the infinitive phrase it
                            # governs goes on, it is not denied ("не змогли допомогти" denies both)
                            negation_left = 0
                    if ironic and in_irony[index]:
                        item.apply(SCARE_QUOTE_FACTOR if item.value > 0 else SCARE_QUOTE_NEGATIVE_FACTOR,
                                   "scare_quote")
                    contributions.append(item)
                    clauses.append(clause)
                    positions.append(index)
                if info.anchor:
                    anchor_left, anchor = TIME_ANCHOR_SCOPE + 1, token.text
        # the counters are never negative: count them down to 0
        if negation_left:
            negation_left -= 1
        if scale_left:
            scale_left -= 1
        if anchor_left:
            anchor_left -= 1
        if topic_left:
            topic_left -= 1
        if info.topic:
            topic_left, topic = TOPIC_SCOPE, token.text
        if irrealis_left:
            irrealis_left -= 1
        if info.irrealis:
            irrealis_left, irrealis = IRREALIS_SCOPE, token.text
            irrealis_in_clause = token.text
            irrealis_at.append((index, clause, token.text))
        if info.directive:
            directives.append((clause, token.text, index))
        if scale_left == 0:
            scale, scalers = 0.0, []
    for position, first, word, where, in_clause in verbal:
        if any(clauses[i] == in_clause and positions[i] > where + 1
               for i in range(position, len(contributions))):
            continue  # something valenced follows the verb: the negator has its scope there
        reach = where  # back to the nearest other verb of the clause
        while reach > 0 and words[reach - 1].pos not in CLAUSE_FINAL_VERB_POS:
            reach -= 1
        for i in range(first, position):
            item = contributions[i]
            if item.value > 0 and positions[i] >= reach and "negation" not in item.rules \
                    and words[positions[i]].pos in CLAUSE_FINAL_NEGATION_POS:
                item.apply(NEGATION_FACTOR, "negation", word)
    for position, first, word, where, in_clause in postposed:
        negated_after = any("negation" in item.rules for item in contributions[position:])
        if first == position and in_clause not in clauses[position:]:
            lack = _lack(tokens, where, lang)  # nothing valenced in its clause: a lack
            if lack is not None:
                contributions.append(lack)
                clauses.append(in_clause)
                positions.append(where)
            continue
        if not negated_after:
            for item in contributions[first:position]:
                if "negation" not in item.rules:
                    item.apply(NEGATION_FACTOR if item.value > 0 else NEGATED_NEGATIVE_FACTOR,
                               "negation", word)
    framed = bool(frame_marks) and _add_frames(words, tokens, frame_marks, lang, contributions,
                                                clauses, positions)
    if framed:  # a return ends the captivity or occupation it came from ("повернувся з полону")
        returned = {clauses[i] for i, item in enumerate(contributions)
                    if item.lemma in RETURN_FRAMES and item.value > 0}
        for i, item in enumerate(contributions):
            if clauses[i] in returned and item.value < 0 and item.lemma in RETURNED_FROM_LEMMAS:
                item.apply(0.0, "frame", "return")
    for where, in_clause, word in irrealis_at:  # what is planned may also stand before the plan
        for i, item in enumerate(contributions):
            if clauses[i] == in_clause and where - IRREALIS_BACK_SCOPE <= positions[i] < where \
                    and item.value > 0:
                item.apply(IRREALIS_FACTOR, "irrealis", word)
    remedies = _failed_actions(contributions, clauses, positions, words, remedies, lang)
    for where, in_clause, word, kind in remedies:
        on_harm, on_good = REMEDY_KINDS[kind]
        subject_ends = kind in SUBJECT_ENDING_KINDS
        targets = [i for i, item in enumerate(contributions)
                   if (clauses[i] == in_clause or abs(clauses[i] - in_clause) == 1 and item.value < 0
                       and _participle(words[clause_openers[clauses[i]]].lower, lang))
                   and positions[i] != where
                   and (item.value < 0 or (on_good is not None and item.value > 0
                                           and (positions[i] > where or subject_ends)
                                           and words[positions[i]].pos in GOOD_TARGET_POS))
                   and (not subject_ends or _ending_subject(words, positions[i], lang))
                   and (_remedy_distance(words, positions[i], where) <= REMEDY_SCOPE
                        or words[where].passive and positions[i] < where)]
        for i in targets:
            contributions[i].apply(on_harm if contributions[i].value < 0 else on_good, kind, word)
        if targets:  # the remedy word is no harm itself ("ліквідували пожежу")
            for i, item in enumerate(contributions):
                if positions[i] == where and (item.value < 0 or on_good is not None):
                    item.apply(0.0, kind, word)
    for where, in_clause, word in partial:  # "не всі": what the clause praises holds for only some
        for i, item in enumerate(contributions):
            if clauses[i] != in_clause:
                continue
            if item.value > 0:
                item.apply(PARTIAL_NEGATION_FACTOR, "partial_negation", word)
            elif item.value < 0 and words[positions[i]].pos in NEGATED_STATE_POS:
                item.apply(NEGATED_NEGATIVE_FACTOR, "partial_negation", word)  # "не всі скаржаться"
    # "не всі" and "так і не" carry a valence of their own where nothing else in the clause does
    silent = [(where, in_clause, word, "не всі", PARTIAL_NEGATION_VALENCE, "partial_negation")
              for where, in_clause, word in partial]
    silent += [(where, in_clause, word, "так і не", UNFULFILLED_VALENCE, "unfulfilled")
               for where, in_clause, word in unfulfilled]
    for where, in_clause, word, lemma, valence, rule in silent:
        if not any(item.value for i, item in enumerate(contributions) if clauses[i] == in_clause):
            token = tokens[where]
            contributions.append(_Contribution(token.start, token.end, token.text, lemma, valence, valence,
                                               [rule], [word]))
            clauses.append(in_clause)
            positions.append(where)
            appended = True
    for in_clause, word, where in directives:  # an instruction reports no event
        for i, item in enumerate(contributions):
            # (a finite verb before it is an event of its own: "рішення привітали й закликали ...")
            if item.value and clauses[i] == in_clause and not (
                    positions[i] < where and _finite_verb(words[positions[i]], lang)):
                item.apply(DIRECTIVE_FACTOR, "directive", word)
    if accountable:  # harm in a report of an investigation or prosecution is its matter
        for i, item in enumerate(contributions):
            if item.valence < 0 and item.value < 0 and words[positions[i]].pos == "NOUN":
                item.apply(ACCOUNTABILITY_FACTOR, "accountability", accountable)
    if text[start:end].rstrip().rstrip("»\"”“)").endswith("?"):
        rhetorical = bool(words) and words[0].lower in RHETORICAL_QUESTION_OPENERS
        for item in contributions:
            if item.value > 0:
                item.apply(QUESTION_POSITIVE_FACTOR, "question", "?")
            elif item.value < 0 and not rhetorical:
                item.apply(QUESTION_NEGATIVE_FACTOR, "question", "?")
    for where, in_clause, strength, word in concessions:
        # "попри те, що X": the conceded matter is the clause after the pronoun's comma
        conceded = {in_clause, in_clause + 1} if _pronoun_follows(words, where) else {in_clause}
        shift = CONCESSION_SHIFT * strength
        asserted = 0.0
        for i, item in enumerate(contributions):
            # without a comma, the concession ends at its verb
            inside = clauses[i] in conceded and positions[i] > where and not (clauses[i] == in_clause and any(
                words[k].pos in CLAUSE_FINAL_VERB_POS for k in range(where + 1, positions[i] + 1)))
            if inside and item.value < 0:
                item.apply(CONCEDED_NEGATIVE_FACTOR * strength, "concession", word)
            else:
                item.apply(1 - shift if inside else 1 + shift, "concession", word)
            if not inside:
                asserted += item.value
        if asserted >= 0:  # what goes on despite it is endurance ("Попри це, громада не розпалася")
            token = tokens[where]
            contributions.append(_Contribution(token.start, token.end, token.text, words[where].lower,
                                               ENDURANCE_VALENCE * strength, ENDURANCE_VALENCE * strength,
                                               ["endurance"], [word]))
            clauses.append(in_clause)
            positions.append(where)
            appended = True
    if contrasts and contributions:
        where, strength, word = contrasts[-1]
        if nlp.morph_form(word) in CORRECTION_CONTRASTS:
            for i, item in enumerate(contributions):
                # (a negated finite verb is a clause of its own, which "а" only joins: "Жоден
                # учасник не постраждав, а всі сесії завершено")
                if positions[i] < where and "negation" in item.rules \
                        and not _finite_verb(words[positions[i]], lang):
                    item.apply(0.0, "correction", word)
        shift = CONTRAST_SHIFT * strength
        for i, item in enumerate(contributions):
            item.apply(1 - shift if positions[i] < where else 1 + shift, "contrast", word)
    marks = min(text.count("!", start, end), EXCLAMATION_CAP)
    total = sum(item.value for item in contributions)
    if marks and total:
        factor = (abs(total) + EXCLAMATION_BOOST * marks) / abs(total)
        for item in contributions:
            item.apply(factor, "exclamation", "!" * marks)
    if framed or appended:  # contributions were appended: restore text order for explain
        contributions.sort(key=lambda item: item.start)
    return contributions


def _pronoun_follows(words: list, where: int) -> bool:
    """Whether a concessive at ``where`` is followed (after "на") by "те"/"то" (the conceded
    matter is then the next clause)."""
    following = [word.lower for word in words[where + 1:where + 3]]
    if following[:1] == ["на"]:
        following = following[1:]
    return following[:1] != [] and following[0] in CONCESSION_PRONOUNS


#: Words of an approximate quantity ("понад 30 атак", "более 200 атак"): with the numbers they
#: qualify they do not count in :data:`REMEDY_SCOPE`.
QUANTITY_WORDS = frozenset("понад більше більш близько майже щонайменше приблизно із з "
                           "более свыше около почти примерно не менее из".split())


def _remedy_distance(words: list, a: int, b: int) -> int:
    """Distance in tokens between ``a`` and ``b``, not counting the numbers between them and
    the words of quantity (:data:`QUANTITY_WORDS`) next to a number: "відбили понад 30 атак" is
    as close as "відбили атаки"."""
    low, high = min(a, b), max(a, b)
    skipped = sum(1 for i in range(low + 1, high) if words[i].pos == "NUMR" or words[i].lower.isdigit()
                  or words[i].lower in QUANTITY_WORDS and i + 1 < high
                  and (words[i + 1].pos == "NUMR" or words[i + 1].lower.isdigit()))
    return high - low - skipped


def _content_distance(words: list, a: int, b: int) -> int:
    """Distance between tokens ``a`` and ``b`` in content words: 1 for neighbours, plus one for
    each word between them that is not a function word (prepositions, particles, conjunctions,
    pronouns, numerals), so "світло так і не повернули" is as close as "не повернули світло"."""
    low, high = min(a, b), max(a, b)
    return 1 + sum(1 for i in range(low + 1, high) if words[i].cyrillic and not words[i].function)


def _add_frames(words: list, tokens: list, marks: list[tuple[int, int, str, str, str]], lang: str,
                contributions: list[_Contribution], clauses: list[int], positions: list[int]) -> bool:
    """Add the contributions of the event frames of one unit (see :func:`load_frames`).

    ``marks``: the unit's frame words as ``(token index, clause, negator, need/plan word, topic
    word)``, the last three being the scopes open at that word. Each predicate takes the nearest
    argument of one of its frames in its clause within the frame's window (for an "object"
    frame, an argument before an active verb that may be nominative is its subject and does not
    count). The frame then *replaces* the lexicon valences of its words: the predicate and the
    frame's arguments in the window count for nothing (rule "frame"), and one contribution of the
    frame's valence stands at the predicate (lemma = frame id, rule "frame", trigger "frame_id:
    argument"). The scopes open at the predicate act on it like on a word: a negator flips it
    ("не повернули світло" reads as a lack, "не сиділи в підвалі" as mild relief), a need/plan
    word silences a good-news frame ("планують дати світло"), a topic preposition damps it. Later
    rules (need/plan before, remedy, question, contrast, exclamation) see it like any
    contribution. Returns whether a frame fired.
    """
    argued = {number for i, *_ in marks for number, role in words[i].frames if role == "a"}
    if not argued:
        return False
    index = load_frames(lang)
    fired = False
    for p_index, p_clause, negator, irrealis, topic in marks:
        predicate = words[p_index]
        if not any(role == "p" and number in argued for number, role in predicate.frames):
            continue
        best = None  # (distance, frame number)
        for number, role in predicate.frames:
            if role != "p" or number not in argued:
                continue
            frame = index.frames[number]
            for a_index, a_clause, *_ in marks:
                if a_clause != p_clause or a_index == p_index or (number, "a") not in words[a_index].frames:
                    continue
                distance = _content_distance(words, p_index, a_index)
                if distance > frame.window:
                    continue
                if not _argument_fits(frame, words, a_index, p_index):
                    continue
                if best is None or distance < best[0]:
                    best = (distance, number, a_index)
        if best is None:
            continue
        _, number, a_index = best
        frame = index.frames[number]
        covered = {p_index} | {a for a, c, *_ in marks if c == p_clause and a != p_index
                               and (number, "a") in words[a].frames
                               and _content_distance(words, p_index, a) <= frame.window
                               and _argument_fits(frame, words, a, p_index)}
        for i, item in enumerate(contributions):
            if positions[i] in covered and item.value:
                item.apply(0.0, "frame", frame.frame_id)
        token = tokens[p_index]
        item = _Contribution(token.start, token.end, token.text, frame.frame_id, frame.valence,
                             frame.valence, ["frame"], [f"{frame.frame_id}:{tokens[a_index].text}"])
        if irrealis and item.value > 0:
            item.apply(IRREALIS_FACTOR, "irrealis", irrealis)
        if topic:
            item.apply(TOPIC_FACTOR, "topic", topic)
        if negator:
            item.apply(NEGATION_FACTOR if item.value > 0 else NEGATED_NEGATIVE_FACTOR, "negation", negator)
        contributions.append(item)
        clauses.append(p_clause)
        positions.append(p_index)
        fired = True
    return fired


def _argument_fits(frame: Frame, words: list, a_index: int, p_index: int) -> bool:
    """Whether the argument at ``a_index`` may complete ``frame`` with the predicate at
    ``p_index`` by its role: an "object" frame takes no subject of an active verb ("окупанти
    знищили ..."), a "subject" frame takes only that ("СБУ затримала ...")."""
    is_subject = a_index < p_index and words[a_index].subject and not words[p_index].passive
    return not (frame.object_case and is_subject) and not (frame.subject_case and not is_subject)


def _lack(tokens: list, where: int, lang: str) -> _Contribution | None:
    """The contribution of the postposed negator ``tokens[where]`` when it reports a lack
    ("світла немає"): only when the word before it is a noun in the genitive (what is missing)."""
    if not where:
        return None
    parse = nlp.best_parse(tokens[where - 1].text, lang)
    if parse.pos != "NOUN" or "gent" not in parse.tag:
        return None
    token = tokens[where]
    item = _Contribution(token.start, token.end, token.text, nlp.lemma(token.text, lang),
                         LACK_VALENCE, LACK_VALENCE)
    item.rules.append("lack")
    return item


def _opens(text: str, unit_start: int, position: int) -> bool:
    """Whether the word at ``position`` opens a sentence, quotation or list item."""
    while position > unit_start and text[position - 1].isspace():
        position -= 1
    return position == unit_start or text[position - 1] in OPENING_CHARS or text[position - 1] in ".!?"


def _proper_noun(word: str) -> bool:
    """A capitalised word inside a sentence: a name, place or title ("Сум" is the city Суми,
    not "сум", sorrow). Ukrainian and Russian capitalise common nouns only at a sentence start."""
    return word[:1].isupper() and not word.isupper()


def aggregate(scores: Iterable[float]) -> float:
    """Combine unit scores: their mean weighted by absolute value (0 when all are 0)."""
    values = np.asarray(list(scores), dtype=float)
    weight = np.abs(values).sum()
    return float((values * np.abs(values)).sum() / weight) if weight else 0.0


def _irony_spans(text: str, lang: str) -> list[tuple[int, int]]:
    from .quotes import segment_rows

    # the rows start with (start, end, kind): no DataFrame for a sentence (this runs per text)
    return [(row[0], row[1]) for row in segment_rows(text, lang=_lang(lang)) if row[2] == "scare_quote"]


def _analyse(text: str, lang: str, scare_quotes: bool
             ) -> list[tuple[tuple[int, int], list[_Contribution]]]:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    irony = _irony_spans(text, lang) if scare_quotes and any(q in text for q in "«„“\"") else []
    return [((a, b), _score_unit(text, a, b, lang, irony)) for a, b in nlp.split_sentences(text)]


# ---------------------------------------------------------------------------------------------
# public scoring API


def score_text(text: str, *, lang: str = "uk", scare_quotes: bool = True) -> float:
    """Sentiment of ``text`` in [-1, 1]: sentence scores combined by :func:`aggregate`.

    With ``scare_quotes`` (default) short quoted spans that :func:`analysis.quotes.segment_text`
    classifies as scare quotes are read ironically inside their sentence.
    """
    return aggregate(normalise(sum(c.value for c in items))
                     for _, items in _analyse(text, lang, scare_quotes))


def label(score: float, *, band: float = NEUTRAL_BAND) -> str:
    """"negative" below ``-band``, "positive" above ``band``, else "neutral"."""
    if score > band:
        return "positive"
    if score < -band:
        return "negative"
    return "neutral"


def score_sentences(text: str, *, lang: str = "uk", scare_quotes: bool = True) -> pd.DataFrame:
    """One row per sentence of ``text``: ``start, end, score, label``."""
    rows = []
    for (start, end), items in _analyse(text, lang, scare_quotes):
        score = normalise(sum(c.value for c in items))
        rows.append((start, end, score, label(score)))
    return pd.DataFrame(rows, columns=["start", "end", "score", "label"]).astype(
        {"start": "int64", "end": "int64", "score": "float64"})


def explain(text: str, *, lang: str = "uk", scare_quotes: bool = True) -> pd.DataFrame:
    """Why ``text`` scores as it does: one row per token that contributed.

    Columns: ``sentence`` (index), ``start``, ``end``, ``token``, ``lemma``, ``valence`` (lexicon
    value), ``rules`` (comma-separated: negation, booster, dampener, contrast, exclamation,
    repetition, scare_quote, remedy, reduction, cessation, accountability, time_anchor, topic,
    question, irrealis, lack, correction, partial_negation, unfulfilled, frame), ``triggers``
    (the words that triggered them; for a frame ``frame_id:argument``, and the frame's row has
    the frame id as ``lemma``), ``contribution`` (the valence after all rules; a sentence's
    contributions sum to the value that is normalised) and ``sentence_score`` (the normalised
    sentence score).
    """
    rows = []
    for index, (_, items) in enumerate(_analyse(text, lang, scare_quotes)):
        sentence_score = normalise(sum(c.value for c in items))
        for c in items:
            rows.append((index, c.start, c.end, c.token, c.lemma, c.valence,
                         ",".join(dict.fromkeys(c.rules)), " ".join(dict.fromkeys(c.triggers)),
                         c.value, sentence_score))
    return pd.DataFrame(rows, columns=EXPLAIN_COLUMNS)


def _document_units(text: str, spans: list[tuple[int, int, str]]
                    ) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Scoring units of one document: sentences cut at the borders of quoted speech.

    ``spans``: the document's segments as ``(start, end, kind)``, sorted by start. Editorial
    text and the scare quotes inside it stay one unit (the irony rule needs the sentence); each
    piece of a quote or question is a unit of its own. Returns ``(start, end, scare-quote spans
    inside)``.
    """
    units = []
    low = 0  # spans before this end before the current sentence (sentences come in order)
    for s_start, s_end in nlp.split_sentences(text):
        while low < len(spans) and spans[low][1] <= s_start:
            low += 1
        current: list[tuple[int, int, str]] = []
        for index in range(low, len(spans)):
            start, end, kind = spans[index]
            if start >= s_end:
                break  # sorted by start: no later span reaches into this sentence
            a, b = max(start, s_start), min(end, s_end)
            if a >= b:
                continue
            if current and (kind in EDITORIAL_KINDS) == (current[-1][2] in EDITORIAL_KINDS) \
                    and kind in EDITORIAL_KINDS:
                current.append((a, b, kind))
                continue
            if current:
                units.append(current)
            current = [(a, b, kind)]
        if current:
            units.append(current)
    return [(unit[0][0], unit[-1][1], [(a, b) for a, b, kind in unit if kind == "scare_quote"])
            for unit in units]


def _document_words(text: str, lang: str) -> tuple[list, list, list[int]] | None:
    """A document's tokens, their :class:`_Word` records and the running count of words some
    rule looks at, when no letter of the other language occurs (so :func:`unit_language` can
    switch only a sentence with no telling letter at all); else None."""
    letters = set(text.lower())
    if letters & (RUSSIAN_ONLY_LETTERS if lang == "uk" else UKRAINIAN_ONLY_LETTERS):
        return None
    spans = nlp.word_spans(text)
    tokens = list(map(nlp.Token, spans.starts, spans.ends, spans.words))
    words = [_word(word, lang) for word in spans.words]
    active = list(accumulate((not word.plain and word.cyrillic for word in words), initial=0))
    return tokens, words, active


def _segments_by_document(segments: pd.DataFrame) -> tuple[dict[str, list], dict]:
    """The segment table as plain lists (``columns``) and, per document in order of first
    appearance, its row indices sorted by start (``by_doc``)."""
    columns = {name: segments[name].tolist()
               for name in ("doc_id", "seg_id", "start", "end", "kind", "quote_id", "speaker")}
    by_doc: dict = {}
    for row, doc_id in enumerate(columns["doc_id"]):
        by_doc.setdefault(doc_id, []).append(row)
    for indices in by_doc.values():
        indices.sort(key=columns["start"].__getitem__)
    return columns, by_doc


def score_segments(documents: pd.DataFrame, segments: pd.DataFrame, *, classifier=None) -> pd.DataFrame:
    """The sentiment table: one row per segment with words.

    ``documents``: ``doc_id``, ``text`` and optionally ``language``; ``segments``: the table of
    :func:`analysis.quotes.segment_corpus`. Columns: ``doc_id, seg_id, kind, quote_id, speaker,
    score, label, method, n_words``. Each segment keeps its kind, so questions and scare quotes
    are never mixed into editorial or quoted speech. Sentences are scored in context (a scare
    quote inside an editorial sentence is read ironically) and every token's contribution is
    credited to the segment it lies in; a segment's score aggregates its sentence pieces like
    :func:`score_text`.

    With ``classifier`` (a fitted pipeline such as :func:`train_classifier` or
    :func:`project_classifier` returns) the segments are scored by it instead of the lexicon:
    see :func:`classify_segments`.

    Works on plain lists (one pass over the table, one DataFrame at the end): it is on the
    pipeline's hot path.
    """
    if classifier is not None:
        return classify_segments(documents, segments, classifier)
    doc_ids = documents["doc_id"].tolist()
    texts = dict(zip(doc_ids, documents["text"].tolist()))
    languages = dict(zip(doc_ids, documents["language"].tolist())) if "language" in documents else {}
    columns, by_doc = _segments_by_document(segments)
    seg_start, seg_end, seg_kind = columns["start"], columns["end"], columns["kind"]
    rows = []
    for doc_id, indices in by_doc.items():
        text = texts[doc_id]
        lang = _lang(languages.get(doc_id, "uk"))
        starts = [seg_start[i] for i in indices]
        spans = [(seg_start[i], seg_end[i], seg_kind[i]) for i in indices]
        pieces: dict[int, list[float]] = {}
        document_words = _document_words(text, lang)
        for start, end, irony in _document_units(text, spans):
            known = None
            # the fast path holds unless a unit with no telling letter reads as the other language
            if document_words is not None and (lang != "uk" or TELLING_LETTER.search(text, start, end)
                                               or unit_language(text[start:end], lang) == lang):
                found = nlp.token_range(text, start, end)
                if found is not None:
                    i, j = found
                    if document_words[2][j] == document_words[2][i]:
                        continue  # no word any rule looks at: nothing to score
                    known = (document_words[0][i:j], document_words[1][i:j])
            sums: dict[int, float] = {}
            for item in _score_unit(text, start, end, lang, irony, known):
                position = bisect_right(starts, item.start) - 1
                sums[position] = sums.get(position, 0.0) + item.value
            for position, total in sums.items():
                pieces.setdefault(position, []).append(normalise(total))
        for position, i in enumerate(indices):
            n_words = nlp.count_words_in(text, seg_start[i], seg_end[i])
            if not n_words:
                continue
            score = aggregate(pieces.get(position, []))
            rows.append((doc_id, columns["seg_id"][i], seg_kind[i], columns["quote_id"][i],
                         columns["speaker"][i], score, label(score), "lexicon", n_words))
    return pd.DataFrame(rows, columns=SENTIMENT_COLUMNS).astype(
        {"score": "float64", "n_words": "int64"})


def _class_names(classes) -> list[str]:
    """A classifier's classes as :data:`LABELS` names: -1/0/1 (the gold's polarity) or the names."""
    names = [SENTIMENT_NAMES.get(c, c) if not isinstance(c, str) else c for c in classes]
    if sorted(map(str, names)) != sorted(LABELS):
        raise ValueError(f"the classifier's classes are {list(classes)}; expected -1/0/1 or "
                         f"{', '.join(LABELS)}")
    return names


def classify_segments(documents: pd.DataFrame, segments: pd.DataFrame, classifier) -> pd.DataFrame:
    """The sentiment table of :func:`score_segments`, scored by a trained ``classifier``.

    Each document is cut into the same scoring units as for the lexicon (sentences cut at the
    borders of quoted speech); the classifier gives each unit class probabilities, and a segment
    takes the mean probabilities of the units that overlap it (a scare quote those of its own
    words, not of the sentence around it). ``label`` is the most probable
    class, ``score`` is P(positive) - P(negative) in [-1, 1], ``method`` is "classifier".
    Classes may be -1/0/1 or the label names.
    """
    names = _class_names(classifier.classes_)
    positive, negative = names.index("positive"), names.index("negative")
    texts = dict(zip(documents["doc_id"].tolist(), documents["text"].tolist()))
    columns, by_doc = _segments_by_document(segments)
    unit_texts: list[str] = []
    unit_rows: list[list[int]] = []  # the segment rows each unit overlaps
    for doc_id, indices in by_doc.items():
        text = texts[doc_id]
        starts = [columns["start"][i] for i in indices]
        spans = [(columns["start"][i], columns["end"][i], columns["kind"][i]) for i in indices]
        for start, end, _ in _document_units(text, spans):
            # segments are sorted and do not overlap: those from the one holding ``start`` on
            first = max(bisect_right(starts, start) - 1, 0)
            overlapped = [i for i in indices[first:bisect_left(starts, end)] if columns["end"][i] > start]
            # a scare quote is scored on its own words, the editorial text on the whole unit
            scare = [i for i in overlapped if columns["kind"][i] == "scare_quote"]
            if len(scare) < len(overlapped):
                unit_texts.append(text[start:end])
                unit_rows.append([i for i in overlapped if i not in scare])
            for i in scare:
                unit_texts.append(text[max(start, columns["start"][i]):min(end, columns["end"][i])])
                unit_rows.append([i])
    probabilities = classifier.predict_proba(unit_texts) if unit_texts else np.zeros((0, len(names)))
    sums: dict[int, np.ndarray] = {}
    counts: Counter[int] = Counter()
    for unit, rows in enumerate(unit_rows):
        for i in rows:
            sums[i] = sums.get(i, 0.0) + probabilities[unit]
            counts[i] += 1
    rows = []
    for doc_id, indices in by_doc.items():
        text = texts[doc_id]
        for i in indices:
            n_words = nlp.count_words_in(text, columns["start"][i], columns["end"][i])
            if not n_words or i not in sums:
                continue
            mean = sums[i] / counts[i]
            rows.append((doc_id, columns["seg_id"][i], columns["kind"][i], columns["quote_id"][i],
                         columns["speaker"][i], round(float(mean[positive] - mean[negative]), 6),
                         names[int(np.argmax(mean))], "classifier", n_words))
    return pd.DataFrame(rows, columns=SENTIMENT_COLUMNS).astype({"score": "float64", "n_words": "int64"})


# ---------------------------------------------------------------------------------------------
# the trainable classifier


class UkrainianLemmaTokenizer:
    """Tokenizer for scikit-learn vectorizers: lemmas from :mod:`analysis.nlp`.

    Unlike scikit-learn's default token pattern it keeps words with apostrophes whole
    ("памʼять") and keeps one-letter words ("не" matters, so do "в", "з", "і"). Numbers become
    ``"<num>"``. With ``mark_negation`` the lemmas in a negator's scope get the prefix ``"не_"``
    ("не_вдатися"), so the model can learn negated words apart from plain ones.
    """

    def __init__(self, lang: str = "uk", mark_negation: bool = True):
        self.lang = lang
        self.mark_negation = mark_negation

    def __call__(self, text: str) -> list[str]:
        lang = _lang(self.lang)
        negators = load_modifiers(lang).negation
        out: list[str] = []
        negation_left = 0
        previous_end = None
        for token in nlp.iter_tokens(text):
            if previous_end is not None and SCOPE_BREAK.search(text, previous_end, token.start):
                negation_left = 0
            previous_end = token.end
            if token.text[0].isdigit():
                out.append("<num>")
                continue
            if not nlp.CYRILLIC_WORD.search(token.text):
                out.append(token.text.lower())  # other scripts: kept as written, not lemmatised
                continue
            lemma = nlp.lemma(token.text, lang)
            if nlp.morph_form(token.text) in negators or lemma in negators:
                out.append(lemma)
                negation_left = NEGATION_SCOPE
                continue
            out.append("не_" + lemma if self.mark_negation and negation_left else lemma)
            negation_left = max(negation_left - 1, 0)
        return out

    def __repr__(self) -> str:
        return f"UkrainianLemmaTokenizer(lang={self.lang!r}, mark_negation={self.mark_negation!r})"


class LexiconFeatures(TransformerMixin, BaseEstimator):
    """The lexicon scorer as three features for a classifier: the text's score
    (:func:`score_text`), and the normalised sums of its positive and of its negative word
    contributions (after every rule), so a model can weigh mixed sentences apart from neutral
    ones. Stateless: ``fit`` learns nothing and returns ``self``; works with
    ``set_output(transform="pandas")``.

    >>> LexiconFeatures().fit_transform(["Окупанти знову обстріляли місто."]).shape
    (1, 3)
    """

    def __init__(self, lang: str = "uk"):
        self.lang = lang

    def fit(self, texts, y=None):
        return self

    def transform(self, texts) -> np.ndarray:
        lang = _lang(self.lang)
        rows = []
        for text in texts:
            sentences = [[c.value for c in items] for _, items in _analyse(text, lang, True)]
            values = [v for sentence in sentences for v in sentence]
            rows.append((aggregate(normalise(sum(sentence)) for sentence in sentences),
                         normalise(sum(v for v in values if v > 0)),
                         normalise(sum(v for v in values if v < 0))))
        return np.asarray(rows, dtype=float).reshape(len(rows), 3)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.asarray(["lexicon_score", "lexicon_positive", "lexicon_negative"], dtype=object)


#: Character n-grams of the classifier (within word boundaries, ``char_wb``): they see the stems
#: and endings of words the lemmatiser misses (Russian words read with the Ukrainian dictionary,
#: names, new coinages). Held out one labelled set at a time (the demo gold and batches 1-21,
#: each predicted by a model trained on the other 21), they raised the mean macro-F1 from 0.642
#: to 0.661, higher on 20 of the 22 sets.
CHAR_NGRAM_RANGE = (3, 5)


def make_classifier(*, lang: str = "uk", lexicon_features: bool = True, char_ngrams: bool = True):
    """An untrained pipeline: TF-IDF over lemmas (and lemma pairs), joined by default with
    TF-IDF over character n-grams (:data:`CHAR_NGRAM_RANGE`) and the lexicon scorer's
    :class:`LexiconFeatures`, then logistic regression.

    The lexicon features carry what the rules know about words the training sentences never
    contain; on the demo gold they raise the cross-validated macro-F1 by about 0.15 over TF-IDF
    alone (``pytest -s tests/test_sentiment.py`` prints both).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    tfidf = TfidfVectorizer(tokenizer=UkrainianLemmaTokenizer(lang), token_pattern=None,
                            lowercase=False, ngram_range=(1, 2), sublinear_tf=True)
    parts = [("tfidf", tfidf)]
    if char_ngrams:
        parts.append(("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAM_RANGE,
                                               token_pattern=None, sublinear_tf=True, min_df=2)))
    if lexicon_features:
        parts.append(("lexicon", LexiconFeatures(lang)))
    return Pipeline([
        ("features", FeatureUnion(parts)) if len(parts) > 1 else parts[0],
        ("model", LogisticRegression(max_iter=2000, class_weight="balanced")),
    ])


def train_classifier(texts: Sequence[str], labels: Sequence, *, cv: int = 5, random_state: int = 0,
                     groups: Sequence | None = None, lang: str = "uk", lexicon_features: bool = True,
                     char_ngrams: bool = True):
    """Fit :func:`make_classifier` on ``texts``/``labels`` and estimate its quality.

    Returns ``(pipeline, report)``: the pipeline fitted on all data, and a DataFrame of
    cross-validated ``precision, recall, f1, support`` per class plus a ``macro`` row, from
    stratified ``cv``-fold predictions (shuffled with ``random_state``). Pass ``groups`` (e.g.
    document ids) to keep each group within one fold, so that sentences of one article never
    sit on both sides of a split.
    """
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold, cross_val_predict

    texts = list(texts)
    labels = np.asarray(list(labels))
    if groups is None:
        splitter = StratifiedKFold(n_splits=cv, shuffle=True, random_state=random_state)
    else:
        splitter = StratifiedGroupKFold(n_splits=cv, shuffle=True, random_state=random_state)
    predicted = cross_val_predict(make_classifier(lang=lang, lexicon_features=lexicon_features,
                                                  char_ngrams=char_ngrams),
                                  texts, labels, cv=splitter,
                                  groups=None if groups is None else list(groups))
    classes = sorted(set(labels.tolist()))
    precision, recall, f1, support = precision_recall_fscore_support(
        labels, predicted, labels=classes, zero_division=0)
    report = pd.DataFrame({"precision": precision, "recall": recall, "f1": f1, "support": support},
                          index=[str(c) for c in classes])
    report.loc["macro"] = [precision.mean(), recall.mean(), f1.mean(), support.sum()]
    report["support"] = report["support"].astype("int64")
    pipeline = make_classifier(lang=lang, lexicon_features=lexicon_features, char_ngrams=char_ngrams).fit(texts, labels)
    return pipeline, report


@lru_cache(maxsize=1)
def project_classifier():
    """:func:`make_classifier` fitted on every labelled sentence the project ships
    (:func:`analysis.evaluate.project_sentences`: the demo gold and the held-out batches, some
    5,000 sentences in Ukrainian and Russian); trained on first use (a few seconds) and kept for
    the process. Held out one batch at a time, it beat the lexicon scorer on most batches (see
    the README); unlike the lexicon it cannot say why (:func:`explain` explains the lexicon)."""
    from .evaluate import project_sentences

    sentences = project_sentences()
    return make_classifier().fit(sentences["text"].tolist(), sentences["polarity"].tolist())


#: Types outside skops' default trust list that a saved classifier holds; load_classifier trusts
#: these and nothing else.
TRUSTED_TYPES = ["analysis.sentiment.UkrainianLemmaTokenizer", "analysis.sentiment.LexiconFeatures"]


def save_classifier(pipeline, path: str | Path) -> Path:
    """Write ``pipeline`` with skops (no pickle)."""
    import skops.io as sio

    path = Path(path)
    sio.dump(pipeline, path)
    return path


def load_classifier(path: str | Path):
    """Load a pipeline saved by :func:`save_classifier`, trusting only :data:`TRUSTED_TYPES`
    beyond skops' defaults; any other type in the file makes skops refuse it."""
    import skops.io as sio

    return sio.load(Path(path), trusted=TRUSTED_TYPES)


# ---------------------------------------------------------------------------------------------
# comparisons with uncertainty


def _bootstrap_means(values: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """``n_boot`` bootstrap means of ``values``, drawn in chunks to bound memory."""
    n = len(values)
    chunk = max(1, 2_000_000 // max(n, 1))
    out = np.empty(n_boot)
    for first in range(0, n_boot, chunk):
        size = min(chunk, n_boot - first)
        out[first:first + size] = values[rng.integers(0, n, size=(size, n))].mean(axis=1)
    return out


def _compare(editorial: np.ndarray, quoted: np.ndarray, n_boot: int, seed: int,
             min_segments: int) -> dict[str, float]:
    mean_e = float(editorial.mean()) if len(editorial) else math.nan
    mean_q = float(quoted.mean()) if len(quoted) else math.nan
    low = high = math.nan
    if len(editorial) >= min_segments and len(quoted) >= min_segments:
        rng = np.random.default_rng(seed)
        diffs = _bootstrap_means(editorial, n_boot, rng) - _bootstrap_means(quoted, n_boot, rng)
        low, high = (float(v) for v in np.percentile(diffs, [2.5, 97.5]))
    return {"n_editorial": len(editorial), "n_quote": len(quoted), "mean_editorial": mean_e,
            "mean_quote": mean_q, "difference": mean_e - mean_q, "ci_low": low, "ci_high": high}


def compare_voices(sentiment: pd.DataFrame, documents: pd.DataFrame, *, by: str = "outlet",
                   n_boot: int = 2000, seed: int = 0, min_segments: int = MIN_SEGMENTS
                   ) -> pd.DataFrame:
    """Editorial vs quoted sentiment per group, with a percentile bootstrap 95% interval.

    ``sentiment``: the table of :func:`score_segments`; ``documents``: ``doc_id`` plus ``outlet``
    and ``published`` as needed. ``by``: ``"outlet"``, ``"doc_id"``, ``"month"`` (of
    ``published``) or ``"speaker"`` (a speaker's quotes against the editorial segments of the
    articles that quote them). Only ``editorial`` and ``quote`` segments count.

    Per group: ``n_editorial``, ``n_quote``, ``mean_editorial``, ``mean_quote``, ``difference``
    (editorial minus quoted) and ``ci_low``/``ci_high``: percentiles 2.5 and 97.5 of the
    difference over ``n_boot`` resamples, drawn with replacement within each voice. A group with
    fewer than ``min_segments`` segments in either voice gets NaN for the interval: its means are
    descriptive only. Each group's draws start from ``seed``, so results are reproducible and do
    not depend on which other groups are present.
    """
    table = sentiment[sentiment["kind"].isin(VOICE_KINDS)]
    if by in ("outlet", "month"):
        meta = documents[["doc_id", "outlet", "published"]] if by == "month" else \
            documents[["doc_id", "outlet"]]
        table = table.merge(meta.drop_duplicates("doc_id"), on="doc_id", how="left")
        if by == "month":
            table["month"] = pd.to_datetime(table["published"]).dt.strftime("%Y-%m")
    elif by not in ("doc_id", "speaker"):
        raise ValueError(f"by must be outlet, doc_id, speaker or month, not {by!r}")
    rows = []
    if by == "speaker":
        quotes = table[(table["kind"] == "quote") & (table["speaker"].fillna("") != "")]
        editorial = table[table["kind"] == "editorial"]
        for speaker, group in quotes.groupby("speaker", sort=True):
            own = editorial[editorial["doc_id"].isin(set(group["doc_id"]))]
            rows.append({"speaker": speaker, **_compare(own["score"].to_numpy(float),
                                                        group["score"].to_numpy(float),
                                                        n_boot, seed, min_segments)})
    else:
        for key, group in table.groupby(by, sort=True):
            rows.append({by: key, **_compare(
                group.loc[group["kind"] == "editorial", "score"].to_numpy(float),
                group.loc[group["kind"] == "quote", "score"].to_numpy(float),
                n_boot, seed, min_segments)})
    columns = [by, "n_editorial", "n_quote", "mean_editorial", "mean_quote", "difference",
               "ci_low", "ci_high"]
    return pd.DataFrame(rows, columns=columns)
