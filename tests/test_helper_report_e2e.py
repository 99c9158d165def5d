"""Someone writing for a relative who tells the problem in the same line (帮我奶奶发的：她的养老金三个
月没到账了, this is for my grandma, her street light is broken) gets a ticket, not only the helper's
welcome (an outside tester: the matter was lost); the helper line alone stays a welcome. Through
the real bot and the fake Bot API (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, join_staff, texts, tickets_of, wait_text

HELPERS = {
    801: ("帮我奶奶发的：她的养老金三个月没到账了", "养老金"),
    802: ("this is for my grandma, her street light is broken", "street light"),
    803: ("替我爸问一下，村里的自来水停了三天了", "自来水"),
    804: ("我是帮邻居大爷发的，他家门口的下水道堵了", "下水道"),
    805: ("I'm writing for my father: the water supply in his village has been cut for two days",
          "water supply"),
    806: ("我是她孙子，俺奶奶家门口的路灯坏了一个星期了", "路灯"),
}
ALONE = {807: "帮我奶奶发的", 808: "this is for my grandma, she can't type",
         809: "我是她孙子 以后我帮她看消息"}


def test_a_helper_who_tells_the_problem_gets_a_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (*HELPERS, *ALONE))
    for citizen, (line, _) in HELPERS.items():
        fake.send_text(citizen, line)
    for citizen, (line, matter) in HELPERS.items():
        wait_text(fake, citizen, "Case number" if line.isascii() else "工单编号")  # its language
        [ticket] = tickets_of(bot, citizen)
        assert matter in ticket["text"], (line, ticket)
        said = texts(fake, citizen)
        assert ticket["number"] in said[0] and "谢谢您帮家里人反映" not in said[0], (line, said)
    pushed = "\n".join(t for group in (-1001, -1002, -1003) for t in texts(fake, group))
    assert "自来水" in pushed and "下水道" in pushed
    for citizen, line in ALONE.items():
        fake.send_text(citizen, line)
        wait_text(fake, citizen, "thank you for reporting this for your family" if line.isascii()
                  else "谢谢您帮家里人反映")
        assert not tickets_of(bot, citizen), line
    assert len(bot.tickets()) == len(HELPERS)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
