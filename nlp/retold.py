"""Chat told at length, read by nlp.untroubled for nlp.noise: a story that ended well, a warning
passed on to everyone, a scam asked about out of curiosity, a question of what is on at a public
place, the day's prices, a task for school or a survey, a memory of the old days, a diary of the
day, a question of general knowledge, a policy or news passage passed on, a reply to a chat group, a
safety tip for nowhere in particular, a recipe or a home remedy.

Citizens tell the bot what they would tell a neighbour, in a unit's words: 俺娘住院做了手术…出院了，
一家人松了口气; 转发一条：某县一位老人被骗了三万…大家提醒家里的长辈; 接了个电话说是快递理赔，我挂了，
是不是骗子; 县图书馆春节开不开放; 集上的蒜薹行情：早上两块八…. Each is recognised by its shape, not
its topic: a good ending and nothing wrong after it, a harm told of others to everyone, a trick
refused, a venue's hours or a festival's day asked, prices listed, the old days or the hours of a
day told in turn, a notice quoted under 收到. Whatever the shape, a clause that holds a plea, a
grievance or a trouble left with the government (…可是我们村那条沟到现在没人清, 希望…管管, 为什么…)
keeps the message a report: pleas and grievances are read over the whole text (a warning's own
story of others' loss may turn: 结果…被骗了; a tip names dangers), after the shape's own harmless
words are masked; a question of what is on must also pass nlp.untroubled's broad trouble cues.

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
    r"请(?!问|教|大家|各位)|为(我|俺)(们)?解决|苦不堪言|希望|建议|要求|呼吁|盼|恳|麻烦(你们|您|帮|给|尽快|处理|看)|管(管|一管|一下)|"
    r"(查|治|处理|解决)一下|反映|投诉|举报|曝光|"
    r"能不能|能否|可否|是否|谁(能|来|给)|有没有|怎么(还|又|老|总|不|没)|为什么|为何|为啥|应该|应当|凭什么|"
    r"怎么办|咋办|到底|至今|到现在|还(是)?没|一直没|仍|依然|迟迟|"
    r"没人|无人|不管|不理|不给|不让|不办|不修|不退|推诿|踢皮球|敷衍|刁难|不作为|不负责|"
    r"我们村|俺们村|咱们村|我们小区|俺们小区|咱们小区|我家门口|俺家门口|村口|路口|[?？]{2}")
# A turn to a trouble in a story told of oneself (a warning's story of others has them).
_TURN = quick(
    r"可是|[,，。]可(?!以|能|爱|口|乐|不是)|但(?!愿)|然而|却|就是|只是|不过|谁知|没想到|"
    r"结果(?!都?(正常|没事|还行))")
# A grievance or a trouble left standing.
_GRIEVANCE = quick(
    r"恶劣|幌子|洗脑|态度[^,，。]{0,2}(差|不好|生硬)|"
    r"差|乱|坑|宰|黑心|贵|多收|不认|不承认|不赔|收费不|违规|违法|非法|擅自|弊|不合理|不公|不科学|不规范|"
    r"欠(?!缺)|拖|扣|"
    r"太(多|重|难|晚|远|少|低|高|慢)|负担|体罚|补课|"
    r"压价|缺斤|短两|滞销|卖不(出去|掉|动)|没人收|赔(本|钱|了)|亏(本|了)|"
    r"排队|等了|停(了|发|办)|谁(来)?管|争议|纠纷|占了|不还|谁承想|坏|漏|堵|塌|裂|断|臭|脏|吵|污染|隐患|危险|"
    r"冒烟|着火")
# A story's good ending: out of hospital, well again, the worry gone, the money back, joy.
_ENDING = quick(
    r"出院了|(就|又|全|都)好了|好多了|好利索了|康复了|痊愈|(很|挺|非常|特别|手术)成功|放心了|松了(一)?口气|"
    r"踏实了|"
    r"(?<!说)没(啥)?(大)?(事|毛病|大碍)了|(检查|结果|指标|化验|片子)[^,，。]{0,6}正常|挺顺|顺顺当当|"
    r"顺利(的|地)?"
    r"(出院|做完|办完|办好|拿到)|清楚多了|能(下地|走路|弯腰|干活|吃饭|上班|上学)了|气色[^,，。]{0,6}好|"
    r"(高兴|开心|乐)(坏|得|了)|跟着高兴|心里(热乎|暖|踏实|美)|(全|都)(发|拿|要|追)(下来|到手|回来)了|"
    r"拿到(了)?手|"
    r"住上(了)?新房|改观|越来越好|比以前(好|强)(多)?了|平安|人好了|看得清(楚)?了|转过来了|接(回|回了)家|"
    r"(很|挺|特别|非常)顺利|良性|控制得(挺|很)?好|长得(挺|很)好|(?<!说)(?<!说是)没(啥)?(大)?(毛病|大碍)|"
    r"报个(平安|喜)|好消息|"
    r"(?<!高)考(上|进)|终于|被评为|评上|出院(那天|回家)|捡了(一)?条命|精神多了|有(了)?回报|有出息|"
    r"(住|做)[^,，。]{0,8}回来了|第[一二三四五六七八九十\d]+名|考过了|第一个月(发)?(的)?工资|学会了|证书下来了|"
    r"录取通知书|铁饭碗|懂事了|夸(他|她)"
)
# A story's closing that tells nothing more: a word to the reader, thanks, a wish.
_CLOSING = quick(
    r"(跟|和|给)(大家|你们|各位|老乡们)(说|讲|分享|报)(一声|一下|个喜)?|分享一下|特地[^,，。]{0,8}(说|谢)|"
    r"(谢谢|感谢|多谢)[^,，。!！]{0,16}|祝[^,，。!！]{0,16}|点(个)?(大大的)?赞|"
    r"(现在|如今)?(每天|天天)[^,，。]{0,10}(溜达|遛弯|跳舞|散步|念叨)[^,，。]{0,8}|"
    r"[^,，。]{0,6}(和气|干净|干干净净|热情|耐心)(的)?"
)
# A question: a story that ended well asks nothing.
_QUESTION = re.compile(r"[?？]|啥[呀啊呢]?$|吗|哪(里|儿|个)?|怎么(办|弄|回事|搞)|咋|(啥|什么)时候|多少")
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
    r"灯展|灯会|庙会|演出|晚会|活动|节(?!假)|展览|比赛|"
    r"阅览室")
_ON_WHEN = quick(
    r"有没有[^,，。]{0,8}(活动|演出|晚会|灯|节|展|比赛|表演)|开放|开门|开馆|开了没|开不开|几点|哪天|几号|"
    r"在哪|什么地方|哪个地方|(要|需要)?预约|免费|收费标准|"
    r"押金|门票|人多不|报名|带什么|年龄限制|周几|什么时候|啥时候")
# A question asked (a statement of a venue's hours is a complaint: 体育馆周末不开门).
_ASKED = re.compile(r"[?？]|吗|么|有没有|[不没](?=[,，。!！]|$)|哪|几点|几号|多少")
# A chat's own words that the grievance cues would misread: 有没有 (is there), 少儿, 跑道, a sport.
VENUE_HARMLESS = re.compile(
    r"有没有|需要(办|带|预约|提前)|少儿|跑道|打(会儿)?(羽毛球|篮球|乒乓球|球|太极)|没事干|不知道")
# Market prices told as they are: the day's prices, or a price that moved.
_PRICE_TALK = quick(
    r"行情|(今天|今年|最近|这两天)[^,，。]{0,6}价(格|钱)?[^,，。]{0,2}(又)?(涨|跌|回落|上来|下来)|"
    r"(收购价|开秤价?|蒜价|田头收购|价格)[^,，。]{0,8}[\d一二两三四五六七八九十]+(块|元|毛)")
_MOVED = re.compile(r"又(?=(涨|跌|回落|上来|下来))")  # a price that moved again is the market's news
# What makes a price a grievance: a fee, a bill, a scale, a label, a price raised, a pitch.
_PRICE_WRONG = quick(
    r"费|租|票|收费|标(的|价|签)|价签|结账|扫码|秤|斤两|缺|短|涨价|多收|乱收|发票|退|保健品|骗|欺诈|传销|"
    r"养生|推销")
# A task for school or a survey, asking only for public facts.
_STUDY = quick(
    r"作业题|作业[:：]|(布置|留)了?[^,，。]{0,10}作业|这是[^,，。]{0,6}作业|问卷|"
    r"(做|写)(个|一个|一篇|一项)?[^,，。]{0,8}(调查|课题|论文)")
# Memories of the old days: 小时候…, 那时候…, 一晃几十年; a present held against them is read on its own.
_PAST = quick(r"^[^,，。]{0,4}(小时候|那时候|那会儿|那些年|当年|想当年|几十年前|以前|记得|想起)")
# A memory's own word that it is one: 一晃几十年, 再也回不去了, 想起来心里….
_NOSTALGIA = quick(r"一晃|回不去|想起来|心里(酸|暖|甜|美)|记得清|那些年|几十年|怀念|真(清|好|香|甜)啊")
# A wrong done, which no memory or tip holds: 不合理, 欠, 骗, 霸占.
_UNJUST = quick(
    r"心(毒|黑)|宰客|黑店|不合理|不公|违规|违法|非法|擅自|弊|欠(?!缺)|拖|扣|坑|骗|乱收|多收|黑心|不认|不还|"
    r"霸占|占了")
# The present a memory holds against the old days: spoilt, not better (现在河里全是化工厂排的黑水).
_SPOILT = quick(r"排|污|黑水|垃圾|化工|厂|全是|成了|没人|不如|变了")
_PRESENT = quick(r"现在|如今|今年|最近|这几天|这两天|到现在|至今|眼下")
# A reply to a chat group: 收到 and the notice quoted.
_GROUP_REPLY = re.compile(
    r"^(好的|已阅)?[,，]?(收到|已收到|收到收到|知道了)[^,，。]{0,8}[,，。!！👍]*.{0,12}[「“【>@(（]|引用")
_QUOTED = re.compile(
    r"「[^」]*」|“[^”]*”|【[^】]*】|[(（][^)）]*[)）]|[>＞]+[^。]*。|@全体[^。]*。|引用[:：][^”」】)）]*")
# A question of general knowledge: 请教…为啥…, 有人知道…吗, 求科普.
_KNOWLEDGE = quick(r"请教(?!育)|求科普|科普一下|^问个问题|有没有懂的|有人知道|有知道的")
# A question of knowledge asks why, not who is to blame: its question words are no plea.
_WHY = re.compile(r"为啥|为什么|是不是|有没有|到底|应该|请教")
# What an office decides: a question of it is a matter for the office, not general knowledge.
_OFFICIAL = quick(
    r"问题|政策|申请|办理|补贴|户口|费|政府|部门|依据|规定|资格|认定|档案|公积金|职称|社保|医保|学位|收费|"
    r"证|手续|可以|能不能|能否")
_OWN_PLACE = quick(r"(俺|我|咱)(们)?(村|家|小区|楼|组|庄|单位|厂|这(里|边|儿))")
# A policy, a plan or news passed on as a paragraph, with the forwarder's own note.
_PASSAGE = quick(r"根据(相关|有关)?规定|《[^》]{2,40}》(提出|规定|明确|指出)|摘录|摘了一段|原文|新闻转发|"
                 r"出台(了)?新政策|看了?新闻|刷到新闻|新闻(上|里)?说|国家(又)?要|看了[^,，。]{0,6}直播")
# A diary of the day: its hours one after another.
_HOURS_OF_DAY = quick(r"早上|上午|中午|下午|晚上|天一亮|天不亮|今天|今儿|下班|收摊|一上午|一下午")
_DIARY_CHARS = 60  # characters: a diary tells a day; a shortage told by the hour is shorter
_STORY_CHARS = 60  # characters: a long story may go on after its good ending; a short one ends there
# The writer's own doing in a matter: what a passage passed on or a memory does not tell.
_OWN_DEED = quick(
    r"(我|俺|咱)(们)?(家)?[^,，。]{0,4}(被|转了|交了|提交|办了|等了|去了|跑了|申请|报案|充了|没见过)")


def _ended_well(text: str) -> bool:
    """A story that tells a good ending and no trouble after it, asking nothing."""
    endings = [match.end() for match in _ENDING.finditer(text)]
    if not endings:
        return False
    clauses = [clause for clause in _SENTENCE.findall(text) if not _CLOSING.fullmatch(clause)]
    if len(text) < _STORY_CHARS:
        clauses = clauses[-2:]
    return any(_ENDING.search(clause) for clause in clauses) and not (
        _TROUBLE_NOW.search(text, endings[-1]) or _QUESTION.search(text))


# A safety tip to everyone, for nowhere in particular: 大家注意，电动车别在楼道里充电.
_TIP_TO = quick(
    r"(大家|各位|大伙|家人们|宝妈们|老人们|乡亲们|老少爷们)[^。]{0,6}(注意|小心|当心|记得|千万|一定)|"
    r"提醒(一下)?(大伙|各位|大家)|共勉|收藏一下|[\u4e00-\u9fff]{1,3}的都注意")
_TIP_DO = quick(r"别|不要|千万|一定要|记得|要[^,，。]{0,4}(开窗|通风|看着|拔|关|戴|洗手)")
_SOMEWHERE = quick(r"村口|路口|村(东|西|南|北)头|那(个|条|座|家)|这(条|座|家)|我们这|俺们这|咱这")


def _tip(text: str) -> bool:
    """A safety tip to everyone for nowhere in particular, of no harm still going on."""
    return bool(_TIP_TO.search(text) and _TIP_DO.search(text)) and not (
        _OWN_PLACE.search(text) or _SOMEWHERE.search(text) or _ONGOING.search(text) or _OWN_LOSS.search(text)
        or _QUESTION.search(text) or _TROUBLE_NOW.search(text) or _UNJUST.search(text))


# A recipe or a home remedy: its steps, or the remedy's promise.
_COOKING = quick(
    r"洗净|晾干|切(成|块|片|丝)|腌|泡(上|在|脚)|煎|炒|蒸|煮|炖|焯|撒(点)?盐|下锅|密封|火候|配方|窍门|做法|"
    r"偏方|比吃药(强|管用)|(喝|熬)[^,，。]{0,6}(汤|茶|水)")


def _recipe(text: str) -> bool:
    return len({match.group() for match in _COOKING.finditer(text)}) >= 3 and not (
        _QUESTION.search(text) or _TROUBLE_NOW.search(text) or _OWN_DEED.search(text))


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
    return bool(_PRICE_TALK.search(text)) and not (_QUESTION.search(text) or _PRICE_WRONG.search(text))


def _memory(text: str) -> bool:
    """The old days told for their own sake: nothing wrong or asked of the present."""
    if not (_PAST.search(text) and (len(text) >= _STORY_CHARS or _NOSTALGIA.search(text))) or (
            _QUESTION.search(text) or _OWN_DEED.search(text)):
        return False
    present = [match.start() for match in _PRESENT.finditer(text)]
    now = text[present[-1]:] if present else ""
    return not (_GRIEVANCE.search(now) or _TURN.search(now) or _TROUBLE_NOW.search(now)
                or _SPOILT.search(now))


def _diary(text: str) -> bool:
    return len(text) >= _DIARY_CHARS and len(set(_HOURS_OF_DAY.findall(text))) >= 3 and not (
        _QUESTION.search(text) or _TROUBLE_NOW.search(text))


def _knowledge(text: str) -> bool:
    return bool(_KNOWLEDGE.search(text)) and not (
        _OWN_PLACE.search(text) or _OWN_DEED.search(text) or _OFFICIAL.search(text))


def _passage(text: str) -> bool:
    """A policy, a plan or news passed on, with nothing of the writer's own in it."""
    return bool(_PASSAGE.search(text)) and not (
        _OWN_PLACE.search(text) or _OWN_DEED.search(text) or _QUESTION.search(text) or _TURN.search(text))


# A story's own words that the trouble cues would misread: joy or fright that 坏 of, an organ, a
# word to the reader (就是跟大家说一声).
_STORY_HARMLESS = re.compile(
    r"(高兴|乐|吓|累|美)坏|心脏|肝脏|内脏|肾脏|脾脏|就是(?=(跟|和|给|想))|坑塘|水坑|又(是|到了)|没坏处|坏处|"
    r"(高兴|激动|乐)得[^,，。]{0,6}睡不着")


def retold(text: str, evidence: float) -> str:
    """The shape of chat normalised `text` is told in ("warning", "outing", "prices", "study",
    "ended", "memory", "diary", "knowledge", "passage", "group", "tip", "recipe"), or "" when it
    has none or holds a plea, a grievance or a trouble left standing (or names a unit's matter as
    strongly as a report, `evidence` of RETOLD_EVIDENCE)."""
    if evidence >= RETOLD_EVIDENCE or (_PLEA.search(text) and not (
            _VENUE.search(text) or _GROUP_REPLY.search(text) or _KNOWLEDGE.search(text))):
        return ""  # a plea no shape's own words mask (cheapest first: most reports ask something)
    if _NEW_MATTER.search(text):
        return ""
    text = _STORY_HARMLESS.sub("", text)
    shapes = (("warning", _passed_on), ("outing", _outing), ("prices", _prices), ("study", _STUDY.search),
              ("ended", _ended_well), ("memory", _memory), ("diary", _diary),
              ("knowledge", _knowledge), ("passage", _passage),
              ("group", _GROUP_REPLY.search), ("tip", _tip), ("recipe", _recipe))
    shape = next((name for name, told in shapes if told(text)), "")
    if not shape:
        return ""
    rest = {"outing": VENUE_HARMLESS.sub("", text), "group": _QUOTED.sub("", text),
            "knowledge": _WHY.sub("", text), "prices": _MOVED.sub("", text)}.get(shape, _TO_ALL.sub("", text))
    if _PLEA.search(rest) or (shape != "tip" and _GRIEVANCE.search(rest)) or (
            shape not in ("warning", "passage", "tip") and _TURN.search(rest)):
        return ""
    if shape in ("group", "passage", "knowledge", "study", "prices") and _TROUBLE_NOW.search(rest):
        return ""  # the notice quoted may say 停水; the writer's own words may not
    return shape
