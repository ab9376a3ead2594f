"""The Council of Strategic Partners and the partner area: accounts, documents, update proposals."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.images import SafeImageField
from core.publishing import PublishableModel, PublishableQuerySet
from core.richtext import RichTextField
from events.models import Forum, Session, Speaker
from partners.storage import private_storage
from universities.models import BranchCampus, Institution

DOCUMENT_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "jpg", "jpeg", "png"]


class CouncilMembershipQuerySet(PublishableQuerySet):
    def current(self, today=None):
        """Seats that have not ended (no end date, or one today or later)."""
        today = today or timezone.localdate()
        return self.filter(Q(until__isnull=True) | Q(until__gte=today))


class CouncilMembership(PublishableModel):
    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        CO_CHAIR = "co_chair", _("Co-chair")
        MEMBER = "member", _("Member")
        OBSERVER = "observer", _("Observer")

    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="council_memberships",
        verbose_name=_("institution"),
    )
    representative = models.ForeignKey(
        Speaker,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="council_memberships",
        verbose_name=_("representative"),
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MEMBER)
    since = models.DateField(_("member since"), null=True, blank=True)
    until = models.DateField(_("member until"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = CouncilMembershipQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("Council membership")
        verbose_name_plural = _("Council memberships")
        constraints = [
            models.CheckConstraint(
                condition=Q(until__isnull=True) | Q(since__isnull=True) | Q(until__gte=F("since")),
                name="council_membership_until_after_since",
            ),
        ]

    def __str__(self):
        return f"{self.institution} · {self.get_role_display()}"

    def clean(self):
        if self.since and self.until and self.until < self.since:
            raise ValidationError({"until": _("The end date is before the start date.")})


class CouncilMeetingQuerySet(PublishableQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")


class CouncilMeeting(PublishableModel):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=255)
    date = models.DateField(_("date"), null=True, blank=True)
    forum = models.ForeignKey(
        Forum,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="council_meetings",
        verbose_name=_("forum"),
    )
    session = models.ForeignKey(
        Session,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="council_meetings",
        verbose_name=_("session"),
    )
    summary = RichTextField(_("summary"), blank=True)
    decisions = RichTextField(_("decisions and recommendations"), blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)

    objects = CouncilMeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("Council meeting")
        verbose_name_plural = _("Council meetings")

    def __str__(self):
        return self.title


class PartnerAccount(models.Model):
    """A user who speaks for one or more institutions in the partner area."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_account",
        verbose_name=_("user"),
    )
    institutions = models.ManyToManyField(
        Institution, related_name="partner_accounts", verbose_name=_("institutions")
    )
    invited_at = models.DateTimeField(_("invitation sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["user__username"]
        verbose_name = _("partner account")
        verbose_name_plural = _("partner accounts")

    def __str__(self):
        return self.user.get_username()


class PartnerDocument(models.Model):
    """An institution's file; only that institution's partners and staff may download it."""

    class Kind(models.TextChoices):
        MEMORANDUM = "memorandum", _("Memorandum")
        MINUTES = "minutes", _("Minutes")
        LETTER = "letter", _("Letter")
        OTHER = "other", _("Other")

    institution = models.ForeignKey(
        Institution,
        on_delete=models.CASCADE,
        related_name="partner_documents",
        verbose_name=_("institution"),
    )
    meeting = models.ForeignKey(
        CouncilMeeting,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("Council meeting"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(_("title"), max_length=255)
    date = models.DateField(_("date"), null=True, blank=True)
    file = models.FileField(
        _("file"),
        storage=private_storage,
        upload_to="documents/%Y/",
        validators=[FileExtensionValidator(DOCUMENT_EXTENSIONS)],
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-uploaded_at"]
        verbose_name = _("partner document")
        verbose_name_plural = _("partner documents")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("partners:document-download", kwargs={"pk": self.pk})


class UpdateProposalQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=UpdateProposal.Status.PENDING)

    def concerning(self, institutions):
        """Proposals for these institutions or for their branch campuses."""
        return self.filter(
            Q(institution__in=institutions) | Q(branch_campus__parent__in=institutions)
        )


class UpdateProposal(models.Model):
    """A change a partner asks for; staff approve (it is applied) or reject it with a reason.

    ``changes`` maps a field of the target to its proposed value; only changed fields are kept.
    A proposed logo is stored privately until it is approved.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    institution = models.ForeignKey(
        Institution,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="update_proposals",
        verbose_name=_("institution"),
    )
    branch_campus = models.ForeignKey(
        BranchCampus,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="update_proposals",
        verbose_name=_("branch campus"),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="update_proposals",
        verbose_name=_("proposed by"),
    )
    created_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    changes = models.JSONField(_("proposed changes"), default=dict, blank=True)
    replaced_values = models.JSONField(
        _("values replaced on approval"), default=dict, blank=True, editable=False
    )
    logo = SafeImageField(
        _("proposed logo"), storage=private_storage, upload_to="logos/", blank=True
    )
    message = models.TextField(_("message to the reviewers"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)

    objects = UpdateProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("update proposal")
        verbose_name_plural = _("update proposals")
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="rejected", rejection_reason=""),
                name="update_proposal_rejection_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(institution__isnull=False, branch_campus__isnull=True)
                | Q(institution__isnull=True, branch_campus__isnull=False),
                name="update_proposal_has_one_target",
            ),
        ]

    def __str__(self):
        return _("Update of %(target)s (%(date)s)") % {
            "target": self.target,
            "date": timezone.localtime(self.created_at).date() if self.created_at else "",
        }

    def get_absolute_url(self):
        return reverse("partners:proposal-detail", kwargs={"pk": self.pk})

    @property
    def target(self):
        """The institution or branch campus the change is proposed for."""
        return self.institution or self.branch_campus

    @property
    def partner_institution(self):
        """The institution whose partners may see this proposal."""
        return self.institution or self.branch_campus.parent
