"""Layers point one way (README "Layout"): every project module's imports, read with `ast` (imports inside
functions count), form a graph with no cycle and no edge against the documented direction. Imports under
`if TYPE_CHECKING:` count for the direction but not for cycles (they never run).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("survtrack", "db", "enrich", "scrapers", "dashboard")

#: Leaf modules: anyone may import them; they import nothing of ours.
LEAVES = {"survtrack", "survtrack.config", "survtrack.errors"}
#: The one path every document takes and what it needs (archive → enrich → store, schema, run bookkeeping):
#: below scrapers, above db.
PIPELINE = {"survtrack.pipeline", "survtrack.schema", "survtrack.runs", "survtrack.limits", "survtrack.reprocess",
            "survtrack.parallel", "survtrack.shards"}
#: The export writers (db-independent): shared by the CLI and the dashboard.
EXPORT = "survtrack.export"


def project_modules() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


MODULES = project_modules()


def _resolve(name: str) -> str | None:
    """The project module an import name loads (None: not ours, or a module that does not exist)."""
    return name if name in MODULES else None


def _type_checking_only(tree: ast.AST) -> set[int]:
    """ids of import nodes under `if TYPE_CHECKING:` (never executed: they count for layers, not for cycles)."""
    guarded: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            guarded.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    return guarded


def imports_of(module: str, *, runtime_only: bool = False) -> set[str]:
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    skip = _type_checking_only(tree) if runtime_only else set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            # `from pkg import mod` loads pkg.mod; `from mod import name` loads mod
            names = [f"{origin}.{alias.name}" if f"{origin}.{alias.name}" in MODULES else origin
                     for alias in node.names]
        else:
            continue
        for name in names:
            target = _resolve(name)
            if target and target != module:
                found.add(target)
    return found


GRAPH = {module: imports_of(module) for module in MODULES}
RUNTIME_GRAPH = {module: imports_of(module, runtime_only=True) for module in MODULES}


def layer(module: str) -> str:
    if module in LEAVES:
        return "leaf"
    if module in PIPELINE:
        return "pipeline"
    if module == EXPORT or module.startswith(EXPORT + "."):
        return "export"
    top = module.split(".")[0]
    return "cli" if top == "survtrack" else top


#: Layer → the layers its modules may import (besides their own). README "Layout" says the same in words.
ALLOWED = {
    "leaf": set(),
    "enrich": set(),
    "db": {"enrich", "leaf"},
    "pipeline": {"db", "enrich", "leaf"},
    "export": {"leaf"},
    "scrapers": {"pipeline", "db", "enrich", "leaf"},
    "dashboard": {"export", "db", "enrich", "leaf"},
    "cli": {"scrapers", "dashboard", "export", "pipeline", "db", "enrich", "leaf"},
}


def test_the_graph_sees_function_level_imports():
    assert "survtrack.commands" in GRAPH["survtrack.cli"]  # imported inside build_parser
    assert "db.export" in GRAPH["survtrack.commands"]  # imported inside cmd_export


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_follow_the_layers(module):
    mine = layer(module)
    wrong = sorted(target for target in GRAPH[module]
                   if layer(target) != mine and layer(target) not in ALLOWED[mine])
    assert not wrong, f"{module} ({mine}) imports {', '.join(f'{w} ({layer(w)})' for w in wrong)}"


def test_leaf_modules_import_nothing_of_ours():
    for module in LEAVES:
        assert not GRAPH[module], f"{module} imports {sorted(GRAPH[module])}"


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycles():
    """Imports that run (at module level or inside functions); type-only imports cannot form a runtime cycle."""
    cycle = find_cycle(RUNTIME_GRAPH)
    assert cycle is None, "import cycle: " + " → ".join(cycle)
