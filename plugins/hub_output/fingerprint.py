"""Fingerprints: a short, stable digest of a value, the same in every process for the same data.

`fingerprint(value, identity)` hashes plain data deeply (str, bytes, numbers, None, dates and
times with their zone, Decimal, Markup, lists, tuples, dicts and sets in sorted order,
dataclasses, enums, paths, Pelican's URLWrappers by class, name and slug, Jinja's `Undefined`,
and objects of our own plugins' classes through their attributes, but those their class names in
`FINGERPRINT_IGNORES`: caches of what the others determine). A Pelican content object
(Article, Page, Static) inside the value counts by identity only: `identity(obj)` returns its
stable name (its source path), or None for one the build does not know. Anything else (a file
handle, another library's object, a content object without identity) raises
`Unfingerprintable`: what depends on it is always rebuilt. A value met again on its own path (two
objects that are each other's translations) is written as a reference to where it was met. A
dataclass or plugin object is written as the digest of its own text (kept in `memo` by id: many
items hold the same calendars and places), unless it is part of a cycle. A plugin class whose
objects point to each other (calendar links that are each other's translations) can say what to
hash instead of its attributes, without the cycle: `fingerprint_state()`, plain data of all that
pages can read through it.

`lenient=True` (the settings' fingerprint) names such objects by their class instead of refusing
them: the settings come from `pelicanconf.py`, whose code is fingerprinted anyway.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import os
import types
from collections.abc import Callable
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from jinja2.runtime import Undefined
from pelican.contents import Content
from pelican.urlwrappers import URLWrapper

MAX_DEPTH = 60  # deeper than any data the build holds: something to rebuild always
OWN_MODULES = ("hub_",)  # classes whose state is all in their attributes (the code is fingerprinted)


SCALARS = frozenset({type(None), bool, int, float, complex, Decimal, bytes, dt.datetime, dt.date, dt.time, dt.timedelta})


class Unfingerprintable(Exception):
    """A value the build cannot fingerprint: what depends on it is always rebuilt."""


Identity = Callable[[Content], "str | None"]


def fingerprint(value: Any, identity: Identity | None = None, lenient: bool = False, memo: dict | None = None) -> str:
    """A hex digest of `value` (see the module's docstring). `memo` keeps the digests of the
    dataclasses and plugin objects met (by id) for later calls: one build's, while nothing changes."""
    hasher = Hasher(identity, lenient, {} if memo is None else memo)
    hasher.feed(value, 0)
    data = "".join(hasher.parts).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class Hasher:
    """Writes a value as text without ambiguity (strings length-prefixed, numbers ended by `;`)."""

    def __init__(self, identity: Identity | None, lenient: bool, memo: dict):
        self.parts: list[str] = []
        self.identity = identity
        self.lenient = lenient
        self.memo = memo  # id -> (object, its digest): objects met before
        self.open: dict[int, int] = {}  # id of each value being hashed on the current path -> its depth
        self.reach = MAX_DEPTH + 1  # the lowest depth a back-reference written here goes to

    def child(self) -> "Hasher":
        hasher = Hasher(self.identity, self.lenient, self.memo)
        hasher.open = self.open
        return hasher

    def text(self, tag: str, value: str) -> None:
        self.parts.append(f"{tag}{len(value)}:{value}")

    def feed(self, value: Any, depth: int) -> None:
        kind = type(value)
        if kind is str:
            self.parts.append(f"s{len(value)}:{value}")
        elif kind is int or kind is float:
            self.parts.append(f"{kind.__name__[0]}{value!r};")
        elif value is None or kind is bool:
            self.parts.append(f"k{value!r};")
        elif kind in SCALARS or isinstance(value, (str, Content, URLWrapper)):
            self.scalar(value, kind, depth)
        elif kind is list or kind is tuple or kind is dict:  # as `scalar` writes them, by the shortest way
            self.container(value, kind, depth)
        else:
            if depth > MAX_DEPTH:
                raise Unfingerprintable("too deep")
            ancestor = self.open.get(id(value))
            if ancestor is not None:  # a cycle (items that are each other's translations): how far back
                self.parts.append(f"r{depth - ancestor};")
                self.reach = min(self.reach, ancestor)
                return
            if (kind.__module__ or "").startswith(OWN_MODULES) or dataclasses.is_dataclass(kind):
                self.shared(value, kind, depth)
                return
            self.open[id(value)] = depth
            try:
                self.scalar(value, kind, depth)
            finally:
                del self.open[id(value)]

    def container(self, value: list | tuple | dict, kind: type, depth: int) -> None:
        """A plain list, tuple or dict: written as `scalar` writes them, without its type tests."""
        if depth > MAX_DEPTH:
            raise Unfingerprintable("too deep")
        ancestor = self.open.get(id(value))
        if ancestor is not None:
            self.parts.append(f"r{depth - ancestor};")
            self.reach = min(self.reach, ancestor)
            return
        self.open[id(value)] = depth
        try:
            if kind is dict:
                self.mapping("dict", value, depth)  # type: ignore[arg-type]
            else:
                self.sequence(value, kind, depth)  # type: ignore[arg-type]
        finally:
            del self.open[id(value)]

    def sequence(self, value: list | tuple, kind: type, depth: int) -> None:
        self.parts.append(f"l{kind.__qualname__};{len(value)}[")
        for item in value:
            self.feed(item, depth + 1)
        self.parts.append("]")

    def shared(self, value: Any, kind: type, depth: int) -> None:
        """A plugin object (shared by many items: calendars, places): its digest, taken once."""
        known = self.memo.get(id(value))
        if known is not None and known[0] is value:
            self.parts.append(known[1])
            return
        inner = self.child()
        self.open[id(value)] = depth
        try:
            inner.scalar(value, kind, depth)
        finally:
            del self.open[id(value)]
        self.reach = min(self.reach, inner.reach)
        if inner.reach <= depth:  # in a cycle (each other's translations): written in place, never kept,
            # so that its text does not depend on which of the cycle was met first
            self.parts.extend(inner.parts)
            return
        digest = hashlib.blake2b("".join(inner.parts).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        token = f"h{digest};"
        self.memo[id(value)] = (value, token)
        self.parts.append(token)

    def scalar(self, value: Any, kind: type, depth: int) -> None:  # noqa: C901 (one table of types)
        if isinstance(value, str):  # Markup, and other str subclasses
            self.text("S" + kind.__qualname__, str(value))
        elif kind in (complex, Decimal):
            self.text("n" + kind.__name__, repr(value))
        elif isinstance(value, (bytes, bytearray)):
            self.text("b", bytes(value).hex())
        elif isinstance(value, (dt.datetime, dt.time)):
            self.text("t" + kind.__name__, f"{value.isoformat()}|{value.tzinfo!s}|{getattr(value, 'fold', 0)}")
        elif isinstance(value, (dt.date, dt.timedelta, dt.tzinfo)):
            self.text("d" + kind.__name__, str(value) if isinstance(value, dt.tzinfo) else repr(value))
        elif isinstance(value, Content):
            self.content(value)
        elif isinstance(value, URLWrapper):
            self.text("u" + kind.__qualname__, f"{value.name}\x00{value.slug}")
        elif isinstance(value, (list, tuple)):
            self.sequence(value, kind, depth)
        elif isinstance(value, dict):
            self.mapping(kind.__qualname__, value, depth)
        elif isinstance(value, enum.Enum):
            self.text("e" + kind.__qualname__, repr(value.value))
        elif isinstance(value, PurePath):
            self.text("p", os.fspath(value))
        elif isinstance(value, (set, frozenset)):
            self.unordered(value, depth)
        elif isinstance(value, Undefined):
            self.text("U", kind.__qualname__)
        elif hasattr(kind, "fingerprint_state") and (kind.__module__ or "").startswith(OWN_MODULES):
            self.mapping("F" + kind.__module__ + "." + kind.__qualname__, value.fingerprint_state(), depth)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
            self.mapping("D" + kind.__module__ + "." + kind.__qualname__, fields, depth)
        elif isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, type, types.ModuleType)):
            self.callable(value)
        elif (kind.__module__ or "").startswith(OWN_MODULES) and hasattr(value, "__dict__"):
            state = dict(vars(value))
            for name in getattr(kind, "FINGERPRINT_IGNORES", ()):  # a cache of what the rest determines
                state.pop(name, None)
            for name in getattr(kind, "__slots__", ()):
                if hasattr(value, name):
                    state[name] = getattr(value, name)
            self.mapping("O" + kind.__module__ + "." + kind.__qualname__, state, depth)
        elif self.lenient:
            self.text("?", f"{kind.__module__}.{kind.__qualname__}")
            if hasattr(value, "__dict__"):
                self.mapping("?", dict(vars(value)), depth)
        else:
            raise Unfingerprintable(f"{kind.__module__}.{kind.__qualname__}")

    def content(self, value: Content) -> None:
        name = self.identity(value) if self.identity else None
        if name is None:
            if not self.lenient:
                raise Unfingerprintable(f"a {type(value).__name__} the build does not know")
            name = "?"
        self.text("c", name)

    def mapping(self, tag: str, value: dict, depth: int) -> None:
        try:
            keys = sorted(value)  # keys of one type (str, nearly always), or numbers
        except TypeError:
            try:
                keys = sorted(value, key=sort_key)
            except TypeError as error:
                raise Unfingerprintable(f"unsortable keys: {error}") from None
        self.parts.append(f"m{len(tag)}:{tag}{len(keys)}{{")
        for key in keys:
            self.feed(key, depth + 1)
            try:
                self.feed(value[key], depth + 1)
            except Unfingerprintable as error:
                if depth < 8:  # where, for the debug log
                    raise Unfingerprintable(f"{key} ({type(value[key]).__name__}): {error}") from None
                raise
        self.parts.append("}")

    def unordered(self, value, depth: int) -> None:
        parts = []
        for item in value:
            hasher = self.child()
            hasher.feed(item, depth + 1)
            self.reach = min(self.reach, hasher.reach)
            parts.append("".join(hasher.parts))
        self.parts.append(f"x{len(parts)}{{")
        for part in sorted(parts):
            self.parts.append(f"{len(part)}:{part}")
        self.parts.append("}")

    def callable(self, value) -> None:
        """A function by its name: its code and what it closes over are the build's own (the
        code, the theme, the settings), fingerprinted as a whole."""
        owner = getattr(value, "__self__", None)
        if owner is not None and not isinstance(owner, (type, types.ModuleType)):
            self.text("M", type(owner).__qualname__)
        module = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", "")
        self.text("f", f"{module}.{getattr(value, '__qualname__', '')}")


def sort_key(key: Any) -> tuple:
    """Dict keys of types that do not compare (str and int keys may share a dict) in one order."""
    return (type(key).__name__, key)
