"""Widgets composed by the main window."""
