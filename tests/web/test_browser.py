"""The review app in a real browser: Debian's chromium driven by Playwright against `consistency serve`.

The server is the real command (uvicorn, two workers) on a free loopback port over a copy of the
demo store. Screenshots of the main pages are written to tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consistency.store import models as m
from consistency.store.db import make_engine, session_scope
from tests.conftest import REPO
from tests.web.conftest import PASSWORD, copy_store

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = REPO / "tests" / "artifacts"
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(pristine_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    root = tmp_path_factory.mktemp("browser")
    url = copy_store(pristine_store, root / "store.db")
    port = _free_port()
    env = {**os.environ, "CONSISTENCY_DB_URL": url, "CONSISTENCY_SECRET_KEY": "browser-test-key",
           "CONSISTENCY_UPLOAD_DIR": str(root / "uploads"), "CONSISTENCY_REPORTS_DIR": str(root / "reports")}
    log = (root / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "consistency.cli", "serve", "--port", str(port), "--workers", "2"],
                            env=env, stdout=log, stderr=subprocess.STDOUT, cwd=root)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError((root / "server.log").read_text())
            time.sleep(0.3)
    else:
        proc.terminate()
        raise RuntimeError("the server did not start in 60 s")
    try:
        yield base, url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()
        assert PASSWORD not in (root / "server.log").read_text()


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (the CI script does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                              "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def shot(page, name: str) -> None:  # noqa: ANN001
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def sign_in(page, base: str, username: str) -> None:  # noqa: ANN001
    page.goto(f"{base}/queue")
    assert "/login" in page.url
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Sign in')")
    try:
        page.wait_for_url(re.compile(r"/queue"), timeout=15000)
    except Exception:
        shot(page, "failed-login")  # what the browser showed, for whoever reads the failure
        raise


def _count(url: str, model: type) -> int:
    engine = make_engine(url)
    with session_scope(engine) as session:
        n = session.execute(select(func.count()).select_from(model)).scalar_one()
    engine.dispose()
    return n


GOOD = ("shop_id,shop_date,branch,channel,shopper,greeting,courtesy,knowledge,resolution,comments\n"
        "WEB-1,2026-11-19,BER,phone,S1,4,5,4,4,Friendly\n"
        "WEB-2,2026-11-19,LON,email,S2,3,3,4,2,Slow answer\n"
        "WEB-3,2026-11-20,MOW,chat,S3,5,5,5,5,Great\n")
BAD = ("shop_id,shop_date,branch,channel,shopper,greeting,courtesy,knowledge,resolution,comments\n"
       "WEB-9,2026-11-19,BER,fax,S1,4,5,4,4,ok\n"
       "WEB-10,2026-11-19,LON,email,S2,9,3,4,2,score out of scale\n"
       "WEB-11,not a date,MOW,chat,S3,5,5,5,5,bad date\n")


def test_a_reviewer_works_the_core_loop_in_the_browser(server: tuple[str, str], browser, tmp_path: Path) -> None:  # noqa: ANN001
    base, url = server
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(f"{base}/queue")
    shot(page, "01-login")
    sign_in(page, base, "rita")
    assert page.locator("table tbody tr").count() >= 1
    shot(page, "02-queue")

    # Open a branch flag: funnel position, trend with alarm date, contributing interactions.
    page.click("a:has-text('BER, email')")
    page.wait_for_url(re.compile(r"/flags/"))
    flag_url = page.url
    assert page.locator("svg[aria-label='daily trend']").count() == 1
    assert page.locator("text=alarm").count() >= 1
    shot(page, "03-flag")

    # Read an interaction: turns with roles and the model's labels with probabilities.
    page.locator("a[href^='/interactions/']").first.click()
    page.wait_for_url(re.compile(r"/interactions/"))
    assert page.locator(".turn.agent").count() >= 1 and page.locator(".turn.customer").count() >= 1
    assert page.locator("text=Model's labels").count() == 1
    assert "negative" in page.content() and "%" in page.locator("table.labels").first.inner_text()
    shot(page, "04-interaction")

    # Relabel: the tone the model did not give.
    model_tone = page.locator("table.labels tr:has-text('tone') td").nth(1).inner_text().strip()
    new_tone = "positive" if model_tone != "positive" else "negative"
    page.select_option("select[name=tone]", new_tone)
    page.click("button:has-text('Save labels')")
    page.wait_for_selector("text=Labels saved")
    assert page.locator(f"table.labels td:has-text('{new_tone}')").count() >= 1

    # Confirm the flag.
    page.goto(flag_url)
    page.click("button:has-text('Confirm flag')")
    page.wait_for_selector("text=Saved: confirm")
    assert page.locator(".pill.confirmed").count() >= 1
    assert page.locator("text=Audit trail").count() == 1

    # Work a QA sample item.
    page.goto(f"{base}/qa")
    page.click("button:has-text('Draw a new sample')")
    page.wait_for_selector("a:has-text('Evaluate')")
    shot(page, "05-qa")
    page.locator("a:has-text('Evaluate')").first.click()
    page.wait_for_selector("text=Your QA judgement")
    for name, value in (("tone", "neutral"), ("courtesy", "courteous"), ("resolution", "resolved"), ("blame", "no_blame")):
        page.select_option(f"select[name={name}]", value)
    page.click("button:has-text('Save and next')")
    page.wait_for_selector("text=QA item saved")
    page.goto(f"{base}/agreement")
    assert page.locator("table").first.locator("td").count() >= 1
    shot(page, "06-agreement")

    # Upload a bad scorecard (row errors, nothing stored), then a good one (stored).
    stored_before = _count(url, m.MysteryShopResult)
    bad, good = tmp_path / "bad-scorecard.csv", tmp_path / "good-scorecard.csv"
    bad.write_text(BAD, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    page.goto(f"{base}/upload")
    page.set_input_files("input[type=file]", str(bad))
    page.click("button:has-text('Check file')")
    page.wait_for_selector("text=nothing stored yet")
    problems = page.locator("table tr").all_inner_texts()
    assert any("channel" in p and "fax" in p for p in problems)
    assert any("greeting" in p and "9" in p for p in problems)
    assert any("shop_date" in p for p in problems)
    shot(page, "07-upload-errors")
    assert _count(url, m.MysteryShopResult) == stored_before
    page.set_input_files("input[type=file]", str(good))
    page.click("button:has-text('Check file')")
    page.wait_for_selector("text=All 3 rows passed every rule")
    page.click("button:has-text('Store 3 rows')")
    page.wait_for_selector("text=Stored 3 scorecard rows")
    assert _count(url, m.MysteryShopResult) == stored_before + 3

    page.goto(f"{base}/dashboard")
    assert page.locator("table.heat").count() == 1 and page.locator("svg[aria-label='funnel plot']").count() == 1
    shot(page, "08-dashboard")

    page.click("button:has-text('Log out')")
    page.wait_for_url(re.compile(r"/login"))
    page.goto(f"{base}/queue")
    assert "/login" in page.url
    context.close()


def test_a_viewer_who_tries_to_decide_is_refused(server: tuple[str, str], browser) -> None:  # noqa: ANN001
    base, url = server
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    sign_in(page, base, "vic")
    page.goto(f"{base}/queue?view=all")
    page.locator("a[href^='/flags/']").first.click()
    page.wait_for_url(re.compile(r"/flags/"))
    assert page.locator("button:has-text('Confirm flag')").count() == 0
    flag_id = page.url.rsplit("/", 1)[1]
    status_before = _status(url, flag_id)
    # Decide anyway: post the decision form by hand with the page's own CSRF token.
    page.evaluate("""(flagId) => {
        const f = document.createElement('form'); f.method = 'post'; f.action = '/flags/' + flagId + '/decide';
        for (const [k, v] of [['csrf_token', document.querySelector('input[name=csrf_token]').value],
                              ['action', 'confirm'], ['version', '0']]) {
            const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); }
        document.body.appendChild(f); f.submit(); }""", flag_id)
    page.wait_for_selector("text=may read but not decide")
    shot(page, "09-viewer-refused")
    assert _status(url, flag_id) == status_before
    context.close()


def _status(url: str, flag_id: str) -> str:
    engine = make_engine(url)
    with session_scope(engine) as session:
        status = session.get(m.FlagRecord, flag_id).status
    engine.dispose()
    return status
