"""Admin URLs for pages that link hundreds of records: each pattern reversed once."""

import functools

from django.urls import get_script_prefix, reverse

# An id no record has, reversed in place of the real ones and then replaced by them.
_PLACEHOLDER = 2_147_483_647_000


def admin_url(name: str, *args: int | str) -> str:
    """reverse(name, args=args) for admin URLs whose arguments are ids and plain words."""
    pattern = _pattern(name, len(args), get_script_prefix())
    for number, value in enumerate(args):
        pattern = pattern.replace(str(_PLACEHOLDER + number), str(value), 1)
    return pattern


@functools.cache
def _pattern(name: str, arity: int, script_prefix: str) -> str:
    return reverse(name, args=[_PLACEHOLDER + n for n in range(arity)])
