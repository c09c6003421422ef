"""Versioned data releases: the accepted data as a Frictionless Data Package (docs/releases.md)."""
