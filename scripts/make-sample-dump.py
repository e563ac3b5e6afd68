#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes resources/sample/helicone-sample.jsonl: the bundled sample dump the app opens by default.

A deterministic, made-up month of Helicone request records (HeliconeRequest, as Helicone's export CLI writes them
in its jsonl format): a few thousand requests from a few dozen users across several models and providers, with
custom properties. Costs come from the models' list prices (USD per million tokens) and are rounded to whole
nano-USD, as Helicone stores them. Run it again after changing it; the output is the same for the same script.

It writes this sample and nothing else: the dump formats of the benchmark and the tests come from one writer,
bench/gen's ue_dumpformats (ue-gen-dump). The sample stays with this script because its bytes follow Python's random
module (Mersenne Twister draws, lognormvariate, choices) and tests and the app's first view rely on its figures.
"""
import json
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

SEED = 20251101
REQUESTS = 3200
START = datetime(2025, 10, 1, tzinfo=timezone.utc)
DAYS = 31

# provider, model, input $/1M, output $/1M, cache read $/1M
MODELS = [
    ("OPENAI", "gpt-4o", 2.50, 10.00, 1.25),
    ("OPENAI", "gpt-4o-mini", 0.15, 0.60, 0.075),
    ("OPENAI", "gpt-4.1", 2.00, 8.00, 0.50),
    ("ANTHROPIC", "claude-3-5-sonnet-20241022", 3.00, 15.00, 0.30),
    ("ANTHROPIC", "claude-3-haiku-20240307", 0.25, 1.25, 0.025),
    ("openrouter", "meta-llama/llama-3.1-70b-instruct", 0.40, 0.40, 0.0),
]
MODEL_WEIGHTS = [18, 40, 10, 14, 12, 6]

FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj",
         "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yvonne"]
ENVIRONMENTS = ["production", "staging"]
FEATURES = ["chat", "search", "summarize", "translate", "autocomplete"]


def make_users(rng):
    users = []
    for i, name in enumerate(FIRST):
        users.append(f"{name}@example.com")
        users.append(f"user_{1000 + i * 37}")
    users += ["ops-bot", "Zoë Müller", "id,with,commas", "=cmd|' /C calc'!A0", "service \"nightly\""]
    return users


def main():
    rng = random.Random(SEED)
    users = make_users(rng)
    # a few heavy users, a long tail
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(users))]
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources/sample/helicone-sample.jsonl"
    lines = []
    for n in range(REQUESTS):
        user = rng.choices(users, weights)[0]
        if rng.random() < 0.04:
            user = None  # requests without a user id
        provider, model, pin, pout, pcache = rng.choices(MODELS, MODEL_WEIGHTS)[0]
        created = START + timedelta(seconds=rng.uniform(0, DAYS * 86400))
        created = created.replace(microsecond=created.microsecond // 1000 * 1000)
        prompt = int(rng.lognormvariate(6.2, 0.9))
        completion = int(rng.lognormvariate(5.0, 0.8))
        cache_read = int(prompt * rng.choice([0, 0, 0, 0.5, 0.8])) if pcache else 0
        reasoning = int(completion * 0.3) if model == "gpt-4.1" and rng.random() < 0.3 else 0
        nanos = round((prompt * pin + cache_read * pcache + (completion + reasoning) * pout) * 1000)
        cost = None if rng.random() < 0.01 else nanos / 1e9
        request_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        record = {
            "response_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "response_created_at": (created + timedelta(milliseconds=rng.randint(300, 9000))).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "response_status": 200,
            "request_id": request_id,
            "request_created_at": created.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "request_user_id": user,
            "request_properties": {"environment": rng.choice(ENVIRONMENTS), "feature": rng.choice(FEATURES)},
            "provider": provider,
            "delay_ms": rng.randint(300, 9000),
            "request_model": model,
            "total_tokens": prompt + completion + reasoning,
            "completion_tokens": completion,
            "reasoning_tokens": reasoning,
            "prompt_cache_read_tokens": cache_read,
            "prompt_cache_write_tokens": 0,
            "prompt_tokens": prompt,
            "country_code": rng.choice(["US", "DE", "FR", "GB", "IN", None]),
            "cost": cost,
            "model": model,
        }
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    lines.sort(key=lambda l: json.loads(l)["request_created_at"])
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} records to {out}")


if __name__ == "__main__":
    main()
