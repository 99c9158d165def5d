"""What a citizen reads when /status cannot show a ticket from what they typed (too many
numbers at once, a word that is no number, a short number several of their tickets share), and
what a chase naming such a number is asked back with, and what staff and supervisors read when
a short number names several tickets (only those the command can act on, or that none can)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.common import STATE_NAMES


def status_too_many(most: int) -> str:
    return f"一次最多查 {most} 件工单，请分几次发送；发 /my 查看您的全部工单。"


def status_not_a_number(word: str) -> str:
    return (f"「{esc(word)}」不是工单编号。工单编号形如 20261127-0001，也可以只写序号，"
            "例如：/status 0001；发 /my 查看您的工单。")


def status_ambiguous(sequence: str, numbers: list[str], count: int,
                     command: str = "status") -> str:
    """A daily sequence that several of the asker's tickets share (/status, /cancel): which
    ones, to choose."""
    listed = "、".join(f"<code>{esc(n)}</code>" for n in numbers)
    more = f"等 {count} 件" if count > len(numbers) else ""
    return (f"您有几件工单的序号都是 {esc(sequence)}：{listed}{more}。"
            f"请发完整编号，例如：/{command} " + esc(numbers[0]))


_DOING = {"accept": "签收", "done": "办结", "reply": "答复", "transfer": "改派",
          "extend": "申请延期", "project": "列为实事项目", "urge": "督办", "approve": "批准延期",
          "publish": "发布"}
_NONE_CAN = {"approve": "都没有待批准的延期申请。", "publish": "都还没有经回访确认销号，不能发布。",
             "urge": "都已不在办理中，无需督办。"}


def sequence_ambiguous(command: str, sequence: str, numbers: list[str], count: int,
                       among: int = 0, rest: str = "") -> str:
    """Staff and supervisors: a daily sequence that several tickets they may see share; when
    only `count` of the `among` sharing it can take the command, only those are listed. The
    example repeats the `rest` of the command typed after the number (/transfer 1 power 不是我们的),
    so it can be copied whole."""
    listed = "、".join(f"<code>{esc(n)}</code>" for n in numbers)
    more = f"等 {count} 件" if count > len(numbers) else ""
    ask = f"请发完整编号，例如：/{esc(command)} {esc(numbers[0])}" + (f" {esc(rest)}" if rest else "")
    if among > count:
        doing = _DOING.get(command, "办理")
        return (f"序号为 {esc(sequence)} 的工单有 {among} 件，其中可以{doing}的"
                f"{'只有' if count == 1 else '是'}：{listed}{more}。{ask}")
    return f"序号为 {esc(sequence)} 的工单有几件：{listed}{more}。{ask}"


def sequence_picked(command: str, sequence: str, number: str, among: int) -> str:
    """Above a draft to confirm (/publish): the short number named several tickets and only
    `number` can take the command, so the draft below is that one's."""
    doing = _DOING.get(command, "办理")
    return (f"ℹ️ 序号为 {esc(sequence)} 的工单有 {among} 件，其中可以{doing}的只有 "
            f"<code>{esc(number)}</code>，以下是这一件的草稿；如果不是您要的那件，请点“取消”，"
            "再发完整编号。\n")


def sequence_none_can(command: str, sequence: str, shared: list[tuple[str, str]],
                      among: int) -> str:
    """Staff and supervisors: several tickets share the sequence and none can take the command
    (each `shared` as its number and state code)."""
    listed = "、".join(f"<code>{esc(n)}</code>（{esc(STATE_NAMES.get(state, state))}）"
                       for n, state in shared)
    more = f"等 {among} 件" if among > len(shared) else ""
    why = _NONE_CAN.get(command, f"都不能{_DOING.get(command, '办理')}。")
    return f"序号为 {esc(sequence)} 的工单有 {among} 件：{listed}{more}，{why}"


def ticket_row(number: str, state: str, summary: str) -> str:
    """One of the citizen's tickets as their list (/my) shows it: number, state, their words."""
    return f"<code>{esc(number)}</code> {esc(STATE_NAMES.get(state, state))}｜{esc(summary)}"


def chase_which(sequence: str, rows: list[tuple[str, str, str]], count: int) -> str:
    """A chase naming a short number several of the writer's tickets share (我那个3号的事呢):
    which one, each as /my lists it (rows: number, state, summary), to be chased by its whole
    number."""
    listed = "\n".join(ticket_row(*row) for row in rows)
    more = f"\n（共 {count} 件，这里列出最近的 {len(rows)} 件）" if count > len(rows) else ""
    example = esc(rows[0][0])
    return (f"您有几件工单的序号都是 {esc(sequence)}，请问您要催办的是哪一件？\n{listed}{more}\n"
            f"请发完整编号，例如：{example} 怎么样了；发 /status {example} 查看详情。")


from bot.texts import lookup_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), lookup_en)
