"""Exports: docx, xlsx/csv and REFI-QDA (no Qt)."""
