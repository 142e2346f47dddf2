"""Casualties stage: every figure a frame's sentences state, and the headline killed/injured.

The readings live in sibling modules: number phrases (`casualty_numbers`), verbs and scope words
(`casualty_words`), whom a figure counts (`casualty_who`), sentence phrasings
(`casualty_phrasings`) over number hits (`casualty_hits`), lists of victims named one by one
(`casualty_lists`; in upper case `casualty_rolls`), fixed idioms (`casualty_idioms`),
victims without a number (`casualty_victims`), a singular verb's one victim in upper-case wire
text (`casualty_singular`), harm supposed or stated (`casualty_modality`), a figure dated as
another event (`casualty_when`) or told in an aside on another event (`casualty_aside`),
combatants and attackers (`casualty_combat`), the attackers' own dead beside the victims'
(`casualty_attackers`), all on board a craft none survived (`casualty_aboard`), the headline
policy (`casualty_headline`), a victim an ordinal adds ("a fourth victim", `casualty_ordinal`),
a death of another cause than an attack ("killed in a car accident", `casualty_cause`), a
bare count of fighters counted before ("four rebels ... four died", `casualty_anaphora`) and
those taken to hospital for shock alone, no one hurt (`casualty_care`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import date
from typing import NamedTuple

from incidex.extract.analysis import (
    Analysis,
    Casualties,
    Frame,
    Sentence,
    frame_text,
    trigger_sentences,
)
from incidex.extract.casualty_aboard import all_aboard
from incidex.extract.casualty_anaphora import counted_before
from incidex.extract.casualty_aside import asides, outside_asides
from incidex.extract.casualty_attackers import (
    no_victims,
    no_victims_hurt,
    of_the_attackers,
    told_once,
    without_attackers,
)
from incidex.extract.casualty_care import besides_hospitalised, for_shock
from incidex.extract.casualty_cause import other_cause
from incidex.extract.casualty_combat import soldiers_told, sort_sides, war_story
from incidex.extract.casualty_headline import died_later, headline, survivors, with_also
from incidex.extract.casualty_numbers import span_evidence
from incidex.extract.casualty_ordinal import one_more
from incidex.extract.casualty_phrasings import find_figures, this_event_only
from incidex.extract.casualty_rolls import named_rolls
from incidex.extract.casualty_same import same_one
from incidex.extract.casualty_singular import singular_harm
from incidex.extract.casualty_teasers import in_lists, link_lists
from incidex.extract.casualty_victims import DIED, headline_victims, is_shot_self, named_victims
from incidex.extract.casualty_when import named_again, names_told_with, own_date_elsewhere
from incidex.extract.casualty_who import ATTACKER_BODY, suicide_bomber
from incidex.extract.casualty_wounds import caught_hurt, wounded_ones
from incidex.extract.past_asides import in_past_aside, past_asides, without_past_asides
from incidex.nlp import is_shouting, speaker
from incidex.schema import EventDate, Evidence, Figure, FigureKind, Role, Who

K = FigureKind


class _Page(NamedTuple):
    """What the whole article says about every frame's figures, read once per article (each
    frame's sentences are read once or twice)."""

    war: bool  # a war story: soldiers' tolls are combat tallies
    shouting: bool  # upper-case wire text
    links: list[tuple[int, int]]  # lists of links to other stories
    asides: list[tuple[int, int]]  # passages on another event ("In another incident, ...")


def run(analysis: Analysis) -> Analysis:
    """The analysis with the figures of each frame and their headlines."""
    policy = analysis.settings.headline_policy
    dates = analysis.dates or ()
    text = analysis.text
    shouting = is_shouting(text)
    page = _Page(war_story(text), shouting, link_lists(text), asides(text, shouting))
    out = tuple(
        _frame(analysis, f, policy, dates[i] if i < len(dates) else None, page)
        for i, f in enumerate(analysis.frames or ())
    )
    return dataclasses.replace(analysis, figures=out)


def _frame(
    analysis: Analysis, frame: Frame, policy: str, when: EventDate | None, page: _Page
) -> Casualties:
    sentences = frame_text(analysis, frame)
    died = any(DIED.search(s.text) for s in sentences)
    read = functools.partial(_read, analysis, frame, sentences, page, when=when, story_died=died)
    figures, fallen = read(died=False)
    # "he was shot" is that death only where the story tells one: a death read as such, or words
    # that someone died. "Killed" or "homicide" alone may belong to another case ("a teen who was
    # shot and killed in April", "the homicide unit") and make no victim of this one's wounded.
    # ... not the attackers' own ("one suspect dead" makes no victim of "the trooper was shot")
    told = died and (any(map(_victim_dead, figures)) or any(map(_dies, sentences)))
    if told:
        figures, fallen = read(died=True)
        figures = _shot_is_the_death(figures)
    # "a boy died after accidentally shooting himself": that wound is the death; not where only
    # "homicide detectives" came ("a 2-year-old shot himself ... homicide detectives processed")
    if told:
        figures = [f for f in figures if not is_shot_self(f)]
    figures = _one_suicide(figures)
    figures += suicide_bomber(analysis, frame, figures)
    figures += _bodies_of_the_taken(sentences, figures)
    figures += all_aboard(sentences, figures, analysis.text)
    figures = told_once([of_the_attackers(f, analysis.text) for f in figures])
    # combatants fallen in a fight are no victims: they stay among the figures, not the headline
    victims = without_attackers([f for f in figures if not any(f is g for g in fallen)])
    killed = with_also(headline(victims, K.KILLED, policy), victims, analysis.text)
    killed = no_victims(killed, victims, fallen, K.KILLED, analysis.text)  # only attackers died
    # those taken to hospital were hurt: their count stands in when no injured count is stated
    # ... or when the count of the injured is vague ("several others were hurt")
    hurt = headline(victims, K.INJURED, policy)
    cared = [f for f in victims if not for_shock(f, analysis.text)]  # "treated for shock"
    taken = headline(cared, K.HOSPITALISED, policy)
    if hurt is None or (hurt.value is None and taken is not None and taken.value):
        hurt = taken
    else:  # "two guards were hospitalized; the cook received minor injuries": 3
        hurt = besides_hospitalised(hurt, taken, analysis.text)
    injured = survivors(hurt, killed, analysis.text)
    if injured is hurt:
        injured = died_later(injured, victims)
    # a count of all shot, the dead taken out, holds the others "also shot" ("4 shot, 2 fatally
    # ... Three other men were also shot")
    if injured is hurt or hurt is None or (hurt.value or 0) <= 1:
        injured = with_also(injured, victims, analysis.text)
    injured = one_more(injured, killed, victims, analysis.text)
    injured = same_one(injured, killed, victims)
    injured = no_victims_hurt(injured, killed, victims, fallen)
    figures += [f for f in (killed, injured) if f is not None and f not in figures]
    return Casualties(figures=tuple(figures), killed=killed, injured=injured)


def _victim_dead(figure: Figure) -> bool:
    """A death read of someone not the attackers: "his assailant was killed" makes no victim of
    "Pizarro was shot" dead."""
    return figure.kind == K.KILLED and figure.who != Who.ATTACKERS


# a killer's own death: "turned the gun on himself", "a murder-suicide"
_SUICIDE = re.compile(r"\b(?:himself|herself|own life|suicide)\b", re.IGNORECASE)


def _one_suicide(figures: list[Figure]) -> list[Figure]:
    """A story tells the killer's suicide many times ("a murder-suicide ... then turned the gun on
    himself"): one attacker dead, once. His body found is one of the attackers' dead told
    already, if any is ("killed himself ... the body of the gunman")."""
    told = [
        f
        for f in figures
        if f.kind == K.KILLED
        and f.who == Who.ATTACKERS
        and f.evidence
        and _SUICIDE.search(f.evidence.text)
    ]
    figures = [f for f in figures if f not in told[1:] or f is told[0]]
    own = [f for f in figures if f.kind == K.KILLED and f.who == Who.ATTACKERS and f.evidence]
    bodies = [f for f in own if f.evidence and ATTACKER_BODY.fullmatch(f.evidence.text)]
    if len(bodies) == len(own):
        bodies = bodies[1:]  # the body alone tells one of them dead
    return [f for f in figures if not any(f is b for b in bodies)]


# "A man was shot ... he was pronounced dead": in a story of a death with no count of the dead,
# the one person read as shot is that death
_SHOT = re.compile(r"\b(?:shot|stabbed)$", re.IGNORECASE)


def _shot_is_the_death(figures: list[Figure]) -> list[Figure]:
    if any(f.kind == K.KILLED and f.value for f in figures):
        return figures
    return [
        dataclasses.replace(f, kind=K.KILLED)
        if f.kind == K.INJURED and f.value == 1 and f.evidence and _SHOT.search(f.evidence.text)
        else f
        for f in figures
    ]


# "Their bodies were found two days later": those taken before were found dead
_THEIR_BODIES = re.compile(
    r"\b(?:their (?:[\w-]+ ){0,2}(?:bodies|corpses|remains)"
    r"|the (?:bodies|corpses|remains) of [A-Z][\w'-]*(?:(?:,? and |, | )[A-Z][\w'-]*){0,5})"
    r",? (?:were|have been|had been|was) "
    r"(?:later |subsequently )?(?:found|discovered|recovered|dumped)\b",
    re.IGNORECASE,
)


def _bodies_of_the_taken(sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """The kidnapped found dead: "Nine men were kidnapped ... Their bodies were found." """
    if any(f.kind == K.KILLED and f.value for f in figures):
        return []
    for sentence in sentences:
        m = _THEIR_BODIES.search(sentence.text)
        at = sentence.start + m.start() if m else -1
        taken = [
            f
            for f in figures
            if f.kind == K.KIDNAPPED and f.value and f.evidence and f.evidence.end <= at
        ]
        if m and taken:
            ev = span_evidence(sentence.text, m.start(), m.end())
            ev = Evidence(start=at, end=at + len(ev.text), text=ev.text)
            return [dataclasses.replace(taken[-1], kind=K.KILLED, evidence=ev)]
    return []


# words that someone in this story died: the verbs, and the charges only a death brings
_DIES = re.compile(
    r"\b(?:died|dies|succumbed|passed away|(?:pronounced|declared|confirmed)(?: \w+){0,2} dead"
    r"|(?:found|is|was|were|are) dead|(?:dead|lifeless) bod(?:y|ies)|bod(?:y|ies) of"
    r"|manslaughter|(?:negligent|criminal|reckless|vehicular) homicide"
    r"|(?<!attempted )(?:first|second|third)[- ]degree murder"
    r"|(?<!attempted )(?<!failed )assassination(?! (?:attempt|bid|plot)))\b",
    re.IGNORECASE,
)


def _dies(sentence: Sentence) -> bool:
    return _DIES.search(sentence.text) is not None


# a video's running time before its title, in a page's list of other stories (not "3:15 a.m.")
_TEASER = re.compile(r"\s*\d{1,2}:\d{2}\s+(?!(?:a|p)\.?\s?m\b|o'clock\b)[A-Z\"'‘“]")


def _uncovered(figures: list[Figure], found: list[Figure]) -> list[Figure]:
    """The figures whose words no figure already read covers."""
    return [
        f
        for f in figures
        if f.evidence is not None
        and not any(
            g.evidence and g.evidence.start < f.evidence.end and f.evidence.start < g.evidence.end
            for g in found
        )
    ]


def _outcounted(figure: Figure, named: list[Figure]) -> bool:
    """Whether the parse counts more victims in the very same words: "A police guard and Muslim
    shopkeeper were killed" is two, where the words alone read one."""
    a = figure.evidence
    return (
        a is not None
        and figure.value == 1
        and any(g.kind == figure.kind and g.evidence == a and (g.value or 0) > 1 for g in named)
    )


def _read(
    analysis: Analysis,
    frame: Frame,
    sentences: list[Sentence],
    page: _Page,
    *,
    when: EventDate | None,
    died: bool,
    story_died: bool,
) -> tuple[list[Figure], list[Figure]]:
    """Every figure the sentences state, with the speaker who stated it; and apart, those of
    combatants fallen in a fight. A figure told with a date of its own, not the event's (`when`),
    is another event's."""
    figures: list[Figure] = []
    fallen: list[Figure] = []
    war = page.war
    # the lead: the first sentence that tells the event, after a dateline of its own
    lead = next(iter(trigger_sentences(analysis, frame)), sentences[0] if sentences else None)
    lead_span = (lead.start, lead.end) if lead else None
    elsewhere: frozenset[str] = frozenset()  # names told with a figure of another event's date
    for sentence in sentences:
        if _TEASER.match(sentence.text) or in_lists(page.links, sentence.start):
            continue  # a page's list of videos: "1:09 Man shot outside bar", other stories
        found = list(_stated(sentence.text, sentence.start, story_died))
        found += headline_victims(sentence, found, died)
        if analysis.doc is not None:
            named = named_victims(analysis.doc, analysis.text, sentence, found, died)
            found = [f for f in found if not _outcounted(f, named)] + named
        if page.shouting:  # the parse of a lower-cased wire text often loses a verb's subject
            found += singular_harm(sentence, found)
            found = named_rolls(sentence, found)  # "KILLED A, LEADER OF B, AND C": 2
        found = [f for f in found if not other_cause(f, analysis.text)]  # "in a car accident"
        found = [counted_before(f, analysis.text) for f in found]  # "four rebels ... four died"
        if frame.role == Role.MAIN:  # a background frame's own sentences tell the other event
            own = tuple(t.start for t in frame.triggers if sentence.start <= t.start < sentence.end)
            found = this_event_only(found, sentence.text, sentence.start, own)
            found = outside_asides(found, page.asides, lead_span)
            # "(a blast there killed four in 1995)": the earlier event's dead
            found = [f for f in found if not _in_past_aside(f, sentence, analysis.published)]
            # a date in an aside on an earlier event dates no figure of the sentence's own
            told = _main_text(analysis.text, sentence, analysis.published), when, analysis.published
            dated = [f for f in found if own_date_elsewhere(f, *told, lead=sentence == lead)]
            # ... and a victim named there, told again later ("David was killed")
            found = [f for f in found if f not in dated and not named_again(f, elsewhere)]
            for f in dated:
                elsewhere |= names_told_with(f, analysis.text)
        if found and analysis.doc is not None:
            source = speaker(analysis.doc, analysis.text, sentence.start, sentence.end)
            found = [dataclasses.replace(f, source=source) for f in found]
        if sentence == lead and soldiers_told(found):
            war = False  # the lead's news is the soldiers' toll: they are the attack's victims
        found, fell = sort_sides(found, sentence, frame.type, war=war)
        figures += found
        fallen += fell
    return figures, fallen


def _main_text(text: str, sentence: Sentence, published: date | None) -> str:
    """The article text with the sentence's asides on earlier events blanked."""
    if not past_asides(sentence.text, published):
        return text
    plain = without_past_asides(sentence.text, published)
    return text[: sentence.start] + plain + text[sentence.end :]


def _in_past_aside(figure: Figure, sentence: Sentence, published: date | None) -> bool:
    at = figure.evidence.start - sentence.start if figure.evidence else -1
    return at >= 0 and in_past_aside(sentence.text, published, at)


@functools.lru_cache(maxsize=1024)
def _stated(text: str, offset: int, story_died: bool) -> tuple[Figure, ...]:
    """The figures a sentence's words state, read once: each frame's sentences are read once
    or twice (`_frame`), and frames may share sentences."""
    found = find_figures(text, offset)
    found += _uncovered(wounded_ones(text, story_died, offset), found)
    return (*found, *_uncovered(caught_hurt(text, offset), found))


__all__ = ["find_figures", "headline", "run"]
