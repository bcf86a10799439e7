from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from results.api import outcomes_rebuild


class Command(BaseCommand):
    help = "Rebuild every enterprise's module and KPI results from the submitted assessments."

    def handle(self, *args, **options):
        count = outcomes_rebuild()
        self.stdout.write(_("%(count)d module results rebuilt.") % {"count": count})
