"""The HTML report in a real browser: headless Chromium (Debian's chromium and
chromium-driver packages, which .ci/run installs) driven through Selenium.

Skipped where Chromium is not installed, unless CROSSCHECK_BROWSER_TESTS=1
(set by .ci/run), where a missing browser is a failure, not a skip.

Screenshots go to a temporary folder: tests never write tracked files. To
renew the README's screenshots on purpose, run scripts/screenshots.sh, which
points CROSSCHECK_SCREENSHOTS at reports/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from crosscheck.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
REQUIRED = os.environ.get("CROSSCHECK_BROWSER_TESTS") == "1"

if not (CHROMIUM and CHROMEDRIVER):
    if REQUIRED:
        raise RuntimeError("CROSSCHECK_BROWSER_TESTS=1 but chromium or chromedriver is not installed")
    pytest.skip("headless Chromium is not installed (apt install chromium chromium-driver)", allow_module_level=True)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402

INJECTED = (
    'Mayorkas said <script>window.injected = 1; document.title = "pwned"</script>'
    '<img src=x onerror="window.injected = 2"> nothing else.\n'
)


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-extensions",
        "--no-first-run",
        "--window-size=1280,1500",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    chosen = os.environ.get("CROSSCHECK_SCREENSHOTS")
    return Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")


def _html_report(folder: Path) -> Path:
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(cli, ["check", "--no-cache", "--format", "html", "--output", "report.html"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1, result.output
    return folder / "report.html"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """The sample's HTML report."""
    folder = tmp_path_factory.mktemp("html")
    shutil.copytree(ROOT / "sources", folder / "sources")
    shutil.copy(ROOT / "claims.yaml", folder / "claims.yaml")
    return _html_report(folder)


@pytest.fixture(scope="module")
def injected(tmp_path_factory) -> Path:
    """The sample's HTML report, with an extra article that tries to inject a script."""
    folder = tmp_path_factory.mktemp("injected")
    shutil.copytree(ROOT / "sources", folder / "sources")
    (folder / "sources" / "zz_injected.txt").write_text(INJECTED, encoding="utf-8")
    shutil.copy(ROOT / "claims.yaml", folder / "claims.yaml")
    return _html_report(folder)


def test_matrix_has_one_cell_per_pair(browser, page):
    browser.get(page.as_uri())
    cells = browser.find_elements(By.CSS_SELECTOR, "table.matrix td[data-verdict]")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr")
    assert len(rows) == 10 and len(cells) == 10 * 5


def test_clicking_a_cell_with_a_conflict_highlights_the_quotes(browser, page, shots):
    browser.get(page.as_uri())
    row = browser.find_element(By.XPATH, "//table[@class='matrix']//tr[th[normalize-space()='merida-age']]")
    cell = row.find_elements(By.CSS_SELECTOR, "td[data-verdict]")[1]  # S2: 13 years and around 15 years
    assert cell.get_attribute("data-verdict") == "mixed"
    cell.find_element(By.TAG_NAME, "button").click()
    marks = browser.find_elements(By.CSS_SELECTOR, "#detail-article mark")
    assert [m.text for m in marks] == ["on the books for 13 years", "over the course of around 15 years"]
    assert browser.find_element(By.ID, "detail").is_displayed()
    in_view = browser.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", marks[-1]
    )
    assert in_view
    browser.execute_script("window.scrollTo(0, 0)")  # for the README: the matrix above the open article
    assert browser.save_screenshot(str(shots / "html-report.png"))


def test_filtering_by_verdict_hides_other_cells(browser, page):
    browser.get(page.as_uri())
    for box in browser.find_elements(By.CSS_SELECTOR, ".filters input"):
        if box.get_attribute("value") != "mixed":
            box.click()
    visible = [tr for tr in browser.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr") if tr.is_displayed()]
    shown = {
        td.get_attribute("data-verdict")
        for tr in visible
        for td in tr.find_elements(By.CSS_SELECTOR, "td[data-verdict]:not(.dim)")
    }
    assert shown == {"mixed"} and len(visible) == 2


def test_an_injected_script_does_not_run(browser, injected):
    browser.get(injected.as_uri())
    assert browser.execute_script("return window.injected === undefined")
    assert browser.title == "crosscheck report"
    html = injected.read_text(encoding="utf-8")
    assert "<script>window.injected" not in html and "&lt;script&gt;window.injected" in html
    browser.find_element(
        By.XPATH, "//table[@class='matrix']//tr[th[normalize-space()='us-delegation']]/td[6]/button"
    ).click()  # opens the injected article
    assert "<script>window.injected = 1;" in browser.find_element(By.ID, "detail-article").text
    assert browser.execute_script("return window.injected === undefined")


def test_discover_section_and_phone_width(browser, page, shots):
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
    )
    try:
        browser.get(page.as_uri())
        section = browser.find_element(By.ID, "discover")
        assert section.is_displayed()
        text = browser.find_element(By.TAG_NAME, "body").text
        assert "Anthony Blinken" in text and "around 15 years" in text
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390  # the matrix scrolls inside its box; the page itself does not
        browser.find_element(By.CSS_SELECTOR, "#discover ~ .disagreement a.ref").click()
        assert browser.find_elements(By.CSS_SELECTOR, "#detail-article mark")
        assert browser.save_screenshot(str(shots / "html-report-phone.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_printing_drops_the_controls_and_keeps_the_sections(browser, page):
    browser.get(page.as_uri())
    browser.find_element(By.CSS_SELECTOR, "table.matrix td[data-verdict=mixed] button").click()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.CSS_SELECTOR, ".filters").is_displayed()
        assert not browser.find_element(By.ID, "detail").is_displayed()
        for section in ("matrix", "conflicts", "misspellings", "discover"):
            assert browser.find_element(By.ID, section).is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
