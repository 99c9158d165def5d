"""Privacy through the real handlers: personal data planted in every place people write it reaches
nobody but the citizen who wrote it; the public channel gets not even four digits of it; the
token never reaches the logs.

The rule (SPEC §5, the privacy note in /start): wherever anyone but the citizen reads a ticket
(unit groups, staff, supervisors, digests, the ledger, the channel) personal data is removed, not
half-shown. tests/plantkit.py makes the people (Faker zh_CN, names from Faker en_US and rare
surnames too) and writes their numbers and names the many ways people do; each citizen's ticket
then goes through every step a ticket can take, with more personal data in the supplements, the
edit, and in what staff and supervisors write about the citizen. `/contact` answers are the one
place a phone number is meant to reach the unit's staff, and are checked on their own.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from bot.domain.permissions import Role
from bot.render import clean
from bot.reports import digest, ledger
from bot.sandbox import FakeBotAPI
from bot.texts import for_supervisors
from tests.fuzzkit import CHANNEL, SUPERVISOR, Rig, shown, squash, start_rig, stop_rig, unit_chat
from tests.harness import BotProcess
from tests.plantkit import STAFF_NAME_USES, Plant, Planter, leaked
from tests.publishkit import confirmed, own_words
from tests.test_project_dates import project_day

CITIZENS = 20  # each carries about twenty plantings
DOOR = re.compile(r"[0-9一二三四五六七八九十]+\s*(?:号楼|单元|室|组|号)")


@dataclass
class Case:
    """One citizen's ticket and everything planted about it."""

    user: int
    telegram_name: str
    name: Plant
    plants: list[Plant] = field(default_factory=list)
    ticket: dict[str, Any] = field(default_factory=dict)
    report: str = ""
    contact_answers: set[str] = field(default_factory=set)  # outbox keys of /contact answers


def staff_of(index: int) -> int:
    return 3000 + index


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    rig = start_rig(tmp_path_factory.mktemp("privacy"))
    for index, unit in enumerate(rig.desk.config.units):
        rig.bind(staff_of(index), Role.STAFF, unit.code)
    yield rig
    stop_rig(rig)


def plant(case: Case, *plants: Plant) -> str:
    case.plants += plants
    return "，".join(p.written for p in plants)


def unit_index(rig: Rig, code: str) -> int:
    return [u.code for u in rig.desk.config.units].index(code)


def run_case(rig: Rig, planter: Planter, index: int, titles: Planter) -> Case:
    """Report, supplement, edit, share a contact; then every staff and supervisor step.
    `titles` plants the names next to a title (老人李秀英)."""
    telegram_name, written_name = planter.telegram_name()
    case = Case(rig.citizen(), telegram_name, planter.name())
    case.plants.append(Plant("name", "telegram name", written_name, written_name))
    plate = planter.fake.license_plate()
    first = rig.message(case.user, "", name=telegram_name)
    case.report = (f"{planter.village()}家里停水三天了，{plant(case, case.name, planter.mobile())}，"
                   f"{plant(case, planter.id_number(), planter.landline())}，车牌{plate}的车挡住了水表")
    first["text"] = case.report
    rig.process("message", first)
    [case.ticket] = rig.tickets_of(case.user)
    number, name = case.ticket["number"], case.name.secret
    # The citizen adds to it: a reply to the bot's message, an edit, a shared contact.
    ack = rig.bot_message(case.user, f"工单 {number}")
    rig.process("message", {**rig.message(case.user, "补充：" + plant(
        case, planter.card(), planter.email(), planter.qq(), planter.wechat(), planter.kin_name(),
        planter.tail()), name=telegram_name), "reply_to_message": ack})
    case.report += "。" + plant(case, planter.surname_cue(), planter.local(),
                               planter.compound_name(), planter.kin_name())
    case.report += "，" + plant(case, titles.titled_name())
    rig.process("edited_message", {**first, "text": case.report, "edit_date": first["date"] + 5})
    rig.process("message", rig.message(case.user, name=telegram_name, contact={
        "phone_number": planter.fake.phone_number(), "first_name": name, "user_id": case.user}))
    # Staff and supervisors write about the citizen, by name and with numbers.
    here = unit_index(rig, case.ticket["unit"])
    there = unit_index(rig, "housing" if case.ticket["unit"] != "housing" else "water")
    uses = planter.rng.sample(STAFF_NAME_USES, 6)
    group, staff = unit_chat(here), staff_of(here)
    rig.say(staff, f"/accept {number}", group)
    rig.say(staff, f"/note {number} {uses[0].format(name)}，"
                   f"{plant(case, planter.mobile(), planter.kin_name())}", group)
    rig.say(staff, f"/reply {number} {uses[1].format(name)}，已安排师傅", group)
    rig.say(staff, f"/extend {number} 3 {uses[2].format(name)}，需约{plant(case, planter.name())}"
                   "现场查看", group)
    rig.say(staff, f"/project {number} 为{name}更换水表 | {plant(case, planter.name())}，"
                   f"{plant(case, planter.mobile())} | {project_day()[0]}", group)
    update = rig.say(staff, f"/contact {number}")  # private chat: the call-back numbers
    case.contact_answers.add(f"re:{update}:contact")
    rig.say(SUPERVISOR, f"/urge {number} {uses[3].format(name)}，{plant(case, planter.id_number())}")
    rig.say(staff, f"/transfer {number} {rig.desk.config.units[there].code} {uses[4].format(name)}"
                   f"，{plant(case, planter.landline())}", group)
    rig.say(staff_of(there), f"/show {number}", unit_chat(there))
    rig.say(staff_of(there), f"/done {number} 已上门{uses[5].format(name)}，"
                             f"{plant(case, planter.mobile(), planter.name())}，恢复供水")
    rig.say(SUPERVISOR, f"/show {number}")
    confirmed(rig, number)
    if index % 2:  # the supervisor's own words, or a drafted summary confirmed with 发布
        own_words(rig, number, f"{name}反映的停水问题已解决，"
                               f"{plant(case, planter.mobile())}，车牌{plate}，全村恢复供水")
    else:
        update = rig.say(SUPERVISOR, f"/publish {number}")
        [row] = rig.db.query("SELECT params FROM outbox WHERE dedupe_key = ?",
                             [f"re:{update}:publish"])
        buttons = json.loads(row["params"])["reply_markup"]["inline_keyboard"][0]
        assert rig.press(SUPERVISOR, buttons[0]["callback_data"]) == "已提交发布到《金来办、今天办》。"
    rig.say(case.user, f"/status {number}", name=telegram_name)
    return case


def offline_case(rig: Rig, planter: Planter, titles: Planter) -> tuple[int, list[Plant]]:
    """/log: staff register a demand collected offline, with the person's details in it."""
    staff = staff_of(unit_index(rig, "water"))
    plants = [planter.name(), planter.mobile(), planter.id_number(), planter.kin_name(),
              titles.titled_name(), planter.tail()]
    rig.say(staff, f"/log {planter.village()}停水，{'，'.join(p.written for p in plants)}")
    return staff, plants


def outbox(rig: Rig) -> list[tuple[str, int, str]]:
    """(dedupe key, chat, text as Telegram shows it) for every queued message."""
    rows = rig.db.query("SELECT dedupe_key, chat_id, method, params FROM outbox ORDER BY id")
    return [(r["dedupe_key"], r["chat_id"], shown(r["method"], json.loads(r["params"])))
            for r in rows]


def ledgers(rig: Rig, folder: Path) -> dict[str, str]:
    now = dt.datetime.now(dt.UTC)
    for name in ("ledger.csv", "ledger.xlsx"):
        ledger.write(rig.db, rig.desk.config, folder / name, now)
    with (folder / "ledger.csv").open(encoding="utf-8-sig", newline="") as file:
        flat = "\n".join(",".join(row) for row in csv.reader(file))
    book = openpyxl.load_workbook(folder / "ledger.xlsx", read_only=True)
    cells = "\n".join(str(c) for sheet in book.worksheets
                      for row in sheet.iter_rows(values_only=True) for c in row if c is not None)
    book.close()
    return {"csv": flat, "xlsx": cells}


def test_planted_details_reach_nobody_but_the_citizen(rig: Rig, tmp_path: Path) -> None:
    planter = Planter(12)
    # Names next to a title come from a planter of their own, so that the people planted before
    # stay as they were (their texts are what the checks below were written against); it
    # never plants a name the other did.
    titles = Planter(13)
    titles.used = planter.used
    cases = [run_case(rig, planter, index, titles) for index in range(CITIZENS)]
    logger, offline = offline_case(rig, planter, titles)
    rig.say(cases[0].user, f"煤气泄漏了，{plant(cases[0], planter.name(), planter.mobile())}",
            name=cases[0].telegram_name)  # urgent: in the digest
    rig.say(cases[1].user, f"有件事想反映，{plant(cases[1], planter.name(), planter.mobile())}",
            name=cases[1].telegram_name)  # awaiting manual dispatch: in the digest
    rig.say(SUPERVISOR, "/stats 30")
    rig.say(SUPERVISOR, "/digest")
    now = rig.desk.store.now()  # the county's clock, which the 回访 ticks moved ahead
    report = digest.build(rig.db, rig.desk.config, now.date(), now)
    assert report.urgent and report.dispatch
    readers = {"digest": for_supervisors.digest(report), **ledgers(rig, tmp_path)}
    sent = outbox(rig)
    channel = "\n".join(text for _, chat, text in sent if chat == CHANNEL)
    assert channel.count("金来办、今天办") == CITIZENS, "every ticket was published"

    planted = sum(len(c.plants) for c in cases) + len(offline)
    assert planted >= 300 and len(planter.forms) >= 12, (planted, sorted(planter.forms))
    for case in cases:
        others = [(key, chat, text) for key, chat, text in sent
                  if chat != case.user and key not in case.contact_answers]
        for key, chat, text in others:
            assert not leaked(case.plants, text), (key, chat, leaked(case.plants, text), text)
        for where, text in readers.items():
            assert not leaked(case.plants, text), (where, leaked(case.plants, text))
        # The public: not even four digits in a row of any number, no door, no plate.
        assert not leaked(case.plants, channel, window=4), leaked(case.plants, channel, window=4)
        # The citizen reads their own words intact (/status shows the edited report).
        own = squash("".join(text for _, chat, text in sent if chat == case.user))
        assert squash(clean(case.report)) in own
        # /contact reached the unit's staff member in private, with the shared number.
        [answer] = [(chat, text) for key, chat, text in sent if key in case.contact_answers]
        assert answer[0] > 0 and case.ticket["citizen_id"] != answer[0]
        assert re.sub(r"\D", "", rig.tickets_of(case.user)[0]["phone"])[-11:] in answer[1]
    # The supervisor's clauses that held a name, a phone or a plate are left out whole.
    assert not DOOR.search(channel) and "【" not in channel and "全村恢复供水" in channel
    for key, chat, text in sent:
        if chat != logger:
            assert not leaked(offline, text), (key, chat, text)


def test_the_token_never_reaches_the_logs(fake: FakeBotAPI,
                                          make_bot: Callable[..., BotProcess]) -> None:
    """Errors, 429s, 5xx, dropped connections, a blocked user, then a
    revoked token (while running, and at start-up): the log never holds the token or its
    secret half (conftest also checks the whole token when each bot is stopped)."""
    bot = make_bot()
    fake.fail_next("sendMessage", 429, retry_after=1)
    fake.fail_next("sendMessage", 500, count=2)
    fake.drop_connections("sendMessage", 1)
    fake.fail_next("getUpdates", 502)
    fake.block(7103)
    for user, text in ((7101, "小区停水三天了"), (7102, "/status 20991231-0001"), (7103, "路灯坏了"),
                       (7104, "/nosuchcommand")):
        fake.send_text(user, text)
    fake.wait_sent(7102, 1, timeout=30)
    fake.wait_sent(7104, 1, timeout=30)
    fake.revoke_token()
    fake.send_text(7105, "又停水了")
    assert bot.proc is not None and bot.proc.wait(60) != 0
    again = make_bot(start=False).start(wait_ready=False)
    assert again.proc is not None and again.proc.wait(60) != 0
    secret = fake.token.split(":", 1)[1]
    for log in (bot.log_text(), again.log_text()):
        assert fake.token not in log and secret not in log, log
