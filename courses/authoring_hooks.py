"""Wagtail hooks for authoring knowledge checks and lessons."""
