from pathlib import Path

from generator.load import LList, LMap, load_content, parse_text
from generator.problems import Problems


def parse(text: str):
    problems = Problems()
    data = parse_text(text, "f.yml", problems)
    return data, problems.lines()


def test_mapping_keeps_line_and_column_of_keys_and_values():
    data, problems = parse("title: x\nlist:\n  - a\n  - b\n")
    assert problems == []
    assert isinstance(data, LMap)
    assert (data.key_locs["list"].line, data.key_locs["list"].column) == (2, 1)
    assert isinstance(data["list"], LList)
    assert [loc.line for loc in data["list"].item_locs] == [3, 4]


def test_scalars_stay_text_so_no_is_not_false_and_dates_are_not_parsed():
    data, _ = parse("a: NO\nb: 2017-05-31\nc: 12\nd: ~\ne: ''\n")
    assert data == {"a": "NO", "b": "2017-05-31", "c": "12", "d": None, "e": ""}


def test_aliases_are_refused_which_stops_billion_laughs():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)
    )
    _, problems = parse(bomb)
    assert problems[0] == "f.yml:2:8: error: YAML anchors and aliases (&name, *name) are not supported"


def test_python_tags_are_reported_not_constructed():
    _, problems = parse("title: !!python/object/apply:os.system ['echo hi']\n")
    assert problems == ["f.yml:1:8: error: unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'"]


def test_duplicate_keys_name_the_first_line():
    _, problems = parse("title: a\nsummary: b\ntitle: c\n")
    assert problems == ["f.yml:3:1: error: duplicate key 'title' (first at line 1)"]


def test_syntax_error_points_at_the_line():
    _, problems = parse("title: [unclosed\nsummary: x\n")
    assert problems == [
        "f.yml:2:8: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence started at line 1)"
    ]


def test_deep_nesting_is_refused():
    _, problems = parse("a: " + "[" * 50 + "]" * 50 + "\n")
    assert problems and "nested more than 20 levels deep" in problems[0]


def test_bom_is_accepted_and_non_utf8_is_reported_with_position(tmp_path: Path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bom.yml").write_bytes(b"\xef\xbb\xbftitle: x\n")
    (tmp_path / "articles" / "latin1.yml").write_bytes(b"title: caf\xe9\n")
    problems = Problems()
    content = load_content(tmp_path, problems)
    assert [f.path.name for f in content.files] == ["bom.yml"]
    assert content.files[0].data == {"title": "x"}
    assert [p.message for p in problems.sorted()] == ["file is not UTF-8 (byte 0xe9)"]
    assert (problems.sorted()[0].loc.line, problems.sorted()[0].loc.column) == (1, 11)


def test_symlink_out_of_the_content_folder_is_refused(tmp_path: Path):
    outside = tmp_path / "secret.yml"
    outside.write_text("title: secret\n")
    root = tmp_path / "content"
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "leak.yml").symlink_to(outside)
    problems = Problems()
    content = load_content(root, problems)
    assert content.files == []
    assert [p.message for p in problems.sorted()] == ["symbolic link points outside the content folder; refusing to read it"]


def test_hidden_and_non_yaml_files_are_ignored(tmp_path: Path):
    (tmp_path / "articles" / ".git").mkdir(parents=True)
    (tmp_path / "articles" / ".git" / "x.yml").write_text("title: x\n")
    (tmp_path / "articles" / "README.md").write_text("# notes\n")
    (tmp_path / "articles" / "a.yaml").write_text("title: x\n")
    problems = Problems()
    content = load_content(tmp_path, problems)
    assert [f.path.name for f in content.files] == ["a.yaml"]


def test_missing_content_folder_is_one_clear_problem(tmp_path: Path):
    problems = Problems()
    load_content(tmp_path / "nope", problems)
    assert [p.message for p in problems.sorted()] == ["content folder not found (set CONTENT=/path/to/records)"]
