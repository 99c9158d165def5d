"""English 回访 answers (yes they called me, fixed, very satisfied), read by putting each answer
phrase into the Chinese words bot/domain/visit.py reads (联系过了, 解决了, 满意) and dropping the
filler around them; any other word stays, so a clause telling something else is still no
answer (yes, but the street lamp is broken)."""

from __future__ import annotations

import re

# Phrase → the Chinese answer it says, read in this order (a negation before what it negates).
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), zh) for p, zh in (
    # A score (6 out of 10, 8/10, 4 stars): read at 满意度 by bot/domain/visit_score.py.
    (r"\b(\d{1,3}) ?out of ?(\d{1,3})\b", r" \1分满分\2 "),
    (r"\b(\d{1,3}) (points?|marks?)\b", r" \1分 "),
    (r"\b(\d) stars?\b", r" \1星 "),
    (r"\b(not (very |really |quite |at all )?(satisfied|happy|pleased)|unsatisfied|dissatisfied"
     r"|unhappy|disappointed)\b", " 不满意 "),
    # The button's own words (Fairly satisfied) and their like: 基本满意, not 满意.
    (r"\b(fairly|mostly|basically|somewhat|reasonably) (satisfied|happy|pleased)\b",
     " 基本满意 "),
    (r"\b(not (been |yet )?(fixed|solved|resolved|repaired|sorted( out)?|done)( yet)?"
     r"|still (broken|not working|leaking|blocked|out|off|no \w+)|unsolved|unresolved)\b",
     " 没解决 "),
    # Not done yet (not yet, still waiting): a bare no, as 还没 is; done only in part (sort of,
    # partly, not completely) or a trouble going on (it keeps flickering): 没完全解决, 未解决.
    (r"\b(not yet|still waiting)\b", " 还没 "),
    (r"\b(sort of|kind of|partly|partially|half|more or less|not (completely|fully|entirely"
     r"|totally|quite))\b|\b(keeps?|kept) (on )?(?!working\b)[a-z]+ing( on and off| again)?\b",
     " 没完全解决 "),
    (r"\b((no ?(one|body)|none) (has |have )?(ever )?(called|came|come|contacted|visited|phoned"
     r"|rang|showed up|talked to|spoke to|spoken to|got in touch with|reached out to"
     r"|been in touch with)( me| us| back)?|(did not|never|not) (call|come|contact|visit|phone"
     r"|show up|talk to|speak to|get in touch with|reach out to)( me| us| back)?)\b", " 没人联系 "),
    (r"\b((it is |it s |its |has been |have been |been |was |is |all )?(fixed|solved|resolved"
     r"|repaired|sorted( out)?)|works (now|again)|(is |are )?working (again|now)"
     r"|(water|power|electricity|lights?"
     r"|heating|gas) (is |are )?(back|on)( now)?)\b", " 解决了 "),
    (r"\b((they|someone|somebody|staff|he|she|you|people) )?(have |has )?(called|came|come"
     r"|contacted|visited|phoned|rang|showed up|talked to|spoke to|got in touch with"
     r"|reached out to)( me| us| back| over| round| by)?\b",
     " 联系过了 "),
    (r"\b((very|quite|really|totally|fully|completely|pretty) )?(satisfied|happy|pleased)\b",
     " 满意 "),
    # The matter said to be fine now (all good now): 挺好的, a 已解决 when said with thanks.
    (r"\b((it is |it s |its |all |everything (is |s )?)(good|fine|ok|okay|normal)( again| now)?"
     r"|(good|fine|normal) (again|now))\b", " 挺好的 "),
    (r"\b(ok|okay|fine|so so|alright|not bad|acceptable|meh)\b", " 基本满意 "),
))
_FILLER = frozenset(re.findall(r"\w+", """
    they them me us i we you he she it its is was were are has have had been be the a an
    problem issue matter very really quite so and but also thanks thank already now all
    please to my our of this that just yes no yeah yep nope overall still"""))
# A mark over a usual full mark (8/10, 4/5, 85/100), not a date (8/12).
_FRACTION = re.compile(r"(?<![\d/])(\d{1,3}) ?/ ?(5|10|100)(?![\d/])")
_YES = frozenset({"yes", "yeah", "yep", "y"})
_NO = frozenset({"no", "nope", "n"})
_LATIN = re.compile(r"[a-z]")
_WORD = re.compile(r"[a-z]+|[^a-z\s]+")


def in_chinese(clause: str) -> str:
    """`clause` with its English answer phrases as the Chinese words the visit reads; a clause
    of yes or no alone is 是 / 没有, and the filler around answers goes."""
    clause = _FRACTION.sub(r"\1分满分\2", clause)  # 8/10: a score, in any language
    text = re.sub(r"n['’]t\b", " not", clause.lower()).replace("'", "").replace("’", "")
    if not _LATIN.search(text):
        return clause
    words = _WORD.findall(text)
    if words and set(words) <= _YES:
        return "是"
    if words and set(words) <= _NO:
        return "没有"
    spaced = " ".join(words)
    for pattern, chinese in _PHRASES:
        spaced = pattern.sub(chinese, spaced)
    return "".join(w for w in spaced.split() if w not in _FILLER)
