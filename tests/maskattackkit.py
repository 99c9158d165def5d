"""What an adversary would send the masker: personal data in formats no example showed it.

Strategies for test_masking_attack.py. Each draws a *piece* of personal data (a name, a phone
number, an ID number, a card, a plate, a door, a handle) as it would be written, with what must
not be readable of it afterwards (`secret`: the digits or the name), and a *frame*, a sentence
the piece is written in (before or after punctuation, in English, in a run-on, inside brackets
or quotes, after an emoji).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import strategies as st
from pypinyin import lazy_pinyin

from bot.domain.privacy.digits import RUN_DIGITS
from bot.domain.privacy.kinds import luhn

SURNAMES = "王李张刘陈杨黄吴赵周徐孙马朱胡林郭何罗郑梁谢宋唐许邓冯韩曹彭蔡潘董袁蒋杜苏魏程丁沈姚卢"
COMPOUNDS = ("欧阳", "司马", "上官", "诸葛", "慕容", "司徒", "夏侯", "令狐")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华兰玉萍红德福建国秀梅立志晓燕海波淑珍"
FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
NUMERALS = dict(zip("0123456789", "零一二三四五六七八九", strict=True))


@dataclass(frozen=True)
class Piece:
    """Personal data as written, what of it nobody else may read, and its class."""

    kind: str
    written: str
    secret: str  # a name, or the digits a number must not show (normalised: see digits_shown)


def digits_shown(text: str) -> str:
    """Every digit a reader can make out of `text`, in order (full-width, Chinese numerals and
    symbol digits read as digits), so a number written any way is found in what is shown."""
    read = [ch.translate(RUN_DIGITS) for ch in text]
    letter = [ch.isascii() and ch.isalpha() for ch in text]

    def among_digits(i: int) -> bool:  # a look-alike letter (O, l, I) reads as one in a number
        return any(0 <= j < len(text) and not letter[j] and read[j].isdigit() for j in (i - 1, i + 1))

    return "".join(d for i, d in enumerate(read)
                   if d.isdigit() and (not letter[i] or among_digits(i)))


def _styled(digits: str, style: str, groups: tuple[int, ...]) -> str:
    parts, at = [], 0
    for size in groups:
        parts.append(digits[at:at + size])
        at += size
    if at < len(digits):
        parts.append(digits[at:])
    if style == "keycap":  # 1️⃣3️⃣9️⃣ from an emoji keyboard
        return "".join(f"{ch}\ufe0f\u20e3" for ch in digits)
    if style in ("english", "pinyin"):  # one three nine …, yao san jiu …
        words = ENGLISH if style == "english" else PINYIN
        return " ".join(words[ch] for ch in digits)
    sep = {"plain": "", "space": " ", "dash": "-", "dot": ".", "full": "", "fullspace": "\u3000",
           "chinese": "", "chinese_space": " "}[style]
    text = sep.join(parts)
    if style.startswith("full"):
        text = "".join(FULL.get(ch, ch) for ch in text)
    if style.startswith("chinese"):
        text = "".join(NUMERALS.get(ch, ch) for ch in text)
    return text


STYLES = st.sampled_from(["plain", "space", "dash", "dot", "full", "fullspace", "chinese",
                          "chinese_space", "english", "pinyin", "keycap"])
ENGLISH = dict(zip("0123456789", ("zero", "one", "two", "three", "four", "five", "six", "seven",
                                  "eight", "nine"), strict=True))
PINYIN = dict(zip("0123456789", ("ling", "yao", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu"),
                  strict=True))


@st.composite
def mobiles(draw: st.DrawFn) -> Piece:
    digits = "1" + draw(st.sampled_from("3456789")) + draw(st.text("0123456789", min_size=9,
                                                                    max_size=9))
    style = draw(STYLES)
    groups = draw(st.sampled_from([(3, 4, 4), (3, 3, 5), (3, 2, 3, 3), (11,), (4, 4, 3)]))
    body = _styled(digits, style, groups)
    prefix = draw(st.sampled_from(["", "+86", "+86 ", "0086", "0086-", "(+86)", "＋８６ ", "86-"]))
    if style.startswith("chinese") and draw(st.booleans()):
        body = body.replace("一", "幺")
    return Piece("mobile", prefix + body, digits)


@st.composite
def landlines(draw: st.DrawFn) -> Piece:
    area = draw(st.sampled_from(["0537", "010", "021", "0531", "0538", "0755"]))
    local = draw(st.sampled_from("2345678")) + draw(st.text("0123456789", min_size=6, max_size=7))
    sep = draw(st.sampled_from(["-", " ", "", "—", "－"]))
    written = f"{area}{sep}{local}" if not draw(st.booleans()) else f"({area}){local}"
    if draw(st.booleans()):
        written = "".join(FULL.get(ch, ch) for ch in written)
    return Piece("landline", written, area + local)


def _id_check(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights, strict=True)) % 11]


@st.composite
def ids(draw: st.DrawFn) -> Piece:
    region = draw(st.sampled_from(["370828", "370811", "110105", "440304", "320102"]))
    born = draw(st.dates(dt.date(1930, 1, 1), dt.date(2020, 12, 31))).strftime("%Y%m%d")
    first17 = region + born + draw(st.text("0123456789", min_size=3, max_size=3))
    digits = first17 + _id_check(first17)
    style = draw(st.sampled_from(["plain", "space", "dash", "full", "fullspace"]))
    written = _styled(digits, style, draw(st.sampled_from([(18,), (6, 8, 4), (6, 4, 4, 4),
                                                           (3, 3, 4, 4, 4)])))
    if draw(st.booleans()):
        written = written.replace("X", "x").replace("Ｘ", "ｘ")
    return Piece("id", written, digits[:17])


@st.composite
def cards(draw: st.DrawFn) -> Piece:
    head = draw(st.sampled_from(["6222", "6217", "6228", "4367", "6212", "5187"]))
    size = draw(st.sampled_from([16, 19]))
    body = head + draw(st.text("0123456789", min_size=size - 5, max_size=size - 5))
    digits = next(body + d for d in "0123456789" if luhn(body + d))
    style = draw(st.sampled_from(["plain", "space", "dash", "full"]))
    return Piece("card", _styled(digits, style, (4, 4, 4, 4)), digits)


@st.composite
def plates(draw: st.DrawFn) -> Piece:
    province = draw(st.sampled_from("鲁京苏豫冀"))
    letter = draw(st.sampled_from("HABCDQ"))
    tail = draw(st.text("0123456789", min_size=5, max_size=5))
    if draw(st.booleans()):
        tail = draw(st.sampled_from("ADF")) + tail[1:]  # 鲁H·A1234
    elif draw(st.booleans()):
        tail = draw(st.sampled_from("DF")) + tail  # a new-energy car's: 鲁HD12345
    sep = draw(st.sampled_from(["", "·", " ", "-", "•"]))
    return Piece("plate", f"{province}{letter}{sep}{tail}", "".join(c for c in tail if c.isdigit()))


@st.composite
def doors(draw: st.DrawFn) -> Piece:
    """An address down to the door: the public must not read its numbers (the unit does)."""
    building = draw(st.integers(1, 40))
    unit = draw(st.integers(1, 6))
    room = draw(st.integers(1, 33)) * 100 + draw(st.integers(1, 4))
    village = draw(st.sampled_from(["李庄村", "后王楼村", "阳光小区", "春晖社区", "金城花园"]))
    shape = draw(st.sampled_from([
        f"{village}{building}号楼{unit}单元{room}室", f"{village}{building}号楼{unit}单元{room}",
        f"{village}{unit}组{building}号", f"{village}{building}栋{room}",
        f"{village}{building}号院{room}室"]))
    return Piece("door", shape, str(room) if "室" in shape or "单元" in shape or "栋" in shape
                 else f"{unit}组{building}号")


@st.composite
def handles(draw: st.DrawFn) -> Piece:
    """WeChat and QQ ids and e-mail addresses, after their cue."""
    which = draw(st.sampled_from(["wechat", "qq", "email"]))
    if which == "qq":
        number = draw(st.sampled_from("123456789")) + draw(st.text("0123456789", min_size=5,
                                                                    max_size=9))
        cue = draw(st.sampled_from(["QQ", "QQ号", "qq:", "扣扣", "QQ：", "Q Q "]))
        return Piece("qq", cue + number, number)
    if which == "wechat":
        ident = draw(st.from_regex(r"[a-z][a-z0-9_]{6,12}", fullmatch=True))
        cue = draw(st.sampled_from(["微信", "微信号：", "vx:", "VX ", "wx：", "加v", "WeChat: ",
                                    "wechat id: ", "WeChat ID："]))
        return Piece("wechat", cue + ident, ident)
    local = draw(st.from_regex(r"[a-z][a-z0-9.]{3,10}[a-z0-9]", fullmatch=True))
    domain = draw(st.sampled_from(["163.com", "qq.com", "126.com", "gmail.com", "sina.cn"]))
    at = draw(st.sampled_from(["@", "＠", " at ", "(at)", "#", " [at] "]))
    if at not in ("@", "＠") and draw(st.booleans()):
        domain = domain.replace(".", draw(st.sampled_from([" dot ", "(dot)", " [dot] "])))
    written = f"{local}{at}{domain}"
    if draw(st.booleans()):
        written = "".join(FULL.get(ch, ch) for ch in written)
    return Piece("email", written, local)


def given_names(size: int) -> st.SearchStrategy[str]:
    return st.text(GIVEN, min_size=size, max_size=size)


@st.composite
def chinese_names(draw: st.DrawFn) -> str:
    surname = draw(st.sampled_from(SURNAMES)) if draw(st.integers(0, 4)) else draw(
        st.sampled_from(COMPOUNDS))
    return surname + draw(given_names(draw(st.sampled_from([2, 2, 1]))))


# Where a name stands after the cue the README lists: whoever reads it then knows it's a name.
NAME_FRAMES = (
    "我叫{n}，", "联系人：{n}", "我叫：{n}，", "我叫“{n}”", "姓名：「{n}」",
    "我是李庄村的{n}，", "我老公{n}喝了酒打人", "户主是{n}。", "姓名：{n}",
    "此致 敬礼 {n}", "感谢{n}，问题解决了", "6号楼302室{n}反映楼道灯坏了", "俺闺女{n}被车撞了",
    "有事找{n}就行", "给{n}办理了低保",
)


@st.composite
def names(draw: st.DrawFn) -> Piece:
    name = draw(chinese_names())
    frame = draw(st.sampled_from(NAME_FRAMES))
    return Piece("name", frame.format(n=name), name)


def _spelled(name: str) -> list[str]:
    return [s.replace("ü", "v") for s in lazy_pinyin(name)]


@st.composite
def pinyin_names(draw: st.DrawFn) -> Piece:
    name = draw(chinese_names())
    syllables = _spelled(name)
    surname = 2 if name[:2] in COMPOUNDS else 1
    sur, given = "".join(syllables[:surname]), "".join(syllables[surname:])
    spelled = draw(st.sampled_from([
        f"{sur.title()} {given.title()}", f"{sur.upper()} {given.upper()}",
        " ".join(syllables), f"{sur.title()}{given.title()}" if len(syllables) >= 3 else
        f"{sur.upper()} {given.upper()}"]))
    frame = draw(st.sampled_from(["my name is {n}", "My name is {n}.", "我叫{n}", "联系人：{n}",
                                  "wo jiao {n}", "name: {n}", "本人{n}"]))
    return Piece("pinyin", frame.format(n=spelled), spelled)


@st.composite
def english_names(draw: st.DrawFn) -> Piece:
    first = draw(st.sampled_from(["John", "Mary", "David", "Linda", "Peter", "Susan", "Kevin"]))
    last = draw(st.sampled_from(["Smith", "Brown", "Miller", "Wilson", "Taylor", "Clark"]))
    frame = draw(st.sampled_from(["my name is {n}", "My name is {n}.", "我叫{n}", "联系人：{n}",
                                  "name: {n}", "This is {n}, ", "contact person: {n}",
                                  "my wife {n} is sick", "My neighbour, {n}, is noisy"]))
    return Piece("english", frame.format(n=f"{first} {last}"), f"{first} {last}")


@st.composite
def nicknames(draw: st.DrawFn) -> Piece:
    """老王, 王姐, 小李子 after a strong cue: a surname alone that is how the writer is known."""
    surname = draw(st.sampled_from(SURNAMES))
    nick = draw(st.sampled_from(["老{s}", "{s}姐", "小{s}子", "{s}哥", "小{s}"])).format(s=surname)
    frame = draw(st.sampled_from(["联系人：{n}", "我叫{n}", "有事找{n}就行", "姓名：{n}"]))
    return Piece("nickname", frame.format(n=nick), nick)


@st.composite
def nicknames_told(draw: st.DrawFn) -> Piece:
    """老王家, 王姐说, 小李子反映 with no cue: a surname alone, which the unit may read (as 刘师傅)
    and the public may not."""
    surname = draw(st.sampled_from(SURNAMES))
    nick = draw(st.sampled_from(["老{s}", "{s}姐", "小{s}子", "{s}哥", "小{s}"])).format(s=surname)
    if nick in ("小孙子", "小胡子", "小林子"):  # a grandson, a moustache, a grove
        nick = nick[:2]
    frame = draw(st.sampled_from(["{n}家门口的路灯坏了", "{n}说停水了", "找{n}，", "{n}反映噪音",
                                  "李庄村的{n}说", "问了{n}，他也不知道"]))
    return Piece("nickname", frame.format(n=nick), nick)


# A phone, ID or card with a cue, or none: a number's digits tell what it is.
NUMBER_CUES = {"mobile": ["", "电话", "手机：", "call me at ", "联系方式 "],
               "landline": ["", "电话", "座机："],
               "id": ["", "身份证", "身份证号：", "ID "], "card": ["", "卡号", "银行卡：", "card "]}
# Around the piece: before or after punctuation, English, run-ons, brackets, quotes, emoji.
FRAMES = (
    "{x}", "{x}。", "，{x}，", "路灯坏了{x}快来修", "（{x}）", "“{x}”", "「{x}」", "😀{x}", "🙏🙏{x}谢谢",
    "Please contact {x} thanks", "My details: {x}.", "停水三天了\n{x}\n", "小区停水了{x}没人管啊啊啊",
    "[{x}]", "《{x}》", "——{x}", "{x}!!!", "问题：路灯不亮；{x}；尽快", "{x}一直打不通",
    "{x}两天了没人管", "三楼{x}", "Hi, I live here {x} and the lift is broken", "（{x}）。谢谢！",
)


# Places written between an action and a person (走访李庄村刘翠花等农户): town, village, community
# or estate, a group, a 的 (bot/domain/privacy/placed.py).
PLACE_CHARS = "庄集楼屯营店寨铺湾桥园王李张刘陈杨黄吴赵周金山东西南北前后大小新老"


@st.composite
def places_before_names(draw: st.DrawFn) -> str:
    town = draw(st.sampled_from(["", "胡集镇", "鸡黍镇", "城关街道", "金乡街道", "王丕镇"]))
    name = draw(st.text(PLACE_CHARS, min_size=2, max_size=3))
    kind = draw(st.sampled_from(["村", "社区", "小区", "花园小区"]))
    group = draw(st.sampled_from(["", "", "3组", "三组", "十二组", "2队"]))
    return town + name + kind + group + draw(st.sampled_from(["", "", "的"]))


# An action and what may follow the person it was done for: each frame reads the name by its
# cue when no place stands between (tests/test_masking_placed.py checks that first).
PLACED_FRAMES = (
    "走访{p}{n}等农户", "走访了{p}{n}，了解情况", "回访{p}{n}，已恢复供水", "慰问{p}{n}家",
    "看望{p}{n}老人", "联系{p}{n}核实", "通知{p}{n}到场", "为{p}{n}办理了低保",
    "给{p}{n}家修好了水管", "帮{p}{n}申请了救助", "感谢{p}{n}，问题解决了", "走访{p}{n}了解情况",
)
