"""Layouts and words that fit any screen and text size: rows that wrap, hints and
drop-downs that never cut, tabs that fold into a list."""
