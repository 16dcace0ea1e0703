"""Qt-free views of reports: terminal text and versioned JSON."""
