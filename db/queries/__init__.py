"""Read queries for the dashboard and exports, one module per view; `filters.py` is the one filter model and
the only place it becomes SQL."""
