"""Stress marks in dictionary mode, heteronyms resolved with our own morphology."""

import importlib.util

import pytest

from analysis.stress import STRESS_MARK, accentuate, stress_positions


@pytest.mark.parametrize("text, expected", [
    ("з руки", "з руки\u0301"),          # genitive singular after "з"
    ("дві руки", "дві ру\u0301ки"),      # nominative plural after a numeral 2-4
    ("без води", "без води\u0301"),
    ("до села", "до села\u0301"),
    ("Мешканці", "Ме\u0301шканці"),
    ("відійшли", "відійшли\u0301"),
])
def test_heteronyms_resolved_by_context(text, expected):
    assert accentuate(text) == expected


def test_unresolvable_heteronym_is_left_unmarked():
    # за́мок (castle) and замо́к (lock) share every grammatical tag: no guess
    assert stress_positions("замок") == []
    assert STRESS_MARK not in accentuate("Старий замок")[-6:]


def test_accentuate_keeps_the_text_apart_from_marks():
    text = "Мешканці Полтави, 24 лютого, знову в укриттях: «Ми тримаємось»."
    assert accentuate(text).replace(STRESS_MARK, "") == text


def test_no_stanza_needed():
    assert importlib.util.find_spec("stanza") is None
    assert accentuate("відійшли")  # works without the neural backend


def test_accentuate_whole_demo_corpus(demo_clean):
    for text in demo_clean.documents["text"].head(20):
        assert accentuate(text).replace(STRESS_MARK, "") == text
