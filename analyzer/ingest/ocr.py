"""OCR of scanned pages with OCRmyPDF + Tesseract (Japanese and English), as an optional extra.

The OCR'd PDF is read back through the normal PDF path, so scanned pages get the same cleaning and line boxes.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from functools import lru_cache

from analyzer.errors import IngestionError, MissingDependencyError

log = logging.getLogger("analyzer")

OCR_INSTALL_HINT = (
    "install OCR support: pip install 'kyotei[ocr]' and apt-get install tesseract-ocr tesseract-ocr-jpn "
    "(then run again; `make app` and `make test` install both)"
)
LANGUAGES = ("jpn", "eng")


@lru_cache(maxsize=1)
def ocr_unavailable_reason() -> str | None:
    """None when OCR can run here, else what is missing and how to install it."""
    try:
        import ocrmypdf  # noqa: F401
    except ImportError:
        return f"the Python package ocrmypdf is not installed; {OCR_INSTALL_HINT}"
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return f"the tesseract program is not installed; {OCR_INSTALL_HINT}"
    try:
        listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"tesseract does not run ({exc}); {OCR_INSTALL_HINT}"
    langs = set((listed.stdout + listed.stderr).split())
    missing = [lang for lang in LANGUAGES if lang not in langs]
    if missing:
        return f"tesseract lacks the language data {', '.join(missing)}; {OCR_INSTALL_HINT}"
    return None


def ocr_pdf(data: bytes, pages: list[int] | None = None, password: str | None = None) -> bytes:
    """OCR the given 1-based pages (all when None) and return the new PDF with a text layer."""
    reason = ocr_unavailable_reason()
    if reason:
        raise MissingDependencyError(reason)
    import ocrmypdf

    logging.getLogger("ocrmypdf").setLevel(logging.ERROR)
    if password:
        raise IngestionError("OCR of an encrypted PDF is not supported; remove the password first", "encrypted")
    out = io.BytesIO()
    options: dict = {
        "language": list(_languages_for(data, pages[0] if pages else 1, password)),
        "output_type": "pdf",
        "progress_bar": False,
        "optimize": 0,
        "jobs": 1,
        "mode": "force",
    }
    if pages:
        options["pages"] = ",".join(str(p) for p in sorted(set(pages)))
    try:
        code = ocrmypdf.ocr(io.BytesIO(data), out, **options)
    except ocrmypdf.exceptions.ExitCodeException as exc:
        raise IngestionError(f"OCR failed: {exc.__class__.__name__}: {exc}", status="ocr_failed") from None
    if int(code) != 0:
        raise IngestionError(f"OCR failed with exit code {int(code)}", status="ocr_failed")
    return out.getvalue()


# Tesseract's script detection (OSD) on one page: a Japanese page is read with the Japanese model alone, because
# with "jpn+eng" it reads a line it takes for Latin, such as an article heading, as English ("第3条" came back "BSR")
_JAPANESE_SCRIPTS = ("Japanese", "Han", "Hiragana", "Katakana")


def _languages_for(data: bytes, page: int, password: str | None) -> tuple[str, ...]:
    import pypdfium2 as pdfium

    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return LANGUAGES
    try:
        pdf = pdfium.PdfDocument(data, password=password)
        try:
            image = pdf[max(page - 1, 0)].render(scale=200 / 72).to_pil()
        finally:
            pdf.close()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        found = subprocess.run([tesseract, "stdin", "stdout", "--psm", "0", "--dpi", "200"], input=buffer.getvalue(),
                               capture_output=True, timeout=60, check=False)
    except (OSError, ValueError, subprocess.TimeoutExpired, pdfium.PdfiumError) as exc:
        log.debug("script detection skipped: %s", exc)
        return LANGUAGES
    script = next((line.split(":", 1)[1].strip() for line in found.stdout.decode("utf-8", "replace").splitlines()
                   if line.startswith("Script:")), "")
    return ("jpn",) if script in _JAPANESE_SCRIPTS else LANGUAGES
