"""The tokens the search index and static/query.js share: synonyms and identifiers, as the CLI knows them."""
from __future__ import annotations

import json

from isletwatch.index.synonyms import SYNONYM_GROUPS
from isletwatch.site.search_terms import client_table, find_ids, id_token, synonym_tokens


def test_synonym_tokens_name_each_group_mentioned_in_any_form():
    assert synonym_tokens("A T1D patient got zimislecel") == ["zzsyn0", "zzsyn6"]
    assert synonym_tokens("type-1 diabetes and VX-880") == ["zzsyn0", "zzsyn6"]
    assert synonym_tokens("escape artists and vx880") == []  # whole words only


def test_identifiers_in_text_links_and_labels():
    text = ("see https://doi.org/10.1056/NEJMoa2506549. PMID: 39326417, ChiCTR2300072200 and nct01234567; "
            "https://pubmed.ncbi.nlm.nih.gov/40544428/ PMC1234567, 10.5 years, 2019-001234-56")
    assert find_ids([text]) == [("doi", "10.1056/nejmoa2506549"), ("pmid", "39326417"),
                                ("chictr", "ChiCTR2300072200"), ("nct", "NCT01234567"), ("pmid", "40544428"),
                                ("pmcid", "PMC1234567")]
    assert id_token("doi", "10.1056/NEJMoa2506549") == "zziddoi101056nejmoa2506549"


def test_the_browser_gets_the_same_table():
    table = json.loads(client_table())
    assert table["synonyms"] == [list(g) for g in SYNONYM_GROUPS]
    assert {kind for kind, _ in table["ids"]} >= {"doi", "nct", "chictr", "pmid"}
