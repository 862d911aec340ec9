"""The one configuration every model of the report file shares: unknown keys are errors, values are frozen
once read, and keys are the report's own (the aliases), never the attribute names."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Base(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_by_alias=True, validate_by_name=False)
