"""World gazetteer: the countries `places` does not list yet, every national capital, and
the world's largest cities (about a million people or more, and the largest US cities).

General knowledge, written as compact tables so that a place can be checked at a glance:
a city the text names gives the incident its country even when the text never names
the country ("the shooting in Indianapolis").
"""

from __future__ import annotations

# code | name | aliases (;) | adjectives and demonyms (;) | capital
_COUNTRIES = """
AD|Andorra||Andorran|Andorra la Vella
AE|United Arab Emirates|UAE;U.A.E.;the Emirates|Emirati|Abu Dhabi
AG|Antigua and Barbuda||Antiguan|St. John's
AL|Albania||Albanian|Tirana
AO|Angola||Angolan|Luanda
AR|Argentina||Argentine;Argentinian|Buenos Aires
BA|Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
BB|Barbados||Barbadian|Bridgetown
BG|Bulgaria||Bulgarian|Sofia
BH|Bahrain||Bahraini|Manama
BI|Burundi||Burundian|Gitega
BJ|Benin||Beninese|Porto-Novo
BN|Brunei||Bruneian|Bandar Seri Begawan
BO|Bolivia||Bolivian|La Paz
BR|Brazil||Brazilian|Brasília
BS|Bahamas|The Bahamas|Bahamian|Nassau
BT|Bhutan||Bhutanese|Thimphu
BW|Botswana||Motswana;Batswana|Gaborone
BZ|Belize||Belizean|Belmopan
CF|Central African Republic|CAR|Central African|Bangui
CG|Republic of the Congo|Congo-Brazzaville||Brazzaville
CI|Ivory Coast|Côte d'Ivoire|Ivorian|Yamoussoukro
CL|Chile||Chilean|Santiago
CM|Cameroon||Cameroonian|Yaoundé
CR|Costa Rica||Costa Rican|San José
CU|Cuba||Cuban|Havana
CV|Cape Verde|Cabo Verde|Cape Verdean|Praia
CY|Cyprus||Cypriot|Nicosia
CZ|Czech Republic|Czechia|Czech|Prague
DJ|Djibouti||Djiboutian|Djibouti City
DM|Dominica||Dominican|Roseau
DO|Dominican Republic||Dominican|Santo Domingo
EC|Ecuador||Ecuadorian|Quito
EE|Estonia||Estonian|Tallinn
ER|Eritrea||Eritrean|Asmara
FI|Finland||Finnish;Finn|Helsinki
FJ|Fiji||Fijian|Suva
FM|Micronesia||Micronesian|Palikir
GA|Gabon||Gabonese|Libreville
GD|Grenada||Grenadian|St. George's
GH|Ghana||Ghanaian|Accra
GM|Gambia|The Gambia|Gambian|Banjul
GN|Guinea||Guinean|Conakry
GQ|Equatorial Guinea||Equatoguinean|Malabo
GT|Guatemala||Guatemalan|Guatemala City
GW|Guinea-Bissau||Bissau-Guinean|Bissau
GY|Guyana||Guyanese|Georgetown
HN|Honduras||Honduran|Tegucigalpa
HR|Croatia||Croatian;Croat|Zagreb
HT|Haiti||Haitian|Port-au-Prince
HU|Hungary||Hungarian|Budapest
IS|Iceland||Icelandic;Icelander|Reykjavík
JM|Jamaica||Jamaican|Kingston
KH|Cambodia||Cambodian|Phnom Penh
KI|Kiribati|||Tarawa
KM|Comoros||Comorian|Moroni
KN|Saint Kitts and Nevis|||Basseterre
KP|North Korea|DPRK|North Korean|Pyongyang
KR|South Korea|Republic of Korea|South Korean|Seoul
KW|Kuwait||Kuwaiti|Kuwait City
LA|Laos||Laotian;Lao|Vientiane
LC|Saint Lucia||Saint Lucian|Castries
LI|Liechtenstein|||Vaduz
LR|Liberia||Liberian|Monrovia
LS|Lesotho||Basotho|Maseru
LT|Lithuania||Lithuanian|Vilnius
LU|Luxembourg||Luxembourgish|Luxembourg City
LV|Latvia||Latvian|Riga
MC|Monaco||Monégasque|Monaco
ME|Montenegro||Montenegrin|Podgorica
MG|Madagascar||Malagasy|Antananarivo
MH|Marshall Islands||Marshallese|Majuro
MK|North Macedonia|Macedonia|Macedonian|Skopje
MM|Myanmar|Burma|Burmese|Naypyidaw
MN|Mongolia||Mongolian|Ulaanbaatar
MR|Mauritania||Mauritanian|Nouakchott
MT|Malta||Maltese|Valletta
MU|Mauritius||Mauritian|Port Louis
MV|Maldives||Maldivian|Malé
MW|Malawi||Malawian|Lilongwe
MY|Malaysia||Malaysian|Kuala Lumpur
MZ|Mozambique||Mozambican|Maputo
NA|Namibia||Namibian|Windhoek
NI|Nicaragua||Nicaraguan|Managua
NP|Nepal||Nepali;Nepalese|Kathmandu
NR|Nauru||Nauruan|Yaren
OM|Oman||Omani|Muscat
PA|Panama||Panamanian|Panama City
PE|Peru||Peruvian|Lima
PG|Papua New Guinea||Papua New Guinean|Port Moresby
PT|Portugal||Portuguese|Lisbon
PW|Palau||Palauan|Ngerulmud
PY|Paraguay||Paraguayan|Asunción
QA|Qatar||Qatari|Doha
RO|Romania||Romanian|Bucharest
RS|Serbia||Serbian;Serb|Belgrade
RW|Rwanda||Rwandan|Kigali
SB|Solomon Islands|||Honiara
SC|Seychelles||Seychellois|
SD|Sudan||Sudanese|Khartoum
SG|Singapore||Singaporean|Singapore
SI|Slovenia||Slovenian;Slovene|Ljubljana
SK|Slovakia||Slovak|Bratislava
SL|Sierra Leone||Sierra Leonean|Freetown
SM|San Marino||Sammarinese|San Marino
SN|Senegal||Senegalese|Dakar
SR|Suriname||Surinamese|Paramaribo
SS|South Sudan||South Sudanese|Juba
ST|São Tomé and Príncipe|Sao Tome and Principe||São Tomé
SV|El Salvador||Salvadoran|San Salvador
SZ|Eswatini|Swaziland|Swazi|Mbabane
TD|Chad||Chadian|N'Djamena
TG|Togo||Togolese|Lomé
TH|Thailand||Thai|Bangkok
TL|East Timor|Timor-Leste|Timorese|Dili
TO|Tonga||Tongan|Nukuʻalofa
TT|Trinidad and Tobago||Trinidadian|Port of Spain
TV|Tuvalu||Tuvaluan|Funafuti
TW|Taiwan||Taiwanese|Taipei
TZ|Tanzania||Tanzanian|Dodoma
UG|Uganda||Ugandan|Kampala
UY|Uruguay||Uruguayan|Montevideo
VA|Vatican City|Holy See||Vatican City
VC|Saint Vincent and the Grenadines|||Kingstown
VE|Venezuela||Venezuelan|Caracas
VN|Vietnam|Viet Nam|Vietnamese|Hanoi
VU|Vanuatu||Ni-Vanuatu|Port Vila
WS|Samoa||Samoan|Apia
XK|Kosovo||Kosovar|Pristina
ZA|South Africa||South African|Pretoria
ZM|Zambia||Zambian|Lusaka
ZW|Zimbabwe||Zimbabwean|Harare
"""

# city | country code | region
_CITIES = """
Yerevan|AM|Yerevan
Canberra|AU|Australian Capital Territory
Melbourne|AU|Victoria
Brisbane|AU|Queensland
Perth|AU|Western Australia
Baku|AZ|Baku
Dhaka|BD|Dhaka
Chittagong|BD|Chittagong
Minsk|BY|Minsk
Ottawa|CA|Ontario
Toronto|CA|Ontario
Montreal|CA|Quebec
Vancouver|CA|British Columbia
Calgary|CA|Alberta
Kinshasa|CD|Kinshasa
Bern|CH|Bern
Zurich|CH|Zurich
Geneva|CH|Geneva
Beijing|CN|Beijing
Shanghai|CN|Shanghai
Guangzhou|CN|Guangdong
Shenzhen|CN|Guangdong
Chongqing|CN|Chongqing
Tianjin|CN|Tianjin
Wuhan|CN|Hubei
Chengdu|CN|Sichuan
Urumqi|CN|Xinjiang
Kunming|CN|Yunnan
Bogotá|CO|Bogotá
Medellín|CO|Antioquia
Cali|CO|Valle del Cauca
Hamburg|DE|Hamburg
Munich|DE|Bavaria
Cologne|DE|North Rhine-Westphalia
Frankfurt|DE|Hesse
Copenhagen|DK|Capital Region
Algiers|DZ|Algiers
Cairo|EG|Cairo
Alexandria|EG|Alexandria
Giza|EG|Giza
Addis Ababa|ET|Addis Ababa
Marseille|FR|Provence-Alpes-Côte d'Azur
Lyon|FR|Auvergne-Rhône-Alpes
Toulouse|FR|Occitania
Birmingham|GB|England
Glasgow|GB|Scotland
Leeds|GB|England
Liverpool|GB|England
Edinburgh|GB|Scotland
Belfast|GB|Northern Ireland
Tbilisi|GE|Tbilisi
Athens|GR|Attica
Jakarta|ID|Jakarta
Surabaya|ID|East Java
Bandung|ID|West Java
Medan|ID|North Sumatra
Dublin|IE|Leinster
Tel Aviv|IL|Tel Aviv
Haifa|IL|Haifa
New Delhi|IN|Delhi
Delhi|IN|Delhi
Bangalore|IN|Karnataka
Bengaluru|IN|Karnataka
Hyderabad|IN|Telangana
Chennai|IN|Tamil Nadu
Kolkata|IN|West Bengal
Ahmedabad|IN|Gujarat
Pune|IN|Maharashtra
Jaipur|IN|Rajasthan
Lucknow|IN|Uttar Pradesh
Kanpur|IN|Uttar Pradesh
Varanasi|IN|Uttar Pradesh
Srinagar|IN|Jammu and Kashmir
Patna|IN|Bihar
Basra|IQ|Basra
Mosul|IQ|Nineveh
Erbil|IQ|Kurdistan Region
Tehran|IR|Tehran
Mashhad|IR|Razavi Khorasan
Isfahan|IR|Isfahan
Rome|IT|Lazio
Milan|IT|Lombardy
Naples|IT|Campania
Amman|JO|Amman
Tokyo|JP|Tokyo
Osaka|JP|Osaka
Bishkek|KG|Bishkek
Astana|KZ|Astana
Almaty|KZ|Almaty
Beirut|LB|Beirut
Tripoli|LY|Tripoli
Benghazi|LY|Cyrenaica
Rabat|MA|Rabat-Salé-Kénitra
Casablanca|MA|Casablanca-Settat
Marrakesh|MA|Marrakesh-Safi
Chișinău|MD|Chișinău
Mexico City|MX|Mexico City
Guadalajara|MX|Jalisco
Monterrey|MX|Nuevo León
Tijuana|MX|Baja California
Niamey|NE|Niamey
Abuja|NG|Federal Capital Territory
Lagos|NG|Lagos
Kano|NG|Kano
Ibadan|NG|Oyo
Amsterdam|NL|North Holland
Rotterdam|NL|South Holland
The Hague|NL|South Holland
Oslo|NO|Oslo
Wellington|NZ|Wellington
Auckland|NZ|Auckland
Manila|PH|Metro Manila
Quezon City|PH|Metro Manila
Davao|PH|Davao Region
Islamabad|PK|Islamabad Capital Territory
Karachi|PK|Sindh
Lahore|PK|Punjab
Faisalabad|PK|Punjab
Rawalpindi|PK|Punjab
Warsaw|PL|Masovia
Gaza City|PS|Gaza Strip
Novosibirsk|RU|Novosibirsk Oblast
Yekaterinburg|RU|Sverdlovsk Oblast
Kazan|RU|Tatarstan
Nizhny Novgorod|RU|Nizhny Novgorod Oblast
Grozny|RU|Chechnya
Volgograd|RU|Volgograd Oblast
Riyadh|SA|Riyadh
Jeddah|SA|Makkah
Mecca|SA|Makkah
Stockholm|SE|Stockholm
Damascus|SY|Damascus
Aleppo|SY|Aleppo
Homs|SY|Homs
Ashgabat|TM|Ashgabat
Tunis|TN|Tunis
Izmir|TR|Izmir
Bursa|TR|Bursa
Gaziantep|TR|Gaziantep
Kharkiv|UA|Kharkiv Oblast
Odesa|UA|Odesa Oblast
Dnipro|UA|Dnipropetrovsk Oblast
Lviv|UA|Lviv Oblast
Tashkent|UZ|Tashkent
Sanaa|YE|Sanaa
Aden|YE|Aden
Los Angeles|US|California
Chicago|US|Illinois
Houston|US|Texas
Phoenix|US|Arizona
Philadelphia|US|Pennsylvania
San Antonio|US|Texas
San Diego|US|California
Dallas|US|Texas
San Jose|US|California
Austin|US|Texas
Jacksonville|US|Florida
Fort Worth|US|Texas
Columbus|US|Ohio
Charlotte|US|North Carolina
Indianapolis|US|Indiana
San Francisco|US|California
Seattle|US|Washington
Denver|US|Colorado
Nashville|US|Tennessee
Oklahoma City|US|Oklahoma
Washington, D.C.|US|District of Columbia
Louisville|US|Kentucky
Detroit|US|Michigan
Portland|US|Oregon
Memphis|US|Tennessee
Baltimore|US|Maryland
Milwaukee|US|Wisconsin
Albuquerque|US|New Mexico
Tucson|US|Arizona
Fresno|US|California
Sacramento|US|California
Mesa|US|Arizona
Kansas City|US|Missouri
Atlanta|US|Georgia
Omaha|US|Nebraska
Colorado Springs|US|Colorado
Raleigh|US|North Carolina
Long Beach|US|California
Virginia Beach|US|Virginia
Miami|US|Florida
Oakland|US|California
Minneapolis|US|Minnesota
Tulsa|US|Oklahoma
Tampa|US|Florida
Arlington|US|Texas
New Orleans|US|Louisiana
Wichita|US|Kansas
Cleveland|US|Ohio
Bakersfield|US|California
Aurora|US|Colorado
Anaheim|US|California
Honolulu|US|Hawaii
Riverside|US|California
Corpus Christi|US|Texas
Lexington|US|Kentucky
Stockton|US|California
St. Louis|US|Missouri
Saint Paul|US|Minnesota
Cincinnati|US|Ohio
Pittsburgh|US|Pennsylvania
Greensboro|US|North Carolina
Anchorage|US|Alaska
Plano|US|Texas
Lincoln|US|Nebraska
Newark|US|New Jersey
Toledo|US|Ohio
Henderson|US|Nevada
Jersey City|US|New Jersey
Chandler|US|Arizona
Buenos Aires|AR|Buenos Aires
São Paulo|BR|São Paulo
Rio de Janeiro|BR|Rio de Janeiro
Ho Chi Minh City|VN|Ho Chi Minh City
Yangon|MM|Yangon
Johannesburg|ZA|Gauteng
Cape Town|ZA|Western Cape
Durban|ZA|KwaZulu-Natal
Dar es Salaam|TZ|Dar es Salaam
Khartoum|SD|Khartoum
Omdurman|SD|Khartoum
Mombasa|KE|Mombasa
Abidjan|CI|Abidjan
Douala|CM|Littoral
Busan|KR|Busan
Barcelona|ES|Catalonia
Seville|ES|Andalusia
Valencia|ES|Valencian Community
"""


def countries() -> list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]]:
    """(code, name, aliases, adjectives, capital) for each country of the table."""
    rows = []
    for line in _COUNTRIES.strip().splitlines():
        code, name, aliases, adjectives, capital = line.split("|")
        rows.append((code, name, _items(aliases), _items(adjectives), capital))
    return rows


def cities() -> list[tuple[str, str, str]]:
    """(name, country code, region) for each city of the table."""
    return [tuple(line.split("|")) for line in _CITIES.strip().splitlines()]  # type: ignore[misc]


def _items(cell: str) -> tuple[str, ...]:
    return tuple(item for item in cell.split(";") if item)
