"""dist/nginx.conf: the repository's deploy/nginx.conf written for the release's own SITE_URL.

deploy/nginx.conf is written for http://so-tay.intranet/so-tay/. A release built for another
address ships a config for that address: its sub-path in every location, redirect and error_page
and in the cache map's regex, its host as server_name, its port (when it names one) in `listen`,
the cache map's variable named for the site;
at the root, without the three blocks marked "sub-path only" (there, two would redirect / to itself
and one would hide the site).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

TEMPLATE = Path(__file__).resolve().parent.parent / "deploy" / "nginx.conf"
# What the template is written for.
SUB_PATH = "/so-tay"
HOST = "so-tay.intranet"
# The cache map's variable, named for the site the template is written for.
CACHE_VARIABLE = "sotay_cache_control_fd34b6c38443"

# The template's sub-path: at the start of a regex (the map's key, the downloads' location), where
# it is escaped, or anywhere else, with or without its slash. One pass, so a new sub-path that
# itself contains /so-tay is not replaced again.
_SUB_PATH = re.compile(r'(?P<regex>"~\^|~ \^)?' + re.escape(SUB_PATH) + r"(?P<slash>/?)")
_SUB_PATH_ONLY = re.compile(r"\n    # sub-path only:[^\n]*\n(?:    #[^\n]*\n)*    location [^{]*\{[^}]*\}\n")
# PCRE's metacharacters outside a character class ("-" is not one: /so-tay/ stays as it reads).
_PCRE_META = re.compile(r"([\\^$.|?*+()\[\]{}])")


def _header_and_body(template: str) -> tuple[str, str]:
    """The template's opening comment (how to adapt it by hand, for the repository's reader) and the rest."""
    header, _, body = template.partition("\n\n")
    return header, body


def for_site_url(site_url: str, template: str | None = None) -> str:
    """The nginx site config for a release built for `site_url` (a SITE_URL dist accepts)."""
    if template is None:
        template = TEMPLATE.read_text(encoding="utf-8")
    _, body = _header_and_body(template)
    parts = urlsplit(site_url)
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    host = parts.hostname or HOST
    server_name = f"[{host}]" if ":" in host else host
    if path == "/":
        body = _SUB_PATH_ONLY.sub("\n", body)

    def moved(m: re.Match) -> str:
        if m.group("regex"):
            return m.group("regex") + _PCRE_META.sub(r"\\\1", path.rstrip("/")) + m.group("slash")
        return path if m.group("slash") else path.rstrip("/")

    body = _SUB_PATH.sub(moved, body)
    # nginx's map variables are global to http { }: two sites' configs loaded together (a staging
    # and a live handbook) shared one, and the last loaded set the other's cache headers.
    # Named by a hash of the address as given: a name made of its words folded "/a-b/" and "/a/b/",
    # or a port and a path, together, and a long host and path outgrew nginx's variables hash
    # ("could not build variables_hash").
    site = hashlib.sha256(f"{host}|{parts.port}|{path}".encode()).hexdigest()[:12]
    if body.count(f"${CACHE_VARIABLE} ") != 2:
        raise ValueError(f"deploy/nginx.conf: expected ${CACHE_VARIABLE} in its map and its add_header")
    body = body.replace(f"${CACHE_VARIABLE} ", f"$sotay_cache_control_{site} ")
    body = _replace_once(body, f"server_name {HOST};", f"server_name {server_name};")
    port = parts.port
    # An IPv6 address ("http://[fd00::5]:8080/") is reached over IPv6 only: `listen 8080;` is IPv4's,
    # and the release built for it answered nowhere. (A name stays on IPv4: a host without IPv6
    # refuses to start on `listen [::]:…`; deploy/README.md says how to add it.)
    v6 = "[::]:" if ":" in (parts.hostname or "") else ""
    if parts.scheme == "https":
        tls = port or 443
        body = _replace_once(body, "    listen 80;\n", (
            f"    listen {v6}80;\n"
            f"    # SITE_URL is https://: readers come over TLS on port {tls}. Add, with the certificate and key\n"
            "    # your internal CA issued for this host (paths are examples), then nginx -t:\n"
            f"    #     listen {v6}{tls} ssl;\n"
            f"    #     ssl_certificate     /etc/ssl/certs/{host}.pem;\n"
            f"    #     ssl_certificate_key /etc/ssl/private/{host}.key;\n"
            "    # Then move `listen 80;` to a block of its own that sends readers typing the bare name over:\n"
            f"    #     server {{ listen {v6}80; server_name {server_name}; return 301 https://$host$request_uri; }}\n\n"))
    elif port and port != 80 or v6:
        body = _replace_once(body, "    listen 80;\n", f"    listen {v6}{port or 80};\n")
    served = "at the root" if path == "/" else f"under {path}"
    header = (f"# Written by `make dist` for SITE_URL={site_url}\n"
              f"# Sổ tay sinh hoạt chi bộ, served {served} for the host {host}, from the release deployed\n"
              "# with python3 sotay-deploy.pyz <release>.tar.gz --root /srv/sotay. Copy this file to /etc/nginx/conf.d/sotay.conf\n"
              "# (it goes inside http { }, after mime.types), keep both alias lines pointing into\n"
              "# /srv/sotay/current/, then nginx -t && systemctl reload nginx. A release built for another\n"
              "# SITE_URL ships its own nginx.conf; the template is deploy/nginx.conf in the repository.")
    return header + "\n\n" + body


def _replace_once(text: str, old: str, new: str) -> str:
    # The template's lines the config rests on: an edit that drops one must fail the build, not
    # ship a config still written for so-tay.intranet.
    if text.count(old) != 1:
        raise ValueError(f"deploy/nginx.conf: expected one {old.strip()!r}")
    return text.replace(old, new)


# A server-level line of the site's config (not its listen, server_name or a location's).
_SERVER_LINE = re.compile(r"^    (?!listen |server_name |location |#|\})(\S[^\n]*;)$", re.M)
_LOCATION = re.compile(r"^    location ([^{]+)\{\n(.*?)^    \}\n", re.M | re.S)
_ALIAS = re.compile(r"^        alias (\S+);$", re.M)
_CACHE_HEADER = re.compile(r"add_header Cache-Control \$\w+ always;")
# The two that take over the host: its root and everything outside the sub-path.
_HOST_WIDE = {"= /", "/"}
_REVALIDATE = 'add_header Cache-Control "no-cache" always;'


def for_a_shared_host(site_url: str) -> str:
    """The release's locations, to include inside a server { } that already serves the host (an
    office portal): the handbook under its sub-path and nothing else of the host. Each location
    carries what the whole server block set (the policy, gzip, the 404 page), since a location
    setting any add_header inherits none; the cache map, global to http { }, becomes a location
    of its own for the hashed bundles. (nginx.conf, a server { } of its own, answered the
    portal's addresses with the handbook's 404 page.)"""
    site = for_site_url(site_url)
    path = urlsplit(site_url).path.rstrip("/") + "/"
    if path == "/":
        raise ValueError("a handbook served at the root of its host takes the whole host: use nginx.conf")
    server = site.split("server {\n", 1)[1]
    shared = _SERVER_LINE.findall(server)
    cache = next(line for line in shared if _CACHE_HEADER.fullmatch(line))
    current = _ALIAS.search(server).group(1)

    def inside(body: str, cache_control: str) -> str:
        lines = [cache_control if line == cache else line for line in shared]
        return body + "".join(f"        {line}\n" for line in lines)

    blocks, nested, prefix = [], [], None
    for where, body in _LOCATION.findall(server):
        if where.strip() in _HOST_WIDE:
            continue
        if where.strip() == path:
            prefix = inside(body, _REVALIDATE)
        elif where.startswith("~"):
            nested.append(f"    location {where}{{\n" + inside(body, _REVALIDATE) + "    }\n")
        else:
            blocks.append(f"    location {where}{{\n" + inside(body, _REVALIDATE) + "    }\n")
    sub = _PCRE_META.sub(r"\\\1", path)
    nested.append(f"    # Material's bundles, named by their content: kept a year.\n"
                  f"    location ~ \"^{sub}(assets/.+\\.[0-9a-f]{{8}}\\.min\\.(?:js|css))$\" {{\n"  # quoted: {{8}} is a block to nginx
                  f"        alias {current}$1;\n"
                  + inside("", 'add_header Cache-Control "public, max-age=31536000, immutable" always;') + "    }\n")
    # "^~": no regex location of the host's is tried for the sub-path ("location ~* \.(css|js)$ { expires
    # 30d; }", common on a portal, answered the handbook's sotay.js from the portal's root, a 404);
    # the handbook's own regex locations go inside, where nginx still tries them.
    inner = "".join("    " + line if line.strip() else line for block in nested for line in f"\n{block}".splitlines(True))
    blocks.append(f"    location ^~ {path} {{\n" + prefix + inner + "    }\n")
    header = (f"# Written by `make dist` for SITE_URL={site_url}: the handbook under {path} on a host that already\n"
              "# serves something else (an office portal). Include it inside that host's server { } block, e.g.\n"
              "#     include /etc/nginx/snippets/sotay-locations.conf;\n"
              "# anywhere among the block's own locations (^~ keeps the host's regex locations, one for .js or\n"
              "# .css files say, off the handbook's addresses), then nginx -t && systemctl reload nginx. It\n"
              "# answers only under the sub-path; the rest of the host stays as it was. Keep\n"
              "# the alias lines pointing into /srv/sotay/current/. A host that serves nothing else takes\n"
              "# nginx.conf instead (conf.d/sotay.conf).")
    return header + "\n\n" + "\n".join(blocks)
