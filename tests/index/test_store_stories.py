"""The Store's story layer on both backends (SQLite file, Elasticsearch via osmem): replace, read, search hits."""
from __future__ import annotations

from isletwatch.index import SearchQuery, Store
from isletwatch.model import Document
from isletwatch.story import DocStory, Hype, Link, Member, Story


def _story(sid: str, doc: str, label: str = "A result") -> Story:
    return Story(sid, label, doc, {"outlet": "Cell", "published": "2024-09-25", "document": doc},
                 [Member(doc, "Cell", "abstract", "2024-09-25", Link("primary", 1.0, "primary source"))],
                 trial="NCT04786262")


def test_stories_replace_as_a_whole_and_search_hits_carry_them(store: Store) -> None:
    docs = [Document(source="pubmed", url=f"https://example.org/{i}", title=f"Islet paper {i}", text="islets",
                     kind="abstract", published="2024-09-25") for i in range(2)]
    store.upsert_documents(docs)
    a, b = docs[0].id, docs[1].id
    store.replace_stories([_story("s1", a), _story("s2", b)],
                          [DocStory(a, "s1", "Cell", [Hype("cure", "negated", "not a cure")], cited_by=[b]),
                           DocStory(b, "s2", "Nature", cites=[a])])
    assert [s.id for s in store.iter_stories()] == ["s1", "s2"]
    got = store.doc_stories()
    assert got[a].hype[0].stance == "negated" and got[a].cited_by == [b] and got[b].outlet == "Nature"
    assert {h.id: h.story for h in store.search(SearchQuery("islet")).hits} == {a: "s1", b: "s2"}
    store.replace_stories([_story("s3", a, "Renamed")], [DocStory(a, "s3", "Cell")])
    stories = list(store.iter_stories())
    assert [(s.id, s.label, s.trial) for s in stories] == [("s3", "Renamed", "NCT04786262")]
    assert stories[0].to_dict()["documents"][0]["link"] == {"kind": "primary", "score": 1.0,
                                                           "evidence": "primary source"}
    assert set(store.doc_stories()) == {a}
    assert {h.id: h.story for h in store.search(SearchQuery("islet")).hits} == {a: "s3", b: None}


def test_copy_store_carries_the_story_layer(tmp_path) -> None:
    from isletwatch.index import SqliteStore, copy_store

    doc = Document(source="pubmed", url="https://example.org/x", title="Islet paper", text="islets", kind="abstract")
    with SqliteStore(tmp_path / "a.db") as src, SqliteStore(tmp_path / "b.db") as dst:
        src.upsert_documents([doc])
        src.replace_stories([_story("s1", doc.id)], [DocStory(doc.id, "s1", "Cell")])
        counts = copy_store(src, dst)
        assert counts.stories == 1 and "1 stories" in counts.line()
        assert [s.id for s in dst.iter_stories()] == ["s1"] and dst.doc_stories()[doc.id].outlet == "Cell"
