"""Relevance: does the article report a current incident, or only talk about violence?

An article is relevant when its main frame's trigger words are strong enough and stand in its
lead, or are so many and strong across the article that an incident is told at length after a
political or procedural opening, or when one of its trigger sentences anywhere tells an incident
of the last days ("a bomb destroyed the building on 11 May" in a story of 14 May; "in another
incident today, a corporal was shot"; "in the last few days the army shelled three villages") or
on the word of the police ("a kiosk was destroyed by a bomb, police reported") or called recent
("he expressed his shock at the recent murders of judges"). A lead about a
trial, a verdict, an anniversary or commentary is relevant only when a trigger sentence also
tells something fresh: an event dated relative to publication ("on Tuesday", "yesterday") and not
placed in an earlier year; a death sentence a kidnapper passes ("the rebels kidnapped and
sentenced him to death") is no court's.

A lead sentence tells an incident only with a trigger that names one: not a question ("what do you
think about kidnappings?"), not a tally ("120 rebels were killed in 300 clashes since January",
"during this period", "so far this year", "17 kidnap cases", "a wave of kidnapping") nor a habit
("periodically suffering attacks", "the victim of frequent army attacks"), not only bare plurals of
violence in general ("terrorist attacks and murders"), not a trigger in an opening that only points
at events to comment on them ("Concerning the recent attacks, the president said ...", "he comments
on the recent attacks"), nor one in a recalled list ("let us recall the bombing of ...; the murder
of ..."), nor a record ("journalists have been murdered"), nor an event told as long past
("kidnapped more than 5 years ago", "last January" in a June story: MUC-4 and GTD take nothing older
than about two months as news) or summed up ("hundreds of farmers who have been murdered"). One weak
mention late in the lead, with nothing recent, is an aside in a story about something else; a frame
strong by its many words still needs one sentence that tells an incident.
Datelines, bracketed notes ("[INTERVIEW WITH THE MINISTER]") and a page's list of videos ("1:01
Man sentenced to 30 years") take no place in the lead. A story that tells an incident but is about
its trial or sentence, with nothing fresh, reports no current incident: its main frames become
background, the earlier incident it follows up (assemble keeps it when told with its own toll or
its own place). So do the incidents any other story without news cites ("the talks were
delayed by the murder of two judges"), each narrowed to the sentences that state it.
With `relevance_scope = "attacks"` (MUC-4, GTD; the default is "conflict", as ACLED), a report
whose main events are only a fight between armed forces is not relevant either (see `combat` for
the codebook call and its test).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import date

from incidex.extract.analysis import Analysis, Frame, Sentence
from incidex.extract.combat import combat_only
from incidex.extract.date_words import DATE, MONTHS, recent_day, resolve
from incidex.extract.lexicon import THREAT, bare_plural, rx, says_something
from incidex.extract.past_asides import in_past_aside, without_past_asides
from incidex.schema import Role

# a month by its whole name
_MONTH_NAME = (
    r"(?:(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december)"
)
# Below this trigger score a main frame is a passing mention, not an incident (one "clash" word
# in a political story scores 1.5 x 2 in the lead; a lead sentence with "bomb" scores 5).
MIN_SCORE = 2.0
LEAD_SENTENCES = 4
# A frame this strong tells an incident wherever it stands (two lead sentences with a bomb and a
# killing score about 10; a passing mention of violence in commentary scores 2-6).
STRONG = 10.0
# Below this score a frame told in one late lead sentence only is an aside (one trigger word in
# the lead scores 3-5).
ASIDE = 6.0
# An event dated this many days before publication, or more, is long past (MUC-4, GTD: about
# two months at most make news).
OLD_DAYS = 90
# Lead words of stories about courts, anniversaries and opinion rather than a new event ("a bomb
# exploded during the town's anniversary party" tells one; an "[EDITORIAL REPORT]" is an agency
# editor's summary of the news, not an opinion).
_COURT_WORDS = (
    r"sentenced|sentencing|convicted|trial|acquitted|pleaded (?:guilty|not guilty)|verdict"
)
# A court's story follows up an incident told in it; an anniversary's may be of anything ("the
# 10th anniversary of the radio station", "commemorating May Day").
_COURT = rx(rf"\b(?:{_COURT_WORDS})\b")
_NOT_NEWS = rx(
    rf"\b(?:{_COURT_WORDS}"
    r"|anniversary(?! (?:party|parties|celebrations?|festivit\w+|parade|fair|festival))"
    r"|commemorat\w+|years after|op-ed|editorial(?! (?:office|board|staff|report)))\b",
)
_FRESH = rx(
    r"\b(?:yesterday|today|tonight|last night|overnight|this (?:morning|afternoon|evening)"
    r"|(?:in )?the (?:last|past) (?:24|48) hours|(?:\w+ )?(?:hours|minutes) ago"
    r"|(?:in |over |during )?the (?:last|past) (?:few|two|three|several) days"
    r"|(?:earlier |early |late )?this week|(?:over |during )?the weekend|this weekend"
    r"|(?:on |early |late )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
)
# A sentence that sums many events up tells no incident of its own: "393 guerrillas were killed
# in more than 600 clashes between January and September", "the number of members murdered has
# risen to 10 since March", "so far this year", "over the past 9 years"; nor one of sums and
# habits: "during this period", "10 clashes, 20 harassments", "countless people have been
# murdered", "100 members have been killed this year", "in only three months", "after 16 years
# of fighting", "killed as of today", "periodically suffering attacks", "1,500 people were killed
# in clashes", "the war, which killed 1,000", "set off 260 bombs", "since 11 November", "during
# the 2 months of the campaign". A habit word counts only
# beside a deed: "a market frequently visited by shoppers" still tells a bombing.
_TALLY = rx(
    rf"\b(?:since (?:the (?:beginning|start)|early|last|{_MONTH_NAME})"
    # "since 1 August when the envoy was shot" dates one event by its day
    rf"|since \d{{1,2}} {_MONTH_NAME}(?!,? when\b)"
    r"|so far this (?:year|month)"
    r"|this year alone|during the (?:\d+|two|three|four|five|six|several|past|last) (?:\w+ )?"
    r"(?:weeks|months|years)"
    r"|(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|months|decade)"
    r"|between (?:jan|febr)uary|between (?:march|april|june|july|august|september|october"
    r"|november) and|(?:has|have) (?:risen|climbed|increased) to|the number of|a total of"
    r"|(?:more|fewer) than \d+ (?:\w+ )?(?:attacks|clashes|bombings|murders|kidnappings|actions))"
    r"|\b(?:during (?:this|that|the same) period|covering the period|\d{2,}[\d,]* (?:[\w-]+ )?"
    r"(?:clash(?:es)?|attacks|ambushes|bombings|bombs|explosions|blasts|massacres|murders|killings"
    r"|kidnappings|actions|incidents|assaults|raids|harassments|skirmishes|operations|cases)"
    # "a wave of kidnapping and murder", "the wave of violence"
    r"|(?:a|the) (?:new |recent |current )?wave of"
    r"|\d{1,3}(?:,\d{3})+(?: [\w-]+){0,3}? (?:who )?(?:were|have been|had been)"
    # "more than 1,000 Nicaraguans they have kidnapped", "1,484 guerrillas and 284 soldiers
    # killed"
    r"|\d{1,3}(?:,\d{3})+(?: [\w-]+){0,3}? (?:they|we|that|whom|which) (?:have|had)\b"
    r"|\d{1,3}(?:,\d{3})+(?: [\w-]+){0,4}? (?:killed|dead|wounded|casualties)\b"
    r"|(?:killed|murdered|massacred|claimed|left)(?: (?:more than|over|at least|some|about|nearly"
    r"|almost|approximately))? \d{1,3}(?:,\d{3})+"
    r"|(?:war|conflict|violence|fighting)\W+(?:which|that) (?:has )?(?:[\w-]+ ){0,4}?(?:killed"
    r"|claimed|left)|(?:has|have) (?:lasted|raged|gone on) (?:for )?(?:\w+ )?(?:years|months)"
    r"|(?:countless|innumerable|numerous|hundreds of|thousands of|scores of)(?: [\w-]+){0,2}?"
    r" (?:attacks|bombings|murders|killings|kidnappings|massacres|assassinations|clashes)"
    r"|(?:countless|innumerable|numerous) (?:people|persons|civilians|peasants)"
    r"|(?:countless|innumerable|numerous|dozens of|scores of|hundreds of|thousands of)"
    r"(?: [\w-]+){1,2}? (?:who )?(?:have|had) been"
    r"|(?:has|have) (?:been )?\w+(?: [\w-]+){0,8}? (?:this year|so far|to date)"
    r"|in recent (?:weeks|months|years)|(?:over|in|during) the (?:past|last) (?:\w+ )?weeks"
    r"|in (?:only|just|less than|under) (?:\d+|two|three|four|five|six|a few)"
    r" (?:days|weeks|months|years)"
    r"|years (?:of )?(?:[\w-]+ )?(?:fighting|war|violence|conflict|struggle|terrorism)"
    r"|earlier (?:in|this) (?:the )?year|as of (?:today|now)"
    # "the victim of frequent army attacks", "its constant criminal attacks"
    r"|(?:frequent|constant|continual|repeated|periodic|systematic|incessant)(?: [\w-]+){0,3}?"
    r" (?:attacks|bombings|shellings|murders|killings|kidnappings|massacres|raids|ambushes"
    r"|harassments)"
    r"|(?:periodically|frequently|regularly|routinely|constantly|continually|more and more often)"
    r"(?: [\w-]+){0,2}? (?:attack|suffer|bomb|kill|murder|kidnap|harass|shell|assault|ambush)"
    r"\w*)\b",
)
# An opening that only points at an event to comment on it: "Concerning the recent attacks, the
# president said ...", "Asked about the bombing, he ...", "Regarding the explosions, our source did
# not say ...".
_ABOUT = rx(
    r"\W*(?:\[[^\]]*\]\s*)*(?:concerning|regarding|as for|as to|with regard to|with respect to"
    r"|referring to|asked about|commenting on|in reference to|in view of|on the subject of"
    # "he was referring to the massacre of ...", "he mentioned the case of ..."
    # "Cristiani comments on the situation after the attacks", "let us recall the explosion of"
    # "I will remind you that the same man organized the murder of ..."
    r"|(?:[\w'-]+ ){1,3}?(?:referring to|referred to|mentioned the case of|recall(?:s|ed|ing)?"
    r"|remind(?:s|ed|ing)? (?:you|us|them|him|her|everyone)(?: (?:that|of))?"
    r"|remember(?:s|ed|ing)?|not forget|comment(?:s|ed|ing)? on|spoke (?:about|of)"
    r"|talk(?:s|ed|ing)? about))\b"
    # what the opening names runs on through the events it singles out: "Concerning the recent
    # attacks, particularly the bombing of the bank, he said ..."
    r"(?:[^,;:]|,\s*(?:particularly|especially|notably|in particular|including|such as|namely)\b)*$"
)
# A recall opens a list of what it recalls, to the end of the sentence: "Let us recall the
# bombing of the airliner; the murder of the judges; and the car bomb at the ministry", "There
# is more: let us not forget the senator, the governor and the judge who were murdered"; not an
# aside that reminds of the story's own incident ("As you will recall, he was kidnapped on ...").
_RECALLED = rx(
    r"\W*(?:\[[^\]]*\]\s*)*(?:[^.:;]*:\s*)?(?!as\b)(?:[\w'-]+ ){1,3}?(?:recall(?:s|ed|ing)?"
    r"|remind(?:s|ed|ing)? (?:you|us|them|him|her|everyone)|not forget|let us remember)\b(?!,)"
    r"[^.!?]*$"
)
# A record tells no incident of its own: "journalists have been murdered", "many brave farmers
# have been kidnapped", "those who have been kidnapped" (a bare plural subject, or "those who",
# in the present perfect passive; "two journalists have been murdered", "the guards have been
# shot" tell one).
_RECORD = rx(
    r"(?:(?:^|[;:]|\b(?:and|but|that)\b)\s*(?:(?:many|countless|numerous) )?"
    r"(?:(?!(?:the|these|those|this|his|her|their|its|our|your|my|an?|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|several|some|both|all|\d+)\b)[a-z][\w'-]* ){0,2}?"
    r"(?!(?:the|these|those|this|his|her|their|its|our|your|my|news|police|press)\b)"
    r"[a-z][\w'-]*[^s\W]s|\bthose (?:\w+ )?who) (?:have|has) (?:also )?been (?:\w+ly )?$"
)
# A page's list of videos, each a running time and another story's headline: "1:01 Man sentenced
# to 30 years" ("10:30 a.m. Monday" is a time of day)
_TEASER = re.compile(r"\s*\d{1,2}:\d{2}\s+(?!(?:a|p)\.?\s?m\b|o'clock\b)[A-Z\"'‘“]")
_OLD_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# An event told as long past: the MUC-4 and GTD codebooks take no incident older than about two
# months as news ("kidnapped more than 5 years ago", "last year", "four months ago"); "last
# January" is old when the month lies three or more months before publication.
_LONG_AGO = rx(
    r"\b(?:years? ago|last year|a year (?:ago|earlier)|(?:[3-9]|1[0-2]|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|several|many) months (?:ago|earlier))\b"
)
_LAST_MONTH = rx(
    r"\blast (january|february|march|april|june|july|august|september|october|november"
    r"|december)\b"
)
# A fresh day that dates a later turn of an older event: "he died yesterday, 17 days after the
# attack", "two weeks after the bombing".
_LONG_AFTER = rx(r"\b(?:days|weeks|months|years) (?:after|since)\b")
# A date that belongs to the telling, not to the event: "the minister said today that ...",
# "reported yesterday", "today announced".
_SAID_WHEN = rx(
    r"\b(?:said|says|stated|reported|announced|told|declared|denounced|added|indicated|noted"
    r"|explained|confirmed|revealed|charged|asserted|warned|issued|released)"
    r"(?: \w+){0,2}? (?:today|yesterday|tonight|this (?:morning|afternoon|evening))\b"
    r"|\b(?:today|yesterday|tonight) (?:\w+ )?(?:said|stated|reported|announced|told|declared"
    r"|denounced|warned|issued|released)\b",
)


def run(analysis: Analysis) -> Analysis:
    """The analysis with `relevant` set: True when a main frame reports a current incident."""
    main = next((f for f in analysis.frames or () if f.role == Role.MAIN), None)
    relevant = False
    if main is not None and main.score >= MIN_SCORE and analysis.sentences:
        # no datelines, bracketed notes nor a page's list of videos: they take no place in the lead
        body = [
            s
            for s in analysis.sentences
            if (says_something(s.text) or _headline_deed(s, main)) and not _TEASER.match(s.text)
        ]
        told = [
            s
            for s in body[:LEAD_SENTENCES]
            if _tells_one(analysis.text, s, main, analysis.published)
        ]
        lead = " ".join(s.text for s in body[:LEAD_SENTENCES])
        court = _court(body[:LEAD_SENTENCES], told, main)
        framed = [analysis.sentences[i] for i in main.sentences]
        recent = [
            s
            for s in framed
            if _tells_one(analysis.text, s, main, analysis.published)
            and _recent(s, analysis.published)
        ]
        # a strong frame needs one sentence that tells an incident: many words in tallies,
        # questions and talk of violence in general tell none
        strong = main.score >= STRONG and any(
            _tells_one(analysis.text, s, main, analysis.published) for s in framed
        )
        # a threat against particular people or a target is news wherever the story tells it
        threat = any(_threatens(analysis.text, s, main, analysis.published) for s in framed)
        fresh = any(_fresh(s, analysis.published) for s in told) or bool(recent)
        # one mention late in the lead, in a weak frame, with nothing recent: an aside in a story
        # about something else
        aside = len(told) == 1 and told[0] not in body[:2] and main.score < ASIDE and not recent
        reported = (bool(told) and not aside) or strong or bool(recent) or threat
        # a threat is news of its own, whatever court its lead tells ("the group's tribunal
        # sentenced five to death ... these people will be executed")
        relevant = reported and (not court or fresh or threat)
        if reported and not relevant and _COURT.search(lead):
            # a trial or a sentence for an incident told in the story: no news of its own, but
            # the incident it follows up is cited history (see assemble.report)
            return dataclasses.replace(analysis, relevant=False, frames=_followed(analysis))
        if relevant and analysis.settings.relevance_scope == "attacks":
            # a fight between armed forces only: no event at all, not even as history
            return dataclasses.replace(analysis, relevant=not _combat(analysis))
    if not relevant:
        return dataclasses.replace(analysis, relevant=False, frames=_cited(analysis))
    return dataclasses.replace(analysis, relevant=True)


# A three-word headline that is a whole clause, its verb in the headline's present tense: "Uncle
# shoots nephew", "Boy Stabs Cousin" (a scrap of fewer words than says_something takes).
_HEADLINE = re.compile(r"\W*[A-Za-z][\w'’-]*\s+([A-Za-z][a-z]+s)\s+[A-Za-z][\w'’-]*[.!]?\s*")


def _headline_deed(sentence: Sentence, frame: Frame) -> bool:
    """True for a three-word headline whose verb is one of the frame's trigger words: a page
    whose story was lost to page noise still tells its incident by it."""
    m = _HEADLINE.fullmatch(sentence.text)
    return m is not None and any(
        t.start == sentence.start + m.start(1) and t.end == sentence.start + m.end(1)
        for t in frame.triggers
    )


def _cited(analysis: Analysis) -> tuple[Frame, ...]:
    """The frames of a story that reports no current incident, as background, each narrowed to
    its sentences that tell an incident of the last months ("Galan, who was murdered on 18
    August"; not "the drug barons' attacks", "1,500 people were killed in clashes", "the
    archbishop was killed 10 years ago", "the 1986 attack"). Assemble keeps those told with their
    own toll, or their own place and date."""
    sentences = analysis.sentences or ()
    published = analysis.published
    cited = []
    for f in analysis.frames or ():
        told = tuple(
            i
            for i in f.sentences
            if _tells_one(analysis.text, sentences[i], f, published)
            and not _earlier_year(sentences[i].text, published)
            and not _dated_long_ago(sentences[i].text, published)
        )
        if told and f.year is None:
            spans = [(sentences[i].start, sentences[i].end) for i in told]
            triggers = tuple(t for t in f.triggers if any(a <= t.start < b for a, b in spans))
            cited.append(
                dataclasses.replace(f, role=Role.BACKGROUND, sentences=told, triggers=triggers)
            )
    return tuple(cited)


def _earlier_year(text: str, published: date | None) -> bool:
    return published is not None and any(
        int(m.group(0)) < published.year for m in _OLD_YEAR.finditer(text)
    )


def _followed(analysis: Analysis) -> tuple[Frame, ...]:
    """The frames of a follow-up story: its main frames become background, the earlier incident
    the trial or the anniversary is about."""
    return tuple(
        dataclasses.replace(f, role=Role.BACKGROUND, follow_up=True) if f.role == Role.MAIN else f
        for f in analysis.frames or ()
    )


def _tells_one(text: str, sentence: Sentence, frame: Frame, published: date | None = None) -> bool:
    """True when the sentence states an incident and does not tell it as long past; an aside on
    an earlier event ("- the second since a bombing two years ago -") dates only itself."""
    plain = without_past_asides(sentence.text, published)
    return not _long_ago(plain, published) and _states(text, sentence, frame, published)


def _states(text: str, sentence: Sentence, frame: Frame, published: date | None) -> bool:
    """True when the sentence states an incident: one of the frame's trigger words stands in it,
    out of its asides on earlier events, not only as a bare plural of violence in general, and
    the sentence neither asks a question nor sums many events up."""
    asks = sentence.text.rstrip().endswith("?") and not _ASKED_DEED.search(sentence.text)
    if asks or _tally(sentence.text):
        return False
    return any(
        sentence.start <= t.start < sentence.end
        and not in_past_aside(sentence.text, published, t.start - sentence.start)
        and not bare_plural(text, t.start, t.end)
        and not _ABOUT.match(text, sentence.start, t.start)
        and not _RECALLED.match(text, sentence.start, t.start)
        and not _RECORD.search(sentence.text, 0, t.start - sentence.start)
        for t in frame.triggers
    )


# A question may still state a dated deed in a relative clause: "what do you think of the bombs
# that were planted yesterday and killed two guards?" ("what do you think of bombings?" asks).
_ASKED_DEED = rx(
    r"\b(?:that|which|who) (?:(?:was|were) )?[a-z]+ed\b[^?]{0,40}?\b(?:yesterday|today"
    r"|last night|this (?:morning|afternoon|evening))\b"
)


def _threatens(text: str, sentence: Sentence, frame: Frame, published: date | None) -> bool:
    """True when the sentence tells a threat against particular people or a target ("the cartel
    has threatened to kill 10 judges"): MUC-4 and GTD count it as an event, its outcome
    threatened."""
    # the threat's words first: most sentences have none, and _tells_one reads the whole sentence
    return any(
        sentence.start <= t.start < sentence.end and THREAT.match(text, t.start)
        for t in frame.triggers
    ) and _tells_one(text, sentence, frame, published)


# An anniversary the deed was timed to or done for: "bombs exploded a day after the anniversary
# of the leader's death", "fired at the consulate to mark the anniversary of the group's founding".
_MARKED = rx(r"anniversary|commemorat\w+")


# The pluperfect of a background clause: "the judge had presided over the trial of ...".
_HAD = rx(r"\bhad\b[^.;:]{0,60}$")
# A death sentence its captors passed, no court's: "the rebels kidnapped the engineer and
# sentenced him to death" (their hostage's fate is news).
_CAPTORS = rx(r"\b(?:kidnapp|abduct)ed\b[^.;]{0,80}\band $")
_TO_DEATH = rx(r" (?:[\w'-]+ ){0,3}?to death\b")


def _court(lead: list[Sentence], told: list[Sentence], frame: Frame) -> bool:
    """True for a lead about a trial, a verdict, an anniversary or opinion. In the first sentence
    that tells an incident an anniversary counts only before the deed; after it, an anniversary
    the deed was timed to or a trial in the pluperfect ("the judge had presided over the trial of
    ...") is the incident's background, while a new turn ("he pleaded guilty") still counts."""
    first = told[0] if told else None
    for s in lead:
        for m in _NOT_NEWS.finditer(s.text):
            if _CAPTORS.search(s.text, 0, m.start()) and _TO_DEATH.match(s.text, m.end()):
                continue
            if first is not None and s.start > first.start:
                if _MARKED.fullmatch(m.group(0)) or _HAD.search(s.text, 0, m.start()):
                    continue
                return True
            deed_before = any(s.start <= t.start < s.start + m.start() for t in frame.triggers)
            if not (s is first and deed_before and _MARKED.fullmatch(m.group(0))):
                return True
    return False


# A sum that ranks this event among others tells it all the same: "was murdered, the fourth such
# killing in the past four months", "the latest attack in recent weeks".
_RANKED = rx(
    r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|latest) (?:such |similar )?(?:[\w-]+ ){1,2}$"
)


# A sentence is asked whether it tallies, and whether it tells of long ago, once for each of the
# lead, the recent, the strong and the threat tests (see run): read once per text.
@functools.lru_cache(maxsize=1024)
def _tally(text: str) -> bool:
    return any(not _RANKED.search(text, 0, m.start()) for m in _TALLY.finditer(text))


@functools.lru_cache(maxsize=1024)
def _long_ago(text: str, published: date | None) -> bool:
    if _LONG_AGO.search(text):
        return True
    m = _LAST_MONTH.search(text)
    if m is None or published is None:
        return False
    return (published.month - MONTHS[m.group(1).casefold()[:3]]) % 12 >= 3


def _dated_long_ago(text: str, published: date | None) -> bool:
    """True for a sentence that dates what it tells by a day three months or more before
    publication ("killed after the coup on 3 October" in a story of January); the latest of its
    days decides ("killed five people between 27 June and 18 August" in a story of October tells
    deeds of the last weeks). A day with its year (a dateline's "1 MAY 89" is when the story was
    filed) is left to the year's rules."""
    if published is None:
        return False
    ages = []
    for d in DATE.finditer(text):
        day = (d.group("md_m") and not d.group("md_y")) or (d.group("dm_m") and not d.group("dm_y"))
        when = resolve(d, published) if day else None
        if when is not None:
            ages.append((published - when.value).days)
    return bool(ages) and min(ages) >= OLD_DAYS


def _fresh(sentence: Sentence, published: date | None) -> bool:
    text = without_past_asides(sentence.text, published)
    return bool(_FRESH.search(text)) and not _NOT_NEWS.search(text) and not _OLD_YEAR.search(text)


# A deed told on the word of the police or the authorities is the news they give, not history:
# "a kiosk in the south of the city was destroyed by a bomb, police reported".
_POLICE_SAID = rx(
    r",\s(?:the )?(?:(?:national )?police|authorities|officials|(?:police|military|army) sources"
    r"|(?:police|army|military) spokesm[ae]n) (?:have )?(?:said|reported|stated|announced)\b"
)

# A deed the sentence itself calls recent is news, though the story reacts to it rather than
# tells it: "he expressed his shock at the recent murders of judges", "the most recent bombing"
# (an opening that only points at it, "Concerning the recent attacks, ...", tells none, see
# _ABOUT; "in recent weeks" sums many up, see _TALLY).
_RECENT_DEED = rx(
    r"\b(?:the|this|these) (?:most )?recent (?:[\w-]+ ){0,2}?(?:murders?|killings?"
    r"|assassinations?|bombings?|attacks?|massacres?|kidnappings?)\b"
)


def _recent(sentence: Sentence, published: date | None) -> bool:
    """True for a sentence dated within the last days before publication ("yesterday", "on 11
    May" in a story of 14 May), told on the word of the police ("..., police reported") or calling
    its deed recent ("the recent murders of judges"), with no earlier year, no court or
    anniversary and no "17 days after the attack" in it; an aside on an earlier event dates only
    itself."""
    text = without_past_asides(sentence.text, published)
    if _NOT_NEWS.search(text) or _OLD_YEAR.search(text) or _LONG_AFTER.search(text):
        return False
    if any(
        not _SAID_WHEN.search(text, max(0, m.start() - 40), m.end() + 30)
        for m in _FRESH.finditer(text)
    ):
        return True
    # "on 11 May", "11 MAY", "May 11": a day of the month, news wherever it is told
    return (
        recent_day(text, published)
        or bool(_POLICE_SAID.search(text))
        or bool(_RECENT_DEED.search(text))
    )


def _combat(analysis: Analysis) -> bool:
    """True when the main events tell only a fight between armed forces (see `combat`); tallies
    ("100 rebels have been killed this year") are no part of it."""
    sentences = analysis.sentences or ()
    told: list[Sentence] = []
    framed: list[str] = []
    for frame in analysis.frames or ():
        if frame.role != Role.MAIN:
            continue
        body = [sentences[i] for i in frame.sentences]
        told += [s for s in body if _tells_one(analysis.text, s, frame, analysis.published)]
        framed += [s.text for s in body if not _TALLY.search(s.text)]
    told.sort(key=lambda s: s.start)
    return combat_only([s.text for s in told], framed)
