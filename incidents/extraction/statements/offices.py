"""Who can speak for whom: bodies named by their role ("police", "officials"), roles and
offices beside a name ("the minister", "X, the county sheriff"), the documents whose
authors speak ("a report by X"), and the people whose words are reports or comment,
not statements (witnesses, media, analysts).
"""

from __future__ import annotations

import re

# Collective speakers that are parties to an event's aftermath, named by role.
COLLECTIVE = frozenset(
    {
        "official",
        "authority",
        "government",
        "leader",
        "legislator",
        "lawmaker",
        "ministry",
        "department",
        "embassy",
        "police",
        "prosecutor",
        "investigator",
        "sources",
        "source",
        "military",
        "army",
        "committee",
        "council",
        "court",
        "intelligence",
        "service",
        "office",
        "parliament",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "sheriff",
        "mayor",
        "governor",
        "coroner",
        "commissioner",
    }
)
# Collective speakers whose "reported" is as often hearsay as an announcement.
NOT_REPORTERS = frozenset({"sources", "source", "leader", "legislator", "lawmaker"})
# A role before or beside a name ("the Russian ambassador ..., Anatoly Antonov").
ROLES = frozenset(
    {
        "president",
        "minister",
        "ambassador",
        "adviser",
        "advisor",
        "leader",
        "head",
        "chief",
        "chairperson",
        "chairman",
        "secretary",
        "representative",
        "member",
        "deputy",
        "associate",
        "widow",
        "editor",
        "critic",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "manager",
        "director",
        "commander",
        "founder",
        "owner",
    }
)
# "Two reports by the prosecutor's office concluded": the authors of a report speak.
REPORTS = frozenset(
    {
        "report",
        "statement",
        "study",
        "inquiry",
        "investigation",
        "review",
        "indictment",
        "complaint",
        "affidavit",
        "filing",
    }
)
NOT_SPEAKERS = re.compile(
    r"\b(?:witness\w*|eyewitness\w*|survivors?|relatives?|residents?|analysts?|experts?"
    r"|researchers?|journalists?|reporters?|correspondents?|media|outlets?|newspapers?"
    r"|channels?|news|polls?|surveys?|footage|videos?|reports?|people|Russians|Americans"
    r"|attackers?|gunm[ae]n|assailants?|terrorists?|suspects?)\b",
    re.I,
)


# Offices whose holders speak for an authority ("Court Commissioner X", "X, the police chief").
# Heads of state, diplomats and legislators are left out: their remarks on an attack
# abroad are comment ("other") unless their words announce something.
OFFICES = frozenset(
    {
        "minister",
        "secretary",
        "commissioner",
        "attorney",
        "prosecutor",
        "judge",
        "justice",
        "chief",
        "governor",
        "mayor",
        "sheriff",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "general",
        "colonel",
        "major",
        "captain",
        "lieutenant",
        "commander",
        "officer",
        "official",
        "director",
        "superintendent",
        "inspector",
        "chancellor",
        "premier",
        "coroner",
        "marshal",
        "head",
    }
)


def names_a_body(name: str) -> bool:
    """ "Police", "State prosecutors": a name whose last word is a collective role
    ("Sheriff" and "Mayor" are one person)."""
    words = name.casefold().split()
    if not words or words[-1] in OFFICES | ROLES:
        return False
    last = words[-1]
    return last in COLLECTIVE or (last.endswith("s") and last[:-1] in COLLECTIVE)
