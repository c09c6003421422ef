"""Controlled vocabularies: GTD attack and weapon types with their cue phrases.

Labels are the GTD codebook's (START, "Global Terrorism Database Codebook"):
an Armed Assault uses a firearm, an incendiary or a sharp instrument against
people; an attack by other means (a vehicle, bare hands, chemicals) is an
Unarmed Assault; setting fire to a building is a Facility/Infrastructure Attack.
Explosives name a weapon; only a bombing (a bomb, a bomber, a detonation) makes
the attack type Bombing/Explosion, so "the fire was triggered by explosives"
stays an arson.
Cues are compiled once at import. The place tables live in `places.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from incidents.extraction.scope import ATTACK_WORDS

ATTACK_TYPES = (
    "Assassination",
    "Armed Assault",
    "Bombing/Explosion",
    "Hijacking",
    "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack",
    "Unarmed Assault",
    "Unknown",
)
WEAPON_TYPES = (
    "Biological",
    "Chemical",
    "Radiological",
    "Nuclear",
    "Firearms",
    "Explosives",
    "Fake Weapons",
    "Incendiary",
    "Melee",
    "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
    "Sabotage Equipment",
    "Other",
    "Unknown",
)
VEHICLE = WEAPON_TYPES[9]

# GTD claim modes for the channel a claim came through. Telegram posts and
# Amaq "news" items are web publications, so "Posted to website, blog, etc.";
# a claim whose evidence is a released video is "Video".
CLAIM_MODES = {
    "video": "Video",
    "telegram": "Posted to website, blog, etc.",
    "website": "Posted to website, blog, etc.",
    "social_media": "Posted to website, blog, etc.",
    "x": "Posted to website, blog, etc.",
    "news_agency": "Posted to website, blog, etc.",
    "letter": "Letter",
    "e-mail": "E-mail",
    "note": "Note left at scene",
    "call": "Call (post-incident)",
    "interview": "Personal claim",
}


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    attack_type: str = ""
    weapon_type: str = ""
    unless: re.Pattern[str] | None = None  # a match ending here is another cue's ("petrol bomb")


def _cue(pattern: str, attack_type: str = "", weapon_type: str = "", unless: str = "") -> Cue:
    flags = re.IGNORECASE
    guard = re.compile(rf"(?:{unless})\w*$", flags) if unless else None
    return Cue(re.compile(pattern, flags), attack_type, weapon_type, guard)


_INCENDIARY_BOMB = r"(?:petrol|gasoline|fire|molotov)[\s-]?bomb"

# Order is irrelevant: every cue that matches contributes its labels.
CUES: tuple[Cue, ...] = (
    _cue(
        r"\b(?:opened|open|opening) fire\b|\bgunm[ae]n\b|\bshooters?\b|\bmass shooting\b"
        r"|\bshooting (?:attack|spree|rampage)\b|\bfir(?:ed|ing) (?:shots|rounds|indiscriminately"
        r"|into|on|at)\b|\bshooting victims\b|\bbegan shooting\b"
        # Police shooting the attacker dead says nothing of how the attack was done.
        r"|\bshot (?:dead|at|and killed)\b(?! by (?:police|officers|security|troops|soldiers))",
        "Armed Assault",
        "Firearms",
    ),
    _cue(
        r"\b(?:assault |automatic |semi-automatic )?rifles?\b|\bpistols?\b|\bhandguns?\b"
        r"|\bkalashnikovs?\b|\bAK[\s–-]?(?:47|74|style)\b|\bfirearms?\b|\bautomatic weapons\b"
        r"|\bgunfire\b|\bgunshots?\b|\bmachine guns?\b|\bshotguns?\b|\bat gunpoint\b",
        weapon_type="Firearms",
    ),
    _cue(
        r"\b(?:car |truck |suicide |pipe |nail |pressure[- ]cooker )?bomb(?:s|ings?|ed|ers?)?\b"
        r"|\bdetonat\w+|\bsuicide vests?\b|\bblew (?:himself|herself|themselves) up\b",
        "Bombing/Explosion",
        "Explosives",
        unless=rf"{_INCENDIARY_BOMB}",
    ),
    _cue(r"\bexplosives?\b|\bIEDs?\b|\bgrenades?\b", weapon_type="Explosives"),
    _cue(
        rf"\b{_INCENDIARY_BOMB}s?\b|\bmolotov\b|\bincendiary\b|\bflammable liquid\b|\bfirebomb",
        weapon_type="Incendiary",
    ),
    # Setting fire to a building is an attack on the facility as well as on the people in it.
    _cue(
        r"\bset (?:the |a )?[\w ]{0,25}(?:on fire|ablaze|alight)\b|\bset fire to\b|\btorched\b"
        r"|\bsetting (?:the |a )?[\w ]{0,25}on fire\b|\b(?:ignit\w+|start(?:ed)?) (?:a |the )?"
        r"(?:large |huge |massive )?fire\b",
        "Facility/Infrastructure Attack",
        "Incendiary",
    ),
    _cue(r"\barson\b", "Facility/Infrastructure Attack", "Incendiary"),
    _cue(
        r"\bstabb(?:ed|ing|ings)\b|\bstab wounds?\b|\bknife attack\b|\bslash(?:ed|ing)\b"
        r"|\bmachetes?\b|\bslit(?:ting)? (?:the |a |their |his )?(?:\w+ )?throats?\b"
        r"|\bthroat-slitting\b|\bhacked\b|\bknives\b|\bknife\b|\baxes?\b",
        "Armed Assault",
        "Melee",
    ),
    _cue(
        r"\bramm(?:ed|ing)\b|\bploughed into\b|\bplowed into\b"
        r"|\bdr(?:ove|iving) (?:a |the |his |her )?(?:\w+ )?(?:truck|lorry|van|car|vehicle|suv) "
        r"(?:into|through)\b|\bvehicle attack\b|\bmowed down\b"
        r"|\b(?:deliberately )?driven into (?:a |the )?crowds?\b|\bran (?:people )?over\b",
        "Unarmed Assault",
        VEHICLE,
    ),
    _cue(
        r"\b(?:took|taking|held|holding|seized) (?:\w+ ){0,3}hostages?\b|\bhostage[- ]taking\b"
        r"|\bheld hostage\b|\bbarricaded\b|\bhostage crisis\b",
        "Hostage Taking (Barricade Incident)",
    ),
    _cue(r"\bkidnapp\w*|\babduct\w*", "Hostage Taking (Kidnapping)"),
    _cue(r"\bhijack\w*", "Hijacking"),
    _cue(r"\bassassinat\w*", "Assassination"),
    _cue(
        r"\bsarin\b|\bnerve agent\b|\bchemical (?:attack|weapon)s?\b|\bpoison gas\b"
        r"|\bchlorine gas\b",
        "Unarmed Assault",
        "Chemical",
    ),
    _cue(r"\banthrax\b|\bricin\b", "Unarmed Assault", "Biological"),
    _cue(
        r"\b(?:fake|hoax|imitation|replica) (?:suicide )?(?:vests?|belts?|guns?|bombs?|weapons?)\b",
        weapon_type="Fake Weapons",
    ),
)


@dataclass(frozen=True)
class CueMatch:
    start: int
    end: int
    attack_type: str
    weapon_type: str


def find_cues(text: str) -> list[CueMatch]:
    """Every attack/weapon cue in `text`, in text order."""
    found = [
        CueMatch(m.start(), m.end(), cue.attack_type, cue.weapon_type)
        for cue in CUES
        for m in cue.pattern.finditer(text)
        if not (cue.unless and cue.unless.search(text, max(0, m.start() - 12), m.end()))
    ]
    return sorted(found, key=lambda c: c.start)


def speaks_of_attack(text: str) -> bool:
    """A sentence about the attack: attack words ("the attack") or a cue ("abducted")."""
    return bool(_ATTACK_WORDS.search(text)) or any(
        cue.pattern.search(text) for cue in CUES if cue.attack_type
    )


def attack_word_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` speaks of the attack: its attack words and attack-type cues."""
    spans = [m.span() for m in _ATTACK_WORDS.finditer(text)]
    return spans + [(c.start, c.end) for c in find_cues(text) if c.attack_type]


# Outcome words: "two explosions ... killing 95" speaks of the attack without naming it.
_ATTACK_WORDS = re.compile(
    rf"{ATTACK_WORDS.pattern}|\b(?:explosions|blasts|killing|killed|wounding)\b", re.IGNORECASE
)
