"""The reader's screens: the main screen, help, and the error state."""
