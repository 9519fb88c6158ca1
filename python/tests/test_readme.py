"""The README's Python section runs as written."""

import doctest
import re

from conftest import REPO


def python_blocks():
    """The ```python blocks of the README's "Python and Spark" section."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python and Spark", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_readme_python_examples_run_as_written():
    blocks = [b for b in python_blocks() if b.startswith(">>>")]
    assert blocks
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for i, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"README python block {i}", "README.md", 0))
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0
