"""crosscheck: cross-check news articles against an editor's fact sheet.

    import crosscheck
    report = crosscheck.check("claims.yaml", ["sources"])
    print(crosscheck.render(report, "markdown"))

The command line is a thin layer over these names.
"""

__version__ = "0.1.0"

from .claims import load_claims
from .errors import InputError
from .model import (
    Claim,
    ClaimsFile,
    Evidence,
    ExitStatus,
    Finding,
    Found,
    Misspelling,
    Report,
    SourceInfo,
    Warning,
)
from .report import render, stream
from .runner import check

__all__ = [
    "Claim",
    "ClaimsFile",
    "Discovery",
    "Evidence",
    "ExitStatus",
    "Finding",
    "Found",
    "InputError",
    "Misspelling",
    "Report",
    "SourceInfo",
    "Warning",
    "__version__",
    "check",
    "discover",
    "load_claims",
    "render",
    "stream",
]


def __getattr__(name: str) -> object:
    """`discover` and `Discovery` load on first use: the editor's `check` never pays for them."""
    if name == "discover":
        from .confirm import discover

        return discover
    if name == "Discovery":
        from .discovery import Discovery

        return Discovery
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
