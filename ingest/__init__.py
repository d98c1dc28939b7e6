"""Turn files into cleaned documents and citable passages."""
