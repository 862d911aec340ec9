"""Measure the tool on the real passages of ../shared/corpus (when present): not a test, a measurement.

    python benchmarks/corpus.py [--corpus DIR] [--verbose]

Recorded passages (corpus/recorded/NN.yaml, the passages recorded by hand in the report format, and
NN.expect.yaml, what each claim should give): each file is checked as recorded, extended by the overlay
benchmarks/corpus/NN.yaml where the format has since gained the keys a claim lacked (figures and keys only,
no sentences of the passage). Per passage and in total it prints

- claims expressible in the format (a claim judged out of scope is listed with its reason);
- inconsistent claims (not within rounding) reported by one of their expected rules on one of their lines;
- false errors: an error on the lines of a consistent (or within-rounding) claim that no inconsistent claim
  on those lines explains.

Documents (corpus/NN.txt, the passages as published, and the PDFs of ../shared/source): each is read by
``juesuan extract`` and checked. Per passage it prints the claims whose printed figures were read into the
place the recorded file gives them (compared value by value through the tool's own alignment of two
reports), the inconsistent claims reported, and the errors that are not a claim's.

The figures go into BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OVERLAYS = Path(__file__).resolve().parent / "corpus"
MARK = re.compile(r"#.*?\[((?:c[0-9]+\s*)+)\]")

sys.path.insert(0, str(ROOT / "src"))

from juesuan_check.checks.engine import check  # noqa: E402
from juesuan_check.checks.loading import load_catalogue  # noqa: E402
from juesuan_check.findings import Finding, Severity  # noqa: E402
from juesuan_check.numbers import plain  # noqa: E402
from juesuan_check.report.loader import parse  # noqa: E402
from juesuan_check.report.problems import InputError  # noqa: E402
from juesuan_check.report.reading import read_report  # noqa: E402

# -- the recorded files, with their overlays --------------------------------------------------------------


def _marked(text: str, name: str) -> tuple[Any, dict[tuple, set[int]]]:
    """The data of a recorded file and, for every value on a line with a ``# [cN …]`` comment, its claims."""
    doc = parse(text, name)
    by_line: dict[int, set[int]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = MARK.search(line)
        if match:
            by_line[number] = {int(token[1:]) for token in match.group(1).split()}
    marks: dict[tuple, set[int]] = {}
    for path, span in doc.spans.items():
        claims = by_line.get(span.line)
        if claims and not isinstance(_at(doc.data, path), (dict, list)):
            marks[path] = set(claims)
    return doc.data, marks


def _at(data: Any, path: tuple) -> Any:
    for step in path:
        data = data[step]
    return data


def _merge(base: Any, overlay: Any, path: tuple, moved: dict[tuple, tuple]) -> Any:
    """``overlay`` merged into ``base``: mappings key by key (None deletes), lists of named parts by 名称
    (others appended); ``moved`` maps each overlay path to its path in the result."""
    moved[path] = path
    if isinstance(base, dict) and isinstance(overlay, dict):
        result = dict(base)
        for key, value in overlay.items():
            if value is None:
                result.pop(key, None)
            elif key in result:
                result[key] = _merge(result[key], value, path + (key,), moved)
            else:
                result[key] = value
                _record(value, path + (key,), path + (key,), moved)
        return result
    if isinstance(base, list) and isinstance(overlay, list):
        result = list(base)
        for index, item in enumerate(overlay):
            name = item.get("名称") if isinstance(item, dict) else None
            found = next(
                (i for i, old in enumerate(result) if isinstance(old, dict) and name and old.get("名称") == name), None
            )
            if found is None:
                result.append(item)
                _record(item, path + (index,), path + (len(result) - 1,), moved)
            else:
                sub: dict[tuple, tuple] = {}
                result[found] = _merge(result[found], item, path + (found,), sub)
                for old, new in sub.items():
                    moved[path + (index,) + old[len(path) + 1 :]] = new
        return result
    return overlay


def _record(value: Any, source: tuple, target: tuple, moved: dict[tuple, tuple]) -> None:
    moved[source] = target
    if isinstance(value, dict):
        for key, child in value.items():
            _record(child, source + (key,), target + (key,), moved)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _record(child, source + (index,), target + (index,), moved)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _dump(data: Any, marks: dict[tuple, set[int]]) -> tuple[str, dict[int, set[int]]]:
    """``data`` as block YAML, one value a line, and the claims on each line."""
    lines: list[str] = []
    claims: dict[int, set[int]] = {}

    def emit(text: str, path: tuple) -> None:
        lines.append(text)
        if path in marks:
            claims[len(lines)] = marks[path]

    def value(head: str, item: Any, indent: int, path: tuple) -> None:
        if isinstance(item, dict):
            emit(head if item else f"{head} {{}}", path)
            mapping(item, indent + 2, path, "")
        elif isinstance(item, list):
            emit(head if item else f"{head} []", path)
            for index, element in enumerate(item):
                if isinstance(element, dict):
                    mapping(element, indent + 4, path + (index,), " " * (indent + 2) + "- ")
                else:
                    emit(f"{' ' * (indent + 2)}- {_scalar(element)}", path + (index,))
        else:
            emit(f"{head} {_scalar(item)}", path)

    def mapping(items: dict, indent: int, path: tuple, first: str) -> None:
        for index, (key, item) in enumerate(items.items()):
            lead = first if index == 0 and first else " " * indent
            value(f"{lead}{key}:", item, indent, path + (key,))

    mapping(data, 0, (), "")
    return "\n".join(lines) + "\n", claims


@dataclass
class Claim:
    index: int
    text: str
    consistent: bool
    within_rounding: bool
    expressible: bool
    codes: tuple[str, ...]
    needle: str | None
    reason: str | None
    lines: set[int] = field(default_factory=set)


def _claims(expect: dict, overrides: dict) -> list[Claim]:
    found = []
    for entry in expect["claims"]:
        override = overrides.get(entry["index"], {})
        merged = {**entry, **override}
        found.append(
            Claim(
                merged["index"],
                merged["claim"],
                merged["consistent"],
                bool(merged.get("within_rounding")),
                bool(merged.get("expressible")),
                tuple(merged.get("codes") or ()),
                merged.get("needle"),
                merged.get("reason"),
            )
        )
    return found


def _json(path: Path) -> dict:
    return json.loads(
        "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    )


@dataclass
class Outcome:
    name: str
    claims: list[Claim]
    findings: list[Finding]
    problems: list[str]
    reported: set[int] = field(default_factory=set)
    false_errors: list[tuple[Finding, list[int]]] = field(default_factory=list)
    other_errors: list[Finding] = field(default_factory=list)


def _lines_of(finding: Finding) -> set[int]:
    return {finding.line} | {r.line for r in finding.related if r.file is None}


def _matches(finding: Finding, codes: tuple[str, ...]) -> bool:
    """Whether a finding is one of ``codes`` (a code or prefix), or reports what one of them found (a truncated
    figure is reported as RND001 on behalf of the rule that recomputed it)."""
    return finding.code.startswith(codes) or bool(finding.source and finding.source.startswith(codes))


def _judge(outcome: Outcome) -> None:
    inconsistent = [c for c in outcome.claims if not c.consistent and not c.within_rounding and c.expressible]
    for claim in inconsistent:
        for finding in outcome.findings:
            if finding.severity is Severity.INFO or not (_lines_of(finding) & claim.lines):
                continue
            if claim.codes and not _matches(finding, claim.codes):
                continue
            if claim.needle and claim.needle not in finding.message:
                continue
            outcome.reported.add(claim.index)
    for finding in outcome.findings:
        if finding.severity is not Severity.ERROR:
            continue
        lines = _lines_of(finding)
        explained = any(lines & c.lines and (not c.codes or _matches(finding, c.codes)) for c in inconsistent)
        touched = [c.index for c in outcome.claims if (c.consistent or c.within_rounding) and c.lines & {finding.line}]
        if explained:
            continue
        if touched:
            outcome.false_errors.append((finding, touched))
        else:
            outcome.other_errors.append(finding)


def recorded(report: Path) -> tuple[Any, dict[tuple, set[int]], list[Claim]]:
    """A recorded passage extended by its overlay: its data, the claims on each value, and the claims."""
    expect = _json(report.with_suffix(".expect.yaml"))
    data, marks = _marked(report.read_text(encoding="utf-8"), str(report))
    overrides: dict[int, dict] = {}
    overlay_file = OVERLAYS / report.name
    if overlay_file.is_file():
        overlay, overlay_marks = _marked(overlay_file.read_text(encoding="utf-8"), str(overlay_file))
        overrides = {int(k): v for k, v in (overlay.pop("_claims", None) or {}).items()}
        moved: dict[tuple, tuple] = {}
        data = _merge(data, overlay, (), moved)
        for path, claims in overlay_marks.items():
            target = moved.get(path, path)
            marks[target] = marks.get(target, set()) | claims
        marks = {path: claims for path, claims in marks.items() if _present(data, path)}  # a deleted key's marks go
    return data, marks, _claims(expect, overrides)


def _present(data: Any, path: tuple) -> bool:
    try:
        _at(data, path)
    except (KeyError, IndexError, TypeError):
        return False
    return True


def measure_recorded(corpus: Path, catalogue: Any) -> list[Outcome]:
    outcomes = []
    for report in sorted((corpus / "recorded").glob("[0-9][0-9].yaml")):
        data, marks, claims = recorded(report)
        text, claim_lines = _dump(data, marks)
        for line, indices in claim_lines.items():
            for claim in claims:
                if claim.index in indices:
                    claim.lines.add(line)
        try:
            doc = parse(text, report.name)
            findings = check(read_report(doc), doc, catalogue)
            problems: list[str] = []
        except InputError as exc:
            findings, problems = [], [p.render("zh") for p in exc.problems]
        outcome = Outcome(report.stem, claims, findings, problems)
        _judge(outcome)
        outcomes.append(outcome)
    return outcomes


def _print_recorded(outcomes: list[Outcome], verbose: bool) -> None:
    print("Recorded passages (the report format, as recorded by hand and extended by benchmarks/corpus/):\n")
    print("| passage | claims | expressible | inconsistent, reported | false errors |")
    print("|---|---|---|---|---|")
    totals = [0, 0, 0, 0, 0]
    for o in outcomes:
        expressible = sum(c.expressible for c in o.claims)
        wanted = [c for c in o.claims if not c.consistent and not c.within_rounding and c.expressible]
        row = [len(o.claims), expressible, len(o.reported), len(wanted), len(o.false_errors)]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        flag = " (unreadable)" if o.problems else ""
        print(f"| {o.name}{flag} | {row[0]} | {row[1]} | {row[2]} of {row[3]} | {row[4]} |")
    print(f"| all | {totals[0]} | {totals[1]} | {totals[2]} of {totals[3]} | {totals[4]} |\n")
    for o in outcomes:
        for problem in o.problems:
            print(f"  {o.name}: cannot be read: {problem}")
        for claim in o.claims:
            if not claim.expressible:
                print(f"  {o.name} c{claim.index} not expressible: {claim.text} — {claim.reason}")
            elif not claim.consistent and not claim.within_rounding and claim.index not in o.reported:
                print(f"  {o.name} c{claim.index} NOT REPORTED: {claim.text} (expected {', '.join(claim.codes)})")
        for finding, touched in o.false_errors:
            print(f"  {o.name} FALSE ERROR on c{touched}: {finding.code} {finding.line}: {finding.message}")
        if verbose:
            for finding in o.other_errors:
                print(f"  {o.name} other error: {finding.code} {finding.line}: {finding.message}")


# -- documents ----------------------------------------------------------------------------------------------


_YEARS = re.compile(r"(?:19|20)[0-9]{2}(?=年)")


def _same_value(key: str, a: Any, b: Any) -> bool:
    """Whether a drafted value is the recorded one: numbers by value, percentages by their number, direction
    words by the direction they assert, names by their folded form."""
    from juesuan_check.extract.subjects import same_name
    from juesuan_check.report.values import BUDGET_SIGN

    if key == "原文":  # the text kept for its labels: read when it names the same years
        if not isinstance(a, str) or not isinstance(b, str):
            return False
        return set(_YEARS.findall(b.replace(" ", ""))) <= set(_YEARS.findall(a.replace(" ", "")))
    if key in ("原因", "说明"):  # free text: read when the two share a phrase
        return isinstance(a, str) and isinstance(b, str) and any(b[i : i + 6] in a for i in range(max(1, len(b) - 5)))
    if key in ("增减", "幅度增减"):
        return BUDGET_SIGN.get(str(a).replace("(", "（").replace(")", "）")) == BUDGET_SIGN.get(
            str(b).replace("(", "（").replace(")", "）")
        )
    for value in (a, b):
        if isinstance(value, str) and value.strip().endswith("%"):
            try:
                return Decimal(str(a).strip().rstrip("%").strip()) == Decimal(str(b).strip().rstrip("%").strip())
            except Exception:
                return False
    if isinstance(a, (int, Decimal)) and isinstance(b, (int, Decimal)) and not isinstance(a, bool):
        return Decimal(a) == Decimal(b)
    if isinstance(a, str) and isinstance(b, str):
        return same_name(a, b) or a == b
    return a == b


def _pair(recorded_data: Any, draft: Any, path: tuple, draft_path: tuple, out: dict[tuple, tuple]) -> None:
    """Pair each recorded path with the drafted path of the same place: mapping keys as they are, list elements
    by their 名称 (or position when unnamed)."""
    from juesuan_check.extract.subjects import same_name

    out[path] = draft_path
    if isinstance(recorded_data, dict) and isinstance(draft, dict):
        for key, value in recorded_data.items():
            if key in draft:
                _pair(value, draft[key], path + (key,), draft_path + (key,), out)
    elif isinstance(recorded_data, list) and isinstance(draft, list):
        used: set[int] = set()
        for index, item in enumerate(recorded_data):
            name = item.get("名称") if isinstance(item, dict) else None
            found = None
            for other, candidate in enumerate(draft):
                if other in used or not isinstance(candidate, dict):
                    continue
                if name is not None and same_name(str(candidate.get("名称", "")), str(name)):
                    found = other
                    break
            if found is None and name is None and index < len(draft):
                found = index
            if found is not None:
                used.add(found)
                _pair(item, draft[found], path + (index,), draft_path + (found,), out)


def measure_documents(corpus: Path, catalogue: Any) -> list[Outcome]:
    from juesuan_check.extract import extract

    outcomes = []
    for report in sorted((corpus / "recorded").glob("[0-9][0-9].yaml")):
        source = corpus / f"{report.stem}.txt"
        data, marks, claims = recorded(report)
        try:
            # as `juesuan check NN.txt` does (runner.load_report), but findings kept on the draft's lines, where
            # the recorded file's claims are paired with the drafted values
            written = extract(str(source)).written
            doc = parse(written.text, f"{report.stem}.txt")
            findings = check(read_report(doc), doc, catalogue)
            problems: list[str] = []
        except InputError as exc:
            outcome = Outcome(report.stem, claims, [], [p.render("zh") for p in exc.problems])
            outcomes.append(outcome)
            continue
        pairs: dict[tuple, tuple] = {}
        _pair(data, doc.data, (), (), pairs)
        read_claims: set[int] = set()
        missed: dict[int, list[str]] = {}
        for claim in claims:
            paths = [path for path, cs in marks.items() if claim.index in cs]
            ok = bool(paths)
            for path in paths:
                drafted = pairs.get(path)
                value = _at_or_none(doc.data, drafted) if drafted is not None else None
                if value is None or not _same_value(str(path[-1]), value, _at(data, path)):
                    ok = False
                    where = "/".join(map(str, path))
                    missed.setdefault(claim.index, []).append(f"{where}: {_at(data, path)!r} drafted {value!r}")
                    continue
                span = doc.spans.get(drafted)
                if span is not None:
                    claim.lines.add(span.line)
            if ok:
                read_claims.add(claim.index)
        outcome = Outcome(report.stem, claims, findings, problems)
        outcome.read = read_claims  # type: ignore[attr-defined]
        outcome.missed = missed  # type: ignore[attr-defined]
        _judge(outcome)
        outcomes.append(outcome)
    return outcomes


def _at_or_none(data: Any, path: tuple) -> Any:
    try:
        return _at(data, path)
    except (KeyError, IndexError, TypeError):
        return None


def _print_documents(outcomes: list[Outcome], verbose: bool) -> None:
    print("Documents (the passages as published, read by juesuan extract and checked):\n")
    print("| passage | claims | read into their place | inconsistent, reported | false errors | other errors |")
    print("|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0, 0, 0]
    for o in outcomes:
        wanted = [c for c in o.claims if not c.consistent and not c.within_rounding and c.expressible]
        got = getattr(o, "read", set())
        row = [len(o.claims), len(got), len(o.reported), len(wanted), len(o.false_errors), len(o.other_errors)]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"| {o.name} | {row[0]} | {row[1]} | {row[2]} of {row[3]} | {row[4]} | {row[5]} |")
    print(f"| all | {totals[0]} | {totals[1]} | {totals[2]} of {totals[3]} | {totals[4]} | {totals[5]} |\n")
    for o in outcomes:
        for problem in o.problems:
            print(f"  {o.name}: cannot be read: {problem}")
        got = getattr(o, "read", set())
        if verbose:
            for claim in o.claims:
                if claim.index not in got:
                    print(f"  {o.name} c{claim.index} not read: {claim.text}")
                    for miss in getattr(o, "missed", {}).get(claim.index, [])[:3]:
                        print(f"      {miss}")
        for finding, touched in o.false_errors:
            print(f"  {o.name} FALSE ERROR on c{touched}: {finding.code} {finding.line}: {finding.message}")
        for finding in o.other_errors:
            print(f"  {o.name} other error: {finding.code} {finding.line}: {finding.message}")


# -- the published PDFs -------------------------------------------------------------------------------------


def measure_pdfs(source: Path, catalogue: Any) -> None:
    """Each PDF of ../shared/source read and checked: the sentences with figures understood, and every error
    and warning it reports, to be read against the document (there is no hand labelling of these)."""
    from juesuan_check.extract import extract

    print("PDFs (read by juesuan extract and checked; every error listed, to be read against the document):\n")
    print("| document | sentences with figures | understood | errors | warnings | info |")
    print("|---|---|---|---|---|---|")
    details = []
    for pdf in sorted(source.glob("*.pdf")):
        try:
            extraction = extract(str(pdf))
        except InputError as exc:
            print(f"| {pdf.name} | cannot be read: {exc.problems[0].render('zh')} | | | | |")
            continue
        written = extraction.written
        doc = parse(written.text, pdf.name, written.origins, written.coverage)
        findings = check(read_report(doc), doc, catalogue)
        by = {level: [f for f in findings if f.severity == level] for level in ("error", "warning", "info")}
        read, total = written.coverage
        print(f"| {pdf.name} | {total} | {read} | {len(by['error'])} | {len(by['warning'])} | {len(by['info'])} |")
        details += [f"  {pdf.name} {f.code} {f.place or f'line {f.line}'}: {f.message}" for f in by["error"]]
    print()
    print("\n".join(details) + ("\n" if details else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "source")
    parser.add_argument("--verbose", action="store_true", help="also list errors that touch no claim")
    args = parser.parse_args()
    if not (args.corpus / "recorded").is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    catalogue = load_catalogue()
    _print_recorded(measure_recorded(args.corpus, catalogue), args.verbose)
    _print_documents(measure_documents(args.corpus, catalogue), args.verbose)
    if args.source.is_dir():
        measure_pdfs(args.source, catalogue)


if __name__ == "__main__":
    main()
