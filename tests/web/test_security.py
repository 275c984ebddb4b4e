"""Security of the review app: sessions, CSRF, roles, branch restriction, passwords, uploads, injection."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import func, inspect, select

from consistency.config import Settings
from consistency.store import models as m
from consistency.store.db import make_engine, session_scope
from consistency.web.app import create_app
from tests.web.conftest import PASSWORD, Known, csrf_of, login


@pytest.fixture(scope="module")
def app(store_url: str, tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    import os

    os.environ["CONSISTENCY_UPLOAD_DIR"] = str(tmp_path_factory.mktemp("uploads"))
    return create_app(Settings.from_env(db_url=store_url, reports_dir=tmp_path_factory.mktemp("reports")))


def client_as(app, username: str | None) -> TestClient:  # noqa: ANN001
    client = TestClient(app, follow_redirects=False)
    if username:
        assert login(client, username).status_code == 303
    return client


def _count(store_url: str, model: type) -> int:
    engine = make_engine(store_url)
    with session_scope(engine) as session:
        n = session.execute(select(func.count()).select_from(model)).scalar_one()
    engine.dispose()
    return n


def _flag_status(store_url: str, flag_id: str) -> str:
    engine = make_engine(store_url)
    with session_scope(engine) as session:
        status = session.get(m.FlagRecord, flag_id).status
    engine.dispose()
    return status


def _routes(app) -> list[tuple[str, str]]:  # noqa: ANN001
    from consistency.web.routes import router  # the app includes it whole; FastAPI lists it lazily

    out = []
    for route in router.routes:
        if isinstance(route, APIRoute):
            path = re.sub(r"\{[^}]+\}", "x1", route.path)
            out.extend((method, path) for method in sorted(route.methods) if method in ("GET", "POST"))
    return out


def test_every_route_without_a_session_redirects_to_login(app) -> None:  # noqa: ANN001
    client = client_as(app, None)
    checked = 0
    for method, path in _routes(app):
        if path == "/login":
            continue
        response = client.request(method, path)
        assert response.status_code == 303, (method, path, response.status_code)
        assert response.headers["location"].startswith("/login?next="), (method, path)
        checked += 1
    assert checked >= 20


def test_a_forged_or_stale_session_cookie_is_a_login_redirect(app) -> None:  # noqa: ANN001
    client = client_as(app, None)
    client.cookies.set("consistency_session", "forged.value.here")
    assert client.get("/queue").status_code == 303


def test_post_without_or_with_a_wrong_csrf_token_is_refused_and_changes_nothing(app, store_url: str,
                                                                               known: Known) -> None:  # noqa: ANN001
    client = client_as(app, "ann")
    before = _count(store_url, m.AuditEntry)
    for method, path in _routes(app):
        if method != "POST" or path == "/login":
            continue
        path = path.replace("x1", known.ber_flag) if path.startswith("/flags") else path
        path = path.replace("x1", known.ber_interaction)
        for data in ({}, {"csrf_token": "not-the-token"}):
            response = client.post(path, data={**data, "action": "confirm", "version": "0", "text": "hi"})
            assert response.status_code == 403, (path, data, response.status_code)
            assert "CSRF" in response.text
    assert _flag_status(store_url, known.ber_flag) == "open"
    assert _count(store_url, m.AuditEntry) == before
    assert client.get("/queue").status_code == 200  # still signed in: logout without a token was refused


def test_login_form_without_its_token_is_refused(app) -> None:  # noqa: ANN001
    client = client_as(app, None)
    response = client.post("/login", data={"username": "ann", "password": PASSWORD})
    assert response.status_code == 403
    assert "consistency_session" not in response.cookies


def test_session_cookie_is_signed_httponly_and_samesite(app) -> None:  # noqa: ANN001
    client = client_as(app, None)
    response = login(client, "ann")
    cookie = [h for h in response.headers.get_list("set-cookie") if h.startswith("consistency_session=")][0]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    value = cookie.split(";")[0].split("=", 1)[1]
    tampered = value[:-2] + ("AA" if not value.endswith("AA") else "BB")
    other = client_as(app, None)
    other.cookies.set("consistency_session", tampered)
    assert other.get("/queue").status_code == 303


def test_logout_ends_the_session_on_the_server(app) -> None:  # noqa: ANN001
    client = client_as(app, "rita")
    cookie = client.cookies.get("consistency_session")
    page = client.get("/queue")
    assert client.post("/logout", data={"csrf_token": csrf_of(page.text)}).status_code == 303
    replay = client_as(app, None)
    replay.cookies.set("consistency_session", cookie)
    assert replay.get("/queue").status_code == 303


def test_viewer_may_read_but_not_decide(app, store_url: str, known: Known) -> None:  # noqa: ANN001
    client = client_as(app, "vic")
    page = client.get(f"/flags/{known.ber_flag}")
    assert page.status_code == 200 and "Confirm flag" not in page.text
    token = csrf_of(page.text)
    response = client.post(f"/flags/{known.ber_flag}/decide", data={"csrf_token": token, "action": "confirm",
                                                                     "version": "0"})
    assert response.status_code == 403 and "may read but not decide" in response.text
    response = client.post(f"/interactions/{known.ber_interaction}/relabel", data={"csrf_token": token,
                                                                                   "tone": "positive"})
    assert response.status_code == 403
    assert client.get("/admin/users").status_code == 403
    assert _flag_status(store_url, known.ber_flag) == "open"


def test_branch_restricted_reviewer_gets_404_for_other_branches_by_url_search_and_export(
        app, store_url: str, known: Known) -> None:  # noqa: ANN001
    # Someone with every branch labels a BER interaction, so the labels export has something to hide.
    rita = client_as(app, "rita")
    page = rita.get(f"/interactions/{known.ber_interaction}")
    assert rita.post(f"/interactions/{known.ber_interaction}/relabel",
                     data={"csrf_token": csrf_of(page.text), "tone": "negative"}).status_code == 303
    assert known.ber_interaction in rita.get("/export/labels.csv").text

    bert = client_as(app, "bert")  # LON only
    assert bert.get(f"/flags/{known.ber_flag}").status_code == 404
    assert bert.get(f"/flags/{known.chain_flag}").status_code == 404  # chain-wide: spans other branches
    assert bert.get(f"/interactions/{known.ber_interaction}").status_code == 404
    assert bert.get(f"/interactions/{known.lon_interaction}").status_code == 200
    assert bert.get("/flags/does-not-exist").status_code == 404  # reads the same as another branch's
    token = csrf_of(bert.get("/queue").text)
    assert bert.post(f"/flags/{known.ber_flag}/decide", data={"csrf_token": token, "action": "confirm",
                                                              "version": "0"}).status_code == 404
    assert bert.post(f"/interactions/{known.ber_interaction}/relabel",
                     data={"csrf_token": token, "tone": "positive"}).status_code == 404
    queue = bert.get("/queue?view=all").text
    assert known.ber_flag not in queue and known.chain_flag not in queue
    assert bert.get("/queue?view=all&branch=BER").text.count("/flags/") == 0
    found = bert.get("/search", params={"q": "BER"}).text
    assert f"/flags/{known.ber_flag}" not in found
    assert known.ber_interaction not in bert.get("/search", params={"q": known.ber_interaction[:10]}).text
    flags_csv = bert.get("/export/flags.csv?view=all").text
    assert known.ber_flag not in flags_csv and ",BER," not in flags_csv
    labels_csv = bert.get("/export/labels.csv").text
    assert known.ber_interaction not in labels_csv and ",BER," not in labels_csv
    dashboard = bert.get("/dashboard").text
    assert "<th>BER</th>" not in dashboard and "<th>LON</th>" in dashboard
    assert bert.post("/qa/draw", data={"csrf_token": token}).status_code == 303
    engine = make_engine(store_url)
    with session_scope(engine) as session:
        drawn = session.execute(select(m.QASampleItem.branch).where(m.QASampleItem.drawn_by == "bert")).scalars().all()
    engine.dispose()
    assert drawn and set(drawn) == {"LON"}


def test_passwords_are_never_stored_or_logged_in_clear(store_url: str, app, caplog: pytest.LogCaptureFixture,
                                                       tmp_path: Path) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from consistency.cli import app as cli

    caplog.set_level(logging.DEBUG)
    secret = "Very-Unusual-Pass-9731"
    result = CliRunner().invoke(cli, ["users", "add", "paula", "--role", "viewer", "--password-stdin"],
                                input=secret + "\n", env={"CONSISTENCY_DB_URL": store_url})
    assert result.exit_code == 0, result.output
    assert secret not in result.output
    client = client_as(app, None)
    assert login(client, "paula", secret).status_code == 303
    assert login(client_as(app, None), "paula", secret + "x").status_code == 303  # wrong: back to the form
    assert secret not in caplog.text
    engine = make_engine(store_url)
    with session_scope(engine) as session:
        stored = session.execute(select(m.User.password_hash).where(m.User.username == "paula")).scalar_one()
    engine.dispose()
    assert stored.startswith("$argon2id$") and secret not in stored
    raw = b"".join(p.read_bytes() for p in Path(store_url.removeprefix("sqlite:///")).parent.glob("store.db*"))
    assert secret.encode() not in raw


def test_login_is_throttled_after_repeated_failures(app) -> None:  # noqa: ANN001
    for _ in range(5):
        assert login(client_as(app, None), "rolf", "wrong-password").status_code == 303
    blocked = login(client_as(app, None), "rolf")  # even the right password is refused now
    assert blocked.status_code == 429 and "Too many failed sign-ins" in blocked.text


@pytest.mark.parametrize(("name", "payload", "status"), [
    ("big.csv", b"shop_id,shop_date\n" + b"x" * (6 * 1024 * 1024), 413),
    ("scorecard.exe", b"MZ\x90\x00binary", 415),
    ("scorecard.xlsx", b"shop_id,shop_date,branch\n", 415),
    ("scorecard.csv", b"PK\x03\x04zipped", 415),
    ("scorecard.csv", b"shop_id\x00\x00\x00", 415),
    ("scorecard.csv", b"", 415),
])
def test_oversize_and_wrong_type_uploads_are_refused(app, store_url: str, name: str, payload: bytes,
                                                    status: int) -> None:  # noqa: ANN001
    client = client_as(app, "rita")
    before = _count(store_url, m.MysteryShopResult)
    token = csrf_of(client.get("/upload").text)
    response = client.post("/upload", data={"csrf_token": token}, files={"file": (name, payload, "text/csv")})
    assert response.status_code == status, response.text[:500]
    assert _count(store_url, m.MysteryShopResult) == before


INJECTIONS = ["<script>alert('x')</script>", "'; DROP TABLE flags; --", "\" OR \"1\"=\"1", "%' OR 1=1 --",
              "<img src=x onerror=alert(1)>", "{{ 7*7 }}"]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_injection_in_filters_and_search_is_harmless(app, store_url: str, attack: str) -> None:  # noqa: ANN001
    client = client_as(app, "ann")
    flags_before = _count(store_url, m.FlagRecord)
    everything = client.get("/queue", params={"view": "all"}).text.count('href="/flags/')
    for params in ({"view": "all", "q": attack}, {"view": "all", "branch": attack}, {"view": "all", "metric": attack}):
        response = client.get("/queue", params=params)
        assert response.status_code == 200
        assert "<script>alert" not in response.text and "<img src=x" not in response.text
        assert response.text.count('href="/flags/') == 0  # matched nothing, did not match everything
    # A sort key or a date that is not one is ignored: the same list as without it.
    ignored = client.get("/queue", params={"view": "all", "sort": attack, "date_from": attack})
    assert ignored.status_code == 200 and ignored.text.count('href="/flags/') == everything > 0
    found = client.get("/search", params={"q": attack})
    assert found.status_code == 200 and "<script>alert" not in found.text and "<img src=x" not in found.text
    assert "49" not in re.findall(r"Search: “([^”]*)”", found.text)[0]  # no template evaluation
    assert client.get("/export/flags.csv", params={"view": "all", "q": attack}).text.count("\n") == 1
    assert client.get("/dashboard", params={"metric": attack}).status_code == 200
    assert _count(store_url, m.FlagRecord) == flags_before


@pytest.mark.parametrize("attack", INJECTIONS)
def test_injection_in_text_fields_is_stored_as_text_and_shown_escaped(app, store_url: str, known: Known,
                                                                      attack: str) -> None:  # noqa: ANN001
    client = client_as(app, "ann")
    page = client.get(f"/flags/{known.chain_flag}")
    token = csrf_of(page.text)
    assert client.post(f"/flags/{known.chain_flag}/comment", data={"csrf_token": token, "text": attack}).status_code == 303
    shown = client.get(f"/flags/{known.chain_flag}").text
    assert "<script>alert" not in shown and "<img src=x" not in shown
    assert attack.replace("<", "&lt;").replace(">", "&gt;").split("'")[0] in shown.replace("&#39;", "'").replace("&#34;", '"').replace("&quot;", '"')
    upload = client.post("/upload", data={"csrf_token": token},
                         files={"file": (f"{attack}.csv", b"shop_id,shop_date\n1,2026-11-01\n", "text/csv")})
    assert "<script>alert" not in upload.text and "<img src=x" not in upload.text
    assert login(client_as(app, None), attack, attack).status_code == 303  # not signed in
    assert client.post("/admin/users", data={"csrf_token": token, "action": "add", "username": attack,
                                             "password": "long enough pw", "role": "viewer"}).status_code == 303
    assert "<script>alert" not in client.get("/admin/users").text
    engine = make_engine(store_url)
    assert inspect(engine).has_table("flags") and inspect(engine).has_table("users")
    with session_scope(engine) as session:
        texts = session.execute(select(m.FlagComment.text)).scalars().all()
    engine.dispose()
    assert attack in texts


def test_security_headers_forbid_framing_and_foreign_scripts(app) -> None:  # noqa: ANN001
    response = client_as(app, "ann").get("/queue")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"


def test_login_next_parameter_cannot_send_people_elsewhere(app) -> None:  # noqa: ANN001
    client = client_as(app, None)
    page = client.get("/login", params={"next": "//evil.example.org/x"})
    response = client.post("/login", data={"username": "ann", "password": PASSWORD, "csrf_token": csrf_of(page.text),
                                           "next": "//evil.example.org/x"})
    assert response.headers["location"] == "/queue"
