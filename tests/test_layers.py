"""Each layer imports only the layers below it (docs/ARCHITECTURE.md draws them).

Every module of the app belongs to one layer, named by its first package under
incidents/ (or its module, for the few top-level ones); a module in no known layer fails
here, so a new one is placed on purpose. Imports inside functions count too.
"""

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "incidents"

# Layer -> the app layers it may import. Migrations are history and stay out of it.
MAY_IMPORT = {
    "extraction": set(),
    "documents": {"extraction"},
    "spreadsheets": set(),
    "models": {"extraction"},
    "groups": {"models"},
    "apps": {"groups"},
    "interop": {"models"},
    "selectors": {"models"},
    "services": {"models", "extraction", "documents", "interop", "selectors"},
    "resources": {"models", "services", "spreadsheets"},
    "admin": {"models", "selectors", "services", "documents", "resources", "spreadsheets"},
    "api": {"models", "selectors", "spreadsheets"},
    "commands": {"models", "selectors", "services", "documents", "interop", "extraction"},
    "tasks": {"models", "services"},
}
# Pure Python: testable on a plain string, usable by the benchmarks without a database.
WITHOUT_DJANGO = {"extraction", "documents", "spreadsheets"}

MODULES = sorted(
    path
    for path in APP.rglob("*.py")
    if "migrations" not in path.parts and path != APP / "__init__.py"
)


def layer_of_path(path: Path) -> str:
    parts = path.relative_to(APP).with_suffix("").parts
    return "commands" if parts[0] == "management" else parts[0]


def layer_of_module(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "incidents" or len(parts) == 1:
        return None
    return "commands" if parts[1] == "management" else parts[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "incidents":
            found.update(f"incidents.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def module_id(path: Path) -> str:
    return str(path.relative_to(APP))


@pytest.mark.parametrize("path", MODULES, ids=module_id)
def test_a_module_imports_only_the_layers_below_its_own(path):
    layer = layer_of_path(path)
    assert layer in MAY_IMPORT, f"{module_id(path)} is in no layer of docs/ARCHITECTURE.md"
    reached = {layer_of_module(module) for module in imported_modules(path)} - {None, layer}

    assert reached - MAY_IMPORT[layer] == set()


@pytest.mark.parametrize(
    "path", [p for p in MODULES if layer_of_path(p) in WITHOUT_DJANGO], ids=module_id
)
def test_the_pure_layers_never_import_django(path):
    django = {m for m in imported_modules(path) if m.split(".")[0] == "django"}

    assert django == set()


def test_every_layer_has_modules_so_the_table_stays_true():
    assert {layer_of_path(path) for path in MODULES} == set(MAY_IMPORT)
