"""Counterparty screening against lists of entities of concern
(METI 外国ユーザーリスト, US Consolidated Screening List).

Lists are imported from the files their publishers distribute (CSV or XLSX; the path is given, nothing is shipped or
downloaded). Names are compared after folding width, case, punctuation and legal-form suffixes ("Co., Ltd.", 株式会社),
with a fuzzy score so that spacing and word-order differences still match.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from analyzer.errors import ConfigError
from analyzer.segment.parties import normalise_name

NAME_HEADERS = ("name", "entity name", "company name", "企業名", "名称", "組織名", "name (english)",
                "企業名・組織名", "english name", "英語名", "英文名")
ALIAS_HEADERS = ("alt_names", "alternative names", "aliases", "alias", "別名", "別称", "also known as", "aka")
COUNTRY_HEADERS = ("country", "国名", "国・地域名", "国・地域", "address country", "addresses")
MATCH_THRESHOLD = 90.0


@dataclass(frozen=True)
class ListEntry:
    list_name: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str = ""
    row: int = 0
    keys: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class ScreeningMatch:
    entry: ListEntry
    matched: str
    score: float


def _pick(headers: Sequence[str], wanted: Sequence[str]) -> int | None:
    lowered = [h.strip().lower() for h in headers]
    for name in wanted:
        if name in lowered:
            return lowered.index(name)
    for i, header in enumerate(lowered):
        if any(name in header for name in wanted):
            return i
    return None


def _rows_from_file(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    if data[:2] == b"PK":
        try:
            import openpyxl
        except ImportError:
            raise ConfigError("reading XLSX lists needs openpyxl: pip install openpyxl") from None
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows: list[list[str]] = []
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                rows.append(["" if v is None else str(v) for v in row])
        return rows
    from analyzer.ingest.text import decode_text

    text, _ = decode_text(data)
    dialect = csv.excel_tab if text.count("\t") > text.count(",") else csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def load_screening_list(path: str | Path) -> list[ListEntry]:
    """Entries of one list file. The header row is found by its name column (English or Japanese headers)."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"screening list {path} does not exist")
    rows = _rows_from_file(path)
    header_index = None
    for i, row in enumerate(rows[:30]):
        if _pick(row, NAME_HEADERS) is not None:
            header_index = i
            break
    if header_index is None:
        raise ConfigError(f"{path}: no name column found (expected a header such as 'name' or '企業名')")
    headers = rows[header_index]
    name_col = _pick(headers, NAME_HEADERS)
    alias_col = _pick(headers, ALIAS_HEADERS)
    country_col = _pick(headers, COUNTRY_HEADERS)
    entries = []
    for number, row in enumerate(rows[header_index + 1:], header_index + 2):
        if name_col is None or name_col >= len(row) or not row[name_col].strip():
            continue
        name = row[name_col].strip()
        aliases: tuple[str, ...] = ()
        if alias_col is not None and alias_col < len(row) and row[alias_col].strip():
            aliases = tuple(a.strip() for a in re.split(r"[;；\n]|、", row[alias_col]) if a.strip())
        country = row[country_col].strip() if country_col is not None and country_col < len(row) else ""
        keys = tuple(k for k in {normalise_name(n) for n in (name, *aliases)} if len(k) >= 3)
        entries.append(ListEntry(path.name, name, aliases, country, number, keys))
    return entries


@lru_cache(maxsize=16)
def _cached_list(path: str, mtime: float) -> tuple[ListEntry, ...]:
    return tuple(load_screening_list(path))


def load_lists(paths: Iterable[str | Path]) -> list[ListEntry]:
    entries: list[ListEntry] = []
    for path in paths:
        file = Path(path)
        if not file.exists():
            raise ConfigError(f"screening list {file} does not exist")
        entries.extend(_cached_list(str(file), file.stat().st_mtime))
    return entries


def screen(names: Iterable[str], entries: Sequence[ListEntry],
           threshold: float = MATCH_THRESHOLD) -> list[ScreeningMatch]:
    """The best list entry for each name that matches at or above ``threshold`` (0-100)."""
    from rapidfuzz import fuzz

    matches: dict[tuple[str, int], ScreeningMatch] = {}
    for raw in names:
        key = normalise_name(raw)
        if len(key) < 3:
            continue
        for entry in entries:
            best = 0.0
            for candidate in entry.keys:
                if key == candidate:
                    score = 100.0
                elif min(len(key), len(candidate)) < 6:
                    continue  # short names only match exactly: "ABC" must not hit "ABC Trading"
                else:
                    score = max(fuzz.token_sort_ratio(key, candidate), fuzz.ratio(key, candidate))
                best = max(best, score)
            if best >= threshold:
                previous = matches.get((entry.list_name, entry.row))
                if previous is None or previous.score < best:
                    matches[(entry.list_name, entry.row)] = ScreeningMatch(entry, raw, best)
    return sorted(matches.values(), key=lambda m: -m.score)
