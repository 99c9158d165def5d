"""Someone else in danger at a height, told by a third person (nlp.emergency; refs #10, an outside
tester's round-28 find 13).

The tables read a person outside a railing or on a roof's edge as someone about to end their life
("despair"), and the citizen then reads words for a writer at risk (the crisis line, leave the
roof). When the one at the edge is another person (楼上的孩子, 小孩, 老人, 有个人, 一个女的) and
nobody is said to want to die or jump, the writer is a witness: they need what to do for a child
or a person at a height (call 110 and 119, do not shout or startle them, get an adult to them,
stay below), and the ticket stays urgent at the police. The writer at the edge (我坐在楼顶边上),
or anyone said to want to jump or end their life (有个人站在楼顶边上要跳, 俺弟弟说不想活了), stays
"despair". The tables read some of the same as a rescue (孩子爬到窗台外面了): that is "ledge", a
rescue as before (the hotline's unless a unit's words say more), with the same advice. Someone
who has already fallen (从窗台上掉下来了) is no one at the edge. Patterns work on normalised text
(nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

__all__ = ["HEIGHT", "LEDGE", "at_height"]

HEIGHT, LEDGE = "height", "ledge"
# Where a fall is one step away: outside a railing, on a window sill, a balcony's or a roof's edge,
# legs dangling over the drop.
_EDGE = re.compile(
    r"(栏杆|护栏)(外|上)|窗台|窗户?(外|沿)|阳台(外|边|沿|栏杆)|"
    r"(楼顶|房顶|屋顶|天台|顶楼)(的|上的)?(边|沿)|(腿|脚)[^,，。!?]{0,4}(耷拉|悬|伸|搭)(在)?(外面|外边|外头|半空)")
# Another person at it: a child, an elder, someone named by what they are (not the writer).
_OTHER = re.compile(
    r"小孩|孩子|娃|宝宝|小朋友|婴儿|学生|小姑娘|小伙子?|女孩|男孩|老人|老太太|老头|老大爷|大爷|大娘|"
    r"奶奶|爷爷|有个人|有人|一个人|(一|有)个(男|女)的|男的|女的|邻居")
# The writer at the edge themselves (not 我在楼下看见…: a witness below).
_WRITER = re.compile(r"(我|俺)(现在|正|就|已经|一个人)?(在|站|坐|蹲|爬|骑|翻)(在|到|上)?[^,，。!?]{0,6}"
                     r"(栏杆|护栏|窗|阳台|楼顶|房顶|屋顶|天台|顶楼)")
# Anyone said to want to jump or to end their life: the words for a person at risk stay.
_WISH = re.compile(
    r"(要|想|说要|非要|往下)跳|跳(下去|下来|楼|河|桥)|不想活|不活了|想不开|轻生|自杀|寻短见|死了算了|"
    r"一了百了|去死|遗书|告别|永别|再见|对不起")


# Already fallen: a fall's advice, not the edge's.
_FALLEN = re.compile(r"(掉|摔|跌|坠|栽|滚)(下|了|在|到|进)|坠楼")


def at_height(text: str) -> str:
    """The words telling that another person is at a height's edge, with nobody said to want to
    die, or "" (or for the writer at the edge)."""
    edge = _EDGE.search(text)
    if edge is None or _WISH.search(text) or _WRITER.search(text) or _FALLEN.search(text):
        return ""
    return edge.group() if _OTHER.search(text) else ""
