"""Sharing the journal between the family's computers: the exchange's triggers, the sharing
settings, and the "since you last looked" list."""
