"""Test helper: the preview's resident model, driven step by step (run as a script in its own
process, so that Pelican and the plugins load there, as in `hub serve`).

    python tests/preview_model.py CONTENT SETTINGS OUTPUT CACHE STEPS.json

builds CONTENT as the preview does (hub_core.rebuilds.fork_build: a fork that stays, holding its
model), then runs the steps: ["edit", relative path, old, new] (old "" appends new, or makes
the file) or
["show", [relative paths], snapshot folder] (the resident shows those files; the overlay is then
copied to the snapshot folder). Prints one JSON line per show: {"shown": bool, "pages": [...]}.
"""

import json
import shutil
import sys
import time
from pathlib import Path


def main(content: str, settings: str, output: str, cache: str, steps_file: str) -> None:
    from pelican import get_instance  # noqa: PLC0415 (with the plugins on sys.path)

    from hub_core import rebuilds, serve  # noqa: PLC0415

    args = serve.preview_arguments([content, "-s", settings, "-o", output, "-e", f'CACHE_PATH="{cache}"'])
    pelican, pelican_settings = get_instance(args)
    pelican_settings["HUB_OUTPUT"] = {**(pelican_settings.get("HUB_OUTPUT") or {}), "search_index": "after"}
    overlay = serve.overlay_path(Path(output).absolute())
    build = rebuilds.fork_build(pelican, set(), overlay)
    while build.done() is None:
        time.sleep(0.02)
    if not build.resident:
        sys.exit(f"the first build did not stay as the model (exit code {build.code})")
    try:
        for step in json.loads(Path(steps_file).read_text(encoding="utf-8")):
            if step[0] == "edit":
                path = Path(content) / step[1]
                text = path.read_text(encoding="utf-8") if path.exists() else ""
                if step[2] and step[2] not in text:
                    sys.exit(f"{step[1]}: {step[2]!r} not found")
                path.write_text(text.replace(step[2], step[3], 1) if step[2] else text + step[3], encoding="utf-8")
            elif step[0] == "show":
                shown = build.show({str((Path(content) / p).absolute()) for p in step[1]})
                while build.showing():  # and the pages that read them
                    time.sleep(0.02)
                pages = sorted(p.relative_to(overlay).as_posix() for p in overlay.rglob("*") if p.is_file()) if overlay.is_dir() else []
                if overlay.is_dir():
                    shutil.copytree(overlay, step[2])
                print(json.dumps({"shown": shown, "pages": pages}), flush=True)
    finally:
        build.stop()


if __name__ == "__main__":
    main(*sys.argv[1:6])
