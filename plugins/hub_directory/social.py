"""A directory entry's social networks, named as each network names itself.

The networks are the content model's (`social` in hub_core.model: SOCIAL_NETWORKS); their names
are brands, the same in every language, so they are data and not messages of the catalog.
"""

# network (hub_core.model.SOCIAL_NETWORKS) -> its name on the entry's page
NETWORK_NAMES = {
    "linkedin": "LinkedIn",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "x": "X",
    "facebook": "Facebook",
    "youtube": "YouTube",
}


def social_links(entry) -> list[tuple[str, str]]:
    """[(name, url)] of an entry's networks, in the order of their front-matter keys' names."""
    social = getattr(entry, "social", None) or {}
    return [(NETWORK_NAMES.get(network, network), url) for network, url in sorted(social.items())]
