"""The ``auditor`` command: ``check``, ``rules``, ``explain``.

Exit codes, as ruff: 0 clean, 1 findings at or above ``--fail-on``, 2 a usage error or a file
that could not be read (``--exit-zero`` never hides a 2).
"""

from __future__ import annotations

import argparse
import sys
from functools import partial

from . import __version__
from .config import Config
from .engine import FileResult, RuleCrash, lint_source
from .findings import Severity
from .loading import InputError, iter_files, read_text_file
from .parallel import map_ordered, parse_jobs, workers_for
from .registry import all_rules, get_rule, unknown_selectors

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A bad command line; reported in one line, exit 2."""


def _codes(value: str) -> list[str]:
    return [part.strip().upper() for part in value.split(",") if part.strip()]


def _jobs(value: str) -> int:
    try:
        return parse_jobs(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    from .reporters import FORMATS

    parser = argparse.ArgumentParser(
        prog="auditor",
        description="Consistency and numeric-audit linter for Chinese official documents (公文).",
    )
    parser.add_argument("--version", action="version", version=f"auditor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="lint files and folders")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - reads standard input")
    check.add_argument("--select", type=_codes, default=[], help="rules to run: codes or prefixes, comma-separated (default ALL)")
    check.add_argument("--extend-select", type=_codes, default=[], help="rules to add to the selection")
    check.add_argument("--ignore", type=_codes, default=[], help="rules to leave out: codes or prefixes")
    check.add_argument("--fail-on", choices=["error", "warning", "info"], default=None, help="lowest severity that fails the run (default warning)")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("--format", choices=sorted(FORMATS), default="full", help="output format (default full)")
    check.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")
    check.add_argument("--statistics", action="store_true", help="print the number of findings per rule")
    check.add_argument("--stdin-filename", default=None, help="the name to report for text read from standard input")
    check.add_argument("--jobs", "-j", type=_jobs, default="auto", help="processes to lint with: a number or auto (default auto, one per CPU)")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    check.add_argument("--cache-dir", default=None, help="the result cache folder (default $AUDITOR_CACHE_DIR or .auditor_cache)")

    commands.add_parser("rules", help="list every rule with its code, name and default severity")

    explain = commands.add_parser("explain", help="show a rule's documentation and examples")
    explain.add_argument("code", help="a rule code, e.g. NUM001")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_ERROR if exit_.code not in (0, None) else EXIT_CLEAN
    try:
        if args.command == "check":
            return command_check(args)
        if args.command == "rules":
            return command_rules()
        if args.command == "explain":
            return command_explain(args.code)
    except UsageError as error:
        print(f"auditor: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("auditor: interrupted", file=sys.stderr)
        return 130
    parser.print_help(sys.stderr)
    return EXIT_ERROR


def command_rules() -> int:
    for rule in all_rules():
        print(f"{rule.code}  {rule.name:<24} {str(rule.severity):<8} {rule.summary}")
    return EXIT_CLEAN


def command_explain(code: str) -> int:
    rule = get_rule(code)
    if rule is None:
        raise UsageError(f"unknown rule {code!r}; `auditor rules` lists them")
    print(f"{rule.code} {rule.name} (default severity: {rule.severity})\n")
    print(rule.doc)
    return EXIT_CLEAN


def make_config(args) -> Config:
    unknown = unknown_selectors([*args.select, *args.extend_select, *args.ignore])
    if unknown:
        raise UsageError(f"unknown rule code or prefix: {', '.join(unknown)}")
    fail_on = Severity.parse(args.fail_on) if args.fail_on else Severity.WARNING
    return Config(select=tuple(args.select), ignore=tuple(args.ignore), extend_select=tuple(args.extend_select), fail_on=fail_on)


def command_check(args) -> int:
    from .reporters import Report, render

    if not args.paths:
        raise UsageError("no paths given (use - for standard input)")
    config = make_config(args)
    paths = list(iter_files(args.paths))
    check = partial(check_one, config=config, stdin_filename=args.stdin_filename, cache=_open_cache(args, config))
    results: list[FileResult] = []
    texts: dict[str, str] = {}
    for result, text, messages in map_ordered(check, paths, workers_for(paths, args.jobs)):
        for message in messages:
            print(message, file=sys.stderr)
        results.append(result)
        if text is not None:
            texts[result.path] = text
    report = Report(results, config.rules(), texts)
    _write_report(args, report, render)
    return _exit_code(args, config, report)


def check_one(path: str, config: Config, stdin_filename: str | None = None, cache=None):
    """Read and lint one file (in a worker process with ``--jobs``): its result, its text when it has
    findings to show, and the notes for standard error."""
    display = (stdin_filename or "<stdin>") if path == "-" else path
    try:
        text = _read_stdin() if path == "-" else read_text_file(path)
    except InputError as error:
        return FileResult(display, error=str(error)), None, [f"auditor: error: {error}"]
    messages = [] if text.strip() else [f"auditor: note: {display}: empty file, nothing to check"]
    key = cache.key(text) if cache else None
    result = cache.load(key, display) if cache else None
    if result is None:
        try:
            result = lint_source(text, display, config)
        except RuleCrash as crash:
            return FileResult(display, error=str(crash)), None, [*messages, f"auditor: error: {crash}"]
        if cache:
            cache.store(key, result)
    return result, (text if result.findings else None), messages


def _open_cache(args, config: Config):
    if args.no_cache:
        return None
    from .cache import Cache

    return Cache.open(args.cache_dir, config.fingerprint())


def _write_report(args, report, render) -> None:
    stream = sys.stdout
    if args.quiet and args.format == "full":
        from .reporters.concise import line_of

        for finding in report.findings:
            stream.write(line_of(finding) + "\n")
    else:
        render(args.format, report, stream)
    if args.statistics:
        out = sys.stderr if args.format == "json" else stream
        for code, name, count in report.counts_by_rule():
            out.write(f"{count}\t{code}\t{name}\n")
    stream.flush()


def _exit_code(args, config: Config, report) -> int:
    if any(r.error for r in report.results):
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_CLEAN
    failing = [f for f in report.findings if f.severity >= config.fail_on]
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def _read_stdin() -> str:
    from .loading import decode

    return decode(sys.stdin.buffer.read(), "<stdin>")
