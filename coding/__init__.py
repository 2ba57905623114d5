"""Coding logic, NLP, themes and agreement (no Qt)."""
