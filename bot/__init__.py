"""金来办 application core, without Telegram: the layers below, each importing only those under it.

- ``cli/``      ``python -m bot SUBCOMMAND``
- ``actions/``  one update = one transaction → an outcome (citizen, staff, supervision, follow-up)
- ``reports/``  digest, chart, ledger
- ``texts/``    every string a person reads, split by reader
- ``render``    escaping, splitting, buttons
- ``store/``    the only SQL: schema, tickets, people, inbox, outbox, report queries
- ``domain/``   pure rules: tickets and states, calendar, permissions, privacy, figures
- ``config``, ``routing``   configuration, and the router built from it (``nlp/``)
"""
