"""Templates compiled once, kept in Pelican's CACHE_PATH for the builds that follow.

Pelican gives each generator its own Jinja environment, so every template a generator uses
(base.html, _macros.html, the cards…) used to be compiled again by each of our generators, and
every build (each of the preview's rebuilds is a fresh process) compiled all of them again:
about a tenth of a build. The environments use one bytecode cache on disk instead,
`CACHE_PATH/templates/`: the first generator that needs a template compiles it and writes its
code there (Jinja writes to a temporary file, then renames it), the others read it.

A cached template is used only when it was compiled from the same source by an environment that
compiles the same way: the checksum Jinja compares is that of the source *and* of what the code
depends on besides it (Jinja's version, the extensions, the delimiters and options, the names of
filters and tests and whether they take the context, whether the template autoescapes;
`fingerprint`). Anything else changed, and
the template is compiled afresh and its file replaced. Jinja's own header adds Python's version.
The output does not depend on the cache: compiled code is the same whichever build compiled it.
"""

import hashlib
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

FOLDER = "templates"  # under CACHE_PATH
OPTIONS = (
    "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
    "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
    "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized",
    "is_async", "newstyle_gettext",
)
POLICIES = ("ext.i18n.trimmed", "compiler.ascii_str")  # the policies read while compiling


def _callable_kind(function) -> str:
    """What compiled code assumes about a filter, test or finalize: which context it is passed."""
    passed = getattr(function, "jinja_pass_arg", None)
    return "none" if function is None else getattr(passed, "name", "plain")


def fingerprint(environment: jinja2.Environment, name: str | None = None) -> str:
    """What the compiled code of template `name` depends on besides its source."""
    autoescape = environment.autoescape(name) if callable(environment.autoescape) else environment.autoescape
    parts = [
        f"jinja2=={jinja2.__version__}",
        repr(sorted(environment.extensions)),
        repr([(name, getattr(environment, name, None)) for name in OPTIONS]),
        repr([(name, environment.policies.get(name)) for name in POLICIES]),
        f"autoescape={bool(autoescape)}",
        f"finalize={_callable_kind(environment.finalize)}",
        f"code_generator={environment.code_generator_class.__qualname__}",
        repr(sorted((name, _callable_kind(f)) for name, f in environment.filters.items())),
        repr(sorted((name, _callable_kind(f)) for name, f in environment.tests.items())),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's file cache, its checksum that of the source and of the environment's `fingerprint`."""

    def get_bucket(self, environment, name, filename, source):
        checksum = self.get_source_checksum(fingerprint(environment, name) + "\n" + source)
        bucket = Bucket(environment, self.get_cache_key(name, filename), checksum)
        self.load_bytecode(bucket)
        return bucket


def share_compiled_templates(generator):
    """generator_init: the generator's environment reads and writes CACHE_PATH/templates/."""
    folder = Path(generator.settings["CACHE_PATH"]) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    generator.env.bytecode_cache = CompiledTemplates(str(folder))
