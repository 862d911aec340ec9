"""What the command line needs around click: its messages in the user's language, and a run that never
ends in a traceback or in an exit code that means something else.

Exit codes: 0 clean, 1 findings at the failing level, 2 a usage error or input that cannot be read, 3 an
internal error (a defect of the tool: one line saying how to report it, the traceback with ``--verbose`` or
JUESUAN_DEBUG=1), 130 interrupted. A CI reads 1 as "the report has findings", so nothing else may exit 1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any, Optional

import click

from juesuan_check.words import WORDS, say

INTERNAL_ERROR = 3
INTERRUPTED = 130
ISSUES_URL = "https://github.com/juesuan-check/juesuan-check/issues"
_CLICK_MODULES = ("core", "exceptions", "parser", "types", "formatting", "decorators")
_verbose = False


def lang_of(args: Sequence[str]) -> str:
    """The language the command line asks for (``--lang en``), before click has parsed it: zh by default."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return "en" if args[index + 1] == "en" else "zh"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "zh"
    return "zh"


def speak(lang: str) -> None:
    """Make click's own messages (usage errors, help headings) speak ``lang``.

    click asks gettext for each message by its English text; the words under ``click.*`` give the Chinese for
    those texts. A message click adds in a later version and that is not listed stays English.
    """
    import importlib

    chinese = {en: zh for key, (zh, en) in WORDS.items() if key.startswith("click.")}

    def gettext(message: str) -> str:
        return chinese.get(message, message) if lang == "zh" else message

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


def set_verbose(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    global _verbose
    _verbose = _verbose or bool(value)


def verbose_option(function: Any) -> Any:
    return click.option(
        "--verbose",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=set_verbose,
        help="内部错误时显示错误追踪 (show the traceback of an internal error).",
    )(function)


class Group(click.Group):
    """The ``juesuan`` group: click's usage errors in the user's language, and every way a run can end mapped
    to its exit code."""

    def main(self, args: Optional[Sequence[str]] = None, prog_name: Optional[str] = None, **extra: Any) -> Any:
        from juesuan_check.reporters.streams import tolerate_console_encoding

        global _verbose
        _verbose = False  # until this invocation's --verbose says otherwise
        arguments = list(sys.argv[1:] if args is None else args)
        lang = lang_of(arguments)
        speak(lang)
        tolerate_console_encoding(sys.stdout, sys.stderr)
        extra.pop("standalone_mode", None)
        try:
            code = super().main(arguments, prog_name, standalone_mode=False, **extra)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except (click.Abort, KeyboardInterrupt, EOFError):
            click.echo(say("cli.interrupted", lang), err=True)
            sys.exit(INTERRUPTED)
        except Exception as exc:  # noqa: BLE001 - the last line of defence: a defect of the tool
            internal_error(exc, lang)
        if isinstance(code, int) and code:  # click's own exit (ctx.exit) with a code
            sys.exit(code)
        return code


def internal_error(exc: BaseException, lang: str) -> None:
    """One line on standard error, the traceback only when asked for, and exit code 3."""
    if _verbose or os.environ.get("JUESUAN_DEBUG"):
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    error = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    click.echo(say("cli.internal", lang, {"error": error, "url": ISSUES_URL}), err=True)
    sys.exit(INTERNAL_ERROR)
