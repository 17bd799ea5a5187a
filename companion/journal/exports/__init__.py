"""The journal out to plain files other tools read: a calendar (``calendar``), a spreadsheet
(``csvfile``), the whole journal as JSON and back (``jsonfile``); all written by ``plainfile``.
The names to use are re-exported by :mod:`companion.journal`."""
