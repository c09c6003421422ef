"""Who may read what: everyone reads accepted facts; staff may also read the review queue."""

from django.conf import settings
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.throttling import AnonRateThrottle

from incidents.models.vocabularies import ReviewStatus

STATUS_PARAM = "status"
REVIEW_SCOPES: dict[str, tuple[str, ...]] = {
    "accepted": (ReviewStatus.ACCEPTED,),
    "proposed": (ReviewStatus.PROPOSED,),
    "rejected": (ReviewStatus.REJECTED,),
    "all": tuple(ReviewStatus.values),
}


class PublicReadOnly(BasePermission):
    """Anyone may read. Writes are refused earlier, with 405, by the views themselves."""

    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS


def review_statuses(request) -> tuple[str, ...]:
    """The review statuses a request may see: ?status= for staff, accepted for everyone else.

    A non-staff user asking for anything but accepted facts gets 400 rather than a silent
    fallback, so a script never mistakes the public data for the review queue.
    """
    scope = request.query_params.get(STATUS_PARAM, "accepted")
    if scope not in REVIEW_SCOPES:
        raise ValidationError(
            {STATUS_PARAM: f"status must be one of {', '.join(REVIEW_SCOPES)}, not {scope!r}."}
        )
    if scope != "accepted" and not request.user.is_staff:
        raise ValidationError(
            {STATUS_PARAM: "Only staff may ask for proposed or rejected facts; omit status."}
        )
    return REVIEW_SCOPES[scope]


class AnonymousRateThrottle(AnonRateThrottle):
    """Anonymous requests per IP, at settings.API_ANON_RATE (e.g. 1000/hour; empty: off).

    Counters live in the default cache: with several workers it must be a shared cache
    (REDIS_URL), or each worker counts alone.
    """

    def get_rate(self) -> str | None:
        return settings.API_ANON_RATE or None
