"""Actors: who did each event, with the status the text gives (claimed, suspected, denied ...).

A known group (the registry in `lexicon.ACTORS`) or a named organisation near a cue ("claimed
responsibility", "bore the hallmarks of", "denied involvement") takes that cue's status, attributed
to whoever the sentence quotes. Known groups named without a cue are `reported`; generic actors
("gunmen", "a suicide bomber") are kept as such. `claimed` is True when someone claimed the event,
False when the text says nobody has, None when it does not say.
"""

from __future__ import annotations

import dataclasses
import re

from incidex.extract.analysis import (
    Analysis,
    Entity,
    Frame,
    Perpetration,
    Sentence,
    entities_in,
    evidence,
    frame_text,
)
from incidex.extract.lexicon import (
    ACTOR_PATTERN,
    ACTORS,
    GENERIC_ACTORS,
    NEWS_AGENCIES,
    STATE_ACTORS,
)
from incidex.nlp import claimant, speaker
from incidex.schema import Actor, ActorKind, ActorStatus

S = ActorStatus
_CUES: tuple[tuple[ActorStatus, re.Pattern[str]], ...] = (
    # "no group has claimed responsibility", "nobody claimed the attack", "no immediate claim"
    (
        S.REPORTED,
        re.compile(
            r"\b(?:no (?:group|one|organi[sz]ation|immediate claim|claim of"
            r" responsibility)|nobody|none)\b[^.]{0,40}?\b(?:claim\w*)",
            re.IGNORECASE,
        ),
    ),
    # "X claimed responsibility", "responsibility was claimed by X", "X said it carried out"
    (
        S.CLAIMED,
        re.compile(
            r"\b(?:claim(?:ed|ing|s)? (?:responsibility|credit)|responsibility"
            r" (?:was|has been) claimed|said (?:it|they) (?:had )?carried out"
            r"|took responsibility|assumed responsibility)\b",
            re.IGNORECASE,
        ),
    ),
    (
        S.DENIED,
        re.compile(
            r"\b(?:denied (?:any )?(?:involvement|responsibility|role)"
            r"|rejected (?:any )?(?:involvement|responsibility))\b",
            re.IGNORECASE,
        ),
    ),
    (
        S.ACCUSED,
        re.compile(
            r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|attributed (?:it|the attack)"
            r" to|held \w+ responsible)\b",
            re.IGNORECASE,
        ),
    ),
    (
        S.SUSPECTED,
        re.compile(
            r"\b(?:suspected|suspects?|bore the hallmarks|hallmarks of"
            r"|resembl\w+|believed to (?:be|have)|likely (?:carried|behind)"
            r"|linked to|affiliated with|behind the attack)\b",
            re.IGNORECASE,
        ),
    ),
)
_NO_CLAIM = _CUES[0][1]
_CLAIM = _CUES[1][1]
# Ids in the actor registry (lexicon.ACTORS): "registry:boko-haram"
REGISTRY_IDS = {name: "registry:" + re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
                for name, _, _ in ACTORS}  # fmt: skip
_WINDOW = 120  # how far from a cue (in characters) the actor's name may stand


def run(analysis: Analysis) -> Analysis:
    """The analysis with each frame's perpetrators and claim."""
    out = tuple(_frame(analysis, f) for f in analysis.frames or ())
    return dataclasses.replace(analysis, perpetrators=out)


def _frame(analysis: Analysis, frame: Frame) -> Perpetration:
    actors: list[Actor] = []
    claimed: bool | None = None
    for sentence in frame_text(analysis, frame):
        found, said_claim = _sentence(analysis, sentence)
        actors += found
        if said_claim is not None:
            claimed = bool(said_claim or claimed)
    if any(a.status == S.CLAIMED for a in actors):
        claimed = True
    return Perpetration(actors=_rank(actors), claimed=claimed)


def _sentence(analysis: Analysis, sentence: Sentence) -> tuple[list[Actor], bool | None]:
    text = sentence.text
    claim: bool | None = None
    if _NO_CLAIM.search(text):
        claim = False
    named = _named(analysis, sentence)
    attributed = None
    actors: list[Actor] = []
    for name, kind, start, end in named:
        status = S.REPORTED  # generic actors ("a suicide bomber") carry no claim or suspicion
        if kind != ActorKind.UNKNOWN:
            status = _status_near(
                text, start - sentence.start, end - sentence.start, claim is False
            )
        if status != S.REPORTED and attributed is None and analysis.doc is not None:
            attributed = speaker(analysis.doc, analysis.text, sentence.start, sentence.end)
        ev = evidence(analysis.text, start, end)
        actors.append(
            Actor(
                name=name,
                status=status,
                kind=kind,
                evidence=ev,
                attributed_to=attributed if status != S.REPORTED else None,
                actor_id=REGISTRY_IDS.get(name),
            )
        )
        if status == S.CLAIMED:
            claim = True
    return actors, claim


def _named(analysis: Analysis, sentence: Sentence) -> list[tuple[str, ActorKind, int, int]]:
    """Known groups, organisations the model tags, and generic actors, in text order."""
    found: list[tuple[str, ActorKind, int, int]] = []
    for m in ACTOR_PATTERN.finditer(sentence.text):
        name, kind, _ = ACTORS[int((m.lastgroup or "a0")[1:])]
        found.append((name, kind, sentence.start + m.start(), sentence.start + m.end()))
    if not found:
        found += _organisations(analysis, sentence)
    claimed = _CLAIM.search(sentence.text) and not _NO_CLAIM.search(sentence.text)
    if not found and analysis.doc is not None and claimed:
        found += _claimant(analysis, sentence)
    for m in STATE_ACTORS.finditer(sentence.text):
        group = "a" if m.group("a") else "b"
        end = sentence.start + m.end(group)
        name = re.sub(r"^the\s+", "", m.group(group), flags=re.IGNORECASE)
        found.append((name, ActorKind.STATE_FORCES, end - len(name), end))
    for m in GENERIC_ACTORS.finditer(sentence.text):
        found.append(
            (m.group(0), ActorKind.UNKNOWN, sentence.start + m.start(), sentence.start + m.end())
        )
    return sorted(found, key=lambda f: f[2])


def _dateline_end(text: str) -> int:
    """Where a wire dateline ("SANTIAGO, 28 JUL 89 --", "KANO, Nigeria (Wire) —") ends, or 0."""
    head = text[:80]
    ends = [head.find(mark) for mark in ("--", "—", " - ") if head.find(mark) > 0]
    return min(ends) if ends else 0


def _claimant(analysis: Analysis, sentence: Sentence) -> list[tuple[str, ActorKind, int, int]]:
    """The group a claim names when neither the registry nor the model knows it: the subject of
    "claimed" ("the Manuel Rodriguez Patriotic Front, FPMR, has claimed responsibility")."""
    found = claimant(analysis.doc, analysis.text, sentence.start, sentence.end)
    if found is None or found[1] < 0:
        return []
    name, start = found
    lead = re.match(r"(?:the|a|an)\s+|[\"'“]", name, re.IGNORECASE)
    cut = lead.end() if lead else 0
    name = name[cut:].strip("\"'”“ ")
    return [(name, ActorKind.ARMED_GROUP, start + cut, start + cut + len(name))] if name else []


def _organisations(analysis: Analysis, sentence: Sentence) -> list[tuple[str, ActorKind, int, int]]:
    """Organisations the model tags near a claim or suspicion cue (not agencies, not datelines)."""
    found = []
    for ent in entities_in(analysis, sentence.start, sentence.end, ("ORG",)):
        start = ent.start + (
            4 if analysis.text[ent.start : ent.start + 4].casefold() == "the " else 0
        )
        name = analysis.text[start : ent.end]
        in_dateline = ent.start < _dateline_end(analysis.text)
        if not in_dateline and not NEWS_AGENCIES.search(name) and _cue_near(sentence, ent):
            found.append((name, ActorKind.ARMED_GROUP, start, ent.end))
    return found


def _cue_near(sentence: Sentence, ent: Entity) -> bool:
    start, end = ent.start - sentence.start, ent.end - sentence.start
    window = sentence.text[max(0, start - _WINDOW) : end + _WINDOW]
    return any(rx.search(window) for status, rx in _CUES if status != S.REPORTED)


def _status_near(text: str, start: int, end: int, nobody_claimed: bool) -> ActorStatus:
    """The status of the closest cue to an actor's name within the window."""
    best: tuple[int, ActorStatus] | None = None
    for status, rx in _CUES[1:]:
        if status == S.CLAIMED and nobody_claimed:
            continue
        for m in rx.finditer(text):
            gap = m.start() - end if m.start() >= end else start - m.end()
            if 0 <= gap <= _WINDOW and (best is None or gap < best[0]):
                best = (gap, status)
    return best[1] if best else S.REPORTED


_ORDER = {S.CLAIMED: 0, S.SUSPECTED: 1, S.ACCUSED: 1, S.DENIED: 3, S.REPORTED: 2}


def _rank(actors: list[Actor]) -> tuple[Actor, ...]:
    """One entry per name, its strongest status; named groups before generic actors."""
    best: dict[str, Actor] = {}
    for actor in actors:
        key = actor.name.casefold()
        if key not in best or _ORDER[actor.status] < _ORDER[best[key].status]:
            best[key] = actor
    return tuple(
        sorted(best.values(), key=lambda a: (a.kind == ActorKind.UNKNOWN, _ORDER[a.status]))
    )
