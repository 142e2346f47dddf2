"""Calibration: does an event's `confidence` mean what it says?

    python benchmarks/calibration.py DATA.jsonl [DATA.jsonl ...] [--limit N] [--scorer PATH]

Runs the extraction over annotated articles (the team's development files, records with a
`gold`), scores each main event with the shared scorer's own `score_record`, and prints, per bin
of confidence, how many events fall in it, their mean confidence and the share whose type and
place are right (every one of `type`, `country`, `city` that the gold annotates). A calibrated
confidence has the share right close to the mean confidence in each bin. Asserts nothing.

The scorer is not part of incidex: it is loaded from `--scorer` (default `../shared/eval/score`
beside the project root); without it the script stops with a clear message.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import importlib.util
import itertools
import json
import sys
from pathlib import Path
from types import ModuleType

from incidex.extract.pipeline import extract_many
from incidex.schema import Article, to_dict
from incidex.settings import load_settings

_ROOT = Path(__file__).resolve().parent.parent
_BINS = (0.0, 0.5, 0.7, 0.85, 1.01)
_FIELDS = ("type", "country", "city")


def _load_scorer(path: Path) -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("incidex_eval_score", str(path))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    if spec is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def _records(path: Path, limit: int) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit and len(out) >= limit:
                break
            record = json.loads(line)
            if isinstance(record.get("gold"), dict):
                out.append(record)
    return out


def _outcomes(scorer: ModuleType, records: list[dict]) -> list[tuple[float, bool]]:
    """(confidence, type-and-place right) for each main event whose gold annotates one of
    `_FIELDS`."""
    articles = [
        Article(id=str(r.get("id", i)), text=r["text"], published=r.get("published"))
        for i, r in enumerate(records)
    ]
    out = []
    for record, report in zip(records, extract_many(articles, load_settings()), strict=True):
        as_json = to_dict(report)
        event = scorer.main_event(as_json)
        if event is None:
            continue
        judged = scorer.score_record(record["gold"], as_json, record)
        scored = [judged[f] for f in _FIELDS if f in judged]
        if scored:
            out.append((float(event.get("confidence") or 0.0), all(scored)))
    return out


def _table(outcomes: list[tuple[float, bool]]) -> None:
    print(f"{'confidence':>12} {'events':>7} {'mean conf':>10} {'type+place right':>17}")
    for low, high in itertools.pairwise(_BINS):
        inside = [(c, ok) for c, ok in outcomes if low <= c < high]
        if not inside:
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        right = sum(ok for _, ok in inside) / len(inside)
        print(f"{low:5.2f}-{min(high, 1.0):4.2f} {len(inside):9d} {mean:10.2f} {right:16.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="articles per file (0: all)")
    parser.add_argument("--scorer", type=Path, default=_ROOT.parent / "shared" / "eval" / "score")
    args = parser.parse_args()
    if not args.scorer.is_file():
        sys.exit(f"no scorer at {args.scorer}: calibration needs the team's development data")
    scorer = _load_scorer(args.scorer)
    everything: list[tuple[float, bool]] = []
    for path in args.data:
        outcomes = _outcomes(scorer, _records(path, args.limit))
        print(f"\n{path.name}: {len(outcomes)} main events with a gold type or place")
        _table(outcomes)
        everything += outcomes
    if len(args.data) > 1:
        print(f"\nall files: {len(everything)} main events")
        _table(everything)


if __name__ == "__main__":
    main()
