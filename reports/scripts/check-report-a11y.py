#!/usr/bin/env python3
"""Accessibility and filter check of Zitat's HTML reports in headless Chromium.

Usage: check-report-a11y.py OUT_DIR PAGE.html [PAGE.html ...]

For every page: runs axe-core (through axe-selenium-python) and fails on any serious or critical
violation; takes screenshots at 1400 px and 390 px into OUT_DIR. On the first page it also tests the
filters in the browser: choosing a side, a type and a text leaves only matching claims; reset shows
all again. Exit 0: all good; 1: violations or a filter test failed.
"""
import pathlib
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


def browser(width):
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--window-size={width},1200"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def visible_claims(driver):
    return [e for e in driver.find_elements(By.CSS_SELECTOR, "[data-type]") if e.is_displayed()]


def check_filters(driver):
    problems = []
    form = driver.find_element(By.ID, "filter")
    if not form.is_displayed():
        return ["the filter form is not shown when scripts run"]
    everything = len(visible_claims(driver))
    sides = [o.get_attribute("value") for o in Select(form.find_element(By.NAME, "side")).options if o.get_attribute("value")]
    side = next((s for s in sides if driver.find_elements(By.CSS_SELECTOR, f'[data-type][data-side="{s}"]')), None)
    if side is None:
        return ["no claim carries a side to filter by"]
    Select(form.find_element(By.NAME, "side")).select_by_value(side)
    shown = visible_claims(driver)
    if not shown or len(shown) >= everything or any(e.get_attribute("data-side") != side for e in shown):
        problems.append(f"side filter {side}: {len(shown)} of {everything} shown, not all of that side")
    Select(form.find_element(By.NAME, "type")).select_by_value("direct")
    if any(e.get_attribute("data-type") != "direct" for e in visible_claims(driver)):
        problems.append("type filter lets other types through")
    form.find_element(By.CSS_SELECTOR, "button[type=reset]").click()
    word = "zzzz-nichts-passt"
    form.find_element(By.NAME, "q").send_keys(word)
    if visible_claims(driver):
        problems.append("a text no claim contains still shows claims")
    counter = driver.find_element(By.ID, "filter-count").text
    if not counter.startswith("0 "):
        problems.append(f"the live count says {counter!r} for no match")
    form.find_element(By.CSS_SELECTOR, "button[type=reset]").click()
    if len(visible_claims(driver)) != everything:
        problems.append("reset does not show every claim again")
    print(f"filters: side {side} {len(shown)}/{everything}, type, text and reset behave" if not problems else "filters: FAILED")
    return problems


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    failed = False
    for number, page in enumerate(sys.argv[2:]):
        url = pathlib.Path(page).resolve().as_uri()
        for width in (1400, 390):
            driver = browser(width)
            try:
                driver.get(url)
                if width == 1400:
                    load = driver.execute_script("var t = performance.timing; return t.loadEventEnd - t.navigationStart")
                    print(f"load {page}: {load} ms, {pathlib.Path(page).stat().st_size / 1024:.0f} KB")
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(width, min(height, 6000))
                shot = out / f"{pathlib.Path(page).parent.name}-{pathlib.Path(page).stem}-{width}.png"
                driver.save_screenshot(str(shot))
                if width == 1400:
                    driver.set_script_timeout(600)
                    axe = Axe(driver)
                    axe.inject()
                    results = axe.run()
                    bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
                    others = len(results["violations"]) - len(bad)
                    print(f"axe {page}: {len(bad)} serious/critical, {others} minor/moderate violation(s)")
                    for v in bad:
                        print(f"  {v['impact']}: {v['id']}: {v['help']} ({len(v['nodes'])}x) e.g. {v['nodes'][0]['html'][:160]}")
                    failed |= bool(bad)
                    if number == 0:
                        for problem in check_filters(driver):
                            print("  filter: " + problem)
                            failed = True
                scroll = driver.execute_script("return document.documentElement.scrollWidth")
                if width == 390 and scroll > 400:
                    print(f"  {page}: the page is {scroll} px wide at 390 px (it should reflow)")
                    failed = True
            finally:
                driver.quit()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
