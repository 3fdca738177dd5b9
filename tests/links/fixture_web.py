#!/usr/bin/env python3
"""The fixture web of municipal sites for `enindgang links` (issue 16), on 127.0.0.1 only.

    fixture_web.py --certs DIR --ports-file FILE [--stats-file FILE]
                   [--delay SECONDS] [--generic-hosts]

Serves HTTPS and plain HTTP on two free ports of 127.0.0.1 and writes them to
FILE as "https=PORT" and "http=PORT" lines once both listen. Every site is
chosen by the Host header; the tool reaches them by their real names
(https://www.<kommune>.dk) through curl's --connect-to. DIR is what make-ca
wrote. The TLS-mismatch host gets a certificate for another name (SNI callback).

It counts the connections open at once per host: the maximum is served as JSON
at http(s)://stats.invalid/ and written to --stats-file at exit (SIGTERM or
SIGINT), so a test can assert the tool's per-host politeness.

--delay adds a pause to every response (the benchmark's 50 ms of a real server);
--generic-hosts answers any host not listed below with a children's page (the
benchmark's 98 generated municipalities).

Python 3 standard library only.
"""
import argparse
import json
import os
import signal
import socket
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MISMATCH_HOST = "www.glostrup.dk"
NEVER_ANSWERS_SECONDS = 30  # far past the test's --timeout 4
# Past the test's --slow 2, below its --timeout 4. Not tighter: on a loaded 2-core
# machine an ordinary page once took 1.1 s, and --slow 1 called it slow.
SLOW_SECONDS = 2.6
BIG_PAGE_BYTES = 10 * 1024 * 1024

CHILDREN_PAGE = """<!doctype html><html lang="da"><head><meta charset="utf-8">
<title>Børn og unge – få hjælp</title></head><body>
<h1>Børn og unge – få hjælp</h1>
<p>Er du under 18 og har du brug for hjælp? Du kan altid kontakte os.</p>
<p>Ring til os på <a href="tel:+4588884900">88 88 49 00</a>, eller skriv via DinSide.</p>
<p>Vi lytter til børn og unge, og du kan tage en voksen med.</p>
</body></html>"""


def page(title, body):
    return ('<!doctype html><html lang="da"><head><meta charset="utf-8"><title>%s</title></head>'
            "<body><h1>%s</h1>%s</body></html>" % (title, title, body))


def front_page(name, links):
    items = "".join('<li><a href="%s">%s</a></li>' % (href, text) for href, text in links)
    return page("%s Kommune" % name, "<p>Velkommen til %s Kommune.</p><ul>%s</ul>" % (name, items))


def sitemap(host, paths):
    urls = "".join("<url><loc>https://%s%s</loc></url>" % (host, p) for p in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % urls)


# Each site: path -> response. A response is (status, headers, body) or a
# callable taking the handler (for the cases that sleep, stream or loop).
# Every host also has "/" unless given, and robots.txt allows all unless given.
def ok(body, content_type="text/html; charset=utf-8"):
    return (200, {"Content-Type": content_type}, body)


def redirect(status, location):
    return (status, {"Location": location}, page("Flyttet", '<a href="%s">her</a>' % location))


def not_found():
    return (404, {}, page("Siden findes ikke", ""))


MIDDELFART_PATHS = ["/", "/borger/affald-og-genbrug", "/job-i-kommunen",
                    "/borger/boern-og-unge/faa-hjaelp", "/kontakt"]
VALLENSBAEK_PATHS = ["/", "/borger/affald-og-genbrug", "/job-i-kommunen", "/kontakt"]

SITES = {
    # 200 page, and an Én indgang page that speaks to children: both good.
    "www.koebenhavn.dk": {
        "/": ok(front_page("København", [("/borger", "Borger")])),
        "/borger/boern-og-unge/faa-hjaelp": ok(CHILDREN_PAGE),
    },
    # 301 to another page on the same host: good. A children's page moved to the front page: warning.
    "www.frederiksberg.dk": {
        "/gammel-forside": redirect(301, "https://www.frederiksberg.dk/forside"),
        "/forside": ok(front_page("Frederiksberg", [])),
        "/": ok(front_page("Frederiksberg", [])),
        "/boern-og-unge": redirect(301, "https://www.frederiksberg.dk/"),
    },
    # 302 to another host: warning.
    "www.albertslund.dk": {"/": redirect(302, "https://www.koebenhavn.dk/")},
    # A redirect loop: error.
    "www.ballerup.dk": {
        "/": redirect(302, "https://www.ballerup.dk/a"),
        "/a": redirect(302, "https://www.ballerup.dk/b"),
        "/b": redirect(302, "https://www.ballerup.dk/a"),
    },
    "www.broendby.dk": {"/": not_found()},  # 404: error
    "www.dragoer.dk": {"/": (500, {}, page("Intern serverfejl", ""))},  # 500: error
    "www.gentofte.dk": {"/": "never-answers"},  # timeout: error
    "www.gladsaxe.dk": {"/": ok(front_page("Gladsaxe", [])), "HEAD": "refuse-head"},  # good
    MISMATCH_HOST: {"/": ok(front_page("Glostrup", []))},  # TLS name mismatch: error
    # robots.txt forbids the checked path: warning.
    "www.herlev.dk": {
        "/robots.txt": ok("User-agent: *\nDisallow: /borger/\n", "text/plain"),
        "/borger/boern-og-unge": ok(CHILDREN_PAGE),
        "/": ok(front_page("Herlev", [])),
    },
    # 10 MB pages, the children's words at the top: read bounded, good (HEAD for the
    # website, GET for the enindgang_url).
    "www.hvidovre.dk": {"/": "big-page", "/boern-og-unge": "big-page"},
    "www.hoeje-taastrup.dk": {"/": ok(front_page("Høje-Taastrup", []))},  # http → https: warning
    "www.ishoej.dk": {"/": "slow"},  # slow: warning
    # An Én indgang page that no longer mentions children: warning.
    "www.roedovre.dk": {
        "/": ok(front_page("Rødovre", [])),
        "/borger/hjaelp": ok(page("Parkering og trafik", "<p>Her kan du søge om en parkeringslicens.</p>")),
    },
    # --discover: the front page links to a children's page among decoys.
    "www.middelfart.dk": {
        "/": ok(front_page("Middelfart", [
            ("/borger/affald-og-genbrug", "Affald og genbrug"),
            ("/job-i-kommunen", "Job i kommunen"),
            ("/borger/boern-og-unge/faa-hjaelp", "Børn og unge – få hjælp"),
            ("/kontakt", "Kontakt"),
        ])),
        "/borger/affald-og-genbrug": ok(page("Affald og genbrug", "<p>Tømning af skraldespande hver 14. dag.</p>")),
        "/job-i-kommunen": ok(page("Job i kommunen", "<p>Se ledige stillinger.</p>")),
        "/borger/boern-og-unge/faa-hjaelp": ok(CHILDREN_PAGE),
        "/kontakt": ok(page("Kontakt", '<p>Borgerservice: <a href="tel:+4588881234">88 88 12 34</a>.</p>')),
        "/sitemap.xml": ok(sitemap("www.middelfart.dk", MIDDELFART_PATHS), "application/xml"),
    },
    # --discover: no children's page at all, so nothing to propose.
    "www.vallensbaek.dk": {
        "/": ok(front_page("Vallensbæk", [
            ("/borger/affald-og-genbrug", "Affald og genbrug"),
            ("/job-i-kommunen", "Job i kommunen"),
            ("/kontakt", "Kontakt"),
        ])),
        "/borger/affald-og-genbrug": ok(page("Affald og genbrug", "<p>Genbrugspladsen har åbent alle dage.</p>")),
        "/job-i-kommunen": ok(page("Job i kommunen", "<p>Se ledige stillinger.</p>")),
        "/kontakt": ok(page("Kontakt", '<p>Borgerservice: <a href="tel:+4543971234">43 97 12 34</a>.</p>')),
        "/sitemap.xml": ok(sitemap("www.vallensbaek.dk", VALLENSBAEK_PATHS), "application/xml"),
    },
}

GENERIC_SITE = {"/": ok(front_page("Kommune", [])), "/boern-og-unge": ok(CHILDREN_PAGE)}


class Stats:
    """Connections open at once per host, and the most ever seen."""

    def __init__(self):
        self.lock = threading.Lock()
        self.open = {}
        self.max = {}
        self.requests = {}

    def opened(self, host):
        with self.lock:
            self.open[host] = self.open.get(host, 0) + 1
            self.max[host] = max(self.max.get(host, 0), self.open[host])

    def closed(self, host):
        with self.lock:
            self.open[host] -= 1

    def requested(self, host):
        with self.lock:
            self.requests[host] = self.requests.get(host, 0) + 1

    def as_json(self):
        with self.lock:
            return json.dumps({"max_connections_per_host": self.max, "requests_per_host": self.requests},
                              indent=1, sort_keys=True)


STATS = Stats()
STOP = threading.Event()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so connections are what the tool holds
    server_version = "enindgang-fixture"
    options = None  # set in main()

    def setup(self):
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle's
        # algorithm and the client's delayed ACK add 40 ms to every response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.counted_host = None  # the host this connection was counted under

    def finish(self):
        if self.counted_host:
            STATS.closed(self.counted_host)
        try:
            super().finish()
        except OSError:
            pass

    def log_message(self, *args):  # quiet: the test prints what matters
        pass

    def do_HEAD(self):
        self.answer(head=True)

    def do_GET(self):
        self.answer(head=False)

    def answer(self, head):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        if host == "stats.invalid":
            return self.send(ok(STATS.as_json(), "application/json"), head)
        if self.counted_host is None:
            self.counted_host = host
            STATS.opened(host)
        STATS.requested(host)
        if self.options.delay:
            time.sleep(self.options.delay)
        site = SITES.get(host)
        if site is None:
            if not self.options.generic_hosts:
                return self.send((421, {}, page("Ukendt vært", host)), head)
            site = GENERIC_SITE
        if not self.is_https() and host != "stats.invalid":
            # Plain HTTP: every site moves its visitors to https, as Danish municipalities do.
            return self.send(redirect(301, "https://%s%s" % (host, self.path)), head)
        if head and site.get("HEAD") == "refuse-head":
            return self.send((405, {"Allow": "GET"}, ""), head)
        path = self.path.split("?")[0]
        response = site.get(path)
        if response is None:
            response = ok("User-agent: *\nAllow: /\n", "text/plain") if path == "/robots.txt" else not_found()
        if response == "never-answers":
            STOP.wait(NEVER_ANSWERS_SECONDS)
            self.close_connection = True
            return
        if response == "slow":
            time.sleep(SLOW_SECONDS)
            response = ok(front_page("Ishøj", []))
        if response == "big-page":
            return self.send_big_page(head)
        self.send(response, head)

    def is_https(self):
        return isinstance(self.connection, ssl.SSLSocket)

    def send(self, response, head):
        status, headers, body = response
        data = body.encode("utf-8")
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def send_big_page(self, head):
        """10 MB of HTML: the tool must stop reading at its bound, and still call it good."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(BIG_PAGE_BYTES))
        self.end_headers()
        if head:
            return
        start = CHILDREN_PAGE.replace("</body></html>", "").encode("utf-8")
        filler = (b"<p>" + b"x" * 1017 + b"</p>\n") * 64  # 64 KB writes: less Python per byte
        try:
            self.wfile.write(start)
            left = BIG_PAGE_BYTES - len(start)
            while left > 0:
                chunk = filler[:left]
                self.wfile.write(chunk)
                left -= len(chunk)
        except OSError:  # the tool hung up after its bound: what it should do
            self.close_connection = True


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, context):
        self.context = context
        super().__init__(("127.0.0.1", 0), Handler)

    def finish_request(self, request, client_address):
        # The TLS handshake happens here, in the request's own thread, so a client
        # that hangs up mid-handshake (the mismatch host) blocks no one else.
        if self.context is not None:
            try:
                request.settimeout(10)
                request = self.context.wrap_socket(request, server_side=True)
                request.settimeout(None)
            except (ssl.SSLError, OSError):
                request.close()
                return
        try:
            super().finish_request(request, client_address)
        except (ConnectionError, ssl.SSLError, socket.timeout):
            pass

    def handle_error(self, request, client_address):
        pass  # a client that hangs up is not news


def tls_context(certs):
    def context_for(name):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(os.path.join(certs, name + ".pem"), os.path.join(certs, name + "-key.pem"))
        return context

    context, wrong = context_for("server"), context_for("wrong")

    def choose(ssl_socket, server_name, _context):
        if server_name == MISMATCH_HOST:
            ssl_socket.context = wrong

    context.sni_callback = choose
    return context


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--certs", required=True)
    parser.add_argument("--ports-file", required=True)
    parser.add_argument("--stats-file")
    parser.add_argument("--delay", type=float, default=0)
    parser.add_argument("--generic-hosts", action="store_true")
    Handler.options = options = parser.parse_args()

    https, http = Server(tls_context(options.certs)), Server(None)
    for server in (https, http):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    ports = "https=%d\nhttp=%d\n" % (https.server_address[1], http.server_address[1])
    with open(options.ports_file + ".tmp", "w") as out:
        out.write(ports)
    os.replace(options.ports_file + ".tmp", options.ports_file)  # whole or not at all

    def stop(*_):
        STOP.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    STOP.wait()
    if options.stats_file:
        with open(options.stats_file, "w") as out:
            out.write(STATS.as_json())
    sys.exit(0)


if __name__ == "__main__":
    main()
