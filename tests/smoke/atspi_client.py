"""The screen reader's view: walk Companion through AT-SPI, as Orca does, and check it.

Run by atspi_smoke.py inside ``dbus-run-session`` with Debian's /usr/bin/python3 (pyatspi is a
Debian package, not in the project's environment). Usage: atspi_client.py COMMAND...
It starts COMMAND (the app, with --demo) itself, so both share the session's accessibility bus,
drives it with the keyboard (xdotool) and AT-SPI actions, and checks every screen and dialog:
each focusable control has a role and a name, the fever card is announced with the number to
call, and Tab on each form follows the order the fields are shown in.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

TIMEOUT = 45.0
NAMELESS_ROLES = {pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_INVALID}
INPUT_ROLES = {
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_DATE_EDITOR,
}
MANY_ITEMS = {pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE}
FORMS = {  # shortcut: the form it opens
    "ctrl+shift+t": "temperature",
    "ctrl+shift+s": "symptom",
    "ctrl+shift+d": "dose given",
    "ctrl+shift+a": "appointment",
    "ctrl+shift+n": "note",
    "ctrl+shift+q": "question",
}

problems: list[str] = []
focused: list[object] = []
announcements: list[str] = []


def fail(message: str) -> None:
    print(f"AT-SPI SMOKE FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def pump(seconds: float = 0.0) -> None:
    """Deliver AT-SPI events (focus, announcements) for ``seconds``."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while True:
        while context.iteration(False):
            pass
        if time.monotonic() >= deadline:
            return
        time.sleep(0.02)


def wait_for(predicate, what: str, timeout: float = TIMEOUT):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pump()
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    fail(f"timed out waiting for {what}")


def on_focus(event) -> None:  # type: ignore[no-untyped-def]
    if event.detail1:
        focused.append(event.source)


def on_announcement(event) -> None:  # type: ignore[no-untyped-def]
    announcements.append(str(event.any_data or ""))


def key(*keys: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "40", *keys], check=True)
    pump(0.3)


def state(node, which) -> bool:  # type: ignore[no-untyped-def]
    try:
        return bool(node.getState().contains(which))
    except Exception:
        return False


def describe(node) -> str:  # type: ignore[no-untyped-def]
    chain = []
    while node is not None and len(chain) < 4:
        chain.append(f"{node.getRoleName()} {node.name!r}")
        node = node.parent
    return " < ".join(chain)


def showing(node):  # type: ignore[no-untyped-def]
    """Every showing node under ``node``; long lists and tables give their first rows only."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        try:
            count = current.childCount
            if current.getRole() in MANY_ITEMS:
                count = min(count, 6)
            kids = [current.getChildAtIndex(i) for i in range(count)]
        except Exception:
            continue
        stack.extend(k for k in reversed(kids) if k is not None and state(k, pyatspi.STATE_SHOWING))


def find(root, role, pattern: str = ""):  # type: ignore[no-untyped-def]
    regex = re.compile(pattern, re.IGNORECASE)
    for node in showing(root):
        if node.getRole() == role and regex.search(node.name or ""):
            return node
    return None


def check_screen(root, screen: str) -> int:  # type: ignore[no-untyped-def]
    """Every focusable control on screen has a role and a name; returns how many were seen."""
    seen, before = 0, len(problems)
    for node in showing(root):
        if not state(node, pyatspi.STATE_FOCUSABLE):
            continue
        seen += 1
        role = node.getRole()
        name = (node.name or "").strip()
        if role in NAMELESS_ROLES:
            problems.append(f"{screen}: a focusable control has no role: {describe(node)}")
        elif not name:
            kind = "input" if role in INPUT_ROLES else "control"
            problems.append(f"{screen}: {kind} without a name: {describe(node)}")
    missing = len(problems) - before
    verdict = f"{missing} without a role or a name" if missing else "each with a role and a name"
    print(f"  {screen}: {seen} focusable controls, {verdict}")
    return seen


def box(node) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return e.x, e.y, e.width, e.height


def check_tab_order(form: str, last: str = r"^save$") -> None:
    """Tab from the focused field to the one named ``last``: each step goes right or down."""
    pump(0.3)
    if not focused:
        problems.append(f"{form}: nothing has the keyboard focus when the form opens")
        return
    order = [focused[-1]]
    for _ in range(40):
        if re.search(last, order[-1].name or "", re.IGNORECASE):
            break
        for _section in range(8):  # Tab walks a date and time field's parts before leaving it
            key("Tab")
            if focused[-1] != order[-1]:
                break
        else:
            problems.append(f"{form}: Tab does not leave {describe(order[-1])}")
            return
        if focused[-1] in order:
            names = " > ".join(n.name for n in order)
            problems.append(f"{form}: Tab went round ({names}) without reaching {last!r}")
            return
        order.append(focused[-1])
    else:
        problems.append(f"{form}: Tab never reached {last!r}")
        return
    for before, after in itertools.pairwise(order):
        (x0, y0, _w0, h0), (x1, y1, _w1, h1) = box(before), box(after)
        same_row = abs((y0 + h0 / 2) - (y1 + h1 / 2)) < min(h0, h1) / 2
        if (same_row and x1 < x0) or (not same_row and y1 < y0):
            problems.append(
                f"{form}: Tab goes back from {before.name!r} ({x0},{y0}) to {after.name!r} "
                f"({x1},{y1})"
            )
    names = " > ".join(n.name for n in order)
    print(f"  {form}: Tab order follows the screen ({len(order)} stops: {names})")


def press(root, role, pattern: str, what: str) -> None:  # type: ignore[no-untyped-def]
    """Press the control as a screen reader user does (its AT-SPI action); retry if it moved."""
    for _attempt in range(5):
        node = find(root, role, pattern)
        if node is not None and state(node, pyatspi.STATE_ENABLED):
            try:
                action = node.queryAction()
                names = [action.getName(i) for i in range(action.nActions)]
                index = next((i for i, n in enumerate(names) if n.lower() == "press"), 0)
                action.doAction(index)
                pump(0.5)
                return
            except GLib.Error:
                pass  # the control was rebuilt under us: look it up again
        pump(0.4)
    fail(f"could not press {what}")


def select_tab(root, tab: str) -> None:  # type: ignore[no-untyped-def]
    """Choose a page of the (first) tab bar; Qt names a tab bar after its current page."""
    tabs = find(root, pyatspi.ROLE_PAGE_TAB_LIST)
    if tabs is None:
        fail(f"no tab bar to choose {tab!r} in")
    for i in range(tabs.childCount):
        child = tabs.getChildAtIndex(i)
        if child is not None and child.name == tab:
            tabs.querySelection().selectChild(i)
            pump(0.5)
            return
    fail(f"no tab {tab!r} in the tab bar")


def window_named(app, pattern: str):  # type: ignore[no-untyped-def]
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if (
            child is not None
            and re.search(pattern, child.name or "")
            and state(child, pyatspi.STATE_SHOWING)
        ):
            return child
    return None


def focus_x_window(title: str) -> None:
    """Give the X window the keyboard (no window manager runs here to do it)."""
    pattern = "^" + re.escape(title.split(" — ")[0])
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", pattern], capture_output=True, text=True
    )
    ids = found.stdout.split()
    if not ids:
        fail(f"no X window titled {title!r}")
    subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], check=True)
    pump(0.3)


def drive(app) -> None:  # type: ignore[no-untyped-def]
    frame = wait_for(lambda: window_named(app, r"Companion"), "the main window")
    focus_x_window("Companion")
    wait_for(lambda: find(frame, pyatspi.ROLE_LIST, "^Sections$"), "the sidebar")
    wait_for(lambda: find(frame, pyatspi.ROLE_LIST, "^Glossary words$"), "the glossary words")

    print("Glossary")
    check_screen(frame, "Glossary")
    letters = [
        n
        for n in showing(frame)
        if n.getRole() == pyatspi.ROLE_PUSH_BUTTON and (n.name or "").startswith("Words starting")
    ]
    stops = [n for n in letters if state(n, pyatspi.STATE_FOCUSABLE)]
    if len(letters) < 20 or len(stops) != 1:
        problems.append(f"Glossary: the letter bar has {len(stops)} tab stops (want 1)")
    else:
        print(f"  letter bar: {len(letters)} letters, one tab stop")
    words = find(frame, pyatspi.ROLE_LIST, "^Glossary words$")
    words.queryComponent().grabFocus()
    key("Down", "Return")  # open a word, as a person would
    press(frame, pyatspi.ROLE_PUSH_BUTTON, "^Add to walk-through$", "Add to walk-through")
    press(frame, pyatspi.ROLE_PUSH_BUTTON, "^Open the walk-through$", "the walk-through")
    walk = wait_for(lambda: window_named(app, r"[Ww]alk"), "the walk-through window")
    check_screen(walk, "Walk-through window")
    focus_x_window(walk.name)
    key("Escape")
    if window_named(app, r"[Ww]alk"):
        walk.queryComponent()  # still open: close it as a person would, with the keyboard
        key("alt+F4")
    focus_x_window("Companion")

    print("Journal")
    key("ctrl+2")
    card = wait_for(lambda: find(frame, pyatspi.ROLE_ALERT), "the fever card")
    check_screen(frame, "Journal with the fever card")
    number = find(card, pyatspi.ROLE_PUSH_BUTTON, r"^Copy phone number \+?[\d ()-]{7,}")
    if number is None or not state(number, pyatspi.STATE_FOCUSABLE):
        problems.append("Fever card: no focusable button announces the number to call")
    else:
        digits = re.sub(r"\D", "", number.name)
        wait_for(lambda: announcements, "the fever card's announcement", 10)
        said = next((a for a in announcements if "Call your care team now" in a), "")
        if re.sub(r"\D", "", said).find(digits) < 0:
            problems.append(f"Fever card: the announcement has no number to call: {said!r}")
        else:
            print(f"  fever card announced: {said!r}")
        number.queryComponent().grabFocus()
        pump(0.3)
        check_tab_order("Fever card", r"^Close the call your care team card$")
    press(card, pyatspi.ROLE_PUSH_BUTTON, "^Close the call", "the card's close button")

    tabs = find(frame, pyatspi.ROLE_PAGE_TAB_LIST)
    kids = [tabs.getChildAtIndex(i) for i in range(tabs.childCount)]
    pages = [k.name for k in kids if k is not None and k.getRole() == pyatspi.ROLE_PAGE_TAB]
    if len(pages) < 7:
        problems.append(f"Journal: only {len(pages)} pages: {pages}")
    for page in [*pages[1:], pages[0]]:
        select_tab(frame, page)
        check_screen(frame, f"Journal: {page}")

    for shortcut, form in FORMS.items():
        search = find(frame, pyatspi.ROLE_TEXT, "search the journal") or tabs
        search.queryComponent().grabFocus()
        pump(0.2)
        key(shortcut)
        save = wait_for(lambda: find(frame, pyatspi.ROLE_PUSH_BUTTON, "^Save$"), f"the {form} form")
        check_screen(frame, f"Form: {form}")
        check_tab_order(f"Form: {form}")
        key("Escape")
        wait_for(
            lambda s=save: (
                not state(s, pyatspi.STATE_SHOWING)
                or not find(frame, pyatspi.ROLE_PUSH_BUTTON, "^Save$")
            ),
            f"the {form} form to close",
            10,
        )

    print("Centers & contacts")
    key("ctrl+3")
    wait_for(lambda: find(frame, pyatspi.ROLE_PAGE_TAB_LIST), "the centers screen")
    check_screen(frame, "Centers")
    select_tab(frame, "My care team")
    check_screen(frame, "My care team")
    press(frame, pyatspi.ROLE_PUSH_BUTTON, "^Add a contact", "Add a contact")
    dialog = wait_for(lambda: window_named(app, r"[Cc]ontact"), "the contact dialog")
    check_screen(dialog, "Contact dialog")
    focus_x_window(dialog.name)
    check_tab_order("Contact dialog", r"^(Save|Add|OK)")
    key("Escape")
    wait_for(lambda: not window_named(app, r"[Cc]ontact"), "the contact dialog to close", 10)

    print("Help and About")
    focus_x_window("Companion")
    key("F1")
    help_window = wait_for(lambda: window_named(app, r"[Gg]uide|[Hh]elp"), "the user guide")
    check_screen(help_window, "User guide")
    focus_x_window(help_window.name)
    key("Escape")
    focus_x_window("Companion")
    key("alt+h", "a")
    about = wait_for(lambda: window_named(app, r"About"), "the About window")
    check_screen(about, "About")
    focus_x_window(about.name)
    key("Escape")
    focus_x_window("Companion")


def drive_gate(app) -> None:  # type: ignore[no-untyped-def]
    """The locked Journal section: the first-run and set-up pages, or the unlock and restore
    pages, whichever the data folder gives (the app is started on such a folder)."""
    frame = wait_for(lambda: window_named(app, r"Companion"), "the main window")
    focus_x_window("Companion")
    wait_for(lambda: find(frame, pyatspi.ROLE_LIST, "^Sections$"), "the sidebar")
    key("ctrl+2")
    print("Journal, locked")

    def gate():  # type: ignore[no-untyped-def]
        return find(frame, pyatspi.ROLE_PUSH_BUTTON, "^Create the journal$") or find(
            frame, pyatspi.ROLE_PUSH_BUTTON, "^Unlock the journal$"
        )

    first = wait_for(gate, "the journal's set-up or unlock page")
    if first.name == "Create the journal":
        # No intro page: a temperature can be checked first, and setup is right below it.
        wait_for(lambda: find(frame, pyatspi.ROLE_PASSWORD_TEXT), "the set-up's password")
        check_screen(frame, "Journal: first run, a reading and choosing how it opens")
    else:
        check_screen(frame, "Journal: unlock")
        press(frame, pyatspi.ROLE_PUSH_BUTTON, "backup", "Restore from a backup")
        pump(0.5)
        check_screen(frame, "Journal: restore from a backup")


def main(command: list[str]) -> int:
    started = time.monotonic()
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    # The app writes to a file, read only if it fails: an unread pipe could fill and block it.
    log = tempfile.TemporaryFile("w+")  # noqa: SIM115
    app_process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)

    def companion():  # type: ignore[no-untyped-def]
        if app_process.poll() is not None:
            log.seek(0)
            fail(f"the app exited early ({app_process.returncode}):\n{log.read()}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "Companion" and app.childCount:
                return app
        return None

    try:
        app = wait_for(companion, "Companion on the accessibility bus")
        if os.environ.get("COMPANION_ATSPI_GATE"):
            drive_gate(app)
        else:
            drive(app)
        key("ctrl+q")
        try:
            app_process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            fail("the app did not quit on Ctrl+Q")
    finally:
        if app_process.poll() is None:
            app_process.kill()
    if problems:
        fail("\n  ".join(["what a screen reader would miss:", *problems]))
    print(f"AT-SPI: every screen and dialog checked in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        fail("usage: atspi_client.py COMMAND...")
    sys.exit(main(sys.argv[1:]))
