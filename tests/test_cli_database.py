"""The database commands as a user runs them: ingest, export, incidents, show, correct, and an
ingest killed midway that resumes without loss or doubling."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = Path(__file__).parent / "articles" / "merge" / "dayton_reports.jsonl"


def incidex(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incidex", *args],
        capture_output=True,
        text=True,
        check=check,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )


def test_ingest_export_show_and_correct(tmp_path: Path) -> None:
    db = str(tmp_path / "incidex.db")
    done = incidex("ingest", str(ARTICLES), "--db", db)
    assert "3 new" in done.stderr and "incidents: 2 new" in done.stderr
    lines = incidex("export", "--db", db, "--format", "jsonl").stdout.splitlines()
    incidents = [json.loads(line) for line in lines]
    groups = sorted(sorted(r["article_id"] for r in i["reports"]) for i in incidents)
    assert groups == [["dayton-a", "dayton-b"], ["dayton-c"]]
    for field in ("id", "type", "date", "place", "killed", "injured", "perpetrators", "claimed"):
        assert field in incidents[0]

    elm = next(i for i in incidents if len(i["reports"]) == 2)
    shown = incidex("show", str(elm["id"]), "--db", db).stdout
    assert "figure history" in shown and "dayton-b" in shown
    fixed = incidex(
        "correct",
        str(elm["id"]),
        "--field",
        "killed",
        "--value",
        "2",
        "--note",
        "coroner",
        "--db",
        db,
    )
    assert '"value": 2' in fixed.stdout
    record = json.loads(incidex("show", str(elm["id"]), "--db", db, "--format", "json").stdout)
    assert record["killed"]["value"] == 2
    assert record["corrections"][0]["note"] == "coroner"
    said = {e["article_id"]: e["sentences"] for e in record["evidence"]}
    assert set(said) == {"dayton-a", "dayton-b"}
    assert any("Elm Street" in s for s in said["dayton-a"])

    table = incidex("incidents", "--db", db, "--search", "Lakeisha").stdout
    assert "1 incidents" in table
    geo = json.loads(incidex("incidents", "--db", db, "--format", "geojson").stdout)
    assert len(geo["features"]) == 2
    out = tmp_path / "gtd.csv"
    incidex("export", "--db", db, "--format", "gtd", "--output", str(out))
    assert out.read_text(encoding="utf-8").startswith("eventid,iyear")


def test_bad_database_and_unknown_incident_give_clear_errors(tmp_path: Path) -> None:
    missing = incidex("show", "4", "--db", str(tmp_path / "x.db"), check=False)
    assert missing.returncode == 2 and "no incident 4" in missing.stderr
    refused = incidex("export", "--db", "postgresql://nobody@127.0.0.1:9/none", check=False)
    assert refused.returncode == 3 and "cannot open the database" in refused.stderr
    bad = incidex(
        "correct",
        "1",
        "--field",
        "killed",
        "--value",
        "x",
        "--db",
        str(tmp_path / "x.db"),
        check=False,
    )
    assert bad.returncode == 2


def _records(n: int) -> str:
    """n short, distinct reports (different towns and names), one per line."""
    towns = ["Akron", "Toledo", "Canton", "Lorain", "Parma", "Kettering", "Elyria", "Lakewood"]
    lines = []
    for i in range(n):
        town = towns[i % len(towns)]
        text = (
            f"A man was shot dead in {town}, Ohio, on Saturday night, police said. "
            f"The victim was named as Darnell Whitcombe{i} by the county coroner. "
            f"No arrests have been made in the killing, officers said."
        )
        lines.append(json.dumps({"id": f"r{i}", "text": text, "published": "2024-05-12"}))
    return "\n".join(lines) + "\n"


def test_a_killed_ingest_resumes_without_loss_or_doubling(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_records(60), encoding="utf-8")
    db = tmp_path / "incidex.db"
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).parents[1]),
        "INCIDEX_BATCH_SIZE": "4",
        "INCIDEX_MERGE_WINDOW": "4",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "incidex", "ingest", str(feed), "--db", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    stored = conn.execute("select count(*) from articles").fetchone()[0]
            except sqlite3.OperationalError:  # tables not created yet
                continue
            if stored >= 8:
                break
    if proc.poll() is not None:
        pytest.fail("the ingest finished before it could be killed; give it more articles")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        partial = conn.execute("select count(*) from articles").fetchone()[0]
        orphans = conn.execute(
            "select count(*) from articles a where not exists "
            "(select 1 from mentions m where m.article_key = a.key)"
        ).fetchone()[0]
    assert 8 <= partial < 60
    assert orphans == 0  # every stored article is whole: its mentions were written with it

    resumed = incidex("ingest", str(feed), "--db", str(db))
    assert f"{60 - partial} new" in resumed.stderr and f"{partial} unchanged" in resumed.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 60
        assert conn.execute("select count(distinct article_id) from articles").fetchone()[0] == 60


def _rss() -> str:
    records = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    items = "".join(
        f"<item><guid>{r['id']}</guid><title>{r['title']}</title><link>{r['url']}</link>"
        f"<pubDate>Sun, 12 May 2024 09:00:00 -0400</pubDate>"
        f"<description><![CDATA[{r['text']}]]></description></item>"
        for r in records
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Dayton Ledger</title>'
        f"<link>https://daytonledger.example/</link>{items}</channel></rss>"
    )


def test_ingest_a_feed_over_http_only_when_private_addresses_are_allowed(tmp_path: Path) -> None:
    import http.server
    import threading

    body = _rss().encode("utf-8")

    class Feed(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Feed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/feed.rss"
    db = str(tmp_path / "incidex.db")
    try:
        refused = incidex("ingest", url, "--db", db, check=False)
        assert refused.returncode == 1 and "127.0.0.1" in refused.stderr
        assert "0 new" in refused.stderr
        done = incidex("ingest", url, "--db", db, "--allow-private")
    finally:
        server.shutdown()
        server.server_close()
    assert "3 new" in done.stderr
    lines = incidex("export", "--db", db, "--format", "jsonl").stdout.splitlines()
    reports = [r for line in lines for r in json.loads(line)["reports"]]
    assert {r["outlet"] for r in reports} == {"Dayton Ledger"}
    assert "https://wdtv.example/news/elm-street-victims-named" in {r["url"] for r in reports}
