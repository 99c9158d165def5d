"""The house rules of the tree: layers import one way, no circles, Telegram only under handlers/,
SQL only under bot/store/, small modules. Read from the source, so a change that breaks a rule
fails the check (function-level and TYPE_CHECKING imports count too)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "nlp")
# Lowest first: a module may import its own layer and the layers below it, never above.
RANKS = {
    "bot.sandbox": 0,  # the fake Bot API: stands alone (see test_the_sandbox_stands_alone)
    "nlp": 0,
    "bot.config": 1,
    "bot.config_rules": 1,  # rules between config keys, used by bot.config alone
    "bot.config_values": 1,  # checks of single config values, used by bot.config alone
    "bot.config_hints": 1,  # what is wrong on a config line, said plainly, used by bot.config alone
    "bot.domain": 2,
    "bot.routing": 2,
    "bot.store": 3,
    "bot.render": 4,
    "bot.texts": 5,
    "bot.reports": 6,
    "bot.actions": 7,
    "handlers": 8,
    "bot.demo": 9,  # python -m bot demo: processes and the page, beside the CLI
    "bot.cli": 9,
    "bot": 10,  # the package itself and `python -m bot`
}
SQL = re.compile(r"\b(?:SELECT\b.*\bFROM|INSERT (?:OR \w+ )?INTO|UPDATE \w+ SET|DELETE FROM|"
                 r"CREATE (?:TABLE|INDEX|TRIGGER))\b", re.S)
MAX_TOP_LEVEL = 10
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> set[str]:
    """Every module of ours, and every outside top-level package, that `path` imports."""
    name = next(n for n, p in MODULES.items() if p == path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1],
                                 *([base] if base else [])])
            for alias in node.names:
                child = f"{base}.{alias.name}"
                out.add(child if child in MODULES else base)
    return {_ours(target) or target.split(".")[0] for target in out}


def _ours(target: str) -> str | None:
    """The module of ours `target` names (a name inside a module counts as the module)."""
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def _rank(module: str) -> int:
    return RANKS[max((p for p in RANKS if module == p or module.startswith(p + ".")), key=len)]


GRAPH = {name: {t for t in _imports(path) if t in MODULES and t != name}
         for name, path in MODULES.items()}


def test_layers_import_downwards_only() -> None:
    upward = [f"{module} → {target}" for module, targets in GRAPH.items() for target in targets
              if _rank(target) > _rank(module)]
    assert upward == []


def test_no_import_circles() -> None:
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                circles.append([*path[path.index(target):], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)
    assert circles == []


def test_the_sandbox_stands_alone() -> None:
    """The fake Telegram imports nothing of the bot it fakes Telegram for (nor Telegram itself)."""
    outside = {f"{name} → {target}" for name, path in MODULES.items()
               if name.startswith("bot.sandbox")
               for target in _imports(path) if (target in MODULES and not target.startswith(
                   "bot.sandbox")) or target == "telegram"}
    assert outside == set()


def test_telegram_only_under_handlers() -> None:
    outside = [name for name, path in MODULES.items()
               if not name.startswith("handlers") and "telegram" in _imports(path)]
    assert outside == []


@pytest.mark.parametrize("name", sorted(n for n in MODULES if not n.startswith("bot.store")))
def test_sql_only_in_the_store(name: str) -> None:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    strings = [node.value for node in ast.walk(tree)
               if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    assert [s for s in strings if SQL.search(s)] == []


def test_modules_stay_small_and_the_top_level_short() -> None:
    top = [p for p in (ROOT / "bot").glob("*.py")]
    assert len(top) <= MAX_TOP_LEVEL, sorted(p.name for p in top)
    long = {name: n for name, path in MODULES.items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_every_module_has_a_layer() -> None:
    assert [name for name in MODULES if not any(
        name == p or name.startswith(p + ".") for p in RANKS)] == []
