"""A check run: settings resolved, the catalogue chosen, and each file taken load → model → engine.
The CLI only wires this up and hands the results to a reporter."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any, Optional

from juesuan_check.checks.catalogue import Catalogue
from juesuan_check.checks.engine import check
from juesuan_check.checks.loading import load_catalogue
from juesuan_check.config import Settings, check_codes, find_config, load_settings
from juesuan_check.findings import FileResult, Gate, Severity, Source
from juesuan_check.report.loader import load
from juesuan_check.report.model import Report
from juesuan_check.report.problems import InputError, Problem
from juesuan_check.report.reading import read_report
from juesuan_check.words import say


@dataclass(frozen=True)
class Run:
    settings: Settings
    catalogue: Catalogue
    source: bool = False  # keep the checked text around each finding, for an output that shows it


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; a directory stands for the .yaml/.yml files under it, in name order."""
    for path in paths:
        fs = FsPath(path)
        if path != "-" and fs.is_dir():
            found = sorted(p for p in fs.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            yield from (str(p) for p in found)
        else:
            yield path


def prepare(paths: list[str], overrides: dict[str, Any], config: Optional[str] = None, isolated: bool = False) -> Run:
    """Resolve the settings (file, then command line) and the catalogue they select.

    The settings file is ``config`` when given, else the nearest one above the first checked path (or the
    working directory when reading standard input); ``isolated`` ignores settings files.
    """
    if isolated:
        found = None
    elif config is not None:
        found = FsPath(config)
        if not found.is_file():
            raise InputError([Problem(config, None, None, "file.missing")])
    else:
        first = next((p for p in paths if p != "-"), ".")
        found = find_config(FsPath(first))
    settings = load_settings(found).merged(overrides)
    catalogue = load_catalogue([FsPath(folder) for folder in settings.rules])
    where = str(found) if found else say("cli.command_line", settings.lang)
    check_codes(settings, catalogue.all_codes, where)
    if settings.profile is not None and settings.profile not in catalogue.profiles:
        known = "、".join(sorted(catalogue.profiles))
        raise InputError([Problem(where, None, None, "profile.unknown", {"name": settings.profile, "known": known})])
    chosen = catalogue.select(settings.select, settings.ignore).with_severity(settings.severity)
    return Run(settings, chosen)


def results(paths: list[str], run: Run, jobs: int = 1) -> Iterator[FileResult]:
    """Each file's result, in the order given; with ``jobs`` above 1, checked by that many processes."""
    if jobs <= 1 or len(paths) < 2 or "-" in paths:
        for path in paths:
            yield check_file(path, run)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(16, len(paths) // (jobs * 4)))
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(run,)) as pool:
        yield from pool.map(_check_in_worker, paths, chunksize=chunk)


_WORKER_RUN: Optional[Run] = None


def _start_worker(run: Run) -> None:
    global _WORKER_RUN
    _WORKER_RUN = run


def _check_in_worker(path: str) -> FileResult:
    assert _WORKER_RUN is not None
    return check_file(path, _WORKER_RUN)


DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf")  # published documents, which `check` drafts first


def check_file(path: str, run: Run) -> FileResult:
    if path != "-" and FsPath(path).suffix.lower() in DOCUMENT_SUFFIXES:
        return _check_document(path, run)
    try:
        doc = load(path)
        report = read_report(doc)
    except InputError as exc:
        return FileResult(path if path != "-" else "<stdin>", problems=tuple(exc.problems))
    findings = tuple(check(report, doc, run.catalogue, run.settings.lang, run.settings.profile))
    source = Source.of(doc.text, findings) if run.source else None
    return FileResult.of(doc.file, findings, report.unit, report.year, reading_notes(report), source)


def reading_notes(report: Report) -> tuple[tuple[str, dict], ...]:
    """What a reader of the findings should know about how the figures were read."""
    if report.money_decimals is not None:
        return (("note.decimals", {"places": report.money_decimals}),)
    return ()


def _check_document(path: str, run: Run) -> FileResult:
    """A published document checked in one go: drafted by ``extract``, then checked; the engine places each
    finding at the paragraph of the document its value came from."""
    from juesuan_check.extract import extract
    from juesuan_check.report.loader import parse

    try:
        written = extract(path).written
        doc = parse(written.text, path, written.origins)
        report = read_report(doc)
    except InputError as exc:
        return FileResult(path, problems=tuple(exc.problems))
    findings = tuple(check(report, doc, run.catalogue, run.settings.lang, run.settings.profile))
    paragraphs = {paragraph.place: paragraph.text for paragraph in written.places.values()}
    source = Source.of(doc.text, findings, paragraphs) if run.source else None
    return FileResult.of(path, findings, report.unit, report.year, reading_notes(report), source)


def gate(settings: Settings) -> Gate:
    return Gate(Severity(settings.fail_on), settings.exit_zero)
