"""The digest chart finds a CJK font installed after matplotlib cached its font list (an operator
who runs `apt install fonts-noto-cjk` on a server that has drawn charts before), in a real
subprocess with its own matplotlib cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

STALE_CACHE = """
from pathlib import Path
import matplotlib
from matplotlib import font_manager
manager = font_manager.fontManager
manager.ttflist = [f for f in manager.ttflist if "CJK" not in f.name]
[cache] = Path(matplotlib.get_cachedir()).glob("fontlist-*.json")
font_manager.json_dump(manager, cache)
"""
FIND = "from bot.reports.chart import cjk_font; print(cjk_font())"


def _python(code: str, cache: Path) -> str:
    env = {**os.environ, "MPLCONFIGDIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return done.stdout.strip()


def test_a_cjk_font_installed_after_matplotlib_listed_the_fonts_is_used(tmp_path: Path) -> None:
    from matplotlib import font_manager

    if not any("CJK" in path for path in font_manager.findSystemFonts()):
        pytest.skip("no CJK font on this machine (apt install fonts-noto-cjk)")
    _python(STALE_CACHE, tmp_path)  # the list as it was before the font came
    [cached] = tmp_path.glob("fontlist-*.json")
    assert "CJK" not in json.dumps(json.loads(cached.read_text()))
    assert "CJK" in _python(FIND, tmp_path)  # e.g. Noto Sans CJK SC
