"""``--format junit``: JUnit XML, which most CI systems show as a test report. Each file is a test suite;
each finding a test case with a unique name, failing when it is at the failing level (``--fail-on``),
skipped when it is explained, passing otherwise; a clean file is one passing case. The message is in the
element body too, where CI systems show it, followed by the other places of the same error, a line each.
A note on how a file was read is a property of its test suite."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO
from xml.etree import ElementTree as ET

from juesuan_check.findings import FileResult
from juesuan_check.reporters.context import Context
from juesuan_check.words import say


def _suite(result: FileResult, context: Context) -> ET.Element:
    suite = ET.Element("testsuite", name=result.file)
    cases = failures = errors = skipped = 0
    seen: dict[str, int] = {}
    if result.notes:  # first, as the JUnit schema orders a suite's elements
        properties = ET.SubElement(suite, "properties")
        for note, params in result.notes:
            ET.SubElement(properties, "property", name=note, value=say(note, context.lang, params))
    for problem in result.problems:
        case = ET.SubElement(
            suite, "testcase", classname=result.file, name=f"LOAD {problem.line or 1}:{problem.col or 1}"
        )
        message = problem.message(context.lang)
        error = ET.SubElement(case, "error", type=problem.key, message=message)
        error.text = f"{problem.where()}: {message}"
        cases, errors = cases + 1, errors + 1
    for f in result.findings:
        name = f"{f.code} {f.line}:{f.col}"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            name = f"{name} #{seen[name]}"
        case = ET.SubElement(suite, "testcase", classname=result.file, name=name)
        body = f"{f.file}:{f.line}:{f.col}: {f.code} [{f.severity.value}] {f.message}"
        also = dict.fromkeys((f"（{a.place}）" if a.place else f":{a.line}:{a.col}", a.path) for a in f.also)
        body += "".join(f"\n  ↳ {say('text.also', context.lang)} {f.file}{where}  {path}" for where, path in also)
        if f.explained:
            element = ET.SubElement(case, "skipped", message=f.explained)
            element.text = f"{body}\n{f.explained}"
            skipped += 1
        elif context.fails(f):
            element = ET.SubElement(case, "failure", type=f.code, message=f.message)
            element.text = body
            failures += 1
        else:
            ET.SubElement(case, "system-out").text = body
        cases += 1
    if cases == 0:
        ET.SubElement(suite, "testcase", classname=result.file, name="juesuan-check")
        cases = 1
    suite.set("tests", str(cases))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    return suite


def write(results: Iterable[FileResult], out: TextIO, context: Context) -> None:
    root = ET.Element("testsuites", name="juesuan-check")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for result in results:
        suite = _suite(result, context)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
