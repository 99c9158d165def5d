"""`python -m bot run` behind a proxy set in the environment (README, "Behind a proxy"): SOCKS5
works (the `socks` extra of python-telegram-bot is a dependency), and a proxy that cannot be
reached or used is one `error:` line, never a traceback. No network: the proxy is a closed port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness import EXAMPLE, REPO


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run_behind(tmp_path: Path, variable: str, url: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    config.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        'database = "data/intake.db"', f'database = "{tmp_path / "intake.db"}"'), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update({variable: url, "INTAKE_BOT_TOKEN": "123456:TEST-token-not-real"})
    return subprocess.run([sys.executable, "-m", "bot", "run", "--config", str(config)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("variable", "scheme"), [("ALL_PROXY", "socks5"), ("all_proxy", "socks5h"),
                                                  ("HTTPS_PROXY", "http")])
def test_an_unreachable_proxy_is_one_line(tmp_path: Path, variable: str, scheme: str) -> None:
    done = run_behind(tmp_path, variable, f"{scheme}://127.0.0.1:{closed_port()}")
    assert done.returncode == 2, done
    assert "Traceback" not in done.stderr and "socks]" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[-1].startswith("error: cannot reach Telegram at https://api.telegram.org/bot"
                                f" through the proxy in {variable} ("), done.stderr
    assert "123456:TEST" not in done.stderr + done.stdout


def test_a_proxy_scheme_it_cannot_use_is_one_line_without_the_address(tmp_path: Path) -> None:
    done = run_behind(tmp_path, "ALL_PROXY", "socks4://user:secret@127.0.0.1:1080")
    assert done.returncode == 2, done
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "error: proxy: ALL_PROXY=socks4://…: not a proxy the bot can use; give an http://,"
        ' https:// or socks5:// URL (README, "Behind a proxy")'), done.stderr
    assert "secret" not in done.stderr
