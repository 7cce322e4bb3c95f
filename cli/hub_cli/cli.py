"""The editors' command line: `python -m hub_cli COMMAND` (plugins/ and cli/ on PYTHONPATH: `PYTHONPATH=plugins:cli`).

    new event|post|chronicle|mission|report|directory "Titre" [--slug S]   a new file, from the field table
    translate FILE      start the English translation of a French file (a draft beside it)
    check [PATH…]       every problem, without building (exit 1 on errors; warnings do not fail)
    serve               preview with autoreload that survives content errors
    guide / schemas     regenerate the guide's field reference / the JSON Schemas
    content-model       regenerate the field reference of docs/content-model.md (English)
    import [--source NAME]  the groups' calendars of content/data/calendars.yml into content/events/
    places [SEARCH]     the municipalities and places the site knows, with their region
    compress OUTPUT     .gz and .br next to every text file of a built site

Messages are in French; `--lang en`, `HUB_LANG=en` or an English `LANG` gives English, and so does
`--help` (help_words: the help texts are catalog messages too).
"""

import os
import sys
from pathlib import Path

import click

from hub_core import compress, dates, schema
from hub_core.i18n import N_, words
from hub_core.model import MISSION_FILE
from hub_core.problems import ProblemError, message_language
from hub_core.settings import SettingsError, default_duration, site_timezone
from hub_core.validate import SLUG_RE

from . import checking, content_model, guide, places_list, scaffold, translation
from .help_words import Group, argument, option, remember_language

SETTINGS = "pelicanconf.py"
LANG_OPTION = option("--lang", type=click.Choice(["fr", "en"]), default=None, is_eager=True, callback=remember_language, help=N_("langue des messages : fr (par défaut) ou en"))
SETTINGS_OPTION = option(
    "--settings", "-s", default=None, help=N_("réglages Pelican (par défaut : pelicanconf.py s'il existe)")
)
CONTENT_OPTION = option("--content", default=None, help=N_("dossier du contenu (par défaut : PATH des réglages, sinon content)"))


class HubError(click.ClickException):
    """A problem with the command itself: said plainly, exit code 1."""

    def show(self, file=None):
        click.echo(self.message, err=True)


def say(lang, message, /, **variables):
    """A message of the catalog (marked with N_()) in `lang` (hub_core.i18n)."""
    return words(lang, message, **variables)


def load_settings(path):
    """The Pelican settings of the site (TIMEZONE, PATH…); {} without a settings file.

    A setting the commands read and the build would refuse (an event's default duration) is
    said here, plainly, before any command runs.
    """
    if path is None and not Path(SETTINGS).is_file():
        return {}
    from pelican.settings import read_settings  # noqa: PLC0415 (slow import, only when needed)

    settings = read_settings(path or SETTINGS)
    try:
        default_duration(settings)
    except SettingsError as error:
        raise HubError(str(error)) from None
    return settings


def content_folder(content, settings):
    if content:
        return Path(content)
    if settings.get("PATH"):
        return Path(os.path.relpath(settings["PATH"]))
    return Path("content")


def shown(path):
    """A path as the editor typed it: relative to the current folder when inside it."""
    path = Path(path)
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


@click.group(cls=Group, help=N_("L'outil des rédacteurs de maillage : new, translate, check, import, serve, places (et guide, content-model, schemas, compress). Messages en français ; --lang en ou HUB_LANG=en pour l'anglais."))
def cli():
    pass


@cli.command(help=N_("Crée un fichier de contenu du type TYPE, intitulé TITLE, depuis la table des champs."))
@argument("content_type", type=click.Choice(scaffold.CONTENT_TYPES))
@argument("title")
@option("--mission", help=N_("identifiant de la mission (dossier sous content/missions/) : obligatoire pour un récit (report)"))
@option("--date", "date_text", default=None, help=N_("date de publication AAAA-MM-JJ (par défaut : aujourd'hui)"))
@option("--slug", default=None, help=N_("identifiant dans l'adresse (par défaut : tiré du titre), ex. diner-rimouski-2027-03"))
@CONTENT_OPTION
@SETTINGS_OPTION
@LANG_OPTION
def new(content_type, title, mission, date_text, slug, content, settings, lang):
    lang = lang or message_language()
    site = load_settings(settings)
    root = content_folder(content, site)
    timezone = site_timezone(site)
    today = _today(date_text, timezone, lang)
    if slug is not None:
        _check_slug(slug, lang)
    slug = slug or scaffold.slugify(title)
    if not slug:
        raise HubError(say(lang, N_("Le titre « %(title)s » ne donne aucun identifiant : écrivez des lettres ou des chiffres."), title=title))
    if content_type == "report":
        _check_mission(root, mission, lang)
    path = root / scaffold.relative_path(content_type, slug, mission)
    if path.exists():
        raise HubError(say(lang, N_("%(path)s existe déjà ; rien n'a été écrit. Modifiez ce fichier ou choisissez un autre titre."), path=shown(path)))
    context = scaffold.Context(today=today, lang=lang, timezone=timezone, city=site.get("TIMEZONE_CITY") or "Montréal")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(scaffold.new_file_text(content_type, title, context, slug=slug))
    click.echo(say(lang, N_("Fichier créé : %(path)s"), path=shown(path)))
    click.echo(say(lang, N_("Remplacez les « %(placeholder)s » (tant qu'il en reste, le fichier ne peut pas être publié), "
                             "décommentez les champs utiles, puis vérifiez : make check"), placeholder=scaffold.PLACEHOLDER))


def _check_slug(slug, lang):
    if not SLUG_RE.match(slug):
        suggestion = scaffold.slugify(slug) or "diner-rimouski-2027-03"
        raise HubError(say(lang, N_("--slug : « %(slug)s » n'est pas un identifiant valide (minuscules sans accents, chiffres et traits d'union) ; "
                                    "par exemple : %(suggestion)s"), slug=slug, suggestion=suggestion))


def _today(date_text, timezone, lang):
    if date_text is None:
        return dates.now(os.environ, dates.zone(timezone)).date()
    try:
        return dates.parse_date(date_text)
    except ProblemError:
        raise HubError(say(lang, N_("--date : « %(date)s » n'est pas une date AAAA-MM-JJ"), date=date_text)) from None


def _check_mission(root, mission, lang):
    missions = sorted(p.parent.name for p in (root / "missions").glob("*/*.md") if MISSION_FILE.match(p.name))
    known = ", ".join(missions) or "—"
    if not mission:
        raise HubError(say(lang, N_("Un récit appartient à une mission : ajoutez --mission IDENTIFIANT (missions : %(known)s)"), known=known))
    if mission not in missions:
        raise HubError(say(lang, N_("Aucune mission « %(mission)s » (dossier content/missions/%(mission)s/ avec mission.md) ; missions : %(known)s. "
                                    "Créez-la d'abord avec : new mission \"Titre\""), mission=mission, known=known))


@cli.command(help=N_("Commence la traduction anglaise d'un fichier de contenu : un brouillon (status: draft) à côté de l'original, même slug, lang: en."))
@argument("path", type=click.Path(exists=True, dir_okay=False))
@CONTENT_OPTION
@SETTINGS_OPTION
@LANG_OPTION
def translate(path, content, settings, lang):
    lang = lang or message_language()
    site_settings = load_settings(settings)
    root = content_folder(content, site_settings)
    source = Path(path)
    try:
        relative = source.resolve().relative_to(root.resolve())
    except ValueError:
        raise HubError(say(lang, N_("%(path)s n'est pas dans le dossier du contenu (%(root)s)."), path=shown(source), root=shown(root))) from None
    from hub_core.items import read_file  # noqa: PLC0415 (only this command needs the model)
    from hub_core.site import site_from_settings  # noqa: PLC0415

    site, _problems = site_from_settings({**site_settings, "PATH": str(root)})
    item = read_file(source, relative.as_posix(), site, root.name)
    if item.lang == "en":
        raise HubError(say(lang, N_("%(path)s est déjà en anglais (lang: en) ; traduisez l'original français."), path=shown(source)))
    target = translation.translation_path(source)
    if target.exists():
        raise HubError(say(lang, N_("%(path)s existe déjà ; rien n'a été écrit."), path=shown(target)))
    try:
        text = translation.translation_text(source.read_text(encoding="utf-8"), item.slug, item.content_type, lang)
    except ValueError:
        raise HubError(say(lang, N_("%(path)s n'a pas d'en-tête YAML complet (entre deux lignes ---) : lancez make check."), path=shown(source))) from None
    with open(target, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    click.echo(say(lang, N_("Brouillon de traduction créé : %(path)s"), path=shown(target)))
    click.echo(say(lang, N_("Traduisez les textes, retirez « status: draft », puis vérifiez : make check")))


@cli.command(help=N_("Vérifie le contenu sans construire le site : chaque problème sur une ligne (fichier:ligne: champ: message). Sans PATH : tout le contenu."))
@argument("paths", nargs=-1)
@CONTENT_OPTION
@SETTINGS_OPTION
@LANG_OPTION
def check(paths, content, settings, lang):
    lang = lang or message_language()
    site = load_settings(settings)
    root = content_folder(content, site)
    if not root.is_dir():
        raise HubError(say(lang, N_("Dossier de contenu introuvable : %(root)s"), root=root))
    report = checking.run(paths, root, site)
    for problem in report.problems:
        click.echo(problem.render(lang), err=True)
    for path in report.ignored:
        click.echo(say(lang, N_("%(path)s : ignoré (hors de %(root)s/)"), path=path, root=root), err=True)
    click.echo(report.summary(lang))
    sys.exit(1 if report.errors else 0)


@cli.command(name="import", help=N_("Importe les calendriers des groupes (content/data/calendars.yml) dans content/events/ : nouveaux événements, mises à jour (les changements faits à la main restent), annulations."))
@option("--source", "source_name", default=None, help=N_("n'importer que la source de ce nom (name dans calendars.yml)"))
@CONTENT_OPTION
@SETTINGS_OPTION
@LANG_OPTION
def import_command(source_name, content, settings, lang):
    from hub_core.site import site_from_settings  # noqa: PLC0415 (only this command needs them)
    from hub_import import report  # noqa: PLC0415
    from hub_import.run import Options, import_sources  # noqa: PLC0415
    from hub_import.sources import calendars_path, directory_slugs, load_sources, only  # noqa: PLC0415

    lang = lang or message_language()
    site_settings = load_settings(settings)
    root = content_folder(content, site_settings)
    site, _problems = site_from_settings({**site_settings, "PATH": str(root)})
    sources, problems = load_sources(root, site, directory_slugs(root))
    for problem in problems:
        click.echo(problem.render(lang), err=True)
    if source_name:
        chosen = only(sources, source_name)
        if not chosen:
            names = ", ".join(s.name for s in sources) or "—"
            raise HubError(say(lang, N_("Aucune source « %(name)s » dans %(path)s ; sources : %(names)s"),
                               name=source_name, path=shown(calendars_path(root)), names=names))
        sources = chosen
    if not sources:
        click.echo(say(lang, N_("Aucun calendrier à importer : ajoutez-en dans %(path)s"), path=shown(calendars_path(root))))
        sys.exit(1 if any(p.is_error for p in problems) else 0)
    timezone = site.timezone
    today = dates.now(os.environ, dates.zone(timezone)).date()
    try:
        outcomes = import_sources(root, sources, Options(today=today, timezone=timezone))
    except OSError as error:
        raise HubError(say(lang, N_("Import interrompu : %(path)s ne peut pas être écrit ou lu (%(reason)s)"),
                           path=error.filename or "", reason=error.strerror)) from None
    for outcome in outcomes:
        for line in report.lines(outcome, lang):
            click.echo(line)
    failed = any(o.failure is not None for o in outcomes) or any(p.is_error for p in problems)
    sys.exit(1 if failed else 0)


@cli.command(help=N_("Liste les municipalités et les lieux que le site connaît, avec leur région ; RECHERCHE garde ceux dont le nom ou la région la contient (accents et majuscules ignorés)."))
@argument("search", metavar=N_("RECHERCHE"), required=False, default="")
@CONTENT_OPTION
@SETTINGS_OPTION
@LANG_OPTION
def places(search, content, settings, lang):
    from hub_core import places as known  # noqa: PLC0415

    lang = lang or message_language()
    root = content_folder(content, load_settings(settings))
    regions, municipalities = known.builtin_places()
    found_places, problems = known.load(root, regions, municipalities)
    for problem in problems:
        click.echo(problem.render(lang), err=True)
    found = places_list.search(found_places, municipalities, search)
    total = sum(1 for _place in found_places)
    for line in places_list.lines(found, total, search, lang):
        click.echo(line)
    if any(problem.is_error for problem in problems):
        sys.exit(1)


@cli.command(help=N_("Aperçu sur http://127.0.0.1:8000, reconstruit à chaque modification ; les erreurs s'affichent et l'aperçu continue."))
@option("--port", "-p", type=int, default=None)
@option("--bind", "-b", default=None)
@CONTENT_OPTION
@option("--settings", "-s", default=SETTINGS, show_default=True)
def serve(port, bind, content, settings):
    from hub_core import serve as preview  # noqa: PLC0415 (imports Pelican)

    argv = [str(content or "content"), "-s", settings]
    argv += ["--port", str(port)] if port else []
    argv += ["--bind", bind] if bind else []
    argv += ["--listen"] if port or bind else []  # Pelican's parser warns about --port alone
    preview.main(argv)


@cli.command(name="guide", help=N_("Régénère la référence des champs du guide de rédaction depuis la table des champs."))
@option("--path", default=str(guide.GUIDE), show_default=True)
@option("--check", "only_check", is_flag=True, help=N_("dit seulement si le guide est à jour (code 1 sinon)"))
def guide_command(path, only_check):
    regenerate(Path(path), guide.rewrite, "guide", only_check)


@cli.command(name="content-model", help=N_("Régénère la référence des champs de docs/content-model.md (en anglais, pour les contributeurs) depuis la table des champs."))
@option("--path", default=str(content_model.DOC), show_default=True)
@option("--check", "only_check", is_flag=True, help=N_("dit seulement si le document est à jour (code 1 sinon)"))
def content_model_command(path, only_check):
    regenerate(Path(path), content_model.rewrite, "content-model", only_check)


def regenerate(path, rewrite, command, only_check):
    """Rewrite the generated part of a document; with only_check, say whether it is up to date."""
    text = path.read_text(encoding="utf-8")
    fresh = rewrite(text)
    if only_check:
        if fresh != text:
            raise HubError(f"{path}: field reference out of date; run: python -m hub_cli {command}")
        click.echo(f"{path}: up to date")
        return
    if fresh != text:
        path.write_text(fresh, encoding="utf-8")
    click.echo(f"{path}: {'rewritten' if fresh != text else 'up to date'}")


@cli.command(help=N_("Régénère les schémas JSON des en-têtes (un par type de contenu) depuis la table des champs."))
@option("--folder", default="schemas", show_default=True)
@option("--check", "only_check", is_flag=True, help=N_("dit seulement si les schémas sont à jour (code 1 sinon)"))
def schemas(folder, only_check):
    stale = []
    for name, body in schema.all_schemas().items():
        path = Path(folder) / name
        data = schema.render(body)
        if not path.is_file() or path.read_bytes() != data:
            stale.append(path)
            if not only_check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
    if only_check and stale:
        raise HubError("out of date: " + ", ".join(map(str, stale)) + "; run: python -m hub_cli schemas")
    click.echo(f"{folder}: {len(stale)} file(s) {'written' if not only_check else 'to write'}")


@cli.command(name="compress", help=N_("Écrit une copie .gz et .br à côté de chaque fichier texte d'un site construit (mêmes octets à chaque fois)."))
@argument("output", default="output")
def compress_command(output):
    if not Path(output).is_dir():
        raise HubError(f"{output}: not a folder; build the site first (make publish)")
    files, written = compress.compress_tree(output)
    click.echo(f"{output}: {files} text files, {written} compressed copies (.gz, .br)")


def main():
    cli(prog_name="python -m hub_cli")
