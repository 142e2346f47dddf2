"""Text helpers: numbers in words and digits, upper-case text for the model."""

from __future__ import annotations

import pytest

from incidex.nlp import is_shouting, model_text, parse_number


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("fifteen", 15),
        ("twenty-one", 21),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1,200", 1200),
        ("1.2 million", 1_200_000),
        ("one hundred and five", 105),
        ("103", 103),
        ("an", 1),
        ("three thousand", 3000),
        ("banana", None),
    ],
)
def test_nlp_parse_number(phrase: str, value: int | None) -> None:
    assert parse_number(phrase) == value


def test_nlp_shouting_text_is_sentence_cased_with_offsets_kept() -> None:
    text = "SAN SALVADOR, 3 JAN 90 -- THREE SUBVERSIVES WERE KILLED. THE ARMY SAID SO."
    assert is_shouting(text)
    cased = model_text(text)
    assert len(cased) == len(text)
    assert cased.startswith("San salvador")
    assert ". The army said so." in cased


def test_nlp_ordinary_text_is_left_alone() -> None:
    text = "Police said three people were killed in Kano on Tuesday, and many more were hurt."
    assert not is_shouting(text)
    assert model_text(text) == text
