"""The programs the tests need beyond Python, installed when missing (`make test` runs this first).

    python3 tools/dependencies.py

Nothing missing: says nothing, exit 0. Something missing and run as root (CI, a
container): installs the Debian packages with apt-get, exit 0 when they are then
found. Otherwise (not root, no apt-get, or HUB_NO_APT=1): one line naming what
is missing and the command that installs it, exit 1. Messages in French,
English with HUB_LANG=en (or an English LANG). Standard library only: it runs
before the virtualenv exists.
"""

import os
import shlex
import shutil
import subprocess
import sys

# (program the tests run, the Debian packages that provide it, what needs it)
NEEDS = (
    ("node", ("nodejs",), "ical.js"),
    ("npm", ("nodejs", "npm"), "npm ci --prefix tests/js"),
    ("chromium", ("chromium",), "tests/browser (Playwright drives /usr/bin/chromium)"),
    ("java", ("default-jre-headless",), "the Nu HTML Checker (vnu.jar)"),
)


def language(environ):
    """fr or en, as hub_core.problems.message_language decides."""
    for name in ("HUB_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def missing(which=shutil.which, path=None):
    """(programs, packages) not found on PATH, in NEEDS order, without repeats."""
    programs, packages = [], []
    for program, provided_by, _why in NEEDS:
        if which(program, path=path) is None:
            programs.append(program)
            packages += [p for p in provided_by if p not in packages]
    return programs, packages


def install_commands(packages):
    return [["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", *packages]]


def shown_command(packages, sudo):
    prefix = "sudo " if sudo else ""
    return " && ".join(prefix + shlex.join(command) for command in install_commands(packages))


def explain(programs, packages, lang):
    """The one line said when the tests cannot run: what is missing, how to install it."""
    names = ", ".join(programs)
    command = shown_command(packages, sudo=True)
    if lang == "en":
        return f"make test: missing {names} (needed by the tests); install with: {command}"
    return f"make test : il manque {names} (requis par les tests) ; installez avec : {command}"


def may_install(environ, euid, which=shutil.which):
    """True when this run installs: root, apt-get present, HUB_NO_APT not set."""
    return euid == 0 and not environ.get("HUB_NO_APT") and which("apt-get", path=environ.get("PATH")) is not None


def main(environ=None, euid=None, which=shutil.which, run=subprocess.run, out=sys.stdout, err=sys.stderr):
    """Check, install if allowed, and return the exit code."""
    environ = os.environ if environ is None else environ
    euid = os.geteuid() if euid is None else euid
    lang = language(environ)
    path = environ.get("PATH")
    programs, packages = missing(which, path)
    if not programs:
        return 0
    if not may_install(environ, euid, which):
        print(explain(programs, packages, lang), file=err)
        return 1
    print(("make test: installing " if lang == "en" else "make test : installation de ") + " ".join(packages), file=out, flush=True)
    for command in install_commands(packages):
        if run(command, check=False, env={**environ, "DEBIAN_FRONTEND": "noninteractive"}).returncode != 0:
            print(explain(programs, packages, lang), file=err)
            return 1
    still, packages = missing(which, path)
    if still:
        print(explain(still, packages, lang), file=err)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
