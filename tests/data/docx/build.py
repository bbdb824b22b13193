"""Word files for the .docx tests, built with python-docx and raw WordprocessingML where python-docx
has no API (tracked changes, text boxes, content controls, footnotes, embedded objects)."""

import io
import zipfile

import docx
from docx.oxml import parse_xml

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (f'{W} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
      ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
      ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')
CHANGE = 'w:author="张三" w:date="2024-01-01T00:00:00Z"'

# Each of these holds one defect that a rule finds, in a part of the file a Word user writes in.
INSERTED = "全年共救助困境儿童1705人，其中男童903人、女童812人。"  # 812 is a tracked insertion, 802 deleted
HEADER = "2022年13月30日工作简报"
FOOTNOTE = " 数据截至2022年2月30日。"
TEXTBOX = "一是加强组织领导；二是强化资金保障；二是狠抓工作落实。"
CONTROL = "根据《未成年人保护法的规定，加强保护。"
NESTED = [("年份", "救助人数（人）"), ("2021年", "800"), ("2022年", "905"), ("合计", "1715")]


def add_xml(document, xml):
    body = document.element.body
    element = parse_xml(xml)
    body.insert(len(body) - 1, element)  # before the body's sectPr
    return element


def tracked_paragraph():
    return (f'<w:p {W}><w:r><w:t>全年共救助困境儿童1705人，其中男童903人、女童</w:t></w:r>'
            f'<w:del w:id="2" {CHANGE}><w:r><w:delText>802</w:delText></w:r></w:del>'
            f'<w:ins w:id="3" {CHANGE}><w:r><w:t>812</w:t></w:r></w:ins><w:r><w:t>人。</w:t></w:r></w:p>')


def textbox_paragraph(text=TEXTBOX, alternate=False):
    vml = (f'<w:pict><v:shape id="tb1" style="width:300pt;height:60pt" type="#_x0000_t202"><v:textbox>'
           f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>')
    if alternate:  # Word 2010+: a DrawingML text box, and the same box in VML for older readers
        drawing = ('<w:drawing><wp:inline><wp:extent cx="3000000" cy="600000"/><wp:docPr id="1" name="文本框 1"/>'
                   '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                   f'<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
                   '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>')
        run = f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>'
    else:
        run = f'<w:r>{vml}</w:r>'
    return f'<w:p {NS}><w:r><w:t>工作措施见文本框。</w:t></w:r>{run}</w:p>'


def six_parts(embedded_object=False, alternate=False) -> bytes:
    """A .docx with one defect in each of: a tracked insertion, the header, a footnote, a text box,
    a content control and a table nested in a table cell."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = HEADER
    document.add_paragraph("关于困境儿童救助工作情况的报告")
    add_xml(document, tracked_paragraph())
    add_xml(document, f'<w:p {W}><w:r><w:t>各项数据均为年报数</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>')
    add_xml(document, textbox_paragraph(alternate=alternate))
    add_xml(document, f'<w:sdt {W}><w:sdtPr><w:alias w:val="正文"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>{CONTROL}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    document.add_paragraph("各区县救助情况如下表：")
    outer = document.add_table(rows=2, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text, outer.cell(1, 0).text = "区县", "明细", "城区"
    inner = outer.cell(1, 1).add_table(rows=0, cols=2)
    for row in NESTED:
        cells = inner.add_row().cells
        cells[0].text, cells[1].text = row
    document.add_paragraph("下一步，我们将继续做好相关工作。")
    if embedded_object:
        add_xml(document, f'<w:p {NS}><w:r><w:object><v:shape id="ole1" style="width:100pt;height:50pt"/>'
                          '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="ole1" r:id="rId99"/></w:object></w:r></w:p>')
    return with_footnotes(save(document), {1: FOOTNOTE})


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def with_footnotes(package: bytes, notes: dict) -> bytes:
    """``package`` with a footnotes part holding ``notes`` (id -> text), as Word writes it."""
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                   f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote>' for i, text in notes.items())
    part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f'{body}</w:footnotes>')
    source, out = zipfile.ZipFile(io.BytesIO(package)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            target.writestr(info, data)
        target.writestr("word/footnotes.xml", part)
    return out.getvalue()
