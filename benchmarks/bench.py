"""Time crosscheck as an editor runs it: whole processes, median of several runs.

    python benchmarks/bench.py [--runs 7] [--json FILE]

Measures `crosscheck check` on the bundled sample (claims.yaml, sources/) from
the repository root. Prints a table; --json also writes the figures.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    check = [sys.executable, "-m", "crosscheck", "check", "--format", "json", "--output", "/dev/null"]
    timed(check)  # warm the file cache and bytecode
    samples = [timed(check) for _ in range(args.runs)]
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    results = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
        "sample_check_median_s": round(statistics.median(samples), 3),
        "sample_check_min_s": round(min(samples), 3),
        "sample_check_max_s": round(max(samples), 3),
        "peak_rss_mb": round(rss_mb, 1),
        "runs": args.runs,
    }
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
