"""Certification's front door for other apps. Trainer progression and certificates arrive with their issue."""

from .profiles import profile_get, profile_is_complete, profile_save

__all__ = ["profile_get", "profile_is_complete", "profile_save"]
