"""Library views (one per file) and the widgets they share."""
