"""The review state of each language of each translated object, as editors see it in the admin
(``core.translation_status``): missing, draft, reviewed (by whom, when), out of date."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.models import TranslationReview
from core.translation_status import State, language_states, reviews_for, state_counts
from forum_portal.roles import EDITOR, PARTNER_MANAGER, TRANSLATOR
from tests.factories import BranchCampusFactory, InstitutionFactory
from tests.html import form_fields, parse
from universities.models import BranchCampus, Institution, Programme

pytestmark = pytest.mark.django_db

LIST = "/admin/universities/institution/"


@pytest.fixture
def institutions():
    return {
        "complete": InstitutionFactory(name_en="Complete"),
        "no_kk": InstitutionFactory(name_en="No Kazakh", name_kk=""),
        "no_en_description": InstitutionFactory(
            name_en="No English description",
            description_kk="<p>Сипаттама</p>",
            description_ru="<p>Описание</p>",
            description_en="",
        ),
    }


@pytest.fixture
def login(client):
    def login_as(role, username=None):
        user = get_user_model().objects.create_user(
            username=username or role.lower().replace(" ", "-"), password="x", is_staff=True
        )
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user

    return login_as


def _listed(response):
    """The objects the change list shows, by primary key."""
    return sorted(
        {
            int(urlsplit(href).path.split("/")[-3])
            for href, _text, _attrs in parse(response.content).links
            if href and urlsplit(href).path.endswith("/change/")
        }
    )


def _filtered(client, code, state):
    return _listed(client.get(LIST, {f"translation_{code}": state}))


def _states(obj):
    obj.refresh_from_db()
    return {code: state for code, state, _review in language_states(obj, reviews_for([obj]))}


def _mark(client, code, *objects):
    return client.post(
        LIST,
        {"action": f"mark_reviewed_{code}", "_selected_action": [obj.pk for obj in objects]},
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    )


def _change_form(client, obj):
    url = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content
    fields = form_fields(page, form_id=f"{obj._meta.model_name}_form")
    return url, {
        key: value.strip("\n") if isinstance(value, str) else value for key, value in fields.items()
    }


# --- missing ---------------------------------------------------------------------------------


def test_list_filters_objects_missing_a_language(admin_client, institutions):
    assert _filtered(admin_client, "kk", "missing") == [institutions["no_kk"].pk]
    assert _filtered(admin_client, "en", "missing") == [institutions["no_en_description"].pk]
    assert _listed(admin_client.get(LIST)) == sorted(i.pk for i in institutions.values())


def test_a_nonsense_filter_value_lists_everything(admin_client, institutions):
    response = admin_client.get(LIST, {"translation_kk": "<script>"})
    assert response.status_code == 200
    assert _listed(response) == sorted(i.pk for i in institutions.values())


# --- draft, reviewed, out of date ------------------------------------------------------------


def test_written_texts_are_drafts_until_a_translator_marks_them_reviewed(
    client, login, institutions
):
    translator = login(TRANSLATOR, "aigerim")
    assert _filtered(client, "kk", "draft") == sorted(
        [institutions["complete"].pk, institutions["no_en_description"].pk]
    )
    response = _mark(client, "kk", *institutions.values())
    messages = [str(m) for m in response.context["messages"]]
    assert messages == [
        "Marked reviewed (KK): 2.",
        "Not marked, the text is missing (KK): 1.",
    ]
    assert _filtered(client, "kk", "reviewed") == sorted(
        [institutions["complete"].pk, institutions["no_en_description"].pk]
    )
    assert _filtered(client, "kk", "draft") == []
    assert _filtered(client, "ru", "draft") == sorted(i.pk for i in institutions.values())
    review = TranslationReview.objects.get(object_id=institutions["complete"].pk, language="kk")
    assert review.reviewed_by == translator


def test_the_list_and_the_change_form_say_who_reviewed_and_when(client, login, institutions):
    login(TRANSLATOR, "aigerim")
    _mark(client, "kk", institutions["complete"])
    row = client.get(LIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert row.count('class="translation-state translation-state--reviewed"') == 1
    assert "Kazakh: Reviewed; reviewed by aigerim, " in row
    assert row.count("KK: Missing") == 1
    form = client.get(
        f"{LIST}{institutions['complete'].pk}/change/", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    panel = form[form.index('class="translation-review"') :].split("</table>")[0]
    kazakh = panel[panel.index('<th scope="row">Kazakh</th>') :].split("</tr>")[0]
    assert "Reviewed</span>" in kazakh and "<td>aigerim</td>" in kazakh
    assert 'name="_review" value="ru"' in panel


def test_a_change_of_the_text_makes_it_a_draft_and_of_another_language_out_of_date(
    admin_client, institutions
):
    complete = institutions["complete"]
    _mark(admin_client, "kk", complete)
    _mark(admin_client, "ru", complete)
    complete.name_ru = "Исправленное название"
    complete.save()
    assert _states(complete) == {"kk": State.OUT_OF_DATE, "ru": State.DRAFT, "en": State.DRAFT}
    assert _filtered(admin_client, "kk", "out_of_date") == [complete.pk]
    assert _filtered(admin_client, "ru", "draft") == sorted(i.pk for i in institutions.values())
    _mark(admin_client, "kk", complete)  # checked against the new Russian: reviewed again
    assert _states(complete)["kk"] == State.REVIEWED
    assert _filtered(admin_client, "kk", "reviewed") == [complete.pk]


def test_a_translator_who_saves_a_reviewed_text_makes_it_a_draft_again(client, login):
    institution = InstitutionFactory(name_kk="Ковентри университеті")
    login(TRANSLATOR)
    _mark(client, "kk", institution)
    url, data = _change_form(client, institution)
    client.post(url, {**data, "name_kk": "Ковентри Университеті"})
    assert _states(institution)["kk"] == State.DRAFT


def test_a_reviewer_corrects_and_marks_languages_reviewed_in_one_save(client, login):
    campus = BranchCampusFactory(name_kk="Ковентри университеті Қазақстан")
    Programme.objects.create(
        campus=campus,
        title_kk="Инженерия",
        title_en="Engineering",
        level=Programme.Level.BACHELOR,
        field=Programme.Field.EDUCATION,
    )
    login(EDITOR)
    url, data = _change_form(client, campus)
    data["name_kk"] = "Ковентри университетінің Қазақстандағы кампусы"
    response = client.post(url, {**data, "_review": ["kk", "ru"], "_continue": "1"})
    assert response.status_code == 302 and response["Location"] == url
    campus.refresh_from_db()
    assert campus.name_kk == "Ковентри университетінің Қазақстандағы кампусы"
    assert _states(campus) == {"kk": State.REVIEWED, "ru": State.REVIEWED, "en": State.DRAFT}
    programme = campus.programmes.get()  # shown on the same form: reviewed with it
    assert _states(programme) == {"kk": State.REVIEWED, "ru": State.MISSING, "en": State.DRAFT}


def test_only_reviewers_mark_texts_reviewed(client, login, admin_user):
    institution = InstitutionFactory()
    login(PARTNER_MANAGER)  # may look at institutions, not change nor review them
    page = client.get(f"{LIST}{institution.pk}/change/", HTTP_ACCEPT_LANGUAGE="en")
    assert 'class="translation-review"' in page.content.decode()
    assert 'name="_review"' not in page.content.decode()
    assert "mark_reviewed_kk" not in client.get(LIST).content.decode()
    _mark(client, "kk", institution)
    assert not TranslationReview.objects.exists()


def test_a_deleted_object_takes_its_reviews_with_it(admin_client):
    institution = InstitutionFactory()
    _mark(admin_client, "en", institution)
    institution.delete()
    assert not TranslationReview.objects.exists()


def test_database_and_python_agree_on_every_state(admin_client, institutions):
    complete = institutions["complete"]
    _mark(admin_client, "kk", *institutions.values())
    _mark(admin_client, "en", complete)
    complete.name_ru = complete.name_ru + " "
    complete.description_kk = None  # NULL and "" are the same empty text
    complete.save()
    for obj in Institution.objects.all():
        for code, state in _states(obj).items():
            assert obj.pk in _filtered(admin_client, code, state), (obj, code, state)


# --- the status page and the dashboard -------------------------------------------------------


def test_translation_status_page_counts_each_state_per_language(admin_client, institutions):
    _mark(admin_client, "kk", institutions["complete"])
    page = admin_client.get("/admin/translation-status/", HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    row = html[html.index("Institutions</th>") :].split("</tr>")[0]
    cells = [cell.split(">")[-1] for cell in row.split("</a>")[:-1]]
    # kk: missing, draft, out of date, reviewed; then ru and en
    assert cells == ["1", "1", "0", "1", "0", "3", "0", "0", "1", "2", "0", "0"]
    links = {href for href, _text, _attrs in parse(html).links}
    assert f"{LIST}?translation_kk=reviewed" in links


def test_state_counts_add_up(institutions):
    counts = state_counts(Institution.objects.all())
    assert {code: sum(states.values()) for code, states in counts.items()} == {
        "kk": 3,
        "ru": 3,
        "en": 3,
    }


# --- queries do not grow with rows -----------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["/admin/translation-status/", LIST, f"{LIST}?_facets=True&translation_kk=draft", "/admin/"],
)
def test_review_pages_do_not_query_per_row(admin_client, django_assert_max_num_queries, url):
    def reviewed_batch(size):
        batch = BranchCampusFactory.create_batch(size)
        parents = [campus.parent for campus in batch]
        _mark(admin_client, "kk", *parents)
        _mark(admin_client, "ru", *batch)

    reviewed_batch(3)
    admin_client.get(url)  # caches warmed (content types, sessions)
    with django_assert_max_num_queries(40) as few:
        admin_client.get(url)
    few = len(few)  # read now: the next request empties Django's query log
    reviewed_batch(60)
    with django_assert_max_num_queries(few):
        admin_client.get(url)


# --- the public never sees it ----------------------------------------------------------------


def test_the_public_never_sees_the_review_state(client, admin_client):
    campus = BranchCampusFactory(slug="astana-branch", name_kk="", name_ru="Филиал")
    pages = [
        "/kk/campuses/astana-branch/",
        "/ru/campuses/astana-branch/",
        "/kk/campuses/",
        "/en/search/",
    ]
    before = [client.get(url, {"q": "Филиал"}).content for url in pages]
    for code in ("ru", "en"):
        admin_client.post(
            "/admin/universities/branchcampus/",
            {"action": f"mark_reviewed_{code}", "_selected_action": [campus.pk]},
        )
    assert TranslationReview.objects.count() == 2
    assert [client.get(url, {"q": "Филиал"}).content for url in pages] == before
    for content in before:
        assert b"translation-state" not in content and b"review" not in content.lower()
    assert client.get("/admin/translation-status/").status_code == 302  # to the login


def test_the_demo_texts_are_drafts_until_reviewed(demo):
    assert not TranslationReview.objects.exists()
    for model in (Institution, BranchCampus):
        counts = state_counts(model.objects.all())
        for states in counts.values():
            assert states[State.REVIEWED] == states[State.OUT_OF_DATE] == 0
        assert counts["ru"][State.DRAFT] > 0
