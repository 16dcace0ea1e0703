"""Pictures in a draft: where they stand in the text, and how they will look on a phone."""
