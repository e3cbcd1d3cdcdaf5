"""Settings shared by the CLI, the app and batch scanning.

Defaults suit a Japanese university; every value can be set by an environment variable (``KYOTEI_*``) or by the CLI
options that override them per run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DEFAULT_MODELS_DIR = PROJECT_DIR / "models"
DEFAULT_SHARED_DATA = PROJECT_DIR.parent / "shared" / "data"

# Our institution, as agreements name it. The role resolver treats a party whose name or alias contains one of
# these as HOME; without a match, the Japanese university party (or 甲) is HOME.
# what an institution calls itself in the agreements it writes, in the plain or the polite register
DEFAULT_HOME_NAMES: tuple[str, ...] = ("本学", "本大学", "本機構", "本研究所", "当大学", "当研究所", "当機構")


def _env_list(name: str) -> tuple[str, ...]:
    raw = os.environ.get(name, "")
    return tuple(part.strip() for part in raw.split(";") if part.strip())


@dataclass(frozen=True)
class Settings:
    """Where models, the playbook and screening lists live, and which names denote our institution."""

    models_dir: Path = field(default_factory=lambda: Path(os.environ.get("KYOTEI_MODELS_DIR", DEFAULT_MODELS_DIR)))
    home_names: tuple[str, ...] = field(default_factory=lambda: _env_list("KYOTEI_HOME") or DEFAULT_HOME_NAMES)
    playbook: Path | None = field(
        default_factory=lambda: Path(os.environ["KYOTEI_PLAYBOOK"]) if os.environ.get("KYOTEI_PLAYBOOK") else None
    )
    screening_lists: tuple[Path, ...] = field(
        default_factory=lambda: tuple(Path(p) for p in _env_list("KYOTEI_SCREENING_LISTS"))
    )
    explanation_language: str = field(default_factory=lambda: os.environ.get("KYOTEI_LANG", "auto"))
    shared_data: Path = field(
        default_factory=lambda: Path(os.environ.get("KYOTEI_SHARED_DATA", DEFAULT_SHARED_DATA))
    )
