"""Contract tests: import direction (DESIGN.md's table), the public API, the stage registry."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import incidex
from incidex.errors import PipelineError
from incidex.extract import pipeline

PACKAGE = Path(incidex.__file__).parent
# module (or package) -> the incidex modules it may import
ALLOWED = {
    "errors": set(),
    "schema": {"errors"},
    "settings": {"errors", "schema"},
    "ingest": {"errors", "schema", "settings", "ingest"},
    "nlp": {"errors", "schema", "settings"},
    "geo": {"errors", "schema", "settings", "geo"},
    "extract": {"errors", "schema", "settings", "nlp", "geo", "extract"},
    "fuse": {"errors", "schema", "settings", "fuse"},
    "store": {"errors", "schema", "settings", "store"},
    "export": {"errors", "schema", "export"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        found |= {n.split(".")[1] for n in names if n.startswith("incidex.")}
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_downwards(layer: str) -> None:
    paths = [PACKAGE / f"{layer}.py"] if (PACKAGE / f"{layer}.py").exists() else []
    paths += sorted((PACKAGE / layer).glob("*.py"))
    assert paths, f"no module for layer {layer}"
    for path in paths:
        extra = _imports(path) - ALLOWED[layer]
        assert not extra, f"{path.name} imports {extra}"


def test_layers_stages_never_import_each_other() -> None:
    stage_modules = {s.run.__module__.rsplit(".", 1)[1] for s in pipeline.STAGES.values()}
    for name in stage_modules:
        tree = ast.parse((PACKAGE / "extract" / f"{name}.py").read_text(encoding="utf-8"))
        imported = {
            n.module.rsplit(".", 1)[1]
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom)
            and n.module
            and n.module.startswith("incidex.extract.")
        }
        assert not (imported & (stage_modules - {name})), f"{name} imports {imported}"


def test_public_api_members() -> None:
    assert set(incidex.__all__) == {
        "ArticleReport",
        "__version__",
        "extract",
        "from_json",
        "to_json",
    }


def test_pipeline_default_order_is_valid() -> None:
    stages = pipeline.build()
    assert [s.name for s in stages] == list(pipeline.DEFAULT_PIPELINE)


def test_pipeline_build_names_the_missing_requirement() -> None:
    order = [n for n in pipeline.DEFAULT_PIPELINE if n != "sentences"]
    with pytest.raises(PipelineError, match="requires sentences"):
        pipeline.build(order)


def test_pipeline_build_rejects_unknown_stage() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'sentiment'"):
        pipeline.build([*pipeline.DEFAULT_PIPELINE, "sentiment"])
