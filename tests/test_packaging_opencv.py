"""The desktop bundle's OpenCV: the minimal wheel's options (packaging/opencv_minimal.py),
the check of what the app calls (packaging/check_cv2.py), and the smoke test's photos
that only the structure check groups (packaging/smoke_test.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import cv2
import pytest

from photodedup.core import pipeline
from photodedup.core.config import ScanOptions

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import check_cv2  # noqa: E402
import opencv_minimal  # noqa: E402
import smoke_test  # noqa: E402


def test_the_app_calls_only_what_check_cv2_knows_about() -> None:
    names = check_cv2.used_names()
    for name in ("resize", "ORB.create", "BFMatcher", "estimateAffinePartial2D",
                 "findTransformECC", "warpAffine", "error"):  # fmt: skip
        assert name in names
    assert check_cv2.missing(names) == []


def test_a_missing_function_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(cv2, "findTransformECC")
    assert check_cv2.missing({"findTransformECC", "ORB.create", "ORB.nothing"}) == [
        "ORB.nothing",
        "findTransformECC",
    ]
    assert check_cv2.main([]) == 1


def test_check_passes_on_the_installed_opencv(capsys: pytest.CaptureFixture[str]) -> None:
    assert list(check_cv2.exercise()) == []
    assert check_cv2.main([]) == 0
    assert "features" in capsys.readouterr().out
    # The PyPI wheel (the dev venv's, CI's) is not the bundle's minimal build.
    assert check_cv2.main(["--minimal"]) == (1 if hasattr(cv2, "VideoCapture") else 0)


def test_minimal_build_holds_the_modules_of_the_called_functions() -> None:
    args = opencv_minimal.cmake_args()
    build_list = next(a for a in args if a.startswith("-DBUILD_LIST="))
    modules = build_list.split("=", 1)[1].split(",")
    assert {"core", "imgproc", "features", "geometry", "video", "python3"} <= set(modules)
    assert not {"videoio", "imgcodecs", "dnn", "highgui"} & set(modules)
    for off in ("FFMPEG", "LAPACK", "IPP", "OPENCL"):
        assert f"-DWITH_{off}=OFF" in args
    env = opencv_minimal.build_env(args, 2)
    assert env["ENABLE_HEADLESS"] == "1" and env["CMAKE_ARGS"] == " ".join(args)


def test_cache_key_changes_with_version_options_machine_and_python() -> None:
    args = opencv_minimal.cmake_args()
    key = opencv_minimal.cache_key("5.1.0.95", args, "x86_64", "cp311")
    assert key.startswith("5.1.0.95-") and key.endswith("-x86_64-cp311")
    assert key == opencv_minimal.cache_key("5.1.0.95", list(args), "x86_64", "cp311")
    assert key != opencv_minimal.cache_key("5.1.0.96", args, "x86_64", "cp311")
    assert key != opencv_minimal.cache_key("5.1.0.95", [*args, "-DWITH_X=ON"], "x86_64", "cp311")
    assert key != opencv_minimal.cache_key("5.1.0.95", args, "arm64", "cp311")
    assert key != opencv_minimal.cache_key("5.1.0.95", args, "x86_64", "cp312")
    assert opencv_minimal.python_tag() == f"cp{sys.version_info[0]}{sys.version_info[1]}"


def test_a_built_wheel_is_reused_without_building(tmp_path: Path, capsys: Any) -> None:
    args = opencv_minimal.cmake_args()
    import platform

    folder = tmp_path / opencv_minimal.cache_key(
        opencv_minimal.OPENCV_VERSION, args, platform.machine(), opencv_minimal.python_tag()
    )
    folder.mkdir()
    wheel = folder / "opencv_python_headless-5.1.0.95-cp37-abi3-linux_x86_64.whl"
    wheel.write_bytes(b"")
    assert opencv_minimal.main(["--build-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == str(wheel.resolve())


def _scan(folder: Path) -> list[set[str]]:
    result = pipeline.run_scan(ScanOptions(roots=(str(folder),), workers=1))
    return [{Path(result.photos[m.photo].path).name for m in g.members} for g in result.groups]


def test_smoke_photos_are_grouped_through_opencvs_fits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = smoke_test.make_structure_photos(tmp_path)
    calls: dict[str, int] = {}
    for name in ("estimateAffinePartial2D", "findTransformECC"):
        real = getattr(cv2, name)

        def counted(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            calls[_name] = calls.get(_name, 0) + 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(cv2, name, counted)
    assert _scan(tmp_path) == [names]
    assert calls.get("estimateAffinePartial2D") and calls.get("findTransformECC"), calls


def test_smoke_scan_fails_without_an_opencv_function(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    smoke_test.make_structure_photos(tmp_path)
    monkeypatch.delattr(cv2, "estimateAffinePartial2D")
    with pytest.raises(AttributeError, match="estimateAffinePartial2D"):
        _scan(tmp_path)
