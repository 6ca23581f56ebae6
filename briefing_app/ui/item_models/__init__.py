"""Qt item models over the library (lazy-loading tables and their proxies)."""
