"""The header of a content file: split a Markdown file into YAML front matter and body, and load the YAML
without YAML 1.1's implicit typing.

Only null is resolved implicitly; every other plain scalar stays the text the
editor wrote, and the content model decides its type. So `18:00` is not 1080,
`no` is not False, `NO` (Norway) stays "NO" and `2026-12-04 09:00` is not taken
as UTC. Line numbers of every key are kept for error messages.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml

from . import limits, yaml_errors
from .problems import label
from .shapes import KeyPath, Lines, YamlProblem

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LimitError(yaml.MarkedYAMLError):
    """YAML refused before any node is built: an anchor, an alias, too deep, too big."""


class TextLoader(_BaseLoader):  # type: ignore[valid-type,misc]  # CSafeLoader when PyYAML has it, else SafeLoader
    """Safe loader that resolves nothing implicitly but null, within limits.py's limits.

    Before composing, one pass over the parser's events refuses anchors, so
    that no alias can expand (a 478-byte alias bomb would grow into gigabytes), nesting deeper
    than MAX_YAML_DEPTH and documents of more than MAX_YAML_EVENTS events;
    memory stays that of the events, one at a time.
    """

    yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}

    def __init__(self, stream: str) -> None:
        _refuse_unbounded(stream)
        super().__init__(stream)


def _refuse_unbounded(text: str) -> None:
    depth = 0
    for count, event in enumerate(yaml.parse(text, Loader=_BaseLoader)):
        if getattr(event, "anchor", None) and not isinstance(event, yaml.AliasEvent):
            # An alias needs an anchor: refusing every anchor refuses every expansion;
            # an alias without one is the composer's "undefined alias".
            raise LimitError(problem=yaml_errors.ANCHOR_PROBLEM, problem_mark=event.start_mark)  # type: ignore[arg-type]  # the C loader's Mark
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limits.MAX_YAML_DEPTH:
                raise LimitError(problem=yaml_errors.DEPTH_PROBLEM, problem_mark=event.start_mark)  # type: ignore[arg-type]
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if count > limits.MAX_YAML_EVENTS:
            raise LimitError(problem=yaml_errors.SIZE_PROBLEM, problem_mark=event.start_mark)  # type: ignore[arg-type]


TextLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null",
    re.compile(r"^(?:~|null|Null|NULL|)$"),
    ["~", "n", "N", ""],
)

DELIMITER = re.compile(r"^(---|\.\.\.)[ \t]*$")

@dataclass
class FrontMatter:
    """The parsed header of one file."""

    data: dict[str, object] = field(default_factory=dict)  # the YAML as written (text, lists, mappings)
    lines: Lines = field(default_factory=dict)  # key path tuple -> file line
    body: str = ""
    body_line: int = 1  # file line where the body starts
    problems: list[YamlProblem] = field(default_factory=list)  # (line, code, params)

    def line_of(self, path: Iterable[str | int]) -> int:
        """The file line of a key path, or of its nearest written parent."""
        return line_of(self.lines, path)


def line_of(lines: Lines, path: Iterable[str | int]) -> int:
    """The file line of a key path in `lines`, or of its nearest written parent (else 1)."""
    keypath = tuple(path)
    while keypath:
        if keypath in lines:
            return lines[keypath]
        keypath = keypath[:-1]
    return 1


def split(text: str) -> tuple[str, str, int]:
    """Return (yaml_text, body, body_line) or raise ValueError(code)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ValueError("no_front_matter")
    for index in range(1, len(lines)):
        if DELIMITER.match(lines[index].rstrip("\r\n")):
            yaml_text = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            return yaml_text, body, index + 2
    raise ValueError("unclosed_front_matter")


def parse(text: str) -> FrontMatter:
    """Parse a whole file's text into a FrontMatter, never raising."""
    result = FrontMatter()
    try:
        yaml_text, result.body, result.body_line = split(text)
    except ValueError as error:
        result.problems.append((1, str(error), {}))
        return result
    data, result.lines, result.problems = load_yaml(yaml_text, first_line=2)
    if data is None:
        return result
    if not isinstance(data, dict):
        result.problems.append((2, "not_a_mapping", {}))
        return result
    result.data = data
    return result


def load_yaml(yaml_text: str, first_line: int = 1) -> tuple[object, Lines, list[YamlProblem]]:
    """(data, lines, problems) for a YAML text starting at file line `first_line`.

    `lines` maps key paths (`("venue", "city")`, `(2, "name")`) to file lines;
    problems are `(line, code, params)`. Never raises.
    """
    lines: Lines = {}
    problems: list[YamlProblem] = []
    try:
        loader = TextLoader(yaml_text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, lines, problems
            _walk(node, (), first_line, lines, problems)
            return loader.construct_document(node), lines, problems
        finally:
            loader.dispose()
    except yaml.YAMLError as error:  # said where the editor must look, in their language
        index, params = yaml_errors.explain(error, yaml_text)
        problems.append((index + first_line, "yaml_syntax", params))
    return None, lines, problems


def _walk(node: yaml.Node, path: KeyPath, first_line: int, lines: Lines, problems: list[YamlProblem]) -> None:
    """Record the line of every key and report keys written twice."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key = key_node.value
            line = key_node.start_mark.line + first_line
            if key in seen:
                problems.append((line, "duplicate_key", {"first": seen[key], "key": label(path + (key,))}))
            else:
                seen[key] = line
            lines[path + (key,)] = line
            _walk(value_node, path + (key,), first_line, lines, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[path + (index,)] = item.start_mark.line + first_line
            _walk(item, path + (index,), first_line, lines, problems)
