"""Fetching URLs: pages and feeds from a real local HTTP server, and the guards around them.

The server runs in the test on 127.0.0.1, which the guard refuses unless `allow_private` is given.
Redirects from a public address are tested by giving a made-up public name to the local server at
the outside edge, the network: name resolution (socket.getaddrinfo) and connecting
(socket.create_connection) are replaced for that one name and address, and nothing else.
"""

from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from incidex.errors import InputError
from incidex.ingest import Skipped, read_sources
from incidex.ingest.fetch import fetch
from incidex.schema import Article
from incidex.settings import Settings

STORY = "Gunmen attacked a police post in the invented town of Varenko, killing two officers."
MORE = "Residents said the shooting lasted about twenty minutes before the attackers fled."
PAGE = (
    "<!DOCTYPE html><html><head><title>Police post attacked</title></head><body>"
    f"<nav>Home | World</nav><article><p>{STORY}</p><p>{MORE}</p></article></body></html>"
)
FEED = (
    "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Varenko Courier"
    "</title><item><title>Police post attacked</title><link>/2024/01/police-post</link>"
    f"<pubDate>Thu, 04 Jan 2024 09:00:00 +0200</pubDate><description>{STORY}</description>"
    "</item><item><guid isPermaLink='false'>courier-2</guid><description><![CDATA[<p>"
    f"{MORE}</p><script>alert('LEAK')</script>]]></description></item></channel></rss>"
)
PUBLIC = "11.22.33.44"  # a global unicast address the tests pretend news.example resolves to
UNREACHABLE = "11.22.33.55"  # one that far.example resolves to, on no network
HINT = "incidex fetches only public addresses; pass --allow-private to fetch it"
HTML = "text/html; charset=utf-8"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    length: bool = True  # send Content-Length; without it the body ends when the connection does
    hold: bool = False  # wait before answering (until the test ends)
    delay: float = 0.0  # seconds to wait before answering
    trickle: float = 0.0  # seconds to wait between pieces of 100 bytes of the body
    raw: bytes | None = None  # bytes to send instead of an HTTP answer, then close


class Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    seen: list[tuple[str, str]]  # (path, Host header) of every request
    release: threading.Event


class Handler(BaseHTTPRequestHandler):
    server: Server

    def do_GET(self) -> None:
        self.server.seen.append((self.path, self.headers.get("Host", "")))
        route = self.server.routes.get(self.path, Route(status=404, body=b"not here"))
        if route.hold:
            self.server.release.wait(10)
        time.sleep(route.delay)
        if route.raw is not None:
            self.wfile.write(route.raw)
            self.close_connection = True
            return
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.length:
            self.send_header("Content-Length", str(len(route.body)))
        else:
            self.close_connection = True
        self.end_headers()
        step = 100 if route.trickle else max(len(route.body), 1)
        try:
            for start in range(0, len(route.body), step):
                self.wfile.write(route.body[start : start + step])
                self.wfile.flush()
                if route.trickle and self.server.release.wait(route.trickle):
                    return  # the test is over
        except (BrokenPipeError, ConnectionResetError):
            return  # the client stopped reading, as the size cap and the deadline make it

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: pytest shows what matters


@pytest.fixture
def server() -> Iterator[Server]:
    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.routes, httpd.seen, httpd.release = {}, [], threading.Event()
    thread = threading.Thread(target=httpd.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield httpd
    httpd.release.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def _base(server: Server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def public_names(monkeypatch: pytest.MonkeyPatch, server: Server) -> list[tuple[str, int]]:
    """news.example resolves to PUBLIC, intranet.example to 10.1.2.3 and nowhere.example to
    nothing; a connection to PUBLIC reaches the local server. Returns the addresses connected to."""
    real_resolve, real_connect = socket.getaddrinfo, socket.create_connection
    names = {"news.example": PUBLIC, "intranet.example": "10.1.2.3", "far.example": UNREACHABLE}
    connected: list[tuple[str, int]] = []

    def resolve(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "nowhere.example":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        if host in names:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (names[host], port))]
        return real_resolve(host, port, *args, **kwargs)

    def connect(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        connected.append(address)
        if address[0] == UNREACHABLE:
            raise OSError(errno.ENETUNREACH, "Network is unreachable")
        if address[0] == PUBLIC:
            address = ("127.0.0.1", server.server_address[1])
        return real_connect(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    monkeypatch.setattr(socket, "create_connection", connect)
    return connected


def _read(
    urls: list[str], settings: Settings, *, allow_private: bool = False
) -> list[Article | Skipped]:
    return list(read_sources(urls, settings, allow_private=allow_private))


def test_fetch_loopback_is_refused_by_default(server: Server, settings: Settings) -> None:
    server.routes["/story"] = Route(body=PAGE.encode(), headers={"Content-Type": HTML})
    url = f"{_base(server)}/story"
    assert _read([url], settings) == [
        Skipped(source=url, reason=f"cannot fetch {url}: 127.0.0.1 is a loopback address; {HINT}")
    ]
    assert server.seen == []  # refused before connecting


def test_fetch_loopback_page_with_allow_private(server: Server, settings: Settings) -> None:
    server.routes["/story"] = Route(body=PAGE.encode(), headers={"Content-Type": HTML})
    url = f"{_base(server)}/story"
    [article] = _read([url], settings, allow_private=True)
    assert isinstance(article, Article)
    assert (article.id, article.url, article.title) == (url, url, "Police post attacked")
    assert article.text == f"{STORY}\n{MORE}"
    assert server.seen == [("/story", f"127.0.0.1:{server.server_address[1]}")]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.7/", f"10.0.0.7 is a private address; {HINT}"),
        ("http://192.168.1.1:8080/admin", f"192.168.1.1 is a private address; {HINT}"),
        (
            "http://169.254.169.254/latest/meta-data/",
            f"169.254.169.254 is a link-local address; {HINT}",
        ),
        ("http://0.0.0.0/", f"0.0.0.0 is an unspecified address; {HINT}"),
        ("http://224.0.0.1/", f"224.0.0.1 is a multicast address; {HINT}"),
        ("http://240.0.0.1/", f"240.0.0.1 is a reserved address; {HINT}"),
        ("http://100.64.0.1/", f"100.64.0.1 is a non-public address; {HINT}"),
        ("http://[::1]/", f"::1 is a loopback address; {HINT}"),
        ("http://[fe80::1]/", f"fe80::1 is a link-local address; {HINT}"),
        ("http://[::ffff:127.0.0.1]/", f"::ffff:127.0.0.1 is a loopback address; {HINT}"),
        ("http://[fd00::5]/", f"fd00::5 is a private address; {HINT}"),
    ],
)
def test_fetch_non_public_addresses_are_refused(url: str, reason: str, settings: Settings) -> None:
    assert _read([url], settings) == [Skipped(source=url, reason=f"cannot fetch {url}: {reason}")]


@pytest.mark.parametrize(
    "url",
    ["ftp://news.example/feed.xml", "file:///etc/passwd", "gopher://news.example/"],
)
def test_fetch_other_schemes_are_refused(url: str, settings: Settings) -> None:
    scheme = url.split(":", 1)[0]
    reason = (
        f"cannot fetch {url}: the scheme {scheme} is not fetched; "
        "incidex fetches http and https URLs only"
    )
    assert _read([url], settings, allow_private=True) == [Skipped(source=url, reason=reason)]


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http:///story", "the URL names no host"),
        ("http://[::1/story", "the URL is not valid (Invalid IPv6 URL)"),
        (
            "http://127.0.0.1:1/a story",
            "the URL is not valid (URL can't contain control characters. '/a story' "
            "(found at least ' '))",
        ),
    ],
)
def test_fetch_invalid_urls_are_refused(url: str, why: str, settings: Settings) -> None:
    assert _read([url], settings, allow_private=True) == [
        Skipped(source=url, reason=f"cannot fetch {url}: {why}")
    ]


def test_fetch_redirect_is_followed_and_checked(
    server: Server, settings: Settings, public_names: list[tuple[str, int]]
) -> None:
    server.routes["/old"] = Route(status=301, headers={"Location": "/story"})
    server.routes["/story"] = Route(body=PAGE.encode(), headers={"Content-Type": HTML})
    [article] = _read(["http://news.example/old"], settings)
    assert isinstance(article, Article)
    assert (article.id, article.url) == ("http://news.example/old", "http://news.example/story")
    assert server.seen == [("/old", "news.example"), ("/story", "news.example")]
    assert public_names == [(PUBLIC, 80), (PUBLIC, 80)]  # the checked address, each time


@pytest.mark.parametrize(
    ("location", "why"),
    [
        ("http://127.0.0.1:{port}/secret", f"127.0.0.1 is a loopback address; {HINT}"),
        (
            "http://intranet.example/wiki",
            f"intranet.example, which resolves to 10.1.2.3, is a private address; {HINT}",
        ),
        ("http://169.254.169.254/latest/", f"169.254.169.254 is a link-local address; {HINT}"),
        (
            "file:///etc/passwd",
            "the scheme file is not fetched; incidex fetches http and https URLs only",
        ),
    ],
    ids=["loopback", "private-name", "metadata-service", "file-scheme"],
)
def test_fetch_redirect_to_a_private_address_is_refused(
    server: Server,
    settings: Settings,
    public_names: list[tuple[str, int]],
    location: str,
    why: str,
) -> None:
    target = location.format(port=server.server_address[1])
    server.routes["/moved"] = Route(status=302, headers={"Location": target})
    server.routes["/secret"] = Route(body=PAGE.encode(), headers={"Content-Type": HTML})
    url = "http://news.example/moved"
    assert _read([url], settings) == [Skipped(source=url, reason=f"cannot fetch {target}: {why}")]
    assert server.seen == [("/moved", "news.example")]
    assert public_names == [(PUBLIC, 80)]


def test_fetch_redirect_loop_stops(server: Server, settings: Settings) -> None:
    server.routes["/loop"] = Route(status=307, headers={"Location": "/loop"})
    url = f"{_base(server)}/loop"
    assert _read([url], settings, allow_private=True) == [
        Skipped(source=url, reason=f"cannot fetch {url}: more than 5 redirects")
    ]
    assert len(server.seen) == 6


@pytest.mark.parametrize("length", [True, False], ids=["content-length", "until-closed"])
def test_fetch_oversize_response_is_skipped(server: Server, tmp_path: Any, length: bool) -> None:
    settings = Settings(cache_dir=str(tmp_path), max_text_bytes=1000)  # pages up to 10,000 bytes
    body = PAGE.replace("</article>", f"<p>{MORE * 200}</p></article>").encode()
    server.routes["/big"] = Route(body=body, headers={"Content-Type": HTML}, length=length)
    server.routes["/small"] = Route(body=PAGE.encode(), headers={"Content-Type": HTML})
    url = f"{_base(server)}/big"
    reason = (
        f"cannot fetch {url}: the response is over the 10,000-byte limit (10 × max_text_bytes); "
        "raise max_text_bytes to fetch it"
    )
    items = _read([url, f"{_base(server)}/small"], settings, allow_private=True)
    assert items[0] == Skipped(source=url, reason=reason)
    assert isinstance(items[1], Article) and items[1].text == f"{STORY}\n{MORE}"


@pytest.mark.parametrize(
    ("status", "answer"),
    [
        (404, "404 Not Found"),
        (500, "500 Internal Server Error"),
        (204, "204 No Content, not a page"),
    ],
)
def test_fetch_http_errors_are_skipped(
    server: Server, settings: Settings, status: int, answer: str
) -> None:
    server.routes["/x"] = Route(status=status, body=b"" if status == 204 else b"oops")
    url = f"{_base(server)}/x"
    assert _read([url], settings, allow_private=True) == [
        Skipped(source=url, reason=f"cannot fetch {url}: the server answered HTTP {answer}")
    ]


def test_fetch_served_feed_yields_its_entries(server: Server, settings: Settings) -> None:
    server.routes["/feed"] = Route(
        body=FEED.encode(), headers={"Content-Type": "application/rss+xml"}
    )
    server.routes["/feed.txt"] = Route(body=FEED.encode(), headers={"Content-Type": "text/plain"})
    base = _base(server)
    items = _read([f"{base}/feed", f"{base}/feed.txt"], settings, allow_private=True)
    first = Article(
        id=f"{base}/2024/01/police-post",  # the relative link, resolved against the feed's URL
        text=STORY,
        url=f"{base}/2024/01/police-post",
        outlet="Varenko Courier",
        title="Police post attacked",
        published="2024-01-04",
    )
    second = Article(id="courier-2", text=MORE, outlet="Varenko Courier")
    assert items == [first, second, first, second]  # served as plain text: sniffed


def test_fetch_page_in_a_declared_charset(server: Server, settings: Settings) -> None:
    page = PAGE.replace(STORY, "The mayor’s office was hit.")
    server.routes["/cp"] = Route(
        body=page.encode("cp1252"), headers={"Content-Type": "text/html; charset=windows-1252"}
    )
    server.routes["/u16"] = Route(
        body=page.encode("utf-16"), headers={"Content-Type": "text/html; charset=UTF-16"}
    )
    server.routes["/odd"] = Route(
        body=page.encode(), headers={"Content-Type": "text/html; charset=x-no-such-charset"}
    )
    server.routes["/note"] = Route(
        body=f"Police post attacked\n\n{STORY}".encode(), headers={"Content-Type": "text/plain"}
    )
    base = _base(server)
    urls = [f"{base}/{name}" for name in ("cp", "u16", "odd", "note")]
    *pages, note = _read(urls, settings, allow_private=True)
    assert [p.text.split("\n")[0] for p in pages if isinstance(p, Article)] == [
        "The mayor’s office was hit."
    ] * 3
    assert note == Article(
        id=f"{base}/note", url=f"{base}/note", title="Police post attacked", text=STORY
    )


def test_fetch_binary_body_is_skipped(server: Server, settings: Settings) -> None:
    server.routes["/logo"] = Route(
        body=b"\x89PNG\r\n\x1a\n....", headers={"Content-Type": "image/png"}
    )
    url = f"{_base(server)}/logo"
    assert _read([url], settings, allow_private=True) == [
        Skipped(
            source=url,
            reason=f"the body of {url}: looks like a PNG image; incidex reads text, HTML and JSON",
        )
    ]


def test_fetch_served_records(server: Server, settings: Settings) -> None:
    lines = f'{{"id": "r1", "text": "{STORY}"}}\n{{"id": "r2", "text": "{MORE}"}}\n'
    server.routes["/lines"] = Route(
        body=lines.encode(), headers={"Content-Type": "application/json"}
    )
    server.routes["/list"] = Route(body=f'[{{"id": "r3", "text": "{STORY}"}}]'.encode())
    base = _base(server)
    items = _read([f"{base}/lines", f"{base}/list"], settings, allow_private=True)
    assert [(i.id, i.text) for i in items if isinstance(i, Article)] == [
        ("r1", STORY),
        ("r2", MORE),
        ("r3", STORY),
    ]


def test_fetch_network_errors_are_skipped(
    settings: Settings, public_names: list[tuple[str, int]]
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    refused = f"http://127.0.0.1:{port}/"
    unknown = "http://nowhere.example/story"
    bad_port = "http://news.example:99999/"
    far = "http://far.example/"
    assert _read([refused, unknown, bad_port, far], settings, allow_private=True) == [
        Skipped(source=refused, reason=f"cannot fetch {refused}: the connection was refused"),
        Skipped(
            source=unknown,
            reason=f"cannot fetch {unknown}: the host nowhere.example does not resolve "
            "([Errno -2] Name or service not known)",
        ),
        Skipped(
            source=bad_port,
            reason=f"cannot fetch {bad_port}: the URL is not valid (Port out of range 0-65535)",
        ),
        Skipped(
            source=far, reason=f"cannot fetch {far}: the connection failed (Network is unreachable)"
        ),
    ]


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (b"", "the server closed the connection without answering"),
        (b"SPAM\r\n\r\n", "the answer is not valid HTTP (BadStatusLine: SPAM\r\n)"),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<p>Cut",
            "the answer ended early (after 6 of 1000 bytes)",
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n100\r\n<p>Cut",
            "the answer ended early (in the middle of a chunk)",
        ),
    ],
    ids=["hang-up", "not-http", "cut-short", "chunk-cut-short"],
)
def test_fetch_broken_answers_are_skipped(
    server: Server, settings: Settings, raw: bytes, why: str
) -> None:
    server.routes["/broken"] = Route(raw=raw)
    url = f"{_base(server)}/broken"
    assert _read([url], settings, allow_private=True) == [
        Skipped(source=url, reason=f"cannot fetch {url}: {why}")
    ]


def test_fetch_https_to_a_plain_server_fails_the_handshake(
    server: Server, settings: Settings
) -> None:
    url = f"https://127.0.0.1:{server.server_address[1]}/story"
    [item] = _read([url], settings, allow_private=True)
    assert isinstance(item, Skipped)
    assert item.reason.startswith(f"cannot fetch {url}: the TLS handshake failed (")


def test_fetch_trickle_meets_the_deadline(server: Server) -> None:
    server.routes["/trickle"] = Route(
        body=PAGE.encode() * 10, trickle=0.05, headers={"Content-Type": HTML}
    )
    url = f"{_base(server)}/trickle"
    started = time.monotonic()
    with pytest.raises(InputError, match=r"^cannot fetch .*/trickle: the response took too long"):
        fetch(url, cap=100_000, cap_setting="test", allow_private=True, timeout=0.1)
    assert time.monotonic() - started < 1  # the deadline is 3 × 0.1 s; the body needs 1.6 s


def test_fetch_slow_redirects_meet_the_deadline(server: Server) -> None:
    for hop in range(5):
        server.routes[f"/hop{hop}"] = Route(
            status=302, delay=0.06, headers={"Location": f"/hop{hop + 1}"}
        )
    url = f"{_base(server)}/hop0"
    with pytest.raises(
        InputError, match=r"^cannot fetch .*/hop0: it took too long \(redirected to .*/hop[345]\)$"
    ):
        fetch(url, cap=100_000, cap_setting="test", allow_private=True, timeout=0.1)


def test_fetch_times_out(server: Server) -> None:
    server.routes["/slow"] = Route(body=PAGE.encode(), hold=True)
    url = f"{_base(server)}/slow"
    with pytest.raises(
        InputError, match=r"^cannot fetch .*/slow: no answer in time \(timed out\)$"
    ):
        fetch(url, cap=10_000, cap_setting="test", allow_private=True, timeout=0.2)


def test_fetch_a_name_that_never_resolves_meets_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A resolver that hangs (a dead DNS server) is given up on after the timeout."""
    released = threading.Event()
    real_resolve = socket.getaddrinfo

    def hanging(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "stuck.example":
            released.wait(5)
            raise socket.gaierror("released")
        return real_resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    started = time.monotonic()
    with pytest.raises(
        InputError,
        match=r"^cannot fetch http://stuck.example/a: the host stuck.example did not resolve "
        r"within 0.2 s$",
    ):
        fetch("http://stuck.example/a", cap=10_000, cap_setting="test", timeout=0.2)
    assert time.monotonic() - started < 2
    released.set()
