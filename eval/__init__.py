"""Our question sets, metrics, and the side-by-side run against the stock llama-index baseline."""
