import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "k" * 20 + "Zq8-fK2_pLm9-Xc4Rt7_Wb1nVy6-Hd3Js5Ge0Ua" * 2,
    "DJANGO_ALLOWED_HOSTS": "forum.example.kz",
    "DATABASE_URL": "sqlite:////tmp/forum-portal-deploy-check.sqlite3",
}


def _manage(*args, **env):
    # Production defaults: none of the test run's own settings (pyproject's pytest ``env``).
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DJANGO_") and k != "STATIC_MANIFEST"
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_reports_nothing_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "DEBUG", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."


def test_debug_off_without_a_secret_key_refuses_to_start():
    env = {**PRODUCTION_ENV, "DJANGO_SECRET_KEY": ""}
    result = _manage("check", **env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db
def test_every_request_gets_a_strict_content_security_policy(client):
    policy = client.get("/kk/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
