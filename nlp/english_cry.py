"""A small English reader for short cries for help: a hazard × someone in it now.

nlp.urgent reads English with sign tables made for sentences ("smoke is coming under the door, my
mother can't walk"). A cry of a few words says less: "help!! fire", "my house burning", "snake bit
me", "man hit by car", "water rising fast help". This reader composes the same two factors as the
Chinese side does (房子烧起来了, 蛇咬人了, 水涨得很快快来人) from a few words:

- a hazard told as happening: a word of a hazard's family (a fire, a flood, someone in the water,
  a vehicle hitting someone, a crash, a bite, gas leaking, carbon monoxide, a shock, a weapon or an
  attack, a body failing, a building falling in or fallen on someone) that is not the modifier of a
  thing (fire drill, fire station, smoke-free zone, flood insurance, snake skin) nor a figure of
  speech (hit the road, flooding the chat, burning question, drowning in work, you're on fire): the
  hazard's own words say which;
- and one sign that someone is in it now: a person (me, my son, a man, someone), a home or a
  building (the house, my flat, the kitchen), a cry (help, please, hurry, now, an exclamation) or
  the hazard spreading (everywhere, rising, fast, sparking, smoke coming out) or a body feeling
  it (my head hurts, dizzy). A building collapsing now or fallen on someone is a cry alone.

Told as a question without a cry, in the past or the future, as a fear, negated or as a story (a
dream, a film, a game, a drill), it is routine. Only a short text with no Chinese is read (up to
`SHORT` characters); a longer one is a sentence for nlp.urgent's tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.regex import quick

__all__ = ["SHORT", "Cry", "read"]

SHORT = 80  # characters: a cry is a few words

_CJK = re.compile(r"[\u3400-\u9fff]")
_KID = r"(?:kids?|child(?:ren)?|bab(?:y|ies)|toddler|boy|girl|son|daughter)"
_VEHICLE = r"(?:car|truck|lorry|bus|van|minivan|motorbike|motorcycle|scooter|e-?bike|bike|tractor|train|taxi)"
_ANIMAL = r"(?:snakes?|vipers?|cobras?|adders?|dogs?|stray|rats?|monkeys?)"
# Words after a hazard's word that make it the name of a thing, a service or a rule.
_THING = (r"(?:stations?|drills?|alarms?|extinguishers?|exits?|escape|doors?|brigade|department|dept|"
          r"services?|hydrants?|fighters?|fighting|trucks?|engines?|insurance|inspections?|hazards?|"
          r"risks?|prevention|safety|codes?|wood|pits?|place|works?|certificates?|permits?|rules?|"
          r"regulations?|season|ban|warnings?|alerts?|tests?|training|course|class(?:es)?|lessons?|"
          r"marshal|officers?|men|proof(?:ing)?|resistant|retardant|crackers?|ants?|blankets?|hoses?|"
          r"free|detectors?|breaks?|shop|signals?|bombs?|machines?|zones?|maps?|control|defen[cs]es?|"
          r"barriers?|gates?|walls?|relief|victims?|lights?|plain|protection|reports?|fund|kit|skin|"
          r"oil|wine|soup|farm|charmer|vaccines?|clinic|hotline|number|bill|meter|prices?|supply|"
          r"pressure|statistics|awareness|plan|exercise|simulation|emoji|war|therapy|treatment|"
          r"collars?|toys?)\b")
_NOT_THING = rf"(?![\s-]+{_THING})"

_PERSON = (r"(?:me|him|her|us|them|some(?:one|body)|(?:my|our|his|her|their|a|an|the) (?:\w+ )?"
           rf"(?:{_KID}|man|woman|lady|leg|hand|arm|foot|face|finger|neighbou?r|friend|mother|mom|mum|"
           r"father|dad|grand\w+|wife|husband|worker|person))\b")


def _either(*alternatives: str) -> str:
    return "|".join(alternatives)


# (hazard, the words that tell it happening), in order: the first found says what the cry is
# about. The hazard is nlp.urgent's kind (bot.texts.safety gives its advice); "bite" is a bite of a
# snake or an animal, "medical" a body failing or hurt (someone hit by a vehicle among them).
_HAZARDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((hazard, quick(pattern)) for hazard, pattern in (
    ("bite", _either(
        rf"\b{_ANIMAL} (?:just |has )?(?:bit|bites|biting|bitten) {_PERSON}",
        rf"\b(?:bit|bitten) by (?:a |an |the |some )?(?:\w+ )?{_ANIMAL}",
        r"\b(?:snake|dog|rat|monkey) ?bites?\b(?=\s*(?:$|[,.!;]|(?:on|to|in|wound)\b))",
        rf"\b(?:a |the )?(?:snake|viper|cobra)s?\b{_NOT_THING}(?= (?:in|on|under|inside|near)\b)")),
    ("violence", _either(
        r"\b(?:with|has|have|holding|waving|carrying|pulled(?: out)?|pointing|swinging) "
        r"(?:a|an|his|her|their|the) (?:knife|gun|machete|axe|cleaver|hammer|crowbar)\b",
        r"\bstabb(?:ed|ing)\b|\b(?:attacked|attacking|assaulted|mugged|kidnapp?(?:ed|ing)|robbed|robbing)\b",
        r"\b(?:been|got|was|is|are) shot\b|\bbeating (?:me|him|her|us|them|my|a|an|the)\b",
        r"\bdogs? (?:are |is )?(?:attacking|chasing)\b|\bshots? fired\b|\bgunshots?\b|"
        r"\bshooting\b(?! (?:range|stars?|photos?|pictures?|a video|videos?|film|scenes?|hoops|game|"
        r"practice|club)\b)")),
    ("medical", _either(
        r"\b(?:hit|run over|ran over|knocked (?:down|over)|struck|mowed down) by (?:a |an |the |some )?"
        rf"(?:\w+ )?{_VEHICLE}s?\b",
        rf"\b{_VEHICLE} (?:just )?(?:hit|ran over|knocked (?:down|over)) (?:{_PERSON}|people|man|woman|"
        r"old|pedestrian|cyclist)",
        r"\bnot breathing\b|\bcan'?t breathe\b|\bunconscious\b|\bpassed out\b|\bfainted\b|"
        r"\bseizures?\b|\bconvuls(?:ing|ions?)\b|\bfoaming at the mouth\b",
        r"\b(?:having|has|had|keeps? having) (?:a )?fits?\b",
        r"\bheart attack\b(?! (?:risk|symptoms|prevention)\b)|\b(?:having|has|had) a stroke\b",
        r"\bchoking\b(?! hazard)|\boverdose\b|\bpoisoned\b|\bbleeding\b(?! hearts?\b)|\bblood everywhere\b",
        r"\b(?:badly|seriously) (?:hurt|injured|burn(?:ed|t))\b",
        # someone hurt or down, told of a person now: someone is hurt, man down, a kid got injured
        r"\b(?:some(?:one|body)|a (?:man|woman|kid|child|boy|girl|person|worker)|people) (?:is |are |got |"
        r"has been |have been |'s )?(?:hurt|injured)\b(?! (?:last|years?|months?|weeks?)\b)",
        r"\b(?:man|woman|person|worker|officer) down\b",
        r"\bfell (?:down|off|from) (?:the |a )?(?:stairs|ladder|roof|scaffold\w*|tree|balcony|bridge|"
        r"window)\b",
        r"\bbroke (?:his|her|my) (?:leg|arm|neck|back|hip)\b|\bhit (?:his|her|my) head\b",
        r"\bburn(?:ed|t) (?:his|her|my|himself|herself|myself)\b|\bscalded\b")),
    ("crash", _either(
        rf"\b{_VEHICLE}s? (?:just )?(?:crash(?:ed)?|collided|overturned|flipped|rolled over)\b",
        rf"\b(?:{_VEHICLE}|road|traffic) (?:crash|accident|collision)\b{_NOT_THING}",
        r"^(?:an? |there'?s (?:been )?an? )?(?:accident|crash|collision)(?=\s*!)",  # accident!! alone
        r"\b(?:crash|collision|pile-?up|accident) (?:on|at|in|near) (?:the )?(?:road|highway|street|"
        r"crossing|junction|intersection|bridge|corner|motorway|roundabout)\b")),
    ("collapse", _either(
        r"\b(?:house|building|roof|wall|ceiling|bridge|shed|scaffolding|crane)s? (?:just |has |is |are )?"
        r"(?:collapsed|collapsing|fell down|falling down|caved in|caving in|came down|coming down)\b",
        r"\b(?:house|building|roof|wall|ceiling|beams?|scaffolding|crane|tree)s? (?:just )?(?:fell|collapsed|"
        rf"came down|caved in) (?:on|onto|on top of) {_PERSON}")),
    ("lift", _either(r"\bstuck (?:in|inside) (?:the|a|an) (?:lift|elevator)\b",
                     r"\b(?:lift|elevator) (?:just )?(?:dropped|fell|plunged|stuck)\b")),
    ("power", _either(
        r"\belectrocut(?:ed|ion)\b|\b(?:got|getting|get|gets) (?:an )?(?:electric )?shock\b",
        rf"\belectric shock\b{_NOT_THING}|\blive wires?\b",
        r"\b(?:power ?lines?|wires?|cables?|sockets?|plugs?|outlets?|chargers?|transformers?|fuse ?box) "
        r"(?:is |are |keeps? |just |has )?(?:down|sparking|snapped|fell|fallen|came down|hanging down)\b")),
    ("gas", _either(
        rf"\bgas (?:is |keeps )?(?:leak(?:ing)?|smell|everywhere|hissing|escaping)\b{_NOT_THING}",
        r"\bsmell(?:s|ing)? (?:of |like )?gas\b|\bleaking gas\b")),
    ("fumes", _either(
        r"\b(?:carbon monoxide|co) (?:alarm|detector)s? (?:is |are |keeps? )?"
        r"(?:going off|went off|sounding|ringing)\b",
        rf"\bcarbon monoxide\b{_NOT_THING}|\b(?:carbon monoxide|co) poisoning\b")),
    ("water", _either(
        r"\bdrown(?:ing|ed|s)?\b(?! (?:prevention|safety|awareness|in (?:work|debt|paperwork|homework|"
        r"e-?mails|bills|tears|noise|papers|information))\b)",
        r"\bswept away\b|\bwent under\b")),
    ("flood", _either(
        rf"(?<!stop )(?<!don't )(?<!dont )\bflood(?:ed|ing)?\b{_NOT_THING}(?! (?:of|with)\b)"
        r"(?! (?:the |this |our |my |your )?(?:chat|group|thread|channel|inbox|timeline|feed|market|"
        r"phone)s?\b)",
        r"\bwater (?:is |keeps )?(?:rising|coming in|pouring in|rushing in|coming into|pouring into|"
        r"rushing into|up to (?:my|our|the|his|her) (?:knees?|waist|chest|neck))\b",
        r"\b(?:knee|waist|chest)[- ]deep\b",
        r"\b(?:river|dam|dike|dyke|embankment|river ?bank|reservoir) "
        r"(?:is )?(?:overflowing|bursting|breaking|broke|burst|giving way)\b")),
    ("fire", _either(
        rf"(?<!cease )(?<!camp )(?<!bon )(?<!cross )\bfires?\b{_NOT_THING}(?! (?:him|her|them|me|you|us|"
        r"the|that|this|those|these|his|their|some(?:one|body)|people|workers|staff|employees?|everyone)\b)",
        rf"\bwildfires?\b|\bblaze\b|\bflames?\b{_NOT_THING}|\bexplo(?:sion|ded|ding)\b(?! of\b)",
        r"(?<!eyes )(?<!eyes are )(?<!eye is )(?<!throat )(?<!throat is )(?<!skin )(?<!skin is )"
        r"\bburning\b(?! (?:rubbish|trash|garbage|leaves|straw|stubble|plastic|tyres|tires|waste|"
        r"incense|candles?|calories|fuel|oil|money|questions?|issues?|desire|sensation|pain|feeling|"
        r"the midnight)\b)",
        r"(?<!no )(?<!don't )(?<!dont )(?<!not )(?<!to )(?<!i )(?<!you )(?<!we )(?<!they )(?<!can )"
        r"(?<!cigarette )(?<!tobacco )(?<!second-hand )(?<!secondhand )\bsmoke\b"
        rf"{_NOT_THING}(?! (?:from|of) (?:the |a |his |her |their )?(?:factory|chimney|plant|bbq|"
        r"barbecue|grill|cigarettes?|kiln)\b)",
        r"\b(?:socket|plug|wires?|charger|battery|engine|car|scooter|e-?bike|stove|heater|fridge|"
        r"kitchen|roof|house) (?:is |are )?smoking\b")),
))
# Smoke let out by a works is a nuisance, the environment bureau's matter, not a fire.
_EMITTED = quick(r"\b(?:factory|factories|chimneys?|plant|kiln|incinerator|puffs?|belch(?:es|ing)?|emits?|"
                 r"lets? out|pours? out)\b")
# "on fire" of a person is praise (you're on fire tonight); of a thing, a fire.
_PRAISE = quick(r"\b(?:you|you're|youre|ur|he's|she's|we're|i'm|they're|team|he is|she is|we are|i am|"
                r"you are) (?:so |totally |really |just )?on fire\b")

# The second factor: someone in it, a home, a cry, the hazard spreading.
_SOMEONE = quick(
    rf"\b(?:me|us|i|i'm|im|we|we're|some(?:one|body)|any(?:one|body)|people|man|woman|men|women|"
    rf"guy|lady|{_KID}|mother|mom|mum|father|dad|grand(?:ma|pa|mother|father)|granny|wife|husband|"
    r"brother|sister|friend|neighbou?rs?|family|workers?|students?|old (?:man|woman|lady|people)|he|she|"
    r"him|her|they|them|pedestrian|cyclist|rider|passengers?)\b")
_HOME = quick(r"\b(?:house|home|flat|apartment|room|bedroom|kitchen|bathroom|basement|cellar|garage|"
              r"building|dorm(?:itory)?|stairwell|corridor|hallway|shop|store|restaurant|school|classroom|"
              r"office|hotel|village|street|yard|car|bus)\b")
_CRYING = quick(r"\b(?:help|sos|please|pls|plz|hurry|quick(?:ly)?|now|urgent(?:ly)?|emergency|ambulance|"
                r"police|asap|911|119|110|120|112|999)\b(?! (?:desk|line|centre|center|with)\b)|!")
_SPREADING = quick(r"\b(?:everywhere|spreading|rising|fast|all over|out of control|getting (?:bigger|"
                   r"worse|higher|closer|deeper)|trapped|stuck|inside|screaming|huge|big|"
                   r"can'?t (?:get out|breathe|move|swim|walk|escape)|sparking|sparks|"
                   r"(?:coming|pouring|billowing) out|"
                   r"head ?aches?|head (?:hurts|is spinning)|dizzy|feels? (?:sick|faint)|vomiting|drowsy)\b")
_FACTORS = (_SOMEONE, _HOME, _CRYING, _SPREADING)

# Told as routine: a past, a future, a habit, a fear, a negation, a story, thanks.
_ROUTINE = quick(
    r"\b(?:yesterday|tomorrow|tonight|later|ago|someday|whenever|if|in case|used to|every (?:day|night|"
    r"week|time|year)|always|often|usually|last (?:night|week|month|year|time|summer|winter|spring|autumn)|"
    r"next (?:week|month|year|time|summer|winter|spring|autumn)|(?:worried|afraid|scared|fear)|"
    r"almost|nearly|false alarm|(?:was|were|been|got|is|are|has been) put out|is out\b(?! of)|under control|"
    r"when it|each time|every time|each year|"
    r"(?:all|everyone|everybody) (?:is )?(?:safe|fine|ok)|dream(?:s|t|ed)?|movie|film|game|tv|show|series|"
    r"novel|book|song|news|video|photos?|pictures?|joke|kidding|lol|haha|meme|drill|practice|exercise|"
    r"training|simulation|test|lesson|documentary|poem|story|thanks?|thank you)\b")
_QUESTION = quick(r"\?\s*$|^\W*(?:what|where|when|how|who|why|which|is|are|can|could|should|do|does|did|will|"
                  r"would|may)\b")
# A hazard's word negated just before it: no smoke, not a fire, there isn't any flood.
_NEGATED = re.compile(r"\b(?:no|not|isn'?t|wasn'?t|aren'?t|without|never)\s+(?:\w+\s+)?$")
_TO_A_BODY = frozenset({"bite", "violence", "medical", "power"})
# A hazard only there (a snake in the room, a man holding a knife) is done to no one yet.
_THERE = quick(r"(?:a |the )?(?:snake|viper|cobra)s?|(?:with|has|have|holding|waving|carrying|pulled|"
               r"pointing|swinging)\b.*|shots? fired|gunshots?|shooting")
_CRY_WORD = quick(r"\b(?:help|sos|hurry|emergency)\b|!")


@dataclass(frozen=True)
class Cry:
    """A short English cry's hazard and the words that tell it; `urgent` when someone is in it now
    (the hazard and a second factor), `cue` the words of both."""

    hazard: str
    words: tuple[str, ...]
    urgent: bool
    cue: str


def read(text: str) -> Cry | None:
    """The hazard a short English text (normalised: lower case) tells of as happening, or None."""
    if len(text) > SHORT or _CJK.search(text) or not re.search(r"[a-z]", text):
        return None
    if _ROUTINE.search(text) or (_QUESTION.search(text) and not _CRY_WORD.search(text)):
        return None
    for hazard, pattern in _HAZARDS:
        found = [m for m in pattern.finditer(text) if not _NEGATED.search(text, 0, m.start())
                 and not (hazard == "fire" and _PRAISE.search(text))
                 and not ("smok" in m.group() and _EMITTED.search(text))]
        if not found:
            continue
        words = tuple(dict.fromkeys(m.group() for m in found))
        rest = pattern.sub(" ", text)  # the second factor is another word than the hazard's
        factors = tuple(dict.fromkeys(m.group() for factor in _FACTORS for m in factor.finditer(rest)
                                      if m.group().strip()))
        # A hazard told twice is a cry (fire fire fire); one done to a body is someone's in it when
        # it names them (a dog bit my son) or, told first with no one named (bitten by a snake,
        # hit by a car, electrocuted), the writer's own.
        done = hazard in _TO_A_BODY and not _THERE.fullmatch(found[0].group())
        falling = hazard == "collapse" and re.search(r"ing\b|\bon\b", words[0])  # now, on someone
        said = len(found) > 1 or bool(falling) or (done and (
            not text[: found[0].start()].strip(" .,!") or bool(_SOMEONE.search(" ".join(words)))))
        return Cry(hazard, words, bool(factors) or said, "+".join((*words, *factors[:2])))
    return None
