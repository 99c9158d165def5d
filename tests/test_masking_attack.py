"""The masker attacked as an adversary would (refs #10): personal data in formats no example
showed it (tests/maskattackkit.py) — names with single and compound surnames, in pinyin and in
English, nicknames after a cue; mobile numbers with +86/0086, spaces, dashes, full-width digits
and Chinese numerals; landlines; ID numbers with X, spaced, dashed, full-width; bank cards; WeChat
and QQ ids and e-mail addresses — in sentence frames around them (punctuation, English, run-ons,
brackets, quotes, emoji). Nothing of it may be readable where staff, supervisors, the ledger
(`mask`) or the public channel (`mask_public`) read; plates and doors are the unit's working data
and go for the public only. And ordinary words stay: unit names and everyday phrases in the same
frames are read as written.

The first run found, each fixed at its root in bot/domain/privacy: an ID number grouped
6-8-4 with dashes and a mobile after 0086 grouped 4-4-3 read as ticket numbers (numbers.tickets);
a QQ number after "Q Q" (numbers._CUE); a room after its unit before an English full stop
(places._ROOM); a pinyin name after its cue right after Chinese (`\\b` saw no boundary), a
surname spelled as a particle (ma 马, wang de 王德) or a compound one split (si ma)
(pinyin_names); an English name after "This is" (names._LATIN_CUE); a signature after 此致敬礼
followed by a mark or more words, or with a compound surname (introduced._REGARDS_NAME). The
second run, with digits said in words and run-on frames: a phone in Chinese numerals right
before a word that starts with a numeral (幺三八…八两天了, numbers.find); and nicknames told
with no cue (老王家, 王姐说, 小李子), which the public read (places.honorific_names). Its check of
ordinary words found the public losing a word's last character before a title (不管大爷, 公司大爷:
words.ENDS_IN_SURNAME) or across a line break (堵车, a line break, 大爷: places._SURNAME). A third, by hand: a
phone in keycap emoji (1️⃣3️⃣9️⃣…, digits.SEPARATORS), an e-mail address with its @ or dots
spelled out (zhangsan at 163 dot com, li(at)qq.com, li#163.com: numbers._spelled_emails), "wechat
id:" (numbers._WECHAT_ID), English names after "contact person:" or "my wife"
(names._LATIN_CUE), a name after 我叫： or in quotes (names._OPENING), the last digits of an ID
number or a card said in words (身份证后四位是5678: numbers._TAIL) and a room in Chinese numerals
(2单元五零一: places._ROOM).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.privacy import LABELS, mask, mask_public
from bot.domain.privacy.digits import LETTERS
from tests import maskattackkit as kit

_SETTINGS = settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
_CONFIG = Path(__file__).resolve().parent.parent / "config.example.toml"


def _readable(piece: kit.Piece, shown: str) -> bool:
    """Whether what `piece` must hide can be read in `shown`: six digits of a number in a row
    (four of a plate's), a door's number, a name or a handle in any case or width."""
    if piece.kind in ("mobile", "landline", "id", "card", "plate"):
        digits, run = kit.digits_shown(shown), min(4 if piece.kind == "plate" else 6,
                                                   len(piece.secret))
        return any(piece.secret[i:i + run] in digits for i in range(len(piece.secret) - run + 1))
    if piece.kind == "door":
        return piece.secret in shown
    return piece.secret.lower() in shown.translate(LETTERS).lower()


@st.composite
def _framed(draw: st.DrawFn, pieces: st.SearchStrategy[kit.Piece]) -> tuple[kit.Piece, str]:
    piece = draw(pieces)
    cue = draw(st.sampled_from(kit.NUMBER_CUES.get(piece.kind, [""])))
    return piece, draw(st.sampled_from(kit.FRAMES)).format(x=cue + piece.written)


def _hidden_from_all(framed: tuple[kit.Piece, str]) -> None:
    piece, text = framed
    for reader, shown in (("staff", mask(text)), ("public", mask_public(text))):
        assert not _readable(piece, shown), (reader, text, shown)


@_SETTINGS
@given(_framed(st.one_of(kit.mobiles(), kit.landlines())))
def test_no_phone_number_is_readable(framed: tuple[kit.Piece, str]) -> None:
    _hidden_from_all(framed)


@_SETTINGS
@given(_framed(st.one_of(kit.ids(), kit.cards())))
def test_no_id_or_card_number_is_readable(framed: tuple[kit.Piece, str]) -> None:
    _hidden_from_all(framed)


@_SETTINGS
@given(_framed(kit.handles()))
def test_no_wechat_qq_or_email_is_readable(framed: tuple[kit.Piece, str]) -> None:
    _hidden_from_all(framed)


@_SETTINGS
@given(_framed(st.one_of(kit.names(), kit.pinyin_names(), kit.english_names(), kit.nicknames())))
def test_no_name_is_readable(framed: tuple[kit.Piece, str]) -> None:
    _hidden_from_all(framed)


@_SETTINGS
@given(_framed(st.one_of(kit.plates(), kit.doors(), kit.nicknames_told())))
def test_the_public_reads_no_plate_door_or_nickname(framed: tuple[kit.Piece, str]) -> None:
    piece, text = framed
    shown = mask_public(text)
    assert not _readable(piece, shown), (text, shown)


# What the first run found, one example of each class (the property tests may not draw it again).
FOUND = (
    (kit.Piece("id", "", "37081119750211198"), "ID 370811-19750211-1981。"),
    (kit.Piece("id", "", "37082819750211198"), "身份证：370828-19750211-1981"),  # checksum mistyped
    (kit.Piece("mobile", "", "18710398643"), "问题：路灯不亮；电话00861871-0398-643；尽快"),
    (kit.Piece("qq", "", "2233777340"), "My details: Q Q 2233777340."),
    (kit.Piece("door", "", "501"), "My details: 春晖社区7号楼1单元501."),
    (kit.Piece("pinyin", "", "LIU JUN"), "路灯坏了wo jiao LIU JUN快来修"),
    (kit.Piece("pinyin", "", "YANG LEI"), "小区停水了My name is YANG LEI.没人管啊啊啊"),
    (kit.Piece("pinyin", "", "ma de min"), "Please contact wo jiao ma de min thanks"),
    (kit.Piece("pinyin", "", "wang de"), "😀my name is wang de"),
    (kit.Piece("pinyin", "", "si ma jie gui"), "小区停水了name: si ma jie gui没人管啊啊啊"),
    (kit.Piece("english", "", "Kevin Wilson"), "「This is Kevin Wilson, 」"),
    (kit.Piece("name", "", "蒋静"), "问题：路灯不亮；此致 敬礼 蒋静；尽快"),
    (kit.Piece("name", "", "邓波"), "小区停水了此致 敬礼 邓波没人管啊啊啊"),
    (kit.Piece("name", "", "令狐勇"), "《此致 敬礼 令狐勇》"),
    (kit.Piece("name", "", "苏英兰"), "路灯坏了此致 敬礼 苏英兰快来修"),
    (kit.Piece("name", "", "李国"), "此致 敬礼 李国一直打不通"),
    (kit.Piece("mobile", "", "17576854083"), "幺七五七六八五四零八三两天了没人管"),
    (kit.Piece("mobile", "", "17618307955"), "call me at +86一七六一八三零七九五五两天了没人管"),
    (kit.Piece("pinyin", "", "wang de"), "Hi, I live here wo jiao wang de and the lift is broken"),
    (kit.Piece("qq", "", "400000000"), "QQ400000000一直打不通"),
    (kit.Piece("mobile", "", "13912345678"), "电话" + "".join(f"{d}\ufe0f\u20e3" for d in "13912345678")),
    (kit.Piece("email", "", "zhangsan"), "邮箱 zhangsan at 163 dot com"),
    (kit.Piece("email", "", "zhang.san"), "email: zhang.san [at] qq [dot] com"),
    (kit.Piece("email", "", "lisi88"), "lisi88#163.com"),
    (kit.Piece("wechat", "", "li_na_1988"), "wechat id: li_na_1988"),
    (kit.Piece("english", "", "Li Na"), "contact person: Li Na"),
    (kit.Piece("english", "", "Wang Guilan"), "my wife Wang Guilan is sick"),
    (kit.Piece("name", "", "张伟"), "我叫：张伟，停水了"),
    (kit.Piece("name", "", "张伟"), "我叫“张伟”"),
    (kit.Piece("id", "", "5678"), "身份证后四位是5678"),
    (kit.Piece("card", "", "1234"), "卡号后四位1234"),
    (kit.Piece("door", "", "五零一"), "住在3号楼2单元五零一"),
)


@pytest.mark.parametrize(("text", "public"), [
    ("老王家门口的路灯坏了", "【姓名】家门口的路灯坏了"), ("王姐说停水了", "【姓名】姐说停水了"),
    ("有事找小李子就行", "有事找【姓名】就行"), ("小张，你好", "【姓名】，你好"),
])
def test_the_public_reads_no_nickname(text: str, public: str) -> None:
    assert mask_public(text) == public
    assert mask(text) in (text, public)  # a surname alone stays for the unit, as 刘师傅 does


@pytest.mark.parametrize(("piece", "text"), FOUND)
def test_each_class_the_attack_found_stays_hidden(piece: kit.Piece, text: str) -> None:
    shown = mask_public(text) if piece.kind == "door" else mask(text)
    assert not _readable(piece, shown), shown
    assert not _readable(piece, mask_public(text))


@pytest.mark.parametrize("text", [
    "This is Jinxiang County.", "This is the third time", "请查20261127-0003 13912345678",
    "we are at home.com", "meet at 5 pm", "my son is sick", "打1️⃣2️⃣3️⃣4️⃣5️⃣热线",
    "X00000000 20261127-0001 X00000000",  # a ticket number right after 8 digits and a dash
    "0 20261127-0001 0", "zhe shi ma", "ni hao ma wo jiao ma",
])
def test_what_the_fixes_must_not_take(text: str) -> None:
    assert not any(label in mask(text) for label in LABELS.values() if label != "【电话】")
    assert "20261127-000" not in text or "20261127-000" in mask(text)


@pytest.mark.parametrize("text", [
    "物业不管大爷大妈都很满意", "没人管大爷", "国网金乡县供电公司大爷大妈都很满意",
    "高速路口堵车\n大爷大妈都很满意",
])
def test_ordinary_words_the_attack_found_taken_stay(text: str) -> None:
    assert mask_public(text) == text


def _unit_names() -> list[str]:
    config = tomllib.loads(_CONFIG.read_text(encoding="utf-8"))
    return [unit["name"] for unit in config["units"]]


# Everyday words of reports and answers, with ordinary numbers (amounts, dates, ticket numbers,
# service lines): none is personal data.
PHRASES = (
    "路灯坏了三个月了", "小区停水两天了", "物业不管", "垃圾没人清理", "下水道堵了", "噪音扰民",
    "工资拖欠了半年", "花了1280元", "2026年11月27日", "工单20261127-0003", "打12345热线",
    "拨打95598报修", "王庄路口积水", "李庄村的路灯已修好", "感谢村民支持", "建国以来第一次修路",
    "大爷大妈都很满意", "隔壁大哥说半年了", "老旧小区改造", "校车接送", "医保报销", "低保申请",
    "马路上有坑", "高速路口堵车", "金乡县城关镇", "明天有雨", "关于供暖的问题", "宋体字太小",
    "Please fix the street light", "The water is off again", "This is the third time",
    "请尽快处理，谢谢", "黄河大堤", "周末有人吗", "张贴了通知", "白天黑夜都吵", "江边的护栏断了",
    "老师说孩子没去", "帅哥说的", "小麦在地里", "老陈醋", "我小孙子在家", "我姐说", "表哥家", "大哥说",
    "我老公在家", "小苗长高了", "买了小米，", "古老王国", "小区门口", "小时候", "老家在李庄村",
    "包工头电话也不接了", "工头电话打不通",  # a job, not a name (an outside tester)
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PHRASES + tuple(_unit_names())), min_size=1, max_size=3),
       st.sampled_from(kit.FRAMES), st.sampled_from(["，", "。", " ", "；", "\n", "！"]))
def test_ordinary_words_stay(parts: list[str], frame: str, joint: str) -> None:
    """Phrases with a break between them (run together they make new words: 修路大爷 may well
    be Mr Lu)."""
    text = frame.format(x=joint.join(parts))
    for shown in (mask(text), mask_public(text)):
        assert not any(label in shown for label in LABELS.values()), (text, shown)
