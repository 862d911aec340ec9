"""Rule kinds. Importing this package registers every kind in ``KINDS``."""

from juesuan_check.checks.kinds import (  # noqa: F401
    changes,
    classification,
    completeness,
    completion,
    crossyear,
    functional,
    glossary,
    identities,
    labels,
    plausibility,
    printing,
    reading,
    shares,
    sums,
    tableform,
    tables,
    template,
)
from juesuan_check.checks.kinds.base import COMPARISON_FIELDS, KINDS, KindSpec, Params, kind

__all__ = ["COMPARISON_FIELDS", "KINDS", "KindSpec", "Params", "kind"]
