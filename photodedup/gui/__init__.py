"""PySide6 desktop application: drives and observes photodedup.core, holds no business rules."""
