"""The group stage."""
