"""Text helpers: numbers in words and digits, upper-case text for the model."""

from __future__ import annotations

import pytest

from incidex.nlp import (
    CHUNK_CHARS,
    aside_chars,
    cue_tokens,
    doc_text,
    hide_asides,
    is_shouting,
    load_model,
    model_text,
    parse_number,
    split_long,
)
from incidex.settings import Settings


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
        ("a single", 1),
        ("A SINGLE", 1),
        ("a hundred and five", 105),
        ("three thousand", 3000),
        ("half a dozen", 6),
        ("Half-a-dozen", 6),
        ("a couple", 2),
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


def test_nlp_shouting_text_starts_sentences_at_paragraphs_not_wrapped_lines() -> None:
    text = (
        "   LIMA, 4 MAY 90 -- TWO GUARDS HAVE DIED\nAND FOUR MORE WERE WOUNDED IN THE\nATTACK."
        "\n\n   POLICE SAID SO.\n   THE MAYOR AGREED."
    )
    cased = model_text(text)
    assert len(cased) == len(text)
    assert cased.startswith("   Lima")
    assert "died\nand four more" in cased  # a wrapped line continues the sentence
    assert "\n\n   Police said so" in cased  # a blank line starts a paragraph
    assert "\n   The mayor" in cased  # so does an indented new line


@pytest.mark.parametrize(
    ("word", "lowered"),
    [
        ("ΠΕΤΡΟΣ", "πετροσ"),  # each capital sigma alone: no final sigma, as the letters stand
        ("İZMİR", "İzmİr"),  # a capital that lowers to two letters is kept: offsets stay
        ("MÜNCHEN", "münchen"),
    ],
)
def test_nlp_shouting_text_lowers_each_letter_on_its_own(word: str, lowered: str) -> None:
    text = f"THE ARMY SAID THAT GUNMEN SHOT TWO GUARDS NEAR {word} STATION ON FRIDAY NIGHT."
    cased = model_text(text)
    assert len(cased) == len(text)
    assert f" near {lowered} station " in cased


def test_nlp_doc_text_and_cue_tokens_read_the_doc_once(settings: Settings) -> None:
    nlp = load_model(settings.model)
    text = "Two men were shot in the market. Police said one man died later. Nobody else was hurt."
    doc = nlp(text)
    assert doc_text(doc) == doc.text == text
    words = frozenset({"shot", "died", "hurt"})
    first, second = list(doc.sents)[:2]
    assert [t.text for t in cue_tokens(doc, first, words)] == ["shot"]
    assert [t.text for t in cue_tokens(doc, second, words)] == ["died"]
    assert [t.text for t in cue_tokens(doc, doc[:], words)] == ["shot", "died", "hurt"]
    other = nlp("A soldier was hurt.")  # another Doc: its own text and tokens
    assert doc_text(other) == "A soldier was hurt."
    assert [t.i for t in cue_tokens(other, other[:], words)] == [3]


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("X, a rival [X had met the envoy in secret twice in the spring of 2001], was hurt.", True),
        ("[RELATED: Two men were shot outside a bar on the east side last week]", True),
        ("The [FMLN] guerrillas [words indistinct] attacked the town.", False),
        ("The [Farabundo Marti National Liberation Front General Command] said so.", False),
        ("the [general] strike", False),
        # a transcript's speaker, in upper case, stays
        (
            "[COLONEL JUAN PEREZ, CHAIRMAN OF THE JOINT CHIEFS OF STAFF] THIS PROVES THE "
            "ATTACK WAS PLANNED BY THE REBELS, WHO HAVE REFUSED EVERY CALL TO TALKS.",
            False,
        ),
    ],
)
def test_nlp_long_bracketed_asides_are_hidden_from_the_model(text: str, hidden: bool) -> None:
    seen = model_text(text)
    assert len(seen) == len(text)
    assert ("[" not in seen) == hidden
    assert ("[" not in hide_asides(text)) == hidden
    assert (aside_chars(text, 0, len(text)) > 0) == hidden


def test_nlp_ordinary_text_is_left_alone() -> None:
    text = "Police said three people were killed in Kano on Tuesday, and many more were hurt."
    assert not is_shouting(text)
    assert model_text(text) == text


def test_nlp_split_long_joins_back_exactly() -> None:
    text = "A bomb went off. Police said two died.\n\nWitnesses fled the market. " * 40
    pieces = split_long(text, 120)
    assert "".join(pieces) == text
    assert all(len(p) <= 120 for p in pieces)
    assert all(p.endswith(("\n\n", ". ", " ")) for p in pieces[:-1])


def test_nlp_long_article_is_parsed_in_pieces_with_offsets_kept() -> None:
    from incidex import extract

    lead = "On Monday a bomb exploded in Kano, killing 14 people, police said. "
    filler = "Residents of the district said the market had reopened after the holiday. " * 1500
    text = lead + filler + "By evening the death toll rose to 20, officials said."
    assert len(text) > 2 * CHUNK_CHARS
    report = extract(text, published="2024-03-06")
    [event] = [e for e in report.events if e.role == "main"]
    assert event.killed is not None and event.killed.value == 20  # the revision, in the last piece
    ev = event.killed.evidence
    assert ev is not None and text[ev.start : ev.end] == ev.text == "death toll rose to 20"
