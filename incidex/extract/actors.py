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

from incidex.extract.actor_voice import first_person_attack, speaks
from incidex.extract.actor_words import (
    ACTOR_PATTERN,
    ACTORS,
    AGENT_AFTER,
    AGENT_BEFORE,
    GENERIC_ACTORS,
    GROUP_HEADS,
    GROUP_NAME,
    GROUP_NAME_UPPER,
    NAME_STOPWORDS,
    NEWS_AGENCIES,
    STATE_ACTORS,
    UNNAMING_WORDS,
)
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
from incidex.extract.lexicon import spaced
from incidex.nlp import claimant, is_shouting, speaker
from incidex.schema import Actor, ActorKind, ActorStatus

S = ActorStatus
_CUES: tuple[tuple[ActorStatus, re.Pattern[str]], ...] = (
    # "no group has claimed responsibility", "nobody claimed the attack", "no immediate claim",
    # "no person or terrorist organization has claimed", "the attack has not been claimed",
    # "neither the rebels nor any other group has claimed", "nor has any movement claimed"
    (
        S.REPORTED,
        re.compile(
            spaced(
                r"\b(?:(?:no(?:body| one|ne)?|neither|nor)\b(?:\s+[\w-]+){0,5}?\s+"
                r"(?:(?:has|have|had|yet)\s+)*(?:immediately\s+)?claim\w*"
                r"|(?:has|have|had) not (?:yet )?been claimed"
                r"|(?:did|has|have|had) not (?:yet )?claimed|(?:was|were|remains?|went) unclaimed)"
            ),
            re.IGNORECASE,
        ),
    ),
    # "X claimed responsibility", "responsibility was claimed by X", "X said it carried out",
    # "X claimed credit for", "X claimed the attack", "was later claimed by X", "X claimed
    # shooting two police", "X took credit"
    (
        S.CLAIMED,
        re.compile(
            spaced(
                r"\b(?:claim(?:ed|ing|s)? (?:joint |full )?(?:responsibility|credit|authorship)"
                r"|responsibility (?:was|has been|had been) claimed"
                r"|(?:was|were|has been|had been) (?:later |subsequently )?claimed by"
                r"|claim(?:ed|s) (?:the|this|last|yesterday's|today's) (?:\w+ )?"
                r"(?:attack|bombing|killing|assassination|kidnapping|abduction|blast|explosion"
                r"|shooting|ambush|raid)s?"
                r"|claimed (?:to have|it had|they had) (?:carried out|killed|attacked|bombed)"
                r"|claimed (?:shooting|killing|bombing|kidnapping|attacking)"
                r"|said (?:it|they) (?:had |was |were )?(?:carried out|behind|responsible)"
                r"|took (?:responsibility|credit)|assumed responsibility"
                r"|admitted (?:responsibility|carrying out))\b"
            ),
            re.IGNORECASE,
        ),
    ),
    (
        S.DENIED,
        re.compile(
            spaced(
                r"\b(?:den(?:ied|ies|y|ying) (?:any |all )?(?:involvement|responsibility|role"
                r"|participation|links?|connection|having)"
                r"|rejected (?:any )?(?:involvement|responsibility)"
                r"|(?:said|says) (?:it|they) (?:had|has|have|was|were) (?:nothing to do|no role"
                r"|not involved|no part))"
            ),
            re.IGNORECASE,
        ),
    ),
    (
        S.ACCUSED,
        re.compile(
            spaced(
                r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|attributed (?:it|the \w+) to"
                r"|held (?:\w+ ){1,3}responsible|pointed (?:the finger|at)|charged that)\b"
            ),
            re.IGNORECASE,
        ),
    ),
    (
        S.SUSPECTED,
        re.compile(
            spaced(
                r"\b(?:suspected|suspects?|bore the hallmarks|hallmarks of|(?:alleged|presumed)"
                r"|resembl\w+|believed to (?:be|have)|(?:thought|presumed|said) to (?:be|have)"
                r"|likely (?:carried|behind)|(?:were|was|are|is) (?:probably|likely) behind"
                r"|linked to|affiliated with|behind the (?:attack|bombing|killing|blast))\b"
            ),
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
    if not any(a.status == S.CLAIMED for a in actors):
        actors = _first_person(analysis, frame, actors)
    if any(a.status == S.CLAIMED for a in actors):
        claimed = True
    return Perpetration(actors=_rank(actors), claimed=claimed)


def _first_person(analysis: Analysis, frame: Frame, actors: list[Actor]) -> list[Actor]:
    """The actors with the group whose own statement tells the attack in the first person
    ("our units ambushed a patrol") marked as claiming it; see `actor_voice`."""
    groups = [a for a in actors if a.kind == ActorKind.ARMED_GROUP]
    if not groups:
        return actors
    for sentence in frame_text(analysis, frame):
        m = first_person_attack(sentence.text)
        if m is None:
            continue
        for group in groups:
            names = [group.name, group.evidence.text if group.evidence else group.name]
            if speaks(analysis.text, names, _dateline_end(analysis.text)):
                start = sentence.start + m.start()
                words = evidence(analysis.text, start, start + len(m.group(0)))
                same = group.actor_id or group.name  # "FMLN" and its spelled-out name alike
                return [
                    dataclasses.replace(a, status=S.CLAIMED, evidence=words, attributed_to=a.name)
                    if (a.actor_id or a.name) == same
                    else a
                    for a in actors
                ]
    return actors


def _sentence(analysis: Analysis, sentence: Sentence) -> tuple[list[Actor], bool | None]:
    text = sentence.text
    claim: bool | None = None
    if _NO_CLAIM.search(text):
        claim = False
    named = _named(analysis, sentence)
    attributed = None
    actors: list[Actor] = []
    for name, kind, start, end, actor_id in named:
        status = S.REPORTED  # generic actors ("a suicide bomber") carry no claim or suspicion
        if kind != ActorKind.UNKNOWN:
            status = _status_near(
                text, start - sentence.start, end - sentence.start, claim is False
            )
        if status != S.REPORTED and attributed is None and analysis.doc is not None:
            attributed = speaker(analysis.doc, analysis.text, sentence.start, sentence.end)
            attributed = attributed or _blamer(analysis, sentence)
        ev = evidence(analysis.text, start, end)
        actors.append(
            Actor(
                name=name,
                status=status,
                kind=kind,
                evidence=ev,
                attributed_to=(
                    attributed
                    if status != S.REPORTED and (attributed or "").casefold() != name.casefold()
                    else None
                ),
                actor_id=actor_id,
            )
        )
        if status == S.CLAIMED:
            claim = True
    if claim is None and named and _CLAIM.search(text):
        claim = True  # "X, thought to be inactive, has claimed responsibility": a nearer cue won
    return actors, claim


Named = tuple[str, ActorKind, int, int, str | None]  # name, kind, offsets, registry id


def _named(analysis: Analysis, sentence: Sentence) -> list[Named]:
    """Known groups, organisation names, and generic actors, in text order."""
    found: list[Named] = _registry(analysis, sentence)
    groups = _groups(analysis, sentence)
    # "Communist Party of Nepal-Maoist" is not the registry's "Maoists" it contains
    found = [
        f for f in found if not any(_inside(f, g) and g[3] - g[2] > f[3] - f[2] for g in groups)
    ]
    found += [g for g in groups if not any(f[2] <= g[3] and g[2] <= f[3] for f in found)]
    if not found:
        found += [(*o, None) for o in _organisations(analysis, sentence)]
    claimed = _CLAIM.search(sentence.text) and not _NO_CLAIM.search(sentence.text)
    if not found and analysis.doc is not None and claimed:
        found += [(*c, None) for c in _claimant(analysis, sentence)]
    for m in STATE_ACTORS.finditer(sentence.text):
        group = "a" if m.group("a") else "b"
        end = sentence.start + m.end(group)
        name = re.sub(
            r"^(?:(?:the|and|or|of|that|by)\s+)+", "", m.group(group), flags=re.IGNORECASE
        )
        found.append((name, ActorKind.STATE_FORCES, end - len(name), end, None))
    for m in GENERIC_ACTORS.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if not any(f[2] <= start < f[3] for f in found):
            found.append((" ".join(m.group(0).split()), ActorKind.UNKNOWN, start, end, None))
    return sorted(found, key=lambda f: f[2])


def _blamer(analysis: Analysis, sentence: Sentence) -> str | None:
    """Who blames or accuses in a sentence: the subject of "blamed" ("Police blamed X")."""
    span = analysis.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    for token in span if span is not None else ():
        if token.lower_.startswith(("blam", "accus")) and token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ not in ("it", "he", "she", "they", "who", "which"):
                left, right = subjects[0].left_edge, subjects[0].right_edge
                return analysis.text[left.idx : right.idx + len(right.text)]
    return None


def _inside(inner: Named, outer: Named) -> bool:
    return outer[2] <= inner[2] and inner[3] <= outer[3]


def _registry(analysis: Analysis, sentence: Sentence) -> list[Named]:
    """Known groups: the registry's name, or the text's acronym ("FARC", "FMLN"), which is how
    most reports and databases name a group known by one."""
    found: list[Named] = []
    shouting = is_shouting(analysis.text)
    for m in ACTOR_PATTERN.finditer(sentence.text):
        index = int((m.lastgroup or "a0")[1:])
        name, kind, _ = ACTORS[index]
        said = m.group(0)
        if _ACRONYM.fullmatch(said) and (not shouting or len(said) <= 5):
            name = said
        start = sentence.start + m.start()
        found.append((name, kind, start, start + len(said), REGISTRY_IDS[ACTORS[index][0]]))
    return found


_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,6}")
_STATE_NAME = re.compile(
    r"^(?:the\s+)?(?:[A-Z]\w+\s+)?(?:National\s+|Royal\s+|Federal\s+)?"
    r"(?:Army|Armed Forces|Security Forces|Forces|Guard|Police|Navy|Air Force|Battalion|Brigade)$",
    re.IGNORECASE,
)


def _groups(analysis: Analysis, sentence: Sentence) -> list[Named]:
    """Organisation names the text spells out, kept when they come with an acronym, stand near a
    claim or suspicion cue, or are the doers of the violence ("People's War Group stormed")."""
    text = sentence.text
    shouting = is_shouting(analysis.text)
    pattern = GROUP_NAME_UPPER if shouting else GROUP_NAME
    found: list[Named] = []
    for m in pattern.finditer(text):
        words = m.group("name").split()
        if shouting:  # the run of name words before the head: "... ITSELF THE X Y UNIT" -> X Y UNIT
            keep = len(words)
            while keep > 0 and not _stops_name(words[keep - 1]):
                keep -= 1
            words = words[keep:]
        while words and words[0].casefold() in ("the", "a", "an"):
            words = words[1:]
        acronym = m.group("acronym")
        if not words or (len(words) < 2 and not acronym):
            continue
        if shouting and not _names_someone(words):
            continue
        name = " ".join(words)
        spans = [w.start() for w in re.finditer(r"\S+", m.group("name"))]
        start = sentence.start + m.start("name") + spans[-len(words)]
        before, after = text[: m.start("name")], text[m.end() :]
        cue = _status_near(text, m.start("name"), m.end(), False) != S.REPORTED
        agent = AGENT_AFTER.search(after) or AGENT_BEFORE.search(before)
        if NEWS_AGENCIES.fullmatch(name) or start < _dateline_end(analysis.text):
            continue
        if acronym or cue or agent:
            kind = ActorKind.STATE_FORCES if _STATE_NAME.match(name) else ActorKind.ARMED_GROUP
            found.append((name, kind, start, sentence.start + m.end("name"), None))
    return found


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
    """The status of the closest cue to an actor's name within the window, read in the cue's
    direction: the claimant stands before "claimed" (or after "claimed by"), the accused after
    "blamed" (or before "was blamed"); "police blamed X" does not make the police suspects."""
    best: tuple[int, ActorStatus] | None = None
    for status, rx in _CUES[1:]:
        if status == S.CLAIMED and nobody_claimed:
            continue
        for m in rx.finditer(text):
            gap = m.start() - end if m.start() >= end else start - m.end()
            if not 0 <= gap <= _WINDOW or (best is not None and gap >= best[0]):
                continue
            if (
                status == S.ACCUSED
                and m.start() >= end
                and not _PASSIVE.search(text[end : m.start()])
            ):
                continue  # the name before "accused" is the accuser
            best = (gap, status)
    return best[1] if best else S.REPORTED


def _names_someone(words: list[str]) -> bool:
    """True when a name has a word of its own beyond kind words and head words."""
    return any(w.casefold() not in UNNAMING_WORDS and not _HEAD_WORD.fullmatch(w) for w in words)


_HEAD_WORD = re.compile(GROUP_HEADS, re.IGNORECASE)


def _stops_name(word: str) -> bool:
    """A word that cannot be part of a name read from upper-case text ("THE", "KILLING")."""
    return word.casefold() in NAME_STOPWORDS or (word.endswith("ING") and len(word) > 5)


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$", re.IGNORECASE)


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
