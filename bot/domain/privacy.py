"""Personal data in what others read: phone and ID numbers, names.

Pure text functions: `mask` hides what identifies a citizen wherever someone other than the
citizen reads a ticket; `mask_public` also hides house, building and room numbers for the public
channel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Digits may be typed full width (Chinese IMEs do): classes below take both forms, and a masked
# number keeps the digits it shows as typed. A number may follow +86 / 0086 with or without a
# space; separators inside a number are spaces or hyphens, as people write them.

_D = r"[0-9０-９]"
_ID = re.compile(rf"(?<!\d)([1-9１-９]{_D}{{5}})[\s-]?({_D}{{8}})[\s-]?({_D}{{3}}[0-9０-９XxＸｘ])(?!\d)")
_ID15 = re.compile(rf"(?<!\d)([1-9１-９]{_D}{{5}})({_D}{{6}})({_D}{{3}})(?!\d)")
_MOBILE = re.compile(
    rf"(?:(?<=86)|(?<!\d))([1１][3-9３-９]{_D})[\s-]?({_D}{{4}})[\s-]?({_D}{{4}})(?!\d)")
_LANDLINE = re.compile(  # an opening bracket stays in the text: the closing one is kept too
    rf"(?<!\d)([0０]{_D}{{2,3}})([)）]?)[\s-]?({_D}{{3,4}})[\s-]?({_D}{{4}})(?!\d)")
# Any other number right after a phone cue (a local number without its area code, say).
_PHONE_CUE = re.compile(
    rf"((?:电话|手机|座机|联系方式|[Tt]el|TEL)(?:号码?)?[是为:：\s]*)({_D}[\d \t-]{{5,18}}{_D})(?!\d)")
TICKET_NUMBER = re.compile(r"\d{8}-\d{4,}")  # never masked, wherever it stands

# Common surnames (compound ones first): a name without a cue is only recognised after one.
_COMPOUND = ("欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|独孤|南宫"
             "|万俟|闻人|西门")
_SURNAMES = (  # the ~150 most frequent, less those that are everyday words (国, 和, 时, 楼 …)
    "王李张刘陈杨黄吴赵周徐孙马朱胡林郭何高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁余叶蒋杜苏魏程吕丁沈"
    "任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷鞠黎史龙陶贺顾毛郝龚邵万钱严赖覃"
    "洪武莫孔汤向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕季裴霍涂成苗谷盛翁冉骆蓝路辛靳柴蒙鲍喻祁"
)
# A Han character that can be part of a given name: not a particle, not a place or door word.
_NOT_GIVEN = "的了在住家是和与及跟给向把被从到也都就还又说反映电话手机人县市区镇乡村省街路号楼栋室"
_GIVEN = rf"(?:(?![{_NOT_GIVEN}])[\u4e00-\u9fff])"
_SURNAME = rf"(?:{_COMPOUND}|[{_SURNAMES}])"
# After these a name follows at once, whatever its first character ("我叫小燕").
_STRONG_CUE = "我叫|名叫|名字叫"
# Labels: a name follows after a colon, whatever its first character ("联系人：阿明"); not in
# prose ("举报人信息", "申请人颁发").
_LABEL_CUE = "姓名|名字|联系人|申请人|举报人|投诉人|收件人|委托人|当事人|户主|患者|家属|询问人"
# After these (or a label and a space), only a name that starts with a common surname and ends
# where the phrase does ("我是王芳，", "户主刘兵电话…", "举报人 杨霞利"): "本人申请",
# "我是公司员工", "业主 处理情况" stay as written.
_WEAK_CUE = "我是|本人|受害人|姓名|联系人|申请人|举报人|投诉人|当事人|户主"  # not 患者钱财
_NAME_END = r"(?=[\s，,。.、；;：:！!？?（()）]|$|\d|男|女|住|家|电话|手机|先生|女士|同志)"
_NAME_CUE = re.compile(
    rf"((?:{_STRONG_CUE})[:：\s]*|(?:{_LABEL_CUE})[:：]\s*)({_GIVEN})({_GIVEN}{{1,2}})"
    rf"|((?:{_WEAK_CUE})\s*)({_SURNAME})({_GIVEN}{{1,2}}){_NAME_END}"
)
# Words that stand before a phone number and start with a surname character, but are no name.
_NOT_NAMES = ("方式|电话|手机|号码|座机|热线|客服|物业|师傅|先生|女士|单位|门卫|公司|房东|维修|修复"
              "|居委|村委|社区|办公|值班|本人|家里|经理|老板|前台|总机|传真|国家|政府|服务")
# A name standing right before a phone number ("张伟 13812345678", "联系王芳（0537-…）"),
# wherever it stands: the surname list and _NOT_NAMES keep "物业电话", "单位电话" as written.
_NAME_BEFORE_PHONE = re.compile(
    rf"(?!{_NOT_NAMES})({_SURNAME})({_GIVEN}{{1,2}})(?=[\s，,：:（(]*(?:电话|手机|联系电话)?[\s:：]*"
    rf"(?:\+?(?:00)?86[\s-]?)?(?:[1１][3-9３-９]{_D}[\s-]?{_D}{{4}}[\s-]?{_D}{{4}}"
    rf"|[(（]?[0０]{_D}{{2,3}}[)）]?[\s-]?{_D}{{3,4}}[\s-]?{_D}{{4}})(?!\d))"
)
_ADDRESS_DETAIL = re.compile(
    r"(?:\d+|[A-Za-zＡ-Ｚ])\s*(?:号楼|栋|幢|座|单元|室|号院|号|户|楼)")


def mask(text: str, names: Iterable[str] = ()) -> str:
    """Hide ID numbers, phone numbers and personal names: the known `names` (the citizen's
    Telegram name, in any order of its parts), names after a cue (我叫, 联系人, 本人 王…) and a
    name standing right before a phone number. Ticket numbers, dates and amounts stay as typed."""
    for name in _name_forms(names):
        text = text.replace(name, mask_name(name))
    text = _NAME_CUE.sub(_masked_cue, text)
    text = _NAME_BEFORE_PHONE.sub(lambda m: m[1] + "*" * len(m[2]), text)
    text = _ID.sub(lambda m: m[1][:3] + "*" * 14 + m[3][-1], text)
    text = _ID15.sub(lambda m: m[1][:3] + "*" * 11 + m[3][-1], text)
    text = _MOBILE.sub(lambda m: f"{m[1]}****{m[3]}", text)
    text = _LANDLINE.sub(lambda m: f"{m[1]}{m[2] or '-'}****{m[4]}", text)
    return _PHONE_CUE.sub(lambda m: m[0] if TICKET_NUMBER.fullmatch(m[2]) else
                          m[1] + _star_digits(m[2], keep=4), text)


def _name_forms(names: Iterable[str]) -> list[str]:
    """Each known name as people may write it: whole, without its spaces, parts swapped
    (Telegram's full name is "first last"; a Chinese user may type 鑫 梁 for 梁鑫), longest first."""
    forms: set[str] = set()
    for name in names:
        parts = name.split()
        forms.update({" ".join(parts), "".join(parts), "".join(reversed(parts))})
        forms.update(p for p in parts if len(p) >= 2)
    return sorted((f for f in forms if len(f) >= 2), key=len, reverse=True)


def _masked_cue(m: re.Match[str]) -> str:
    cue, first, rest = (m[1], m[2], m[3]) if m[1] is not None else (m[4], m[5], m[6])
    return cue + first + "*" * len(rest)


def _star_digits(number: str, keep: int) -> str:
    """Every digit but the last `keep` as *, separators kept."""
    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    hidden = set(digits[:-keep] if keep else digits)
    return "".join("*" if i in hidden else ch for i, ch in enumerate(number))


def mask_public(text: str, names: Iterable[str] = ()) -> str:
    """`mask`, and also house, building and room numbers: for the public channel."""
    return _ADDRESS_DETAIL.sub("**", mask(text, names))


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***; a Latin name keeps its first letter."""
    name = name.strip()
    return name[:1] + "*" * max(1, len(name) - 1) if name else ""
