"""The token never reaches the log, whatever quotes it."""

from __future__ import annotations

import io
import logging

from bot.cli.ops import _redact_in_logs


def test_token_is_redacted_from_every_log_line() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        _redact_in_logs("123456:SECRET")
        log = logging.getLogger("telegram.ext")
        log.warning("ExtBot[token=%s] failed", "123456:SECRET")
        try:
            raise RuntimeError("url /bot123456:SECRET/getMe")
        except RuntimeError:
            log.exception("request failed")
    finally:
        root.removeHandler(handler)
    text = stream.getvalue()
    assert "SECRET" not in text
    assert "ExtBot[token=[token]] failed" in text and "/bot[token]/getMe" in text
