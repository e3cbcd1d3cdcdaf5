"""Drafting notes in negotiation drafts: "[Note to draft: Sponsor to confirm ...]", "[NTD: ...]", "[Comment: ...]",
and text struck out in a mark-up left in the file ("[deleted: ...]", 「【削除】…」).

Offices review drafts, not only signed agreements. A note is the negotiators talking about the text, not the text: the
clause models and the rules read the clause with its notes blanked (same length, so every offset still points into the
stored text), and the note stays visible in the document.
"""

from __future__ import annotations

import re

DRAFTING_NOTE = re.compile(
    # (a reviewer's initials after the word: "[Comment SLU1: Required under ...]")
    r"\[\s*(?:Note to draft|Note to drafter|Drafting note|NTD|Comment(?:\s+[A-Za-z]{1,8}[0-9]{0,3})?|Note|"
    r"Editor'?s note|Open point|deleted|deletion|"
    r"注|コメント|備考|協議事項)\s*[:：][^\]]*\]|［\s*(?:注|コメント|備考)\s*[:：][^］]*］",
    re.IGNORECASE,
)


# a Japanese mark-up kept as text: 「金【削除】12,000,000円【追加】15,000,000円」, 「【削除】２　甲又は乙は、…」 and a
# 【コメント（甲・産学連携推進課）】 line: the struck text and the comment go, the inserted text stays without its tag
INSERTED_TAG = r"【(?:追加|挿入|新設|修正|変更)】"
# (and a comment that runs over lines to its own closing bracket: 「【コメント：乙Ver.2.2において本条全文削除
# （…）旨\nの第１５条で足りる）。…】」)
# (and a named office's: 「【研究協力課コメント:…】」, 「【知財本部コメント:…】」)
MARKUP_JA = re.compile(r"【削除】[^\n【]*|【[^】【\n]{0,12}(?:コメント|注記|備考)\s*[:：][^】【]{0,800}】|"
                       r"【(?:コメント|注記|備考)[^】\n]{0,30}】[^\n]*|" + INSERTED_TAG)

# an article kept only as its number and heading, its text struck: 「第１４条（輸出管理）　[deleted]」,
# "12. Export Control [Intentionally omitted]", 「第９条　削除」
_DELETED = r"(?:deleted|intentionally (?:omitted|deleted|left blank)|reserved|not used|削除)"
DELETED_BODY = re.compile(rf"[\[［(（]?\s*{_DELETED}\s*[\]］)）]?[.。]?", re.IGNORECASE)
DELETED_TAIL = re.compile(rf"[\[［(（]\s*{_DELETED}\s*[\]］)）][.。]?$", re.IGNORECASE)


# a mark-up that says how it shows struck text: "Deleted text is shown in [square brackets]; inserted text is
# underlined"
STRUCK_LEGEND = re.compile(
    r"\b(?:delet\w*|struck(?: out| through)?|removed)\b[^.\n]{0,40}?\b(?:shown|marked|indicated|appears?|set out|"
    r"enclosed|printed)\b[^.\n]{0,15}?\b(?:in|within|by|with|between)\s+\[?(?:square\s+)?brackets\b|"
    r"\[square brackets\][^.\n]{0,30}\bdelet", re.IGNORECASE)
BRACKETED = re.compile(r"\[[^\[\]\n]{1,3000}\]")
# ... unless each bracket says which it is ("[Exported from tracked-changes version; deletions and insertions shown in
# brackets]", then "[Deleted: ...] [Inserted: ...]"): the deleted go as notes do, the inserted text stays
LABELLED_BRACKETS = re.compile(
    r"\b(?:deletions?|deleted text) and (?:insertions?|inserted text)\b[^.\n]{0,40}\bbrackets\b|"
    r"\binsert\w*\b[^.\n]{0,30}\b(?:shown|marked|indicated)\b[^.\n]{0,15}\bbrackets\b", re.IGNORECASE)
INSERTED_EN_TAG = re.compile(r"\[\s*(?:Inserted|Insertion|Added)\s*:", re.IGNORECASE)


# a form's option left unticked is no term of it: "☐ (A) Recipient shall not publish ... without Provider's approval"
# beside the ticked "☒ (B) ..."
UNTICKED = re.compile(r"(?m)^[ \t\u3000]*[□☐][^\n]*")


def struck_in_brackets(text: str) -> bool:
    """Whether the document's own legend says that its [bracketed] text is struck out."""
    head = text[:6000]
    return ("bracket" in head.lower() and STRUCK_LEGEND.search(head) is not None
            and LABELLED_BRACKETS.search(head) is None)


def blank_drafting_notes(text: str, struck: bool = False) -> str:
    """``text`` with each drafting note and each unticked option (☐ ...) replaced by spaces (line breaks kept); with
    ``struck``, every [bracketed] passage too (the document's legend says brackets mark deleted text)."""
    if struck and "[" in text:
        text = BRACKETED.sub(lambda m: " " * len(m.group()), text)
    if "□" in text or "☐" in text:
        text = UNTICKED.sub(lambda m: " " * len(m.group()), text)
    if "【" in text:
        text = MARKUP_JA.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    if "[" not in text and "［" not in text:
        return text
    if "[" in text:
        text = INSERTED_EN_TAG.sub(lambda m: " " * len(m.group()), text)
    return DRAFTING_NOTE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def is_struck_article(text: str, number: str, heading: str) -> bool:
    """Whether an article's text (drafting notes blanked) is only its number, its heading and a mark that it was
    deleted: the heading alone promises a protection the agreement no longer gives."""
    rest = text.strip()
    if number and rest.startswith(number):
        rest = rest[len(number):]
    at = rest.find(heading) if heading else -1
    if 0 <= at <= 3:
        rest = rest[at + len(heading):]
    rest = rest.strip(" \t\n\u3000)）:：.-–—")
    if not rest:
        # the mark read as part of the heading: "Article 12 Export Control [Intentionally omitted]"
        tail = DELETED_TAIL.search(heading)
        return tail is not None and tail.start() > 0
    return DELETED_BODY.fullmatch(rest) is not None
