"""A question seeking general information, read by nlp.noise.

Citizens ask the bot what they would ask a neighbour or a search box: how to cook a dish, whether
it will rain, why the sky is blue, how far it is to Jinan, who made the bot. What makes such a
question no report is what it lacks once its question words are set aside: nothing wrong,
missing, unfair or asked to be done; no place or person of the writer's own (我家, 俺们村, 俺娘,
我想…); no office's matter (a licence, a benefit, a procedure, who is in charge, whether it is
legal); nothing that came about (了, 突然, a service stopped); and little of any unit's matter by keyword. A
question that names any of them is a report for a person to read — 路灯坏了找谁修, 低保怎么还没发下来,
养老保险一年交多少钱合适 (a unit's matter by its keyword), 执照啥时候能下来 — so the bar is set
to keep every report: a question that says anything of the writer's own stays one.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.regex import quick

__all__ = ["QUESTION_CHARS", "QUESTION_EVIDENCE", "not_plain", "plain_question"]

QUESTION_CHARS = 40  # characters of content: a question of general knowledge is short
QUESTION_EVIDENCE = 2.0  # keyword evidence: a question naming this much of a unit's matter is its

# The last clause asks: a question mark, a closing particle, or a question word (几 as a number:
# 好几回, 前几天, 几十 is none).
_LAST_CLAUSE = re.compile(r"[^,，。!！;；\s]+[,，。!！;；\s]*$")
_ASKS = re.compile(
    r"[?？]|吗|么|嘛|呢|啥|什么|怎么|怎样|咋|如何|为什么|为啥|多少|哪|谁|是否|有没有|会不会|要不要|"
    r"是不是|值不值|好不好|行不行|[不没][啊呀]?$|来着|(?<![好十这那前后头])几(?![十百千万回次遍趟])")
# The question's own words: set aside before reading what else it says.
_QUESTION_WORDS = re.compile(
    r"请问|问一下|问下|请教|想知道|谁知道|有人知道|谁能(讲讲|说说|告诉我)|为什么|为啥|怎么|怎样|咋|如何|"
    r"是不是|有没有|会不会|要不要|值不值|好不好|行不行|多少|什么|啥|哪|谁|吗|么|嘛|呢|来着|[?？]")
# The writer's own: their place, their people, themselves as who they are or what they want.
_OWN = quick(
    r"(俺|我|咱)(们|俩|家|的|娘|爹|爸|妈|媳妇|老婆|男人|老公|孩子|闺女|儿子|村|庄|组|小区|楼|单位|厂|院|"
    r"这|那|镇|街|是|想|要|在)|想(?!知道)|家里|家中|老家|村里|村口|门口|楼上|楼下|楼道|隔壁|邻居|对门|"
    r"附近|路口|路边|街上|镇上|小区")
# An office's matter: a procedure, a paper, a benefit, an official, who is in charge, a right.
_OFFICE = quick(
    r"政策|申请|(?<!怎么)(?<!咋)办|批|补贴|补助|扶持|户口|费|政府|部门|规定|条件|资格|标准|认定|档案|"
    r"公积金|职称|社保|医保|证|执照|房本|手续|材料|流程|登记|找谁|谁管|有人管|归谁|单位|"
    r"(去|到|在)哪(里|儿)?(补|交|领|报|查|问)|"
    r"能不能|能否|可否|可不可以|投诉|举报|反映|报销|领导|县里|乡里|村(主任|支书|委|干部)|书记|"
    r"合法|合理|公平|道理|(能|才能|可以)(下来|拿|领|到账)")
# Something that happened, or went on: a thing come about (了: 满了, 改线了, 花了三百; not the
# hour asked, 几点了), a sudden change, a service stopped (班车啥时候恢复), a wait, a grievance of
# degree (咋这么贵). A question of general knowledge asks of how things always are.
_HAPPENED = quick(
    # (到了秋天, 到了晚上 is the season or hour the question asks of, nothing come about)
    r"(?<!几点)(?<!几岁)(?<!多大)(?<!到)了|到了(?!(春|夏|秋|冬|晚上|夜里|早上|中午)(天|季)?)|"
    r"突然|忽然|恢复|停运|停开|停课|取消|改线|改道|"
    r"[一二两三四五六七八九十几半\d]+(个)?多?(天|个月|月|年|周|星期|礼拜)(没|还)|到现在|天天|每天|"
    r"(这么|那么)(多|贵|少|高|低|慢|差|大|久|难|脏|吵|臭|乱|晚|远)")
_CONTENT = re.compile(r"[\u4e00-\u9fffa-z0-9]")


def plain_question(text: str, evidence: float) -> str | None:
    """For normalised `text`, a short question naming little of any unit's matter (`evidence`, its
    keyword score) and nothing of the writer's own, an office's or of anything that happened:
    what it says besides its question words, for nlp.noise to read for trouble; else None."""
    return None if not_plain(text, evidence) else _QUESTION_WORDS.sub("", text)


def not_plain(text: str, evidence: float) -> str:
    """What keeps normalised `text` from being a plain question ("matter", "long", "asks nothing",
    "own", "office", "happened"), or "" when nothing does (counted by benchmarks/fresh_misses.py)."""
    if evidence >= QUESTION_EVIDENCE:
        return "matter"
    if len(_CONTENT.findall(text)) > QUESTION_CHARS:
        return "long"
    last = _LAST_CLAUSE.search(text)
    if not (last and _ASKS.search(last.group())) or len(
            _CONTENT.findall(_QUESTION_WORDS.sub("", last.group()))) < 2:
        return "asks nothing"  # a bare 为什么 after a statement asks why of what it told
    return next((name for name, pattern in (("own", _OWN), ("office", _OFFICE), ("happened", _HAPPENED))
                 if pattern.search(text)), "")
