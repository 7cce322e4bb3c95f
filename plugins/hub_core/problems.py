"""Content problems: what is wrong, where, said in French or English.

A problem names the file, the line, the field and the value. Problems are
collected for a whole content tree and reported together; a build with any
error stops before writing anything.
"""

import dataclasses
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .i18n import N_, words
from .shapes import Params

ERROR = "error"
WARNING = "warning"

# code: the French words of its message, marked for the catalog (theme/translations: the
# English words). Placeholders %(name)s come from Problem.params; a param with an `_en` twin
# (detail, detail_en) is a phrase of its own in each language, and English messages use the twin.
MESSAGES = {
    "no_front_matter": N_("le fichier doit commencer par un en-tête YAML entre deux lignes « --- »"),
    "unclosed_front_matter": N_("l'en-tête YAML n'est pas fermé par une ligne « --- »"),
    "yaml_syntax": N_("YAML invalide : %(detail)s"),
    "not_a_mapping": N_("l'en-tête doit être une liste de champs « nom: valeur »"),
    "duplicate_key": N_("champ écrit deux fois (déjà à la ligne %(first)s)"),
    "required": N_("champ obligatoire manquant"),
    "required_misspelled": N_("champ obligatoire manquant ; « %(value)s » (ligne %(line)s) est-il une faute de frappe pour « %(field)s » ?"),
    "required_when": N_("champ obligatoire quand %(other)s vaut %(value)s"),
    "unknown_field": N_("champ inconnu ; vouliez-vous dire « %(suggestion)s » ?"),
    "translation_tags": N_("une traduction reprend les étiquettes de son original (les pages d'étiquettes sont en français) : celles-ci sont ignorées ; retirez tags de ce fichier"),
    "unknown_field_seen": N_("champ inconnu — vouliez-vous dire %(suggestion)s ? Sans lui, %(without)s"),
    "unknown_field_seen_twice": N_("champ inconnu — vouliez-vous dire %(suggestion)s ? %(suggestion)s est déjà écrit à la ligne %(first)s : gardez une seule des deux lignes, avec la bonne valeur"),
    "unknown_field_no_suggestion": N_("champ inconnu du modèle de contenu"),
    "expected_text_not_list": N_("texte attendu, pas une liste"),
    "expected_text_not_mapping": N_("texte attendu, pas des sous-champs"),
    "expected_list": N_("une liste est attendue"),
    "expected_mapping": N_("des sous-champs « nom: valeur » sont attendus"),
    "empty": N_("ne peut pas être vide"),
    "integer": N_("« %(value)s » n'est pas un nombre entier positif"),
    "number": N_("« %(value)s » n'est pas un nombre positif ou nul"),
    "choice": N_("« %(value)s » n'est pas permis ; valeurs possibles : %(choices)s"),
    "date_or_datetime": N_("« %(value)s » n'est ni une date AAAA-MM-JJ ni une date et heure AAAA-MM-JJ HH:MM"),
    "date_only": N_("« %(value)s » n'est pas une date AAAA-MM-JJ"),
    "clock_or_datetime": N_("« %(value)s » n'est ni une heure HH:MM ni une date et heure AAAA-MM-JJ HH:MM"),
    "impossible_date": N_("« %(value)s » n'existe pas au calendrier"),
    "impossible_time": N_("« %(value)s » : l'heure n'existe pas (de 0:00 à 23:59)"),
    "nonexistent_time": N_("%(value)s n'existe pas à %(timezone)s (passage à l'heure avancée) ; choisissez une autre heure"),
    "ambiguous_time": N_("%(value)s arrive deux fois à %(timezone)s (retour à l'heure normale) ; la première est retenue"),
    "timezone": N_("« %(value)s » n'est pas un fuseau horaire connu (ex. America/Toronto, Europe/Paris)"),
    "end_before_start": N_("%(value)s est avant le début %(start)s"),
    "modified_before_date": N_("%(value)s est avant la date de publication %(date)s"),
    "mixed_all_day": N_("%(value)s et le début %(start)s ne sont pas écrits de la même façon : deux dates seules (toute la journée) ou deux dates avec heure"),
    "url": N_("« %(value)s » n'est pas une adresse web complète (https://…)"),
    "email": N_("« %(value)s » n'est pas une adresse courriel"),
    "slug": N_("« %(value)s » n'est pas un identifiant valide (minuscules sans accents, chiffres et traits d'union)"),
    "country": N_("« %(value)s » n'est pas un code de pays ISO à deux lettres (ex. CA, FR)"),
    "region": N_("« %(value)s » n'est pas une région du Québec ; régions : %(choices)s"),
    "region_suggestion": N_("« %(value)s » n'est pas une région du Québec ; vouliez-vous dire « %(suggestion)s » ?"),
    "coordinate": N_("« %(value)s » n'est pas un nombre entre %(low)s et %(high)s"),
    "unknown_term_kind": N_("« %(value)s » n'est pas une liste de content/data/translations.yml ; listes : %(choices)s"),
    "coordinates_pair": N_("%(value)s sans %(missing)s : écrivez les deux coordonnées du lieu, ou aucune"),
    "unknown_city": N_("ville inconnue « %(value)s » : ajoutez le champ region (pour le Québec) ou ajoutez ce lieu à content/data/places.yml"),
    "region_mismatch": N_("%(city)s est dans la région %(actual)s, pas %(value)s"),
    "image_missing": N_("image introuvable : content/images/%(value)s"),
    "file_missing": N_("fichier introuvable : content/files/%(value)s"),
    "file_outside": N_("« %(value)s » doit être un fichier sous content/files/, nommé sans « .. » ni chemin absolu"),
    "resource_needs_target": N_("écrivez url (une adresse) ou file (un fichier sous content/files/)"),
    "resource_url_and_file": N_("url et file ne vont pas ensemble : gardez l'un des deux"),
    "registrants_file": N_("un fichier de content/files/ est publié pour tout le monde : avec access: registrants, donnez plutôt l'url de la plateforme qui vérifie l'inscription"),
    "until_before_start": N_("%(value)s est avant le début %(start)s"),
    "until_before_date": N_("%(value)s est avant la date de publication %(start)s"),
    "exhibitor_needs_name": N_("écrivez name (le nom de l'exposant) ou directory (l'identifiant de sa fiche du répertoire)"),
    "rrule": N_("« %(value)s » n'est pas une règle de récurrence RRULE valide (%(detail)s)"),
    "rrule_until": N_("UNTIL ne s'écrit pas dans la règle « %(value)s » : écrivez la dernière date à part, sous recurrence, avec until: AAAA-MM-JJ"),
    "until_and_count": N_("until et count ne vont pas ensemble : gardez l'un des deux"),
    "duplicate_slug": N_("l'identifiant « %(value)s » est déjà utilisé par %(other)s"),
    "duplicate_address": N_("l'identifiant « %(value)s » donne la même adresse /%(url)s que %(other)s"),
    "reserved_address": N_("l'identifiant « %(value)s » donne l'adresse /%(url)s, réservée à une page du site ; choisissez un autre slug"),
    "unreadable_encoding": N_("le fichier n'est pas en UTF-8 ; enregistrez-le en UTF-8"),
    "unknown_organizer": N_("aucune fiche du répertoire n'a l'identifiant « %(value)s »"),
    "unknown_mission": N_("aucune mission n'a l'identifiant « %(value)s » (dossier content/missions/%(value)s/)"),
    "unknown_event": N_("aucun événement n'a l'identifiant « %(value)s »"),
    "mission_without_description": N_("ce dossier de mission n'a pas de fichier mission.md"),
    "unreadable": N_("le fichier n'a pas pu être lu : %(detail)s"),
    # Limits (limits.py) and inputs (inputs.py)
    "control_character": N_("caractère invisible %(value)s interdit (souvent venu d'un copier-coller) ; retirez-le"),
    "too_long": N_("%(length)s caractères, c'est trop : au plus %(limit)s"),
    "slug_too_long": N_("le titre donne un identifiant de %(length)s caractères (au plus %(limit)s) pour l'adresse ; ajoutez un slug plus court"),
    "number_too_large": N_("« %(value)s » dépasse la limite de %(limit)s"),
    "year_range": N_("« %(value)s » : l'année doit être entre %(low)s et %(high)s"),
    "utc_offset": N_("« %(value)s » : le décalage horaire doit être entre -12:00 et +14:00"),
    "rrule_frequency": N_("FREQ=%(value)s n'est pas permis pour un événement ; valeurs possibles : %(choices)s"),
    "symlink_outside": N_("lien symbolique vers l'extérieur de %(root)s/ : %(value)s ; il n'est ni lu ni publié, mettez-y une copie du fichier"),
    "symlink_loop": N_("lien symbolique en boucle (%(value)s) ; supprimez-le"),
    "symlink_folder": N_("lien symbolique vers un dossier (%(value)s) ; il n'est pas suivi, mettez-y un vrai dossier"),
    "symlink_broken": N_("lien symbolique vers un fichier absent (%(value)s) ; supprimez-le"),
    "not_markdown": N_("seuls les fichiers Markdown (.md) vont dans %(folder)s/ : ce fichier ne serait pas publié ; renommez-le en .md ou retirez-le (les images vont dans %(root)s/images/)"),
    "special_file": N_("ce n'est pas un fichier ordinaire ; retirez-le"),
    "file_too_large": N_("le fichier fait %(value)s octets, plus que la limite de %(limit)s ; il n'est pas lu"),
    "unexpected_check_error": N_("erreur inattendue dans les vérifications de %(check)s (un défaut du site, pas de votre contenu : signalez-le) : %(detail)s"),
    "unexpected_error": N_("erreur inattendue en lisant ce fichier : %(detail)s"),
    "name_collision": N_("« %(value)s » donne la même adresse /%(url)s que « %(other_value)s » dans %(other)s ; écrivez-les de la même façon ou choisissez un autre nom"),
    "name_address_too_long": N_("« %(value)s » donne une adresse de %(length)s caractères (au plus %(limit)s) ; choisissez un nom plus court"),
    "name_without_address": N_("« %(value)s » ne donne aucune adresse : il faut au moins une lettre latine ou un chiffre"),
    # Series (hub_series/checks.py)
    "series_duplicate_index": N_("le numéro %(value)s est déjà celui d'une autre partie de la série « %(series)s » : %(other)s ; donnez à chaque partie son propre numéro"),
    "series_gap": N_("la série « %(series)s » n'a pas de partie %(missing)s avant la partie %(value)s (numéros écrits : %(found)s) ; numérotez les parties à la suite (1, 2, 3…)"),
    "series_title_variant": N_("la série « %(value)s » s'écrit « %(suggestion)s » dans %(others)s ; vouliez-vous dire « %(suggestion)s » ? Le titre doit être identique sur chaque partie"),
    # Missions (hub_missions/checks.py)
    "stop_before_mission": N_("l'étape %(city)s commence le %(value)s, avant le début de la mission (%(start)s)"),
    "stop_after_mission": N_("l'étape %(city)s finit le %(value)s, après la fin de la mission (%(end)s)"),
    "stop_out_of_order": N_("l'étape %(city)s commence le %(value)s, avant l'étape précédente %(previous)s (%(previous_from)s) ; écrivez les étapes dans l'ordre du voyage"),
    "stops_overlap": N_("l'étape %(city)s commence le %(value)s, avant la fin de l'étape précédente %(previous)s (%(previous_to)s) ; deux étapes ne partagent au plus qu'un jour de voyage"),
    "mission_folder_slug": N_("le nom du dossier « %(value)s » devient l'adresse de la mission mais n'est pas un identifiant valide (minuscules sans accents, chiffres et traits d'union, au plus %(limit)s caractères) ; renommez le dossier, par exemple « %(suggestion)s »"),
    "mission_slug_ignored": N_("l'identifiant d'une mission est le nom de son dossier (%(folder)s) ; retirez slug ou renommez le dossier en « %(value)s »"),
    "unknown_stop": N_("« %(value)s » n'est pas une étape de la mission ; étapes : %(choices)s"),
    "unknown_stop_suggestion": N_("« %(value)s » n'est pas une étape de la mission ; vouliez-vous dire « %(suggestion)s » ?"),
    # Events brought by `hub import` (plugins/hub_import) from a group's calendar
    "imported_missing": N_("événement importé : son calendrier ne donne pas ce champ, ou une ville que le site ne connaît pas ; complétez-le (make places liste les villes connues)"),
    "imported_event_missing": N_("l'événement n'est plus dans le calendrier de la source « %(name)s » depuis le %(value)s ; vérifiez s'il est annulé ou déplacé (event_status), puis retirez source.missing"),
    # content/data/calendars.yml (plugins/hub_import/sources.py)
    "calendar_url_or_file": N_("écrivez soit url (adresse https:// du calendrier), soit file (fichier .ics du dépôt)"),
    "calendar_https": N_("« %(value)s » : l'adresse d'un calendrier doit commencer par https://"),
    "calendar_file_missing": N_("fichier introuvable : %(value)s (chemin depuis la racine du dépôt)"),
    "calendar_duplicate_name": N_("la source « %(value)s » est déjà décrite à la ligne %(first)s ; donnez à chaque source son propre name"),
    # Reminders of `hub check` (checks_warnings.py): warnings, never errors
    "past_event_still_scheduled": N_("l'événement est passé et toujours prévu (event_status: scheduled) ; indiquez le nombre de participants (attendance) ou son état (cancelled, postponed…)"),
    "replay_expired": N_("la rediffusion n'est plus offerte depuis le %(value)s ; retirez replay ou changez la date"),
    # An event title that says its status (checks_warnings.py)
    "title_repeats_status": N_("le titre dit « %(word)s » et event_status vaut déjà %(status)s : le site ajoute « %(prefix)s » devant le titre ; retirez « %(word)s » du titre"),
    "title_status_not_set": N_("le titre dit « %(word)s » mais event_status vaut %(value)s : écrivez event_status: %(status)s pour que les abonnés le voient, et retirez « %(word)s » du titre (le site ajoutera « %(prefix)s » devant)"),
    # Scaffolding left (placeholders.py): an error in a published file, a warning in a draft
    "placeholder_left": N_("« %(value)s » est à remplacer par la vraie valeur avant publication (ou gardez le fichier en brouillon : status: draft)"),
    "placeholder_left_draft": N_("« %(value)s » est à remplacer par la vraie valeur avant de publier ce brouillon"),
}


class ProblemError(ValueError):
    """The one exception that carries a problem: its code (a key of MESSAGES) and its params.

    Raised where a value is checked (`validate`'s types, `dates`' parsers) and turned into a
    Problem by whoever knows the file, line and field. `validate.Invalid` and `dates.TimeError`
    are other names of it.
    """

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file: where, which field, which message."""

    path: str
    line: int
    field: str
    code: str
    params: Params = dataclasses.field(default_factory=dict, compare=False, hash=False)  # `field` is the str above
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def message(self, lang: str = "fr") -> str:
        params = self.params
        if lang != "fr":  # a phrase written in each language: `detail`, with its twin `detail_en`
            params = {name: self.params.get(f"{name}_{lang}", value) for name, value in self.params.items()}
        return words(lang, MESSAGES[self.code], **params)

    def render(self, lang: str = "fr") -> str:
        label = self.field or "-"
        text = self.message(lang)
        if not self.is_error:
            text = words(lang, N_("avertissement : %(message)s"), message=text)
        return f"{self.path}:{self.line}: {label}: {text}"


class ContentErrors(Exception):
    """Raised to stop a build whose content has errors."""

    def __init__(self, problems: Iterable[Problem], lang: str = "fr") -> None:
        self.problems = list(problems)
        count = sum(1 for p in self.problems if p.is_error)
        super().__init__(words(lang, N_("%(count)s erreur(s) de contenu ; rien n'a été publié"), count=count))


def label(keypath: Iterable[str | int]) -> str:
    """A field's name as editors read it: `venue.city`, `program[3].start` (items from 1)."""
    text = ""
    for part in keypath:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + str(part)
    return text


def message_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of messages: HUB_LANG, else LANG, else French."""
    environ = os.environ if environ is None else environ
    for name in ("HUB_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Stable report order: by file, line, then field."""
    return sorted(problems, key=lambda p: (p.path, p.line, p.field, p.code))
