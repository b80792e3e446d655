"""Labels editors manage once and reuse on every kind of page: service areas and places."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Topic(index.Indexed, models.Model):
    """A service area, such as "Maternity" or "GP appointments". People filter by it."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")

    def __str__(self):
        return self.name


class Place(index.Indexed, models.Model):
    """A town or area a change affects, such as "Kellsmoor" or "Whole area".

    A change to the whole area affects every town in it, so someone who looks for Kellsmoor's
    consultations finds the whole area's too."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    covers_whole_area = models.BooleanField(
        _("the whole area"),
        default=False,
        help_text=_("Tick for the place that means everywhere we serve. Its consultations show up for every place."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("place")

    def __str__(self):
        return self.name


class Service(index.Indexed, models.Model):
    """One of the health body's services, such as "Minor injuries unit". Quick feedback,
    patient stories and consultations point at it, so what people say lands in one place."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(
        max_length=80,
        unique=True,
        help_text=_("Used in the service's web address. Keep it short: it goes on posters."),
    )
    description = models.TextField(blank=True, help_text=_("One or two plain sentences: what the service does."))
    place = models.ForeignKey(Place, on_delete=models.PROTECT, related_name="services", verbose_name=_("place"))
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="services", verbose_name=_("topic"))

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("service")

    def __str__(self):
        return self.name
