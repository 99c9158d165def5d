"""`[telegram] base_url` as an installer writes it (outside tester, refs #10): an address without
the `/bot` the token is added to, or with the token pasted in from a getUpdates URL, is refused by
`check-config` in one line naming the key; and whatever `run` cannot reach, its error line never
holds the token."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness import EXAMPLE, REPO
from tests.test_proxy import closed_port

TOKEN = "123456789:AAFakeTokenForTesting_abcdefghijk"


def _cli(tmp_path: Path, command: str, base_url: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    config.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        'database = "data/intake.db"', f'database = "{tmp_path / "intake.db"}"').replace(
        'base_url = "https://api.telegram.org/bot"', f'base_url = "{base_url}"'), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["INTAKE_BOT_TOKEN"] = TOKEN
    return subprocess.run([sys.executable, "-m", "bot", command, "--config", str(config)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("url", "says"), [
    ("http://127.0.0.1:8081", "must end in /bot"),
    ("http://127.0.0.1:8081/", "must end in /bot"),
    (f"https://api.telegram.org/bot{TOKEN}/getUpdates", "holds a bot token"),
    (f"https://api.telegram.org/bot{TOKEN}", "holds a bot token"),
])
def test_check_config_refuses_an_address_the_token_cannot_follow(
        tmp_path: Path, url: str, says: str) -> None:
    done = _cli(tmp_path, "check-config", url)
    assert done.returncode == 2, done
    [line] = done.stdout.strip().splitlines()  # check-config lists problems on stdout
    assert line.startswith("telegram.base_url: ") and says in line, line
    assert TOKEN not in done.stderr + done.stdout and "AAFake" not in done.stdout


@pytest.mark.parametrize("url", ["http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/tg/{token}"])
def test_an_address_ending_in_bot_or_placing_the_token_is_taken(tmp_path: Path, url: str) -> None:
    done = _cli(tmp_path, "check-config", url)
    assert done.returncode == 0, done


def test_run_never_prints_the_token_it_could_not_reach_telegram_with(tmp_path: Path) -> None:
    # `{token}` where the port goes: the HTTP library's error quotes the whole address.
    done = _cli(tmp_path, "run", "http://127.0.0.1:{token}/bot")
    assert done.returncode == 2, done
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("error: cannot reach Telegram at")
    assert "AAFake" not in done.stderr + done.stdout and "[token]" in done.stderr, done.stderr
    # and with a port that answers nothing, the line is the same shape
    done = _cli(tmp_path, "run", f"http://127.0.0.1:{closed_port()}/bot")
    assert done.returncode == 2 and "AAFake" not in done.stderr + done.stdout, done.stderr
