"""Minimal YAML front-matter reader for the vanilla-Pelican baseline.

Reads the ``---``-delimited YAML block with ``yaml.safe_load`` (the C loader
when PyYAML was built with libyaml), passes only title, date, tags, category
and slug to Pelican, and renders the body with Python-Markdown using Pelican's
``MARKDOWN`` setting.  Nothing else of the maillage content model is used.
"""

import datetime as _dt

import yaml
from markdown import Markdown
from pelican import signals
from pelican.readers import BaseReader

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml
    _Loader = yaml.SafeLoader

_KEEP = ("title", "date", "tags", "category", "slug")


class YAMLMarkdownReader(BaseReader):
    enabled = True
    file_extensions = ["md", "markdown"]

    def read(self, source_path):
        with open(source_path, encoding="utf-8") as fh:
            text = fh.read()
        meta = {}
        if text.startswith("---"):
            _, front, body = text.split("---\n", 2)
            meta = yaml.load(front, Loader=_Loader) or {}
        else:
            body = text
        md_settings = dict(self.settings["MARKDOWN"])
        md_settings["extensions"] = [
            e for e in md_settings.get("extensions", []) if e != "markdown.extensions.meta"
        ]
        content = Markdown(**md_settings).convert(body)
        metadata = {}
        for name in _KEEP:
            if name not in meta or meta[name] is None:
                continue
            value = meta[name]
            if name == "date" and isinstance(value, (_dt.date, _dt.datetime)):
                value = value.isoformat()
            elif name not in ("tags",):
                value = str(value)
            metadata[name] = self.process_metadata(name, value)
        return content, metadata


def _add_reader(readers):
    for ext in YAMLMarkdownReader.file_extensions:
        readers.reader_classes[ext] = YAMLMarkdownReader


def register():
    signals.readers_init.connect(_add_reader)
