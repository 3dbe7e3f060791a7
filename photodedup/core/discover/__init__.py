"""The discover stage."""
