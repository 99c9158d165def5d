"""What a citizen reads when they ask what the service is, who runs it, whether it is really the
government's, or what they may report here (你们是真的政府部门吗, What can I report here?;
nlp.about_service, refs #10): the answer to each of those, plainly (HTML parse mode)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.common import emergency_numbers


def about_service(county: str, gas_hotline: str) -> str:
    """What the bot is and who runs it, what it takes, and that an emergency is a call."""
    return (
        f"您好！这里是<b>{esc(county)}「金来办」</b>，由县里“我为群众办实事”受理窗口开设和管理的线上受理平台。"
        "我是平台的受理助手，负责登记您反映的问题；登记后的工单由县里各责任单位（如水务、供电、住建、"
        "交通、人社、医保、民政等部门）的工作人员办理，办理进展会在这里通知您，办结后还会回访。\n"
        "\n"
        "<b>可以反映什么</b>\n"
        "生活中需要县里帮忙解决的急难愁盼都可以：停水停电、道路和路灯、噪声和垃圾、小区物业、欠薪、"
        "医保社保、低保救助、孩子上学等。直接发一条消息，说清楚什么问题、在哪里、从什么时候开始，"
        "我们会立即给您工单编号。\n"
        "\n"
        "<b>紧急情况请不要只在这里留言</b>\n"
        "遇到火灾、燃气泄漏、有人落水或受伤、正在发生的打架斗殴等，请立即拨打电话：\n"
        f"{esc(emergency_numbers(gas_hotline))}\n"
        "发 /help 查看使用说明。"
    )


from bot.texts import about_service_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), about_service_en)
