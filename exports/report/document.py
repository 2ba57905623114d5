"""The Word side of the report: the base document (a client's template or
python-docx's default), styles with fallbacks, fields (TOC, PAGE, NUMPAGES,
SEQ) and saving without ever leaving half a file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document as open_document
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from exports.files import partial_file
from workbench.errors import TeemaError
from workbench.i18n import _

TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#: table styles in order of preference; the first the document has is used
TABLE_STYLES = ("Light List Accent 1", "Table Grid")


class ReportError(TeemaError):
    """The report cannot be written (template unusable, file not writable)."""


class ReportCancelled(TeemaError):
    """The user cancelled writing the report; no file was written."""

    def __init__(self) -> None:
        super().__init__(_("Cancelled."))


def _template_bytes(path: Path) -> bytes:
    """The template as a .docx package: a .dotx's main part re-typed as a document."""

    def refuse(reason: str) -> ReportError:
        return ReportError(
            _("The template {path} cannot be used: {reason}").format(path=path, reason=reason)
        )

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise refuse(_("the file does not exist")) from None
    except OSError as exc:
        raise refuse(exc.strerror or str(exc)) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise refuse(_("it is not a Word document (.docx or .dotx)"))
            types = package.read("[Content_Types].xml")
            if TEMPLATE_TYPE.encode() not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as patched:
                for item in package.infolist():
                    content = package.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        content = content.replace(TEMPLATE_TYPE.encode(), DOCUMENT_TYPE.encode())
                    patched.writestr(item, content)
            return out.getvalue()
    except zipfile.BadZipFile:
        raise refuse(_("it is not a Word document (.docx or .dotx)")) from None


def open_base(template: Path | None) -> Document:
    """A document to build on: the template's styles, headers, footers and page
    set-up with its body emptied (the last section's properties kept), or
    python-docx's default on A4 paper."""
    if template is None:
        document = open_document()
        section = document.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2.3))
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
        return document
    template = Path(template)
    data = _template_bytes(template)
    try:
        document = open_document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises assorted errors on broken packages
        raise ReportError(
            _("The template {path} cannot be used: {reason}").format(path=template, reason=exc)
        ) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def style(document: Document, *names: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> str:
    """The first of ``names`` the document has; a client template may lack some,
    so the first name is created (based on Normal) when none exists."""
    existing = {s.name for s in document.styles if s.type == kind}
    for name in names:
        if name in existing:
            return name
    created = document.styles.add_style(names[0], kind)
    if kind == WD_STYLE_TYPE.PARAGRAPH:
        created.base_style = document.styles["Normal"]
        if names[0].startswith("Heading"):
            level = int(names[0].split()[-1])
            created.font.bold = True
            created.font.size = Pt({1: 16, 2: 13}.get(level, 12))
            props = created.element.get_or_add_pPr()
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level - 1))
            props.append(outline)
        elif names[0] in ("Quote", "Intense Quote"):
            created.font.italic = True
            created.paragraph_format.left_indent = Cm(1)
    return names[0]


def table_style(document: Document) -> str | None:
    existing = {s.name for s in document.styles if s.type == WD_STYLE_TYPE.TABLE}
    return next((name for name in TABLE_STYLES if name in existing), None)


def add_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A complex field (begin, instruction, separate, shown result, end): Word
    recomputes it; ``placeholder`` is what shows until then."""

    def char(kind: str) -> None:
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def update_fields_on_open(document: Document) -> None:
    """w:updateFields in settings.xml: Word offers to update the TOC and page
    numbers when the report is opened."""
    settings = document.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")
    settings.append(element)


def _has_content(part_element: object) -> bool:
    xml = getattr(part_element, "xml", "")
    return "<w:t" in xml or "<w:drawing" in xml or "<w:pict" in xml or "instrText" in xml


def add_page_numbers(document: Document, page_text: str, *, cover: bool = False) -> None:
    """ "Page X of Y" (``page_text`` with {page} and {pages}) centred in every
    section's footer that has none of its own; a template's footer is kept.
    ``cover`` leaves the first page (the cover) without a number."""
    if cover:
        document.sections[0].different_first_page_header_footer = True
    before, _sep, rest = page_text.partition("{page}")
    middle, _sep, after = rest.partition("{pages}")
    for index, section in enumerate(document.sections):
        footer = section.footer
        if footer.is_linked_to_previous and index > 0:
            continue  # shows the footer of the section before
        if not footer.is_linked_to_previous and _has_content(footer._element):
            continue
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(before)
        add_field(paragraph, "PAGE", "1")
        paragraph.add_run(middle)
        add_field(paragraph, "NUMPAGES", "1")
        if after:
            paragraph.add_run(after)


def set_column_widths(table: Table, widths: list[float]) -> None:
    """Column widths in cm (Word reads the cells' widths; LibreOffice the grid's)."""
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = Cm(width)
    for column, width in zip(table.columns, widths, strict=False):
        column.width = Cm(width)


def text_width_cm(document: Document) -> float:
    section = document.sections[-1]
    if section.page_width is None or section.left_margin is None or section.right_margin is None:
        return 16.0
    return float((section.page_width - section.left_margin - section.right_margin) / Cm(1))


def save_atomic(document: Document, path: Path) -> Path:
    """Write beside ``path`` and move into place: a failure never leaves half a file."""
    path = Path(path)
    try:
        with partial_file(path) as part:
            document.save(str(part))
    except ReportError:
        raise
    except TeemaError as exc:  # the OS refused: same message as every export
        raise ReportError(str(exc)) from None
    return path
