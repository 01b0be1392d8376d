"""The claims file: load it, check every key, and hand on typed claims.

Validation walks the YAML node tree rather than the loaded data, so every
problem can name the line and column where the editor has to look, and all
problems are collected and shown at once.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from pathlib import Path

import yaml
import yaml.constructor
from yaml.constructor import SafeConstructor

from . import units, yamlsafe
from .errors import InputError, Problem
from .extract.dates import ISO_DAY_RE, as_date
from .inputs import MB, read_bytes
from .lexicon import en
from .model import (
    Accept,
    Claim,
    ClaimsFile,
    DateExpect,
    Entity,
    Expect,
    PeopleExpect,
    PersonExpect,
    QuantityExpect,
    Scope,
    TermExpect,
)

CLAIM_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_CLAIMS_BYTES = 5 * MB
MAX_AMOUNT = 1e30  # beyond any figure news reports, and far from where arithmetic on it overflows
MAX_WINDOW_DAYS = (dt.date.max - dt.date.min).days  # a scope window longer than the calendar says nothing


# --- loading -----------------------------------------------------------------

TOP_KEYS = ("version", "scope", "entities", "claims")
SCOPE_KEYS = ("event", "date", "window_days", "window_days_after")
ENTITY_KEYS = ("name", "aliases", "not_variants")
CLAIM_KEYS = ("id", "statement", "about", "exclude", "expect", "accept")
ACCEPT_KEYS = ("source", "reason")
KIND_KEYS = {
    "quantity": ("quantity", "unit", "tolerance"),
    "date": ("date",),
    "month": ("month",),
    "year": ("year",),
    "term": ("term", "supports", "conflicts"),
    "person": ("person", "role"),
    "people": ("people",),
}
EXPECT_KEYS = tuple(dict.fromkeys(k for keys in KIND_KEYS.values() for k in keys))


class _Checker:
    """Collects problems with their positions while reading the node tree."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self._constructor = SafeConstructor()

    def error(self, node: yaml.Node | None, message: str, hint: str | None = None) -> None:
        line, col = _mark(node)
        self.problems.append(Problem(self.path, line, col, message, hint))

    def warn(self, node: yaml.Node | None, message: str, hint: str | None = None) -> None:
        line, col = _mark(node)
        self.warnings.append(Problem(self.path, line, col, message, hint))

    def value(self, node: yaml.Node):
        """The Python value of a node; a scalar YAML cannot construct (2021-13-45) stays text."""
        try:
            return self._constructor.construct_object(node, deep=True)
        except (ValueError, OverflowError, yaml.constructor.ConstructorError):
            return node.value if isinstance(node, yaml.ScalarNode) else None

    def mapping(self, node: yaml.Node, what: str, allowed: tuple[str, ...]) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The keys of a mapping node; unknown keys are errors, x- keys are skipped."""
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{what} must be a mapping of keys to values")
            return {}
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.error(key_node, f"{what}: keys must be plain words")
                continue
            if key.startswith("x-"):
                continue
            if key in out:
                self.error(key_node, f"{what}: key '{key}' is given twice")
                continue
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(allowed)
                self.error(key_node, f"{what}: unknown key '{key}'", hint)
                continue
            out[key] = (key_node, value_node)
        return out

    def text(self, node: yaml.Node, what: str) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith((":str", ":int", ":float")):
            value = str(node.value).strip()
            if value:
                return value
        self.error(node, f"{what} must be non-empty text")
        return None

    def words(self, node: yaml.Node, what: str, may_be_empty: bool = False) -> tuple[str, ...]:
        """A list of phrases; a single phrase is accepted as a list of one. A list that only adds
        names or rules some out (aliases, not_variants, exclude) may be empty, as an editor's
        placeholder: with no phrase it changes nothing."""
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        if isinstance(node, yaml.SequenceNode) and not items and not may_be_empty:
            self.error(node, f"{what} is an empty list", "give at least one phrase or remove the key")
        out = []
        for item in items:
            value = self.text(item, f"{what} items")
            if value is not None:
                out.append(value)
        return tuple(out)


def _mark(node: yaml.Node | None) -> tuple[int | None, int | None]:
    if node is None:
        return None, None
    return node.start_mark.line + 1, node.start_mark.column + 1


def load_claims(path: str | Path) -> ClaimsFile:
    """Read and validate a claims file; raise InputError listing every problem."""
    path = Path(path)
    shown = str(path)
    missing = Problem(
        shown, None, None, "claims file not found", "run in a folder with claims.yaml or pass --claims FILE"
    )
    raw = read_bytes(path, "claims file", MAX_CLAIMS_BYTES, missing)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return parse_claims(raw.decode("utf-16"), shown)
    if b"\x00" in raw:
        raise InputError(
            Problem(
                shown,
                None,
                None,
                "not UTF-8 text: it contains NUL bytes (is it UTF-16 without a byte-order mark?)",
                "save the file as UTF-8",
            )
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            Problem(shown, None, None, f"not UTF-8 text (byte {exc.start})", "save the file as UTF-8")
        ) from None
    return parse_claims(text, shown)


def parse_claims(text: str, path: str = "claims.yaml") -> ClaimsFile:
    root = yamlsafe.compose(text, path)
    yamlsafe.check_size(root, path)
    if root is None:
        raise InputError(Problem(path, None, None, "the claims file is empty", "see the claims format in the README"))
    check = _Checker(path)
    try:
        result = _read_root(check, root)
    except RecursionError:
        raise InputError(Problem(path, None, None, "the YAML document is nested too deeply")) from None
    if check.problems:
        raise InputError(sorted(check.problems, key=lambda p: (p.line or 0, p.column or 0)))
    return result


def _read_root(check: _Checker, root: yaml.Node) -> ClaimsFile:
    top = check.mapping(root, "claims file", TOP_KEYS)
    version = 1
    if "version" in top:
        _key, node = top["version"]
        value = check.value(node)
        if isinstance(value, bool) or value != 1:
            check.error(node, f"unsupported version {_shown(value)}", "this crosscheck reads version: 1")
    scope = _read_scope(check, top["scope"][1]) if "scope" in top else None
    entities = _read_entities(check, top["entities"][1]) if "entities" in top else {}
    if "claims" not in top:
        check.error(root, "no 'claims' list", "add claims: with at least one claim")
        claims: tuple[Claim, ...] = ()
    else:
        claims = _read_claims(check, top["claims"][1], entities)
    return ClaimsFile(check.path, claims, entities, scope, version, tuple(check.warnings))


def _read_scope(check: _Checker, node: yaml.Node) -> Scope:
    keys = check.mapping(node, "scope", SCOPE_KEYS)
    event = check.text(keys["event"][1], "scope.event") if "event" in keys else None
    date = None
    if "date" in keys:
        date = _as_date(check, keys["date"][1], "scope.date")
    windows: dict[str, int | None] = {"window_days": None, "window_days_after": None}
    for name in windows:
        if name in keys:
            value = check.value(keys[name][1])
            if keys[name][1].tag.endswith(":int") and (isinstance(value, str) or value > MAX_WINDOW_DAYS):
                check.error(
                    keys[name][1],
                    f"scope.{name} {_shown(value)} is longer than the calendar",
                    f"write at most {MAX_WINDOW_DAYS} days",
                )
            elif isinstance(value, bool) or not isinstance(value, int) or value < 0:
                check.error(keys[name][1], f"scope.{name} must be a whole number of days, 0 or more")
            else:
                windows[name] = value
    if "date" not in keys and (windows["window_days"] is not None or windows["window_days_after"] is not None):
        check.error(node, "scope has a window but no date", "add date: YYYY-MM-DD")
    return Scope(event, date, windows["window_days"], windows["window_days_after"])


def _as_date(check: _Checker, node: yaml.Node, what: str) -> dt.date | None:
    value = check.value(node)
    date = as_date(value) if not (isinstance(value, str) and len(value.strip()) != 10) else None
    if date is None and isinstance(value, str) and ISO_DAY_RE.fullmatch(value.strip()):
        check.error(node, f"{what} {value!r} is no day of the calendar", "check the month and the day")
    elif date is None:
        check.error(node, f"{what} must be a date written YYYY-MM-DD, got {value!r}")
    return date


def _read_entities(check: _Checker, node: yaml.Node) -> dict[str, Entity]:
    if not isinstance(node, yaml.MappingNode):
        check.error(node, "entities must map ids to {name, aliases}")
        return {}
    out: dict[str, Entity] = {}
    for key_node, value_node in node.value:
        eid = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(eid, str) or not eid:
            check.error(key_node, "entity ids must be plain words")
            continue
        if eid.startswith("x-"):
            continue
        if eid in out:
            check.error(key_node, f"entity '{eid}' is defined twice")
            continue
        if isinstance(value_node, yaml.ScalarNode):
            name = check.text(value_node, f"entities.{eid}")
            if name:
                out[eid] = Entity(eid, name)
            continue
        keys = check.mapping(value_node, f"entities.{eid}", ENTITY_KEYS)
        if "name" not in keys:
            check.error(value_node, f"entity '{eid}' has no name", "add name: the full name as articles write it")
            continue
        name = check.text(keys["name"][1], f"entities.{eid}.name")
        aliases = (
            check.words(keys["aliases"][1], f"entities.{eid}.aliases", may_be_empty=True) if "aliases" in keys else ()
        )
        not_variants = (
            check.words(keys["not_variants"][1], f"entities.{eid}.not_variants", may_be_empty=True)
            if "not_variants" in keys
            else ()
        )
        if name:
            out[eid] = Entity(eid, name, aliases, not_variants)
    return out


def _read_claims(check: _Checker, node: yaml.Node, entities: dict[str, Entity]) -> tuple[Claim, ...]:
    if not isinstance(node, yaml.SequenceNode):
        check.error(node, "claims must be a list (each item starting with '- id: ...')")
        return ()
    if not node.value:
        check.error(node, "claims is an empty list", "add at least one claim")
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for item in node.value:
        claim = _read_claim(check, item, entities)
        if claim is None:
            continue
        if claim.id in seen:
            check.error(
                item,
                f"claim id '{claim.id}' is used twice (first on line {seen[claim.id]})",
                "give each claim its own id",
            )
            continue
        seen[claim.id] = claim.line
        claims.append(claim)
    return tuple(claims)


def _read_claim(check: _Checker, node: yaml.Node, entities: dict[str, Entity]) -> Claim | None:
    keys = check.mapping(node, "claim", CLAIM_KEYS)
    if not keys:
        return None
    ok = True
    for required in ("id", "about", "expect"):
        if required not in keys:
            check.error(node, f"claim has no '{required}'")
            ok = False
    cid = check.text(keys["id"][1], "claim id") if "id" in keys else None
    if cid is not None and not CLAIM_ID_RE.match(cid):
        check.error(
            keys["id"][1], f"claim id '{cid}' must be lowercase letters, digits and dashes", "for example: merida-age"
        )
        cid = None
    label = f"claim '{cid}'" if cid else "claim"
    statement = ""
    if "statement" in keys:
        statement = check.text(keys["statement"][1], f"{label} statement") or ""
    about = check.words(keys["about"][1], f"{label} about") if "about" in keys else ()
    for phrase, item in zip(about, _items(keys["about"][1]) if "about" in keys else []):
        if phrase not in entities and re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", phrase):
            close = difflib.get_close_matches(phrase, list(entities), n=1, cutoff=0.75)
            if close:
                check.warn(
                    item,
                    f"{label} about '{phrase}' is not an entity id; it is matched as a phrase",
                    f"did you mean the entity '{close[0]}'?",
                )
    exclude = check.words(keys["exclude"][1], f"{label} exclude", may_be_empty=True) if "exclude" in keys else ()
    topic = {
        _folded(name) for phrase in about for name in (entities[phrase].names if phrase in entities else (phrase,))
    }
    for phrase, item in zip(exclude, _items(keys["exclude"][1]) if "exclude" in keys else []):
        if _folded(phrase) in topic:
            check.error(
                item,
                f"{label} exclude '{phrase}' is also what the claim is about: it would rule out every mention",
                "exclude only the phrases of another topic",
            )
    expect = _read_expect(check, keys["expect"][1], label, entities) if "expect" in keys else None
    accept = _read_accept(check, keys["accept"][1], label) if "accept" in keys else ()
    if not ok or cid is None or expect is None:
        return None
    return Claim(cid, statement or cid, about, expect, exclude, node.start_mark.line + 1, accept)


def _read_accept(check: _Checker, node: yaml.Node, label: str) -> tuple[Accept, ...]:
    if not isinstance(node, yaml.SequenceNode):
        check.error(node, f"{label} accept must be a list of {{source: …, reason: …}}")
        return ()
    out = []
    for item in node.value:
        keys = check.mapping(item, f"{label} accept", ACCEPT_KEYS)
        missing = [k for k in ACCEPT_KEYS if k not in keys]
        if missing:
            check.error(
                item,
                f"{label} accept needs {' and '.join(missing)}",
                "for example: {source: 001.txt, reason: the outlet corrected it}",
            )
            continue
        source = check.text(keys["source"][1], f"{label} accept source")
        reason = check.text(keys["reason"][1], f"{label} accept reason")
        if source and reason:
            out.append(Accept(source, reason))
    return tuple(out)


def _folded(phrase: str) -> str:
    """A phrase as two lists are compared: case and spacing are not a difference."""
    return " ".join(phrase.casefold().split())


def _items(node: yaml.Node) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else [node]


def _read_expect(check: _Checker, node: yaml.Node, label: str, entities: dict[str, Entity]) -> Expect | None:
    keys = check.mapping(node, f"{label} expect", EXPECT_KEYS)
    if not isinstance(node, yaml.MappingNode):
        return None
    kinds = [k for k in ("quantity", "date", "month", "year", "term", "person", "people") if k in keys]
    if not kinds:
        check.error(
            node, f"{label} expect names no kind", "use one of quantity, date, month, year, term, person, people"
        )
        return None
    if len(kinds) > 1:
        check.error(
            keys[kinds[1]][0],
            f"{label} expect has two kinds: {kinds[0]} and {kinds[1]}",
            "a claim states one fact; split it into two claims",
        )
        return None
    kind = kinds[0]
    for key, (key_node, _) in keys.items():
        if key not in KIND_KEYS[kind]:
            check.error(
                key_node, f"{label}: '{key}' does not go with {kind}", f"{kind} takes: " + ", ".join(KIND_KEYS[kind])
            )
    value_node = keys[kind][1]
    if kind == "quantity":
        return _read_quantity(check, keys, label)
    if kind in ("date", "month", "year"):
        return _read_date(check, value_node, kind, label)
    if kind == "term":
        term = check.text(value_node, f"{label} term")
        supports = check.words(keys["supports"][1], f"{label} supports") if "supports" in keys else ()
        conflicts = check.words(keys["conflicts"][1], f"{label} conflicts") if "conflicts" in keys else ()
        agreeing = {_folded(word) for word in (*supports, term or "")}
        for word, item in zip(conflicts, _items(keys["conflicts"][1]) if "conflicts" in keys else []):
            if _folded(word) in agreeing:
                check.error(
                    item,
                    f"{label}: '{word}' is both a word that supports the claim and one that conflicts with it",
                    "keep it in one list",
                )
        return TermExpect(term, supports, conflicts) if term else None
    if kind == "person":
        person = check.text(value_node, f"{label} person")
        if person and person not in entities:
            _unknown_entity(check, value_node, label, person, entities)
            return None
        role = check.words(keys["role"][1], f"{label} role") if "role" in keys else ()
        return PersonExpect(person, role) if person else None
    people = check.words(value_node, f"{label} people")
    bad = False
    seen: set[str] = set()
    for pid, item in zip(people, _items(value_node)):
        if pid in seen:
            check.warn(item, f"{label} people names '{pid}' twice", "it is counted once; remove the repeat")
        seen.add(pid)
        if pid not in entities:
            _unknown_entity(check, item, label, pid, entities)
            bad = True
    return None if bad or not people else PeopleExpect(people)


def _unknown_entity(check: _Checker, node: yaml.Node, label: str, eid: str, entities: dict[str, Entity]) -> None:
    close = difflib.get_close_matches(eid, list(entities), n=1)
    hint = f"did you mean '{close[0]}'?" if close else "add it under entities: with its name and aliases"
    check.error(node, f"{label} names '{eid}', which is not an entity id", hint)


def _shown(value: object, limit: int = 40) -> str:
    """A value as an error message quotes it: a 5,000-digit number is cut, not printed whole."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = _digits(value)
    else:
        text = value if isinstance(value, str) and value.isdigit() else repr(value)
    return text if len(text) <= limit else f"{text[: limit - 12]}… ({len(text)} characters)"


def _digits(value: int) -> str:
    try:
        return str(value)
    except ValueError:  # longer than Python will print
        return "a number of more than 4,000 digits"


def parse_amount(value: object) -> float | None:
    """A claims-file amount: 13, "3,150", "3.3 billion", "3e9"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return float(value)
        except OverflowError:  # a 400-digit integer: out of range, said as such by the caller
            return math.inf
    if not isinstance(value, str):
        return None
    m = re.fullmatch(r"\s*([-+]?\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*([A-Za-z]+)?\s*", value)
    if not m:
        return None
    try:
        number = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    scale = m.group(2)
    if scale:
        if scale.lower() not in en.SCALES:
            return None
        number *= en.SCALES[scale.lower()]
    return number


def _read_quantity(check: _Checker, keys: dict, label: str) -> QuantityExpect | None:
    node = keys["quantity"][1]
    raw = check.value(node)
    value = parse_amount(raw)
    if value is None:
        check.error(node, f"{label} quantity {_shown(raw)} is not a number", 'write 13, 3150, "3.3 billion" or "3e9"')
    elif not abs(value) <= MAX_AMOUNT:  # also NaN
        check.error(node, f"{label} quantity {_shown(raw)} is out of range", f"write a number up to {MAX_AMOUNT:g}")
        value = None
    unit = None
    if "unit" in keys:
        unit_node = keys["unit"][1]
        name = check.text(unit_node, f"{label} unit")
        if name:
            unit = units.lookup(name)
            if unit is None:
                check.error(
                    unit_node, f"{label} unit '{name}' is not a unit crosscheck knows", units.unknown_unit_hint(name)
                )
                return None
    tolerance = tolerance_percent = None
    if "tolerance" in keys:
        tol_node = keys["tolerance"][1]
        tol = check.value(tol_node)
        if isinstance(tol, str) and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*%\s*", tol):
            tolerance_percent = float(tol.strip().rstrip("%"))
        elif isinstance(tol, (int, float)) and not isinstance(tol, bool) and 0 <= tol <= MAX_AMOUNT:
            tolerance = float(tol)
        else:
            check.error(
                tol_node,
                f"{label} tolerance {_shown(tol)} is not valid",
                'write a number in the claim\'s unit (2) or a percentage ("5%")',
            )
    if value is None:
        return None
    text = _format_amount(value) + (f" {unit.name}" if unit else "")
    if unit is not None and unit.name in ("year", "day", "mile") and value != 1:
        text += "s"
    return QuantityExpect(value, unit, tolerance, tolerance_percent, text)


def _format_amount(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


def _read_date(check: _Checker, node: yaml.Node, kind: str, label: str) -> DateExpect | None:
    value = check.value(node)
    if kind == "date":
        date = _as_date(check, node, f"{label} date")
        return DateExpect(date, "day", f"{date.day} {date:%B %Y}") if date else None
    if kind == "month":
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", str(value).strip())
        if m and 1 <= int(m.group(2)) <= 12:
            date = dt.date(int(m.group(1)), int(m.group(2)), 1)
            return DateExpect(date, "month", f"{date:%B %Y}")
        check.error(node, f"{label} month must be written YYYY-MM, got {value!r}")
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        return DateExpect(dt.date(value, 1, 1), "year", str(value))
    check.error(node, f"{label} year must be a year such as 2008, got {value!r}")
    return None
