"""Dangers on the move, told by what they are doing now rather than by anyone hurt yet.

nlp.urgent weighs a hazard with a person in danger; three kinds of emergency are told without
one, because the danger has not reached its victims yet or is reaching many at once:

- a driver endangering everyone on the road now: the wrong way at speed, drunk at the wheel and
  driving off ("那司机喝得站都站不稳，刚开车冲出去"), a car swerving through a crowd — the
  police's (交警) to stop;
- an animal loose among people and attacking them: a bull bolting through a market that has
  knocked people down, a dog pack going for passers-by — the police's to stop;
- a blast or a fire with homes, a school or a filling station right beside it ("烟花仓库那边连着
  响了好几声，一片红光，边上就是居民楼") — a fire, the hotline's to dispatch.

Each takes both halves (the danger and its being now or its reaching people), and none is read
in a danger told as past, recurring, feared or asked about (去年, 经常, 天天, 万一, 怎么办).
Patterns work on normalised text (nlp.tokenizer.normalize) and are data-like tables.
"""

from __future__ import annotations

from typing import NamedTuple

from nlp.regex import quick

__all__ = ["Moving", "moving"]


class Moving(NamedTuple):
    """The cue (its words joined by +), the kind (as nlp.urgent.Emergency.hazard), the words."""

    cue: str
    hazard: str
    words: tuple[str, ...]


# A driver driving as a danger to others: the wrong way, drunk, racing, swerving.
_RECKLESS = quick(
    r"逆行|逆着(开|跑|走)|逆向(行驶|开)|开反了|反着开|醉驾|酒驾|醉醺醺|喝(多|醉|大)了?|喝得[^,，。]{0,8}(不稳|不清|东倒西歪)|"
    r"飙车|横冲直撞|方向(盘)?乱打|左右乱拐|(蛇形|S形)(走|开)|乱撞|冲上人行道")
# ... and at it now: on the road, driving off, at speed, nearly hitting others.
_DRIVING = quick(
    r"刚(刚)?(开车|开着车|开走|冲出去|上路)|正在开|还在开|开车冲|冲出去|速度(很|特别|非常|太)?快|开得(飞快|很快|特别快)|"
    r"(好几|几|两|三)辆车[^,，。]{0,4}(躲|让|差点)|(国道|省道|高速|公路|马路|大街|街)上")
# An animal loose among people, and what it is doing to them.
_LOOSE = quick(
    r"(牛|马|驴|骡子?|猪|狗|犬)[^,，。]{0,3}(惊了|疯了|跑出来了|挣脱|挣开|脱缰|乱跑|乱窜|乱撞|乱冲)|"
    r"疯狗|狗群|一群(野)?狗|野狗")
_ATTACKING = quick(
    r"(顶|撞|踢|咬|扑)(翻|倒|伤|飞)了?[^,，。]{0,4}(人|个|孩子|小孩|老人|行人|路人)|见人就(顶|咬|撞|踢|扑)|"
    r"追着[^,，。]{0,4}(人|孩子|小孩|老人)[^,，。]{0,2}(咬|顶|撞)|(咬|顶)(了|伤了)?(好几|几|两|三)个")
# A blast or a fire going on, and homes or a crowd right beside it.
_BLAST = quick(
    r"(连着|接连|一连|又)?响了(好几|几|两|三)声|(砰|嘭|轰)(的|地)?一声|爆炸声|炸开|火光|一片(通)?红|红光|"
    r"火苗|大火|浓烟|黑烟(?!囱)|烧起来|燃起来")
_BESIDE = quick(
    r"(边上|旁边|附近|隔壁|挨着|紧挨着|对面|周围|后面|前面)(就|都)?(是|有)[^,，。]{0,6}"
    r"(居民楼|住宅楼|小区|村子?|住户|人家|学校|小学|幼儿园|加油站|医院|市场|集市|商场|宿舍)")
# Told as past, recurring, feared or asked about: nothing is happening now.
_NOT_NOW = quick(
    r"去年|前年|上个?(月|周|礼拜|星期)|前几天|前段时间|以前|曾经|那次|之前|昨天|经常|老是|总是|天天|每天|每晚|"
    r"每年|每到|一到|好几次|多次|三天两头|隔三差五|万一|要是|如果|一旦|担心|怕|怎么办|咋办|谁管|该管|"
    r"投诉|举报|反映|建议|希望|能不能|有没有人管|没人管|处罚|罚款")


def moving(text: str) -> Moving | None:
    """A danger on the move in normalised text, or None."""
    for danger, now, hazard in ((_RECKLESS, _DRIVING, "crash"), (_LOOSE, _ATTACKING, "violence"),
                                (_BLAST, _BESIDE, "fire")):
        first = danger.search(text)  # most messages have none of the three: nothing more to read
        second = now.search(text) if first else None
        if first and second and not _NOT_NOW.search(text):
            return Moving(f"{first.group()}+{second.group()}", hazard, (first.group(), second.group()))
    return None
