"""The production smoke test's walk through the app, over HTTP, standard library only:
register → confirm (the link from the SMTP sink) → sign out, sign in → add a skill → import
a small résumé → the worker completes it → accept → the skills are there. Any step that
goes wrong stops with a message and exit status 1.

    python3 .ci/production_flow.py BASE_URL MAIL_DIR
"""

from __future__ import annotations

import html
import http.cookiejar
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from email import message_from_bytes, policy
from pathlib import Path

BASE, MAIL_DIR = sys.argv[1].rstrip("/"), Path(sys.argv[2])
EMAIL = f"smoke-{uuid.uuid4().hex[:8]}@example.com"
PASSWORD = "correct horse battery staple 2026"  # noqa: S105 (a throwaway account)
RESUME = b"""\
Sam Smoke
Backend engineer

EXPERIENCE
Senior Engineer - Initech
Mar 2019 - Present
- Built billing services in Go on PostgreSQL
- Deployed them with Docker on Kubernetes

SKILLS
Go, PostgreSQL, Docker, Kubernetes
"""
EXPECTED_FROM_RESUME = {"PostgreSQL", "Docker", "Kubernetes"}

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
csrf = ""


def fail(message: str) -> None:
    print(f"production smoke FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def step(message: str) -> None:
    print(f"  ✓ {message}", flush=True)


def request(path: str, data: bytes | None = None, headers: dict[str, str] | None = None):
    """(status, final URL, body) of a request; redirects are followed as a browser does."""
    global csrf
    all_headers = {"X-CSRFToken": csrf} if data is not None else {}
    all_headers.update(headers or {})
    req = urllib.request.Request(BASE + path, data=data, headers=all_headers)  # noqa: S310
    try:
        with opener.open(req, timeout=30) as response:
            status, url, body = response.status, response.url, response.read().decode()
    except urllib.error.HTTPError as error:
        status, url, body = error.code, error.url, error.read().decode(errors="replace")
    found = re.search(r'data-csrf="([^"]+)"', body)
    if found:
        csrf = found.group(1)  # the page's current token, as the layout hands it to htmx
    return status, url, body


def get(path: str, expect: int = 200) -> tuple[str, str]:
    status, url, body = request(path)
    if status != expect:
        fail(f"GET {path} answered {status}, not {expect}")
    return url, body


def post(path: str, fields: dict | list, expect: int = 200) -> tuple[str, str]:
    status, url, body = request(path, urllib.parse.urlencode(fields).encode())
    if status != expect:
        fail(f"POST {path} answered {status}, not {expect}: {text_of(body)[:300]}")
    return url, body


def text_of(body: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def wait_for_mail(seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for path in sorted(MAIL_DIR.glob("*.eml")):
            message = message_from_bytes(path.read_bytes(), policy=policy.default)
            if EMAIL in str(message["To"]):
                return message.get_body(("plain",)).get_content()
        time.sleep(0.2)
    fail(f"no mail reached the SMTP sink for {EMAIL} in {seconds:.0f} s")
    return ""


def multipart(fields: dict[str, str], name: str, filename: str, content: bytes):
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode()
        for key, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"'
        f"\r\nContent-Type: text/plain\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def main() -> None:
    started = time.monotonic()
    get("/register")
    _, body = post(
        "/register",
        {"name": "Sam Smoke", "email": EMAIL, "password": PASSWORD, "confirm": PASSWORD},
    )
    if "inbox" not in text_of(body).lower():
        fail(f"registering did not ask to check the inbox: {text_of(body)[:300]}")
    step(f"registered {EMAIL}")

    mail = wait_for_mail()
    link = re.search(r"https?://\S+/verify/[A-Za-z0-9_\-.]+", mail)
    if not link:
        fail(f"the confirmation mail has no /verify/ link:\n{mail}")
    path = urllib.parse.urlsplit(link.group(0)).path
    get(path)
    url, _ = post(path, {})
    if "/verify" in url or "/login" in url:
        fail(f"confirming did not sign in (ended at {url})")
    step("confirmed through the link the SMTP sink received")

    post("/logout", {})
    get("/skills")  # signed out: the sign-in page
    _, body = get("/login")
    url, body = post("/login", {"email": EMAIL, "password": PASSWORD})
    if "/login" in url:
        fail(f"signing in failed: {text_of(body)[:300]}")
    step("signed out and signed in again")

    if "/onboarding/about" not in url:
        fail(f"a new person was not sent to onboarding (ended at {url})")
    url, body = post("/onboarding/about", {"title": "Backend engineer", "years_experience": "7"})
    skipped = 0
    while (found := re.search(r"/onboarding/([a-z_]+)$", url)) and skipped < 10:
        url, body = post(f"/onboarding/{found.group(1)}/skip", {})
        skipped += 1
    if "/onboarding" in url:
        fail(f"onboarding did not finish (at {url}): {text_of(body)[:300]}")
    step(f"onboarded (about you, {skipped} optional steps skipped)")

    _, body = get("/skills/suggest?q=Python")
    found = re.search(
        r'name="skill_id" value="([^"]+)".*?myskills-option-name">Python<', body, re.S
    )
    if not found:
        fail("the suggestions for 'Python' do not offer Python")
    post("/skills", {"skill_id": found.group(1)})
    step("added Python by hand")

    data, headers = multipart({}, "resume-file", "resume.txt", RESUME)
    status, url, body = request("/imports/resume", data, headers)
    match = re.search(r"/imports/([A-Za-z0-9]+)$", url)
    if status != 200 or not match:
        fail(f"the résumé upload answered {status} at {url}: {text_of(body)[:300]}")
    import_path = f"/imports/{match.group(1)}"
    step(f"uploaded a résumé: {import_path}")

    deadline = time.monotonic() + 60
    while True:
        _, body = get(import_path)
        if 'id="accept-form"' in body:
            break
        if "badge-danger" in body:
            fail(f"the import failed: {text_of(body)[:400]}")
        if time.monotonic() > deadline:
            fail("the worker did not complete the import in 60 s")
        time.sleep(0.5)
    proposed = re.findall(r'name="skill_id" value="([^"]+)"[^>]*checked', body)
    if not proposed:
        fail(f"the finished import proposes nothing: {text_of(body)[:400]}")
    step(f"the worker completed the import: {len(proposed)} skill(s) proposed")

    url, body = post(f"{import_path}/accept", [("skill_id", skill) for skill in proposed])
    if not url.endswith("/skills"):
        fail(f"accepting ended at {url}: {text_of(body)[:300]}")
    page = text_of(body)
    missing = {name for name in EXPECTED_FROM_RESUME | {"Python"} if name not in page}
    if missing:
        fail(f"after accepting, the skills page lacks {sorted(missing)}: {page[:500]}")
    step(f"accepted; the skills page lists Python and {', '.join(sorted(EXPECTED_FROM_RESUME))}")
    print(f"  the walk took {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
