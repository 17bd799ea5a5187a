"""Checks for a centers directory document: every problem named in words a parent can act on.

Qt-free, and cheap enough for every start: the schema file is the one description of the
format, and the small interpreter below walks it (the keywords centers.schema.json uses,
nothing more), turning each failure into the sentence in the schema's "x-problem". A full
check, for imports, also runs the real jsonschema validator and checks every phone number with
phonenumbers; both are imported only then.
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from typing import Any

from companion.directory import phones
from companion.paths import resource_path

SCHEMA_NAME = "centers.schema.json"
SCHEMA_KEYWORDS = frozenset({
    "$schema", "$defs", "$ref", "title", "description", "x-problem", "type", "const", "enum",
    "pattern", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "required",
    "properties", "additionalProperties", "items", "allOf", "if", "then",
})  # fmt: skip
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "null": (type(None),),
}
_PLACES = {
    "phones": "phone",
    "other_sources": "other source",
    "notes": "note",
    "programs": "program",
}
_schema_cache: dict[str, Any] = {}


def load_schema() -> Any:
    if "schema" not in _schema_cache:
        text = resource_path(SCHEMA_NAME).read_text(encoding="utf-8")
        _schema_cache["schema"] = json.loads(text)
    return _schema_cache["schema"]


def _same(a: Any, b: Any) -> bool:
    """JSON equality: true is not 1, but 1.0 is."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers):
        return a == b
    return type(a) is type(b) and bool(a == b)


def _shape_problem(value: Any, schema: dict[str, Any]) -> str | None:
    """Why ``value`` fails ``schema``'s own keywords (not its children's), or None."""
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind or ())
    if kinds and (isinstance(value, bool) or not any(isinstance(value, _TYPES[k]) for k in kinds)):
        return f"must be a JSON {' or '.join(kinds)}"
    if "const" in schema and not _same(value, schema["const"]):
        return f"must be {json.dumps(schema['const'])}"
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        return "must be one of: " + ", ".join(map(str, schema["enum"]))
    if isinstance(value, str):
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)):
            return "has the wrong length"
        if "pattern" in schema and re.search(schema["pattern"], value) is None:
            return "is not written the expected way"
    if isinstance(value, list):
        if not schema.get("minItems", 0) <= len(value) <= schema.get("maxItems", len(value)):
            return "has too few or too many items"
        # Only scalars can repeat here: the one uniqueItems list holds enum strings.
        keys = [(isinstance(v, bool), v) for v in value if isinstance(v, str | int | float)]
        if schema.get("uniqueItems") and len(set(keys)) < len(keys):
            return "lists something twice"
    return None


def _walk(
    value: Any, schema: dict[str, Any], path: list[Any], out: list[tuple[list[Any], str]]
) -> None:
    if "$ref" in schema:
        _walk(value, load_schema()["$defs"][schema["$ref"].rsplit("/", 1)[1]], path, out)
    for part in schema.get("allOf", ()):
        _walk(value, part, path, out)
    problem = _shape_problem(value, schema)
    if problem is not None:
        out.append((path, schema.get("x-problem", problem)))
        return
    if "if" in schema and not _schema_errors(value, schema["if"]):
        _walk(value, schema["then"], path, out)
    if isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value:
                out.append(([*path, key], "is missing"))
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            for key in value:
                if key not in properties:
                    out.append(([*path, key], "is not a field this format knows"))
        for key, child in properties.items():
            if key in value:
                _walk(value[key], child, [*path, key], out)
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            _walk(item, schema["items"], [*path, index], out)


def _schema_errors(value: Any, schema: dict[str, Any]) -> list[tuple[list[Any], str]]:
    out: list[tuple[list[Any], str]] = []
    _walk(value, schema, [], out)
    return out


def _where(data: Any, path: list[Any]) -> str:
    """A path as a parent reads it: 'Center 2 ("CHOP"), phone 1, e164'."""
    if len(path) < 2 or path[0] != "centers" or not isinstance(path[1], int):
        return ", ".join(str(part) for part in path) or "The file"
    center = data["centers"][path[1]]
    name = center.get("name") if isinstance(center, dict) else None
    words = [
        f'Center {path[1] + 1} ("{_shown(name)}")'
        if isinstance(name, str)
        else f"Center {path[1] + 1}"
    ]
    for previous, part in itertools.pairwise(path[1:]):
        if isinstance(part, int):
            words[-1] = f"{_PLACES.get(str(previous), str(previous))} {part + 1}"
        else:
            words.append(_shown(str(part)))
    return ", ".join(words)


#: Control and direction-changing characters: never put into a message from a file.
_UNSAFE = re.compile("[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _shown(text: str) -> str:
    """Text from the file as a message may quote it: short, without unsafe characters."""
    return _UNSAFE.sub("\ufffd", text[:80])


def parse_page_date(value: str | None) -> tuple[date | None, str]:
    """ "2009-11" -> (2009-11-01, "month"); the precision says how much the page gave."""
    if value is None:
        return None, "day"
    parts = value.split("-")
    numbers = [int(part) for part in parts] + [1] * (3 - len(parts))
    return date(numbers[0], numbers[1], numbers[2]), ("year", "month", "day")[len(parts) - 1]


def _meaning_problems(data: dict[str, Any]) -> list[str]:
    """What a schema cannot say: real dates, unique ids, numbers and program claims tied to a
    source of the same center."""
    out: list[str] = []
    dates: list[tuple[list[Any], str]] = [(["updated"], data["updated"])]
    seen: set[str] = set()
    for index, center in enumerate(data["centers"]):
        here = ["centers", index]
        if center["id"] in seen:
            out.append(f"{_where(data, [*here, 'id'])}: is used by another center.")
        seen.add(center["id"])
        sources = [center["source"], *center.get("other_sources", ())]
        for n, source in enumerate(sources):
            place = here + (["source"] if n == 0 else ["other_sources", n - 1])
            dates += [
                ([*place, key], source[key])
                for key in ("page_date", "taken")
                if source.get(key) is not None
            ]
        names = [source["name"] for source in sources]
        if len(set(names)) < len(names):
            out.append(f"{_where(data, [*here, 'other_sources'])}: two sources share a name.")
        numbers = [phone["e164"] for phone in center["phones"]]
        if len(set(numbers)) < len(numbers):
            out.append(f"{_where(data, [*here, 'phones'])}: lists the same number twice.")
        for n, phone in enumerate(center["phones"]):
            if phone["source"] not in names:
                out.append(
                    f"{_where(data, [*here, 'phones', n, 'source'])}: must name one of this "
                    "center's sources (no phone number without a source)."
                )
        programs = [claim["program"] for claim in center["programs"]]
        if len(set(programs)) < len(programs):
            out.append(f"{_where(data, [*here, 'programs'])}: lists a program twice.")
        for n, claim in enumerate(center["programs"]):
            if claim["source"] not in names:
                out.append(
                    f"{_where(data, [*here, 'programs', n, 'source'])}: must name one of this "
                    "center's sources (no program claim without a source)."
                )
    for path, text in dates:
        try:
            parse_page_date(text)
        except ValueError:
            out.append(f"{_where(data, path)}: is not a real date.")
    return out


def check_structure(data: Any) -> list[str]:
    """Problems with the document's shape and meaning; cheap enough for every start."""
    errors = _schema_errors(data, load_schema())
    if errors:
        return [f"{_where(data, path)}: {message}." for path, message in errors[:100]]
    return _meaning_problems(data)


def _jsonschema_problems(data: Any) -> list[str]:
    import jsonschema

    problems = []
    for error in jsonschema.Draft202012Validator(load_schema()).iter_errors(data):
        schema = error.schema if isinstance(error.schema, dict) else {}
        message = schema.get("x-problem", error.message[:200])
        problems.append(f"{_where(data, list(error.absolute_path))}: {message}.")
    return problems[:100]


def _phone_problems(data: Any) -> list[str]:
    return [
        f"{_where(data, ['centers', index, 'phones', n, 'e164'])}: {phone['e164']} is not a "
        "valid phone number written in E.164 form (like +17349369814)."
        for index, center in enumerate(data["centers"])
        for n, phone in enumerate(center["phones"])
        if not phones.is_valid_e164(phone["e164"])
    ]


def find_problems(data: Any, *, full: bool = True) -> list[str]:
    """Every problem in a parsed directory document, each naming the center and the field.

    ``full`` adds the JSON Schema and a real check of every phone number (slower imports).
    """
    problems = check_structure(data)
    if problems or not full:
        return problems
    return _jsonschema_problems(data) or _phone_problems(data)
