from django.core.management.base import BaseCommand

from cms.demo import DEMO_PASSWORD, seed


class Command(BaseCommand):
    help = "Load the SCORE Academy demo: curricula, partners, variants and demo accounts. Safe to run again."

    def handle(self, *args, **options):
        accounts = seed()
        self.stdout.write(self.style.SUCCESS("SCORE Academy demo content is in place."))
        self.stdout.write(
            f"Demo logins (password for all: {DEMO_PASSWORD}), admin at http://127.0.0.1:8000/admin/"
        )
        for email, role in accounts:
            self.stdout.write(f"  {email:<32} {role}")
        self.stdout.write(
            "The admin and programme staff need a second factor: in development (DEBUG) the code 000000 works."
        )
