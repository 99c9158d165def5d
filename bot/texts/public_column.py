"""What the public reads in the column 《金来办、今天办》 (the `[publish] channel_id` channel).

A drafted post is one sentence a county would publish: when, which unit, the matter the people
raised and where (down to the village or community), what the unit did, and how long it took —
never the citizen's words, never a person.
"""

from __future__ import annotations

import datetime as dt

from bot.render import esc

HEAD = "📰 <b>《金来办、今天办》</b>｜{county}"
FOOT = "我为群众办实事，有事找「金来办」。"


def _took(days: int) -> str:
    return "当天受理、当天办结" if days <= 0 else f"从受理到办结用时 {days} 天"


def day_words(offset: int, day: dt.date) -> str:
    """A relative day word of the unit's result (今天, 明天 …) as the post says it: the post
    opens with the day of the 办结, so that day is 当天, any other its date."""
    return "当天" if offset == 0 else f"{day.month}月{day.day}日"


def summary(county: str, unit_name: str, matter: str, place: str, result: str,
            resolved: dt.date, days: int) -> str:
    """A drafted post. `matter` is the matter word (路灯, 停水) or "" when none is known; `place`
    the town and village (or ""); `result` the unit's result as the public may read it, a whole
    clause or more without its end mark, or "" when it says nothing worth printing."""
    if matter:
        what = f"群众反映的{place}{matter}问题"
    else:
        what = f"{place}群众反映的一件诉求" if place else "群众反映的一件诉求"
    sentence = f"{resolved.month}月{resolved.day}日，{unit_name}办结了{what}"
    sentence += f"：{result}。{_took(days)}。" if result else f"，{_took(days)}。"
    return "\n".join([HEAD.format(county=esc(county)), esc(sentence), FOOT])


# Added under a post whose result its citizen then disputed at the 回访 (the ticket went back).
DISPUTED = ("⚠️ <b>更正说明</b>：经回访，群众反映上述问题仍未得到解决，"
            "相关单位正在跟进办理，办理结果以后续公布为准。")


def disputed(post: str) -> str:
    """A published post (its HTML as sent) with the correction added under it."""
    return post if DISPUTED in post else f"{post}\n\n{DISPUTED}"


def own_words(county: str, unit_name: str, text: str, days: int) -> str:
    """A post in the supervisor's words (already masked for the public)."""
    return "\n".join([HEAD.format(county=esc(county)), esc(text),
                      f"<b>责任单位</b>：{esc(unit_name)}",
                      f"<b>办理用时</b>：{'当天办结' if days <= 0 else f'{days} 天'}", FOOT])
