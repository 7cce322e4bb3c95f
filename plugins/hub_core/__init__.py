"""Shared library of the maillage plugins: the content model, time rules,
places and regions, and content problems. It registers nothing itself."""
