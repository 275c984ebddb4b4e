"""Write the example XLSX visit log (run from the repo root: python examples/make_xlsx.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

ROWS = [
    ("visit_id", "branch", "staff", "customer", "time_in", "time_out", "comment", "staff_note", "survey_score",
     "topic", "outcome"),
    ("V-2001", "OSL", "st-21", "cust-3301", datetime(2026, 11, 21, 9, 30), datetime(2026, 11, 21, 9, 41),
     "Veldig hyggelig betjening, takk!", "Ny bankbrikke utlevert.", 5, "card", "RESOLVED"),
    ("V-2002", "MOW", "st-41", None, "21.11.2026 16:00", "21.11.2026 16:35",
     "Долго ждал, сотрудник был грубоват.", "Клиент направлен в другой отдел.", 2, "complaint", "ESCALATED"),
    ("V-2003", "JKT", "st-32", "cust-5522", "2026-11-21T11:15:00+07:00", "2026-11-21T11:25:00+07:00",
     "Terima kasih, sangat membantu.", "Ganti PIN kartu.", 4, "card", "RESOLVED"),
]


def main(target: Path = Path(__file__).parent / "in_person" / "visits-weekend.xlsx") -> Path:
    """Write the workbook and return its path."""
    book = Workbook()
    sheet = book.active
    sheet.title = "visits"
    for row in ROWS:
        sheet.append(row)
    book.save(target)
    return target


if __name__ == "__main__":
    print(main())
