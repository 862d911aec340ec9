"""The report's vocabulary, derived from the models: each field's printed key (its alias), its category
(money, percentage, text …, from the value type it is annotated with) and the model below it.

Code names a place of the report by the model's attribute names (``key(Node, "share")`` is 占比), so no
module writes a Chinese key by hand: a key renamed in the model moves with it, and an attribute that does
not exist fails at once instead of silently pointing a finding at its parent's line.
"""

from __future__ import annotations

import functools
import types
import typing
from dataclasses import dataclass
from typing import Any, Optional, Union

from pydantic import BaseModel

from juesuan_check.report.values import Category

Step = Union[str, int]


@dataclass(frozen=True)
class FieldSpec:
    attr: str
    key: str  # the key a report file writes
    category: Optional[Category]  # None for a part (a model) or a list of parts
    model: Optional[type[BaseModel]]  # the model of the value (or of each element of a list), if a model
    many: bool  # a list
    keyed: bool = False  # a mapping of names the report chooses (table names) to parts of ``model``


def _annotation(annotation: Any) -> tuple[Optional[Category], Optional[type[BaseModel]], bool, bool]:
    """(category, model, is a list, is a mapping by free names) of a field's annotation: Optional,
    tuple[X, ...], dict[str, X] and Annotated unwrapped."""
    many = keyed = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is dict:
            keyed, annotation = True, typing.get_args(annotation)[1]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        elif origin is tuple:
            many, annotation = True, typing.get_args(annotation)[0]
        elif origin is typing.Annotated:
            marks = [m for m in typing.get_args(annotation)[1:] if isinstance(m, Category)]
            if marks:
                return marks[0], None, many, keyed
            annotation = typing.get_args(annotation)[0]
        elif origin is typing.Literal:
            return Category.WORD, None, many, keyed
        else:
            break
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return None, annotation, many, keyed
    if annotation is bool:
        return Category.FLAG, None, many, keyed
    return Category.LABEL, None, many, keyed


@functools.cache
def fields(model: type[BaseModel]) -> dict[str, FieldSpec]:
    """The fields of ``model`` by attribute name, in declaration order."""
    found = {}
    for attr, info in model.model_fields.items():
        category, target, many, keyed = _annotation(info.annotation)
        found[attr] = FieldSpec(attr, info.alias or attr, category, target, many, keyed)
    return found


@functools.cache
def by_key(model: type[BaseModel]) -> dict[str, FieldSpec]:
    """The fields of ``model`` by the key a report file writes."""
    return {spec.key: spec for spec in fields(model).values()}


def key(model: type[BaseModel], attr: str) -> str:
    """The key a report file writes for ``model.attr``; KeyError for an attribute the model does not have."""
    return fields(model)[attr].key


def path(model: type[BaseModel], *steps: Step) -> tuple[Step, ...]:
    """The report path of ``steps`` (attribute names, list indices, and the name under a mapping of free
    names such as a table's) from ``model``: ``path(Report, "narrative", "spending")`` is ("情况说明", "支出")."""
    out: list[Step] = []
    current: Optional[type[BaseModel]] = model
    free = False  # the step after a mapping of free names is a name, not an attribute
    for step in steps:
        if isinstance(step, int) or free:
            out.append(step)
            free = False
            continue
        if current is None:
            raise KeyError(f"{step!r}: the value before it is not a part of the report")
        spec = fields(current)[step]
        out.append(spec.key)
        current, free = spec.model, spec.keyed
    return tuple(out)


def model_at(root: type[BaseModel], at: tuple[Step, ...]) -> Optional[type[BaseModel]]:
    """The model of the part at report path ``at`` (keys and indices), or None when it is a value."""
    current: Optional[type[BaseModel]] = root
    free = False
    for step in at:
        if isinstance(step, int) or free:
            free = False
            continue
        if current is None or step not in by_key(current):
            return None
        current, free = by_key(current)[step].model, by_key(current)[step].keyed
    return current


def spec_at(root: type[BaseModel], at: tuple[Step, ...]) -> Optional[FieldSpec]:
    """The field that holds the value at report path ``at``, or None when ``at`` names no field."""
    keys = [step for step in at if isinstance(step, str)]
    if not keys:
        return None
    parent = model_at(root, tuple(step for step in at[: _last_key_index(at)]))
    return by_key(parent).get(keys[-1]) if parent is not None else None


def category_at(root: type[BaseModel], at: tuple[Step, ...]) -> Optional[Category]:
    spec = spec_at(root, at)
    return spec.category if spec is not None else None


def _last_key_index(at: tuple[Step, ...]) -> int:
    return max(index for index, step in enumerate(at) if isinstance(step, str))


def keys_in_order(model: type[BaseModel]) -> list[str]:
    """The keys of ``model`` in the order a report file writes them: its name first, then as declared."""
    keys = [spec.key for spec in fields(model).values()]
    if "name" in fields(model):
        name = key(model, "name")
        keys.remove(name)
        keys.insert(0, name)
    return keys
