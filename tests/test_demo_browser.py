"""The demo in a real browser (Debian's chromium driven by Playwright), through the page's
data-testid hooks only: a citizen's report, a reply to its acknowledgement (a 补充) and a photo
(passed on to the unit), the unit's 接单 button and /done, a day's time jump, the 回访 buttons,
the supervisor's /digest and /ledger — and hostile text shown as text; and a citizen editing a
report and blocking the bot.

DEMO_SCREENSHOT=docs/demo.png saves the page after the walk-through (the README's picture)."""

from __future__ import annotations

import os
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.demokit import DemoProcess

CHROMIUM = Path("/usr/bin/chromium")
# What this machine needs (no GPU, no outside network, root): see the machine notes.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> 井盖丢了 <b>快来</b>'
WAIT = 60_000  # ms; the machine is shared
HELD = 300_000  # ms: a trailing photo is held 3 minutes, then released within the minute

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: "
                               "pip install -e '.[dev]'")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed here (.ci/run installs it "
    "with apt-get as root; this machine could not)")]


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[DemoProcess]:
    process = DemoProcess(tmp_path, "--port", "0")
    process.wait_url()
    yield process
    assert process.stop() == 0
    assert "Traceback" not in process.text(), process.text()


def test_a_ticket_from_report_to_digest_in_the_browser(demo: DemoProcess, tmp_path: Path) -> None:
    expect = sync_api.expect
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(demo.url)
            expect(page.get_by_test_id("status")).to_have_text("已就绪", timeout=WAIT * 2)
            # The first look shows the chosen unit's own staff member.
            chosen = page.get_by_test_id("staff-unit").locator("option:checked").inner_text()
            expect(page.get_by_test_id("staff-log")).to_contain_text(f"您已是{chosen}工作人员",
                                                                    timeout=WAIT)

            def log(pane: str) -> sync_api.Locator:
                return page.get_by_test_id(f"{pane}-log").get_by_test_id("msg")

            # The citizen reports with Enter; the bot answers with a ticket number.
            page.get_by_test_id("citizen-input").fill("我家小区停水两天了，水龙头一滴水都没有")
            page.get_by_test_id("citizen-input").press("Enter")
            ack = log("citizen").filter(has_text="工单编号")
            expect(ack).to_have_count(1, timeout=WAIT)
            number = re.findall(r"\d{8}-\d{4,}", ack.inner_text())[0]
            # 回复本消息可以补充: 回复 on the acknowledgement, and the words go to that ticket.
            ack.get_by_test_id("msg-reply").click()
            expect(page.get_by_test_id("citizen-replying")).to_contain_text("回复：")
            page.get_by_test_id("citizen-input").fill("三楼以上都没水")
            page.get_by_test_id("citizen-input").press("Enter")
            expect(log("citizen").filter(has_text=f"补充的内容加入工单 {number}")).to_have_count(
                1, timeout=WAIT)
            expect(page.get_by_test_id("citizen-replying")).to_be_hidden()
            # (The citizen's reply quotes the acknowledgement; it is no second ticket.)
            acks = log("citizen").filter(has_text="工单编号").filter(has_not_text="三楼以上")
            expect(acks).to_have_count(1)
            page.get_by_test_id("citizen-photo").set_input_files(
                files=[{"name": "现场.png", "mimeType": "image/png", "buffer": _png()}])
            expect(page.get_by_test_id("citizen-log").locator("img")).to_have_count(1, timeout=WAIT)

            # The water unit's staff take it with the button, then close it with /done.
            page.get_by_test_id("staff-unit").select_option("water")
            push = log("staff").filter(has_text=number).filter(
                has=page.get_by_test_id("inline-button"))
            expect(push).to_have_count(1, timeout=WAIT)
            expect(log("group").filter(has_text=number)).not_to_have_count(0, timeout=WAIT)
            # The citizen's photo reaches the unit as a photo: sent without words just after the
            # report, it is held from the unit for 3 minutes (a new problem told next would take it)
            # and released by the minute's follow-up tick.
            expect(page.get_by_test_id("staff-log").locator("img")).to_have_count(1, timeout=HELD)
            push.get_by_test_id("inline-button").filter(has_text="接单").click()
            expect(log("citizen").filter(has_text="签收")).to_have_count(1, timeout=WAIT)
            page.get_by_test_id("staff-input").fill(f"/done {number} 已更换破损水管，恢复供水")
            page.get_by_test_id("staff-send").click()
            expect(log("citizen").filter(has_text="已更换破损水管")).not_to_have_count(0, timeout=WAIT)

            # A day later the citizen is visited: three questions, one button each.
            page.get_by_test_id("clock-advance").click()
            for question, answer in (("联系过您", "是"), ("是否已经解决", "已解决"),
                                     ("是否满意", "满意")):
                asked = log("citizen").filter(has_text=question).last
                expect(asked).to_be_visible(timeout=WAIT * 2)
                asked.get_by_test_id("inline-button").filter(
                    has_text=re.compile(f"^{answer}$")).click()
            expect(log("citizen").filter(has_text="已销号")).to_have_count(1, timeout=WAIT)

            # The supervisor's digest (with its chart shown) and the ledger file.
            digests = log("supervisor").filter(has_text="督办日报")
            charts = page.get_by_test_id("supervisor-log").locator("img")
            before = (digests.count(), charts.count())
            page.get_by_test_id("supervisor-input").fill("/digest")
            page.get_by_test_id("supervisor-input").press("Enter")
            expect(digests).to_have_count(before[0] + 1, timeout=WAIT)
            expect(digests.last).to_contain_text("县水务局")
            expect(charts).to_have_count(before[1] + 1, timeout=WAIT)
            page.get_by_test_id("supervisor-input").fill("/ledger")
            page.get_by_test_id("supervisor-send").click()
            ledger = log("supervisor").filter(has_text=".xlsx").get_by_test_id("file")
            expect(ledger).to_have_count(1, timeout=WAIT)
            with page.expect_download() as download:
                ledger.click()
            assert Path(download.value.path()).read_bytes()[:2] == b"PK"

            if target := os.environ.get("DEMO_SCREENSHOT"):
                _publish_for_the_picture(page, log("supervisor"), number)
                page.screenshot(path=target)

            # Hostile text is shown as text: no element, no script ran.
            page.get_by_test_id("citizen-input").fill(HOSTILE)
            page.get_by_test_id("citizen-send").click()
            expect(log("citizen").filter(has_text="onerror")).not_to_have_count(0, timeout=WAIT)
            expect(acks).to_have_count(2, timeout=WAIT)
            assert page.evaluate("window.pwned") is None
            assert page.locator("[data-testid$=-log] script, [data-testid$=-log] img[src=x]"
                                ).count() == 0
            assert log("citizen").locator("b").count() > 0  # the bot's own bold (entities)

        finally:
            browser.close()


def test_the_citizen_edits_a_report_and_blocks_the_bot_in_the_browser(demo: DemoProcess) -> None:
    """修改 under the citizen's own message edits it (the ticket follows); 屏蔽机器人 blocks the
    bot (the unit learns the citizen cannot be reached) and 解除屏蔽 undoes it."""
    expect = sync_api.expect
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(demo.url)
            expect(page.get_by_test_id("status")).to_have_text("已就绪", timeout=WAIT * 2)
            citizen = page.get_by_test_id("citizen-log").get_by_test_id("msg")
            page.get_by_test_id("citizen-input").fill("我家小区停水两天了")
            page.get_by_test_id("citizen-input").press("Enter")
            ack = citizen.filter(has_text="工单编号")
            expect(ack).to_have_count(1, timeout=WAIT)
            number = re.findall(r"\d{8}-\d{4,}", ack.inner_text())[0]
            citizen.filter(has_text="我家小区停水两天了").get_by_test_id("msg-edit").click()
            expect(page.get_by_test_id("citizen-replying")).to_contain_text("修改：")
            expect(page.get_by_test_id("citizen-input")).to_have_value("我家小区停水两天了")
            page.get_by_test_id("citizen-input").fill("我家小区停水两天了，水管爆了")
            page.get_by_test_id("citizen-input").press("Enter")
            expect(citizen.filter(has_text="已按您修改后的内容更新工单")).to_have_count(1, timeout=WAIT)
            expect(citizen.filter(has_text="水管爆了").filter(has_text="已编辑")).to_have_count(1)

            page.get_by_test_id("citizen-block").click()
            expect(page.get_by_test_id("citizen-block")).to_have_text("解除屏蔽", timeout=WAIT)
            group = page.get_by_test_id("group-log").get_by_test_id("msg")
            expect(group.filter(has_text=number).filter(has_text="屏蔽")).not_to_have_count(
                0, timeout=WAIT)
            page.get_by_test_id("citizen-block").click()
            expect(page.get_by_test_id("citizen-block")).to_have_text("屏蔽机器人", timeout=WAIT)
        finally:
            browser.close()


def _png(width: int = 240, height: int = 160) -> bytes:
    """A small light-blue PNG, for the citizen's photo."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    rows = b"".join(b"\x00" + bytes((120, 170, 220)) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _publish_for_the_picture(page: sync_api.Page, supervisor: sync_api.Locator, number: str) -> None:
    """Post the ticket to the channel (posting a draft if /publish asks first), so the picture
    shows every chat; not asserted here."""
    page.get_by_test_id("supervisor-input").fill(f"/publish {number}")
    page.get_by_test_id("supervisor-send").click()
    page.wait_for_timeout(3000)
    post = supervisor.last.get_by_test_id("inline-button").filter(has_text="发布")
    if post.count():
        post.first.click()
    page.wait_for_timeout(3000)
