"""Command line for the fake Bot API: ``python -m tests.fakebot serve|say``.

``serve`` runs the fake until Ctrl-C and prints the ``[telegram]`` settings to point the bot at;
``say`` injects a citizen's message into a running fake and prints the bot's replies to that chat.
Control endpoints (no token): ``POST /_control/send {"user_id", "text", "chat_id"?}``,
``POST /_control/press {"user_id", "chat_id", "message_id", "data"}``,
``GET /_control/sent?chat_id=..&after=N``.
"""

from __future__ import annotations

import argparse
import json
import time
import urllib.request
from typing import Any

from tests.fakebot import FakeBotAPI


def _call(port: int, path: str, body: dict[str, Any] | None = None) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}/_control/{path}", data=data,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["result"]


def serve(port: int, token: str, flood_limits: bool) -> None:
    """Run the fake in the foreground."""
    with FakeBotAPI(token, flood_limits, port=port) as fake:
        print(f'[telegram]\nbase_url = "{fake.base_url}"\nbase_file_url = "{fake.base_file_url}"'
              f'\n# INTAKE_BOT_TOKEN={fake.token}', flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


def say(port: int, user_id: int, text: str, wait: float) -> None:
    """Send ``text`` as ``user_id`` and print the bot's replies arriving within ``wait`` s."""
    seen = len(_call(port, f"sent?chat_id={user_id}"))
    _call(port, "send", {"user_id": user_id, "text": text})
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        for record in _call(port, f"sent?chat_id={user_id}&after={seen}"):
            seen += 1
            buttons = [b["text"] for row in (record["reply_markup"] or {}).get(
                "inline_keyboard", []) for b in row]
            print(f"[{record['method']} #{record['message_id']}] "
                  f"{record['text'] or record['caption'] or record['filename'] or ''}"
                  + (f"  {buttons}" if buttons else ""), flush=True)
        time.sleep(0.2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fakebot")
    commands = parser.add_subparsers(dest="command", required=True)
    serve_cmd = commands.add_parser("serve", help="run the fake Bot API")
    serve_cmd.add_argument("--port", type=int, default=8081)
    serve_cmd.add_argument("--token", default="123456:TEST-TOKEN")
    serve_cmd.add_argument("--no-flood-limits", action="store_true")
    say_cmd = commands.add_parser("say", help="send a message as a user, print the replies")
    say_cmd.add_argument("--port", type=int, default=8081)
    say_cmd.add_argument("--wait", type=float, default=3.0)
    say_cmd.add_argument("user_id", type=int)
    say_cmd.add_argument("text")
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve(args.port, args.token, not args.no_flood_limits)
    else:
        say(args.port, args.user_id, args.text, args.wait)
    return 0
