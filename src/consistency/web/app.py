"""The FastAPI application: settings, signed session cookies, CSRF, roles, error pages.

Pages live in ``routes``; this module holds what every request goes through. Run it with
``consistency serve`` (uvicorn, several workers) or ``uvicorn --factory consistency.web.app:create_app``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from consistency.config import Settings
from consistency.detect.sentences import fmt, label
from consistency.store.db import make_engine
from consistency.web import charts
from consistency.web.users import SESSION_HOURS, Principal, principal_for

COOKIE = "consistency_session"
LOGIN_COOKIE = "consistency_login"
TEMPLATES = Path(__file__).resolve().parent / "templates"


def Dep(dependency: Any) -> Any:  # noqa: N802 - reads like FastAPI's Depends
    """``Depends`` that ends (commits) before the response is sent, not after."""
    return Depends(dependency, scope="function")


class LoginRequired(Exception):
    """No live session: the person is sent to the login page."""


class Forbidden(Exception):
    """Signed in but not allowed (role, or a form without its CSRF token)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(Exception):
    """Not there, or not the person's to see: both read the same."""


def secret_key() -> str:
    """The cookie-signing key: CONSISTENCY_SECRET_KEY, shared by every worker (``serve`` sets one if unset)."""
    key = os.environ.get("CONSISTENCY_SECRET_KEY")
    if not key:
        key = secrets.token_urlsafe(32)
        os.environ["CONSISTENCY_SECRET_KEY"] = key  # one process: sessions last until it stops
    return key


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The review app on the configured store (the schema must be at head: ``consistency db upgrade``)."""
    settings = settings or Settings.from_env()
    # A request holds its connection from its first query until the commit, which FastAPI runs in
    # another threadpool hop; a bounded pool then deadlocks once more requests are in flight than
    # it has connections (every thread waits for a connection, every holder waits for a thread).
    # Unbounded overflow never makes a request wait; idle connections beyond 10 are closed.
    engine = engine or make_engine(settings.db_url, pool_size=10, max_overflow=-1)
    app = FastAPI(title="consistency review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.sessions = sessionmaker(engine, expire_on_commit=False)
    app.state.signer = URLSafeTimedSerializer(secret_key(), salt="consistency-session")
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.globals.update(fmt=fmt, metric_label=label, sparkline=charts.sparkline)
    templates.env.filters["pct"] = lambda v: "n/a" if v is None or v != v else f"{100 * v:.0f}%"
    templates.env.filters["num"] = lambda v, d=2: "n/a" if v is None or v != v else f"{v:.{d}f}"
    app.state.templates = templates

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return page(request, "error.html", {"title": "Not allowed", "message": exc.message}, status_code=403)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, _exc: NotFound) -> Response:
        return page(request, "error.html", {"title": "Not found",
                                            "message": "There is nothing here, or it is not yours to see."},
                    status_code=404)

    from consistency.web.routes import router

    app.include_router(router)
    return app


SECURITY_HEADERS = {
    b"x-frame-options": b"DENY",
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"same-origin",
    b"content-security-policy": b"default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                b"script-src 'self'; frame-ancestors 'none'; form-action 'self'",
}


class SecurityHeaders:
    """Security headers on every response, and no caching of pages (a plain ASGI middleware: the
    ``@app.middleware`` kind wraps every response in extra tasks and streams, a cost on each request)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS.items() if k not in present]
                content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if b"text/html" in content_type and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def db(request: Request) -> Iterator[Session]:
    """One unit of work per request: committed when the page was made without an error.

    Used with ``scope="function"`` (see ``Dep``): the commit happens before the response leaves,
    so a browser following a redirect to another worker already sees what was just written.
    """
    with request.app.state.sessions() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def current_user(request: Request, session: Session = Dep(db)) -> Principal:
    raw = request.cookies.get(COOKIE)
    if not raw:
        raise LoginRequired()
    try:
        session_id = request.app.state.signer.loads(raw, max_age=SESSION_HOURS * 3600)
    except BadSignature:
        raise LoginRequired() from None
    who = principal_for(session, str(session_id))
    if who is None:
        raise LoginRequired()
    request.state.user = who
    return who


async def checked_form(request: Request, who: Principal = Dep(current_user)) -> dict[str, Any]:
    """The POSTed form, after its CSRF token was compared with the session's."""
    form = await request.form()
    token = form.get("csrf_token")
    if not isinstance(token, str) or not secrets.compare_digest(token, who.csrf):
        raise Forbidden("This form has expired or did not come from this site (missing CSRF token). "
                        "Go back, reload the page and try again.")
    return {k: form.getlist(k) if len(form.getlist(k)) > 1 else v for k, v in form.items()}


def reviewer(who: Principal = Dep(current_user)) -> Principal:
    if not who.can_decide:
        raise Forbidden(f"Your role ({who.role}) may read but not decide. Ask an admin for the reviewer role.")
    return who


def admin(who: Principal = Dep(current_user)) -> Principal:
    if not who.is_admin:
        raise Forbidden(f"Your role ({who.role}) may not manage users. Only admins may.")
    return who


def page(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    who = getattr(request.state, "user", None)
    return request.app.state.templates.TemplateResponse(
        request, template, {"user": who, "csrf": who.csrf if who else "", **context}, status_code=status_code)


def set_session_cookie(request: Request, response: Response, session_id: str) -> None:
    response.set_cookie(COOKIE, request.app.state.signer.dumps(session_id), max_age=SESSION_HOURS * 3600,
                        httponly=True, samesite="lax", secure=request.url.scheme == "https", path="/")
