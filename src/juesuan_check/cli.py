"""The command line. It only wires the stages together; every heavy import happens inside the command
that needs it, so that ``juesuan --help`` stays fast."""

from __future__ import annotations

import sys
from typing import Optional

import click

from juesuan_check.reporters import FORMAT_NAMES
from juesuan_check.shell import Group, lang_of, speak, verbose_option

speak(lang_of(sys.argv[1:]))  # before the options below are made: click names their types as they are made

LANG = click.Choice(["zh", "en"])
EXIT_CODES = """\b
退出码 Exit codes:
  0  没有达到失败级别的发现 (no finding at the failing level)
  1  有达到失败级别的发现 (findings at the failing level)
  2  用法错误或文件无法读取 (usage error or unreadable input)
  3  内部错误，请报告 (internal error of the tool; please report it)"""


@click.group(
    cls=Group, epilog=EXIT_CODES, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(message="juesuan-check %(version)s", package_name="juesuan-check")
@verbose_option
def main() -> None:
    """juesuan：部门决算公开报告发布前检查。

    Checks a department's final-accounts disclosure (部门决算公开), recorded as YAML, before it is
    published: totals, shares, changes on last year, budget completion, years and unit names.

    \b
    常用 Typical use:
      juesuan check reports/2018.yaml
      juesuan check reports/ --format json -o findings.json
      juesuan explain SHR001
    """


LEVELS = click.Choice(["error", "warning", "info"])


def _no_cache(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``--no-cache``: parse the rule files afresh, for this command only."""
    import os

    if value and not os.environ.get("JUESUAN_NO_CACHE"):
        os.environ["JUESUAN_NO_CACHE"] = "1"
        ctx.call_on_close(lambda: os.environ.pop("JUESUAN_NO_CACHE", None))


def _common_options(function):  # type: ignore[no-untyped-def]
    """The options every command that checks takes: --no-cache and --verbose."""
    function = click.option(
        "--no-cache",
        is_flag=True,
        expose_value=False,
        callback=_no_cache,
        help="不使用规则缓存 (parse the rule files afresh).",
    )(function)
    return verbose_option(function)


def _gate_options(format_help: str, fail_help: str):  # type: ignore[no-untyped-def]
    """The options `check` and `diff` share: output format and file, language, gate, settings file."""
    options = [
        click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), help=format_help),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False),
            help="写入文件（UTF-8，目录不存在时创建）而非标准输出 (write to FILE, UTF-8).",
        ),
        click.option("--lang", type=LANG, help="消息语言，默认 zh (message language)."),
        click.option("--fail-on", type=LEVELS, help=fail_help),
        click.option("--exit-zero", is_flag=True, default=None, help="有发现也以 0 退出 (exit 0 even with findings)."),
        click.option(
            "--config",
            type=click.Path(dir_okay=False),
            help="设置文件（任意文件名；顶层键或 [tool.juesuan]），默认向上查找 juesuan.toml 或 pyproject.toml "
            "(settings file of any name).",
        ),
        click.option("--isolated", is_flag=True, help="不读取设置文件 (ignore settings files)."),
    ]

    def apply(function):  # type: ignore[no-untyped-def]
        for option in reversed(options):
            function = option(function)
        return _common_options(function)

    return apply


def _format_name(chosen: Optional[str]) -> str:
    """The chosen format; without one, annotations under GitHub Actions and text elsewhere."""
    import os

    return chosen or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select A,B --select C`` → (A, B, C), upper-cased."""
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


@main.command(epilog=EXIT_CODES)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@_gate_options(
    "输出格式，默认 text（GitHub Actions 中默认 github） (output format; github under GitHub Actions).",
    "达到此级别的未说明发现使退出码为 1，默认 error (severity that fails the run).",
)
@click.option(
    "--select", multiple=True, help="只运行这些规则（取代设置中的）：代码或族前缀，逗号分隔 (only these rules)."
)
@click.option("--extend-select", multiple=True, help="在设置的选择之外再运行这些规则 (add to the selection).")
@click.option(
    "--ignore",
    "--extend-ignore",
    "ignore",
    multiple=True,
    help="另外不运行这些规则，加在设置的 ignore 之上 (skip these too, on top of the settings).",
)
@click.option(
    "--severity",
    "severities",
    multiple=True,
    metavar="CODE=LEVEL",
    help="改变规则级别，如 BUD002=error (override a rule's severity).",
)
@click.option(
    "--exclude",
    multiple=True,
    help="检查目录时跳过的路径（.gitignore 写法），加在设置的 exclude 之上 (paths a folder check skips).",
)
@click.option("--list-files", is_flag=True, help="只列出将要检查的文件 (list the files that would be checked).")
@click.option("--statistics", is_flag=True, help="按规则统计发现数 (count findings per rule).")
@click.option("--show-explained", is_flag=True, help="列出已说明的发现，默认只计数 (print explained findings in full).")
@click.option("-q", "--quiet", is_flag=True, help="只输出未通过的内容 (print only what fails).")
@click.option(
    "--show-source", is_flag=True, help="在每个发现下显示报告文件的相应行 (show the report's lines under each finding)."
)
@click.option(
    "--profile", help="按此模板检查完整性，默认按报告年度选择 (template profile; default: by the report's year)."
)
@click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(file_okay=False, exists=True),
    help="另加规则目录（*.yaml、profiles/、classification/） (extra rule folder, repeatable).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="并行检查的进程数，0 为全部 CPU (processes checking files in parallel; 0: all cores).",
)
def check(
    files: tuple[str, ...],
    fmt: Optional[str],
    output: Optional[str],
    lang: Optional[str],
    fail_on: Optional[str],
    exit_zero: Optional[bool],
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    severities: tuple[str, ...],
    exclude: tuple[str, ...],
    list_files: bool,
    statistics: bool,
    show_source: bool,
    show_explained: bool,
    quiet: bool,
    profile: Optional[str],
    rule_dirs: tuple[str, ...],
    config: Optional[str],
    isolated: bool,
    jobs: int,
) -> None:
    """检查报告文件（YAML）。Check report files; a folder means the report files in it, - reads stdin.

    A folder is searched for .yaml and .yml files, skipping hidden folders, virtual environments, build
    output, what .gitignore files ignore and the paths the exclude setting names.
    """
    import os
    from dataclasses import replace

    from juesuan_check.findings import Tally
    from juesuan_check.report.problems import InputError
    from juesuan_check.reporters import FORMATS, reporter
    from juesuan_check.reporters.context import Context
    from juesuan_check.reporters.progress import progress
    from juesuan_check.reporters.streams import output as open_output
    from juesuan_check.runner import gate, prepare, results
    from juesuan_check.words import say

    overrides = {
        "format": fmt,
        "lang": lang,
        "fail-on": fail_on,
        "exit-zero": exit_zero,
        "profile": profile,
        "select": _codes(select),
        "extend-select": _codes(extend_select),
        "ignore": _codes(ignore),
        "severity": _severity_pairs(severities, lang or "zh"),
        "exclude": exclude,
        "rules": tuple(os.path.abspath(d) for d in rule_dirs),
    }
    try:
        run = prepare(list(files), overrides, config, isolated)
    except InputError as exc:
        _fail([p.render(lang or "zh") for p in exc.problems])
    settings = run.settings
    paths = run.files(files)
    if not paths:
        _fail([say("cli.no_files", settings.lang)])
    if list_files:
        for path in paths:
            click.echo(path)
        return
    name = _format_name(settings.format)
    run = replace(run, source=show_source or FORMATS[name].source)
    context = Context(settings.lang, run.catalogue, Tally(gate(settings)), show_explained=show_explained, quiet=quiet)
    echo_problems = bool(output) or not _same_destination(sys.stdout, sys.stderr)
    try:
        with progress(len(paths), enabled=not quiet) as advance:
            checked = results(paths, run, jobs or os.cpu_count() or 1)
            stream = context.tally.watch(_passing(checked, settings.lang, echo_problems, advance))
            with open_output(output, FORMATS[name].fallback) as handle:
                reporter(name)(stream, handle, context)
    except InputError as exc:
        _fail([p.render(settings.lang) for p in exc.problems])
    if statistics:
        target = sys.stdout if name == "text" and not output else sys.stderr
        _statistics(context.tally, settings.lang, target)
    sys.exit(context.tally.exit_code)


def _passing(results, lang: str, echo_problems: bool, advance):  # type: ignore[no-untyped-def]
    """The results as they pass: each unreadable file's problems echoed to standard error (unless the report
    itself goes to the same place, so that they are printed once), the progress bar moved on."""
    for result in results:
        if echo_problems:
            for problem in result.problems:
                click.echo(problem.render(lang), err=True)
        advance()
        yield result


def _same_destination(first, second) -> bool:  # type: ignore[no-untyped-def]
    """Whether two streams end in the same terminal or file (``2>&1``, or both on one console)."""
    import os

    try:
        if first.isatty() and second.isatty():
            return True
        one, two = os.fstat(first.fileno()), os.fstat(second.fileno())
    except (AttributeError, OSError, ValueError):
        return False
    return one.st_ino != 0 and (one.st_dev, one.st_ino) == (two.st_dev, two.st_ino)


def _statistics(tally, lang: str, target) -> None:  # type: ignore[no-untyped-def]
    """Findings per rule, most frequent first, under a header in the user's language."""
    from juesuan_check.reporters.layout import cells
    from juesuan_check.words import say

    rows = tally.statistics()
    if not rows:
        return
    count, code, name = (say(f"stats.{column}", lang) for column in ("count", "code", "name"))
    click.echo(f"{' ' * (6 - cells(count))}{count}  {code}{' ' * (6 - cells(code))}  {name}", file=target)
    for rule_code, rule_name, number in rows:
        click.echo(f"{number:>6}  {rule_code}  {rule_name}", file=target)


def _severity_pairs(values: tuple[str, ...], lang: str) -> dict[str, str]:
    from juesuan_check.words import say

    pairs = {}
    for value in values:
        code, sep, level = value.partition("=")
        if not sep or level.strip() not in ("error", "warning", "info"):
            raise click.BadParameter(say("cli.severity_pair", lang, {"value": value}), param_hint="--severity")
        pairs[code.strip().upper()] = level.strip()
    return pairs


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="markdown 输出 README 中的规则表 (markdown prints README's rule table).",
)
@click.option("--lang", type=LANG, default="zh", show_default=True)
@_common_options
def rules(fmt: str, lang: str) -> None:
    """列出全部规则。List every rule with its code, severity and title."""
    from juesuan_check.reporters.docs import readme_table, rules_json, rules_table
    from juesuan_check.reporters.streams import output

    catalogue = _catalogue(lang)
    with output(None, "json" if fmt == "json" else "text") as handle:
        if fmt == "json":
            handle.write(rules_json(catalogue, lang) + "\n")
        elif fmt == "markdown":
            handle.write(readme_table(catalogue) + "\n")
        else:
            rules_table(catalogue, lang, handle)


@main.command()
@click.argument("code")
@click.option("--lang", type=LANG, default="zh", show_default=True)
@_common_options
def explain(code: str, lang: str) -> None:
    """解释一条规则及其正反示例。Explain a rule, with its passing and failing example."""
    from juesuan_check.reporters.docs import explain_rule
    from juesuan_check.reporters.streams import output

    catalogue = _catalogue(lang)
    rule = catalogue.get(code.upper())
    if rule is None:
        from juesuan_check.words import say

        _fail([say("cli.no_rule", lang, {"code": code})])
    with output(None) as handle:
        explain_rule(rule, catalogue, lang, handle)


@main.command(epilog=EXIT_CODES)
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@click.option("--all", "show_all", is_flag=True, help="列出全部项目，包括没有变化的 (show unchanged rows too).")
@_gate_options(
    "text 和 json 输出比较表；其他格式输出跨年度发现 (text/json: the table; others: the findings).",
    "达到此级别的跨年度发现使退出码为 1，默认 error (severity that fails the run).",
)
def diff(
    old: str,
    new: str,
    show_all: bool,
    fmt: Optional[str],
    output: Optional[str],
    lang: Optional[str],
    fail_on: Optional[str],
    exit_zero: Optional[bool],
    config: Optional[str],
    isolated: bool,
) -> None:
    """比较两份报告：上年与本年，或草稿与修改稿。Compare two reports, item by item.

    OLD and NEW are report files or published documents (.txt, .docx, text .pdf, .xlsx, .html), as for check. When OLD
    is the previous year's report, every 与上年相比 of NEW is checked against OLD's own figures and NEW's
    opening balance against OLD's closing balance.
    """
    from juesuan_check.checks.comparison import compare
    from juesuan_check.findings import FileResult, Source, Tally
    from juesuan_check.report.problems import InputError
    from juesuan_check.reporters import FORMATS, diff_reporter, reporter
    from juesuan_check.reporters.context import Context
    from juesuan_check.reporters.streams import output as open_output
    from juesuan_check.runner import gate, load_report, prepare

    overrides = {"format": fmt, "lang": lang, "fail-on": fail_on, "exit-zero": exit_zero}
    problems = []
    try:
        run = prepare([new], overrides, config, isolated)
    except InputError as exc:
        _fail([p.render(lang or "zh") for p in exc.problems])
    settings = run.settings
    sides = []
    for path in (old, new):
        try:
            sides.append(load_report(path))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        _fail([p.render(settings.lang) for p in problems])
    comparison = compare(sides[0], sides[1], run.catalogue, settings.lang)
    context = Context(settings.lang, run.catalogue, Tally(gate(settings)))
    name = _format_name(settings.format)
    (report, doc) = sides[1]
    source = Source.of(doc.text, comparison.findings) if FORMATS[name].source else None
    result = FileResult.of(doc.file, comparison.findings, report.unit, report.year, source=source)
    stream = context.tally.watch([result])
    write_comparison = diff_reporter(name)
    try:
        with open_output(output, FORMATS[name].fallback) as handle:
            if write_comparison is not None:
                list(stream)
                write_comparison(comparison, handle, context, show_all)
            else:  # the CI formats report the cross-year findings
                reporter(name)(stream, handle, context)
    except InputError as exc:
        _fail([p.render(settings.lang) for p in exc.problems])
    sys.exit(context.tally.exit_code)


@main.command()
@click.argument("document", metavar="DOC")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="写入文件而非标准输出 (write the draft to FILE).")
@click.option("--force", is_flag=True, help="覆盖已有的输出文件 (overwrite an existing output file).")
@click.option("--lang", type=LANG, default="zh", show_default=True, help="消息语言 (message language).")
@verbose_option
def extract(document: str, output: Optional[str], force: bool, lang: str) -> None:
    """从公开文档提取报告草稿（YAML）。Draft the report file from a document (.txt, .docx, text .pdf, .xlsx,
    .xls, .html).

    Every value carries its place in the document as a comment; every sentence with a number that was
    not understood is listed at the end of the draft and on standard error, and so is each table found:
    read (rows × columns, pages) or not read (why). Review the draft, then check it.
    An existing output file is kept unless --force is given: it may hold a reviewed report.
    """
    import os

    from juesuan_check.extract import extract as run_extract
    from juesuan_check.report.problems import InputError
    from juesuan_check.reporters.streams import output as open_output
    from juesuan_check.words import say

    if output and os.path.exists(output) and not force:
        _fail([f"{output}: {say('extract.exists', lang)}"])
    try:
        extraction = run_extract(document)
        with open_output(output) as handle:
            handle.write(extraction.written.text)
    except InputError as exc:
        _fail([p.render(lang) for p in exc.problems])
    for paragraph, sentence in extraction.unread:
        click.echo(
            f"{document}:{paragraph.line}: {say('extract.unread', lang, {'place': paragraph.place})}{sentence}",
            err=True,
        )
    read, total = extraction.written.coverage
    if extraction.unread:
        click.echo(
            say("extract.summary", lang, {"count": len(extraction.unread), "read": read, "total": total}), err=True
        )
    elif total:
        click.echo(say("extract.coverage", lang, {"total": total}), err=True)
    for line in coverage_lines(extraction.tables, lang):
        click.echo(f"{document}: {line}", err=True)


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="写入文件（目录不存在时创建） (write to FILE).")
@verbose_option
def schema(output: Optional[str]) -> None:
    """输出报告文件的 JSON Schema，供编辑器补全和校验。Print the JSON Schema of the report file."""
    from juesuan_check.report.problems import InputError
    from juesuan_check.report.schema import schema_text
    from juesuan_check.reporters.streams import output as open_output

    try:
        with open_output(output, "json") as handle:
            handle.write(schema_text())
    except InputError as exc:
        _fail([p.render("zh") for p in exc.problems])


def coverage_lines(tables: list[dict], lang: str) -> list[str]:
    """Each table found in a document: read (rows × columns, pages) or not (why)."""
    from juesuan_check.words import say

    lines = []
    for entry in tables:
        pages = entry.get("pages")
        if pages:
            where = say(
                "extract.page" if pages[0] == pages[1] else "extract.pages", lang, {"first": pages[0], "last": pages[1]}
            )
        else:
            where = entry["place"]
        if entry["read"]:
            lines.append(say("extract.table", lang, {**entry, "where": where}))
        else:
            reason = say(entry["reason"][0], lang, entry["reason"][1])
            lines.append(say("extract.table_unread", lang, {"table": entry["table"], "where": where, "reason": reason}))
    return lines


def _catalogue(lang: str, rule_dirs: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from juesuan_check.checks.loading import load_catalogue
    from juesuan_check.report.problems import InputError

    try:
        return load_catalogue([Path(d) for d in rule_dirs])
    except InputError as exc:
        _fail([p.render(lang) for p in exc.problems])


def _fail(lines: list[str]) -> None:
    for line in lines:
        click.echo(line, err=True)
    sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
