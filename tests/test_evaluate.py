"""Evaluation helpers: authored articles, their gold, and the scores computed from them."""

import json

import pandas as pd
import pytest

from analysis.config import PROJ_ROOT
from analysis.evaluate import HELDOUT_BATCHES, SCRAPED_SETS, authored_text, evaluate_authored, \
    evaluate_framing, evaluate_scraped, evaluate_sentiment, framing_by_category, framing_errors, load_authored, \
    scraped_lines
from conftest import GOLD_DIR, read_jsonl

DEMO_SOURCE = PROJ_ROOT / "data" / "demo_source"


def test_authored_demo_sources_give_the_committed_gold():
    """The loader and the demo build script share one reading of the sources: the gold files
    written by the script are what load_authored finds."""
    authored = load_authored(DEMO_SOURCE)
    committed = pd.DataFrame(read_jsonl(GOLD_DIR / "quotes.jsonl"))
    pd.testing.assert_frame_equal(authored.quotes.reset_index(drop=True),
                                  committed[authored.quotes.columns].reset_index(drop=True), check_dtype=False)
    sentences = pd.DataFrame(read_jsonl(GOLD_DIR / "sentiment.jsonl"))
    assert authored.sentences["text"].tolist() == sentences["text"].tolist()
    texts = dict(zip(authored.documents["doc_id"], authored.documents["text"]))
    for row in authored.quotes.head(50).itertuples():
        assert texts[row.doc][row.start:row.end]  # offsets point into the text


def test_authored_text_joins_paragraphs_and_makes_apostrophes_canonical():
    article = {"paragraphs": [" Обʼєкт і м'ясо ", "Друге"]}
    assert authored_text(article) == "Обʼєкт і мʼясо\n\nДруге"


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    (json.dumps({"doc_id": "x", "paragraphs": ["Текст."], "spans": [{"text": "немає", "kind": "quote"}]}),
     "span not found"),
])
def test_bad_authored_files_raise_naming_the_problem(tmp_path, content, message):
    (tmp_path / "a.json").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_authored(tmp_path)


FRAMED_ARTICLE = {"doc_id": "f1", "language": "uk",
                  "paragraphs": ["Окупанти обстріляли село. Окупанти відступили, а трибунал чекає."]}


def _write_articles(folder, *articles):
    for article in articles:
        (folder / f"{article['doc_id']}.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")


def test_framing_gold_is_located_by_its_occurrence(tmp_path):
    article = {**FRAMED_ARTICLE, "framing": [{"text": "Окупанти", "occurrence": 2, "category": "aggressor_label"},
                                             {"text": "трибунал", "category": "accountability"}]}
    _write_articles(tmp_path, article, {"doc_id": "f2", "paragraphs": ["Ринок працює."], "framing": []})
    gold = load_authored(tmp_path).framing
    text = authored_text(article)
    assert gold["start"].tolist() == [text.index("Окупанти", 1), text.index("трибунал")]
    assert gold["text"].tolist() == ["Окупанти", "трибунал"] and set(gold["doc"]) == {"f1"}


def test_evaluate_authored_scores_framing_where_the_set_has_gold(tmp_path):
    article = {**FRAMED_ARTICLE, "framing": [{"text": "Окупанти", "category": "aggressor_label"},
                                             {"text": "Окупанти", "occurrence": 2, "category": "aggressor_label"}],
               "sentences": [{"text": "Окупанти обстріляли село.", "voice": "editorial", "polarity": -1}]}
    _write_articles(tmp_path, article)
    scores = evaluate_authored(tmp_path)["framing"]
    # "трибунал" is a hit the gold lacks
    assert scores["recall"] == 1.0 and scores["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["gold_expressions"] == 2 and scores["hits"] == 3


def test_a_set_without_framing_gold_has_none(tmp_path):
    _write_articles(tmp_path, FRAMED_ARTICLE)
    assert load_authored(tmp_path).framing is None


@pytest.mark.parametrize("articles, message", [
    ([{**FRAMED_ARTICLE, "framing": [{"text": "Окупанти", "occurrence": 3, "category": "aggressor_label"}]}],
     "framing expression not found"),
    ([{**FRAMED_ARTICLE, "framing": []}, {"doc_id": "f2", "paragraphs": ["Ринок працює."]}],
     "1 of 2 articles have framing gold"),
])
def test_bad_framing_gold_raises_naming_the_problem(tmp_path, articles, message):
    _write_articles(tmp_path, *articles)
    with pytest.raises(ValueError, match=message):
        load_authored(tmp_path)


def test_evaluate_framing_matches_overlapping_spans_and_checks_categories():
    gold = pd.DataFrame({"doc": ["a", "a", "a", "b"], "start": [0, 20, 40, 0], "end": [10, 35, 50, 5],
                         "category": ["aggressor_label", "accountability", "euphemism", "loaded_language"],
                         "text": ["", "", "", ""]})
    hits = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "start": [2, 30, 60, 0], "end": [8, 40, 70, 5],
                         "category": ["aggressor_label", "loaded_language", "euphemism", "loaded_language"]})
    scores = evaluate_framing(hits, gold)
    # hits 1, 2 and 4 overlap gold; gold 1, 2 and 4 are overlapped; 40-50 is missed, 60-70 spurious
    assert scores["precision"] == 0.75 and scores["recall"] == 0.75 and scores["f1"] == 0.75
    # the hit at 30-40 overlaps an accountability expression with another category
    assert scores["category_precision"] == 0.5 and scores["category_recall"] == 0.5
    assert scores["hits"] == 4 and scores["gold_expressions"] == 4
    assert evaluate_framing(gold, gold)["category_f1"] == 1.0
    assert evaluate_framing(hits.iloc[:0], gold)["recall"] == 0.0


def test_framing_by_category_scores_each_category_on_its_own():
    gold = pd.DataFrame({"doc": ["a", "a", "a"], "start": [0, 20, 40], "end": [10, 30, 50],
                         "category": ["aggressor_label", "aggressor_label", "euphemism"], "text": ["", "", ""]})
    hits = pd.DataFrame({"doc_id": ["a", "a", "a"], "start": [0, 40, 60], "end": [10, 50, 70],
                         "category": ["aggressor_label", "loaded_language", "euphemism"]})
    table = framing_by_category(hits, gold).set_index("category")
    assert list(table.index) == ["aggressor_label", "euphemism", "loaded_language"]
    assert table.loc["aggressor_label", ["hits", "gold_expressions", "precision", "recall"]].tolist() == [1, 2, 1.0, 0.5]
    # the euphemism at 40-50 was hit by a loaded_language hit: a miss for euphemism, a false hit for both
    assert table.loc["euphemism", ["precision", "recall"]].tolist() == [0.0, 0.0]
    assert table.loc["loaded_language", "precision"] == 0.0


def test_framing_errors_name_each_disagreement():
    texts = {"a": "Окупанти і трибунал, а потім хлопок і знову."}
    gold = pd.DataFrame({"doc": ["a", "a", "a"], "start": [0, 11, 29], "end": [8, 19, 35],
                         "category": ["aggressor_label", "accountability", "euphemism"], "text": ["", "", ""]})
    hits = pd.DataFrame({"doc_id": ["a", "a", "a"], "start": [0, 11, 38], "end": [8, 19, 43],
                         "category": ["aggressor_label", "loaded_language", "aggressor_label"]})
    errors = framing_errors(hits, gold, texts)
    assert errors[["error", "text"]].values.tolist() == [
        ["missed", "хлопок"], ["category", "трибунал"], ["spurious", "знову"]]
    assert errors.loc[errors["error"] == "category", "gold_category"].item() == "accountability"


def test_an_empty_folder_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="no authored articles"):
        load_authored(tmp_path)


def test_evaluate_sentiment_scores_a_perfect_and_a_wrong_labelling():
    sentences = pd.DataFrame({"doc": ["a", "a", "a"], "polarity": [-1, 0, 1],
                              "text": ["Окупанти вбили мирних жителів.", "Засідання почнеться о десятій.",
                                       "Волонтери врятували поранених, це чудова перемога."]})
    assert evaluate_sentiment(sentences)["macro_f1"] == 1.0
    flipped = sentences.assign(polarity=[1, 0, -1])
    assert evaluate_sentiment(flipped)["macro_f1"] < 0.5


@pytest.fixture(scope="module")
def heldout_batches():
    """The scores of every held-out batch (``HELDOUT_BATCHES``), computed once for the module."""
    scores = {name: evaluate_authored(path) for name, path in HELDOUT_BATCHES.items()}
    for name, batch in scores.items():
        print(f"\n{name}: {batch}")
    return scores


@pytest.fixture
def heldout(heldout_batches):
    return heldout_batches["held-out 1"]


@pytest.fixture
def heldout2(heldout_batches):
    return heldout_batches["held-out 2"]


@pytest.fixture
def heldout3(heldout_batches):
    return heldout_batches["held-out 3"]


def test_heldout_quotes(heldout):
    """The held-out articles (conventions of real outlets, written without sight of the rules).
    First contact: character F1 0.863, span recall 0.773, speaker accuracy 0.820; after the
    fixes it led to (interviews without dashes, naming verbs, institutions as speakers, name
    nouns, surnames that are function words): 0.994, 0.985, 0.966."""
    scores = heldout["quotes"]
    assert scores["documents"] == 12 and scores["gold_spans"] == 66
    assert scores["char_f1"] >= 0.97 and scores["span_recall"] >= 0.95
    assert scores["speaker_accuracy"] >= 0.90


def test_heldout_sentiment(heldout):
    """Lexicon scorer on the 244 held-out sentences (first contact: macro-F1 0.578)."""
    assert heldout["sentiment"]["sentences"] == 244
    assert heldout["sentiment"]["macro_f1"] >= 0.55


def test_a_name_inside_a_quotation_is_not_counted_as_a_name_taken_for_a_quote():
    from analysis.evaluate import evaluate_quotes
    text = "«Ремонт оплатив фонд „Дорога додому“», – сказала вона. Фонд «Світло» мовчить."
    inner = text.index("Дорога")
    outer = text.index("Світло")
    gold = pd.DataFrame([
        {"doc": "a", "kind": "quote", "start": 1, "end": text.index("»"), "speaker": "Ірина Бондар"},
        {"doc": "a", "kind": "name", "start": inner, "end": inner + len("Дорога додому"), "speaker": ""},
        {"doc": "a", "kind": "name", "start": outer, "end": outer + len("Світло"), "speaker": ""}])
    quoted = pd.DataFrame([{"doc_id": "a", "kind": "quote", "start": 1, "end": text.index("»"), "speaker": "Ірина Бондар"}])
    assert evaluate_quotes(quoted, gold, {"a": text})["names_as_quotes"] == 0.0
    # the name outside the quotation taken for a quote is the one error counted: one of one
    both = pd.concat([quoted, pd.DataFrame([{"doc_id": "a", "kind": "quote", "start": outer,
                                             "end": outer + len("Світло"), "speaker": ""}])])
    assert evaluate_quotes(both, gold, {"a": text})["names_as_quotes"] == 1.0


def test_heldout_batch_two_quotes(heldout2):
    """Batch 2 was written blind after batch 1 had been used for error analysis. The code of
    before this work scored character F1 0.898, span recall 0.814, speaker accuracy 0.814 on it;
    at first contact, with the fixes batch 1 led to, 0.982, 0.949, 0.897; after the fixes batch
    2 led to (long attribution lines, institutions after the verb and in lower case, naming
    verbs of a person named by surname or pronoun, institutions as subjects): 0.997, 0.979,
    0.963."""
    scores = heldout2["quotes"]
    assert scores["documents"] == 12 and scores["gold_spans"] == 97
    assert scores["char_f1"] >= 0.97 and scores["span_recall"] >= 0.95
    assert scores["speaker_accuracy"] >= 0.90 and scores["names_as_quotes"] <= 0.05


def test_heldout_batch_two_sentiment(heldout2):
    """Lexicon scorer on the 292 sentences of batch 2 (first contact: macro-F1 0.562, the same as
    the code of before this work: the sentiment rules added since do not carry over)."""
    assert heldout2["sentiment"]["sentences"] == 292
    assert heldout2["sentiment"]["macro_f1"] >= 0.53


def test_heldout_scores_table_has_one_column_per_batch(tmp_path, monkeypatch):
    import analysis.evaluate as evaluate

    with pytest.raises(ValueError, match="part must be"):
        evaluate.heldout_scores("speakers")
    # a one-article folder stands in for the held-out batches, which are scored above
    article = {"doc_id": "t1", "paragraphs": ["«Ми відбудуємо міст», – сказав мер Іван Бойко."],
               "spans": [{"text": "Ми відбудуємо міст", "kind": "quote", "speaker": "Іван Бойко"}],
               "sentences": [{"text": "Ми відбудуємо міст", "voice": "quote", "polarity": 1}]}
    (tmp_path / "t1.json").write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(evaluate, "HELDOUT_BATCHES", {"a": tmp_path, "b": tmp_path})
    table = evaluate.heldout_scores("sentiment")
    assert list(table.columns) == ["a", "b"] and "macro_f1" in table.index
    assert table.loc["macro_f1", "a"] == table.loc["macro_f1", "b"]


def test_heldout_batch_three(heldout3):
    """Batch 3 was written blind after batches 1 and 2 had been used for error analysis. The code
    of before this work: character F1 0.902, span recall 0.791, speaker accuracy 0.794, sentiment
    macro-F1 0.551; first contact: 0.991, 0.953, 0.889, 0.558; after its fixes (double surnames,
    institutions whose name holds a first name or stands as the subject, editorial insertions in
    dash speech, name nouns only in the quote's own sentence): 0.996, 0.965, 0.945."""
    quotes, sentiment = heldout3["quotes"], heldout3["sentiment"]
    assert quotes["documents"] == 12 and quotes["gold_spans"] == 86
    assert quotes["char_f1"] >= 0.97 and quotes["span_recall"] >= 0.94 and quotes["speaker_accuracy"] >= 0.90
    assert sentiment["sentences"] == 241 and sentiment["macro_f1"] >= 0.52


def test_heldout_batch_four(heldout_batches):
    """Batch 4 was written blind after batches 1-3 had been used for error analysis. First
    contact: character F1 0.987, span recall 0.987, speaker accuracy 0.928, sentiment macro-F1
    0.551; after its fixes (an institution as the subject after the verb, "у заяві відомства"
    referring back to the institution named before, verbs of address and recollection as cues,
    an infinitive governed by another verb as no cue): 1.000, 1.000, 0.986."""
    quotes, sentiment = heldout_batches["held-out 4"]["quotes"], heldout_batches["held-out 4"]["sentiment"]
    assert quotes["documents"] == 12 and quotes["gold_spans"] == 77
    assert quotes["char_f1"] >= 0.97 and quotes["span_recall"] >= 0.95 and quotes["speaker_accuracy"] >= 0.90
    assert sentiment["sentences"] == 261 and sentiment["macro_f1"] >= 0.52


def test_heldout_batch_five(heldout_batches):
    """Batch 5 was written after batches 1-4 had been used (its author saw the subject line of
    the commit with the batch-4 fixes before writing). First contact: character F1 0.990, span
    recall 0.960, speaker accuracy 0.702, sentiment macro-F1 0.536; after its fixes (unnamed
    sources, the interviewee named by the lead-in, "Name: «...»" without a verb, institutions
    named before a bare "штаб"/"відомство" or around the verb, names ending before a time or a
    platform): speaker accuracy 0.896."""
    quotes, sentiment = heldout_batches["held-out 5"]["quotes"], heldout_batches["held-out 5"]["sentiment"]
    assert quotes["documents"] == 12 and quotes["gold_spans"] == 74
    assert quotes["char_f1"] >= 0.97 and quotes["span_recall"] >= 0.94 and quotes["speaker_accuracy"] >= 0.85
    assert sentiment["sentences"] == 277 and sentiment["macro_f1"] >= 0.50


def test_heldout_batch_six(heldout_batches):
    """Batch 6 was written blind after batches 1-5 had been used. The code of before the batch
    4-6 fixes: character F1 0.926, span recall 0.814, speaker accuracy 0.746; first contact:
    0.986, 0.943, 0.833, sentiment macro-F1 0.594; after its fixes (an outlet in quote marks
    after the verb, the person a "цитує" quotes, "у заяві військового відомства", "– сказав
    співрозмовник" after an unnamed source, reports as statements): speaker accuracy 0.95."""
    quotes, sentiment = heldout_batches["held-out 6"]["quotes"], heldout_batches["held-out 6"]["sentiment"]
    assert quotes["documents"] == 12 and quotes["gold_spans"] == 70
    assert quotes["char_f1"] >= 0.97 and quotes["span_recall"] >= 0.93 and quotes["speaker_accuracy"] >= 0.90
    assert sentiment["sentences"] == 255 and sentiment["macro_f1"] >= 0.55


def test_heldout_batch_seven(heldout_batches):
    """Batch 7 was written blind after batches 1-6 had been used: the first-contact figure of the
    quote rules as they stand after the batch 4-6 fixes. The code of before those fixes: character
    F1 0.988, span recall 1.000, speaker accuracy 0.730; first contact: 0.989, 1.000, 0.757,
    sentiment macro-F1 0.528; after its fixes (an institution that posted "в своем
    Telegram-канале", utilities as institutions, a name in quote marks ends at its closing mark,
    "собеседник издания" after an unnamed source, a verdict read out, a first name given in
    another case): speaker accuracy 0.824."""
    quotes, sentiment = heldout_batches["held-out 7"]["quotes"], heldout_batches["held-out 7"]["sentiment"]
    assert quotes["documents"] == 12 and quotes["gold_spans"] == 80
    assert quotes["char_f1"] >= 0.97 and quotes["span_recall"] >= 0.95 and quotes["speaker_accuracy"] >= 0.75
    assert sentiment["sentences"] == 270 and sentiment["macro_f1"] >= 0.50


def _assert_batch(heldout_batches, name, *, spans, sentences, speaker, sentiment):
    """A twelve-article batch of ``spans`` gold quotes and ``sentences`` labelled sentences:
    character F1 at least 0.97, span recall at least 0.95, and the given floors of speaker
    accuracy and sentiment macro-F1."""
    quotes, scores = heldout_batches[name]["quotes"], heldout_batches[name]["sentiment"]
    assert quotes["documents"] == 12 and quotes["gold_spans"] == spans
    assert quotes["char_f1"] >= 0.97 and quotes["span_recall"] >= 0.95 and quotes["speaker_accuracy"] >= speaker
    assert scores["sentences"] == sentences and scores["macro_f1"] >= sentiment


def _assert_batch_floors(heldout_batches, name, *, spans, sentences, speaker, sentiment, char_f1, span_recall,
                         span_precision=0.98, names_as_quotes=0.0):
    """As :func:`_assert_batch`, with floors of character F1 and span recall given, a floor of
    span precision (0.98 unless given) and a ceiling on names taken for quotes (none unless given)."""
    quotes, scores = heldout_batches[name]["quotes"], heldout_batches[name]["sentiment"]
    assert quotes["documents"] == 12 and quotes["gold_spans"] == spans
    assert quotes["char_f1"] >= char_f1 and quotes["span_recall"] >= span_recall
    assert quotes["span_precision"] >= span_precision
    assert quotes["speaker_accuracy"] >= speaker and quotes["names_as_quotes"] <= names_as_quotes
    assert scores["sentences"] == sentences and scores["macro_f1"] >= sentiment


def test_heldout_batch_eight(heldout_batches):
    """Batch 8 was written blind after batches 1-7 had been used; its brief asked for sentiment
    hard cases (implicit good or bad news, sarcasm, numbers-only facts). First contact: character
    F1 0.991, span recall 0.942, speaker accuracy 0.760, sentiment macro-F1 0.469; after its
    fixes (relatives sharing a surname, manner-of-speaking and describing verbs, infinitive
    fragments after a verb of promise or appeal, "«...», як каже X", unnamed officials, channels
    and units): 0.997, 0.977, 0.949."""
    _assert_batch(heldout_batches, "held-out 8", spans=86, sentences=272, speaker=0.80, sentiment=0.44)


def test_heldout_batch_nine(heldout_batches):
    """Batch 9 was written blind after batches 1-7 had been used, with the same brief as batch 8,
    and was not used for error analysis: its figures are those of unseen text. First contact:
    character F1 0.997, span recall 0.988, speaker accuracy 0.764, sentiment macro-F1 0.485; after
    the fixes from batches 8, 10 and 11 (still blind): speaker accuracy 0.819, sentiment 0.489."""
    _assert_batch(heldout_batches, "held-out 9", spans=80, sentences=275, speaker=0.72, sentiment=0.45)


def test_heldout_batches_ten_and_eleven(heldout_batches):
    """Batches 10 and 11 (ordinary news copy) were written blind while batch 8 was being used.
    First contact (the code after the batch-8 fixes): speaker accuracy 0.870 / 0.866, span
    recall 0.987 / 1.000, sentiment macro-F1 0.646 / 0.549 (0.633 / 0.552 with the code of
    before this work on batches 8-9); then used for error analysis (institutions named with
    lower-case adjectives, abbreviations spelled out, the gender of a pronoun): 0.971 / 0.955."""
    for name, spans, sentences, speaker in (("held-out 10", 76, 265, 0.93), ("held-out 11", 72, 262, 0.90)):
        _assert_batch(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker, sentiment=0.50)


def test_heldout_batches_twelve_and_thirteen(heldout_batches):
    """Batches 12 and 13 (ordinary news copy) were written blind and measured once, after the
    fixes from batches 8, 10 and 11: speaker accuracy 0.928 / 0.868 (0.868 / 0.776 with the code
    of before the batch-8 work), span recall 0.974 / 0.986, sentiment macro-F1 0.524 / 0.555;
    then used for error analysis: speaker accuracy 0.971 / 0.956."""
    for name, spans, sentences, speaker in (("held-out 12", 77, 265, 0.92), ("held-out 13", 73, 271, 0.90)):
        _assert_batch(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker, sentiment=0.48)


def test_heldout_batches_fourteen_and_fifteen(heldout_batches):
    """Batches 14 and 15 were written blind and measured once after the fixes from batches 12
    and 13: speaker accuracy 0.810 / 0.841 (0.722 / 0.797 with the code of before the batch-8
    work), span recall 0.880 / 1.000, sentiment macro-F1 0.511 / 0.616; then used for error
    analysis (an interview without a lead-in whose questions are put to "you", a pronoun subject
    of the other gender than the names around it): span recall 1.000 / 1.000, speaker accuracy
    0.835 / 0.855."""
    for name, spans, sentences, speaker in (("held-out 14", 92, 276, 0.80), ("held-out 15", 75, 264, 0.80)):
        _assert_batch(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker, sentiment=0.48)


def test_heldout_batches_sixteen_and_seventeen(heldout_batches):
    """Batches 16 and 17 were written blind and measured once, on the final code of the batch
    8-15 rounds, and not used for error analysis: the estimate for unseen text. Speaker accuracy
    0.881 / 0.831 (0.791 / 0.775 with the code of before the batch-8 work), span recall 0.987 /
    0.987, sentiment macro-F1 0.629 / 0.529 (the project classifier, trained without them:
    0.640 / 0.598)."""
    for name, spans, sentences, speaker in (("held-out 16", 75, 253, 0.84), ("held-out 17", 78, 264, 0.79)):
        _assert_batch(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker, sentiment=0.48)


def test_heldout_batches_eighteen_and_nineteen(heldout_batches):
    """Batches 18 and 19 (ordinary news copy) were written blind and measured once on the code
    that had the batch 8-15 quote rules and the lexicon entries from batches 1-12: character F1
    1.000 / 0.996, span recall 1.000 / 0.987, speaker accuracy 0.875 / 0.910, sentiment
    macro-F1 0.586 / 0.554 (0.587 / 0.544 without those lexicon entries; the project classifier,
    trained without them: 0.684 / 0.630); then used for error analysis of the quote rules (names
    in their own quote marks, fuller institution names, channels, unnamed speakers in interviews,
    a journalist's request before the verb): speaker accuracy 0.969 / 0.985."""
    for name, spans, sentences, speaker in (("held-out 18", 72, 282, 0.93), ("held-out 19", 77, 273, 0.93)):
        _assert_batch(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker, sentiment=0.50)


def test_heldout_batches_twenty_and_twenty_one(heldout_batches):
    """Batches 20 and 21 (ordinary news copy) were written blind and measured once on the code
    with the batch 18-19 quote rules: character F1 0.996 / 0.993, span recall 0.977 / 0.940,
    speaker accuracy 0.905 / 0.871 (0.878 / 0.871 with the code of before the batch 18-19 work),
    sentiment macro-F1 0.560 / 0.551 (0.536 / 0.545 without the fourth lexicon review; the
    project classifier, trained without them: 0.599 / 0.591); then used for error analysis of the
    quote rules (one-word fragments after naming verbs, institutions as their subjects, fuller
    lower-case names, a region inside a name): span recall 0.988 / 0.976, speaker accuracy
    0.947 / 0.945."""
    for name, spans, sentences, speaker in (("held-out 20", 85, 251, 0.92), ("held-out 21", 83, 268, 0.92)):
        _assert_batch(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker, sentiment=0.50)


def test_scraped_pages_lose_their_furniture_and_keep_their_text():
    """The scraped-page set (16 pages, 178 furniture lines, 258 lines of article text, 11
    embedded posts) was written blind and measured once on the code with the first furniture
    patterns and the X/Facebook/Instagram embed rule: furniture removed 0.534 (0.174 with the
    code of before them), article lines kept 1.000, embedded posts quoted 5 of 11 (0 before),
    each with its author. Then used for error analysis (blocks of related headlines under their
    label, datelines with a place or a year, breadcrumbs, counters, form fields, reuse terms,
    notices, calls to support the outlet, embeds on pages of one-line paragraphs): furniture
    removed 0.916, embeds quoted 7 of 11 (the 3 Telegram posts and 1 YouTube video have no
    author line the rule knows)."""
    scores = evaluate_scraped()
    assert (scores["furniture_lines"], scores["content_lines"], scores["embeds"]) == (178, 258, 11)
    assert scores["content_kept"] == 1.0  # no line of article text is lost
    assert scores["furniture_removed"] >= 0.9
    assert scores["embeds_quoted"] >= 0.6 and scores["embed_speaker"] == 1.0


def test_second_scraped_set():
    """The second scraped-page set (12 pages of twelve layouts, a live blog and an aggregator
    among them; 186 furniture lines, 188 lines of article text, 11 embedded posts) was written
    blind after the first had been used, and measured once: furniture removed 0.720 (0.140 with
    the code of before the furniture rules), article lines kept 0.989 (0.995 before: a subheading
    taken for a related headline, besides the prose line an older rule took for a call to
    follow), embedded posts quoted 8 of 11 with their author (4 before, 2 of them with the
    author). Then used for error analysis (subheadings on one-line pages, hashtags, weather,
    more credits and widgets, a call to follow must be an imperative): furniture removed 0.893,
    article lines kept 1.000."""
    scores = evaluate_scraped(SCRAPED_SETS["scraped 2"])
    assert (scores["furniture_lines"], scores["content_lines"], scores["embeds"]) == (186, 188, 11)
    assert scores["content_kept"] == 1.0
    assert scores["furniture_removed"] >= 0.87
    assert scores["embeds_quoted"] >= 0.7 and scores["embed_speaker"] == 1.0


def test_third_scraped_set():
    """The third scraped-page set (12 pages of twelve layouts, an opinion blog, an aggregator and
    a live blog among them; 172 furniture lines, 170 lines of article text, 10 embedded posts)
    was written blind after the second had been used, and measured once: furniture removed
    0.686 (0.128 with the code of before the furniture rules), article lines kept 0.994 (a
    chronology subheading with a year taken for a dateline), embedded posts quoted 5 of 10, 4
    with the author's name as the gold writes it (the fifth is the account's display name).
    Then used for error analysis (a bare date only among furniture, datelines after an author,
    update times, counts after a colon, rubrics, blog disclaimers, language switches, more
    labels): furniture removed 0.826, article lines kept 1.000."""
    scores = evaluate_scraped(SCRAPED_SETS["scraped 3"])
    assert (scores["furniture_lines"], scores["content_lines"], scores["embeds"]) == (172, 170, 10)
    assert scores["content_kept"] == 1.0
    assert scores["furniture_removed"] >= 0.8
    assert scores["embeds_quoted"] >= 0.5


def test_scraped_lines_say_what_each_line_is(tmp_path):
    (tmp_path / "p.txt").write_text("Головна / Новини\n\nВійська відійшли.\n\nТеги: фронт, Донеччина\n", encoding="utf-8")
    (tmp_path / "p.json").write_text(json.dumps({"furniture": ["Головна / Новини", "Теги: фронт, Донеччина"],
                                                 "embeds": []}), encoding="utf-8")
    lines = scraped_lines(tmp_path).set_index("line")
    assert lines.loc["Війська відійшли.", ["role", "kept_count"]].tolist() == ["content", 1]
    assert lines.loc["Теги: фронт, Донеччина", ["role", "kept_count"]].tolist() == ["furniture", 0]
    (tmp_path / "q.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="no scraped page q.txt"):
        scraped_lines(tmp_path)


def test_heldout_batches_twenty_two_and_twenty_three(heldout_batches):
    """Batches 22 and 23 (ordinary news copy) were written blind and measured once on the code
    with the batch 20-21 quote rules: character F1 0.990 / 1.000, span recall 0.962 / 1.000,
    speaker accuracy 0.870 / 0.864, sentiment macro-F1 0.581 / 0.555 (the project classifier,
    trained on the demo gold and batches 1-21: 0.654 / 0.655); then used for error analysis of
    the quote rules (lower-case institutions, compounds spelled out, "запевнили там", the outlet
    as addressee, a first name alone who asked for anonymity, a name in apposition, call signs):
    speaker accuracy 0.913 / 0.909."""
    for name, spans, sentences, speaker in (("held-out 22", 78, 264, 0.9), ("held-out 23", 75, 258, 0.9)):
        _assert_batch(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker, sentiment=0.52)


def test_heldout_batches_twenty_four_and_twenty_five(heldout_batches):
    """Batches 24 (regional reportage with many speakers) and 25 (national political and
    security news) were written blind and measured once on the code with the batch 22-23 quote
    rules and the contrast shift of 0.75: character F1 1.000 / 0.995, span recall 1.000 / 0.979,
    speaker accuracy 0.943 / 0.908, sentiment macro-F1 0.568 / 0.543 (the project classifier,
    trained on the demo gold and batches 1-23: 0.685 / 0.636); then used for error analysis of
    the quote rules (a surname alone as a full name wrote it, a relative clause between an
    institution and its verb, the second verb of one subject naming, a question put to the
    speaker of the attributed line before it, Russian "с" + genitive as a place): speaker
    accuracy 0.977 / 0.909."""
    for name, spans, sentences, speaker in (("held-out 24", 91, 278, 0.95), ("held-out 25", 93, 264, 0.89)):
        _assert_batch(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker, sentiment=0.52)


def test_heldout_batches_twenty_six_and_twenty_seven(heldout_batches):
    """Batches 26 (news-feed copy built on officials' Telegram posts) and 27 (press reviews,
    expert commentary, interviews whose answers run over several paragraphs) were written blind
    and measured once on the code with the batch 24-25 rules: character F1 0.987 / 0.937, span
    recall 0.910 / 0.893, speaker accuracy 0.814 / 0.750, sentiment macro-F1 0.608 / 0.471 (the
    project classifier, trained on the demo gold and batches 1-25: 0.760 / 0.537); then used for
    error analysis of the quote rules (outlets as speakers, the staff of a service in the plural,
    a label that is a quoted name, a dash answer ending in a question, interview answers over
    several first-person paragraphs): character F1 0.987 / 0.953, span recall 0.910 / 0.914,
    speaker accuracy 0.848 / 0.892. Their floors are lower than the other batches': these are
    the hardest layouts measured so far."""
    for name, spans, sentences, speaker, sentiment in (("held-out 26", 67, 286, 0.84, 0.58),
                                                         ("held-out 27", 93, 257, 0.88, 0.45)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.95, span_recall=0.90)


def test_heldout_batches_twenty_eight_and_twenty_nine(heldout_batches):
    """Batches 28 (families, court hearings, volunteers: several women and men per article,
    referred to by surname, first name, kinship or role noun and pronoun) and 29 (Russian-language
    and exile media on occupied territories and Russia) were written blind and measured once on
    the code with the batch 26-27 rules: character F1 0.999 / 0.997, span recall 1.000 / 0.989,
    speaker accuracy 0.744 / 0.795, sentiment macro-F1 0.620 / 0.579 (the project classifier,
    trained on the demo gold and batches 1-27: 0.719 / 0.617); then used for error analysis of the
    quote rules (role nouns after "за словами", a substantivised adjective's gender, vocative
    readings of names ignored, the nominative subject over a relative in the genitive, a surname
    as written after a noun cue, a first name right before a verb of confirmation, a subject
    pronoun's antecedent): speaker accuracy 0.805 / 0.822."""
    for name, spans, sentences, speaker, sentiment in (("held-out 28", 89, 267, 0.80, 0.58),
                                                         ("held-out 29", 87, 270, 0.80, 0.55)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.97, span_recall=0.95)


def test_heldout_batches_thirty_and_thirty_one(heldout_batches):
    """Batches 30 (front-line reporting: spokespeople, soldiers known by call signs, intercepts)
    and 31 (economy, energy and social policy) were written blind and measured once on the code
    with the batch 28-29 rules: character F1 0.985 / 0.989, span recall 0.926 / 0.989, speaker
    accuracy 0.620 / 0.805, sentiment macro-F1 0.504 / 0.565 (the project classifier, trained on
    the demo gold and batches 1-29: 0.578 / 0.680); then used for error analysis of the quote
    rules (a person known by a call sign is a mention for later descriptions and pronouns, an
    abbreviation alone as the subject, a capitalised description at a sentence start): speaker
    accuracy 0.747 / 0.841."""
    for name, spans, sentences, speaker, sentiment in (("held-out 30", 94, 262, 0.74, 0.48),
                                                         ("held-out 31", 92, 265, 0.83, 0.54)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.97, span_recall=0.92)


def test_heldout_batches_thirty_two_and_thirty_three(heldout_batches):
    """Batches 32 (ordinary everyday news copy) and 33 (commentary on Russian and Belarusian
    officials' statements: block quotes closed by an attribution line, the outlet's bracketed
    insertions, scare quotes) were written blind and measured once on the code with the batch
    30-31 rules: character F1 0.997 / 0.982, span recall 0.969 / 0.926, speaker accuracy 0.885 /
    0.927, sentiment macro-F1 0.600 / 0.597 (the project classifier, trained on the demo gold and
    batches 1-31: 0.715 / 0.657); then used for error analysis (a company named only in quote
    marks after "в" is what "компанія" refers back to): speaker accuracy 0.885 / 0.951."""
    for name, spans, sentences, speaker, sentiment in (("held-out 32", 65, 266, 0.88, 0.57),
                                                         ("held-out 33", 94, 263, 0.94, 0.57)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.97, span_recall=0.92)


def test_heldout_batches_thirty_four_to_thirty_seven(heldout_batches):
    """Batches 34 (diplomacy and foreign reaction: communiqués, embassies, foreign outlets, press
    conferences), 35 (culture, sport and education: bands, clubs, stage names), 36 (courts,
    crime and corruption: verdicts, anonymous sources) and 37 (long-form testimonies:
    multi-paragraph quotes, first names with ages, dash dialogue) were written blind. Batches
    34-36 were measured once on the code before them: character F1 0.989 / 0.996 / 0.999, span
    recall 0.941 / 0.973 / 0.989, speaker accuracy 0.890 / 0.934 / 0.827, sentiment macro-F1
    0.540 / 0.581 / 0.495; batch 37 on the code with their rules: 0.984, 0.989, 0.863, 0.565.
    Then they were used for error analysis (documents of a body, verdicts as the court's, foreign
    names kept as written, ages, bodies as subjects); speaker accuracy 0.952 / 0.967 / 0.907 / 0.945."""
    for name, spans, sentences, speaker, sentiment, span_recall in (
            ("held-out 34", 101, 258, 0.95, 0.53, 0.95), ("held-out 35", 75, 251, 0.96, 0.57, 0.97),
            ("held-out 36", 87, 270, 0.90, 0.49, 0.98), ("held-out 37", 90, 289, 0.94, 0.56, 0.98)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.98, span_recall=span_recall, span_precision=0.97)


def test_heldout_batches_thirty_eight_to_forty_one(heldout_batches):
    """Batches 38 (front-line city news, half in Russian, languages mixed inside articles), 39
    (explainers leaning on experts, reports and foreign media, questions as subheadings), 40
    (columns and TV write-ups with labelled transcripts) and 41 (military news: call signs,
    spokespeople, milbloggers, the Russian defence ministry's claims) were written blind and
    measured once on the code with the batch 34-37 rules: character F1 0.963 / 0.920 / 0.940 /
    0.966, span precision 1.000 / 0.848 / 0.938 / 0.987, span recall 0.977 / 0.973 / 0.908 /
    0.898, speaker accuracy 0.913 / 0.739 / 0.843 / 0.710, sentiment macro-F1 0.586 / 0.475 /
    0.536 / 0.527. Then they were used for error analysis (question subheadings over reported
    paragraphs, transcript labels, first names the dictionary lacks, institutions' claims):
    speaker accuracy 0.939 / 0.908 / 0.945 / 0.750."""
    for name, spans, sentences, speaker, sentiment, span_recall in (
            ("held-out 38", 86, 280, 0.93, 0.58, 0.99), ("held-out 39", 73, 256, 0.90, 0.47, 0.97),
            ("held-out 40", 87, 276, 0.94, 0.53, 0.95), ("held-out 41", 88, 262, 0.74, 0.52, 0.93)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.97, span_recall=span_recall, span_precision=0.97)


def test_heldout_batches_forty_two_to_forty_five(heldout_batches):
    """Batches 42 (council sessions and public meetings), 43 (business, technology and the
    defence industry), 44 (health, humanitarian aid and international organisations) and 45
    (Russia's internal affairs and propaganda) were written blind and measured once on the code
    with the batch 38-41 rules: character F1 0.969 / 0.999 / 0.997 / 0.995, span recall 0.971 /
    1.000 / 0.988 / 0.962, speaker accuracy 0.779 / 0.939 / 0.821 / 0.839, sentiment macro-F1
    0.538 / 0.557 / 0.565 / 0.448. Then they were used for error analysis (verbs of retort, the
    interviewee introduced right before a dash interview, an unnamed member of a group as a
    person): speaker accuracy 0.853 / 0.939 / 0.851 / 0.839."""
    for name, spans, sentences, speaker, sentiment, span_recall in (
            ("held-out 42", 102, 272, 0.85, 0.53, 0.97), ("held-out 43", 73, 256, 0.93, 0.55, 0.99),
            ("held-out 44", 83, 282, 0.85, 0.56, 0.98), ("held-out 45", 104, 266, 0.83, 0.44, 0.96)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.97, span_recall=span_recall, span_precision=0.97)


def test_heldout_batches_forty_six_to_forty_nine(heldout_batches):
    """Batches 46 (energy and infrastructure under attack), 47 (education and children), 48
    (prisoners of war and human rights) and 49 (life in occupied territories) were written blind
    and measured once on the code with the batch 42-45 rules: character F1 0.995 / 0.997 / 0.995 /
    0.999, span precision 0.987 / 0.987 / 0.976 / 1.000, span recall 0.963 / 0.987 / 0.988 /
    0.989, speaker accuracy 0.925 / 0.940 / 0.870 / 0.766, sentiment macro-F1 0.596 / 0.590 /
    0.534 / 0.525. Then they were used for error analysis (the euphonic "ідеться", sites and
    channels as where a body's statement stands, places of an adjective and a noun, unnamed
    people described as subjects or interviewees, bureaus and abbreviations): speaker accuracy
    0.955 / 0.970 / 0.957 / 0.909 (batch 49: 0.935 after the batch 50-57 rules). Batch 46 keeps
    one market's name in quote marks ("ринок «на добу наперед»", in lower case) taken for a quote.
    The sentiment round of reductions, stops and enemy frames, found on batches 1-121, moved batch
    49's sentiment from 0.525 to 0.519 (floor 0.51) while it raised 71 batches."""
    for name, spans, sentences, speaker, sentiment, span_recall, names in (
            ("held-out 46", 80, 261, 0.95, 0.58, 0.96, 0.05), ("held-out 47", 77, 272, 0.96, 0.58, 0.98, 0.0),
            ("held-out 48", 83, 271, 0.95, 0.52, 0.98, 0.0), ("held-out 49", 89, 255, 0.93, 0.51, 0.98, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.99, span_recall=span_recall, span_precision=0.97,
                             names_as_quotes=names)


def test_heldout_batches_fifty_to_fifty_three(heldout_batches):
    """Batches 50 (religion and churches), 51 (environment and the war's damage to nature), 52
    (national politics and parliament) and 53 (Ukrainians abroad) were written blind and measured
    once on the code with the batch 46-49 rules: character F1 1.000 / 0.995 / 0.998 / 0.994, span
    precision 1.000 on all four, span recall 1.000 / 0.988 / 0.981 / 0.966, speaker accuracy
    0.889 / 0.918 / 0.944 / 0.833, sentiment macro-F1 0.560 / 0.547 / 0.567 / 0.516. Then they
    were used for error analysis (dioceses and inspectorates, compounds and abbreviations referred
    back to, verbs of accusing, turns of an exchange, families sharing a surname, foreign names as
    written): speaker accuracy 0.917 / 0.945 / 0.967 / 0.936."""
    for name, spans, sentences, speaker, sentiment, span_recall in (
            ("held-out 50", 79, 254, 0.91, 0.55, 0.99), ("held-out 51", 82, 261, 0.94, 0.54, 0.98),
            ("held-out 52", 103, 264, 0.96, 0.56, 0.98), ("held-out 53", 89, 247, 0.93, 0.51, 0.96)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.99, span_recall=span_recall, span_precision=0.99)


def test_heldout_batches_fifty_four_to_fifty_seven(heldout_batches):
    """Batches 54 (fact-checks and disinformation debunks), 55 (transport and logistics), 56
    (veterans and rehabilitation) and 57 (emergencies and rescue work) were written blind and
    measured once on the code with the batch 50-53 rules: character F1 0.982 / 0.998 / 0.998 /
    1.000, span precision 0.988 / 1.000 / 0.989 / 1.000, span recall 0.954 / 0.988 / 0.989 /
    1.000, speaker accuracy 0.863 / 0.877 / 0.896 / 0.971, sentiment macro-F1 0.568 / 0.611 /
    0.547 / 0.540. Then they were used for error analysis (quoted company names as subjects and
    antecedents, titles used alone, professions with a feminine verb, posts of a person, channels
    named after the verb): speaker accuracy 0.945 / 0.932 / 0.935 / 0.985. Batch 54 keeps a radio
    station's name in quote marks after an attribution sentence taken for a quote. The sentiment
    floors of batches 56 and 57 fell by 0.01 when names in quote marks stopped counting (0.538 and
    0.528: names such as "Теплий тил" had scored their sentences)."""
    for name, spans, sentences, speaker, sentiment, span_recall, names in (
            ("held-out 54", 86, 263, 0.94, 0.56, 0.95, 0.04), ("held-out 55", 85, 259, 0.93, 0.60, 0.98, 0.0),
            ("held-out 56", 88, 267, 0.93, 0.53, 0.98, 0.0), ("held-out 57", 75, 264, 0.98, 0.52, 0.99, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.98, span_recall=span_recall, span_precision=0.98,
                             names_as_quotes=names)


def test_heldout_batches_fifty_eight_to_sixty_one(heldout_batches):
    """Batches 58 (sport), 59 (police and local incident news), 60 (science and universities) and
    61 (Crimea and the Black Sea) were written blind and measured once on the code with the batch
    54-57 rules: character F1 1.000 / 0.995 / 0.997 / 0.999, span precision 1.000 / 0.988 / 0.988 /
    0.989, span recall 1.000 / 0.976 / 0.988 / 1.000, speaker accuracy 0.922 / 0.901 / 0.916 /
    0.848, sentiment macro-F1 0.616 / 0.542 / 0.647 / 0.497. Then they were used for error
    analysis (initiatives, clubs, two abbreviations as a body, foreign names after a title, guessed
    first names without a gender): speaker accuracy 0.953 / 0.901 / 0.944 / 0.949."""
    for name, spans, sentences, speaker, sentiment, span_recall in (
            ("held-out 58", 74, 259, 0.95, 0.60, 0.99), ("held-out 59", 84, 267, 0.90, 0.53, 0.97),
            ("held-out 60", 81, 266, 0.94, 0.63, 0.98), ("held-out 61", 90, 258, 0.94, 0.49, 0.99)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.99, span_recall=span_recall, span_precision=0.98)


def test_heldout_batches_sixty_two_to_sixty_five(heldout_batches):
    """Batches 62 (agriculture and grain exports), 63 (reconstruction and housing), 64
    (volunteers and fundraising) and 65 (mobilisation and conscription) were written blind and
    measured once on the code with the batch 58-61 rules: character F1 0.995 / 0.994 / 1.000 /
    0.985, span precision 0.987 / 1.000 / 1.000 / 0.965, span recall 0.987 / 0.966 / 1.000 /
    0.988, speaker accuracy 0.957 / 0.933 / 0.866 / 0.905, sentiment macro-F1 0.584 / 0.524 /
    0.589 / 0.561. Then they were used for error analysis (a verb's object after a name,
    ministries' short names, roles who asked not to be named, "another" description, people the
    newsroom reached): speaker accuracy 0.972 / 0.933 / 0.955 / 0.905. Batch 65 keeps two terms in
    quote marks after "визнала, що" and "сприймає ... як" taken for quotes."""
    for name, spans, sentences, speaker, sentiment, span_recall, span_precision in (
            ("held-out 62", 79, 272, 0.97, 0.58, 0.99, 0.98), ("held-out 63", 87, 269, 0.93, 0.52, 0.96, 0.99),
            ("held-out 64", 76, 272, 0.95, 0.58, 0.99, 0.99), ("held-out 65", 83, 269, 0.90, 0.56, 0.98, 0.96)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=0.98, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_sixty_six_to_sixty_nine(heldout_batches):
    """Batches 66 (defence technology and cyber), 67 (children in the war), 68 (sanctions and the
    wartime economy) and 69 (media and journalists) were written blind and measured once on the
    code with the batch 62-65 rules: character F1 0.994 / 0.995 / 0.993 / 0.977, span precision
    0.975 / 0.976 / 0.987 / 0.975, span recall 0.963 / 1.000 / 0.961 / 0.975, speaker accuracy
    0.917 / 0.904 / 0.877 / 0.901, sentiment macro-F1 0.496 / 0.535 / 0.508 / 0.574. Then they
    were used for error analysis (titles used alone, companies named in quote marks, unions and
    groups, antecedents before the noun, irony before a naming verb, surnames as the article
    writes them): speaker accuracy 0.972 / 0.918 / 0.954 / 0.930. Batch 68 keeps a company name
    in quote marks taken for a quote."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, names in (
            ("held-out 66", 82, 274, 0.97, 0.49, 0.99, 0.96, 0.0), ("held-out 67", 82, 257, 0.91, 0.53, 0.99, 0.99, 0.0),
            ("held-out 68", 77, 262, 0.95, 0.50, 0.99, 0.96, 0.04), ("held-out 69", 81, 256, 0.92, 0.57, 0.97, 0.97, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=0.97, names_as_quotes=names)


def test_heldout_batches_seventy_to_seventy_three(heldout_batches):
    """Batches 70 (resistance in occupied territories), 71 (demining), 72 (animals in the war) and
    73 (music, theatre and the arts) were written blind and measured once on the code with the
    batch 66-69 rules: character F1 0.989 / 0.996 / 1.000 / 0.996, span precision 1.000 / 1.000 /
    1.000 / 0.989, span recall 0.935 / 0.974 / 1.000 / 0.978, speaker accuracy 0.831 / 0.892 /
    0.886 / 0.947, sentiment macro-F1 0.425 / 0.522 / 0.590 / 0.605. Then they were used for
    error analysis (two first names of two people, pseudonyms, hyphenated compounds, bodies named
    in the lead, participle clauses): speaker accuracy 0.896 / 0.923 / 0.900 / 0.987. A later
    rule found one more quotation of batch 70 (a naming verb in "заяву, у якій назвала") whose
    speaker is the body as written ("Окупаційна адміністрація міста", not the city's name), so its
    floor is 0.88. The sentiment round of reductions, stops and enemy frames moved batch 73's
    sentiment from 0.601 to 0.597 (floor 0.59)."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall in (
            ("held-out 70", 93, 251, 0.88, 0.42, 0.98, 0.93), ("held-out 71", 77, 261, 0.92, 0.52, 0.99, 0.97),
            ("held-out 72", 81, 267, 0.90, 0.58, 0.99, 0.99), ("held-out 73", 91, 263, 0.98, 0.59, 0.99, 0.97)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall, span_precision=0.98)


def test_heldout_batches_seventy_four_to_seventy_seven(heldout_batches):
    """Batches 74 (corruption investigations), 75 (winter in front-line towns), 76 (drone strikes
    on Russia and the reactions there) and 77 (tourism and leisure) were written blind and
    measured once on the code with the batch 70-73 rules: character F1 0.982 / 0.998 / 0.988 /
    0.980, span precision 1.000 on all four, span recall 0.978 / 0.988 / 0.905 / 0.978, speaker
    accuracy 0.948 / 0.900 / 0.857 / 0.924, sentiment macro-F1 0.528 / 0.665 / 0.370 / 0.534.
    Then they were used for error analysis (people reached who ask not to be named in the next
    sentence, a place that is also a first name after a description): speaker accuracy 0.948 /
    0.900 / 0.893 / 0.949."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall in (
            ("held-out 74", 93, 264, 0.94, 0.52, 0.98, 0.97), ("held-out 75", 81, 269, 0.90, 0.66, 0.99, 0.98),
            ("held-out 76", 105, 269, 0.89, 0.37, 0.98, 0.90), ("held-out 77", 89, 263, 0.94, 0.53, 0.98, 0.97)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall, span_precision=0.99)


def test_heldout_batches_seventy_eight_to_eighty_one(heldout_batches):
    """Batches 78 (healthcare), 79 (sport), 80 (churches and religion) and 81 (environmental
    damage) were written blind and measured once on the code with the batch 74-77 rules and the
    concession rule of the sentiment scorer: character F1 0.997 / 0.995 / 0.990 / 1.000, span
    precision 1.000 / 1.000 / 0.986 / 1.000, span recall 0.974 / 0.964 / 0.958 / 1.000, speaker
    accuracy 0.912 / 0.958 / 0.930 / 0.969, sentiment macro-F1 0.544 / 0.508 / 0.541 / 0.578 (the
    code before the concession rule: 0.544 / 0.503 / 0.541 / 0.578). Then they were used for error
    analysis (genitive chains and "та" in a source's description, an institution after a noun it
    does not depend on, weekdays and platforms between a subject and its verb, a naming verb's
    object, an unnamed "один депутат", titles opening a sentence, clergy and parishes, verbs of
    irony and surprise): speaker accuracy 0.971 / 0.986 / 0.947 / 1.000."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall in (
            ("held-out 78", 77, 264, 0.97, 0.54, 0.99, 0.97), ("held-out 79", 84, 288, 0.98, 0.50, 0.99, 0.96),
            ("held-out 80", 71, 277, 0.94, 0.54, 0.98, 0.95), ("held-out 81", 75, 277, 1.00, 0.57, 0.99, 0.99)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall)


def test_heldout_batches_eighty_two_to_eighty_five(heldout_batches):
    """Batches 82 (education), 83 (transport), 84 (diplomacy) and 85 (technology and cyber) were
    written blind and measured once on the code with the batch 78-81 rules: character F1 1.000 /
    0.990 / 0.995 / 0.997, span precision 1.000 on all four, span recall 1.000 / 0.986 / 0.968 /
    0.988, speaker accuracy 0.954 / 0.902 / 0.825 / 0.843, sentiment macro-F1 0.490 / 0.579 /
    0.539 / 0.470. Then they were used for error analysis (adverbials and a platform phrase
    making the run before a body's verb long, a pseudonym given in the instrumental, a person
    named in the reported clause of an unnamed source, a foreign surname alone, a capital after a
    preposition in a body's name, not being authorised to comment, an interlocutor asking not to
    be named, a ministry's short name, providers and carriers, "одна из" after the verb): speaker
    accuracy 0.969 / 0.902 / 0.875 / 0.943."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall in (
            ("held-out 82", 76, 261, 0.96, 0.49, 0.99, 0.99), ("held-out 83", 70, 279, 0.90, 0.57, 0.98, 0.98),
            ("held-out 84", 94, 267, 0.87, 0.53, 0.99, 0.96), ("held-out 85", 81, 280, 0.94, 0.47, 0.99, 0.98)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall)


def test_heldout_batches_eighty_six_to_eighty_nine(heldout_batches):
    """Batches 86 (nuclear and energy safety), 87 (crime and police), 88 (veterans) and 89 (Russian
    domestic politics) were written blind. 86 and 87 were measured once on the code with the batch
    82-85 rules: character F1 0.987 / 0.994, span precision 1.000 / 1.000, span recall 0.977 /
    0.961, speaker accuracy 0.877 / 0.954, sentiment macro-F1 0.557 / 0.441; 88 and 89 on that code
    with part of the fixes batch 86 led to: 0.994 / 0.991, 1.000 / 0.987, 0.977 / 0.950, 0.945 /
    0.897, 0.446 / 0.516. Then they were used for error analysis (names in quote marks inside a
    source's description, a capitalised bare noun for an abbreviation, a verbal noun governing the
    instrumental inside a name, one described speaker after the verb, a name in quote marks opening a
    sentence, platforms as no body or outlet, a publication of the body named last, the outlet a
    comment was given to, a description opening a sentence, a man's surname declined, an
    abbreviation with its adjectives, a time in the genitive before a body's verb, "one of" a group
    with an apposition, people reached who ask not to be named, a place adjective read as a
    surname): speaker accuracy 0.973 / 0.969 / 0.973 / 0.956."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 86", 85, 270, 0.97, 0.55, 0.98, 0.97, 0.99), ("held-out 87", 77, 271, 0.96, 0.44, 0.99, 0.96, 0.99),
            ("held-out 88", 85, 268, 0.97, 0.44, 0.99, 0.97, 0.99), ("held-out 89", 80, 276, 0.95, 0.51, 0.99, 0.95, 0.98)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_ninety_to_ninety_three(heldout_batches):
    """Batches 90 (local government), 91 (banks and prices), 92 (natural disasters) and 93 (occupied
    Crimea) were written blind and measured once on the code with the batch 86-89 rules: character
    F1 0.996 / 0.998 / 0.997 / 0.997, span precision 1.000 / 1.000 / 0.986 / 1.000, span recall
    0.957 / 0.978 / 0.986 / 0.975, speaker accuracy 0.932 / 0.913 / 0.953 / 0.857, sentiment
    macro-F1 0.484 / 0.573 / 0.562 / 0.468. Then they were used for error analysis ("Генштабу" for
    "Генеральний штаб ЗСУ", a name's first word alone for the name as introduced, an unnamed source
    of the same paragraph for a quote with no attribution and for "– каже посадовець", a time after
    a preposition ending a name, the article's "е" for the dictionary's "ё", plural first-name
    readings, a platform between the verb and its subject, a description before a name in quote
    marks, and its naming verb's fragment): speaker accuracy 0.932 / 0.950 / 0.984 / 0.943. Batch 92 keeps a name in quote marks
    taken for a quote."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 90", 69, 267, 0.93, 0.48, 0.99, 0.95, 0.99, 0.0),
            ("held-out 91", 89, 262, 0.95, 0.57, 0.99, 0.97, 0.99, 0.0),
            ("held-out 92", 72, 266, 0.98, 0.56, 0.99, 0.98, 0.98, 0.06),
            ("held-out 93", 81, 280, 0.94, 0.46, 0.99, 0.97, 0.99, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_ninety_four_to_ninety_seven(heldout_batches):
    """Batches 94 (prisoners of war), 95 (front-line reports), 96 (refugees abroad) and 97
    (disinformation) were written blind and measured once on the code with the batch 90-93 rules:
    character F1 0.986 / 0.994 / 0.996 / 0.987, span precision 0.973 / 1.000 / 1.000 / 0.986, span
    recall 0.986 / 0.941 / 0.974 / 0.986, speaker accuracy 0.937 / 0.829 / 0.954 / 0.906, sentiment
    macro-F1 0.526 / 0.483 / 0.464 / 0.472. Then they were used for error analysis (a pseudonym
    given by a participle, an abbreviation with the state it belongs to, a name's first words for
    the name as introduced): speaker accuracy 0.937 / 0.843 / 0.954 / 0.938. Batch 94 keeps a name
    in quote marks taken for a quote."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 94", 74, 268, 0.93, 0.52, 0.98, 0.98, 0.97, 0.05),
            ("held-out 95", 85, 273, 0.84, 0.48, 0.99, 0.94, 0.99, 0.0),
            ("held-out 96", 77, 268, 0.95, 0.46, 0.99, 0.97, 0.99, 0.0),
            ("held-out 97", 73, 267, 0.93, 0.47, 0.98, 0.98, 0.98, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_ninety_eight_to_one_hundred_and_one(heldout_batches):
    """Batches 98 (live-blog roundups), 99 (press briefings with several speakers), 100 (interviews
    and first-person stories) and 101 (regional news from front-line oblasts) were written blind
    and measured once on the code with the batch 94-97 rules: character F1 0.9995 / 0.910 / 0.910 /
    0.996, span precision 1.000 / 1.000 / 0.989 / 1.000, span recall 0.988 / 0.881 / 0.885 / 0.989,
    speaker accuracy 0.861 / 0.878 / 0.932 / 0.976, sentiment macro-F1 0.586 / 0.607 / 0.604 /
    0.642. Then they were used for error analysis (a verb opening the line before a colon and the
    monologue it introduces, questions put to one of several by name, a question and its answer on
    one dash line, titles that stand for others, "– ідеться в ньому", staff opening a sentence,
    places after a capitalised adjective, "one of" a group with its apposition, the command of a
    military body): speaker accuracy 0.911 / 0.958 / 0.974 / 0.988. Batch 99's name in quote marks
    lies inside an answer now quoted. A later cue ("записати", for diaries) found batch 99's block
    of a committee's recommendations ("рекомендації, у яких записано:") with the person named last
    as its speaker, so its floor is 0.94. The partial negation ("не всі"), found on batches
    1-121, turned one neutral sentence of batch 101 negative ("Не всі депутати з ним
    погодилися"): its sentiment went from 0.642 to 0.638 (floor 0.63)."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 98", 85, 274, 0.91, 0.58, 0.99, 0.98, 0.99, 0.0),
            ("held-out 99", 109, 276, 0.94, 0.60, 0.98, 0.98, 0.99, 0.05),
            ("held-out 100", 104, 273, 0.97, 0.60, 0.96, 0.93, 0.98, 0.0),
            ("held-out 101", 94, 269, 0.98, 0.63, 0.99, 0.98, 0.99, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_two_to_one_hundred_and_nine(heldout_batches):
    """Batches 102 (opinion columns), 103 (foreign media retold), 104 (TV and telethon
    appearances), 105 (social-media stories), 106 (business news), 107 (intercepted calls and case
    files), 108 (memorial stories) and 109 (official statements) were written blind and measured
    once: 102-105 on the code with the batch 98-101 rules, 106-109 on the code with part of the
    batch 102-105 rules. First contact: character F1 0.996 / 0.991 / 0.976 / 0.986 / 0.996 / 0.993
    / 1.000 / 0.994, span recall 0.985 / 0.930 / 0.956 / 0.947 / 0.976 / 0.958 / 1.000 / 0.964,
    speaker accuracy 0.948 / 0.708 / 0.917 / 0.744 / 0.878 / 0.500 / 0.806 / 0.877, sentiment
    macro-F1 0.445 / 0.509 / 0.623 / 0.480 / 0.501 / 0.452 / 0.564 / 0.515. Then they were used for
    error analysis (foreign outlets after their verb, analysts of a body, abbreviations defined in
    brackets, nicknames and call signs without quote marks, verbs of interrupting, times and
    publication places between a body and its verb, states after abbreviations, intercepted calls,
    a naming verb's object): speaker accuracy in the floors below. Batch 107 keeps a name in quote
    marks inside an intercepted line."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 102", 67, 271, 0.98, 0.44, 0.99, 0.98, 0.99, 0.0),
            ("held-out 103", 86, 261, 0.83, 0.50, 0.99, 0.93, 0.99, 0.0),
            ("held-out 104", 114, 275, 0.94, 0.62, 0.98, 0.96, 0.99, 0.0),
            ("held-out 105", 94, 268, 0.91, 0.47, 0.98, 0.94, 0.98, 0.0),
            ("held-out 106", 84, 271, 0.87, 0.50, 0.99, 0.97, 0.99, 0.0),
            ("held-out 107", 95, 263, 0.84, 0.45, 0.99, 0.96, 0.97, 0.08),
            ("held-out 108", 76, 274, 0.82, 0.56, 0.99, 0.99, 0.99, 0.0),
            ("held-out 109", 84, 260, 0.87, 0.51, 0.99, 0.96, 0.99, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_ten_to_one_hundred_and_thirteen(heldout_batches):
    """Batches 110 (speeches retold), 111 (explainers under question subheadings), 112 (war-crimes
    investigations with witnesses) and 113 (transcript-style interviews) were written blind. Batch
    111 was measured on the code with the batch 102-109 rules: character F1 0.872, span precision
    0.812 (its question subheadings read as an interview), speaker accuracy 0.862, sentiment
    macro-F1 0.598; after the explainer rule it drew ("Відповідаємо на головні запитання"), 110, 112
    and 113 were measured once: character F1 0.996 / 0.987 / 0.996, span recall 0.959 / 0.988 /
    1.000, speaker accuracy 0.910 / 0.766 / 0.674, sentiment macro-F1 0.636 / 0.493 / 0.551. Then
    "Ответ:" labels were read as the guest's (113: 0.728)."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 110", 97, 264, 0.91, 0.63, 0.99, 0.95, 0.99, 0.0),
            ("held-out 111", 71, 294, 0.89, 0.59, 0.96, 0.99, 0.94, 0.05),
            ("held-out 112", 86, 277, 0.76, 0.49, 0.98, 0.98, 0.99, 0.0),
            ("held-out 113", 147, 284, 0.72, 0.55, 0.99, 0.99, 0.99, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_fourteen_to_one_hundred_and_seventeen(heldout_batches):
    """Batches 114 (parliament and council sessions), 115 (press reviews), 116 (culture in
    wartime) and 117 (fact-checks) were written blind and measured once on the code with the
    batch 110-113 rules: character F1 0.982 / 0.977 / 0.997 / 0.993, span precision 0.988 /
    0.977 / 1.000 / 0.987, span recall 0.910 / 0.902 / 0.987 / 0.938, speaker accuracy 0.922 /
    0.936 / 0.957 / 0.896, sentiment macro-F1 0.495 / 0.562 / 0.542 / 0.556. Then they were used
    for error analysis (full names by case agreement, reporters' questions, chairs stopping a
    speaker, headlines, posts of a channel, what was shouted or thanked for): the floors below.
    Batch 117's gold marks three names inside quotations (a ship in a post, a company opening a
    headline, an opera in a comment), which count as names taken for quotes."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 114", 89, 269, 0.99, 0.50, 0.99, 0.96, 0.99, 0.0),
            ("held-out 115", 92, 261, 0.97, 0.56, 0.98, 0.93, 0.97, 0.0),
            ("held-out 116", 79, 267, 0.95, 0.54, 0.99, 0.98, 0.99, 0.0),
            ("held-out 117", 80, 272, 0.92, 0.55, 0.99, 0.93, 0.98, 0.12)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_eighteen_to_one_hundred_and_twenty_one(heldout_batches):
    """Batches 118 (Russian propaganda television retold), 119 (soldiers' letters and diaries),
    120 (court hearings) and 121 (families speaking in features) were written blind and measured
    once on the code with the first batch 114-117 rules: character F1 0.987 / 0.887 / 0.982 /
    0.988, span precision 0.991 / 0.963 / 0.988 / 1.000, span recall 0.964 / 0.857 / 0.965 /
    0.968, speaker accuracy 0.889 / 0.890 / 0.910 / 0.929, sentiment macro-F1 0.514 / 0.602 /
    0.492 / 0.468. Then they were used for error analysis (people the newsroom got through to,
    diary entries and excerpts of letters, a judge's questioning by turns, places after "за
    пределами"): the floors below. The "так і не" rule, found on batches 1-121, turned one
    neutral sentence of batch 118 negative ("Опровержения ... так и не прозвучало"): its
    sentiment went from 0.511 to 0.508 (floor 0.50)."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 118", 112, 275, 0.92, 0.50, 0.98, 0.96, 0.99),
            ("held-out 119", 91, 289, 0.89, 0.60, 0.96, 0.93, 0.99),
            ("held-out 120", 86, 277, 0.96, 0.49, 0.98, 0.96, 0.98),
            ("held-out 121", 93, 286, 0.92, 0.46, 0.98, 0.96, 0.99)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_one_hundred_and_twenty_two_to_one_hundred_and_twenty_five(heldout_batches):
    """Batches 122 (vox pops and street interviews), 123 (readers' questions answered by experts),
    124 (news-agency wire copy) and 125 (satirical columns) were written blind and measured once:
    122-124 on the code of this round's first sentiment changes, 125 on the code with the first
    batch 122 rules (it scored the same on the code before them). Character F1 0.944 / 0.898 /
    0.995 / 0.982, span precision 0.973 / 1.000 / 1.000 / 1.000, span recall 0.938 / 0.855 /
    0.960 / 0.968, speaker accuracy 0.839 / 0.940 / 0.939 / 0.835, sentiment macro-F1 0.512 /
    0.577 / 0.597 / 0.463. Then they were used for error analysis (vox-pop label lines, unnamed
    people described after the verb, an expert's numbered or imperative advice over paragraphs,
    places in the other language): the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 122", 113, 278, 0.90, 0.50, 0.98, 0.98, 0.96),
            ("held-out 123", 83, 272, 0.93, 0.56, 0.93, 0.91, 0.99),
            ("held-out 124", 75, 252, 0.93, 0.59, 0.98, 0.96, 0.99),
            ("held-out 125", 94, 283, 0.82, 0.45, 0.98, 0.96, 0.99)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_one_hundred_and_twenty_six_to_one_hundred_and_twenty_nine(heldout_batches):
    """Batches 126 (showbiz and celebrities), 127 (opinion polls and sociology), 128 (history and
    anniversary pieces with archival documents) and 129 (city services and daily-life notices)
    were written blind and measured once: 127 and 129 on the code of this round's first sentiment
    changes, 126 and 128 on the code with the first batch 122 rules (they scored the same on the
    code before them). Character F1 0.981 / 0.997 / 0.975 / 1.000, span precision 0.976 / 1.000 /
    0.988 / 1.000, span recall 0.930 / 0.979 / 0.964 / 1.000, speaker accuracy 0.901 / 0.918 /
    0.824 / 0.909, sentiment macro-F1 0.527 / 0.545 / 0.514 / 0.499. Then they were used for
    error analysis (a title after an age, documents that speak for themselves, people named
    inside quoted words): the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 126", 86, 270, 0.89, 0.51, 0.97, 0.93, 0.96),
            ("held-out 127", 96, 258, 0.90, 0.53, 0.98, 0.96, 0.99),
            ("held-out 128", 83, 273, 0.82, 0.50, 0.96, 0.95, 0.97),
            ("held-out 129", 73, 265, 0.89, 0.48, 0.98, 0.99, 0.99)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_one_hundred_and_thirty_to_one_hundred_and_thirty_three(heldout_batches):
    """Batches 130 (sport in wartime), 131 (environmental damage of the war), 132 (schools and
    universities) and 133 (small business and the labour market) were written blind and measured
    once, on the code with this round's first sentiment rule (verbs of ending; it changed no
    sentence of these batches). Character F1 0.992 / 1.000 / 0.989 / 0.999, span precision 1.000 /
    1.000 / 0.988 / 1.000, span recall 0.956 / 1.000 / 0.952 / 1.000, speaker accuracy 0.964 /
    0.953 / 0.871 / 0.932, sentiment macro-F1 0.583 / 0.498 / 0.534 / 0.496. Then they were used
    for error analysis (an unnamed interviewee described after the verb, numbered schools, bodies
    named after the verb and their channel, a council's name running into the verb's object):
    the floors below. The span precision of batch 131 fell to 0.986 when the infinitive of a request
    not to be named stopped being read as a cue after a participle (batches 238-245's round): a
    fragment after "подтвердил, что" became the source's quotation where the gold has a scare
    quote (the same change made a fragment of batch 22 the gold's quotation)."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 130", 68, 267, 0.99, 0.57, 0.99, 0.97, 0.99),
            ("held-out 131", 70, 264, 0.96, 0.48, 0.99, 0.99, 0.98),
            ("held-out 132", 84, 261, 0.97, 0.52, 0.98, 0.95, 0.98),
            ("held-out 133", 83, 262, 0.94, 0.48, 0.99, 0.99, 0.99)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_one_hundred_and_thirty_four_to_one_hundred_and_thirty_seven(heldout_batches):
    """Batches 134 (religion and churches), 135 (veterans' return and rehabilitation), 136
    (technology, IT and cyberattacks) and 137 (tourism and travel) were written blind and measured
    once, on the code with the rules of batches 130-133 and the nominative reading of registered
    names. Character F1 1.000 / 1.000 / 0.992 / 0.991, span precision 1.000 / 1.000 / 0.960 /
    0.986, span recall 0.987 / 1.000 / 0.973 / 0.958, speaker accuracy 0.970 / 0.944 / 0.937 /
    0.984, sentiment macro-F1 0.588 / 0.487 / 0.530 / 0.488. Then they were used for error
    analysis (church bodies, one-word organisation names, the channel of the body named last):
    the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 134", 77, 258, 0.98, 0.57, 0.99, 0.98, 0.99),
            ("held-out 135", 80, 271, 0.94, 0.47, 0.99, 0.99, 0.99),
            ("held-out 136", 74, 269, 0.96, 0.52, 0.99, 0.97, 0.95),
            ("held-out 137", 71, 259, 0.98, 0.48, 0.99, 0.95, 0.98)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_one_hundred_and_thirty_eight_to_one_hundred_and_forty_one(heldout_batches):
    """Batches 138 (refugees and Ukrainians abroad), 139 (prisoners of war and the missing), 140
    (anti-corruption news) and 141 (natural disasters and emergency services) were written blind
    and measured once, on the code of the start of their session (batch 140 after the place-noun
    rule found on batch 138): character F1 0.999 / 0.993 / 0.999 / 0.991, span precision 0.976 /
    0.973 / 1.000 / 0.972, span recall 1.000 / 0.961 / 0.986 / 0.972, speaker accuracy 0.826 /
    0.984 / 0.869 / 0.903, sentiment macro-F1 0.496 / 0.532 / 0.427 / 0.622. Then they were used
    for error analysis: the floors below (batch 141's sentiment floor lowered from 0.60 to 0.59
    when the fundraising frame and the words of persistence and of a first time came in: 0.606 ->
    0.599, while 124 of the 150 labelled sets rose)."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 138", 80, 265, 0.95, 0.49, 0.99, 1.00, 0.97),
            ("held-out 139", 76, 274, 1.00, 0.54, 0.99, 0.96, 0.97),
            ("held-out 140", 73, 279, 0.90, 0.43, 0.99, 0.98, 1.00),
            ("held-out 141", 72, 277, 1.00, 0.59, 0.99, 0.97, 0.97)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_one_hundred_and_forty_two_to_one_hundred_and_forty_five(heldout_batches):
    """Batches 142 (foreign politics seen from Ukraine), 143 (life in the occupied territories), 144
    (hospitals and medicine under fire) and 145 (Russian domestic news) were written blind and
    measured once, on the code with the rules of batches 138-141: character F1 0.965 / 0.995 /
    0.993 / 0.976, span precision 0.976 / 0.988 / 0.975 / 0.988, span recall 0.930 / 0.965 / 0.975
    / 0.942, speaker accuracy 0.904 / 0.921 / 0.941 / 0.851, sentiment macro-F1 0.494 / 0.543 /
    0.562 / 0.533. Then they were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 142", 86, 264, 0.95, 0.49, 0.96, 0.93, 0.97),
            ("held-out 143", 86, 277, 0.93, 0.54, 0.99, 0.96, 0.98),
            ("held-out 144", 81, 268, 0.97, 0.56, 0.99, 0.97, 0.97),
            ("held-out 145", 86, 280, 0.86, 0.53, 0.97, 0.94, 0.98)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_one_hundred_and_forty_six_to_one_hundred_and_forty_nine(heldout_batches):
    """Batches 146 (prices and household economics), 147 (police and local crime), 148 (Crimea and the
    Black Sea) and 149 (children and families) were written blind and measured once, on the code
    with the rules of batches 138-145: character F1 1.000 / 0.998 / 0.992 / 0.981, span precision
    1.000 / 0.988 / 1.000 / 0.987, span recall 1.000 / 1.000 / 0.945 / 0.963, speaker accuracy
    0.973 / 0.915 / 0.892 / 0.925, sentiment macro-F1 0.458 / 0.496 / 0.499 / 0.515. Then they were
    used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 146", 83, 272, 0.98, 0.45, 1.00, 1.00, 1.00),
            ("held-out 147", 79, 266, 0.94, 0.49, 0.99, 1.00, 0.98),
            ("held-out 148", 91, 275, 0.95, 0.49, 0.99, 0.94, 1.00),
            ("held-out 149", 81, 271, 0.92, 0.51, 0.98, 0.96, 0.98)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_one_hundred_and_fifty_to_one_hundred_and_fifty_three(heldout_batches):
    """Batches 150 (veterans and demobilised soldiers), 151 (sport and culture in wartime), 152
    (agriculture and exports) and 153 (the energy system under attack) were written blind and
    measured once, on the code with the fundraising frame and the fifth lexicon review: character
    F1 1.000 / 0.997 / 1.000 / 0.998, span precision 1.000 / 0.988 / 1.000 / 0.990, span recall
    1.000 / 0.988 / 1.000 / 0.990, speaker accuracy 0.986 / 0.903 / 0.983 / 0.929, sentiment
    macro-F1 0.502 / 0.576 / 0.551 / 0.608. Then they were used for error analysis: the floors
    below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision in (
            ("held-out 150", 76, 260, 0.98, 0.50, 1.00, 1.00, 1.00),
            ("held-out 151", 81, 272, 0.93, 0.57, 0.99, 0.98, 0.98),
            ("held-out 152", 68, 281, 0.98, 0.55, 0.99, 1.00, 1.00),
            ("held-out 153", 95, 270, 0.97, 0.60, 0.99, 0.98, 0.98)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision)


def test_heldout_batches_one_hundred_and_fifty_four_to_one_hundred_and_fifty_seven(heldout_batches):
    """Batches 154 (local government and reconstruction), 155 (media and the information war), 156
    (transport and logistics) and 157 (religion and society) were written blind and measured once,
    on the code with the rules of batches 150-153: character F1 0.982 / 0.992 / 0.997 / 0.991, span
    precision 0.988 / 0.971 / 1.000 / 1.000, span recall 0.965 / 0.958 / 0.960 / 0.946, speaker
    accuracy 0.945 / 0.948 / 0.952 / 0.897, sentiment macro-F1 0.509 / 0.456 / 0.525 / 0.563. Then
    they were used for error analysis: the floors below (batch 156's one name in quote marks counted
    as taken for a quotation stood inside a quotation, and no longer counts)."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 154", 85, 262, 0.94, 0.50, 0.98, 0.96, 0.98, 0.0),
            ("held-out 155", 71, 257, 0.94, 0.45, 0.99, 0.95, 0.97, 0.0),
            ("held-out 156", 75, 286, 1.00, 0.52, 0.99, 0.96, 1.00, 0.0),
            ("held-out 157", 92, 265, 0.89, 0.56, 0.99, 0.94, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_fifty_eight_to_one_hundred_and_sixty_five(heldout_batches):
    """Batches 158 (science and education), 159 (ecology), 160 (the defence industry and drones), 161
    (diplomacy and EU accession), 162 (courts and justice), 163 (labour and business), 164 (frontline
    towns and evacuation) and 165 (housing and displaced people) were written blind and measured
    once, on the code with the sixth lexicon review (drawn from batches 1-149): speaker accuracy
    0.971 / 0.971 / 0.902 / 0.865 / 0.951 / 0.959 / 0.986 / 0.868, sentiment macro-F1 0.561 / 0.589 /
    0.491 / 0.547 / 0.534 / 0.531 / 0.622 / 0.543. Then they were used for error analysis: the floors
    below (batch 161's speaker floor is 0.85: a promise in quote marks found since, "Там пообещали
    «адекватный ответ»", names its embassy without the country the gold adds, so one more quotation
    is counted and its speaker is wrong)."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 158", 76, 277, 0.98, 0.56, 0.99, 0.98, 1.00, 0.0),
            ("held-out 159", 78, 273, 0.97, 0.58, 0.99, 0.98, 0.98, 0.0),
            ("held-out 160", 73, 285, 0.91, 0.49, 0.99, 0.97, 0.98, 0.04),
            ("held-out 161", 87, 262, 0.85, 0.54, 0.99, 0.95, 0.98, 0.0),
            ("held-out 162", 72, 259, 0.96, 0.53, 1.00, 1.00, 1.00, 0.0),
            ("held-out 163", 83, 275, 0.97, 0.53, 0.98, 0.97, 1.00, 0.0),
            ("held-out 164", 78, 267, 0.98, 0.62, 1.00, 1.00, 1.00, 0.0),
            ("held-out 165", 78, 271, 0.91, 0.54, 0.99, 0.98, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_sixty_six_to_one_hundred_and_seventy_three(heldout_batches):
    """Batches 166 (transport and railways), 167 (culture and the arts), 168 (agriculture and grain),
    169 (sport and veterans' rehabilitation), 170 (information war and cyber security), 171 (local
    government and municipal money), 172 (medicine and hospitals) and 173 (prisoners of war and the
    missing) were written blind and measured once, on the code of the start of their round:
    speaker accuracy 1.000 / 1.000 / 0.984 / 0.939 / 0.955 / 0.932 / 1.000 / 0.948, sentiment
    macro-F1 0.535 / 0.539 / 0.553 / 0.498 / 0.526 / 0.485 / 0.589 / 0.518. Then they were used for
    error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 166", 75, 264, 1.00, 0.53, 0.99, 0.98, 0.98, 0.0),
            ("held-out 167", 69, 269, 1.00, 0.53, 0.99, 0.98, 1.00, 0.0),
            ("held-out 168", 69, 271, 0.98, 0.55, 1.00, 1.00, 1.00, 0.0),
            ("held-out 169", 77, 268, 0.93, 0.49, 0.99, 0.97, 0.98, 0.0),
            ("held-out 170", 76, 269, 0.97, 0.52, 0.99, 1.00, 0.98, 0.0),
            ("held-out 171", 70, 270, 0.94, 0.48, 0.99, 0.95, 0.98, 0.0),
            ("held-out 172", 80, 275, 1.00, 0.58, 0.98, 0.98, 0.95, 0.0),
            ("held-out 173", 87, 284, 0.97, 0.51, 0.99, 1.00, 0.98, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_seventy_four_to_one_hundred_and_eighty_one(heldout_batches):
    """Batches 174 (energy and the power grid), 175 (children and schools), 176 (the Black Sea and
    the ports), 177 (volunteers and fundraising), 178 (Russia seen from inside and from exile), 179
    (occupied territories), 180 (parliament and national politics) and 181 (disasters and
    emergencies) were written blind and measured once, on the code with the rules of batches
    166-173 and the seventh lexicon review: speaker accuracy 0.985 / 0.968 / 0.907 / 0.986 / 0.884 /
    0.881 / 1.000 / 0.983, sentiment macro-F1 0.466 / 0.568 / 0.533 / 0.560 / 0.497 / 0.514 / 0.534 /
    0.561. Then they were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 174", 76, 269, 0.98, 0.46, 0.99, 0.97, 0.98, 0.0),
            ("held-out 175", 71, 268, 0.96, 0.56, 0.99, 0.98, 0.98, 0.0),
            ("held-out 176", 88, 272, 0.96, 0.53, 0.99, 0.98, 0.98, 0.0),
            ("held-out 177", 78, 267, 0.98, 0.56, 0.99, 1.00, 1.00, 0.0),
            ("held-out 178", 81, 281, 0.89, 0.49, 0.99, 0.96, 0.98, 0.0),
            ("held-out 179", 75, 271, 0.89, 0.51, 0.99, 0.98, 0.98, 0.0),
            ("held-out 180", 82, 270, 1.00, 0.53, 0.98, 0.96, 0.98, 0.0),
            ("held-out 181", 68, 267, 0.98, 0.56, 0.99, 0.98, 0.98, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_eighty_two_to_one_hundred_and_eighty_nine(heldout_batches):
    """Batches 182 (demining), 183 (refugees abroad and coming home), 184 (cyberattacks), 185
    (sanctions and the Russian economy), 186 (courts and corruption cases), 187 (air defence and
    drone attacks), 188 (churches in wartime) and 189 (the war's damage to nature) were written
    blind and measured once, on the code of batches 174-181's round: speaker accuracy 0.906 /
    0.984 / 0.918 / 0.943 / 0.957 / 0.955 / 0.958 / 0.918, sentiment macro-F1 0.603 / 0.533 / 0.566
    / 0.427 / 0.456 / 0.659 / 0.569 / 0.596. Then they were used for error analysis: the floors
    below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 182", 71, 267, 0.92, 0.60, 1.00, 1.00, 1.00, 0.0),
            ("held-out 183", 73, 264, 0.98, 0.53, 0.99, 1.00, 0.98, 0.0),
            ("held-out 184", 73, 263, 0.96, 0.56, 0.98, 0.95, 0.98, 0.0),
            ("held-out 185", 81, 270, 0.94, 0.42, 0.99, 0.98, 0.98, 0.0),
            ("held-out 186", 76, 266, 1.00, 0.45, 0.99, 1.00, 1.00, 0.0),
            ("held-out 187", 78, 267, 0.97, 0.65, 1.00, 1.00, 1.00, 0.0),
            ("held-out 188", 81, 272, 0.97, 0.56, 0.99, 0.98, 0.97, 0.0),
            ("held-out 189", 72, 268, 0.96, 0.59, 0.99, 0.97, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_ninety_to_one_hundred_and_ninety_seven(heldout_batches):
    """Batches 190 (mobilisation and recruitment centres), 191 (science and universities), 192
    (housing reconstruction and compensation), 193 (Russian propaganda monitored by analysts), 194
    (prices, banks and inflation), 195 (diplomacy), 196 (animals in wartime) and 197 (crime and
    policing in the rear) were written blind and measured once, on the code with the rules of
    batches 182-189: speaker accuracy 0.975 / 0.906 / 0.987 / 0.919 / 0.973 / 0.911 / 0.960 /
    0.933, sentiment macro-F1 0.543 / 0.569 / 0.498 / 0.504 / 0.568 / 0.571 / 0.583 / 0.497. Then
    they were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 190", 87, 262, 0.98, 0.54, 0.99, 0.98, 1.00, 0.0),
            ("held-out 191", 74, 273, 1.00, 0.56, 1.00, 1.00, 1.00, 0.0),
            ("held-out 192", 89, 267, 0.98, 0.49, 0.99, 1.00, 0.98, 0.0),
            ("held-out 193", 91, 262, 0.93, 0.50, 0.98, 0.94, 0.94, 0.0),
            ("held-out 194", 84, 265, 0.97, 0.56, 0.97, 0.97, 1.00, 0.0),
            ("held-out 195", 90, 269, 0.93, 0.57, 0.99, 0.97, 1.00, 0.0),
            ("held-out 196", 85, 266, 0.96, 0.58, 0.99, 0.97, 1.00, 0.0),
            ("held-out 197", 71, 270, 0.96, 0.49, 0.99, 0.97, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_one_hundred_and_ninety_eight_to_two_hundred_and_five(heldout_batches):
    """Batches 198 (hospitals in frontline regions), 199 (veterans coming home), 200 (culture and
    heritage), 201 (deported children and their return), 202 (the IT industry), 203 (labour
    migration and the job market), 204 (Belarus and its regime) and 205 (the Russian opposition
    and political prisoners) were written blind and measured once, on the code with the rules of
    batches 190-197: speaker accuracy 0.969 / 0.930 / 0.986 / 0.855 / 0.960 / 0.939 / 0.956 /
    0.877, sentiment macro-F1 0.597 / 0.558 / 0.588 / 0.465 / 0.535 / 0.508 / 0.480 / 0.533. Then
    they were used for error analysis (one rule: the partner an interview cue names): the floors
    below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 198", 74, 272, 0.96, 0.59, 0.99, 0.98, 1.00, 0.0),
            ("held-out 199", 79, 276, 0.92, 0.55, 0.99, 0.98, 1.00, 0.0),
            ("held-out 200", 80, 266, 0.98, 0.58, 1.00, 1.00, 1.00, 0.0),
            ("held-out 201", 72, 270, 0.93, 0.46, 0.99, 1.00, 0.98, 0.0),
            ("held-out 202", 83, 258, 0.95, 0.53, 0.99, 0.98, 1.00, 0.0),
            ("held-out 203", 74, 272, 0.93, 0.50, 0.99, 0.98, 0.96, 0.0),
            ("held-out 204", 79, 268, 0.95, 0.47, 0.99, 0.97, 1.00, 0.0),
            ("held-out 205", 76, 270, 0.87, 0.53, 0.97, 0.97, 0.96, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_six_to_two_hundred_and_thirteen(heldout_batches):
    """Batches 206 (the power grid under attack), 207 (local government), 208 (sport), 209
    (schools and education), 210 (front-line reports), 211 (transport), 212 (international
    military aid) and 213 (the occupied territories) were written blind and measured once, on the
    code with the first rules of this round (equally weighted first names, bodies before a
    country, long objects of a naming verb, a lone first name after an adjective): speaker
    accuracy 0.953 / 0.984 / 0.952 / 0.985 / 0.927 / 0.922 / 0.901 / 0.908, sentiment macro-F1
    0.507 / 0.634 / 0.601 / 0.600 / 0.544 / 0.527 / 0.521 / 0.515. Then they were used for error
    analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 206", 72, 266, 0.96, 0.50, 0.99, 0.98, 1.00, 0.0),
            ("held-out 207", 71, 269, 0.98, 0.63, 1.00, 1.00, 1.00, 0.0),
            ("held-out 208", 73, 266, 0.95, 0.59, 0.99, 1.00, 0.98, 0.0),
            ("held-out 209", 76, 271, 0.98, 0.59, 0.99, 0.98, 0.98, 0.0),
            ("held-out 210", 79, 272, 0.98, 0.54, 0.99, 1.00, 1.00, 0.0),
            ("held-out 211", 71, 266, 0.92, 0.52, 1.00, 1.00, 1.00, 0.0),
            ("held-out 212", 79, 266, 0.90, 0.52, 0.98, 0.97, 0.98, 0.0),
            ("held-out 213", 75, 257, 0.95, 0.51, 0.99, 1.00, 0.98, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_fourteen_to_two_hundred_and_twenty_one(heldout_batches):
    """Batches 214 (Crimea), 215 (journalists and the media), 216 (farmers and agriculture), 217
    (Russian domestic politics), 218 (rehabilitation and psychological help), 219 (prisoner
    exchanges), 220 (the path to the EU and NATO) and 221 (volunteers and humanitarian aid) were
    written blind and measured once, on the code with the rules of batches 206-213: speaker
    accuracy 0.918 / 0.969 / 0.985 / 0.923 / 0.940 / 0.953 / 0.912 / 0.952, sentiment macro-F1
    0.467 / 0.620 / 0.589 / 0.533 / 0.493 / 0.549 / 0.565 / 0.535. Then they were used for error
    analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 214", 92, 268, 0.93, 0.46, 0.99, 0.92, 1.00, 0.0),
            ("held-out 215", 74, 277, 0.96, 0.62, 0.99, 1.00, 0.98, 0.0),
            ("held-out 216", 74, 281, 1.00, 0.58, 0.97, 0.97, 1.00, 0.0),
            ("held-out 217", 91, 265, 0.98, 0.53, 0.99, 0.97, 0.97, 0.0),
            ("held-out 218", 74, 270, 0.97, 0.49, 0.99, 0.98, 1.00, 0.0),
            ("held-out 219", 75, 287, 0.98, 0.54, 0.99, 0.98, 0.94, 0.0),
            ("held-out 220", 80, 261, 0.95, 0.56, 0.99, 0.96, 1.00, 0.0),
            ("held-out 221", 72, 268, 0.95, 0.53, 1.00, 1.00, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_twenty_two_to_two_hundred_and_twenty_nine(heldout_batches):
    """Batches 222 (the economy and the state budget), 223 (women in the army and the defence
    industry), 224 (cities under shelling), 225 (war crimes investigations), 226 (drones and the
    defence industry), 227 (internally displaced people), 228 (the Black Sea) and 229 (sanctions
    evasion) were written blind and measured once, on the code with the rules of batches 214-221:
    speaker accuracy 0.969 / 0.972 / 1.000 / 0.972 / 0.922 / 1.000 / 0.958 / 0.957, sentiment
    macro-F1 0.557 / 0.523 / 0.589 / 0.523 / 0.483 / 0.531 / 0.512 / 0.453. Then they were used
    for error analysis: the floors below. Batch 229's speaker floor fell to 0.95 when
    abbreviations came to be spelled out from the whole article (the leftovers of batches 230-237):
    its gold keeps `РНБО` where the article spells it out in its lead."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 222", 72, 262, 0.96, 0.55, 0.99, 1.00, 1.00, 0.0),
            ("held-out 223", 80, 264, 0.98, 0.52, 0.99, 1.00, 0.98, 0.0),
            ("held-out 224", 79, 272, 1.00, 0.58, 1.00, 1.00, 1.00, 0.0),
            ("held-out 225", 84, 268, 0.98, 0.52, 0.98, 0.96, 1.00, 0.0),
            ("held-out 226", 75, 262, 0.92, 0.48, 0.99, 0.98, 1.00, 0.0),
            ("held-out 227", 76, 277, 1.00, 0.53, 0.99, 0.98, 1.00, 0.0),
            ("held-out 228", 83, 271, 0.95, 0.51, 0.99, 1.00, 0.98, 0.0),
            ("held-out 229", 82, 271, 0.95, 0.45, 0.99, 0.96, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_thirty_to_two_hundred_and_thirty_seven(heldout_batches):
    """Batches 230 (Ukrainian politics), 231 (health care), 232 (the Russian army seen from
    inside), 233 (culture and the arts abroad), 234 (air raids and air defence), 235 (business),
    236 (children and youth) and 237 (Moldova, Georgia and the region) were written blind and
    measured once, on the code with the rules of batches 222-229: speaker accuracy 0.971 / 0.932 /
    0.747 / 0.951 / 0.955 / 1.000 / 0.944 / 0.865, sentiment macro-F1 0.586 / 0.473 / 0.573 /
    0.510 / 0.555 / 0.582 / 0.555 / 0.480. Then they were used for error analysis: the floors
    below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 230", 80, 276, 0.97, 0.58, 0.97, 0.95, 1.00, 0.0),
            ("held-out 231", 83, 276, 0.93, 0.47, 0.99, 1.00, 0.98, 0.0),
            ("held-out 232", 94, 271, 0.84, 0.57, 0.99, 0.98, 0.98, 0.0),
            ("held-out 233", 94, 276, 0.95, 0.50, 0.98, 0.96, 0.97, 0.0),
            ("held-out 234", 78, 263, 0.97, 0.55, 0.99, 1.00, 0.98, 0.0),
            ("held-out 235", 81, 271, 1.00, 0.58, 0.98, 0.97, 1.00, 0.0),
            ("held-out 236", 81, 281, 0.95, 0.55, 0.99, 1.00, 0.97, 0.0),
            ("held-out 237", 85, 271, 0.87, 0.48, 0.99, 0.96, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_thirty_eight_to_two_hundred_and_forty_five(heldout_batches):
    """Batches 238 (courts and anti-corruption), 239 (science and universities), 240 (the
    environment and war damage), 241 (churches and religion), 242 (front-line towns), 243
    (fact-checking and propaganda), 244 (peace talks and diplomacy) and 245 (mobilisation and the
    draft) were written blind and measured once, on the code with the rules of batches 230-237
    and of their leftovers: speaker accuracy 0.935 / 0.892 / 0.969 / 0.880 / 0.974 / 0.904 /
    0.974 / 0.871, sentiment macro-F1 0.457 / 0.562 / 0.583 / 0.563 / 0.714 / 0.498 / 0.645 /
    0.613. Then they were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 238", 85, 273, 0.94, 0.45, 1.00, 1.00, 1.00, 0.0),
            ("held-out 239", 84, 271, 0.98, 0.56, 0.99, 0.98, 0.98, 0.0),
            ("held-out 240", 76, 260, 0.96, 0.58, 0.99, 1.00, 0.98, 0.0),
            ("held-out 241", 87, 264, 0.90, 0.56, 0.99, 0.97, 0.98, 0.0),
            ("held-out 242", 89, 279, 0.98, 0.71, 0.99, 0.98, 1.00, 0.0),
            ("held-out 243", 83, 273, 0.94, 0.49, 0.99, 0.98, 0.97, 0.0),
            ("held-out 244", 89, 259, 0.98, 0.64, 0.99, 0.98, 0.98, 0.0),
            ("held-out 245", 94, 254, 0.89, 0.61, 0.99, 0.98, 0.98, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_forty_six_to_two_hundred_and_fifty_three(heldout_batches):
    """Batches 246 (cyber attacks), 247 (veterans back in civilian life), 248 (Russia's regions
    during the war), 249 (humanitarian demining), 250 (the heating season and utilities), 251
    (Ukrainians abroad), 252 (medical evacuation and blood donation) and 253 (Belarus) were written
    blind and measured once, on the code with the rules of batches 238-245: speaker accuracy
    0.963 / 0.946 / 0.920 / 0.986 / 1.000 / 0.945 / 0.896 / 0.924, sentiment macro-F1 0.577 /
    0.553 / 0.457 / 0.607 / 0.600 / 0.558 / 0.595 / 0.546. Then they were used for error analysis:
    the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 246", 97, 266, 0.97, 0.57, 0.98, 0.91, 1.00, 0.0),
            ("held-out 247", 81, 255, 0.95, 0.55, 0.98, 1.00, 0.97, 0.0),
            ("held-out 248", 86, 274, 0.98, 0.45, 0.99, 0.98, 0.98, 0.0),
            ("held-out 249", 83, 259, 0.98, 0.60, 1.00, 1.00, 1.00, 0.0),
            ("held-out 250", 84, 254, 1.00, 0.60, 0.99, 0.97, 1.00, 0.0),
            ("held-out 251", 85, 258, 0.98, 0.55, 0.98, 0.96, 0.97, 0.0),
            ("held-out 252", 77, 274, 0.94, 0.59, 0.99, 0.98, 1.00, 0.0),
            ("held-out 253", 93, 267, 0.92, 0.54, 0.98, 0.95, 0.98, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_fifty_four_to_two_hundred_and_sixty_one(heldout_batches):
    """Batches 254 (attacks on gas production), 255 (Russian trials of Ukrainians), 256 (grain and
    food exports), 257 (foreign volunteers and training abroad), 258 (journalists and press
    freedom), 259 (rebuilding homes and compensation), 260 (the Russian economy seen from exile) and
    261 (Kharkiv under attacks) were written blind and measured once, on the code with the rules of
    batches 246-253: speaker accuracy 0.910 / 0.956 / 0.969 / 0.971 / 0.947 / 0.947 / 0.987 /
    0.961 (batch 255: character F1 0.900, span recall 0.870, an interview announced by "«...»
    розповів" missed), sentiment macro-F1 0.603 / 0.495 / 0.520 / 0.625 / 0.564 / 0.539 / 0.579 /
    0.581. Then they were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 254", 90, 285, 0.94, 0.60, 0.99, 1.00, 1.00, 0.0),
            ("held-out 255", 92, 263, 0.97, 0.49, 0.99, 1.00, 0.98, 0.0),
            ("held-out 256", 72, 277, 0.96, 0.51, 1.00, 1.00, 1.00, 0.0),
            ("held-out 257", 80, 258, 0.97, 0.62, 1.00, 1.00, 1.00, 0.0),
            ("held-out 258", 85, 263, 0.98, 0.56, 0.99, 0.98, 1.00, 0.0),
            ("held-out 259", 86, 267, 0.94, 0.53, 1.00, 1.00, 1.00, 0.0),
            ("held-out 260", 87, 263, 0.98, 0.57, 1.00, 1.00, 1.00, 0.0),
            ("held-out 261", 89, 263, 0.96, 0.58, 0.99, 0.97, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_sixty_two_to_two_hundred_and_sixty_nine(heldout_batches):
    """Batches 262 (power grid repairs and outages), 263 (schooling in wartime), 264 (farming near
    the front line), 265 (life in the occupied territories), 266 (sport during the war), 267
    (prisoners of war and the missing), 268 (EU accession and reforms) and 269 (defence technology)
    were written blind and measured once, on the code with the rules of batches 254-261: speaker
    accuracy 0.972 / 0.934 / 0.920 / 0.913 / 0.899 / 0.890 / 0.920 / 0.851, sentiment macro-F1
    0.603 / 0.543 / 0.638 / 0.516 / 0.666 / 0.560 / 0.559 / 0.559. Then they were used for error
    analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 262", 79, 266, 1.00, 0.60, 1.00, 1.00, 1.00, 0.0),
            ("held-out 263", 88, 279, 0.98, 0.54, 0.99, 0.98, 0.98, 0.0),
            ("held-out 264", 87, 262, 0.93, 0.63, 0.99, 0.98, 1.00, 0.0),
            ("held-out 265", 78, 263, 0.94, 0.51, 1.00, 1.00, 1.00, 0.0),
            ("held-out 266", 89, 267, 0.96, 0.66, 0.99, 1.00, 0.98, 0.0),
            ("held-out 267", 91, 256, 0.91, 0.55, 0.99, 0.98, 0.96, 0.0),
            ("held-out 268", 91, 268, 0.96, 0.55, 0.99, 0.95, 0.98, 0.04),
            ("held-out 269", 86, 280, 0.90, 0.55, 0.99, 0.97, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_seventy_to_two_hundred_and_seventy_seven(heldout_batches):
    """Batches 270 (healthcare under war strain), 271 (railways and transport), 272 (courts and
    war crimes investigations), 273 (local government in frontline communities), 274 (culture in
    wartime), 275 (internally displaced people), 276 (the information war and media literacy) and
    277 (Russian society seen by exile and Ukrainian outlets) were written blind and measured once,
    on the code with the rules of batches 262-269: speaker accuracy 0.896 / 0.914 / 0.918 / 0.959
    / 0.976 / 0.925 / 0.962 / 0.937, sentiment macro-F1 0.586 / 0.548 / 0.540 / 0.569 / 0.615 /
    0.577 / 0.534 / 0.590. Then they were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 270", 78, 270, 0.92, 0.58, 1.00, 1.00, 1.00, 0.0),
            ("held-out 271", 81, 276, 0.97, 0.54, 1.00, 1.00, 1.00, 0.0),
            ("held-out 272", 73, 265, 0.95, 0.53, 0.99, 0.95, 0.98, 0.0),
            ("held-out 273", 83, 269, 0.97, 0.56, 0.99, 1.00, 1.00, 0.0),
            ("held-out 274", 95, 264, 0.97, 0.61, 0.99, 1.00, 1.00, 0.0),
            ("held-out 275", 93, 281, 0.96, 0.57, 0.99, 0.97, 0.98, 0.0),
            ("held-out 276", 88, 266, 0.97, 0.53, 0.99, 1.00, 0.98, 0.0),
            ("held-out 277", 92, 262, 0.93, 0.58, 0.99, 0.98, 0.98, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_seventy_eight_to_two_hundred_and_eighty_five(heldout_batches):
    """Batches 278 (air defence and air raid alerts), 279 (energy independence and green recovery),
    280 (children and youth), 281 (corruption and procurement), 282 (the diaspora and foreign
    support), 283 (Crimea and the Black Sea), 284 (science and technology) and 285 (the Belarusian
    and Russian opposition abroad) were written blind and measured once, on the code with the rules
    of batches 270-277: speaker accuracy 0.969 / 1.000 / 0.969 / 0.933 / 0.946 / 0.828 / 0.957 /
    0.895, sentiment macro-F1 0.552 / 0.517 / 0.569 / 0.527 / 0.592 / 0.555 / 0.556 / 0.595. Then
    they were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 278", 77, 286, 0.96, 0.55, 0.98, 0.97, 1.00, 0.0),
            ("held-out 279", 87, 260, 1.00, 0.51, 0.99, 1.00, 1.00, 0.0),
            ("held-out 280", 76, 278, 0.96, 0.56, 0.99, 1.00, 0.97, 0.0),
            ("held-out 281", 85, 272, 0.97, 0.52, 0.99, 0.98, 1.00, 0.0),
            ("held-out 282", 85, 271, 0.94, 0.59, 0.99, 0.98, 1.00, 0.0),
            ("held-out 283", 74, 265, 0.93, 0.55, 0.99, 0.98, 0.97, 0.0),
            ("held-out 284", 75, 277, 0.95, 0.55, 0.99, 1.00, 1.00, 0.0),
            ("held-out 285", 85, 258, 0.93, 0.59, 0.99, 0.97, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


@pytest.fixture(scope="module")
def framing_sets():
    """Per batch with framing gold: its documents' framing hits and its gold."""
    from analysis.evaluate import framing_batches
    from analysis.framing import framing_hits

    sets = {}
    for name, path in framing_batches().items():
        authored = load_authored(path)
        sets[int(name.split()[-1])] = (framing_hits(authored.documents), authored.framing)
    return sets


def _pooled_framing(framing_sets, batches):
    return evaluate_framing(pd.concat([framing_sets[b][0] for b in batches]),
                            pd.concat([framing_sets[b][1] for b in batches]))


def test_framing_gold_covers_a_hundred_and_eight_batches_in_three_disjoint_sets(framing_sets):
    from analysis.evaluate import FRAMING_DEV_BATCHES, FRAMING_FINAL_BATCHES, FRAMING_TEST_BATCHES
    from analysis.framing import default_lexicon

    assert (len(FRAMING_DEV_BATCHES), len(FRAMING_TEST_BATCHES), len(FRAMING_FINAL_BATCHES)) == (81, 9, 18)
    assert len(set(FRAMING_DEV_BATCHES) | set(FRAMING_TEST_BATCHES) | set(FRAMING_FINAL_BATCHES)) == 108
    assert sum(len(gold) for _, gold in framing_sets.values()) == 2074
    categories = set(pd.concat([gold for _, gold in framing_sets.values()])["category"])
    assert categories <= set(default_lexicon()["category"])


@pytest.mark.parametrize("batches, expressions, precision, recall", [
    # round 1 (10, 40, ..., 250): first contact 0.806 / 0.500 with the original lexicon
    # (precision 0.897 since the fifth review: "так звану «бусифікацію»" is two hits, the first
    # overlapping no expression of the reader, who marked only the scare-quoted word)
    (tuple(range(10, 251, 30)), 166, 0.89, 0.63),
    # round 2 (20, 35, ..., 275): first contact 0.870 / 0.529 with the first review
    (tuple(range(20, 276, 15)), 369, 0.92, 0.62),
    # round 3 (15, 30, ..., 270): first contact 0.807 / 0.618 with the second review
    (tuple(range(15, 271, 15)), 364, 0.93, 0.67),  # precision 0.939 since the fourth review
    # round 4 (7, 22, ..., 262): first contact 0.838 / 0.647 with the third review
    (tuple(range(7, 263, 15)), 303, 0.85, 0.71),
    # round 5 (2, 17, ..., 257): first contact 0.885 / 0.589 with the fourth review
    (tuple(range(2, 258, 15)), 275, 0.89, 0.63),
])
def test_framing_on_the_development_rounds(framing_sets, batches, expressions, precision, recall):
    """Each round was measured blind on the lexicon of its time, then used for the next review."""
    scores = _pooled_framing(framing_sets, batches)
    print("framing dev round", batches[0], scores)
    assert scores["gold_expressions"] == expressions
    assert scores["precision"] >= precision and scores["recall"] >= recall


def test_framing_on_the_test_batches(framing_sets):
    """Batches whose errors no change looked at. Precision / recall with the original lexicon 0.727
    / 0.444 (110 hits, 180 expressions); the first review 0.836 / 0.511, the second 0.858 / 0.606;
    the third, which dropped the bare "вирок" (40% right on the development batches) and raised
    recall elsewhere, 0.885 / 0.556 (with "вирок" kept it gave 0.841 / 0.644); the fourth gives the
    floors below (0.874 / 0.578)."""
    from analysis.evaluate import FRAMING_TEST_BATCHES

    scores = _pooled_framing(framing_sets, FRAMING_TEST_BATCHES)
    print("framing test", scores)
    assert scores["gold_expressions"] == 180
    assert scores["precision"] >= 0.87 and scores["recall"] >= 0.57
    assert scores["category_precision"] >= 0.85 and scores["category_recall"] >= 0.56


def test_framing_on_the_final_round(framing_sets):
    """The sixth round was annotated after the last review and measured once, on this lexicon:
    precision 0.918, recall 0.631 (281 hits, 417 expressions); the rows of the fifth review found
    nothing in it (the same figures without them), and the lexicon before the fourth review scored
    0.934 / 0.592."""
    from analysis.evaluate import FRAMING_FINAL_BATCHES

    scores = _pooled_framing(framing_sets, FRAMING_FINAL_BATCHES)
    print("framing final round", scores)
    assert scores["gold_expressions"] == 417
    assert scores["precision"] >= 0.91 and scores["recall"] >= 0.63
    assert scores["category_precision"] >= 0.88 and scores["category_recall"] >= 0.59


def test_two_readers_agree_on_framing_far_above_the_lexicon(framing_sets):
    """A second reader annotated four of the batches blind (``framing_second_reader.jsonl``); their
    agreement with the first is the ceiling the lexicon is measured against."""
    second = pd.DataFrame(read_jsonl(GOLD_DIR / "framing_second_reader.jsonl"))
    batches = sorted(second["batch"].unique())
    assert batches == [22, 25, 45, 50, 85, 97, 110, 135, 157, 160, 165, 170, 220, 230, 232, 255]
    first = pd.concat([framing_sets[b][1] for b in batches])
    agreement = evaluate_framing(second, first)
    lexicon = _pooled_framing(framing_sets, batches)
    print("framing agreement", agreement, "lexicon on the same batches", lexicon)
    assert agreement["f1"] >= 0.85 and agreement["category_f1"] >= 0.84
    assert agreement["f1"] > lexicon["f1"] + 0.05


def test_heldout_batches_two_hundred_and_eighty_six_to_two_hundred_and_ninety_three(heldout_batches):
    """Batches 286 (railways and transport), 287 (farming and demining), 288 (frontline
    municipalities), 289 (sport at war), 290 (military medicine and rehabilitation), 291 (cultural
    heritage under attack), 292 (the information war) and 293 (winter and energy) were written
    blind and measured once, on the code with the rules of batches 278-285 and the framing
    reviews: speaker accuracy 0.951 / 1.000 / 0.974 / 0.939 / 0.907 / 0.958 / 0.910 / 0.938,
    sentiment macro-F1 0.522 / 0.626 / 0.614 / 0.598 / 0.492 / 0.656 / 0.476 / 0.640. Then they
    were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 286", 94, 270, 0.96, 0.52, 0.99, 0.97, 1.00, 0.0),
            ("held-out 287", 85, 281, 1.00, 0.62, 0.99, 0.98, 1.00, 0.0),
            ("held-out 288", 86, 253, 0.97, 0.61, 0.99, 1.00, 0.98, 0.0),
            ("held-out 289", 76, 265, 0.93, 0.59, 0.99, 0.98, 1.00, 0.0),
            ("held-out 290", 83, 272, 0.92, 0.49, 0.99, 1.00, 1.00, 0.0),
            ("held-out 291", 83, 264, 0.97, 0.65, 0.99, 1.00, 1.00, 0.0),
            ("held-out 292", 88, 264, 0.92, 0.47, 0.99, 0.98, 1.00, 0.0),
            ("held-out 293", 93, 262, 0.98, 0.64, 1.00, 1.00, 1.00, 0.0)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_two_hundred_and_ninety_four_to_three_hundred_and_one(heldout_batches):
    """Batches 294 (security-service press releases), 295 (long interviews in question-and-answer
    form), 296 (residents' comments on regional television), 297 (international reactions), 298
    (court reporting), 299 (a propagandist's claims retold with commentary), 300 (live blogs from
    the front) and 301 (soldiers and their families in the first person) were written blind and
    measured once, on the code with the rules of batches 286-293: speaker accuracy 0.773 / 0.952 /
    0.954 / 0.870 / 0.936 / 0.896 / 0.894 / 0.944, sentiment macro-F1 0.540 / 0.606 / 0.619 / 0.617
    / 0.566 / 0.517 / 0.647 / 0.515. Then they were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 294", 85, 268, 0.77, 0.54, 1.00, 1.00, 1.00, 0.00),
            ("held-out 295", 146, 298, 0.97, 0.60, 0.96, 0.93, 0.99, 0.00),
            ("held-out 296", 92, 287, 0.96, 0.61, 0.99, 1.00, 0.98, 0.00),
            ("held-out 297", 100, 270, 0.89, 0.61, 0.99, 0.99, 0.98, 0.00),
            ("held-out 298", 85, 274, 0.94, 0.56, 0.99, 1.00, 0.98, 0.00),
            ("held-out 299", 87, 261, 0.94, 0.51, 0.99, 0.97, 0.98, 0.04),
            ("held-out 300", 73, 272, 0.92, 0.64, 0.99, 1.00, 0.98, 0.00),
            ("held-out 301", 82, 276, 0.95, 0.51, 0.98, 0.98, 0.97, 0.00)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)


def test_heldout_batches_three_hundred_and_two_to_three_hundred_and_nine(heldout_batches):
    """Batches 302 (intercepted calls published by the security service), 303 (television talk
    shows), 304 (foreign media retold), 305 (social-media stories), 306 (war-crimes witnesses), 307
    (memorial stories), 308 (parliamentary debates) and 309 (business news) were written blind and
    measured once, on the code with the rules of batches 294-301: speaker accuracy 0.612 / 0.935 /
    0.907 / 0.846 / 0.874 / 0.873 / 0.909 / 0.866, sentiment macro-F1 0.604 / 0.558 / 0.567 / 0.576
    / 0.515 / 0.610 / 0.521 / 0.472. Then they were used for error analysis: the floors below."""
    for name, spans, sentences, speaker, sentiment, char_f1, span_recall, span_precision, names in (
            ("held-out 302", 115, 261, 0.61, 0.60, 0.99, 0.97, 1.00, 0.00),
            ("held-out 303", 136, 272, 0.93, 0.55, 0.95, 0.93, 0.99, 0.00),
            ("held-out 304", 96, 271, 0.90, 0.56, 0.99, 0.98, 0.98, 0.04),
            ("held-out 305", 101, 272, 0.96, 0.57, 0.99, 0.99, 1.00, 0.00),
            ("held-out 306", 98, 272, 0.87, 0.51, 0.98, 0.97, 1.00, 0.00),
            ("held-out 307", 86, 252, 0.89, 0.61, 1.00, 1.00, 1.00, 0.00),
            ("held-out 308", 94, 292, 0.90, 0.52, 0.99, 0.96, 1.00, 0.00),
            ("held-out 309", 95, 262, 0.89, 0.47, 0.99, 0.98, 1.00, 0.00)):
        _assert_batch_floors(heldout_batches, name, spans=spans, sentences=sentences, speaker=speaker,
                             sentiment=sentiment, char_f1=char_f1, span_recall=span_recall,
                             span_precision=span_precision, names_as_quotes=names)
