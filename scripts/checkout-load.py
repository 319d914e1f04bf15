#!/usr/bin/env python3
"""Checkout under contention: BUYERS concurrent buyers, each with their own session, put the same
product in their cart and order it (cash on delivery), ORDERS_EACH times, against a running Taawon.
Every order takes the same stock row, so this measures checkout when buyers queue for one product.
Prints orders/s and the p50/p99 of placing an order (the add-to-cart step is not timed).

Usage: checkout-load.py BASE_URL PRODUCT_ID [buyers, default 20] [orders each, default 10] [OPTION_ID]
"""
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.cookiejar import CookieJar


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def post(opener, base, path, fields):
    request = urllib.request.Request(
        base + path,
        data=urllib.parse.urlencode(fields).encode(),
        headers={
            "Accept": "text/html",
            "Origin": base,
            "Referer": base + "/checkout",
            "Sec-Fetch-Site": "same-origin",
            "Accept-Language": "fr",
        },
    )
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.headers.get("Location", "")
    except urllib.error.HTTPError as answer:  # 303 See Other lands here (redirects not followed)
        return answer.code, answer.headers.get("Location", "")


def buyer(base, product, option, orders, latencies, failures):
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect
    )
    for _ in range(orders):
        # Each order a different buyer: one buyer may hold only a few unconfirmed cash orders.
        n = uuid.uuid4().int % 100_000_000
        post(opener, base, "/api/cart/add", {"product_id": product, "option": option, "quantity": "1"})
        started = time.perf_counter()
        status, location = post(
            opener,
            base,
            "/api/checkout/place",
            {
                "idempotency_key": str(uuid.uuid4()),
                "email": f"bench{n}@example.ma",
                "name": "Salma Idrissi",
                "phone": f"06{n:08d}",
                "region": "rabat_sale_kenitra",
                "city": "Salé",
                "address": f"{n} rue des Orangers",
                "payment": "cod",
            },
        )
        took = time.perf_counter() - started
        if location.startswith("/orders/") and "__err=" not in location:
            latencies.append(took)
        else:
            failures.append(f"{status} {location[:120]}")


def percentile(values, p):
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered))))
    return ordered[rank - 1]


def main():
    base, product = sys.argv[1], sys.argv[2]
    buyers = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    orders = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    # A product sold several ways needs its option; one sold one way takes none.
    option = sys.argv[5] if len(sys.argv) > 5 else ""
    latencies, failures = [], []
    threads = [
        threading.Thread(target=buyer, args=(base, product, option, orders, latencies, failures))
        for _ in range(buyers)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    if not latencies:
        print(f"checkout: no order was placed; first failures: {failures[:3]}")
        sys.exit(1)
    print(
        f"{len(latencies)} {len(failures)} {len(latencies) / wall:.1f} "
        f"{percentile(latencies, 50) * 1000:.1f} {percentile(latencies, 99) * 1000:.1f}"
    )
    if failures:
        print(f"checkout: {len(failures)} refused, first: {failures[0]}", file=sys.stderr)


if __name__ == "__main__":
    main()
