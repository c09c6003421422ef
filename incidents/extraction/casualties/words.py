"""Words that say what happened to the people a count counts, and words that name people.

Vocabularies for `patterns`: lower-case word forms, not lemmas, because
the small spaCy model lemmatises title-case headlines ("Killing At Least 137") badly.
"""

KILLED, INJURED, MISSING, HOSTAGES = "killed", "injured", "missing", "hostages"
DETAINED, RESCUED, PERPETRATORS = "detained", "rescued", "perpetrators"

VERB_BEFORE = {
    **dict.fromkeys(("killing", "killed", "kills", "kill", "slaying", "murdering"), KILLED),
    **dict.fromkeys(("abducted", "abducting", "kidnapped", "kidnapping", "seized"), HOSTAGES),
    **dict.fromkeys(
        ("injuring", "injured", "injures", "wounding", "wounded", "wounds", "hurting"), INJURED
    ),
    **dict.fromkeys(
        ("arrested", "arresting", "arrests", "detained", "detaining", "detains", "apprehended",
         "apprehending", "captured", "capturing"),
        DETAINED,
    ),
    **dict.fromkeys(
        ("rescued", "rescuing", "rescue", "saved", "saving", "save", "evacuated", "evacuating",
         "freed", "freeing"),
        RESCUED,
    ),
}  # fmt: skip
AFTER = {
    **dict.fromkeys(("killed", "dead", "died", "perished", "slain", "murdered", "deaths",
                     "fatalities", "lives", "bodies"), KILLED),
    **dict.fromkeys(
        ("injured", "wounded", "hurt", "hospitalized", "hospitalised", "injuries"), INJURED
    ),
    **dict.fromkeys(("missing", "unaccounted"), MISSING),
    **dict.fromkeys(("hostage", "hostages"), HOSTAGES),
    **dict.fromkeys(
        ("arrested", "detained", "apprehended", "captured", "arrests", "detainees"), DETAINED
    ),
    **dict.fromkeys(("rescued", "evacuated", "saved", "freed"), RESCUED),
    **dict.fromkeys(("abducted", "kidnapped"), HOSTAGES),
}  # fmt: skip
BOTH = ("casualties",)  # killed and injured together, as the text gives them
NOUN_OF = {
    **dict.fromkeys(
        ("death", "deaths", "killing", "killings", "murder", "murders", "lives"), KILLED
    ),
    **dict.fromkeys(("arrest", "arrests", "detention"), DETAINED),
    **dict.fromkeys(("rescue", "evacuation"), RESCUED),
}
FATAL_WOUND = {"shot", "wounded", "injured", "stabbed"}  # "fatally shot" is killed
VIOLENT_DEATH = {"shot", "stabbed", "beaten", "burned", "burnt", "hacked", "crushed", "trampled"}
FILLER = {
    "were", "was", "is", "are", "be", "been", "being", "have", "has", "had", "reportedly", "also",
    "later", "fatally", "critically", "seriously", "severely", "mortally", "lightly", "slightly",
    "all", "now", "still", "confirmed", "believed", "feared", "reported", "said", "thought",
    "known", "to", "among", "those", "initially", "either", "both", "so", "far", "allegedly",
    "officially", "subsequently", "taken", "held", "left", "who", "that",
}  # fmt: skip
SKIP_BEFORE = {"all", "a", "total", "of", "another", "an", "estimated", "some", "the"}
TOLL_LINK = {
    "to",
    "at",
    "of",
    "reached",
    "hit",
    "is",
    "was",
    "stood",
    "stands",
    "climbed",
    "rose",
    "risen",
    "has",
    "had",
    "passed",
    "exceeded",
    "increased",
    "jumped",
    "now",
    "stand",
}
PERSON_NOUNS = {
    "people", "persons", "person", "individuals", "victims", "civilians", "children", "child",
    "kids", "minors", "teenagers", "teens", "students", "women", "men", "adults", "worshippers",
    "worshipers", "spectators", "attendees", "fans", "passengers", "pilgrims", "tourists",
    "residents", "citizens", "nationals", "foreigners", "officers", "policemen", "police",
    "soldiers", "troops", "servicemen", "guards", "personnel", "staff", "employees", "workers",
    "members", "others", "more", "hostages", "suspects", "patrons", "visitors", "boys", "girls",
    "babies", "infants", "pupils", "journalists", "guests", "revellers", "revelers", "crew",
    "concertgoers", "goers", "survivors", "bystanders", "pedestrians", "shoppers", "dead",
    "injured", "wounded", "detainees", "casualties", "fatalities", "lives", "bodies", "deaths",
    "man", "woman", "boy", "girl", "baby", "victim", "civilian", "officer", "soldier", "guard",
    "student", "worshipper", "passenger", "tourist", "resident", "citizen", "national", "suspect",
    "member",
}  # fmt: skip
ATTACKER_NOUNS = {
    "attackers", "assailants", "gunmen", "terrorists", "perpetrators", "shooters", "bombers",
    "hijackers", "militants", "gunman", "attacker", "assailant", "terrorist", "perpetrator",
}  # fmt: skip
ARMED = {"carrying", "armed", "wielding", "brandishing", "involved"}
DEFINITE = {"the", "these", "those", "its", "their", "his", "her", "our", "both", "'s", "’s"}
NOT_PEOPLE = {
    "crews", "ambulances", "countries", "provinces", "operations", "years", "days", "hours",
    "minutes", "seconds", "weeks", "months", "decades", "times", "cases", "attacks", "vehicles",
    "helicopters", "cars", "buildings", "shots", "rounds", "bullets", "weapons", "rifles", "guns",
    "bombs", "explosions", "blasts", "grenades", "homes", "houses", "animals", "dogs", "horses",
    "points", "seats", "tickets", "kilometres", "kilometers", "miles", "metres", "meters", "feet",
    "dollars", "euros", "rubles", "pounds", "languages", "villages", "towns", "cities", "states",
    "schools", "shops", "sites", "locations", "flights", "episodes", "incidents", "raids",
    "charges", "counts", "sentences", "videos", "photos", "posts", "messages", "hospitals",
    "clinics", "wards",
}  # fmt: skip


LIST_WORDS = {"from", "of", "each", "citizens", "nationals", "and", ",", "were", "was", "among",
               "those", "the", "people", "residents", "also", "including"}  # fmt: skip

CLAUSE_VERBS = {
    "kill": KILLED,
    "die": KILLED,
    "injure": INJURED,
    "wound": INJURED,
    "arrest": DETAINED,
    "detain": DETAINED,
    "rescue": RESCUED,
    "evacuate": RESCUED,
}

HELD_IN = {"detention", "custody"}

WOUNDS = {"wounds", "injuries", "burns", "wound", "injury"}

# Verbs by lemma, with their inflected forms for headlines the small model lemmatises badly.
KILL_LEMMAS = {
    "kill", "killed", "killing", "kills", "murder", "murdered", "murdering", "slay", "slain",
    "slew", "massacre", "massacred", "slaughter", "slaughtered", "execute", "executed",
    "assassinate", "assassinated", "behead", "beheaded",
}  # fmt: skip
DIE_LEMMAS = {"die", "died", "dies", "perish", "perished", "succumb", "succumbed"}
INJURE_LEMMAS = {
    "injure", "injured", "injuring", "wound", "wounded", "wounding", "hurt", "maim", "maimed",
}  # fmt: skip
# The nouns a toll is written with: "the death toll", "the injury total", "the number of dead".
TOLL_NOUNS = {"toll", "tolls", "total", "tally", "count", "number", "figure", "estimate"}
TOLL_DEATH_WORDS = {"death", "deaths", "dead", "fatality", "fatalities", "killed", "lives"}
TOLL_INJURY_WORDS = {"injury", "injuries", "injured", "wounded", "wounds", "hurt"}
# "we lost 23 souls": what a community loses when people are killed.
LOSS_OBJECTS = {"soul", "souls", "life", "lives"} | PERSON_NOUNS
# Who shoots an attacker dead: "police shot the two brothers dead".
SECURITY_NOUNS = {
    "police", "policeman", "policemen", "officer", "officers", "soldier", "soldiers", "troops",
    "forces", "sniper", "snipers", "army", "commandos", "deputy", "deputies", "agents", "guard",
    "guards", "marines", "gendarmes", "swat",
}  # fmt: skip
PART_PRONOUNS = ("them", "whom", "those", "these")  # "nine of them", "among whom"
# What "three of the ..." takes a part of: "three of the dead were police officers".
WHOLES = {"dead", "killed", "fatalities", "injured", "wounded", "victims", "casualties"}
# Words that make a number next to them a date or a duration: "22 March", "four days".
DATE_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "second", "seconds", "minute", "minutes", "hour", "hours", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "st",
    "nd", "rd", "th", "am", "pm", "a.m.", "p.m.",
}  # fmt: skip
