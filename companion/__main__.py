"""Command line: parse the options and hand over to companion.app (nothing heavy here)."""

from __future__ import annotations

import argparse
import sys
import time

_STARTED = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    from companion import __version__

    parser = argparse.ArgumentParser(
        prog="companion",
        description=(
            "Companion: a private, offline helper for families of children with relapsed or "
            "refractory cancer. A glossary, an encrypted journal, and a directory of centers."
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep everything the app writes in DIR (also: COMPANION_DATA_DIR)",
    )
    parser.add_argument("--version", action="version", version=f"Companion {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the resources, the encrypted store and the keyring, then exit",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help="render every main screen with demo data to PNG files in DIR, then exit",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app with sample data in a temporary folder (nothing is kept)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "es"),
        help="show the app in English (en) or Spanish (es) this time, whatever the setting",
    )
    parser.add_argument("--measure-startup", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    from companion import app

    return app.run(options, started=_STARTED)


if __name__ == "__main__":
    sys.exit(main())
