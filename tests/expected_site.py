"""The fixture site's expected output, kept in `tests/output/site/` (as Pelican keeps
`pelican/tests/output/basic`). `make expected-site` regenerates it on purpose; the test
`tests/functional/test_expected_site.py` compares every fresh build with it, file by file."""

import difflib
import shutil
import sys
import tempfile
from pathlib import Path

from sitebuild import FIXTURES, ROOT, build

CONTENT = FIXTURES / "site" / "content"
EXPECTED = ROOT / "tests" / "output" / "site"
# What is not kept: Pagefind's index is a binary format with its own tests (tests/browser/test_search.py).
LEFT_OUT = ("pagefind/",)


def kept(path: str) -> bool:
    return not path.startswith(LEFT_OUT)


def tree(folder: Path) -> dict[str, Path]:
    """Every file under `folder` that the expected site keeps, by its relative address."""
    files = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}
    return {address: path for address, path in sorted(files.items()) if kept(address)}


def differences(expected: Path, built: Path, context: int = 3, limit: int = 40) -> list[str]:
    """What differs between two output folders, readable: missing and extra files, then diffs."""
    want, have = tree(expected), tree(built)
    lines = [f"missing: {a}" for a in sorted(want.keys() - have.keys())]
    lines += [f"unexpected: {a}" for a in sorted(have.keys() - want.keys())]
    for address in sorted(want.keys() & have.keys()):
        old, new = want[address].read_bytes(), have[address].read_bytes()
        if old == new:
            continue
        lines.append(f"changed: {address}")
        try:
            diff = difflib.unified_diff(
                old.decode().splitlines(), new.decode().splitlines(),
                f"expected/{address}", f"built/{address}", n=context, lineterm="",
            )
            lines += list(diff)[:limit]
        except UnicodeDecodeError:
            lines.append("  (binary file)")
    return lines


def regenerate() -> int:
    """Build the fixture site and make it the expected output (`make expected-site`)."""
    with tempfile.TemporaryDirectory() as work:
        result = build(CONTENT, Path(work) / "output", Path(work) / "cache")
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            return result.returncode
        if EXPECTED.exists():
            shutil.rmtree(EXPECTED)
        for address, path in tree(result.output).items():
            target = EXPECTED / address
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    print(f"{EXPECTED.relative_to(ROOT)}: {len(tree(EXPECTED))} files")
    return 0


if __name__ == "__main__":
    sys.exit(regenerate())
