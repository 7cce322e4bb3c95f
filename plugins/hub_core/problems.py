"""Content problems: what is wrong, where, said in French or English.

A problem names the file, the line, the field and the value. Problems are
collected for a whole content tree and reported together; a build with any
error stops before writing anything.
"""

import os
from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"

# code: (French, English). Placeholders come from Problem.params.
MESSAGES = {
    "no_front_matter": (
        "le fichier doit commencer par un en-tête YAML entre deux lignes « --- »",
        "the file must start with a YAML front matter between two '---' lines",
    ),
    "unclosed_front_matter": (
        "l'en-tête YAML n'est pas fermé par une ligne « --- »",
        "the YAML front matter is not closed by a '---' line",
    ),
    "yaml_syntax": ("YAML invalide : {detail}", "invalid YAML: {detail_en}"),
    "not_a_mapping": (
        "l'en-tête doit être une liste de champs « nom: valeur »",
        "the front matter must be a list of 'name: value' fields",
    ),
    "duplicate_key": (
        "champ écrit deux fois (déjà à la ligne {first})",
        "field written twice (already on line {first})",
    ),
    "required": ("champ obligatoire manquant", "required field is missing"),
    "required_misspelled": (
        "champ obligatoire manquant ; « {value} » (ligne {line}) est-il une faute de frappe pour « {field} » ?",
        "required field is missing; is '{value}' (line {line}) a typo for '{field}'?",
    ),
    "required_when": (
        "champ obligatoire quand {other} vaut {value}",
        "required when {other} is {value}",
    ),
    "unknown_field": (
        "champ inconnu ; vouliez-vous dire « {suggestion} » ?",
        "unknown field; did you mean '{suggestion}'?",
    ),
    "translation_tags": (
        "une traduction reprend les étiquettes de son original (les pages d'étiquettes sont en français) : celles-ci sont ignorées ; retirez tags de ce fichier",
        "a translation shares its original's tags (tag pages are in French): these are ignored; remove tags from this file",
    ),
    "unknown_field_seen": (
        "champ inconnu — vouliez-vous dire {suggestion} ? Sans lui, {without}",
        "unknown field — did you mean {suggestion}? Without it, {without_en}",
    ),
    "unknown_field_seen_twice": (
        "champ inconnu — vouliez-vous dire {suggestion} ? {suggestion} est déjà écrit à la ligne {first} : gardez une seule des deux lignes, avec la bonne valeur",
        "unknown field — did you mean {suggestion}? {suggestion} is already written on line {first}: keep only one of the two lines, with the right value",
    ),
    "unknown_field_no_suggestion": (
        "champ inconnu du modèle de contenu",
        "field unknown to the content model",
    ),
    "expected_text_not_list": ("texte attendu, pas une liste", "expected text, not a list"),
    "expected_text_not_mapping": ("texte attendu, pas des sous-champs", "expected text, not a mapping"),
    "expected_list": ("une liste est attendue", "a list is expected"),
    "expected_mapping": (
        "des sous-champs « nom: valeur » sont attendus",
        "a mapping of 'name: value' sub-fields is expected",
    ),
    "empty": ("ne peut pas être vide", "must not be empty"),
    "integer": (
        "« {value} » n'est pas un nombre entier positif",
        "'{value}' is not a positive whole number",
    ),
    "number": (
        "« {value} » n'est pas un nombre positif ou nul",
        "'{value}' is not a number of zero or more",
    ),
    "choice": (
        "« {value} » n'est pas permis ; valeurs possibles : {choices}",
        "'{value}' is not allowed; possible values: {choices}",
    ),
    "date_or_datetime": (
        "« {value} » n'est ni une date AAAA-MM-JJ ni une date et heure AAAA-MM-JJ HH:MM",
        "'{value}' is neither a date YYYY-MM-DD nor a date-time YYYY-MM-DD HH:MM",
    ),
    "date_only": (
        "« {value} » n'est pas une date AAAA-MM-JJ",
        "'{value}' is not a date YYYY-MM-DD",
    ),
    "clock_or_datetime": (
        "« {value} » n'est ni une heure HH:MM ni une date et heure AAAA-MM-JJ HH:MM",
        "'{value}' is neither a time HH:MM nor a date-time YYYY-MM-DD HH:MM",
    ),
    "impossible_date": (
        "« {value} » n'existe pas au calendrier",
        "'{value}' is not a calendar date",
    ),
    "impossible_time": (
        "« {value} » : l'heure n'existe pas (de 0:00 à 23:59)",
        "'{value}': not a time of day (0:00 to 23:59)",
    ),
    "nonexistent_time": (
        "{value} n'existe pas à {timezone} (passage à l'heure avancée) ; choisissez une autre heure",
        "{value} does not exist in {timezone} (clocks spring forward); choose another time",
    ),
    "ambiguous_time": (
        "{value} arrive deux fois à {timezone} (retour à l'heure normale) ; la première est retenue",
        "{value} happens twice in {timezone} (clocks fall back); the first one is used",
    ),
    "timezone": (
        "« {value} » n'est pas un fuseau horaire connu (ex. America/Toronto, Europe/Paris)",
        "'{value}' is not a known time zone (e.g. America/Toronto, Europe/Paris)",
    ),
    "end_before_start": (
        "{value} est avant le début {start}",
        "{value} is before start {start}",
    ),
    "modified_before_date": (
        "{value} est avant la date de publication {date}",
        "{value} is before the publication date {date}",
    ),
    "mixed_all_day": (
        "{value} et le début {start} ne sont pas écrits de la même façon : deux dates seules (toute la journée) ou deux dates avec heure",
        "{value} and start {start} are not written the same way: two dates only (all-day) or two dates with times",
    ),
    "url": (
        "« {value} » n'est pas une adresse web complète (https://…)",
        "'{value}' is not a full web address (https://…)",
    ),
    "email": (
        "« {value} » n'est pas une adresse courriel",
        "'{value}' is not an email address",
    ),
    "slug": (
        "« {value} » n'est pas un identifiant valide (minuscules sans accents, chiffres et traits d'union)",
        "'{value}' is not a valid slug (lowercase letters without accents, digits and hyphens)",
    ),
    "country": (
        "« {value} » n'est pas un code de pays ISO à deux lettres (ex. CA, FR)",
        "'{value}' is not a two-letter ISO country code (e.g. CA, FR)",
    ),
    "region": (
        "« {value} » n'est pas une région du Québec ; régions : {choices}",
        "'{value}' is not a Quebec region; regions: {choices}",
    ),
    "region_suggestion": (
        "« {value} » n'est pas une région du Québec ; vouliez-vous dire « {suggestion} » ?",
        "'{value}' is not a Quebec region; did you mean '{suggestion}'?",
    ),
    "coordinate": (
        "« {value} » n'est pas un nombre entre {low} et {high}",
        "'{value}' is not a number between {low} and {high}",
    ),
    "unknown_term_kind": (
        "« {value} » n'est pas une liste de content/data/translations.yml ; listes : {choices}",
        "'{value}' is not a list of content/data/translations.yml; lists: {choices}",
    ),
    "coordinates_pair": (
        "{value} sans {missing} : écrivez les deux coordonnées du lieu, ou aucune",
        "{value} without {missing}: write both coordinates of the place, or neither",
    ),
    "unknown_city": (
        "ville inconnue « {value} » : ajoutez le champ region (pour le Québec) ou ajoutez ce lieu à content/data/places.yml",
        "unknown city '{value}': add the region field (for Quebec) or add the place to content/data/places.yml",
    ),
    "region_mismatch": (
        "{city} est dans la région {actual}, pas {value}",
        "{city} is in the {actual} region, not {value}",
    ),
    "image_missing": (
        "image introuvable : content/images/{value}",
        "image not found: content/images/{value}",
    ),
    "file_missing": (
        "fichier introuvable : content/files/{value}",
        "file not found: content/files/{value}",
    ),
    "file_outside": (
        "« {value} » doit être un fichier sous content/files/, nommé sans « .. » ni chemin absolu",
        "'{value}' must be a file under content/files/, named without '..' or an absolute path",
    ),
    "resource_needs_target": (
        "écrivez url (une adresse) ou file (un fichier sous content/files/)",
        "write url (an address) or file (a file under content/files/)",
    ),
    "resource_url_and_file": (
        "url et file ne vont pas ensemble : gardez l'un des deux",
        "url and file cannot be used together: keep one",
    ),
    "registrants_file": (
        "un fichier de content/files/ est publié pour tout le monde : avec access: registrants, donnez plutôt l'url de la plateforme qui vérifie l'inscription",
        "a file of content/files/ is published for everyone: with access: registrants, give the url of the platform that checks registration instead",
    ),
    "until_before_start": (
        "{value} est avant le début {start}",
        "{value} is before start {start}",
    ),
    "until_before_date": (
        "{value} est avant la date de publication {start}",
        "{value} is before the publication date {start}",
    ),
    "exhibitor_needs_name": (
        "écrivez name (le nom de l'exposant) ou directory (l'identifiant de sa fiche du répertoire)",
        "write name (the exhibitor's name) or directory (its directory entry's slug)",
    ),
    "rrule": (
        "« {value} » n'est pas une règle de récurrence RRULE valide ({detail})",
        "'{value}' is not a valid RRULE recurrence rule ({detail})",
    ),
    "rrule_until": (
        "UNTIL ne s'écrit pas dans la règle « {value} » : écrivez la dernière date à part, sous recurrence, avec until: AAAA-MM-JJ",
        "UNTIL does not go in the rule '{value}': write the last date on its own, under recurrence, as until: YYYY-MM-DD",
    ),
    "until_and_count": (
        "until et count ne vont pas ensemble : gardez l'un des deux",
        "until and count cannot be used together: keep one",
    ),
    "duplicate_slug": (
        "l'identifiant « {value} » est déjà utilisé par {other}",
        "slug '{value}' is already used by {other}",
    ),
    "duplicate_address": (
        "l'identifiant « {value} » donne la même adresse /{url} que {other}",
        "slug '{value}' gives the same address /{url} as {other}",
    ),
    "reserved_address": (
        "l'identifiant « {value} » donne l'adresse /{url}, réservée à une page du site ; choisissez un autre slug",
        "slug '{value}' gives the address /{url}, which belongs to a page of the site; choose another slug",
    ),
    "unreadable_encoding": (
        "le fichier n'est pas en UTF-8 ; enregistrez-le en UTF-8",
        "the file is not UTF-8; save it as UTF-8",
    ),
    "unknown_organizer": (
        "aucune fiche du répertoire n'a l'identifiant « {value} »",
        "no directory entry has the slug '{value}'",
    ),
    "unknown_mission": (
        "aucune mission n'a l'identifiant « {value} » (dossier content/missions/{value}/)",
        "no mission has the slug '{value}' (folder content/missions/{value}/)",
    ),
    "unknown_event": (
        "aucun événement n'a l'identifiant « {value} »",
        "no event has the slug '{value}'",
    ),
    "mission_without_description": (
        "ce dossier de mission n'a pas de fichier mission.md",
        "this mission folder has no mission.md file",
    ),
    "unreadable": (
        "le fichier n'a pas pu être lu : {detail}",
        "the file could not be read: {detail}",
    ),
    # Limits (limits.py) and inputs (inputs.py)
    "control_character": (
        "caractère invisible {value} interdit (souvent venu d'un copier-coller) ; retirez-le",
        "invisible character {value} is not allowed (often pasted from elsewhere); remove it",
    ),
    "too_long": (
        "{length} caractères, c'est trop : au plus {limit}",
        "{length} characters is too long: at most {limit}",
    ),
    "slug_too_long": (
        "le titre donne un identifiant de {length} caractères (au plus {limit}) pour l'adresse ; ajoutez un slug plus court",
        "the title gives a {length}-character slug (at most {limit}) for the address; add a shorter slug",
    ),
    "number_too_large": (
        "« {value} » dépasse la limite de {limit}",
        "'{value}' is over the limit of {limit}",
    ),
    "year_range": (
        "« {value} » : l'année doit être entre {low} et {high}",
        "'{value}': the year must be between {low} and {high}",
    ),
    "utc_offset": (
        "« {value} » : le décalage horaire doit être entre -12:00 et +14:00",
        "'{value}': the UTC offset must be between -12:00 and +14:00",
    ),
    "rrule_frequency": (
        "FREQ={value} n'est pas permis pour un événement ; valeurs possibles : {choices}",
        "FREQ={value} is not allowed for an event; possible values: {choices}",
    ),
    "symlink_outside": (
        "lien symbolique vers l'extérieur de {root}/ : {value} ; il n'est ni lu ni publié, mettez-y une copie du fichier",
        "symbolic link to outside {root}/: {value}; it is neither read nor published, put a copy of the file here",
    ),
    "symlink_loop": (
        "lien symbolique en boucle ({value}) ; supprimez-le",
        "symbolic link in a loop ({value}); remove it",
    ),
    "symlink_folder": (
        "lien symbolique vers un dossier ({value}) ; il n'est pas suivi, mettez-y un vrai dossier",
        "symbolic link to a folder ({value}); it is not followed, put a real folder here",
    ),
    "symlink_broken": (
        "lien symbolique vers un fichier absent ({value}) ; supprimez-le",
        "symbolic link to a missing file ({value}); remove it",
    ),
    "not_markdown": (
        "seuls les fichiers Markdown (.md) vont dans {folder}/ : ce fichier ne serait pas publié ; renommez-le en .md ou retirez-le (les images vont dans {root}/images/)",
        "only Markdown files (.md) belong in {folder}/: this file would not be published; rename it to .md or remove it (images go in {root}/images/)",
    ),
    "special_file": (
        "ce n'est pas un fichier ordinaire ; retirez-le",
        "this is not a regular file; remove it",
    ),
    "file_too_large": (
        "le fichier fait {value} octets, plus que la limite de {limit} ; il n'est pas lu",
        "the file is {value} bytes, over the limit of {limit}; it is not read",
    ),
    "unexpected_check_error": (
        "erreur inattendue dans les vérifications de {check} (un défaut du site, pas de votre contenu : signalez-le) : {detail}",
        "unexpected error in the checks of {check} (a fault of the site, not of your content: report it): {detail}",
    ),
    "unexpected_error": (
        "erreur inattendue en lisant ce fichier : {detail}",
        "unexpected error while reading this file: {detail}",
    ),
    "name_collision": (
        "« {value} » donne la même adresse /{url} que « {other_value} » dans {other} ; écrivez-les de la même façon ou choisissez un autre nom",
        "'{value}' gives the same address /{url} as '{other_value}' in {other}; write them the same way or choose another name",
    ),
    "name_address_too_long": (
        "« {value} » donne une adresse de {length} caractères (au plus {limit}) ; choisissez un nom plus court",
        "'{value}' gives a {length}-character address (at most {limit}); choose a shorter name",
    ),
    "name_without_address": (
        "« {value} » ne donne aucune adresse : il faut au moins une lettre latine ou un chiffre",
        "'{value}' gives no address: it needs at least one Latin letter or digit",
    ),
    # Series (hub_series/checks.py)
    "series_duplicate_index": (
        "le numéro {value} est déjà celui d'une autre partie de la série « {series} » : {other} ; donnez à chaque partie son propre numéro",
        "number {value} is already used by another part of the series '{series}': {other}; give each part its own number",
    ),
    "series_gap": (
        "la série « {series} » n'a pas de partie {missing} avant la partie {value} (numéros écrits : {found}) ; numérotez les parties à la suite (1, 2, 3…)",
        "the series '{series}' has no part {missing} before part {value} (numbers written: {found}); number the parts in sequence (1, 2, 3…)",
    ),
    "series_title_variant": (
        "la série « {value} » s'écrit « {suggestion} » dans {others} ; vouliez-vous dire « {suggestion} » ? Le titre doit être identique sur chaque partie",
        "the series '{value}' is written '{suggestion}' in {others}; did you mean '{suggestion}'? The title must be the same on every part",
    ),
    # Missions (hub_missions/checks.py)
    "stop_before_mission": (
        "l'étape {city} commence le {value}, avant le début de la mission ({start})",
        "the {city} stop starts on {value}, before the mission starts ({start})",
    ),
    "stop_after_mission": (
        "l'étape {city} finit le {value}, après la fin de la mission ({end})",
        "the {city} stop ends on {value}, after the mission ends ({end})",
    ),
    "stop_out_of_order": (
        "l'étape {city} commence le {value}, avant l'étape précédente {previous} ({previous_from}) ; écrivez les étapes dans l'ordre du voyage",
        "the {city} stop starts on {value}, before the previous stop {previous} ({previous_from}); list the stops in the order of the trip",
    ),
    "stops_overlap": (
        "l'étape {city} commence le {value}, avant la fin de l'étape précédente {previous} ({previous_to}) ; deux étapes ne partagent au plus qu'un jour de voyage",
        "the {city} stop starts on {value}, before the previous stop {previous} ends ({previous_to}); two stops share at most one travel day",
    ),
    "mission_folder_slug": (
        "le nom du dossier « {value} » devient l'adresse de la mission mais n'est pas un identifiant valide (minuscules sans accents, chiffres et traits d'union, au plus {limit} caractères) ; renommez le dossier, par exemple « {suggestion} »",
        "the folder name '{value}' becomes the mission's address but is not a valid slug (lowercase letters without accents, digits and hyphens, at most {limit} characters); rename the folder, e.g. '{suggestion}'",
    ),
    "mission_slug_ignored": (
        "l'identifiant d'une mission est le nom de son dossier ({folder}) ; retirez slug ou renommez le dossier en « {value} »",
        "a mission's slug is its folder's name ({folder}); remove slug or rename the folder to '{value}'",
    ),
    "unknown_stop": (
        "« {value} » n'est pas une étape de la mission ; étapes : {choices}",
        "'{value}' is not a stop of the mission; stops: {choices}",
    ),
    "unknown_stop_suggestion": (
        "« {value} » n'est pas une étape de la mission ; vouliez-vous dire « {suggestion} » ?",
        "'{value}' is not a stop of the mission; did you mean '{suggestion}'?",
    ),
    # Events brought by `hub import` (plugins/hub_import) from a group's calendar
    "imported_missing": (
        "événement importé : son calendrier ne donne pas ce champ, ou une ville que le site ne connaît pas ; complétez-le (make places liste les villes connues)",
        "imported event: its calendar does not give this field, or gives a town the site does not know; fill it in (make places lists the known towns)",
    ),
    "imported_event_missing": (
        "l'événement n'est plus dans le calendrier de la source « {name} » depuis le {value} ; vérifiez s'il est annulé ou déplacé (event_status), puis retirez source.missing",
        "the event is no longer in the calendar of the source '{name}' since {value}; check whether it was cancelled or moved (event_status), then remove source.missing",
    ),
    # content/data/calendars.yml (plugins/hub_import/sources.py)
    "calendar_url_or_file": (
        "écrivez soit url (adresse https:// du calendrier), soit file (fichier .ics du dépôt)",
        "write either url (the calendar's https:// address) or file (an .ics file of the repository)",
    ),
    "calendar_https": (
        "« {value} » : l'adresse d'un calendrier doit commencer par https://",
        "'{value}': a calendar's address must start with https://",
    ),
    "calendar_file_missing": (
        "fichier introuvable : {value} (chemin depuis la racine du dépôt)",
        "file not found: {value} (a path from the repository's root)",
    ),
    "calendar_duplicate_name": (
        "la source « {value} » est déjà décrite à la ligne {first} ; donnez à chaque source son propre name",
        "the source '{value}' is already described on line {first}; give each source its own name",
    ),
    # Reminders of `hub check` (checks_warnings.py): warnings, never errors
    "past_event_still_scheduled": (
        "l'événement est passé et toujours prévu (event_status: scheduled) ; indiquez le nombre de participants (attendance) ou son état (cancelled, postponed…)",
        "the event is over and still scheduled (event_status: scheduled); give the number of participants (attendance) or its status (cancelled, postponed…)",
    ),
    "replay_expired": (
        "la rediffusion n'est plus offerte depuis le {value} ; retirez replay ou changez la date",
        "the replay is gone since {value}; remove replay or change the date",
    ),
    # An event title that says its status (checks_warnings.py)
    "title_repeats_status": (
        "le titre dit « {word} » et event_status vaut déjà {status} : le site ajoute « {prefix} » devant le titre ; retirez « {word} » du titre",
        "the title says '{word}' and event_status is already {status}: the site puts '{prefix}' before the title; remove '{word}' from the title",
    ),
    "title_status_not_set": (
        "le titre dit « {word} » mais event_status vaut {value} : écrivez event_status: {status} pour que les abonnés le voient, et retirez « {word} » du titre (le site ajoutera « {prefix} » devant)",
        "the title says '{word}' but event_status is {value}: write event_status: {status} so subscribers see it, and remove '{word}' from the title (the site will put '{prefix}' before it)",
    ),
    # Scaffolding left (placeholders.py): an error in a published file, a warning in a draft
    "placeholder_left": (
        "« {value} » est à remplacer par la vraie valeur avant publication (ou gardez le fichier en brouillon : status: draft)",
        "'{value}' is a placeholder: replace it with the real value before publishing (or keep the file a draft: status: draft)",
    ),
    "placeholder_left_draft": (
        "« {value} » est à remplacer par la vraie valeur avant de publier ce brouillon",
        "'{value}' is a placeholder: replace it with the real value before publishing this draft",
    ),
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
    params: dict = field(default_factory=dict, compare=False, hash=False)
    severity: str = ERROR

    @property
    def is_error(self):
        return self.severity == ERROR

    def message(self, lang="fr"):
        french, english = MESSAGES[self.code]
        template = english if lang == "en" else french
        return template.format(**self.params)

    def render(self, lang="fr"):
        label = self.field or "-"
        text = self.message(lang)
        if not self.is_error:
            prefix = "warning: " if lang == "en" else "avertissement : "
            text = prefix + text
        return f"{self.path}:{self.line}: {label}: {text}"


class ContentErrors(Exception):
    """Raised to stop a build whose content has errors."""

    def __init__(self, problems, lang="fr"):
        self.problems = list(problems)
        count = sum(1 for p in self.problems if p.is_error)
        if lang == "en":
            text = f"{count} content error(s); nothing was published"
        else:
            text = f"{count} erreur(s) de contenu ; rien n'a été publié"
        super().__init__(text)


def label(keypath):
    """A field's name as editors read it: `venue.city`, `program[3].start` (items from 1)."""
    text = ""
    for part in keypath:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + str(part)
    return text


def message_language(environ=None):
    """The language of messages: HUB_LANG, else LANG, else French."""
    environ = os.environ if environ is None else environ
    for name in ("HUB_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def sort_problems(problems):
    """Stable report order: by file, line, then field."""
    return sorted(problems, key=lambda p: (p.path, p.line, p.field, p.code))
