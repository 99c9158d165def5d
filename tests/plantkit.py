"""Personal data to plant in what people write, in the many ways they write it.

Faker zh_CN gives the people (names, mobile numbers, ID numbers, bank cards, addresses); the
mutators below write each piece the way a citizen, a clerk or a supervisor might: separators of
every kind, spaced digits, full-width digits, Chinese numerals, odd groupings, +86, and the cue
phrases that introduce a name. `leaked` is the independent check: it reads a text the way a
person would (digits whatever their form, separators ignored) and says which planted pieces are
still in it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

from bot.domain.privacy.words import AMBIGUOUS

CHINESE = "零一二三四五六七八九"
FULL = {str(d): chr(0xFF10 + d) for d in range(10)}
DASHES = "-—－–‒―"
RARE_SURNAMES = ["訾", "禚", "亓官", "冼", "尉迟", "笪", "郗", "逄", "綦", "仉", "闫", "蔺", "佘"]
# (东方, 西门, 第五 are words first: the masker takes them for a surname only after a strong cue.)
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
                     "夏侯", "令狐", "端木", "南宫", "呼延", "钟离", "申屠", "淳于", "轩辕", "独孤"]
# Words for a relative or someone close; a name right after "我老公" is that person's name.
KIN = ["老公", "老婆", "丈夫", "妻子", "老伴", "老伴儿", "爱人", "媳妇", "儿子", "女儿", "闺女", "爸",
       "妈", "爸爸", "妈妈", "父亲", "母亲", "婆婆", "公公", "岳父", "岳母", "儿媳", "儿媳妇", "女婿",
       "爷爷", "奶奶", "孙子", "孙女", "哥哥", "姐姐", "弟弟", "妹妹", "大儿子", "小女儿", "侄子",
       "外甥", "嫂子", "姐夫", "前夫", "前妻", "对象", "男朋友", "邻居"]
KIN_OWNERS = ["我", "俺", "我的", "我家", "本人的"]
# What people go on to say about them: not a word the masker could wait for.
KIN_FOLLOWS = ["喝了酒就打我", "昨天走丢了", "被车撞了", "一直没回家", "在工地干活摔伤了", "欠了三个月工钱",
               "住院半年了", "失踪了", "常年卧病在床", "骑电动车摔了", "去年去世了", "今天又动手了",
               "不给生活费", "办低保没批下来", "出去打工了", "，", "。", "", "的低保", "上学的事"]
# Words of respect or kinship that people write next to someone's name, after it (李秀英老人,
# 王桂兰大娘, 张建国老汉, 刘德师傅) or, in officials' notes, before it (老人李秀英).
TITLES = ["老人", "老汉", "老太太", "老奶奶", "老爷爷", "老大爷", "老大娘", "老伯", "大爷", "大娘",
          "大妈", "大婶", "大叔", "大伯", "大姐", "大哥", "阿姨", "奶奶", "爷爷", "婆婆", "伯伯", "叔叔",
          "婶子", "老师", "师傅", "同志", "先生", "女士", "老先生", "老师傅"]
TITLES_BEFORE = ["老人", "老汉", "大爷", "大娘", "大妈", "老大爷", "老奶奶", "阿姨", "老师", "师傅",
                 "同志", "老党员", "五保户", "低保户", "困难户", "残疾人"]
# Where a titled name stands in a sentence: after a place or a visit, or opening it.
TITLED_BEFORE = ["", "村里", "三组的", "走访了", "看望", "帮", "给", "我们村", "本村", "独居的", "这位",
                 "联系了", "隔壁", "东头的"]
TITLED_AFTER = ["家的水管坏了", "反映路灯不亮", "一个人住", "，屋顶漏雨", "说低保没发", "家门口积水",
                "今年八十多了", "的房子漏雨", "常年卧病在床", "。", "，", "", "独自生活", "患有心脏病",
                "腿脚不便", "在家摔倒了"]
FUNCTION_SURNAMES = "和但都于由时来那区此楼代"
LOOKALIKES = {"0": "OoＯ", "1": "lI"}
CIRCLED = {
    "circled digits": "⓪①②③④⑤⑥⑦⑧⑨", "negative circled digits": "⓿❶❷❸❹❺❻❼❽❾",
    "parenthesized digits": "0⑴⑵⑶⑷⑸⑹⑺⑻⑼", "bold digits": "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",
    "superscript digits": "⁰¹²³⁴⁵⁶⁷⁸⁹",
}
LINE_BREAKS = ["\n", "\r\n", " \n", "\n\n", "-\n"]
TOWNS = [("胡集", "李庄"), ("鸡黍", "王楼"), ("羊山", "东村"), ("卜集", "刘堂"), ("兴隆", "张庄")]


@dataclass(frozen=True)
class Plant:
    """One piece of personal data as planted: what it is, how it was written, and the secret."""

    kind: str  # phone | landline | local | id | card | email | qq | wechat | name
    form: str  # the writing: "dots", "chinese", "cue:我叫" …
    secret: str  # digits (X kept) or the name as the check looks for it
    written: str  # the phrase in the text

    def digits(self) -> str:
        return "" if self.kind in ("name", "email", "wechat") else self.secret


# --- how numbers are written ----------------------------------------------------------------

def _groups(digits: str, sizes: list[int], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at:at + size])
        at += size
    if at < len(digits):
        out.append(digits[at:])
    return sep.join(p for p in out if p)


def _chinese(digits: str, rng: random.Random) -> str:
    one = rng.choice("一幺")
    return "".join(one if d == "1" else ("两" if d == "2" and rng.random() < 0.3 else CHINESE[int(d)])
                   if d.isdigit() else d for d in digits)


def _lookalikes(digits: str, rng: random.Random) -> str:
    """Some 0s and 1s written as the letters O, o, l, I (never the first digit)."""
    out = [digits[0]]
    for d in digits[1:]:
        out.append(rng.choice(LOOKALIKES[d]) if d in LOOKALIKES and rng.random() < 0.5 else d)
    return "".join(out)


def _other_digits(digits: str, rng: random.Random) -> str:
    family = CIRCLED[rng.choice(list(CIRCLED))]
    return "".join(family[int(d)] for d in digits)


def _lines(digits: str, rng: random.Random, sizes: list[int]) -> str:
    return _groups(digits, sizes, rng.choice(LINE_BREAKS))


MOBILE_FORMS: dict[str, Callable[[str, random.Random], str]] = {
    "plain": lambda d, r: d,
    "3-4-4 spaces": lambda d, r: _groups(d, [3, 4, 4], " "),
    "3-4-4 dashes": lambda d, r: _groups(d, [3, 4, 4], r.choice(DASHES)),
    "dots": lambda d, r: _groups(d, [3, 4, 4], "."),
    "slashes": lambda d, r: _groups(d, [3, 4, 4], r.choice("/／")),
    "every digit spaced": lambda d, r: " ".join(d),
    "full-width": lambda d, r: "".join(FULL[c] for c in d),
    "chinese numerals": _chinese,
    "3-2-3-3": lambda d, r: _groups(d, [3, 2, 3, 3], " "),
    "+86": lambda d, r: r.choice(["+86 ", "+86", "0086-", "0086 ", "+86-"]) + _groups(
        d, [3, 4, 4], r.choice([" ", "", "-"])),
    "bracketed": lambda d, r: f"（{_groups(d, [3, 4, 4], '-')}）",
    "full-width dashes": lambda d, r: _groups("".join(FULL[c] for c in d), [3, 4, 4], "－"),
    "line breaks": lambda d, r: _lines(d, r, r.choice([[3, 4, 4], [3, 8], [7, 4], [4, 3, 4]])),
    "letters for digits": _lookalikes,
    "circled and other digits": _other_digits,
    "full-width and ascii mixed": lambda d, r: "".join(FULL[c] if r.random() < 0.5 else c
                                                       for c in d),
}
ID_FORMS: dict[str, Callable[[str, random.Random], str]] = {
    "id plain": lambda d, r: d,
    "id groups of 4": lambda d, r: _groups(d, [4, 4, 4, 4], " "),
    "id 6-4-4-4": lambda d, r: _groups(d, [6, 4, 4, 4], r.choice(" -")),
    "id 6-8-4": lambda d, r: _groups(d, [6, 8, 4], " "),
    "id chinese numerals": _chinese,
    "id full-width": lambda d, r: "".join(FULL.get(c, "Ｘ") for c in d),
    "id lowercase x": lambda d, r: d[:-1] + ("x" if d[-1] == "X" else d[-1]),
    "id line breaks": lambda d, r: _lines(d, r, [6, 8, 4]),
}
CARD_FORMS: dict[str, Callable[[str, random.Random], str]] = {
    "card groups of 4": lambda d, r: _groups(d, [4, 4, 4, 4], " "),
    "card dashes": lambda d, r: _groups(d, [4, 4, 4, 4], "-"),
    "card plain": lambda d, r: d,
}
PHONE_CUES = ["电话", "手机", "联系电话：", "手机号是", "电话号码 ", "打", "有事打", "座机", ""]
NAME_CUES = ["我叫{}", "我的名字是{}", "联系人是{}", "联系人：{}", "有事找{}就行", "户主是{}",
             "我爸{}住院了", "我爸叫{}", "本人{}，", "姓名：{}", "名叫{}", "我妈是{}，",
             "户主{}电话", "当事人{}，", "我是{}，"]
# The last digits of a phone, said in words.
TAIL_CUES = ["电话后面是{}", "手机尾号{}", "电话后四位是{}", "手机号后4位：{}", "号码最后四位{}",
             "手机尾号是{}", "电话末四位 {}", "手机号码后四位为{}"]
STAFF_NAME_USES = ["已电话回访{}本人", "督办意见：{}反映多次", "联系{}核实", "市民{}来电",
                   "{}家门口已修复", "约{}明天到场", "已告知{}结果"]


class Planter:
    """Makes plantings from one seed; counts the forms it used."""

    def __init__(self, seed: int) -> None:
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        self.latin = Faker("en_US")
        self.latin.seed_instance(seed)
        self.rng = random.Random(seed)
        self.forms: dict[str, int] = {}
        self.used: set[str] = set()

    def _note(self, plant: Plant) -> Plant:
        self.forms[plant.form] = self.forms.get(plant.form, 0) + 1
        self.used.add(plant.secret)
        return plant

    def _fresh(self, make: Callable[[], str]) -> str:
        """A value not planted before: two people of the same name would look like a leak."""
        value = make()
        while value in self.used or any(value in u or u in value for u in self.used
                                        if len(u) >= 2 and not u.isdigit()):
            value = make()
        self.used.add(value)
        return value

    def mobile(self) -> Plant:
        digits = self._fresh(self.fake.phone_number)
        form = self.rng.choice(list(MOBILE_FORMS))
        cue = self.rng.choice(PHONE_CUES)
        return self._note(Plant("phone", form, digits,
                                cue + MOBILE_FORMS[form](digits, self.rng)))

    def landline(self) -> Plant:
        area = self.rng.choice(["0537", "0531", "010", "021", "0635"])
        local = str(self.rng.randint(2_000_000, 8_999_999)) + ("" if len(area) == 4 else "1")
        form, written = self.rng.choice([
            ("landline dash", f"{area}-{local}"), ("landline brackets", f"({area}){local}"),
            ("landline full-width", "".join(FULL[c] for c in area) + "－"
             + "".join(FULL[c] for c in local)),
            ("landline spaced", f"{area} {local[:3]} {local[3:]}"),
            ("landline +86", f"+86 {area[1:]} {local}")])
        return self._note(Plant("landline", form, area + local, "座机" + written))

    def local(self) -> Plant:
        digits = str(self.rng.randint(2_000_000, 8_999_999))
        return self._note(Plant("local", "local number", digits,
                                self.rng.choice(["打", "有事打", "家里电话", "电话"]) + digits))

    def id_number(self) -> Plant:
        digits = self.fake.ssn()
        form = self.rng.choice(list(ID_FORMS))
        cue = self.rng.choice(["身份证", "身份证号", "身份证号码：", "证件号 "])
        return self._note(Plant("id", form, digits.upper(), cue + ID_FORMS[form](digits, self.rng)))

    def card(self) -> Plant:
        digits = self.fake.credit_card_number()
        form = self.rng.choice(list(CARD_FORMS))
        cue = self.rng.choice(["银行卡号", "卡号：", "补贴打到", "账号 "])
        return self._note(Plant("card", form, digits, cue + CARD_FORMS[form](digits, self.rng)))

    def email(self) -> Plant:
        address = self.fake.email()
        if self.rng.random() < 0.3:
            address = address.replace("@", "＠")
        return self._note(Plant("email", "email", address.replace("＠", "@"), "邮箱" + address))

    def qq(self) -> Plant:
        digits = str(self.rng.randint(10_000, 9_999_999_999))
        cue = self.rng.choice(["QQ", "qq号", "扣扣：", "QQ号码 "])
        return self._note(Plant("qq", "qq", digits, cue + digits))

    def wechat(self) -> Plant:
        handle = self.rng.choice("abcdefghjk") + self.fake.user_name()[:10] + str(
            self.rng.randint(10, 99))
        cue = self.rng.choice(["微信", "微信号：", "vx ", "加wx：", "WeChat "])
        return self._note(Plant("wechat", "wechat", handle, cue + handle))

    def name(self, cue: str | None = None) -> Plant:
        """A name after a cue phrase (Faker's names; rare surnames and Latin names too)."""
        roll = self.rng.random()
        cue = cue or self.rng.choice(NAME_CUES)
        if roll < 0.12:
            name, form = self._fresh(self.latin.name), "latin name"
            cue = self.rng.choice(["我叫{}", "联系人：{}", "姓名：{}", "我的名字是{}"])
        elif roll < 0.25:
            name = self._fresh(lambda: self.rng.choice(RARE_SURNAMES) + self.fake.first_name())
            form = "rare surname"
            cue = self.rng.choice(["我叫{}", "联系人：{}", "姓名：{}", "我的名字是{}", "户主是{}"])
        else:
            name, form = self._fresh(self.fake.name), "name " + cue.replace("{}", "…")
        if cue.startswith("我姓"):
            return self._note(Plant("name", form, name, cue.format(name[0], name)))
        return self._note(Plant("name", form, name, cue.format(name)))

    def kin_name(self) -> Plant:
        """A name right after a word for a relative (我老公赵建国喝了酒就打我), compound surnames too."""
        if self.rng.random() < 0.2:
            name = self._fresh(lambda: self.rng.choice(COMPOUND_SURNAMES) + self.fake.first_name())
        else:  # (a surname that is a function word, 我妹妹和建平, is beyond a pattern)
            name = self._fresh(lambda: next(n for n in iter(self.fake.name, "")
                                            if n[0] not in FUNCTION_SURNAMES))
        kin = self.rng.choice(KIN)
        written = self.rng.choice(KIN_OWNERS) + kin + name + self.rng.choice(KIN_FOLLOWS)
        return self._note(Plant("name", f"kin {kin}", name, written))

    def titled_name(self) -> Plant:
        """A name next to a word of respect or kinship: 村里李秀英老人反映…, 走访了老人王桂兰，….
        (A name of two characters whose surname is an everyday word, 包玉老大娘 as 修车师傅, 残疾人
        全斌 as 阿姨全家, is beyond a pattern: not planted.)"""
        name = self._fresh(lambda: next(
            n for n in iter(self.fake.name, "") if n[0] not in FUNCTION_SURNAMES
            and not (len(n) == 2 and n[0] in AMBIGUOUS)))
        if self.rng.random() < 0.7:
            title = self.rng.choice(TITLES)
            titled, form = name + title, f"name {title}"
        else:
            title = self.rng.choice(TITLES_BEFORE)
            titled, form = title + name, f"{title} name"
        written = self.rng.choice(TITLED_BEFORE) + titled + self.rng.choice(TITLED_AFTER)
        return self._note(Plant("name", form, name, written))

    def compound_name(self) -> Plant:
        """A compound surname (欧阳修) after a cue."""
        name = self._fresh(lambda: self.rng.choice(COMPOUND_SURNAMES) + self.fake.first_name())
        cue = self.rng.choice(["本人{}，", "本人{}", "我是{}，", "我叫{}", "联系人：{}", "户主是{}",
                               "本人{}，男，"])
        return self._note(Plant("name", "compound surname", name, cue.format(name)))

    def tail(self) -> Plant:
        """The last four digits of a phone, in Arabic digits or Chinese numerals."""
        digits = self.fake.phone_number()[-4:]
        written = digits if self.rng.random() < 0.7 else _chinese(digits, self.rng)
        return self._note(Plant("tail", "phone tail", digits,
                                self.rng.choice(TAIL_CUES).format(written)))

    def surname_cue(self) -> Plant:
        name = self._fresh(self.fake.name)
        written = self.rng.choice([f"我姓{name[0]}，叫{name}", f"我姓{name[0]}叫{name[1:]}",
                                   f"免贵姓{name[0]}，名{name[1:]}"])
        return self._note(Plant("name", "我姓…叫", name, written))

    def village(self) -> str:
        town, village = self.rng.choice(TOWNS)
        return f"金乡县{town}镇{village}村{self.rng.randint(1, 9)}组{self.rng.randint(1, 99)}号"

    def telegram_name(self) -> tuple[str, str]:
        """(Telegram full name as given, the name as written in Chinese texts)."""
        if self.rng.random() < 0.2:
            latin = self._fresh(self.latin.name)
            return latin, latin
        name = self._fresh(self.fake.name)
        return self.rng.choice([(f"{name[1:]} {name[0]}", name), (name, name)])


# --- the check ------------------------------------------------------------------------------

_DIGIT_MAP = {**{c: str(i) for i, c in enumerate(CHINESE)},
              "幺": "1", "两": "2", "〇": "0", "Ｘ": "X", "ｘ": "x", "ｌ": "l", "Ｉ": "I"}
_FOLD = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})
_SEP = r"[\s\-—－–‒―./／()（）+]*"
# A letter that looks like a digit reads as one between digits: 139O5371234.
_RUNS = re.compile(rf"[0-9Xx](?:{_SEP}(?:[0-9Xx]|[OoIlＯｏ](?={_SEP}[0-9])))*")


def _digit(ch: str) -> str:
    """A digit of any script (full-width, circled, bold …) as an ASCII digit; Chinese numerals too."""
    if ch in _DIGIT_MAP:
        return _DIGIT_MAP[ch]
    value = unicodedata.digit(ch, None)
    return str(value) if value is not None else ch


def digit_runs(text: str) -> list[str]:
    """The numbers a person would read in `text`, separators dropped, each run on its own."""
    folded = "".join(_digit(ch) for ch in text)
    runs = (m[0].translate(str.maketrans("OoＯｏIl", "000011")) for m in _RUNS.finditer(folded))
    return [re.sub(r"[^0-9Xx]", "", run).upper() for run in runs]


def leaked(plants: list[Plant], text: str, window: int = 0) -> list[Plant]:
    """The plantings still readable in `text`: a name as written (any case), a number whole, or
    with `window`, any `window` digits of it in a row."""
    runs = digit_runs(text)
    low = text.translate(_FOLD).lower()  # ＠ is @ to a reader
    out = []
    for plant in plants:
        digits = plant.digits()
        if plant.kind == "tail":  # four digits are only these four standing on their own
            if digits in runs:
                out.append(plant)
        elif digits:
            pieces = {digits[i:i + window] for i in range(len(digits) - window + 1)} if window \
                else {digits}
            if any(piece in run for run in runs for piece in pieces):
                out.append(plant)
        elif plant.secret.lower() in low:
            out.append(plant)
    return out
