"""Quality gate: per-field floors on the shared development data, which only go up.

Runs `../shared/eval/score --limit N` with this checkout's `incidex extract` and compares each
field with `tests/eval_baseline.json`; `../shared/eval/score-merge` likewise checks how
articles are grouped into incidents (B-cubed F1). Users' clones have no `../shared`: the gate
then skips and says why.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score"
BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))
TOLERANCE = 0.5  # percentage points: room for the last article of a --limit slice, no more


@pytest.mark.skipif(not SCORER.exists(), reason=f"no development data: {SCORER} is absent")
def test_eval_gate_fields_stay_above_their_floors(tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    cmd = f"{sys.executable} -m incidex extract --format jsonl -"
    files = [str(SCORER.parent / "data" / f"{name}.jsonl") for name in BASELINE["floors"]]
    subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--limit",
            str(BASELINE["limit"]),
            "--json",
            str(out),
            "--cmd",
            cmd,
            *files,
        ],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    table = json.loads(out.read_text(encoding="utf-8"))
    below = []
    for data, floors in BASELINE["floors"].items():
        assert not table[data]["problem"], table[data]["problem"]
        for field, floor in floors.items():
            got = table[data]["fields"][field]["pct"]
            if got + TOLERANCE < floor:
                below.append(f"{data}.{field}: {got} < {floor}")
    assert below == []


MERGE_SCORER = SCORER.parent / "score-merge"


@pytest.mark.skipif(
    not MERGE_SCORER.exists(), reason=f"no development data: {MERGE_SCORER} is absent"
)
def test_eval_gate_merging_stays_above_its_floor(tmp_path: Path) -> None:
    gate = BASELINE["merge"]
    command = f"{sys.executable} -m incidex"
    done = subprocess.run(
        [
            sys.executable,
            str(MERGE_SCORER),
            str(SCORER.parent / "data" / f"{gate['data']}.jsonl"),
            "--limit",
            str(gate["limit"]),
            "--keep",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "INCIDEX_INGEST": f"{command} ingest {{file}} --db {{db}}",
            "INCIDEX_EXPORT": f"{command} export --db {{db}} --format jsonl",
        },
    )
    found = re.search(r"F1 (\d\.\d+)", done.stdout)
    assert found, done.stdout + done.stderr
    assert float(found.group(1)) >= gate["f1"]
