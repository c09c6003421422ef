"""Why the derived estimate is what it is: the rule's steps on plain records, no database."""

import datetime as dt

from incidents.models.vocabularies import FigureKind, Qualifier, ReliabilityGrade, ReviewStatus
from incidents.selectors.estimate_rule import (
    BestStep,
    CitedSource,
    DateBasis,
    LeftOutReason,
    ReportedFigure,
    derived_estimate,
    estimate_explanation,
)

MAR_22, MAR_23, MAR_24 = dt.date(2024, 3, 22), dt.date(2024, 3, 23), dt.date(2024, 3, 24)
TASS = CitedSource(1, "TASS", published_on=MAR_22)
HEADLINE = CitedSource(2, "Headline", published_on=MAR_23)
ENCYCLOPEDIA = CitedSource(3, "Encyclopedia", published_after=dt.date(2025, 12, 1))
TABLOID = CitedSource(4, "Tabloid", published_on=MAR_24, reliability=ReliabilityGrade.E)
UNDATED = CitedSource(5, "Undated blog")


def killed(value, source, on, basis=DateBasis.PUBLISHED, figure_id=None, **fields):
    return ReportedFigure(
        kind=FigureKind.KILLED,
        value=value,
        source=source,
        reported_on=on,
        dated_by=basis,
        figure_id=figure_id or value,
        **fields,
    )


CROCUS = [
    killed(40, TASS, MAR_22),
    killed(137, HEADLINE, MAR_23),
    killed(149, ENCYCLOPEDIA, dt.date(2025, 12, 1), DateBasis.ON_OR_AFTER),
    killed(150, ENCYCLOPEDIA, dt.date(2025, 12, 1), DateBasis.ON_OR_AFTER),
    killed(200, TABLOID, MAR_24),
]


def test_it_lists_each_source_once_most_recent_first_with_its_latest_figures():
    explained = estimate_explanation(CROCUS).killed

    assert [s.source.title for s in explained.standing] == [
        "Encyclopedia",
        "Tabloid",
        "Headline",
        "TASS",
    ]
    encyclopedia = explained.standing[0]
    assert [f.value for f in encyclopedia.figures] == [149, 150]
    assert (encyclopedia.point, encyclopedia.sets_best) == (149, True)
    assert encyclopedia.date_basis == DateBasis.ON_OR_AFTER
    assert [s.sets_best for s in explained.standing[1:]] == [False, False, False]


def test_it_says_which_step_chose_best_and_how_the_range_was_made():
    explained = estimate_explanation(CROCUS).killed

    assert explained.best_step == BestStep.SINGLE
    assert explained.most_recent == dt.date(2025, 12, 1)
    assert explained.best_sentence == (
        "Best 149: the figure of the most recent trustworthy source (1 December 2025)."
    )
    assert explained.range_sentence.startswith("Low 40 and high 200")


def test_a_questionable_source_is_marked_and_never_sets_best():
    tabloid = estimate_explanation(CROCUS).killed.standing[1]

    assert (tabloid.is_questionable, tabloid.sets_best) == (True, False)


def test_it_names_every_figure_left_out_with_its_reason():
    figures = [
        killed(40, TASS, MAR_22),
        killed(60, TASS, MAR_23),
        killed(6, TASS, MAR_23, subgroup="children"),
        killed(300, TASS, MAR_23, is_perpetrator_claim=True),
        killed(999, TASS, MAR_23, status=ReviewStatus.PROPOSED),
    ]

    left_out = estimate_explanation(figures).killed.left_out

    assert [(item.figure.value, item.reason) for item in left_out] == [
        (999, LeftOutReason.NOT_ACCEPTED),
        (6, LeftOutReason.SUBGROUP),
        (300, LeftOutReason.PERPETRATOR_CLAIM),
        (40, LeftOutReason.SUPERSEDED),
    ]
    assert derived_estimate(figures).killed.best == 60


def test_a_majority_of_the_most_recent_sources_sets_best():
    figures = [
        killed(120, TASS, MAR_23, figure_id=1),
        killed(120, HEADLINE, MAR_23, figure_id=2),
        killed(100, UNDATED, MAR_23, figure_id=3),
    ]

    explained = estimate_explanation(figures).killed

    assert (explained.best_step, explained.range.best) == (BestStep.MAJORITY, 120)
    assert [s.sets_best for s in explained.standing] == [True, True, False]
    assert (
        explained.best_sentence
        == "Best 120: 2 of the 3 most recent sources (23 March 2024) give it."
    )


def test_without_a_majority_the_lowest_and_the_sentence_shows_the_disagreement():
    figures = [killed(120, TASS, MAR_23), killed(100, HEADLINE, MAR_23)]

    explained = estimate_explanation(figures).killed

    assert (explained.best_step, explained.range.best) == (BestStep.LOWEST, 100)
    assert "disagree (120, 100)" in explained.best_sentence


def test_when_no_source_is_dated_it_says_all_count_as_equally_recent():
    figures = [killed(40, UNDATED, None, figure_id=1), killed(137, TASS, None, figure_id=2)]

    explained = estimate_explanation(figures)

    assert explained.killed.standing[0].date_basis == DateBasis.UNDATED
    assert "all undated, so equally recent" in explained.killed.best_sentence
    assert explained.killed.range.best == 40


def test_it_lists_the_counted_sources_without_a_published_date():
    explained = estimate_explanation([*CROCUS, killed(3, UNDATED, None)])

    assert [s.title for s in explained.undated_sources] == ["Encyclopedia", "Undated blog"]


def test_only_questionable_sources_leave_best_to_a_curator():
    explained = estimate_explanation([killed(200, TABLOID, MAR_24)]).killed

    assert (explained.best_step, explained.range.best, explained.range.high) == (
        BestStep.ONLY_QUESTIONABLE,
        None,
        200,
    )


def test_no_counting_figure_explains_the_empty_estimate():
    explained = estimate_explanation([]).injured

    assert explained.best_step == BestStep.NO_FIGURES
    assert "stay empty" in explained.best_sentence


def test_a_fewer_than_figure_counts_as_one_less():
    figures = [killed(10, TASS, MAR_22, qualifier=Qualifier.FEWER_THAN)]

    assert estimate_explanation(figures).killed.standing[0].point == 9
