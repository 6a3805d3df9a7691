"""The observatory of non-take-up: with the person's consent, one anonymous record a screening
(ISO week, commune, bands, each right's status), why the rights found are not received, and the
counts that `make -s stats` publishes with the small-cell rule. No income, exact age, sender id,
free text, or time finer than the week is ever stored."""
