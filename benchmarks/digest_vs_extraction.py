"""How much the whole brief costs over extraction alone, and text dumps against HTML.

Two views of the first ratio are printed: the commands as a user runs them (``briefreader
digest`` over all pages, which reads several pages in parallel processes, against a Python
process running ``trafilatura.extract`` on each), and the work itself on one core, in one
process (what the brief costs in CPU over extraction).

    python benchmarks/digest_vs_extraction.py [--repeat 5]

Prints, measured in one run on the dev-set pages (read into memory first, so disk is out):
- the full ``briefreader digest`` work (load, extract, digest, render JSON) over the HTML pages
  against ``trafilatura.extract`` alone on the same pages (target: at most 1.3x);
- the same work over the text dumps of those pages against the HTML run (target: at most 1.0x).
"""

from __future__ import annotations

import argparse
import sys

from _common import best_of_each, dev_pages

from briefreader import build_brief, extract_article, render
from briefreader.errors import BriefreaderError
from briefreader.sources import document_from_bytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    import trafilatura

    html_pages = [(str(p), p.read_bytes()) for p in dev_pages("html")]
    text_pages = [(str(p), p.read_bytes()) for p in dev_pages("txt")]
    if not html_pages:
        sys.exit("no dev set found beside the checkout (../shared/devset)")

    def trafilatura_only() -> None:
        for _, data in html_pages:
            trafilatura.extract(data)

    def briefreader_run(pages) -> None:  # type: ignore[no-untyped-def]
        for path, data in pages:
            try:
                brief = build_brief(extract_article(document_from_bytes(data, path)))
            except BriefreaderError:
                continue  # a page without an article costs what it cost
            render.to_json(brief, indent=None)

    # warm-up: imports and stoplists
    briefreader_run(html_pages[:2] + text_pages[:2])
    trafilatura_only()
    in_process = best_of_each(
        args.repeat,
        {
            "base": trafilatura_only,
            "html": lambda: briefreader_run(html_pages),
            "text": lambda: briefreader_run(text_pages),
        },
    )
    base, html, text = in_process["base"], in_process["html"], in_process["text"]
    import shutil
    import subprocess

    command = shutil.which("briefreader") or "briefreader"
    paths = [path for path, _ in html_pages]
    trafilatura_script = (
        "import sys, trafilatura\n"
        "for p in sys.argv[1:]:\n"
        "    trafilatura.extract(open(p, 'rb').read())\n"
    )

    def run_command(argv: list[str]) -> None:
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)

    commands = best_of_each(
        args.repeat,
        {
            "base": lambda: run_command([sys.executable, "-c", trafilatura_script, *paths]),
            "ours": lambda: run_command([command, "digest", "--format", "jsonl", *paths]),
        },
    )
    base_cmd, ours_cmd = commands["base"], commands["ours"]
    print(f"pages: {len(html_pages)} html, {len(text_pages)} text dumps (best of {args.repeat})")
    print("commands, wall clock:")
    print(f"  python: trafilatura.extract    {base_cmd:7.3f} s")
    print(
        f"  briefreader digest (html)      {ours_cmd:7.3f} s"
        f"   ratio {ours_cmd / base_cmd:5.2f}x  (target <= 1.3x)"
    )
    print("the work on one core, in one process:")
    print(f"  trafilatura.extract alone    {base:7.3f} s")
    print(f"  briefreader on html          {html:7.3f} s   ratio {html / base:5.2f}x  (one core)")
    print(
        f"  briefreader on text dumps    {text:7.3f} s   ratio {text / html:5.2f}x"
        "  vs html (target <= 1.0x)"
    )


if __name__ == "__main__":
    main()
