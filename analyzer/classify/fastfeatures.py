"""The clause model's features, computed the way the stored ``FeatureUnion`` computes them, only faster.

scikit-learn's ``TfidfVectorizer.transform`` builds every character n-gram of every clause in Python and counts it in
a dict: 80% of the time it takes to classify an agreement. But a ``char_wb`` n-gram never crosses whitespace, so a
clause's counts are the sum of its words' counts, and a document repeats its words (and an article repeats the text
of its paragraphs) many times over. This module keeps, per vectoriser, a cache from word to the vocabulary columns
of its n-grams, and then applies the vectoriser's own fitted ``idf_`` and norm. The result is the matrix
``features_.transform`` returns (``tests/test_classify_features.py`` compares them on real agreements); a feature
union of any other shape is handed to scikit-learn unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from analyzer.classify.features import char_preprocess, word_analyzer

MAX_CACHED_WORDS = 200_000  # ~50 MB at worst; a batch of thousands of agreements clears and refills it


class _CharColumns:
    """Vocabulary columns of the ``char_wb`` n-grams of one word, cached."""

    def __init__(self, vectorizer: Any) -> None:
        self.vocabulary: dict[str, int] = vectorizer.vocabulary_
        self.min_n, self.max_n = vectorizer.ngram_range
        self.cache: dict[str, np.ndarray] = {}

    def columns(self, word: str) -> np.ndarray:
        found = self.cache.get(word)
        if found is not None:
            return found
        # the n-grams of sklearn's _char_wb_ngrams: padded word, each n, a short word counted once
        padded = f" {word} "
        length = len(padded)
        vocabulary = self.vocabulary
        out = []
        for n in range(self.min_n, self.max_n + 1):
            if length <= n:
                column = vocabulary.get(padded)
                if column is not None:
                    out.append(column)
                break
            for offset in range(length - n + 1):
                column = vocabulary.get(padded[offset:offset + n])
                if column is not None:
                    out.append(column)
        found = np.array(out, dtype=np.int32)
        if len(self.cache) >= MAX_CACHED_WORDS:
            self.cache.clear()
        self.cache[word] = found
        return found

    def counts(self, documents: Sequence[str], dtype: Any) -> Any:
        """Count matrix: (documents × distinct words) @ (distinct words × n-grams), both products of integers."""
        import scipy.sparse as sp

        index: dict[str, int] = {}
        doc_rows: list[int] = []
        doc_columns: list[int] = []
        doc_counts: list[int] = []
        for row, text in enumerate(documents):
            words = Counter(char_preprocess(text).split())
            doc_columns.extend([index.setdefault(word, len(index)) for word in words])
            doc_counts.extend(words.values())
            doc_rows.extend([row] * len(words))
        per_word = [self.columns(word) for word in index]
        word_rows = np.repeat(np.arange(len(per_word), dtype=np.int32), [len(c) for c in per_word])
        columns = np.concatenate(per_word) if per_word else np.empty(0, np.int32)
        word_ngrams = sp.csr_matrix((np.ones(len(columns)), (word_rows, columns)),
                                    shape=(len(per_word), len(self.vocabulary)))
        doc_words = sp.csr_matrix((np.array(doc_counts, dtype=np.float64), (doc_rows, doc_columns)),
                                  shape=(len(documents), len(per_word)))
        counts = (doc_words @ word_ngrams).tocsr()
        counts.sum_duplicates()
        counts.sort_indices()
        return counts.astype(dtype)


class _WordColumns:
    """Vocabulary columns of the tokens of a callable analyzer (the words vectoriser)."""

    def __init__(self, vectorizer: Any) -> None:
        self.vocabulary: dict[str, int] = vectorizer.vocabulary_
        self.analyzer: Callable[[str], list[str]] = vectorizer.analyzer

    def counts(self, documents: Sequence[str], dtype: Any) -> Any:
        import scipy.sparse as sp

        get = self.vocabulary.get
        rows = [[column for column in map(get, self.analyzer(text)) if column is not None] for text in documents]
        row_ids = np.repeat(np.arange(len(rows), dtype=np.int32), [len(row) for row in rows])
        columns = np.fromiter((column for row in rows for column in row), dtype=np.int32, count=len(row_ids))
        counts = sp.csr_matrix((np.ones(len(columns)), (row_ids, columns)), shape=(len(rows), len(self.vocabulary)))
        counts.sum_duplicates()  # also sorts the indices
        return counts.astype(dtype)


def _tfidf(vectorizer: Any, counts: Any) -> Any:
    from sklearn.preprocessing import normalize

    x = counts
    if vectorizer.sublinear_tf:
        np.log(x.data, x.data)
        x.data += 1.0
    if vectorizer.use_idf:
        x.data *= vectorizer.idf_[x.indices]
    if vectorizer.norm is not None:
        x = normalize(x, norm=vectorizer.norm, copy=False)
    return x


def _supported(union: Any) -> bool:
    """Only the union ``build_features`` makes (char_wb on char_preprocess, words by word_analyzer) is taken over."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    steps = getattr(union, "transformer_list", None)
    if not steps or getattr(union, "transformer_weights", None):
        return False
    for _, vectorizer in steps:
        if not isinstance(vectorizer, TfidfVectorizer) or not hasattr(vectorizer, "idf_"):
            return False
        if vectorizer.analyzer == "char_wb":
            if vectorizer.preprocessor is not char_preprocess or vectorizer.input != "content":
                return False
        elif vectorizer.analyzer is not word_analyzer:
            return False
    return True


class CachedFeatures:
    """``transform`` like the fitted feature union it wraps; see the module docstring."""

    def __init__(self, union: Any) -> None:
        self.union = union
        self.supported = _supported(union)
        self._parts: list[tuple[Any, _CharColumns | _WordColumns]] = []
        if self.supported:
            for _, vectorizer in union.transformer_list:
                part = _CharColumns(vectorizer) if vectorizer.analyzer == "char_wb" else _WordColumns(vectorizer)
                self._parts.append((vectorizer, part))

    def transform(self, documents: Sequence[str]) -> Any:
        if not self.supported:
            return self.union.transform(list(documents))
        import scipy.sparse as sp

        blocks = [_tfidf(vectorizer, part.counts(documents, vectorizer.dtype)) for vectorizer, part in self._parts]
        return sp.hstack(blocks, format="csr")
