"""One file per source; each spider's docstring is its user documentation (see scrapers/docs.py)."""
