"""The cleanup stage."""
