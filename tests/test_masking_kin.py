"""An outside tester's leaks (SPEC §5: personal data masked wherever others read it): a relative's
full name after someone else's relative word (她孙子李明明住院了), a child's given name alone after
叫 (孩子叫小宝), and formats the masker had not seen — a name with a middle dot, a name typed with a
space inside, 姓 名：, WeChat after 加v, a UnionPay card mistyped. Each by class, with the everyday
words around the same cues that must stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.privacy import mask
from tests.plantkit import KIN, KIN_FOLLOWS
from tests.test_masking import KIN_SAYINGS

# Whose relative, other than the writer's: 她孙子, 他家儿子, 其妻子, 邻居儿子, 老王的儿子, or nobody's.
OTHERS = ["她", "他", "他家", "其", "她家的", "老王的", ""]
FULL_NAMES = ["李明明", "赵建国", "刘桂芝", "王秀英", "张建国", "陈志强", "孙德福", "欧阳娜娜", "杨丽华"]
GIVEN_ALONE = ["小宝", "明明", "乐乐", "子涵", "欣怡", "阿强", "豆豆", "小军"]
CALLED_FOLLOWS = ["", "，今年三岁", "，在县一中上学", "。", "，被人打了", "今年五岁"]


@pytest.mark.parametrize(("text", "masked"), [
    ("她孙子李明明住院了", "她孙子【姓名】住院了"),
    ("他儿子王小军被打了", "他儿子【姓名】被打了"),
    ("他爸赵建国被打了", "他爸【姓名】被打了"),
    ("其妻子刘桂芝没有工作", "其妻子【姓名】没有工作"),
    ("孩子叫小宝", "孩子叫【姓名】"), ("孩子叫小宝，今年三岁", "孩子叫【姓名】，今年三岁"),
    ("她儿子叫明明", "她儿子叫【姓名】"), ("她闺女叫欣怡在县一中", "她闺女叫【姓名】在县一中"),
    # formats
    ("联系人：阿依古丽·买买提，电话13905371234", "联系人：【姓名】，电话【电话】"),
    ("我叫迪丽热巴•迪力木拉提", "我叫【姓名】"), ("姓名：艾力・买买提", "姓名：【姓名】"),
    ("买买提·艾力反映小区停水", "【姓名】反映小区停水"),
    ("我的邻居阿依古丽·买买提被车撞了", "我的邻居【姓名】被车撞了"),
    ("姓名：张 三丰", "姓名：【姓名】"), ("姓名：张　三", "姓名：【姓名】"),
    ("联系人：欧阳 娜娜", "联系人：【姓名】"), ("我叫 张 三 丰", "我叫 【姓名】"),
    ("姓名：张 三 性别：男", "姓名：【姓名】 性别：男"), ("姓 名：李四", "姓 名：【姓名】"),
    ("加v：liming2024", "加v：【微信号】"), ("+V abc12345", "+V 【微信号】"),
    ("微信号：wxid_a1b2c3d4e5", "微信号：【微信号】"),
    ("6217 0000 1234 5678 901", "【银行卡号】"), ("工行卡 6222-0212-3456-7890", "工行卡 【银行卡号】"),
    ("身份证370102 1990 0101 123x", "身份证【身份证号】"),
    ("身份证：３７０１０２１９９００１０１１２３Ｘ", "身份证：【身份证号】"),
])
def test_relatives_names_and_unseen_formats_are_masked(text: str, masked: str) -> None:
    assert mask(text) == masked
    assert mask(masked) == masked


@pytest.mark.parametrize("text", [
    "孩子叫妈妈", "老公叫外卖", "孩子叫不醒", "孩子叫我回家", "她老公叫救护车", "孩子叫肚子疼",
    "孙子辈的事情没人管", "朋友圈里都在说", "孩子高考在即", "父亲曾在部队当过兵", "父亲左腿骨折过",
    "给孩子施压让交钱", "妻子关在屋里三天", "邱小妹冶金厂职工", "孩子安危",
    "我叫张三，反映《新闻·联播》信号不好", "订单号6217000012345678901",
])
def test_everyday_words_after_someone_elses_relative_or_叫_stay(text: str) -> None:
    assert mask(text).replace("我叫【姓名】", "我叫张三") == text


def test_words_after_someone_elses_relative_are_left_alone() -> None:
    """她老公说…, 他老伴儿身体不好: every relative word, anyone's, before every everyday continuation."""
    wrong = [text for owner in OTHERS for kin in KIN for saying in KIN_SAYINGS
             if mask(text := f"{owner}{kin}{saying}") != text]
    assert not wrong, wrong[:20]


@given(st.sampled_from(OTHERS[:-1]), st.sampled_from([k for k in KIN if len(k) > 1]),
       st.sampled_from(FULL_NAMES), st.sampled_from(KIN_FOLLOWS))
def test_a_full_name_after_anyones_relative_is_masked(owner: str, kin: str, name: str,
                                                        follows: str) -> None:
    masked = mask(f"小区停水了，{owner}{kin}{name}{follows}")
    assert name not in masked and name[-2:] not in masked and "【姓名】" in masked, masked


@given(st.sampled_from(OTHERS), st.sampled_from(["孩子", "儿子", "女儿", "闺女", "孙子", "娃"]),
       st.sampled_from(GIVEN_ALONE), st.sampled_from(CALLED_FOLLOWS))
def test_a_given_name_alone_after_叫_is_masked(owner: str, kin: str, name: str,
                                              follows: str) -> None:
    masked = mask(f"{owner}{kin}叫{name}{follows}")
    assert name not in masked and "【姓名】" in masked, masked


@pytest.mark.parametrize(("text", "masked"), [
    ("村支书王德发带人把俺家大门砸了，俺爹赵老栓头上流了好多血",
     "村支书【姓名】带人把俺家大门砸了，俺爹【姓名】头上流了好多血"),
    ("俺爹赵老栓", "俺爹【姓名】"), ("他爹赵老栓被打了", "他爹【姓名】被打了"),
    ("俺爹王老五被人打了", "俺爹【姓名】被人打了"),
])
def test_a_village_name_with_老_after_a_relative_is_masked(text: str, masked: str) -> None:
    """俺爹赵老栓 (outside tester T27, finding 12): 老 before the given name, after a relative."""
    assert mask(text) == masked
    assert mask(masked) == masked


@pytest.mark.parametrize("text", ["我爸王老师来了", "俺爹赵老汉说", "我妈李老太太", "我爸张老板说",
                                  "俺爹老了", "俺娘刘老婆子", "我爹赵老实巴交"])
def test_a_title_or_a_word_with_老_after_a_relative_stays(text: str) -> None:
    assert mask(text) == text
