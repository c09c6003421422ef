"""History pages that read like the change forms: labels, not stored codes.

django-simple-history lists each change as stored: `proposed -> accepted`, `more_than`,
`True`, and a foreign key that was empty as "Deleted user (pk=None)". Rows written outside
a request (imports, commands, workers: nobody to record) show "None" as their author. This
admin shows the choice labels, yes/no, "—" for empty, and says who wrote an unsigned row.
"""

import dataclasses
import datetime as dt
from typing import Any

from django.db.models import Model
from django.utils import formats, timezone
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject, HistoricalChanges, ModelChange, ModelDelta
from simple_history.template_utils import HistoricalRecordContextHelper

EMPTY = "—"
# History rows with no user are written outside a request: the document imports (command,
# upload queue, feeds, workers) and the dataset imports. Requests always record their user.
SYSTEM_AUTHOR = "system (import)"
# Bookkeeping every save changes (the lock's counter, the timestamp): not a curator's edit.
BOOKKEEPING_FIELDS = {"version", "updated_at"}


class LabelledHistoryAdmin(SimpleHistoryAdmin):
    """A SimpleHistoryAdmin whose history page shows labels and names every author."""

    object_history_list_template = "admin/incidents/history_list.html"

    def get_historical_record_context_helper(
        self, request, historical_record: HistoricalChanges
    ) -> HistoricalRecordContextHelper:
        return LabelledRecordContextHelper(self.model, historical_record)

    def history_view(self, request, object_id, extra_context=None):
        context = {**(extra_context or {}), "system_author": SYSTEM_AUTHOR}
        return super().history_view(request, object_id, extra_context=context)


class LabelledRecordContextHelper(HistoricalRecordContextHelper):
    """Each changed value as the change form would show it; bookkeeping left out."""

    def context_for_delta_changes(self, delta: ModelDelta) -> list[dict[str, Any]]:
        shown = [change for change in delta.changes if change.field not in BOOKKEEPING_FIELDS]
        return super().context_for_delta_changes(dataclasses.replace(delta, changes=shown))

    def prepare_delta_change_value(self, change: ModelChange, value: Any) -> Any:
        value = super().prepare_delta_change_value(change, value)
        return value_label(self.model, change.field, value)


def value_label(model: type[Model], field_name: str, value: Any) -> Any:
    """A stored value as a curator reads it: a choice's label, yes/no, or "—" for nothing."""
    if isinstance(value, DeletedObject):
        # An empty foreign key, or one whose record is gone; simple-history says "pk=None".
        return (
            EMPTY if value.pk is None else f"deleted {value.model._meta.verbose_name} #{value.pk}"
        )
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return formats.localize(timezone.localtime(value) if timezone.is_aware(value) else value)
    if isinstance(value, dt.date):
        return formats.localize(value)
    field = model._meta.get_field(field_name)
    if not field.choices or isinstance(value, list):
        return value
    return dict(field.flatchoices).get(value, value)
