"""Use cases: one update (or one tick) = one transaction, which claims the update, makes the
change and queues every answer; each returns what became of it."""
