"""Code health of the eligibility engine: every right is complete, every parameter is sourced and
dated, names say their types, every rule says what the law says, and no number of the law hides
in Python code. See actions/eligibility/CONVENTIONS.md."""
import ast
import datetime
import glob
import os
import re
import subprocess
import sys

import pytest
import yaml
from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from actions.eligibility.enums import RIGHT_IDS
from actions.eligibility.freshness import CYCLE_MONTHS
from actions.eligibility.rights import right_facts
from actions.eligibility.statuses import RightStatus
from actions.eligibility.system import tax_benefit_system

ENGINE = os.path.join(os.path.dirname(__file__), "..", "..", "..", "actions", "eligibility")
AUTHORITIES = ("federal", "brussels", "community")


def _parameters():
    """(name, node) of every leaf parameter and every scale, scales not descended into."""
    out = []

    def walk(node):
        for child in node.children.values():
            if isinstance(child, ParameterScale) or isinstance(child, Parameter):
                out.append((child.name, child))
            elif isinstance(child, ParameterNode):
                walk(child)
    walk(tax_benefit_system().parameters)
    return out


def _variables():
    return tax_benefit_system().variables


@pytest.mark.parametrize("right", RIGHT_IDS)
def test_every_right_of_the_contract_has_its_status_variable_eligible_variable_and_facts_file(right):
    facts = right_facts()
    assert right in facts, f"actions/eligibility/rights/{right}.yaml is missing"
    authority = facts[right]["authority"]
    assert authority in AUTHORITIES
    folder = os.path.join(ENGINE, "variables", authority, right)
    assert os.path.isfile(os.path.join(folder, f"{right}_status.py"))
    assert os.path.isfile(os.path.join(folder, f"is_{right}_eligible.py"))
    variables = _variables()
    status = variables[f"{right}_status"]
    assert status.possible_values is RightStatus
    assert variables[f"is_{right}_eligible"].value_type is bool


def test_every_rights_file_names_variables_and_parameters_that_exist():
    variables = _variables()
    params = tax_benefit_system().parameters
    problems = []
    for right, facts in right_facts().items():
        for key in ("claim", "documents", "retroactivity", "legal_reference"):
            if key not in facts:
                problems.append(f"{right}: no {key}")
        ref = facts.get("legal_reference") or {}
        if not (ref.get("title") and ref.get("href")):
            problems.append(f"{right}: legal_reference needs a title and an href")
        for reason, variable in (facts.get("reasons") or {}).items():
            if variable not in variables or variables[variable].value_type is not bool:
                problems.append(f"{right}: reason {reason} -> {variable} is not a bool variable")
            if reason != reason.lower() or " " in reason:
                problems.append(f"{right}: reason code {reason!r} is not snake_case")
        amount = facts.get("amount")
        if amount:
            if amount["variable"] not in variables:
                problems.append(f"{right}: amount variable {amount['variable']} missing")
            for path in amount.get("parameters", []):
                node = params
                try:
                    for part in path.split("."):
                        node = getattr(node, part)
                except AttributeError:
                    problems.append(f"{right}: amount parameter {path} missing")
    assert not problems, problems


def test_every_parameter_has_a_description_a_unit_a_dated_reference_and_a_last_checked_date():
    problems = []
    for name, node in _parameters():
        meta = node.metadata or {}
        if not (node.description or "").strip():
            problems.append(f"{name}: no description")
        if not meta.get("unit"):
            problems.append(f"{name}: no metadata.unit")
        refs = meta.get("reference")
        if not isinstance(refs, dict) or not refs:
            problems.append(f"{name}: metadata.reference must map dates to {{title, href}}")
        else:
            for date, ref in refs.items():
                try:
                    datetime.date.fromisoformat(str(date))
                except ValueError:
                    problems.append(f"{name}: reference key {date!r} is not a date")
                if not isinstance(ref, dict) or not ref.get("title") or not ref.get("href"):
                    problems.append(f"{name}: reference {date} needs a title and an href")
        try:
            datetime.date.fromisoformat(str(meta.get("last_value_still_valid_on")))
        except ValueError:
            problems.append(f"{name}: last_value_still_valid_on missing or not a date")
    assert not problems, problems



def test_every_parameter_says_how_it_is_revised_so_a_figure_older_than_its_cycle_is_flagged():
    # `make -s freshness` and the engine's "ceiling may have risen" read it (freshness.py).
    problems = [
        f"{name}: metadata.indexation must be one of {sorted(CYCLE_MONTHS)}, not {(node.metadata or {}).get('indexation')!r}"
        for name, node in _parameters()
        if (node.metadata or {}).get("indexation") not in CYCLE_MONTHS
    ]
    assert not problems, problems

def test_parameters_are_named_after_the_rights_folders():
    root = os.path.join(ENGINE, "parameters")
    problems = []
    for path in glob.glob(os.path.join(root, "**", "*.yaml"), recursive=True):
        rel = os.path.relpath(path, root).split(os.sep)
        if rel[0] == "income":
            continue  # the conversion module's factors
        if rel[0] not in AUTHORITIES or len(rel) < 3 or rel[1] not in RIGHT_IDS:
            problems.append("/".join(rel))
    assert not problems, problems


def test_bool_variables_start_with_is_and_int_variables_with_num():
    problems = []
    for name, variable in _variables().items():
        if name.startswith("is_") and variable.value_type is not bool:
            problems.append(f"{name} is not a bool")
        if name.startswith("num_") and variable.value_type is not int:
            problems.append(f"{name} is not an int")
        if variable.formulas:  # inputs keep the contract's names
            if variable.value_type is bool and not name.startswith("is_"):
                problems.append(f"{name} is a bool rule not named is_*")
            if variable.value_type is int and not name.startswith("num_"):
                problems.append(f"{name} is an int rule not named num_*")
    assert not problems, problems


def test_every_variable_and_every_rule_has_a_docstring():
    problems = []
    for name, variable in _variables().items():
        if not (type(variable).__doc__ or "").strip():
            problems.append(f"{name}: no class docstring")
        for start, formula in variable.formulas.items():
            if not (formula.__doc__ or "").strip():
                problems.append(f"{name}: formula from {start} has no docstring")
    assert not problems, problems


def test_variables_live_in_one_file_each_named_after_them():
    problems = []
    for path in glob.glob(os.path.join(ENGINE, "variables", "**", "*.py"), recursive=True):
        tree = ast.parse(open(path, encoding="utf-8").read())
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        if classes != [os.path.basename(path)[:-3]]:
            problems.append(f"{path}: classes {classes}")
    assert not problems, problems


def test_no_number_of_the_law_is_written_in_python_rules():
    # Counts in a table's bands (0, 1, 2 children...) are not numbers of the law; anything else
    # (ages, amounts, ceilings, months) must be a parameter.
    problems = []
    for path in glob.glob(os.path.join(ENGINE, "variables", "**", "*.py"), recursive=True):
        tree = ast.parse(open(path, encoding="utf-8").read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and type(node.value) in (int, float) and node.value not in (0, 1, 2):
                problems.append(f"{os.path.relpath(path, ENGINE)}:{node.lineno}: {node.value}")
    assert not problems, problems


def test_every_rule_of_a_right_has_a_reference():
    # As openfisca/country-template does: whoever reads a rule finds the law or the official page it
    # encodes (the right's legal_reference.href, or a more precise source of the shared reference).
    variables = _variables()
    missing, bad = {}, []
    for authority in AUTHORITIES:
        for path in sorted(glob.glob(os.path.join(ENGINE, "variables", authority, "**", "*.py"), recursive=True)):
            name = os.path.basename(path)[:-3]
            variable = variables[name]
            if not variable.formulas:
                continue
            references = [r for r in (variable.reference or []) if r and r.strip()]
            if not references:
                folder = os.path.relpath(os.path.dirname(path), os.path.join(ENGINE, "variables"))
                missing.setdefault(folder, []).append(name)
            bad.extend(f"{name}: {r!r}" for r in references if not r.startswith(("https://", "http://")))
    assert not missing, "variables without a `reference = \"https://...\"`, by folder:\n" + "\n".join(
        f"  {folder} ({len(names)}): {', '.join(names)}" for folder, names in sorted(missing.items()))
    assert not bad, f"a reference is the address of a page: {bad}"


ACTIONS = os.path.join(ENGINE, "..")
MESSAGE_CALLS = ("N_", "say", "say_for")  # the catalog's keywords (Makefile, BABEL_KEYWORDS)
AN_EXAMPLE_ANSWER = re.compile(r"For example:.*", re.S)  # what a person may type is not a figure of the law
LAW_WORDS = re.compile(r"age|income|amount|ceiling|price|salary|euro|phone", re.I)


def _conversation_files():
    return sorted(glob.glob(os.path.join(ACTIONS, "*.py")) + glob.glob(os.path.join(ACTIONS, "screening", "*.py")))


def _called(call):
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", None)


def _words_of(node):
    """The names, attributes and string keys an expression reads ("age" in profile["age"] >= 65)."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.Name):
            yield inner.id
        elif isinstance(inner, ast.Attribute):
            yield inner.attr
        elif isinstance(inner, ast.Constant) and isinstance(inner.value, str):
            yield inner.value


def _law_numbers_in(source):
    """(line, what) of each number of the law in Python source: a number of two digits or more in a
    sentence given to N_/say/say_for, or a number other than 0 and 1 compared with an age, an income,
    an amount, a price or a phone."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _called(node) in MESSAGE_CALLS:
            for argument in node.args:
                for text in ast.walk(argument):
                    if isinstance(text, ast.Constant) and isinstance(text.value, str):
                        if re.search(r"\d{2,}", AN_EXAMPLE_ANSWER.sub("", text.value)):
                            found.append((text.lineno, repr(text.value)))
        elif isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            numbers = [o.value for o in operands
                       if isinstance(o, ast.Constant) and type(o.value) in (int, float) and o.value not in (0, 1)]
            if numbers and any(LAW_WORDS.search(word) for o in operands for word in _words_of(o)):
                found.append((node.lineno, ast.unparse(node)))
    return found


def test_the_conversation_check_finds_numbers_in_sentences_and_comparisons_but_not_in_examples():
    source = (
        'a = N_("You are under 18.")\n'
        'b = say(language, "Free phone 0800 40 400")\n'
        'c = N_("Write your age in years. For example: 45.")\n'
        'd = N_("You are under {age}.")\n'
        'if profile["age"] >= 65: pass\n'
        'if monthly_income < 1500.0: pass\n'
        'if len(lines) > 3 or age > 0: pass\n'
    )
    assert [line for line, _ in _law_numbers_in(source)] == [1, 2, 5, 6]


def test_no_number_of_the_law_is_written_in_the_conversation():
    # Ages and amounts come from the parameters and phone numbers from the office directory, filled
    # into the sentences through placeholders; a number typed in a sentence or in a comparison
    # stays behind when the law or the office changes.
    problems = [
        f"{os.path.relpath(path, ACTIONS)}:{line}: {what}"
        for path in _conversation_files()
        for line, what in _law_numbers_in(open(path, encoding="utf-8").read())
    ]
    assert not problems, "numbers of the law written in the conversation:\n" + "\n".join(problems)


def test_yaml_cases_are_named_as_sentences_and_cover_every_right_folder():
    root = os.path.join(os.path.dirname(__file__), "..", "..", "eligibility")
    names, problems = set(), []
    for path in glob.glob(os.path.join(root, "*", "*", "*.yaml")):
        for case in yaml.safe_load(open(path, encoding="utf-8")) or []:
            name = case.get("name", "")
            if len(name.split()) < 4 or name[0] != name[0].upper():
                problems.append(f"{path}: {name!r} is not a sentence")
            if name in names:
                problems.append(f"{path}: {name!r} is used twice")
            names.add(name)
    assert not problems, problems


def test_importing_the_engine_builds_nothing():
    code = (
        "import importlib, pkgutil, actions.eligibility as e\n"
        "for m in ('engine', 'screen', 'cli', 'bench', 'profile', 'rights', 'statuses'):\n"
        "    importlib.import_module('actions.eligibility.' + m)\n"
        "from actions.eligibility.system import tax_benefit_system\n"
        "print(tax_benefit_system.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=os.path.join(ENGINE, "..", ".."))
    assert out.stdout.strip() == "0"


@pytest.mark.parametrize("right", RIGHT_IDS)
def test_every_right_has_cases_for_a_yes_a_no_already_receiving_and_unknown(right):
    authority = right_facts()[right]["authority"]
    folder = os.path.join(os.path.dirname(__file__), "..", "..", "eligibility", authority, right)
    seen = set()
    for path in glob.glob(os.path.join(folder, "*.yaml")):
        for case in yaml.safe_load(open(path, encoding="utf-8")) or []:
            expected = (case.get("expect") or {}).get(right)
            if expected is not None:
                seen.add(expected if isinstance(expected, str) else expected["status"])
    assert {"not_eligible", "already_receiving", "unknown"} <= seen, (right, sorted(seen))
    assert seen & {"eligible", "possibly_eligible", "automatic"}, (right, sorted(seen))


def test_only_is_in_brussels_reads_the_commune_so_the_variant_layer_may_group_communes():
    # engine.py draws only two communes (one in Brussels, outside_brussels) for an unknown commune;
    # a rule that distinguishes communes must change that domain first.
    readers = []
    for path in glob.glob(os.path.join(ENGINE, "variables", "**", "*.py"), recursive=True):
        if os.sep + "profile" + os.sep in path:
            continue
        text = open(path, encoding="utf-8").read()
        if '"commune"' in text or "Commune." in text:
            readers.append(os.path.basename(path))
    assert readers == ["is_in_brussels.py"]
