"""What supervisors read in bulk: the daily digest, its chart, the supervision ledger."""
