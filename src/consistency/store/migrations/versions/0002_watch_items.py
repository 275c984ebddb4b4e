"""watch list: watch_items and their night-by-night history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 22:15:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('watch_items',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('branch', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('alarm_date', sa.Date(), nullable=False),
    sa.Column('onset_date', sa.Date(), nullable=False),
    sa.Column('first_listed', sa.Date(), nullable=False),
    sa.Column('last_seen', sa.Date(), nullable=False),
    sa.Column('promoted_on', sa.Date(), nullable=True),
    sa.Column('retired_on', sa.Date(), nullable=True),
    sa.Column('retired_reason', sa.String(length=128), nullable=True),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('observed', sa.Float(), nullable=False),
    sa.Column('expected', sa.Float(), nullable=False),
    sa.Column('size', sa.Float(), nullable=False),
    sa.Column('cusum', sa.Float(), nullable=False),
    sa.Column('threshold', sa.Float(), nullable=False),
    sa.Column('promoted_by', sa.Text(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_watch_items_cell', 'watch_items', ['metric', 'branch', 'channel'], unique=False)
    op.create_table('watch_item_nights',
    sa.Column('item_id', sa.String(length=32), nullable=False),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('observed', sa.Float(), nullable=False),
    sa.Column('expected', sa.Float(), nullable=False),
    sa.Column('size', sa.Float(), nullable=False),
    sa.Column('cusum', sa.Float(), nullable=False),
    sa.Column('threshold', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['watch_items.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('item_id', 'business_date')
    )


def downgrade() -> None:
    op.drop_table('watch_item_nights')
    op.drop_index('ix_watch_items_cell', table_name='watch_items')
    op.drop_table('watch_items')
