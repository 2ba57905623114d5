"""A thin layer over python-docx for the report's sections: headings, text,
tables and figures in the document's own styles, numbers and dates written the
way the report's language writes them."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from matplotlib.figure import Figure

from exports.charts import figure_png
from exports.report.document import add_field, set_column_widths, style, table_style, text_width_cm
from workbench.i18n import N_, translator

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
TABLE_FONT = Pt(9)


class Writer:
    def __init__(self, document: Document, language: str) -> None:
        self.document = document
        self.language = language
        self._t = translator(language)
        self.figures = 0
        self.heading_styles = {n: style(document, f"Heading {n}") for n in (1, 2)}
        self.body = style(document, "Body Text", "Normal")

    # -- language --------------------------------------------------------------

    def t(self, message: str) -> str:
        return self._t.gettext(message)

    def count(self, n: int, singular: str, plural: str) -> str:
        """'{n} segments' in the report's language; both forms are msgids of their own
        (Finnish, like English, has one form for 1 and one for the rest)."""
        return self.t(singular if n == 1 else plural).format(n=self.number(n))

    def number(self, value: float, digits: int = 0, signed: bool = False) -> str:
        text = f"{value:+,.{digits}f}" if signed else f"{value:,.{digits}f}"
        if self.language == "fi":
            text = text.replace(",", "\u00a0").replace(".", ",")
        return text.replace("-", "−")

    def date(self, day: dt.date) -> str:
        if self.language == "fi":
            return f"{day.day}.{day.month}.{day.year}"
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"

    # -- blocks ------------------------------------------------------------------

    def heading(self, text: str, level: int = 1, *, new_page: bool | None = None) -> Paragraph:
        """A heading; a Heading 1 starts a new page unless ``new_page`` is False."""
        name = self.heading_styles.get(level) or style(self.document, f"Heading {level}")
        paragraph = self.document.add_paragraph(text, style=name)
        if new_page if new_page is not None else level == 1:
            paragraph.paragraph_format.page_break_before = True
        return paragraph

    def orientation(self, landscape: bool) -> None:
        """Start a new section on a new page, landscape or portrait (headers and
        footers carry over from the section before)."""
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        width, height = section.page_width, section.page_height
        if width is not None and height is not None and (width > height) != landscape:
            section.page_width, section.page_height = height, width
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT

    def paragraph(self, text: str = "", style_name: str | None = None) -> Paragraph:
        return self.document.add_paragraph(text, style=style_name or self.body)

    def bullet(self, text: str) -> Paragraph:
        return self.document.add_paragraph(text, style=style(self.document, "List Bullet",
                                                             "List Paragraph"))  # fmt: skip

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        numeric: Sequence[int] = (),
        header_row: bool = True,
    ) -> Table:
        """A table in the document's table style; ``widths`` in cm are scaled to the
        text width, ``numeric`` columns are right-aligned."""
        document = self.document
        table = document.add_table(rows=0, cols=len(widths))
        name = table_style(document)
        if name:
            table.style = document.styles[name]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _table_look(table, header_row)
        lines = [list(headers)] if header_row else []
        for values in [*lines, *rows]:
            cells = table.add_row().cells
            for column, (cell, value) in enumerate(zip(cells, values, strict=True)):
                cell.text = ""
                paragraph = cell.paragraphs[0]
                run = paragraph.add_run(value)
                run.font.size = TABLE_FONT
                if column in numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                paragraph.paragraph_format.space_after = Pt(0)
        if header_row and table.rows:
            properties = table.rows[0]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            properties.append(repeat)
        scale = min(1.0, text_width_cm(document) / sum(widths))
        set_column_widths(table, [w * scale for w in widths])
        self.paragraph().paragraph_format.space_after = Pt(2)
        return table

    def figure(self, fig: Figure, caption: str) -> None:
        """The figure as a 200 dpi PNG at the text's width, then its caption
        ('Figure 3. …') with a SEQ field Word renumbers."""
        width = min(text_width_cm(self.document), 16.5)
        picture = self.document.add_paragraph(style=self.body)
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.keep_with_next = True
        picture.add_run().add_picture(io.BytesIO(figure_png(fig)), width=Cm(width))
        self.figures += 1
        paragraph = self.document.add_paragraph(style=style(self.document, "Caption"))
        label, _sep, rest = self.t(N_("Figure {n}.")).partition("{n}")
        paragraph.add_run(label)
        add_field(paragraph, "SEQ Figure \\* ARABIC", str(self.figures))
        paragraph.add_run(rest + " " + caption)


def _table_look(table: Table, header_row: bool) -> None:
    properties = table._tbl.tblPr
    for old in properties.findall(qn("w:tblLook")):
        properties.remove(old)
    look = OxmlElement("w:tblLook")
    # the attributes for Word 2010 and later, the bit mask for older readers
    flags = {"firstRow": (header_row, 0x20), "lastRow": (False, 0x40),
             "firstColumn": (False, 0x80), "lastColumn": (False, 0x100),
             "noHBand": (False, 0x200), "noVBand": (True, 0x400)}  # fmt: skip
    mask = 0
    for key, (value, bit) in flags.items():
        look.set(qn(f"w:{key}"), "1" if value else "0")
        mask |= bit if value else 0
    look.set(qn("w:val"), f"{mask:04X}")
    properties.append(look)
