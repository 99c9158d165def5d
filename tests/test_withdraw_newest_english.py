"""T24 finding 13: 算了，不用管了，路灯那个事我撤回 after a lamp report written in English offered only
the older lamp reports, whose Chinese words hold 路灯. The newest, in English (street light), is of
the matter too and is offered first; an English report of another matter is not."""

from __future__ import annotations

from tests.fuzzkit import Rig


def test_the_newest_lamp_report_in_english_is_offered_first(rig: Rig) -> None:
    user = rig.citizen()
    for text in ("村口的路灯坏了好几天了，晚上黑乎乎的", "金山路的路灯不亮了",
                 "There has been no tap water in our building since yesterday morning",
                 "Hi, the street light outside No. 5 Jinshan Road has been broken for a week"):
        rig.say(user, text)
    lamps = [t["number"] for t in rig.tickets_of(user) if t["unit"] == "urban"]
    water = [t["number"] for t in rig.tickets_of(user) if t["unit"] == "water"]
    assert len(lamps) == 3 and len(water) == 1, rig.tickets_of(user)
    [offer] = rig.answers(rig.say(user, "算了，不用管了，路灯那个事我撤回"))
    listed = [line.split()[0] for line in offer.split("\n")[1:] if line[:1].isdigit()]
    assert listed == sorted(lamps, reverse=True), offer
    assert water[0] not in offer and f"/cancel {max(lamps)}" in offer
