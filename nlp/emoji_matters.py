"""Matters told in emoji: 🚰❌ (no water), ⚡❌ (no power), 🚦❌ (traffic lights out).

A citizen who sends `🚰❌😭😭 三天了` reports a water cut: the router, which reads words, finds
only 三天 (a wait told, as a chase says it). `told` reads the pictures of a few everyday matters
as the words a citizen would write, for the bot to route (bot/actions/matters.pictured).
"""

from __future__ import annotations

__all__ = ["told"]

# A picture of a thing people report without, and the words for its matter.
_MATTERS = {
    "\U0001f6b0": "停水",  # 🚰 potable water
    "\U0001f6bf": "停水",  # 🚿 shower
    "\U0001f4a7": "停水",  # 💧 droplet
    "\u26a1": "停电",  # ⚡ high voltage
    "\U0001f50c": "停电",  # 🔌 plug
    "\U0001f4a1": "停电",  # 💡 light bulb
    "\U0001f6a6": "红绿灯坏了",  # 🚦 traffic light
    "\U0001f6a5": "红绿灯坏了",  # 🚥 traffic light
    "\U0001f5d1": "垃圾没人清运",  # 🗑 wastebasket
    "\U0001f573": "路面有坑",  # 🕳 hole
}


def told(text: str) -> str:
    """The words for the matters `text` shows in pictures, or "" when it shows none."""
    return "，".join(dict.fromkeys(words for char, words in _MATTERS.items() if char in text))
