from types import SimpleNamespace

from hub_frontmatter.sorting import hold_future, set_aside_directory, set_aside_missions


def item(kind, name):
    return SimpleNamespace(hub_type=kind, name=name)


def test_missions_leave_the_article_lists():
    post, mission, hidden = item("post", "p"), item("mission", "m"), item("post", "h")
    generator = SimpleNamespace(articles=[post, mission], hidden_articles=[hidden], translations=[], hidden_translations=[])
    set_aside_missions(generator)
    assert generator.articles == [post]
    assert generator.hidden_articles == [hidden, mission]


def test_directory_entries_leave_the_page_lists():
    page, entry = item("page", "a"), item("directory", "d")
    generator = SimpleNamespace(pages=[page, entry], hidden_pages=[], translations=[], hidden_translations=[], context={})
    set_aside_directory(generator)
    assert generator.context["pages"] == [page]
    assert generator.context["hidden_pages"] == [entry]


def test_future_articles_wait_like_drafts():
    import datetime as dt

    now = dt.datetime(2026, 11, 23, 7, tzinfo=dt.timezone.utc)
    past = SimpleNamespace(date=now - dt.timedelta(days=1))
    due = SimpleNamespace(date=now)
    future = SimpleNamespace(date=now + dt.timedelta(minutes=1))
    generator = SimpleNamespace(
        context={"HUB_NOW": now}, articles=[past, future, due], translations=[future], drafts=[], drafts_translations=[]
    )
    hold_future(generator)
    assert generator.articles == [past, due]
    assert generator.drafts == [future] and generator.drafts_translations == [future]
    assert generator.translations == []
