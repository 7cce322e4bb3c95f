"""What HTML a Markdown body may publish: the one allow-list, applied with nh3 (ammonia).

Every body is rendered by Python-Markdown, then cleaned here once, before its summary is cut;
pages, listing cards, feeds and search all get the cleaned HTML. Raw HTML an editor writes in a
body is kept when it is in the lists below and removed otherwise: elements not listed lose their
tags but keep their text, except those of `REMOVED_WITH_CONTENT`, which go whole; attributes not
listed go, and so does every `on…` attribute, `style` (but the table alignments Markdown writes),
comments, and any `href` or `src` whose scheme is not in `URL_SCHEMES` (`javascript:`,
`data:`, `vbscript:`…). Relative addresses (`/evenements/…`, `#fn:1`, `{filename}…`) are kept.

Byte for byte. ammonia parses the fragment (html5ever, the HTML standard's parser) and writes it
again, which turns character references into characters (`&rsquo;` becomes `’`, `&quot;` in a
code block becomes `"`) and a raw no-break space into `&nbsp;`. To keep the renderer's exact
bytes, references to characters that cannot change what the sanitizer or a browser decides
(non-ASCII characters and `< > " '`: never part of a URL scheme, never markup when written as a
reference) and raw no-break spaces go through the sanitizer as private-use characters and are
written back afterwards. References to other ASCII characters (`&#106;avascript:`) are decoded by
the sanitizer and judged decoded, as a browser reads them.
"""

import functools
import html
import re

import nh3

TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    "figure", "figcaption", "img", "a", "blockquote", "pre", "code", "kbd", "samp", "var",
    "abbr", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sup", "sub",
    "q", "cite", "dfn", "time", "details", "summary", "wbr",
})
# Removed with everything inside them (other unlisted elements keep their text).
REMOVED_WITH_CONTENT = frozenset({
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed",
    "applet", "svg", "math", "textarea", "select", "button", "title", "xmp", "noembed", "noframes",
})
# Attributes per element; "*": on every listed element. `id` and `class` carry the heading
# anchors of the toc extension, footnotes (`fn:1`, `footnote-ref`), attr_list's `{: #id .class}`
# and code languages (`language-python`).
ATTRIBUTES = {
    "*": frozenset({"id", "class", "title", "lang", "dir"}),
    "a": frozenset({"href", "hreflang", "rel"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "ol": frozenset({"start", "reversed"}),
    "th": frozenset({"colspan", "rowspan", "headers", "scope"}),
    "td": frozenset({"colspan", "rowspan", "headers"}),
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "del": frozenset({"datetime"}),
    "ins": frozenset({"datetime"}),
    "time": frozenset({"datetime"}),
    "details": frozenset({"open"}),
}
# Attributes kept only with one of these exact values: the only `style` is the column alignment
# that Markdown tables write (`| :-- | --: |`).
ALIGNMENTS = frozenset({"text-align: left;", "text-align: center;", "text-align: right;"})
ATTRIBUTE_VALUES = {
    "th": {"style": ALIGNMENTS},
    "td": {"style": ALIGNMENTS},
    "img": {"loading": frozenset({"lazy", "eager"})},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# Character references carried through the sanitizer unchanged (see the module's docstring).
REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|\xa0")
KEPT_ASCII = frozenset("<>\"'")
MARKERS = (0x100000, 0x10FFFD)  # Supplementary Private Use Area-B, first and last
IN_MARKERS = re.compile("[\U00100000-\U0010FFFD]")


@functools.cache
def cleaner() -> nh3.Cleaner:
    """The nh3 cleaner of the allow-list (made once per process; it holds no state)."""
    return nh3.Cleaner(
        tags=set(TAGS),
        clean_content_tags=set(REMOVED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        tag_attribute_values={
            tag: {name: set(values) for name, values in allowed.items()}
            for tag, allowed in ATTRIBUTE_VALUES.items()
        },
        url_schemes=set(URL_SCHEMES),
        link_rel=None,  # the site adds no rel to links in bodies; an editor's own rel is kept
        strip_comments=True,
    )


def sanitize(body_html: str | None) -> str:
    """`body_html` with only the allowed elements, attributes and URLs; legitimate HTML unchanged."""
    if not body_html:
        return ""
    if IN_MARKERS.search(body_html):  # the text holds the markers: its references come out decoded
        return cleaner().clean(body_html)
    kept = {}  # reference as written -> its marker

    def mark(match):
        reference = match.group(0)
        character = html.unescape(reference)
        if len(character) != 1 or (character.isascii() and character not in KEPT_ASCII):
            return reference
        if reference not in kept:
            if MARKERS[0] + len(kept) > MARKERS[1]:
                return reference
            kept[reference] = chr(MARKERS[0] + len(kept))
        return kept[reference]

    cleaned = cleaner().clean(REFERENCE.sub(mark, body_html))
    for reference, marker in kept.items():
        cleaned = cleaned.replace(marker, reference)
    return cleaned
