"""Clear one-line errors with exit 2, never a traceback (even with --exit-zero): output files that
cannot be written, folders with nothing to lint, and files that are not regular files."""

import os
import resource
import subprocess
import sys

import pytest

from conftest import ROOT

DOCUMENT = "为入住老人提供“拔罐、艾灸等特色中医养生服务。\n"


def run(cwd, *args, timeout=60):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(cwd / ".cache")}
    return subprocess.run([sys.executable, "-m", "auditor", "check", "--jobs", "1", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, timeout=timeout)


def one_error_line(result) -> str:
    err = result.stderr.decode()
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("auditor: error:")]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def doc(tmp_path):
    (tmp_path / "a.txt").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    return tmp_path


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
@pytest.mark.parametrize("target, reason", [
    ("folder", "is a directory"),
    ("missing/report.json", "does not exist"),
    ("/proc/report.json", "/proc"),  # a place where no file can be created, even by root
])
@pytest.mark.parametrize("exit_zero", [[], ["--exit-zero"]])
@pytest.mark.usefixtures("english")
def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(doc, option, target, reason, exit_zero):
    result = run(doc, *exit_zero, option, target, "a.txt")
    assert result.returncode == 2
    line = one_error_line(result)
    assert line.startswith(f"auditor: error: {option} {target}: cannot write") and reason in line
    assert not (doc / "missing").exists() and list((doc / "folder").iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_an_output_into_a_read_only_folder_is_one_line_and_exit_2(doc):
    (doc / "folder").chmod(0o555)
    try:
        result = run(doc, "--output", "folder/report.json", "a.txt")
    finally:
        (doc / "folder").chmod(0o755)
    assert result.returncode == 2 and "read-only" in one_error_line(result)


@pytest.mark.parametrize("exit_zero", [[], ["--exit-zero"]])
def test_a_folder_with_no_file_to_lint_says_so(doc, exit_zero):
    (doc / "folder" / "picture.png").write_bytes(b"\x89PNG")
    result = run(doc, *exit_zero, "folder")
    assert result.returncode == 2
    assert one_error_line(result) == "auditor: error: folder：文件夹中没有可检查的文件（包含的文件类型：*.md, *.txt, *.docx, *.pdf, *.html, *.htm）"
    english = run(doc, *exit_zero, "--lang", "en", "folder")
    assert one_error_line(english) == "auditor: error: folder: the folder holds no file to lint (include: *.md, *.txt, *.docx, *.pdf, *.html, *.htm)"
    assert result.stdout == b""


def limited_memory():
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # 1 GiB: /dev/zero read whole would exceed it


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("name, make", [
    ("x.docx", lambda p: os.mkfifo(p)),
    ("x.txt", lambda p: os.mkfifo(p)),
    ("x.md", lambda p: os.symlink("/dev/zero", p)),
    ("x.docx", lambda p: os.symlink("/dev/zero", p)),
    ("x.txt", lambda p: os.symlink("/dev/urandom", p)),
])
@pytest.mark.usefixtures("english")
def test_a_file_that_is_not_regular_is_refused_before_it_is_read(tmp_path, name, make):
    make(tmp_path / name)
    (tmp_path / "a.txt").write_text(DOCUMENT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(tmp_path / ".cache")}
    for args in ([name, "a.txt"], ["--exit-zero", "."]):
        result = subprocess.run([sys.executable, "-m", "auditor", "check", "--jobs", "1", "--format", "concise", *args],
                                cwd=tmp_path, env=env, capture_output=True, timeout=30, preexec_fn=limited_memory)
        assert result.returncode == 2
        assert "not a regular file" in one_error_line(result) and name in one_error_line(result)
        assert b"a.txt:1:8: PUN001" in result.stdout  # the other file is still linted


def test_reading_checks_the_file_type_first(tmp_path):
    from auditor.loading import InputError, read_text_file

    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match="pipe.txt: not a regular file \\(a named pipe\\)"):
        read_text_file(str(tmp_path / "pipe.txt"))
    with pytest.raises(InputError, match="not a regular file \\(a character device\\)"):
        read_text_file("/dev/zero")
