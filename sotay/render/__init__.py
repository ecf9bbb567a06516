"""Renderer-neutral pages: content objects in, Markdown pages and a nav tree out."""
