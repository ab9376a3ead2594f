from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.collation import Alphabetical
from core.images import SafeImageField
from core.publishing import PublishableModel, PublishableQuerySet
from core.richtext import RichTextField
from core.urls import slug_url


class Country(models.Model):
    code = models.CharField(
        _("ISO 3166 code"), max_length=2, unique=True, help_text=_("Two letters, e.g. GB.")
    )
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = [Alphabetical("name")]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        super().save(*args, **kwargs)


class City(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=100)
    region = models.CharField(_("region"), max_length=120, blank=True)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="cities", verbose_name=_("country")
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )

    class Meta:
        ordering = [Alphabetical("name")]
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__gte=-90, latitude__lte=90)
                | models.Q(latitude__isnull=True),
                name="city_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__gte=-180, longitude__lte=180)
                | models.Q(longitude__isnull=True),
                name="city_longitude_range",
            ),
        ]

    def __str__(self):
        return self.name


class Institution(PublishableModel):
    class Kind(models.TextChoices):
        FOREIGN_UNIVERSITY = "foreign_university", _("Foreign university")
        KAZAKH_UNIVERSITY = "kazakh_university", _("Kazakh university")
        ACCREDITATION_AGENCY = "accreditation_agency", _("Accreditation agency")
        RANKING_AGENCY = "ranking_agency", _("Ranking agency")
        INTERNATIONAL_ORGANISATION = "international_organisation", _("International organisation")
        COMPANY = "company", _("Company")
        OTHER = "other", _("Other")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    description = RichTextField(_("description"), blank=True)
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="institutions",
        verbose_name=_("country"),
    )
    city = models.ForeignKey(
        City,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="institutions",
        verbose_name=_("city"),
    )
    website = models.URLField(_("website"), blank=True)
    logo = SafeImageField(_("logo"), upload_to="logos/", blank=True)
    logo_alt = models.CharField(
        _("logo text alternative"),
        max_length=200,
        blank=True,
        help_text=_("What the logo says, for people who cannot see it."),
    )

    class Meta:
        ordering = [Alphabetical("name")]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return slug_url("universities:institution-detail", self.slug)


class BranchCampusQuerySet(PublishableQuerySet):
    def operating(self):
        return self.filter(campus_status=BranchCampus.CampusStatus.OPERATING)

    def opening(self):
        return self.filter(campus_status=BranchCampus.CampusStatus.OPENING)

    def announced(self):
        return self.filter(campus_status=BranchCampus.CampusStatus.ANNOUNCED)

    def not_closed(self):
        return self.exclude(campus_status=BranchCampus.CampusStatus.CLOSED)

    def in_city(self, city):
        return self.filter(city=city)

    def from_country(self, country):
        return self.filter(country=country)

    def with_related(self, user=None):
        """Everything a list row shows, in a fixed number of queries.

        With ``user``, the parent and host institutions are those the user may see: one that
        is not published reads as None for the public (page, JSON-LD, open data files), as
        the API shows it null, rather than naming it and linking a page that is a 404."""
        if user is None:
            return self.select_related(
                "parent", "country", "city", "host_partner"
            ).prefetch_related("programmes")
        institutions = Institution.objects.visible_to(user)
        return self.select_related("country", "city").prefetch_related(
            models.Prefetch("parent", queryset=institutions),
            models.Prefetch("host_partner", queryset=institutions),
            "programmes",
        )


class BranchCampus(PublishableModel):
    class Kind(models.TextChoices):
        BRANCH_CAMPUS = "branch_campus", _("Branch campus")
        JOINT_CAMPUS = "joint_campus", _("Joint campus or institute")
        LUBAN_WORKSHOP = "luban_workshop", _("Luban Workshop")
        REPRESENTATIVE_OFFICE = "representative_office", _("Representative office")

    class CampusStatus(models.TextChoices):
        OPERATING = "operating", _("Operating")
        OPENING = "opening", _("Opening")
        ANNOUNCED = "announced", _("Announced")
        # Reported by a single weak source only: the portal cannot say that it operates.
        UNCONFIRMED = "unconfirmed", _("Unconfirmed")
        CLOSED = "closed", _("Closed")

    class Confidence(models.TextChoices):
        HIGH = "high", _("High")
        MEDIUM = "medium", _("Medium")
        LOW = "low", _("Low")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=255)
    parent = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="branch_campuses",
        verbose_name=_("parent institution"),
        help_text=_("Leave empty when the sources do not name it."),
    )
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="branch_campuses",
        verbose_name=_("country of origin"),
    )
    kind = models.CharField(
        _("kind"), max_length=30, choices=Kind.choices, default=Kind.BRANCH_CAMPUS
    )
    city = models.ForeignKey(
        City,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="branch_campuses",
        verbose_name=_("host city"),
    )
    host_partner = models.ForeignKey(
        Institution,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_campuses",
        verbose_name=_("Kazakh partner institution"),
    )
    partner_note = models.CharField(
        _("note on the partner"),
        max_length=255,
        blank=True,
        help_text=_("For a partner that is not an institution in the registry, or a caveat."),
    )
    year_opened = models.PositiveSmallIntegerField(
        _("year opened"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("For a campus not yet open: the year it is planned to open."),
    )
    campus_status = models.CharField(
        _("status"), max_length=12, choices=CampusStatus.choices, default=CampusStatus.OPERATING
    )
    first_campus_abroad = models.BooleanField(_("the parent's first campus abroad"), default=False)
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(_("description"), blank=True)
    programmes_summary = models.CharField(
        _("programmes and fields (summary)"), max_length=500, blank=True
    )
    notes = models.CharField(
        _("notes"),
        max_length=500,
        blank=True,
        help_text=_("Caveats a reader should know: conflicting sources, planned dates."),
    )
    source_urls = models.TextField(_("sources"), blank=True, help_text=_("One address a line."))
    confidence = models.CharField(
        _("confidence"), max_length=6, choices=Confidence.choices, default=Confidence.HIGH
    )

    objects = BranchCampusQuerySet.as_manager()

    class Meta:
        ordering = [Alphabetical("name")]
        verbose_name = _("branch campus")
        verbose_name_plural = _("branch campuses")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year_opened__gte=1900, year_opened__lte=2100)
                | models.Q(year_opened__isnull=True),
                name="branchcampus_year_range",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return slug_url("universities:campus-detail", self.slug)

    @property
    def sources(self):
        return [line.strip() for line in self.source_urls.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        if (
            self.confidence == self.Confidence.LOW
            and self.campus_status == self.CampusStatus.OPERATING
        ):
            raise ValidationError(
                {
                    "campus_status": _(
                        "The sources of this campus are weak (low confidence), so it cannot be "
                        "shown as operating: choose “Unconfirmed” or “Announced”."
                    )
                }
            )
        validate = URLValidator()
        for url in self.sources:
            try:
                validate(url)
            except ValidationError:
                raise ValidationError(
                    {"source_urls": _("“%(url)s” is not a web address.") % {"url": url}}
                ) from None


class Programme(models.Model):
    class Level(models.TextChoices):
        FOUNDATION = "foundation", _("Foundation")
        VOCATIONAL = "vocational", _("Vocational")
        BACHELOR = "bachelor", _("Bachelor")
        MASTER = "master", _("Master")
        DOCTORAL = "doctoral", _("Doctoral")
        NON_DEGREE = "non_degree", _("Non-degree")

    class Field(models.TextChoices):
        """ISCED-F 2013 broad fields of education and training."""

        GENERIC = "00", _("Generic programmes and qualifications")
        EDUCATION = "01", _("Education")
        ARTS_HUMANITIES = "02", _("Arts and humanities")
        SOCIAL_SCIENCES = "03", _("Social sciences, journalism and information")
        BUSINESS_LAW = "04", _("Business, administration and law")
        NATURAL_SCIENCES = "05", _("Natural sciences, mathematics and statistics")
        ICT = "06", _("Information and communication technologies")
        ENGINEERING = "07", _("Engineering, manufacturing and construction")
        AGRICULTURE = "08", _("Agriculture, forestry, fisheries and veterinary")
        HEALTH = "09", _("Health and welfare")
        SERVICES = "10", _("Services")

    class Language(models.TextChoices):
        KAZAKH = "kk", _("Kazakh")
        RUSSIAN = "ru", _("Russian")
        ENGLISH = "en", _("English")
        CHINESE = "zh", _("Chinese")
        OTHER = "other", _("Other")

    campus = models.ForeignKey(
        BranchCampus,
        on_delete=models.CASCADE,
        related_name="programmes",
        verbose_name=_("branch campus"),
    )
    title = models.CharField(_("title"), max_length=255)
    level = models.CharField(_("level"), max_length=12, choices=Level.choices)
    field = models.CharField(_("field of study"), max_length=2, choices=Field.choices)
    language = models.CharField(
        _("language of instruction"), max_length=5, choices=Language.choices, blank=True
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["campus", "order", "title"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self):
        return self.title
