"""`prefect deploy --all` accepts prefect.yaml against a real Prefect server and the schedule is 02:00."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow
PREFECT = str(Path(sys.executable).with_name("prefect"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited with {proc.returncode}")
        try:
            urllib.request.urlopen(f"{url}/health", timeout=2)
            return
        except OSError:
            time.sleep(1)
    raise TimeoutError("prefect server did not become healthy")


def test_prefect_deploy_accepts_every_deployment(tmp_path: Path) -> None:
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env={k: v for k, v in env.items() if k != "PREFECT_API_URL"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_healthy(api, server)
        subprocess.run([PREFECT, "work-pool", "create", "consistency", "--type", "process"], env=env, check=True,
                       capture_output=True, cwd=REPO)
        deploy = subprocess.run([PREFECT, "--no-prompt", "deploy", "--all"], env=env, capture_output=True,
                                text=True, cwd=REPO)
        assert deploy.returncode == 0, deploy.stdout[-2000:] + deploy.stderr[-2000:]
        request = urllib.request.Request(f"{api}/deployments/filter", data=b"{}", method="POST",
                                         headers={"Content-Type": "application/json"})
        deployments = {d["name"]: d for d in json.load(urllib.request.urlopen(request, timeout=10))}
        assert set(deployments) == {"nightly", "mystery-shop-upload", "backfill", "train-models"}
        (schedule,) = deployments["nightly"]["schedules"]
        assert schedule["schedule"]["cron"] == "0 2 * * *"
    finally:
        server.terminate()
        server.wait(timeout=30)
