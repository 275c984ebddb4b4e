"""the night's cells with their case-mix expected values; indexes for the review app's hot pages

Revision ID: 0006_review_app_speed
Revises: 0005
Create Date: 2026-12-01 03:10:00

``night_cells`` keeps detection's funnel table per night, so the dashboard shows the expected values
the flags were tested against. ``ix_flags_status_q`` serves the "all open flags" queue, which
otherwise reads every flag of every night to find the few still open.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_review_app_speed'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'night_cells',
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('metric', sa.String(length=32), nullable=False),
        sa.Column('branch', sa.String(length=64), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.Column('observed', sa.Float(), nullable=False),
        sa.Column('expected', sa.Float(), nullable=False),
        sa.Column('q_value', sa.Float(), nullable=True),
        sa.Column('flagged', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('business_date', 'metric', 'branch', 'channel'),
    )
    op.create_index('ix_flags_status_q', 'flags', ['status', 'q_value'])


def downgrade() -> None:
    op.drop_index('ix_flags_status_q', table_name='flags')
    op.drop_table('night_cells')
