// 金来办 demo page: a message's text as Telegram shows it, built from its entities (bold, links,
// spoilers …) with DOM nodes only — text is only ever set as text, links only for http(s) —
// and every ticket number clickable to fill the input. Loaded before demo.js, which uses
// richText() and defines el(), fill() and NUMBER.
"use strict";

const TAGS = {
  bold: "b", italic: "i", underline: "u", strikethrough: "s", code: "code", pre: "pre",
  blockquote: "blockquote", expandable_blockquote: "blockquote",
};

function appendText(parent, text, pane) {
  let at = 0;
  for (const match of text.matchAll(NUMBER)) {
    parent.append(text.slice(at, match.index));
    const number = el("span", "ticket", match[0]);
    number.title = "点一下填入输入框";
    number.addEventListener("click", () => fill(pane, match[0], true));
    parent.append(number);
    at = match.index + match[0].length;
  }
  parent.append(text.slice(at));
}

function entityNode(entity) {
  if (entity.type === "text_link" && /^https?:\/\//i.test(entity.url || "")) {
    const link = el("a");
    link.href = entity.url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }
  if (entity.type === "spoiler") {
    const spoiler = el("span", "spoiler");
    spoiler.addEventListener("click", () => spoiler.classList.add("shown"));
    return spoiler;
  }
  return el(TAGS[entity.type] || "span");
}

function build(parent, text, start, end, entities, pane) {
  let pos = start;
  let i = 0;
  while (i < entities.length) {
    const entity = entities[i];
    const from = Math.max(entity.offset, pos);
    const to = Math.min(entity.offset + entity.length, end);
    let j = i + 1;
    while (j < entities.length && entities[j].offset < to) j += 1;
    if (from < to) {
      if (from > pos) appendText(parent, text.slice(pos, from), pane);
      const node = entityNode(entity);
      build(node, text, from, to, entities.slice(i + 1, j), pane);
      parent.append(node);
      pos = to;
    }
    i = j;
  }
  if (pos < end) appendText(parent, text.slice(pos, end), pane);
}

function richText(text, entities, pane) {
  const box = el("div", "text");
  const sorted = (entities || []).filter((e) => e.length > 0)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  build(box, text, 0, text.length, sorted, pane);
  return box;
}
