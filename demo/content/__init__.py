"""Story definitions for the offline demo corpus (see demo/build_corpus.py).

Every text here is written for IsletWatch's demo: the events (papers, trials,
approvals, press coverage) are real and datable; the wording, the news outlets
and most secondary documents are ours. Identifiers of the landmark papers and
trials are the real ones; the rest are illustrative.
"""
