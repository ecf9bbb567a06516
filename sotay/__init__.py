"""Sổ tay sinh hoạt chi bộ: the domain core (content model, registry, references, exporters)."""

__version__ = "0.1.0"
