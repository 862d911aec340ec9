"""The house rules: imports run one way along the flow, every word the code asks for exists in both
languages, and every place a rule kind points at is a key of the report model."""

from __future__ import annotations

import ast
import re

import pytest

from conftest import ROOT
from juesuan_check.checks.examples import example_views
from juesuan_check.checks.loading import load_catalogue
from juesuan_check.report.model import Report
from juesuan_check.report.vocabulary import model_at, path, spec_at
from juesuan_check.words import WORDS, say

PACKAGE = ROOT / "src" / "juesuan_check"
CATALOGUE = load_catalogue()

# The layers from the bottom up; a module may import its own layer and those below it, never above.
LAYERS = [
    {"numbers", "names", "words"},
    {"report"},
    {"findings"},
    {"checks"},
    {"reporters", "extract"},
    {"config", "discovery"},
    {"runner"},
    {"cli", "__main__", "shell"},
]


def _layer(module: str) -> int:
    top = module.split(".")[1] if module.count(".") else ""
    for index, names in enumerate(LAYERS):
        if top in names:
            return index
    raise AssertionError(f"{module}: not in any layer")


def _modules() -> dict[str, set[str]]:
    """Every module of the package with the package modules it imports (at any depth of the code)."""
    found: dict[str, set[str]] = {}
    for file in PACKAGE.rglob("*.py"):
        parts = file.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        imported = set()
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("juesuan_check"):
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(a.name for a in node.names if a.name.startswith("juesuan_check"))
        found[name] = imported
    return found


def test_imports_never_run_back_up_the_flow():
    wrong = []
    for module, imported in _modules().items():
        if module == "juesuan_check":
            continue
        for target in imported:
            if target != "juesuan_check" and _layer(target) > _layer(module):
                wrong.append(f"{module} → {target}")
    assert not wrong, wrong


def test_no_import_cycles_between_modules():
    modules = _modules()
    graph = {m: {t for t in imported if t in modules and t != m} for m, imported in modules.items()}
    # a package's __init__ may import its own modules (a registry); that is not a cycle of the flow
    for module, targets in graph.items():
        graph[module] = {t for t in targets if not module.startswith(t + ".") and not t.startswith(module + ".")}
    seen: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        seen[node] = 1
        for target in graph.get(node, ()):
            if seen.get(target) == 1:
                raise AssertionError(" → ".join(stack + [node, target]))
            if target not in seen:
                visit(target, stack + [node])
        seen[node] = 2

    for module in graph:
        if module not in seen:
            visit(module, [])


def _used_word_keys() -> set[str]:
    used = set()
    for file in PACKAGE.rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        used.update(re.findall(r"\bsay\(\s*\"([a-z_.\-]+)\"", text))
        used.update(re.findall(r"Problem\([^()]*?\"([a-z]+\.[a-z_]+)\"", text))
        used.update("model." + kind for kind in re.findall(r"PydanticCustomError\(\s*\"([a-z_]+)\"", text))
    return used


def test_every_word_the_code_asks_for_exists():
    missing = _used_word_keys() - set(WORDS)
    assert not missing, missing


def test_every_word_is_in_both_languages_with_the_same_fields():
    fields = re.compile(r"(?<!\{)\{([a-z_]+)\}")
    for key, (zh, en) in WORDS.items():
        assert zh.strip() and en.strip(), key
        assert set(fields.findall(zh)) == set(fields.findall(en)), key


def test_a_missing_word_is_an_error_not_a_fallback():
    with pytest.raises(KeyError):
        say("no.such.key", "zh")


def test_a_place_is_named_by_the_models_attributes():
    assert path(Report, "narrative", "spending") == ("情况说明", "支出")
    with pytest.raises(KeyError):
        path(Report, "narrative", "spendings")


@pytest.mark.parametrize("rule", CATALOGUE.kind_rules, ids=lambda rule: rule.code)
def test_every_place_a_rule_points_at_is_a_key_of_the_model(rule):
    """A kind that built a path with a key the model does not have would move its finding to the parent's
    line; every path of every hit of the rule's examples must name a field or a part of the model."""
    for text in (rule.examples.passing, rule.examples.failing):
        for view in example_views(text, CATALOGUE):
            for hit in rule.kind.check(view, rule.params):
                for at in (hit.at, *hit.related):
                    known = not at or spec_at(Report, at) is not None or model_at(Report, at) is not None
                    assert known, (rule.code, at)
