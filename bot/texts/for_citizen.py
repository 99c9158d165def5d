"""What citizens read in their private chat with the bot (HTML parse mode).

Functions take plain values and return finished HTML; anything a person typed goes through `esc`.
Tags never span lines (render.split relies on it).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.render import esc
from bot.texts.citizen_receipt import also_line
from bot.texts.citizen_receipt import ticket_received as ticket_received
from bot.texts.common import STATE_NAMES, VISIT_ASKS, emergency_numbers
from bot.texts.lookup import ticket_row

PRIVACY_NOTE = (
    "您的个人信息只用于办理您的诉求。除您本人外，经办人员、工作群、督查人员、统计材料和公开栏目"
    "看到的内容里，电话、身份证号、银行卡号、邮箱、QQ号、微信号、Telegram 账号，"
    "以及您的名字和您在消息里留下的姓名"
    "（如“我叫……”“联系人：……”“我老伴儿……”）都会隐去，只显示【电话】【姓名】这样的标记。"
    "问题发生的地址只给责任单位和督查人员看；公开栏目只发布办理情况的摘要，地点只写到村或社区，"
    "不发您的原话。经办人需要回电时，只能在与本平台的私聊中查看您留的电话，每次查看都有记录。"
)


def welcome(county: str, gas_hotline: str) -> str:
    return (
        f"您好！这里是<b>{esc(county)}「金来办」</b>，“我为群众办实事”线上受理平台。\n"
        "\n"
        "<b>怎么反映问题</b>\n"
        "直接发一条消息，说清楚<b>什么问题、在哪里、从什么时候开始</b>，可以附照片或位置。"
        "我们会立刻生成工单编号，交给责任单位限时办理，办理进展会在这里通知您。\n"
        "\n"
        "<b>常用命令</b>\n"
        "/my 查看我反映的问题\n"
        "/status 编号 查看办理进度，例如 /status 20261127-0001\n"
        "/cancel 编号 撤回反映\n"
        "回复我发给您的工单消息，可以补充说明或照片。\n"
        "\n"
        f"<b>隐私说明</b>\n{PRIVACY_NOTE}\n"
        "\n"
        "<b>紧急情况请直接拨打</b>\n"
        f"{esc(emergency_numbers(gas_hotline))}\n"
        "\n"
        "<i>English: write to us in English and we will answer in English.</i>"
    )


def waiting_for_words(number: str, what: str, minutes: int) -> str:
    return (f"✅ 已收到您发来的{esc(what.strip('（）'))}，工单编号 <code>{esc(number)}</code>。\n"
            f"请在 {minutes} 分钟内<b>用文字说明是什么问题、在哪里</b>，我们据此交给责任单位；"
            "如果不补充说明，将由政务服务热线人工分拨。")


def still_waiting_for_words(number: str) -> str:
    return (f"已加入工单 <code>{esc(number)}</code>。请再用文字说明是什么问题、在哪里，"
            "我们马上交给责任单位。")


def unit_picked(number: str, unit_name: str, also: Sequence[str] = ()) -> str:
    """The unit the citizen chose at the hotline, and the other units the report concerns."""
    picked = f"好的，工单 <code>{esc(number)}</code> 已交给<b>{esc(unit_name)}</b>办理。"
    return picked + ("\n" + also_line(unit_name, also) if also else "")


def already_reported(number: str, state: str) -> str:
    """The same words again, soon after: no second ticket."""
    return (f"您刚才已经反映过同样的内容，工单编号 <code>{esc(number)}</code>（{esc(state)}），"
            "无需重复发送，我们已记下您再次反映。如有新的情况，请回复那条工单消息补充。")


def supplement_added(number: str) -> str:
    return f"已将您补充的内容加入工单 <code>{esc(number)}</code>，会一并转给经办人。"


def supplement_held(number: str) -> str:
    """Caption-less media sent right after a report: that report's, held a few minutes, as the
    next message may say it shows another problem (bot/actions/media.py); promise only what
    stays true if it moves, and say how to move it."""
    return (f"已将您补充的内容加入工单 <code>{esc(number)}</code>，稍后转给经办人。"
            "如果它其实是另一个问题的，请在接着描述那个问题时注明（如“如图”“这张照片”“这个位置”），"
            "我们会把它改附到那个问题的新工单。")


def media_names(kinds: Sequence[str]) -> str:
    """The kinds of attachment named (照片, 位置: 照片和位置), each once; 附件 for none."""
    names = list(dict.fromkeys(k for k in kinds if k)) or ["附件"]
    return "、".join(names[:-1]) + "和" + names[-1] if len(names) > 1 else names[0]


def media_moved(first: str, number: str, kinds: Sequence[str]) -> str:
    """Caption-less media sent after one report, then a new problem described that points at
    them (如图…): they went with the new one (the first unit had not been shown them), each
    kind named."""
    return (f"📎 您刚才发的{esc(media_names(kinds))}已从工单 <code>{esc(first)}</code> "
            f"改附到新工单 <code>{esc(number)}</code>，一并转给新问题的责任单位。")


CONTACT_SAVED = "已记下您的联系电话，经办人可能会打电话跟您核实情况。"


def contact_saved_for(number: str) -> str:
    return (f"已记下您为工单 <code>{esc(number)}</code> 留的联系电话。电话只有责任单位的经办人能看到，"
            "用于回访核实，每次查看都有记录。")


UNSUPPORTED_CONTENT = "暂时只能处理文字、照片、语音、文件、位置和联系人。请用文字描述您遇到的问题。"


def noise_reply(kind: str, still_open: int = 0) -> str:
    """A helpful answer to a message that is not a problem report; one we could not read or naming
    no matter (帮我看看), from a citizen with `still_open` tickets (催一下), says how to follow them up."""
    if kind in ("", "vague") and still_open:
        return (f"您有 {still_open} 件反映的问题正在办理。发 /my 查看办理进展，"
                "发 /status 编号 查看某一件的办理记录；如要反映新的问题，请说明什么问题、在哪里。")
    return {
        "greeting": "您好！有什么问题需要反映，直接发给我就行，说清楚什么问题、在哪里。",
        "thanks": "不客气！以后遇到急难愁盼的事，随时发消息给我们。",
        "privacy": PRIVACY_NOTE,
        "howto": ("好的，请直接把问题发给我：遇到了什么问题、在哪里（小区、村、路名）、从什么时候开始，"
                  "有照片也可以一起发。我们会登记并交给责任单位办理，并把工单编号告诉您。"),
        "vague": ("请问您遇到了什么问题？请说明什么事、在哪里（小区、村、路名），好登记交给责任单位办理。"
                  "遇到火灾、燃气泄漏、有人受伤等紧急情况，请直接拨打 110、119、120。"),
        "hours": (
            "「金来办」24 小时接收反映，夜间、周末和节假日也可以随时发消息，我们会马上登记并告诉您工单编号。"
            "各责任单位的工作人员在工作日上班时间办理，下班后和节假日收到的反映，上班后尽快处理；"
            "紧急事项 24 小时内办理。遇到火灾、燃气泄漏、有人受伤等紧急情况，请直接拨打 110、119、120。"
        ),
        "question": ("这个问题「金来办」答不上来：这里受理需要县里各单位办理的事，比如停水停电、道路、噪声、"
                     "欠薪、医保、低保等。如要反映问题，请说明什么问题、在哪里；发 /help 查看说明。"),
        "meta": (
            "我是「金来办」受理助手，由县里各责任单位的工作人员在后台办理。"
            "生活中的急难愁盼都可以反映：停水停电、道路、噪声、欠薪、医保、低保等。"
            "一般 5 个工作日内办结，紧急事项 24 小时内办理。发 /help 查看说明。"
        ),
    }.get(
        kind,
        "没太看明白您的意思。如果要反映问题，请说明什么问题、在哪里、从什么时候开始；发 /help 查看说明。",
    )


UNIT_UNREACHED = "责任单位暂时联系不上，已转告督查人员督促办理"


def chased(number: str, unit_name: str, deadline: str, still_open: int, told_now: bool,
           reached: bool, state_name: str) -> str:
    """The answer to a chase (催一下, 怎么还没人来？) from a citizen with `still_open` tickets being
    handled: the newest of them (now `state_name`) was chased with its unit (`told_now`; with
    the supervisors when the unit could not be `reached`), or already was today."""
    told = (UNIT_UNREACHED if not reached else "已提醒责任单位尽快办理" if told_now
            else "今天已经提醒过责任单位，请耐心等待，单位会尽快办理")
    return (f"已为您催办工单 <code>{esc(number)}</code>（{esc(unit_name)}，目前：{esc(state_name)}，"
            f"办理时限 {esc(deadline)}）：{told}。\n您共有 {still_open} 件反映的问题正在办理，"
            "发 /my 查看办理进展，发 /status 编号 查看某一件的办理记录。")


def chased_urgent(number: str, unit_name: str, told_now: bool, reached: bool = True,
                  signed: str = "", deadline: str = "", late: bool = False,
                  reopened: bool = False) -> str:
    """The answer to a chase of an urgent ticket: its unit was alerted again at once
    (`told_now`; the supervisors when it could not be `reached`), or was a few minutes ago; and
    only what is true of it: signed for at `signed` (a time, as 14:05) or not signed for yet
    (`reopened`: sent back for 重办 and not signed for again); by when it is due (`deadline`,
    `late` once that has passed)."""
    told = (UNIT_UNREACHED if not reached else "已立即再次转告责任单位，请他们马上处置"
            if told_now else "几分钟前刚刚再次转告过责任单位")
    state = (f"责任单位已于 {esc(signed)} 签收" if signed
             else "工单已退回重新办理，责任单位还没有重新签收，我们会继续催促" if reopened
             else "责任单位还没有签收，我们会继续催促")
    if deadline:
        state += (f"；办理时限 {esc(deadline)} 已过，我们会继续督促" if late
                  else f"；责任单位应在 {esc(deadline)} 前办结")
    return (f"🚨 您反映的紧急情况（工单 <code>{esc(number)}</code>，{esc(unit_name)}）：{told}；{state}。\n"
            "⚠️ <b>如果有人身危险，请立即拨打 110（报警）、119（火警）、120（急救）！</b>")


def chase_of_closed(number: str, state_name: str) -> str:
    """A chase naming the citizen's own ticket that is no longer being handled."""
    return (f"工单 <code>{esc(number)}</code> 目前的状态是：{esc(state_name)}，不需要催办。"
            "如果问题还没有解决，请直接发消息说明现在的情况，我们会重新登记；发 /my 查看您的工单。")


NOTHING_TO_CHASE = ("您目前没有正在办理的反映。如果有问题要反映，请直接发消息说明什么问题、在哪里、"
                    "从什么时候开始，我们会登记并交给责任单位办理；发 /my 查看以往的反映。")


def my_tickets(rows: list[tuple[str, str, str]], older: int = 0, older_open: int = 0,
               page: int = 1, per_page: int = 20) -> str:
    """rows: (number, state, summary), newest first: page `page` of the citizen's tickets,
    `per_page` a page; `older`: the citizen's tickets after this page (older than its last
    row, or all of them for a page past the end), `older_open` of them still being handled."""
    if not rows:
        if page == 1 or not older:
            return "您还没有反映过问题。直接发消息描述问题即可。"
        pages = -(-older // per_page)
        back = (f"发 /my {pages} 查看最早的一页，发 /my 查看最近的。" if pages > 1
                else "发 /my 查看。")
        return f"您共反映过 {older} 件问题，共 {pages} 页，没有第 {page} 页。{back}"
    skipped = (page - 1) * per_page
    total = skipped + len(rows) + older
    head = "<b>您反映的问题</b>"
    if page > 1:
        head += f"（共 {total} 件，第 {page} 页：第 {skipped + 1}–{skipped + len(rows)} 件）"
    elif older:
        head += f"（共 {total} 件，这里列出最近的 {len(rows)} 件）"
    lines = [head]
    lines += [ticket_row(*row) for row in rows]
    lines.append("发 /status 编号 查看详情。")
    if older:
        still = f"，其中 {older_open} 件仍在办理" if older_open else ""
        lines.append(f"更早的 {older} 件未列出{still}：发 /my {page + 1} 查看。")
    return "\n".join(lines)


def ticket_status(
    number: str, state: str, unit_name: str, text: str, deadline: str,
    history: list[tuple[str, str]], result: str | None, result_current: bool = True,
    urged_until: str = "",
) -> str:
    """One ticket for its citizen; a result from before a 重办 (`result_current` False) is shown
    as the earlier one, not as what is being done now; `urged_until`: the 限期办结 a 督办 gave
    after the deadline passed, as the citizen was told it."""
    lines = [
        f"<b>工单</b> <code>{esc(number)}</code>",
        f"状态：{esc(STATE_NAMES.get(state, state))}",
        f"责任单位：{esc(unit_name)}",
        f"办理时限：{esc(deadline)}" + ("（已逾期）" if urged_until else ""),
        *([f"督办限期：{esc(urged_until)} 前办结"] if urged_until else []),
        f"内容：{esc(text)}",
    ]
    if result:
        lines.append(f"办理结果：{esc(result)}" if result_current
                     else f"上次办理结果（已退回重新办理）：{esc(result)}")
    lines.append("<b>办理记录</b>")
    lines += [f"{esc(at)} {esc(what)}" for at, what in history]
    return "\n".join(lines)


def usage(command: str) -> str:
    return {
        "status": ("请带上工单编号，例如：/status 20261127-0001；也可以只写序号（/status 0001），"
                   "或一次查几件（/status 编号1 编号2）。发 /my 查看您的工单。"),
        "cancel": "请带上要撤回的工单编号，例如：/cancel 20261127-0001",
        "my": ("发 /my 查看您最近的 20 件工单，/my 2 查看更早的 20 件，以此类推；"
               "查看某一件请发 /status 编号，例如：/status 20261127-0001"),
    }.get(command, "命令格式不对，发 /help 查看说明。")


UNKNOWN_COMMAND = "没有这个命令。发 /help 查看可以用的命令；要反映问题，直接发文字描述即可。"


def not_found(number: str) -> str:
    """The same answer whether the ticket does not exist or is not the asker's (no probing)."""
    return f"没有找到您名下编号为 <code>{esc(number)}</code> 的工单，请核对编号；发 /my 查看您的工单。"


def withdrawn(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 已撤回。如有需要，可以随时重新反映。"


def cannot_withdraw(number: str, state: str) -> str:
    if state == "withdrawn":
        return f"工单 <code>{esc(number)}</code> 已经撤回，无需再次撤回。"
    return (
        f"工单 <code>{esc(number)}</code> 当前状态为“{esc(STATE_NAMES.get(state, state))}”，"
        "不能撤回。"
    )


def already_dispatched(number: str, unit_name: str) -> str:
    return f"工单 {number} 已由{unit_name}办理，无需再选择。"


UNIT_PICKED_TOAST = "已为您转交，谢谢！"


CITIZEN_COMMAND_IN_GROUP = "查询和反映问题请私聊我，个人信息不会在群里显示。"


def accepted_for_citizen(number: str, unit_name: str) -> str:
    return f"📌 您反映的问题（工单 <code>{esc(number)}</code>）已由<b>{esc(unit_name)}</b>签收，正在办理。"


def reply_for_citizen(number: str, unit_name: str, text: str) -> str:
    return f"💬 <b>{esc(unit_name)}</b>关于工单 <code>{esc(number)}</code> 的答复：\n{esc(text)}"


def resolved_for_citizen(number: str, unit_name: str, result: str) -> str:
    return (f"✅ 您反映的问题（工单 <code>{esc(number)}</code>）已由<b>{esc(unit_name)}</b>办结。\n"
            f"办理结果：{esc(result)}\n"
            "如果问题没有解决，稍后回访时请告诉我们。")


def transferred_for_citizen(number: str, unit_name: str) -> str:
    return (f"↪️ 您反映的问题（工单 <code>{esc(number)}</code>）已改由<b>{esc(unit_name)}</b>办理，"
            "办理时限不变。")


def visit_question(number: str, question: str, result: str) -> str:
    if question == "c":
        lines = [f"📞 <b>回访</b> 您反映的工单 <code>{esc(number)}</code> 已办结。"]
        if result:
            lines.append(f"办理结果：{esc(result)}")
        lines.append(f"请您花几秒钟评价一下。第一个问题：<b>{VISIT_ASKS['c']}</b>")
        return "\n".join(lines)
    if question == "s":
        return f"工单 <code>{esc(number)}</code> 第二个问题：<b>{VISIT_ASKS['s']}</b>"
    return f"工单 <code>{esc(number)}</code> 最后一个问题：<b>{VISIT_ASKS['r']}</b>"


VISIT_THANKS_TOAST = "已记录，谢谢您！"


VISIT_ALREADY_ANSWERED = "这个问题您已经回答过了，谢谢！"


VISIT_ANSWER_FIRST = "请先回答前面的问题。"


def visit_over_default(answered: int) -> str:
    """A button of a visit closed as 默认满意: said as it happened, not 回答都已记录."""
    if answered:
        return ("这次回访已经结束：3 天内没有收到全部回答，已记录您的回答，其余按默认满意销号。"
                "如问题仍未解决，欢迎重新反映。")
    return "这次回访已经结束：3 天内没有收到您的回答，已按默认满意销号。如问题仍未解决，欢迎重新反映。"


def visit_said_kept(number: str, answers: list[str], question: str) -> str:
    """A 未解决 / 不满意 typed before its question (or other words in reply to the visit): kept
    on the ticket, the pending question asked again, by name."""
    said = f"（{esc('、'.join(answers))}）" if answers else ""
    return (f"收到，已记入工单 <code>{esc(number)}</code> 的回访{said}，并转告了责任单位。"
            f"请再回答一下这个问题：<b>{VISIT_ASKS[question]}</b>点下面的按钮或直接回复即可。")


def visit_which(numbers: list[str]) -> str:
    """A typed 回访 answer that fits none of the citizen's waiting visits' next questions."""
    listed = "、".join(f"<code>{esc(n)}</code>" for n in numbers)
    return (f"您有 {len(numbers)} 件工单在等待回访（{listed}），这条回答没有记录，"
            "因为不确定是哪一件的。请回复对应工单的回访消息，或点该消息下的按钮作答。")


def visit_closed(number: str) -> str:
    return f"感谢您的评价！工单 <code>{esc(number)}</code> 已销号。还有其他问题，随时发消息给我们。"


def visit_recorded(number: str) -> str:
    return (f"您的评价已记录。工单 <code>{esc(number)}</code> 已经重新办理过一次，"
            "您的意见已报送督查部门跟进。")


def visit_default_closed(number: str, late_days: int) -> str:
    return (f"工单 <code>{esc(number)}</code> 回访 3 天未收到评价，按默认满意销号。"
            f"如问题仍未解决或您不满意，{late_days} 天内直接回复告诉我们，会按您的回答重新记录。")


def reopened_for_citizen(number: str, unit_name: str, deadline: str) -> str:
    return (f"🔁 收到您的意见。工单 <code>{esc(number)}</code> 已退回{esc(unit_name)}"
            f"<b>重新办理</b>，办理时限：{esc(deadline)} 前。")


def commands_paused(commands: int) -> str:
    """Once, to a citizen whose commands in a flood went past `commands` a minute."""
    return (f"您发送命令太频繁了（每分钟最多回复 {commands} 条），请稍等约一分钟再试。"
            "这段时间的命令暂不回复，您发来的消息都已保存。")


def calm_line() -> str:
    """Under the receipt of a report told with a threat in anger (nlp.threat): no victim's advice."""
    return ("理解您着急的心情，我们会督促责任单位尽快办理。也请您保持冷静、理性反映诉求，"
            "有新情况可以随时在这里补充。")


from bot.texts import for_citizen_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), for_citizen_en)
