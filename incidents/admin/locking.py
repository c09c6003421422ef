"""Optimistic locking for change forms and inlines: a stale save is refused, not applied."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect

from incidents.services.curation.locking import StaleVersionError, stale_message, version_claim


def _has_version(model) -> bool:
    return any(field.name == "version" for field in model._meta.concrete_fields)


class VersionedModelForm(forms.ModelForm):
    """Carries the version the curator loaded; refuses to validate if it is no longer current."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["seen_version"].initial = self.instance.version
            self.fields["seen_version"].required = True

    def clean(self) -> dict:
        cleaned = super().clean()
        seen = cleaned.get("seen_version")
        if self.instance.pk is not None and seen is not None and seen != self._stored_version():
            raise ValidationError(stale_message(self.instance), code="stale")
        return cleaned

    def _stored_version(self) -> int | None:
        stored = type(self.instance)._default_manager.filter(pk=self.instance.pk)
        return stored.values_list("version", flat=True).first()


class VersionLockedAdminMixin:
    """For a ModelAdmin (and its inlines) whose model has a `version` field.

    The form check gives a friendly message; the conditional UPDATE in save_model and
    save_formset is the guarantee (it also catches a race between check and save).
    """

    form = VersionedModelForm

    def get_exclude(self, request, obj=None):
        return [*(super().get_exclude(request, obj) or []), "version"]

    def save_model(self, request, obj, form, change) -> None:
        if change:
            version_claim(obj=obj, seen=form.cleaned_data["seen_version"])
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change) -> None:
        if _has_version(formset.model):
            for inline_form in formset.forms:
                if _is_versioned_edit(formset, inline_form):
                    version_claim(
                        obj=inline_form.instance, seen=inline_form.cleaned_data["seen_version"]
                    )
        super().save_formset(request, form, formset, change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleVersionError as error:
            # The atomic block of changeform_view has rolled everything back by now.
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


def _is_versioned_edit(formset, inline_form) -> bool:
    return (
        inline_form.instance.pk is not None
        and inline_form.has_changed()
        and "seen_version" in inline_form.cleaned_data
        and not formset._should_delete_form(inline_form)
    )


class VersionLockedInlineMixin:
    form = VersionedModelForm

    def get_exclude(self, request, obj=None):
        return [*(super().get_exclude(request, obj) or []), "version"]
