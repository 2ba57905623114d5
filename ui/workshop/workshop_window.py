"""Workshop mode: the board full screen, with a toolbar big enough for a projector.

Keys: Esc leaves (or goes back from the presenter), T switches light/dark, V turns
voting by click on and off, Ctrl+Z / Ctrl+Shift+Z undo and redo; the board's own
keys are in :mod:`ui.workshop.board_view`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from coding.board_cards import BoardFacts
from ui.session import Session
from ui.workshop.board_export import export_pdf, export_png
from ui.workshop.board_scene import BoardScene
from ui.workshop.board_style import DARK, LIGHT, LOOKS, participant_colour
from ui.workshop.board_view import BoardView
from ui.workshop.controller import BoardController
from ui.workshop.presenter import PresenterView
from ui.workshop.session_timer import SessionTimer

TOOLBAR_PT = 15


class WorkshopWindow(QMainWindow):
    def __init__(
        self, session: Session, parent: QWidget | None = None, *, ask_participants: bool = True
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("WorkshopWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Workshop – {name}").format(name=session.project.name))
        self.session = session
        self.controller = BoardController(session, self)
        self.controller.lay_out()
        self.scene = BoardScene(session, self.controller, self)
        self.view = BoardView(self.scene, self)
        self.presenter = PresenterView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.presenter)
        self.setCentralWidget(self.stack)
        self.message = QLabel(self)
        self.statusBar().addWidget(self.message, 1)
        self.dots_label = QLabel(self)
        self.dots_label.setTextFormat(Qt.TextFormat.RichText)
        self.statusBar().addPermanentWidget(self.dots_label)
        big = QFont(self.font())
        big.setPointSize(TOOLBAR_PT)
        self.statusBar().setFont(big)
        self._build_toolbar(big)
        self._build_shortcuts()
        self.controller.message.connect(self.show_message)
        self.view.present_requested.connect(self.present)
        self.view.vote_requested.connect(self.vote)
        self.view.participant_requested.connect(self.participants.setCurrentIndex)
        self.presenter.closed.connect(self.show_board)
        self.scene.refreshed.connect(self._update_participants)
        self._update_participants()
        self.set_look(str(QSettings().value("workshop/look", "light")))
        if ask_participants and not session.project.votes.participants():
            QTimer.singleShot(0, self.edit_participants)

    # -- assembly -----------------------------------------------------------------------

    def _build_toolbar(self, big: QFont) -> None:
        bar = QToolBar(self.tr("Workshop"), self)
        bar.setObjectName("toolbar_workshop")
        bar.setMovable(False)
        bar.setFont(big)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.addAction(self.tr("Participants…"), self.edit_participants)
        self.participants = QComboBox(self)
        self.participants.setToolTip(self.tr("Who is voting (keys 1–9)"))
        self.participants.currentIndexChanged.connect(self._participant_chosen)
        bar.addWidget(self.participants)
        self.voting_action = bar.addAction(self.tr("Vote by clicking (V)"))
        self.voting_action.setCheckable(True)
        self.voting_action.toggled.connect(self.set_voting)
        bar.addSeparator()
        bar.addAction(self.tr("Note (N)"), self._add_note)
        bar.addAction(self.tr("Group (Ctrl+G)"), self._group)
        bar.addAction(self.tr("Quotes (P)"), self._present_selected)
        self.look_action = bar.addAction(self.tr("Dark (T)"), self.toggle_look)
        bar.addSeparator()
        self.timer = SessionTimer(self)
        bar.addWidget(self.timer)
        bar.addSeparator()
        more = QMenu(self)
        more.addAction(self.tr("Fit the whole board (0)"), self.view.fit_all)
        more.addAction(self.tr("Save the board as PNG…"), lambda: self.export("png"))
        more.addAction(self.tr("Save the board as PDF…"), lambda: self.export("pdf"))
        button = QToolButton(self)
        button.setText(self.tr("More"))
        button.setMenu(more)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(button)
        bar.addAction(self.tr("Leave (Esc)"), self.close)

    def _build_shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.session.undo_stack.undo),
            ("Ctrl+Shift+Z", self.session.undo_stack.redo),
            (QKeySequence.StandardKey.Redo, self.session.undo_stack.redo),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)

    def start(self) -> None:
        """Full screen, the whole board in view."""
        self.showFullScreen()
        self.view.setFocus()
        QTimer.singleShot(0, self.view.fit_all)

    # -- looks and messages --------------------------------------------------------------

    def set_look(self, key: str) -> None:
        look = LOOKS.get(key, LIGHT)
        QSettings().setValue("workshop/look", look.key)
        self.scene.set_look(look)
        self.presenter.set_look(look)
        card, text = look.card.name(), look.text.name()
        pt = f"font-size: {TOOLBAR_PT}pt;"
        self.setStyleSheet(
            f"QToolBar, QStatusBar {{ background: {card}; border: none; {pt} }}"
            f"QToolBar QToolButton {{ color: {text}; background: transparent; {pt}"
            " padding: 4px 8px; }"
            f"QToolBar QToolButton:checked {{ background: {look.selected.name()}; color: white; }}"
            f"QToolBar QLabel, QStatusBar QLabel {{ color: {text}; {pt} }}"
            f"QToolBar QComboBox, QToolBar QPushButton {{ {pt} }}"
        )
        self.look_action.setText(self.tr("Light (T)") if look is DARK else self.tr("Dark (T)"))

    def toggle_look(self) -> None:
        self.set_look("light" if self.scene.look is DARK else "dark")

    def show_message(self, text: str) -> None:
        self.message.setText(text)

        def clear() -> None:
            if self.message.text() == text:
                self.message.clear()

        QTimer.singleShot(8000, clear)

    # -- voting ------------------------------------------------------------------------------

    def edit_participants(self) -> None:
        from ui.workshop.participants_dialog import ParticipantsDialog

        votes = self.session.project.votes
        dialog = ParticipantsDialog(votes.participants(), votes.dots_per_participant, self)
        if dialog.exec():
            self.controller.set_participants(dialog.participant_names(), dialog.dots.value())

    def _update_participants(self) -> None:
        votes = self.session.project.votes
        people = votes.participants()
        current = self.scene.participant_id
        self.participants.blockSignals(True)
        self.participants.clear()
        for i, p in enumerate(people):
            self.participants.addItem(f"{i + 1} {p.name}", p.id)
        index = next((i for i, p in enumerate(people) if p.id == current), 0 if people else -1)
        self.participants.setCurrentIndex(index)
        self.participants.blockSignals(False)
        self.scene.participant_id = people[index].id if people else None
        allowed = votes.dots_per_participant
        parts = []
        for i, p in enumerate(people):
            left = allowed - votes.used(p.id)
            colour = participant_colour(i).name()
            name = f"<b><u>{p.name}</u></b>" if p.id == self.scene.participant_id else p.name
            parts.append(f"<span style='color:{colour}'>●</span>&nbsp;{name}&nbsp;{left}")
        self.dots_label.setText(
            self.tr("Dots left: {list}").format(list="&nbsp; ".join(parts)) if parts else ""
        )

    def _participant_chosen(self, index: int) -> None:
        if index >= 0:
            self.scene.participant_id = self.participants.itemData(index)
            self._update_participants()

    def set_voting(self, on: bool) -> None:
        self.scene.voting = on
        self.scene.make_movable(not on)

    def vote(self, card_id: int, direction: int) -> None:
        participant = self.scene.participant_id
        if participant is None:
            self.show_message(self.tr("Name the workshop participants first."))
            return
        if direction > 0:
            self.controller.vote(card_id, participant)
        else:
            self.controller.unvote(card_id, participant)

    # -- board actions --------------------------------------------------------------------------

    def _add_note(self) -> None:
        cards = self.scene.selected_cards()
        self.scene.start_note(cards[0] if len(cards) == 1 else None, self.view.centre())
        self.view.setFocus()

    def _group(self) -> None:
        cards = self.scene.selected_cards()
        if cards:
            self.controller.group([c.item_id for c in cards])
        else:
            self.show_message(self.tr("Select the cards to group first (Ctrl+click)."))

    def _present_selected(self) -> None:
        cards = self.scene.selected_cards()
        if cards:
            self.present(cards[0].item_id)
        else:
            self.show_message(self.tr("Select a card first (Tab)."))

    def present(self, card_id: int) -> None:
        card = self.scene.card(card_id)
        quotes = BoardFacts(self.session.project).quotes(card.model)
        self.presenter.show_quotes(card.facts.name, quotes)
        self.stack.setCurrentWidget(self.presenter)
        self.presenter.setFocus()

    def show_board(self) -> None:
        self.stack.setCurrentWidget(self.view)
        self.view.setFocus()

    def export(self, kind: str) -> Path | None:
        name = self.session.project.path.with_name(self.session.project.path.stem + "-board")
        pattern = self.tr("PNG pictures (*.png)") if kind == "png" else self.tr("PDF (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the board"), f"{name}.{kind}", pattern
        )
        if not path:
            return None
        target = Path(path) if path.lower().endswith(f".{kind}") else Path(f"{path}.{kind}")
        try:
            (export_png if kind == "png" else export_pdf)(self.scene, target)
        except OSError as exc:
            self.show_message(self.tr("Could not write {path}: {error}").format(
                path=target, error=exc))  # fmt: skip
            return None
        self.show_message(self.tr("Board saved to {path}.").format(path=target))
        return target

    # -- keys ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.stack.currentWidget() is self.presenter:
                self.show_board()
            else:
                self.close()
        elif key == Qt.Key.Key_F11:
            self.close()
        elif key == Qt.Key.Key_T and not self.scene.editing():
            self.toggle_look()
        elif key == Qt.Key.Key_V and not self.scene.editing():
            self.voting_action.toggle()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.changed.disconnect(self.scene.on_changed)
        super().closeEvent(event)
