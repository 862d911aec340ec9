"""The command line. It only wires the stages together; every heavy import happens inside the command
that needs it, so that ``juesuan --help`` stays fast."""

from __future__ import annotations

import sys
from typing import Optional

import click

LANG = click.Choice(["zh", "en"])
EXIT_CODES = """\b
退出码 Exit codes:
  0  没有达到失败级别的发现 (no finding at the failing level)
  1  有达到失败级别的发现 (findings at the failing level)
  2  用法错误或文件无法读取 (usage error or unreadable input)"""


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(message="juesuan-check %(version)s", package_name="juesuan-check")
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


@main.command(epilog=EXIT_CODES)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="输出格式 Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="写入文件而非标准输出 Write to FILE.")
@click.option("--lang", type=LANG, default="zh", show_default=True, help="消息语言 Message language.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="达到此级别的未说明发现使退出码为 1 (severity that fails the run).")
@click.option("--profile", help="按此模板检查完整性，默认按报告年度选择 (template profile; default: by the report's year).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False, exists=True),
              help="另加规则目录（*.yaml、profiles/、classification/） (extra rule folder, repeatable).")
def check(
    files: tuple[str, ...], fmt: str, output: Optional[str], lang: str, fail_on: str, profile: Optional[str],
    rule_dirs: tuple[str, ...],
) -> None:
    """检查报告文件（YAML）。Check report files; a folder means every .yaml file in it, - reads stdin."""
    from .findings import Severity
    from .messages import render, text
    from .reporters import reporter
    from .runner import Options, check_file, exit_code, expand

    catalogue = _catalogue(lang, rule_dirs)
    if profile is not None and profile not in catalogue.profiles:
        known = "、".join(sorted(catalogue.profiles))
        _fail([text("profile.unknown", lang, {"name": profile, "known": known})])
    options = Options(lang=lang, fail_on=Severity(fail_on), profile=profile)
    paths = list(expand(files))
    if not paths:
        _fail(["没有找到 .yaml 报告文件" if lang == "zh" else "no .yaml report files found"])
    results = [check_file(path, catalogue, options) for path in paths]
    for result in results:
        for problem in result.problems:
            click.echo(render(problem, lang), err=True)
    write = reporter(fmt)
    if output:
        with open(output, "w", encoding="utf-8") as handle:
            write(results, handle, lang)
    else:
        write(results, sys.stdout, lang)
    sys.exit(exit_code(results, options.fail_on))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="markdown 输出 README 中的规则表 (markdown prints README's rule table).")
@click.option("--lang", type=LANG, default="zh", show_default=True)
def rules(fmt: str, lang: str) -> None:
    """列出全部规则。List every rule with its code, severity and title."""
    from .docs import readme_table, rules_json, rules_table

    catalogue = _catalogue(lang)
    if fmt == "json":
        click.echo(rules_json(catalogue, lang))
    elif fmt == "markdown":
        click.echo(readme_table(catalogue))
    else:
        rules_table(catalogue, lang, sys.stdout)


@main.command()
@click.argument("code")
@click.option("--lang", type=LANG, default="zh", show_default=True)
def explain(code: str, lang: str) -> None:
    """解释一条规则及其正反示例。Explain a rule, with its passing and failing example."""
    from .docs import explain_rule

    catalogue = _catalogue(lang)
    rule = catalogue.get(code.upper())
    if rule is None:
        _fail([f"没有规则 {code}（juesuan rules 列出全部规则）" if lang == "zh"
               else f"no rule {code} (juesuan rules lists them all)"])
    explain_rule(rule, catalogue, lang, sys.stdout)


def _catalogue(lang: str, rule_dirs: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from .catalogue import load_catalogue
    from .messages import render
    from .problems import InputError

    try:
        return load_catalogue([Path(d) for d in rule_dirs])
    except InputError as exc:
        _fail([render(p, lang) for p in exc.problems])


def _fail(lines: list[str]) -> None:
    for line in lines:
        click.echo(line, err=True)
    sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
