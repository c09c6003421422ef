"""Which verbs of a sentence report speech.

A speech verb ("said", "denied", "condemned", "issued a statement") reports what its
subject said. Some verbs report speech only in one use: a plea of not guilty (a guilty
plea is a step of the case), an authority's "reported" or "identified ... as" (a news
outlet's report is news). Not speech: an aside ("as the ministry calls it"), a participle
that names ("a group known as"), and what the speaker asks others to say ("urged
residents to deny terrorism any victory").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from incidents.extraction.statements.kinds import SPEECH_LEMMAS, SPEECH_OBJECTS
from incidents.extraction.statements.speakers import reports_for_an_authority

_SPEECH_RELEASES = frozenset({"release", "publish"})


def speech_verbs(span: SpacySpan) -> list[Token]:
    """The verbs of the sentence that report what someone said."""
    verbs = []
    for token in span:
        if token.pos_ != "VERB" or _is_aside(token) or _is_name_giving(token):
            continue
        if _is_asked_of_others(token):
            continue
        lemma = token.lemma_.casefold()
        if lemma in _LIMITED_SPEECH:
            if _LIMITED_SPEECH[lemma](token):
                verbs.append(token)
        elif lemma in SPEECH_LEMMAS or (
            lemma in _SPEECH_RELEASES and any(c.lower_ in SPEECH_OBJECTS for c in token.children)
        ):
            verbs.append(token)
    return verbs


def _is_asked_of_others(verb: Token) -> bool:
    """ "urged residents to deny terrorism any victory", "asked them to report": what the
    speaker asks others to say is not the speaker's statement."""
    if _bare_conjunct(verb):
        return True  # "urged them to assist and deny ...", parsed as "urged ... and deny"
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "to assist the police and deny ..."
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ in ("dobj", "nsubj") for c in verb.head.children if c.i < verb.i)
        and verb.head.lemma_.casefold() not in _CONTINUING
    )


def _bare_conjunct(verb: Token) -> bool:
    """A base form joined to a finite verb, with no subject or auxiliary of its own."""
    own = any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    return verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.tag_ != "VB" and not own


# "went on to say", "added ... to say": the speaker's own words.
_CONTINUING = frozenset({"go", "continue", "add", "want", "wish"})


def _pleads_not_guilty(verb: Token) -> bool:
    """A plea of not guilty denies the charge; a guilty plea is a step of the case
    (the suspect's status), not a statement."""
    return any(c.lower_ == "not" for t in verb.subtree for c in t.children if t.lower_ == "guilty")


def _authority_reports(verb: Token) -> bool:
    """ "Police reported the attacker had fled": an authority's report; a news outlet's
    or a person's "reported" is news, and "it was reported" no one's."""
    return any(c.dep_ == "nsubj" and reports_for_an_authority(c) for c in verb.children)


def _authority_identifies(verb: Token) -> bool:
    """ "Police identified the gunman as ...": an authority names the suspect."""
    return _authority_reports(verb) and any(c.lower_ == "as" for c in verb.children)


_LIMITED_SPEECH = {
    "plead": _pleads_not_guilty,
    "report": _authority_reports,
    "identify": _authority_identifies,
}


def _is_name_giving(verb: Token) -> bool:
    """ "a licence, also called parole", "a group known as": a participle that names."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "amod")
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _is_aside(verb: Token) -> bool:
    """ "..., as the Kremlin calls its invasion": an aside, not a statement."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
