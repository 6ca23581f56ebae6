"""Plain data and rules: no Qt, no database session."""
