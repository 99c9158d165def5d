"""Short English emergencies an outside tester found missed ("help!! fire", "my house burning",
"snake bit me", "man hit by car", "water rising fast help", "smoke everywhere"), read by the small
English reader (nlp.english_cry) as a hazard × someone in it now, with the kind that gives the
citizen the right advice; and our own sentences beyond the tester's, emergencies and the same
hazard words in calm matters, things, figures of speech, the past and stories (refs #10)."""

from __future__ import annotations

import pytest

from nlp.english_cry import read
from nlp.router import Router, clean_text

TESTER = [
    ("help!! fire", "fire"), ("help, fire", "fire"), ("my house burning", "fire"),
    ("burning house", "fire"), ("snake bit me", "bite"), ("man hit by car", "medical"),
    ("flood in my house", "flood"), ("water rising fast help", "flood"), ("smoke everywhere", "fire"),
]
OURS = [
    ("our flat is burning!", "fire"),
    ("the shop downstairs is burning", "fire"),
    ("smoke coming out of my neighbour's window, kids inside", "fire"),
    ("big fire at the market, people trapped", "fire"),
    ("wildfire near the village, help", "fire"),
    ("help me put out the fire, it's spreading", "fire"),
    ("fire is out of control, help", "fire"),
    ("fire fire fire", "fire"),
    ("a dog bit my son", "animal"),
    ("my son was bitten by a snake, his leg is swelling", "bite"),
    ("snake in my bedroom help", "bite"),
    ("bitten by a snake", "bite"),
    ("snake bite", "bite"),
    ("old lady hit by a bus", "medical"),
    ("my dad got run over by a tractor", "medical"),
    ("car knocked down a kid outside school", "medical"),
    ("my grandpa passed out", "medical"),
    ("he is bleeding a lot", "medical"),
    ("two cars collided on the bridge, help", "crash"),
    ("truck crashed into a bus, people hurt", "crash"),
    ("flood water coming into our house", "flood"),
    ("water is up to our knees, please help", "flood"),
    ("the river is overflowing, kids on the bank", "flood"),
    ("water is coming into the house", "flood"),
    ("someone drowning in the canal", "water"),
    ("my friend got electrocuted", "power"),
    ("socket sparking and smoking, help", "power"),
    ("gas leak in my kitchen", "gas"),
    ("smell gas everywhere, my mum is asleep inside", "gas"),
    ("a man with a knife in the street", "violence"),
    ("my neighbour was stabbed", "violence"),
    ("roof collapsed, people under it", "collapse"),
    ("stuck in the lift with my kids", "lift"),
    ("there's a snake in the kitchen, kids are here", "bite"),
    ("shots fired at the market!", "violence"),
]
CALM = [
    "fire drill tomorrow", "the fire station is nice", "hit the road", "water bill too high",
    "flooding the chat", "smoke-free zone", "where is the fire station?",
    "fire extinguisher expired in our building", "they will fire me if I am late",
    "you're on fire today!", "that song is fire", "burning question: when is the market open?",
    "neighbours burning rubbish again", "flood insurance for my house", "flood warning for next week",
    "stop flooding the group please", "the chat is flooded with ads", "no smoke, false alarm, thanks",
    "smoke detector beeping in my flat", "can I smoke here?", "I'm drowning in work",
    "drowning prevention class for my son", "snake skin bag for sale", "year of the snake",
    "my computer crashed again", "crash course in Chinese", "car accident insurance claim",
    "we had a fire last year", "my house almost burned in my dream", "fire in the movie was great lol",
    "gas bill is too high", "where can I buy a gas heater?", "the water pressure is low",
    "hit by the new tax", "please hit the like button", "the fire is out now, everyone is safe",
    "is there a fire?", "ceasefire talks on the news", "campfire at the park tonight",
    "playing a game about a flood", "power cut in my building", "shocked by the news",
    "fire safety training for staff", "my eyes are burning from the onions", "my dog bites the sofa",
    "our street floods when it rains", "explosion of colours at the flower show",
    "the kids love the fire truck", "I smell smoke from the bbq next door", "flames emoji",
    "fire sale at the mall", "electric shock therapy", "my heart attack risk is high, says the doctor",
    "the factory north of our hamlet puffs out dark smoke after dark", "a snake in the garden",
    "shooting range opens monday",
]


@pytest.mark.parametrize(("text", "hazard"), TESTER + OURS)
def test_a_short_english_cry_is_urgent_with_its_kind(router: Router, text: str, hazard: str) -> None:
    result = router.route(text)
    assert result.urgent and result.kind == "report", text
    assert result.hazard == hazard, (text, result.hazard)


@pytest.mark.parametrize("text", CALM)
def test_the_same_words_in_a_calm_matter_are_no_emergency(router: Router, text: str) -> None:
    assert not router.route(text).urgent, text


def test_the_reader_names_the_hazard_and_the_factor_it_read() -> None:
    cry = read(clean_text("my house burning"))
    assert cry is not None and cry.urgent and cry.hazard == "fire"
    assert cry.words == ("burning",) and cry.cue == "burning+house"
    calm = read(clean_text("smoke over the hill"))
    assert calm is not None and not calm.urgent  # a hazard, but no one in it now
    assert read(clean_text("房子着火了 help")) is None  # Chinese is nlp.urgent's to read
    assert read(clean_text("fire " * 30)) is None  # a long text is a sentence, not a cry


@pytest.mark.parametrize(("text", "hazard"), [("我弟弟被蛇咬了，腿肿得很粗", "bite"),
                                           ("快递员被狗咬了，流了好多血", "animal")])
def test_a_bite_told_in_chinese_is_a_bite(router: Router, text: str, hazard: str) -> None:
    result = router.route(text)  # a snake's bite, or an animal's (its advice is not the snake's)
    assert result.urgent and result.hazard == hazard and result.unit == "health", result
