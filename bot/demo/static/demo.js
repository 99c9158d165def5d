// 金来办 demo page: polls /api/state and draws every chat as Telegram would. Text is only ever
// set as text; formatting comes from Telegram's entities, links only for http(s) (text.js).
"use strict";

const NUMBER = /\d{8}-\d{4,}/g;
const CHIPS = {
  citizen: ["我家小区停水两天了", "路口的路灯坏了，晚上很黑", "/my", "/status {n}"],
  staff: ["/list", "/show {n}", "/reply {n} 您好，我们已安排人员处理", "/done {n} 已处理完毕，请您查看"],
  supervisor: ["/digest", "/overdue", "/stats", "/ledger", "/urge {n} 请尽快办结", "/publish {n}"],
};
const FILES = { voice: "🎤 语音", video: "🎬 视频", audio: "🎵 音频", document: "📎 文件", animation: "🎞 动图" };
const PANES = ["citizen", "staff", "group", "supervisor", "channel"];

let revision = -1;
let unit = "";
let follow = true; // the unit chooser follows the bot's latest unit until the reader picks one
let current = null;
const drawn = {};
const numbers = {};
const fresh = {}; // panes showing another chat than before: start at the newest message
const replying = {}; // pane → the bot's message its next text answers (Telegram's reply)
const editing = {}; // pane → the person's own message its next text replaces (Telegram's 编辑)
let blocked = false; // the citizen has blocked the bot
const WRITERS = ["citizen", "staff", "supervisor"];

const $ = (selector, root = document) => root.querySelector(selector);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function toast(text) {
  const box = $("#toast");
  if (!text) return;
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 4000);
}

async function post(path, body) {
  const form = body instanceof FormData;
  const response = await fetch(path, {
    method: "POST",
    headers: form ? { "X-Demo": "1" } : { "X-Demo": "1", "Content-Type": "application/json" },
    body: form ? body : JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.error || `HTTP ${response.status}`);
  return answer;
}

// -- messages ----------------------------------------------------------------------------------
function fileNode(file, log) {
  if (file.kind === "photo") {
    const link = el("a", "photo");
    link.href = file.url;
    link.target = "_blank";
    const image = el("img");
    image.src = file.url;
    image.alt = file.name || "照片";
    image.addEventListener("load", () => { if (log.dataset.bottom === "1") log.scrollTop = log.scrollHeight; });
    link.append(image);
    return link;
  }
  const link = el("a", "file", `${FILES[file.kind] || FILES.document} ${file.name || ""}`.trim());
  link.href = file.url;
  link.download = file.name || "";
  link.dataset.testid = "file";
  return link;
}

function messageNode(message, pane, log) {
  const node = el("div", `msg ${message.mine ? "mine" : "theirs"}`);
  node.dataset.testid = "msg";
  if (!message.mine && (pane === "group" || pane === "channel")) {
    node.append(el("div", "sender", message.sender));
  }
  if (message.service) node.classList.add("service");
  if (message.forwarded) node.append(el("div", "forwarded", message.forwarded));
  if (message.reply_to) node.append(el("div", "reply", message.reply_to));
  if (message.file) node.append(fileNode(message.file, log));
  if (message.location) {
    const { latitude, longitude } = message.location;
    node.append(el("div", "place", `📍 位置 ${latitude.toFixed(4)}, ${longitude.toFixed(4)}`));
  }
  if (message.contact) node.append(el("div", "place", `📇 ${message.contact}`));
  if (message.text) node.append(richText(message.text, message.entities, pane));
  const meta = el("div", "meta", message.time + (message.edited ? " · 已编辑" : ""));
  if (!message.mine && WRITERS.includes(pane)) {
    const reply = el("button", "reply-action", "回复");
    reply.type = "button";
    reply.title = "回复这条消息（如补充工单情况）";
    reply.dataset.testid = "msg-reply";
    reply.addEventListener("click", () => startReply(pane, message));
    meta.append(" · ", reply);
  }
  if (message.mine && WRITERS.includes(pane) && message.text) {
    const change = el("button", "reply-action", "修改");
    change.type = "button";
    change.title = "修改这条消息（机器人会按修改后的内容更新工单）";
    change.dataset.testid = "msg-edit";
    change.addEventListener("click", () => startEdit(pane, message));
    meta.append(" · ", change);
  }
  node.append(meta);
  if (message.buttons.length) {
    const keyboard = el("div", "keyboard");
    for (const row of message.buttons) {
      const line = el("div", "row");
      for (const button of row) {
        if (button.url) {
          const link = el("a", "button", button.text);
          link.href = button.url;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          line.append(link);
          continue;
        }
        const press = el("button", "button", button.text);
        press.type = "button";
        press.dataset.testid = "inline-button";
        press.addEventListener("click", () => pressButton(pane, message.id, button.data, press));
        line.append(press);
      }
      keyboard.append(line);
    }
    node.append(keyboard);
  }
  return node;
}

function drawPane(pane, messages) {
  const key = JSON.stringify(messages);
  if (drawn[pane] === key) return;
  drawn[pane] = key;
  const log = $(`#${pane} .log`);
  const bottom = log.scrollTop + log.clientHeight >= log.scrollHeight - 40;
  log.dataset.bottom = bottom ? "1" : "0";
  log.replaceChildren(...messages.map((m) => messageNode(m, pane, log)));
  if (!messages.length) log.append(el("p", "empty", "（暂无消息）"));
  const found = messages.flatMap((m) => m.text.match(NUMBER) || []);
  drawChips(pane, found.length ? found[found.length - 1] : ""); // may change the log's height
  if (bottom || fresh[pane]) log.scrollTop = log.scrollHeight;
  fresh[pane] = false;
}

function drawChips(pane, number) {
  const box = $(`#${pane} .chips`);
  if (!box || numbers[pane] === number) return;
  numbers[pane] = number;
  box.replaceChildren(...CHIPS[pane].filter((chip) => number || !chip.includes("{n}")).map((chip) => {
    const text = chip.replace("{n}", number);
    const button = el("button", "chip", text);
    button.type = "button";
    button.addEventListener("click", () => fill(pane, text, false));
    return button;
  }));
}

function fill(pane, text, insert) {
  const input = $(`#${pane} input:not([type=file])`) || $("#staff input:not([type=file])");
  if (insert && input.value && !input.value.endsWith(" ")) input.value += " ";
  input.value = insert ? input.value + text + " " : text;
  input.focus();
}

// -- what the reader does ------------------------------------------------------------------------
function startReply(pane, message) {
  stopReply(pane);
  replying[pane] = message.id;
  const bar = $(`#${pane} .replying`);
  $(".quote", bar).textContent = `回复：${(message.text || "").split("\n")[0].slice(0, 40)}`;
  bar.hidden = false;
  $(`#${pane} form input:not([type=file])`).focus();
}

function startEdit(pane, message) {
  stopReply(pane);
  editing[pane] = message.id;
  const bar = $(`#${pane} .replying`);
  $(".quote", bar).textContent = `修改：${message.text.split("\n")[0].slice(0, 40)}`;
  bar.hidden = false;
  const input = $(`#${pane} form input:not([type=file])`);
  input.value = message.text;
  input.focus();
}

function stopReply(pane) {
  delete replying[pane];
  delete editing[pane];
  const bar = $(`#${pane} .replying`);
  if (bar) bar.hidden = true;
}

async function pressButton(pane, messageId, data, button) {
  button.disabled = true;
  try {
    const answer = await post("/api/press", { pane, unit, message_id: messageId, data });
    toast(answer.toast);
  } catch (error) {
    toast(error.message);
  } finally {
    button.disabled = false;
  }
}

async function send(pane, input) {
  const text = input.value.trim();
  if (!text) return;
  try {
    const body = { who: pane, unit, text };
    if (editing[pane] !== undefined) {
      await post("/api/edit", { ...body, message_id: editing[pane] });
    } else {
      if (replying[pane] !== undefined) body.reply_to = replying[pane];
      await post("/api/send", body);
    }
    input.value = "";
    stopReply(pane);
  } catch (error) {
    toast(error.message);
  }
}

async function advance(hours) {
  const buttons = [$("#plus-hour"), $("#plus-day")];
  buttons.forEach((b) => { b.disabled = true; });
  toast("正在推进时间，到期的提醒、督办、回访和日报会陆续发出…");
  try {
    const answer = await post("/api/clock", { hours });
    $("#clock").textContent = answer.clock;
    toast(`县内时间已到 ${answer.clock}`);
  } catch (error) {
    toast(error.message);
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

function wire() {
  for (const pane of ["citizen", "staff", "supervisor"]) {
    const form = $(`#${pane} form`);
    const input = $("input:not([type=file])", form);
    form.addEventListener("submit", (event) => { event.preventDefault(); send(pane, input); });
    const bar = el("div", "replying");
    bar.hidden = true;
    bar.dataset.testid = `${pane}-replying`;
    const cancel = el("button", "reply-cancel", "✕");
    cancel.type = "button";
    cancel.title = "取消回复";
    cancel.addEventListener("click", () => stopReply(pane));
    bar.append(el("span", "quote"), cancel);
    form.before(bar);
  }
  $("[data-testid=citizen-block]").addEventListener("click", async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await post("/api/block", { who: "citizen", blocked: !blocked });
      toast(blocked ? "已解除屏蔽，机器人的消息又能送达了" : "已屏蔽机器人：它发给市民的消息将无法送达");
    } catch (error) {
      toast(error.message);
    } finally {
      button.disabled = false;
    }
  });
  $("#plus-hour").addEventListener("click", () => advance(1));
  $("#plus-day").addEventListener("click", () => advance(24));
  const photo = $("[data-testid=citizen-photo]");
  photo.addEventListener("change", async () => {
    if (!photo.files.length) return;
    const input = $("[data-testid=citizen-input]");
    const form = new FormData();
    form.append("who", "citizen");
    form.append("caption", input.value.trim());
    form.append("photo", photo.files[0], "photo.jpg");
    try {
      await post("/api/photo", form);
      input.value = "";
    } catch (error) {
      toast(error.message);
    }
    photo.value = "";
  });
  $("[data-testid=citizen-location]").addEventListener("click", () => {
    post("/api/location", { who: "citizen" }).catch((error) => toast(error.message));
  });
  $("[data-testid=citizen-forward]").addEventListener("click", async () => {
    const input = $("[data-testid=citizen-input]");
    if (!input.value.trim()) {
      toast("先在输入框里写下邻居李大爷的消息，再点 ↪️ 转发给机器人");
      return;
    }
    try {
      await post("/api/forward", { text: input.value });
      input.value = "";
    } catch (error) {
      toast(error.message);
    }
  });
  $("[data-testid=group-upgrade]").addEventListener("click", async () => {
    try {
      await post("/api/upgrade", { unit });
      toast("工作群已升级为超级群组：群号变了，机器人之后的消息发到新群");
    } catch (error) {
      toast(error.message);
    }
  });
  $("[data-testid=staff-unit]").addEventListener("change", (event) => {
    unit = event.target.value;
    follow = false;
    refresh();
  });
}

// -- the state -------------------------------------------------------------------------------
function draw(state) {
  revision = state.revision;
  const status = $("#status");
  status.textContent = state.status;
  status.classList.toggle("ready", state.ready);
  $("#clock").textContent = state.clock;
  document.title = `金来办 · 演示 · ${state.county}`;
  const select = $("[data-testid=staff-unit]");
  if (!select.options.length) {
    select.replaceChildren(...state.units.map((u) => {
      const option = el("option", "", `${u.name}`);
      option.value = u.code;
      return option;
    }));
  }
  const wanted = follow ? state.active_unit : unit;
  if (!unit) unit = state.unit; // the first look: the panes came for this unit
  select.value = unit;
  if (wanted !== unit) { // the bot moved on to another unit: show that one
    unit = wanted;
    select.value = unit;
    refresh();
    return;
  }
  blocked = (state.blocked || []).includes("citizen");
  const block = $("[data-testid=citizen-block]");
  block.textContent = blocked ? "解除屏蔽" : "屏蔽机器人";
  block.title = blocked ? "重新启用机器人（Telegram 的「重新开始」）" : "像 Telegram 里那样屏蔽机器人";
  block.classList.toggle("on", blocked);
  const name = state.units.find((u) => u.code === unit)?.name || "";
  $("#group-title").textContent = `${name}工作群`;
  for (const pane of PANES) drawPane(pane, state.panes[pane]);
}

function refresh() {
  revision = -1;
  fresh.staff = fresh.group = true;
  stopReply("staff"); // a message of another unit's staff chat
  if (current) current.abort();
}

async function poll() {
  for (;;) {
    current = new AbortController();
    try {
      const response = await fetch(`/api/state?since=${revision}&unit=${encodeURIComponent(unit)}`,
        { signal: current.signal });
      if (response.status === 503) {
        await sleep(300);
        continue;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      draw(await response.json());
    } catch (error) {
      if (error.name === "AbortError") continue;
      $("#status").textContent = "与演示程序的连接断开了（它是否已停止？），正在重试…";
      $("#status").classList.remove("ready");
      await sleep(1500);
    }
  }
}

wire();
poll();
