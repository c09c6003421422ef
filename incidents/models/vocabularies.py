"""Controlled vocabularies. Values are the strings of the extract JSON shape and the API.

GTD vocabularies keep the codebook's numeric codes as values and its labels as labels,
so GTD files map both ways without a lookup table.
"""

from django.db import models


class SourceKind(models.TextChoices):
    NEWS_ARTICLE = "news_article", "News article"
    ENCYCLOPEDIA = "encyclopedia", "Encyclopedia"
    OFFICIAL_STATEMENT = "official_statement", "Official statement"
    SOCIAL_MEDIA_POST = "social_media_post", "Social media post"
    DATASET = "dataset", "Dataset"
    OTHER = "other", "Other"


class ExternalSystem(models.TextChoices):
    """Reference datasets whose record ids an incident may carry."""

    GTD = "gtd", "Global Terrorism Database"
    UCDP = "ucdp", "UCDP Georeferenced Event Dataset"
    ACLED = "acled", "Armed Conflict Location & Event Data"


class ReliabilityGrade(models.TextChoices):
    """Admiralty code, source reliability."""

    A = "A", "A: completely reliable"
    B = "B", "B: usually reliable"
    C = "C", "C: fairly reliable"
    D = "D", "D: not usually reliable"
    E = "E", "E: unreliable"
    F = "F", "F: reliability cannot be judged"


class ActorKind(models.TextChoices):
    ARMED_GROUP = "armed_group", "Armed group"
    STATE_BODY = "state_body", "State body"
    GOVERNMENT = "government", "Government"
    MEDIA = "media", "Media outlet"
    PERSON = "person", "Person"
    OTHER = "other", "Other"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class LocationPrecision(models.IntegerChoices):
    """UCDP GED where_prec."""

    EXACT = 1, "Exact location"
    NEAR = 2, "Within 25 km"
    SECOND_ORDER = 3, "Second-order administrative division"
    FIRST_ORDER = 4, "First-order administrative division"
    LINEAR = 5, "Linear feature or larger area"
    COUNTRY = 6, "Country"
    INTERNATIONAL = 7, "International waters or airspace"


class AttackType(models.IntegerChoices):
    ASSASSINATION = 1, "Assassination"
    ARMED_ASSAULT = 2, "Armed Assault"
    BOMBING = 3, "Bombing/Explosion"
    HIJACKING = 4, "Hijacking"
    BARRICADE = 5, "Hostage Taking (Barricade Incident)"
    KIDNAPPING = 6, "Hostage Taking (Kidnapping)"
    FACILITY = 7, "Facility/Infrastructure Attack"
    UNARMED_ASSAULT = 8, "Unarmed Assault"
    UNKNOWN = 9, "Unknown"


class WeaponType(models.IntegerChoices):
    BIOLOGICAL = 1, "Biological"
    CHEMICAL = 2, "Chemical"
    RADIOLOGICAL = 3, "Radiological"
    NUCLEAR = 4, "Nuclear"
    FIREARMS = 5, "Firearms"
    EXPLOSIVES = 6, "Explosives"
    FAKE_WEAPONS = 7, "Fake Weapons"
    INCENDIARY = 8, "Incendiary"
    MELEE = 9, "Melee"
    VEHICLE = (
        10,
        "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
    )
    SABOTAGE = 11, "Sabotage Equipment"
    OTHER = 12, "Other"
    UNKNOWN = 13, "Unknown"


class TargetType(models.IntegerChoices):
    BUSINESS = 1, "Business"
    GOVERNMENT = 2, "Government (General)"
    POLICE = 3, "Police"
    MILITARY = 4, "Military"
    ABORTION = 5, "Abortion Related"
    AIRPORTS = 6, "Airports & Aircraft"
    DIPLOMATIC = 7, "Government (Diplomatic)"
    EDUCATIONAL = 8, "Educational Institution"
    FOOD_WATER = 9, "Food or Water Supply"
    MEDIA = 10, "Journalists & Media"
    MARITIME = 11, "Maritime"
    NGO = 12, "NGO"
    OTHER = 13, "Other"
    PRIVATE = 14, "Private Citizens & Property"
    RELIGIOUS = 15, "Religious Figures/Institutions"
    TELECOMMUNICATION = 16, "Telecommunication"
    TERRORISTS = 17, "Terrorists/Non-State Militia"
    TOURISTS = 18, "Tourists"
    TRANSPORTATION = 19, "Transportation"
    UNKNOWN = 20, "Unknown"
    UTILITIES = 21, "Utilities"
    VIOLENT_PARTY = 22, "Violent Political Party"


class ClaimMode(models.TextChoices):
    LETTER = "letter", "Letter"
    CALL_PRE = "call_pre", "Call (pre-incident)"
    CALL_POST = "call_post", "Call (post-incident)"
    EMAIL = "email", "E-mail"
    NOTE = "note", "Note left at scene"
    VIDEO = "video", "Video"
    WEBSITE = "website", "Posted to website, blog, etc."
    PERSONAL = "personal", "Personal claim"
    OTHER = "other", "Other"
    UNKNOWN = "unknown", "Unknown"


class PerpetratorRole(models.TextChoices):
    CLAIMED = "claimed", "Claimed responsibility"
    SUSPECTED = "suspected", "Suspected"
    CONFIRMED = "confirmed", "Confirmed"
    DENIED = "denied", "Denied involvement"


class ViolenceType(models.IntegerChoices):
    """UCDP GED type_of_violence."""

    STATE_BASED = 1, "State-based conflict"
    NON_STATE = 2, "Non-state conflict"
    ONE_SIDED = 3, "One-sided violence"


class SideRole(models.TextChoices):
    """UCDP's two sides of an event: in one-sided violence side A acts on civilians (side B)."""

    SIDE_A = "side_a", "Side A"
    SIDE_B = "side_b", "Side B"


class SideKind(models.TextChoices):
    STATE = "state", "State"
    NON_STATE = "non_state", "Non-state"
    CIVILIANS = "civilians", "Civilians"


class PropertyDamageExtent(models.IntegerChoices):
    """GTD propextent, with the codebook's labels (propextent_txt)."""

    CATASTROPHIC = 1, "Catastrophic (likely >= $1 billion)"
    MAJOR = 2, "Major (likely >= $1 million but < $1 billion)"
    MINOR = 3, "Minor (likely < $1 million)"
    UNKNOWN = 4, "Unknown"


class RelationKind(models.TextChoices):
    SAME_CAMPAIGN = "same_campaign", "Same campaign"
    BACKGROUND = "background", "Mentioned as background"
    FOLLOW_UP = "follow_up", "Follow-up event"
    DUPLICATE = "duplicate", "Possible duplicate"


class ReviewStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class FigureKind(models.TextChoices):
    KILLED = "killed", "Killed"
    INJURED = "injured", "Injured"
    MISSING = "missing", "Missing"
    HOSTAGES = "hostages", "Hostages"
    DETAINED = "detained", "Detained"
    RESCUED = "rescued", "Rescued"
    PERPETRATORS = "perpetrators", "Perpetrators"


class Qualifier(models.TextChoices):
    EXACT = "exact", "Exactly"
    AT_LEAST = "at_least", "At least"
    MORE_THAN = "more_than", "More than"
    ABOUT = "about", "About"
    UP_TO = "up_to", "Up to"
    FEWER_THAN = "fewer_than", "Fewer than"


class Subgroup(models.TextChoices):
    ALL = "", "All"
    CHILDREN = "children", "Children"
    FOREIGNERS = "foreigners", "Foreigners"
    ATTACKERS = "attackers", "Attackers"
    SECURITY_PERSONNEL = "security_personnel", "Security personnel"
    POLICE = "police", "Police"
    MILITARY = "military", "Military"
    CIVILIANS = "civilians", "Civilians"
    WOMEN = "women", "Women"
    OTHER = "other", "Other"
    # UCDP GED deaths by side: deaths_a, deaths_b, deaths_civilians, deaths_unknown.
    SIDE_A = "side_a", "Side A"
    SIDE_B = "side_b", "Side B"
    UNKNOWN = "unknown", "Status unknown"


class StatementKind(models.TextChoices):
    CLAIM = "claim_of_responsibility", "Claim of responsibility"
    DENIAL = "denial", "Denial"
    ACCUSATION = "accusation", "Accusation"
    CONDEMNATION = "condemnation", "Condemnation"
    WARNING = "warning", "Warning"
    OFFICIAL = "official_statement", "Official statement"
    CONDOLENCE = "condolence", "Condolence"
    OTHER = "other", "Other"


class Channel(models.TextChoices):
    UNKNOWN = "", "Unknown"
    TELEGRAM = "telegram", "Telegram"
    X = "x", "X (Twitter)"
    TELEVISION = "television", "Television address"
    PRESS_RELEASE = "press_release", "Press release"
    NEWS_AGENCY = "news_agency", "News agency"
    WEBSITE = "website", "Website"
    SOCIAL_MEDIA = "social_media", "Other social media"
    INTERVIEW = "interview", "Interview"
    OTHER = "other", "Other"


class SuspectRole(models.TextChoices):
    ATTACKER = "attacker", "Attacker"
    ACCOMPLICE = "accomplice", "Accomplice"
    FINANCIER = "financier", "Financier"
    RECRUITER = "recruiter", "Recruiter"
    ORGANISER = "organiser", "Organiser"
    OTHER = "other", "Other"


class LegalStatus(models.TextChoices):
    AT_LARGE = "at_large", "At large"
    DETAINED = "detained", "Detained"
    CHARGED = "charged", "Charged"
    PLEADED_GUILTY = "pleaded_guilty", "Pleaded guilty"
    PRETRIAL_DETENTION = "pretrial_detention", "Pre-trial detention"
    TRIED = "tried", "On trial"
    CONVICTED = "convicted", "Convicted"
    SENTENCED = "sentenced", "Sentenced"
    RELEASED = "released", "Released"
    KILLED = "killed", "Killed"
    DEAD = "dead", "Dead"
