"""Transliteration-aware keys for personal names.

The same suspect is written "Mirzoyev" and "Mirzoev", "Faizov" and "Fayzov",
"Dalerjon" and "Dalerdzhon", "Rachabalizoda" and "Rachabalizade", with or
without a patronymic ("Dalerjon Barotovich Mirzoyev"). `name_key` folds these
to one string so that variants meet; the database layer uses the same key to
resolve a suspect to an existing Person. The folding is deliberately coarse on
vowels-after-y and consonant digraphs (the usual Russian/Tajik romanisation
differences) but keeps every consonant skeleton, so "Islomov" and "Kasimov"
never meet.
"""

from __future__ import annotations

import re
import unicodedata

# Order matters: longer digraphs first ("dzh" before "zh").
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"dzh|dj", "j"),
        (r"zh", "j"),
        (r"kh", "h"),
        (r"ch", "c"),
        (r"sh", "s"),
        (r"ph", "f"),
        (r"ck|q", "k"),
        (r"w", "v"),
        (r"(?<=[aeiou])y(?=[aeiou])", ""),  # Mirzoyev -> Mirzoev
        (r"^y(?=[aeiou])", ""),  # Yusufzoda / Usufzoda
        (r"y", "i"),  # Fayzov -> Faizov
        (r"(?<=[aeiou])i(?=e)", ""),  # Mirzoiev, as some wires spell it
        (r"zade$|zoda$|zodah$", "zod"),  # Tajik -zoda / Persian -zade
        (r"ou", "u"),
        (r"([a-z])\1+", r"\1"),  # doubled letters
    )
)

_PATRONYMIC = re.compile(r"(ovich|evich|ovych|ich|ovna|evna|ichna|kyzy|uly|ugli)$")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "van", "von", "de", "der"})
# Generational suffixes are not surnames: "Ray Diaz Jr." is a Diaz.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NON_LETTER = re.compile(r"[^a-z\s]")


def name_key(name: str) -> str:
    """A key that equal names share across transliterations: 'dalerjon mirzoev'.

    Keeps the given name and the surname; a patronymic or middle name between
    them is dropped, because sources differ on whether they print it.
    """
    tokens = name_tokens(name)
    if len(tokens) > 2:
        tokens = [tokens[0], tokens[-1]]
    return " ".join(fold_token(t) for t in tokens)


def surname_key(name: str) -> str:
    """The folded last token: what a bare "Mirzoyev" later in a text matches on."""
    tokens = name_tokens(name)
    return fold_token(tokens[-1]) if tokens else ""


def name_tokens(name: str) -> list[str]:
    """Lower-case ASCII tokens without patronymics, particles or punctuation."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = _NON_LETTER.sub(" ", ascii_name.casefold().replace("-", " ")).split()
    return [w for w in words if w not in _PARTICLES | _SUFFIXES and not is_patronymic(w)]


def is_patronymic(word: str) -> bool:
    return len(word) > 5 and bool(_PATRONYMIC.search(word.casefold()))


def fold_token(token: str) -> str:
    for pattern, replacement in _FOLDS:
        token = pattern.sub(replacement, token)
    return token


def same_person(a: str, b: str) -> bool:
    """True when two mentions can name one person: equal keys, or one is a bare surname."""
    key_a, key_b = name_key(a), name_key(b)
    if key_a == key_b:
        return True
    if " " in key_a and " " in key_b:
        return False
    return surname_key(a) == surname_key(b)


# Words that stand before a name as a title or an office: "Sergeant Ana Diaz", "Mayor X".
TITLES = frozenset(
    {
        *("president", "minister", "governor", "mayor", "senator", "representative", "rep"),
        *("judge", "justice", "magistrate", "prosecutor", "attorney", "sheriff", "commissioner"),
        *("officer", "constable", "sergeant", "detective", "inspector", "superintendent"),
        *("chief", "captain", "lieutenant", "colonel", "general", "major", "commander", "admiral"),
        *("dr", "doctor", "professor", "mr", "mrs", "ms", "sir", "dame", "lord", "lady"),
        *("king", "queen", "prince", "princess", "sheikh", "emir", "ambassador", "secretary"),
        *("pastor", "reverend", "rev", "bishop", "imam", "rabbi", "pope", "patriarch", "cardinal"),
        *("spokesman", "spokeswoman", "spokesperson", "director", "chancellor", "premier"),
    }
)


def leading_title(name: str) -> str:
    """The title a capitalised run of words opens with ("Sergeant" of "Sergeant Ana
    Diaz"), or ""."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    return first if first.rstrip(".").casefold() in TITLES else ""
