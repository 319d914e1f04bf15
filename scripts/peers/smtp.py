#!/usr/bin/env python3
"""An SMTP server on loopback for the tests, speaking TLS with a test certificate (trustme): one
port with STARTTLS required, one with TLS from the first byte (implicit TLS, as smtps://).
It accepts mail for everyone except addresses starting with `refuse@` (550), writes each
message it accepts to DIR/received/<n>.json (envelope, whether TLS was on, and the headers and
text decoded by Python's e-mail parser), and writes the test authority to DIR/ca.pem.
Prints one JSON line ({"starttls_port", "tls_port", "ca_file", "received"}) once both ports
answer, and stops when its standard input closes.

Usage: smtp.py DIR   (installed by scripts/setup.sh --peers)
"""
import email
import email.policy
import itertools
import json
import os
import socket
import ssl
import sys
import threading

import trustme
from aiosmtpd.controller import Controller

folder = sys.argv[1]
received = os.path.join(folder, "received")
os.makedirs(received, exist_ok=True)

authority = trustme.CA()
certificate = authority.issue_cert("localhost", "127.0.0.1")
ca_file = os.path.join(folder, "ca.pem")
authority.cert_pem.write_to_path(ca_file)
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
certificate.configure_cert(context)

counter = itertools.count(1)
lock = threading.Lock()


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("refuse@"):
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with lock:
            n = next(counter)
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        record = {
            "envelope_to": envelope.rcpt_tos,
            "tls": server.transport.get_extra_info("ssl_object") is not None,
            "from": str(message["from"]),
            "to": str(message["to"]),
            "subject": str(message["subject"]),
            "content_language": message["content-language"],
            "content_type": message.get_content_type(),
            "body": message.get_content(),
        }
        path = os.path.join(received, f"{n:04}.json")
        with open(path + ".part", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(path + ".part", path)
        return "250 queued"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


starttls = Controller(
    Handler(),
    hostname="127.0.0.1",
    port=free_port(),
    tls_context=context,
    require_starttls=True,
)
implicit = Controller(
    Handler(), hostname="127.0.0.1", port=free_port(), ssl_context=context
)
starttls.start()
implicit.start()
print(
    json.dumps(
        {
            "starttls_port": starttls.port,
            "tls_port": implicit.port,
            "ca_file": ca_file,
            "received": received,
        }
    ),
    flush=True,
)
sys.stdin.read()
starttls.stop()
implicit.stop()
