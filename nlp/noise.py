"""Non-reports, recognised by what they are.

A message is a report unless it is recognisably something else: a greeting, thanks or praise, a
question about the bot or what happens to one's data, small talk, gibberish, or a pasted text — an
advert, a public notice, a recipe, an encyclopedia or news article. A report must practically never
be called noise, so every kind of pasted text gives way to the voice of a report: someone asking,
complaining or saying what happened to them ("我家…", "为什么", "被骗了"). A long angry letter is a
report, whatever it quotes.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

__all__ = ["is_noise", "noise_topic"]

_GREETING = re.compile(
    r"^(你好|您好|你们好|大家好|hello|hi|嗨|哈喽|在吗|在不在|在么|有人吗|有人在吗|有人没|早上好|早安|"
    r"上午好|中午好|下午好|晚上好|晚安|新年好|过年好|节日快乐|新年快乐|春节快乐|中秋快乐|喂|"
    r"(领导|工作人员|同志|师傅|老师|大家|各位)(们)?好?|[啊哦嗯哈呀吧呢])+$"
)
_THANKS = re.compile(r"谢谢|感谢|多谢|谢了|辛苦(了|啦|你们)|点赞|好的|收到|明白了|知道了|ok|okay|👍|🙏")
_PRAISE = re.compile(
    r"点赞|表扬|好评|感谢|谢谢|辛苦|满意|给力|好样的|为(你们|他们|人民|百姓|群众).{0,6}(点赞|服务)|"
    r"效率(很|真|太|非常)?高|(态度|服务)(很|真|特别|非常)?(好|热情|周到)|热情|耐心|负责任|认真负责|"
    r"雷厉风行|实实在在|贴心|暖心|为民|办实事|及时(解决|处理)|当天就|很快就"
)
_RESOLVED = re.compile(
    r"(已经|已)?(解决|修好|处理好|办好|搞定|弄好|恢复|落实|通)了|问题解决|没事了|不用了|"
    r"(水|电|气|暖气)(已经)?(来|通)了"
)
# Small talk that names no problem: weather, jokes, where to eat.
_SMALLTALK = re.compile(
    r"天气|下雨吗|几度|笑话|聊天|唱(首|个)歌|好吃|好喝|好玩|星期几|几号|你喜欢|推荐.{0,4}(饭店|餐馆|美食)|"
    r"祝(你们|您|大家|各位)?.{0,8}(顺利|快乐|健康|平安|如意|愉快)"
)
_META = re.compile(
    r"机器人|真人|人工(客服|服务)?[吗呢?]|你(们)?是(谁|什么|啥)|这个(平台|号|机器人|bot)|"
    r"(能|可以)反映(什么|啥|哪些)|(怎么|咋|如何)(用|使用|反映问题)|多久(能|会)?(有)?(回复|答复|回)|"
    r"几点.{0,6}(没人|下班|上班|处理)|(什么|啥)时候(上班|下班)|怎么联系(你们|人工)|你叫什么|"
    r"(这个|这里|这儿|你们)(能|可以)(投诉|反映|举报|管)(吗|么|啥|什么)|"
    # privacy: what happens to what one tells the bot
    r"隐私|个人信息|(信息|电话|手机号|号码|名字|姓名|身份).{0,6}(泄露|泄漏|保密|公开|告诉)|保密吗|匿名|"
    r"实名|谁(能|会|可以)看到|(能|会)看到(我|俺)?的?(名字|姓名|电话|信息|身份)|(会|能)被.{0,4}知道|"
    r"打击报复|(是|算)官方|正规(的)?吗|靠谱吗|有用吗|管用吗|是(不是)?(政府|官方)(的|办的|开的)?(吗|么)|"
    r"(反映|用这个|这个平台|这个号).{0,6}(要钱|收费|花钱|收钱)|是真的还是|是不是骗(人|子)的"
)
_AD = re.compile(
    r"加(微信|微|v|vx|qq|扣)|微信号|vx|私聊|私信|详谈|日赚|日入|月入|躺赚|低息|无需抵押|无抵押|"
    r"当天放款|秒批|代办|代理记账|兼职|刷单员|招募|优惠|特价|促销|限时|包过|包邮|扫码领|"
    r"免费领取|返利|点击链接|专业(代办|办理|承接)|欢迎(来电|咨询|选购|光临)|联系电话|有意者|"
    r"日结|包吃住|普工|招工启事|联系.{0,3}(经理|老师|主管)|薪资|待遇优厚|火热(招|销售|预订)|"
    r"抢购|开业大吉|盛大开业|全场|折起|买一送一|咨询热线|报名热线|名额有限|先到先得"
)
_NOTICE = re.compile(
    r"特此通知|相互转告|望周知|请周知|请转发|转发给|请扩散|扩散出去|转给身边|敬请谅解|给您带来不便|"
    r"温馨提示|特此公告|特此告知|^【?(通知|公告|通告|告知书|紧急通知|停水通知|停电通知)|"
    r"各位(居民|业主|村民|家长|市民)|广大(市民|群众|居民|村民)|请(各位|大家|广大)"
)
_RECIPE = re.compile(
    r"做法|食材|配料|主料|辅料|调料|少许|适量|翻炒|下锅|出锅|焯水|爆香|腌制|小火|大火收汁|炖|蒸|"
    r"生抽|老抽|料酒|葱姜蒜|\d+克|勺|淀粉|勾芡|装盘|即可"
)
_ARTICLE = re.compile(
    r"是.{1,12}的一种|属于.{1,8}(科|属|类)|又称|别名|学名|原产|始建于|富含|具有.{1,10}(作用|功效)|"
    r"主要分布|被誉为|是指|指的是|简称|全称|位于.{1,10}(省|市|县|东|西|南|北|部)|面积.{0,4}平方公里|"
    r"记者|据悉|据了解|近日|日前|本报讯|新华社|报道|会议(指出|强调|要求)|强调|指出|要求各|扎实推进|"
    r"切实|全面落实|贯彻|部署|推进会|座谈会|调研|一行|召开|举行|为进一步|取得.{0,4}成效|有效提升"
)
# The voice of a report: someone saying what happened to them, asking or complaining.
_VOICE = re.compile(
    r"我|俺|咱|本人|我们|我家|被骗|骗了|诈骗|上当|报警|举报|投诉|反映|受骗|骗子|被坑|咋办|怎么办|"
    r"退钱|维权|为什么|为啥|凭什么|怎么回事|能不能|能否|可不可以|请问|求助|帮帮|到底|谁管|没人管|"
    r"无人管|不管|不作为|推诿|迟迟|至今|严重|强烈|请求|恳请|(请|希望|望)(有关|相关|政府|领导)|尽快|吗|呢|"
    r"[?？]"
)
_CONTACT = re.compile(r"\d{7,}|\d{3}x{2,}|微信|vx|qq|电话|联系")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTENT = re.compile(r"[\u4e00-\u9fffa-z0-9]")
_REPEATS = re.compile(r"(.)\1{2,}")
_LAUGHTER = re.compile(r"^([哈嘿呵嘻哦嗯啊呀噢哇呜额呃恩唉]|[0-9]|hh|lol)+$")
_SHORT = 60  # characters of content: greetings, thanks and small talk are shorter than this


def _distinct(pattern: re.Pattern[str], text: str) -> int:
    """How many different phrases of the pattern occur in the text."""
    return len({match.group() for match in pattern.finditer(text)})


def _strip_noise(text: str) -> str:
    """Remove repeated characters and non-content, leaving what could carry a request."""
    return "".join(_CONTENT.findall(_REPEATS.sub(r"\1", text)))


def _pasted(text: str) -> bool:
    """A pasted text (advert, notice, recipe, article) with no report voice of its own."""
    if _VOICE.search(text):
        return False
    adverts = _distinct(_AD, text)
    return bool(
        (adverts >= 2 or (adverts and _CONTACT.search(text)))
        or _NOTICE.search(text)
        or _distinct(_RECIPE, text) >= 3
        or _distinct(_ARTICLE, text) >= 2
    )


def _praise(text: str) -> bool:
    """Thanks or praise with no complaint or request in it."""
    if not _PRAISE.search(text):
        return False
    complaint = re.search(r"但(是)?|可是|不过|然而|却|还(是)?没|仍然|依然|至今|到现在|一直没", text)
    return not complaint and not re.search(r"[?？]|为什么|怎么|能不能|请|希望|建议|要求", text)


def is_noise(text: str, evidence: float) -> bool:
    """True when normalised text is not a problem report.

    `evidence` is the keyword score of the message: a message with strong unit keywords is a
    report even when it starts with a greeting or a thank-you.
    """
    content = _strip_noise(text)
    if not _CJK.search(content) or _LAUGHTER.match(content):
        # Emoji, punctuation, digits, keyboard mashing, laughter, English: nothing to act on.
        return True
    if _pasted(text):
        return True
    short = len(content) <= _SHORT
    if short and evidence < 1.0 and (_GREETING.match(content) or _SMALLTALK.search(text)):
        return True
    if short and evidence < 2.0 and _META.search(text):
        return True
    # Praise throughout: short, or a long letter that keeps praising and names no problem.
    praise = _praise(text) and (
        (short and evidence < 2.0) or (_distinct(_PRAISE, text) >= 2 and evidence < 4.0)
    )
    thanks = short and bool(_THANKS.search(text)) and (
        bool(_RESOLVED.search(text)) or (len(content) <= 8 and evidence < 3.0)
    )
    if praise or thanks:
        return True
    # Anything else is a report, to a unit or (with no keyword) to the hotline.
    return len(content) <= 1


def noise_topic(text: str) -> str:
    """Which helpful answer a non-report deserves: "thanks", "meta", "greeting", or "" (other).

    Only asked about messages `is_noise` already called noise; normalised text, as there.
    """
    if _THANKS.search(text) or _RESOLVED.search(text) or _praise(text):
        return "thanks"
    if _META.search(text):
        return "meta"
    if _GREETING.match(_strip_noise(text)):
        return "greeting"
    return ""
