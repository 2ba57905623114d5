"""The main window: it only assembles the panels, docks and actions.

Each panel is its own widget on the shared :class:`ui.session.Session`; this
module wires them into docks, menus and shortcuts, and keeps the window's
state (geometry, dock layout, recent projects) in QSettings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from ui.export_actions import ExportActions
from ui.import_dialog import ImportController
from ui.menus import build_menus
from ui.session import Session
from workbench.errors import TeemaError
from workbench.project import Project

MAX_RECENT = 8
STATE_VERSION = 1


class MainWindow(QMainWindow):
    """One window on one open project."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = Session(project, self)
        self.importer = ImportController(self.session, self)
        self.exporter = ExportActions(self.session, self)
        self.setAcceptDrops(True)
        self.docks: dict[str, QDockWidget] = {}
        self.analysis_window: QMainWindow | None = None
        self._build_panels()
        self.actions_by_name: dict[str, QAction] = build_menus(self)
        self._build_status_bar()
        from ui.nlp_jobs import start_processing

        # Tokens and lemmas for search and themes, in the background once the window is up.
        self.processing = start_processing(self.session, self)
        self._update_title()
        self.session.undo_stack.cleanChanged.connect(self._update_title)
        self.session.changed.connect(self._update_counts)
        self.session.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self._restore_state()
        remember_recent(project.path)
        first = project.documents.list()
        if first:
            self.session.open_document(first[0].id)

    # -- assembly ---------------------------------------------------------------------

    def _build_panels(self) -> None:
        from ui.codebook_panel import CodebookPanel
        from ui.document_view import DocumentView
        from ui.documents_panel import DocumentsPanel
        from ui.emotion_hints import EmotionHints
        from ui.emotion_palette import EmotionPalette
        from ui.emotion_review import EmotionReview
        from ui.hypotheses_panel import HypothesesPanel
        from ui.memo_editor import MemoEditor
        from ui.retrieval_view import RetrievalView
        from ui.search_panel import SearchPanel
        from ui.segment_inspector import SegmentInspector
        from ui.themes_panel import ThemesPanel

        s = self.session
        self.document_view = DocumentView(s, self)
        self.setCentralWidget(self.document_view)
        self.documents_panel = DocumentsPanel(s, self)
        self.codebook_panel = CodebookPanel(s, self)
        self.emotion_palette = EmotionPalette(s, self)
        self.inspector = SegmentInspector(s, self)
        self.memo_editor = MemoEditor(s, self)
        self.retrieval_view = RetrievalView(s, self)
        self.search_panel = SearchPanel(s, self)
        left, right, bottom = (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._dock("documents", self.tr("Documents"), self.documents_panel, left)
        self._dock("codebook", self.tr("Codebook"), self.codebook_panel, right)
        self._dock("emotions", self.tr("Emotion and journey"), self.emotion_palette, right)
        self.emotion_hints = EmotionHints(s, self)
        self._dock("emotion_hints", self.tr("Emotion suggestions"), self.emotion_hints, right)
        self.emotion_review = EmotionReview(s, self)
        self._dock("emotion_review", self.tr("Emotion review"), self.emotion_review, bottom)
        self._dock("inspector", self.tr("Segment"), self.inspector, left)
        self._dock("memos", self.tr("Memos"), self.memo_editor, left)
        self._dock("retrieval", self.tr("Retrieval"), self.retrieval_view, bottom)
        self._dock("search", self.tr("Search"), self.search_panel, bottom)
        self.themes_panel = ThemesPanel(s, self)
        self._dock("themes", self.tr("Themes"), self.themes_panel, bottom)
        self.hypotheses_panel = HypothesesPanel(s, self)
        self._dock("hypotheses", self.tr("Hypotheses"), self.hypotheses_panel, bottom)
        self.tabifyDockWidget(self.docks["inspector"], self.docks["memos"])
        self.tabifyDockWidget(self.docks["retrieval"], self.docks["search"])
        self.tabifyDockWidget(self.docks["retrieval"], self.docks["emotion_review"])
        self.tabifyDockWidget(self.docks["retrieval"], self.docks["themes"])
        self.tabifyDockWidget(self.docks["retrieval"], self.docks["hypotheses"])
        self.docks["inspector"].raise_()
        self.docks["retrieval"].raise_()
        # The layout fixed the window's minimum width while the bottom docks still
        # stood side by side (over 2000 px); measure again now that they are tabs.
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        self.codebook_panel.current_code_changed.connect(self.memo_editor.set_code)
        self.document_view.memo_requested.connect(self._show_memos)
        self.codebook_panel.hypothesis_created.connect(self.show_hypothesis)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[name] = dock

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._update_counts(frozenset({"documents"}))

    # -- state ------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = settings.value("window/state")
        if not (isinstance(state, QByteArray) and self.restoreState(state, STATE_VERSION)):
            self._default_layout()

    def _default_layout(self) -> None:
        """First run: most of the height for the text, the codebook above the palette."""
        vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
        d = self.docks
        self.resizeDocks([d["retrieval"]], [max(220, self.height() // 4)], vertical)
        self.resizeDocks([d["codebook"], d["emotions"], d["emotion_hints"]], [5, 4, 1], vertical)
        self.resizeDocks([d["documents"], d["inspector"]], [3, 2], vertical)
        self.resizeDocks([d["documents"], d["codebook"]], [300, 340], horizontal)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(STATE_VERSION))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.importer.shutdown()
        self.exporter.shutdown()
        self.processing.shutdown()
        self.emotion_hints.shutdown()
        self.emotion_review.shutdown()
        self.themes_panel.run_bar.shutdown()
        if self.analysis_window is not None:
            self.analysis_window.close()
        # Nothing may reach the project once it is closed.
        self.session.blockSignals(True)
        self.session.project.close()
        super().closeEvent(event)

    # -- status -------------------------------------------------------------------------

    def _update_title(self, *_args: object) -> None:
        project = self.session.project
        self.setWindowTitle(self.tr("{name} – Teema").format(name=project.name))
        self.setWindowFilePath(str(project.path))

    def _update_counts(self, tables: frozenset[str]) -> None:
        if not tables & {"documents", "segments", "codes", "cases"}:
            return
        info = self.session.project.info()
        self.counts_label.setText(
            self.tr(
                "Documents: {docs} · codes: {codes} · coded segments: {segments} · cases: {cases}"
            ).format(
                docs=info.documents, codes=info.codes, segments=info.segments, cases=info.cases
            )
        )

    # -- actions ------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        from workbench.importers import supported_extensions

        patterns = " ".join(f"*{ext}" for ext in supported_extensions())
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import files"),
            str(Path.home()),
            self.tr("Research material ({patterns})").format(patterns=patterns),
        )
        if paths:
            self.importer.start([Path(p) for p in paths])

    def open_project_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            str(self.session.project.path.parent),
            self.tr("Teema projects (*.teema)"),
        )
        if path:
            self.switch_project(Path(path))

    def new_project_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            str(self.session.project.path.parent),
            self.tr("Teema projects (*.teema)"),
        )
        if not path:
            return
        target = Path(path) if path.endswith(".teema") else Path(path + ".teema")
        try:
            Project.create(target, language=self.session.project.language).close()
        except TeemaError as exc:
            QMessageBox.warning(self, self.tr("New project"), str(exc))
            return
        self.switch_project(target)

    def switch_project(self, path: Path) -> None:
        """Open ``path`` in a new window and close this one (one project per window)."""
        if path.resolve() == self.session.project.path.resolve():
            return
        window = open_window(path, self)
        if window is not None:
            window.show()
            self.close()

    def _show_memos(self, _segment_id: int = -1) -> None:
        self.docks["memos"].show()
        self.docks["memos"].raise_()
        self.memo_editor.setFocus()

    def show_hypothesis(self, hypothesis_id: int) -> None:
        self.docks["hypotheses"].show()
        self.docks["hypotheses"].raise_()
        self.hypotheses_panel.refresh()
        self.hypotheses_panel.select_hypothesis(hypothesis_id)

    def analysis(self) -> None:
        """The analysis window (matrices, the emotion journey, charts): one per project."""
        from ui.analysis.analysis_window import AnalysisWindow

        if self.analysis_window is None:
            self.analysis_window = AnalysisWindow(self.session)
        self.analysis_window.show()
        self.analysis_window.raise_()
        self.analysis_window.activateWindow()

    def workshop(self) -> None:
        """Workshop mode: the theme board full screen (F11)."""
        from ui.workshop.workshop_window import WorkshopWindow

        WorkshopWindow(self.session, self).start()

    def find_in_documents(self) -> None:
        self.docks["search"].show()
        self.docks["search"].raise_()
        self.search_panel.focus_search()

    def find_document(self) -> None:
        self.docks["documents"].show()
        self.docks["documents"].raise_()
        self.documents_panel.focus_filter()

    def quick_code(self) -> None:
        from ui.quick_coder import QuickCoder

        QuickCoder(self.session, self).open_for_selection()

    def in_vivo(self) -> None:
        if self.session.code_in_vivo() is None:
            self.statusBar().showMessage(self.tr("Select a passage first."), 4000)

    def code_with_recent(self, index: int) -> None:
        self.codebook_panel.code_with_recent(index)

    # -- drag and drop import ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls: list[QUrl] = event.mimeData().urls()
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.start(paths)


def recent_projects() -> list[Path]:
    value = QSettings().value("recent_projects", [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [Path(p) for p in items if p]


def remember_recent(path: Path) -> None:
    path = path.resolve()
    items = [path, *(p for p in recent_projects() if p.resolve() != path)][:MAX_RECENT]
    QSettings().setValue("recent_projects", [str(p) for p in items])


def open_window(path: Path, parent: QWidget | None = None) -> MainWindow | None:
    """Open ``path`` in a new main window; a clear message (not a traceback) if it
    cannot be opened (locked, damaged, not a project ...)."""
    try:
        project = Project.open(path)
    except TeemaError as exc:
        QMessageBox.warning(parent, QApplication.translate("MainWindow", "Open project"), str(exc))
        return None
    return MainWindow(project)
