"""Rule kinds. Importing this package registers every kind in ``KINDS``."""

from . import changes, completion, identities, labels, special, sums, shares  # noqa: F401
from .base import KINDS, KindSpec, Params, kind

__all__ = ["KINDS", "KindSpec", "Params", "kind"]
