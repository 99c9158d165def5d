"""What a citizen reads when /status cannot show a ticket from what they typed (too many
numbers at once, a word that is no number, a short number several of their tickets share), and
what staff and supervisors read when a short number names several tickets."""

from __future__ import annotations

from bot.render import esc


def status_too_many(most: int) -> str:
    return f"一次最多查 {most} 件工单，请分几次发送；发 /my 查看您的全部工单。"


def status_not_a_number(word: str) -> str:
    return (f"「{esc(word)}」不是工单编号。工单编号形如 20261127-0001，也可以只写序号，"
            "例如：/status 0001；发 /my 查看您的工单。")


def status_ambiguous(sequence: str, numbers: list[str], count: int) -> str:
    """A daily sequence that several of the asker's tickets share: which ones, to choose."""
    listed = "、".join(f"<code>{esc(n)}</code>" for n in numbers)
    more = f"等 {count} 件" if count > len(numbers) else ""
    return (f"您有几件工单的序号都是 {esc(sequence)}：{listed}{more}。"
            "请发完整编号，例如：/status " + esc(numbers[0]))


def sequence_ambiguous(command: str, sequence: str, numbers: list[str], count: int) -> str:
    """Staff and supervisors: a daily sequence that several tickets they may see share."""
    listed = "、".join(f"<code>{esc(n)}</code>" for n in numbers)
    more = f"等 {count} 件" if count > len(numbers) else ""
    return (f"序号为 {esc(sequence)} 的工单有几件：{listed}{more}。"
            f"请发完整编号，例如：/{esc(command)} {esc(numbers[0])}")
