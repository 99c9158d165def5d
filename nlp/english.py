"""Messages in English: a report unless recognisably not one, routed by English remit words.

The county's unit tables are Chinese. A visitor or a worker from abroad who writes in English
must still reach a person, so a message with no Chinese is a report unless it is recognisably
none: social words (a greeting, thanks, a test, small talk, a message meant for someone else)
with no trouble told and no unit's matter named, or a form that names a unit's word freely (a
question about the bot, its privacy, hours or language; an advert, a notice, pasted news,
trivia, a recipe, a joke, lyrics) with no trouble told; or keys struck at random.
A report goes to a unit where English words of that unit's remit say so clearly (a pothole to
transport, a landlord's deposit to housing, a break-in to the police), otherwise to the hotline
for a person to read; each word is shown as typed. A unit's word that only says where (next to
the school, the supermarket car park) counts little. The same words count in Chinese text that
mixes them in (房东不退 deposit).
"""

from __future__ import annotations

import re

from nlp.english_remark import remark
from nlp.regex import quick

__all__ = ["UNIT_WORDS", "general_question", "is_nonreport", "social_topic", "told", "unit_words"]


def _words(*alternatives: str) -> re.Pattern[str]:
    return quick(r"\b(?:" + "|".join(alternatives) + r")\b")


# Each unit's remit in everyday English (a small lexicon; Chinese keywords stay in nlp/lexicon).
UNIT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("transport", _words(
        r"pot ?holes?", r"roads? (is |are )?(broken|damaged|cracked|flooded)", r"speed bumps?",
        r"traffic lights?", r"bus (stops?|routes?|drivers?|services?|stations?)", r"buses", r"taxis?",
        r"overloaded( trucks?)?", r"bridges?", r"highways?", r"(full of|huge|big|deep) holes",
        r"holes? in the (road|street)",
        r"(the )?bus( to [a-z]+)? (has not|hasn't|hasnt|did not|didn't|does not|doesn't|never) "
        r"(come|came|run|ran|show(ed)? up)", r"no bus(es)?")),
    ("housing", _words(
        r"landlords?", r"(rental |rent )?deposits?", r"rent(ed|ing)?", r"tenants?",
        r"property (management|company|fees?)", r"estate management", r"(leaking|leaky) roofs?",
        r"developers?", r"new flats?", r"radiators?", r"heating", r"gas pipes?", r"building sites?",
        r"scaffolding")),
    ("police", _words(
        r"broke into", r"break-?ins?", r"burglar(s|y|ies)?", r"stole(n)?", r"steal(ing|s)?",
        r"thie(f|ves)", r"theft", r"robbed", r"robbery", r"scam(med|mers?)?", r"fraud",
        r"pretend(ing|ed)? to be", r"lock (was |is )?(broken|forced|smashed)", r"drunk driv(er|ing)",
        r"gambling", r"drugs? deal(ers?|ing)", r"fights?", r"fighting", r"harass(ed|ing|ment)",
        r"threaten(ed|ing|s)?", r"police", r"residence permits?", r"visas?", r"passports?",
        r"karaoke", r"blasts music")),
    ("women", _words(r"hits? me", r"beats? me", r"domestic violence", r"(husband|boyfriend) (hits|beats)",
                     r"single mother", r"women in hardship",
                     r"child support", r"married out", r"alimony")),
    ("power", _words(
        r"electricity", r"power (cuts?|outages?|failures?|is off|went off)", r"blackouts?", r"no power",
        r"electric(ity)? bills?", r"voltage", r"power lines?", r"transformers?",
        r"charging (piles?|points?|stations?)", r"electric(al)? wires?",
        r"power (went|goes|has gone|is|was) (out|off|down)", r"(the )?lights (went|go|have gone) out",
        r"no (lights|electricity)", r"(electricity|power) (went|is|was) cut")),
    ("water", _words(
        r"no (running )?water", r"water (supply|pipes?|bills?|pressure|meters?|is off)", r"tap water",
        r"water (in|at|to) (our|the|my) (building|flat|house|home|village|street|estate|block) "
        r"(is|has been|was|went|have been) (off|cut off|cut)",
        r"water from the tap", r"safe to drink", r"water (from|coming out of|out of) (my|our|the) taps?",
        r"taps? (is |are |went |has gone |have gone )?(dry|running dry)",
        r"water (is|looks|smells|tastes) (brown|yellow|cloudy|rusty|muddy|dirty|bad|strange|funny)",
        r"water mains?", r"burst pipes?", r"pipe (has )?burst", r"water cut", r"gushing", r"underpass",
        r"waterlogged", r"drainage")),
    ("ecology", _words(
        r"pollut(ion|ed|ing|es)", r"dump(s|ing|ed)? [a-z ]{0,20}(into|in) the (river|lake|pond)",
        r"chemical smell", r"waste ?water", r"black (water|smoke)", r"chimneys?", r"emissions?",
        r"sludge", r"(brown|black|oily) water", r"into the (river|canal|pond)", r"paint thinner",
        r"machines? roar(s|ing)?", r"constant roaring")),
    ("hrss", _words(
        r"wages?", r"salar(y|ies)", r"unpaid", r"(my|our) (boss|employer)", r"pensions?",
        r"work injur(y|ies)", r"labou?r contracts?", r"fired me", r"social insurance", r"overtime",
        r"hasn'?t paid (us|me|the workers)", r"owes (me|us)", r"job fairs?", r"start-?up subsid(y|ies)",
        r"unemploy(ed|ment)")),
    ("urban", _words(
        r"street ?lights?", r"street ?lamps?", r"garbage", r"rubbish", r"trash", r"litter", r"loud music",
        r"noisy", r"noise", r"street vendors?", r"illegal (building|construction)", r"graffiti",
        r"blocked drains?", r"sewers?", r"stray dogs?", r"parking on the pavement", r"manholes?",
        r"manhole covers?", r"drilling", r"night work", r"hawkers?",
        r"(the|entire|whole) (sidewalk|pavement)", r"pile-?driving", r"(rubbish |garbage |trash |dust)?bins?",
        r"uncollected")),
    ("education", _words(
        r"schools?", r"teachers?", r"tuition", r"kindergartens?", r"homework", r"classrooms?",
        r"students?", r"headmaster", r"principal", r"sports (center|centre|ground)",
        r"basketball courts?", r"librar(y|ies)")),
    ("market", _words(
        r"shops?", r"stores?", r"supermarkets?", r"expired", r"fake (goods|products)", r"counterfeit",
        r"refunds?", r"(my )?money back", r"overcharg(ed|ing|es)", r"sellers?", r"elevators?",
        r"(the|a) lifts?", r"prepaid cards?", r"food safety", r"gyms?", r"filthy", r"food poisoning",
        r"diarrh(o)?ea", r"(a|the) rats?", r"(rotten|spoiled|stale|mou?ldy|off) (meat|food|fish|milk|eggs?)",
        r"(food|meal|dish) (made|making) (me|us|him|her|them|my \w+) (ill|sick)",
        r"(sick|ill) after (eating|dinner|lunch|breakfast)", r"(dirty|filthy) kitchens?", r"food hygiene")),
    ("health", _words(
        r"clinics?", r"hospitals?", r"doctors?", r"nurses?", r"medicines?", r"vaccin(e|es|ation)",
        r"wrong (medicine|diagnosis)", r"dentists?", r"ambulances?", r"iv drips?", r"rash", r"fever",
        r"epidemic", r"rabies( (shots?|jabs?|vaccines?))?",
        r"bitten by (a|the|our|my) (stray |wild )?(dog|cat)")),
    ("medins", _words(r"medical insurance", r"health insurance", r"reimburse(d|ment)?", r"insurance cards?",
                      r"(medical )?treatment in another (province|city)",
                      r"register for (medical )?treatment")),
    ("civil", _words(
        r"nursing homes?", r"elderly care", r"subsistence allowance", r"low income allowance",
        r"marriage registration", r"register (our|my|the) marriage", r"funerals?", r"burials?",
        r"orphans?", r"welfare", r"old-?age allowance", r"lives? alone", r"homeless",
        r"sleeps? (under|on the street)", r"relief", r"left-?behind")),
    ("disabled", _words(r"disabled", r"disabilit(y|ies)", r"wheelchairs?", r"assistive devices?")),
    ("agri", _words(
        r"crops?", r"pesticides?", r"fertili[sz]ers?", r"seeds?", r"livestock", r"pigs?",
        r"farm(ing|er|ers)?", r"harvest", r"garlic", r"cattle", r"sheep", r"grain subsid(y|ies)",
        r"planted")),
    ("land", _words(
        r"land (acquisition|dispute|compensation)", r"homesteads?", r"expropriat(ed|ion)",
        r"land is being taken", r"on farmland", r"property certificates?", r"(property |title )?deeds?")),
    ("approval", _words(r"business licen[cs]es?", r"service (hall|center|centre)", r"self-service machine")),
)
# Pesticide in a body is a poisoning, not a farmer's complaint; a pig in a sentence about a
# vaccine is still the vet's: the router's emergencies and company rules decide those.


def unit_words(text: str) -> list[tuple[str, str, int, int, float]]:
    """(unit, words as typed, start, end, strength) of each English remit word in normalised
    text; a word that only says where (near the supermarket, the garlic field) counts little."""
    if not _LETTERS.search(text):
        return []  # most messages hold no English word
    return [(code, m.group(), m.start(), m.end(), _LANDMARK if _where(text, m.start(), m.end()) else 1.0)
            for code, pattern in UNIT_WORDS for m in pattern.finditer(text)]


_LANDMARK = 0.3
# A place named to say where something is: after "near", "next to" … (a word between: next to
# my kid's school), or before a place of its own (the supermarket car park, the garlic field).
_BEFORE = re.compile(r"\b(near|next to|beside|behind|outside|opposite|across from|in front of|by|"
                     r"over|around|past|at a|in a)(( the| a| an| my| our| his| her| \w+'s)"
                     r"( (big|small|old|new|local))?| \w+)? ?$")  # a name between: near jinxiang bus station
_AFTER = re.compile(r"^ (car park|parking lot|fields?|(processing )?plant|factory|road|street|gate|"
                    r"entrance|area|lobby|crossing)\b")


def _where(text: str, start: int, end: int) -> bool:
    return bool(_BEFORE.search(text[max(0, start - 30) : start]) or _AFTER.match(text[end : end + 30]))


_CJK = re.compile(r"[\u4e00-\u9fff]")
_LETTERS = re.compile(r"[a-z]{2,}")
# Trouble told: harm, loss, something broken or refused, a wait, a complaint, a request to act.
_TROUBLE = re.compile(
    r"\b(help|hurt|injur(ed|y)|bleed(ing)?|blood|stole|stolen|rob(bed)?|attack(ed)?|fire|smoke|"
    r"gas|leak(s|ing|ed)?|broken|broke|breathing|unconscious|accident|trapped|stuck|locked|missing|"
    r"emergency|ambulance|police|dying|dead|fell|fallen|drown(ing)?|flood(ed|ing)?|scam(med)?|"
    r"cheated|beat(ing|en|s)?|burst|birth|labou?r|smell(s|ing)?|stinks?|chok(e|ing)|seizure|"
    r"poison(ed|ing)?|shock(ed)?|crash(ed)?|knife|gun|fight(ing)?|blackout|bitten|bites?|biting|snake|"
    r"pesticide|complain(t|ts|ing)?|(?<!no )problems?|issue|(don'?t|doesn'?t|didn'?t) care|"
    r"all night|every night|can'?t sleep|blocked|clogged|overflow\w*|dumped|counterfeit|shame|sadly|"
    r"fake(?! (one|account|bot|news|number))|unfortunately|disappoint\w*|rip[- ]?off|overcharg\w*|"
    r"who (should|do|can) i (ask|contact|call|tell)|refuses?|refused|never|still|nobody|no one|"
    r"not (working|paid|returned|fixed|repaired|collected|answered)|doesn'?t work|won'?t|didn'?t|"
    r"hasn'?t|haven'?t|can'?t|cannot|illegal|dangerous|dirty|unsafe|waiting|suggest(ion|ed)?|"
    r"for (days|weeks|months|years|a (week|month|year))|(days|weeks|months) (now|already|ago)|"
    r"no (water|power|electricity|heat|answer|reply)|is (this|that|it) (fair|legal|allowed)|"
    r"(can|could) (someone|you|anyone) (take|send|come|check|fix|look|stop|do)|who do i ask)\b")
# Social words (a greeting, thanks, small talk, a test): no report unless trouble is told or a
# unit's matter is named.
_SOCIAL = re.compile(
    r"^(hi|hello|hey|dear|good (morning|afternoon|evening|night)|greetings)\b|"
    r"\b(thank(s| you)|thx|appreciate(d)?|well done|great job|good job|you are (wonderful|great|amazing)|"
    r"have a nice day)\b|\btest(ing)?\b|\bchecking\b|"
    r"\bhow are you\b|\bwhat'?s up\b|\bweather\b|\bbored\b|\bsee you\b|\bbye\b|\blol\b|\bhaha|"
    r"\bwhat'?s your name|\bhappy (new year|birthday|holidays?|easter|thanksgiving)|\bmerry christmas\b|"
    r"\bseason'?s greetings\b|\bi love you\b|\bbabe\b|"
    r"where are you\b|\bsee u\b|wrong (chat|number|group)|\bthe match\b|\bslides\b|so cold today|"
    r"anyone else freezing|meant for my|please ignore|\boops\b|do we need")
# Forms of non-report that name a unit's word freely (garlic prices, a water notice, a teacher
# wanted): no report unless trouble is told. Questions about the service; notices, news and
# adverts passed on; trivia, recipes, jokes, horoscopes and lyrics.
_FORM = re.compile(
    r"\bis (this|it) (a |the |an )?(bot|robot|real|working|official)|\bare you (a )?(bot|robot|human|real)|"
    r"\b(does|do|can) (this|you|it|i) [a-z ]{0,20}(english|speak|understand|work|use)|\bthe bot\b|"
    r"\bthis bot\b|\b(privacy|personal (data|information)|who (can )?sees?|see my (messages|name|data))\b|"
    r"(kept|keep|stay) private|chat history|messages stored|my real (phone|name|number)|"
    r"\b(working|office|opening) hours\b|\bwhen (are|do) you (open|close)|\bhow (does|do) (this|it)\b|"
    r"\bis anyone (there|here)|what ((kind|sort|type) of )?(problems|things|matters|issues) can|"
    r"send (photos|pictures|voice)|"
    r"how long until|\btranslate\b|does a (human|person|real person)|nothing to report|"
    r"\b(click|subscribe|discount|% off|buy now|free gift|promo(tion)?|limited offer|earn money|"
    r"win (a|an|cash)|follow us|www\.|https?:)|\bcheap\b|free (design|trial)|\bhiring\b|send (your )?cv|"
    r"you have won|claim your prize|congratulations!|forward this message|good luck all year|"
    r"horoscope|lucky (colou?r|number)|\bwe sell\b|\bbest price|wholesale|\bdm (me|now)|contact me|"
    r"per hour|call now|private lessons|guaranteed|investment|\bvpn\b|crypto|"
    r"\(xinhua\)|\breuters\b|\bsaid on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"^(notice|reminder|breaking|announcement|tips?)\b|\bnotice:|will be (suspended|interrupted)|"
    r"warning (issued|for)|\btips (from|for)\b|\bplease pay before|is known as|located in|"
    r"\bhow many\b|how do you say|past tense|capital of|best way to get|is it true|works again|"
    r"thank you to whoever|recommend|tourist|\bessay\b|\bjoke\b|tell me a joke|why did the|"
    r"\btwinkle|\bla la|\boh baby|jingle bells|row your boat|roses are red|merrily|"
    r"cloves of|until golden|minced|stir[- ]fry|\btablespoons?\b|"
    r"^(hey|hi|dear) (?!there|sir|madam|team|all|everyone|guys|friends)[a-z]+,")  # to a friend by name
_THANKED = re.compile(
    r"\bthank(s| you)\b[^.!?]{0,60}\b(help|last time|quick|fixing|fixed|handled|solved|complaint)\b")
# Asking what may be reported names problems without telling one: what kind of problems can I report.
_SCOPE = re.compile(r"\bwhat (kind of |sort of |type of )?(problems|things|matters|issues|complaints) "
                    r"(can|could|do|should|may) (i|we|you|people)\b")
# A question seeking general information (what time is it in Beijing, is it going to rain
# tomorrow?): no report when short and it tells no trouble, names no unit's matter and nothing
# of the writer's own (my street, our village, the neighbours), as nlp.nonreport_asked reads one.
_QUESTION = re.compile(
    r"^(what|when|where|which|who|whose|why|how|is|are|was|were|do|does|did|can|could|will|would|"
    r"should|shall|may)\b|\?\s*$")
_OWN = re.compile(r"\b(my|mine|our|ours|we|us|neighbou?rs?|family|husband|wife|son|daughter|"
                  r"mother|father|mum|mom|dad|kids?|children)\b")
_QUESTION_WORDS = 15  # a question of general knowledge is short
# Whose but no one's: our solar system, our planet (all of us); a setting on one's own gadget asked
# how to change (how do I change the ringtone on my phone) is a how-to, nothing of one's own wrong.
_EVERYONES = re.compile(r"\bour (solar system|planet|world|galaxy|universe|bod(y|ies)|sun|moon)\b|"
                        r"\b(on|in|of|to|from) my (phone|mobile|computer|laptop|tablet|tv|camera|watch)\b")
# A remark on a place or a meal enjoyed (the park looks lovely, the noodles there are great): no
# report when it tells no trouble and asks nothing, whatever place it names.
_PLEASANT = re.compile(r"\b(lovely|beautiful|nice|great|delicious|wonderful|amazing|tasty|pretty|"
                       r"enjoyed|loved|love|fun)\b")
_ASKS = re.compile(r"\?|\b(please|pls|can|could|would|should|need|needs|want|wants|hope|wish|why|how|"
                   r"when|where|who|but|though|however|except|only|not|no|too|more|less|now|still|again|blocked|"
                   r"clogged|overflow\w*|dumped|cracked|loose|wrong|bad|late)\b")
_VOWELS = re.compile(r"[aeiouy]")
_KEYBOARD = re.compile(r"asd|qwe|zxc|sdf|dfg|fgh|ghj|hjk|jkl|xcv|cvb|vbn|bnm|yui|uiop|([a-z])\1{2,}")


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
        return True  # keys struck at random (qwerty uiop, sdfghjk, jjjjkkk)
    trouble = bool(_TROUBLE.search(_THANKED.sub("", _SCOPE.sub("", text))))
    if _FORM.search(text) and not trouble:
        return True
    if general_question(text) or (_PLEASANT.search(text) and not (trouble or _ASKS.search(text))) \
            or (remark(text) and not trouble):
        return True
    matter = trouble or any(strength == 1.0 for *_, strength in unit_words(text))
    # Social words, or a single word (ok, yes, hmm), with nothing in them.
    return (bool(_SOCIAL.search(text)) or len(real) < 2) and not matter


def general_question(text: str) -> bool:
    """True when normalised text without Chinese is a short question seeking general information
    (what time is it in Beijing): no trouble told, no unit's matter and nothing of the writer's
    own (my street, our village, the neighbours)."""
    return (not _CJK.search(text) and bool(_QUESTION.search(text))
            and 2 <= len(_LETTERS.findall(text)) <= _QUESTION_WORDS
            and not (told(text) or _OWN.search(_EVERYONES.sub("", text))))


def told(text: str) -> bool:
    """True when English words in normalised text tell of trouble or name a unit's matter
    (thanks for help given is no call for help)."""
    return bool(_TROUBLE.search(_THANKED.sub("", text)) or unit_words(text))


# What a few social words ask of the bot, for its answer (nlp.noise.noise_topic; refs #10: thx
# was answered with the cases being handled, do you speak English? with "cannot answer that"):
# whether it reads English — asked in English or in Chinese — or thanks in English.
_LANGUAGE = re.compile(
    r"\b(do|can|could|may|should) (you|i|we) (speak|understand|read|write|use|talk|text)( to you)?"
    r"( in)? english\b|\b(is )?english (ok|okay|fine|possible|allowed)\b|"
    r"(会|能|可以|懂)(说|讲|看|看懂|读|用|写|发)?英(语|文)")
_THANKS_EN = re.compile(r"\b(thanks?|thank (you|u)|thx|thnx|thanx|tks|ty|tysm|cheers"
                        r"|(much )?appreciated|appreciate it)\b")


def social_topic(text: str) -> str:
    """"language" when normalised text asks whether the bot reads English, "thanks" when it
    thanks in English, else ""."""
    if _LANGUAGE.search(text):
        return "language"
    return "thanks" if _THANKS_EN.search(text) else ""
