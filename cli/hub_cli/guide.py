"""The field reference of the editors' guide, generated from the field table.

`python -m hub_cli guide` rewrites the part of docs/guide-redaction.md between
BEGIN and END; the rest of the guide is written by hand. A test checks that
the committed guide is what the table gives, so the two cannot drift apart.
"""

from pathlib import Path

from hub_core import model, places

GUIDE = Path("docs") / "guide-redaction.md"
BEGIN = "<!-- début de la référence des champs : générée par `python -m hub_cli guide`, ne pas modifier à la main -->"
END = "<!-- fin de la référence des champs -->"
PLACES_BEGIN = "<!-- début des lieux connus : généré par `python -m hub_cli guide`, ne pas modifier à la main -->"
PLACES_END = "<!-- fin des lieux connus -->"

SECTIONS = {
    "event": ("Événements", "content/events/"),
    "post": ("Billets de blogue et séries", "content/blog/"),
    "chronicle": ("Chroniques", "content/chronicles/"),
    "mission": ("Missions (`mission.md`)", "content/missions/<mission>/mission.md"),
    "report": ("Récits de mission", "content/missions/<mission>/"),
    "directory": ("Répertoire", "content/directory/"),
    "page": ("Pages", "content/pages/"),
}

VALUES = {
    "text": "texte",
    "city": "municipalité connue du site (voir « Ajouter un lieu »)",
    "image": "nom d'un fichier sous `content/images/`",
    "file": "nom d'un fichier sous `content/files/`",
    "url": "adresse web complète (`https://…`)",
    "email": "adresse courriel",
    "slug": "identifiant : minuscules sans accents, chiffres et traits d'union",
    "timezone": "fuseau horaire IANA (`America/Toronto`, `Europe/Paris`)",
    "country": "code de pays ISO à deux lettres (`CA`, `FR`)",
    "region": "identifiant d'une région (liste plus bas)",
    "when": "date `AAAA-MM-JJ` (toute la journée) ou date et heure `AAAA-MM-JJ HH:MM` (heure locale)",
    "date": "date `AAAA-MM-JJ`",
    "clock": "heure `HH:MM` (le premier jour de l'événement) ou date et heure `AAAA-MM-JJ HH:MM`",
    "number": "nombre positif ou nul (`25`, `25,50`)",
    "latitude": "degrés décimaux entre -90 et 90 (`48.4489`), avec longitude",
    "longitude": "degrés décimaux entre -180 et 180 (`-68.5236`), avec latitude",
    "rrule": "règle de récurrence RRULE (`FREQ=MONTHLY;BYDAY=1TH`)",
    "record": "sous-champs écrits par un outil (à ne pas modifier)",
}


def values_of(spec):
    """Accepted values of a field, in French."""
    if spec.type == "choice":
        text = ", ".join(f"`{c}`" for c in spec.choices)
    elif spec.type == "integer":
        text = f"nombre entier ≥ {spec.minimum}"
    elif spec.type == "list":
        text = "liste de : " + values_of(spec.item)
    elif spec.type == "mapping":
        text = "sous-champs : " + ", ".join(f"`{f.name}`" for f in spec.fields)
    elif spec.type == "either":
        text = values_of(spec.scalar) + ", ou " + values_of(spec.mapping)
    else:
        text = VALUES[spec.type]
    if spec.default is not None:
        default = ", ".join(spec.default) if isinstance(spec.default, tuple) else spec.default
        text += f" ; par défaut : `{default}`"
    return text


def required_of(spec):
    if spec.required:
        return "oui"
    if spec.required_when:
        other, choices = spec.required_when
        if not choices:
            return f"si `{other}` est indiqué"
        return f"si `{other}` vaut " + " ou ".join(f"`{c}`" for c in choices)
    return "non"


def rows(fields):
    """(name, required, values, meaning) for fields and their sub-fields."""
    return [(name, required_of(spec), values_of(spec), spec.help_in("fr")) for name, spec in model.walk(fields)]


def _cell(text):
    return (text or "").replace("|", "\\|")


def reference():
    """The generated Markdown, markers included."""
    lines = [BEGIN, ""]
    for content_type, (title, folder) in SECTIONS.items():
        lines += [f"### {title} — `{folder}`", ""]
        lines += ["| champ | obligatoire | valeurs acceptées | signification |", "|---|---|---|---|"]
        for name, required, values, meaning in rows(model.TYPES[content_type]):
            lines.append(f"| `{name}` | {required} | {_cell(values)} | {_cell(meaning)} |")
        lines.append("")
    lines += ["### Calendriers suivis — `content/data/calendars.yml`", ""]
    lines += ["Une liste ; chaque source a ces champs (voir « Importer le calendrier d'un groupe »).", ""]
    lines += ["| champ | obligatoire | valeurs acceptées | signification |", "|---|---|---|---|"]
    for name, required, values, meaning in rows(model.CALENDAR):
        lines.append(f"| `{name}` | {required} | {_cell(values)} | {_cell(meaning)} |")
    lines.append("")
    known = places.Places(*places.builtin_places())
    lines += ["### Régions du Québec (champ `region`)", ""]
    lines += ["| `region` | région | point sur les cartes d'une ville que le site ne connaît pas |", "|---|---|---|"]
    for region in known.regions:
        town = known.main_town(region)
        lines.append(f"| `{region.slug}` | {region.name_fr} | {town.name if town else '—'} |")
    lines += ["", END]
    return "\n".join(lines)


def _french_number(number):
    return f"{number:,}".replace(",", "\u00a0")


def known_places():
    """The guide's paragraph on the municipalities the site knows, markers included."""
    _regions, municipalities = places.builtin_places()
    small = sorted((p for p in municipalities if (p.population or 0) < places.LARGE_TOWN), key=lambda p: places.normalize(p.name))
    big = len(municipalities) - len(small)
    return "\n".join([
        PLACES_BEGIN,
        f"Le site connaît les 17 régions du Québec et {len(municipalities)} municipalités : les {big} de "
        f"{_french_number(places.LARGE_TOWN)} habitants et plus, et {len(small)} plus petites qui servent de pôle à leur "
        "coin de pays (" + ", ".join(p.name for p in small) + "), en plus des lieux ajoutés dans "
        "`content/data/places.yml`. Pour les voir avec leur région : `make places` (tous) ou "
        "`make places Q=percé` (une recherche, accents et majuscules ignorés ; `hub places percé`).",
        PLACES_END,
    ])


def _replace(text, begin, end, fresh):
    start, stop = text.index(begin), text.index(end) + len(end)
    return text[:start] + fresh + text[stop:]


def rewrite(text):
    """The guide's text with its generated parts regenerated (the known places when marked)."""
    text = _replace(text, BEGIN, END, reference())
    if PLACES_BEGIN in text:
        text = _replace(text, PLACES_BEGIN, PLACES_END, known_places())
    return text


def update(path=GUIDE):
    """Rewrite the guide in place; True when it changed."""
    path = Path(path)
    old = path.read_text(encoding="utf-8")
    new = rewrite(old)
    if new != old:
        path.write_text(new, encoding="utf-8")
    return new != old
