"""French says the first of the month "1er": "montant du 1er janvier 2024", not "1 janvier"."""
from actions.screening import messages


def test_the_first_of_the_month_is_1er_in_french_only():
    assert messages.day("2024-01-01", "fr") == "1er janvier 2024"
    assert messages.day("2026-03-11", "fr") == "11 mars 2026"
    assert messages.day("2024-01-01", "nl") == "1 januari 2024"
