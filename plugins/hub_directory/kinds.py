"""The kinds of directory entries: front-matter value, French address segment, labels.

One table, in the order of the content model's `kind` choices; the kind
filter pages live at `/repertoire/type/<slug>/` (and `/en/directory/type/<slug>/`).
Labels in French and English: `kind.label_in(lang)`, `kind.plural_in(lang)`.
"""

from dataclasses import dataclass

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


KINDS = (
    Kind("organization", "organisme", "Organisme", "Organismes", "Organization", "Organizations", "Organization"),
    Kind("association", "association", "Association", "Associations", "Association", "Associations", "Organization"),
    Kind("meetup", "groupe-de-rencontre", "Groupe de rencontre", "Groupes de rencontre", "Meetup group", "Meetup groups", "Organization"),
    Kind("incubator", "incubateur", "Incubateur", "Incubateurs", "Incubator", "Incubators", "Organization"),
    Kind("coworking", "espace-de-cotravail", "Espace de cotravail", "Espaces de cotravail", "Coworking space", "Coworking spaces", "LocalBusiness"),
    Kind("public-body", "organisme-public", "Organisme public", "Organismes publics", "Public body", "Public bodies", "GovernmentOrganization"),
    Kind("media", "media", "Média", "Médias", "Media outlet", "Media outlets", "NewsMediaOrganization"),
)
BY_NAME = {kind.name: kind for kind in KINDS}
UNKNOWN_KIND = "organization"  # the kind of an entry whose `kind` is unknown (read by name, not by its row)


def kind_of(entry):
    """The Kind of an entry (`organization` when the value is unknown)."""
    return BY_NAME.get(getattr(entry, "kind", None), BY_NAME[UNKNOWN_KIND])


def by_kind(entries):
    """[(Kind, entries)] for the kinds that have entries, in table order."""
    found = {}
    for entry in entries:
        found.setdefault(kind_of(entry), []).append(entry)
    return [(kind, found[kind]) for kind in KINDS if kind in found]
