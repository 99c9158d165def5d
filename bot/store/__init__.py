"""Storage: the only package with SQL. Callers group writes in ``Store.atomic()``."""
