"""Short news articles about attacks other than the seeds' one, with what they state.

Written for these tests in the styles the importer meets: wire reports with a
dateline, local news, encyclopedia prose. Historical attacks keep their public
facts; the Lyon, Springfield and Leeds incidents and their people are invented.
Each article lists the people it names who are *not* suspects (officials,
judges, victims, witnesses, relatives): they must not come out as suspects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

D = dt.date
ARMED, BOMBING, BARRICADE = (
    "Armed Assault",
    "Bombing/Explosion",
    "Hostage Taking (Barricade Incident)",
)
KIDNAPPING, FACILITY, UNARMED = (
    "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack",
    "Unarmed Assault",
)
FIREARMS, EXPLOSIVES, MELEE, INCENDIARY = "Firearms", "Explosives", "Melee", "Incendiary"
VEHICLE = "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"
POSTED = "Posted to website, blog, etc."


@dataclass(frozen=True)
class Event:
    status: str
    date: dt.date | None = None
    until: dt.date | None = None
    charge: str | None = None  # None: not checked


@dataclass(frozen=True)
class Suspect:
    name: str
    variants: tuple[str, ...] = ()
    age: int | None = None
    nationality: str = ""
    role: str = "attacker"
    status: str | None = None
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Article:
    key: str
    text: str
    published: dt.date | None
    # A tuple of values: a multi-site attack, where either site is a right answer.
    incident: dict[str, object]
    suspects: tuple[Suspect, ...] = ()
    not_suspects: tuple[str, ...] = field(default=())


ARTICLES = (
    Article(
        "paris-2015-wire",
        "PARIS (Reuters) - Gunmen armed with assault rifles and wearing suicide vests attacked "
        "the Bataclan concert hall in Paris on Friday night, killing at least 89 people during "
        "a rock concert, officials said.\n\n"
        "The attackers opened fire on the crowd at about 9:40 p.m. local time and took dozens of "
        "people hostage before police stormed the building. Two of the gunmen blew themselves up "
        "as officers moved in.\n\n"
        'President François Hollande declared a state of emergency and called the attacks "an act '
        'of war". Islamic State claimed responsibility in an online statement on Saturday.\n\n'
        "Paris prosecutor François Molins said one attacker had been identified as Omar Ismaïl "
        "Mostefaï, 29, a French citizen who blew himself up inside the hall.",
        D(2015, 11, 14),
        {
            "date": D(2015, 11, 13),
            "time": dt.time(21, 40),
            "city": "Paris",
            "country": "FR",
            "venue": "Bataclan",
            "attack_types": {ARMED, BOMBING, BARRICADE},
            "weapon_types": {FIREARMS, EXPLOSIVES},
            "perpetrator_groups": {"Islamic State"},
            "claimed": True,
            "claim_mode": POSTED,
        },
        (Suspect("Omar Ismaïl Mostefaï", age=29, nationality="FR", status="dead"),),
        ("François Hollande", "François Molins"),
    ),
    Article(
        "christchurch-2019-encyclopedia",
        "The Christchurch mosque shootings were two consecutive mass shootings at the Al Noor "
        "Mosque and the Linwood Islamic Centre in Christchurch, New Zealand, on 15 March 2019. "
        "The gunman, armed with semi-automatic rifles and shotguns, killed 51 people and injured "
        "40 others. He live-streamed the first attack on Facebook.\n\n"
        "The perpetrator, Brenton Harrison Tarrant, a 28-year-old Australian man, was arrested by "
        "police while driving to a third location, 21 minutes after the first shots. He was "
        "charged with murder on 16 March 2019.\n\n"
        "On 26 March 2020, Tarrant pleaded guilty to 51 charges of murder, 40 of attempted murder "
        "and one of engaging in a terrorist act. On 27 August 2020 he was sentenced to life "
        "imprisonment without the possibility of parole.\n\n"
        "Prime Minister Jacinda Ardern described the attack as \"one of New Zealand's darkest "
        'days". Abdul Aziz, a worshipper at the Linwood Islamic Centre, was praised for chasing '
        "the gunman away.",
        None,
        {
            "date": D(2019, 3, 15),
            "city": "Christchurch",
            "country": "NZ",
            "venue": ("Al Noor Mosque", "Linwood Islamic Centre"),
            "attack_types": {ARMED},
            "weapon_types": {FIREARMS},
            "perpetrator_groups": set(),
            "claimed": None,
        },
        (
            Suspect(
                "Brenton Harrison Tarrant",
                age=28,
                nationality="AU",
                status="convicted",
                events=(
                    Event("detained"),
                    Event("charged", D(2019, 3, 16), charge="murder"),
                    Event("pleaded_guilty", D(2020, 3, 26)),
                    Event("sentenced", D(2020, 8, 27)),
                ),
            ),
        ),
        ("Jacinda Ardern", "Abdul Aziz"),
    ),
    Article(
        "manchester-2017-local",
        "The brother of the Manchester Arena bomber has been jailed for a minimum of 55 years for "
        "his part in the attack that killed 22 people.\n\n"
        "Hashem Abedi, 23, was sentenced at the Old Bailey on Thursday after being found guilty "
        "in March of 22 counts of murder. He had helped his older brother source the chemicals "
        "and build the device that was detonated in the foyer of the arena on 22 May 2017, at "
        "the end of a pop concert.\n\n"
        "The bomber, Salman Abedi, 22, died in the blast.\n\n"
        'Judge Jeremy Baker said the brothers were "equally guilty". Figen Murray, whose son '
        "Martyn Hett was among those killed, said outside court that justice had been done.\n\n"
        "Greater Manchester Police Chief Constable Ian Hopkins thanked the families.",
        D(2020, 8, 21),
        {
            "date": D(2017, 5, 22),
            "city": "Manchester",
            "country": "GB",
            "venue": "Manchester Arena",
            "attack_types": {BOMBING},
            "weapon_types": {EXPLOSIVES},
        },
        (
            Suspect(
                "Hashem Abedi",
                age=23,
                role="accomplice",
                status="convicted",
                events=(Event("convicted"), Event("sentenced", D(2020, 8, 20))),
            ),
            Suspect("Salman Abedi", age=22, status="dead"),
        ),
        ("Jeremy Baker", "Figen Murray", "Martyn Hett", "Ian Hopkins"),
    ),
    Article(
        "westgate-2013-wire",
        "NAIROBI (AP) - A Kenyan court on Friday sentenced two men to long prison terms for "
        "helping the al-Shabaab gunmen who attacked the Westgate shopping mall in Nairobi in "
        "September 2013, killing 67 people.\n\n"
        "Mohamed Ahmed Abdi was sentenced to 41 years in prison and Hussein Hassan Mustafah to "
        "33 years for aiding the attackers. Both were convicted on 7 October of conspiracy to "
        "commit a terrorist act. A third defendant, Liban Abdullah Omar, was acquitted.\n\n"
        "The four gunmen stormed the upscale mall on 21 September 2013, throwing grenades, "
        "firing on shoppers and taking dozens of people hostage. Al-Shabaab claimed "
        "responsibility, saying the attack was retaliation for Kenya's military presence in "
        "Somalia.\n\n"
        "Chief Magistrate Francis Andayi said the prosecution had proved that the two men were "
        "in constant communication with the attackers.",
        D(2020, 10, 31),
        {
            "date": D(2013, 9, 21),
            "city": "Nairobi",
            "country": "KE",
            "venue": "Westgate",
            "attack_types": {ARMED, BARRICADE},
            "weapon_types": {FIREARMS, EXPLOSIVES},
            "perpetrator_groups": {"al-Shabaab"},
            "claimed": True,
        },
        (
            Suspect(
                "Mohamed Ahmed Abdi",
                role="accomplice",
                status="convicted",
                events=(Event("convicted", D(2020, 10, 7)), Event("sentenced")),
            ),
            Suspect(
                "Hussein Hassan Mustafah",
                role="accomplice",
                status="convicted",
                events=(Event("convicted", D(2020, 10, 7)), Event("sentenced")),
            ),
            Suspect("Liban Abdullah Omar", role="accomplice", status=None),
        ),
        ("Francis Andayi",),
    ),
    Article(
        "el-paso-2019-wire",
        "EL PASO, Texas (AP) - The man who killed 23 people in a racist attack at a Walmart "
        "store in El Paso was sentenced on Friday to 90 consecutive life sentences.\n\n"
        "Patrick Crusius, 24, pleaded guilty in February to 90 federal hate crime and weapons "
        "charges. He drove more than 600 miles from his home near Dallas and opened fire with an "
        "AK-style rifle on shoppers on 3 August 2019.\n\n"
        "Crusius was arrested shortly after the shooting when he surrendered to officers near "
        "the store. He was charged with capital murder by Texas prosecutors on 12 August 2019.\n\n"
        "U.S. District Judge David Guaderrama said the attack was an act of domestic terrorism. "
        "Michelle Grady, who was shot three times, read a statement in court.",
        D(2023, 7, 8),
        {
            "date": D(2019, 8, 3),
            "city": "El Paso",
            "region": "Texas",
            "country": "US",
            "attack_types": {ARMED},
            "weapon_types": {FIREARMS},
        },
        (
            Suspect(
                "Patrick Crusius",
                age=24,
                status="convicted",
                events=(
                    Event("pleaded_guilty"),
                    Event("detained"),
                    Event("charged", D(2019, 8, 12), charge="capital murder"),
                    Event("sentenced", D(2023, 7, 7)),
                ),
            ),
        ),
        ("David Guaderrama", "Michelle Grady"),
    ),
    Article(
        "brussels-2016-encyclopedia",
        "On the morning of 22 March 2016, three coordinated suicide bombings were carried out in "
        "Belgium: two at Brussels Airport in Zaventem and one at Maalbeek metro station in "
        "central Brussels. Thirty-two civilians were killed and more than 300 people were "
        "injured. The Islamic State claimed responsibility through its Amaq news agency.\n\n"
        "Two of the airport bombers, Ibrahim El Bakraoui and Najim Laachraoui, blew themselves "
        "up in the departure hall. Khalid El Bakraoui, Ibrahim's brother, blew himself up on a "
        "metro train at Maalbeek. A third airport attacker, Mohamed Abrini, fled after his bomb "
        "failed to explode.\n\n"
        'Abrini, the so-called "man in the hat", was arrested in Anderlecht on 8 April 2016. He '
        "was charged with terrorist murders the following day.\n\n"
        "After a trial that began on 5 December 2022, a Brussels jury found Abrini and five "
        "others guilty of terrorist murder on 25 July 2023. Abrini was sentenced to life "
        "imprisonment in September 2023.",
        None,
        {
            "date": D(2016, 3, 22),
            "city": ("Brussels", "Zaventem"),
            "country": "BE",
            "venue": "Brussels Airport",
            "attack_types": {BOMBING},
            "weapon_types": {EXPLOSIVES},
            "perpetrator_groups": {"Islamic State"},
            "claimed": True,
            "claim_mode": POSTED,
        },
        (
            Suspect("Ibrahim El Bakraoui", status="dead"),
            Suspect("Najim Laachraoui", status="dead"),
            Suspect("Khalid El Bakraoui", status="dead"),
            Suspect(
                "Mohamed Abrini",
                status="convicted",
                events=(
                    Event("detained", D(2016, 4, 8)),
                    Event("charged", charge="terrorist murders"),
                    Event("trial", D(2022, 12, 5)),
                    Event("convicted", D(2023, 7, 25)),
                    Event("sentenced"),
                ),
            ),
        ),
    ),
    Article(
        "kerman-2024-wire",
        "TEHRAN (Reuters) - Two explosions ripped through a crowd marking the anniversary of the "
        "killing of General Qassem Soleimani in the southern Iranian city of Kerman on "
        "Wednesday, killing at least 95 people, state media said.\n\n"
        "The blasts struck about 700 metres from the mosque where Soleimani is buried, as "
        "thousands gathered for the ceremony. Officials said the bombs had been placed along the "
        "road and were detonated remotely.\n\n"
        "Islamic State claimed responsibility on Thursday in a statement posted on its Telegram "
        "channels, saying two of its members had detonated explosive belts among the crowd.\n\n"
        "Interior Minister Ahmad Vahidi said several people had been arrested in connection with "
        "the attack. President Ebrahim Raisi vowed that those responsible would pay a heavy price.",
        D(2024, 1, 4),
        {
            "date": D(2024, 1, 3),
            "city": "Kerman",
            "country": "IR",
            "attack_types": {BOMBING},
            "weapon_types": {EXPLOSIVES},
            "perpetrator_groups": {"Islamic State"},
            "claimed": True,
            "claim_mode": POSTED,
        },
        (),
        ("Qassem Soleimani", "Ahmad Vahidi", "Ebrahim Raisi"),
    ),
    Article(
        "istanbul-airport-2016-wire",
        "ISTANBUL (Reuters) - Three suicide bombers opened fire and then blew themselves up at "
        "the entrance to Istanbul's Ataturk Airport on Tuesday night, killing 41 people and "
        "wounding more than 230, Turkish officials said.\n\n"
        "The attackers arrived by taxi and began shooting at travellers near the security "
        "checkpoint at about 10 p.m. local time. Police fired back, and the three men detonated "
        "their explosives.\n\n"
        "Prime Minister Binali Yildirim said early signs pointed to Islamic State, although no "
        "group had claimed responsibility.\n\n"
        "On Thursday police detained 13 people, including three foreigners, in raids across "
        "Istanbul. A Russian citizen, Akhmed Chatayev, was named by Turkish media as the alleged "
        "organiser of the attack.",
        D(2016, 7, 1),
        {
            "date": D(2016, 6, 28),
            "time": dt.time(22, 0),
            "city": "Istanbul",
            "country": "TR",
            "venue": "Ataturk Airport",
            "attack_types": {ARMED, BOMBING},
            "weapon_types": {FIREARMS, EXPLOSIVES},
            "claimed": None,
        },
        (Suspect("Akhmed Chatayev", nationality="RU", role="organiser"),),
        ("Binali Yildirim",),
    ),
    Article(
        "school-shooting-local",
        "SPRINGFIELD, Ohio - A 17-year-old student opened fire inside Lincoln High School on "
        "Tuesday morning, killing two classmates and wounding a teacher before he was tackled by "
        "a school resource officer, police said.\n\n"
        "The suspect, identified as Tyler J. Brooks, was taken into custody at the scene. A "
        "handgun belonging to his father was recovered in a hallway. The two students killed by "
        "the suspect were Emma Reyes, 16, and Jordan Whitfield, 17.\n\n"
        "Brooks was charged with two counts of aggravated murder on Wednesday and will be tried "
        "as an adult, Clark County Prosecutor Dan Driscoll said.\n\n"
        "Principal Maria Gonzalez said counselors would be available for students.",
        D(2024, 2, 14),
        {
            "date": D(2024, 2, 13),
            "city": "Springfield",
            "region": "Ohio",
            "country": "US",
            "venue": "Lincoln High School",
            "attack_types": {ARMED},
            "weapon_types": {FIREARMS},
        },
        (
            Suspect(
                "Tyler J. Brooks",
                status="charged",
                events=(
                    Event("detained"),
                    Event("charged", D(2024, 2, 14), charge="two counts of aggravated murder"),
                ),
            ),
        ),
        ("Emma Reyes", "Jordan Whitfield", "Dan Driscoll", "Maria Gonzalez"),
    ),
    Article(
        "nice-2016-encyclopedia",
        "On the evening of 14 July 2016, a 19-tonne cargo truck was deliberately driven into "
        "crowds of people celebrating Bastille Day on the Promenade des Anglais in Nice, France, "
        "killing 86 people and injuring 434. The driver was Mohamed Lahouaiej-Bouhlel, a "
        "31-year-old Tunisian living in France.\n\n"
        "The attack ended when Lahouaiej-Bouhlel was shot dead by police after exchanging fire "
        "with officers. The Islamic State claimed responsibility two days later, calling him a "
        '"soldier" of the group.\n\n'
        "In December 2022, a special court in Paris convicted eight people of helping the "
        "driver. Mohamed Ghraieb and Chokri Chafroud were found guilty of terrorist conspiracy "
        "and sentenced to 18 years in prison each.",
        None,
        {
            "date": D(2016, 7, 14),
            "city": "Nice",
            "country": "FR",
            "attack_types": {UNARMED},
            "weapon_types": {VEHICLE},
            "perpetrator_groups": {"Islamic State"},
            "claimed": True,
        },
        (
            Suspect("Mohamed Lahouaiej-Bouhlel", age=31, nationality="TN", status="killed"),
            Suspect(
                "Mohamed Ghraieb",
                role="accomplice",
                status="convicted",
                events=(Event("convicted"), Event("sentenced")),
            ),
            Suspect("Chokri Chafroud", role="accomplice", status="convicted"),
        ),
    ),
    Article(
        "sydney-siege-2014-wire",
        "SYDNEY (Reuters) - A gunman who took 17 people hostage inside a chocolate cafe in "
        "Sydney's Martin Place on Monday morning was killed when police stormed the building "
        "early on Tuesday, ending a 16-hour siege. Two hostages also died.\n\n"
        "Police identified the hostage-taker as Man Haron Monis, 50, an Iranian-born "
        "self-styled cleric who was on bail for several violent offences.\n\n"
        "New South Wales Police Commissioner Andrew Scipione said officers moved in after "
        'hearing shots inside. Prime Minister Tony Abbott said Monis had a "long history of '
        'violent crime".',
        D(2014, 12, 16),
        {
            "date": D(2014, 12, 15),
            "city": "Sydney",
            "region": "New South Wales",
            "country": "AU",
            "attack_types": {ARMED, BARRICADE},
            "weapon_types": {FIREARMS},
        },
        (
            Suspect(
                "Man Haron Monis",
                age=50,
                nationality="IR",
                status="killed",
            ),
        ),
        ("Andrew Scipione", "Tony Abbott"),
    ),
    Article(
        "leeds-stabbing-local",
        "LEEDS, England - A man has been charged with murder after two people were stabbed to "
        "death and three others injured in a knife attack outside a nightclub in Leeds city "
        "centre on Saturday night.\n\n"
        "Rahim Nazari, 24, an Afghan national of no fixed address, was arrested at the scene by "
        "armed officers. He was charged on Monday with two counts of murder and three counts of "
        "attempted murder, West Yorkshire Police said.\n\n"
        "Nazari appeared before magistrates on Tuesday and was remanded in custody until "
        "11 April.\n\n"
        "Detective Superintendent Lisa Atkinson said the victims, Daniel Shaw, 29, and Aisha "
        'Khan, 31, were friends celebrating a birthday. "Our thoughts are with their families," '
        "she said.",
        D(2023, 3, 14),
        {
            "date": D(2023, 3, 11),
            "city": "Leeds",
            "country": "GB",
            "attack_types": {ARMED},
            "weapon_types": {MELEE},
        },
        (
            Suspect(
                "Rahim Nazari",
                age=24,
                nationality="AF",
                status="charged",
                events=(
                    Event("detained"),
                    Event("charged", D(2023, 3, 13), charge="two counts of murder"),
                    Event("pretrial_detention", D(2023, 3, 14), until=D(2023, 4, 11)),
                ),
            ),
        ),
        ("Lisa Atkinson", "Daniel Shaw", "Aisha Khan"),
    ),
    Article(
        "lyon-invented-wire",
        "At least 14 people were killed when gunmen attacked the Grand Arena in Lyon, France on "
        "3 May 2023. Witnesses said the attackers fired automatic weapons into the crowd at "
        "about 8:30 pm before fleeing in a car.\n\n"
        "Police detained Dalerdzhon Mirzoyev, 32, on Thursday in a flat on the outskirts of the "
        "city. A court in Lyon charged Dalerjon Mirzoev, 32, with terrorism on 5 May 2023 and "
        "ordered him held in pre-trial detention until 3 July.\n\n"
        "Investigators are still searching for a second suspect, Farid Benali, 27, a French "
        "citizen, who remains at large. Interior Minister Gérald Darmanin said the attackers had "
        '"no connection" to any known group.',
        D(2023, 5, 6),
        {
            "date": D(2023, 5, 3),
            "time": dt.time(20, 30),
            "city": "Lyon",
            "country": "FR",
            "venue": "Grand Arena",
            "attack_types": {ARMED},
            "weapon_types": {FIREARMS},
        },
        (
            Suspect(
                "Dalerdzhon Mirzoyev",
                variants=("Dalerjon Mirzoev",),
                age=32,
                status="charged",
                events=(
                    Event("detained", D(2023, 5, 4)),
                    Event("charged", D(2023, 5, 5), charge="terrorism"),
                    Event("pretrial_detention", D(2023, 5, 5), until=D(2023, 7, 3)),
                ),
            ),
            Suspect("Farid Benali", age=27, nationality="FR", status="at_large"),
        ),
        ("Gérald Darmanin",),
    ),
    Article(
        "colorado-springs-2022-wire",
        "COLORADO SPRINGS, Colorado (AP) - Five people were killed and 19 injured when a gunman "
        "opened fire at an LGBTQ nightclub in Colorado Springs late on Saturday.\n\n"
        "Patrons subdued the attacker before police arrived. Among the dead was Daniel Aston, "
        "28, a bartender at the club. Richard Fierro, 45, an Army veteran who helped tackle the "
        'suspect, told reporters he "went into combat mode".\n\n'
        'Mayor John Suthers called the shooting "a horrible crime". Police Chief Adrian Vasquez '
        "said the suspect was in custody but declined to name him.",
        D(2022, 11, 21),
        {
            "date": D(2022, 11, 19),
            "city": "Colorado Springs",
            "region": "Colorado",
            "country": "US",
            "attack_types": {ARMED},
            "weapon_types": {FIREARMS},
        },
        (),
        ("Daniel Aston", "Richard Fierro", "John Suthers", "Adrian Vasquez"),
    ),
    Article(
        "chibok-2014-encyclopedia",
        "On the night of 14 April 2014, Boko Haram militants abducted 276 schoolgirls from the "
        "Government Girls Secondary School in Chibok, Nigeria. The militants arrived in trucks, "
        "set fire to the school buildings and forced the students onto the vehicles at "
        "gunpoint.\n\n"
        "Boko Haram leader Abubakar Shekau claimed responsibility for the kidnapping in a video "
        "released on 5 May 2014, threatening to sell the girls.\n\n"
        "Parents of the missing girls, led by activist Aisha Yesufu, marched in the capital, "
        "Abuja, and police said no suspect had been detained.",
        None,
        {
            "date": D(2014, 4, 14),
            "city": "Chibok",
            "country": "NG",
            "attack_types": {KIDNAPPING, FACILITY},
            "weapon_types": {INCENDIARY, FIREARMS},
            "perpetrator_groups": {"Boko Haram"},
            "claimed": True,
            "claim_mode": "Video",
        },
        (),
        ("Abubakar Shekau", "Aisha Yesufu"),
    ),
)
