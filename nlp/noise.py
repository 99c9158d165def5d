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

__all__ = ["is_noise", "is_pasted", "noise_topic"]

_FILLER = r"[啊哦嗯哈呀吧呢啦嘛哟噢好~～\s]"
_GREETING = re.compile(
    r"^(你好|您好|你们好|大家好|hello|hi|嗨|哈喽|在吗|在不在|在么|在没|有人吗|有人在吗|有人没|有人值班吗|"
    r"有人在线吗|早上好|早安|早|上午好|中午好|下午好|晚上好|晚安|新年好|过年好|节日快乐|新年快乐|春节快乐|"
    r"中秋快乐|喂|打扰了|打扰一下|冒昧打扰|小助手|助手|机器人|客服|好嘞|好滴|好吧|嗯呢|哦哦|了解|行|"
    r"请问|问一下|咨询一下|测试|小[\u4e00-\u9fff]|"
    r"[\u4e00-\u9fff]{1,3}节快乐|节日好|新春快乐|恭喜发财|万事如意|身体健康|阖家幸福|加油|"
    r"(领导|工作人员|同志|师傅|老师|大家|各位|书记|县长|局长)(们)?(您|你)?好?|" + _FILLER + r")+$"
)
_THANKS = re.compile(r"谢谢|感谢|多谢|谢了|辛苦(了|啦|你们)|点赞|好的|收到|明白了|知道了|ok|okay|👍|🙏")
_PRAISE = re.compile(
    r"点赞|点个赞|表扬|好评|感谢|谢谢|辛苦|满意|给力|好样的|称赞|赞扬|致敬|锦旗|为(你们|他们|人民|百姓|群众)"
    r".{0,6}(点赞|服务)|效率(很|真|太|非常)?高|(态度|服务)(很|真|特别|非常|越来越)?(好|热情|周到)|热情|"
    r"耐心|(?<!不)负责任|(太|很|特别|非常)负责|认真|雷厉风行|实实在在|贴心|暖心|为民|办实事|及时(解决|处理)|"
    r"当天就|很快就|越来越好|办事(很|真|特别)?快|冒着.{0,4}(雨|雪|严寒|酷暑)"
)
# What turns praise into a complaint: a "but", something missing or wrong.
_TROUBLE = (
    r"但(是)?|可是|不过|然而|却|又|还(是)?没|仍然|依然|至今|一直没|没人管|不(给|管|修|理|来|通|发)|(?<!天)不亮|"
    r"太(贵|差|慢|难|乱|脏|吵)|坏|堵|漏|停(水|电|气)|没(水|电|气)|欠|拖|骗(了|我|钱|走)|被骗|偷|吵|臭|脏|乱|打人|"
    r"为什么|凭什么|跑了|没了|丢了|不见了|死了|伤了|病了|难|不够|不行|少|不到|买不到|没处理|没解决|结案|"
    r"根本没|不处理|不解决|敷衍"
)
_TROUBLE_NOW = re.compile(_TROUBLE)
_COMPLAINT = re.compile(
    _TROUBLE + r"|到现在|怎么|能不能|请|希望|建议|要求|有问题|出问题|问题(还|没|依然)|不负责|[?？]|吗|多少|"
    r"是否|会不会|何时"
)
_RESOLVED = re.compile(
    r"(已经|已)?(解决|修好|处理好|办好|搞定|弄好|恢复|落实|通)了|问题解决|没事了|不用了|"
    r"(水|电|气|暖气)(已经)?(来|通)了"
)
# Small talk that names no problem: weather, food, wishes, jokes.
_SMALLTALK = re.compile(
    r"天气|下雨吗|几度|笑话|聊天|聊聊|唱(首|个)歌|好吃|好喝|好玩|星期几|几号|你喜欢|推荐.{0,4}(饭店|餐馆|美食)|"
    r"祝(你们|您|大家|各位|天下)?.{0,8}(顺利|快乐|健康|平安|如意|愉快|长寿)|吃(啥|什么)(好)?|无聊|心情|"
    r"几点了|睡不着觉?$|下雪|刮风|气温|热不热|冷不冷|我爱|可爱|厉害|真棒|真聪明|在干嘛|吃了吗|睡了吗|"
    r"写(一)?(首|个|篇)|讲(个|一个)(故事|笑话)|汤圆|饺子|月饼|粽子|休息吧|早点睡|早点休息|你好坏|你真好|"
    r"好日子|开心|高兴"
)
_TEST = re.compile(
    r"^(我是)?(来)?(测试|测试一下|试试|试一下|试一试|test|测一下|看看)(的|下)?" + _FILLER + r"*$"
)
_META = re.compile(
    r"机器人|真人|人工(客服|服务)?[吗呢?]|你(们)?是(谁|什么|啥)|这个(平台|号|机器人|bot|小程序)|"
    r"(能|可以)反映(什么|啥|哪些)|(怎么|咋|如何)(用|使用|反映问题)|多久(能|会)?(有)?(回复|答复|回)|"
    r"几点.{0,6}(没人|下班|上班|处理)|(什么|啥|几点)时候?(上班|下班)|几点下班|怎么联系(你们|人工)|你叫什么|"
    r"(这个|这里|这儿|你们)(能|可以)(投诉|反映|举报|管)(吗|么|啥|什么)|(谁|哪个部门)在管(这个|你们)|"
    r"(能|会|可以)(看到|收到|回复|处理)(吗|么|没)|会有人(回|处理|管)|有人(回复|处理)(吗|么)|多长时间|"
    r"(能|可以)发(语音|图片|照片|视频|定位)|用(这个|这里)|人工|自动回复|这个(公众)?号|你们(的)?公众号|"
    r"(这里|这儿|这个|你们|你)(可以|能|会)(查|办|查询|办理|讲|说|写|听|看)|你会|上班吗|周末(上班|办公)?(吗|么)|发错|撤回|"
    r"取消(我的)?(反映|投诉|消息|留言)|不用管|删(除|掉)(我的)?|"
    # privacy: what happens to what one tells the bot
    r"隐私|个人信息|(信息|电话|手机号|号码|名字|姓名|身份).{0,8}(泄露|泄漏|保密|公开|告诉|给别人|暴露)|"
    r"保密吗|匿名(反映|举报|投诉)?(吗|可以吗|行吗)|可以匿名|谁(能|会|可以)看到|(能|会)看到(我|俺)?的?(名字|姓名|电话|信息|身份)|暴露|被公开|"
    r"(会|能)被.{0,4}知道|打击报复|(是|算)官方|正规(的)?吗|靠谱吗|有用吗|管用吗|"
    r"是(不是)?(真的)?(政府|官方)(的|办的|开的)?(吗|么)|(反映|用这个|这个平台|这个号).{0,6}(要钱|收费|花钱|收钱)|"
    r"是真的还是|是不是骗(人|子)的|官方|真的假的|收到了?(吗|么|没)|录音|服务时间|你(是)?(男的|女的|多大|几岁)|"
    r"别人看到|被(别人|人)看到"
)
_AD = re.compile(
    r"加(微信|微|v|vx|qq|扣)|微信号|vx|私聊|私信|详谈|洽谈|日赚|日入|月入|躺赚|低息|无需抵押|无抵押|"
    r"当天放款|秒批|代办|代理记账|兼职|刷单员|招募|优惠|特价|促销|限时|包过|包邮|扫码领|"
    r"免费领取|返利|点击链接|专业(代办|办理|承接|维修|疏通|清理)|欢迎(来电|咨询|选购|光临|各位)|联系电话|"
    r"有意者|日结|包吃住|普工|招工启事|联系.{0,3}(经理|老师|主管)|薪资|待遇优厚|火热(招|销售|预订)|"
    r"抢购|开业|全场|[一二三四五六七八九]折|买一送一|进店|咨询热线|报名热线|名额有限|先到先得|上门服务|"
    r"价格(公道|实惠|优惠)|本公司|本店|长期(收购|招聘|供应)|诚招|招聘.{0,8}名|加盟|出售|转让|出租|求租|"
    r"投简历|简历|地址[:：]|疏通|开锁|搬家|上门|回收|收购|清理化粪池|安装|维修|批发|零售|订购|急售|面议|"
    r"现宰|招生简章|招收|报名时间|报名地点|咨询电话|优质|清仓|甩卖|一件不留|有需要的(联系|来)|有意(请|者)"
)
_PHONE = re.compile(r"1\d{10}|\d{3,4}-?\d{7,8}|\d{3}x{2,}")
# A notice says what it is (a header, 特此通知, 温馨提示, 启事) or addresses the public.
_NOTICE = re.compile(
    r"特此通知|相互转告|望周知|请周知|请转发|转发给|请扩散|扩散出去|转给身边|敬请谅解|给您带来不便|"
    r"温馨提示|温馨提醒|提醒广大|提高警惕|特此公告|特此告知|^【|^转发|^(关于.{2,30}的)?(通知|公告|通告|"
    r"告知书|启事|寻人启事|招聘|紧急通知|停水通知|停电通知)|有知情者|知情者请|请做好准备|以下区域"
)
_ADDRESS = re.compile(
    r"各位(居民|业主|村民|家长|市民)|广大(市民|群众|居民|村民)|请(各位|大家|广大)|届时|"
    r"^各(乡镇|单位|部门|村|社区|学校|供热单位)|[:：]各(乡镇|单位|部门|村|社区|学校)"
)
_RECIPE = re.compile(
    r"做法|食材|配料|主料|辅料|调料|少许|适量|翻炒|下锅|出锅|焯水|爆香|腌制|小火|大火收汁|炖|蒸|焖|"
    r"生抽|老抽|料酒|葱姜蒜|\d+克|勺|淀粉|勾芡|装盘|即可|打散|炒熟|盛出|切块|切片|炒出|加盐|加糖|放油|洗净|"
    r"煎至|金黄|收汁|腌|划刀|抹盐"
)
_ARTICLE = re.compile(
    r"是.{1,12}的一种|属于.{1,8}(科|属|类)|又称|别名|学名|原产|始建于|富含|含有(丰富|大量)|丰富的|"
    r"具有.{1,10}(作用|功效)|的功效|主要分布|被誉为|之乡|是指|指的是|简称|全称|"
    r"位于.{1,10}(省|市|县|东|西|南|北|部)|面积.{0,4}平方公里|记者|据悉|据了解|据.{1,8}报道|近日|日前|"
    r"本报讯|新华社|报道|会议(指出|强调|要求)|强调|指出|要求各|扎实推进|切实|全面落实|贯彻|部署|推进会|"
    r"座谈会|调研|一行|召开|举行|为进一步|取得.{0,4}成效|有效提升|工作会议|常委会|研究部署|地理标志|"
    r"历史悠久|著名|特产|享有|盛誉|闻名|素有|发源地|标志产品|小知识|养生|新陈代谢|有助于|同比(增长|下降)|"
    r"生产总值|人均|稳步|\d+(\.\d+)?%|民俗|传统(活动|节日)|每年农历|地处|交通便利|物产丰富|资源丰富|"
    r"风景秀丽|注意保暖|多喝|适当(运动|休息)|有益|产业发展|发展情况|视察|考察|检查指导|督导|走访"
)
# The voice of a report: someone saying what happened to them, asking or complaining. (我县,
# 我市 are the voice of an announcement.)
_VOICE = re.compile(
    r"我(?![县市省镇局区乡])|俺|咱|本人|被骗|骗了|诈骗|上当|报警|举报|投诉|反映|受骗|骗子|被坑|咋办|怎么办|"
    r"退钱|维权|为什么|为啥|凭什么|怎么回事|能不能|能否|可不可以|请问|求助|帮帮|到底|谁管|没人管|"
    r"无人管|不管|不作为|推诿|迟迟|至今|严重|强烈|请求|恳请|(请|希望|望)(有关|相关|政府|领导)|尽快|吗|呢|"
    r"请.{0,6}(书记|县长|市长|领导|政府|部门)|重视|"
    r"可是|但是|却|结果|竟然|居然|只给|才给|没给|不给|扣了|干了.{0,4}(月|天|年)|[?？]"
)
# Someone speaking for themselves or asking: a notice never does.
_FIRST_PERSON = re.compile(
    r"我(?![县市省镇局区乡])|俺|咱|本人|[?？]|吗|为什么|怎么办|咋办|可是|但是|却|结果|竟然|只给|才给|没给|"
    r"不给|扣了|干了.{0,4}(月|天|年)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTENT = re.compile(r"[\u4e00-\u9fffa-z0-9]")
_REPEATS = re.compile(r"(.)\1{2,}")
_LAUGHTER = re.compile(r"^([哈嘿呵嘻哦嗯啊呀噢哇呜额呃恩唉]|[0-9]|hh|lol)+$")
_SHORT = 60  # characters of content: greetings, thanks and small talk are shorter than this
_ASIDE = 25  # characters of content: a remark to the bot itself is shorter than this
_ADDRESSEE = re.compile(
    r"你(?!好|们好|们村|家)|这个(平台|号|程序|机器人|公众号)|这里|这儿|留言|消息|反映问题|我(提供|发|说)的"
)


def _distinct(pattern: re.Pattern[str], text: str) -> int:
    """How many different phrases of the pattern occur in the text."""
    return len({match.group() for match in pattern.finditer(text)})


def _strip_noise(text: str) -> str:
    """Remove repeated characters and non-content, leaving what could carry a request."""
    return "".join(_CONTENT.findall(_REPEATS.sub(r"\1", text)))


_HEADER = re.compile(r"^【|^[^,:：。]{0,6}(启事|通知|公告|通告|告示|声明)[:：]")


def is_pasted(text: str) -> bool:
    """A pasted text (advert, notice, recipe, article) with no report voice of its own."""
    if _HEADER.match(text) and not _TROUBLE_NOW.search(text):
        return True  # 寻物启事：本人… is still a notice
    if _FIRST_PERSON.search(text):
        return False
    if _NOTICE.search(text):
        return True  # a notice may warn of fraud: only someone speaking of themselves reports
    if _VOICE.search(text):
        return False  # a victim quotes the advert that fooled them
    adverts = _distinct(_AD, text)
    return bool(
        adverts >= 2
        or (adverts and _PHONE.search(text))
        or _ADDRESS.search(text)
        or _distinct(_RECIPE, text) >= 3
        or _distinct(_ARTICLE, text) >= 2
    )


def _praise(text: str) -> bool:
    """Thanks or praise with no complaint or request in it."""
    return bool(_PRAISE.search(text)) and not _COMPLAINT.search(text)


def is_noise(text: str, evidence: float) -> bool:
    """True when normalised text is not a problem report.

    `evidence` is the keyword score of the message: a message with strong unit keywords is a
    report even when it starts with a greeting, unless it is praise or a pasted text.
    """
    content = _strip_noise(text)
    if not _CJK.search(content) or _LAUGHTER.match(content) or _TEST.match(content):
        # Emoji, punctuation, digits, keyboard mashing, laughter, a test: nothing to act on.
        return True
    if is_pasted(text):
        return True
    short = len(content) <= _SHORT
    if short and evidence < 1.0 and (_GREETING.match(content) or _SMALLTALK.search(text)) and not (
        _TROUBLE_NOW.search(text)
    ):
        return True
    if short and _META.search(text) and evidence < 2.0 and not _TROUBLE_NOW.search(text):
        return True
    if len(content) <= _ASIDE and evidence < 1.0 and _ADDRESSEE.search(text) and not (
        _TROUBLE_NOW.search(text)
    ):
        return True  # a few words to the bot itself ("你多大了", "你们能看到吗")
    # Praise throughout: short, or a longer letter that keeps praising and names no problem.
    if _praise(text) and (short or _distinct(_PRAISE, text) >= 3):
        return True
    thanks = short and bool(_THANKS.search(text)) and (
        bool(_RESOLVED.search(text)) or (len(content) <= 8 and evidence < 3.0)
    )
    # Anything else is a report, to a unit or (with no keyword) to the hotline.
    return thanks or len(content) <= 1


def noise_topic(text: str) -> str:
    """Which helpful answer a non-report deserves: "thanks", "meta", "greeting", or "" (other).

    Only asked about messages `is_noise` already called noise; normalised text, as there.
    """
    if _THANKS.search(text) or _RESOLVED.search(text) or _praise(text):
        return "thanks"
    if _META.search(text) or _TEST.match(_strip_noise(text)):
        return "meta"
    if _GREETING.match(_strip_noise(text)):
        return "greeting"
    return ""
