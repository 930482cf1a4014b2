"""survtrack Scrapy project."""
