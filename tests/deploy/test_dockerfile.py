"""The Dockerfile builds the image the Kubernetes manifests run (`image: iris`). No Docker engine
runs here, so these tests hold it to the manifests and the Makefile instead: every command the
manifests give the image exists in it, the model sits where Rasa is told to look, nothing of this
machine (environments, conversations, keys) is copied in, and no service runs as root."""

from __future__ import annotations

import fnmatch
import re

from bot.model import MODELS, ROOT
from tests.deploy.test_kubernetes_manifests import resources

DOCKERFILE = (ROOT / "Dockerfile").read_text()
IGNORED = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
           if line.strip() and not line.startswith("#")]


def instructions(name: str) -> list[str]:
    return [m.group(1) for m in re.finditer(rf"^{name}\s+(.+(?:\\\n.+)*)$", DOCKERFILE, re.MULTILINE)]


def iris_containers() -> list[dict]:
    return [c for r in resources() if r["kind"] == "Deployment"
            for c in r["spec"]["template"]["spec"]["containers"] if c["image"] == "iris"]


def ignored(path: str) -> bool:
    parts = path.split("/")
    return any(fnmatch.fnmatch(path, pattern.removeprefix("**/")) or any(fnmatch.fnmatch(p, pattern.removeprefix("**/")) for p in parts)
               for pattern in IGNORED)


def test_the_image_is_python_3_10_as_rasa_requires():
    (base,) = instructions("FROM")
    assert base.startswith("python:3.10-")


def test_every_command_of_the_manifests_is_built_by_the_image():
    workdir = instructions("WORKDIR")[-1]
    built = " ".join(instructions("RUN"))
    assert "make envs catalogs train" in built
    makefile = (ROOT / "Makefile").read_text()
    for container in iris_containers():
        assert container["workingDir"] == workdir
        program = container["command"][0]
        env = re.fullmatch(rf"{workdir}/\.venvs/(\w+)/bin/\w+", program).group(1)
        assert re.search(rf"^\w+_ENV := \$\(VENVS\)/{env}$", makefile, re.MULTILINE), program
        if "-m" in container["command"]:
            module = container["command"][container["command"].index("-m") + 1]
            assert (ROOT / (module.replace(".", "/") + ".py")).exists(), module


def test_rasa_looks_for_its_model_where_make_train_puts_it_in_the_image():
    (rasa,) = [c for c in iris_containers() if c["name"] == "rasa"]
    model = rasa["command"][rasa["command"].index("--model") + 1]
    assert model == f"{instructions('WORKDIR')[-1]}/{MODELS.relative_to(ROOT)}"


def test_nothing_of_this_machine_is_copied_into_the_image():
    for path in (".git/config", ".venvs/rasa/bin/python", ".cache/tracker.db", ".cache/pseudonym.key",
                 ".cache/models/iris.tar.gz", "tracker.db-wal", "actions/__pycache__/i18n.cpython-310.pyc", ".env"):
        assert ignored(path), path
    for path in ("actions/i18n.py", "locales/fr/LC_MESSAGES/messages.po", "Makefile", "requirements/rasa.txt"):
        assert not ignored(path), path


def test_no_service_runs_as_root():
    (user,) = instructions("USER")
    assert user not in ("root", "0")
