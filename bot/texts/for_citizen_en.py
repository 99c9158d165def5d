"""English twins of what citizens read in their private chat (bot.texts.for_citizen; refs #10).

Same names and arguments as the Chinese module; arguments that are Chinese texts with a twin
(a unit's name, a moment) are read in English through `english`; the citizen's own words and a
unit's answer stay as they were written. HTML parse mode: anything typed goes through `esc`.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.render import esc
from bot.texts.citizen_receipt_en import also_line
from bot.texts.common_en import MEDIA_NAMES, STATE_NAMES, VISIT_ASKS, county_in_english, emergency_numbers
from bot.texts.twins import english

PRIVACY_NOTE = (
    "Your personal details are used only to handle your report. Apart from you, everyone who "
    "reads it (the staff handling it, unit groups, supervisors, statistics and the public "
    "column) sees phone numbers, ID and bank card numbers, e-mail, QQ and WeChat ids, your name "
    "and any names in your message replaced by markers such as 【电话】 (phone) and 【姓名】 (name). "
    "The address of the problem is shown only to the responsible unit and the supervisors; the "
    "public column publishes a summary of what was done, naming no more than the village or "
    "community, never your own words. A caseworker who needs to call you back can see your "
    "number only in a private chat with this bot, and every look is recorded."
)

_ZH_STATES = {"已受理，待单位签收": "new", "办理中": "accepted", "已办结，待回访": "resolved",
              "已销号": "closed", "重新办理中": "reopened", "已撤回": "withdrawn"}
_ZH_MEDIA = {"照片": "photo", "语音留言": "voice", "视频": "video", "文件": "document",
             "音频": "audio", "视频留言": "video_note", "位置": "location", "联系方式": "contact",
             "附件": ""}


def state_in_english(name: str) -> str:
    """A state, given as its code or its Chinese name, in English."""
    code = _ZH_STATES.get(english(name), name)
    return STATE_NAMES.get(code, english(name))


def media_in_english(name: str) -> str:
    """A kind of attachment, given as its Chinese name (照片, （照片）) or its code."""
    bare = english(name).strip("（）() ")
    code = _ZH_MEDIA.get(bare, bare)
    return MEDIA_NAMES.get(code, "attachment")


def _code(number: str) -> str:
    return f"<code>{esc(number)}</code>"


def welcome(county: str, gas_hotline: str) -> str:
    return (f"Hello! This is <b>Jinlaiban (金来办)</b>, the online desk of {esc(county_in_english(county))} "
        "for everyday problems that need the county's help.\n\n<b>How to report a problem</b>\n"
        "Just send a message saying <b>what the problem is, where it is and since when</b>; "
        "you may add a photo or your location. You get a case number at once, the case goes to "
        "the responsible county unit with a time limit, and we tell you here how it is going.\n\n"
        "<b>Commands</b>\n/my your reports\n/status NUMBER how a case is going, e.g. /status 20261127-0001\n"
        "/cancel NUMBER withdraw a report\n"
        "Reply to one of our messages about a case to add details or photos.\n"
        "You may write in English or in Chinese; we answer in the language you write in.\n\n"
        f"<b>Privacy</b>\n{PRIVACY_NOTE}\n\n"
        f"<b>In an emergency, call</b>\n{esc(emergency_numbers(gas_hotline))}")


def waiting_for_words(number: str, what: str, minutes: int) -> str:
    return (f"✅ We have received your {esc(media_in_english(what))}, case number {_code(number)}.\n"
            f"Please <b>write within {minutes} minutes what the problem is and where</b>, so "
            "we can pass it to the responsible unit; without a description the county hotline "
            "will assign it by hand.")


def still_waiting_for_words(number: str) -> str:
    return (f"Added to case {_code(number)}. Please also write what the problem is and where, "
            "and we will pass it to the responsible unit straight away.")


def unit_picked(number: str, unit_name: str, also: Sequence[str] = ()) -> str:
    picked = f"Thank you: case {_code(number)} has gone to <b>{esc(english(unit_name))}</b>."
    return picked + ("\n" + also_line(unit_name, also) if also else "")


def already_reported(number: str, state: str) -> str:
    return (f"You reported the same thing a moment ago, case number {_code(number)} "
            f"({esc(state_in_english(state))}). There is no need to send it again; we have noted that "
            "you raised it again. If anything has changed, reply to that case's message.")


def supplement_added(number: str) -> str:
    return (f"What you added is now part of case {_code(number)} and goes to the person "
            "handling it.")


def supplement_held(number: str) -> str:
    return (f"What you added is now part of case {_code(number)} and goes to the person "
            "handling it shortly. If it belongs to a different problem, say so when you describe "
            "that problem (for example \"see the photo\" or \"this location\") and it will be "
            "attached to that new case instead.")


def media_names(kinds: Sequence[str]) -> str:
    names = list(dict.fromkeys(media_in_english(k) for k in kinds if k)) or ["attachment"]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def media_moved(first: str, number: str, kinds: Sequence[str]) -> str:
    verb = "have" if len(set(kinds)) > 1 else "has"
    return (f"📎 The {esc(media_names(kinds))} you just sent {verb} been moved from case "
            f"{_code(first)} to the new case {_code(number)} and goes to the unit handling "
            "the new problem.")


CONTACT_SAVED = ("We have noted your phone number; the person handling your case may call you "
                 "to check the details.")


def contact_saved_for(number: str) -> str:
    return (f"We have noted the phone number you left for case {_code(number)}. Only the "
            "person handling it at the responsible unit can see it, to call you back, and "
            "every look is recorded.")


UNSUPPORTED_CONTENT = ("For now we can only take text, photos, voice messages, files, locations "
                       "and contacts. Please describe your problem in words.")


def noise_reply(kind: str, still_open: int = 0) -> str:
    if kind in ("", "vague") and still_open:
        return (f"{being_handled(still_open)}. Send /my to see how they are "
                "going, or /status NUMBER for the record of one; to report a new problem, say "
                "what it is and where.")
    return {
        "greeting": ("Hello! If there is a problem you would like to report, just send it to "
                     "me: say what it is and where."),
        "thanks": ("You are welcome! Whenever something needs the county's help, just send us "
                   "a message."),
        "privacy": PRIVACY_NOTE,
        "howto": ("Just send me the problem: what happened, where (housing estate, village or "
                  "street) and since when; you can add photos too. We register it, pass it to "
                  "the responsible unit and give you a case number."),
        "vague": ("What problem would you like to report? Please say what it is and where "
                  "(housing estate, village or street), so we can pass it to the responsible "
                  "unit. In an emergency such as a fire, a gas leak or someone injured, call "
                  "110, 119 or 120 at once."),
        "hours": ("Jinlaiban takes reports 24 hours a day, nights, weekends and holidays "
                  "included, and gives you a case number at once. The county units work on "
                  "them in office hours on working days; reports that arrive after hours are "
                  "taken up as soon as the office opens, and urgent ones are handled within 24 "
                  "hours. In an emergency such as a fire, a gas leak or someone injured, call "
                  "110, 119 or 120 at once."),
        "question": ("I'm afraid Jinlaiban cannot answer that: it takes problems for the county's "
                     "units to handle, such as no water or power, roads, noise, unpaid wages, "
                     "medical insurance or welfare. To report one, please say what it is and "
                     "where; send /help for instructions."),
        "meta": ("I am the Jinlaiban reporting assistant; staff of the county's units handle "
                 "the cases behind me. You can report everyday problems: no water or power, "
                 "roads, noise, unpaid wages, medical insurance, welfare and more. Most cases "
                 "are finished within 5 working days, urgent ones within 24 hours. Send /help "
                 "for instructions."),
    }.get(kind, ("Sorry, I did not quite understand. To report a problem, please say what it "
                 "is, where and since when; send /help for instructions."))


UNIT_UNREACHED = ("the responsible unit cannot be reached for now, so the supervisors have been "
                  "told to make sure it is handled")


def chased(number: str, unit_name: str, deadline: str, still_open: int, told_now: bool,
           reached: bool, state_name: str) -> str:
    told = (UNIT_UNREACHED if not reached else "we have reminded the responsible unit to deal "
            "with it quickly" if told_now else "we already reminded the responsible unit today; "
            "please bear with them, they will deal with it as soon as they can")
    return (f"We have chased case {_code(number)} ({esc(english(unit_name))}, now "
            f"{esc(state_in_english(state_name))}, due by {esc(english(deadline))}): {told}.\n"
            f"{being_handled(still_open)}; send /my to see how they are going, "
            "or /status NUMBER for the record of one.")


def chased_urgent(number: str, unit_name: str, told_now: bool, reached: bool = True, signed: str = "",
                  deadline: str = "", late: bool = False, reopened: bool = False) -> str:
    told = (UNIT_UNREACHED if not reached else "we have alerted the responsible unit again and asked "
            "them to act at once" if told_now else "we alerted the responsible unit again a few minutes ago")
    state = (f"the unit took it on at {esc(english(signed))}" if signed else "it was sent back to be handled "
             "again and the unit has not taken it on again yet, and we keep pressing them" if reopened
             else "the unit has not taken it on yet, and we keep pressing them")
    due = f"; its time limit ({esc(english(deadline))}) has passed and we keep pressing the unit" if late \
        else f"; the unit must finish it by {esc(english(deadline))}"
    return (f"🚨 Your emergency report (case {_code(number)}, {esc(english(unit_name))}): {told}; {state}"
            f"{due if deadline else ''}.\n⚠️ <b>If anyone is in danger, call 110 (police), 119 (fire) or "
            "120 (ambulance) now!</b>")


def chase_of_closed(number: str, state_name: str) -> str:
    return (f"Case {_code(number)} is now {esc(state_in_english(state_name))}, so there is nothing to "
            "chase. If the problem is still there, send a message saying how things are now "
            "and we will register it again; send /my to see your cases.")


NOTHING_TO_CHASE = ("None of your reports is being handled at the moment. To report a problem, "
                    "send a message saying what it is, where and since when, and we will pass "
                    "it to the responsible unit; send /my to see your earlier reports.")


def my_tickets(rows: list[tuple[str, str, str]], older: int = 0, older_open: int = 0,
               page: int = 1, per_page: int = 20) -> str:
    if not rows:
        if page == 1 or not older:
            return "You have not reported anything yet. Just send a message describing the problem."
        pages = -(-older // per_page)
        back = (f"Send /my {pages} for the earliest page, or /my for the latest." if pages > 1
                else "Send /my to see them.")
        return (f"You have reported {older} problems, on {pages} page(s); there is no page "
                f"{page}. {back}")
    skipped = (page - 1) * per_page
    total = skipped + len(rows) + older
    head = "<b>Your reports</b>"
    if page > 1:
        head += f" ({total} in all, page {page}: {skipped + 1}–{skipped + len(rows)})"
    elif older:
        head += f" ({total} in all, the latest {len(rows)} listed here)"
    lines = [head]
    lines += [row_in_english(*row) for row in rows]
    lines.append("Send /status NUMBER for details.")
    if older:
        still = f", {older_open} of them still being handled" if older_open else ""
        lines.append(f"{older} earlier ones are not listed{still}: send /my {page + 1}.")
    return "\n".join(lines)


def row_in_english(number: str, state: str, summary: str) -> str:
    return f"{_code(number)} ({esc(state_in_english(state))}) {esc(summary)}"


def ticket_status(
    number: str, state: str, unit_name: str, text: str, deadline: str,
    history: list[tuple[str, str]], result: str | None, result_current: bool = True,
    urged_until: str = "",
) -> str:
    lines = [
        f"<b>Case</b> {_code(number)}",
        f"Status: {esc(state_in_english(state))}",
        f"Responsible unit: {esc(english(unit_name))}",
        f"Due by: {esc(english(deadline))}" + (" (passed)" if urged_until else ""),
        *([f"Written order: to be finished by {esc(english(urged_until))}"]
          if urged_until else []),
        f"Your report: {esc(text)}",
    ]
    if result:
        lines.append(f"Result: {esc(result)}" if result_current
                     else f"Earlier result (sent back to be handled again): {esc(result)}")
    lines.append("<b>Record</b>")
    lines += [f"{esc(english(at))} {esc(english(what))}" for at, what in history]
    return "\n".join(lines)


def usage(command: str) -> str:
    return {
        "status": ("Please add the case number, e.g. /status 20261127-0001; the last digits "
                   "alone also work (/status 0001), and so do several at once (/status NUMBER1 "
                   "NUMBER2). Send /my to see your cases."),
        "cancel": "Please add the number of the case to withdraw, e.g. /cancel 20261127-0001",
        "my": ("Send /my for your latest 20 cases, /my 2 for the 20 before them, and so on; for "
               "one case send /status NUMBER, e.g. /status 20261127-0001"),
    }.get(command, "That command is not written the right way; send /help for instructions.")


UNKNOWN_COMMAND = ("There is no such command. Send /help for the commands you can use; to "
                   "report a problem, just describe it in a message.")


def not_found(number: str) -> str:
    return (f"We found no case numbered {_code(number)} under your name. Please check the "
            "number; send /my to see your cases.")


def withdrawn(number: str) -> str:
    return f"Case {_code(number)} is withdrawn. You can report it again at any time."


def cannot_withdraw(number: str, state: str) -> str:
    if state == "withdrawn":
        return f"Case {_code(number)} is already withdrawn."
    return f"Case {_code(number)} is now {esc(state_in_english(state))} and can no longer be withdrawn."


def already_dispatched(number: str, unit_name: str) -> str:
    return f"Case {number} is already with {english(unit_name)}; there is no need to choose."


UNIT_PICKED_TOAST = "Passed on. Thank you!"


CITIZEN_COMMAND_IN_GROUP = ("Please write to me in a private chat to report or look up a "
                            "problem; personal details are never shown in a group.")


def accepted_for_citizen(number: str, unit_name: str) -> str:
    return (f"📌 Your report (case {_code(number)}) has been taken on by "
            f"<b>{esc(english(unit_name))}</b> and is being handled.")


def reply_for_citizen(number: str, unit_name: str, text: str) -> str:
    return (f"💬 <b>{esc(english(unit_name))}</b> replies about case {_code(number)} "
            f"(their words, as written):\n{esc(text)}")


def resolved_for_citizen(number: str, unit_name: str, result: str) -> str:
    return (f"✅ <b>{esc(english(unit_name))}</b> has finished your report (case "
            f"{_code(number)}).\nResult: {esc(result)}\n"
            "If the problem is not solved, please tell us when we ask for your feedback shortly.")


def transferred_for_citizen(number: str, unit_name: str) -> str:
    return (f"↪️ Your report (case {_code(number)}) is now handled by "
            f"<b>{esc(english(unit_name))}</b>; the time limit stays the same.")


def visit_question(number: str, question: str, result: str) -> str:
    if question == "c":
        lines = [f"📞 <b>Feedback</b>: your case {_code(number)} has been finished."]
        if result:
            lines.append(f"Result: {esc(result)}")
        lines.append("Please take a few seconds to tell us how it went. First question: "
                     f"<b>{VISIT_ASKS['c']}</b>")
        return "\n".join(lines)
    if question == "s":
        return f"Case {_code(number)}, second question: <b>{VISIT_ASKS['s']}</b>"
    return f"Case {_code(number)}, last question: <b>{VISIT_ASKS['r']}</b>"


VISIT_THANKS_TOAST = "Recorded. Thank you!"


VISIT_ALREADY_ANSWERED = "You have already answered this question. Thank you!"


VISIT_ANSWER_FIRST = "Please answer the earlier question first."


def visit_over_default(answered: int) -> str:
    if answered:
        return ("This feedback round is over: not all answers came within 3 days, so we kept "
                "the ones you gave and closed the case as satisfied by default. If the problem "
                "is still there, you are welcome to report it again.")
    return ("This feedback round is over: no answer came within 3 days, so the case was closed "
            "as satisfied by default. If the problem is still there, you are welcome to report "
            "it again.")


def visit_said_kept(number: str, answers: list[str], question: str) -> str:
    said = f" ({esc(', '.join(english(a) for a in answers))})" if answers else ""
    return (f"Got it: this is now part of the feedback on case {_code(number)}{said}, and the "
            f"responsible unit has been told. Please also answer this question: "
            f"<b>{VISIT_ASKS[question]}</b> Tap a button below or simply reply.")


def visit_which(numbers: list[str]) -> str:
    listed = ", ".join(_code(n) for n in numbers)
    return (f"{len(numbers)} of your cases are waiting for feedback ({listed}), so this answer "
            "was not recorded: we cannot tell which case it is about. Please reply to that "
            "case's feedback message, or tap a button under it.")


def visit_closed(number: str) -> str:
    return (f"Thank you for your feedback! Case {_code(number)} is now closed. If anything else "
            "comes up, just send us a message.")


def visit_recorded(number: str) -> str:
    return (f"Your feedback is recorded. Case {_code(number)} has already been handled a second "
            "time, so your view has gone to the supervisors to follow up.")


def visit_default_closed(number: str, late_days: int) -> str:
    return (f"We received no feedback on case {_code(number)} within 3 days, so it was closed as "
            "satisfied by default. If the problem is not solved or you are not satisfied, reply "
            f"within {late_days} days and we will record your answer.")


def reopened_for_citizen(number: str, unit_name: str, deadline: str) -> str:
    return (f"🔁 Thank you for telling us. Case {_code(number)} has gone back to "
            f"{esc(english(unit_name))} <b>to be handled again</b>, due by "
            f"{esc(english(deadline))}.")


def commands_paused(commands: int) -> str:
    return (f"You are sending commands very fast (we answer at most {commands} a minute). "
            "Please wait about a minute and try again. Commands sent meanwhile are not "
            "answered, but all your messages are saved.")


def being_handled(count: int, noun: str = "case") -> str:
    """"You have 1 case being handled", "You have 3 cases being handled"."""
    return f"You have {count} {noun}{'' if count == 1 else 's'} being handled"


def calm_line() -> str:
    return ("We understand how upset you are, and we will press the responsible office to deal "
            "with it quickly. Please stay calm; you can add anything new here at any time.")
