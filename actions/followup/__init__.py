"""The opt-in follow-up of issue 15: on a messaging channel, "may I write to you in 14 days?";
on yes, the channel address kept encrypted; on day 14, one message asking what came of each
right; the answers read, and added to the observatory's record when the person agreed to it;
the address deleted after the answers, after 21 days, at STOP or at "effacer"."""
