"""Passages and their embeddings in Chroma, a BM25 index beside it, hybrid retrieval."""
