"""The small world synthetic incidents are drawn from: places, groups, outlets, names.

Invented group and person names keep the synthetic data from being mistaken for real
allegations; places and coordinates are real so that maps and country filters look right.
"""

from __future__ import annotations

# (ISO code, region / province, city, latitude, longitude, weight)
PLACES = (
    ("IQ", "Baghdad", "Baghdad", 33.3152, 44.3661, 12),
    ("IQ", "Nineveh", "Mosul", 36.3400, 43.1300, 6),
    ("AF", "Kabul", "Kabul", 34.5553, 69.2075, 10),
    ("AF", "Helmand", "Lashkar Gah", 31.5930, 64.3700, 5),
    ("PK", "Sindh", "Karachi", 24.8607, 67.0011, 7),
    ("PK", "Khyber Pakhtunkhwa", "Peshawar", 34.0151, 71.5249, 6),
    ("IN", "Jammu and Kashmir", "Srinagar", 34.0837, 74.7973, 5),
    ("IN", "Manipur", "Imphal", 24.8170, 93.9368, 3),
    ("NG", "Borno", "Maiduguri", 11.8311, 13.1510, 6),
    ("SO", "Banaadir", "Mogadishu", 2.0469, 45.3182, 6),
    ("SY", "Aleppo", "Aleppo", 36.2021, 37.1343, 4),
    ("YE", "Aden", "Aden", 12.7855, 45.0187, 3),
    ("LY", "Tripoli", "Tripoli", 32.8872, 13.1913, 2),
    ("EG", "North Sinai", "El Arish", 31.1316, 33.7984, 2),
    ("TR", "Istanbul", "Istanbul", 41.0082, 28.9784, 2),
    ("RU", "Moscow Oblast", "Krasnogorsk", 55.8236, 37.3861, 1),
    ("RU", "North Ossetia", "Beslan", 43.1925, 44.5419, 1),
    ("GB", "Northern Ireland", "Belfast", 54.5973, -5.9301, 3),
    ("ES", "Basque Country", "Bilbao", 43.2630, -2.9350, 2),
    ("FR", "Ile-de-France", "Paris", 48.8566, 2.3522, 2),
    ("US", "New York", "New York City", 40.7128, -74.0060, 2),
    ("CO", "Antioquia", "Medellin", 6.2442, -75.5812, 4),
    ("PE", "Ayacucho", "Ayacucho", -13.1588, -74.2239, 3),
    ("PH", "Maguindanao", "Cotabato City", 7.2236, 124.2464, 4),
    ("TH", "Narathiwat", "Narathiwat", 6.4255, 101.8253, 3),
    ("ML", "Mopti", "Mopti", 14.4843, -4.1830, 3),
    ("BF", "Sahel", "Djibo", 14.1022, -1.6306, 3),
    ("CD", "North Kivu", "Beni", 0.4911, 29.4731, 3),
    ("KE", "Nairobi", "Nairobi", -1.2921, 36.8219, 2),
    ("LK", "Northern", "Jaffna", 9.6615, 80.0255, 2),
)

GROUP_STEMS = (
    "Front", "Brigade", "Movement", "Army", "Council", "Legion", "Vanguard", "Union",
    "Resistance", "Battalion",
)  # fmt: skip
GROUP_QUALIFIERS = (
    "Northern", "Popular", "Revolutionary", "United", "Free", "Eastern", "National",
    "Independent", "Red", "Southern", "Mountain", "Coastal",
)  # fmt: skip
GROUP_CAUSES = (
    "Liberation", "Defence", "Justice", "Unity", "Dawn", "Renewal", "Sovereignty", "Faith",
)  # fmt: skip

PUBLISHERS = (
    ("Example Wire", "A"), ("Daily Ledger", "B"), ("Regional Courier", "B"),
    ("Morning Dispatch", "C"), ("World Bulletin", "B"), ("City Herald", "C"),
    ("Open Channel Blog", "E"), ("State Agency Press", "D"),
)  # fmt: skip
OFFICIAL_SPEAKERS = ("Ministry of Interior", "Police Command", "Provincial Governor")

GIVEN_NAMES = (
    "Amir", "Daler", "Rustam", "Samir", "Omar", "Karim", "Farid", "Yusuf", "Timur", "Nabil",
    "Idris", "Jamal", "Malik", "Tariq", "Zafar", "Bakhtiyor",
)  # fmt: skip
SURNAMES = (
    "Karimov", "Rahimov", "Nazarov", "Saidov", "Haddad", "Mansour", "Qureshi", "Abdullaev",
    "Sharipov", "Yusupov", "Bakr", "Hakimi", "Latif", "Osmani", "Jalilov", "Tursunov",
)  # fmt: skip
