"""Benchmark tooling for zhibiao: a synthetic corpus generator (`bench.corpus`) and, later, the
benchmark runners and scorers that read it."""
