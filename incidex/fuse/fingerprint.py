"""Article fingerprints: MinHash signatures for near-duplicates, and the distinctive names an
article uses (victims, streets, schools), which tell two reports of one incident apart from two
incidents on the same day."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping

import numpy as np

SHINGLE = 5  # words per shingle: long enough that shared phrasing means a shared source
HASHES = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard share a band with high probability
ROWS = HASHES // BANDS
DUPLICATE_JACCARD = 0.7  # estimated shingle overlap above which two articles are one story
_MASK = (1 << 61) - 1
# Fixed odd multipliers and offsets so signatures are stable across processes and releases.
_SEEDS = [
    (
        int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest()) | 1,
        int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest()),
    )
    for i in range(HASHES)
]
_A = np.array([a for a, _ in _SEEDS], dtype=np.uint64)
_B = np.array([b for _, b in _SEEDS], dtype=np.uint64)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_TERM = re.compile(r"[a-z][a-z'-]+")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b|\b[A-Z]{2,}[a-z]*\b")

# Capitalised words that name roles, institutions, calendar terms or news boilerplate: they say
# nothing about which incident an article reports.
_COMMON_CAPITALISED = frozenset(
    """
    a an the this that these those there then they their he she his her it its we our you your
    i in on at of for by with from to and or but if as after before when while where who what
    police officer officers sheriff deputy deputies detective detectives chief sergeant lieutenant
    department county city state street avenue road highway boulevard drive lane court
    news reporter reporters press associated reuters copyright rights reserved posted updated
    story video photo photos image images click share comment comments email print related
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec am pm
    mr mrs ms dr st mt
    north south east west northern southern eastern western
    according authorities officials investigators witnesses residents family friends
    hospital medical center university school high elementary middle
    fire rescue ems emergency services office news channel
    """.split()  # noqa: SIM905 - a word list reads best as text
)


def normalise(text: str) -> str:
    """Lower case, accents folded, whitespace collapsed: what article identity is computed on."""
    if text.isascii():  # nothing to fold (most English news): skip the per-character pass
        return " ".join(text.lower().split())
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(folded.lower().split())


def text_hash(text: str) -> str:
    """The key of an article without a URL: a hash of its normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def minhash(text: str) -> list[int]:
    """A MinHash signature of the article's word shingles."""
    words = _WORD.findall(normalise(text))
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    shingles = {
        int.from_bytes(
            hashlib.blake2b(" ".join(words[i : i + SHINGLE]).encode(), digest_size=8).digest()
        )
        for i in range(len(words) - SHINGLE + 1)
    }
    values = np.fromiter(shingles, dtype=np.uint64, count=len(shingles))
    # (a * s + b) mod 2^64, masked to 61 bits, for every seed at once: one row per hash function
    with np.errstate(over="ignore"):
        hashed = (_A[:, None] * values[None, :] + _B[:, None]) & np.uint64(_MASK)
    return [int(x) for x in hashed.min(axis=1)]


def bands(signature: list[int]) -> list[int]:
    """Locality-sensitive hash bands: articles sharing one are near-duplicate candidates."""
    out = []
    for band in range(BANDS):
        rows = signature[band * ROWS : (band + 1) * ROWS]
        digest = hashlib.blake2b(repr((band, rows)).encode(), digest_size=7).digest()
        out.append(int.from_bytes(digest))  # 56 bits: fits a signed 64-bit column
    return out


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard overlap of two articles' shingles."""
    if not a or not b:
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=False)) / min(len(a), len(b))


def names(text: str, *, also: Iterable[str] = ()) -> set[str]:
    """The distinctive capitalised words of a text (person names, streets, businesses), lower case.

    A word counts when it is capitalised mid-sentence at least once, stands next to another
    capitalised word at least once ("Kevin Barbee", "Burning Tree Apartments"), and never occurs
    in lower case in the same text: that last test drops common words that headlines and menus
    capitalise ("Weather", "Crime", "Breaking")."""
    lowered = {w for w in _WORD.findall(text) if w.islower()}
    mid: set[str] = set()
    paired: set[str] = set()
    previous_end, previous_word = -10, ""
    for m in _NAME.finditer(text):
        word = m.group().lower().replace("’", "'").removesuffix("'s")
        if word in _COMMON_CAPITALISED or len(word) < 3 or m.group().isupper():
            previous_end = -10
            continue
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \"'“‘(")
        if before and before[-1] not in ".!?\n:":
            mid.add(word)
        if text[previous_end : m.start()] == " ":
            paired.update((word, previous_word))
        previous_end, previous_word = m.end(), word
    out = {w for w in mid & paired if w not in lowered}
    out.update(w.lower() for w in also if w)
    return out


BOILERPLATE_SHORT = 120  # characters: a line this short seen in one other article is boilerplate


def lines(text: str) -> dict[str, str]:
    """The article's lines of three words or more, keyed by a hash of their normalised text."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        folded = normalise(line)
        if len(folded.split()) >= 3:
            out[hashlib.blake2b(folded.encode(), digest_size=8).hexdigest()] = line
    return out


def boilerplate(found: dict[str, str], seen: Mapping[str, int]) -> set[str]:
    """Hashes of the lines that other stored articles also have: a short line seen once before
    (a site's menu, "Buy Photo", a newsletter prompt), or a long one seen twice (a site's
    footer). Their words say which outlet published a story, not which incident it reports."""
    return {
        h
        for h, line in found.items()
        if seen.get(h, 0) >= (1 if len(line) < BOILERPLATE_SHORT else 2)
    }


LEAD_WORDS = 300  # a report tells its incident first; the rest drifts to context and links


def lead(text: str, words: int = LEAD_WORDS) -> str:
    """The first `words` words of a text (whitespace-separated)."""
    parts = text.split(maxsplit=words)
    return " ".join(parts[:words])


def terms(text: str) -> dict[str, int]:
    """Word counts of a text, lower case, without stop words and very short words: what TF-IDF
    similarity between two reports is computed on."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain word list; spaCy is loaded anyway

    counts: dict[str, int] = {}
    for word in _TERM.findall(normalise(text)):
        if len(word) > 2 and word not in STOP_WORDS:
            counts[word] = counts.get(word, 0) + 1
    return counts
