"""Non-reports recognised by the genre they belong to, read by nlp.noise after its own rules.

What a citizen pastes or types into a government bot that is no request to the government comes in
genres a reader knows at a glance, whatever their words: a labelled list or note (购物清单：, 课程表：,
读书笔记：), a bare list of short items, a score, a law quoted, prices compared, a caption, a riddle or
a joke told as a story, a quiz (lettered choices), a spec sheet, a dream, a film or a game retold
(nlp.nonreport_story), a film talked about, a death mourned, a timetable, a job advert, health
advice for everyone, a group notice inviting sign-ups, an hours question, thanks for a matter long
settled, a question put to friends (哪位朋友有…), a motto. Each gives way to the voice of a report:
something wrong told (nlp.pasted.TROUBLE, the broad cues of nlp.untroubled), a request or a
question about one's own matter, or the writer's own home, village or child in it; a report that
quotes a law or lists its troubles is still a report.

Patterns work on normalised text (nlp.tokenizer.normalize: full-width punctuation is ASCII).
"""

from __future__ import annotations

import re

from nlp.nonreport_story import retold_story
from nlp.pasted import NEW_MATTER, TROUBLE, distinct
from nlp.regex import quick

__all__ = ["genre"]

_TROUBLE = quick(TROUBLE)
_NEW_MATTER = re.compile(NEW_MATTER)
_N = r"[一二两三四五六七八九十百千零\d]"
# A request or a question about a matter (not a notice's 请准时参加 or a card's 请光临).
_REQUEST = re.compile(
    r"请(?![^,，。]{0,6}(收下|接受|表扬|光临|准时|关注|回复|忽略|转告|参加|报名|到|带))|希望|建议|"
    r"要求(?![^,，。]{0,4}专业)|能(不能|否)|可(不可以|否)|麻烦|帮(忙|我|俺|一下|帮)|尽快|赶紧|管管|"
    r"怎么办|咋办|谁管|反映(?!的)|投诉|举报|求助|"
    r"[?？]|吗|凭什么|为啥|咋|(啥|什么)时(候)?|何时|来看看")
# The writer's own place, family or goods: what a report is about.
_OWN = re.compile(
    r"(我|俺|咱)(们)?(家|村|小区|楼|单位|厂|学校|孩子|小孩|娃|闺女|儿子|爹|娘|爸|妈|老人|地|房|车|店)")
_ME = re.compile(r"我|俺|本人")
_LETTER = 100  # characters: a citizen's letter in the first person may quote any genre


def _voiced(text: str) -> bool:
    """Something wrong, a request or another matter: a report's voice, whatever the genre."""
    return bool(_TROUBLE.search(text) or _REQUEST.search(text) or _NEW_MATTER.search(text))


# A note labelled with its genre: 购物清单 1.…, 本周课程表：…, 读书笔记：…, 讣告：….
_LABEL = re.compile(
    r"^[^,，。:：!！?？]{0,10}(清单|菜单|食谱|行程|日程|课程表|课表|作息表|时间表|笔记|提纲|大纲|知识点|单词|生词|"
    r"谜语|灯谜|急转弯|讣告|纪要|文案|歌词|台词|语录|名言|摘抄|心得|感悟|备忘|待办|签名|祝福语|对联|上联|下联|"
    r"购物单|采购单|(要|得)(做|买|带|办)的(事|东西))(\s|[:：])")
# A bare list: three or more short items after a colon or numbered (1.… 2.…), nothing else.
_ITEMS = re.compile(r"[、;；/]|\s*\d[.、)]\s*|\s+")
_LISTED = re.compile(r"[、;；]|(^|\s)\d[.、)]")
_LIST_ITEM = 8  # characters: a shopping list's items are shorter
# A score: 112比108, 0:2, with a game's words.
_SCORE = re.compile(
    r"\d+\s*(比|:|-)\s*\d+[^,，。]{0,6}(胜|负|赢|输|战胜|击败|险胜|逆转|夺冠|晋级|出线|平)|"
    r"(胜|负|赢|输|战胜|击败|险胜|逆转|战平)[^,，。]{0,8}\d+\s*(比|:|-)\s*\d+|三双|两双|绝杀|帽子戏法|"
    r"(国足|男篮|女篮|女排|男足|女足|主队|客队|球队)")
# A law quoted: 宪法第四十六条：…, 《…法》第…条规定….
_LAW = re.compile(r"^(根据|依据|按照)?(《[^》]{2,30}》|[\u4e00-\u9fff]{1,12}法)?第" + _N + r"+条")
# Prices compared, asking which is the better buy.
_PRICE = re.compile(r"(?<![\d.])\d{2,5}(\.\d+)?(?![\d.])|" + _N + r"{1,4}(块|元)")
_BARGAIN = re.compile(r"划算|便宜|实惠|性价比|买哪(个|款|家)|哪(个|款|家)(好|划算|便宜)|比了一圈|对比|"
                      r"差了|差价|同(一|样)(款|个|一桶|一件)")
# A caption: 图为…, 摄于…, 配图：….
_CAPTION = re.compile(r"^(图为|图片为|摄于|拍摄于|配图|题图|图[:：]|组图)|摄[)）]?$")
# A riddle, a joke told as a story, a question answered at once (为什么…？因为…).
_RIDDLE = re.compile(
    r"谜语|谜底|灯谜|打一(字|物|动物|植物|食物|水果|蔬菜|用品|成语|地名|人名|歌名|自然现象|"
    r"[\u4e00-\u9fff]{2}(用品|现象|工具))|急转弯|猜(一猜|猜)[^,，。]{0,6}是什么|冷笑话")
_TURN = re.compile(r"(问|说|答)")
# A fable's opening: an animal that goes about as a person does (一只蜗牛去药店), or a stock hero.
_TALE = re.compile(
    r"^(从前|很久以前|小明|小红|小兔|小猪|小熊)|^(一|有)只[\u4e00-\u9fff]{1,3}(去|走进|来到|对)")
_PUZZLE = re.compile(r"为什么|为啥|为何")
_ASKED_BACK = re.compile(r"[?？]|吗")  # a riddle's, a story's or a friend's question mark
_OWN_DELAY = re.compile(r"(一直)?没(顾上|来得及|空)")
# Words of a view too wide to see across, in a caption or a poem: no trouble of anyone's.
_BOUNDLESS = re.compile(r"望不到(边|头)|看不到(边|头)|数不(清|过来)")
_HELPED = re.compile(r"(多亏|感谢|谢谢|幸亏)[^,，。]{0,6}帮(忙|助)")
_ANSWERED = re.compile(r"^(为什么|为啥|为何)[^?？]{2,24}[?？]\s*因为")
# A film, a series or a book talked about: its story, its making or a view of it. Named alone
# (文化下乡的电影半年没来, 楼下放电视剧声音老大, 看电视剧总是卡) it is the setting of a report.
_SHOW = re.compile(
    r"追剧|追完|结局|编剧|导演|主演|演技|这集|影评|票房|剧情|主角|配角|上映|新片|"
    r"(电影|电视剧|这部剧|这剧|综艺|小说|动漫|这部片|节目|春晚|晚会|小品|相声)[^,，。!！?？]{0,8}"
    r"(好看|难看|精彩|感人|无聊|太烂|真烂|烂透|太假|真假|没意思|不好笑)")
# A death mourned: 沉痛悼念…, …一路走好.
_MOURNING = re.compile(r"悼念|一路走好|千古|安息|节哀|享年|追悼会|逝世")
# A timetable told: K1067次列车…发车时间为….
_TIMETABLE = re.compile(r"次列车|(发车|到站|开车|检票|起飞|出发)时间(为|是|[:：])")
# A job advert: who is wanted and on what terms.
_HIRING = re.compile(r"招聘|诚聘|急聘|急招|招(收)?[^,，。]{0,6}(员|工|师|生|手)(?!资)")
_TERMS = re.compile(r"要求|优先|待遇|月薪|薪资|底薪|五险一金|包吃住|面议|周岁|男女不限|学历|专业|经验")
_HIRED_WRONG = re.compile(
    r"才知道|押金|交了|先交|到现在|只给|才给|没给|不给|没交|不交|扣|欠|拖|骗|实际|结果|说好|却|但|干了")
# Health advice for everyone, no one's own case.
_ADVICE = re.compile(
    r"患者|专家(提醒|建议|介绍)|摄入|饮食(要|应|宜)|多吃|少吃|适量|有助于|注意(保暖|休息|饮食)|"
    r"按时服药|高发|预防|坚持(锻炼|运动)|自愈|不必|(每天|每日)[^,，。]{0,6}不(超过|宜)")
# A notice inviting sign-ups or visits: 报名开始了, 有兴趣的…, 截止到…, 欢迎大家….
_SIGNUP = re.compile(r"(请|务必)?准时(参加|出席|到场|参会)|报名(开始|截止|时间|地点|方式|啦)|有兴趣的|"
                     r"截止(到|日期|时间)|欢迎大家|欢迎(各位|广大)|接龙")
# Thanks for a matter settled long ago: 上个月反映的…早就修好了, 多亏你们帮忙，现在已经….
_THANKS = re.compile(r"谢谢|感谢|道谢|谢意|多亏")
_SETTLED = re.compile(r"已经|早就|之前|上次|上个月|去年|多亏|解决得|处理得|(很|非常|特别)及时|顺利")
# A question put to friends or neighbours, not the government: 哪位朋友有…, 有没有一起拼车的.
_FRIENDS = re.compile(
    r"^(哪位|谁家|谁有|有没有(人|哪位|朋友)?(一起|要|有|想))|有(没有)?一起[^,，。]{0,6}的")
# A poem or a motto written for its own sake.
_POEM = re.compile(r"(写了|作了|写)(一首|首|一段)[^,，。:：]{0,4}(诗|词|歌|散文)")
# A school's task told as it is: 这周作业是背诵….
_HOMEWORK = re.compile(r"(这周|今天|今晚|明天|周末|本周)的?作业(是|有|[:：])|^第" + _N + r"+(章|节|课|单元)")
# A quiz: lettered choices (a.氧气 b.氮气 c.…) or a question labelled as one (选择题：, 科目一的题：).
_QUIZ = re.compile(r"(?<![a-z])a[.、:)][^a-z]{1,24}(?<![a-z])b[.、:)][^a-z]{1,24}(?<![a-z])c[.、:)]|"
                   r"(选择题|判断题|填空题|考题|试题|练习题|题目|的题)[:：]")
# A spec sheet or a label: quantities in units of measure (6.7英寸, 12gb, 额定电压220v, 容量4l).
_QUANTITY = re.compile(r"\d+(?:\.\d+)?\s*(英寸|寸|gb|tb|mb|mah|毫安时|万像素|像素|hz|kw|w|v|ml|l|"
                       r"毫升|升|瓦|千瓦|伏|kg|公斤|克|cm|mm|厘米|毫米|匹)(?![a-z])")
# A pitch for savings: 年化收益, 保本保息.
_SAVINGS = re.compile(r"理财|年化|收益|保本|保息|利息|回报率")


def _bare_list(text: str) -> bool:
    """Three or more short items and nothing else (after a short lead ending in a colon)."""
    lead, _, body = text.rpartition(":")
    if len(lead) > _LIST_ITEM * 2 or "," in body.rstrip(",。!~ ").rsplit(",", 1)[0] or len(
            _LISTED.findall(body)) < 2:
        return False  # clauses, not items: a list is set out with 、 or numbers
    items = [item for item in _ITEMS.split(body.rstrip(",。!~ ")) if item]
    return len(items) >= 3 and all(len(item) <= _LIST_ITEM for item in items)


def genre(text: str) -> str:
    """The genre of a normalised message that is no report, or "" when it is none of them or
    speaks with a report's voice."""
    if retold_story(text):
        return "story"  # a dream, a film or a game retold, with nothing of the real world added
    # A quiz or a spec sheet says what it is even where it asks (哪个选项…？ a. b. c.): only the
    # writer's own place or a trouble told in a word makes it a report.
    plain = not (_OWN.search(text) or any(len(match.group()) > 1 for match in _TROUBLE.finditer(text)))
    if plain and _QUIZ.search(text):
        return "quiz"
    if plain and len({match.group() for match in _QUANTITY.finditer(text)}) >= 3:
        return "specs"
    if _REQUEST.search(text) or _NEW_MATTER.search(text) or (
            len(text) > _LETTER and _ME.search(text)):
        return _gentle(text)
    # A note or a list says what it is: only a trouble told in a word (拖欠, not 拖鞋's 拖) or
    # the writer's own place in it makes it a report.
    worded = any(len(match.group()) > 1 for match in _TROUBLE.finditer(text))
    if _CAPTION.search(text) and not (
            _OWN.search(text) or _TROUBLE.search(_BOUNDLESS.sub("", text))):
        return "caption"  # 图为…万亩蒜田，一眼望不到边
    if _LABEL.match(text) and not worded:
        return "note"
    if _bare_list(text) and not (worded or _OWN.search(text)):
        return "list"
    if _TROUBLE.search(text):
        return _gentle(text)
    forms = (
        ("score", _SCORE.search(text)),
        ("law", _LAW.match(text)),
        ("prices", len(_PRICE.findall(text)) >= 2 and _BARGAIN.search(text)),
        ("timetable", _TIMETABLE.search(text)),
        ("hiring", _HIRING.search(text) and _TERMS.search(text) and not _HIRED_WRONG.search(text)),
        ("advice", distinct(_ADVICE, text) >= 2 and not _OWN.search(text)),
        ("signup", _SIGNUP.search(text)),
        ("poem", _POEM.search(text)),
        ("homework", _HOMEWORK.search(text)),
        ("savings", distinct(_SAVINGS, text) >= 2),
    )
    return next((name for name, found in forms if found), "") or _gentle(text)


def _gentle(text: str) -> str:
    """Genres whose own words the cues misread (a film 太烂了, a riddle's 为什么 or 脏, a story's
    dialogue, thanks that tell the trouble now past): read on what a report would add."""
    if _NEW_MATTER.search(text) or _OWN.search(text):
        return ""
    asked = _REQUEST.search(_ASKED_BACK.sub("", text))
    if _RIDDLE.search(text) and not asked:
        return "riddle"  # 脑筋急转弯：什么东西越洗越脏？
    puzzle = _TROUBLE.search(_PUZZLE.sub("", text))
    if _ANSWERED.match(text) and not (puzzle or asked):
        return "riddle"  # 为什么…？因为…: the writer answers it
    if _TALE.match(text) and len(_TURN.findall(text)) >= 2 and not asked:
        return "story"  # 一只蜗牛去药店…它说…: a dialogue's troubles are a joke's
    if _THANKS.search(text) and _SETTLED.search(text) and not (
            _REQUEST.search(_HELPED.sub("", text)) or _TROUBLE.search(_OWN_DELAY.sub("", text))):
        return "thanks"  # …早就疏通好了，一直没顾上说，谢谢: the writer's own delay
    if _TROUBLE.search(text):
        return ""
    if _SHOW.search(text) and not _REQUEST.search(text.replace("怎么想", "")):
        return "show"
    if _MOURNING.search(text) and not _REQUEST.search(text):
        return "mourning"
    if (_FRIENDS.search(text) or (_PRICE.findall(text) and _BARGAIN.search(text))) and not asked:
        return "friends" if _FRIENDS.search(text) else "prices"
    return ""
