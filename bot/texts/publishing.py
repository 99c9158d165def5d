"""What supervisors read about /publish's drafts and when a result may be published (the
column's posts themselves are in public_column). HTML parse mode."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.render import esc
from bot.texts.for_supervisors import DROP_BUTTON, PUBLISH_BUTTON

# What the column publishes, said as it is (T24 finding 12): a ticket closed as 默认满意 was
# confirmed by nobody, so it is never called 群众认可; its draft says it went unanswered.
_ONLY_CONFIRMED = "《金来办、今天办》只发布已销号的办理结果"
_UNCONFIRMED = "市民没有答复回访，该工单是按默认满意销号的，办理结果未经市民确认"
# A link or markup in what the public would read (outside tester, round 25, finding 12): it is
# escaped, so the column shows it as typed, under the county's name.
LINK_WARNING = "公开稿中含有网址或标记符号，请确认后再发布。"


def awaiting_visit(number: str, closes: str) -> str:
    """/publish of a ticket 办结 whose 回访 is not concluded; `closes`: the day an unanswered
    回访 is closed as 默认满意 at the latest."""
    return (f"工单 <code>{esc(number)}</code> 已办结，正在等待市民回访确认，现在还不能发布。"
            f"{_ONLY_CONFIRMED}：市民在回访中表示问题已解决、对结果满意或基本满意后即可发布；"
            f"如果市民一直不答复，回访满 3 天按默认满意销号（最晚 {esc(closes)}），之后也可以发布，"
            "但那时的结果未经市民确认，发布前请先核实问题确已解决。"
            f"届时请再发 /publish {esc(number)}。")


def awaiting_phone_visit(number: str) -> str:
    """/publish of a ticket 办结 whose 回访 the supervisors make by phone, not recorded yet."""
    return (f"工单 <code>{esc(number)}</code> 已办结，电话回访结果尚未记录，现在还不能发布。"
            f"{_ONLY_CONFIRMED}：请先电话回访群众并在回访消息下记录，群众表示问题已解决、"
            f"对结果满意或基本满意后，再发 /publish {esc(number)}。")


# What the draft check (bot/domain/publish_check.py) can say of the whole draft: numbers, plates and
# doors it reads anywhere; a name only beside a word that marks one (a post, a title, 联系人), so
# no name is claimed absent (outside tester, round 26: 电工班长周建民 went out under 未发现姓名).
CHECKED_WHOLE = ("已核对全文，未发现电话、车牌、门牌号；人名只有写在职务、称呼等词旁边时系统才能认出，"
                 "发布前请再看一遍有没有人名")


@dataclass(frozen=True)
class Checked:
    """What the draft was checked for (bot/domain/publish_check.py): `removed`, the kinds of
    personal data (电话, 姓名 …) whose clauses were left out; `remaining`, the kinds the draft
    may still hold; `link`: it holds a link or a markup tag."""

    removed: list[str] = field(default_factory=list)
    remaining: list[str] = field(default_factory=list)
    link: bool = False


def preview(number: str, post: str, own: bool, replaced: str | None = None,
            left_out: bool = False, checked: Checked | None = None,
            unconfirmed: bool = False) -> str:
    """The draft shown before anything is posted; `post` is HTML already. `own`: the supervisor's
    words (for the public), else a summary drafted from the ticket; `replaced`: when the draft
    still waiting for this ticket was made (it is void now); `left_out`: the unit's result, in no
    Chinese, is not in a drafted summary; `checked`: what the draft was checked for — never a
    fixed claim that it holds nothing personal (outside tester, round 25, finding 11);
    `unconfirmed`: closed as 默认满意, its 回访 unanswered."""
    checked = checked or Checked()
    removed = "、".join(checked.removed)
    lines = []
    if checked.remaining:
        lines.append(f"⚠️ 这份草稿中可能仍含有个人信息（{esc('、'.join(checked.remaining))}），"
                     "系统未能全部隐去。请逐字核对，不要直接发布；可以发 /publish 编号 内容 "
                     "用自己的话改写，不写姓名、电话、车牌、门牌号。")
    if checked.link:
        lines.append(f"⚠️ {LINK_WARNING}")
    if unconfirmed:
        lines.append(f"⚠️ {_UNCONFIRMED}。发布前请核实问题确已解决；公开稿只写单位办结了什么，"
                     "请不要写成群众满意或群众认可。")
    if replaced:
        lines.append(f"⚠️ 该工单此前还有一份待确认的草稿（{esc(replaced)} 生成），已作废，以这份为准。")
    if own:
        head = (f"工单 <code>{esc(number)}</code> 按您写的内容生成了公开稿"
                + (f"，其中含有个人信息（{esc(removed)}）的分句已整句删去" if removed else "")
                + "，发布的就是下面这段文字。")
    else:
        head = (f"工单 <code>{esc(number)}</code> 的公开摘要草稿如下（不含市民原话"
                + (f"；单位办理结果中含有个人信息（{esc(removed)}）的分句已整句删去" if removed else "")
                + ("" if checked.remaining else f"；{CHECKED_WHOLE}")
                + "）。"
                + ("单位的办理结果不是中文，草稿中没有采用，建议用自己的话写明办理情况。"
                   if left_out else ""))
    lines.append(head + f"点“{PUBLISH_BUTTON}”发到《金来办、今天办》，点“{DROP_BUTTON}”作罢；"
                 + ("也可以重新发 /publish 编号 内容 改写。" if own
                    else "也可以发 /publish 编号 内容 用自己的话写。"))
    return "\n".join(lines) + "\n\n" + post


def all_personal(number: str) -> str:
    """/publish NUMBER TEXT whose every clause held personal data: no draft."""
    return (f"您为工单 <code>{esc(number)}</code> 写的公开稿每一句都含有个人信息（姓名、电话等），"
            "公开栏目不能刊登，整句删去后已没有可发布的内容，未生成草稿。请不写个人信息重新发送 "
            f"/publish {esc(number)} 内容，或只发 /publish {esc(number)} 使用系统起草的摘要。")


REPLACED_NOTE = "（这份草稿已作废，以之后生成的新草稿为准。）"


def withdrawn(number: str) -> str:
    """/publish of a ticket its citizen withdrew: there is no result to publish."""
    return (f"工单 <code>{esc(number)}</code> 已由市民本人撤回，没有办理结果，不能发布到"
            "《金来办、今天办》。")


def result_questioned(number: str, new_number: str, unit_name: str, said: str) -> str:
    """A citizen names back a ticket whose result was posted to the public column and reports
    its matter again (bot/actions/named_back.py): the post is not changed by itself."""
    return (f"⚠️ 市民对已公开发布的办理结果提出异议：工单 <code>{esc(number)}</code> 的办理结果已在"
            f"《金来办、今天办》发布，该市民又反映「{esc(said)}」，已登记为新工单 "
            f"<code>{esc(new_number)}</code>（{esc(unit_name)}办理）。\n"
            "频道原帖未作改动。请核实：如发布的结果与实际不符，请在频道作出更正说明。")
