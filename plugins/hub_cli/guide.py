"""The field reference of the editors' guide, generated from the field table.

`python -m hub_cli guide` rewrites the part of docs/guide-redaction.md between
BEGIN and END; the rest of the guide is written by hand. A test checks that
the committed guide is what the table gives, so the two cannot drift apart.
"""

from pathlib import Path

from hub_core import model, schema

GUIDE = Path("docs") / "guide-redaction.md"
BEGIN = "<!-- début de la référence des champs : générée par `python -m hub_cli guide`, ne pas modifier à la main -->"
END = "<!-- fin de la référence des champs -->"

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
    "rrule": "règle de récurrence RRULE (`FREQ=MONTHLY;BYDAY=1TH`)",
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


def rows(fields, prefix=""):
    """(name, required, values, meaning) for fields and their sub-fields."""
    for spec in fields:
        name = prefix + spec.name
        yield name, required_of(spec), values_of(spec), spec.help_fr
        shape = spec.mapping if spec.type == "either" else spec.item if spec.type == "list" else spec
        if shape is not None and shape.type == "mapping":
            yield from rows(shape.fields, f"{name}[]." if spec.type == "list" else f"{name}.")


def _cell(text):
    return (text or "").replace("|", "\\|")


def reference():
    """The generated Markdown, markers included."""
    lines = [BEGIN, ""]
    for kind, (title, folder) in SECTIONS.items():
        lines += [f"### {title} — `{folder}`", ""]
        lines += ["| champ | obligatoire | valeurs acceptées | signification |", "|---|---|---|---|"]
        for name, required, values, meaning in rows(model.TYPES[kind]):
            lines.append(f"| `{name}` | {required} | {_cell(values)} | {_cell(meaning)} |")
        lines.append("")
    lines += ["### Régions du Québec (champ `region`)", ""]
    lines.append(", ".join(f"`{slug}`" for slug in schema.region_slugs()) + ".")
    lines += ["", END]
    return "\n".join(lines)


def rewrite(text):
    """The guide's text with its reference part regenerated."""
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[:start] + reference() + text[end:]


def update(path=GUIDE):
    """Rewrite the guide in place; True when it changed."""
    path = Path(path)
    old = path.read_text(encoding="utf-8")
    new = rewrite(old)
    if new != old:
        path.write_text(new, encoding="utf-8")
    return new != old
