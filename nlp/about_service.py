"""A question about the service itself — what it is, who runs it, whether it is really the
government's, what one may report here (你们是真的政府部门吗, 这里能反映什么, What can I report
here?, who runs this?) — for the bot's answer alone (refs #10).

Asked only of a message the router already called noise, to choose its answer: it never makes
a message a report or noise, so routing does not read it. Normalised text (nlp.tokenizer)."""

from __future__ import annotations

import re

from nlp.tokenizer import normalize

__all__ = ["asks_about_service"]

_ZH = re.compile(
    # whether it is really the government's, official, or a fake
    r"(是不是|是)(真的|真|正规的?|正式的?|官方的?)?(的)?(政府|官方|国家|县里|公家)(的)?(部门|机关|单位|机构|平台|办的|开的|的)?"
    r"(吗|么|嘛|不|没|呢|啊|吧|\?)|"
    r"(真的|真)?(是)?(政府|官方)(部门|机关)?(还是)?(假的|骗子|骗人)|是(不是)?(假的|骗子|骗人的?)(吗|么|吧|啊|呀|\?)|"
    # who it is, who runs it
    r"(你|你们|这|这个|这里|这儿|金来办)(平台|号|机器人|小程序|网站)?(到底)?是(谁|什么|啥|哪里|哪儿|哪个|哪家)(部门|单位|机构|平台|东西|人)?(的|开的|办的)?(啊|呀|呢|\?|$)|"
    r"(谁|哪个部门|哪个单位|哪家)(在)?(管|办|运营|负责|开|弄|搞|做)(的)?(这个|你们|金来办|这里)|"
    r"(这个|你们|金来办|这里)(平台|号|机器人|小程序|网站)?(是)?(谁|哪个部门|哪个单位|哪家)(在)?(管|办|运营|负责|开|弄|搞|做)|"
    # what one may report here
    r"(能|可以|可|都能|都可以)(在这里?|在这儿)?(反映|反应|投诉|举报|报|说|提)(些)?(什么|啥|哪些)|"
    r"(哪些|什么|啥)(事|事情|问题)(都)?(能|可以)(在这里?)?(反映|投诉|举报|报|说|管)|"
    r"(你们|这里|这儿|这个)(都)?(管|受理|处理)(什么|啥|哪些)")
_EN = re.compile(
    r"\bwhat (can|could|may|should) (i|we|people|you) (report|complain about|tell you about|send)\b|"
    r"\bwhat (kind|kinds|sort|sorts|type|types) of (things|problems|issues|matters|complaints)\b|"
    r"\bwhat (do|does) (you|this bot|this service|jinlaiban) (do|handle|deal with|take)\b|"
    r"\bwhat is (this|jinlaiban|this bot|this service|this app|this thing)\b|\bwho are you\b|"
    r"\bwho (runs|operates|owns|manages|is behind|made|set up) (this|you|it|jinlaiban)\b|"
    r"\b(are|is) (you|this|it|jinlaiban)( bot| service)? (really |actually |truly )?"
    r"(a |an |the )?(real |official |genuine )?"
    r"(government|official|legit|legitimate|real|genuine|scam|fake)\b")


def asks_about_service(text: str) -> bool:
    """Whether a message (as sent) asks what the service is, who runs it, whether it is really
    the government's, or what may be reported here."""
    clean = normalize(text)
    return bool(_ZH.search(clean) or _EN.search(clean))
