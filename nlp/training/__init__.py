"""Training the extractor's statistical parts from the annotated sets (`make train`); run from the repository root."""
