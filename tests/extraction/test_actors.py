import pytest

from incidents.extraction.lexicons.actors import canonical_actor, find_actor_mentions


@pytest.mark.parametrize(
    ("mention", "canonical"),
    [
        ("Isis", "Islamic State"),
        ("IS", "Islamic State"),
        ("ISIS–K", "Islamic State – Khorasan Province"),
        ("al-Shabab", "al-Shabaab"),
        ("PKK", "Kurdistan Workers' Party"),
        ("Mr Kirby", "John Kirby"),
        ("unknown group", None),
    ],
)
def test_it_resolves_aliases(mention, canonical):
    assert canonical_actor(mention) == canonical


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IS–KP claimed it, and Isis agreed.",
            ["Islamic State – Khorasan Province", "Islamic State"],
        ),
        ("Boko Haram and the Taliban", ["Boko Haram", "Taliban"]),
        ("This is what it is. Let it be.", []),
        ("the IS-affiliated Amaq News Agency", ["Amaq News Agency"]),
    ],
)
def test_it_finds_mentions_with_offsets(text, expected):
    mentions = find_actor_mentions(text)
    assert [m.actor.name for m in mentions] == expected
    assert all(text[m.start : m.end] == m.text for m in mentions)
