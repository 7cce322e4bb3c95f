"""What a built page says about itself in its <head>: canonical, hreflang alternates, robots, dates."""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Head:
    canonical: str | None = None
    alternates: list = field(default_factory=list)  # (hreflang, href), in page order
    noindex: bool = False
    modified: str | None = None  # article:modified_time, else article:published_time


class HeadReader(HTMLParser):
    """Reads <link> and <meta> up to the end of <head>; the body is never parsed."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.head = Head()
        self.published = None
        self.done = False

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        if tag == "body":
            self.done = True
            return
        values = {name: (value or "") for name, value in attrs}
        if tag == "link":
            rels = values.get("rel", "").lower().split()
            if "canonical" in rels and self.head.canonical is None:
                self.head.canonical = values.get("href", "")
            elif "alternate" in rels and values.get("hreflang") and values.get("href"):
                self.head.alternates.append((values["hreflang"], values["href"]))
        elif tag == "meta":
            name = values.get("name", "").lower()
            prop = values.get("property", "").lower()
            content = values.get("content", "")
            if name == "robots" and "noindex" in content.lower().replace(" ", "").split(","):
                self.head.noindex = True
            elif prop == "article:modified_time" and content:
                self.head.modified = content
            elif prop == "article:published_time" and content:
                self.published = content

    def handle_endtag(self, tag):
        if tag == "head":
            self.done = True


def read_head(html):
    """`Head` of an HTML document (only the part before <body> is read)."""
    end = html.find("<body")
    reader = HeadReader()
    reader.feed(html if end < 0 else html[:end])
    reader.close()
    if reader.head.modified is None:
        reader.head.modified = reader.published
    return reader.head
