"""Certification's front door for other apps. Trainer progression and certificates arrive with their issue."""
