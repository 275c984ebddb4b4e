"""cell statistics keep the sum of cubes of each measurement

Revision ID: 0007_cell_stats_cubes
Revises: 0006_review_app_speed
Create Date: 2026-12-01 10:20:00

The watch list calibrates its CUSUM of times and scores on the skew of their standardised values,
which needs the third power sum; with it, nightly detection reads only ``cell_stats``. Stored rows
have no cube sums, so they are deleted: the next night re-writes every day of its window that has no
statistics (``cellstats.days_to_refresh``).
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_cell_stats_cubes'
down_revision = '0006_review_app_speed'
branch_labels = None
depends_on = None

_MEASUREMENTS = ("wait_s", "handle_s", "csat")


def upgrade() -> None:
    op.execute("DELETE FROM cell_stats")
    with op.batch_alter_table('cell_stats') as batch:
        for outcome in _MEASUREMENTS:
            batch.add_column(sa.Column(f"{outcome}_sumcube", sa.Float(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table('cell_stats') as batch:
        for outcome in _MEASUREMENTS:
            batch.drop_column(f"{outcome}_sumcube")
