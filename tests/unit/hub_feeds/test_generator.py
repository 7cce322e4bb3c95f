"""hub_feeds.generator.feed_options: HUB_FEEDS over its defaults; tag_year is a constant
(hub_core.settings.TAG_YEAR), still accepted in older settings files with that value only."""

import pytest

from hub_core.settings import SettingsError
from hub_core.settings import TAG_YEAR
from hub_feeds.generator import feed_options


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, {"max_items": 50}),
        ({"max_items": 3}, {"max_items": 3}),
        ({"max_items": 3, "tag_year": 2026}, {"max_items": 3}),
    ],
)
def test_feed_options(given, expected):
    assert TAG_YEAR == 2026
    assert feed_options({"HUB_FEEDS": given}) == expected


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"tag_year": 2027}, r"hub_feeds: 'HUB_FEEDS' tag_year is no longer a setting: it stays 2026 .* remove the key \(given: 2027\)"),
        ({"tag_year": "2026"}, r"given: '2026'"),
        ({"max_item": 3}, r"hub_feeds: Invalid 'HUB_FEEDS' key: 'max_item'"),
    ],
)
def test_feed_options_refused(given, message, monkeypatch):
    monkeypatch.setenv("HUB_LANG", "en")
    with pytest.raises(SettingsError, match=message):
        feed_options({"HUB_FEEDS": given})
