"""Where output goes: a file that ``-o`` names (UTF-8, its folder made when missing) or standard output,
in whatever encoding the console or redirect has.

A Chinese Windows console or a redirect there encodes as GBK, which lacks characters the outputs use (›, −,
↳). Nothing may crash on that: text falls back to the nearest ASCII (› → >), JSON to its own escapes
(\\u203a) and XML to character references, so that what a machine reads is unchanged. A reader that stops
early (``juesuan check … | head``) ends the output, not the run: the rest is checked unprinted and the exit
code is the run's own.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
import unicodedata
from collections.abc import Iterator
from typing import Any, Optional, TextIO

# The outputs' own characters that GBK and other legacy encodings may lack, by their ASCII stand-ins.
_ASCII = {
    "›": ">",
    "‹": "<",
    "−": "-",
    "–": "-",
    "—": "--",
    "↳": "->",
    "→": "->",
    "←": "<-",
    "≠": "!=",
    "≤": "<=",
    "≥": ">=",
    "÷": "/",
    "×": "x",
    "·": ".",
    "…": "...",
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "✓": "v",
    "✗": "x",
}


def _ascii(char: str) -> str:
    if char in _ASCII:
        return _ASCII[char]
    folded = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
    return folded or "?"


def _text_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    return "".join(_ascii(ch) for ch in error.object[error.start : error.end]), error.end


def _json_fallback(error: UnicodeError) -> tuple[str, int]:
    """JSON's escape, with a surrogate pair above U+FFFF (which backslashreplace would write as \\U…)."""
    assert isinstance(error, UnicodeEncodeError)
    escaped = []
    for char in error.object[error.start : error.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            escaped.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{code:04x}")
    return "".join(escaped), error.end


codecs.register_error("juesuan-text", _text_fallback)
codecs.register_error("juesuan-json", _json_fallback)
FALLBACKS = {"text": "juesuan-text", "json": "juesuan-json", "xml": "xmlcharrefreplace"}


def encodes_everything(stream: Any) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name in ("utf-8", "utf-16", "utf-32", "gb18030")
    except LookupError:
        return False


def tolerate_console_encoding(*streams: Any) -> None:
    """Let each stream whose encoding cannot write every character fall back instead of raising."""
    for stream in streams:
        if not encodes_everything(stream) and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors=FALLBACKS["text"])


class Output:
    """A text stream that stops writing, silently, once its reader has gone (a closed pipe)."""

    def __init__(self, stream: TextIO):
        self._stream = stream
        self.closed_by_reader = False

    def write(self, text: str) -> int:
        if not self.closed_by_reader:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.closed_by_reader:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        self.closed_by_reader = True
        # What is still buffered would raise again when Python flushes at exit: send it nowhere.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def output(path: Optional[str], fallback: str = "text") -> Iterator[TextIO]:
    """The file ``path`` (UTF-8; its folder is made, as ruff does), or standard output in its own
    encoding with the ``fallback`` (text, json or xml) for characters that encoding lacks."""
    if path:
        try:
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
            handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by the with below
        except OSError as exc:
            from juesuan_check.report.problems import InputError, Problem  # imported here: --help stays light

            raise InputError([Problem(path, None, None, "output.unwritable", {"reason": exc.strerror})]) from None
        with handle:
            yield handle
        return
    stream = sys.stdout
    if not encodes_everything(stream) and hasattr(stream, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):
            stream.reconfigure(errors=FALLBACKS[fallback])
    wrapped = Output(stream)
    yield wrapped  # type: ignore[misc]
    wrapped.flush()
