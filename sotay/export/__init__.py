"""Exports a branch takes away: plain text (copy), Markdown and DOCX, for every
topic outline and every sample agenda, and a DOCX of every form a guidance page shows.
Renderer-neutral: bytes and strings out."""

from .items import Exportable, ExportContext, exportables, form_exportables, lookup  # noqa: F401
