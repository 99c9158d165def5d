"""Personal names: after a cue, next to a word for a person, or already known for the ticket.

A bare name in prose ("刘洋洋停水了") is beyond a regex, so names are found where people put them:
- after a cue that introduces one: 我叫, 我的名字是, 联系人：, 户主是, 我姓刘叫洋洋, 有事找刘洋洋就行,
  我爸叫…; there any characters make the name (rare surnames, 阿明, Latin names); a relative named
  by 叫 whoever's it is (孩子叫张小宝) takes a common surname, or none (孩子叫小宝，…) when the
  phrase ends there and it is not a word said after 叫 (叫外卖, words.CALLED_FOR); a name with a
  middle dot (阿依古丽·买买提) or typed with a space inside (张 三丰) after such a cue goes whole,
  and so does a dotted name wherever one of its parts was found;
- as a common surname and a given name next to a word for a person (市民, 回访, 我爸, 本人, 反映,
  先生 …) or right before a phone number that was found (also after a relative: 她孙子李明明电话…,
  _LEFT_PHONED); a title of respect or kinship after the name (村里李秀英老人, 三组的王桂兰大娘,
  感谢王桂兰大娘, 刘德师傅) or before it (走访老人李秀英，, 五保户张建国家) is such a word
  (words.TITLES, words.TITLES_BEFORE). A surname alone before a title (刘师傅) is no name here:
  the public loses it (places.py);
- right after a relative of the writer's (我老公赵建国喝了酒, 俺闺女张丽被车撞了, 我家老伴儿王秀英): a
  name of three characters or with a compound surname whatever follows, one of two when what is
  said about the person follows (喝, 被, 去 …); after 本人 only then; after anyone else's relative
  (她孙子李明明住院了, 他爸赵建国), a role or a post (住户孙桂芝, 村支书张富贵说, 组长王强带队: cues.said_at)
  the same, but never with a surname that is also a word (孩子高考);
- as a name already known for the ticket (the citizen's Telegram name, names found before), in any
  text about it.

Speed: Python's `re` scans fast only for patterns that start with plain Chinese words, so each
search starts from such an anchor (the cue, or the word after a name) and the name is then
matched at the anchor, never tried at every position of a long text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.domain.privacy import bodies, words
from bot.domain.privacy.cues import RELATIVES, Cues, holds_post, said_at, trie
from bot.domain.privacy.numbers import Span

NAME = "name"

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
COMPOUND = words.COMPOUND
SURNAMES = words.SURNAMES
_COMPOUNDS = frozenset(COMPOUND.split("|"))
_GIVEN = rf"(?:[{_HAN}](?<![{words.NOT_GIVEN}])|{words.GIVEN_SHENG}|{words.GIVEN_YOU})"  # 张春生
# After a compound surname, which no everyday word starts with, any character but a particle or
# pronoun may be a given name (欧阳修, though 修 is a verb elsewhere).
_AFTER_COMPOUND = rf"(?:[{_HAN}](?<![{words.PARTICLES}]))"
_ANY_FIRST = rf"(?:[{_HAN}](?<![的了在是也就还又说我你他她它们这那有没不很太已]))"
_LATIN = r"[A-Z][a-z][A-Za-z'\-]*(?:[ ·•.][A-Z][A-Za-z'\-]*){0,3}"
# The dot between the parts of a name transcribed from Uyghur, Tibetan or a foreign language
# (阿依古丽·买买提), however it is typed.
_DOTS = "·•・‧∙"
_DOTTED = rf"{_ANY_FIRST}{_GIVEN}{{0,6}}(?:[{_DOTS}]{_GIVEN}{{1,8}})+"
# A name typed with a space inside (张 三丰, 张　三, 欧阳 娜娜, 张 三 丰).
_SPACED = (rf"(?:(?:{COMPOUND})|[{SURNAMES}])[ \u3000]"
           rf"(?:{_GIVEN}[ \u3000]{_GIVEN}(?![{_HAN}])|{_GIVEN}{{1,2}})")
# A name after a strong cue: whatever its surname, or Latin.
_ANY_NAME = re.compile(
    rf"\s*({_LATIN}|{_DOTTED}|{_SPACED}|(?:{COMPOUND}){_AFTER_COMPOUND}{{1,2}}"
    rf"|{_ANY_FIRST}{_GIVEN}{{1,2}})")
# A name found next to a dot goes whole, whichever part was found (买买提·艾力反映).
_DOT_LEFT = re.compile(rf"[{_HAN}]{{1,5}}[{_DOTS}][{_HAN}]{{0,4}}$")
_DOT_RIGHT = re.compile(rf"{_GIVEN}{{0,4}}[{_DOTS}]{_GIVEN}{{1,8}}")
# A name without a strong cue: a common surname and one or two given-name characters.
_NAME_COMPOUND = "|".join(c for c in COMPOUND.split("|") if c not in words.WORD_COMPOUNDS)
_WEAK_NAME = rf"(?:(?:{_NAME_COMPOUND}){_AFTER_COMPOUND}{{1,2}}|[{SURNAMES}]{_GIVEN}{{1,2}})"
_WEAK_WHOLE = re.compile(_WEAK_NAME)
# 俺爹赵老栓, 她公公王老五: a village's name with 老 before the given name, after a relative only; not
# a title or a word (赵老师, 王老汉, 李老板, 张老头: words.ELDER_NOT).
_ELDER = re.compile(rf"[{SURNAMES}]老(?!{words.ELDER_NOT}){_GIVEN}")

# Strong cues: a name follows at once, whatever its first character.
_RELATIVES = RELATIVES  # 我爸, 俺闺女, 老伴儿 (cues.py)
# Labels that name the person they stand for: 联系人：…, 户主是…, 开户名李桂兰.
_LABELS = ("姓名|姓 名|姓　名|名字|联系人|申请人|举报人|投诉人|反映人|来电人|求助人|收件人|寄件人|委托人|"
           f"代理人|当事人|户主|受害人|监护人|询问人|署名|签名|{words.ACCOUNT_HOLDERS}")
# Words for a person that may stand before a name, but also before anything else (患者是否…).
_PERSONS = "业主|房主|车主|患者|病人|家属|租户|承租人|老人|学生|家长|市民|居民|村民|群众|住户|房东|同志"
_IS = r"(?:是(?!否|不是|在|由|从|因|为了)|为(?!了|什么|何|止|主|由)|叫)"
_LABEL_LINK = rf"{_IS}?\s*[:：]|{_IS}"
_OPENING = re.compile(r"[\s:：“\"「『‘'《]*")
_STRONG_CUE = Cues({
    **dict.fromkeys(("我叫", "我叫做", "我名叫", "名叫", "叫做", "本人叫", "本人名叫", "俺叫"), ""),
    **dict.fromkeys(_LABELS.split("|"), _LABEL_LINK),
    **dict.fromkeys(words.SIGNED_BY.split("|"), _LABEL_LINK),  # 经办人：韩梅梅 (words.SIGNED_BY)
}, kin="叫做?|名叫|的名字是")
_BODY_FIRST = frozenset(f"{_LABELS}|{words.SIGNED_BY}".split("|"))  # 经办人：民政所…: bodies.py
# 孩子叫张小宝, 他儿子叫王小军: a relative named by 叫, whoever's it is.
_KIN_NAMED = Cues(dict.fromkeys(_RELATIVES, "叫做?|名叫|的名字[是叫]"))
# 她孙子李明明住院了, 他儿子王小军被打了: a name right after a relative, whoever's it is. Without
# 我/俺/咱 before it, a relative of one character only after 他/她/其 (他爸; not 邱小妹冶金厂职工),
# and a surname that is also an everyday word (孩子高考, 父亲曾在部队, 妻子关在屋里) never (read on
# 11,074 real letters). A role or a post counts as a relative here (住户孙桂芝, 支书王德发).
_KIN = Cues(dict.fromkeys((*_RELATIVES, *words.ROLES.split("|"), *words.POSTS), ""))
_PRONOUNS = frozenset("他她其")
_UNOWNED_NOT_SURNAMES = frozenset(words.AMBIGUOUS + words.FUNCTION_WORDS + words.UNOWNED_WORDS)
# 孩子叫小宝，…: a given name alone after a relative and 叫, ending where the phrase does (or
# where what is said about the child starts); what one calls for (叫外卖) is no name.
_CALLED = re.compile(
    rf"({_ANY_FIRST}{_GIVEN}{{1,2}}?)(?=[\s，,。.、；;：:！!？?）)”\"]|$|今年|现年|在|是|的|读|上学|"
    r"出生|刚|才|已|被|得|患|身体|生病|住院|发烧)")
_NOT_CALLED = words.NOT_GIVEN_WORDS | words.CALLED_FOR  # 叫妈妈, 叫外卖
# 名叫, 叫做 and 名字 tell what a thing or a place is called too (小区名叫金城花园, 这种行为叫做违章搭建,
# 村子名字叫高庄, 一个名叫好帮手的网站): no name there where a thing is named before the cue, or a
# place's last word or a thing follows what was taken for the name.
_TOLD = frozenset(("名叫", "叫做", "名字"))
_THING_BEFORE = re.compile(f"(?:{trie(words.THINGS_CALLED)})$")
_PLACE_AFTER = re.compile(rf"[园厦]|村(?![里民])|{words.PLACE_ENDS}")
# 一个名叫柯帆的医生, 名叫王建国的老人: a name before 的 where a person follows (or nothing).
_PERSONS_AFTER = trie((*words.PERSONS_CALLED, *words.TITLES, *words.JOB_TITLES, "人", "人员", "业务员"))
TOLD_OF = rf"的(?![{_HAN}A-Za-z])|的(?:{_PERSONS_AFTER})"
_TOLD_OF = re.compile(TOLD_OF)
# my wife Wang Guilan, This is Kevin Clark, (a whole name; not This is Jinxiang County): words.LATIN_KIN
_LATIN_CUE = re.compile(rf"(?:[Mm]y name is|I am|I'm|[Nn]ame\s*[:：]|[Cc]ontact(?: person)?\s*[:：]|"
                        r"(?<![A-Za-z])(?:[Hh]er|[Hh]is|[Tt]heir) (?:full |real )?name(?: is|'s|\s*[:：])|"
                        rf"\b(?:{words.LATIN_PERSONS}),? (?:named|called)(?= [A-Z])|[Mm]y "
                        rf"(?:{words.LATIN_KIN}),?(?= [A-Z])|[Tt]his is"
                        r"(?= [A-Z][a-z]+ [A-Z][a-z]+(?:[,，.。!！]|\s+(?:from|here|speaking|calling)\b|$))"
                        rf"(?! [A-Z][a-z]+ (?:{words.NOT_LATIN_NAMES})\b)"
                        rf"|(?<![A-Za-z])(?:{words.LATIN_TITLES})"
                        rf"(?= [A-Z][a-z]+ [A-Z][a-z]+)(?! [A-Z][a-z]+ (?:{words.NOT_LATIN_NAMES})\b))")
_LATIN_TITLE = re.compile(words.LATIN_TITLES)  # before a pinyin name only: Teacher Li Ming
# 我姓刘，叫洋洋 / 免贵姓欧阳，单名一个娜字.
_SURNAME_CUE = re.compile("我姓|本人姓|免贵姓|俺姓|鄙人姓")
_SURNAME_LINK = re.compile(
    rf"\s*((?:{COMPOUND})|[{_HAN}])"
    rf"(?:[，,、\s]*(?:叫|名叫|名字叫|单名一?个?|名)\s*((?:{COMPOUND})?[{_HAN}]{{1,3}}(?![{_HAN}])"
    rf"|(?:{COMPOUND})?[{_HAN}]{_GIVEN}{{0,2}}))?")  # the name as typed, 钱多多 too
_FIND_CUE = re.compile(r"有事(?:情)?(?:请|可以|可)?(?:找|联系|打给|问)")  # 有事找刘洋洋就行
# …，找刘红梅。 / 联系王强就行: after a phrase break, a common surname and a given name only.
_FIND_WEAK = re.compile(r"(?:请|可以|可|直接)?(?:找|联系)")
_BREAKS = frozenset("，,。；;！! \n")
_FIND_END = re.compile(r"\s*(?:就行|就可以|就好|即可|就成|便可|吧|。|，|$)")
# Weak cues: only a common surname and a given name, ending where the phrase does.
# Who the person is (本人, 户主, 我爸): then any common surname will do …
_SELF = Cues(dict.fromkeys(f"我是|本人|当事人|{_LABELS}".split("|"), ""), kin="是?")
# … what is done with them or what they are (回访, 联系, 市民): a surname that is also a word
# (高, 安, 方 …) only with two given-name characters (群众呼声, 居民安静 are no names).
VISITS = "回访|走访|慰问|看望|联系|通知|告知|致电|约见|陪同|协助|询问|找到|转告"
_NEAR = Cues(dict.fromkeys(VISITS.split("|"), "了?") | words.VISITED_LINKS  # 联系到, 经回访，
              | dict.fromkeys(words.CONTACTED, "")  # 找了张建国了解情况
              | dict.fromkeys((*_PERSONS.split("|"), *words.TITLES_BEFORE), r"\s*[:：]?"))
# _open_name: 我老公赵建国喝了酒就打我: right after a relative of the writer's a name needs no word for a
# person after it: a name of three characters (or with a compound surname) may be followed by
# anything, one of two by the start of what is said about the person (喝, 被, 去 …). After 本人
# (本人应享受, 本人郑重承诺 are no names) a name needs such a start after it in any case.
_AFTER_CUE = re.compile(
    rf"\s*({_WEAK_NAME})(?=[\s，,。.、；;：:！!？?（()）”\"【]|$|[0-9]|本人|反映|来电|称|说|表示|家|"
    r"住|电话|手机|身份证|先生|女士|同志|师傅|大爷|大妈|阿姨|老人|夫妇|一家|等人|已|也|今年|现年|的|在|"
    r"是|于|多次|联系|核实|了解|沟通|同意|签字|确认|到场|上门|办理|投诉|举报|诉求|要求|希望|和|与|及|"
    rf"一个人|一人|独自|独居|常年|长期|患有|身患|年近|年过|年逾|腿脚|身体|{words.GROUPED_AFTER})")
# Words that follow a person: 林志玲反映多次, 刘洋洋本人, 王芳家门口 …; and numbers found.
_AFTER = re.compile(trie(("本人", "反映", "来电", "称", "表示", "家中", "家里", "家门口", "一家", "电话",
                           "手机", "联系方式", "身份证", "住在", "家住", "现住", "户籍", "等人", "【",
                           *words.GROUPED, *words.TITLES, *words.JOB_TITLES)))
_TITLED = words.TITLES | words.JOB_TITLES
_ASIDE_BEHIND = re.compile(r"\s*[（(][^（()）\n]{0,40}[）)]\s*$")
_LABEL_AHEAD = re.compile(r"【(?:电话|身份证号|微信号|QQ号|邮箱|银行卡号|账号)】")
_ANY_LABEL = re.compile(r"【(?:电话|身份证号|微信号|QQ号|邮箱|银行卡号|账号|号码|车牌|姓名)】")
# Between a name and a number: 张伟 【电话】, 联系王芳（【电话】）, 王芳的手机是【电话】.
_LINK_BEHIND = re.compile(
    r"[\s，,：:（(]*(?:的)?(?:电话|手机|联系电话|联系方式|身份证号?)?(?:是|为)?[\s:：]*$")
# Where a bare name may start: after no Chinese character, or after one that ends a phrase
# leading to a person (为, 给, 联系, 市民 …); never inside a word (公司客服电话).
_LEFT = frozenset("为给找系是叫人主属访知告请与和跟向问民户者员友众望")
# Where a name may start when a title follows it (村里李秀英老人, 走访了王桂兰大娘, 这位张建国老汉):
# a title says a person stands before it, so more than a phrase's end may come before the name.
# 感谢王桂兰大娘, 表扬李秀英老人: thanks and praise are said to a person too.
_LEFT_TITLED = _LEFT | frozenset("里的了组村队屯社镇乡位帮对把被让同看陪顾壁边头长谢扬赞夸助慰")
# Where a name may start when a phone number follows it (她孙子李明明电话【电话】, 邻居家王强手机…):
# a number of one's own says a person stands before it, also after a word for a relative.
_LEFT_PHONED = _LEFT_TITLED | frozenset("子女儿爸妈爹娘哥姐弟妹婆夫妻伴居友家")
LEFT_TITLED = _LEFT_TITLED
_FUNCTION_WORDS = frozenset(words.FUNCTION_WORDS)
_ENDS_SAID = re.compile(rf"[{_HAN}](?<![{words.PARTICLES}家等俩里])")
_AMBIGUOUS = frozenset(words.AMBIGUOUS)


def find(text: str, known: Iterable[str] = ()) -> tuple[list[Span], list[str]]:
    """The spans of every name in `text` (numbers already replaced by their labels), and the
    names found by cue or pattern (to be known from now on)."""
    hits: list[tuple[int, int]] = []  # spans of names found by cue or pattern
    cues = [(end - len(word), start, word) for end, start, word in _STRONG_CUE.found(text)]
    for cue_start, start, word in cues + [(0, start, "") for start in _latin_cues(text)]:  # 我叫：“张伟”
        at = _OPENING.match(text, start).end()  # type: ignore[union-attr]
        if word in _BODY_FIRST and (body := bodies.end(text, at)) > at:  # 民政所牛建华, no 【姓名】所
            m = _AFTER_CUE.match(text, body)
            hits += [m.span(1)] if m and _plausible(m[1]) and not said_at(text, body) else []
            continue
        m = _ANY_NAME.match(text, at)
        if m and m[1] not in words.NOT_NAMES and m[1][1:] not in words.NOT_GIVEN_WORDS \
                and m[1][0] not in "我俺咱你您他她" \
                and (m[1][0] in SURNAMES or m[1][:2] in _COMPOUNDS or not said_at(text, m.start(1))) \
                and (word not in _TOLD or not _thing_told(text, cue_start, m.span(1), word)):
            hits.append(m.span(1))
    for cue in _FIND_CUE.finditer(text):
        m = _ANY_NAME.match(text, cue.end())
        if m and _FIND_END.match(text, m.end()):
            hits.append(m.span(1))
    for cue in _FIND_WEAK.finditer(text):
        if cue.start() and text[cue.start() - 1] not in _BREAKS:
            continue
        m = _WEAK_WHOLE.match(text, cue.end())
        if m and _FIND_END.match(text, m.end()) and _plausible(m[0]):
            hits.append(m.span())
    for _, start, _ in _KIN_NAMED.found(text):
        m = _AFTER_CUE.match(text, start)
        span = m.span(1) if m and _plausible(m[1]) else _open_name(text, start, True)
        if not span and (called := _CALLED.match(text, start)) and called[1] not in _NOT_CALLED:
            span = called.span(1)
        if span:
            hits.append(span)
    for _, start, word in _KIN.found(text):  # 她孙子李明明住院了
        if len(word) == 1 and text[start - 2:start - 1] not in _PRONOUNS:
            continue
        span = _open_name(text, start, True)
        if span and text[start] not in _UNOWNED_NOT_SURNAMES:
            hits.append(span)
    for end, start, word in _SELF.found(text):
        m = _AFTER_CUE.match(text, start)
        if m and _plausible(m[1], False):
            hits.append(m.span(1))
        elif word == "本人" or (word in _RELATIVES and end == start):  # 我老公赵建国喝了酒
            span = _open_name(text, end, word != "本人")
            if span:
                hits.append(span)
    for start in _NEAR.ends(text):
        if text[start - 1:start + 1] in words.ENDS_IN_SURNAME:
            continue  # 联系了解情况, 经联系上门: the cue's 了 or 上 starts a verb, no name
        m = _AFTER_CUE.match(text, start)
        if m and _plausible(m[1], True):
            hits.append(m.span(1))
    for after in _AFTER.finditer(text):
        end = after.start()
        if after[0] == "【":
            if not _LABEL_AHEAD.match(text, end):
                continue
            link = _LINK_BEHIND.search(text, max(0, end - 12), end)
            end = link.start() if link else end
        elif end and text[end - 1] in "）)":  # 刘洋洋（男，65岁）反映: the aside is about the name
            aside = _ASIDE_BEHIND.search(text, max(0, end - 42), end)
            end = aside.start() if aside else end
        left = _LEFT_PHONED if after[0] == "【" else _LEFT_TITLED if after[0] in _TITLED else _LEFT
        span = _name_ending_at(text, end, left)
        if span and (after[0] not in words.JOB_TITLES or holds_post(text, span, after.end())):
            hits.append(span)
    found = [text[s:e] for s, e in hits]
    for cue in _SURNAME_CUE.finditer(text):  # 我姓刘，叫洋洋: both parts go, 刘洋洋 is known
        m = _SURNAME_LINK.match(text, cue.end())
        if m is None:
            continue
        hits += [m.span(group) for group in (1, 2) if m[group]]
        if m[2]:
            found.append(m[2] if m[2].startswith(m[1]) else m[1] + m[2])
    spans: list[Span] = [(s, e, NAME) for s, e in hits]
    for form in _forms(tuple(known), tuple(found)):
        # Plain searches: a ticket's names change from ticket to ticket (no pattern to cache),
        # and a Latin name counts as a whole word only.
        latin = form.isascii()
        at = text.find(form)
        while at != -1:
            end = at + len(form)
            if not latin or not (_latin_letter(text, at - 1) or _latin_letter(text, end)):
                spans.append((at, end, NAME))
            at = text.find(form, end)
    if any(dot in text for dot in _DOTS):
        spans = [_dotted(text, span) for span in spans]
    if "【" in text:  # a name is never inside a label (a citizen called 微信 and 【微信号】)
        spans = [span for span in spans if not _in_label(text, span[0], span[1])]
    return spans, found


def _thing_told(text: str, cue: int, span: tuple[int, int], word: str) -> bool:
    """Whether the cue `word` at `cue` tells what a thing or a place is called, the "name" at
    `span` (see _TOLD): 小区名叫…, 名叫金城花园, 村子名字叫高庄, 叫做金福源的公司."""
    start, end = span
    return _THING_BEFORE.search(text, max(0, cue - 4), cue) is not None \
        or _PLACE_AFTER.match(text, end) is not None \
        or (end - start == 2 and text[end - 1] in words.VILLAGE_ENDS) \
        or (word != "名字" and text.startswith("的", end) and not _TOLD_OF.match(text, end))


def _open_name(text: str, start: int, kin: bool) -> tuple[int, int] | None:
    """A name right after a relative word (`kin`) or 本人, whatever follows it (see above _AFTER_CUE)."""
    m = _WEAK_WHOLE.match(text, start) or (_ELDER.match(text, start) if kin else None)
    if m is None:
        return None
    name = m[0]
    compound = name[:2] in _COMPOUNDS
    end = start + len(name)
    if len(name) == 3 + compound and not (text[end - 1] in words.GIVEN_CHARS and said_at(text, end)) \
            and said_at(text, end - 1):
        name, end = name[:-1], end - 1  # 王强喝了酒, 王强带队: 喝, 带队 start what he did (王志刚说)
    said = said_at(text, end)
    if kin and not said and len(name) == 2 and _ENDS_SAID.match(text, end) and said_at(text, end + 1):
        name, end, said = text[start:end + 1], end + 1, True  # 支书王德发说: a NOT_GIVEN 发 ends it
    if not (said or (kin and (compound or len(name) == 3))):
        return None
    # A surname that is also a word (高, 方, 石 …) with one given-name character only after a
    # relative word and before what is said about the person.
    if not compound and (name[0] in _FUNCTION_WORDS or not _plausible(name, strict=False)
                         or (name[0] in _AMBIGUOUS and len(name) < 3 and not (kin and said))):
        return None
    return start, end


def _dotted(text: str, span: Span) -> Span:
    """`span` with the parts of its name joined to it by a dot (阿依古丽·买买提)."""
    start, end, kind = span
    while (left := _DOT_LEFT.search(text, max(0, start - 10), start)) is not None:
        start = left.start()
    while (right := _DOT_RIGHT.match(text, end)) is not None:
        end = right.end()
    return start, end, kind


def _in_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] overlaps a label (labels never nest: the last one opened before
    `end` is the only one that can)."""
    opened = text.rfind("【", 0, end)
    return opened != -1 and bool(_ANY_LABEL.match(text, opened)) \
        and text.find("】", opened) + 1 > start


def _latin_cues(text: str) -> list[int]:
    """Where a name after "My name is", "Name:" would start (only looked for in Latin text)."""
    if not any(word in text for word in ("am", "ame", "ontact", "I'm", "his is", "y ", "alled", "M", "D",
                                         "eacher", "hank", "fficer", "rincipal", "irector")):
        return []
    return [m.end() for m in _LATIN_CUE.finditer(text)  # Teacher Li Ming, not The Teacher Said It
            if not _LATIN_TITLE.fullmatch(m[0]) or text[m.end():].split()[0].lower() in words.PINYIN_SURNAMES]


def _name_ending_at(text: str, end: int, left: frozenset[str] = _LEFT) -> tuple[int, int] | None:
    """The span of a name (common surname) that ends at `end` and starts where a name may: after
    no Chinese character or one of `left` (_LEFT_TITLED when a title follows, see above)."""
    for length in (4, 3, 2):
        start = end - length
        if start < 0 or not _WEAK_WHOLE.fullmatch(text, start, end):
            continue
        before = text[start - 1] if start else ""
        # After a word that ends in a surname (副主任孟朝家里) the name starts after the word.
        if (not before or before in left or not "\u3400" <= before <= "\u9fff"
                or text[max(0, start - 2):start] in words.ENDS_IN_SURNAME) \
                and before + text[start] not in words.ENDS_IN_SURNAME \
                and _plausible(text[start:end]):
            return start, end
    return None


def whole_name_ending_at(text: str, end: int) -> tuple[int, int] | None:
    """The longest plausible name (common surname) that ends at `end`, wherever it starts: for the
    public, where a surname before a title may be the end of a longer name (表彰王桂兰大娘)."""
    for length in (4, 3, 2):
        start = end - length
        if start >= 0 and _WEAK_WHOLE.fullmatch(text, start, end) and _plausible(text[start:end]) \
                and text[max(0, start - 1):start + 1] not in words.ENDS_IN_SURNAME:  # 如何加强老师
            return start, end
    return None


def _plausible(name: str, strict: bool = True) -> bool:
    """A surname and a given name, not a word that starts with a surname. `strict`: with one
    sign of a person only (a cue before it, or a word after it, not both), a surname that is
    also an everyday word needs a two-character given name."""
    if (strict and name[0] in _FUNCTION_WORDS) or name in words.NOT_NAMES \
            or name[:2] in words.NOT_NAMES:
        return False
    surname = 2 if name[:2] in _COMPOUNDS else 1
    given = name[surname:]
    if not given or given in words.NOT_GIVEN_WORDS:  # 欧阳老师: a surname alone is no name
        return False
    if given[0] in words.VILLAGE_ENDS and given[1:] in ("", "组", "队", "社"):  # 王庄, 李庄组: places
        return False
    return not strict or surname == 2 or len(given) == 2 or name[0] not in _AMBIGUOUS


@lru_cache(maxsize=1024)
def _forms(known: tuple[str, ...], found: tuple[str, ...]) -> list[str]:
    """Every known name as people may write it: whole, without its spaces, its parts swapped
    (Telegram's full name is "first last": 洋洋 刘 is 刘洋洋), each part of two characters or
    more; a Latin name also in lower, upper and title case; longest first."""
    forms: set[str] = set()
    for name in (*known, *found):
        parts = name.split()
        forms.update({" ".join(parts), "".join(parts), "".join(reversed(parts)),
                      " ".join(reversed(parts))})
        forms.update(p for p in parts if len(p) >= 2)
    forms.update(case for f in list(forms) if f.isascii()
                 for case in (f.lower(), f.upper(), f.title()))
    return sorted((f for f in forms if len(f) >= 2 and not f.startswith("【")), key=len,
                  reverse=True)


def _latin_letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isascii() and text[at].isalpha()


WEAK_WHOLE, plausible = _WEAK_WHOLE, _plausible  # for served.py: a name judged as here
