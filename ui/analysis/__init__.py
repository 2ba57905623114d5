"""Views that turn coding into findings: the emotion journey, charts and matrices."""
