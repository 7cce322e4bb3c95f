"""A calendar server on 127.0.0.1 for the import tests: http.server in a thread.

`routes` maps a path to what it answers: bytes (200, text/calendar), an int (that status),
("sleep", seconds) (answers after that long: a timeout for the importer), ("big", bytes)
(a body longer than it says nothing about), ("redirect", address). Tests change `routes`
between imports, as a group changes its calendar.
"""

import contextlib
import http.server
import threading


class CalendarServer:
    def __init__(self):
        self.routes = {}
        self.hits = {}
        self.stop = threading.Event()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                answer = server.routes.get(self.path, 404)
                if isinstance(answer, int):
                    self.send_error(answer)
                    return
                if isinstance(answer, tuple) and answer[0] == "sleep":
                    server.stop.wait(answer[1])
                    answer = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
                if isinstance(answer, tuple) and answer[0] == "redirect":
                    self.send_response(302)
                    self.send_header("Location", answer[1])
                    self.end_headers()
                    return
                streamed = isinstance(answer, tuple) and answer[0] == "big"
                body = answer[1] if streamed else answer
                self.send_response(200)
                self.send_header("Content-Type", "text/calendar; charset=utf-8")
                if not streamed:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
