"""Keep mission descriptions and directory entries out of the blog's lists.

They are still written to their own pages (as hidden content), but they are
not posts: no category, tag, author, archive or feed lists them.
"""


def _set_aside(listed, hidden, kinds):
    keep = [c for c in listed if getattr(c, "hub_type", None) not in kinds]
    aside = [c for c in listed if getattr(c, "hub_type", None) in kinds]
    return keep, hidden + aside


def set_aside_missions(generator):
    """article_generator_pretaxonomy: missions leave the article lists."""
    generator.articles, generator.hidden_articles = _set_aside(generator.articles, generator.hidden_articles, {"mission"})
    generator.translations, generator.hidden_translations = _set_aside(
        generator.translations, generator.hidden_translations, {"mission"}
    )


def set_aside_directory(generator):
    """page_generator_finalized: directory entries leave the page lists."""
    generator.pages, generator.hidden_pages = _set_aside(generator.pages, generator.hidden_pages, {"directory"})
    generator.translations, generator.hidden_translations = _set_aside(
        generator.translations, generator.hidden_translations, {"directory"}
    )
    generator.context["pages"] = generator.pages
    generator.context["hidden_pages"] = generator.hidden_pages
