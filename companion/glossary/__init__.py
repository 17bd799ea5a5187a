"""The glossary: plain-language words, loaded from ``resources/glossary.json``, and their search."""

from companion.glossary.terms import (
    Glossary,
    GlossaryError,
    Source,
    Term,
    load_glossary,
    parse_glossary,
)

__all__ = ["Glossary", "GlossaryError", "Source", "Term", "load_glossary", "parse_glossary"]
