"""check-config says what is wrong where an outside tester (round 20; refs #10) got no hint: a
full-width minus typed with a Chinese input method (a raw TOML error), a token pasted with the
`bot` the API address puts before it or with a trailing space ("not a bot token"), and a public
channel given by its @name (only a range)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.harness import EXAMPLE
from tests.test_config import run_cli

ENV = {k: v for k, v in os.environ.items() if k != "INTAKE_BOT_TOKEN"}
TOKEN = "123456789:AAFakeTokenForTests_x-1"


def _check(tmp_path: Path, old: str, new: str, env: dict[str, str] | None = None) -> str:
    path = tmp_path / "config.toml"
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    done = run_cli("check-config", "--config", str(path), env=env or {**ENV,
                                                                        "INTAKE_BOT_TOKEN": TOKEN})
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout + done.stderr


def test_a_full_width_minus_is_named_with_its_line(tmp_path: Path) -> None:
    said = _check(tmp_path, "channel_id = 0", "channel_id = －1001234567890")
    line = 1 + EXAMPLE.read_text(encoding="utf-8").split("channel_id = 0")[0].count("\n")
    assert f"line {line}" in said and "full-width" in said and "'-'" in said, said


def test_a_token_with_bot_before_it_or_a_space_after_it_says_which(tmp_path: Path) -> None:
    said = _check(tmp_path, 'token = ""', f'token = "bot{TOKEN}"', ENV)
    assert "telegram.token: not a bot token" in said and "bot" in said.split("token:", 1)[1]
    assert "leave out" in said and TOKEN not in said, said
    said = _check(tmp_path, 'token = ""', f'token = "{TOKEN} "', ENV)
    assert "space" in said and TOKEN not in said, said


def test_a_channel_by_its_name_says_how_to_get_its_id(tmp_path: Path) -> None:
    said = _check(tmp_path, "channel_id = 0", 'channel_id = "@jinxiang_notices"')
    assert "publish.channel_id" in said and "@name" in said and "-100" in said, said
