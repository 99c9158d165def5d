"""The digest's picture: per-unit open, overdue and new tickets as horizontal bars.

matplotlib draws with the Agg backend (no display). Chinese labels need a CJK font (found even
when installed after matplotlib cached its font list); when the machine has none, the chart falls
back to unit codes and Latin labels rather than drawing empty boxes (and warning about missing
glyphs).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from bot.domain.figures import Digest
from bot.domain.privacy import mask
from bot.store.files import private_file
from bot.texts import for_supervisors

CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
             "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC",
             "Droid Sans Fallback", "AR PL UMing CN")


@cache
def cjk_font() -> str | None:
    """The first installed font that can draw Chinese, or None.

    matplotlib lists the system's fonts once and keeps the list in its cache
    (~/.cache/matplotlib), so a font installed after that (apt install fonts-noto-cjk on a
    running server) is not in it: when no CJK font is listed, the fonts it does not know are
    looked up once more."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    found = _first_cjk(manager)
    if found is None:
        known = {font.fname for font in manager.ttflist}
        for path in font_manager.findSystemFonts():
            if path not in known:
                try:
                    manager.addfont(path)
                except Exception:  # as matplotlib skips one it cannot read (a bitmap font)
                    continue
        found = _first_cjk(manager)
    return found


def _first_cjk(manager: Any) -> str | None:
    installed = {font.name for font in manager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def draw(report: Digest, path: Path) -> Path | None:
    """Write the chart PNG to `path` and return it; None when no unit has anything to show."""
    lines = [u for u in report.units if u.open or u.overdue or u.new]
    if not lines:
        return None
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.ticker import MaxNLocator

    font = cjk_font()
    labels = for_supervisors.CHART_LABELS if font else for_supervisors.CHART_LABELS_LATIN
    lines.sort(key=lambda u: (u.overdue, u.open))
    # Unit names come from the config; masked all the same, since a chart travels as a file.
    names = [mask(u.name) if font else u.unit for u in lines]
    family = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    with plt.rc_context({"font.family": family, "axes.unicode_minus": False}):
        figure, axes = plt.subplots(figsize=(8, 1.2 + 0.38 * len(lines)), dpi=110)
        try:
            rows = range(len(lines))
            height = 0.27
            axes.barh([r + height for r in rows], [u.open for u in lines], height,
                      label=labels["open"], color="#4C72B0")
            axes.barh(list(rows), [u.overdue for u in lines], height,
                      label=labels["overdue"], color="#C44E52")
            axes.barh([r - height for r in rows], [u.new for u in lines], height,
                      label=labels["new"], color="#55A868")
            axes.set_yticks(list(rows), names)
            axes.set_title(labels["title"].format(day=report.day.isoformat()))
            # Counts are whole tickets; the legend stands beside the bars, never on them.
            axes.xaxis.set_major_locator(MaxNLocator(integer=True))
            axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
            axes.grid(axis="x", alpha=0.3)
            figure.tight_layout()
            partial = path.with_name(path.name + ".partial.png")
            private_file(partial)
            figure.savefig(partial, format="png")
            partial.replace(path)
        finally:
            plt.close(figure)
    return path
