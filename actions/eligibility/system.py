"""The Iris TaxBenefitSystem, built once per process on first use (never at import)."""
import functools
import os

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from actions.eligibility import entities

HERE = os.path.dirname(os.path.abspath(__file__))
VARIABLES_DIR = os.path.join(HERE, "variables")
PARAMETERS_DIR = os.path.join(HERE, "parameters")


class IrisTaxBenefitSystem(TaxBenefitSystem):
    """Entities, every variable under variables/ and every parameter under parameters/."""

    def __init__(self):
        super().__init__(entities.entities)
        self.add_variables_from_directory(VARIABLES_DIR)
        self.load_parameters(PARAMETERS_DIR)

    def get_package_metadata(self):
        """Iris is not an installed distribution: say where it lives instead of asking importlib (which logs an error per variable file)."""
        return {"name": "iris-eligibility", "version": "0", "location": HERE, "repository_url": ""}


@functools.lru_cache(maxsize=None)
def tax_benefit_system():
    """The process-wide TaxBenefitSystem (cached)."""
    return IrisTaxBenefitSystem()
