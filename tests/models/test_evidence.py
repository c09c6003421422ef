"""The evidence offset rule: a quote is exactly cleaned_text[start:end] of its source."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from incidents.models import Evidence
from tests import factories

# Non-ASCII before the quote: offsets count characters, not UTF-8 bytes, on both databases.
TEXT = (
    "Krasnogorsk — «Crocus City Hall»: the attack on March 22 killed at least 40 and wounded "
    "more than 100, TASS claimed, citing the FSB."
)
QUOTE = "killed at least 40"


@pytest.fixture
def source(db):
    return factories.SourceFactory(raw_text=TEXT)


def span_of(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


FACTS = {
    "figure": lambda: {"figure": factories.CasualtyFigureFactory()},
    "statement": lambda: {"statement": factories.StatementFactory()},
    "suspect": lambda: {"suspect": factories.SuspectFactory()},
    "status event": lambda: {"status_event": factories.SuspectStatusEventFactory()},
    "incident attribute": lambda: {
        "incident": factories.IncidentFactory(),
        "attribute": "start_date",
    },
}


@pytest.mark.parametrize("fact", FACTS.values(), ids=list(FACTS))
def test_it_builds_evidence_from_a_span_for_every_kind_of_fact(source, fact):
    evidence = Evidence.for_span(source, *span_of(QUOTE), **fact())
    evidence.full_clean()
    evidence.save()

    stored = Evidence.objects.get(pk=evidence.pk)
    assert stored.quote == QUOTE
    assert stored.source.cleaned_text[stored.start : stored.end] == stored.quote


WRONG_QUOTES = {
    "another passage": ("wounded more than 100", span_of(QUOTE)),
    "shifted by one character": (QUOTE, tuple(i + 1 for i in span_of(QUOTE))),
    "a different case": (QUOTE.upper(), span_of(QUOTE)),
}


@pytest.mark.parametrize(("quote", "span"), WRONG_QUOTES.values(), ids=list(WRONG_QUOTES))
def test_it_refuses_to_save_a_quote_that_does_not_match_its_offsets(source, quote, span):
    figure = factories.CasualtyFigureFactory()
    evidence = Evidence(source=source, quote=quote, start=span[0], end=span[1], figure=figure)

    with pytest.raises(ValidationError, match="does not match the source text"):
        evidence.save()
    assert not Evidence.objects.exists()


def test_it_refuses_offsets_past_the_end_of_the_text(source):
    figure = factories.CasualtyFigureFactory()
    span = (len(TEXT) + 5, len(TEXT) + 23)
    evidence = Evidence(source=source, quote=QUOTE, start=span[0], end=span[1], figure=figure)

    with pytest.raises(ValidationError, match="is not a span of the"):
        evidence.save()
    assert not Evidence.objects.exists()


def test_it_reports_a_wrong_quote_on_the_quote_field(source):
    start, end = span_of(QUOTE)
    evidence = Evidence(
        source=source,
        quote="killed at least 41",
        start=start,
        end=end,
        figure=factories.CasualtyFigureFactory(),
    )

    with pytest.raises(ValidationError) as refused:
        evidence.full_clean()
    assert f"{start}:{end}" in refused.value.message_dict["quote"][0]


def test_it_refuses_an_empty_span(source):
    figure = factories.CasualtyFigureFactory()

    with pytest.raises(IntegrityError, match="evidence_span_nonempty"), transaction.atomic():
        Evidence.objects.bulk_create([Evidence.for_span(source, 10, 10, figure=figure)])


def test_save_refuses_an_empty_span_before_the_database_does(source):
    figure = factories.CasualtyFigureFactory()

    with pytest.raises(ValidationError, match="10:10 is not a span"):
        Evidence.for_span(source, 10, 10, figure=figure).save()


def test_it_refuses_evidence_that_backs_no_fact(source):
    with pytest.raises(IntegrityError, match="evidence_has_exactly_one_fact"), transaction.atomic():
        Evidence.for_span(source, *span_of(QUOTE)).save()


def test_it_refuses_an_end_offset_past_the_text(source):
    figure = factories.CasualtyFigureFactory()
    start, _ = span_of("FSB.")

    with pytest.raises(ValidationError):
        Evidence.for_span(source, start, len(TEXT) + 50, figure=figure).full_clean()
