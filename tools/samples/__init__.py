"""Builds the bundled sample data in resources/samples/; run it through tools/build_samples.py."""
