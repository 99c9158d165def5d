"""English twins of bot.texts.small_talk (refs #10)."""

from __future__ import annotations

READS_ENGLISH = ("Yes, Jinlaiban reads English, and answers in English what you write in English. "
                 "Just send the problem: what it is, where (housing estate, village or street) and "
                 "since when; we register it, pass it to the responsible unit and give you a case "
                 "number.")
