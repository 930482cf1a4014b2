"""survtrack: a tracker of surveillance-technology purchases and disclosures, with evidence."""

__version__ = "0.1.0"
