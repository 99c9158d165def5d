"""Non-reports, recognised by what they are.

A message is a report unless it is recognisably something else: a greeting, thanks or praise, a
question about the bot or what happens to one's data, a test, small talk, gibberish, or a pasted
text — an advert, a public notice or announcement, a recipe, an encyclopedia or news article. A
report must practically never be called noise, so every kind gives way to the voice of a report:
someone complaining or asking about a problem ("我家…", "可是…", "为什么"), and a long angry
letter is a report whatever it quotes.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.chat import for_someone_else
from nlp.english import general_question, is_nonreport, social_topic
from nlp.english import told as english_told
from nlp.idle import ASK, idle
from nlp.noise_service import META, PRIVACY
from nlp.nonreport_asked import plain_question
from nlp.nonreport_curious import curious, homework_help, market_talk, weather_talk
from nlp.nonreport_forms import genre
from nlp.nonreport_story import retold_story
from nlp.nonreport_told import told_after
from nlp.pasted import NEW_MATTER, TROUBLE, distinct, is_pasted
from nlp.prose import DELIGHT, song
from nlp.regex import quick
from nlp.thanked import matter_after_thanks
from nlp.untroubled import help_given, says_trouble, turned, untroubled

__all__ = ["after_greeting", "is_noise", "is_pasted", "noise_topic"]  # is_pasted: from nlp.pasted

_FILLER = r"[啊哦嗯哈呀吧呢啦嘛哟噢好~～\s]"
_GREETING = re.compile(
    r"^(你好|您好|你们好|大家好|hello|hi|嗨|哈喽|在吗|在不在|在么|在没|有人吗|有人在吗|有人没|有人值班吗|"
    r"有人在线吗|早上好|早安|早|上午好|中午好|下午好|晚上好|晚安|新年好|过年好|节日快乐|新年快乐|春节快乐|"
    r"中秋快乐|喂|打扰了|打扰一下|冒昧打扰|小助手|助手|机器人|客服|好嘞|好滴|好吧|嗯呢|哦哦|了解|行|"
    r"请问|问一下|咨询一下|测试|小[\u4e00-\u9fff]|我是新来的|新来的|初来乍到|请多(多)?关照|多多关照|"
    r"[\u4e00-\u9fff]{1,3}节快乐|节日好|新春快乐|恭喜发财|万事如意|身体健康|阖家幸福|加油|"
    r"(领导|工作人员|同志|师傅|老师|大家|各位|书记|县长|局长)(们)?(您|你)?好?|[\u4e00-\u9fff]{1,3}(你|您)(们)?好|"
    r"再见|拜拜|回头见|明天见|晚安|下次(再)?聊|先这样|有没有人|回(个|句)话|吱(个|一)声|呗|" + _FILLER + r")+$"
)
_THANKS = re.compile(
    r"谢谢|感谢|多谢|谢了|辛苦(了|啦|你们)|点赞|好的|收到|(明白|知道|了解|懂)(了|啦|喽|咯)|ok|okay|👍|🙏"
)
_PRAISE = re.compile(
    r"点赞|点个赞|表扬|好评|感谢|谢谢|辛苦|(?<!不)满意|给力|好样的|称赞|赞扬|致敬|锦旗|为(你们|他们|人民|百姓|群众)"
    r".{0,6}(点赞|服务)|效率(很|真|太|非常)?高|(态度|服务)(很|真|特别|非常|越来越)?(好|热情|周到)|热情|"
    r"耐心|(?<!不)负责任|(太|很|特别|非常)负责|认真|雷厉风行|实实在在|贴心|暖心|为民|办实事|及时(解决|处理)|"
    r"当天就|很快就|越来越好|办事(很|真|特别)?快|冒着.{0,4}(雨|雪|严寒|酷暑)|"
    r"是(个|一个|一位|位)好(干部|书记|医生|大夫|老师|警察|同志|官|领导|人)|为(老百姓|群众|百姓|村民|大家)(着想|办事|操心)|"
    r"好(干部|书记|医生|大夫|老师|警察|同志)|医术高明|像(亲人|家人|自家人)一样|尽职尽责|兢兢业业|全心全意|"
    r"(真|很|挺|太|特别|可)(方便|顺利|省事|省心)"
)
_TROUBLE_NOW = quick(TROUBLE)
_COMPLAINT = quick(
    TROUBLE + r"|到现在|怎么|咋(?!样)|为啥|为何|凭啥|"
    r"能不能|请|希望|建议|要求|(?<!没)有问题|出问题|问题(还|没|依然)|不负责|"
    r"[?？]|吗|多少|"
    r"是否|会不会|何时|想问|问(一)?下|麻烦(你们|您|帮|给|尽快|赶紧|再|一下|处理|解决|看看|催)|尽快|赶紧|快点|帮(忙|一下)|帮帮|帮(我|俺)(们)?(看|查|催|问|处理|解决|反映)|"
    r"给(看看|处理|解决|修)|(想|出)(想|个)?(办法|法子|辙|主意)|停了|断了|没来"
)
_RESOLVED = re.compile(
    r"(已经|已)?(解决|修好|处理好|办好|搞定|弄好|恢复|落实|通)了|问题解决|没事了|不用了|没(有)?(问题|别的事|事)了|"
    r"(水|电|气|暖气)(已经)?(来|通)了|(说|谈)开了|和好了|不用(你们)?(管|处理)了|"
    r"(已经|已)(填|补|修|换|装|接|清|拉|挪|搬|铺)(上|好|平|走|完|干净)了"
)
_NEW_MATTER = re.compile(NEW_MATTER)  # another matter after thanks: 另外…, 我再补充一句…
# Taking a report back: 不用你们管了, 怎么撤回.
_WITHDRAW = re.compile(r"撤回|撤销|取消|不用(你们)?(管|处理)了")
# A letter of thanks: its header or closing, whatever help it tells of.
_THANKS_LETTER = re.compile(
    r"感谢信|表扬信|(表示|致以).{0,6}(感谢|谢意|敬意)|万分感谢|衷心感谢|说声谢谢|锦旗|聊表|大恩|点个.{0,4}赞|"
    r"表扬表扬|特地来说|特向|千言万语|好人一生平安|写此信|(谢谢|感谢)你们|(祝|祝愿)(你们|各位|大家).{0,8}(顺利|健康|快乐)"
)
# What makes a message about a problem, whatever its words for the matter: something wrong,
# missing, unfair, dangerous or asked about. A short message with no unit keyword and none of
# this is not a report.
_PROBLEM = re.compile(
    r"违规|违法|违纪|非法|黑(平台|心|店)|坑|骗|霸占|强制|强行|乱|差|烂|破|危|险|害|毒|污|脏|臭|吵|噪|堵|漏|断|裂|塌|坍|"
    r"故障|缺陷|损失|赔|欠|拖|扣|罚|贵|涨|收费|收钱|要钱|负担|不公|不合理|不兑现|不作为|不管|无人管|没人管|管管|"
    r"没(有)?(人|书|钱|水|电|路|地方|保障|着落|下文|结果|回音)|无门|无法|不能|不让|不准|不给|不到|不了|不够|"
    r"咨询|疑问|疑惑|质疑|问题|求助|求救|呼声|心声|诉求|投诉|举报|反映|盼|望|请|求|急|迫切|亟|需要|希望|建议|"
    r"应(该|当)?|要求|呼吁|拯救|还(我|给|.{1,12}(一个|一片))|为何|为什么|为啥|怎么|咋|何时|什么时候|能否|能不能|"
    r"是否|吗|呢|[?？!！]|哭|苦|惨|难|累|心寒|寒心|失望|无语|气愤|愤怒|可怜|太|竟|居然|到底|"
    r"泛滥|搞|占|拆|偷|抢|打|砍|伤|死|病|丢|跑路|失踪|老赖|猫腻|真相|黑幕|内幕|敛财|受贿|贪|腐|"
    r"还在|仍(然|未)|迟迟|至今|一直|总是|老是|经常|天天|每天|多次|闲置|未动工|没书读|"
    r"补贴|补助|待遇|工资|保险|低保|政策|手续|办理|申请|审批|证|费|价格|价钱|隐患|超标|影响|恶劣|整顿|假|不满|"
    r"不通|无路|欺|损|兜售|环境|开发|保护|造地|围|两卖|致.{0,12}(信|书)|说法|公道|必须|规范|面临|只有|没有|元|"
    r"建言|献策|思考|拉票|贿选|买票|(选举|选村委|换届|投票)[^。]{0,12}(送|给|发)(钱|米|面|油|礼|东西)|"
    r"[一几两三四五六七八九十\d]+(个)?多?(天|个月|月|年|周|星期|礼拜)(了|没|还)|"
    # something that fails, wears or hurts, told by what it does: 一到晚上就灭, 拽不下来, 上吐下泻
    r"一[^,，。!！?？]{1,5}就(?!(好|会|能|行|可以))|[吃穿睡喝用住看上买交读念]不(饱|暖|起|上|着)|[^\s]不(下来|出来|上来|起来|过来|进去|出去|动|开|住)|灭|熄|黑了|"
    r"(磨|烧|压|冻|泡|撞|砸|刮|挤|咬|烫)(破|坏|烂|断|白|裂|塌|倒|伤|死|穿|肿)|粘住|卡住|夹住|困住|"
    r"吐|泻|晕|昏|疼|痛|肿|抖|抽搐|倒(了|地|在)|全靠|只能|(啥|什么)操作|"
    # sparks or smoke, too few for too many, a discomfort endured, a long way to go, a bill over a
    # period, one person's tool reused on the next: 火花直冒, 就两张床, 冻得慌, 十几里外, 上个月花了四百多
    r"火花|火星|冒(烟|火|黑烟|白烟)|(就|才|只)[一两三四五六七八九十几\d]+(个|张|间|台|辆|口|名|位|把|座|趟|班)|"
    r"[\u4e00-\u9fff]得慌|[冻热饿渴憋挤呛熏晒]得(要命|不行|难受|受不了|睡不着)|"
    r"[一二两三四五六七八九十几百\d]+(多)?里(地|路|外)|"
    r"(一个月|上个月|这个月|每个?月|一年|每年)[^,，。]{0,4}(花|交|用|缴)了?[一二两三四五六七八九十几百千\d]+|"
    r"给下一个|重复(使用|用)|反复(使用|用)|"
    # harm done by someone, told by what they did: 叫人拉走了二十多袋, 被人哄着买…, 锁子剪开, money
    # gone: 前后转出去三千多
    r"(被|叫|让)(人|人家|贼|小偷|骗子)[^,，。]{0,6}(走|了|着|去)|撬|(剪|砸|割)开|"
    r"转(出去|进去|过去|走)了?[一二两三四五六七八九十几百千万\d]+|"
    # something taken, someone gone: 把金镯子拿走了, 人也联系不上了
    r"(拿|卷|顺|骗|借|偷)走|联系不上|找不(到|着)人|"
    # a thing that works feebly or smells wrong, told by the sense: 灯跟鬼火一样暗, 转得慢悠悠, 水一股药味
    r"(灯|灯光|灯泡|光)[^,，。!！?？]{0,10}暗|鬼火|慢悠悠|慢吞吞|有气无力|"
    r"(药|怪|异|腥|馊|霉|糊|骚|漂白粉|消毒水|铁锈|锈|土腥|汽油|柴油|煤气|农药|化肥)味|"
    # a public thing worn out, told in a line: 那个桥该修了, 村口的喇叭坏了 (not 乐坏了, 累坏了)
    r"(?<![乐笑累饿馋美急气吓想])坏(了|掉|啦)|该(修|换|整修|维修|清理|管管)(了|啦)?"
)
# A structure giving way, told by what it does: 树歪了, 根都翘起来了, 嘎吱响 (a windy day's small
# talk names 刮风 too, so this is read before small talk is).
_GIVING_WAY = re.compile(r"歪了|倾斜|翘(起|了)|嘎吱|吱呀|摇摇欲坠|(要|快)(倒|塌)了?")
# A suggestion to improve the service itself (a feature, a button) told with the need behind it:
# the county counts it a report to the hotline; a question how to use the service stays noise.
_SERVICE_WISH = re.compile(
    r"(希望|建议|能不能|能否|可不可以|可否|最好)[^,，。!！?？]{0,12}(加|增加|添加|增设|开通|设)(个|一个|上)?"
    r"[^,，。!！?？]{0,10}(功能|按钮|按键|入口|选项)")
_NEED = re.compile(
    r"(俺|我|咱)(们)?[^,，。!！?？]{0,8}(不会|不识字|看不清|不知道(找谁|怎么办)|找不到)|(上回|上次|那回)[^,，。]{0,10}(摔|病|晕|出事)")
# A matter reported as done that was not: 说是办结了，其实一点没动; pressed for a good rating.
_NOT_DONE = re.compile(
    r"(说是|显示|回复|写着|号称)(已经?)?(办结|结案|处理|解决|修好|完成)了?[,，]?[^。!！?？]{0,4}"
    r"(其实|实际(上)?|根本|压根|可是|但是?)|"
    r"一点(都|也)?没(动|修|管|变)|让(我|俺)(给|打)(个)?(满意|好评)")
# Small talk that names no problem: weather, food, wishes, jokes.
_SMALLTALK = quick(
    r"天气|下雨吗|几度|笑话|聊天|聊聊|唱(首|个)歌|好吃|好喝|好玩|星期几|几号|你喜欢|推荐.{0,4}(饭店|餐馆|美食)|"
    r"祝(你们|您|大家|各位|天下)?.{0,14}(顺利|快乐|健康|平安|如意|愉快|长寿|美满|团圆|幸福|吉祥)|吃(啥|什么)(好)?|无聊|心情|"
    r"几点了|睡不着觉?$|下雪|刮风|气温|热不热|冷不冷|我爱|可爱|(?<![得的])厉害|真棒|真聪明|在干嘛|吃(过|了)(饭)?(了)?(吗|没)|睡了吗|元气|(美好|新|愉快)的一天|"
    r"写(一)?(首|个|篇)|讲(个|一个)(故事|笑话)|汤圆|饺子|月饼|粽子|休息吧|早点睡|早点休息|你好坏|你真好|"
    r"(这么|真|好|太)(冷|热|闷)(啊|呀|了)|穿上(棉袄|棉衣|羽绒服|秋裤|短袖)|不顺心|烦死了|心烦|烦躁|郁闷|闹心|心累|"
    r"天(真|好|很)?蓝|天气(真|不错|挺)|太阳(真|可真)?好|(热|冷)得|红包|"
    r"雨下得|下(了)?(场|点)?(大|小)?雨了|好雨|笑死|哈哈|(周末|假期|节日|生活|工作)(愉快|快乐|开心)|门票|景点|好玩|减肥|"
    r"多少钱一斤|到.{1,6}(坐车|开车|打车)(要)?多久|到.{1,6}多远|"
    r"拜(个)?(早|晚)?年|(喝|吃)喜酒|吃席|坐席|(有|下)(没有|不)?(雨|雪)(吗|么|没|不)|"
    r"(咋|怎么|如何)(做|熬|炖|炒|腌|蒸|煮|烙)[^,，。]{0,4}(好吃|不膻|不腥|入味|才香|好喝)|"
    r"好日子|开心|高兴|(在)?忙(啥|什么)|干(啥|嘛|什么)呢|真(热闹|好看|漂亮|美)|人(可)?真多|(好|真|太)(冷|热|闷)(啊|呀|了)|闲着没事|没事(来|过来)?(看看|逛逛|转转)|随便(看看|问问)|你猜|猜猜"
)
_TEST = re.compile(
    r"^(我是)?(来)?(测试|测试一下|试试|试一下|试一试|test|测一下|看看)(的|下|看)?"
    r"([0-9a-z]|test|" + _FILLER + r")*$|"
    r"^(试|测)(一下|试|一试)?.{0,6}(能不能|能否|可不可以|是否)(发|收|用).{0,4}$|"
    r"^(测试|试试|test)+.{0,8}(收到|回复|看到).{0,4}$"
)
# Why one asks to speak rather than type: not a trouble to report.
_TYPING = re.compile(r"打字(太|很|比较|有点)?慢|不会打字|打字(太)?(累|费劲)")
# A message sent by mistake: 发错了, 刚才那条是孙子乱按的.
_SLIP = re.compile(r"(发|打|写|说|输|按|点)错|乱(按|点|发|打)(的|了)|不小心(发|按|点)|请忽略")
# A question taken back as a joke at its end: 能帮忙订火车票吗？开玩笑的哈哈.
_JOKING = re.compile(r"(开(个)?玩笑|逗你(玩)?|说着玩)(的|呢|啦|而已)?[哈嘿呵]*$")
# Saying there is nothing to report: 没有要反映的事情, 俺没啥事要反映, 等有事了再来找你们.
_NOTHING = re.compile(
    r"没(有)?(啥|什么)?(要|需要)?(反映|投诉|举报)的(事|问题)|没(有)?(啥|什么)(要|需要)?(反映|投诉|举报)的|没有具体(的)?(问题|事)|"
    r"没(有)?(啥|什么)(事|事情|问题)(要|需要)(反映|投诉|举报)|"
    r"等有事(了|的时候)?再(来)?(找|问|说|反映)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Words typed in pinyin, then where (ranqi lou le … 俺家在…街道): someone who could not type
# the characters tells of a matter at their place, for a person to read.
_PINYIN_THEN_PLACE = re.compile(r"\b[a-z]{2,6}( [a-z]{1,6}){4,}\b.*(家|村|街|路|小区|镇|楼)")
_CONTENT = re.compile(r"[\u4e00-\u9fffa-z0-9]")
_REPEATS = re.compile(r"(.)\1{2,}")
_LAUGHTER = re.compile(r"^([哈嘿呵嘻哦嗯啊呀噢哇呜额呃恩唉]|[0-9]|hh|lol)+$")
_VERSE_MATTER = 3.0  # keyword evidence: a verse with this much is about a unit's matter
# Doggerel about a wrong done by those in office is a report whatever its words: votes bought
# (一张选票二百元), the elected never seen again (选上以后不露面).
_OFFICE_WRONG = re.compile(
    r"选票[^,，。]{0,4}[一二两三四五六七八九十百千\d]+(元|块)|[一二两三四五六七八九十百千\d]+(元|块)(钱)?(买)?一(张)?票|"
    r"(选上|当选|上任|当上)(了|以后|之后)?[^,，。]{0,3}(不露面|不见人|找不(见|着)|不管事)")
_SHORT = 60  # characters of content: greetings, thanks and small talk are shorter than this
_BARE = 40  # characters of content: a remark naming no unit and no problem is shorter
_ASIDE = 25  # characters of content: a remark to the bot itself is shorter than this
_ADDRESSEE = re.compile(
    r"你(?!好|们好|们村|家)|这个(平台|号|程序|机器人|公众号)|这里|这儿|留言|消息|反映问题|我(提供|发|说)的"
)


_OPENING = re.compile(r"^[^,，。!！?？~～\s]{1,12}[,，。!！?？~～\s]+")


def after_greeting(text: str) -> str:
    """What follows a greeting that opens normalised text (早上好，今天的水怎么是黄的), else ""."""
    opening = _OPENING.match(text)
    if opening is None or not _GREETING.match(_strip_noise(opening.group())):
        return ""
    return text[opening.end():] if _CJK.search(text, opening.end()) else ""


def _strip_noise(text: str) -> str:
    """Remove repeated characters and non-content, leaving what could carry a request."""
    return "".join(_CONTENT.findall(_REPEATS.sub(r"\1", text)))


# Thanks that close a plea (…一年也没开张，盼早日开张，谢谢！): a few words, and all the praise there is.
_CLOSING = re.compile(r"(谢谢|感谢|多谢|辛苦)[^,，。!！?？]{0,10}[,，。!！~～\s]*$")


def _plea_thanked(text: str) -> bool:
    """A plea closed with thanks: the praise is only the closing, and what comes before it tells
    of something wrong and not put right."""
    closing = _CLOSING.search(text)
    if not closing or any(match.start() < closing.start() for match in _PRAISE.finditer(text)):
        return False
    body = text[:closing.start()]
    return bool(_PROBLEM.search(body)) and not _RESOLVED.search(body)


def _praise(text: str) -> bool:
    """Thanks or praise with no complaint or request in it."""
    return bool(_PRAISE.search(text)) and not (_COMPLAINT.search(text) or _plea_thanked(text) or turned(text))


def _settled(text: str) -> bool:
    """Whatever went wrong is past: the last trouble comes before the last 修好了 or help given."""
    troubles = [match.end() for match in _TROUBLE_NOW.finditer(text)]
    resolved = [match.start() for match in _RESOLVED.finditer(text)] + help_given(text)
    return not troubles or bool(resolved and max(troubles) <= max(resolved))


# A letter's closing wish, and what would say its trouble is not over.
_WISH_CLOSE = re.compile(r"祝(你们|您|各位|大家)[^。!！]{0,12}(快乐|顺利|健康|平安|如意|吉祥)[。!！]*$")
_STILL = re.compile(r"还(是)?没|仍|依然|至今|但(是)?|可是|不过|却|再次")


def _turns_to_new(text: str) -> bool:
    """Another matter after thanks: 另外…, 就是想说… followed by something wrong or asked (a
    letter's 俺就是想说，现在的政府… only goes on praising)."""
    return any(not match.group().startswith(("就是", "想说")) or _TROUBLE_NOW.search(text, match.end())
               or ASK.search(text, match.end()) for match in _NEW_MATTER.finditer(text))


def _thanks_letter(text: str) -> bool:
    """A letter of thanks: it says so and asks for nothing new (its story may tell of a trouble
    that has since been put right, or of 帮忙 once; a letter that closes with a wish tells its
    trouble as the occasion of the help)."""
    over = _settled(text) or bool(_WISH_CLOSE.search(text) and not _STILL.search(text))
    if not _THANKS_LETTER.search(text) or not over or _turns_to_new(text):
        return False
    return _praise(text) or not ASK.search(text)


_CONTRAST = {"但", "但是", "不过", "却"}  # a turn in a story, not a trouble by itself


def _delight(text: str, short: bool, evidence: float) -> bool:
    """A pleasant day, view or change told for its own sake (an outing, a new square, pride in
    the county), with nothing wrong or asked in it: a short one names little of any unit's
    matter (新修的路真好看，才半年就… is a road's), a long one no problem at all."""
    if distinct(DELIGHT, text) < (2 if short else 3) or ASK.search(text):
        return False
    if evidence >= 2.0 if short else bool(_PROBLEM.search(text)):
        return False
    return all(match.group() in _CONTRAST for match in _COMPLAINT.finditer(text))


_LINES = re.compile(r"[^,，。!！?？;；\s\"“”]+")


def _verse(text: str) -> bool:
    """Regular verse: a song (nlp.prose) of 4+ near-equal lines of 5+ characters (an advert's vary)."""
    sizes = [len(line) for line in _LINES.findall(text)]
    return len(sizes) >= 4 and min(sizes) >= 5 and max(sizes) - min(sizes) <= 1 and song(text)

# A wish in praise asks nothing to be done: 希望领导能看到, 希望领导给他们记一功, 希望家乡越来越好.
_PRAISE_WISH = re.compile(
    r"希望(领导|上级|大家|组织)(能|都)?看到|"
    r"希望[^,，。!！?？]{0,10}(给|对)?(他们|她们|她|他|这些|这位|这几位)[^,，。!！?？]{0,8}(记(一|个)?功|表扬|嘉奖|奖励|评(优|先))|"
    r"希望[^,，。!！?？]{0,14}(保持|继续|发扬|坚持)下去|希望[^,，。!！?？]{0,8}越来越(好|美|强|兴旺|红火)"
)
# Asking whether the bot is the same service as a hotline (跟12345是一回事吗, 和市长热线是一个吗).
_SAME_SERVICE = re.compile(
    r"(和|跟|与)[^,，。]{0,8}(12345|热线)[^,，。]{0,4}(是一回事|是一个|是一家|一样|有什么区别|(有)?(啥|什么)(关系|区别|不一样))")
_TEST_LONG = re.compile(r"^(测试|test)")  # a long test: 测试测试，这是一条测试消息… 请不用理会
_TEST_SAYS = re.compile(r"测试(消息|完毕)|不用理会|请忽略|收到请回答")


def is_noise(text: str, evidence: float) -> bool:
    """True when normalised text is not a problem report.

    `evidence` is the keyword score of the message: a message with strong unit keywords is a
    report even when it starts with a greeting, unless it is praise or a pasted text.
    """
    text = _PRAISE_WISH.sub("", text)
    content = _strip_noise(text)
    if not _CJK.search(content.replace("金来办", "")):  # English, gibberish or emoji (qwe dsfsd),
        # maybe naming the service (is this 金来办?), or a film retold (nlp.nonreport_story); a
        # greeting may open a report (nlp.nonreport_told)
        return bool(is_nonreport(_CJK.sub("", text)) or retold_story(text)) and not told_after(text)
    if _LAUGHTER.match(content) or _TEST.match(content) or (
            evidence < 1.0 and _GREETING.match("".join(_CJK.findall(content)))):
        # Emoji, punctuation, digits, keyboard mashing (qwe 请问 dsfsd 哈哈), laughter, a test:
        # nothing to act on.
        return True
    # A verse that names a unit's matter strongly is doggerel about it (东边厂子冒黄烟…), which
    # the rest decides; a poem or a song names little of any.
    matter = evidence >= _VERSE_MATTER or bool(_OFFICE_WRONG.search(text))
    if (is_pasted(text) and not (matter and _verse(text))) or for_someone_else(text):
        return True
    if (_SERVICE_WISH.search(text) and _NEED.search(text)) or _NOT_DONE.search(text) or (
            _PROBLEM.search(matter_after_thanks(text))):
        return False  # a suggestion for the service with a need, a matter closed but not done
    short = len(content) <= _SHORT
    smalltalk = bool(_SMALLTALK.search(text))
    if short and (_GREETING.match(content) or smalltalk) and not (
        _TROUBLE_NOW.search(text) or _NEW_MATTER.search(text) or _GIVING_WAY.search(text)
        or _OFFICE_WRONG.search(text)) and (
        evidence < 1.0 or (smalltalk and evidence < 2.0 and not _PROBLEM.search(text))
    ):
        return True  # small talk may name a unit's word (庄稼, 门票) with no problem in it
    if len(content) <= _ASIDE and evidence < 1.0 and _SLIP.search(text):
        return True
    told = _NOTHING.sub("", text)  # what else it says: 要反映 there is no new matter
    if (told != text or (short and _JOKING.search(content))) and not (
            _TROUBLE_NOW.search(told) or _NEW_MATTER.search(told)):
        return True  # the writer says it is no report, or takes the question back as a joke
    calm = not _TROUBLE_NOW.search(_TYPING.sub("", text).replace("打击报复", ""))
    # Questions about the service itself (hours, privacy, how it works): META is a long list,
    # read only where nothing is wrong.
    about_bot = distinct(META, text) if calm else 0
    if short and about_bot and (evidence < 2.0 or (calm and _SAME_SERVICE.search(text))):
        return True  # asking whether this is the 12345 hotline: its name is no unit's matter
    if len(content) <= _ASIDE and evidence < 1.0 and _ADDRESSEE.search(text) and not (
        _TROUBLE_NOW.search(text)
    ):
        return True  # a few words to the bot itself ("你多大了", "你们能看到吗")
    # Praise throughout: short, a longer text that keeps praising, or a letter of thanks.
    if _praise(text) and (short or distinct(_PRAISE, text) >= 3) and not _NEW_MATTER.search(text):
        return True
    if _thanks_letter(text) or _delight(text, short, evidence) or untroubled(text, evidence, ASK.search):
        return True  # a chat naming a unit's matter with nothing wrong in it (nlp.untroubled)
    # Forms with nothing to act on: homework, a rumour asked about, a lament, a prose poem, a test.
    if idle(text, evidence) or (
            _TEST_LONG.match(content) and _TEST_SAYS.search(text) and not _TROUBLE_NOW.search(text)):
        return True
    if about_bot >= 3 or (about_bot == 2 and evidence < 2.0):
        return True  # several questions about the service and nothing wrong
    if _WITHDRAW.search(text) and _RESOLVED.search(text) and not (
        _TROUBLE_NOW.search(text) or _NEW_MATTER.search(text)
    ):
        return True  # the matter settled, the report taken back
    if short and evidence < 2.0 and _RESOLVED.search(text) and not _COMPLAINT.search(text):
        return True  # the problem is solved: nothing left to do
    thanks = short and bool(_THANKS.search(text)) and not (
        _TROUBLE_NOW.search(text) or ASK.search(text) or _NEW_MATTER.search(text)
    ) and (
        bool(_RESOLVED.search(text)) or (len(content) <= 8 and evidence < 3.0)
    )
    if len(content) <= _BARE and evidence <= 0 and not (
            _PROBLEM.search(text) or _COMPLAINT.search(text)
            or english_told(text) or _PINYIN_THEN_PLACE.search(text)):
        return True  # a few words with no unit keyword and no problem in them
    asked = plain_question(text, evidence)
    if asked is not None and not (
            _PROBLEM.search(asked) or _TROUBLE_NOW.search(asked) or says_trouble(asked)):
        return True  # a question of general knowledge, nothing wrong told (nlp.nonreport_asked)
    if curious(text, evidence) or market_talk(text) or homework_help(text) or weather_talk(text, evidence):
        return True  # a kind of thing asked about, shares, homework, the weather (nlp.nonreport_curious)
    # Anything else is a report, to a unit or (with no keyword) to the hotline, unless it is of
    # a genre no report is (a list, a score, a law quoted, a caption: nlp.nonreport_forms).
    return thanks or len(content) <= 1 or bool(genre(text))


def noise_topic(text: str) -> str:
    """Which helpful answer a non-report deserves: "language" (whether it reads English),
    "thanks", "privacy", "meta", "greeting", "question" (a question of general knowledge,
    nlp.nonreport_asked), or "" (other).

    Only asked about messages `is_noise` already called noise; normalised text, as there.
    """
    social = social_topic(text)  # do you speak English? (before the rest: yes), thx
    if social == "language":
        return social
    if _THANKS.search(text) or _RESOLVED.search(text) or _praise(text) or social == "thanks":
        return "thanks"
    if PRIVACY.search(text):
        return "privacy"
    if META.search(text) or _TEST.match(_strip_noise(text)):
        return "meta"
    if _GREETING.match(_strip_noise(text)):
        return "greeting"
    if plain_question(text, 0.0) is not None or general_question(text) or curious(text, 0.0):
        return "question"
    return ""
