"""The ``auditor`` command: ``check``, ``rules``, ``explain``.

Exit codes, as ruff: 0 clean, 1 findings at or above ``--fail-on``, 2 a usage error or a file
that could not be read (``--exit-zero`` never hides a 2).
"""

from __future__ import annotations

import os
import sys
from functools import partial

from . import __version__
from .config import Config
from .engine import FileResult, RuleCrash, lint_source
from .formats import InputError as BlockInputError
from .policy import settle
from .baseline import BaselineError
from .configfile import ConfigError
from .guards import LimitExceeded, in_finaliser
from .messages import (BaselineHid, BaselineWritten, EmptyFile, EmptyFolder, ExplainHeading, Interrupted, NoPaths,
                       TwoLanguageError, UnknownRule, error_text, lang_from_environment, parse_lang, relation_words,
                       rule_doc, rule_summary)
from .messages import text as _text  # ``text`` is a document's text in this module
from .loading import InputError, display_name, printable, read_stdin, read_text_file, require_regular_file
from .parallel import map_ordered, parse_jobs, warm_up, workers_for
from .registry import all_rules, get_rule

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
HUMAN_FORMATS = frozenset({"full", "concise"})  # the formats whose report may carry --statistics lines


def warn(message: str) -> None:
    """One line on standard error; control characters from paths or documents are escaped."""
    print(printable(message), file=sys.stderr)


class UsageError(TwoLanguageError):
    """A bad command line; reported in one line, exit 2."""


def _codes(value: str) -> list[str]:
    return [part.strip().upper() for part in value.split(",") if part.strip()]


def _globs(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _jobs(value: str) -> int:
    import argparse  # only argparse calls this

    try:
        return parse_jobs(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _lang(value: str) -> str:
    import argparse

    try:
        return parse_lang(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from .reporters import FORMATS

    parser = argparse.ArgumentParser(
        prog="auditor",
        description="Consistency and numeric-audit linter for Chinese official documents (公文).",
    )
    parser.add_argument("--version", action="version", version=f"auditor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    language = argparse.ArgumentParser(add_help=False)
    language.add_argument("--lang", type=_lang, default=None, metavar="zh|en",
                          help="language of the messages: zh (default) or en; also [tool.auditor] lang, or LANG/LC_ALL naming English")

    # Options that decide the configuration, shared by `check` and `config`; they win over the file's.
    selection = argparse.ArgumentParser(add_help=False, parents=[language])
    selection.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - reads standard input")
    selection.add_argument("--select", type=_codes, default=[], help="rules to run: codes or prefixes, comma-separated (default ALL)")
    selection.add_argument("--extend-select", type=_codes, default=[], help="rules to add to the selection")
    selection.add_argument("--ignore", type=_codes, default=[], help="rules to leave out: codes or prefixes")
    selection.add_argument("--fail-on", choices=["error", "warning", "info"], default=None, help="lowest severity that fails the run (default warning)")
    selection.add_argument("--include", type=_globs, default=[], help="globs of the files to lint in folders (default *.md,*.txt,*.docx,*.pdf,*.html,*.htm)")
    selection.add_argument("--exclude", type=_globs, default=[], help="globs of files and folders to leave out of folders")
    selection.add_argument("--force-exclude", action="store_true", help="apply --exclude to files named on the command line too (for pre-commit)")
    selection.add_argument("--extend-exclude", type=_globs, default=[], help="globs to leave out in addition to the configuration's exclude (--exclude replaces it)")
    selection.add_argument("--no-respect-gitignore", dest="respect_gitignore", action="store_false", default=None, help="lint files in folders even when .gitignore leaves them out")
    selection.add_argument("--config", default=None, metavar="FILE", help="the configuration file to use instead of the one found above the paths")

    check = commands.add_parser("check", parents=[selection], help="lint files and folders")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument("--format", choices=sorted(FORMATS), default="full", help="output format (default full)")
    check.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")
    check.add_argument("--statistics", action="store_true", help="print the number of findings per rule (to standard error for the machine formats)")
    check.add_argument("--stdin-filename", default=None, help="the name to report for text read from standard input")
    check.add_argument("--output", "-o", default=None, metavar="FILE", help="write the report to FILE (atomically) instead of standard output")
    check.add_argument("--baseline", default=None, metavar="FILE", help="hide the findings recorded in FILE; show only new ones")
    check.add_argument("--write-baseline", default=None, metavar="FILE", help="record the current findings in FILE and exit")
    check.add_argument("--jobs", "-j", type=_jobs, default="auto", help="processes to lint with: a number or auto (default auto, one per CPU)")
    check.add_argument("--show-relations", action="store_true", help="list every relation checked (sums, shares, rates, counts stated twice, dates) with its arithmetic")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    check.add_argument("--cache-dir", default=None, help="the result cache folder (default $AUDITOR_CACHE_DIR or .auditor_cache)")
    check.add_argument("--annotate", nargs="?", const="", default=None, metavar="OUT.docx",
                       help="write a copy of the .docx with one Word comment per finding to OUT.docx; alone: X-审校.docx beside each .docx")

    commands.add_parser("config", parents=[selection], help="print the effective configuration and where each value came from")

    rules = commands.add_parser("rules", parents=[language], help="list every rule with its code, name and default severity")
    rules.add_argument("--markdown", action="store_true", help="print the rule table of the README (Markdown)")

    explain = commands.add_parser("explain", parents=[language], help="show a rule's documentation and examples")
    explain.add_argument("code", help="a rule code, e.g. NUM001")
    return parser


# ``auditor check``'s options for :func:`quick_check_args`: flags (option -> (dest, value set)) and
# options taking a value (option -> (dest, conversion)); the defaults, as build_parser gives them.
_CHECK_FLAGS = {
    "--force-exclude": ("force_exclude", True), "--no-respect-gitignore": ("respect_gitignore", False),
    "--exit-zero": ("exit_zero", True), "-q": ("quiet", True), "--quiet": ("quiet", True),
    "--statistics": ("statistics", True), "--show-relations": ("show_relations", True), "--no-cache": ("no_cache", True),
}
_CHECK_VALUES = {
    "--lang": ("lang", parse_lang), "--select": ("select", _codes), "--extend-select": ("extend_select", _codes),
    "--ignore": ("ignore", _codes), "--fail-on": ("fail_on", ("error", "warning", "info")),
    "--include": ("include", _globs), "--exclude": ("exclude", _globs), "--extend-exclude": ("extend_exclude", _globs),
    "--config": ("config", str), "--format": ("format", None), "--stdin-filename": ("stdin_filename", str),
    "--output": ("output", str), "-o": ("output", str), "--baseline": ("baseline", str),
    "--write-baseline": ("write_baseline", str), "--jobs": ("jobs", parse_jobs), "-j": ("jobs", parse_jobs),
    "--cache-dir": ("cache_dir", str),
}
_CHECK_DEFAULTS = {
    "command": "check", "lang": None, "paths": [], "select": [], "extend_select": [], "ignore": [], "fail_on": None,
    "include": [], "exclude": [], "force_exclude": False, "extend_exclude": [], "respect_gitignore": None,
    "config": None, "exit_zero": False, "format": "full", "quiet": False, "statistics": False,
    "stdin_filename": None, "output": None, "baseline": None, "write_baseline": None, "jobs": "auto",
    "show_relations": False, "no_cache": False, "cache_dir": None, "annotate": None,
}


def quick_check_args(argv: list[str]):
    """The arguments of a plain ``auditor check`` command line, read without argparse (whose import
    and parser cost a tenth of a start-up): the namespace ``build_parser().parse_args(argv)`` gives,
    or None for anything else (help, an abbreviated or unknown option, a bad value, ``--``, paths
    in two places…), which argparse then reads and reports as it always has."""
    from types import SimpleNamespace

    from .reporters import FORMATS

    if not argv or argv[0] != "check":
        return None
    values = dict(_CHECK_DEFAULTS, jobs=parse_jobs("auto"), paths=[])
    tokens, i, paths_run = argv[1:], 0, None  # paths_run: "open" while reading paths, "closed" after
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token == "-" or not token.startswith("-"):
            if paths_run == "closed":
                return None  # argparse refuses paths after options after paths
            paths_run = "open"
            values["paths"].append(token)
            continue
        if paths_run == "open":
            paths_run = "closed"
        if token in _CHECK_FLAGS:
            dest, value = _CHECK_FLAGS[token]
            values[dest] = value
            continue
        option, equals, value = token.partition("=")
        if not equals or not option.startswith("--"):
            option, value = token, None
        if option not in _CHECK_VALUES:
            return None
        if value is None:
            if i >= len(tokens) or tokens[i].startswith("-"):
                return None
            value, i = tokens[i], i + 1
        dest, convert = _CHECK_VALUES[option]
        choices = sorted(FORMATS) if dest == "format" else convert if isinstance(convert, tuple) else None
        if choices is not None:
            if value not in choices:
                return None
            values[dest] = value
            continue
        try:
            values[dest] = convert(value)
        except ValueError:
            return None
    return SimpleNamespace(**values)


def main(argv: list[str] | None = None) -> int:
    args = quick_check_args(sys.argv[1:] if argv is None else argv)
    parser = None
    if args is None:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exit_:
            return EXIT_ERROR if exit_.code not in (0, None) else EXIT_CLEAN
    previous = _arm_interrupts()
    try:
        if args.command == "check":
            return command_check(args)
        if args.command == "rules":
            return command_rules(args)
        if args.command == "config":
            return command_config(args)
        if args.command == "explain":
            return command_explain(args)
    except (UsageError, ConfigError, BaselineError) as error:
        warn(f"auditor: error: {error_text(error, getattr(args, 'resolved_lang', None) or early_lang(args))}")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    except KeyboardInterrupt:
        previous = None  # the run is ending: a second Ctrl-C keeps ending it at once
        _stop_after_interrupt()
        print(f"auditor: {_text(Interrupted(), early_lang(args))}", file=sys.stderr)
        return 130
    finally:
        _disarm_interrupts(previous)
    (parser or build_parser()).print_help(sys.stderr)
    return EXIT_ERROR


def _end_now(signum, frame):
    sys.stderr.flush()
    os._exit(130)


def _first_interrupt(signum, frame):
    """Ctrl-C: from now on a second one ends the process at once (it may come while the first one
    unwinds and frees a large model). Inside a finaliser, where the KeyboardInterrupt would be
    swallowed, it is handled again a moment later: a CPU-time timer (SIGVTALRM) calls back here, as
    the wall-clock one belongs to the time limit."""
    import signal

    if in_finaliser(frame) and hasattr(signal, "setitimer"):
        signal.signal(signal.SIGVTALRM, _first_interrupt)
        signal.setitimer(signal.ITIMER_VIRTUAL, 0.001)
        return
    signal.signal(signal.SIGINT, _end_now)
    raise KeyboardInterrupt


def _arm_interrupts():
    """Installs _first_interrupt where Python's own Ctrl-C handler is in place (the main thread of
    a command-line run; an embedding program keeps its handler). Returns what to restore."""
    import signal

    try:
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            return signal.signal(signal.SIGINT, _first_interrupt)
    except ValueError:  # not the main thread
        pass
    return None


def _disarm_interrupts(previous) -> None:
    if previous is not None:
        import signal

        signal.signal(signal.SIGINT, previous)


def _stop_after_interrupt() -> None:
    """After Ctrl-C: a second one ends the process at once (no "Exception ignored in
    threading._shutdown", no hang), and the worker processes, which ignore Ctrl-C and would finish
    their file first, are terminated, so that the run ends within a second and leaves no orphan."""
    import signal

    try:
        signal.signal(signal.SIGINT, _end_now)
    except ValueError:  # not the main thread: the caller handles its own interrupts
        pass
    if "multiprocessing" not in sys.modules:  # no worker was ever started
        return
    import multiprocessing

    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(1)


def early_lang(args) -> str:
    """The language before a configuration file is read: ``--lang``, else the environment's."""
    given = getattr(args, "lang", None)
    if given:
        return given
    found = lang_from_environment()
    return found[0] if found else "zh"


def project_lang(args) -> str:
    """``--lang``, else the configuration file's ``lang`` (found from the working folder), else the
    environment's, else Chinese: for the commands that lint nothing."""
    from .configfile import resolve

    return resolve([], {"lang": getattr(args, "lang", None)}).values["lang"]


def command_rules(args) -> int:
    if args.markdown:
        sys.stdout.write(rule_table())
        return EXIT_CLEAN
    lang = project_lang(args)
    for rule in all_rules():
        print(f"{rule.code}  {rule.name:<24} {str(rule.severity):<8} {rule_summary(rule, lang)}")
    return EXIT_CLEAN


def rule_table() -> str:
    """The README's rule table, generated from the registry (tests/test_messages.py keeps it current)."""
    lines = ["| code | name | severity | 检查内容 | what it flags |", "|---|---|---|---|---|"]
    for rule in all_rules():
        chinese = rule_summary(rule, "zh") if getattr(rule.check, "doc_en", None) else "—"  # not converted yet
        cells = [rule.code, rule.name, str(rule.severity), chinese, rule_summary(rule, "en")]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def command_explain(args) -> int:
    lang = project_lang(args)
    rule = get_rule(args.code)
    if rule is None:
        raise UsageError(_text(UnknownRule(repr(args.code)), lang))
    print(_text(ExplainHeading(rule.code, rule.name, str(rule.severity)), lang) + "\n")
    print(rule_doc(rule, lang))
    return EXIT_CLEAN


def make_project(args):
    """The effective configuration: defaults, then the configuration file found, then the command line."""
    from .configfile import resolve

    given = {"select": args.select, "ignore": args.ignore, "extend-select": args.extend_select,
             "fail-on": args.fail_on, "include": args.include, "exclude": args.exclude, "lang": args.lang,
             "extend-exclude": args.extend_exclude, "respect-gitignore": args.respect_gitignore}
    return resolve(args.paths, given, getattr(args, "stdin_filename", None), args.config)


def command_config(args) -> int:
    from .configfile import describe

    sys.stdout.write(describe(make_project(args)))
    return EXIT_CLEAN


def command_check(args) -> int:
    from .reporters import READS_SOURCE, Report, render

    if not args.paths:
        raise UsageError(_text(NoPaths(), early_lang(args)))
    from .configfile import iter_linted_files
    from .progress import progress

    project = make_project(args)
    config = project.config()
    args.resolved_lang = config.lang  # the language of the errors from here on
    _check_output_targets(args)
    paths = []
    for given in args.paths:
        found = list(iter_linted_files([given], project, args.force_exclude))
        if given != "-" and os.path.isdir(given):  # Word's lock files (~$答复.docx) are not documents
            found = [f for f in found if not os.path.basename(f).startswith("~$")]
        if not found and given != "-" and os.path.isdir(given):
            include = ", ".join(project.values["include"])
            raise UsageError(_text(EmptyFolder(given, include), config.lang))
        paths.extend(found)
    paths = _once_each(paths)
    _refuse_to_overwrite_inputs(args, paths)
    if args.annotate is not None:
        from .annotate import AnnotateError, plan

        try:
            annotations = plan(args.annotate, paths, args.stdin_filename)  # before anything is read
        except AnnotateError as error:
            raise UsageError(str(error), error.zh) from None
    # A file's text is kept (and sent back from a worker) only when the output or the baseline reads it.
    shows_source = args.format in READS_SOURCE and not (args.quiet and args.format == "full")  # --quiet full: concise lines
    keep_text = shows_source or bool(args.baseline or args.write_baseline)
    # --show-relations and the HTML report list the relations checked, which the cache does not keep
    relations = args.show_relations or args.format == "html"
    cache = None if relations else _open_cache(args, config)
    check = partial(check_one, config=config, stdin_filename=args.stdin_filename, cache=cache, project=project,
                    keep_text=keep_text, relations=relations)
    results: list[FileResult] = []
    texts: dict[str, str] = {}
    workers = workers_for(paths, args.jobs)
    if workers > 1:
        warm_up(config)
    with progress(len(paths)) as advance:
        for result, text, messages in map_ordered(check, paths, workers):
            for message in messages:
                warn(message)
            results.append(result)
            if text is not None:
                texts[result.path] = text
            advance()
    report = Report(results, config.rules(), texts, quiet=args.quiet, lang=config.lang)
    if args.show_relations:
        _show_relations(results, sys.stdout if args.format in ("full", "concise") and not args.output else sys.stderr, config.lang)
    if args.write_baseline:
        return _write_baseline(args, report, config.lang, project)
    if args.baseline:
        _apply_baseline(args, report, config.lang, project)
    _write_report(args, report, render)
    if args.annotate is not None:
        from .annotate import AnnotateError, write_all

        try:
            write_all(annotations, paths, report.results, warn, config.lang)
        except AnnotateError as error:
            raise UsageError(str(error), error.zh) from None
    return _exit_code(args, config, report)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist (yet): compare where they would be
        return os.path.realpath(a) == os.path.realpath(b)


def _once_each(paths: list[str]) -> list[str]:
    """The paths in order, a file named twice (``a.txt ./a.txt``, or inside a folder also given) once."""
    seen, unique = set(), []
    for path in paths:
        key = path if path == "-" else os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _cannot_write(option: str, target: str, error: OSError) -> UsageError:
    reason = reason_zh = error.strerror or str(error)
    if isinstance(error, IsADirectoryError) or os.path.isdir(target):
        reason, reason_zh = "is a directory", "这是一个文件夹"
    elif isinstance(error, FileNotFoundError):
        folder = os.path.dirname(os.path.abspath(target))
        if os.path.isdir(folder):
            reason, reason_zh = f"no file can be created in {folder}", f"无法在 {folder} 中创建文件"
        else:
            reason, reason_zh = "its folder does not exist", "所在文件夹不存在"
    return UsageError(f"{option} {target}: cannot write the file ({reason})", f"{option} {target}：无法写入（{reason_zh}）")


def _check_output_targets(args) -> None:
    """Fail before linting when an output file obviously cannot be written: a folder, a missing
    folder, a read-only place. (Writing it reports any other failure, as one line too.)"""
    for option, target in (("--output", args.output), ("--write-baseline", args.write_baseline)):
        if not target:
            continue
        folder = os.path.dirname(os.path.abspath(target))
        if os.path.isdir(target):
            raise UsageError(f"{option} {target}: cannot write the file (is a directory)", f"{option} {target}：无法写入（这是一个文件夹）")
        if not os.path.isdir(folder):
            raise UsageError(f"{option} {target}: cannot write the file (the folder {folder} does not exist)",
                             f"{option} {target}：无法写入（文件夹 {folder} 不存在）")
        if not os.access(folder, os.W_OK):
            raise UsageError(f"{option} {target}: cannot write the file (the folder {folder} is read-only)",
                             f"{option} {target}：无法写入（文件夹 {folder} 只读）")


def _refuse_to_overwrite_inputs(args, paths: list[str]) -> None:
    """An output file (``--output``, ``--write-baseline``) that is one of the linted files or the
    baseline read would destroy it: a usage error before anything is read or written."""
    inputs = [p for p in paths if p != "-"] + ([args.baseline] if args.baseline else [])
    for option, target in (("--output", args.output), ("--write-baseline", args.write_baseline)):
        if target:
            for path in inputs:
                if _same_file(target, path):
                    raise UsageError(f"{option} {target} is one of the input files; refusing to overwrite it",
                                     f"{option} {target} 是被检查的文件之一，不能覆盖")


def check_one(path: str, config: Config, stdin_filename: str | None = None, cache=None, project=None, keep_text=True,
              relations=True):
    """Read and lint one file (in a worker process with ``--jobs``): its result (with the relations
    checked listed when ``relations``), its text when it has findings to show (and ``keep_text``),
    and the notes for standard error."""
    display = printable(stdin_filename or "<stdin>") if path == "-" else display_name(path)
    word = None  # a .docx: its text as units, to map findings back to paragraphs and cells
    try:
        refused = _refused_kind(stdin_filename if path == "-" else path)
        if refused:
            raise InputError(f"{display}: {refused[1]}", f"{display}: {refused[0]}")
        if path == "-" and (stdin_filename or "").lower().endswith(".docx"):
            from .docx import MAX_PACKAGE_BYTES, read_docx

            word = read_docx(sys.stdin.buffer.read(MAX_PACKAGE_BYTES + 1), display)
            text = word.text
        elif path == "-":
            text = read_stdin(display)
        elif path.lower().endswith(".docx"):
            from .docx import read_docx

            require_regular_file(path, display)  # a named pipe or a device would block the reader
            word = read_docx(path, display)
            text = word.text
        elif path.lower().endswith((".pdf", ".html", ".htm")):
            from .formats import html, pdf  # their libraries are imported when a file is read

            require_regular_file(path, display)
            word = pdf.read_pdf(path) if path.lower().endswith(".pdf") else html.read_html(path)
            text = word.text  # the extracted text; `python -m auditor.formats.pdf|html FILE` shows it
        else:
            text = read_text_file(path)
    except (InputError, BlockInputError) as error:
        said = error.render(config.lang)
        return FileResult(display, error=printable(said)), None, [f"auditor: error: {said}"]
    empty = not text or text.isspace()
    messages = [f"auditor: note: {_text(EmptyFile(display), config.lang)}"] if empty else []
    if word is None and "auditor:" in text:
        from .suppress import unknown_codes

        markdown = display.lower().endswith((".md", ".markdown"))
        messages += [f"auditor: warning: {display}:{line}: unknown rule code {code!r} in a suppression comment; "
                     "`auditor rules` lists the codes" if config.lang == "en" else
                     f"auditor: warning: {display}:{line}: 抑制注释中的规则代码 {code!r} 不存在；`auditor rules` 列出全部规则"
                     for line, code in unknown_codes(text, markdown)]
    messages += word.notes(display, config.lang) if hasattr(word, "notes") else []
    key = cache.key(text) if cache else None
    result = cache.load(key, display) if cache else None
    if result is None:
        try:
            result = lint_source(text, display, config, relations)
        except (RuleCrash, LimitExceeded) as crash:
            said = error_text(crash, config.lang)
            return FileResult(display, error=printable(said)), None, [*messages, f"auditor: error: {said}"]
        if cache:
            cache.store(key, result)
    if word is not None:
        result, text = word.relocate(result, config.lang), word.display
        result = settle(result, None, project)
    else:
        result = settle(result, text, project)
    return result, (text if result.findings and keep_text else None), messages


# Office files auditor cannot read, named on the command line: what they are and what to do.
_REFUSED = {
    ".doc": ("旧版 Word 文档（.doc）", "an old Word document (.doc)", "在 Word/WPS 中“另存为” .docx"),
    ".wps": ("WPS 文字文档（.wps）", "a WPS Writer document (.wps)", "在 WPS 中“另存为” .docx"),
    ".rtf": ("RTF 文档（.rtf）", "an RTF document (.rtf)", "在 Word/WPS 中“另存为” .docx"),
    ".xls": ("Excel 表格（.xls）", "an Excel workbook (.xls)", "把表格复制到 Word 中另存为 .docx"),
    ".xlsx": ("Excel 表格（.xlsx）", "an Excel workbook (.xlsx)", "把表格复制到 Word 中另存为 .docx"),
    ".et": ("WPS 表格（.et）", "a WPS spreadsheet (.et)", "把表格复制到 Word 中另存为 .docx"),
}


def _refused_kind(name: str | None) -> tuple[str, str] | None:
    """The line (Chinese, English) for a file of a kind auditor cannot read (.doc, .wps, .xlsx…), or None."""
    kind = _REFUSED.get(os.path.splitext(name or "")[1].lower())
    if kind is None:
        return None
    zh, en, todo = kind
    en_todo = "copy the table into a Word document saved as .docx" if "表格" in zh else "save it as .docx"
    return f"不能读取{zh}：请{todo} 后再检查", f"auditor cannot read {en}: {en_todo} and check that"


def _open_cache(args, config: Config):
    if args.no_cache:
        return None
    from .cache import Cache

    return Cache.open(args.cache_dir, config.fingerprint())


def _write_baseline(args, report, lang: str, project=None) -> int:
    from .baseline import project_root, write

    root = project_root(args.write_baseline, project.file.path if project and project.file else None)
    try:
        count = write(report, args.write_baseline, root)
    except OSError as error:
        raise _cannot_write("--write-baseline", args.write_baseline, error) from None
    warn(f"auditor: {_text(BaselineWritten(count, args.write_baseline), lang)}")
    return EXIT_ERROR if any(r.error for r in report.results) else EXIT_CLEAN


def _apply_baseline(args, report, lang: str, project=None) -> None:
    from .baseline import apply, load, project_root

    root = project_root(args.baseline, project.file.path if project and project.file else None)
    hidden = apply(report, load(args.baseline), root)
    if hidden and not args.quiet:
        warn(f"auditor: note: {_text(BaselineHid(hidden, args.baseline), lang)}")


def _show_relations(results, stream, lang: str = "zh") -> None:
    """One line per relation checked: where, by which rule, whether it holds, and its arithmetic."""
    for result in results:
        for r in result.checked:
            kind, verdict = relation_words(r.kind, r.holds, lang)
            stream.write(printable(f"{result.path}:{r.line}:{r.column}: {r.rule} {kind} {verdict}: {r.arithmetic}") + "\n")


def _write_report(args, report, render) -> None:
    import io

    stream = io.StringIO() if args.output else sys.stdout
    if args.quiet and args.format == "full":
        from .reporters.concise import line_of

        for finding in report.findings:
            stream.write(line_of(finding) + "\n")
    else:
        render(args.format, report, stream)
    if args.statistics:
        # Only the human formats take the counts in the report; a machine format must stay one
        # valid document (JSON, XML, workflow commands, a table), so the counts go to stderr.
        out = stream if args.format in HUMAN_FORMATS else sys.stderr
        for code, name, count in report.counts_by_rule():
            out.write(f"{count}\t{code}\t{name}\n")
    if args.output:
        from .atomic import write_text

        try:
            write_text(args.output, stream.getvalue())
        except OSError as error:
            raise _cannot_write("--output", args.output, error) from None
    stream.flush()


def _exit_code(args, config: Config, report) -> int:
    if any(r.error for r in report.results):
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_CLEAN
    failing = [f for f in report.findings if f.severity >= config.fail_on]
    return EXIT_FINDINGS if failing else EXIT_CLEAN
