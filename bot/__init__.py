"""A Discord bot that answers questions about a body of reporting with verified, sourced quotes."""
