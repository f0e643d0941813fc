//! Shared helpers for integration tests.

pub mod docx_builder;
