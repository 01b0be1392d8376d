"""Time crosscheck as editors and CI run it: whole processes, median of several runs.

    python benchmarks/bench.py [--articles 10000] [--claims 50] [--runs 3] [--jobs 2] [--json FILE]

Measures, on this machine:
- the bundled sample (`crosscheck check`, claims.yaml against sources/);
- a synthetic corpus (benchmarks/corpus.py, seeded) of N articles and M claims: a cold check
  (no cache), a warm re-run with nothing changed, a re-run after one article changed;
- peak memory (RSS) of those runs, throughput (articles/s, MB/s) of the cold run;
- the time `grep -F -i -c -f <every alias and topic phrase>` takes over the same files, and
  the ratio of crosscheck's cold time to it.

The corpus runs write SARIF (the CI format, one result per contradiction) to a scratch file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=50)
    parser.add_argument(
        "--runs", type=int, default=3, help="runs per corpus measure (the sample takes 3 times as many)"
    )
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--corpus", type=Path, help="reuse (or create) the corpus in this folder")
    parser.add_argument("--json", dest="json_path", type=Path)
    args = parser.parse_args()

    results: dict[str, object] = {
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}",
    }
    # the bundled sample, as an editor runs it
    timed(crosscheck("check", "--no-cache"), ROOT)
    sample = [timed(crosscheck("check", "--no-cache"), ROOT) for _ in range(args.runs * 3)]
    results["sample check, median s"] = round(statistics.median(sample), 3)

    scratch = Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
    corpus = args.corpus or scratch / "corpus"
    if not (corpus / "claims.yaml").exists():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "corpus.py"),
                str(corpus),
                "--articles",
                str(args.articles),
                "--claims",
                str(args.claims),
            ],
            check=True,
        )
    files = sorted((corpus / "sources").rglob("*.txt"))
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    cache = scratch / "cache"
    run = crosscheck(
        "check",
        "--jobs",
        str(args.jobs),
        "--cache-dir",
        str(cache),
        "--format",
        "sarif",
        "--output",
        str(scratch / "out.sarif"),
    )
    results["corpus"] = f"{len(files)} articles, {size_mb:.1f} MB, {args.claims} claims"

    cold = []
    for _ in range(args.runs):
        shutil.rmtree(cache, ignore_errors=True)
        cold.append(timed(run, corpus))
    warm = [timed(run, corpus) for _ in range(args.runs)]
    changed = []
    victim = files[len(files) // 2]
    original = victim.read_bytes()
    for i in range(args.runs):
        victim.write_bytes(original + f"\nA late correction, number {i}.\n".encode())
        changed.append(timed(run, corpus))
    victim.write_bytes(original)
    cold_s = statistics.median(cold)
    results[f"cold, --jobs {args.jobs}, median s"] = round(cold_s, 2)
    results["warm, nothing changed, median s"] = round(statistics.median(warm), 2)
    results["one article changed, median s"] = round(statistics.median(changed), 2)
    results["peak memory, MB"] = round(peak_rss_mb(), 0)
    results["throughput, articles/s"] = round(len(files) / cold_s)
    results["throughput, MB/s"] = round(size_mb / cold_s, 2)

    patterns = scratch / "patterns.txt"
    patterns.write_text("\n".join(phrases(corpus / "claims.yaml")) + "\n", encoding="utf-8")
    listing = scratch / "files.txt"
    listing.write_text("\n".join(str(f) for f in files) + "\n")
    grep = ["sh", "-c", f"xargs -a {listing} grep -F -i -c -f {patterns} > /dev/null"]
    timed(grep, corpus)
    grep_s = statistics.median([timed(grep, corpus) for _ in range(args.runs)])
    results["grep -F -i -c -f, median s"] = round(grep_s, 3)
    results["cold ÷ grep"] = round(cold_s / grep_s)
    shutil.rmtree(scratch, ignore_errors=True)

    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    if args.json_path:
        args.json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
