"""Geography: the offline gazetteer and toponym resolution."""

from incidex.geo.build import build_index
from incidex.geo.gazetteer import (
    Entry,
    Gazetteer,
    distance_km,
    gazetteer_version,
    load_gazetteer,
)
from incidex.geo.names import is_common_word, normalise
from incidex.geo.resolve import resolve, to_place

__all__ = [
    "Entry",
    "Gazetteer",
    "build_index",
    "distance_km",
    "gazetteer_version",
    "is_common_word",
    "load_gazetteer",
    "normalise",
    "resolve",
    "to_place",
]
