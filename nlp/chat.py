"""Messages meant for someone else, read by nlp.noise.

A citizen's phone sends the bot what was meant for a relative or a friend: a message that opens by
calling them (妈，… / 老公你… / 王哥，…) and tells them the family's own plans (你别再去交了, 记得
给妈买件棉袄, 你给我留两吨); a favour asked for a shopping app (帮我砍一刀); a voice message that
recorded someone trying the button (喂喂 能听见吗 … 按着说话 … 算了算了). None is recognised by its
topic: a message that speaks to an office (你们, 反映, 领导) or tells of something wrong (被骗了, 但是…
还是发黄) is a report whatever it opens with; a family's busy day (还没忙完, 回不来) is nothing wrong.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.pasted import TROUBLE, distinct
from nlp.regex import quick

__all__ = ["for_someone_else"]

# Calling a relative or friend by what the family calls them, at the very start.
_KIN = (r"(咱|俺|我)?(老)?(爸|妈|爹|娘)|[大二三四五六七八九小老幺]?(姐|哥|弟|妹|叔|婶|姑|舅|姨|爷|奶|伯)"
        r"|[\u4e00-\u9fff](哥|姐|叔|婶)|姥姥|姥爷|外婆|外公|爷爷|奶奶|老公|老婆|媳妇|儿子|闺女|宝贝|亲爱的")
# Calling a group of friends at the very start (老铁们, 家人们): chat, where 你们 is the group.
_GROUP = re.compile(r"^(老铁|家人|兄弟|姐妹|朋友|宝子|亲)们[,，!！]")
# ... followed by a pause, by 你, or by the day's plan (老婆下班顺路…, 儿子啊今年过年你…: voice input
# drops the comma).
_CALLED = re.compile(r"^(" + _KIN + r")((呀|啊)?([,，!！]|你(?!们|好))|(呀|啊)|"
                     r"(?=(今天|明天|晚上|中午|下午|早上|下班|放学|回来|路过|顺路)))")
# What one tells family: your part in our plans (你别…, 你先…, 记得…, 回来…).
_PLANS = re.compile(
    r"你(在|别|先|给|看看|要是|记得|也|就|下班|回来|过来|放心)|记得|别忘了|回(来|去|家)|到家|到(学校|宿舍|单位|公司|厂里)了|不用(担心|惦记)|别(担心|惦记)|接(一下)?孩子|"
    r"(明天|今天|晚上|星期天|周末|过年)[^,，。]{0,8}(回|去|来|吃|接|拉|留)|"
    r"顺路|捎|带(袋|瓶|桶|包|斤|个|点|份|盒)|买(袋|瓶|桶|包|斤|盒|点)|乱花钱|吃好点|多穿(点|些)|注意身体|照顾好|车票|床铺"
)
# Talk to a friend about one's own family: 我跟你说, 你嫂子包了饺子, 有空来家里吃饭.
_FAMILIAR = re.compile(
    r"我跟你说|跟你讲|你(嫂子|大哥|大嫂|姐夫|婶子|大娘|侄子|外甥|干妈|干爹)|(有空|没事|改天)(来|到|上)(我家|家里|家)(里)?(吃饭|坐坐|玩|喝)"
)
# Speaking to an office or about its business: a report, whoever it opens by calling.
_TO_OFFICE = re.compile(
    r"你们|反映|投诉|举报|管管|没人管|不管|政府|部门|领导|工作人员|同志|师傅们|有关|相关|怎么办|咋办|帮(忙|我们|俺们)?(处理|解决|问问|催)"
)
_TROUBLE = quick(TROUBLE)
_BUSY = re.compile(r"还没忙完|忙不过来|(回|来|去|过)不(来|了|去)|(别|不要|少)(老)?乱花钱|"
                   # an errand's reason: 捎瓶酱油，家里没了 (what ran out is what to bring)
                   r"(?<=[,，])(家里|家)(的)?(已经)?(没|用完)了(?=$|[,，。!！])")
# A favour for a shopping app's promotion.
_FAVOUR = re.compile(
    r"砍一刀|帮(我|俺)?(砍|助力|点一下|拼(一)?单)|(差|只差|就差)[\d.一二三四五六七八九十几]+(元|块|分|毛|个人)"
)
# A voice message recording someone trying the button.
_MISFIRE = quick(
    r"喂|(能|可以)?听(见|到|得见)(吗|不|没)|按(着|住)(这个)?(说话|不松|不放)|算了算了|"
    r"(这个)?(咋|怎么)(整|弄|用)的|录上了|发出去了|(俺|我)?也不会(弄|用)"
)


def for_someone_else(text: str) -> bool:
    """Chat to family or a friend, a shopping-app favour, or a voice message sent by mistake."""
    if _TROUBLE.search(_BUSY.sub("", text)):
        return False
    if _GROUP.match(text) and not _TO_OFFICE.search(text.replace("你们", "")):
        return True
    if _TO_OFFICE.search(text):
        return False
    if (_CALLED.match(text) and _PLANS.search(text)) or distinct(_FAMILIAR, text) >= 2:
        return True
    if _FAVOUR.search(text) and distinct(_FAVOUR, text) >= 2:
        return True
    return text.count("喂") >= 2 and distinct(_MISFIRE, text) >= 3
