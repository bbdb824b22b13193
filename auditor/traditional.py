"""Documents in traditional characters (a mirror site's copy of a bulletin, a reprint) read as the
simplified text that the lexicon and the rules know.

Each traditional character is folded to its simplified form, one character for one, so every offset
of the normalised view still points into the source: 萬 is 万 to the figure reader, 合計 is 合计 to
NUM001. Only a document that plainly is in traditional characters is folded: a few characters
that only traditional text uses, making up a noticeable part of it. A simplified document that
quotes a traditional name is left as it is (some of the table's characters are also simplified
ones, 乾 and 著 among them).

The table is OpenCC's TSCharacters, data/traditional.txt (Apache License 2.0).
"""

from __future__ import annotations

from functools import lru_cache

from .lazyre import lazy_re
from .lexicon import bundled_data

# Characters that only traditional text uses, and that every traditional 公文 is full of.
_MARKERS = lazy_re(
    "[們這會個為發國與對時說經過區實現關進員體還開長業東動點數種當產義無樣應問題處車門聯電將給從學"
    "專黨辦務縣鄉鎮農質資總計劃億萬戶貧幫項設構織導職費預決議審]"
)
_MIN_MARKERS = 3
_MARKERS_PER_CHARACTER = 0.01  # in a traditional text they are about one character in ten


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters."""
    if _MARKERS.search(text) is None:  # the common case: one scan, no match
        return False
    count = len(_MARKERS.findall(text))
    return count >= _MIN_MARKERS and count >= len(text) * _MARKERS_PER_CHARACTER


def to_simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form (same length)."""
    return text.translate(_table())


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    pairs = [line for line in bundled_data("traditional.txt").decode("utf-8").splitlines() if line and not line.startswith("#")]
    return {ord(pair[0]): pair[1] for pair in pairs if len(pair) == 2}
