"""Stage 5, the site: the report's own Sphinx extension and the theme's assets, trimmed.

Takes: executed pages being rendered by Jupyter Book. Gives: findable numbers, a sitemap,
metadata, and pages that load only the styles and scripts they use.
"""
