"""`python -m bot SUBCOMMAND`: see bot/cli.py."""

from bot.cli import main

raise SystemExit(main())
