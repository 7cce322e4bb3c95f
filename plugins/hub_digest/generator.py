"""DigestGenerator: the weekly digests, their index, their feeds and their email files."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from pelican.generators import Generator

from hub_core import dates
from hub_core.feeds import FeedLinks
from hub_core.i18n import N_
from hub_core.references import resolve_references
from hub_core.settings import TAG_YEAR, SettingsError, plugin_settings, say, site_timezone
from hub_core.shapes import Context, Settings, Writer
from hub_core.urls import FEED_STYLESHEET, page_url
from hub_core.writer import file_writer

from . import contents, feed
from .weeks import Week, mondays, parse_week

logger = logging.getLogger(__name__)

DEFAULTS = {
    "first_week": "2026-W40",  # the oldest digest (ISO week); every week since has one
    "weeks_ahead": 2,  # how many weeks of coming events each digest lists
    "feed_items": 26,  # digests in each feed (every digest stays listed on /infolettre/)
    "email_max_bytes": 100_000,  # a bigger email file is reported (Gmail clips messages past 102 KB)
}
LANGUAGES = ("fr", "en")
# {lang: (the page's folder prefix, the email's HTML file, its plain-text part)}
FILES = {"fr": ("courriel.html", "courriel.txt"), "en": ("email.html", "email.txt")}


def options_of(settings: Settings) -> dict[str, Any]:
    """HUB_DIGEST merged over DEFAULTS; a bad key, week or count stops the build."""
    options = plugin_settings(settings, "HUB_DIGEST", DEFAULTS, fixed=("tag_year",))
    options["first_monday"] = parse_week(options["first_week"])
    for name in ("weeks_ahead", "feed_items", "email_max_bytes"):
        value = options[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise SettingsError(say(N_("hub_digest : %(key)s de HUB_DIGEST invalide : %(value)s (attendu : un nombre entier, 1 ou plus)"),
                                    key=name, value=repr(value)))
    return options


def check_email_size(path: str, context: Context | None = None) -> None:
    """content_written: an email file over `email_max_bytes` is reported (sent when the file is on disk,
    which may be in a worker of hub_output, after generate_output). A signal without a build's
    context (another writer's, a test's) is not a digest file."""
    if not context:
        return
    name = context.get("output_file", "")
    if context.get("digest") is None or os.path.basename(name) not in {html for html, _text in FILES.values()}:
        return
    limit = options_of(context)["email_max_bytes"]
    size = os.path.getsize(path)
    if size > limit:
        logger.warning("%s", say(N_("hub_digest : %(path)s pèse %(size)d octets, plus que email_max_bytes de HUB_DIGEST "
                                    "(%(limit)d) : les logiciels de courriel pourraient le couper"),
                                 path=name, size=size, limit=limit))


def page_of(week: Week, lang: str) -> str:
    """`infolettre/2026-s48/`, `en/newsletter/2026-w48/`."""
    return f"{page_url('newsletter', lang)}{week.slug(lang)}/"


class DigestGenerator(Generator):
    def generate_context(self) -> None:
        self.options = options_of(self.settings)
        self.output_files = file_writer(self.context, self.output_path)
        self.tz = dates.zone(site_timezone(self.settings))
        resolve_references(self.context)
        articles = self.context.get("articles", [])
        entries = self.context.get("hidden_pages", []) + self.context.get("pages", [])
        events = [a for a in articles if a.hub_type == "event"]
        weeks = [Week(m, self.tz, self.options["weeks_ahead"]) for m in mondays(self.options["first_monday"], self.context["HUB_NOW"], self.tz)]
        horizon = max((w.end for w in weeks), default=self.context["HUB_NOW"])
        timeline = contents.Timeline([e for e in events if e.lang == "fr"], horizon, self.settings["TIMEZONE"])
        found = [contents.collect(timeline, articles, entries, week, {lang: page_of(week, lang) for lang in LANGUAGES}) for week in weeks]
        self.digests = list(reversed(found))  # newest first
        self.context["digests"] = self.digests
        self.context["digest_feeds"] = {lang: self.feed_info(lang) for lang in LANGUAGES} if self.digests else None

    def feed_info(self, lang: str) -> FeedLinks:
        """The feed as pages declare it (the shape of hub_feeds' `all_feeds`)."""
        base = page_url("newsletter", lang)
        titles = self.get_template("digest/_titles").module
        title = titles.feed_title(self.settings["SITENAME"], lang).striptags()
        return {"family": "digest", "slug": "", "title": title, "rss": base + "rss.xml", "atom": base + "atom.xml", "page": base, "lang": lang}

    def generate_output(self, writer: Writer) -> None:
        public = self.settings["PUBLIC_SITEURL"].rstrip("/")
        page = self.get_template("digest/page")
        for lang in LANGUAGES:
            bodies = []
            for position, digest in enumerate(self.digests):
                newer = self.digests[position - 1] if position else None
                older = self.digests[position + 1] if position + 1 < len(self.digests) else None
                address = digest.urls[lang]
                writer.write_file(address + "index.html", page, self.context, lang=lang, url=address, digest=digest,
                                  newer=newer, older=older, email_file=FILES[lang][0])
                bodies.append(self.write_email(writer, digest, lang, public))
            index = page_url("newsletter", lang)
            writer.write_file(index + "index.html", self.get_template("digest/index"), self.context, lang=lang, url=index)
            if self.digests:
                self.write_feeds(lang, bodies, public)

    def write_email(self, writer: Writer, digest: contents.Digest, lang: str, public: str) -> str:
        """`courriel.html` and `courriel.txt` beside the page; the HTML body is the feed's content."""
        values = {**self.context, "lang": lang, "digest": digest, "SITEURL": public, "email_file": FILES[lang][0]}
        body: str = self.get_template("digest/_email_body").render(values)
        html_name, text_name = (digest.urls[lang] + name for name in FILES[lang])
        writer.write_file(html_name, self.get_template("digest/email"), self.context, lang=lang, digest=digest, body=body, SITEURL=public)
        writer.write_file(text_name, self.get_template("digest/email_text"), self.context, lang=lang, digest=digest, SITEURL=public)
        return body

    def write_feeds(self, lang: str, bodies: list[str], public: str) -> None:
        titles = self.get_template("digest/_titles").module
        info = self.context["digest_feeds"][lang]
        shown = self.digests[: self.options["feed_items"]]
        entries = [
            feed.Entry(
                id=feed.entry_id(self.settings["SITE_DOMAIN"], TAG_YEAR, digest.week, lang),
                link=f"{public}/{digest.urls[lang]}",
                title=titles.digest_title(digest.week, lang).striptags(),
                summary=titles.digest_summary(digest, lang).striptags(),
                content=body,
                published=digest.week.start,
                updated=digest.updated(lang),
            )
            for digest, body in zip(shown, bodies)
        ]
        stylesheet = f"{self.settings.get('SITEURL', '')}/{FEED_STYLESHEET}"
        rss, atom = feed.documents(info, entries, self.settings, TAG_YEAR, stylesheet)
        for name, data in ((info["rss"], rss), (info["atom"], atom)):
            self.output_files.write(name, data, "hub_digest")
