from types import SimpleNamespace

import datetime as dt

from hub_frontmatter.sorting import hold_future, set_aside_directory, set_aside_missions, share_tags, sort_articles


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
    draft = item("page", "brouillon")
    generator = SimpleNamespace(
        pages=[page, entry], hidden_pages=[], translations=[], hidden_translations=[],
        draft_pages=[draft], draft_translations=[], context={},
    )
    set_aside_directory(generator)
    assert generator.context["pages"] == [page]
    assert generator.context["hidden_pages"] == [entry]
    assert generator.draft_pages == [] and generator.hub_unwritten == [draft]  # never written


def test_future_articles_wait_like_drafts():
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


def test_sort_articles_keeps_upcoming_missions_and_writes_no_draft():
    now = dt.datetime(2026, 11, 23, 7, tzinfo=dt.timezone.utc)
    upcoming_mission = SimpleNamespace(hub_type="mission", date=now + dt.timedelta(days=200))
    future_post = SimpleNamespace(hub_type="post", date=now + dt.timedelta(days=1))
    draft = SimpleNamespace(hub_type="post", date=now - dt.timedelta(days=1))
    generator = SimpleNamespace(
        context={"HUB_NOW": now}, articles=[upcoming_mission, future_post], translations=[],
        hidden_articles=[], hidden_translations=[], drafts=[draft], drafts_translations=[],
    )
    sort_articles(generator)
    assert generator.articles == [] and generator.hidden_articles == [upcoming_mission]
    assert generator.drafts == [] and generator.drafts_translations == []
    assert generator.hub_unwritten == [draft, future_post]


def test_translations_share_their_original_s_tags():
    english = SimpleNamespace(lang="en", tags=["networking"])
    french = SimpleNamespace(lang="fr", tags=["réseautage"], translations=[english])
    untagged_english = SimpleNamespace(lang="en", tags=["lunch"])
    untagged = SimpleNamespace(lang="fr", translations=[untagged_english])
    alone = SimpleNamespace(lang="en", tags=["alone"], translations=[])
    share_tags([french, untagged, alone, english])
    assert english.tags == ["réseautage"] and english.tags is not french.tags
    assert not hasattr(untagged_english, "tags")
    assert alone.tags == ["alone"]  # not a French original: nothing to share (its reader dropped its own)
