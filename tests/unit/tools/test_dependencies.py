"""tools/dependencies.py, `make test`'s first step: installs the Debian packages the tests
need when run as root, else says in one line what is missing and how to install it.

apt-get is never run here: the command-line tests force "not root" with HUB_NO_APT=1 and a
PATH of stand-in programs; the install path runs with a recording `run`."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "tools" / "dependencies.py"
PROGRAMS = ("node", "npm", "chromium", "java")


def load():
    spec = importlib.util.spec_from_file_location("dependencies", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


deps = load()


def bin_folder(tmp_path, programs):
    """A folder of stand-in executables named `programs`."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name in programs:
        path = folder / name
        path.write_text("#!/bin/sh\nexit 0\n")
        path.chmod(0o755)
    return folder


def run_script(path_folder, **env):
    environ = {"PATH": str(path_folder), "HUB_NO_APT": "1", **env}
    return subprocess.run([sys.executable, str(SCRIPT)], env=environ, capture_output=True, text=True, encoding="utf-8", check=False)


def test_with_everything_present_it_says_nothing_and_succeeds(tmp_path):
    result = run_script(bin_folder(tmp_path, PROGRAMS))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize(
    "present, named, packages",
    [
        pytest.param(("node", "npm", "java"), "chromium", "chromium", id="no-chromium"),
        pytest.param(("chromium", "java"), "node, npm", "nodejs npm", id="no-node"),
        pytest.param(("node", "npm", "chromium"), "java", "default-jre-headless", id="no-java"),
        pytest.param((), "node, npm, chromium, java", "nodejs npm chromium default-jre-headless", id="nothing"),
    ],
)
def test_without_apt_one_line_names_what_is_missing_and_the_command(tmp_path, present, named, packages):
    result = run_script(bin_folder(tmp_path, present))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines == [
        f"make test : il manque {named} (requis par les tests) ; installez avec : "
        f"sudo apt-get update && sudo apt-get install -y --no-install-recommends {packages}"
    ]


def test_the_line_is_in_english_with_hub_lang_en(tmp_path):
    result = run_script(bin_folder(tmp_path, ("node", "npm", "java")), HUB_LANG="en")
    assert result.returncode == 1
    assert result.stderr == (
        "make test: missing chromium (needed by the tests); install with: "
        "sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n"
    )


class Machine:
    """A `which` and a `run` that pretend: apt-get installs what it is asked for."""

    def __init__(self, present, apt_works=True):
        self.present = set(present) | {"apt-get"}
        self.apt_works = apt_works
        self.commands = []

    def which(self, program, path=None):
        return f"/usr/bin/{program}" if program in self.present else None

    def run(self, command, check=False, env=None):
        self.commands.append(command)
        assert env["DEBIAN_FRONTEND"] == "noninteractive"
        if self.apt_works and command[:2] == ["apt-get", "install"]:
            self.present |= {"chromium"} if "chromium" in command else set()
            self.present |= {"node", "npm"} if "nodejs" in command else set()
            self.present |= {"java"} if "default-jre-headless" in command else set()
        return subprocess.CompletedProcess(command, 0 if self.apt_works else 100)


def call(machine, euid, environ=None):
    out, err = [], []

    class Sink:
        def __init__(self, lines):
            self.lines = lines

        def write(self, text):
            self.lines.append(text)

        def flush(self):
            pass

    code = deps.main({"PATH": "/usr/bin", **(environ or {})}, euid, machine.which, machine.run, Sink(out), Sink(err))
    return code, "".join(out), "".join(err)


def test_as_root_it_installs_the_missing_packages_with_apt_get():
    machine = Machine({"node", "npm", "java"})
    code, out, err = call(machine, euid=0)
    assert code == 0 and err == ""
    assert out == "make test : installation de chromium\n"
    assert machine.commands == [["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]]


def test_as_root_with_nothing_missing_apt_get_is_not_run():
    machine = Machine(set(PROGRAMS))
    assert call(machine, euid=0) == (0, "", "")
    assert machine.commands == []


@pytest.mark.parametrize(
    "euid, environ", [pytest.param(1000, {}, id="not-root"), pytest.param(0, {"HUB_NO_APT": "1"}, id="root-with-HUB_NO_APT")]
)
def test_not_root_or_told_not_to_it_never_runs_apt_get(euid, environ):
    machine = Machine({"chromium"})
    code, out, err = call(machine, euid, environ)
    assert code == 1 and out == "" and machine.commands == []
    assert "node, npm, java" in err and "nodejs npm default-jre-headless" in err


def test_a_failed_installation_says_what_is_still_missing():
    machine = Machine({"node", "npm", "java"}, apt_works=False)
    code, _out, err = call(machine, euid=0)
    assert code == 1
    assert err.startswith("make test : il manque chromium")
    assert machine.commands == [["apt-get", "update"]]


def test_the_makefile_runs_it_before_the_tests_and_ci_only_runs_make_test():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\ntest: test-deps " in makefile and "tools/dependencies.py" in makefile
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get" not in ci and "\nmake test\n" in ci
