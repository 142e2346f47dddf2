"""Gazetteer: how long the index takes to build and open, and how fast names are looked up.

    python benchmarks/gazetteer.py

Builds a fresh index in a temporary directory (the packages' data, nothing downloaded), opens it,
then looks up a mix of names: first uncached (each name once), then repeated (cached). Prints
numbers; asserts nothing.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from incidex.geo import Gazetteer, build_index, gazetteer_version

NAMES = ("Kerman", "Chicago", "Maiduguri", "Kabul", "Mogadishu", "San Salvador", "Usulutan",
         "Springfield", "Portland", "Nowhereville", "Kyiv", "Bombay", "Fla.", "Borno State",
         "Paris", "Lagos", "Aleppo", "Idlib", "Quetta", "Peshawar")  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"gazetteer-{gazetteer_version()}.sqlite"
        seconds = build_index(path)
        print(f"build   {seconds:7.2f} s   index {path.stat().st_size / 2**20:6.1f} MiB")
        began = time.perf_counter()
        gaz = Gazetteer(path)
        print(f"open    {time.perf_counter() - began:7.3f} s")
        _rate("uncached", gaz, [f"{n}" for n in NAMES], fresh=True)
        _rate("cached", gaz, list(NAMES) * 5000, fresh=False)


def _rate(label: str, gaz: Gazetteer, names: list[str], *, fresh: bool) -> None:
    began = time.perf_counter()
    for name in names:
        gaz._lookup(name) if fresh else gaz.lookup(name)
    seconds = time.perf_counter() - began
    print(f"{label:8} {len(names) / seconds:12,.0f} lookups/s  ({len(names)} names)")


if __name__ == "__main__":
    main()
