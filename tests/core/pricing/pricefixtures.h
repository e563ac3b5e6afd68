// SPDX-License-Identifier: MIT
// JSON fixtures of tst_pricebook (raw strings kept out of the file moc reads).
#pragma once

#include <QByteArray>

namespace Fixture {
// One provider whose models each use one match kind; input price N USD per million tokens for kind N.
inline const QByteArray kMatchKinds = R"([{"id": "acme", "models": [
  {"id": "eq", "match": {"equals": "m-eq"}, "prices": {"input_mtok": 1}},
  {"id": "sw", "match": {"starts_with": "sw-"}, "prices": {"input_mtok": 2}},
  {"id": "ew", "match": {"ends_with": "-ew"}, "prices": {"input_mtok": 3}},
  {"id": "ct", "match": {"contains": "ctx"}, "prices": {"input_mtok": 4}},
  {"id": "rx", "match": {"regex": "^rx-\\d+$"}, "prices": {"input_mtok": 5}},
  {"id": "or", "match": {"or": [{"equals": "or-a"}, {"equals": "or-b"}]}, "prices": {"input_mtok": 6}},
  {"id": "and", "match": {"and": [{"starts_with": "and-"}, {"ends_with": "-z"}]}, "prices": {"input_mtok": 7}}
]}])";

inline const QByteArray kProviders = R"([
  {"id": "alpha", "provider_match": {"contains": "alp"}, "model_match": {"starts_with": "a-"},
   "models": [{"id": "a-1", "match": {"equals": "a-1"}, "prices": {"input_mtok": 1}}]},
  {"id": "beta", "model_match": {"starts_with": "b-"},
   "models": [{"id": "b-1", "match": {"equals": "b-1"}, "prices": {"input_mtok": 2}}]}
])";

inline const QByteArray kLiteLlm = R"({
  "sample_spec": {"input_cost_per_token": 0, "litellm_provider": "one of the providers"},
  "gpt-x": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06, "litellm_provider": "openai"},
  "azure/gpt-y": {"input_cost_per_token": 3e-06, "output_cost_per_token": null, "litellm_provider": "azure"},
  "bedrock/gpt-x": {"input_cost_per_token": 9e-06, "litellm_provider": "bedrock"},
  "openrouter/gpt-y": {"input_cost_per_token": 5E-6, "litellm_provider": "openrouter", "mode": "chat"},
  "vertex_ai/gemini-z": {"input_cost_per_token": 1.25e-07, "litellm_provider": "vertex_ai-language-models"}
})";
inline const QByteArray kFirstImport =
    R"([{"id": "acme", "models": [{"id": "m", "match": {"equals": "m"}, "prices": {"input_mtok": 1}}]}])";
inline const QByteArray kSecondImport = R"({"m": {"input_cost_per_token": 2e-6}})";
inline const QByteArray kUnusableEntries = R"([{"id": "acme", "models": [
          {"id": "m", "match": {"equals": "m"}, "prices": [
            {"prices": {"input_mtok": 1}},
            {"constraint": {"region": "eu"}, "prices": {"input_mtok": 5}}]},
          {"id": "p", "match": {"equals": "p"}, "prices": {"input_mtok": 0.18000000000000002}}]}])";
inline const QByteArray kBadGenaiPrice = R"([{"id": "acme", "models": [{"id": "m1", "match": {"equals": "m1"},
                             "prices": {"input_mtok": "x"}}]}])";
inline const QByteArray kBadGenaiTier = R"([{"id": "acme", "models": [{"id": "m1", "match": {"equals": "m1"},
                             "prices": [{"prices": {"output_mtok": {"base": 1, "tiers": [{"start": 10}]}}}]}]}])";
inline const QByteArray kBadGenaiMatch =
    R"([{"id": "acme", "models": [{"id": "m1", "match": {"like": "m1"}, "prices": {}}]}])";
inline const QByteArray kBadProviderMatch = R"([{"id": "acme", "provider_match": {"regex": "[a-"}, "models": []}])";
inline const QByteArray kMissingId = R"([{"name": "acme", "models": []}])";
inline const QByteArray kBadStartDate = R"([{"id": "acme", "models": [{"id": "m1", "match": {"equals": "m1"},
                             "prices": [{"constraint": {"start_date": "June"}, "prices": {}}]}]}])";
inline const QByteArray kBadLiteLlmPrice = R"({"gpt-x": {"output_cost_per_token": "abc"}})";
inline const QByteArray kBadLiteLlmType = R"({"gpt-x": {"input_cost_per_token": true}})";
inline const QByteArray kTooLargeLiteLlm = R"({"gpt-x": {"input_cost_per_token": 1e3}})";

// One model per pricing rule of the cost formula.
inline const QByteArray kCosts = R"([{"id": "acme", "models": [
  {"id": "cached", "match": {"equals": "cached"},
   "prices": {"input_mtok": 3, "cache_read_mtok": 0.3, "cache_write_mtok": 3.75, "output_mtok": 15}},
  {"id": "plain", "match": {"equals": "plain"}, "prices": {"input_mtok": 3, "output_mtok": 15}},
  {"id": "thinker", "match": {"equals": "thinker"},
   "prices": {"input_mtok": 1, "output_mtok": 10, "output_reasoning_mtok": 20}},
  {"id": "embed", "match": {"equals": "embed"}, "prices": {"input_mtok": 0.1, "input_audio_mtok": 7}},
  {"id": "free", "match": {"equals": "free"}, "prices": {}},
  {"id": "tiered", "match": {"equals": "tiered"}, "prices": {
   "input_mtok": {"base": 3, "tiers": [{"start": 200000, "price": 6}, {"start": 1000000, "price": 9}]},
   "cache_read_mtok": {"base": 0.3, "tiers": [{"start": 200000, "price": 0.6}]},
   "output_mtok": {"base": 15, "tiers": [{"start": 200000, "price": 22.5}]}}},
  {"id": "search", "match": {"equals": "search"}, "prices": {"input_mtok": 1, "output_mtok": 1, "requests_kcount": 12}},
  {"id": "subnano", "match": {"equals": "subnano"}, "prices": {"input_mtok": 0.0004, "output_mtok": 0.000000000001}}
]}])";
} // namespace Fixture
