"""A golden article of several incidents: the news, a separate attack reported with it, and an
earlier one cited for context, whose figures, date and perpetrators never reach the main events
(issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incidex import extract
from incidex.schema import ArticleReport, Role

ARTICLE = Path(__file__).parents[1] / "articles" / "maiduguri_station_bomb.txt"


@pytest.fixture(scope="module")
def report() -> ArticleReport:
    return extract(ARTICLE.read_text(encoding="utf-8"), published="2024-03-06")


def test_events_background_first_main_is_the_news(report: ArticleReport) -> None:
    main = report.events[0]
    assert (main.role, main.type, main.claimed) == (Role.MAIN, "bombing", False)
    assert main.date is not None and main.date.value.isoformat() == "2024-03-05"
    [iswap] = [a for a in main.perpetrators if a.name == "ISWAP"]
    assert (iswap.status, iswap.attributed_to) == ("accused", "Police")


def test_events_background_separate_attack_is_a_further_main_event(report: ArticleReport) -> None:
    mains = [e for e in report.events if e.role == Role.MAIN]
    assert len(mains) == 2
    kano = mains[1]
    assert kano.type == "armed_assault"
    assert kano.place is not None and kano.place.name == "Kano"
    assert kano.date is not None and kano.date.value.isoformat() == "2024-03-04"
    assert [a.name for a in kano.perpetrators] == ["unidentified gunmen"]


def test_events_background_nothing_of_the_earlier_attack_leaks(report: ArticleReport) -> None:
    [background] = [e for e in report.events if e.role == Role.BACKGROUND]
    assert background.date is not None and background.date.value.year == 2021
    assert background.claimed is True
    assert [a.name for a in background.perpetrators] == ["Boko Haram"]
    for main in (e for e in report.events if e.role == Role.MAIN):
        assert "Boko Haram" not in [a.name for a in main.perpetrators]
        assert main.claimed is not True
        assert main.date is None or main.date.value.year == 2024
        values = {f.value for f in main.casualties}
        assert not values & {31, 58}
