"""Twelve Brussels households for the chat benchmark, with the replies each would type.

Half in French, half in Dutch, written as people write: short, sometimes misspelt, in their own
words. The benchmark answers whatever the bot asks from these tables, so the question order and
number are the bot's own. A field a household has no reply for is answered "I don't know".
"""

from __future__ import annotations

DONT_KNOW = {"fr": "je sais pas", "nl": "weet niet"}
GREETING = {"fr": "Bonjour", "nl": "Hallo"}

HOUSEHOLDS: list[tuple[str, str, dict[str, str]]] = [
    ("single mother in Schaerbeek", "fr", {
        "commune": "Schaerbeek", "age": "34 ans", "living_with": "seule avec mes enfants",
        "children": "2", "children_ages": "4 et 9", "monthly_income": "dans les 900",
        "income_sources": "chômage", "benefits": "non rien", "residence_status": "belge",
        "health_insurance": "oui", "housing": "je loue", "social_housing_candidate": "non",
        "owns_property": "non", "disability": "non", "student": "non", "heating_oil": "non",
        "energy_debt": "oui"}),
    ("retired couple in Anderlecht", "nl", {
        "commune": "Anderlecht", "age": "71", "living_with": "met mijn vrouw", "children": "geen",
        "children_ages": "geen", "monthly_income": "1400", "income_sources": "pensioen",
        "benefits": "nee", "residence_status": "Belg", "health_insurance": "ja",
        "housing": "we huren", "social_housing_candidate": "nee", "owns_property": "nee",
        "disability": "nee", "student": "nee", "heating_oil": "ja", "energy_debt": "nee"}),
    ("young unemployed man in Molenbeek", "fr", {
        "commune": "1080", "age": "22", "living_with": "chez mes parents", "children": "0",
        "children_ages": "aucun", "monthly_income": "1100 euros", "income_sources": "chomage",
        "benefits": "non", "residence_status": "belge", "health_insurance": "oui",
        "housing": "hébergé chez mes parents", "social_housing_candidate": "non",
        "owns_property": "non", "disability": "non", "student": "non", "heating_oil": "non",
        "energy_debt": "non"}),
    ("woman without papers in Saint-Gilles", "fr", {
        "commune": "st gilles", "age": "29", "living_with": "avec des amis", "children": "0",
        "children_ages": "aucun", "monthly_income": "rien", "income_sources": "aucun revenu",
        "benefits": "rien", "residence_status": "sans papiers", "health_insurance": "non",
        "housing": "hébergée", "social_housing_candidate": "non", "owns_property": "non",
        "disability": "non", "student": "non", "heating_oil": "non", "energy_debt": "non"}),
    ("owner couple with a high income in Uccle", "fr", {
        "commune": "Uccle", "age": "50", "living_with": "avec mon mari", "children": "2",
        "children_ages": "12 et 15", "monthly_income": "6000", "income_sources": "travail",
        "benefits": "les allocations familiales", "residence_status": "belge",
        "health_insurance": "oui", "housing": "propriétaire", "social_housing_candidate": "non",
        "owns_property": "oui", "disability": "non", "student": "non", "heating_oil": "non",
        "energy_debt": "non"}),
    ("disabled man living alone in Evere", "fr", {
        "commune": "Evere", "age": "septante-deux", "living_with": "seul", "children": "pas d'enfants",
        "children_ages": "aucun", "monthly_income": "1 050,00", "income_sources": "pension",
        "benefits": "je sais pas", "residence_status": "belge", "health_insurance": "oui",
        "housing": "logement social", "social_housing_candidate": "non", "owns_property": "non",
        "disability": "oui", "student": "non", "heating_oil": "non", "energy_debt": "non"}),
    ("student with a student job in Elsene", "nl", {
        "commune": "Elsene", "age": "20", "living_with": "met vrienden", "children": "0",
        "children_ages": "geen", "monthly_income": "600", "income_sources": "studentenjob",
        "benefits": "nee", "residence_status": "Europeaan", "health_insurance": "ja",
        "housing": "ik huur een kot", "social_housing_candidate": "nee", "owns_property": "nee",
        "disability": "nee", "student": "ja", "heating_oil": "nee", "energy_debt": "nee"}),
    ("couple with three children in Anderlecht", "nl", {
        "commune": "1070", "age": "38", "living_with": "met mijn man", "children": "drie",
        "children_ages": "2, 6 en 10", "monthly_income": "tweeduizend driehonderd",
        "income_sources": "werk", "benefits": "kinderbijslag", "residence_status": "verblijfskaart",
        "health_insurance": "ja", "housing": "we huren", "social_housing_candidate": "ja",
        "owns_property": "nee", "disability": "nee", "student": "nee", "heating_oil": "nee",
        "energy_debt": "ja"}),
    ("homeless man in Brussels", "nl", {
        "commune": "Brussel", "age": "52", "living_with": "alleen", "children": "geen",
        "children_ages": "geen", "monthly_income": "niks", "income_sources": "geen inkomen",
        "benefits": "nee", "residence_status": "Belg", "health_insurance": "nee",
        "housing": "ik heb geen huis", "social_housing_candidate": "nee", "owns_property": "nee",
        "disability": "nee", "student": "nee", "heating_oil": "nee", "energy_debt": "nee"}),
    ("worker living outside Brussels", "fr", {
        "commune": "j'habite à Namur", "age": "40", "living_with": "seul", "children": "0",
        "children_ages": "aucun", "monthly_income": "1500", "income_sources": "travail",
        "benefits": "non", "residence_status": "belge", "health_insurance": "oui",
        "housing": "je loue", "social_housing_candidate": "non", "owns_property": "non",
        "disability": "non", "student": "non", "heating_oil": "non", "energy_debt": "non"}),
    ("tenant in social housing heating with oil in Jette", "nl", {
        "commune": "Jette", "age": "63", "living_with": "alleen", "children": "geen",
        "children_ages": "geen", "monthly_income": "twaalfhonderd", "income_sources": "ziekte",
        "benefits": "nee", "residence_status": "Belg", "health_insurance": "ja",
        "housing": "sociale woning", "social_housing_candidate": "nee", "owns_property": "nee",
        "disability": "ja", "student": "nee", "heating_oil": "ja", "energy_debt": "nee"}),
    ("single father in Sint-Lambrechts-Woluwe", "nl", {
        "commune": "Sint-Lambrechts-Woluwe", "age": "44", "living_with": "alleen met mijn zoon",
        "children": "1", "children_ages": "16", "monthly_income": "1.800",
        "income_sources": "werk", "benefits": "kinderbijslag", "residence_status": "Belg",
        "health_insurance": "ja", "housing": "ik huur", "social_housing_candidate": "nee",
        "owns_property": "nee", "disability": "nee", "student": "nee", "heating_oil": "nee",
        "energy_debt": "nee"}),
]
