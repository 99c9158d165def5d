"""Everything that speaks Telegram: the Application's wiring and the bot's loops (app.py), the
polling and processing loop (transport.py), the outbox delivery loop (delivery.py), the follow-up
clock (ticker.py), and the handlers, grouped by audience (citizen.py, staff.py, supervisor.py,
visit.py). Each handler turns an update into one call of bot/actions and nothing more.
"""
