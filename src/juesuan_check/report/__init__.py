"""The report file: read from YAML text into a located document, then typed into the report model."""
