import pytest

from incidents.extraction.lexicons.names import name_key, same_person


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dalerjon Mirzoyev", "Dalerdzhon Barotovich Mirzoev"),
        ("Muhammadsobir Faizov", "Muhammadsobir Fayzov"),
        ("Saidakrami Rachabalizoda", "Saidakrami Muradali Rachabalizade"),
        ("Salman Abedi", "Salman Ramadan Abedi"),
        ("Dzhokhar Tsarnaev", "Jokhar Tsarnaev"),
        ("Raymond Ortiz Jr.", "Raymond Ortiz"),
    ],
)
def test_it_gives_transliteration_variants_one_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Aminchon Islomov", "Dilovar Islomov"),
        ("Alisher Kasimov", "Nazrimad Lutfulloi"),
        ("Brenton Tarrant", "Brenton Tarrano"),
    ],
)
def test_it_keeps_different_people_apart(a, b):
    assert name_key(a) != name_key(b)


def test_it_matches_a_bare_surname_to_the_full_name():
    assert same_person("Mirzoev", "Dalerjon Mirzoyev")
    assert not same_person("Aminchon Islomov", "Dilovar Islomov")


def test_a_generational_suffix_is_not_the_surname():
    assert same_person("Ortiz", "Raymond Ortiz Jr.")
