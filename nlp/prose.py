"""Third-person prose and verse: the shapes of encyclopedia entries, news items, forecasts, jokes,
songs and pleasant remarks, read by nlp.pasted and nlp.noise.

None of these names a topic: a definition is "X是由…引起的一种…" whatever X is, a news item tells
of 一村民 and 所幸 from outside, a forecast gives 最低气温 and 偏北风三到四级, a joke has its stock
characters and a laugh, a song runs in short even lines. Whether the message also carries a
citizen's own voice is decided by the callers.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import math
import re

from nlp.homophones import readings
from nlp.regex import quick

__all__ = ["DELIGHT", "FACTS", "JOKE", "LAUGH", "definition", "song"]

_NUM = r"[\d一二三四五六七八九十百千万两点.]+"
_SUBJECT = r"^[^,，。!！?？:：我你俺咱]{1,12}"
# An encyclopedia's first sentence: a thing defined as a kind of thing, by its cause, its
# distinctive feature or what it is used for, or by its botanical family.
_DEFINITION = re.compile(
    _SUBJECT + r"是[^,，。!?]{0,16}(植物|动物|乔木|灌木|作物|蔬菜|水果|食物|食品|疾病|慢性病|传染病|节日|"
    r"节气|学派|朝代|城市|古城|名胜|景区|历法|元素|物质|鸟类|昆虫|鱼类|思想家|诗人|学者|创始人|发明家|科学家|"
    r"美食|小吃|特产|名菜|病害|虫害|真菌|细菌|病毒|综合征|症状|技术|工艺|现象|日子|时节|季节|习俗|风俗|"
    r"剧种|乐器|品种|药材|中药|花卉|矿物|能源|器官|遗址|建筑|手工艺|文化遗产|运动|学科|制度)|"
    + _SUBJECT + r"是(由|以)[^,，。]{1,20}(引起|导致|构成|组成|为主要?特征|为主|为原料|制成)|"
    + _SUBJECT + r"(是|为)[^,，。!?]{0,32}的一(种|类|门|个)(?!问题|情况|事)|"
    + _SUBJECT + r"[,，](又称|又名|别名|别称|俗称|学名|简称|全称)|"
    r"[\u4e00-\u9fff]{1,4}科[\u4e00-\u9fff]{1,4}属(植物|动物|多年生|一年生|落叶|常绿|的)|"
    r"为[\u4e00-\u9fff]{1,5}科(植物|动物)"
)
# What reports the world from outside: news of an incident or a meeting, statistics, a weather
# forecast, a health tip. One phrase is common in a letter too; two make the genre.
FACTS = quick(
    # incidents told by a reporter
    r"所幸|幸(无|未)|无人员伤亡|(迅速|及时|第一时间)(赶到|到场|出警|处置|赶赴)|到场处置|恢复(通行|正常秩序)|"
    r"当场(查获|抓获)|抓获|(依法)?(刑事|行政)拘留|犯罪嫌疑人|(正在|正|仍在)(进一步)?(办理|调查|侦办)|"
    r"^(昨天|昨日|今天|今日|近日|日前)(上午|下午|晚上|凌晨|早上|中午)?[,，]|"
    r"(^|[,，。])[\u4e00-\u9fff]{0,6}一(名)?(男子|女子|村民|居民|市民|司机|少年|老人|女童|男童)(在|因|驾驶|酒后|于|将)|"
    # statistics and work reports
    r"今年以来|截至(目前|今年|年底|" + _NUM + ")|累计(完成|发放|新增|实现|投入)|新增(就业)?" + _NUM + "|"
    + _NUM + r"(亿|万)元|形势(总体)?(稳定|良好|向好)|获悉|融媒体|集中开工|开工仪式|总投资|"
    # weather forecasts
    r"(最高|最低)气温|(降温|升温|降水|降雨|降雪)过程|[东南西北]+风" + _NUM + r"|阵风|风力|"
    r"(多云|晴|阴|小雨|中雨|大雨|阵雨|雷阵雨|雨夹雪)(转|间)(多云|晴|阴|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雪)|"
    r"(蓝色|黄色|橙色|红色)预警|防寒保暖|受.{1,8}(冷空气|低压|台风|高压)影响|"
    # health tips
    r"促进.{0,4}(循环|代谢|消化|吸收|睡眠)|改善(睡眠|体质|循环)|(预防|防止)(感冒|便秘|失眠|骨质疏松)|"
    r"长期坚持|收藏(起来|好)|(中)?老年人(每天|要|不要|最好)|对身体(大有|很有)?好处|高发(季节|期)"
)
# A joke: a stock character or opening (小明, 老婆问我：) and a laugh or the word for one.
JOKE = re.compile(
    r"小明|从前有|有一天|(老婆|媳妇|老公|儿子|爸爸|妈妈|老师)问(我|他|她|爸爸|妈妈|儿子|小明)?[,，:：]"
)
LAUGH = re.compile(r"笑话|段子|哈哈|笑死|笑不出来|哄堂大笑|(大|都|也)笑了|乐呵|😂|🤣")
# A pleasant day or place told for its own sake: an outing, a view, pride in the county.
DELIGHT = quick(
    r"(变化|发展)(真|很|太|可|特别)?大|自豪|骄傲|真美|(真|挺|很|特别|可|太)(美|漂亮|好看|有意思|热闹|舒服|"
    r"惬意)|推荐(大家|你们)|可多了|越来越(多|好|美|漂亮|干净|热闹)|拍了(好多|很多|几张)|新修的|新建的|"
    r"(开|长)得(正|真|很|可)?(艳|好|旺)|空气(特别|真|很)?(好|新鲜)|吃得.{0,2}饱|就该这样|(出来|出去)?(走走|逛逛)|"
    r"打心眼里|跳舞的人|散步的人|去了一趟|晒晒|(真|挺|可)好(?!好)|钓鱼|遛弯|爬山|下棋|晒太阳|逛街|赶集|玩得"
)
_LINE = re.compile(r"[^,，。!！?？;；\s\"“”]+")


# One's own people are no entry: 孩子是唐氏综合征 tells of a child's condition.
_KIN = re.compile(r"^(我|俺|咱)?(家|们)?(的)?(孩子|小孩|儿子|女儿|闺女|娃|孙子|孙女|外孙|老人|老伴|"
                  r"父亲|母亲|爹|娘|爸|妈|爷爷|奶奶|丈夫|妻子|爱人|媳妇|老公|老婆)")


def definition(text: str) -> bool:
    """The text opens like an encyclopedia entry (大蒜是百合科葱属…, 辣椒，又称…)."""
    return bool(_DEFINITION.search(text)) and not _KIN.match(text)


_INITIAL = re.compile(r"^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])")
_PARTICLES = frozenset("了的呢吗啊吧呀着啦哦嘛")  # a line ending in 了 twice is no rhyme
# Finals that rhyme in song, as the 十三辙 groups them: 梭波 (e, o, uo), 一七 (i, ü).
_RHYME_CLASS = {"o": "e", "v": "i"}
_SPELLED_SHORT = {"iu": "iou", "ui": "uei", "un": "uen"}


def _rhyme(char: str) -> frozenset[str]:
    """The rhymes a character's readings end in: initial and medial dropped (guang, xiang → ang)."""
    rhymes = set()
    for syllable in readings(char):
        rest = _INITIAL.sub("", syllable)
        # pinyin writes iou, uei, uen short (liu, dui, dun): their rhyme is ou, ei, en, not u, i, n
        rest = _SPELLED_SHORT.get(rest, rest)
        rest = rest[1:] if len(rest) > 1 and rest[0] in "iuv" else rest
        rhymes.add(_RHYME_CLASS.get(rest, rest))
    return frozenset(rhymes)


def _rhymes(lines: list[str], needed: int = 0) -> bool:
    """At least half the lines (two or more; or `needed`) end in different characters that
    rhyme: a song's lines do, a citizen's short clauses (在医院看门诊，医保卡刷不了，说是没缴费) do
    not."""
    ends = {line[-1] for line in lines if line[-1] not in _PARTICLES}
    counts: dict[str, int] = {}
    for char in ends:
        for rhyme in _rhyme(char):
            counts[rhyme] = counts.get(rhyme, 0) + 1
    return max(counts.values(), default=0) >= (needed or max(2, len(lines) // 2))


def song(text: str) -> bool:
    """A poem or song: three lines of five or seven characters each, four or more short lines of
    near-equal length (lyrics), or five or more short lines of any length most of which rhyme (a
    nursery song, a ballad), with no digits in them; either way, lines that rhyme."""
    lines = _LINE.findall(text)
    sizes = {len(line) for line in lines}
    if len(lines) >= 3 and len(sizes) == 1 and len(lines[0]) in (5, 7):
        return _rhymes(lines)
    if re.search(r"\d", text) or not lines or max(sizes) > 10:
        return False
    if len(lines) >= 4 and min(sizes) >= 4 and max(sizes) <= 9 and max(sizes) - min(sizes) <= 1:
        return _rhymes(lines)
    return len(lines) >= 5 and _rhymes(lines, needed=math.ceil(len(lines) * 3 / 5))
