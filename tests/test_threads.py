"""Articles checked side by side on threads (a Dask worker runs several) give exactly what one
thread gives: nothing a check uses is shared between threads unguarded.

Each threaded run is a fresh process, so that it starts with the caches empty and the threads
fill them together, as a worker's do; its results are compared with this process's, checked one
article at a time.
"""

from __future__ import annotations

import json
import random
import string
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import snowballstemmer

from conftest import ROOT
from crosscheck.cache import encode
from crosscheck.claims import load_claims
from crosscheck.match import Matcher
from crosscheck.pipeline import check_source
from crosscheck.sources import tasks_for
from crosscheck.text import stem

# the sample, and corpus stories in English and in Spanish (each language has its own stemmer)
STORIES = [
    ROOT,
    *(
        ROOT / "tests" / "corpus" / name
        for name in ("christchurch-quake", "breivik-trial", "arevalo-election-2023", "boric-election-2021")
    ),
]
THREADS = 8
RUNS = 2  # before the stemmer was guarded, every such run crashed or differed

ON_THREADS = """
import json, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from crosscheck.cache import encode
from crosscheck.claims import load_claims
from crosscheck.match import Matcher
from crosscheck.pipeline import check_source
from crosscheck.sources import tasks_for

sys.setswitchinterval(1e-6)  # threads take turns as often as they can: a race shows at once
work = []
for story in sys.argv[2:]:
    claims = load_claims(Path(story) / "claims.yaml")
    matcher = Matcher(claims)
    work += [(story, task, claims, matcher) for task in tasks_for([Path(story) / "sources"])[0]]


def check(item):
    story, task, claims, matcher = item
    return story, encode(check_source(task, claims, matcher))


results = {}
with ThreadPoolExecutor(int(sys.argv[1])) as pool:
    for story, result in pool.map(check, work):
        results.setdefault(story, []).append(result)
print(json.dumps(results))
"""


def one_at_a_time(story: Path) -> list[str]:
    claims = load_claims(story / "claims.yaml")
    matcher = Matcher(claims)
    return [encode(check_source(task, claims, matcher)) for task in tasks_for([story / "sources"])[0]]


@pytest.fixture(scope="module")
def expected() -> dict[str, list[str]]:
    return {str(story): one_at_a_time(story) for story in STORIES}


@pytest.mark.parametrize("run", range(RUNS))
def test_articles_checked_on_many_threads_match_one_at_a_time(expected, run):
    done = subprocess.run(
        [sys.executable, "-c", ON_THREADS, str(THREADS), *map(str, STORIES)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    threaded = json.loads(done.stdout)
    for story in expected:
        assert threaded[story] == expected[story], f"{story}: threads gave another result"


def test_one_stemmer_is_safe_on_many_threads():
    """A Snowball stemmer keeps the word it works on in itself: shared by threads, it gave
    one thread's word another's stem, or raised IndexError."""
    rng = random.Random(7)
    endings = ("ational", "fulness", "iveness", "ization", "ingly", "ments", "ously", "ies", "ed", "s")
    words = [
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9))) + rng.choice(endings)
        for _ in range(THREADS * 3000)
    ]
    words = list(dict.fromkeys(words))  # each stemmed once: a stem found before is not stemmed again
    fresh = snowballstemmer.stemmer("english")
    wanted = {w: fresh.stemWord(w) for w in words}
    got: dict[str, str] = {}
    errors: list[BaseException] = []

    def work(part: list[str]) -> None:
        try:
            for word in part:
                got[word] = stem(word)
        except BaseException as error:
            errors.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=work, args=(words[i::THREADS],)) for i in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert not errors, errors[:3]
    wrong = [w for w in words if got[w] != wanted[w]]
    assert not wrong, f"{len(wrong)} words got another word's stem, e.g. {wrong[:5]}"
