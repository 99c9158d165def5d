"""``python -m bot SUBCOMMAND``: ``main`` dispatches, ``common`` holds the shared helpers, one
module per group of subcommands."""
