"""The reference floor: plain TF-IDF (word 1-2 + char 2-5 grams) + logistic regression."""

from __future__ import annotations

from typing import Any


def fit_floor(texts: list[str], labels: list[str], seed: int = 0) -> Any:
    """Fit the floor exactly as the data README describes it, with library defaults elsewhere."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2)),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)),
    )
    model = make_pipeline(features, LogisticRegression(max_iter=2000, random_state=seed))
    return model.fit(texts, labels)
