"""What supervisors read (and what they post to the public channel): 督办, 重办, the digest,
statistics, the ledger. HTML parse mode; ticket texts come in masked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.domain.calendar import Gap
from bot.domain.figures import STATS_DEFAULT_DAYS, STATS_MAX_DAYS, Digest, UnitRates
from bot.render import esc
from bot.texts import no_channel, signing
from bot.texts.common import EXTENDED_FROM
from bot.texts.listing import LISTED, MARK
from bot.texts.ranking import ranking_lines, rate_cells
from bot.texts.urging import late_by


def joined_for_supervisors(name: str, role: str, unit_name: str | None) -> str:
    who = "督查人员" if role == "supervisor" else f"{unit_name or ''}工作人员"
    return f"👤 {esc(name)} 已通过邀请码绑定为{esc(who)}。"


def left_for_supervisors(name: str, role: str, unit_name: str | None,
                         by_operator: bool = False) -> str:
    """A binding released by the person (/leave) or, `by_operator`, by `people --remove`."""
    who = "督查人员" if role == "supervisor" else f"{unit_name or ''}工作人员"
    after = "" if role == "supervisor" else "，不再接收该单位的工单"
    what = "" if who in name else who  # a name that says it (the demo's 县水务局工作人员)
    if by_operator:
        return (f"👤 系统管理员已解除「{esc(name)}」的{esc(what)}绑定"
                f"{after and '，此人' + after[1:]}。")
    return f"👤「{esc(name)}」本人已解除{esc(what)}绑定（/leave）{after}。"


def unit_unstaffed(unit_name: str, code: str, still_open: int, has_group: bool) -> str:
    """A unit whose last reachable staff member was just released."""
    reach = ("新工单和提醒今后只推送到该单位工作群" if has_group
             else "该单位也没有工作群，新工单和提醒将无人接收")
    tickets = f"该单位还有 {still_open} 件在办工单" if still_open else "该单位目前没有在办工单"
    return (f"⚠️ <b>{esc(unit_name)}</b>现在没有绑定的工作人员：{reach}；{tickets}。"
            f"请尽快安排接任人员绑定，可请系统管理员生成邀请码"
            f"（<code>python -m bot invite --unit {esc(code)}</code>）。")


def transferred_for_supervisors(number: str, count: int, unit_name: str) -> str:
    return (f"⚠️ 工单 <code>{esc(number)}</code> 已被来回改派 {count} 次，"
            f"已转<b>{esc(unit_name)}</b>人工分拨，请关注。")


def _replaces(replaced: str | None) -> str:
    return (f"⚠️ 本申请替代此前待批的申请（{esc(replaced)}），原申请作废。\n" if replaced else "")


def extension_for_supervisors(number: str, unit_name: str, days: int, reason: str,
                              deadline: str, replaced: str | None, extended: str) -> str:
    """`reason` is already masked (staff's free text often names the citizen); `replaced`: the
    request still pending that this one replaces (common.extension_asked); `extended`: the
    deadline approval gives (common.EXTENDED_FROM)."""
    return (f"🕒 <b>{esc(unit_name)}</b>申请工单 <code>{esc(number)}</code> 延期 {days} 个工作日"
            f"（现时限 {esc(deadline)}，{EXTENDED_FROM}，批准后为 {esc(extended)}）。\n"
            f"理由：{esc(reason)}\n{_replaces(replaced)}"
            f"同意延期 {days} 个工作日请发 /approve {esc(number)}")


def project_extension_for_supervisors(number: str, unit_name: str, completion: str,
                                      deadline: str, measures: str,
                                      replaced: str | None = None) -> str:
    """`measures` is staff's free text, masked already."""
    return (f"🕒 <b>{esc(unit_name)}</b>将工单 <code>{esc(number)}</code> 列为实事项目，"
            f"申请将完成时限延至 {esc(completion)}（现时限 {esc(deadline)}）。\n"
            f"具体举措：{esc(measures)}\n{_replaces(replaced)}"
            f"同意将完成时限延至 {esc(completion)} 请发 /approve {esc(number)}")


def project_request_withdrawn(number: str, unit_name: str, asked: str, completion: str,
                              deadline: str) -> str:
    """A unit's /project with an earlier date withdrew the completion date it had asked for."""
    return (f"↩️ <b>{esc(unit_name)}</b>已撤回工单 <code>{esc(number)}</code> 的延期申请（{esc(asked)}），"
            f"改为计划 {esc(completion)} 前完成；办理时限仍为 {esc(deadline)}，无需审批。")


def no_pending_extension(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 没有待批准的延期申请。"


def extension_approved(number: str, granted: str, deadline: str) -> str:
    """`granted`: what was approved (common.extension_asked); `deadline`: the new one, with how
    an /extend's days were counted (common.extension_counted)."""
    return (f"✅ 已批准工单 <code>{esc(number)}</code> 的延期申请（{esc(granted)}），"
            f"新的办理时限：{esc(deadline)}。")


RATE_NAMES = ("响应率", "解决率", "满意率", "按时办结率")


def report_listing(unit_name: str, number: str, text: str, overdue: str,
                   urge_count: int) -> str:
    return (f"📣 <b>拟约谈/通报</b> {esc(unit_name)}：工单 <code>{esc(number)}</code> "
            f"{overdue}（已督办 {urge_count} 次），仍未办结。\n"
            f"诉求内容：{esc(text)}\n在办结或获批延期之前，该工单列入每日督办日报的约谈/通报名单，"
            "督查台账和 /show 中也有标注。")


SECOND_UNSATISFIED = "重办后仍不满意"


def reopened_notice(number: str, unit_name: str, text: str, answer: str, deadline: str,
                    published: bool) -> str:
    """`text` is already masked; `published`: the result was posted to the public column."""
    return (f"🔁 <b>重办</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）回访结果："
            f"{esc(answer)}，已退回{esc(unit_name)}重新办理，重办时限：{esc(deadline)} 前。\n"
            f"诉求内容：{esc(text)}" + (PUBLISHED_BEFORE if published else ""))


PUBLISHED_BEFORE = ("\n⚠️ 该工单的办理结果此前已在公开栏目发布，原帖下已自动加注更正说明"
                    "（群众反映问题仍未解决，办理结果以后续公布为准）；重新办结并经回访认可后，可以再次发布。")


def correction_not_posted(number: str) -> str:
    """The channel refused the correction under a disputed post of the ticket's result."""
    return (f"⚠️ 工单 <code>{esc(number)}</code> 的办理结果已被市民在回访中否定，但公开栏目未能为原帖"
            "加注更正说明（频道拒绝了修改）。请到频道手动更正或删除原帖。")


def urgent_for_supervisors(number: str, unit_name: str, text: str) -> str:
    """A new urgent ticket, at once; `text` is already masked."""
    return (f"🔴 <b>紧急工单</b> <code>{esc(number)}</code> 已交{esc(unit_name)}办理。\n"
            f"内容：{esc(text)}")


def threat_for_supervisors(number: str, unit_name: str, text: str, words: Sequence[str]) -> str:
    """A new ticket whose citizen spoke of violence in anger (nlp.threat), at once; `text` is
    already masked."""
    said = "、".join(f"“{word}”" for word in words)
    return (f"⚠️ <b>过激言辞提示</b> 工单 <code>{esc(number)}</code> 已交{esc(unit_name)}办理。"
            f"市民在反映中说了气话（{esc(said)}），已提示责任单位注意安抚；不是紧急警情，"
            f"如判断确有现实危险，请督促联系公安机关。\n内容：{esc(text)}")


def second_unsatisfied(number: str, unit_name: str, text: str, answer: str,
                       published: bool, said: str = "") -> str:
    """`text` and `said` (the citizen's words at the 回访) are already masked."""
    told = f"市民回访时说：{esc(said)}\n" if said else ""
    return (f"⚠️ <b>{SECOND_UNSATISFIED}</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）"
            f"重办后回访结果：{esc(answer)}。\n诉求内容：{esc(text)}\n{told}已记录并列入督办日报。"
            + (PUBLISHED_BEFORE if published else ""))


def phone_visit(number: str, unit_name: str, text: str, result: str, logger: str,
                logged_unit: str) -> str:
    """An offline demand's 回访: the supervisors call the citizen back and record the answers.
    `text` is masked; the logger holds the citizen's contact."""
    by = "、".join(x for x in (logged_unit, logger) if x) or "登记人"
    lines = [f"📞 <b>电话回访</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}，线下登记的诉求）"
             "已办结。群众不在 Telegram 上，请督查人员电话回访群众，并用下面的按钮如实记录；"
             "回访记录前不销号，也不按默认满意计。",
             f"诉求内容：{esc(text)}"]
    if result:
        lines.append(f"办理结果：{esc(result)}")
    lines.append(f"群众联系方式请向登记人（{esc(by)}）了解。")
    lines.append("第一个问题：<b>经办人是否联系过群众？</b>")
    return "\n".join(lines)


def phone_visit_question(number: str, question: str) -> str:
    """The next question of a phone 回访, to the supervisor recording it."""
    if question == "s":
        return f"电话回访 工单 <code>{esc(number)}</code> 第二个问题：<b>群众的问题是否已经解决？</b>"
    return f"电话回访 工单 <code>{esc(number)}</code> 最后一个问题：<b>群众对办理结果是否满意？</b>"


PHONE_VISIT_RECORDED = "已记录回访结果。"
PHONE_VISIT_ALREADY_RECORDED = "这个问题的回访结果已记录过了，不再重复记录。"  # by a colleague, maybe


def phone_visit_late(number: str, unit_name: str) -> str:
    return (f"⏰ 工单 <code>{esc(number)}</code>（{esc(unit_name)}，线下登记的诉求）的电话回访已 3 天"
            "尚未记录。该工单保持“已办结待回访”，不按默认满意销号；请尽快电话回访群众并在回访消息下记录。")


MANUAL_DISPATCH = "（人工分拨，不参与排名）"


def manual_line(name: str, rates: UnitRates) -> str:
    """The manual-dispatch hotline's rates, under a ranking it is not part of (the county's line
    counts its tickets, so the lines shown add up to it)."""
    return f"{esc(name)}{MANUAL_DISPATCH}：{rate_cells(rates)}"


DIGEST_PREVIEW_NOTE = "⚠️ 这是预览：正式日报尚未到发送时间，数字仍会变动，以按时发送的正式日报为准。"


def digest(r: Digest) -> str:
    """The daily digest; ticket summaries in it are already masked."""
    late = "（补发）" if r.late else ""
    year = f"{r.as_of.year}年" if r.as_of and r.as_of.year != r.day.year else ""
    now = f"截至{year}{r.as_of.month}月{r.as_of.day}日 {r.as_of:%H:%M} " if r.as_of else "当前"
    title = "督办日报（预览）" if r.preview else "督办日报"
    lines = [
        f"📋 <b>{esc(r.county)}「金来办」{title}</b>（{r.day.year}年{r.day.month}月{r.day.day}日）{late}",
        *([DIGEST_PREVIEW_NOTE] if r.preview else []),
        f"新受理 <b>{r.new}</b> 件，销号 <b>{r.closed}</b> 件；{now}在办 "
        f"<b>{sum(u.open for u in r.units)}</b> 件，其中逾期 <b>{sum(u.overdue for u in r.units)}</b> 件。",
        "",
        "<b>各单位</b>（新受理 / 销号 / 在办 / 逾期）",
    ]
    active = [u for u in r.units if u.new or u.closed or u.open or u.overdue]
    lines += [f"{esc(u.name)}：{u.new} / {u.closed} / {u.open} / "
              + (f"<b>{u.overdue}</b>" if u.overdue else "0") for u in active] or ["（无）"]
    lines += ["", f"<b>待人工分拨</b> {r.dispatch_total} 件"]
    lines += [f"<code>{esc(n)}</code> {esc(s)}" for n, s in r.dispatch]
    lines += _more(r.dispatch_total, len(r.dispatch))
    lines += [f"<b>紧急事项</b>（在办）{r.urgent_total} 件"]
    lines += [f"<code>{esc(n)}</code> {esc(u)}｜{esc(s)}" for n, u, s in r.urgent]
    lines += _more(r.urgent_total, len(r.urgent))
    lines += ["", "<b>近30天办理排名</b>（" + " / ".join(RATE_NAMES) + "）"]
    lines += ranking_lines([(r.unit_name(x.unit), x) for x in r.rates]) or ["（无）"]
    if r.manual:
        lines.append(manual_line(r.unit_name(r.manual.unit), r.manual))
    lines.append(f"全县：{rate_cells(r.county_rates)}")
    if r.rates_until:
        lines.append(counted_until(r.rates_until))
    if r.unreachable:
        lines += ["", f"⚠️ <b>无法送达的单位</b>（没有工作群或工作人员）：{esc('、'.join(r.unreachable))}"]
    lines += no_channel.digest_lines(r.unreached, r.unreached_total)
    lines += _more(r.unreached_total, len(r.unreached))
    if r.accept_hours:  # a digest kept by an earlier version has no such figure
        lines += signing.digest_unsigned(r.accept_hours, r.unsigned, r.urgent_accept_hours)
    lines += ["", "<b>约谈/通报名单</b>（逾期超过时限仍未办结）"]
    hours = dict(r.listed_hours)  # an urgent ticket's lateness is told in hours
    lines += [f"{esc(name)}：<code>{esc(n)}</code> {late_by(days, hours.get(n))}"
              for name, n, days in r.listed] or ["（无）"]
    if r.unhappy:
        lines += ["", f"<b>{SECOND_UNSATISFIED}</b>"]
        lines += [f"<code>{esc(n)}</code> {esc(u)}" for n, u in r.unhappy]
    lines += ["", "<b>热点诉求</b>（近7天，括号内为前7天）"]
    lines += [f"{esc(word)} {n}（{last}）" for word, n, last in r.topics] or ["暂无集中反映的问题"]
    if r.calendar_gap:
        lines += ["", calendar_gap(r.calendar_gap)]
    return "\n".join(lines)


def calendar_gap(gap: Gap) -> str:
    """The digest's weekly reminder that the working-day calendar lacks the coming 调休 schedule."""
    when = f"{gap.start.year}年{gap.start.month}月{gap.start.day}日"
    check = f"<code>python -m bot calendar --year {gap.start.year}</code>"
    if gap.statutory:
        return (f"🗓 <b>工作日历提示</b>：自{when}起，系统尚未收录国务院办公厅{gap.start.year}年"
                f"放假调休安排，目前只按法定节假日计算，调休上班日和调休放假日未计入，办理时限可能有出入。"
                f"请运维人员更新日历数据，并用 {check} 对照通知核对。")
    return (f"🗓 <b>工作日历提示</b>：自{when}起，系统没有国家节假日数据，节假日将按工作日计算"
            f"办理时限。请运维人员尽快更新日历数据，并用 {check} 核对。")


def digest_chart_caption(day: dt.date, preview: bool = False) -> str:
    return f"📊 各单位在办、逾期、新受理工单（{day.isoformat()}）" + ("（预览）" if preview else "")


CHART_LABELS = {"open": "在办", "overdue": "逾期", "new": "新受理",
                "title": "各单位工单情况 {day}"}


CHART_LABELS_LATIN = {"open": "open", "overdue": "overdue", "new": "new",
                      "title": "Tickets by unit {day}"}


def counted_until(moment: dt.datetime) -> str:
    """Under the digest's and /stats' rates (county time): the moment they count to, and that a
    ticket counts for the unit holding it then, so the two can be compared."""
    if moment.time() == dt.time():  # midnight: the end of the day before
        day = moment - dt.timedelta(days=1)
        when = f"{day.month}月{day.day}日24时"
    else:
        when = f"{moment.month}月{moment.day}日 {moment:%H:%M}"
    return f"统计截至{when}，工单计入当时的承办单位。"


def stats(days: int, until: dt.datetime, rows: list[tuple[str, UnitRates]], c: UnitRates,
          misrouted: Sequence[tuple[str, int]] = (), hotline: int = 0,
          manual: tuple[str, UnitRates] | None = None) -> str:
    """/stats: until is now in county time; rows are (unit name, rates), ranked; misrouted: (unit
    name, 退单数); manual: (name, rates) of the manual-dispatch hotline, shown outside the ranking;
    hotline: the tickets received in the period that are at manual dispatch (part
    of 受理, as in the digest)."""
    lines = [f"📈 <b>近 {days} 天办理情况</b>（" + " / ".join(RATE_NAMES) + "）"]
    lines += ranking_lines(rows)
    if not rows and not manual:
        lines.append("（这段时间没有工单）")
    if manual:
        lines.append(manual_line(*manual))
    lines.append(f"全县：{rate_cells(c)}")
    lines.append(f"受理 {c.received} 件（含热线人工分拨 {hotline} 件，与日报“新受理”同一口径）；"
                 f"响应率按已派单位、已到签收时限的 {c.dispatched} 件计，评价 {c.rated} 件，"
                 f"办结 {c.resolved} 件，逾期在办 {c.open_overdue} 件。")
    lines.append(counted_until(until))
    if misrouted:
        lines.append("<b>分派不准（退单/改派）</b>：" + "，".join(
            f"{esc(name)} {count} 件" for name, count in misrouted))
    return "\n".join(lines)


def _more(total: int, shown: int) -> list[str]:
    """Under a digest list cut at its first tickets: how many more (T23 finding 18)."""
    return [f"……另有 {total - shown} 件未列出，完整清单见 /ledger"] if total > shown else []


def overdue_list(rows: list[tuple[str, str, str, int, int | None, int, bool]], total: int
                 ) -> str:
    """/overdue: rows are (number, unit name, deadline, working days late, hours late of an
    urgent ticket or None, urge count, listed for 约谈/通报)."""
    if not total:
        return "✅ 目前没有逾期工单。"
    lines = [f"⏱ <b>逾期工单</b> 共 {total} 件"]
    lines += [f"<code>{esc(n)}</code> {esc(u)}｜时限 {esc(d)}｜{late_by(days, hours)}｜督办 {urged} 次"
              + (f"｜{LISTED}{MARK}" if listed else "")
              for n, u, d, days, hours, urged, listed in rows]
    if total > len(rows):
        lines.append(f"……另有 {total - len(rows)} 件，完整清单见 /ledger")
    return "\n".join(lines)


def supervisor_not_found(number: str) -> str:
    return f"没有找到编号为 <code>{esc(number)}</code> 的工单，请核对编号。"


def supervisor_usage(command: str) -> str:
    return {
        "urge": "用法：/urge 工单编号 督办意见，例如 /urge 20261127-0001 请于两日内办结",
        "publish": ("用法：/publish 工单编号 [内容]（仅限回访中市民已认可的办理结果；写了内容按您的文字，"
                    "不写则生成摘要，都先给出草稿，确认后发布）"),
        "stats": f"用法：/stats [天数]，天数为 1 到 {STATS_MAX_DAYS} 之间的整数，"
                 f"不写则统计近 {STATS_DEFAULT_DAYS} 天，例如 /stats 7、/stats 一周",
    }.get(command, "命令格式不对。")


def unit_unreachable(unit_name: str, code: str, number: str) -> str:
    return (f"⚠️ <b>{esc(unit_name)}</b>没有可送达的工作群或工作人员，工单 <code>{esc(number)}</code>"
            "等通知无法送达该单位。请管理员在配置中填写该单位工作群的 chat_id，"
            f"或用 <code>python -m bot invite --unit {esc(code)}</code> 邀请工作人员绑定。")


def chase_unreached(number: str, unit_name: str, text: str, urgent: bool, said: str = "") -> str:
    """A citizen chased a ticket whose unit has no chat to reach: the supervisors pass it on,
    with the press's own words (`said`, masked) when they are more than the ticket's."""
    head = "🚨 <b>群众催办（紧急）</b>" if urgent else "📣 <b>群众催办</b>"
    return (f"{head} 工单 <code>{esc(number)}</code>：反映人来催，但{esc(unit_name)}没有可送达的"
            f"工作群或工作人员，请督促该单位办理。\n反映内容：{esc(text)}"
            + (f"\n市民刚才说：{esc(said)}" if said else ""))


PUBLISH_BUTTON = "发布"
DROP_BUTTON = "取消"


def published(number: str, post: str = "") -> str:
    head = (f"工单 <code>{esc(number)}</code> 的结果已提交发布到公开栏目《金来办、今天办》；"
            "如果频道没有收下，我会另行告诉您。")
    return head + ("\n\n" + post if post else "")


def not_published(number: str) -> str:
    return (f"⚠️ 工单 <code>{esc(number)}</code> 的结果没能发布到公开栏目《金来办、今天办》："
            "频道拒收了这条消息（可能频道编号有误，或机器人不是该频道的管理员）。"
            f"请运维人员检查 [publish] channel_id，之后可以再次 /publish {esc(number)}。")


def already_published(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 已经发布过，不再重复发布。"


PUBLISHED_TOAST = "已提交发布到《金来办、今天办》。"


DROPPED_TOAST = "已取消，这份草稿不会发布。"


DRAFT_DECIDED_TOAST = "这份草稿已经处理过了，没有再次发布。"


PUBLISH_OFF = "未配置公开栏目频道（[publish] channel_id），无法发布。"


def publish_not_ready(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 尚未办结，办结后才能发布。"


def publish_unhappy(number: str, said: str, waiting: bool, asked: bool = True) -> str:
    """/publish of a ticket whose citizen said 未解决 or 不满意 at its last 回访 (`said`:
    common.visit_outcome), or after its 办结 before any 回访 was asked (`asked` False);
    `waiting`: finished again, its new 回访 not answered yet."""
    when = "最近一次回访，市民的回答是" if asked else "办结后（尚未回访），市民表示"
    return (f"工单 <code>{esc(number)}</code> {when}：{esc(said)}。"
            "《金来办、今天办》不发布市民表示未解决或不满意的办理结果，该工单不能发布。"
            + ("\n单位已重新办结，待新的回访中市民表示问题已解决、对结果满意或基本满意后，可以再发布。"
               if waiting else ""))


def ledger_caption(count: int) -> str:
    return f"📒 督查台账（{count} 条），各单位一页，另有汇总页。"
