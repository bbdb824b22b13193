"""Documents in traditional characters, and mirror pages that gloss characters with pinyin, are read
as the simplified text they stand for; every place still points into the source."""

from auditor.text import Document
from auditor.traditional import is_traditional, to_simplified
from helpers import codes, findings

# a county bulletin as a mirror site serves it, in traditional characters
BULLETIN = "年末全縣戶籍總人口47.08萬人。其中,男性人口25.91萬人,女性人口22.17萬人。全年發放慰問金22.68萬元、慰問品價值4.61萬元,合計27.22萬元。"


def test_a_traditional_document_is_read_as_simplified_text():
    doc = Document(BULLETIN)
    assert doc.plain.startswith("年末全县户籍总人口47.08万人。其中")
    assert len(doc.plain) == len(BULLETIN)  # one character for one: offsets hold
    assert [q.value for q in doc.numbers][:3] == [470800, 259100, 221700]


def test_its_inconsistencies_are_found_at_their_places():
    found = findings(BULLETIN, ["NUM001"])
    assert len(found) == 2
    population, gifts = sorted(found, key=lambda f: f.column)
    assert (population.line, population.column) == (1, 10)  # 47.08萬人 in the source
    assert "25.91万人+22.17万人 = 48.08万人" in population.message
    assert "22.68万元+4.61万元 = 27.29万元" in gifts.message


def test_a_simplified_document_that_quotes_a_traditional_name_is_left_as_written():
    text = "全县共有孤儿 54 人。据《臺灣通訊》報道,著名学者乾隆研究会会长来访。" * 3
    assert not is_traditional(text)
    assert Document(text).plain == text


def test_the_table_keeps_one_character_for_one():
    text = "萬億戶個計與發後於"
    assert to_simplified(text) == "万亿户个计与发后于"


def test_pinyin_glosses_of_a_mirror_page_are_taken_out():
    text = "完成先進製造業增加值,比上月止累計(jì)提高2.1個(gè)百分點(diǎn)。預算(yusuan)另計。"
    doc = Document(text)
    assert doc.plain == "完成先进制造业增加值,比上月止累计提高2.1个百分点。预算(yusuan)另计。"
    assert codes(text, ["NUM005"]) == []  # 2.1 个百分点, read as written
    start = doc.plain.index("2.1")
    assert doc.source_offset(start) == text.index("2.1")
