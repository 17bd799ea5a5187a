"""Blood counts: units, the ANC worked out from the differential, the family's thresholds and
the counts part of the journal (Qt-free)."""
