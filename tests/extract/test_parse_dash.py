"""Parsing: a sentence the parser cut at a dash is one sentence again; a dateline stays apart."""

from __future__ import annotations

from types import SimpleNamespace

from incidex.extract import parse
from incidex.extract.analysis import Analysis
from incidex.schema import Article
from incidex.settings import Settings

_TEXT = (
    "QUITO, 2 MAY 89 (RADIO) -- THE MAYOR SPOKE TODAY. HE CALLED FOR CALM. "
    "HE SAID THAT YESTERDAY TWO FARMERS -- BROTHERS OF 20 AND 25 -- WERE SHOT DEAD."
)


def _cut(*pieces: str) -> list[SimpleNamespace]:
    """The parser's sentences ending after each of `pieces`, in turn."""
    sents, start = [], 0
    for piece in pieces:
        end = _TEXT.index(piece, start) + len(piece)
        sents.append(SimpleNamespace(start_char=start, end_char=end))
        start = end + 1
    return sents


def test_parse_a_sentence_cut_at_a_dash_is_one_sentence() -> None:
    doc = SimpleNamespace(
        sents=_cut("(RADIO) --", "TODAY.", "FOR CALM.", "TWO FARMERS --", "SHOT DEAD.")
    )
    analysis = Analysis(article=Article(id="a", text=_TEXT), settings=Settings(), doc=doc)
    texts = [s.text for s in parse.sentences(analysis).sentences or ()]
    assert texts[0] == "QUITO, 2 MAY 89 (RADIO) --", "the dateline stays apart"
    assert (
        texts[-1]
        == "HE SAID THAT YESTERDAY TWO FARMERS -- BROTHERS OF 20 AND 25 -- WERE SHOT DEAD."
    )
    assert len(texts) == 4
