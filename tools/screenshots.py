"""Take the README's screenshots of the main window on the demo project, offscreen:
light and dark, English and Finnish, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py hypotheses  # that one only
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py analysis    # matrix, journey
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = ROOT / "docs" / "screenshots"


def main(only: str | None = None) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui import translations
    from ui.theme import apply_theme
    from workbench import i18n
    from workbench.demo import build_demo
    from workbench.project import Project

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    for language in ("en", "fi"):
        i18n.set_language(language)
        installed = translations.install(app, language)
        for theme in ("light", "dark"):
            if only is not None:
                break
            apply_theme(app, theme)
            path = tmp / f"demo-{language}-{theme}.teema"
            build_demo(path)
            from ui.main_window import MainWindow

            window = MainWindow(Project.open(path, coder="AV"))
            window.resize(1600, 1000)
            window.show()
            _prepare(window)
            from PySide6.QtTest import QTest

            QTest.qWait(600)  # let dock layouts and lazy highlighting settle
            window.repaint()
            QTest.qWait(200)
            target = OUT / f"main-window-{language}-{theme}.png"
            window.grab().save(str(target))
            print(target.relative_to(ROOT))
            window.close()
        if language == "fi" and only in (None, "hypotheses"):
            apply_theme(app, "light")
            _hypotheses_shot(tmp / "demo-hypotheses.teema")
        if language == "fi" and only in (None, "analysis"):
            for theme in ("light", "dark"):
                apply_theme(app, theme)
                _analysis_shots(tmp / f"demo-analysis-{theme}.teema", theme)
        for translator in installed:
            app.removeTranslator(translator)


def _prepare(window: object) -> None:
    """Show a coded interview with a segment selected, as a researcher would see it."""
    session = window.session  # type: ignore[attr-defined]
    project = session.project
    doc = next(d for d in project.documents.list() if d.name == "haastattelu_H1")
    segments = project.segments.for_document(doc.id)
    session.open_document(doc.id, segments[0].start, segments[0].end)
    session.segment_selected.emit(segments[0].id)


def _hypotheses_shot(path: Path) -> None:
    """The Hypotheses dock raised and tall, showing H1 with its evidence and items."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.main_window import MainWindow
    from workbench.demo import build_demo
    from workbench.project import Project

    build_demo(path)
    window = MainWindow(Project.open(path, coder="AV"))
    window.resize(1600, 1000)
    window.show()
    _prepare(window)
    dock = window.docks["hypotheses"]
    dock.show()
    dock.raise_()
    window.resizeDocks([dock], [560], Qt.Orientation.Vertical)
    panel = window.hypotheses_panel
    panel.select_hypothesis(panel.model.ids()[0])
    QTest.qWait(600)
    window.repaint()
    QTest.qWait(200)
    target = OUT / "hypotheses-fi-light.png"
    window.grab().save(str(target))
    print(target.relative_to(ROOT))
    window.close()


def _analysis_shots(path: Path, theme: str) -> None:
    """The analysis window: a code × persona matrix with a cell's passages listed,
    and the emotion journey."""
    from PySide6.QtTest import QTest

    from ui.analysis.analysis_window import AnalysisWindow
    from ui.session import Session
    from workbench.demo import build_demo
    from workbench.project import Project

    build_demo(path)
    project = Project.open(path, coder="AV")
    window = AnalysisWindow(Session(project))
    window.resize(1600, 1000)
    window.show()

    def recount() -> None:  # the counting runs on a worker: wait for it
        shown: list[bool] = []
        window.computed.connect(lambda: shown.append(True))
        window.refresh()
        while not shown:
            QTest.qWait(50)

    tab = window.matrices
    tab.columns.setCurrentIndex(tab.columns.findData("attribute:persona"))
    recount()
    tab.table.setCurrentIndex(tab.model.index(0, 2))
    QTest.qWait(400)
    for name, widget in (("matrix", tab), ("journey", window.journey)):
        window.tabs.setCurrentWidget(widget)
        recount()
        QTest.qWait(300)
        window.repaint()
        target = OUT / f"analysis-{name}-fi-{theme}.png"
        window.grab().save(str(target))
        print(target.relative_to(ROOT))
    window.close()
    project.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
