"""Qt-free core of photodedup: discover -> decode -> hash -> group -> keep -> plan -> act -> report.

Nothing in this package may import Qt (an import-linter contract and a test enforce it).
"""
