"""YAML from editors and from articles, read safely and within bounds.

Only PyYAML's safe loader is used, and a document is refused before it is
built when walking it would visit too many nodes: an alias bomb ("billion
laughs") shares nodes, so it is small to parse but enormous to expand.
"""

from __future__ import annotations

import yaml
from yaml.constructor import SafeConstructor

from .errors import InputError, Problem

MAX_NODES = 100_000
STANDARD = "tag:yaml.org,2002:"
PLAIN_TAGS = frozenset(STANDARD + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))
MAX_DEPTH = 100
UNCLOSED = ("flow sequence", "flow mapping", "quoted scalar")  # PyYAML's words for what was opened
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML was built with it: 10x faster


def compose(text: str, path: str, first_line: int = 1, what: str = "YAML") -> yaml.Node | None:
    """The node tree of `text`; syntax errors name the line and column (offset by first_line)."""
    try:
        try:
            return yaml.compose(text, Loader=_LOADER)
        except yaml.YAMLError:  # rare: PyYAML's own parser places the error more helpfully
            return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + first_line, mark.column + 1) if mark else (None, None)
        hint = "check indentation, colons and quotes on that line"
        opened = exc.context_mark
        if opened and mark and opened.line != mark.line and any(w in (exc.context or "") for w in UNCLOSED):
            # a bracket or quote left open is found where the parser gives up, often at the end of
            # the file: the place it was opened is the one to look at
            at = f"line {opened.line + first_line}, column {opened.column + 1}"
            hint = f"a bracket or quote opened at {at} may not be closed"
        raise InputError(Problem(path, line, col, f"{what} syntax error: {exc.problem or exc.context}", hint)) from None
    except yaml.YAMLError as exc:
        raise InputError(Problem(path, first_line, None, f"{what} error: {exc}")) from None
    except RecursionError:
        raise InputError(Problem(path, first_line, None, f"the {what} is nested too deeply")) from None


def check_size(node: yaml.Node | None, path: str, first_line: int = 1) -> None:
    """Refuse a document whose expansion would visit more than MAX_NODES nodes,
    or that nests deeper than MAX_DEPTH (building it would exhaust Python's stack)."""
    budget = MAX_NODES
    stack = [(node, 1)] if node is not None else []
    while stack:
        n, depth = stack.pop()
        budget -= 1
        if budget < 0:
            raise InputError(
                Problem(
                    path,
                    None,
                    None,
                    "the YAML document is too large or uses too many aliases",
                    "write it out without anchors and aliases",
                )
            )
        if depth > MAX_DEPTH:
            mark = n.start_mark
            raise InputError(
                Problem(
                    path,
                    mark.line + first_line,
                    mark.column + 1,
                    "the YAML document is nested too deeply",
                    f"keep it under {MAX_DEPTH} levels",
                )
            )
        if n.tag not in PLAIN_TAGS and n.tag != STANDARD + "merge":
            mark = n.start_mark
            shown = "!!" + n.tag[len(STANDARD) :] if n.tag.startswith(STANDARD) else n.tag
            raise InputError(
                Problem(
                    path,
                    mark.line + first_line,
                    mark.column + 1,
                    f"the YAML tag {shown} is not allowed",
                    "remove it: crosscheck reads plain text, numbers, dates, lists and mappings",
                )
            )
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.extend(((k, depth + 1), (v, depth + 1)))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend((v, depth + 1) for v in n.value)


def construct(node: yaml.Node):
    """The Python value of a checked node."""
    return SafeConstructor().construct_document(node)


def load(text: str, path: str, first_line: int = 1, what: str = "YAML"):
    node = compose(text, path, first_line, what)
    if node is None:
        return None
    check_size(node, path, first_line)
    try:
        return construct(node)
    except (ValueError, OverflowError, yaml.constructor.ConstructorError) as exc:
        bad = _unreadable(node) or node
        mark = bad.start_mark
        value = f" {bad.value!r}" if isinstance(bad, yaml.ScalarNode) else ""
        raise InputError(
            Problem(
                path,
                mark.line + first_line,
                mark.column + 1,
                f"{what} value{value} cannot be read: {exc}",
                "quote it to keep it as text, or write a date as YYYY-MM-DD",
            )
        ) from None


def _unreadable(node: yaml.Node | None) -> yaml.Node | None:
    """The scalar that cannot be built (a date such as 2021-13-45), to say where it is."""
    stack = [node] if node is not None else []
    constructor = SafeConstructor()
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.MappingNode):
            stack.extend(v for pair in reversed(n.value) for v in reversed(pair))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(reversed(n.value))
        else:
            try:
                constructor.construct_object(n)
            except (ValueError, OverflowError, yaml.constructor.ConstructorError):
                return n
    return None
