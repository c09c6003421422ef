"""The derived casualty estimate: the rule on plain records, then the services on the seeds."""

import datetime as dt
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from incidents.documents.inputs import DocumentInput, DocumentMeta
from incidents.models import CasualtyFigure, Evidence, Incident, Source
from incidents.models.vocabularies import (
    ActorKind,
    FigureKind,
    PerpetratorRole,
    Qualifier,
    ReliabilityGrade,
    ReviewStatus,
    SourceKind,
    Subgroup,
)
from incidents.selectors.estimate_rule import (
    CasualtyRange,
    CitedSource,
    Estimate,
    ReportedFigure,
    derived_estimate,
)
from incidents.selectors.estimates import incident_estimate_explanation
from incidents.services.curation.estimates import (
    incident_estimate_refresh,
    incident_estimate_reset,
)
from incidents.services.documents.ingest import documents_import
from tests import factories

MAR_22, MAR_23, MAR_24 = dt.date(2024, 3, 22), dt.date(2024, 3, 23), dt.date(2024, 3, 24)


def cited(source_id, *, questionable=False) -> CitedSource | None:
    if source_id is None:
        return None
    return CitedSource(source_id, reliability=ReliabilityGrade.E if questionable else "F")


def killed(value, source, on=MAR_23, *, questionable=False, **fields) -> ReportedFigure:
    return ReportedFigure(
        kind=FigureKind.KILLED,
        value=value,
        source=cited(source, questionable=questionable),
        reported_on=on,
        **fields,
    )


# (what the sources say, expected killed low / best / high)
RULE_CASES = {
    "one exact figure": ([killed(40, 1)], (40, 40, 40)),
    "the most recent source gives best": (
        [killed(40, 1, MAR_22), killed(137, 2, MAR_23)],
        (40, 137, 137),
    ),
    "a source's earlier figure is superseded by its later one": (
        [killed(40, 1, MAR_22), killed(60, 1, MAR_23)],
        (60, 60, 60),
    ),
    "the majority of the sources tied at the latest date": (
        [killed(120, 1), killed(120, 2), killed(100, 3)],
        (100, 120, 120),
    ),
    "no majority: the lowest": ([killed(120, 1), killed(100, 2)], (100, 100, 120)),
    "a plurality that is not a majority: the lowest": (
        [killed(120, 1), killed(120, 2), killed(100, 3), killed(130, 4)],
        (100, 100, 130),
    ),
    "older sources do not vote": (
        [killed(100, 1, MAR_22), killed(100, 2, MAR_22), killed(137, 3, MAR_23)],
        (100, 137, 137),
    ),
    "a questionable source is not best but widens the range": (
        [killed(200, 1, MAR_24, questionable=True), killed(137, 2, MAR_23)],
        (137, 137, 200),
    ),
    "only questionable sources: no best": (
        [killed(200, 1, questionable=True), killed(150, 2, questionable=True)],
        (150, None, 200),
    ),
    "a perpetrator's claim is neither best nor in the range": (
        [killed(300, 1, MAR_24, is_perpetrator_claim=True), killed(137, 2, MAR_23)],
        (137, 137, 137),
    ),
    "only perpetrator claims: nothing": (
        [killed(300, 1, is_perpetrator_claim=True)],
        (None, None, None),
    ),
    "at least N counts as N": (
        [killed(40, 1, qualifier=Qualifier.AT_LEAST)],
        (40, 40, 40),
    ),
    "more than N counts as N": (
        [killed(100, 1, qualifier=Qualifier.MORE_THAN)],
        (100, 100, 100),
    ),
    "about N counts as N": ([killed(150, 1, qualifier=Qualifier.ABOUT)], (150, 150, 150)),
    "a range gives its ends to low and high and its lower end to best": (
        [killed(182, 1, value_max=183)],
        (182, 182, 183),
    ),
    "up to N is a ceiling: it raises high, not low": (
        [killed(40, 1, MAR_22), killed(200, 2, MAR_23, qualifier=Qualifier.UP_TO)],
        (40, 200, 200),
    ),
    "fewer than N means at most N - 1": (
        [killed(10, 1, qualifier=Qualifier.FEWER_THAN)],
        (9, 9, 9),
    ),
    "a source with two figures on one date counts with its lowest": (
        [killed(183, 1), killed(182, 1), killed(183, 2)],
        (182, 182, 183),
    ),
    "an undated figure is older than any dated one": (
        [killed(300, 1, None), killed(137, 2, MAR_22)],
        (137, 137, 300),
    ),
    "unsourced figures each stand as their own source": (
        [
            killed(100, None, figure_id=1),
            killed(100, None, figure_id=2),
            killed(120, 3),
        ],
        (100, 100, 120),
    ),
}


@pytest.mark.parametrize(("figures", "expected"), list(RULE_CASES.values()), ids=list(RULE_CASES))
def test_it_derives_killed_by_the_documented_rule(figures, expected):
    assert derived_estimate(figures).killed == CasualtyRange(*expected)


def test_it_keeps_killed_and_injured_apart_and_ignores_other_kinds():
    figures = [
        killed(137, 1),
        ReportedFigure(kind=FigureKind.INJURED, value=182, source=cited(1), reported_on=MAR_23),
        ReportedFigure(kind=FigureKind.DETAINED, value=11, source=cited(1), reported_on=MAR_24),
    ]

    assert derived_estimate(figures) == Estimate(
        killed=CasualtyRange(137, 137, 137), injured=CasualtyRange(182, 182, 182)
    )


def test_it_derives_nothing_from_no_figures():
    assert derived_estimate([]).as_fields() == dict.fromkeys(
        ["killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high"]
    )


# The services, on the Crocus City Hall figures of the seed documents.

TASS_ARTICLE = (
    "The attack on March 22 at the Crocus City Hall killed at least 40 and wounded more than "
    "100, Russian state-controlled news agency TASS claimed, citing the preliminary data of "
    "Russia's Federal Security Service (FSB). The terrorist group Islamic State (IS) has "
    "claimed responsibility for the mass shooting that has left at least 60 people dead. "
    '"Soldiers of the Islamic State attacked a big crowd of Christians in the city of '
    'Krasnogorsk...killing and wounding hundreds," the statement said.'
)
INDEPENDENT_ARTICLE = (
    "At least 40 individuals were fatally shot and 145 were injured on Friday during a "
    "shooting incident carried out by assailants using automatic firearms at a concert near "
    "Moscow."
)
HEADLINE_ARTICLE = (
    "Gunmen Opened Fire In A Concert Hall In Russia, Killing At Least 137 People And "
    "Injuring 182 Others\n\nOn Friday, March 22, gunmen opened fire inside a concert hall on "
    "the outskirts of Moscow, Russia, killing at least 137 people and injuring 183 others."
)
EUROMAIDAN_ARTICLE = (
    "The United States has confirmed that a branch of the Islamic State (ISIS) claimed "
    "responsibility for the devastating attack in Moscow that left at least 115 people dead "
    "and more than 100 others injured. According to the Investigative Committee of the "
    "Russian Federation, the death toll of the terrorist attack rose to 115. There were "
    "reportedly over 120 injured people."
)
ENCYCLOPEDIA_ARTICLE = (
    "Investigators said 149 people had been killed (including those who died later in "
    "hospital), and more than 609 concertgoers injured by gunfire or suffering from burns. "
    "The attack left 150 dead, with possibly more dying of their wounds after the assault. "
    "According to the Russian Children's Rights Commissioner, Maria Lvova-Belova, six "
    "children were killed and seven more injured in the attack."
)


KILLED, INJURED = FigureKind.KILLED, FigureKind.INJURED
EXACT, AT_LEAST, MORE_THAN = Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN

# (source, quote, kind, value, qualifier, given by, reported on: None = the source's date)
CROCUS_FIGURES = [
    ("tass", "killed at least 40", KILLED, 40, AT_LEAST, "fsb", MAR_22),
    ("tass", "wounded more than 100", INJURED, 100, MORE_THAN, "fsb", MAR_22),
    ("tass", "at least 60 people dead", KILLED, 60, AT_LEAST, None, None),
    ("tass", "killing and wounding hundreds", KILLED, 200, AT_LEAST, "islamic_state", None),
    ("tass", "killing and wounding hundreds", INJURED, 200, AT_LEAST, "islamic_state", None),
    ("independent", "At least 40 individuals were fatally shot", KILLED, 40, AT_LEAST, None, None),
    ("independent", "145 were injured", INJURED, 145, EXACT, None, None),
    ("headline", "Killing At Least 137 People", KILLED, 137, AT_LEAST, None, None),
    ("headline", "Injuring 182 Others", INJURED, 182, EXACT, None, None),
    ("headline", "injuring 183 others", INJURED, 183, EXACT, None, None),
    ("euromaidan", "at least 115 people dead", KILLED, 115, AT_LEAST, None, None),
    ("euromaidan", "more than 100 others injured", INJURED, 100, MORE_THAN, None, None),
    (
        "euromaidan",
        "death toll of the terrorist attack rose to 115",
        KILLED,
        115,
        EXACT,
        "committee",
        None,
    ),
    ("euromaidan", "over 120 injured", INJURED, 120, MORE_THAN, None, None),
    ("encyclopedia", "149 people had been killed", KILLED, 149, EXACT, "committee", None),
    ("encyclopedia", "more than 609 concertgoers injured", INJURED, 609, MORE_THAN, None, None),
    ("encyclopedia", "The attack left 150 dead", KILLED, 150, EXACT, None, None),
]
CROCUS_SOURCES = {
    "tass": (TASS_ARTICLE, MAR_23),
    "independent": (INDEPENDENT_ARTICLE, MAR_23),
    "headline": (HEADLINE_ARTICLE, MAR_23),
    "euromaidan": (EUROMAIDAN_ARTICLE, MAR_24),
    "encyclopedia": (ENCYCLOPEDIA_ARTICLE, dt.date(2025, 3, 22)),
}
CROCUS_DERIVED = ((40, 149, 150), (100, 609, 609))
LATER = dt.date(2026, 1, 1)


def cite(source, quote, **figure_fields):
    """An accepted figure whose evidence is `quote`, cut from the source's own text."""
    fields = {"review_status": ReviewStatus.ACCEPTED, "reported_on": None, **figure_fields}
    figure = factories.CasualtyFigureFactory(**fields)
    start = source.cleaned_text.index(quote)
    Evidence.for_span(source, start, start + len(quote), figure=figure).save()
    return figure


@pytest.fixture
def crocus(db):
    incident = factories.IncidentFactory(name="Crocus City Hall attack", slug="crocus")
    actors = {
        "islamic_state": factories.ActorFactory(name="Islamic State", kind=ActorKind.ARMED_GROUP),
        "fsb": factories.ActorFactory(name="FSB", kind=ActorKind.STATE_BODY),
        "committee": factories.ActorFactory(
            name="Investigative Committee", kind=ActorKind.STATE_BODY
        ),
    }
    factories.IncidentPerpetratorFactory(
        incident=incident, actor=actors["islamic_state"], role=PerpetratorRole.CLAIMED
    )
    sources = {
        name: factories.SourceFactory(raw_text=text, published_on=published_on)
        for name, (text, published_on) in CROCUS_SOURCES.items()
    }
    for source, quote, kind, value, qualifier, given_by, reported_on in CROCUS_FIGURES:
        cite(
            sources[source],
            quote,
            incident=incident,
            kind=kind,
            value=value,
            qualifier=qualifier,
            attributed_to=actors.get(given_by),
            reported_on=reported_on,
        )
    incident.sources, incident.islamic_state = sources, actors["islamic_state"]
    return incident


def cite_later(incident, **figure_fields):
    """A killed figure reported after every seed figure, quoting the encyclopedia."""
    fields = {"kind": KILLED, "qualifier": EXACT, "reported_on": LATER, **figure_fields}
    quote = "The attack left 150 dead"
    return cite(incident.sources["encyclopedia"], quote, incident=incident, **fields)


def estimate_of(incident):
    incident.refresh_from_db()
    return (
        (incident.killed_low, incident.killed_best, incident.killed_high),
        (incident.injured_low, incident.injured_best, incident.injured_high),
    )


def test_it_derives_the_crocus_estimate_from_the_seed_figures(crocus):
    incident_estimate_refresh(incident=crocus)

    assert estimate_of(crocus) == CROCUS_DERIVED


def test_it_never_takes_the_islamic_state_claim_of_hundreds_even_when_latest(crocus):
    cite_later(crocus, value=300, attributed_to=crocus.islamic_state)

    incident_estimate_refresh(incident=crocus)

    assert estimate_of(crocus) == CROCUS_DERIVED


@pytest.mark.parametrize(
    "speaker",
    [
        {"name": "Amaq", "kind": ActorKind.MEDIA, "parent_is_perpetrator": True},
        {"name": "Some militia", "kind": ActorKind.ARMED_GROUP, "parent_is_perpetrator": False},
    ],
    ids=["the perpetrator's outlet", "any armed group"],
)
def test_it_treats_figures_of_the_perpetrator_side_as_claims(crocus, speaker):
    parent = crocus.islamic_state if speaker["parent_is_perpetrator"] else None
    actor = factories.ActorFactory(name=speaker["name"], kind=speaker["kind"], parent=parent)
    cite_later(crocus, value=300, attributed_to=actor)

    incident_estimate_refresh(incident=crocus)

    assert estimate_of(crocus) == CROCUS_DERIVED


def test_it_sets_a_questionable_source_aside_for_best(crocus):
    encyclopedia = crocus.sources["encyclopedia"]
    encyclopedia.reliability = ReliabilityGrade.E
    encyclopedia.save()

    incident_estimate_refresh(incident=crocus)

    # The next most recent source (24 March) gives best; the range still spans the encyclopedia.
    assert estimate_of(crocus) == ((40, 115, 150), (100, 100, 609))


def test_it_leaves_subgroup_figures_out_of_the_totals(crocus):
    cite_later(crocus, value=6, subgroup=Subgroup.CHILDREN)

    incident_estimate_refresh(incident=crocus)

    assert estimate_of(crocus) == CROCUS_DERIVED


@pytest.mark.parametrize("status", [ReviewStatus.PROPOSED, ReviewStatus.REJECTED])
def test_it_uses_only_accepted_figures(crocus, status):
    cite_later(crocus, value=999, review_status=status)

    incident_estimate_refresh(incident=crocus)

    assert estimate_of(crocus) == CROCUS_DERIVED


def test_it_does_not_overwrite_a_curated_estimate(crocus):
    Incident.objects.filter(pk=crocus.pk).update(
        estimate_is_curated=True, killed_low=144, killed_best=145, killed_high=150
    )

    incident_estimate_refresh(incident=crocus)

    assert estimate_of(crocus) == ((144, 145, 150), (None, None, None))


def test_it_re_derives_on_reset(crocus):
    Incident.objects.filter(pk=crocus.pk).update(estimate_is_curated=True, killed_best=145)

    returned = incident_estimate_reset(incident=crocus)

    assert returned.estimate_is_curated is False
    assert estimate_of(crocus) == CROCUS_DERIVED
    assert crocus.estimate_is_curated is False


def test_it_saves_nothing_when_the_estimate_is_unchanged(crocus):
    incident_estimate_refresh(incident=crocus)
    revisions = crocus.history.count()

    incident_estimate_refresh(incident=crocus)

    assert crocus.history.count() == revisions


def test_it_follows_a_later_accepted_figure(crocus):
    incident_estimate_refresh(incident=crocus)
    cite_later(crocus, value=150)

    incident_estimate_refresh(incident=crocus)

    assert estimate_of(crocus)[0] == (40, 150, 150)


def queries_to_refresh(incident) -> int:
    Incident.objects.filter(pk=incident.pk).update(killed_best=None)  # forces a save
    with CaptureQueriesContext(connection) as queries:
        incident_estimate_refresh(incident=incident)
    return len(queries)


def test_its_query_count_does_not_grow_with_the_figures(crocus):
    before = queries_to_refresh(crocus)
    for value in range(151, 161):
        source = factories.SourceFactory(raw_text=f"The attack left {value} dead.")
        cite(source, "The attack left", incident=crocus, kind=KILLED, value=value)

    assert queries_to_refresh(crocus) == before


def undate(source, *, published_after):
    source.published_on, source.published_after = None, published_after
    source.save()


def test_a_source_with_only_a_lower_bound_is_ordered_by_it(crocus):
    undate(crocus.sources["encyclopedia"], published_after=dt.date(2025, 9, 27))

    incident_estimate_refresh(incident=crocus)

    assert estimate_of(crocus) == CROCUS_DERIVED


def test_a_lower_bound_older_than_the_other_sources_does_not_make_a_source_recent(crocus):
    undate(crocus.sources["encyclopedia"], published_after=MAR_22)

    incident_estimate_refresh(incident=crocus)

    # The 24 March report is now the most recent: its 115 is best.
    assert estimate_of(crocus)[0] == (40, 115, 150)


def test_a_published_date_outranks_the_lower_bound_of_the_same_source(crocus):
    encyclopedia = crocus.sources["encyclopedia"]
    encyclopedia.published_on, encyclopedia.published_after = MAR_22, dt.date(2025, 9, 27)
    encyclopedia.save()

    incident_estimate_refresh(incident=crocus)

    assert estimate_of(crocus)[0] == (40, 115, 150)


SEED_DOCUMENTS = Path(__file__).resolve().parents[2] / "fixtures" / "documents"


@pytest.mark.django_db
def test_on_the_seed_import_the_most_recent_source_sets_best_not_the_lowest_figure():
    documents = [
        DocumentInput(name=path.name, data=path.read_bytes(), meta=DocumentMeta())
        for path in sorted(SEED_DOCUMENTS.glob("*.txt"))
    ]
    outcomes = list(documents_import(documents))
    (incident,) = {outcome.incident for outcome in outcomes}
    encyclopedia = Source.objects.get(kind=SourceKind.ENCYCLOPEDIA)
    others = Source.objects.exclude(pk=encyclopedia.pk)
    CasualtyFigure.objects.filter(incident=incident).update(review_status=ReviewStatus.ACCEPTED)

    incident_estimate_refresh(incident=incident)
    incident.refresh_from_db()

    # No seed has a dateline; the encyclopedia mentions events of 2025, the others earlier ones.
    assert encyclopedia.published_after.year == 2025
    assert {s.published_on for s in others} == {None}
    assert all(
        s.published_after < encyclopedia.published_after for s in others if s.published_after
    )
    killed_there = CasualtyFigure.objects.filter(
        evidence__source=encyclopedia, kind=KILLED, subgroup=Subgroup.ALL
    ).values_list("value", flat=True)
    assert incident.killed_best == min(killed_there)
    assert incident.killed_best > incident.killed_low


def test_the_explanation_names_the_claim_the_subgroup_and_the_unreviewed_figure(crocus):
    cite_later(crocus, value=6, subgroup=Subgroup.CHILDREN)
    cite_later(crocus, value=999, review_status=ReviewStatus.PROPOSED)

    everything = incident_estimate_explanation(incident=crocus, statuses=ReviewStatus.values)
    accepted_only = incident_estimate_explanation(incident=crocus)

    reasons = {(item.figure.value, item.reason) for item in everything.killed.left_out}
    assert {(200, "perpetrator_claim"), (6, "subgroup"), (999, "not_accepted")} <= reasons
    assert 999 not in {item.figure.value for item in accepted_only.killed.left_out}
    killed_range = everything.killed.range
    assert (killed_range.low, killed_range.best, killed_range.high) == CROCUS_DERIVED[0]
    assert everything.killed.standing[0].source.id == crocus.sources["encyclopedia"].pk
