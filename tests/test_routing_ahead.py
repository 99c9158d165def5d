"""Routing ahead (bot/routing.py): the same answers, each text routed once, nothing kept for
ever; and the texts the process loop routes ahead are the ones the handlers will route."""

from __future__ import annotations

from typing import Any

from bot.render import clean
from bot.routing import RoutingAhead
from handlers.transport import _texts


class CountingRouter:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def route(self, text: str) -> Any:
        self.calls.append(text)
        return ("routed", text)

    def noise_topic(self, text: str) -> str:
        return "topic"


def test_a_text_routed_ahead_is_handed_over_once() -> None:
    inner = CountingRouter()
    router = RoutingAhead(inner)  # type: ignore[arg-type]
    router.ahead(["停水了", "路灯坏了", "停水了"])
    assert inner.calls == ["停水了", "路灯坏了"]
    assert router.route("停水了") == ("routed", "停水了")
    assert router.route("停水了") == ("routed", "停水了")  # used once: routed again
    assert router.route("没见过") == ("routed", "没见过")
    assert inner.calls == ["停水了", "路灯坏了", "停水了", "没见过"]


def test_texts_never_asked_for_are_dropped_past_the_limit() -> None:
    inner = CountingRouter()
    router = RoutingAhead(inner)  # type: ignore[arg-type]
    router.ahead(str(n) for n in range(RoutingAhead.LIMIT + 1))
    router.ahead(["新的"])
    assert router.route("0") == ("routed", "0") and inner.calls[-1] == "0"  # dropped, routed anew
    assert router.route("新的") == ("routed", "新的") and inner.calls[-1] == "0"


def message(chat: str, **fields: Any) -> dict[str, Any]:
    return {"update_id": 1, "message": {"chat": {"id": 5, "type": chat}, **fields}}


def test_only_citizens_new_private_words_are_routed_ahead() -> None:
    payloads = [
        message("private", text="  村口路灯坏了\u202e "),
        message("private", caption="照片里是漏水的地方"),
        message("private", text="/status 20260101-0001"),
        message("group", text="群里的闲聊"),
        message("private", text="   "),
        {"update_id": 2, "edited_message": {"chat": {"type": "private"}, "text": "改过的"}},
        {"update_id": 3, "callback_query": {"data": "pick:1:water"}},
    ]
    assert _texts(payloads) == [clean("  村口路灯坏了\u202e "), "照片里是漏水的地方"]
