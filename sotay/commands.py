"""Registrars for the CLI verbs that live beside their modules (refs, export, new, report, dist, deploy)."""

REGISTRARS = []
