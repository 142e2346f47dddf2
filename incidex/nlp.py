"""The language pipeline: loading spaCy once, and the text helpers the stages share.

The model is loaded lazily on first use and kept per name, never at import time. Upper-case wire
text (MUC-style radio transcripts) is lower-cased for the model with offsets unchanged, since a
model trained on mixed case tags every capitalised word as a name.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from incidex.errors import ConfigError

Doc = Any  # spacy.tokens.Doc: spaCy ships no type information mypy can use

# Components the stages never read; skipping them saves about a tenth of the model's time.
_UNUSED = ("lemmatizer",)


@cache
def load_model(name: str) -> Any:
    """The spaCy pipeline called `name` (a package or a path), loaded once per process."""
    import spacy  # deferred: importing spaCy takes about a second

    try:
        return spacy.load(name, exclude=list(_UNUSED))
    except OSError as exc:
        raise ConfigError(
            f"cannot load the spaCy model {name!r}: {exc}. Install it (scripts/install does) or "
            "set INCIDEX_MODEL to an installed pipeline such as en_core_web_md"
        ) from exc


def model_version(nlp: Any) -> str:
    """`name-version` of a loaded pipeline, stamped on what incidex produces."""
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


@functools.lru_cache(maxsize=256)  # asked dozens of times per article by the stages
def is_shouting(text: str) -> bool:
    """True when most letters are capitals, as in teleprinter and radio transcripts."""
    letters = "".join(filter(str.isalpha, text[:5000]))  # counted at C speed: no loop here
    return len(letters) > 40 and sum(map(str.isupper, letters)) / len(letters) > 0.8


# A bracketed aside of eight words or more: an editor's note of its own (a background clause, a
# related-story link), not an insertion that completes the sentence ("the [FMLN]", "[words
# indistinct]", a name with its title), which is shorter. Upper-case transcripts are left as
# they are: their brackets also name who speaks ("[COLONEL X, CHAIRMAN OF THE JOINT CHIEFS OF
# STAFF] THIS PROVES ..."), words the stages read.
_ASIDE = re.compile(r"\[(?:[^\[\]\n\s]+\s+){7,}[^\[\]\n]*\]")


def hide_asides(text: str) -> str:
    """`text` with each long bracketed aside blanked, same length: the parser would otherwise
    give the sentence's subject to the aside's verb ("X, a figure in it [X arranged meetings
    in 1973], was wounded" loses the wounded)."""
    if "[" not in text or is_shouting(text):
        return text
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


def aside_chars(text: str, start: int, end: int) -> int:
    """How many characters of text[start:end] the asides `hide_asides` blanks take: a span's
    length as the parser read it is the rest."""
    if "[" not in text[start:end] or is_shouting(text):
        return 0
    return sum(len(m.group()) for m in _ASIDE.finditer(text, start, end))


def model_text(text: str) -> str:
    """The text the model reads: shouting text is sentence-cased, long bracketed asides of other
    text blanked, with every offset unchanged."""
    text = hide_asides(text)
    if not is_shouting(text):
        return text
    # each letter lower-cased on its own ("Σ" is "σ" everywhere), one that lowers to two letters
    # kept; str.lower() does the same, and at once, for a text without either
    lowered = text.lower()
    if len(lowered) != len(text) or "\u03a3" in text:
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # Capitalise sentence starts so the parser still finds sentences: "... KILLED. THE" -> ". The"
    # Only paragraph breaks (a blank or indented new line) start sentences: wire copy is wrapped
    # mid-sentence, and a capital after every line break split "... HAVE DIED\nAND 13 MORE ...".
    return re.sub(
        r"(^\s*|[.!?]\s+|\n[ \t]*\n\s*|\n[ \t]+)([a-z])",
        lambda m: m.group(1) + m.group(2).upper(),
        lowered,
    )


# The last Doc whose text was asked for, with that text: spaCy's `Doc.text` joins every token
# anew on each call, a cost per article where a stage asks per word.
_LAST_TEXT: list[tuple[Any, str]] = [(None, "")]


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc."""
    last = _LAST_TEXT[0]  # one tuple, read and replaced whole: safe across threads
    if last[0] is not doc:
        last = _LAST_TEXT[0] = (doc, doc.text)
    return last[1]


# The last Doc whose tokens were sought by their words, with the offsets found for each set of
# words: a loop over a sentence's tokens makes a Python object of each, and the stages ask for
# a few words in every sentence, twice over where a frame's sentences are read twice.
_CUES: list[tuple[Any, dict[frozenset[str], list[int]]]] = [(None, {})]


def cue_tokens(doc: Doc, span: Any, words: frozenset[str]) -> list[Any]:
    """The tokens of `span` (of `doc`) whose lower-case form is one of `words`, in order."""
    last = _CUES[0]  # one tuple, read and replaced whole: safe across threads
    if last[0] is not doc:
        last = _CUES[0] = (doc, {})
    found: list[int] | None = last[1].get(words)
    if found is None:
        import numpy  # spaCy's own dependency

        wanted = numpy.array([doc.vocab.strings[w] for w in words], dtype="uint64")
        hits = numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), wanted))
        found = last[1][words] = hits.tolist()
    lo, hi = bisect.bisect_left(found, span.start), bisect.bisect_left(found, span.end)
    return [doc[i] for i in found[lo:hi]]


# The parser needs about 1 GB per 100,000 characters at once (spaCy's own figure): longer texts
# are parsed in pieces of at most this size, cut at paragraph or sentence ends, then joined.
CHUNK_CHARS = 50_000


def parse_many(texts: Iterable[str], model: str, batch_size: int) -> Iterator[Doc]:
    """Docs for `texts` in order, batched through the model (the costly step of extraction)."""
    nlp = load_model(model)
    short: list[str] = []
    for text in texts:
        if len(text) <= CHUNK_CHARS:
            short.append(text)
            continue
        yield from nlp.pipe((model_text(t) for t in short), batch_size=batch_size)
        short = []
        yield _parse_long(nlp, text)
    yield from nlp.pipe((model_text(t) for t in short), batch_size=batch_size)


def _parse_long(nlp: Any, text: str) -> Doc:
    """One Doc over a long text, parsed piece by piece; offsets are those of the whole text."""
    from spacy.tokens import Doc as SpacyDoc

    pieces = [model_text(p) for p in split_long(text, CHUNK_CHARS)]
    docs = list(nlp.pipe(pieces, batch_size=4))
    return SpacyDoc.from_docs(docs, ensure_whitespace=False)


def split_long(text: str, size: int) -> list[str]:
    """`text` cut into pieces of at most `size` characters that join back to it exactly, each
    cut after a paragraph break, else after a sentence end, else after a space."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = size  # no boundary in the second half: cut anywhere (one odd token)
        for mark in ("\n\n", ". ", " "):
            at = window.rfind(mark)
            if at > size // 2:
                cut = at + len(mark)
                break
        pieces.append(text[start : start + cut])
        start += cut
    return [*pieces, text[start:]]


# --- numbers ------------------------------------------------------------------------------------

UNITS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "dozen": 12,
    "both": 2,
    "twin": 2,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague quantities give a lower bound only (DESIGN.md): "dozens" -> at least 24.
VAGUE = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "several": 3,
    "many": 5,
    "numerous": 5,
    "some": 2,
}

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
NUMBER_WORDS = _WORD  # regex alternation of every number word
# "1,200", "1.2 million", "twenty-one", "two dozen", "a hundred and five", "103"; whole words only
# ... and the idioms "half a dozen" (6), "a couple of" (2)
NUMBER = (
    rf"(?<![\w.,-])(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+(?:million|thousand))?"
    r"|half[\s-]+a[\s-]+dozen|a\s+couple(?=\s+of\b)"
    rf"|(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*))(?![\w-]|[.,]\d)"
)
_IDIOMS = {"half a dozen": 6, "a couple": 2}


def parse_number(phrase: str) -> int | None:
    """The integer a number phrase states ("twenty-one" -> 21, "1.2 million" -> 1200000)."""
    phrase = re.sub(r"(?<=\d),(?=\d{3})", "", phrase.casefold())  # "1,200" -> "1200"
    words = re.sub(r"[-,]", " ", phrase).replace(" and ", " ").split()
    if not words:
        return None
    idiom = _IDIOMS.get(" ".join(words))
    if idiom is not None:
        return idiom
    if re.fullmatch(r"[\d.]+", words[0]):
        return _digits(words)
    total = current = 0
    after_article = False  # "a single" is one, not a one and a one
    for word in words:
        if word in UNITS:
            if word == "dozen" and current:
                current *= UNITS[word]
            elif after_article:
                current = current - 1 + UNITS[word]
            else:
                current += UNITS[word]
            after_article = word in ("a", "an")
            continue
        if word in TENS:
            current += TENS[word] - (1 if after_article else 0)
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        after_article = False
    return total + current


def _digits(words: list[str]) -> int | None:
    head = words[0]
    try:
        value = float(head) if "." in head else int(head)
    except ValueError:
        return None
    for word in words[1:]:
        value *= SCALES.get(word, 1)
    return int(value)


# --- speakers -----------------------------------------------------------------------------------

_SAY = {
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "announced",
    "confirmed",
    "stated",
    "added",
    "quoted",
    "cited",
}


def speaker(doc: Doc, text: str, start: int, end: int) -> str | None:
    """Who a sentence's statement is attributed to ("police said", "according to IRNA").

    `text` is the article text (the Doc may be over its sentence-cased copy), so the name comes
    back as the article writes it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in cue_tokens(doc, span, _SAY_CUES):
        if (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return _subtree_text(doc, text, objects[0], span.end)
        if token.lower_ in _SAY:
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and subjects[0].lower_ not in ("it", "he", "she", "they", "who", "which"):
                return _subtree_text(doc, text, subjects[0], span.end)
    return None


_SAY_CUES = frozenset({"according", *_SAY})  # the words `speaker` reads a source from

_PRONOUNS = {"it", "he", "she", "they", "who", "which", "that", "we", "i"}


def claimant(doc: Doc, text: str, start: int, end: int) -> tuple[str, int] | None:
    """Who claims an attack in a sentence ("the Manuel Rodriguez Patriotic Front has claimed
    responsibility", "the killing was claimed by the Zarate Willca group"), with its offset."""
    span = doc.char_span(start, end, alignment_mode="expand")
    for token in span if span is not None else ():
        if not token.lower_.startswith("claim") or token.pos_ not in ("VERB", "AUX"):
            continue
        doers = [c for c in token.children if c.dep_ == "nsubj"]
        doers += [g for c in token.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]  # fmt: skip
        # A dateline is no claimant: "SANTIAGO, 28 JUL 89 -- THE FRONT HAS CLAIMED ..."
        wire = max(text.rfind(mark, start, token.idx) for mark in ("--", "—"))
        doers = [d for d in doers if d.idx > wire]
        if not doers and wire >= 0:
            return _after_dateline(text, wire, token.idx)
        if doers and doers[0].lower_ not in _PRONOUNS:
            name = _subtree_text(doc, text, doers[0], span.end)
            if name:
                return name, text.find(name, doers[0].left_edge.idx)
    return None


def _after_dateline(text: str, wire: int, verb: int) -> tuple[str, int] | None:
    """The words between a dateline's dash and the claim: "-- [TEXT] THE FRONT, FPMR, HAS"."""
    m = re.match(r"[-—\s]*(?:\[[^\]]*\]\s*)*(?P<name>[^,\[\]]{3,80}?)\s*(?:,|\bhas\b|\bhave\b|$)",
                 text[wire:verb], re.IGNORECASE)  # fmt: skip
    return (m.group("name"), wire + m.start("name")) if m else None


def _subtree_text(doc: Doc, text: str, head: Any, limit: int) -> str | None:
    tokens = [t for t in head.subtree if t.i < limit]
    cut = next((k for k, t in enumerate(tokens) if t.text in ",;(" and t.i > head.i), None)
    tokens = tokens[:cut]  # "A senior official, speaking on condition of anonymity," -> the name
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    name = text[first.idx : last.idx + len(last.text)]
    if len(name) > 80:  # a whole clause is no name: keep its head word
        return text[head.idx : head.idx + len(head.text)]
    return name
