# The one image the Kubernetes manifests run (deploy/kubernetes/: `image: iris`): the Rasa server,
# the action server and the web page, each with its own command. Build it from the repository's
# root: `docker build -t iris .` (or `podman build`). No Docker engine runs where Iris is developed,
# so this file is checked against the manifests by tests/deploy/test_dockerfile.py, not built
# there: the first build on a machine with an engine is its real test.
FROM python:3.10-slim-bookworm

# make builds the environments and the catalogs (Babel compiles them in Python); nothing else is needed at
# run time (no browser, no compiler: every Python package is a wheel).
RUN apt-get update \
    && apt-get install --no-install-recommends -y make \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . /app

# The same steps as `make run` before it starts anything: both environments from the pinned
# requirements, the compiled catalogs, and the trained model baked into /app/.cache/models (the
# Rasa server's --model), so that no pod trains or downloads at start.
RUN PYTHON310=/usr/local/bin/python3.10 make envs catalogs train \
    && rm -rf /root/.cache/pip .cache/bench

# Never root: a service that is broken into owns nothing but its own files.
RUN useradd --system --uid 10001 --home-dir /app iris && chown -R iris /app/.cache
USER 10001

ENV PYTHONPATH=/app PYTHONUNBUFFERED=1 RASA_TELEMETRY_ENABLED=false
EXPOSE 5005 5055 8080
