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
    r"shot (?:and|&) killed|found dead|shot dead|shot to death"
    r"|fatally (?:shot|wounded|injured|stabbed)|stabbed to death|beaten to death"
    r"|burned to death|gunned down|killed|dead|died|slain|murdered|passed away"
    r"|massacred|perished|lost their lives|executed|beheaded|deaths|fatalities|bodies|corpses"
)
_HURT = r"injured|wounded|hurt|shot|stabbed|injuries|casualties"
_HOSP = r"hospitali[sz]ed|admitted to (?:the )?hospitals?|taken to (?:the )?hospitals?"
_MISS = r"missing|unaccounted for"
_TAKEN = r"kidnapped|abducted|taken hostage|held hostage|seized"
_HELD = r"arrested|detained|taken into custody|apprehended|captured"
_VERB = f"{_KILL}|{_HOSP}|{_HURT}|{_MISS}|{_TAKEN}|{_HELD}"
_AUX = r"(?:were|was|have been|has been|had been|are|is|got|being|be|remain|remained|are still)"
_ADV = (
    r"(?:(?:also|reportedly|later|critically|seriously|slightly|badly|severely|all|both|estimated"
    r"|allegedly|apparently)\s+)*"
)
# whom a number counts: up to six words, none of them a verb of the clause, a relative pronoun
# or another number ("a bomb attack that left four children injured" is not one child)
_WHO = (
    r"(?P<who>(?:(?!(?:were|was|are|is|have|has|had|that|which|who|left|leaving|after|when|while"
    r"|but|say|says|said|told|report|reports|reported|according)\b"
    rf"|(?!an?\b)(?:{NUMBER_WORDS})\b|and\s+(?:{NUMBER_WORDS}|\d)(?![\w-]))"
    r"(?:[a-z][a-z.'-]*|\d+-year-olds?)[\s,]+){0,7}?)"
)
# after the number: "people were killed", "dead", "Iranian civilians have been wounded"
_TAIL = re.compile(
    rf"\s*{_WHO}(?P<aux>{_AUX}\s+)?{_ADV}(?:found\s+)?(?P<verb>{_VERB})\b", re.IGNORECASE
)
# before the number: "killing", "left", "the death toll rose to", "wounding"
_HEAD = re.compile(
    r"(?P<verb>killing|killed|kills|kill|claimed the lives of|wounds|injures"
    r"|(?:the )?(?:murders?|killings?|deaths?|massacre|assassinations?|bodies|execution) of"
    r"|wounding|wounded|injuring|injured"
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
    r"|vehicles|houses|homes|buildings|rockets|bombs|mortars|shells|feet|-year|kg|pounds|tons"
    r"|block|calls?|caliber|mm|rounds|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*"
    r"|sep\w*|oct\w*|nov\w*|dec\w*)\b",  # "the massacre of 16 November" is a date
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
    r"|september|october|november|december|\d{4}|last)|so far|this year|to date"
    r"|in (?:the )?(?:past|last|less than) (?:\w+ )?(?:days|weeks|months|years)"
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
# "a teen is dead and another injured", "killing one and wounding the other": one more person
_ANOTHER = re.compile(
    rf"\b(?:(?:another|the other)(?!\s+(?:{NUMBER}))(?:\s+(?:man|woman|person|victim|teen"
    r"|teenager|boy|girl|child|officer|one))?\s+(?:(?:was|is|has been|had been|were)\s+)?"
    rf"{_ADV}(?P<verb>injured|wounded|hurt|killed|dead|died)"
    r"|(?P<head>wounding|injuring|killing|wounded|injured|killed) (?:another|the other)"
    r"(?:\s+(?:man|woman|person|victim|teen|teenager|boy|girl|child|officer|one))?"
    # "a woman was shot dead and her daughter injured"
    r"|(?<=and )(?:his|her|their) [a-z-]+ (?:(?:was|is|were)\s+)?"
    rf"{_ADV}(?P<poss>injured|wounded|hurt))\b(?![\w-])"
    rf"(?!\s+(?:{NUMBER}))",
    re.IGNORECASE,
)
# "police found the body of ...", "the remains of ... were found": one person dead
_BODY = re.compile(
    r"\bfound (?:the )?(?:body|remains) of\b"
    r"|\b(?:body|remains) of [^.;]{1,80}? (?:was|were|had been|has been) (?:found|discovered"
    r"|recovered)\b",
    re.IGNORECASE,
)
# "shot himself": one wounded (by accident or on purpose); the stage does not guess which
_SHOT_SELF = re.compile(r"\b(?:shot|shoots|shooting) (?:himself|herself)\b", re.IGNORECASE)
# "a fatal shooting", "the deadly stabbing", "a double homicide": deaths stated without a number
_FATAL_EVENT = re.compile(
    r"\b(?:(?P<fatal>fatal|deadly)[ -](?:shooting|stabbing|homicide|murder|killing)s?"
    r"|(?P<n>double|triple|quadruple)[ -](?:homicide|murder|killing)s?)\b",
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
    r"|toddler|infant|mother|father|son|daughter|wife|husband|victim|\d+-year-old|officer|deputy"
    r"|cop|trooper|soldier|policeman|policewoman|student|resident|driver|worker|guard|mayor"
    r"|priest|journalist|reporter|passenger|clerk|employee|owner|customer|neighbou?r|friend"
    r"|relative|cousin|brother|sister|nephew|niece|youth|adult|male|female|juvenile|pedestrian"
    r"|bystander|official|leader|member|civilian|nun|peasant|villager"
    r"|\w+(?:men|ers|ists|ians|ants|ents|ees|ies|ren|ts|ns|rs|ls|ys))[\s,]+$|^\s*$",
    re.IGNORECASE,
)


# the nouns right after a number: "12 soldiers", "three others", "at least 103 people"
_STOP = (
    r"(?:and|or|on|in|at|by|during|after|before|when|while|as|near|outside|from|with|to|for"
    r"|aged|ages)\b"
)
_NOUNS = re.compile(rf"\s*((?:(?!{_STOP})[a-z][a-z'-]*\s*){{0,3}})", re.IGNORECASE)
_AND = re.compile(r"\s*,?\s*(?:(?!and\b)[a-z][a-z'-]*\s+){0,3}(?:and|as well as)\s+", re.IGNORECASE)


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
        found += _bare(sentence, found, died)
        if analysis.doc is not None:
            found += _singular(analysis.doc, analysis.text, sentence, found, died)
        if found and analysis.doc is not None:
            source = speaker(analysis.doc, analysis.text, sentence.start, sentence.end)
            found = [dataclasses.replace(f, source=source) for f in found]
        figures += found
    if died:  # "a boy died after accidentally shooting himself": that wound is the death
        figures = [f for f in figures if not _is_shot_self(f)]
    figures += _suicide_bomber(analysis, frame, figures)
    killed = _with_also(headline(figures, K.KILLED, policy), figures, analysis.text)
    injured = _survivors(headline(figures, K.INJURED, policy), killed)
    injured = _with_also(injured, figures, analysis.text)
    figures += [f for f in (killed, injured) if f is not None and f not in figures]
    return Casualties(figures=tuple(figures), killed=killed, injured=injured)


# A figure whose words hold a number (not just "a"/"an") outranks one read from a singular noun.
_COUNTED = re.compile(rf"\d|\b(?!an?\b)(?:{NUMBER_WORDS}|double|triple|quadruple)\b", re.IGNORECASE)
# ages are no counts: "Sarai Lara, 16, was killed", "a 16-year-old was shot"
_AGE = re.compile(r",\s*\d{1,3}\s*,|\b\d{1,3}[- ]years?[- ]old|\b\d{1,3}-year-olds?", re.IGNORECASE)
_DEATH_VERBS = {"killed", "died", "dies", "slain", "murdered", "assassinated", "beheaded",
                "executed", "perished", "lynched", "killing", "kills", "kill"}  # fmt: skip
_HURT_VERBS = {"wounded", "injured", "hurt", "shot", "stabbed", "wounding", "injuring"}
# words before "the killing of X" that make it an earlier event the story cites
_EARLIER_KILLING = re.compile(
    r"\b(?:retaliat\w*|revenge|aveng\w*|in response to|anniversary|commemorat\w*)\b",
    re.IGNORECASE,
)
# nouns of a killing whose "of" names the victim: "the assassination of Hector Oqueli"
_KILLING_NOUNS = {"murder", "assassination", "killing", "slaying"}
_NOBODY = {"it", "they", "them", "who", "which", "that", "this", "one", "none", "nobody",
           "family", "group", "crowd", "convoy", "anyone", "someone", "everyone"}  # fmt: skip
_MAX_SPAN = 160  # a victim further from its verb than this is no reading we trust
# "Ali Amin was killed along with two of his bodyguards": those named after "along with" count too
_ALONG = re.compile(rf"[^.;]{{0,60}}?(?:along with|together with|as well as) (?P<n>{NUMBER})\b"
                    r"(?!\s+of (?:the|them)\b)",
                    re.IGNORECASE)  # fmt: skip


# Words that say someone in the story died: then "the teen was shot" names that victim.
_DIED = re.compile(r"\b(?:died|dies|pronounced dead|dead|killed|fatal\w*|succumbed|homicide"
                   r"|to death|passed away)\b", re.IGNORECASE)  # fmt: skip


def _singular(
    doc: Any, text: str, sentence: Sentence, found: list[Figure], died: bool
) -> list[Figure]:
    """Victims named without a number: "the district official died", "Gunmen shot and killed
    Ali Amin", "He was shot in the leg", "the mayor and his driver were killed" (read from the
    parse). In a story where someone died, "he was shot" is read as that death, not as another
    person wounded."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    out: list[Figure] = []
    for verb in span if span is not None else ():
        word = _verb_word(verb)
        harm = word in _DEATH_VERBS | _HURT_VERBS or word in _KILLING_NOUNS
        victim = _victim(verb, word) if harm else None
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
        others = [c for c in victim.conjuncts if c.i > victim.i and c.pos_ in ("NOUN", "PROPN")]
        last = max([victim, *others], key=lambda t: t.i)
        start = min(first.idx, verb.idx)
        end = max(verb.idx + len(verb.text), last.idx + len(last.text))
        if end - start > _MAX_SPAN:
            continue
        value = 1 + sum(_conjunct_count(c) for c in others)
        if not others and _AND_ONE.fullmatch(text, last.idx + len(last.text), verb.idx):
            value = 2  # "Colonel Ibrahim and his driver sustained wounds", misparsed
        along = _ALONG.match(text, end) if end >= verb.idx + len(verb.text) else None
        if along and parse_number(along.group("n")):
            value += parse_number(along.group("n")) or 0
            end = along.end()
        fatal = word in _DEATH_VERBS or word in _KILLING_NOUNS or _fatally(verb)
        # in a story where someone died, "he was shot" or "he suffered wounds" is that death
        # ("he", not "his passenger", who is someone new)
        suffered = verb.lower_ in _SUFFER and victim.tag_ == "PRP"
        fatal = fatal or (died and (word in ("shot", "stabbed") or suffered))
        kind = K.KILLED if fatal else K.INJURED
        who = text[first.idx : last.idx + len(last.text)]
        ev = Evidence(start=start, end=end, text=text[start:end])
        out.append(Figure(kind=kind, value=value, who=_who(who), who_text=who, evidence=ev))
    return out


def _verb_word(verb: Any) -> str:
    """The verb's word, with "passed away" read as "died" and "sustained injuries" as "hurt"."""
    if verb.lower_ == "passed" and any(c.lower_ == "away" for c in verb.children):
        return "died"
    if verb.lower_ in _SUFFER:
        wounds = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WOUNDS]
        if wounds:
            fatal = any(a.lower_ in ("fatal", "mortal") for a in wounds[0].children)
            return "died" if fatal else "hurt"
    return str(verb.lower_)


_WOUNDS = {"injuries", "injury", "wounds", "wound", "burns"}
# one more person between a victim and the verb, where the parse found no conjunct
_AND_ONE = re.compile(
    r"\s+and\s+(?:his|her|their|a|an|the)\s+[\w-]+\s+(?:(?:were|have been|had been|also)\s+)*",
    re.IGNORECASE,
)
_SUFFER = {"sustained", "suffered", "received", "sustains", "suffers"}


def _conjunct_count(token: Any) -> int:
    """How many people a conjunct names: "two peasants" 2, "his driver" 1."""
    for child in token.children:
        if child.dep_ == "nummod":
            return parse_number(child.text) or 1
    return 1


def _victim(verb: Any, word: str) -> Any:
    """The one person a verb says was harmed, or None (plural, counted, or no person)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    intransitive = word in ("died", "dies", "perished") or verb.lower_ in _SUFFER
    deps = ("nsubjpass", "nsubj") if passive or intransitive else ("dobj",)
    if word in _KILLING_NOUNS - _DEATH_VERBS and verb.pos_ != "NOUN":
        return None  # "to murder him" is a threat, not a death
    if word in _KILLING_NOUNS and verb.pos_ == "NOUN":  # "the murder of the former minister"
        if _EARLIER_KILLING.search(verb.sent.text[: verb.idx - verb.sent.start_char]):
            return None
        deps = ("pobj",)
        verb = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if verb is None:
            return None
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


# "a suicide bomber", "a suicide car bomb", "the suicide attack": a completed one kills its bomber
_BOMBER = re.compile(r"\bsuicide (?:bomb\w*|attack\w*|vest|car bomb\w*)", re.IGNORECASE)


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


_PERSON = (
    r"(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|officer|deputy|trooper|cop"
    r"|student|father|mother|dad|mom|son|daughter|brother|sister|person|driver|clerk|firefighter"
    r"|\d{1,3}-year-old)"
)
# a headline's victims without an article: "Boy, 8, shot in Lawndale", "Man, teen critically
# injured", "Mother, 8-Year-Old Son Shot & Killed", "Teen accidentally shoots himself"
_BARE = re.compile(
    rf"^\W*(?:[\w'.:-]+\s+){{0,4}}?(?P<who>{_PERSON}(?:,\s*\d{{1,3}},)?"
    rf"(?P<second>(?:(?:,|\s+and|\s+&)\s+(?:[\w'-]+\s+)?{_PERSON}(?:,\s*\d{{1,3}},)?)+)?)"
    r"\s+(?:(?:accidentally|fatally|critically|seriously|reportedly|mortally)\s+)*"
    r"(?P<verb>shot|killed|dead|injured|wounded|hurt|stabbed|dies|shoots (?:himself|herself))\b"
    r"(?!\s+(?:the|a|an|his|her|their|him|them|\d+|two|three|four)\b)"  # "the man shot the clerk"
    r"(?P<fatal>\s*(?:,|&|and)\s*killed)?",
    re.IGNORECASE,
)


_NEXT_PERSON = re.compile(rf"(?:,|\band\b|&)\s+(?:[\w'-]+\s+)?{_PERSON}", re.IGNORECASE)


def _bare(sentence: Sentence, found: list[Figure], died: bool) -> list[Figure]:
    """The victims a headline names without an article or number (see _BARE)."""
    m = _BARE.match(sentence.text)
    if m is None or any(_covers(f, sentence.start + m.start("verb")) for f in found):
        return []
    verb = m.group("verb").casefold()
    fatal = verb in ("killed", "dead", "dies") or bool(m.group("fatal"))
    fatal = fatal or "fatally" in m.group(0).casefold() or (died and verb.startswith("shoot"))
    fatal = fatal or bool(re.search(r"\b(?:dies|died)\b", sentence.text[m.end() :]))
    who = m.group("who")
    ev = _evidence(sentence.text, m.start("who"), m.end())
    ev = Evidence(start=ev.start + sentence.start, end=ev.end + sentence.start, text=ev.text)
    value = 1 + len(_NEXT_PERSON.findall(m.group("second") or ""))
    kind = K.KILLED if fatal else K.INJURED
    return [Figure(kind=kind, value=value, who=_who(who), who_text=who, evidence=ev)]


def _is_shot_self(figure: Figure) -> bool:
    ev = figure.evidence
    return figure.kind == K.INJURED and ev is not None and bool(_SHOT_SELF.fullmatch(ev.text))


# "A sound technician was also killed": one more victim on top of those counted before
_ALSO = re.compile(r"\balso\b(?!\s+\d)", re.IGNORECASE)  # not "another teen, also 15,"
_OTHERS = re.compile(r"\b(?:another|other|others|more|additional|further)\b", re.IGNORECASE)


def _with_also(head: Figure | None, figures: list[Figure], text: str) -> Figure | None:
    """The headline plus the victims other figures add on top of it ("A student was killed ...
    Two policemen were also killed": 3; "one person was injured and another was injured": 2),
    as one figure whose evidence runs from the first to the last."""
    if head is None or head.evidence is None:
        return head
    victims = [
        f
        for f in figures
        if f.kind == head.kind
        and f.scope == Scope.INCIDENT
        and f.who != Who.ATTACKERS
        and f.value
        and f.evidence is not None
    ]
    base: Figure | None = head
    if _ALSO.search(_text(head)) or _ANOTHER_FIRST.match(_text(head)):  # its count stands before
        base = next((f for f in victims if f.value == 1 and _adds_to(f, head, figures, text)), None)
    if base is None or base.value is None or base.evidence is None:
        return head
    extra = [f for f in victims if _adds_to(base, f, figures, text)]
    parts = _parts(extra)
    extra = [f for i, f in enumerate(extra) if i not in parts]
    if not extra:
        return head
    start, last = base.evidence.start, max(f.evidence.end for f in extra if f.evidence)
    value = base.value + sum(f.value or 0 for f in extra)
    ev = Evidence(start=start, end=last, text=text[start:last])
    return dataclasses.replace(base, value=value, low=None, high=None, evidence=ev)


# A plain "also" right after a count adds to it; paragraphs later it details the count instead
_ALSO_REACH = 300
_ANOTHER_FIRST = re.compile(r"(?:another|the other)\b", re.IGNORECASE)


def _adds_to(base: Figure, other: Figure, figures: list[Figure], text: str) -> bool:
    """Whether `other`, later than `base`, counts victims on top of it. "Also" adds to one victim,
    to a count in the sentences right after it, or with words that say the victims are others
    ("another man was also wounded"): paragraphs later, it details victims the lead's total
    already holds. "Another" adds only right after a count of its kind in the same sentence
    ("one was injured and another was injured", not "one was killed and another wounded")."""
    a, b = base.evidence, other.evidence
    if a is None or b is None or a.end > b.start:
        return False
    if _ALSO.search(b.text):
        return base.value == 1 or bool(_OTHERS.search(b.text)) or b.start - a.end <= _ALSO_REACH
    if not _ANOTHER_FIRST.match(b.text) or re.search(r"[.!?]\s", text[a.end : b.start]):
        return False
    between = [f for f in figures if f.evidence and a.end <= f.evidence.start < b.start]
    return b.start - a.end <= _SENTENCE_REACH and all(f.kind == base.kind for f in between)


_SENTENCE_REACH = 150  # "another" further from its count than this is another sentence's


def _ends_before(first: Figure, second: Figure) -> bool:
    a, b = first.evidence, second.evidence
    return a is not None and b is not None and a.end <= b.start


def _text(figure: Figure) -> str:
    return figure.evidence.text if figure.evidence else ""


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
    pool = [f for f in pool if f.value != 0] or pool  # "no one else was hurt" adds nobody
    counted = [f for f in pool if f.evidence and _COUNTED.search(_AGE.sub(" ", f.evidence.text))]
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
    rf"(?:,|\s[—–(])?\s*\b(?:including|among them)\s+(?:{NUMBER})\s+[^,;.!?—–]{{1,90}}?"
    r"(?:\s*[—–)])?(?=\s*,|\s+(?:were|was|have|had|are)\b)",
    re.IGNORECASE,
)


def find_figures(text: str, offset: int = 0) -> list[Figure]:
    """The figures one sentence states; evidence offsets are `offset` + position in `text`."""
    scope = (
        Scope.CUMULATIVE if any(map(_many_events, _CUMULATIVE.finditer(text))) else Scope.INCIDENT
    )
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


# "the worst attack to date", "the deadliest so far": a superlative ranks this one event
_SUPERLATIVE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|largest|biggest|heaviest|highest|most)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


def _many_events(m: re.Match[str]) -> bool:
    """True when a scope phrase counts many events, not a superlative about this one."""
    if m.group(0).casefold() in ("to date", "so far"):
        return not _SUPERLATIVE.search(m.string, 0, m.start())
    return True


def _carry_qualifiers(hits: list[_Hit], text: str) -> None:
    """ "at least 103 people killed and 211 injured": the second number is "at least" too."""
    for i in range(1, len(hits)):
        prev, cur = hits[i - 1], hits[i]
        joined = re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[prev.end : cur.m.start()])
        if prev.kind and cur.kind and prev.m.group("q") and not cur.m.group("q") and joined:
            hits[i] = dataclasses.replace(cur, qualifier=prev.m.group("q"))


def _others(text: str) -> list[Figure]:
    """ "one of them has died" (killed), "shot himself" (injured), "another was wounded" and
    "the body of ... was found" (one each)."""
    out = []
    for m in _ANOTHER.finditer(text):
        kind = _kind(m.group("verb") or m.group("head") or m.group("poss"))
        out.append(Figure(kind=kind, value=1, evidence=_evidence(text, m.start(), m.end())))
    for m in _BODY.finditer(text):
        out.append(Figure(kind=K.KILLED, value=1, evidence=_evidence(text, m.start(), m.end())))
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


_AFTER_NAME = re.compile(r"\b[A-Z][\w.'-]*,\s*$")
_PHONE = re.compile(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing)?|to)\s*$", re.IGNORECASE)


def _is_count(m: re.Match[str], text: str) -> bool:
    if _NOT_PEOPLE.match(text, m.end()):
        return False
    n = (m.group("n") or "").strip()
    if n.casefold() == "one" and re.search(r"\bno\s+$", text[: m.start()], re.IGNORECASE):
        return False  # "no one else was hurt" is a zero, read by _zeros
    if re.fullmatch(r"(?:19|20)\d\d", n):  # a year, not a count
        return False
    if _AFTER_NAME.search(text, 0, m.start()) and re.match(r"\s*(?:,|and\b)", text[m.end() :]):
        return False  # an age: "Marvin Lee, 24, and ...", "Ana Cruz, 19, was shot"
    if re.search(r"\b(?:aged?|ages)\s+(?:\d{1,3}\s+(?:and|to|,)\s+)?$", text[: m.start()], re.I):
        return False  # "boys aged 12 and 16 were wounded"
    if n == "911" and _PHONE.search(text, 0, m.start()):
        return False  # "called 911"
    if re.match(r":\d", text[m.end() : m.end() + 2]) or text[max(0, m.start() - 1)] == ":":
        return False  # a clock time or a video length: "1:57", "0:52"
    # "one of the injured" is read by _OF_THEM_DIED; "one of his bodyguards" counts one
    of = re.match(r"\s+of\b(?!\s+(?:his|her|their|its)\b)", text[m.end() :])
    return not (n.casefold() in ("a", "an", "one") and of)


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
    cited = head is not None and _EARLIER_KILLING.search(text, 0, window + head.start())
    if head is not None and cited and head.group("verb").casefold().endswith(" of"):
        return _Hit(m)  # "in retaliation for the execution of 16 men": an earlier event
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


# a number's own verb further on in its clause: "a man traveling with him injured"; not a verb
# heading a number of its own ("... and wounded 30")
_OWN_VERB = re.compile(
    rf"(?:(?!\b(?:and|but|while|as)\b)[^.;:]){{0,80}}?\b(?P<verb>{_VERB})\b"
    rf"(?!\s+(?:(?:{_QUAL})\s+)?(?:{NUMBER}))",
    re.IGNORECASE,
)


def _link(hits: list[_Hit], text: str) -> list[_Hit]:
    """Numbers joined by "and" share one verb: "killed 12 soldiers and 3 civilians" forward,
    "12 soldiers and 3 civilians were killed" backward."""
    for i in range(1, len(hits)):
        prev, cur = hits[i - 1], hits[i]
        own = _OWN_VERB.match(text, cur.m.end())
        if own and prev.kind and not cur.kind and _kind(own.group("verb")) != prev.kind:
            # "a rabbi was killed and a man traveling with him injured": the man is injured
            who = text[cur.m.end() : own.start("verb")]
            hits[i] = _Hit(cur.m, _kind(own.group("verb")), cur.m.start(), own.end(), who)
            continue
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


# "a mother and her son", "a man and his wife": two people under one singular number
_PAIR = re.compile(r"\band (?:his|her|their|\d+-year-old) [a-z'-]+", re.IGNORECASE)


def _listed(who: str) -> int:
    """How many people a list of singular nouns names: "man, woman and boy" 3, "man" 1."""
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", who.strip(" ,"))
    people = [p for p in parts if re.fullmatch(rf"(?:[\w'-]+\s+)?{_PERSON}", p, re.IGNORECASE)]
    return len(parts) if len(parts) > 1 and len(people) == len(parts) else 1


def _figure(hit: _Hit, text: str) -> Figure:
    kind = hit.kind or K.INJURED  # only read hits (kind set) reach here
    if kind == K.INJURED and _TO_HOSPITAL.match(text, max(hit.end, hit.m.end())):
        kind = K.HOSPITALISED
    value, low, high, qualifier = _bounds(hit.m, hit.qualifier)
    if value == 1 and _PAIR.search(hit.who):  # "a woman and her son were found dead"
        value = 2
    if value == 1 and hit.m.group("n").casefold() in ("a", "an", "one"):
        value = _listed(hit.who)  # "a man, woman and boy were wounded": 3
    start = hit.start
    before = _ONE_BEFORE.search(text, 0, hit.start) if hit.start == hit.m.start() else None
    if value is not None and before:  # "his driver and one of his bodyguards were killed"
        value, start = value + 1, before.start()
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
        evidence=_evidence(text, start, end),
    )


# one person named right before a count joined by "and": "his driver and two bodyguards"
_ONE_BEFORE = re.compile(r"\b(?:his|her|their)\s+[a-z-]+\s+and\s+$", re.IGNORECASE)


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
    if verb.startswith(
        (
            "kill",
            "claimed",
            "gunn",
            "the ",
            "murder",
            "death",
            "massacre",
            "assassin",
            "bodies",
            "execution",
        )
    ):
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
