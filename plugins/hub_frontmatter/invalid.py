"""Items with a content error never become Pelican content.

The reader returns every item, with its problems. As soon as Pelican has the metadata of an
item with an error (article_generator_context, page_generator_context, before the content
object is made), the item is kept in the build's context for the report and Pelican skips the
file: it is in no list (articles, translations, hidden_*, drafts, dates, tags, categories,
authors, generated_content), no `content_object_init` receiver and no generator sees it.
`report.report_problems` lists its problems with every other item's, including the problems
across files (translations, series, missions) that need its identity; a build with errors stops
there, before anything is written.
"""

INVALID_ITEMS = "hub_invalid_items"  # context key: the item's path as problems show it -> Item


def set_aside_invalid(generator, metadata):
    """article_generator_context, page_generator_context: an item with an error is kept for the report, and skipped."""
    item = metadata.get("hub_item")
    if item is None or item.is_valid:
        return
    generator.context.setdefault(INVALID_ITEMS, {})[item.path] = item
    metadata["status"] = "skip"  # Pelican makes a SkipStub: no content object, no list


def invalid_items(context):
    """Path (as problems show it) -> Item, for the items set aside in this build."""
    return dict(context.get(INVALID_ITEMS, {}))
