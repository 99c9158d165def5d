"""A calm English complaint told with a hazard's word: a habit, an annoyance or a request to check.

"my neighbour keeps burning rubbish every evening and the smoke is annoying", "the factory chimney
smoke is bad again today, please check it": smoke, burning or sparks told as what keeps happening
(keeps, every evening, again, always), as a bother (annoying, a nuisance, the smell, it stinks) or
with a request to look into it is a matter for a unit, not a call for help, as 天天烧垃圾 is on
the Chinese side (nlp.urgent's _ROUTINE). It stays a call when someone is in danger in it now
(help, trapped, can't breathe, someone inside, on fire, flames spreading, an ambulance), and a
habit of another kind (a body failing, water coming in) is still a call: only smoke, burning,
fumes and sparks are a nuisance.
"""

from __future__ import annotations

from nlp.regex import quick

__all__ = ["NUISANCES", "calm"]

# The kinds a calm complaint may be told with: smoke or burning, fumes, sparks. A body failing,
# an attack, water coming in, a bite or a lift told as a habit is still a call (my baby keeps
# choking, the river is rising again).
NUISANCES = frozenset({"fire", "fumes", "power"})

_HABIT = quick(
    r"\bkeeps? (?:on )?\w+ing\b|\bevery (?:day|morning|evening|night|week|weekend|month|year|time|"
    r"autumn|fall|spring|summer|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|"
    r"\bagain\b|\balways\b|\ball the time\b|\bconstantly\b|\bregularly\b|\boften\b|\busually\b|"
    r"\b(?:each|most|some) (?:day|morning|evening|night|week|weekend)s?\b|\bfor (?:days|weeks|months)\b|"
    r"\bit happens\b")
_ANNOYANCE = quick(
    r"\bannoy\w*|\bnuisance\b|\bbother\w*|\bdisturb\w*|\bpollut\w*|\bstinks?\b|\bstinking\b|"
    r"\b(?:is|are|so|too|really|very) (?:bad|awful|terrible|horrible|unbearable)\b|"
    r"\b(?:bad|awful|terrible|horrible|strong) smell\b(?! of gas)|\bthe smell (?:is|of it)\b|"
    r"\bsmells? (?:bad|awful|terrible)\b")
_CHECK = quick(
    r"\b(?:please|pls|can (?:you|someone)|could (?:you|someone))\b[^.!?]{0,30}\b(?:check|look (?:into|at)|"
    r"inspect|deal with|do something|stop (?:them|it|this)|handle)\b")
# Someone in danger in it now: the calm words then tell of a fire (help, the smoke is bad, my
# kids can't breathe).
_DANGER = quick(
    r"\bhelp\b|\bsos\b|!|\btrapped\b|\bstuck\b|\bcan'?t (?:breathe|get out|escape|move|see)\b|"
    r"\bnot breathing\b|\bunconscious\b|\bpassed out\b|\bfainted\b|\bbleeding\b|\binjured\b|\bhurt\b|"
    r"\b(?:is|are|still) inside\b|\bon fire\b|\bflames?\b|\bspreading\b|\bout of control\b|"
    r"\bexplo\w+|\bambulance\b|\bhurry\b|\bquick(?:ly)?\b|\b(?:119|120|110)\b|\bright now\b|\bemergency\b|"
    r"\bgas (?:leak|smell)|\bsmell(?:s|ing)? (?:of )?gas\b|\bcollaps\w*|\bdrown\w*|\belectrocut\w*|"
    r"\b(?:pouring|billowing) out\b|\bhead ?aches?\b|\bhead hurts\b|\bdizzy\b|\bvomit\w*|"
    r"\bfeels? (?:sick|faint)\b")


def calm(text: str) -> tuple[str, ...]:
    """The words that make normalised English text a calm complaint (a habit, an annoyance, a
    request to check) when nothing in it tells of someone in danger now; () otherwise."""
    if not text.isascii() or _DANGER.search(text):
        return ()
    return tuple(m.group() for pattern in (_HABIT, _ANNOYANCE, _CHECK) for m in pattern.finditer(text))
