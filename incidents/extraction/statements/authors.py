"""Who speaks in a document written in the first person: its author.

Official statements, remarks and proclamations name their author in the title
("Statement by National Security Advisor <Name> on ...", "Remarks by President
<Name> and First Lady <Name> at ...") or in the text ("I, <NAME>, President of
..., do hereby proclaim"). A transcript hands the floor from one speaker to the
next with a label line ("THE PRESIDENT:", "THE FIRST LADY:"), which names the
author by role; a questioner ("Q") speaks for nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TITLE = re.compile(
    r"^\s*(?:(?:Joint|Press|Written|Official)\s+)?"
    r"(?:Statements?|Remarks|Readout|Message|Letter|Address|Speech|Proclamation|Op-Ed)"
    r"\s+(?:by|from|of)\s+(?:the\s+)?(?P<who>.+)$",
    re.I,
)
# Title words that end the author's name ("... Mayor Jane Roe Marking Five Years Since ...").
_AFTER_NAME = frozenset(
    {
        "on",
        "at",
        "in",
        "to",
        "for",
        "after",
        "before",
        "following",
        "regarding",
        "about",
        "marking",
        "honoring",
        "honouring",
        "commemorating",
        "remembering",
        "celebrating",
        "calling",
        "with",
        "during",
        "upon",
        "as",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    }
)
# Words of an office, not of a name ("White House Press Secretary", "NSC Spokesperson").
ROLE_WORDS = frozenset(
    {
        "president",
        "vice",
        "first",
        "lady",
        "gentleman",
        "second",
        "secretary",
        "press",
        "white",
        "house",
        "national",
        "security",
        "advisor",
        "adviser",
        "nsc",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "prime",
        "minister",
        "governor",
        "mayor",
        "senator",
        "ambassador",
        "deputy",
        "assistant",
        "principal",
        "chief",
        "of",
        "staff",
        "attorney",
        "general",
        "homeland",
        "state",
        "defense",
        "defence",
        "director",
        "commissioner",
        "chancellor",
        "king",
        "queen",
        "pope",
        "representative",
        "leader",
        "majority",
        "minority",
        "speaker",
        "department",
        "council",
        "the",
        "u.s.",
        "us",
        "united",
        "states",
        "foreign",
        "affairs",
        "interior",
        "justice",
        "treasury",
        "federal",
        "bureau",
        "investigation",
        "fbi",
        "dhs",
        "doj",
    }
)
_PROCLAIMER = re.compile(
    r"\bI,\s+(?P<name>[A-Z][A-Z.'’ -]+?[A-Z.]),"
    r"\s+(?:the\s+)?(?P<role>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s+of\b"
)
_LABEL = re.compile(
    r"^[ \t]*(?:Q(?=\s)|(?P<label>(?:[A-Z][A-Z.'’-]*\s+){0,4}[A-Z][A-Z.'’-]*):(?=\s))", re.M
)
_QUESTIONER = frozenset({"q", "question", "audience member", "participant"})


@dataclass(frozen=True)
class Author:
    name: str  # "Jane Roe", "Governor Roe", or the office when no name is given
    role: str  # lowercased office words: "president", "first lady", ""


@dataclass(frozen=True)
class Turn:
    start: int  # offset in the text where the speaker takes the floor
    speaker: str  # "" for a questioner or an unknown label


def document_authors(title: str, text: str) -> tuple[Author, ...]:
    """The authors a first-person document names, in the order named; () if none."""
    match = _TITLE.match(title.strip())
    if match:
        authors = tuple(
            a for part in re.split(r"\s+and\s+|\s*&\s*", _who(match["who"])) if (a := _author(part))
        )
        if authors:
            return authors
    proclaimer = _PROCLAIMER.search(text)
    if proclaimer:
        return (Author(_title_case(proclaimer["name"]), proclaimer["role"].casefold()),)
    return ()


def speaker_turns(text: str, authors: tuple[Author, ...]) -> list[Turn]:
    """Where each labelled speaker of a transcript takes the floor; [] without labels."""
    turns = []
    for match in _LABEL.finditer(text):
        label = match["label"] or "Q"
        if label.casefold() in _QUESTIONER:
            turns.append(Turn(match.start(), ""))
        else:
            turns.append(Turn(match.start(), _labelled_speaker(label, authors)))
    return turns


def speaker_at(offset: int, turns: list[Turn], authors: tuple[Author, ...]) -> str:
    """The speaker of the sentence at `offset`: the last labelled speaker, or the author."""
    if not turns:
        return authors[0].name if authors else ""
    current = ""
    for turn in turns:
        if turn.start > offset:
            break
        current = turn.speaker
    return current


def _who(words: str) -> str:
    kept = []
    for word in words.split():
        if word.casefold().strip(",:") in _AFTER_NAME or word[:1].isdigit():
            break
        kept.append(word.strip(","))
    return " ".join(kept)


def _author(part: str) -> Author | None:
    words = part.split()
    role = []
    while words and words[0].casefold() in ROLE_WORDS:
        role.append(words.pop(0))
    if not words and not role:
        return None
    # A surname alone keeps its office: "First Lady Roe" is not "President Roe".
    name = " ".join(words) if len(words) > 1 else " ".join(role + words)
    role_words = [w.casefold() for w in role if w.casefold() not in ("the", "u.s.", "us")]
    return Author(name, " ".join(role_words))


def _labelled_speaker(label: str, authors: tuple[Author, ...]) -> str:
    words = [w for w in label.casefold().split() if w not in ("the", "mr.", "ms.", "mrs.", "dr.")]
    for author in authors:
        surname = author.name.casefold().split()[-1]
        if words and (" ".join(words) == author.role or words[-1] == surname):
            return author.name
    return _title_case(label)


def _title_case(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() if len(w) > 2 else w for w in name.split())
