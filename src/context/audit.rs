//! Arithmetic checks on what a report states (placeholder).
