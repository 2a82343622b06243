"""Downloader middlewares: replay routing and Retry-After aware retries."""
