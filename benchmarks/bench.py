"""Time crosscheck as editors and CI run it: whole processes, their CPU time, wall time and memory.

    python benchmarks/bench.py [--corpus prose|synthetic] [--articles 10000] [--claims 50]
                               [--runs 3] [--jobs 2] [--formats text,json,sarif] [--engine local|dask]
                               [--dir DIR] [--json FILE]

Measures, on this machine:
- the bundled sample (`crosscheck check`, claims.yaml against sources/);
- a corpus of N articles and M claims, built once (seeded) in --dir or a scratch folder:
  `prose` (benchmarks/prose.py: paragraphs of the development corpus's real articles, recombined,
  so that most sentences name a topic, as in coverage of the event being checked) or `synthetic`
  (benchmarks/corpus.py: mostly filler that the phrase pre-filter throws away);
- for each report format: a cold check (empty cache) and a warm re-run with nothing changed; then a
  re-run after one article changed;
- per run: wall time, CPU time (user + system of the process and of its workers, from the
  kernel's account when it ends) and peak resident memory (the largest of those processes);
- `grep -F -i -c -f <every alias and topic phrase>` over the same files, and cold time ÷ grep time.

The machine is shared and noisy: CPU time, and ratios measured in one run, are the figures to
trust; wall times are medians of --runs runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILDERS = {"prose": ROOT / "benchmarks" / "prose.py", "synthetic": ROOT / "benchmarks" / "corpus.py"}


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mb: float


def measure(cmd: list[str], cwd: Path) -> Run:
    """One whole process: wall time, and the kernel's account of its CPU and peak memory, its
    worker processes included."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.peak_mb for r in runs),
    )


def crosscheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "crosscheck", *args]


def phrases(claims_file: Path) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from crosscheck.claims import load_claims

    claims = load_claims(claims_file)
    out = {name for entity in claims.entities.values() for name in entity.names}
    for claim in claims.claims:
        out.update(claims.topic_phrases(claim))
    return sorted(out)


def require_installed() -> None:
    """The benchmark runs `python -m crosscheck` in other folders: say how to run it rather than
    fail in the first child process when crosscheck is not installed in this Python."""
    found = subprocess.run(
        [sys.executable, "-c", "import crosscheck, yaml"], cwd=tempfile.gettempdir(), capture_output=True
    )
    if found.returncode != 0:
        sys.exit(
            f"error: crosscheck is not installed for {sys.executable}.\n"
            "Run the benchmark with the project's environment: .venv/bin/python benchmarks/bench.py"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(BUILDERS), default="prose")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (the sample takes 3 times as many)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--formats", default="text,json,sarif", help="report formats, each measured cold and warm")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--dir", type=Path, help="reuse (or build) the corpus in this folder")
    parser.add_argument("--no-sample", action="store_true", help="skip the bundled sample")
    parser.add_argument("--json", dest="json_path", type=Path)
    args = parser.parse_args()
    require_installed()

    rows: list[tuple[str, Run | str]] = []
    results: dict[str, object] = {
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}",
    }
    if not args.no_sample:
        measure(crosscheck("check", "--no-cache"), ROOT)
        rows.append(
            ("sample check", median([measure(crosscheck("check", "--no-cache"), ROOT) for _ in range(args.runs * 3)]))
        )

    scratch = Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
    corpus = args.dir or scratch / "corpus"
    if not (corpus / "claims.yaml").exists():
        build = [sys.executable, str(BUILDERS[args.corpus]), str(corpus)]
        subprocess.run([*build, "--articles", str(args.articles), "--claims", str(args.claims)], check=True)
    files = sorted((corpus / "sources").rglob("*.txt"))
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    results["corpus"] = f"{args.corpus}: {len(files)} articles, {size_mb:.1f} MB, {args.claims} claims"
    cache = scratch / "cache"

    def run(fmt: str) -> list[str]:
        engine = ["--engine", "dask"] if args.engine == "dask" else []
        out = ["--format", fmt, "--output", str(scratch / f"report.{fmt}")]
        return crosscheck("check", "--jobs", str(args.jobs), *engine, "--cache-dir", str(cache), *out)

    cold_cpu: list[float] = []
    cold_wall: list[float] = []
    for fmt in args.formats.split(","):
        cold = []
        for _ in range(args.runs):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(measure(run(fmt), corpus))
        rows.append((f"cold, {fmt}", median(cold)))
        cold_cpu += [r.cpu for r in cold]
        cold_wall += [r.wall for r in cold]
        rows.append((f"warm, {fmt}", median([measure(run(fmt), corpus) for _ in range(args.runs)])))
    changed = []
    victim = files[len(files) // 2]
    original = victim.read_bytes()
    fmt = args.formats.split(",")[-1]
    try:
        for i in range(args.runs):
            victim.write_bytes(original + f"\nA late correction, number {i}.\n".encode())
            changed.append(measure(run(fmt), corpus))
    finally:
        victim.write_bytes(original)
    rows.append((f"one article changed, {fmt}", median(changed)))

    patterns = scratch / "patterns.txt"
    patterns.write_text("\n".join(phrases(corpus / "claims.yaml")) + "\n", encoding="utf-8")
    listing = scratch / "files.txt"
    listing.write_text("\n".join(str(f) for f in files) + "\n")
    grep = ["sh", "-c", f"xargs -a {listing} grep -F -i -c -f {patterns} > /dev/null"]
    measure(grep, corpus)
    grep_run = median([measure(grep, corpus) for _ in range(args.runs)])
    rows.append(("grep -F -i -c -f", grep_run))
    shutil.rmtree(scratch, ignore_errors=True)

    cpu_per_article = statistics.median(cold_cpu) / len(files) * 1000
    results["CPU per article, cold, ms"] = round(cpu_per_article, 2)
    results["throughput, cold, articles/s"] = round(len(files) / statistics.median(cold_wall))
    results["cold ÷ grep (wall)"] = round(statistics.median(cold_wall) / grep_run.wall)
    width = max(len(k) for k, _ in rows)
    print(f"{'measure':<{width}}  {'wall s':>8}  {'CPU s':>8}  {'peak MB':>8}")
    for key, r in rows:
        assert isinstance(r, Run)
        print(f"{key:<{width}}  {r.wall:8.2f}  {r.cpu:8.2f}  {r.peak_mb:8.0f}")
        results[key] = {"wall_s": round(r.wall, 3), "cpu_s": round(r.cpu, 3), "peak_mb": round(r.peak_mb)}
    for key, value in results.items():
        if not isinstance(value, dict):
            print(f"{key}: {value}")
    if args.json_path:
        args.json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
