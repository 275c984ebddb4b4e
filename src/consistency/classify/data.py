"""Reading the labelled tone data (``<data_dir>/tone/<lang>_<source>/{train,dev}.csv``)."""

from __future__ import annotations

from pathlib import Path

from consistency.records import SUPPORTED_LANGS, TONES


def tone_split(data_dir: Path, lang: str, split: str) -> tuple[list[str], list[str]]:
    """Texts and labels of one language's split; rows with empty text or an unknown label are dropped."""
    import pandas as pd

    folders = sorted((Path(data_dir) / "tone").glob(f"{lang}_*"))
    if lang not in SUPPORTED_LANGS or not folders:
        raise FileNotFoundError(f"{Path(data_dir) / 'tone'}: no folder for language {lang!r}")
    frame = pd.read_csv(folders[0] / f"{split}.csv", keep_default_na=False, dtype=str)
    missing = {"text", "label"} - set(frame.columns)
    if missing:
        raise ValueError(f"{folders[0] / f'{split}.csv'}: missing column(s) {', '.join(sorted(missing))}")
    # Empty texts are bad input in the sources: they carry no tone, so they are not training rows.
    keep = (frame["text"].str.strip() != "") & frame["label"].isin(TONES)
    return frame.loc[keep, "text"].tolist(), frame.loc[keep, "label"].tolist()
