"""Importing documents from the admin: the same ingest service as `manage.py import_documents`.

A curator uploads files or pastes a text; the publisher, date and kind typed in the form
describe every document of the import, the title and URL the one document they can name.
The service checks and stores each document, extracts and proposes its facts, and the page
shows its summary with links to the new source and its proposed facts. With a broker
configured the documents are queued as an import job instead, and the job's page follows
them.
"""

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from incidents.documents.inputs import DocumentInput, DocumentMeta
from incidents.models import Incident, JobOrigin
from incidents.models.fact_types import REVIEWED_FACT_TYPES
from incidents.models.vocabularies import SourceKind
from incidents.services.ingestion.jobs import job_create, queue_runs_in_process

FORMATS_BY_SUFFIX = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None) -> list:
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)] if data else []


class DocumentImportForm(forms.Form):
    files = MultipleFileField(required=False, help_text="Text, HTML or Markdown files.")
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 10}), required=False, help_text="Or paste a text."
    )
    title = forms.CharField(
        max_length=500,
        required=False,
        help_text="The pasted text's title, or the file's when you upload one file alone.",
    )
    url = forms.URLField(
        max_length=2000,
        required=False,
        assume_scheme="https",
        help_text="Like the title: for the pasted text or a single file.",
    )
    publisher = forms.CharField(
        max_length=200, required=False, help_text="For every document of this import."
    )
    published = forms.DateField(
        required=False,
        help_text="YYYY-MM-DD, for every document of this import. Left empty, the date is "
        "read from the text's dateline where it has one.",
    )
    kind = forms.ChoiceField(
        choices=[("", "Read from the text"), *SourceKind.choices],
        required=False,
        help_text="For every document of this import. Read from the text, a document is a "
        "news article unless it looks like an encyclopedia page.",
    )
    incident = forms.IntegerField(
        required=False, help_text="Incident id to attach to, instead of matching one."
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        if not cleaned.get("files") and not cleaned.get("text", "").strip():
            raise forms.ValidationError("Choose one or more files, or paste a text.")
        if cleaned.get("text", "").strip() and not cleaned.get("title"):
            self.add_error("title", "A pasted text needs its title.")
        incident_id = cleaned.get("incident")
        if incident_id is not None:
            cleaned["incident"] = Incident.objects.filter(pk=incident_id).first()
            if cleaned["incident"] is None:
                self.add_error("incident", f"There is no incident {incident_id}.")
        return cleaned

    def documents(self) -> list[DocumentInput]:
        """The form's files and pasted text, as the ingest service reads documents."""
        limit = settings.DOCUMENT_MAX_BYTES
        pasted = self.cleaned_data["text"].strip()
        uploads = self.cleaned_data["files"]
        # The title and URL name one document: the pasted text, or a file uploaded alone.
        named_upload = len(uploads) == 1 and not pasted
        inputs = [
            # One byte past the limit is enough for the service to refuse an oversize file.
            DocumentInput(
                name=upload.name,
                data=upload.read(limit + 1),
                fmt=FORMATS_BY_SUFFIX.get(PurePath(upload.name).suffix.lower(), "text"),
                meta=self._meta(file_name=upload.name, named=named_upload),
            )
            for upload in uploads
        ]
        if pasted:
            data = self.cleaned_data
            inputs.append(
                DocumentInput(
                    name=data["title"],
                    data=data["text"].encode("utf-8"),
                    meta=self._meta(named=True),
                )
            )
        return inputs

    def _meta(self, *, named: bool, file_name: str = "") -> DocumentMeta:
        """What the curator typed about the documents: the one place uploads and paste share."""
        data = self.cleaned_data
        described = {
            "publisher": data["publisher"],
            "published": data["published"],
            "file_name": file_name,
            **({"kind": data["kind"]} if data["kind"] else {}),
        }
        if named:
            described.update(title=data["title"], url=data["url"])
        return DocumentMeta(**described)


def document_import_view(model_admin, request) -> TemplateResponse:
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    posted = request.method == "POST"
    form = DocumentImportForm(request.POST, request.FILES) if posted else DocumentImportForm()
    outcomes = []
    if posted and form.is_valid() and not queue_runs_in_process():
        return _queued_job_page(form, request)
    if posted and form.is_valid():
        # Imported on use: the ingest service imports spaCy, which would slow down every
        # process that loads the admin (every manage.py command) by a second or more.
        from incidents.services.documents.ingest import documents_import

        imported = documents_import(form.documents(), incident=form.cleaned_data["incident"])
        outcomes = [_outcome_row(outcome) for outcome in imported]
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Import documents",
        "opts": model_admin.model._meta,
        "form": form,
        "outcomes": outcomes,
    }
    return TemplateResponse(request, "admin/incidents/source/import_documents.html", context)


def _queued_job_page(form: DocumentImportForm, request) -> HttpResponseRedirect:
    documents = form.documents()
    job = job_create(
        origin=JobOrigin.UPLOAD,
        documents=documents,
        incident=form.cleaned_data["incident"],
        created_by=request.user,
        description=", ".join(d.name for d in documents),
    )
    return HttpResponseRedirect(reverse("admin:incidents_importjob_change", args=[job.pk]))


def _outcome_row(outcome) -> dict:
    source, incident = outcome.source, outcome.incident
    links = []
    if source is not None:
        links.append(("source", reverse("admin:incidents_source_change", args=[source.pk])))
        links += [
            (
                f"proposed {fact_type.model_name}s",
                reverse(f"admin:incidents_{fact_type.model_name}_changelist")
                + f"?source={source.pk}",
            )
            for fact_type in REVIEWED_FACT_TYPES
        ]
    if incident is not None:
        links.append(("incident", reverse("admin:incidents_incident_change", args=[incident.pk])))
    facts = ", ".join(f"{count} {kind}" for kind, count in sorted(outcome.facts.items()))
    return {"outcome": outcome, "facts": facts, "links": links}
