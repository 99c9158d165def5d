"""`python -m bot demo`: the whole product on one machine without Telegram — the loopback Bot API
(`bot.sandbox`), the real bot as `python -m bot run` against it, and a web page with the chats of a
citizen, a unit's staff, its group, a supervisor and the public channel."""
