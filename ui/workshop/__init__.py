"""Workshop mode: a full-screen theme board for a shared screen or projector."""
