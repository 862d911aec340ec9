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
from juesuan_check.config import Settings, SettingsFile, check_codes, find_config, load_settings
from juesuan_check.discovery import Rules, discover
from juesuan_check.findings import FileResult, Gate, Severity, Source
from juesuan_check.report.loader import Document, load
from juesuan_check.report.model import Report
from juesuan_check.report.problems import InputError, Problem
from juesuan_check.report.reading import read_report
from juesuan_check.words import say


@dataclass(frozen=True)
class Run:
    settings: Settings
    catalogue: Catalogue
    settings_file: Optional[SettingsFile] = None  # the settings file, when there is one
    source: bool = False  # keep the checked text around each finding, for an output that shows it

    def files(self, arguments: Iterable[str]) -> list[str]:
        """The files to check: those named, and the report files under the folders named that neither a
        .gitignore nor the ``exclude`` setting (relative to the settings file's folder) leaves out."""
        exclude = None
        if self.settings.exclude:
            base = self.settings_file.path.parent if self.settings_file else FsPath.cwd()
            exclude = Rules.of(base.resolve(), self.settings.exclude)
        return list(discover(arguments, exclude))


def prepare(
    arguments: list[str], overrides: dict[str, Any], config: Optional[str] = None, isolated: bool = False
) -> Run:
    """Resolve the settings (file, then command line) and the catalogue they select.

    The settings file is ``config`` when given, else the nearest one above the first path named (or the
    working directory when reading standard input); ``isolated`` ignores settings files.
    """
    if isolated:
        found = None
    elif config is not None:
        found = FsPath(config)
        if not found.is_file():
            raise InputError([Problem(config, None, None, "file.missing")])
    else:
        first = next((p for p in arguments if p != "-"), ".")
        found = find_config(FsPath(first))
    from_file, source = load_settings(found)
    settings = from_file.merged(overrides)
    catalogue = load_catalogue([FsPath(folder) for folder in settings.rules])
    command_line = say("cli.command_line", settings.lang)
    check_codes(settings, catalogue.all_codes, source, command_line)
    if settings.profile is not None and settings.profile not in catalogue.profiles:
        known = "、".join(sorted(catalogue.profiles))
        line = source.line_of_value(settings.profile) if source else None
        where = source.where() if source and line else command_line
        raise InputError([Problem(where, line, None, "profile.unknown", {"name": settings.profile, "known": known})])
    chosen = catalogue.select(settings.select, settings.ignore).with_severity(settings.severity)
    return Run(settings, chosen, settings_file=source)


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


# published documents, which `check` drafts first
DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf", ".xlsx", ".xlsm", ".xls", ".html", ".htm")


def check_file(path: str, run: Run) -> FileResult:
    try:
        report, doc = load_report(path)
    except InputError as exc:
        return FileResult(path if path != "-" else "<stdin>", problems=tuple(exc.problems))
    findings = tuple(check(report, doc, run.catalogue, run.settings.lang, run.settings.profile))
    source = _source(doc, findings) if run.source else None
    notes = reading_notes(report, doc) + table_notes(doc.tables, run.settings.lang)
    tables = tuple(table_entry(entry, run.settings.lang) for entry in doc.tables)
    return FileResult.of(doc.file, findings, report.unit, report.year, notes, source, tables)


def _source(doc: Document, findings: tuple) -> Source:
    """The checked text around the findings: the report file's lines, or — for a file drafted from a published
    document — the document's paragraphs the findings point at."""
    if doc.origins:
        return Source.of(doc.text, findings, {origin.place: origin.text for origin in doc.origins.values()})
    return Source.of(doc.text, findings)


def reading_notes(report: Report, doc: Optional[Document] = None) -> tuple[tuple[str, dict], ...]:
    """What a reader of the findings should know about how the figures were read: the decimals amounts are
    read to, and — for a published document — how many of its sentences with figures were understood."""
    notes: list[tuple[str, dict]] = []
    if doc is not None and doc.coverage is not None and doc.coverage[1]:
        read, total = doc.coverage
        key = "note.reading_all" if read == total else "note.reading"
        notes.append((key, {"read": read, "total": total, "unread": total - read}))
    if report.money_decimals is not None:
        notes.append(("note.decimals", {"places": report.money_decimals}))
    return tuple(notes)


def table_notes(coverage: tuple[dict[str, Any], ...], lang: str) -> tuple[tuple[str, dict], ...]:
    """How a document's tables were read: how many, and each one not read with the reason."""
    if not coverage:
        return ()
    read = [entry for entry in coverage if entry["read"]]
    cells = sum(entry["cells"] for entry in read)
    notes: list[tuple[str, dict]] = [("note.tables", {"read": len(read), "cells": cells})]
    for entry in coverage:
        if not entry["read"]:
            reason = say(entry["reason"][0], lang, entry["reason"][1])
            notes.append(("note.table_unread", {"table": entry["table"], "place": entry["place"], "reason": reason}))
    return tuple(notes)


def table_entry(entry: dict[str, Any], lang: str) -> dict[str, Any]:
    """One table's coverage as the machine formats carry it: the reason in words."""
    shown = {key: value for key, value in entry.items() if key != "reason"}
    if entry.get("reason") is not None:
        shown["reason"] = say(entry["reason"][0], lang, entry["reason"][1])
    return shown


def load_report(path: str) -> tuple[Report, Document]:
    """A report file read and typed; a published document (text, Word, PDF, a workbook, a web page) is drafted
    by ``extract`` first, and each value keeps the place in the document it came from, where findings are then
    shown. A document that prints no year cannot be checked: the problem says so, with what was not read."""
    if path == "-" or FsPath(path).suffix.lower() not in DOCUMENT_SUFFIXES:
        doc = load(path)
        return read_report(doc), doc
    from juesuan_check.extract import extract
    from juesuan_check.report.loader import parse

    extraction = extract(path)
    written = extraction.written
    missing = next((key for key in ("年度", "情况说明") if key not in extraction.draft.data), None)
    if missing is not None:  # nothing to check, or nothing to check it against: say so, and what was not read
        unread = [
            Problem(path, paragraph.line, None, "extract.unread_line", {"place": paragraph.place, "text": text})
            for paragraph, text in extraction.unread
        ]
        key = "extract.no_year" if missing == "年度" else "extract.nothing_read"
        raise InputError([Problem(path, None, None, key), *unread])
    doc = parse(written.text, path, written.origins, written.coverage, tuple(extraction.tables), written.anchors)
    return read_report(doc), doc


def gate(settings: Settings) -> Gate:
    return Gate(Severity(settings.fail_on), settings.exit_zero)
