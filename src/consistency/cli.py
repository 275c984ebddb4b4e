"""The `consistency` command: thin wrappers over library functions (see `consistency.pipeline`)."""

from __future__ import annotations

import json
import os
import signal
import sys
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from consistency.config import Settings

app = typer.Typer(help="Audit whether customer service is the same in every branch and channel.",
                  no_args_is_help=True, add_completion=False, rich_markup_mode="rich")
db_app = typer.Typer(help="Manage the store's schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
users_app = typer.Typer(help="Manage the review app's accounts.", no_args_is_help=True)
app.add_typer(users_app, name="users")
labels_app = typer.Typer(help="Reviewers' gold labels.", no_args_is_help=True)
app.add_typer(labels_app, name="labels")
console = Console(stderr=True)
out = Console()

JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON to stdout.")]
RereadOpt = Annotated[bool, typer.Option("--reread", help="Read every export folder again, even those the ingest "
                                                           "ledger says were loaded from the same files.")]
DateOpt = Annotated[Optional[str], typer.Option("--date", help="Business date, YYYY-MM-DD (default: yesterday).")]


def _settings() -> Settings:
    return Settings.from_env()


def _parse_date(value: str | None) -> date:
    if value is None:
        return date.today() - timedelta(days=1)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@contextmanager
def _progress(enabled: bool = True) -> Iterator[Any]:
    """A progress display; each step reports (what, how many) and gets its own line."""
    columns = [SpinnerColumn(), TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn()]
    # No refresh thread (auto_refresh off; each report redraws): the local runner forks its workers only
    # when no other thread could hold a lock, and rich's refresher would keep every audit on one core.
    with Progress(*columns, console=console, transient=False, disable=not enabled, auto_refresh=False) as bar:
        tasks: dict[str, Any] = {}

        def report(what: str, done: int, total: int | None = None, cumulative: bool = False) -> None:
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=total)
            if cumulative:
                bar.update(tasks[what], completed=done, total=total, refresh=True)
            else:
                bar.update(tasks[what], advance=done, total=total, refresh=True)

        yield report


@contextmanager
def _night_errors() -> Iterator[None]:
    """Known ways a night can stop, each one a readable line and an exit code instead of a traceback.

    SIGTERM (a scheduler stopping the job) ends the command like Ctrl-C: the unit of work in flight
    is rolled back, everything committed before stays, and the same command resumes.
    """
    from consistency.config import DefaultKeyError
    from consistency.pipeline import ReportError
    from consistency.store.locks import NightBusy
    from consistency.store.retry import StoreUnavailable

    def stop(signum: int, _frame: Any) -> None:
        console.print("[yellow]stopped by SIGTERM[/yellow]: work committed so far is kept; run the same command "
                      "again to resume (nothing is done twice)")
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    except (StoreUnavailable, ReportError, DefaultKeyError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2 if isinstance(exc, DefaultKeyError) else 1) from None
    except NightBusy as exc:
        console.print(f"[yellow]not started:[/yellow] {exc}")
        raise typer.Exit(3) from None
    finally:
        signal.signal(signal.SIGTERM, previous)


def _emit(data: Any, as_json: bool) -> None:
    if as_json:
        out.print_json(json.dumps(data, default=str))


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Where the generated exports go.")] = Path("demo-data"),
    branches: Annotated[int, typer.Option(help="Number of branches.")] = 12,
    days: Annotated[int, typer.Option(help="Number of days of history.")] = 30,
    interactions: Annotated[int, typer.Option(help="Approximate number of interactions.")] = 50_000,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same files.")] = 7,
    end_date: Annotated[Optional[str], typer.Option("--end-date", help="Last business date, YYYY-MM-DD "
                                                    "(default: a fixed date, so a seed always gives the same chain).")] = None,
    with_prefect: Annotated[bool, typer.Option("--with-prefect", help="Run the Prefect flow (starts a temporary server).")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Generate a demo chain with planted problems, audit it end to end and write the report.

    Example: [bold]consistency demo --branches 12 --days 30[/bold]
    """
    from consistency.demo import generate
    from consistency.pipeline import demo_audit, score_demo

    settings = _settings()
    with _progress(not as_json) as progress:
        summary = generate(out_dir, branches=branches, days=days, interactions=interactions, seed=seed,
                           end_date=_parse_date(end_date) if end_date else None, progress=lambda done, total: progress("generate days", done, total, cumulative=True))
        end = date.fromisoformat(summary["end_date"])
        settings = Settings.from_env(inbox=out_dir / "exports")
        if with_prefect:
            from flows.backfill import backfill_flow

            stats = backfill_flow(start=end - timedelta(days=days - 1), end=end, demo=True)
        else:
            stats = demo_audit(settings, out_dir / "exports", end, progress)
    stats["planted"] = str(out_dir / "planted.json")
    truth = score_demo(settings, out_dir / "planted.json", end)
    stats["truth"] = {"found": sorted(p for p, f in truth.matched.items() if f), "missed": truth.missed,
                      "flags": truth.flags, "false_alarms": len(truth.false_alarms)}
    if as_json:
        _emit(stats, True)
        return
    console.print(f"[green]Demo audited.[/green] {stats.get('flags', 0)} flags; planted truth: {stats['planted']}")
    console.print(f"Planted problems flagged: {len(stats['truth']['found'])} of {len(truth.matched)}"
                  f"{' (missed: ' + ', '.join(truth.missed) + ')' if truth.missed else ''}; "
                  f"flags no planted problem explains: {len(truth.false_alarms)} of {truth.flags}")
    out.print(f"Report: {Path(stats['report']).resolve()}")


@app.command()
def ingest(
    path: Annotated[Path, typer.Argument(help="An export folder (phone/, email/, chat/, in_person/, mystery_shop/ inside).")],
    demo: Annotated[bool, typer.Option("--demo", help="The data is demo data: the default pseudonym key is allowed.")] = False,
    reread: RereadOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Read, validate and store every export under PATH; bad rows go to quarantine.

    Example: [bold]consistency ingest exports/2026-11-21[/bold]
    """
    from consistency.pipeline import ingest as run_ingest, open_store

    if not path.exists():
        console.print(f"[red]error:[/red] {path}: no such file or folder")
        raise typer.Exit(2)
    settings = Settings.from_env(ingest_force=reread or None)
    _require_key(settings, demo)
    engine = open_store(settings)
    with _night_errors(), _progress(not as_json) as progress:
        report = run_ingest(engine, path, settings, None, progress)
    _print_ingest(report.as_dict(), as_json)


def _print_ingest(stats: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _emit(stats, True)
        return
    for line in stats["file_errors"]:
        console.print(f"[yellow]skipped[/yellow] {line}")
    for line in stats.get("notes", []):
        console.print(f"[cyan]note[/cyan] {line}")
    for folder in stats.get("skipped", []):
        console.print(f"[cyan]already loaded[/cyan] {folder} (same files; --reread reads it again)")
    table = Table("what", "count", title="Ingest")
    for kind, n in sorted(stats["interactions"].items()):
        table.add_row(f"{kind} interactions", str(n))
    table.add_row("mystery-shop results", str(stats["mystery_shop"]))
    for rule, n in sorted(stats["quarantined"].items()):
        table.add_row(f"quarantined: {rule}", str(n))
    table.add_row("duplicates merged", str(stats.get("duplicates", 0)))
    out.print(table)
    for line in stats.get("duplicate_examples", [])[:5]:
        console.print(f"[yellow]duplicate[/yellow] {line}")


@app.command()
def audit(
    business_date: DateOpt = None,
    source: Annotated[Optional[Path], typer.Option(help="Export folder to ingest first (default: <inbox>/<date>).")] = None,
    branch: Annotated[Optional[list[str]], typer.Option(help="Only these branches (repeatable).")] = None,
    with_prefect: Annotated[bool, typer.Option("--with-prefect", help="Run as a Prefect flow run.")] = False,
    demo: Annotated[bool, typer.Option("--demo", help="The data is demo data: the default pseudonym key is allowed.")] = False,
    reread: RereadOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Run the nightly audit for one business date: ingest, classify, aggregate, detect, report.

    Example: [bold]consistency audit --date 2026-11-21[/bold]
    """
    day = _parse_date(business_date)
    _require_key(_settings(), demo)
    with _night_errors():
        if reread:
            os.environ["CONSISTENCY_INGEST_FORCE"] = "1"  # the flow's tasks read their settings from it
        if with_prefect:
            from flows.nightly_audit import nightly_audit

            stats = nightly_audit(business_date=day, source=str(source) if source else None, branches=branch,
                                  demo=demo)
        else:
            from consistency.pipeline import audit as run_audit

            with _progress(not as_json) as progress:
                stats = run_audit(Settings.from_env(allow_default_key=True if demo else None), day, source, branch,
                                  progress)
    if as_json:
        _emit(stats, True)
        return
    out.print(f"{stats['flags']} flags for {day}. Report: {Path(stats['report']).resolve()}")


@app.command("upload-mystery-shop")
def upload_mystery_shop(
    path: Annotated[Path, typer.Argument(help="Scorecard file (.csv or .xlsx) or a folder of them.")],
    demo: Annotated[bool, typer.Option("--demo", help="The data is demo data: the default pseudonym key is allowed.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Load a mystery-shop vendor scorecard; it is compared with the logs at the next audit.

    Example: [bold]consistency upload-mystery-shop scorecards-2026-11.xlsx[/bold]
    """
    from consistency.pipeline import upload_mystery_shop as run_upload

    _require_key(_settings(), demo)
    if not path.exists():
        console.print(f"[red]error:[/red] {path}: no such file or folder")
        raise typer.Exit(2)
    with _night_errors():
        report = run_upload(Settings.from_env(allow_default_key=True if demo else None), path)
    _print_ingest(report.as_dict(), as_json)


@app.command()
def flags(
    business_date: Annotated[Optional[str], typer.Option("--date", help="Business date (default: latest audited).")] = None,
    status: Annotated[Optional[str], typer.Option(help="open, confirmed or dismissed.")] = None,
    csv: Annotated[Optional[Path], typer.Option(help="Also write the flags to this CSV file.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the flags of an audit, most certain first.

    Example: [bold]consistency flags --json[/bold]
    """
    from consistency.report.export import flag_dicts, write_flags_csv
    from consistency.store import repository as repo
    from consistency.store.db import session_scope
    from consistency.pipeline import open_store

    engine = open_store(_settings())
    with session_scope(engine) as session:
        rows = flag_dicts(repo.list_flags(session, _parse_date(business_date) if business_date else None, status))
    if csv:
        write_flags_csv(rows, csv)
    if as_json:
        _emit(rows, True)
        return
    table = Table("type", "metric", "branch", "channel", "level", "observed", "expected", "n", "q", "first seen",
                  title=f"{len(rows)} flags")
    for f in rows:
        table.add_row(f["type"], f["metric"], f["branch"] or "all", f["channel"] or "all", f["level"],
                      _fmt(f["observed"]), _fmt(f["expected"]), str(f["n"]), _fmt(f["q_value"]), str(f["first_seen"]))
    out.print(table)
    for f in rows:
        out.print(f"- {f['sentence']}")


@app.command()
def watch(
    business_date: Annotated[Optional[str], typer.Option("--date", help="Business date (default: latest audited).")] = None,
    status: Annotated[Optional[str], typer.Option(help="watching, promoted or retired (default: all of the night).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the watch list: early warnings of drift that are not (yet) flags.

    Each item is a branch x channel and metric whose CUSUM crossed its threshold: alarm date,
    estimated onset, size since onset with its n. CONSISTENCY_WATCH_RATE sets how many false items
    a night the list lets through, chain-wide (default 1.0).

    Example: [bold]consistency watch --json[/bold]
    """
    from consistency.pipeline import open_store
    from consistency.report.export import watch_dicts
    from consistency.store import repository as repo
    from consistency.store.db import session_scope

    engine = open_store(_settings())
    with session_scope(engine) as session:
        rows = watch_dicts(repo.list_watch_items(session, _parse_date(business_date) if business_date else None, status))
    if as_json:
        _emit(rows, True)
        return
    table = Table("status", "metric", "branch", "channel", "alarm", "onset", "size", "observed", "expected", "n",
                  "CUSUM / threshold", title=f"{sum(r['status'] == 'watching' for r in rows)} on the watch list")
    for r in rows:
        table.add_row(r["status"], r["metric"], r["branch"], r["channel"], str(r["alarm_date"]), str(r["onset_date"]),
                      _fmt(r["size"]), _fmt(r["observed"]), _fmt(r["expected"]), str(r["n"]),
                      f"{r['cusum']:.1f} / {r['threshold']:.1f}")
    out.print(table)


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3g}"


quarantine_app = typer.Typer(help="List quarantined records, or replay them once the cause is fixed.")
app.add_typer(quarantine_app, name="quarantine")


@quarantine_app.callback(invoke_without_command=True)
def quarantine(
    ctx: typer.Context,
    source: Annotated[Optional[str], typer.Option(help="Only this source kind (phone, email, ...).")] = None,
    rule: Annotated[Optional[str], typer.Option(help="Only this rule (a prefix: 'expect_' matches every suite rule).")] = None,
    file: Annotated[Optional[str], typer.Option(help="Only files whose path contains this text.")] = None,
    run: Annotated[Optional[int], typer.Option(help="Only records quarantined by this run id.")] = None,
    replayed: Annotated[bool, typer.Option("--replayed", help="Also list records a replay has stored since.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many records.")] = 200,
    as_json: JsonOpt = False,
) -> None:
    """List quarantined records: file, row, the rule broken and the message, filtered by run, rule and file.

    Example: [bold]consistency quarantine --rule truncated_row --file visits[/bold]
    """
    if ctx.invoked_subcommand is not None:
        return
    from consistency.pipeline import open_store
    from consistency.quarantine import list_quarantine
    from consistency.store.db import session_scope

    with session_scope(open_store(_settings())) as session:
        rows = [{"run": q.run_id, "source": q.source, "file": q.file, "row": q.row, "rule": q.rule,
                 "message": q.message, "raw": q.raw, "sha256": q.content_sha256, "stored_copy": q.stored_copy,
                 "replayed_at": q.replayed_at}
                for q in list_quarantine(session, source=source, rule=rule, file=file, run=run,
                                         include_replayed=replayed, limit=limit)]
    if as_json:
        _emit(rows, True)
        return
    table = Table("run", "source", "file", "row", "rule", "message", title=f"{len(rows)} quarantined")
    for q in rows:
        table.add_row(str(q["run"] or "-"), q["source"], q["file"], "-" if q["row"] is None else str(q["row"]),
                      q["rule"], q["message"])
    out.print(table)


@quarantine_app.command("replay")
def quarantine_replay(
    rule: Annotated[Optional[str], typer.Option(help="Only records quarantined under this rule (prefix).")] = None,
    file: Annotated[Optional[str], typer.Option(help="Only records from files whose path contains this text.")] = None,
    run: Annotated[Optional[int], typer.Option(help="Only records quarantined by this run id.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Only this source kind.")] = None,
    demo: Annotated[bool, typer.Option("--demo", help="The data is demo data: the default pseudonym key is allowed.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Re-read quarantined records after the cause is fixed and store those that now pass (each at most once).

    Example: [bold]consistency quarantine replay --rule bad_date --file calls.csv[/bold]
    """
    from consistency.quarantine import replay

    settings = _settings()
    _require_key(settings, demo)
    report = replay(settings, rule=rule, file=file, run=run, source=source).as_dict()
    if as_json:
        _emit(report, True)
        return
    out.print(f"Replayed {report['examined']} quarantined record(s): {report['stored']} stored now; "
              f"still quarantined: {sum(report['still_quarantined'].values())}"
              + (f" ({', '.join(f'{k} {v}' for k, v in sorted(report['still_quarantined'].items()))})"
                 if report["still_quarantined"] else ""))
    for name in report["missing_files"]:
        console.print(f"[yellow]missing[/yellow] {name}: neither the file nor a stored copy exists")


def _require_key(settings: Settings, demo: bool) -> None:
    """Stop with the reason and the fix when real exports would get the default pseudonym key."""
    from consistency.config import DefaultKeyError

    try:
        settings.require_real_key(demo)
    except DefaultKeyError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None


@app.command()
def report(business_date: DateOpt = None) -> None:
    """Re-compute aggregates and flags for a date from the store and write the HTML report.

    Example: [bold]consistency report --date 2026-11-21[/bold]
    """
    from consistency.pipeline import analyse, open_store, write_report

    settings = _settings()
    engine = open_store(settings)
    with _night_errors():
        path = write_report(engine, settings, analyse(engine, settings, _parse_date(business_date)))
    out.print(f"Report: {path.resolve()}")


@app.command("airline-check")
def airline_check() -> None:
    """Run detection on the real airline tweets in the shared data (airlines as branches) and write its report.

    Example: [bold]CONSISTENCY_DATA_DIR=../shared/data consistency airline-check[/bold]
    """
    from consistency.pipeline import airline_check as run

    try:
        path = run(_settings())
    except FileNotFoundError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from None
    out.print(f"Report: {path.resolve()}")


@app.command()
def backfill(
    start: Annotated[str, typer.Option(help="First business date, YYYY-MM-DD.")],
    end: Annotated[str, typer.Option(help="Last business date, YYYY-MM-DD.")],
    with_prefect: Annotated[bool, typer.Option("--with-prefect", help="Run as a Prefect flow run.")] = False,
    demo: Annotated[bool, typer.Option("--demo", help="The data is demo data: the default pseudonym key is allowed.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Audit every business date from START to END (inbox folders per date).

    Example: [bold]consistency backfill --start 2026-11-01 --end 2026-11-21[/bold]
    """
    first, last = _parse_date(start), _parse_date(end)
    _require_key(_settings(), demo)
    if with_prefect:
        from flows.backfill import backfill_flow

        stats = backfill_flow(start=first, end=last, demo=demo)
    else:
        from consistency.pipeline import backfill as run_backfill

        with _night_errors(), _progress(not as_json) as progress:
            stats = run_backfill(Settings.from_env(allow_default_key=True if demo else None), first, last, progress)
    if as_json:
        _emit(stats, True)
        return
    out.print(f"Audited {stats['days']} days; report: {stats['report']}")


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Migrate the store (CONSISTENCY_DB_URL) to the newest schema.

    Example: [bold]CONSISTENCY_DB_URL=postgresql+psycopg://postgres@127.0.0.1/test consistency db upgrade[/bold]
    """
    from consistency.store.db import upgrade

    settings = _settings()
    upgrade(settings.db_url, revision)
    out.print(f"Schema at {revision}: {settings.db_url}")


@app.command()
def train(
    data_dir: Annotated[Optional[Path], typer.Option(help="Labelled data (default ../shared/data).")] = None,
    models_dir: Annotated[Optional[Path], typer.Option(help="Where to write the models (default models/).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    from_store: Annotated[bool, typer.Option("--from-store", help="Only calibrate resolution on the store's history: "
                                             "a customer back within 7 days means not resolved.")] = False,
    gold: Annotated[bool, typer.Option("--gold", help="Only learn from reviewers' relabels in the store: fit a "
                                       "per-judgement x language calibration on two thirds of the customers, report "
                                       "before/after on the other third.")] = False,
) -> None:
    """Re-train the tone, courtesy and resolution models, deterministically.

    Example: [bold]consistency train --data-dir ../shared/data[/bold]; after some weeks of audits,
    [bold]consistency train --from-store[/bold] calibrates resolution on your own customers' repeat contacts,
    and [bold]consistency train --gold[/bold] bends tone, courtesy, resolution and blame towards your reviewers'
    relabels (the table shows what changed on gold labels it did not fit; the JSON goes to stdout).
    """
    from consistency.classify.train import train_all

    settings = Settings.from_env(data_dir=data_dir, models_dir=models_dir)
    if gold:
        from consistency.classify.gold_train import train_on_gold
        from consistency.pipeline import open_store

        with _progress() as progress:
            report = train_on_gold(open_store(settings), settings.models_dir, progress)
        console.print(_gold_table(report))
        out.print_json(json.dumps(report, default=str))
        return
    if from_store:
        from consistency.pipeline import calibrate_resolution_from_store, open_store

        with _progress() as progress:
            metrics = calibrate_resolution_from_store(open_store(settings), settings, progress)
        out.print_json(json.dumps(metrics, default=str))
        return
    if not (settings.data_dir / "tone").is_dir():
        console.print(f"[red]error:[/red] {settings.data_dir / 'tone'}: labelled data not found (set --data-dir)")
        raise typer.Exit(2)
    metrics = train_all(settings.data_dir, settings.models_dir, seed=seed)
    out.print_json(json.dumps(metrics, default=str))


def _gold_table(report: dict[str, Any]) -> Table:
    """Held-out gold labels per judgement x language: n and accuracy / macro-F1 / AUC, before -> after."""
    def pair(row: dict[str, Any], name: str) -> str:
        before, after = row.get(f"{name}_before"), row.get(f"{name}_after")
        return "-" if before is None else f"{before:.3f} -> {after:.3f}"

    table = Table("judgement", "lang", "fit n", "held-out n", "calibrated", "accuracy", "macro-F1", "AUC",
                  title=f"Gold labels: {report['gold_labels']} on {report['interactions']} interactions "
                        f"({report['heldout_interactions']} held out)")
    for row in report["cells"]:
        table.add_row(row["judgement"], row["lang"], str(row["n_fit"]), str(row["n_heldout"]),
                      "yes" if row["calibrated"] else f"no: {row['why_not']}",
                      pair(row, "accuracy"), pair(row, "macro_f1"), pair(row, "auc"))
    return table


@app.command()
def tone(
    input: Annotated[Path, typer.Option("--input", help="CSV with a `text` column (optional `lang`).")],
    output: Annotated[Path, typer.Option("--output", help="Where to write the scored CSV.")],
) -> None:
    """Score customer tone for every row of a CSV.

    Example: [bold]consistency tone --input feedback.csv --output scored.csv[/bold]
    """
    from consistency.classify import score_csv

    try:
        n = score_csv(input, output, _settings().models_dir)
    except (ValueError, FileNotFoundError) as exc:
        console.print(f"[red]error:[/red] {input}: {exc}")
        raise typer.Exit(2) from None
    out.print(f"Scored {n} rows -> {output}")


@app.command()
def score(
    input: Annotated[Path, typer.Option("--input", help="Chat JSONL (docs/formats.md): conversation_id and messages per line.")],
    output: Annotated[Path, typer.Option("--output", help="Where to write one JSON line per conversation.")],
    batch: Annotated[int, typer.Option(help="Conversations classified together (speed vs memory).")] = 2000,
) -> None:
    """Score tone, courtesy, resolution and blame for every conversation of a chat JSONL file.

    Bad lines are reported with their line number and skipped. Example:
    [bold]consistency score --input conversations.jsonl --output scored.jsonl[/bold]
    """
    from consistency.classify.score_jsonl import score_jsonl

    with _progress() as progress:
        try:
            result = score_jsonl(input, output, _settings().models_dir, batch=max(1, batch),
                                 progress=lambda done, total: progress("score", done, total, cumulative=True),
                                 on_bad=lambda bad: console.print(f"[yellow]skipped[/yellow] {input}, {bad}"))
        except FileNotFoundError as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None
    out.print(f"Scored {result.written} conversations -> {output}"
              f"{f'; skipped {len(result.bad)} bad lines' if result.bad else ''} (model {result.model_version})")


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="The text to explain.")],
    lang: Annotated[Optional[str], typer.Option(help="Language, if known (en, de, id, nb, ru).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Print the tone label, its probabilities and the evidence spans for one text.

    Example: [bold]consistency explain "That's not our department, call the card team."[/bold]
    """
    from consistency.classify import explain as run_explain

    result = run_explain(text, _settings().models_dir, lang=lang)
    if as_json:
        _emit(result, True)
        return
    out.print(json.dumps(result, ensure_ascii=False, indent=2, default=str))


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (keep 127.0.0.1 behind a reverse proxy).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 2,
    proxy_headers: Annotated[bool, typer.Option("--proxy-headers/--no-proxy-headers",
                                                help="Trust X-Forwarded-For/-Proto from the proxy.")] = False,
    forwarded_allow_ips: Annotated[str, typer.Option(help="Proxy addresses trusted for forwarded headers.")] = "127.0.0.1",
    access_log: Annotated[bool, typer.Option("--access-log/--no-access-log",
                                             help="Log every request (the reverse proxy usually does).")] = False,
) -> None:
    """Start the review web app on the store (CONSISTENCY_DB_URL) under uvicorn.

    Example: [bold]CONSISTENCY_SECRET_KEY=... consistency serve --port 8000 --workers 4 --proxy-headers[/bold]
    """
    import os
    import secrets

    import uvicorn

    from consistency.store.db import upgrade

    settings = _settings()
    upgrade(settings.db_url)  # once here, not in every worker at the same time
    if not os.environ.get("CONSISTENCY_SECRET_KEY"):
        os.environ["CONSISTENCY_SECRET_KEY"] = secrets.token_urlsafe(32)  # shared by this run's workers
        console.print("[yellow]CONSISTENCY_SECRET_KEY is not set:[/yellow] sessions end when the server stops.")
    console.print(f"Review app on http://{host}:{port} ({workers} workers), store {settings.db_url}")
    uvicorn.run("consistency.web.app:create_app", factory=True, host=host, port=port, workers=workers,
                proxy_headers=proxy_headers, forwarded_allow_ips=forwarded_allow_ips, log_level="info",
                access_log=access_log)


def _users_session() -> Any:
    from consistency.pipeline import open_store
    from consistency.store.db import session_scope

    return session_scope(open_store(_settings()))


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="User name (letters, digits, '.', '-', '_').")],
    role: Annotated[str, typer.Option(help="viewer, reviewer or admin.")] = "reviewer",
    branch: Annotated[Optional[list[str]], typer.Option("--branch", help="Restrict to this branch (repeatable).")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
) -> None:
    """Create an account; the password is asked for (or read from stdin) and stored only as an argon2 hash.

    Example: [bold]consistency users add maria --role reviewer --branch BER --branch LON[/bold]
    """
    from consistency.web.users import UserError, add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        with _users_session() as session:
            user = add_user(session, username, password, role, branch)
    except UserError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    out.print(f"Added {user.username} ({user.role}; branches: {', '.join(user.branches) if user.branches else 'all'})")


@users_app.command("list")
def users_list(as_json: JsonOpt = False) -> None:
    """List accounts with role, branches and whether they are active.

    Example: [bold]consistency users list[/bold]
    """
    from consistency.web.users import list_users

    with _users_session() as session:
        rows = [{"username": u.username, "role": u.role, "branches": u.branches, "active": u.active,
                 "created_at": u.created_at.isoformat()} for u in list_users(session)]
    if as_json:
        _emit(rows, True)
        return
    table = Table("user", "role", "branches", "active", "since", title=f"{len(rows)} users")
    for r in rows:
        table.add_row(r["username"], r["role"], ", ".join(r["branches"]) if r["branches"] else "all",
                      "yes" if r["active"] else "no", r["created_at"][:10])
    out.print(table)


@users_app.command("disable")
def users_disable(username: Annotated[str, typer.Argument(help="The account to disable.")]) -> None:
    """Disable an account and end its sessions (its decisions stay in the audit log).

    Example: [bold]consistency users disable maria[/bold]
    """
    from consistency.web.users import UserError, set_active

    try:
        with _users_session() as session:
            set_active(session, username, False)
    except UserError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    out.print(f"Disabled {username}")


@users_app.command("set-role")
def users_set_role(
    username: Annotated[str, typer.Argument(help="The account.")],
    role: Annotated[str, typer.Argument(help="viewer, reviewer or admin.")],
) -> None:
    """Change an account's role.

    Example: [bold]consistency users set-role maria admin[/bold]
    """
    from consistency.web.users import UserError, set_role

    try:
        with _users_session() as session:
            set_role(session, username, role)
    except UserError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    out.print(f"{username} is now {role}")


@labels_app.command("export")
def labels_export(
    output: Annotated[Path, typer.Option("--out", help="Where to write (.csv or .jsonl).")] = Path("gold-labels.csv"),
    fmt: Annotated[Optional[str], typer.Option("--format", help="csv or jsonl (default: from the suffix).")] = None,
    all_versions: Annotated[bool, typer.Option("--all", help="Every label given, not only each reviewer's latest.")] = False,
) -> None:
    """Write reviewers' gold labels (interaction, judgement, label, model label, reviewer, time) for training.

    Example: [bold]consistency labels export --out gold.jsonl[/bold]
    """
    from consistency.web.labels import gold_labels, write_labels

    if fmt not in (None, "csv", "jsonl"):
        raise typer.BadParameter("--format is csv or jsonl")
    with _users_session() as session:
        rows = gold_labels(session, latest_only=not all_versions)
    write_labels(rows, output, fmt)
    out.print(f"Wrote {len(rows)} gold labels -> {output}")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
