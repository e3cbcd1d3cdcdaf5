"""The exceptions Kyotei raises. Messages are written for the person running the tool and say what to do next."""

from __future__ import annotations


class AnalyzerError(Exception):
    """Base class of every error Kyotei raises on purpose."""


class IngestionError(AnalyzerError):
    """A document could not be read. ``status`` is the per-document status it maps to (``corrupt``, ...)."""

    def __init__(self, message: str, status: str = "corrupt") -> None:
        super().__init__(message)
        self.status = status


class ConfigError(AnalyzerError):
    """A settings, playbook or screening-list file is invalid."""


class MissingDependencyError(AnalyzerError):
    """An optional part is not installed; the message names the command that installs it."""


class ModelNotFoundError(AnalyzerError):
    """A model directory or artifact is missing."""


class ModelVersionError(AnalyzerError):
    """A model artifact does not match its metadata or this scikit-learn version."""
