"""The second drawing process (factcheck.report.second_drawer): a chart drawn with it is byte for byte the chart
drawn without it; a drawing it fails is drawn in the kernel, whose error is the page's; it ends with its parent."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from factcheck.files import memo
from factcheck.report import charts, second_drawer
from factcheck.report.claim_charts import claims_chart
from test_charts import claims


@pytest.fixture
def drawer():
    second_drawer.start()
    assert second_drawer.available()
    yield second_drawer
    second_drawer._stop()


@pytest.fixture(autouse=True)
def every_panel_handed_over(monkeypatch):
    monkeypatch.setattr(charts, "HANDED_OVER_FROM_ROWS", 0)


def figure():
    return claims_chart(claims({}, {"claim_id": "x-02", "value": 200.0, "low": 190.0, "high": 200.0},
                               {"claim_id": "x-03", "value": 150.0, "low": 140.0, "high": 160.0}),
                        name="two", title="Two widths")


def test_a_figure_drawn_with_the_second_process_is_the_figure_drawn_without(tmp_path, monkeypatch, drawer):
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "without")
    second_drawer._stop()
    alone = figure().to_html()
    second_drawer.start()
    asked = []
    real = second_drawer.ask
    monkeypatch.setattr(second_drawer, "ask", lambda spec: asked.append(spec) or real(spec))
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "with")
    assert figure().to_html() == alone
    assert len(asked) == len(figure().panels)   # each panel's phone drawing was made there
    asked.clear()
    assert figure().to_html() == alone and not asked   # kept drawings: nothing asked for


def test_a_drawing_the_second_process_fails_is_drawn_in_the_kernel_with_its_error(tmp_path, monkeypatch, drawer):
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "memo")
    spec = figure().specs()[0]
    broken = {**spec, "layer": [{**spec["layer"][0], "mark": "no such mark"}]}
    with pytest.raises(ValueError) as in_kernel:
        import vl_convert

        vl_convert.vegalite_to_svg(charts._sized(broken, True))
    later = charts.ask_elsewhere(spec, narrow=True)   # asked after the broken one: read back in order
    answer = charts.ask_elsewhere(broken, narrow=True)
    assert answer is not None and later is not None
    with pytest.raises(ValueError) as raised:
        charts.svg(broken, narrow=True, drawn_elsewhere=answer)
    assert str(raised.value) == str(in_kernel.value)
    assert charts.svg(spec, narrow=True, drawn_elsewhere=later) == charts.svg(spec, narrow=True)


def test_drawings_asked_for_and_not_taken_do_not_reach_the_next_figure(tmp_path, monkeypatch, drawer):
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "memo")
    other = claims_chart(claims({}, {"claim_id": "x-02", "value": 300.0, "low": 290.0, "high": 300.0},
                                {"claim_id": "x-03", "value": 50.0, "low": 40.0, "high": 60.0}),
                         name="other", title="Another")
    charts.ask_elsewhere(other.specs()[0], narrow=True)   # never taken (a page that raised before)
    second_drawer.settle()
    html = figure().to_html()
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "fresh")
    second_drawer._stop()
    assert html == figure().to_html()


def test_the_second_process_ends_with_its_parent():
    code = ("import sys, time; from factcheck.report import second_drawer as d; d.start(); "
            "print(d._process.pid, flush=True); time.sleep(60)")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.getcwd()})
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{child}/stat", encoding="ascii") as stat:
                if stat.read().rpartition(")")[2].split()[0] == "Z":
                    break
        except OSError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the second drawing process outlived its parent")


def test_a_process_that_does_not_answer_is_ended_and_the_kernel_draws(tmp_path, monkeypatch, drawer):
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "memo")
    monkeypatch.setattr(second_drawer, "ANSWER_SECONDS", 0.5)
    import signal

    os.kill(second_drawer._process.pid, signal.SIGSTOP)   # alive, and silent
    spec = figure().specs()[0]
    answer = charts.ask_elsewhere(spec, narrow=True)
    assert answer is not None
    drawn = charts.svg(spec, narrow=True, drawn_elsewhere=answer)
    assert not second_drawer.available()
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "fresh")
    assert drawn == charts.svg(spec, narrow=True)


def test_a_small_panel_is_drawn_in_the_kernel_a_large_one_handed_over(monkeypatch, tmp_path, drawer):
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "memo")
    monkeypatch.setattr(charts, "HANDED_OVER_FROM_ROWS", 30)
    small = figure().specs()[0]
    assert charts._rows(small) == 3 and charts.ask_elsewhere(small, narrow=True) is None
    many = claims(*({"claim_id": f"x-{n:02d}", "value": 100.0 + n, "low": 90.0 + n, "high": 110.0 + n}
                    for n in range(2, 40)))
    large = claims_chart(many, name="many", title="Many").specs()[0]
    assert charts._rows(large) == 38
    answer = charts.ask_elsewhere(large, narrow=True)
    assert answer is not None
    second_drawer.settle()


def test_several_large_panels_handed_over_at_once_do_not_wait_on_each_other(tmp_path, monkeypatch, drawer):
    """Each spec and each drawing larger than a pipe's buffer (64 KiB), all handed over before any is read back."""
    import threading

    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "memo")
    rows = [{"claim_id": f"x-{n:03d}", "metric": f"measure {n % 2}", "value": 100.0 + n, "low": 90.0 + n,
             "high": 110.0 + n, "quote": f"about {100 + n} people in the {n}th office " + "and more " * 30}
            for n in range(2, 222)]
    big = claims_chart(claims(*rows), name="big", title="Big")
    assert len(big.specs()) == 2 and all(len(json.dumps(s)) > 65536 for s in big.specs())
    done = []
    worker = threading.Thread(target=lambda: done.append(big.to_html()), daemon=True)
    worker.start()
    worker.join(300)
    assert done, "the kernel and the second drawing process waited on each other"
    monkeypatch.setattr(memo, "folder", lambda: tmp_path / "fresh")
    second_drawer._stop()
    assert done[0] == big.to_html()
