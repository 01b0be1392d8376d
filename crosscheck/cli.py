"""The command line: parses options, calls the library, maps outcomes to exit codes.

Exit status (report-format.md): 0 nothing fails the run; 1 a finding fails it;
2 a usage or input error; 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import InputError
from .report import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


def _fail(error: InputError) -> None:
    for problem in error.problems:
        click.echo(f"error: {problem}", err=True)
    sys.exit(EXIT_INPUT)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="crosscheck")
def cli() -> None:
    """Cross-check news articles against an editor's fact sheet (claims.yaml)."""


@cli.command()
@click.option("--claims", "claims_path", default="claims.yaml", show_default=True,
              help="The fact sheet to check against.")
@click.option("--sources", "sources", multiple=True, default=("sources",), show_default=True,
              help="A folder or file of articles (.txt, .md); may be given several times.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Report format.")
@click.option("--output", "output", default=None, metavar="FILE",
              help="Write the report to FILE (atomically) instead of stdout; '-' is stdout.")
@click.option("--fail-on", "fail_on", type=click.Choice(["conflicts", "never"]), default="conflicts",
              show_default=True, help="Exit 1 on any conflicts or mixed finding, or never.")
def check(claims_path: str, sources: tuple[str, ...], fmt: str, output: str | None, fail_on: str) -> None:
    """Check every article against every claim and report the verdicts."""
    from .check import check as run_check
    from .output import write
    from .report import render

    try:
        report = run_check(claims_path, [Path(s) for s in sources])
    except InputError as error:
        _fail(error)
    if fmt == "text" and output in (None, "-"):
        from rich.console import Console

        terminal = Console()  # detects a terminal, its width, NO_COLOR
        color = terminal.is_terminal and not terminal.no_color
        write("-", render(report, fmt, color=color, width=terminal.width if terminal.is_terminal else 80))
    else:
        write(output or "-", render(report, fmt, color=False, width=100))
    if fail_on == "conflicts" and report.failing():
        sys.exit(EXIT_FINDINGS)


@cli.command()
@click.option("--claims", "claims_path", default="claims.yaml", show_default=True)
@click.option("--sources", "sources", multiple=True, default=("sources",), show_default=True)
def validate(claims_path: str, sources: tuple[str, ...]) -> None:
    """Check claims.yaml (and any sources.yaml manifest) without running a check."""
    from .claims import load_claims
    from .sources import load_manifest

    try:
        claims = load_claims(claims_path)
        for folder in sources:
            if Path(folder).is_dir():
                load_manifest(Path(folder))
    except InputError as error:
        _fail(error)
    for warning in claims.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"{claims_path}: {len(claims.claims)} claims, {len(claims.entities)} entities: valid")


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as error:
        error.show()
        sys.exit(EXIT_INPUT)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except OSError as error:
        click.echo(f"error: {error.filename or ''}: {error.strerror or error}", err=True)
        sys.exit(EXIT_INPUT)
