"""the ingest ledger: source folders and files loaded, so a re-run skips what it already stored

Revision ID: 0008_ingest_ledger
Revises: 0007_cell_stats_cubes
Create Date: 2026-12-01 13:10:00

A re-run of a night re-read and re-validated every export file. ``source_partitions`` keeps, per
source folder loaded whole, a hash of its manifest (each file's path, size and SHA-256) and the
reader that read it; ``source_files`` keeps each file's size, hash and record counts. An existing
store has no ledger rows: its next load of a folder reads it once more and records it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008_ingest_ledger'
down_revision = '0007_cell_stats_cubes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'source_partitions',
        sa.Column('folder', sa.Text(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.Column('reader', sa.String(length=128), nullable=False),
        sa.Column('files', sa.Integer(), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('interactions', sa.Integer(), nullable=False),
        sa.Column('quarantined', sa.Integer(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=True),
        sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('folder'),
    )
    op.create_table(
        'source_files',
        sa.Column('path', sa.Text(), nullable=False),
        sa.Column('folder', sa.Text(), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('records', sa.Integer(), nullable=False),
        sa.Column('quarantined', sa.Integer(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=True),
        sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('path'),
    )
    op.create_index('ix_source_files_folder', 'source_files', ['folder'])


def downgrade() -> None:
    op.drop_index('ix_source_files_folder', table_name='source_files')
    op.drop_table('source_files')
    op.drop_table('source_partitions')
