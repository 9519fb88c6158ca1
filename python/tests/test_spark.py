"""A Spark local[2] job gives the rows of extract_batch."""

import os
import shutil
import sys
import time

import pyarrow as pa
import pytest

import zh_metrics
from conftest import read_texts, repo_files, shared_files

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("no Java for Spark", allow_module_level=True)

from pyspark.sql import SparkSession  # noqa: E402

from zh_metrics import spark as zm_spark  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable  # executors use this venv
    t0 = time.perf_counter()
    session = (
        SparkSession.builder.master("local[2]")
        .appName("zh-metrics-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    print(f"spark session started in {time.perf_counter() - t0:.1f} s")
    yield session
    session.stop()


def sort_key(row):
    return (row["doc"], row["start"], row["end"])


def test_spark_job_gives_the_rows_of_extract_batch(spark):
    texts = read_texts(shared_files() or repo_files())
    docs = [(i * 10, t) for i, t in enumerate(texts)] + [(-1, None)]
    df = spark.createDataFrame(docs, "doc long, text string").repartition(2)
    t0 = time.perf_counter()
    out = zm_spark.extract(df)
    got = [r.asDict() for r in out.collect()]
    print(f"spark job: {len(texts)} documents, {len(got)} records in {time.perf_counter() - t0:.1f} s")

    table = zh_metrics.Extractor().extract_batch(texts, ids=[d for d, _ in docs[:-1]])
    want = table.to_pylist()
    assert len(got) == len(want) > 0
    assert sorted(got, key=sort_key) == sorted(want, key=sort_key)
    # the fixed schema: id columns with their Spark types, then the records
    assert out.columns == table.column_names
    assert out.schema["doc"].dataType.simpleString() == "bigint"
    assert out.schema["kind"].dataType.simpleString() == "string"
    assert out.schema["section"].dataType.simpleString() == "array<string>"


def test_spark_id_columns_and_units(spark):
    df = spark.createDataFrame(
        [("a", 2023, "新增养老床位1200床位，受理申请628件"), ("b", 2024, None)],
        "name string, year int, body string",
    )
    out = zm_spark.extract(df, text_col="body", id_cols=("name", "year"), units={"床位": "count"})
    rows = [(r["name"], r["year"], r["text"], r["unit"]) for r in out.orderBy("start").collect()]
    assert rows == [("a", 2023, "1200床位", "床位"), ("a", 2023, "628件", "件")]
    assert out.schema["year"].dataType.simpleString() == "int"


def test_spark_errors_are_raised_on_the_driver(spark):
    df = spark.createDataFrame([(1, "628件")], "doc long, text string")
    with pytest.raises(ValueError, match="'body' is not in the DataFrame"):
        zm_spark.extract(df, text_col="body")
    with pytest.raises(TypeError, match="must be a string column"):
        zm_spark.extract(df, text_col="doc", id_cols=())
    with pytest.raises(ValueError, match="names of record columns"):
        zm_spark.extract(df.withColumnRenamed("doc", "start"), id_cols=("start",))
    with pytest.raises(ValueError, match="unknown kind"):
        zm_spark.extract(df, units={"床位": "beds"})
    assert pa.types.is_string(zm_spark.record_fields()[2].type)


def test_readme_spark_example_runs(spark, capsys):
    from test_readme import python_blocks

    (block,) = [b for b in python_blocks() if "zm_spark.extract" in b]
    exec(compile(block, "README.md (Spark example)", "exec"), {})
    shown = capsys.readouterr().out
    assert "628件" in shown and "12.3%" in shown and "percent" in shown
