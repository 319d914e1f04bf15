#!/usr/bin/env python3
"""An S3-compatible server on loopback for the tests: moto's server, on a free port, with the
buckets named on the command line created. Prints one JSON line ({"endpoint": ...}) once it
answers, and stops when its standard input closes (when the test that started it ends).

Usage: s3.py BUCKET [BUCKET ...]   (installed by scripts/setup.sh --peers)
"""
import json
import sys

import boto3
from moto.server import ThreadedMotoServer

server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
host, port = server.get_host_and_port()
endpoint = f"http://{host}:{port}"
s3 = boto3.client(
    "s3",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="taawon-test",
    aws_secret_access_key="taawon-test-secret",
)
for bucket in sys.argv[1:]:
    s3.create_bucket(Bucket=bucket)
print(json.dumps({"endpoint": endpoint}), flush=True)
sys.stdin.read()
server.stop()
