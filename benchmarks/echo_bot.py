"""The reference: a minimal python-telegram-bot echo bot (PTB's own polling), for benchmarks."""

from __future__ import annotations

import logging
import os
import sys

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echo the text back."""
    if update.message and update.message.text:
        await update.message.reply_text(update.message.text)


def main() -> None:
    base_url = sys.argv[1]
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    logging.basicConfig(level=logging.WARNING)
    application = (Application.builder().token(os.environ["INTAKE_BOT_TOKEN"])
                   .base_url(base_url).connection_pool_size(32).build())
    application.add_handler(MessageHandler(filters.TEXT, echo))
    print("echo bot running", flush=True)
    application.run_polling(poll_interval=0, timeout=25)


if __name__ == "__main__":
    main()
