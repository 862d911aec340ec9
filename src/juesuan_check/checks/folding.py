"""One root cause, one finding: the hits of a run folded before they become findings.

A rule may declare, in its entry in rules/*.yaml,

- ``merge: FIELD`` — its hits that carry the same value of FIELD are one error: a growth rate copied into
  three sections is reported once, at its first place, with the other places as the same error's places;
- ``absorbed_by: {CODE: same|within}`` — its hit disappears into a hit of rule CODE that shares a place with it
  (``same``: the one's place is the other's, or among its related places) or whose object contains it
  (``within``: a paragraph labelled with the wrong year holds the year mentions in its text). A hit absorbed
  ``within`` adds its place to the absorbing finding's places (the mentions of the wrong year); one absorbed
  for sharing a place says nothing the absorbing finding does not.
"""

from __future__ import annotations

from dataclasses import replace

from juesuan_check.checks.catalogue import Rule
from juesuan_check.findings import Hit

Pair = tuple[Rule, Hit]


def fold(pairs: list[Pair]) -> list[Pair]:
    return _absorb(_merge(pairs))


def _merge(pairs: list[Pair]) -> list[Pair]:
    first: dict[tuple[str, object], int] = {}
    result: list[Pair] = []
    for rule, hit in pairs:
        field = rule.merge
        if field is None or field not in hit.data or hit.truncated:
            result.append((rule, hit))
            continue
        group = (rule.code, hit.data[field])
        if group not in first:
            first[group] = len(result)
            result.append((rule, hit))
            continue
        index = first[group]
        kept_rule, kept = result[index]
        result[index] = (kept_rule, replace(kept, also=kept.also + (_place(hit),)))
    return result


def _place(hit: Hit) -> tuple:
    return (hit.at, hit.line, hit.col)


def _places(hit: Hit) -> set[tuple]:
    return {hit.at, *(path for path, _, _ in hit.also)}


def _shares_a_place(absorbed: Hit, absorber: Hit) -> bool:
    mine = {absorbed.at, *absorbed.related}
    theirs = _places(absorber)
    return bool(mine & theirs) or absorbed.at in absorber.related


def _within(absorbed: Hit, absorber: Hit) -> bool:
    return any(len(place) > 0 and absorbed.at[: len(place) - 1] == place[:-1] for place in _places(absorber))


_HOW = {"same": _shares_a_place, "within": _within}


def _absorb(pairs: list[Pair]) -> list[Pair]:
    result = list(pairs)
    dropped: set[int] = set()
    for index, (rule, hit) in enumerate(pairs):
        for target, (other_rule, other) in enumerate(result):
            how = rule.absorbed_by.get(other_rule.code)
            if target == index or target in dropped or how is None or not _HOW[how](hit, other):
                continue
            if how == "within":
                result[target] = (other_rule, replace(other, also=other.also + (_place(hit),)))
            dropped.add(index)
            break
    return [pair for index, pair in enumerate(result) if index not in dropped]
