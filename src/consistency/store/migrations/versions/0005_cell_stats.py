"""per-cell, per-day sufficient statistics; an index for the night's journey read

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-30 22:20:00

A night stores the sums detection and aggregate need for its own day instead of re-reading the
window. The column list is spelled out here (not imported from models) so this revision keeps
creating the same table whatever the models say later.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_OUTCOMES = ("negative", "courteous", "resolved", "escalated", "transferred", "blame", "fcr",
             "wait_s", "handle_s", "csat")
_MEASUREMENTS = ("wait_s", "handle_s", "csat")


def _stat_columns() -> list[sa.Column]:
    columns = []
    for outcome in _OUTCOMES:
        columns.append(sa.Column(f"{outcome}_n", sa.Integer(), nullable=False))
        suffixes = ("sum", "sumsq", "logsum", "logsumsq") if outcome in _MEASUREMENTS else ("sum", "sumsq")
        columns += [sa.Column(f"{outcome}_{s}", sa.Float(), nullable=False) for s in suffixes]
    return columns


def upgrade() -> None:
    op.create_table(
        'cell_stats',
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('branch', sa.String(length=64), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('agent', sa.String(length=32), nullable=False),
        sa.Column('lang', sa.String(length=16), nullable=False),
        sa.Column('topic', sa.String(length=64), nullable=False),
        sa.Column('hour_band', sa.String(length=16), nullable=False),
        sa.Column('history', sa.String(length=8), nullable=False),
        *_stat_columns(),
        sa.PrimaryKeyConstraint('business_date', 'branch', 'channel', 'agent', 'lang', 'topic', 'hour_band', 'history'),
    )
    # The night's journey read (customer and start time of a few weeks, by date) is answered from this
    # index alone on PostgreSQL (an index-only scan), without touching the wide interaction rows.
    op.create_index('ix_interactions_date_customer', 'interactions', ['business_date', 'customer', 'started_at'])


def downgrade() -> None:
    op.drop_index('ix_interactions_date_customer', table_name='interactions')
    op.drop_table('cell_stats')
