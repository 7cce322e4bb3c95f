import pytest

from hub_search.heads import read_head

PAGE = """<!DOCTYPE html><html lang="fr-CA"><head>
<link rel="canonical" href="/evenements/x/">
<link rel="alternate" hreflang="fr-CA" href="/evenements/x/">
<link rel="alternate" hreflang="en-CA" href="/en/events/x/">
<link rel="alternate" type="application/rss+xml" href="/rss.xml">
<meta property="article:published_time" content="2026-11-20T00:00:00-05:00">
{extra}
</head><body><link rel="canonical" href="/not-in-head/"></body></html>"""


def test_canonical_and_hreflang_alternates_are_read_from_the_head():
    head = read_head(PAGE.format(extra=""))
    assert head.canonical == "/evenements/x/"
    assert head.alternates == [("fr-CA", "/evenements/x/"), ("en-CA", "/en/events/x/")]
    assert head.noindex is False


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("", "2026-11-20T00:00:00-05:00"),
        ('<meta property="article:modified_time" content="2026-11-22T09:30:00-05:00">', "2026-11-22T09:30:00-05:00"),
    ],
)
def test_modified_time_else_published_time(extra, expected):
    assert read_head(PAGE.format(extra=extra)).modified == expected


@pytest.mark.parametrize("content", ["noindex", "noindex, follow", "NOINDEX,nofollow"])
def test_robots_noindex(content):
    assert read_head(PAGE.format(extra=f'<meta name="robots" content="{content}">')).noindex


def test_a_page_without_head_links():
    head = read_head("<!DOCTYPE html><title>x</title><p>Bonjour</p>")
    assert (head.canonical, head.alternates, head.noindex, head.modified) == (None, [], False, None)
