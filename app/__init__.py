"""The answer core (retrieve → compose → cite) and its thin clients: CLI and Gradio chat."""
