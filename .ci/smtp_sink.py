"""A tiny SMTP sink for the production smoke test, standard library only: accepts every
message and writes it to OUTDIR/<n>.eml. Prints the port it listens on (127.0.0.1), then
serves until SIGTERM.

    python3 .ci/smtp_sink.py OUTDIR
"""

from __future__ import annotations

import itertools
import signal
import socketserver
import sys
import threading
from pathlib import Path

OUTDIR = Path(sys.argv[1])
_numbers = itertools.count(1)
_lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:
        self.reply("220 smtp-sink ready")
        while line := self.rfile.readline():
            command = line.decode("utf-8", "replace").strip()
            verb = command.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.reply("250-smtp-sink")
                self.reply("250 8BITMIME")
            elif verb in ("HELO", "MAIL", "RCPT", "RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                body = []
                while (data := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
                    body.append(data[1:] if data.startswith(b"..") else data)
                with _lock:
                    path = OUTDIR / f"{next(_numbers):03d}.eml"
                path.with_suffix(".tmp").write_bytes(b"".join(body))
                path.with_suffix(".tmp").rename(path)  # whole messages only
                self.reply("250 OK: queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


def main() -> None:
    OUTDIR.mkdir(parents=True, exist_ok=True)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Session)
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print(server.server_address[1], flush=True)
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    main()
