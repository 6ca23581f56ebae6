"""Fuzzing run on demand (not collected by pytest): ``python -m tests.fuzz.fuzz_importers``."""
