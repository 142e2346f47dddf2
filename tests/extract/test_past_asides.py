"""Asides on an earlier event set into a lead sentence (issue 5): bracketed, between dashes or a
ranking or relative comma clause. Their year, their "two years ago" and their dead are the
earlier event's; the sentence's own clause stays the news, with its toll and its day."""

from __future__ import annotations

from datetime import date

import pytest

from incidex import extract
from incidex.extract.past_asides import past_asides, without_past_asides
from incidex.schema import EventMention, Role

PUBLISHED = date(2024, 3, 7)

# (sentence, the aside read as past, or None)
SPANS = [
    ("A bomb killed two soldiers in Setif on Monday (a bomb there killed five people in 2001).",
     "(a bomb there killed five people in 2001)"),
    ("Gunmen killed a mayor in Sibi on Tuesday - the second such killing since a raid two "
     "years ago - police said.",
     "since a raid two years ago"),
    ("Gunmen killed a mayor in Sibi on Tuesday - the third in a month - police said.", None),
    ("Police shot a man on Friday, who was hit in the 1900-block of Elm Street, a witness said.",
     None),
    ("Police shot a man on Friday (he lived at 2010 Elm Street).", None),
    ("Gunmen shot dead two guards in Mardan on Tuesday, the second such attack since a bombing "
     "there last year that killed six people, police said.",
     "since a bombing there last year that killed six people"),
    ("Rebels shelled Dara, where a car bomb killed nine people in 2019, on Sunday.",
     ", where a car bomb killed nine people in 2019"),
    # a dateline before the dash opens the sentence: no aside
    ("KABUL, Afghanistan - A bomb killed 12 soldiers on Monday in the deadliest attack since "
     "last year.",
     None),
    # this year is no earlier event's
    ("A bomb killed two soldiers in Setif on Monday (a bomb there killed five people in 2024).",
     None),
    # a sentence that is all aside tells that event itself
    ("(In 2019 a bomb there killed six people.)", None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "aside"), SPANS)
def test_past_asides_spans(sentence: str, aside: str | None) -> None:
    spans = past_asides(sentence, PUBLISHED)
    assert [sentence[a:b] for a, b in spans] == ([aside] if aside else [])
    blanked = without_past_asides(sentence, PUBLISHED)
    assert len(blanked) == len(sentence)
    assert (aside or "\0") not in blanked


def _events(text: str) -> list[EventMention]:
    return list(extract(text, published=PUBLISHED.isoformat()).events)


# (article, main type, main date, main killed, values that must never reach the main event)
LEADS = [
    ("A car bomb killed two soldiers in Setif on Monday (a blast in the same square killed four "
     "people in 1997). Police said the bomb was hidden in a van.",
     "bombing", "2024-03-04", 2, {4}),
    ("A roadside bomb killed two policemen in Tikrit on Sunday (in 2019 a bomb there killed six). "
     "Police blamed militants.",
     "bombing", "2024-03-03", 2, {6}),
    ("Gunmen shot dead a judge in Quetta on Tuesday - the second such killing since a court "
     "bombing two years ago - police said. The judge was driving home.",
     "armed_assault", "2024-03-05", 1, set()),
    ("Gunmen shot dead two policemen in Mardan on Tuesday, the second such attack since a "
     "bombing there last year that killed six people, police said.",
     "armed_assault", "2024-03-05", 2, {6}),
    # the aside's day and its "court" (an aftermath word before the day) are the earlier event's
    ("A car bomb killed two soldiers in Setif (a blast there killed four people on March 3, "
     "2019) on Monday. Police said the bomb was hidden in a van.",
     "bombing", "2024-03-04", 2, {4}),
    ("Gunmen shot dead a judge in Quetta - the second such killing since a court bombing in June "
     "2022 - on Tuesday, police said.",
     "armed_assault", "2024-03-05", 1, set()),
    # an aside names the event's kind too, but for the event it is measured against ("since
    # a court bombing" above)
    ("Youths went on a rampage in Kaura on Sunday - a shooting that recalled a massacre there two "
     "decades ago - and police said three people died.",
     "armed_assault", "2024-03-03", 3, set()),
    # the aside's "last year" dates no figure of the main clause
    ("A bomb killed two soldiers on Wednesday in Setif, where a blast killed four people last "
     "year, police said.",
     "bombing", "2024-03-06", 2, {4}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "etype", "day", "killed", "banned"), LEADS)
def test_past_asides_leave_the_main_event(
    text: str, etype: str, day: str, killed: int, banned: set[int]
) -> None:
    main = next(e for e in _events(text) if e.role == Role.MAIN)
    assert main.type == etype
    assert main.date is not None and main.date.value.isoformat() == day
    assert main.killed is not None and main.killed.value == killed
    assert not {f.value for f in main.casualties} & banned


def test_past_asides_a_later_sentence_stays_the_main_event() -> None:
    # the aside's year opened a background frame that took the rest of the paragraph
    events = _events(
        "A bomb killed two soldiers in Setif on Monday. The blast - the deadliest there since "
        "2019 - also wounded 11 people, police said."
    )
    main = next(e for e in events if e.role == Role.MAIN)
    assert main.injured is not None and main.injured.value == 11
