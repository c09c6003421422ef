import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from incidents.documents.extracting import extract_documents
from incidents.documents.files import DocumentPathError, document_paths, documents_read


class Command(BaseCommand):
    help = "Print the facts extracted from documents as JSON; writes nothing to the database."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE")
        parser.add_argument("--format", choices=["json"], default="json")
        parser.add_argument("--indent", type=int, default=2)

    def handle(self, *args, **options):
        try:
            paths = document_paths(options["paths"])
        except DocumentPathError as error:
            raise CommandError(str(error)) from None
        max_bytes = settings.DOCUMENT_MAX_BYTES
        documents = documents_read(paths, sys.stdin.buffer, max_bytes=max_bytes)
        extracted = extract_documents(documents, max_bytes=max_bytes)
        if rejected := next((e for e in extracted if e.rejection), None):
            raise CommandError(rejected.rejection)
        results = [e.extraction.as_json() for e in extracted]
        shown = results[0] if len(results) == 1 else results
        self.stdout.write(json.dumps(shown, indent=options["indent"], ensure_ascii=False))
