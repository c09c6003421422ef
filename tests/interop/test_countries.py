import pytest

from incidents.interop.countries import country_code, country_name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russian Federation", "RU"),  # ISO name (pycountry)
        ("Russia", "RU"),  # common name
        ("West Germany (FRG)", "DE"),  # GTD
        ("East Germany (GDR)", "DD"),  # a former state, ISO 3166-3
        ("Soviet Union", "SU"),
        ("DR Congo (Zaire)", "CD"),  # UCDP, with its former name
        ("Myanmar (Burma)", "MM"),
        ("Kingdom of eSwatini (Swaziland)", "SZ"),
        ("Macedonia, FYR", "MK"),
        ("Kosovo", "XK"),
        ("Dahomey", "DY"),  # an ISO 3166-3 name
        ("", ""),
        ("Upper Ruritania", None),
    ],
)
def test_it_reads_iso_names_and_each_datasets_spellings(name, code):
    assert country_code(name) == code


def test_an_old_code_two_states_had_is_not_guessed():
    # CS was Czechoslovakia, then Serbia and Montenegro; SK was Sikkim before Slovakia.
    assert country_code("Serbia and Montenegro") is None
    assert country_code("Sikkim") is None


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RU", "Russia"),
        ("DE", "Germany"),
        ("CI", "Ivory Coast"),
        ("SU", "Soviet Union"),
        ("DY", "Dahomey"),
    ],
)
def test_it_writes_gtd_spellings_then_iso_short_names(code, name):
    assert country_name(code) == name
