"""An outside tester's leaks, by class (SPEC §5, "in any writing"): a self-introduction with a place
between (我是李庄村的张桂芳), a signature (敬上, 此致敬礼, 落款), a relative said with 儿化 or a
name typed with a space, a whole given name after 我姓…叫, a given name alone before 家门口, and
phones said in pinyin or English digit words in comma groups. Each with the everyday text around
the same words that must stay. Then the place and topics of a drafted public post."""

from __future__ import annotations

import pytest

from bot.domain.privacy import mask, mask_public, public_clauses, scan, village_of
from bot.domain.tickets import topic_words


@pytest.mark.parametrize(("text", "masked"), [
    # 1. 我是 + a place + 的 + the name
    ("咱是东沟村的侯振山，门口的桥塌了", "咱是东沟村的【姓名】，门口的桥塌了"),
    ("我是春晖社区的韩美玲", "我是春晖社区的【姓名】"),
    ("俺是锦绣小区的石秀云反映个事", "俺是锦绣小区的【姓名】反映个事"),
    ("本人是七组的邹永胜，地里淹了", "本人是七组的【姓名】，地里淹了"),
    ("俺西河村的鲁长顺，反映个事", "俺西河村的【姓名】，反映个事"),
    ("已给俺是小刘庄村的蔡和平家接通了自来水", "已给俺是小刘庄村的【姓名】家接通了自来水"),
    ("为我是西关村的马春生家修好了水管", "为我是西关村的【姓名】家修好了水管"),
    # 2. signatures
    ("请尽快处理。—— 韦丽珍 敬上", "请尽快处理。—— 【姓名】 敬上"),
    ("望早日解决！韦丽珍敬上", "望早日解决！【姓名】敬上"),
    ("谢谢领导\n—— 韦丽珍", "谢谢领导\n—— 【姓名】"),
    ("此致 敬礼 倪国栋", "此致 敬礼 【姓名】"),
    ("此致\n敬礼！\n村民倪国栋\n2026年11月3日", "此致\n敬礼！\n村民【姓名】\n2026年11月3日"),
    ("落款：熊志坚 2026.11.2", "落款：【姓名】 2026.11.2"),
    # 3. a relative said with 儿化, a name typed with a space
    ("有事打给我闺女儿董雅琴就行", "有事打给我闺女儿【姓名】就行"),
    ("回电找我媳妇儿郑晓燕", "回电找我媳妇儿【姓名】"),
    ("俺老伴儿汪 玉兰腿脚不好", "俺老伴儿【姓名】腿脚不好"),
    # 4. the whole given name
    ("我姓钱 叫钱多多", "我姓【姓名】 叫【姓名】"),
    ("我姓毛，叫多多，停水了", "我姓【姓名】，叫【姓名】，停水了"),
    # 5. a given name alone before 家门口, 家里, 家的
    ("晓梅家门口的路灯坏了", "【姓名】家门口的路灯坏了"),
    ("停电一天了，婷婷家里冰箱都化了", "停电一天了，【姓名】家里冰箱都化了"),
    # 6. a phone in pinyin with yao, or in English digit words in comma groups
    ("dian hua yao san jiu ling wu san qi yao er san si", "dian hua 【电话】"),
    ("路灯不亮，shou ji yao wu ba, er liu qi ling, san san jiu ba", "路灯不亮，shou ji 【电话】"),
    ("my phone is one three nine, zero five three seven, one two three four", "my phone is 【电话】"),
    ("call one five eight, two two six one, four four zero nine please", "call 【电话】 please"),
    ("my phone is one three seven, two two zero one and eight eight four six", "my phone is 【电话】"),
    ("回电139，0537，2468", "回电【电话】"),
    ("电话 186、2231、0957，白天打", "电话 【电话】，白天打"),
])
def test_a_name_or_phone_said_so_is_masked(text: str, masked: str) -> None:
    assert mask(text) == masked
    assert "【" in mask_public(text)


def test_a_name_found_so_is_known_for_the_ticket() -> None:
    found = scan("我是春晖社区的韩美玲。韩美玲家楼下的井盖丢了")
    assert found.text == "我是春晖社区的【姓名】。【姓名】家楼下的井盖丢了"
    assert "韩美玲" in found.names
    assert mask("我姓毛，叫多多。毛多多家停水了") == "我姓【姓名】，叫【姓名】。【姓名】家停水了"


@pytest.mark.parametrize("text", [
    "我是李庄村的村民，路灯坏了", "我是幸福小区的居民", "我是三组的组长", "我是该村的党员",
    "我们村的路灯坏了", "我村的王书记不管",
    "自己家门口的路灯坏了", "邻居家里漏水", "大家的事大家办", "孩子家门口就是学校", "别人家的狗咬人",
    "但落款是一月一日", "此致敬礼", "2008、2009、2010年连续三年",
    "130，150，180元一吨", "我是本村的", "国家的政策好", "村里家家户户都停水了",
    "老伴儿身体不好", "我媳妇儿在家", "一二三四五", "one or two things",
])
def test_everyday_text_around_the_same_words_stays(text: str) -> None:
    assert mask(text) == text


@pytest.mark.parametrize(("text", "place"), [
    ("水表（地址金乡镇金城花园5号楼）漏水", "金乡镇金城花园"),
    ("地址金乡镇王河村，路灯坏了", "金乡镇王河村"),
    ("金乡县金乡镇东关社区停水", "金乡镇东关社区"),
    ("住址胡集镇李庄村", "胡集镇李庄村"),
    ("位于鸡黍镇后王楼村", "鸡黍镇后王楼村"),
    ("水表（地址金乡金城花园）", "金城花园"),
    ("王丕乡张庄村路灯不亮", "王丕乡张庄村"),
])
def test_a_drafted_post_names_the_whole_town_and_no_address_word(text: str, place: str) -> None:
    assert village_of(text) == place


def test_topics_are_whole_words_each_once() -> None:
    assert topic_words(["水表漏水", "水表", "停水(挺水)", "停水"]) == ["水表漏水", "停水"]


def test_the_public_reads_a_self_introduction_without_the_group_or_a_stray_de() -> None:
    assert mask_public("我是三组的孙立强，桥坏了") == "我是【姓名】，桥坏了"


def test_a_result_that_introduced_the_citizen_loses_that_clause() -> None:
    assert public_clauses("给俺是后王楼村的王德福家恢复了供水，更换了水表") == "更换了水表"
