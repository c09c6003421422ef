"""factory-boy factories for every model; the seed documents are the other test fixture."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model

from incidents import models
from incidents.models import vocabularies as v


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("a-long-test-password")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Source

    title = factory.Sequence(lambda n: f"Report {n}")
    publisher = "Example News"
    url = factory.Sequence(lambda n: f"https://news.example.org/{n}")
    published_on = dt.date(2024, 3, 23)
    kind = v.SourceKind.NEWS_ARTICLE
    raw_text = factory.Sequence(lambda n: f"Report {n}: at least 40 people were killed.")
    cleaned_text = factory.SelfAttribute("raw_text")
    sha256 = factory.LazyAttribute(lambda s: models.content_sha256(s.raw_text))


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Actor
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Armed Group {n}")
    kind = v.ActorKind.ARMED_GROUP


class ActorAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ActorAlias

    actor = factory.SubFactory(ActorFactory)
    alias = factory.Sequence(lambda n: f"AG{n}")


class IncidentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Incident

    name = factory.Sequence(lambda n: f"Concert hall attack {n}")
    slug = factory.Sequence(lambda n: f"concert-hall-attack-{n}")
    start_date = dt.date(2024, 3, 22)
    city = "Krasnogorsk"
    region = "Moscow Oblast"
    country = "RU"
    venue = "Crocus City Hall"


class DatasetIncidentFactory(IncidentFactory):
    """An incident imported from a reference dataset, carrying that dataset's record id."""

    external_system = v.ExternalSystem.GTD
    external_id = factory.Sequence(lambda n: f"2024032200{n:02d}")


class IncidentPerpetratorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.IncidentPerpetrator

    incident = factory.SubFactory(IncidentFactory)
    actor = factory.SubFactory(ActorFactory)
    role = v.PerpetratorRole.CLAIMED


class IncidentRelationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.IncidentRelation

    from_incident = factory.SubFactory(IncidentFactory)
    to_incident = factory.SubFactory(IncidentFactory)
    kind = v.RelationKind.BACKGROUND


class IncidentAttackTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.IncidentAttackType

    incident = factory.SubFactory(IncidentFactory)
    code = v.AttackType.ARMED_ASSAULT


class IncidentWeaponTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.IncidentWeaponType

    incident = factory.SubFactory(IncidentFactory)
    code = v.WeaponType.FIREARMS


class IncidentTargetTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.IncidentTargetType

    incident = factory.SubFactory(IncidentFactory)
    code = v.TargetType.BUSINESS


class CasualtyFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.CasualtyFigure

    incident = factory.SubFactory(IncidentFactory)
    kind = v.FigureKind.KILLED
    value = 40
    qualifier = v.Qualifier.AT_LEAST
    reported_on = dt.date(2024, 3, 23)
    extractor = "tests"


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Statement

    incident = factory.SubFactory(IncidentFactory)
    speaker = factory.SubFactory(ActorFactory)
    kind = v.StatementKind.CLAIM
    channel = v.Channel.TELEGRAM
    made_on = dt.date(2024, 3, 22)
    text = "Our fighters attacked a large gathering."


class SuspectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Suspect

    incident = factory.SubFactory(IncidentFactory)
    full_name = factory.Sequence(lambda n: f"Suspect Number{n}ov")
    age = 32
    role = v.SuspectRole.ATTACKER


class SuspectNameVariantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SuspectNameVariant

    suspect = factory.SubFactory(SuspectFactory)
    name = factory.Sequence(lambda n: f"Variant {n}")


class SuspectCitizenshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SuspectCitizenship

    suspect = factory.SubFactory(SuspectFactory)
    country = "TJ"


class SuspectStatusEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SuspectStatusEvent

    suspect = factory.SubFactory(SuspectFactory)
    status = v.LegalStatus.DETAINED
    occurred_on = dt.date(2024, 3, 23)


class EvidenceFactory(factory.django.DjangoModelFactory):
    """Evidence quoting the first words of its source, attached to a new figure."""

    class Meta:
        model = models.Evidence

    source = factory.SubFactory(SourceFactory)
    figure = factory.SubFactory(CasualtyFigureFactory)
    start = 0
    end = factory.LazyAttribute(lambda e: min(len(e.source.cleaned_text), 20))
    quote = factory.LazyAttribute(lambda e: e.source.cleaned_text[e.start : e.end])


class RecordRemovalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.RecordRemoval

    model = "casualty-figures"
    object_id = factory.Sequence(lambda n: n + 1)
    reason = models.RemovalReason.REJECTED


class ImportJobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ImportJob

    origin = models.JobOrigin.FILES
    max_bytes = 5 * 1024 * 1024


class JobDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.JobDocument

    job = factory.SubFactory(ImportJobFactory)
    position = factory.Sequence(int)
    name = factory.Sequence(lambda n: f"report-{n}.txt")


class FeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Feed

    url = factory.Sequence(lambda n: f"https://news.example.org/feed-{n}.rss")


class FeedEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.FeedEntry

    feed = factory.SubFactory(FeedFactory)
    entry_id = factory.Sequence(lambda n: f"entry-{n}")
    url = factory.Sequence(lambda n: f"https://news.example.org/world/{n}.html")


# Reference-dataset rows kept verbatim (fidelity).
class DatasetRowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.DatasetRow

    incident = factory.SubFactory(DatasetIncidentFactory)
    system = factory.SelfAttribute("incident.external_system")
    external_id = factory.SelfAttribute("incident.external_id")
    cells = factory.LazyAttribute(lambda row: {"eventid": row.external_id})


class DatasetRowFlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.DatasetRowFlag

    row = factory.SubFactory(DatasetRowFactory)
    kind = models.FlagKind.TRUNCATED
    column_name = "city"
    reason = "city has 250 characters; kept the first 200"


# dataset-model: the sides of a UCDP event.
class IncidentSideFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.IncidentSide

    incident = factory.SubFactory(IncidentFactory)
    role = v.SideRole.SIDE_A
    kind = v.SideKind.NON_STATE
    actor = factory.SubFactory(ActorFactory)
    name = factory.LazyAttribute(lambda side: side.actor.name if side.actor else "Civilians")
