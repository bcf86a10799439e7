"""The 38 provinces of Indonesia: BPS code (the statistics office's, used by the National Productivity
Database and in imports), ISO 3166-2:ID code (trainer profiles), official name, and a place on the tile-grid
map of the results pages (row, column; west to east, north to south). The new Papuan provinces carry the
codes BPS gave them in 2023 (docs/decisions/0022)."""

from typing import NamedTuple


class Province(NamedTuple):
    bps: str
    iso: str
    name: str
    row: int
    col: int


PROVINCE_TABLE = [
    Province("11", "AC", "Aceh", 0, 0),
    Province("12", "SU", "Sumatera Utara", 1, 1),
    Province("13", "SB", "Sumatera Barat", 2, 1),
    Province("14", "RI", "Riau", 1, 2),
    Province("15", "JA", "Jambi", 2, 2),
    Province("16", "SS", "Sumatera Selatan", 3, 2),
    Province("17", "BE", "Bengkulu", 3, 1),
    Province("18", "LA", "Lampung", 4, 2),
    Province("19", "BB", "Kepulauan Bangka Belitung", 2, 3),
    Province("21", "KR", "Kepulauan Riau", 0, 3),
    Province("31", "JK", "DKI Jakarta", 4, 4),
    Province("32", "JB", "Jawa Barat", 5, 4),
    Province("33", "JT", "Jawa Tengah", 5, 5),
    Province("34", "YO", "DI Yogyakarta", 6, 5),
    Province("35", "JI", "Jawa Timur", 5, 6),
    Province("36", "BT", "Banten", 5, 3),
    Province("51", "BA", "Bali", 5, 7),
    Province("52", "NB", "Nusa Tenggara Barat", 5, 8),
    Province("53", "NT", "Nusa Tenggara Timur", 5, 9),
    Province("61", "KB", "Kalimantan Barat", 1, 5),
    Province("62", "KT", "Kalimantan Tengah", 2, 6),
    Province("63", "KS", "Kalimantan Selatan", 3, 6),
    Province("64", "KI", "Kalimantan Timur", 1, 7),
    Province("65", "KU", "Kalimantan Utara", 0, 7),
    Province("71", "SA", "Sulawesi Utara", 0, 10),
    Province("72", "ST", "Sulawesi Tengah", 1, 9),
    Province("73", "SN", "Sulawesi Selatan", 3, 8),
    Province("74", "SG", "Sulawesi Tenggara", 3, 9),
    Province("75", "GO", "Gorontalo", 0, 9),
    Province("76", "SR", "Sulawesi Barat", 2, 8),
    Province("81", "MA", "Maluku", 3, 11),
    Province("82", "MU", "Maluku Utara", 1, 11),
    Province("91", "PB", "Papua Barat", 1, 13),
    Province("92", "PD", "Papua Barat Daya", 1, 12),
    Province("94", "PA", "Papua", 1, 14),
    Province("95", "PS", "Papua Selatan", 3, 14),
    Province("96", "PT", "Papua Tengah", 2, 13),
    Province("97", "PE", "Papua Pegunungan", 2, 14),
]

BY_BPS = {p.bps: p for p in PROVINCE_TABLE}
BY_ISO = {p.iso: p for p in PROVINCE_TABLE}
# Choices for a province field keyed by BPS code.
BPS_CHOICES = [(p.bps, p.name) for p in PROVINCE_TABLE]
