"""Checks of extracted casualty figures shared by the phrasing tables: one figure against a
row (values, qualifier, whose, and evidence that slices back to the quoted words), and an
event's headlines against an article's expected killed and injured."""

from __future__ import annotations

from incidex.schema import EventMention, Figure, Qualifier, Who


def check_figure(
    figure: Figure,
    sentence: str,
    offset: int,
    expected: tuple[int | None, int | None, int | None, Qualifier, Who],
    quote: str,
) -> None:
    assert (figure.value, figure.low, figure.high, figure.qualifier, figure.who) == expected
    assert figure.evidence is not None and figure.evidence.text == quote
    assert sentence[figure.evidence.start - offset : figure.evidence.end - offset] == quote


def check_headlines(
    event: EventMention, text: str, killed: int | None, injured: int | None, quote: str | None
) -> None:
    """The event's headline killed and injured, and the evidence of the first of them: text
    that slices back out of the article (and is `quote`, when given)."""
    assert (event.killed.value if event.killed else None) == killed
    assert (event.injured.value if event.injured else None) == injured
    figure = event.killed or event.injured
    assert figure is not None and figure.evidence is not None
    assert text[figure.evidence.start : figure.evidence.end] == figure.evidence.text
    if quote is not None:
        assert figure.evidence.text == quote


def check_tolls(event: EventMention, text: str, killed: int | None, injured: int | None) -> None:
    """The event's headline killed and injured (either may be absent), each figure's evidence
    slicing back out of the article."""
    assert (event.killed.value if event.killed else None) == killed
    assert (event.injured.value if event.injured else None) == injured
    for figure in (event.killed, event.injured):
        if figure is not None and figure.evidence is not None:
            ev = figure.evidence
            assert text[ev.start : ev.end] == ev.text
