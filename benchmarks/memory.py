"""Peak memory of crosscheck per report format, and how it grows with the number of articles.

    python benchmarks/memory.py [--sizes 2500,5000,10000] [--claims 50] [--jobs 2] [--formats json,jsonl,...]

For each size, a synthetic corpus (benchmarks/corpus.py, seed 7) is checked once cold
(`--jobs N`, empty cache, JSON report), then once per format with the cache warm, each
report written to a scratch file. Each run is a whole `crosscheck` process; its peak
resident memory (RSS, the largest of the process and its workers) is read from the
kernel when it ends. Growth per 1,000 articles is the slope between the smallest and
the largest size. Last, the time to render the largest run's text report in one process
(the run read from the cache, then the report rendered to a file) is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = "json,jsonl,sarif,junit,markdown,github,text,html"


def peak(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Peak RSS (MB) and wall time (s) of one process, from the kernel's account of it."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024, time.perf_counter() - start


def crosscheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "crosscheck", "check", *args]


def render_time(corpus: Path, cache: Path, out: Path) -> float:
    """Seconds to render the text report of a run already in the cache, in this process."""
    sys.path.insert(0, str(ROOT))
    from crosscheck import check
    from crosscheck.output import write
    from crosscheck.report import stream

    report = check(corpus / "claims.yaml", [corpus / "sources"], cache_dir=cache)
    write(str(out), stream(report, "text", color=False, width=100))  # imports rich, warms up
    start = time.perf_counter()
    write(str(out), stream(report, "text", color=False, width=100))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2500,5000,10000", help="numbers of articles, comma-separated")
    parser.add_argument("--claims", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--formats", default=FORMATS)
    parser.add_argument("--json", dest="json_path", type=Path)
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    formats = args.formats.split(",")

    scratch = Path(tempfile.mkdtemp(prefix="crosscheck-memory-"))
    peaks: dict[int, dict[str, float]] = {}
    results: dict[str, object] = {}
    try:
        for size in sizes:
            corpus = scratch / f"corpus-{size}"
            build = [str(ROOT / "benchmarks" / "corpus.py"), str(corpus), "--articles", str(size)]
            subprocess.run(
                [sys.executable, *build, "--claims", str(args.claims)], check=True, stdout=subprocess.DEVNULL
            )
            options = ["--jobs", str(args.jobs), "--cache-dir", str(scratch / f"cache-{size}"), "--output"]
            runs = [("cold json", "json"), *((fmt, fmt) for fmt in formats)]
            peaks[size] = {}
            for name, fmt in runs:
                mb, seconds = peak(crosscheck(*options, str(scratch / "out"), "--format", fmt), corpus)
                peaks[size][name] = round(mb)
                results[f"{size} articles, {name}"] = {"peak MB": round(mb), "s": round(seconds, 1)}
            print(
                f"{size} articles × {args.claims} claims, peak MB: "
                + ", ".join(f"{k} {v:g}" for k, v in peaks[size].items())
            )
        if len(sizes) > 1:
            thousands = (sizes[-1] - sizes[0]) / 1000
            growth = {k: round((peaks[sizes[-1]][k] - peaks[sizes[0]][k]) / thousands, 1) for k in peaks[sizes[0]]}
            results["growth, MB per 1,000 articles"] = growth
            print("growth, MB per 1,000 articles: " + ", ".join(f"{k} {v:g}" for k, v in growth.items()))
        seconds = render_time(scratch / f"corpus-{sizes[-1]}", scratch / f"cache-{sizes[-1]}", scratch / "out.txt")
        results[f"text report of {sizes[-1]} articles, render s"] = round(seconds, 2)
        print(f"rendering the text report of {sizes[-1]} articles: {seconds:.2f} s")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if args.json_path:
        args.json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
