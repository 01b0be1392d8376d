"""Where the per-article work runs: in this process, in a pool of processes,
or on a Dask cluster. Every engine returns results in task order, so the
report is identical whichever runs it; the cache is consulted first.

Whatever ends a run (its end, an error, Ctrl-C, SIGTERM, even SIGKILL), its
worker processes end with it: see `_end_with_parent`.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Container, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import Cache, claims_digest, decode, encode, encode_ready
from .model import ClaimsFile, SourceResult
from .sources import Task

if TYPE_CHECKING:  # a warm run reads no article: it never loads the reading code
    from .match import Matcher

PARALLEL_MIN_ARTICLES = 200  # fewer articles to read than this, and starting processes costs more than it saves

_worker_claims: dict[str, tuple[ClaimsFile, Matcher]] = {}  # claims digest -> (claims, Matcher), per process
_worker_claims_lock = threading.Lock()  # a Dask worker's threads share one process and its matcher
PR_SET_PDEATHSIG = 1  # Linux's <sys/prctl.h>: the signal a process gets when its parent ends
ORPHAN_POLL_SECONDS = 1.0  # where the kernel cannot do it: how often a worker checks that its parent is there


@dataclass(frozen=True)
class ReadyLines:
    """What a report format needs of each article in ready form, kept in the cache beside its
    result: `lines` writes an article's lines from its result, and `writer` identifies the code
    that writes them (a change to it must never reuse lines an older one wrote)."""

    writer: str
    lines: Callable[[SourceResult, ClaimsFile], list[str]]


def run(
    tasks: Sequence[Task],
    claims: ClaimsFile,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache_dir: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    ready: ReadyLines | None = None,
    evidence_of: Container[str] | None = None,
) -> list:
    digest = claims_digest(claims)
    cache = Cache.open(Path(cache_dir)) if cache_dir else None
    results: list = [None] * len(tasks)
    todo: list[int] = []
    keys: dict[int, str] = {}
    ready_keys: dict[int, str] = {}
    unready: list[tuple[str, str]] = []  # (key, lines) of results read without their lines
    if cache is not None:
        keys = {i: cache.key(task, digest) for i, task in enumerate(tasks)}
        if ready is not None:
            ready_keys = {i: cache.ready_key(k, tasks[i].shown, ready.writer) for i, k in keys.items() if k}
            for i, result in cache.ready(ready_keys, claims):
                results[i] = result
                cache.used.append(keys[i])  # its result is in use too, and kept as long
        cache.prefetch([k for i, k in keys.items() if results[i] is None])
    for i, task in enumerate(tasks):
        if results[i] is not None:
            continue
        if cache is not None:
            # ready lines are written from the whole result
            hit = cache.get(keys[i], claims, None if ready else evidence_of) if keys[i] else None
            if hit is not None:
                results[i] = hit.relocated(task.shown)
                if ready is not None and i in ready_keys:  # its lines are written now, and kept for next time
                    unready.append((ready_keys[i], encode_ready(results[i], ready.lines(results[i], claims))))
                    if len(unready) >= 500:
                        cache.put_many([], unready)
                        unready = []
                continue
        todo.append(i)
    done = len(tasks) - len(todo)
    if progress:
        progress(done, len(tasks))
    if engine == "local" and len(todo) < PARALLEL_MIN_ARTICLES:
        jobs = 1  # counted after the cache: one changed article in an archive is read here
    computed = _compute([tasks[i] for i in todo], claims, digest, jobs, engine, scheduler)
    fresh = []
    try:
        for i, result in zip(todo, computed, strict=True):  # strict: computed runs to its end, its pool closed
            encoded = None
            if isinstance(result, str):  # from another process: compact, and exactly what the cache keeps
                encoded, result = result, decode(result, claims)
            results[i] = result
            # a checked article, or one its own text marks as another language's: both are its content's
            readable = result.info.status == "checked" or result.info.lang is not None
            if cache is not None and keys.get(i) and readable:
                fresh.append((keys[i], encoded or encode(result)))
                if ready is not None and result.info.path == tasks[i].shown:
                    unready.append((ready_keys[i], encode_ready(result, ready.lines(result, claims))))
                if len(fresh) >= 500 or len(unready) >= 500:
                    cache.put_many(fresh, unready)
                    fresh, unready = [], []
            done += 1
            if progress:
                progress(done, len(tasks))
    finally:
        computed.close()  # now, not when the garbage is collected: an interrupted run ends its workers here
    if cache is not None:
        cache.put_many(fresh, unready)
        cache.close()
    return results


def _compute(
    tasks: list[Task], claims: ClaimsFile, digest: str, jobs: int, engine: str, scheduler: str | None
) -> Generator:
    if not tasks:
        return
    if engine == "dask":
        yield from _dask(tasks, claims, digest, jobs, scheduler)
    elif jobs <= 1:
        yield from (_check_one(task, claims, digest) for task in tasks)
    else:
        yield from _pool(tasks, claims, digest, jobs)


def _pool(tasks: list[Task], claims: ClaimsFile, digest: str, jobs: int) -> Generator[str, None, None]:
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_end_with_parent)
    finished = False
    try:
        chunk = max(1, min(64, len(tasks) // (jobs * 8)))
        yield from executor.map(_check_encoded, tasks, [claims] * len(tasks), [digest] * len(tasks), chunksize=chunk)
        finished = True
    finally:
        # A run cut short (an error, Ctrl-C, SIGTERM) needs none of the articles its workers are
        # still reading, so it does not wait for them: they stop after those, or, when the
        # command line exits first, with it (see _end_with_parent).
        executor.shutdown(wait=finished, cancel_futures=True)


def _end_with_parent() -> None:
    """A pool worker's first step: end when the run's process ends, however it ends.

    The run shuts its pool down when it finishes, fails, or is interrupted or
    terminated; but nothing runs in a process killed with SIGKILL, and its
    workers would wait forever for work nobody sends, holding the run's
    output pipes open. On Linux the kernel kills a worker when its parent ends
    (prctl PR_SET_PDEATHSIG): at once, even while the worker is busy in C code.
    Elsewhere a daemon thread checks once a second whether the worker has been
    handed to another parent, and ends it; it needs the GIL, so it may wait for
    the article being read.
    """
    parent = os.getppid()
    if not _killed_with_parent():
        threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    elif os.getppid() != parent:  # the parent ended before the kernel was asked
        os._exit(1)


def _killed_with_parent() -> bool:
    """Ask the kernel to kill this process when its parent ends; False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):  # no C library to ask, or one without prctl
        return False


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_POLL_SECONDS)
    os._exit(1)


def _check_one(task: Task, claims: ClaimsFile, digest: str) -> SourceResult:
    """The work of one article, building the claims' matcher once per process (a lock: a
    Dask worker's threads would otherwise build it side by side, or clear it under each other)."""
    from .match import Matcher  # imported here: a run whose articles are all cached never needs them
    from .pipeline import check_source

    with _worker_claims_lock:
        if digest not in _worker_claims:
            import gc

            gc.disable()  # a worker's objects form no cycles; see runner._collector_paused
            _worker_claims.clear()
            _worker_claims[digest] = (claims, Matcher(claims))
        claims, matcher = _worker_claims[digest]
    return check_source(task, claims, matcher)


def _check_encoded(task: Task, claims: ClaimsFile, digest: str) -> str:
    """A worker's answer: the cache's compact JSON, far cheaper to send back than objects."""
    return encode(_check_one(task, claims, digest))


def _check_batch(batch: list[Task], claims: ClaimsFile, digest: str) -> list[str]:
    return [_check_encoded(task, claims, digest) for task in batch]


def _dask(tasks: list[Task], claims: ClaimsFile, digest: str, jobs: int, scheduler: str | None) -> Generator:
    try:
        from distributed import Client
    except ImportError:
        from .errors import InputError, Problem

        raise InputError(
            Problem("--engine dask", None, None, "Dask is not installed", "pip install 'dask[distributed]>=2024.1'")
        ) from None
    if scheduler:
        client = Client(scheduler)
    else:  # a cluster on this machine: one single-threaded worker process per job, as --jobs runs
        import logging

        client = Client(
            processes=True,
            n_workers=jobs,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # a failure reaches the run through its result, said in one line
        )
    try:
        shared = client.scatter(claims, broadcast=True)
        size = max(1, min(500, len(tasks) // (8 * max(1, len(client.scheduler_info()["workers"])))))
        batches = [tasks[i : i + size] for i in range(0, len(tasks), size)]
        futures = client.map(_check_batch, batches, claims=shared, digest=digest, pure=False)
        for future in futures:  # in order: the report does not depend on which worker was fastest
            yield from future.result()
    finally:
        client.close()
