"""The offline demo corpus: a generated snapshot of every source's real formats with fictional buyers."""
