"""Which named people come out as suspects, with their age and role, sentence by sentence.

Each row is a sentence written for this test, and the suspects it states as
(name, age, role); the distractor rows name officials, victims, bystanders and
people of other events, and must yield nobody.
"""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.extraction.results import IncidentCandidate
from incidents.extraction.suspects.suspects import extract_suspects
from tests.extraction.helpers import parsed

INCIDENT = IncidentCandidate(date=dt.date(2021, 6, 4))

NAMED_SUSPECTS = [
    # The attacker as the subject of the attack.
    (
        "On Friday, 28-year-old Omar Lindqvist stabbed several people at the hall, then fled.",
        {("Omar Lindqvist", 28, "attacker")},
    ),
    (
        "An 18-year-old Dutch-Moroccan, Pieter Van Aalst, opened fire on teenagers at a cafe.",
        {("Pieter Van Aalst", 18, "attacker")},
    ),
    (
        "Erik Sandoval, who opened fire on worshippers, was arrested at the scene.",
        {("Erik Sandoval", None, "attacker")},
    ),
    (
        "The attack was carried out by Viktor Anselm, a former soldier aged 41.",
        {("Viktor Anselm", 41, "attacker")},
    ),
    (
        "Police arrested Tom Rask, a mechanic, 31 years old, on Friday.",
        {("Tom Rask", 31, "attacker")},
    ),
    (
        "Police arrested Tom Rask on Friday. The 31-year-old was charged with murder on Sunday.",
        {("Tom Rask", 31, "attacker")},
    ),
    (
        "Two of the bombers, Ilias Moreno and Kamil Ostrowski, blew themselves up at the gate.",
        {("Ilias Moreno", None, "attacker"), ("Kamil Ostrowski", None, "attacker")},
    ),
    # A perpetrator noun naming the person.
    (
        "Police named the bomber as Karim Dessouki, a 25-year-old student.",
        {("Karim Dessouki", 25, "attacker")},
    ),
    (
        "The gunman, identified as Lars Okafor, was shot dead by police.",
        {("Lars Okafor", None, "attacker")},
    ),
    (
        "The attacker, 33-year-old Jonas Brandt, threw grenades at the crowd.",
        {("Jonas Brandt", 33, "attacker")},
    ),
    (
        "Marek Stolz, the suspect in the shooting, was released on bail on Monday.",
        {("Marek Stolz", None, "attacker")},
    ),
    (
        "Investigators described Anton Reyes as the mastermind of the bombing.",
        {("Anton Reyes", None, "organiser")},
    ),
    # A legal step taken against the person.
    (
        "Tomas Verhoeven, 31, was sentenced to life in prison on Monday.",
        {("Tomas Verhoeven", 31, "attacker")},
    ),
    (
        "Police arrested Jonas Keller, 29, and Lena Roth (27) on Saturday.",
        {("Jonas Keller", 29, "attacker"), ("Lena Roth", 27, "attacker")},
    ),
    (
        "Jonas Keller was sentenced to 20 years and Lena Roth to 12 years.",
        {("Jonas Keller", None, "attacker"), ("Lena Roth", None, "attacker")},
    ),
    (
        "A jury found Pablo Brenner guilty of murder after a six-week trial.",
        {("Pablo Brenner", None, "attacker")},
    ),
    (
        "Ruben Falk fired at shoppers, then drove his van into a crowd.",
        {("Ruben Falk", None, "attacker")},
    ),
    (
        "Investigators believe Hakan Ostrom set off the device by phone.",
        {("Hakan Ostrom", None, "attacker")},
    ),
    (
        "Officials said Ayoub bin Rashid launched the assault at dawn.",
        {("Ayoub bin Rashid", None, "attacker")},
    ),
    (
        "Gunman Felix Amundsen was shot dead by police outside the station.",
        {("Felix Amundsen", None, "attacker")},
    ),
    (
        "Tomasz Wilk, a commander of the group, was gunned down in a police raid in May.",
        {("Tomasz Wilk", None, "attacker")},
    ),
    (
        "Police shot and killed Dario Vance after he refused to drop the knife.",
        {("Dario Vance", None, "attacker")},
    ),
    (
        "Sami Lehto is believed to be the gunman, police said.",
        {("Sami Lehto", None, "attacker")},
    ),
    (
        "Sami Lehto, the man accused of killing ten people, appeared in court on Monday.",
        {("Sami Lehto", None, "attacker")},
    ),
    (
        "Sami Lehto was given a life sentence on Monday.",
        {("Sami Lehto", None, "attacker")},
    ),
    (
        "Sami Lehto was taken into custody at his home.",
        {("Sami Lehto", None, "attacker")},
    ),
    # A person the text describes first and names later.
    (
        "Officers arrived and detained the man, later identified as Kamal Idris.",
        {("Kamal Idris", None, "attacker")},
    ),
    (
        "A 25-year-old man was arrested at the scene. "
        "Police named him on Sunday as local resident and Syrian national Kamal Idris.",
        {("Kamal Idris", 25, "attacker")},
    ),
    (
        "On Monday two brothers, Malik and Rami Hassan, forced their way into the newsroom.",
        {("Malik Hassan", None, "attacker"), ("Rami Hassan", None, "attacker")},
    ),
    # Role from the words about the suspect, not from the paragraph around them.
    (
        "Donations poured in to fund the funerals. Tom Vega, 19, was charged with murder. "
        "Money was also raised for the injured.",
        {("Tom Vega", 19, "attacker")},
    ),
    (
        "A court convicted four people of helping the gunman. Ana Pires was jailed for six years.",
        {("Ana Pires", None, "accomplice")},
    ),
    (
        "Viktor Hale, a neighbour of the gunman, had known him since school. "
        "Hale was arrested in June and later pleaded guilty to buying the rifles.",
        {("Viktor Hale", None, "accomplice")},
    ),
    # A part in the attack other than carrying it out.
    (
        "Prosecutors say Ingrid Bakke ordered the attack. Lars Moe sold the rifles to the gunmen.",
        {("Ingrid Bakke", None, "organiser"), ("Lars Moe", None, "accomplice")},
    ),
    (
        "Prosecutors said Yusuf Marren planned the attack from abroad.",
        {("Yusuf Marren", None, "organiser")},
    ),
    (
        "Nadia Ferreira supplied the weapons to the gunmen, the court heard.",
        {("Nadia Ferreira", None, "accomplice")},
    ),
    (
        "Oskar Lund, 45, financed the attack through a charity, prosecutors said.",
        {("Oskar Lund", 45, "financier")},
    ),
]

NOBODY = [
    "Officer Dana Whitlock shot the gunman twice in the chest.",
    "Bystander Raj Patel tackled the attacker to the ground.",
    "The victims included Maria Lopez, 54, a nurse from the town.",
    "Mayor Ellen Brandt said the suspect was in custody.",
    "It was the deadliest attack since Anders Holm killed 12 people in 2004.",
    "His brother, Samir Dessouki, was questioned by police and released.",
    "Witness Carla Mendes told reporters the gunman looked calm.",
    "One of the men who held the attacker down was Tobias Green, 42, a former convict.",
    "The deceased guard was identified as Paulo Ramos by the coast guard.",
    "Statement by the Press Secretary on the Terrorist Attack in the Capital",
    "Protesters marched against the shooting of Daniel Okoro last year.",
    "In 2011, Henrik Dahl killed 30 people at a summer camp.",
    "Police shot and killed Dario Vance in 2009 after a robbery.",
    "Sergeant Ellis Moore shot the gunman in the leg.",
    "Amira Haddad was killed by the gunman as she left the shop.",
    "A 30-year-old nurse was among the dead. Police named her as Lina Sorensen.",
    "Marcus Reed was shot seven times by a police officer during an arrest.",
    "A security guard, Omar Castillo, fired back and wounded one of them.",
    "Soldiers led by Ivan Petrenko opened fire on the militants in the hills.",
    "Two men were shot dead in a raid by the Special Task Force and the Mobile Brigade.",
]


def _found(text: str) -> set[tuple[str, int | None, str]]:
    return {(s.name, s.age, s.role) for s in extract_suspects(parsed(text), INCIDENT)}


@pytest.mark.parametrize(("text", "expected"), NAMED_SUSPECTS)
def test_it_finds_the_named_suspects_with_age_and_role(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", NOBODY)
def test_it_names_no_suspect_where_the_text_names_none(text):
    assert _found(text) == set()


UNNAMED_GROUPS = [
    (
        "All four gunmen were shot and killed by the security forces.",
        {("four gunmen (unnamed)", "attacker", "killed")},
    ),
    (
        "Police detained Mirela Vass, 30. Two other suspects remain at large.",
        {
            ("Mirela Vass", "attacker", "detained"),
            ("two suspects (unnamed)", "attacker", "at_large"),
        },
    ),
    (
        "Troops captured the militant responsible for the ambush on Sunday.",
        {("militant (unnamed)", "attacker", "detained")},
    ),
    (
        "A man in Leeds has been charged with supplying the weapons used in the attack.",
        set(),
    ),
    (
        "A suspect in Leeds has been charged with supplying the weapons to the gunman.",
        {("suspect (unnamed)", "accomplice", "charged")},
    ),
    ("The bomber blew himself up at the gate.", {("bomber (unnamed)", "attacker", "dead")}),
    (
        "Soldiers killed the commander and mastermind of the raid on Tuesday.",
        {("mastermind (unnamed)", "organiser", "killed")},
    ),
    (
        "The suspect, a 41-year-old local man, was caught by police hours later.",
        {("suspect (unnamed)", "attacker", "detained")},
    ),
]

NO_GROUP = [
    "Several people were arrested in raids across the city on Thursday.",
    "Police said no suspect had been arrested.",
    "An officer shot the gunman in the leg before he fled.",
    "The gunman, identified as Leon Marsh, was arrested at the scene.",
    "Leon Marsh opened fire at the market. The gunman was arrested an hour later.",
    "Another suspect was detained on Monday. He was named as Ivo Brandl, a 22-year-old mechanic.",
]


def test_an_unnamed_suspect_keeps_the_age_of_its_apposition():
    text = "The suspect, a 41-year-old local man, was caught by police hours later."
    (suspect,) = extract_suspects(parsed(text), INCIDENT)
    assert suspect.age == 41


def _found_with_status(text: str) -> set[tuple[str, str, str | None]]:
    return {(s.name, s.role, s.status) for s in extract_suspects(parsed(text), INCIDENT)}


@pytest.mark.parametrize(("text", "expected"), UNNAMED_GROUPS)
def test_it_describes_unnamed_suspects_whose_status_is_stated(text, expected):
    assert _found_with_status(text) == expected


@pytest.mark.parametrize("text", NO_GROUP)
def test_it_adds_no_unnamed_suspect_for_people_already_named_or_not_perpetrators(text):
    assert not any("(unnamed)" in name for name, _, _ in _found_with_status(text))


STATUSES = [
    ("Nils Harder stabbed two guards. Police arrived and shot him dead.", "killed"),
    ("Nils Harder opened fire at the club. Officers arrested him an hour later.", "detained"),
    (
        "Nils Harder, the suspect, was released from the county jail after posting bond.",
        "released",
    ),
    ("Nils Harder, 40, was charged with murder and freed on bail on Monday.", "released"),
    (
        "Nils Harder opened fire at the club. Prosecutors charged the suspect with murder.",
        "charged",
    ),
    ("Nils Harder opened fire at the club. He was released in 2015 after a robbery term.", None),
    ("Nils Harder opened fire at the club. The 40-year-old was charged with murder.", "charged"),
    ("Nils Harder, the ringleader, was gunned down in a police raid in May.", "killed"),
]


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_it_reads_the_status_of_a_suspect_referred_to_by_pronoun_or_noun(text, status):
    (suspect,) = extract_suspects(parsed(text), INCIDENT)
    assert suspect.status == status
