"""The follow-up service (issue 15): sends the day-14 messages and deletes what is past day 21."""
