"""Opening hours come only from a sourced row of hours.csv, in the person's language."""

import pytest

from actions.directory import hours
from actions.directory.offices import DirectoryDataError


def test_hours_with_days_are_said_with_the_day_names_of_the_language():
    assert hours.hours_line("bjb_legal_aid_nl", "nl") == "Openingsuren: maandag, dinsdag, donderdag, vrijdag, van 9:00 tot 11:00."
    assert hours.hours_line("bjb_legal_aid_nl", "fr") == "Heures d'ouverture : lundi, mardi, jeudi, vendredi, de 9:00 à 11:00."


def test_hours_of_a_phone_line_say_so_and_hours_without_days_give_none():
    assert hours.hours_line("bruxelles_logement", "fr").startswith("Par téléphone")
    assert hours.hours_line("cpas_anderlecht", "fr") == "Heures d'ouverture : de 7:30 à 11:00, de 13:00 à 15:00."


def test_an_office_without_a_sourced_row_gets_no_hours():
    assert hours.hours_line("cpas_schaerbeek", "fr") is None


def test_a_row_without_source_is_refused(tmp_path, monkeypatch):
    bad = tmp_path / "hours.csv"
    bad.write_text("office_id,kind,days,times,source\ncpas_jette,visit,mon,09:00-12:00,\n", encoding="utf-8")
    monkeypatch.setattr(hours, "HOURS_FILE", bad)
    hours._hours.cache_clear()
    try:
        with pytest.raises(DirectoryDataError, match="source"):
            hours.hours_line("cpas_jette", "fr")
    finally:
        hours._hours.cache_clear()
