"""The facts a first message states, read without the Rasa model: numbers come from the
lexicon, as the NLU's NumberExtractor gives them."""

import pytest

from actions.screening.reader import Answers, read
from actions.screening.situation import facts
from nlu.lexicon import numbers


def stated(text):
    return facts(text, numbers(text))


def test_a_postal_code_said_as_a_place_gives_the_commune():
    assert stated("je vis avec ma compagne à 1190")["commune"] == "forest"
    assert stated("ik woon bij mijn oom in 1081")["commune"] == "koekelberg"


def test_an_income_said_as_a_number_is_not_a_place():
    assert "commune" not in stated("je gagne 1200 par mois")


def test_a_bill_is_not_an_income():
    found = stated("j'ai une facture de regularisation de 1600 euros chez luminus que je peux pas payer")
    assert "monthly_income" not in found
    assert found["energy_debt"] is True


def test_a_right_asked_about_in_a_question_is_not_a_right_received():
    found = stated("je touche la grapa. c'est combien le tarif social gaz electricite?")
    assert found["benefits"] == ["elderly_income_guarantee"]
    found = stated("ik woon alleen en krijg de inkomensgarantie voor ouderen. hoe krijg ik het sociaal tarief?")
    assert found["benefits"] == ["elderly_income_guarantee"]


def test_nothing_left_after_a_lost_benefit_is_no_income():
    found = stated("j'ai perdu mes allocations de chomage, depuis janvier j'ai plus rien, je vis seul")
    assert found["income_sources"] == ["none"] and found["monthly_income"] == 0


def test_a_job_named_is_work():
    assert stated("je l'eleve seule, je suis aide-soignante")["income_sources"] == ["work"]
    assert stated("ik voed hem alleen op, ik ben poetsvrouw")["income_sources"] == ["work"]


def test_a_first_message_that_asks_what_a_right_is_and_tells_a_situation_starts_the_screening():
    text = "wat is de verhoogde tegemoetkoming? ik ben werkloos, 57 jaar, alleenstaand"
    reading = read(None, text, {"intent": {"name": "help"}, "entities": numbers(text)})
    assert isinstance(reading, Answers)
    assert reading.right == "increased_reimbursement"
    assert reading.values["age"] == 57


def test_a_question_about_a_word_alone_is_still_help():
    reading = read(None, "c'est quoi le BIM ?", {"intent": {"name": "help"}, "entities": []})
    assert not isinstance(reading, Answers)


def test_an_age_given_for_a_parent_is_the_age_of_the_person_screened():
    assert stated("mijn moeder is 84 en woont nog alleen in Ganshoren")["age"] == 84
    assert stated("Mon père (81 ans) vit avec nous")["age"] == 81


def test_looking_for_social_housing_is_not_living_in_it():
    found = stated("Mon proprio a vendu, je cherche un logement social, comment on s'inscrit?")
    assert found.get("housing") != "social_rent"
    assert found["social_housing_candidate"] is False


def test_late_energy_payments_said_in_everyday_words_are_an_energy_debt():
    for text in ("j'ai des retards chez engie de presque 800e", "je paye plus mon electricite depuis 4 mois",
                 "Sibelga m'a mis un limiteur parce que j'ai pas paye", "ik heb een achterstand bij Engie",
                 "ik heb een afsluitingsbrief van Engie gekregen voor gas en elektriciteit"):
        assert stated(text).get("energy_debt") is True, text


def test_belgian_said_beside_another_status_is_someone_elses():
    assert stated("mon mari est belge et moi j'ai une carte F")["residence_status"] != "belgian"


def test_a_parent_living_with_the_children_only_lives_alone():
    assert stated("je vis avec mon fils de 15 ans a Jette")["living_with"] == "alone"
    assert stated("je vis avec mon mari et mes 2 enfants")["living_with"] == "partner"


def test_an_amount_said_net_or_for_the_couple_is_the_income():
    assert stated("Je suis à la pension depuis le mois passé (1650 net), on est locataires")["monthly_income"] == 1650
    assert stated("les 2 on bosse, 3600 a 2")["monthly_income"] == 3600


def _places(text, *names):
    return [{"entity": "commune", "value": value, "start": text.index(word), "end": text.index(word) + len(word)}
            for word, value in names]


def test_the_commune_lived_in_wins_over_a_landmark_or_a_workplace():
    from actions.screening.answers import home_commune
    text = "nous habitons Linkebeek (juste a cote d'Uccle)"
    assert home_commune(_places(text, ("Linkebeek", "outside_brussels"), ("Uccle", "uccle")), text) == "outside_brussels"
    text = "je travaille a Ixelles et j'habite a Jette"
    assert home_commune(_places(text, ("Ixelles", "ixelles"), ("Jette", "jette")), text) == "jette"
    text = "a St-Gilles mais je demenage a Forest le mois prochain"
    assert home_commune(_places(text, ("St-Gilles", "saint_gilles"), ("Forest", "forest")), text) == "saint_gilles"


def test_two_incomes_of_the_household_are_added():
    text = "ik werk deeltijds voor 1500 netto en krijg 250 alimentatie"
    assert stated(text)["monthly_income"] == 1750


def test_a_question_or_a_job_searched_is_no_source_of_income():
    assert stated("je n'ai aucun revenu. est ce que le cpas peut m'aider?")["income_sources"] == ["none"]
    assert "work" not in stated("je cherche du travail et j'ai 0 revenus pour l'instant").get("income_sources", [])
    assert "work" not in stated("je vis seule a Uccle (Saint-Job), ma pension fait 1380€").get("income_sources", [])


def test_a_school_year_said_makes_a_student_and_finished_studies_do_not():
    assert stated("jai 17 ans, jsuis en 4e secondaire")["student"] is True
    assert stated("ik ben 18, ik zit in het 6de jaar")["student"] is True
    assert stated("j'ai 24 ans, j'ai fini mes etudes").get("student") is not True


def test_a_tenant_speaking_of_the_landlord_rents():
    assert stated("seul dans un studio que je loue chez un particulier, le proprio veut que je paie")["housing"] == "private_rent"


def test_a_right_said_received_in_the_third_person_or_with_another_verb_is_a_benefit():
    assert stated("il touche l'ARR")["benefits"] == ["disability_income_allowance"]
    assert stated("ik zit op het leefloon")["benefits"] == ["integration_income"]
    assert stated("ja, Sibelga heeft mij beschermde afnemer gemaakt")["benefits"] == ["protected_customer"]


def test_a_right_named_while_the_income_sources_are_asked_is_received():
    assert facts("salaire + allocs familiales", [], asked="income_sources")["benefits"] == ["family_allowance"]
    assert facts("loon + groeipakket", [], asked="income_sources")["benefits"] == ["family_allowance"]
    assert "benefits" not in stated("salaire + allocs familiales")


def test_an_office_named_alone_says_where_money_comes_from_not_which_right():
    said = facts("je touche de l'argent du CPAS", numbers("je touche de l'argent du CPAS"), asked="income_sources")
    assert "benefits" not in said
    assert said["income_sources"] == ["cpas"]
    assert stated("le cpas me verse l'aide sociale équivalente")["benefits"] == ["equivalent_social_aid"]


def test_wanting_to_register_for_social_housing_is_not_being_on_the_list():
    assert stated("je voudrais m'inscrire pour un logement social, comment on fait?")["social_housing_candidate"] is False
    assert stated("ik wil mij inschrijven voor een sociale woning, hoe doe ik dat?")["social_housing_candidate"] is False
    assert stated("est ce que je peux m'inscrire pour un logement social? je loue un studio")["social_housing_candidate"] is False
    assert stated("we willen ons inschrijven voor een sociale woning")["social_housing_candidate"] is False


def test_renting_from_a_private_landlord_is_not_being_hosted():
    assert stated("ik huur bij een privé, 780 per maand")["housing"] == "private_rent"
    assert stated("ik onderhuur een kamer bij een gast")["housing"] == "private_rent"
    assert stated("ik woon bij een vriend")["housing"] == "hosted"


def test_a_home_abroad_or_let_out_is_owned_and_a_home_sold_is_not():
    assert stated("elle a un appartement au portugal mais elle y va jamais")["owns_property"] is True
    assert stated("hij heeft een studio in Gent die hij verhuurt")["owns_property"] is True
    assert stated("on avait une maison mais on l'a vendue l'an dernier")["owns_property"] is False
    assert stated("we hadden een huis maar dat is verkocht")["owns_property"] is False


def test_the_residence_status_named_first_is_the_persons():
    said = stated("Je suis sans papiers, 40 ans, je vis avec ma femme. Ma femme a un titre de sejour mais pas moi.")
    assert said["residence_status"] == "no_papers"


def test_being_member_of_a_health_fund_or_looking_for_work_is_no_income():
    said = stated("je voudrais m'affilier a une mutuelle, une amie m'heberge en attendant que je trouve du travail")
    assert "income_sources" not in said
    assert said["health_insurance"] is False
    assert "income_sources" not in stated("Je suis a la Mutualite chretienne.")


def test_plus_before_a_number_is_arithmetic_not_a_negation():
    said = stated("Ik werk halftijds, 1250 netto, plus 300 alimentatie.")
    assert set(said["income_sources"]) == {"work", "maintenance"}


def test_a_right_named_then_asked_about_is_a_question_not_an_answer():
    assert read("benefits", "verhoogde tegemoetkoming, wat is dat", {"intent": {"name": "inform"}, "entities": []}).__class__.__name__ == "SideRequest"


def test_a_postal_code_after_a_place_word_is_no_income_and_a_rent_makes_the_owner_a_landlord():
    said = stated("je vis avec mon mari et nos 2 enfants a 1090. On paie 1070 de loyer a un proprio prive")
    assert said.get("monthly_income") != 1090
    assert said["housing"] == "private_rent"


def test_someone_elses_sickness_or_a_job_someone_does_not_have_is_no_income_of_theirs():
    assert "income_sources" not in stated("je voudrais l'aide medicale urgente pour mon fils qui est malade")
    assert stated("je suis independant, ma femme ne travaille pas")["income_sources"] == ["self_employed"]


def test_pas_denies_only_the_word_right_before_it():
    assert stated("ma femme ne travaille pas, je suis indépendant")["income_sources"] == ["self_employed"]
    assert stated("j'ai le chômage mais pas beaucoup")["income_sources"] == ["unemployment"]


def test_the_age_said_with_moi_is_the_persons_even_after_the_partners():
    assert stated("mon mari et moi on est belges, il a 63 ans et moi 60, on chauffe au mazout")["age"] == 60


def test_ages_after_where_the_children_live_are_their_ages_not_the_persons():
    found = stated("j'ai mes 2 enfants avec moi, 6 et 10 ans, ils vont a l'ecole")
    assert found["children"] == 2 and found["children_ages"] == [6, 10]
    assert "age" not in found
    assert stated("mijn 2 kinderen wonen bij mij, 4 en 7 jaar")["children_ages"] == [4, 7]


def test_a_grown_child_who_still_lives_with_us_lives_with_family_and_has_finished_studying():
    found = stated("mon fils de 23 ans vit encore avec nous a Uccle, il a termine ses etudes. peut il avoir le revenu d'integration?")
    assert found["living_with"] == "family" and found["student"] is False
    assert stated("mijn dochter is 24, ze woont nog bij ons in Jette. kan ze leefloon krijgen?")["living_with"] == "family"


def test_plural_pensions_alone_are_a_pension():
    assert stated("pensioenen: 1500 en 1000")["income_sources"] == ["pension"]


def test_a_little_one_with_an_age_is_a_child_but_a_small_pension_is_not():
    found = stated("je suis polonais, je vis avec ma copine, on a une petite de 2 ans et demi")
    assert found["children"] == 1 and found["children_ages"] == [2]
    assert "age" not in found
    assert stated("we hebben een kleine van 3 jaar")["children"] == 1
    assert "children" not in stated("j'ai une petite pension de 900")


def test_children_of_mine_are_no_home_of_mine():
    found = stated("2 a moi + le fils de ma compagne, on vit tous ensemble")
    assert "housing" not in found and "owns_property" not in found


def test_a_right_someone_just_has_is_received_and_a_home_of_ours_is_owned():
    assert stated("pour mon grand-pere : 89 ans, il vit avec nous a Ixelles, il a juste la grapa")["benefits"] == ["elderly_income_guarantee"]
    assert stated("mijn broer woont bij mij en krijgt een IVT")["benefits"] == ["disability_income_allowance"]
    found = stated("on est pensionnes tous les deux, on habite notre maison a Woluwe-Saint-Pierre")
    assert found["housing"] == "owner" and found["owns_property"] is True


def test_the_household_income_adds_a_wage_and_a_maintenance_after_the_rent():
    found = stated("Je loue un petit 2 chambres à Anderlecht, 780 € par mois, avec mes deux filles. "
                   "Je travaille à 4/5, je gagne 1650 net, et leur père verse une pension alimentaire de 300 €.")
    assert found["monthly_income"] == 1950


def test_a_weekly_wage_is_made_monthly_before_it_is_added_to_a_maintenance():
    found = stated("Mijn man werkt als uitzendkracht en verdient ongeveer 400 euro per week, "
                   "en ik krijg 250 alimentatie van mijn ex voor mijn dochter van 10.")
    assert found["monthly_income"] == 1983.33


def test_the_job_of_a_social_worker_who_writes_is_not_the_persons_income():
    found = stated("Je suis AS au CPAS. Une dame de 39 ans, sans papiers, avec 3 enfants, est hébergée par une amie "
                   "à Schaerbeek. Elle n'a aucun revenu.")
    assert found["income_sources"] == ["none"]
    found = stated("Ik ben maatschappelijk assistente en schrijf voor een cliënt. Hij leeft van een invaliditeitsuitkering.")
    assert found["income_sources"] == ["sickness_invalidity"]


def test_living_on_ones_own_is_not_self_employment():
    found = stated("Mijn opa (88) woont nog zelfstandig in zijn appartement. Hij heeft enkel een pensioen.")
    assert found["income_sources"] == ["pension"]


@pytest.mark.parametrize("text,age", [
    ("Ik heb 25 jaar bij een poetsbedrijf gewerkt. Ik word in maart 60.", 59),
    ("j'aurai 65 ans en mai, je vis seul", 64),
])
def test_an_age_about_to_be_turned_is_one_less_and_wins_over_years_of_work(text, age):
    assert stated(text)["age"] == age


def test_the_ages_may_follow_a_later_mention_of_the_children():
    found = stated("Est-ce que mes enfants peuvent avoir les allocations familiales si je n'ai pas de titre de "
                   "séjour ? J'ai 2 enfants de 3 et 7 ans nés ici, on vit à Molenbeek.")
    assert (found["children"], found["children_ages"]) == (2, [3, 7])
    assert "age" not in found


@pytest.mark.parametrize("text", [
    "Un compatriote nous héberge chez lui à Molenbeek, ma femme et moi.",
    "moi 26 ans, ma copine 24, on vit chez ses parents à Uccle",
    "mijn vrouw, ik en onze zoon van 6. Een landgenoot laat ons bij hem inwonen in Schaarbeek.",
])
def test_a_couple_in_someone_elses_home_lives_with_a_partner(text):
    assert stated(text)["living_with"] == "partner"


def test_someone_elses_home_without_a_partner_of_ones_own_is_still_others():
    assert stated("un ami m'héberge à Jette avec sa femme")["living_with"] != "partner"
