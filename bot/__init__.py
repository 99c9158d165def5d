"""金来办 application core: config, storage, ticket domain, follow-up and CLI (no Telegram I/O)."""
