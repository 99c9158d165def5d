"""Every text a citizen can receive is chosen in the citizen's language (refs #10): read from the
code, each text the actions hand to a citizen (`tell_citizen`, and `say`, `receipt`, `answer` to
the writer) is a twinned text (bot/texts/twins.py) or built from twins with `joined` — never an
f-string or a ``str.join`` of texts, which keeps only the Chinese, nor a text of a module with no
English twin (a new one fails here before an English citizen reads Chinese)."""

from __future__ import annotations

import ast
import importlib
import pathlib
from collections.abc import Iterator

from bot.texts import common, for_citizen, visit_ahead, visit_remarks
from bot.texts.twins import Twin, english, joined

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCANNED = ("bot/actions", "handlers")
# Method or function → the position of the text it sends to the person it names or answers
# (a request's context tells the citizen with (ticket, key, text): bot/actions/ctx.py).
SENDS = {"tell_citizen": 3, "say": 3, "receipt": 3, "answer": 3}
SHORT_SENDS = {"tell_citizen": (3, 2)}  # called with this many arguments: the text is here
# Texts modules only staff, supervisors or operators read: `say` answers them too.
STAFF_READ = frozenset({"for_staff", "for_supervisors", "for_operators", "offline_log",
                        "publishing", "phone_visit", "sole_staff", "undelivered", "ledger",
                        "views", "projects", "own_oversight", "visit_unit", "urging",
                        "extension_refusals", "typed_commands", "public_column", "history",
                        "told_again", "reachable_again", "delivery_trouble", "ticket_replies",
                        "phone_typed", "digest_asked"})


def _imports(tree: ast.Module) -> dict[str, str]:
    """Local name → the dotted name it was imported as (from X import Y as Z)."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _twinned(value: object) -> bool:
    return isinstance(value, Twin) or hasattr(value, "english")


def _untwinned(expr: ast.expr, names: dict[str, str]) -> Iterator[str]:
    """What in a text expression reaches a reader in Chinese whatever their language."""
    if isinstance(expr, ast.JoinedStr):
        yield "an f-string (use + or joined)"
    elif isinstance(expr, ast.BinOp):
        yield from _untwinned(expr.left, names)
        yield from _untwinned(expr.right, names)
    elif isinstance(expr, ast.IfExp):
        yield from _untwinned(expr.body, names)
        yield from _untwinned(expr.orelse, names)
    elif isinstance(expr, ast.BoolOp):
        for value in expr.values:
            yield from _untwinned(value, names)
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) \
            and expr.func.attr == "join" and isinstance(expr.func.value, ast.Constant):
        yield "a str.join (use joined)"
    elif isinstance(expr, (ast.Call, ast.Attribute)):
        func = expr.func if isinstance(expr, ast.Call) else expr
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            module = names.get(func.value.id, "")
            if module.startswith("bot.texts.") and module.rpartition(".")[2] not in STAFF_READ:
                text = getattr(importlib.import_module(module), func.attr)
                if not _twinned(text):
                    yield f"{module}.{func.attr} has no English twin"


def untwinned_sends(source: str) -> list[tuple[int, str]]:
    """(line, why) for each text a citizen may be sent in Chinese whatever their language."""
    tree = ast.parse(source)
    names = _imports(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        called = node.func.attr if isinstance(node.func, ast.Attribute) else \
            node.func.id if isinstance(node.func, ast.Name) else ""
        where = SENDS.get(called)
        if called in SHORT_SENDS and len(node.args) == SHORT_SENDS[called][0]:
            where = SHORT_SENDS[called][1]
        if where is None or len(node.args) <= where:
            continue
        found += [(node.lineno, why) for why in _untwinned(node.args[where], names)]
    return found


def test_every_text_sent_to_a_citizen_carries_its_english() -> None:
    found = [f"{path.relative_to(ROOT)}:{line}: {why}"
             for folder in SCANNED for path in sorted((ROOT / folder).glob("*.py"))
             for line, why in untwinned_sends(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_check_catches_a_text_that_loses_its_english() -> None:
    source = ("from bot.texts import for_citizen, forwarded, visit_remarks\n"
              "def f(desk, db, ticket, msg, now):\n"
              "    desk.tell_citizen(db, ticket, 'k', f\"{for_citizen.visit_question('1', 's', '')}"
              "\\n\\n{visit_remarks.answered_before('s', '1')}\", now)\n"
              "    desk.say(db, msg, 'k', '\\n'.join([for_citizen.CONTACT_SAVED]), now)\n"
              "    desk.say(db, msg, 'k', for_citizen.CONTACT_SAVED, now)\n"
              "    ctx.tell_citizen(ticket, 'k', forwarded.content('x', None, ()))\n")
    assert [line for line, _ in untwinned_sends(source)] == [3, 4, 6]
    assert untwinned_sends(source.replace("from bot.texts import", "from x import")) == [
        (3, "an f-string (use + or joined)"), (4, "a str.join (use joined)")]


def test_texts_joined_keep_their_english() -> None:
    question = for_citizen.visit_question("20261201-0001", "s", "")
    both = joined("\n\n", (question, visit_remarks.answered_before("s", "1")))
    assert "您之前已经回答过" in both and "已解决" in both
    assert "already answered" in english(both) and "Solved" in english(both)
    assert "您" not in english(both)
    assert english(joined("\n", ["a", "b"])) == "a\nb" and not isinstance(joined("", ["a"]), Twin)
    labels = [common.visit_answer("s", "1"), common.visit_answer("r", "3")]
    for text in (visit_ahead.kept("20261201-0001", labels),
                 visit_ahead.closed("20261201-0001", labels),
                 visit_ahead.rating_asked("20261201-0001", "已修好", labels)):
        assert "Solved, Satisfied" in english(text) and "回答" not in english(text)
