"""Configuration files: discovery, parsing, validation, and merging with the command line.

Where: the nearest of ``.auditor.toml``, ``pyproject.toml`` (with ``[tool.auditor]``) or
``setup.cfg`` (with ``[auditor]``), in that order within a folder, found by walking upward from the
folder that holds all the linted paths (the current folder for standard input without
``--stdin-filename``). Files are not merged: the nearest one is the configuration, as in ruff; ``--config FILE`` names
one instead.
Command-line options win: an option given there replaces the file's value for that key.

Keys (``-`` and ``_`` are the same): ``select``, ``ignore``, ``extend-select`` (lists of codes or
prefixes), ``per-file-ignores`` (glob → codes), ``fail-on`` (error|warning|info), ``severity``
(code → level), ``include`` / ``exclude`` / ``extend-exclude`` (globs in ``.gitignore`` syntax,
``**`` included, relative to the configuration file's folder; a glob without ``/`` matches a file's
or folder's name; ``--exclude`` replaces the file's list, ``--extend-exclude`` adds to it),
``respect-gitignore`` (default true: files that ``.gitignore`` leaves out are not linted in a
folder walk), and ``lexicon`` (word lists added to
``auditor/data/lexicon.toml``: ``discrete_units``, ``count_nouns`` (noun → synonyms),
``approx_prefixes``, ``approx_suffixes`` …), and ``lang`` (``zh`` or ``en``: the language of the
messages; without it, ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` naming English choose English). In ``setup.cfg`` lists are comma-separated, tables are
indented ``key: value`` lines, and the lexicon is the section ``[auditor.lexicon]``.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import field
from functools import lru_cache

from .record import record, replace
from .config import Config
from .findings import Severity
from .lexicon import LIST_KEYS, TABLE_KEYS, Lexicon
from .messages import DEFAULT_LANG, lang_from_environment, parse_lang
from .registry import get_rule, unknown_selectors

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from pathlib import Path

DEFAULT_INCLUDE = ("*.md", "*.txt", "*.docx", "*.pdf", "*.html", "*.htm")
CODE_LIST_KEYS = ("select", "ignore", "extend-select")
GLOB_KEYS = ("include", "exclude", "extend-exclude")
KEYS = (*CODE_LIST_KEYS, "per-file-ignores", "fail-on", "severity", *GLOB_KEYS, "respect-gitignore", "lexicon", "lang")
DEFAULTS = {
    "select": ["ALL"],
    "ignore": [],
    "extend-select": [],
    "per-file-ignores": {},
    "fail-on": "warning",
    "severity": {},
    "include": list(DEFAULT_INCLUDE),
    "exclude": [],
    "extend-exclude": [],
    "respect-gitignore": True,
    "lexicon": {},
    "lang": DEFAULT_LANG,
}


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file and the key."""


@record(frozen=True)
class ConfigFile:
    path: Path
    section: str  # "[tool.auditor]", "[auditor]" or "" for .auditor.toml
    values: dict

    @property
    def label(self) -> str:
        return f"{self.path} {self.section}".strip()


@record
class Effective:
    """The merged configuration, with where each value came from and the folder its globs are relative to."""

    values: dict = field(default_factory=lambda: {k: v for k, v in DEFAULTS.items()})
    sources: dict = field(default_factory=lambda: {k: "default" for k in DEFAULTS})
    bases: dict = field(default_factory=dict)  # key -> folder that relative globs start from
    file: ConfigFile | None = None
    extra_excludes: list = field(default_factory=list)  # (glob, base) from --extend-exclude
    _config: Config | None = None

    def config(self) -> Config:
        """The run's Config (per-file ignores are applied by :meth:`config_for`)."""
        if self._config is None:
            values = self.values
            lexicon = Lexicon.default().extended(values["lexicon"]) if values["lexicon"] else Lexicon.default()
            select = tuple(values["select"])
            self._config = Config(
                select=() if select == ("ALL",) else select,
                ignore=tuple(values["ignore"]),
                extend_select=tuple(values["extend-select"]),
                fail_on=Severity.parse(values["fail-on"]),
                severity={code: Severity.parse(level) for code, level in values["severity"].items()},
                lexicon=lexicon,
                lang=values["lang"],
            )
        return self._config

    def drop_ignored(self, result):
        """A FileResult without the findings that a matching per-file-ignores entry leaves out.

        Applied after linting (not by running fewer rules) so that cached results stay valid."""
        base = self._base("per-file-ignores")
        codes = [c for glob, cs in self.values["per-file-ignores"].items() if _matches(result.path, glob, base) for c in cs]
        if not codes or not result.findings:
            return result
        kept = tuple(f for f in result.findings if not any(c == "ALL" or f.rule.startswith(c) for c in codes))
        return replace(result, findings=kept)

    def _base(self, key: str) -> str:
        """The folder a key's globs are relative to (that of the file that set it), as an absolute path."""
        return os.path.abspath(self.bases[key]) if key in self.bases else os.getcwd()

    def wanted(self, path: str) -> bool:
        """Whether a file found in a folder is linted: matches an include glob and no exclude glob."""
        include_base = self._base("include")
        return any(_matches(path, g, include_base) for g in self.values["include"]) and not self.excluded(path)

    def excluded(self, path: str) -> bool:
        exclude_base, extend_base = self._base("exclude"), self._base("extend-exclude")
        return (
            any(_matches(path, g, exclude_base) for g in self.values["exclude"])
            or any(_matches(path, g, extend_base) for g in self.values["extend-exclude"])
            or any(_matches(path, g, base) for g, base in self.extra_excludes)
        )


@lru_cache(maxsize=1024)
def _glob_spec(glob: str):
    """A glob in ``.gitignore`` syntax (``*`` within a name, ``**`` across folders, a trailing ``/``
    for folders only), as pathspec reads it."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines([glob])


def _matches(path: str, glob: str, base: str) -> bool:
    """Whether the path relative to ``base`` (absolute) matches ``glob`` as a ``.gitignore`` line
    would: a glob without ``/`` matches any name in it (the file's or a folder's), a folder matched
    covers everything in it."""
    absolute = os.path.abspath(path)
    relative = _relative_to(absolute, base)
    glob = glob.removeprefix("./")
    if relative is not None and relative != ".":
        return _glob_spec(glob).match_file(relative)
    if "/" in glob.rstrip("/"):
        return False
    return fnmatch.fnmatchcase(os.path.basename(absolute), glob.rstrip("/"))


def _relative_to(absolute: str, base: str) -> str | None:
    """``absolute`` relative to ``base`` (both normalised absolute paths) with ``/`` between names,
    or None when it is not inside. String work: pathlib costs more than the match on each file of a
    large folder."""
    if os.path.normcase(absolute) == os.path.normcase(base):
        return "."
    prefix = base if base.endswith(os.sep) else base + os.sep
    if not os.path.normcase(absolute).startswith(os.path.normcase(prefix)):
        return None
    return absolute[len(prefix) :].replace(os.sep, "/")


# --- discovery ----------------------------------------------------------------------------------


def start_folder(paths: list[str], stdin_filename: str | None = None) -> str:
    """The folder that holds every linted path (where the upward search starts)."""
    folders = []
    for path in paths:
        if path == "-":
            path = stdin_filename or ""
            if not path:
                folders.append(os.getcwd())
                continue
        absolute = os.path.abspath(path)
        folders.append(absolute if os.path.isdir(absolute) else os.path.dirname(absolute))
    return os.path.commonpath(folders) if folders else os.getcwd()


def _upward(folder: str):
    """``folder`` (absolute) and every folder above it, as ``Path(folder)`` and its ``parents``."""
    while True:
        yield folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def discover(start: str) -> ConfigFile | None:
    """The nearest configuration file at or above ``start``."""
    for folder in _upward(start):
        for reader in (_read_auditor_toml, _read_pyproject, _read_setup_cfg):
            found = reader(folder)
            if found is not None:
                return found
    return None


def _file_in(folder, name: str):
    """``Path(folder) / name`` when it is a file, else None (also where the path cannot be looked
    at: a name longer than the system allows, a folder that cannot be searched; reading the linted
    file reports that). pathlib is imported only when there is a file: not at a start-up without one."""
    candidate = os.path.join(folder, name)
    if not os.path.isfile(candidate):
        return None
    from pathlib import Path

    return Path(candidate)


MAX_CONFIG_BYTES = 4 * 1024 * 1024  # a configuration file larger than this is refused unread


def _read_config_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror or error})") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_CONFIG_BYTES // 2**20} MB; not a configuration file")
    return data


def _load_toml(path: Path) -> dict:
    import tomllib  # only when there is a TOML file to read: not on the start-up path of a run without one

    data = _read_config_bytes(path)
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not valid UTF-8 (byte {error.start}); TOML files are UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: nested too deeply") from None


def _read_auditor_toml(folder) -> ConfigFile | None:
    path = _file_in(folder, ".auditor.toml")
    if path is None:
        return None
    return ConfigFile(path, "", _load_toml(path))


def _read_pyproject(folder) -> ConfigFile | None:
    path = _file_in(folder, "pyproject.toml")
    if path is None:
        return None
    tool = _load_toml(path).get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: [tool] must be a table, not {type(tool).__name__} {tool!r:.40}")
    section = tool.get("auditor")
    if section is None:
        return None
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.auditor] must be a table")
    return ConfigFile(path, "[tool.auditor]", section)


def _read_setup_cfg(folder) -> ConfigFile | None:
    path = _file_in(folder, "setup.cfg")
    if path is None:
        return None
    import configparser

    parser = configparser.RawConfigParser()  # no interpolation: "50%" is a value, not a syntax error
    parser.optionxform = str  # keep the case of nouns and codes
    data = _read_config_bytes(path)
    try:
        parser.read_string(data.decode("utf-8"), source=str(path))
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not valid UTF-8 (byte {error.start})") from None
    except configparser.Error as error:
        raise ConfigError(f"{path}: cannot parse: {error}") from None
    if not parser.has_section("auditor"):
        return None
    values: dict = {}
    for key, raw in parser.items("auditor"):
        values[key] = _ini_value(_normal_key(key), raw)
    if parser.has_section("auditor.lexicon"):
        values["lexicon"] = {
            key: _ini_value("lexicon." + key.replace("-", "_"), raw) for key, raw in parser.items("auditor.lexicon")
        }
    return ConfigFile(path, "[auditor]", values)


def _ini_value(key: str, raw: str):
    """An INI string as the TOML value the same key would have."""
    if key in ("per-file-ignores", "lexicon.count_nouns"):
        return {k: _ini_list(v) for k, v in _ini_pairs(raw).items()}
    if key in ("lexicon.periods", "lexicon.multipliers"):  # whole numbers, as in TOML
        return {k: int(v) if v.isascii() and v.isdigit() and len(v) < 30 else v for k, v in _ini_pairs(raw).items()}
    if key == "severity":
        return _ini_pairs(raw)
    if key in ("fail-on", "lang", "respect-gitignore"):
        return raw.strip()
    return _ini_list(raw)


def _ini_list(raw: str) -> list[str]:
    return [part.strip() for part in raw.replace("\n", ",").split(",") if part.strip()]


def _ini_pairs(raw: str) -> dict[str, str]:
    pairs = {}
    for line in raw.splitlines():
        if not line.strip():
            continue
        separator = ":" if ":" in line else "="
        key, _, value = line.rpartition(separator)
        pairs[key.strip()] = value.strip()
    return pairs


# --- validation and merging ---------------------------------------------------------------------


def _normal_key(key: str) -> str:
    return key.strip().lower().replace("_", "-")


def validate(found: ConfigFile) -> dict:
    """The file's values checked and normalised; a bad key or value raises ConfigError naming both."""
    result = {}
    for raw_key, value in found.values.items():
        key = _normal_key(raw_key)
        if key not in KEYS:
            raise ConfigError(f"{found.label}: unknown key {raw_key!r} (known keys: {', '.join(KEYS)})")
        try:
            result[key] = check_value(key, value)
        except ValueError as error:
            raise ConfigError(f"{found.label}: key {raw_key!r}: {error}") from None
    return result


def check_value(key: str, value):
    """A value checked for ``key`` and normalised; raises ValueError saying what is wrong."""
    if key in CODE_LIST_KEYS:
        codes = [c.strip().upper() for c in _string_list(value)]
        unknown = unknown_selectors(codes)
        if unknown:
            raise ValueError(f"unknown rule code or prefix: {', '.join(unknown)}")
        return codes
    if key in GLOB_KEYS:
        globs = _string_list(value)
        for glob in globs:
            try:
                _glob_spec(glob.removeprefix("./"))
            except Exception as error:  # pathspec's own errors for a malformed pattern
                raise ValueError(f"not a valid glob {glob!r}: {error}") from None
        return globs
    if key == "respect-gitignore":
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no", "1", "0"):
            return value.strip().lower() in ("true", "yes", "1")  # setup.cfg
        if not isinstance(value, bool):
            raise ValueError("expected true or false")
        return value
    if key == "fail-on":
        if not isinstance(value, str):
            raise ValueError("expected one of error, warning, info")
        return str(Severity.parse(value))
    if key == "lang":
        return parse_lang(value)
    if key == "severity":
        table = _table(value)
        for code, level in table.items():
            if get_rule(code) is None:
                raise ValueError(f"unknown rule code {code!r}")
            Severity.parse(level if isinstance(level, str) else repr(level))
        return {code.upper(): str(Severity.parse(level)) for code, level in table.items()}
    if key == "per-file-ignores":
        return {glob: check_value("ignore", codes) for glob, codes in _table(value).items()}
    if key == "lexicon":
        lexicon = {k.replace("-", "_"): v for k, v in _table(value).items()}
        unknown = set(lexicon) - set(LIST_KEYS) - set(TABLE_KEYS)
        if unknown:
            raise ValueError(f"unknown list(s) {', '.join(sorted(unknown))} (known: {', '.join((*LIST_KEYS, *TABLE_KEYS))})")
        for noun, synonyms in _table(lexicon.get("count_nouns", {})).items():
            if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
                raise ValueError(f"lexicon count_nouns.{noun}: expected a list of synonyms")
        Lexicon.default().extended(lexicon)  # raises ValueError on a bad shape
        return lexicon
    raise ValueError("unknown key")


def _string_list(value) -> list[str]:
    if isinstance(value, str):
        value = _ini_list(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    return list(value)


def _table(value) -> dict:
    if not isinstance(value, dict):
        raise ValueError("expected a table")
    return value


def read_named(path: str) -> ConfigFile:
    """The configuration file named by ``--config``: a ``pyproject.toml`` is read for its
    ``[tool.auditor]``, a ``setup.cfg`` for its ``[auditor]``, any other file as ``.auditor.toml``."""
    from pathlib import Path

    file = Path(path)
    if not file.exists():
        raise ConfigError(f"--config {path}: no such file")
    if not file.is_file():
        raise ConfigError(f"--config {path}: not a regular file")
    file = Path(os.path.abspath(file))
    name = file.name.lower()
    reader = _read_pyproject if name == "pyproject.toml" else _read_setup_cfg if name == "setup.cfg" else None
    if reader is None:
        return ConfigFile(file, "", _load_toml(file))
    found = reader(file.parent)
    if found is None:
        section = "[tool.auditor]" if reader is _read_pyproject else "[auditor]"
        raise ConfigError(f"--config {path}: the file has no {section} section")
    return found


def resolve(paths: list[str], cli: dict, stdin_filename: str | None = None, config_file: str | None = None) -> Effective:
    """The effective configuration: defaults, then the discovered file (or ``config_file``), then
    the command line.

    ``cli`` maps keys to values given on the command line (absent or None: not given);
    ``extend-exclude`` there adds to the file's globs instead of replacing them."""
    effective = Effective()
    from_environment = lang_from_environment()
    if from_environment:  # below the file and the command line
        effective.values["lang"], effective.sources["lang"] = from_environment[0], f"environment ({from_environment[1]})"
    found = read_named(config_file) if config_file else discover(start_folder(paths, stdin_filename))
    if found is not None:
        effective.file = found
        for key, value in validate(found).items():
            effective.values[key] = value
            effective.sources[key] = found.label
            # As ruff: a file named by --config has its globs relative to the working folder.
            effective.bases[key] = os.getcwd() if config_file else found.path.parent
    for key, value in cli.items():
        if value is None or value == []:
            continue
        if key == "extend-exclude":
            try:
                globs = check_value(key, value)
            except ValueError as error:
                raise ConfigError(f"command line: --{key}: {error}") from None
            effective.extra_excludes += [(glob, os.getcwd()) for glob in globs]
            continue
        try:
            effective.values[key] = check_value(key, value)
        except ValueError as error:
            raise ConfigError(f"command line: --{key}: {error}") from None
        effective.sources[key] = "command line"
        effective.bases[key] = os.getcwd()
    return effective


def iter_linted_files(paths: list[str], effective: Effective, force_exclude: bool = False):
    """Files to lint: folders walked, keeping what include/exclude allow; files named as they are
    (with ``force_exclude``, unless an exclude glob matches them)."""
    from .loading import iter_files

    for path in paths:
        if path != "-" and os.path.isdir(path):
            skip = GitIgnored(path).ignored if effective.values["respect-gitignore"] else None
            yield from (f for f in iter_files([path], extensions=("",), skip=skip) if effective.wanted(f))
        elif not (force_exclude and path != "-" and effective.excluded(path)):
            yield path


MAX_GITIGNORE_BYTES = 1024 * 1024


class GitIgnored:
    """Which files and folders of a walk ``.gitignore`` leaves out, as git does: the ``.gitignore``
    of each folder from the repository's top (the nearest folder above that holds ``.git``; without
    one, the walked folder) down to the file's own, and ``.git/info/exclude``; a deeper file's
    decision wins, ``!`` patterns re-include, and an ignored folder is not walked at all."""

    def __init__(self, walked: str):
        walked = os.path.abspath(walked)
        self.top = walked
        for folder in _upward(walked):
            if os.path.exists(os.path.join(folder, ".git")):
                self.top = folder
                break
        self._specs: dict[str, object] = {}

    def _spec(self, folder: str):
        if folder not in self._specs:
            lines = []
            sources = [os.path.join(folder, ".gitignore")]
            if folder == self.top:
                sources.insert(0, os.path.join(folder, ".git", "info", "exclude"))
            for source in sources:
                try:
                    with open(source, "rb") as handle:
                        lines += handle.read(MAX_GITIGNORE_BYTES).decode("utf-8", "replace").splitlines()
                except OSError:
                    continue
            spec = None
            if lines:
                import pathspec

                try:
                    spec = pathspec.GitIgnoreSpec.from_lines(lines)
                except Exception:  # a malformed line: git itself skips such a file's patterns
                    spec = None
            self._specs[folder] = spec
        return self._specs[folder]

    def ignored(self, path: str, is_folder: bool) -> bool:
        relative = _relative_to(os.path.abspath(path), self.top)
        if relative is None or relative == ".":
            return False
        parts = relative.split("/")
        decision = None
        for depth in range(len(parts)):  # the .gitignore of each folder above the path, top first
            spec = self._spec(os.path.join(self.top, *parts[:depth]))
            if spec is not None:
                result = spec.check_file("/".join(parts[depth:]) + ("/" if is_folder else ""))
                if result.include is not None:
                    decision = result.include
        return bool(decision)


def describe(effective: Effective) -> str:
    """``auditor config``: every key with its value and where the value came from."""
    lines = [f"# configuration file: {effective.file.label if effective.file else 'none found'}"]
    for key in KEYS:
        value, source = effective.values[key], effective.sources[key]
        if key == "extend-exclude" and effective.extra_excludes:
            value = [*value, *(glob for glob, _ in effective.extra_excludes)]
            source = "command line" if source == "default" else f"{source} + command line"
        lines.append(f"{key} = {_toml(value)}  # {source}")
    rules = [rule.code for rule in effective.config().rules()]
    lines.append(f"# rules that run: {', '.join(rules)}")
    return "\n".join(lines) + "\n"


def _toml(value) -> str:
    import json

    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)
