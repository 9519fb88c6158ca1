"""Bad input gets a clear Python exception, never a crash."""

import pyarrow as pa
import pytest

import zh_metrics


@pytest.mark.parametrize("bad", [5, b"628\xe4\xbb\xb6", None, ["628件"]])
def test_extract_of_a_non_string_is_a_type_error(bad):
    with pytest.raises(TypeError, match="text must be str"):
        zh_metrics.extract(bad)


def test_batch_of_non_strings_is_a_type_error():
    ex = zh_metrics.Extractor()
    with pytest.raises(TypeError, match=r"texts\[1\] \(str or None\) must be str, not int"):
        ex.extract_batch(["628件", 7])
    with pytest.raises(TypeError, match="not one string"):
        ex.extract_batch("受理申请628件")
    with pytest.raises(TypeError, match="not int"):
        ex.extract_batch(5)
    with pytest.raises(TypeError, match="Arrow array of strings, not of Int64"):
        ex.extract_batch(pa.array([1, 2]))


def test_null_documents_give_no_rows():
    ex = zh_metrics.Extractor()
    assert ex.extract_batch([None, None]).num_rows == 0
    assert ex.extract_batch(pa.array([None, None], pa.string())).num_rows == 0
    table = ex.extract_batch(pa.array([None, "受理申请628件", None]))
    assert table.column("doc").to_pylist() == [1]


def test_lone_surrogates_are_a_value_error_naming_the_index():
    with pytest.raises(ValueError, match="text holds a lone surrogate at index 4"):
        zh_metrics.extract("受理申请\ud800628件")
    with pytest.raises(ValueError, match=r"texts\[1\].*lone surrogate at index 0"):
        zh_metrics.Extractor().extract_batch(["628件", "\udcff"])
    # the documented way round it
    clean = "受理申请\ud800628件".encode("utf-8", "replace").decode()
    assert [r["text"] for r in zh_metrics.extract(clean)] == ["628件"]


def test_invalid_unit_is_a_value_error_naming_it():
    with pytest.raises(ValueError, match='unit "床 位" holds white space'):
        zh_metrics.Extractor(units={"床 位": "count"})
    with pytest.raises(ValueError, match='unit "5床"'):
        zh_metrics.Extractor(units={"5床": "count"})
    with pytest.raises(ValueError, match='unit "床位": unknown kind "beds"'):
        zh_metrics.Extractor(units={"床位": "beds"})
    with pytest.raises(TypeError, match="mapping of unit to kind"):
        zh_metrics.Extractor(units=["床位"])
    with pytest.raises(TypeError, match="must be str, not int"):
        zh_metrics.Extractor(units={"床位": 1})


def test_bad_numeral_is_a_value_error_naming_the_offset():
    with pytest.raises(ValueError, match=r"unit 千 after a larger unit 万 at byte 9 \(character 3\)"):
        zh_metrics.parse_numeral("一一万千")
    with pytest.raises(ValueError, match="at byte 0"):
        zh_metrics.parse_numeral("")
    with pytest.raises(TypeError):
        zh_metrics.parse_numeral(12)


def test_bad_ids_and_threads_are_value_errors():
    ex = zh_metrics.Extractor()
    with pytest.raises(ValueError, match="ids has 1 values for 2 texts"):
        ex.extract_batch(["628件", "3起"], ids=["a"])
    with pytest.raises(ValueError, match="threads must be at least 1"):
        ex.extract_batch(["628件"], threads=0)
    with pytest.raises((TypeError, OverflowError)):
        ex.extract_batch(["628件"], threads=-1)
