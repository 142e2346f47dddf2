"""The `incidex` command and the Python API, end to end on real files and standard input."""

from __future__ import annotations

import datetime
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import incidex
from incidex.cli import main
from incidex.errors import EmptyInput, InputError
from incidex.schema import ArticleReport

STORY = (
    "KANO, Nigeria (Wire) — A bomb exploded at a busy market in Kano on Tuesday, killing at "
    "least 9 people and wounding 20 others, police said."
)


def test_cli_extract_jsonl_from_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "kano.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main(["extract", str(path), "--published", "2024-03-06"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    report = json.loads(line)
    assert report["article"] == {
        "id": str(path),
        "url": None,
        "outlet": None,
        "title": None,
        "published": "2024-03-06",
        "language": "en",
    }
    event = report["events"][0]
    assert (event["type"], event["date"]["value"], event["place"]["name"]) == (
        "bombing",
        "2024-03-05",
        "Kano",
    )
    assert (event["killed"]["value"], event["killed"]["qualifier"]) == (9, "at_least")
    assert event["injured"]["value"] == 20


def test_cli_extract_json_and_table_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kano.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main(["extract", str(path), "--format", "json", "--published", "2024-03-06"]) == 0
    [report] = json.loads(capsys.readouterr().out)
    assert report["events"][0]["killed"]["value"] == 9
    assert main(["extract", str(path), "--format", "table", "--published", "2024-03-06"]) == 0
    out = capsys.readouterr().out
    assert "bombing" in out and ">=9" in out and "killing at least 9 people" in out


def test_cli_skipped_inputs_exit_1_with_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(STORY, encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    assert main(["extract", str(good), str(empty), str(tmp_path / "nope.txt")]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert f"skipped {empty}: is empty" in captured.err
    assert "nope.txt: no such file or directory" in captured.err
    assert "1 articles reported, 2 inputs skipped" in captured.err


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "x.txt", "--published", "yesterday"]) == 2
    assert "not an ISO date" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--format", "xml"])
    assert exit_info.value.code == 2


def test_cli_bad_setting_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INCIDEX_HEADLINE_POLICY", "loudest")
    assert main(["settings"]) == 2
    assert "headline_policy 'loudest'" in capsys.readouterr().err


def test_cli_missing_model_is_a_config_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "kano.txt"
    path.write_text(STORY, encoding="utf-8")
    assert main(["extract", str(path), "--model", "no_such_model_xyz"]) == 2
    assert "cannot load the spaCy model 'no_such_model_xyz'" in capsys.readouterr().err


def test_cli_stdin_jsonl(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = "".join(
        json.dumps({"id": f"r{i}", "text": STORY, "published": "2024-03-06", "title": None}) + "\n"
        for i in range(3)
    )
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(feed.encode())))
    )
    assert main(["extract", "-"]) == 0
    ids = [json.loads(line)["article"]["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["r0", "r1", "r2"]


def test_cli_demo_and_settings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Maiduguri" in out and "Boko Haram" in out and "background" in out
    assert "No group" not in out  # "No group has claimed responsibility" names nobody
    assert main(["demo", "--format", "jsonl"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["events"][0]["killed"]["value"] == 23
    assert main(["settings"]) == 0
    assert "headline_policy = 'latest'" in capsys.readouterr().out


def test_cli_runs_as_a_command_on_stdin(tmp_path: Path) -> None:
    """As the scorer calls it: a real process reading JSONL on standard input."""
    feed = json.dumps({"id": "cmd1", "text": STORY, "published": "2024-03-06"}) + "\n"
    proc = subprocess.run(
        [sys.executable, "-m", "incidex", "extract", "--format", "jsonl", "-"],
        input=feed,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["article"]["id"] == "cmd1"


def test_api_extract_and_round_trip() -> None:
    report = incidex.extract(STORY, published="2024-03-06")
    assert report.events[0].killed is not None and report.events[0].killed.value == 9
    again = incidex.from_json(ArticleReport, incidex.to_json(report, with_text=True))
    assert again == report


def test_api_rejects_bad_input() -> None:
    with pytest.raises(EmptyInput):
        incidex.extract("   ")
    with pytest.raises(InputError, match="not an ISO date"):
        incidex.extract(STORY, published="March 6")


def test_service_a_failing_article_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    """A stage that breaks on one article (as a bug would) costs that article only."""
    from incidex.extract import pipeline
    from incidex.service import Tally, extract_sources
    from incidex.settings import load_settings

    def brittle(analysis: pipeline.Analysis) -> pipeline.Analysis:
        if "market" in analysis.text:
            raise ZeroDivisionError("division by zero")
        return analysis

    stages = (
        *pipeline.build(),
        pipeline.Stage(name="brittle", run=brittle, requires=(), provides="x"),
    )
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "a", "text": STORY}) + "\n"
        + json.dumps({"id": "b", "text": "Gunmen killed two guards in Kano on Monday."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    tally = Tally()
    reports = list(extract_sources([str(feed)], load_settings(), tally, stages=stages))
    assert [r.article.id for r in reports] == ["b"]
    [skip] = tally.skipped
    assert skip.source == "a"
    assert skip.reason.startswith("extraction failed (ZeroDivisionError: division by zero)")


def test_extract_takes_a_date_or_datetime_as_published() -> None:
    """A Python caller's date resolves relative dates as the ISO string does."""
    text = "A bomb exploded at a bus stop in Kerman yesterday, killing three people."
    by_date = incidex.extract(text, published=datetime.date(2024, 1, 4))
    by_datetime = incidex.extract(text, published=datetime.datetime(2024, 1, 4, 9, 30))
    assert by_date.events[0].date is not None
    assert by_date.events[0].date.value == datetime.date(2024, 1, 3)
    assert by_datetime.events[0].date == by_date.events[0].date
    assert by_date.article.published == "2024-01-04"
