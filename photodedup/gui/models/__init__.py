"""Qt item models: thin adapters over the controller's plain-data review state."""
