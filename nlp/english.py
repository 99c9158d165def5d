"""Messages in English: a report unless recognisably not one, routed by English remit words.

The county's unit tables are Chinese. A visitor or a worker from abroad who writes in English
must still reach a person, so a message with no Chinese is a report unless it is recognisably no
report (a greeting, thanks, a test, a question about the bot, its privacy, hours or language, an
advert, pasted news or lyrics, small talk, keys struck at random) with no trouble told in it.
It goes to a unit where English words of that unit's remit say so clearly (a pothole to
transport, a landlord's deposit to housing, a break-in to the police), otherwise to the hotline
for a person to read; each unit's words are shown as typed (English is matched as words, with
their common endings). The same words count in Chinese text that mixes them in
(小区的 elevator 坏了).
"""

from __future__ import annotations

import re

__all__ = ["UNIT_WORDS", "is_nonreport", "told", "unit_words"]



def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


# Each unit's remit in everyday English (a small lexicon; Chinese keywords stay in nlp/lexicon).
UNIT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("transport", _words(r"pot ?holes?", r"roads? (is |are )?(broken|damaged|cracked|flooded)",
                         r"speed bumps?", r"traffic lights?", r"bus (stops?|routes?|drivers?|services?)",
                         r"buses", r"taxis?", r"overloaded trucks?", r"bridges?", r"highways?")),
    ("housing", _words(r"landlords?", r"(rental |rent )?deposits?", r"rent(ed|ing)?", r"tenants?",
                       r"property (management|company|fees?)", r"estate management",
                       r"(leaking|leaky) roofs?", r"developers?", r"new flats?")),
    ("police", _words(r"broke into", r"break-?ins?", r"burglar(s|y|ies)?", r"stole(n)?", r"steal(ing|s)?",
                      r"thie(f|ves)", r"theft", r"robbed", r"robbery", r"scam(med|mers?)?", r"fraud",
                      r"drunk driv(er|ing)", r"gambling", r"drugs? deal(ers?|ing)", r"fights?",
                      r"fighting", r"harass(ed|ing|ment)", r"threaten(ed|ing|s)?", r"police")),
    ("women", _words(r"hits? me", r"beats? me", r"domestic violence", r"(husband|boyfriend) (hits|beats)")),
    ("power", _words(r"electricity", r"power (cuts?|outages?|failures?|is off|went off)", r"blackouts?",
                     r"no power", r"electric(ity)? bills?", r"voltage", r"power lines?", r"transformers?")),
    ("water", _words(r"no (running )?water", r"water (supply|pipes?|bills?|pressure|meters?|is off)",
                     r"tap water", r"water mains?", r"burst pipes?", r"water cut")),
    ("ecology", _words(r"pollut(ion|ed|ing|es)",
                       r"dump(s|ing|ed)? [a-z ]{0,20}(into|in) the (river|lake|pond)",
                       r"chemical smell", r"waste ?water", r"black (water|smoke)", r"chimneys?",
                       r"emissions?")),
    ("hrss", _words(r"wages?", r"salar(y|ies)", r"unpaid", r"(my|our) (boss|employer)", r"pensions?",
                    r"work injur(y|ies)", r"labou?r contracts?", r"fired me", r"social insurance",
                    r"overtime")),
    ("urban", _words(r"street ?lights?", r"street ?lamps?", r"garbage", r"rubbish", r"trash", r"litter",
                     r"loud music", r"noisy", r"noise", r"street vendors?",
                     r"illegal (building|construction)",
                     r"graffiti", r"blocked drains?", r"sewers?", r"stray dogs?",
                     r"parking on the pavement")),
    ("education", _words(r"schools?", r"teachers?", r"tuition", r"kindergartens?", r"homework",
                         r"classrooms?", r"students?", r"headmaster", r"principal")),
    ("market", _words(r"shops?", r"stores?", r"supermarkets?", r"expired", r"fake (goods|products)",
                      r"counterfeit", r"refunds?", r"(my )?money back", r"overcharg(ed|ing|es)", r"sellers?",
                      r"elevators?", r"lifts?", r"prepaid cards?", r"food safety", r"gyms?")),
    ("health", _words(r"clinics?", r"hospitals?", r"doctors?", r"nurses?", r"medicines?",
                      r"vaccin(e|es|ation)", r"wrong (medicine|diagnosis)", r"dentists?")),
    ("medins", _words(r"medical insurance", r"health insurance", r"reimburse(d|ment)?", r"insurance cards?")),
    ("civil", _words(r"nursing homes?", r"elderly care", r"subsistence allowance", r"low income allowance",
                     r"marriage registration", r"funerals?", r"burials?", r"orphans?", r"welfare")),
    ("disabled", _words(r"disabled", r"disabilit(y|ies)", r"wheelchairs?")),
    ("agri", _words(r"crops?", r"pesticides?", r"fertili[sz]ers?", r"seeds?", r"livestock", r"pigs?",
                    r"farm(land|ing|er|ers)?", r"harvest", r"garlic", r"cattle", r"sheep")),
    ("land", _words(r"land (acquisition|dispute|compensation)", r"homesteads?", r"expropriat(ed|ion)")),
    ("approval", _words(r"business licen[cs]es?", r"permits?")),
)
# Pesticide in a body is a poisoning, not a farmer's complaint; a pig in a sentence about a
# vaccine is still the vet's: the router's emergencies and company rules decide those.


def unit_words(text: str) -> list[tuple[str, str, int, int]]:
    """(unit, words as typed, start, end) of each English remit word in normalised text."""
    return [(code, m.group(), m.start(), m.end())
            for code, pattern in UNIT_WORDS for m in pattern.finditer(text)]


_CJK = re.compile(r"[\u4e00-\u9fff]")
_LETTERS = re.compile(r"[a-z]{2,}")
# Trouble told: harm, loss, something broken or refused, a wait, a complaint.
_TROUBLE = re.compile(
    r"\b(help|hurt|injur(ed|y)|bleed(ing)?|blood|stole|stolen|rob(bed)?|attack(ed)?|fire|smoke|"
    r"gas|leak(s|ing|ed)?|broken|broke|breathing|unconscious|accident|trapped|stuck|locked|missing|"
    r"emergency|ambulance|police|dying|dead|fell|fallen|drown(ing)?|flood(ed|ing)?|scam(med)?|"
    r"cheated|beat(ing|en|s)?|burst|birth|labou?r|smell(s|ing)?|stinks?|chok(e|ing)|seizure|"
    r"poison(ed|ing)?|shock(ed)?|crash(ed)?|knife|gun|fight(ing)?|blackout|bitten|bite|snake|"
    r"pesticide|complain(t|ts|ing)?|problem|issue|refuses?|refused|never|still|nobody|no one|"
    r"not (working|paid|returned|fixed|repaired|collected|answered)|doesn'?t work|won'?t|didn'?t|"
    r"hasn'?t|haven'?t|can'?t|cannot|illegal|dangerous|dirty|unsafe|waiting|days|weeks|months|"
    r"no (water|power|electricity|heat|answer|reply))\b")
# Recognisable non-reports (a greeting, thanks, a test, a question about the service, an advert,
# pasted news, small talk): no report when no trouble is told.
_NONREPORT = re.compile(
    r"^(hi|hello|hey|dear|good (morning|afternoon|evening|night)|greetings)\b|"
    r"\b(thank(s| you)|thx|appreciate|well done|great job|good job|you are (wonderful|great|amazing))\b|"
    r"\btest(ing)?\b|\bis (this|it) (a |the )?(bot|robot|real|working)|\bare you (a )?(bot|robot|human|real)|"
    r"\b(does|do|can) (this|you|it|i) [a-z ]{0,20}(english|speak|understand|work|use)|"
    r"\b(privacy|private|personal (data|information)|who (can )?sees?|see my)\b|"
    r"\b(working|office|opening) hours\b|\bwhen (are|do) you (open|close)|\bhow (does|do) (this|it|i)\b|"
    r"\bis anyone (there|here)|\b(click|subscribe|discount|% off|buy now|free gift|promo(tion)?|"
    r"limited offer|earn money|win (a|an|cash)|follow us|www\.|https?:)|"
    r"\(xinhua\)|\breuters\b|\bsaid on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\bhow are you\b|\bwhat'?s up\b|\bweather\b|\bbored\b|\bsee you\b|\bbye\b|\blol\b|\bhaha|"
    r"\bwhat'?s your name|\btell me a joke|\bhappy (new year|birthday|holidays?)|"
    r"\btwinkle|\bla la|\boh baby|\bi love you\b|"
    # notices and adverts passed on, trivia, chat meant for someone else, the service asked about
    r"^(notice|reminder|breaking|announcement|tips?)\b|\bnotice:|will be (suspended|interrupted)|"
    r"warning (issued|for)|\btips (from|for)\b|\bplease pay before|\bwe sell\b|\bbest price|wholesale|"
    r"free trial|\bdm (me|now)|contact me|per hour|call now|private lessons|guaranteed|investment|\bvpn\b|"
    r"crypto|is known as|located in|\bhow many\b|how do you say|where are you\b|\bsee u\b|"
    r"wrong (chat|number|group)|\bthe match\b|\bslides\b|\bessay\b|so cold|freezing|\bjoke\b|"
    r"what (kind of )?(problems|things|matters) can|send (photos|pictures|voice)|how long until|"
    r"\btranslate\b|does a (human|person|real person)|nothing to report|official (government )?account|"
    r"is it true|works again|thank you to whoever|recommend|tourist|\bis this\b[^.!?]{0,20}\?")
_THANKED = re.compile(r"\bthank(s| you)\b[^.!?]{0,40}\b(help|last time|quick|fixing|fixed)\b")
_VOWELS = re.compile(r"[aeiouy]")
_KEYBOARD = re.compile(r"asdf|qwer|zxcv|uiop|hjkl|jkl|sdfg|([a-z])\1{2,}")


def is_nonreport(text: str) -> bool | None:
    """For normalised text without Chinese: True when it is recognisably no report, False when
    it is one (anything else, to a unit or to the hotline); None for text with Chinese."""
    if _CJK.search(text):
        return None
    words = _LETTERS.findall(text)
    if not words:
        return True  # emoji, digits, punctuation
    real = [word for word in words if _VOWELS.search(word) and not _KEYBOARD.search(word)]
    if len(real) * 2 < len(words):
        return True  # keys struck at random (qwerty uiop, asdfghjkl, jjjjkkk)
    # A form of non-report names a unit's word freely (garlic prices, a water notice): only
    # trouble told makes it a report.
    if _NONREPORT.search(text) and not _TROUBLE.search(_THANKED.sub("", text)):
        return True
    return len(real) < 2 and not told(text)  # a single word (ok, yes, hmm) with nothing in it


def told(text: str) -> bool:
    """True when English words in normalised text tell of trouble or name a unit's matter
    (thanks for help given is no call for help)."""
    return bool(_TROUBLE.search(_THANKED.sub("", text)) or unit_words(text))
