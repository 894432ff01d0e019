"""The domain: loading the fact base, matching questions and composing answers. No Discord here."""
