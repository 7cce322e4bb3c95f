"""hub_frontmatter.typography gives, byte for byte, the HTML of Python-Markdown's smarty.

The HTML is compared as a string on purpose: the extension replaces smarty, and the promise is
the same bytes, with the settings of pelicanconf.py (French guillemets) and smarty's defaults
(English). The 1,000-item bench corpus is checked the same way by hand (bench/README.md).
"""

from pathlib import Path

import pytest
from markdown import Markdown

from hub_core import header

ROOT = Path(__file__).resolve().parents[3]
FRENCH = {
    "smart_angled_quotes": True,
    "substitutions": {"left-double-quote": "«&nbsp;", "right-double-quote": "&nbsp;»"},
}
SETTINGS = {"french": FRENCH, "english": {}, "no-dashes-no-ellipses": {"smart_dashes": False, "smart_ellipses": False}}
OTHER_EXTENSIONS = {"markdown.extensions.extra": {}, "markdown.extensions.toc": {"permalink": False}}


def converters(settings):
    """(smarty, typography) Markdown converters, each with extra and toc."""
    pair = []
    for name in ("markdown.extensions.smarty", "hub_frontmatter.typography"):
        extensions = dict(OTHER_EXTENSIONS, **{name: settings})
        pair.append(Markdown(extensions=list(extensions), extension_configs=extensions, output_format="html5"))
    return pair


@pytest.fixture(scope="module", params=sorted(SETTINGS), ids=sorted(SETTINGS))
def pair(request):
    return converters(SETTINGS[request.param])


TRICKY = {
    "double-quotes": 'Un "mot" ici.',
    "quotes-around-emphasis": 'Il dit "*vraiment*" et "**fort**".',
    "emphasis-inside-quotes-at-edges": '"*Début*" puis *"milieu"* et "fin *ici*"',
    "quotes-around-link": 'Voir "[le site](https://example.com)" et \'[ça](/x)\'.',
    "link-text-with-quotes": '[Le "Carrefour" d\'été](https://example.com "Un \'titre\' -- avec...")',
    "quotes-around-code": 'Tapez "`make build`" puis \'`ls`\'.',
    "code-span-untouched": "Le code `\"a\" -- 'b' ... << >>` reste tel quel.",
    "code-block-untouched": "Texte :\n\n    \"a\" -- 'b' ... << >>\n\nFin.",
    "fenced-code-untouched": "```\n\"a\" -- 'b' ... << >>\n```\n",
    "raw-html-attributes": 'Un <span title="a \'b\' -- c">"texte"</span> et <abbr title="x">"y"</abbr>.',
    "raw-html-then-angle": "<b>gras</b>>> suite <<<i>x</i>",
    "french-apostrophes": "L'événement d'aujourd'hui, c'est l'été.",
    "english-contractions": "It's John's book, don't we? The dogs' bones, 'tis.",
    "apostrophe-before-digits": "L'80 et l'2026, o'1.",
    "single-inside-double": "He said, \"'Quoted' words in a larger quote.\"",
    "double-inside-single": "'\"Quoted\" words' in 'a \"larger\" one'",
    "quote-sets-closing": "Il dit \"c'est 'fini'\" puis 'un \"mot\"'.",
    "decades": "The '80s and '90s, l'an '20s, ' 70s, x'80s.",
    "dashes": "Un -- deux --- trois ---- quatre ----- cinq - six.",
    "dashes-against-quotes": "Mot--\"cité\"--fin, puis ---'a'--- et -- \"b\" --.",
    "ellipses": "Et... puis.... encore.. enfin...",
    "ellipsis-against-quotes": "\"...\" puis '...' et \"Mais...\"",
    "angled-quotes": "<< Bonjour >> et <<< trois >>> et <<<< quatre >>>>.",
    "angled-next-to-quotes": "<<\"a\">> et <<'b'>>",
    "quotes-at-line-starts-and-ends": "\"Début de ligne\nfin de ligne\"\n'autre\nligne'",
    "quote-first-then-punctuation": "'. début\n\n\". début\n\n'\". x\n\n\"'",
    "quotes-after-parentheses": "(\"entre\") et ('simple') [\"crochets\"] {\"accolades\"}",
    "quotes-after-em-dash": "Il a dit—\"oui\"—puis —'non'— et &mdash;\"peut-être\"&mdash;.",
    "quotes-after-non-breaking-space": "Un&nbsp;\"mot\"&nbsp;et&nbsp;'autre'.",
    "escaped-quotes": "Un \\\"mot\\\" et l\\'autre.",
    "consecutive-quotes": "a''b a'''b \"\"x\"\" a\"\"\"b '' \"\" ''' \"\"\"",
    "space-separated-quotes": "a' 'b a\" \"b 's 's x's\"",
    "quotes-and-s": "les 'mots's et \"s\"s 's'",
    "quotes-in-headings": "## Le \"titre\" d'été -- ici...\n\nTexte.",
    "quotes-in-lists-and-tables": "- \"un\"\n- 'deux'\n\n| a | b |\n|---|---|\n| \"c\" | 'd' |",
    "quotes-in-blockquote": "> \"Cité\" -- l'auteur...",
    "footnote-with-quotes": "Texte[^1].\n\n[^1]: Une \"note\" d'ici.",
    "abbreviation-with-quotes": "Le HTML \"ici\".\n\n*[HTML]: Hyper \"Text\"",
    "attribute-list": "Un paragraphe \"cité\".\n{: .classe title=\"a 'b'\" }",
    "image-alt-and-title": "![Un \"chat\" d'ici](chat.png \"Le 'titre'\")",
    "entities-and-quotes": "&amp;\"a\" &copy;'b' &#8212;\"c\" &#8211;'d'",
}


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_same_html_as_smarty(pair, text):
    smarty, typography = pair
    assert typography.reset().convert(text) == smarty.reset().convert(text)


def content_bodies():
    paths = sorted((ROOT / "content").rglob("*.md")) + sorted((ROOT / "tests" / "fixtures").glob("*/content/**/*.md"))
    return [(path.relative_to(ROOT), header.parse(path.read_text(encoding="utf-8")).body) for path in paths]


def test_same_html_as_smarty_for_every_body_of_the_site_and_fixtures(pair):
    smarty, typography = pair
    bodies = content_bodies()
    assert len(bodies) > 100
    differing = [
        str(path) for path, body in bodies
        if typography.reset().convert(body) != smarty.reset().convert(body)
    ]
    assert differing == []


def test_settings_shape_is_smartys():
    """The French settings of pelicanconf.py: guillemets with non-breaking spaces, angled quotes."""
    _smarty, typography = converters(FRENCH)
    assert typography.convert('Un "mot" <<ici>> -- l\'été...') == (
        "<p>Un «&nbsp;mot&nbsp;» &laquo;ici&raquo; &ndash; l&rsquo;été&hellip;</p>"
    )
