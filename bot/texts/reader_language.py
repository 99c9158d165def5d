"""What staff read about the language a ticket's citizen reads (refs #10): a citizen who wrote
a ticket in English gets the bot's notices about it in English, and the unit's own words
(/reply, /done) as they were written, so the unit knows to write them plainly or in English."""

from __future__ import annotations

ENGLISH_READER = ("〔英文〕该市民用英文反映，平台关于本工单发给市民的通知均为英文；您的答复和办理结果"
                  "（/reply、/done）会原样转给市民，请尽量用英文或简明的中文书写。")
