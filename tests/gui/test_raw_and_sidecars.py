"""RAW photos and sidecars in the desktop app: cards, the confirmation, the outcomes."""

from __future__ import annotations

from pathlib import Path

from photodedup.gui.cleanup_flow import problem_rows
from photodedup.gui.dialogs import confirm_trash
from photodedup.gui.main_window import MainWindow
from photodedup.gui.widgets.keep_rules import rule_title
from tests.gui.helpers import scan, trash_files
from tests.photos import save_heic, save_jpeg, textured_image
from tests.rawfiles import make_dng


def _library(root: Path) -> Path:
    """A DNG with its export (both with sidecars), and a photo whose sidecar is shared."""
    (root / "Camera").mkdir(parents=True)
    (root / "Export").mkdir()
    img = textured_image(seed=31, size=(480, 320))
    make_dng(img, root / "Camera" / "IMG_1.DNG")
    save_jpeg(img, root / "Export" / "IMG_1.jpg", quality=85)
    (root / "Export" / "IMG_1.jpg.xmp").write_text("<x:xmpmeta/>")  # only the export's
    other = textured_image(seed=32)
    save_jpeg(other, root / "Camera" / "IMG_2.jpg", quality=95)
    save_jpeg(other, root / "Export" / "IMG_2.jpg", quality=80)
    save_jpeg(textured_image(seed=33), root / "Export" / "IMG_2.png")  # another photo
    (root / "Export" / "IMG_2.xmp").write_text("<x:xmpmeta/>")  # describes both IMG_2.*
    return root


def test_cards_show_the_raw_format_and_the_keeper_reason(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    root = _library(tmp_path / "home" / "Pictures")
    scan(qtbot, window, root)
    review = window.controller.review
    raw_group = next(g for g in review.groups if review.photo(g.keeper).path.endswith("IMG_1.DNG"))
    window.results.select_group(raw_group.id)
    qtbot.waitUntil(lambda: window.results.member_model.group is not None)
    card = window.results.group_view.cards[0]
    texts = [label.text() for label in card.findChildren(type(card.reason))]
    assert "DNG" in texts
    assert "camera RAW original" in card.reason.text()
    assert rule_title("raw") == "Camera RAW original"


def test_the_confirmation_lists_sidecars_and_counts_them(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    root = _library(tmp_path / "home" / "Pictures")
    scan(qtbot, window, root)
    review = window.controller.review
    for name in ("Export/IMG_1.jpg", "Export/IMG_2.jpg"):
        assert window.controller.set_marked(review.index_of(str(root / name)), True)
    plan = window.controller.make_trash_plan()
    assert plan.file_count == 2
    summary = confirm_trash.plan_summary(plan)
    size = sum((root / n).stat().st_size for n in ("Export/IMG_1.jpg", "Export/IMG_2.jpg"))
    size += (root / "Export/IMG_1.jpg.xmp").stat().st_size
    assert summary.startswith("Move 3 files (")  # the sidecar that follows is counted
    details = confirm_trash.plan_details(plan).splitlines()
    first = details.index(str(root / "Export/IMG_1.jpg"))
    assert details[first + 1].strip() == "also moves: IMG_1.jpg.xmp"
    second = details.index(str(root / "Export/IMG_2.jpg"))
    assert details[second + 1].strip() == "stays: IMG_2.xmp (also describes IMG_2.png, which stays)"
    note = confirm_trash.sidecar_note(plan)
    assert "Including 1 file that goes with its photo" in note
    assert "1 sidecar file" in note.split(". ")[1]
    assert "kept" in note.split(". ")[1]
    shown: list[object] = []
    monkeypatch.setattr(confirm_trash, "confirm_trash", lambda _p, p: shown.append(p) or True)
    (root / "Export/IMG_1.jpg.xmp").write_text("<x:xmpmeta>edited</x:xmpmeta>")  # after scan
    with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000):
        window.acts.trash_marked.trigger()
    assert sorted(trash_files(tmp_path / "home")) == ["IMG_1.jpg", "IMG_2.jpg"]
    assert (root / "Export/IMG_1.jpg.xmp").exists()  # changed since the scan: stays
    status = window.status.currentMessage()
    assert "Moved 2 files" in status and "1 file not moved" in status
    rows = [r for r in problem_rows(window.controller.review) if r[0].endswith(".xmp")]
    assert rows == [
        (
            str(root / "Export/IMG_1.jpg.xmp"),
            "Changed since the scan",
            "It was edited or replaced after the scan. "
            "It was left in place: scan again to review it.",
        )
    ]
    assert size > 0 and "(" in summary


def _shots(root: Path) -> Path:
    """A RAW+JPEG shot (Camera/IMG_3.DNG + IMG_3.JPG + IMG_3.xmp) with a backup of its RAW,
    and a Live Photo (Phone/IMG_4.HEIC + IMG_4.MOV) with a larger original elsewhere."""
    for folder in ("Camera", "Backup", "Phone", "Originals"):
        (root / folder).mkdir(parents=True)
    img = textured_image(seed=41, size=(480, 320))
    make_dng(img, root / "Camera" / "IMG_3.DNG")
    save_jpeg(img, root / "Camera" / "IMG_3.JPG")
    (root / "Camera" / "IMG_3.xmp").write_text("<x:xmpmeta/>")
    (root / "Backup" / "IMG_3.DNG").write_bytes((root / "Camera" / "IMG_3.DNG").read_bytes())
    live = textured_image(seed=42, size=(480, 320))
    save_jpeg(live, root / "Originals" / "IMG_4.jpg", quality=95)
    save_heic(live.resize((240, 160)), root / "Phone" / "IMG_4.HEIC")
    (root / "Phone" / "IMG_4.MOV").write_bytes(b"\x00\x00\x00\x14ftypqt  " + bytes(2000))
    return root


def test_a_card_shows_the_files_of_its_shot(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    root = _shots(tmp_path / "home" / "Pictures")
    scan(qtbot, window, root)
    review = window.controller.review
    cards = {}
    for group in review.groups:
        window.results.select_group(group.id)
        qtbot.waitUntil(lambda g=group: window.results.member_model.group is g)
        for card in window.results.group_view.cards:
            cards[card.path] = (card.followers.isVisibleTo(card), card.followers.text(),
                                card.followers.toolTip())  # fmt: skip
    raw = cards[str(root / "Camera" / "IMG_3.DNG")]
    assert raw[:2] == (True, "RAW+JPEG shot, also: IMG_3.JPG, IMG_3.xmp")
    assert str(root / "Camera" / "IMG_3.JPG") in raw[2] and "restored with it by Undo" in raw[2]
    assert cards[str(root / "Phone" / "IMG_4.HEIC")][:2] == (True, "Live Photo, also: IMG_4.MOV")
    assert cards[str(root / "Backup" / "IMG_3.DNG")][0] is False  # nothing follows a copy
    assert cards[str(root / "Originals" / "IMG_4.jpg")][0] is False

    assert window.controller.set_marked(review.index_of(str(root / "Phone" / "IMG_4.HEIC")), True)
    plan = window.controller.make_trash_plan()
    details = confirm_trash.plan_details(plan).splitlines()
    assert details[1].strip() == "also moves: IMG_4.MOV"
    assert confirm_trash.plan_summary(plan).startswith("Move 2 files (")
    monkeypatch.setattr(confirm_trash, "confirm_trash", lambda _p, _plan: True)
    with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000):
        window.acts.trash_marked.trigger()
    assert trash_files(tmp_path / "home") == ["IMG_4.HEIC", "IMG_4.MOV"]
