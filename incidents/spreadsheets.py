"""Spreadsheet formula injection: neutralise text cells on export, restore them on import.

A cell that begins with =, +, -, @, tab or carriage return is run as a formula by Excel,
LibreOffice and Google Sheets (OWASP "CSV injection"). Prefixing it with an apostrophe
makes it plain text. Values that already begin with apostrophes before such a character
get one more, so `restore_formula(neutralise_formula(v)) == v` for every string: a
spreadsheet exported and imported again changes nothing. Pure Python, and the one
implementation: the admin's exports (incidents.resources) and the API's CSV renderer
(incidents.api.renderers) both call it.
"""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise_formula(value: object) -> object:
    """The value as a spreadsheet shows it as text; anything but a string is returned as is."""
    if isinstance(value, str) and _needs_quote(value):
        return QUOTE + value
    return value


def restore_formula(value: object) -> object:
    """The inverse of `neutralise_formula`, applied to cells read back from a spreadsheet."""
    if isinstance(value, str) and value.startswith(QUOTE) and _needs_quote(value[1:]):
        return value[1:]
    return value


def _needs_quote(text: str) -> bool:
    return text.lstrip(QUOTE).startswith(FORMULA_TRIGGERS)
