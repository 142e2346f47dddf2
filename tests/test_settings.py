"""Settings: precedence of defaults, file, environment and flags; every setting documented."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from incidex.errors import ConfigError
from incidex.settings import Settings, load_settings, setting_help


def test_settings_every_setting_has_help() -> None:
    helps = setting_help()
    assert set(helps) == {f.name for f in dataclasses.fields(Settings)}
    assert all(len(text) > 15 for text in helps.values())


def test_settings_every_setting_is_in_the_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [name for name in setting_help() if name not in readme]
    assert missing == []


def test_settings_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "incidex.toml"
    config.write_text("[incidex]\nbatch_size = 8\nmax_text_bytes = 1000\n", encoding="utf-8")
    monkeypatch.setenv("INCIDEX_MAX_TEXT_BYTES", "2000")
    settings = load_settings({"headline_policy": "conservative"}, config=config)
    assert (settings.batch_size, settings.max_text_bytes) == (8, 2000)
    assert settings.headline_policy == "conservative"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"headline_policy": "loudest"}, "headline_policy 'loudest'"),
        ({"relevance_scope": "everything"}, "relevance_scope 'everything'"),
        ({"batch_size": "many"}, "must be an integer"),
        ({"colour": "red"}, "unknown setting 'colour'"),
        ({"batch_size": 0}, "positive"),
        ({"merge_window": -1}, "positive"),
    ],
)
def test_settings_bad_values_are_config_errors(values: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(values, config=Path("/nonexistent/incidex.toml"))


def test_settings_bad_toml_is_a_config_error(tmp_path: Path) -> None:
    config = tmp_path / "incidex.toml"
    config.write_text("[incidex\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(config=config)
