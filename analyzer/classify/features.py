"""Text features for the clause models: role-normalised input, character n-grams and words in both languages.

The models see one string per clause, built by :func:`model_input`: the heading, a separator, and the text with party
references replaced by role tokens (〈H〉 our institution, 〈P〉 the partner, 〈T〉 a third party). Role tokens are what
let a bag-of-n-grams model tell 「乙の承認を得て公表」 (the partner approves our publication: risky) from
「甲の承認を得て公表」.

The functions named in the pipelines (:func:`char_preprocess`, :func:`word_analyzer`) are module-level so that skops
can store them by name; ``analyzer.classify.persistence`` lists them as trusted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

HEADING_SEPARATOR = "\u241e"  # ␞: never appears in agreements
ROLE_TOKENS = {"HOME": "〈H〉", "PARTNER": "〈P〉", "THIRD": "〈T〉"}

# Used when a clause comes without its document: 甲 = HOME and the university party is HOME (taxonomy §3.1).
DEFAULT_ROLES_JA: dict[str, str] = {
    "甲": "HOME", "乙": "PARTNER", "丙": "THIRD", "丁": "THIRD",
    "本学": "HOME", "当大学": "HOME", "本大学": "HOME", "本機構": "HOME", "本研究所": "HOME",
    "相手方機関": "PARTNER", "相手大学": "PARTNER", "相手機関": "PARTNER",
}
DEFAULT_ROLES_EN: dict[str, str] = {
    "the University": "HOME", "University": "HOME", "the Partner": "PARTNER", "Partner": "PARTNER",
    "the Sponsor": "PARTNER", "Sponsor": "PARTNER", "the Collaborator": "PARTNER", "Collaborator": "PARTNER",
    "the Funder": "PARTNER", "Funder": "PARTNER", "the Company": "PARTNER", "the Partner Institution": "PARTNER",
    "Partner Institution": "PARTNER", "the Foreign Institution": "PARTNER",
}

# (and the pronouns a platform's terms call their two sides by: "you grant us a licence")
_SHORT_ALIAS_EN = re.compile(r"^(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?$|^(?:you|your|we|us|our)$")


@lru_cache(maxsize=4096)
def _alias_pattern(alias: str) -> re.Pattern[str]:
    core = alias[4:] if alias.lower().startswith("the ") else alias
    if core[:1].isascii():
        escaped = re.escape(core).replace(r"\ ", r"\s+")
        prefix = r"(?:\b[Tt]he\s+)?" if alias.lower().startswith("the ") else ""
        # (a Latin name with a Japanese ending, 「Cirrolux社は」, runs straight into the kana after it, and so does a
        # Latin short name in Japanese text, 「HUHKは」, where kana are word characters to \b)
        # (a name that ends in a full stop, "Halvard Therapeutics Inc.", keeps the boundary it always had)
        start = r"(?<![A-Za-z0-9_])" if core[:1].isalnum() else r"\b"
        end = "" if not core[-1:].isascii() else (r"(?:['’]s)?(?![A-Za-z0-9_])" if core[-1:].isalnum()
                                                 else r"(?:['’]s)?\b")
        return re.compile(prefix + start + escaped + end)
    # a PDF line may break inside a Japanese name (「機\n構及び委託者は」): the name is read across it
    escaped = "\n?".join(r"\s+" if ch.isspace() else re.escape(ch) for ch in core)
    # 本学 and 本大学 are not inside 日本学術振興会 or 日本大学; 丁 is no party inside an address's 「二丁目」
    return re.compile(("(?<!日)" if core.startswith("本") else "") + escaped + ("(?!目)" if core == "丁" else ""))


@lru_cache(maxsize=256)
def _core(designation: str) -> str:
    lowered = designation.lower()
    return lowered[4:] if lowered.startswith("the ") else lowered


def _designations(lang: str, parties: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """(designation, role), longest first: the document's own designations, then the defaults it does not use."""
    defaults = DEFAULT_ROLES_JA if lang == "ja" else DEFAULT_ROLES_EN
    # a document that calls its partner "the University" (we sponsor a foreign university) overrides the default
    # "the University" = us, with or without the article
    names = {_core(name) for name, _ in parties}
    mapping = {alias: role for alias, role in defaults.items() if _core(alias) not in names}
    mapping.update(parties)
    # ("DEFINED": a term the document defines as a body of its own, read as words and shielding the role word in it)
    return [(alias, mapping[alias]) for alias in sorted(mapping, key=len, reverse=True)
            if (mapping[alias] in ROLE_TOKENS or mapping[alias] == "DEFINED") and alias.strip()]


@lru_cache(maxsize=4096)
def _alias_key(alias: str) -> str:
    """A literal every match of the alias contains: a plain substring test rules most aliases out at C speed."""
    core = alias[4:] if alias.lower().startswith("the ") else alias
    return core.split()[0] if core.split() else core


def _keep_name(alias: str) -> bool:
    """Long names carry meaning ("Ministry of Defence Research Institute"): mark their role but keep the words."""
    if alias[:1].isascii():
        return not _SHORT_ALIAS_EN.match(alias.strip())
    return len(alias) > 4


def role_spans(text: str, parties: Mapping[str, str] | None = None, lang: str = "ja") -> list[tuple[int, int, str]]:
    """(start, end, role) of every party reference in ``text``, longest designations first, never overlapping."""
    return list(_role_spans(text, tuple(parties.items()) if parties else (), lang))


@lru_cache(maxsize=4096)
def _role_spans(text: str, parties: tuple[tuple[str, str], ...], lang: str) -> tuple[tuple[int, int, str], ...]:
    # cached: the classifier and the findings stage both read the roles of every paragraph of a document
    # the document's own designations win; the defaults fill the gaps (a bilingual agreement may define 甲 and 乙
    # in its Japanese preamble and simply say "the University" in its English version)
    spans: list[tuple[int, int, str]] = []
    taken = [False] * (len(text) + 1)
    unbroken = text.replace("\n", "") if lang == "ja" and "\n" in text else None
    for alias, role in _designations(lang, parties):
        key = _alias_key(alias)
        if key not in text and (unbroken is None or key[:1].isascii() or key not in unbroken):
            continue
        for m in _alias_pattern(alias).finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            if role == "DEFINED":
                continue
            spans.append((m.start(), m.end(), role if not _keep_name(alias) else role + "+"))
    spans.sort()
    return tuple(spans)


def normalize_roles(text: str, parties: Mapping[str, str] | None = None, lang: str = "ja") -> str:
    """Replace party references by role tokens; ``parties`` maps designation → HOME / PARTNER / THIRD.

    A long name keeps its words after the token ("〈P〉Ministry of Defence ...") because they carry meaning.
    """
    spans = role_spans(text, parties, lang)
    if not spans:
        return text
    out, pos = [], 0
    for start, end, role in spans:
        out.append(text[pos:start])
        token = ROLE_TOKENS[role.rstrip("+")]
        out.append(token + text[start:end] if role.endswith("+") else token)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# the polite register of letters and terms of use (「公表することができます」「開示いたしません」), in the plain
# register that contracts, and so the corpus, are written in: the model reads the duty, not the courtesy
_POLITE_ENDINGS = (
    ("ものといたします", "ものとする"), ("ものとします", "ものとする"),
    ("いたしません", "しない"), ("いたします", "する"),
    ("できません", "できない"), ("できます", "できる"), ("なりません", "ならない"), ("なります", "なる"),
    ("ありません", "ない"), ("あります", "ある"), ("おりません", "いない"), ("おります", "いる"),
    ("しません", "しない"), ("します", "する"), ("ください", "こと"), ("でした", "であった"), ("です", "である"),
)
POLITE_ENDING = re.compile("|".join(re.escape(polite) for polite, _ in _POLITE_ENDINGS))
PLAIN_ENDING = dict(_POLITE_ENDINGS)


def may_be_polite(text: str) -> bool:
    return "ま" in text or "です" in text or "くださ" in text


def plain_register(text: str) -> str:
    """Japanese polite endings in the plain register (「できます」→「できる」); other text unchanged."""
    return POLITE_ENDING.sub(lambda m: PLAIN_ENDING[m.group()], text) if may_be_polite(text) else text


def model_input(text: str, heading: str = "", lang: str = "ja", parties: Mapping[str, str] | None = None) -> str:
    """The one string a clause model sees: heading, separator, role-normalised text."""
    body = normalize_roles(text, parties, lang)
    return f"{heading.strip()}{HEADING_SEPARATOR}{plain_register(body) if lang == 'ja' else body}"


def char_preprocess(text: str) -> str:
    """NFKC and lower case for character n-grams (offsets never come from features, so folding is safe)."""
    body = text.split(HEADING_SEPARATOR, 1)[-1]
    return unicodedata.normalize("NFKC", body).lower()


_LATIN_WORD = re.compile(r"〈[HPT]〉|[a-z][a-z0-9'\-]*[a-z0-9]|[a-z]|\d+")
_ROLE_SPLIT = re.compile(r"(〈[HPT]〉)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_NUMBER_WORDS = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _sudachi():
    try:
        from sudachipy import Dictionary, SplitMode
    except ImportError:
        from analyzer.errors import MissingDependencyError

        raise MissingDependencyError(
            "SudachiPy is needed for Japanese features: pip install sudachipy sudachidict-core"
        ) from None
    dictionary = Dictionary(dict="core")
    if hasattr(dictionary, "tokenizer"):  # SudachiPy 0.7 and later
        return dictionary.tokenizer(mode=SplitMode.C)
    return dictionary.create(mode=SplitMode.C)


_SENTENCE_END = re.compile(r"(?<=[。\n])")


def _sentence_words(sentence: str) -> tuple[str, ...]:
    """SudachiPy mode C normalised forms (知的財産権, 反社会的勢力 stay whole), without punctuation."""
    return tuple(morpheme.normalized_form() for morpheme in _sudachi().tokenize(sentence)
                 if morpheme.part_of_speech()[0] not in ("補助記号", "空白"))


_ROLE_TOKEN_SET = frozenset(ROLE_TOKENS.values())


def _role_bigrams(words: list[str]) -> list[str]:
    """A role token joined to its neighbours (〈P〉_承認, 〈H〉_shall): the order a bag of words would lose."""
    if _ROLE_TOKEN_SET.isdisjoint(words):
        return []
    out = []
    last = len(words) - 1
    for i in sorted(_positions(words, _ROLE_TOKEN_SET)):
        word = words[i]
        if i < last:
            out.append(f"{word}_{words[i + 1]}")
        if i + 1 < last:
            out.append(f"{word}__{words[i + 2]}")
        if i > 0:
            out.append(f"{words[i - 1]}_{word}")
    return out


def _positions(words: list[str], wanted: frozenset[str]) -> list[int]:
    # list.index runs in C: a clause of 300 words holds a handful of role tokens
    found = []
    for token in wanted:
        i = -1
        try:
            while True:
                i = words.index(token, i + 1)
                found.append(i)
        except ValueError:
            continue
    return found


def _fold_numbers(words: list[str]) -> list[str]:
    """Every digit run as 0, word by word."""
    joined = "\x00".join(words)
    if not _NUMBER_WORDS.search(joined):
        return words
    if joined.count("\x00") != len(words) - 1:  # a word with a NUL in it: fold one by one
        return [_NUMBER_WORDS.sub("0", w) for w in words]
    return _NUMBER_WORDS.sub("0", joined).split("\x00")


@lru_cache(maxsize=30_000)
def _sentence_feature_words(sentence: str) -> tuple[str, ...]:
    # an article's text is its paragraphs' text again, and agreements repeat their sentences: tokenise each once
    # (30,000 sentences hold some 40 MB)
    return tuple(_fold_numbers([word.lower() for word in _sentence_words(sentence)]))


def _japanese_feature_words(text: str) -> list[str]:
    """Japanese words as the words vectoriser sees them: SudachiPy normalised forms, lower case, digits folded,
    role tokens kept whole."""
    words: list[str] = []
    for part in _ROLE_SPLIT.split(text):
        if not part:
            continue
        if part in _ROLE_TOKEN_SET:
            words.append(part)  # upper case, as in English, so that the role bigrams see it
            continue
        # Sudachi refuses inputs over ~49 kB; clauses are far shorter, but split by sentence to be safe
        for chunk in _SENTENCE_END.split(part):
            if chunk.strip():
                words.extend(_sentence_feature_words(chunk[:12000]))
    return words


def word_analyzer(text: str) -> list[str]:
    """Words of the heading (prefixed ``h:``) and of the text; Japanese through SudachiPy, English lower-cased."""
    heading, _, body = text.partition(HEADING_SEPARATOR)
    body = unicodedata.normalize("NFKC", body)
    heading = unicodedata.normalize("NFKC", heading)
    tokens: list[str] = []
    for part, prefix in ((heading, "h:"), (body, "")):
        if not part.strip():
            continue
        if _CJK.search(part):
            # Japanese text often embeds English terms: Sudachi handles both
            words = _japanese_feature_words(part)
        else:
            words = _fold_numbers(_LATIN_WORD.findall(part.lower().replace("〈h〉", "〈H〉").replace("〈p〉", "〈P〉")
                                                      .replace("〈t〉", "〈T〉")))
        if prefix:
            tokens.extend(prefix + w for w in words)
        else:
            tokens.extend(words)
            tokens.extend(_role_bigrams(words))
    return tokens
