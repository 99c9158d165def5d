"""A loopback fake Telegram Bot API: the offline tests' Telegram and the demo's.

It imports nothing else of this project. The bot reaches it through ``[telegram] base_url``; it is
strict where Telegram is strict (unknown chats, empty/long texts, bad HTML or MarkdownV2, bad
buttons, unknown or mismatched file_ids, stale callback queries, flood limits, blocked users) and
keeps updates until a ``getUpdates`` with a higher offset confirms them. Usage::

    with FakeBotAPI() as fake:                      # binds 127.0.0.1 on a free port
        bot = telegram.Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url)
        msg = fake.send_text(42, "/start")          # citizen 42 writes to the bot
        [reply] = fake.wait_sent(42, 1)             # what the bot sent to chat 42
        fake.press(42, reply, "unit:3")             # press a button on the bot's message
        fake.edit_text(42, msg, "改过的文字")          # the citizen edits it: edited_message
        fake.block_bot(42)                          # blocks the bot: 403s and my_chat_member
        fake.fail_next("sendMessage", 429, retry_after=3)   # fault injection
        fake.slow("sendMessage", 1.3)               # every send answered 1.3 s late
        fake.conflict_for(30)                       # getUpdates: 409 Conflict for 30 s
        fake.deliveries()                           # Counter of (chat, text) sent
        kept = fake.snapshot()                      # every chat and file, as JSON
        FakeBotAPI(first_id=later).restore(kept)    # shown again in a fake started later
        fake.keep_updates(folder)                   # queued updates kept there until confirmed

Records returned by :meth:`FakeBotAPI.sent` hold ``method, chat_id, message_id, kind`` (text,
photo, video, voice, audio, document, location, …), ``text`` or ``caption`` (what the person sees,
markup parsed away) with its Telegram ``entities``, ``raw`` (as sent), ``parse_mode,
reply_markup, reply_to_message_id``, and for files ``file`` (the bytes), ``filename`` and
``file_id``; ``location`` and ``media_group_id`` where they apply.

Modules: ``rules`` (parse modes, keyboards, errors), ``wire`` (HTTP), ``world`` (state),
``people`` (what users do), ``messages`` and ``media`` (the Bot API methods), ``journal``
(queued updates on disk), ``fakeapi`` (the whole).
"""

from bot.sandbox.fakeapi import FakeBotAPI
from bot.sandbox.rules import ApiError, check_markup, parse_text, visible_text
from bot.sandbox.world import RequestRecord, StoredFile

__all__ = ["ApiError", "FakeBotAPI", "RequestRecord", "StoredFile", "check_markup", "parse_text",
           "visible_text"]
