"""Preview with autoreload that waits for a fix: `python -m hub_core.serve content -s pelicanconf.py`.

Pelican's own `--autoreload` rebuilds at once after a failed build, again and
again, until the content is fixed. Here a failed build prints its problems
once, then the preview waits for the next change. The server keeps serving
all along.

The preview builds with the setting HUB_PREVIEW = True: a placeholder left by
`hub new` (an error in a real build) is a warning there, printed and shown in a
banner on the item's page. A real build never sets it.
"""

import logging
import multiprocessing
import os
import sys

from pelican import get_instance, listen, parse_arguments
from pelican.utils import wait_for_changes

from .problems import ContentErrors, message_language

logger = logging.getLogger(__name__)


def rebuild_forever(args):
    pelican, settings = get_instance(args)
    settings_file = os.path.abspath(args.settings)
    lang = message_language()
    while True:
        try:
            pelican.run()
        except ContentErrors as errors:
            print(f"\n{errors}", file=sys.stderr)
            print(
                "Waiting for a change…" if lang == "en" else "En attente d'une modification…",
                file=sys.stderr,
            )
        except Exception as error:  # a theme or plugin error: say it, keep serving
            logger.warning("%s: %s", error.__class__.__name__, error)
        changed = {path for _change, path in wait_for_changes(args.settings, settings)}
        if settings_file in changed:
            pelican, settings = get_instance(args)


def preview_arguments(argv=None):
    """Pelican's arguments for the preview: those given, with HUB_PREVIEW = True."""
    args = parse_arguments(argv)
    args.overrides = {**(getattr(args, "overrides", None) or {}), "HUB_PREVIEW": True}
    return args


def main(argv=None):
    args = preview_arguments(argv)
    _pelican, settings = get_instance(args)
    server = multiprocessing.Process(
        target=listen,
        args=(settings.get("BIND"), settings.get("PORT"), settings.get("OUTPUT_PATH")),
        daemon=True,
    )
    server.start()
    try:
        rebuild_forever(args)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
