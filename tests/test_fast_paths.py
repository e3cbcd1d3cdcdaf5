"""The fast paths give the answers of the slow ones: cached clause features equal scikit-learn's transform, the
decision values equal the heads' own, and the literal prefilter never skips a pattern that would have matched."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from analyzer.classify.fastfeatures import CachedFeatures
from analyzer.classify.model import ClauseClassifier, ClauseInput, _decision
from analyzer.config import Settings
from analyzer.engine import AnalyzerEngine
from analyzer.findings.playbook import load_playbook
from analyzer.findings.prefilter import LiteralIndex, Prefiltered, caseless, required_literals
from analyzer.findings.rules import apply_rules
from analyzer.findings.textmap import map_text
from analyzer.training.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
AGREEMENTS = sorted(p for p in (ROOT / "tests" / "data" / "agreements").glob("*.txt"))


@pytest.fixture(scope="module")
def classifier() -> ClauseClassifier:
    return ClauseClassifier.load(ROOT / "models" / "clause-v1")


def _real_pdfs() -> list[Path]:
    folder = Settings().shared_data / "cuad" / "pdf"
    return sorted(folder.glob("*"))[:3] if folder.exists() else []


@pytest.fixture(scope="module")
def agreement_inputs() -> list[ClauseInput]:
    """Clauses of the test agreements (both languages) and, where ../shared/data is present, of 3 real CUAD PDFs."""
    engine = AnalyzerEngine(stages=[])
    inputs = []
    for path in [*AGREEMENTS, *_real_pdfs()]:
        result = engine.analyze(path)
        inputs += [ClauseInput(c.text, c.heading, c.language if c.language in ("ja", "en") else None)
                   for c in result.clauses]
    return inputs


def test_cached_features_equal_the_feature_unions_transform_on_agreements(
        classifier: ClauseClassifier, agreement_inputs: list[ClauseInput]) -> None:
    documents = [item.model_input() for item in agreement_inputs]
    expected = classifier.components["features_"].transform(documents)
    cached = CachedFeatures(classifier.components["features_"])
    assert cached.supported
    for _ in range(2):  # cold and warm cache
        got = cached.transform(documents)
        assert got.shape == expected.shape
        assert got.dtype == expected.dtype
        assert got.nnz == expected.nnz
        assert abs(got - expected).max() == 0


def test_cached_features_handle_empty_and_whitespace_only_clauses(classifier: ClauseClassifier) -> None:
    documents = ["", "\u241e", "   \n ", "見出し\u241e", "\u241e本契約"]
    expected = classifier.components["features_"].transform(documents)
    got = CachedFeatures(classifier.components["features_"]).transform(documents)
    assert abs(got - expected).max() == 0
    assert got.nnz == expected.nnz


def test_a_feature_union_of_another_shape_is_left_to_scikit_learn() -> None:
    union = FeatureUnion([("words", TfidfVectorizer(analyzer="word"))]).fit(["alpha beta", "beta gamma"])
    cached = CachedFeatures(union)
    assert not cached.supported
    documents = ["alpha gamma", "beta"]
    assert abs(cached.transform(documents) - union.transform(documents)).max() == 0


@pytest.mark.parametrize("head", ["categories_", "indicators_"])
def test_decision_values_equal_the_heads_own(head: str, classifier: ClauseClassifier,
                                             agreement_inputs: list[ClauseInput]) -> None:
    x = classifier.transform(agreement_inputs)
    expected = _decision(classifier.components[head], x)
    got = classifier._decision(head, x)
    assert got.dtype == expected.dtype
    assert np.array_equal(got, expected)


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"(?:報|件|編)", {"報", "件", "編"}),
    (r"第\s*\d+\s*条", {"第"}),
    (r"ab?c", {"a"}),
    (r"x{0,3}yz", {"yz"}),
    (r"(?:a|b|)cd", {"cd"}),
    (r"〈H〉の(?:事前の)?(?:承諾|同意)", {"〈H〉の"}),
    (r"[^a]b", {"b"}),
    (r"(?i)Shall\s+not", {"shall"}),
    (r"\d+", None),
    (r"(?:foo|\w+)", None),
])
def test_required_literals_are_read_from_the_pattern(pattern: str, literals: set[str] | None) -> None:
    found = required_literals(re.compile(pattern))
    assert (None if found is None else set(found)) == literals


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?i)sk", "the \u017fkiing"),  # ſ matches s under IGNORECASE
    (r"(?i)kelvin", "\u212aelvin"),  # the Kelvin sign matches k
    (r"(?i)ab", "AB"),
])
def test_the_prefilter_keeps_ignorecase_matches_of_special_letters(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert compiled.search(text) is not None
    assert Prefiltered(compiled).search(text, caseless(text)) is not None
    assert Prefiltered(compiled).search(text) is not None


def test_the_prefilter_never_changes_a_rule_patterns_answer_on_corpus_clauses() -> None:
    checks = [Prefiltered(p) for rule in load_playbook().rules for p in (*rule.any, *rule.all, *rule.none)]
    items = load_corpus(ROOT / "corpora")[::7]  # every 7th clause: both languages, all categories
    skipped = 0
    for item in items:
        text = map_text(item.text, None, item.lang).text
        lowered = caseless(text)
        for check in checks:
            expected, got = check.pattern.search(text), check.search(text, lowered)
            assert (expected is None) == (got is None), (check.pattern.pattern, item.text)
            if expected is not None:
                assert expected.span() == got.span()
            skipped += expected is None and not check.may_match(text, lowered)
    assert skipped > 0


@pytest.mark.parametrize(("patterns", "text", "present"), [
    ([r"shall not", r"(?i)without consent"], "It shall not, WITHOUT CONSENT, ...", {"shall not", ("without consent",)}),
    ([r"乙の(?:承認|同意)"], "甲は、乙の同意を得て", {"乙の"}),
    ([r"(?i)sk", r"sk"], "the \u017fkiing", {("sk",)}),  # ſ folds to s for the caseless pattern only
    ([r"abc", r"\w+"], "xyz", set()),  # a pattern without a literal is not indexed
])
def test_the_literal_index_reports_the_keys_of_the_literals_a_text_holds(
        patterns: list[str], text: str, present: set[object]) -> None:
    checks = [Prefiltered(re.compile(p)) for p in patterns]
    assert LiteralIndex(checks).present(text) == present
    for check in checks:  # the index's answer is the substring test's
        assert (not check.keys or not check.keys.isdisjoint(present)) == check.may_match(text)


def test_rules_fire_alike_with_and_without_the_literal_index_on_corpus_clauses() -> None:
    playbook = load_playbook()
    items = load_corpus(ROOT / "corpora")[::5]
    fired = 0
    for item in items:
        mapped = map_text(item.text, None, item.lang)
        rules = playbook.for_language(item.lang)
        plain = apply_rules(rules, mapped, None, ())
        indexed = apply_rules(rules, mapped, None, (), index=playbook.literal_index(item.lang))
        assert [(h.rule.id, h.start, h.end) for h in indexed.hits] == [(h.rule.id, h.start, h.end) for h in plain.hits]
        assert indexed.benign == plain.benign
        fired += len(plain.hits)
    assert fired > 100


@pytest.mark.parametrize(("text", "folded", "first_starts"), [
    ("Ｔｈｅ　Ｐａｒｔｉｅｓ", "the parties", (0, 1, 2, 3)),
    ("㈱北辰は、ｶﾞｲﾄﾞﾗｲﾝに従う。", "(株)北辰は、ガイドラインに従う。", (0, 0, 0, 1)),
    ("第３条\t本契約", "第3条 本契約", (0, 1, 2, 3)),
])
def test_matching_text_folds_each_character_and_maps_back_to_the_original(
        text: str, folded: str, first_starts: tuple[int, ...]) -> None:
    mapped = map_text(text, roles=False)
    # characters fold one at a time: half-width ｶﾞ becomes カ and a combining voiced mark, which NFC joins
    assert unicodedata.normalize("NFC", mapped.text) == folded
    assert mapped.starts[:4] == first_starts
    assert len(mapped.starts) == len(mapped.ends) == len(mapped.text)


@pytest.mark.parametrize(("text", "plain"), [
    ("当大学は、成果を公表することができます。", "当大学は、成果を公表することができる。"),
    ("貴社は、秘密情報を開示いたしません。", "貴社は、秘密情報を開示しない。"),
    ("費用は当大学が負担するものといたします。", "費用は当大学が負担するものとする。"),
])
def test_a_letters_polite_endings_are_matched_in_the_plain_register_with_offsets_kept(text: str, plain: str) -> None:
    # the model and the rules read 「できます」 as the contracts they know write it, 「できる」 (blind set 187)
    from analyzer.classify.features import plain_register

    assert plain_register(text) == plain
    mapped = map_text(text, roles=False)
    assert mapped.text == plain
    end = mapped.text.index("。")
    assert text[mapped.starts[0]:mapped.ends[end]] == text


@pytest.mark.parametrize("text", [
    "本契約は、甲及び乙の間で締結される。The Parties agree as follows. " * 20,
    "ヶ月々〆" * 120,
    "한국어 텍스트와 日本語 " * 60,
    "×÷ÀÿĀɏ Ｆｕｌｌ ｗｉｄｔｈ ｶﾀｶﾅ" * 40,
])
def test_scripts_are_counted_as_the_regular_expressions_count_them(text: str) -> None:
    from analyzer import language

    expected = language.ScriptCounts(*(len(p.findall(text)) for p in (language._KANA, language._KANJI,
                                                                      language._HANGUL, language._LATIN)))
    assert language.count_scripts(text) == expected


def test_organisation_forms_searched_apart_find_what_their_alternation_finds() -> None:
    from analyzer.findings.facts import ORGANISATION_FORMS, _first_of

    alternation = re.compile("|".join(form.pattern for form in ORGANISATION_FORMS))
    texts = [path.read_text(encoding="utf-8") for path in AGREEMENTS]
    texts.append("the University of Tokyo and Kestrel Institute of Technology Co., Ltd. with 北辰大学 and "
                 "国立研究開発法人科学技術振興機構; Ministry of Defence Research Institute")
    found = 0
    for text in texts:
        expected = [m.span() for m in alternation.finditer(text)]
        assert [m.span() for m in _first_of(ORGANISATION_FORMS, text)] == expected
        found += len(expected)
    assert found > 10
