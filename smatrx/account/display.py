"""What the account page says about a linked sign-in method and a session. Pure: no Flask,
no database."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any

# An IPv6 address names a network down to about a site at /48; the rest is the host's.
IPV6_PREFIX = 48


def masked_ip(address: str | None) -> str | None:
    """An address with its host part hidden, enough to tell places apart and no more:
    "203.0.113.x", "2001:db8:1::/48". None for none or for text that is no address."""
    if not address:
        return None
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv4Address):
        return ".".join([*str(ip).split(".")[:3], "x"])
    network = ipaddress.IPv6Network((ip, IPV6_PREFIX), strict=False)
    return str(network)


def linked_as(provider: str, profile: Mapping[str, Any] | None) -> str | None:
    """Which of the person's identities a linked account is: GitHub's login; for the
    others the address they gave, else the name. None when the link stored neither."""
    if not profile:
        return None
    if provider == "github" and profile.get("login"):
        return str(profile["login"])
    for key in ("email", "login", "name"):
        if profile.get(key):
            return str(profile[key])
    return None
