"""The join-or-found decision, on plain data."""

from __future__ import annotations

import datetime as dt

from incidex.fuse.merge import Candidate, Probe, compatible, decide, km, name_weight, score
from incidex.schema import EventType

DAY = dt.date(2024, 5, 11)
DAYTON = {"lat": 39.759, "lon": -84.192, "city_level": True, "country_code": "US"}


def probe(**kw: object) -> Probe:
    base: dict[str, object] = {"type": EventType.ARMED_ASSAULT, "date": DAY, **DAYTON}
    base.update(kw)
    return Probe(**base)  # type: ignore[arg-type]


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


def test_shared_victim_names_join_reports_a_day_apart() -> None:
    names = frozenset({"delaney", "ashford", "pickett"})
    old = Candidate(id=7, probe=probe(names=names))
    new = probe(date=DAY + dt.timedelta(days=1), names=names | {"brandt"})
    assert decide(new, [old], {"delaney": 1, "ashford": 1, "pickett": 1}) == 7


def test_same_day_same_city_without_shared_names_founds_a_new_incident() -> None:
    old = Candidate(id=7, probe=probe(names=frozenset({"delaney", "ashford"})))
    new = probe(names=frozenset({"monroe", "lakeisha"}))
    assert score(new, old.probe, {}) is not None
    assert decide(new, [old], {"delaney": 1, "ashford": 1}) is None


def test_dates_far_apart_need_strong_shared_names() -> None:
    names = frozenset({"delaney", "ashford", "pickett"})
    old = Candidate(id=3, probe=probe(names=names))
    months_later = probe(date=DAY + dt.timedelta(days=120), names=names)
    counts = {"delaney": 1, "ashford": 1, "pickett": 1}
    assert decide(months_later, [old], counts) == 3
    weak = probe(date=DAY + dt.timedelta(days=120), names=frozenset({"delaney"}))
    assert decide(weak, [old], counts) is None


def test_incompatible_types_never_join() -> None:
    names = frozenset({"delaney", "ashford"})
    old = Candidate(id=1, probe=probe(type=EventType.PROTEST, names=names))
    assert decide(probe(names=names), [old], {"delaney": 1, "ashford": 1}) is None


def test_the_best_candidate_wins_and_ties_go_to_the_oldest() -> None:
    names = frozenset({"delaney", "ashford"})
    counts = {"delaney": 1, "ashford": 1}
    far = Candidate(id=1, probe=probe(names=names, lat=39.95, lon=-82.99))  # Columbus
    near = Candidate(id=2, probe=probe(names=names))
    assert decide(probe(names=names), [far, near], counts) == 2
    twin = Candidate(id=5, probe=probe(names=names))
    assert decide(probe(names=names), [twin, near], counts) == 2


def test_an_article_without_an_event_links_only_on_strong_names() -> None:
    names = frozenset({"delaney", "ashford", "pickett"})
    old = Candidate(id=4, probe=probe(names=names))
    counts = dict.fromkeys(names, 1)
    trial = Probe(type=EventType.OTHER, date=None, names=names)
    assert decide(trial, [old], counts, least_names=2.5) == 4
    vague = Probe(type=EventType.OTHER, date=None, names=frozenset({"delaney"}))
    assert decide(vague, [old], counts, least_names=2.5) is None
