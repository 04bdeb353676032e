"""Tests of the root modules of `propexo`: client, transport, pacing, paging, pool, retry, ..."""
