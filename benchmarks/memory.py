"""Peak memory against input size (issue 11, item 15): a page at the default 64 MB limit must
be read within 2 GB.

    python benchmarks/memory.py [--size 64M] [--limit 2G] [--shape one-line ...] [--timeout 1800]

For each shape of page it writes a file of ``--size`` bytes, reads it through the whole flow
(load, extract, digest, render as JSON) in a fresh child process and prints the child's peak
resident size (VmHWM) after reading and after rendering, its bytes of memory per byte of
input and its time. The child runs
under ``RLIMIT_AS = --limit``, so a page that needs more than the limit fails with a
MemoryError instead of taking the machine's memory. Exit status 1 when any shape goes over.

Shapes (the ones the issue measured, and an ordinary article for comparison):

- ``one-line``: news words with figures, on one line with no sentence end (issue: 50 MB
  peaked at 3.4 GB);
- ``one-word-paragraphs``: a word per paragraph (issue: a million of them peaked at 1.8 GB);
- ``article``: ordinary paragraphs of four sentences.

The pytest checks (``tests/hostile/test_limits.py``) run the same measure on inputs of under
a megabyte, so they take seconds; this script is run by hand.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "the", "board", "said", "crews", "would", "replace", "meters", "before", "winter", "while",
    "residents", "complained", "about", "estimated", "bills", "and", "officials", "promised",
    "refunds", "in", "the", "northern", "districts",
]  # fmt: skip
FIGURES = ["3,000", "$4.5 million", "12 percent", "42,000", "18 months"]

_CHILD = """
import json, sys
from briefreader import read_brief, render

def peak():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))

brief = read_brief(sys.argv[1], max_bytes=int(sys.argv[2]))
print(json.dumps({"read": peak()}), flush=True)
size = len(render.to_json(brief))
print(json.dumps({"peak": peak(), "json": size}))
"""


def parse_size(text: str) -> int:
    """ "64M" -> bytes (K, M and G are powers of 1024)."""
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = text.strip().lower().rstrip("b")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def write_shape(shape: str, size: int, path: Path) -> None:
    """Write ``size`` bytes (about) of pages of ``shape`` to ``path``, in chunks."""
    rng = random.Random(11)
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        if shape == "one-word-paragraphs":
            out.write("Water board approves new meters\n\n")
        while written < size:
            if shape == "one-line":
                chunk = " ".join(rng.choice(WORDS + FIGURES) for _ in range(2000)) + " "
            elif shape == "one-word-paragraphs":
                chunk = "".join(rng.choice(WORDS).capitalize() + ".\n\n" for _ in range(2000))
            else:
                sentences = [
                    " ".join(rng.choice(WORDS + FIGURES) for _ in range(rng.randint(8, 22)))
                    for _ in range(4)
                ]
                chunk = " ".join(s.capitalize() + "." for s in sentences) + "\n\n"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
        out.write("\n")


def measure(path: Path, limit: int, timeout: float) -> dict[str, object]:
    """Peak memory and time of reading ``path`` in a child limited to ``limit`` bytes."""
    import resource

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    size = path.stat().st_size
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), str(size + 1)],
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=cap,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"ok": False, "why": f"over {timeout:.0f} s", "seconds": timeout}
    seconds = time.perf_counter() - start
    import json

    lines = done.stdout.splitlines()
    read = json.loads(lines[0])["read"] if lines else None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        where = "reading" if read is None else f"rendering JSON (read at {read / 2**20:.0f} MB)"
        return {"ok": False, "why": f"{last[:80]} while {where}", "seconds": seconds}
    result = json.loads(lines[1])
    return {"ok": result["peak"] <= limit, "seconds": seconds, "read": read, **result}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="64M", help="input size per shape (default 64M)")
    parser.add_argument("--limit", default="2G", help="memory allowed (default 2G)")
    parser.add_argument(
        "--shape",
        action="append",
        choices=["one-line", "one-word-paragraphs", "article"],
        help="shapes to run (default: all)",
    )
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per shape")
    args = parser.parse_args()
    if not Path("/proc/self/status").exists():
        print("memory: reads VmHWM from /proc (Linux only)", file=sys.stderr)
        return 2
    size, limit = parse_size(args.size), parse_size(args.limit)
    shapes = args.shape or ["one-line", "one-word-paragraphs", "article"]
    failed = False
    with tempfile.TemporaryDirectory(prefix="briefreader-memory-") as folder:
        for shape in shapes:
            path = Path(folder) / f"{shape}.txt"
            write_shape(shape, size, path)
            result = measure(path, limit, args.timeout)
            written = path.stat().st_size
            os.unlink(path)
            if "peak" in result:
                peak = int(str(result["peak"]))
                verdict = "ok" if result["ok"] else "OVER"
                read = int(str(result["read"]))
                print(
                    f"{shape:>20}: {written / 2**20:7.1f} MB in, peak {read / 2**20:8.1f} MB "
                    f"read, {peak / 2**20:8.1f} MB with the JSON ({peak / written:5.1f} B per "
                    f"input byte), {result['seconds']:7.1f} s  {verdict}"
                )
            else:
                print(f"{shape:>20}: {written / 2**20:7.1f} MB in, FAILED: {result['why']}")
            failed = failed or not result["ok"]
    within = "some shape goes over" if failed else "every shape stays within"
    print(f"memory: {within} {limit / 2**30:g} GB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
