"""The address of the person behind a request, for rate limits.

Behind the TLS proxy every request comes from the proxy's own address, so counting by
REMOTE_ADDR would put the whole public under one limit. Each proxy we run appends the address
it saw to X-Forwarded-For; with TRUSTED_PROXY_COUNT proxies in front of us, the entry that many
places from the right was written by our outermost proxy and names the client. Anything to its
left came from the client and is never believed.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's address as our outermost trusted proxy saw it, else the direct peer's."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if proxies and len(forwarded) >= proxies:
        try:
            return str(ipaddress.ip_address(forwarded[-proxies]))
        except ValueError:
            pass  # not written by our proxy after all: count the connection itself
    return request.META["REMOTE_ADDR"]
