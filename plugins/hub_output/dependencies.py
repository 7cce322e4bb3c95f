"""What a page read while it rendered: the names its templates resolved, the content it opened.

While `reading(base)` is active (one page's `template.render`), two things record into a `Reads`:

- `RecordingContext`, set as the `context_class` of every generator's Jinja environment, records
  each name a template resolves (`resolve_or_missing`, which `context.get` and the compiled
  templates both go through) when the value is the page's own (the same object as in the page's
  variables or the template's globals, or missing from both). A name a template set itself
  (`{% set %}`, a name passed to an include) is computed from other reads and is not recorded.
- Content objects (Article, Page, Static) of the build are switched to a tracked subclass
  (`track(objects)`, once the context is complete), whose `__getattribute__` records the object
  when anything reads one of its attributes during a render: a template, a filter, a macro,
  Pelican's own `content` property (`objects`). It also records how much of the item the render
  read: its body (`body`: `content`, `_content`, `get_content`, `__dict__`, or any
  attribute worked out from `_content`), its summary made from the body (`summaries`: `summary`
  without a summary in the metadata), or only the rest (its head: title, address, dates…). What an
  attribute reads of its own item while it is worked out is part of its value (`content` reading
  `_content`); what it reads of another item is read by the page (the linked items' addresses).

Outside a render the recording costs one `ContextVar.get()` per attribute read. The current
`Reads` lives in a ContextVar (not module state: each render sets and resets it).
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from typing import Any

from jinja2.runtime import Context, missing
from pelican.contents import Article, Content, Page, Static

READS: contextvars.ContextVar[Reads | None] = contextvars.ContextVar("hub_output_reads", default=None)
ABSENT = object()  # a name neither in the page's variables nor in the template's globals


class Reads:
    """One page's reads: names (name -> value) and content objects (id -> object)."""

    def __init__(self, variables: Mapping, template_globals: Mapping):
        self.variables = variables
        self.template_globals = template_globals
        self.names: dict[str, Any] = {}
        self.objects: dict[int, Content] = {}  # every item read, by the render or to work out another's attribute
        self.body: set[int] = set()  # of those, the items whose body was read
        self.summaries: set[int] = set()  # the items whose summary made from the body was read
        self.within: Content | None = None  # the item whose attribute is being read
        self.reading = ""  # and that attribute

    def base_value(self, name: str) -> Any:
        """What `name` is for the page before any template code runs."""
        if name in self.variables:
            return self.variables[name]
        if name in self.template_globals:
            return self.template_globals[name]
        return ABSENT

    def name(self, name: str, value: Any) -> None:
        if name in self.names:
            return
        base = self.base_value(name)
        if base is ABSENT and value is missing:
            self.names[name] = ABSENT
        elif base is value:
            self.names[name] = value


class RecordingContext(Context):
    """A Jinja context that tells the page's `Reads` which names its template resolved."""

    def resolve_or_missing(self, key: str) -> Any:
        value = super().resolve_or_missing(key)
        reads = READS.get()
        if reads is not None:
            reads.name(key, value)
        return value


@contextmanager
def reading(variables: Mapping, template_globals: Mapping):
    """Record what the code in the `with` block reads; yields the `Reads`."""
    reads = Reads(variables, template_globals)
    token = READS.set(reads)
    try:
        yield reads
    finally:
        READS.reset(token)


@contextmanager
def paused():
    """Read without recording (a fingerprint taken during a render)."""
    token = READS.set(None)
    try:
        yield
    finally:
        READS.reset(token)


BODY = frozenset({"_content", "content", "get_content", "_get_content", "__dict__"})  # what shows the body
SUMMARY = frozenset({"summary", "get_summary"})  # the body's first words, unless the metadata has a summary


def _getattribute(self, name: str) -> Any:
    reads = READS.get()
    if reads is None:
        return object.__getattribute__(self, name)
    number = id(self)
    reads.objects[number] = self
    within = reads.within
    if within is self:  # read while one of its attributes is worked out: part of that one's value
        if name in BODY and reads.reading not in SUMMARY:  # a summary is made from the body: counted as one
            reads.body.add(number)
        return object.__getattribute__(self, name)
    if name in BODY:
        reads.body.add(number)
    elif name in SUMMARY and "summary" not in (object.__getattribute__(self, "__dict__").get("metadata") or {}):
        reads.summaries.add(number)
    if within is not None:
        return object.__getattribute__(self, name)
    reads.within, reads.reading = self, name
    try:
        return object.__getattribute__(self, name)
    finally:
        reads.within = None


def _setattr(self, name: str, value: Any) -> None:
    object.__setattr__(self, name, value)
    item_changed(self)


def _delattr(self, name: str) -> None:
    object.__delattr__(self, name)
    item_changed(self)


CHANGES = [0]  # how many times an item changed: what was decided from the items' fingerprints before is to decide again


def item_changed(obj: Any) -> None:
    """The item changed: its kept fingerprints are dropped (taken again when asked for)."""
    object.__getattribute__(obj, "__dict__").pop(FINGERPRINT, None)
    CHANGES[0] += 1


def _reduce_ex(self, protocol):
    """Pickled as the plain Pelican class (the content cache), without the fingerprint."""
    state = {k: v for k, v in object.__getattribute__(self, "__dict__").items() if k != FINGERPRINT}
    return (_rebuild, (TRACKED_BASE[type(self)], state))


FINGERPRINT = "_hub_output_fingerprint"  # the object's own fingerprint, kept in its __dict__ for the build


def _rebuild(cls, state):
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    return obj


def tracked_class(base: type) -> type:
    """`base` with a recording `__getattribute__` (a direct subclass: a mixin would change the
    object layout, and `obj.__class__ = ...` refuses that)."""
    methods = {"__getattribute__": _getattribute, "__setattr__": _setattr, "__delattr__": _delattr,
               "__reduce_ex__": _reduce_ex, "__module__": __name__, "__doc__": base.__doc__}
    return type(base.__name__, (base,), methods)


TrackedArticle, TrackedPage, TrackedStatic = (tracked_class(c) for c in (Article, Page, Static))
TRACKED = {Article: TrackedArticle, Page: TrackedPage, Static: TrackedStatic}
TRACKED_BASE = {tracked: base for base, tracked in TRACKED.items()}


def track(objects: Iterable[Content]) -> None:
    """Switch the build's content objects to their recording class (the others stay as they are:
    a page that reads one is always rebuilt, as `fingerprint` refuses what it cannot name)."""
    for obj in objects:
        tracked = TRACKED.get(type(obj))
        if tracked is not None:
            obj.__class__ = tracked


def is_tracked(obj: Any) -> bool:
    return type(obj) in TRACKED_BASE
