"""What unit staff read about a citizen's phone number (HTML; only ever to the ticket's unit):
`/contact`'s answer (refs #10) — the numbers to ring back, each with where it came from and whose
the citizen's words say it is (bot.domain.privacy.whose), or for an offline demand who holds the
contact — and that a citizen shared one."""

from __future__ import annotations

from bot.domain.privacy.whose import OTHERS
from bot.render import esc

CONTACT_SOURCES = {"shared": "市民反映后分享的联系人", "text": "市民所留电话（反映内容中）",
                   "profile": "市民此前留的电话", "logged": "登记人备注",
                   # a contact card whose Telegram user is not the citizen (bot.domain.privacy.whose)
                   "shared_other": "市民分享的他人联系方式",
                   "profile_other": "市民分享的他人联系方式（此前分享）",
                   # a number the words give as someone else's (他电话是…) or in a forwarded message
                   "text_other": "反映内容中提到的他人电话（不是市民本人的）",
                   "forwarded": "市民转发的消息中的电话（不是市民本人的）"}


def contact_numbers(number: str, phones: list[tuple[str, str, str]]) -> str:
    """/contact: the phone numbers to ring back; phones: (number, CONTACT_SOURCES code, whose
    the citizen's words say it is or ""). Only ever sent to the unit's own staff in private
    chat. A number the words give as a relative's (我女儿电话…) or the writer's as one (我是她
    孙子) says so, never 市民电话."""
    if not phones:
        return (f"☎️ 工单 <code>{esc(number)}</code> 的市民没有留下电话。可用 /reply 请市民补充联系方式。\n"
                "本次查看已记入办理记录。")
    lines = [f"☎️ 工单 <code>{esc(number)}</code> 回访联系电话（仅用于回访核实，请勿转发或外传）："]
    lines += [f"<code>{esc(phone)}</code>　{_contact_label(source, owner)}"
              for phone, source, owner in phones]
    lines.append("本次查看已记入办理记录。")
    return "\n".join(lines)


# Whose a number is, when the citizen said it in English (bot.domain.privacy.words.LATIN_KIN).
LATIN_KIN = {
    "wife": "妻子", "husband": "丈夫", "son": "儿子", "daughter": "女儿", "mother": "母亲",
    "father": "父亲", "mom": "妈妈", "mum": "妈妈", "dad": "爸爸", "brother": "兄弟",
    "sister": "姐妹", "grandma": "奶奶", "grandpa": "爷爷", "grandmother": "奶奶",
    "grandfather": "爷爷", "grandson": "孙子", "granddaughter": "孙女", "neighbour": "邻居",
    "neighbor": "邻居", "landlord": "房东", "tenant": "租户", "uncle": "叔叔", "aunt": "阿姨",
}


def _contact_label(source: str, owner: str) -> str:
    """Whose the number is and where it came from (HTML); `ticket:NUMBER`: left on another of
    the citizen's tickets, this one having none."""
    kind, _, other = source.partition(":")
    owner = LATIN_KIN.get(owner, owner)
    if kind == "ticket":
        whose = "（他人的，不是市民本人的）" if owner == OTHERS else f"（{esc(owner)}）" if owner else ""
        return (f"本工单没有留电话，这是市民在其另一张工单 <code>{esc(other)}</code>"
                f" 中留下的{whose}")
    if owner == OTHERS and kind == "text":
        return esc(CONTACT_SOURCES["text_other"])
    return esc(f"联系电话（{owner}，反映内容中）" if owner and kind == "text"
               else CONTACT_SOURCES[source])


def contact_with_logger(number: str, logger: str, yours: bool) -> str:
    """/contact of an offline demand (/log) with no phone on it: the citizen is not on Telegram,
    so a /reply only reaches the logger; their contact is with whoever logged it (`logger`:
    name and unit), who can /note it for call-backs. `yours`: the asker logged it."""
    if yours:
        head = "是您线下登记的诉求，群众不在 Telegram 上，联系方式在您处"
        how = "您可发"
    else:
        head = f"是{esc(logger)}线下登记的诉求，群众不在 Telegram 上，联系方式请向登记人了解"
        how = "登记人可发"
    return (f"☎️ 工单 <code>{esc(number)}</code> {head}；用 /reply 答复只会发回登记人。"
            f"{how} <code>/note {esc(number)} 群众电话 …</code> 记下电话，此后 /contact 即可查到。\n"
            "本次查看已记入办理记录。")


def phone_shared_for_unit(number: str) -> str:
    """A citizen shared a phone number for a ticket: the unit learns there is one, not what."""
    return (f"☎️ 工单 <code>{esc(number)}</code> 的市民留了回访电话，"
            f"请在与我的私聊中发 /contact {esc(number)} 查看。")
