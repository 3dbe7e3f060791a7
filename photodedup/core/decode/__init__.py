"""The decode stage."""
