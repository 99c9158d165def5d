"""render: escaping, splitting and masking hold for any text (hypothesis)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public
from bot.render import CALLBACK_LIMIT, TEXT_LIMIT, clean, esc, keyboard, split
from bot.texts import for_citizen, for_staff

ALLOWED = {"b", "i", "u", "s", "code", "pre", "a", "blockquote"}


class TagChecker(HTMLParser):
    """Fails on what Telegram's HTML parser refuses: unknown or unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED, tag
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag

    def handle_data(self, data: str) -> None:
        self.text += data


def visible(part: str) -> str:
    checker = TagChecker()
    checker.feed(part)
    checker.close()
    assert not checker.stack, f"unclosed {checker.stack}"
    assert not re.search(r"&(?!(lt|gt|amp|quot|#\d+);)", part), "bare ampersand"
    return checker.text


@given(st.text())
def test_escaped_text_survives_intact(text: str) -> None:
    assert visible(esc(text)) == clean(text)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=12000), st.integers(min_value=200, max_value=TEXT_LIMIT))
def test_split_parts_are_valid_fit_and_lose_nothing(text: str, limit: int) -> None:
    message = for_citizen.ticket_status("20261127-0001", "new", "县水务局", text, "12月1日", [], text)
    parts = split(message, limit)
    assert all(len(p.encode("utf-16-le")) // 2 <= limit for p in parts)
    whole = visible(message)
    joined = "".join(visible(p) for p in parts)
    assert joined.replace("\n", "") == whole.replace("\n", "")


def test_short_text_is_one_part() -> None:
    assert split("<b>你好</b>") == ["<b>你好</b>"]


def test_controls_and_bidi_overrides_are_dropped_but_chinese_kept() -> None:
    assert clean("停水\u202e了\x00\x07\ud800\n第二行") == "停水了\n第二行"
    assert esc("<script>&") == "&lt;script&gt;&amp;"


def test_mask_hides_phone_id_and_names() -> None:
    text = "我叫王小明，电话13812345678，身份证370828199001011234，座机0537-8761234"
    masked = mask(text)
    for secret in ("13812345678", "370828199001011234", "8761234", "王小明"):
        assert secret not in masked
    assert "138****5678" in masked and "王**" in masked
    assert "李四" not in mask("李四家门口路灯坏了", names=["李四"])
    assert "3号楼" not in mask_public("金乡县城3号楼2单元停水")


@given(st.text())
def test_mask_never_raises_and_never_grows_digits(text: str) -> None:
    masked = mask(text)
    assert sum(c.isdigit() for c in masked) <= sum(c.isdigit() for c in text)


def test_keyboard_refuses_callback_data_over_64_bytes() -> None:
    assert keyboard([[("接单", "acc:1")]])["inline_keyboard"] == [
        [{"text": "接单", "callback_data": "acc:1"}]]
    try:
        keyboard([[("x", "a" * (CALLBACK_LIMIT + 1))]])
    except ValueError:
        pass
    else:
        raise AssertionError("oversized callback data accepted")


def test_every_template_with_hostile_input_is_valid_html() -> None:
    hostile = "<b>&amp;</i>\u202e" + html.escape("<>")
    for message in (
        for_citizen.ticket_received(hostile, hostile, hostile, True, True, True, hostile),
        for_citizen.my_tickets([(hostile, "new", hostile)]),
        for_staff.new_ticket_for_unit(hostile, hostile, hostile, hostile, True, [hostile]),
        for_citizen.welcome(hostile, hostile),
    ):
        visible(message)


# --- masking the formats people (and Faker zh_CN) actually write ------------------------------

SECRETS_IN_CONTEXT = [
    ("电话+86 138 1234 5678", "1234"),
    ("电话+8613812345678", "13812345678"),
    ("手机 138-1234-5678", "1234"),
    ("手机１３８１２３４５６７８", "１２３４"),  # full-width digits from a Chinese IME
    ("座机(0537)8761234", "8761234"),
    ("座机 0537 876 1234", "876"),
    ("（0746-6233856）", "6233856"),
    ("电话8761234", "876"),  # a local number after a phone cue
    ("身份证37082819900101123X", "19900101"),
    ("身份证 370828 19900101 1234", "19900101"),
    ("老身份证370828900101123", "900101"),
    ("姓名：欧阳娜娜", "娜娜"),
    ("联系人：阿明", "阿明"),
    ("举报人 杨霞利住址", "霞利"),
    ("本人王芳，反映", "王芳"),
    ("户主刘兵电话", "刘兵"),
    ("张伟 13017776317", "张伟"),
    ("联系梁鑫，电话0537-8761234", "梁鑫"),
    ("已上门为朱秀兰（13602975504）修复", "秀兰"),  # a name before a number, mid-sentence
    ("病人家属：李春", "李春"),
]


def test_mask_hides_the_formats_people_type() -> None:
    for text, secret in SECRETS_IN_CONTEXT:
        assert secret not in mask(text), text


def test_mask_keeps_closing_brackets_and_the_last_digits() -> None:
    assert mask("（0746-6233856）") == "（0746-****3856）"
    assert mask("电话+86 138 1234 5678") == "电话+86 138****5678"
    assert mask("我叫张三家住幸福路") == "我叫张*家住幸福路"


def test_known_name_is_masked_in_either_order_of_its_parts() -> None:
    # Telegram's full name is "first last": a Chinese user often has first="鑫", last="梁".
    assert "梁鑫" not in mask("梁鑫家门口路灯坏了", ["鑫 梁"])
    assert "Wang" not in mask("Alice Wang here", ["Alice Wang"])


ORDINARY = [
    "工单20261127-0001已办结，请查收",
    "工单号码20261127-0001",
    "电话20261127-0001",
    "2026-11-27 14:30 停水，交了1234.50元水费，12月1日前恢复",
    "我是金乡县居民，我是金乡人，我是本小区业主",
    "本人申请低保，业主公共资金被挪用，举报人信息被泄露",
    "联系方式见附件，物业电话打不通",
    "修复电话线路，单位电话打不通",
    "接受患者钱财吗，部分业主 处理情况：无果",
    "高一198班，于下午16：00放学",
    "3号楼2单元501室漏水",
    "年收入12000元，面积86.5平方米，共86户",
]


def test_mask_leaves_ordinary_text_alone() -> None:
    for text in ORDINARY:
        assert mask(text) == text


@given(st.text(alphabet="停水路灯坏了小区物业，。 \n我叫王芳电话", max_size=40),
       st.integers(min_value=1, max_value=9999))
def test_ticket_numbers_survive_masking_anywhere(text: str, seq: int) -> None:
    number = f"20261127-{seq:04d}"
    assert number in mask(f"{text} {number} {text}")


def test_public_mask_hides_doors_including_lettered_blocks() -> None:
    public = mask_public("青海省娜市花溪重庆街R座 3号楼2单元501室")
    assert "R座" not in public and "501" not in public and "重庆街" in public
