"""The web widget's own labels, from the catalogs, served as /strings/<lang>.json.

The context "widget" is written out in each call: Babel extracts a context only from a literal.
"""

from __future__ import annotations

from actions.i18n import LANGUAGES, say_for


def widget_strings(language: str) -> dict[str, str]:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    return {
        "title": say_for(language, "widget", "Iris: find the social aid you may be entitled to"),
        "intro": say_for(language, "widget", "Write a message to start. For example: hello."),
        "log_label": say_for(language, "widget", "Conversation with Iris"),
        "input_label": say_for(language, "widget", "Your message"),
        "send": say_for(language, "widget", "Send"),
        "other_language": say_for(language, "widget", "Nederlands"),
        "other_language_request": say_for(language, "widget", "in Dutch"),
        "you": say_for(language, "widget", "You"),
        "iris": say_for(language, "widget", "Iris"),
        "waiting": say_for(language, "widget", "Iris is writing..."),
        "error": say_for(language, "widget", "The message did not arrive. Please try again."),
        "start": say_for(language, "widget", "Start"),
        "start_message": say_for(language, "widget", "Hello"),
        "new_person": say_for(language, "widget", "New person"),
        "print": say_for(language, "widget", "Print the summary"),
        "summary_title": say_for(language, "widget", "Summary of the rights to claim"),
        "summary_date": say_for(language, "widget", "Made with Iris on {date}."),
        "summary_note": say_for(language, "widget", "The office decides. Take this sheet with you."),
        "idle_warning": say_for(language, "widget", "Are you still there? The page will soon be cleared for the next person."),
        "continue": say_for(language, "widget", "Continue"),
    }
