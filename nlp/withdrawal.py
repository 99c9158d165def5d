"""A wish to withdraw, read from words (撤回): 停水那个单子撤销吧，是我弄错了; 7号和8号是我问进度的，
不是新问题，撤了吧; 撤回 alone; or a correction of what was reported: 不好意思刚才说错了，不是停水，
是停电 (the wrong matter is to be withdrawn and the right one filed).

The message must be about withdrawing and little else: once the withdrawing words, the ticket
numbers, the words for "that ticket of mine" and the filler of speech are set aside, what is left
names at most the matter meant (停水), never a report of its own (小区门口的广告牌被撤掉了 is a
report: what was removed is said of something else) — the reader's shape nlp.settled shares
(nlp.about_only). 不用管了 said of a matter put right is nlp.settled's (see read). Which
ticket is meant, and whether the writer has one, is for the bot to judge (bot/actions/withdraw.py).
Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp import about_only, settled
from nlp.tokenizer import normalize
from nlp.withdrawal_en import read_english

__all__ = ["Withdrawal", "read"]

# Calling the matter off (撤销, 作废, 取消工单) or saying it needs no handling (不用管了, 不办了).
_CALL_OFF = re.compile(r"(?<![被给把让])(?:撤销|撤回|撤掉|撤单|撤了|撤下|作废|"
                       r"(?:取消|删除|删掉)(?=工单|单子|投诉|反映|这个|那个|一下|掉|吧|$))")
# 不用你们管了, 不需要您处理了: the unit need not act (as T23 finding 7's citizen said it).
_NO_HANDLING = r"不办了|(?:不用|不需要|用不着)(?:再|你们|您们|你|您)*(?:办|处理|管)了"
_WITHDRAW = re.compile(f"{_CALL_OFF.pattern}|{_NO_HANDLING}")
_MISTAKE = re.compile(r"(?:弄|说|搞|发|写|报|填|打)错了?")
# 不是停水，是停电 (而是, 应该是): the wrong matter, then the right one.
_CORRECTION = re.compile(r"不是(?P<wrong>[^,.!?;:，。]{1,16}?)[,.;，。 ]*(?:而|应该|其实)?是"
                         r"(?P<right>.{1,60})$")
_NUMBERS = re.compile(r"(?<![\d-])(?:(?P<day>20\d{6})-?(?P<whole>\d{4,})|(?P<seq>\d{1,6}))(?![\d-])"
                      r"(?!号?[楼栋幢单元室户层])(?:号(?:工单|单子|单(?!元))?|工单|单子)?")
# What the writer meant, said beside the wish (没人打俺儿子，俺是说联系不上俺就给俺儿子打电话，报警那个
# 撤了吧): a clause that denies or explains what was reported names no report of its own.
_EXPLAINED = re.compile(r"(?:^|(?<=[,.;!?]))(?:没有?人|没谁|我是说|我的意思是|意思是|我说的是|我不是说|"
                        r"不是有人)[^,.;!?]*")
_FILLER = re.compile(
    r"不是新问题|不是新的|是我问进度的|问进度的|问进度|我问的|是我|我的|我刚才|刚才|刚刚|之前|前面|上面|"
    r"那个|这个|那张|这张|那条|这条|那两个|这两个|两个|几个|工单|单子|编号|投诉|反映|举报|诉求|问题|"
    r"不好意思|对不起|抱歉|麻烦|请|帮我|帮忙|给我|一下|把|都|也|就|先|算了|罢了|吧|了|的|啊|呀|哈|哦|"
    r"嗯|呢|"
    r"怎么|咋|消息|那条|发的|重新发|一句|"
    r"和|跟|与|还有|以及|要|想|能|可以|吗|好|谢谢|你们|您|你|我|是|不用|不需要|不要"
)
# Why it is called off, said in a clause of its own (物业已经修好了, 现在能用了, 路灯已经亮了, 我自己
# 找人拉走了): the reason, never the matter meant.
_BACK = re.compile(r"(?:能用|好用|好使|亮|通|来|恢复|正常|没事|办好|(?:拖|搬|挪|运|拉|清|收)走)了")
_CLAUSES = re.compile(r"[^,.!?;:，。！？；：]+")
_REASON_CHARS = 12


@dataclass(frozen=True)
class Withdrawal:
    """What a wish to withdraw names: ticket numbers (whole or by sequence), the words of the
    matter meant (停水; in a correction, the wrong one), in a correction the right matter, and
    whether it says the unit need not act (不用你们管了, 不办了: its unit is told, not only asked)
    rather than only calling the report off (撤销吧)."""

    numbers: tuple[str, ...] = ()
    about: str = ""
    instead: str = ""
    unneeded: bool = False


def read(text: str) -> Withdrawal | None:
    """The wish to withdraw a message is, or None when it is none (a report, a chase …)."""
    plain = normalize(text)
    if (english := read_english(plain)) is not None:
        numbers, about = english
        return Withdrawal(numbers, about)
    withdraws = _WITHDRAW.search(plain) is not None
    mistaken = _MISTAKE.search(plain) is not None
    if not (withdraws or mistaken):
        return None
    if withdraws and not mistaken and settled.put_right(plain) and not _CALL_OFF.search(plain):
        # 不用管了 both readers catch, decided by meaning: said of a matter put right (桥栏杆
        # 不用管了，村里自己找人焊上了) it is settled (nlp.settled: kept as 已自行解决, told to the
        # unit); said alone, or with a word that calls it off (撤销), a wish to withdraw.
        return None
    numbers = tuple(dict.fromkeys(f"{m['day']}-{m['whole']}" if m["day"] else m["seq"]
                                  for m in _NUMBERS.finditer(plain)))
    corrected = _CORRECTION.search(plain) if mistaken else None
    if corrected is not None:
        before = plain[:corrected.start()]
        if not about_only.names_at_most(_left(before)):
            return None
        right = corrected["right"].strip(" ,.!?;:，。！？")
        return Withdrawal(numbers, _left(corrected["wrong"]), right)
    left = _left(_without_reasons(_EXPLAINED.sub("", plain) if withdraws else plain))
    if not about_only.names_at_most(left) or (not withdraws and not numbers and left):
        # Much else said, or a mistake owned without withdrawing and naming nothing
        # (地址说错了，是3号楼): a correction of details, not a withdrawal.
        return None
    unneeded = re.search(_NO_HANDLING, plain) is not None and not _CALL_OFF.search(plain)
    return Withdrawal(numbers, left, unneeded=unneeded and not mistaken)


def _without_reasons(plain: str) -> str:
    """The text without the clauses that only say why it is called off (物业已经修好了)."""
    return "，".join(clause for clause in _CLAUSES.findall(plain) if _WITHDRAW.search(clause)
                    or len(clause) > _REASON_CHARS
                    or not (settled.put_right(clause) or _BACK.search(clause)))


def _left(text: str) -> str:
    """What is left of `text` once the withdrawing words, numbers and filler are set aside."""
    return about_only.left(text, (_WITHDRAW, _MISTAKE, _NUMBERS), _FILLER)

