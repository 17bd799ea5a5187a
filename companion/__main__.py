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
        "--size",
        metavar="WxH",
        type=_size,
        help="with --screenshots: the window size, e.g. 1024x600 (default 1280x820)",
    )
    parser.add_argument(
        "--text-scale",
        metavar="PERCENT",
        type=_percent,
        help="with --screenshots: the text size in percent, e.g. 200 (default 100)",
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


def _size(text: str) -> tuple[int, int]:
    """``1024x600`` as (1024, 600); anything else is refused with a plain message."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError("write the size as WIDTHxHEIGHT, e.g. 1024x600")
    size = (int(width), int(height))
    if not all(200 <= side <= 10000 for side in size):
        raise argparse.ArgumentTypeError("each side must be between 200 and 10000 pixels")
    return size


def _percent(text: str) -> int:
    if not text.isdigit() or not 50 <= int(text) <= 400:
        raise argparse.ArgumentTypeError("write the text size as a percent, e.g. 200")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    options = build_parser().parse_args(argv)
    from companion import app

    return app.run(options, started=_STARTED)


if __name__ == "__main__":
    sys.exit(main())
