"""Golden check: `briefreader digest --format json` byte for byte, before and after a change.

    python tools/golden.py save  DIR   # run the digest on every dev-set input, keep the outputs
    python tools/golden.py check DIR   # run it again and list every input whose output differs

The inputs are every page of `../shared/devset` (or `--devset PATH`): the seed, zyte-dev's text
dumps and HTML pages, readability and readability-more (`page.txt` and `source.html`), and the
CNN/DailyMail dev articles. Each input is digested by the real command, one process per input,
so start-up, argument handling and the JSON writer are all covered. The exit code and stderr are
kept beside stdout, so a page that failed before must fail the same way after.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def _default_devset() -> Path:
    """The nearest `shared/devset` above this checkout (a worktree may sit deeper than main)."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "shared" / "devset").is_dir():
            return folder / "shared" / "devset"
    return Path("../shared/devset")


DEFAULT_DEVSET = _default_devset()


def golden_inputs(devset: Path) -> list[Path]:
    """Every dev-set input the golden check digests, in a fixed order."""
    patterns = [
        "seed/*.txt",
        "zyte-dev/txt/*.txt",
        "zyte-dev/html/*.html",
        "readability/*/page.txt",
        "readability/*/source.html",
        "readability-more/*/page.txt",
        "readability-more/*/source.html",
        "cnndm-dev/txt/*.txt",
    ]
    found: list[Path] = []
    for pattern in patterns:
        found.extend(sorted(devset.glob(pattern)))
    return found


def _key(path: Path, devset: Path) -> str:
    """A file name for one input's record: its path in the dev set, flattened."""
    return str(path.relative_to(devset)).replace("/", "__") + ".json"


def _briefreader() -> list[str]:
    """The command to run: the `briefreader` next to this Python, else the module."""
    beside = Path(sys.executable).with_name("briefreader")
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "briefreader"]


def digest_record(path: Path) -> dict[str, object]:
    """Run `briefreader digest --format json` on one input; its exit code, stdout and stderr."""
    env = dict(os.environ)
    # Settings files and colour must not change the output between the two runs.
    env["XDG_CONFIG_HOME"] = "/nonexistent-briefreader-golden"
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "100"
    done = subprocess.run(
        [*_briefreader(), "digest", "--format", "json", str(path)],
        capture_output=True,
        env=env,
        timeout=300,
    )
    return {
        "exit": done.returncode,
        "stdout": done.stdout.decode("utf-8", "surrogateescape"),
        "stderr": done.stderr.decode("utf-8", "surrogateescape"),
    }


def _run_all(devset: Path, jobs: int) -> dict[str, dict[str, object]]:
    inputs = golden_inputs(devset)
    if not inputs:
        sys.exit(f"golden: no inputs under {devset}; pass --devset PATH")
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        records = list(pool.map(digest_record, inputs))
    return {_key(path, devset): record for path, record in zip(inputs, records)}


def main(argv: list[str] | None = None) -> int:
    """Save or check the golden outputs; exit 1 when any output differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("directory", type=Path, help="where the outputs are kept")
    parser.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)
    devset = args.devset.resolve()
    results = _run_all(devset, args.jobs)
    if args.action == "save":
        if args.directory.exists():
            shutil.rmtree(args.directory)
        args.directory.mkdir(parents=True)
        for name, record in results.items():
            (args.directory / name).write_text(json.dumps(record, indent=1, sort_keys=True))
        print(f"golden: saved {len(results)} outputs to {args.directory}")
        return 0
    differing: list[str] = []
    for name, record in results.items():
        kept = args.directory / name
        if not kept.exists():
            differing.append(f"{name}: no saved output")
            continue
        before = json.loads(kept.read_text())
        if before != record:
            fields = [field for field in record if before.get(field) != record[field]]
            differing.append(f"{name}: {', '.join(fields)} differ")
    missing = sorted({p.name for p in args.directory.glob("*.json")} - set(results))
    differing.extend(f"{name}: input gone" for name in missing)
    for line in differing:
        print(line)
    same = len(results) - len(differing) + len(missing)
    print(f"golden: {same} of {len(results)} outputs byte-identical")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
