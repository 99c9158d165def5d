"""What staff and supervisors read above a usage line when a command was typed wrong (T25
finding 14): the part missing or malformed, said plainly (HTML parse mode)."""

from __future__ import annotations

from bot.render import esc

# The usage lines' own placeholder words (bot.texts.for_staff.STAFF_USAGE), typed as they read:
# `/transfer 5 城建 理由` moved a ticket with the reason 理由 (T24 finding 16). handlers/args.py
# takes none of them for what it stands for.
PLACEHOLDERS = frozenset({"理由", "原因", "内容", "答复内容", "办理结果", "结果", "备注", "备注内容",
                          "诉求内容", "具体举措", "实施计划", "完成时限", "text", "reason", "result"})

# The usage line's placeholder for /transfer's unit (单位代码, UNIT_CODE in the SPEC's form), typed
# as it reads (T27 finding 18: `/transfer 3 UNIT_CODE REASON` was an unknown unit “unit_code”).
UNIT_PLACEHOLDERS = frozenset({"单位代码", "单位", "unitcode", "unit", "code"})

# What a command's free text is, by command.
_TEXT = {"reply": "答复内容", "done": "办理结果", "transfer": "理由", "extend": "延期理由",
         "note": "备注内容", "log": "诉求内容", "urge": "督办意见"}
_PLAN = ("具体举措", "实施计划", "完成时限")


def placeholder(word: str) -> bool:
    """Whether `word` is a usage line's placeholder alone (理由, 办理结果)."""
    return "".join(c for c in word if c.isalnum()).lower() in PLACEHOLDERS


def unit_placeholder(word: str) -> bool:
    """Whether `word` is the usage line's placeholder for a unit (单位代码, UNIT_CODE)."""
    return "".join(c for c in word if c.isalnum()).lower() in UNIT_PLACEHOLDERS


def _units(codes: list[tuple[str, str]]) -> str:
    return "\n".join(f"<code>{esc(c)}</code> {esc(name)}" for c, name in codes)


def unit_placeholder_typed(unit: str, reason: str, codes: list[tuple[str, str]]) -> str:
    """/transfer with the usage line's unit placeholder (and its reason placeholder, when
    `reason` is one), both named as typed, with the units the ticket can go to."""
    if reason:
        head = (f"“{esc(unit)}”和“{esc(reason)}”都是格式里的占位词，"
                "请换成接收工单的单位代码和真实的改派理由。")
    else:
        head = f"“{esc(unit)}”是格式里的占位词，请换成接收工单的单位代码。"
    return f"{head}可用的单位：\n{_units(codes)}"


def own_unit_named(typed: str, own_name: str, codes: list[tuple[str, str]]) -> str:
    """/transfer naming what can only be the staff member's own unit (水利局 for 县水务局)."""
    return (f"“{esc(typed)}”指的是本单位（{esc(own_name)}），工单不能改派给本单位。"
            f"请写接收工单的单位代码或全称，可用的单位：\n{_units(codes)}")


def wrong(action: str, part: str, word: str, pieces: tuple[str, ...] = ()) -> str:
    """The line saying what was wrong with the `part` of `/action` where `word` was typed; ""
    when the usage line says it all."""
    shown = esc(word)
    if part == "number":
        return f"“{shown}”不是工单编号。" if word else "缺少工单编号。"
    if part == "unit":
        return "缺少单位代码：请写要改派到哪个单位。"
    if part == "days":
        # 两周, 下周一: the days asked are working days, counted (T27 finding 17).
        return (f"“{shown}”不是天数：" if word else "缺少延期天数：") + "请写工作日天数，如 10。"
    if part == "text":
        label = _TEXT.get(action, "内容")
        if placeholder(word):
            return f"“{shown}”是格式里的占位词，请换成真实的{label}。"
        if action == "transfer":
            return "改派必须写明理由：请在单位代码后写上为什么改派，例如“不属于本单位职责”。"
        return f"缺少{label}。" if not word else f"{label}没有写出文字。"
    if part == "plan":
        return _plan(pieces)
    if part == "" and word:
        return f"多了“{shown}”，请按下面的格式发送。"
    return ""


def _plan(pieces: tuple[str, ...]) -> str:
    """What is wrong with a 实事项目's `MEASURES | PLAN | DATE` as split at |."""
    if len(pieces) > 3:
        return (f"写成了 {len(pieces)} 部分，应为三部分：具体举措 | 实施计划 | 完成时限；"
                "举措和计划里请不要再用 |。")
    given = [p for p in pieces if p] if len(pieces) <= 1 else list(pieces)
    missing = _PLAN[len(given):] if len(given) < 3 else ()
    if missing:
        return f"缺少{'、'.join(missing)}：三部分之间用 | 隔开（中文输入法的 ｜ 也可以）。"
    for name, piece in zip(_PLAN, pieces, strict=True):
        if placeholder(piece):
            return f"“{esc(piece)}”是格式里的占位词，请写出真实的{name}。"
        if not any(c.isalnum() for c in piece):
            return f"{name}没有写。"
    return ""
