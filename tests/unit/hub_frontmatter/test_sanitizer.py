"""hub_frontmatter.sanitizer: hostile bodies lose what runs, legitimate bodies keep every byte.

Bodies are rendered with the Markdown settings of pelicanconf.py, as the reader renders them.
The HTML that comes out is checked by reading its tags: ammonia writes every tag in one form
(`<name attr="value">`, `<`, `>` and `"` escaped inside values and text), so each `<` of the
output starts a tag, which `tags_of` reads completely or the test fails.
"""

import html
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from markdown import Markdown
from pelican.settings import get_settings_from_file

from hub_frontmatter.sanitizer import ATTRIBUTES as ALLOWED_ATTRIBUTES, TAGS, sanitize

ROOT = Path(__file__).resolve().parents[3]
GUIDE_SECTION = "## Le texte : Markdown, et le HTML qu'il peut contenir"
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s\"'>/=]+(?:=\"[^\"]*\")?)*)\s*/?>")
ATTRIBUTE = re.compile(r"\s+([^\s\"'>/=]+)(?:=\"([^\"]*)\")?")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "cite", "background", "srcset"}
RUNS_SCRIPT = {"script", "style", "iframe", "frame", "object", "embed", "svg", "math", "form", "input", "button", "base", "meta", "link", "template", "noscript"}


@pytest.fixture(scope="module")
def markdown():
    config = get_settings_from_file(str(ROOT / "pelicanconf.py"))["MARKDOWN"]
    extensions = config["extension_configs"]
    converter = Markdown(extensions=list(extensions), extension_configs=extensions, output_format=config["output_format"])
    return lambda body: converter.reset().convert(body)


def tags_of(cleaned):
    """[(name, {attribute: value})] of every start tag; fails on a "<" that starts no tag."""
    tags, position = [], 0
    while (start := cleaned.find("<", position)) != -1:
        match = TAG.match(cleaned, start)
        assert match, f"unreadable markup at {cleaned[start:start + 40]!r}"
        if not match.group(1):
            attributes = {name.lower(): html.unescape(value or "") for name, value in ATTRIBUTE.findall(match.group(3))}
            tags.append((match.group(2).lower(), attributes))
        position = match.end()
    return tags


def dangers(cleaned):
    """What in the cleaned HTML could run script, described; [] when nothing."""
    found = []
    for name, attributes in tags_of(cleaned):
        if name in RUNS_SCRIPT:
            found.append(f"<{name}>")
        for attribute, value in attributes.items():
            start = "".join(c for c in value if c > " ").lower()
            if attribute.startswith("on"):
                found.append(f"<{name} {attribute}>")
            elif attribute in URL_ATTRIBUTES and start.startswith(("javascript:", "data:", "vbscript:")):
                found.append(f"<{name} {attribute}={value!r}>")
            elif attribute == "style" and not re.fullmatch(r"text-align: (left|center|right);", value):
                found.append(f"<{name} style={value!r}>")
    return found


HOSTILE = {
    "script-element": "<script>alert(1)</script>",
    "script-in-paragraph": "Texte <script>alert(1)</script> fin.",
    "script-unclosed": "Texte <script src=https://evil.example/x.js>",
    "img-onerror": "<img src=x onerror=alert(1)>",
    "img-onerror-in-paragraph": 'Une image <img src="x" onerror="alert(1)"> ici.',
    "markdown-javascript-link": "[x](javascript:alert(1))",
    "markdown-javascript-image": "![x](javascript:alert(1))",
    "markdown-javascript-reference": "[x][a]\n\n[a]: javascript:alert(1)",
    "mixed-case-scheme": '<a href="JaVaScRiPt:alert(1)">x</a>',
    "decimal-entity-scheme": '<a href="&#106;avascript:alert(1)">x</a>',
    "hex-entity-scheme": '<a href="&#x6A;&#x61;vascript&#x3A;alert(1)">x</a>',
    "named-entity-colon": '<a href="javascript&colon;alert(1)">x</a>',
    "tab-inside-scheme": '<a href="java&#9;script:alert(1)">x</a>',
    "newline-inside-scheme": '<a href="java\nscript:alert(1)">x</a>',
    "leading-space-and-control": '<a href=" &#1;javascript:alert(1)">x</a>',
    "markdown-entity-scheme": "[x](&#106;avascript:alert(1))",
    "vbscript": '<a href="vbscript:msgbox(1)">x</a>',
    "iframe": '<iframe src="https://evil.example/"></iframe>',
    "iframe-srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "svg-onload": "<svg onload=alert(1)>",
    "svg-script": "<svg><script>alert(1)</script></svg>",
    "svg-animate-href": '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
    "math-href": '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "style-element": "<style>body { display: none }</style>",
    "style-attribute": '<p style="background: url(javascript:alert(1))">x</p>',
    "table-style-not-an-alignment": '<table><tr><td style="color: red">x</td></tr></table>',
    "data-url-link": "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "data-url-image": '<img src="data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E">',
    "form": '<form action="https://evil.example/"><input name="mdp"><button formaction="javascript:alert(1)">Go</button></form>',
    "object-and-embed": '<object data="x.swf"></object><embed src="javascript:alert(1)">',
    "onclick-on-allowed-element": '<a href="/x" onclick="alert(1)">x</a>',
    "details-ontoggle": '<details open ontoggle="alert(1)"><summary>s</summary></details>',
    "attr-list-handler": "## Titre {: onclick=\"alert(1)\" }\n\nTexte\n{: onmouseover=\"alert(1)\" style=\"color: red\" }",
    "base-and-meta": '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "link-stylesheet": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "noscript-mutation": '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "math-style-mutation": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "comment-breakout": "<!--><img src=x onerror=alert(1)>-->",
    "template": "<template><img src=x onerror=alert(1)></template>",
    "textarea-breakout": "<textarea></textarea><img src=x onerror=alert(1)></textarea>",
    "slash-separated-attributes": '<div><img/src="x"/onerror=alert(1)></div>',
    "srcset": '<img src="/a.png" srcset="javascript:alert(1) 1x">',
    "target-blank": '<a href="https://example.org/" target="_blank">x</a>',
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_bodies_lose_what_runs(markdown, body):
    rendered = markdown(body)
    cleaned = sanitize(rendered)
    assert cleaned != rendered  # Markdown alone left it hostile
    assert dangers(cleaned) == []
    assert "alert" not in " ".join(str(a) for _, a in tags_of(cleaned))
    assert "target=" not in cleaned and "srcset" not in cleaned


def test_a_hostile_element_keeps_the_text_around_it(markdown):
    cleaned = sanitize(markdown('Avant <img src="x" onerror="alert(1)"> [lien](javascript:alert(1)) <script>alert(1)</script>après.'))
    assert cleaned == '<p>Avant <img src="x"> <a>lien</a> après.</p>'


LEGITIMATE = {
    "headings-with-toc-ids": "# Le titre\n\n## Une section\n\n### L'été à Québec",
    "attr-list-id-and-class": "## Inscription {: #inscription .important }\n\nTexte.\n{: .note lang=en }",
    "table-with-alignments": "| Ville | Date | Prix |\n|:--|:-:|--:|\n| Rimouski | 12 mars | 25 $ |",
    "footnotes": "Un texte[^1] et un autre[^note].\n\n[^1]: La note.\n[^note]: L'autre *note*.",
    "abbreviation": "Le HTML.\n\n*[HTML]: HyperText Markup Language",
    "definition-list": "Terme\n:   Sa définition.",
    "markdown-image": "![Une affiche « test »](/images/affiche.svg \"Le titre\")",
    "raw-image-with-size": '<img src="/images/carte.png" alt="La carte" width="600" height="400" loading="lazy">',
    "figure-with-caption": '<figure>\n<img src="/images/salle.jpg" alt="La salle">\n<figcaption>La salle, en <em>2026</em>.</figcaption>\n</figure>',
    "mailto-and-tel-links": "[Écrire](mailto:info@example.org) ou [appeler](tel:+14185550100).",
    "relative-links": "[Les événements](/evenements/), [plus bas](#inscription), [voisin](../autre/) et [groupe]({filename}/directory/groupe.md).",
    "protocol-relative-link": '<a href="//cdn.example.org/guide.pdf">le guide</a>',
    "link-with-title-hreflang-rel": '<a href="https://example.com/en/" title="In English" hreflang="en" rel="nofollow">English</a>',
    "query-string-with-ampersand": "[Carte](https://www.openstreetmap.org/?mlat=48.45&mlon=-68.52#map=15/48.45/-68.52)",
    "code-block-with-markup": "```python\nif a < b and c > d:\n    print(\"<b>\" & '<i>')\n```",
    "indented-code-block": "Exemple :\n\n    <script>alert(\"pas exécuté\")</script>",
    "inline-code-with-markup": "Tapez `<br>` et `a && b` ou `\"x\"`.",
    "blockquote-and-lists": "> Une citation\n> sur deux lignes.\n\n1. un\n2. deux\n    - deux a\n    - deux b\n\n* encore",
    "emphasis-br-hr": "*Italique* et **gras**,  \nà la ligne.\n\n---\n\nFin.",
    "sup-sub-and-inline-html": "Le 1<sup>er</sup> mai, H<sub>2</sub>O, <kbd>Ctrl</kbd>, <mark>ceci</mark> et <abbr title=\"Organisme à but non lucratif\">OBNL</abbr>.",
    "french-typography": "L'événement « vraiment » \"attendu\" -- enfin... le 3---4 juin : c'est << parfait >>.",
    "typed-no-break-spaces": "Prix\u00a0: 25\u00a0$ \u2014 l\u2019été\u202f!",
    "character-references": "Des &eacute;l&egrave;ves &amp; des &lt;balises&gt; &#8217; &#x2019; &copy;.",
    "escaped-markup-in-attribute": "[lien](https://example.org/ \"a < b > c & d\")",
    "details-and-summary": "<details><summary>Plus</summary>\n<p>Caché.</p>\n</details>",
    "ordered-list-start": "3. trois\n4. quatre",
}


@pytest.mark.parametrize("body", LEGITIMATE.values(), ids=LEGITIMATE.keys())
def test_legitimate_bodies_are_unchanged(markdown, body):
    rendered = markdown(body)
    assert sanitize(rendered) == rendered


def test_heading_ids_and_footnote_anchors_survive(markdown):
    cleaned = sanitize(markdown("## Une section\n\nTexte[^1].\n\n[^1]: Note."))
    ids = {attributes.get("id") for _, attributes in tags_of(cleaned)} - {None}
    assert ids == {"une-section", "fnref:1", "fn:1"}


def test_an_autolinked_address_still_links_to_it(markdown):
    """Markdown writes <info@example.org> with character references; ammonia decodes them."""
    cleaned = sanitize(markdown("<info@example.org>"))
    assert [a["href"] for name, a in tags_of(cleaned) if name == "a"] == ["mailto:info@example.org"]


def test_private_use_characters_in_a_body_are_kept(markdown):
    """A body that holds the sanitizer's own markers: references come out decoded, text kept."""
    cleaned = sanitize("<p>\U00100000 l&rsquo;été</p>")
    assert cleaned == "<p>\U00100000 l\u2019été</p>"


@pytest.mark.parametrize("empty", ["", None])
def test_an_empty_body_is_empty(empty):
    assert sanitize(empty) == ""


# --- property: random HTML-ish bodies ------------------------------------------------------------

NAMES = ["script", "img", "a", "svg", "style", "iframe", "p", "div", "math", "table", "td", "noscript",
         "template", "textarea", "object", "form", "details", "title", "select", "option", "xmp", "Script"]
ATTRIBUTES = ["onerror", "onload", "ONclick", "onmouseover", "href", "src", "style", "srcdoc", "xlink:href",
              "formaction", "title", "id", "class", "on", "o\u006eerror"]
VALUES = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)", "java&#9;script:x",
          " javascript:x", "data:text/html,x", "vbscript:x", "x", "/rel", "https://example.org/",
          "&rsquo;", "\u00a0", "\U00100000", "</p><p>", "\"", "'"]
PIECES = st.one_of(
    st.sampled_from(NAMES).map(lambda n: f"<{n}"),
    st.sampled_from(NAMES).map(lambda n: f"</{n}>"),
    st.tuples(st.sampled_from(ATTRIBUTES), st.sampled_from(['="', "='", "=", ""]), st.sampled_from(VALUES)).map(lambda t: f" {t[0]}{t[1]}{t[2]}"),
    st.sampled_from([">", "/>", '"', "'", "<", "<!--", "-->", "<![CDATA[", "]]>", "&", ";", " ", "\n", "=", "/", "`"]),
    st.sampled_from(VALUES),
    st.text(max_size=6),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_random_bodies_never_keep_handlers_or_scripts(body):
    cleaned = sanitize(body)
    assert dangers(cleaned) == []
    assert sanitize(cleaned) == cleaned  # stable: cleaning a summary cut from it changes nothing


@settings(max_examples=100, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_random_bodies_through_markdown_never_keep_handlers_or_scripts(markdown, body):
    assert dangers(sanitize(markdown(body))) == []


def test_html_comments_are_removed():
    """A note left in a comment is not published (and comments are a known way around parsers)."""
    assert sanitize("<p>Avant <!-- à retirer : prix à confirmer --> après.</p>") == "<p>Avant  après.</p>"


# --- the editors' guide says what the allow-list is ----------------------------------------------


@pytest.fixture(scope="module")
def guide_section():
    guide = (ROOT / "docs" / "guide-redaction.md").read_text(encoding="utf-8")
    start = guide.index(GUIDE_SECTION)
    return guide[start : guide.index("\n## ", start + 1)]


def test_the_guide_names_every_kept_element_and_attribute(guide_section):
    named = set(re.findall(r"`([a-z0-9]+)`", guide_section))
    if "`h1` à `h6`" in guide_section:
        named |= {"h2", "h3", "h4", "h5"}
    assert sorted(TAGS - named) == []
    unnamed = {"reversed", "start", "span", "headers", "scope", "datetime", "open"}  # no editor needs them
    assert sorted(set().union(*ALLOWED_ATTRIBUTES.values()) - named - unnamed) == []


def test_the_guide_example_is_what_the_site_publishes(markdown, guide_section):
    written = re.search(r"```markdown\n(.*?)```", guide_section, re.DOTALL).group(1)
    published = re.search(r"```html\n(.*?)```", guide_section, re.DOTALL).group(1)
    assert re.sub(r"\n{3,}", "\n\n", sanitize(markdown(written))) == published.strip()
