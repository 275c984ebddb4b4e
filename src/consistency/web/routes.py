"""The pages: login, queues, drill-downs, decisions, QA sample, agreement, upload, dashboard, admin.

Each handler reads its inputs, calls one library function and renders one template.
"""

from __future__ import annotations

import csv
import io
import secrets
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from consistency.web import qa, queues, review, upload, users, watch
from consistency.web.app import (
    LOGIN_COOKIE,
    COOKIE,
    Dep,
    Forbidden,
    NotFound,
    admin,
    checked_form,
    current_user,
    db,
    page,
    reviewer,
    set_session_cookie,
)
from consistency.web.labels import FIELDS, gold_labels
from consistency.web.users import Principal

router = APIRouter()


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _safe_next(target: str | None) -> str:
    """Only a local path: a login link must not send people to another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/queue"
    return target


def _date_or_none(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


# --- sign in and out -------------------------------------------------------------------------


@router.get("/login")
def login_form(request: Request, next: str = "/queue", error: str = "") -> Response:
    token = secrets.token_urlsafe(24)
    response = page(request, "login.html", {"next": _safe_next(next), "error": error, "login_csrf": token})
    response.set_cookie(LOGIN_COOKIE, request.app.state.signer.dumps(token), max_age=3600, httponly=True,
                        samesite="strict", secure=request.url.scheme == "https", path="/login")
    return response


@router.post("/login")
async def login(request: Request, session: Session = Dep(db)) -> Response:
    form = await request.form()
    username, password = str(form.get("username", ""))[:64], str(form.get("password", ""))[:1024]
    target = _safe_next(str(form.get("next", "")))
    try:
        expected = request.app.state.signer.loads(request.cookies.get(LOGIN_COOKIE, ""), max_age=3600)
    except Exception:  # noqa: BLE001 - any bad or missing cookie is the same refusal
        expected = None
    sent = form.get("csrf_token")
    if not expected or not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
        return page(request, "login.html", {"next": target, "login_csrf": "", "error":
                    "The login form expired. Reload the page and sign in again."}, status_code=403)
    ip = request.client.host if request.client else "unknown"
    # Off the event loop: the argon2 check takes tens of milliseconds of CPU (more on a busy machine),
    # and on the loop it would stall every other request of this worker meanwhile.
    blocked, user = await run_in_threadpool(_sign_in, session, username, password, ip)
    if blocked:
        return page(request, "login.html", {"next": target, "login_csrf": "", "error":
                    "Too many failed sign-ins. Wait 15 minutes and try again."}, status_code=429)
    if user is None:
        session.commit()  # the failed attempt counts even though we answer with an error page
        return _see_other("/login?" + urlencode({"next": target, "error": "Wrong user name or password."}))
    web = users.start_session(session, user)
    review.audit(session, user.username, "login", "user", str(user.id), None, {"ip": ip})
    response = _see_other(target)
    set_session_cookie(request, response, web.id)
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


def _sign_in(session: Session, username: str, password: str, ip: str) -> tuple[bool, Any]:
    """(throttled?, the user if the password matches): the login's database and hashing work."""
    if users.login_blocked(session, username, ip):
        return True, None
    return False, users.authenticate(session, username, password, ip)


@router.post("/logout")
def logout(form: dict = Dep(checked_form), who: Principal = Dep(current_user),
           session: Session = Dep(db)) -> Response:
    users.end_session(session, who.session_id)
    response = _see_other("/login")
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/")
def home(who: Principal = Dep(current_user)) -> Response:
    return _see_other("/queue")


# --- queues ----------------------------------------------------------------------------------


def _queue_filter(request: Request) -> queues.QueueFilter:
    p = request.query_params
    view = p.get("view", "tonight")
    return queues.QueueFilter(
        view=view if view in queues.VIEWS else "tonight", branch=p.get("branch", "")[:64],
        channel=p.get("channel", "")[:16], type=p.get("type", "")[:32], level=p.get("level", "")[:16],
        metric=p.get("metric", "")[:32], status=p.get("status", "")[:16],
        date_from=_date_or_none(p.get("date_from")), date_to=_date_or_none(p.get("date_to")),
        q=p.get("q", "")[:200], sort=p.get("sort", "q") if p.get("sort", "q") in queues.SORTS else "q",
        page=int(p["page"]) if p.get("page", "").isdigit() and 0 < int(p["page"]) < 100_000 else 1)


@router.get("/queue")
def queue(request: Request, who: Principal = Dep(current_user), session: Session = Dep(db)) -> Response:
    f = _queue_filter(request)
    rows, tonight, more = queues.flag_queue(session, who, f)
    params = {k: v for k, v in request.query_params.items() if k != "page"}
    return page(request, "queue.html", {"rows": rows, "f": f, "tonight": tonight, "views": queues.VIEWS,
                                        "options": queues.filter_options(session, who), "sorts": list(queues.SORTS),
                                        "page_base": urlencode(params), "export_query": urlencode(params),
                                        "more": more, "first": (f.page - 1) * queues.QUEUE_PAGE})


@router.get("/watch")
def watch_list(request: Request, who: Principal = Dep(current_user), session: Session = Dep(db)) -> Response:
    items = watch.watch_items(session, who)
    return page(request, "watch.html", {"items": None if items is None else [watch.describe(i) for i in items]})


@router.get("/search")
def search(request: Request, q: str = "", who: Principal = Dep(current_user),
           session: Session = Dep(db)) -> Response:
    return page(request, "search.html", {"q": q[:200], "found": queues.search(session, who, q)})


@router.get("/export/flags.csv")
def export_flags(request: Request, who: Principal = Dep(current_user), session: Session = Dep(db)) -> Response:
    f = _queue_filter(request)
    f.page = 1
    rows, _, _ = queues.flag_queue(session, who, f, limit=queues.EXPORT_LIMIT, trends=False)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "business_date", "type", "metric", "branch", "channel", "agent", "level", "direction",
                     "observed", "expected", "n", "q_value", "status", "assigned_to", "sentence"])
    for r in rows:
        f = r["flag"]
        writer.writerow([f.id, f.business_date, f.type, f.metric, f.branch or "", f.channel or "", f.agent or "",
                         f.level, f.direction, f.observed, f.expected, f.n, f.q_value, f.status,
                         r["assigned_to"] or "", _csv_safe(f.sentence)])
    return _download(out.getvalue(), "flags.csv")


@router.get("/export/labels.csv")
def export_labels(who: Principal = Dep(current_user), session: Session = Dep(db)) -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for row in gold_labels(session, who.branches):
        writer.writerow({k: _csv_safe(str(v)) if v is not None else "" for k, v in row.__dict__.items()})
    return _download(out.getvalue(), "gold-labels.csv")


def _csv_safe(text: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: quote them."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _download(text: str, name: str) -> Response:
    return StreamingResponse(iter([text]), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


# --- flag drill-down and decisions -----------------------------------------------------------


def _flag_or_404(session: Session, who: Principal, flag_id: str) -> Any:
    flag = queues.get_flag(session, who, flag_id[:32])
    if flag is None:
        raise NotFound()
    return flag


def _flag_page(request: Request, session: Session, who: Principal, flag: Any, status_code: int = 200,
               **extra: Any) -> Response:
    context = {
        "flag": flag, "drill": queues.flag_drill(session, who, flag), "state": review.review_state(session, flag),
        **queues.flag_charts(session, who, flag),
        "comments": review.comments(session, flag.id), "history": review.history(session, "flag", flag.id),
        "reasons": review.DISMISS_REASONS, "reviewers": [u.username for u in users.list_users(session)
                                                          if u.active and u.role != "viewer"],
        **extra,
    }
    return page(request, "flag.html", context, status_code=status_code)


@router.get("/flags/{flag_id}")
def flag_detail(request: Request, flag_id: str, who: Principal = Dep(current_user),
                session: Session = Dep(db)) -> Response:
    return _flag_page(request, session, who, _flag_or_404(session, who, flag_id))


def _version(form: dict[str, Any]) -> int:
    try:
        return int(form.get("version", "-1"))
    except (TypeError, ValueError):
        return -1


@router.post("/flags/{flag_id}/decide")
def decide(request: Request, flag_id: str, form: dict = Dep(checked_form), who: Principal = Dep(reviewer),
           session: Session = Dep(db)) -> Response:
    flag = _flag_or_404(session, who, flag_id)
    action = str(form.get("action", ""))
    reason = str(form.get("reason", ""))
    if action == "dismiss" and reason == "other":
        detail = str(form.get("reason_text", "")).strip()
        reason = f"other: {detail}" if detail else ""
    note = str(form.get("note", "")).strip()
    try:
        review.decide(session, who, flag, action, _version(form), reason)
    except review.Conflict as clash:
        # Nothing is lost: what this reviewer meant to do is kept as a comment beside the other decision.
        session.rollback()
        flag = _flag_or_404(session, who, flag_id)
        kept = f"(not applied: the flag had changed) wanted to {action}" + (f", reason: {reason}" if reason else "") \
            + (f". {note}" if note else "")
        review.comment(session, who, flag.id, kept)
        session.commit()
        return _flag_page(request, session, who, flag, conflict=clash.current or review.review_state(session, flag),
                          wanted=action, status_code=409)
    except review.ReviewError as exc:
        return _flag_page(request, session, who, flag, error=str(exc), status_code=400)
    if note:
        review.comment(session, who, flag.id, note)
    return _see_other(f"/flags/{flag.id}?done={action}")


@router.post("/flags/{flag_id}/assign")
def assign(request: Request, flag_id: str, form: dict = Dep(checked_form), who: Principal = Dep(reviewer),
           session: Session = Dep(db)) -> Response:
    flag = _flag_or_404(session, who, flag_id)
    try:
        review.assign(session, who, flag, str(form.get("assignee", "")), _version(form))
    except review.Conflict as clash:
        session.rollback()
        flag = _flag_or_404(session, who, flag_id)
        return _flag_page(request, session, who, flag, conflict=clash.current or review.review_state(session, flag),
                          wanted="assign", status_code=409)
    except review.ReviewError as exc:
        return _flag_page(request, session, who, flag, error=str(exc), status_code=400)
    return _see_other(f"/flags/{flag.id}?done=assign")


@router.post("/flags/{flag_id}/comment")
def add_comment(flag_id: str, form: dict = Dep(checked_form), who: Principal = Dep(reviewer),
                session: Session = Dep(db)) -> Response:
    flag = _flag_or_404(session, who, flag_id)
    review.comment(session, who, flag.id, str(form.get("text", "")))
    return _see_other(f"/flags/{flag.id}#comments")


# --- interactions and labels -----------------------------------------------------------------


@router.get("/interactions/{interaction_id}")
def interaction_detail(request: Request, interaction_id: str, qa_item: int | None = None,
                       who: Principal = Dep(current_user), session: Session = Dep(db)) -> Response:
    inter = queues.get_interaction(session, who, interaction_id[:32])
    if inter is None:
        raise NotFound()
    item = qa.get_item(session, who, qa_item) if qa_item is not None else None
    turns, cls = queues.transcript(session, inter.id)
    return page(request, "interaction.html", {
        "inter": inter, "turns": turns, "cls": cls, "model": review.model_labels(cls),
        "gold": queues.gold_for(session, inter.id), "judgements": review.JUDGEMENTS, "qa_item": item,
        "history": review.history(session, "interaction", inter.id),
        "saved": request.query_params.get("saved")})


@router.post("/interactions/{interaction_id}/relabel")
def relabel(request: Request, interaction_id: str, form: dict = Dep(checked_form),
            who: Principal = Dep(reviewer), session: Session = Dep(db)) -> Response:
    inter = queues.get_interaction(session, who, interaction_id[:32])
    if inter is None:
        raise NotFound()
    item = None
    if form.get("qa_item"):
        try:
            item = qa.get_item(session, who, int(form["qa_item"]))
        except ValueError:
            item = None
        if item is None or item.interaction_id != inter.id:
            raise NotFound()
    labels = {j: str(form.get(j, "")) for j in review.JUDGEMENTS}
    if item is not None and not all(labels.values()):
        raise Forbidden("A QA evaluation needs all four judgements; go back and choose a label for each.")
    try:
        review.relabel(session, who, inter, labels, source="qa" if item else "relabel")
    except review.ReviewError as exc:
        raise Forbidden(str(exc)) from None
    if item is not None:
        qa.complete(session, who, item)
        return _see_other("/qa?done=1")
    return _see_other(f"/interactions/{inter.id}?saved=1")


# --- QA sample and agreement -----------------------------------------------------------------


@router.get("/qa")
def qa_queue(request: Request, who: Principal = Dep(current_user), session: Session = Dep(db)) -> Response:
    return page(request, "qa.html", {"items": qa.open_items(session, who), "counts": qa.item_counts(session, who),
                                     "per_cell": qa.PER_CELL, "days": qa.SAMPLE_DAYS,
                                     "done": request.query_params.get("done")})


@router.post("/qa/draw")
def qa_draw(form: dict = Dep(checked_form), who: Principal = Dep(reviewer),
            session: Session = Dep(db)) -> Response:
    sample = qa.draw_sample(session, who)
    review.audit(session, who.username, "draw", "qa_sample", sample, None, {"per_cell": qa.PER_CELL})
    return _see_other("/qa")


@router.get("/agreement")
def agreement(request: Request, who: Principal = Dep(current_user), session: Session = Dep(db)) -> Response:
    return page(request, "agreement.html", {"model": qa.model_agreement(session, who),
                                            "all_labels": qa.model_agreement(session, who, qa_only=False),
                                            "pairs": qa.reviewer_kappa(session, who)})


# --- mystery-shop upload ---------------------------------------------------------------------


@router.get("/upload")
def upload_form(request: Request, who: Principal = Dep(reviewer)) -> Response:
    return page(request, "upload.html", {"max_mb": upload.MAX_BYTES // (1024 * 1024)})


@router.post("/upload")
async def upload_check(request: Request, who: Principal = Dep(reviewer)) -> Response:
    length = int(request.headers.get("content-length") or 0)
    if length > upload.MAX_BYTES + 64 * 1024:
        return page(request, "upload.html", {"max_mb": upload.MAX_BYTES // (1024 * 1024), "error":
                    f"The file is larger than the {upload.MAX_BYTES // (1024 * 1024)} MB limit."}, status_code=413)
    form = await checked_form(request, who)
    file = form.get("file")
    if not isinstance(file, UploadFile) and not hasattr(file, "read"):
        return page(request, "upload.html", {"max_mb": upload.MAX_BYTES // (1024 * 1024),
                                             "error": "Choose a scorecard file to upload."}, status_code=400)
    data = await file.read(upload.MAX_BYTES + 1)
    try:
        token, path = upload.stage(file.filename or "", data)
    except upload.UploadRefused as exc:
        status = 413 if len(data) > upload.MAX_BYTES else 415
        return page(request, "upload.html", {"max_mb": upload.MAX_BYTES // (1024 * 1024), "error": str(exc)},
                    status_code=status)
    checked = upload.validate(request.app.state.settings, token, path)
    return page(request, "upload.html", {"max_mb": upload.MAX_BYTES // (1024 * 1024), "checked": checked})


@router.post("/upload/store")
def upload_store(request: Request, form: dict = Dep(checked_form), who: Principal = Dep(reviewer),
                 session: Session = Dep(db)) -> Response:
    token = str(form.get("token", ""))
    try:
        result = upload.store(request.app.state.settings, token)
    except upload.UploadRefused as exc:
        return page(request, "upload.html", {"max_mb": upload.MAX_BYTES // (1024 * 1024), "error": str(exc)},
                    status_code=400)
    review.audit(session, who.username, "upload", "mystery_shop", token, None,
                 {"stored": result["mystery_shop"], "quarantined": sum(result["quarantined"].values())})
    return page(request, "upload.html", {"max_mb": upload.MAX_BYTES // (1024 * 1024), "stored": result})


# --- dashboard -------------------------------------------------------------------------------


@router.get("/dashboard")
def dashboard(request: Request, metric: str = "resolution_rate", who: Principal = Dep(current_user),
              session: Session = Dep(db)) -> Response:
    from consistency.web import charts

    metric = metric if metric in queues.RATE_METRICS else "resolution_rate"
    data = queues.dashboard(session, who, metric)
    funnel_svg = None
    if data.get("funnel_center") is not None:
        funnel_svg = charts.funnel(data["funnel_points"], data["funnel_center"], lambda v: queues.fmt(metric, v))
    return page(request, "dashboard.html", {"d": data, "metrics": queues.RATE_METRICS, "funnel_svg": funnel_svg})


# --- admin -----------------------------------------------------------------------------------


@router.get("/audit")
def audit_log(request: Request, who: Principal = Dep(admin), session: Session = Dep(db)) -> Response:
    from sqlalchemy import select

    from consistency.store import models as m

    entries = session.execute(select(m.AuditEntry).order_by(m.AuditEntry.id.desc()).limit(300)).scalars().all()
    return page(request, "audit.html", {"entries": entries})


@router.get("/admin/users")
def users_page(request: Request, who: Principal = Dep(admin), session: Session = Dep(db)) -> Response:
    return page(request, "users.html", {"users": users.list_users(session), "roles": users.ROLES,
                                        "error": request.query_params.get("error", "")})


@router.post("/admin/users")
def users_change(form: dict = Dep(checked_form), who: Principal = Dep(admin),
                 session: Session = Dep(db)) -> Response:
    action = str(form.get("action", ""))
    username = str(form.get("username", ""))
    try:
        if action == "add":
            branches = [b.strip() for b in str(form.get("branches", "")).split(",") if b.strip()]
            user = users.add_user(session, username, str(form.get("password", "")), str(form.get("role", "viewer")),
                                  branches or None)
            after = {"role": user.role, "branches": user.branches, "active": True}
            review.audit(session, who.username, "user_add", "user", username, None, after)
        elif action in ("disable", "enable"):
            if username == who.username:
                raise users.UserError("you cannot disable your own account")
            user = users.set_active(session, username, action == "enable")
            review.audit(session, who.username, f"user_{action}", "user", username, None, {"active": user.active})
        elif action == "role":
            before = users.get_user(session, username).role
            user = users.set_role(session, username, str(form.get("role", "")))
            review.audit(session, who.username, "user_role", "user", username, {"role": before}, {"role": user.role})
        else:
            raise users.UserError(f"unknown action {action!r}")
    except users.UserError as exc:
        session.rollback()
        return _see_other("/admin/users?" + urlencode({"error": str(exc)}))
    return _see_other("/admin/users")
