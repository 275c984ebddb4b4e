"""Phrase banks per language; every bank module defines the same names (see ``en.py``)."""

from types import ModuleType

from consistency.demo.phrases import de, en, id, nb, ru

BANKS: dict[str, ModuleType] = {m.LANG: m for m in (en, de, id, nb, ru)}
LANGS: tuple[str, ...] = tuple(BANKS)
