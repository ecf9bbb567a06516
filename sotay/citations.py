"""Placeholder: rule pass filled in by a later change."""
