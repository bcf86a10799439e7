"""The certificates API for partners' systems: ``GET /api/v1/certificates/<token>``, with an OpenAPI schema
at ``/api/v1/openapi.json`` (django-ninja). It states what the public verification page states. The schema
documents every answer the API gives (200, 400, 404, 429), which schemathesis checks in CI."""

from django.conf import settings
from django.urls import register_converter
from ninja import NinjaAPI, P, PathEx, Schema, Status
from ninja.errors import ValidationError
from ninja.throttling import AnonRateThrottle

from accounts.api import rate_limit_key

from .verification import VerificationFacts, certificate_by_token, verification_facts

# Tokens are URL-safe base64 (certificates.certificate_token_new); certificate_by_token reads at most 64.
TOKEN_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
# Answers for machines, in English like the rest of the API; the facts carry both languages' labels.
NOT_FOUND = "Not found."
BAD_TOKEN = "Not a certificate token: a token is 1 to 64 letters, digits, '-' or '_'."
TOO_MANY = "Too many requests."  # ninja's own wording for its Throttled error, which answers the 429


class AnyTextConverter:
    """Everything after ``certificates/``, slashes and line breaks included (Django's ``path`` stops at a
    line break): whatever is sent as a token reaches the API, which answers 400 in JSON, not the site's
    HTML 404."""

    regex = r"[\s\S]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(AnyTextConverter, "any_text")


class ClientAddressThrottle(AnonRateThrottle):
    """ninja's per-address limit, counting by the site's one client address (accounts.client_address):
    ninja's own would believe any X-Forwarded-For a client sends."""

    def get_ident(self, request) -> str:
        return rate_limit_key(request)


api = NinjaAPI(
    title="SCORE Academy certificates",
    version="1",
    description="Verify a SCORE Training certificate by the token printed on it (and in its QR code).",
    urls_namespace="api_v1",
    docs_url=None,
    openapi_url="/openapi.json",
    throttle=[ClientAddressThrottle(settings.SCORE_API_RATE_LIMIT)],
)


class Detail(Schema):
    detail: str


@api.exception_handler(ValidationError)
def bad_request(request, exc):
    # The token is the API's only input; ninja would answer 422 with pydantic's error list.
    return api.create_response(request, {"detail": BAD_TOKEN}, status=400)


@api.get(
    "/certificates/{any_text:token}",
    response={200: VerificationFacts, 400: Detail, 404: Detail, 429: Detail},
    summary="Verify a certificate",
    description=(
        "status is one of valid, suspended, revoked, expired, superseded. "
        f"400: not a token ({BAD_TOKEN!r}); 404: no certificate has this token; "
        "429: too many look-ups from this address, try again after Retry-After seconds."
    ),
    openapi_extra={
        "responses": {
            429: {
                "headers": {
                    "Retry-After": {
                        "description": "Seconds to wait before the next look-up.",
                        "schema": {"type": "integer", "minimum": 0},
                    }
                }
            }
        }
    },
)
def certificate_get(
    request, token: PathEx[str, P(pattern=TOKEN_PATTERN, description="The verification token.")]
):
    certificate = certificate_by_token(token=token)
    if certificate is None:
        return Status(404, {"detail": NOT_FOUND})
    return Status(200, verification_facts(certificate))
