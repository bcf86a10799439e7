"""Demo content for the curriculum: partners, the SCORE core, the four variants. Used by ``seed_demo``."""
