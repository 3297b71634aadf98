"""Seeds a running Missive for Schemathesis, over HTTP as people would: signers sign the
featured campaign and confirm from their emails (read from the outbox folder), then an
organiser signs in and creates an API token for it. Prints the token.

Usage: seed.py BASE_URL OUTBOX_DIR ORGANISER_EMAIL ORGANISER_PASSWORD
"""

import html
import http.cookiejar
import pathlib
import re
import sys
import time
import urllib.parse
import urllib.request

SLUG = "british-values"
SIGNERS = [
    ("Ada Quinlovel", "ada@example.org", "WC1H 9JE", "GB", True),
    ("Seán Ó Briain", "sean@example.org", "SW1A 1AA", "GB", False),
    ("Amara Okonkwo", "amara@example.org", "", "FR", True),
    ("Li Wei", "li@example.org", "", "CN", False),
]


def main(base, outbox, email, password):
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )

    def post(path, fields):
        data = urllib.parse.urlencode(fields).encode()
        with opener.open(base + path, data=data) as response:
            return response.read().decode()

    def get(path):
        with opener.open(base + path) as response:
            return response.read().decode()

    for name, address, postcode, country, updates in SIGNERS:
        fields = {"full_name": name, "email": address, "postcode": postcode,
                  "country": country, "website": ""}
        if updates:
            fields["updates"] = "on"
        post(f"/campaigns/{SLUG}/signatures", fields)

    links = set()
    deadline = time.time() + 20
    while len(links) < len(SIGNERS):
        if time.time() > deadline:
            sys.exit(f"seed: {len(links)} of {len(SIGNERS)} confirmation emails arrived")
        for eml in pathlib.Path(outbox).glob("*.eml"):
            text = eml.read_text(errors="replace").replace("=\n", "")
            links.update(re.findall(r"/signatures/confirm/[A-Za-z0-9_-]{43}", text))
        time.sleep(0.1)
    for link in links:
        post(link, {})

    login = get("/staff/login")
    login_csrf = re.search(r'name="csrf" value="([^"]+)"', login).group(1)
    post("/staff/login", {"email": email, "password": password,
                          "csrf": html.unescape(login_csrf)})
    tokens = get("/staff/api-tokens")
    csrf = re.search(r'name="csrf" value="([^"]+)"', tokens).group(1)
    campaign = re.search(r'name="campaign" value="([0-9]+)"', tokens).group(1)
    # Followed to the page that shows the secret, whether it answers the POST itself or
    # redirects to it.
    created = post("/staff/api-tokens", {"name": "Schemathesis", "campaign": campaign,
                                         "csrf": html.unescape(csrf)})
    secret = re.search(r'id="new-token"[^>]*value="([^"]+)"', created)
    if secret is None:
        sys.exit("seed: the staff page did not show the new token")
    print(html.unescape(secret.group(1)))


if __name__ == "__main__":
    main(*sys.argv[1:5])
