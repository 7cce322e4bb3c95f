"""What a VEVENT says in words: its place (LOCATION), its links and its description.

- LOCATION `Salle X, 225 boul. René-Lepage Est, Rimouski, QC G5L 1P2` gives a venue whose
  city is a municipality the site knows (hub_core.places), else a venue without a city (the
  editor adds it; `hub check` asks for it).
- The online link: CONFERENCE, X-GOOGLE-CONFERENCE, or a meeting address in the description.
- The description: plain text kept as Markdown-escaped text; HTML (X-ALT-DESC or a DESCRIPTION
  that holds tags, as Google and Eventbrite write) cleaned by nh3 to a few harmless elements.
"""

import re
from urllib.parse import urlsplit

import nh3

POSTAL_CODE = re.compile(r"\b[A-Za-z]\d[A-Za-z][ -]?\d[A-Za-z]\d\b")
BRACKETED = re.compile(r"^([^(]+?)\s*\((.+)\)\s*$")
PROVINCE = re.compile(r"(?:^|\s)(?:QC|Qc|PQ|Canada)\.?$")
MEETING = re.compile(
    r"https://(?:[\w-]+\.)*(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|meet\.jit\.si|whereby\.com)/[^\s<>\"')\]]+"
)
# A LOCATION that says "online" rather than where (Meetup writes `Online event`).
ONLINE_PLACE = re.compile(r"^\s*(?:en ligne|online(?: event)?|événement en ligne|virtuel(?:le)?|virtual|zoom|teams|google meet|webinaire|webinar)\s*$", re.IGNORECASE)
HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# Python-Markdown's escapable characters that would change the text; `<` becomes `&lt;`.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]>#!])")
LIST_MARK = re.compile(r"^(\s*)(?:([-+])|(\d+)([.)]))(?=\s|$)")
# What an imported description may keep: text with emphasis, links, paragraphs and lists.
TAGS = {"p", "br", "a", "strong", "em", "b", "i", "ul", "ol", "li"}
URL_SCHEMES = {"http", "https", "mailto"}


def web_address(value) -> str | None:
    """A full http(s):// address, or None."""
    text = str(value or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:  # `https://[example.org/`: an unclosed IPv6 bracket
        return None
    if parts.scheme in ("http", "https") and parts.netloc and not re.search(r"\s", text):
        return text
    return None


def venue_of(location: str, places) -> dict | None:
    """`{name, address, city, postal_code}` from a LOCATION; no city when none is known."""
    bracketed = BRACKETED.match(location)  # Meetup: `Name (street, town, QC postal code)`
    if bracketed:
        location = bracketed.group(1) + ", " + bracketed.group(2)
    parts = [part.strip() for part in location.split(",") if part.strip()]
    if not parts:
        return None
    postal = POSTAL_CODE.search(location)
    city_index, city = None, None
    for index in range(1 if len(parts) > 1 else 0, len(parts)):
        candidate = PROVINCE.sub("", POSTAL_CODE.sub("", parts[index])).strip()
        place = places.find(candidate) if candidate else None
        if place is not None:
            city_index, city = index, place
            break
    venue = {"name": parts[0]}
    address = parts[1:city_index] if city is not None else parts[1:]
    address = [part for part in address if PROVINCE.sub("", POSTAL_CODE.sub("", part)).strip()]
    if address:
        venue["address"] = ", ".join(address)
    if city is not None:
        venue["city"] = city.name
        if city.country != "CA":
            venue["country"] = city.country
    if postal:
        venue["postal_code"] = postal.group(0).upper()
    return venue


def meeting_link(vevent) -> str | None:
    """The address to join online: CONFERENCE, X-GOOGLE-CONFERENCE, else one in the description."""
    for name in ("CONFERENCE", "X-GOOGLE-CONFERENCE"):
        found = vevent.get(name)
        for value in found if isinstance(found, list) else [found]:
            address = web_address(value)
            if address:
                return address
    for name in ("DESCRIPTION", "X-ALT-DESC"):
        match = MEETING.search(str(vevent.get(name) or ""))
        if match:
            return match.group(0)
    return None


def body_of(vevent) -> str:
    """The event's description as a Markdown body."""
    alternative = vevent.get("X-ALT-DESC")
    if alternative is not None and "html" in str(getattr(alternative, "params", {}).get("FMTTYPE", "")).lower():
        return clean_html(str(alternative))
    text = str(vevent.get("DESCRIPTION") or "")
    if HTML_TAG.search(text):
        return clean_html(text)
    return escape_markdown(text)


def clean_html(html: str) -> str:
    """The HTML with only TAGS (and `href` on links) left, in a `<div>`; scripts and styles go whole."""
    cleaned = _tidy(nh3.clean(html, tags=TAGS, attributes={"a": {"href"}}, url_schemes=URL_SCHEMES, link_rel="noopener"))
    # One block of HTML: Markdown leaves it as it is (a `*` or `_` of the text stays a character).
    return f"<div>\n{cleaned}\n</div>" if cleaned else ""


def escape_markdown(text: str) -> str:
    """Plain text that Markdown shows as written: no emphasis, link, heading or list made by
    accident, and no raw HTML."""
    lines = []
    for line in _tidy(text).split("\n"):
        line = MARKDOWN_SPECIAL.sub(r"\\\1", line).replace("<", "&lt;")
        line = LIST_MARK.sub(_escaped_mark, line)
        lines.append(line)
    return "\n".join(lines)


def _escaped_mark(match) -> str:
    if match.group(2):
        return match.group(1) + "\\" + match.group(2)
    return match.group(1) + match.group(3) + "\\" + match.group(4)


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
