"""The main window's menus, toolbar and shortcuts (built here so the window stays small)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.theme import apply_theme

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | str | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    from ui.main_window import recent_projects

    bar = window.menuBar()
    a: dict[str, QAction] = {}

    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    a["new"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New project…"),
        window.new_project_dialog,
        QKeySequence.StandardKey.New,
    )
    a["open"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Open project…"),
        window.open_project_dialog,
        QKeySequence.StandardKey.Open,
    )
    a["import"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Import files…"),
        window.import_files_dialog,
        "Ctrl+Shift+O",
    )
    file_menu.addActions([a["new"], a["open"]])
    recent = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    for path in recent_projects():
        if path.resolve() != window.session.project.path.resolve() and path.exists():
            recent.addAction(str(path), partial(window.switch_project, path))
    recent.setEnabled(bool(recent.actions()))
    file_menu.addSeparator()
    file_menu.addAction(a["import"])
    window.exporter.build_menus(file_menu)
    file_menu.addSeparator()
    a["quit"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    file_menu.addAction(a["quit"])

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    a["undo"] = window.session.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    a["undo"].setShortcuts([QKeySequence.StandardKey.Undo])
    a["redo"] = window.session.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    a["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
    edit_menu.addActions([a["undo"], a["redo"]])
    edit_menu.addSeparator()
    a["find"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Find in documents…"),
        window.find_in_documents,
        QKeySequence.StandardKey.Find,
    )
    a["find_document"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "Find &document…"),
        window.find_document,
        "Ctrl+Shift+F",
    )
    edit_menu.addActions([a["find"], a["find_document"]])

    code_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Code"))
    a["quick_code"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quick code…"),
        window.quick_code,
        "Ctrl+K",
    )
    a["in_vivo"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&In-vivo code"),
        window.in_vivo,
        "Ctrl+Shift+I",
    )
    code_menu.addActions([a["quick_code"], a["in_vivo"]])
    code_menu.addSeparator()
    window.digit_keys = DigitKeys(window)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    commands = window.document_view.commands
    view_menu.addActions([commands.zoom_in, commands.zoom_out, commands.zoom_reset])
    view_menu.addSeparator()
    a["workshop"] = _action(
        window, QCoreApplication.translate("MainWindow", "&Workshop mode"), window.workshop, "F11"
    )
    a["analysis"] = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Analysis: matrices, journey, charts"),
        window.analysis,
        "Ctrl+Shift+A",
    )
    view_menu.addActions([a["analysis"], a["workshop"]])
    view_menu.addSeparator()
    for dock in window.docks.values():
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
    themes = QActionGroup(window)
    current = str(QSettings().value("theme", "system"))
    for key, label in (
        ("system", QCoreApplication.translate("MainWindow", "Follow the system")),
        ("light", QCoreApplication.translate("MainWindow", "Light")),
        ("dark", QCoreApplication.translate("MainWindow", "Dark")),
    ):
        action = theme_menu.addAction(label, partial(_set_theme, key))
        action.setCheckable(True)
        action.setChecked(key == current)
        themes.addAction(action)
    language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    languages = QActionGroup(window)
    current = str(QSettings().value("language", "system"))
    for key, label in (
        ("system", QCoreApplication.translate("MainWindow", "Follow the system")),
        ("en", "English"),
        ("fi", "Suomi"),
    ):
        action = language_menu.addAction(label, partial(_set_language, window, key))
        action.setCheckable(True)
        action.setChecked(key == current)
        languages.addAction(action)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(
        QCoreApplication.translate("MainWindow", "&About Teema"), partial(_about, window)
    )

    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("toolbar_main")
    toolbar.addActions([a["import"], a["undo"], a["redo"], a["quick_code"], a["in_vivo"]])
    toolbar.addActions([a["analysis"], a["workshop"]])
    return a


class DigitKeys(QObject):
    """Keys 1-9 in the document view code the selection with the 9 most recent codes.

    A filter on the view (not window-wide shortcuts) so the digits keep their
    meaning in every text field elsewhere, such as the quick coder or a memo."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        view = window.document_view
        for widget in (view, *view.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if (
                Qt.Key.Key_1 <= key <= Qt.Key.Key_9
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                self._window.code_with_recent(key - Qt.Key.Key_1)
                return True
        return False


def _set_theme(theme: str) -> None:
    QSettings().setValue("theme", theme)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme)


def _set_language(window: MainWindow, language: str) -> None:
    QSettings().setValue("language", language)
    QMessageBox.information(
        window,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate(
            "MainWindow", "The new language is used the next time Teema starts."
        ),
    )


def _about(window: MainWindow) -> None:
    from workbench import __version__

    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Teema"),
        QCoreApplication.translate(
            "MainWindow",
            "<b>Teema {version}</b><br>An offline workbench for qualitative customer-experience "
            "research in Finnish and English.",
        ).format(version=__version__),
    )
