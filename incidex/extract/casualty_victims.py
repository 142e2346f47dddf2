"""Casualty victims named without a number: read from the parse, or from a headline's words.

"Gunmen shot and killed Ali Amin", "the mayor and his driver were killed", "Boy, 8, shot in
Lawndale": one figure per victim (or pair), dead or hurt by the verb and the story.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from incidex.extract.analysis import Sentence
from incidex.extract.casualty_idioms import SHOT_SELF
from incidex.extract.casualty_numbers import shifted, span_evidence
from incidex.extract.casualty_who import PERSON, who_of
from incidex.extract.casualty_words import (
    CHARGED,
    EARLIER_KILLING,
    FIRED_ON,
    LIMB,
    LIVED,
    LIVED_BEFORE,
    scope_of,
)
from incidex.nlp import NUMBER, aside_chars, cue_tokens, doc_text, parse_number
from incidex.schema import Evidence, Figure, FigureKind, Scope, Who

K = FigureKind

_DEATH_VERBS = {"killed", "died", "dies", "slain", "murdered", "assassinated", "beheaded",
                "executed", "perished", "lynched", "decapitated", "hanged", "strangled",
                "killing", "kills", "kill", "succumbed"}  # fmt: skip

_HURT_VERBS = {"wounded", "injured", "hurt", "shot", "stabbed", "wounding", "injuring"}

# nouns of a killing whose "of" names the victim: "the assassination of Hector Oqueli"
_KILLING_NOUNS = {"murder", "assassination", "killing", "slaying"}

# taken into care: "the head of the council was hospitalized" (those hospitalised, not a count)
_CARE_VERBS = {"hospitalized", "hospitalised"}

# a word whose victim is read
_HARM_WORDS = _DEATH_VERBS | _HURT_VERBS | _KILLING_NOUNS | _CARE_VERBS

_NOBODY = {"it", "they", "them", "who", "which", "that", "this", "one", "none", "nobody", "body",
           "family", "group", "crowd", "convoy", "anyone", "someone", "everyone"}  # fmt: skip

_MAX_SPAN = 160  # a victim further from its verb than this is no reading we trust

# "Ali Amin was killed along with two of his bodyguards": those named after "along with" count too;
# not across a new clause ("died when he, along with six others, was attacked": they were attacked)
_ALONG = re.compile(r"(?:(?!\b(?:when|as|after|while|because|before)\b)[^.;]){0,60}?"
                    rf"(?:along with|together with|as well as) (?P<n>{NUMBER})\b"
                    r"(?!\s+of (?:the|them)\b)",
                    re.IGNORECASE)  # fmt: skip

# Words that say someone in the story died: then "the teen was shot" names that victim. Not the
# idioms "woke from a dead sleep", "a dead end", nor "a non-fatal shooting".
DIED = re.compile(
    r"\b(?:died|dies|pronounced dead|dead(?![\s-]+(?:sleep|end|ends|bolt|of night|serious|set)\b)"
    r"|killed|(?<!\bnon-)(?<!\bnon )fatal\w*|succumbed|homicide|to death"
    r"|passed away|murdered|slain|assassinated|(?<!attempted )assassination(?! attempt))\b",
    re.IGNORECASE,
)


def named_victims(
    doc: Any, text: str, sentence: Sentence, found: list[Figure], died: bool
) -> list[Figure]:
    """Victims named without a number: "the district official died", "Gunmen shot and killed
    Ali Amin", "He was shot in the leg", "the mayor and his driver were killed" (read from the
    parse). In a story where someone died, "he was shot" is read as that death, not as another
    person wounded."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    out: list[Figure] = []
    for verb in cue_tokens(doc, span, _HARM_CUES) if span is not None else ():
        word = _verb_word(verb)
        harm = word in _HARM_WORDS
        victim = _victim(verb, word) if harm else None
        if victim is None or (verb.lower_ in _PRONOUNCED and victim.tag_ == "PRP"):
            continue  # "he was pronounced dead": the one told of as shot before, read so
        first = min(
            (
                t
                for t in victim.subtree
                if t.dep_ in ("compound", "det", "amod", "poss", "nummod") or t.i == victim.i
            ),
            key=lambda t: t.i,
        )  # "Ali Muhammad Amin", "the driver"
        others = [
            c
            for c in (_before_break(c, victim, text) for c in victim.conjuncts)
            if c is not None and c.i > victim.i and c.pos_ in ("NOUN", "PROPN")
        ]
        if _singular_verb(verb, victim) or victim.tag_ == "NNS":
            # "President of the party and former minister, Ali Khan, was killed": one; "two
            # journalists, a Canadian and a Pakistani, were beaten": those two
            others = []
        last = max([victim, *others], key=lambda t: t.i)
        start = min(first.idx, verb.idx)
        end = max(verb.idx + len(verb.text), last.idx + len(last.text), _wounds_end(verb))
        # victims joined by "and" as the verb's own subject or object: their appositives may run
        # long ("X and his son, the uncle and cousin of Y, an official of Z, were killed")
        listed = bool(others) and victim.head.i == verb.i
        # ... a bracketed aside between them, hidden from the parser, no part of the distance
        if end - start - aside_chars(text, start, end) > _MAX_SPAN * (1.5 if listed else 1):
            continue
        value = _conjunct_count(victim) + sum(_conjunct_count(c) for c in others)
        if not others and _AND_ONE.fullmatch(text, last.idx + len(last.text), verb.idx):
            value = 2  # "Colonel Ibrahim and his driver sustained wounds", misparsed
        along = _ALONG.match(text, end) if end >= verb.idx + len(verb.text) else None
        if along and parse_number(along.group("n")):
            value += parse_number(along.group("n")) or 0
            end = along.end()
        fatal = word in _DEATH_VERBS or word in _KILLING_NOUNS or _fatally(verb)
        # in a story where someone died, "he was shot" or "he suffered wounds" is that death
        # ("he", not "his passenger", who is someone new)
        # ... so is a surname alone, someone told of before ("Smith, who lived nearby, suffered")
        told = victim.tag_ == "PRP" or (victim.pos_ == "PROPN" and first.i == victim.i)
        suffered = verb.lower_ in _SUFFER - _SURVIVE and told
        described = victim.i == verb.head.i  # "her son, who was also shot": someone described anew
        # ... unless the clause tells the person lived ("was shot in the leg, but survived")
        lived = bool(LIVED.match(text, verb.idx, sentence.end) or LIMB.match(text, verb.idx))
        # ... or did before it, in a sentence that tells no death ("a girl is recovering in the
        # hospital after she was shot")
        lived = lived or bool(
            LIVED_BEFORE.search(text, sentence.start, verb.idx) and not DIED.search(sentence.text)
        )
        fatal = fatal or (
            died and not described and not lived and (word in ("shot", "stabbed") or suffered)
        )
        kind = K.KILLED if fatal else K.INJURED
        if word in _CARE_VERBS:
            # in a story of a death, "he was hospitalized" is often the one who died
            if (died and told) or _DIED_LATER.match(text, verb.idx, sentence.end):
                continue
            kind = K.HOSPITALISED
        # read already, unless the parse finds more victims of that harm, joined by "and"; a
        # count the parse reads only where the words read none
        counted = _conjunct_count(victim) > 1
        if any(
            _covers(f, verb.idx) and (counted or f.kind != kind or (f.value or 0) >= value)
            for f in found + out
        ):
            continue
        who = text[first.idx : last.idx + len(last.text)]
        ev = Evidence(start=start, end=end, text=text[start:end])
        if value > 1 and others and who_of(victim.text) == Who.ATTACKERS:
            # "the blast killed the bomber and one other person": the bomber apart, one victim
            bomber = text[first.idx : victim.idx + len(victim.text)]
            out.append(Figure(kind=kind, value=1, who=Who.ATTACKERS, who_text=bomber, evidence=ev))
            value, who = value - 1, text[others[0].left_edge.idx : last.idx + len(last.text)]
        # a count the parse reads keeps the sentence's scope ("in the past two months, eight
        # youths have been killed"); one named victim is this event's
        scope = scope_of(sentence.text) if counted else Scope.INCIDENT
        figure = Figure(kind=kind, value=value, who=who_of(who), who_text=who, evidence=ev)
        out.append(dataclasses.replace(figure, scope=scope))
    # "McLean sustained a wound ... and was pronounced dead": the one named died of that wound
    dead = {f.who_text for f in out if f.kind == K.KILLED and f.value == 1}
    return [f for f in out if not (f.kind == K.INJURED and f.value == 1 and f.who_text in dead)]


# the one taken to hospital died there: "was hospitalized but died the next day"
_DIED_LATER = re.compile(r"[^.;]*?\b(?:died|dies|dead|succumbed)\b", re.IGNORECASE)


# a blank line between paragraphs (not the hard line wrap of wire text)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _before_break(conjunct: Any, victim: Any, text: str) -> Any:
    """The conjunct of `victim`, or where the parse joins it past a blank line (a headline's last
    victim joined to the dateline below it: "shot sleeping mom, brother\n\nNEW STANTON, Pa."),
    the last noun before the break ("brother"), or None."""
    if not _BLANK_LINE.search(text, victim.idx, conjunct.idx):
        return conjunct
    words = [t for t in conjunct.subtree if victim.i < t.i <= conjunct.i]
    before = [
        t
        for t in words
        if t.pos_ in ("NOUN", "PROPN") and not _BLANK_LINE.search(text, victim.idx, t.idx)
    ]
    return before[-1] if before else None


def _singular_verb(verb: Any, victim: Any) -> bool:
    """Whether the victim is its verb's subject and the verb is singular ("was", "has")."""
    if victim.head.i != verb.i or victim.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in verb.children
    )


def _verb_word(verb: Any) -> str:
    """The verb's word, with "passed away" read as "died" and "sustained injuries" as "hurt"."""
    lower = verb.lower_  # asked of every word of a sentence: spaCy makes the string on each ask
    if lower == "passed" and any(c.lower_ == "away" for c in verb.children):
        return "died"
    if lower in _PRONOUNCED and any(c.lower_ in ("dead", "deceased") for c in verb.children):
        return "died"  # "Terrell Skinner, 26, was pronounced dead at the scene"
    if lower == "found" and any(
        c.lower_ == "dead" or (c.lower_ in ("shot", "stabbed", "beaten") and _fatally(c))
        for c in verb.children
    ):
        return "died"  # "he was found dead", "he was found shot to death"
    if lower == "escaped" and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(w.lower_ in _WOUNDS for w in c.children)
        for c in verb.children
    ):
        return "hurt"  # "the judge escaped with minor injuries"
    if lower in _SUFFER:
        wounds = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WOUNDS]
        if wounds:
            fatal = any(a.lower_ in ("fatal", "mortal") for a in wounds[0].children)
            return "died" if fatal else "hurt"
    return str(lower)


_WOUNDS = {"injuries", "injury", "wounds", "wound", "burns"}


def _wounds_end(verb: Any) -> int:
    """Where the wounds "escaped" was told with end ("escaped with minor injuries"), else 0."""
    if verb.lower_ != "escaped":
        return 0
    wounds = [w for c in verb.children if c.lower_ == "with" for w in c.children]
    return max((w.idx + len(w.text) for w in wounds if w.lower_ in _WOUNDS), default=0)


# one more person between a victim and the verb, where the parse found no conjunct
_AND_ONE = re.compile(
    r"\s+and\s+(?:his|her|their|a|an|the)\s+[\w-]+\s+(?:(?:were|have been|had been|also)\s+)*",
    re.IGNORECASE,
)

_PRONOUNCED = ("pronounced", "declared")

# a noun of amount names no one person: "injuring a number of people", "an unspecified number
# were wounded", "a handful were hurt"
_AMOUNTS = {"number", "handful"}

_MODALS = {"might", "could", "would", "may", "will", "should", "can", "must"}

_EVERY = {"each", "every", "any", "no"}

_SUFFER = {"sustained", "suffered", "received", "sustains", "suffers", "survived", "survives"}
_SURVIVE = {"survived", "survives"}  # "a seventh victim survived gunshot wounds": no death

# every word `_verb_word` may read as a harm: the words named there, and the harms themselves
_HARM_CUES = frozenset({"passed", "found", "escaped", *_PRONOUNCED, *_SUFFER, *_HARM_WORDS})


def _conjunct_count(token: Any) -> int:
    """How many people a conjunct names: "two peasants" 2, "his driver" 1."""
    for child in token.children:
        if child.dep_ == "nummod":
            return parse_number(child.text) or 1
    return 1


def _victim(verb: Any, word: str) -> Any:
    """The one person a verb says was harmed, or None (plural, counted, or no person)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "his wife, who was not hurt"
    if word == "shot" and _FIRED_ON.match(doc_text(verb.doc), verb.idx + len(verb)):
        return None  # "the car of a journalist was shot at by gunmen": fired on
    # "he called 911 to say that he might hurt himself or others"; not "he would later die"
    later = any(c.lower_ in ("later", "eventually", "soon") for c in verb.children)
    if not later and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    intransitive = word in ("died", "dies", "perished", "succumbed") or verb.lower_ in _SUFFER
    intransitive = intransitive or verb.lower_ == "escaped"
    deps = ("nsubjpass", "nsubj") if passive or intransitive else ("dobj",)
    shared = _shared_subject(verb, intransitive)
    if shared is not None:  # "X was dragged from his car and beaten": X was beaten
        verb, deps = shared, ("nsubjpass", "nsubj")
    if word in _KILLING_NOUNS - _DEATH_VERBS and verb.pos_ != "NOUN":
        return None  # "to murder him" is a threat, not a death
    if word in _KILLING_NOUNS and verb.pos_ == "NOUN":  # "the murder of the former minister"
        before = verb.sent.text[: verb.idx - verb.sent.start_char]
        if EARLIER_KILLING.search(before) or CHARGED.search(before):
            return None  # "in revenge for the murder of", "charged with the murder of"
        deps = ("pobj",)
        verb = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if verb is None:
            return None
    for child in [*verb.children, *_death_subjects(verb, word)]:
        # "Ana Ruiz, who was murdered": Ana Ruiz; a name only ("a man who died" is often
        # someone else the story mentions)
        relative = child.lower_ == "who" and child.dep_ in deps and verb.dep_ == "relcl"
        relative = relative and verb.head.tag_ == "NNP"
        person = verb.head if relative else child
        singular = person.tag_ in ("NN", "NNP", "PRP") and person.lower_ not in _NOBODY
        singular = singular and person.lower_ not in _AMOUNTS
        singular = singular or _titled(person) or (not relative and _one_was(person, verb))
        # "each victim suffered more than one gunshot wound": every one of them, no one more
        singular = singular and not any(c.lower_ in _EVERY for c in person.children)
        counted = any(c.dep_ == "nummod" for c in person.children)
        if (relative or child.dep_ in deps) and singular and not counted:
            return person
        if child.dep_ == "nsubjpass" and counted and _new_count(person, verb):
            return person  # "two members of the council in the ... of Baghdad were killed"
        if child.dep_ in deps:
            return None  # a verb has one subject: "two members ... were killed" counts them
    return None


_FIRED_ON = re.compile(FIRED_ON)


def _death_subjects(verb: Any, word: str) -> list[Any]:
    """The subject a death verb shares with the verb it is joined to: "McLean sustained a wound
    ... and was later pronounced deceased" (McLean); none where the verb has its own."""
    if word not in ("died", "succumbed"):
        return []
    while verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        verb = verb.head  # "sustained a wound, was transported ..., and was pronounced dead"
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects
    return []


_SUBJECTS = ("nsubj", "nsubjpass")


def _new_count(person: Any, verb: Any) -> bool:
    """A counted plural subject of a plural verb that counts people anew: not "the two men", who
    were counted before, nor a subject of "was"."""
    definite = any(c.dep_ in ("det", "poss") for c in person.children)
    plural = not any(c.lower_ in ("was", "is", "has") for c in verb.children)
    return person.tag_ == "NNS" and plural and not definite


def _shared_subject(verb: Any, intransitive: bool) -> Any:
    """The verb whose subject a verb without one of its own shares: the first of verbs joined
    by "and" ("X was dragged from his car and beaten", "she survived but sustained injuries"),
    or the verb of report before "to be" ("he was said to be critically injured"); else None."""
    own = ("nsubj", "nsubjpass") if intransitive else ("nsubj", "nsubjpass", "dobj")
    if any(c.dep_ in own for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acomp" and head.lower_ == "be" and head.dep_ == "xcomp":
        head = head.head  # "was said to be injured", "is believed to be wounded"
        return head if head.lower_ in _REPORT else None
    first_passive = any(c.dep_ == "auxpass" for c in head.children)
    joined = any(
        c.dep_ == "cc" and c.lower_ in ("and", "but")
        for t in (head, *head.conjuncts)
        for c in t.children
    )
    if verb.dep_ != "conj" or not head.tag_.startswith("VB") or not joined:
        return None  # not "injured or killed": either, not both
    return head if first_passive or intransitive else None


_REPORT = {"said", "reported", "believed", "thought", "known"}


# titles before a name: "Ms Dolores Casanova" is one person even where a lower-cased wire text
# leaves the parser reading "dolores" as a plural noun
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "father", "msgr", "monsignor", "colonel", "col",
           "general", "gen", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant",
           "sgt", "judge", "senator", "mayor", "minister", "attorney", "bishop", "governor",
           "deputy", "councilman", "congressman", "inspector", "commander"}  # fmt: skip


def _titled(person: Any) -> bool:
    """A plural-tagged noun with a title before it: a name ("ms dolores", "inspector eulogio
    flores", where the title heads a compound of the compound); or a plural-tagged proper noun
    ending a name ("Oscar Gonzales Grisales")."""
    compounds = [c for c in person.children if c.dep_ == "compound"]
    if person.tag_ == "NNPS" and any(c.tag_ == "NNP" for c in compounds):
        return True
    return bool(
        person.tag_ == "NNS"
        and any(
            t.dep_ == "compound" and t.lower_.rstrip(".") in _TITLES
            for t in person.subtree
            if t.i < person.i
        )
    )


def _one_was(person: Any, verb: Any) -> bool:
    """The subject of a passive verb whose auxiliary is singular: "flores was killed" names one
    person, where a lower-cased wire text leaves the parser reading the name as a plural noun or
    an adjective (not "no one was hurt", "none was killed")."""
    return (
        person.dep_ == "nsubjpass"
        and person.tag_ not in ("PRP", "WP", "WDT", "DT", "CD", "EX")  # "lopez" read as JJ
        and person.lower_ not in _NOBODY
        and not any(c.lower_ in ("no", "none", "neither") for c in person.children)
        and any(c.dep_ == "auxpass" and c.lower_ == "was" for c in verb.children)
    )


def _fatally(verb: Any) -> bool:
    """ "shot and killed", "shot dead", "fatally shot", "shot to death" """
    siblings = [c.lower_ for c in verb.children] + [verb.head.lower_]
    to_death = any(c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                   for c in verb.children)  # fmt: skip
    # "shot and left to bleed to death"
    bled = any(t.lower_ in ("bleed", "bled") for t in verb.subtree if t.i > verb.i)
    # "killed" beside it only for "shot and killed": "X was wounded and Y was killed" is no
    # death of X
    killed = verb.lower_ in ("shot", "stabbed", "beaten") and "killed" in siblings
    return to_death or bled or killed or any(w in ("fatally", "dead") for w in siblings)


def _covers(figure: Figure, offset: int) -> bool:
    ev = figure.evidence
    return ev is not None and ev.start <= offset < ev.end


# a headline's victims without an article: "Boy, 8, shot in Lawndale", "Man, teen critically
# injured", "Mother, 8-Year-Old Son Shot & Killed", "Teen accidentally shoots himself"; or told
# hurt by a graze or by a state that they live: "Girl grazed by bullet", "Boy stable after
# shooting"
_BARE = re.compile(
    # "Cops: Loaded gun left on couch before 6-year-old shot, killed": a clause after "before"
    rf"^(?:[^.;]{{0,100}}?\b(?:after|before)\s+|\W*(?:[\w'.:-]+\s+){{0,4}}?)(?P<who>{PERSON}(?:,\s*\d{{1,3}},)?"
    rf"(?P<second>(?:(?:,|\s+and|\s+&)\s+(?:[\w'-]+\s+)?{PERSON}(?:,\s*\d{{1,3}},)?)+)?)"
    r"\s+(?:(?:accidentally|fatally|critically|seriously|reportedly|mortally)\s+)*"
    r"(?P<verb>shot|killed|dead|injured|wounded|hurt|stabbed|dies|shoots (?:himself|herself)"
    # (not "critical after": a headline's critical victim often dies before the story ends)
    r"|grazed|(?:(?:in\s+)?(?:stable|good|fair)(?:\s+condition)?|hospitali[sz]ed)"
    r"(?=\s+after\b))\b"
    r"(?!\s+(?:the|a|an|his|her|their|him|them|\d+|two|three|four)\b)"  # "the man shot the clerk"
    r"(?P<fatal>\s*(?:,|&|and)\s*killed|\s+to death|(?<=shot) dead)?",  # "Man shot to death"
    re.IGNORECASE,
)

_NEXT_PERSON = re.compile(rf"(?:,|\band\b|&)\s+(?:[\w'-]+\s+)?{PERSON}", re.IGNORECASE)


def headline_victims(sentence: Sentence, found: list[Figure], died: bool) -> list[Figure]:
    """The victims a headline names without an article or number (see _BARE), in each of its
    clauses: "Mother injured, child killed in shooting"."""
    out: list[Figure] = []
    at = 0
    while at < len(sentence.text):
        part = Sentence(start=sentence.start + at, end=sentence.end, text=sentence.text[at:])
        out += _headline_victim(part, found, died)
        more = _NEXT_CLAUSE.search(sentence.text, at + 1)
        if more is None or not out:
            break
        at = more.end()
    return out


# the next clause of a headline: "Mother injured, child killed"
_NEXT_CLAUSE = re.compile(
    r"[,;]\s+(?=[\w'-]+\s+(?:\w+\s+)?(?:shot|killed|dead|injured|wounded|hurt|dies)\b)"
)


# a headline's one victim as the object of its shooter: "Friend shoots friend", "Boy accidentally
# shot 12-year-old brother"; that one dies only where the story tells a death
_KIN = rf"(?:{PERSON}|friend|neighbou?r|wife|husband|cousin)"
_SHOOTS_WHOM = re.compile(
    rf"^\W*(?:[\w'.:-]+\s+){{0,4}}?{_KIN}\s+(?:accidentally\s+)?(?P<verb>shoots|shot)\s+"
    rf"(?P<who>(?:his\s+|her\s+|their\s+)?(?:[\w'-]+\s+)?{_KIN})\b"
    r"(?!\s+(?:to\s+death|dead)\b)",
    re.IGNORECASE,
)


def _headline_victim(sentence: Sentence, found: list[Figure], died: bool) -> list[Figure]:
    m = _BARE.match(sentence.text)
    if m is None:
        return _headline_object(sentence, found, died)
    if any(_covers(f, sentence.start + m.start("verb")) for f in found):
        return []
    verb = m.group("verb").casefold()
    fatal = verb in ("killed", "dead", "dies") or bool(m.group("fatal"))
    fatal = fatal or "fatally" in m.group(0).casefold() or (died and verb.startswith("shoot"))
    fatal = fatal or bool(re.search(r"\b(?:dies|died)\b", sentence.text[m.end() :]))
    who = m.group("who")
    ev = shifted(span_evidence(sentence.text, m.start("who"), m.end()), sentence.start)
    value = 1 + len(_NEXT_PERSON.findall(m.group("second") or ""))
    kind = K.KILLED if fatal else K.INJURED
    return [Figure(kind=kind, value=value, who=who_of(who), who_text=who, evidence=ev)]


def _headline_object(sentence: Sentence, found: list[Figure], died: bool) -> list[Figure]:
    m = _SHOOTS_WHOM.match(sentence.text)
    if m is None or any(_covers(f, sentence.start + m.start("verb")) for f in found):
        return []
    ev = shifted(span_evidence(sentence.text, m.start("verb"), m.end()), sentence.start)
    kind = K.KILLED if died else K.INJURED
    who = m.group("who")
    return [Figure(kind=kind, value=1, who=who_of(who), who_text=who, evidence=ev)]


def is_shot_self(figure: Figure) -> bool:
    ev = figure.evidence
    return figure.kind == K.INJURED and ev is not None and bool(SHOT_SELF.fullmatch(ev.text))
