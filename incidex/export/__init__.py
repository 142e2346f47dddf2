"""Exports of incidents: JSONL, CSV, GeoJSON, and ACLED-like and GTD-like tables."""

from incidex.export.formats import FORMATS, write

__all__ = ["FORMATS", "write"]
