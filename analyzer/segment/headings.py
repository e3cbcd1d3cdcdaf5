"""Clause headings: after the number on the same line, or standing on their own line before or after it."""

from __future__ import annotations

import re

_SMALL_WORDS = {"of", "and", "or", "the", "to", "for", "in", "on", "a", "an", "by", "with", "upon", "under", "as",
                "at", "from", "vs", "vs.", "per", "into", "its", "not", "no", "other", "than", "this", "that", "etc",
                "etc.", "between", "among", "&", "-", "–", "—", "/", "be", "is"}
_JA_PARENS = {"（": "）", "(": ")", "【": "】", "〔": "〕", "[": "]", "「": "」", "《": "》"}
_VERBISH = re.compile(r"\b(?:shall|will|may|must|should|agrees?|is|are|be|has|have|was|were|means|includes?)\b",
                      re.IGNORECASE)
_EMBEDDED_NUMBER = re.compile(r"\s+(?=\d{1,3}(?:\.\d{1,3})+\.?\s+[A-Z])")
_HEADING_END = re.compile(r"^(.{1,120}?)[.:](?:\s+|$)")
# a full stop after these ends no heading: "Dr. Smith will attend ..."
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "prof", "no", "nos", "art", "sec", "st", "inc", "ltd", "co", "corp",
                  "messrs",
                  "u.s", "e.g", "i.e", "cf", "vs", "fig", "p", "pp"}


def split_parenthesised(rest: str) -> tuple[str, int] | None:
    """('目的', end index) for a rest that opens with a bracketed heading such as （目的）."""
    if not rest or rest[0] not in _JA_PARENS:
        return None
    close = _JA_PARENS[rest[0]]
    depth = 0
    for i, ch in enumerate(rest):
        if ch == rest[0]:
            depth += 1
        elif ch == close:
            depth -= 1
            if depth == 0:
                inner = rest[1:i].strip()
                # a heading in two languages runs long: "(Chiteki Zaisan-ken no Kizoku / Ownership of IP)"
                return (inner, i + 1) if 0 < len(inner) <= 100 else None
    return None


def is_title_case(phrase: str) -> bool:
    words = [w for w in re.split(r"\s+", phrase.strip()) if w]
    if not words or len(words) > 14:
        return False
    # a Japanese word has no case: "[目的 / Purpose]" is judged on its English
    letters = [w for w in words if any(c.isupper() or c.islower() for c in w)]
    if not letters:
        return False
    first = letters[0].lstrip("(“\"'")
    if not first[:1].isupper():
        return False
    capitalised = sum(1 for w in letters if w.lstrip("(“\"'")[:1].isupper() or w.lower() in _SMALL_WORDS)
    return capitalised == len(letters)


def is_caps(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters if c.isascii())


def clean_heading(text: str) -> str:
    text = text.strip().strip("*_").strip()
    text = re.sub(r"\s+", " ", text)
    return text.rstrip(".:：;").strip().strip("*_").strip()


def english_heading(rest: str) -> tuple[str, bool]:
    """(heading, whole_line) from the text after an English number; ``whole_line`` when the rest is only a heading."""
    rest = rest.strip().lstrip("-–—:.").strip()
    # "10.0 REPORTS AND RECORDS 10.1 Reports. ..." holds the next clause's number: the heading stops before it
    embedded = _EMBEDDED_NUMBER.search(rest)
    if embedded:
        rest = rest[: embedded.start()].rstrip()
    if not rest:
        return "", False
    if rest[0] in "“\"'‘":
        return "", False  # a defined term, not a heading
    paren = split_parenthesised(rest)
    if (paren and rest[0] in "([" and is_title_case(paren[0])) or (paren and rest[0] in "([" and is_caps(paren[0])):
        return clean_heading(paren[0]), not rest[paren[1]:].strip()
    stripped = rest.rstrip(".:")
    words = stripped.split()
    if len(words) <= 14 and not re.search(r"[.;]\s", stripped) and (is_caps(stripped) or is_title_case(stripped)):
        return clean_heading(stripped), True
    # a short sentence-case line of its own: "Law and jurisdiction." / "Transportation route, time and rules"
    if len(words) <= 7 and len(stripped) <= 60 and stripped[:1].isupper() and not stripped.endswith(";") \
            and not _VERBISH.search(stripped) and not re.search(r"[.;]\s", stripped):
        return clean_heading(stripped), True
    # "DEFINITIONS. As used ..." / "Term. This Agreement ..." / "Confidentiality: Each Party ..."
    m = _HEADING_END.match(rest)
    if m and m.group(1).lower() not in _ABBREVIATIONS:
        phrase = m.group(1)
        if len(phrase.split()) <= 10 and (is_caps(phrase) or is_title_case(phrase)):
            return clean_heading(phrase), False
        # a run-in heading in sentence case, as letters and UK drafts write them: "Term, termination and governing
        # law. Either party may ..." (a phrase without a verb, and the next sentence starts with a capital)
        after = rest[m.end():]
        if 2 <= len(phrase.split()) <= 6 and len(phrase) <= 50 and phrase[:1].isupper() and after[:1].isupper() \
                and not _VERBISH.search(phrase) and not re.search(r"[\d\"“(]", phrase):
            return clean_heading(phrase), False
    # ALL CAPS lead-in without a full stop: "TERM AND TERMINATION This Agreement shall ..."
    m = re.match(r"^((?:[A-Z][A-Z0-9&'’,\-/]*\s+){1,8}[A-Z][A-Z0-9&'’\-/]*)\s+(?=[A-Z][a-z])", rest)
    if m and is_caps(m.group(1)):
        return clean_heading(m.group(1)), False
    return "", False


# "第1条（目的） / Article 1 (Purpose)": the English heading of a bilingual agreement on the same line
_PARALLEL_ENGLISH_HEADING = re.compile(r"\s*[/／|｜]?\s*(?:Article|ARTICLE|Section|SECTION|Clause|CLAUSE)\s+[\dIVX]+\.?"
                                       r"\s*(?:[(（][^)）]{0,80}[)）]|[A-Z][A-Za-z ,&-]{0,60})?\s*")


def parallel_heading(tail: str) -> bool:
    """What follows a Japanese heading is only its English counterpart."""
    return bool(_PARALLEL_ENGLISH_HEADING.fullmatch(tail))


def japanese_heading(rest: str) -> tuple[str, bool]:
    """(heading, whole_line) after 第N条: （見出し）, 【見出し】, or a short phrase without a sentence end."""
    rest = rest.removeprefix("】").strip()  # 「【第1条】（目的）」
    if not rest:
        return "", False
    paren = split_parenthesised(rest)
    if paren:
        after = rest[paren[1]:]
        return clean_heading(paren[0]), not after.strip() or parallel_heading(after)
    if rest[0] in "（(" and len(rest) <= 40 and not re.search(r"[）)。]", rest):
        return clean_heading(rest[1:]), True  # an unclosed bracket: （定型約款の不適用**
    if len(rest) <= 30 and not re.search(r"[。、]", rest) and not re.search(r"(は|が|を|に|も)[、\s]", rest) \
            and not rest.endswith(("する", "とする", "ない", "ある", "る。")):
        return clean_heading(rest), True
    return "", False


def standalone_heading(line: str) -> str | None:
    """A line that is only a bracketed heading, like （目的） above 第1条."""
    text = line.strip().strip("*_#").strip()
    paren = split_parenthesised(text)
    if paren and paren[1] == len(text):
        return clean_heading(paren[0])
    return None


def next_line_heading(line: str) -> str | None:
    """A short all-caps or title-case line after a bare number ("ARTICLE 1" / "DEFINITIONS")."""
    text = line.strip().strip("*_#").strip()
    if not text or len(text) > 100 or text[0] in "“\"(":
        return None
    stripped = text.rstrip(".:")
    if re.search(r"[.;]\s", stripped) and not (is_caps(stripped) and len(stripped) <= 80):
        return None
    if is_caps(stripped) or (is_title_case(stripped) and len(stripped.split()) <= 10):
        return clean_heading(stripped)
    from analyzer.ingest.pdflines import is_cjk

    if is_cjk(text[0]) and len(text) <= 25 and not re.search(r"[。、]", text):
        return clean_heading(text)
    return None
