"""Fusing reports into incidents: near-duplicate articles, join decisions, figure history.

Everything here is pure: it takes plain data (mentions, candidate incidents) and returns
decisions and summaries; `incidex.service` runs the loop and `incidex.store` keeps the results.
"""
