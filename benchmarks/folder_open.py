"""Opening a folder of 40 dev-set pages: first article on screen, and the whole folder.

Copies 40 zyte-dev pages (text dumps and HTML) into a temporary folder, then, each run in a
fresh Python process driven headless at 160x45 (imports count, as for a user; see
``_startup.py``, which both start-up benchmarks share):

- ``briefreader open FOLDER``: time to the first article's panes painted, and time until
  every article is read (the list filled in while the first one is on screen);
- ``briefreader open FILE`` (the folder's first page): time to its panes painted;
- a bare Textual app showing one line (the bound of ``first_screen.py``: at most 1.5x it).

It also prints the sum of single-file digests (``briefreader.read_brief`` per file, in one
process) against the whole folder's time in the reader.

    python benchmarks/folder_open.py [--runs 7] [--count 40]
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DEVSET, compile_bytecode  # noqa: E402
from _startup import time_child  # noqa: E402

TARGET = 1.5
"""The issue's goal (16): a folder's first article at most 1.5 times a bare app's first paint."""


def pick_pages(count: int) -> list[Path]:
    """``count`` zyte-dev pages, text dumps and HTML alternately."""
    texts = sorted((DEVSET / "zyte-dev" / "txt").glob("*.txt"))
    htmls = sorted((DEVSET / "zyte-dev" / "html").glob("*.html"))
    pages: list[Path] = []
    for pair in zip(texts, htmls):
        pages.extend(pair)
    return pages[:count]


def main() -> None:
    """Time the folder, one file and the bare app; print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (default 7)")
    parser.add_argument("--count", type=int, default=40, help="pages in the folder")
    options = parser.parse_args()

    pages = pick_pages(options.count)
    if len(pages) < options.count:
        raise SystemExit(f"the dev set at {DEVSET} has fewer than {options.count} pages")
    with tempfile.TemporaryDirectory(prefix="briefreader-folder-") as folder:
        for number, page in enumerate(pages):
            shutil.copy(page, Path(folder) / f"{number:02d}-{page.name[:12]}{page.suffix}")
        names = sorted(Path(folder).iterdir())
        single = str(names[0])

        from briefreader import read_brief

        digest_sum = 0.0
        for path in names:
            start = time.perf_counter()
            with contextlib.suppress(Exception):  # a page the reader marks as failed
                read_brief(str(path))
            digest_sum += time.perf_counter() - start

        bare_args, single_args, folder_args = ["bare"], ["reader", single], ["reader", folder]
        compile_bytecode()  # as installed: bytecode on disk (see _common.compile_bytecode)
        for args in (bare_args, single_args, folder_args):
            time_child(args)  # warm the file cache once, untimed
        bare, one, first, whole = [], [], [], []
        for _ in range(options.runs):
            bare.append(time_child(bare_args)[0])
            one.append(time_child(single_args)[0])
            folder_first, folder_whole = time_child(folder_args)
            first.append(folder_first)
            whole.append(folder_whole)

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:7.0f} ms"

    ratio = statistics.median(first) / statistics.median(bare)
    print(f"{len(pages)} dev-set pages, median of {options.runs} runs (fresh process each):")
    print(f"  bare Textual app, first paint         {ms(bare)}")
    print(f"  briefreader open FILE, first article  {ms(one)}")
    print(f"  briefreader open FOLDER, first article{ms(first)}")
    verdict = "ok" if ratio <= TARGET else "over target"
    vs_single = statistics.median(first) / statistics.median(one)
    print(f"    vs bare app                         {ratio:7.2f}x  (<= {TARGET:.1f}x: {verdict})")
    print(f"    vs the single file                  {vs_single:7.2f}x")
    print(f"  briefreader open FOLDER, all read     {ms(whole)}")
    total = digest_sum * 1000
    print(f"  sum of single-file digests            {total:7.0f} ms  (read_brief, one process)")
    overhead = statistics.median(whole) - statistics.median(bare)
    print(
        f"  folder in the reader minus app start  {overhead * 1000:7.0f} ms  "
        f"({overhead / digest_sum:.2f}x the sum of digests)"
    )


if __name__ == "__main__":
    main()
