"""Who may use the app and which requests may change its state.

- Host header: on a loopback address only loopback names are served, so a web page elsewhere
  cannot reach the app through DNS rebinding.
- Token (TREX_REVIEW_TOKEN, for use beyond localhost): every page needs it, given once as
  ``?token=`` (then kept in an HttpOnly, SameSite=Strict cookie) or as ``Authorization: Bearer``.
- CSRF: every state-changing request is a POST carrying the app's form token, which a page on
  another site cannot read; a POST whose Origin is another site is refused as well.
- Headers: a Content-Security-Policy that allows no inline script and nothing from elsewhere, so
  even a markup mistake could not run a document's script.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlencode, urlsplit

from fastapi import HTTPException, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]
TOKEN_COOKIE = "trex_review_token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Not no-referrer: under it browsers send "Origin: null" even on same-site POSTs (Fetch standard).
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
_NEEDS_TOKEN = """<!doctype html><html lang="en"><meta charset="utf-8"><title>Access token needed · trex review</title>
<link rel="stylesheet" href="/static/review.css"><main class="narrow"><h1>Access token needed</h1>
<p>This review app was started with an access token (<code>TREX_REVIEW_TOKEN</code>).
Open the address that <code>trex review</code> printed, which ends in <code>?token=…</code>,
or ask whoever started it for the token.</p></main></html>"""


class Guard:
    def __init__(self, token: str | None):
        self.token = token or None
        self.form_token = secrets.token_urlsafe(32)  # one per app process: a restart expires open forms

    def _has_token(self, request: Request) -> bool:
        offered = request.cookies.get(TOKEN_COOKIE, "")
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            offered = auth[7:].strip()
        return bool(offered) and hmac.compare_digest(offered.encode(), self.token.encode())

    async def __call__(self, request: Request, call_next) -> Response:
        """HTTP middleware: token check, then the security headers on every response."""
        if self.token and not request.url.path.startswith("/static/"):
            given = request.query_params.get("token")
            if given is not None and hmac.compare_digest(given.encode(), self.token.encode()):
                # Take the token out of the address (history, logs) and keep it in a cookie instead.
                rest = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "token"])
                response = RedirectResponse(request.url.path + (f"?{rest}" if rest else ""), status_code=303)
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict",
                                    secure=request.url.scheme == "https")
                return _secured(response)
            if not self._has_token(request):
                return _secured(HTMLResponse(_NEEDS_TOKEN, status_code=401))
        return _secured(await call_next(request))

    def check_form(self, request: Request, form) -> None:
        """Refuse a POST that does not come from one of this app's own pages."""
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.headers.get("host", ""):  # "null" included
            raise HTTPException(403, "This request came from another site and was refused.")
        offered = str(form.get("csrf_token") or "")
        if not offered or not hmac.compare_digest(offered.encode(), self.form_token.encode()):
            raise HTTPException(403, "This form has expired or did not come from the review app "
                                     "(the app may have been restarted): reload the page and try again.")


def _secured(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def safe_next(value: str | None, default: str) -> str:
    """Where to go after a POST: only a path on this site, never an address elsewhere."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return default
