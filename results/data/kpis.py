"""The programme's KPI catalogue as it ships (migration results 0002). Staff keep it in the admin from then
on: names, units and modules may change, codes stay. The last field is the core modules (by number) whose
assessments ask for the KPI: Workplace Cooperation 1, Quality 2, Cleaner Production 3, Workforce
Management 4, Safety and Health 5."""

DEFAULT_KPIS = [
    # code, English, Indonesian, unit, direction, core module numbers
    (
        "LABOUR_PRODUCTIVITY",
        "Labour productivity",
        "Produktivitas tenaga kerja",
        "output_per_worker",
        "higher",
        [1, 2, 3, 4, 5],
    ),
    ("DEFECT_RATE", "Defect rate", "Tingkat cacat produk", "percent", "lower", [1, 2]),
    ("COST_SAVINGS", "Cost savings", "Penghematan biaya", "rupiah", "higher", [1, 2, 3]),
    ("ENERGY_USE", "Energy use", "Pemakaian energi", "kwh", "lower", [3]),
    ("WASTE", "Waste", "Limbah", "kg", "lower", [3]),
    ("ABSENTEEISM", "Absenteeism", "Tingkat ketidakhadiran", "percent", "lower", [1, 4]),
    ("ACCIDENTS", "Accidents logged", "Kecelakaan kerja tercatat", "count", "lower", [5]),
    ("SUGGESTIONS", "Suggestions implemented", "Saran yang dilaksanakan", "count", "higher", [1]),
    ("STAFF_TURNOVER", "Staff turnover", "Tingkat pergantian karyawan", "percent", "lower", [4]),
]
