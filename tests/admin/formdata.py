"""The POST data a browser would send for an admin change form, read from the rendered form."""


def _bound_values(form, data: dict) -> None:
    for name in form.fields:
        value = form[name].value()
        if value is not None and value is not False:
            data[form.add_prefix(name)] = getattr(value, "pk", value)


def change_form_data(client, url: str, **changes) -> dict:
    """Also serves the history page's "revert to this version" form, which has no inlines."""
    context = client.get(url).context
    data: dict = {}
    _bound_values(context["adminform"].form, data)
    for inline in context.get("inline_admin_formsets", ()):
        _bound_values(inline.formset.management_form, data)
        for inline_form in inline.formset.forms:
            _bound_values(inline_form, data)
    data.update(changes)
    return data
