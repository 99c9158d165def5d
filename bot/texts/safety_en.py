"""English twins of what to do at once in an emergency (bot.texts.safety; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.twins import english

_ADVICE = {
    "fire": ("In a fire, call 119 now. Leave the burning place at once by the stairs, <b>never "
             "the lift</b>; cover your nose and mouth with a wet cloth and keep low; once out, "
             "do not go back for belongings. If an LPG or propane cylinder is burning, <b>do not try "
             "to move it</b>: keep everyone away and leave it to the firefighters."),
    "medical": ("If someone is injured or seriously ill, call 120 now and give the address and "
                "their condition; do not move the injured person, keep their airway clear, "
                "follow the dispatcher's instructions and send someone to meet the ambulance."),
    "water": ("If someone has fallen into water, call 110 or 119 now; if you cannot swim, do not "
              "go in: throw a life ring, rope, pole or anything that floats. If they are not "
              "breathing or do not respond once out, call 120, clear their mouth and nose and "
              "start CPR until help arrives."),
    "flood": ("If water is coming into the house, move to higher ground and switch off the "
              "mains power; keep away from deep water, drains and power poles; if you are "
              "trapped, call 110 or 119."),
    "power": ("If someone has had an electric shock, switch off the power first and <b>do not "
              "touch them with your hands</b>; push the wire away with a dry wooden stick, then "
              "call 120. Keep at least 10 metres from a fallen power line and call 95598."),
    "lift": ("If you are stuck in a lift, do not force the doors; press the alarm button or call "
             "the rescue number posted in the lift, or call 119; stay calm and wait for help."),
    "violence": ("Get somewhere safe and lock the door, do not confront the other person, note "
                 "what they look like and where they go (and a vehicle's plate number, make and "
                 "colour), and call the police. If anyone is hurt "
                 "and bleeding, call 120 as well and press a clean cloth on the wound."),
    "abduction": ("<b>Call 110 now</b>: say where and when the person was taken, the vehicle's "
                  "colour, make and plate number (even part of it) and which way it went, and "
                  "what the person looks like, their age and the clothes they wear. Keep your "
                  "phone on for the police; <b>do not chase them alone</b>."),
    "missing": ("<b>Call 110 now</b>: <b>there is no need to wait 24 hours</b>. Have a recent "
                "photo ready and say what they look like, what they wear and when and where "
                "they were last seen; ask family and neighbours to look in the places they "
                "usually go, keep someone at home and keep your phone on."),
    "height": ("Someone is at the edge of a height and in danger: <b>call 110 and 119 now</b> and "
               "say which building, which floor and which side. <b>Do not shout or startle them</b>, "
               "and do not rush at them or grab them: a fright can make them fall. Get their family "
               "or any adult who can get inside to them at once, to call them back softly from "
               "indoors and bring them in slowly. Keep someone below to watch the spot and guide "
               "the firefighters; everyone else should stay out from directly underneath."),
    "crash": ("After a traffic accident call 122 or 110, and 120 if anyone is hurt; switch on "
              "the hazard lights, get everyone behind the roadside barrier and do not move the "
              "injured."),
    "fumes": ("If you smell something acrid or toxic gas is leaking, move upwind at once, cover "
              "your nose and mouth with a wet cloth, and call 119 from a safe place. If a carbon "
              "monoxide alarm sounds or people feel dizzy or sick, open doors and windows, put "
              "out the stove and take everyone outside; call 120 if anyone feels unwell."),
    "collapse": ("If a building has collapsed, keep away and do not go in to rescue anyone, as "
                 "more may fall; call 119 and 120 now and say how many people may be inside."),
    "site": ("If someone is buried or has fallen at a building site, call 119 and 120 now, do "
             "not enter the collapsed or dangerous area, and have the work stopped."),
    "vessel": ("A boiler or pressure vessel may explode: get away from it at once, do not try "
               "to operate it, move people away and call 119."),
    "bite": ("After a snake bite keep still and calm, keep the wound below the heart and take "
             "off rings and bracelets; <b>do not suck or cut the wound</b>. Remember what the "
             "snake looked like, call 120 and get to a hospital with antivenom quickly."),
    "animal": ("After a dog or cat bite, press to stop the bleeding and wash the wound with soap "
               "and running water for about 15 minutes, then go to a hospital for wound care and "
               "a rabies vaccine; call 120 if it bleeds a lot."),
}


def safety_advice(hazard: str, gas_hotline: str = "") -> str:
    if hazard == "gas":
        call = f"the gas repair line {esc(gas_hotline)} or 119" if gas_hotline else "119"
        return ("If gas is leaking, leave at once: do not switch lights or appliances on or off, "
                "make no flame and do not phone from inside; open doors and windows if you can "
                f"do it on the way, then call {call} from a safe place outdoors.")
    return _ADVICE.get("height" if hazard == "ledge" else hazard, "")


_AT_RISK = (
    "💙 <b>You are not alone. We have read your message, and we care about you.</b>",
    "If you or someone near you is in danger right now, or has already taken pills or been hurt, "
    "call <b>110</b> (police) or <b>120</b> (ambulance) at once.",
    "To talk to someone, call <b>12356</b>, China's national mental-health hotline: trained "
    "counsellors will listen and help you think things through.",
    "Please do not stay alone: ask a family member, friend or neighbour you trust to be with you "
    "now; move away from bridges, rooftops and water, and put medicines, knives and ropes out of "
    "reach.",
    "If it is someone near you who said this, stay with them, do not leave them alone, and listen "
    "to them.",
    "The county has received your message and passed it on at once as <b>urgent</b>. This service "
    "cannot replace the emergency numbers.",
)


def emergency_first(hazard: str, gas_hotline: str = "") -> list[str]:
    if hazard == "despair":
        return [*_AT_RISK, ""]
    lines = ["⚠️ <b>If anyone is in danger, call 110 (police), 119 (fire) or 120 (ambulance) "
             "now!</b>"]
    if advice := safety_advice(hazard, gas_hotline):
        lines.append(advice)
    return [*lines, "This service cannot replace the emergency numbers. Your report is marked "
            "<b>urgent</b> and will be dealt with first.", ""]


def at_risk_again(chased: str) -> str:
    return "\n".join([*_AT_RISK[:-1], "", english(chased)])
