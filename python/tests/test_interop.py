"""Inputs from pyarrow, Polars and pandas; the table into pandas and Polars."""

import pandas as pd
import polars as pl
import pyarrow as pa

import zh_metrics
from conftest import read_texts, repo_files

TEXTS = ["区法律援助中心累计受理各类法律援助申请628件", None, "接待来访咨询876人次，同比增长12.3%"]


def rows(table):
    return table.to_pylist()


def test_arrow_string_layouts_give_the_same_rows():
    ex = zh_metrics.Extractor()
    want = rows(ex.extract_batch(TEXTS))
    assert len(want) == 3
    for dtype in (pa.string(), pa.large_string(), pa.string_view()):
        assert rows(ex.extract_batch(pa.array(TEXTS, dtype))) == want, dtype
    chunked = pa.chunked_array([pa.array(TEXTS[:1]), pa.array(TEXTS[1:])])
    assert rows(ex.extract_batch(chunked)) == want
    assert rows(ex.extract_batch(pa.array(TEXTS).dictionary_encode())) == want
    sliced = pa.array(["跳过的1件", *TEXTS]).slice(1)
    assert rows(ex.extract_batch(sliced)) == want


def test_polars_series_and_pandas_column_inputs():
    ex = zh_metrics.Extractor()
    want = rows(ex.extract_batch(TEXTS))
    assert rows(ex.extract_batch(pl.Series("text", TEXTS))) == want
    assert rows(ex.extract_batch(pa.array(pd.Series(TEXTS)))) == want
    # a pandas column iterates as str and None
    assert rows(ex.extract_batch(pd.Series(TEXTS))) == want
    assert rows(ex.extract_batch(iter(TEXTS))) == want


def test_pandas_round_trip():
    texts = read_texts(repo_files())
    table = zh_metrics.Extractor().extract_batch(texts)
    df = table.to_pandas()
    assert len(df) == table.num_rows
    assert df["value"].dtype == "float64"
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    assert df["text"].tolist() == table.column("text").to_pylist()
    back = pa.Table.from_pandas(df, preserve_index=False)
    assert back.column("value").to_pylist() == table.column("value").to_pylist()
    assert back.column("section").to_pylist() == table.column("section").to_pylist()


def test_polars_round_trip():
    texts = read_texts(repo_files())
    table = zh_metrics.Extractor(units={"床位": "count"}).extract_batch(texts, threads=2)
    df = pl.from_arrow(table)
    assert df.shape == (table.num_rows, table.num_columns)
    assert df["doc"].dtype == pl.Int64
    assert df["section"].dtype == pl.List(pl.String)
    assert df["value"].to_list() == table.column("value").to_pylist()
    assert df["kind"].cast(pl.String).to_list() == table.column("kind").to_pylist()
    # and back: Polars' own Arrow export reads as input
    assert zh_metrics.Extractor().extract_batch(pl.Series(texts)).num_rows == table.num_rows
