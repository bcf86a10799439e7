"""Listings, exports and corrections of the results records in the Wagtail admin."""
