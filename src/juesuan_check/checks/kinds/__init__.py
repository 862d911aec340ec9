"""Rule kinds. Importing this package registers every kind in ``KINDS``."""

from juesuan_check.checks.kinds import (  # noqa: F401
    changes,
    classification,
    completeness,
    completion,
    crossyear,
    glossary,
    identities,
    labels,
    plausibility,
    shares,
    special,
    sums,
)
from juesuan_check.checks.kinds.base import KINDS, KindSpec, Params, kind

__all__ = ["KINDS", "KindSpec", "Params", "kind"]
