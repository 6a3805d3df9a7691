"""The statuses a right can take inside OpenFisca, and the helper every `<right>_status` uses.

`unknown` is not here on purpose: it is decided by the variant layer (variants.py), when a right's
status differs between the variants that the unanswered fields allow.
"""
import numpy
from openfisca_core.indexed_enums import Enum, EnumArray


class RightStatus(Enum):
    eligible = "eligible"
    possibly_eligible = "possibly_eligible"
    automatic = "automatic"
    already_receiving = "already_receiving"
    not_eligible = "not_eligible"


def status_array(receiving, eligible, possibly=None, automatic=None):
    """Combine a right's bool arrays into its status, in the one order every right uses.

    receiving -> already_receiving; not eligible -> not_eligible; automatic -> automatic;
    possibly -> possibly_eligible; otherwise eligible.
    """
    eligible = numpy.asarray(eligible, dtype=bool)
    n = eligible.shape[0]
    possibly = numpy.zeros(n, bool) if possibly is None else numpy.asarray(possibly, dtype=bool)
    automatic = numpy.zeros(n, bool) if automatic is None else numpy.asarray(automatic, dtype=bool)
    out = numpy.select(
        [numpy.asarray(receiving, dtype=bool), ~eligible, automatic, possibly],
        [RightStatus.already_receiving.index, RightStatus.not_eligible.index,
         RightStatus.automatic.index, RightStatus.possibly_eligible.index],
        default=RightStatus.eligible.index,
    )
    return EnumArray(out.astype(numpy.int16), RightStatus)


def is_status(status, *names):
    """Bool array: the status (an EnumArray) is one of the given status names."""
    idx = numpy.asarray(status).view(numpy.ndarray) if not isinstance(status, EnumArray) else status.view(numpy.ndarray)
    out = numpy.zeros(idx.shape, bool)
    for name in names:
        out |= idx == RightStatus[name].index
    return out
