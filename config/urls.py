from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    # The start page and the review queue, ahead of the admin site's own pages.
    path("admin/", include("incidents.admin.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("incidents.api.urls")),
]

handler404 = "incidents.api.views.not_found"
