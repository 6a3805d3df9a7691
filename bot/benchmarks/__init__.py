"""Benchmarks of the bot: NLU cross-validation per language (bench_nlu)."""
