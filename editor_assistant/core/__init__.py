"""The headless core: readers, checks and reports. Nothing here may import Qt."""
