"""The fake Bot API is only useful if it refuses what Telegram refuses: prove it, with a real
python-telegram-bot ``Bot`` and with raw httpx calls."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaDocument,
    InputMediaPhoto,
    Message,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.sandbox import FakeBotAPI

USER = 42
NOT_MODIFIED = ("Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message")
QUERY_TOO_OLD = ("Bad Request: query is too old and response timeout expired or query ID is "
                 "invalid")


@pytest.fixture
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as api:
        api.add_user(USER)
        yield api


@pytest.fixture
async def bot(fake: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as b:
        yield b


@pytest.fixture
def http(fake: FakeBotAPI) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{fake.base_url}{fake.token}/") as client:
        yield client


def call(http: httpx.Client, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
    # json.dumps escapes lone surrogates, which httpx's own JSON encoding refuses to send
    response = http.post(method, content=json.dumps(params),
                         headers={"Content-Type": "application/json"})
    return response.status_code, response.json()


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d)] for d in data])


# -- transport, auth, encodings ----------------------------------------------------------------------
async def test_ptb_encodings_and_document_round_trip(fake: FakeBotAPI, bot: Bot) -> None:
    assert (await bot.get_me()).username == "jinlaiban_bot"
    first = await bot.send_message(USER, "<b>工单</b> &lt;1&gt;", parse_mode="HTML",
                                   reply_markup=keyboard("unit:3"))
    await bot.send_document(USER, b"PK\x03\x04 xlsx bytes", filename="台账.xlsx", caption="导出",
                            reply_to_message_id=first.message_id)
    message_req, document_req = (r for r in fake.requests if r.method.startswith("send"))
    # PTB 22: form-urlencoded, complex fields JSON-encoded; files switch to multipart
    assert message_req.content_type == "application/x-www-form-urlencoded"
    assert message_req.params["reply_markup"] == keyboard("unit:3").to_dict()
    assert document_req.content_type == "multipart/form-data"
    assert document_req.params["reply_parameters"] == {"message_id": first.message_id}
    text, doc = fake.sent(USER)
    assert (text["text"], text["raw"]) == ("工单 <1>", "<b>工单</b> &lt;1&gt;")
    assert (doc["filename"], doc["file"], doc["caption"]) == ("台账.xlsx", b"PK\x03\x04 xlsx bytes",
                                                              "导出")
    assert doc["reply_to_message_id"] == first.message_id
    downloaded = await (await bot.get_file(doc["file_id"])).download_as_bytearray()
    assert bytes(downloaded) == b"PK\x03\x04 xlsx bytes"
    assert fake.unexpected_errors() == []


def test_json_form_and_query_bodies(fake: FakeBotAPI, http: httpx.Client) -> None:
    fake.flood_limits = False
    assert http.post("sendMessage", json={"chat_id": USER, "text": "json"}).json()["ok"]
    assert http.post("sendMessage", data={"chat_id": str(USER), "text": "form"}).json()["ok"]
    assert http.get("sendMessage", params={"chat_id": USER, "text": "query"}).json()["ok"]
    assert http.post("SENDMESSAGE", json={"chat_id": USER, "text": "case"}).json()["ok"]
    assert [m["text"] for m in fake.sent(USER)] == ["json", "form", "query", "case"]
    assert [m["message_id"] for m in fake.sent(USER)] == [1, 2, 3, 4]
    broken = http.post("sendMessage", content=b"{oops", headers={"Content-Type": "application/json"})
    assert (broken.status_code, broken.json()["description"]) == (
        400, "Bad Request: can't parse request body")
    fake.add_channel(-100555, "公告", username="county_notices")
    assert call(http, "sendMessage", chat_id="@county_notices", text="公告")[0] == 200
    assert fake.sent(-100555)[0]["text"] == "公告"


def test_wrong_token_unknown_method_and_revoked(fake: FakeBotAPI, http: httpx.Client) -> None:
    wrong = httpx.post(f"{fake.base_url}123456:WRONG/getMe")
    assert (wrong.status_code, wrong.json()) == (
        401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
    assert call(http, "frobnicate") == (
        404, {"ok": False, "error_code": 404, "description": "Not Found"})
    fake.revoke_token()
    assert call(http, "getMe")[0] == 401


async def test_revoked_token_fails_ptb_initialize(fake: FakeBotAPI) -> None:
    fake.revoke_token()
    with pytest.raises(InvalidToken):
        async with Bot(fake.token, base_url=fake.base_url):
            pass


# -- strictness --------------------------------------------------------------------------------------
def _too_long_data() -> str:
    return "办" * 22  # 66 bytes


@pytest.mark.parametrize(("params", "description"), [
    ({"chat_id": 999, "text": "x"}, "Bad Request: chat not found"),
    ({"chat_id": "@nobody", "text": "x"}, "Bad Request: chat not found"),
    ({"chat_id": USER, "text": ""}, "Bad Request: message text is empty"),
    ({"chat_id": USER, "text": "  \n "}, "Bad Request: message text is empty"),
    ({"chat_id": USER, "text": "<b></b>", "parse_mode": "HTML"},
     "Bad Request: message text is empty"),
    ({"chat_id": USER, "text": "字" * 4097}, "Bad Request: message is too long"),
    ({"chat_id": USER, "text": "\ud800"}, "Bad Request: text must be encoded in UTF-8"),
    ({"chat_id": USER, "text": "<foo>x</foo>", "parse_mode": "HTML"},
     "Bad Request: can't parse entities: Unsupported start tag \"foo\" at byte offset 0"),
    ({"chat_id": USER, "text": "<b>x", "parse_mode": "HTML"},
     "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\""),
    ({"chat_id": USER, "text": "<b><i>x</b></i>", "parse_mode": "HTML"},
     "Bad Request: can't parse entities: Unmatched end tag, expected \"</i>\", found \"</b>\" "
     "at byte offset 7"),
    ({"chat_id": USER, "text": "街道 1<2", "parse_mode": "HTML"},
     "Bad Request: can't parse entities: Unclosed start tag at byte offset 8"),
    ({"chat_id": USER, "text": "a&nbsp;b", "parse_mode": "HTML"},
     "Bad Request: can't parse entities: unsupported HTML entity at byte offset 1"),
    ({"chat_id": USER, "text": "<span>x</span>", "parse_mode": "HTML"},
     "Bad Request: can't parse entities: Tag \"span\" must have class \"tg-spoiler\" at byte "
     "offset 0"),
    ({"chat_id": USER, "text": "编号 2024-0001.", "parse_mode": "MarkdownV2"},
     "Bad Request: can't parse entities: Character '-' is reserved and must be escaped with the "
     "preceding '\\'"),
    ({"chat_id": USER, "text": "*bold", "parse_mode": "MarkdownV2"},
     "Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 0"),
    ({"chat_id": USER, "text": "x", "parse_mode": "Fancy"}, "Bad Request: unsupported parse_mode"),
    ({"chat_id": USER, "text": "x", "reply_markup": {"inline_keyboard": [[
        {"text": "b", "callback_data": _too_long_data()}]]}}, "Bad Request: BUTTON_DATA_INVALID"),
    ({"chat_id": USER, "text": "x", "reply_markup": {"inline_keyboard": [
        {"text": "b", "callback_data": "d"}]}}, "Bad Request: BUTTON_DATA_INVALID"),
    ({"chat_id": USER, "text": "x", "reply_markup": {"inline_keyboard": [[{"text": "b"}]]}},
     "Bad Request: BUTTON_DATA_INVALID"),
    ({"chat_id": USER, "text": "x", "reply_markup": "{not json"},
     "Bad Request: can't parse reply_markup JSON object"),
    ({"chat_id": USER, "text": "x", "reply_parameters": {"message_id": 77}},
     "Bad Request: message to be replied not found"),
    ({"chat_id": USER, "action": "dancing"}, "Bad Request: wrong parameter action in request"),
])
def test_refuses_what_telegram_refuses(http: httpx.Client, params: dict[str, Any],
                                       description: str) -> None:
    method = "sendChatAction" if "action" in params else "sendMessage"
    assert call(http, method, **params) == (
        400, {"ok": False, "error_code": 400, "description": description})


@pytest.mark.parametrize(("text", "mode", "shown"), [
    ("<b>a</b> <strong>b</strong> <i>c</i><em>d</em><u>e</u><ins>f</ins><s>g</s><strike>h"
     "</strike><del>i</del> <tg-spoiler>j</tg-spoiler><span class=\"tg-spoiler\">k</span>",
     "HTML", "a b cdefghi jk"),
    ('<a href="https://gov.example/t?a=1&amp;b=2">链接</a> <code>x</code> '
     '<pre><code class="language-python">y</code></pre><blockquote>引用</blockquote>',
     "HTML", "链接 x y引用"),
    ("&lt;&gt;&amp;&quot;&#20013;&#x6587;", "HTML", '<>&"中文'),
    ("<b>" + "字" * 4096 + "</b>", "HTML", "字" * 4096),
    ("编号 2024\\-0001\\. *粗* _斜_ __下__ ~删~ ||隐|| `a.b` [链接](https://x.cn/a)", "MarkdownV2",
     "编号 2024-0001. 粗 斜 下 删 隐 a.b 链接"),
    ("```python\nprint(1)\n```", "MarkdownV2", "print(1)"),
])
def test_accepts_valid_markup(fake: FakeBotAPI, http: httpx.Client, text: str, mode: str,
                              shown: str) -> None:
    status, body = call(http, "sendMessage", chat_id=USER, text=text, parse_mode=mode)
    assert (status, body["result"]["text"]) == (200, shown)
    assert fake.sent(USER)[-1]["text"] == shown


async def test_caption_and_button_limits(fake: FakeBotAPI, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message caption is too long"):
        await bot.send_photo(USER, b"\xff\xd8 jpeg", caption="字" * 1025)
    await bot.send_photo(USER, b"\xff\xd8 jpeg", caption="字" * 1024)
    await bot.send_message(USER, "ok", reply_markup=keyboard("办" * 21 + "x"))  # 64 bytes
    assert [m["method"] for m in fake.sent(USER)] == ["sendPhoto", "sendMessage"]


async def test_blocked_user_gets_403(fake: FakeBotAPI, bot: Bot) -> None:
    fake.block(USER)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(USER, "hi")
    fake.block(USER, blocked=False)
    await bot.send_message(USER, "hi")


async def test_edit_delete_and_not_modified(fake: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_message(USER, "待处理", reply_markup=keyboard("a"))
    with pytest.raises(BadRequest) as excinfo:
        await bot.edit_message_text("待处理", USER, sent.message_id, reply_markup=keyboard("a"))
    assert excinfo.value.message.lower() == NOT_MODIFIED.removeprefix("Bad Request: ").lower()
    edited = await bot.edit_message_text("已受理", USER, sent.message_id)
    assert isinstance(edited, Message)
    assert (edited.text, edited.reply_markup) == ("已受理", None)  # no markup = keyboard removed
    await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=keyboard("b"))
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=keyboard("b"))
    citizen = fake.send_text(USER, "我的消息")
    with pytest.raises(BadRequest, match=r"(?i)message can't be edited"):
        await bot.edit_message_text("x", USER, citizen["message_id"])
    assert await bot.delete_message(USER, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(USER, sent.message_id)
    assert [m["method"] for m in fake.sent(USER)] == [
        "sendMessage", "editMessageText", "editMessageReplyMarkup", "deleteMessage"]


async def test_callback_queries(fake: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_message(USER, "选择部门", reply_markup=keyboard("unit:1", "unit:2"))
    with pytest.raises(ValueError, match=r"(?i)no button"):
        fake.press(USER, fake.sent(USER)[0], "unit:9")
    qid = fake.press(USER, fake.sent(USER)[0], "unit:2")
    [update] = await bot.get_updates()
    query = Update.de_json(update.to_dict(), bot).callback_query
    assert query is not None and query.id == qid and query.data == "unit:2"
    assert query.message is not None and query.message.message_id == sent.message_id
    assert await bot.answer_callback_query(qid, text="已选择")
    for bad_id in (qid, "12345"):  # answered twice / unknown
        with pytest.raises(BadRequest) as excinfo:
            await bot.answer_callback_query(bad_id)
        assert f"Bad Request: {excinfo.value.message}".lower() == QUERY_TOO_OLD.lower()
    forged = fake.press(USER, fake.sent(USER)[0], "unit:9", forge=True)
    now = time.monotonic()
    fake.clock = lambda: now + 15.5
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(forged)
    assert fake.callback_answers == [{"id": qid, "text": "已选择", "show_alert": False,
                                      "url": None}]


async def test_misc_methods(fake: FakeBotAPI, bot: Bot) -> None:
    assert await bot.send_chat_action(USER, "typing")
    assert await bot.set_my_commands([("start", "开始"), ("status", "查询进度")])
    assert [c.command for c in await bot.get_my_commands()] == ["start", "status"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Bad-Name", "x")])
    chat = await bot.get_chat(USER)
    assert (chat.id, chat.type) == (USER, "private")
    with pytest.raises(BadRequest, match=r"(?i)invalid file_id"):
        await bot.get_file("nope")
    fake.send_text(USER, "x")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert fake.pending_updates() == 0
    assert await bot.log_out() and await bot.close()


# -- a citizen's media passed on (file_ids the fake issued) ------------------------------------------
GROUP = -100777


async def test_users_files_go_on_by_file_id(fake: FakeBotAPI, bot: Bot) -> None:
    fake.add_group(GROUP, "水务局工作群")
    photo = fake.send_photo(USER, caption="井盖")["photo"][-1]["file_id"]
    video = fake.send_video(USER)["video"]["file_id"]
    voice = fake.send_voice(USER, data=b"OggS voice bytes")["voice"]["file_id"]
    audio = fake.send_audio(USER)["audio"]["file_id"]
    doc = fake.send_document(USER, b"%PDF-1.4 x", filename="证明.pdf")["document"]["file_id"]
    await bot.send_photo(GROUP, photo, caption="<b>20261128-0001</b> 市民照片", parse_mode="HTML")
    await bot.send_video(GROUP, video)
    await bot.send_voice(GROUP, voice, caption="语音")
    await bot.send_audio(GROUP, audio)
    await bot.send_document(GROUP, doc)
    await bot.send_location(GROUP, 35.07, 116.31)
    sent = fake.sent(GROUP)
    assert [(r["method"], r["kind"]) for r in sent] == [
        ("sendPhoto", "photo"), ("sendVideo", "video"), ("sendVoice", "voice"),
        ("sendAudio", "audio"), ("sendDocument", "document"), ("sendLocation", "location")]
    assert [r["file_id"] for r in sent[:5]] == [photo, video, voice, audio, doc]
    assert (sent[0]["caption"], sent[0]["entities"]) == (
        "20261128-0001 市民照片", [{"type": "bold", "offset": 0, "length": 13}])
    assert (sent[2]["file"], sent[4]["filename"]) == (b"OggS voice bytes", "证明.pdf")
    assert sent[5]["location"] == {"latitude": 35.07, "longitude": 116.31}
    assert fake.file(photo) is not None and fake.file("nope") is None
    assert fake.unexpected_errors() == []


async def test_unknown_and_mismatched_file_ids_are_refused(fake: FakeBotAPI, bot: Bot) -> None:
    photo = fake.send_photo(USER)["photo"][-1]["file_id"]
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier/HTTP URL specified"):
        await bot.send_photo(USER, "AgACphoto99999999")
    with pytest.raises(BadRequest, match=r"(?i)type of file mismatch"):
        await bot.send_document(USER, photo)
    with pytest.raises(BadRequest, match=r"(?i)wrong latitude"):
        await bot.send_location(USER, 91.0, 0.0)
    assert fake.sent(USER) == []


async def test_media_group(fake: FakeBotAPI, bot: Bot) -> None:
    first, second = (m["photo"][-1]["file_id"] for m in fake.send_album(USER, 2, caption="两张"))
    doc = fake.send_document(USER)["document"]["file_id"]
    messages = await bot.send_media_group(USER, [
        InputMediaPhoto(first, caption="<i>现场</i>", parse_mode="HTML"), InputMediaPhoto(second),
        InputMediaPhoto(b"\xff\xd8 uploaded", filename="new.jpg")])
    assert len({m.media_group_id for m in messages}) == 1 and len(messages) == 3
    sent = fake.sent(USER)
    assert [(r["method"], r["kind"], r["caption"]) for r in sent] == [
        ("sendMediaGroup", "photo", "现场"), ("sendMediaGroup", "photo", None),
        ("sendMediaGroup", "photo", None)]
    assert [r["file_id"] for r in sent[:2]] == [first, second]
    assert sent[2]["file"] == b"\xff\xd8 uploaded"
    with pytest.raises(BadRequest, match=r"(?i)can't be mixed"):
        await bot.send_media_group(USER, [InputMediaPhoto(first), InputMediaDocument(doc)])
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):  # nothing half-sent
        await bot.send_media_group(USER, [InputMediaPhoto(first), InputMediaPhoto("AgACnone")])
    assert len(fake.sent(USER)) == 3


async def test_copy_message(fake: FakeBotAPI, bot: Bot) -> None:
    fake.add_group(GROUP, "水务局工作群")
    voice = fake.send_voice(USER)
    text = fake.send_text(USER, "/start 你好")
    place = fake.send_location(USER, 35.1, 116.3)
    photo = fake.send_photo(USER, caption="原图说明")
    for message in (voice, text, place):
        await bot.copy_message(GROUP, USER, message["message_id"])
    await bot.copy_message(GROUP, USER, photo["message_id"], caption="<b>新说明</b>",
                           parse_mode="HTML")
    sent = fake.sent(GROUP)
    assert [(r["method"], r["kind"]) for r in sent] == [
        ("copyMessage", "voice"), ("copyMessage", "text"), ("copyMessage", "location"),
        ("copyMessage", "photo")]
    assert sent[0]["file_id"] == voice["voice"]["file_id"] and sent[1]["text"] == "/start 你好"
    assert sent[2]["location"] == place["location"] and sent[3]["caption"] == "新说明"
    with pytest.raises(BadRequest, match=r"(?i)message to copy not found"):
        await bot.copy_message(GROUP, USER, 999)


def test_html_entities_follow_telegram(fake: FakeBotAPI, http: httpx.Client) -> None:
    status, body = call(http, "sendMessage", chat_id=USER, parse_mode="HTML", text=(
        "  <b>😀粗<i>斜</i></b> <a href=\"https://gov.example/t\">链接</a> "
        "<pre><code class=\"language-python\">x</code></pre><blockquote expandable>引</blockquote>"
        "<tg-spoiler></tg-spoiler>  "))
    assert status == 200 and body["result"]["text"] == "😀粗斜 链接 x引"
    assert fake.sent(USER)[0]["entities"] == body["result"]["entities"] == [
        {"type": "bold", "offset": 0, "length": 4},  # the emoji counts two (UTF-16)
        {"type": "italic", "offset": 3, "length": 1},
        {"type": "text_link", "offset": 5, "length": 2, "url": "https://gov.example/t"},
        {"type": "pre", "offset": 8, "length": 1, "language": "python"},
        {"type": "expandable_blockquote", "offset": 9, "length": 1}]


def test_ids_count_on_from_first_id() -> None:
    with FakeBotAPI(first_id=1_700_000_000_000) as fake:
        message = fake.send_photo(USER)
        assert message["message_id"] == 1_700_000_000_001
        assert int(message["photo"][-1]["file_id"][-13:]) > 1_700_000_000_000
        assert fake._updates[0]["update_id"] > 1_700_000_000_000


# -- updates ----------------------------------------------------------------------------------------
async def test_updates_kept_until_confirmed(fake: FakeBotAPI, bot: Bot) -> None:
    for i in range(3):
        fake.send_text(USER, f"消息{i}")
    first = await bot.get_updates()
    again = await bot.get_updates(limit=2)
    assert [u.update_id for u in again] == [u.update_id for u in first][:2]
    assert fake.pending_updates() == 3 and fake.last_confirmed_offset == 0
    rest = await bot.get_updates(offset=first[1].update_id + 1)
    assert [u.message.text for u in rest if u.message] == ["消息2"]
    assert fake.pending_updates() == 1 and fake.last_confirmed_offset == first[1].update_id + 1
    assert await bot.get_updates(offset=first[2].update_id + 1) == ()
    assert fake.pending_updates() == 0


def test_long_poll_wakes_on_new_update(fake: FakeBotAPI, http: httpx.Client) -> None:
    results: list[tuple[int, dict[str, Any]]] = []
    poll = threading.Thread(target=lambda: results.append(call(http, "getUpdates", timeout=5)))
    started = time.monotonic()
    poll.start()
    fake.wait_until(lambda: fake.polls_waiting == 1)  # the poll is open: then the user writes
    fake.send_text(USER, "来了")
    poll.join(10)
    status, body = results[0]
    assert status == 200 and body["result"][0]["message"]["text"] == "来了"
    assert time.monotonic() - started < 4.5  # woken, not run to its timeout
    started = time.monotonic()
    assert call(http, "getUpdates", offset=body["result"][0]["update_id"] + 1, timeout=1) == (
        200, {"ok": True, "result": []})
    assert time.monotonic() - started >= 0.9


def test_second_poller_conflicts_first(fake: FakeBotAPI, http: httpx.Client) -> None:
    results: list[tuple[int, dict[str, Any]]] = []
    first = threading.Thread(target=lambda: results.append(call(http, "getUpdates", timeout=5)))
    first.start()
    fake.wait_until(lambda: fake.polls_waiting == 1)  # not a sleep: under load it may be later
    with httpx.Client(base_url=http.base_url) as other:
        assert call(other, "getUpdates", timeout=0) == (200, {"ok": True, "result": []})
    first.join(5)
    assert results[0][0] == 409
    assert results[0][1]["description"].startswith("Conflict: terminated by other getUpdates")


def test_abandoned_long_poll_is_not_an_error(fake: FakeBotAPI) -> None:
    with (httpx.Client(base_url=f"{fake.base_url}{fake.token}/") as dying,
          pytest.raises(httpx.ReadTimeout)):  # like a bot killed mid-poll
        dying.post("getUpdates", json={"timeout": 5}, timeout=0.2)
    # Under load the fake may read the dead poll only after its client gave up: the restarted
    # bot polls once the fake has seen it go, or the two records come in either order.
    fake.wait_until(lambda: fake.requests)
    with httpx.Client(base_url=f"{fake.base_url}{fake.token}/") as restarted:
        fake.send_text(USER, "重启后")
        assert len(call(restarted, "getUpdates", timeout=1)[1]["result"]) == 1
    assert [r.status for r in fake.requests] == [499, 200] and fake.unexpected_errors() == []


def test_a_dead_poll_read_late_leaves_the_live_poll_alone(fake: FakeBotAPI,
                                                          http: httpx.Client) -> None:
    results: list[tuple[int, dict[str, Any]]] = []
    live = threading.Thread(target=lambda: results.append(call(http, "getUpdates", timeout=5)))
    live.start()
    fake.wait_until(lambda: fake.polls_waiting == 1)
    # A killed bot's last poll, read by the fake only now that its client has hung up.
    dead = fake._route(f"/bot{fake.token}/getUpdates", "", "application/json",
                       b'{"timeout": 5}', lambda: True)
    fake.send_text(USER, "还在")
    live.join(10)
    assert dead[0] == 499 and results[0][0] == 200, results
    assert results[0][1]["result"][0]["message"]["text"] == "还在"
    assert fake.unexpected_errors() == []


async def test_allowed_updates_filter(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(USER, "选择", reply_markup=keyboard("a"))
    fake.press(USER, fake.sent(USER)[0], "a")
    fake.send_text(USER, "文字")
    updates = await bot.get_updates(allowed_updates=["message"])
    assert [u.message.text for u in updates if u.message] == ["文字"] and len(updates) == 1


async def test_simulated_updates_parse_in_ptb(fake: FakeBotAPI, bot: Bot) -> None:
    fake.add_user(7, first_name="李四", username="lisi")
    group = fake.add_group(-100123, "城管工作群")
    fake.send_text(7, "👍 /status@jinlaiban_bot 20240101-0001", chat_id=group["id"])
    fake.send_photo(USER, caption="路灯")
    fake.send_voice(USER, duration=5)
    fake.send_document(USER, b"%PDF", filename="证明.pdf")
    fake.send_location(USER, 29.08, 119.65)
    fake.send_contact(USER, "+8613800000000", "张三")
    fake.send_sticker(USER)
    album = fake.send_album(USER, 3, caption="三张照片")
    original = fake.send_text(USER, "垃圾没人收")
    fake.send_text(USER, "补充：在东门", reply_to=original)
    fake.edit_text(USER, original, "垃圾三天没人收")
    fake.rename(USER, "new_name")
    fake.send_text(USER, "/start")
    updates = await bot.get_updates()
    assert len(updates) == 14 and fake.pending_updates() == 14
    command = updates[0].message
    assert command is not None and command.chat.type == "supergroup"
    assert command.parse_entities() and list(command.parse_entities().values()) == [
        "/status@jinlaiban_bot"]  # offsets are UTF-16: the emoji counts as two
    assert command.from_user is not None and command.from_user.language_code == "zh-hans"
    kinds = [next(k for k in ("photo", "voice", "document", "location", "contact", "sticker")
                  if getattr(u.message, k)) for u in updates[1:7] if u.message]
    assert kinds == ["photo", "voice", "document", "location", "contact", "sticker"]
    groups = {u.message.media_group_id for u in updates[7:10] if u.message}
    assert len(groups) == 1 and album[0]["caption"] == "三张照片"
    reply = updates[11].message
    assert reply and reply.reply_to_message and reply.reply_to_message.text == "垃圾没人收"
    assert updates[12].edited_message and updates[12].edited_message.text == "垃圾三天没人收"
    last = updates[13].message
    assert last and last.from_user and last.from_user.username == "new_name"
    assert [m.message_id for u in updates[1:] if (m := u.message)] == list(range(1, 13))
    photo = updates[1].message
    assert photo is not None
    data = await (await photo.photo[-1].get_file()).download_as_bytearray()
    assert bytes(data).startswith(b"\xff\xd8")


async def test_ptb_application_polls_and_replies(fake: FakeBotAPI) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"收到：{update.effective_message.text}")

    app = Application.builder().token(fake.token).base_url(fake.base_url).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        for user in range(500, 510):
            fake.send_text(user, f"你好{user}")
        for user in range(500, 510):
            assert [m["text"] for m in await fake.await_sent(user, 1)] == [f"收到：你好{user}"]
        await app.updater.stop()
        await app.stop()
    assert fake.unexpected_errors() == []


# -- flood limits and faults ------------------------------------------------------------------------
@pytest.fixture
def timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """PTB 22.2+ warns on RetryAfter.retry_after unless opted in; warnings are errors here."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


@pytest.mark.usefixtures("timedelta_retry_after")
async def test_private_chat_flood_limit(fake: FakeBotAPI, bot: Bot) -> None:
    fake.clock = lambda: 1000.0  # no refill, however slowly a loaded machine sends the burst
    for i in range(3):  # the burst allowance
        await bot.send_message(USER, f"第{i}条")
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(USER, "第4条")
    assert excinfo.value.retry_after == timedelta(seconds=1)
    assert len(fake.sent(USER)) == 3
    assert fake.requests[-1].status == 429 and not fake.requests[-1].injected


def test_group_and_global_flood_limits(fake: FakeBotAPI, http: httpx.Client) -> None:
    fake.clock = lambda: 1000.0  # time stands still: no refill, whatever the machine's speed
    fake.add_group(-100777, "群")
    codes = [call(http, "sendMessage", chat_id=-100777, text="x")[0] for _ in range(21)]
    assert codes == [200] * 20 + [429]
    retry_after = call(http, "sendMessage", chat_id=-100777, text="x")[1]["parameters"]["retry_after"]
    assert (isinstance(retry_after, int), retry_after) == (True, 3)
    for user in range(1000, 1011):
        fake.add_user(user)
    codes = [call(http, "sendMessage", chat_id=1000 + i, text="x")[0] for i in range(11)]
    assert codes == [200] * 10 + [429]  # 20 + 10 = 30 in the same instant; the 31st waits


def test_flood_limits_off(fake: FakeBotAPI) -> None:
    with FakeBotAPI(flood_limits=False) as free, httpx.Client(
            base_url=f"{free.base_url}{free.token}/") as client:
        free.add_user(USER)
        assert {call(client, "sendMessage", chat_id=USER, text="x")[0] for _ in range(40)} == {200}


@pytest.mark.usefixtures("timedelta_retry_after")
async def test_injected_errors(fake: FakeBotAPI, bot: Bot) -> None:
    fake.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(USER, "a")
    assert excinfo.value.retry_after == timedelta(seconds=7)
    fake.fail_next("sendMessage", 500, count=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match=r"(?i)Internal Server Error"):
            await bot.send_message(USER, "a")
    fake.fail_next("*", 502)
    with pytest.raises(NetworkError, match=r"(?i)Bad Gateway"):  # nginx HTML page, like Telegram's
        await bot.send_message(USER, "a")
    fake.fail_next("getUpdates", 409, description="Conflict: terminated by other getUpdates")
    with pytest.raises(Conflict):
        await bot.get_updates()
    await bot.send_message(USER, "终于")
    assert [m["text"] for m in fake.sent(USER)] == ["终于"]
    assert [r.status for r in fake.requests if r.injected] == [429, 500, 500, 502, 409]
    assert fake.unexpected_errors() == []


async def test_dropped_connections(fake: FakeBotAPI, bot: Bot) -> None:
    fake.drop_connections("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(USER, "丢了")
    fake.drop_connections("sendMessage", applied=True)
    with pytest.raises(NetworkError):
        await bot.send_message(USER, "发了但没回")
    assert [m["text"] for m in fake.sent(USER)] == ["发了但没回"]
    assert [r.status for r in fake.requests if r.injected] == [0, 200]


async def test_slow_response_still_delivers(fake: FakeBotAPI, bot: Bot) -> None:
    fake.delay("sendMessage", 0.6)
    with pytest.raises(TimedOut):
        await bot.send_message(USER, "慢", read_timeout=0.2)
    assert [m["text"] for m in fake.sent(USER)] == ["慢"]  # delivered although the client gave up


def test_hanging_get_updates(fake: FakeBotAPI, http: httpx.Client) -> None:
    fake.send_text(USER, "在吗")
    fake.hang_get_updates(60)  # long enough whenever a loaded machine lets the call reach it
    with pytest.raises(httpx.ReadTimeout):
        http.post("getUpdates", json={"timeout": 0}, timeout=0.2)
    fake.wait_until(lambda: fake.requests)  # the hung call saw its client go
    fake.hang_get_updates(0)
    assert len(call(http, "getUpdates", timeout=0)[1]["result"]) == 1


# -- observation helpers, threads, CLI ----------------------------------------------------------------
def test_wait_helpers(fake: FakeBotAPI, http: httpx.Client) -> None:
    threading.Timer(0.1, call, (http, "sendMessage"), {"chat_id": USER, "text": "回复"}).start()
    assert [m["text"] for m in fake.wait_sent(USER, 1)] == ["回复"]
    with pytest.raises(AssertionError, match=r"(?s)not met within 0.1s.*sendMessage 42: '回复'"):
        fake.wait_sent(USER, 2, timeout=0.1)


async def test_await_sent(fake: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(USER, "异步")
    assert (await fake.await_sent(USER, 1))[0]["text"] == "异步"


def test_concurrent_sends_get_unique_ids() -> None:
    with FakeBotAPI(flood_limits=False) as free:
        free.add_user(USER)

        def burst() -> None:
            with httpx.Client(base_url=f"{free.base_url}{free.token}/") as client:
                for _ in range(25):
                    assert call(client, "sendMessage", chat_id=USER, text="x")[0] == 200

        threads = [threading.Thread(target=burst) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(m["message_id"] for m in free.sent(USER)) == list(range(1, 201))


def test_stop_is_prompt_with_open_poll_and_keepalive() -> None:
    api = FakeBotAPI().start()
    client = httpx.Client(base_url=f"{api.base_url}{api.token}/")
    assert call(client, "getMe")[0] == 200  # leaves a keep-alive connection open
    def poll() -> None:
        # Stopping may answer the poll or cut its connection first: either is fine, what
        # matters is that stop is prompt.
        with contextlib.suppress(httpx.TransportError):
            call(client, "getUpdates", timeout=30)

    poller = threading.Thread(target=poll)
    poller.start()
    api.wait_until(lambda: api.polls_waiting == 1)  # the poll is open, not merely sent
    started = time.monotonic()
    api.stop()
    poller.join(2)
    client.close()
    assert time.monotonic() - started < 2 and not poller.is_alive()
