"""quarantine you can act on: file hash, stored copy, replay marks

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-30 22:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('quarantine') as batch:
        batch.add_column(sa.Column('content_sha256', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('stored_copy', sa.Text(), nullable=True))
        batch.add_column(sa.Column('replayed_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('replay_run_id', sa.Integer(), nullable=True))
        batch.create_index('ix_quarantine_rule', ['rule'])
        batch.create_index('ix_quarantine_run', ['run_id'])


def downgrade() -> None:
    with op.batch_alter_table('quarantine') as batch:
        batch.drop_index('ix_quarantine_run')
        batch.drop_index('ix_quarantine_rule')
        batch.drop_column('replay_run_id')
        batch.drop_column('replayed_at')
        batch.drop_column('stored_copy')
        batch.drop_column('content_sha256')
