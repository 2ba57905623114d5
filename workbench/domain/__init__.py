"""The domain API, one module per area; each class hangs off :class:`workbench.project.Project`."""
