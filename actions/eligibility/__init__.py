"""Iris eligibility engine: an OpenFisca country package for Brussels social rights.

Importing this package has no side effect: the tax-benefit system is built lazily, once per
process, by :func:`actions.eligibility.system.tax_benefit_system`. The public entry points are
:func:`actions.eligibility.engine.assess` and :func:`actions.eligibility.engine.screen_columns`.
See CONVENTIONS.md for how rights, parameters and tests are written.
"""
