"""The module graph is the pipeline: data flows one way, and nothing imports in a circle.

sources → claims → lexicon/extract → match (with the claims) → model → report, with the
command line on top. Read from the import statements, so a new module is held to the same
rules the day it is written.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "crosscheck"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_nodes(tree: ast.AST):
    """Every node but those under `if TYPE_CHECKING:`, which name types and never run."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            yield from (n for child in node.orelse for n in ast.walk(child))
            continue
        yield node
        yield from _runtime_nodes(node)


def _imports() -> dict[str, set[str]]:
    """Every package module and the package modules it imports when it runs (at any level of the file)."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        found: set[str] = set()
        for node in _runtime_nodes(ast.parse(path.read_bytes())):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
                for alias in node.names:
                    candidate = f"{target}.{alias.name}"
                    found.add(candidate if candidate in modules else target)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("crosscheck"))
        graph[name] = {m for m in found if m in modules and m != name and m != "crosscheck"}
    return graph


GRAPH = _imports()


def test_no_module_imports_in_a_circle():
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for dep in sorted(GRAPH[module]):
            if state.get(dep) == 1:
                raise AssertionError(" → ".join([*path[path.index(dep) :], dep]))
            if dep not in state:
                visit(dep, [*path, dep])
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])


@pytest.mark.parametrize(
    "layer, allowed",
    [
        ("crosscheck.lexicon", {"crosscheck.lexicon"}),
        ("crosscheck.extract", {"crosscheck.lexicon", "crosscheck.extract", "crosscheck.text"}),
        (
            "crosscheck.report",
            {"crosscheck.report", "crosscheck.model", "crosscheck.sources", "crosscheck.lexicon", "crosscheck.errors"},
        ),
    ],
)
def test_each_layer_imports_only_what_is_below_it(layer, allowed):
    """Extractors never read the claims side; renderers read the model (and the HTML page
    the articles themselves, to show them)."""
    for module, deps in GRAPH.items():
        if module == layer or module.startswith(layer + "."):
            outside = {d for d in deps if not any(d == a or d.startswith(a + ".") for a in allowed)}
            assert not outside, f"{module} imports {sorted(outside)}"


def test_the_model_imports_nothing_that_computes():
    assert GRAPH["crosscheck.model"] <= {"crosscheck.errors", "crosscheck.lexicon.units"}


def test_no_module_shares_a_name_with_a_function_of_the_package():
    import crosscheck

    modules = {name.rsplit(".", 1)[-1] for name in GRAPH}
    clashes = {name for name in crosscheck.__all__ if name in modules}
    assert not clashes


def test_no_test_module_defines_the_same_data_twice():
    """A second `CLAIMS = ...` in a test module silently replaces the first for every test that
    reads it when it runs: each name of test data is defined once."""
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        names = [
            target.id
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name) and target.id.isupper()
        ]
        twice = sorted(n for n, count in Counter(names).items() if count > 1)
        assert twice == [], f"{path.name} defines {twice} more than once"
