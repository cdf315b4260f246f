"""bench.draft_quality's NEREL splits: --nerel-dev drafts NEREL's dev texts against a registry made
from train alone, and the default check (test texts, registry from train and dev) is unchanged.
The corpus here is made up, in NEREL's brat shape (a .txt and an .ann per text, split folders)."""

from pathlib import Path

from bench.draft_quality import corpus_folds, nerel_folds


def _text(folder: Path, name: str, person: str, qid: str) -> None:
    text = f"{person} приехал в Зорбград."
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.ann").write_text(
        f"T1\tPERSON 0 {len(person)}\t{person}\nN1\tReference T1 Wikidata:{qid}\t{person}\n", encoding="utf-8")


def _corpus(root: Path) -> Path:
    for split, person, qid in (("train", "Эмиль Кварцев", "Q901"), ("dev", "Ольга Зорбина", "Q902"),
                               ("test", "Игорь Бленков", "Q903")):
        folder = root / "NEREL-v1.1" / split
        folder.mkdir(parents=True)
        _text(folder, f"{split}1_text", person, qid)
    return root


def _names(documents: list[dict]) -> list[str]:
    return [d["name"] for d in documents]


def test_dev_texts_are_drafted_against_a_registry_from_train_alone(tmp_path):
    [(registry, drafted)] = nerel_folds(_corpus(tmp_path), dev=True)
    assert _names(registry) == ["nerel-train-train1_text"]
    assert _names(drafted) == ["nerel-dev-dev1_text"]
    assert drafted[0]["entities"]["Q902"]["names"] == {"Ольга Зорбина": 1}


def test_the_test_check_keeps_its_registry_from_train_and_dev(tmp_path):
    [(registry, drafted)] = nerel_folds(_corpus(tmp_path))
    assert _names(registry) == ["nerel-train-train1_text", "nerel-dev-dev1_text"]
    assert _names(drafted) == ["nerel-test-test1_text"]


def test_the_command_line_option_chooses_the_split_and_says_so(tmp_path):
    repo = _corpus(tmp_path)
    [(registry, drafted)], title = corpus_folds([f"--nerel={repo}", "--nerel-dev"])
    assert _names(drafted) == ["nerel-dev-dev1_text"] and "dev" in title and "from train annotations" in title
    [(registry, drafted)], title = corpus_folds([f"--nerel={repo}"])
    assert _names(drafted) == ["nerel-test-test1_text"] and "test" in title
