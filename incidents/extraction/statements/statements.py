"""Statements: who said what about the incident, of which kind, through which channel.

A statement is a speech verb ("said", "denied", "condemned", "warned",
"expressed condolences", "issued a statement") with a speaker found by the
dependency parse (`speakers`) and a kind from the verb and its
clause (`kinds`). Claims of responsibility come from `claims`, and
"the statement said ..." after a claim continues it. One item per sentence and
per (speaker, kind). "He"/"it"/"the ministry" take the previous speaker.

A document written in the first person (a statement, remarks, a proclamation;
`authors`) has no speech verbs to follow: its author speaks each sentence, and
the sentence's own words give the kind ("My wife and I are praying" consoles,
"I have directed" announces).

Not statements: a clause whose content is a casualty or arrest count (the
figure's attribution records who gave it), plots and attacks other than this
one ("had thwarted an attack"), and sentences dated to an earlier year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from incidents.extraction.document import ParsedDocument
from incidents.extraction.incident.claims import Claim, claim_channel, find_claims
from incidents.extraction.lexicons import actors
from incidents.extraction.lexicons.dates import find_dates
from incidents.extraction.nlp import entities_in
from incidents.extraction.results import IncidentCandidate, Span, StatementCandidate
from incidents.extraction.scope import Sentence, prose_sentences
from incidents.extraction.statements.authors import (
    Author,
    document_authors,
    speaker_at,
    speaker_turns,
)
from incidents.extraction.statements.kinds import (
    SPEECH_LEMMAS,
    is_plain_report,
    statement_kinds,
    voiced_kinds,
)
from incidents.extraction.statements.offices import names_a_body
from incidents.extraction.statements.quotations import (
    leaves_quote_open,
    quoted_on,
    said_after_quote,
)
from incidents.extraction.statements.speakers import (
    SpeakerMention,
    holds_office,
    may_be_news_outlet,
    reporting_verb,
    sources_of,
    speakers_named,
    speakers_of,
)
from incidents.extraction.statements.verbs import speech_verbs

_CHANNELS = (
    (
        "television",
        re.compile(
            r"\b(?:public|televised|national|an) address\b|\btelevision\b|\bon TV\b"
            r"|\baddress to the nation\b",
            re.I,
        ),
    ),
    ("press_release", re.compile(r"\bpress (?:release|service)\b", re.I)),
    ("interview", re.compile(r"\binterview\b", re.I)),
    ("instagram", re.compile(r"\bInstagram\b")),
)
_CLAIM_FOLLOW_UP = re.compile(
    r"\b(?:the|a|its|their) (?:statement|post|group|organi[sz]ation|declaration|claim|message)\b"
    r"[^.]{0,60}\b(?:said|stated|claimed|announced|added)\b"
    r"|\b(?:the|a|its|their) (?:statement|post|group|organi[sz]ation|declaration|message) "
    r"(?:also )?(?:said|stated|claimed|announced)\b"
    r"|\b(?:released|published|posted) (?:a |an |the )?(?:\w+[ -]){0,4}?(?:video|photos|report)\b",
    re.I,
)
_OTHER_EVENT = re.compile(r"\b(?:thwarted|foiled|disrupted|prevented)\b", re.I)
_COUNT = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens"
    r"|hundreds|scores)\s+(?:\w+\s+){0,3}?(?:people|persons|individuals|men|suspects|victims"
    r"|bodies|dead|killed|injured|wounded|casualties)\b"
    r"|\b(?:death toll|toll)\b",
    re.I,
)
# "The United States has confirmed that IS claimed responsibility": the confirmation
# is the statement; the claim itself is reported in its own sentences.
_REPORTED_CLAIM = re.compile(
    r"^[^,]{0,60}\b(?:has |have |had )?(?:confirmed|said|stated|believes?|believed)\s+that\b", re.I
)
# "She said, ..." inside remarks: the author quotes someone else.
_QUOTES_OTHERS = re.compile(r"\b(?:he|she|they)(?: would)? (?:said|says|say|told|asked)\b", re.I)
_PERSON_SUBJECT = re.compile(r"\s*(?:he|she)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOMINAL_ACTS = frozenset(
    {
        "statement",
        "expression",
        "message",
        "condemnation",
        "condolence",
        "attribution",
        "tribute",
        "accusation",
        "denial",
        "warning",
        "response",
        "reaction",
    }
)
_COUNTS_ARE_FIGURES = frozenset({"official_statement", "other", "accusation"})
_GROUP_POSITIONS = frozenset(
    {"claim_of_responsibility", "denial", "condemnation", "condolence", "warning"}
)
_PERSON_ANAPHORS = frozenset({"he", "she"})


@dataclass(frozen=True)
class _Said:
    speaker: str
    kind: str
    plain: bool = False  # a bare report that yields to a specific kind


def extract_statements(
    parsed: ParsedDocument, incident: IncidentCandidate
) -> list[StatementCandidate]:
    authors = document_authors(_title(parsed), parsed.text)
    if authors:
        return _authored_statements(parsed, incident, authors)
    return _reported_statements(parsed, incident)


def _reported_statements(
    parsed: ParsedDocument, incident: IncidentCandidate
) -> list[StatementCandidate]:
    """A report's statements: what its speech verbs attribute to whom."""
    claims = {c.span.start: c for c in find_claims(parsed)}
    found: list[StatementCandidate] = []
    context = _Context(parsed)
    for sentence in prose_sentences(parsed):
        span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        claim = claims.get(sentence.start) or _claim_follow_up(sentence, context.claimant)
        if claim is not None and not _REPORTED_CLAIM.search(sentence.text):
            found.append(_claim_statement(parsed, sentence, claim, incident))
            context.claimed(claim)
            continue
        said = [] if _about_other_event(sentence.text, incident) else _reported(span, context)
        said = said or [_Said(*item) for item in said_after_quote(span)]
        quoted = (
            [] if said else [_Said(*item) for item in quoted_on(sentence.text, context.quoting)]
        )
        found.extend(
            _statement(parsed, sentence, s.speaker, s.kind, incident) for s in said + quoted
        )
        context.moved_past(span, said)
        context.quoted(sentence.text, said)
    return found


def _authored_statements(
    parsed: ParsedDocument, incident: IncidentCandidate, authors: tuple[Author, ...]
) -> list[StatementCandidate]:
    """A first-person document's statements: its author's sentences that condemn,
    console, announce or thank, and the claims of responsibility it reports."""
    claims = {c.span.start: c for c in find_claims(parsed)}
    turns = speaker_turns(parsed.text, authors)
    title_end = parsed.text.find("\n") if parsed.text.find("\n") >= 0 else 0
    found = []
    for sentence in prose_sentences(parsed):
        claim = claims.get(sentence.start)
        if claim is not None:
            found.append(_claim_statement(parsed, sentence, claim, incident))
        speaker = speaker_at(sentence.start, turns, authors)
        if speaker and sentence.start >= title_end and not _QUOTES_OTHERS.search(sentence.text):
            found.extend(
                _statement(parsed, sentence, speaker, kind, incident)
                for kind in voiced_kinds(sentence.text)
            )
    return found


def _title(parsed: ParsedDocument) -> str:
    return parsed.cleaned.title or parsed.meta.title or parsed.text.lstrip().split("\n", 1)[0]


class _Context:
    """The speakers an anaphor can refer to: the latest person and the latest body."""

    def __init__(self, parsed: ParsedDocument) -> None:
        self.claimant: Claim | None = None
        self.person = ""
        self.body = ""
        self.quoting = ""  # the speaker of a quotation still open
        # "District Attorney Jane Roe" early on makes a later "Roe said" an official's words.
        self.officials = {
            e.text.split()[-1]
            for e in parsed.doc.ents
            if e.label_ == "PERSON" and holds_office(e.root)
        }

    def quoted(self, text: str, said: list[_Said]) -> None:
        """Whose quotation runs on past this sentence ("X tweeted: "Thank you ... . My
        thoughts are with the injured.""): its later sentences are X's words too."""
        speaker = said[0].speaker if said else self.quoting
        self.quoting = speaker if speaker and leaves_quote_open(text, attributed=bool(said)) else ""

    def holds_office(self, speaker: str) -> bool:
        return _is_person(speaker) and speaker.split()[-1] in self.officials

    def claimed(self, claim: Claim) -> None:
        self.claimant, self.body = claim, claim.group

    def spoke(self, speaker: str) -> None:
        if _is_person(speaker):
            self.person = speaker
        else:
            self.body = speaker

    def moved_past(self, span: SpacySpan, said: list[_Said]) -> None:
        """A sentence without a speaker hands "he" to the person it is about (its first)."""
        people = [e.text for e in entities_in(span) if e.label_ == "PERSON"]
        if not said and people:
            self.person = people[0]

    def resolve(self, mention: SpeakerMention) -> str:
        if mention.anaphor in _PERSON_ANAPHORS:
            return self.person
        if mention.anaphor == "it":
            return self.body
        return self.body if mention.anaphor in self.body.casefold() else ""


def _is_person(name: str) -> bool:
    actor = actors.known_actor(name)
    if actor is not None:
        return actor.kind == "person"
    if names_a_body(name):
        return False  # "Police", "Authorities": capitalised at the start of a sentence
    return bool(re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}", name))


def _reported(span: SpacySpan, context: _Context) -> list[_Said]:
    said: list[_Said] = []
    for lemma, clause, mentions in _attributions(span):
        for mention in mentions:
            speaker = mention.name or context.resolve(mention)
            if not speaker:
                continue
            context.spoke(speaker)
            official = mention.is_body or mention.official or context.holds_office(speaker)
            for item in _said_by(speaker, lemma, clause, body=official):
                if all((s.speaker, s.kind) != (item.speaker, item.kind) for s in said):
                    said.append(item)
    return _without_plain_reports(said)


def _attributions(span: SpacySpan) -> Iterator[tuple[str, str, list[SpeakerMention]]]:
    """Each (speech lemma, what is said, speakers): a speech verb's, or "according to X"."""
    verbs = speech_verbs(span)
    for verb in verbs:
        speaker_verb = reporting_verb(verb, verbs) or verb
        yield verb.lemma_.casefold(), _clause(verb), speakers_of(speaker_verb, span)
    for phrase in span:
        # "According to a newspaper, X denied ...": X's denial, found by its own verb.
        if (
            phrase.lower_ == "to"
            and phrase.head.lower_ == "according"
            and phrase.head.head.lemma_.casefold() not in SPEECH_LEMMAS
        ):
            inside = {t.i for t in phrase.head.subtree}
            clause = "".join(t.text_with_ws for t in span if t.i not in inside)
            sources = [t for t in sources_of(phrase) if not may_be_news_outlet(t)]
            yield "say", clause, speakers_named(sources, span)
    for act in span:
        if act.lemma_.casefold() in _NOMINAL_ACTS and act.dep_ in ("nsubj", "nsubjpass", "dobj"):
            # "Statements of condemnation came from X and Y", "... were made by X",
            # "the attack drew reactions from X".
            said = "".join(t.text_with_ws for t in act.subtree)
            for source in [*act.children, *act.head.children]:
                if source.dep_ == "agent" or (source.dep_ == "prep" and source.lower_ == "from"):
                    yield "react", said, speakers_named(_listed_after(source, span), span)


def _listed_after(source: Token, span: SpacySpan) -> list[Token]:
    """The sources after "from"/"by", and the people named further on in the list, which
    the parser often cuts ("from users, the producer Jane Roe, and John Roe")."""
    listed = sources_of(source)
    people = [
        e.root
        for e in entities_in(span)
        if e.label_ == "PERSON" and e.start > source.i and e.root not in listed
    ]
    return sorted([*listed, *people], key=lambda t: t.i)


def _said_by(speaker: str, lemma: str, clause: str, *, body: bool) -> list[_Said]:
    kinds = statement_kinds(lemma, clause, body=body)
    if _is_armed_group(speaker):
        # A group's claims come from `claims`; its other words quoted here are
        # propaganda, not positions on this attack.
        kinds = [k for k in kinds if k in _GROUP_POSITIONS]
    if _COUNT.search(clause):
        kinds = [k for k in kinds if k not in _COUNTS_ARE_FIGURES]
    return [
        _Said(
            speaker,
            kind,
            kind == "other" or (kind == "official_statement" and is_plain_report(lemma, clause)),
        )
        for kind in kinds
    ]


def _is_armed_group(name: str) -> bool:
    actor = actors.known_actor(name)
    return actor is not None and actor.kind == "armed_group"


def _clause(verb: Token) -> str:
    """The verb's words without its subject and without other verbs joined to it."""
    skipped = {
        t.i
        for child in verb.children
        if child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "conj" and child.pos_ == "VERB")
        for t in child.subtree
    }
    return "".join(t.text_with_ws for t in verb.subtree if t.i not in skipped)


def _without_plain_reports(said: list[_Said]) -> list[_Said]:
    """ "Denied ... and said ..." is a denial: a speaker's "other" yields to a specific kind."""
    specific = {s.speaker for s in said if not s.plain}
    return [s for s in said if not s.plain or s.speaker not in specific]


def _about_other_event(text: str, incident: IncidentCandidate) -> bool:
    if _OTHER_EVENT.search(text):
        return True
    year = incident.date.year if incident.date else None
    return bool(year) and any(int(y) < year for y in _YEAR.findall(text))


def _claim_follow_up(sentence: Sentence, claimant: Claim | None) -> Claim | None:
    """After a claim, "the statement said ..." and "Amaq released a video" continue it."""
    if not _CLAIM_FOLLOW_UP.search(sentence.text) or _PERSON_SUBJECT.match(sentence.text):
        return None
    group = _group_named(sentence.text)
    if group:
        return Claim(group, claimant.span if claimant else None, claim_channel(sentence.text))
    if claimant and not any(e.label_ in ("PERSON", "GPE") for e in sentence.ents):
        return Claim(
            claimant.group, claimant.span, claim_channel(sentence.text) or claimant.channel
        )
    return None


def _group_named(text: str) -> str:
    for mention in actors.find_actor_mentions(text[:80]):
        if mention.actor.kind == "armed_group":
            return mention.actor.name
        if mention.actor.parent and actors.known_actor(mention.actor.parent).kind == "armed_group":
            return mention.actor.parent
    return ""


def _claim_statement(parsed, sentence, claim: Claim, incident) -> StatementCandidate:
    return _statement(
        parsed, sentence, claim.group, "claim_of_responsibility", incident, claim.channel
    )


def _statement(parsed, sentence, speaker, kind, incident, channel="") -> StatementCandidate:
    return StatementCandidate(
        speaker=speaker,
        kind=kind,
        span=Span.of(parsed.text, sentence.start, sentence.end),
        channel=_channel(sentence.text) or channel,
        date=_date(sentence.text, incident),
    )


def _channel(text: str) -> str:
    channel = claim_channel(text)
    if channel in ("telegram", "x", "website", "news_agency"):
        return channel
    return next((name for name, cue in _CHANNELS if cue.search(text)), channel)


def _date(text: str, incident: IncidentCandidate):
    year = incident.date.year if incident.date else None
    dates = [
        m
        for m in find_dates(text, incident=incident.date, default_year=year)
        if m.date and m.precision == "day"
    ]
    return dates[0].date if dates else None
