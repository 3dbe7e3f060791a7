"""Run Flathub's linter (flatpak-builder-lint) on the manifest, without network.

    python packaging/flatpak/lint_manifest.py [MANIFEST]

The interpreter must have ``flatpak_builder_lint`` (not on PyPI nor in Debian: install
it from its repository, with PyGObject and the ``AppStream``/``OSTree`` typelibs,
Debian's ``python3-gi gir1.2-appstream-1.0 gir1.2-ostree-1.0``; see docs/packaging.md).
Its Flathub look-ups are answered offline: the app is taken as not yet on Flathub,
URLs as reachable (not checked), and the end-of-life runtime check is skipped.

Prints the linter's findings; exits 0 when every error is in :data:`ACCEPTED`, the
deliberate ones (each needs a Flathub exception), else 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

MANIFEST = Path(__file__).resolve().parent / "io.github.photodedup.PhotoDedup.yml"

ACCEPTED = {
    "finish-args-home-filesystem-access": (
        "photos anywhere in home are read, then trashed or moved at their real paths (the "
        "file chooser portal's /run/user/.../doc paths can be neither trashed nor "
        "rescanned); home also holds the host's trash"
    ),
}


def lint(manifest: Path) -> dict[str, Any]:
    """The linter's result for ``manifest`` (``errors``, ``warnings``, ``info`` lists)."""
    from flatpak_builder_lint import cli, config, domainutils

    offline: dict[str, Any] = {
        "is_app_on_flathub_summary": lambda _appid: False,
        "is_app_on_flathub_api": lambda _appid: False,
        "get_all_flatpak_ids_on_flathub": set,
        "get_all_apps_on_flathub": set,
        "check_url": lambda _url, strict=False: (True, None),
        "get_remote_exceptions_github": lambda _appid, _repo: set(),
        "get_remote_exceptions_flathub": lambda _appid, _repo: set(),
    }
    for name, stand_in in offline.items():
        setattr(domainutils, name, stand_in)
    config.SKIP_EOLRUNTIME_CHECKS = True
    return dict(cli.run_checks("manifest", str(manifest)) or {})


def main(argv: list[str]) -> int:
    manifest = Path(argv[0]) if argv else MANIFEST
    result = lint(manifest)
    print(json.dumps(result, indent=2))
    unexpected = [e for e in result.get("errors", []) if e not in ACCEPTED]
    for error in result.get("errors", []):
        print(f"{'UNEXPECTED' if error in unexpected else 'accepted'}: {error}"
              + (f" ({ACCEPTED[error]})" if error in ACCEPTED else ""))  # fmt: skip
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
