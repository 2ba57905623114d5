"""Draft survey items of one hypothesis: statement, response scale, reverse wording.

The item-writing checks (``coding.item_checks``) run as the researcher types: a
warning sign beside the item, its tooltip and the line under the list say what
to fix. A statement is saved when the field is left (Enter or focus out), a scale
or the reverse box at once; each is one undoable action.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coding.item_checks import ItemIssue, check_item
from ui.hypothesis_edits import apply_or_warn
from ui.session import Session
from workbench.domain.hypotheses import SCALES, Hypothesis, SurveyItem
from workbench.labels import scale_label


def issues_text(issues: list[ItemIssue]) -> str:
    return "\n".join(f"• {issue.message}" for issue in issues)


class CheckSign(QLabel):
    """A warning sign shown while an item has issues; the issues are its tooltip."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.setPixmap(icon.pixmap(size, size))
        self.setFixedWidth(size + 4)
        self.issues: list[ItemIssue] = []
        self.show_issues([])

    def show_issues(self, issues: list[ItemIssue]) -> None:
        self.issues = issues
        self.setToolTip(issues_text(issues))
        self.setAccessibleDescription(self.toolTip())
        # Keep the space when hidden so the row does not jump while typing.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setVisible(bool(issues))


class ItemRow(QObject):
    """The widgets of one item (in the editor's grid); the item is re-read from the
    project on refresh."""

    #: the issues of the text being typed changed
    checked = Signal(list)

    def __init__(self, editor: SurveyItemsEditor, item: SurveyItem) -> None:
        super().__init__(editor)
        self.editor = editor
        self.item = item
        self.statement = QLineEdit(editor)
        self.scale = QComboBox(editor)
        for key in SCALES:
            self.scale.addItem(scale_label(key), key)
        self.reversed = QCheckBox(self.tr("Reversed"), editor)
        self.reversed.setToolTip(self.tr("Negatively worded: reverse its scores in analysis"))
        self.sign = CheckSign(editor)
        self.delete = QToolButton(editor)
        self.delete.setText("×")
        self.delete.setAutoRaise(True)
        self.delete.setToolTip(self.tr("Delete this item"))
        self.delete.setAccessibleName(self.delete.toolTip())
        self.statement.textEdited.connect(lambda _t: self.check(typed=True))
        self.statement.editingFinished.connect(self.commit)
        self.scale.activated.connect(lambda _i: self.editor.update_item(self, "scale"))
        self.reversed.clicked.connect(lambda _c: self.editor.update_item(self, "reversed"))
        self.delete.clicked.connect(lambda: self.editor.delete_item(self.item.id))
        self.show_item(item)

    def show_item(self, item: SurveyItem) -> None:
        self.item = item
        if not self.statement.hasFocus() or not self.statement.isModified():
            if self.statement.text() != item.statement:
                self.statement.setText(item.statement)
                self.statement.setCursorPosition(0)  # show the start, not the end
            self.statement.setToolTip(item.statement)
            self.statement.setModified(False)
        self.scale.setCurrentIndex(max(0, self.scale.findData(item.scale)))
        self.reversed.setChecked(item.reversed)
        self.check()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.statement, self.sign, self.scale, self.reversed, self.delete)

    def check(self, typed: bool = False) -> None:
        issues = check_item(self.statement.text(), self.editor.language)
        self.sign.show_issues(issues)
        if typed:
            self.checked.emit(issues)

    def commit(self) -> None:
        if self.statement.text() != self.item.statement:
            self.editor.update_item(self, "statement")
        self.statement.setModified(False)


class SurveyItemsEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = session.project.language
        self.hypothesis: Hypothesis | None = None
        self.rows: list[ItemRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(2)
        self.new_edit = QLineEdit(self)
        self.new_edit.setPlaceholderText(self.tr("New survey item…"))
        self.new_sign = CheckSign(self)
        self.add_button = QPushButton(self.tr("Add item"), self)
        self.add_button.setEnabled(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.new_edit.textChanged.connect(self._check_new)
        self.new_edit.returnPressed.connect(self.add_item)
        self.add_button.clicked.connect(lambda: self.add_item())
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_edit, 1)
        new_row.addWidget(self.new_sign)
        new_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(new_row)
        layout.addWidget(self.message)

    # -- showing ----------------------------------------------------------------------

    def set_hypothesis(self, hypothesis: Hypothesis | None) -> None:
        """Show ``hypothesis``'s items; rows are updated in place while the same items
        are shown, so a field being typed in keeps its focus and text."""
        changed = (hypothesis.id if hypothesis else None) != (
            self.hypothesis.id if self.hypothesis else None
        )
        self.hypothesis = hypothesis
        items = hypothesis.items if hypothesis else ()
        if not changed and [r.item.id for r in self.rows] == [i.id for i in items]:
            for row, item in zip(self.rows, items, strict=True):
                row.show_item(item)
            return
        if changed:
            self.new_edit.clear()
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
            row.deleteLater()
        self.rows = []
        for n, item in enumerate(items):
            # Two lines an item: the statement, its sign and ×; then scale and wording.
            row = ItemRow(self, item)
            self.grid.addWidget(row.statement, 3 * n, 0, 1, 2)
            self.grid.addWidget(row.sign, 3 * n, 2)
            self.grid.addWidget(row.delete, 3 * n, 3)
            self.grid.addWidget(row.scale, 3 * n + 1, 0)
            self.grid.addWidget(row.reversed, 3 * n + 1, 1)
            self.grid.setRowMinimumHeight(3 * n + 2, self.fontMetrics().height() // 2)
            row.checked.connect(self._show_message)
            self.rows.append(row)
        self._show_message([])

    def _check_new(self, text: str) -> None:
        issues = check_item(text, self.language) if text.strip() else []
        self.new_sign.show_issues(issues)
        self.add_button.setEnabled(bool(text.strip()) and self.hypothesis is not None)
        self._show_message(issues)

    def _show_message(self, issues: list[ItemIssue]) -> None:
        self.message.setText(issues_text(issues))
        self.message.setVisible(bool(issues))

    # -- editing ----------------------------------------------------------------------

    def add_item(self, text: str | None = None) -> int | None:
        """Add the typed (or given) statement as a new item; returns its id."""
        if self.hypothesis is None:
            return None
        statement = self.new_edit.text() if text is None else text
        if not statement.strip():
            return None
        hypothesis_id, hypotheses = self.hypothesis.id, self.session.project.hypotheses
        item = apply_or_warn(
            self.session,
            self,
            self.tr("Add survey item"),
            lambda: hypotheses.add_item(hypothesis_id, statement),
        )
        if item is None:
            return None
        self.new_edit.clear()
        return item.id

    def update_item(self, row: ItemRow, field: str) -> None:
        item_id, hypotheses = row.item.id, self.session.project.hypotheses
        if field == "statement":
            text = row.statement.text()
            if not text.strip():
                row.show_item(row.item)  # an empty statement is refused: put it back
                return
            apply_or_warn(
                self.session,
                self,
                self.tr("Edit survey item"),
                lambda: hypotheses.update_item(item_id, statement=text),
            )
        elif field == "scale":
            scale = str(row.scale.currentData())
            apply_or_warn(
                self.session,
                self,
                self.tr("Change response scale"),
                lambda: hypotheses.update_item(item_id, scale=scale),
            )
        else:
            flag = row.reversed.isChecked()
            apply_or_warn(
                self.session,
                self,
                self.tr("Mark item reverse-worded"),
                lambda: hypotheses.update_item(item_id, reversed=flag),
            )

    def delete_item(self, item_id: int) -> None:
        hypotheses = self.session.project.hypotheses
        apply_or_warn(
            self.session,
            self,
            self.tr("Delete survey item"),
            lambda: hypotheses.delete_item(item_id),
        )

    def commit(self) -> None:
        """Save a statement still being typed (another hypothesis is about to be shown)."""
        for row in self.rows:
            if row.statement.isModified():
                row.commit()
