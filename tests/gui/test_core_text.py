"""gui/core_text.py: the core's messages (keeper reasons, refusals) in the GUI's language."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from photodedup.core.messages import SCAN_PROBLEMS, Message, Size, recognise
from photodedup.gui.core_text import TEMPLATES, core_text

ROOT = Path(__file__).resolve().parents[2]
QM_DIR = ROOT / "photodedup" / "gui" / "translations"


def _core_templates() -> Iterator[tuple[str, str]]:
    """(file, template) of every ``Message(...)`` the core makes; a template must be a
    literal or a module-level string constant (else it cannot be extracted)."""
    for path in sorted((ROOT / "photodedup" / "core").rglob("*.py")):
        if path.name == "messages.py":
            continue  # the class itself (its rebuild passes a stored template on)
        tree = ast.parse(path.read_text("utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message"):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant):
                yield path.name, str(first.value)
            elif isinstance(first, ast.Name) and isinstance(constants.get(first.id), str):
                yield path.name, str(constants[first.id])
            else:
                pytest.fail(f"{path.name}:{node.lineno}: a Message template must be a literal")


def test_every_core_template_is_listed_for_translation() -> None:
    made = {template: name for name, template in _core_templates()}
    assert len(made) >= 15, made  # the scan found the keeper reasons and the refusals
    made |= dict.fromkeys(SCAN_PROBLEMS, "messages.py SCAN_PROBLEMS")
    missing = {template: name for template, name in made.items() if template not in TEMPLATES}
    assert not missing, f"add these to photodedup/i18n.py TEMPLATES: {missing}"


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load("photodedup_de", str(QM_DIR))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def test_keeper_reasons_in_german_with_german_sizes(german: None) -> None:
    pixels = Message("most pixels ({width}×{height})", width=4032, height=3024)
    assert core_text(pixels) == "die meisten Pixel (4032×3024)"
    largest = Message("largest file ({size})", size=Size(2_500_000))
    assert core_text(largest) == "größte Datei (2,5 MB)"
    assert core_text(Message("chosen by you")) == "von Ihnen gewählt"
    assert core_text("a library's own words") == "a library's own words"  # plain text


def test_a_scan_problem_reads_in_german_in_the_problems_panel(german: None) -> None:
    from photodedup.gui.widgets.error_panel import ProblemModel

    model = ProblemModel()
    model.set_problems(
        [
            ("/p/a.jpg", "unreadable", "not a readable NEF file (LibRaw: bad data)"),
            ("/p/b.jpg", "unreadable", "cannot identify image file"),
        ]
    )
    details = sorted(str(model.data(model.index(row, 2))) for row in range(2))
    assert details == ["cannot identify image file", "keine lesbare NEF-Datei (LibRaw: bad data)"]
    crashed = recognise("the decoder crashed (SIGKILL)")
    assert core_text(crashed) == "der Decoder ist abgestürzt (SIGKILL)"


def test_every_template_is_translated_in_every_shipped_language(qapp: object) -> None:
    for qm in sorted(QM_DIR.glob("photodedup_*.qm")):
        if qm.stem == "photodedup_en":
            continue
        translator = QTranslator()
        assert translator.load(str(qm))
        for template in TEMPLATES:
            text = translator.translate("CoreText", template)
            assert text and text != template, (qm.stem, template)  # (fields: test_translations)


def test_a_translation_with_a_broken_field_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    monkeypatch.setattr(QCoreApplication, "translate", lambda _c, _t, *a: "größte ({groesse})")
    reason = Message("largest file ({size})", size=Size(2_500_000))
    assert core_text(reason) == "largest file (2.5 MB)"


def test_a_clean_up_reason_inside_a_reason_reads_in_german(german: None) -> None:
    from photodedup.core.cleanup import reasons
    from photodedup.core.decode.files import DecodeError
    from photodedup.core.types import ErrorKind

    changed = reasons.changed(Message("modified ({fields})", fields="size, mtime_ns"))
    assert changed == "changed since scan: modified (size, mtime_ns)"  # the English, as before
    assert core_text(changed) == "seit der Suche geändert: verändert (size, mtime_ns)"
    gone = DecodeError(ErrorKind.VANISHED, "the file no longer exists")
    keeper = reasons.keeper_changed("/p/keep.jpg", reasons.unreadable(gone))
    assert (
        keeper
        == "keeper changed: /p/keep.jpg cannot be re-read (vanished: the file no longer exists)"
    )
    assert core_text(keeper) == (
        "behaltene Datei geändert: /p/keep.jpg kann nicht erneut gelesen werden "
        "(vanished: die Datei existiert nicht mehr)"
    )
    system = OSError(28, "No space left on device")  # the system's words stay as they are
    assert core_text(reasons.trash_error(system)) == (
        "konnte nicht in den Papierkorb verschoben werden: No space left on device [errno 28]"
    )


def test_an_outcome_tooltip_and_an_undo_summary_read_in_german(german: None) -> None:
    from photodedup.core.cleanup import reasons
    from photodedup.core.cleanup.execute import ActionOutcome, Outcome
    from photodedup.gui.models.member_model import FailureReasonRole, MemberModel
    from tests.gui.test_models import synthetic_review

    review = synthetic_review(1)
    copy = review.group(0).members[1].photo
    reason = reasons.owner_stays("/p/photo.jpg", moved=False)
    review.record_trash([ActionOutcome(review.photo(copy).path, 0, Outcome.SKIPPED, reason)])
    model = MemberModel(lambda _i, _m: True)
    model.set_group(review, 0)
    tooltip = model.index(1, 0).data(FailureReasonRole)
    assert tooltip == "sein Foto wurde nicht in den Papierkorb verschoben: /p/photo.jpg"
    assert model.index(0, 0).data(FailureReasonRole) == ""  # the keeper did not fail
    summary = Message("{count} files trashed on {when}", count=3, when="2026-12-03 09:20")
    assert core_text(summary) == "3 Dateien am 2026-12-03 09:20 in den Papierkorb verschoben"


def test_a_folder_that_cannot_receive_files_says_why_in_german(
    german: None, tmp_path: Path
) -> None:
    from photodedup.core.cleanup.destination import (
        Destination,
        DestinationError,
        destination_problem,
    )
    from photodedup.core.messages import from_error

    file = tmp_path / "a.txt"
    file.write_text("x")
    assert core_text(destination_problem(str(file))) == "kein Ordner"
    with pytest.raises(DestinationError) as caught:
        Destination(str(file))
    assert str(caught.value) == f"{file}: not a folder"  # the English, as before
    assert core_text(from_error(caught.value)) == f"Ordner {file}: kein Ordner"
