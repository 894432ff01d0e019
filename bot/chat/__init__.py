"""The Discord face: a thin layer that parses what Discord gives, asks the engine, renders and replies."""
