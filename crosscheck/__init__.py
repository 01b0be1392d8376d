"""crosscheck: cross-check news articles against an editor's fact sheet.

    import crosscheck
    report = crosscheck.check("claims.yaml", ["sources"])
    print(crosscheck.render(report, "markdown"))

The command line is a thin layer over these names.
"""

__version__ = "0.1.0"

from .claims import Claim, ClaimsFile, load_claims  # noqa: E402
from .discovery import Discovery, discover  # noqa: E402
from .errors import InputError  # noqa: E402
from .model import (  # noqa: E402
    Evidence,
    ExitStatus,
    Finding,
    Found,
    Misspelling,
    Report,
    SourceInfo,
    Warning,
)
from .report import render  # noqa: E402
from .runner import check  # noqa: E402

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
]
