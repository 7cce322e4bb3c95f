"""Names of the shapes the plugins pass around, for their type hints (checked by mypy: mypy.ini).

Pelican ships no type information (no `py.typed`): its objects are `Any` to the checker. They are
named here, once, so a signature still says which object it takes. The front matter's values are
`Any` too: their shapes are those of the field table (hub_core.model), known when it runs.
"""

from collections.abc import Mapping
from typing import Any, TypeAlias

# Pelican's objects
Content: TypeAlias = Any  # an Article or a Page, with the hub_* attributes hub_frontmatter sets (hub_type, hub_item…)
Writer: TypeAlias = Any  # pelican.writers.Writer (write_file)
Pelican: TypeAlias = Any  # the pelican.Pelican of a build (the `initialized` and `get_generators` signals)
Settings: TypeAlias = Mapping[str, Any]  # Pelican's settings (pelicanconf.py and Pelican's defaults)
Context: TypeAlias = dict[str, Any]  # the build's context, shared by every generator (self.context)

# The front matter
KeyPath: TypeAlias = tuple[str | int, ...]  # where a value is written: ("venue", "city"), ("program", 2, "start")
Lines: TypeAlias = dict[KeyPath, int]  # key path -> file line
Values: TypeAlias = dict[str, Any]  # a file's fields once validated (validate.py), shaped by the field table
Params: TypeAlias = dict[str, object]  # the values a problem's message is formatted with (problems.MESSAGES)
YamlProblem: TypeAlias = tuple[int, str, Params]  # (line, code, params) of a YAML file, before it is a Problem
