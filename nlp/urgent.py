"""Emergencies: a named emergency, or a hazard with a person in danger now.

Callers to 110/119/120 often do not name the emergency ("楼道里全是烟，里面还有人"), so besides the
phrases that name one (救命, 着火, 溺水 …) a message is urgent when it describes

- an acute hazard (smoke, gas, water coming in, a live wire, a crash, a collapse or a machine, a
  weapon or blows, a body in crisis, a birth, a fall, someone missing) close to a person in danger
  (inside, trapped, unable to move or breathe, bleeding, unconscious) or to words of the moment
  (现在, 快来, 怎么办), or
- a vulnerable person (a child, an elder, a pregnant woman, anyone) close to a person in danger.

Recall comes first: a false alarm costs a reminder, a miss can cost a life. A routine complaint
stays routine: a described hazard told as a recurring or past matter (天天, 好几个月, 去年) with
nothing happening now is not an emergency, and "没有人受伤" cancels the cue it negates.

Patterns work on normalised text (nlp.tokenizer.normalize) and are data-like tables.
"""

from __future__ import annotations

import re

__all__ = ["urgent_cues"]


def _any(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


# Emergencies named outright: each is enough on its own.
_NAMED = _any(
    # help right now
    r"救命|求救|快来人|来人啊|快来救|快救|救救(我|他|她|孩子|俺)(?!们)|快叫(救护车|120|人)|叫救护车|打120|快报警|快打110|报警啊",
    # fire, explosion
    r"着火|起火|失火|火灾|着大火|起大火|大火烧|火(特别|很|太|非常)大|烧起来|燃起来|火苗|火光|火势|灭火",
    r"爆炸|(煤气罐|液化气罐|锅炉|电瓶|电池|充电宝|电动车)(爆|炸)了?",
    # gas
    r"(煤气|燃气|天然气|液化气|沼气)(味|泄漏|泄露|漏了|漏气|中毒)|漏气|一氧化碳中毒|煤气中毒|中毒了",
    # water
    r"(掉|落|摔|跌)(进|到|入)?了?(河|水|井|湖|塘|池|沟|渠|粪池|化粪池|水库|冰窟窿)",
    r"(跳|滑|冲)(进|到|入)了?(河|井|湖|塘|池|水库)|溺水|被水冲走|冲走了|决口|溃坝|漫堤",
    # body in danger
    r"叫不醒|喊不醒|昏迷|晕倒|昏倒|昏过去|晕过去|不省人事|倒地不起|倒在地上|(喘|透)不(上|过)气|上不来气",
    r"呼吸困难|没(了|有)?呼吸|没气了|没有心跳|嘴唇(都|发)?紫|脸都紫|抽搐|抽风|口吐白沫|吐白沫|一动不动",
    r"不会动了|胸口(疼|痛)|心脏病(犯|发)|心梗|脑梗|中风了|休克|大出血|血流不止|流血不止",
    r"(流|出)了?(好多|很多|一地|满地|大量)的?血|(浑身|满身|满脸|一身|头上)(都)?是血|割腕",
    r"误(喝|服|食|吃)|喝了?(农药|敌敌畏|百草枯)|吃了?(老鼠药|安眠药)",
    r"被电(打|击|到|着)了?|触电|噎住|卡住喉咙|羊水破|要生了|快生了|生在(路上|车上|家里)",
    # violence, crime in progress
    r"(拿|持|举|提)(着)?(菜|砍|水果|尖)?(刀|棍|斧|枪|砖|锤)|砍(人|我|倒|伤|死)|捅(人|我|伤|了)|杀人|要杀",
    r"打死|弄死|抢劫|绑架|劫持|(撬|砸|踹)(我家|我们家|家)?(的)?门|非礼|强奸|被拐|拐(走|卖)了?(孩子|小孩|儿童)",
    r"(被|让)(陌生人|人|坏人).{0,6}(拽|拖|抱|抢|拉|带)(走|上车)|拽上车|抢孩子|抱走了",
    # suicide, collapse, trapped
    r"(要|想)(往下)?跳(楼|河|下去|下来)|跳楼|跳河|轻生|自杀|往下跳|不想活了",
    r"被(压|埋|困|卷)|压在(底下|下面)|埋在(底下|下面|里)|卡在(车|里)|困在|(锁|关)在车里|卷进|绞进",
    r"往下掉|坠楼|摔下来|从.{1,6}(上|顶)(摔|掉)下|撞(倒|飞|伤|死)|车祸.{0,12}(流血|昏|不动|卡|压|死)",
    r"(高压线|电线).{0,8}(掉|断|冒火|着)|(家|屋|楼|房|车|电箱|电表箱).{0,4}冒(出)?(好多|很多|大)?(的)?(烟|火)",
    r"(孩子|小孩|老人).{0,6}(走丢|丢了|不见了|找不到了)|走失",
    r"(燃气|天然气|煤气)(管|管道|管子).{0,4}(断|破|裂|漏)了|活着没意思|不想活|要从.{0,8}跳下",
    r"当糖吃|吃了?(药片|洗衣液|消毒液)|喝了?(洗衣液|消毒液|84|酒精|汽油)",
)

# What can hurt right now: the first half of a described emergency. Acute hazards pair with
# a person in danger or with a word of the moment; the others only with a person in danger.
_ACUTE = _any(
    r"冒烟|黑烟|浓烟|烟雾|(好多|很多|全是|一屋子|满屋子?|一股)烟|烟(很|太|特别|越来越)大|烧焦|焦糊|糊味",
    r"冒火|火星|冒气|嘶嘶",
    r"(煤气|燃气|天然气|液化气|瓦斯)的?(味|泄|漏|冒|管)|毒气|(味道|气味)(很|特别|越来越)?(大|冲|浓|呛)",
    r"水(漫|灌|涌|冲)进|往(屋|家|房)里(灌|进|流|涌)|淹到(腰|胸|脖子|膝盖)|水越来越(深|大|高)|落水|被冲",
    r"(滑|掉|跌|摔)(下去|进去)",
    r"电线(掉|断|落|垂)|高压线|漏电|电火花|被电",
    r"刀|砍|捅|打人|打我|打她|打他|打孩子|殴打|打起来|打架|掐(住|我|她|他)|勒(住|脖子)|枪|抢(劫|包|钱|东西|手机|孩子)|绑|闯进|撬",
    r"跟(着|踪)(我|她|孩子)",
    r"砸门|踹门|泼(汽油|硫酸)|(威胁|扬言)要?(杀|砍|弄死|烧)",
    r"胸口(疼|痛|闷)|心脏|喘不|呼吸|抽搐|白沫|过敏|喉咙肿|噎|高烧|出血|吐血|骨折",
    r"(疼|痛)得(受不了|打滚|厉害|不行)|倒在|躺在地|摔倒|歪倒|嘴歪|口眼歪斜|说不清|半边(身子)?",
    r"药片|吃了药|误食|(窗台|窗户|阳台|楼顶|房顶)(外面|外边|边上|上面)",
    r"羊水|要生了|快生了|要生孩子|生孩子|分娩|早产|临产",
    r"跳楼|跳河|跳下|自杀|轻生|想不开|寻死|割腕",
    r"走丢|不见了|找不到(人|了)|失踪|联系不上|被(人)?带走|被抱走",
)
_HAZARD = _any(
    r"车祸|撞(了|倒|到|伤|飞)|翻车|侧翻|翻(进|到)?沟|碾|轧|被车",
    r"塌了|倒塌|坍塌|垮了|砸(到|中|伤)|掉下来|掉下去|坠落|摔下|卷(进|入)|绞(进|入)|被机器|电梯",
)

# Who can be hurt.
_PERSON = re.compile(
    r"孩子|小孩|婴儿|宝宝|老人|老太太|老头|大爷|大娘|奶奶|爷爷|外婆|姥姥|姥爷|孕妇|病人|残疾人|"
    r"(我|俺)(爸|妈|爹|娘|老公|媳妇|老婆|儿子|闺女|女儿|家)|有人|一个人|工人|邻居"
)

# Someone in danger now: the second half.
_DANGER = _any(
    r"(里面|里头|屋里|家里|车里|楼里|房里|电梯里|屋内)(好像|可能|估计)?(还)?有(个|人|几个)?|有人在里面|人(还)?在里面",
    r"没(跑|逃)?出来|被困|困住|困在|出不来|出不去|下不去|跑不出来|逃不出来|下不来|睁不开眼|没大人|家里没人",
    r"动不了|不能动|起不来|爬不起来|站不起来|喘不上|喘不过|透不过气|上不来气|露个头|扑腾|挣扎|呛水|压着",
    r"头破血流|被打得|打得(满|头|浑身)|一直吐|吐个不停|上吐下泻|叫也不应|不应声",
    r"不能呼吸|没反应|没(有)?意识|叫不醒|喊不醒|不省人事|一动不动|流(了)?(好多|很多|一地|满地)?血",
    r"满身是血|一身血|骨折|腿断|压住|卡住|夹住|拔不出|抽不出|沉下去|冲走|抽搐|吐白沫|发紫",
    r"快不行|快死|要死了|出人命|救救|求救|救命|哭喊|喊救命",
)
# Words of the moment, right next to an acute hazard.
_MOMENT = re.compile(
    r"正在|刚刚|刚才|突然|马上|赶紧|立刻|快点|快来|怎么办|咋办|吓死|害怕|危险|现在|越来越|往外跑|跑出来"
)

# A described hazard told as a recurring or past matter: routine, unless something happens now.
_ROUTINE = _any(
    r"好几天|几天了|好几个月|几个月|半年|一年|多年|好几年|天天|每天|每晚|经常|老是|总是|长期|好久|多次",
    r"去年|上个月|上周|前几天|前段时间|以前|曾经|之前|那次|一到(晚上|夏天|冬天|下雨)|每到|每逢",
)
_NOW = re.compile(r"正在|刚刚|刚才|此刻|马上|赶紧|快来|救命|救救")
# A cue cancelled by what precedes it: "不是着火", "没有人受伤", "脱离危险" — not an emergency;
# or only feared: "一旦失火", "防止溺水", and after it "火灾隐患", "消防灭火设备", "跳楼事件".
_NEGATED = re.compile(r"(不是|没有|没|不会|不|别|无|未|脱离)$")
_FEARED = re.compile(r"一旦|万一|如果|若是|假如|以免|防止|预防|避免|杜绝|消除|谨防|严防|担心|怕")
_FEARED_AFTER = re.compile(r"^.{0,2}(隐患|风险|演练|设备|设施|器材|通道|事件|事故|意识|知识|安全)")
# ... or told as the past or as what keeps happening, with nothing said to happen now since:
# "去年发生了火灾", "2015年3月29日从台阶上摔下", "业主经常被困电梯".
_PAST = re.compile(
    r"\d+年|\d+月\d+[日号]|去年|前年|前几年|几年前|多年前|以前|上个月|上周|那年|那天|当时|曾经|前不久|"
    r"昨天|昨晚|前天|有一次|经常|天天|每天|老是|总是|多次|频繁"
)
_SINCE = re.compile(r"现在|正在|刚刚|刚才|此刻|马上|赶紧|快|又")
_NEAR = 20  # characters between the two halves of a described emergency
_NEXT_TO = 8  # ... between an acute hazard and a word of the moment


def _cancelled(text: str, start: int, end: int) -> bool:
    """True when the words around text[start:end] say it is not an emergency now."""
    if _NEGATED.search(text[max(0, start - 2) : start]):
        return True
    if _FEARED.search(text[max(0, start - 8) : start]) or _FEARED_AFTER.match(text[end : end + 4]):
        return True
    before = text[max(0, start - 20) : start]
    past = [m.end() for m in _PAST.finditer(before)]
    return bool(past) and not _SINCE.search(before, past[-1])


def _found(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Matches that say something is happening now."""
    return [m for m in pattern.finditer(text) if not _cancelled(text, m.start(), m.end())]


def _pair(firsts: list[re.Match[str]], seconds: list[re.Match[str]], near: int = _NEAR) -> str:
    """The first "hazard+danger" pair close together, or ""."""
    for first in firsts:
        for second in seconds:
            gap = max(first.start(), second.start()) - min(first.end(), second.end())
            if 0 <= gap <= near:
                return f"{first.group()}+{second.group()}"
    return ""


def urgent_cues(text: str) -> tuple[str, ...]:
    """The emergency phrases found in normalised text, in order (empty when none).

    A described emergency is reported as its two halves, e.g. "浓烟+里面还有人".
    """
    cues = [m.group() for m in _found(_NAMED, text)]
    if _ROUTINE.search(text) and not _NOW.search(text):
        return tuple(dict.fromkeys(cues))
    acute = _found(_ACUTE, text)
    danger = _found(_DANGER, text)
    described = _pair(acute + _found(_HAZARD, text), danger)
    if acute and not described:
        described = _pair(acute, _found(_MOMENT, text), _NEXT_TO)
    if not described and danger:
        described = _pair(_found(_PERSON, text), danger)
    if described:
        cues.append(described)
    return tuple(dict.fromkeys(cues))
