"""RSS-500's Penn Treebank escapes are undone before drafting, each gold span kept on its words."""

from bench.elevant import unescaped


def _article(text: str, *spans: tuple[int, int]) -> dict:
    return {"id": 1, "title": "t", "text": text, "evaluation_span": [0, len(text)],
            "labels": [{"span": list(span), "entity_id": "Q1"} for span in spans]}


def test_brackets_and_quotes_become_characters_and_spans_follow():
    text = "ZORBTON , Examplia -LRB- AP -RRB- -- `` We won , '' said Ada Quarx of the ` Zorbs ' ."
    ap, ada = (text.index("AP"), text.index("AP") + 2), (text.index("Ada"), text.index("Ada") + 9)
    out = unescaped(_article(text, ap, ada))
    assert out["text"] == "ZORBTON , Examplia (AP) -- \"We won ,\" said Ada Quarx of the 'Zorbs ' ."
    assert [out["text"][b:e] for b, e in (label["span"] for label in out["labels"])] == ["AP", "Ada Quarx"]
    assert out["evaluation_span"] == [0, len(out["text"])]


def test_square_and_curly_brackets_and_an_escape_at_either_end():
    text = "-LSB- Zorbco -RSB- said -LCB- x -RCB- `` Vint ''"
    out = unescaped(_article(text, (6, 12), (text.index("Vint"), text.index("Vint") + 4)))
    assert out["text"] == '[Zorbco] said {x} "Vint"'
    assert [out["text"][b:e] for b, e in (label["span"] for label in out["labels"])] == ["Zorbco", "Vint"]


def test_a_text_without_escapes_is_unchanged():
    text = "Ada Quarx (Zorbco) said \"no\"."
    assert unescaped(_article(text, (0, 9)))["text"] == text
