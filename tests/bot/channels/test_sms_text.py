"""What an SMS costs and how a long message is cut (runs in the Rasa environment)."""

from bot.channels.sms_text import Cost, cost, for_sms, is_gsm7, split, split_sms


def test_a_gsm7_message_of_160_characters_is_one_segment_and_161_is_two():
    assert cost("a" * 160) == Cost("gsm7", 1, 160)
    assert cost("a" * 161).segments == 2


def test_concatenated_gsm7_segments_hold_153_characters_each():
    assert cost("a" * 306).segments == 2
    assert cost("a" * 307).segments == 3


def test_a_character_of_the_gsm7_extension_table_counts_as_two():
    assert cost("€" * 80).units == 160
    assert cost("€" * 80).segments == 1
    assert cost("€" * 81).segments == 2


def test_an_escaped_character_never_straddles_two_segments():
    # 152 septets, then a 2-septet euro: it cannot be split, so it opens the second segment.
    text = "a" * 152 + "€" + "a" * 152
    assert cost(text).encoding == "gsm7"
    assert cost(text).segments == 3


def test_one_character_outside_gsm7_makes_the_whole_message_ucs2():
    assert cost("é" * 160).encoding == "gsm7"
    assert cost("ê").encoding == "ucs2"
    assert cost("ê" * 70).segments == 1
    assert cost("ê" * 71).segments == 2
    assert cost("ê" * 134).segments == 2
    assert cost("ê" * 135).segments == 3


def test_an_emoji_takes_two_ucs2_units():
    assert cost("😀" * 35).units == 70
    assert cost("😀" * 35).segments == 1


def test_french_punctuation_and_spaces_become_their_gsm7_twins():
    text = for_sms("L\u2019aide \u00ab\u00a0sociale\u00a0\u00bb \u2022 1\u202f234,56\u00a0\u20ac \u2013 fin\u2026")
    assert text == "L'aide \"sociale\" - 1 234,56 \u20ac - fin..."
    assert is_gsm7(text)


def test_accents_gsm7_lacks_are_dropped_only_when_that_makes_the_message_gsm7():
    assert for_sms("Vous êtes déjà inscrit ? Ça coûte un œuf, reçu.") == (
        "Vous etes déjà inscrit ? Ça coute un oeuf, recu."
    )
    # An emoji forces UCS-2 anyway: the accents stay, they cost nothing more.
    assert for_sms("Vous êtes 😀") == "Vous êtes 😀"


def test_dutch_keeps_its_gsm7_letters():
    assert for_sms("Hoeveel kinderen wonen bij u? Eén of twee.") == "Hoeveel kinderen wonen bij u? Eén of twee."
    assert for_sms("België") == "Belgie"


def test_a_short_message_is_not_split():
    assert split("Bonjour.\nQuel âge avez-vous ?", 320) == ["Bonjour.\nQuel âge avez-vous ?"]


def test_a_long_message_is_split_between_lines_each_part_within_the_limit():
    lines = [f"Ligne numéro {n} du message, assez longue pour compter." for n in range(12)]
    parts = split("\n".join(lines), 320)
    assert len(parts) > 1
    assert all(len(part) <= 320 for part in parts)
    assert "\n".join(parts).split("\n") == lines


def test_a_line_longer_than_the_limit_is_split_at_sentence_ends():
    sentence = "Cette phrase fait une quarantaine de signes. "
    parts = split(sentence * 10, 160)
    assert all(len(part) <= 160 for part in parts)
    assert all(part.endswith(".") for part in parts)
    assert " ".join(parts) == (sentence * 10).strip()


def test_a_sentence_longer_than_the_limit_is_split_between_words():
    parts = split("mot " * 100, 50)
    assert all(len(part) <= 50 for part in parts)
    assert " ".join(parts).split() == ["mot"] * 100


def test_an_sms_fills_whole_segments_two_in_gsm7_four_in_ucs2():
    lines = [f"Ligne {n}, assez longue pour remplir un message." for n in range(40)]
    gsm = split_sms("\n".join(lines))
    assert all(len(part) <= 306 and cost(part).segments <= 2 for part in gsm)
    ucs = split_sms("\n".join(line + " ê" for line in lines))
    assert all(len(part) <= 268 and cost(part).segments <= 4 for part in ucs)


def test_a_euro_sign_counts_twice_when_an_sms_is_filled():
    parts = split_sms("\n".join(["Montant : 1 234,56 € par mois."] * 40))
    assert all(cost(part).units <= 306 and cost(part).segments <= 2 for part in parts)
