"""Theme clustering: units chosen by the researcher, their representation, Ward or
k-means clustering, keywords and quotes per theme, and the review queue (no Qt)."""
