"""What a citizen reads when they ask whether the bot reads English (你们会说英语吗, do you speak
English?; nlp.english.social_topic, refs #10): yes, and how to report (plain text)."""

from __future__ import annotations

READS_ENGLISH = ("可以。「金来办」能看懂中文，也能看懂英文，用哪种写都行：直接说明遇到了什么问题、在哪里、"
                 "从什么时候开始；用英文写的，我们也用英文回复您。")

from bot.texts import small_talk_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), small_talk_en)
