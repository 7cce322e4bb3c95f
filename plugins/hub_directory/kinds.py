"""The kinds of directory entries: front-matter value, French address segment, labels.

One table, derived by name from the content model's `kind` choices (hub_core.model.DIRECTORY_KINDS); the kind
filter pages live at `/repertoire/type/<slug>/` (and `/en/directory/type/<slug>/`).
Labels in French and English: `kind.label_in(lang)`, `kind.plural_in(lang)`.
"""

from dataclasses import dataclass

from hub_core import model
from hub_core.urls import key_url


@dataclass(frozen=True)
class Kind:
    name: str  # the front-matter value: `meetup`
    slug: str  # the French address segment: `groupe-de-rencontre`
    label: str  # `Groupe de rencontre`
    plural: str  # `Groupes de rencontre`
    label_en: str  # `Meetup group`
    plural_en: str  # `Meetup groups`
    schema_type: str  # schema.org type of its JSON-LD

    def label_in(self, lang="fr"):
        """One entry of this kind, named in `lang`: `Groupe de rencontre`, `Meetup group`."""
        return self.label_en if lang == "en" else self.label

    def plural_in(self, lang="fr"):
        """Several entries of this kind, named in `lang`: `Groupes de rencontre`, `Meetup groups`."""
        return self.plural_en if lang == "en" else self.plural

    @property
    def url(self):
        return key_url("directory_by_kind", self.slug)

    @property
    def save_as(self):
        return self.url + "index.html"


# name -> (slug, label, plural, label_en, plural_en, schema_type); the names and their order are the
# content model's (hub_core.model.DIRECTORY_KINDS), looked up by name.
DETAILS = {
    "organization": ("organisme", "Organisme", "Organismes", "Organization", "Organizations", "Organization"),
    "association": ("association", "Association", "Associations", "Association", "Associations", "Organization"),
    "meetup": ("groupe-de-rencontre", "Groupe de rencontre", "Groupes de rencontre", "Meetup group", "Meetup groups", "Organization"),
    "incubator": ("incubateur", "Incubateur", "Incubateurs", "Incubator", "Incubators", "Organization"),
    "coworking": ("espace-de-cotravail", "Espace de cotravail", "Espaces de cotravail", "Coworking space", "Coworking spaces", "LocalBusiness"),
    "public-body": ("organisme-public", "Organisme public", "Organismes publics", "Public body", "Public bodies", "GovernmentOrganization"),
    "media": ("media", "Média", "Médias", "Media outlet", "Media outlets", "NewsMediaOrganization"),
}


def directory_kinds(names, details):
    """The Kind of each name, in the order of `names`; a name without details, or details of a name
    the content model does not have, stop the build: the two must list the same kinds."""
    missing, extra = sorted(set(names) - set(details)), sorted(set(details) - set(names))
    if missing or extra:
        raise ValueError(f"hub_directory.kinds.DETAILS and hub_core.model.DIRECTORY_KINDS differ: missing {missing}, extra {extra}")
    return tuple(Kind(name, *details[name]) for name in names)


DIRECTORY_KINDS = directory_kinds(model.DIRECTORY_KINDS, DETAILS)
BY_NAME = {kind.name: kind for kind in DIRECTORY_KINDS}
UNKNOWN_KIND = "organization"  # the kind of an entry whose `kind` is unknown (read by name, not by its row)


def kind_of(entry):
    """The Kind of an entry (`organization` when the value is unknown)."""
    return BY_NAME.get(getattr(entry, "kind", None), BY_NAME[UNKNOWN_KIND])


def by_kind(entries):
    """[(Kind, entries)] for the kinds that have entries, in table order."""
    found = {}
    for entry in entries:
        found.setdefault(kind_of(entry), []).append(entry)
    return [(kind, found[kind]) for kind in DIRECTORY_KINDS if kind in found]
