import io
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from incidents import models
from incidents.services.documents import proposals
from tests.factories import IncidentFactory

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "documents"
ARTICLE = "Gunmen opened fire at a market in Exampleville on 3 May 2023, killing 12 people.\n"

pytestmark = pytest.mark.django_db


def run(*args, stdin: bytes = b"") -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin_stream = io.TextIOWrapper(io.BytesIO(stdin))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", stdin_stream)
        call_command("import_documents", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def table_sizes() -> dict[str, int]:
    tracked = [
        models.Source,
        models.Incident,
        models.Actor,
        models.CasualtyFigure,
        models.Statement,
        models.Suspect,
        models.SuspectStatusEvent,
        models.Evidence,
    ]
    return {model.__name__: model.objects.count() for model in tracked}


@pytest.fixture
def seeds(tmp_path) -> Path:
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    return copy


def test_it_imports_the_seeds_into_one_incident_with_quoted_facts(seeds):
    out, _ = run(seeds)

    assert "Documents: 5 imported, 0 skipped, 0 failed." in out
    assert models.Source.objects.count() == 5
    incident = models.Incident.objects.get()
    assert (incident.start_date.isoformat(), incident.country) == ("2024-03-22", "RU")
    assert incident.casualty_figures.filter(kind="killed").exists()
    assert incident.statements.exists()
    assert incident.suspects.exists()
    for evidence in models.Evidence.objects.select_related("source"):
        assert evidence.quote == evidence.source.cleaned_text[evidence.start : evidence.end]
    assert not models.CasualtyFigure.objects.exclude(review_status="proposed").exists()


def test_it_adds_nothing_on_a_second_import(seeds):
    run(seeds)
    before = table_sizes()

    out, _ = run(seeds)

    assert table_sizes() == before
    assert "Documents: 0 imported, 5 skipped, 0 failed." in out
    assert out.count("is already imported") == 5


def test_a_dry_run_reports_facts_and_writes_nothing(seeds):
    out, _ = run(seeds / "001_0ad943342ae21be7.txt", "--dry-run")

    assert "1 extracted (dry run)" in out
    assert "figure: killed" in out
    assert set(table_sizes().values()) == {0}


def test_it_attaches_documents_to_the_incident_named(tmp_path):
    incident = IncidentFactory(slug="market-attack")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)

    run(article, "--incident", "market-attack")

    assert models.Incident.objects.get() == incident
    assert incident.casualty_figures.get().value == 12


def test_it_refuses_an_unknown_incident_slug(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)

    with pytest.raises(CommandError, match="--incident nowhere: no incident has this slug"):
        run(article, "--incident", "nowhere")


def test_it_reads_standard_input():
    out, _ = run("-", stdin=ARTICLE.encode())

    assert "<stdin>: imported" in out
    assert models.Source.objects.get().file_name == "<stdin>"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "is a PNG image"),
        (b"\x81\x8d\x8f\x90\x9d" * 40, "is not valid UTF-8 and its encoding cannot be recognised"),
        (b"killed " * 2000, "is larger than the 10,000 bytes limit"),
    ],
)
def test_a_bad_file_is_reported_and_the_others_still_import(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text(ARTICLE)

    err = io.StringIO()

    with pytest.raises(CommandError, match="1 of 2 documents failed"):
        call_command(
            "import_documents",
            str(tmp_path),
            "--max-bytes",
            "10000",
            stdout=io.StringIO(),
            stderr=err,
        )

    assert f"bad.txt {reason}" in err.getvalue()
    assert models.Source.objects.get().file_name == "good.txt"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("missing.txt", "missing.txt: no such file or directory"),
        ("empty-dir", "the directory holds no .txt, .md or .html documents"),
        ("*.nothing", "no file matches this pattern"),
    ],
)
def test_it_refuses_paths_that_name_no_document(tmp_path, monkeypatch, path, message):
    (tmp_path / "empty-dir").mkdir()
    monkeypatch.chdir(tmp_path)

    with pytest.raises(CommandError, match=message):
        run(path)

    assert set(table_sizes().values()) == {0}


def test_a_failing_document_is_rolled_back_alone(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("12 people", "14 people"))
    real = proposals.facts_propose

    def fail_on_b(*, extraction, source, incident):
        if source.file_name == "b.txt":
            raise RuntimeError("disk full")
        return real(extraction=extraction, source=source, incident=incident)

    monkeypatch.setattr("incidents.services.documents.ingest.facts_propose", fail_on_b)
    err = io.StringIO()

    with pytest.raises(CommandError, match="1 of 2 documents failed"):
        call_command("import_documents", str(tmp_path), stdout=io.StringIO(), stderr=err)

    assert "b.txt failed: RuntimeError: disk full" in err.getvalue()
    assert list(models.Source.objects.values_list("file_name", flat=True)) == ["a.txt"]
    assert models.CasualtyFigure.objects.get().value == 12


def test_it_imports_html_through_the_html_cleaner(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Market attack</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Market attack</h1><p>{ARTICLE}</p></article>"
        "<footer>Copyright 2023 Example News</footer></body></html>"
    )

    run(page)

    source = models.Source.objects.get()
    assert "killing 12 people" in source.cleaned_text
    assert "Copyright" not in source.cleaned_text
