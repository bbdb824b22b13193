"""Findings: plain, picklable records of what a rule found."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import IntEnum

from .messages import BadValue


class Severity(IntEnum):
    """Ordered so that ``severity >= fail_on`` decides the exit code."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise BadValue(f"unknown severity {name!r} (expected error, warning or info)",
                           f"没有级别 {name!r}（应为 error、warning 或 info）") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Related:
    """Another place that takes part in a finding (the other side of a conflict)."""

    path: str
    line: int
    column: int
    message: str
    end_line: int = 0
    end_column: int = 0


@dataclass(frozen=True)
class Finding:
    """One finding. Lines and columns are 1-based and count Unicode characters; the end is exclusive."""

    path: str
    rule: str
    name: str
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    related: tuple[Related, ...] = field(default=())
    # where the figures the finding is about start in the text: what makes a later finding redundant
    figures: tuple[int, ...] = field(default=(), compare=False)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule, self.message)

    def to_dict(self) -> dict:
        data = asdict(self)
        del data["figures"]
        data["severity"] = str(self.severity)
        data["related"] = [
            {"path": r.path, "line": r.line, "column": r.column, "message": r.message} for r in self.related
        ]
        return data


@dataclass(frozen=True)
class Relation:
    """A relation a rule checked, located: what ``--show-relations`` lists."""

    rule: str
    line: int
    column: int
    kind: str
    arithmetic: str
    holds: bool
