"""``--format junit``: JUnit XML for CI test reports; one testcase per file, one failure per finding;
``tests`` counts the files, ``failures`` the files with findings, ``errors`` the unreadable ones.

A file that could not be read is a testcase with an ``<error>``. Characters that XML 1.0 cannot
carry (control characters from a damaged document) are replaced with U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def junit_tree(report) -> ET.Element:
    findings = report.findings
    errors = sum(1 for r in report.results if r.error)
    # Counts of test cases, as JUnit readers expect: one per file, failing when it has findings.
    failing = len({f.path for f in findings} - {r.path for r in report.results if r.error})
    counts = {"tests": str(len(report.results)), "failures": str(failing), "errors": str(errors)}
    root = ET.Element("testsuites", name="auditor", **counts)
    suite = ET.SubElement(root, "testsuite", name="auditor", **counts)
    by_path: dict[str, list] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    for result in report.results:
        case = ET.SubElement(suite, "testcase", name=_clean(result.path), classname="auditor")
        if result.error:
            ET.SubElement(case, "error", message=_clean(result.error), type="unreadable")
        for f in by_path.get(result.path, []):
            failure = ET.SubElement(case, "failure", message=_clean(f"{f.rule} {f.message}"), type=f.rule)
            failure.text = _clean(f"{f.path}:{f.line}:{f.column}: {f.rule} {f.name} [{f.severity}] {f.message}")
    return root


def render(report, stream) -> None:
    tree = junit_tree(report)
    ET.indent(tree)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(tree, encoding="unicode"))
    stream.write("\n")
