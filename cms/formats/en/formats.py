# One date style on every page, email and PDF of the English site: "2 August 2026", times on the 24-hour
# clock ("2 August 2026, 04:22"), never Django's "Aug. 2, 2026, 4:22 a.m." (docs/decisions/0016).
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
