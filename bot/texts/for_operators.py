"""What operators read on the command line (plain text)."""

from __future__ import annotations

import datetime as dt
import signal
from pathlib import Path
from urllib.parse import urlsplit

from bot.domain.calendar import Gap, Special


def invite_created(unit_name: str | None, unit: str | None, expires: str) -> str:
    """What `python -m bot invite` prints above the code (plain text for a terminal)."""
    who = f"{unit_name} ({unit}) 工作人员" if unit else "督查人员"
    return f"邀请码：{who}，单次有效，{expires} 前私聊机器人发送 /join 邀请码"


def calendar_day(day: Special) -> str:
    """One line of `python -m bot calendar`: YYYY-MM-DD off|work NAME (SOURCE)."""
    name = day.name
    if day.county:  # the county's own day, and the national one it replaces, if any
        own = "县定休息日" if day.off else "县定工作日"
        name = f"{own}，取代「{day.name}」" if day.name else own
    source = f"config {day.source}" if day.county else day.source
    return f"{day.day.isoformat()} {'off' if day.off else 'work'} {name} ({source})"


def calendar_year_gap(year: int, statutory: bool, source: str) -> str:
    """Under `calendar --year`, on stderr, when the year lacks the 调休 schedule."""
    if statutory:
        return (f"note: {source} has only the statutory holidays of {year}, not yet the State "
                f"Council's 调休 schedule: weekend working days and moved days off are missing")
    return f"note: {source} has no national holidays for {year}: only weekends are off"


def calendar_warning(gap: Gap, source: str) -> str:
    """What check-config says when the next 60 days lack the 调休 schedule (a warning, exit 0).
    A new notice often comes out before any release of the package carries it: the operator
    types its days into the config meanwhile (README, "Calendar")."""
    year = gap.start.year
    known = ("knows only the statutory holidays, not yet" if gap.statutory
             else "has no national holidays at all (every weekday counts as a working day), nor")
    return (f"warning: calendar: from {gap.start} on, {source} {known} the State Council's 调休 "
            f"schedule for {year} (国务院办公厅每年年底发布的{year}年放假安排通知). Until a release of "
            f"holidays has it (pip install -U holidays), type the notice's days into the config: "
            f"each weekday of a 放假 range that `python -m bot calendar --year {year}` does not list "
            f"as off under [calendar] holidays, each weekend day marked 上班 under [calendar] "
            f"workdays (README, \"Calendar\"). This warning stays until the package has the "
            f"notice; then check-config names the typed days to take out")


def calendar_repeats(key: str, days: list[dt.date], source: str) -> str:
    """check-config: county days that the national calendar already has (a warning, exit 0)."""
    listed = ", ".join(d.isoformat() for d in days)
    return (f"warning: {key}: {listed}: national days already ({source}); list only the "
            f"county's own days there, as a day listed there wins over the national calendar")


def token_file_warning(path: Path, mode: int) -> str:
    """check-config (and the log of `run`): the config holding the token is readable by others."""
    who = " and ".join(w for w, bits in (("group", 0o070), ("others", 0o007)) if mode & bits)
    return (f"warning: telegram.token: {path} holds the bot token and is readable by {who}"
            f" (mode {mode:o}); run chmod 600 {path}")


# check-config: the digest chart (and `/digest`'s) draws Chinese only with a CJK font (a warning).
NO_CJK_FONT = ("warning: fonts: no font that can draw Chinese is installed; the digest chart will"
               " show unit codes and English labels instead of unit names. Install one:"
               " apt install fonts-noto-cjk")

# -- python -m bot demo: the terminal line and the page's own messages ---------------------------
def bad_proxy(variables: dict[str, str]) -> str:
    """`run`: the environment's proxy has a scheme the bot cannot use (never its address or
    password: a proxy URL may carry both)."""
    named = ", ".join(f"{name}={urlsplit(value).scheme or '?'}://…"
                      for name, value in variables.items())
    return (f"proxy: {named or 'the environment'}: not a proxy the bot can use; give an"
            f" http://, https:// or socks5:// URL (README, \"Behind a proxy\")")


def through_proxy(variables: dict[str, str]) -> str:
    """Said after `cannot reach Telegram …` when the environment sets a proxy."""
    return f" through the proxy in {', '.join(variables)}" if variables else ""


def demo_started(url: str) -> str:
    """The one line `python -m bot demo` prints when its page is up."""
    return f"金来办演示已启动：{url} （在浏览器中打开；按 Ctrl+C 停止）"


def demo_folder_in_use(folder: str, holder: int | None) -> str:
    """A --data folder whose database another process holds (named when the system tells)."""
    if holder is None:
        return f"{folder} 正被另一个演示或机器人使用：请先停止它，或换一个 --data 文件夹。"
    return (f"{folder} 正被另一个演示或机器人（进程 {holder}）使用：请先停止它"
            f"（kill {holder}），或换一个 --data 文件夹。")


def demo_bot_stopped(code: int, tail: list[str]) -> str:
    """The demo's bot stopped by itself: how, and its last log lines (or that it wrote none)."""
    try:
        how = f"被信号 {signal.Signals(-code).name} 终止" if code < 0 else f"退出码 {code}"
    except ValueError:
        how = f"被信号 {-code} 终止"
    if not tail:
        return f"演示中的机器人意外停止（{how}），没有留下任何日志。"
    return f"演示中的机器人意外停止（{how}），它最后的日志：" + " | ".join(tail)


DEMO_NO_SCREEN = "没有检测到图形界面，请在本机的浏览器中打开上面的地址。"
DEMO_STOPPED = "演示已停止。"
DEMO_STARTING = "正在启动机器人…"
DEMO_READY = "已就绪"
DEMO_LATE = "机器人没有按时就绪，请查看终端里的日志"
DEMO_EMPTY_TEXT = "消息不能为空，也不能超过 4096 个字"
DEMO_BAD_PHOTO = "照片不能为空，也不能超过 10 MB"
DEMO_BAD_STEP = "时间只能前进 1 小时或 1 天"
DEMO_STALE_BUTTON = "这个按钮已经失效了"
DEMO_STALE_REPLY = "要回复的消息不在这个对话里"
DEMO_STALE_EDIT = "只能修改自己在这个对话里发的文字或图片说明"
DEMO_BLOCKED = "已屏蔽机器人：先解除屏蔽才能发消息"
DEMO_NOBODY_BLOCKS = "只有市民、工作人员和督查可以屏蔽机器人"
DEMO_UPGRADED = "这个单位的工作群已经升级为超级群组了"
DEMO_NO_UNIT = "没有这个单位"
DEMO_NOBODY = "没有这个人：who 只能是 citizen、supervisor、staff 或 group"
DEMO_FORBIDDEN = "只接受本机页面的请求：地址须为 127.0.0.1 或 localhost，POST 须带请求头 X-Demo: 1"
DEMO_NOT_FOUND = "没有这个地址"
DEMO_NO_FILE = "没有这个文件"
DEMO_BAD_JSON = "请求内容不是有效的 JSON"
_JSON_KINDS = {list: "数组", str: "字符串", int: "数字", float: "数字", bool: "布尔值",
               type(None): "null"}


def demo_not_an_object(value: object) -> str:
    """A request whose body is JSON, but not the object every /api/ address reads."""
    kind = _JSON_KINDS.get(type(value), "值")
    return (f"请求内容是 JSON {kind}，不是 JSON 对象：请发送一个对象（键值对），"
            '如 /api/send 的 {"who": "citizen", "text": "小区停水了"}')


DEMO_BAD_SINCE = "since 必须是整数（-1 表示立即返回）"
DEMO_FORWARDED = "转发自 {}"  # above a forwarded message on the page
DEMO_MIGRATED_TO = "本群已升级为超级群组，之后的消息在升级后的群里"
DEMO_MIGRATED_FROM = "本群由普通群组升级为超级群组"


def demo_clock(local: dt.datetime) -> str:
    """The county's clock on the demo page: 2026-11-30 周一 09:00."""
    return f"{local:%Y-%m-%d} 周{'一二三四五六日'[local.weekday()]} {local:%H:%M}"


def demo_joining(count: int) -> str:
    return f"机器人已启动；{count} 位工作人员和督查正在用邀请码 /join …"


def digest_not_kept(day: dt.date, reason: str) -> str:
    """On stderr under `python -m bot digest` when its database refused to keep the digest."""
    return (f"warning: the digest of {day.isoformat()} was printed but not kept as issued"
            f" ({reason}); a run that can write the database keeps the one it prints")


def staff_outside(user_id: int, name: str, code: str) -> str:
    """check-config and the bot's start: a staff member bound to a unit code the config no
    longer has (a unit renamed), who can work no ticket until rebound."""
    who = f"{user_id} ({name})" if name else str(user_id)
    return (f"warning: people: staff member {who} is bound to unit {code!r}, which is not in"
            f" the config: the bot takes them for no unit's staff (their /list, /accept ... are"
            f" refused). Put the code back, or release them (python -m bot people --remove"
            f" {user_id}) and give them an invite to the unit's new code")


UNKNOWN_UNIT_FLAG = "(unit not in the config: can work no ticket)"


def removed_unit(code: str, total: int, still_open: int) -> str:
    """check-config and the bot's start: tickets name a unit the config no longer has."""
    return (f"warning: units: {code!r} is not in the config, but {total} tickets name it"
            f" ({still_open} open); the hotline holds them (its /list shows them, /transfer"
            f" passes them on), and readers see it as 已撤销的单位（{code}）")


def chat_problem(kind: str, path: str, chat_id: int, other: str) -> str:
    """A chat id check-config refuses and the bot does not start with: a unit chat id that is
    the public channel, or a -100… id that lost its minus sign."""
    if kind == "unsigned":
        return (f"{path}: {chat_id} is no chat's id: a supergroup's or channel's id is negative"
                f" (-{chat_id}; copy it with its minus sign)")
    return (f"{path}: {chat_id} is also {other}, the public channel: the unit's internal"
            f" messages (new tickets, notes, reminders) would be posted for everyone")


CHAT_WARNINGS = {
    "shared": "{path}: {chat_id} is also {other}: both units' tickets would go to one chat, and"
              " its staff could act for either unit",
    "supervisor": "{path}: {chat_id} is a supervisor's user id ({other}): the unit's messages"
                  " would go to that supervisor's private chat",
    "positive": "{path}: {chat_id} is a person's private chat, not a group or channel (their"
                " ids are negative; a supergroup's or channel's starts with -100)",
}


def chat_warning(kind: str, path: str, chat_id: int, other: str) -> str:
    """A chat id that is probably a mistake (check-config warns, exit 0)."""
    return "warning: " + CHAT_WARNINGS[kind].format(path=path, chat_id=chat_id, other=other)


def out_exists(out: str, command: str = "export") -> str:
    """Why `export` or `learn` wrote nothing: --out names a file that exists (one line on
    stderr)."""
    return f"--out {out}: exists; {command} never overwrites a file unless you add --overwrite"


def transfers_added(added: int, database: str, still_open: int) -> str:
    """`learn --transfers`: how many transferred tickets it learns from, and why open ones are
    left out."""
    line = f"adding {added} transferred tickets from {database}"
    if still_open:
        line += (f" ({still_open} still open left out: only settled transfers teach, once the"
                 " unit a ticket went to has accepted or resolved it)")
    return line


def read_only_database(path: str) -> str:
    """Why a command that writes did nothing: its database can be read but not written."""
    return (f"database {path} is read-only (a read-only file, folder or mount): this command"
            " writes to it; run it where the database is writable")


def tick_jump(typed: str, clock: dt.datetime, days: int) -> str:
    """Why `tick --now` did nothing: NOW is more than a week ahead of the county's clock."""
    return (f"--now {typed}: {days} days ahead of the county's clock"
            f" ({clock.isoformat(timespec='minutes')}); moving it that far makes every ticket"
            " due by then overdue at once, for everyone; add --yes if that is meant")


def tick_queued(queued: int, bot_running: bool) -> str:
    """`tick`: how many messages it queued, and who will send them."""
    if not queued:
        return "queued 0 messages"
    if bot_running:
        return f"queued {queued} messages; the running bot delivers them"
    return (f"queued {queued} messages; no bot is running on this database: they wait in the"
            " outbox until `python -m bot run` starts")


def unit_unstaffed(code: str, name: str) -> str:
    """`people --remove` released a unit's last reachable staff member (stderr)."""
    return (f"warning: {code} ({name}) now has no staff: its new tickets reach only its group"
            f" chat, if it has one; `python -m bot invite --unit {code}` makes a code for a"
            " successor")


INVITE_SUPERVISOR = "python -m bot invite --supervisor"


def no_supervisor() -> str:
    """check-config and the bot's start: nobody supervises (the last one left, none joined)."""
    return ("warning: supervisors: no supervisor is bound: urgent alerts, 督办通知书, extension"
            " requests and the digest reach nobody, and no /approve can be given; give someone"
            f" an invite ({INVITE_SUPERVISOR}) or list their user id in [people] supervisors")


def supervisor_invited(waiting: int) -> str:
    """The bot's start (info, not a warning): no supervisor has joined yet, but invites wait."""
    codes = "a supervisor invite waits" if waiting == 1 else f"{waiting} supervisor invites wait"
    return (f"supervisors: none has joined yet; {codes} for its /join (until then supervisors'"
            " notices reach nobody)")


def unread_by_supervisors(text: str) -> str:
    """The bot's log: a supervisors' notice that reached nobody, its first line named."""
    first = text.split("\n", 1)[0][:60]
    return (f"no supervisor is bound: a supervisors' notice reached nobody ({first!r});"
            f" {INVITE_SUPERVISOR} creates an invite")
