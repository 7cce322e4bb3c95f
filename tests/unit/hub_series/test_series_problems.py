"""hub_series.checks (registered with hub_core.registry): parts numbered twice, gaps, a series title spelled differently."""

import pytest

from hub_series.checks import series_problems
from hub_core.crosscheck import cross_check
from hub_core.items import read_item

SERIES = "Le numérique en région"


def post(series=SERIES, index=None, *lines, date="2026-09-01"):
    """A blog post: title 2, date 3, series 4, series_index 5 (when given), then `lines`."""
    head = ["title: Un billet", f"date: {date}", f'series: "{series}"']
    if index is not None:
        head.append(f"series_index: {index}")
    return "---\n" + "".join(line + "\n" for line in (*head, *lines)) + "---\nTexte.\n"


def items(site, files):
    read = [read_item(path, text, site) for path, text in files.items()]
    for item in read:
        assert item.is_valid, (item.path, [p.render() for p in item.problems])
    return read


def found(problems):
    return sorted((p.path.removeprefix("content/blog/"), p.line, p.field, p.code) for p in problems)


CASES = [
    pytest.param({"blog/a.md": post(index=1), "blog/b.md": post(index=2), "blog/c.md": post(index=3)}, [], id="numbered-in-sequence"),
    pytest.param({"blog/a.md": post(), "blog/b.md": post(), "blog/c.md": post()}, [], id="unnumbered-ordered-by-date"),
    pytest.param({"blog/a.md": post(index=2), "blog/b.md": post()}, [], id="unnumbered-part-fills-the-gap"),
    pytest.param({"blog/a.md": post(index=1)}, [], id="one-part"),
    pytest.param({"blog/a.md": post(index=1, date="2026-09-01"), "blog/b.md": post(index=2, date="2027-01-01")}, [], id="future-part-counts"),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=2), "blog/c.md": post(index=2)},
        [("c.md", 5, "series_index", "series_duplicate_index")],
        id="duplicate-same-date-reported-on-the-second-file",
    ),
    pytest.param(
        {"blog/a.md": post(SERIES, 2, date="2026-10-01"), "blog/b.md": post(index=1), "blog/c.md": post(SERIES, 2, date="2026-09-15")},
        [("a.md", 5, "series_index", "series_duplicate_index")],
        id="duplicate-reported-on-the-later-part",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=1), "blog/c.md": post(index=1)},
        [("b.md", 5, "series_index", "series_duplicate_index"), ("c.md", 5, "series_index", "series_duplicate_index")],
        id="three-parts-numbered-1",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=3)},
        [("b.md", 5, "series_index", "series_gap")],
        id="gap-reported-on-the-part-after-it",
    ),
    pytest.param({"blog/a.md": post(index=2), "blog/b.md": post(index=3)}, [("a.md", 5, "series_index", "series_gap")], id="no-part-1"),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=3), "blog/c.md": post(index=5)},
        [("b.md", 5, "series_index", "series_gap"), ("c.md", 5, "series_index", "series_gap")],
        id="two-gaps-two-problems",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=4), "blog/c.md": post()},
        [("b.md", 5, "series_index", "series_gap")],
        id="unnumbered-part-fills-only-one-of-two",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post("Le numerique en region", 2), "blog/c.md": post(index=3)},
        [("b.md", 4, "series", "series_title_variant")],
        id="same-slug-other-spelling",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post("Le numérique en régions", 2), "blog/c.md": post(index=3)},
        [("b.md", 4, "series", "series_title_variant")],
        id="close-title-fills-the-gap-no-gap-reported",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=2), "blog/c.md": post("Le numérique en régions")},
        [("c.md", 4, "series", "series_title_variant")],
        id="close-title-unnumbered",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post("Le numérique en régions", 2), "blog/c.md": post(index=2)},
        [("b.md", 4, "series", "series_title_variant"), ("c.md", 5, "series_index", "series_duplicate_index")],
        id="close-title-and-duplicate",
    ),
    pytest.param(
        {"blog/a.md": post("Démarrer en IA", 1), "blog/b.md": post("Démarrer en IA", 2), "blog/c.md": post("Démarrer en IA 2", 1)},
        [],
        id="a-number-makes-another-series",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=2), "blog/c.md": post("Le numérique en régions", 1)},
        [],
        id="close-title-whose-number-is-taken-is-another-series",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post("Tourisme et culture", 1)},
        [],
        id="different-series",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/a.en.md": post("Digital in the regions", 3, "lang: en", "slug: un-billet-en")},
        [],
        id="translations-may-leave-parts-out",
    ),
    pytest.param(
        {"blog/a.md": post("Digital", 1, "lang: en"), "blog/b.md": post("Digital", 1, "lang: en", "slug: autre")},
        [("b.md", 5, "series_index", "series_duplicate_index")],
        id="duplicate-in-a-translation",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(SERIES, 1, "status: draft")},
        [("b.md", 5, "series_index", "series_duplicate_index")],
        id="drafts-are-parts",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "chronicles/b.md": post(SERIES, 3, "column: Chronique", "authors: [Ana]")},
        [],
        id="only-blog-posts-make-series",
    ),
]


@pytest.mark.parametrize("files, expected", CASES)
def test_series_problems(site, files, expected):
    read = items(site, {path: text.replace("title: Un billet", f"title: Billet {path}") for path, text in files.items()})
    assert found(series_problems(read)) == expected


def test_series_problems_ignore_the_order_items_come_in(site):
    files = {"blog/a.md": post(index=1), "blog/b.md": post(index=3), "blog/c.md": post(index=3), "blog/d.md": post("Le numerique en region", 4)}
    read = items(site, {p: t.replace("title: Un billet", f"title: {p}") for p, t in files.items()})
    assert [p.render("en") for p in series_problems(read)] == [p.render("en") for p in series_problems(list(reversed(read)))]


MESSAGES = [
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=1)},
        "fr",
        "content/blog/b.md:5: series_index: le numéro 1 est déjà celui d'une autre partie de la série « Le numérique en région » : content/blog/a.md ; donnez à chaque partie son propre numéro",
        id="duplicate-fr",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=4)},
        "en",
        "content/blog/b.md:5: series_index: the series 'Le numérique en région' has no part 2, 3 before part 4 (numbers written: 1, 4); number the parts in sequence (1, 2, 3…)",
        id="gap-en",
    ),
    pytest.param(
        {"blog/a.md": post(index=1), "blog/b.md": post(index=2), "blog/c.md": post("Le numérique en régions", 3)},
        "fr",
        "content/blog/c.md:4: series: la série « Le numérique en régions » s'écrit « Le numérique en région » dans content/blog/a.md, content/blog/b.md ; vouliez-vous dire « Le numérique en région » ? Le titre doit être identique sur chaque partie",
        id="variant-fr-suggests-the-usual-title",
    ),
    pytest.param(
        {"blog/a.md": post("le numérique en Région", 1), "blog/b.md": post(index=2), "blog/c.md": post(index=3)},
        "en",
        "content/blog/a.md:4: series: the series 'le numérique en Région' is written 'Le numérique en région' in content/blog/b.md, content/blog/c.md; did you mean 'Le numérique en région'? The title must be the same on every part",
        id="variant-en-majority-wins-over-the-first-part",
    ),
]


@pytest.mark.parametrize("files, lang, line", MESSAGES)
def test_messages_name_the_file_line_field_and_what_is_expected(site, files, lang, line):
    read = items(site, {p: t.replace("title: Un billet", f"title: {p}") for p, t in files.items()})
    assert [p.render(lang) for p in series_problems(read)] == [line]


def test_cross_check_reports_series_problems(site):
    read = items(site, {"blog/a.md": post(index=1), "blog/b.md": post(index=3).replace("Un billet", "Autre")})
    assert [p.code for p in cross_check(read)] == ["series_gap"]
