"""Apply playbook rules to one clause: which rules fire, where (evidence offsets), and which suppress the model."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from analyzer.findings.playbook import CATEGORY_CONDITION, Rule
from analyzer.findings.prefilter import LiteralIndex, caseless
from analyzer.findings.textmap import MappedText
from analyzer.types import Fact

# matched on caseless text: IGNORECASE makes these searches several times slower
_HORTATORY = re.compile(r"努める|努力する|よう努め|endeavou?r|will seek to|best efforts|make efforts|aim to|"
                        r"is (?:expected|encouraged) to|will explore|should consider")
_NEGATED = re.compile(r"してはならない|しないものとする|できない|しない。|"
                      r"shall not|must not|may not|will not|is not permitted")
_PERMISSIVE = re.compile(r"ことができる|できるものとする|\bmay\b|is entitled to|has the right to")


def modality(text: str, lowered: str | None = None) -> str:
    """binding / permissive / hortatory / negated, from the wording (hortatory first: MoUs are its home).

    ``lowered``: ``caseless(text)`` when the caller has it."""
    folded = lowered if lowered is not None else caseless(text)
    if _HORTATORY.search(folded):
        return "hortatory"
    if _NEGATED.search(folded):
        return "negated"
    if _PERMISSIVE.search(folded):
        return "permissive"
    return "binding"


# A benign exception ("with the consent of the University", 「甲の同意を得て」, "de-identified", 「削除」) must not
# match inside its own negation ("without the consent of the University", 「甲の同意を得ることなく」, "without
# removing identifiers", 「削除し又は置き換えることなく」): exceptions are looked for in a copy of the text where
# negated consent, approval, screening and de-identification phrases are blanked out.
_NEGATED_EN = re.compile(
    r"without (?:any |the )?(?:〈[HPT]〉(?:'s|’s)? |its |their )?(?:further |additional |separate )?(?:prior )?"
    r"(?:express )?(?:written )?"
    r"(?:consent|approval|agreement|permission|authori[sz]ation)"
    r"(?: of [^.;,]{0,40})?"
    r"|no (?:prior )?(?:written )?(?:consent|approval) (?:of|from) [^.;,]{0,40}(?:is|shall be) (?:required|needed)"
    # ("... upon Nauvaka's written nomination and without NIEOCS visitor screening or the appointment of a host
    # supervisor")
    r"|without (?:any |the )?(?:〈[HPT]〉(?:'s|’s)? |its |their )?(?:[a-z-]+ ){0,2}(?:screening|vetting|"
    r"security review|background checks?)"
    r"(?: (?:or|and) (?:the )?(?:[a-z-]+ ){0,4}(?:supervisors?|escorts?|supervision|approval))?"
    # ("The admission of a Park Community Member shall not require notice to or the consent of the Institute")
    # (our consent waived, not the partner's: "Publication does not require the prior approval of the Sponsor" stays)
    r"|(?:shall|does|do|will|need) not require (?:any )?(?:prior )?(?:written )?(?:notice to (?:or|and) )?(?:the )?"
    r"(?:prior )?(?:written )?(?:consent|approval|agreement) of 〈H〉"
    r"|without (?:first )?(?:removing|deleting|stripping|de-identifying|anonymi[sz]ing|pseudonymi[sz]ing|coding|"
    r"masking)[^.;,]{0,40}"
    # the safeguards of an exclusive licence waived: "no obligation of diligence, milestone or time limit shall apply"
    r"|(?:no|without (?:any )?)(?: (?:obligations?|duty|duties|requirements?) (?:of|as to|regarding))? "
    r"(?:diligence|milestones?)\b[^.;]{0,40}"
)  # matched on lower-cased text
# the Japanese negations are blanked together with up to 25 characters before them (the phrase they negate, back to
# the last 、 or 。): 「甲の書面による同意を得ることなく」
_NEGATED_JA = re.compile(
    r"(?:同意|承諾|承認|許可|了承)(?:を得ることなく|を得ずに|を得ないで|を要しない|なく|を要することなく)"
    r"|(?:削除|匿名化|仮名化|仮名加工|匿名加工|置き換え|置換|加工|秘匿)(?:し又は[^。、]{0,10}?)?"
    r"(?:することなく|せずに|しないで|しないまま|ることなく|ずに|を施さ(?:ない|ず))"
    r"|(?:選考|審査|手続|確認|判定)を経(?:ることなく|ずに|ないで)"
    # (「〈P〉指名者について甲による個別の審査又は承認は要しないものとする」)
    r"|(?:審査|承認|確認|選考)(?:又は(?:審査|承認|確認|選考))?(?:は|を)要しない"
)
_JA_REACH = 25
_EN_CUES = ("without", "no ", "not require")
_JA_CUES = ("同意", "承諾", "承認", "許可", "了承", "ことなく", "ずに", "ないで", "ないまま", "施さ")


def blank_negations(text: str) -> str:
    """``text`` with negated consent, approval, screening and de-identification phrases blanked (same length)."""
    if any(cue in text for cue in _EN_CUES):
        text = _NEGATED_EN.sub(lambda m: "\u2007" * len(m.group()), text)
    if not any(cue in text for cue in _JA_CUES):
        return text
    spans = []
    done = 0
    for m in _NEGATED_JA.finditer(text):
        start = max(m.start() - _JA_REACH, done)
        stop = max(text.rfind("。", start, m.start()), text.rfind("、", start, m.start()))
        start = stop + 1 if stop >= 0 else start
        spans.append((start, m.end()))
        done = m.end()
    if not spans:
        return text
    parts = []
    last = 0
    for a, b in spans:
        parts += [text[last:a], "\u2007" * (b - a)]
        last = b
    parts.append(text[last:])
    return "".join(parts)


# "Nothing in this Agreement creates any appointment, title or honorarium" / 「本契約のいかなる規定も…付与するものでは
# ない」: the sentence denies what a rule would find in it. ("Nothing in this Agreement limits X's right to ..." affirms
# the right instead, and is no denial.)
_DENIAL = re.compile(
    r"\b(?:(?:nothing (?:in|under|contained in) (?:this|these)|no provision of this) (?:agreement|memorandum|mou|"
    r"contract|clause|article|section|conditions|terms|letter)|nothing (?:in|under) (?:it|them))"
    # (", and nothing in it obliges the University to license or transfer any of its intellectual property")
    r"[^.;]{0,40}?\b(?:creates?|grants?|confers?|gives?|obliges?|"
    r"requires?|constitutes?|entitles?|"
    r"(?:shall|will) be (?:construed|deemed|interpreted) (?:as|to))\b"
    # "nothing is paid directly to any individual researcher of Party A as an honorarium"
    r"|\bnothing (?:is|shall be|will be|may be) (?:paid|given|provided|offered|granted)\b"
    r"|本(?:契約|覚書|協定)の(?:いかなる|いずれの)規定も[^。]{0,60}(?:与える|付与する|創設する|負わせる|義務付ける|意味する|"
    r"求める|要求する|強制する)もの"
    r"ではない")
_SENTENCE_END = re.compile(r"[.;。；\n](?=[^.;。；\n]*$)")


def _in_denial(text: str, position: int) -> bool:
    """Whether the sentence around ``position`` opens with a denial ("Nothing in this Agreement ...")."""
    cue = text.find("nothing", max(0, position - 300), position)
    if cue < 0 and "規定も" not in text and "ものではない" not in text and "no provision" not in text:
        return False
    before = text[max(0, position - 300):position]
    end = _SENTENCE_END.search(before)
    sentence = before[end.end():] if end else before
    if "規定も" in sentence:
        # 「本協定のいかなる規定も、…に従うことを求めるものではない」: the Japanese denial closes the sentence
        stop = text.find("。", position)
        sentence += text[position:stop + 1 if stop >= 0 else len(text)]
    return bool(_DENIAL.search(sentence))


_ITEM_LINE = re.compile(r"^[ \t\u3000]*(?:[(（](?:[a-zA-Z]{1,4}|[0-9０-９]{1,2}|[イロハニホヘトチリヌルヲ]|"
                        r"[一二三四五六七八九十]{1,3})[)）]|[a-z]\)|"
                        r"[一二三四五六七八九十]{1,3}(?=[\u3000 、．.])|[①-⑳])", re.MULTILINE)


_LIST_LEAD_IN = re.compile(r"[:：]$|次の各号|次に掲げる|次のいずれか|以下の各号|following|as follows|any of")


def _own_item(text: str, position: int) -> str | None:
    """The lead-in and the one list item a match at ``position`` lies in, when the text is a lead-in followed by two
    or more items on lines of their own; else None."""
    starts = [m.start() for m in _ITEM_LINE.finditer(text)]
    if len(starts) < 2 or position < starts[0]:
        return None
    # alternatives of a list that a lead-in opens ("... in the following cases:", 「次に掲げる場合に限り」); numbered
    # paragraphs ("(1) ... (2) Any other sharing requires consent") qualify each other
    if not _LIST_LEAD_IN.search(text[:starts[0]].rstrip()):
        return None
    line_start = text.rfind("\n", 0, position + 1) + 1
    if line_start not in starts:
        return None
    line_end = text.find("\n", position)
    return text[:starts[0]] + text[line_start:line_end if line_end >= 0 else len(text)]


# a draft's alternative wordings side by side: 「〔A案（乙提案）：丙は、…〕〔B案（甲修正案）：丙は、…に限り…〕」,
# "[Option A: ...]"
_ALTERNATIVE = re.compile(r"〔[^〔〕\n]{0,8}案[（(:：][^〔〕]*〕|"
                          r"\[(?:Option|Alternative|Alt\.)\s*[A-Z0-9]{1,2}\b[^\[\]]*\]")


def _own_alternative(text: str, position: int, end: int) -> str | None:
    """The text with the other alternative wordings blanked, when a match from ``position`` to ``end`` lies in (or
    runs into) one of two or more alternatives a draft offers; else None. The benign alternative beside a risky one
    does not make it benign."""
    spans = [m.span() for m in _ALTERNATIVE.finditer(text)]
    own = next(((start, stop) for start, stop in spans if start <= position < stop or start < end <= stop), None)
    if own is None or len(spans) < 2:
        return None
    parts, last = [], 0
    for start, stop in spans:
        if (start, stop) != own:
            parts += [text[last:start], " " * (stop - start)]
            last = stop
    return "".join([*parts, text[last:]])


def _predicate_denied_ja(text: str, position: int) -> bool:
    """Whether the Japanese sentence goes on from ``position`` only to deny what was matched: 「…乙に移転し、又は許諾
    されるものではない。」 (the verbs run on, joined by 又は, into ものではない)."""
    if "ものではな" not in text:
        return False
    end = text.find("。", position)
    rest = text[position:end if end >= 0 else len(text)]
    return len(rest) <= 30 and rest.count("、") <= 1 and bool(_DENIED_PREDICATE.search(rest))


# the matched verb and a second one joined to it, both denied (the rules' own patterns hold the plain
# 「…するものではない」)
_DENIED_PREDICATE = re.compile(r"^[^、。]{0,8}、?(?:又は|若しくは|及び|ないし)[^、。]{0,16}ものではな(?:い|く)$")


_PROVISO_JA = re.compile(r"(?:^|[。\n])[\s　]*(ただし|但し)、")
_PROVISO_EN = re.compile(r"\b(?:provided,? however,? that|provided that|save that|except that|subject only to)\b")


# ... and one that adds to it ("... gives prior notice and limits the disclosure to the minimum necessary. In addition,
# the Subcontractor may provide ... to any agency ... without notice"): the safeguard before it is not its own
_OVERRIDE_EN = re.compile(r"\s*(?:\(?[0-9a-z]{1,3}(?:[.)]\s*|\s+))?"
                          r"(?:notwithstanding\b[^;\n]{0,80}?|in addition|additionally|furthermore|moreover),",
                          re.IGNORECASE)
_OVERRIDE_JA = re.compile(r"[\s　]*(?:[0-9０-９]{1,2}[\s　]+)?[^。]{0,40}(?:の規定|の定め)にかかわらず、")


def _proviso(text: str, position: int) -> tuple[int, int] | None:
    """The span of the proviso the match at ``position`` lies in (「ただし、…。」, "provided, however, that ..."), or
    None when the match is in a main sentence."""
    start = _sentence_start_ja(text, position)
    m = _PROVISO_JA.match(text, max(start - 1, 0))
    if m and m.start(1) <= position:
        return m.start(1), _sentence_end_ja(text, position)
    sentence_start = _sentence_start_en(text, position)
    last = None
    for m in _PROVISO_EN.finditer(text, sentence_start, position):
        last = m
    if last is not None:
        return last.start(), _sentence_end(text, position)
    # a sentence that overrides the rest ("Notwithstanding para. 3, HSW may grant licences ... without the consent
    # of Hokuyo", 「前項の規定にかかわらず、乙は…」) is judged on its own words, as a proviso is
    override = _OVERRIDE_JA.match(text, start)
    if override and override.end() <= position:
        return start, _sentence_end_ja(text, position)
    line_start = text.rfind("\n", 0, position) + 1
    for opening in (sentence_start, line_start):
        override = _OVERRIDE_EN.match(text, opening)
        if override and override.end() <= position:
            return opening, _sentence_end(text, position)
    return None


# a permission, not a prohibition: "X may ... without the consent of Y" (not "X shall not ... without consent")
_CONSENT_WAIVED = re.compile(
    r"\b(?:may|can|is free to|(?:is|shall be) entitled to)\b(?![^.;]{0,12}\bnot\b)[^.;]{0,320}?\bwithout (?:the |any )?"
    r"(?:prior |further |express |separate )*(?:written )?(?:consent|approval|permission|authori[sz]ation)\b|"
    # "IPC may grant licences under Joint IP to ... without requiring Hokuryo's consent"
    r"\b(?:may|can|is free to)\b(?![^.;]{0,12}\bnot\b)[^.;]{0,320}?\bwithout (?:requiring|needing|seeking|obtaining) "
    r"(?:the |any )?[^.;]{0,40}?\b(?:consent|approval|permission|authori[sz]ation)\b|"
    r"(?:承諾|同意|承認|許可)(?:を(?:得る|要する)こと)?なく[^。]{0,80}できる|(?:承諾|同意|承認|許可)を要しない",
    re.IGNORECASE)


def _consent_waived(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The sentence of a match that says in so many words that no consent is needed ("Either Party may grant licences
    ... to its affiliates ... without the consent of the other Party"), or None. Such a sentence is judged on its own
    words: a safeguard another sentence gives other cases ("Any other licence ... requires consent, not to be
    unreasonably withheld") does not reach it."""
    if "。" in text[max(0, start - 200):end + 200]:
        sentence_start, sentence_end = _sentence_start_ja(text, start), _sentence_end_ja(text, end)
    else:
        sentence_start, sentence_end = _sentence_start_en(text, start), _sentence_end(text, end)
    if _CONSENT_WAIVED.search(text, sentence_start, sentence_end):
        return sentence_start, sentence_end
    return None


def _sentence_start_ja(text: str, position: int) -> int:
    return max(text.rfind("。", 0, position), text.rfind("\n", 0, position)) + 1


def _sentence_end_ja(text: str, position: int) -> int:
    end = text.find("。", position)
    return end + 1 if end >= 0 else len(text)


def _sentence_start_en(text: str, position: int) -> int:
    return max(text.rfind(". ", 0, position), text.rfind(";", 0, position), text.rfind("\n", 0, position)) + 1


def _sentence_end(text: str, position: int) -> int:
    """Where the English sentence holding ``position`` ends: a full stop, a semicolon or a line break that ends it."""
    ends = [i for i in (text.find(". ", position), text.find(";", position), _line_end(text, position)) if i >= 0]
    return min(ends) if ends else len(text)


def _line_end(text: str, position: int) -> int:
    """The next line break that ends the sentence: a PDF line that wraps mid-sentence ("... of the\nCompany is
    disclosed ...") does not end the proviso; a break after . ; : or before a list item does."""
    i = text.find("\n", position)
    while i >= 0:
        j = i - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        before = text[j] if j >= 0 else ""
        after = text[i + 1:i + 2]
        if before in (".", ";", ":") or after == "(" or after.isdigit() or not after:
            return i
        i = text.find("\n", i + 1)
    return -1


@dataclass(frozen=True)
class RuleHit:
    rule: Rule
    start: int  # original document offsets of the evidence
    end: int


def _facts_hold(conditions: Mapping[str, object], facts: Sequence[Fact]) -> bool:
    durations = [f.value for f in facts if f.kind == "duration" and isinstance(f.value, dict)]
    for name, wanted in conditions.items():
        if name == "duration_over_days":
            if not any(d.get("days", 0) > float(wanted) or d.get("open_ended") for d in durations):  # type: ignore[arg-type]
                return False
        elif name == "duration_under_days":
            if not any(0 < d.get("days", 0) < float(wanted) for d in durations):  # type: ignore[arg-type]
                return False
        elif name == "no_end":
            if bool(wanted) != any(d.get("open_ended") for d in durations):
                return False
        elif name == "money_over_jpy":
            money = [f.value for f in facts if f.kind == "money" and isinstance(f.value, dict)]
            if not any(m.get("currency") == "JPY" and m.get("amount", 0) > float(wanted) for m in money):  # type: ignore[arg-type]
                return False
    return True


@dataclass(frozen=True)
class RuleOutcome:
    """Rules that fired, and indicators whose benign counterpart the clause states (a rule's ``any`` matched but
    one of its ``none`` exceptions did): the model's finding for those is overruled too."""

    hits: list[RuleHit]
    benign: set[str]


def apply_rules(rules: Sequence[Rule], mapped: MappedText, category_scores: Mapping[str, float] | None,
                facts: Sequence[Fact], body_start: int = 0,
                article: Callable[[], str] | None = None, exceptions_in: str | None = None,
                conditions_in: str | None = None, index: LiteralIndex | None = None) -> RuleOutcome:
    """Rules that fire on one clause, each with the span of its first matching ``any`` pattern.

    ``body_start``: where the clause's text begins after its heading line; a match there is preferred, since the
    heading only names the subject ("4.0 LIQUIDATED DAMAGES") and the evidence is the sentence that says it.
    ``article``: the mapped text of the clause's article, asked for only by a rule with ``context: article``.
    ``exceptions_in``: a wider mapped text in which ``none`` patterns are looked for (a lead-in's items state its
    limits: "an option ... on the following terms: (a) for twelve months; (b) in the field of ...").
    ``conditions_in``: a wider mapped text in which ``all`` patterns may be met (an item's lead-in names what the
    item is about: "may disclose Confidential Information: (d) to any ministry ...").
    ``index``: the literals of the ``any`` patterns of every rule in ``rules`` (``Playbook.literal_index``), found
    in one pass instead of one substring test each; the answers are the same."""
    text = mapped.text
    lowered = caseless(text)
    present = index.present(text, lowered) if index is not None else None
    exceptions_text = blank_negations(exceptions_in if exceptions_in is not None else text)
    exceptions_lowered = caseless(exceptions_text) if exceptions_text is not text else lowered
    mood = modality(text, lowered)
    hits = []
    benign: set[str] = set()
    conditions_lowered = caseless(conditions_in) if conditions_in is not None else None
    article_texts: list[tuple[str, str]] = []  # mapped and folded once, on the first rule that asks
    likely = None if category_scores is None else {
        category for category, score in category_scores.items() if score >= CATEGORY_CONDITION}
    for rule in rules:
        if rule.categories and likely is not None and likely.isdisjoint(rule.categories):
            continue
        if rule.modality and mood not in rule.modality:
            continue
        if present is not None and rule.any_keys is not None and rule.any_keys.isdisjoint(present):
            continue
        match = None
        for check in rule.checks_any:
            if present is not None:
                if check.keys and check.keys.isdisjoint(present):
                    continue
            elif check.literals:
                # Prefiltered.search inlined: without an index this loop runs some 400 times per clause
                literals = check.literals
                haystack = lowered if check.ignorecase else text
                for literal in literals:
                    if literal in haystack:
                        break
                else:
                    continue
            match = check.pattern.search(text)
            if match and match.start() < body_start:
                # the leftmost match is in the heading line: one in the body, if any, makes better evidence
                match = check.pattern.search(text, body_start) or match
            if match and (_in_denial(text, match.start()) or _predicate_denied_ja(text, match.end())):
                match = None
            if match:
                break
        if match is None:
            continue
        if rule.context == "article" and article is not None:
            if not article_texts:
                whole_text = article()
                article_texts.append((whole_text, caseless(whole_text)))
            whole, whole_lowered = article_texts[0]
            if any(check.search(whole, whole_lowered) is None for check in rule.checks_all):
                continue
        elif conditions_in is not None:
            if any(check.search(conditions_in, conditions_lowered) is None for check in rule.checks_all):
                continue
        elif any(check.search(text, lowered) is None for check in rule.checks_all):
            continue
        proviso = _proviso(text, match.start()) if exceptions_in is None else None
        item = _own_item(exceptions_text, match.start()) if exceptions_in is None and proviso is None else None
        if exceptions_in is None and proviso is None and item is None:
            proviso = _consent_waived(text, match.start(), match.end())
        if item is not None:
            # one item of a list is judged with the lead-in and not with its siblings: "(ハ) required by law"
            # beside "(ロ) at its government's request" makes the second no less a risk
            if any(check.search(item, caseless(item)) for check in rule.checks_none):
                continue
        elif proviso is not None:
            # a proviso that makes the risk (「…６０日を超えないものとする。ただし、乙が延期を求めた場合には、乙が
            # 承認するまで…延期しなければならない」, "free to publish, provided, however, that …") is judged on its
            # own words: the limits the main sentence states are what it overrides
            own = blank_negations(text[proviso[0]:proviso[1]])
            if any(check.search(own, caseless(own)) for check in rule.checks_none):
                continue
        elif (alternative := _own_alternative(exceptions_text, match.start(), match.end())
              if "〔" in text or "[" in text else None) is not None:
            if any(check.search(alternative, caseless(alternative)) for check in rule.checks_none):
                continue
        elif any(check.search(exceptions_text, exceptions_lowered) for check in rule.checks_none):
            # the benign counterpart overrules the model only when it is stated right where the cue is
            window = exceptions_text[max(0, match.start() - 120):match.end() + 120]
            if exceptions_in is None and any(p.search(window) for p in rule.none):
                benign.add(rule.indicator)
            continue
        if rule.facts and not _facts_hold(rule.facts, facts):
            continue
        start, end = mapped.span(match.start(), match.end())
        hits.append(RuleHit(rule, start, end))
    return RuleOutcome(hits, benign - {hit.rule.indicator for hit in hits})
