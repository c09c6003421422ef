"""The evaluation's matching rule, on small hand-made extraction and gold dicts."""

from __future__ import annotations

import pytest

from incidents.extraction.evaluation import (
    FactScore,
    combine,
    evaluate_document,
    quotes_overlap,
    speakers_agree,
)

SHOT = "At least 40 people were shot dead and 145 were injured at the concert hall on Friday."
CLAIM = "The group claimed responsibility in a Telegram post hours after the attack."
COURT = "Dalerjon Mirzoyev, 32, appeared in court and was charged with terrorism."


def figure(kind: str, value: int, quote: str, value_max: int | None = None) -> dict:
    return {
        "kind": kind,
        "value": value,
        "value_max": value_max,
        "qualifier": "exact",
        "quote": quote,
    }


def statement(speaker: str, kind: str, quote: str) -> dict:
    return {"speaker": speaker, "kind": kind, "channel": "", "quote": quote}


def suspect(name: str, age: int | None = None, role: str = "attacker", variants=()) -> dict:
    return {"name": name, "variants": list(variants), "age": age, "role": role, "quote": COURT}


def document(figures=(), statements=(), suspects=(), **incident) -> dict:
    place = {
        "date": "2024-03-22",
        "city": "Krasnogorsk",
        "country": "RU",
        "perpetrator_groups": ["Islamic State"],
    }
    return {
        "incident": {**place, **incident},
        "casualty_figures": list(figures),
        "statements": list(statements),
        "suspects": list(suspects),
    }


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (SHOT, SHOT, True),
        (SHOT, "at least 40 people were shot dead", True),  # a clause of the sentence
        (SHOT, "At least 40 people were\n shot  dead and 145 were injured", True),  # re-spaced
        ("He said “no”.", 'He said "no".', True),  # typographic quotes
        (SHOT, "The concert hall on Friday was full of people before the show began.", False),
        # Two sentences sharing a stock phrase are not the same quote.
        (
            "IS has in the past claimed responsibility for attacks it did not carry out.",
            "Islamic State has claimed responsibility for the mass shooting at the hall.",
            False,
        ),
        ("", SHOT, False),
    ],
)
def test_quotes_overlap_as_normalised_text(a, b, overlap):
    assert quotes_overlap(a, b) is overlap


@pytest.mark.parametrize(
    ("gold", "predicted", "agree"),
    [
        ("Islamic State", "ISIS", True),
        ("Islamic State", "Amaq", True),  # the agency speaks for its parent
        ("Islamic State", "ISIS-K", True),
        ("Vladimir Putin", "President Putin", True),
        ("Federal Security Service", "Investigative Committee", False),
        ("John Kirby", "Kirby", True),
        ("Nikolai Patrushev", "Nikolay Patrushev", True),
        ("Russian Foreign Ministry", "Russia's Foreign Ministry", True),
        ("United States Embassy in Moscow", "U.S. Embassy", True),
        ("Mykhailo Podolyak", "Dmitry Medvedev", False),
        ("Canada", "United Kingdom", False),
    ],
)
def test_speakers_agree_across_aliases_and_spellings(gold, predicted, agree):
    assert speakers_agree(gold, predicted) is agree


def test_it_matches_a_figure_with_the_same_kind_value_and_quote():
    gold = document(figures=[figure("killed", 40, SHOT), figure("injured", 145, SHOT)])
    predicted = document(figures=[figure("killed", 40, SHOT[:40]), figure("injured", 145, SHOT)])
    score = evaluate_document(predicted, gold).figures
    assert (len(score.matched), score.misses, score.false_positives) == (2, (), ())
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    "wrong",
    [
        figure("killed", 41, SHOT),  # another value
        figure("injured", 40, SHOT),  # another kind
        figure("killed", 40, "The hall could hold 6,200 people when the roof collapsed."),
        figure("killed", 40, SHOT, value_max=99),  # a range is not the figure
    ],
)
def test_a_wrong_figure_is_both_a_miss_and_a_false_positive(wrong):
    score = evaluate_document(
        document(figures=[wrong]), document(figures=[figure("killed", 40, SHOT)])
    )
    assert score.figures.misses == (figure("killed", 40, SHOT),)
    assert score.figures.false_positives == (wrong,)
    assert (score.figures.precision, score.figures.recall, score.figures.f1) == (0.0, 0.0, 0.0)


def test_it_scores_precision_and_recall_over_misses_and_false_positives():
    gold = document(figures=[figure("killed", 40, SHOT), figure("injured", 145, SHOT)])
    predicted = document(
        figures=[
            figure("killed", 40, SHOT),
            figure("detained", 11, CLAIM),
            figure("rescued", 100, CLAIM),
        ]
    )
    score = evaluate_document(predicted, gold).figures
    assert [f["kind"] for f in score.misses] == ["injured"]
    assert [f["kind"] for f in score.false_positives] == ["detained", "rescued"]
    assert (score.precision, score.recall) == (pytest.approx(1 / 3), 0.5)
    assert score.f1 == pytest.approx(0.4)


def test_it_matches_each_gold_item_at_most_once():
    gold = document(figures=[figure("killed", 40, SHOT)])
    predicted = document(figures=[figure("killed", 40, SHOT), figure("killed", 40, SHOT)])
    score = evaluate_document(predicted, gold).figures
    assert (len(score.matched), len(score.false_positives)) == (1, 1)


def test_it_finds_the_largest_one_to_one_matching_not_the_first_greedy_one():
    both = "Six children were killed and six more were hurt in the attack."
    later = "Officials later confirmed that six children were killed."
    gold = document(figures=[figure("killed", 6, both), figure("killed", 6, later)])
    # The first prediction fits either gold item, the second only the first one:
    # taking the first gold item's first candidate greedily would leave one unmatched.
    predicted = document(
        figures=[
            figure("killed", 6, "six children were killed"),
            figure("killed", 6, "and six more were hurt in the attack"),
        ]
    )
    score = evaluate_document(predicted, gold).figures
    assert (len(score.matched), score.misses, score.false_positives) == (2, (), ())


def test_a_statement_needs_speaker_kind_and_quote():
    gold = document(statements=[statement("Islamic State", "claim_of_responsibility", CLAIM)])
    for predicted, matches in [
        (statement("ISIS", "claim_of_responsibility", CLAIM), True),
        (statement("ISIS", "denial", CLAIM), False),
        (statement("Vladimir Putin", "claim_of_responsibility", CLAIM), False),
        (statement("ISIS", "claim_of_responsibility", SHOT), False),
    ]:
        score = evaluate_document(document(statements=[predicted]), gold).statements
        assert len(score.matched) == int(matches), predicted


def test_it_matches_a_transliterated_suspect_and_scores_age_and_role_apart():
    gold = document(
        suspects=[
            suspect("Dalerjon Mirzoyev", 32, variants=["Mirzoev"]),
            suspect("Alisher Kasimov", 32, role="accomplice"),
        ]
    )
    predicted = document(
        suspects=[
            suspect("Dalerjon Barotovich Mirzoev", 32),
            suspect("Alisher Kasimov", None, role="attacker"),
            suspect("Islam Khalilov", 15),
        ]
    )
    score = evaluate_document(predicted, gold)
    assert len(score.suspects.matched) == 2
    assert [s["name"] for s in score.suspects.false_positives] == ["Islam Khalilov"]
    assert (score.suspect_age.correct, score.suspect_age.total) == (1, 2)
    assert (score.suspect_role.correct, score.suspect_role.total) == (1, 2)


def test_brothers_sharing_a_surname_are_different_suspects():
    gold = document(suspects=[suspect("Aminchon Islomov")])
    score = evaluate_document(document(suspects=[suspect("Dilovar Islomov")]), gold)
    assert score.suspects.matched == ()


@pytest.mark.parametrize(
    ("predicted", "wrong"),
    [
        ({}, set()),
        ({"date": "2024-03-23"}, {"date"}),
        ({"city": "moscow", "country": "ru"}, {"city"}),
        ({"city": "", "country": ""}, {"city", "country"}),
        ({"perpetrator_groups": ["Islamic State – Khorasan Province"]}, set()),
        ({"perpetrator_groups": ["Islamic State", "Hamas"]}, {"perpetrator_groups"}),
        ({"perpetrator_groups": []}, {"perpetrator_groups"}),
    ],
)
def test_it_checks_incident_date_place_and_perpetrators(predicted, wrong):
    gold = document(perpetrator_groups=["Islamic State", "Islamic State – Khorasan Province"])
    checks = evaluate_document(document(**predicted), gold).attributes
    assert {c.attribute for c in checks if not c.correct} == wrong


def test_combine_adds_up_documents_and_restricts_headline_figures_to_killed_and_injured():
    first = evaluate_document(
        document(figures=[figure("killed", 40, SHOT), figure("detained", 11, CLAIM)]),
        document(figures=[figure("killed", 40, SHOT)]),
    )
    second = evaluate_document(document(), document(figures=[figure("injured", 145, SHOT)]))
    report = combine([first, second])
    assert (len(report.figures.matched), len(report.figures.misses)) == (1, 1)
    assert len(report.figures.false_positives) == 1
    assert report.headline_figures.false_positives == ()
    assert report.headline_figures.precision == 1.0
    assert report.headline_figures.recall == 0.5
    assert report.attributes_correct.correct == 8


def test_nothing_predicted_and_nothing_expected_is_perfect():
    score = FactScore("statements")
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
