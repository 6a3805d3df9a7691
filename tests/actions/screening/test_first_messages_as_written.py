"""First messages as people write them keep their facts: a grown son or daughter asked about is
the person, the other parent beside a parent written for is a partner, a first child on the way
is no child yet, the age said with "moi" / "ik" is the person's, a right wished for is not one
received."""

import pytest

from actions.screening.situation import facts


def test_a_grown_child_the_message_asks_about_is_the_person():
    said = facts("ma fille a 27 ans, elle vit chez nous à Jette, peut-elle avoir le revenu d'intégration ?", [])
    assert said["age"] == 27 and said["living_with"] == "family" and "children" not in said


def test_a_grown_child_not_asked_about_stays_a_child_of_the_household():
    assert facts("j'ai 2 enfants, mon fils a 19 ans et ma fille 15", [])["children"] == 2


@pytest.mark.parametrize("text", ["c'est pour ma mère, 70 ans, elle habite à Evere avec mon père",
                                  "het is voor mijn vader, 75 jaar, hij woont in Evere met mijn moeder"])
def test_the_other_parent_beside_a_parent_written_for_is_their_partner(text):
    assert facts(text, [])["living_with"] == "partner"


@pytest.mark.parametrize("text", ["enceinte de 4 mois, j'attends mon premier, je vis seule à Forest",
                                  "ik ben 5 maanden zwanger van mijn eerste en woon alleen in Vorst"])
def test_a_first_child_on_the_way_is_no_child_yet(text):
    assert facts(text, [])["children"] == 0


@pytest.mark.parametrize("text,age", [("mon mari et moi à Ganshoren, il a 67 ans et moi 62", 62),
                                      ("mijn man en ik in Ganshoren, hij is 67 en ik 62", 62)])
def test_the_age_said_with_moi_or_ik_is_the_persons(text, age):
    assert facts(text, [])["age"] == age


def test_a_right_wished_for_after_one_received_is_not_received():
    said = facts("je reçois le revenu d'intégration, je voudrais le supplément social des allocations familiales", [])
    assert said["benefits"] == ["integration_income"]


@pytest.mark.parametrize("text", ["on attend toujours le logement social, ça fait 3 ans",
                                  "we wachten nog altijd op een sociale woning"])
def test_waiting_for_social_housing_is_being_on_the_list(text):
    said = facts(text, [])
    assert said["social_housing_candidate"] is True and "housing" not in said


@pytest.mark.parametrize("text", ["mon voisin arrive plus à payer son électricité",
                                  "mijn buurvrouw kan haar gas niet meer betalen",
                                  "j'ai une dette chez Total Energies"])
def test_an_energy_bill_not_paid_said_in_everyday_words_is_an_energy_debt(text):
    assert facts(text, [])["energy_debt"] is True


def test_the_household_is_the_one_named_after_a_verb_of_living():
    said = facts("je vis en coloc à Ixelles et mes parents me font un virement chaque mois", [])
    assert said["living_with"] == "others" and said["income_sources"] == ["other"]


def test_a_count_of_children_after_a_street_word_is_still_a_count():
    assert facts("j'habite Evere avec mon mari chauffeur de bus et nos 3 enfants", [])["children"] == 3


def test_a_partner_whose_verb_is_denied_is_still_a_partner():
    assert facts("ik ben 55, mijn vrouw werkt niet, we wonen in Anderlecht", [])["living_with"] == "partner"


def test_ni_denies_like_pas():
    assert facts("il est sans abri, il a pas de mutuelle ni de papiers", [])["residence_status"] == "no_papers"


def test_an_amount_beside_no_money_word_is_the_income_when_the_message_names_its_source():
    said = facts("mijn vrouw en ik zijn gepensioneerd in Evere, ik 1400 en zij 850", [])
    assert said["monthly_income"] == 2250


def test_a_year_is_no_income_even_when_a_source_is_named():
    assert "monthly_income" not in facts("je suis au chômage depuis 2019, à Jette", [])


def test_a_baby_of_some_weeks_said_after_another_word_is_a_child_of_0():
    said = facts("nous avons eu un bébé, 3 semaines, à Forest", [])
    assert said["children"] == 1 and said["children_ages"] == [0]


def test_a_parent_alone_with_a_child_stays_alone_when_the_other_parent_pays():
    said = facts("divorcée, ma fille de 12 ans vit avec moi et son père paie une pension alimentaire de 250", [])
    assert said["living_with"] == "alone" and "maintenance" in said["income_sources"]


def test_a_first_message_that_asks_why_not_and_tells_a_situation_starts_with_its_facts():
    from actions.screening.reader import Answers, SideRequest, read
    from nlu.lexicon import numbers

    text = "ik krijg geen huurtoelage, waarom niet? ik huur voor 750 in Anderlecht en verdien 1400"
    reading = read(None, text, {"intent": {"name": "why_not"}, "entities": numbers(text)})
    assert isinstance(reading, Answers) and reading.right == "rent_allowance"
    assert reading.values["housing"] == "private_rent"
    assert reading.values["monthly_income"] == 1400
    # Without a situation, and in the middle of a screening, "why not" is still a question.
    assert isinstance(read(None, "waarom krijg ik geen huurtoelage?", {"intent": {"name": "why_not"}}), SideRequest)


@pytest.mark.parametrize("text", ["Kan ik iets krijgen met alleen een klein pensioen? Ik ben 66 en woon met mijn zus.",
                                  "mn moeder (79) woont bij ons. Ze heeft alleen haar pensioen.",
                                  "ma seule ressource c'est la pension, j'ai 70 ans"])
def test_alleen_or_seul_meaning_only_says_nothing_of_living_alone(text):
    assert facts(text, []).get("living_with") != "alone"


@pytest.mark.parametrize("text", ["ik huur alleen een studio in Jette", "ik ben zelfstandige, 39 jaar, alleen, mijn zaak draait slecht",
                                  "elle vit seule à Evere"])
def test_alleen_or_seul_after_a_verb_of_living_or_on_its_own_is_living_alone(text):
    assert facts(text, [])["living_with"] == "alone"


@pytest.mark.parametrize("text,source", [("Kan ik iets krijgen met alleen een klein pensioen?", "pension"),
                                         ("j'ai droit à quoi avec seulement ma pension ?", "pension")])
def test_what_a_question_says_the_person_has_is_an_income_source(text, source):
    assert facts(text, [])["income_sources"] == [source]


def test_a_right_asked_about_in_a_question_is_still_no_income_source():
    assert "income_sources" not in facts("est-ce que j'ai droit au chômage ?", [])


@pytest.mark.parametrize("text,age", [("Hoi! Ik (31) woon samen met mijn lief in Etterbeek, we huren.", 31),
                                      ("Ik vraag het voor mijn broer (39): hij woont bij mij in Vorst.", 39),
                                      ("Mijn man is twee jaar geleden overleden. Ik woon alleen in Evere. Ik ben 64.", 64),
                                      ("j'ai travaillé 6 ans dans le bâtiment. Aujourd'hui j'ai 47 ans, je suis en invalidité", 47),
                                      ("Ik ben bijna 65 en nu nog werkloos.", 64),
                                      ("mn vader is bijna 67 en woont alleen in laken.", 66),
                                      ("Dag, mon papa loue un studio à Koekelberg. Il a une petite pension. Hij is 70, pension 980.", 70)])
def test_an_age_is_read_in_brackets_after_a_duration_and_before_a_birthday(text, age):
    assert facts(text, [])["age"] == age


@pytest.mark.parametrize("text,source", [("in het weekend werk ik als jobstudent in een restaurant", ["student_job"]),
                                         ("je travaille à côté avec un contrat étudiant", ["student_job"]),
                                         ("Ik ben bijna 65 en ga binnenkort met pensioen, maar nu ben ik werkloos.", ["unemployment"]),
                                         ("on est tous les deux à la mutuelle, moi je suis pensionnée", ["pension"])])
def test_a_student_job_a_pension_to_come_and_a_health_fund_are_read_for_what_they_are(text, source):
    assert facts(text, [])["income_sources"] == source


@pytest.mark.parametrize("text,housing", [("le propriétaire veut récupérer l'appartement", "private_rent"),
                                          ("j'habite dans la maison de mon copain, c'est lui le proprio", "owner"),
                                          ("we huren bij Ieder Zijn Huis in Evere", "social_rent"),
                                          ("een appartement dat van ons is, we betalen de lening nog af", "owner")])
def test_the_landlord_is_no_owner_and_a_social_housing_company_is_social_housing(text, housing):
    assert facts(text, [])["housing"] == housing


@pytest.mark.parametrize("text,monthly", [("op jaarbasis zo'n 27.000 netto voor ons twee", 2250.0)])
def test_a_yearly_amount_in_a_first_message_is_made_monthly(text, monthly):
    assert facts(text, [])["monthly_income"] == monthly


@pytest.mark.parametrize("text", ["Op 12 november kreeg ik een ingebrekestelling van Luminus voor 1400 euro. Ik werk voltijds, netto 2050.",
                                  "Ik heb een eindafrekening van 2300 euro van Engie gekregen. Samen 2100 per maand."])
def test_a_bill_named_as_a_reminder_or_a_final_statement_is_no_income(text):
    assert facts(text, [])["monthly_income"] in (2050.0, 2100.0)


def _numbers_in(text: str, *values: int) -> list[dict]:
    """The number entities the NLU gives for `values`, where the text says them."""
    return [{"entity": "number", "value": v, "start": text.index(str(v)), "end": text.index(str(v)) + len(str(v))}
            for v in values]


def test_two_partners_each_earning_are_one_household_income():
    text = "On vit à Woluwe-Saint-Lambert, mon compagnon et moi, on bosse tous les deux : lui gagne 2100 et moi 1500."
    assert facts(text, _numbers_in(text, 2100, 1500))["monthly_income"] == 3600.0


@pytest.mark.parametrize("text,values,monthly", [
    ("Hij is zelfstandig, ik krijg een werkloosheidsuitkering van 1200. Samen hebben we zo'n 2800 per maand.", (1200, 2800), 2800.0),
    ("mijn pensioen plus een klein overlevingspensioen van mijn man, samen 19200 netto per jaar", (19200,), 1600.0)])
def test_the_household_total_said_as_such_is_the_income(text, values, monthly):
    assert facts(text, _numbers_in(text, *values))["monthly_income"] == monthly


@pytest.mark.parametrize("text,commune", [
    ("J'ai 3 enfants mais ils vivent chez leur mère à Liège, moi je suis seul à Auderghem.", "auderghem"),
    ("Mijn twee kinderen wonen bij hun moeder in Gent, ik woon alleen in een studio in Etterbeek.", "etterbeek")])
def test_where_the_childrens_other_parent_lives_is_not_the_persons_commune(text, commune):
    from nlu.lexicon.places import find_places
    assert facts(text, find_places(text))["commune"] == commune


@pytest.mark.parametrize("text", ["bsr, 3 enfants, moi et mon mari a st gilles, on a du mal a payer sibelga",
                                  "Mon électricité a été coupée la semaine dernière.",
                                  "dag, k ben 62, werkloos. de facturen van sibelga lopen achter"])
def test_an_energy_bill_hard_to_pay_or_cut_off_is_an_energy_debt(text):
    assert facts(text, [])["energy_debt"] is True


def test_a_fuel_one_cannot_pay_any_more_is_still_the_fuel_one_heats_with():
    assert facts("on loue a schaerbeek et on arrive plus a payer le mazout", [])["heating_oil"] is True


def test_work_done_before_is_no_income_now():
    said = facts("j'ai travaillé 6 ans dans le bâtiment puis je me suis cassé le dos, je suis en invalidité", [])
    assert said["income_sources"] == ["sickness_invalidity"]


def test_work_in_the_sentence_of_a_student_contract_is_the_student_job():
    said = facts("ik doe een master aan de VUB en werk 15u per week in een café met een studentencontract", [])
    assert said["income_sources"] == ["student_job"]


def test_the_status_said_with_ik_ben_is_the_persons_beside_a_partners_card():
    assert facts("ik ben Belg maar mijn vrouw is Congolese met een kaart F", [])["residence_status"] == "belgian"


@pytest.mark.parametrize("text,age,living_with", [
    ("J'écris pour mon fils de 24 ans : il a un handicap mental, il vit avec nous à Uccle.", 24, "family"),
    ("Ik vraag het voor mijn dochter: ze is 17 en is zwanger. Ze woont bij mij in Koekelberg, ik ben alleenstaand.", 17, "family"),
    ("Ma sœur (45 ans) est hébergée chez moi à Jette depuis son divorce, avec ses 2 garçons.", 45, "family")])
def test_a_son_daughter_or_sister_written_for_is_the_person_and_lives_with_the_writer(text, age, living_with):
    said = facts(text, [])
    assert (said["age"], said["living_with"]) == (age, living_with)


@pytest.mark.parametrize("text,monthly", [
    ("In 2015 ben ik naar België gekomen en sinds 2018 ben ik erkend vluchteling. Ik werk als chauffeur, netto zo'n 1900.", 1900.0),
    ("Ik werk. Ik verdien 1.200 euro per maand.", 1200.0)])
def test_an_income_after_years_in_earlier_sentences_is_still_read(text, monthly):
    assert facts(text, [])["monthly_income"] == monthly


@pytest.mark.parametrize("text,value,monthly", [("On gagne à peu près 30000 € net par an à deux, mon mari et moi", 30000, 2500.0),
                                                ("Mijn man verdient ongeveer 400 euro per week", 400, 1733.33)])
def test_an_amount_in_euros_said_per_year_or_week_is_made_monthly(text, value, monthly):
    start = text.index(str(value))
    entity = {"entity": "number", "value": value, "unit": "euro", "start": start, "end": start + len(str(value)) + 2}
    assert facts(text, [entity])["monthly_income"] == monthly


@pytest.mark.parametrize("text,source", [("ik slaap soms in het station. ik krijg niks, geen cent", ["none"]),
                                         ("ik heb geen werk en mn ouders sturen me elke maand wat geld", ["other"])])
def test_no_cent_and_money_sent_by_parents_are_read_as_income_sources(text, source):
    assert facts(text, [])["income_sources"] == source
