"""An elderly villager's findings as an outside tester, through the real bot process and the
fake Bot API (refs #10): every push about a ticket names its matter (事项：…), an answer to the
unit's own question with more words is still the answer, and 回访 answers in dialect (咧/哩,
中, 得劲, 妥了, 管用) are answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import CST, texts, tickets_of, wait_text

STAFF, WATER_GROUP = 771, -1771
GRANNY, PLAIN = 781, 782
DIALECT = {791: "来人看过咧，路补好咧，中，得劲", 792: "有人来咧，妥了，中咧",
           793: "来人看过哩，管用，得劲", 794: "没人来过哩，还没修好哩，不得劲"}


def _bot(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], *users: int,
         unit: str = "water") -> BotProcess:
    fake.add_group(WATER_GROUP, "单位工作群")
    for user in (*users, STAFF):
        fake.add_user(user)
    bot = make_bot({f"units.{unit}.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    code = bot.cli("invite", "--unit", unit).stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    wait_text(fake, STAFF, "绑定成功")
    return bot


def _report(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str) -> dict[str, Any]:
    count = len(tickets_of(bot, citizen))
    fake.send_text(citizen, text)
    fake.wait_until(lambda: len(tickets_of(bot, citizen)) == count + 1, timeout=20)
    return tickets_of(bot, citizen)[-1]


def _finish(fake: FakeBotAPI, bot: BotProcess, citizen: int, ticket: dict[str, Any]) -> None:
    fake.send_text(STAFF, f"/accept {ticket['number']}")
    fake.send_text(STAFF, f"/done {ticket['number']} 已维修")
    fake.wait_until(lambda: [t for t in tickets_of(bot, citizen)
                             if t["id"] == ticket["id"] and t["state"] == "resolved"], timeout=20)


def _ask_visits(bot: BotProcess, citizens: tuple[int, ...]) -> None:
    resolved = max(dt.datetime.fromisoformat(t["resolved_at"])
                   for c in citizens for t in tickets_of(bot, c) if t["resolved_at"])
    asked = (resolved + dt.timedelta(days=2)).astimezone(CST).replace(
        hour=10, minute=0, second=0, microsecond=0)
    done = bot.cli("tick", "--now", asked.isoformat())
    assert done.returncode == 0 and "visits" in done.stdout, done.stdout


def test_every_push_about_a_ticket_names_its_matter(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot, GRANNY)
    first = _report(fake, bot, GRANNY, "西街1号楼停水两天了，一直没有来水")
    second = _report(fake, bot, GRANNY,
                     "东关小学门口自来水管爆了，水流了一地，快来人修一修吧，俺家老头子出门都不方便")
    fake.send_text(STAFF, f"/accept {second['number']}")
    accepted = wait_text(fake, GRANNY, "签收")[-1]
    assert "事项：东关小学门口自来水管爆了，水流了一地…" in accepted

    _finish(fake, bot, GRANNY, first)
    done = wait_text(fake, GRANNY, "办结")[-1]
    assert first["number"] in done and "事项：西街1号楼停水两天了，一直没有来水" in done
    assert "东关小学" not in done and "办理结果：已维修" in done
    fake.send_text(STAFF, f"/reply {second['number']} 师傅下午到，<b>请</b>留意")
    reply = wait_text(fake, GRANNY, "师傅下午到")[-1]
    assert "事项：东关小学门口" in reply and "&lt;b&gt;" not in reply  # sent as HTML

    fake.send_text(STAFF, f"/transfer {second['number']} housing 属于小区物业管网")
    moved = wait_text(fake, GRANNY, "改由")[-1]
    assert "事项：东关小学门口自来水管爆了" in moved and "西街1号楼" not in moved

    _ask_visits(bot, (GRANNY,))
    visit = wait_text(fake, GRANNY, "联系过您")[-1]
    assert first["number"] in visit and "事项：西街1号楼停水两天了" in visit
    fake.send_text(GRANNY, "联系过了")
    fake.wait_until(lambda: tickets_of(bot, GRANNY)[0]["contacted"] == 1, timeout=20)
    solved = wait_text(fake, GRANNY, "第二个问题")[-1]
    assert "事项：西街1号楼停水两天了" in solved
    assert len(tickets_of(bot, GRANNY)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_an_answer_with_more_words_still_answers_the_units_question(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot, PLAIN)
    ticket = _report(fake, bot, PLAIN, "后王楼村张大娘家停水三天了，一直没有来水")
    fake.send_text(STAFF, f"/accept {ticket['number']}")
    asks_answers = (
        ("请问张大娘家是哪个村几组的？", "后王楼村三组，她家就在俺家后头"),
        ("停水是从什么时候开始的？", "上个礼拜五下午就没水了，一直到现在"),
        ("方便留个联系电话吗？", "13912345678，白天打这个就中，俺一直在家"),
        ("明天上午家里有人吗？", "有人，俺天天在家，来之前打个电话就中"),
    )
    for n, (question, answer) in enumerate(asks_answers, 1):
        fake.send_text(STAFF, f"/reply {ticket['number']} {question}")
        wait_text(fake, PLAIN, question)
        fake.send_text(PLAIN, answer)
        fake.wait_until(lambda k=n: len(bot.query(
            "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'",
            [ticket["id"]])) == k, timeout=20)
        told = wait_text(fake, WATER_GROUP, "市民补充")[-1]
        assert ticket["number"] in told
        wait_text(fake, PLAIN, "已将您补充的内容加入工单", n)
    assert len(tickets_of(bot, PLAIN)) == 1
    listed = [t for t in texts(fake, PLAIN) if "您反映的问题" in t and "发 /status" in t]
    assert not listed  # never answered with the list of her tickets

    # A different matter after the question is no answer: a ticket of its own.
    fake.send_text(STAFF, f"/reply {ticket['number']} 请问张大娘家是哪个村几组的？")
    wait_text(fake, PLAIN, "哪个村几组", 2)
    fake.send_text(PLAIN, "俺村村口的路灯坏了好几天了，晚上黑乎乎的")
    fake.wait_until(lambda: len(tickets_of(bot, PLAIN)) == 2, timeout=20)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_visit_answers_in_dialect_are_recorded(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot, *DIALECT, unit="transport")
    for citizen in DIALECT:
        _finish(fake, bot, citizen, _report(fake, bot, citizen, f"西街{citizen}号门口路面塌了个大坑"))
    _ask_visits(bot, tuple(DIALECT))
    for citizen in DIALECT:
        wait_text(fake, citizen, "联系过您")
        fake.send_text(citizen, DIALECT[citizen])
    expected = {791: (1, 1, "satisfied", "closed"), 792: (1, 1, "satisfied", "closed"),
                793: (1, 1, "satisfied", "closed"), 794: (0, None, None, "reopened")}
    for citizen, (contacted, solved, rating, state) in expected.items():
        fake.wait_until(lambda c=citizen, s=state: tickets_of(bot, c)[0]["state"] == s, timeout=20)
        row = tickets_of(bot, citizen)[0]
        if state == "closed":
            assert (row["contacted"], row["solved"], row["rating"]) == (contacted, solved, rating)
        assert len(tickets_of(bot, citizen)) == 1, citizen
    said = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'rate'"
                     " ORDER BY id", [tickets_of(bot, 794)[0]["id"]])
    assert [r["detail"] for r in said] == ["c:0", "s:0", "r:1"]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
