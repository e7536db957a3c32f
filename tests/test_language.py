"""Language detection and dictionary coverage."""

import math

import pytest

from analysis.language import detect_language, dictionary_coverage, foreign_passages


@pytest.mark.parametrize("text, language", [
    ("Це звичайний український текст про події на фронті, який ми прочитали.", "uk"),
    ("Это обычный русский текст о событиях на фронте, который мы прочитали.", "ru"),
    ("The army said that the situation was under control.", "other"),
    ("", "other"),
    ("Він сказав: «Это наше решение, и мы его выполним». Ми це почули і записали, що він каже.",
     "mixed"),
])
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_russian_passage_inside_ukrainian_article():
    text = ("Речник заявив, що ситуація складна. Потім він додав російською: «Мы всё равно "
            "будем наступать, это только начало». Після цього зв'язок перервався.")
    passages = foreign_passages(text, document_language="uk")
    assert len(passages) == 1
    assert "наступать" in text[passages.start[0]:passages.end[0]]


def test_dictionary_coverage_separates_ukrainian_from_russian():
    uk = dictionary_coverage("Мешканці міста знову провели ніч в укриттях через тривогу.")
    ru = dictionary_coverage("Жители города снова провели ночь в укрытиях из-за тревоги.")
    assert uk >= 0.9
    assert ru < 0.7
    assert math.isnan(dictionary_coverage("12345 ..."))


def test_demo_languages_match_metadata(demo_clean):
    docs = demo_clean.documents
    assert (docs["language"] == docs["declared_language"]).all()
    assert docs.loc[docs["language"] == "uk", "dictionary_coverage"].median() > 0.9
