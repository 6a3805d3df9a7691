"""The one normalisation: case, accents, ligatures, apostrophes, dashes and spaces."""

from nlu.lexicon import fold, key, normalize, words


def test_folding_removes_capitals_and_accents():
    assert fold("Ixelles ÉTÉ Forêt Ukkel Één") == "ixelles ete foret ukkel een"


def test_typographic_apostrophes_dashes_and_spaces_become_plain():
    assert fold("J’habite à St–Gilles\u00a0depuis") == "j'habite a st-gilles depuis"


def test_a_ligature_becomes_its_two_letters():
    assert fold("ma sœur") == "ma soeur"


def test_a_span_in_the_folded_text_is_the_span_of_the_same_words_as_typed():
    text = "Ma sœur habite à Forêt"
    folded = fold(text)
    start = folded.index("habite")
    first, last = folded.span(start, start + len("habite"))
    assert text[first:last] == "habite"
    assert folded.original(folded.index("soeur"), folded.index("soeur") + 5) == "sœur"


def test_an_original_span_maps_to_its_folded_span():
    folded = fold("sœur et frère")
    assert folded.inner(0, 4) == (0, 5)


def test_normalize_keeps_the_words_and_single_spaces():
    assert normalize("  Je   NE sais   pas ") == "je ne sais pas"


def test_key_is_the_words_of_a_phrase_whatever_their_apostrophes_and_dashes():
    assert key("allocation d’intégration") == key("Allocation d'integration") == "allocation d integration"
    assert key("Sint-Jans-Molenbeek") == "sint jans molenbeek"


def test_words_splits_letters_from_digits():
    assert [w.text for w in words(fold("j'habite 1030Schaerbeek"))] == ["j", "habite", "1030", "schaerbeek"]
