"""The word lists' patterns: a "\\b(?=\\w)" start (tried only where a word starts) hides no
match, since every alternative begins with a word character."""

from __future__ import annotations

import re
from re import _constants as C  # the parser's op codes
from re import _parser
from typing import Any

import pytest

from incidex.extract.actor_words import ACTOR_PATTERN, GENERIC_ACTORS
from incidex.extract.date_words import DATE
from incidex.extract.lexicon import TRIGGERS
from incidex.geo.known import _GROUP

_WORD_START = [ACTOR_PATTERN, GENERIC_ACTORS, _GROUP, DATE] + [
    p for _, _, p in TRIGGERS if p.pattern.startswith(r"\b(?=\w)")
]


def _is_word(char: int) -> bool:
    return re.fullmatch(r"\w", chr(char)) is not None


def _word_item(op: Any, av: Any) -> bool:
    """Whether one item that takes a character can only take a word character."""
    if op is C.LITERAL:
        return _is_word(av)
    if op is not C.IN:
        return False
    return all(
        (o is C.LITERAL and _is_word(a))
        or (o is C.RANGE and all(_is_word(c) for c in range(a[0], a[1] + 1)))
        or (o is C.CATEGORY and a in (C.CATEGORY_WORD, C.CATEGORY_DIGIT))
        for o, a in av
    )


def _starts_with_word(items: list[Any]) -> bool:
    """Whether every match of the parsed sequence `items` begins with a word character."""
    for i, (op, av) in enumerate(items):
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # takes no character: what follows does
        if op is C.SUBPATTERN:
            return _starts_with_word([*av[-1], *items[i + 1 :]])
        if op is C.BRANCH:
            return all(_starts_with_word([*b, *items[i + 1 :]]) for b in av[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _, body = av
            return _starts_with_word(list(body)) and (lo > 0 or _starts_with_word(items[i + 1 :]))
        return _word_item(op, av)
    return False  # may match nothing at all


@pytest.mark.parametrize("pattern", _WORD_START, ids=lambda p: p.pattern[:40])
def test_lexicon_word_start_patterns_match_only_words(pattern: re.Pattern[str]) -> None:
    assert pattern.pattern.startswith(r"\b(?=\w)")
    assert _starts_with_word(list(_parser.parse(pattern.pattern, pattern.flags)))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [(r"\b(?:car|\(ap\))", False), (r"\b(?:red )?car", True), (r"\b(?:car)?", False)],
)
def test_lexicon_word_start_check_sees_a_bracket_or_nothing(pattern: str, expected: bool) -> None:
    assert _starts_with_word(list(_parser.parse(pattern))) is expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("A truck bomb went off; two gunmen fled.", ["truck bomb", "gunmen"]),
        ("(Crash) near the depot", ["Crash"]),
    ],
)
def test_lexicon_word_start_patterns_find_words_after_punctuation(
    sentence: str, found: list[str]
) -> None:
    words = [m.group(0) for p in _WORD_START[4:] for m in p.finditer(sentence)]
    assert sorted(words) == sorted(found)
