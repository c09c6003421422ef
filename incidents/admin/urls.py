"""The admin pages that are not a model's: the start page and the review queue.

Mounted at /admin/ ahead of the admin site's own URLs, so the start page takes the place
of Django's index and every page stays behind the admin's login.
"""

from django.contrib import admin
from django.urls import path

from incidents.admin.queue import review_decide_view, review_queue_view
from incidents.admin.start import start_page

urlpatterns = [
    path("", admin.site.admin_view(start_page), name="incidents_start"),
    path("review/", admin.site.admin_view(review_queue_view), name="incidents_review_queue"),
    path(
        "review/decide/",
        admin.site.admin_view(review_decide_view),
        name="incidents_review_decide",
    ),
]
