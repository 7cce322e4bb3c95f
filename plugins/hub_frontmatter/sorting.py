"""Sort what Pelican read before it lists or writes anything.

- Mission descriptions and directory entries are written to their own pages
  (as hidden content) but are not posts: no category, tag, author, archive or
  feed lists them.
- An article dated after "now" waits, like a draft.
- Drafts and waiting articles are never written: Pelican would write them at
  the address the reader gave them, i.e. published for anyone who guesses it.
- A translation shows its original's tags (French words, whose pages exist in
  French only); its own `tags` are not read (`hub check` warns about them).
"""

ORIGINAL_LANGUAGE = "fr"


def _set_aside(listed, hidden, kinds):
    keep = [c for c in listed if getattr(c, "hub_type", None) not in kinds]
    aside = [c for c in listed if getattr(c, "hub_type", None) in kinds]
    return keep, hidden + aside


def sort_articles(generator):
    """article_generator_pretaxonomy, in this order: missions step aside, future
    articles wait, drafts are kept unwritten.

    One receiver, because blinker does not keep the order receivers connected in.
    """
    share_tags(generator.articles + generator.hidden_articles + generator.drafts)
    set_aside_missions(generator)
    hold_future(generator)
    generator.hub_unwritten = generator.drafts + generator.drafts_translations
    generator.drafts, generator.drafts_translations = [], []


def share_tags(originals):
    """Each translation of an original gets the original's tags (or none)."""
    for original in originals:
        if getattr(original, "lang", ORIGINAL_LANGUAGE) != ORIGINAL_LANGUAGE:
            continue
        for translation in getattr(original, "translations", ()):
            if getattr(original, "tags", None):
                translation.tags = list(original.tags)
            elif hasattr(translation, "tags"):
                del translation.tags


def hold_future(generator):
    """article_generator_pretaxonomy: an article dated after "now" waits, like a draft.

    Editors can prepare a post ahead; it appears on the first build on or after
    its `date` ("now" is SOURCE_DATE_EPOCH when set). Missions have stepped aside
    already: their `date` defaults to the first day of the trip, and an upcoming
    mission is shown long before.
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
    """page_generator_finalized: translations share their original's tags; directory entries leave the page lists."""
    share_tags(generator.pages + generator.hidden_pages + generator.draft_pages)
    generator.pages, generator.hidden_pages = _set_aside(generator.pages, generator.hidden_pages, {"directory"})
    generator.translations, generator.hidden_translations = _set_aside(
        generator.translations, generator.hidden_translations, {"directory"}
    )
    generator.hub_unwritten = generator.draft_pages + generator.draft_translations
    generator.draft_pages, generator.draft_translations = [], []
    generator.context["pages"] = generator.pages
    generator.context["hidden_pages"] = generator.hidden_pages
    generator.context["draft_pages"] = []
