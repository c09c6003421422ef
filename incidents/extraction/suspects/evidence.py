"""Why a named person is a suspect, read from the dependency parse of one sentence.

A name is a suspect's when its sentence makes that person
- the subject of an attack ("X opened fire", "X, 28, stabbed three people",
  "X, who detonated the bomb, ...", "the attack was carried out by X");
- one who took another part in it ("X supplied the rifles to the gunmen",
  "X planned the attack", "X financed the bombing");
- one with a perpetrator noun: apposition ("the gunman, X", "X, the suspect"),
  naming ("police identified the bomber as X", "the gunman, named as X",
  "police detained a man, later identified as X"), a copula ("the attacker was
  X", "X is believed to be the gunman") or a title ("suspect X");
- the one the security forces killed ("police shot and killed X", "X was
  gunned down in a raid");
- the one a legal step is taken against ("police arrested X", "X was charged",
  "X pleaded guilty", "X appeared in court", "X was given a life sentence").

All but the last also say the role: attacking makes an attacker, an
accomplice noun or helping verb an accomplice, planning an organiser, money a
financier. People who confront or shoot back at the attacker ("X tackled the
gunman", "X fired back") and acts of other events ("the worst since X killed
77 people", "in 2011, X killed ...") give no evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

# Nouns for the person who did it, and the role each implies (None: not said).
PERPETRATOR_NOUNS: dict[str, str | None] = {
    **dict.fromkeys(
        (
            "attacker",
            "gunman",
            "shooter",
            "bomber",
            "assailant",
            "perpetrator",
            "killer",
            "stabber",
            "hijacker",
            "hostage-taker",
            "taker",  # "hostage-taker" is tokenised "hostage - taker"
            "terrorist",
        ),
        "attacker",
    ),
    **dict.fromkeys(("suspect", "defendant", "accused"), None),
    **dict.fromkeys(("accomplice", "co-conspirator", "conspirator", "helper"), "accomplice"),
    **dict.fromkeys(("mastermind", "ringleader", "organiser", "organizer", "plotter"), "organiser"),
    "financier": "financier",
    "recruiter": "recruiter",
}
ATTACK_VERBS = frozenset(
    {
        "shoot",
        "stab",
        "kill",
        "murder",
        "attack",
        "bomb",
        "detonate",
        "ram",
        "behead",
        "slay",
        "massacre",
        "gun",
        "hijack",
        "knife",
        "slash",
        "wound",
        "injure",
        "ambush",
        "abduct",
        "kidnap",
        "storm",
        "execute",
        "fire",
        "target",
        "perpetrate",
        "plow",
        "plough",
    }
)
# Verbs that attack only with a particle or object: "opened fire", "carried out the attack".
_PHRASAL_ATTACKS = {
    "open": {"fire"},
    "carry": {"out"},
    "blow": {"up"},
    "throw": {"grenade", "bomb", "explosive", "device"},
    "hurl": {"grenade", "bomb", "explosive", "device"},
    "plant": {"bomb", "explosive", "device"},
    "set": {"fire", "off"},
    "take": {"hostage", "hostages"},
    "force": {"way"},  # "forced their way into the building"
    "drive": {"into"},
    "go": {"rampage", "spree"},
    "launch": {"attack", "assault", "raid"},
    "commit": {"attack", "massacre", "murder", "shooting", "bombing"},
}
# Legal steps taken against the object (active) or the subject (passive).
LEGAL_VERBS = frozenset(
    {
        "arrest",
        "detain",
        "charge",
        "convict",
        "sentence",
        "indict",
        "jail",
        "imprison",
        "apprehend",
        "capture",
        "extradite",
        "prosecute",
        "remand",
        "accuse",
        "suspect",
    }
)
# Steps the suspect takes: "X pleaded guilty", "X confessed", "X surrendered".
_OWN_LEGAL_VERBS = frozenset({"plead", "confess", "surrender"})
_COURT_NOUNS = frozenset({"court", "magistrate", "magistrates", "judge", "tribunal", "trial"})
_NAMING_VERBS = frozenset({"identify", "name", "describe"})
_INCLUDING = frozenset({"including", "among", "namely"})
ROLE_VERBS: dict[str, str] = {
    **dict.fromkeys(
        (
            *("help", "aid", "assist", "abet", "supply", "provide", "harbour", "harbor", "shelter"),
            *("sell", "buy", "rent", "hide", "transport", "smuggle", "drive"),
        ),
        "accomplice",
    ),
    **dict.fromkeys(
        ("plan", "organise", "organize", "orchestrate", "mastermind", "order", "direct"),
        "organiser",
    ),
    **dict.fromkeys(("finance", "fund", "bankroll"), "financier"),
    "recruit": "recruiter",
}
# Whom the police or a bystander shoots at: no attack of theirs.
_AT_THE_ATTACKERS = frozenset(
    {*PERPETRATOR_NOUNS, "militant", "jihadist", "insurgent", "gunmen"} - {"accused"}
)
# What a helper, planner or financier acts on: "helped the gunmen", "funded the attack".
_ATTACK_OBJECTS = frozenset(
    {
        "attack",
        "bombing",
        "shooting",
        "massacre",
        "plot",
        "assault",
        "operation",
        "weapon",
        "gun",
        "rifle",
        "explosive",
        "bomb",
        "device",
        "vehicle",
        "car",
        "truck",
        "van",
        "ammunition",
    }
)
# Who kills an attacker: "police shot and killed X", "X was shot dead by officers".
_SECURITY_NOUNS = frozenset(
    {"police", "officer", "troops", "soldier", "force", "security", "sniper", "commando"}
)
_SECURITY_OPERATIONS = frozenset(
    {"raid", "operation", "encounter", "shootout", "firefight", "gunfight", "standoff"}
)
# "shot" alone may only wound: it kills with "dead" or "down".
_KILLING_VERBS = frozenset({"kill", "neutralise", "neutralize"})
# "was given a life sentence", "received a 20-year term"
_PUNISHMENTS = frozenset({"sentence", "term"})
# The bystanders and officers who stop an attacker are named beside them.
_CONFRONT_VERBS = frozenset(
    {"tackle", "subdue", "confront", "disarm", "restrain", "overpower", "chase", "wrestle", "stop"}
)
# "the deadliest since X killed 77 people", "as Y did in 2011": another event.
_OTHER_EVENT_MARKERS = frozenset({"since", "than", "like", "unlike"})
_SUBJECTS = ("nsubj", "csubj")
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


@dataclass(frozen=True)
class Evidence:
    kind: str  # "attack", "part in the attack", "perpetrator noun" or "legal step"
    role: str | None  # the role the evidence implies, if it implies one


def suspect_evidence(
    doc: Doc, start: int, end: int, *, after_suspect: bool = False, year: int | None = None
) -> Evidence | None:
    """What makes the person named at doc.text[start:end] a suspect, or None.

    `after_suspect`: the sentence before spoke of a suspect, so "He was
    identified as X" names that suspect. `year`: the attack's; an act dated
    to another year is another event ("In 2011, X killed 77 people").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    people = _same_person_tokens(span.root)
    if after_suspect and any(_names_a_pronoun(token) for token in people):
        return Evidence("perpetrator noun", None)
    if any(_confronts(token) for token in people):
        return None
    found = [e for token in people for e in _evidence_of(token, span.root, year)]
    if not found:
        return None
    return next((e for e in found if e.role), found[0])


def role_from_verbs(doc: Doc, start: int, end: int) -> str | None:
    """A role the person's own verbs give: "X helped the gunmen" -> accomplice."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for token in _same_person_tokens(span.root):
        for verb in _own_verbs(token):
            if verb.lemma_ in ROLE_VERBS and not _negated(verb):
                return ROLE_VERBS[verb.lemma_]
    return None


def speaks_of_a_suspect(doc: Doc, start: int, end: int) -> bool:
    """The passage has a perpetrator noun or a legal step: "another suspect was detained"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return any(
        t.lemma_.lower() in PERPETRATOR_NOUNS or t.lemma_.lower() in LEGAL_VERBS for t in span or ()
    )


def _names_a_pronoun(name: Token) -> bool:
    """ "He was identified as X", "police named him as X" (the name may sit a few
    arcs below "as" when the parser stumbles on a descriptive phrase before it)."""
    ancestors = list(name.ancestors)[:4]
    marker = next((a for a in ancestors if a.lower_ == "as" and a.dep_ == "prep"), None)
    verb = marker.head if marker is not None else None
    return (
        verb is not None
        and verb.lemma_ in _NAMING_VERBS
        and any(c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "PRON" for c in verb.children)
    )


def is_conjunct(doc: Doc, start: int, end: int) -> bool:
    """True when the name is a later item of a coordination ("... and X")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "conj"


def _same_person_tokens(head: Token) -> list[Token]:
    """The name's head and the nouns that stand for the same person: appositions and
    the first conjunct of a list ("A and B opened fire": A's relation is B's too)."""
    people = [head]
    token = head
    while token.dep_ in ("appos", "conj") and token.head is not token:
        token = token.head
        people.append(token)
    people.extend(child for child in head.children if child.dep_ == "appos")
    return people


def _evidence_of(token: Token, name: Token, year: int | None) -> list[Evidence]:
    found = []
    if token is not name and token.lemma_.lower() in PERPETRATOR_NOUNS:
        found.append(Evidence("perpetrator noun", PERPETRATOR_NOUNS[token.lemma_.lower()]))
    found.extend(_noun_evidence(token))
    if _killed_by_security_forces(token) and not _about_another_event(token.head, year):
        found.append(Evidence("killed by the security forces", "attacker"))
    for verb in _own_verbs(token):
        if _about_another_event(verb, year) or _negated(verb):
            continue
        if _is_attack(verb):
            found.append(Evidence("attack", "attacker"))
        elif verb.lemma_.lower() in ROLE_VERBS and _acts_on_the_attack(verb):
            found.append(Evidence("part in the attack", ROLE_VERBS[verb.lemma_.lower()]))
    if _legal_step(token):
        found.append(Evidence("legal step", None))
    return found


def _noun_evidence(token: Token) -> list[Evidence]:
    """Perpetrator nouns the parse links to the token: titles, "two of the bombers",
    "identified the gunman as X", "the attacker was X", "X was the gunman"."""
    # A title is lower-case in running text ("suspect X", not "Terrorist Attack") unless
    # it opens the sentence: "Gunman X was shot dead".
    linked = [
        c
        for c in token.children
        if c.dep_ == "appos" or (c.dep_ == "compound" and (c.is_lower or c.is_sent_start))
    ]
    if token.pos_ in ("NUM", "PRON", "DET"):  # "two of the bombers", not "a neighbour of"
        linked += [
            p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ]
    head = token.head
    found = []
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _NAMING_VERBS:
        verb = head.head
        named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        named += [verb.head] if verb.dep_ == "acl" else []
        if verb.dep_ in ("dep", "advcl", "conj") and not named:  # "detained a man, identified as"
            named = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
        linked += named
        found += [_what_befell(noun) for noun in named if _what_befell(noun)]
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_ in _NAMING_VERBS:
        linked += [p for c in head.children if c.lower_ == "as" for p in c.children]
    if token.dep_ == "pobj" and head.lower_ in _INCLUDING:
        linked.append(head.head)
        linked += [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if token.dep_ in ("attr", "nsubj") and head.lemma_ == "be":
        linked += [c for c in head.children if c.dep_ in ("attr", "nsubj") and c is not token]
    if token.dep_ in ("nsubj", "nsubjpass"):  # "X is believed to be the gunman"
        clauses = [c for c in head.children if c.dep_ == "xcomp" and c.lemma_ == "be"]
        linked += [a for c in clauses for a in c.children if a.dep_ == "attr"]
    return found + [
        Evidence("perpetrator noun", PERPETRATOR_NOUNS[t.lemma_.lower()])
        for t in linked
        if t.lemma_.lower() in PERPETRATOR_NOUNS and not _negated(t)
    ]


def _what_befell(noun: Token) -> Evidence | None:
    """Evidence about the person a name is given to: "police detained a man, later
    identified as X", "a man who opened fire was named as X"."""
    if _killed_by_security_forces(noun) or any(_is_attack(v) for v in _own_verbs(noun)):
        return Evidence("attack", "attacker")
    return Evidence("legal step", None) if _legal_step(noun) else None


def _own_verbs(token: Token) -> list[Token]:
    """Verbs the token is the doer of: as subject, as passive agent, through a
    relative clause ("X, who opened fire"), with their coordinated verbs."""
    verbs = []
    if token.dep_ in _SUBJECTS:
        verbs.append(token.head)
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        verbs.append(token.head.head)
    for clause in token.children:
        if clause.dep_ == "relcl" and any(
            c.dep_ in _SUBJECTS and c.lower_ in _RELATIVE_PRONOUNS for c in clause.children
        ):
            verbs.append(clause)
    for verb in list(verbs):
        verbs.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")
    return verbs


def _is_attack(verb: Token) -> bool:
    if _negated(verb) or _responds(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _PHRASAL_ATTACKS:
        return bool(_words_of(verb) & _PHRASAL_ATTACKS[lemma])
    return lemma in ATTACK_VERBS


def _responds(verb: Token) -> bool:
    """A shot at the attackers: "fired back", "returned fire", "shot at the gunmen"."""
    lemma = verb.lemma_.lower()
    if lemma == "return":
        return "fire" in _words_of(verb)
    if lemma not in ATTACK_VERBS and lemma not in _PHRASAL_ATTACKS:
        return False
    words = _words_of(verb)
    return bool(words & _AT_THE_ATTACKERS) or "back" in words


def _words_of(verb: Token) -> set[str]:
    """Lemmas of the verb's dependents but its subject, and of their prepositions' objects."""
    return {
        w.lemma_.lower()
        for c in verb.children
        if c.dep_ not in (*_SUBJECTS, "nsubjpass")
        for w in (c, *[g for g in c.children if g.dep_ == "pobj"])
    }


def _acts_on_the_attack(verb: Token) -> bool:
    """ "helped the gunmen", "supplied weapons to them", "planned the bombing"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj", "dative", "xcomp")]
    objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children]
    return any(
        o.lemma_.lower() in _ATTACK_OBJECTS or o.lemma_.lower() in PERPETRATOR_NOUNS
        for o in objects
    )


def _killed_by_security_forces(token: Token) -> bool:
    """ "police shot and killed X", "X was shot dead by officers"."""
    verb = token.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    shot_dead = any(c.lower_ in ("dead", "down") for v in verbs for c in v.children)
    if not any(v.lemma_.lower() in _KILLING_VERBS or shot_dead for v in verbs):
        return False
    if token.dep_ == "dobj":
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [c for c in verb.head.children if verb.dep_ == "conj" and c.dep_ == "nsubj"]
    elif token.dep_ == "nsubjpass":
        agents = [c for v in verbs for c in v.children if c.dep_ == "agent"]
        doers = [p for a in agents for p in a.children if p.dep_ == "pobj"]
        settings = [p for v in verbs for c in v.children if c.lower_ == "in" for p in c.children]
        if any(p.lemma_.lower() in _SECURITY_OPERATIONS for p in settings):
            return True  # "gunned down in a police raid", "killed in an encounter"
    else:
        return False
    return any(d.lemma_.lower() in _SECURITY_NOUNS for d in doers)


def _legal_step(token: Token) -> bool:
    head = token.head
    lemma = head.lemma_.lower()
    objects = {c.lemma_.lower() for c in head.children if c.dep_ == "dobj"}
    held = {p.lemma_.lower() for c in head.children if c.dep_ == "prep" for p in c.children}
    if token.dep_ in ("nsubjpass", "dobj") and held & {"custody", "detention"}:
        return True  # "taken into custody", "held in detention"
    if token.dep_ == "nsubjpass" and lemma in ("give", "hand") and objects & _PUNISHMENTS:
        return True  # "was given a life sentence"
    if (
        token.dep_ == "nsubj"
        and lemma in ("receive", "face", "serve")
        and (objects & {*_PUNISHMENTS, "charge"})
    ):
        return True
    if token.dep_ in ("nsubjpass", "dobj") and lemma in LEGAL_VERBS:
        return not _negated(head)
    if token.dep_ in ("dobj", "nsubjpass") and lemma == "find":
        return any(c.lower_ == "guilty" for c in head.subtree)
    if token.dep_ in _SUBJECTS and head.lower_ == "guilty":  # "the jury found X guilty"
        return True
    if token.dep_ in _SUBJECTS and lemma in _OWN_LEGAL_VERBS:
        return not _negated(head)
    if token.dep_ in _SUBJECTS and lemma in ("appear", "go", "stand"):
        return any(
            w.lower_ in _COURT_NOUNS for c in head.children if c.dep_ == "prep" for w in c.children
        )
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in LEGAL_VERBS and not _negated(c)
        for c in token.children
    )


def _confronts(token: Token) -> bool:
    """The person stopped, fought or shot back at the attacker."""
    return any(
        verb.lemma_.lower() in _CONFRONT_VERBS
        or _responds(verb)
        or (verb.lemma_.lower() == "hold" and any(c.lower_ == "down" for c in verb.children))
        for verb in _own_verbs(token)
    )


def _about_another_event(verb: Token, year: int | None) -> bool:
    """ "the deadliest since X killed 77", or an act dated to another year."""
    compared = any(
        a.lower_ in _OTHER_EVENT_MARKERS
        or any(c.dep_ == "mark" and c.lower_ in _OTHER_EVENT_MARKERS for c in a.children)
        for a in (verb, *verb.ancestors)
    )
    return compared or (year is not None and any(y != year for y in _years_of(verb)))


def _years_of(verb: Token) -> list[int]:
    """Years in the verb's own phrases, not in its subject's ("X, jailed in 2009, ...")."""
    phrases = [c for c in verb.children if c.dep_ not in (*_SUBJECTS, "nsubjpass", "conj")]
    return [
        int(t.text)
        for phrase in phrases
        for t in phrase.subtree
        if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100
    ]


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)
