"""Accounts: argon2 password hashes, roles, branch restrictions, sessions and login throttling."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consistency.store import models as m

ROLES = ("viewer", "reviewer", "admin")
SESSION_HOURS = 12
MAX_FAILED_LOGINS = 5  # per user name or per address within the window below
FAILED_LOGIN_WINDOW = timedelta(minutes=15)
MIN_PASSWORD = 8
_hasher = PasswordHasher()
# A hash to verify against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class UserError(ValueError):
    """A request about accounts that cannot be done, with a message for the person who asked."""


@dataclass(frozen=True)
class Principal:
    """Who is asking: what they may do and which branches they may see (None: all)."""

    user_id: int
    username: str
    role: str
    branches: tuple[str, ...] | None
    session_id: str
    csrf: str

    @property
    def can_decide(self) -> bool:
        return self.role in ("reviewer", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def sees(self, branch: str | None) -> bool:
        """A restricted user sees only their branches; chain-wide items (no branch) span others' data."""
        return self.branches is None or (branch is not None and branch in self.branches)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime) -> datetime:
    # SQLite hands timestamps back naive; they were written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def add_user(session: Session, username: str, password: str, role: str,
             branches: list[str] | None = None) -> m.User:
    """Create an account; the password is kept only as an argon2id hash."""
    username = username.strip()
    if not username or len(username) > 64 or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise UserError(f"{username!r}: a user name is 1-64 letters, digits, '.', '-' or '_'")
    if role not in ROLES:
        raise UserError(f"{role!r} is not a role; use one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password must have at least {MIN_PASSWORD} characters")
    if session.execute(select(m.User).where(m.User.username == username)).scalar() is not None:
        raise UserError(f"user {username!r} already exists")
    user = m.User(username=username, password_hash=_hasher.hash(password), role=role,
                  branches=sorted(set(branches)) if branches else None, active=True, created_at=_now())
    session.add(user)
    session.flush()
    return user


def get_user(session: Session, username: str) -> m.User:
    user = session.execute(select(m.User).where(m.User.username == username)).scalar()
    if user is None:
        raise UserError(f"no user {username!r}")
    return user


def list_users(session: Session) -> list[m.User]:
    return list(session.execute(select(m.User).order_by(m.User.username)).scalars())


def set_role(session: Session, username: str, role: str) -> m.User:
    if role not in ROLES:
        raise UserError(f"{role!r} is not a role; use one of {', '.join(ROLES)}")
    user = get_user(session, username)
    user.role = role
    return user


def set_branches(session: Session, username: str, branches: list[str] | None) -> m.User:
    user = get_user(session, username)
    user.branches = sorted(set(branches)) if branches else None
    return user


def set_active(session: Session, username: str, active: bool) -> m.User:
    """Disable (or re-enable) an account; disabling also ends its open sessions."""
    user = get_user(session, username)
    user.active = active
    if not active:
        for s in session.execute(select(m.WebSession).where(m.WebSession.user_id == user.id)).scalars():
            s.ended = True
    return user


def login_blocked(session: Session, username: str, ip: str) -> bool:
    """True when the name or the address had too many failed sign-ins lately (counted in the store)."""
    since = _now() - FAILED_LOGIN_WINDOW
    la = m.LoginAttempt
    failed = select(func.count()).select_from(la).where(la.ok.is_(False), la.at >= since)
    by_name = session.execute(failed.where(la.username == username[:64])).scalar_one()
    by_ip = session.execute(failed.where(la.ip == ip[:64])).scalar_one()
    return by_name >= MAX_FAILED_LOGINS or by_ip >= MAX_FAILED_LOGINS * 4


def authenticate(session: Session, username: str, password: str, ip: str) -> m.User | None:
    """The active user whose password matches, else None; every attempt is counted for throttling."""
    user = session.execute(select(m.User).where(m.User.username == username[:64])).scalar()
    ok = False
    try:
        ok = _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None and user.active
    except (VerificationError, InvalidHashError):
        ok = False
    session.add(m.LoginAttempt(username=username[:64], ip=ip[:64], at=_now(), ok=bool(ok)))
    if ok and user is not None and _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user if ok else None


def start_session(session: Session, user: m.User) -> m.WebSession:
    now = _now()
    web = m.WebSession(id=secrets.token_urlsafe(32), user_id=user.id, csrf=secrets.token_urlsafe(32),
                       created_at=now, expires_at=now + timedelta(hours=SESSION_HOURS), ended=False)
    session.add(web)
    return web


def end_session(session: Session, session_id: str) -> None:
    web = session.get(m.WebSession, session_id)
    if web is not None:
        web.ended = True


def principal_for(session: Session, session_id: str) -> Principal | None:
    """The signed-in user of a live session, or None (ended, expired, or the account disabled)."""
    row = session.execute(select(m.WebSession, m.User).join(m.User, m.User.id == m.WebSession.user_id)
                          .where(m.WebSession.id == session_id)).first()
    if row is None:
        return None
    web, user = row
    if web.ended or not user.active or _aware(web.expires_at) <= _now():
        return None
    return Principal(user.id, user.username, user.role, tuple(user.branches) if user.branches else None,
                     web.id, web.csrf)
