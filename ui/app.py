"""Starting the window: application, settings, language, theme, and the project."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import gc_guard, translations
from ui.theme import apply_theme
from workbench import i18n


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    gc_guard.install(app)
    app.setOrganizationName("Teema")
    app.setApplicationName("Teema")
    app.setApplicationDisplayName("Teema")
    settings = QSettings()
    language = str(settings.value("language", "system"))
    if language not in translations.LANGUAGES:
        system = QLocale.system().name().split("_")[0]
        language = system if system in translations.LANGUAGES else i18n.system_language()
    i18n.set_language(language)
    translations.install(app, language)
    apply_theme(app, str(settings.value("theme", "system")))
    return app


def run(project: Path | None) -> int:
    """Open ``project`` (or the most recent one) in the main window; returns the exit code."""
    app = create_app()
    from ui.main_window import open_window, recent_projects

    if project is None:
        candidates = [p for p in recent_projects() if p.exists()]
        if not candidates:
            QMessageBox.information(
                None,
                "Teema",
                app.translate(
                    "MainWindow", "Open a project with 'teema gui PROJECT', or try 'teema demo'."
                ),
            )
            return 1
        project = candidates[0]
    window = open_window(Path(project))
    if window is None:
        return 1
    window.show()
    return int(app.exec())
