"""The default terminal format: each finding with its source line and the span underlined.

Chinese paragraphs are often one very long line, so the line is cut to a window around the span;
the underline is padded by display width (a CJK character takes two cells). Colour only on a TTY.
Control characters in paths, messages and source lines are escaped (``\x1b``): text from a
document never reaches the terminal as an escape sequence.

Colour goes through rich, imported only when the output is a terminal (rich's own test, which
FORCE_COLOR and TTY_COMPATIBLE override); to a pipe or a file the same text is written plainly,
byte for byte what rich writes there (importing rich cost a sixth of a run on one document).
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata

from ..loading import printable
from ..messages import RelatedLine, Summary, by_severity

WINDOW = 24  # characters shown on each side of the span
_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def cell_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def excerpt(line: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of ``line`` around [start, end) (0-based), with the span's offsets inside it."""
    left = max(0, start - WINDOW)
    right = min(len(line), max(end, start + 1) + WINDOW)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    shown = prefix + line[left:right].replace("\t", " ") + suffix
    return shown, start - left + len(prefix), min(end, right) - left + len(prefix)


class _Text:
    """rich's ``Text`` where nothing is coloured: the text alone."""

    def __init__(self, text: str = "", style: str | None = None) -> None:
        self.parts = [text]

    def append(self, text: str, style: str | None = None) -> None:
        self.parts.append(text)

    def __str__(self) -> str:
        return "".join(self.parts)


class _Console:
    """rich's ``Console`` where nothing is coloured: each print written and flushed at once, as rich does."""

    def __init__(self, stream) -> None:
        self.stream = stream

    def print(self, block) -> None:
        self.stream.write(f"{block}\n")
        self.stream.flush()


def colours(stream) -> bool:
    """Whether rich would colour ``stream`` (its ``Console.is_terminal``), or may: under IDLE or
    Jupyter, where rich has rules of its own, rich decides."""
    if "idlelib" in sys.modules or "ipykernel" in sys.modules or "IPython" in sys.modules:
        return True
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    force_color = os.environ.get("FORCE_COLOR")
    if force_color is not None:
        return force_color != ""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty is not None and isatty())
    except ValueError:
        return False


def render(report, stream) -> None:
    if colours(stream):
        from rich.console import Console
        from rich.text import Text

        console = Console(file=stream, highlight=False, soft_wrap=True, emoji=False, markup=False)
    else:
        console, Text = _Console(stream), _Text
    lang = getattr(report, "lang", "zh")
    lines_of: dict[str, list[str]] = {}  # each file split into lines once, not once per finding
    for finding in report.findings:
        severity = str(finding.severity)
        block = Text()  # one print per finding: each print costs rich a look at the terminal
        block.append(f"{printable(finding.path)}:{finding.line}:{finding.column}: ", style="bold")
        block.append(f"{finding.rule} ", style=_STYLE[severity])
        block.append(f"[{severity}] {printable(finding.message)}\n")
        source = report.texts.get(finding.path)
        if source is not None:
            if finding.path not in lines_of:
                lines_of[finding.path] = re.split(r"\r\n|\r|\n", source)  # as the text model counts lines
            _append_source(block, lines_of[finding.path], finding)
        for related in finding.related:
            where = f"{printable(related.path)}:{related.line}:{related.column}"
            block.append(f"    {RelatedLine(where, printable(related.message)).render(lang)}\n", style="dim")
        console.print(block)
    if not getattr(report, "quiet", False):
        _print_summary(console, report, Text)


def _append_source(block, lines: list[str], finding) -> None:
    if not 0 < finding.line <= len(lines):
        return
    line = lines[finding.line - 1]
    end = finding.end_column - 1 if finding.end_line == finding.line else len(line)
    shown, start, stop = excerpt(line, finding.column - 1, end)
    # Control characters of the document (ESC, OSC …) are shown escaped; the underline follows them.
    before, span, after = printable(shown[:start]), printable(shown[start:stop]), printable(shown[stop:])
    shown, start, stop = before + span + after, len(before), len(before) + len(span)
    gutter = f"{finding.line:>5} | "
    block.append(gutter, style="dim")
    block.append(shown + "\n")
    block.append(" " * (len(gutter) - 2) + "| ", style="dim")
    block.append(" " * cell_width(shown[:start]) + "^" * max(1, cell_width(shown[start:stop])) + "\n", style=_STYLE[str(finding.severity)])


def _print_summary(console, report, Text) -> None:
    summary = report.summary()
    for code, name, count in report.counts_by_rule():
        console.print(f"{count:>5}  {code}  {name}")
    lang = getattr(report, "lang", "zh")
    line = Summary(summary["findings"], summary["files"], by_severity(summary["by_severity"], lang),
                   summary["figures_read"], summary["relations_checked"])
    console.print(Text(line.render(lang), style="bold"))
