"""The English names of the editors' French terms: topics (categories) and chronicle columns.

Editors write categories and column names in French in the front matter. English
pages show them in English when `content/data/translations.yml` gives a name:

    categories:
      Réseautage: Networking
      Ressources humaines: Human resources
    columns:
      Chronique numérique: Digital column

Names match without regard to case, accents or punctuation (as slugs do); a name
without a translation stays French on English pages, marked lang="fr-CA". The
file is optional; `hub check` reports its problems like any content file's.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from . import header
from .items import slugify
from .problems import WARNING, Problem

TERMS_FILE = Path("data") / "translations.yml"
VOCABULARIES = ("categories", "columns")  # the lists of content/data/translations.yml


@dataclass(frozen=True)
class Terms:
    """{vocabulary: {slug of the French name: English name}}."""

    english: dict[str, dict[str, str]] = field(default_factory=dict)

    def name_in(self, vocabulary: str, name: str, lang: str) -> str:
        """`name` on a page in `lang`: its English name when there is one, else as written."""
        if lang == "en" and name:
            return self.english.get(vocabulary, {}).get(slugify(str(name)), name)
        return name

    def language_of(self, vocabulary: str, name: str, lang: str) -> str:
        """The language `name_in(vocabulary, name, lang)` is written in: `lang`, or `fr` when untranslated."""
        if lang == "fr" or (name and slugify(str(name)) in self.english.get(vocabulary, {})):
            return lang
        return "fr"


def load(content_path: str | os.PathLike[str], shown_path: str | None = None) -> tuple[Terms, list[Problem]]:
    """(Terms, problems) of content/data/translations.yml; empty Terms when there is no file."""
    path = Path(content_path) / TERMS_FILE
    if not path.exists():
        return Terms(), []
    shown = shown_path or str(Path(Path(content_path).name) / TERMS_FILE)
    data, lines, yaml_problems = header.load_yaml(path.read_text(encoding="utf-8"))
    problems = [Problem(shown, line, "", code, params) for line, code, params in yaml_problems]
    if data is None:
        return Terms(), problems
    if not isinstance(data, dict):
        return Terms(), problems + [Problem(shown, 1, "", "expected_mapping")]
    english: dict[str, dict[str, str]] = {}
    for key, table in data.items():
        line = lines.get((key,), 1)
        if key not in VOCABULARIES:
            problems.append(Problem(shown, line, str(key), "unknown_term_kind", {"value": key, "choices": ", ".join(VOCABULARIES)}, WARNING))
            continue
        if table is None:
            continue
        if not isinstance(table, dict):
            problems.append(Problem(shown, line, str(key), "expected_mapping"))
            continue
        found = english.setdefault(key, {})
        for french, translated in table.items():
            where = lines.get((key, french), line)
            label = f"{key}.{french}"
            if isinstance(translated, (dict, list)):
                problems.append(Problem(shown, where, label, "expected_text_not_mapping" if isinstance(translated, dict) else "expected_text_not_list"))
            elif translated is None or not str(translated).strip():
                problems.append(Problem(shown, where, label, "empty"))
            elif not slugify(str(french)):
                problems.append(Problem(shown, where, label, "empty"))
            else:
                found[slugify(str(french))] = str(translated).strip()
    return Terms(english), problems
