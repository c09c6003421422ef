"""A small gazetteer of actors: canonical names, kinds and the aliases that name them.

Used to resolve mentions ("Isis", "IS", "the FSB") to one canonical actor name,
the same name the database's Actor rows carry, and to find actor mentions with
their offsets in a text (`find_actor_mentions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class KnownActor:
    name: str
    kind: str  # armed_group | state_body | media | person | government | international_body | other
    aliases: tuple[str, ...] = ()
    parent: str = ""
    case_sensitive_aliases: tuple[str, ...] = ()  # short forms that are also English words


@dataclass(frozen=True)
class ActorMention:
    actor: KnownActor
    start: int
    end: int
    text: str


KNOWN_ACTORS: tuple[KnownActor, ...] = (
    # Armed groups
    KnownActor(
        "Islamic State",
        "armed_group",
        aliases=(
            "ISIS",
            "ISIL",
            "Islamic State group",
            "Daesh",
            "Islamic State of Iraq and Syria",
            "Islamic State of Iraq and the Levant",
        ),
        case_sensitive_aliases=("IS",),
    ),
    KnownActor(
        "Islamic State – Khorasan Province",
        "armed_group",
        aliases=(
            "ISIS-K",
            "ISIS–K",
            "IS-K",
            "IS–KP",
            "IS-KP",
            "ISKP",
            "Islamic State-Khorasan",
            "Islamic State – Khorasan",
            "Islamic State Khorasan Province",
            "ISIS-Khorasan",
        ),
        parent="Islamic State",
    ),
    KnownActor(
        "Islamic State West Africa Province",
        "armed_group",
        aliases=("ISWAP",),
        parent="Islamic State",
    ),
    KnownActor(
        "al-Qaeda", "armed_group", aliases=("al-Qaida", "al Qaeda", "Al Qaeda", "al-Qa'ida")
    ),
    KnownActor(
        "al-Qaeda in the Arabian Peninsula", "armed_group", aliases=("AQAP",), parent="al-Qaeda"
    ),
    KnownActor(
        "al-Qaeda in the Islamic Maghreb", "armed_group", aliases=("AQIM",), parent="al-Qaeda"
    ),
    KnownActor(
        "al-Shabaab",
        "armed_group",
        aliases=("al-Shabab", "al Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen"),
    ),
    KnownActor("Boko Haram", "armed_group"),
    KnownActor("Taliban", "armed_group", aliases=("the Taliban", "Afghan Taliban")),
    KnownActor("Tehrik-i-Taliban Pakistan", "armed_group", aliases=("TTP", "Pakistani Taliban")),
    KnownActor("Hamas", "armed_group", aliases=("Harakat al-Muqawama al-Islamiya",)),
    KnownActor("Hezbollah", "armed_group", aliases=("Hizbollah", "Hizballah")),
    KnownActor(
        "Houthis", "armed_group", aliases=("Ansar Allah", "Houthi movement", "Houthi rebels")
    ),
    KnownActor(
        "Kurdistan Workers' Party", "armed_group", aliases=("PKK", "Kurdistan Workers Party")
    ),
    KnownActor(
        "Lashkar-e-Taiba",
        "armed_group",
        aliases=("Lashkar-e-Toiba",),
        case_sensitive_aliases=("LeT",),
    ),
    KnownActor(
        "Jaish-e-Mohammed",
        "armed_group",
        aliases=("Jaish-e-Muhammad",),
        case_sensitive_aliases=("JeM",),
    ),
    KnownActor(
        "Balochistan Liberation Army",
        "armed_group",
        aliases=("Baloch Liberation Army",),
        case_sensitive_aliases=("BLA",),
    ),
    KnownActor("Hayat Tahrir al-Sham", "armed_group", aliases=("HTS",)),
    KnownActor("Jama'at Nasr al-Islam wal Muslimin", "armed_group", aliases=("JNIM",)),
    KnownActor("Caucasus Emirate", "armed_group"),
    KnownActor("Russian Volunteer Corps", "armed_group"),
    KnownActor("Freedom of Russia Legion", "armed_group"),
    # Other widely designated armed groups (national and UN terrorist lists), by region.
    KnownActor(
        "Al-Aqsa Martyrs' Brigades",
        "armed_group",
        aliases=("al-Aqsa Martyrs Brigades", "al-Aqsa Martyrs' Brigade", "Al-Aqsa Brigades"),
    ),
    KnownActor("Palestinian Islamic Jihad", "armed_group", aliases=("Islamic Jihad",)),
    KnownActor("Popular Front for the Liberation of Palestine", "armed_group", aliases=("PFLP",)),
    KnownActor("Abu Nidal Organization", "armed_group", aliases=("Abu Nidal",)),
    KnownActor("Kata'ib Hezbollah", "armed_group", aliases=("Kataib Hezbollah",)),
    KnownActor(
        "Islamic State Sinai Province",
        "armed_group",
        aliases=("Ansar Bait al-Maqdis", "Ansar Beit al-Maqdis", "Sinai Province"),
        parent="Islamic State",
    ),
    KnownActor("Ansar al-Sharia", "armed_group", aliases=("Ansar al-Shariah",)),
    KnownActor("Ansar Dine", "armed_group"),
    KnownActor("Ansaru", "armed_group"),
    KnownActor("Al-Mourabitoun", "armed_group", aliases=("al-Murabitun",), parent="al-Qaeda"),
    KnownActor("Islamic State Sahel Province", "armed_group", parent="Islamic State"),
    KnownActor(
        "Islamic State Central Africa Province",
        "armed_group",
        aliases=("ISCAP",),
        parent="Islamic State",
    ),
    KnownActor("Allied Democratic Forces", "armed_group", case_sensitive_aliases=("ADF",)),
    KnownActor("Lord's Resistance Army", "armed_group", case_sensitive_aliases=("LRA",)),
    KnownActor("Haqqani Network", "armed_group", aliases=("the Haqqani network",)),
    KnownActor("Islamic Movement of Uzbekistan", "armed_group", case_sensitive_aliases=("IMU",)),
    KnownActor("Lashkar-e-Jhangvi", "armed_group", case_sensitive_aliases=("LeJ",)),
    KnownActor("Jundallah", "armed_group", aliases=("Jaish al-Adl",)),
    KnownActor(
        "Harkat-ul-Jihad al-Islami",
        "armed_group",
        aliases=(
            "Harkat-ul-Jihad-al-Islami",
            "Harkat ul Jihad al Islami",
            "Harkat-ul-Jehad-al-Islami",
            "Harkat-ul-Jihadi Islamia",
            "Harkat-ul-Jehadi Islamia",
            "Harkat-ul-Jehadi-Islamia",
        ),
        case_sensitive_aliases=("HuJI",),
    ),
    KnownActor("Hizbul Mujahideen", "armed_group", aliases=("Hizb-ul-Mujahideen",)),
    KnownActor("Harkat-ul-Mujahideen", "armed_group", aliases=("Harkat ul Mujahideen",)),
    KnownActor("Indian Mujahideen", "armed_group"),
    KnownActor(
        "Students Islamic Movement of India", "armed_group", case_sensitive_aliases=("SIMI",)
    ),
    KnownActor(
        "Communist Party of India (Maoist)",
        "armed_group",
        aliases=("CPI (Maoist)", "CPI-Maoist", "Naxalites", "Maoist rebels"),
    ),
    KnownActor(
        "National Democratic Front of Bodoland", "armed_group", case_sensitive_aliases=("NDFB",)
    ),
    KnownActor("United Liberation Front of Asom", "armed_group", case_sensitive_aliases=("ULFA",)),
    KnownActor(
        "Liberation Tigers of Tamil Eelam",
        "armed_group",
        aliases=("Tamil Tigers",),
        case_sensitive_aliases=("LTTE",),
    ),
    KnownActor("Jamaat-ul-Mujahideen Bangladesh", "armed_group", case_sensitive_aliases=("JMB",)),
    KnownActor("Jemaah Islamiyah", "armed_group", aliases=("Jemaah Islamiah",)),
    KnownActor(
        "Jamaah Ansharut Daulah",
        "armed_group",
        aliases=("Jemaah Ansharut Daulah", "Jamaah Ansharud Daulah"),
        case_sensitive_aliases=("JAD",),
        parent="Islamic State",
    ),
    KnownActor("Mujahidin Indonesia Timur", "armed_group", aliases=("East Indonesia Mujahideen",)),
    KnownActor("Abu Sayyaf", "armed_group", aliases=("Abu Sayyaf Group",)),
    KnownActor("Maute group", "armed_group", aliases=("Maute",)),
    KnownActor("New People's Army", "armed_group", case_sensitive_aliases=("NPA",)),
    KnownActor("Aum Shinrikyo", "armed_group", aliases=("Aum",)),
    KnownActor("East Turkestan Islamic Movement", "armed_group", case_sensitive_aliases=("ETIM",)),
    KnownActor("Caucasus Province", "armed_group", parent="Islamic State"),
    KnownActor("Revolutionary Armed Forces of Colombia", "armed_group", aliases=("FARC",)),
    KnownActor("National Liberation Army", "armed_group", case_sensitive_aliases=("ELN",)),
    KnownActor("Shining Path", "armed_group", aliases=("Sendero Luminoso",)),
    KnownActor("ETA", "armed_group", aliases=("Euskadi Ta Askatasuna",)),
    KnownActor(
        "Irish Republican Army",
        "armed_group",
        aliases=("Provisional IRA", "Real IRA", "New IRA", "Continuity IRA"),
        case_sensitive_aliases=("IRA",),
    ),
    KnownActor("Ulster Volunteer Force", "armed_group", case_sensitive_aliases=("UVF",)),
    KnownActor("Red Army Faction", "armed_group", aliases=("Baader-Meinhof Gang",)),
    KnownActor("Red Brigades", "armed_group", aliases=("Brigate Rosse",)),
    KnownActor("Revolutionary Organization 17 November", "armed_group", aliases=("17 November",)),
    KnownActor("Atomwaffen Division", "armed_group"),
    KnownActor("The Base", "armed_group", case_sensitive_aliases=("The Base",)),
    KnownActor("Nordic Resistance Movement", "armed_group"),
    KnownActor("Tehreek-e-Labbaik Pakistan", "armed_group", case_sensitive_aliases=("TLP",)),
    KnownActor(
        "Islamic State – Pakistan Province",
        "armed_group",
        aliases=("ISPP",),
        parent="Islamic State",
    ),
    KnownActor("al-Nusra Front", "armed_group", aliases=("Jabhat al-Nusra", "Nusra Front")),
    KnownActor("Hurras al-Din", "armed_group", aliases=("Hurras ad-Din",), parent="al-Qaeda"),
    KnownActor("Tawhid and Jihad", "armed_group", aliases=("Jama'at al-Tawhid wal-Jihad",)),
    # Media
    KnownActor("Amaq News Agency", "media", aliases=("Amaq",), parent="Islamic State"),
    KnownActor("TASS", "media", aliases=("Tass",)),
    KnownActor("RIA Novosti", "media"),
    KnownActor("Interfax", "media"),
    KnownActor("Reuters", "media"),
    KnownActor("Associated Press", "media", case_sensitive_aliases=("AP",)),
    KnownActor("Agence France-Presse", "media", aliases=("AFP",)),
    KnownActor("CNN", "media"),
    KnownActor("BBC", "media", aliases=("BBC News", "BBC Verify")),
    KnownActor("The New York Times", "media", aliases=("New York Times", "NYT")),
    KnownActor("Meduza", "media"),
    KnownActor("Mediazona", "media"),
    # State bodies
    KnownActor(
        "Federal Security Service",
        "state_body",
        aliases=("FSB", "Russian Federal Security Service", "Russia's Federal Security Service"),
    ),
    KnownActor(
        "Investigative Committee of Russia",
        "state_body",
        aliases=("Investigative Committee", "Investigative Committee of the Russian Federation"),
    ),
    KnownActor("Kremlin", "state_body", aliases=("the Kremlin", "Kremlin press service")),
    KnownActor(
        "Government of Russia",
        "government",
        aliases=("Russian government", "Russia's government", "Russian Government"),
    ),
    KnownActor(
        "Ministry of Foreign Affairs of Russia",
        "state_body",
        aliases=(
            "Russian Foreign Ministry",
            "Russia's Foreign Ministry",
            "Russian Ministry of Foreign Affairs",
        ),
    ),
    KnownActor(
        "Ministry of Foreign Affairs of Ukraine",
        "state_body",
        aliases=("Ukrainian Foreign Ministry", "Ukraine's Foreign Ministry"),
    ),
    KnownActor("Security Service of Ukraine", "state_body", aliases=("SBU",)),
    KnownActor("White House", "state_body", aliases=("the White House",)),
    KnownActor(
        "United States National Security Council",
        "state_body",
        aliases=(
            "National Security Council",
            "White House National Security Council",
            "White House's National Security Council",
        ),
    ),
    KnownActor(
        "United States Embassy in Moscow",
        "state_body",
        aliases=(
            "US Embassy in Moscow",
            "U.S. Embassy in Moscow",
            "US embassy in Moscow",
            "United States Embassy in Moscow",
            "United States embassy in Moscow",
            "US Embassy in Russia",
            "U.S. Embassy in Russia",
            "US embassy in Russia",
            "U.S. embassy in Russia",
        ),
    ),
    KnownActor("Federal Bureau of Investigation", "state_body", aliases=("FBI",)),
    KnownActor("Metropolitan Police", "state_body", aliases=("Scotland Yard",)),
    # People
    KnownActor("Vladimir Putin", "person", aliases=("Putin", "President Putin")),
    KnownActor(
        "Volodymyr Zelenskyy",
        "person",
        aliases=("Zelenskyy", "Zelensky", "Volodymyr Zelensky", "Zelenskiy"),
    ),
    KnownActor(
        "Mykhailo Podolyak",
        "person",
        aliases=("Podolyak", "Mykhailo Podolyak", "Mykhaylo Podolyak", "Podoliak"),
    ),
    KnownActor("Dmitry Medvedev", "person", aliases=("Medvedev", "Dmitri Medvedev")),
    KnownActor("John Kirby", "person", aliases=("Kirby", "Mr Kirby", "Mr. Kirby")),
    KnownActor("Maria Lvova-Belova", "person", aliases=("Lvova-Belova",)),
    KnownActor("Maria Zakharova", "person", aliases=("Zakharova",)),
    KnownActor("Alexander Bortnikov", "person", aliases=("Bortnikov",)),
    KnownActor("Alexander Lukashenko", "person", aliases=("Lukashenko",)),
    KnownActor("Emmanuel Macron", "person", aliases=("Macron",)),
    KnownActor("Joe Biden", "person", aliases=("Biden",)),
    KnownActor("Antony Blinken", "person", aliases=("Blinken",)),
    KnownActor("Abu Bakr al-Baghdadi", "person", aliases=("al-Baghdadi", "Baghdadi")),
    KnownActor("António Guterres", "person", aliases=("Antonio Guterres", "Guterres")),
    KnownActor("Pope Francis", "person"),
    # International bodies
    KnownActor("United Nations", "international_body", aliases=("UN", "U.N.")),
    KnownActor(
        "United Nations Security Council",
        "international_body",
        aliases=("UN Security Council", "UNSC"),
    ),
    KnownActor("European Union", "international_body", aliases=("EU",)),
    KnownActor(
        "North Atlantic Treaty Organization", "international_body", aliases=("NATO", "Nato")
    ),
    KnownActor("African Union", "international_body", case_sensitive_aliases=("AU",)),
)


def normalise(name: str) -> str:
    """Case, dash and space insensitive key: 'ISIS–K' and 'isis-k' meet."""
    name = re.sub(r"[\u2010-\u2015\-]+", "-", name.strip())
    name = re.sub(r"\s*-\s*", "-", name)
    name = name.replace("\u2019", "'")
    return re.sub(r"\s+", " ", name).casefold()


@cache
def _alias_index() -> dict[str, KnownActor]:
    index: dict[str, KnownActor] = {}
    for actor in KNOWN_ACTORS:
        for alias in (actor.name, *actor.aliases):
            index[normalise(alias)] = actor
    return index


def canonical_actor(mention: str) -> str | None:
    """The canonical name for a mention, or None when the gazetteer does not know it."""
    found = known_actor(mention)
    return found.name if found else None


def known_actor(mention: str) -> KnownActor | None:
    for actor in KNOWN_ACTORS:
        if mention.strip() in actor.case_sensitive_aliases:
            return actor
    return _alias_index().get(normalise(mention))


def parent_of(name: str) -> str:
    found = known_actor(name)
    return found.parent if found else ""


def find_actor_mentions(text: str) -> list[ActorMention]:
    """Every gazetteer mention in `text`, longest alias first, without overlaps."""
    mentions = []
    for match in _mention_pattern().finditer(text):
        actor = known_actor(match.group())
        if actor is not None:
            mentions.append(ActorMention(actor, match.start(), match.end(), match.group()))
    return mentions


def _alias_regex(alias: str) -> str:
    # Dashes and spaces vary between sources: "IS–KP", "IS-KP", "IS - KP".
    parts = re.split(r"\s*[\u2010-\u2015\-]\s*", alias)
    escaped = r"\s*[\u2010-\u2015\-]\s*".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return escaped.replace("'", "['\u2019]")


@cache
def _mention_pattern() -> re.Pattern[str]:
    insensitive, sensitive = [], []
    for actor in KNOWN_ACTORS:
        for alias in (actor.name, *actor.aliases):
            insensitive.append(_alias_regex(alias))
        sensitive.extend(_alias_regex(a) for a in actor.case_sensitive_aliases)
    by_length = sorted(set(insensitive), key=len, reverse=True)
    # Case-sensitive short forms ("IS") must not swallow "is"; a trailing dash
    # guard keeps "IS" from matching the head of "IS-KP" when that form is absent.
    short = "|".join(sorted(set(sensitive), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:(?i:{'|'.join(by_length)})|{short})(?![\w]|[\u2010-\u2015\-]\w)"
    )
