"""The command line: parses options, calls the library, exits with the report's status.

What fails the run is the report's to decide (model.Report.fails); the
exit statuses are model.ExitStatus (docs/report-format.md).
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .config import DEFAULT_CLAIMS, DEFAULT_SOURCES
from .errors import InputError, Problem, visible
from .model import ExitStatus, FailOn, Report, counted
from .output import ReaderGone
from .report import FORMATS, quotes_read

if TYPE_CHECKING:
    from rich.progress import TaskID

NO_ARTICLE_HINT = "see the report's warnings; pass --sources with a folder of articles (.txt, .md, .html)"
DISCOVER_MAX = 2000  # the HTML page looks for disagreements beyond the claims up to this many articles
# A path as the shell completes it; whether it exists and can be read is crosscheck's to say, in its own words.
_PATH = click.Path(readable=False)
# Shown under each command's --help ("\b" keeps click from rewrapping the lines).
EXAMPLES = {
    "crosscheck": """\b
Examples:
  crosscheck check                      check sources/ against claims.yaml
  crosscheck check -f oneline -q        one line per finding that fails the run
  crosscheck discover                   what the sources disagree on, no claims needed
  crosscheck COMMAND --help             each command's options and examples

\b
Shell completion (bash; zsh_source for zsh, fish_source for fish):
  eval "$(_CROSSCHECK_COMPLETE=bash_source crosscheck)"
""",
    "check": """\b
Examples:
  crosscheck check
  crosscheck check --claims desk/claims.yaml --sources desk/articles
  crosscheck check -f html -o reports/report.html
  crosscheck check -f oneline > errors.txt; vim -q errors.txt
  crosscheck check --baseline reports/baseline.json -f github""",
    "baseline": """\b
Examples:
  crosscheck baseline --reason "reviewed by the desk"
  crosscheck baseline --prune""",
    "diff": """\b
Examples:
  crosscheck diff reports/yesterday.json reports/today.json
  crosscheck diff old.json new.json -f markdown -o changes.md""",
    "discover": """\b
Examples:
  crosscheck discover
  crosscheck discover -f html -o reports/disagreements.html
  crosscheck discover --suggest-claims draft.yaml""",
    "fetch": """\b
Examples:
  crosscheck fetch https://example.org/news/story
  crosscheck fetch --from urls.txt --sources sources/bridge
  crosscheck fetch --feed https://example.org/rss.xml --delay 5""",
    "schema": """\b
Example:
  crosscheck schema > claims.schema.json""",
    "validate": """\b
Examples:
  crosscheck validate
  crosscheck validate --claims draft.yaml -q""",
}


def _guard(output: str | None, inputs: dict[str, str], folders: tuple[str, ...] = (), what: str = "report") -> None:
    """Refuse, before any work, an output that would replace an input or land among the articles."""
    from .output import check_stdout, refuse_inputs, refuse_sources
    from .sources import EXTENSIONS, MANIFEST

    try:
        check_stdout(output)
        refuse_inputs(output, inputs, what)
        refuse_sources(output, list(folders), EXTENSIONS, MANIFEST)
    except InputError as error:
        _fail(error)


def _fail(error: InputError) -> None:
    for problem in error.problems:
        click.echo(f"error: {problem}", err=True)
    sys.exit(ExitStatus.BAD_INPUT)


_ASKS_FOR_HELP = "crosscheck: asks for help"


class _Commands(click.Group):
    """The command group, noting whether the command line asks for help before the configuration
    file is read: by then the arguments are the command's, out of the group's sight."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta[_ASKS_FOR_HELP] = any(a in ("-h", "--help") for a in args)
        return super().parse_args(ctx, args)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXAMPLES["crosscheck"])
@click.version_option(__version__, prog_name="crosscheck")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Cross-check news articles against an editor's fact sheet (claims.yaml).

    Defaults for any command's options can be kept in crosscheck.toml or in
    pyproject.toml's [tool.crosscheck] table (see the README).
    """
    from . import config

    try:
        found = config.load()
        if found is not None:
            ctx.default_map = _defaults(found)
    except InputError as error:
        if not ctx.meta.get(_ASKS_FOR_HELP):  # the help is shown whatever the file says: it is how to fix it
            _fail(error)


def _defaults(found) -> dict[str, dict[str, object]]:
    """Each command's defaults from a configuration file: every key goes to each command that has
    the option of that name, checked as the option checks it, and a bad value is said at its line."""
    defaults: dict[str, dict[str, object]] = {}
    for name, command in cli.commands.items():
        options = {o[2:]: p for p in command.params if isinstance(p, click.Option) for o in p.opts}
        for setting in found.settings:
            param = options.get(setting.key)
            if param is None or param.name is None:
                continue
            value = setting.value
            if isinstance(value, list) and not param.multiple:  # fetch saves into one folder: the first
                value = value[0] if value else None
            elif isinstance(value, str) and param.multiple:
                value = [value]
            if param.is_flag and not isinstance(value, bool):
                raise found.problem(setting, f"'{setting.key}' must be true or false")
            try:
                defaults.setdefault(name, {})[param.name] = param.type_cast_value(click.Context(command), value)
            except click.BadParameter as error:
                raise found.problem(setting, f"'{setting.key}': {error.message}") from None
    return defaults


_sources_option = click.option(
    "--sources",
    "sources",
    type=_PATH,
    multiple=True,
    default=(DEFAULT_SOURCES,),
    show_default=True,
    help="A folder or file of articles (.txt, .md, .html); may be given several times.",
)
_claims_option = click.option(
    "--claims",
    "claims_path",
    type=_PATH,
    default=DEFAULT_CLAIMS,
    show_default=True,
    help="The fact sheet to check against.",
)
_format_option = click.option(
    "--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Report format."
)
_output_option = click.option(
    "--output",
    "-o",
    "output",
    type=_PATH,
    default=None,
    metavar="FILE",
    help="Write the report to FILE (atomically) instead of stdout; '-' is stdout.",
)
_color_option = click.option(
    "--color/--no-color",
    "color",
    default=None,
    help="Colour the text report, or never [default: in a terminal, unless NO_COLOR is set; FORCE_COLOR forces it].",
)
_quiet_option = click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="Print only what fails the run: with --format oneline its findings, else the report only when the run "
    "fails. Errors are always said.",
)
_links_option = click.option(
    "--follow-symlinks", "follow_links", is_flag=True, help="Read links that lead outside the sources folder."
)


def _inputs(function):
    """The options every command that reads articles takes."""
    options = [
        click.option(
            "--scheduler",
            default=None,
            metavar="ADDRESS",
            help="With --engine dask: the scheduler's address (default: --jobs worker processes on this machine).",
        ),
        click.option(
            "--engine",
            type=click.Choice(["local", "dask"]),
            default="local",
            show_default=True,
            help="Where articles are checked: this machine, or a Dask cluster (pip install dask[distributed]).",
        ),
        click.option("--no-cache", "no_cache", is_flag=True, help="Neither read nor write the cache."),
        click.option(
            "--cache-dir",
            "cache_dir",
            type=_PATH,
            default=None,
            metavar="DIR",
            help="Where results of unchanged articles are kept [default: .crosscheck-cache beside the claims file].",
        ),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=None,
            help="Processes to spread articles over [default: the machine's cores; small corpora run in this process].",
        ),
        _links_option,
    ]
    for option in options:
        function = option(function)
    function = _sources_option(function)
    return _claims_option(function)


def _ready_lines():
    from .engines import ReadyLines
    from .report.json import source_lines, writer_digest

    return ReadyLines(writer_digest(), source_lines)


def _run(
    claims_path: str, sources: tuple[str, ...], options: dict, watched: bool = False, ready=None, evidence_of=None
):
    from .runner import check as run_check
    from .runner import default_jobs

    cache_dir = None
    if not options["no_cache"]:
        from .cache import DEFAULT_FOLDER

        cache_dir = options["cache_dir"] or str(Path(claims_path).parent / DEFAULT_FOLDER)
    progress = _progress_bar() if watched else None
    # The results stay until the command ends, and hold no cycles: the collector is off while
    # they are made (as the library's check turns it off), and then they are set aside
    # (frozen) rather than walked again in each of its passes while the report is written.
    # Turned back on with all of them still young, it went through an archive's half a
    # million objects up to three times.
    gc.disable()
    try:
        return run_check(
            claims_path,
            [Path(s) for s in sources],
            options["follow_links"],
            jobs=options["jobs"] or default_jobs(),
            cache_dir=cache_dir,
            engine=options["engine"],
            scheduler=options["scheduler"],
            progress=progress,
            ready=ready,
            evidence_of=evidence_of,
        )
    except InputError as error:
        _fail(error)
    finally:
        gc.freeze()
        gc.enable()
        if progress is not None:
            progress.close()


class _progress_bar:
    """A rich progress bar on stderr for runs longer than a moment."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TimeRemainingColumn

        self.progress = Progress(
            "checking",
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.task is None:
            if total < 200 or done == total:
                return  # a moment: no bar
            self.progress.start()
            self.task = self.progress.add_task("checking", total=total)
        self.progress.update(self.task, completed=done)

    def close(self) -> None:
        if self.task is not None:
            self.progress.stop()


def _watched(fmt: str, output: str | None) -> bool:
    """A person is watching: stderr is a terminal, and the report is not piped JSON."""
    if os.environ.get("CI") or not sys.stderr.isatty():
        return False
    return bool(output and output != "-") or (sys.stdout.isatty() and fmt not in ("json", "jsonl", "sarif", "junit"))


def _emit(
    result,
    fmt: str,
    output: str | None,
    discovery=None,
    everything: bool = False,
    color: bool | None = None,
    quiet: bool = False,
) -> None:
    """Write a check report or a discovery in `fmt`, a report as it is rendered; for GitHub,
    also the step summary. Quiet, a report that fails nothing is not printed (a file named by
    --output, and the step summary, are written all the same), and the one-line format lists
    only what fails the run."""
    from functools import partial

    from .output import write
    from .report import render_discovery, stream

    draw: Callable[..., str | Iterator[str]] = (
        partial(stream, discovery=discovery, everything=everything, failing_only=quiet)
        if isinstance(result, Report)
        else render_discovery
    )
    to_stdout = output in (None, "-")
    if quiet and to_stdout and fmt != "oneline" and result.exit_status() == ExitStatus.OK:
        pass  # nothing fails the run: nothing to print
    elif fmt == "text" and to_stdout:
        from rich.console import Console

        terminal = Console()  # detects a terminal, its width, NO_COLOR and FORCE_COLOR
        shown = terminal.is_terminal and not terminal.no_color if color is None else color
        write("-", draw(result, fmt, color=shown, width=terminal.width if terminal.is_terminal else 80))
    else:
        write(output or "-", draw(result, fmt, color=bool(color), width=100))
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary:
        # Annotations stop at ten per step; the summary shows everything.
        with open(summary, "a", encoding="utf-8") as f:
            f.writelines(draw(result, "markdown"))


_all_option = click.option(
    "--all",
    "everything",
    is_flag=True,
    help="In the text report, list every finding: beyond a screenful, it shows the strongest "
    "contradictions of each claim and counts the rest.",
)


@cli.command(epilog=EXAMPLES["check"])
@_inputs
@_format_option
@_output_option
@_all_option
@_color_option
@_quiet_option
@click.option(
    "--baseline",
    "baseline_path",
    type=_PATH,
    default=None,
    metavar="FILE",
    help="Accepted findings (from 'crosscheck baseline'): only others are new.",
)
@click.option(
    "--baseline-optional",
    "baseline_optional",
    is_flag=True,
    help="A --baseline that does not exist yet is no error: every contradiction is new, and a note "
    "says how to create it (for hooks and CI set up before the first review).",
)
@click.option(
    "--fail-on",
    "fail_on",
    type=click.Choice(["conflicts", "new", "never"]),
    default=None,
    help="Exit 1 on any conflicts or mixed finding, only on new ones, or never. "
    "Default: new with --baseline, else conflicts.",
)
def check(
    claims_path: str,
    sources: tuple[str, ...],
    fmt: str,
    output: str | None,
    baseline_path: str | None,
    baseline_optional: bool,
    fail_on: FailOn | None,
    everything: bool,
    color: bool | None,
    quiet: bool,
    **options,
) -> None:
    """Check every article against every claim and report the verdicts.

    Exits 1 when a finding fails the run (see --fail-on), 2 on bad input.
    """
    if baseline_path and baseline_optional and not Path(baseline_path).exists():
        click.echo(
            f"note: {baseline_path} does not exist yet, so every contradiction is new. Once the desk has "
            f'reviewed them, accept them with: crosscheck baseline --output {baseline_path} --reason "…" '
            "(and commit the file)",
            err=True,
        )
        baseline_path = None
    _guard(
        output, {claims_path: "the claims file", **({baseline_path: "the baseline"} if baseline_path else {})}, sources
    )
    # JSON without a baseline (whose comparison needs every finding's quotes) is written from
    # each article's lines, kept ready in the cache: a warm run reads and writes them.
    ready = _ready_lines() if fmt in ("json", "jsonl") and not baseline_path else None
    # A format that reads only some findings' quotes has only those read back (a baseline
    # compares fingerprints, which every finding keeps).
    evidence_of = quotes_read(fmt)
    watched = _watched(fmt, output) and not quiet
    report = _run(claims_path, sources, options, watched=watched, ready=ready, evidence_of=evidence_of)
    _guard(output, {s.path: "an article" for s in report.sources})  # named directly, or reached by a link
    if baseline_path:
        from . import baseline

        try:
            report = baseline.compare(report, baseline.load(baseline_path))
        except InputError as error:
            _fail(error)
    report = replace(report, fail_on=fail_on or ("new" if baseline_path else "conflicts"))
    discovery = None
    if fmt == "html" and len(report.sources) <= DISCOVER_MAX:  # what the sources disagree on beyond the claims
        from .confirm import discover

        discovery = discover([Path(s) for s in sources], options["follow_links"])
    _emit(report, fmt, output, discovery, everything, color, quiet)
    if report.read_nothing:
        click.echo(f"error: no article was read from {', '.join(sources)} ({NO_ARTICLE_HINT})", err=True)
    sys.exit(report.exit_status())


@cli.command("baseline", epilog=EXAMPLES["baseline"])
@_inputs
@click.option(
    "--output",
    "-o",
    "output",
    type=_PATH,
    default="reports/baseline.json",
    show_default=True,
    metavar="FILE",
    help="The baseline file to create or update (written atomically).",
)
@click.option(
    "--reason",
    default="accepted after review",
    show_default=True,
    help="Why these findings are accepted; recorded with each new entry.",
)
@click.option("--accepted-by", "who", default=None, help="Who accepts them (default: git user.name).")
@click.option("--prune", is_flag=True, help="Only remove entries that no longer occur.")
@click.option("--quiet", "-q", is_flag=True, help="Say nothing but errors (not how many entries changed).")
def baseline_command(
    claims_path: str,
    sources: tuple[str, ...],
    output: str,
    reason: str,
    who: str | None,
    prune: bool,
    quiet: bool,
    **options,
) -> None:
    """Accept the current conflicts and mixed findings, so CI fails only on new ones."""
    from . import baseline
    from .output import write

    _guard(output, {claims_path: "the claims file"}, sources, what="baseline")
    report = _run(claims_path, sources, options, watched=_watched("json", output) and not quiet)
    if report.read_nothing:  # an empty run finds nothing: pruning on it would remove every entry
        _fail(
            InputError(
                Problem(
                    ", ".join(sources),
                    None,
                    None,
                    f"no article was read; {output} is left as it is",
                    "pass --sources with the folder of articles the baseline is for",
                )
            )
        )
    try:
        previous = baseline.load(output) if Path(output).exists() else baseline.Baseline()
    except InputError as error:
        _fail(error)
    if prune:
        updated = baseline.prune(report, previous)
        removed = len(previous.entries) - len(updated.entries)
        said = (
            f"{output}: removed {counted(removed, 'entry', 'entries')} "
            f"that no longer {'occurs' if removed == 1 else 'occur'}; {len(updated.entries)} kept"
        )
    else:
        updated = baseline.accept(report, previous, reason, who or baseline.current_user())
        said = (
            f"{output}: {counted(len(updated.entries) - len(previous.entries), 'finding')} accepted; "
            f"{len(updated.entries)} in all"
        )
    if not quiet:
        click.echo(said, err=True)
    write(output, baseline.render(updated))


@cli.command("diff", epilog=EXAMPLES["diff"])
@click.argument("old_path", metavar="OLD.json", type=_PATH)
@click.argument("new_path", metavar="NEW.json", type=_PATH)
@_format_option
@_output_option
@_all_option
@_color_option
@_quiet_option
def diff_command(
    old_path: str, new_path: str, fmt: str, output: str | None, everything: bool, color: bool | None, quiet: bool
) -> None:
    """What changed between two JSON (or JSON Lines) reports: new, resolved and changed verdicts.

    Exits 1 when NEW.json has contradictions OLD.json did not.
    """
    from .diff import diff, load_report

    _guard(output, {old_path: "a report", new_path: "a report"})
    try:
        report = replace(diff(load_report(old_path), load_report(new_path), old_path), fail_on="new")
    except InputError as error:
        _fail(error)
    _emit(report, fmt, output, everything=everything, color=color, quiet=quiet)
    sys.exit(report.exit_status())


@cli.command("discover", epilog=EXAMPLES["discover"])
@_sources_option
@_format_option
@_output_option
@_color_option
@click.option(
    "--suggest-claims",
    "suggest_path",
    type=_PATH,
    default=None,
    metavar="FILE",
    help="Also write a draft claims file, one claim per disagreement, for an editor to review.",
)
@click.option("--force", is_flag=True, help="Let --suggest-claims replace an existing file.")
@click.option(
    "--unconfirmed",
    is_flag=True,
    help="Also show the disagreements that, read as claims, every source stating them agrees on.",
)
@_links_option
def discover_command(
    sources: tuple[str, ...],
    fmt: str,
    output: str | None,
    color: bool | None,
    suggest_path: str | None,
    force: bool,
    unconfirmed: bool,
    follow_links: bool,
) -> None:
    """Find what the sources disagree on, with no claims file.

    Exits 0 whatever is found (it is a lead for an editor, not a verdict), 2 on bad input.
    """
    from .confirm import discover
    from .output import write

    _guard(output, {}, sources)
    if suggest_path:
        _guard(suggest_path, {}, sources, what="draft")
        if output not in (None, "-") and os.path.realpath(output) == os.path.realpath(suggest_path):
            _fail(
                InputError(
                    Problem(output, None, None, "is named by both --output and --suggest-claims", "name two files")
                )
            )
    if suggest_path and not force and Path(suggest_path).exists():
        _fail(
            InputError(
                Problem(
                    suggest_path,
                    None,
                    None,
                    "already exists; crosscheck will not overwrite it",
                    "choose another file, or add --force to replace it",
                )
            )
        )
    try:
        found = discover([Path(s) for s in sources], follow_links, confirm=not unconfirmed)
    except InputError as error:
        _fail(error)
    _emit(found, fmt, output, color=color)
    if not any(s.status == "checked" for s in found.sources):
        _fail(InputError(Problem(", ".join(sources), None, None, "no article was read", NO_ARTICLE_HINT)))
    if suggest_path:
        from .claims import parse_claims
        from .suggest import suggest_claims

        draft = suggest_claims(found)
        if draft is None:
            click.echo(f"no disagreement to turn into a claim: {suggest_path} not written", err=True)
            return
        parse_claims(draft, suggest_path)  # never write a draft crosscheck itself would refuse
        write(suggest_path, draft)
        click.echo(
            f"wrote a draft fact sheet with {counted(draft.count('  - id: '), 'claim')} to {suggest_path}: "
            "review every claim before use",
            err=True,
        )


@cli.command("fetch", epilog=EXAMPLES["fetch"])
@click.argument("urls", nargs=-1, metavar="[URL]...")
@click.option(
    "--from",
    "from_path",
    type=_PATH,
    default=None,
    metavar="FILE",
    help="Also fetch the URLs in FILE, one a line.",
)
@click.option(
    "--feed", "feeds", multiple=True, metavar="URL", help="Fetch every item of an RSS or Atom feed; may be repeated."
)
@click.option(
    "--sources",
    "folder",
    type=_PATH,
    default=DEFAULT_SOURCES,
    show_default=True,
    metavar="DIR",
    help="The folder to save the articles in.",
)
@click.option("--force", is_flag=True, help="Fetch again, and replace, articles already saved from the same URL.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=30,
    show_default=True,
    metavar="SECONDS",
    help="Seconds a request may take, from connecting to the last byte.",
)
@click.option(
    "--max-size",
    "max_mb",
    type=click.FloatRange(min=0, min_open=True),
    default=5,
    show_default=True,
    metavar="MB",
    help="Refuse a larger response.",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1,
    show_default=True,
    metavar="SECONDS",
    help="Seconds between two requests to one host.",
)
@click.option("--quiet", "-q", is_flag=True, help="Say only the URLs that failed, and errors.")
def fetch_command(
    urls: tuple[str, ...],
    from_path: str | None,
    feeds: tuple[str, ...],
    folder: str,
    force: bool,
    timeout: float,
    max_mb: float,
    delay: float,
    quiet: bool,
) -> None:
    """Download web pages and save each article as Markdown, ready to check.

    Exits 1 when any URL failed (each is said with its reason), 2 on bad input.
    """
    from .fetch import Settings, check_urls, fetch, read_url_list

    try:
        given = [*urls, *(read_url_list(from_path) if from_path else [])]
        check_urls([*given, *feeds])
    except InputError as error:
        _fail(error)
    if not given and not feeds:
        click.echo("error: no URL to fetch (give URLs, --from FILE or --feed URL)", err=True)
        sys.exit(ExitStatus.BAD_INPUT)
    counts = {"saved": 0, "kept": 0, "failed": 0}
    try:
        for result in fetch(given, feeds, Path(folder), Settings(timeout, max_mb, delay, force)):
            if result.status == "failed" or not quiet:
                click.echo(str(result), err=result.status == "failed")
            if result.status in counts:
                counts[result.status] += 1
    except InputError as error:
        _fail(error)
    if not quiet:
        click.echo(f"{counts['saved']} saved, {counts['kept']} already there, {counts['failed']} failed", err=True)
    sys.exit(ExitStatus.FINDINGS if counts["failed"] else ExitStatus.OK)


@cli.command(epilog=EXAMPLES["schema"])
def schema() -> None:
    """Print the JSON Schema of the claims file, for completion and checking in editors."""
    from importlib.resources import files

    click.echo(files("crosscheck").joinpath("data/claims.schema.json").read_text(encoding="utf-8"), nl=False)


@cli.command(epilog=EXAMPLES["validate"])
@_claims_option
@_sources_option
@click.option("--quiet", "-q", is_flag=True, help="Say nothing but errors: no warnings, no 'valid'.")
def validate(claims_path: str, sources: tuple[str, ...], quiet: bool) -> None:
    """Check claims.yaml (and any sources.yaml manifest) without running a check.

    Exits 2 when the claims file or a manifest is invalid.
    """
    from .claims import load_claims
    from .sources import missing, tasks_for

    try:
        claims = load_claims(claims_path)
        # what check would say of the folders before reading an article: a manifest key or entry
        # it cannot use, a file it will not read
        _, said = tasks_for([Path(folder) for folder in sources if Path(folder).exists()])
    except InputError as error:
        _fail(error)
    if quiet:
        return
    for passed in said:
        click.echo(f"warning: {visible(str(passed), one_line=True)}", err=True)
    for folder in sources:
        if not Path(folder).exists():  # check stops here; the claims file can still be valid
            problem = visible(str(missing(Path(folder))), one_line=True)
            click.echo(f"warning: {problem}; check would stop here, with exit status 2", err=True)
    for warning in claims.warnings:
        click.echo(f"warning: {warning}", err=True)
    entities = counted(len(claims.entities), "entity", "entities")
    click.echo(f"{claims_path}: {counted(len(claims.claims), 'claim')}, {entities}: valid")


class _Terminated(BaseException):
    """SIGTERM, raised wherever the run is, so that it unwinds as Ctrl-C does: its workers
    ended, no half-written report. A BaseException, so no `except Exception` swallows it."""


def _terminate(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # one is enough: let the run end its workers
    raise _Terminated


def main() -> None:
    import gc

    gc.disable()  # a short run whose objects form no cycles: see runner._collector_paused
    _standard_streams()
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        cli.main(standalone_mode=False)
    except _Terminated:
        click.echo("terminated", err=True)
        sys.exit(ExitStatus.TERMINATED)
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
    except click.ClickException as error:
        error.show()
        sys.exit(ExitStatus.BAD_INPUT)
    except (BrokenPipeError, ReaderGone):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(ExitStatus.OK)
    except OSError as error:
        click.echo(f"error: {error.filename or ''}: {error.strerror or error}", err=True)
        sys.exit(ExitStatus.BAD_INPUT)
    except InputError as error:
        _fail(error)
    except Exception as error:  # a bug: one clear line for the editor, the traceback only on request
        if os.environ.get("CROSSCHECK_DEBUG"):
            raise
        click.echo(
            f"error: crosscheck failed unexpectedly ({type(error).__name__}: {error}). Please report it "
            "with the input that caused it; set CROSSCHECK_DEBUG=1 to see the details.",
            err=True,
        )
        sys.exit(ExitStatus.BAD_INPUT)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _standard_streams() -> None:
    """A closed descriptor 1 or 2 is held on /dev/null, so no file crosscheck opens (the cache, a
    report) takes its number and receives stray output; text the terminal's encoding cannot show
    is escaped (\\u2713) rather than ending the run."""
    for fd in (1, 2):
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_WRONLY)  # takes the lowest free number: this one
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def entry() -> None:
    """The console script: main(), then leave without tearing down the heap.

    After a large run the interpreter spends about a second freeing half a
    million findings one by one; everything has been written and flushed by
    then, so the process ends directly with main's exit status.
    """
    try:
        main()
        code: int = ExitStatus.OK
    except SystemExit as done:
        code = (
            done.code if isinstance(done.code, int) else (ExitStatus.OK if done.code is None else ExitStatus.BAD_INPUT)
        )
        if not isinstance(done.code, (int, type(None))):
            click.echo(done.code, err=True)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
    os._exit(code)
