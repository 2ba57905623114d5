"""The Themes dock: group passages into candidate themes and review them.

Choose the units (coded segments, interviewees' turns, paragraphs, survey
answers) and filters, press Run: the units are read here, tokenised and
clustered on the thread pool (``ui.jobs.Job``, with progress and cancel), and
the result is stored back on the GUI thread as one undoable action. The slider
cuts the same clustering into more or fewer themes without clustering again
(until a theme has been reviewed). Every review action (rename, merge, split,
drop units, reject, accept, accept with a code) goes through ``session.apply``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coding.retrieval import RetrievalFilter
from coding.themes import review
from coding.themes.engine import DEFAULT_K, ThemeModel
from ui.session import Session
from ui.themes_model import LABEL, ThemesModel, UnitsModel
from ui.themes_run import ThemesRunBar
from workbench.errors import TeemaError

#: Tables whose changes the dock shows.
THEME_TABLES = frozenset({"theme_runs", "candidate_themes", "theme_units", "accepted_themes"})


class ThemesPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: the clustering behind the shown run, while this window made it (slider)
        self._model: ThemeModel | None = None
        self._model_run: int | None = None
        project = session.project

        self.run_bar = ThemesRunBar(session, self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(2, 40)
        self.slider.setValue(DEFAULT_K)
        self.k_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.themes_model = ThemesModel(project, self)
        self.table = QTableView(self)
        self.table.setModel(self.themes_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.units_model = UnitsModel(project, self)
        self.units_view = QListView(self)
        self.units_view.setModel(self.units_model)
        self.units_view.setWordWrap(True)
        self.units_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, slot in (
            ("rename", self.tr("Rename…"), lambda: self.rename()),
            ("merge", self.tr("Merge"), lambda: self.merge()),
            ("split", self.tr("Split"), lambda: self.split()),
            ("drop", self.tr("Drop units"), lambda: self.drop_units()),
            ("reject", self.tr("Reject"), lambda: self.reject()),
            ("accept", self.tr("Accept"), lambda: self.accept(False)),
            ("accept_code", self.tr("Accept + code"), lambda: self.accept(True)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)

        granularity = QHBoxLayout()
        granularity.addWidget(QLabel(self.tr("Themes:"), self))
        granularity.addWidget(self.slider, 1)
        granularity.addWidget(self.k_label)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.units_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.run_bar)
        layout.addLayout(granularity)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

        self.run_bar.finished.connect(self._on_finished)
        self.run_bar.message.connect(self.status.setText)
        self.slider.valueChanged.connect(self._on_slider)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.units_view.doubleClicked.connect(self._open_unit)
        session.changed.connect(self._on_changed)
        self._show_run(project.themes.latest_run().id if project.themes.latest_run() else None)

    # -- a run ----------------------------------------------------------------------------

    def _on_finished(self, model: ThemeModel, kind: str, flt: RetrievalFilter) -> None:
        k = self.slider.value()
        run = self._apply(
            self.tr("Find themes"),
            lambda: review.store_model(self.session.project, model, k, kind, flt),
        )
        if run is None:
            return
        self._model, self._model_run = model, run.id
        self._show_run(run.id)
        note = "" if model.has_vectors else " " + self.tr("(no word vectors: words only)")
        self.status.setText(self.tr("%n theme(s) found.", "", len(model.themes(k))) + note)

    def _on_slider(self, k: int) -> None:
        self.k_label.setText(str(k))
        model, run_id = self._model, self._model_run
        if model is None or run_id is None or run_id != self.themes_model.run_id:
            return
        self._apply(
            self.tr("Change the number of themes"),
            lambda: review.recut(self.session.project, run_id, model, k),
        )

    # -- review ------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [t.id for r in rows if (t := self.themes_model.theme_at(r)) is not None]

    def select_themes(self, theme_ids: list[int]) -> None:
        from PySide6.QtCore import QItemSelectionModel

        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for theme_id in theme_ids:
            row = self.themes_model.row_of(theme_id)
            if row >= 0:
                selection.select(self.themes_model.index(row, LABEL), flags)

    def _one(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def rename(self, name: str | None = None) -> None:
        theme_id = self._one()
        if theme_id is None:
            return
        if name is None:
            old = self.session.project.themes.get(theme_id).label
            name, ok = QInputDialog.getText(
                self, self.tr("Rename theme"), self.tr("Name:"), text=old
            )
            if not ok:
                return
        self._apply(
            self.tr("Rename theme"), lambda: self.session.project.themes.rename(theme_id, name)
        )

    def merge(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        theme = self._apply(
            self.tr("Merge themes"), lambda: review.merge(self.session.project, ids)
        )
        if theme is not None:
            self.select_themes([theme.id])

    def split(self) -> None:
        theme_id = self._one()
        if theme_id is None:
            return
        parts = self._apply(
            self.tr("Split theme"), lambda: review.split(self.session.project, theme_id)
        )
        if parts:
            self.select_themes([t.id for t in parts])

    def drop_units(self) -> None:
        theme_id = self._one()
        rows = [i.row() for i in self.units_view.selectionModel().selectedIndexes()]
        units = [u.id for r in rows if (u := self.units_model.unit_at(r)) is not None]
        if theme_id is None or not units:
            return
        self._apply(
            self.tr("Drop units from theme"),
            lambda: self.session.project.themes.drop_units(theme_id, units),
        )
        self.select_themes([theme_id])

    def reject(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        themes = self.session.project.themes
        self._apply(self.tr("Reject theme"), lambda: [themes.reject(t) for t in ids])

    def accept(self, create_code: bool, name: str | None = None) -> None:
        theme_id = self._one()
        if theme_id is None:
            return
        themes = self.session.project.themes
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Accept theme"), self.tr("Name:"), text=themes.get(theme_id).label
            )
            if not ok:
                return
        label = (
            self.tr("Accept theme and code its units") if create_code else self.tr("Accept theme")
        )
        self._apply(label, lambda: themes.accept(theme_id, name=name, code=create_code))
        self.select_themes([theme_id])

    # -- plumbing ----------------------------------------------------------------------

    def _apply(self, label: str, action):  # type: ignore[no-untyped-def]
        """session.apply, with a refused edit's message shown in the dock."""
        try:
            return self.session.apply(label, action)
        except TeemaError as exc:
            self.status.setText(str(exc))
            return None

    def _show_run(self, run_id: int | None) -> None:
        selected = self.selected_ids()
        self.themes_model.set_run(run_id)
        if run_id is not None:
            k = self.session.project.themes.get_run(run_id).parameters.get("k")
            if isinstance(k, int) and self.slider.value() != k:
                self.slider.blockSignals(True)
                self.slider.setValue(k)
                self.slider.blockSignals(False)
        self.k_label.setText(str(self.slider.value()))
        self.select_themes(selected)
        self._on_selection()

    def _on_selection(self, *_args: object) -> None:
        ids = self.selected_ids()
        one = len(ids) == 1
        self.units_model.set_theme(ids[0] if one else None)
        status = self.session.project.themes.get(ids[0]).status if one else ""
        for key, enabled in (
            ("rename", one),
            ("merge", len(ids) >= 2),
            ("split", one),
            ("drop", one),
            ("reject", bool(ids) and status != "accepted"),
            ("accept", one and status != "accepted"),
            ("accept_code", one and status != "accepted"),
        ):
            self.buttons[key].setEnabled(enabled)

    def _open_unit(self, index: QModelIndex) -> None:
        unit = self.units_model.unit_at(index.row())
        if unit is not None:
            self.session.open_document(unit.document_id, unit.start, unit.end)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "codes" in tables or "attributes" in tables or "case_attribute_values" in tables:
            self.run_bar.fill_filters()
        if tables & THEME_TABLES:
            runs = [r.id for r in self.session.project.themes.runs()]
            shown = self.themes_model.run_id
            self._show_run(shown if shown in runs else (runs[0] if runs else None))
