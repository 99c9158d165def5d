"""Words around an emergency cue that say it is not happening now (nlp.urgent).

A cue is cancelled by what precedes it (不是着火, 没有人受伤, 一旦失火, 威胁要…), by what follows it
(烧没了, 住了院, 火灾隐患, 着火以后), when it happens to a thing (站牌被车撞倒) or to a supply
(天然气又没气了), when it is water that keeps seeping (还在往外冒水: nlp.seeping), when a thing is
crushed with no body named (井盖让大车轧裂了), when it is named as a matter since settled (仓库起火的
那回去年就处理好了), or when it is told as the past with nothing said to happen since. Patterns work on
normalised text and are data-like tables.
"""

from __future__ import annotations

import re

from nlp.seeping import seeping
from nlp.urgent_signs import GAS

__all__ = ["cancelled", "happening"]

# A cue cancelled by what precedes it: "不是着火", "没有人受伤", "脱离危险" — not an emergency;
# or only feared: "一旦失火", "防止溺水", and after it "火灾隐患", "消防灭火设备", "跳楼事件".
_NEGATED = re.compile(r"(不是|没有|没|不会|不|别|无|未|脱离)(人|人员|一个人)?$")
_FEARED = re.compile(
    r"闹(得|的)(都)?(要|快)$|一旦|万一|如果|若是|假如|以免|防止|预防|防范|避免|杜绝|消除|谨防|严防|担心|怕|容易|差点|差一点|险些|早晚|迟早"
)
# ... or threatened: "威胁要抢孩子" is a matter for the police, not a call, unless the one who
# threatens is there now ("…现在就在我家门口").
_THREAT = re.compile(r"威胁|扬言|吓唬|恐吓|放(狠)?话|撂(下)?(狠)?话")
_THERE_NOW = re.compile(r"现在(?!还?没)|正在|就在|马上|拿着|门口")
# ... or asked as a what-if: "晚上有人掉进去怎么办" (not "掉进去了怎么办").
_WHAT_IF = re.compile(r"^[^了,，。!?]{0,3}(怎么办|咋办|咋整|谁负责|谁管)")
_ANYONE = re.compile(r"有人|谁|万一|要是|(骑车|走路|过路|路过|开车|放学)的|晚上|夜里|孩子|小孩|老人")
# ... or over by the words that follow: "烧没了", "救出来", "住了院", "已经好几天了", "打了两回".
_OVER = re.compile(
    r"^.{0,10}(烧(没|光|完|成|毁|塌)|烧了[半一两三四五六七八九十几大整好]|灭了|扑灭|救出来|才出来|住(了)?院|出院|(学校|老师|医院|医生)[^,，。]{0,2}说(没事|不要紧|没啥))|"
    r"^.{0,6}(好几天|几天|好几个月|一个多月|半个月|好久)了|^(了|过)?(好)?[一两二三四五六七八九十几]+(回|次|顿)"
)
# ... or happening to a thing, not a person: "站牌被车撞倒", "草坪被踩", "外墙瓷砖往下掉".
# A vehicle is such a thing only when hit (电动车被撞了); two that collide are no things (两辆电动车撞了).
_THING = re.compile(
    r"(牌子?|杆子?|树|墙|蒜|货|粮食?|库存|资金|栏杆|护栏|柱子|路灯|灯杆|桩|瓷砖|墙皮|草坪|苗|庄稼|麦子?|玉米|井盖|"
    r"路面?|马路|桥面|地面|地砖)(一块一块|一片一片)?(都|也)?(被|叫|让)?(车|大车|风|人)?(给)?$|"
    r"(电动车|摩托车?|三轮车?|车子)(被|叫|让)(车|大车|风|人)?(给)?$"
)
# ... or a thing crushed or broken, with no person or body named just before: "水管被压破了",
# "井盖叫大车轧裂了" (not "腿被压住了", "把孩子的手压破了", nor 压断, which a leg may be).
_CRUSHED = re.compile(r"[压轧碾]了?(坏|裂|碎|扁|瘪|变形|破|烂)")
_BODY = re.compile(r"人|孩子|小孩|娃|老人|工人|腿|脚|(?<![扶把拉])手|胳膊|身子|身上|身体|腰|"
                   r"(?<![桥街路村地码山])头|胸|脸|他|她|我|俺")
# ... or named as a matter since settled: "楼道起火那事早就过去了", "那回漏气早就处理好了".
_SETTLED = re.compile(
    r"^[^,，。!?]{0,4}(事|回|次)[^,，。!?]{0,10}(解决|处理好|处理完|了结|过去|修好)了|"
    r"^[^,，。!?]{0,10}(上个?月|去年|前年|上回|上次|那次|那回|早就|早已)[^,，。!?]{0,6}"
    r"(解决|处理好|处理完|了结|过去|修好|灭)了")
# ... or no longer able to do a thing: "地也种不动了", "走不动了" (not lying still).
_UNABLE = re.compile(r"[种干走跑爬拿搬扛背嚼咬推拉挑抱骑洗]$")
# ... or a load tipped out: "把针管倒在沟里" (倒 as pouring).
_DUMPED = re.compile(
    r"(把|将|[一两三四五六七八九十几]车|一堆)[^,，。]{0,14}$|(随便|随手|随意|乱|偷偷|直接)$|"
    r"(垃圾|渣土|碎砖|烂瓦|砖头|下脚料|废料|废渣|污水|粪便?|泔水|剩菜|药渣|针头|针管|药瓶子?|瓶子|废液|桶)[^。]{0,10}$")
# ... or gone out of the pipe, not out of a body: "天然气又没气了"; a supply cut off is no leak:
# "小区天然气突然停了".
_SUPPLY = re.compile(GAS + r"|暖气|气罐|罐")
_GAS = re.compile(GAS)
_CUT_OFF = re.compile(r"^(突然|又|都|也|就|已经|咋|怎么)?(停了|没了|断了|停气|断气|不来了|供不上|停供|没气)")
_FEARED_AFTER = re.compile(
    r"^.{0,2}(隐患|风险|演练|设备|设施|器材|通道|事件|事故|意识|知识|安全(?![绳带]))|"
    r"^了?都(跑|逃)不(出|掉)"  # what a fire would do: 杂物堆满楼道，着火了都跑不出去
)
# ... or told as what a nuisance or a wrong does to people: "废气熏得村民喘不上气", "导致其自杀".
_CAUSED = re.compile(
    r"(?<!被)压得(人|我|俺|我们|大家)?(都|快)?$|"  # a burden: 房贷压得人喘不过气
    r"(让|令|使|导致|致使|造成|害得)(?!开水|热水|热油|油|火|车|狗|电|水|机器|蛇|蜂|马蜂|牛|驴|马|猫|老鼠|耗子|蝎)(人|村民|居民|我们|大家|其|他|她|孩子)?.{0,2}$|"
    r"味(儿|道)?(太|很|特别|都)?(呛|熏|冲|臭)得(人|我|我们|大家|村民)?(都)?$"  # an odour, not smoke
)
# ... unless what bit or struck is the cue itself: "让蛇咬了" is a bite, not a nuisance's doing.
_BEAST = re.compile(r"蛇|蜂|马蜂|牛|驴|马(?!路|上)|猫|老鼠|耗子|蝎")
# ... or a taste or smell of what is drunk or eaten, not of gas in the air: "水里一股漂白粉味冲鼻子".
_TASTE = re.compile(r"(水|饭|菜|肉|奶|馒头|饮料|药|酒)[^,，。]{0,8}$")
# ... or as what came before now: "脑梗后半边身子不能动", "着火以后".
_AFTER = re.compile(r"^(之|以)?后(?![面边头门院山窗])")
# ... or told as the past or as what keeps happening, with nothing said to happen now since:
# "去年发生了火灾", "前年冬天从台阶上摔下", "电梯经常把住户困在里面".
_PAST = re.compile(
    r"\d+年|\d+月\d+[日号]|去年|前年|前几年|几年前|多年前|以前|上个月|上周|那年|那天|那次|那回|当时|曾经|前不久|前几天|前些(天|日子)|上回|上次|"
    r"昨天|昨晚|前天|有一次|经常|天天|每天|老是|总是|多次|频繁|昨个|昨儿|上个?(礼拜|星期)|(?<!一)动不动|"
    r"小时候|那时候|年轻(时|的时候)|早些年|当年|[几十]+年前|"  # a past illness: 小时候发高烧烧坏了脑子
    r"(喝|输|喝多|喝醉)了?(酒|钱)?就|一(刮风|起风|下雨|下雪|打雷|阴天|变天)就|"  # a habit: 喝了酒就打人
    r"一(按|摁|插|拧|用|通电|充电)[^,，。]{0,4}就|插(个|上)?[^,，。]{0,6}就|"  # a fault: 一按就冒烟
    r"(好几个|好多|很多|不少|有些|村里|大家)[^,，。]{0,3}(人|老人|村民|居民)?(都|也)?说"  # what many say
)
_SINCE = re.compile(r"现在|正在|刚刚|刚才|此刻|马上|赶紧|快|又|今天|今早|今晚|今儿|早上起来")




def cancelled(text: str, start: int, end: int) -> bool:
    """True when the words around text[start:end] say it is not an emergency now."""
    if _NEGATED.search(text[max(0, start - 5) : start]):
        return True
    if _FEARED.search(text[max(0, start - 8) : start]) or _FEARED_AFTER.match(text[end : end + 5]):
        return True
    if (_CAUSED.search(text[max(0, start - 8) : start]) and not _BEAST.match(text, start)) or (
            _AFTER.match(text[end : end + 3])):
        return True
    if _THREAT.search(text[max(0, start - 8) : start]) and not _THERE_NOW.search(text[end : end + 16]):
        return True
    if _WHAT_IF.match(text[end : end + 6]) and _ANYONE.search(text[max(0, start - 8) : start]):
        return True
    if _OVER.match(text[end : end + 14]) or seeping(text, start, end):
        return True  # over, or water that keeps seeping (还在往外冒水): a nuisance (nlp.seeping)
    if _THING.search(text[max(0, start - 8) : start]):
        return True
    word = text[start:end]
    if _CRUSHED.search(text, start, end + 3) and not _BODY.search(text, max(0, start - 10), start):
        return True
    if _SETTLED.match(text[end : end + 24]):
        return True
    if word.startswith("不动") and _UNABLE.search(text[max(0, start - 1) : start]):
        return True
    if word.startswith("倒") and _DUMPED.search(text[max(0, start - 16) : start]):
        return True
    if "没气" in word and _SUPPLY.search(text[max(0, start - 10) : start]):
        return True
    if word.startswith(("味", "气味")) and _TASTE.search(text[max(0, start - 10) : start]):
        return True
    if _GAS.fullmatch(word) and _CUT_OFF.match(text[end : end + 6]):
        return True
    before = text[max(0, start - 20) : end]  # "厂每天傍晚冒烟": the past may be inside the cue
    past = [m.end() for m in _PAST.finditer(before)]
    return bool(past) and not _SINCE.search(before, past[-1])


def happening(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches that say something is happening now."""
    return [m for m in pattern.finditer(text) if not cancelled(text, m.start(), m.end())]
