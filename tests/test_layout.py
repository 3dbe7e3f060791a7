"""The house: stages you can see, and no two modules that import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import photodedup

PACKAGE_DIR = Path(photodedup.__file__).parent
MAX_CORE_SIBLINGS = 12
STAGES = {"discover", "decode", "fingerprint", "store", "group", "cleanup"}


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts).removesuffix(
        ".__init__"
    )


MODULES = {_module_name(p): p for p in PACKAGE_DIR.rglob("*.py")}


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The photodedup modules ``node`` imports (``from pkg import mod`` names the module)."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in MODULES}
    base = node.module or ""
    if node.level:
        package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}".rstrip(".")
    found = {f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES}
    return found or ({base} if base in MODULES else set())


def imports_of(module: str) -> set[str]:
    """Every photodedup module ``module`` imports, lazily or not (TYPE_CHECKING excepted)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in skip:
            found |= _targets(module, node)
    return found - {module}


def test_no_two_modules_import_each_other() -> None:
    graph = {m: imports_of(m) for m in MODULES}
    circles = sorted(
        {tuple(sorted((a, b))) for a, deps in graph.items() for b in deps if a in graph.get(b, ())}
    )
    assert not circles, f"modules importing each other: {circles}"


def test_the_core_shows_its_stages() -> None:
    core = PACKAGE_DIR / "core"
    siblings = sorted(p.name for p in core.glob("*.py"))
    assert len(siblings) <= MAX_CORE_SIBLINGS, siblings
    packages = {p.parent.name for p in core.glob("*/__init__.py")}
    assert packages == STAGES


def test_the_checker_sees_lazy_imports() -> None:
    # the pipeline imports the decoder pool only inside a function: still an import
    assert "photodedup.core.decode.pool" in imports_of("photodedup.core.pipeline")
    assert "photodedup.core.store.memo" not in imports_of("photodedup.core.types")
