"""The certificates API for partners' systems: ``GET /api/v1/certificates/<token>``, with an OpenAPI schema
at ``/api/v1/openapi.json`` (django-ninja). It states what the public verification page states."""

from ninja import NinjaAPI, Schema, Status
from ninja.throttling import AnonRateThrottle

from .verification import VerificationFacts, certificate_by_token, verification_facts

api = NinjaAPI(
    title="SCORE Academy certificates",
    version="1",
    description="Verify a SCORE Training certificate by the token printed on it (and in its QR code).",
    urls_namespace="api_v1",
    docs_url=None,
    openapi_url="/openapi.json",
    throttle=[AnonRateThrottle("60/m")],
)


class NotFound(Schema):
    detail: str


@api.get(
    "/certificates/{token}",
    response={200: VerificationFacts, 404: NotFound},
    summary="Verify a certificate",
    description="status is one of valid, suspended, revoked, expired, superseded.",
)
def certificate_get(request, token: str):
    certificate = certificate_by_token(token=token)
    if certificate is None:
        return Status(404, {"detail": "Not found."})
    return Status(200, verification_facts(certificate))
