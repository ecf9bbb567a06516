"""Exports a branch takes away: plain text (copy), Markdown and DOCX, for every
topic outline and every sample agenda. Renderer-neutral: bytes and strings out."""

from .items import Exportable, ExportContext, exportables, lookup  # noqa: F401
