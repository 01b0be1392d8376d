"""crosscheck: cross-check news articles against an editor's fact sheet."""

__version__ = "0.1.0"

from .runner import check  # noqa: E402
from .claims import load_claims  # noqa: E402
from .errors import InputError  # noqa: E402

__all__ = ["check", "load_claims", "InputError", "__version__"]
