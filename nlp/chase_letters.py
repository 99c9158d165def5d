"""A chase (催办) typed in letters: English (any update on my report?, is anyone coming?, it's been
three days) or pinyin (cui yi xia, zen me hai mei ren lai, wo de shi ban de zen me yang le).

As in nlp.chase, the whole message must be made of chase phrases, words for "my earlier matter",
a wait told and filler; any word left over is a matter (when will someone fix the street light)
and the message is no chase. Pinyin is matched by its syllables, typed apart or joined (zenme),
so no reading into characters is needed (nlp.pinyin may read 没 as 每). Normalised text.
"""

from __future__ import annotations

import re

__all__ = ["is_letters_chase"]

_WORDS = 16  # a chase in letters is shorter than this many words


def _words(pattern: str) -> re.Pattern[str]:
    """Whole words only; in pinyin a space between syllables may be left out (`_` in pattern)."""
    return re.compile(r"(?<![a-z'’])(" + pattern.replace("_", " ?") + r")(?![a-z'’])")


_NUM = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|many|a)"
_EN_CHASE = _words(
    r"(any|an) (update|news|progress|word|reply|response|feedback|answer)s?( yet)?|updates?|"
    r"any ?(one|body)( (there|here|home))?|where (is|are) (every ?(one|body)|you( guys| people)?|"
    r"they|the (staff|workers?|people))|"
    r"(what['’]?s|what is|how['’]?s|how is) (the )?(status|progress|update|latest)( of| on| with)?|"
    r"(what['’]?s|what is) (happening|going on)( with)?|how is it going( with)?|"
    r"what (has )?happened (to|with)|(the )?status (of|on)|"
    r"(is |are )?(any ?one|any ?body|some ?one|some ?body|you|they) (coming|there|here|handling|"
    r"dealing with|looking (at|into)|working on)|"
    r"(when|how soon) (will|is|are|can|do|does) (some ?one|any ?one|some ?body|you|they|it|"
    r"(my|the) (report|complaint|case|issue|problem|request))( (come|coming|be|get|fix|fixed|"
    r"handle|handled|done|sorted|resolved|solved|reply|respond|arrive|here))*|"
    r"(why )?(has|have|did)?(n['’]?t)? ?(no ?one|no ?body|nobody|no one|any ?one) (come|came|called|"
    r"replied|responded|answered|shown up|showed up|contacted me)( yet)?|"
    r"(still )?waiting( for (a |an |any )?(reply|answer|response|update|news|some ?one|any ?one))?|"
    r"still (nothing|nobody|no ?body|no (one|reply|answer|news|response|update))( (here|came|has come))?|"
    r"(how long|how much longer) (do|will|must|should|shall) (i|we) (have to )?wait|"
    r"(please )?hurry( up)?|where are you( guys)?|(just )?(following|follow) up|chasing|"
    r"check(ing)? (on|in)|(has|is) (it|this|that) (been )?(handled|fixed|resolved|solved|sorted|done)"
)
_EN_MINE = _words(
    # A word or two may say what the report was about (my pothole report, my street light case).
    r"(on|about|for|regarding|of|with|to)? ?(my|our|the|this|that) (earlier |last |previous )?"
    r"([a-z]+ ){0,2}?(report|complaint|case|ticket|issue|problem|request|matter|message)s?|"
    r"(i|we) (reported|sent|submitted|made|filed|wrote)( (earlier|yesterday|before|last week))?|"
    r"it|this|that|me"
)
_EN_WAIT = _words(
    r"((it['’]?s|it has|it is|already|been|for) )*(been )?" + _NUM
    + r" (minutes?|hours?|days?|weeks?|months?)( (already|now|ago))?|(so|too) long|ages"
)
_EN_FILLER = _words(
    r"hello|hi|hey|dear|please|pls|plz|sir|madam|guys|team|yet|already|so|still|now|there|here|the|"
    r"a|an|is|are|any|ok|okay|thanks|thank you|seriously|come on|really|well|oh|um|and|or|but|"
    r"on|about|for|with|of|regarding|re"  # what a number took away was asked about (news on #7)
)
_PY_DO = r"(lai|dao|guan|li|ban|xiu|nong|dong|chu_li|jie_jue|hui_fu|da_fu|lian_xi|an_pai)"
_PY_NEWS = r"(dong_jing|xiao_xi|hui_yin|jie_guo|jin_zhan|jin_du|hui_fu|da_fu|shuo_fa)"
_PY_CHASE = _words(
    r"(zai|bang_wo|gei_wo)?_cui(_yi_xia|_cui|_ban|_cu)?|"
    rf"(zen_me|zen_mo|zha|wei_shen_me|wei_sha)(_hai|_dou|_yi_zhi)?_(mei|bu)(_you)?(_ren)?"
    rf"(_{_PY_NEWS}|_{_PY_DO})?|"
    rf"(hai|yi_zhi)_mei(_you)?(_ren)?_({_PY_NEWS}|{_PY_DO})|"
    rf"you_ren_{_PY_DO}(_mei(_you)?(_ren_{_PY_DO})?)?|ren_ne|"
    rf"(kuai_dian|gan_jin|zhua_jin|jin_kuai|gan_kuai)(_{_PY_DO})?|ji_si(_ren|_wo)?|"
    rf"({_PY_DO}_)?(de_)?(zen_me_yang|zen_yang|ru_he)|(you|chu)(_mei_you)?_{_PY_NEWS}|"
    rf"(shen_me_shi_hou|sha_shi_hou|duo_jiu)(_cai|_neng)?(_{_PY_DO})?|"
    r"(hai_)?(yao|dei|de)_deng_(duo_jiu|duo_chang_shi_jian)|(shuo_hao|da_ying)(_de|_le)?"
)
_PY_MINE = _words(
    r"(wo|an|zan)(_men)?(_jia)?(_de|_na)?|shang_ci|qian_tian|zuo_tian|zhi_qian|"
    r"(fan_ying|bao|tou_su|ju_bao)(_guo)?_de|(na|zhe)(_ge|_jian)?|shi_qing|shi|wen_ti|qing_kuang"
)
_PY_WAIT = _words(
    r"((dou|yi_jing|deng_le)_)?((hao|zhe_me)_)?(yi|er|liang|san|si|wu|liu|qi|ba|jiu|shi|ji|\d+)"
    r"(_ge)?_(tian|xing_qi|li_bai|zhou|yue|xiao_shi)(_le)?|zhe_me_jiu(_le)?|hao_jiu(_le)?"
)
_PY_FILLER = _words(
    r"a|ya|ba|ne|ma|me|le|la|o|ou|ai|qing|ma_fan|ni_men|nin|ling_dao|bang_mang|yi_xia|dao_di|"
    r"hai|dou|ye|jiu|you|zai|xie_xie|shi|de"
)
_LEFT = re.compile(r"[a-z0-9]")


def _only(text: str, *parts: re.Pattern[str]) -> bool:
    """True when the first part is found and all the parts together leave no word."""
    if not parts[0].search(text):
        return False
    for part in parts:
        text = part.sub(" ", text)
    return not _LEFT.search(text)


def is_letters_chase(text: str) -> bool:
    """True when normalised text in letters only chases the writer's earlier matter."""
    if len(text.split()) >= _WORDS:
        return False
    # A wait is read before the words for "my matter": its "it" (it has been a week) is no "it".
    return (_only(text, _EN_CHASE, _EN_WAIT, _EN_MINE, _EN_FILLER)
            or _only(text, _EN_WAIT, _EN_MINE, _EN_FILLER)
            or _only(text, _PY_CHASE, _PY_MINE, _PY_WAIT, _PY_FILLER)
            or _only(text, _PY_WAIT, _PY_MINE, _PY_FILLER))
