"""Privacy: planted names, phone numbers, ID numbers and addresses (Faker zh_CN) never reach
anyone but the citizen who typed them; the token never reaches the logs.

The rule (SPEC §5, the privacy note in /start): phone and ID numbers are masked wherever anyone
other than the citizen reads them (unit groups, staff, supervisors, digests, the channel, the
ledger); names are masked in all of those too; the public channel also loses house, building and
room numbers. The citizen still sees their own words intact.

A name is recognised after a cue (我叫, 姓名：, 联系人：, 本人 …), as the citizen's Telegram name
(in either order of its parts), or standing right before a phone number when its surname is
common — a bare name in prose with none of these is beyond regex masking, so the planted
messages use the forms people write when they give their details.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from faker import Faker

from bot.domain.permissions import Role
from bot.render import clean
from bot.reports import digest, ledger
from bot.sandbox import FakeBotAPI
from bot.texts import for_supervisors
from tests.fuzzkit import CHANNEL, SUPERVISOR, Rig, shown, squash, start_rig, stop_rig, unit_chat
from tests.harness import BotProcess

COMMON = "王李张刘陈杨黄吴赵周徐孙马朱胡林郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"


@dataclass(frozen=True)
class Person:
    """One citizen's planted details, and the message that carries them."""

    telegram_name: str
    name: str
    phone: str  # as written in the message
    landline: str
    id_number: str
    address: str
    text: str

    def secrets(self) -> list[str]:
        given = self.telegram_name.split()
        return [self.name, "".join(given), "".join(reversed(given)), self.phone, self.landline,
                self.id_number]

    def numbers(self) -> list[str]:
        """Digits of the phone and ID numbers: found however they are spaced."""
        return [re.sub(r"\D", "", n) for n in (self.phone, self.landline, self.id_number)]


def people(count: int = 8) -> list[Person]:
    fake = Faker("zh_CN")
    Faker.seed(6)
    out = []
    for index in range(count):
        name = fake.name()
        while name[0] not in COMMON:  # bare names are recognised for common surnames
            name = fake.name()
        mobile = fake.phone_number()
        phone = [mobile, f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}",
                 f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}", f"+86{mobile}"][index % 4]
        landline = f"0{fake.random_int(531, 539)}-{fake.random_int(2_000_000, 8_999_999)}"
        ssn = fake.ssn()
        id_number = ssn if index % 3 else ssn[:6] + ssn[8:17]  # every third: the old 15 digits
        address = fake.address() + f"，{index + 2}号楼{index + 1}单元50{index}室"
        own = fake.name()
        telegram_name = f"{own[1:]} {own[0]}"  # first name, then family name, as Telegram has it
        templates = [
            f"我叫{name}，身份证号{id_number}，电话{phone}。{address}停水三天了",
            f"停水三天了，地址{address}。联系人：{name}，{phone}，座机{landline}",
            f"{name} {phone} 家里停水三天了，身份证{id_number}，住{address}",
            f"本人{name}，座机{landline}，手机{phone}，{address}停水三天了，"
            f"{own}家门口也停水",
        ]
        out.append(Person(telegram_name, name, phone, landline, id_number, address,
                          templates[index % len(templates)]))
    return out


def staff_of(index: int) -> int:
    return 3000 + index


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    rig = start_rig(tmp_path_factory.mktemp("privacy"))
    for index, unit in enumerate(rig.desk.config.units):
        rig.bind(staff_of(index), Role.STAFF, unit.code)
    yield rig
    stop_rig(rig)


def leaks(person: Person, seen: str) -> list[str]:
    digits = re.sub(r"\D", "", seen)
    return ([s for s in person.secrets() if len(s) >= 2 and s in seen]
            + [n for n in person.numbers() if n in digits])


def everything_but(rig: Rig, chat: int) -> list[tuple[int, str]]:
    rows = rig.db.query("SELECT chat_id, method, params FROM outbox WHERE chat_id != ?"
                        " ORDER BY id", [chat])
    import json

    return [(r["chat_id"], shown(r["method"], json.loads(r["params"]))) for r in rows]


def run_flows(rig: Rig, person: Person) -> dict[str, Any]:
    """Report, share a contact, and take the ticket through every staff and supervisor step."""
    user = rig.citizen()
    rig.say(user, person.text, name=person.telegram_name)
    rig.process("message", rig.message(user, name=person.telegram_name, contact={
        "phone_number": person.phone, "first_name": person.name, "user_id": user}))
    [ticket] = rig.tickets_of(user)
    number = ticket["number"]
    codes = [u.code for u in rig.desk.config.units]
    here = codes.index(ticket["unit"])
    there = codes.index("housing" if ticket["unit"] != "housing" else "water")
    detail = f"{person.name}（{person.phone}，身份证{person.id_number}）"
    for line in (f"/show {number}", f"/accept {number}", f"/note {number} 已电话联系{detail}",
                 f"/extend {number} 3 需约{detail}现场查看", f"/project {number} "
                 f"为{detail}更换水表 | 分两步实施，联系人：{person.name} | 2099-12-31",
                 f"/show {number}"):
        rig.say(staff_of(here), line, unit_chat(here))
    rig.say(SUPERVISOR, f"/urge {number} 请尽快联系{detail}")
    rig.say(staff_of(here), f"/transfer {number} {codes[there]} 属物业管理，{detail}")
    rig.say(staff_of(there), f"/show {number}", unit_chat(there))
    rig.say(staff_of(there), f"/done {number} 已上门为{detail}修复，{person.address}恢复供水")
    rig.say(SUPERVISOR, f"/show {number}")
    rig.say(SUPERVISOR, f"/publish {number}")
    rig.say(user, f"/status {number}", name=person.telegram_name)
    return ticket


def test_planted_details_reach_nobody_but_the_citizen(rig: Rig, tmp_path: Path) -> None:
    planted = people()
    tickets = [run_flows(rig, person) for person in planted]
    for extra in ("家里煤气泄漏了，我叫{name}，电话{phone}", "有件事想反映，联系人：{name} {phone}"):
        rig.say(rig.citizen(), extra.format(name=planted[0].name, phone=planted[0].phone),
                name=planted[0].telegram_name)  # urgent, and awaiting dispatch: in the digest
    rig.say(SUPERVISOR, "/stats 30")
    report = digest.build(rig.db, rig.desk.config, dt.datetime.now(dt.UTC).date(),
                          dt.datetime.now(dt.UTC))
    digest_text = for_supervisors.digest(report)
    assert report.urgent and report.dispatch
    ledgers = []
    for name in ("ledger.csv", "ledger.xlsx"):
        ledger.write(rig.db, rig.desk.config, tmp_path / name, dt.datetime.now(dt.UTC))
    with (tmp_path / "ledger.csv").open(encoding="utf-8-sig", newline="") as file:
        ledgers.append("\n".join(",".join(row) for row in csv.reader(file)))
    book = openpyxl.load_workbook(tmp_path / "ledger.xlsx", read_only=True)
    ledgers.append("\n".join(str(c) for sheet in book.worksheets for row in sheet.iter_rows(
        values_only=True) for c in row if c is not None))
    book.close()
    channel = "\n".join(rig.shown_to(CHANNEL))
    assert channel.count("金来办") >= len(planted), "every ticket was published"
    for person, ticket in zip(planted, tickets, strict=True):
        for chat, seen in everything_but(rig, ticket["chat_id"]):
            assert not leaks(person, seen), (chat, leaks(person, seen), seen)
        for where, seen in (("digest", digest_text), ("csv", ledgers[0]), ("xlsx", ledgers[1])):
            assert not leaks(person, seen), (where, leaks(person, seen))
        # The channel also loses the door: no house, building or room number.
        assert not re.search(r"\d+号楼|\d+单元|\d+室", channel)
        # The citizen sees their own words intact (/status), and the unit's reply in full.
        own = squash("".join(rig.shown_to(ticket["chat_id"])))
        assert squash(clean(person.text)) in own
        assert squash(person.phone) in own


def test_staff_see_the_masked_forms_not_nothing(rig: Rig) -> None:
    """Masking keeps what staff need: the number's ends and the family name."""
    person = people(1)[0]
    user = rig.citizen()
    rig.say(user, person.text, name=person.telegram_name)
    [ticket] = rig.tickets_of(user)
    view = rig.unit_view(ticket)
    mobile = re.sub(r"\D", "", person.phone)[-11:]
    assert f"{mobile[:3]}****{mobile[-4:]}" in view
    assert person.name[0] + "*" in view and "停水三天了" in view


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
