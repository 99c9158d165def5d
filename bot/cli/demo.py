"""CLI subcommand `demo`: start the demo (bot/demo/), print its URL, open a browser, and stop
everything it started on SIGINT or SIGTERM."""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import sys
import tempfile
import threading
import webbrowser
from pathlib import Path
from typing import Any

from bot.cli.common import CliError, config_from
from bot.demo.runner import Demo, DemoError
from bot.demo.web import Page, Server
from bot.store.files import private_folder
from bot.texts import for_operators


def _demo(args: argparse.Namespace) -> int:
    """Run the demo until SIGINT or SIGTERM."""
    config = config_from(args)  # the demo needs no token: it brings its own Telegram
    if not 0 <= args.port <= 65535:
        raise CliError(f"--port {args.port}: expected a port number, 0 to 65535 (0: any free)")
    try:
        server = Server(args.port)
    except OSError as exc:
        raise CliError(f"port {args.port}: {exc.strerror or exc} (is another demo running? stop it, "
                       "or choose another port with --port N)") from None
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    threading.Thread(target=server.serve_forever, name="demo-web", daemon=True).start()
    try:
        # Its config may carry a token and its database what citizens wrote: a folder the
        # demo creates is the owner's only (mkdtemp's is 0700 already).
        folder = (Path(args.data).resolve() if args.data
                  else Path(tempfile.mkdtemp(prefix="jinlaiban-")))
        private_folder(folder)
    except OSError as exc:
        server.server_close()
        raise CliError(f"--data {args.data}: {exc.strerror or exc}") from None
    demo = Demo(config, folder, keep=bool(args.data))
    try:
        demo.start()
        server.page = Page(demo)
        print(for_operators.demo_started(server.url), flush=True)
        if not args.no_browser:
            _open_browser(server.url)
        while not stop.wait(0.5):
            demo.check()
            demo.keep_chats()
    except DemoError as exc:
        raise CliError(str(exc)) from None
    except (OSError, sqlite3.Error) as exc:  # the --data folder or its database
        raise CliError(f"{folder}: {exc}") from None
    finally:
        server.shutdown()
        server.server_close()
        demo.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(for_operators.DEMO_STOPPED, flush=True)
    return 0


def _open_browser(url: str) -> None:
    """Open the page, unless there is no screen to open it on (a console browser would take
    over this terminal)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        print(for_operators.DEMO_NO_SCREEN, flush=True)
        return
    threading.Thread(target=webbrowser.open, args=(url,), name="browser", daemon=True).start()


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser("demo", parents=[common],
                          help="the whole product on this machine without Telegram, in a browser")
    demo.add_argument("--port", type=int, default=8080, help="the page's port (default 8080)")
    demo.add_argument("--no-browser", action="store_true", help="do not open a browser")
    demo.add_argument("--data", metavar="DIR", help="keep the database and config in DIR")
    demo.set_defaults(func=_demo)
