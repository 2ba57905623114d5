"""Readable, translated names for the internal keys a user may see
(document kinds, languages, attribute types, memo targets, hypothesis fields).

Without ``language`` a label follows the window's language; documents written
for a client pass the project's language ('fi'/'en') instead.
"""

from __future__ import annotations

from workbench.i18n import N_, _, translator


def _label(table: dict[str, str], key: str, language: str | None) -> str:
    text = table.get(key)
    if text is None:
        return key
    return translator(language).gettext(text) if language else _(text)


_KINDS = {
    "interview": N_("interview"),
    "mystery_shopping": N_("mystery shopping"),
    "observation": N_("observation"),
    "probe_diary": N_("probe diary"),
    "survey_answer": N_("survey answer"),
    "web_analytics_note": N_("web analytics note"),
    "other": N_("other"),
}
_METHODS = {
    "survey": N_("structured survey"),
    "exit_poll": N_("exit poll"),
    "panel": N_("panel survey"),
    "web_analytics": N_("web analytics"),
    "other": N_("other method"),
}
_PRIORITIES = {"high": N_("high"), "medium": N_("medium"), "low": N_("low")}
_STATUSES = {
    "draft": N_("draft"),
    "ready": N_("ready to test"),
    "supported": N_("tested: supported"),
    "not_supported": N_("tested: not supported"),
}
_SCALES = {
    "likert5": N_("5-point Likert"),
    "likert7": N_("7-point Likert"),
    "nps": N_("NPS 0–10"),
    "yes_no": N_("yes / no"),
    "frequency": N_("frequency"),
}
#: The answer options a survey tool needs for each scale, in the order shown.
_SCALE_ANCHORS = {
    "likert5": (N_("Strongly disagree"), N_("Disagree"), N_("Neither agree nor disagree"),
                N_("Agree"), N_("Strongly agree")),
    "likert7": (N_("Strongly disagree"), N_("Disagree"), N_("Somewhat disagree"),
                N_("Neither agree nor disagree"), N_("Somewhat agree"), N_("Agree"),
                N_("Strongly agree")),
    "nps": (N_("0 = Not at all likely"), N_("10 = Extremely likely")),
    "yes_no": (N_("Yes"), N_("No")),
    "frequency": (N_("Never"), N_("Rarely"), N_("Sometimes"), N_("Often"), N_("Always")),
}  # fmt: skip


def kind_label(kind: str, language: str | None = None) -> str:
    return _label(_KINDS, kind, language)


def method_label(method: str, language: str | None = None) -> str:
    return _label(_METHODS, method, language)


def priority_label(priority: str, language: str | None = None) -> str:
    return _label(_PRIORITIES, priority, language)


def status_label(status: str, language: str | None = None) -> str:
    return _label(_STATUSES, status, language)


def scale_label(scale: str, language: str | None = None) -> str:
    return _label(_SCALES, scale, language)


def scale_anchors(scale: str, language: str | None = None) -> tuple[str, ...]:
    """The answer options of a response scale, translated."""
    return tuple(
        translator(language).gettext(a) if language else _(a) for a in _SCALE_ANCHORS.get(scale, ())
    )


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
