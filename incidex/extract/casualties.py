"""Casualties: every figure a frame's sentences state, and the headline killed/injured by policy.

Figures are anchored on number phrases ("at least 103", "fifteen", "dozens of") and take their
kind from the verb before them ("killing three", "left 103 dead") or after them ("three people
were killed", "12 soldiers and 3 civilians were killed"). Explicit zeros ("no one was hurt") are
figures with value 0. Scope words ("since October", "this year") keep tolls of many events out of
the headline, and so do the attackers' own deaths.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from incidex.extract.analysis import Analysis, Casualties, Frame, Sentence, frame_text
from incidex.nlp import NUMBER, NUMBER_WORDS, VAGUE, parse_number, speaker
from incidex.schema import Evidence, Figure, FigureKind, Qualifier, Scope, Who

K = FigureKind
_QUAL = (
    r"at least|more than|over|nearly|almost|about|around|some|approximately|roughly|up to"
    r"|as many as|an estimated|a total of|at most|fewer than|less than|close to|upwards of"
    r"|in excess of|a further|another"
)
_VAGUE = "|".join(VAGUE)
# "at least 103", "between 10 and 15", "dozens of", "10 to 15", "fifteen"
_NUMQ = re.compile(
    rf"(?:(?P<q>{_QUAL})\s+)?(?:(?P<between>between)\s+(?P<lo>{NUMBER})\s+and\s+(?P<hi>{NUMBER})"
    rf"|(?P<n>{NUMBER}|{_VAGUE})(?:\s+(?:to|or)\s+(?P<n2>{NUMBER}))?(?:\s+of)?)(?![\w-])",
    re.IGNORECASE,
)
_KILL = (
    r"shot and killed|found dead|shot dead|shot to death|fatally (?:shot|wounded|injured|stabbed)"
    r"|stabbed to death|beaten to death|burned to death|killed|dead|died|slain|murdered"
    r"|massacred|perished|lost their lives|executed|beheaded|deaths|fatalities|bodies|corpses"
)
_HURT = r"injured|wounded|hurt|shot|stabbed|injuries|casualties"
_HOSP = r"hospitali[sz]ed|admitted to (?:the )?hospitals?|taken to (?:the )?hospitals?"
_MISS = r"missing|unaccounted for"
_TAKEN = r"kidnapped|abducted|taken hostage|held hostage|seized"
_HELD = r"arrested|detained|taken into custody|apprehended|captured"
_VERB = f"{_KILL}|{_HOSP}|{_HURT}|{_MISS}|{_TAKEN}|{_HELD}"
_AUX = r"(?:were|was|have been|has been|had been|are|is|got|being|be|remain|remained|are still)"
_ADV = r"(?:(?:also|reportedly|later|critically|seriously|slightly|badly|severely|all|both)\s+)*"
# whom a number counts: up to six words, none of them a verb of the clause, a relative pronoun
# or another number ("a bomb attack that left four children injured" is not one child)
_WHO = (
    r"(?P<who>(?:(?!(?:were|was|are|is|have|has|had|that|which|who|left|leaving|after|when|while"
    rf")\b|(?!an?\b)(?:{NUMBER_WORDS})\b)(?:[a-z][a-z'-]*|\d+-year-olds?)[\s,]+){{0,6}}?)"
)
# after the number: "people were killed", "dead", "Iranian civilians have been wounded"
_TAIL = re.compile(
    rf"\s*{_WHO}(?P<aux>{_AUX}\s+)?{_ADV}(?:found\s+)?(?P<verb>{_VERB})\b", re.IGNORECASE
)
# before the number: "killing", "left", "the death toll rose to", "wounding"
_HEAD = re.compile(
    r"(?P<verb>killing|killed|kills|kill|claimed the lives of|wounding|wounded|injuring|injured"
    r"|hurting|abducting|abducted|kidnapping|kidnapped|seized|arresting|arrested|detaining|detained"
    r"|left|leaving|(?P<toll>(?:death |casualty |fatality )?toll|number of (?:the )?dead)"
    r"(?:\s+\w+){0,4}?\s+(?:(?:has|had|have)\s+)?(?:rose|risen|climbed|reached|stands|stood|is"
    r"|was|of|increased|jumped|now|revised(?: down| up)?)(?:\s+(?:at|to))?)\s+$",
    re.IGNORECASE,
)
_AFTER_LEFT = re.compile(rf"\s*{_WHO}(?P<verb>dead|killed|injured|wounded|hurt)\b", re.IGNORECASE)
_REVISION = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|revised|updated|now stands)\b", re.IGNORECASE
)
_NOT_PEOPLE = re.compile(
    r"[\s-]*(?:km|kilomet|miles?|met(?:er|re)s?|years?|hours?|days?|weeks?|months?|minutes?"
    r"|percent|per cent|%|a\.?m\.?|p\.?m\.?|o'clock|times|dollars|rounds|shots|bullets|cars"
    r"|vehicles|houses|homes|buildings|rockets|bombs|mortars|shells|feet|-year|kg|pounds|tons)\b",
    re.IGNORECASE,
)
_ZERO = re.compile(
    r"\b(?:(?P<nobody>no one|nobody|no-one|none|no people|no civilians|no soldiers)\s+(?:else\s+)?"
    rf"{_AUX}\s+(?:reported\s+)?(?P<zverb>killed|hurt|injured|wounded|harmed|dead)"
    r"|no (?P<noun>casualties|injuries|deaths|fatalities|one was (?:killed|hurt|injured)))\b",
    re.IGNORECASE,
)
_CUMULATIVE = re.compile(
    r"\b(?:since (?:the (?:start|beginning)|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|\d{4}|last)|so far this year|this year|to date"
    r"|in total|over the past|in recent (?:weeks|months|years)|since the war|the conflict has"
    r"|the war has|attacks have killed|attacks this year)\b",
    re.IGNORECASE,
)
# "killed himself", "the gunman was also killed", "one attacker died"
_SELF = re.compile(
    r"\b(?:killed himself|killed herself|blew himself up|blew herself up|turned the gun on himself"
    r"|took his own life|(?:the|a|one|another) (?:\w+ )?(?:gunman|attacker|assailant|bomber"
    r"|shooter|suspect|hijacker) (?:was (?:also |later )?(?:killed|shot dead)"
    r"|(?:also |later )?died))\b",
    re.IGNORECASE,
)
# "one of them has died", "two of the wounded later died": deaths among those counted before
_OF_THEM_DIED = re.compile(
    rf"\b(?P<n>{NUMBER}) of (?:them|the (?:victims|wounded|injured))\s+(?:has |have |had |later )*"
    r"(?:died|was killed|were killed|succumbed)",
    re.IGNORECASE,
)
# "shot himself": one wounded (by accident or on purpose); the stage does not guess which
_SHOT_SELF = re.compile(r"\bshot (?:himself|herself)\b", re.IGNORECASE)
# "a fatal shooting", "the deadly stabbing", "a double homicide": deaths stated without a number
_FATAL_EVENT = re.compile(
    r"\b(?:(?P<fatal>fatal|deadly)|(?P<n>double|triple|quadruple))[ -]"
    r"(?:shooting|stabbing|homicide|murder|killing)s?\b",
    re.IGNORECASE,
)
_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4}
# "Two men were shot, one fatally": one killed and one injured
_SHOT_FATAL = re.compile(
    rf"(?P<n>{NUMBER})\s+(?:[a-z'-]+\s+){{0,3}}?(?:were|have been|had been)\s+shot(?:,|\s+and)\s+"
    rf"(?P<f>{NUMBER}|both|all)\s+(?:of them\s+)?(?:fatally|was killed|died|dead)",
    re.IGNORECASE,
)
_ATTACKER = re.compile(
    r"\b(?:gunm[ae]n|attackers?|assailants?|bombers?|shooters?|suspects?"
    r"|hijackers?|kidnappers?|perpetrators?)\b",
    re.IGNORECASE,
)
_ARMED = re.compile(
    r"\b(?:militants?|insurgents?|rebels?|terrorists?|guerrillas?|subversives?"
    r"|extremists?|fighters?|jihadists?|separatists?)\b",
    re.IGNORECASE,
)
_FORCES = re.compile(
    r"\b(?:soldiers?|troops|police\w*|officers?|guards?|servicem[ae]n|marines"
    r"|security forces|army|militiam[ae]n|gendarmes?|agents?)\b",
    re.IGNORECASE,
)
_CIVIL = re.compile(
    r"\b(?:civilians?|children|women|students?|worshipp\w+|villagers?|peasants"
    r"|residents?|passengers?|shoppers|pilgrims|mourners|bystanders?)\b",
    re.IGNORECASE,
)
_PERSON_END = re.compile(
    r"(?:people|persons|others?|civilians|man|woman|boy|girl|child|teen|teenager|person|baby"
    r"|toddler|infant|mother|father|son|daughter|wife|husband|victim|\d+-year-old"
    r"|\w+(?:men|ers|ists|ians|ants|ents|ees|ies|ren|ts|ns|rs|ls|ys))[\s,]+$|^\s*$",
    re.IGNORECASE,
)


# the nouns right after a number: "12 soldiers", "three others", "at least 103 people"
_STOP = r"(?:and|or|on|in|at|by|during|after|before|when|while|as|near|outside|from|with|to|for)\b"
_NOUNS = re.compile(rf"\s*((?:(?!{_STOP})[a-z][a-z'-]*\s*){{0,3}})", re.IGNORECASE)
_AND = re.compile(r"\s*(?:(?!and\b)[a-z][a-z'-]*\s+){0,3}and\s+", re.IGNORECASE)


def run(analysis: Analysis) -> Analysis:
    """The analysis with the figures of each frame and their headlines."""
    policy = analysis.settings.headline_policy
    out = tuple(_frame(analysis, f, policy) for f in analysis.frames or ())
    return dataclasses.replace(analysis, figures=out)


def _frame(analysis: Analysis, frame: Frame, policy: str) -> Casualties:
    figures: list[Figure] = []
    died = any(_DIED.search(s.text) for s in frame_text(analysis, frame))
    for sentence in frame_text(analysis, frame):
        found = find_figures(sentence.text, sentence.start)
        if analysis.doc is not None:
            found += _singular(analysis.doc, analysis.text, sentence, found, died)
        if found and analysis.doc is not None:
            source = speaker(analysis.doc, analysis.text, sentence.start, sentence.end)
            found = [dataclasses.replace(f, source=source) for f in found]
        figures += found
    figures += _suicide_bomber(analysis, frame, figures)
    killed = headline(figures, K.KILLED, policy)
    injured = _survivors(headline(figures, K.INJURED, policy), killed)
    if injured is not None and injured not in figures:
        figures.append(injured)
    return Casualties(figures=tuple(figures), killed=killed, injured=injured)


# A figure whose words hold a number (not just "a"/"an") outranks one read from a singular noun.
_COUNTED = re.compile(rf"\d|\b(?!an?\b)(?:{NUMBER_WORDS})\b", re.IGNORECASE)
_DEATH_VERBS = {"killed", "died", "dies", "slain", "murdered", "assassinated", "beheaded",
                "executed", "perished", "lynched"}  # fmt: skip
_HURT_VERBS = {"wounded", "injured", "hurt", "shot", "stabbed"}
_NOBODY = {"it", "they", "them", "who", "which", "that", "this", "one", "none", "nobody"}
_MAX_SPAN = 160  # a victim further from its verb than this is no reading we trust


# Words that say someone in the story died: then "the teen was shot" names that victim.
_DIED = re.compile(r"\b(?:died|dies|pronounced dead|dead|killed|fatal\w*|succumbed|homicide)\b",
                   re.IGNORECASE)  # fmt: skip


def _singular(
    doc: Any, text: str, sentence: Sentence, found: list[Figure], died: bool
) -> list[Figure]:
    """One victim named without a number: "the district official died", "Gunmen shot and
    killed Ali Amin", "He was shot in the leg" (read from the parse). In a story where someone
    died, "he was shot" is read as that death, not as another person wounded."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    out: list[Figure] = []
    for verb in span if span is not None else ():
        word = verb.lower_
        victim = _victim(verb) if word in _DEATH_VERBS | _HURT_VERBS else None
        if victim is None or any(_covers(f, verb.idx) for f in found + out):
            continue
        first = min(
            (
                t
                for t in victim.subtree
                if t.dep_ in ("compound", "det", "amod", "poss") or t.i == victim.i
            ),
            key=lambda t: t.i,
        )  # "Ali Muhammad Amin", "the driver"
        start = min(first.idx, verb.idx)
        end = max(verb.idx + len(verb.text), victim.idx + len(victim.text))
        if end - start > _MAX_SPAN:
            continue
        fatal = word in _DEATH_VERBS or _fatally(verb) or (died and word in ("shot", "stabbed"))
        kind = K.KILLED if fatal else K.INJURED
        who = text[first.idx : victim.idx + len(victim.text)]
        ev = Evidence(start=start, end=end, text=text[start:end])
        out.append(Figure(kind=kind, value=1, who=_who(who), who_text=who, evidence=ev))
    return out


def _victim(verb: Any) -> Any:
    """The one person a verb says was harmed, or None (plural, counted, or no person)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    intransitive = verb.lower_ in ("died", "dies", "perished")
    deps = ("nsubjpass", "nsubj") if passive or intransitive else ("dobj",)
    for child in verb.children:
        singular = child.tag_ in ("NN", "NNP", "PRP") and child.lower_ not in _NOBODY
        counted = any(c.dep_ == "nummod" for c in child.children)
        if child.dep_ in deps and singular and not counted:
            return child
    return None


def _fatally(verb: Any) -> bool:
    """ "shot and killed", "shot dead", "fatally shot" """
    siblings = [c.lower_ for c in verb.children] + [verb.head.lower_]
    return any(w in ("fatally", "dead", "killed") for w in siblings)


def _covers(figure: Figure, offset: int) -> bool:
    ev = figure.evidence
    return ev is not None and ev.start <= offset < ev.end


_BOMBER = re.compile(r"\bsuicide (?:bomber|attacker)\b", re.IGNORECASE)


def _suicide_bomber(analysis: Analysis, frame: Frame, figures: list[Figure]) -> list[Figure]:
    """A completed suicide bombing kills its bomber: one attacker dead, kept apart from the
    victims (GTD's totals count him), unless the text already gives the attackers' deaths."""
    if not frame.suicide or frame.outcome != "completed":
        return []
    if any(f.who == Who.ATTACKERS and f.kind == K.KILLED for f in figures):
        return []
    for sentence in frame_text(analysis, frame):
        m = _BOMBER.search(sentence.text)
        if m:
            ev = _evidence(sentence.text, m.start(), m.end())
            ev = Evidence(
                start=ev.start + sentence.start, end=ev.end + sentence.start, text=ev.text
            )
            return [
                Figure(kind=K.KILLED, value=1, who=Who.ATTACKERS, who_text=m.group(0), evidence=ev)
            ]
    return []


def _survivors(injured: Figure | None, killed: Figure | None) -> Figure | None:
    """ "Four teenagers were shot ... one of them has died": 3 wounded, not 4. A count of people
    shot includes those who died, so the dead are taken out of it (GVA counts them apart)."""
    if injured is None or killed is None or injured.value is None or killed.value is None:
        return injured
    shot = injured.evidence is not None and re.search(r"\bshot$", injured.evidence.text)
    if not shot or not 0 < killed.value <= injured.value:
        return injured
    return dataclasses.replace(
        injured, value=injured.value - killed.value, low=None, high=None, qualifier=Qualifier.EXACT
    )


def headline(figures: list[Figure], kind: FigureKind, policy: str) -> Figure | None:
    """The headline figure of a kind: victims, incident scope, not a part of a larger figure.

    `latest`: the last revision ("the toll rose to 40") if there is one, else the first figure
    stated, since a news lead gives the current total and later sentences its parts or updates
    of them. `conservative`: the lowest; `highest`: the highest."""
    of_kind = [f for f in figures if f.kind == kind]
    parts = _parts(of_kind)
    pool = [
        f
        for i, f in enumerate(of_kind)
        if f.scope == Scope.INCIDENT and f.who != Who.ATTACKERS and i not in parts
    ]
    counted = [f for f in pool if f.evidence and _COUNTED.search(f.evidence.text)]
    pool = counted or pool  # "a fatal shooting", "the driver died" give way to a stated number
    if not pool:
        return None
    if policy == "conservative":
        return min(pool, key=_size)
    if policy == "highest":
        return max(pool, key=_size)
    revised = [f for f in pool if f.evidence and _REVISION.search(f.evidence.text)]
    return revised[-1] if revised else pool[0]


def _parts(figures: list[Figure]) -> set[int]:
    """Indexes of figures whose evidence lies inside a larger figure's ("12 soldiers" inside "12
    soldiers and 3 civilians were killed"): one sweep over the spans sorted by start."""
    spans = sorted(
        (f.evidence.start, -f.evidence.end, i) for i, f in enumerate(figures) if f.evidence
    )
    parts: set[int] = set()
    reach = (-1, -1)  # the span reaching furthest so far
    for start, neg_end, i in spans:
        end = -neg_end
        if reach[1] >= end and (reach[0], reach[1]) != (start, end):
            parts.add(i)
        if end > reach[1]:
            reach = (start, end)
    return parts


def _size(figure: Figure) -> int:
    return figure.value if figure.value is not None else (figure.low or figure.high or 0)


@dataclass(frozen=True, slots=True)
class _Hit:
    """A number phrase and, once read, its kind, evidence bounds and whom it counts."""

    m: re.Match[str]
    kind: FigureKind | None = None
    start: int = 0
    end: int = 0
    who: str = ""
    qualifier: str | None = None  # carried from an earlier number joined by "and"


_INCLUDING = re.compile(
    rf",?\s*\b(?:including|among them)\s+(?:{NUMBER})\s+(?:[a-z'-]+\s+){{0,2}}?[a-z'-]+"
    r"(?=\s*,|\s+(?:were|was|have|had|are)\b)",
    re.IGNORECASE,
)


def find_figures(text: str, offset: int = 0) -> list[Figure]:
    """The figures one sentence states; evidence offsets are `offset` + position in `text`."""
    scope = Scope.CUMULATIVE if _CUMULATIVE.search(text) else Scope.INCIDENT
    # Parts of a count are read as part of its words: "another twenty, including three
    # policemen, were wounded" is 20. Blanked to spaces, so that offsets stay those of `text`.
    plain = _INCLUDING.sub(lambda m: " " * len(m.group(0)), text)
    hits = _link([_read(m, plain) for m in _NUMQ.finditer(plain) if _is_count(m, plain)], plain)
    _carry_qualifiers(hits, plain)
    fatal = _shot_fatal(text)
    shot = {f.evidence.start for f in fatal if f.evidence}
    figures = _zeros(text) + _attackers_self(text) + fatal + _fatal_events(text) + _others(text)
    for group in _groups(hits, text):
        if len(group) > 1:
            figures.append(_total(group, text))
        figures += [_figure(h, text) for h in group if h.start not in shot]
    return [_place(f, offset, scope) for f in figures]


def _carry_qualifiers(hits: list[_Hit], text: str) -> None:
    """ "at least 103 people killed and 211 injured": the second number is "at least" too."""
    for i in range(1, len(hits)):
        prev, cur = hits[i - 1], hits[i]
        joined = re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[prev.end : cur.m.start()])
        if prev.kind and cur.kind and prev.m.group("q") and not cur.m.group("q") and joined:
            hits[i] = dataclasses.replace(cur, qualifier=prev.m.group("q"))


def _others(text: str) -> list[Figure]:
    """ "one of them has died" (killed) and "shot himself" (injured)."""
    out = []
    for m in _OF_THEM_DIED.finditer(text):
        value = parse_number(m.group("n"))
        if value is not None:
            out.append(
                Figure(kind=K.KILLED, value=value, evidence=_evidence(text, m.start(), m.end()))
            )
    for m in _SHOT_SELF.finditer(text):
        if not _SELF.search(text):
            out.append(
                Figure(kind=K.INJURED, value=1, evidence=_evidence(text, m.start(), m.end()))
            )
    return out


def _fatal_events(text: str) -> list[Figure]:
    """ "a fatal shooting" states at least one death; "a double homicide" two."""
    out = []
    for m in _FATAL_EVENT.finditer(text):
        ev = _evidence(text, m.start(), m.end())
        if m.group("n"):
            out.append(Figure(kind=K.KILLED, value=_MULTIPLE[m.group("n").casefold()], evidence=ev))
        else:
            out.append(
                Figure(kind=K.KILLED, value=1, low=1, qualifier=Qualifier.AT_LEAST, evidence=ev)
            )
    return out


def _shot_fatal(text: str) -> list[Figure]:
    out = []
    for m in _SHOT_FATAL.finditer(text):
        shot = parse_number(m.group("n"))
        word = m.group("f").casefold()
        fatal = shot if word in ("both", "all") else parse_number(word)
        if shot is None or fatal is None or fatal > shot:
            continue
        ev = _evidence(text, m.start(), m.end())
        out += [
            Figure(kind=K.KILLED, value=fatal, evidence=ev),
            Figure(kind=K.INJURED, value=shot - fatal, evidence=ev),
        ]
    return out


def _is_count(m: re.Match[str], text: str) -> bool:
    if _NOT_PEOPLE.match(text, m.end()):
        return False
    n = (m.group("n") or "").strip()
    if re.fullmatch(r"(?:19|20)\d\d", n):  # a year, not a count
        return False
    return not (n.casefold() in ("a", "an", "one") and re.match(r"\s+of\b", text[m.end() :]))


def _read(m: re.Match[str], text: str) -> _Hit:
    """A number's reading from the verb before it ("killing three") or after it ("were killed")."""
    window = max(0, m.start() - 60)
    head = _HEAD.search(text[window : m.start()])
    if head and head.group("verb").casefold() in ("left", "leaving"):
        after = _AFTER_LEFT.match(text, m.end())  # "left 103 dead", "left 5 people injured"
        if after is None:
            return _Hit(m)
        return _Hit(
            m, _kind(after.group("verb")), window + head.start(), after.end(), after.group("who")
        )
    if head:
        kind = K.KILLED if head.group("toll") else _kind(head.group("verb"))
        return _with_nouns(_Hit(m, kind, window + head.start()), text)
    tail = _TAIL.match(text, m.end())
    if tail and _passive_or_person(tail):
        return _Hit(m, _kind(tail.group("verb")), m.start(), tail.end(), tail.group("who"))
    return _Hit(m)


def _with_nouns(hit: _Hit, text: str) -> _Hit:
    nouns = _NOUNS.match(text, hit.m.end())
    words = nouns.group(1).strip() if nouns else ""
    end = nouns.start(1) + len(nouns.group(1).rstrip()) if nouns and words else hit.m.end()
    return dataclasses.replace(hit, end=end, who=words)


def _link(hits: list[_Hit], text: str) -> list[_Hit]:
    """Numbers joined by "and" share one verb: "killed 12 soldiers and 3 civilians" forward,
    "12 soldiers and 3 civilians were killed" backward."""
    for i in range(1, len(hits)):
        prev, cur = hits[i - 1], hits[i]
        if prev.kind and not cur.kind and _AND.fullmatch(text, prev.end, cur.m.start()):
            hits[i] = _with_nouns(
                dataclasses.replace(cur, kind=prev.kind, start=cur.m.start()), text
            )
    for i in range(len(hits) - 2, -1, -1):
        cur, nxt = hits[i], hits[i + 1]
        before_verb = nxt.kind is not None and nxt.start == nxt.m.start()
        if not cur.kind and before_verb and _AND.fullmatch(text, cur.m.end(), nxt.m.start()):
            hits[i] = _with_nouns(
                dataclasses.replace(cur, kind=nxt.kind, start=cur.m.start()), text
            )
    return hits


def _groups(hits: list[_Hit], text: str) -> list[list[_Hit]]:
    """Read hits, with those joined by "and" into one verb's group."""
    groups: list[list[_Hit]] = []
    for hit in hits:
        if hit.kind is None:
            continue
        last = groups[-1][-1] if groups else None
        if last and last.kind == hit.kind and _AND.fullmatch(text, last.end, hit.m.start()):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


def _total(group: list[_Hit], text: str) -> Figure:
    parts = [_figure(h, text) for h in group]
    if any(p.value is None for p in parts):
        return parts[0]
    start, end = min(h.start for h in group), max(h.end for h in group)
    total = sum(p.value or 0 for p in parts)
    return Figure(kind=parts[0].kind, value=total, evidence=_evidence(text, start, end))


# "37 injured people had been admitted", "141 injured were delivered to hospitals"
_TO_HOSPITAL = re.compile(
    r"\s*(?:people\s+|persons\s+)?(?:had been|have been|were|was)?\s*"
    r"(?:admitted|delivered to|taken to|rushed to|brought to|treated)",
    re.IGNORECASE,
)


def _figure(hit: _Hit, text: str) -> Figure:
    kind = hit.kind or K.INJURED  # only read hits (kind set) reach here
    if kind == K.INJURED and _TO_HOSPITAL.match(text, max(hit.end, hit.m.end())):
        kind = K.HOSPITALISED
    value, low, high, qualifier = _bounds(hit.m, hit.qualifier)
    words = [w for w in hit.who.split() if w.casefold() not in ("of", "the")]
    who_text = " ".join(words) or None
    end = max(hit.end, hit.m.end())
    return Figure(
        kind=kind,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        who=_who(who_text or ""),
        who_text=who_text,
        evidence=_evidence(text, hit.start, end),
    )


def _evidence(text: str, start: int, end: int) -> Evidence:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def _place(figure: Figure, offset: int, scope: Scope) -> Figure:
    ev = figure.evidence
    moved = Evidence(start=ev.start + offset, end=ev.end + offset, text=ev.text) if ev else None
    scope = scope if figure.value != 0 else Scope.INCIDENT
    return dataclasses.replace(figure, evidence=moved, scope=scope)


def _passive_or_person(tail: re.Match[str]) -> bool:
    """ "a bomb killed" is no figure; "a policeman was killed", "two people died", "3 dead" are."""
    verb = tail.group("verb").casefold()
    if tail.group("aux") or verb in ("dead", "died", "perished", "deaths", "fatalities", "bodies"):
        return True
    return bool(_PERSON_END.search(tail.group("who")))


def _kind(verb: str) -> FigureKind:
    verb = verb.casefold()
    table = (
        (K.KILLED, _KILL),
        (K.HOSPITALISED, _HOSP),
        (K.MISSING, _MISS),
        (K.KIDNAPPED, _TAKEN),
        (K.ARRESTED, _HELD),
    )
    if verb.startswith(("kill", "claimed")):
        return K.KILLED
    if verb.startswith(("abduct", "kidnap", "seiz")):
        return K.KIDNAPPED
    if verb.startswith(("arrest", "detain")):
        return K.ARRESTED
    for kind, pattern in table:
        if re.fullmatch(pattern, verb):
            return kind
    return K.INJURED


def _bounds(
    m: re.Match[str], carried: str | None = None
) -> tuple[int | None, int | None, int | None, Qualifier]:
    """Value, low, high and qualifier of a number phrase (DESIGN.md's rules for bounds)."""
    if m.group("between"):
        return None, parse_number(m.group("lo")), parse_number(m.group("hi")), Qualifier.RANGE
    word = m.group("n").casefold()
    if word in VAGUE:
        return None, VAGUE[word], None, Qualifier.VAGUE
    n = parse_number(word)
    if n is None:
        return None, None, None, Qualifier.VAGUE
    if m.group("n2"):
        return None, n, parse_number(m.group("n2")), Qualifier.RANGE
    q = (m.group("q") or carried or "").casefold()
    if q == "at least":
        return n, n, None, Qualifier.AT_LEAST
    if q in ("more than", "over", "upwards of", "in excess of"):
        return n, n + 1, None, Qualifier.MORE_THAN
    if q in ("up to", "as many as", "at most"):
        return n, None, n, Qualifier.AT_MOST
    if q in ("fewer than", "less than"):
        return n, None, n - 1, Qualifier.AT_MOST
    if q in (
        "nearly",
        "almost",
        "about",
        "around",
        "some",
        "approximately",
        "roughly",
        "an estimated",
        "close to",
    ):
        return n, None, None, Qualifier.ABOUT
    return n, None, None, Qualifier.EXACT


def _who(words: str) -> Who:
    for pattern, who in (
        (_ATTACKER, Who.ATTACKERS),
        (_ARMED, Who.ARMED_GROUP),
        (_FORCES, Who.SECURITY_FORCES),
        (_CIVIL, Who.CIVILIANS),
    ):
        if pattern.search(words):
            return who
    return Who.UNKNOWN


def _zeros(text: str) -> list[Figure]:
    """ "no one was hurt" -> injured 0; "there were no casualties" -> killed 0 and injured 0."""
    out = []
    for m in _ZERO.finditer(text):
        word = (m.group("zverb") or m.group("noun") or "").casefold()
        if word == "casualties":
            kinds = [K.KILLED, K.INJURED]
        elif word.startswith(("kill", "dead", "death", "fatal", "one was k")):
            kinds = [K.KILLED]
        else:
            kinds = [K.INJURED]
        out += [
            Figure(kind=k, value=0, evidence=_evidence(text, m.start(), m.end())) for k in kinds
        ]
    return out


def _attackers_self(text: str) -> list[Figure]:
    """ "the gunman killed himself": one attacker dead, kept apart from the victims."""
    return [
        Figure(
            kind=K.KILLED,
            value=1,
            who=Who.ATTACKERS,
            who_text=m.group(0),
            evidence=_evidence(text, m.start(), m.end()),
        )
        for m in _SELF.finditer(text)
    ]
