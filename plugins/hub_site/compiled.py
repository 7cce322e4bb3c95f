"""One compilation of each template per build, for every generator.

Pelican gives each generator its own Jinja environment, so every template a generator uses
(base.html, _macros.html, the cards…) used to be compiled again by each of our generators: about
a tenth of a build. The environments of one build share an in-memory bytecode cache instead,
kept in the build's context (as Pelican keeps `generated_content` there): a new build, such as
the preview's next rebuild, starts with an empty one. Jinja keys it by template name and source
checksum: an edited template is compiled afresh.
"""

from jinja2 import BytecodeCache

CONTEXT_KEY = "compiled_templates"


class MemoryBytecodeCache(BytecodeCache):
    def __init__(self):
        self.compiled = {}

    def load_bytecode(self, bucket):
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self.compiled[bucket.key] = bucket.bytecode_to_string()

    def clear(self):
        self.compiled.clear()


def share_compiled_templates(generator):
    """generator_init: the generator's environment uses its build's compiled templates."""
    generator.env.bytecode_cache = generator.context.setdefault(CONTEXT_KEY, MemoryBytecodeCache())
