"""What people read about how they typed a command: a citizen who typed a staff or supervisor
command (where their own view is), and a ticket number written nearly right (its right form)."""

from __future__ import annotations

from bot.render import esc


def staff_command_for_citizen(command: str, number: str) -> str:
    """A citizen typed a command that handles tickets (/done, /accept, /urge …) in private:
    it is not theirs; where they see and add to their own tickets."""
    status = f"/status {esc(number)}" if number else "/status 工单编号"
    who = "督查人员" if command == "approve" else "责任单位工作人员"
    return (f"/{esc(command)} 是办理工单用的命令，仅供{who}使用。查看您反映的问题的办理进度，请发 {status}；"
            "发 /my 可列出您的全部工单。要补充情况，直接回复我关于该工单的消息即可。")


def number_hint(number: str) -> str:
    """Added to a usage line when the arguments open with a ticket number written nearly right."""
    return (f"\n工单编号写作“日期-序号”，中间用短横线连接：您要找的是不是 <code>{esc(number)}</code>？"
            "也可以只写序号，如 1。")
