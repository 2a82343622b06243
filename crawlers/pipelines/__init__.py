"""Item pipelines shared by every spider: normalize → relevance → dedupe → store."""
