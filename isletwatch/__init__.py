"""IsletWatch: tracks claims about stem-cell therapy for diabetes.

Data flow: crawlers (Scrapy) → index (Store) → nlp (spaCy claim extractor)
→ index → site (Jinja2 static site). This package holds what the stages share
(data model, config, errors) and the top floor that wires them (CLI, pipeline).
"""
__version__ = "0.1.0"
