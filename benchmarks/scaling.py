"""Cost against input size: a text dump ten times larger must take at most 12x the time.

    python benchmarks/scaling.py [--base-kb 60] [--repeat 3]

Builds two text dumps from the dev set's true article bodies (distinct paragraphs, so no
line repeats): one of about ``--base-kb`` KB (default 36) and one ten times that, runs
the whole flow
(load, extract, digest, render) on each in one run, and prints the time ratio. A quadratic
step anywhere (cleaner, sentence splitter, quote matching, fact ranking) shows as a ratio
near 100x.
"""

from __future__ import annotations

import argparse
import json
import sys

from _common import DEVSET, best_of

from briefreader import build_brief, extract_article, render
from briefreader.sources import document_from_bytes


def paragraphs() -> list[str]:
    truth = json.loads((DEVSET / "zyte-dev" / "ground-truth.json").read_text())
    bodies = [value["articleBody"] for value in truth.values()]
    bodies += [
        p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("readability/*/expected.txt"))
    ]
    seen: set[str] = set()
    out = []
    for body in bodies:
        for line in body.split("\n"):
            line = line.strip()
            if len(line) > 80 and line not in seen:
                seen.add(line)
                out.append(line)
    return out


def dump(lines: list[str], size: int) -> bytes:
    text, used = [], 0
    for line in lines:
        if used >= size:
            break
        text.append(line)
        used += len(line) + 2
    return ("Menu\nHome\nNews\n\nA long article\n\nBy Jane Roe\n\n" + "\n\n".join(text)).encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-kb", type=int, default=36)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    lines = paragraphs()
    base = args.base_kb * 1024
    small, large = dump(lines, base), dump(lines, base * 10)
    if len(large) < 9 * len(small):
        sys.exit(f"not enough distinct dev text for a 10x input (have {len(large)} bytes)")

    def run(data: bytes) -> None:
        brief = build_brief(extract_article(document_from_bytes(data, "big.txt")))
        render.to_json(brief)

    run(small)  # warm-up
    t_small = best_of(args.repeat, lambda: run(small))
    t_large = best_of(args.repeat, lambda: run(large))
    size_ratio = len(large) / len(small)
    print(f"small {len(small) / 1024:8.0f} KB  {t_small:7.3f} s")
    print(f"large {len(large) / 1024:8.0f} KB  {t_large:7.3f} s")
    print(f"size ratio {size_ratio:.1f}x, time ratio {t_large / t_small:.2f}x (target <= 12x)")


if __name__ == "__main__":
    main()
