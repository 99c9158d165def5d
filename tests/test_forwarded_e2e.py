"""A message the citizen forwards to the bot (a neighbour's complaint, a group's or a channel's
post, Telegram's `forward_origin`) is filed as forwarded, not as the forwarder's own words: the
ticket records where it came from, the citizen's answer and the unit's push say so (a person's
name masked, a chat's title shown: 转发自…); a forwarded notice or advert opens no ticket, and
the citizen is asked what they want done.
Through the real bot and the fake Bot API (refs #10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, URBAN_GROUP, WATER_GROUP, join_staff, texts, tickets_of, wait_text

CHANNEL, GROUP = -100900, -100901
NEIGHBOUR = 7901
# citizen: (how it was forwarded, its words, the unit's group, the matter, what the push names)
REPORTS: dict[int, tuple[dict[str, Any], str, int, str, str]] = {
    701: ({"from_user": NEIGHBOUR}, "我们幸福小区3号楼停水三天了，到现在也没人管，老人做饭都没水",
          WATER_GROUP, "停水", "他人「【姓名】」"),
    702: ({"sender_name": "李秀英"}, "俺村东头的路灯坏了半个月了，晚上黑乎乎的",
          URBAN_GROUP, "路灯", "他人「【姓名】」"),
    703: ({"from_chat": GROUP}, "和平小区门口的下水道堵了好几天了，污水横流，臭得很",
          WATER_GROUP, "下水道", "群组「和平小区业主群」"),
    # a neighbour's post signed with a dash and her name, as older citizens sign
    709: ({"from_user": NEIGHBOUR}, "各位邻居，东街路口那几盏路灯坏了半个月了，谁能帮着反映一下。——孙大娘",
          URBAN_GROUP, "路灯", "他人「【姓名】」"),
}
NOTICES: dict[int, tuple[dict[str, Any], str]] = {
    704: ({"from_chat": CHANNEL}, "停水通知：因管网改造，12月3日8:00至18:00城区东部停水，"
          "请广大用户提前储水。县自来水公司"),
    705: ({"from_chat": GROUP}, "家电维修上门服务，空调加氟、洗衣机维修，价格实惠，电话13812345678"),
    706: ({"from_user": NEIGHBOUR}, "【停电公告】接供电公司通知，12月5日7:00-19:00因线路检修，"
          "金乡镇部分村停电，敬请谅解。"),
    707: ({"from_chat": CHANNEL}, "重要提醒：近期有人冒充社保局工作人员打电话要求转账，大家千万别信！"),
}


def test_the_fake_sends_a_forward_as_telegram_does(fake: FakeBotAPI) -> None:
    fake.add_user(NEIGHBOUR, "张大伟")
    fake.add_channel(CHANNEL, "金乡发布")
    person = fake.forward_text(700, "停水了", from_user=NEIGHBOUR)
    assert person["forward_origin"]["type"] == "user"
    assert person["forward_origin"]["sender_user"]["first_name"] == "张大伟"
    assert person["forward_from"]["id"] == NEIGHBOUR and person["forward_date"]
    hidden = fake.forward_text(700, "停水了", sender_name="李秀英")
    assert hidden["forward_origin"] == {"type": "hidden_user", "sender_user_name": "李秀英",
                                        "date": hidden["forward_date"]}
    post = fake.forward_text(700, "通知", from_chat=CHANNEL)
    assert post["forward_origin"]["type"] == "channel"
    assert post["forward_origin"]["chat"]["title"] == "金乡发布"
    assert post["forward_origin"]["message_id"] == post["forward_from_message_id"]


def test_a_forwarded_message_is_filed_as_forwarded(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (*REPORTS, *NOTICES, 708))
    fake.add_user(NEIGHBOUR, "张大伟")
    fake.add_channel(CHANNEL, "金乡发布")
    fake.add_group(GROUP, "和平小区业主群")
    for citizen, (origin, line, *_) in REPORTS.items():
        fake.forward_text(citizen, line, **origin)
    for citizen, (origin, _, group, matter, named) in REPORTS.items():
        [said] = wait_text(fake, citizen, "工单编号")
        assert "转发" in said, said
        [ticket] = tickets_of(bot, citizen)
        assert matter in ticket["text"], ticket
        [event] = bot.query("SELECT * FROM events WHERE ticket_id = ? AND action = 'forwarded'",
                            [ticket["id"]])
        assert event["new"] == ("chat" if "from_chat" in origin else
                                "user" if "from_user" in origin else "hidden_user")
        [push] = wait_text(fake, group, ticket["number"])
        assert f"转发自：{named}（市民转发的消息" in push, push
        assert "张大伟" not in push and "李秀英" not in push, push
    # A person's name is one of the ticket's names to mask, wherever it is read.
    assert "张大伟" in tickets_of(bot, 701)[0]["names"]
    for citizen, (origin, line) in NOTICES.items():
        fake.forward_text(citizen, line, **origin)
    for citizen, (_, line) in NOTICES.items():
        [said] = wait_text(fake, citizen, "没有登记")
        assert not tickets_of(bot, citizen), (line, said)
        assert "希望我们为您做什么" in said and "用自己的话告诉我们" in said, said
    # Their own message forwarded back is their own words: filed as any report.
    fake.forward_text(708, "幸福小区5号楼楼道的灯坏了一个月了", from_user=708)
    [said] = wait_text(fake, 708, "工单编号")
    assert "转发" not in said
    [ticket] = tickets_of(bot, 708)
    assert not bot.query("SELECT * FROM events WHERE ticket_id = ? AND action = 'forwarded'",
                         [ticket["id"]])
    assert len(bot.tickets()) == len(REPORTS) + 1
    assert not [t for t in texts(fake, WATER_GROUP) if "【停电公告】" in t or "停水通知" in t]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
