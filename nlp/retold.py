"""Chat told at length, read by nlp.untroubled for nlp.noise: a story that ended well, a warning passed on to everyone,
a scam asked about out of curiosity, a question of what is on at a public place, market prices told
as they are, a task for school or a survey.

Citizens tell the bot what they would tell a neighbour, in a unit's words: 俺娘住院做了手术…出院了，
一家人松了口气; 转发一条：某县一位老人被骗了三万…大家提醒家里的长辈; 接了个电话说是快递理赔，我挂了，
是不是骗子; 县图书馆春节开不开放; 集上的蒜薹行情：早上两块八…. Each is recognised by its shape, not
its topic: an ending told last and nothing after it, a harm told of others to everyone, a trick
refused, a venue's hours or a festival's day asked, prices listed. Whatever the shape, a clause
that holds a plea, a grievance or a trouble left with the government (…可是我们村那条沟到现在没人清,
希望…管管, 为什么…) keeps the message a report: pleas and grievances are read over the whole text
(a warning's own story of others' loss may turn: 结果…被骗了), after the shape's own harmless words
are masked; a question of what is on must also pass nlp.untroubled's broad trouble cues.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.pasted import NEW_MATTER, TROUBLE
from nlp.regex import quick

__all__ = ["VENUE_HARMLESS", "retold"]

RETOLD_EVIDENCE = 12.0  # keyword evidence: a chat names a unit's matter in passing, less than this
_OUTING_CHARS = 120  # characters: a question of what is on is short; a letter about a venue is long

_TROUBLE_NOW = quick(TROUBLE)
_NEW_MATTER = re.compile(NEW_MATTER)
# A plea or a trouble left with the government, in any clause: what keeps any chat a report.
_PLEA = quick(
    r"请(?!问|大家|各位)|希望|建议|要求|呼吁|盼|恳|麻烦|管(管|一管|一下)|(查|治|处理|解决)一下|反映|投诉|举报|曝光|"
    r"能不能|能否|可否|是否|有没有|怎么(还|又|老|总|不|没)|为什么|为何|为啥|应该|应当|凭什么|怎么办|咋办|到底|至今|到现在|还(是)?没|一直没|仍|依然|迟迟|"
    r"没人|无人|不管|不理|不给|不让|不办|不修|不退|推诿|踢皮球|敷衍|刁难|不作为|不负责|"
    r"我们村|俺们村|咱们村|我们小区|俺们小区|咱们小区|我家门口|俺家门口|村口|路口|[?？]{2}")
# A turn to a trouble in a story told of oneself (a warning's story of others has them).
_TURN = quick(r"可是|但是|然而|却|就是|只是|不过|谁知|没想到|结果(?!都?(正常|没事|还行))")
# A grievance or a trouble left standing.
_GRIEVANCE = quick(
    r"恶劣|幌子|洗脑|态度[^,，。]{0,2}(差|不好|生硬)|"
    r"差|乱|坑|宰|黑心|贵|多收|不认|不承认|不赔|收费不|违规|违法|非法|擅自|弊|不合理|不公|不科学|不规范|欠(?!缺)|拖|扣|"
    r"太(多|重|难|晚|远|少|低|高|慢)|负担|体罚|补课|"
    r"压价|缺斤|短两|滞销|卖不(出去|掉|动)|没人收|赔(本|钱|了)|亏(本|了)|"
    r"排队|等了|坏|漏|堵|塌|裂|断|臭|脏|吵|污染|隐患|危险|冒烟|着火")
# A story's good ending: out of hospital, well again, the worry gone, the money back, joy.
_ENDING = quick(
    r"出院了|(就|又|全|都)好了|好多了|好利索了|康复了|痊愈|(很|挺|非常|特别|手术)成功|放心了|松了(一)?口气|踏实了|"
    r"没(啥)?(大)?(事|毛病|大碍)了|(检查|结果|指标|化验|片子)[^,，。]{0,6}正常|挺顺|顺顺当当|顺利(的|地)?"
    r"(出院|做完|办完|办好|拿到)|清楚多了|能(下地|走路|弯腰|干活|吃饭|上班|上学)了|气色[^,，。]{0,6}好|"
    r"(高兴|开心|乐)(坏|得|了)|跟着高兴|心里(热乎|暖|踏实|美)|(全|都)(发|拿|要|追)(下来|到手|回来)了|拿到(了)?手|"
    r"住上(了)?新房|改观|越来越好|比以前(好|强)(多)?了"
)
# A story's closing that tells nothing more: a word to the reader, thanks, a wish.
_CLOSING = quick(
    r"(跟|和|给)(大家|你们|各位|老乡们)(说|讲|分享|报)(一声|一下|个喜)?|分享一下|特地[^,，。]{0,8}(说|谢)|"
    r"(谢谢|感谢|多谢)[^,，。!！]{0,16}|祝[^,，。!！]{0,16}|点(个)?(大大的)?赞|"
    r"(现在|如今)?(每天|天天)[^,，。]{0,10}(溜达|遛弯|跳舞|散步|念叨)[^,，。]{0,8}|[^,，。]{0,6}(和气|干净|干干净净|热情|耐心)(的)?"
)
# A question: a story that ended well asks nothing.
_QUESTION = re.compile(r"[?？]|吗|哪(里|儿|个)?|怎么(办|弄|回事|搞)|咋|(啥|什么)时候|多少")
# What a public place did wrong, or its opening asked for: 说是免费开放，去了要交钱; 什么时候能开放.
_VENUE_WRONG = quick(
    r"说是|说好|去了|总(说|是)|从来|(?<!开)不(对外|对市民)?开放|锁|维修|修好|没地方|(交|收|要)钱|晃|砸|怕|"
    r"(什么|啥)时候|(?<!开)不开|太短|不亮|没(开|人)|关着|停(了|办)|取消|改(了|成)|"
    r"没(有)?通知|太(早|晚|远|贵|少)|收费(太|不)|关了|封了|拆了|多久|"
    r"[一二两三四五六七八九十几好多半\d]+(个)?多?(天|月|年|周|星期|礼拜)(了|没|都)")
# A number to report, given with a trick asked about: 号码是138…
_NUMBER_GIVEN = re.compile(r"号码(是)?[:：]?\s*\d|\d{5,}")
_SENTENCE = re.compile(r"[^,，。!！?？;；]+")
# A warning passed on: to everyone, of a harm told of others or heard of.
_TO_ALL = quick(
    r"(大家|各位|家人们|亲人们|所有亲人|老乡们|乡亲们|朋友们|亲戚朋友|家里(的)?(长辈|老人))[^。]{0,10}"
    r"(注意|小心|当心|提防|留心|长点心|别上当|不要上当|警惕|一定|千万|记得|提醒|转)|"
    r"转发(一条|给|一下)|(?<!流)转给|转一下|看到(的)?(都|请)?转|(一定|千万)(要)?(提醒|告诉)")
_HEARD = quick(
    r"听说|据说|听[^,，。]{1,6}说|某(县|村|地|市|镇|乡)|邻村|隔壁(庄|村)|外地|外省|电视(上|里)|新闻|网上|"
    r"(有|一)(个|位|名)(老人|小伙子|姑娘|大爷|大娘|老太太|村民|男子|女子)")
# A harm still going on where the writer lives, which makes a warning a report: 最近…到处….
_ONGOING = quick(r"最近|这(几|两)天|天天|每天|经常|还在|到处|挨家挨户|专门|又来了|正在|现在还|老是|总有")
# One's own loss, which makes a warning a report: 我家被偷了, 俺转了两千.
_OWN_LOSS = quick(
    r"(我|俺|咱)(家|们|爹|娘|妈|爸)?[^,，。]{0,8}(被(骗|偷|抢|盗)|上当|转(了|过去)|汇了|损失|没了|丢了)")
# A trick refused, asked about from curiosity: 我没信…是不是骗局.
_SCAM_ASKED = quick(r"是不是(都是|就是)?(骗局|骗子|诈骗|骗人|电信诈骗)|是(骗子|骗局)(吧|吗)|骗子都是这么")
_REFUSED = quick(
    r"没信|不信|没上当|挂了|没(搭)?理|一分(钱)?没少|没接到|啥事没有|没事|没(转|给|汇)|好奇")
# A question of what is on at a public place or festival, and when or where.
_VENUE = quick(
    r"图书馆|博物馆|科技馆|文化馆|纪念馆|美术馆|展览馆|体育馆|体育场|游泳馆|健身中心|文化广场|广场|公园|景区|"
    r"灯展|灯会|庙会|演出|晚会|民俗活动|[\u4e00-\u9fff]{1,4}活动|[\u4e00-\u9fff]{1,4}节(?!假)|展览|比赛|阅览室")
_ON_WHEN = quick(
    r"有没有[^,，。]{0,8}(活动|演出|晚会|灯|节|展|比赛|表演)|开放|开门|开馆|开了没|开不开|几点|哪天|几号|在哪|什么地方|哪个地方|(要|需要)?预约|免费|收费标准|"
    r"押金|门票|人多不|报名|带什么|年龄限制|周几|什么时候|啥时候")
# A question asked (a statement of a venue's hours is a complaint: 体育馆周末不开门).
_ASKED = re.compile(r"[?？]|吗|么|有没有|[不没](?=[,，。!！]|$)|哪|几点|几号|多少")
# A chat's own words that the grievance cues would misread: 有没有 (is there), 少儿, 跑道, a sport.
VENUE_HARMLESS = re.compile(
    r"有没有|需要(办|带|预约|提前)|少儿|跑道|打(会儿)?(羽毛球|篮球|乒乓球|球|太极)|没事干|不知道")
# Market prices told as they are: the day's prices, or a price that moved.
_PRICE_TALK = quick(
    r"行情|(今天|今年|最近|这两天)[^,，。]{0,6}价(格|钱)?[^,，。]{0,2}(又)?(涨|跌|回落|上来|下来)")
# A task for school or a survey, asking only for public facts.
_STUDY = quick(
    r"作业题|作业[:：]|(布置|留)了?[^,，。]{0,10}作业|这是[^,，。]{0,6}作业|问卷|"
    r"(做|写)(个|一个|一篇|一项)?[^,，。]{0,8}(调查|课题|论文)")


def _ended_well(text: str) -> bool:
    """A story whose last two clauses but its closings tell a good ending, asking nothing."""
    clauses = [clause for clause in _SENTENCE.findall(text) if not _CLOSING.fullmatch(clause)]
    return bool(clauses) and any(_ENDING.search(clause) for clause in clauses[-2:]) and not (
        _TROUBLE_NOW.search(clauses[-1]) or _QUESTION.search(text))


def _passed_on(text: str) -> bool:
    """A warning to everyone of a harm told of others, or a trick refused and asked about."""
    if _OWN_LOSS.search(text) or _NUMBER_GIVEN.search(text) or _ONGOING.search(text):
        return False
    return bool(_TO_ALL.search(text) and _HEARD.search(text) and not _QUESTION.search(text)) or bool(
        _SCAM_ASKED.search(text) and _REFUSED.search(text))


def _outing(text: str) -> bool:
    """What is on at a public place or festival, and when or where."""
    asked = bool(_VENUE.search(text) and _ON_WHEN.search(text) and _ASKED.search(text))
    return len(text) <= _OUTING_CHARS and asked and not _VENUE_WRONG.search(text)


def _prices(text: str) -> bool:
    return bool(_PRICE_TALK.search(text)) and not _QUESTION.search(text)


def retold(text: str, evidence: float) -> str:
    """The shape of chat normalised `text` is told in ("ended", "warning", "outing", "prices",
    "study"), or "" when it has none or holds a plea, a grievance or a trouble left standing
    (or names a unit's matter as strongly as a report, `evidence` of RETOLD_EVIDENCE)."""
    if evidence >= RETOLD_EVIDENCE or _NEW_MATTER.search(text):
        return ""
    shapes = (("warning", _passed_on), ("outing", _outing), ("prices", _prices), ("study", _STUDY.search),
              ("ended", _ended_well))
    shape = next((name for name, told in shapes if told(text)), "")
    if not shape:
        return ""
    rest = VENUE_HARMLESS.sub("", text) if shape == "outing" else _TO_ALL.sub("", text)
    if _PLEA.search(rest) or _GRIEVANCE.search(rest) or (shape != "warning" and _TURN.search(rest)):
        return ""
    return shape
