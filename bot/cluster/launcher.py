"""`make run-cluster`: the cluster (bot/cluster/layout.py) started, supervised and stopped like
`make run` (bot/launcher.py, bot/supervisor.py): a service that exits is started again, and none
outlives the launcher."""

from __future__ import annotations

import sys

from bot import launcher
from bot.cluster.layout import Cluster

if __name__ == "__main__":
    sys.exit(launcher.main(Cluster.from_environment))
