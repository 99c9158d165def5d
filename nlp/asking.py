"""What a message telling no matter asks of the bot itself: to chase the writer's earlier matter
(nlp.chase), what happens to their data (what happens to my data?), or how to report — a wish to
report told before the matter (I want to report a problem, 我要反映个问题), or when it is staffed
(你们几点下班, 周末有人吗: the service's hours), or how to do, or for help with, a matter it does
not name (我想问一下那个事情怎么弄, 帮我看看这个问题，很急的: nlp.vague), or a feeling told of no
matter at all (很不满意, 太差劲了, really unhappy: nlp.feeling).

None of them is a report: the router calls them noise (beside nlp.noise's own rules) and names
the topic, so the bot chases, shows its privacy note, says how to report, tells its hours or asks
what the matter is. A
message naming a unit's matter (`evidence`) is a report whatever else it asks. Normalised text.
"""

from __future__ import annotations

import re

from nlp.chase import is_chase
from nlp.feeling import bare_feeling
from nlp.idle import CHASE_EVIDENCE
from nlp.tokenizer import normalize
from nlp.vague import vague

__all__ = ["asked", "asks_only"]

SHORT = 200  # characters: what only asks of the bot is said in fewer
# A question about the care of one's data: what happens to / who sees / is it kept …
_PRIVACY = re.compile(
    r"^(hi|hello|hey|excuse me)?[ ,.!]*(what|who|how|where|will|would|is|are|do|does|can|could)\b"
    r".{0,40}\b(my|our) (personal )?(data|info|information|details|messages?|phone( number)?|"
    r"number|name|address)\b.{0,30}$")
_PRIVACY_USE = re.compile(
    r"\b(happens?|do with|use[sd]?|stored?|store[sd]|keep|kept|share[sd]?|see[sn]?|safe|secure|"
    r"private|protect(ed)?|delete[sd]?|sold|sell|read|leak(ed)?|go(es)?)\b")
# A wish to report told with no matter yet.
_HOWTO = re.compile(
    r"^(hi|hello|hey|excuse me)?[ ,.!]*("
    r"(i|we)(['’]d| would| want| wanna| need| wish| have|['’]m going| am going|['’]re going| are going)"
    r"( like)? to "
    r"(report|complain|make a complaint|file a complaint|raise|submit|tell you about)|"
    r"how (do|can|should|could) (i|we) (report|complain|submit|file|make a complaint)|"
    r"(can|could|may) (i|we) (report|complain|make a complaint))"
    r"( (a|an|some|one|my))?( (problem|issue|complaint|matter|something|case|thing)s?)?"
    r"( (here|to you|please|with you|through this))*[ .!?]*$")
_HOWTO_ZH = re.compile(
    r"^(你好|您好|喂)?[,，!！ ]*(我|俺)(们)?(想|要|需要|得|准备)(在这里|跟你们|向你们|给你们)?"
    r"(反映|反应|投诉|举报|报修|提)(一下|个|一个|点|些)?(问题|情况|事|事情|诉求)?"
    r"(可以吗|行吗|怎么弄|怎么办|怎么操作|怎么说)?[啊呀吧哦。.!！?？ ]*$")

# When the service is staffed, asked alone: 你们几点下班, 周末有人吗, 节假日有人处理吗, 上班时间是….
_WHEN = (r"(周末|周六|周日|星期六|星期天|星期日|礼拜六|礼拜天|礼拜日|节假日|假期|放假(期间)?|过年|春节|国庆|"
         r"五一|晚上|夜里|夜间|半夜|中午|早上|下班(以|之)?后|几点)")
_STAFFED = (r"(有人(上班|值班|处理|回复|回|看|管|接|在)?|上班|下班|开门|关门|办公|值班|处理|回复|回|看|"
            r"接|在|营业|工作)(吗|么|嘛|不|没|没有|呢|啊)?")
_HOURS_ZH = re.compile(
    r"^(你好|您好|请问|问一下|问下|喂)?[,， ]*(你们|您们|这里|这边|你|您|金来办)?(的)?"
    rf"(({_WHEN}{{1,2}}(也|还|都)?{_STAFFED})|(什么时候|啥时候|几点)(上班|下班|有人|开门|办公)(呀|啊|呢)?|"
    r"(上班|办公|工作|受理|服务)时间(是|是几点到几点|是什么时候|几点到几点)?(啊|呢|呀)?|"
    r"24小时(都)?(有人|在线|上班|值班)(吗|么|不|没)?)[.。!！?？ ]*$")
_HOURS_EN = re.compile(
    r"^(hi|hello|excuse me)?[ ,.!]*(what are your (office |opening |working )?hours|"
    r"when (are|do) you (open|close|work)|are you open (on |at )?(weekends?|saturdays?|sundays?|"
    r"nights?|holidays?)|is (anyone|someone|there anyone) (there |working )?(on |at )?(weekends?|"
    r"nights?|holidays?))[ ?.!]*$")


def asked(text: str) -> str:
    """"chase", "privacy", "howto", "hours" or "vague" for a message that only asks that of the
    bot, else ""."""
    if is_chase(text):
        return "chase"
    if _PRIVACY.search(text) and _PRIVACY_USE.search(text):
        return "privacy"
    if _HOWTO.search(text) or _HOWTO_ZH.search(text):
        return "howto"
    if _HOURS_ZH.search(text) or _HOURS_EN.search(text):
        return "hours"
    return "vague" if vague(text) or bare_feeling(text) else ""


def asks_only(message: str, evidence: float) -> bool:
    """True when a short message naming little of any unit's matter only asks of the bot
    (`asked`). The message as sent: one typed in pinyin is read by its syllables, not as the
    characters nlp.pinyin read it as."""
    return (len(message) < SHORT and evidence < CHASE_EVIDENCE
            and bool(asked(normalize(message))))
