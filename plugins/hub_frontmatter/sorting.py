"""Keep mission descriptions and directory entries out of the blog's lists.

They are still written to their own pages (as hidden content), but they are
not posts: no category, tag, author, archive or feed lists them.
"""


def _set_aside(listed, hidden, kinds):
    keep = [c for c in listed if getattr(c, "hub_type", None) not in kinds]
    aside = [c for c in listed if getattr(c, "hub_type", None) in kinds]
    return keep, hidden + aside


def sort_articles(generator):
    """article_generator_pretaxonomy, in this order: future articles wait, missions step aside.

    One receiver, because blinker does not keep the order receivers connected in.
    """
    hold_future(generator)
    set_aside_missions(generator)


def hold_future(generator):
    """article_generator_pretaxonomy: an article dated after "now" waits, like a draft.

    Editors can prepare a post ahead; it appears on the first build on or after
    its `date` ("now" is SOURCE_DATE_EPOCH when set).
    """
    now = generator.context.get("HUB_NOW")
    if now is None:
        return
    for listed, waiting in (("articles", "drafts"), ("translations", "drafts_translations")):
        items = getattr(generator, listed)
        future = [a for a in items if a.date > now]
        setattr(generator, listed, [a for a in items if a.date <= now])
        setattr(generator, waiting, getattr(generator, waiting) + future)


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
