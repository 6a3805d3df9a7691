"""The directory's loader refuses a bad data file with one clear line."""

import shutil

import pytest

from actions.directory import offices
from actions.directory.offices import DirectoryDataError, load_communes, load_shared_postal_codes


@pytest.fixture
def communes_copy(tmp_path):
    path = tmp_path / "communes.csv"
    shutil.copy(offices.COMMUNES_FILE, path)
    return path


def rewrite(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def one_line_error(path, loader=load_communes):
    with pytest.raises(DirectoryDataError) as caught:
        loader(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_the_shipped_data_files_load():
    assert len(load_communes()) == 22
    assert {row["postal_code"] for row in load_shared_postal_codes()} == {"1040", "1050"}


def test_a_missing_file_is_named(tmp_path):
    assert "file not found" in one_line_error(tmp_path / "nowhere.csv")


def test_a_missing_column_is_named(communes_copy):
    rewrite(communes_copy, "commune_id,postal_code", "commune,postal_code")
    assert "missing column(s) commune_id" in one_line_error(communes_copy)


def test_a_commune_id_that_is_not_the_contracts_is_named_with_its_line(communes_copy):
    rewrite(communes_copy, "\nanderlecht,", "\nAnderlecht,")
    assert one_line_error(communes_copy).startswith("communes.csv line 2: commune_id 'Anderlecht'")


def test_a_malformed_postal_code_is_refused(communes_copy):
    rewrite(communes_copy, "anderlecht,1070,", "anderlecht,107O,")
    assert "postal_code '107O' is not a 4-digit code" in one_line_error(communes_copy)


def test_an_empty_cell_must_say_not_found_instead(communes_copy):
    rewrite(communes_copy, "https://cpasberchem.brussels,", ",")
    assert "website is empty (write the value or NOT FOUND)" in one_line_error(communes_copy)


def test_a_row_with_a_cell_too_few_is_refused(communes_copy):
    lines = communes_copy.read_text(encoding="utf-8").splitlines()
    lines[1] = "anderlecht,1070"
    communes_copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "line 2: wrong number of cells" in one_line_error(communes_copy)


def test_a_commune_without_any_row_is_named(communes_copy):
    lines = communes_copy.read_text(encoding="utf-8").splitlines()
    communes_copy.write_text("\n".join(l for l in lines if not l.startswith("jette,")) + "\n", encoding="utf-8")
    assert "no row for commune(s) jette" in one_line_error(communes_copy)


def test_a_postal_code_given_twice_is_refused(communes_copy):
    rewrite(communes_copy, "jette,1090,", "jette,1070,")
    assert "postal_code 1070 already on line 2" in one_line_error(communes_copy)


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "communes.csv"
    path.write_bytes(offices.COMMUNES_FILE.read_bytes().replace("é".encode(), b"\xe9"))
    assert "not UTF-8 text" in one_line_error(path)


def test_a_bad_postal_code_file_is_refused(tmp_path):
    # Shared postal codes are the lexicon's (nlu/lexicon/postal_codes.csv), read in its format.
    path = tmp_path / "postal_codes.csv"
    path.write_text("code,communes,shared,source\n1040,etterbeek;brussels,yes,x\n", encoding="utf-8")
    assert "commune id 'brussels'" in one_line_error(path, load_shared_postal_codes)
