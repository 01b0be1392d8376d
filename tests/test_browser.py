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


REVIVED = """---
title: Mexico and US revive their security talks
outlet: The Courier
published: 2021-10-09
---
U.S. and Mexican officials meet in Mexico City

The United States and Mexico revived the High-Level Security Dialogue in Mexico City on Friday.

<!-- crosscheck: ignore merida-age, merida-year -->
Officials said the Merida Initiative is 15 years old and will be replaced.
"""
TITLE = "U.S.-Mexico High-Level Security Dialogue \u2014 crosscheck report"


def _crosscheck(folder: Path, *args: str):
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(cli, list(args))
    finally:
        os.chdir(cwd)


def _html_report(folder: Path, *args: str) -> Path:
    result = _crosscheck(folder, "check", "--no-cache", "--format", "html", "--output", "report.html", *args)
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


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> Path:
    """The sample's HTML report against a baseline that accepts its two contradictions, with a
    new article (one new contradiction, two suppressed in the article) and a file it skips."""
    folder = tmp_path_factory.mktemp("reviewed")
    shutil.copytree(ROOT / "sources", folder / "sources")
    shutil.copy(ROOT / "claims.yaml", folder / "claims.yaml")
    accepted = _crosscheck(folder, "baseline", "--no-cache", "--reason", "reviewed", "--accepted-by", "Desk")
    assert accepted.exit_code == 0, accepted.output
    (folder / "sources" / "005_revived.md").write_text(REVIVED, encoding="utf-8")
    (folder / "sources" / "scan.txt").write_bytes(b"%PDF\x00\x01\x02 not text")
    return _html_report(folder, "--baseline", "reports/baseline.json")


def _shown(browser) -> list[str]:
    """The ids of the findings the list shows, in its order."""
    return [
        f.get_attribute("id")
        for f in browser.find_elements(By.CSS_SELECTOR, "#finding-list > .finding")
        if f.is_displayed()
    ]


def _style(browser, element, prop: str, pseudo: str | None = None) -> str:
    return browser.execute_script(
        "return getComputedStyle(arguments[0], arguments[2]).getPropertyValue(arguments[1])", element, prop, pseudo
    )


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
    assert browser.title == TITLE
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
        for section in ("matrix", "findings", "misspellings", "discover", "skipped"):
            assert browser.find_element(By.ID, section).is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_supporting_and_conflicting_evidence_look_different(browser, page):
    browser.get(page.as_uri())
    browser.find_element(
        By.XPATH, "//table[@class='matrix']//tr[th[normalize-space()='merida-age']]/td[2]/button"
    ).click()
    supports, conflicts = browser.find_elements(By.CSS_SELECTOR, "#detail-article mark")
    assert (supports.get_attribute("data-stance"), conflicts.get_attribute("data-stance")) == ("supports", "conflicts")
    for prop in ("background-color", "outline-color", "outline-style"):
        assert _style(browser, supports, prop) != _style(browser, conflicts, prop), prop
    glyphs = [_style(browser, m, "content", "::before") for m in (supports, conflicts)]
    assert "\u2713" in glyphs[0] and "\u2717" in glyphs[1]
    listed = browser.find_element(By.ID, "f-merida-age-S2")
    said = {li.get_attribute("class"): li for li in listed.find_elements(By.CSS_SELECTOR, "li")}
    assert said["s-supports"].find_element(By.CLASS_NAME, "stance").text == "\u2713 supports"
    assert said["s-conflicts"].find_element(By.CLASS_NAME, "stance").text == "\u2717 conflicts"
    quotes = [said[k].find_element(By.CLASS_NAME, "quote") for k in ("s-supports", "s-conflicts")]
    assert _style(browser, quotes[0], "background-color") != _style(browser, quotes[1], "background-color")
    assert _style(browser, quotes[0], "border-bottom-style") != _style(browser, quotes[1], "border-bottom-style")


def test_accepted_new_and_suppressed_findings_look_different(browser, reviewed, shots):
    browser.get(reviewed.as_uri())
    badges = {
        anchor: browser.find_element(By.CSS_SELECTOR, f"#{anchor} summary .status")
        for anchor in ("f-dialogue-first-S1", "f-dialogue-first-S6", "f-merida-age-S6")
    }
    assert [b.text for b in badges.values()] == ["accepted", "new", "suppressed"]
    assert len({_style(browser, b, "background-color") for b in badges.values()}) == 3
    assert len({_style(browser, b, "border-style") + _style(browser, b, "color") for b in badges.values()}) == 3
    cells = browser.find_elements(By.CSS_SELECTOR, "table.matrix td[data-status]")
    assert sorted(c.get_attribute("data-status") + c.text for c in cells) == [
        "accepted\u00b1a",
        "accepted\u00b1a",
        "new\u2717n",
        "suppressed\u2717s",
        "suppressed\u2717s",
    ]
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]}
    )
    try:
        browser.get(reviewed.as_uri())
        browser.execute_script(
            'var by = document.getElementById("sort-by"); by.value = "verdict"; by.dispatchEvent(new Event("change"));'
            'document.getElementById("findings").scrollIntoView(); window.scrollBy(0, -8);'
        )  # for the README: the contradictions first, each with its badge
        assert browser.save_screenshot(str(shots / "html-findings.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_new_only_shows_the_new_contradiction(browser, reviewed):
    browser.get(reviewed.as_uri())
    browser.find_element(By.ID, "new-only").click()
    assert _shown(browser) == ["f-dialogue-first-S6"]
    lit = browser.find_elements(By.CSS_SELECTOR, "table.matrix td[data-verdict]:not(.dim)")
    assert [td.get_attribute("data-status") for td in lit] == ["new"]


def test_search_filters_the_findings(browser, page):
    browser.get(page.as_uri())
    every = _shown(browser)
    box = browser.find_element(By.ID, "find-text")
    box.send_keys("around 15")
    assert _shown(browser) == ["f-merida-age-S2"]
    box.clear()
    box.send_keys("Dialogue REUTERS")  # every word, in any case, anywhere in the finding
    assert "f-dialogue-first-S4" in _shown(browser) and all(a.endswith("-S4") for a in _shown(browser))
    box.clear()
    box.send_keys(" ")
    assert _shown(browser) == every
    assert browser.find_element(By.ID, "finding-count").text == f"{len(every)} of {len(every)} shown"


def test_sorting_and_the_views_by_claim_and_by_source(browser, page):
    from selenium.webdriver.support.ui import Select

    browser.get(page.as_uri())
    by_claim = _shown(browser)
    order = Select(browser.find_element(By.ID, "sort-by"))

    def column(attribute: str) -> list[int]:
        return [int(browser.find_element(By.ID, a).get_attribute(attribute)) for a in _shown(browser)]

    order.select_by_value("source")
    assert column("data-source") == sorted(column("data-source")) and _shown(browser) != by_claim
    assert _shown(browser)[0] == "f-dialogue-first-S1" and _shown(browser)[-1].endswith("-S5")
    order.select_by_value("verdict")
    assert column("data-rank") == sorted(column("data-rank"))
    assert _shown(browser)[:2] == ["f-dialogue-first-S1", "f-merida-age-S2"]  # the two mixed ones first
    order.select_by_value("claim")
    assert _shown(browser) == by_claim

    Select(browser.find_element(By.ID, "view-claim")).select_by_visible_text("merida-age")
    assert _shown(browser) == ["f-merida-age-S2", "f-merida-age-S3", "f-merida-age-S5"]
    Select(browser.find_element(By.ID, "view-source")).select_by_index(2)  # S2
    assert _shown(browser) == ["f-merida-age-S2"]
    Select(browser.find_element(By.ID, "view-claim")).select_by_index(0)  # every claim: S2's findings
    assert _shown(browser) and all(a.endswith("-S2") for a in _shown(browser))


def test_a_link_to_a_finding_opens_it(browser, page):
    browser.get(page.as_uri() + "#f-merida-year-S3")
    finding = browser.find_element(By.ID, "f-merida-year-S3")
    assert finding.get_attribute("open") is not None and finding.is_displayed()
    assert browser.find_element(By.ID, "f-merida-year-S2").get_attribute("open") is None  # the others stay closed
    in_view = browser.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < 100;", finding
    )
    assert in_view
    link = finding.find_element(By.CLASS_NAME, "permalink")
    assert link.get_attribute("href").endswith("#f-merida-year-S3")
    browser.find_element(By.CSS_SELECTOR, "table.matrix td[data-verdict=mixed] button").click()
    assert browser.current_url.endswith("#f-dialogue-first-S1")  # a cell's finding, ready to share


def test_dark_mode_follows_the_system(browser, page):
    browser.get(page.as_uri())
    light = _style(browser, browser.find_element(By.TAG_NAME, "body"), "background-color")
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]}
    )
    try:
        browser.get(page.as_uri())
        dark = _style(browser, browser.find_element(By.TAG_NAME, "body"), "background-color")
        assert light == "rgb(255, 255, 255)" and dark != light
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_skipped_files_are_listed(browser, reviewed, page):
    browser.get(reviewed.as_uri())
    skipped = browser.find_element(By.XPATH, "//h2[@id='skipped']/following-sibling::ul[1]").text
    assert "sources/scan.txt" in skipped and "binary file" in skipped
    browser.get(page.as_uri())
    assert browser.find_element(By.XPATH, "//h2[@id='skipped']/following-sibling::p[1]").text.startswith("None")


def test_the_page_reads_without_javascript(browser, page):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(page.as_uri())
        assert not browser.find_element(By.CLASS_NAME, "controls").is_displayed()  # they would do nothing
        assert not browser.find_element(By.CLASS_NAME, "filters").is_displayed()
        findings = browser.find_elements(By.CSS_SELECTOR, "#finding-list > .finding")
        assert findings and all(f.is_displayed() for f in findings)
        opened = [f.get_attribute("id") for f in findings if f.get_attribute("open") is not None]
        assert opened == ["f-dialogue-first-S1", "f-merida-age-S2"]  # the contradictions, quotes and all
        assert "around 15 years" in browser.find_element(By.ID, "f-merida-age-S2").text
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
