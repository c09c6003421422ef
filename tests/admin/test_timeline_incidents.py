"""The timeline of real incidents: factory data with dated and undated figures, and the seeds."""

import datetime as dt
import math
import xml.etree.ElementTree as ET

import pytest

from incidents.admin.timeline import estimate_bands, timeline_points, timeline_svg
from incidents.admin.timeline_layout import MARK_SIZE
from incidents.models import CasualtyFigure, Source
from incidents.models.vocabularies import FigureKind, ReviewStatus, Subgroup
from incidents.selectors.timeline import incident_dated_figures
from tests import factories
from tests.admin.seeds import seeds_imported

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


def chart(incident, *, include_proposed=True) -> ET.Element:
    figures = incident_dated_figures(incident=incident, include_proposed=include_proposed)
    return ET.fromstring(timeline_svg(timeline_points(figures), estimate_bands(incident)))


def marks(svg: ET.Element) -> list[ET.Element]:
    return [e for e in svg.iter() if e.get("class") == "point"]


def tooltip(mark: ET.Element) -> str:
    return mark.find(f"{SVG}title").text


def centre(mark: ET.Element) -> tuple[float, float]:
    if mark.tag == f"{SVG}circle":
        return float(mark.get("cx")), float(mark.get("cy"))
    return float(mark.get("x")) + 4, float(mark.get("y")) + 4


def undated_strip_right(svg: ET.Element) -> float:
    strip = next(e for e in svg.iter() if e.get("class") == "undated-strip")
    return float(strip.get("x")) + float(strip.get("width"))


def cited(incident, source, **fields) -> CasualtyFigure:
    figure = factories.CasualtyFigureFactory(incident=incident, **fields)
    factories.EvidenceFactory(source=source, figure=figure)
    return figure


@pytest.fixture
def mixed_incident():
    """Figures dated by their report, by their source, by "as of", and not at all."""
    incident = factories.IncidentFactory()
    tass = factories.SourceFactory(title="TASS report", published_on=dt.date(2024, 3, 22))
    wiki = factories.SourceFactory(
        title="Encyclopedia", published_on=None, published_after=dt.date(2025, 12, 1)
    )
    cited(incident, tass, value=40, reported_on=None)
    cited(incident, tass, value=60, reported_on=dt.date(2024, 3, 23))
    cited(incident, wiki, value=145, reported_on=None, qualifier="exact")
    cited(incident, wiki, value=20, reported_on=None, as_of=dt.date(2024, 3, 25))
    cited(incident, wiki, value=6, reported_on=None, subgroup=Subgroup.CHILDREN)
    factories.CasualtyFigureFactory(incident=incident, value=1, review_status=ReviewStatus.REJECTED)
    return incident


def test_each_figure_is_dated_by_its_report_its_source_or_as_of_else_undated(mixed_incident):
    figures = incident_dated_figures(incident=mixed_incident, include_proposed=True)

    found = sorted((f.value, f.reported_on, f.dated_by) for f in figures)
    assert found == [
        (20, dt.date(2024, 3, 25), "as of"),
        (40, dt.date(2024, 3, 22), "published"),
        (60, dt.date(2024, 3, 23), "reported"),
        (145, None, ""),
    ]


def test_on_factory_data_dated_figures_are_on_the_axis_and_undated_ones_apart(mixed_incident):
    svg = chart(mixed_incident)

    by_value = {m.get("data-value"): m for m in marks(svg)}
    strip_right = undated_strip_right(svg)
    assert centre(by_value["145"])[0] < strip_right
    assert all(centre(by_value[v])[0] > strip_right for v in ("20", "40", "60"))
    assert tooltip(by_value["145"]) == (
        "145 killed (proposed)\nEncyclopedia\nundated (written on or after 2025-12-01)"
    )
    assert (
        tooltip(by_value["40"])
        == "At least 40 killed (proposed)\nTASS report\npublished 2024-03-22"
    )
    # The children's figure is a part, not a total; the rejected one is not plotted.
    assert "6" not in by_value
    assert "1" not in by_value


def test_accepted_figures_only_unless_proposed_ones_are_asked_for(mixed_incident):
    CasualtyFigure.objects.filter(value=60).update(review_status=ReviewStatus.ACCEPTED)

    assert [m.get("data-value") for m in marks(chart(mixed_incident, include_proposed=False))] == [
        "60"
    ]


@pytest.fixture(scope="module")
def seed_incident(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), seeds_imported() as incident:
        yield incident


def test_on_the_seeds_every_figure_is_undated_and_every_source_named_in_full(seed_incident):
    svg = chart(seed_incident)

    plotted = marks(svg)
    whole_incident = CasualtyFigure.objects.filter(
        incident=seed_incident, kind__in=[FigureKind.KILLED, FigureKind.INJURED], subgroup=""
    )
    assert len(plotted) == whole_incident.count() > 20
    assert all(centre(m)[0] < undated_strip_right(svg) for m in plotted)
    assert any("No figure is dated" in (t.text or "") for t in svg.iter(f"{SVG}text"))
    legend = [
        " ".join(t.text for t in entry if t.get("class") == "legend")
        for entry in svg.iter()
        if entry.get("class") == "legend-entry"
    ]
    assert sorted(legend) == sorted(Source.objects.values_list("title", flat=True))
    assert any(tooltip(m).startswith("At least 137 killed (proposed)") for m in plotted)


def test_on_the_seeds_no_mark_hides_another_unless_counted(seed_incident):
    svg = chart(seed_incident)

    centres = [centre(m) for m in marks(svg)]
    counts = [
        (float(t.get("x")), float(t.get("y")))
        for t in svg.iter(f"{SVG}text")
        if t.get("class") == "crowd"
    ]
    for index, (x, y) in enumerate(centres):
        others = centres[:index] + centres[index + 1 :]
        if any(math.hypot(x - ox, y - oy) < MARK_SIZE - 1 for ox, oy in others):
            assert any(abs(cx - x) < 12 and abs(cy - y) < 12 for cx, cy in counts)


def test_on_the_seeds_dating_the_sources_moves_their_figures_onto_the_time_axis(seed_incident):
    days = iter([dt.date(2024, 3, 22), dt.date(2024, 3, 23), dt.date(2024, 3, 24)])
    for source in Source.objects.exclude(kind="encyclopedia").order_by("pk")[:3]:
        source.published_on = next(days)
        source.save()

    svg = chart(seed_incident)

    dated = [m for m in marks(svg) if centre(m)[0] > undated_strip_right(svg)]
    assert len(dated) > 5
    labels = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "date-label"]
    assert labels == ["22 Mar 2024", "23 Mar", "24 Mar"]
    assert all("published 2024-03-2" in tooltip(m) for m in dated)
