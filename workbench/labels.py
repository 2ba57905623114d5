"""Readable, translated names for the internal keys a user may see
(document kinds, languages, attribute types, memo targets)."""

from __future__ import annotations

from workbench.i18n import _


def kind_label(kind: str) -> str:
    return {
        "interview": _("interview"),
        "mystery_shopping": _("mystery shopping"),
        "observation": _("observation"),
        "probe_diary": _("probe diary"),
        "survey_answer": _("survey answer"),
        "web_analytics_note": _("web analytics note"),
        "other": _("other"),
    }.get(kind, kind)


def language_label(code: str) -> str:
    return {"fi": _("Finnish"), "en": _("English"), "other": _("other language")}.get(code, code)


def attribute_type_label(type_: str) -> str:
    return {
        "text": _("text"),
        "number": _("number"),
        "date": _("date"),
        "category": _("category"),
    }.get(type_, type_)


def target_label(target: str) -> str:
    return {
        "project": _("project"),
        "document": _("document"),
        "case": _("case"),
        "code": _("code"),
        "segment": _("segment"),
    }.get(target, target)
