import pytest

from incidents.interop import fields as f
from incidents.interop.tables import RowError


def test_an_over_long_text_is_cut_and_noted_once_while_collecting():
    row = {"city": "x" * 250}
    with f.inconsistencies_collected() as found:
        assert len(f.text(row, "city", max_length=200)) == 200
        f.text(row, "city", max_length=200)
    assert found == [
        f.Inconsistency("truncated", "city", "city has 250 characters; kept the first 200")
    ]


def test_nothing_is_noted_when_nobody_collects():
    assert f.text({"city": "x" * 250}, "city", max_length=200) == "x" * 200


@pytest.mark.parametrize("value", ["", "1" * 41])
def test_an_id_is_never_cut(value):
    with pytest.raises(RowError, match="eventid"):
        f.identifier({"eventid": value}, "eventid")


@pytest.mark.parametrize(
    ("given", "kept", "noted"),
    [
        ((3, 4, 6), (3, 4, 6), False),
        ((None, 4, None), (None, 4, None), False),
        ((3, 2, 3), (2, 2, 3), True),
        ((1, 5, 4), (1, 5, 5), True),
    ],
)
def test_an_estimate_out_of_order_is_ordered_around_best_and_noted(given, kept, noted):
    with f.inconsistencies_collected() as found:
        assert f.ordered_estimate(*given) == kept
    assert [i.kind for i in found] == (["out_of_order"] if noted else [])


def test_an_unknown_country_is_no_country_and_noted():
    with f.inconsistencies_collected() as found:
        assert f.country({"country": "Upper Ruritania"}, "country") == ""
    assert found[0].reason == "country 'Upper Ruritania' is not a known country"


@pytest.mark.parametrize(
    ("citation", "kind"),
    [
        (
            '"Suicide bomber kills 12 in Baghdad market," Example Wire, January 1, 2014.',
            "news_article",
        ),
        (
            '"Terrorist Bombings," Hearing before the Subcommittee on Security and Terrorism, '
            "United States Senate, 1986.",
            "official_statement",
        ),
        ("U.S. Department of State, Country Reports on Terrorism 2015.", "official_statement"),
        (
            "Peter Smith, Urban Guerrillas (London: Example University Press, 1990), pp. 101-4.",
            "other",
        ),
        ('"AFP,2015-02-10,Clashes in Kachin";"Reuters,2015-02-11,Fighting flares"', "other"),
    ],
)
def test_a_citation_is_typed_by_what_it_cites(citation, kind):
    assert f.citation_kind(citation) == kind
