"""A few words of what a citizen reported, naming the matter in every push about its ticket
(refs #10): with eleven tickets open, "工单 20261202-0008 已办结" alone does not say which lamp.
Pure: the caller chooses whose view the words are in (the citizen's own, or masked)."""

from __future__ import annotations

import re

from bot.domain.privacy.whose import CONTACT_CUE
from nlp.pasted import TROUBLE
from nlp.regex import quick
from nlp.tokenizer import normalize
from nlp.untroubled import says_trouble

__all__ = ["EXCERPT_CHARS", "before_contact", "excerpt", "from_matter"]

EXCERPT_CHARS = 20  # a push names the ticket's matter in at most this many characters
_AT_LEAST = 6  # … whole clauses are kept when they make this much; else the text is cut
_SPACE = re.compile(r"\s+")
_CLAUSE_END = re.compile(r"(?<=[，,。！!？?；;])")
_HAN = re.compile(r"[\u3400-\u9fff]")
LATIN_TIMES = 3  # words in Latin letters say in three letters what a Chinese character says
# Where a clause ends: after punctuation, and at a space next to a Chinese character (你好 我是…).
_CLAUSE_GAP = re.compile(r"[，,。！!？?；;：:、]+\s*|\.\s+|(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])")
_AROUND = " ,，。.!！;；:：~～、啊呀哈"
# What a message opens with before its matter: a greeting (您好, 领导好, 打扰了, excuse me) and a
# wish to report or ask told with no matter yet (我想反映个问题, 想咨询一件事).
_GREETING = (r"(?:(?:您|你|你们|大家|各位|领导|各位领导|工作人员|同志|师傅|书记|主任)(?:们)?(?:您|你)?好|"
             r"打扰(?:了|一下|您了|您)?|冒昧打扰|麻烦(?:您|你们?)(?:了|一下)|请问(?:一下)?|问一下|喂|在吗|"
             r"在不在|有人吗|hello|hi|hey|dear sir|good (?:morning|afternoon|evening)|excuse me|"
             r"sorry to bother you)")
_LEAD_IN = (r"(?:我|俺|本人)?(?:们)?(?:想|要|来|需要)?(?:向你们|跟你们|给你们|和你们)?"
            r"(?:反映|反应|咨询|投诉|举报|问|求助)(?:一下|个|一个|一件|点|些)?(?:问题|情况|事|事情)?")
_PREAMBLE = re.compile(rf"^(?:{_GREETING}|{_LEAD_IN})(?:[{_AROUND}]*(?:{_GREETING}|{_LEAD_IN}))*$",
                       re.I)
# The writer introducing themselves (after a greeting or none): 我是东关村的村民, 本人是一名开出租车
# 的司机, 俺是外地嫁过来的, I'm a nurse. A job named there may be a routing word (出租车), but it
# says who writes, not what is wrong: such a clause is the matter only when it tells a trouble.
_INTRO = re.compile(rf"^(?:{_GREETING}[{_AROUND}]*)?(?:(?:我|俺|本人)(?:们)?(?:是|系|叫|姓)"
                    r"(?!想|说|要|来|不是|在|因为|觉得)|(?:i'?m|i am|my name is)\b)", re.I)
_TROUBLE = quick(TROUBLE)  # something wrong (坏, 停水, 漏), as nlp.pasted tells a report by it
# Where the matter ends and how to reach the writer begins (T25): a contact clause (联系人…,
# 联系我, 打俺孙子电话…, call me…), a phone or account named before a number or a mask label
# (电话：【电话】, 手机138…; not 电话打不通), or a mask label opening a clause. The few words naming
# a ticket stop there: its citizen read 桥上有个大坑，联系人【姓名】 【电话】 as if censored.
_NUMBER = r"(?=【|\d|[一二三四五六七八九零〇幺壹贰叁肆伍陆柒捌玖])"
_CONTACT = re.compile(
    r"(?:(?:^|(?<=[，,。；;！!、\s]))\s*(?:联系人|联系我(?!们)|联系方式|请?(?:与我|和我|跟我)联系|"
    r"(?:请|麻烦)?(?:打|拨打?)(?:我|俺)\w{0,3}(?:电话|手机)|call me|contact me|reach me|【[^】]*】)|"
    rf"(?:{CONTACT_CUE}|微信号|微信|QQ号?|phone|tel|mobile|my number)\s*[:：是为]?\s*"
    + _NUMBER + r")", re.I)
_LABEL_OPEN = re.compile(r"【[^】]*$")  # a mask label cut in half at an excerpt's end


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """`text` on one line in at most `limit` characters: its first clauses whole where they
    make enough words (村口的路灯不亮好几天了), else cut with an ellipsis; "" for no words."""
    plain = before_contact(_SPACE.sub(" ", text).strip())
    latin = not _HAN.search(plain)
    if latin:  # an English report named as briefly as a Chinese one, cut between words
        limit *= LATIN_TIMES
    if len(plain) <= limit:
        return plain
    kept = ""
    for clause in _CLAUSE_END.split(plain):
        if len(kept) + len(clause) > limit:
            break
        kept += clause
    kept = kept.rstrip("，,。；; ")
    if len(kept) >= _AT_LEAST:
        return kept + "…"
    cut = _LABEL_OPEN.sub("", plain[: limit - 1])  # never half a 【电话】
    return (cut.rsplit(" ", 1)[0] if latin and " " in cut else cut).rstrip(",.;: ") + "…"


def before_contact(text: str) -> str:
    """`text` up to where it turns from its matter to how to reach its writer (a contact clause
    or a mask label, `_CONTACT`); the whole text when nothing of the matter comes first."""
    for match in _CONTACT.finditer(text):
        head = text[: match.start()].rstrip(" ，,。；;：:、")
        if head.strip(_AROUND):
            return head
    return text


def from_matter(text: str) -> str:
    """`text` from the first clause that says its matter on: past the greetings, the wish to
    report and the writer introducing themselves that open it (您好，我是东关村的村民，村口的路灯
    不亮了 → 村口的路灯不亮了), so the few words naming a ticket quote the problem; the whole text
    when nothing else follows them."""
    starts = [0, *(gap.end() for gap in _CLAUSE_GAP.finditer(text))]
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        said = text[start:end].strip(_AROUND).lower()
        if said and not _PREAMBLE.match(said) and not (
                _INTRO.match(said) and not _troubled(normalize(said))):
            return text[start:]
    return text


def _troubled(said: str) -> bool:
    """Whether normalised words tell something wrong, asked for or complained of."""
    return bool(_TROUBLE.search(said)) or says_trouble(said)
