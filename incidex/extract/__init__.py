"""Extraction: the stages that turn one article into an ArticleReport (see `pipeline.py`)."""
