import datetime as dt

import pytest

from incidents.extraction.incident.claims import find_claims
from incidents.extraction.results import IncidentCandidate
from incidents.extraction.statements.statements import extract_statements
from tests.extraction.helpers import parsed

INCIDENT = IncidentCandidate(date=dt.date(2015, 11, 13))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamic State claimed responsibility for the Paris attacks "
            "in a statement on Telegram.",
            [("Islamic State", "claim_of_responsibility", "telegram")],
        ),
        (
            "Al-Shabaab claimed the attack on the Westgate mall.",
            [("al-Shabaab", "claim_of_responsibility", "")],
        ),
        (
            "Emmanuel Macron condemned the attack as an act of war.",
            [("Emmanuel Macron", "condemnation", "")],
        ),
        ("The Taliban denied any involvement in the bombing.", [("Taliban", "denial", "")]),
        (
            "Canada and the UK issued warnings about possible terrorist attacks.",
            [("Canada", "warning", ""), ("United Kingdom", "warning", "")],
        ),
        ("The weather was cold in Paris that night.", []),
        ("Islamic State has claimed numerous attacks in the past.", []),
    ],
)
def test_it_finds_speaker_kind_and_channel(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind, s.channel) for s in found] == expected


def test_it_keeps_the_speaker_for_a_following_he():
    text = (
        "Mykhailo Podolyak denied Ukraine's involvement in the attack. "
        'On X, he wrote, "Ukraine has never employed terrorist tactics."'
    )
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind, s.channel) for s in found] == [
        ("Mykhailo Podolyak", "denial", ""),
        ("Mykhailo Podolyak", "denial", "x"),
    ]


def test_it_dates_a_statement_from_its_sentence():
    text = "On 14 November, President Emmanuel Macron condemned the attacks on Paris."
    (statement,) = extract_statements(parsed(text), INCIDENT)
    assert statement.date == dt.date(2015, 11, 14)
    assert statement.span.quote == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attack was condemned by the European Union and NATO.",
            [
                ("European Union", "condemnation"),
                ("North Atlantic Treaty Organization", "condemnation"),
            ],
        ),
        (
            "United Nations Secretary-General Ban Ki-moon, the European Union and the African "
            "Union condemned the attack and expressed condolences to the victims.",
            [
                ("Ban Ki-moon", "condemnation"),
                ("European Union", "condemnation"),
                ("African Union", "condemnation"),
                ("Ban Ki-moon", "condolence"),
                ("European Union", "condolence"),
                ("African Union", "condolence"),
            ],
        ),
        (
            "President François Hollande said the attackers would be punished without mercy.",
            [("François Hollande", "condemnation")],
        ),
        (
            "Pope Francis expressed his condolences to the families of the victims.",
            [("Pope Francis", "condolence")],
        ),
        (
            "The Russian ambassador to France, Alexander Orlov, said that his government "
            "condemned the attack.",
            [("Alexander Orlov", "condemnation")],
        ),
        (
            "Belgium's Foreign Ministry denied that the attackers had passed through Brussels.",
            [("Ministry of Foreign Affairs of Belgium", "denial")],
        ),
        (
            "Al-Shabaab denied that it had targeted civilians at the Westgate mall.",
            [("al-Shabaab", "denial")],
        ),
        (
            "Prime Minister Theresa May warned that another attack might be imminent.",
            [("Theresa May", "warning")],
        ),
        (
            "US officials said they had intelligence that ISIS had been planning the attack.",
            [("US officials", "accusation")],
        ),
        (
            "Jacinda Ardern called the Christchurch shooting a terrorist attack.",
            [("Jacinda Ardern", "official_statement")],
        ),
    ],
)
def test_it_reads_speaker_and_kind_from_the_parse(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police said 22 people were killed in the Manchester Arena bombing.",
        "Witnesses said they heard two loud bangs near the foyer.",
        "The FBI said it had thwarted a separate plot.",
        "In 2013, the group said it would strike again.",
        "Local media reported that the gunman had bought his rifle legally.",
        '"We will return," the attackers shouted as they fired into the crowd.',
        "Islamic State has claimed numerous attacks in the past.",
    ],
)
def test_it_finds_no_statement_in_counts_witnesses_media_and_other_events(text):
    assert extract_statements(parsed(text), INCIDENT) == []


def test_it_resolves_the_ministry_and_it_to_the_previous_body():
    text = (
        "The Ukrainian Foreign Ministry rejected the allegations. "
        "The ministry also implied that the attack was staged."
    )
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Ministry of Foreign Affairs of Ukraine", "denial"),
        ("Ministry of Foreign Affairs of Ukraine", "accusation"),
    ]


def test_a_plain_report_yields_to_a_specific_kind_from_the_same_speaker():
    text = (
        "The Taliban denied any role in the Kabul bombing and said the group "
        "does not target civilians."
    )
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == [("Taliban", "denial")]


def test_a_person_who_speaks_after_a_sentence_about_him_is_he():
    text = (
        "Stephen Paddock checked into the hotel on 25 September. "
        "The sheriff said he had acted alone. "
        "He also said the shooter had no known ties to any group."
    )
    found = extract_statements(parsed(text), INCIDENT)
    assert [s.speaker for s in found] == ["Sheriff", "Sheriff"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "District Judge Helen Marsh said the defendant would stay in custody until trial.",
            [("Helen Marsh", "official_statement")],
        ),
        (
            "Ravi Menon, the county sheriff, said deputies had sealed off the road.",
            [("Ravi Menon", "official_statement")],
        ),
        (
            "According to police, the gunman fired from a parked van.",
            [("Police", "official_statement")],
        ),
        (
            "According to the mayor and the police, the station reopened at noon.",
            [("Mayor", "official_statement"), ("Police", "official_statement")],
        ),
        (
            "Lena Ortiz, who lives opposite the station, said the street went quiet.",
            [("Lena Ortiz", "other")],
        ),
        (
            "President Ines Varga said the border had been calm all week.",
            [("Ines Varga", "other")],
        ),
    ],
)
def test_an_office_holder_or_an_authority_makes_an_official_statement(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


def test_a_surname_keeps_the_office_the_text_gave_it_earlier():
    text = (
        "Prosecutor Dana Whitlock opened the hearing on Monday. "
        "Whitlock said the case file ran to four hundred pages."
    )
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == [("Whitlock", "official_statement")]


@pytest.mark.parametrize(
    "text",
    [
        "According to the Evening Ledger, the hall had no sprinklers.",
        "According to local news sources, the roads were closed by noon.",
    ],
)
def test_a_news_outlet_after_according_to_is_not_a_speaker(text):
    assert extract_statements(parsed(text), INCIDENT) == []


def test_according_to_a_report_the_quoted_speaker_speaks():
    text = "According to a court reporter, Omar Vance denied any role in the bombing."
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == [("Omar Vance", "denial")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Messages of condolence came from Archbishop Paul Renard and the mayor of Lyon.",
            [("Archbishop Paul Renard", "condolence"), ("Mayor of Lyon", "condolence")],
        ),
        (
            "Statements condemning the bombing were issued by the African Union.",
            [("African Union", "condemnation")],
        ),
        (
            "Accusations of responsibility were made by the interior minister, Sami Haddad.",
            [("Sami Haddad", "accusation")],
        ),
        ("Messages of support filled the town square.", []),
    ],
)
def test_statements_named_by_a_noun_belong_to_whoever_they_came_from(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram claimed that it carried out the raid on the barracks.",
            [("Boko Haram", "claim_of_responsibility")],
        ),
        (
            "Tomas Lind confessed to carrying out the attack on the clinic.",
            [("Tomas Lind", "claim_of_responsibility")],
        ),
        (
            "Police alleged that the driver had planned the attack for weeks.",
            [("Police", "accusation")],
        ),
        (
            "The minister described the bombing as a dastardly act.",
            [],
        ),
        (
            "Governor Helen Carter described the bombing as a cowardly act.",
            [("Helen Carter", "condemnation")],
        ),
        (
            "Judge Omar Reyes ordered that the suspect remain in custody.",
            [("Omar Reyes", "official_statement")],
        ),
    ],
)
def test_the_speech_verb_decides_the_kind(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The head of the regional police, Mark Olsen, said officers had sealed the area.",
            [("Mark Olsen", "official_statement")],
        ),
        (
            "Mayor Clara Voss thanked the firefighters for their courage.",
            [("Clara Voss", "other")],
        ),
        (
            "The group said it was not responsible for the bombing.",
            [],
        ),
        (
            "Hezbollah said it was not responsible for the bombing.",
            [("Hezbollah", "denial")],
        ),
        (
            "The city is mourning its dead, the mayor of Lyon said.",
            [("Mayor of Lyon", "condolence")],
        ),
        (
            "The president declared a national day of mourning, officials said.",
            [("Officials", "official_statement")],
        ),
    ],
)
def test_offices_tributes_denials_and_mourning(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colonel Ruth Adeyemi said the raiders were backed by a foreign militia.",
            [("Ruth Adeyemi", "accusation")],
        ),
        (
            "He had been released on licence, also called parole, a year earlier.",
            [],
        ),
    ],
)
def test_backing_accuses_and_a_naming_participle_is_no_statement(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge will stay closed until Friday, stated Minister of Transport David Okoro.",
            [("David Okoro", "official_statement")],
        ),
        (
            "The bombing drew reactions from Helen Carter and the mayor of Lyon.",
            [("Helen Carter", "other"), ("Mayor of Lyon", "other")],
        ),
        (
            "Condemnation of the bombing came from the African Union.",
            [("African Union", "condemnation")],
        ),
    ],
)
def test_inverted_speakers_and_reactions(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A report by the State Fire Marshal concluded that the blaze was set deliberately.",
            [("State Fire Marshal", "official_statement")],
        ),
        (
            "The general manager of the port, Dr Samuel Achebe, attributed the blast to rebels.",
            [("Samuel Achebe", "accusation")],
        ),
        (
            "The town declared three days of mourning for the victims, officials said.",
            [("Officials", "official_statement")],
        ),
    ],
)
def test_reports_authors_managers_and_days_of_mourning(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


def test_the_holder_of_an_office_named_in_apposition_speaks():
    text = "The mayor of Lyon, Helen Carter, said the square would stay closed."
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == [("Helen Carter", "official_statement")]


def test_according_to_a_document_its_authors_speak():
    text = (
        "According to an indictment filed by the Federal Prosecutor's Office, "
        "the gunman was directed by Hezbollah."
    )
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == [("Federal Prosecutor's Office", "accusation")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The office first, the holder's name after it between commas.
        (
            'The mayor of Lyon, Jane Roe, wrote on Twitter: "Lyon is mourning its own '
            'tonight after this appalling attack."',
            [("Jane Roe", "condolence")],
        ),
        (
            "According to the Lyon mayor, Jane Roe, police were investigating whether a "
            "letter posted online was written by the suspect.",
            [("Jane Roe", "official_statement")],
        ),
        # The body he reports on does not speak again: his words are one statement.
        (
            "Lyon's police chief Jane Roe said late Sunday the police were attributing "
            "authorship of the letter to the suspect.",
            [("Jane Roe", "accusation")],
        ),
        # A named party inside the reported clause keeps its own statement.
        (
            "The minister said the Taliban had denied any involvement in the bombing.",
            [("Taliban", "denial")],
        ),
    ],
)
def test_an_office_holder_named_beside_the_office_speaks_once(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plea of not guilty denies the charge; a guilty plea is a step of the case.
        (
            "John Roe, 46, was charged with murder. He has pleaded not guilty.",
            [("John Roe", "denial")],
        ),
        ("John Roe pleaded guilty to all charges.", []),
        # An authority reports or identifies; a news outlet's report is news.
        (
            "Police reported the attacker left the hall and attacked others.",
            [("Police", "official_statement")],
        ),
        (
            "US officials identified the suspect as a 21-year-old man from Dallas.",
            [("US officials", "official_statement")],
        ),
        ("The Daily Courier reported that the fire was out by morning.", []),
        ("The gunman was identified as a 21-year-old man from Dallas.", []),
        # "..., they said": the body the sentence began with.
        (
            "State prosecutors charged the suspect with murder, they said Sunday.",
            [("State prosecutors", "official_statement")],
        ),
        ("The crowd ran from the shots, they said.", []),
        # A role described by its body speaks for it.
        (
            "Mary Major suffered two deep wounds in the attack, according to a hospital "
            "spokesperson.",
            [("Hospital spokesperson", "official_statement")],
        ),
    ],
)
def test_pleas_reports_they_and_described_roles(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A vow to pursue those responsible is the authority's measure, not an accusation;
        # what he urges others to say is not his statement.
        (
            '"We will bring the perpetrators behind this to justice," said John Roe, the '
            'defence secretary; he urged residents to assist the authorities and "deny '
            'terrorism any victory".',
            [("John Roe", "official_statement"), ("John Roe", "warning")],
        ),
        (
            '"We will bring to justice the perpetrators behind this," said John Roe, the '
            "defence secretary; he described it as a dastardly act and urged residents to "
            'assist the authorities and "deny terrorism any victory".',
            [
                ("John Roe", "official_statement"),
                ("John Roe", "condemnation"),
                ("John Roe", "warning"),
            ],
        ),
        (
            "Security officials stated that they had killed the commander and mastermind "
            "behind the attacks.",
            [("Security officials", "official_statement")],
        ),
        # A group said to have attacked before is accused.
        (
            "Mayor John Roe claimed the Houthis have attacked journalists before.",
            [("John Roe", "accusation")],
        ),
    ],
)
def test_pursuit_is_a_measure_and_an_attacking_group_is_accused(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A group the gazetteer does not know claims when it is the subject of the claim,
        # rather than a known group named elsewhere in the sentence.
        "Though the Northern Liberation Council, a militant group based in the hills, "
        "claimed responsibility for the attack, the attackers were members of "
        "Jaish-e-Mohammed.",
        "The Northern Liberation Council claimed responsibility for the bombing.",
    ],
)
def test_an_unknown_group_named_as_the_claimant_claims(text):
    assert [c.group for c in find_claims(parsed(text))] == ["Northern Liberation Council"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cited X as saying": X speaks, not the outlet that cites.
        (
            "The Daily Courier cited John Roe, chief of the State Intelligence Agency, as "
            "saying the suspects were linked to the Jamaah Ansharut Daulah network.",
            [("John Roe", "accusation")],
        ),
        # "according to the FBI's investigation": the investigation's owner speaks.
        (
            "According to the FBI's investigation, the gunmen were inspired by foreign groups.",
            [("Federal Bureau of Investigation", "official_statement")],
        ),
        # A list of sources the parser cuts still gives every person named in it.
        (
            "Expressions of condolences have come from social media users, the news producer "
            "Jane Roe, and John Roe.",
            [("Jane Roe", "condolence"), ("John Roe", "condolence")],
        ),
    ],
)
def test_cited_speakers_and_the_owners_of_an_investigation_speak(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quotation running over two sentences: the second is the speaker's too, of the
        # kind its own words say.
        (
            'The mayor, John Roe, said: "We are shocked. Our thoughts are with the families." '
            "Later, the police arrested a man. My thoughts are with them, a neighbour wrote.",
            [("John Roe", "official_statement"), ("John Roe", "condolence")],
        ),
        # The speaker after the closing quote, where the parser loses the inversion.
        (
            '"Our thoughts are with the families of those who died" tweeted the mayor, John Roe.',
            [("John Roe", "condolence")],
        ),
    ],
)
def test_a_quotation_that_runs_on_keeps_its_speaker(text, expected):
    found = extract_statements(parsed(text), INCIDENT)
    assert [(s.speaker, s.kind) for s in found] == expected
