"""Fetching: one URL's body over HTTP(S), guarded against reaching what it should not.

A URL names a page or a feed on the public web. Anything else a crafted URL (or a redirect) could
reach is refused: schemes other than http and https, and hosts that resolve to private, loopback,
link-local, multicast, reserved or unspecified addresses (the cloud metadata service at
169.254.169.254, a database on 127.0.0.1, the office network), unless `allow_private` is given.
Every address a name resolves to is checked, the connection goes to a checked address (so a second
lookup cannot answer differently), and each redirect is checked the same way before it is followed.
Responses are held to a size cap and a deadline. Failures raise InputError naming the URL.
"""

from __future__ import annotations

import codecs
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import urljoin, urlsplit

from incidex.errors import InputError, TooLarge
from incidex.ingest.decode import check_binary, decode_text

TIMEOUT = 10.0  # seconds a connection, or a wait for the next bytes, may take
_DEADLINE_FACTOR = 3  # a whole fetch, redirects included, gets 3 × TIMEOUT: no endless trickle
_MAX_REDIRECTS = 5  # browsers allow about 20; news sites need one or two (http → https, www.)
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 1 << 16
_SCHEMES = {"http": 80, "https": 443}
_HEADERS = {
    "User-Agent": "incidex/0.1 (news incident database)",
    "Accept": "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, "
    "text/plain;q=0.8, */*;q=0.1",
    "Accept-Encoding": "identity",  # no compressed bodies: the size cap counts what is read
}
_ALLOW_HINT = "incidex fetches only public addresses; pass --allow-private to fetch it"


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """A fetched body: the URL it came from (after redirects) and what the server said it is."""

    url: str
    body: bytes
    content_type: str | None = None  # the Content-Type header: "text/html; charset=utf-8"

    @property
    def media_type(self) -> str | None:
        """The content type without parameters, lower case ("text/html"), or None."""
        return self._header().get_content_type() if self.content_type else None

    @property
    def charset(self) -> str | None:
        """The charset the content type names, or None."""
        charset = self._header().get_param("charset")
        return charset if isinstance(charset, str) else None

    def _header(self) -> Message:
        header = Message()
        header["Content-Type"] = self.content_type or ""
        return header

    def text(self) -> str:
        """The body as text, in its declared charset (UTF-8 when none is declared); raises
        BinaryInput, EncodingError or EmptyInput as decode_text does."""
        try:
            codec = codecs.lookup(self.charset).name if self.charset else "utf-8"
        except LookupError:
            codec = "utf-8"  # an unknown charset name: UTF-8 is the web's default
        data = self.body
        if codec != "utf-8":
            if not codec.startswith(("utf-16", "utf-32")):  # their text holds NUL bytes
                check_binary(data)
            data = data.decode(codec, "replace").encode("utf-8")
        return decode_text(data, limit=len(data))


def fetch(
    url: str, *, cap: int, cap_setting: str, allow_private: bool = False, timeout: float = TIMEOUT
) -> Fetched:
    """The body at `url`, following up to 5 redirects; raises InputError ("cannot fetch URL: …")
    for a refused scheme or address, a network or HTTP error, or TooLarge past `cap` bytes
    (`cap_setting` says where the cap comes from)."""
    deadline = time.monotonic() + timeout * _DEADLINE_FACTOR
    current = url
    for _ in range(_MAX_REDIRECTS + 1):
        if time.monotonic() > deadline:
            raise InputError(f"cannot fetch {url}: it took too long (redirected to {current})")
        connection, response = _get(current, allow_private=allow_private, timeout=timeout)
        try:
            location = response.getheader("Location")
            if response.status in _REDIRECTS and location:
                current = urljoin(current, location.strip())
                continue
            body = _body(current, response, cap=cap, cap_setting=cap_setting, deadline=deadline)
            return Fetched(url=current, body=body, content_type=response.getheader("Content-Type"))
        finally:
            response.close()  # the response holds the socket when the server closes it after
            connection.close()
    raise InputError(f"cannot fetch {url}: more than {_MAX_REDIRECTS} redirects")


def _body(
    url: str, response: http.client.HTTPResponse, *, cap: int, cap_setting: str, deadline: float
) -> bytes:
    """The body of a 200 response; raises InputError for any other status, TooLarge as soon as
    the body passes `cap` bytes."""
    if response.status != 200:
        not_a_page = "" if response.status >= 300 else ", not a page"  # 204 No Content
        raise InputError(
            f"cannot fetch {url}: the server answered HTTP {_status(response)}{not_a_page}"
        )
    too_large = TooLarge(
        f"cannot fetch {url}: the response is over the {cap:,}-byte limit ({cap_setting}); "
        "raise max_text_bytes to fetch it"
    )
    length_header = response.getheader("Content-Length", "").strip()
    length = int(length_header) if length_header.isdigit() else None
    if length is not None and length > cap:
        raise too_large  # refused before a byte of the body is read
    data = bytearray()
    try:
        while chunk := response.read1(_CHUNK):  # what has arrived: a trickle meets the deadline
            data += chunk
            if len(data) > cap:
                raise too_large
            if time.monotonic() > deadline:
                raise InputError(f"cannot fetch {url}: the response took too long to arrive")
    except (OSError, http.client.HTTPException) as exc:
        raise InputError(f"cannot fetch {url}: {_network_error(exc)}") from exc
    if length is not None and len(data) < length:  # read1 ends quietly where the server hung up
        raise InputError(
            f"cannot fetch {url}: the answer ended early (after {len(data)} of {length} bytes)"
        )
    return bytes(data)


def _get(
    url: str, *, allow_private: bool, timeout: float
) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    """The open connection and the response to a GET of `url` from a checked address; raises
    InputError naming `url`."""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in _SCHEMES:
            raise InputError(
                f"cannot fetch {url}: the scheme {scheme or '(none)'} is not fetched; "
                "incidex fetches http and https URLs only"
            )
        port = parts.port or _SCHEMES[scheme]
    except ValueError as exc:  # "http://host:99999/", "http://[::1/"
        raise InputError(f"cannot fetch {url}: the URL is not valid ({exc})") from exc
    host = parts.hostname
    if not host:
        raise InputError(f"cannot fetch {url}: the URL names no host")
    addresses = _addresses(url, host, port, allow_private=allow_private, timeout=timeout)
    path = parts.path or "/"
    target = f"{path}?{parts.query}" if parts.query else path
    tls = ssl.create_default_context() if scheme == "https" else None
    connection = _Connection(host, port, addresses=addresses, timeout=timeout, tls=tls)
    try:
        connection.request("GET", target, headers=_HEADERS)
        return connection, connection.getresponse()
    except (OSError, http.client.HTTPException) as exc:
        connection.close()
        raise InputError(f"cannot fetch {url}: {_network_error(exc)}") from exc


def _addresses(url: str, host: str, port: int, *, allow_private: bool, timeout: float) -> list[str]:
    """The addresses `host` resolves to; raises InputError when it does not resolve (within
    `timeout` seconds), or when any of them is not public and `allow_private` is False."""
    try:
        infos = _resolve(host, port, timeout)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"cannot fetch {url}: the host {host} does not resolve ({exc})") from exc
    except TimeoutError as exc:
        raise InputError(
            f"cannot fetch {url}: the host {host} did not resolve within {timeout:g} s"
        ) from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if allow_private:
        return addresses
    for address in addresses:
        kind = _not_public(ipaddress.ip_address(address.split("%", 1)[0]))  # "fe80::1%eth0"
        if kind:
            shown = host if host == address else f"{host}, which resolves to {address},"
            raise InputError(f"cannot fetch {url}: {shown} is {kind} address; {_ALLOW_HINT}")
    return addresses


def _resolve(host: str, port: int, timeout: float) -> list[Any]:
    """getaddrinfo with a deadline: the resolver has none of its own that we can set, so it runs
    in a daemon thread that is abandoned (not waited for) when it takes too long."""
    found: list[Any] = []
    failed: list[BaseException] = []

    def lookup() -> None:
        try:
            found.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except BaseException as exc:  # handed to the caller's thread below
            failed.append(exc)

    worker = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError(host)
    if failed:
        raise failed[0]
    return found


def _not_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What kind of non-public address `ip` is ("a loopback"), or None for a public one."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:  # "::ffff:127.0.0.1"
        ip = ip.ipv4_mapped
    kinds = [
        (ip.is_unspecified, "an unspecified"),
        (ip.is_loopback, "a loopback"),
        (ip.is_link_local, "a link-local"),
        (ip.is_multicast, "a multicast"),
        (ip.is_reserved, "a reserved"),  # before private, which includes 240.0.0.0/4 too
        (ip.is_private, "a private"),
        (not ip.is_global, "a non-public"),  # e.g. 100.64.0.0/10, shared by carriers' NAT
    ]
    return next((kind for test, kind in kinds if test), None)


class _Connection(http.client.HTTPConnection):
    """An HTTP(S) connection to `host` that connects only to the `addresses` already checked,
    trying them in order, and speaks TLS (verifying `host`'s certificate) when `tls` is given."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        addresses: list[str],
        timeout: float,
        tls: ssl.SSLContext | None,
    ) -> None:
        super().__init__(host, port, timeout=timeout)
        self.default_port = 443 if tls else 80  # the Host header leaves out the default port
        self._addresses = addresses
        self._tls = tls

    def connect(self) -> None:
        error: OSError = ConnectionError("no address to connect to")
        for address in self._addresses:
            try:
                sock = socket.create_connection((address, self.port), self.timeout)
                break
            except OSError as exc:
                error = exc
        else:
            raise error
        self.sock = self._tls.wrap_socket(sock, server_hostname=self.host) if self._tls else sock


def _status(response: http.client.HTTPResponse) -> str:
    return f"{response.status} {response.reason}".strip()


def _network_error(exc: Exception) -> str:
    """What went wrong on the network, in words."""
    if isinstance(exc, TimeoutError):
        return "no answer in time (timed out)"
    if isinstance(exc, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(exc, http.client.IncompleteRead):
        return "the answer ended early (in the middle of a chunk)"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(exc, ssl.SSLError):
        return f"the TLS handshake failed ({exc.reason or exc})"
    if isinstance(exc, http.client.InvalidURL):  # "http://host/a b": spaces, control characters
        return f"the URL is not valid ({exc})"
    if isinstance(exc, http.client.HTTPException):
        return f"the answer is not valid HTTP ({type(exc).__name__}: {exc})"
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"the connection failed ({reason or type(exc).__name__})"
