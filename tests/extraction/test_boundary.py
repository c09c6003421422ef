"""The extraction package stays pure Python, testable on a plain string without Django."""

import ast
from pathlib import Path

import pytest

EXTRACTION = Path(__file__).resolve().parents[2] / "incidents" / "extraction"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted(EXTRACTION.glob("*.py")), ids=lambda p: p.name)
def test_extraction_modules_import_neither_django_nor_the_rest_of_the_app(path):
    forbidden = {
        module
        for module in imported_modules(path)
        if module.split(".")[0] == "django"
        or (module.startswith("incidents.") and not module.startswith("incidents.extraction"))
    }

    assert forbidden == set()
