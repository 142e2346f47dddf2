"""One check of an extracted casualty figure against a phrasing table's row, shared by the
phrasing tables (values, qualifier, whose, and evidence that slices back to the quoted words)."""

from __future__ import annotations

from incidex.schema import Figure, Qualifier, Who


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
