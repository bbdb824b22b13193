"""Makes the PDF test files: each sample of samples/*.txt written as a Word document laid out as a 公文
(A4, GB/T 9704 margins, 16 pt serif CJK type, first-line indent of two characters, page numbers "—
N —" in the footer, a running header) and printed to PDF by LibreOffice; and table.pdf, a report
with a ruled table; scanned.pdf, that report as a picture of its page (a scan: no text layer);
pictured.pdf, two paragraphs with a picture of that table between them; encrypted.pdf, the report
locked with a user password (AES-256); restricted.pdf, the report with an owner password only (it
opens without one, as most "protected" government PDFs do); twocolumn.pdf, sample 003 under a 红头
(the issuing office in red, the 文号 over a red rule) in a section set in two columns; ragged.pdf,
sample 002 set by another producer (reportlab, WenQuanYi Micro Hei, ragged right so that long
figures carry over to the next line, page numbers "- N -" and no running header). Run it by hand
(needs soffice, pdftoppm, python-docx, pypdf, reportlab and fonts-wqy-microhei); the PDFs are
committed.

    python tests/data/pdf/make_pdfs.py
"""

import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[2] / "samples"
FONT = "Noto Serif CJK SC"
TABLE = [
    ("年份", "检查人数（人）", "确诊人数（人）"),
    ("2018年", "44052", "41"),
    ("2019年", "36680", "59"),
    ("2020年", "10017", "27"),
    ("2021年", "3001", "26"),
    ("2022年", "2124", "28"),
    ("合计", "96143", "181"),
]


def _font(style_or_run, size=16):
    style_or_run.font.name = FONT
    style_or_run.font.size = Pt(size)
    properties = style_or_run.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.append(fonts)
    fonts.set(qn("w:eastAsia"), FONT)


def _page_number(paragraph):
    """— PAGE — as a field, centred."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.text = text
        run._r.append(element)
    paragraph.add_run(" —")


def new_document(header: str):
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _font(document.styles["Normal"])
    document.styles["Normal"].paragraph_format.first_line_indent = Pt(32)
    document.styles["Normal"].paragraph_format.space_after = Pt(0)
    document.styles["Normal"].paragraph_format.line_spacing = Pt(28)
    heading = section.header.paragraphs[0]
    heading.text = header
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number(section.footer.paragraphs[0])
    return document


def sample_document(text: str):
    lines = [line for line in text.splitlines() if line.strip()]
    document = new_document("公文样本 · 仅供测试")
    for line in lines:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return document


def two_column_document(text: str):
    """A 红头 across the page, then the text in a continuous section of two columns."""
    document = new_document("公文样本 · 仅供测试")
    office = document.add_paragraph()
    office.alignment = WD_ALIGN_PARAGRAPH.CENTER
    office.paragraph_format.first_line_indent = Pt(0)
    run = office.add_run("天门市民政局文件")
    run.font.size, run.font.color.rgb, run.bold = Pt(36), RGBColor(0xE0, 0, 0), True
    number = document.add_paragraph("天民发〔2022〕15号")
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    number.paragraph_format.first_line_indent = Pt(0)
    borders, rule = OxmlElement("w:pBdr"), OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "18"), ("space", "4"), ("color", "E00000")):
        rule.set(qn(f"w:{key}"), value)
    borders.append(rule)
    number._p.get_or_add_pPr().append(borders)
    section = document.add_section(WD_SECTION.CONTINUOUS)
    columns = section._sectPr.find(qn("w:cols"))
    if columns is None:
        columns = OxmlElement("w:cols")
        section._sectPr.append(columns)
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "425")  # 0.75 cm between the columns
    for line in (line for line in text.splitlines() if line.strip()):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return document


def pictured_document(picture):
    """Text with a picture of a table between its paragraphs (the figures in it are not read)."""
    document = docx.Document()
    document.add_paragraph("全年共救助困境儿童1705人，其中男童903人、女童812人。")
    document.add_picture(str(picture), width=Mm(60))
    document.add_paragraph("以上为2018年以来检查情况统计表。")
    return document


def table_document():
    document = new_document("妇女健康工作情况报告")
    document.add_paragraph("关于2022年妇女健康工作情况的报告")
    document.add_paragraph("一是加强组织领导，成立工作专班；二是强化资金保障，落实专项经费；二是狠抓工作落实，开展督导检查。")
    document.add_paragraph("2018年以来为妇女免费检查情况如下表：")
    grid = document.add_table(rows=0, cols=3)
    grid.style = "Table Grid"
    for row in TABLE:
        cells = grid.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
            cell.paragraphs[0].paragraph_format.first_line_indent = Pt(0)
    document.add_paragraph("下一步，我们将继续做好妇女健康工作，确保各项措施落到实处。")
    return document


def main():
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        for sample in sorted(SAMPLES.glob("*.txt")):
            sample_document(sample.read_text(encoding="utf-8")).save(scratch / f"{sample.stem}.docx")
        table_document().save(scratch / "table.docx")
        two_column_document(next(SAMPLES.glob("003_*.txt")).read_text(encoding="utf-8")).save(scratch / "twocolumn.docx")
        convert(scratch.glob("*.docx"), HERE)
        subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(HERE / "table.pdf"), str(scratch / "scan")], check=True)
        scan = docx.Document()
        scan.add_picture(str(scratch / "scan.png"), width=Mm(170))
        scan.save(scratch / "scanned.docx")
        pictured_document(scratch / "scan.png").save(scratch / "pictured.docx")
        convert([scratch / "scanned.docx", scratch / "pictured.docx"], HERE)
    lock("encrypted.pdf", user="secret", owner="owner-secret")
    lock("restricted.pdf", user="", owner="owner-secret")
    ragged(next(SAMPLES.glob("002_*.txt")), HERE / "ragged.pdf")


def ragged(sample, target):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    style = ParagraphStyle("body", fontName="wqy", fontSize=16, leading=28, firstLineIndent=32, wordWrap="CJK")
    lines = [line for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    story = [Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style) for line in lines]

    def number(canvas, document):
        canvas.setFont("wqy", 12)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {document.page} -")

    SimpleDocTemplate(str(target), pagesize=A4).build(story, onFirstPage=number, onLaterPages=number)


def convert(documents, folder):
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), *sorted(map(str, documents))],
        check=True, stdout=sys.stderr,
    )


def lock(name, user, owner):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(HERE / "table.pdf"))
    writer.encrypt(user_password=user, owner_password=owner, permissions_flag=0 if not user else -1, algorithm="AES-256")
    with open(HERE / name, "wb") as file:
        writer.write(file)


if __name__ == "__main__":
    main()
