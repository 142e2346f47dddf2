"""The join-or-found decision, on plain data."""

from __future__ import annotations

import datetime as dt

import pytest

from incidex.fuse.fingerprint import terms
from incidex.fuse.merge import (
    Candidate,
    Probe,
    Rarity,
    compatible,
    decide,
    km,
    name_weight,
    score,
    text_similarity,
)
from incidex.schema import EventType

DAY = dt.date(2024, 5, 11)
DAYTON = {"lat": 39.759, "lon": -84.192, "city_level": True, "country_code": "US"}
ELM = terms(
    "Two men were shot dead outside the Riverside Market on Elm Street late on Saturday. "
    "Marcus Delaney and Tyrell Ashford died at the scene; Jerome Pickett was wounded."
)
ELM_NEXT_DAY = terms(
    "Police named the men killed outside the Riverside Market on Elm Street as Marcus Delaney "
    "and Tyrell Ashford. Jerome Pickett, who was wounded, is in stable condition."
)
GETTYSBURG = terms(
    "A woman was wounded in a drive-by shooting on Gettysburg Avenue on Saturday afternoon. "
    "Lakeisha Monroe was hit in the leg outside her home; the car drove off toward Hoover Avenue."
)
# Words every shooting story uses are common among stored articles; the names are rare.
COMMON = {"shot": 40, "wounded": 45, "police": 50, "killed": 40, "saturday": 30, "men": 20}
RARITY = Rarity(terms=COMMON, articles=50)


def probe(**kw: object) -> Probe:
    base: dict[str, object] = {"type": EventType.ARMED_ASSAULT, "date": DAY, **DAYTON}
    base.update(kw)
    return Probe(**base)  # type: ignore[arg-type]


def incident(i: int, *reports: dict[str, int], **kw: object) -> Candidate:
    return Candidate(id=i, probe=probe(term_sets=reports, **kw))


def test_distance_is_great_circle_kilometres() -> None:
    kabul, kandahar = probe(lat=34.53, lon=69.17), probe(lat=31.61, lon=65.71)
    assert 440 < (km(kabul, kandahar) or 0) < 460
    assert km(probe(lat=None), kabul) is None


def test_type_families() -> None:
    assert compatible(EventType.ARMED_ASSAULT, EventType.ASSASSINATION)
    assert compatible(EventType.BOMBING, EventType.EXPLOSION)
    assert compatible(EventType.EXPLOSION, EventType.ACCIDENT)
    assert not compatible(EventType.PROTEST, EventType.BOMBING)
    assert not compatible(EventType.AIR_STRIKE, EventType.ARMED_ASSAULT)


def test_rare_names_weigh_more_than_common_ones() -> None:
    assert name_weight(1) > name_weight(3) > name_weight(8) > name_weight(50) == 0.0


def test_text_similarity_is_high_for_two_reports_of_one_shooting() -> None:
    same = text_similarity(probe(terms=ELM_NEXT_DAY), probe(term_sets=(ELM,)), RARITY)
    other = text_similarity(probe(terms=GETTYSBURG), probe(term_sets=(ELM,)), RARITY)
    assert same > 0.3
    assert other < 0.1
    assert text_similarity(probe(terms=ELM), probe(term_sets=(ELM,)), RARITY) > 0.99


def test_the_closest_report_counts_not_the_whole_incident() -> None:
    many = incident(3, GETTYSBURG, ELM)
    one = probe(term_sets=(ELM,))
    new = probe(terms=ELM_NEXT_DAY)
    assert text_similarity(new, many.probe, RARITY) == text_similarity(new, one, RARITY)


@pytest.mark.parametrize(
    ("mine", "theirs", "known"),
    [
        (ELM, ELM_NEXT_DAY, COMMON),
        (ELM, GETTYSBURG, COMMON),
        (GETTYSBURG, ELM_NEXT_DAY, {**COMMON, "avenue": 3, "street": 12}),
        (ELM, ELM, {}),
        (ELM, {"unrelated": 3, "words": 1}, COMMON),
        ({"shot": 2}, {"shot": 70, "police": 1}, {"shot": 49}),
    ],
)
def test_the_fast_cosine_equals_the_cosine_of_built_vectors(
    mine: dict[str, int], theirs: dict[str, int], known: dict[str, int]
) -> None:
    rarity = Rarity(terms=known, articles=50)
    a, b = rarity.vector(mine), rarity.vector(theirs)
    built = sum(x * b.get(t, 0.0) for t, x in a.items())
    assert rarity.cosine(a, theirs) == pytest.approx(built, abs=1e-12)
    assert rarity.cosine(a, {}) == 0.0


def test_reports_a_day_apart_join() -> None:
    new = probe(date=DAY + dt.timedelta(days=1), terms=ELM_NEXT_DAY)
    assert decide(new, [incident(7, ELM)], RARITY) == 7


def test_same_day_same_city_with_different_stories_founds_a_new_incident() -> None:
    new = probe(terms=GETTYSBURG)  # same place, same day, different victims and street
    assert score(new, incident(7, ELM).probe, RARITY) is None
    assert decide(new, [incident(7, ELM)], RARITY) is None
    silent = probe(terms={})  # a page with no words of its own: place and date decide
    assert score(silent, incident(7, ELM).probe, RARITY) == 1.5


def test_a_follow_up_months_later_needs_rare_names_or_the_same_place() -> None:
    later = DAY + dt.timedelta(days=120)
    names = frozenset({"delaney", "ashford", "pickett"})
    rarity = Rarity(terms=COMMON, articles=50, names=dict.fromkeys(names, 1))
    old = incident(3, ELM, names=names, name_sets=(names,))
    assert decide(probe(date=later, terms=ELM_NEXT_DAY, names=names), [old], rarity) == 3
    elsewhere = probe(date=later, terms=ELM_NEXT_DAY, lat=41.50, lon=-81.69)  # Cleveland
    assert decide(elsewhere, [old], rarity) is None
    unrelated = probe(date=later, terms=GETTYSBURG)
    assert decide(unrelated, [old], rarity) is None


def test_incompatible_types_never_join() -> None:
    old = incident(1, ELM, type=EventType.PROTEST)
    assert decide(probe(terms=ELM_NEXT_DAY), [old], RARITY) is None


def test_the_best_candidate_wins_and_ties_go_to_the_oldest() -> None:
    gettysburg, elm = incident(1, GETTYSBURG), incident(2, ELM)
    assert decide(probe(terms=ELM_NEXT_DAY), [gettysburg, elm], RARITY) == 2
    twin = incident(5, ELM)
    assert decide(probe(terms=ELM_NEXT_DAY), [twin, elm], RARITY) == 2


def test_an_article_without_an_event_links_only_on_similar_text() -> None:
    trial = Probe(type=EventType.OTHER, date=None, terms=ELM_NEXT_DAY)
    assert decide(trial, [incident(4, ELM)], RARITY, least_text=0.15) == 4
    vague = Probe(type=EventType.OTHER, date=None, terms=GETTYSBURG)
    assert decide(vague, [incident(4, ELM)], RARITY, least_text=0.15) is None
