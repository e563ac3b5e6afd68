#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Makes the built-in price book from genai-prices' data.json: ids, match rules, prices and start dates only.

Usage: make-builtin.py DATA_JSON DATA_DATE > builtin-prices.json   (and writes builtin-prices-date.txt)
Prices are kept as their decimal text. A price entry more precise than 1e-18 USD per token (a binary floating
point artefact such as 0.08333333333333334) is left out, as the program's reader would.
"""
import decimal
import json
import os
import re
import sys

PRICE_FIELDS = ("input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok", "output_reasoning_mtok",
                "requests_kcount")
CONSTRAINT_FIELDS = ("start_date", "start_time", "end_time")


def exact(value, scale):
    return (decimal.Decimal(value) * (decimal.Decimal(10) ** scale)) % 1 == 0


def price_ok(name, value):
    scale = 15 if name == "requests_kcount" else 12
    if isinstance(value, dict):
        return exact(value["base"], scale) and all(exact(t["price"], scale) for t in value["tiers"])
    return exact(value, scale)


def strip_prices(prices):
    kept = {k: v for k, v in prices.items() if k in PRICE_FIELDS}
    return kept if all(price_ok(k, v) for k, v in kept.items()) else None


def strip_model(model):
    prices = model["prices"]
    if isinstance(prices, dict):
        stripped = strip_prices(prices)
    else:
        stripped = []
        for entry in prices:
            entry_prices = strip_prices(entry["prices"])
            constraint = entry.get("constraint")
            if entry_prices is None or (constraint and any(k not in CONSTRAINT_FIELDS for k in constraint)):
                continue
            item = {"prices": entry_prices}
            if constraint:
                item = {"constraint": constraint, **item}
            stripped.append(item)
    if stripped is None or stripped == []:
        return None
    return {"id": model["id"], "match": model["match"], "prices": stripped}


def main():
    data = json.load(open(sys.argv[1]), parse_float=decimal.Decimal)
    providers = []
    for provider in data:
        out = {"id": provider["id"]}
        for key in ("provider_match", "model_match"):
            if key in provider:
                out[key] = provider[key]
        out["models"] = [m for m in map(strip_model, provider["models"]) if m]
        providers.append(out)

    text = json.dumps(decimal_marked(providers), separators=(",", ":"), ensure_ascii=False)
    text = re.sub(r'"@dec:([0-9.Ee+-]+)"', r"\1", text)
    sys.stdout.write(text.replace('},{"id"', '},\n{"id"') + "\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "builtin-prices-date.txt"), "w") as f:
        f.write(sys.argv[2] + "\n")


def decimal_marked(o):
    """Decimal values as marked strings, so that they are written as the text they were read from."""
    if isinstance(o, decimal.Decimal):
        return "@dec:" + str(o)
    if isinstance(o, dict):
        return {k: decimal_marked(v) for k, v in o.items()}
    if isinstance(o, list):
        return [decimal_marked(v) for v in o]
    return o


if __name__ == "__main__":
    main()
