"""Every reading of an emergency in one call, for routing and for the citizen's tickets.

nlp.urgent reads the words (Chinese, and English sentences), nlp.urgent_emoji the pictures where
the words name none, and nlp.english_cry a short English cry of a few words where neither does
("help!! fire", "snake bit me", "man hit by car"). A cry's own words also say what an emergency
read from the tables is about when they say it more exactly: a bite where the tables see a body
hurt ("snake bite"), a flood where they see water ("water is coming into the house"), anything
where they see no kind or only a rescue. A bite told in Chinese (被蛇咬了, 狗把孩子咬了) is a bite
too: its advice (bot.texts.safety) is not that for someone hurt. A bite of no snake (a dog, a cat,
a rat, a monkey) is "animal": its advice is the wound's and the rabies jab's, not the snake's. Someone
fallen in the water and not breathing is in the water (a drowning), not a body failing.
A hazard told as a repair request or a complaint with nobody in danger is no emergency
(nlp.urgent_calm); a driver, an animal or a blast on the move is one even before anyone is hurt
(nlp.urgent_moving), and so is an acute event cried in a few characters (nlp.urgent_cry), and an
elder unseen for days who does not answer (nlp.urgent_unseen). A person taken away is an attack
whatever vehicle carried them, and someone about to end their life with no one attacking is
"despair", a person at risk (nlp.urgent_taken); a person taken is an "abduction" and someone
missing "missing", both the police's with advice of their own, an attack that left someone hurt
is the police's (health named beside it by nlp.router), a goodbye with a means is "despair", but
another person at a height's edge with nobody said to want to die (对门的娃骑在窗台外面) is
"height", the police's with advice for a witness (nlp.urgent_height; "ledge" where the tables
read a rescue, which stays a rescue), a gas
cylinder in flames a fire, and a danger told as over none (nlp.urgent_finer). Water
on live wiring that sparks (漏水…灯座在冒火花, water pouring … the wires are sparking) is the power
company's, not a fire's nor a flood's, whatever else the tables see (nlp.urgent_signs). A
dream, a film or a game retold is none, whatever happens in it (nlp.nonreport_story), and
neither is the writer's own threat in anger (再不修我就拿刀去水务局: nlp.threat), whose words are
set aside while the rest of the message is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nlp import english_calm, english_cry, urgent_emoji
from nlp.nonreport_story import retold_story
from nlp.threat import calmed
from nlp.urgent import CONDUCT, Emergency
from nlp.urgent import HAZARD_UNITS as _UNITS
from nlp.urgent_advice import advice
from nlp.urgent_calm import calm
from nlp.urgent_cry import cry as short_cry
from nlp.urgent_finer import (
    ABDUCTION,
    MISSING,
    accident,
    at_risk,
    attacked,
    missing_only,
    over,
    poaching,
    tank_fire,
)
from nlp.urgent_height import HEIGHT, LEDGE, at_height
from nlp.urgent_moving import moving
from nlp.urgent_signs import SOAKED_LIVE
from nlp.urgent_taken import DESPAIR_KIND, despairing, taken
from nlp.urgent_unseen import unseen

__all__ = ["HAZARD_UNITS", "assess"]

_CALL = 120  # characters: as nlp.urgent, a longer text recounts rather than calls
# Someone missing and someone taken away are the police's, as any attack (nlp.urgent_finer).
HAZARD_UNITS = {**_UNITS, ABDUCTION: "police", MISSING: "police", HEIGHT: "police"}
# What a cry's words may say more exactly than the tables' kind: any kind for none or a rescue.
_FINER = {"medical": {"bite"}, "water": {"flood"}}
_VAGUE = ("", "rescue")
# A bite of a snake or an animal, told in Chinese (a sting, 蜂蜇, is an allergy's matter).
# Someone fallen in the water, told in English: not breathing there is a drowning (its advice
# gives 120 and rescue breathing), not a body failing on dry land.
_IN_WATER = re.compile(r"\b(?:fell|fallen|slipped|jumped) (?:in|into) (?:the |a )?"
                       r"(?:river|water|lake|pond|well|sea|canal|reservoir|pool)\b|\bdrown")
_SNAKE = re.compile(r"snake|viper|cobra|\badders?\b|蛇|蝎")
_BITTEN = re.compile(r"(蛇|狗|犬|猫|老鼠|耗子|猴|蝎)[^,，。!?]{0,6}咬|咬[^,，。!?]{0,4}(蛇|狗|犬)|蛇咬|被蛇")

# Beaten by someone (被她男人打了, 被人打得, 挨了一顿揍): with a wound now, an assault the police
# act on, whoever bleeds; the citizen is told to ring 120 as well (bot/texts/safety.py).
_BEATEN = re.compile(r"被(?!电)[^,，。!?]{0,6}(打|揍|踢|殴打)(了|伤|得|成|破|断)|挨了?[^,，。!?]{0,3}(打|揍)|"
                     r"\b(?:beaten|beat (?:me|him|her) up|assaulted|punched)\b")


def _beaten(text: str) -> str:
    """The words telling that someone was beaten by a person, not by staff at work; "" if none."""
    blow = _BEATEN.search(text)
    return blow.group() if blow and not CONDUCT.search(text) else ""


def assess(text: str) -> Emergency:
    """Whether normalised text tells of an emergency (cues empty when not), and of what kind."""
    text = calmed(text)  # the writer's threat in anger is noted for the unit, not an emergency
    if over(text) or poaching(text):
        return Emergency(())  # 人已经救上来了, 火已经灭了，没人受伤; 河里有人电鱼: nobody in danger
    found = _assess(text)
    if (risk := at_risk(text)) and not attacked(text) and not advice(text) and not retold_story(text):
        return Emergency(found.cues or ("+".join(risk),), DESPAIR_KIND, risk, len(text) <= _CALL)
    if found.cues and advice(text):
        return Emergency(())  # a tip or a question about a hazard: nobody is in it now
    if found.cues and retold_story(text):
        return Emergency(())  # a dream, a film or a game retold (nlp.nonreport_story)
    if found.cues and calm(text):
        return Emergency(())  # a repair asked for, a complaint, a hazard lasting months (nlp.urgent_calm)
    if found.hazard in english_calm.NUISANCES and english_calm.calm(text):
        return Emergency(())  # smoke every evening, annoying, please check it: a complaint
    if found.cues and found.hazard != "power" and (live := SOAKED_LIVE.search(text)):
        return replace(found, hazard="power", words=found.words or (live.group(),))  # not a fire's
    if found.hazard == "medical" and (water := _IN_WATER.search(text)):
        return replace(found, hazard="water", words=(water.group(), *found.words))
    if found.hazard == "medical" and (blow := _beaten(text)):
        return replace(found, hazard="violence", words=(blow, *found.words))  # an assault, bleeding
    if found.hazard == "bite" and not _SNAKE.search(text):
        return replace(found, hazard="animal")  # a dog bit my son: no snake's advice
    if found.cues and (took := taken(text)):  # a child taken away, whatever vehicle carried them
        return replace(found, hazard=ABDUCTION, words=(took, *(w for w in found.words if w != took)))
    if found.hazard == "violence" and (despair := despairing(text)):
        if edge := at_height(text):  # a child outside the railing, nobody said to want to die
            return replace(found, hazard=HEIGHT, words=(edge, *(w for w in despair if w != edge)))
        return replace(found, hazard=DESPAIR_KIND, words=despair)  # no attacker: a person at risk
    if found.hazard == "rescue" and (edge := at_height(text)):  # a child out on a window sill
        return replace(found, hazard=LEDGE, words=(edge, *(w for w in found.words if w != edge)))
    return _finer(text, found)


def _finer(text: str, found: Emergency) -> Emergency:
    """An attack that left someone hurt is the police's, a blade slipped at work an injury;
    someone missing is "missing"; a gas tank in flames is a fire (nlp.urgent_finer)."""
    if found.hazard == "violence" and accident(text):
        return replace(found, hazard="medical")
    if found.hazard == "medical" and (blow := attacked(text)) and not CONDUCT.search(text):
        return replace(found, hazard="violence", words=(blow, *found.words))
    if found.hazard == "violence" and missing_only(text):
        return replace(found, hazard=MISSING)
    if found.hazard == "gas" and (tank := tank_fire(text)):
        return replace(found, hazard="fire", words=(tank, *found.words))
    return found


def _assess(text: str) -> Emergency:
    found = urgent_emoji.assess(text)
    if not found.cues and (took := taken(text)):  # 被一个男的带走了, our son was just grabbed
        return Emergency((took,), ABDUCTION, (took,), len(text) <= _CALL)
    cry = english_cry.read(text)
    if cry is not None and not found.cues:
        return Emergency((cry.cue,), cry.hazard, cry.words, len(text) <= _CALL) if cry.urgent else found
    if cry is not None and (found.hazard in _VAGUE or cry.hazard in _FINER.get(found.hazard, ())):
        return replace(found, hazard=cry.hazard, words=cry.words)
    if found.cues and found.hazard in (*_VAGUE, "medical") and (bite := _BITTEN.search(text)):
        return replace(found, hazard="bite", words=(bite.group(), *found.words))
    danger = moving(text) if cry is None and found.hazard in _VAGUE else None
    if danger is not None:  # a driver, an animal or a blast on the move (nlp.urgent_moving)
        cues = found.cues or (danger.cue,)
        return Emergency(cues, danger.hazard, danger.words, len(text) <= _CALL)
    if not found.cues and cry is None and (told := short_cry(text)) is not None:
        return Emergency((told.cue,), told.hazard, told.words, True)  # 车翻了，有人伤 (nlp.urgent_cry)
    if not found.cues and (alone := unseen(text)) is not None:  # an elder unseen, not answering
        return Emergency((alone.cue,), "medical", alone.words, len(text) <= _CALL)
    return found
