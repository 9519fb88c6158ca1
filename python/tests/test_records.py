"""Records: the same, field for field, as the Rust `examples/extract` prints
them, as dicts and as the rows of `extract_batch`."""

import datetime

import pyarrow as pa
import pytest

import zh_metrics
from conftest import cli_records, flat_row, read_texts, repo_files, shared_files


def test_dicts_equal_examples_extract_on_the_repository_texts(extract_bin):
    files = repo_files()
    assert len(files) >= 4
    expected = cli_records(extract_bin, files)
    assert sum(map(len, expected)) > 500
    for f, text, want in zip(files, read_texts(files), expected):
        assert zh_metrics.extract(text) == want, f.name


def test_dicts_equal_examples_extract_on_the_shared_corpus(extract_bin):
    files = shared_files()
    if not files:
        pytest.skip("../shared/corpus not beside the checkout")
    expected = cli_records(extract_bin, files)
    for f, text, want in zip(files, read_texts(files), expected):
        assert zh_metrics.extract(text) == want, f.name


def batch_rows_equal_dicts(texts):
    ex = zh_metrics.Extractor()
    table = ex.extract_batch(texts)
    want = [flat_row(i, r) for i, t in enumerate(texts) for r in ex.extract(t)]
    assert table.num_rows == len(want) > 0
    # the columns are the record's fields, flattened, in the record's order
    assert table.column_names == list(want[0])
    assert table.to_pylist() == want


def test_batch_rows_equal_dicts_on_the_repository_texts():
    batch_rows_equal_dicts(read_texts(repo_files()))


def test_batch_rows_equal_dicts_on_the_shared_corpus():
    files = shared_files()
    if not files:
        pytest.skip("../shared/corpus not beside the checkout")
    batch_rows_equal_dicts(read_texts(files))


def test_schema_is_typed():
    schema = zh_metrics.Extractor().extract_batch(["受理申请628件"]).schema
    dict_str = pa.dictionary(pa.int8(), pa.string())
    expected = {
        "doc": pa.int64(),
        "start": pa.int64(),
        "end": pa.int64(),
        "text": pa.string(),
        "value": pa.float64(),
        "upper": pa.float64(),
        "approx": dict_str,
        "unit": pa.string(),
        "kind": dict_str,
        "subject": pa.string(),
        "action": pa.string(),
        "period": pa.string(),
        "change_direction": pa.string(),
        "change_basis": pa.string(),
        "section": pa.list_(pa.string()),
        "parent": pa.int64(),
        "time_start": pa.date32(),
        "time_end": pa.date32(),
    }
    for name, dtype in expected.items():
        assert schema.field(name).type == dtype, name
    # an empty batch has the same schema
    assert zh_metrics.Extractor().extract_batch([]).schema == schema


def test_row_count_is_the_number_of_records():
    texts = read_texts(repo_files())
    table = zh_metrics.Extractor().extract_batch(texts)
    assert table.num_rows == sum(len(zh_metrics.extract(t)) for t in texts)
    assert set(table.column("doc").to_pylist()) == set(range(len(texts)))


def test_byte_offsets_slice_the_utf8_text():
    text = "区法律援助中心累计受理各类法律援助申请628件，参加各类讨论会议百余人次。"
    recs = zh_metrics.extract(text)
    assert [r["text"] for r in recs] == ["628件", "百余人次"]
    for r in recs:
        assert text.encode()[r["start"] : r["end"]].decode() == r["text"]


def test_ids_fill_the_doc_column():
    texts = ["受理申请628件", None, "接待来访876人次，调解纠纷30起"]
    ex = zh_metrics.Extractor()
    by_str = ex.extract_batch(texts, ids=["a", "b", "c"])
    assert by_str.column("doc").to_pylist() == ["a", "c", "c"]
    by_int = ex.extract_batch(texts, ids=pa.array([10, 20, 30], pa.int32()))
    assert by_int.schema.field("doc").type == pa.int32()
    assert by_int.column("doc").to_pylist() == [10, 30, 30]
    assert ex.extract_batch(texts).column("doc").to_pylist() == [0, 2, 2]
    empty = ex.extract_batch([], ids=pa.array([], pa.string()))
    assert empty.num_rows == 0 and empty.schema.field("doc").type == pa.string()


def test_custom_units():
    text = "新增养老床位1200床位"
    assert zh_metrics.extract(text)[0]["unit"] != "床位"
    ex = zh_metrics.Extractor(units={"床位": "count"})
    rec = ex.extract(text)[0]
    assert (rec["text"], rec["unit"], rec["kind"]) == ("1200床位", "床位", "count")
    assert ex.extract_batch([text]).column("unit").to_pylist() == ["床位"]
    assert repr(ex) == 'Extractor(units={"床位": "count"})'


def test_parse_numeral():
    assert zh_metrics.parse_numeral("1.5万") == (15000.0, None)
    assert zh_metrics.parse_numeral("百分之十四點五") == (14.5, "%")
    assert zh_metrics.parse_numeral("0.6个百分点") == (0.6, "个百分点")


def test_time_bounds_are_dates():
    text = "2023年工作总结\n全年受理法律援助申请628件。截至9月底，调解纠纷3058起。"
    recs = zh_metrics.extract(text)
    assert [r["time"] for r in recs] == [
        {"start": "2023-01-01", "end": "2023-12-31"},
        {"start": None, "end": "2023-09-30"},
    ]
    table = zh_metrics.Extractor().extract_batch([text])
    assert table.select(["time_start", "time_end"]).to_pylist() == [
        {"time_start": datetime.date(2023, 1, 1), "time_end": datetime.date(2023, 12, 31)},
        {"time_start": None, "time_end": datetime.date(2023, 9, 30)},
    ]


DAYS = ["1900-02-28", "1900-03-01", "1953-12-31", "1969-12-31", "1970-01-01", "2000-02-29",
        "2000-03-01", "2023-01-01", "2024-02-29", "2100-03-01", "2400-02-29"]


def test_dates_convert_exactly_to_date32():
    """The date32 columns (days since 1970-01-01) equal the records' ISO
    dates, across the leap rules (4, 100, 400 years) and before 1970,
    whatever periods the library resolves these texts to."""
    texts = [f"{y}年{m}月{d}日，受理案件5件。" for y, m, d in (day.split("-") for day in DAYS)]
    texts += [f"{y}年1-2月，受理案件5件。" for y in (1900, 2000, 2023, 2024, 2100, 2400)]
    texts += read_texts(repo_files())
    ex = zh_metrics.Extractor()
    want = [flat_row(i, r) for i, t in enumerate(texts) for r in ex.extract(t)]
    got = ex.extract_batch(texts).select(["time_start", "time_end"]).to_pylist()
    assert got == [{k: row[k] for k in ("time_start", "time_end")} for row in want]
    seen = {day for row in got for day in row.values() if day}
    assert len(seen) > 10
    assert any(day.year < 1970 for day in seen)


def test_extractor_pickles_with_its_units():
    import pickle

    ex = zh_metrics.Extractor(units={"床位": "count", "架次": "count"})
    back = pickle.loads(pickle.dumps(ex))
    assert repr(back) == repr(ex)
    assert back.extract("新增养老床位1200床位") == ex.extract("新增养老床位1200床位")
    assert repr(pickle.loads(pickle.dumps(zh_metrics.Extractor()))) == "Extractor()"
