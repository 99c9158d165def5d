"""Pure rules: no I/O, no SQL, time is a parameter. Everything above builds on these."""
