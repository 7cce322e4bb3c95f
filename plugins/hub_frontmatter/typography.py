"""Typographic quotes, dashes and ellipses: Python-Markdown's `smarty`, without its cost.

`markdown.extensions.smarty` hands 19 patterns to a second inline processor, which calls each
pattern on each text, rebuilds the text and stashes a node for every match; this extension gives
the same HTML, byte for byte, from one tree walk and plain `re.sub` calls. Its settings are
smarty's (`smart_quotes`, `smart_angled_quotes`, `smart_dashes`, `smart_ellipses`,
`substitutions`).

How smarty works, and what is reproduced here. Its patterns run one after the other over a text
(em dashes, en dashes, << and >>, 15 quote patterns, ellipses). Each scans the text from left to
right and replaces every match by a placeholder "\\x02…\\x03" before going on, so what a later
pattern, or a later match of the same pattern, sees beside a quote is that placeholder, not the
characters it replaced (the space taken by `' ` or by ` 'word` is gone for the patterns after).
Here, a replacement is the HTML stash placeholder of its substitution, which has that shape;
one that keeps a matched character (` 'word`) is first a sentinel "\\x02c\\x03" (c, a private-use
character, indexes it), so later patterns do not see the character, as in smarty. Four quote
patterns look behind at one character, where smarty would see the previous match of the same
pattern as a placeholder: such a match is left alone (`SEQUENTIAL`).

Passes per text, each skipped when the text lacks its characters: one expression for dashes,
angled quotes and apostrophes inside words (l'été: always smarty's closing quote, and a
neighbour of no other quote), then smarty's quote patterns that can still match, then one for
sentinels and ellipses (dots are replaced by nothing else). Code spans and code blocks
(`AtomicString` texts) and attributes are never read, as with smarty.
"""

import re

from markdown.extensions import Extension
from markdown.extensions.smarty import (
    closeClass as CLOSE_CLASS,
    openingQuotesBase as OPENING_QUOTES_BASE,
    punctClass as PUNCT_CLASS,
    substitutions as DEFAULT_SUBSTITUTIONS,
)
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

# Smarty's quote patterns, in smarty's order: (expression, replacement, characters it needs).
# A replacement is a sequence of substitution names and group numbers, as in smarty.
QUOTE_PATTERNS = (
    (r"^'(?=%s\B)" % PUNCT_CLASS, ("right-single-quote",), "'"),
    (r'^"(?=%s\B)' % PUNCT_CLASS, ("right-double-quote",), '"'),
    (r""""'(?=\w)""", ("left-double-quote", "left-single-quote"), "'\""),
    (r"""'"(?=\w)""", ("left-single-quote", "left-double-quote"), "'\""),
    (r"(?<=%s)'\"" % CLOSE_CLASS, ("right-single-quote", "right-double-quote"), "'\""),
    (r"(?<=%s)\"'" % CLOSE_CLASS, ("right-double-quote", "right-single-quote"), "'\""),
    (r"(?<!\w)'(?=\d{2}s)", ("right-single-quote",), "'"),
    (r"%s'(?=\w)" % OPENING_QUOTES_BASE, (1, "left-single-quote"), "'"),
    (r"(?<=%s)'(?!\s|s\b|\d)" % CLOSE_CLASS, ("right-single-quote",), "'"),
    (r"'(\s|s\b)", ("right-single-quote", 1), "'"),
    (r"'", ("left-single-quote",), "'"),
    (r'%s"(?=\w)' % OPENING_QUOTES_BASE, (1, "left-double-quote"), '"'),
    (r'"(?=\s)', ("right-double-quote",), '"'),
    (r'(?<=%s)"' % CLOSE_CLASS, ("right-double-quote",), '"'),
    (r'"', ("left-double-quote",), '"'),
)
# Patterns whose look-behind sees the previous match of the same pattern (as a placeholder).
SEQUENTIAL = {4, 5, 8, 13}
DASHES = r"(?<!-)-{2,3}(?!-)"  # a run of exactly 3 (em dash) or 2 (en dash) hyphens
ANGLED_QUOTES = r"<<|>>"
# An apostrophe inside a word (l'été, don't): always smarty's closing single quote, whatever the
# other quotes of the text, and seen by no other pattern, so it is replaced with the dashes.
APOSTROPHE = r"(?<=\w)'(?=\w)(?!\d|s\b)"
SPAN_NAMES = {
    "---": "mdash", "--": "ndash", "<<": "left-angle-quote", ">>": "right-angle-quote",
    "'": "right-single-quote",
}
ELLIPSIS = r"(?<!\.)\.{3}(?!\.)"
SENTINEL_BASE = 0xF0000  # Supplementary Private Use Area-A: c in "\x02c\x03"
SENTINEL = r"\x02([\U000F0000-\U000FFFFF])\x03"
# smarty's own: raw HTML not followed by ">", so that ">>" after a tag is a quote.
HTML_STRICT_RE = HTML_RE + r"(?!\>)"


class QuotePass:
    """One of smarty's quote patterns, applied to a whole text at once."""

    def __init__(self, expression, replacement, needs, sequential):
        self.regex = re.compile(expression)
        self.replacement = replacement
        self.needs = needs
        self.sequential = sequential


class TypographyExtension(Extension):
    """Smarty's typography (same settings, same output) in one tree walk."""

    def __init__(self, **kwargs):
        self.config = {
            "smart_quotes": [True, "Educate quotes"],
            "smart_angled_quotes": [False, "Educate angled quotes"],
            "smart_dashes": [True, "Educate dashes"],
            "smart_ellipses": [True, "Educate ellipses"],
            "substitutions": [{}, "Overwrite default substitutions"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        configs = self.getConfigs()
        substitutions = dict(DEFAULT_SUBSTITUTIONS)
        substitutions.update(configs["substitutions"] or {})
        if configs["smart_angled_quotes"]:
            md.inlinePatterns.register(HtmlInlineProcessor(HTML_STRICT_RE, md), "html", 90)
        # Priority 6, smarty's: after attr_list and abbr, before toc.
        md.treeprocessors.register(TypographyTreeprocessor(md, configs, substitutions), "typography", 6)
        md.ESCAPED_CHARS.extend(['"', "'"])


class TypographyTreeprocessor(Treeprocessor):
    """Replaces quotes, dashes and ellipses in every text of the tree, as smarty does."""

    def __init__(self, md, configs, substitutions):
        super().__init__(md)
        self.substitutions = substitutions
        spans = []
        if configs["smart_dashes"]:
            spans.append(DASHES)
        if configs["smart_angled_quotes"]:
            spans.append(ANGLED_QUOTES)
        if configs["smart_quotes"]:
            spans.append(APOSTROPHE)
        self.spans = re.compile("|".join(spans)) if spans else None
        self.quote_passes = [
            QuotePass(expression, replacement, needs, index in SEQUENTIAL)
            for index, (expression, replacement, needs) in enumerate(QUOTE_PATTERNS)
        ] if configs["smart_quotes"] else []
        self.last_pass = re.compile(SENTINEL + ("|" + ELLIPSIS if configs["smart_ellipses"] else ""))
        triggers = ["'", '"'] if configs["smart_quotes"] else []
        if configs["smart_dashes"]:
            triggers.append("--")
        if configs["smart_angled_quotes"]:
            triggers += ["<<", ">>"]
        if configs["smart_ellipses"]:
            triggers.append(r"\.\.\.")
        self.trigger = re.compile("|".join(triggers)) if triggers else None

    def run(self, root):
        if self.trigger is None:
            return
        stashed = {}  # substitution name -> its placeholder in md.htmlStash, for this document
        for element in root.iter():
            if element is root:
                continue
            text = element.text
            if text and not isinstance(text, AtomicString) and self.trigger.search(text):
                element.text = self.educate(text, stashed)
            tail = element.tail
            if tail and not isinstance(tail, AtomicString) and self.trigger.search(tail):
                element.tail = self.educate(tail, stashed)

    def educate(self, text, stashed):
        """The text with smarty's replacements, each a placeholder of the HTML stash.

        A replacement that keeps a matched character (the space of ` 'word`) is first a sentinel,
        so that later patterns do not see that character, as in smarty; the others are written
        as their placeholder, which looks the same to the patterns.
        """
        parts = []  # what each sentinel stands for

        def placeholder(name):
            if name not in stashed:
                stashed[name] = self.md.htmlStash.store(self.substitutions[name])
            return stashed[name]

        def sentinel(value):
            parts.append(value)
            return "\x02%s\x03" % chr(SENTINEL_BASE + len(parts) - 1)

        if self.spans is not None:
            text = self.spans.sub(lambda match: placeholder(SPAN_NAMES[match.group(0)]), text)
        for quote_pass in self.quote_passes:
            if all(character in text for character in quote_pass.needs):
                text = self.apply(quote_pass, text, sentinel, placeholder)

        def last(match):
            index = match.group(1)
            if index is None:
                return placeholder("ellipsis")
            return parts[ord(index) - SENTINEL_BASE]

        return self.last_pass.sub(last, text)

    @staticmethod
    def apply(quote_pass, text, sentinel, placeholder):
        replaced_end = -1  # end of the previous replacement of this pass
        keeps_text = any(isinstance(part, int) for part in quote_pass.replacement)

        def replace(match):
            nonlocal replaced_end
            if quote_pass.sequential and match.start() == replaced_end:
                return match.group(0)  # smarty's look-behind would see the previous placeholder
            replaced_end = match.end()
            value = "".join(
                match.group(part) if isinstance(part, int) else placeholder(part)
                for part in quote_pass.replacement
            )
            return sentinel(value) if keeps_text else value

        return quote_pass.regex.sub(replace, text)


def makeExtension(**kwargs):
    return TypographyExtension(**kwargs)
