"""`python -m bot SUBCOMMAND`: see bot/cli/main.py."""

from bot.cli.main import main

raise SystemExit(main())
