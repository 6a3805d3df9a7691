"""The Kubernetes manifests (deploy/kubernetes/) describe make run-cluster's layout: valid for the
Kubernetes API (kubernetes-validate and the schemas it ships, .venvs/kube), two Rasa servers and
two action servers, probes on the paths the servers really answer, measured memory, secrets only
by reference, and the action server reachable from Rasa alone."""

from __future__ import annotations

import re
import subprocess
import urllib.parse
from pathlib import Path

import pytest
import yaml

from bot.cluster.files import DATABASE, STORES, ClusterPorts, endpoints
from bot.cluster.layout import Cluster
from bot.model import ROOT

MANIFESTS = ROOT / "deploy" / "kubernetes"
VALIDATE = ROOT / ".venvs" / "kube" / "bin" / "kubernetes-validate"
KUBERNETES_VERSION = "1.30.0"
PORTS = ClusterPorts(rasa=5005, actions=5055, web=8080, rasa_servers=(5101, 5102), action_servers=(5201, 5202),
                     postgres=5432, redis=6379, balancer_health=5300)


def resources() -> list[dict]:
    kustomization = yaml.safe_load((MANIFESTS / "kustomization.yaml").read_text())
    found = []
    for name in kustomization["resources"]:
        found.extend(document for document in yaml.safe_load_all((MANIFESTS / name).read_text()) if document)
    return found


def one(kind: str, name: str) -> dict:
    matches = [r for r in resources() if r["kind"] == kind and r["metadata"]["name"] == name]
    assert len(matches) == 1, (kind, name)
    return matches[0]


def container(kind: str, name: str) -> dict:
    (only,) = one(kind, name)["spec"]["template"]["spec"]["containers"]
    return only


def test_every_file_of_the_kustomization_is_valid_for_the_kubernetes_api():
    kustomization = yaml.safe_load((MANIFESTS / "kustomization.yaml").read_text())
    assert sorted(kustomization["resources"]) == sorted(p.name for p in MANIFESTS.glob("*.yaml")
                                                         if p.name != "kustomization.yaml")
    files = [str(MANIFESTS / name) for name in kustomization["resources"]]
    done = subprocess.run([str(VALIDATE), "--strict", "--no-warn", "-k", KUBERNETES_VERSION, *files],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count(" passed for resource ") == len(resources())


def test_rasa_and_the_action_server_run_twice_and_the_stores_once():
    assert one("Deployment", "iris-rasa")["spec"]["replicas"] == 2
    assert one("Deployment", "iris-actions")["spec"]["replicas"] == 2
    assert one("Deployment", "iris-web")["spec"]["replicas"] >= 1
    assert one("StatefulSet", "iris-postgres")["spec"]["replicas"] == 1
    assert one("StatefulSet", "iris-redis")["spec"]["replicas"] == 1
    for service in ("iris-rasa", "iris-actions", "iris-web", "iris-postgres", "iris-redis"):
        one("Service", service)


@pytest.mark.parametrize("deployment, service", [("iris-rasa", "Rasa server 1"),
                                                 ("iris-actions", "action server 1"),
                                                 ("iris-web", "web page")])
def test_the_probes_ask_the_path_that_make_run_cluster_waits_for(tmp_path, deployment, service):
    cluster = Cluster.in_folder(tmp_path, PORTS)
    waited = next(s for s in cluster.services if s.name == service).ready_url
    path = urllib.parse.urlsplit(waited).path
    probes = container("Deployment", deployment)
    for probe in ("readinessProbe", "livenessProbe"):
        assert probes[probe]["httpGet"]["path"] == path


def memory(quantity: str) -> int:
    number, unit = re.fullmatch(r"(\d+)(Mi|Gi)", quantity).groups()
    return int(number) * (1024 if unit == "Gi" else 1)


def test_every_container_asks_for_memory_and_is_limited_above_it():
    for resource in resources():
        if resource["kind"] not in ("Deployment", "StatefulSet"):
            continue
        for each in resource["spec"]["template"]["spec"]["containers"]:
            asked = each["resources"]["requests"]["memory"]
            limit = each["resources"]["limits"]["memory"]
            assert memory(limit) > memory(asked), resource["metadata"]["name"]
            assert each.get("readinessProbe") and each.get("livenessProbe"), resource["metadata"]["name"]


def test_no_secret_is_written_in_the_manifests_only_referenced():
    assert not [r for r in resources() if r["kind"] == "Secret"]
    for resource in resources():
        if resource["kind"] not in ("Deployment", "StatefulSet"):
            continue
        for each in resource["spec"]["template"]["spec"]["containers"]:
            for variable in each.get("env", []):
                if re.search(r"PASSWORD|KEY|TOKEN|AUTH|STATS_DB", variable["name"]):
                    assert "value" not in variable, variable["name"]
                    assert variable["valueFrom"]["secretKeyRef"]["name"] == "iris-secrets"


def test_the_action_server_is_reachable_from_the_rasa_servers_alone():
    actions_labels = one("Deployment", "iris-actions")["spec"]["template"]["metadata"]["labels"]
    rasa_labels = one("Deployment", "iris-rasa")["spec"]["template"]["metadata"]["labels"]
    policies = [r for r in resources() if r["kind"] == "NetworkPolicy"]
    deny_all = [p for p in policies if p["spec"]["podSelector"] == {} and not p["spec"].get("ingress")]
    assert deny_all and deny_all[0]["spec"]["policyTypes"] == ["Ingress"]
    applying = [p for p in policies if p["spec"]["podSelector"]
                and p["spec"]["podSelector"]["matchLabels"].items() <= actions_labels.items()]
    sources = [source for p in applying for rule in p["spec"]["ingress"] for source in rule["from"]]
    assert sources == [{"podSelector": {"matchLabels": rasa_labels}}]


def shape(value):
    """The keys of a configuration, each with the type of its value, hosts and ports aside."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    return type(value).__name__


def test_the_endpoints_are_make_run_clusters_with_the_services_names_for_hosts():
    config = yaml.safe_load(one("ConfigMap", "iris-rasa-config")["data"]["endpoints.yml"])
    generated = yaml.safe_load(endpoints(PORTS))
    assert shape(config) == shape(generated)
    assert {k: v for k, v in config["tracker_store"].items() if k not in ("url", "port")} == {
        k: v for k, v in generated["tracker_store"].items() if k not in ("url", "port")}
    assert config["lock_store"]["password"] == generated["lock_store"]["password"] == "${IRIS_REDIS_PASSWORD}"
    assert config["action_endpoint"]["url"] == "http://iris-actions:5055/webhook"


def test_postgresql_makes_the_databases_the_launcher_makes_and_the_action_servers_use_them():
    variables = {v["name"]: v.get("value") for v in container("StatefulSet", "iris-postgres")["env"]}
    assert variables["POSTGRES_DB"] == DATABASE
    scripts = "".join(one("ConfigMap", "iris-postgres-init")["data"].values())
    actions = {v["name"] for v in container("Deployment", "iris-actions")["env"]}
    for variable, (database, _) in STORES.items():
        assert f"CREATE DATABASE {database};" in scripts
        assert variable in actions
