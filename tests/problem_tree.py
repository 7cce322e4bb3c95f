"""A small content tree with one problem of each sort, for the tests of a whole tree's check:
`hub_core.check` (tests/unit/hub_core/test_check.py) and `hub check` (tests/unit/hub_cli/test_check_tree.py)."""


def document(*lines):
    """A content file: these front-matter lines, then a body."""
    return "---\n" + "".join(line + "\n" for line in lines) + "---\nTexte.\n"


GOOD_EVENT = document(
    "title: Atelier",
    "date: 2026-09-01",
    "start: 2026-10-07 18:00",
    "venue: {name: Salle, city: Rimouski}",
    "image: affiche.jpg",
    "image_alt: Affiche de l'atelier",
)
BAD_EVENT = document(
    "title: Atelier raté",  # 2
    "date: 2026-09-01",  # 3
    "start: 2026-10-07",  # 4
    "venue: {name: Salle, city: Atlantide}",  # 5
    "end: 2026-10-06",  # 6
    "sumary: Un atelier",  # 7
)
POST = document("title: Bilan", "date: 2026-09-01")
DIRECTORY_WITHOUT_KIND = document("title: Café numérique", "date: 2026-09-01", "city: Rimouski")
REPORT = document("title: Jour 1", "date: 2017-06-02")
PAGE = document("title: À propos")
PLACES = "- name: Nantes\n  country: FR\n  latitude: 200\n  longitude: -1.55\n"

TREE = {
    "events/good.md": GOOD_EVENT,
    "events/bad.md": BAD_EVENT,
    "events/notes.txt": "pas du contenu",
    "blog/a.md": POST,
    "blog/b.md": POST,
    "directory/cafe.md": DIRECTORY_WITHOUT_KIND,
    "missions/m1/jour-1.md": REPORT,
    "pages/a-propos.md": PAGE,
    "notes.md": "pas d'en-tête, mais hors des dossiers de contenu",
    "data/places.yml": PLACES,
    "images/affiche.jpg": b"\xff\xd8\xff",
}
