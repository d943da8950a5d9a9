"""No import circle between the parts of the smatrx package: its feature packages
(skills, goals, achievements, imports, verification, profile, ...) and its top-level modules
(signals, htmx, extensions, ...). Every module is parsed with ast, imports inside functions
included (a late import hides a circle, it does not remove it), and any circle is named.

smatrx/__init__.py (create_app) is left out: it assembles every package, by design.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import smatrx

PACKAGE = Path(smatrx.__file__).parent
ROOT = "smatrx"

# Edges known to close a circle, each with its reason; remove an entry once its circle is
# gone (a test fails on an allowance that is no longer needed).
ALLOWED: dict[tuple[str, str], str] = {}


def part_of(module: str) -> str | None:
    """The part of smatrx a dotted module name belongs to (None outside smatrx or for
    smatrx itself)."""
    pieces = module.split(".")
    if pieces[0] != ROOT or len(pieces) < 2:
        return None
    return pieces[1]


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    pieces = list(relative.parts)
    if pieces[-1] == "__init__":
        pieces.pop()
    return ".".join(pieces)


def imported_modules(source: str, package: str) -> Iterator[str]:
    """Every module a file of package imports, wherever the import statement sits."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base == ROOT:  # from smatrx import goals, signals
                yield from (f"{ROOT}.{alias.name}" for alias in node.names)
            else:
                yield base


def import_graph() -> dict[str, dict[str, list[str]]]:
    """part → part it imports → the modules that do it."""
    graph: dict[str, dict[str, list[str]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "__init__.py":
            continue
        source = part_of(module_name(path))
        assert source is not None
        graph.setdefault(source, {})
        name = module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        text = path.read_text(encoding="utf-8")
        for target in filter(None, map(part_of, imported_modules(text, package))):
            if target != source:
                graph[source].setdefault(target, []).append(module_name(path))
    return graph


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One circle per strongly connected group of parts (Tarjan): a shortest path a → b → …
    → a from the group's first part (the message names the whole group too)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return [_path_through(group, edges) for group in sorted(groups)]


def groups_of(edges: dict[str, set[str]]) -> list[set[str]]:
    """The parts that reach each other, one set per circle found."""
    return [
        {p for p in edges if reaches(edges, path[0], p) and reaches(edges, p, path[0])}
        for path in circles(edges)
    ]


def reaches(edges: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for target in edges.get(todo.pop(), set()):
            if target == goal:
                return True
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return start == goal


def _path_through(group: list[str], edges: dict[str, set[str]]) -> list[str]:
    """A shortest circle from the group's first part back to itself, inside the group."""
    start = group[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(edges.get(node, set()) & set(group)):
            if target == start:
                return [*paths[node], start]
            if target not in paths:
                paths[target] = [*paths[node], target]
                queue.append(target)
    raise AssertionError(f"no circle through {group}")  # pragma: no cover


def describe(path: list[str], graph: dict[str, dict[str, list[str]]]) -> str:
    steps = [f"{a} → {b} ({', '.join(sorted(set(graph[a][b]))[:3])})" for a, b in pairwise(path)]
    return " → ".join(path) + "\n    " + "\n    ".join(steps)


def test_no_import_circle_between_the_parts_of_smatrx() -> None:
    graph = import_graph()
    edges = {
        source: {target for target in targets if (source, target) not in ALLOWED}
        for source, targets in graph.items()
    }
    found = circles(edges)
    assert not found, "import circles between parts of smatrx:\n" + "\n".join(
        f"among {', '.join(sorted(group))}: {describe(path, graph)}"
        for path, group in zip(found, groups_of(edges), strict=True)
    )


def test_every_allowance_is_still_needed() -> None:
    full = {source: set(targets) for source, targets in import_graph().items()}
    for source, target in ALLOWED:
        assert target in full.get(source, set()), f"{source} no longer imports {target}"
        assert reaches(full, target, source), f"{source} → {target} closes no circle now"


def test_the_walk_sees_late_relative_and_package_imports() -> None:
    source = """
from smatrx.skills.levels import rank
from smatrx import signals, goals
from . import forms
from ..profile import steps


def late():
    import smatrx.achievements.rules
    from smatrx.verification.services import approve
"""
    found = list(imported_modules(source, "smatrx.skills"))
    assert found == [
        "smatrx.skills.levels",
        "smatrx.signals",
        "smatrx.goals",
        "smatrx.skills",
        "smatrx.profile",
        "smatrx.achievements.rules",
        "smatrx.verification.services",
    ]
    assert [part_of(name) for name in found] == [
        "skills",
        "signals",
        "goals",
        "skills",
        "profile",
        "achievements",
        "verification",
    ]
    assert part_of("smatrx") is None and part_of("flask") is None


def test_circles_are_found_and_named() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": {"b"}, "e": {"a"}}
    assert circles(edges) == [["a", "b", "c", "a"]]
    assert groups_of(edges) == [{"a", "b", "c", "d"}]
    assert circles({"a": {"b"}, "b": set()}) == []
