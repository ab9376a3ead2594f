import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

import events.demo
from events.models import Forum
from universities.models import BranchCampus, Country

pytestmark = pytest.mark.django_db


def test_load_demo_twice_keeps_one_of_each_and_keeps_edits(settings, capsys):
    settings.DEBUG = True
    call_command("load_demo")
    first = capsys.readouterr().out
    User = get_user_model()
    admin = User.objects.get(username="admin")
    admin.first_name = "Edited in the admin"
    admin.save()

    call_command("load_demo")
    second = capsys.readouterr().out

    assert User.objects.filter(username="admin").count() == 1
    assert User.objects.get(username="admin").first_name == "Edited in the admin"
    assert "admin / forum-admin-2025" in first.splitlines()
    assert first == second


def test_demo_passwords_exist_only_in_debug_mode(settings, capsys):
    settings.DEBUG = False
    call_command("load_demo")
    output = capsys.readouterr().out
    assert "No demo passwords are set when DJANGO_DEBUG is off." in output
    assert not get_user_model().objects.filter(password__gt="").exists()


def test_demo_staff_accounts_hold_their_roles(settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    roles = {
        user.username: sorted(user.groups.values_list("name", flat=True))
        for user in get_user_model().objects.filter(is_staff=True)
    }
    assert roles == {
        "admin": [],
        "editor": ["Editor"],
        "translator": ["Translator"],
        "proposals-manager": ["Partner manager"],
    }


def test_a_broken_data_file_changes_nothing_and_says_where(settings, monkeypatch, tmp_path):
    settings.DEBUG = True
    broken = tmp_path / "forums.yaml"
    broken.write_text(
        (events.demo.HERE / "forums.yaml")
        .read_text(encoding="utf-8")
        .replace("city: astana", "city: nur-sultan", 1),
        encoding="utf-8",
    )
    files = [broken if path.name == "forums.yaml" else path for path in events.demo.FILES]
    monkeypatch.setattr(events.demo, "FILES", files)

    with pytest.raises(CommandError) as error:
        call_command("load_demo")

    assert str(error.value) == (
        "Nothing was loaded: forums.yaml, events.forum row 1: "
        "no universities.city with slug=nur-sultan."
    )
    counts = [m.objects.count() for m in (Country, BranchCampus, Forum, get_user_model())]
    assert counts == [0, 0, 0, 0]
