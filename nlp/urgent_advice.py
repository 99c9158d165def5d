"""A tip or a question about a hazard is no emergency: 如何预防煤气中毒, 冬季防火小知识,
"carbon monoxide poisoning prevention tips", "what should I do if someone has a seizure".

A hazard's name in such a text is what the advice is about, not something happening: nobody is
in it now. It stays an emergency where the text calls for help or tells the moment (救命, 快来,
正在, 刚才; help, hurry, now, an ambulance), or someone is in it (我爸抽搐了怎么急救 asks how to
help now, so 急救 asked about is no tip).
"""

from __future__ import annotations

from nlp.regex import quick

__all__ = ["advice"]

_ADVICE = quick(
    r"(如何|怎么|怎样|咋|怎么样|怎么才能|应该怎么|要怎么)(才能)?(预防|防止|防范|避免|防)|"
    r"(预防|防止|防范|避免)[^,，。!?]{0,8}(的方法|的办法|措施|妙招|技巧|要点|注意什么|需要注意)|"
    r"(小知识|小常识|知识|常识|注意事项|须知|指南|科普|小贴士|小技巧|妙招|安全提示)[!?。.]*$|"
    r"(中毒|火灾|触电|溺水|煤气|一氧化碳)[^,，。!?]{0,6}(怎么|如何|怎样|咋)(预防|防止|防范|避免|防)|"
    r"\b(prevention|preventing|prevent|safety tips?|tips|first aid|awareness|precautions?)\b|"
    r"\bwhat (should|to|do|can) (i|we|you|one)? ?do (if|when|in case)\b|\bwhat to do (if|when)\b|"
    r"\bhow (to|do (i|you|we)|can (i|you|we)) "
    r"(prevent|avoid|stop|treat|deal with|help|handle|recogni[sz]e)\b|"
    r"\b(symptoms|signs) of\b")
# A call or a moment told: the hazard is happening, whatever is asked.
_NOW = quick(
    r"救命|救救|快来|赶紧|赶快|马上|正在|刚刚|刚才|现在|叫不醒|不省人事|急救|怎么办|咋办|误食|晕倒|昏迷|"
    r"(中毒|抽搐|抽风|着火|触电|溺水)了|"
    r"\b(swallowed|drank|collapsed|fainted|unconscious|not breathing|bleeding)\b|"
    r"\b(help|sos|hurry|quick(ly)?|now|right now|urgent(ly)?|emergency|ambulance|please come|"
    r"is having|are having|keeps having|just (had|collapsed|fainted))\b|!")


def advice(text: str) -> bool:
    """True for normalised text that asks for or gives advice about a hazard with nobody in it
    now (a tip, a prevention question, a what-if)."""
    return bool(_ADVICE.search(text)) and not _NOW.search(text)
