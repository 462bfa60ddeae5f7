"""Drive a headless Chromium over the DevTools protocol (on a pipe): load a page, collect
script errors, console messages and every request, measure it, print it, photograph it.

Only the standard library: the protocol is JSON messages ended by a NUL byte on file
descriptors 3 (to the browser) and 4 (from it). Also a script that makes the README's
screenshot:

    python tests/browser.py report.html docs/report.png
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: How long one protocol command may take before the browser counts as hung.
TIMEOUT = 60.0


def find() -> str | None:
    """Return the Chromium to use (Debian's package installs /usr/bin/chromium), or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """One headless Chromium with one page, driven on a pipe."""

    def __init__(self, executable: str) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="replylint-chromium-")
        to_browser, self._write = os.pipe()
        self._read, from_browser = os.pipe()

        def fds() -> None:  # in the child: the protocol's descriptors are 3 and 4
            # NOTE: moved out of the way first, as either end may itself be 3 or 4
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser, from_browser)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self._process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--remote-debugging-pipe", f"--user-data-dir={self._profile.name}",
             "--no-first-run", "--no-default-browser-check", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--mute-audio", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=fds, close_fds=True, pass_fds=(3, 4),
        )  # fmt: skip
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next = 0
        self.events: list[dict] = []
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self._session = self.call("Target.attachToTarget", targetId=page["targetId"],
                                  flatten=True)["sessionId"]  # fmt: skip
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")

    # --- the protocol ----------------------------------------------------------------

    def call(self, method: str, **params: object) -> dict:
        """Send a browser-level command and return its result."""
        return self._command(method, params, session=None)

    def send(self, method: str, **params: object) -> dict:
        """Send a command to the page and return its result."""
        return self._command(method, params, session=self._session)

    def _command(self, method: str, params: dict, session: str | None) -> dict:
        self._next += 1
        message: dict = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive(time.monotonic() + TIMEOUT)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _receive(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._read], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._read, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method: str, timeout: float = TIMEOUT) -> dict:
        """Wait for an event from the page (one already received counts)."""
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events:
                if event.get("method") == method and not event.get("_seen"):
                    event["_seen"] = True
                    return event
            self.events.append(self._receive(deadline))

    # --- what the tests ask ------------------------------------------------------------

    def open(self, path: Path, width: int = 1280, height: int = 900, mobile: bool = False
             ) -> None:  # fmt: skip
        """Load ``path`` in a window of this size and wait until it has loaded."""
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=mobile)  # fmt: skip
        self.send("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> object:
        """Return the value of a JavaScript expression in the page (run by the test)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def errors(self) -> list[str]:
        """Return every script error, console error or warning and browser error logged."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                found.append(details.get("exception", {}).get("description") or details["text"])
            elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "warning",
                                                                            "assert"):  # fmt: skip
                found.append(" ".join(str(a.get("value", a.get("description")))
                                      for a in params["args"]))  # fmt: skip
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                found.append(params["entry"]["text"])
        return found

    def requests(self) -> list[str]:
        """Return the address of every request the page made."""
        return [e["params"]["request"]["url"] for e in self.events
                if e.get("method") == "Network.requestWillBeSent"]  # fmt: skip

    def pdf(self) -> bytes:
        """Return the page printed (A4, with backgrounds, as a print dialog would)."""
        data = self.send("Page.printToPDF", printBackground=True, paperWidth=8.27,
                         paperHeight=11.69, preferCSSPageSize=True)["data"]  # fmt: skip
        return base64.b64decode(data)

    def screenshot(self, width: int, height: int, scale: float = 1) -> bytes:
        """Return a PNG of the top ``width`` x ``height`` pixels of the page, scaled."""
        clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": scale}
        data = self.send("Page.captureScreenshot", format="png", clip=clip,
                         captureBeyondViewport=True)["data"]  # fmt: skip
        return base64.b64decode(data)

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError, TimeoutError):
            self.call("Browser.close")
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._write)
        os.close(self._read)
        self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def main(page: str, png: str, width: int = 1280, height: int = 2200, scale: float = 0.6) -> None:
    """Write a screenshot of the top of ``page`` (for the README): the summary, a letter."""
    executable = find()
    if executable is None:
        sys.exit("chromium is not installed (Debian: apt-get install chromium)")
    with Browser(executable) as browser:
        browser.open(Path(page), width=width, height=900)
        if browser.errors():
            sys.exit(f"the page logged errors: {browser.errors()}")
        Path(png).write_bytes(browser.screenshot(width, height, scale))


if __name__ == "__main__":
    main(*sys.argv[1:3])
