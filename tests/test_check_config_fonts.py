"""`check-config` warns, without failing, when no font can draw Chinese (refs #10): the digest
chart then shows unit codes and English labels, and the README's going-live steps install
fonts-noto-cjk. Through the real CLI process, with matplotlib's font lookup pointed at an empty
place (a fresh font cache, the system's fonts ignored): no font is removed from the machine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness import REPO
from tests.test_calendar_cli import config_file

NO_FONT = "warning: fonts: no font that can draw Chinese"


def _check(config: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "check-config", "--config", str(config)],
                          cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "INTAKE_BOT_TOKEN": "1:x", **env})


def test_no_cjk_font_is_a_warning_naming_the_package(tmp_path: Path) -> None:
    empty = tmp_path / "mpl"
    empty.mkdir()
    done = _check(config_file(tmp_path), MPLCONFIGDIR=str(empty), MPL_IGNORE_SYSTEM_FONTS="1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("ok (19 units)")
    [warning] = [line for line in done.stdout.splitlines() if line.startswith(NO_FONT)]
    assert "apt install fonts-noto-cjk" in warning and "digest chart" in warning
    assert done.stderr == ""


def test_an_installed_cjk_font_is_no_warning(tmp_path: Path) -> None:
    from matplotlib import font_manager

    if not any("CJK" in path for path in font_manager.findSystemFonts()):
        pytest.skip("no CJK font on this machine (apt install fonts-noto-cjk)")
    done = _check(config_file(tmp_path), MPLCONFIGDIR=str(tmp_path / "mpl"))
    assert done.returncode == 0 and NO_FONT not in done.stdout, done.stdout
