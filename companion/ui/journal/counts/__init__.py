"""Blood counts on screen: the form, the family's thresholds with examples and glossary words,
and the trends chart."""
